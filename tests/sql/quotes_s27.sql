-- quotes_s27.sql: news_quotes() rules of session s27 (2026-11-29), from the errors of the
-- sealed quote set holdout47 once it was read, on text of our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.cue, '') as row, q.start from d, news_quotes(d.body) as q;
create view rows as select id, group_concat(row, char(10)) as rows
  from (select id, row from r order by id, start) group by id;

-- "the minister" is the one the text gave that office in capitals, after "the" and before
-- an honorific ("the Minister of Transport, Mr Kunle Bamidele,")
insert into d values (1,
 'But the Minister of Transport, Mr Kunle Bamidele, described the fare rise as "fair".' ||
 char(10) || char(10) || '"Only long-distance routes are affected," the minister told ' ||
 'journalists in Lagos.');
select 's27_01', (select rows from rows where id = 1)
  = 'partial|fair|Kunle Bamidele|described' || char(10) ||
    'direct|Only long-distance routes are affected,|Kunle Bamidele|told';
-- a police rank is a title: the name after it speaks
insert into d values (2,
 'The police spokesperson, ACP Halima Musa, said officers would guard the markets to ' ||
 '"keep the peace".');
select 's27_02', (select rows from rows where id = 2) = 'partial|keep the peace|Halima Musa|said';
-- a long relative clause between the subject and "said:", apostrophes in it
insert into d values (3,
 'Moira Baird, 64, who has run the village shop since 1991 and sang in a rock ''n'' roll ' ||
 'band on the island in the ''70s, said: ''The ferry is our lifeline. Without it we close.''');
select 's27_03', (select rows from rows where id = 3)
  = 'direct|The ferry is our lifeline. Without it we close.|Moira Baird|said';
-- the name someone gave is theirs, with a comma or without
insert into d values (4,
 'Another shopper, who gave her name only as Efua, said prices had doubled. A man who ' ||
 'asked to be identified only as Kofi said he could not pay.');
select 's27_04', (select rows from rows where id = 4)
  = 'indirect|prices had doubled|Efua|said' || char(10) || 'indirect|he could not pay|Kofi|said';
-- a fragment after "said" is the subject's, not that of a cue in a clause after it
insert into d values (5,
 'Dean said he had "no idea" he had broken the record until a team-mate told him.');
select 's27_05', (select rows from rows where id = 5) = 'partial|no idea|Dean|said';
-- "the club" is the body that opened the sentence before
insert into d values (6,
 'Rovers sealed promotion on Saturday. Rovers will parade the trophy on Monday. The club ' ||
 'said in a statement that fans could meet the players.');
select 's27_06', (select rows from rows where id = 6)
  = 'indirect|that fans could meet the players|Rovers|said';
-- a name given to a thing, with the thing between ("dubbed the decision a"), and a term
-- ("what its engineers call a") are no quotations; a person dubbing herself is quoted
insert into d values (7,
 'Traders have dubbed the decision a "dovish hike," and bond yields fell. The firm will ' ||
 'publish what its engineers call a "post-mortem" on Friday. Ms Osei dubbed herself a ' ||
 '"realist" on Tuesday.');
select 's27_07', (select rows from rows where id = 7) = 'partial|realist|Osei|dubbed';
-- an office with "of" and "for" between a country and its holder
insert into d values (8,
 '"We have a deal," said UK Secretary of State for Trade Amara Cole.');
select 's27_08', (select rows from rows where id = 8) = 'direct|We have a deal,|Amara Cole|said';
