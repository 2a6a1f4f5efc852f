-- quotes_reported6.sql: reported speech and its speakers, the patterns of branch quotes6.
-- "the company" / "the firm" stand for the company the story is about when no company's
-- name ends in that word: the organisation named most in the 1,500 characters before, which
-- opened a sentence as its subject; not a public body, an exchange or a news outlet, and no
-- one when two lead alike. Texts are our own. Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Harbour Freight Ltd lost money this year. According to the company, the storm '
 || 'closed its two main depots.');
insert into d values (2,
 'Kestrel Foods cut 200 jobs on Monday. Kestrel Foods blamed the price of wheat.' || char(10) ||
 'Shares in Brightwater Retail fell. The firm said demand had slowed.');
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
-- the company of the sentence that leads up to "the firm": named most and a subject, but
-- Kestrel Foods opened two sentences; Brightwater Retail was no subject ("Shares in ...")
select 'qr6_03', exists(select 1 from r where id = 2 and row = 'indirect|demand had slowed|Kestrel Foods|The firm|said|129|17');
-- a public body is not "the company"
select 'qr6_04', exists(select 1 from r where id = 3 and row = 'indirect|it would appeal||The company|said|75|15');
-- two companies lead alike: no one
select 'qr6_05', exists(select 1 from r where id = 4 and row = 'indirect|prices had risen||The company|said|75|16');
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
