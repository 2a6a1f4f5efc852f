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
-- "she": the subject of the sentence, not the name in "with Mayor X by her side"
select 'qa_03', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('With Mayor Kit Hale by her side, Senator Robin Webb spoke to the crowd on Friday.' || char(10) ||
  '“We will build the bridge,” she said.'))
  = 'direct|We will build the bridge,|Robin Webb|she|said|84|25';
-- "he" after a new subject took the story over: that subject, not the last quotation's speaker
select 'qa_04', (select group_concat(quote || '|' || speaker || '|' || speaker_mention, ';')
  from news_quotes('“The plan is sound,” said Mark Ellis, a city engineer.' || char(10) ||
  'John Perry, who chairs the council, disagreed with the engineer at the meeting.' || char(10) ||
  '“It will cost too much,” he said.'))
  = 'The plan is sound,|Mark Ellis|Mark Ellis;It will cost too much,|John Perry|he';
-- the same after an opening phrase and a comma
select 'qa_05', (select group_concat(quote || '|' || speaker || '|' || speaker_mention, ';')
  from news_quotes('“The plan is sound,” said Mark Ellis, a city engineer.' || char(10) ||
  'Later in the evening, John Perry of the council, a former builder, told a different story about the plan to the Tribune.' || char(10) ||
  '“It will cost too much,” he said.'))
  = 'The plan is sound,|Mark Ellis|Mark Ellis;It will cost too much,|John Perry|he';
-- no new subject between: the speaker goes on
select 'qa_06', (select group_concat(quote || '|' || speaker || '|' || speaker_mention, ';')
  from news_quotes('“The plan is sound,” said Mark Ellis, a city engineer, to John Perry.' || char(10) ||
  'The council listened in silence.' || char(10) ||
  '“It will cost less than a school,” he said.'))
  = 'The plan is sound,|Mark Ellis|Mark Ellis;It will cost less than a school,|Mark Ellis|he';
-- a quotation after a partial one in the same paragraph goes on with the partial's speaker
select 'qa_07', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('Senator Bob Carter said the deal was “fragile but real” after the vote. “We will watch every step of it.”'))
  = 'partial|fragile but real|Bob Carter|Bob Carter|said|39|16;direct|We will watch every step of it.|Bob Carter|Bob Carter|said|74|31';
-- "Name, roles of Organisation stated": the person the apposition describes speaks
select 'qa_08', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('Anna Berg, president and chief executive of the Harbor Freight Workers Union stated, “We will strike on Monday.”'))
  = 'direct|We will strike on Monday.|Anna Berg|Anna Berg|stated|87|25';
-- "..., then a dash — Name verbed:" ending a paragraph: the name after the dash speaks next
select 'qa_09', (select group_concat(kind || '|' || quote || '|' || speaker || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('The debate turned ugly — Maria Santos called them on it:' || char(10) || '“These questions are a farce and everyone at home knows it.”'))
  = 'direct|These questions are a farce and everyone at home knows it.|Maria Santos|Maria Santos|called|59|58';
-- a campaign spokesman speaks for the person named in the description; a supporter does not
select 'qa_10', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, 'NULL') || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('Helen Carter spoke in Leeds on Monday.' || char(10) ||
  '“We have nothing to hide,” a Carter campaign spokesman said.' || char(10) ||
  '“She will win,” one Carter supporter said.'))
  = 'direct|We have nothing to hide,|Helen Carter|a Carter campaign spokesman|said|41|24;direct|She will win,|NULL|one Carter supporter|said|102|13';
-- "X would join the council if asked. “…”": "if" heads no description; the sentence's subject
-- is the one asked
select 'qa_11', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, 'NULL') || '|' || ifnull(speaker_mention, 'NULL') || '|' || ifnull(cue, 'NULL') || '|' || start || '|' || length, ';')
  from news_quotes('Tom Baker would join the Harbor Council if asked. “I am ready to help the city.”'))
  = 'direct|I am ready to help the city.|Tom Baker|Tom Baker|asked|52|28';
-- an abbreviated title teaches the role a description names in full
select 'qa_12', (select group_concat(quote || '|' || ifnull(speaker, 'NULL') || '|' || speaker_mention, ';')
  from news_quotes('Sen. Maria Santos met farmers in Leeds on Monday.' || char(10) ||
  '“We will pass the bill,” the senator said.' || char(10) ||
  'Gov. Tom Reyes spoke later. “The bill is too costly,” the governor said.'))
  = 'We will pass the bill,|Maria Santos|the senator;The bill is too costly,|Tom Reyes|the governor';
-- a cue word after a determiner is a noun ("the report stated"); an age heads a description
select 'qa_13', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, 'NULL') || '|' || speaker_mention || '|' || cue || '|' || start || '|' || length, ';')
  from news_quotes('“The harbour can take twice the traffic,” the report stated.' || char(10) ||
  '“I will not stop running,” the 43-year-old said in a video.'))
  = 'direct|The harbour can take twice the traffic,|NULL|the report|stated|2|39;direct|I will not stop running,|NULL|the 43-year-old|said|63|24';
-- an introductory "Asked ...," clause leaves the colon to the main clause's verb; "and then
-- predicted:" goes on with the subject of a sentence that opened with a quotation
select 'qa_14', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, 'NULL') || '|' || ifnull(speaker_mention, 'NULL') || '|' || ifnull(cue, 'NULL') || '|' || start || '|' || length, ';')
  from news_quotes('Asked which town was her favourite, Maria Santos demurred: “Whichever one I am in today.”' || char(10) ||
  '“The message will work,” Tom Reyes said at a news conference, and then predicted: “We will win the county.”'))
  = 'direct|Whichever one I am in today.|Maria Santos|Maria Santos|demurred|61|28;' ||
    'direct|The message will work,|Tom Reyes|Tom Reyes|said|92|22;' ||
    'direct|We will win the county.|Tom Reyes|Tom Reyes|predicted|174|23';
-- bare quotations after a paragraph whose last sentence has a named speaker of a verb of
-- saying ("... Maria Santos spoke to the council") go on with that speaker
select 'qa_15', (select group_concat(kind || '|' || quote || '|' || ifnull(speaker, 'NULL') || '|' || ifnull(speaker_mention, 'NULL') || '|' || ifnull(cue, 'NULL') || '|' || start || '|' || length, ';')
  from news_quotes('The meeting ran late, since Maria Santos spoke to the council for an hour.' || char(10) ||
  '“We will build the bridge.”' || char(10) || '“It will take two years.”'))
  = 'direct|We will build the bridge.|Maria Santos|Maria Santos|spoke|77|25;' ||
    'direct|It will take two years.|Maria Santos|Maria Santos|spoke|105|23';
-- a paragraph of the writer's own with no one speaking hands nothing on
select 'qa_16', (select group_concat(kind || '|' || ifnull(speaker, 'NULL'), ';')
  from news_quotes('The meeting in Leeds ran late into the night.' || char(10) || '“We will build the bridge.”'))
  = 'direct|NULL';
