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
-- Parliament, the Cabinet, the Commons alone are bodies, not places (model43 leaves "The
-- Cabinet" at a sentence's start out, a miss)
select 'el35_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The minister will make a statement in Parliament on Tuesday. The Cabinet met on Monday night, and the bill returns to the Commons next week.'))
  = 'Parliament/ORG;Commons/ORG';  -- model-dependent
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
  -- model-dependent: the model of model42 left "GM" out ("gm" is a word on the lists)
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
-- a company's legal form that the tagger left out is part of its name: a designator in
-- lower case, "(Pty) Ltd" with its brackets, and a first word before "and"
select 'el35_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Nestle S.A. said profits fell. Unilever plc said sales rose.'))
  = 'Nestle S.A./ORG;Unilever plc/ORG';
select 'el35_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Thandeka Engineering (Pty) Ltd was fined R12 million, the court heard.'))
  = 'Thandeka Engineering (Pty) Ltd/ORG';
select 'el35_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Shares in Marks and Spencer Group plc rose 3% on Tuesday.'))
  = 'Marks and Spencer Group plc/ORG';
-- ... not two companies, nor a list whose start is not known
select 'el35_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Analysts said Apple and Microsoft Corp would both gain.'))
  = 'Apple/ORG;Microsoft Corp/ORG';
-- a sum in a currency's letters is no name ("R745m", "R2.1 billion"); "G20" is
select 'el35_17', (select count(*) from news_entities(
  'Former manager jailed over R745m contract fraud' || char(10) ||
  'The utility said it had recovered R2.1 billion from contractors, and he received R38 million.')) = 0;
select 'el35_18', (select group_concat(mention, ';') from news_entities(
  'Leaders of the G20 met in Johannesburg.')) = 'G20;Johannesburg';
-- a prefix in lower case before a continent or country: a MISC apart, as CoNLL writes
-- "post-Soviet" "Russia"; not before another name ("post-World Cup")
select 'el35_19', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Malaria kills hundreds of thousands of children in sub-Saharan Africa every year.'))
  = 'sub-Saharan/MISC;Africa/LOC';
-- temples, gurdwaras, mosques by their own words are places, as cathedrals are
select 'el35_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Worshippers gathered at the Shree Ram Mandir and the Guru Nanak Gurdwara on Sunday.'))
  = 'Shree Ram Mandir/LOC;Guru Nanak Gurdwara/LOC';
-- a name between "the" and a noun that says what body it is
select 'el35_21', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A researcher at the Fafo institute in Oslo said the fund was exposed.'))
  = 'Fafo/ORG;Oslo/LOC';
-- the sides of a fixture, "v" between them, "or" between the sides of a replay, are clubs,
-- whatever the story's other words; countries stay places, as CoNLL types national sides
select 'el35_22', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Newcastle v Tottenham or Nottingham Forest' || char(10) ||
  'Brentford v Hartlepool or Boston'))
  = 'Newcastle/ORG;Tottenham/ORG;Nottingham Forest/ORG;Brentford/ORG;Hartlepool/ORG;Boston/ORG';
select 'el35_23', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Second Test: England v Australia at Lord''s'))
  = 'England/LOC;Australia/LOC;Lord''s/LOC';
-- letters after a name, a member's or an honour's, are no part of it (as a barrister's KC)
select 'el35_24', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Scottish Finance Minister, Tom McCabe MSP, said the rise was fair. Mr McCabe said councils must save.'))
  = 'Scottish/MISC/Scottish;Tom McCabe/PER/Tom McCabe;McCabe/PER/Tom McCabe';
-- where a specialist, a researcher or a director works is a body (a place on a list stays)
select 'el35_25', (select group_concat(mention || '/' || type, ';') from news_entities(
  '"Firms are realising it," said Paul King, chief security architect at Cisco. John Smith, a professor at Oxford, agreed.'))
  = 'Paul King/PER;Cisco/ORG;John Smith/PER;Oxford/LOC';
-- an ordinary word with a hyphen opening a sentence is no part of the name after it
select 'el35_26', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'State-owned Bank of Lagos said profits rose. Off-colour Okafor storms to win'))
  = 'Bank of Lagos/ORG/Bank of Lagos;Okafor/PER/Okafor';
