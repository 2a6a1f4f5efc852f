-- quotes_patterns.sql: news_quotes() rows, exactly, for each attribution pattern the quote step
-- handles (ext/quotes.c, ext/speakers.c): after and before the marks, inverted, pronoun and
-- description speakers, according to, organisations, tweets, a quotation that goes on in
-- the next paragraph, partial quotes, scare quotes, indirect speech. Texts are our own.
-- Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Ukrainian Foreign Minister Dmytro Kuleba spoke on Tuesday.' || char(10) ||
 '“We will not give up,” Kuleba said. “Our allies are with us.”' || char(10) ||
 '“The leaks change nothing,” said Kuleba, Ukraine’s foreign minister.' || char(10) ||
 'Kuleba said: “We agreed that the leaks will not affect our cooperation.”' || char(10) ||
 '“We expect more air defence,” he added.' || char(10) ||
 '“The talks were frank,” the minister told reporters.' || char(10) ||
 '“It will be a long winter.”' || char(10) ||
 'According to Kuleba, “the front is holding.”' || char(10) ||
 '“The documents were altered,” the Pentagon said in a statement.' || char(10) ||
 '“Had a call with @SecBlinken,” Kuleba tweeted.' || char(10) ||
 'Kuleba said the leaks would not affect cooperation.' || char(10) ||
 'According to officials, the talks ended late.' || char(10) ||
 'Blinken reaffirmed Washington’s “ironclad” support, while the so-called “Group of Seven” met.');
insert into d values (2,
 '“We will rebuild every city,” Kuleba said. “Every school.' || char(10) ||
 '“Every hospital. Every bridge.”' || char(10) ||
 '‘It is over,’ the spokeswoman said.' || char(10) ||
 'Kuleba, who met Blinken on Monday, said that “nothing was signed” in Brussels.' || char(10) ||
 'The sanctions will stay, the minister said.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;

select 'qp_01', (select count(*) from q where id = 1) = 13;
select 'qp_02', exists(select 1 from r where id = 1 and row = 'direct|We will not give up,|Dmytro Kuleba|Kuleba|said|61|20');
select 'qp_03', exists(select 1 from r where id = 1 and row = 'direct|Our allies are with us.|Dmytro Kuleba|Kuleba|said|97|23');
select 'qp_04', exists(select 1 from r where id = 1 and row = 'direct|The leaks change nothing,|Dmytro Kuleba|Kuleba|said|123|25');
select 'qp_05', exists(select 1 from r where id = 1 and row = 'direct|We agreed that the leaks will not affect our cooperation.|Dmytro Kuleba|Kuleba|said|205|57');
select 'qp_06', exists(select 1 from r where id = 1 and row = 'direct|We expect more air defence,|Dmytro Kuleba|he|added|265|27');
select 'qp_07', exists(select 1 from r where id = 1 and row = 'direct|The talks were frank,|Dmytro Kuleba|the minister|told|305|21');
-- a paragraph that opens with a quotation right after an attributed one: the speaker goes on
select 'qp_08', exists(select 1 from r where id = 1 and row = 'direct|It will be a long winter.|Dmytro Kuleba|the minister|told|358|25');
select 'qp_09', exists(select 1 from r where id = 1 and row = 'direct|the front is holding.|Dmytro Kuleba|Kuleba|According to|407|21');
select 'qp_10', exists(select 1 from r where id = 1 and row = 'direct|The documents were altered,|Pentagon|Pentagon|said|431|27');
select 'qp_11', exists(select 1 from r where id = 1 and row = 'direct|Had a call with @SecBlinken,|Dmytro Kuleba|Kuleba|tweeted|495|28');
select 'qp_12', exists(select 1 from r where id = 1 and row = 'indirect|the leaks would not affect cooperation|Dmytro Kuleba|Kuleba|said|553|38');
select 'qp_13', exists(select 1 from r where id = 1 and row = 'indirect|the talks ended late||officials|According to|617|20');
select 'qp_14', exists(select 1 from r where id = 1 and row = 'partial|ironclad|Blinken|Blinken|reaffirmed|672|8');
-- scare quotes and names in marks are no one's words
select 'qp_15', not exists(select 1 from q where id = 1 and quote like '%Group of Seven%');
-- unnamed description: speaker NULL, lower score than a named speaker
select 'qp_16', (select speaker from q where id = 1 and start = 617) is null
  and (select score from q where id = 1 and start = 617) < (select score from q where id = 1 and start = 61);
select 'qp_17', (select count(*) from q where id = 2) = 6;
-- a quotation over two paragraphs: one row per paragraph segment, the same speaker
select 'qp_18', exists(select 1 from r where id = 2 and row = 'direct|We will rebuild every city,|Kuleba|Kuleba|said|2|27');
select 'qp_19', exists(select 1 from r where id = 2 and row = 'direct|Every school.|Kuleba|Kuleba|said|45|13');
select 'qp_20', exists(select 1 from r where id = 2 and row = 'direct|Every hospital. Every bridge.|Kuleba|Kuleba|said|60|29');
-- British single marks; a spokeswoman the text never names
select 'qp_21', exists(select 1 from r where id = 2 and row = 'direct|It is over,||the spokeswoman|said|92|11');
-- said that “…”: a quoted fragment of the writer's sentence, the speaker past a relative clause
select 'qp_22', exists(select 1 from r where id = 2 and row = 'partial|nothing was signed|Kuleba|Kuleba|said|173|18');
-- reported speech before its attribution, by a description
select 'qp_23', exists(select 1 from r where id = 2 and row = 'indirect|The sanctions will stay||the minister|said|206|23');
select 'qp_24', (select group_concat(sentence, ',') from q where id = 2) = '1,2,3,5,6,7';
-- a quotation alone in its paragraph takes the report that ended the paragraph before, or
-- the "Kuleba added:" that introduced it
create table d3 as select 'Dmytro Kuleba said the leaks would not affect cooperation.' || char(10) ||
  '“We are allies.”' || char(10) || 'Kuleba added:' || char(10) || '“Nothing will change.”' as body;
select 'qp_25', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue, ';')
                   from d3, news_quotes(d3.body))
  = 'indirect|the leaks would not affect cooperation|Dmytro Kuleba|Dmytro Kuleba|said;direct|We are allies.|Dmytro Kuleba|Dmytro Kuleba|said;direct|Nothing will change.|Dmytro Kuleba|Kuleba|added';
-- a quotation over two paragraphs named only at its end: both parts take that speaker; a
-- finding verb (showed) is not who a quoted fragment belongs to
create table d4 as select 'Union leader Fiona MacLeod said the vote showed the “depth of anger” on wards.' || char(10) ||
  '“Our members have waited three years.' || char(10) ||
  '“Nobody takes this step lightly,” MacLeod said.' as body;
select 'qp_26', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue, ';')
                   from d4, news_quotes(d4.body))
  = 'partial|depth of anger|Fiona MacLeod|Fiona MacLeod|said;direct|Our members have waited three years.|Fiona MacLeod|MacLeod|said;direct|Nobody takes this step lightly,|Fiona MacLeod|MacLeod|said';
-- a question nested at the end of the quotation does not make the attribution a new sentence
select 'qp_27', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || cue, ';') from news_quotes(
  '“We asked them, ‘Where is the money?’” Maria Santos said.'))
  = 'direct|We asked them, ‘Where is the money?’|Maria Santos|said';
-- an -ing cue after the quotation goes on the sentence before it: "promising X" is not a speaker
select 'qp_28', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Senator Maria Santos said the vote was close, but said, “We will try again next year,” promising the farmers of Tula a new bill.'))
  = 'indirect|Maria Santos|said;direct|Maria Santos|said';
-- a participle describing the speaker between commas
select 'qp_29', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Maria Santos, noting the size of the crowd, said, “This is the largest rally we have held.”'))
  = 'direct|Maria Santos|said';
-- ", saying “…”" far from its "X said": the subject of that cue
select 'qp_30', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Even a veteran farm organizer said the prices in the valley would fall by the end of the long winter, saying, “Nobody here can afford that.”'))
  = 'indirect|a veteran farm organizer|said;direct|a veteran farm organizer|saying';
-- an adverb and a place after the cue are no reported clause
select 'qp_31', (select count(*) from news_quotes('Maria Santos said quietly into the microphone.')) = 0;
-- an apposition without its closing comma: the name before it speaks
select 'qp_32', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  '“Our voters are drawing away,” Nate Silver, the polling analyst who founded example.com tweeted on Wednesday.'))
  = 'direct|Nate Silver|tweeted';
-- a short sentence whose subject hands its words over with a colon, after an opening phrase
select 'qp_33', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'In a radio interview later that day, Maria Santos went even further: “If he loses, it is the end of his career.”'))
  = 'direct|Maria Santos|went';
-- "The minister noted ..., and added:": the description opening the sentence, not the pronoun inside
select 'qp_34', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'The minister noted that he taught law for years, and added: “I know a little about this.”'))
  = 'indirect|The minister|noted;direct|The minister|added';
-- "CLAUSE, said NAME, APPOSITION.": the apposition does not hide the end of the report
select 'qp_35', (select group_concat(kind || '|' || quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Water prices are a burden on small farms, said Maria Santos, a Tula farmer who grows corn.'))
  = 'indirect|Water prices are a burden on small farms|Maria Santos|said';
-- a cue word as a noun after adjectives: "the congressional report said"
select 'qp_36', (select group_concat(kind || '|' || quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'In all, thieves took twelve laptops and ten servers, the congressional report said.'))
  = 'indirect|In all, thieves took twelve laptops and ten servers|the congressional report|said';
-- "X issued a statement, “…”": a noun of saying before the comma hands the words over
select 'qp_37', (select group_concat(kind || '|' || quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Right after the vote, Maria Santos issued a statement, “Our farms will survive this.”'))
  = 'direct|Our farms will survive this.|Maria Santos|issued';
-- "Hours later, X ...": a capitalised word before a comma opens the sentence, it is no subject
select 'qp_38', (select group_concat(kind || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Hours later, Maria Santos returned the compliment to John Brown, telling Reuters, “John and I have been friends for a long time.”'))
  = 'direct|Maria Santos|telling';
