-- quotes_speakers_s12.sql: who news_quotes() says spoke (branch speakers12): a role after an
-- honorific ("chief executive Prof Phil Wood", "Cllr"), "the union" for the body the text
-- named with that noun, a player's position as an epithet ("the all-rounder"), and "she
-- said" after a sentence that brings in someone unnamed, who is not the last named woman.
-- Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
-- a role before an honorific and a name: "the chief executive" is Phil Wood; "Cllr" is a
-- title, not part of the name
insert into d values (1,
 'Hospital trust defends plans' || char(10) || '' || char(10) || 'Trust chief executive Prof Phil Wood said patients would be kept safe. The chief executive said the trust had plans in place.' || char(10) || '' || char(10) || 'Cabinet member Cllr Jo Hay said the library would close. The cabinet member said it was final.');
-- "the union" after "the RCN union"; "the party" after "the Reform UK party"; not "the
-- group" after a headline's "SOROS GROUP" (the story's own case is lower)
insert into d values (2,
 'Nurses at two Leeds hospitals walked out on Tuesday, the RCN union said.' || char(10) || '' || char(10) || 'The union said more than 600 members had joined the picket lines.' || char(10) || '' || char(10) || 'The Reform UK party said it would stand everywhere. Later the party said it had 200 candidates.');
insert into d values (3,
 'SOROS GROUP HAS GOODRICH STAKE' || char(10) || 'WASHINGTON, March 17 - An investor group led by New York investor George Soros said it acquired a 6.1 pct stake in B.F. Goodrich Co.' || char(10) || 'The group said it paid about 69 mln dlrs for the shares.');
-- "the all-rounder": the player the story follows, as "the 34-year-old" is
insert into d values (4,
 'Stokes hails comeback' || char(10) || '' || char(10) || 'Ben Stokes scored a century as England beat India at Lord''s on Sunday.' || char(10) || '' || char(10) || '"It was one of those days," the all-rounder said.');
-- someone unnamed brought in by the sentence before: "she" is no one named, not the
-- minister; nor is "he" after "One analyst speculated ..."; a named woman in that sentence
-- still speaks
insert into d values (5,
 'Measles' || char(10) || '' || char(10) || 'Health Minister Ana Popescu said vaccination rates had fallen. "We are paying for years of lies," she told reporters.' || char(10) || '' || char(10) || 'A paediatrician in Bucharest, who asked not to be named, described wards overflowing with sick children. "We have children sleeping two to a bed," she said.' || char(10) || '' || char(10) || 'A mother of three, Elena Radu, was waiting outside the hospital. "I am terrified," she said.');
insert into d values (6,
 'Deal' || char(10) || '' || char(10) || '"It is great," said Richard Henderson.' || char(10) || '' || char(10) || 'One analyst speculated an offer would be forthcoming shortly.' || char(10) || '' || char(10) || '"I think we are finally down to the final paragraph," he said.');
-- the name quotes.c took is only a modifier of the subject: someone close to it, or a
-- group it is one of, speaks (unnamed); a mouthpiece still speaks for the name
insert into d values (7,
 'Shop worker killed' || char(10) || '' || char(10) || 'Det Ch Insp Sarah Booth said the inquiry had been "harrowing".' || char(10) || '' || char(10) || 'A neighbour of the Shahs said the community was still in shock. "She was the heart of this street," she said.' || char(10) || '' || char(10) || 'A close colleague at Tesco told reporters she was popular. A spokesman for Tesco said the company was saddened.');
insert into d values (8,
 'Café owners in Zürich protest' || char(10) || '' || char(10) || 'Some investors, including SoftBank, which led a previous round, said the valuation was too low. Several residents, among them Joe Bloggs, who has lived there for 40 years, said they were angry.');
-- one role under another name: "CEO" and "the chief executive", "Rep." and "the
-- lawmaker", "manager" and "the boss"; not "the Everton manager" for a head coach named after
insert into d values (9,
 'Nvidia CEO Jensen Huang spoke on Monday. Critics said the plan was flawed.' || char(10) || '' || char(10) || '"We will see it through," the chief executive said.' || char(10) || '' || char(10) || 'Rep. Jim Jordan, R-Ohio, spoke later. "It is a disgrace," the lawmaker said.');
insert into d values (10,
 'David Moyes said Everton''s players had been "magnificent".' || char(10) || '' || char(10) || 'Asked about his future, the Everton manager said: "I don''t think about that."' || char(10) || '' || char(10) || 'Liverpool head coach Arne Slot admitted his side had not coped. "We lost too many duels," he said.');
-- a noun inside the modifier of an unnamed subject is no speaker: the subject is; not
-- after a comma (", police said") nor past a report of another's ("noted that ... said")
insert into d values (11,
 'Sudan' || char(10) || '' || char(10) || 'A resident who asked not to be named for fear of reprisals told Al Jazeera that food prices had tripled.' || char(10) || '' || char(10) || 'An elderly woman in the queue said she had waited six hours. One dealer with a German bank said rates would fall.' || char(10) || '' || char(10) || 'A man in Leeds was arrested on Monday, police said. An analyst at USDA noted that an article in Izvestia said the harvest would be "very large".');
-- the body such an unnamed subject was of stays the speaker a bare mouthpiece goes on with
insert into d values (12,
 'SEOUL, March 9 - An official of the Korea Traders Association said the won was too strong. "We are determined to keep our good record," the spokesman said.');
-- ... and in the plural the whole subject is the mention: "Analysts at Bernstein" speak for
-- the firm, as our sets have it; "Officials in Ecuador" for no place; "Lawyers for Ivey"
insert into d values (13,
 'Analysts at Bernstein said the deal was risky. Two analysts at Jefferies said the stock was cheap. Lawyers for Ivey said the charges were false. Officials in Ecuador said prices would rise.');
-- "the Briton", "the American": a demonym the entity step typed MISC is an epithet of the
-- person the story follows, not a speaker; "the Tories" and "according to the Philippine
-- central bank" are no such epithets
insert into d values (14,
 'Murray through' || char(10) || '' || char(10) || 'Andy Murray beat Novak Djokovic 6-4 6-4 on Sunday to win the title.' || char(10) || '' || char(10) || '"It was a special day," the Briton said.' || char(10) || '' || char(10) || 'The Tories say the plan is flawed.');
-- ... and, as for "he", the subject of the sentence right before beats the speaker quoted
-- just before ("Roddick was left frustrated. “…,” said the American.")
insert into d values (15,
 'US coach Patrick McEnroe wants his team to play more on clay. "We can put the work in," said McEnroe. Andy Roddick was left frustrated after losing both his singles. "It is just tough," said the American.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;

select 'qs12_01', exists(select 1 from r where id = 1 and row = 'indirect|the trust had plans in place|Phil Wood|The chief executive|said'); -- model-dependent
select 'qs12_02', exists(select 1 from r where id = 1 and row = 'indirect|the library would close|Jo Hay|Jo Hay|said'); -- model-dependent
select 'qs12_03', exists(select 1 from r where id = 1 and row = 'indirect|it was final|Jo Hay|The cabinet member|said'); -- model-dependent
select 'qs12_04', exists(select 1 from r where id = 2 and row = 'indirect|more than 600 members had joined the picket lines|RCN|The union|said'); -- model-dependent
select 'qs12_05', exists(select 1 from r where id = 2 and row = 'indirect|it had 200 candidates|Reform UK|the party|said'); -- model-dependent
select 'qs12_06', not exists(select 1 from q where id = 3 and speaker_mention = 'The group' and speaker is not null);
select 'qs12_07', exists(select 1 from r where id = 4 and row = 'direct|It was one of those days,|Ben Stokes|the all-rounder|said'); -- model-dependent
select 'qs12_08', exists(select 1 from r where id = 5 and row = 'direct|We are paying for years of lies,|Ana Popescu|she|told'); -- model-dependent
select 'qs12_09', exists(select 1 from r where id = 5 and row = 'direct|We have children sleeping two to a bed,||she|said');
select 'qs12_10', exists(select 1 from r where id = 5 and row = 'direct|I am terrified,|Elena Radu|she|said'); -- model-dependent
select 'qs12_11', exists(select 1 from r where id = 6 and row = 'direct|I think we are finally down to the final paragraph,||he|said');
select 'qs12_12', exists(select 1 from r where id = 7 and row = 'indirect|the community was still in shock||A neighbour of the Shahs|said'); -- model-dependent
select 'qs12_13', exists(select 1 from r where id = 7 and row = 'direct|She was the heart of this street,||she|said'); -- model-dependent
select 'qs12_14', exists(select 1 from r where id = 7 and row = 'indirect|she was popular||A close colleague at Tesco|told'); -- model-dependent
select 'qs12_15', exists(select 1 from r where id = 7 and row = 'indirect|the company was saddened|Tesco|Tesco|said'); -- model-dependent
select 'qs12_16', exists(select 1 from r where id = 8 and row = 'indirect|the valuation was too low||Some investors|said'); -- model-dependent
select 'qs12_17', exists(select 1 from r where id = 8 and row = 'indirect|they were angry||Several residents|said'); -- model-dependent
-- the mention is where the row says it is (characters, after non-ASCII letters)
select 'qs12_18', (select count(*) from q join d using (id) where id in (7, 8) and speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention) = 0;
select 'qs12_19', exists(select 1 from r where id = 9 and row = 'direct|We will see it through,|Jensen Huang|the chief executive|said'); -- model-dependent
select 'qs12_20', exists(select 1 from r where id = 9 and row = 'direct|It is a disgrace,|Jim Jordan|the lawmaker|said'); -- model-dependent
select 'qs12_21', not exists(select 1 from q where id = 10 and speaker_mention = 'the Everton manager' and speaker = 'Arne Slot');
select 'qs12_22', exists(select 1 from r where id = 11 and row = 'indirect|that food prices had tripled||A resident|told'); -- model-dependent
select 'qs12_23', exists(select 1 from r where id = 11 and row = 'indirect|she had waited six hours||An elderly woman in the queue|said'); -- model-dependent
select 'qs12_24', exists(select 1 from r where id = 11 and row = 'indirect|rates would fall||One dealer with a German bank|said'); -- model-dependent
select 'qs12_25', exists(select 1 from q where id = 11 and speaker_mention = 'police' and quote like 'A man in Leeds%');
select 'qs12_26', not exists(select 1 from q where id = 11 and speaker_mention = 'An analyst' and quote = 'very large');
select 'qs12_27', (select count(*) from q join d using (id) where id = 11 and speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention) = 0;
select 'qs12_28', exists(select 1 from r where id = 12 and row = 'indirect|the won was too strong||An official of the Korea Traders Association|said'); -- model-dependent
select 'qs12_29', exists(select 1 from r where id = 12 and row = 'direct|We are determined to keep our good record,|Korea Traders Association|the spokesman|said'); -- model-dependent
select 'qs12_30', exists(select 1 from r where id = 13 and row = 'indirect|the deal was risky|Bernstein|Analysts at Bernstein|said'); -- model-dependent
select 'qs12_31', exists(select 1 from r where id = 13 and row = 'indirect|the stock was cheap|Jefferies|Two analysts at Jefferies|said'); -- model-dependent
-- the models before model43 read "Lawyers for Ivey" as an ORG (a miss); lawyers for a
-- person, unnamed, speak for themselves
select 'qs12_32', exists(select 1 from r where id = 13 and row = 'indirect|the charges were false||Lawyers for Ivey|said'); -- model-dependent
select 'qs12_33', exists(select 1 from r where id = 13 and row = 'indirect|prices would rise||Officials in Ecuador|said'); -- model-dependent
select 'qs12_34', exists(select 1 from r where id = 14 and row = 'direct|It was a special day,|Andy Murray|the Briton|said'); -- model-dependent
select 'qs12_35', not exists(select 1 from q where id = 14 and quote = 'the plan is flawed' and speaker = 'Andy Murray');
select 'qs12_36', (select count(*) from q join d using (id) where id = 14 and speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention) = 0;
select 'qs12_37', exists(select 1 from r where id = 15 and row = 'direct|It is just tough,|Andy Roddick|the American|said'); -- model-dependent
