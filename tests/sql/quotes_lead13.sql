-- quotes_lead13.sql: attributions of the lead's branch lead13, on news of today. Texts are
-- our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, n.kind || '|' || n.quote || '|' || ifnull(n.speaker, '-') || '|' ||
 ifnull(n.speaker_mention, '-') || '|' || ifnull(n.cue, '-') as row
 from d, news_quotes(d.body) as n;
-- a cue word after a determiner right before the words is a noun ("the text", "the report",
-- "in a comment"): the verb before it in the same clause says who
insert into d values (1, 'Cedric Schuster said the text "fails the most vulnerable".');
insert into d values (2, 'Nadia Karam said the report "ignores the evidence" on rents.');
insert into d values (3, 'Tom Reyes, an economist at Harbour Securities, said in a comment: "Rates will not fall this year."');
select 'ql13_1', (select group_concat(row, ';') from r where id = 1)
  = 'partial|fails the most vulnerable|Cedric Schuster|Cedric Schuster|said';
select 'ql13_2', (select group_concat(row, ';') from r where id = 2)
  = 'partial|ignores the evidence|Nadia Karam|Nadia Karam|said';
select 'ql13_3', (select group_concat(row, ';') from r where id = 3)
  = 'direct|Rates will not fall this year.|Tom Reyes|Tom Reyes|said';
-- ... but not past a comma: the verb of a clause before it reports something else
insert into d values (4, 'When a pupil asked the minister about school meals, he began his answer with a quip: "I only eat the puddings."');
select 'ql13_4', (select count(*) from r where id = 4 and row like '%|asked') = 0;
-- a participle between a determiner and a noun is an adjective ("a written answer"), no cue
insert into d values (5, 'Trade minister Ruth Okafor said talks had begun.' || char(10) ||
  'She told parliament in a written answer that "informal talks have taken place at official level."');
select 'ql13_5', (select group_concat(row, ';') from r where id = 5)
  = 'indirect|talks had begun|Ruth Okafor|Ruth Okafor|said;partial|informal talks have taken place at official level.|Ruth Okafor|She|told';
-- a fragment after another in the same sentence hangs on the same cue
insert into d values (6, 'China''s commerce ministry said in a statement that it "firmly opposes" the proposal and would take "all necessary measures" to protect Chinese firms.');
insert into d values (7, 'Mayor Lena Ortiz said the budget would "protect the basics" while the city faced "a very hard winter".');
select 'ql13_6', (select group_concat(row, ';') from r where id = 6)
  = 'partial|firmly opposes|-|China''s commerce ministry|said;partial|all necessary measures|-|China''s commerce ministry|said';
select 'ql13_7', (select group_concat(row, ';') from r where id = 7)
  = 'partial|protect the basics|Lena Ortiz|Lena Ortiz|said;partial|a very hard winter|Lena Ortiz|Lena Ortiz|said';
-- a role with a place, then a name in apposition: the name speaks, not the one whose role
insert into d values (8, 'Trump''s lead attorney in Georgia, Steve Sadow, called the ruling "a complete vindication."');
insert into d values (9, 'The union''s organiser in Leeds, Priya Nair, told reporters that members would strike.');
select 'ql13_8', (select group_concat(row, ';') from r where id = 8)
  = 'partial|a complete vindication.|Steve Sadow|Steve Sadow|called';
select 'ql13_9', (select group_concat(row, ';') from r where id = 9)
  = 'indirect|that members would strike|Priya Nair|Priya Nair|told';
-- a cue in a relative clause after a fragment is not the fragment's: the verb before it is
insert into d values (10, 'Senator Ann Cole said Democrats were "playing politics" with a program that she argued needed reform.');
select 'ql13_10', (select group_concat(row, ';') from r where id = 10 and row like 'partial%')
  = 'partial|playing politics|Ann Cole|Ann Cole|said';
-- a body and its acronym inside a person's apposition: the person speaks
insert into d values (11, 'Mary Okello, founder of the Survivors Trust (SURT), one of the charities that receive the money, said the grant was overdue.');
insert into d values (12, 'The Harbour Stock Exchange (HSE), which faces stiff competition, said it would cut its fees.');
select 'ql13_11', (select group_concat(row, ';') from r where id = 11)
  = 'indirect|the grant was overdue|Mary Okello|Mary Okello|said';
select 'ql13_12', (select group_concat(row, ';') from r where id = 12)
  = 'indirect|it would cut its fees|Harbour Stock Exchange|Harbour Stock Exchange|said';
-- "According to X, an apposition, CLAUSE": the clause starts after the apposition
insert into d values (13, 'According to KFF, a nonpartisan health policy research group, enrollees would pay 114% more next year.');
insert into d values (14, 'According to the survey, a third of voters backed the plan.');
select 'ql13_13', (select group_concat(row, ';') from r where id = 13)
  = 'indirect|enrollees would pay 114% more next year|KFF|KFF|According to';
select 'ql13_14', (select group_concat(row, ';') from r where id = 14)
  = 'indirect|a third of voters backed the plan|-|the survey|According to';
-- "what it called “…”": a body calling something so is quoted, as a person is
insert into d values (15, 'Hezbollah said it had struck what it called "enemy positions" in the north.');
select 'ql13_15', (select group_concat(row, ';') from r where id = 15)
  = 'partial|enemy positions|Hezbollah|it|called';
-- "the left-hander": a batting or bowling hand stands for the person the story follows, as
-- an age does
insert into d values (16, 'Head, promoted to open, reached three figures off 69 balls. "I just wanted to be positive," the left-hander said.');
-- the models of lead26 and model43 leave "Head" out, so the left-hander is no one named;
-- model42's found him
select 'ql13_16', (select group_concat(row, ';') from r where id = 16)
  = 'direct|I just wanted to be positive,|-|the left-hander|said';  -- model-dependent
-- the tail of an inverted cue holds a blog post, a podcast or a video, and a participle after
-- the document ("said in a statement posted on X"), no cue of its own
insert into d values (17, 'The browser is available from Tuesday, the company said in a blog post.');
insert into d values (18, 'The store opens on Tuesday, Ann Lee said in a video posted on Instagram.');
select 'ql13_17', (select group_concat(row, ';') from r where id = 17)
  = 'indirect|The browser is available from Tuesday|-|the company|said';
select 'ql13_18', (select group_concat(row, ';') from r where id = 18)
  = 'indirect|The store opens on Tuesday|Ann Lee|Ann Lee|said';
-- people from a body, plural and unnamed, speak for themselves; a spokesman from it, and
-- figures from it, for the body
insert into d values (19, 'Observers from the European Union said the vote had been largely peaceful.');
insert into d values (20, 'A spokesman from the European Union said the vote had been largely peaceful.');
insert into d values (21, 'The chairman, Michael Byrne SC, said the accounts were "a mess".');
select 'ql13_19', (select group_concat(row, ';') from r where id = 19)
  = 'indirect|the vote had been largely peaceful|-|Observers from the European Union|said';
select 'ql13_20', (select group_concat(row, ';') from r where id = 20)
  = 'indirect|the vote had been largely peaceful|European Union|European Union|said';
-- an Irish barrister's letters are no part of the name
select 'ql13_21', (select group_concat(row, ';') from r where id = 21)
  = 'partial|a mess|Michael Byrne|Michael Byrne|said';
-- "a mother of three": a number after "of" ends a subject; a place before a relative clause
-- ends it as without the clause, when no name comes before
insert into d values (22, 'A mother of three said she had skipped meals.');
insert into d values (23, 'One mother of three from Bradford, who asked not to be named, told the BBC she had skipped meals. "You feel like you have failed them," she said.');
select 'ql13_22', (select group_concat(row, ';') from r where id = 22)
  = 'indirect|she had skipped meals|-|A mother of three|said';
select 'ql13_23', (select group_concat(row, ';') from r where id = 23)
  = 'indirect|she had skipped meals|-|One mother of three from Bradford|told;direct|You feel like you have failed them,|-|she|said';
