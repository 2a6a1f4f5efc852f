-- quotes_reported8.sql: reports and speakers of branch quotes8. A cue's plain object followed
-- by a second verb of the subject ("reported weaker growth and cut its forecast") or by a
-- subordinate clause after a phrase of the object ("wrote most of her novel in the year after
-- her husband died") reports nothing; a name after an article or a preposition is no subject
-- of the word after it ("on the Harwick coast"), unless that word ends like a verb ("the
-- Volta 200 sells well"). A report before "and warned that ..." keeps its
-- row when the second holds a fragment in marks, and a cue after a modal ("the police would
-- respond “firmly”") is no one's attribution of the fragment. A person named right after "said"
-- is the report's subject, apposition and all ("Anna Kerr KC said Lee Varga, 39, had ..."), not
-- a phrase after a parenthetical cue. A report before its speaker and cue ends the sentence
-- even when the writer adds when it was made ("..., Lund told aides as she prepared the
-- budget."), if the words before the comma have a verb. One word before a parenthetical cue is
-- the report's subject when the words after the cue open with its verb ("Investment, the
-- official says, helped ..."). A plural after a comparative is a noun ("reported weaker
-- sales"). "told reporters the company expected ..." reports a clause whose verb is a past
-- right after a short noun (not "told the BBC the story of his life"). A plural after a number word is a noun
-- ("denies six counts of theft"). "Asked whether ..., X said ... “…”" keeps the question when
-- an apostrophe ("the referees' body") sits in it. A cue word as the noun opening a clause may
-- take a phrase in "in" before its verb ("said demand in Europe had weakened"). Texts are our
-- own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Shares in Marlow Foods fell 8% after the firm reported weaker growth in its bakery arm and '
 || 'cut its forecast for the year. Ana Lund wrote most of her memoir in a cabin on the '
 || 'Harwick coast, in the months after her father died.');
insert into d values (2,
 'Lund said prices and wages rose. Lund said the pier was closed after the storm hit. '
 || 'Reyes said the mayor resigned and left the city. The firm said its profit before tax rose.');
insert into d values (3,
 'Mayor Ana Lund said the pier was closed for repairs and warned that the council would act '
 || '"quickly" on the report. Tom Reyes said the port would respond "firmly" to the strike.');
insert into d values (4,
 'Opening the case for the prosecution, Anna Kerr KC said Lee Varga, 39, had hidden the money. '
 || 'It is his job, Tom Reyes told Reuters, to talk to the council.');
insert into d values (5,
 'This is not about the money, Ana Lund told her closest aides as she prepared the budget. '
 || 'Among the owners, Tom Reyes and Lee Varga kept their lead as they sat atop the table. '
 || 'The pier is safe, Reyes said as Lund left the court.');
insert into d values (8,
 'Investment, the official says, helped the economy. However, he said, the deal was off. This, '
 || 'Lund warns, is a risk.');
insert into d values (9,
 'Harbour Mills reported weaker sales in its home market and cut its dividend. Lund said higher '
 || 'prices hit demand.');
insert into d values (10,
 'Chief financial officer Leah Brandt told analysts the company expected costs to ease. Lund '
 || 'told the BBC the story of her life. Reyes told reporters the damaged ship had sunk.');
insert into d values (11,
 'Lee Varga, who denies six counts of theft, said he had been framed. Kodak announced a disk '
 || 'with five times the memory.');
insert into d values (12,
 'Asked whether he would appeal to the umpires'' panel, Reyes said he would "sleep on it".');
insert into d values (13,
 'Reyes said the Volta 200 sells well.');
insert into d values (14,
 'Ana Lund said demand in Spain had fallen and warned that prices would rise.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
 from q;
-- a plain object, then the subject's second deed or a clause of time: no report
select 'qr8_01', (select count(*) from q where id = 1) = 0;
-- clauses with a verb after the object's nouns, a subordinate clause and a second verb stay
select 'qr8_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by row))
  = 'indirect|its profit before tax rose||The firm|said|148|26' || char(10) ||
    'indirect|prices and wages rose|Lund|Lund|said|11|21' || char(10) ||
    'indirect|the mayor resigned and left the city|Reyes|Reyes|said|96|36' || char(10) ||
    'indirect|the pier was closed after the storm hit|Lund|Lund|said|44|39';
-- the report before "and warned that" stays; the fragments are the speakers' who said them
select 'qr8_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by row))
  = 'indirect|the pier was closed for repairs|Ana Lund|Ana Lund|said|21|31' || char(10) ||
    'partial|firmly|Tom Reyes|Tom Reyes|said|155|6' || char(10) ||
    'partial|quickly|Ana Lund|Ana Lund|warned|92|7';
-- the whole report after "said", the apposition inside it; "told Reuters" is still a phrase
select 'qr8_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by row))
  = 'indirect|It is his job|Tom Reyes|Tom Reyes|told|94|13' || char(10) ||
    'indirect|Lee Varga, 39, had hidden the money|Anna Kerr|Anna Kerr|said|57|35' || char(10) ||
    'indirect|to talk to the council|Tom Reyes|Tom Reyes|told|133|22';
-- the clause before ", X told ... as she ..." is X's; a phrase with no verb is nobody's
select 'qr8_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by row))
  = 'indirect|The pier is safe|Tom Reyes|Reyes|said|176|16' || char(10) ||
    'indirect|This is not about the money|Ana Lund|Ana Lund|told|1|27';
-- "Investment" is the subject of "helped"; "However" and "This" are no reports of their own
select 'qr8_08', (select group_concat(row, char(10)) from (select row from r where id = 8 order by row))
  = 'indirect|Investment||the official|says|1|10' || char(10) ||
    'indirect|helped the economy||the official|says|32|18' || char(10) ||
    'indirect|is a risk|Lund|Lund|warns|106|9' || char(10) ||
    'indirect|the deal was off||he|said|70|16';
-- "weaker sales" is the object, not a clause; "higher prices hit demand" is one
select 'qr8_09', (select group_concat(row, char(10)) from r where id = 9)
  = 'indirect|higher prices hit demand|Lund|Lund|said|88|24';
-- a past after "the company" opens the clause; "the story of her life" is an object
select 'qr8_10', (select group_concat(row, char(10)) from (select row from r where id = 10 order by row))
  = 'indirect|the company expected costs to ease|Leah Brandt|Leah Brandt|told|51|34' || char(10) ||
    'indirect|the damaged ship had sunk|Reyes|Reyes|told|149|25';
-- plain objects with a number word: no rows; the report after the relative clause stays
select 'qr8_11', (select group_concat(row, char(10)) from r where id = 11)
  = 'indirect|he had been framed|Lee Varga|Lee Varga|said|49|18';
-- the question up to its comma, past the plural possessive; the fragment is Reyes's
select 'qr8_12', (select group_concat(row, char(10)) from (select row from r where id = 12 order by row))
  = 'indirect|whether he would appeal to the umpires'' panel|||Asked|7|45' || char(10) ||
    'partial|sleep on it|Reyes|Reyes|said|75|11';
-- a name after "the", then a verb in -s: a clause
select 'qr8_13', (select group_concat(row, char(10)) from r where id = 13)
  = 'indirect|the Volta 200 sells well|Reyes|Reyes|said|12|24';
-- "demand" is the clause's subject, not a cue; both reports are Lund's
select 'qr8_14', (select group_concat(row, char(10)) from (select row from r where id = 14 order by row))
  = 'indirect|demand in Spain had fallen|Ana Lund|Ana Lund|said|15|26' || char(10) ||
    'indirect|that prices would rise|Ana Lund|Ana Lund|warned|53|22';
