-- quotes.sql: news_quotes(text), structure and input rules only; exact quotations, kinds and
-- speakers are pinned in tests/sql/quotes_*.sql by whoever owns quotes.c. Every assertion
-- here holds for any quote finder, including an empty one. Each line prints id|1.
create table docs(id integer primary key, body);
insert into docs values
 (1, 'KYIV, Ukraine - "We will not give up," Foreign Minister Dmytro Kuleba said on Tuesday. "Our allies are with us."' || char(10) ||
     'Secretary of State Antony Blinken told reporters that Washington''s support was "ironclad". Kuleba believes the war will end.' || char(10) ||
     '“The talks were frank,” Blinken said. ‘Very frank,’ an aide added, and «nothing was signed», a diplomat said.'),
 (2, '"This quote never closes, said the editor.' || char(10) || 'The next paragraph must not be swallowed by it. Kuleba said "so."'),
 (3, 'He said: „Wir bleiben.“ Then ''rock ''n'' roll'' returned in the ''90s, Kuleba''s aide said.'),
 (4, cast('"Kuleba ' as blob) || x'80ff' || cast(' said this," Blinken said.' as blob)),
 (5, '"' || char(10) || '"' || char(10) || '""' || char(10) || '“”‘’«»'),
 (6, 'Президент сказал: «Мы победим». 他说：“我们会赢。” قال: "سننتصر".'),
 (7, '');

select 'quo_01', (select group_concat(name || ':' || hidden, ',') from pragma_table_xinfo('news_quotes'))
  = 'quote:0,kind:0,speaker:0,speaker_mention:0,speaker_start:0,speaker_length:0,cue:0,start:0,length:0,sentence:0,score:0,text:1';
select 'quo_02', (select count(*) from news_quotes(NULL)) = 0 and (select count(*) from news_quotes('')) = 0;
select 'quo_03', (select count(*) from news_quotes('No quotation marks here at all.')) = 0;
-- spans: quote and speaker mention are substr() of the text (BLOBs as TEXT), never empty
select 'quo_04', (select count(*) from docs, news_quotes(docs.body) q
                   where substr(cast(docs.body as text), q.start, q.length) is not q.quote or q.length < 1) = 0;
select 'quo_05', (select count(*) from docs, news_quotes(docs.body) q
                   where q.speaker_mention is not null
                     and (substr(cast(docs.body as text), q.speaker_start, q.speaker_length) is not q.speaker_mention
                          or q.speaker_length < 1)) = 0;
-- speaker_mention, speaker_start and speaker_length are NULL together
select 'quo_06', (select count(*) from docs, news_quotes(docs.body) q
                   where (q.speaker_mention is null) <> (q.speaker_start is null)
                      or (q.speaker_mention is null) <> (q.speaker_length is null)) = 0;
select 'quo_07', (select count(*) from docs, news_quotes(docs.body) q
                   where q.kind is null or q.kind not in ('direct', 'partial', 'indirect')) = 0;
select 'quo_08', (select count(*) from docs, news_quotes(docs.body) q
                   where q.score is null or not (q.score > 0 and q.score <= 1) or typeof(q.score) <> 'real') = 0;
select 'quo_09', (select count(*) from docs, news_quotes(docs.body) q
                   where q.cue is not null and (typeof(q.cue) <> 'text' or q.cue = '')) = 0;
-- a speaker is a canonical entity name of this document
select 'quo_10', (select count(*) from docs, news_quotes(docs.body) q
                   where q.speaker is not null
                     and not exists (select 1 from news_entities(docs.body) e where e.entity = q.speaker)) = 0;
-- no quotation runs over a paragraph break (unbalanced marks swallow nothing)
select 'quo_11', (select count(*) from docs, news_quotes(docs.body) q
                   where instr(q.quote, char(10)) or instr(q.quote, char(13))) = 0;
-- ordered by start; each quote's sentence holds its start
select 'quo_12', (select count(*) from (select q.start, lag(q.start) over (partition by d.id order by q.rowid) prev
                                          from docs d, news_quotes(d.body) q)
                   where prev > start) = 0;
select 'quo_13', (select count(*) from docs, news_quotes(docs.body) q
                   where not exists (select 1 from news_sentences(docs.body) s where s.sentence = q.sentence
                                        and q.start >= s.start and q.start < s.start + s.length)) = 0;
-- the same input gives the same rows; JSON twin has one object per row
select 'quo_14', (select group_concat(quote || kind || ifnull(speaker, '-') || start, ';') from news_quotes((select body from docs where id = 1)))
             is (select group_concat(quote || kind || ifnull(speaker, '-') || start, ';') from news_quotes((select body from docs where id = 1)));
select 'quo_15', (select count(*) from docs where body is not null
                     and json_array_length(news_quotes_json(body)) <> (select count(*) from news_quotes(docs.body))) = 0;
-- the hidden argument reads back
select 'quo_16', (select count(*) from news_quotes where text = 'Kuleba said "yes."')
               = (select count(*) from news_quotes('Kuleba said "yes."'));
