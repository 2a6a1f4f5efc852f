-- quotes_s23.sql: news_quotes() rules of the session of 2026-11-29 (second part), written
-- as rules a reader of news in general would agree with: after "and said", the subject of
-- the sentence speaks, the first name a verb follows, not a name later in the sentence
-- ("Siemens beat forecasts from analysts at Morgan Stanley and said"); a headline that
-- opens the text with a source's name and a colon before a clause with a verb reports the
-- clause, with no cue; a phrase of time after the cue ("said after the convention") goes
-- before the clause; a plural before a phrase of its field or place speaks ("Experts on
-- trade and security said"). Texts are our own.
-- Each line prints id|1; a document's rows are compared whole, in order.
create table d(id integer primary key, body text);
insert into d values (1,
 'Siemens beat forecasts from analysts at Morgan Stanley and said orders would rise.');
-- a name before a noun is no subject: the person after the role is ("Audi team principal")
insert into d values (2,
 'Audi team principal Markus Feldhaus praised the drivers from Ferrari and said the team would improve.');
-- a headline's source and a colon before a clause; not before a description
insert into d values (3,
 'Sanders: Clinton needs to get away from all of this personality stuff' || char(10) ||
 'Bernie Sanders offered some advice to Hillary Clinton on Sunday.');
insert into d values (4,
 'Arthur Hailey: King of the bestsellers' || char(10) ||
 'Novelist Arthur Hailey, who has died at the age of 84, sold 170 million books.');
-- a phrase of time between the cue and a pronoun opening the clause
insert into d values (5,
 'Trump said after the convention he would not accept the endorsement.');
-- a plural before a phrase of its field or place, then a past or "say"; not after "to"
insert into d values (6,
 'Experts on trade and security said the test could change that.');
insert into d values (7,
 'Dealers were forced to cut prices in December to maintain sales growth.');
-- "pointed at" is a gesture, no report
insert into d values (8,
 'The first thing to arrive was often a drone, humming over the rooftops with its camera pointed at the street.');

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 's23_01', (select rows from doc where id = 1) = 'indirect|orders would rise|Siemens|Siemens|said';
select 's23_02', (select rows from doc where id = 2) = 'indirect|the team would improve|Markus Feldhaus|Markus Feldhaus|said';
select 's23_03', (select rows from doc where id = 3) = 'indirect|Clinton needs to get away from all of this personality stuff|Bernie Sanders|Sanders|';
select 's23_04', (select count(*) from q where id = 4) = 0;
select 's23_05', (select rows from doc where id = 5) = 'indirect|he would not accept the endorsement|Trump|Trump|said';
select 's23_06', (select rows from doc where id = 6) = 'indirect|the test could change that||Experts|said';
select 's23_07', (select count(*) from q where id = 7) = 0;
select 's23_08', (select count(*) from q where id = 8) = 0;
