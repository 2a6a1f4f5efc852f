-- quotes_s24.sql: news_quotes() rules of branch quotes24, for reported speech without marks,
-- written as rules a reader of news in general would agree with: a number or a quantity
-- standing for people ("the two", "both", "many") has its verb in -ed right after it; a
-- relative clause after the report's subject is skipped to a verb in the past as well as to
-- an auxiliary; plurals of people without -s ("people", "staff", "children", "women") speak
-- as "officials" do, opening the sentence or after a comma; a body's name before its short
-- form in brackets at the end of the sentence, though the entity step did not take it whole;
-- reports in the plural opening a sentence speak for their writers ("Reports said"); the one
-- who put out a statement, after "released by", ends the phrase between the cue and a report
-- without "that"; after an inverted cue set off by commas, the report may open with a
-- gerund's phrase before its modal, or with a subject and a verb in the past; a plural and
-- its phrase opening the sentence speak for "and said" after their verb; a conjunction heads
-- no description ("the road but"), and a pronoun opening the sentence speaks for "but says";
-- a phrase with "of" and no verb before a parenthetical cue is no report ("Of course"); a
-- quantity speaks past its share in brackets ("Most (62%) said") or an aside of examples
-- ("Some, such as ..., said"); "these" opens a clause after a leading "Yet" as at the start;
-- a clause ending in a name before ", said Mr X." is the report, not a subject; a plural
-- after a noun or two ending the sentence after an inverted cue speaks ("say web analysts.");
-- after "told" and the one told, a name or a noun phrase with a verb in the past opens the
-- clause ("told the BBC Mr Howard had ...", "told the BBC News website the party avoided");
-- "no one" and its phrase open the clause before a verb in the past; an honorific right
-- after any inverted cue leads its speaker's name (", warned Mr Cracknell."); what a noun and
-- a plural after "told" or "urged" are to do is reported ("urged music fans to boycott");
-- reports after the comma that ends a report speak for it (", reports say."); an aside set off
-- by dashes between a cue in the past and "that" is skipped, as one set off by commas is;
-- after "which he argued", the first word in -s is the verb of the report; a headline ending
-- "says" and a name with no comma reports the words before ("Ferry fares rise says Lund").
-- Texts are our own.
-- Each line prints id|1; a document's rows are compared whole, in order.
create table d(id integer primary key, body text);
-- a number standing for people, then its verb in -ed; not before a noun
insert into d values (1,
 'Officials said the two raised $350 million for the hospital.');
insert into d values (2,
 'Police said many drowned in the flood.');
insert into d values (3,
 'The clinic reported two confirmed cases of measles.');
-- a relative clause between the report's subject and its verb in the past
insert into d values (4,
 'The bureau said the farm sector, which employs a fifth of the workforce, grew 2% in May.');
insert into d values (5,
 'Lund said she met the envoy, who returned home on Friday.');
-- plurals without -s opening the sentence; not inside a relative clause
insert into d values (6,
 'Hospital staff have warned they will walk out in March.');
insert into d values (7,
 'The forms would help patients, where people say they want no treatment.');
-- a body's long name, then its short form in brackets, ending the sentence
insert into d values (8,
 'Ferry fares rose sharply in May, the Office of the Deputy First Minister (ODFM) has said.');
-- reports opening the sentence, a name or two before them; not with a phrase after them
insert into d values (9,
 'Local press reports had suggested that the ferry would be sold.');
insert into d values (10,
 'Reports of the sale said little.');
-- a statement put out by someone, then the report without "that"
insert into d values (11,
 'Lund said in a statement released by the harbour board the ferry will stop in May.');
insert into d values (12,
 'The ministry said in a statement issued by its press office the port would close.');
-- after "..., said X,": a gerund's phrase and a modal; a subject and a past; not an
-- apposition of the writer's
insert into d values (13,
 'For example, said Dr Varga, cleaning the filters twice a year can halve the cost.');
insert into d values (14,
 'On average, said Ms Lund, passengers waited ten minutes.');
insert into d values (15,
 'More than 600 ferries were sold last year, said the survey, the highest total on record.');
-- "Opponents of the plan welcomed ... and said"
insert into d values (16,
 'Opponents of the new bridge welcomed the vote and said a second inquiry would follow.');
-- "but said" after the object: the sentence's subject, not "the road but"
insert into d values (17,
 'Residents of the island blocked the road but said they would leave on Friday.');
insert into d values (18,
 'She is a ferry user but concedes that most of her neighbours prefer the bridge.');
insert into d values (19,
 'Of course, she readily admits, the pier could have been saved.');
-- a quantity, then its share in brackets or examples, then the cue
insert into d values (20,
 'Most (58%) said they had never used the ferry.');
insert into d values (21,
 'Some, such as 71-year-old Tom Reyes, said they would rather walk.');
-- "Yet these", then a verb in -ed, before an inverted cue
insert into d values (22,
 'Yet these accounted for a fifth of the total, said Dr Varga.');
-- a clause whose last word is a name, then an inverted cue and an honorific
insert into d values (23,
 'There would be no sudden changes to Harbour Mills, said Mr Ferri.');
insert into d values (24,
 'Ana Ferri, the mayor of Dover, said the ferry would stop.');
-- ", say harbour experts.": a plural after a noun, ending the sentence
insert into d values (25,
 'Ferry crossings could double by 2030, say harbour experts.');
-- after "told" and an outlet: a name and its verb; a short noun and a verb in the past
insert into d values (26,
 'Harbour staff told the BBC Mr Ferri had always opposed the plan.');
insert into d values (27,
 'A council spokesman told the Harbour Times website the council avoided the quay at night.');
-- "said no one on the ferry ...": the pronoun, its phrase, a verb in the past
insert into d values (28,
 'Ferri said no one on the ferry reported the fault.');
-- ", explained Mr X.", ", warned Dr X.": an honorific before the name; not after "after"
insert into d values (29,
 'In one part of the county, online lessons helped people find jobs, explained Mr Hosking.');
insert into d values (30,
 'The union protested after Mr Varga, who chairs the board, refused to answer.');
-- "told government departments to", "urged music fans to"; not "told the story to reporters"
insert into d values (31,
 'The mayor told harbour pilots to stay in port.');
insert into d values (32,
 'Lund told the story to reporters.');
-- ", reports say.", ", newspaper reports claim."
insert into d values (33,
 'The ferry line has been sold to a rival, reports say.');
-- "argued - rebuking ... - that": a dash aside with a participle in it
insert into d values (34,
 'Ferri argued forcefully - criticising the board twice by name - that the pier was safe.');
-- a relative pronoun before the cue's subject: the report opens with its verb
insert into d values (35,
 'He criticized the board, which he argued seeks to close the pier.');
-- a headline: "... says NAME", no comma; not "Harbour master says Lund"
insert into d values (36,
 'Ferry fares to rise again says Lund' || char(10) || 'Fares will rise by 5% in May, Ana Lund said.');
insert into d values (37,
 'Harbour master says Lund' || char(10) || 'The harbour master named Ana Lund on Friday.');

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 's24_01', (select rows from doc where id = 1) = 'indirect|the two raised $350 million for the hospital||Officials|said';
select 's24_02', (select rows from doc where id = 2) = 'indirect|many drowned in the flood||Police|said';
select 's24_03', (select count(*) from q where id = 3) = 0;
select 's24_04', (select rows from doc where id = 4) = 'indirect|the farm sector, which employs a fifth of the workforce, grew 2% in May||The bureau|said';
select 's24_05', (select rows from doc where id = 5) = 'indirect|she met the envoy|Lund|Lund|said';
select 's24_06', (select rows from doc where id = 6) = 'indirect|they will walk out in March||staff|warned';
select 's24_07', (select count(*) from q where id = 7) = 0;
select 's24_08', (select rows from doc where id = 8) = 'indirect|Ferry fares rose sharply in May|ODFM|ODFM|said';
select 's24_09', (select rows from doc where id = 9) = 'indirect|that the ferry would be sold||Local press reports|suggested';
select 's24_10', (select count(*) from q where id = 10) = 0;
select 's24_11', (select rows from doc where id = 11) = 'indirect|the ferry will stop in May|Lund|Lund|said';
select 's24_12', (select rows from doc where id = 12) = 'indirect|the port would close||The ministry|said';
select 's24_13', (select rows from doc where id = 13) = 'indirect|cleaning the filters twice a year can halve the cost|Varga|Varga|said';
select 's24_14', (select rows from doc where id = 14) = 'indirect|passengers waited ten minutes|Lund|Lund|said';
select 's24_15', (select rows from doc where id = 15) = 'indirect|More than 600 ferries were sold last year||the survey|said';
select 's24_16', (select rows from doc where id = 16) = 'indirect|a second inquiry would follow||Opponents of the new bridge|said';
select 's24_17', (select rows from doc where id = 17) = 'indirect|they would leave on Friday||Residents of the island|said';
select 's24_18', (select rows from doc where id = 18) = 'indirect|that most of her neighbours prefer the bridge||She|concedes';
select 's24_19', (select rows from doc where id = 19) = 'indirect|the pier could have been saved||she|admits';
select 's24_20', (select rows from doc where id = 20) = 'indirect|they had never used the ferry||Most|said';
select 's24_21', (select rows from doc where id = 21) = 'indirect|they would rather walk||Some|said';
select 's24_22', (select rows from doc where id = 22) = 'indirect|Yet these accounted for a fifth of the total|Varga|Varga|said';
select 's24_23', (select rows from doc where id = 23) = 'indirect|There would be no sudden changes to Harbour Mills|Ferri|Ferri|said';
select 's24_24', (select rows from doc where id = 24) = 'indirect|the ferry would stop|Ana Ferri|Ana Ferri|said';
select 's24_25', (select rows from doc where id = 25) = 'indirect|Ferry crossings could double by 2030||harbour experts|say';
select 's24_26', (select rows from doc where id = 26) = 'indirect|Mr Ferri had always opposed the plan||Harbour staff|told';
select 's24_27', (select rows from doc where id = 27) = 'indirect|the council avoided the quay at night||A council spokesman|told';
select 's24_28', (select rows from doc where id = 28) = 'indirect|no one on the ferry reported the fault|Ferri|Ferri|said';
select 's24_29', (select rows from doc where id = 29) = 'indirect|In one part of the county, online lessons helped people find jobs|Hosking|Hosking|explained';
select 's24_30', (select count(*) from q where id = 30) = 0;
select 's24_31', (select rows from doc where id = 31) = 'indirect|to stay in port||The mayor|told';
select 's24_32', (select count(*) from q where id = 32) = 0;
select 's24_33', (select rows from doc where id = 33) = 'indirect|The ferry line has been sold to a rival||reports|say';
select 's24_34', (select rows from doc where id = 34) = 'indirect|that the pier was safe|Ferri|Ferri|argued';
select 's24_35', (select rows from doc where id = 35) = 'indirect|seeks to close the pier||he|argued';
select 's24_36', (select rows from doc where id = 36) = 'indirect|Ferry fares to rise again|Ana Lund|Lund|says ## indirect|Fares will rise by 5% in May|Ana Lund|Ana Lund|said';
select 's24_37', (select count(*) from q where id = 37) = 0;
