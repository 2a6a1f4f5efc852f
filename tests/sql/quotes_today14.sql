-- quotes_today14.sql: quotation spans, kinds and cues of branch quotes14, on news of today.
-- Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, n.kind || '|' || n.quote || '|' || ifnull(n.speaker, '-') || '|' ||
 ifnull(n.speaker_mention, '-') || '|' || ifnull(n.cue, '-') as row
 from d, news_quotes(d.body) as n;
-- "A, he said, and B": a report interrupted by its cue goes on after "and" when B has its own
-- subject or opens with an auxiliary (the report's verb phrase), as after "but"; "but did
-- not elaborate" is the writer's, and so is "and" when no comma closes A before the speaker
insert into d values (1, 'Wind farms in the North Sea had doubled their output, Helen Carter said, and they would double it again by 2030.');
insert into d values (2, 'The tunnel was safe, the minister said, and would reopen on Monday.');
insert into d values (3, 'Prices would stay high until spring, Ana Ferri said, but did not elaborate.');
insert into d values (4, 'Prices would stay high until spring, Ana Ferri said, but would not rise again.');
select 'qt14_1', (select group_concat(row, ';') from r where id = 1)
  = 'indirect|Wind farms in the North Sea had doubled their output|Helen Carter|Helen Carter|said;indirect|and they would double it again by 2030|Helen Carter|Helen Carter|said';
select 'qt14_2', (select group_concat(row, ';') from r where id = 2)
  = 'indirect|The tunnel was safe|-|the minister|said;indirect|and would reopen on Monday|-|the minister|said';
select 'qt14_3', (select group_concat(row, ';') from r where id = 3)
  = 'indirect|Prices would stay high until spring|Ana Ferri|Ana Ferri|said';
select 'qt14_4', (select group_concat(row, ';') from r where id = 4)
  = 'indirect|Prices would stay high until spring|Ana Ferri|Ana Ferri|said;indirect|but would not rise again|Ana Ferri|Ana Ferri|said';
-- after a day, any cue's clause may open with an article when its verb follows soon; a
-- plain object after the day is no report ("announced on Monday the closure of ...")
insert into d values (5, 'Ana Ferri argued on Sunday the time had come for a new bridge.');
insert into d values (6, 'The port authority announced on Monday the closure of the north quay to lorries.');
insert into d values (7, 'The council estimated earlier this year it would cost £8m.');
select 'qt14_5', (select group_concat(row, ';') from r where id = 5)
  = 'indirect|the time had come for a new bridge|Ana Ferri|Ana Ferri|argued';
select 'qt14_6', (select count(*) from r where id = 6) = 0;
select 'qt14_7', (select group_concat(row, ';') from r where id = 7)
  = 'indirect|it would cost £8m|-|The council|estimated';
-- "was quoted as saying", "has been reported as saying", "was quoted by X as saying": the
-- subject of the passive speaks, with a clause after the cue, before it (a report ending
-- the sentence) or in marks before it; the outlet after "by" is not the speaker
insert into d values (8, 'Ana Ferri was quoted by the Harbour Journal as saying the ferry would run again in May.');
insert into d values (9, 'The ferry will run again in May, Ana Ferri has been reported as saying.');
insert into d values (10, '"We will not give up the quay," Ana Ferri was quoted as saying.' || char(10) || 'Prices will fall next year, a senior official was quoted as saying.');
select 'qt14_8', (select group_concat(row, ';') from r where id = 8)
  = 'indirect|the ferry would run again in May|Ana Ferri|Ana Ferri|saying';
select 'qt14_9', (select group_concat(row, ';') from r where id = 9)
  = 'indirect|The ferry will run again in May|Ana Ferri|Ana Ferri|saying';
select 'qt14_10', (select group_concat(row, ';') from r where id = 10)
  = 'direct|We will not give up the quay,|Ana Ferri|Ana Ferri|saying;indirect|Prices will fall next year|-|a senior official|saying';
-- a short name in Title Case inside the writer's sentence is no one's words, a cue near or
-- not (the "Pizza Connection" ring, the "Big Bang," before the cue); right after a cue it
-- may be ("subject line says "Merry Christmas" and ...")
insert into d values (11, 'The plan for a "Green Harbour" scheme is part of a larger programme, Ana Ferri said.');
insert into d values (12, 'Trading changed after the "Big Bang," port director Tom Baker said.');
insert into d values (13, 'The fake email says "Happy Holidays" and asks for a password.');
select 'qt14_11', (select group_concat(row, ';') from r where id = 11)
  = 'indirect|The plan for a "Green Harbour" scheme is part of a larger programme|Ana Ferri|Ana Ferri|said';
select 'qt14_12', (select count(*) from r where id = 12 and row like 'partial|%') = 0;
select 'qt14_13', (select group_concat(row, ';') from r where id = 13)
  = 'partial|Happy Holidays|-|The fake email|says';
-- a report may open with a phrase of time or cause before its subject ("said after six
-- months of testing, the port has ...", "said as part of the deal, ..."), or a clause with
-- "when", "after" or "before"; not a time of the saying ("said after meeting Ferri, who")
insert into d values (14, 'Harbour Mills said after six months of testing, the new cranes had cut waiting times by half.');
insert into d values (15, 'Ana Ferri said when the bridge reopens, tolls will be scrapped.');
insert into d values (16, 'Ana Ferri spoke to reporters after meeting Tom Baker, who chairs the port board.');
select 'qt14_14', (select group_concat(row, ';') from r where id = 14)
  = 'indirect|after six months of testing, the new cranes had cut waiting times by half|Harbour Mills|Harbour Mills|said';
select 'qt14_15', (select group_concat(row, ';') from r where id = 15)
  = 'indirect|when the bridge reopens, tolls will be scrapped|Ana Ferri|Ana Ferri|said';
select 'qt14_16', (select count(*) from r where id = 16) = 0;
-- a straight double mark inside a word before s, t, re, ve, ll, d or m was typed for an
-- apostrophe (Brazil"s, isn"t): no quotation opens or closes there
insert into d values (17, 'Brazil"s output fell by a third, the minister said. "It isn"t fair," he said.');
select 'qt14_17', (select group_concat(row, ';') from r where id = 17)
  = 'indirect|Brazil"s output fell by a third|-|the minister|said;direct|It isn"t fair,|-|he|said';
-- after an audience ("told MPs", "told reporters"), a subject of bare nouns and its
-- auxiliary open the report; not a phrase of place ("told reporters outside court he ...")
insert into d values (18, 'Ana Ferri told MPs child benefit would rise in April.');
insert into d values (19, 'Ana Ferri told reporters outside court she would appeal.');
select 'qt14_18', (select group_concat(row, ';') from r where id = 18)
  = 'indirect|child benefit would rise in April|Ana Ferri|Ana Ferri|told';
select 'qt14_19', (select group_concat(row, ';') from r where id = 19)
  = 'indirect|she would appeal|Ana Ferri|Ana Ferri|told';
-- a programme's name after its owner ends the report's sentence after "told"
-- ("..., she told BBC Two's Newsnight."), and so does "the" and a name
insert into d values (20, 'Paid leave would rise to nine months, Ana Ferri told GMTV''s Sunday programme.');
insert into d values (21, 'The tolls would go, she told the BBC.');
select 'qt14_20', (select group_concat(row, ';') from r where id = 20)
  = 'indirect|Paid leave would rise to nine months|Ana Ferri|Ana Ferri|told';
select 'qt14_21', (select group_concat(row, ';') from r where id = 21)
  = 'indirect|The tolls would go|-|she|told';
-- after ", and" or ", but", a subject of a few words and a modal in the past go on the same
-- report; "could not confirm" is the writer's; a quotation after that comma leaves the
-- report before it its row
insert into d values (22, 'Ana Ferri said the vote was rushed, and support for the bridge would have been higher in May.');
insert into d values (23, 'Dockers said the cargo was Belgian, but the ministry could not confirm this.');
insert into d values (24, 'Ana Ferri said the port could be at risk, and it could deter ships from making "an important call".');
select 'qt14_22', (select group_concat(row, ';') from r where id = 22)
  = 'indirect|the vote was rushed, and support for the bridge would have been higher in May|Ana Ferri|Ana Ferri|said';
select 'qt14_23', (select group_concat(row, ';') from r where id = 23)
  = 'indirect|the cargo was Belgian|-|Dockers|said';
select 'qt14_24', (select group_concat(row, ';') from r where id = 24)
  = 'indirect|the port could be at risk|Ana Ferri|Ana Ferri|said;partial|an important call|Ana Ferri|Ana Ferri|said';
