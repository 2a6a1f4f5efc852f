-- quotes_reported7.sql: speakers, fragments and reports of branch quotes7. A judge's title in full
-- ("Justice Anil Varma") makes a later "the judge" that person; a fragment joined by "and"
-- (or "and that") to an earlier one hangs on the same cue; of two companies that lead a
-- story alike, "the firm" is the one that opened a sentence as its subject last, "Shares in
-- X" included. A plural noun opening a sentence before its verb is the subject of ",
-- saying ..."; "While saying ..., X continued" is X's, and the report ends at the comma.
-- What one is told or urged to do is reported with its "to"; the object before a second
-- cue ("admitted the mistake but said ...") reports nothing, nor does a cue someone is
-- ordered to say ("ordered the city to explain why ..."). "doesn't" is a verb. "X, who
-- ..., said" is X's report after the cue, not a report before it. A plural after a number
-- or a preposition is a noun ("reported a loss of 2,000 jobs": a plain object). Texts are our own. Each line
-- prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'A bench headed by Justice Anil Varma said the state had ignored its orders. '
 || '"How many more years must the residents wait?" the judge asked.');
insert into d values (2,
 'The airline said it was "truly sorry" and that bookings had been "unusually heavy". '
 || 'Critics said the fares were "absurd", but the "green lane" scheme went ahead.');
insert into d values (3,
 'Brightwell Energy opened a plant in Kent. Shares in Tesco fell 4%. '
 || 'The firm said sales had dropped.');
insert into d values (4,
 'Brightwell Energy opened a plant in Kent. Brightwell Energy hired 300 staff. Shares in Tesco '
 || 'fell 4%. The firm said sales had dropped.');
insert into d values (5,
 'Ms Lund called the plan "reckless" and "unworkable".');
insert into d values (6,
 'Teachers walked out at Harwood Academy on Monday, saying they had not been consulted. '
 || 'Parents backed Head Teacher Ana Lund, saying she had done her best. '
 || 'While saying that he respected the council, Tom Reyes continued to attack its record.');
insert into d values (7,
 'Dealers cut prices to maintain sales growth. Sites have notes attached to explain why '
 || 'they were saved.');
insert into d values (8,
 'Since March, health officials have told residents not to drink the tap water. The mayor '
 || 'urged voters to back her plan. She told the story to reporters. Ms Ferri told the paper '
 || 'she hopes to run again. The firm hired lobbyists to urge ministers to act.');
insert into d values (9,
 'Lund admitted the mistake but said the pier was safe. Lund acknowledged that the cranes '
 || 'were old but noted that the repairs would take a year.');
insert into d values (10,
 'Justice Anil Varma ordered the city to explain why the drains had not been cleaned. Lund '
 || 'was forced to admit that the pier was unsafe.');
insert into d values (11,
 'Ms Hale noted the council doesn''t use the pier. Lund warned the plan wouldn’t work.');
insert into d values (12,
 'Councillor Helen Price, who leads the council, said the pool cost too much. The pier, '
 || 'which was built in 1908, is unsafe, said Lund. Lund admitted the cost of the scheme.');
insert into d values (13,
 'Harbour Foods said its profits more than doubled. The firm reported a loss of 2,000 jobs. '
 || 'Ms Lund said 3,000 died.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
 from q;
-- "Justice Anil Varma ... the judge asked": the judge the text named
select 'qr7_01', exists(select 1 from r where id = 1 and row = 'direct|How many more years must the residents wait?|Anil Varma|the judge|asked|78|44');
select 'qr7_02', (select count(*) from q where id = 1) = 2;
-- two fragments of one report, the second after "and that"; a name in marks after ", but the"
-- is no one's words
select 'qr7_03', (select group_concat(row, char(10)) from (select row from r where id = 2 order by row))
  = 'partial|absurd||Critics|said|114|6' || char(10) ||
    'partial|truly sorry||The airline|said|26|11' || char(10) ||
    'partial|unusually heavy||The airline|said|67|15';
-- "Shares in Tesco fell. The firm said": Tesco, not the company of the sentence before
select 'qr7_04', exists(select 1 from r where id = 3 and row = 'indirect|sales had dropped|Tesco|The firm|said|82|17');
-- ... but a company the story named more often still leads: Brightwell Energy, twice a subject
select 'qr7_05', exists(select 1 from r where id = 4 and row = 'indirect|sales had dropped|Brightwell Energy|The firm|said|117|17');
-- "called the plan “reckless” and “unworkable”": both fragments are hers
select 'qr7_06', (select group_concat(quote || '|' || speaker || '|' || cue, ';') from (select * from q where id = 5 order by start))
  = 'reckless|Lund|called;unworkable|Lund|called';
-- the plural noun that opens the sentence speaks, not a name later in it; the subject after
-- "While saying ...,"
select 'qr7_07', (select group_concat(row, char(10)) from (select row from r where id = 6 order by row))
  = 'indirect|she had done her best||Parents|saying|132|21' || char(10) ||
    'indirect|that he respected the council|Tom Reyes|Tom Reyes|saying|168|29' || char(10) ||
    'indirect|they had not been consulted||Teachers|saying|58|27';
-- "to maintain", "to explain why": no one said anything
select 'qr7_08', (select count(*) from q where id = 7) = 0;
-- told/urged someone to do something: the "to" clause; not "told the story to reporters", not
-- a pronoun's clause after the object, not a cue after "to"
select 'qr7_09', (select group_concat(row, char(10)) from (select row from r where id = 8 order by row))
  = 'indirect|not to drink the tap water||officials|told|51|26' || char(10) ||
    'indirect|she hopes to run again|Ferri|Ferri|told|177|22' || char(10) ||
    'indirect|to back her plan||The mayor|urged|102|16';
-- the plain object before "but said" is no report; "that ... but noted that ..." two reports
select 'qr7_10', (select group_concat(row, char(10)) from (select row from r where id = 9 order by row))
  = 'indirect|that the cranes were old|Lund|Lund|acknowledged|73|24' || char(10) ||
    'indirect|that the repairs would take a year|Lund|Lund|noted|108|34' || char(10) ||
    'indirect|the pier was safe|Lund|Lund|said|36|17';
-- ordered to explain: nothing explained yet; forced to admit: admitted
select 'qr7_11', (select group_concat(row, char(10)) from r where id = 10)
  = 'indirect|that the pier was unsafe|Lund|Lund|admit|110|24';
-- a negated auxiliary in one word makes a clause: "noted the council doesn't use the pier"
select 'qr7_12', (select group_concat(row, char(10)) from (select row from r where id = 11 order by row))
  = 'indirect|the council doesn''t use the pier|Hale|Hale|noted|15|32' || char(10) ||
    'indirect|the plan wouldn’t work|Lund|Lund|warned|61|22';
-- a subject with a relative clause before "said": the report follows the cue ("the pool cost"
-- with its irregular past); a relative clause inside a report before an inverted cue stays
select 'qr7_13', (select group_concat(row, char(10)) from (select row from r where id = 12 order by row))
  = 'indirect|The pier, which was built in 1908, is unsafe|Lund|Lund|said|77|44' || char(10) ||
    'indirect|the pool cost too much|Helen Price|Helen Price|said|53|22';
-- "a loss of 2,000 jobs" has no verb; "more than doubled" and "3,000 died" have
select 'qr7_14', (select group_concat(row, char(10)) from (select row from r where id = 13 order by row))
  = 'indirect|3,000 died|Lund|Lund|said|104|10' || char(10) ||
    'indirect|its profits more than doubled|Harbour Foods|Harbour Foods|said|20|29';
