-- quotes_speakers10.sql: who news_quotes() says spoke (branch speakers10): a role with its
-- owner ("Denmark's prime minister") stands for the person the text gave that role with
-- that owner, not the holder of the same role elsewhere. Texts are our own. Each line
-- prints id|1.
create table d(id integer primary key, body text);
-- two prime ministers, each named with the country's name
insert into d values (1,
 'Greenland''s prime minister, Mute Egede, said on Monday that the island was not for sale. Denmark''s prime minister, Mette Frederiksen, said the matter was closed.' || char(10) || char(10) ||
 '"We are not a piece of property," Greenland''s prime minister said.' || char(10) || char(10) ||
 'Denmark’s prime minister said she would travel to Nuuk.');
-- the role with an owner the text gives to no one named: no one
insert into d values (2,
 'Denmark''s prime minister said on Tuesday that the island was not for sale. Greenland''s prime minister, Mute Egede, said his people would decide.');
-- the role named without an owner: the owned description still finds its holder
insert into d values (3,
 'Prime Minister Tony Blair met the Iraqi leader on Monday.' || char(10) || char(10) ||
 'Britain''s prime minister said the talks had gone well.');
-- the owner after the name ("Name, X's role,") and a title with its owner before the name
insert into d values (4,
 'Einar Thorvaldsson, Iceland''s fisheries minister, met Norway''s Fisheries Minister Ingrid Solberg on Thursday.' || char(10) || char(10) ||
 '"We have made our offer," Norway''s fisheries minister said. "Nobody will lecture us," Iceland''s fisheries minister said.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;

select 'qsp10_01', (select count(*) from q where id = 1) = 4;
select 'qsp10_02', exists(select 1 from r where id = 1 and row = 'direct|We are not a piece of property,|Mute Egede|Greenland''s prime minister|said');
-- curly apostrophe as the straight one
select 'qsp10_03', exists(select 1 from r where id = 1 and row = 'indirect|she would travel to Nuuk|Mette Frederiksen|Denmark’s prime minister|said');
select 'qsp10_04', exists(select 1 from r where id = 1 and row = 'indirect|the matter was closed|Mette Frederiksen|Mette Frederiksen|said');
select 'qsp10_05', exists(select 1 from r where id = 2 and row = 'indirect|that the island was not for sale||Denmark''s prime minister|said');
select 'qsp10_06', exists(select 1 from r where id = 2 and row = 'indirect|his people would decide|Mute Egede|Mute Egede|said');
select 'qsp10_07', exists(select 1 from r where id = 3 and row = 'indirect|the talks had gone well|Tony Blair|Britain''s prime minister|said');
select 'qsp10_08', exists(select 1 from r where id = 4 and row = 'direct|We have made our offer,|Ingrid Solberg|Norway''s fisheries minister|said');
select 'qsp10_09', exists(select 1 from r where id = 4 and row = 'direct|Nobody will lecture us,|Einar Thorvaldsson|Iceland''s fisheries minister|said');

-- a plural speaker opening its sentence ("Officials said", "Lawyers for the plaintiffs
-- said") or with "the" ("The lawyers said") is a group: "they" after it goes on with it
-- (speaker NULL), not the company the story is about
insert into d values (5,
 'Apple agreed on Friday to pay $95 million to settle a lawsuit over its Siri assistant. Lawyers for the plaintiffs said the deal was fair. They said each user could get $20.');
insert into d values (6,
 'Apple agreed on Friday to pay $95 million to settle a lawsuit over its Siri assistant.' || char(10) || char(10) ||
 'Officials said the deal was fair. "It is a good result," they said.' || char(10) || char(10) ||
 'The lawyers said the money would be paid in March. They said users would be told by email.');
select 'qsp10_10', exists(select 1 from r where id = 5 and row = 'indirect|each user could get $20||They|said');
select 'qsp10_11', exists(select 1 from r where id = 6 and row = 'direct|It is a good result,||they|said');
select 'qsp10_12', exists(select 1 from r where id = 6 and row = 'indirect|users would be told by email||They|said');
-- the company itself still speaks as "it"
insert into d values (7,
 'Apple agreed on Friday to pay $95 million to settle a lawsuit over its Siri assistant. Analysts said the sum was small. Apple denied any wrongdoing. In a statement, it said Siri data had never been sold.');
select 'qsp10_13', exists(select 1 from r where id = 7 and row = 'indirect|Siri data had never been sold|Apple|it|said');

-- the object of a name's own verb after an apposition's comma is someone else: "Franziska
-- Vogt, accused him" does not make her a man, so "she said" is hers
insert into d values (8,
 'Chancellor Anton Reiter on Tuesday defended his plan to raise defence spending, as the leader of the opposition, Franziska Vogt, accused him of neglecting the railways.' || char(10) || char(10) ||
 '"Germany must be able to defend itself," Reiter told the Bundestag.' || char(10) || char(10) ||
 'Vogt said the government had cut funds for rail. "They are mortgaging our future," she said.');
select 'qsp10_14', exists(select 1 from r where id = 8 and row = 'direct|They are mortgaging our future,|Franziska Vogt|she|said');
select 'qsp10_15', exists(select 1 from r where id = 8 and row = 'direct|Germany must be able to defend itself,|Anton Reiter|Reiter|told');

-- a role with a nationality ("the French president") is not the holder the text gave
-- another country's role ("Ukraine's president, Volodymyr Zelensky,"); "the Ukrainian
-- president" may be
insert into d values (9,
 'President Emmanuel Macron met Ukraine''s president, Volodymyr Zelensky, in Paris on Monday.' || char(10) || char(10) ||
 '"Europe will not abandon Ukraine," the French president said. "We need air defence now," Zelensky said.' || char(10) || char(10) ||
 'The Ukrainian president said Kyiv was ready for talks.');
select 'qsp10_16', exists(select 1 from r where id = 9 and row = 'direct|Europe will not abandon Ukraine,|Emmanuel Macron|the French president|said');
select 'qsp10_17', exists(select 1 from r where id = 9 and row = 'indirect|Kyiv was ready for talks|Volodymyr Zelensky|The Ukrainian president|said');

-- "it" after a body owned by a name ("Macron's office said") goes on with that body, not
-- with a place or organisation named in its report
insert into d values (10,
 'President Emmanuel Macron met Ukraine''s president, Volodymyr Zelensky, in Paris on Monday.' || char(10) || char(10) ||
 'The Ukrainian president said Kyiv was ready for talks.' || char(10) || char(10) ||
 'Macron''s office said the two leaders would meet again in May. It added that France would send more shells.');
select 'qsp10_18', exists(select 1 from r where id = 10 and row = 'indirect|that France would send more shells||It|added');

-- "the group" right after an organisation the text named has spoken is that organisation;
-- not after "it said", nor after a court that ruled (there "the group" is the subject of
-- the sentence before, speakers11)
insert into d values (11,
 'Unison, which represents healthcare assistants, said it would ballot its members next month. The group warned that strikes could follow in the autumn.');
insert into d values (12,
 'The Countryside Alliance lost its appeal on Wednesday when the Appeal Court said the act was lawful. But the group says hunting will continue.');
select 'qsp10_19', exists(select 1 from r where id = 11 and row = 'indirect|that strikes could follow in the autumn|Unison|The group|warned');
select 'qsp10_20', exists(select 1 from r where id = 12 and row = 'indirect|hunting will continue|Countryside Alliance|the group|says'); -- model-dependent

-- a spokesperson named by a body's head noun ("a department spokesperson" after "the
-- Department of Health") speaks for that body
insert into d values (13,
 'The Department of Health said the award was above inflation. "We value the work of nurses," a department spokesperson said.');
select 'qsp10_21', exists(select 1 from r where id = 13 and row = 'direct|We value the work of nurses,|Department of Health|a department spokesperson|said');
insert into d values (14,
 'Reporters Without Borders called the sentence "harsh". "The authorities are trying to make an example of him," the organisation said in a statement.');
select 'qsp10_22', exists(select 1 from r where id = 14 and row = 'direct|The authorities are trying to make an example of him,|Reporters Without Borders|the organisation|said');

-- a party after "the" and a place is an epithet of the story's current speaker, also when
-- the entity step takes "Wisconsin Democrat" as one name; before the cue or after it
insert into d values (15,
 'Senator Tammy Baldwin accused Republicans of holding the country hostage. "They own this shutdown," the Wisconsin Democrat said.');
insert into d values (16,
 'Senator Tammy Baldwin accused Republicans of holding the country hostage. "They own this shutdown," said the Wisconsin Democrat.');
select 'qsp10_23', exists(select 1 from r where id = 15 and row = 'direct|They own this shutdown,|Tammy Baldwin|the Wisconsin Democrat|said');
select 'qsp10_24', exists(select 1 from r where id = 16 and row = 'direct|They own this shutdown,|Tammy Baldwin|the Wisconsin Democrat|said');

-- a party between a body and the role before a name ("Senate Democratic leader Chuck
-- Schumer") leaves the name the sentence's subject, whom a later epithet names
insert into d values (17,
 'Senate Democratic leader Chuck Schumer accused Republicans of holding the country hostage. "They own this shutdown," the New York Democrat said.');
select 'qsp10_25', exists(select 1 from r where id = 17 and row = 'direct|They own this shutdown,|Chuck Schumer|the New York Democrat|said'); -- model-dependent

-- a wire story's dateline ("DENVER, March 5 -") does not keep the subject after its dash
-- from opening the sentence: "the company" is the one named there, not the headline's
-- name in capitals
insert into d values (18,
 'HARWELL <HWL> TO SELL GERMAN UNIT' || char(10) ||
 'DENVER, March 5 - Harwell Corp said it agreed to sell its German consumer banking unit to Banco Norte of Spain.' || char(10) ||
 'Terms were not disclosed. The deal is expected to close in the second quarter, the company said.');
select 'qsp10_26', exists(select 1 from r where id = 18 and row = 'indirect|The deal is expected to close in the second quarter|Harwell Corp|the company|said'); -- model-dependent
insert into d values (19,
 'DENVER, March 5 - Harwell Corp said it agreed to sell its German unit to Banco Norte of Spain.' || char(10) ||
 'Terms were not disclosed. The deal is expected to close in June, the company said.');
select 'qsp10_27', exists(select 1 from r where id = 19 and row = 'indirect|The deal is expected to close in June|Harwell Corp|the company|said'); -- model-dependent

-- "told Spanish television the port would close": television is an outlet addressed
insert into d values (20,
 'Prime Minister Ana Ferri defended the cuts on Monday. Ferri told Spanish television the measures had brought the deficit down.');
select 'qsp10_28', exists(select 1 from r where id = 20 and row = 'indirect|the measures had brought the deficit down|Ana Ferri|Ferri|told');
