-- entities_model41.sql: rules added with the model of model41 (2026-11-29, ext/entities.c),
-- for what the retrained tagger reads otherwise, on text of our own. Each line prints id|1.
-- a surname begun at its second particle takes the first in ("von" + "der Leyen")
select 'em41_01', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'Ursula von der Leyen flew to Kyiv. Speaking in Brussels, von der Leyen said the deal was done.')
  where type = 'PER') = 'Ursula von der Leyen/Ursula von der Leyen;von der Leyen/Ursula von der Leyen';
-- a state before a governor's, a senator's or a representative's title is a place
select 'em41_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Texas Gov. Greg Abbott and Ohio Rep. Tom Baxter met on Tuesday.'))
  = 'Texas/LOC;Greg Abbott/PER;Ohio/LOC;Tom Baxter/PER';
-- a company's name with "and" whose first word alone the tagger read; not after a designator
select 'em41_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Shares in Marks and Spencer Group plc rose 3% on Tuesday.')) = 'Marks and Spencer Group plc/ORG'
  and not exists (select 1 from news_entities(
  'The offer went through PaineWebber Inc and Advest Inc.') where mention like '%and%');
-- a ticker's exchange is no place; a line-up's label is no name
select 'em41_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Hutchison Whampoa Ltd <HWHH.HK> gained 2 pct.' || char(10) ||
  'Subs Not Used: Macken, Weaver, Onuoha.'))
  = 'Hutchison Whampoa Ltd/ORG;HWHH/ORG;Macken/PER;Weaver/PER;Onuoha/PER';
-- a side that lost, opening a clause after "and", before a score
select 'em41_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Texas topped Houston 5-4, and Oakland fell to Seattle 3-2.'))
  = 'Texas/ORG;Houston/ORG;Oakland/ORG;Seattle/ORG';
-- titles with a see or a city are no names: the place alone
select 'em41_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Bishop of Wexcombe, the Rt Revd Martin Cole, said it was a scandal. The Lord Mayor of London agreed.'))
  = 'Wexcombe/LOC;Martin Cole/PER;London/LOC';
-- two names joined by a hyphen before a body are its name; not "US-based"
select 'em41_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'According to the Pakistan-Afghanistan Joint Chamber of Commerce, trade fell. Sales at the US-based Amazon.com rose.'))
  = 'Pakistan-Afghanistan Joint Chamber of Commerce/ORG;US-based/MISC;Amazon.com/ORG';
-- "of the" before a body the tagger named; the Red Cross and Red Crescent's federation whole
select 'em41_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Exports fell, the Federation of the Swiss Watch Industry said. The International Federation of Red Cross and Red Crescent Societies warned of floods.'))
  = 'Federation of the Swiss Watch Industry/ORG;International Federation of Red Cross and Red Crescent Societies/ORG';
-- an apposition that calls a name a body ("the trade body") makes it an organisation
select 'em41_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Bacta, the trade body for the amusement industry, said demand had never been stronger.'))
  = 'Bacta/ORG';
-- an Indian party with its faction, left out at a sentence's start; "20th Century Fox"
select 'em41_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Janata Dal (United) won 85 seats. Disney bought 20th Century Fox in 2019.'))
  = 'Janata Dal (United)/ORG;Disney/ORG;20th Century Fox/ORG';
-- (model42) "Man Utd" and "Man City" are the clubs, not a man; a headline's score line too
select 'em41_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Man City 0-2 Man Utd' || char(10) || 'Man Utd boss Alex Ferguson said he was pleased.'))
  = 'Man City/ORG;Man Utd/ORG;Man Utd/ORG;Alex Ferguson/PER';
-- a long run of glued symbols is no prose: no names in it (a sentence of 64 tokens or
-- more, white space before fewer than one in 16); a URL in a sentence of words is prose
select 'em41_12', (select count(*) from news_entities(
  '"Bxx,aa..Q''"aaa"xaQ-a.Bx.''"B,"B.xa,"xBxx,aB.a",,-,,,BQx"BaQ.,QB",''ax"--aBB.."QQ-Q-xaQBaB''a,-"a.xaBxB"QB,,B.QaaB,a-''x,,---''"a''Ba''a-,-",''",a,--",x,''.xa''.xxx.-"a""xa,-"''Qx-Qa'',Q-""B''Bx,BBaB.-B-..B.x-",,x,--''-''"''"''aaB''"ax,'',aB,x,-QBBaxx-x.''QxB.a--Q"aBa''''"a.,x''axaaB''.aBx.BBa''x''.xB..B-BQ-B-Qaa.aB"''Ba"-axB')) = 0
  and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ana Ruiz of Kudipoint said the report at https://example.com/reports/2026/Q3/Kudipoint-Annual-Review.pdf was late.'))
  like 'Ana Ruiz/PER;Kudipoint/%';
