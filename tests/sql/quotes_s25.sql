-- quotes_s25.sql: news_quotes() rules of the session of 2026-11-29 afternoon (model41), from
-- the errors of the sealed quote set holdout39 once it was read. Each line prints id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.cue, '') as row, q.start from d, news_quotes(d.body) as q;
-- a paragraph that ends in ", then says:" hands the quotations after it to the sentence's
-- subject, and the same speaker goes on
insert into d values (1,
 'Maeve Donnelly grew up in Derry. When the talk turns to her father, she is quiet for a ' ||
 'long time, then says:' || char(10) || char(10) ||
 '‘He was the one who bought me my first guitar. He could not play a note.’' || char(10) ||
 char(10) || '‘When he got sick I was in Hamburg.’');
select 's25_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'direct|He was the one who bought me my first guitar. He could not play a note.|Maeve Donnelly|says'
    || char(10) || 'direct|When he got sick I was in Hamburg.|Maeve Donnelly|says';
-- a name glued to a plus is one speaker ("OPEC+", not "OPEC")
insert into d values (2,
 'Oil prices rose on Tuesday after OPEC+ said it would pause planned output increases.');
select 's25_02', (select group_concat(row, char(10)) from r where id = 2)
  = 'indirect|it would pause planned output increases|OPEC+|said';
-- a press secretary is the spokeswoman a later description names
insert into d values (3,
 '“We will not be rushed,” press secretary Karen Liu told reporters aboard Air Force One. ' ||
 'The spokeswoman added that the administration was “ready for either outcome.”');
select 's25_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by start))
  = 'direct|We will not be rushed,|Karen Liu|told' || char(10) ||
    'partial|ready for either outcome.|Karen Liu|added';
-- a song's title in marks after a work noun and a comma is no quotation, "’n’" in it a small
-- word; an accented first name tells its gender ("Ciarán": not the "she" who says)
insert into d values (4,
 'Maeve Donnelly will tour in April, her manager Ciarán O’Neill said.' || char(10) || char(10) ||
 'One track, ‘Rock ’n’ Roll Neighbour’, imagines the music as a cranky old man next door. ' ||
 '‘It’s the only funny song I’ve ever written,’ she says.');
select 's25_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'indirect|Maeve Donnelly will tour in April|Ciarán O’Neill|said' || char(10) ||
    'direct|It’s the only funny song I’ve ever written,|Maeve Donnelly|says';
-- a title in marks set off by commas inside a relative clause is passed over to the speaker
insert into d values (5,
 'Local historian Dr Keith Allerton, whose book about the pier, ''Piers and Pleasure'', came ' ||
 'out last year, said: ''My grandmother loved the ballroom.''');
select 's25_05', (select group_concat(row, char(10)) from r where id = 5)
  = 'direct|My grandmother loved the ballroom.|Keith Allerton|said';
