-- quotes_reports.sql: patterns of attribution added after the first releases (ext/quotes.c,
-- ext/speakers.c), each on text of our own with every row it gives, exactly: quote, kind,
-- speaker, speaker_mention, cue and positions. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.speaker_mention, '') || '|' || ifnull(q.cue, '') || '|' || q.start || '|' ||
  q.length as row, q.start from d, news_quotes(d.body) as q;
-- two reports in one sentence: a second verb of saying after "but"/"and" ends the first
-- report, and so does a new subject with its own verb of saying
insert into d values (1,
 'Port director Maria Lund acknowledged that the cranes were old but noted that the repairs ' ||
 'would take a year.' || char(10) ||
 'Pablo Ferrer said the port would grow and Lund says the budget will shrink.');
select 'qr_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'indirect|that the cranes were old|Maria Lund|Maria Lund|acknowledged|39|24' || char(10) ||
    'indirect|that the repairs would take a year|Maria Lund|Maria Lund|noted|74|34' || char(10) ||
    'indirect|the port would grow|Pablo Ferrer|Pablo Ferrer|said|128|19' || char(10) ||
    'indirect|the budget will shrink|Maria Lund|Lund|says|162|22';
-- a speaker named in apposition after a longer description, after the quotation; the
-- quotation before it stays with its own speaker
insert into d values (2,
 '"We need your help," said Rita Alvarez.' || char(10) ||
 '"Nobody wants another delay," Ohio Rep. Tom Baxter''s chief of staff, Dana Whitmore, told ' ||
 'reporters on Monday.');
select 'qr_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by start))
  = 'direct|We need your help,|Rita Alvarez|Rita Alvarez|said|2|18' || char(10) ||
    'direct|Nobody wants another delay,|Dana Whitmore|Dana Whitmore|told|42|27';
-- a pronoun after an earlier speaker is named again: the story has gone back to them, even
-- though another person spoke more recently
insert into d values (3,
 '"We have to move fast on the harbour," said Mark Ellis, the port director.' || char(10) ||
 '' || char(10) ||
 'It is hard to wait for a decision. "You are used to being in charge," said Tom Varga, a former director. "Here the rules are different."' || char(10) ||
 '' || char(10) ||
 'The choice comes down to money and timing, to the price of steel and to the weather in the winter months, when the cranes stand still and the ships wait outside the breakwater for days on end. Nobody on the quay expects an answer before the spring, and the budget for next year has not yet been written.' || char(10) ||
 '' || char(10) ||
 'And for Ellis, that means the questions must wait.' || char(10) ||
 '' || char(10) ||
 '"I leave that to the board," he says.');
select 'qr_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by start))
  = 'direct|We have to move fast on the harbour,|Mark Ellis|Mark Ellis|said|2|36' || char(10) ||
    'direct|You are used to being in charge,|Tom Varga|Tom Varga|said|113|32' || char(10) ||
    'direct|Here the rules are different.|Tom Varga|Tom Varga|said|183|29' || char(10) ||
    'direct|I leave that to the board,|Mark Ellis|he|says|573|26';
-- "elaborated" and "affirms" are verbs of saying; a quotation standing alone after a
-- paragraph that ends in a report goes on with its speaker; "The report affirms:" is a
-- description speaking (no entity), not the cue "report"; "went on to say" takes the subject
insert into d values (4,
 'Lund elaborated in an opinion piece for the Harbour Journal that the cranes would be replaced.' || char(10) ||
 '"A new crane costs less than a year of repairs, and the workers know it."' || char(10) ||
 'The report affirms: "No worker will lose pay."' || char(10) ||
 'Harbour master Pablo Ferrer went on to say, "We have no other choice."');
select 'qr_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'indirect|that the cranes would be replaced|Lund|Lund|elaborated|61|33' || char(10) ||
    'direct|A new crane costs less than a year of repairs, and the workers know it.|Lund|Lund|elaborated|97|71' || char(10) ||
    'direct|No worker will lose pay.||The report|affirms|191|24' || char(10) ||
    'direct|We have no other choice.|Pablo Ferrer|Pablo Ferrer|say|262|24';
-- "Varga's wife, Melania, ...": the name in apposition after a family role is a woman and
-- the subject of the paragraph, so "she" later in it is Melania, not the last speaker and not
-- Varga (a lone first name the entity step may type as a place)
insert into d values (5,
 '"We need a governor who listens," said former state senator Jan Brewer, who endorsed him last year.' || char(10) ||
 'On the opening night, Varga''s wife, Melania, is scheduled to speak. She is often by her husband''s side but has spoken only a few times. At a rally in Dayton, she described Varga as "kind." She also noted, "When you attack him, he will punch back."');
select 'qr_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by start))
  = 'direct|We need a governor who listens,|Jan Brewer|Jan Brewer|said|2|31' || char(10) ||
    'partial|kind.|Melania|she|described|283|5' || char(10) ||
    'direct|When you attack him, he will punch back.|Melania|She|noted|307|40';
-- a date between the cue and its clause or after a report ("in March", "on Jan. 5"); "may"
-- is a month only after a preposition; a number right after "said" opens the clause
insert into d values (6,
 'The harbour master said in March that the pier would close by summer.' || char(10) ||
 'The pier will close by summer, Lund told reporters on Jan. 5.' || char(10) ||
 'Lund said 50 people were hurt.' || char(10) ||
 'The port will close, Lund said in late March.');
select 'qr_06', (select group_concat(row, char(10)) from (select row from r where id = 6 order by start))
  = 'indirect|that the pier would close by summer||The harbour master|said|34|35' || char(10) ||
    'indirect|The pier will close by summer|Lund|Lund|told|71|29' || char(10) ||
    'indirect|50 people were hurt|Lund|Lund|said|143|19' || char(10) ||
    'indirect|The port will close|Lund|Lund|said|164|19';
-- "people close to the mayor", "sources familiar with the talks": no one in particular speaks
-- (speaker NULL, the whole phrase as the mention), not the one they are close to
insert into d values (7,
 'Mayor Ana Ferri met the board on Monday.' || char(10) ||
 'The port may also get a boost from the state, according to people familiar with the plan.' || char(10) ||
 'People close to the mayor said the port would be sold.' || char(10) ||
 '"We will sell," said people close to the mayor.' || char(10) ||
 'Sources familiar with the talks say the deal is near.');
select 'qr_07', (select group_concat(row, char(10)) from (select row from r where id = 7 order by start))
  = 'indirect|The port may also get a boost from the state||people familiar with the plan|according to|42|44' || char(10) ||
    'indirect|the port would be sold||People close to the mayor|said|163|22' || char(10) ||
    'direct|We will sell,||people close to the mayor|said|188|13' || char(10) ||
    'indirect|the deal is near||Sources familiar with the talks|say|271|16';
-- "As reported by X, CLAUSE" and "CLAUSE, as first reported by X.": X is the source, as with
-- "according to"; a plain passive ("was reported by") is no report of a clause
insert into d values (8,
 'As reported by the Harbour Journal, the port became the first in the region to ban diesel trucks.' || char(10) ||
 'The port will ban diesel trucks, as first reported by the Harbour Journal.' || char(10) ||
 'The ban was reported by the Harbour Journal.');
select 'qr_08', (select group_concat(row, char(10)) from (select row from r where id = 8 order by start))
  = 'indirect|the port became the first in the region to ban diesel trucks|Harbour Journal|Harbour Journal|reported|37|60' || char(10) ||
    'indirect|The port will ban diesel trucks|Harbour Journal|Harbour Journal|reported|99|31';
-- a second verb of saying after "but" has the first report's speaker, even one that is no
-- name ("Analysts"); "surveys from Lund and Varga have shown" joins two names, no new report
insert into d values (9,
 'Analysts said the figures were weak but argued that the port had been recording healthy profits.' || char(10) ||
 'The mayor said the latest surveys from the Harbour Authority and Varga have indicated the market may recover.');
select 'qr_09', (select group_concat(row, char(10)) from (select row from r where id = 9 order by start))
  = 'indirect|the figures were weak||Analysts|said|15|21' || char(10) ||
    'indirect|that the port had been recording healthy profits||Analysts|argued|48|48' || char(10) ||
    'indirect|the latest surveys from the Harbour Authority and Varga have indicated the market may recover||The mayor|said|113|93';
-- a date after a report's cue ends the report of a verb of saying only: "an alliance agreed
-- in 2000" and "showed a rise comparable with 2003" are the writer's words
insert into d values (10,
 'The deadline marks the day the firm may sell its ferries, part of an alliance agreed in 2000.' || char(10) ||
 'Some analysts were hopeful, noting that the adjusted figures showed a rise comparable with 2003.');
select 'qr_10', (select count(*) from r where id = 10) = 0;
-- a text that opens with a verb of saying (the first token is the cue): nothing before it
-- to read, and no row without a speaker (6325b7a read before the first token)
insert into d values (11, 'Says the port will close.');
select 'qr_11', (select count(*) from r where id = 11) = 0;
-- a name before a role says whose or where the person is: "a Democratic aide", "a senior
-- Treasury official" speak for themselves (speaker NULL); a spokesman or spokeswoman speaks for
-- the name ("a spokeswoman for Mayor Ana Ferri", "a Harbour Authority spokesman")
insert into d values (12,
 'Mayor Ana Ferri met the board of the Harbour Authority on Monday.' || char(10) ||
 '"The mayor is committed," said a spokeswoman for Mayor Ana Ferri.' || char(10) ||
 '"We expect a deal," said a Democratic aide who asked not to be named.' || char(10) ||
 '"It is too early," said a senior Treasury official, speaking on condition of anonymity.' || char(10) ||
 '"We will not comment," said a Harbour Authority spokesman.');
select 'qr_12', (select group_concat(row, char(10)) from (select row from r where id = 12 order by start))
  = 'direct|The mayor is committed,|Ana Ferri|a spokeswoman for Mayor Ana Ferri|said|68|23' || char(10) ||
    'direct|We expect a deal,||a Democratic aide|said|134|17' || char(10) ||
    'direct|It is too early,||a senior Treasury official|said|204|16' || char(10) ||
    'direct|We will not comment,|Harbour Authority|a Harbour Authority spokesman|said|292|20';
-- a relative clause with its own report ends at ", said" when a new clause follows, its
-- subject a name ("GOP voters should"); "..., said Lund, who ..." is still the speaker
insert into d values (13,
 'Varga, who says Lund is attacking him because the polls have tightened, said GOP voters should back him.' || char(10) ||
 'The pier is unsafe, said Lund, who runs the port.');
select 'qr_13', (select group_concat(row, char(10)) from (select row from r where id = 13 order by start))
  = 'indirect|Lund is attacking him because the polls have tightened|Varga|Varga|says|17|54' || char(10) ||
    'indirect|GOP voters should back him|Varga|Varga|said|78|26' || char(10) ||
    'indirect|The pier is unsafe|Lund|Lund|said|106|18';
-- "said Ferri's spokesman, Mark Hale": the one named after the role speaks; "the mayor, Tom
-- Lake," teaches the role, so "added the mayor" is Tom Lake
insert into d values (14,
 'Port director Ana Ferri met the mayor, Tom Lake, on Monday.' || char(10) ||
 '"We will wait," said Ferri''s spokesman, Mark Hale.' || char(10) ||
 '"Nothing is decided," Lake told reporters. "We need time," added the mayor.');
select 'qr_14', (select group_concat(row, char(10)) from (select row from r where id = 14 order by start))
  = 'direct|We will wait,|Mark Hale|Mark Hale|said|62|13' || char(10) ||
    'direct|Nothing is decided,|Tom Lake|Lake|told|113|19' || char(10) ||
    'direct|We need time,|Tom Lake|the mayor|added|156|13';
-- a short sentence about a named person sets up the quotation after it ("Lund disagreed.
-- “…”"): that person, with no cue and a low score; not a pronoun, not a description
insert into d values (15,
 '"The port will stay open," Mayor Ana Ferri said on Monday.' || char(10) ||
 'Tom Lake, the harbour master, was blunt. "The cranes are finished."' || char(10) ||
 'He had worked there for years. "They were old in 1990."' || char(10) ||
 'The union was more cautious. "We will wait for the report."');
select 'qr_15', (select group_concat(row, char(10)) from (select row from r where id = 15 order by start))
  = 'direct|The port will stay open,|Ana Ferri|Ana Ferri|said|2|24' || char(10) ||
    'direct|The cranes are finished.|Tom Lake|Tom Lake||102|24' || char(10) ||
    'direct|They were old in 1990.||||160|22' || char(10) ||
    'direct|We will wait for the report.||||214|28';
select 'qr_16', (select score from d, news_quotes(d.body) as q where d.id = 15 and q.start = 102)
  < (select score from d, news_quotes(d.body) as q where d.id = 15 and q.start = 2);
-- "has long said that", "is quoted as saying that", and a programme's title between the cue
-- and its clause ("told CNN's “State of the Union” that")
insert into d values (16,
 'Mayor Ana Ferri has long said that the port is the city''s future.' || char(10) ||
 'Ferri is quoted as saying that the port is safe.' || char(10) ||
 'Ferri told CNN''s "State of the Union" that the cranes were old.');
select 'qr_17', (select group_concat(row, char(10)) from (select row from r where id = 16 order by start))
  = 'indirect|that the port is the city''s future|Ana Ferri|Ana Ferri|said|31|34' || char(10) ||
    'indirect|that the port is safe|Ana Ferri|Ferri|saying|93|21' || char(10) ||
    'indirect|that the cranes were old|Ana Ferri|Ferri|told|154|24';
-- "the Ohio Democrat said" is a description (no entity named "Democrat" speaks), an epithet
-- of the person the story follows (Rep. Ana Ferri, who opens the paragraph before); "...,
-- her voice breaking" after a report is the writer's phrase, not a second report
insert into d values (17,
 'Rep. Ana Ferri met the harbour master on Monday.' || char(10) ||
 '"We will fight," the Ohio Democrat said.' || char(10) ||
 'The port will stay open, Ferri said at a news conference, her voice breaking.');
select 'qr_18', (select group_concat(row, char(10)) from (select row from r where id = 17 order by start))
  = 'direct|We will fight,|Ana Ferri|the Ohio Democrat|said|51|14' || char(10) ||
    'indirect|The port will stay open|Ana Ferri|Ferri|said|91|23';
-- "described the deal as “...”": after a cue, "as" introduces the speaker's words (a partial
-- row); "known as “...”" is still a name, no row
insert into d values (18,
 'The union described the deal as "a betrayal of the workers."' || char(10) ||
 'The program, known as "Fast Lane," was cut.');
select 'qr_19', (select group_concat(row, char(10)) from (select row from r where id = 18 order by start))
  = 'partial|a betrayal of the workers.||The union|described|34|26';
-- a whole statement after a comma ends a sentence about a named person: that person's, the
-- sentence's verb as the cue, a low score
insert into d values (19,
 'Port director Ana Ferri met the board.' || char(10) ||
 'Earlier this week, Ferri shared her worry with an audience at a fundraiser in Dayton, "I do not know which board will show up."');
select 'qr_20', (select group_concat(row, char(10)) from (select row from r where id = 19 order by start))
  = 'direct|I do not know which board will show up.|Ana Ferri|Ferri|shared|127|39';
-- "sent a letter to donors saying, “…”": the letter's writer (the sentence's subject), not
-- its readers; "Her campaign ... an email to supporters stating" has no named subject:
-- speaker NULL, the group as the mention
insert into d values (20,
 'Mayor Ana Ferri spoke on Monday.' || char(10) ||
 'Her campaign quickly sent an email to supporters stating, "The mayor will not back down."' || char(10) ||
 'The Ferri campaign sent a letter to donors saying, "We need your help."');
select 'qr_21', (select group_concat(row, char(10)) from (select row from r where id = 20 order by start))
  = 'direct|The mayor will not back down.||Her campaign|stating|93|29' || char(10) ||
    'direct|We need your help.|Ana Ferri|Ferri|saying|176|18';
-- "Ana Ferri, 54," then "the 54-year-old said": the person whose age the text gave; another
-- age names no one
insert into d values (21,
 'Port director Ana Ferri, 54, met the board.' || char(10) ||
 '"We will wait," the 54-year-old said.' || char(10) ||
 '"Not us," the 60-year-old said.');
select 'qr_22', (select group_concat(row, char(10)) from (select row from r where id = 21 order by start))
  = 'direct|We will wait,|Ana Ferri|the 54-year-old|said|46|13' || char(10) ||
    'direct|Not us,||the 60-year-old|said|84|7';
-- "which he called “…”", "what Ana Ferri called “…”": a person calling something so is
-- quoted (partial); "a group called “…”" names it (no row)
insert into d values (22,
 'Lund wants to cut the fees, which he called "a tax on the poor."' || char(10) ||
 'The port has what Mayor Ana Ferri called "a perception problem."' || char(10) ||
 'A group called "Friends of the Port" met on Monday.');
select 'qr_23', (select group_concat(row, char(10)) from (select row from r where id = 22 order by start))
  = 'partial|a tax on the poor.|Lund|he|called|46|18' || char(10) ||
    'partial|a perception problem.|Ana Ferri|Ana Ferri|called|108|21';
-- a day with its clitic opens the clause ("said Thursday's storms ..."), not a phrase of time
insert into d values (23,
 'Ana Ferri, a fisher from Dunmore, said Thursday''s storms had cost her the boat.');
select 'qr_24', (select group_concat(row, char(10)) from (select row from r where id = 23 order by start))
  = 'indirect|Thursday''s storms had cost her the boat|Ana Ferri|Ana Ferri|said|40|39';
-- a report before an inverted cue whose speaker is named in apposition after a description
-- with a possessive; the words before an inverted cue must hold a verb
insert into d values (24,
 'The ferry will run again in May, said the company''s chief executive, Maria Costa.' || char(10) ||
 'Tomas Reid, his chief of staff, urged a quick deal.');
select 'qr_25', (select group_concat(row, char(10)) from (select row from r where id = 24 order by start))
  = 'indirect|The ferry will run again in May|Maria Costa|Maria Costa|said|1|31';
-- "eight in 10 NOUN (overall) said": the share speaks, with the people counted
insert into d values (25,
 'Nearly eight in 10 harbour workers overall said they would strike in June.');
select 'qr_26', (select group_concat(row, char(10)) from (select row from r where id = 25 order by start))
  = 'indirect|they would strike in June||Nearly eight in 10 harbour workers|said|49|25';
-- "NAME in a radio interview said": the speaker is before the phrase of place
insert into d values (26,
 'Harbour master Tomas Varga in a radio interview said he would close the pier.');
select 'qr_27', (select group_concat(row, char(10)) from (select row from r where id = 26 order by start))
  = 'indirect|he would close the pier|Tomas Varga|Tomas Varga|said|54|23';
-- "cannot" is a verb of the clause after "As X said in March,"
insert into d values (27,
 'As Lund said in March, the port cannot pay for the repairs.');
select 'qr_28', (select group_concat(row, char(10)) from (select row from r where id = 27 order by start))
  = 'indirect|the port cannot pay for the repairs|Lund|Lund|said|24|35';
-- a place after "a fisher from" ends an apposition and is not the speaker; a place right
-- after the name ("Lee Varga of Leith,") leaves the name the speaker
insert into d values (28,
 'Ana Ferri, a fisher from Dunmore, East Lothian, said the storms had cost her the boat.' || char(10) ||
 'Lee Varga of Leith, a union organiser, said the strike would go ahead.');
select 'qr_29', (select group_concat(row, char(10)) from (select row from r where id = 28 order by start))
  = 'indirect|the storms had cost her the boat|Ana Ferri|Ana Ferri|said|54|32' || char(10) ||
    'indirect|the strike would go ahead|Lee Varga|Lee Varga|said|132|25';
-- a speaker after an inverted "said" that tail_ends cannot see to the end of ("said Mr
-- Dunlop."); "A, says Dr Moffat, B" gives B, and A when A has a verb; a "that" clause
-- after the parenthetical report is B too
insert into d values (29,
 'Ferries from Leith took a similar route, said Mr Dunlop.' || char(10) ||
 'At the quay, says Dr Moffat, the cranes could stand idle for a year.' || char(10) ||
 'It helps, said Mr Dunlop, that the tide is high in May.');
select 'qr_30', (select group_concat(row, char(10)) from (select row from r where id = 29 order by start))
  = 'indirect|Ferries from Leith took a similar route|Dunlop|Dunlop|said|1|39' || char(10) ||
    'indirect|the cranes could stand idle for a year|Moffat|Moffat|says|87|38' || char(10) ||
    'indirect|It helps|Dunlop|Dunlop|said|127|8' || char(10) ||
    'indirect|that the tide is high in May|Dunlop|Dunlop|said|153|28';
-- words with a verb after an inverted "said" are its clause, not a speaker; a cue inside a
-- relative clause ("a banker who has advised the trust, said") reports nothing; another
-- inverted verb than say/tell still gives no row when no end of sentence follows the speaker
insert into d values (30,
 'The Harbour Trust, which saw its income rise, said the plan undervalued the pier.' || char(10) ||
 'Ana Ferri, a banker who has advised the trust, said the pier needs a new owner.' || char(10) ||
 'Yet the quay is still busy, insists Mr Dunlop, a fisher who left the town a decade ago.');
select 'qr_31', (select group_concat(row, char(10)) from (select row from r where id = 30 order by start))
  = 'indirect|the plan undervalued the pier|Harbour Trust|Harbour Trust|said|52|29' || char(10) ||
    'indirect|the pier needs a new owner|Ana Ferri|Ana Ferri|said|135|26';
-- "A, they say, but B" and "A, he said, to B": B goes on the report; "question" as a noun
-- before ", but" is no report
insert into d values (31,
 'He may not save the port, they say, but he is still a good manager.' || char(10) ||
 'It is his job, he said, to talk to the council about the pier.' || char(10) ||
 'It is a hard question, but Ana Ferri found an answer.');
select 'qr_32', (select group_concat(row, char(10)) from (select row from r where id = 31 order by start))
  = 'indirect|He may not save the port||they|say|1|24' || char(10) ||
    'indirect|but he is still a good manager||they|say|37|30' || char(10) ||
    'indirect|It is his job||he|said|69|13' || char(10) ||
    'indirect|to talk to the council about the pier||he|said|93|37';
-- a share of people speaks a quotation too (speaker NULL, the share as the mention); "As X
-- put it," names who put it; a year after "in" is no share ("Lund had in 2004 complained":
-- Lund's)
insert into d values (32,
 'Among dockers, 14 percent said: "The pier must close."' || char(10) ||
 'As the Harbour Journal put it, "The port is a mess."' || char(10) ||
 'Lund had in 2004 complained about "the smell of the quay".');
select 'qr_33', (select group_concat(row, char(10)) from (select row from r where id = 32 order by start))
  = 'direct|The pier must close.||14 percent|said|34|20' || char(10) ||
    'direct|The port is a mess.|Harbour Journal|Harbour Journal|put it|88|19' || char(10) ||
    'partial|the smell of the quay|Lund|Lund|complained|144|21';
-- "told Reuters the company would ...", "told reporters the plan was dead": a named object
-- or an audience, then a clause with its auxiliary or modal a few words on; "told the BBC
-- the story of his life" gives no row
insert into d values (33,
 'Tomas Varga told Reuters the company would close the pier.' || char(10) ||
 'Varga told the BBC the storm was the worst in years.' || char(10) ||
 'Varga told the BBC the story of his life.' || char(10) ||
 'Varga told reporters the plan was dead.');
select 'qr_34', (select group_concat(row, char(10)) from (select row from r where id = 33 order by start))
  = 'indirect|the company would close the pier|Tomas Varga|Tomas Varga|told|26|32' || char(10) ||
    'indirect|the storm was the worst in years|Tomas Varga|Varga|told|79|32' || char(10) ||
    'indirect|the plan was dead|Tomas Varga|Varga|told|176|17';
-- words sent in an email or a letter by a group opening the sentence are the group's
-- (speaker NULL, the group as the mention), never the readers'
insert into d values (34,
 'The union sent an email to members stating, "The strike is off."' || char(10) ||
 'Her campaign quickly sent out a letter to donors saying, "We need you."');
select 'qr_35', (select group_concat(row, char(10)) from (select row from r where id = 34 order by start))
  = 'direct|The strike is off.||The union|stating|46|18' || char(10) ||
    'direct|We need you.||Her campaign|saying|124|12';
-- a name the entity step missed after "As" ("As Quayside put it,"): "As" is no part of it
insert into d values (35,
 'As Quayside put it, "The harbour is a mess." The band split.' || char(10) ||
 'As Harbourwatch reported, "The pier will close in May."');
-- the model of lead26 names both, and they speak
select 'qr_36', (select group_concat(row, char(10)) from (select row from r where id = 35 order by start))
  = 'direct|The harbour is a mess.|Quayside|Quayside|put it|22|22' || char(10) ||
    'direct|The pier will close in May.|Harbourwatch|Harbourwatch|reported|89|27';
