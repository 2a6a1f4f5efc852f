-- entities_today17.sql: rules of branch ner17 for news of today (entities.c): exact rows on
-- article-like text written for these tests. One assertion per line, each prints id|1.
-- Lines marked `-- model-dependent` pin what the shipped model finds around the rule.

-- the source of data, figures or estimates is an organisation, a surname on a list too
select 'ent17_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Freight rates rose 5 per cent this week, according to data from Drewry.')) = 'Drewry/ORG';  -- model-dependent
select 'ent17_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Crude exports from the port fell by a third, according to estimates from Vortexa.')) = 'Vortexa/ORG';  -- model-dependent
-- not a place on a list, nor a month
select 'ent17_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Trade rose in May, according to data from Nigeria, and prices fell, figures from Halifax showed.'))
  = 'Nigeria/LOC;Halifax/LOC';  -- model-dependent
select 'ent17_04', not exists (select 1 from news_entities(
  'Exports rose, according to official data from September.') where type = 'ORG');
-- a first name the tagger read as a MISC, particles in lower case and a person: one person
select 'ent17_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Erik ten Hag said the team had improved.')) = 'Erik ten Hag/PER';  -- model-dependent
-- particles capitalised opening a sentence go with the surname of a person named in full
select 'ent17_06', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Ten Hag was sacked on Monday. The club said Erik ten Hag had left.'))
  = 'Ten Hag/PER/Erik ten Hag;Erik ten Hag/PER/Erik ten Hag';  -- model-dependent
select 'ent17_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ramon del Rosario sold the shares. Del Rosario said the price was fair.'))
  = 'Ramon del Rosario/PER;Del Rosario/PER';  -- model-dependent
-- not a number opening a sentence before a name that is no surname of the text
select 'ent17_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Ten Britons were hurt in the crash, police said.')) = 'Britons/MISC';  -- model-dependent
-- a company's name and one word more before a product noun is the product, as CoNLL-2003
-- types "Toyota Celica"; its other occurrences too
select 'ent17_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Astronauts will fly home on the SpaceX Dragon capsule in February. The SpaceX Dragon docked on Sunday.'))
  = 'SpaceX Dragon/MISC;SpaceX Dragon/MISC';  -- model-dependent
select 'ent17_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The laptop runs on an Intel Celeron chip and costs $400.')) = 'Intel Celeron/MISC';  -- model-dependent
-- not two words a list has as a company, nor one whose second word ends companies' names
select 'ent17_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Texas Instruments chips were in short supply, and so were Samsung Electronics chips.'))
  = 'Texas Instruments/ORG;Samsung Electronics/ORG';  -- model-dependent
-- "capsule" is a product noun: a one-word name before it is the product
select 'ent17_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Starliner capsule landed in New Mexico.')) = 'Starliner/MISC;New Mexico/LOC';  -- model-dependent
-- a leader of two words the tagger read as an organisation, before a party after a
-- possessive, is a person (three short reports in one text, as a digest prints them)
select 'ent17_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Nvidia, Microsoft lead tech rally as Fed signals cuts
NEW YORK (Reuters) - Shares of Nvidia and Microsoft rose on Tuesday after Federal Reserve Chair Jerome Powell signalled that interest rates could fall in September. The Nasdaq Composite gained 1.2%. Palantir jumped 8% after it won a Pentagon contract, while Super Micro Computer fell. Analysts at Goldman Sachs and Morgan Stanley raised their targets for the S&P 500.
Meanwhile, Anthropic released Claude 4, and xAI, Elon Musk''s artificial intelligence start-up, said Grok would be available to Tesla owners. Perplexity raised $500 million at a $9 billion valuation, according to people familiar with the deal.

Modi sworn in for third term as BJP loses majority
NEW DELHI - Narendra Modi was sworn in as India''s prime minister for a third term on Sunday, after his Bharatiya Janata Party lost its majority and had to rely on allies such as Chandrababu Naidu''s Telugu Desam Party and Nitish Kumar''s Janata Dal (United). Rahul Gandhi, the Congress leader, said voters had rejected Modi''s politics of hate. Mallikarjun Kharge congratulated the INDIA bloc on its gains in Uttar Pradesh, where Akhilesh Yadav''s Samajwadi Party won 37 seats.

Sheinbaum wins Mexico presidency by landslide
MEXICO CITY — Claudia Sheinbaum, a climate scientist and former Mexico City mayor, won Mexico''s presidential election on Sunday, becoming the first woman to lead the country. The Morena candidate took about 59% of the vote, ahead of Xóchitl Gálvez of the PAN-PRI-PRD alliance. Outgoing President Andrés Manuel López Obrador congratulated her. The peso fell 3% on Monday as investors worried about Morena''s supermajority in Congress.') where mention in ('Chandrababu Naidu', 'Akhilesh Yadav'))
  = 'Chandrababu Naidu/PER;Akhilesh Yadav/PER';  -- model-dependent
-- not an organisation's possessive before a noun ("Labour Party's government" stays)
select 'ent17_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Labour Party''s government fell in May.')) = 'Labour Party/ORG';  -- model-dependent
-- the firm of an analyst or economist named after it, which the tagger left out
select 'ent17_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Demand is strong, Counterpoint Research analyst Tarun Pathak said.'))
  = 'Counterpoint Research/ORG;Tarun Pathak/PER';  -- model-dependent
select 'ent17_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Wedbush analyst Dan Ives said the upgrade cycle had begun.'))
  = 'Wedbush/ORG;Dan Ives/PER';  -- model-dependent
-- not one ordinary word, nor the end of a longer name after "and"
select 'ent17_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Senior analyst Dan Ives said the cycle had begun.')) = 'Dan Ives/PER';  -- model-dependent
-- the model of lead26 reads "Hobbs and Drew" as two ORGs (a miss)
select 'ent17_18', exists (select 1 from news_entities(
  'Rates will rise, Hobbs and Drew analyst Stephen Lewis said.') where mention = 'Drew');
-- a hyphenated word ending in lower case that the unlabelled news writes in lower case
-- opens a sentence, after a dateline's dash too: no name
select 'ent17_19', (select group_concat(mention || '/' || type, ';') from news_entities(
  'PARIS, March 30 - State-run carmaker Renault said it would cut jobs.'))
  = 'PARIS/LOC;Renault/ORG';  -- model-dependent
select 'ent17_21', (select group_concat(mention || '/' || type, ';') from news_entities(
  'BRUSSELS - Top-level talks last week between the two sides failed.')) = 'BRUSSELS/LOC';  -- model-dependent
-- not one whose last part is a name
-- the model of lead26 leaves "Pan-European" out (a miss)
select 'ent17_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Pan-European exchange Euronext said on Monday its volumes rose.'))
  = 'Euronext/ORG';  -- model-dependent
-- "AI" ends companies' names: the first word alone is the company too
select 'ent17_22', (select group_concat(mention || '/' || type, ';') from news_entities(
  'French start-up Mistral AI raised 600 million euros. Mistral competes with larger rivals.'))
  = 'French/MISC;Mistral AI/ORG;Mistral/ORG';  -- model-dependent
-- a first name and the surname of a public figure of today that news names alone, an ORG
-- to the tagger beside a business report, is the person (two reports in one text)
select 'ent17_23', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Nato allies agree to spend 5% on defence
The Hague - Nato leaders agreed on Wednesday to raise defence spending to 5% of GDP by 2035, after pressure from Donald Trump. Spain''s Pedro Sanchez said his country would not meet the target. Secretary General Mark Rutte called it a "quantum leap". Ukraine''s Volodymyr Zelensky met Mr Trump on the sidelines. The Kremlin said the decision showed the alliance was preparing for war. Sir Keir Starmer said Britain would reach 3.5% by 2035.

Spotify raises prices as profits grow
STOCKHOLM - Spotify Technology SA will raise subscription prices in more than 100 markets, the streaming company said on Tuesday, as it posted a record profit. Chief executive Daniel Ek said Spotify had 675 million users. The Swedish company has clashed with Apple over App Store fees. Universal Music Group and Sony Music welcomed the move. Spotify''s shares jumped 11% on the New York Stock Exchange.') where mention like '%Zelensky%') = 'Volodymyr Zelensky/PER';  -- model-dependent
-- not an ordinary word before the surname, nor a place the tagger read
-- the model of lead26 reads "Biden" of "Team Biden" as the man (a miss)
select 'ent17_24', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Team Biden said it would appeal.') where type = 'PER') = 'Biden/PER';  -- model-dependent
-- "Group" ends companies' names too: the first word alone is the organisation
select 'ent17_25', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Russia''s Wagner Group said it was leaving Mali. Wagner fighters had been there for three years.'))
  = 'Russia/LOC;Wagner Group/ORG;Mali/LOC;Wagner/ORG';  -- model-dependent
-- not a country ("Singapore Airlines") nor a word the unlabelled news reads as a MISC
select 'ent17_26', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Singapore Airlines dropped 2.6%. Tourism makes up 5% of Singapore''s economy.'))
  = 'Singapore Airlines/ORG;Singapore/LOC';  -- model-dependent
select 'ent17_27', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Indian Airlines will sell shares. Indian companies plan to raise $5bn this year.'))
  = 'Indian Airlines/ORG;Indian/MISC';  -- model-dependent
-- an acronym's first word is no nationality word: it goes on being the company
select 'ent17_28', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Lufthansa wins approval for ITA Airways stake
BRUSSELS - Regulators approved the purchase by Lufthansa of a stake in Italian carrier ITA Airways on Wednesday, after the German group agreed to give up slots at Milan airport.
Lufthansa chief executive Carsten Spohr called it a good day. The Italian government, which owns the rest of ITA, will receive 325 million euros.')
  where mention = 'ITA') = 'ITA/ORG';  -- model-dependent
-- in a sports report a town before "head coach" (or "assistant manager") is the club
select 'ent17_29', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Arsenal were held 1-1 by Brighton at the Emirates Stadium on Saturday. Kai Havertz scored first before Joao Pedro equalised from the penalty spot. Brighton head coach Fabian Hurzeler said his team deserved a point.')
  where mention = 'Brighton') = 'Brighton/ORG;Brighton/ORG';  -- model-dependent
