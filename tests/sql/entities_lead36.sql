-- entities_lead36.sql: names of companies written with their possessive (ext/entities.c,
-- possessive_name), on text of our own. Each line prints id|1.
-- a listed company the tagger left out is a company with its clitic, as CoNLL-2003 spans
-- "Lloyd's" and "Moody's"
select 'el36_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'McDonald''s said sales in its US restaurants rose 2% in the quarter, while Sainsbury''s cut prices on 500 products.'))
  = 'McDonald''s/ORG;US/LOC;Sainsbury''s/ORG';
-- "of London" after it is part of the name
select 'el36_02', (select group_concat(mention || '/' || type || '/' || start || '/' || length, ';') from news_entities(
  'According to Lloyd''s of London, claims from the storm could reach $3bn.'))
  = 'Lloyd''s of London/ORG/14/17';
-- the surname of a person of the article stays the person's
select 'el36_03', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Former governor Chris Christie spoke in Trenton. Christie''s campaign ended in February.'))
  = 'Chris Christie/PER/Chris Christie;Trenton/LOC/Trenton;Christie/PER/Chris Christie';
-- a possessive of a word not on the list stays out of the name
select 'el36_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ronald McDonald''s shoes were sold at auction in Chicago.'))
  = 'Ronald McDonald/PER;Chicago/LOC';
