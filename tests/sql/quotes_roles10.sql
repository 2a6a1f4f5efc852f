-- quotes_roles10.sql: speakers of branch quotes10. A description stands for the holder of its
-- role the reader knows at that point: the latest named before it ("the senator" before the
-- next paragraph names another senator), the first named after it when none was before; a
-- modifier makes a role of its own (the shadow chancellor, the deputy prime minister, a vice
-- president or a former one are not "the chancellor", "the prime minister", "the
-- president"). Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Sen. Laura Pike, D-Vt., called the plan "reckless." "We will fight this on the floor," the '
 || 'senator said.' || char(10) || 'Sen. Tom Archer, R-Utah, said he supported the plan. '
 || '"It is overdue," the senator said.');
insert into d values (2,
 'Chancellor Mark Hale defended the budget. Shadow chancellor Ruth Ainsley called it a gamble. '
 || '"The numbers add up," the chancellor said. Deputy Prime Minister Alan Crewe agreed. '
 || '"We are on track," the prime minister said.');
insert into d values (3,
 '"The talks went well," the president said on Friday. President Ana Ferri met Vice President '
 || 'Tom Lake later.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row,
 start from q;
-- each senator's description is the one named before it
select 'qr10_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'partial|reckless.|Laura Pike|Laura Pike|called|42|9' || char(10) ||
    'direct|We will fight this on the floor,|Laura Pike|the senator|said|54|32' || char(10) ||
    'indirect|he supported the plan|Tom Archer|Tom Archer|said|136|21' || char(10) ||
    'direct|It is overdue,|Tom Archer|the senator|said|160|14';
-- the shadow chancellor is not the chancellor; the deputy prime minister not the prime
-- minister (the text names none)
select 'qr10_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by start))
  = 'direct|The numbers add up,|Mark Hale|the chancellor|said|95|19' || char(10) ||
    'direct|We are on track,||the prime minister|said|179|16';
-- none before: the first named after, and not the vice president
select 'qr10_03', (select group_concat(row, char(10)) from r where id = 3)
  = 'direct|The talks went well,|Ana Ferri|the president|said|2|20';
