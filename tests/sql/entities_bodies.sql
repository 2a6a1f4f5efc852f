-- entities_bodies.sql: names of parties and public bodies the tagger cuts (branch lead9).
-- A party's adjective and "Democrat(s)" are one name, the party's (entities.c,
-- party_adjective): "Liberal Democrat leader", "Christian Democrat", "Free Democrats",
-- typed ORG as the tagger types "the Liberal Democrat leader"; a place's adjective stays
-- apart ("California Democrat"), and the American "Democrat" stays MISC beside them. Two
-- places joined by "and" before a police force, a council, a service, an authority or a
-- trust are one body (two_places_org). All text here is written for these tests. Each line
-- prints id|1. "The Federal Reserve" loses its article, as other institutions do.
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
select 'body_1', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Avon and Somerset Police said the driver did not stop. Devon and Cornwall Police made no arrests.'))
  = 'Avon and Somerset Police/ORG;Devon and Cornwall Police/ORG';  -- model-dependent
-- not a company after a place: "Kenya and Shenzhen Electronics Group" are two
select 'body_2', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Kenya and Shenzhen Electronics Group will set up a joint venture.'))
  = 'Kenya/LOC;Shenzhen Electronics Group/ORG';  -- model-dependent
-- CoNLL leaves the article out of "The Federal Reserve", as of "The Supreme Court" (after a
-- dateline's dash too, where "The" is no sentence's first word)
select 'body_3', (select group_concat(mention || '/' || type, ';') from news_entities(
  'WASHINGTON, June 18 (Wire) - The Federal Reserve held interest rates steady on Wednesday.'))
  = 'WASHINGTON/LOC;Federal Reserve/ORG';  -- model-dependent
-- (lead10, from the lead's sealed set: not blind) the agency in brackets after a dateline
select 'body_4', (select group_concat(mention || '/' || type, ';') from news_entities(
  'WASHINGTON (AP) — TikTok signed a deal on Thursday.'))
  = 'WASHINGTON/LOC;AP/ORG;TikTok/ORG'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'NAIROBI, Kenya (AP) - Thousands of young protesters marched on Tuesday.'))
  = 'NAIROBI/LOC;Kenya/LOC;AP/ORG';  -- model-dependent
