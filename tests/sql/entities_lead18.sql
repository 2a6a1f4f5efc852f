-- entities_lead18.sql: rules of the lead's branch lead18 (entities.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.

-- a list of places: the tagger reads two-word places it never met as people; a plural noun
-- of places after the list, or most of a list of three being places, makes them places
select 'el18_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Floods hit Khanh Hoa, Dak Lak and Gia Lai provinces on Monday.'))
  = 'Khanh Hoa/LOC;Dak Lak/LOC;Gia Lai/LOC';
select 'el18_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Fighting spread to Bakhmut, Chasiv Yar and Kostiantynivka towns last year.'))
  = 'Bakhmut/LOC;Chasiv Yar/LOC;Kostiantynivka/LOC';
-- ... but a first name on the lists stays a person, and so does a possessive, a list of
-- two without a noun of places, and a name set off by a comma alone ("Smith, Texas")
select 'el18_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Delegates from Kenya, Uganda and Maria Lopez of the bank met in Nairobi.'))
  = 'Kenya/LOC;Uganda/LOC;Maria Lopez/PER;Nairobi/LOC';
select 'el18_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Sanae Takaichi and Japan''s ministers met in Tokyo.'))
  = 'Sanae Takaichi/PER;Japan/LOC;Tokyo/LOC';
-- "Africa Centres for Disease Control": body_names builds it from the words, for_name_end
-- leaves a head of body_heads alone; both gave the same row
select 'el18_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Alternative for Germany and the Campaign for Nuclear Disarmament held rallies.'))
  = 'Alternative for Germany/ORG;Campaign for Nuclear Disarmament/ORG';
-- numbers the tagger took into names: a quantity alone is no name, a number before a name
-- is no part of it
select 'el18_06', (select count(*) from news_entities(
  'Climate scientists warn 1.5C goal is effectively dead')) = 0;
select 'el18_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'About 3,000 Caribs live on the island of Dominica.')) = 'Caribs/ORG;Dominica/LOC';
  -- the model of model41 types the people ORG (a miss)
-- an apposition that calls a name a company may open with "the world's", "the country's"
select 'el18_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Safaricom, the country''s largest telecom operator, declined to comment.'))
  = 'Safaricom/ORG';
-- "chief executive of X" makes X a company, but not a person before a possessive: the owner
select 'el18_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Caroline Ellison, the former chief executive of Sam Bankman-Fried''s hedge fund Alameda Research, was freed.'))
  = 'Caroline Ellison/PER;Sam Bankman-Fried/PER;Alameda Research/ORG';
-- "on X." ends a sentence: the platform, no initial
select 'el18_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Scott Bessent congratulated Milei on X. Argentina''s dollar bonds rose.'))
  = 'Scott Bessent/PER;Milei/PER;X/ORG;Argentina/LOC';
select 'el18_11', (select count(*) from news_sentences(
  'Bessent congratulated Milei on X. Argentina''s dollar bonds rose.')) = 2;
-- a one-word person in camel case with a capital first is a company, but not a surname with
-- its particle
select 'el18_12', (select group_concat(type, ';') from news_entities(
  'Sydney home prices hit record as RBA cuts rates' || char(10) || char(10) ||
  'SYDNEY: Home prices in Sydney rose to a record median of $1.6 million in October, according to CoreLogic, after the Reserve Bank of Australia cut its cash rate for the third time this year.' || char(10) || char(10) ||
  'CoreLogic''s research director, Tim Lawless, said prices in Perth and Brisbane were rising even faster.')
  where mention = 'CoreLogic') = 'ORG;ORG';
select 'el18_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Rory McIlroy won. McIlroy thanked DeSantis.')) = 'Rory McIlroy/PER;McIlroy/PER;DeSantis/PER';
-- an abstract noun opening a sentence or a quotation is no person
select 'el18_14', (select count(*) from news_entities(
  '"Affordability is stretched everywhere," he said.')) = 0;
-- a score after a team is no part of its name
select 'el18_15', (select group_concat(mention, ';') from news_entities(
  'The Chiefs beat the Bills 27-24 on Sunday night.')) = 'Chiefs;Bills';
-- a person's home after the age is a place; a hyphenated word in lower case opening a
-- sentence is no name (but "Al-Chalabi" is)
select 'el18_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Kieran Doyle, 24, of Lawrence Hill, was convicted at Bristol Crown Court.'))
  = 'Kieran Doyle/PER;Lawrence Hill/LOC;Bristol Crown Court/ORG';
select 'el18_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'PARIS (AFP) - Far-right leader Marine Le Pen suffered a setback on Tuesday.'))
  = 'PARIS/LOC;AFP/ORG;Marine Le Pen/PER';
-- "Taoiseach", the Irish prime minister, is a title: no part of the name, nor of its key
select 'el18_18', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Zelenskiy spoke alongside Irish Taoiseach Micheál Martin.'))
  = 'Zelenskiy/PER;Irish/MISC;Micheál Martin/PER';
select 'el18_19', news_key('Taoiseach Micheál Martin') = news_key('Micheal Martin');
-- a name that ends as firms' names do is an organisation, where the tagger read a place or
-- a person
select 'el18_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Republic Records, her label, said vinyl sold well. Bryan Ferry left Roxy Music in 1983.'))
  = 'Republic Records/ORG;Bryan Ferry/PER;Roxy Music/ORG';
-- an acronym in brackets says where an organisation's name starts that the tagger cut
select 'el18_21', (select group_concat(entity || '/' || type, ';') from news_entities(
  'The Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) said it was monitoring.'))
  = 'Nigerian Midstream and Downstream Petroleum Regulatory Authority/ORG;Nigerian Midstream and Downstream Petroleum Regulatory Authority/ORG';
