#!/usr/bin/python3
"""Builds news_2020s_holdout62.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer48 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs (the Anadolu dateline is one of them). None of
the seven outlets is one the earlier holdout builders took (The Sun, The Philadelphia
Inquirer, RTÉ News, Anadolu Agency, The Korea Times, Sportstar and the South Wales Argus are
new; Stuff and The Athletic, taken before, were left alone).

- h62-sun-hottub, a Sun showbiz story with a curly single-marked colon headline, curly double
  marks in the body and curly apostrophes everywhere (I’m, It’s, I’ll, Channel 4’s, I’ve,
  chef’s, can’t, He’s, don’t, neighbours’), the tabloid's capitalised first word and `Mr`
  without a stop: a colon headline `‘…’: TV chef X in hot tub war with council` (a direct
  row, no cue, the name after the colon as the mention; I’m inside the marks); `TELLY chef X
  has vowed to fight ...` (a promise with its `to`); an appeal, `his lawyers had argued it
  was a “…” that did not need permission` (the lawyers, nobody named; the report holds a
  fragment: the partial row only); `“…,” fumed the 46-year-old, who shot to fame on Channel
  4’s “Fire Up Your Friday”. “…”` (an age the text gives no one: the chef the story follows;
  a title of a work between the two segments, no row); `Retired teacher X, 71, whose
  bungalow ..., said the decking had turned her garden into “…”` and `“…,” she said.`; `The
  chef — nicknamed “Danny Flames” by fans ... — insisted he had ...` (a nickname between
  dashes, no row; `The chef` for X) and `“…,” he said. “…”`; an email, `In an email to The
  Sun, a Cotswold District Council spokeswoman said: “…”` (the council named inside the
  description) and `The council said ...`; `A pal of the star told The Sun: “…”` (a person of
  their own, nobody named); a post, `X later posted a video on Instagram ... with the
  caption: “…”`, and `His wife, former Emmerdale actress Y, 39, commented underneath: “…”`
  (a name in apposition after a role; two speakers in one paragraph; the comment has no
  closing stop); `..., according to planning lawyer X.` and `He added: “…”`.
- h62-inquirer-septa, a Philadelphia Inquirer transit story with straight double marks,
  straight apostrophes (SEPTA's, they're, doesn't, union's, can't, don't, It's), AP dates and
  a state senator's party tag: a headline's report with `, union president says` after it
  (the president is named in the fourth paragraph); the nickname "the El," after `known to
  generations of riders as` (no row); a report before its cue, `..., the union said in a
  statement Sunday night.` (Transport Workers Union Local 234); `"…," said X, the president
  of Local 234. "…"` and a paragraph in marks with no cue after his own quotation (the same
  speaker, no mention, no cue); `X said the union was ... He said at a rally outside SEPTA's
  headquarters on Market Street that ...` (two reports, the second with a phrase of place
  before `that`); `SEPTA general manager X called the union's demands "…" for an agency
  ...`, `"…," Castellano said Monday.` and `Asked whether SEPTA would go to court ..., she
  said the agency was "…"` (an unnamed asker; the report holds a fragment: the partial row
  only); a post, `State Sen. X, D-Philadelphia, who chairs ..., wrote on X that Harrisburg
  "…"` (Harrisburg the report's subject, not the speaker; the partial row only) and `Senate
  Republican leaders have said ...` (nobody named; two speakers in one paragraph); `"…," said
  X, 29, a home health aide ... "…"` then `Her neighbor in line, Y, just shrugged. "…," he
  said.` (`shrugged`: no cue; a name in apposition after a description opens the sentence
  the `he` goes back to); `..., according to a person familiar with the talks who was not
  authorized to speak publicly.` (nobody named).
- h62-rte-storm, an RTÉ News storm story with curly double marks in the body, a curly
  single-marked fragment in the headline, curly apostrophes (RTÉ’s, Networks’, people’s,
  it’s, I’m, Féin’s, they’re) and Irish names with fadas, particles and `Ó`/`Ní`: a
  headline's `... as ESB Networks warns of ‘…’ repairs` (a fragment after `warns of`); a
  lede whose report opens with a phrase of time and its comma and ends `, according to ESB
  Networks.`; `The company said ..., but warned that some customers ... could be without
  electricity “…”` (a report, then a second one holding a fragment: an indirect and a
  partial row, both `The company`); `Speaking on RTÉ’s Morning Ireland, ESB Networks’ head of
  operations, X, said: “…”` (a programme's title without marks; a name in apposition after
  an owned role, the owner's curly apostrophe right before `head`); `She said ...` and `“…,”
  she said.`; `The Minister for Climate, Energy and the Environment, X, who visited ..., said
  the response had been “…” but that ...` (a fragment and `but that ...` under one cue: a
  partial and an indirect row); `Sinn Féin’s climate spokesperson, X, accused the Government
  of leaving rural communities “…” once again.` and `“…,” he said.` (a nested `were told in
  January that ...` inside the quotation, part of the outer row); `In Belmullet, dairy
  farmer X has been milking ...` and `“…,” he told RTÉ News. “…”`; `Met Éireann has issued a
  ... warning` (a deed, no row), `Forecaster X said conditions would ease ... but
  temperatures could fall ...` (one report, `but` with no comma) and `“…,” the forecaster
  added.`; `Mayo County Council said ...` and `The HSE has urged people who rely on ... to
  register ...` (what people are urged to do, with its `to`).
- h62-anadolu-hazelnut, an Anadolu Agency (English) commodities story with a `GIRESUN,
  Türkiye` dateline on a line of its own, straight double marks, straight apostrophes
  (Türkiye's, Giresun's, Exporters', association's, People's) and Turkish names and words
  with ç, ğ, ı, ö, ş and ü: a headline
  `Türkiye announces hazelnut purchase price, producers say '…'` (`announces ... price`: a
  plain object, no row; a fragment in straight single marks after `say`, nobody named); a
  report before its cue, `..., Agriculture and Forestry Minister X announced on Tuesday.`;
  `Speaking at a press conference in ..., Erdinç said the price had been set "…"` (the
  partial row only), `"…," he said.` and `He added that ... on Aug. 25 and that ...` (two
  reports under one cue, an abbreviation's stop inside the first); `Producers, however, said
  ...` (nobody named) and `"…," X, a 63-year-old farmer from Giresun's Bulancak district,
  told Anadolu.`; `X, head of the Giresun Chamber of Agriculture, said ...` and `"…," she
  said.`; `..., according to the Turkish Statistical Institute (TurkStat).` and `...,
  according to the Black Sea Hazelnut and Products Exporters' Association.` (an apostrophe
  inside the body's name before the stop); `The association's chairman, X, said the price
  was "…" and would help ...` (the partial row only); `Asked whether the government would
  consider ..., Erdinç said: "…"` (an unnamed asker); a written statement, `In a written
  statement, the main opposition Republican People's Party (CHP) called the price "…" and
  urged the government to raise it ...` (a fragment after `called`, then what it urged, with
  its `to`).
- h62-koreatimes-workweek, a Korea Times labour story with straight double marks, a straight
  single-marked headline fragment, straight apostrophes (Korea's, taxpayers', don't,
  pilot's, doesn't), Korean names written family name first and `Rep.` as a title: a
  headline `Labor minister says 4.5-day workweek '…'` (the minister is named in the lede); a
  report before its cue, `..., Labor Minister X said Wednesday, in a move aimed at ...` (the
  writer's phrase after the cue); `Yoon told a briefing at the Government Complex Sejong:
  "…"` (the family name of Yoon Seo-yeon: the speaker is her full name); a quotation over two
  paragraphs attributed only at the end of the second, `"… / "…," she said.` (both rows take
  that `she said`: the n-th for the first); `The Korea Enterprises Federation (KEF) said in
  a statement that cutting working hours ... would "…" to small and midsize companies` and
  `KEF Vice Chairman X told The Korea Times that the government "…"` (reports holding
  fragments: the partial rows only; the outlet's own name after `told`); `The Korean
  Confederation of Trade Unions (KCTU), on the other hand, criticized the plan as "…"` and
  `"… ?" KCTU spokesperson X said.` (a question inside a statement, the spokesperson named,
  no comma before the name); `Rep. X of the main opposition People Power Party said in a
  radio interview that the pilot was "…," while Rep. Y of the ruling Democratic Party of
  Korea countered that it "…"` (two speakers in one sentence; a straight apostrophe in
  taxpayers' inside the first fragment); `Office workers welcomed the idea but doubted ...`
  (a deed and a belief, no row) and `"…," said X, 31, who works at ... "…"`; `..., according to
  the Ministry of Employment and Labor.`, `X, an economics professor at Korea University,
  said ...` and `"…," he said.`.
- h62-sportstar-ranji, a Sportstar cricket report with curly double marks in the body, a
  straight single-marked headline quotation and straight apostrophes (Pimpalkar's, day's,
  Vidarbha's, won't): a headline `Ranji Trophy: Pimpalkar's eight-for sinks Mumbai; '…',
  admits Shetye` (a direct row before `, admits X`; a straight apostrophe right before the
  opening mark; the captain's full name comes in the fifth paragraph); a lede with no
  report; `“…,” the 23-year-old said after the day's play. “…”` (an age the text gives no
  one: the bowler the story follows); `Pimpalkar, whom his teammates call “Jamtha Express”,
  said he had ...` (a nickname after a present `call`, no row) and `“…,” he said.`;
  `Vidarbha's bowling coach described the spell as “…”.` and `“…,” he said. “…”` (the coach is
  named only in the last paragraph, `Subrata Ghoshal, the former Bengal seamer who joined
  Vidarbha as bowling coach`; a `he` inside the first segment); `Mumbai captain X did not
  look for excuses. “…”` (a quotation with no cue after a short sentence about a named
  person: his, with the name as the mention and no cue), then `Shetye was full of praise for
  Pimpalkar. “…,” he said.` (the subject of the sentence before); `Asked if the
  much-discussed “green top” at Jamtha had been prepared ..., Shetye said: “…”` (a question
  without marks holding a scare quote, no row of its own; an unnamed asker); `Vidarbha
  skipper X said ...` and `“…,” the left-handed opener said.` (a description the text never
  gives him: the captain just named); `The Board of Control for Cricket in India (BCCI)
  confirmed on Tuesday evening that ...` and `..., according to a BCCI official who did not
  wish to be named.` (nobody named); a post, `Former India pacer X posted on X: “…”`.
- h62-argus-20mph, a South Wales Argus (Newport) local story with straight single marks,
  straight double marks nested and straight apostrophes everywhere (residents', Welsh
  Government's, Council's, we've, council's, I'm, you're, o'clock, It's, Newport's, 20's),
  the paper's capitalised first word and `Cllr`/`MS`: a headline whose 'listening exercise'
  no one is said to say (a term, no row); `... after the city council said it had listened
  to residents' concerns ...` (a report inside an `after` clause: Newport City Council, named
  in the next paragraph); `Cllr X, Newport City Council's cabinet member for infrastructure,
  said the limit would go up only on roads where '…' and insisted the council was '…'` (two
  fragments, two cues; Council's right before the first opening mark); `'…,' he said. '…'`
  (we've inside the second segment); `..., according to a report to the council's cabinet.`
  and `The report said ...` (a document: nobody named); `Malpas resident X, 67, who started a
  petition ..., said:` closing its paragraph, then a quotation over two paragraphs in single
  marks, the first with I'm, you're and o'clock and no closing mark, the second with a
  nested "the law is the law" after `The council kept telling us` (part of the outer row):
  both rows take the name and the `said` of the paragraph before them (the n-th); `A Welsh
  Government spokesperson said: '…'` (Newport's inside) and, in the same paragraph, `But
  Conservative MS for South Wales East X said the announcement was '…' and accused the Welsh
  Government of '…'` (a role before the name with no comma; two fragments, two cues); `Campaign
  group 20's Plenty for Us said it was '…' and warned that raising limits would mean '…'` (an
  apostrophe inside the campaign's name; a fragment after `said`, then a report holding a
  fragment: two partial rows); `Gwent Police said ...`, `A spokesman for the force added:
  '…'` (the force: Gwent Police) and `..., it was confirmed on Thursday.` (a report with nobody
  named: no mention).

Not rows: titles of works (“Fire Up Your Friday”, Morning Ireland and Emmerdale written
without marks), scare quotes, terms and nicknames (“Danny Flames”, "the El,", “Jamtha
Express”, “green top” (inside the question that holds it), 'listening exercise'),
quotations and reports nested inside a quotation (`were told in January that this would
never happen again`, "the law is the law" and `The council kept telling us`), the
apostrophes (I’m, It’s, I’ll, Channel 4’s, I’ve, chef’s, can’t, He’s, don’t, neighbours’,
SEPTA's, they're, doesn't, union's, can't, don't, It's, RTÉ’s, Networks’, people’s, it’s,
Féin’s, they’re, Türkiye's, Giresun's, Exporters', association's, People's, Korea's,
taxpayers', pilot's, Pimpalkar's, day's, Vidarbha's, won't, residents', Government's,
Council's, we've, council's, I'm, you're, o'clock, Newport's, 20's), headlines and leads
without a report, deeds, wishes, beliefs and objects (`in hot tub war`, `has given him 90
days`, `threw the case out`, `shot to fame`, `voted overwhelmingly Sunday to authorize a
strike`, `expired`, `just shrugged`, `has issued a status yellow wind warning`, `has been
milking`, `announces hazelnut purchase price`, `welcomed the idea but doubted it would
reach them`, `sinks Mumbai`, `did not look for excuses`, `was full of praise`, `was not the
only one impressed`, `started a petition`).
7 articles, 15,658 characters; 118 quotations: direct 52, partial 26, indirect 40.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Mr, State Sen., Rep., Cllr, Agriculture and Forestry Minister, Labor
Minister, KEF Vice Chairman, Vidarbha skipper, Mumbai captain, Former India pacer or
Conservative MS for South Wales East; a mention that is the full name is written without
its title), also where the article writes a Korean name's family name alone (`Yoon` for
Yoon Seo-yeon), or None when the text names nobody who can be the speaker (his lawyers, a
pal of the star, Senate Republican leaders, a person familiar with the talks, producers,
a BCCI official, a report to the council's cabinet, the unnamed askers of `Asked whether
...`/`Asked if ...`, a report with nobody named); a spokeswoman, spokesperson or spokesman
who is not named speaks for the body the description names (Cotswold District Council, the
Welsh Government, Gwent Police for `the force`), and a spokesperson with a name is that
person (Jeon Bo-ra); a body named with its noun before it (`Campaign group 20's Plenty for
Us`) is that body and `The company` (ESB Networks), `The council`, `the city council`
(Newport City Council) stand for the body the text names; a report
holding a quoted fragment gives only the partial row, and a second report in the same
sentence (`and that`, `but that`) its own row with the same cue (indirect without marks);
fragments under one cue each give a partial row with that cue, and each cue its own rows;
an indirect span is the reported clause with its leading `that` (or `whether`, `if`, or the
`to` of a promise or an urging), without a closing period, and a report before its cue
(`..., the union said ...`, `..., according to ...`, `..., X announced on Tuesday`, `..., it
was confirmed on Thursday`) is the clause before the comma; a question put without marks
(`Asked whether ...`, `Asked if ...`) is an indirect row with no speaker and no mention; a
quotation split by its attribution gives one row per segment with the same mention and
cue; a quotation paragraph with no cue after the speaker's own quotation is that speaker's,
with no mention and no cue; a quotation after a short sentence about a named person has
that name as its mention and no cue; a quotation over two paragraphs gives one row per
paragraph, both with the mention and cue that attribute it (`said:` closing the paragraph
before, or `she said` at the end of the second); descriptions (`the 46-year-old`, `The
chef`, `union president`, `the forecaster`, `Labor minister`, `the 23-year-old`,
`Vidarbha's bowling coach`, `the left-handed opener`) speak for the entity they refer to,
also when the name comes only later in the story; a colon headline gives a direct row with
the name after the colon as the mention and no cue, and a headline's `says`, `warns of`,
`say` or `admits` the row with the headline's words for the speaker as the mention.
All people are invented (Danny Holloway, Sheila Pocock, Kerry-Ann Bliss, Rupert Vane,
Darnell Whitaker, Renée Castellano, Marisa Delvecchio, Keisha Moultrie, Tomasz Wróbel, Nuala
Geraghty, Ciarán Mac Giolla, Darren Ó Murchú, Pádraig Ó Gallchóir, Aoibheann Ní Dhomhnaill,
Murat Erdinç, Hasan Yazıcıoğlu, Nurcan Aktaş, Kemal Özdemir, Yoon Seo-yeon, Choi Dong-wook,
Jeon Bo-ra, Bae Chang-yeol, Ahn Mi-rae, Lee Ha-eun, Kang Tae-min, Sarthak Pimpalkar, Subrata
Ghoshal, Karan Shetye, Rohan Kolte, Abhay Kulkarni, Gethin Prosser, Sandra Beddoe, Lowri
Gwynfor-Evans): no real public figure appears, and the offices they hold in the text (the
president of TWU Local 234, SEPTA's general manager, a Pennsylvania state senator, Ireland's
Minister for Climate, Energy and the Environment, Sinn Féin's climate spokesperson, ESB
Networks' head of operations, a Met Éireann forecaster, Türkiye's agriculture and forestry
minister, the head of the Giresun Chamber of Agriculture, the exporters' association's
chairman, Korea's labor minister, the KEF's vice chairman, a KCTU spokesperson, two members
of the National Assembly, Vidarbha's bowling coach and captain, Mumbai's captain, a Newport
cabinet member, a Member of the Senedd) are given to invented people. Invented too are
Storm Gráinne, the show “Fire Up Your Friday”, and every event, quotation and figure; the
real bodies and places (Cotswold District Council, the Planning Inspectorate, Channel 4,
Emmerdale, The Sun, SEPTA, Transport Workers Union Local 234, the Senate Transportation
Committee, ESB Networks, RTÉ, Sinn Féin, Met Éireann, Mayo County Council, the HSE, the Soil
Products Office, Anadolu, the Giresun Chamber of Agriculture, the Turkish Statistical
Institute, the Black Sea Hazelnut and Products Exporters' Association, the Republican
People's Party, the Korea Enterprises Federation, The Korea Times, the Korean Confederation
of Trade Unions, the People Power Party, the Democratic Party of Korea, the Ministry of
Employment and Labor, Korea University, Vidarbha, Mumbai, Kerala, the VCA Stadium, the
BCCI, Newport City Council, the Welsh Government, 20's Plenty for Us, Gwent Police) are
given invented words or events.

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

usage: make_news_2020s_holdout62.py [OUT.jsonl]   (default: news_2020s_holdout62.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h62-sun-hottub", """
‘I’m not backing down’: TV chef Danny Holloway in hot tub war with council

TELLY chef Danny Holloway has vowed to fight a council order to rip out the £40,000 hot tub, pizza
oven and raised decking at his Cotswolds home.

Cotswold District Council has given him 90 days to tear down the decking, which towers 2.5 metres
above his neighbours’ fence. In an appeal lodged with the Planning Inspectorate, his lawyers had
argued it was a “temporary garden structure” that did not need permission — but an inspector threw
the case out last week.

“It’s my own garden and I’ll cook in it how I like,” fumed the 46-year-old, who shot to fame on
Channel 4’s “Fire Up Your Friday”. “I’ve put every penny I’ve got into this place.”

Retired teacher Sheila Pocock, 71, whose bungalow backs on to the chef’s £1.2million farmhouse, said
the decking had turned her garden into “a goldfish bowl”. “He has parties out there until 2am with
the music blaring. We can’t even sit in our own conservatory,” she said.

The chef — nicknamed “Danny Flames” by fans for his love of cooking over open fire — insisted he had
always tried to be a good neighbour. “I invited them round for pizza the night the oven was
finished,” he said. “They never came.”

In an email to The Sun, a Cotswold District Council spokeswoman said: “The council has been in
contact with Mr Holloway since May 2024 and has given him every opportunity to put things right.”
The council said it would take enforcement action if the structure was still standing in February.

A pal of the star told The Sun: “Danny is gutted. He designed every inch of that garden himself and
now some pen-pusher wants it bulldozed. He’s not going to take it lying down.”

Holloway later posted a video on Instagram of himself lighting the oven, with the caption: “Enjoy it
while it lasts, lads.” His wife, former Emmerdale actress Kerry-Ann Bliss, 39, commented underneath:
“Proud of you babe. Fight it all the way x”

Homeowners who ignore an enforcement notice can face an unlimited fine, according to planning lawyer
Rupert Vane. He added: “Celebrities sometimes think the rules don’t apply to them. I’m afraid they
do.”
""", [
    # a colon headline: the name after the colon signs it, no cue (I’m inside the marks)
    ("I’m not backing down", D, "Danny Holloway", "Danny Holloway", None),
    # a promise reported with its `to`
    ("to fight a council order to rip out the £40,000 hot tub, pizza oven and raised decking "
     "at his Cotswolds home", I, "Danny Holloway", "Danny Holloway", "vowed"),
    # an appeal's words: his lawyers, nobody named; the report holds a fragment
    ("temporary garden structure", P, None, "his lawyers", "argued"),
    # an age the text gives no one: the man the story follows; a title of a work between
    ("It’s my own garden and I’ll cook in it how I like,", D, "Danny Holloway",
     "the 46-year-old", "fumed"),
    ("I’ve put every penny I’ve got into this place.", D, "Danny Holloway", "the 46-year-old",
     "fumed"),
    ("a goldfish bowl", P, "Sheila Pocock", "Sheila Pocock", "said"),
    ("He has parties out there until 2am with the music blaring. We can’t even sit in our own "
     "conservatory,", D, "Sheila Pocock", "she", "said"),
    # “Danny Flames”: a nickname, no row
    ("he had always tried to be a good neighbour", I, "Danny Holloway", "The chef", "insisted"),
    ("I invited them round for pizza the night the oven was finished,", D, "Danny Holloway",
     "he", "said"),
    ("They never came.", D, "Danny Holloway", "he", "said"),
    # an email: the spokeswoman speaks for the council named inside the description
    ("The council has been in contact with Mr Holloway since May 2024 and has given him every "
     "opportunity to put things right.", D, "Cotswold District Council",
     "a Cotswold District Council spokeswoman", "said"),
    ("it would take enforcement action if the structure was still standing in February", I,
     "Cotswold District Council", "The council", "said"),
    # a pal of the star: a person of their own, nobody named
    ("Danny is gutted. He designed every inch of that garden himself and now some pen-pusher "
     "wants it bulldozed. He’s not going to take it lying down.", D, None, "A pal of the star",
     "told"),
    ("Enjoy it while it lasts, lads.", D, "Danny Holloway", "Holloway", "posted"),
    # a name in apposition after `His wife, former ... actress`
    ("Proud of you babe. Fight it all the way x", D, "Kerry-Ann Bliss", "Kerry-Ann Bliss",
     "commented"),
    ("Homeowners who ignore an enforcement notice can face an unlimited fine", I, "Rupert Vane",
     "Rupert Vane", "according to"),
    ("Celebrities sometimes think the rules don’t apply to them. I’m afraid they do.", D,
     "Rupert Vane", "He", "added"),
])

doc("h62-inquirer-septa", """
SEPTA workers authorize strike as contract talks stall, union president says

SEPTA's largest union voted overwhelmingly Sunday to authorize a strike, raising the prospect that
buses, trolleys and the Market-Frankford Line, known to generations of riders as "the El," could
stop running as soon as next week.

Members of Transport Workers Union Local 234 backed the strike authorization by 97%, the union said
in a statement Sunday night. Their contract expired Nov. 7.

"Nobody wants to strike. Our members want to drive the buses, fix the trains, and go home to their
families," said Darnell Whitaker, the president of Local 234. "But they're not going to keep doing
it for a contract that doesn't keep up with their rent."

"We kept showing up at the table. They kept showing up with nothing."

Whitaker said the union was asking for raises of 5% a year over three years and stronger protections
for operators who are assaulted on the job. He said at a rally outside SEPTA's headquarters on
Market Street that at least 94 operators had been attacked this year.

SEPTA general manager Renée Castellano called the union's demands "unaffordable" for an agency
facing a $213 million budget gap. "We have put a fair offer on the table, and we are ready to meet
around the clock," Castellano said Monday. Asked whether SEPTA would go to court to block a walkout,
she said the agency was "not there yet."

State Sen. Marisa Delvecchio, D-Philadelphia, who chairs the Senate Transportation Committee, wrote
on X that Harrisburg "can't keep kicking this can down the Schuylkill." Senate Republican leaders
have said SEPTA must rein in its costs before it gets another dollar of state money.

"If the El stops, I don't get to work, and if I don't get to work, I don't get paid," said Keisha
Moultrie, 29, a home health aide waiting for the Route 52 bus at 52nd and Market. "It's that
simple." Her neighbor in line, Tomasz Wróbel, just shrugged. "They strike every few years. We
survive," he said.

The last SEPTA strike, in November 2016, lasted six days. Negotiations are scheduled to resume
Wednesday, according to a person familiar with the talks who was not authorized to speak publicly.
""", [
    # a headline's report with `, union president says`: the president is named in the
    # fourth paragraph
    ("SEPTA workers authorize strike as contract talks stall", I, "Darnell Whitaker",
     "union president", "says"),
    # "the El,": a nickname after `known ... as`, no row
    ("Members of Transport Workers Union Local 234 backed the strike authorization by 97%", I,
     "Transport Workers Union Local 234", "the union", "said"),
    ("Nobody wants to strike. Our members want to drive the buses, fix the trains, and go home "
     "to their families,", D, "Darnell Whitaker", "Darnell Whitaker", "said"),
    ("But they're not going to keep doing it for a contract that doesn't keep up with their "
     "rent.", D, "Darnell Whitaker", "Darnell Whitaker", "said"),
    # a paragraph in marks with no cue after his own quotation: the same speaker
    ("We kept showing up at the table. They kept showing up with nothing.", D,
     "Darnell Whitaker", None, None),
    ("the union was asking for raises of 5% a year over three years and stronger protections "
     "for operators who are assaulted on the job", I, "Darnell Whitaker", "Whitaker", "said"),
    ("that at least 94 operators had been attacked this year", I, "Darnell Whitaker", "He",
     "said"),
    ("unaffordable", P, "Renée Castellano", "Renée Castellano", "called"),
    ("We have put a fair offer on the table, and we are ready to meet around the clock,", D,
     "Renée Castellano", "Castellano", "said"),
    # a question put without marks: the asker unnamed
    ("whether SEPTA would go to court to block a walkout", I, None, None, "Asked"),
    ("not there yet.", P, "Renée Castellano", "she", "said"),
    # a post: the report holds a fragment (the partial row only); Harrisburg is the report's
    # subject, not the speaker
    ("can't keep kicking this can down the Schuylkill.", P, "Marisa Delvecchio",
     "Marisa Delvecchio", "wrote"),
    ("SEPTA must rein in its costs before it gets another dollar of state money", I, None,
     "Senate Republican leaders", "said"),
    ("If the El stops, I don't get to work, and if I don't get to work, I don't get paid,", D,
     "Keisha Moultrie", "Keisha Moultrie", "said"),
    ("It's that simple.", D, "Keisha Moultrie", "Keisha Moultrie", "said"),
    # a second speaker in the paragraph: a name in apposition after `Her neighbor in line`
    ("They strike every few years. We survive,", D, "Tomasz Wróbel", "he", "said"),
    ("Negotiations are scheduled to resume Wednesday", I, None,
     "a person familiar with the talks", "according to"),
])

doc("h62-rte-storm", """
Storm Gráinne: 140,000 still without power as ESB Networks warns of ‘multi-day’ repairs

More than 48 hours after Storm Gráinne brought gusts of up to 150km/h to the west and north-west,
around 140,000 homes, farms and businesses remain without power, according to ESB Networks.

The company said crews had restored supply to 260,000 customers since Friday, but warned that some
customers in Mayo, Galway and Donegal could be without electricity “well into next week”.

Speaking on RTÉ’s Morning Ireland, ESB Networks’ head of operations, Nuala Geraghty, said: “This is
the most damage we have seen to the network since Storm Éowyn. We have 3,000 people on the ground,
including crews from Britain and France, and they will keep working until every last customer is
back.”

She said the company understood people’s frustration. “I know it’s cold, I know people are worried
about elderly relatives, and I’m asking them to bear with us for a few more days,” she said.

The Minister for Climate, Energy and the Environment, Ciarán Mac Giolla, who visited the emergency
co-ordination centre in Castlebar this afternoon, said the response had been “extraordinary” but
that questions would have to be asked about the resilience of rural lines.

Sinn Féin’s climate spokesperson, Darren Ó Murchú, accused the Government of leaving rural
communities “at the back of the queue” once again. “People in Erris were told in January that this
would never happen again. Here we are,” he said.

In Belmullet, dairy farmer Pádraig Ó Gallchóir has been milking his 90 cows with a borrowed
generator since Friday morning. “The diesel alone is costing me €200 a day,” he told RTÉ News. “I’m
not giving out about the lads up the poles, they’re doing their best. But somebody should have seen
this coming.”

Met Éireann has issued a status yellow wind warning for Atlantic coastal counties from midnight.
Forecaster Aoibheann Ní Dhomhnaill said conditions would ease by Tuesday but temperatures could fall
close to freezing overnight. “Anyone relying on a generator should make sure it is outdoors and well
ventilated,” the forecaster added.

Mayo County Council said 11 rest centres would stay open overnight with hot food, showers and phone
charging. The HSE has urged people who rely on electrically powered medical equipment to register
with ESB Networks as vulnerable customers.
""", [
    # a headline's fragment after `warns of`
    ("multi-day", P, "ESB Networks", "ESB Networks", "warns"),
    # a report before `, according to ...`, a phrase of time and its comma opening it
    ("More than 48 hours after Storm Gráinne brought gusts of up to 150km/h to the west and "
     "north-west, around 140,000 homes, farms and businesses remain without power", I,
     "ESB Networks", "ESB Networks", "according to"),
    ("crews had restored supply to 260,000 customers since Friday", I, "ESB Networks",
     "The company", "said"),
    # `but warned that ...` a second report, holding a fragment: the partial row only
    ("well into next week", P, "ESB Networks", "The company", "warned"),
    # a programme's title without marks; a name in apposition after an owned role
    ("This is the most damage we have seen to the network since Storm Éowyn. We have 3,000 "
     "people on the ground, including crews from Britain and France, and they will keep "
     "working until every last customer is back.", D, "Nuala Geraghty", "Nuala Geraghty",
     "said"),
    ("the company understood people’s frustration", I, "Nuala Geraghty", "She", "said"),
    ("I know it’s cold, I know people are worried about elderly relatives, and I’m asking them "
     "to bear with us for a few more days,", D, "Nuala Geraghty", "she", "said"),
    # a fragment and `but that ...` under one cue: a partial and an indirect row
    ("extraordinary", P, "Ciarán Mac Giolla", "Ciarán Mac Giolla", "said"),
    ("that questions would have to be asked about the resilience of rural lines", I,
     "Ciarán Mac Giolla", "Ciarán Mac Giolla", "said"),
    ("at the back of the queue", P, "Darren Ó Murchú", "Darren Ó Murchú", "accused"),
    # `were told in January that ...` inside the quotation: part of the outer row
    ("People in Erris were told in January that this would never happen again. Here we are,",
     D, "Darren Ó Murchú", "he", "said"),
    ("The diesel alone is costing me €200 a day,", D, "Pádraig Ó Gallchóir", "he", "told"),
    ("I’m not giving out about the lads up the poles, they’re doing their best. But somebody "
     "should have seen this coming.", D, "Pádraig Ó Gallchóir", "he", "told"),
    # `has issued a ... warning`: a deed, no row; one report with `but` and no comma
    ("conditions would ease by Tuesday but temperatures could fall close to freezing overnight",
     I, "Aoibheann Ní Dhomhnaill", "Aoibheann Ní Dhomhnaill", "said"),
    ("Anyone relying on a generator should make sure it is outdoors and well ventilated,", D,
     "Aoibheann Ní Dhomhnaill", "the forecaster", "added"),
    ("11 rest centres would stay open overnight with hot food, showers and phone charging", I,
     "Mayo County Council", "Mayo County Council", "said"),
    # what people are urged to do, with its `to`
    ("to register with ESB Networks as vulnerable customers", I, "HSE", "The HSE", "urged"),
])

doc("h62-anadolu-hazelnut", """
Türkiye announces hazelnut purchase price, producers say 'not enough'

GIRESUN, Türkiye

Türkiye's Soil Products Office (TMO) will buy shelled hazelnuts from producers at 160 liras ($3.85)
per kilogram this season, Agriculture and Forestry Minister Murat Erdinç announced on Tuesday.

Speaking at a press conference in the Black Sea province of Giresun, Erdinç said the price had been
set "by taking into account production costs, global demand and the expectations of our producers."
"Hazelnut is not just a product for the Black Sea region, it is the livelihood of nearly 400,000
families," he said. He added that the TMO would start receiving produce at 52 purchase points on
Aug. 25 and that payments would be made within 30 days.

Producers, however, said the price fell short of rising costs for fertilizer, labor and diesel. "We
pay the workers who pick hazelnuts 1,500 liras a day. With this price, we are working for nothing,"
Hasan Yazıcıoğlu, a 63-year-old farmer from Giresun's Bulancak district, told Anadolu.

Nurcan Aktaş, head of the Giresun Chamber of Agriculture, said farmers had asked for at least 185
liras. "The gap between what we asked for and what we got is 25 liras, and for a small family
orchard that is the difference between profit and loss," she said.

Hazelnut production is expected to fall to about 500,000 tons this year after an April frost damaged
orchards in several provinces, according to the Turkish Statistical Institute (TurkStat).

Türkiye accounts for around 65% of global hazelnut exports, according to the Black Sea Hazelnut and
Products Exporters' Association. The association's chairman, Kemal Özdemir, said the price was
"realistic" and would help Turkish exporters stay competitive against producers in Italy, Azerbaijan
and the US.

Asked whether the government would consider an additional payment for small producers, Erdinç said:
"Our doors are always open. We will evaluate every proposal that comes from our farmers."

In a written statement, the main opposition Republican People's Party (CHP) called the price "an
insult to the hazelnut producer" and urged the government to raise it to at least 200 liras.
""", [
    # `announces hazelnut purchase price`: a plain object, no row; a fragment after `say`
    ("not enough", P, None, "producers", "say"),
    # the dateline is a paragraph of its own; a report before its cue
    ("Türkiye's Soil Products Office (TMO) will buy shelled hazelnuts from producers at 160 "
     "liras ($3.85) per kilogram this season", I, "Murat Erdinç", "Murat Erdinç",
     "announced"),
    ("by taking into account production costs, global demand and the expectations of our "
     "producers.", P, "Murat Erdinç", "Erdinç", "said"),
    ("Hazelnut is not just a product for the Black Sea region, it is the livelihood of nearly "
     "400,000 families,", D, "Murat Erdinç", "he", "said"),
    # `added that ... and that ...`: two reports under one cue
    ("that the TMO would start receiving produce at 52 purchase points on Aug. 25", I,
     "Murat Erdinç", "He", "added"),
    ("that payments would be made within 30 days", I, "Murat Erdinç", "He", "added"),
    ("the price fell short of rising costs for fertilizer, labor and diesel", I, None,
     "Producers", "said"),
    # an age and an apposition between the quotation and `told`
    ("We pay the workers who pick hazelnuts 1,500 liras a day. With this price, we are working "
     "for nothing,", D, "Hasan Yazıcıoğlu", "Hasan Yazıcıoğlu", "told"),
    ("farmers had asked for at least 185 liras", I, "Nurcan Aktaş", "Nurcan Aktaş", "said"),
    ("The gap between what we asked for and what we got is 25 liras, and for a small family "
     "orchard that is the difference between profit and loss,", D, "Nurcan Aktaş", "she",
     "said"),
    ("Hazelnut production is expected to fall to about 500,000 tons this year after an April "
     "frost damaged orchards in several provinces", I, "Turkish Statistical Institute",
     "the Turkish Statistical Institute", "according to"),
    ("Türkiye accounts for around 65% of global hazelnut exports", I,
     "Black Sea Hazelnut and Products Exporters' Association",
     "the Black Sea Hazelnut and Products Exporters' Association", "according to"),
    ("realistic", P, "Kemal Özdemir", "Kemal Özdemir", "said"),
    ("whether the government would consider an additional payment for small producers", I,
     None, None, "Asked"),
    ("Our doors are always open. We will evaluate every proposal that comes from our "
     "farmers.", D, "Murat Erdinç", "Erdinç", "said"),
    # a written statement: the party's fragment after `called`, then what it urged
    ("an insult to the hazelnut producer", P, "Republican People's Party",
     "Republican People's Party", "called"),
    ("to raise it to at least 200 liras", I, "Republican People's Party",
     "Republican People's Party", "urged"),
])

doc("h62-koreatimes-workweek", """
Labor minister says 4.5-day workweek 'no longer a dream'

The government will introduce a 4.5-day workweek on a trial basis at 20 public institutions starting
in March, Labor Minister Yoon Seo-yeon said Wednesday, in a move aimed at bringing Korea's working
hours closer to those of other advanced economies.

Yoon told a briefing at the Government Complex Sejong: "Koreans work about 150 hours a year more
than the OECD average. We cannot talk about low birth rates and work-life balance while pretending
that number does not exist."

"Under the pilot, employees will finish at noon on Fridays with no cut in pay. We will look closely
at productivity, at the quality of public services and at how people actually use the extra time.

"If the results are good, we will offer tax incentives to private companies that want to follow,"
she said.

The Korea Enterprises Federation (KEF) said in a statement that cutting working hours without
raising productivity would "deal a heavy blow" to small and midsize companies already struggling
with labor shortages. KEF Vice Chairman Choi Dong-wook told The Korea Times that the government
"should not use public institutions, which cannot go bankrupt, as a model for factories in
Changwon."

The Korean Confederation of Trade Unions (KCTU), on the other hand, criticized the plan as "too
little, too slow." "Workers at public institutions are already among the best protected in the
country. What about the convenience store clerk working 60 hours a week?" KCTU spokesperson Jeon
Bo-ra said.

Rep. Bae Chang-yeol of the main opposition People Power Party said in a radio interview that the
pilot was "a populist experiment paid for with taxpayers' money," while Rep. Ahn Mi-rae of the
ruling Democratic Party of Korea countered that it "should have been done 10 years ago."

Office workers welcomed the idea but doubted it would reach them any time soon. "My company still
has a culture where you don't leave before the team leader does," said Lee Ha-eun, 31, who works at
a logistics firm in Pangyo. "A Friday afternoon off sounds like something from another country."

South Koreans worked an average of 1,865 hours last year, according to the Ministry of Employment
and Labor. Kang Tae-min, an economics professor at Korea University, said the pilot's success would
depend on whether agencies hired extra staff. "Otherwise the work doesn't disappear. It just gets
squeezed into four and a half days," he said.
""", [
    # a headline's fragment after `Labor minister says`: the minister is named in the lede
    ("no longer a dream", P, "Yoon Seo-yeon", "Labor minister", "says"),
    ("The government will introduce a 4.5-day workweek on a trial basis at 20 public "
     "institutions starting in March", I, "Yoon Seo-yeon", "Yoon Seo-yeon", "said"),
    # `Yoon`: the family name of Yoon Seo-yeon, written first in the full name
    ("Koreans work about 150 hours a year more than the OECD average. We cannot talk about low "
     "birth rates and work-life balance while pretending that number does not exist.", D,
     "Yoon Seo-yeon", "Yoon", "told"),
    # a quotation over two paragraphs, attributed at the end of the second: both rows take
    # its `she said`
    ("Under the pilot, employees will finish at noon on Fridays with no cut in pay. We will "
     "look closely at productivity, at the quality of public services and at how people "
     "actually use the extra time.", D, "Yoon Seo-yeon", ("she", 1), ("said", 2)),
    ("If the results are good, we will offer tax incentives to private companies that want to "
     "follow,", D, "Yoon Seo-yeon", "she", "said"),
    ("deal a heavy blow", P, "Korea Enterprises Federation",
     "The Korea Enterprises Federation", "said"),
    ("should not use public institutions, which cannot go bankrupt, as a model for factories "
     "in Changwon.", P, "Choi Dong-wook", "Choi Dong-wook", "told"),
    ("too little, too slow.", P, "Korean Confederation of Trade Unions",
     "The Korean Confederation of Trade Unions", "criticized"),
    # a question inside a statement, the speaker after the closing mark with no comma
    ("Workers at public institutions are already among the best protected in the country. "
     "What about the convenience store clerk working 60 hours a week?", D, "Jeon Bo-ra",
     "Jeon Bo-ra", "said"),
    # two speakers in one paragraph
    ("a populist experiment paid for with taxpayers' money,", P, "Bae Chang-yeol",
     "Bae Chang-yeol", "said"),
    ("should have been done 10 years ago.", P, "Ahn Mi-rae", "Ahn Mi-rae", "countered"),
    # `welcomed the idea but doubted ...`: a deed and a belief, no row
    ("My company still has a culture where you don't leave before the team leader does,", D,
     "Lee Ha-eun", "Lee Ha-eun", "said"),
    ("A Friday afternoon off sounds like something from another country.", D, "Lee Ha-eun",
     "Lee Ha-eun", "said"),
    ("South Koreans worked an average of 1,865 hours last year", I,
     "Ministry of Employment and Labor", "the Ministry of Employment and Labor",
     "according to"),
    ("the pilot's success would depend on whether agencies hired extra staff", I,
     "Kang Tae-min", "Kang Tae-min", "said"),
    ("Otherwise the work doesn't disappear. It just gets squeezed into four and a half days,",
     D, "Kang Tae-min", "he", "said"),
])

doc("h62-sportstar-ranji", """
Ranji Trophy: Pimpalkar's eight-for sinks Mumbai; 'We were outbowled', admits Shetye

Sarthak Pimpalkar returned career-best figures of eight for 41 as Vidarbha bowled Mumbai out for 163
on the fourth day of the Ranji Trophy semifinal at the VCA Stadium in Jamtha on Tuesday to set up a
home final against Kerala.

“I just wanted to hit the deck hard and let the pitch do the rest,” the 23-year-old said after the
day's play. “Honestly, after the fourth wicket, I stopped counting.”

Pimpalkar, whom his teammates call “Jamtha Express”, said he had spent the off-season working on his
wrist position and his stamina. “Last year I used to fade after lunch. Now I feel I can bowl 20
overs in a day,” he said.

Vidarbha's bowling coach described the spell as “the best I have seen from a Vidarbha bowler in a
knockout game”. “He has pace, but more than that he has patience,” he said. “At 23, that is rare.”

Mumbai captain Karan Shetye did not look for excuses. “We were beaten by a better bowling side,
simple as that.” Shetye was full of praise for Pimpalkar. “Sarthak bowled a spell that would have
troubled any batting line-up in the country,” he said.

Asked if the much-discussed “green top” at Jamtha had been prepared to suit the home side, Shetye
said: “I won't comment on the pitch. Both teams played on it.”

Vidarbha skipper Rohan Kolte said the team would not get carried away. “We have lost a final at home
before. Nobody in this dressing room has forgotten that feeling,” the left-handed opener said.

The Board of Control for Cricket in India (BCCI) confirmed on Tuesday evening that the final would
begin in Nagpur on March 2. The national selectors are expected to attend, according to a BCCI
official who did not wish to be named.

Subrata Ghoshal, the former Bengal seamer who joined Vidarbha as bowling coach before the season,
was not the only one impressed. Former India pacer Abhay Kulkarni posted on X: “Remember the name.
This boy from Wardha is ready for the next level.”
""", [
    # a headline's quotation before `, admits Shetye` (Pimpalkar's before the opening mark)
    ("We were outbowled", D, "Karan Shetye", "Shetye", "admits"),
    # an age the text gives no one: the bowler the story follows
    ("I just wanted to hit the deck hard and let the pitch do the rest,", D,
     "Sarthak Pimpalkar", "the 23-year-old", "said"),
    ("Honestly, after the fourth wicket, I stopped counting.", D, "Sarthak Pimpalkar",
     "the 23-year-old", "said"),
    # “Jamtha Express”: a nickname after a present `call`, no row
    ("he had spent the off-season working on his wrist position and his stamina", I,
     "Sarthak Pimpalkar", "Pimpalkar", "said"),
    ("Last year I used to fade after lunch. Now I feel I can bowl 20 overs in a day,", D,
     "Sarthak Pimpalkar", "he", "said"),
    # `Vidarbha's bowling coach`: named only in the last paragraph
    ("the best I have seen from a Vidarbha bowler in a knockout game", P, "Subrata Ghoshal",
     "Vidarbha's bowling coach", "described"),
    ("He has pace, but more than that he has patience,", D, "Subrata Ghoshal", "he", "said"),
    ("At 23, that is rare.", D, "Subrata Ghoshal", "he", "said"),
    # a quotation with no cue after a short sentence about a named person
    ("We were beaten by a better bowling side, simple as that.", D, "Karan Shetye",
     "Karan Shetye", None),
    ("Sarthak bowled a spell that would have troubled any batting line-up in the country,", D,
     "Karan Shetye", "he", "said"),
    # a question without marks, the much-discussed “green top” inside it (a scare quote)
    ("if the much-discussed “green top” at Jamtha had been prepared to suit the home side", I,
     None, None, "Asked"),
    ("I won't comment on the pitch. Both teams played on it.", D, "Karan Shetye", "Shetye",
     "said"),
    ("the team would not get carried away", I, "Rohan Kolte", "Rohan Kolte", "said"),
    ("We have lost a final at home before. Nobody in this dressing room has forgotten that "
     "feeling,", D, "Rohan Kolte", "the left-handed opener", "said"),
    ("that the final would begin in Nagpur on March 2", I,
     "Board of Control for Cricket in India", "The Board of Control for Cricket in India",
     "confirmed"),
    ("The national selectors are expected to attend", I, None, "a BCCI official",
     "according to"),
    ("Remember the name. This boy from Wardha is ready for the next level.", D,
     "Abhay Kulkarni", "Abhay Kulkarni", "posted"),
])

doc("h62-argus-20mph", """
Speed limit on 40 Newport roads to go back to 30mph after 'listening exercise'

MORE than 40 roads in Newport are to return to a 30mph limit after the city council said it had
listened to residents' concerns about the Welsh Government's default 20mph policy.

Cllr Gethin Prosser, Newport City Council's cabinet member for infrastructure, said the limit would
go up only on roads where 'the evidence clearly supports it' and insisted the council was 'not
scrapping 20mph by the back door'.

'We have gone through every one of the roads people asked us to look at,' he said. 'Where there are
schools, shops or lots of people walking, 20mph stays. But on wide roads with no houses fronting on
to them, it has never made sense to a lot of people, and we've accepted that.'

The roads include stretches of Malpas Road, Chepstow Road and the Southern Distributor Road,
according to a report to the council's cabinet. The report said the changes would cost about
£180,000 and would be paid for by the Welsh Government.

Malpas resident Sandra Beddoe, 67, who started a petition against the 20mph limit on Malpas Road
that gathered more than 2,300 signatures, said:

'I'm not against 20mph outside schools. Nobody is. But when you're doing 20 on a dual carriageway at
11 o'clock at night, it just feels daft.

'People have been getting fined for doing 26 on a road that was 40 three years ago. The council kept
telling us "the law is the law". It's about time somebody there listened.'

A Welsh Government spokesperson said: 'Councils have always had the power to keep 30mph limits where
it is appropriate. We gave them updated guidance and funding to do exactly that, and we welcome
Newport's approach.' But Conservative MS for South Wales East Lowri Gwynfor-Evans said the
announcement was 'a screeching U-turn that ministers will never admit to' and accused the Welsh
Government of 'treating every driver as a cash cow'.

Campaign group 20's Plenty for Us said it was 'disappointed' and warned that raising limits would
mean 'more people hurt on our roads'. Gwent Police said officers would continue to enforce 20mph
wherever it remained in place. A spokesman for the force added: 'Officers will enforce the limit
that is on the sign, whatever that limit is.' The changes are expected to come into force in the
spring, it was confirmed on Thursday.
""", [
    # the headline's 'listening exercise': a term nobody is said to say, no row
    ("it had listened to residents' concerns about the Welsh Government's default 20mph "
     "policy", I, "Newport City Council", "the city council", "said"),
    # two fragments, two cues (Council's before the first opening mark)
    ("the evidence clearly supports it", P, "Gethin Prosser", "Gethin Prosser", "said"),
    ("not scrapping 20mph by the back door", P, "Gethin Prosser", "Gethin Prosser",
     "insisted"),
    ("We have gone through every one of the roads people asked us to look at,", D,
     "Gethin Prosser", "he", "said"),
    ("Where there are schools, shops or lots of people walking, 20mph stays. But on wide roads "
     "with no houses fronting on to them, it has never made sense to a lot of people, and "
     "we've accepted that.", D, "Gethin Prosser", "he", "said"),
    # a document: nobody named
    ("The roads include stretches of Malpas Road, Chepstow Road and the Southern Distributor "
     "Road", I, None, "a report to the council's cabinet", "according to"),
    ("the changes would cost about £180,000 and would be paid for by the Welsh Government", I,
     None, "The report", "said"),
    # `said:` closing its paragraph, then a quotation over two paragraphs in single marks
    # (I'm, you're, o'clock in the first; a nested "the law is the law" in the second): both
    # rows take the name and the `said` of the paragraph before them
    ("I'm not against 20mph outside schools. Nobody is. But when you're doing 20 on a dual "
     "carriageway at 11 o'clock at night, it just feels daft.", D, "Sandra Beddoe",
     ("Sandra Beddoe", 1), ("said", 5)),
    ("People have been getting fined for doing 26 on a road that was 40 three years ago. The "
     "council kept telling us \"the law is the law\". It's about time somebody there "
     "listened.", D, "Sandra Beddoe", ("Sandra Beddoe", 1), ("said", 5)),
    ("Councils have always had the power to keep 30mph limits where it is appropriate. We gave "
     "them updated guidance and funding to do exactly that, and we welcome Newport's "
     "approach.", D, "Welsh Government", "A Welsh Government spokesperson", "said"),
    # a second speaker in the paragraph, her role before her name
    ("a screeching U-turn that ministers will never admit to", P, "Lowri Gwynfor-Evans",
     "Lowri Gwynfor-Evans", "said"),
    ("treating every driver as a cash cow", P, "Lowri Gwynfor-Evans", "Lowri Gwynfor-Evans",
     "accused"),
    # an apostrophe inside the campaign's name
    ("disappointed", P, "20's Plenty for Us", "Campaign group 20's Plenty for Us", "said"),
    ("more people hurt on our roads", P, "20's Plenty for Us",
     "Campaign group 20's Plenty for Us", "warned"),
    ("officers would continue to enforce 20mph wherever it remained in place", I,
     "Gwent Police", "Gwent Police", "said"),
    ("Officers will enforce the limit that is on the sign, whatever that limit is.", D,
     "Gwent Police", "A spokesman for the force", "added"),
    # a report with nobody named
    ("The changes are expected to come into force in the spring", I, None, None, "confirmed"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout62.jsonl"))
