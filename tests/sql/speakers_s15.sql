-- speakers_s15.sql: who news_quotes() says spoke (branch speakers15): an occupation before
-- a name as a role ("Psychologist Leah Brandt ... the psychologist said"), "the club" for a
-- club named "... City" or "... Town", a demonym with a relative clause before its cue ("The
-- Latvian, who ..., said"), a quotation handed to someone by the sentence after it ("That is
-- how Cardwell resident Kim Lawson described ..."), "in a blog post" as a noun, and a
-- subject that is no modifier when a cue stands before a role in apposition. Texts are our
-- own. Each line prints id|1.
create table d(id integer primary key, body text);
-- an occupation before the name is a role: later `the psychologist`, `the forecaster`
insert into d values (1,
 'Psychologist Leah Brandt, of King''s College London, said children could grow attached to chatbots. "That is a reason to be careful," the psychologist said.' || char(10) || '' || char(10) || 'Bureau of Meteorology forecaster Shane Kennedy said the storm had weakened. "The danger has not passed," the forecaster said.');
-- ... and no one when the text named no one so
insert into d values (2,
 'Regulators warned about the apps on Monday. "Parents should be careful," the psychologist said.');
-- `the club` for a club named ... City (or Town, FC, Rangers, Villa, ...)
insert into d values (3,
 'Stoke City have sacked head coach Mark Olsen after nine games without a win.' || char(10) || '' || char(10) || 'In a statement, the club said it had "made the difficult decision". "We wish Mark well," the club added.');
-- the latest such club named, not the first ending in the list; not `the supporters club`
-- (in a match report: outside one, the model of lead26 reads `Ipswich Town fans` as a place)
insert into d values (4,
 'Ipswich Town beat Leeds United 2-1 in the league on Saturday, their striker scoring twice before the goalkeeper saved a penalty. Ipswich Town fans cheered. The club said tickets for the next game had sold out.' || char(10) || '' || char(10) || 'The supporters club said it would run coaches to the away game.');
-- a demonym, a relative clause in commas, then the cue: the person the story follows
insert into d values (5,
 'EU Economy Commissioner Valdis Dombrovskis said Brussels expected a smaller deficit. The Latvian, who met Lecornu in Paris last week, said France had "a credible path" but little room for error.');
-- a quotation that is a sentence of its own, handed to someone by the sentence after it
-- (`That is how`); the place before `resident` is no one `she` stands for
insert into d values (6,
 '"The roof just lifted off like a lid." That is how Cardwell resident Kim Lawson described the moment the storm hit her home. She sheltered in the bathroom until dawn. "I have never been so scared," she said.');
-- `That quote from` a titled name; `That is how the village felt` names no one
insert into d values (7,
 '"I would rather have a sister in a whorehouse than a brother in the FBI." That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page of a newspaper in 1980.' || char(10) || '' || char(10) || '"Nobody came to help." That is how the village felt after the flood.');
-- `in a blog post`, `In her tweet`: nouns, no cue
insert into d values (8,
 'Spotify has switched off its AI DJ in the UK after complaints. The company called the pause "temporary" in a blog post on Wednesday.' || char(10) || '' || char(10) || 'In her tweet, Priya Raman said the feature was safe.');
-- a cue between the subject and a role set off before a name: the subject is still the
-- company (`the company`), not the banker named in apposition
insert into d values (9,
 'AUGAT SEEKS TO MAXIMIZE SHAREHOLDER VALUE' || char(10) || 'MANSFIELD, MASS., June 19 - Augat Inc said it retained an investment banker, Wertheim Schroeder and Co Inc, to explore possible means for the company to maximize shareholder value.' || char(10) || 'The company said it was not pressured into taking this action by any specific situation.');
-- `the Western banker` is no epithet (the unnamed banker goes on); `the Canadian banker`
-- is the banker the story follows
insert into d values (10,
 'A Western banker said China had too much short-term debt. Zhang Wei, a vice minister, said loans had doubled. The Western banker said the excess was a result of inexperience.' || char(10) || '' || char(10) || 'William Mulholland, president of the Bank of Montreal, met Brazil''s finance minister. The Canadian banker said he had suggested a debt swap.');
-- a name, a role in apposition, `for` and a firm the entity step took for a person, then
-- the cue: the name speaks; `a lawyer for Ana Ferri` is someone of their own
insert into d values (11,
 '"It will be a lower crop," Gail Martell, chief meteorologist for E.F. Hutton said.' || char(10) || '"We will appeal," a lawyer for Ana Ferri said.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;

select 'sp15_01', exists(select 1 from r where id = 1 and row = 'indirect|children could grow attached to chatbots|Leah Brandt|Leah Brandt|said'); -- model-dependent
select 'sp15_02', exists(select 1 from r where id = 1 and row = 'direct|That is a reason to be careful,|Leah Brandt|the psychologist|said'); -- model-dependent
select 'sp15_03', exists(select 1 from r where id = 1 and row = 'indirect|the storm had weakened|Shane Kennedy|Shane Kennedy|said'); -- model-dependent
select 'sp15_04', exists(select 1 from r where id = 1 and row = 'direct|The danger has not passed,|Shane Kennedy|the forecaster|said'); -- model-dependent
select 'sp15_05', (select count(*) from q where id = 1) = 4;
select 'sp15_06', exists(select 1 from r where id = 2 and row = 'direct|Parents should be careful,||the psychologist|said'); -- model-dependent
select 'sp15_07', (select count(*) from q where id = 2) = 1;
select 'sp15_08', exists(select 1 from r where id = 3 and row = 'partial|made the difficult decision|Stoke City|the club|said'); -- model-dependent
select 'sp15_09', exists(select 1 from r where id = 3 and row = 'direct|We wish Mark well,|Stoke City|the club|added'); -- model-dependent
select 'sp15_10', (select count(*) from q where id = 3) = 2;
select 'sp15_11', exists(select 1 from r where id = 4 and row = 'indirect|tickets for the next game had sold out|Ipswich Town|The club|said'); -- model-dependent
select 'sp15_12', exists(select 1 from r where id = 4 and row = 'indirect|it would run coaches to the away game||The supporters club|said'); -- model-dependent
select 'sp15_13', (select count(*) from q where id = 4) = 2;
select 'sp15_14', exists(select 1 from r where id = 5 and row = 'indirect|Brussels expected a smaller deficit|Valdis Dombrovskis|Valdis Dombrovskis|said'); -- model-dependent
select 'sp15_15', exists(select 1 from r where id = 5 and row = 'partial|a credible path|Valdis Dombrovskis|The Latvian|said'); -- model-dependent
select 'sp15_16', (select count(*) from q where id = 5) = 2;
select 'sp15_17', exists(select 1 from r where id = 6 and row = 'direct|The roof just lifted off like a lid.|Kim Lawson|Kim Lawson|described'); -- model-dependent
select 'sp15_18', exists(select 1 from r where id = 6 and row = 'direct|I have never been so scared,|Kim Lawson|she|said'); -- model-dependent
select 'sp15_19', (select count(*) from q where id = 6) = 2;
select 'sp15_20', exists(select 1 from r where id = 7 and row = 'direct|I would rather have a sister in a whorehouse than a brother in the FBI.|Thomas Krebs|Thomas Krebs|'); -- model-dependent
select 'sp15_21', exists(select 1 from r where id = 7 and row = 'direct|Nobody came to help.|||'); -- model-dependent
select 'sp15_22', (select count(*) from q where id = 7) = 2;
select 'sp15_23', exists(select 1 from r where id = 8 and row = 'partial|temporary|Spotify|The company|called'); -- model-dependent
select 'sp15_24', exists(select 1 from r where id = 8 and row = 'indirect|the feature was safe|Priya Raman|Priya Raman|said'); -- model-dependent
select 'sp15_25', (select count(*) from q where id = 8) = 2;
select 'sp15_26', exists(select 1 from r where id = 9 and row = 'indirect|it retained an investment banker, Wertheim Schroeder and Co Inc, to explore possible means for the company to maximize shareholder value|Augat Inc|Augat Inc|said'); -- model-dependent
select 'sp15_27', exists(select 1 from r where id = 9 and row = 'indirect|it was not pressured into taking this action by any specific situation|Augat Inc|The company|said'); -- model-dependent
select 'sp15_28', (select count(*) from q where id = 9) = 2;
select 'sp15_29', exists(select 1 from r where id = 10 and row = 'indirect|China had too much short-term debt||A Western banker|said'); -- model-dependent
select 'sp15_30', exists(select 1 from r where id = 10 and row = 'indirect|loans had doubled|Zhang Wei|Zhang Wei|said'); -- model-dependent
select 'sp15_31', exists(select 1 from r where id = 10 and row = 'indirect|the excess was a result of inexperience||The Western banker|said'); -- model-dependent
select 'sp15_32', exists(select 1 from r where id = 10 and row = 'indirect|he had suggested a debt swap|William Mulholland|The Canadian banker|said'); -- model-dependent
select 'sp15_33', (select count(*) from q where id = 10) = 4;
select 'sp15_34', exists(select 1 from r where id = 11 and row = 'direct|It will be a lower crop,|Gail Martell|Gail Martell|said'); -- model-dependent
select 'sp15_35', exists(select 1 from r where id = 11 and row = 'direct|We will appeal,||a lawyer for Ana Ferri|said'); -- model-dependent
select 'sp15_36', (select count(*) from q where id = 11) = 2;
