-- quotes_indirect.sql: reported speech without marks (kind 'indirect', ext/quotes.c, the
-- indirect section): every row of one article of our own, exactly, so a pattern lost or a
-- false report gained fails here. What SPEC leaves out gets no row: beliefs ("believes"),
-- reports denied or not made ("did not say", "declined to comment"), cue words used as nouns
-- ("Democratic rules") or with a plain object ("claimed the prize"). A question put to the
-- subject in the passive ("Lund was asked whether ...") is the unnamed asker's: speaker NULL.
-- Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Port director Maria Lund said on Friday she met the mayor of Tula last week.' || char(10) ||
 'The Harbour Authority said in a statement that the cranes would be replaced.' || char(10) ||
 'The bigger risk, Lund said, is a strike by the dock workers.' || char(10) ||
 'Sales were strong, the vendor said, wiping his hands on a towel.' || char(10) ||
 'Among farmers, 74 percent said they expect lower prices.' || char(10) ||
 'Reporter Ines Roca asked Lund on Monday whether the port would close.' || char(10) ||
 'Lund was asked whether the port would close.' || char(10) ||
 'Lund did not say whether the port would close.' || char(10) ||
 'The ministry declined to comment on the report.' || char(10) ||
 'Tomas Varga told reporters he would resign in June.' || char(10) ||
 'Varga vowed to rebuild the old pier.' || char(10) ||
 'Democratic rules make it hard to win the vote.' || char(10) ||
 'Varga claimed the prize in March.' || char(10) ||
 'Varga claimed he had won the vote.' || char(10) ||
 'Lund believes the deal is fragile.' || char(10) ||
 'While almost everyone agrees the pier was unsafe, some engineers disagree.' || char(10) ||
 'The port will reopen in May, said Ana Ferri, a spokeswoman for the agency.' || char(10) ||
 'The cranes are old, according to the Harbour Authority.');
insert into d values (2,
 'No other names were mentioned in the letter.' || char(10) ||
 'Varga hinted at that in a speech on Monday.' || char(10) ||
 'The mayor wanted to announce the plan herself.' || char(10) ||
 'The second reason is that the pier is old.' || char(10) ||
 'The pier, Lund said, was built in 1908, and the cranes are older.' || char(10) ||
 'Only 9 percent said they were undecided, 40 percent of those who named a candidate said they could still change their minds.' || char(10) ||
 'Three years after the council promised to rebuild the pier, nothing has been done.');
insert into d values (3,
 'About three in 10 said they prefer a change.' || char(10) ||
 'Mr. Netanyahu assured him it was done without his knowledge.' || char(10) ||
 'Lund stressed that "the way is to work together," suggesting that the only way is a short bill.');
insert into d values (4,
 'At the heart of the dispute, according to Dennis Ross, a former envoy, was a decision by the mayor.' || char(10) ||
 'The port has, according to officials, adopted a new plan.' || char(10) ||
 'The pier is unsafe, according to Ana Ferri, who inspected it in May.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;
-- the whole list, in text order: nothing missing, nothing extra
select 'qi_01', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length, char(10))
  from (select * from q where id = 1 order by start))
  = 'indirect|she met the mayor of Tula last week|Maria Lund|Maria Lund|said|41|35' || char(10) ||
    'indirect|that the cranes would be replaced|Harbour Authority|Harbour Authority|said|120|33' || char(10) ||
    'indirect|The bigger risk|Maria Lund|Lund|said|155|15' || char(10) ||
    'indirect|is a strike by the dock workers|Maria Lund|Lund|said|183|31' || char(10) ||
    'indirect|Sales were strong||the vendor|said|216|17' || char(10) ||
    'indirect|they expect lower prices||74 percent|said|312|24' || char(10) ||
    'indirect|whether the port would close|Ines Roca|Ines Roca|asked|378|28' || char(10) ||
    'indirect|whether the port would close|||asked|423|28' || char(10) ||
    'indirect|he would resign in June|Tomas Varga|Tomas Varga|told|575|23' || char(10) ||
    'indirect|to rebuild the old pier|Tomas Varga|Varga|vowed|612|23' || char(10) ||
    'indirect|he had won the vote|Tomas Varga|Varga|claimed|732|19' || char(10) ||
    'indirect|the pier was unsafe||everyone|agrees|817|19' || char(10) ||
    'indirect|The port will reopen in May|Ana Ferri|Ana Ferri|said|863|27' || char(10) ||
    'indirect|The cranes are old|Harbour Authority|Harbour Authority|according to|938|18';
-- a phrase of time between the cue and a clause without "that"
select 'qi_02', exists(select 1 from r where id = 1 and row = 'indirect|she met the mayor of Tula last week|Maria Lund|Maria Lund|said|41|35');
-- "said in a statement that": the span keeps its leading that
select 'qi_03', exists(select 1 from r where id = 1 and row = 'indirect|that the cranes would be replaced|Harbour Authority|Harbour Authority|said|120|33');
-- A, SUBJ said, B: one row for each part
select 'qi_04', exists(select 1 from r where id = 1 and row = 'indirect|The bigger risk|Maria Lund|Lund|said|155|15');
select 'qi_05', exists(select 1 from r where id = 1 and row = 'indirect|is a strike by the dock workers|Maria Lund|Lund|said|183|31');
-- "..., wiping his hands": the part before the report only
select 'qi_06', exists(select 1 from r where id = 1 and row = 'indirect|Sales were strong||the vendor|said|216|17');
-- a number speaks
select 'qi_07', exists(select 1 from r where id = 1 and row = 'indirect|they expect lower prices||74 percent|said|312|24');
-- a reported question
select 'qi_08', exists(select 1 from r where id = 1 and row = 'indirect|whether the port would close|Ines Roca|Ines Roca|asked|378|28');
-- an object, then the clause
select 'qi_09', exists(select 1 from r where id = 1 and row = 'indirect|he would resign in June|Tomas Varga|Tomas Varga|told|575|23');
-- a promise: what will be done
select 'qi_10', exists(select 1 from r where id = 1 and row = 'indirect|to rebuild the old pier|Tomas Varga|Varga|vowed|612|23');
-- a cue that also takes a plain object, here with a clause
select 'qi_11', exists(select 1 from r where id = 1 and row = 'indirect|he had won the vote|Tomas Varga|Varga|claimed|732|19');
-- inside a subordinate clause: ends at its comma
select 'qi_12', exists(select 1 from r where id = 1 and row = 'indirect|the pier was unsafe||everyone|agrees|817|19');
-- inverted, with an apposition after the speaker
select 'qi_13', exists(select 1 from r where id = 1 and row = 'indirect|The port will reopen in May|Ana Ferri|Ana Ferri|said|863|27');
-- CLAUSE, according to X
select 'qi_14', exists(select 1 from r where id = 1 and row = 'indirect|The cranes are old|Harbour Authority|Harbour Authority|according to|938|18');
-- no row for what is not a report (SPEC): the one asked is no speaker, denial, refusal, nouns, plain objects,
-- beliefs
select 'qi_15', (select count(*) from q where id = 1 and kind = 'indirect' and (
  quote like '%port would close%' and cue <> 'asked' or quote like '%on the report%'
  or quote like '%hard to win%' or quote like '%prize%' or quote like '%fragile%')) = 0;
select 'qi_16', (select count(*) from q where id = 1 and kind = 'indirect') = 14;
-- the speaker and the cue are never inside the reported words
select 'qi_17', (select count(*) from q where kind = 'indirect' and (
  (speaker_start < start + length and speaker_start + speaker_length > start)
  or instr(quote, cue || ' ') = 1)) = 0;
-- a weaker cue scores lower than "told"/"said" with the same kind of speaker
select 'qi_18', (select score from q where cue = 'claimed') < (select score from q where cue = 'told');
select 'qi_19', (select min(score) > 0 and max(score) <= 1 from q where kind = 'indirect');
-- the invariant, on every row
select 'qi_20', (select count(*) from q where substr((select body from d where d.id = q.id), start, length) <> quote
  or (speaker_start is not null and substr((select body from d where d.id = q.id), speaker_start, speaker_length) <> speaker_mention)) = 0;
-- a passive cue, "at that", a report still to come, "reason" as a noun: no row; two reports in a
-- row split at the comma before the second subject; a promise inside "after ...," ends there
select 'qi_21', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker_mention, '') || '|' ||
  cue || '|' || start || '|' || length, char(10)) from (select * from q where id = 2 order by start))
  = 'indirect|The pier|Lund|said|180|8' || char(10) ||
    'indirect|was built in 1908|Lund|said|201|17' || char(10) ||
    'indirect|they were undecided|9 percent|said|266|19' || char(10) ||
    'indirect|they could still change their minds|a candidate|said|334|35' || char(10) ||
    'indirect|to rebuild the pier|the council|promised|410|19';
-- a share of a poll speaks; an object pronoun, then the clause; an -ing cue after a quotation
-- whose comma sits inside the marks takes the subject of the sentence
select 'qi_22', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker_mention, '') || '|' ||
  cue || '|' || start || '|' || length, char(10))
  from (select * from q where id = 3 and kind = 'indirect' order by start))
  = 'indirect|they prefer a change|About three in 10|said|24|20' || char(10) ||
    'indirect|it was done without his knowledge|Netanyahu|assured|72|33' || char(10) ||
    'indirect|that the only way is a short bill|Lund|suggesting|168|33';
-- "A, according to X, B": both parts, past an apposition to the source; not a relative clause
select 'qi_23', (select group_concat(quote || '|' || speaker_mention || '|' || cue || '|' || start,
  char(10)) from (select * from q where id = 4 and kind = 'indirect' order by start))
  = 'At the heart of the dispute|Dennis Ross|according to|1' || char(10) ||
    'was a decision by the mayor|Dennis Ross|according to|72' || char(10) ||
    'The port has|officials|according to|101' || char(10) ||
    'adopted a new plan|officials|according to|139' || char(10) ||
    'The pier is unsafe|Ana Ferri|according to|159';
