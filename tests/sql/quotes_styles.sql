-- quotes_styles.sql: news_quotes() rows, exactly, for house styles of today that the quote
-- step reads (ext/quotes.c): British single marks for partial quotations and for quotations
-- over paragraphs, ages in apposition, nicknames and labels in marks, titles of works inside
-- attributions and reported clauses. Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'The shadow chancellor, Priya Natarajan, said the budget was ''a missed chance''. She added that the Treasury was ''looking closely'' at business rates.');
insert into d values (2,
 'Council leader Gareth Pryce said:' || char(10) ||
 '''I have lived here all my life. People have lost their homes.' || char(10) ||
 '''We asked for help in January. Nobody came.' || char(10) ||
 '''I will not pretend that is acceptable.''' || char(10) ||
 'The council will meet on Monday.');
insert into d values (3,
 'Margaret Hollis, 78, whose bungalow was flooded, said: "I just want to go home."' || char(10) ||
 'Tom Baker, 45, a retired teacher from Leeds, said: "It was awful."');
insert into d values (4,
 'Guitarist Brian "Head" Welch told a radio station he had quit the band.' || char(10) ||
 'In a statement, detainee ''A'' said: "I hope to go home."');
insert into d values (5,
 'The trade minister, Emma Riordan, told the BBC’s ‘Today’ programme: ‘I’ve read the memo. I don’t recognise it.’' || char(10) ||
 'The crime drama "The Quiet Coast" has been renewed for a third series, the streaming service Lumen announced on Friday.' || char(10) ||
 'Ana Ferri said the port was trying to allay fears over a "Harbour Las Vegas".');
insert into d values (6,
 'A Number 10 source said: ''The talks are continuing.''' || char(10) ||
 'Charity director Robert Tapsfield criticised the system. "There is no logic to it."' || char(10) ||
 '"The data should not distract us," a Harbour Economics statement said.');
insert into d values (7,
 'SkyBridge Airways has apologised to passengers. "We are deeply sorry," the airline said in a statement.');
insert into d values (8,
 'Sen. Ana Ferri, D-N.M., said the port was safe.' || char(10) ||
 'Tom Lake, who said the cranes were old, voted against the plan.');
insert into d values (9,
 'Chancellor: ''We will not back down''' || char(10) || char(10) ||
 'The chancellor, Rachel Whitcombe, spoke in Leeds on Monday.' || char(10) ||
 'The shadow chancellor, Priya Natarajan, spoke in York.');
insert into d values (10,
 'Actor Tom Lake criticised the broadcaster for being "too safe and too cheap".' || char(10) ||
 'The Harbour Journal labelled the plan a "dispiriting vanity project".' || char(10) ||
 'Mayor Ana Ferri has been criticised for her "wholly careless" handling of the port.' || char(10) ||
 'Ferri was praised by her deputy, Tom Baker, for a "steady hand".');
insert into d values (11,
 'Priya Natarajan accused the government of ''running out of road''.' || char(10) ||
 'Envoy Katrin Lindqvist warned of a "long winter" in the talks.' || char(10) ||
 'Labour accused of ''EU propaganda''' || char(10) ||
 'A union that has tried to organise dock workers, the Harbour Workers Alliance, said the raise proved that pressure worked.');
insert into d values (12,
 '''Nobody reads the small print'': Helen Marsh on bank fees' || char(10) || char(10) ||
 'Helen Marsh has spent 20 years taking banks to task.');
insert into d values (13,
 'The Resolution Foundation think tank said the figures should be treated with caution.');
insert into d values (14,
 'Residents near the plant said the smell was unbearable.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;
-- British copy: single marks are its quotation marks, so a fragment someone is said to say
-- is a partial row, as in double marks
select 'qh_01', exists(select 1 from r where id = 1 and row = 'partial|a missed chance|Priya Natarajan|Priya Natarajan|said|62|15');
select 'qh_02', exists(select 1 from r where id = 1 and row = 'partial|looking closely|Priya Natarajan|She|added|113|15');
-- a quotation in single marks over three paragraphs: each paragraph re-opens the mark, only
-- the last closes it; one row per paragraph, all the speaker's
select 'qh_03', exists(select 1 from r where id = 2 and row = 'direct|I have lived here all my life. People have lost their homes.|Gareth Pryce|Gareth Pryce|said|36|60');
select 'qh_04', exists(select 1 from r where id = 2 and row = 'direct|We asked for help in January. Nobody came.|Gareth Pryce|Gareth Pryce|said|98|42');
select 'qh_05', exists(select 1 from r where id = 2 and row = 'direct|I will not pretend that is acceptable.|Gareth Pryce|Gareth Pryce|said|142|38');
-- an age in apposition (and what follows it) stands between the name and the cue
select 'qh_06', exists(select 1 from r where id = 3 and row = 'direct|I just want to go home.|Margaret Hollis|Margaret Hollis|said|57|23');
select 'qh_07', exists(select 1 from r where id = 3 and row = 'direct|It was awful.|Tom Baker|Tom Baker|said|134|13');
-- a title in marks is the writer's words: the cue, the speaker and the reported clause are
-- found through it, and the clause keeps the title's closing mark
select 'qh_08', exists(select 1 from r where id = 5 and row = 'direct|I’ve read the memo. I don’t recognise it.|Emma Riordan|Emma Riordan|told|70|41');
select 'qh_09', exists(select 1 from r where id = 5 and row = 'indirect|The crime drama "The Quiet Coast" has been renewed for a third series|Lumen|Lumen|announced|113|69');
select 'qh_10', exists(select 1 from r where id = 5 and row = 'indirect|the port was trying to allay fears over a "Harbour Las Vegas"|Ana Ferri|Ana Ferri|said|248|61');
select 'qh_11', (select count(*) from q where id = 1) = 2;
select 'qh_12', (select count(*) from q where id = 2) = 3;
-- a nickname between the first name and the surname, a letter standing for a name: no rows
select 'qh_13', not exists(select 1 from q where id = 4 and quote in ('Head', 'A'));
select 'qh_14', exists(select 1 from q where id = 4 and quote = 'I hope to go home.' and kind = 'direct');
-- a name with a number in a description ("a Number 10 source"); a role before the name
-- that opens the sentence setting up a quotation; a statement speaks for its owner
select 'qh_15', exists(select 1 from r where id = 6 and row = 'direct|The talks are continuing.||A Number 10 source|said|27|25');
select 'qh_16', exists(select 1 from r where id = 6 and row = 'direct|There is no logic to it.|Robert Tapsfield|Robert Tapsfield||112|24');
select 'qh_17', exists(select 1 from r where id = 6 and row = 'direct|The data should not distract us,|Harbour Economics|a Harbour Economics statement|said|139|32');
-- "the airline" stands for the airline named just before (ext/speakers.c, org_aliases)
select 'qh_18', exists(select 1 from r where id = 7 and row = 'direct|We are deeply sorry,|SkyBridge Airways|the airline|said|50|20');
-- AP's party and state after a name ("D-N.M.,") is no sentence end; a report inside a
-- relative clause ends at the comma that closes it
select 'qh_19', exists(select 1 from r where id = 8 and row = 'indirect|the port was safe|Ana Ferri|Ana Ferri|said|30|17');
select 'qh_20', exists(select 1 from r where id = 8 and row = 'indirect|the cranes were old|Tom Lake|Tom Lake|said|68|19');
-- a headline's role before a colon speaks: the person the story gives that role first
select 'qh_21', exists(select 1 from r where id = 9 and row = 'direct|We will not back down|Rachel Whitcombe|Chancellor||14|21');
-- British spellings of the cue verbs; in the passive the one criticised or praised is not
-- the speaker: the one after "by" is, or no one
select 'qh_22', exists(select 1 from r where id = 10 and row = 'partial|too safe and too cheap|Tom Lake|Tom Lake|criticised|54|22');
select 'qh_23', exists(select 1 from r where id = 10 and row = 'partial|dispiriting vanity project|Harbour Journal|Harbour Journal|labelled|120|26');
select 'qh_24', not exists(select 1 from q where id = 10 and quote = 'wholly careless' and speaker is not null);
select 'qh_25', exists(select 1 from r where id = 10 and row = 'partial|steady hand|Tom Baker|Tom Baker|praised|284|11');
-- after "accused ... of" and "warned of" the words in marks are the speaker's; a headline's
-- "X accused of" is a passive (X is not the speaker); a name in apposition with "the"
-- after a description speaks
select 'qh_26', exists(select 1 from r where id = 11 and row = 'partial|running out of road|Priya Natarajan|Priya Natarajan|accused|44|19');
select 'qh_27', exists(select 1 from r where id = 11 and row = 'partial|long winter|Katrin Lindqvist|Katrin Lindqvist|warned|102|11');
select 'qh_28', not exists(select 1 from q where id = 11 and quote = 'EU propaganda' and speaker is not null);
select 'qh_29', exists(select 1 from r where id = 11 and row = 'indirect|the raise proved that pressure worked|Harbour Workers Alliance|Harbour Workers Alliance|said|247|37');
-- a headline that opens with a quotation signs it after a colon
select 'qh_30', exists(select 1 from r where id = 12 and row = 'direct|Nobody reads the small print|Helen Marsh|Helen Marsh||2|28');
-- "the X think tank", "the X firm": the body named before the noun for what it is speaks
select 'qh_31', exists(select 1 from r where id = 13 and row = 'indirect|the figures should be treated with caution|Resolution Foundation|The Resolution Foundation think tank|said|43|42');
-- "residents near the plant": people of their own, not the plant
select 'qh_32', exists(select 1 from r where id = 14 and row = 'indirect|the smell was unbearable||Residents near the plant|said|31|24');
