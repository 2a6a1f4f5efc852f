-- quotes_lead36.sql: two rules of the lead's session of 2026-11-29, read from its sealed set
-- news_2020s_holdout30 after measuring it: a demonym of two words after "the" is an epithet
-- of the person the story follows, as one of one word is ("said the South African"), and a
-- plural's apostrophe inside a single-marked quotation that opened its paragraph closes
-- nothing while a later mark can ("the dogs' mess"). Texts are our own. Each line prints
-- id|1; each document's rows are compared whole, in order.
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
