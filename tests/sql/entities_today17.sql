-- entities_today17.sql: rules of branch ner17 for news of today (entities.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.
-- Lines marked `-- model-dependent` pin what the shipped model finds around the rule.

-- the source of data, figures or estimates is an organisation, a surname on a list too
select 'ent17_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Freight rates rose 5 per cent this week, according to data from Drewry.')) = 'Drewry/ORG';  -- model-dependent
select 'ent17_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Crude exports from the port fell by a third, according to estimates from Vortexa.')) = 'Vortexa/ORG';  -- model-dependent
-- not a place on a list, nor a month
select 'ent17_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Trade rose in May, according to data from Nigeria, and prices fell, figures from Halifax showed.'))
  = 'Nigeria/LOC;Halifax/LOC';  -- model-dependent
select 'ent17_04', not exists (select 1 from news_entities(
  'Exports rose, according to official data from September.') where type = 'ORG');
-- a first name the tagger read as a MISC, particles in lower case and a person: one person
select 'ent17_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Erik ten Hag said the team had improved.')) = 'Erik ten Hag/PER';  -- model-dependent
-- particles capitalised opening a sentence go with the surname of a person named in full
select 'ent17_06', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Ten Hag was sacked on Monday. The club said Erik ten Hag had left.'))
  = 'Ten Hag/PER/Erik ten Hag;Erik ten Hag/PER/Erik ten Hag';  -- model-dependent
select 'ent17_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ramon del Rosario sold the shares. Del Rosario said the price was fair.'))
  = 'Ramon del Rosario/PER;Del Rosario/PER';  -- model-dependent
-- not a number opening a sentence before a name that is no surname of the text
select 'ent17_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ten Britons were hurt in the crash, police said.')) = 'Britons/MISC';  -- model-dependent
-- a company's name and one word more before a product noun is the product, as CoNLL-2003
-- types "Toyota Celica"; its other occurrences too
select 'ent17_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Astronauts will fly home on the SpaceX Dragon capsule in February. The SpaceX Dragon docked on Sunday.'))
  = 'SpaceX Dragon/MISC;SpaceX Dragon/MISC';  -- model-dependent
select 'ent17_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The laptop runs on an Intel Celeron chip and costs $400.')) = 'Intel Celeron/MISC';  -- model-dependent
-- not two words a list has as a company, nor one whose second word ends companies' names
select 'ent17_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Texas Instruments chips were in short supply, and so were Samsung Electronics chips.'))
  = 'Texas Instruments/ORG;Samsung Electronics/ORG';  -- model-dependent
-- "capsule" is a product noun: a one-word name before it is the product
select 'ent17_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Starliner capsule landed in New Mexico.')) = 'Starliner/MISC;New Mexico/LOC';  -- model-dependent
