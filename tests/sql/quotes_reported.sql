-- quotes_reported.sql: reported speech (kind indirect) found by the rules of issue 4's third
-- pass (ext/quotes.c, find_indirect and its helpers), each on text of our own with every row
-- it gives, exactly: kind, quote, speaker, speaker_mention, cue and positions. Each line
-- prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.speaker_mention, '') || '|' || ifnull(q.cue, '') || '|' || q.start || '|' ||
  q.length as row, q.start from d, news_quotes(d.body) as q;
-- a report before its cue: a capitalised object after "told" that the entity step left out
-- ends the tail; a title before the name still has the comma before it (A, Mr. X said, B);
-- after "although" the writer speaks again
insert into d values (1,
 'The pier will close in May, harbour director Tom Lake told HARBOURWIRE on Monday.' || char(10) ||
 'It is no surprise, Mr. Garin said, that the port did better this year.' || char(10) ||
 'Growth will slow, Mr Mendis told reporters, although he would not say by how much.');
select 'qrp_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'indirect|The pier will close in May|Tom Lake|Tom Lake|told|1|26' || char(10) ||
    'indirect|It is no surprise|Garin|Garin|said|83|17' || char(10) ||
    'indirect|that the port did better this year|Garin|Garin|said|118|34' || char(10) ||
    'indirect|Growth will slow|Mendis|Mendis|told|154|16';
-- the report ends before a relative clause after a dash when a quotation follows in it, and
-- at ", whom"
insert into d values (2,
 'Ana Ferri said in a statement that, if the claims are true, the company is breaking the rules — which she added "is deeply regrettable."' || char(10) ||
 'Spokesman Eric Dunn said observers were sent with the marchers, whom he described as calm.');
select 'qrp_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by start))
  = 'indirect|that, if the claims are true, the company is breaking the rules|Ana Ferri|Ana Ferri|said|31|63' || char(10) ||
    'direct|is deeply regrettable.|Ana Ferri|she|added|114|22' || char(10) ||
    'indirect|observers were sent with the marchers|Eric Dunn|Eric Dunn|said|163|37';
