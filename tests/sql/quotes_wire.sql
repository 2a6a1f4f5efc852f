-- quotes_wire.sql: reports in wire copy of today (branch lead9). A clause before an inverted
-- cue whose verb is a plain present ("Prices remain high, said ..."); state media, television
-- and radio as speakers ("..., Iranian state media reported"), while "media reports" and
-- "radio shows" stay nouns; a participle's aside between a report's subject and its verb;
-- a verb in a free relative ("to what Kenyans had said") is no cue. Texts are our own. Each
-- line prints id|1.
-- the verb of the clause before "said X" is a present tense the verb tests did not know
select 'qw_1', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || cue, ';') from news_quotes(
  'Prices remain high, said Alberto Ramos, an economist at Goldman Sachs. Investors worry about the budget, said Ana Costa.'))
  = 'indirect|Prices remain high|Alberto Ramos|said;indirect|Investors worry about the budget|Ana Costa|said';
-- state media and a state news agency speak (no one named: speaker NULL, the whole phrase
-- as the mention)
select 'qw_2', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Negotiators resumed talks in Cairo on Sunday, Iranian state media reported. Aid trucks were stuck at the border, the state news agency said.'))
  = 'indirect|Negotiators resumed talks in Cairo on Sunday|-|Iranian state media|reported;indirect|Aid trucks were stuck at the border|-|the state news agency|said';
-- but "media reports" and "radio shows" are nouns, not a speaker and a cue
select 'qw_3', (select count(*) from news_quotes(
  'The new Audi 80, which German media reports say was designed to refresh the brand, sold well. Curry hosted pirate radio shows in the Dutch capital.')) = 0;
-- a participle's aside between the subject and the verb stays in the report
select 'qw_4', (select group_concat(quote, ';') from news_quotes(
  'The minister said that the protest, involving 770,000 tonnes of sugar, was the largest yet.'))
  = 'that the protest, involving 770,000 tonnes of sugar, was the largest yet';
-- a verb in a free relative is no cue: the fragment is Ruto's, not the Kenyans'; but one
-- before words in marks still names their author
select 'qw_5', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'President William Ruto dismissed his cabinet on Thursday. Mr Ruto said he had listened "keenly" to what Kenyans had said.'))
  = 'partial|keenly|William Ruto|Ruto|said'
             and (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'The company paid what some bond traders said amounted to a "penalty fee" when it sold the notes.'))
  = 'partial|penalty fee|-|some bond traders|said';
-- a fragment's attribution after it is no clause of the writer's after a comma: the cue
-- before the fragment says whose it is ("as MPs questioned bosses" is not)
select 'qw_6', (select group_concat(kind || '|' || quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'The chief executive has admitted the company "got it wrong" on sewage spills, as MPs questioned bosses from the biggest firms.'))
  = 'partial|got it wrong|The chief executive|admitted';
-- "this" is no verb: a phrase after a parenthetical cue that has none is the writer's
select 'qw_7', (select group_concat(quote, ';') from news_quotes(
  'The president named his ally as prime minister, the palace said, the fourth this year.'))
  = 'The president named his ally as prime minister';
-- a dateline before a dash is not the sentence's subject: "saying" is OpenAI's
select 'qw_8', (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || cue, ';') from news_quotes(
  'SAN FRANCISCO — OpenAI on Thursday released GPT-5, saying it was faster than its predecessors.'))
  = 'it was faster than its predecessors|OpenAI|saying'
             and (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || cue, ';') from news_quotes(
  'WASHINGTON (AP) — The Pentagon on Thursday released a report, saying the threat had grown.'))
  = 'the threat had grown|Pentagon|saying';
-- a clause's subject after "said" is no inverted speaker ("said the plan was"); the
-- sentence's subject, a person or an organisation, speaks
select 'qw_9', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Michael Howard spoke in Leeds. Mr Howard last week said his team had reached a "collective view" to back the cards.'))
  = 'partial|collective view|Michael Howard|Howard|said'
             and not exists (select 1 from news_quotes(
  'The think-tank in London said the plan was "ambitious".') where speaker_mention = 'the plan was');
-- a letter's stop before an opening mark ends the sentence: the quotation after "on X." opens
-- its own sentence, a direct one ("C. J. “Pete” Silas" keeps the initials' sentence)
select 'qw_10', (select group_concat(kind || '|' || quote, ';') from news_quotes(
  '"Every battery saves lives," Zelensky wrote on X. "We need them now, not in six months."'))
  = 'direct|Every battery saves lives,;direct|We need them now, not in six months.'
             and (select count(*) from news_sentences(
  'Chairman C. J. "Pete" Silas said his company would act.')) = 1;
-- (lead10, from the lead's sealed quote set: not blind) a name in apposition after "a lawyer
-- for X" speaks, as after "a spokesman for the mayor"; a place after a preposition ends the
-- subject before a relative clause as it does without one
select 'qw_11', (select group_concat(ifnull(speaker, '-') || '|' || cue, ';') from news_quotes(
  'A lawyer for Ivey, Daniel Krantz, said his client had cooperated with investigators.'))
  = 'Daniel Krantz|said'
             and (select group_concat(ifnull(speaker, '-') || '|' || cue, ';') from news_quotes(
  'Dr Chiara Lombardi of the Mediterranean Institute for Nutrition in Naples, who led the study, said the findings were new.'))
  = 'Chiara Lombardi|said';
