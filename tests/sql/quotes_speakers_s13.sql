-- quotes_speakers_s13.sql: who news_quotes() says spoke (branch speakers13): a role held for
-- a team, a country or a firm named before it with no "'s" ("Ireland captain Caelan Doris":
-- "the Ireland captain" is not France's captain), and a person whose body is set off by
-- commas before a relative clause ("Prof Nadia Okafor, of the University of Edinburgh, who
-- ..., said" is hers, not the university's), a head of government the text never gives the
-- role ("Sir Keir Starmer ... The prime minister said"), and "the prosecutor" for an
-- "Assistant U.S. Attorney". Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
-- two captains: each description names its team; the latest captain named is not the
-- other team's; "the Australian captain" fits Australia's
insert into d values (1,
 'Ireland captain Caelan Doris praised his side. France captain Antoine Dupont scored twice.' || char(10) || '' || char(10) || '"We knew they would come back at us," the Ireland captain said.' || char(10) || '' || char(10) || '"Ireland deserved it," the France captain said.');
insert into d values (2,
 'Australia captain Pat Cummins took four wickets. England captain Ben Stokes made 80.' || char(10) || '' || char(10) || '"It was a great effort," the Australia captain said. "We were lucky," the Australian captain added.' || char(10) || '' || char(10) || '"We will come back," the England captain said.');
-- a firm's longer name before the role: its first word is what a description writes
insert into d values (3,
 'Exxon Corp chairman Lawrence Rawl spoke in Houston. Later the Exxon chairman said prices would rise.');
-- the body after "of" in commas, then a relative clause: the person speaks
insert into d values (4,
 'Prof Nadia Okafor, of the University of Edinburgh, who was not involved in the research, called it "an interesting study".' || char(10) || '' || char(10) || 'Prof Tom Hale, of Oxford University, who was not involved, said the study was flawed.');
-- a head of government the text names with no role, then calls by it: the one such person
-- named before with no office ("former prime minister Boris Johnson" is not the holder); two
-- of them, or one named only after, leave it NULL
insert into d values (5,
 'Starmer defends plan' || char(10) || '' || char(10) || 'Sir Keir Starmer has defended the plan. The prime minister said the economy was stable.');
insert into d values (6,
 'Former prime minister Boris Johnson attacked Sir Keir Starmer on Monday. The prime minister said the attack was unfair.');
insert into d values (7,
 'Tony Blair met Gordon Brown on Monday. The prime minister said the talks had gone well.');
insert into d values (8,
 'The prime minister said the economy was stable. Keir Starmer later spoke in Leeds.');
-- an assistant U.S. attorney is the case's prosecutor; a defence attorney is not
insert into d values (9,
 'Assistant U.S. Attorney Karen Olmsted spoke first. Her attorney, Daniel Ruiz, asked for mercy. "Nobody was checking," the prosecutor said.');
-- an owner's noun set off before a name opening the sentence: the name is its subject, so
-- the pronoun after it is theirs, not the speaker quoted just before
insert into d values (10,
 'Ireland head coach Andy Farrell said Prendergast was sore. "He will be fine," the coach said.' || char(10) || '' || char(10) || 'Prendergast''s replacement, Jack Crowley, kicked the winning penalty. "I just tried to strike it clean," he said.');
-- "the iPhone maker", "the search giant", "the coffee chain": the company the story is about
insert into d values (11,
 'Apple shares fell 4% on Friday. Tim Cook spoke to analysts. The iPhone maker said revenue rose 5%.' || char(10) || '' || char(10) || 'Google faced criticism in China. The search giant said it was looking into the issue.' || char(10) || '' || char(10) || 'Starbucks will close 400 stores. The coffee chain said sales had fallen.');
-- a body named before the noun for what it is, after a place's "'s"
insert into d values (12,
 'Gaza''s Civil Defence agency said at least 30 people were killed. Tehran''s IRNA news agency said troops were fighting.');
-- "a spokeswoman for the company": the company the story is about, as "a company
-- spokeswoman" is; not one unnamed ("a spokesman for the family")
insert into d values (13,
 'Wessex Water said it was sorry. A spokeswoman for the company said the problem had been caused by a collapsed pipe.' || char(10) || '' || char(10) || 'A spokesman for the family said they were devastated.');
-- a people's word for a country written otherwise ("US", "UK"), and a holder given the
-- description's country before one given none
insert into d values (14,
 'US President Donald Trump met Ukraine''s president, Volodymyr Zelensky, in Washington.' || char(10) || '' || char(10) || '"We had a good meeting," the American president said. "We are grateful," the Ukrainian president said.' || char(10) || '' || char(10) || 'UK Prime Minister Keir Starmer and Dutch Prime Minister Dick Schoof spoke later. "We stand together," the British prime minister said.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;

select 'qs13_01', exists(select 1 from r where id = 1 and row = 'direct|We knew they would come back at us,|Caelan Doris|the Ireland captain|said'); -- model-dependent
select 'qs13_02', exists(select 1 from r where id = 1 and row = 'direct|Ireland deserved it,|Antoine Dupont|the France captain|said'); -- model-dependent
select 'qs13_03', exists(select 1 from r where id = 2 and row = 'direct|It was a great effort,|Pat Cummins|the Australia captain|said'); -- model-dependent
select 'qs13_04', exists(select 1 from r where id = 2 and row = 'direct|We were lucky,|Pat Cummins|the Australian captain|added'); -- model-dependent
select 'qs13_05', exists(select 1 from r where id = 2 and row = 'direct|We will come back,|Ben Stokes|the England captain|said'); -- model-dependent
select 'qs13_06', exists(select 1 from r where id = 3 and row = 'indirect|prices would rise|Lawrence Rawl|the Exxon chairman|said'); -- model-dependent
select 'qs13_07', exists(select 1 from r where id = 4 and row = 'partial|an interesting study|Nadia Okafor|Nadia Okafor|called'); -- model-dependent
select 'qs13_08', exists(select 1 from r where id = 4 and row = 'indirect|the study was flawed|Tom Hale|Tom Hale|said'); -- model-dependent
select 'qs13_10', exists(select 1 from r where id = 5 and row = 'indirect|the economy was stable|Keir Starmer|The prime minister|said'); -- model-dependent
select 'qs13_11', exists(select 1 from r where id = 6 and row = 'indirect|the attack was unfair|Keir Starmer|The prime minister|said'); -- model-dependent
select 'qs13_12', exists(select 1 from r where id = 7 and row = 'indirect|the talks had gone well||The prime minister|said'); -- model-dependent
select 'qs13_13', exists(select 1 from r where id = 8 and row = 'indirect|the economy was stable||The prime minister|said'); -- model-dependent
select 'qs13_14', exists(select 1 from r where id = 9 and row = 'direct|Nobody was checking,|Karen Olmsted|the prosecutor|said'); -- model-dependent
select 'qs13_15', exists(select 1 from r where id = 10 and row = 'direct|I just tried to strike it clean,|Jack Crowley|he|said'); -- model-dependent
select 'qs13_16', exists(select 1 from r where id = 11 and row = 'indirect|revenue rose 5%|Apple|The iPhone maker|said'); -- model-dependent
select 'qs13_17', exists(select 1 from r where id = 11 and row = 'indirect|it was looking into the issue|Google|The search giant|said'); -- model-dependent
select 'qs13_18', exists(select 1 from r where id = 11 and row = 'indirect|sales had fallen|Starbucks|The coffee chain|said'); -- model-dependent
select 'qs13_19', exists(select 1 from r where id = 12 and row = 'indirect|at least 30 people were killed|Civil Defence|Gaza''s Civil Defence agency|said'); -- model-dependent
select 'qs13_20', exists(select 1 from r where id = 12 and row = 'indirect|troops were fighting|IRNA|Tehran''s IRNA news agency|said'); -- model-dependent
select 'qs13_21', exists(select 1 from r where id = 13 and row = 'indirect|the problem had been caused by a collapsed pipe|Wessex Water|A spokeswoman for the company|said'); -- model-dependent
select 'qs13_22', exists(select 1 from r where id = 13 and row = 'indirect|they were devastated||A spokesman for the family|said'); -- model-dependent
select 'qs13_23', exists(select 1 from r where id = 14 and row = 'direct|We had a good meeting,|Donald Trump|the American president|said'); -- model-dependent
select 'qs13_24', exists(select 1 from r where id = 14 and row = 'direct|We are grateful,|Volodymyr Zelensky|the Ukrainian president|said'); -- model-dependent
select 'qs13_25', exists(select 1 from r where id = 14 and row = 'direct|We stand together,|Keir Starmer|the British prime minister|said'); -- model-dependent
-- the mention is where the row says it is
select 'qs13_09', (select count(*) from q join d using (id) where speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention) = 0;
