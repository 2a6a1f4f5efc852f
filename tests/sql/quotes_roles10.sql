-- quotes_roles10.sql: speakers of branch quotes10. A description stands for the holder of its
-- role the reader knows at that point: the latest named before it ("the senator" before the
-- next paragraph names another senator), the first named after it when none was before; a
-- modifier makes a role of its own (the shadow chancellor, the deputy prime minister, a vice
-- president or a former one are not "the chancellor", "the prime minister", "the
-- president"). Police ranks and adverbs after cues, a cue word after "that", "which" clauses
-- and names with an inner capital below. Texts are our own. Each line prints id|1.
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
-- police ranks are roles, and each role word of a title before a name is hers ("Detective
-- Inspector"); an adverb after the cue is neither the speaker's nor the report's; a cue word
-- after "that" is the report's subject, a noun; a cue in a relative clause with "which" is
-- the clause's; a name written as only a name is ("NetChoice") speaks before its apposition
create table e(id integer primary key, body text);
insert into e values (1,
 'Detective Inspector Helen Dray said the inquiry was continuing. "We are following every '
 || 'lead," the detective said. "Nobody is above the law," the inspector added.');
insert into e values (2,
 '"We are not finished," said the nurse quietly. Mark Tolley said calmly that the ward would '
 || 'stay open.');
insert into e values (3,
 'Lena Hartwig told Bloomberg TV on Tuesday that demand for its chips was "off the charts".');
insert into e values (4,
 'Harbour Mills, which had asked for the case to be dropped, said it was reviewing the '
 || 'decision.');
insert into e values (5,
 'NetChoice, the tech industry group that brought the case, called the ruling "a clear win '
 || 'for the Constitution."');
create view eq as select e.id, n.* from e, news_quotes(e.body) as n;
create view er as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row,
 start from eq;
select 'qr10_04', (select group_concat(row, char(10)) from (select row from er where id = 1 order by start))
  = 'indirect|the inquiry was continuing|Helen Dray|Helen Dray|said|37|26' || char(10) ||
    'direct|We are following every lead,|Helen Dray|the detective|said|66|28' || char(10) ||
    'direct|Nobody is above the law,|Helen Dray|the inspector|added|117|24';
select 'qr10_05', (select group_concat(row, char(10)) from (select row from er where id = 2 order by start))
  = 'direct|We are not finished,||the nurse|said|2|20' || char(10) ||
    'indirect|that the ward would stay open|Mark Tolley|Mark Tolley|said|72|29';
select 'qr10_06', (select group_concat(row, char(10)) from er where id = 3)
  = 'partial|off the charts|Lena Hartwig|Lena Hartwig|told|74|14';
select 'qr10_07', (select group_concat(row, char(10)) from er where id = 4)
  = 'indirect|it was reviewing the decision|Harbour Mills|Harbour Mills|said|65|29';
-- (model43 finds the name; before it the speaker stayed NULL, with the mention and cue)
select 'qr10_08', (select group_concat(row, char(10)) from er where id = 5)
  = 'partial|a clear win for the Constitution.|NetChoice|NetChoice|called|78|33';  -- model-dependent
-- a bare spokesman right after a body spoke is its spokesman (not after a person spoke)
create table s(id integer primary key, body text);
insert into s values (1,
 'The Rail Operators Council said the strike would cause misery. A spokesman called it '
 || '"a cynical attempt to hold the country to ransom."');
insert into s values (2,
 'Harbour Mills cut 200 jobs. Tom Lake, a union official, said the cuts were a betrayal. '
 || '"We will fight," a spokesman said.');
create view sq as select s.id, n.* from s, news_quotes(s.body) as n;
create view sr as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row,
 start from sq;
select 'qr10_09', (select group_concat(row, char(10)) from (select row from sr where id = 1 order by start))
  = 'indirect|the strike would cause misery|Rail Operators Council|Rail Operators Council|said|33|29' || char(10) ||
    'partial|a cynical attempt to hold the country to ransom.|Rail Operators Council|A spokesman|called|87|48';
select 'qr10_10', (select group_concat(row, char(10)) from (select row from sr where id = 2 order by start))
  = 'indirect|the cuts were a betrayal|Tom Lake|Tom Lake|said|62|24' || char(10) ||
    'direct|We will fight,||a spokesman|said|89|14';
