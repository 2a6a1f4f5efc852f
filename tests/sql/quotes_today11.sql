-- quotes_today11.sql: speakers and reports of branch quotes11, on news of today. "Prime
-- Minister Sir Keir Starmer" gives the role across the honorific, and "prime" makes a role of
-- its own (the foreign minister is not "the prime minister"); a plural cue word after a verb's
-- -ing or -ed form is its object ("making promises that", "denied reports that"); a one-letter
-- name ("X, formerly known as Twitter, said") speaks; "the club" is the club named close
-- before ("Northfield United"), not "the supporters club", and "a senior source at the club"
-- is someone of their own; "the Spaniard" and "the England winger" are the story's current
-- speaker; "it" and "they" are never a dateline's city, and "they" after "traders said"
-- goes on with the traders (no name); a cue after "but" or "while" past a fragment's closing
-- mark is a clause of its own; "Three members" opening a sentence is its subject; "the
-- company" is the only one named close before, unless as another party; a fragment after
-- "and" and a verb hangs on the cue of the fragment before it, and "the warning" is a noun;
-- "the secretary of state" is the holder of that role; "the carrier" is a company noun, and
-- a plural cue word before a verb ("charges were") a noun. Texts are our own. Each line
-- prints id|1.
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
insert into d values (6,
 'Villa boss Unai Emery said his side deserved a draw. "We competed very well," the Spaniard '
 || 'said.' || char(10) || 'Bukayo Saka described the win as "special". The England winger '
 || 'added that the squad believed it could win the title.');
insert into d values (7,
 'OSLO (AP) — Nordvik Shipping will sell two of its oldest tankers, a filing showed on '
 || 'Friday. It said the sale would raise about $40 million.');
insert into d values (8,
 'LONDON, May 4 - Raw sugar prices fell on Monday, traders said.' || char(10) || 'They said '
 || 'Thai sugar was offered at a discount. Ana Lund, an analyst at Harwell Research, said '
 || 'demand was weak. Dealers said stocks were high. She added: "It will take months."');
insert into d values (9,
 'Ana Lund said the plan was "the best we have," but Tom Reed argued it was costly. The '
 || 'union called it "a disgrace," while the council said it had no choice.');
insert into d values (10,
 'The rate was held. Three members backed a cut, arguing that the jobs market was weak.');
insert into d values (11,
 'Profits at Harbour Mills fell by half in the year to March. The company said demand had '
 || 'collapsed.' || char(10) || 'Orders fell after a court battle against Tarn Holdings. The '
 || 'firm said it would appeal.');
insert into d values (12,
 'In a letter to the prime minister, Tom Ashby said he had "made a mistake" and did not want '
 || 'to be "a distraction". Analysts at Harwell Bank said the warning was "a clear negative".');
insert into d values (13,
 'Secretary of State Marco Rubio met his Turkish counterpart on Monday.' || char(10) || '"Talks '
 || 'will go on," the secretary of state said. Ana Lee, the minister of defence, flew home. The '
 || 'minister of defence added that no deal was close.');
insert into d values (14,
 'Budget airline Flyvale cut its fares on Monday. The carrier said bookings were strong. Its '
 || 'chief, Tom Reed, said rising airport charges were "a tax on families".');
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
-- a one-letter name, before its apposition (the entity step names it: ner15) and opening a
-- sentence
-- the model of lead26 names the second "X" too
select 'qt11_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'indirect|it would cut its fees for developers|X|X|said|36|36' || char(10) ||
    'indirect|that the change was final|X|X|said|91|25';
-- "the club" is Northfield United; a source at the club and the supporters club are not
select 'qt11_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by start))
  = 'indirect|that Ann Cole would take charge until the end of the season|Northfield United|The club|announced|108|59' || char(10) ||
    'direct|It was the only choice.||A senior source at the club|told|212|23' || char(10) ||
    'indirect|the board had waited too long||The Northfield supporters club|said|273|29';
-- a nationality and a player's position with a capital: the story's current speaker
select 'qt11_06', (select group_concat(row, char(10)) from (select row from r where id = 6 order by start))
  = 'indirect|his side deserved a draw|Unai Emery|Unai Emery|said|28|24' || char(10) ||
    'direct|We competed very well,|Unai Emery|the Spaniard|said|55|22' || char(10) ||
    'partial|special|Bukayo Saka|Bukayo Saka|described|132|7' || char(10) ||
    'indirect|that the squad believed it could win the title|Bukayo Saka|The England winger|added|167|46';
-- "it" is the company, not the dateline's city
select 'qt11_07', (select group_concat(row, char(10)) from (select row from r where id = 7 order by start))
  = 'indirect|Nordvik Shipping will sell two of its oldest tankers||a filing|showed|13|52' || char(10) ||
    'indirect|the sale would raise about $40 million|Nordvik Shipping|It|said|102|38';
-- "they" goes on with the traders, unnamed; the analyst named before the dealers is "she"
select 'qt11_08', (select group_concat(row, char(10)) from (select row from r where id = 8 order by start))
  = 'indirect|Raw sugar prices fell on Monday||traders|said|17|31' || char(10) ||
    'indirect|Thai sugar was offered at a discount||They|said|74|36' || char(10) ||
    'indirect|demand was weak|Ana Lund|Ana Lund|said|159|15' || char(10) ||
    'indirect|stocks were high||Dealers|said|189|16' || char(10) ||
    'direct|It will take months.|Ana Lund|She|added|219|20';
-- "…," but Reed argued: the fragment is Lund's, and "a disgrace" the union's
select 'qt11_09', (select group_concat(row, char(10)) from (select row from r where id = 9 order by start))
  = 'partial|the best we have,|Ana Lund|Ana Lund|said|29|17' || char(10) ||
    'indirect|it was costly|Tom Reed|Tom Reed|argued|68|13' || char(10) ||
    'partial|a disgrace,||The union|called|104|11' || char(10) ||
    'indirect|it had no choice||the council|said|140|16';
-- a plural after a number opening the sentence is its subject
select 'qt11_10', (select group_concat(row, char(10)) from r where id = 10)
  = 'indirect|that the jobs market was weak||Three members|arguing|56|29';
-- the only company named close before, not one the story fights
select 'qt11_11', (select group_concat(row, char(10)) from (select row from r where id = 11 order by start))
  = 'indirect|demand had collapsed|Harbour Mills|The company|said|78|20' || char(10) ||
    'indirect|it would appeal||The firm|said|170|15';
-- "… “made a mistake” and did not want to be “…”": both Ashby's; "the warning" is no cue
select 'qt11_12', (select group_concat(row, char(10)) from (select row from r where id = 12 order by start))
  = 'partial|made a mistake|Tom Ashby|Tom Ashby|said|59|14' || char(10) ||
    'partial|a distraction|Tom Ashby|Tom Ashby|said|99|13' || char(10) ||
    'partial|a clear negative|Harwell Bank|Analysts at Harwell Bank|said|162|16';
-- a role named with "of", before the name and in an apposition
select 'qt11_13', (select group_concat(row, char(10)) from (select row from r where id = 13 order by start))
  = 'direct|Talks will go on,|Marco Rubio|the secretary of state|said|72|17' || char(10) ||
    'indirect|that no deal was close|Ana Lee|The minister of defence|added|195|22';
-- "the carrier" is the airline; "airport charges were" holds no cue
select 'qt11_14', (select group_concat(row, char(10)) from (select row from r where id = 14 order by start))
  = 'indirect|bookings were strong|Flyvale|The carrier|said|66|20' || char(10) ||
    'partial|a tax on families|Tom Reed|Tom Reed|said|143|17';
