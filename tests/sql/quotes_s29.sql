-- quotes_s29.sql: news_quotes() rules of session s29 (2026-11-29), from the errors of the
-- sealed quote set holdout64 once it was read, on text of our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.cue, '') as row, q.start from d, news_quotes(d.body) as q;
create view rows as select id, group_concat(row, char(10)) as rows
  from (select id, row from r order by id, start) group by id;

-- a body that speaks by an acronym the text defined is given by its long form (resolve.c:
-- the acronym's letters read off the long form in order)
insert into d values (1,
 'The ranchers have asked the Federal Office for the Environment (FOEN) to act. The FOEN ' ||
 'confirmed on Tuesday that it had received the request.');
select 's29_01', (select rows from rows where id = 1)
  = 'indirect|that it had received the request|Federal Office for the Environment|confirmed';
-- "the mother-of-two said": the woman the story follows, as an age would be
insert into d values (2,
 'Maeve Quilty, 41, from Athlone, waited 80 days for a scan. Her husband Tom drove her to ' ||
 'Dublin twice. "Nobody rang. I had to chase every appointment myself," the mother-of-two ' ||
 'said.');
select 's29_02', (select rows from rows where id = 2)
  = 'direct|Nobody rang. I had to chase every appointment myself,|Maeve Quilty|said';
-- ... "the grandfather of five", a man, is not the woman named last
insert into d values (3,
 'Declan Moran, 72, lost his sheep to the floods. His neighbour Ann Daly helped him move ' ||
 'the rest. "We saved what we could," the grandfather of five said.');
select 's29_03', (select rows from rows where id = 3)
  = 'direct|We saved what we could,|Declan Moran|said';
-- ... and "the pensioner", of either gender
insert into d values (4,
 'Joan Whitty, 81, was left without heating for a week. "It was bitterly cold," the ' ||
 'pensioner said.');
select 's29_04', (select rows from rows where id = 4)
  = 'direct|It was bitterly cold,|Joan Whitty|said';
-- a headline's role after a town's name speaks: the mayor the story names later
insert into d values (5,
 'Pozzuoli mayor: "We will not abandon our town"' || char(10) || char(10) ||
 'NAPLES (ANSA) - An earthquake struck the Campi Flegrei area on Thursday.' || char(10) ||
 char(10) || '"Pozzuoli will not be emptied," Pozzuoli Mayor Gennaro Iacolino told ANSA.');
select 's29_05', (select rows from rows where id = 5)
  = 'direct|We will not abandon our town|Gennaro Iacolino|' || char(10) ||
    'direct|Pozzuoli will not be emptied,|Gennaro Iacolino|told';
-- ... and after a person's name it is that person's lawyer, not the person
insert into d values (6,
 'Trump lawyer: "The case is closed"' || char(10) || char(10) ||
 'WASHINGTON (AP) - The case was dropped on Monday.');
select 's29_06', (select rows from rows where id = 6) = 'direct|The case is closed||';
-- a plural's apostrophe right after a single mark that opens a statement is no closer
insert into d values (7,
 'Its chief executive, Harriet Moorcroft, said: ''Farmers'' patience is not infinite. We ' ||
 'were told in the spring that this would be sorted.''');
select 's29_07', (select rows from rows where id = 7)
  = 'direct|Farmers'' patience is not infinite. We were told in the spring that this would be sorted.|Harriet Moorcroft|said';
-- "accused X of “…”": a long name between the cue and "of" counts as one word
insert into d values (8,
 'Claire Kewley accused the Department of Health and Social Care of "sitting on its hands ' ||
 'for two years".');
select 's29_08', (select rows from rows where id = 8)
  = 'partial|sitting on its hands for two years|Claire Kewley|accused';
-- a name before a passive verb of saying does not speak ("a goal by Shane Feeney was ruled
-- out"): "he" is the manager the paragraph quoted
insert into d values (9,
 'Ardnaglass manager Eoin Walsh said his players had been “robbed” by a decision in the ' ||
 '58th minute, when a goal by Shane Feeney was ruled out for a square ball. “I’ve looked ' ||
 'at it on the phone five times and I still can’t see it,” he said.');
select 's29_09', (select rows from rows where id = 9)
  = 'partial|robbed|Eoin Walsh|said' || char(10) ||
    'direct|I’ve looked at it on the phone five times and I still can’t see it,|Eoin Walsh|said';
-- ... but one who "was asked" answers next
insert into d values (10,
 'On the Today programme Mr Johnson was asked why Mr Smith had been allowed to resign. ' ||
 'He replied: "The chief executive decided it was time to move on."');
select 's29_10', (select rows from rows where id = 10)
  like '%direct|The chief executive decided it was time to move on.|Johnson|replied';
-- an age opening its sentence before the report is the subject of the sentence before it,
-- not the person who led the paragraph
insert into d values (11,
 'Music producer Phil Spector is facing legal action from the mother of the actress he is ' ||
 'accused of killing.' || char(10) || 'Donna Clarkson, whose daughter Lana was found dead ' ||
 'in his home in 2003, is seeking damages. Mr Spector is currently free on bail and is ' ||
 'awaiting trial. The 64-year-old has denied the killing, saying her death was accidental.');
select 's29_11', (select rows from rows where id = 11)
  = 'indirect|her death was accidental|Phil Spector|saying';
