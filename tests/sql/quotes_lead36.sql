-- quotes_lead36.sql: rules of the lead's session of 2026-11-29, read from its sealed sets
-- news_2020s_holdout30 and 31 after measuring them: a demonym of two words after "the" is an
-- epithet of the person the story follows, as one of one word is ("said the South
-- African"); a plural's apostrophe inside a single-marked quotation that opened its
-- paragraph closes nothing while a later mark can ("the dogs' mess"); the person in
-- apposition to a title of a place speaks ("The Dean of X, the Very Revd Y, said"); and
-- "According to X, an apposition, “…”" is X's. Texts are our own. Each line prints id|1;
-- each document's rows are compared whole, in order.
create table d(id integer primary key, body text);
insert into d values (1,
 'South African seamer Pieter du Randt, in his third season at the club, took 62 wickets. '
 || '"I came here for one summer and now I never want to leave," said the South African.');
insert into d values (2,
 'Australian opener Mia Collins made 112. "It was the best day of my life," the Australian said.');
insert into d values (3,
 'Campaigner Sian Pritchard said:' || char(10)
 || '''We have walked these beaches since the ''90s.' || char(10)
 || '''Now we are being punished for the dogs'' mess that a handful of people leave behind.''');
-- the person named in apposition to a title of a place speaks, past honorifics ("the Very
-- Revd", "the Rt Revd"), though the entity step took the title for a body
insert into d values (5,
 'The Dean of Kelsborough, the Very Revd Catherine Ashby, said the money was needed for repairs.');
insert into d values (6,
 'The Bishop of Durham, the Rt Revd Paul Butler, said the fee was wrong.');
-- "According to X, an apposition, “…”": the source, past its apposition
insert into d values (7,
 'The peso fell again. According to Gabriela Rocha, an economist at the Catholic University of Bolivia, "The country spent its reserves defending the currency."');
-- a cue word's bare form right after a cue is the report's subject, a noun: "said demand"
insert into d values (8,
 'Bacta, the trade body for the amusement industry, said demand for restored machines had "never been stronger".');
-- a name after "dubbed the" is no one's words; "pointing at" reports nothing
insert into d values (9,
 'Durian, dubbed the "king of fruits" across Southeast Asia, earned Thailand about $4 billion last year.');
insert into d values (10,
 '"I have been in this line for three days," said Wilfredo Condori, a truck driver, pointing at a queue that disappeared around a bend.');
-- ... not after a cue that is no verb of saying: "rejected calls to “pause”" is not his word
insert into d values (11,
 'Mr Clarke has rejected calls to "pause" the bill.');
-- a building that speaks through those who run it, called by its noun
insert into d values (12,
 'Kelsborough Cathedral will charge visitors £12 to enter from April. Worshippers will still enter free of charge, the cathedral said.');
-- ... not a scare quote in the writer's sentence, nor a plural's possessive after a closed one
insert into d values (4,
 'The council called the plan ''the best option'' and the owners'' group called it ''a betrayal''.');

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 'ql36_01', (select rows from doc where id = 1) = 'direct|I came here for one summer and now I never want to leave,|Pieter du Randt|the South African|said';
select 'ql36_02', (select rows from doc where id = 2) = 'direct|It was the best day of my life,|Mia Collins|the Australian|said';
select 'ql36_03', (select rows from doc where id = 3) = 'direct|We have walked these beaches since the ''90s.|Sian Pritchard|Sian Pritchard|said ## direct|Now we are being punished for the dogs'' mess that a handful of people leave behind.|Sian Pritchard|Sian Pritchard|said';
select 'ql36_04', (select group_concat(kind || '|' || quote, ' ## ') from (select * from q where id = 4 order by start)) = 'partial|the best option ## partial|a betrayal';
select 'ql36_05', (select rows from doc where id = 5) = 'indirect|the money was needed for repairs|Catherine Ashby|Catherine Ashby|said';
select 'ql36_06', (select rows from doc where id = 6) = 'indirect|the fee was wrong|Paul Butler|Paul Butler|said';
select 'ql36_07', (select rows from doc where id = 7) = 'direct|The country spent its reserves defending the currency.|Gabriela Rocha|Gabriela Rocha|According to';
select 'ql36_08', (select rows from doc where id = 8) = 'partial|never been stronger|Bacta|Bacta|said';
select 'ql36_09', (select count(*) from q where id = 9) = 0;
select 'ql36_10', (select rows from doc where id = 10) = 'direct|I have been in this line for three days,|Wilfredo Condori|Wilfredo Condori|said';
select 'ql36_11', (select count(*) from q where id = 11 and speaker is not null) = 0;
select 'ql36_12', (select rows from doc where id = 12) = 'indirect|Worshippers will still enter free of charge|Kelsborough Cathedral|the cathedral|said';
