-- quotes_adversarial.sql: news_quotes() on texts built to break a quote finder: apostrophes
-- everywhere, a stray opening mark in the first paragraph of a long article, quotations
-- nested three deep, other scripts, a million quotation marks. Texts are our own.
-- Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Ukraine’s dogs'' owners said the ''90s were better, and rock ''n'' roll played on.' || char(10) ||
 'The O’Neills’ neighbours didn’t say ’til when; Kuleba’s aide isn’t talking.');
-- a stray “ in the first paragraph, then 200 paragraphs with a quotation each
insert into d values (2, '“Breaking: the editor opened a mark and never closed it.' ||
 (with recursive n(i) as (select 1 union all select i + 1 from n where i < 200)
  select group_concat(char(10) || '“Line ' || i || ' is quoted,” Kuleba said.', '') from n));
insert into d values (3,
 '“The aide told me ‘he said “enough” twice’ before leaving,” Kuleba said.');
insert into d values (4,
 'Кулеба сказал: «Мы победим». “Слава Україні!” Kuleba said. He said: „Wir bleiben.“');
insert into d values (5, '"Unbalanced at the end of a paragraph' || char(10) ||
 'This sentence is nobody''s quotation.' || char(10) || '" " "' || char(10) || '”backwards“');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;

-- apostrophes are never quotation marks: only the reported clause, no marked quotation
select 'qa_01', (select group_concat(kind, ',') from q where id = 1) = 'indirect';
select 'qa_02', exists(select 1 from r where id = 1 and row = 'indirect|the ''90s were better||owners|said|29|20');
-- the stray mark runs to the end of its paragraph only; every later quotation is found
select 'qa_03', (select count(*) from q where id = 2) = 201;
select 'qa_04', (select length from q where id = 2 and start = 2) = 55;
select 'qa_05', (select count(*) from q where id = 2 and kind = 'direct' and speaker = 'Kuleba'
                  and quote glob 'Line * is quoted,') = 200;
select 'qa_06', (select quote from q where id = 2 order by start desc limit 1) = 'Line 200 is quoted,';
-- three levels of nesting: one row, the outer quotation, marks of the inner ones inside it
select 'qa_07', (select count(*) from q where id = 3) = 1;
select 'qa_08', exists(select 1 from r where id = 3 and row = 'direct|The aide told me ‘he said “enough” twice’ before leaving,|Kuleba|Kuleba|said|2|57');
-- guillemets, low-9 marks, Cyrillic: quotations found; no English cue, no speaker invented
select 'qa_09', exists(select 1 from r where id = 4 and row = 'direct|Мы победим||||17|10');
select 'qa_10', exists(select 1 from r where id = 4 and row = 'direct|Слава Україні!|Kuleba|Kuleba|said|31|14');
select 'qa_11', exists(select 1 from q where id = 4 and quote = 'Wir bleiben.' and kind = 'direct');
-- unbalanced and backwards marks: nothing past the paragraph, no empty row
select 'qa_12', (select count(*) from q where id = 5 and quote like '%nobody%') = 0;
select 'qa_13', (select count(*) from q where id = 5 and (length < 1 or quote = '')) = 0;
select 'qa_14', (select max(start + length) from q where id = 5 and start = 2) <= 38;
-- a million quotation marks: linear. The marks must cost no more than ten times plain text
-- of the same length (a quadratic pairing would take hours), under valgrind too.
create table t0 as select julianday('now') as t;
select 'qa_14b', (select count(*) from news_quotes(replace(printf('%.*c', 250000, '~'), '~', 'a b '))) = 0;
create table t1 as select julianday('now') as t;
-- (one paragraph of a million straight marks; one-word quotations are scare quotes, no rows)
select 'qa_15', (select count(*) from news_quotes(printf('%.*c', 1000000, '"'))) = 0;
select 'qa_16', (select count(*) from news_quotes(
                   replace(printf('%.*c', 250000, '~'), '~', '"a" '))) = 0;
create table t2 as select julianday('now') as t;
select 'qa_17', (select count(*) from news_quotes(
                   replace(printf('%.*c', 200000, '~'), '~', '“We win,” he said. '))) = 200000;
select 'qa_18', ((select t from t2) - (select t from t1)) * 86400
                < 20 * ((select t from t1) - (select t from t0)) * 86400 + 2;
-- a quotation longer than a window (1 MB): one row per window part, all with its speaker
create table big as select 'Intro line.' || char(10) || '“' ||
  replace(printf('%.*c', 60000, '~'), '~', 'We will hold the line. ') ||
  'Done,” Kuleba said.' || char(10) || '“Next.”' as body;
select 'qa_19', (select group_concat(kind || ':' || speaker_mention || ':' || cue, ',')
                   from big, news_quotes(big.body))
  = 'direct:Kuleba:said,direct:Kuleba:said,direct:Kuleba:said';
select 'qa_20', (select count(*) from big, news_quotes(big.body) q
                  where substr(big.body, q.start, q.length) is not q.quote) = 0;
-- a list of quoted words and a title after a comma are no one's statements
select 'qa_21', (select count(*) from news_quotes('He searched for terms such as "ambassador," ' ||
  '"attack," "Benghazi," "Libya" and "talking points." The group includes a graduate of ' ||
  'the television show, "The Apprentice." The group also met.')) = 0;
