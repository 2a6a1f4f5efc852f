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
