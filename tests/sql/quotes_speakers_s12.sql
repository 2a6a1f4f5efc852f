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
