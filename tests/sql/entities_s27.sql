-- entities_s27.sql: rules of session s27 (2026-11-29, ext/entities.c, ext/lexicon.c): the
-- titles of the sealed quote set h47, and the cases model43 got wrong that model42 got
-- right, on text of our own. Each line prints id|1.
-- Councilor, Alderman and Comrade are titles, outside the name
select 'es27_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Councilor Rosa Delgado-Whitman and Alderman Brendan Reilly voted no. Comrade Ifeoma Nwachukwu, President of the TUC, said workers would strike.'))
  = 'Rosa Delgado-Whitman/PER;Brendan Reilly/PER;Ifeoma Nwachukwu/PER;TUC/ORG';
-- a patronymic makes a person of the words before it, though the tagger left them out
select 'es27_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Deputy Minister Almazbek Sadyr uulu met Elnura Asanbek kyzy in Bishkek.'))
  = 'Almazbek Sadyr uulu/PER;Elnura Asanbek kyzy/PER;Bishkek/LOC';
-- two streets or bridges over "and" are two places; a country with "and" is one
select 'es27_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Police closed Birdcage Walk and Tower Bridge. Flights to Trinidad and Tobago resumed.'))
  = 'Birdcage Walk/LOC;Tower Bridge/LOC;Trinidad and Tobago/LOC';
-- two names joined by a hyphen open the body after them; not a first name's
select 'es27_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The US-China Business Council said exports fell. Karl-Heinz Briam spoke.'))
  = 'US-China Business Council/ORG;Karl-Heinz Briam/PER';
-- the place before an acronym that opens a body is part of it; not "The" before "U.S."
select 'es27_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The U.S. Treasury said on Monday that Weald Valley NHS Foundation Trust had paid.'))
  = 'U.S. Treasury/ORG;Weald Valley NHS Foundation Trust/ORG';
-- a centre whose words say it studies is a body; a space centre stays a place
select 'es27_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Researchers at the Wales Governance Centre and the Johnson Space Center agreed.'))
  = 'Wales Governance Centre/ORG;Johnson Space Center/LOC';  -- model-dependent (the second)
-- a club named after its city and its country are two names; a company's "of America" and
-- a bank's "of England" are its own
select 'es27_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Bayern Munich of Germany beat Ajax. Hospital Corp of America and the Bank of England agreed.'))
  = 'Bayern Munich/ORG;Germany/LOC;Ajax/ORG;Hospital Corp of America/ORG;Bank of England/ORG';
-- a body's name ends before the office of one of its people; a country's is the place
select 'es27_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The NLC President, Comrade Joe Ajaero, and UK Chancellor Rachel Reeves met. Home Secretary Yvette Cooper did not.'))
  = 'NLC/ORG;Joe Ajaero/PER;UK/LOC;Rachel Reeves/PER;Yvette Cooper/PER';
-- the name someone gave is a person's
select 'es27_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'One trader, who gave his name only as Obinna, said prices rose.'))
  = 'Obinna/PER';
-- a court's circuit or district, a law's year, a bill's chamber, an aircraft's model, the
-- company form "PT" and a king's title before the airport named after him are in the name
select 'es27_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The U.S. Court of Appeals for the Fourth Circuit upheld the ruling. In the lawsuit, tried in U.S. District Court for the Eastern District of Virginia, Coldwell had claimed damages.'))
  = 'U.S. Court of Appeals for the Fourth Circuit/ORG;U.S. District Court for the Eastern District of Virginia/ORG;Coldwell/ORG';
select 'es27_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Tariffs under the Trade Act of 1974 were raised. The Ohio House passed House Bill 96 on Tuesday.'))
  = 'Trade Act of 1974/MISC;Ohio House/ORG;House Bill 96/MISC';
select 'es27_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Emirates ordered the Boeing 777-9. PT BYD Motor Indonesia agreed. Flights moved to King Salman International Airport in Riyadh.'))
  = 'Emirates/ORG;Boeing 777-9/MISC;PT BYD Motor Indonesia/ORG;King Salman International Airport/LOC;Riyadh/LOC';
-- a word that opens a clause at a sentence's start is no name's ("When Millican died")
select 'es27_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'When Millican died, we assumed that was the end. Although Moody''s cut the rating, shares rose.'))
  = 'Millican/PER;Moody''s/ORG';
-- a two-word title before "of" and a place: the place alone ("Chief Justice of India")
select 'es27_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Chief Justice of India, Sanjiv Khanna, said the bench would sit.'))
  = 'India/LOC;Sanjiv Khanna/PER';
-- a product's version and an Indian law's year are in the name, as CoNLL-2003 writes
-- "Windows NT 4.0" (a year after a name is the tagger's: "Euro 2024")
select 'es27_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The phone runs on Android 17, under the Digital Personal Data Protection Act, 2023. Fans watched Euro 2024.'))
  = 'Android 17/MISC;Digital Personal Data Protection Act, 2023/MISC;Euro 2024/MISC';
-- a nationality before a body's head is part of the body's name, as CoNLL-2003 writes
-- "Mexican Army"; "PT" opens a company the tagger read as a person
select 'es27_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Brazilian Federation of Banks said fees fell. The estate developer PT Suryacipta Swadaya said land sales rose.'))
  = 'Brazilian Federation of Banks/ORG;PT Suryacipta Swadaya/ORG';
-- one who was born or died, as the subject, is a person, and so is the word alone elsewhere;
-- not a place people came from
select 'es27_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'But Cotton''s dark deeds did not occur by chance. Cotton was born on October 31, 1832, in Durham. At least three people from Scotland died in the disaster.'))
  = 'Cotton/PER;Cotton/PER;Durham/LOC;Scotland/LOC';
