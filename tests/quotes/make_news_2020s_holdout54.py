#!/usr/bin/python3
"""Builds news_2020s_holdout54.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer40 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs. None of the seven outlets is one the earlier
holdout builders took (The Hindu, Kyodo News, The Globe and Mail, The Athletic, the
Manchester Evening News, Euronews, Variety).

- h54-hindu-monsoon, a Hindu (Chennai) city story with a `CHENNAI:` dateline, straight
  double marks, straight apostrophes and courtesy titles with stops (Mr., Ms.) and Indian
  initials before the name (S. Kathirvel, V. Gopalakrishnan): a headline's report with the
  cue after it, `Storm water drain work 90% complete, says Corporation;` (an indirect row,
  `Corporation` the Greater Chennai Corporation); `the Greater Chennai Corporation (GCC) on
  Thursday said that ... and that the remaining stretches would be finished "…"` (a report,
  then a report holding a fragment under the same cue: the partial row only); the nickname
  "flood corridor" after `dubbed the city's` (no row) before `Minister for Municipal
  Administration X said: "…"`; `"…," the Minister said. "…"` (a role given before the
  name); `GCC Commissioner X said 1,240 motor pumps ... city's 15 zones.` (a report with no
  `that`, an apostrophe inside it); `When asked whether ..., she said the matter was "…"` (an
  unnamed asker; T. Nagar, a place with an initial); `"…," said X, secretary of the
  Velachery Residents' Welfare Federation. "…"` (a nested `they say` inside; the second
  segment's nearest `said` is the next paragraph's: the n-th instead); `He said that ...`
  and a clause before a parenthetical cue, `..., he pointed out.`; `AIADMK councillor X, who
  represents Ward 178, alleged that officials had "cherry-picked" ...` (the partial row
  only; Minister's) and `"…," she said.`; `According to the Regional Meteorological Centre
  (RMC), ...` and `RMC head X told The Hindu that ...`; `Sources in the Corporation said
  ...` (nobody named) and `Chennai Metro Rail Limited said in a statement that ... "…"`.
- h54-kyodo-bears, a Kyodo News wire story with a `MORIOKA, Japan (Kyodo) --` dateline,
  straight double marks, straight apostrophes and given names first: a headline with no
  report (`claim`: a deed); a lead whose speaker is named only in the next paragraph,
  `Iwate's governor said Friday the prefecture will ...` (Gov. Masato Kudo); `...,
  according to the Environment Ministry.`; `"…," Gov. X told a press conference .... "…"`
  (a title before the name); `Kudo said he had discussed the request ... with Defense
  Minister X ...` (a name inside the reported clause) and `Morimoto told reporters the
  ministry would "respond swiftly," but that ...` (a fragment with its comma inside the
  marks, then a second report under the same cue: its own row); `residents said ...` and
  `"…," said a 41-year-old woman who lives nearby.` (nobody named); `The ministry said ...`,
  `attributed the surge to` (no clause, no row; animals') and `"…," the official said.`
  (an anonymous official); `Chief Cabinet Secretary X said the government would ...
  so-called "government hunters" ...` (a so-called term inside the reported clause, no row
  of its own) and `"…," she said, adding that ...` (a woman; `adding` the cue of the second
  row); `Members of the Iwate Prefectural Hunting Association have complained for months
  that ...` (a description with a body in it: nobody named) and `"…," the association's
  Hanamaki branch chief told Kyodo News in October.` (a described speaker named only in the
  last paragraph, `The branch chief, Tetsuo Sasaki, 72,`); `Iwate Prefectural Police posted
  a warning on X on Thursday night: "…"` (an organisation's post); `X, 72, said Friday he
  welcomed ... but doubted it would ...` (one reported clause, both verbs under `he`;
  governor's) and `"…," he said.`.
- h54-globe-steel, a Globe and Mail business story with curly double marks, curly
  apostrophes, Canadian spelling and courtesy titles with stops on second reference: a
  headline with no report; `..., the company said Tuesday, blaming ... for what it called
  “…”` (a report before its cue; a fragment after `what it called`); `“…,” said X,
  Bayfront’s president and chief executive officer. “…”` (the cue before the speaker and a
  title after; the second segment's nearest `said` is the next paragraph's: the n-th
  instead); `Ms. X said the company had ...`; `X, president of United Steelworkers Local
  4410, which represents ..., said the layoffs would “…” of the city’s east end` (the
  partial row only), then `“…,” she said. “…` opening a quotation over two paragraphs (the
  second re-opens the mark and closes it: its row takes the `she said` of the paragraph
  that opens it, the n-th); `Industry Minister X, speaking to reporters ..., said Ottawa was
  “…”` (a participle's apposition) and `Asked whether ..., Mr. X said: “…”` (won’t); a
  question in Question Period, `Conservative MP X, whose ... riding ..., asked the minister:
  “…?”`, and the answer as a report holding a fragment, `Mr. X replied that the member
  opposite “…”`; `According to Statistics Canada, ...`; `“…,” X, a metals analyst at Y, wrote
  in an e-mail.`; `Hamilton Mayor X called the announcement “…” for a city ...`; a crane
  operator `who gave his name only as Kevin` and `“…,” he said.` (Kevin; plant’s).
- h54-athletic-okafor, an Athletic football story with curly double marks, a nested curly
  single quotation and straight apostrophes (I've, I'd, I'm, club's, Saturday's inside and
  outside the marks): a colon headline `“…”: Castlebridge captain X to retire ...` (a direct
  row, no cue, the name in the headline as the mention); the nickname “Mr Castlebridge”
  after `the player supporters call` (no row); `told his team-mates` (no clause, no row);
  `“…,” the 34-year-old said. “…”` (an age the text gives no one: the player the story
  follows); `Okafor, who came through the academy and made his debut as a 17-year-old ...,
  said the hardest conversation had been with his father, who drove him to training “…”` (a
  long relative clause, a report holding a fragment: the partial row only) and at once
  `“…,” the midfielder added with a laugh.` (a player's position for the speaker; a `He` of
  the father's inside the marks); `Castlebridge's Swedish head coach X, speaking at her
  pre-match press conference ..., called Okafor “…”` and `“… ‘Wait until you meet
  Danny,’” the Swede said. “…”` (a nested quotation, part of the outer row; a demonym for
  the speaker); a reporter's question `“…?” one reporter asked.` and the answer `“…,”
  Lindgren said. “…”`; `The club said in a statement that ... and that ...` (two reports
  under one cue; Castlebridge United) and `Castlebridge owner X posted on X: “…”`; `Former
  Castlebridge striker X, who ..., said on his podcast, “The Far Post,” that his old captain
  had been “…”` (a podcast's title between the cue and the report, no row; the fragment's
  nearest `said` is the next paragraph's: the n-th instead); `Okafor has already started
  ... and said he wanted to “…”`; a last paragraph in marks with no cue after his own
  fragment (the same speaker goes on).
- h54-men-baths, a Manchester Evening News local story with straight single marks, straight
  double marks nested and straight apostrophes (so that Council's, We've, there's, don't
  and council's all look like marks), and `Coun` as a councillor's title: a headline's
  `... as council leader says '…'` (a fragment in lower case after the cue; the leader is
  named in the text); the nickname 'the Tiles' after `known locally as` (no row;
  Council's before it); `Council leader X said the building needed £6.8m of repairs that
  the authority '…'.` (the partial row only; the nearest `said` is the next paragraph's: the
  n-th instead); `Speaking after the vote, she said: '…` opening a quotation over two
  paragraphs, the second holding a nested "…" (its row takes the `she said` of the
  paragraph that opens it); `Campaign group X, which organised the petition, said it would
  ...` and `Its chair, X, 46, said: '…'`; a paragraph that opens with a quotation and no cue
  after her own, holding a nested "…" (the council's words inside hers); `Among those in
  the public gallery was X, 82, who ...` and `'…,' the 82-year-old said. '…'` and `He said
  he would be at the pool '…'.`; `Liberal Democrat group leader Coun X accused the cabinet
  of '…' and said his party would ...` (a fragment and a report, two cues); `X, the leisure
  trust that runs the pool, said ...`; `Local MP X wrote on Facebook that he was '…' and had
  asked to meet the council's chief executive` (the partial row only); `According to a
  report to the cabinet, ...` (nobody named); `A Stockport Council spokesperson said: '…'`.
- h54-euronews-mercosur, a Euronews story on a farmers' protest in Brussels with guillemets
  (« »), curly double marks nested inside them and curly apostrophes: a headline with no
  report (Farmers’); `..., according to Belgian police.` (no named body; Brussels’);
  `«…,» X, president of France’s largest farm union, the FNSEA, told Euronews at the
  protest.` (a speaker after the quotation with an apposition that names a body); `X said
  French farmers would keep up their protests «…» and accused the European Commission of
  treating agriculture as «…».` (two fragments, two cues); `EU Trade Commissioner X
  insisted the agreement contained «…». «…,» he told reporters as he arrived ...`;
  `France’s agriculture minister, X, said Paris still considered the deal «…».`, `Asked
  whether ..., she replied: «…»`; `Her German counterpart, X, saw things differently.
  «…,» he said. «…»` (a deed, then a pronoun); `Copa-Cogeca, which represents ..., said in a
  statement that the so-called «mirror clauses» ...` (a so-called term inside the reported
  clause) and `told us.` with nothing reported; two vox-pops signed after an em dash, `«…»
  — X, 58, dairy farmer from Limburg` (no cue), one holding a nested “…”; `Police said ...
  and that ...` (two reports, nobody named; the second's nearest `said` is the next
  sentence's: the n-th instead) and `A spokesperson for the Commission later said the «…»
  to talks ..., but that ...` (a fragment, then a report under the same cue; the European
  Commission; farmers’).
- h54-variety-saltmarsh, a Variety television story with curly double marks, curly single
  marks in the headline and curly apostrophes: a headline `‘Title’ Canceled at Netflix ...;
  Creator Calls Decision ‘…’` (a title, no row; a fragment with the headline's `Creator` as
  the mention: the creator is named in the text); the title “Saltmarsh,” in the lead (no
  row); `..., according to individuals with knowledge of the streamer’s internal data.`
  (nobody named); `broke the news herself in a lengthy Instagram post` (no row) and `“…,”
  she wrote. “…”`; a paragraph that opens with a quotation and no cue after her own (I’m);
  `A Netflix spokesperson said the streamer was “…” of the series and thanked X, the cast
  and crew “…”` (two fragments, two cues); `Star X, who earned an Emmy nomination ..., told
  Variety he had been “…”` (the partial row only) and `“…,” the Emmy nominee said. “…”`
  (wasn’t); the fans' nickname “Marshies,” and a hashtag (no rows); `Co-star X, 71, posted
  a photo from the set with the caption “…”`; `“…,” said X, a former HBO drama executive
  who now runs ... “…”`; `X, whose previous credits include the Hulu limited series “The
  Quiet Part” and the feature “Ember Season,” said she had ...` (two titles in marks inside
  the relative clause between the speaker and the cue, no rows), `Asked whether ..., she
  said: “…”` (a `said` inside the marks); `X, which produced the series, said in a statement
  that it was “…” for the show` (the partial row only).

Not rows: titles of works (‘Saltmarsh’, “Saltmarsh,”, “The Quiet Part”, “Ember Season,”,
“The Far Post,”), scare quotes, terms and nicknames ("flood corridor", "government hunters"
and «mirror clauses» (inside the reported clauses that hold them), “Mr Castlebridge”, 'the
Tiles', “Marshies,”, and the nested ‘Wait until you meet Danny,’, "at the end of its
life", "difficult but necessary" and “adapt, modernise, be competitive”, which are parts of
the quotations that hold them), quoted reports nested inside a quotation (`they say`, `people
told me`, `told me I'd played well`, `The council calls it`, `Nobody has said no`, `They keep
telling us`), the apostrophes (city's, Residents', Minister's, Iwate's, animals',
association's, governor's, Bayfront’s, city’s, won’t, plant’s, I've, club's, I'd,
Castlebridge's, Saturday's, I'm, I'll, Council's, We've, there's, don't, council's,
Farmers’, Brussels’, bloc’s, France’s, farmers’, streamer’s, I’m, wasn’t), headlines and
leads without a report, deeds, beliefs and non-reports (`claim`, `attributed the surge to`,
`blaming`, `held up his phone`, `told his team-mates`, `spoke to The Athletic`, `voted to
close`, `weigh`, `saw things differently`, `told us.`, `broke the news`, `have launched a
petition`, `trended`, `remain sceptical`), and the hashtag #SaveSaltmarsh.
7 articles, 16,696 characters; 124 quotations: direct 57, partial 29, indirect 38.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Minister, Commissioner, Gov., Chief Cabinet Secretary, Ms., Mr.,
Industry Minister, Mayor, Coun or EU Trade Commissioner; Indian initials are part of the
name: `S. Kathirvel`; a mention that is the full name is written without its title, one
that is a surname keeps it: `Ms. Kostopoulos`, `Mr. Sandhu`) or None when the text names
nobody who can be the speaker (an unnamed asker, residents, a 41-year-old woman, a ministry
official, members of an association, sources in the Corporation, a reporter, a report to
the cabinet, Belgian police, Police, individuals with knowledge of the data); a report
holding a quoted fragment gives only the partial row, and a second report in the same
sentence (`and that`, `but that`) its own row with the same cue; fragments under one cue
each their own partial row with that cue; an indirect span is the reported clause with its
leading `that`, without a closing period (a reported clause before a parenthetical cue is
taken whole); a question put without marks (`Asked whether ...`, `When asked whether ...`)
is an indirect row, the asker None, as make_news_2020s.py annotates it; a question in marks
is a direct row of the one who asks it; a quotation split by its attribution gives one row
per segment with the same mention and cue; a quotation paragraph with no cue after the
speaker's own quotation is that speaker's, with no mention and no cue; a quotation over two
paragraphs gives one row per paragraph, both with the mention and cue of the paragraph that
opens it; a spokesperson, a statement, a post or a trust speaks for the body named (`A
spokesperson for the Commission` for the European Commission); descriptions (`the
Minister`, `Iwate's governor`, `the official` when no name is ever given: None, `the
association's Hanamaki branch chief`, `the 34-year-old`, `the midfielder`, `the Swede`,
`The club`, `the 82-year-old`, `the Emmy nominee`, `the company`, `The ministry`) speak for
the entity they refer to, also when the name comes only later in the story; a person named
only by a given name (`a crane operator who gave his name only as Kevin`) is that name; a
vox-pop signed after a dash has the name as the mention and no cue; a headline's `says X`
or `Calls` gives the row with the headline's words as the mention, and a colon headline a
direct row with the name in the headline as the mention and no cue.
All people are invented (S. Kathirvel, Aparna Srinivasan, V. Gopalakrishnan, M. Rajeswari,
B. Lakshmikanth, Masato Kudo, Shinji Morimoto, Akemi Tanabe, Tetsuo Sasaki, Maria
Kostopoulos, Nadia Petrovic, Raj Sandhu, Lisa Hartwell, Hugo Lefebvre, Carol Benedetti,
Kevin, Danny Okafor, Marta Lindgren, Tom Aldridge, Lewis Brennan, Jilly Ashworth, Priya
Mistry, Harold Birtwistle, Mark Eccleston, Daniel Fairbrother, Sylvie Marchetti, Henrik
Vaalgaard, Claire Dumoulin, Matthias Kröger, Luc Hermans, Ana Ferreira, Tessa Okwuosa, Jonah
Reyes-Whitman, Imelda Vance, Marcus Bellweather): no real public figure appears, and the
offices they hold in the text (Tamil Nadu's minister for municipal administration, the GCC
commissioner, the governor of Iwate, Japan's defence minister and chief cabinet secretary,
Canada's industry minister, Hamilton's mayor, the leader of Stockport Council, the FNSEA's
president, the EU trade commissioner, France's and Germany's agriculture ministers) are given
to invented people. Invented too are the Velachery Residents' Welfare Federation, Bayfront
Steel, United Steelworkers Local 4410, Laurentian Capital Markets, Castlebridge United, the
podcast The Far Post, Heaton Moor Baths, Save Heaton Moor Baths, Stockport Active, the series
Saltmarsh, The Quiet Part and Ember Season, Harborlight Studios, Tidewater Pictures, every
event, quotation and figure; the real bodies (the Greater Chennai Corporation, the AIADMK,
the Regional Meteorological Centre, Chennai Metro Rail Limited, The Hindu, the Environment
Ministry, the Ground Self-Defense Force, Iwate Prefectural Police, the Iwate Prefectural
Hunting Association, Kyodo News, the United Steelworkers, Statistics Canada, the Conservative
party, Millwall, The Athletic, UEFA, Stockport Council, the Liberal Democrats, the FNSEA,
Copa-Cogeca, the European Commission, Euronews, Netflix, Hulu, HBO, Variety) are given
invented words or events.

Built with make_news_2020s.py's helpers, imported as the other holdout builders import them
(a copy beside this file).
Each quotation is written as (quote, kind, speaker, mention, cue):
- quote: the exact words (direct and partial: strictly between the marks; indirect: the
  reported clause with its leading `that`); it must occur exactly once in its article.
- mention, cue: the words as written; the whole-word occurrence nearest to the quotation
  (outside it) is taken, and it must be the only nearest one and lie in the quotation's own
  paragraph; `(words, n)` takes the n-th occurrence in the text (1-based) instead.
The builder fails loudly when a searched string is missing or ambiguous. Offsets are 0-based
code points, end exclusive, as the helpers write them. An article is written below with its
paragraphs separated by a blank line and each paragraph's lines joined by one space, so that
no source line is longer than 100 characters; the text itself has `\\n\\n` between paragraphs.

usage: make_news_2020s_holdout54.py [OUT.jsonl]   (default: news_2020s_holdout54.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h54-hindu-monsoon", """
Storm water drain work 90% complete, says Corporation; Velachery residents unconvinced

CHENNAI: With the northeast monsoon expected to intensify over the weekend, the Greater Chennai
Corporation (GCC) on Thursday said that 90% of the storm water drain work taken up this year had
been completed and that the remaining stretches would be finished "well before the peak of the
rains".

Speaking to reporters after inspecting the Velachery Main Road stretch, dubbed the city's "flood
corridor" by residents, Minister for Municipal Administration S. Kathirvel said: "Last year we were
caught unprepared in a few pockets. This year every zone has a dedicated team, motor pumps and a
control room that works round the clock."

"Nobody is claiming that Chennai will not see water-logging," the Minister said. "What we are saying
is that water will not stagnate for days together as it did in 2023."

GCC Commissioner Aparna Srinivasan said 1,240 motor pumps, 36 super sucker machines and 169 relief
centres had been kept ready across the city's 15 zones. When asked whether the Corporation would
compensate traders in T. Nagar whose shops were flooded last December, she said the matter was
"under the consideration of the government".

Residents of Velachery and Pallikaranai, however, remain sceptical. "Every year they say the work is
90% complete. Every year my ground floor goes under water," said V. Gopalakrishnan, secretary of the
Velachery Residents' Welfare Federation. "This year also we have parked our cars on the flyover."

He said that the desilting of the Veerangal Odai canal, which carries water from the area to the
Pallikaranai marsh, was yet to be completed. The federation has written to the Corporation thrice
since August, he pointed out.

AIADMK councillor M. Rajeswari, who represents Ward 178, alleged that officials had "cherry-picked"
the completed stretches for the Minister's inspection. "Let him come to Ram Nagar at 11 p.m. on a
rainy day and see for himself," she said.

According to the Regional Meteorological Centre (RMC), a low-pressure area over the southwest Bay of
Bengal is likely to bring heavy to very heavy rain to Chennai, Tiruvallur, Kancheepuram and
Chengalpattu districts on Saturday and Sunday. RMC head B. Lakshmikanth told The Hindu that the city
had so far received 38 cm of rain since October 1, a deficit of 21%.

Sources in the Corporation said the remaining 10% of the work, mostly along the Inner Ring Road, had
been held up by Metro Rail construction. Chennai Metro Rail Limited said in a statement that utility
shifting on the stretch would be completed "within a week".
""", [
    # a headline's report with its cue after it; `Corporation` is the GCC of the lead
    ("Storm water drain work 90% complete", I, "Greater Chennai Corporation", "Corporation",
     "says"),
    ("that 90% of the storm water drain work taken up this year had been completed", I,
     "Greater Chennai Corporation", "the Greater Chennai Corporation", "said"),
    # `and that ... "…"`: a report holding a fragment, the partial row only
    ("well before the peak of the rains", P, "Greater Chennai Corporation",
     "the Greater Chennai Corporation", "said"),
    # "flood corridor": a nickname, no row
    ("Last year we were caught unprepared in a few pockets. This year every zone has a "
     "dedicated team, motor pumps and a control room that works round the clock.", D,
     "S. Kathirvel", "S. Kathirvel", "said"),
    ("Nobody is claiming that Chennai will not see water-logging,", D, "S. Kathirvel",
     "the Minister", "said"),
    ("What we are saying is that water will not stagnate for days together as it did in "
     "2023.", D, "S. Kathirvel", "the Minister", "said"),
    ("1,240 motor pumps, 36 super sucker machines and 169 relief centres had been kept ready "
     "across the city's 15 zones", I, "Aparna Srinivasan", "Aparna Srinivasan", "said"),
    ("whether the Corporation would compensate traders in T. Nagar whose shops were flooded "
     "last December", I, None, None, "asked"),
    ("under the consideration of the government", P, "Aparna Srinivasan", "she", "said"),
    ("Every year they say the work is 90% complete. Every year my ground floor goes under "
     "water,", D, "V. Gopalakrishnan", "V. Gopalakrishnan", "said"),
    # the nearest `said` outside the quotation is the next paragraph's: the n-th instead
    ("This year also we have parked our cars on the flyover.", D, "V. Gopalakrishnan",
     "V. Gopalakrishnan", ("said", 6)),
    ("that the desilting of the Veerangal Odai canal, which carries water from the area to "
     "the Pallikaranai marsh, was yet to be completed", I, "V. Gopalakrishnan", "He", "said"),
    # a clause before a parenthetical cue
    ("The federation has written to the Corporation thrice since August", I,
     "V. Gopalakrishnan", "he", "pointed out"),
    ("cherry-picked", P, "M. Rajeswari", "M. Rajeswari", "alleged"),
    ("Let him come to Ram Nagar at 11 p.m. on a rainy day and see for himself,", D,
     "M. Rajeswari", "she", "said"),
    ("a low-pressure area over the southwest Bay of Bengal is likely to bring heavy to very "
     "heavy rain to Chennai, Tiruvallur, Kancheepuram and Chengalpattu districts on Saturday "
     "and Sunday", I, "Regional Meteorological Centre", "the Regional Meteorological Centre",
     "According to"),
    ("that the city had so far received 38 cm of rain since October 1, a deficit of 21%", I,
     "B. Lakshmikanth", "B. Lakshmikanth", "told"),
    ("the remaining 10% of the work, mostly along the Inner Ring Road, had been held up by "
     "Metro Rail construction", I, None, "Sources in the Corporation", "said"),
    ("within a week", P, "Chennai Metro Rail Limited", "Chennai Metro Rail Limited", "said"),
])

doc("h54-kyodo-bears", """
Iwate to seek SDF help as bear attacks claim record number of lives

MORIOKA, Japan (Kyodo) -- Iwate's governor said Friday the prefecture will ask the Ground
Self-Defense Force to help trap and transport bears. Two more people were killed in the prefecture
this week, bringing the number of deaths nationwide since April to a record 14, according to the
Environment Ministry.

"The situation has gone beyond what municipalities and local hunters can handle on their own," Gov.
Masato Kudo told a press conference at the prefectural government office. "We cannot keep asking
hunters in their 70s to walk into the mountains every night."

Kudo said he had discussed the request by phone with Defense Minister Shinji Morimoto on Thursday
evening. In Tokyo, Morimoto told reporters the ministry would "respond swiftly," but that SDF
personnel would not carry rifles or take part in culling.

In Hanamaki, where a 79-year-old woman was killed Tuesday while picking persimmons in her garden,
residents said they had stopped going out after dark. "My grandchildren used to walk to school. Now
I drive them, even though it is only 500 meters," said a 41-year-old woman who lives nearby.

The ministry said bear-related casualties between April and October totaled 196, already close to
the full-year record of 219 set in fiscal 2023. A ministry official, speaking on condition of
anonymity, attributed the surge to a poor crop of beechnuts, the animals' main food in autumn. "When
there is nothing to eat in the mountains, the bears come down to the persimmon trees and the rice
warehouses," the official said.

At a regular press conference in Tokyo, Chief Cabinet Secretary Akemi Tanabe said the government
would compile a package of measures by mid-November, including subsidies for electric fences and
funding for so-called "government hunters" employed by municipalities. "The safety of residents is
the top priority," she said, adding that police would be allowed to use rifles against bears in
residential areas from next month.

Members of the Iwate Prefectural Hunting Association have complained for months that they are being
asked to do dangerous work for little pay. "We get 8,000 yen for a bear. The bullets alone cost half
that," the association's Hanamaki branch chief told Kyodo News in October.

Iwate Prefectural Police posted a warning on X on Thursday night: "Bears have been sighted near JR
Hanamaki Station. Please avoid going out at night and do not leave food or garbage outdoors."

The branch chief, Tetsuo Sasaki, 72, said Friday he welcomed the governor's decision but doubted it
would make much difference before the bears go into hibernation. "Soldiers can carry cages. They
cannot read the forest," he said.
""", [
    # the governor is named in the next paragraph (Gov. Masato Kudo)
    ("the prefecture will ask the Ground Self-Defense Force to help trap and transport bears",
     I, "Masato Kudo", "Iwate's governor", "said"),
    ("Two more people were killed in the prefecture this week, bringing the number of deaths "
     "nationwide since April to a record 14", I, "Environment Ministry",
     "the Environment Ministry", "according to"),
    ("The situation has gone beyond what municipalities and local hunters can handle on their "
     "own,", D, "Masato Kudo", "Masato Kudo", "told"),
    ("We cannot keep asking hunters in their 70s to walk into the mountains every night.", D,
     "Masato Kudo", "Masato Kudo", "told"),
    ("he had discussed the request by phone with Defense Minister Shinji Morimoto on Thursday "
     "evening", I, "Masato Kudo", "Kudo", "said"),
    # a fragment, then a second report under the same cue: its own row
    ("respond swiftly,", P, "Shinji Morimoto", "Morimoto", "told"),
    ("that SDF personnel would not carry rifles or take part in culling", I,
     "Shinji Morimoto", "Morimoto", "told"),
    ("they had stopped going out after dark", I, None, "residents", "said"),
    ("My grandchildren used to walk to school. Now I drive them, even though it is only 500 "
     "meters,", D, None, "a 41-year-old woman", "said"),
    ("bear-related casualties between April and October totaled 196, already close to the "
     "full-year record of 219 set in fiscal 2023", I, "Environment Ministry", "The ministry",
     "said"),
    ("When there is nothing to eat in the mountains, the bears come down to the persimmon "
     "trees and the rice warehouses,", D, None, "the official", "said"),
    # "government hunters": a so-called term inside the reported clause, no row of its own
    ("the government would compile a package of measures by mid-November, including "
     "subsidies for electric fences and funding for so-called \"government hunters\" employed "
     "by municipalities", I, "Akemi Tanabe", "Akemi Tanabe", "said"),
    ("The safety of residents is the top priority,", D, "Akemi Tanabe", "she", "said"),
    ("that police would be allowed to use rifles against bears in residential areas from next "
     "month", I, "Akemi Tanabe", "she", "adding"),
    ("that they are being asked to do dangerous work for little pay", I, None,
     "Members of the Iwate Prefectural Hunting Association", "complained"),
    # the branch chief is named only in the last paragraph
    ("We get 8,000 yen for a bear. The bullets alone cost half that,", D, "Tetsuo Sasaki",
     "the association's Hanamaki branch chief", "told"),
    ("Bears have been sighted near JR Hanamaki Station. Please avoid going out at night and "
     "do not leave food or garbage outdoors.", D, "Iwate Prefectural Police",
     "Iwate Prefectural Police", "posted"),
    # `but doubted` shares the subject `he`: one reported clause
    ("he welcomed the governor's decision but doubted it would make much difference before "
     "the bears go into hibernation", I, "Tetsuo Sasaki", "Tetsuo Sasaki", "said"),
    ("Soldiers can carry cages. They cannot read the forest,", D, "Tetsuo Sasaki", "he",
     "said"),
])

doc("h54-globe-steel", """
Hamilton steelmaker to idle blast furnace, lay off 1,100 workers as U.S. tariffs bite

Bayfront Steel will idle one of its two blast furnaces in Hamilton and temporarily lay off about
1,100 workers starting in January, the company said Tuesday, blaming the 50-per-cent U.S. tariff on
Canadian steel for what it called “an impossible market.”

“We have absorbed these tariffs for as long as we could,” said Maria Kostopoulos, Bayfront’s
president and chief executive officer. “Every tonne we ship south now loses money, and no business
in the world can survive that for long.”

Ms. Kostopoulos said the company had been in talks with Ottawa since the spring about a federal loan
guarantee.

Nadia Petrovic, president of United Steelworkers Local 4410, which represents most of the affected
workers, said the layoffs would “rip the heart out” of the city’s east end. “These are people who
have worked in that plant for 25, 30 years,” she said. “Their fathers worked there. They are not
going to go and drive for Uber.

“If Ottawa can find billions for a pipeline, it can find a few hundred million to keep a furnace lit
in Hamilton.”

Industry Minister Raj Sandhu, speaking to reporters on Parliament Hill, said Ottawa was “in daily
contact” with the company and the union. Asked whether the government would offer Bayfront a loan
guarantee, Mr. Sandhu said: “Every option is on the table. What I won’t do is negotiate in public.”

In Question Period, Conservative MP Lisa Hartwell, whose Niagara-area riding is home to two steel
fabricators, asked the minister: “How many more steel towns have to go dark before this government
stops holding meetings and starts making a deal?” Mr. Sandhu replied that the member opposite “would
have us fold to every demand from Washington.”

According to Statistics Canada, steel exports to the United States fell 38 per cent in the first
nine months of the year. “The tariff has effectively closed the border to Canadian steel, and there
is nowhere else to sell it at that volume,” Hugo Lefebvre, a metals analyst at Laurentian Capital
Markets, wrote in an e-mail.

Hamilton Mayor Carol Benedetti called the announcement “a gut punch” for a city that lost its last
integrated mill in 2019. Outside the plant’s Gate 2 on Tuesday afternoon, a crane operator who gave
his name only as Kevin held up his phone to show the message. “Twenty-two years, and I get a text,”
he said.
""", [
    ("Bayfront Steel will idle one of its two blast furnaces in Hamilton and temporarily lay "
     "off about 1,100 workers starting in January", I, "Bayfront Steel", "the company",
     "said"),
    ("an impossible market.", P, "Bayfront Steel", "it", "called"),
    ("We have absorbed these tariffs for as long as we could,", D, "Maria Kostopoulos",
     "Maria Kostopoulos", "said"),
    # the nearest `said` outside the quotation is the next paragraph's: the n-th instead
    ("Every tonne we ship south now loses money, and no business in the world can survive "
     "that for long.", D, "Maria Kostopoulos", "Maria Kostopoulos", ("said", 2)),
    ("the company had been in talks with Ottawa since the spring about a federal loan "
     "guarantee", I, "Maria Kostopoulos", "Ms. Kostopoulos", "said"),
    ("rip the heart out", P, "Nadia Petrovic", "Nadia Petrovic", "said"),
    ("These are people who have worked in that plant for 25, 30 years,", D, "Nadia Petrovic",
     "she", "said"),
    ("Their fathers worked there. They are not going to go and drive for Uber.", D,
     "Nadia Petrovic", "she", "said"),
    # the second paragraph of the quotation: the mention and cue of the paragraph opening it
    ("If Ottawa can find billions for a pipeline, it can find a few hundred million to keep "
     "a furnace lit in Hamilton.", D, "Nadia Petrovic", ("she", 1), ("said", 5)),
    ("in daily contact", P, "Raj Sandhu", "Raj Sandhu", "said"),
    ("whether the government would offer Bayfront a loan guarantee", I, None, None, "Asked"),
    ("Every option is on the table. What I won’t do is negotiate in public.", D, "Raj Sandhu",
     "Mr. Sandhu", "said"),
    ("How many more steel towns have to go dark before this government stops holding "
     "meetings and starts making a deal?", D, "Lisa Hartwell", "Lisa Hartwell", "asked"),
    # the answer to the question: a report holding a fragment, the partial row only
    ("would have us fold to every demand from Washington.", P, "Raj Sandhu", "Mr. Sandhu",
     "replied"),
    ("steel exports to the United States fell 38 per cent in the first nine months of the "
     "year", I, "Statistics Canada", "Statistics Canada", "According to"),
    ("The tariff has effectively closed the border to Canadian steel, and there is nowhere "
     "else to sell it at that volume,", D, "Hugo Lefebvre", "Hugo Lefebvre", "wrote"),
    ("a gut punch", P, "Carol Benedetti", "Carol Benedetti", "called"),
    ("Twenty-two years, and I get a text,", D, "Kevin", "he", "said"),
])

doc("h54-athletic-okafor", """
“I've stopped arguing with my body”: Castlebridge captain Danny Okafor to retire at end of season

Danny Okafor will retire at the end of the season, ending a 17-year career in which the player
supporters call “Mr Castlebridge” captained Castlebridge United in three different divisions.

Okafor told his team-mates at the club's training ground on Thursday morning and spoke to The
Athletic shortly afterwards. “My body has been telling me for a while, and I've finally stopped
arguing with it,” the 34-year-old said. “I'd rather walk away in May than be carried off in
October.”

Okafor, who came through the academy and made his debut as a 17-year-old in a League Two game at
Accrington in 2008, said the hardest conversation had been with his father, who drove him to
training “three nights a week in a Vauxhall Astra with no heating.” “He never once complained, and
he never once told me I'd played well either,” the midfielder added with a laugh.

Castlebridge's Swedish head coach Marta Lindgren, speaking at her pre-match press conference ahead
of Saturday's game against Millwall, called Okafor “the standard everyone else in the building is
measured against.” “When I arrived here, the first thing people told me was, ‘Wait until you meet
Danny,’” the Swede said. “They were right.”

“Will he be offered a coaching role?” one reporter asked. “That conversation is for the summer,”
Lindgren said. “But if Danny wants to stay in football, there will always be a door open for him
here.”

The club said in a statement that Okafor would be given a testimonial match next summer and that his
No 8 shirt would not be issued next season. Castlebridge owner Tom Aldridge posted on X: “Captain.
Leader. Legend. Thank you for everything, Danny.”

Former Castlebridge striker Lewis Brennan, who played alongside Okafor in the 2014 promotion side,
said on his podcast, “The Far Post,” that his old captain had been “the best trainer I ever saw, and
the worst loser.”

Okafor has already started his UEFA B licence and said he wanted to “find out if I'm any good at the
other side of it.”

“I'm not going to pretend I'll be the next great coach. But I've spent half my life shouting at
people on a pitch, so I might as well get a badge for it.”
""", [
    # a colon headline: no cue, the name in the headline as the mention
    ("I've stopped arguing with my body", D, "Danny Okafor", "Danny Okafor", None),
    ("My body has been telling me for a while, and I've finally stopped arguing with it,", D,
     "Danny Okafor", "the 34-year-old", "said"),
    ("I'd rather walk away in May than be carried off in October.", D, "Danny Okafor",
     "the 34-year-old", "said"),
    ("three nights a week in a Vauxhall Astra with no heating.", P, "Danny Okafor", "Okafor",
     "said"),
    ("He never once complained, and he never once told me I'd played well either,", D,
     "Danny Okafor", "the midfielder", "added"),
    ("the standard everyone else in the building is measured against.", P, "Marta Lindgren",
     "Marta Lindgren", "called"),
    # the nested ‘…’ is part of the outer row
    ("When I arrived here, the first thing people told me was, ‘Wait until you meet Danny,’",
     D, "Marta Lindgren", "the Swede", "said"),
    ("They were right.", D, "Marta Lindgren", "the Swede", "said"),
    ("Will he be offered a coaching role?", D, None, "one reporter", "asked"),
    ("That conversation is for the summer,", D, "Marta Lindgren", "Lindgren", "said"),
    ("But if Danny wants to stay in football, there will always be a door open for him "
     "here.", D, "Marta Lindgren", "Lindgren", "said"),
    ("that Okafor would be given a testimonial match next summer", I, "Castlebridge United",
     "The club", "said"),
    ("that his No 8 shirt would not be issued next season", I, "Castlebridge United",
     "The club", "said"),
    ("Captain. Leader. Legend. Thank you for everything, Danny.", D, "Tom Aldridge",
     "Tom Aldridge", "posted"),
    # “The Far Post,”: a title, no row; the nearest `said` is the next paragraph's
    ("the best trainer I ever saw, and the worst loser.", P, "Lewis Brennan", "Lewis Brennan",
     ("said", 6)),
    ("find out if I'm any good at the other side of it.", P, "Danny Okafor", "Okafor",
     "said"),
    # a paragraph in marks with no cue after his own fragment: the same speaker
    ("I'm not going to pretend I'll be the next great coach. But I've spent half my life "
     "shouting at people on a pitch, so I might as well get a badge for it.", D,
     "Danny Okafor", None, None),
])

doc("h54-men-baths", """
Heaton Moor Baths to close after 110 years as council leader says 'we have run out of road'

Stockport Council's cabinet has voted to close Heaton Moor Baths, the Edwardian pool known locally
as 'the Tiles', despite a petition signed by more than 11,000 people.

The decision, taken at a packed meeting at the town hall on Tuesday night, means the baths will shut
on March 31. Council leader Jilly Ashworth said the building needed £6.8m of repairs that the
authority 'simply does not have'.

Speaking after the vote, she said: 'Nobody in that room wanted to do this. I learned to swim in that
pool, and so did my children.

'But we have had 15 years of cuts to our funding, and the engineers have told us the roof is "at the
end of its life". We have simply run out of road.'

Campaign group Save Heaton Moor Baths, which organised the petition, said it would seek a judicial
review. Its chair, Priya Mistry, 46, said: 'We've been told there's no money since 2019. Funny how
there's always money for consultants.'

'The council calls it a "difficult but necessary" decision. I call it vandalism, and I think most
people in Heaton Moor would agree with me.'

Among those in the public gallery was Harold Birtwistle, 82, who has swum at the baths every weekday
morning since 1974. 'The lifeguards know how I take my tea,' the 82-year-old said. 'Where am I
supposed to go now? I don't drive.' He said he would be at the pool 'every single morning until they
lock the doors'.

Liberal Democrat group leader Coun Mark Eccleston accused the cabinet of 'hiding behind a
spreadsheet' and said his party would try to have the decision called in for scrutiny. Stockport
Active, the leisure trust that runs the pool, said its 23 staff would be offered jobs at other
sites.

Local MP Daniel Fairbrother wrote on Facebook that he was 'bitterly disappointed' and had asked to
meet the council's chief executive. According to a report to the cabinet, visitor numbers have
fallen by a third since 2019. A Stockport Council spokesperson said: 'We understand how much the
baths mean to people, and we will work with the community on the future of the building.'
""", [
    # 'the Tiles' (after Council's): a nickname, no row
    ("we have run out of road", P, "Jilly Ashworth", "council leader", "says"),
    # the nearest `said` is the next paragraph's: the n-th instead
    ("simply does not have", P, "Jilly Ashworth", "Jilly Ashworth", ("said", 1)),
    ("Nobody in that room wanted to do this. I learned to swim in that pool, and so did my "
     "children.", D, "Jilly Ashworth", "she", "said"),
    # the second paragraph of the quotation: the mention and cue of the paragraph opening it
    ('But we have had 15 years of cuts to our funding, and the engineers have told us the '
     'roof is "at the end of its life". We have simply run out of road.', D,
     "Jilly Ashworth", ("she", 1), ("said", 2)),
    ("it would seek a judicial review", I, "Save Heaton Moor Baths",
     "Campaign group Save Heaton Moor Baths", "said"),
    ("We've been told there's no money since 2019. Funny how there's always money for "
     "consultants.", D, "Priya Mistry", "Priya Mistry", "said"),
    # a paragraph in marks with no cue after her own quotation: the same speaker
    ('The council calls it a "difficult but necessary" decision. I call it vandalism, and I '
     'think most people in Heaton Moor would agree with me.', D, "Priya Mistry", None, None),
    ("The lifeguards know how I take my tea,", D, "Harold Birtwistle", "the 82-year-old",
     "said"),
    ("Where am I supposed to go now? I don't drive.", D, "Harold Birtwistle",
     "the 82-year-old", "said"),
    ("every single morning until they lock the doors", P, "Harold Birtwistle", "He", "said"),
    ("hiding behind a spreadsheet", P, "Mark Eccleston", "Mark Eccleston", "accused"),
    ("his party would try to have the decision called in for scrutiny", I, "Mark Eccleston",
     "Mark Eccleston", "said"),
    ("its 23 staff would be offered jobs at other sites", I, "Stockport Active",
     "Stockport Active", "said"),
    ("bitterly disappointed", P, "Daniel Fairbrother", "Daniel Fairbrother", "wrote"),
    ("visitor numbers have fallen by a third since 2019", I, None, "a report to the cabinet",
     "According to"),
    ("We understand how much the baths mean to people, and we will work with the community "
     "on the future of the building.", D, "Stockport Council",
     "A Stockport Council spokesperson", "said"),
])

doc("h54-euronews-mercosur", """
Farmers’ tractors block Brussels as EU ministers weigh Mercosur deal

Around 8,000 farmers converged on Brussels’ European Quarter on Thursday with some 900 tractors,
according to Belgian police. Inside, EU agriculture ministers were discussing the bloc’s trade
agreement with the Mercosur countries of South America.

«We are not against trade. We are against a deal that asks us to respect rules our competitors on
the other side of the Atlantic will never have to follow,» Sylvie Marchetti, president of France’s
largest farm union, the FNSEA, told Euronews at the protest. Marchetti said French farmers would
keep up their protests «as long as it takes» and accused the European Commission of treating
agriculture as «a bargaining chip for German car exports».

EU Trade Commissioner Henrik Vaalgaard insisted the agreement contained «the strongest safeguards
ever written into an EU trade deal». «If imports of beef or poultry surge and hurt our farmers, we
can and we will pull the emergency brake,» he told reporters as he arrived for the meeting.

France’s agriculture minister, Claire Dumoulin, said Paris still considered the deal «unacceptable
in its current form». Asked whether France could assemble a blocking minority, she replied: «We are
talking to Poland, to Austria, to Ireland. We are not alone in this.»

Her German counterpart, Matthias Kröger, saw things differently. «Europe cannot afford to leave this
market to China,» he said. «We have been negotiating for 25 years. At some point, you have to sign.»

Copa-Cogeca, which represents farmers and agricultural cooperatives across the EU, said in a
statement that the so-called «mirror clauses» demanded by farmers were still missing from the final
text. Here is what two of the farmers outside told us.

«My grandfather kept 40 cows. I keep 120, and I earn less than he did.» — Luc Hermans, 58, dairy
farmer from Limburg

«They keep telling us “adapt, modernise, be competitive”. With what money?» — Ana Ferreira, 29,
poultry farmer from Leiria

Police said several tractors had been used to push through barriers near the Schuman roundabout and
that three officers were lightly injured. A spokesperson for the Commission later said the «door
remains open» to talks with farmers’ organisations, but that the timetable for signing had not
changed.
""", [
    ("Around 8,000 farmers converged on Brussels’ European Quarter on Thursday with some 900 "
     "tractors", I, None, "Belgian police", "according to"),
    ("We are not against trade. We are against a deal that asks us to respect rules our "
     "competitors on the other side of the Atlantic will never have to follow,", D,
     "Sylvie Marchetti", "Sylvie Marchetti", "told"),
    ("as long as it takes", P, "Sylvie Marchetti", "Marchetti", "said"),
    ("a bargaining chip for German car exports", P, "Sylvie Marchetti", "Marchetti",
     "accused"),
    ("the strongest safeguards ever written into an EU trade deal", P, "Henrik Vaalgaard",
     "Henrik Vaalgaard", "insisted"),
    ("If imports of beef or poultry surge and hurt our farmers, we can and we will pull the "
     "emergency brake,", D, "Henrik Vaalgaard", "he", "told"),
    ("unacceptable in its current form", P, "Claire Dumoulin", "Claire Dumoulin", "said"),
    ("whether France could assemble a blocking minority", I, None, None, "Asked"),
    ("We are talking to Poland, to Austria, to Ireland. We are not alone in this.", D,
     "Claire Dumoulin", "she", "replied"),
    ("Europe cannot afford to leave this market to China,", D, "Matthias Kröger", "he",
     "said"),
    ("We have been negotiating for 25 years. At some point, you have to sign.", D,
     "Matthias Kröger", "he", "said"),
    # «mirror clauses»: a so-called term inside the reported clause
    ("that the so-called «mirror clauses» demanded by farmers were still missing from the "
     "final text", I, "Copa-Cogeca", "Copa-Cogeca", "said"),
    # vox-pops signed after an em dash: no cue
    ("My grandfather kept 40 cows. I keep 120, and I earn less than he did.", D,
     "Luc Hermans", "Luc Hermans", None),
    ("They keep telling us “adapt, modernise, be competitive”. With what money?", D,
     "Ana Ferreira", "Ana Ferreira", None),
    ("several tractors had been used to push through barriers near the Schuman roundabout",
     I, None, "Police", "said"),
    # the nearest `said` is the next sentence's (the Commission's): the n-th instead
    ("that three officers were lightly injured", I, None, "Police", ("said", 5)),
    ("door remains open", P, "European Commission", "A spokesperson for the Commission",
     "said"),
    ("that the timetable for signing had not changed", I, "European Commission",
     "A spokesperson for the Commission", "said"),
])

doc("h54-variety-saltmarsh", """
‘Saltmarsh’ Canceled at Netflix After Two Seasons; Creator Calls Decision ‘Heartbreaking’

Netflix has canceled “Saltmarsh,” the coastal crime drama from creator Tessa Okwuosa, after two
seasons. The decision comes three weeks after the second season premiered to strong reviews. Viewing
of the new episodes fell by more than half compared with the first season, according to individuals
with knowledge of the streamer’s internal data.

Okwuosa broke the news herself in a lengthy Instagram post on Tuesday. “I found out on a Zoom call
that lasted 11 minutes,” she wrote. “Two years of my life, 140 crew members in Wilmington, and 11
minutes.”

“I’m not angry at anyone in particular. I’m angry at a system that decides whether a show lives or
dies by how many people finished it in its first 28 days.”

A Netflix spokesperson said the streamer was “incredibly proud” of the series and thanked Okwuosa,
the cast and crew “for bringing Saltmarsh Bay to life.”

Star Jonah Reyes-Whitman, who earned an Emmy nomination for his role as a disgraced harbor master,
told Variety he had been “completely blindsided.” “We were doing table reads for season three in
September,” the Emmy nominee said. “Somebody knew something, and it wasn’t us.”

Fans, who call themselves “Marshies,” have launched a petition to save the show that had gathered
more than 90,000 signatures by Wednesday morning, and #SaveSaltmarsh trended on X in the U.S. for
most of Tuesday. Co-star Imelda Vance, 71, posted a photo from the set with the caption “Not done
yet.”

“Five years ago, a show with these reviews would have gotten a third season on prestige alone,” said
Marcus Bellweather, a former HBO drama executive who now runs the production company Tidewater
Pictures. “Those days are over at every streamer, not just Netflix.”

Okwuosa, whose previous credits include the Hulu limited series “The Quiet Part” and the feature
“Ember Season,” said she had already spoken to two other outlets about picking up the show. Asked
whether the cast would come back, she said: “Every single one of them has texted me. Nobody has said
no.”

Harborlight Studios, which produced the series, said in a statement that it was “actively exploring
options” for the show.
""", [
    # ‘Saltmarsh’ and “Saltmarsh,”: titles, no rows
    ("Heartbreaking", P, "Tessa Okwuosa", "Creator", "Calls"),
    ("Viewing of the new episodes fell by more than half compared with the first season", I,
     None, "individuals with knowledge of the streamer’s internal data", "according to"),
    ("I found out on a Zoom call that lasted 11 minutes,", D, "Tessa Okwuosa", "she",
     "wrote"),
    ("Two years of my life, 140 crew members in Wilmington, and 11 minutes.", D,
     "Tessa Okwuosa", "she", "wrote"),
    ("I’m not angry at anyone in particular. I’m angry at a system that decides whether a "
     "show lives or dies by how many people finished it in its first 28 days.", D,
     "Tessa Okwuosa", None, None),
    ("incredibly proud", P, "Netflix", "A Netflix spokesperson", "said"),
    ("for bringing Saltmarsh Bay to life.", P, "Netflix", "A Netflix spokesperson",
     "thanked"),
    ("completely blindsided.", P, "Jonah Reyes-Whitman", "Jonah Reyes-Whitman", "told"),
    ("We were doing table reads for season three in September,", D, "Jonah Reyes-Whitman",
     "the Emmy nominee", "said"),
    ("Somebody knew something, and it wasn’t us.", D, "Jonah Reyes-Whitman",
     "the Emmy nominee", "said"),
    ("Not done yet.", D, "Imelda Vance", "Imelda Vance", "posted"),
    ("Five years ago, a show with these reviews would have gotten a third season on prestige "
     "alone,", D, "Marcus Bellweather", "Marcus Bellweather", "said"),
    ("Those days are over at every streamer, not just Netflix.", D, "Marcus Bellweather",
     "Marcus Bellweather", "said"),
    # “The Quiet Part” and “Ember Season,”: titles inside the relative clause, no rows
    ("she had already spoken to two other outlets about picking up the show", I,
     "Tessa Okwuosa", "Okwuosa", "said"),
    ("whether the cast would come back", I, None, None, "Asked"),
    ("Every single one of them has texted me. Nobody has said no.", D, "Tessa Okwuosa",
     "she", "said"),
    ("actively exploring options", P, "Harborlight Studios", "Harborlight Studios", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout54.jsonl"))
