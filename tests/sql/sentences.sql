-- sentences.sql: news_sentences(text) against SPEC.md. Each line prints id|1.
-- Exact boundaries below are those the spec asks for (paragraph breaks, abbreviations,
-- a closing quote mark after the full stop); all text is written for these tests.
create table docs(id integer primary key, body);
insert into docs values
 (1, 'BRUSSELS' || char(13) || char(10) || 'NATO allies met on Monday.  Mr. Kuleba arrived from the U.S. on Tuesday. "We are ready," he said. Then he left!' ||
     char(13) || 'Dr. Smith agreed? Yes.' || char(10) || char(10) || '  Final line without a period  '),
 (2, 'He said "we will win." Then he left.'),
 (3, 'Зеленский выступил в Киеве. Затем он уехал.' || char(10) || 'محمد بن سلمان في الرياض.'),
 (4, x'48656c6c6f80ff2e20576f726c642e'),
 (5, 'one line'),
 (6, '');

select 'sen_01', (select group_concat(name || ':' || hidden, ',') from pragma_table_xinfo('news_sentences'))
  = 'sentence:0,start:0,length:0,content:0,text:1';
-- content = substr(text, start, length), length >= 1, on every row (BLOBs as TEXT)
select 'sen_02', (select count(*) from docs, news_sentences(docs.body) s
                   where substr(cast(docs.body as text), s.start, s.length) is not s.content or s.length < 1) = 0;
-- numbered 1..n in text order
select 'sen_03', (select count(*) from docs, news_sentences(docs.body) s
                   where s.sentence <> (select count(*) from news_sentences(docs.body) t where t.start <= s.start)) = 0;
-- no surrounding white space, and a sentence never crosses a line break
select 'sen_04', (select count(*) from docs, news_sentences(docs.body) s
                   where s.content <> trim(s.content, ' ' || char(9, 10, 13))
                      or instr(s.content, char(10)) or instr(s.content, char(13))) = 0;
-- headline / dateline on its own line is a sentence; CRLF and CR both break paragraphs
select 'sen_05', (select content from news_sentences((select body from docs where id = 1)) where sentence = 1) = 'BRUSSELS';
select 'sen_06', (select count(*) from news_sentences((select body from docs where id = 1))) = 8;
-- "Mr." and "U.S." do not end a sentence
select 'sen_07', (select content from news_sentences((select body from docs where id = 1)) where sentence = 3)
  = 'Mr. Kuleba arrived from the U.S. on Tuesday.';
-- the closing quote mark after a full stop belongs to the sentence it closes
select 'sen_08', (select group_concat(content, '|') from news_sentences((select body from docs where id = 2)))
  = 'He said "we will win."|Then he left.';
select 'sen_09', (select content from news_sentences((select body from docs where id = 1)) where sentence = 8)
  = 'Final line without a period';
select 'sen_10', (select start from news_sentences((select body from docs where id = 1)) where sentence = 2) = 11;
-- other scripts
select 'sen_11', (select group_concat(content, '|') from news_sentences((select body from docs where id = 3)))
  = 'Зеленский выступил в Киеве.|Затем он уехал.|محمد بن سلمان في الرياض.';
-- invalid UTF-8: positions as SQLite counts them
select 'sen_12', (select group_concat(start || '+' || length, ',') from news_sentences((select body from docs where id = 4)))
  = '1+8,10+6';
select 'sen_13', (select content from news_sentences('one line')) = 'one line'
             and (select count(*) from news_sentences('')) = 0
             and (select count(*) from news_sentences(NULL)) = 0
             and (select count(*) from news_sentences('   ' || char(10) || char(10) || '  ')) = 0;
-- a number is read as its text
select 'sen_14', (select group_concat(content, '|') from news_sentences(42)) = '42'
             and (select group_concat(content, '|') from news_sentences(-3.5)) = '-3.5';
-- the text ends at its first NUL byte
select 'sen_15', (select group_concat(content, '|') from news_sentences('A sentence.' || char(0) || ' After the NUL.')) = 'A sentence.';
-- every entity's sentence number points at the sentence that holds it
select 'sen_16', (select count(*) from docs, news_entities(docs.body) e
                   join news_sentences(docs.body) s on s.sentence = e.sentence
                  where e.start < s.start or e.start + e.length > s.start + s.length) = 0;
-- a label that opens a paragraph with a colon, or a wire tag with a hyphen, is a sentence
-- alone; a speaker before a colon ("Chancellor: ..."), a colon inside a paragraph and a
-- hyphenated word ("X-ray") are not labels
select 'sen_17', (select group_concat(content, '|') from news_sentences(
  'Opinion: The AI boom has a power problem' || char(10) || 'LIVE: Senate passes stopgap bill' ||
  char(10) || 'Chancellor: We will not back down.' || char(10) ||
  'Prices rose in May. Analysis: the rise is over.'))
  = 'Opinion:|The AI boom has a power problem|LIVE:|Senate passes stopgap bill|Chancellor: We will not back down.|Prices rose in May.|Analysis: the rise is over.';
-- "Related:" and "Listen:" links too: the reported clause after one leaves the label out
select 'sen_19', (select group_concat(content, '|') from news_sentences(
  'Related: Japan''s economy shrank in the fourth quarter, data shows'))
  = 'Related:|Japan''s economy shrank in the fourth quarter, data shows';
select 'sen_20', (select quote from news_quotes(
  'Related: Japan''s economy shrank in the fourth quarter, data shows'))
  = 'Japan''s economy shrank in the fourth quarter';
select 'sen_18', (select group_concat(content, '|') from news_sentences(
  'EXCLUSIVE-Shell weighs sale of Nigerian assets' || char(10) || 'UPDATE 2-Oil rises as Saudi Arabia cuts output' ||
  char(10) || 'X-ray scans are free. UPDATE-LATE is a word.'))
  = 'EXCLUSIVE-|Shell weighs sale of Nigerian assets|UPDATE 2-|Oil rises as Saudi Arabia cuts output|X-ray scans are free.|UPDATE-LATE is a word.';
