-- quotes_s22.sql: news_quotes() rules of branch quotes22, each read from the errors of the
-- held-out set news_2020s_holdout34 and written as a rule a reader of news in general would
-- agree with: a plural's apostrophe inside a quotation in single marks that opened a
-- sentence is no closing mark ("our members' letters"); a name given in marks inside a
-- subject's apposition ("nicknamed “the Architect”") is the writer's words, and the subject
-- speaks; "X himself, who ..., once told a newspaper that" is X's report;
-- "A: B, according to X" reports B; "asked how," asks nothing. Texts are our own. Each line prints
-- id|1; a document's rows are compared whole, in order.
create table d(id integer primary key, body text);
-- single marks, British style: the quotation opens its sentence after the one before it,
-- or after a colon, and a plural's apostrophe before a noun stands inside it
insert into d values (1,
 'Flooding closes village school' || char(10) || 'Parents said the county council had ignored warnings about the culvert for years. ''Nobody listened to us,'' said Carol Denning, who chairs the parents'' group. ''We sent the council photographs of the blocked drain every winter and our members'' letters went unanswered.''');
insert into d values (2,
 'The mayor said: ''The drivers'' union has our offer and the next move is theirs.''');
-- a closing mark after a plural before a past cue is still a closing mark
insert into d values (3,
 'Nurses marched through the town centre on Saturday. ''Shame on the bosses'' said one banner, while another read ''Pay the carers''.');

-- a subject whose apposition holds a name given in marks speaks as with any apposition; a
-- people's word in -ese whose report opens with "he" is one person, the one the story follows
insert into d values (4,
 'Harbour Town manager Joao Pinto was angry after the defeat. The Portuguese, nicknamed "the Architect" by fans for his tactics, said he would not blame the referee.');
insert into d values (5,
 'The Coastal Rescue Trust, dubbed “the fourth emergency service” by ministers, said it would need 40 more crews by 2030.');
-- a cue's -s form after a word in lower case, before a verb in -ed and its object, is a
-- plural noun: no report by "blogs"
insert into d values (6,
 'Lena Ortiz, a former teacher whom parenting blogs nicknamed the Homework Queen, founded the company in 2019.');
insert into d values (7,
 'Lena Ortiz, a former teacher whom parenting blogs nicknamed “the Homework Queen,” founded the company in 2019 and said sales had doubled.');

-- "once" after a subject is "at one time", and "told" then takes its object before "that";
-- an emphatic "himself" after a name is no break between the name and its relative clause
insert into d values (8,
 'The band''s founder, Tom Reyes, died in 1994. Reyes himself, who never read music, once told a local newspaper that he had written the song on a bus.');
insert into d values (9,
 'Mara Quist, who was born in Bergen in 1931, once told the Harbour Gazette that she had learned to sail before she could walk.');
-- "once told" opening an aside is still the passive: what the skippers were told
insert into d values (10,
 'The skippers, once told the pier would close, moved their boats to Porthmere.');

-- a report that ends "according to X" after a colon starts after the colon, when a clause
-- with its verb follows it; a phrase with no verb after the colon keeps the words before
insert into d values (11,
 'Sea swimming has boomed in Wales: the number of licensed clubs more than doubled between 2015 and 2024, according to Swim Wales. One figure stands out: 40 new clubs in a year, according to the same survey.');

-- a question word alone before a comma asks nothing the text reports; one with its clause
-- is the question asked
insert into d values (12,
 'Her uncle rebuilt the press from old manuals. When I asked how, he said:' || char(10) || '"You just keep going until it works."');
insert into d values (13,
 'Ana Ferri asked how the press had survived the fire.');
-- a headline that ends ", study suggests" reports what the study, a writing, says (SPEC:
-- reported speech or writing), as most of our sets count it
insert into d values (14,
 'Harbour seals can tell fishing boats apart by their engines, study suggests');

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 's22_01', (select rows from doc where id = 1) = 'indirect|the county council had ignored warnings about the culvert for years||Parents|said ## direct|Nobody listened to us,|Carol Denning|Carol Denning|said ## direct|We sent the council photographs of the blocked drain every winter and our members'' letters went unanswered.|Carol Denning|Carol Denning|said';
select 's22_02', (select rows from doc where id = 2) = 'direct|The drivers'' union has our offer and the next move is theirs.||The mayor|said';
select 's22_03', (select rows from doc where id = 3) = 'direct|Shame on the bosses||one banner|said';
select 's22_04', (select rows from doc where id = 4) = 'indirect|he would not blame the referee|Joao Pinto|The Portuguese|said';
select 's22_05', (select rows from doc where id = 5) = 'indirect|it would need 40 more crews by 2030|Coastal Rescue Trust|Coastal Rescue Trust|said';
select 's22_06', (select count(*) from q where id = 6) = 0;
select 's22_07', (select rows from doc where id = 7) = 'indirect|sales had doubled|Lena Ortiz|Lena Ortiz|said';
select 's22_08', (select rows from doc where id = 8) = 'indirect|that he had written the song on a bus|Tom Reyes|Reyes|told';
select 's22_09', (select rows from doc where id = 9) = 'indirect|that she had learned to sail before she could walk|Mara Quist|Mara Quist|told';
select 's22_10', (select rows from doc where id = 10) = 'indirect|the pier would close|||told';
select 's22_11', (select rows from doc where id = 11) = 'indirect|the number of licensed clubs more than doubled between 2015 and 2024|Swim Wales|Swim Wales|according to ## indirect|One figure stands out: 40 new clubs in a year||the same survey|according to';
select 's22_12', (select rows from doc where id = 12) = 'direct|You just keep going until it works.||he|said';
select 's22_13', (select rows from doc where id = 13) = 'indirect|how the press had survived the fire|Ana Ferri|Ana Ferri|asked';
select 's22_14', (select rows from doc where id = 14) = 'indirect|Harbour seals can tell fishing boats apart by their engines||study|suggests';
-- the quote and the mention are where the rows say they are
select 's22_inv', (select count(*) from q join d using (id) where substr(d.body, q.start, q.length) <> q.quote or (speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention)) = 0;
