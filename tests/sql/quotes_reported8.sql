-- quotes_reported8.sql: reports and speakers of branch quotes8. A cue's plain object followed
-- by a second verb of the subject ("reported weaker growth and cut its forecast") or by a
-- subordinate clause after a phrase of the object ("wrote most of her novel in the year after
-- her husband died") reports nothing; a name after an article or a preposition is no subject
-- of the word after it ("on the Harwick coast"). Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Shares in Marlow Foods fell 8% after the firm reported weaker growth in its bakery arm and '
 || 'cut its forecast for the year. Ana Lund wrote most of her memoir in a cabin on the '
 || 'Harwick coast, in the months after her father died.');
insert into d values (2,
 'Lund said prices and wages rose. Lund said the pier was closed after the storm hit. '
 || 'Reyes said the mayor resigned and left the city. The firm said its profit before tax rose.');
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
