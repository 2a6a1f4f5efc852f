-- entities_ner20.sql: rules of branch ner20 for news of today (entities.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.
-- Lines marked `-- model-dependent` pin what the shipped model finds around the rule.

-- a city or a state reported with a match's score is a team, in any report
select 'ner20_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Denver beat Utah 112-104 on Tuesday night.'))
  = 'Denver/ORG;Utah/ORG';  -- model-dependent
select 'ner20_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Texas topped Houston 5-4, and Oakland fell to Seattle 3–2.'))
  = 'Texas/ORG;Houston/ORG;Oakland/ORG;Seattle/ORG';  -- model-dependent
-- ... not a country, a national side (LOC as CoNLL-2003 types it), nor a place without a score
select 'ner20_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Italy beat Spain 2-1 on Sunday.')) = 'Italy/LOC;Spain/LOC';  -- model-dependent
select 'ner20_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Officials in Denver beat a deadline to fund buses in Utah.'))
  = 'Denver/LOC;Utah/LOC';  -- model-dependent
select 'ner20_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'On Sunday, Kansas City beat the Broncos 27-20.'))
  = 'Kansas City/ORG;Broncos/ORG';  -- model-dependent
-- a particle meaning "son of" names a person, whatever the tagger read around it
select 'ner20_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Plaid Cymru leader Rhun ap Iorwerth said the result was historic.'))
  = 'Plaid Cymru/ORG;Rhun ap Iorwerth/PER';  -- model-dependent
select 'ner20_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He met Sion ap Rhys. The poet Dafydd ap Gwilym wrote in Welsh.'))
  = 'Sion ap Rhys/PER;Dafydd ap Gwilym/PER;Welsh/MISC';  -- model-dependent
