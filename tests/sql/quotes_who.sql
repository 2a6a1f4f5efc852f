-- quotes_who.sql: who spoke when the text does not simply write a name before the cue: a
-- name in apposition after a description opening its paragraph, an unnamed speaker who goes
-- on ("he added" after "a senior aide said"), a body that speaks for a name ("it said" after
-- "the Hollis campaign said"), "the company" only for a company named nearby. Texts are our
-- own. Subjects that a preposition lengthens: a place is never the speaker ("Ferri in Rome",
-- "officials in Washington"), an aide or a lawyer of someone is someone of their own (a
-- spokesman speaks for them), a name in apposition after the whole phrase speaks.
-- A title in marks after a work noun and a comma is no quotation, even with a cue near.
-- Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Senator Mark Hollis faces Karen Doyle in November.' || char(10) ||
 'Doyle has attacked Hollis over trade. “He has failed this state,” she said.' || char(10) ||
 'A Doyle campaign spokesman, Ben Ortiz, called the reply false.' || char(10) ||
 '“Karen has served for 20 years,” he said.');
insert into d values (2,
 'Mayor Peter Vance defended the budget on Monday. “It is fair,” Vance said.' || char(10) ||
 '“The numbers do not add up,” a senior aide to the council said. “Nobody checked them,” he added.');
insert into d values (3,
 'Senator Mark Hollis spoke in Dover.' || char(10) ||
 'The Hollis campaign said it would keep its ads on the air. “We are proud of our message,” it said.');
insert into d values (4,
 'Shares in Northgate Energy Company rose.' || char(10) ||
 replace(printf('%.*c', 100, 'x'), 'x', 'The weather was mild. ') || char(10) ||
 'Harbour Mills cut jobs. The company said sales had fallen.');
insert into d values (5,
 'Shares in Northgate Energy Company rose.' || char(10) || 'The company said sales had fallen.');
insert into d values (6,
 'Foreign Minister Ana Ferri met her Greek counterpart on Monday.' || char(10) ||
 'Ferri in Rome said the talks had stalled.' || char(10) ||
 'Officials in Washington said the deal was close.' || char(10) ||
 '“Nothing has changed,” said a lawyer for the family.' || char(10) ||
 '“We are ready,” said one longtime adviser to Ana Ferri.' || char(10) ||
 '“It is a disaster,” a spokesman for Ana Ferri said.' || char(10) ||
 'A senior aide to the minister said the plan was late.' || char(10) ||
 '“It will be a tragedy,” said the chairman of the Senate finance committee, Democratic Senator Tom Reyes.');
insert into d values (7,
 '“We are the best,” mused Blaze co-host Stu Barrow.' || char(10) ||
 '“Rates will rise,” said Nordbank economist Ilse Varga.');
insert into d values (8,
 'State Senator Paul Dunn called the bill reckless. “We will fight it,” Dunn said.' || char(10) ||
 'Dunn''s ally, Representative Amy Cole, said she would sue. “The governor broke the law,” she said.');
insert into d values (9,
 '“We will not raise taxes,” said Senator Mark Hollis.' || char(10) ||
 'Governor Frank Ruiz disagreed. “The plan is dead,” he said.' || char(10) ||
 'Hollis’s chief of staff, Dan Price, declined to comment. Hollis himself was blunt. “It is a joke,” he said.');
insert into d values (10,
 'Many voters have doubts about Ted Lane. One donor said he had given up.' || char(10) ||
 'But Lane campaign chairman Paul Ward said the appeal would grow. “We think the message works,” he said.');
insert into d values (11,
 'The family stayed, Mr. Lane said in his 2014 book, “A Harbour Town Son.” They never left.' || char(10) ||
 'In her new memoir, “Rising Tide,” and in an interview, Ms. Ortiz argues the reverse.' || char(10) ||
 'Lane wrote in his book, “We never left because we could not afford to.”');
insert into d values (12,
 'Senator Tom Baxter said on Thursday he would not back the bill. “I am not there yet,” the Ohio Republican said.' || char(10) ||
 '“It is a good bill,” the Dayton council member said.');
insert into d values (13,
 '“We are winning,” said a Lane campaign aide who asked not to be named.' || char(10) ||
 '“She was careful,” a former State Department official who worked with Ana Ferri said.' || char(10) ||
 '“I voted for him twice,” said a retired teacher from Ohio who attended the rally.' || char(10) ||
 '“The numbers are bad,” a party organiser in Florida said.' || char(10) ||
 'Current and former officials who spoke with the Harbour Journal said the party had become a shell.' || char(10) ||
 '“We suffered,” Archbishop Aris Vartan of the Armenian Patriarchate of Jerusalem told reporters.');
insert into d values (14,
 'Singer Tessa Lund will direct this year''s harbour festival.' || char(10) ||
 'The festival follows Morrissey and Nick Cave as past directors. Lund has yet to pick the acts. “I want every kind of music,” she said.' || char(10) ||
 'Show host Esther Vale said he was “a delight” to work with. “He never complained,” she said.' || char(10) ||
 '“Our company gained ground,” said chairman and chief executive Tom Ford.');
insert into d values (15,
 'Singer Tom Lane won nothing this year.' || char(10) ||
 'Harbour Records veteran Brian Moss was another winner. “It means a lot,” he said.' || char(10) ||
 'Ted Vale said selling Lane to radio had been hard. “Nobody listened,” he said.');
insert into d values (16,
 'Rachel Lund, a donor, said the speeches had changed her mind. Along with her husband, Milton Lund, a banker, she has given to many candidates.' || char(10) ||
 '“He is wrong,” Milton Lund said. “I agree,” he added.');
insert into d values (17,
 'Her father, Dean Walsh, paddled out and pulled her to shore.' || char(10) ||
 'A local surfer, who did not want to be named, said sharks had been seen near the beach for weeks. “Everyone knew,” he said.' || char(10) ||
 'A report by the council said Walsh had warned them. “Nobody listened,” he said.');
insert into d values (18,
 'A Trump campaign spokesman, Steven Ruiz, called the ruling “flawed” and said the campaign would appeal.');
insert into d values (19,
 'Doctors at Westgate Memorial Clinic in Leeds said they had treated dozens of people.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;

-- "A Doyle campaign spokesman, Ben Ortiz, called ...": the name in apposition is the subject
-- the paragraph opens with, so "he" in the next one is Ortiz, not Hollis quoted before
select 'qw_01', (select count(*) from q where id = 1) = 2;
select 'qw_02', exists(select 1 from r where id = 1 and row = 'direct|He has failed this state,|Karen Doyle|she|said|91|25');
select 'qw_03', exists(select 1 from r where id = 1 and row = 'direct|Karen has served for 20 years,|Ben Ortiz|he|said|192|30');
-- an unnamed speaker goes on: "he added" is the aide (no name), not Vance quoted before; the
-- council the aide works for is not the speaker either
select 'qw_04', (select count(*) from q where id = 2) = 3;
select 'qw_05', exists(select 1 from r where id = 2 and row = 'direct|It is fair,|Peter Vance|Vance|said|51|11');
select 'qw_06', exists(select 1 from r where id = 2 and row = 'direct|The numbers do not add up,||a senior aide to the council|said|77|26');
select 'qw_07', exists(select 1 from r where id = 2 and row = 'direct|Nobody checked them,||he|added|141|20');
-- the pronoun without a name scores below a named speaker's, above nothing
select 'qw_08', (select score from q where id = 2 and start = 141) < (select score from q where id = 2 and start = 51);
-- a campaign speaks for the name inside it, and "it said" goes on with the campaign
select 'qw_09', (select count(*) from q where id = 3) = 2;
select 'qw_10', exists(select 1 from r where id = 3 and row = 'indirect|it would keep its ads on the air|Mark Hollis|The Hollis campaign|said|62|32');
select 'qw_11', exists(select 1 from r where id = 3 and row = 'direct|We are proud of our message,|Mark Hollis|it|said|97|28');
-- "the company": a company named nearby (5), not one named 2,200 characters before (4),
-- where the company the sentence before is about speaks (quotes6: story_company)
select 'qw_12', exists(select 1 from r where id = 5 and row = 'indirect|sales had fallen|Northgate Energy Company|The company|said|59|16');
select 'qw_13', exists(select 1 from r where id = 4 and row = 'indirect|sales had fallen|Harbour Mills|The company|said|2284|16');
-- "Ferri in Rome said": Ferri, not Rome; "Officials in Washington": no one in particular
select 'qw_14', (select count(*) from q where id = 6) = 7;
select 'qw_15', exists(select 1 from r where id = 6 and row = 'indirect|the talks had stalled|Ana Ferri|Ferri|said|84|21');
select 'qw_16', exists(select 1 from r where id = 6 and row = 'indirect|the deal was close||Officials in Washington|said|136|18');
-- the phrase after the role belongs to the speaker mention; the adviser is not Ana Ferri
select 'qw_17', exists(select 1 from r where id = 6 and row = 'direct|Nothing has changed,||a lawyer for the family|said|157|20');
select 'qw_18', exists(select 1 from r where id = 6 and row = 'direct|We are ready,||one longtime adviser to Ana Ferri|said|210|13');
-- a spokesman speaks for the one named after "for"
select 'qw_19', exists(select 1 from r where id = 6 and row = 'direct|It is a disaster,|Ana Ferri|a spokesman for Ana Ferri|said|266|17');
-- "A senior aide to the minister": not the minister the text named, and the article is kept
select 'qw_20', exists(select 1 from r where id = 6 and row = 'indirect|the plan was late||A senior aide to the minister|said|352|17');
-- a name in apposition after a long role phrase
select 'qw_21', exists(select 1 from r where id = 6 and row = 'direct|It will be a tragedy,|Tom Reyes|Tom Reyes|said|372|21');
-- "said Nordbank economist Ilse Varga": a name the entity step left out opens the phrase
-- before the role; the person after the role speaks, not that word
select 'qw_22', (select count(*) from q where id = 7) = 2;
select 'qw_23', exists(select 1 from r where id = 7 and row = 'direct|We are the best,|Stu Barrow|Stu Barrow|mused|2|16');
select 'qw_24', exists(select 1 from r where id = 7 and row = 'direct|Rates will rise,|Ilse Varga|Ilse Varga|said|53|16');
-- "Dunn's ally, Representative Amy Cole, said": the titled name in apposition speaks, and
-- she is the subject her paragraph opens with, so "she said" is Cole
select 'qw_25', (select count(*) from q where id = 8) = 3;
select 'qw_26', exists(select 1 from r where id = 8 and row = 'indirect|she would sue|Amy Cole|Amy Cole|said|125|13');
select 'qw_27', exists(select 1 from r where id = 8 and row = 'direct|The governor broke the law,|Amy Cole|she|said|141|27');
-- "Hollis himself was blunt. “…,” he said.": the subject of the sentence right before the
-- quotation outweighs the speaker quoted just before (Ruiz)
select 'qw_28', (select count(*) from q where id = 9) = 3;
select 'qw_29', exists(select 1 from r where id = 9 and row = 'direct|The plan is dead,|Frank Ruiz|he|said|86|17');
select 'qw_30', exists(select 1 from r where id = 9 and row = 'direct|It is a joke,|Mark Hollis|he|said|198|13');
-- ... but a name before a role is no such subject: "Lane campaign chairman Paul Ward"
select 'qw_31', exists(select 1 from r where id = 10 and row = 'direct|We think the message works,|Paul Ward|he|said|139|27');
-- "his 2014 book, “A Harbour Town Son.”", "her new memoir, “Rising Tide,”": titles, no rows;
-- a sentence quoted from the book still is one
select 'qw_32', (select count(*) from q where id = 11 and kind <> 'indirect') = 1;
select 'qw_33', (select count(*) from q where id = 11 and (quote like '%Harbour Town%' or quote like '%Rising Tide%')) = 0;
select 'qw_34', exists(select 1 from r where id = 11 and row = 'direct|We never left because we could not afford to.|Lane|Lane|wrote|201|45');
-- "the Ohio Republican" right after Baxter spoke: an epithet of the person the story
-- follows; "the Dayton council member" is someone else (no name)
select 'qw_35', (select count(*) from q where id = 12) = 3;
select 'qw_36', exists(select 1 from r where id = 12 and row = 'direct|I am not there yet,|Tom Baxter|the Ohio Republican|said|66|19');
select 'qw_37', exists(select 1 from r where id = 12 and row = 'direct|It is a good bill,||the Dayton council member|said|114|18');
-- the name inside a description is not its speaker: "a Lane campaign aide" (a body, then a
-- role), "an official who worked with Ana Ferri" (a relative clause), "a retired teacher
-- from Ohio", "a party organiser in Florida" (a place); a person "of" an organisation "of" a
-- place is the person
select 'qw_38', (select count(*) from q where id = 13) = 6;
select 'qw_39', exists(select 1 from r where id = 13 and row = 'direct|We are winning,||a Lane campaign aide|said|2|15');
select 'qw_40', exists(select 1 from r where id = 13 and row = 'direct|She was careful,||a former State Department official|said|73|16');
select 'qw_41', exists(select 1 from r where id = 13 and row = 'direct|I voted for him twice,||a retired teacher|said|159|22');
select 'qw_42', exists(select 1 from r where id = 13 and row = 'direct|The numbers are bad,||a party organiser in Florida|said|241|20');
select 'qw_43', exists(select 1 from r where id = 13 and row = 'indirect|the party had become a shell||officials|said|367|28');
select 'qw_44', exists(select 1 from r where id = 13 and row = 'direct|We suffered,|Aris Vartan|Aris Vartan|told|398|12');
-- a name after a verb that opens the sentence is its object, not the paragraph's subject
-- ("The festival follows Morrissey"); "Esther Vale said he was ..." leaves her gender to her
-- first name, not to the "he" of her report; roles joined by "and" before the name
select 'qw_45', (select count(*) from q where id = 14) = 4;
select 'qw_46', exists(select 1 from r where id = 14 and row = 'direct|I want every kind of music,|Tessa Lund|she|said|157|27');
select 'qw_47', exists(select 1 from r where id = 14 and row = 'direct|He never complained,|Esther Vale|she|said|257|20');
select 'qw_48', exists(select 1 from r where id = 14 and row = 'direct|Our company gained ground,|Tom Ford|Tom Ford|said|290|26');
-- "Harbour Records veteran Brian Moss was ...": a name before the role that modifies it
-- does not hide the subject; "Ted Vale said selling Lane ...": Lane is no subject
select 'qw_49', (select count(*) from q where id = 15) = 3;
select 'qw_50', exists(select 1 from r where id = 15 and row = 'direct|It means a lot,|Brian Moss|he|said|96|15');
select 'qw_51', exists(select 1 from r where id = 15 and row = 'direct|Nobody listened,|Ted Vale|he|said|174|16');
-- "her husband, Milton Lund, a banker, she ...": the role he stands in apposition to makes
-- him a man, not the "she" later in the sentence, so "he added" is his
select 'qw_52', (select count(*) from q where id = 16) = 3;
select 'qw_53', exists(select 1 from r where id = 16 and row = 'direct|I agree,|Milton Lund|he|added|178|8');
-- "A local surfer said ... “…,” he said.": one the text brings in with "a" and who spoke
-- without marks goes on in the next sentence, unnamed; a report does not ("he" is Walsh)
select 'qw_54', (select count(*) from q where id = 17) = 4;
select 'qw_55', exists(select 1 from r where id = 17 and row = 'direct|Everyone knew,||he|said|161|14');
select 'qw_56', exists(select 1 from r where id = 17 and row = 'direct|Nobody listened,|Dean Walsh|he|said|239|16');
-- "A Trump campaign spokesman, Steven Ruiz, called ... and said ...": the name after the
-- article modifies the noun; the subject of "and said" is the name in apposition
select 'qw_57', exists(select 1 from r where id = 18 and row = 'indirect|the campaign would appeal|Steven Ruiz|Steven Ruiz|said|78|25');
-- "Doctors at Westgate Memorial Clinic in Leeds said": no name before the place; the phrase
-- from the sentence's start speaks, unnamed, never the place
select 'qw_58', exists(select 1 from r where id = 19 and row = 'indirect|they had treated dozens of people||Doctors at Westgate Memorial Clinic in Leeds|said|51|33');
