-- quotes_lead19.sql: rules of the lead's branch lead19 (quotes.c, speakers.c), read from the
-- errors of its sealed sets: exact rows on article-like text written for these tests. One
-- assertion per line, each prints id|1.

-- "The ROLE of BODY, NAME, said": the name in apposition speaks, not the body (as "A lawyer
-- for Ivey, Dan Krantz," did already)
select 'ql19_01', (select group_concat(speaker || '|' || speaker_mention || '|' || quote, ';')
  from news_quotes('The chief executive of Harwell Bank, Jane Doe, said profits would rise.'))
  = 'Jane Doe|Jane Doe|profits would rise';
select 'ql19_02', (select group_concat(speaker || '|' || quote, ';') from news_quotes(
  'The leader of Ravensby Town Council, Cllr Neil Ashworth, said the pier was safe.'))
  = 'Neil Ashworth|the pier was safe';
-- ... and a body in apposition after a person's role is still no speaker of its own
select 'ql19_03', (select group_concat(speaker || '|' || quote, ';') from news_quotes(
  'A spokesman for Harwell Bank, John Smith, said profits would rise.'))
  = 'John Smith|profits would rise';
-- someone unnamed brought in after a phrase of place: "she said" is theirs, no name
select 'ql19_04', (select group_concat(coalesce(speaker, '-') || '|' || speaker_mention, ';')
  from news_quotes('Officials said power was cut. Ann Lee, 50, agreed.' || char(10) ||
  'In Kyiv''s Obolon district, one resident, a retired teacher, had filled every bottle. "We will live through a fourth," she said.')
  where kind = 'direct') = '-|she';
-- a name right after "said" whose subject came before it opens the report, no tail after
-- which a second part begins ("said Kenya, Uganda and Tanzania are ..." lost "Kenya, ")
select 'ql19_05', (select group_concat(quote, ';') from news_quotes(
  'The ministry said Kenya, Uganda and Tanzania are suffering from drought.'))
  = 'Kenya, Uganda and Tanzania are suffering from drought';
select 'ql19_06', (select group_concat(quote, ';') from news_quotes(
  'Bayer said Mobay, its primary chemicals company, would cut jobs.'))
  = 'Mobay, its primary chemicals company, would cut jobs';
-- ... but "told Reuters," is the tail of a report split by its cue
select 'ql19_07', (select group_concat(quote, ';') from news_quotes(
  'The economy, Lund told Reuters, is strong.')) = 'The economy;is strong';
