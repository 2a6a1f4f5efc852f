-- quotes_today12.sql: speakers and reports of branch quotes12, on news of today. "the
-- 34-year-old" the text gave no one is the person the story follows, found as "he" or "she"
-- would be (a subject or a speaker, of either gender); a name after "he", "she" or "they"
-- opening a sentence is the object, not the subject the pronoun search prefers. Texts are our
-- own. Each line prints id|1.
-- an age names the story's person: the player the headline names, the one who won (not the
-- rival just named as the object of "meet")
select 'qt12_1', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Mowbray joins Kenton Rovers' || char(10) || 'Kenton Rovers have signed Ashbury midfielder Carl Mowbray until the end of the season.' || char(10) ||
  '"It was an easy decision to make," the 31-year-old told the club''s website.'))
  = 'Carl Mowbray|the 31-year-old';
select 'qt12_2', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'After a slow start, Tessa Varley won in just 56 minutes. She will now meet Ines Brodeur. "Bring it on," said the 23-year-old.'))
  = 'Tessa Varley|the 23-year-old';
-- no person before it: no speaker; an age the text gave is that person's, as before
select 'qt12_3', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  '"It was an easy decision to make," the 31-year-old told the club''s website.'))
  = '-|the 31-year-old'
             and (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Tom Baker, 45, lost his home in the flood. Ann Lee, 52, lost hers. "We have nothing left," the 45-year-old said.'))
  = 'Tom Baker|the 45-year-old';
-- a headline's description after "says" has no article: the words to the end of the
-- headline are the mention (speaker NULL: no role the story gives); not after a noun
select 'qt12_4', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  '''I just tried to stay calm,'' says teenage chess champion' || char(10) || 'A girl from Kettering has won the British title.'))
  = 'direct|I just tried to stay calm,|-|teenage chess champion|says'
             and (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Bus route ''a lifeline'', says mother-of-two' || char(10) || 'The council will keep it.'))
  = 'partial|a lifeline|-|mother-of-two|says';
select 'qt12_5', (select count(*) from news_quotes(
  'Mayor in ''drunk'' remark row' || char(10) || 'The mayor apologised on Monday.')) = 0;
-- a short sentence about a named person sets up the quotation that opens the next paragraph
-- (cue NULL); not a pronoun's sentence, nor a question, nor after a quotation in it
select 'qt12_6', (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || ifnull(speaker_mention, '-') || '|' || ifnull(cue, '-'), ';') from news_quotes(
  'Janet Corley, who runs the swimming club, was blunt.' || char(10) || char(10) ||
  '"The children have nowhere else to learn. It is as simple as that."'))
  = 'The children have nowhere else to learn. It is as simple as that.|Janet Corley|Janet Corley|-'
             and (select group_concat(ifnull(speaker, '-') || '|' || ifnull(speaker_mention, '-'), ';') from news_quotes(
  'She was blunt.' || char(10) || '"It is as simple as that."'))
  = '-|-'
             and (select group_concat(ifnull(speaker, '-') || '|' || ifnull(speaker_mention, '-'), ';') from news_quotes(
  'Was Janet Corley right?' || char(10) || '"It is as simple as that."'))
  = '-|-';
-- a report before an inverted cue whose plural, or plural and name, ends the sentence, and a
-- name with its acronym in brackets; not a plural that opens the clause after "said"
select 'qt12_7', (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Spam could be about to rise sharply, say experts.'))
  = 'Spam could be about to rise sharply|-|experts|say'
             and (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Ferry bookings have doubled since May, said market analysts Harbourview.'))
  = 'Ferry bookings have doubled since May|Harbourview|Harbourview|said'
             and (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Online forums could build trust in councils, says the Institute for Local Democracy (ILD).'))
  = 'Online forums could build trust in councils|Institute for Local Democracy|Institute for Local Democracy|says'
             and (select group_concat(quote || '|' || ifnull(speaker, '-') || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Harbour Foods expects profits to rise this year, chairman Tom Reyes told analysts.'))
  = 'Harbour Foods expects profits to rise this year|Tom Reyes|Tom Reyes|told';
select 'qt12_8', (select group_concat(quote, ';') from news_quotes(
  'Harbour Bank said shareholders of Dunmore Savings of Leith, Scotland, have approved the merger.'))
  = 'shareholders of Dunmore Savings of Leith, Scotland, have approved the merger';
-- "afterwards" between the cue and its clause, with "that" or without
select 'qt12_9', (select group_concat(quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Tessa Varley admitted afterwards it was hard to play a friend.'))
  = 'it was hard to play a friend|Tessa Varley|admitted'
             and (select group_concat(quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Officials said afterwards that the ministers had backed the accord.'))
  = 'that the ministers had backed the accord|Officials|said';
-- an irregular past that is no noun is the clause's verb ("stuck", "brought"); "the BBC News
-- website", "the Harbour Times podcast" are outlets told, like a programme
select 'qt12_10', (select group_concat(quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'A party spokeswoman said the party stuck to the rules.'))
  = 'the party stuck to the rules|A party spokeswoman|said'
             and (select group_concat(quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Tom Reyes told the BBC News website he was not surprised by the vote.'))
  = 'he was not surprised by the vote|Tom Reyes|told'
             and (select group_concat(quote || '|' || speaker_mention || '|' || cue, ';') from news_quotes(
  'Tom Reyes told the Harbour Times podcast the pier should never have closed.'))
  = 'the pier should never have closed|Tom Reyes|told';
-- an owner's roles before the name after an inverted cue; not the roles opening a clause
select 'qt12_11', (select group_concat(quote || '|' || speaker || '|' || cue, ';') from news_quotes(
  'Ferry bookings could double by 2030, said Harbour Bank''s chief operating officer Tom Reyes.'))
  = 'Ferry bookings could double by 2030|Tom Reyes|said'
             and (select group_concat(quote, ';') from news_quotes(
  'Harbour Lines said vice chairman Tom Reyes, 60, has been named chief executive.'))
  = 'vice chairman Tom Reyes, 60, has been named chief executive';
-- a spokesperson named by a body's noun speaks for the body named with it, or for the
-- company the story is about
select 'qt12_12', (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Norfolk County Council said the route cost too much to run.' || char(10) ||
  'A council spokeswoman said the route would now be funded until 2028.'))
  = 'Norfolk County Council|Norfolk County Council;Norfolk County Council|A council spokeswoman'
             and (select group_concat(ifnull(speaker, '-') || '|' || speaker_mention, ';') from news_quotes(
  'Harbour Cargo Systems cut 200 jobs on Monday. A company spokesman said no more jobs would go.'))
  = 'Harbour Cargo Systems|A company spokesman';
