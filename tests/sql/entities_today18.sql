-- entities_today18.sql: rules of branch ner18 for news of today (resolve.c, entities.c):
-- exact rows on article-like text written for these tests. One assertion per line, each
-- prints id|1. Lines marked `-- model-dependent` pin what the shipped model finds around the
-- rule.

-- a company named in full, then by its first word alone: one entity (resolve.c)
select 'ent18_01', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Kestrel Robotics said on Monday it would cut 200 jobs. Kestrel, which makes warehouse robots, blamed weak demand.'))
  = 'Kestrel Robotics/ORG/Kestrel Robotics;Kestrel/ORG/Kestrel Robotics';  -- model-dependent
-- also before the full name, and a party by its first word
select 'ent18_02', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'Labour won the seat. The Labour Party said turnout was low.'))
  = 'Labour/Labour Party;Labour Party/Labour Party';  -- model-dependent
-- not a word two companies of the text share
select 'ent18_03', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'Tata Motors and Tata Steel shares fell. Tata said it would invest.'))
  = 'Tata Motors/Tata Motors;Tata Steel/Tata Steel;Tata/Tata';  -- model-dependent
-- not a name whose other words are no company's ending (a part, a product, a committee)
select 'ent18_04', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'The Senate Finance Committee met on Tuesday. The Senate voted later.'))
  = 'Senate Finance Committee/Senate Finance Committee;Senate/Senate';  -- model-dependent
-- the full name's own canonical name only when it opens with the same word
select 'ent18_05', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'Bell Helicopter Textron Inc won the order. Textron Inc shares rose. Textron said nothing.'))
  = 'Bell Helicopter Textron Inc/Bell Helicopter Textron Inc;Textron Inc/Bell Helicopter Textron Inc;Textron/Textron Inc';  -- model-dependent
-- a company in capitals in a headline, then named in full
select 'ent18_06', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'TEXACO SEEKS BOND RULING' || char(10) || 'Texaco Inc said on Monday it would appeal.'))
  = 'TEXACO/Texaco Inc;Texaco Inc/Texaco Inc';  -- model-dependent
