-- entities_lead13.sql: rules of the lead's branch lead13 (entities.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.

-- broadcasters and agencies written in capitals are organisations after any verb, at the end
-- of a sentence too (the tagger met "BBC" twice)
select 'el13_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ann Lee told the BBC she had skipped meals.')) = 'Ann Lee/PER;BBC/ORG';
select 'el13_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He spied for MI6 for two years and later spoke to ITV.')) = 'MI6/ORG;ITV/ORG';
-- ... but not when a capitalised word follows: the tagger reads the longer name
select 'el13_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The final will be shown on BBC Radio 4 on Sunday.')) = 'BBC Radio 4/ORG';
-- and the quotation after "told the BBC" now has its clause
select 'el13_04', (select group_concat(kind || '|' || speaker || '|' || quote, ';') from news_quotes(
  'Ann Lee told the BBC she had skipped meals.')) = 'indirect|Ann Lee|she had skipped meals';
