-- entities_lead35.sql: acronyms of two letters defined in brackets, legislatures named by
-- one English word, and the Bafta (ext/entities.c), on text of our own. Each line prints
-- id|1.
-- a two-letter acronym in brackets after its long form takes its type everywhere, the
-- headline's too, and the long form's name
select 'el35_01', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Carmaker GM recalls 90,000 trucks' || char(10) ||
  'General Motors (GM) is recalling about 90,000 pickup trucks in the US. GM is also checking older vans, and GM said no injuries had been reported.'))
  = 'GM/ORG/General Motors;General Motors/ORG/General Motors;GM/ORG/General Motors;US/LOC/US;GM/ORG/General Motors;GM/ORG/General Motors';
select 'el35_02', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'The Kenyan lender Equity Bank (EB) reported higher profits. EB said loans grew 12%.'))
  = 'Kenyan/MISC/Kenyan;Equity Bank/ORG/Equity Bank;EB/ORG/Equity Bank;EB/ORG/Equity Bank';
-- Parliament, the Cabinet, the Commons alone are bodies, not places
select 'el35_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The minister will make a statement in Parliament on Tuesday. The Cabinet met on Monday night, and the bill returns to the Commons next week.'))
  = 'Parliament/ORG;Cabinet/ORG;Commons/ORG';
-- ... not a word of a longer name
select 'el35_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The European Parliament backed the deal, and the Cabinet Office said it would publish it.'))
  = 'European Parliament/ORG;Cabinet Office/ORG';
-- the Bafta is an award, as the Grammys are
select 'el35_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Okonkwo won the Bafta for best supporting actress on Sunday, adding it to her Golden Globe.'))
  = 'Okonkwo/PER;Bafta/MISC;Golden Globe/MISC';
select 'el35_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'At the Bafta film awards on Sunday, the film is nominated in four categories.'))
  = 'Bafta/MISC';
-- an acronym the text never defines, whose letters are the initials of a company named in
-- full, is a company too (initials_pass; the tagger read "GM" as a place)
select 'el35_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Union leaders met General Motors on Tuesday. GM is expected to announce the closure of its plant in Luton next month.'))
  = 'General Motors/ORG;GM/ORG;Luton/LOC';
-- ... not a country's code that a name with the code in it spells ("US Senate"), nor an
-- acronym of a syndrome the tagger called a body, nor a ticker's exchange
select 'el35_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The US Senate voted on Tuesday. US officials said the vote was close.'))
  = 'US Senate/ORG;US/LOC';
select 'el35_09', (select count(*) from news_entities(
  'Acquired Immune Deficiency Syndrome is spreading, and AIDS cases rose, the health ministry said.')
  where mention = 'AIDS' and type = 'ORG') = 0;
select 'el35_10', (select count(*) from news_entities(
  'Shares rose in Hong Kong on Monday. Hutchison Whampoa Ltd <HWHH.HK> gained 2 pct.')
  where mention = 'HK') = 0;
-- a name whose head is a chamber is a body too ("the Scottish Parliament", which the tagger
-- read as a MISC after "told the")
select 'el35_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The first minister told the Scottish Parliament on Wednesday that the ban would start in March.'))
  = 'Scottish Parliament/ORG';
-- "at Lord's" is the cricket ground wherever the tagger left it out
select 'el35_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'England take on Pakistan at Lord''s on Thursday. The second Test at Lord''s starts in July.'))
  = 'England/LOC;Pakistan/LOC;Lord''s/LOC;Lord''s/LOC';
