-- quotes_quotes15.sql: quotation spans, kinds and cues of branch quotes15, on news of today.
-- Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, n.kind || '|' || n.quote || '|' || ifnull(n.speaker, '-') || '|' ||
 ifnull(n.speaker_mention, '-') || '|' || ifnull(n.cue, '-') as row
 from d, news_quotes(d.body) as n;
-- a deed's noun right after a cue other than say or tell is its object, not a report's
-- subject, whatever verbs the phrase after it holds ("a statement posted online"); an
-- auxiliary after the noun, before any clause of time, makes it a clause all the same
insert into d values (1, 'Tom Lake conceded defeat in a Facebook post last week.');
insert into d values (2, 'Ana Ferri conceded defeat in a televised address hours before the results were read out.');
insert into d values (3, 'The company denied any wrongdoing in a statement issued on Friday.');
insert into d values (4, 'Ana Ferri announced her retirement in a video posted on Instagram.');
insert into d values (5, 'Tom Lake admitted victory against Harwick Town was vital for the club.');
insert into d values (6, 'Tom Lake conceded the vote was close but said the board could not wait.');
select 'q15_1', (select count(*) from r where id = 1) = 0;
select 'q15_2', (select count(*) from r where id = 2) = 0;
select 'q15_3', (select count(*) from r where id = 3) = 0;
select 'q15_4', (select count(*) from r where id = 4) = 0;
select 'q15_5', (select group_concat(row, ';') from r where id = 5)
  = 'indirect|victory against Harwick Town was vital for the club|Tom Lake|Tom Lake|admitted';
select 'q15_6', (select group_concat(row, ';') from r where id = 6)
  = 'indirect|the vote was close|Tom Lake|Tom Lake|conceded;indirect|the board could not wait|Tom Lake|Tom Lake|said';
-- a promise with a phrase of time before its "to" ("vowed on Sunday to"); not a plural
-- after "to", which is whom it was made to
insert into d values (7, 'Ana Ferri vowed on Sunday to fight on until the ferry service was restored.');
insert into d values (8, 'The mayor pledged again last week to cut bus fares.');
insert into d values (9, 'Tom Lake promised on Friday to voters that fares would fall.');
select 'q15_7', (select group_concat(row, ';') from r where id = 7)
  = 'indirect|to fight on until the ferry service was restored|Ana Ferri|Ana Ferri|vowed';
select 'q15_8', (select group_concat(row, ';') from r where id = 8)
  = 'indirect|to cut bus fares|-|The mayor|pledged';
select 'q15_9', (select group_concat(row, ';') from r where id = 9)
  = 'indirect|that fares would fall|Tom Lake|Tom Lake|promised';
insert into d values (10, 'Ever since Ana Ferri announced her candidacy last year, she has said the same thing.');
select 'q15_10', (select count(*) from d, news_quotes(d.body) as n where d.id = 10 and n.cue = 'announced') = 0;
-- a bare noun cue with a verb right after it, an article before it, heads the subject: no
-- report ("the jobs report was released"); "The exit polls report that" is still one
insert into d values (11, 'Markets rallied after the jobs report was released on Friday.');
insert into d values (12, 'A sales report published on Monday showed a drop in orders.');
insert into d values (13, 'The exit polls report that turnout was high.');
select 'q15_11', (select count(*) from r where id = 11) = 0;
select 'q15_12', (select count(*) from r where id = 12) = 0;
select 'q15_13', (select group_concat(row, ';') from r where id = 13)
  = 'indirect|that turnout was high|-|The exit polls|report';
-- a place or a nationality before a body's nouns and its name describes the body: the name
-- speaks ("a report by US research firm Gartner"), not a verb's subject after the place
insert into d values (14, 'A quarter of users upload videos, according to a report by US research firm Gartner.');
insert into d values (15, 'Sales fell sharply, according to the French news agency AFP.');
select 'q15_14', (select group_concat(row, ';') from r where id = 14)
  = 'indirect|A quarter of users upload videos|Gartner|Gartner|according to';
select 'q15_15', (select group_concat(row, ';') from r where id = 15)
  = 'indirect|Sales fell sharply|AFP|AFP|according to';
-- a headline that opens with its quotation signs it after the colon with the words before
-- the verb: a description in lower case ("patients"), a place with a plural ("Kent
-- residents"), not a name after the verb ("A&E", "Thames Water")
insert into d values (16, '''I was told to wait outside'': patients describe A&E corridors' || char(10) || char(10) || 'Patients have described waiting for hours.');
insert into d values (17, '''We have been forgotten'': villagers say Thames Water has ignored them' || char(10) || char(10) || 'The village has had no water for a week.');
insert into d values (18, '''It was terrifying'': Kent residents describe night of floods' || char(10) || char(10) || 'The river rose overnight.');
select 'q15_16', (select group_concat(row, ';') from r where id = 16)
  = 'direct|I was told to wait outside|-|patients|-';
select 'q15_17', (select group_concat(row, ';') from r where id = 17)
  = 'direct|We have been forgotten|-|villagers|-;indirect|Thames Water has ignored them|-|villagers|say';
select 'q15_18', (select group_concat(row, ';') from r where id = 18)
  = 'direct|It was terrifying|-|Kent residents|-';
-- a present "says" after "and" and the subject's first verb has that subject, for a
-- fragment too; not a name after a verb of its own ("believes Tom Lake is ...")
insert into d values (19, 'Harbour Mills rejected the offer and says the strike will go ahead "as planned".');
insert into d values (20, 'Ana Ferri finished the app last year and says it "totally sucked".');
select 'q15_19', (select group_concat(row, ';') from r where id = 19)
  = 'partial|as planned|Harbour Mills|Harbour Mills|says';
select 'q15_20', (select group_concat(row, ';') from r where id = 20)
  = 'partial|totally sucked|Ana Ferri|Ana Ferri|says';
-- a report before "and" or "but" and a second cue whose words are a fragment keeps its
-- row, the fragment being the second cue's ("said it would comply but described the law
-- as “rushed”", "has denied targeting civilians and says ...")
insert into d values (21, 'Harbour Mills said it would comply but described the law as "rushed".');
insert into d values (22, 'Harbour Mills has denied cutting corners and says it has opened "safe corridors" for visitors.');
select 'q15_21', (select group_concat(row, ';') from r where id = 21)
  = 'indirect|it would comply|Harbour Mills|Harbour Mills|said;partial|rushed|Harbour Mills|Harbour Mills|described';
select 'q15_22', (select group_concat(row, ';') from r where id = 22)
  = 'indirect|cutting corners|Harbour Mills|Harbour Mills|denied;partial|safe corridors|Harbour Mills|Harbour Mills|says';
-- "what unions called “untenable” working conditions": a description after "what" calls
-- the words its own, as a pronoun or a name does; "what" never opens a description
insert into d values (23, 'Staff went on strike over what unions called "untenable" working conditions.');
insert into d values (24, 'He bowed briefly, in what Palestinian officials said was a gesture agreed at the last minute.');
select 'q15_23', (select group_concat(row, ';') from r where id = 23)
  = 'partial|untenable|-|unions|called';
select 'q15_24', (select group_concat(row, ';') from r where id = 24)
  = 'indirect|was a gesture agreed at the last minute|-|Palestinian officials|said';
-- ", which he denies.", ", charges he denies.": a relative clause, or an object before a
-- pronoun, names what is denied; the clause before the comma is the writer's (not ", that
-- official said", a determiner)
insert into d values (25, 'Tom Lake was charged last month with a terrorism offence, which he denies.');
insert into d values (26, 'Tom Lake faces three counts of assault, charges he denies.');
insert into d values (27, 'Retaliation is an unlikely step, that official said.');
select 'q15_25', (select count(*) from r where id = 25) = 0;
select 'q15_26', (select count(*) from r where id = 26) = 0;
select 'q15_27', (select group_concat(row, ';') from r where id = 27)
  = 'indirect|Retaliation is an unlikely step|-|official|said';
-- "Four members of the Monetary Policy Committee said": some of its members speak, as
-- "Observers from the European Union" do, not the body
insert into d values (28, 'Four members of the Monetary Policy Committee said price pressures remained stubborn.');
select 'q15_28', (select group_concat(row, ';') from r where id = 28)
  = 'indirect|price pressures remained stubborn|-|Four members of the Monetary Policy Committee|said';
