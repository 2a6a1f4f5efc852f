-- lead21.sql: rules of the lead's branch lead21 (entities.c, quotes.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.

-- a name between a sentence's opening "In" or "From" and a comma is a place (BBC and
-- Reuters-21578 have no person there), where the tagger read a person
select 'l21_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Aid trucks crossed at dawn. In Khan Younis, residents queued for water.'))
  = 'Khan Younis/LOC';
select 'l21_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'From Denver, Continental will fly twice a day to Houston.'))
  = 'Denver/LOC;Continental/ORG;Houston/LOC';
-- ... not a name after "in" inside the sentence
select 'l21_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Voters lost faith in Keir Starmer, a poll found.'))
  = 'Keir Starmer/PER';

-- a passive "asked" or "told" is no cue of the subject's words: the fragment hangs on the cue
-- before it ("warned that the court was being asked to ..."), or on none
select 'l21_04', (select group_concat(speaker || '|' || cue || '|' || quote, ';') from news_quotes(
  'Justice Sonia Sotomayor warned that the court was being asked to "undo decades of progress".'))
  = 'Sonia Sotomayor|warned|undo decades of progress';
select 'l21_05', (select group_concat(coalesce(speaker_mention, '-') || '|' || quote, ';')
  from news_quotes(
  'A farmer had been told he could use his dogs to "chase away unwanted animals" from his land.'))
  = '-|chase away unwanted animals';
-- ... but "told of" is active ("has told of his shock")
select 'l21_06', (select group_concat(speaker || '|' || cue || '|' || quote, ';') from news_quotes(
  'Labour MP Stephen Pound has told of his joy at meeting a daughter he fathered when '
  || 'he was "out of control".'))
  = 'Stephen Pound|told|out of control';

-- "said outside the court that", "told reporters outside the White House that": a phrase of
-- place with "outside" between the cue and its clause
select 'l21_07', (select group_concat(speaker || '|' || quote, ';') from news_quotes(
  'Janai Nelson said outside the court that the district gave Black voters a fair chance.'))
  = 'Janai Nelson|that the district gave Black voters a fair chance';
select 'l21_08', (select group_concat(speaker || '|' || quote, ';') from news_quotes(
  'Senator Maria Cantwell told reporters outside the Capitol on Monday that the bill would pass.'))
  = 'Maria Cantwell|that the bill would pass';
