-- entities_parties.sql: a party's adjective and "Democrat(s)" are one name, the party's
-- (entities.c, party_adjective; branch lead9): "Liberal Democrat leader", "Christian
-- Democrat", "Free Democrats", typed ORG as the tagger types "the Liberal Democrat leader";
-- a place's adjective stays apart ("California Democrat"), and the American "Democrat"
-- stays MISC beside them. All text here is written for these tests. Each line prints id|1.
select 'party_1', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Liberal Democrat leader Sir Ed Davey said the budget was unfair.'))
  = 'Liberal Democrat/ORG;Ed Davey/PER';  -- model-dependent
select 'party_2', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Christian Democrat leader Friedrich Merz won the vote in Berlin.'))
  = 'Christian Democrat/ORG;Friedrich Merz/PER;Berlin/LOC';  -- model-dependent
select 'party_3', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A California Democrat, Ro Khanna, backed the bill.'))
  = 'California/LOC;Democrat/MISC;Ro Khanna/PER';  -- model-dependent
-- one article, two parties: "Democrat" is not the Liberal Democrats' entity
select 'party_4', (select group_concat(distinct entity || '/' || type) from news_entities(
  'Mr Blair paid tribute to Democrat John Kerry. Liberal Democrat leader Charles Kennedy welcomed the result.')
  where mention like '%Democrat%')
  = 'Democrat/MISC,Liberal Democrat/ORG';  -- model-dependent
