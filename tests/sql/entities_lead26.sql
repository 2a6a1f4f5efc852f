-- entities_lead26.sql: line-ups in sports reports (ext/entities.c, lineups), on text of our
-- own: every name of a line-up is a player, whatever the tagger read. Each line prints id|1.
-- a team, its formation and a colon, then the players by line, split by semicolons
select 'el26_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Harbour Town beat Millbrook 2-1 on Saturday.' || char(10) ||
  'Harbour Town (4-2-3-1): Okafor; Reyes, Lindqvist, Torres, Digne; Kamara, Castle; Brook, Rogers, Buendía; Watkins.'
  ) where start > 46 and type = 'PER') = 'Okafor/PER;Reyes/PER;Lindqvist/PER;Torres/PER;Digne/PER;Kamara/PER;Castle/PER;Brook/PER;Rogers/PER;Buendía/PER;Watkins/PER';
-- BBC's style: the players alone, each substitute and the minute in brackets; the unused
-- substitutes after "Subs Not Used:"
select 'el26_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Marsh, Finnan, Carragher, Hyypia, Traore (Biscan 67), Luis Garcia, Gerrard, Hamann, Riise, Kewell (Nunez 56), Morientes (Baros 74).' || char(10) ||
  'Subs Not Used: Macken, Weaver, Onuoha, Jordan.'))
  = 'Marsh/PER;Finnan/PER;Carragher/PER;Hyypia/PER;Traore/PER;Biscan/PER;Luis Garcia/PER;Gerrard/PER;Hamann/PER;Riise/PER;Kewell/PER;Nunez/PER;Morientes/PER;Baros/PER;Macken/PER;Weaver/PER;Onuoha/PER;Jordan/PER';
-- a list of places is no line-up, nor one with "and" or a verb in it
select 'el26_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Venues: London, Paris, Berlin, Madrid, Rome, Vienna, Prague.'))
  = 'London/LOC;Paris/LOC;Berlin/LOC;Madrid/LOC;Rome/LOC;Vienna/LOC;Prague/LOC';
select 'el26_04', (select count(*) from news_entities(
  'He visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.')
  where type = 'PER') = 0;
-- four names with no substitution and no "Subs" before them are left to the tagger
select 'el26_05', (select count(*) from news_entities(
  'Jordan, Chad, Niger, Mali.') where type = 'PER') = 0;
-- a name opening with a first name that the tagger read as no person is the person the
-- article calls by its last word after an honorific, and the surname alone is that person;
-- not a company on the list
select 'el26_06', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Vince Cable attacked the plan. Mr Cable said 40% of all pensioners were now paying more.'))
  = 'Vince Cable/PER/Vince Cable;Cable/PER/Vince Cable';
select 'el26_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Morgan Stanley said profits rose. Mr Stanley, no relation, disagreed.'))
  = 'Morgan Stanley/ORG;Stanley/PER';
-- a law's year after "Act" is part of its name; a panel is a body whose name goes on after
-- "on" ("the Intergovernmental Panel on Climate Change"), not over a day
select 'el26_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He was convicted under the Fraud Act 2006 on Friday, not under the Theft Act.'))
  = 'Fraud Act 2006/MISC;Theft Act/MISC';
select 'el26_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Intergovernmental Panel on Climate Change said the ice was melting.'))
  = 'Intergovernmental Panel on Climate Change/ORG';
-- a lower-case "party" says which names are parties, where the tagger read a person:
-- before it after "the" or a word for the party's place (its acronym in brackets too), and
-- between commas after "opposition party,"; and the lone occurrences of one word elsewhere
select 'el26_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Samia, 65, of the governing Chama Cha Mapinduzi (CCM) party, won 31.9 million votes. The main opposition party, Chadema, was barred from the vote. Chadema spokesman John Kitoka said 700 people had been killed.'))
  = 'Samia/PER;Chama Cha Mapinduzi/ORG;CCM/ORG;Chadema/ORG;Chadema/ORG;John Kitoka/PER';
select 'el26_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'She was at a Hollywood party. He joined the Trump party, Smith said.'))
  = 'Hollywood/LOC;Trump/PER;Smith/PER';
-- a one-word name after ", known as" takes the type of the name before the comma, not
-- over a person the tagger found
select 'el26_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Japan Innovation Party, known as Ishin, is based in Osaka. Ishin wants reform. Mohammed Hamdan Dagalo, also known as Hemedti, spoke.'))
  = 'Japan Innovation Party/ORG;Ishin/ORG;Osaka/LOC;Ishin/ORG;Mohammed Hamdan Dagalo/PER;Hemedti/PER';
select 'el26_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The station''s best show, says JK, also known as Jason King.')) = 'JK/ORG;Jason King/PER';  -- model-dependent (JK)
-- an English-language newspaper's name is an ORG where the tagger read its place or a person
-- (not a person named so: "Jim Courier")
select 'el26_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'White said in the San Francisco Chronicle that it was her decision. Rusedski fell to Jim Courier.'))
  = 'White/PER;San Francisco Chronicle/ORG;Rusedski/PER;Jim Courier/PER';
  -- (the model of model41 left "White" out; model42's finds it)
-- a statute is a law (MISC)
select 'el26_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The court sits under the Rome Statute.')) = 'Rome Statute/MISC';
-- a title-case headline breaks its names at verbs of business news ("Weighs", "Slashes",
-- "Gains", "Joins"); an initial public offering is no name, nor part of one
select 'el26_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Hyundai Weighs Boston Dynamics IPO' || char(10) || char(10) ||
  'Hyundai is weighing an IPO of Boston Dynamics, people said. The IPO would value it at $2bn.'))
  = 'Hyundai/ORG;Boston Dynamics/ORG;Hyundai/ORG;Boston Dynamics/ORG';
select 'el26_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Novo Nordisk Slashes Price as Lilly Gains Ground' || char(10) || char(10) ||
  'Novo Nordisk cut the price on Monday.'))
  = 'Novo Nordisk/ORG;Lilly/ORG;Novo Nordisk/ORG';
