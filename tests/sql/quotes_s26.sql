-- quotes_s26.sql: news_quotes() rules of the session of 2026-11-29 (s26), from the errors
-- of the sealed quote set holdout44 once it was read, on text of our own. Each line prints
-- id|1.
create table d(id integer primary key, body text);
create view r as select d.id, q.kind || '|' || q.quote || '|' || ifnull(q.speaker, '') || '|' ||
  ifnull(q.cue, '') as row, q.start from d, news_quotes(d.body) as q;

-- a title before the name after the closing mark, then a party tag and an apposition
-- ("Sen. Ruth Okafor, D-Minn., one of the bill's sponsors, said"); a role set off by commas
-- around a name and its place ("Her Republican partner ..., Sen. Dale Voss of Nebraska,")
insert into d values (1,
 '“Nurses worked for five weeks without pay,” Sen. Ruth Okafor, D-Minn., one of the ' ||
 'bill’s sponsors, said on Tuesday. “It must not happen again.”' || char(10) || char(10) ||
 'Her Republican partner on the bill, Sen. Dale Voss of Nebraska, said it was “not a ' ||
 'handout.”');
select 's26_01', (select group_concat(row, char(10)) from (select row from r where id = 1 order by start))
  = 'direct|Nurses worked for five weeks without pay,|Ruth Okafor|said' || char(10) ||
    'direct|It must not happen again.|Ruth Okafor|said' || char(10) ||
    'partial|not a handout.|Dale Voss|said';
-- "the union" is the association the story named
insert into d values (2,
 'Kim Andrews, president of the National Letter Carriers Association, said that ' ||
 'morale was poor. The union has long argued that the service needs 9,000 more staff.');
select 's26_02', (select group_concat(row, char(10)) from (select row from r where id = 2 order by start))
  = 'indirect|that morale was poor|Kim Andrews|said' || char(10) ||
    'indirect|that the service needs 9,000 more staff|National Letter Carriers Association|argued';
-- an apostrophe inside a name between the quotation and its cue is no mark
insert into d values (3,
 '"Orders have halved since March," Ravi Menon, president of the Erode Weavers'' ' ||
 'Association (EWA), told reporters.');
select 's26_03', (select group_concat(row, char(10)) from (select row from r where id = 3 order by start))
  = 'direct|Orders have halved since March,|Ravi Menon|told';
-- a statement read out before a colon: its reader speaks the paragraphs after it
insert into d values (4,
 'Outside the court, the victim''s father, Tom Hale, read a brief statement to reporters:' ||
 char(10) || char(10) || '“Sam was 19. He loved the sea.' || char(10) || char(10) ||
 '“We want answers, not sympathy.”');
select 's26_04', (select group_concat(row, char(10)) from (select row from r where id = 4 order by start))
  = 'direct|Sam was 19. He loved the sea.|Tom Hale|read' || char(10) ||
    'direct|We want answers, not sympathy.|Tom Hale|read';
-- an acronym of a long form's last words stands for the long form ("United Nations Office
-- for the Coordination of Humanitarian Affairs (OCHA)")
insert into d values (5,
 'Aid is short in Sudan, according to the United Nations Office for the Coordination ' ||
 'of Humanitarian Affairs (OCHA). OCHA said on Monday that two convoys had been stopped.');
select 's26_05', (select group_concat(row, char(10)) from (select row from r where id = 5 order by start))
  = 'indirect|Aid is short in Sudan|United Nations Office for the Coordination of Humanitarian Affairs|according to' || char(10) ||
    'indirect|that two convoys had been stopped|United Nations Office for the Coordination of Humanitarian Affairs|said';
-- "three match points" counts points, no cue; a sport's body before a country speaks
insert into d values (6,
 'Mertens, 20, saved three match points before taking the tiebreak. Tennis Australia ' ||
 'said that the session drew a record crowd.');
select 's26_06', (select group_concat(row, char(10)) from (select row from r where id = 6 order by start))
  = 'indirect|that the session drew a record crowd|Tennis Australia|said';
-- a fragment after "of" in a report opened by "adding that" is the speaker's
insert into d values (7,
 'Ilunga spoke at the venue, adding that any ceasefire must include the withdrawal of ' ||
 '"every foreign soldier" from the east.');
select 's26_07', (select group_concat(row, char(10)) from (select row from r where id = 7 order by start))
  = 'partial|every foreign soldier|Ilunga|adding';
-- "said nothing about" reports nothing (not "said nothing would change", a clause); "in a
-- Facebook post" is a noun, no cue with the platform for its speaker
insert into d values (8,
 'Justice Robert Haney wrote that the summary "reads like a campaign flier" and said ' ||
 'nothing about the contracts. The minister said nothing would change before May.' ||
 char(10) || char(10) ||
 'The sheriff''s office later wrote in a Facebook post that Route 14 would stay closed ' ||
 '"until further notice."');
select 's26_08', (select group_concat(row, char(10)) from (select row from r where id = 8 order by start))
  = 'partial|reads like a campaign flier|Robert Haney|wrote' || char(10) ||
    'indirect|nothing would change before May||said' || char(10) ||
    'partial|until further notice.||wrote';
-- the one a reporter asked answers: "he" after "a reporter asked Whitaker" is Whitaker
insert into d values (9,
 'Grant Whitaker, the company''s chief executive, spoke in Chandler.' || char(10) || char(10) ||
 '“Would you accept any cap at all?” a reporter asked Whitaker.' || char(10) || char(10) ||
 '“We already recycle most of the water we use,” he said.');
select 's26_09', (select group_concat(row, char(10)) from (select row from r where id = 9 order by start))
  = 'direct|Would you accept any cap at all?||asked' || char(10) ||
    'direct|We already recycle most of the water we use,|Grant Whitaker|said';
-- with no one named after "asked", the answer to an unnamed questioner's question is the
-- person the story followed before it
insert into d values (10,
 '"The truck''s fine. The barn''s gone," Luis Ortega said with a laugh.' || char(10) || char(10) ||
 '"Are you going to rebuild?" our crew asked.' || char(10) || char(10) ||
 '"Ask me after the insurance adjuster comes," he said.');
select 's26_10', (select group_concat(row, char(10)) from (select row from r where id = 10 order by start))
  = 'direct|The truck''s fine. The barn''s gone,|Luis Ortega|said' || char(10) ||
    'direct|Are you going to rebuild?||asked' || char(10) ||
    'direct|Ask me after the insurance adjuster comes,|Luis Ortega|said';
-- a quotation that is a sentence of its own, handed to its speaker by the sentence after it
-- ("X said this as ...", in its paragraph or opening the next; "That is how X describes")
insert into d values (11,
 'Kinshasa accuses Rwanda of backing the rebels.' || char(10) || char(10) ||
 '"We did not come to Nairobi to sign another piece of paper." Congolese Foreign Minister ' ||
 'Patrice Ilunga said this as he arrived at the venue.' || char(10) || char(10) ||
 '“By week five, I was working on four hours of sleep.”' || char(10) || char(10) ||
 'That is how Dana Ruiz, a controller in Atlanta, describes the end of the shutdown.');
select 's26_11', (select group_concat(row, char(10)) from (select row from r where id = 11 order by start))
  = 'direct|We did not come to Nairobi to sign another piece of paper.|Patrice Ilunga|said' || char(10) ||
    'direct|By week five, I was working on four hours of sleep.|Dana Ruiz|';
