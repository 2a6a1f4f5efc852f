-- quotes_s20.sql: news_quotes() rules of branch quotes20, each learned from PolNeAR's train
-- sample and checked against our own sets: a lower-case quotation that finishes the
-- writer's own clause after a comma is partial; a cue word right after a possessive "'s" is
-- the owner's noun ("The agency's report said"); a report ends before a second cue after a
-- comma ("X, which once said A, said B"); "the chief executive of the X Association said" is
-- a person of their own, not the body, and a name in apposition before a role with words
-- of its own before "of" speaks ("Mark Holden, chairman of the board of ..."); a work's
-- title after a maker's noun ("the singer of Because the Night") is no speaker; "the first
-- minister" is the one the text calls first minister, before or right after, not any
-- minister; a report before its cue starts after another report's attribution inside it
-- ("A, Reuters reported, while B, the BBC reported": two rows). Texts are our own. Each line prints id|1;
-- each document's rows are compared whole, in order.
create table d(id integer primary key, body text);
-- the writer's own clause, a comma, then the speaker's words in lower case: a fragment
insert into d values (1,
 'Like most campaigns, "the process we go through is to check every gift," Mendez said.');
insert into d values (2,
 'Though firms cannot check every order, "getting ten orders from one address should raise questions," said trade lawyer Ann Cole.');
-- a cue that first reports a clause of the writer's ("said because ...", "said that ...")
insert into d values (3,
 'Rivera said because the mayor is popular with voters, "she is a very good surrogate for him."');
insert into d values (4,
 'Alvarez said that whatever voters decide, "they should not decide on the basis of fear."');
-- not after an attribution, nor after a cue and words of time and place: whole statements
insert into d values (5,
 '"We hold him in esteem," Trump said, "and we fully support his re-election."');
insert into d values (6,
 'Clinton said at a town hall on Monday, "we would be looking at something else."');
-- a cue's bare or -s form after a possessive is a noun: the description it heads speaks;
-- "'s" after a pronoun is "has"; a possessive's noun before "that" reports nothing
insert into d values (7,
 'The agency''s new report said emissions rose.');
insert into d values (8,
 'Musk''s posts said the deal was off.');
insert into d values (9,
 'He''s said the plan would fail.');
insert into d values (10,
 'Critics rejected Trump''s claims that the vote was rigged.');
-- a report inside a relative clause ends at its comma when the subject's own cue follows,
-- even with a pronoun after it ("said it would ..."); the second cue has its own row
insert into d values (11,
 'The Harbour Post, which once said it would cover the race as entertainment, said it would treat the race as news.');
insert into d values (12,
 'The union, which argued the law was unfair, said it would appeal.');
insert into d values (13,
 'The plan would fail, said Smith, who added it was too late.');
-- the name before a role and its own words ("of the board", "at large") and "of" a body
insert into d values (14,
 'Mark Holden, chairman of the board of Freedom Partners, the network''s funding arm, said it would join the race.');
insert into d values (15,
 'Last week, Jay Gold, editor at large of The Forward, an influential newspaper, wrote, "We should think of the world war."');
-- a role "of" a body with no name: a description, the body's holder of that role or NULL
insert into d values (16,
 'The chief executive of the British Retail Association said prices would rise.');
insert into d values (17,
 'Tesco chief executive Ken Murphy spoke on Monday. The chief executive of Tesco said prices would rise.');
-- a maker "of" a work: the title is no speaker; the one person the sentence before names,
-- or NULL when it names two
insert into d values (18,
 'Patti Smith has cancelled her tour. "I am sorry," the 58-year-old US singer of Because the Night told fans.');
insert into d values (19,
 'Patti Smith met Bruce Springsteen. "I am sorry," the singer of Because the Night told fans.');
insert into d values (20,
 'Patti Smith has cancelled her tour. The 58-year-old US singer of Because the Night said she was unwell.');
-- "first" makes a role another one, as "prime" does
insert into d values (21,
 'Finance Minister Shona Robison spoke on Monday. The first minister has told MSPs that the budget will pass. John Swinney said it was fair.');
insert into d values (22,
 'Scotland''s First Minister John Swinney spoke in Glasgow. The first minister has told MSPs that the budget will pass.');
insert into d values (23,
 'The first minister has told MSPs that the budget will pass. Scotland''s First Minister John Swinney said talks went well.');
-- two reports before their cues in one sentence, the first one's attribution between
-- them: each its own row, the second past its joining "while"; not a clause with a cue's
-- form ("states") after a pronoun
insert into d values (24,
 'The plan would fail, Smith said, while the budget would grow, Jones said.');
insert into d values (25,
 'In Leeds, the march was peaceful, Reuters reported, while in York the police made two arrests, the BBC reported.');
insert into d values (26,
 'In a general election, he could win conservative states, such as Texas, but would struggle in Ohio, Sabato said.');

create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, start, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') as row from q;
create view doc as select id, group_concat(row, ' ## ') as rows
  from (select id, row from r order by id, start) group by id;

select 's20_01', (select rows from doc where id = 1) = 'partial|the process we go through is to check every gift,|Mendez|Mendez|said';
select 's20_02', (select rows from doc where id = 2) = 'partial|getting ten orders from one address should raise questions,|Ann Cole|Ann Cole|said';
select 's20_03', (select rows from doc where id = 3) = 'partial|she is a very good surrogate for him.|Rivera|Rivera|said';
select 's20_04', (select rows from doc where id = 4) = 'partial|they should not decide on the basis of fear.|Alvarez|Alvarez|said';
select 's20_05', (select rows from doc where id = 5) = 'direct|We hold him in esteem,|Trump|Trump|said ## direct|and we fully support his re-election.|Trump|Trump|said';
select 's20_06', (select rows from doc where id = 6) = 'direct|we would be looking at something else.|Clinton|Clinton|said';
select 's20_07', (select rows from doc where id = 7) = 'indirect|emissions rose||The agency''s new report|said';
select 's20_08', (select rows from doc where id = 8) = 'indirect|the deal was off||Musk''s posts|said';
select 's20_09', (select rows from doc where id = 9) = 'indirect|the plan would fail||He|said';
select 's20_10', (select count(*) from q where id = 10) = 0;
select 's20_11', (select rows from doc where id = 11) = 'indirect|it would cover the race as entertainment|Harbour Post|Harbour Post|said ## indirect|it would treat the race as news|Harbour Post|Harbour Post|said';
select 's20_12', (select rows from doc where id = 12) = 'indirect|the law was unfair||The union|argued ## indirect|it would appeal||The union|said';
select 's20_13', (select rows from doc where id = 13) = 'indirect|The plan would fail|Smith|Smith|said ## indirect|it was too late|Smith|Smith|added';
select 's20_14', (select rows from doc where id = 14) = 'indirect|it would join the race|Mark Holden|Mark Holden|said'; -- model-dependent
select 's20_15', (select rows from doc where id = 15) = 'direct|We should think of the world war.|Jay Gold|Jay Gold|wrote'; -- model-dependent
select 's20_16', (select rows from doc where id = 16) = 'indirect|prices would rise||The chief executive of the British Retail Association|said';
select 's20_17', (select rows from doc where id = 17) = 'indirect|prices would rise|Ken Murphy|The chief executive of Tesco|said'; -- model-dependent
select 's20_18', (select rows from doc where id = 18) = 'direct|I am sorry,|Patti Smith|the 58-year-old US singer of Because the Night|told'; -- model-dependent
select 's20_19', (select rows from doc where id = 19) = 'direct|I am sorry,||the singer of Because the Night|told'; -- model-dependent
select 's20_20', (select rows from doc where id = 20) = 'indirect|she was unwell|Patti Smith|The 58-year-old US singer of Because the Night|said'; -- model-dependent
select 's20_21', (select rows from doc where id = 21) = 'indirect|that the budget will pass||The first minister|told ## indirect|it was fair|John Swinney|John Swinney|said'; -- model-dependent
select 's20_22', (select rows from doc where id = 22) = 'indirect|that the budget will pass|John Swinney|The first minister|told'; -- model-dependent
select 's20_23', (select rows from doc where id = 23) = 'indirect|that the budget will pass|John Swinney|The first minister|told ## indirect|talks went well|John Swinney|John Swinney|said'; -- model-dependent
select 's20_24', (select rows from doc where id = 24) = 'indirect|The plan would fail|Smith|Smith|said ## indirect|the budget would grow|Jones|Jones|said';
select 's20_25', (select rows from doc where id = 25) = 'indirect|In Leeds, the march was peaceful|Reuters|Reuters|reported ## indirect|in York the police made two arrests|BBC|BBC|reported'; -- model-dependent
select 's20_26', (select rows from doc where id = 26) = 'indirect|In a general election, he could win conservative states, such as Texas, but would struggle in Ohio|Sabato|Sabato|said';
-- the quote and the mention are where the rows say they are
select 's20_inv', (select count(*) from q join d using (id) where substr(d.body, q.start, q.length) <> q.quote or (speaker_start is not null and substr(d.body, speaker_start, speaker_length) <> speaker_mention)) = 0;
