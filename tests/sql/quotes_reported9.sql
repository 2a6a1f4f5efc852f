-- quotes_reported9.sql: reports and speakers of branch quotes9. A cue inside a relative clause
-- after the subject's comma ("Mrs. Lane, who did not say that ..., said") is the clause's: the
-- subject is the name before it, for the report and for a fragment in marks. A description
-- lengthened by "to" or "for" before a name in apposition ("A close aide to Ana Ferri, who asked
-- not to be named, said") is someone of their own, as without the apposition ("a spokesman for
-- ..." still speaks for the name). After a fragment in marks, "and that" or "but that" opens
-- a clause of the same report ("said the plan would 'listen to every council' but that the
-- targets would stay"), not "and that was ..." (a pronoun). Texts are our own. Each line
-- prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Mrs. Lane, who did not say that Mr. Ross was unfit, said on Monday that he had not done '
 || 'his homework.');
insert into d values (2,
 'Councillor Omar Reyes, who had told reporters he would abstain, said the plan was '
 || '"a gift to developers".');
insert into d values (3,
 'A close aide to Ana Ferri, who asked not to be named, said the vote would be delayed. '
 || 'A spokesman for Mayor Tom Lake, who declined to comment further, said the mayor was '
 || 'in Rome.');
insert into d values (4,
 'A spokesperson said the ministry would ''listen to every council'' but that the targets '
 || 'would stay. The bank said hackers had taken "some names" and that all data was safe. '
 || 'Hall said the plan was "a mess" and that was the problem.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
 from q;
-- the negated report in the relative clause gives no row; the main one is Lane's
select 'qr9_01', (select group_concat(row, char(10)) from r where id = 1)
  = 'indirect|that he had not done his homework|Lane|Lane|said|68|33';
-- a fragment after the relative clause with its own cue: Reyes's
select 'qr9_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by row))
  = 'indirect|he would abstain|Omar Reyes|Omar Reyes|told|47|16' || char(10) ||
    'partial|a gift to developers|Omar Reyes|Omar Reyes|said|84|20';
-- the aide speaks (no name), the spokesman for the mayor
select 'qr9_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by row))
  = 'indirect|the mayor was in Rome|Tom Lake|A spokesman for Mayor Tom Lake|said|157|21' || char(10) ||
    'indirect|the vote would be delayed||A close aide to Ana Ferri|said|60|25';
-- the clause after the fragment, with the fragment's speaker and cue; not "that was ..."
select 'qr9_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by row))
  = 'indirect|that all data was safe||The bank|said|148|22' || char(10) ||
    'indirect|that the targets would stay||A spokesperson|said|70|27' || char(10) ||
    'partial|a mess|Hall|Hall|said|196|6' || char(10) ||
    'partial|listen to every council||A spokesperson|said|41|23' || char(10) ||
    'partial|some names||The bank|said|132|10';
-- group subjects: two plurals joined by "and", people in a poll, a share of a people, people
-- on a street: the whole phrase is the mention, and no one is named
create table g(id integer primary key, body text);
insert into g values (1, 'Many farmworkers and construction crews say employers offer too little shade.');
insert into g values (2, 'Most respondents in the survey said heat waves had become more common.');
insert into g values (3, 'Nearly two-thirds of Americans say the government should do more.');
insert into g values (4, 'Several shop owners on Main Street told the paper that sales had fallen.');
insert into g values (5, 'The company cut jobs and analysts said the move was overdue.');
create view gq as select g.id, n.* from g, news_quotes(g.body) as n;
select 'qr9_05', (select group_concat(id || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  speaker_mention, char(10)) from (select * from gq order by id))
  = '1|employers offer too little shade||Many farmworkers and construction crews' || char(10) ||
    '2|heat waves had become more common||Most respondents in the survey' || char(10) ||
    '3|the government should do more||Nearly two-thirds of Americans' || char(10) ||
    '4|that sales had fallen||Several shop owners on Main Street' || char(10) ||
    '5|the move was overdue||analysts';
-- a court report's headline closed by "jury told" or "inquiry told"; a joint poll; a report
-- before its cue with the writer's "on the night ..." after it, and "on the day she left" is
-- no report of its own
create table h(id integer primary key, body text);
insert into h values (1, 'Teacher stole from pupils'' fund, jury told');
insert into h values (2, 'Minister ignored cladding warnings, inquiry told');
insert into h values (3, 'The Harlow/Quinn poll said the nation needs more parties.');
insert into h values (4, 'It was never about the money, Lopez told her staff on the night the shop closed.');
insert into h values (5, 'The deal was sound, Lopez said on the day she left.');
create view hq as select h.id, n.* from h, news_quotes(h.body) as n;
select 'qr9_06', (select group_concat(id || '|' || kind || '|' || quote || '|' ||
  ifnull(speaker, '') || '|' || ifnull(speaker_mention, '') || '|' || cue, char(10))
  from (select * from hq order by id))
  = '1|indirect|Teacher stole from pupils'' fund||jury|told' || char(10) ||
    '2|indirect|Minister ignored cladding warnings||inquiry|told' || char(10) ||
    '3|indirect|the nation needs more parties||The Harlow/Quinn poll|said' || char(10) ||
    '4|indirect|It was never about the money|Lopez|Lopez|told' || char(10) ||
    '5|indirect|The deal was sound|Lopez|Lopez|said';
-- an event's toll after a comma stays in the report; the one told, then a phrase, then the
-- clause without "that"
create table k(id integer primary key, body text);
insert into k values (1, 'The coast guard said a ship had rammed one of its boats, injuring a crew member.');
insert into k values (2, 'Sandra Melville told police in interview she had done nothing wrong.');
insert into k values (3, 'Lund said sales rose 5%, sending the shares up.');
create view kq as select k.id, n.* from k, news_quotes(k.body) as n;
select 'qr9_07', (select group_concat(id || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  speaker_mention, char(10)) from (select * from kq order by id))
  = '1|a ship had rammed one of its boats, injuring a crew member||The coast guard' || char(10) ||
    '2|she had done nothing wrong|Sandra Melville|Sandra Melville' || char(10) ||
    '3|sales rose 5%|Lund|Lund';
-- a fragment after a dash ends the writer's report: partial; right after the cue, direct
create table m(id integer primary key, body text);
insert into m values (1, 'Mr Hale had suggested that the city would meet its target - "with a margin to spare".');
insert into m values (2, 'Lund said - "we will win".');
create view mq as select m.id, n.* from m, news_quotes(m.body) as n;
select 'qr9_08', (select group_concat(id || '|' || kind || '|' || quote || '|' || speaker, char(10))
  from (select * from mq order by id))
  = '1|partial|with a margin to spare|Hale' || char(10) || '2|direct|we will win|Lund';
