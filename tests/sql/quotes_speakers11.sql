-- quotes_speakers11.sql: who news_quotes() says spoke (branch speakers11): a company written
-- in full and short, an unnamed speaker's "she said", a long apposition before the cue, a
-- member's letters ("MP") and other roles, a verb in -s between two names, a noun for a
-- player or a manager after a place. Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
-- "the company": the short and the full form of one company count as one, so it leads
-- the rival named as often as either form
insert into d values (1,
 'Harbour Freight Lines cuts routes' || char(10) || '' || char(10) || 'The shipping group Harbour Freight Lines Ltd will stop sailing to three ports in the Baltic from January, blaming weak demand and higher insurance costs.' || char(10) || '' || char(10) || 'Port officials in Riga said they had not been consulted. Harbour Freight has sailed to Riga since 1994, and Baltic Carriers and Nordline have also cut sailings this year.' || char(10) || '' || char(10) || 'Baltic Carriers said in October that it would review its routes.' || char(10) || '' || char(10) || 'Analysts expect more cuts. Demand on the routes has fallen by a third since 2022, according to figures compiled by the Harbour Freight Lines Ltd board.' || char(10) || '' || char(10) || 'The company said the decision would not affect its North Sea services.');
-- ... but a deal's target named in two spellings does not outweigh the buyer that opened
-- the story
insert into d values (2,
 'LONDON, Nov 26 - Tarn Holdings said on Wednesday it had bought 12% of Corvid Mobility Ltd and would seek a seat on its board, two weeks after Corvid warned on profits.' || char(10) || '' || char(10) || 'The company said it saw "real value" in the scooter firm.');
-- "One resident, who asked not to be named, said ...": someone new, whom "she said" goes on
-- with, not the woman named before
insert into d values (3,
 'Councillor Janet Moore said the council''s response to the flood had been "too slow". She said she would raise the matter at next week''s meeting.' || char(10) || '' || char(10) || 'One resident, who asked not to be named, said the water reached her kitchen within ten minutes. "I lost everything. Photos of my children, my mother''s wedding ring," she said.');
-- a name opening its sentence before an apposition longer than the subject search reads
-- (24 tokens); "said X's record “…”" is the report's subject, not the speaker
insert into d values (4,
 'Rhys Calder, the former British number one who reached the US Open final in 2015 and now works as a commentator for a streaming service, said: "We have never had this much depth."' || char(10) || '' || char(10) || 'Rhys Calder, the former British number one who reached the US Open final in 2015 and now works as a commentator for a streaming service, said Tom Pryce''s record "will never be matched".' || char(10) || '' || char(10) || 'Marco Bellandi, who beat Calder in a semi-final, said Calder "never gave you a free point".');
-- "MP" is a role before a name and a member's letters after one; "the MP" is the one the
-- text called so
insert into d values (5,
 'Labour MP Owen Tranter criticised Energy Secretary Neil Harcourt over the pace of the grid upgrade. He said families could not wait "another decade".' || char(10) || '' || char(10) || 'In the Commons, Tory frontbencher Alan Pryce MP demanded a statement on how the plans had been "leaked to the papers".' || char(10) || '' || char(10) || 'Dana Whitlock, the Salford MP, has led the campaign for a new bridge. "We have waited long enough," the MP told the BBC.');
-- "Kessler believes Adeyemi ...": a verb in -s between two names leaves the first the
-- subject ("he said" is Kessler's), not a role before the second
insert into d values (6,
 'Kessler urges ban for Adeyemi' || char(10) || '' || char(10) || 'Harbour City manager Tomas Kessler has called on the league to ban Westford''s Kofi Adeyemi for an elbow on his captain.' || char(10) || '' || char(10) || 'Kessler believes Adeyemi deliberately caught Mills on the head during Saturday''s draw. "We will send the footage to the league and see what they do," he said.');
-- "the nurse", "the presenter": the person the text gave that role
insert into d values (7,
 'Nurse Colette Brannigan has worked at Glasgow Royal Infirmary for 22 years. "We are running on empty," the nurse said.' || char(10) || '' || char(10) || 'Green MSP Ross Fairlie spoke at the rally outside Holyrood. "Scotland is ready," the MSP said.' || char(10) || '' || char(10) || 'TV presenter Ana Lowry is to leave the Saturday show after six years. "I have had a wonderful time," the presenter said.');
-- "said the Kenton boss", "said the Rovers player": a place or a club before a noun for a
-- manager or a player only describes them (no place speaks)
insert into d values (8,
 'Kenton Rovers manager Gary Holt praised his side''s resolve after the 1-0 win. "That was our hardest away game of the season," said the Kenton boss.' || char(10) || '' || char(10) || 'Midfielder Tom Ashby scored the winner. "I just hit it and hoped," said the Rovers player.');
-- a mouthpiece that speaks for a name goes on with it ("A KLM spokesman said ... he said"),
-- while no person is named after its words; "they" goes on with "a spokesperson"
insert into d values (9,
 'Dutch airline KLM cancelled 200 flights on Saturday as the storm hit. A KLM spokesman said passengers would be rebooked free of charge. "We apologise to everyone whose plans have been disrupted," he said.' || char(10) || '' || char(10) || 'A Department for Transport spokeswoman said the rail network would run a reduced timetable. "Safety comes first," she said.' || char(10) || '' || char(10) || 'A council spokesperson said crews had cleared 40 fallen trees. "We will be out all night," they said.');
insert into d values (10,
 'A Reform UK spokesman said: "Harold has strong views and sometimes uses colourful language." The documentary showed tensions between MEP Harold Finch and his colleagues. "I never wanted to be leader," he said.');
-- the subject of the sentence right before "he said", after the current speaker's words
-- and set off by an apposition with an owner ("his deputy"), is who the story turned to;
-- a pronoun with a rival close behind scores lower than one without, and both lower
-- than a name next to its cue; an owner with a bare apostrophe ("Matt Jenkins' side") is
-- no subject
insert into d values (11,
 'Tom Hale said the talks had gone well. Mark Reid, his deputy, was less sure. "We agreed on nothing," he said.');
insert into d values (12,
 '"The plan is ready," Anna Price said. "We start on Monday," she said.');
insert into d values (13,
 'Rovers manager Gary Holt said: "We were brave." Ashby had the better chances. Matt Jenkins'' side pressed late, but Holt insisted the result was fair. "We deserved the points," he said.');
-- someone's mouthpiece speaks for its owner, never for whoever the text called spokesman
-- ("Kremlin spokesman Dmitry Peskov"), before the cue or after it
insert into d values (14,
 'Kremlin spokesman Dmitry Peskov said Moscow was "open to dialogue". "There is no deal yet," said Keir Starmer''s spokesman. "The decision stands," the prime minister''s official spokesman told reporters.' || char(10) || '' || char(10) || 'Kremlin spokesman Dmitry Peskov said Moscow was open to talks. Starmer''s spokesman said the prime minister had "full confidence" in the chancellor.');
-- "Thune, asked whether ..., said": the participle of being asked describes the speaker
insert into d values (15,
 'Senate Majority Leader John Thune said the vote showed the Senate could still do its job. Thune, asked whether another shutdown fight loomed in March, said: "I hope not."');
-- "the group": the organisation the story called a group, else the subject of the
-- sentence before
insert into d values (16,
 'The Dales Hunt Alliance lost its latest legal bid to block the ban on Wednesday. But the group says hunting will continue in some form.' || char(10) || '' || char(10) || 'Irish publishing group Harland Media is buying a 26% stake in Indian newspaper company Patrika. Patrika publishes the top-selling Hindi daily in Rajasthan. News of the deal came as the group announced that its results would meet forecasts.');
-- the EU is no company the story is about, though it opens the headline
insert into d values (18,
 'EU fines Brightwave Media 90 million euros over ads aimed at children' || char(10) || '' || char(10) || 'BRUSSELS, Nov 24 (Reuters) - EU regulators fined Brightwave Media Inc 90 million euros on Monday over advertising aimed at children.' || char(10) || '' || char(10) || 'Brightwave said it would appeal. The company said the adverts had been withdrawn in March.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;

select 'qsp11_01', exists(select 1 from r where id = 1 and row = 'indirect|the decision would not affect its North Sea services|Harbour Freight Lines Ltd|The company|said'); -- model-dependent
select 'qsp11_02', exists(select 1 from r where id = 2 and row = 'partial|real value|Tarn Holdings|The company|said'); -- model-dependent
select 'qsp11_03', exists(select 1 from r where id = 3 and row = 'indirect|the water reached her kitchen within ten minutes||One resident|said');
select 'qsp11_04', exists(select 1 from r where id = 3 and row = 'direct|I lost everything. Photos of my children, my mother''s wedding ring,||she|said');
select 'qsp11_05', exists(select 1 from r where id = 4 and row = 'direct|We have never had this much depth.|Rhys Calder|Rhys Calder|said');
select 'qsp11_06', exists(select 1 from r where id = 4 and row = 'partial|will never be matched|Rhys Calder|Rhys Calder|said');
select 'qsp11_07', exists(select 1 from r where id = 4 and row = 'partial|never gave you a free point|Marco Bellandi|Marco Bellandi|said');
select 'qsp11_08', exists(select 1 from r where id = 5 and row = 'partial|another decade|Owen Tranter|He|said'); -- model-dependent
select 'qsp11_09', exists(select 1 from r where id = 5 and row = 'partial|leaked to the papers|Alan Pryce|Alan Pryce|demanded'); -- model-dependent
select 'qsp11_10', exists(select 1 from r where id = 5 and row = 'direct|We have waited long enough,|Dana Whitlock|the MP|told'); -- model-dependent
select 'qsp11_11', exists(select 1 from r where id = 6 and row = 'direct|We will send the footage to the league and see what they do,|Tomas Kessler|he|said'); -- model-dependent
select 'qsp11_12', exists(select 1 from r where id = 7 and row = 'direct|We are running on empty,|Colette Brannigan|the nurse|said'); -- model-dependent
select 'qsp11_13', exists(select 1 from r where id = 7 and row = 'direct|I have had a wonderful time,|Ana Lowry|the presenter|said'); -- model-dependent
select 'qsp11_14', exists(select 1 from r where id = 8 and row = 'direct|That was our hardest away game of the season,||the Kenton boss|said'); -- model-dependent
select 'qsp11_15', exists(select 1 from r where id = 8 and row = 'direct|I just hit it and hoped,|Tom Ashby|the Rovers player|said'); -- model-dependent
select 'qsp11_16', exists(select 1 from r where id = 9 and row = 'direct|We apologise to everyone whose plans have been disrupted,|KLM|he|said'); -- model-dependent
select 'qsp11_17', exists(select 1 from r where id = 9 and row = 'direct|Safety comes first,|Department for Transport|she|said'); -- model-dependent
select 'qsp11_18', exists(select 1 from r where id = 9 and row = 'direct|We will be out all night,||they|said');
select 'qsp11_19', exists(select 1 from r where id = 10 and row = 'direct|I never wanted to be leader,|Harold Finch|he|said'); -- model-dependent
select 'qsp11_20', exists(select 1 from r where id = 11 and row = 'direct|We agreed on nothing,|Mark Reid|he|said'); -- model-dependent
select 'qsp11_21', (select score from q where id = 12 and speaker_mention = 'Anna Price') > (select score from q where id = 12 and speaker_mention = 'she');
select 'qsp11_22', (select score from q where id = 12 and speaker_mention = 'she') > (select score from q where id = 11 and speaker_mention = 'he'); -- model-dependent
select 'qsp11_23', exists(select 1 from q where id = 13 and speaker_mention = 'he' and speaker = 'Gary Holt' and round(score, 2) = 0.85); -- model-dependent
select 'qsp11_24', exists(select 1 from r where id = 14 and row = 'direct|There is no deal yet,|Keir Starmer|Keir Starmer''s spokesman|said'); -- model-dependent
select 'qsp11_25', exists(select 1 from r where id = 14 and row = 'partial|full confidence|Keir Starmer|Starmer''s spokesman|said'); -- model-dependent
select 'qsp11_26', not exists(select 1 from q where id = 14 and speaker = 'Dmitry Peskov' and speaker_mention like '%spokesman');
select 'qsp11_27', exists(select 1 from r where id = 15 and row = 'direct|I hope not.|John Thune|Thune|said'); -- model-dependent
select 'qsp11_28', exists(select 1 from r where id = 16 and row = 'indirect|hunting will continue in some form|Dales Hunt Alliance|the group|says'); -- model-dependent
select 'qsp11_29', exists(select 1 from r where id = 16 and row = 'indirect|that its results would meet forecasts|Harland Media|the group|announced'); -- model-dependent
-- (s26: "Brightwave" alone is the company, no longer a person, and the spelling the story
-- names most, as a subject: "the company" goes by it, as the row before does)
select 'qsp11_30', exists(select 1 from r where id = 18 and row = 'indirect|the adverts had been withdrawn in March|Brightwave|The company|said'); -- model-dependent
