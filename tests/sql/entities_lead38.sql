-- entities_lead38.sql: the session of 2026-11-29, second part (ext/entities.c), on text of
-- our own. Each line prints id|1.
-- a title in Title Case alone in quotation marks, with an article or a small word in it,
-- is a work, MISC; a work noun's title in quotation marks is
-- taken whole; not a plural's apostrophe in a quotation, nor a place on the lists
select 'el38_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The jury gave its prize to "Oranges in Winter," a family drama, and Netflix bought "The Salt Road" hours later. "Oranges in Winter" opens in May.'))
  = 'Oranges in Winter/MISC;Netflix/ORG;The Salt Road/MISC;Oranges in Winter/MISC';
select 'el38_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'She played a club owner in the television series "Babylon Berlin." Paul Boateng said: "The Lib Dems'' sums don''t add up." Talks moved to "The Hague" later.'))
  = 'Babylon Berlin/MISC;Paul Boateng/PER;Lib Dems/ORG;The Hague/LOC';
-- a long name in a Romance language before its initials in brackets is a body's, whole,
-- and so are its initials; so is an English one whose words a comma lists
select 'el38_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The blockade was called by the Fédération nationale des syndicats d''exploitants agricoles (FNSEA). The FNSEA said prices fell.'))
  = 'Fédération nationale des syndicats d''exploitants agricoles/ORG;FNSEA/ORG;FNSEA/ORG';
select 'el38_04', (select group_concat(entity || '/' || type, ';') from news_entities(
  'The cap was set by Immigration, Refugees and Citizenship Canada (IRCC) in January. IRCC said it would review it.'))
  = 'Immigration, Refugees and Citizenship Canada/ORG;Immigration, Refugees and Citizenship Canada/ORG;Immigration, Refugees and Citizenship Canada/ORG';
-- an assembly member after a party is no part of its name: "DUP MLA", "Sinn Féin TD"
select 'el38_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  '"It matters," the DUP MLA said. Sinn Féin TD Pearse Doherty agreed.'))
  = 'DUP/ORG;Sinn Féin/ORG;Pearse Doherty/PER';
-- a place the tagger ended at "St." and went on with a person is one place
select 'el38_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Officials said a bridge near Port St. Joe had been partly washed out.'))
  = 'Port St. Joe/LOC';
-- a road by its number, and names ending in a road's or a square's word, are places
select 'el38_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A bridge on U.S. Highway 98 and Interstate 95 closed, and traffic on the Pacific Coast Highway stalled. Protesters met under the signs of Potsdamer Platz.'))
  = 'U.S. Highway 98/LOC;Interstate 95/LOC;Pacific Coast Highway/LOC;Potsdamer Platz/LOC';
-- a quarter of a country by its compass point is a place; not an airline, nor "South-east"
-- before "Asia"
select 'el38_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Religious leaders in the North-west and the South-east have made similar appeals.'))
  = 'North-west/LOC;South-east/LOC';
-- a place on the lists before a works there is a place
select 'el38_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'BHP keeps the Kalgoorlie smelter ready for a restart.'))
  = 'BHP/ORG;Kalgoorlie/LOC';
-- a writer's job after the name in a byline of mixed case is no part of it
select 'el38_10', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Casement Park: Stormont told funding gap must be closed
By Eimear McAteer Political Correspondent
Ministers have been warned that the redevelopment faces a further gap.'))
  = 'Casement Park/LOC;Stormont/LOC;Eimear McAteer/PER';
select 'el38_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'BHP weighs early restart
Tess van Heerden-Shaw Senior resources reporter
BHP is studying whether to restart its nickel business.'))
  = 'BHP/ORG;Tess van Heerden-Shaw/PER;BHP/ORG';
-- a surname with the Arabic article in lower case ends the name before it, and alone later
-- is the person
select 'el38_12', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Egypt''s President Abdel Fattah el-Sisi met the director Karim al-Khoury. Accepting the award, al-Khoury thanked el-Sisi.'))
  = 'Egypt/LOC/Egypt;Abdel Fattah el-Sisi/PER/Abdel Fattah el-Sisi;Karim al-Khoury/PER/Karim al-Khoury;al-Khoury/PER/Karim al-Khoury;el-Sisi/PER/Abdel Fattah el-Sisi';
-- an ordinary word in lower case after a name of capitalised words is no part of it; "plc"
-- and a long name in lower-case words are
select 'el38_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A meteorologist with the National Weather Service office in Tallahassee said so. Shares of Hanson Trust plc rose.'))
  = 'National Weather Service/ORG;Tallahassee/LOC;Hanson Trust plc/ORG';
-- a trust's name in "NHS" joins the place the tagger read before it
select 'el38_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'In a statement, Weald Valley NHS Foundation Trust said it was sorry.'))
  = 'Weald Valley NHS Foundation Trust/ORG';
-- a browser is a product, and so is an owner's model
select 'el38_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Meta''s Llama model was updated, and the Firefox browser got a patch.'))
  = 'Meta/ORG;Llama/MISC;Firefox/MISC';
-- a name before "its" and a product noun in apposition is the product, everywhere
select 'el38_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Anthropic unveiled Claude, its chatbot, on Monday. Claude was popular. The firm sued Smith, its founder, later.'))
  = 'Anthropic/ORG;Claude/MISC;Claude/MISC;Smith/PER';
-- people of a body, plural, before "of" and its name are no part of it; a body so named is
select 'el38_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Representatives of First Bank said nothing. Employees of Conrail walked out. Sisters of Mercy nuns prayed.'))
  = 'First Bank/ORG;Conrail/ORG;Sisters of Mercy/ORG';
-- a language is a MISC, not a place after "in"
select 'el38_18', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A soldier yelled at him in Hebrew. The menu was in Mandarin, the note in Yiddish.'))
  = 'Hebrew/MISC;Mandarin/MISC;Yiddish/MISC';
-- believers and their feasts are MISC; a person's surname that is a plural of believers stays
select 'el38_19', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Sunni Muslims marked Ramadan, and families celebrated Hanukkah, Passover and Thanksgiving. Easter Island is far. F. Wilhelm Christians spoke; Christians said no.'))
  = 'Sunni Muslims/MISC;Ramadan/MISC;Hanukkah/MISC;Passover/MISC;Thanksgiving/MISC;Easter Island/LOC;F. Wilhelm Christians/PER;Christians/PER';
-- a preposition opening the sentence is no part of the name after it
select 'el38_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'On Fox News, hosts argued. In Washington Square, crowds gathered.'))
  = 'Fox News/ORG;Washington Square/LOC';
-- a polytechnic is a body
select 'el38_22', (select group_concat(mention || '/' || type, ';') from news_entities(
  'At Seneca Polytechnic in Toronto, fees rose.'))
  = 'Seneca Polytechnic/ORG;Toronto/LOC';
-- a one-word mountain after "Mount" or "Mt" is a place, and a place after "and" its own
select 'el38_21', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A restart of Mt Keith and Kalgoorlie is planned. Mount Keith is a mine.'))
  = 'Mt Keith/LOC;Kalgoorlie/LOC;Mount Keith/LOC';
-- a court case is a MISC, when the tagger ended a name at "v." and whatever its last word
select 'el38_23', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The court ruled in Trump v. CASA. Brown v. Board of Education stands.'))
  = 'Trump v. CASA/MISC;Brown v. Board of Education/MISC';
-- a bill is a law's name, MISC; India's houses are bodies
select 'el38_24', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Protests against the Finance Bill grew as the Lok Sabha and the Rajya Sabha met.'))
  = 'Finance Bill/MISC;Lok Sabha/ORG;Rajya Sabha/ORG';
-- an officer's initials before a person's name are no part of it
select 'el38_25', (select group_concat(mention || '/' || type, ';') from news_entities(
  'DBS posted record profit, CEO Tan Su Shan said.'))
  = 'DBS/ORG;Tan Su Shan/PER';
-- a listed place before "Premier" and a person is a place
select 'el38_26', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The plan was backed by Queensland Premier David Crisafulli. The English Premier League resumed.'))
  = 'Queensland/LOC;David Crisafulli/PER;English Premier League/MISC';
-- a person's work whose title opens with "The" is a MISC, whole, whatever word ends it
select 'el38_27', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Beyoncé''s Cowboy Carter won, beating Taylor Swift''s The Tortured Poets Department.'))
  = 'Beyoncé/PER;Cowboy Carter/MISC;Taylor Swift/PER;The Tortured Poets Department/MISC';
-- sums in shillings and rupees, and a dollar's country letters, are no names; an EU law is a
-- MISC, and so are its initials; a body for regulation is no law
select 'el38_28', (select group_concat(mention || '/' || type, ';') from news_entities(
  'MCAs rejected the Sh14.2bn budget. It will raise HK$7.8 billion (US$1 billion) in Hong Kong. Changes to the General Data Protection Regulation (GDPR) were proposed. The Commission for Regulation of Utilities (CRU) decided.'))
  = 'Hong Kong/LOC;General Data Protection Regulation/MISC;GDPR/MISC;Commission for Regulation of Utilities/ORG;CRU/ORG';
-- a harbour's name is a place, and so is a valley after "the" though its words name a
-- person; a county assembly's members (MCAs) are no part of the county's name
select 'el38_29', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A coastal low off Coffs Harbour dropped rain. Rescues were carried out across the Clarence Valley. The Kisumu MCAs voted.'))
  = 'Coffs Harbour/LOC;Clarence Valley/LOC;Kisumu/LOC';
-- names a noun for places gives after "of" are places; not a people's word
select 'el38_30', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Police door-knocked homes in the lower river towns of Maclean, Yamba and Harwood. It was a city of Italian immigrants.'))
  = 'Maclean/LOC;Yamba/LOC;Harwood/LOC;Italian/MISC';
-- a Chinese given name of two syllables joined by a hyphen ends the person's name; not an
-- English compound
select 'el38_31', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Chen Wei-ting reported from Taipei. A New York-based firm and a World Bank-led plan followed.'))
  = 'Chen Wei-ting/PER;Taipei/LOC;New York-based/MISC;World Bank-led/MISC';
-- a school's name is a body, whole
select 'el38_32', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Students at Clovis East High School will lock phones, and Fresno Unified School District agreed.'))
  = 'Clovis East High School/ORG;Fresno Unified School District/ORG';
-- a company by its address is a body
select 'el38_33', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He worked at Booking.com and Amazon.com before.'))
  = 'Booking.com/ORG;Amazon.com/ORG';
-- one body's or one law's name with "and" inside, read as two, is one; two bodies stay two
select 'el38_34', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Tenders at the Jaramogi Oginga Odinga Teaching and Referral Hospital were probed under the Climate Action and Low Carbon Development Act 2015. The Department of Climate, Energy and the Environment said no. The Department of Justice and the SEC agreed.'))
  = 'Jaramogi Oginga Odinga Teaching and Referral Hospital/ORG;Climate Action and Low Carbon Development Act 2015/MISC;Department of Climate, Energy and the Environment/ORG;Department of Justice/ORG;SEC/ORG';
