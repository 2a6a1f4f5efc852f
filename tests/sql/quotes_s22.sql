-- quotes_s22.sql: news_quotes() rules of branch quotes22, each read from the errors of the
-- held-out set news_2020s_holdout34 and written as a rule a reader of news in general would
-- agree with: a plural's apostrophe inside a quotation in single marks that opened a
-- sentence is no closing mark ("our members' letters"). Texts are our own. Each line prints
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

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 's22_01', (select rows from doc where id = 1) = 'indirect|the county council had ignored warnings about the culvert for years||Parents|said ## direct|Nobody listened to us,|Carol Denning|Carol Denning|said ## direct|We sent the council photographs of the blocked drain every winter and our members'' letters went unanswered.|Carol Denning|Carol Denning|said';
select 's22_02', (select rows from doc where id = 2) = 'direct|The drivers'' union has our offer and the next move is theirs.||The mayor|said';
select 's22_03', (select rows from doc where id = 3) = 'direct|Shame on the bosses||one banner|said';
-- the quote and the mention are where the rows say they are
select 's22_inv', (select count(*) from q join d using (id) where substr(d.body, q.start, q.length) <> q.quote or (speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention)) = 0;
