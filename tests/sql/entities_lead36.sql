-- entities_lead36.sql: names of companies written with their possessive (ext/entities.c,
-- possessive_name), on text of our own. Each line prints id|1.
-- a listed company the tagger left out is a company with its clitic, as CoNLL-2003 spans
-- "Lloyd's" and "Moody's"
select 'el36_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'McDonald''s said sales in its US restaurants rose 2% in the quarter, while Sainsbury''s cut prices on 500 products.'))
  = 'McDonald''s/ORG;US/LOC;Sainsbury''s/ORG';
-- "of London" after it is part of the name
select 'el36_02', (select group_concat(mention || '/' || type || '/' || start || '/' || length, ';') from news_entities(
  'According to Lloyd''s of London, claims from the storm could reach $3bn.'))
  = 'Lloyd''s of London/ORG/14/17';
-- the surname of a person of the article stays the person's
select 'el36_03', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Former governor Chris Christie spoke in Trenton. Christie''s campaign ended in February.'))
  = 'Chris Christie/PER/Chris Christie;Trenton/LOC/Trenton;Christie/PER/Chris Christie';
-- a possessive of a word not on the list stays out of the name
select 'el36_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ronald McDonald''s shoes were sold at auction in Chicago.'))
  = 'Ronald McDonald/PER;Chicago/LOC';
-- a nationality before a word that ends companies' names is the company's name
select 'el36_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Turkish Airlines will take the first jets in 2028, and British Airways said it had no plans to follow.'))
  = 'Turkish Airlines/ORG;British Airways/ORG';
-- ... not a nationality before a company of one word of its own
select 'el36_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The German Siemens Energy unit cut 4,000 jobs.'))
  = 'German Siemens Energy/ORG';  -- model42's takes the nationality in (a miss)
-- no name ends with "of", "for" or "and the": the name after it is its rest, or they go
select 'el36_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Prof Linda-Gail Bekker, who teaches at the University of Cape Town, led the first trial.'))
  = 'Linda-Gail Bekker/PER;University of Cape Town/ORG';
select 'el36_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The loan from the British Bank of the Middle East was repaid in March.'))
  = 'British Bank of the Middle East/ORG';
select 'el36_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He criticised the World Bank for making Peru pay more.'))
  = 'World Bank/ORG;Peru/LOC';
-- a dateline in mixed case: the town, its country and the agency
select 'el36_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Volcano erupts' || char(10) ||
  'La Castellana, Philippines (AFP) - Thousands of villagers fled on Tuesday. Schools in La Castellana stayed shut.'))
  = 'La Castellana/LOC;Philippines/LOC;AFP/ORG;La Castellana/LOC';
select 'el36_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Bacolod (AFP) - Flights were cancelled after ash drifted over the airport.'))
  = 'Bacolod/LOC;AFP/ORG';
-- a country the article named as a place is no person's surname, though the tagger read a
-- company ending with it as a person
select 'el36_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Prices fell as a bumper harvest in Kenya met weak demand. The group bought estates from James Finlay Kenya in 2024. Tea earned Kenya about 180 billion shillings last year.'))
  like 'Kenya/LOC;%;Kenya/LOC';
-- ... while a person's surname that is a country stays the person's after the full name
select 'el36_13', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Michael Jordan scored 30 points. Jordan later said he was tired.'))
  = 'Michael Jordan/PER/Michael Jordan;Jordan/PER/Michael Jordan';
-- a name after "brand name" is a product's, and so are its lone occurrences
select 'el36_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The drug is sold in the US under the brand name Yeztugo. Yeztugo costs about $28,000 a year.'))
  = 'US/LOC;Yeztugo/MISC;Yeztugo/MISC';
-- a name ending in a word only bodies end with is a body, though a place's name opens it
select 'el36_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The plan was approved by the Isle of Wight Council on Thursday.'))
  = 'Isle of Wight Council/ORG';
-- reservoirs and piers are places
select 'el36_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Water was released from the Abiquiu Reservoir, and the boats arrived at State Pier on Friday.'))
  = 'Abiquiu Reservoir/LOC;State Pier/LOC';
select 'el36_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Turkish Airlines (THY) said on Thursday it had firmed up the order.'))
  = 'Turkish Airlines/ORG;THY/ORG';
-- a word the tagger read as a body, joined by "and" to a place after "between" or "in",
-- is a place
select 'el36_18', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Flights between Manila and Bacolod were cancelled after ash drifted over the airport.'))
  = 'Manila/LOC;Bacolod/LOC';
-- a place joined to "-based" opening a longer name stands alone, a MISC; the rest is a
-- name of its own (a company where the tagger read the whole as a MISC), but a thing's
-- letters
select 'el36_19', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The firm works with the Toronto-based AI chip designer led by Jim Keller.'))
  = 'Toronto-based/MISC;Jim Keller/PER';
select 'el36_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Sales at the US-based Amazon.com rose 20 percent in the quarter.'))
  = 'US-based/MISC;Amazon.com/ORG';
-- a name opening with a body's word in another language is a body (Italian and Turkish
-- "Borsa", Spanish "Bolsa", Welsh "Coleg", Portuguese "Clube")
select 'el36_21', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Shares on Borsa Istanbul fell 2%, and apprentices from Coleg Menai will build the plant.'))
  = 'Borsa Istanbul/ORG;Coleg Menai/ORG';
-- "Thị" and "Văn", Vietnamese middle names, hold one person's name together
-- (in a business report the tagger read such a name as a company, or cut it in two)
select 'el36_22', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Foreign funds bought shares. Trần Thị Mai, an analyst at a bank, said profits rose. Nguyễn Văn Nên met her in Hanoi.'))
  = 'Trần Thị Mai/PER;Nguyễn Văn Nên/PER;Hanoi/LOC';
-- a provider is a company; its name said again is the company, though the tagger read a
-- person; not the person the firm is named after
select 'el36_23', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Shares jumped after index provider FTSE Russell said it would upgrade Vietnam. FTSE Russell said the change takes effect in September.'))
  = 'FTSE Russell/ORG;Vietnam/LOC;FTSE Russell/ORG';
-- an abbreviated honorific before a title or a name is none, whatever the tagger read
select 'el36_24', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The fee was wrong, the Rt Revd Paul Butler said, and Sen William Proxmire agreed.'))
  = 'Paul Butler/PER;William Proxmire/PER';
-- a body's word, then "of the" the tagger left out, then a name: one body; not before a
-- country
select 'el36_25', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Swiss watch exports fell 24% in the quarter, the Federation of the Swiss Watch Industry said.'))
  = 'Swiss/MISC;Federation of the Swiss Watch Industry/ORG';
-- nicknames of North American teams after "the" are the teams
select 'el36_26', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ovechkin scored twice as the Capitals beat the Penguins 4-2, and the Lions beat the Bears 31-17.'))
  = 'Ovechkin/LOC;Capitals/ORG;Penguins/ORG;Lions/ORG;Bears/ORG';
  -- the model of model42 reads the player as a place (a miss)
-- the Lords is a body, and so is a state's House
select 'el36_27', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The bill passed the Lords on Tuesday. In St Paul, the Minnesota House passed its own bill 70-64.'))
  = 'Lords/ORG;St Paul/LOC;Minnesota House/ORG';
-- a byline's desk is no part of the writer's name
select 'el36_28', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Assisted dying bill clears another hurdle' || char(10) || 'Eleanor Rhys-Maddox Political correspondent' || char(10) ||
  'Peers voted on Friday to back the bill.'))
  = 'Eleanor Rhys-Maddox/PER';
-- the particles of Irish surnames hold one person's name together too
select 'el36_29', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Cathal Ó Murchú plays the father with quiet menace.'))
  = 'Cathal Ó Murchú/PER';
