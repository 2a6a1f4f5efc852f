-- entities.sql: news_entities(text) against SPEC.md. One assertion per line, each prints id|1.
-- Structure and invariants hold for any model; the lines marked `-- model-dependent` pin what
-- the current recogniser finds and are the ones to update when the tagger changes.
-- All text here is written for these tests.
create table docs(id integer primary key, body);
insert into docs values
 (1, 'KYIV, Ukraine (Wire) - Ukrainian Foreign Minister Dmytro Kuleba met Secretary of State Antony Blinken in Kyiv on Tuesday.' || char(10) ||
     'Kuleba said the talks with the United States were "frank and useful." Blinken told reporters that NATO would meet in Brussels.' || char(10) ||
     'The European Union has promised more aid, officials at the European Commission said.'),
 (2, 'Angela Merkel met Airbus executives in Toulouse. Merkel later flew to Paris.'),
 (3, 'Владимир Зеленский встретился с Джо Байденом в Вашингтоне. 习近平在北京会见了普京。 التقى الرئيس محمد بن سلمان في الرياض.'),
 (4, cast('Dmytro Kuleba' as blob) || x'80ff' || cast(' met Antony Blinken in Kyiv. ' as blob) || x'e282' || cast(' Kuleba left.' as blob)),
 (5, 'no capital letters at all in this line, nothing to find.'),
 (6, ''),
 (7, NULL);

-- columns, in the spec's order, `text` hidden and last
select 'ent_01', (select group_concat(name || ':' || hidden, ',') from pragma_table_xinfo('news_entities'))
  = 'entity:0,type:0,mention:0,start:0,length:0,sentence:0,score:0,text:1';
-- invariants on every row of every document (BLOBs against their TEXT form)
select 'ent_02', (select count(*) from docs, news_entities(docs.body) e
                   where substr(cast(docs.body as text), e.start, e.length) is not e.mention) = 0;
select 'ent_03', (select count(*) from docs, news_entities(docs.body) e where e.length < 1 or e.start < 1) = 0;
select 'ent_04', (select count(*) from docs, news_entities(docs.body) e
                   where e.length <> length(e.mention)) = 0;
select 'ent_05', (select count(*) from docs, news_entities(docs.body) e
                   where e.type not in ('PER', 'ORG', 'LOC', 'MISC') or e.type is null) = 0;
select 'ent_06', (select count(*) from docs, news_entities(docs.body) e
                   where not (e.score > 0 and e.score <= 1) or typeof(e.score) <> 'real') = 0;
select 'ent_07', (select count(*) from docs, news_entities(docs.body) e
                   where typeof(e.start) <> 'integer' or typeof(e.length) <> 'integer'
                      or typeof(e.sentence) <> 'integer' or typeof(e.mention) <> 'text'
                      or typeof(e.entity) <> 'text') = 0;
-- every mention lies inside the sentence its row names
select 'ent_08', (select count(*) from docs, news_entities(docs.body) e
                   where not exists (select 1 from news_sentences(docs.body) s
                                      where s.sentence = e.sentence and e.start >= s.start
                                        and e.start + e.length <= s.start + s.length)) = 0;
-- rows come out ordered by start
select 'ent_09', (select count(*) from (select e.start, lag(e.start) over (partition by d.id order by e.rowid) prev
                                          from docs d, news_entities(d.body) e)
                   where prev > start) = 0;
-- the canonical entity is the text of a mention of the same type in the same document
select 'ent_10', (select count(*) from docs, news_entities(docs.body) e
                   where not exists (select 1 from news_entities(docs.body) f
                                      where f.mention = e.entity and f.type = e.type)) = 0;
-- a mention that is its own canonical name has entity = mention; a shorter one ends the longer
select 'ent_11', (select count(*) from docs, news_entities(docs.body) e
                   where e.entity <> e.mention
                     and lower(substr(e.entity, -length(e.mention))) <> lower(e.mention)) = 0;
-- hidden `text` column gives the input back
select 'ent_12', (select count(distinct text) from news_entities('Angela Merkel met Airbus.')) = 1
             and (select text from news_entities('Angela Merkel met Airbus.') limit 1) = 'Angela Merkel met Airbus.';
-- `text` as a plain constraint works as the argument
select 'ent_13', (select count(*) from news_entities where text = 'Angela Merkel met Airbus.')
               = (select count(*) from news_entities('Angela Merkel met Airbus.'));
-- NULL: no rows; empty: no rows; nothing capitalised: no rows
select 'ent_14', (select count(*) from news_entities(NULL)) = 0;
select 'ent_15', (select count(*) from news_entities('')) = 0;
select 'ent_16', (select count(*) from news_entities((select body from docs where id = 5))) = 0;
-- rowid counts rows from 1
select 'ent_17', (select group_concat(rowid) from news_entities('Angela Merkel met Airbus in Toulouse.'))
               = (select group_concat(n) from (select row_number() over () n
                    from news_entities('Angela Merkel met Airbus in Toulouse.')));
-- constraints on output columns are applied by SQLite
select 'ent_18', (select count(*) from news_entities((select body from docs where id = 1)) where type = 'PER')
               = (select count(*) from news_entities((select body from docs where id = 1)) e where e.type || '' = 'PER');
-- the same input gives the same rows
select 'ent_19', (select group_concat(entity || type || start || length || sentence || score, ';')
                    from news_entities((select body from docs where id = 1)))
               = (select group_concat(entity || type || start || length || sentence || score, ';')
                    from news_entities((select body from docs where id = 1)));
-- a BLOB gives the same rows as its TEXT form
select 'ent_20', (select group_concat(mention || start, ';') from news_entities((select body from docs where id = 4)))
               = (select group_concat(mention || start, ';') from news_entities(cast((select body from docs where id = 4) as text)));
-- other scripts: spans hold and nothing is cut inside a character
select 'ent_21', (select count(*) from news_entities((select body from docs where id = 3)) e
                   where cast(e.mention as blob) <> cast(substr((select body from docs where id = 3), e.start, e.length) as blob)) = 0;
-- CREATE VIRTUAL TABLE ... USING news_entities is refused (eponymous only): checked in test_app.py

-- what the current recogniser finds (update these when the tagger changes)
select 'ent_30', (select group_concat(entity || '/' || type, ';') from news_entities('Angela Merkel met Airbus executives in Toulouse.'))
  = 'Angela Merkel/PER;Airbus/ORG;Toulouse/LOC';  -- model-dependent
select 'ent_31', exists (select 1 from news_entities((select body from docs where id = 1))
                          where mention = 'Dmytro Kuleba' and type = 'PER' and start = 51 and length = 13 and sentence = 1);  -- model-dependent
select 'ent_32', (select entity from news_entities('Dmytro Kuleba met reporters in Kyiv. Mr. Kuleba said little.')
                   where mention = 'Kuleba') = 'Dmytro Kuleba';  -- model-dependent
select 'ent_33', exists (select 1 from news_entities((select body from docs where id = 3)) where mention = 'Владимир Зеленский');  -- model-dependent
select 'ent_34', (select group_concat(mention, ';') from news_entities((select body from docs where id = 4)))
  = 'Dmytro Kuleba;Antony Blinken;Kyiv;Kuleba';  -- model-dependent
select 'ent_35', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Talks between officials from the US and the UK ended on Friday.')) = 'US/LOC;UK/LOC';  -- model-dependent
select 'ent_36', not exists (select 1 from news_entities('LET US PRAY FOR RAIN, FARMERS SAY') where mention = 'US');
select 'ent_37', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A panel by Pieter Bruegel the Elder was sold on Tuesday.')) = 'Pieter Bruegel the Elder/PER';  -- model-dependent
select 'ent_38', (select group_concat(mention || '/' || type, ';') from news_entities(
  'In return, Uber will receive a billion dollar investment.')) = 'Uber/ORG';  -- model-dependent
select 'ent_39', not exists (select 1 from news_entities(
  'Bond prices fell after the September Treasury auction in Washington.') where mention like 'September%');
select 'ent_40', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The Mayor of London Sadiq Khan said on Monday that fares would be frozen.')) = 'London/LOC;Sadiq Khan/PER';  -- model-dependent
select 'ent_41', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Mayor of West Yorkshire Joanna Pike said hundreds of volunteers had filled sandbags.'))
  = 'West Yorkshire/LOC;Joanna Pike/PER';  -- model-dependent
-- after a label ("Analysis:"), the headline starts as a sentence does: no "The AI", no "The Fed"
select 'ent_42', (select count(*) from news_entities('Opinion: The AI boom has a power problem')) = 0
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Analysis: The Fed is running out of time')) = 'Fed/ORG';  -- model-dependent
-- a storm's name is MISC, as CoNLL types "Hurricane Edouard", without the word before it,
-- and so are its other occurrences; "National Hurricane Center" stays an organisation
select 'ent_43', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Hurricane Milton made landfall near Sarasota on Wednesday. Milton weakened overnight, the National Hurricane Center said.'))
  = 'Milton/MISC;Sarasota/LOC;Milton/MISC;National Hurricane Center/ORG';  -- model-dependent
select 'ent_44', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Tropical Storm Alberto brought heavy rain to Texas.')) = 'Alberto/MISC;Texas/LOC';  -- model-dependent
-- "Senate Majority Leader": the chamber is the organisation, the rest is a title
select 'ent_45', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Senate Majority Leader Chuck Schumer and House Minority Whip Katherine Clark met on Monday.'))
  = 'Senate/ORG;Chuck Schumer/PER;House/ORG;Katherine Clark/PER';  -- model-dependent
-- a capitalised number word after a lower-case word is part of the name
select 'ent_46', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Microsoft signed a deal to restart a reactor at Three Mile Island, the plant that was shut in three years.'))
  = 'Microsoft/ORG;Three Mile Island/LOC';  -- model-dependent
-- a model number and its suffix after "the" are the product, not a man named Max
select 'ent_47', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Boeing said the 737 Max would fly again. The 737 Max had been grounded, and Max Verstappen won in Miami.'))
  = 'Boeing/ORG;737 Max/MISC;737 Max/MISC;Max Verstappen/PER;Miami/LOC';  -- model-dependent
-- a word the 1987-2005 news never writes, opening a sentence before "said", "spoke", ...,
-- is a person ("macron" is a word of the dictionary, "Biden" the tagger read as a MISC); a
-- plural is not ("Seismologists said")
select 'ent_48', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Macron said France would send more troops.')) = 'Macron/PER;France/LOC'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Biden spoke in Berlin on Friday.')) = 'Biden/PER;Berlin/LOC'  -- model-dependent
             and (select count(*) from news_entities('Seismologists said the quake was shallow.')) = 0;
-- the leader an administration is named after is a person, as CoNLL's "Clinton
-- administration"; nationality words stay MISC
select 'ent_49', (select group_concat(mention || '/' || type, ';') from news_entities(
  'It is the approach the Obama administration tried and the German government rejected.'))
  = 'Obama/PER;German/MISC'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Critics said the Biden administration moved too slowly.')) = 'Biden/PER';  -- model-dependent
-- a byline in capitals names people, and the agency after them is no part of their names
select 'ent_50', (select group_concat(mention || '/' || type, ';') from news_entities(
  'By ZEKE MILLER and COLLEEN LONG Associated Press' || char(10) ||
  'WASHINGTON (AP) - The president signed the order on Tuesday.'))
  = 'ZEKE MILLER/PER;COLLEEN LONG/PER;Associated Press/ORG;WASHINGTON/LOC;AP/ORG';  -- model-dependent
-- "Patrol" and "Enforcement" end organisations' names
select 'ent_51', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Agents from the U.S. Border Patrol detained them, and the California Highway Patrol closed the road.'))
  = 'U.S. Border Patrol/ORG;California Highway Patrol/ORG';  -- model-dependent
-- initials joined to a lower-case word are one MISC word, as CoNLL-2003 writes "U.S.-led"
select 'ent_52', (select group_concat(mention || '/' || type || '/' || start || '/' || length, ';') from news_entities(
  'The U.S.-led coalition struck targets in Iraq, a U.K.-based monitoring group said.'))
  = 'U.S.-led/MISC/5/8;Iraq/LOC/42/4;U.K.-based/MISC/50/10';  -- model-dependent
-- a name written with its possessive keeps it, as CoNLL spans "Lloyd's" and "Lord's"; a
-- person's possessive does not; festival prizes are MISC; the Moon is a place
select 'ent_53', (select group_concat(mention || '/' || type, ';') from news_entities(
  'A painting sold at Christie''s in New York on Tuesday. Root made a century at Lord''s, and Moody''s said the outlook was stable.'))
  = 'Christie''s/ORG;New York/LOC;Lord''s/LOC;Moody''s/ORG'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Chris Christie spoke. Christie''s campaign ended.')) = 'Chris Christie/PER;Christie/PER';  -- model-dependent
select 'ent_54', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Almodovar won the Golden Lion in Venice, and a Chinese probe landed on the far side of the Moon.'))
  = 'Almodovar/PER;Golden Lion/MISC;Venice/LOC;Chinese/MISC;Moon/LOC';  -- model-dependent
-- an organisation's name "... of X and Y" goes on over "and" and ordinary capitalised
-- words; not over a body of its own ("the Bank of Japan and Finance Ministry")
-- the model of lead26 ends the school's name at "and" (a miss: and_name_end goes on over "and"
-- only inside a mention)
select 'ent_55', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Professor Luke Ferrante of the London School of Hygiene and Tropical Medicine, who was not involved, told Reuters the results were good.'))
  = 'Luke Ferrante/PER;London School of Hygiene and Tropical Medicine/ORG;Reuters/ORG'  -- model-dependent
             and (select count(*) from news_entities(
  'Officials from the Bank of Japan and Finance Ministry met on Monday.') where mention like '%and%') = 0;
-- "Bank of England", "Church of England" opening a sentence are the institution, not the
-- place alone
select 'ent_70', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Bank of England governor Andrew Bailey said rates would fall. Church of England bishops voted against the plan.'))
  = 'Bank of England/ORG;Andrew Bailey/PER;Church of England/ORG';  -- model-dependent
-- two listed organisations joined by "and" are two names; "Procter and Gamble" is one
select 'ent_71', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The ruling was welcomed by Amnesty International and Human Rights Watch. He worked for Procter and Gamble.'))
  = 'Amnesty International/ORG;Human Rights Watch/ORG;Procter and Gamble/ORG';  -- model-dependent
-- a surname's particles in lower case are part of it: after the full name, or two of them
select 'ent_72', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Ursula von der Leyen arrived in Kyiv. Speaking in Brussels, von der Leyen said the deal was done.'))
  = 'Ursula von der Leyen/PER/Ursula von der Leyen;Kyiv/LOC/Kyiv;Brussels/LOC/Brussels;von der Leyen/PER/Ursula von der Leyen'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'The deal was welcomed by von der Leyen and Macron.')) = 'von der Leyen/PER;Macron/PER';  -- model-dependent
-- ... "ten" and "ter" too ("Erik ten Hag" was two people, the tagger leaving "Hag" out);
-- two places joined by a particle are one ("Rio Grande do Sul")
select 'ent_92', (select group_concat(mention || '/' || entity, ';') from news_entities(
  'Manchester United have sacked manager Erik ten Hag. Ten Hag won the FA Cup in May.') where type = 'PER')
  = 'Erik ten Hag/Erik ten Hag;Ten Hag/Erik ten Hag';  -- model-dependent
select 'ent_93', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Floods in the southern Brazilian state of Rio Grande do Sul have killed 100 people.'))
  = 'Brazilian/MISC;Rio Grande do Sul/LOC';  -- model-dependent
-- a leader before a possessive and a government, a coalition or a party is a person; not a
-- listed place or a day
select 'ent_73', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Rajoy''s Popular Party won the most seats. Puigdemont''s government pressed ahead with the vote. Le Pen''s National Front finished first.'))
  = 'Rajoy/PER;Popular Party/ORG;Puigdemont/PER;Le Pen/PER;National Front/ORG'  -- model-dependent
             and (select group_concat(mention || '/' || type, ';') from news_entities(
  'Germany''s government met after Thursday''s cabinet meeting.')) = 'Germany/LOC';  -- model-dependent
-- a name younger than the unlabelled news opening a sentence before "scored" is a person
select 'ent_74', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Mbappe scored twice for Real Madrid on Sunday. Haaland netted a hat-trick.'))
  = 'Mbappe/PER;Real Madrid/ORG;Haaland/PER';  -- model-dependent
-- a label or a topic word before a headline's colon names nothing
select 'ent_75', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Q&A: What does the new EU AI Act mean for businesses?' || char(10) || char(10) ||
  'Budget: Spain plans new taxes'))
  = 'EU AI Act/MISC;Spain/LOC';  -- model-dependent
-- an Arabic name goes on over "bin" ("Mohammed bin Salman" was two people), and "bin" is
-- a particle of the surname alone
select 'ent_76', (select group_concat(mention || '/' || type || '/' || entity, ';') from news_entities(
  'Crown Prince Mohammed bin Salman met Joe Biden. Later, bin Salman flew home.'))
  = 'Mohammed bin Salman/PER/Mohammed bin Salman;Joe Biden/PER/Joe Biden;bin Salman/PER/Mohammed bin Salman';  -- model-dependent
-- a city the tagger read as its football club is a place after a visit or beside another
-- city, outside a sports report
select 'ent_77', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Helen Carter visited Leeds. Families in Leeds and Sheffield will pay for this, and homes were flooded across Leeds, Bradford and Wakefield.'))
  = 'Helen Carter/PER;Leeds/LOC;Leeds/LOC;Sheffield/LOC;Leeds/LOC;Bradford/LOC;Wakefield/LOC';  -- model-dependent
-- read from the lead's thirteenth set: "the River X" is the river though "River" is a first
-- name; a numbered bill is a law; where analysts work is a firm; "Insp" is a title
select 'ent_78', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Homes were evacuated after the River Wharfe burst its banks. Opponents of the law known as Bill 21 celebrated. Analysts at Bernstein said the sector was burning cash. Det Insp Paul Grant said so.'))
  = 'River Wharfe/LOC;Bill 21/MISC;Bernstein/ORG;Paul Grant/PER';  -- model-dependent
-- a chatbot and an AI company of today named alone
select 'ent_79', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Millions of students now use ChatGPT to write essays. DeepSeek released a model that rivals OpenAI.'))
  = 'ChatGPT/MISC;DeepSeek/ORG;OpenAI/ORG';  -- model-dependent
-- names in camel case the tagger leaves out: "i" and a word is a product, "e" or a longer
-- word in lower case a company (branch ner16)
select 'ent_80', (select group_concat(mention || '/' || type, ';') from news_entities(
  'He sold the watch on eBay and flew home with easyJet. Millions of users updated iTunes on their iPad overnight. Levels of mRNA rose.'))
  = 'eBay/ORG;easyJet/ORG;iTunes/MISC;iPad/MISC';  -- model-dependent
-- a topic newer than the dictionary before a headline's colon is no name; a name there
-- that the text names again is one
select 'ent_81', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Heatwave: Temperatures top 40C in Greece' || char(10) || 'ATHENS - Greek authorities closed the Acropolis on Thursday.'))
  = 'Greece/LOC;ATHENS/LOC;Greek/MISC;Acropolis/LOC';  -- model-dependent
-- Patriarch, Emir and Ayatollah are titles; a title, "of" and a place are the place
select 'ent_82', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Patriarch Kirill blessed the troops. The Emir of Qatar met Ayatollah Ali Khamenei in Tehran. Emir of Kuwait arrives in Cairo.'))
  = 'Kirill/PER;Qatar/LOC;Ali Khamenei/PER;Tehran/LOC;Kuwait/LOC;Cairo/LOC';  -- model-dependent
-- in a sports report, clubs named by their towns: a move to one, two that meet, one before "face"
select 'ent_83', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Burnley and Blackburn meet in an FA Cup replay on Tuesday. Harry Kane, who played for Leeds, scored twice. Madrid face Dortmund in the final. The striker scored in the match and the goalkeeper saved a penalty in the league.'))
  = 'Burnley/ORG;Blackburn/ORG;FA Cup/MISC;Harry Kane/PER;Leeds/ORG;Madrid/ORG;Dortmund/ORG';  -- model-dependent
-- a model's number may end its sentence or come before a comma
select 'ent_84', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The sales will lure buyers away from Apple''s iPhone 16. Microsoft''s Xbox 2, a console, sold well.'))
  = 'Apple/ORG;iPhone 16/MISC;Microsoft/ORG;Xbox 2/MISC';  -- model-dependent
-- the social network X: named by a post on it or its owner, then every "X" alone; not
-- the X after a name nor before one (the tagger finds neither X there)
-- the model of lead26 names Malcolm X in full, and reads "X" of "The X Factor" as the network
-- (a miss)
-- the model of model42 left Threads out and typed "X Factor", a show, ORG; model43's finds
-- Threads and types the show MISC
select 'ent_85', (select group_concat(mention || '/' || type, ';') from news_entities(
  'X sued advertisers on Tuesday. Users on X and Threads mocked the move. Malcolm X spoke. The X Factor returns.'))
  = 'X/ORG;X/ORG;Threads/ORG;Malcolm X/PER;X Factor/MISC';  -- model-dependent
-- a new name read as a person beside a company is one, everywhere it stands alone; opening
-- a sentence, where the tagger left it out, it has the type the text gives it elsewhere
select 'ent_86', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Swiggy and Zomato battle for quick commerce' || char(10) || 'Swiggy reported a wider loss on Friday. Analysts said Zomato''s parent would gain.'))
  = 'Swiggy/ORG;Zomato/ORG;Swiggy/ORG;Zomato/ORG';  -- model-dependent
-- parties of today named by one word
select 'ent_87', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Chega came third in Portugal. The AfD came second. PiS said it would appeal. Komeito left the coalition.'))
  = 'Chega/ORG;Portugal/LOC;AfD/ORG;PiS/ORG;Komeito/ORG';  -- model-dependent
-- places newer than the lists, before the words for their governors, mayors and residents
-- (not a party nor initials); a compass word after a title and "of" stays with it
select 'ent_88', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Odesa governor Oleh Kiper said two people were killed. Zaporizhzhia''s mayor said the port was damaged. London''s Labour mayor spoke. BoJ governor Kazuo Ueda spoke.'))
  = 'Odesa/LOC;Oleh Kiper/PER;Zaporizhzhia/LOC;London/LOC;Labour/ORG;BoJ/ORG;Kazuo Ueda/PER';  -- model-dependent
-- a new word read as a person is the organisation the text names alone elsewhere
select 'ent_89', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Zepto raised $450 million. Shoppers turned to Amazon and Zepto.'))
  = 'Zepto/ORG;Amazon/ORG;Zepto/ORG';  -- model-dependent
-- a party, a coalition or an alliance before a name makes it an organisation; after a name,
-- in apposition, they describe a person ("the party chairman")
select 'ent_90', (select group_concat(mention || '/' || type, ';') from news_entities(
  'The ruling coalition Fuerza Patria came second. Jones, the party chairman, resigned.'))
  = 'Fuerza Patria/ORG;Jones/PER';  -- model-dependent
-- a town on a list that is a surname too, joined to a place after "in", is a place
select 'ent_91', (select group_concat(mention || '/' || type, ';') from news_entities(
  'Boeing chief executive Kelly Ortberg said the company would restart its factories in Renton and Everett.'))
  = 'Boeing/ORG;Kelly Ortberg/PER;Renton/LOC;Everett/LOC';  -- model-dependent
