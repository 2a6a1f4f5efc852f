-- quotes_nouns.sql: a cue word used as a noun is no cue ("on a conference call that ...",
-- "the claims were ..."), unless "by" or "for" follows it; a place or an AP party tag in
-- apposition after a person ("Sen. Dana Kessler, R-Utah, who ..., said") is not the
-- speaker, nor are a barrister's letters after the name ("Helen Marsh KC said"). Texts are
-- our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Chief executive Anita Rao told analysts on a conference call that big customers were '
 || '"taking longer to sign". Mr Lund said the claims were "without merit".');
insert into d values (2,
 'Sen. Dana Kessler, R-Utah, who voted against the bill, said Congress had "failed again." '
 || 'Ana Ferri, Dover, who runs the port, said the harbour was silting up.');
insert into d values (3,
 'A spokesman says the plan is "a farce". Ms Hale rejected a claim by Tom Lund that the pier '
 || 'was "a death trap".');
insert into d values (5,
 'Rep. Tom Lund, D-Ore., who chairs the panel, said: "The bill is dead."');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
 from q;
insert into d values (4,
 'Opening the case, Helen Marsh KC said the phone records were clear. Her opponent, Andrew '
 || 'Wylie QC, representing the family, said the claim would fail.');
-- "a conference call", "the claims": nouns; the verb before them attributes the fragment
select 'qn_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by row))
  = 'partial|taking longer to sign|Anita Rao|Anita Rao|told|87|21' || char(10) ||
    'partial|without merit|Lund|Lund|said|141|13';
-- a party tag or a place after the name, then a relative clause: the person speaks
select 'qn_02', exists(select 1 from r where id = 2 and row = 'partial|failed again.|Dana Kessler|Dana Kessler|said|75|13');
select 'qn_03', not exists(select 1 from q where id = 2 and speaker in ('R-Utah', 'Dover'));
-- "A spokesman says" is a verb after a noun; "a claim by Tom Lund" names its speaker
select 'qn_04', (select group_concat(row, char(10)) from (select row from r where id = 3 order by row))
  = 'partial|a death trap|Tom Lund|Tom Lund|claim|97|12' || char(10) ||
    'partial|a farce||A spokesman|says|31|7';
-- "Helen Marsh KC said", "Andrew Wylie QC, representing ..., said": the name without its
-- letters speaks
select 'qn_05', (select group_concat(row, char(10)) from (select row from r where id = 4 order by row))
  = 'indirect|the claim would fail|Andrew Wylie|Andrew Wylie|said|130|20' || char(10) ||
    'indirect|the phone records were clear|Helen Marsh|Helen Marsh|said|39|28';
-- the party tag's period before the comma: "Rep. Tom Lund, D-Ore., who ..., said"
select 'qn_06', exists(select 1 from r where id = 5 and row = 'direct|The bill is dead.|Tom Lund|Tom Lund|said|53|17');
