-- entities_lead37.sql: the session of 2026-11-29 (ext/entities.c), on text of our own.
-- Each line prints id|1.
-- a name joined to a word of relation ("-parent", "-owned", "-backed") is a MISC alone, and
-- the name after it a mention of its own
select 'el37_01', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Investors loved KFC-parent Yum Brands, and the Gazprom-owned insurer Sogaz cut its stake in Kremlin-backed Channel One.'))
  = 'KFC-parent/MISC;Yum Brands/ORG;Gazprom-owned/MISC;Sogaz/ORG;Kremlin-backed/MISC;Channel One/ORG';
-- a person of the tagger after "in", "near" or "off", with no first name, surname or
-- possessive, is a place; not a homer off a pitcher, nor a person's film
select 'el37_02', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Trans-Tasman Resources wants to mine iron sand off Taranaki, chief executive Alan Eggers said. Eggers said the bid off Taranaki was sound.'))
  = 'Trans-Tasman Resources/ORG;Taranaki/LOC;Alan Eggers/PER;Eggers/PER;Taranaki/LOC';
select 'el37_03', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Aaron Judge hit a solo homer off Jeff Hoffman in the third inning, and Tilda Swinton found a second life in Jim Jarmusch''s film.'))
  = 'Aaron Judge/PER;Jeff Hoffman/PER;Tilda Swinton/PER;Jim Jarmusch/PER';
-- ... and after "in" a place "and" it
select 'el37_04', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Sgt Rhys Morgan said officers had met farmers at kitchen tables in Builth Wells and Rhayader who felt watched. Morgan said more patrols would follow.'))
  = 'Rhys Morgan/PER;Builth Wells/LOC;Rhayader/LOC;Morgan/PER';
-- a band, a store and a club of more than a city's name are bodies
select 'el37_05', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He dressed windows at the department store La Rinascente, bought the basketball club Olimpia Milano and signed the band Wolf Alice.'))
  = 'La Rinascente/ORG;Olimpia Milano/ORG;Wolf Alice/ORG';
-- a place on the lists before a noun of the land around it is a place
select 'el37_06', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Lincolnshire coast is flat, and wheat prices rose in the Liverpool area.'))
  = 'Lincolnshire/LOC;Liverpool/LOC';
-- a long form with no first name that its initials in brackets abbreviate is a body's
-- name, and so are the initials; a person's initials follow a first name
select 'el37_07', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The last turbines began feeding power, Empresas Públicas de Medellín (EPM) said on Friday. Ana Gómez of EPM spoke at a ceremony attended by the mayor of Medellín.'))
  = 'Empresas Públicas de Medellín/ORG;EPM/ORG;Ana Gómez/PER;EPM/ORG;Medellín/LOC';
select 'el37_08', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Crown Prince Mohammed bin Salman (MBS) met the Dravida Munnetra Kazhagam (DMK) leaders.'))
  = 'Mohammed bin Salman/PER;MBS/PER;Dravida Munnetra Kazhagam/ORG;DMK/ORG';
-- the Arabic and Hebrew words that open names of valleys, monasteries, houses and villages
-- make a place of a name the tagger read as a person's
select 'el37_09', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Not everyone in the south is convinced. The pipeline will run through Wadi Araba, where families grow bananas near Deir Alla and Beit Lahia.'))
  = 'Wadi Araba/LOC;Deir Alla/LOC;Beit Lahia/LOC';
-- a plural of capitals is a thing, never a name
select 'el37_10', (select count(*) from news_entities(
  'The watchdog said it had more complaints about dentists than about GPs and hospitals, as NGOs, CEOs and ETFs looked on.'))
  = 0;
-- a wire's credit line: its words are no name, the names after "by" are persons
select 'el37_11', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Uranium prices rose 4%.
(Reporting by Dana Seitkali in Astana and Hugo Lee in London; Editing by Jan Harvey)'))
  = 'Dana Seitkali/PER;Astana/LOC;Hugo Lee/PER;London/LOC;Jan Harvey/PER';
-- a state's chamber is a body, whether the tagger ran it into the state or left it out
select 'el37_12', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The South Dakota House voted 52-18 on Tuesday. Democrats hold nine of the 105 seats in the South Dakota Legislature, and the Minnesota House passed its own bill.'))
  = 'South Dakota House/ORG;Democrats/MISC;South Dakota Legislature/ORG;Minnesota House/ORG';
-- a name the tagger read as a person's, before designators, is a company's
select 'el37_13', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Harada Seiki Co. Ltd., a maker of electric motors, will build a plant near Hosur.'))
  = 'Harada Seiki Co. Ltd./ORG;Hosur/LOC';
-- a designator ends a company's name: "and" after it starts the next one
select 'el37_14', (select group_concat(mention || '/' || type, ';') from news_entities(
  'It has joint ventures with the Japanese trading house Sumitomo Corp and China General Nuclear Power Group.'))
  = 'Japanese/MISC;Sumitomo Corp/ORG;China General Nuclear Power Group/ORG';
-- a name in apposition to "a unit of", "a subsidiary of" is a company's
select 'el37_15', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The deposits were developed with Uranium One, a unit of the Russian state nuclear firm Rosatom.'))
  = 'Uranium One/ORG;Russian/MISC;Rosatom/ORG';
-- a name after "festival" is the festival, MISC as events are
select 'el37_16', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The winter festival Dark Mofo will open its 2026 program with a new opera.'))
  = 'Dark Mofo/MISC';
-- in a football result, a word on no list after the score is the other side
select 'el37_17', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Hearts 2-1 Hibernian: hosts go through
The striker scored twice as Hearts came from behind in the derby, and the manager praised the midfield after the match.'))
  = 'Hearts/ORG;Hibernian/ORG;Hearts/ORG';
-- a surname the text gives a person opens a company's name before designators, and that
-- name said again is the company
select 'el37_18', (select group_concat(mention || '/' || type, ';') from news_entities(
  'CHENNAI — Harada Seiki Co. Ltd., a maker of electric motors, will build a plant. The deal was signed by Harada Seiki president Kenji Harada.'))
  = 'CHENNAI/LOC;Harada Seiki Co. Ltd./ORG;Harada Seiki/ORG;Kenji Harada/PER';
-- a body's name goes on over "de la" where the tagger opened a person there
select 'el37_19', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Contraloría General de la República, Colombia''s comptroller, blamed the builders.'))
  = 'Contraloría General de la República/ORG;Colombia/LOC';
-- names after a plural company noun, and the list they open, are companies
select 'el37_20', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Research by the technology firms Earthlink and Webroot found spyware on 90% of computers.'))
  = 'Earthlink/ORG;Webroot/ORG';
-- "Advocate" is a title before a name, and a barrister's letters after a person's name are
-- no part of it, whatever the first name
select 'el37_21', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Mahlangu''s counsel, Advocate Thabo Sithole-Maree SC, argued for a lighter sentence. Advocate Riaan du Plessis had asked for 20 years.'))
  = 'Mahlangu/PER;Thabo Sithole-Maree/PER;Riaan du Plessis/PER';
-- a work's title after its noun takes the capitalised word the tagger left out
select 'el37_22', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The four-piece from Launceston recorded its debut album, Low Tide Hymns, in a scout hall.'))
  = 'Launceston/LOC;Low Tide Hymns/MISC';
-- a theatre, a cinema or an opera house where something is on is a place; its company, a body
select 'el37_23', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The band will play two nights at the Odeon Theatre, and the film premieres at the State Cinema. She sang in the Royal Opera House.'))
  = 'Odeon Theatre/LOC;State Cinema/LOC;Royal Opera House/LOC';
-- "the Lords" and "a Legislature" are chambers
select 'el37_24', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The bill returns to the Lords next month, a rare show of unity in a Legislature where the House is split.'))
  = 'Lords/ORG;Legislature/ORG;House/ORG';
-- "the Government" and "the State" alone name no one; a government with its people's name does
select 'el37_25', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The State has signed investment agreements worth more than ₹10 lakh crore, and the Government will have to deal with another dispute. The Scottish Government said no.'))
  = 'Scottish Government/ORG';
-- a title before a name and a regnal number is no part of the person's name
select 'el37_26', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Raphael painted the frescoes in the rooms once used by Pope Julius II in the Vatican.'))
  = 'Raphael/PER;Julius II/PER;Vatican/LOC';
-- ... and that word alone is the club wherever it stands in the report
select 'el37_27', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Hearts 2-1 Hibernian: hosts go through
The striker scored twice as Hearts came from behind to beat Hibernian in the derby. Hibernian finished with ten men, and the manager praised the midfield after the match.'))
  = 'Hearts/ORG;Hibernian/ORG;Hearts/ORG;Hibernian/ORG;Hibernian/ORG';
-- "Boards" heads a body's name as "Board" does
select 'el37_28', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Groups including the Associated School Boards of South Dakota warned the cap would leave a hole in budgets.'))
  = 'Associated School Boards of South Dakota/ORG';
-- "NHS" opens the name of the body the tagger began after it
select 'el37_29', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The NHS Lincolnshire Integrated Care Board (ICB), which buys dental care for the county, said it was recruiting.'))
  = 'NHS Lincolnshire Integrated Care Board/ORG;ICB/ORG';
-- members' letters are no name; Dáil is a parliament; a plaza and a parkway are places; a
-- bookseller is a body; an expo and a race are events
select 'el37_30', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Liesbeth van den Broek, a Dutch MEP, spoke at the Fordham Plaza bus hub before O''Brien told the Dáil that the bookseller Dymocks would sponsor the Amstel Gold Race. The World Expo opened on Monday.'))
  = 'Liesbeth van den Broek/PER;Dutch/MISC;Fordham Plaza/LOC;O''Brien/PER;Dáil/ORG;Dymocks/ORG;Amstel Gold Race/MISC;World Expo/MISC';
-- a member of a US party is a MISC, and the place before the word a place
select 'el37_31', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Council Member Yesenia de la Cruz-Brennan, a Democrat who represents parts of the South Bronx, said so. State Senator J. Gustavo Irizarry, a Bronx Democrat, said he would introduce a bill.'))
  = 'Yesenia de la Cruz-Brennan/PER;Democrat/MISC;South Bronx/LOC;J. Gustavo Irizarry/PER;Bronx/LOC;Democrat/MISC';
-- Irish parties and bodies named in Irish are bodies; Kenya's "Cabinet Secretary" is a title
select 'el37_32', (select group_concat(mention || '/' || type, ';') from news_entities(
  'An Bord Pleanála refused the plan. Local Sinn Féin TD Siobhán Ní Fhlatharta welcomed the ruling, and Agriculture Cabinet Secretary Mutahi Kagwe said so in Kericho.'))
  = 'An Bord Pleanála/ORG;Sinn Féin/ORG;Siobhán Ní Fhlatharta/PER;Mutahi Kagwe/PER;Kericho/LOC';
-- "Co" before an Irish county is the county's, not a company's
select 'el37_33', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A data centre campus near Dunboyne, Co Meath, was refused. He lives in Co. Kerry. Ford Motor Co. Chairman Bill Ford spoke.'))
  = 'Dunboyne/LOC;Co Meath/LOC;Co. Kerry/LOC;Ford Motor Co./ORG;Bill Ford/PER';
-- a policy or a framework is a MISC, as laws are, and so are its initials; not a body's name
select 'el37_34', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The draft would merge the Common Agricultural Policy (CAP) and cohesion money, and the National Commission on Dairy Policy objected.'))
  = 'Common Agricultural Policy/MISC;CAP/MISC;National Commission on Dairy Policy/ORG';
-- a route is a place
select 'el37_35', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Korean carriers are preparing trial voyages along the Northern Sea Route, which could cut sailing time to Rotterdam.'))
  = 'Korean/MISC;Northern Sea Route/LOC;Rotterdam/LOC';
