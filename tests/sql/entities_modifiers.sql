-- entities_modifiers.sql: a lower-case word with a hyphen and no capital that the tagger
-- took into a name is a modifier, out of it (entities.c, lower_modifier; branch lead9):
-- "the far-right National Rally", "state-owned Oil India Ltd", "the 17-man Commission",
-- "north-west London"; a word with a capital stays ("pro-European" is a name's adjective,
-- MISC alone). A letter's full stop that ends the sentence is not the name's ("posted on
-- X.", "World War I."), while an initial keeps its stop. All text here is written for these
-- tests. Each line prints id|1.
select 'mod_1', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The far-right National Rally said it would not table a motion.'))
  = 'National Rally/MISC';  -- model-dependent
select 'mod_2', (select group_concat(mention, ';') from news_entities(
  'India''s state-owned Oil India Ltd said it had raised a loan. Mr Rao, who lives in north-west London, agreed.'))
  = 'India;Oil India Ltd;Rao;London';  -- model-dependent
-- the entity of a later short form is the name without its modifier
select 'mod_3', (select group_concat(distinct entity) from news_entities(
  'The state-owned Grain Marketing Board (GMB) said deliveries would fall. The GMB stockpile is large.')
  where type = 'ORG') = 'Grain Marketing Board';  -- model-dependent
select 'mod_4', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Zelensky wrote on X. "We need them now," he said. The rules date from World War I. The law was signed by President John F. Kennedy.'))
  = 'Zelensky/PER;X/ORG;World War I/MISC;John F. Kennedy/PER';  -- model-dependent
