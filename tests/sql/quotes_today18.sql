-- quotes_today18.sql: quotation spans, kinds and cues of branch quotes18, on news of today.
-- Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, n.kind || '|' || n.quote || '|' || ifnull(n.speaker, '-') || '|' ||
 ifnull(n.speaker_mention, '-') || '|' || ifnull(n.cue, '-') as row
 from d, news_quotes(d.body) as n;
-- a noun phrase after a report's tail is the writer's apposition, and a verb after its
-- noun's "that" is no clause of the speaker's ("the latest sign that ..."); a noun of
-- content keeps its verb after ("the fact that ... does not mean ...")
insert into d values (1, 'The coalition has agreed to keep the pension at 48% of wages, two government sources said on Tuesday, the latest sign that the chancellor is struggling to hold his party together.');
insert into d values (2, 'Ferry fares will rise by 6% in April, the operator said on Monday, the fact that fuel costs have fallen does not change the price of new boats.');
select 'qt18_1', (select group_concat(row, ';') from r where id = 1)
  = 'indirect|The coalition has agreed to keep the pension at 48% of wages|-|two government sources|said';
select 'qt18_2', (select group_concat(row, ';') from r where id = 2)
  = 'indirect|Ferry fares will rise by 6% in April|-|the operator|said;indirect|the fact that fuel costs have fallen does not change the price of new boats|-|the operator|said';
-- a subject joined by ", and ...," to a second one goes on to its verb after the closing
-- comma: the report is the whole clause, not its first noun; a report with its own verb
-- before ", and" still ends there
insert into d values (3, 'Ana Ferri said that the harbour board, and the mayor in particular, must do more to keep the ferries running.');
insert into d values (4, 'The operator said the new timetable, and a second boat from Oban, would end the cancellations by June.');
insert into d values (5, 'Ana Ferri said the pier was unsafe, and the council, which owns it, has promised repairs.');
select 'qt18_3', (select group_concat(row, ';') from r where id = 3)
  = 'indirect|that the harbour board, and the mayor in particular, must do more to keep the ferries running|Ana Ferri|Ana Ferri|said';
select 'qt18_4', (select group_concat(row, ';') from r where id = 4)
  = 'indirect|the new timetable, and a second boat from Oban, would end the cancellations by June|-|The operator|said';
select 'qt18_5', (select group_concat(row, ';') from r where id = 5)
  = 'indirect|the pier was unsafe|Ana Ferri|Ana Ferri|said';
-- after "told", an audience with its phrases of place and time, no verb and no comma, may
-- run up to 20 tokens before the report's "that"; "that" before a verb opens a relative
-- clause there, no report of this rule's
insert into d values (6, 'Ana Ferri told a packed meeting of party members in Leeds on Saturday evening that the ferry would run again in May.');
insert into d values (7, 'The harbour master told lawmakers during a hearing of the Senate transport committee that the pier was unsafe.');
insert into d values (8, 'Ana Ferri told the crowd on the quay that she would stand again.');
select 'qt18_6', (select group_concat(row, ';') from r where id = 6)
  = 'indirect|that the ferry would run again in May|Ana Ferri|Ana Ferri|told';
select 'qt18_7', (select group_concat(row, ';') from r where id = 7)
  = 'indirect|that the pier was unsafe|-|The harbour master|told';
select 'qt18_8', (select group_concat(row, ';') from r where id = 8)
  = 'indirect|that she would stand again|Ana Ferri|Ana Ferri|told';
-- a speaker's aside with a relative clause may name a thing that ", which ..." describes
-- in turn: the speaker stands before the aside, not that thing
insert into d values (9, 'Her friend Bikash Tamang, who was standing outside the parliament building, which was set on fire during the unrest, said the protesters would keep watching.');
insert into d values (10, 'Tom Lake, a fisherman whose boat was wrecked in the storm, which hit the coast on Monday, told reporters he would sue the harbour board.');
select 'qt18_9', (select group_concat(row, ';') from r where id = 9)
  = 'indirect|the protesters would keep watching|Bikash Tamang|Bikash Tamang|said';
select 'qt18_10', (select group_concat(row, ';') from r where id = 10)
  = 'indirect|he would sue the harbour board|Tom Lake|Tom Lake|told';
-- the same inside a relative clause: the report ends at the clause's own closing comma
insert into d values (11, 'Ana Ferri, who also said that the harbour board, and the mayor in particular, must do more, was re-elected on Friday.');
select 'qt18_11', (select group_concat(row, ';') from r where id = 11)
  = 'indirect|that the harbour board, and the mayor in particular, must do more|Ana Ferri|Ana Ferri|said';
-- after a verb of saying again, the writer's noun for the view is no part of the report; a
-- phrase of time before ", that" neither; after "said", "the fact that ..." is the
-- report's subject and stays in it
insert into d values (12, 'The harbour board reiterated its view that the pier could not be saved.');
insert into d values (13, 'The ministry said on Monday, hours after the storm, that the port would stay closed.');
insert into d values (14, 'Analysts said the fact that fares had risen twice this year was a sign of trouble.');
select 'qt18_12', (select group_concat(row, ';') from r where id = 12)
  = 'indirect|that the pier could not be saved|-|The harbour board|reiterated';
select 'qt18_13', (select group_concat(row, ';') from r where id = 13)
  = 'indirect|that the port would stay closed|-|The ministry|said';
select 'qt18_14', (select group_concat(row, ';') from r where id = 14)
  = 'indirect|the fact that fares had risen twice this year was a sign of trouble|-|Analysts|said';
-- the writer's apposition after a report ends it: ", the latest ..." running to the end of
-- the sentence, and a dash before the writer's noun for the report ("- a move ..."); an
-- apposition inside the report, closed by a comma before its verb, stays
insert into d values (15, 'Ana Ferri said the ferry service would end in May, the latest sign that the island is being left behind.');
insert into d values (16, 'Tom Lake told reporters he had not left the harbour board - a move he announced after the meeting.');
insert into d values (17, 'Ana Ferri said the pier, the latest to fail an inspection, would close on Friday.');
select 'qt18_15', (select group_concat(row, ';') from r where id = 15)
  = 'indirect|the ferry service would end in May|Ana Ferri|Ana Ferri|said';
select 'qt18_16', (select group_concat(row, ';') from r where id = 16)
  = 'indirect|he had not left the harbour board|Tom Lake|Tom Lake|told';
select 'qt18_17', (select group_concat(row, ';') from r where id = 17)
  = 'indirect|the pier, the latest to fail an inspection, would close on Friday|Ana Ferri|Ana Ferri|said';
