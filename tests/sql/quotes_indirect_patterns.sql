-- quotes_indirect_patterns.sql: reported speech (kind indirect) found by the rules of issue 4's third
-- pass (ext/quotes.c, find_indirect and its helpers), each on text of our own with every row
-- it gives, exactly: kind, quote, speaker, speaker_mention, cue and positions. Each line
-- prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.speaker_mention, '') || '|' || ifnull(q.cue, '') || '|' || q.start || '|' ||
  q.length as row, q.start from d, news_quotes(d.body) as q;
-- a report before its cue: a capitalised object after "told" that the entity step left out
-- ends the tail; a title before the name still has the comma before it (A, Mr. X said, B);
-- after "although" the writer speaks again
insert into d values (1,
 'The pier will close in May, harbour director Tom Lake told HARBOURWIRE on Monday.' || char(10) ||
 'It is no surprise, Mr. Garin said, that the port did better this year.' || char(10) ||
 'Growth will slow, Mr Mendis told reporters, although he would not say by how much.');
select 'qrp_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'indirect|The pier will close in May|Tom Lake|Tom Lake|told|1|26' || char(10) ||
    'indirect|It is no surprise|Garin|Garin|said|83|17' || char(10) ||
    'indirect|that the port did better this year|Garin|Garin|said|118|34' || char(10) ||
    'indirect|Growth will slow|Mendis|Mendis|told|154|16';
-- the report ends before a relative clause after a dash when a quotation follows in it, and
-- at ", whom"
insert into d values (2,
 'Ana Ferri said in a statement that, if the claims are true, the company is breaking the rules — which she added "is deeply regrettable."' || char(10) ||
 'Spokesman Eric Dunn said observers were sent with the marchers, whom he described as calm.');
select 'qrp_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by start))
  = 'indirect|that, if the claims are true, the company is breaking the rules|Ana Ferri|Ana Ferri|said|31|63' || char(10) ||
    'direct|is deeply regrettable.|Ana Ferri|she|added|114|22' || char(10) ||
    'indirect|observers were sent with the marchers|Eric Dunn|Eric Dunn|said|163|37';
-- a name the entity step left out after a preposition before "that"; a subject before a phrase
-- of place with a word of its own ("in a blog post"); a share whose people a capitalised word leads
insert into d values (3,
 'The council said on HARBOUR FM that the ferry would stop in June.' || char(10) ||
 'Lee Varga in a blog post said he would put more money into the docks.' || char(10) ||
 'Nearly eight in 10 Welsh dockers overall said they would back the strike.');
select 'qrp_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by start))
  = 'indirect|that the ferry would stop in June||The council|said|32|33' || char(10) ||
    'indirect|he would put more money into the docks|Lee Varga|Lee Varga|said|97|38' || char(10) ||
    'indirect|they would back the strike||Nearly eight in 10 Welsh dockers|said|183|26';
-- "as X noted," after other words: the clause after the comma is the report; a phrase of time
-- or place before a parenthetical cue is no report, and a clause after it may open with "this"
insert into d values (4,
 'Workers can still be fined for this, and as Lund noted in her letter, people involved in the sale could still lose their jobs.' || char(10) ||
 'In the long run, many economists say, this effect could slow the growth of wages.');
select 'qrp_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'indirect|people involved in the sale could still lose their jobs|Lund|Lund|noted|71|55' || char(10) ||
    'indirect|this effect could slow the growth of wages||many economists|say|166|42';
-- a question put to the subject in the passive is reported speech of an unnamed asker (or of
-- the one after "by"); "asked if NAME" and "warned that" are no object before a clause
insert into d values (5,
 'Asked if she was a member of the club, Ms Rowe said: "I go there on Sundays."' || char(10) ||
 'Lund was asked by host Tom Dick whether his aim was the same as Ferri''s.' || char(10) ||
 'Lund was asked about the plan.' || char(10) ||
 'Ferri asked if BMW would pay for the repairs.' || char(10) ||
 'Analysts warned that the port was unlikely to keep growing.');
select 'qrp_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by start))
  = 'indirect|if she was a member of the club|||Asked|7|31' || char(10) ||
    'direct|I go there on Sundays.|Rowe|Rowe|said|55|22' || char(10) ||
    'indirect|whether his aim was the same as Ferri''s|Tom Dick|Tom Dick|asked|111|39' || char(10) ||
    'indirect|if BMW would pay for the repairs|Ferri|Ferri|asked|195|32' || char(10) ||
    'indirect|that the port was unlikely to keep growing||Analysts|warned|245|42';
-- "that" and a comma before a subordinate clause inside the report; "this" opening a clause
-- with a verb soon after; a quotation inside an aside between dashes before the cue (the
-- fragment in it is the sentence's subject's, Lake's)
insert into d values (6,
 'Critics of the levy argue that, while it may cut fares, workers will not see the savings.' || char(10) ||
 'Professor Alba suggests this gap has less to do with money than with habits.' || char(10) ||
 'Mayor Tom Lake - who once said he would "sink" the ferry - said at a rally in Dover that the port should close.');
select 'qrp_06', (select group_concat(row, char(10)) from (select row from r where id = 6 order by start))
  = 'indirect|that, while it may cut fares, workers will not see the savings||Critics of the levy|argue|27|62' || char(10) ||
    'indirect|this gap has less to do with money than with habits|Alba|Alba|suggests|115|51' || char(10) ||
    'partial|sink|Tom Lake|Tom Lake|said|209|4' || char(10) ||
    'indirect|that the port should close|Tom Lake|Tom Lake|said|252|26';
-- a Title Case headline given a full stop: the entity step no longer reads "Ana Lund Says Ferry"
-- as one name, and the cue inside it reports
insert into d values (7,
 'Ana Lund Says Ferry Will Stop In May.' || char(10) ||
 '' || char(10) ||
 'The harbour board met on Monday.');
select 'qrp_07', (select group_concat(row, char(10)) from (select row from r where id = 7 order by start))
  = 'indirect|Ferry Will Stop In May|Ana Lund|Ana Lund|Says|15|22';
-- a report goes on after ", and" or ", but" with a second "that" or a verb of the same subject
-- (a new subject after them is the writer's)
insert into d values (8,
 'Tim Lake said that the port may have to close, and that the cranes would be sold.' || char(10) ||
 'Analysts said the new figures gave more detail, and may trigger a rival bid.' || char(10) ||
 'Ferri said the pier was safe, and the council agreed.');
select 'qrp_08', (select group_concat(row, char(10)) from (select row from r where id = 8 order by start))
  = 'indirect|that the port may have to close, and that the cranes would be sold|Tim Lake|Tim Lake|said|15|66' || char(10) ||
    'indirect|the new figures gave more detail, and may trigger a rival bid||Analysts|said|97|61' || char(10) ||
    'indirect|the pier was safe|Ferri|Ferri|said|171|17';
-- the first person in the past reports ("I told"), not in the present ("I demand"); a date after
-- a cue opens no clause; "but that was" is the writer's ("that" a pronoun)
insert into d values (9,
 'I told Ms Kelly that the ferry would stop in May.' || char(10) ||
 'I demand a prize for the best harbour.' || char(10) ||
 '"The pier is safe," Rubio said Dec. 6 on Radio Kent.' || char(10) ||
 'The minister had been saying she understood the fear, but that was not what was happening, the spokesman said.');
select 'qrp_09', (select group_concat(row, char(10)) from (select row from r where id = 9 order by start))
  = 'indirect|that the ferry would stop in May||I|told|17|32' || char(10) ||
    'direct|The pier is safe,|Rubio|Rubio|said|91|17' || char(10) ||
    'indirect|she understood the fear||The minister|saying|172|23';
-- "according to" after a dash that closes an aside: the clause before it
insert into d values (10,
 'In 2014, the port handled 115 ships — most of them ferries — according to the harbour board.');
select 'qrp_10', (select group_concat(row, char(10)) from (select row from r where id = 10 order by start))
  = 'indirect|In 2014, the port handled 115 ships — most of them ferries||the harbour board|according to|1|58';
-- what a poll, a record or a committee shows or finds, without "that": a clause whose verb
-- comes soon (not after "to find"); after a thing, "that" and a verb is a relative pronoun
insert into d values (11,
 'Harbour records show Lund has donated 38,000 pounds since 2010.' || char(10) ||
 'The committee found the council had failed to inspect the pier.' || char(10) ||
 'The board ran a poll to find the best ferry never to have sunk.' || char(10) ||
 'Divers found the papers that were lost.' || char(10) ||
 'Lund told reporters that was a mistake.');
-- the model of lead26 reads "Harbour" as an ORG (the text never writes the word in lower case),
-- and the mention takes it in
select 'qrp_11', (select group_concat(row, char(10)) from (select row from r where id = 11 order by start))
  = 'indirect|Lund has donated 38,000 pounds since 2010||Harbour records|show|22|41' || char(10) ||
    'indirect|the council had failed to inspect the pier||The committee|found|85|42' || char(10) ||
    'indirect|that was a mistake|Lund|Lund|told|253|18';
-- "and" inside the subject after the clause (with a verb of saying or a past cue); the one
-- before a relative clause speaks, and no subject is taken from a relative clause the cue
-- belongs to; a noun after "a product" is no cue
insert into d values (12,
 'The ferry will stay, dockers and union officials told HARBOURWIRE.' || char(10) ||
 'Farmers in Dover who watched the Saturday debate said they were unfazed by the row.' || char(10) ||
 'Agents who search his home and threaten his family are the villains.' || char(10) ||
 'The firm is grappling with losses, weak sales and now a product recall.');
select 'qrp_12', (select group_concat(row, char(10)) from (select row from r where id = 12 order by start))
  = 'indirect|The ferry will stay||officials|told|1|19' || char(10) ||
    'indirect|they were unfazed by the row||Farmers in Dover|said|122|28';
-- what someone is told in the passive: the teller unnamed (NULL) or after "by"; "had once told"
-- is active; a clause before "has been told" keeps the old reading
insert into d values (13,
 'Staff were told they would lose their jobs.' || char(10) ||
 'Lund has been told by the council that the pier would close.' || char(10) ||
 'The pier is unsafe, a Dover court has been told.' || char(10) ||
 'Lund had once told Ferri that the ferry was late.');
select 'qrp_13', (select group_concat(row, char(10)) from (select row from r where id = 13 order by start))
  = 'indirect|they would lose their jobs|||told|17|26' || char(10) ||
    'indirect|that the pier would close||the council|told|79|25' || char(10) ||
    'indirect|The pier is unsafe||a Dover court|told|106|18' || char(10) ||
    'indirect|that the ferry was late|Lund|Lund|told|180|23';
-- "and" before a second act of the speaker ("and calling it ...") ends the report
insert into d values (14,
 'Ana Lund has pushed back against the claims, saying the port has been a pioneer in hiring women and calling it "a model employer."');
select 'qrp_14', (select group_concat(row, char(10)) from (select row from r where id = 14 order by start))
  = 'indirect|the port has been a pioneer in hiring women|Ana Lund|Ana Lund|saying|53|43' || char(10) ||
    'partial|a model employer.||||113|17';
-- plain reports the BBC writes often: "said no such deal ...", a noun that is also a cue ("said
-- demand was"), "warned the move would", "told the Gazette lessons were", the ones addressed
-- ("the court", "jurors") before a pronoun; a price after "added" and "announced no plans" are no
-- report
insert into d values (15,
 'Harbour officials said no such deal had been offered.' || char(10) ||
 'The port said demand was strong.' || char(10) ||
 'The company warned the move would cut its profits by 8.6%.' || char(10) ||
 'A senior harbour official told the Gazette lessons were being learned.' || char(10) ||
 'Ms Kite told the court she had later called the mayor.' || char(10) ||
 'Tom Sullivan admitted to jurors he was willing to lie.' || char(10) ||
 'The Gazette has announced no plans to close the office although sales have fallen.' || char(10) ||
 'Dock shares added 1.7%, while ferry shares fell.');
select 'qrp_15', (select group_concat(row, char(10)) from (select row from r where id = 15 order by start))
  = 'indirect|no such deal had been offered||officials|said|24|29' || char(10) ||
    'indirect|demand was strong||The port|said|69|17' || char(10) ||
    'indirect|the move would cut its profits by 8.6%||The company|warned|107|38' || char(10) ||
    'indirect|lessons were being learned||A senior harbour official|told|190|26' || char(10) ||
    'indirect|she had later called the mayor|Kite|Kite|told|241|30' || char(10) ||
    'indirect|he was willing to lie|Tom Sullivan|Tom Sullivan|admitted|305|21';
-- a year between the subject and the cue; a report or a statement as the subject; a share
-- written with "%"; "the" before the name after the clause; a phrase of time after the
-- one addressed; a cue noun followed by "for" as the clause's subject
insert into d values (16,
 'The Harbour Strategy Unit in 2003 said people from Dover were doing well.' || char(10) ||
 'The FAO report said that support for farmers was far too low.' || char(10) ||
 'Among the over-65s, 70% said they would vote.' || char(10) ||
 'Ferry sales are growing, the Kent Transport Department said, with sales up 25%.' || char(10) ||
 'Chairman Sam Younger told MPs on Tuesday care was needed.' || char(10) ||
 'Tom Panke predicted demand for such ferries would soar.');
select 'qrp_16', (select group_concat(row, char(10)) from (select row from r where id = 16 order by start))
  = 'indirect|people from Dover were doing well|Harbour Strategy Unit|Harbour Strategy Unit|said|40|33' || char(10) ||
    'indirect|that support for farmers was far too low||The FAO report|said|95|40' || char(10) ||
    'indirect|they would vote||70%|said|166|15' || char(10) ||
    'indirect|Ferry sales are growing|Kent Transport Department|Kent Transport Department|said|183|23' || char(10) ||
    'indirect|care was needed|Sam Younger|Sam Younger|told|304|15' || char(10) ||
    'indirect|demand for such ferries would soar|Tom Panke|Tom Panke|predicted|341|34';
-- "his family" and "the retailer" speak (a noun in -ly is no adverb); a relative clause after
-- the report's subject, before its verb, is part of the report
insert into d values (17,
 'The ferry''s former captain, Tom Holiff, has died at the age of 79, his family said.' || char(10) ||
 'Mr Lake said the bill, which brings in a new levy, had safeguards already.' || char(10) ||
 'The retailer said Ms Saaid had resigned.');
select 'qrp_17', (select group_concat(row, char(10)) from (select row from r where id = 17 order by start))
  = 'indirect|The ferry''s former captain, Tom Holiff, has died at the age of 79||his family|said|1|65' || char(10) ||
    'indirect|the bill, which brings in a new levy, had safeguards already|Lake|Lake|said|98|60' || char(10) ||
    'indirect|Ms Saaid had resigned||The retailer|said|178|21';
-- the body opening the sentence before ", but said"; "only", "as many as", "at least" opening a
-- clause; a noun cue inside the one addressed ("TV show"); "in a referendum" before the clause
insert into d values (18,
 'The bank gave no details of the loss, but said the records had not been misused.' || char(10) ||
 'Prime Minister Ana Ferri said as many as 3,000 firms could be sold.' || char(10) ||
 'The port director, Tom Lake, says only 11 ships have docked this year.' || char(10) ||
 'Author Dan Lewis said at least 111 bodies had been set up.' || char(10) ||
 'He told US TV show 60 Minutes that the film would be dark.' || char(10) ||
 'Most islanders said in a referendum they wanted to stay.');
select 'qrp_18', (select group_concat(row, char(10)) from (select row from r where id = 18 order by start))
  = 'indirect|the records had not been misused||The bank|said|48|32' || char(10) ||
    'indirect|as many as 3,000 firms could be sold|Ana Ferri|Ana Ferri|said|112|36' || char(10) ||
    'indirect|only 11 ships have docked this year|Tom Lake|Tom Lake|says|184|35' || char(10) ||
    'indirect|at least 111 bodies had been set up|Dan Lewis|Dan Lewis|said|243|35' || char(10) ||
    'indirect|that the film would be dark|Dan Lewis|He|told|310|27' || char(10) ||
    'indirect|they wanted to stay||Most islanders|said|375|19';
-- a capitalised object after "told" ends the tail only when nothing but a stop, a comma or a
-- phrase of time follows it ("told MPs the harbour master, Tom Lake, ..." is no tail: no A part)
insert into d values (19,
 'But he told MPs the harbour master, Tom Lake, was insisting on a new pier.');
select 'qrp_19', (select group_concat(row, char(10)) from (select row from r where id = 19 order by start))
  is null;
-- a share in words, British style ("Thirty per cent said")
insert into d values (20,
 'Thirty per cent said the pier could not be trusted.' || char(10) ||
 'About 40 per cent said they would vote.');
select 'qrp_20', (select group_concat(row, char(10)) from (select row from r where id = 20 order by start))
  = 'indirect|the pier could not be trusted||Thirty per cent|said|22|29' || char(10) ||
    'indirect|they would vote||40 per cent|said|76|15';
-- a document after an inverted cue, or before a cue after the clause, speaks ("said a World
-- Bank report.", "new research says.")
insert into d values (21,
 'Ferry sales are weak, said a World Bank report.' || char(10) ||
 'Sales of hybrid ferries will double, new research says.');
select 'qrp_21', (select group_concat(row, char(10)) from (select row from r where id = 21 order by start))
  = 'indirect|Ferry sales are weak|World Bank|World Bank|said|1|20' || char(10) ||
    'indirect|Sales of hybrid ferries will double||new research|says|49|35';
-- a report inside a subordinate clause ends at its comma, but not at a relative clause after
-- its subject
insert into d values (22,
 'The pound slid after a Dover report suggested the port, which has large reserves, had plans to sell them.');
select 'qrp_22', (select group_concat(row, char(10)) from (select row from r where id = 22 order by start))
  = 'indirect|the port, which has large reserves, had plans to sell them||a Dover report|suggested|47|58';
-- a body, a role or a plural opening the sentence before ", which/who ..., said" speaks
insert into d values (23,
 'The Paris-based harbour watchdog, which advises ports on safety, said the revision was due to stronger demand.');
select 'qrp_23', (select group_concat(row, char(10)) from (select row from r where id = 23 order by start))
  = 'indirect|the revision was due to stronger demand||The Paris-based harbour watchdog|said|71|39';
-- "said while it was ..., B": a concessive clause opens the report (not "said while visiting")
insert into d values (24,
 'Correspondent Ana Ferri said while it was an agreement in principle, the ports now have to look at how it would work.' || char(10) ||
 'Lund said while visiting Dover that the pier was safe.');
select 'qrp_24', (select group_concat(row, char(10)) from (select row from r where id = 24 order by start))
  = 'indirect|while it was an agreement in principle, the ports now have to look at how it would work|Ana Ferri|Ana Ferri|said|30|87';
