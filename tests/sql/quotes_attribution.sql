-- quotes_attribution.sql: speaker attribution of direct quotations, one pattern a line, exact
-- rows (kind|quote|speaker|speaker_mention|cue|start|length): signatures after a dash,
-- speakers going on from a partial quotation, appositives after names the entity step
-- missed, pronouns that follow the subject of the story. Texts are our own.
-- Each line prints id|1.
-- "“…” ― Name": a vox-pop line is signed by the name after the dash, with no cue
select 'qa_01', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, '') || '|' ||
  ifnull(speaker_mention, '') || '|' || ifnull(cue, '') || '|' || start || '|' || length, ';')
  from news_quotes('“We will fix the roads before winter. Nobody else has a plan.” ― Maria Lopez' || char(10) ||
  '“The tax is too high for families like mine.” — Tom Baker, a farmer from Ohio'))
  = 'direct|We will fix the roads before winter. Nobody else has a plan.|Maria Lopez|Maria Lopez||2|60;' ||
    'direct|The tax is too high for families like mine.|Tom Baker|Tom Baker||79|43';
-- a name after the dash that goes on into the writer's sentence signs nothing
select 'qa_02', (select group_concat(kind || '|' || ifnull(speaker, 'NULL'), ';') from news_quotes(
  '“Keep the park open for our children.” — Tom Baker and his neighbours marched past the hall.'))
  = 'direct|NULL';
