-- quotes_reported6.sql: reported speech and its speakers, the patterns of branch quotes6.
-- "the company" / "the firm" stand for the company the story is about when no company's
-- name ends in that word: the organisation named most in the 1,500 characters before, which
-- opened a sentence as its subject; not a public body, an exchange or a news outlet, and of
-- two that lead alike the last subject close before (quotes7). Texts are our own. Each line
-- prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Harbour Freight Ltd lost money this year. According to the company, the storm '
 || 'closed its two main depots.');
insert into d values (2,
 'Kestrel Foods cut 200 jobs on Monday after talks with Brightwater Retail failed. Kestrel '
 || 'Foods blamed the price of wheat.' || char(10) || 'The firm said demand had slowed.');
insert into d values (3,
 'The Harbour Commission fined a ferry operator on Monday.' || char(10) ||
 'The company said it would appeal.');
insert into d values (4,
 'Kestrel Foods cut jobs. Brightwater Retail closed shops.' || char(10) ||
 'The company said prices had risen.');
insert into d values (5,
 'Rivet Motors made 2,000 cars last year. Reuters gave the figure first.' || char(10) ||
 '“We are growing,” the company said.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
 ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
 from q;
-- "According to the company": the company the text named before
select 'qr6_01', (select count(*) from q where id = 1) = 1;
select 'qr6_02', exists(select 1 from r where id = 1 and row = 'indirect|the storm closed its two main depots|Harbour Freight Ltd|the company|According to|69|36');
-- the company the story is about: named most and a subject (Kestrel Foods opened two
-- sentences; Brightwater Retail was no subject). "Shares in X fell. The firm said ..."
-- is quotes_reported7.sql's.
select 'qr6_03', exists(select 1 from r where id = 2 and row = 'indirect|demand had slowed|Kestrel Foods|The firm|said|137|17');
-- a public body is not "the company"
select 'qr6_04', exists(select 1 from r where id = 3 and row = 'indirect|it would appeal||The company|said|75|15');
-- two companies lead alike: the one that was the subject last, just before
select 'qr6_05', exists(select 1 from r where id = 4 and row = 'indirect|prices had risen|Brightwater Retail|The company|said|75|16');
-- a news outlet is not the company; a direct quotation takes the company too
select 'qr6_06', exists(select 1 from r where id = 5 and row = 'direct|We are growing,|Rivet Motors|the company|said|73|15');
-- a cue with a plain object and no clause reports nothing ("admitted fraud", "announced his
-- campaign", "reported a loss"); a gerund or "not to" after it is a clause all the same
insert into d values (6,
 'Derek Vale, 58, admitted theft at Leeds Crown Court in May. Tom Reyes, who announced his '
 || 'own campaign last month, reported a loss of 2,000 votes.');
insert into d values (7,
 'Ana Lund denied having any role in the fraud. She vowed not to raise fares.');
insert into d values (8,
 'Lund reported a loss for the year. Ferri says the port will close.');
select 'qr6_07', (select count(*) from q where id = 6) = 0;
select 'qr6_08', exists(select 1 from r where id = 7 and row = 'indirect|having any role in the fraud|Ana Lund|Ana Lund|denied|17|28');
select 'qr6_09', exists(select 1 from r where id = 7 and row = 'indirect|not to raise fares|Ana Lund|She|vowed|57|18');
-- the plain object gives no row; the report after it is found
select 'qr6_10', (select count(*) from q where id = 8) = 1;
select 'qr6_11', exists(select 1 from r where id = 8 and row = 'indirect|the port will close|Ferri|Ferri|says|47|19');
-- an inverted cue with a lower-case role before the name; a clause opened by "These"
insert into d values (9,
 'More money will go to harbour towns, said housing minister Tom Reyes.' || char(10) ||
 'These repairs cost 2 million pounds, said Dr Ana Lund.');
select 'qr6_12', exists(select 1 from r where id = 9 and row = 'indirect|More money will go to harbour towns|Tom Reyes|Tom Reyes|said|1|35');
select 'qr6_13', exists(select 1 from r where id = 9 and row = 'indirect|These repairs cost 2 million pounds|Ana Lund|Ana Lund|said|71|35');
-- clauses after "said" that open with a cue's participle, "this year's", "about"/"around" and
-- a number; "sources close to Mr Reyes" are no one in particular, not Reyes
insert into d values (10,
 'Tom Reyes said proposed ferry routes will be cheaper. The council says this year''s fares '
 || 'will fall. A port spokeswoman said about 8,500 cars had crossed. Sources close to Mr '
 || 'Reyes said around eight councillors were ready to resign.');
select 'qr6_14', exists(select 1 from r where id = 10 and row = 'indirect|proposed ferry routes will be cheaper|Tom Reyes|Tom Reyes|said|16|37');
select 'qr6_15', exists(select 1 from r where id = 10 and row = 'indirect|this year''s fares will fall||The council|says|72|27');
select 'qr6_16', exists(select 1 from r where id = 10 and row = 'indirect|about 8,500 cars had crossed||A port spokeswoman|said|125|28');
select 'qr6_17', exists(select 1 from r where id = 10 and row = 'indirect|around eight councillors were ready to resign||Sources close to Mr Reyes|said|186|45');
-- a clause whose verb is an irregular past ("fell", "rose"); "officials in X state"; "and
-- has said"; an aside between dashes before "had said"; "said Monday's report showed"
insert into d values (11,
 'The Harbour Trust said its index fell. Officials in Kent county said on Friday that the '
 || 'road would close. Dover ousted its mayor and has said it wants a new pier.' || char(10) ||
 'Ana Lund - keen to calm investors - had said only 30 firms would be hit. The mayor said '
 || 'Monday''s report reinforced the plan.');
select 'qr6_18', exists(select 1 from r where id = 11 and row = 'indirect|its index fell|Harbour Trust|Harbour Trust|said|24|14');
select 'qr6_19', exists(select 1 from r where id = 11 and row = 'indirect|that the road would close||Officials in Kent county|said|80|25');
select 'qr6_20', exists(select 1 from r where id = 11 and row = 'indirect|it wants a new pier|Dover|Dover|said|143|19');
select 'qr6_21', exists(select 1 from r where id = 11 and row = 'indirect|only 30 firms would be hit|Ana Lund|Ana Lund|said|209|26');
select 'qr6_22', exists(select 1 from r where id = 11 and row = 'indirect|Monday''s report reinforced the plan||The mayor|said|252|35');
-- what a person shows is no speech; what a study shows is its authors' written word
insert into d values (12,
 'A security researcher showed that the app leaked locations. Tom Reyes showed that he is a '
 || 'contender. The study showed that the app leaked locations.');
select 'qr6_23', (select count(*) from q where id = 12) = 1;
select 'qr6_24', exists(select 1 from r where id = 12 and row = 'indirect|that the app leaked locations||The study|showed|119|29');
-- "according to Lloyd's of London": the whole name is the mention, which the entity step
-- cut at the possessive (no organisation found: speaker NULL)
insert into d values (13,
 'According to Lloyd''s of London, premiums for ferries have tripled.');
-- the body speaks by its whole name (lead36: "Lloyd's of London", one company)
select 'qr6_25', exists(select 1 from r where id = 13 and row = 'indirect|premiums for ferries have tripled|Lloyd''s of London|Lloyd''s of London|According to|33|33');
-- "promised her entire plan would", "soon noted that", "were warned by X that"
insert into d values (14,
 'Ana Lund promised her entire harbour plan would be paid for by fees. Inspectors soon noted '
 || 'that the pier was unsafe. The crews were warned by the coastguard that the storm was near.');
select 'qr6_26', exists(select 1 from r where id = 14 and row = 'indirect|her entire harbour plan would be paid for by fees|Ana Lund|Ana Lund|promised|19|49');
select 'qr6_27', exists(select 1 from r where id = 14 and row = 'indirect|that the pier was unsafe||Inspectors|noted|92|24');
select 'qr6_28', exists(select 1 from r where id = 14 and row = 'indirect|that the storm was near||the coastguard|warned|158|23');
-- a subordinate clause with a verb, a comma and the report's own clause after "said"; a
-- sign ends the words before an inverted cue ("rose 8%, the council said")
insert into d values (15,
 'Tom Reyes said as both ports planned to cut staff, they should share the cost. Fares '
 || 'rose 8%, the council said.');
select 'qr6_29', exists(select 1 from r where id = 15 and row = 'indirect|as both ports planned to cut staff, they should share the cost|Tom Reyes|Tom Reyes|said|16|62');
select 'qr6_30', exists(select 1 from r where id = 15 and row = 'indirect|Fares rose 8%||the council|said|80|13');
-- a short phrase after "in"/"at"/"on", then a pronoun: "has said in the past it ...", "said
-- at first he ..."; an acronym in brackets and "has said" after an inverted clause
insert into d values (16,
 'Harbour Mills has said in the past it pays its staff fairly. Ana Lund said at first she '
 || 'had doubts. Prices dipped, the Harbour Office (HO) has said.');
select 'qr6_31', exists(select 1 from r where id = 16 and row = 'indirect|it pays its staff fairly|Harbour Mills|Harbour Mills|said|36|24');
select 'qr6_32', exists(select 1 from r where id = 16 and row = 'indirect|she had doubts|Ana Lund|Ana Lund|said|85|14');
select 'qr6_33', exists(select 1 from r where id = 16 and row = 'indirect|Prices dipped|Harbour Office|Harbour Office|said|101|13');
-- "told" and the one addressed before the clause: an outlet's programme, a court, a name of
-- the entity step's own, an outlet's name after its noun; not "told the BBC the story"
insert into d values (17,
 'Tom Reyes told Harbour Radio''s Morning programme the pier had been unsafe. Ana Lund told '
 || 'a Dover court the boat may have sunk. She told the Coast Journal newspaper Clarion it '
 || 'would appeal. Lund told the BBC the story of her life.');
select 'qr6_34', (select count(*) from q where id = 17) = 3;
select 'qr6_35', exists(select 1 from r where id = 17 and row = 'indirect|the pier had been unsafe|Tom Reyes|Tom Reyes|told|50|24');
select 'qr6_36', exists(select 1 from r where id = 17 and row = 'indirect|the boat may have sunk|Ana Lund|Ana Lund|told|104|22');
select 'qr6_37', exists(select 1 from r where id = 17 and row = 'indirect|it would appeal|Ana Lund|She|told|173|15');
-- "warned" and its like with a bare noun or a longer noun phrase before the clause's verb
-- ("warned demand for ferries in the first quarter would"); not "warned against ..."
insert into d values (18,
 'The Harbour Trust warned demand for ferries in the first quarter would fall. Ana Lund warned '
 || 'against delay and the council may act.');
select 'qr6_38', (select count(*) from q where id = 18) = 1;
select 'qr6_39', exists(select 1 from r where id = 18 and row = 'indirect|demand for ferries in the first quarter would fall|Harbour Trust|Harbour Trust|warned|26|50');
-- "..., it has been announced.": what was reported, by no one the text names
insert into d values (19,
 'The ferry will stop at Dover in May, it has been announced. It was announced on Monday.');
select 'qr6_40', (select count(*) from q where id = 19) = 1;
select 'qr6_41', exists(select 1 from r where id = 19 and row = 'indirect|The ferry will stop at Dover in May|||announced|1|35');
-- a cue word after a determiner or an owner is a noun, not the clause's verb: "tweeted a
-- warning", "denied the charges" report nothing; "said the claim was false" does
insert into d values (20,
 'Ana Lund tweeted a warning. Tom Reyes denied the charges. Lund said the claim was false.');
select 'qr6_42', (select count(*) from q where id = 20) = 1;
select 'qr6_43', exists(select 1 from r where id = 20 and row = 'indirect|the claim was false|Ana Lund|Lund|said|69|19');
-- asides between commas after "told"/"said", then ", that": the report; not one saying it now
insert into d values (21,
 'Ana Lund has told friends since the spring, at dinners and in private meetings, that she '
 || 'will run. I can now say, with hindsight, that the plan failed.');
select 'qr6_44', (select count(*) from q where id = 21) = 1;
select 'qr6_45', exists(select 1 from r where id = 21 and row = 'indirect|that she will run|Ana Lund|Ana Lund|told|81|17');
-- a share "of them" speaks as a description (no one in particular)
insert into d values (22,
 'Ferry crews were polled. Half of them said they would strike, and as many as three-fourths '
 || 'of them tell pollsters they are tired.');
select 'qr6_46', exists(select 1 from r where id = 22 and row = 'indirect|they would strike||Half of them|said|44|17');
select 'qr6_47', exists(select 1 from r where id = 22 and row = 'indirect|they are tired||as many as three-fourths of them|tell|115|14');
-- after "report", a word in -s is a noun, not the clause's verb ("reported strong sales",
-- "will report its quarterly results"); a clause with a verb of its own is still a report
insert into d values (23,
 'Kestrel Foods reported strong sales over the holiday. Rivet Motors reported revenues of '
 || '$69m. Harbour Freight will report its quarterly results on Tuesday. The Times reported '
 || 'the talks had stalled.');
select 'qr6_48', (select count(*) from q where id = 23) = 1;
-- the model of lead26 leaves the article out of "The Times"
select 'qr6_49', exists(select 1 from r where id = 23 and row = 'indirect|the talks had stalled|Times|Times|reported|176|21');
-- a word in -s right after "after", "before", "since" or "until" is no verb: a headline's
-- "agree ceasefire after talks" reports nothing
insert into d values (24, 'Kestrel and Rivet agree merger after talks');
select 'qr6_50', (select count(*) from q where id = 24) = 0;
-- "add to" is no verb of saying: "The data added to concerns that ..." reports nothing;
-- "added that" still does
insert into d values (25,
 'The data added to concerns that the economy is slowing. The findings add to evidence '
 || 'that rates will rise. Ana Ferri added that the talks had stalled.');
select 'qr6_51', (select count(*) from q where id = 25) = 1;
select 'qr6_52', exists(select 1 from r where id = 25 and row = 'indirect|that the talks had stalled|Ana Ferri|Ana Ferri|added|124|26');
-- words in lower case right after a cue, no colon or comma before them and no stop inside
-- the marks, are a fragment of the writer's sentence; with a colon, or a stop of their own,
-- a statement
insert into d values (26,
 'Ana Ferri said she had spoken to the minister and demanded “full accountability”. '
 || 'Tom Reyes said: “we will not give up.”');
select 'qr6_53', exists(select 1 from r where id = 26 and row like 'partial|full accountability|Ana Ferri|Ana Ferri|demanded|%');
select 'qr6_54', exists(select 1 from r where id = 26 and row like 'direct|we will not give up.|Tom Reyes|Tom Reyes|said|%');
-- a relative clause on the object of a cue other than say or tell is no report ("proposed
-- a budget that relies on ..."), nor is a plural before "to" or a preposition there
-- ("announced plans to buy"); "that" after an object, before a pronoun, opens one, and so
-- does a plural before another word ("insisted members face cuts")
insert into d values (27,
 'Mayor Dan Okafor has proposed a budget that relies on a property tax rise. '
 || 'He warned the council that it would face cuts. Harbour Freight announced plans to buy '
 || 'a rival. The union insisted members face cuts.');
select 'qr6_55', (select count(*) from q where id = 27) = 2;
select 'qr6_57', exists(select 1 from r where id = 27 and row like 'indirect|members face cuts||The union|insisted|%');
select 'qr6_56', exists(select 1 from r where id = 27 and row like 'indirect|that it would face cuts|Dan Okafor|He|warned|%');
-- staff, employees, workers and members are told things as reporters are
insert into d values (28, 'Ana Ferri told staff the plant would close in May.');
select 'qr6_58', exists(select 1 from r where id = 28 and row like 'indirect|the plant would close in May|Ana Ferri|Ana Ferri|told|%');
-- "..., the chief executive told staff in a memo on Monday.": the one told and the memo are
-- the tail of an inverted cue, as "told reporters in an email" is
insert into d values (29,
 'Redwood will cut about 900 jobs, its chief executive told staff in a memo on Monday.');
select 'qr6_59', exists(select 1 from r where id = 29 and row like 'indirect|Redwood will cut about 900 jobs||its chief executive|told|%');
-- a headline ending in its cue: the lower-case words after the comma describe the speaker
insert into d values (30, 'Rail strike will go ahead, union boss warns' || char(10) || char(10) || 'Talks failed on Monday.');
select 'qr6_60', exists(select 1 from r where id = 30 and row = 'indirect|Rail strike will go ahead||union boss|warns|1|25');
