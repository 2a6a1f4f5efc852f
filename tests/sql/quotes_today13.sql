-- quotes_today13.sql: reports and speakers of branch quotes13, on news of today. Texts are
-- our own. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, n.kind || '|' || n.quote || '|' || ifnull(n.speaker, '-') || '|' ||
 ifnull(n.speaker_mention, '-') || '|' || ifnull(n.cue, '-') as row
 from d, news_quotes(d.body) as n;
-- "according to data from X": the body named after a document's noun and "from" or "by"
-- speaks when the sentence ends with it (a place does not: the phrase is the mention)
insert into d values (1, 'Household energy debt rose by a fifth last winter, according to data from the Office for National Statistics.');
insert into d values (2, 'Rents for new tenants rose 9% in London, according to new analysis by the Resolution Foundation.');
insert into d values (3, 'Rice exports fell by a third in March, according to provisional data from Vietnam.');
select 'qt13_1', (select group_concat(row, ';') from r where id = 1)
  = 'indirect|Household energy debt rose by a fifth last winter|Office for National Statistics|Office for National Statistics|according to';
select 'qt13_2', (select group_concat(row, ';') from r where id = 2)
  = 'indirect|Rents for new tenants rose 9% in London|Resolution Foundation|Resolution Foundation|according to';
select 'qt13_3', (select group_concat(row, ';') from r where id = 3)
  = 'indirect|Rice exports fell by a third in March|-|provisional data from Vietnam|according to';
-- a headline ending in its cue: the lower-case words after the comma are a description
-- without its article, for a quotation before them (the comma outside or inside the marks)
-- and for a fragment inside the reported words, as a name is
insert into d values (4, 'Phone ban ''transformed'' behaviour, head teacher says' || char(10) || 'A school in Leeds banned phones a year ago.');
insert into d values (5, '''Rail strike will go ahead'', union boss warns' || char(10) || 'Talks broke down on Monday.');
insert into d values (6, '''We were left in the dark,'' flooded resident says' || char(10) || 'Water poured into homes in Ashbury on Monday.');
insert into d values (7, 'Phone ban ''transformed'' behaviour, Ann Lee says' || char(10) || 'Ann Lee runs a school in Leeds.');
select 'qt13_4', (select group_concat(row, ';') from r where id = 4)
  = 'partial|transformed|-|head teacher|says';
select 'qt13_5', (select group_concat(row, ';') from r where id = 5)
  = 'direct|Rail strike will go ahead|-|union boss|warns';
select 'qt13_6', (select group_concat(row, ';') from r where id = 6)
  = 'direct|We were left in the dark,|-|flooded resident|says';
select 'qt13_7', (select group_concat(row, ';') from r where id = 7)
  = 'partial|transformed|Ann Lee|Ann Lee|says';
-- "CLAUSE, says X" ends a headline with no full stop: the end of the paragraph ends the tail,
-- after a name or a description without its article; and a wire paragraph that ends with
-- its speaker and no stop
insert into d values (8, 'Phone ban transformed behaviour, says Ann Lee' || char(10) || 'Ann Lee runs a school in Leeds.');
insert into d values (9, 'Phone ban transformed behaviour, says head teacher' || char(10) || 'A school in Leeds banned phones a year ago.');
insert into d values (10, 'Harbour Mills is raising 50 mln dlrs through an offering of notes, said lead manager Kestrel Brothers Inc' || char(10) || 'The notes are rated A.');
select 'qt13_8', (select group_concat(row, ';') from r where id = 8)
  = 'indirect|Phone ban transformed behaviour|Ann Lee|Ann Lee|says';
select 'qt13_9', (select group_concat(row, ';') from r where id = 9)
  = 'indirect|Phone ban transformed behaviour|-|head teacher|says';
select 'qt13_10', (select group_concat(row, ';') from r where id = 10)
  = 'indirect|Harbour Mills is raising 50 mln dlrs through an offering of notes|Kestrel Brothers Inc|Kestrel Brothers Inc|said';
-- a fragment inside a report before its cue: "..., says X." / "..., he said." sign it when
-- no verb of saying came before it in the sentence (then that verb's subject speaks)
insert into d values (11, 'The phone ban ''transformed'' behaviour, says Ann Lee.');
insert into d values (12, 'Tom Reyes spoke in Leeds on Monday. The plans would bring a "substantial reduction" in migration, he said.');
insert into d values (13, 'Carl Lund called the plan ''a disgrace'' at the time, says Ann Lee.');
select 'qt13_11', (select group_concat(row, ';') from r where id = 11)
  = 'partial|transformed|Ann Lee|Ann Lee|says';
select 'qt13_12', (select group_concat(row, ';') from r where id = 12)
  = 'partial|substantial reduction|Tom Reyes|he|said';
select 'qt13_13', (select group_concat(row, ';') from r where id = 13)
  = 'partial|a disgrace|Carl Lund|Carl Lund|called';
-- the writer's words going on after the closing mark make a quotation signed after them a
-- fragment (partial); not its subject with no comma before it
insert into d values (14, '"We expect the council to keep its promise" and discussed it with the minister, Ann Lee said.');
insert into d values (15, '"There will be a scramble for oil this year" one trader said. "We were invited to talk" the paper''s editor responded.');
select 'qt13_14', (select group_concat(row, ';') from r where id = 14)
  = 'partial|We expect the council to keep its promise|Ann Lee|Ann Lee|said';
select 'qt13_15', (select group_concat(row, ';') from r where id = 15)
  = 'direct|There will be a scramble for oil this year|-|one trader|said;direct|We were invited to talk|-|the paper''s editor|responded';
-- ", saying ...": a body's noun after "the" or a role after "a" opening the sentence is the
-- subject, a weekday between it and its verb too; not before "to" ("not available to say")
insert into d values (16, 'The union rejected a new pay offer on Monday, saying it fell far short of inflation.');
insert into d values (17, 'A federal judge on Tuesday blocked the law, saying it likely violated the rights of parents.');
insert into d values (18, 'The council closed the pool in March, saying repairs would cost too much.');
insert into d values (19, 'The company was not available to say who had bought the shares.');
select 'qt13_16', (select group_concat(row, ';') from r where id = 16)
  = 'indirect|it fell far short of inflation|-|The union|saying';
select 'qt13_17', (select group_concat(row, ';') from r where id = 17)
  = 'indirect|it likely violated the rights of parents|-|A federal judge|saying';
select 'qt13_18', (select group_concat(row, ';') from r where id = 18)
  = 'indirect|repairs would cost too much|-|The council|saying';
select 'qt13_19', (select count(*) from r where id = 19) = 0;
-- "state" is a verb of saying only before "that", a comma, a colon or a quotation: the noun
-- of "a new state law", "the state oil company", "said state regulators" is no cue
insert into d values (20, 'A federal judge on Tuesday blocked a new state law that would have banned the care, saying it likely violated the rights of parents.');
insert into d values (21, 'The state oil company said output would rise by 5% next year.');
insert into d values (22, 'Ana Ferri said state regulators should decide the case.');
select 'qt13_20', (select group_concat(row, ';') from r where id = 20)
  = 'indirect|it likely violated the rights of parents|-|A federal judge|saying';
select 'qt13_21', (select group_concat(row, ';') from r where id = 21)
  = 'indirect|output would rise by 5% next year|-|The state oil company|said';
select 'qt13_22', (select group_concat(row, ';') from r where id = 22)
  = 'indirect|state regulators should decide the case|Ana Ferri|Ana Ferri|said';
-- "teacher", "headteacher", "headmaster", "headmistress" are roles: the headline's "head
-- teacher" is the one the text gives that title
insert into d values (23, 'Phone ban ''transformed'' behaviour, head teacher says' || char(10) || 'A school in Leeds banned phones. Head teacher Claire Ashworth said bullying had halved.');
select 'qt13_23', (select group_concat(row, ';') from r where id = 23)
  = 'partial|transformed|Claire Ashworth|head teacher|says;indirect|bullying had halved|Claire Ashworth|Claire Ashworth|said';
-- the owner of a role with a name in apposition is not the subject of a second verb: the
-- name is ("Dalton's opponent, Democrat Luis Ortega, conceded ... but said")
insert into d values (24, 'Ortega concedes' || char(10) || 'Dalton''s opponent, Democrat Luis Ortega, conceded in a short statement but said he was "deeply concerned" that ballots had been rejected.');
select 'qt13_24', (select group_concat(row, ';') from r where id = 24)
  = 'partial|deeply concerned|Luis Ortega|Luis Ortega|said';
-- what one is urged or told to do, after "people" and after a short phrase of place or
-- group behind the object; a time's "after" does not lead to it
insert into d values (25, 'The Environment Agency said more rain was forecast for Saturday and urged people near the river to move valuables upstairs.');
insert into d values (26, 'Police urged members of the public to keep away from the area.');
insert into d values (27, 'Lund told Reuters after a speech to farmers here that prices would fall.');
select 'qt13_25', (select group_concat(row, ';') from r where id = 25)
  = 'indirect|more rain was forecast for Saturday|Environment Agency|Environment Agency|said;indirect|to move valuables upstairs|Environment Agency|Environment Agency|urged';
select 'qt13_26', (select group_concat(row, ';') from r where id = 26)
  = 'indirect|to keep away from the area|-|Police|urged';
select 'qt13_27', (select group_concat(row, ';') from r where id = 27)
  = 'indirect|that prices would fall|Lund|Lund|told';
