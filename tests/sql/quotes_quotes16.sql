-- quotes_quotes16.sql: rules of branch quotes16 (quotes.c: spans, kinds and cues of reported
-- speech): exact rows on article-like text written for these tests. One assertion per line,
-- each prints id|1.

-- a second verb of saying after "and"/"but" reports; a one-word object of the first reports
-- nothing ("denied involvement")
select 'q16_01', (select group_concat(cue || '|' || quote, ';') from news_quotes(
  'Hamas denied involvement and said it was committed to the ceasefire.'))
  = 'said|it was committed to the ceasefire';
select 'q16_02', (select group_concat(cue || '|' || quote, ';') from news_quotes(
  'Lund denied it but said the port would close.')) = 'said|the port would close';
-- ... and after a description opening the sentence, whose verb is one of saying
select 'q16_03', (select group_concat(kind || '|' || speaker_mention || '|' || quote, ';')
  from news_quotes('The four-time world champion described the decision as "a joke" but said he was pleased with the result.'))
  = 'partial|The four-time world champion|a joke;indirect|The four-time world champion|he was pleased with the result';
-- a noun phrase after "SUBJ said on DAY," is no second report, a clause after "since" in it
-- no verb of its own
select 'q16_04', (select group_concat(quote, ';') from news_quotes(
  'At least 40 people were killed, police said on Wednesday, the deadliest day since the protests began.'))
  = 'At least 40 people were killed';
select 'q16_05', (select group_concat(quote, ';') from news_quotes(
  'Prices will rise, he said, the company will cut jobs if demand falls.'))
  = 'Prices will rise;the company will cut jobs if demand falls';
-- names listed after "said" and the list's verb: one report, the verb no cue of its own
select 'q16_06', (select group_concat(speaker_mention || '|' || quote, ';') from news_quotes(
  'Diplomats said Britain, West Germany and the Netherlands maintained their opposition to the tax despite attempts to persuade them it would not hit exports.'))
  = 'Diplomats|Britain, West Germany and the Netherlands maintained their opposition to the tax despite attempts to persuade them it would not hit exports';
-- a month, then its verb, opens the report; a month and a day is a date
select 'q16_07', (select group_concat(quote, ';') from news_quotes(
  'The agency said August alone had brought 16 days of heatwave conditions.'))
  = 'August alone had brought 16 days of heatwave conditions';
select 'q16_08', (select group_concat(quote, ';') from news_quotes(
  'Wal-Mart Stores Inc said March sales were up 32 pct.')) = 'March sales were up 32 pct';
select 'q16_09', (select group_concat(kind || '|' || quote, ';') from news_quotes(
  '"We will win," Rubio said March 6 in a speech.')) = 'direct|We will win,';
-- a body one tells in a meeting, then the clause
select 'q16_10', (select group_concat(speaker || '|' || cue || '|' || quote, ';')
  from news_quotes('Tammy Brewer, who owns a bakery, told the council she had found needles behind her shop.'))
  = 'Tammy Brewer|told|she had found needles behind her shop';
select 'q16_11', (select group_concat(quote, ';') from news_quotes(
  'Lund told the council meeting the plan had failed.')) = 'the plan had failed';
select 'q16_12', (select group_concat(quote, ';') from news_quotes(
  'Lund said council tax would rise.')) = 'council tax would rise';
-- an act towards someone after "and" in a report is its speaker's own: the report ends
select 'q16_13', (select group_concat(quote, ';') from news_quotes(
  'Hamas said Israel had violated the truce dozens of times and accused it of blocking aid.'))
  = 'Israel had violated the truce dozens of times';
select 'q16_14', (select group_concat(quote, ';') from news_quotes(
  'The minister said the talks had failed and called on both sides to return.'))
  = 'the talks had failed';
-- a cue's bare form after "and", right before an auxiliary, is the next clause's subject
select 'q16_15', (select group_concat(cue || '|' || quote, ';') from news_quotes(
  'She said prices had risen and demand had fallen.')) = 'said|prices had risen and demand had fallen';
-- a fragment after ", after what he described as" is that cue's: the report before stands
select 'q16_16', (select group_concat(kind || '|' || cue || '|' || quote, ';') from news_quotes(
  'Trump said Thursday he would meet Putin in Budapest, after what he described as a "very productive" call.'))
  = 'indirect|said|he would meet Putin in Budapest;partial|described|very productive';
-- "hail" attributes a fragment in marks, in a headline too
select 'q16_17', (select group_concat(kind || '|' || speaker_mention || '|' || cue || '|' || quote, ';')
  from news_quotes('Arsenal go five points clear as Arteta hails ''outstanding'' Saka' || char(10) || char(10) ||
  'Mikel Arteta praised his winger after the game.')) = 'partial|Arteta|hails|outstanding';
select 'q16_18', (select group_concat(kind || '|' || cue || '|' || quote, ';') from news_quotes(
  'Davies hailed it as "one of the great performances of the past three decades".'))
  = 'partial|hailed|one of the great performances of the past three decades';
-- the writer's noun for the report in an apposition after it ends the report
select 'q16_19', (select group_concat(quote, ';') from news_quotes(
  'Apple has said it plans to invest $500 billion over four years, a pledge Cook made at the White House in February.'))
  = 'it plans to invest $500 billion over four years';
select 'q16_20', (select group_concat(quote, ';') from news_quotes(
  'The RSF said on Monday it had seized the army''s last base, a claim the army denied.'))
  = 'it had seized the army''s last base';
select 'q16_21', (select group_concat(quote, ';') from news_quotes(
  'The company said it would cut 500 jobs, a fifth of its workforce.'))
  = 'it would cut 500 jobs, a fifth of its workforce';
-- an amount put on an object after "estimated ... at" is no clause
select 'q16_22', (select count(*) from news_quotes(
  'Cook has previously estimated the hit at about $1.1 billion.')) = 0;
select 'q16_23', (select group_concat(quote, ';') from news_quotes(
  'Analysts estimated that the hit would reach $1bn.')) = 'that the hit would reach $1bn';
-- "agree" with a plain object reports nothing; with a clause or "not to" it does
select 'q16_24', (select count(*) from news_quotes(
  'EU agrees 2040 climate target after all-night talks' || char(10) || char(10) ||
  'Ministers met in Brussels.')) = 0;
select 'q16_25', (select group_concat(quote, ';') from news_quotes(
  'Chrysler agreed not to undercut sales of the new cars. They agreed the plan was sound.'))
  = 'not to undercut sales of the new cars;the plan was sound';
-- a cue that takes "X as Y" may stand further back from "as"
select 'q16_26', (select group_concat(kind || '|' || cue || '|' || quote, ';') from news_quotes(
  'Andrew Holness described the damage in the island''s southwest as "catastrophic".'))
  = 'partial|described|catastrophic';
-- after a fragment, "and" with an auxiliary goes on the writer's clause: no speaker after it
select 'q16_27', (select group_concat(cue || '|' || coalesce(speaker_mention, '-'), ';') from news_quotes(
  'IBM said Cell was "OS neutral" and would support multiple operating systems.'))
  = 'said|IBM';
-- what a poll or a study finds or shows: a bare noun before its auxiliary, or its phrase
-- with "for", "of", ..., opens the clause
select 'q16_28', (select group_concat(speaker_mention || '|' || cue || '|' || quote, ';') from news_quotes(
  'A YouGov poll found support for the cards had fallen.'))
  = 'A YouGov poll|found|support for the cards had fallen';
select 'q16_29', (select count(*) from news_quotes(
  'The fee rises to six basis points when it was already firming. They pointed out the risk.')) = 0;
