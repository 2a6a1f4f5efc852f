#!/usr/bin/python3
"""Builds news_2020s_holdout50.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer36 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 8 or 9 paragraphs (the Reuters story's last paragraph is its
reporting credit).

- h50-wapo-wildfire, a Washington Post politics story with curly double marks, curly
  apostrophes and titles with party and state (Sen. X (R-Idaho), Rep. X (D-Ore.)): a
  headline and a lead with no report (`passes`, `approved`: deeds) and `in what one Senate
  aide called “…”` (a fragment, nobody named); `“…,” Ellison, a former smokejumper who ...
  in the ’90s and the author of the memoir “Smoke Season,” told reporters after the vote.
  “…”` (an apposition holding a title in marks between the quotation and the cue; I’ve,
  wasn’t; the second segment's nearest `Ellison` is the lead's: the n-th instead);
  `Republican leaders had argued that ...` (nobody named; Service’s); `Ellison dismissed that
  plan as “…”`; `She said she had warned party leaders ... that ...` (the nested report is
  part of the clause); `Sen. X (D-Ore.), the bill’s lead Democratic sponsor, said the final
  compromise “…”` (isn’t, it’s) and `..., according to two aides familiar with the talks.`;
  `“…,” Whitaker said. “…”`; a reporter's question in its own paragraph, `“…?” a reporter
  asked Ellison ...`, and the answer `“…,” she said, laughing. “…”`; `Rep. X (R-Mont.), who
  chairs ..., said his panel would “…” at the cost and at the bill’s so-called “fireshed”
  agreements` (a scare quote beside the fragment); `..., according to the Congressional
  Budget Office.`; `White House spokesman X said in a statement that the president “…,”`
  (the president never named; a named spokesman speaks for himself) and `without saying`
  (no row); `Rep. X (D-Calif.), whose ..., was less patient. “…,” she wrote on X. “…”` (a
  post; an em dash inside).
- h50-guardian-sewage, a Guardian court story with curly single marks, curly double marks
  nested and curly apostrophes (so that every apostrophe is the closing mark's character): a
  headline's `‘…’, says judge as ...` (the judge is named in the text); the documentary
  ‘The River Runs Brown’ (a title); `Sentencing ..., Judge X said it had treated the river
  ‘…’ and its fines ‘…’, and that its much-advertised ‘Clean Rivers Pledge’ had been worth
  ‘…’` (three fragments under one cue, a campaign's name between them; the third's nearest
  `said` is the next paragraph's: the n-th instead; O’Neill); `‘…,’ she said. ‘They were
  told “…”. ...’` (a nested quotation, part of the outer row); `X, who set up ... after both
  her dogs fell ill ..., said outside court: ‘…` opening a quotation over two paragraphs (a
  rock ’n’ roll night inside the first, won’t and dogs’ inside the second, which re-opens
  the mark and closes it); `A Southmere Water spokesperson said: ‘…’` (court’s), `The
  company said it would ...` and `and added that ...`; `The environment secretary, X, said
  the fine sent ‘…’`, `Asked on BBC Radio 4’s Today programme whether ..., she said: ‘…’`
  (the unmarked programme name is no title row); `The Liberal Democrats’ environment
  spokesperson, X, accused ministers of ‘…’ and said on X that the fine amounted to ‘…’`
  (two fragments, two cues; Democrats’ and month’s); `According to the Environment Agency,
  ...` (Southmere’s); `One Hatherden parish councillor, who asked not to be named ...,
  said: ‘…’` (nobody named).
- h50-irishtimes-trolleys, an Irish Times health story with straight double marks in the
  body, a straight single-mark headline, straight apostrophes, fadas and courtesy titles
  without stops (Mr Mulvihill, Dr X): a headline's `INMO warns of '…' winter`; `..., according
  to the Irish Nurses and Midwives Organisation (INMO).` (the acronym defined after the
  long form); `INMO general secretary X said the figures were "…". She added: "…` opening a
  quotation over two paragraphs (O'Dowd); `Speaking in the Dáil, the Minister for Health, X,
  said he accepted the figures were "…" but insisted the Government's "Winter Ready" plan
  was "…"` (two fragments, two cues, a plan's name between them) and `"…," Mr X told TDs.
  "…"` (isn't); two people talking: `"…, Minister?" asked Sinn Féin's health spokeswoman, X,
  ...` (the cue before the speaker, an apposition) and `"…," the Minister replied. "…"`
  (won't); `In a statement, the Health Service Executive (HSE) said it had ... and that "…"`
  (a report, then a fragment under the same cue: the fragment's nearest `said` is the next
  sentence's, the n-th instead) and `A spokeswoman for University Hospital Limerick said
  ...`; `Dr X, an emergency medicine consultant at ..., said staff were "…"` (O'Sullivan) and
  `In a post on X ..., he wrote: "…"` (It's); `One woman, whose ... father ..., told The
  Irish Times: "…"` (nobody named; '60s inside).
- h50-news24-water, a News24 (South Africa) story with straight double marks and straight
  apostrophes: a headline and a lead with no report (`march on`, `demanding answers`: deeds;
  Water's); the nickname "water shedding"; `"…," said X, 46, a mother of three who has lived
  in ... since the '90s. "…"` (the cue before the speaker, an apposition after; it's,
  neighbour's; the second segment's nearest `said` is the next paragraph's: the n-th
  instead); `Johannesburg Water spokesperson X said the outage had been caused by ..., and
  that repairs were ...` (two reported clauses, one cue) and `"…," Maphanga said.`;
  `According to Johannesburg Water, ..., but residents said ...` (residents never named);
  `The City's MMC for ..., X, told News24 the City had "…"` and `"…," he said. "…"`; two
  people talking: `"…?" one man shouted. "…," Ntuli replied.` (a heckler never named);
  `Rand Water said in a statement that its ... was "…" and that the problem lay "…"` (two
  fragments, one cue); `The Soweto Water Crisis Committee, which organised the march,
  posted on X: "…"` (a post ending in a hashtag, no stop); `A Naledi resident, who asked not
  to be named ..., said the community had been promised a new pipeline "…"` (nobody named;
  the nearest `said` is the next paragraph's: the n-th instead); `Police spokesperson
  Captain X said ...`.
- h50-toi-metro, a Times of India city story with a `BENGALURU:` dateline, straight double
  marks in the body, a straight single-mark headline and straight apostrophes: a headline's
  `BMRCL says revision '…'` (the acronym defined in the lead); `with many commuters calling
  the revision "…"` (nobody named); `BMRCL managing director X told TOI the hike was ...` and
  `"…," she said. "…"`; `Asked whether ..., Deshpande said: "…"` (can't); `A senior BMRCL
  official, requesting anonymity, said ...`, `"…," the official said.` (don't) and `Sources
  said ...` (nobody named); `"…," said X, a software engineer who ...` (That's) and `He said
  ...`; two people talking in posts: `X, convener of the citizens' group ..., wrote on X,
  tagging Deshpande: "…"` and `Deshpande responded within the hour: "…"`; `An official of
  the Union ministry ... said fare fixation was "…" a matter for BMRCL's board ...` (nobody
  named) and `According to BMRCL data, ...`; Commuters' and `"…," said Kulkarni.`.
- h50-reuters-deal, a Reuters business wire with a `FRANKFURT, Nov 27 (Reuters) -` dateline,
  straight double marks and straight apostrophes: a headline with no report (Germany's);
  `German logistics group Hallberg (HLBG.DE) said on Thursday it had agreed to ..., in a
  deal that would create ...` (Europe's); `..., the Dutch company said in a statement.`
  (Vanmeer's); `"…," Hallberg Chief Executive X told analysts on a conference call. "…"`
  (a title before the name) and `She said ...`; `Asked by an analyst whether ..., Vosswinkel
  said she expected "…"` (the analyst never named); `..., according to a person familiar
  with the matter, who asked not to be named ...` and `A Hallberg spokesman declined to
  comment` (no row); `"…," said X, an analyst at Y who has a "buy" rating on Hallberg's
  shares. "…"` (a term in marks between the quotation and the next segment; it's); `Dutch
  transport union FNV said it would ...` and `"We have heard the word 'synergies' before,"
  FNV spokesman X said. "…"` (a nested single-mark term, part of the outer row); `Vanmeer
  Chief Executive X said in a LinkedIn post that the combination would create "…"` (the
  nearest `said` is the next sentence's: the n-th instead); `Hallberg said it expected
  ...`; `The companies expect ...` (a belief) and the reporting credit (no rows).
- h50-mail-sport, a Mail Sport football report with straight single marks, straight double
  marks nested and straight apostrophes (so that '90s, I've and rock 'n' roll all look like
  marks): a colon headline `'…': Preston boss fumes as ...` (no cue; the manager is named in
  the text); O'Rourke's; `'…,' said Leckie, whose side had led through X's header. '…'`
  (the cue before the speaker, a clause after; I've, '90s, referee's, he's); a paragraph that
  opens with a quotation and no cue after his own (didn't); `Leckie, who was booked ...,
  described the officiating as '…' and said the club would ...` (a fragment and a report,
  two cues); `Preston North End later said in a statement that they had '…'`; `Blackburn's
  Swedish head coach X saw it differently. '…,' the Swede told BBC Radio Lancashire. '…'` (Gavin's,
  doesn't; a description for the speaker); `Sandvall said his side had '…'` and `'…,' he
  said. '…'` (don't); `O'Rourke, 21, who ... grew up ... listening to his father's rock 'n'
  roll records, was still grinning ... '… "Don't you dare take a penalty",' said the
  21-year-old. '…'` (a nested quotation and its `told`, part of the outer row; I'll); `Preston
  captain X posted on Instagram: '…'`; `A PGMOL spokesperson said the body did not comment
  ...`; `..., according to Opta, ...` (Blackburn's, Sandvall's); `Whitlow, the 6ft 7in striker
  the Preston fans call 'the Lighthouse', said it felt '…'` (a nickname, then a fragment).

Not rows: titles of works and names of plans and campaigns (“Smoke Season,” ‘The River
Runs Brown’, ‘Clean Rivers Pledge’, "Winter Ready"), scare quotes, terms and nicknames
(“fireshed”, "water shedding", "buy", 'the Lighthouse', and 'synergies' and the nested
“the problem is being managed” and "Don't you dare take a penalty", which are parts of the
quotations that hold them), quoted reports nested inside a quotation (`a judge has said`,
`who said it out loud`, `My mam told me`) or inside a reported clause (`she had warned party
leaders`), the apostrophes (party’s, I’ve, ’90s, wasn’t, Service’s, bill’s, isn’t, it’s,
O’Neill, rock ’n’ roll, won’t, dogs’, court’s, Radio 4’s, Democrats’, month’s, Southmere’s,
O'Dowd, Government's, isn't, Féin's, won't, O'Sullivan, It's, '60s, Water's, it's, '90s,
neighbour's, City's, can't, don't, That's, citizens', BMRCL's, Commuters', Germany's,
Europe's, Vanmeer's, Hallberg's, O'Rourke's, I've, Whitlow's, referee's, he's, didn't,
Gavin's, doesn't, O'Rourke, father's, rock 'n' roll, Don't, I'll, Blackburn's, Sandvall's),
headlines and leads without a report, deeds, beliefs and non-reports (`passes`, `approved`,
`broke with`, `was less patient`, `without saying`, `pleading guilty`, `march on`,
`demanding answers`, `was heckled`, `fume`, `raised`, `The companies expect`, `declined to
comment`, `fumes`, `saw it differently`, `was still grinning`, `was booked`), and the
reporting credit.
7 articles, 15,845 characters; 121 quotations: direct 58, partial 31, indirect 32.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Sen., Rep., Judge, Dr, Captain or Chief Executive; a mention that is
the full name is written without its title, one that is a surname keeps it: `Mr
Mulvihill`) or None when the text names nobody who can be the speaker (an aide, party
leaders, aides, a reporter, a councillor, a woman, a heckler, residents, a resident,
commuters, an official, sources, an analyst, a person familiar with the matter); a report
holding a quoted fragment gives only the partial row, and a second report in the same
sentence with its own cue its own row, fragments under one cue each their own partial row
with that cue; an indirect span is the reported clause with its leading `that`, without a
closing period; a question put by a reporter or an analyst without marks (`Asked whether
...`) is an indirect row, the asker None, as make_news_2020s.py annotates it; a quotation
split by its attribution gives one row per segment with the same mention and cue; a
quotation paragraph with no cue after the speaker's own quotation is that speaker's, with no
mention and no cue; a quotation over several paragraphs gives one row per paragraph, all
with the mention and cue of the paragraph that opens it; a spokesperson or a statement
speaks for the body named, a spokesperson who is named for himself or herself;
descriptions (`the Minister`, `the official`, `the Dutch company`, `The company`, `the
Swede`, `the 21-year-old`, `judge`, `Preston boss`) speak for the entity they refer back
to; a headline's `says X` gives the row with the words in the headline as the mention, and
a colon headline gives a direct row with the headline's description of the speaker (`Preston
boss`) as the mention and no cue, as make_news_2020s.py annotates its `Chancellor: '…'`.
All people are invented (Marjorie Ellison, Darnell Whitaker, Tom Brannigan, Tyler Brandt,
Ana Salcedo, Caroline O’Neill, Fiona Baptiste, Martin Kells, Joanna Petrie, Tim
Okafor-Reid, Gráinne O'Dowd, Ciarán Mulvihill, Máire Hennessy, Eoin O'Sullivan, Thandiwe
Mokoena, Lerato Maphanga, Sipho Ntuli, Lindiwe Khoza, Anjali Deshpande, Karthik Ramaswamy,
Meera Kulkarni, Katrin Vosswinkel, Jens Albrecht, Ruud van Dijk, Pieter Oosterhuis, Elke
Hoffmann, Sanne Verbeek, Alan Dorsey, Gavin Leckie, Henrik Sandvall, Tomás O'Rourke, Ben
Whitlow, Liam Fletcher): no real public figure appears, and the offices they hold in the
text (a US senator and representatives, a White House spokesman, the UK environment
secretary, the INMO general secretary, Ireland's Minister for Health, Johannesburg's MMC
for infrastructure, the BMRCL managing director, the Preston and Blackburn managers) are
given to invented people. Invented too are Southmere Water, the River Lidd, Hatherden,
Friends of the Lidd, the Soweto Water Crisis Committee, Namma Commute Forum, Hallberg,
Vanmeer Groep, Bankhaus Reinholt, every event, quotation and figure; the real bodies (the
Senate, the House, the Forest Service, the Congressional Budget Office, the White House,
Lewes crown court, the BBC, the Environment Agency, the Liberal Democrats, the INMO, the
HSE, University Hospital Limerick, Cork University Hospital, Sinn Féin, The Irish Times,
Johannesburg Water, Rand Water, News24, BMRCL, the Union ministry of housing and urban
affairs, TOI, the European Commission, FNV, Reuters, Preston North End, Blackburn Rovers,
Shamrock Rovers, PGMOL, BBC Radio Lancashire, Opta) are given invented words or events.

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

usage: make_news_2020s_holdout50.py [OUT.jsonl]   (default: news_2020s_holdout50.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h50-wapo-wildfire", """
Senate passes wildfire bill after Idaho Republican breaks with her party

The Senate on Thursday approved a $14 billion wildfire-prevention package by a vote of 58 to 41,
after Sen. Marjorie Ellison (R-Idaho) broke with her party’s leaders and brought six other
Republicans with her in what one Senate aide called “the most chaotic 48 hours of the session.”

“I’ve buried two firefighters from my state in the last three years,” Ellison, a former smokejumper
who fought fires across the West in the ’90s and the author of the memoir “Smoke Season,” told
reporters after the vote. “I wasn’t going to go home and explain to their families why we let this
die over a rounding error.”

Republican leaders had argued that the package should be paid for with cuts to the Forest Service’s
recreation budget. Ellison dismissed that plan as “robbing the campground to pay for the fire
truck.” She said she had warned party leaders on Tuesday that she would not vote for any version
that closed a single campground.

Sen. Darnell Whitaker (D-Ore.), the bill’s lead Democratic sponsor, said the final compromise “isn’t
pretty, but it’s real.” He and Ellison spent much of Wednesday night trading drafts in a hideaway
office off the Senate floor, according to two aides familiar with the talks.

“Marjorie and I agree on almost nothing,” Whitaker said. “We agree that Oregon and Idaho are on
fire.”

“Did leadership threaten you?” a reporter asked Ellison as she stepped into an elevator.

“Nobody threatens me,” she said, laughing. “They ask nicely, and then they ask less nicely.”

The bill now goes to the House, where its prospects are less certain. Rep. Tom Brannigan (R-Mont.),
who chairs the House subcommittee on federal lands, said his panel would “take a hard look” at the
cost and at the bill’s so-called “fireshed” agreements with state forestry agencies. The package
would add about $2.1 billion to deficits over 10 years, according to the Congressional Budget
Office.

White House spokesman Tyler Brandt said in a statement that the president “looks forward to signing
a bill that puts active forest management first,” without saying which version he meant. Rep. Ana
Salcedo (D-Calif.), whose Sierra foothills district lost 1,200 homes to fire last year, was less
patient. “The Senate did its job,” she wrote on X. “Now the House has to do ours — before fire
season, not after it.”
""", [
    ("the most chaotic 48 hours of the session.", P, None, "one Senate aide", "called"),
    ("I’ve buried two firefighters from my state in the last three years,", D,
     "Marjorie Ellison", "Ellison", "told"),
    ("I wasn’t going to go home and explain to their families why we let this die over a "
     "rounding error.", D, "Marjorie Ellison", ("Ellison", 2), "told"),
    ("that the package should be paid for with cuts to the Forest Service’s recreation "
     "budget", I, None, "Republican leaders", "argued"),
    ("robbing the campground to pay for the fire truck.", P, "Marjorie Ellison", "Ellison",
     "dismissed"),
    ("she had warned party leaders on Tuesday that she would not vote for any version that "
     "closed a single campground", I, "Marjorie Ellison", "She", "said"),
    ("isn’t pretty, but it’s real.", P, "Darnell Whitaker", "Darnell Whitaker", "said"),
    ("He and Ellison spent much of Wednesday night trading drafts in a hideaway office off "
     "the Senate floor", I, None, "two aides", "according to"),
    ("Marjorie and I agree on almost nothing,", D, "Darnell Whitaker", "Whitaker", "said"),
    ("We agree that Oregon and Idaho are on fire.", D, "Darnell Whitaker", "Whitaker",
     "said"),
    ("Did leadership threaten you?", D, None, "a reporter", "asked"),
    ("Nobody threatens me,", D, "Marjorie Ellison", "she", "said"),
    ("They ask nicely, and then they ask less nicely.", D, "Marjorie Ellison", "she",
     "said"),
    ("take a hard look", P, "Tom Brannigan", "Tom Brannigan", "said"),
    ("The package would add about $2.1 billion to deficits over 10 years", I,
     "Congressional Budget Office", "the Congressional Budget Office", "according to"),
    ("looks forward to signing a bill that puts active forest management first,", P,
     "Tyler Brandt", "Tyler Brandt", "said"),
    ("The Senate did its job,", D, "Ana Salcedo", "she", "wrote"),
    ("Now the House has to do ours — before fire season, not after it.", D, "Ana Salcedo",
     "she", "wrote"),
])

doc("h50-guardian-sewage", """
Sewage spills ‘a scandal hiding in plain sight’, says judge as Southmere Water fined £41m

Southmere Water has been fined a record £41m after pleading guilty to illegally pouring raw sewage
into the River Lidd on more than 900 occasions between 2020 and 2024, breaches first exposed in the
BBC documentary ‘The River Runs Brown’.

Sentencing the company at Lewes crown court on Friday, Judge Caroline O’Neill said it had treated
the river ‘as a free drain’ and its fines ‘as a cost of doing business’, and that its
much-advertised ‘Clean Rivers Pledge’ had been worth ‘less than the paper it was printed on’.

‘The people of this valley were told, year after year, that the river was safe,’ she said. ‘They
were told “the problem is being managed”. It was not being managed. It was being hidden.’

Fiona Baptiste, who set up the campaign group Friends of the Lidd in 2021 after both her dogs fell
ill following a swim near Hatherden weir, said outside court: ‘I have walked this river every
morning for 30 years. I remember when the whole village swam here, when there was a rock ’n’ roll
night on the meadow every August. I have watched the kingfishers go, then the trout, then the
children.

‘Today a judge has said what we have been saying all along. But a fine is not a clean river, and I
still won’t let the dogs’ paws touch that water.’

A Southmere Water spokesperson said: ‘We are deeply sorry for the harm caused to the Lidd and to the
communities who love it, and we accept the court’s ruling in full.’ The company said it would invest
£1.2bn in storm overflows by 2030, and added that its chief executive, Martin Kells, would give up
his bonus this year.

The environment secretary, Joanna Petrie, said the fine sent ‘a clear message to every boardroom in
the industry’. Asked on BBC Radio 4’s Today programme whether water companies should be taken back
into public ownership, she said: ‘That is not the answer. Proper regulation is the answer, and we
are delivering it.’

The Liberal Democrats’ environment spokesperson, Tim Okafor-Reid, accused ministers of ‘letting
polluters off with a slap on the wrist’ and said on X that the fine amounted to ‘less than a month’s
profit’. According to the Environment Agency, Southmere’s overflows spilled for more than 61,000
hours last year, more than those of any other company in England.

One Hatherden parish councillor, who asked not to be named because the council is in talks with the
company over compensation, said: ‘Everyone knew. Nobody wanted to be the one who said it out loud.’
""", [
    ("a scandal hiding in plain sight", P, "Caroline O’Neill", "judge", "says"),
    ("as a free drain", P, "Caroline O’Neill", "Caroline O’Neill", "said"),
    ("as a cost of doing business", P, "Caroline O’Neill", "Caroline O’Neill", "said"),
    ("less than the paper it was printed on", P, "Caroline O’Neill", "Caroline O’Neill",
     ("said", 1)),
    ("The people of this valley were told, year after year, that the river was safe,", D,
     "Caroline O’Neill", "she", "said"),
    ("They were told “the problem is being managed”. It was not being managed. It was being "
     "hidden.", D, "Caroline O’Neill", "she", "said"),
    ("I have walked this river every morning for 30 years. I remember when the whole village "
     "swam here, when there was a rock ’n’ roll night on the meadow every August. I have "
     "watched the kingfishers go, then the trout, then the children.", D, "Fiona Baptiste",
     "Fiona Baptiste", "said"),
    ("Today a judge has said what we have been saying all along. But a fine is not a clean "
     "river, and I still won’t let the dogs’ paws touch that water.", D, "Fiona Baptiste",
     ("Fiona Baptiste", 1), ("said", 3)),
    ("We are deeply sorry for the harm caused to the Lidd and to the communities who love it, "
     "and we accept the court’s ruling in full.", D, "Southmere Water",
     "A Southmere Water spokesperson", "said"),
    ("it would invest £1.2bn in storm overflows by 2030", I, "Southmere Water", "The company",
     "said"),
    ("that its chief executive, Martin Kells, would give up his bonus this year", I,
     "Southmere Water", "The company", "added"),
    ("a clear message to every boardroom in the industry", P, "Joanna Petrie",
     "Joanna Petrie", "said"),
    ("whether water companies should be taken back into public ownership", I, None, None,
     "Asked"),
    ("That is not the answer. Proper regulation is the answer, and we are delivering it.", D,
     "Joanna Petrie", "she", "said"),
    ("letting polluters off with a slap on the wrist", P, "Tim Okafor-Reid",
     "Tim Okafor-Reid", "accused"),
    ("less than a month’s profit", P, "Tim Okafor-Reid", "Tim Okafor-Reid", "said"),
    ("Southmere’s overflows spilled for more than 61,000 hours last year, more than those of "
     "any other company in England", I, "Environment Agency", "the Environment Agency",
     "According to"),
    ("Everyone knew. Nobody wanted to be the one who said it out loud.", D, None,
     "One Hatherden parish councillor", "said"),
])

doc("h50-irishtimes-trolleys", """
Record 712 patients on trolleys as INMO warns of 'unsafe' winter ahead

The number of patients waiting on trolleys in Irish hospitals reached 712 on Tuesday, the highest
figure recorded for November since records began, according to the Irish Nurses and Midwives
Organisation (INMO). University Hospital Limerick was again the worst affected, with 118 patients on
trolleys, followed by Cork University Hospital with 64.

INMO general secretary Gráinne O'Dowd said the figures were "a warning that nobody in Government can
claim not to have heard". She added: "Our members are walking into work every morning knowing they
cannot give patients the care they need. Some of them qualified in the summer and are already
looking at flights to Perth.

"We were promised a winter plan in September. It is the end of November and we are still waiting for
it."

Speaking in the Dáil, the Minister for Health, Ciarán Mulvihill, said he accepted the figures were
"unacceptable" but insisted the Government's "Winter Ready" plan was "fully funded and being
delivered". "I am not going to stand here and tell you there is a quick fix," Mr Mulvihill told TDs.
"There isn't."

"How many more winters, Minister?" asked Sinn Féin's health spokeswoman, Máire Hennessy, to applause
from the Opposition benches.

"As many as it takes to fix a system that was broken long before I walked into this Department," the
Minister replied. "I won't be lectured on trolleys by a party that has never run a hospital."

In a statement, the Health Service Executive (HSE) said it had opened 340 additional acute beds
since January and that "every hospital group has escalation plans in place". A spokeswoman for
University Hospital Limerick said the hospital had cancelled some elective procedures this week to
free up beds.

Dr Eoin O'Sullivan, an emergency medicine consultant at Cork University Hospital, said staff were
"running on goodwill and caffeine". In a post on X on Tuesday night, he wrote: "Eleven patients over
80 in our department tonight. Not one of them should be on a trolley. This is not a winter crisis.
It's a system crisis."

One woman, whose 87-year-old father spent 31 hours on a trolley in Limerick last week, told The
Irish Times: "He fought in the Congo in the '60s. He deserved better than a corridor and a plastic
chair for me to sit on."
""", [
    ("unsafe", P, "Irish Nurses and Midwives Organisation", "INMO", "warns"),
    ("The number of patients waiting on trolleys in Irish hospitals reached 712 on Tuesday, "
     "the highest figure recorded for November since records began", I,
     "Irish Nurses and Midwives Organisation", "the Irish Nurses and Midwives Organisation",
     "according to"),
    ("a warning that nobody in Government can claim not to have heard", P, "Gráinne O'Dowd",
     "Gráinne O'Dowd", "said"),
    ("Our members are walking into work every morning knowing they cannot give patients the "
     "care they need. Some of them qualified in the summer and are already looking at flights "
     "to Perth.", D, "Gráinne O'Dowd", "She", "added"),
    ("We were promised a winter plan in September. It is the end of November and we are still "
     "waiting for it.", D, "Gráinne O'Dowd", ("She", 1), ("added", 1)),
    ("unacceptable", P, "Ciarán Mulvihill", "Ciarán Mulvihill", "said"),
    ("fully funded and being delivered", P, "Ciarán Mulvihill", "Ciarán Mulvihill",
     "insisted"),
    ("I am not going to stand here and tell you there is a quick fix,", D, "Ciarán Mulvihill",
     "Mr Mulvihill", "told"),
    ("There isn't.", D, "Ciarán Mulvihill", "Mr Mulvihill", "told"),
    ("How many more winters, Minister?", D, "Máire Hennessy", "Máire Hennessy", "asked"),
    ("As many as it takes to fix a system that was broken long before I walked into this "
     "Department,", D, "Ciarán Mulvihill", "the Minister", "replied"),
    ("I won't be lectured on trolleys by a party that has never run a hospital.", D,
     "Ciarán Mulvihill", "the Minister", "replied"),
    ("it had opened 340 additional acute beds since January", I, "Health Service Executive",
     "the Health Service Executive", "said"),
    ("every hospital group has escalation plans in place", P, "Health Service Executive",
     "the Health Service Executive", ("said", 3)),
    ("the hospital had cancelled some elective procedures this week to free up beds", I,
     "University Hospital Limerick", "A spokeswoman for University Hospital Limerick",
     "said"),
    ("running on goodwill and caffeine", P, "Eoin O'Sullivan", "Eoin O'Sullivan", "said"),
    ("Eleven patients over 80 in our department tonight. Not one of them should be on a "
     "trolley. This is not a winter crisis. It's a system crisis.", D, "Eoin O'Sullivan",
     "he", "wrote"),
    ("He fought in the Congo in the '60s. He deserved better than a corridor and a plastic "
     "chair for me to sit on.", D, None, "One woman", "told"),
])

doc("h50-news24-water", """
Soweto residents march on Joburg Water offices as outage enters 12th day

Hundreds of residents from Protea Glen and Naledi in Soweto marched to Johannesburg Water's depot in
Roodepoort on Wednesday, demanding answers after their taps ran dry for a 12th consecutive day in
what residents have started calling "water shedding".

"We are not animals. We have children, we have old people, and we are buying water from the spaza
shop like it's 1994," said Thandiwe Mokoena, 46, a mother of three who has lived in Protea Glen
since the '90s. "My neighbour's grandmother has not bathed in a week."

Johannesburg Water spokesperson Lerato Maphanga said the outage had been caused by a burst 900mm
bulk pipe near the Eikenhof pump station, and that repairs were expected to be completed by Friday.
"Our teams have been working around the clock since the pipe burst. We ask residents to be patient
with us," Maphanga said.

According to Johannesburg Water, 14 water tankers had been sent to the affected areas, but residents
said most of them arrived empty or not at all.

The City's MMC for environment and infrastructure services, Sipho Ntuli, told News24 the City had
"no excuse" for the delays. "The City takes full responsibility. I am not going to blame the
previous administration and I am not going to blame Rand Water," he said. "I am going to fix it."

Ntuli was heckled when he addressed the marchers outside the depot. "Where were you last week?" one
man shouted. "I was at Eikenhof with the engineers, which is where I should be," Ntuli replied.

Rand Water said in a statement that its bulk supply to the Eikenhof system was "stable" and that the
problem lay "entirely within the municipal network".

The Soweto Water Crisis Committee, which organised the march, posted on X: "Day 12. No water, no
answers, and the MMC wants a round of applause for a tanker. #SowetoHasNoWater" A Naledi resident,
who asked not to be named because she works for the City, said the community had been promised a new
pipeline "for three years now".

Police spokesperson Captain Lindiwe Khoza said the march had been peaceful and no arrests had been
made.
""", [
    ("We are not animals. We have children, we have old people, and we are buying water from "
     "the spaza shop like it's 1994,", D, "Thandiwe Mokoena", "Thandiwe Mokoena", "said"),
    ("My neighbour's grandmother has not bathed in a week.", D, "Thandiwe Mokoena",
     "Thandiwe Mokoena", ("said", 1)),
    ("the outage had been caused by a burst 900mm bulk pipe near the Eikenhof pump station",
     I, "Lerato Maphanga", "Lerato Maphanga", "said"),
    ("that repairs were expected to be completed by Friday", I, "Lerato Maphanga",
     "Lerato Maphanga", "said"),
    ("Our teams have been working around the clock since the pipe burst. We ask residents to "
     "be patient with us,", D, "Lerato Maphanga", "Maphanga", "said"),
    ("14 water tankers had been sent to the affected areas", I, "Johannesburg Water",
     "Johannesburg Water", "According to"),
    ("most of them arrived empty or not at all", I, None, "residents", "said"),
    ("no excuse", P, "Sipho Ntuli", "Sipho Ntuli", "told"),
    ("The City takes full responsibility. I am not going to blame the previous administration "
     "and I am not going to blame Rand Water,", D, "Sipho Ntuli", "he", "said"),
    ("I am going to fix it.", D, "Sipho Ntuli", "he", "said"),
    ("Where were you last week?", D, None, "one man", "shouted"),
    ("I was at Eikenhof with the engineers, which is where I should be,", D, "Sipho Ntuli",
     "Ntuli", "replied"),
    ("stable", P, "Rand Water", "Rand Water", "said"),
    ("entirely within the municipal network", P, "Rand Water", "Rand Water", "said"),
    ("Day 12. No water, no answers, and the MMC wants a round of applause for a tanker. "
     "#SowetoHasNoWater", D, "Soweto Water Crisis Committee",
     "The Soweto Water Crisis Committee", "posted"),
    ("for three years now", P, None, "A Naledi resident", ("said", 7)),
    ("the march had been peaceful and no arrests had been made", I, "Lindiwe Khoza",
     "Lindiwe Khoza", "said"),
])

doc("h50-toi-metro", """
Namma Metro fare hike: Commuters fume, BMRCL says revision 'long overdue'

BENGALURU: A day after Bangalore Metro Rail Corporation Limited (BMRCL) raised the maximum fare on
Namma Metro from Rs 60 to Rs 90, social media was flooded with complaints on Monday, with many
commuters calling the revision "daylight robbery".

BMRCL managing director Anjali Deshpande told TOI the hike was unavoidable. "Our operating costs
have gone up by nearly 40% since 2017, and we have not revised fares in eight years," she said.
"Nobody likes paying more. But the metro cannot run on sympathy."

Asked whether BMRCL would bring back the discount for smart card users, Deshpande said: "We are
studying a monthly pass. I can't give you a date today, but it is coming."

A senior BMRCL official, requesting anonymity, said the fare fixation committee had in fact
recommended a steeper increase. "The board softened it. People don't know that," the official said.
Sources said the revision would bring in an additional Rs 150 crore a year.

"I now spend Rs 180 a day just on the metro. That's more than my lunch," said Karthik Ramaswamy, a
software engineer who travels daily from Whitefield to MG Road. He said many of his colleagues had
already gone back to their two-wheelers.

Meera Kulkarni, convener of the citizens' group Namma Commute Forum, wrote on X, tagging Deshpande:
"Metro was supposed to get people out of cars. At Rs 90, it will push them back in." Deshpande
responded within the hour: "Fair point, Meera. Come and meet us on Thursday and bring your numbers."

An official of the Union ministry of housing and urban affairs said fare fixation was "entirely" a
matter for BMRCL's board and the state government. According to BMRCL data, average daily ridership
stood at 8.6 lakh in October, up from 7.9 lakh a year earlier.

Commuters' groups plan a signature campaign at Majestic and Baiyappanahalli stations this weekend.
"We will collect one lakh signatures and hand them to the chief minister," said Kulkarni.
""", [
    ("long overdue", P, "Bangalore Metro Rail Corporation Limited", "BMRCL", "says"),
    ("daylight robbery", P, None, "many commuters", "calling"),
    ("the hike was unavoidable", I, "Anjali Deshpande", "Anjali Deshpande", "told"),
    ("Our operating costs have gone up by nearly 40% since 2017, and we have not revised "
     "fares in eight years,", D, "Anjali Deshpande", "she", "said"),
    ("Nobody likes paying more. But the metro cannot run on sympathy.", D, "Anjali Deshpande",
     "she", "said"),
    ("whether BMRCL would bring back the discount for smart card users", I, None, None,
     "Asked"),
    ("We are studying a monthly pass. I can't give you a date today, but it is coming.", D,
     "Anjali Deshpande", "Deshpande", "said"),
    ("the fare fixation committee had in fact recommended a steeper increase", I, None,
     "A senior BMRCL official", "said"),
    ("The board softened it. People don't know that,", D, None, "the official", "said"),
    ("the revision would bring in an additional Rs 150 crore a year", I, None, "Sources",
     "said"),
    ("I now spend Rs 180 a day just on the metro. That's more than my lunch,", D,
     "Karthik Ramaswamy", "Karthik Ramaswamy", "said"),
    ("many of his colleagues had already gone back to their two-wheelers", I,
     "Karthik Ramaswamy", "He", "said"),
    ("Metro was supposed to get people out of cars. At Rs 90, it will push them back in.", D,
     "Meera Kulkarni", "Meera Kulkarni", "wrote"),
    ("Fair point, Meera. Come and meet us on Thursday and bring your numbers.", D,
     "Anjali Deshpande", "Deshpande", "responded"),
    ("entirely", P, None, "An official", "said"),
    ("average daily ridership stood at 8.6 lakh in October, up from 7.9 lakh a year earlier",
     I, "Bangalore Metro Rail Corporation Limited", "BMRCL", "According to"),
    ("We will collect one lakh signatures and hand them to the chief minister,", D,
     "Meera Kulkarni", "Kulkarni", "said"),
])

doc("h50-reuters-deal", """
Germany's Hallberg to buy Dutch rival Vanmeer in $3.2 bln freight deal

FRANKFURT, Nov 27 (Reuters) - German logistics group Hallberg (HLBG.DE) said on Thursday it had
agreed to buy Dutch freight forwarder Vanmeer Groep (VNMR.AS) for 2.8 billion euros ($3.2 billion)
in cash, in a deal that would create Europe's third-largest road freight operator.

The offer of 41.50 euros per share is a 34% premium to Vanmeer's closing price on Wednesday.
Vanmeer's board has unanimously backed the bid, and its two largest shareholders, which together
hold 38% of the shares, have agreed to tender their stock, the Dutch company said in a statement.

"This is the deal we have wanted to do for a decade," Hallberg Chief Executive Katrin Vosswinkel
told analysts on a conference call. "Vanmeer gives us the ports. We give them the roads." She said
the combined group would employ about 41,000 people in 23 countries.

Asked by an analyst whether Hallberg would have to sell assets to win approval from the European
Commission, Vosswinkel said she expected "some remedies, but nothing that changes the logic of the
deal". The companies expect the transaction to close in the second half of 2027.

Hallberg will fund the purchase with cash on hand and about 1.5 billion euros of new debt, according
to a person familiar with the matter, who asked not to be named because the financing terms are not
yet public. A Hallberg spokesman declined to comment on the financing.

"The price is full, but it's not crazy," said Jens Albrecht, an analyst at Bankhaus Reinholt who has
a "buy" rating on Hallberg's shares. "The real question is whether they can merge two very different
cultures without losing the customers."

Vanmeer shares jumped 29% to 40.10 euros in Amsterdam, while Hallberg fell 4.2% in Frankfurt. Dutch
transport union FNV said it would seek guarantees that no Vanmeer jobs would be cut in the
Netherlands. "We have heard the word 'synergies' before," FNV spokesman Ruud van Dijk said. "In our
experience it usually means redundancies."

Vanmeer Chief Executive Pieter Oosterhuis said in a LinkedIn post that the combination would create
"a European champion in a market dominated by American and Chinese players". Hallberg said it
expected the deal to add to earnings per share in the first full year after closing.

(Reporting by Elke Hoffmann in Frankfurt and Sanne Verbeek in Amsterdam; Editing by Alan Dorsey)
""", [
    ("it had agreed to buy Dutch freight forwarder Vanmeer Groep (VNMR.AS) for 2.8 billion "
     "euros ($3.2 billion) in cash, in a deal that would create Europe's third-largest road "
     "freight operator", I, "Hallberg", "Hallberg", "said"),
    ("Vanmeer's board has unanimously backed the bid, and its two largest shareholders, which "
     "together hold 38% of the shares, have agreed to tender their stock", I, "Vanmeer Groep",
     "the Dutch company", "said"),
    ("This is the deal we have wanted to do for a decade,", D, "Katrin Vosswinkel",
     "Katrin Vosswinkel", "told"),
    ("Vanmeer gives us the ports. We give them the roads.", D, "Katrin Vosswinkel",
     "Katrin Vosswinkel", "told"),
    ("the combined group would employ about 41,000 people in 23 countries", I,
     "Katrin Vosswinkel", "She", "said"),
    ("whether Hallberg would have to sell assets to win approval from the European "
     "Commission", I, None, "an analyst", "Asked"),
    ("some remedies, but nothing that changes the logic of the deal", P, "Katrin Vosswinkel",
     "Vosswinkel", "said"),
    ("Hallberg will fund the purchase with cash on hand and about 1.5 billion euros of new "
     "debt", I, None, "a person familiar with the matter", "according to"),
    ("The price is full, but it's not crazy,", D, "Jens Albrecht", "Jens Albrecht", "said"),
    ("The real question is whether they can merge two very different cultures without losing "
     "the customers.", D, "Jens Albrecht", "Jens Albrecht", "said"),
    ("it would seek guarantees that no Vanmeer jobs would be cut in the Netherlands", I, "FNV",
     "FNV", "said"),
    ("We have heard the word 'synergies' before,", D, "Ruud van Dijk", "Ruud van Dijk",
     "said"),
    ("In our experience it usually means redundancies.", D, "Ruud van Dijk", "Ruud van Dijk",
     "said"),
    ("a European champion in a market dominated by American and Chinese players", P,
     "Pieter Oosterhuis", "Pieter Oosterhuis", ("said", 8)),
    ("it expected the deal to add to earnings per share in the first full year after "
     "closing", I, "Hallberg", "Hallberg", "said"),
])

doc("h50-mail-sport", """
'It was never a penalty': Preston boss fumes as late spot-kick hands Blackburn Lancashire derby win

Blackburn Rovers snatched a 2-1 win in the Lancashire derby at Deepdale on Saturday thanks to Tomás
O'Rourke's 94th-minute penalty, a decision that left Preston manager Gavin Leckie incandescent.

'I've been in football since the '90s and I've never seen a decision like it,' said Leckie, whose
side had led through Ben Whitlow's header until the 81st minute. 'The referee's 30 yards away, he's
behind two players, and he's given it.'

'My players gave everything today. They didn't deserve that, and the supporters didn't deserve
that.'

Leckie, who was booked for his protests on the touchline, described the officiating as 'a shambles'
and said the club would ask PGMOL for an explanation. Preston North End later said in a statement
that they had 'serious concerns' about the decision.

Blackburn's Swedish head coach Henrik Sandvall saw it differently. 'I understand Gavin's
frustration, but for me it is a clear penalty,' the Swede told BBC Radio Lancashire. 'Their defender
doesn't look at the ball once. He only looks at the man.'

Sandvall said his side had 'earned the right to be lucky' after surviving a first-half onslaught.
'Tomás asked for the ball,' he said. 'You don't say no to that face.'

O'Rourke, 21, who joined from Shamrock Rovers in the summer and grew up in Galway listening to his
father's rock 'n' roll records, was still grinning in the tunnel. 'My mam told me on the phone this
morning, "Don't you dare take a penalty",' said the 21-year-old. 'So I'll be ringing her after
this.'

Preston captain Liam Fletcher posted on Instagram: 'Gutted for every one of you who made the noise
today. We go again Tuesday.' A PGMOL spokesperson said the body did not comment on individual
decisions.

It was Blackburn's first win at Deepdale since 2017, according to Opta, and it lifts Sandvall's side
to 10th. Whitlow, the 6ft 7in striker the Preston fans call 'the Lighthouse', said it felt 'like
losing a final'.
""", [
    ("It was never a penalty", D, "Gavin Leckie", "Preston boss", None),
    ("I've been in football since the '90s and I've never seen a decision like it,", D,
     "Gavin Leckie", "Leckie", "said"),
    ("The referee's 30 yards away, he's behind two players, and he's given it.", D,
     "Gavin Leckie", "Leckie", "said"),
    ("My players gave everything today. They didn't deserve that, and the supporters didn't "
     "deserve that.", D, "Gavin Leckie", None, None),
    ("a shambles", P, "Gavin Leckie", "Leckie", "described"),
    ("the club would ask PGMOL for an explanation", I, "Gavin Leckie", "Leckie", "said"),
    ("serious concerns", P, "Preston North End", "Preston North End", "said"),
    ("I understand Gavin's frustration, but for me it is a clear penalty,", D,
     "Henrik Sandvall", "the Swede", "told"),
    ("Their defender doesn't look at the ball once. He only looks at the man.", D,
     "Henrik Sandvall", "the Swede", "told"),
    ("earned the right to be lucky", P, "Henrik Sandvall", "Sandvall", "said"),
    ("Tomás asked for the ball,", D, "Henrik Sandvall", "he", "said"),
    ("You don't say no to that face.", D, "Henrik Sandvall", "he", "said"),
    ('My mam told me on the phone this morning, "Don\'t you dare take a penalty",', D,
     "Tomás O'Rourke", "the 21-year-old", "said"),
    ("So I'll be ringing her after this.", D, "Tomás O'Rourke", "the 21-year-old", "said"),
    ("Gutted for every one of you who made the noise today. We go again Tuesday.", D,
     "Liam Fletcher", "Liam Fletcher", "posted"),
    ("the body did not comment on individual decisions", I, "PGMOL",
     "A PGMOL spokesperson", "said"),
    ("It was Blackburn's first win at Deepdale since 2017", I, "Opta", "Opta",
     "according to"),
    ("like losing a final", P, "Ben Whitlow", "Whitlow", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout50.jsonl"))
