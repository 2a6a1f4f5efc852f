-- quotes_today11.sql: speakers and reports of branch quotes11, on news of today. "Prime
-- Minister Sir Keir Starmer" gives the role across the honorific, and "prime" makes a role of
-- its own (the foreign minister is not "the prime minister"); a plural cue word after a verb's
-- -ing or -ed form is its object ("making promises that", "denied reports that"); a one-letter
-- name ("X, formerly known as Twitter, said") speaks; "the club" is the club named close
-- before ("Northfield United"), not "the supporters club", and "a senior source at the club"
-- is someone of their own. Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Prime Minister Sir Keir Starmer met union leaders in Downing Street on Monday. Foreign '
 || 'Minister Ana Lee flew to Brussels.' || char(10) || '"We made real progress," the prime '
 || 'minister said.');
insert into d values (2,
 'Foreign Minister Ana Lee flew to Brussels on Monday. The prime minister said the talks '
 || 'had been constructive.');
insert into d values (3,
 'The minister was making promises that France could not afford. The firm denied reports '
 || 'that it was leaving Iraq. Mr Lund rejected claims that he had lied.');
insert into d values (4,
 'X, formerly known as Twitter, said it would cut its fees for developers. X said on '
 || 'Monday that the change was final.');
insert into d values (5,
 'Northfield United have sacked manager Tom Reed after eight straight defeats.' || char(10)
 || 'The club announced on Tuesday that Ann Cole would take charge until the end of the '
 || 'season. A senior source at the club told the BBC: "It was the only choice." The '
 || 'Northfield supporters club said the board had waited too long.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row,
 start from q;
-- the role across the honorific; the foreign minister named after it is not the prime minister
select 'qt11_01', (select group_concat(row, char(10)) from r where id = 1)
  = 'direct|We made real progress,|Keir Starmer|the prime minister|said|124|22';
-- no prime minister in the text: the foreign minister is not one
select 'qt11_02', (select group_concat(row, char(10)) from r where id = 2)
  = 'indirect|the talks had been constructive||The prime minister|said|78|31';
-- "making promises that ...", "denied reports that ...", "rejected claims that ...": no report
select 'qt11_03', (select count(*) from r where id = 3) = 0;
-- a one-letter name, before its apposition and opening a sentence
select 'qt11_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'indirect|it would cut its fees for developers||X|said|36|36' || char(10) ||
    'indirect|that the change was final||X|said|91|25';
-- "the club" is Northfield United; a source at the club and the supporters club are not
select 'qt11_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by start))
  = 'indirect|that Ann Cole would take charge until the end of the season|Northfield United|The club|announced|108|59' || char(10) ||
    'direct|It was the only choice.||A senior source at the club|told|212|23' || char(10) ||
    'indirect|the board had waited too long||The Northfield supporters club|said|273|29';
