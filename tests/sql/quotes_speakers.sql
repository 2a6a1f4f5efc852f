-- quotes_speakers.sql: who news_quotes() says spoke: pronouns with gender from titles, roles
-- learned from appositives, "it" for an organisation, relative clauses between a name and
-- its cue, unnamed sources (speaker NULL, lower score), reported speech. Texts are our own.
-- Each line prints id|1.
create table d(id integer primary key, body text);
insert into d values (1,
 'Ms. Anna Kovalenko, the mayor, met Dmytro Kuleba, Ukraine’s foreign minister, on Friday.' || char(10) ||
 '“We need generators,” she said.' || char(10) ||
 '“Help is coming,” the minister said.' || char(10) ||
 'The Pentagon said it would send more. “We are moving fast,” it said in a statement.' || char(10) ||
 'Kuleba, who spoke after the meeting, said the aid had arrived.' || char(10) ||
 '“I was wrong about the winter,” Kuleba said of his forecast. “We were lucky.”' || char(10) ||
 '“The grid held,” said a senior official, who asked not to be named.');
create view q as select d.id, n.* from d, news_quotes(d.body) as n;
create view r as select id, kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length as row
  from q;

select 'qs_01', (select count(*) from q where id = 1) = 8;
-- "she": the woman the text named (Ms.), not the nearer man
select 'qs_02', exists(select 1 from r where id = 1 and row = 'direct|We need generators,|Anna Kovalenko|she|said|91|19');
-- "the minister": the person the appositive called foreign minister
select 'qs_03', exists(select 1 from r where id = 1 and row = 'direct|Help is coming,|Dmytro Kuleba|the minister|said|123|15');
select 'qs_04', exists(select 1 from r where id = 1 and row = 'indirect|it would send more|Pentagon|Pentagon|said|177|18');
-- "it said": the organisation
select 'qs_05', exists(select 1 from r where id = 1 and row = 'direct|We are moving fast,|Pentagon|it|said|198|19');
-- a relative clause between the name and its cue
select 'qs_06', exists(select 1 from r where id = 1 and row = 'indirect|the aid had arrived|Dmytro Kuleba|Kuleba|said|285|19');
-- I and we inside the quotation are not speakers; the second segment shares the first's
select 'qs_07', exists(select 1 from r where id = 1 and row = 'direct|I was wrong about the winter,|Dmytro Kuleba|Kuleba|said|307|29');
select 'qs_08', exists(select 1 from r where id = 1 and row = 'direct|We were lucky.|Dmytro Kuleba|Kuleba|said|368|14');
-- an unnamed source: the words as written, no entity, a lower score than a named one
select 'qs_09', exists(select 1 from r where id = 1 and row = 'direct|The grid held,||a senior official|said|385|14');
select 'qs_10', (select score from q where id = 1 and start = 385) < (select score from q where id = 1 and start = 307);
-- every score in (0, 1], speakers are entity names of the document
select 'qs_11', (select count(*) from q where id = 1 and not (score > 0 and score <= 1)) = 0;
select 'qs_12', (select count(*) from q where id = 1 and speaker is not null and speaker not in
                  (select entity from d, news_entities(d.body) where d.id = 1)) = 0;
-- "the ministry": the organisation the text named with that word
select 'qs_13', (select speaker || '|' || speaker_mention from news_quotes(
  'Ukraine''s Foreign Ministry issued a note. “We protest,” the ministry said.'))
  = 'Foreign Ministry|the ministry';
-- "a minister" is someone new, "the minister" the one the text named
select 'qs_14', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Foreign Minister Dmytro Kuleba spoke first. “We wait,” a minister said. “We act,” the minister said.'))
  = '-|a minister;Dmytro Kuleba|the minister';
-- "Name of Organisation wrote": the person speaks, not the organisation or place after "of"
select 'qs_15', (select group_concat(speaker_mention || '|' || cue, ';') from news_quotes(
  '“Building it would be a stretch for them,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.'))
  = 'Jeffrey Lewis|wrote';
select 'qs_16', (select group_concat(kind || '|' || speaker_mention, ';') from news_quotes(
  'Rep. Maria Santos of New Mexico, a farm supporter, said it will help.'))
  = 'indirect|Maria Santos';
-- "he said" right after a quotation by a man goes on with him, past other men named between
select 'qs_17', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  '“We will build it,” Tom Baker said. Mayor John Brown of Leeds, Governor Ian Grey of York, Senator Bob Hill of Hull and Paul Stone of Derby had opposed the plan for years. “It is time,” he said.'))
  = 'Tom Baker|Tom Baker;Tom Baker|he';
-- a name and a role before the subject ("Ashford captain Leon Barker") leave it the
-- subject that "he said" goes back to, not a man named earlier as a subject
select 'qs_18', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Goalkeeper Jonas Eriksen saved two penalties in the shootout. Riverside won the cup for the first time.
Ashford captain Leon Barker was close to tears at the final whistle. “We gave everything,” he said.'))
  = 'Leon Barker|he';
-- first names the hand-written lists lack tell a gender from the SSA's baby names: "she"
-- is not the man who opens the sentence before
select 'qs_19', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Kwame Osei met Niamh Walsh at the club on Tuesday. “We have never been in better shape,” she said.'))
  = 'Niamh Walsh|she';
select 'qs_20', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Niamh Walsh met Kwame Osei at the club on Tuesday. “We have never been in better shape,” he said.'))
  = 'Kwame Osei|he';
-- "described her as": the object of a man's own verb is someone else, so "she" is not him;
-- "said her plan" is still the speaker's own
select 'qs_21', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Ruth Keane ran the paper for 30 years. Colleague Martin Shaw described her as “fearless”. In an interview she said: “Somebody had to ask.”'))
  = 'Martin Shaw|Martin Shaw;Ruth Keane|she';
select 'qs_22', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Robin Ashe said her plan was ready. “We start on Monday,” he said.'))
  = 'Robin Ashe|Robin Ashe;-|he';
-- a long apposition with a relative clause inside it still ends at its name (the subject
-- is looked for up to 24 tokens before the cue, not 16)
select 'qs_23', (select group_concat(kind || '|' || ifnull(speaker, '-') || '|' || ifnull(cue, '-'), ';') from news_quotes(
  'Tom Yates, a professor of sport at the University of Leicester who was not involved in the study, said: "This is careful work." Ana Ruiz, a lecturer at the University of Seville who had no part in the new review, said it was "careful and convincing".'))
  = 'direct|Tom Yates|said;partial|Ana Ruiz|said';
-- the owner before a name's possessive is not the subject of its second verb
select 'qs_24', (select group_concat(kind || '|' || ifnull(speaker, '-') || '|' || ifnull(cue, '-'), ';') from news_quotes(
  'Fox TV''s Bill O''Reilly said he would be "watching closely" and warned the organisers they had "better be careful".'))
  = 'partial|Bill O''Reilly|said;partial|Bill O''Reilly|warned';
-- the nouns business news calls a company by stand for the company the story leads with,
-- as "the company" does
select 'qs_25', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Ryanair reported a fall in profit on Monday. The airline said fuel costs had risen. Volkswagen reported a fall in profit on Friday. The German carmaker said demand in China had weakened.'))
  = 'Ryanair|The airline;Volkswagen|The German carmaker';
-- "the lender" after a bank the text just named ("the bank" is its last word already)
select 'qs_26', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Harwood Bank said on Tuesday it would close 40 branches. "Customers have moved online," the lender said in a statement.'))
  = 'Harwood Bank|Harwood Bank;Harwood Bank|the lender';
-- a role noun with more after it in an apposition, after the name or before it, still
-- names who "the spokeswoman", "the senator" is; the gender must not clash
select 'qs_27', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Olu Bakare, a spokeswoman for the hospital group, declined to comment on costs. "We are reviewing the bill," the spokeswoman said.'))
  = 'Olu Bakare|the spokeswoman';
select 'qs_28', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'The senator from Ohio, Mark Delaney, opposed the bill. "It is a waste of money," the senator said.'))
  = 'Mark Delaney|the senator';
select 'qs_29', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Peter Grant, a spokesman for the union, said nothing. "No comment," the spokeswoman said.'))
  = '-|the spokeswoman';
-- ... but not a noun inside a phrase that is no apposition, nor an owner ("Brown's")
select 'qs_30', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Man to Man, an epic starring Kristin Scott Thomas, opens the German festival in June. The festival praised its "bold start".'))
  = '-|The festival';
select 'qs_31', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'The book, Brown''s Britain, was published on Monday. The book said the pair had "mutual contempt" for each other.'))
  = '-|The book';
-- a man named Kofi given a "she" by the sentence he speaks in ("says she is") is still no
-- likely "she": the woman the story is about is
select 'qs_32', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Aoife Walsh opened her first shop at 26.' || char(10) || '"I was naive," she says.' || char(10) ||
  'Her business partner, Kofi Boateng, says she is "the hardest worker I know". Does she regret it? "Not at all," she says.'))
  = 'Aoife Walsh|she;Kofi Boateng|Kofi Boateng;Aoife Walsh|she';
-- a surname of two words that the entity step typed as an organisation is the person whose
-- name it ends
select 'qs_33', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Ms Siobhan Ni Bhriain said she was pleased. "It is a good day," Ni Bhriain said.'))
  = 'Siobhan Ni Bhriain|Siobhan Ni Bhriain;Siobhan Ni Bhriain|Ni Bhriain'; -- model-dependent
-- "the spokesman" after "a KLM spokesman said" speaks for KLM as that one did; a
-- spokesman for nobody named stays nobody's
select 'qs_34', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'AMSTERDAM, March 23 - KLM is not seeking a stake in the airline, a KLM spokesman said. "We are thinking of a loan," the spokesman told Reuters.'))
  = 'KLM|a KLM spokesman;KLM|the spokesman';
select 'qs_35', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'KLM is not seeking a stake in the airline, a spokesman said. "We are thinking of a loan," the spokesman told Reuters.'))
  = '-|a spokesman;-|the spokesman';
-- "the ministry", "the bank" find an organisation named for its head noun before "of";
-- "a major French bank" is some bank, not the Bank of France
select 'qs_36', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'The Ministry of Housing rejected the plan on Monday. "It is unaffordable," the ministry said.'))
  = 'Ministry of Housing|the ministry';
select 'qs_37', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'PARIS, March 26 - The Bank of France intervened on the market to buy dollars, dealers said. A major French bank said it acted for the central bank.'))
  = '-|dealers;-|A major French bank';
-- "they" is an organisation that speaks or opens a sentence here, never a place: not
-- "London" for the sons of a woman who died there, nor the Liberal Democrats of a "by"
select 'qs_60', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Dame Maggie Smith has died in hospital in London. "She leaves two sons and five loving grandchildren," they said in a statement.'))
  = '-|they';
select 'qs_61', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'The Co-operative Party rejected the offer on Monday. They said the scheme was "deeply flawed".'))
  = 'Co-operative Party|They';
-- a first name borne by men and women tells no gender: "he" after Kelly Ortberg, Kim Jong Un
select 'qs_62', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Boeing chief executive Kelly Ortberg spoke to staff. "There is much work ahead," he wrote.'))
  = 'Kelly Ortberg|he'
             and (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'North Korean leader Kim Jong Un inspected the launch. "We will strengthen our forces," he said.'))
  = 'Kim Jong Un|he';
-- a description of two role words opening the sentence is whole for a second verb of
-- saying ("The prime" was the speaker of "insisted"), a possessive one too
select 'qs_63', (select group_concat(kind || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'The prime minister said he understood the anger but insisted the cut was "the right thing to do".'))
  = 'indirect|-|The prime minister|said;partial|-|The prime minister|insisted'
             and (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Foreign affairs spokesman Menzies Campbell spoke on Monday. The prime minister''s official spokesman also rejected the claims, saying: "The words were his."'))
  = '-|The prime minister''s official spokesman|saying';
-- a headline's quotation signed after a colon: the subject before the verb, and a place or
-- a nationality before a role is a description, not the speaker
select 'qs_64', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  '''We are ready'': Israeli officials warn Hezbollah' || char(10) || char(10) || 'They spoke on Monday.'))
  = '-|Israeli officials'
             and (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  '''We are ready'': Russia warns the West' || char(10) || char(10) || 'It spoke on Monday.'))
  = 'Russia|Russia';
-- a dateline of two words in capitals before "(Reuters) -" is no part of the report
select 'qs_65', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-'), ';') from news_quotes(
  'THE HAGUE, June 3 (Reuters) - The Dutch government collapsed on Tuesday after a row over asylum policy, Prime Minister Dick Schoof said.'))
  = 'indirect|The Dutch government collapsed on Tuesday after a row over asylum policy|Dick Schoof';
-- a place that "adds" things reports nothing; a clause after it is a report
select 'qs_66', (select count(*) from news_quotes('US adds more jobs than expected' || char(10) || char(10) || 'The economy grew.')) = 0
             and (select group_concat(kind || '|' || quote, ';') from news_quotes(
  'Exports rose, West Germany added there were good chances this level could be held.'))
  = 'indirect|there were good chances this level could be held';
