#!/usr/bin/python3
"""Builds news_2020s_holdout60.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer46 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 8 or 9 paragraphs. None of the seven outlets is one the
earlier holdout builders or writer44's holdout58 took (The Times, USA Today, The Irish
News, dpa, The Japan Times, BusinessDay, The New Zealand Herald).

- h60-times-prisons, a Times (London) home-affairs story with curly single marks, curly
  double marks nested and curly apostrophes (so that We’re, They’ve, can’t, O’Dwyer and
  Governors’ all look like closing marks), lower-case roles and `Dr` without a stop: a
  colon headline `‘…’: Cardew extends early release` (a direct row, no cue, the surname as
  the mention; `extends`: a deed); a lead `the justice secretary admitted that jails were
  ‘…’ from running out of space` (a report holding a fragment: the partial row only; the
  role is given to Helen Cardew in the next paragraph); `X, the justice secretary, told the
  Commons yesterday that ...` and `She said: ‘…’`; `‘…,’ she told MPs. ‘…’` (We’re at the
  start of the second segment); a report before its cue, `Those convicted of ... are
  excluded, the Ministry of Justice said.`; `X, the shadow justice secretary, accused the
  government of ‘…’` and `He said the Conservatives had left office with ‘…’ and that
  Labour had ‘…’` (two reports holding fragments under one cue: two partial rows; the
  second's nearest `said` is the next paragraph's: the n-th instead); `The chief inspector of
  prisons, Dr X, said the scheme was ‘…’` and `In his annual report, published today, he
  writes:` closing its paragraph, then a quotation over two paragraphs, the first holding a
  nested “…” after `a governor told me,` (part of the outer row); both rows take the `he
  writes` of the paragraph before them (the n-th); `X, president of the Prison Governors’
  Association, said his members were ‘…’` and `‘…,’ he said. ‘…’` (They’ve, can’t);
  `Probation officers, who will supervise those released, say ...` (nobody named) and `A
  Ministry of Justice spokeswoman said: ‘…’`.
- h60-usatoday-parks, a USA Today national story with straight double marks, straight
  apostrophes and AP's party tags (D-N.M., R-Utah) and the paper's own name in capitals: a
  colon headline with no quotation and no report; a lead whose report comes before
  `according to an analysis by the National Parks Conservation Association` (the body after
  the document's noun); `"…," said X, who retired in March as chief ranger at ... "…"`
  (I'm, it's), then a paragraph in marks with no cue (the same speaker; 6 p.m. inside);
  `The National Park Service said in an emailed statement that parks "…" and that seasonal
  hiring was "…"` (two reports holding fragments under one cue: two partial rows; the
  second's nearest `said` is the next sentence's: the n-th instead) and `A spokesperson for
  the Interior Department, X, said ...` (the name in apposition speaks); `Superintendent X
  told USA TODAY the park would keep ... "…"` (the partial row only) and `Asked whether ...,
  he said: "…"` (an unnamed asker); `X, 38, of Columbus, Ohio, said her family had ...` and
  `Her husband, X, was less forgiving. "…," he said.` (two speakers in one paragraph;
  o'clock); `Sen. X, D-N.M., who sits on ..., said in a post on X that the staffing cuts
  were "…"` and `Rep. X, R-Utah, whose district ..., countered that the Park Service had
  "…" and needed to "…"` (two fragments, one cue); a court filing, `In a filing in federal
  court ..., the Coalition to Protect America's National Parks argued that ...` (an
  apostrophe inside the name) and `wants a judge to halt further reductions` (a wish: no
  row); the nickname "the conga line," after `nicknamed` (no row) and `Molina's advice ...
  is simple. "…," she said.` (the pronoun for the ranger quoted first, other women quoted
  between).
- h60-irishnews-lough, an Irish News (Belfast) story with straight single marks, straight
  double marks nested, straight apostrophes (summer's, I've, Fishermen's, didn't, what's,
  O'Hagan and Queen's all look like marks), ages in brackets and `Mr`/`Dr` without stops: a
  headline `... 'worse than 2023', warn fishermen` (a fragment and its cue, the lower-case
  words after it the mention, nobody named); `Fishermen on Lough Neagh have warned that ...`
  (nobody named) and the term 'pea soup' after a present `call` (no row); `'…,' said Ardboe
  fisherman X (68).`; `The Lough Neagh Fishermen's Co-operative said ...` (an apostrophe
  inside the body's name) and `Its manager, X, said: '…` opening a quotation over two
  paragraphs (the second takes the mention and cue of the first: the n-th); `Environment
  minister X told the Assembly on Monday that ... '…'` (the partial row only) and `Mr X said
  the causes ... were '…' but insisted his department was '…'` (two fragments, two cues);
  `SDLP MLA Sinéad O'Hagan, whose ... constituency borders the lough, accused the minister
  of '…'` and `'…,' she said. '…, and every summer the department says, "…"'` (a nested
  quotation and its `says`, part of the outer row, which ends in ."'); `A spokeswoman for
  the Department of Agriculture, Environment and Rural Affairs (Daera) said ...` (the
  department), `Northern Ireland Water said in a statement that ...` and `'…,' the minister
  said later.` (the minister of the paragraph before, others quoted between); `Dr X, a
  freshwater ecologist at Queen's University Belfast, said ... to create '…' for the algae`
  (the partial row only) and `'…,' she added.`; `The Public Health Agency has advised people
  not to ... and to ...` (what people are advised to do, one row with its `not to`).
- h60-dpa-bahn, a dpa English wire story with a `Berlin (dpa) -` dateline, straight double
  marks, straight apostrophes and words translated from German: a headline `Deutsche Bahn
  boss admits punctuality target "…"` (a fragment after the cue's object; the boss is named
  in the lead); `Deutsche Bahn chief executive X has told employees that ...`; `"…," X
  wrote in a letter to staff seen by dpa on Tuesday. "…"`; a report before its cue, `...,
  the company said.` (Deutsche Bahn), then a sentence of the writer's; `X blamed the ageing
  network ...` (an object, no row) and `She said the so-called "general renovation" of ...
  would eventually make the railway "…"` (a so-called term, no row; the report holds a
  fragment: the partial row only; the nearest `said` is the next paragraph's: the n-th
  instead); `Transport Minister X said the federal government was "…" and expected "…"`
  (two fragments, one cue) and `Speaking to dpa, he added: "…"`; `"…," said X, spokesman
  for the passenger association Pro Bahn. "…"` (a `says` inside the second segment, whose
  nearest `said` is the next paragraph's: the n-th instead); `The EVG rail union said ...`
  (the union named before its noun), `"…," said EVG deputy chairwoman X.` and `She said
  ...`; `The business daily Handelsblatt reported on Wednesday that ...`, `A company
  spokesman declined to comment.` (no row) and `..., it was announced last month.` (a
  report with nobody named: no mention); `Behrendt was asked whether ...` (a question put
  in the passive: nobody named asks it) and `"…," he said.` (the one asked answers;
  Wendt's).
- h60-japantimes-rice, a Japan Times national story with curly double marks, curly
  apostrophes, given names first and a yen sign: a headline with no report; a lead `The
  agriculture minister said Friday the government will ...` (the minister is named in the
  next paragraph) and `..., according to the Ministry of Agriculture, Forestry and
  Fisheries.`; `“…,” Agriculture Minister X told reporters after a Cabinet meeting.`;
  `Oshiro said the ministry would ask ... to ...` (a report holding a request: one row) and
  `Asked whether ..., he said: “…”` (won’t); `Chief Cabinet Secretary X told a regular news
  conference that the government was “…,” adding that rice had become “…”` (two fragments,
  `told` and `adding`); `X, policy chief of the main opposition Constitutional Democratic
  Party of Japan, said on NHK’s “Sunday Debate” program that the government was “…”` (a
  programme's title between the cue and the report, no row; the partial row only); the term
  “Reiwa rice crisis.” after `dubbed` (no row) right before `“…,” said X, 44, a part-time
  worker ...` (whatever’s, Tokyo’s); `a 71-year-old farmer who grows Koshihikari on 4
  hectares said consumers had been paying “…”` and `“…,” he said.` (a described speaker
  named only in the last paragraph, `The farmer, Shigeru Hasegawa,`); `..., industry sources
  said.` (nobody named; the nearest `said` is the next paragraph's: the n-th instead); `JA
  Zen-Noh, the national federation of agricultural cooperatives, denied that ..., saying in
  a statement that ...` (two reports, `denied` and `saying`); `The farmer, X, said he
  planned to ...` and `“…,” Hasegawa said with a laugh.` (a `he asks me` inside).
- h60-businessday-transnet, a BusinessDay (South Africa) results story with curly double
  marks in the body, curly single marks in the headline and straight apostrophes (We're,
  doesn't, Transnet's, union's) and rand amounts (R140bn): a headline `Transnet says ...
  will clear ‘…’` (a report holding a fragment: the partial row only); a lead whose report
  comes before its cue, `Transnet expects ..., group CEO X said on Tuesday as the
  state-owned logistics group reported a 12% rise in interim profit` (`reported a rise`: a
  plain object, no row); `“…,” Mokoena told analysts on a results call. “…”`; `She said
  ...`, then `Transnet's chief financial officer, X, said the group's R140bn debt remained
  “…” but that it had not needed to draw on ...` (a fragment, then a report of its own under
  the same cue; two speakers in one paragraph); `“…,” said X, a transport analyst at Y in
  Johannesburg.` and `Botha said rail volumes, which fell ..., would have to rise ...` (a
  relative clause inside the report); `Transport Minister X said in a written reply to a
  parliamentary question that ... “…”` (the partial row only; the nearest `said` is the
  next sentence's: the n-th instead) and `The Durban Chamber of Commerce and Industry said
  in an emailed response that its members were still paying what traders call the “Durban
  tax” on every container` (a term after a present `call`, inside the report); `The United
  National Transport Union (Untu), which represents ..., warned that it would “…” while
  ...` and `“…,” the union's general secretary, X, said.`; `A senior executive at a global
  shipping line, who asked not to be named ..., said the improvement ... was “…”` and `“…,”
  he said.` (nobody named); `The company said ...` (Transnet) and `Mokoena, asked whether
  she would seek more money from the Treasury, said: “…”` (a participle's question, nobody
  named asks it).
- h60-nzherald-cricket, a New Zealand Herald sport report with curly double marks and curly
  apostrophes: a colon headline `“…”: Maddox takes 10 as Black Caps square series` (a
  direct row, no cue, the surname as the mention); a lead with no report; `“…,” the
  31-year-old said. “…”` (an age the text gives no one: the player the story follows;
  you’ve); `X, who missed most of last summer ..., said there had been times when he
  wondered whether ...` and `“…,” the all-rounder said.` (a player's position); `Black Caps
  captain X described Maddox’s spell on the fourth evening, when ..., as “as good as …”`
  (a fragment that opens with `as`; Maddox’s, I’ve) and `“…,” Reid said.` (didn’t); `England
  captain X was left to rue a collapse ...` and `“…,” said the Englishman.` (a demonym), a
  reporter's question `“…?” one reporter asked.` and the answer `“…,” Pryce said. “…”`
  (We’d); `New Zealand Cricket said in a statement that ...` and `Head coach X said the
  decision was “…”, even if ...` (two speakers in one paragraph); the nickname “the
  Tractor” after `nicknamed` and the podcast's title “Nightwatchman” between `told the` and
  `podcast` (no rows), then `... that he had been “…” to play in Wellington` (the partial row
  only); `His partner, the Silver Ferns netballer X, posted a photo of him with the caption:
  “…”` (a name in apposition after a role); `Reid said he expected England to “…”` (a
  fragment after `to`: the partial row only) and `“…,” he said.` (They’re, won’t).

Not rows: scare quotes, terms and nicknames ('pea soup', "general renovation", “Reiwa rice
crisis.”, “Durban tax”, "the conga line,", “the Tractor”), titles of works (“Sunday
Debate”, “Nightwatchman”), quotations and reports nested inside a quotation (“We are not
running a prison any more. We are running a waiting room.” and its `a governor told me`,
"Lessons will be learned." and its `the department says`, `the timetable says it will`,
`he asks me to send rice now`), the apostrophes (We’re, They’ve, can’t, O’Dwyer, Governors’,
I'm, it's, o'clock, America's, Molina's, summer's, I've, Fishermen's, didn't, what's,
O'Hagan, Queen's, Wendt's, won’t, NHK’s, whatever’s, Tokyo’s, country’s, We're, doesn't,
Transnet's, union's, you’ve, Maddox’s, I’ve, didn’t, We’d, They’re, won’t), headlines and
leads without a report, deeds, wishes, objects and refusals (`extends`, `brace`, `wants a
judge to halt`, `blamed the ageing network`, `declined to comment`, `reported a 12% rise`,
`asked not to be named`, `was left to rue`, `takes 10`, `square series`).
7 articles, 15,317 characters; 123 quotations: direct 51, partial 35, indirect 37.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Dr, Mr, Sen., Rep., Superintendent, Transport Minister, Agriculture
Minister, Chief Cabinet Secretary, group CEO or Head coach; a mention that is the full name
is written without its title, one that is a surname keeps it: `Mr Corrigan`) or None when
the text names nobody who can be the speaker (fishermen, probation officers, the unnamed
asker of `Asked whether ...` and of `was asked whether ...`, a reporter, industry sources,
a senior shipping executive, a report with no speaker); a report holding a quoted fragment
gives only the partial row, and a second report in the same sentence (`and that`, `but
that`) its own row with the same cue (indirect without marks, partial with them);
fragments under one cue each give a partial row with that cue; an indirect span is the
reported clause with its leading `that`, without a closing period, and a report before its
cue (`..., the Ministry of Justice said`, `..., according to ...`, `..., it was announced
last month`) is the clause before the comma; what someone is advised to do is reported
with its `not to`; a quotation split by its attribution gives one row per segment with the
same mention and cue; a quotation paragraph with no cue after the speaker's own quotation
is that speaker's, with no mention and no cue; a quotation over two paragraphs gives one
row per paragraph, both with the mention and cue of the paragraph that opens it or, after
`he writes:` closing the paragraph before, of that paragraph; a spokeswoman or
spokesperson who is not named and a statement speak for the body named (the Ministry of
Justice, the National Park Service, the Department of Agriculture, Environment and Rural
Affairs); a spokesperson with a name in apposition is that person; descriptions (`the
justice secretary`, `The agriculture minister`, `the minister`, `the company`, `The
company`, `the 31-year-old`, `the all-rounder`, `the Englishman`, `a 71-year-old farmer`,
`Deutsche Bahn boss`) speak for the entity they refer to, also when the name comes later in
the story; a body named before its noun (`The EVG rail union`, `The business daily
Handelsblatt`) is that body; an acronym defined after its long form (Daera, Untu) takes the
long form; a headline's quotation with no cue gives the row with the name in the headline as
the mention and no cue; a headline's `says`, `admits` or `warn` with a fragment gives a
partial row with it as the cue and the headline's words for the speaker as the mention.
All people are invented (Helen Cardew, Robert Jenner, Martin Okereke, Tom O’Dwyer, Theresa
Molina, Ellis Crane, Gabriel Ortiz, Laura Brandt, Mike Brandt, Joan Castellanos, Wade
Tolliver, Seamus Quinn, Brendan Mallon, Declan Corrigan, Sinéad O'Hagan, Aoife Begley,
Katrin Wendt, Jonas Behrendt, Lukas Oberländer, Sabine Krull, Kenta Oshiro, Reiko Mizuno,
Tetsuya Kamiyama, Mariko Ueda, Shigeru Hasegawa, Thandeka Mokoena, Pieter van Rensburg,
Anchen Botha, Lwazi Mthembu, Jabulani Ngcobo, Finn Maddox, Hamish Reid, Oliver Pryce,
Gareth Kemp, Aroha Tane): no real public figure appears, and the offices they hold in the
text (the UK's justice and shadow justice secretaries, the chief inspector of prisons, the
president of the Prison Governors' Association, a Rocky Mountain superintendent, a senator
from New Mexico and a representative from Utah, Northern Ireland's environment minister, a
Mid Ulster MLA, Deutsche Bahn's chief executive, Germany's transport minister, the EVG's
deputy chairwoman, Japan's agriculture minister and chief cabinet secretary, the CDP's
policy chief, Transnet's chief executive and chief financial officer, South Africa's
transport minister, Untu's general secretary, the Black Caps' captain and head coach,
England's test captain) are given to invented people. Invented too are Meridian Securities,
the Nightwatchman podcast, and every event, quotation and figure; the real bodies (the
Ministry of Justice, the Prison Governors' Association, the Conservatives, Labour, the
National Parks Conservation Association, the National Park Service, the Interior
Department, USA TODAY, the Coalition to Protect America's National Parks, the Lough Neagh
Fishermen's Co-operative, the SDLP, Daera, Northern Ireland Water, Queen's University
Belfast, the Public Health Agency, Deutsche Bahn, Pro Bahn, the EVG, Handelsblatt, dpa, the
Ministry of Agriculture, Forestry and Fisheries, the Constitutional Democratic Party of
Japan, NHK, JA Zen-Noh, Transnet, the Durban Chamber of Commerce and Industry, Untu, New
Zealand Cricket, the Silver Ferns) are given invented words or events.

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

usage: make_news_2020s_holdout60.py [OUT.jsonl]   (default: news_2020s_holdout60.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h60-times-prisons", """
‘We are days from running out of cells’: Cardew extends early release

Thousands more prisoners in England and Wales will be freed early from next month after the justice
secretary admitted that jails were ‘days, not weeks’ from running out of space.

Helen Cardew, the justice secretary, told the Commons yesterday that the prison population had
reached a record 88,412. She said: ‘I did not come into this job to let people out of prison early.
But the alternative is police cells full of suspects and courts that cannot send anyone down.’

‘We are not in this position because of one bad summer,’ she told MPs. ‘We’re here because for 14
years nobody built the prisons this country needed.’ Under the changes, inmates serving between one
and four years will be released after 40 per cent of their sentence rather than half. Those
convicted of violent or sexual offences, domestic abuse or terrorism are excluded, the Ministry of
Justice said.

Robert Jenner, the shadow justice secretary, accused the government of ‘emptying the jails by the
back door’. He said the Conservatives had left office with ‘a plan for 20,000 new places’ and that
Labour had ‘sat on its hands for a year’.

The chief inspector of prisons, Dr Martin Okereke, said the scheme was ‘a sticking plaster on a
gaping wound’. In his annual report, published today, he writes:

‘On one visit a governor told me, “We are not running a prison any more. We are running a waiting
room.” I have not been able to forget it.

‘Until ministers are honest about how many people they want to lock up, and are willing to pay for
it, we will be back here every summer.’

Tom O’Dwyer, president of the Prison Governors’ Association, said his members were ‘exhausted’.
‘They’ve been firefighting for three years,’ he said. ‘You can’t run a rehabilitation programme from
a corridor.’

Probation officers, who will supervise those released, say their caseloads are already unmanageable.
A Ministry of Justice spokeswoman said: ‘We are recruiting 1,300 probation officers this year and
will use electronic tags to keep the public safe.’
""", [
    # a colon headline: the signer before the verb, no cue
    ("We are days from running out of cells", D, "Helen Cardew", "Cardew", None),
    # a report holding a fragment: the partial row only; the role is given in the next
    # paragraph
    ("days, not weeks", P, "Helen Cardew", "the justice secretary", "admitted"),
    ("that the prison population had reached a record 88,412", I, "Helen Cardew",
     "Helen Cardew", "told"),
    ("I did not come into this job to let people out of prison early. But the alternative "
     "is police cells full of suspects and courts that cannot send anyone down.", D,
     "Helen Cardew", "She", "said"),
    ("We are not in this position because of one bad summer,", D, "Helen Cardew", "she",
     "told"),
    ("We’re here because for 14 years nobody built the prisons this country needed.", D,
     "Helen Cardew", "she", "told"),
    ("Those convicted of violent or sexual offences, domestic abuse or terrorism are "
     "excluded", I, "Ministry of Justice", "the Ministry of Justice", "said"),
    ("emptying the jails by the back door", P, "Robert Jenner", "Robert Jenner", "accused"),
    ("a plan for 20,000 new places", P, "Robert Jenner", "He", "said"),
    ("sat on its hands for a year", P, "Robert Jenner", "He", ("said", 3)),
    ("a sticking plaster on a gaping wound", P, "Martin Okereke", "Martin Okereke", "said"),
    # a quotation over two paragraphs after `he writes:` closing the paragraph before: both
    # rows take that paragraph's mention and cue; the nested “…” is part of the outer row
    ("On one visit a governor told me, “We are not running a prison any more. We are "
     "running a waiting room.” I have not been able to forget it.", D, "Martin Okereke",
     ("he", 1), ("writes", 1)),
    ("Until ministers are honest about how many people they want to lock up, and are "
     "willing to pay for it, we will be back here every summer.", D, "Martin Okereke",
     ("he", 1), ("writes", 1)),
    ("exhausted", P, "Tom O’Dwyer", "Tom O’Dwyer", "said"),
    ("They’ve been firefighting for three years,", D, "Tom O’Dwyer", "he", "said"),
    ("You can’t run a rehabilitation programme from a corridor.", D, "Tom O’Dwyer", "he",
     "said"),
    ("their caseloads are already unmanageable", I, None, "Probation officers", "say"),
    ("We are recruiting 1,300 probation officers this year and will use electronic tags to "
     "keep the public safe.", D, "Ministry of Justice", "A Ministry of Justice spokeswoman",
     "said"),
])

doc("h60-usatoday-parks", """
Fewer rangers, more visitors: National parks brace for a crowded summer

National parks are heading into what could be their busiest summer on record with about 2,400 fewer
permanent employees than they had two years ago, according to an analysis by the National Parks
Conservation Association.

"We are asking the same number of people to do the work of one and a half," said Theresa Molina, who
retired in March as chief ranger at Arches National Park in Utah after 27 years. "Something is going
to give, and I'm afraid it's going to be visitor safety."

"When a hiker goes missing at 6 p.m., you want the person who knows that canyon. A lot of those
people are gone now."

The National Park Service said in an emailed statement that parks "remain fully committed to a safe
and enjoyable visitor experience" and that seasonal hiring was "on track." A spokesperson for the
Interior Department, Ellis Crane, said the agency had hired more than 7,700 seasonal workers for the
summer.

At Rocky Mountain National Park in Colorado, where timed-entry reservations return May 23,
Superintendent Gabriel Ortiz told USA TODAY the park would keep its visitor centers open seven days
a week "even if I have to staff the desk myself." Asked whether any trails would close this summer,
he said: "Not if we can help it. But I'm not going to promise something I can't deliver."

Laura Brandt, 38, of Columbus, Ohio, said her family had driven 1,200 miles to Zion National Park
last June only to wait 50 minutes for a shuttle. Her husband, Mike Brandt, was less forgiving. "We
paid $35 to get in and the restrooms were locked by 4 o'clock," he said.

Sen. Joan Castellanos, D-N.M., who sits on the Senate Energy and Natural Resources Committee, said
in a post on X that the staffing cuts were "a self-inflicted wound that every family will feel at
the entrance gate." Rep. Wade Tolliver, R-Utah, whose district includes three national parks,
countered that the Park Service had "more money than it knows how to spend" and needed to "spend it
smarter."

In a filing in federal court in Washington on Monday, the Coalition to Protect America's National
Parks argued that the cuts had left parks unable to meet their legal duty to protect natural and
historic resources. The group, made up of more than 2,000 former park employees, wants a judge to
halt further reductions.

Molina's advice for the midday crush at Angels Landing, which rangers have nicknamed "the conga
line," is simple. "Go early, go midweek and have a Plan B," she said.
""", [
    # the headline: no report
    ("National parks are heading into what could be their busiest summer on record with "
     "about 2,400 fewer permanent employees than they had two years ago", I,
     "National Parks Conservation Association", "National Parks Conservation Association",
     "according to"),
    ("We are asking the same number of people to do the work of one and a half,", D,
     "Theresa Molina", "Theresa Molina", "said"),
    ("Something is going to give, and I'm afraid it's going to be visitor safety.", D,
     "Theresa Molina", "Theresa Molina", "said"),
    # a paragraph in marks with no cue after her own quotation: the same speaker
    ("When a hiker goes missing at 6 p.m., you want the person who knows that canyon. A lot "
     "of those people are gone now.", D, "Theresa Molina", None, None),
    # two reports holding fragments under one cue: the partial rows only
    ("remain fully committed to a safe and enjoyable visitor experience", P,
     "National Park Service", "The National Park Service", "said"),
    ("on track.", P, "National Park Service", "The National Park Service",
     ("said", 2)),
    # a name in apposition after a spokesperson's description
    ("the agency had hired more than 7,700 seasonal workers for the summer", I, "Ellis Crane",
     "Ellis Crane", "said"),
    ("even if I have to staff the desk myself.", P, "Gabriel Ortiz", "Gabriel Ortiz", "told"),
    ("whether any trails would close this summer", I, None, None, "Asked"),
    ("Not if we can help it. But I'm not going to promise something I can't deliver.", D,
     "Gabriel Ortiz", "he", "said"),
    ("her family had driven 1,200 miles to Zion National Park last June only to wait 50 "
     "minutes for a shuttle", I, "Laura Brandt", "Laura Brandt", "said"),
    ("We paid $35 to get in and the restrooms were locked by 4 o'clock,", D, "Mike Brandt",
     "he", "said"),
    ("a self-inflicted wound that every family will feel at the entrance gate.", P,
     "Joan Castellanos", "Joan Castellanos", "said"),
    ("more money than it knows how to spend", P, "Wade Tolliver", "Wade Tolliver",
     "countered"),
    ("spend it smarter.", P, "Wade Tolliver", "Wade Tolliver", "countered"),
    ("that the cuts had left parks unable to meet their legal duty to protect natural and "
     "historic resources", I, "Coalition to Protect America's National Parks",
     "the Coalition to Protect America's National Parks", "argued"),
    # "the conga line,": a nickname, no row
    ("Go early, go midweek and have a Plan B,", D, "Theresa Molina", "she", "said"),
])

doc("h60-irishnews-lough", """
Lough Neagh algae bloom 'worse than 2023', warn fishermen

Fishermen on Lough Neagh have warned that this summer's blue-green algae bloom is the worst they
have ever seen. Thick green scum, which locals call 'pea soup', now stretches along the shore from
Antrim to Ardboe.

'I've fished this lough for 46 years and I've never seen it like this,' said Ardboe fisherman Seamus
Quinn (68).

The Lough Neagh Fishermen's Co-operative said catches were down by 60 per cent on last year. Its
manager, Brendan Mallon, said: 'We are being asked to carry the cost of a problem we didn't cause.

'Farmers, sewage works, septic tanks - everybody knows what's going into this lough. What we need is
somebody at Stormont with the courage to do something about it.'

Environment minister Declan Corrigan told the Assembly on Monday that a new action plan for the
lough would be published 'before the end of the summer'. Mr Corrigan said the causes of the crisis
were 'complex and decades in the making' but insisted his department was 'not going to hide behind
that complexity'.

SDLP MLA Sinéad O'Hagan, whose Mid Ulster constituency borders the lough, accused the minister of
'publishing plans instead of cleaning water'. 'Every summer we get a press release,' she said.
'Every summer the lough gets worse, and every summer the department says, "Lessons will be
learned."'

A spokeswoman for the Department of Agriculture, Environment and Rural Affairs (Daera) said
inspections of farms in the catchment had increased by a third. Northern Ireland Water said in a
statement that it would invest £42 million in wastewater treatment works around the lough over the
next three years. 'We will not be found wanting,' the minister said later.

Dr Aoife Begley, a freshwater ecologist at Queen's University Belfast, said a warm spring and the
spread of invasive zebra mussels had combined with decades of nutrient run-off to create 'perfect
conditions' for the algae. 'The mussels have made the water clearer, so sunlight reaches further
down, and the algae love it,' she added.

The Public Health Agency has advised people not to let children or dogs into the water and to wash
their hands after any contact with it.
""", [
    # a headline's fragment and its cue after it; the lower-case words after the cue are
    # the mention, nobody named
    ("worse than 2023", P, None, "fishermen", "warn"),
    ("that this summer's blue-green algae bloom is the worst they have ever seen", I, None,
     "Fishermen on Lough Neagh", "warned"),
    # 'pea soup' after a present `call`: a term, no row
    ("I've fished this lough for 46 years and I've never seen it like this,", D,
     "Seamus Quinn", "Seamus Quinn", "said"),
    ("catches were down by 60 per cent on last year", I, "Lough Neagh Fishermen's Co-operative",
     "The Lough Neagh Fishermen's Co-operative", "said"),
    ("We are being asked to carry the cost of a problem we didn't cause.", D,
     "Brendan Mallon", "Brendan Mallon", "said"),
    # the second paragraph of the quotation: the mention and cue of the paragraph opening it
    ("Farmers, sewage works, septic tanks - everybody knows what's going into this lough. "
     "What we need is somebody at Stormont with the courage to do something about it.", D,
     "Brendan Mallon", ("Brendan Mallon", 1), ("said", 3)),
    ("before the end of the summer", P, "Declan Corrigan", "Declan Corrigan", "told"),
    ("complex and decades in the making", P, "Declan Corrigan", "Mr Corrigan", "said"),
    ("not going to hide behind that complexity", P, "Declan Corrigan", "Mr Corrigan",
     "insisted"),
    ("publishing plans instead of cleaning water", P, "Sinéad O'Hagan", "Sinéad O'Hagan",
     "accused"),
    ("Every summer we get a press release,", D, "Sinéad O'Hagan", "she", "said"),
    # the nested "Lessons will be learned." and its `says` are part of the outer row
    ('Every summer the lough gets worse, and every summer the department says, "Lessons '
     'will be learned."', D, "Sinéad O'Hagan", "she", "said"),
    ("inspections of farms in the catchment had increased by a third", I,
     "Department of Agriculture, Environment and Rural Affairs",
     "A spokeswoman for the Department of Agriculture, Environment and Rural Affairs",
     "said"),
    ("that it would invest £42 million in wastewater treatment works around the lough over "
     "the next three years", I, "Northern Ireland Water", "Northern Ireland Water", "said"),
    ("We will not be found wanting,", D, "Declan Corrigan", "the minister", "said"),
    # a report holding a fragment: the partial row only
    ("perfect conditions", P, "Aoife Begley", "Aoife Begley", "said"),
    ("The mussels have made the water clearer, so sunlight reaches further down, and the "
     "algae love it,", D, "Aoife Begley", "she", "added"),
    ("not to let children or dogs into the water and to wash their hands after any contact "
     "with it", I, "Public Health Agency", "The Public Health Agency", "advised"),
])

doc("h60-dpa-bahn", """
Deutsche Bahn boss admits punctuality target "out of reach"

Berlin (dpa) - Deutsche Bahn chief executive Katrin Wendt has told employees that the rail operator
will miss its punctuality target for long-distance trains this year.

"We will not reach the 65 per cent we set ourselves for 2026," Wendt wrote in a letter to staff seen
by dpa on Tuesday. "I would rather say that openly now than have to explain it in December."

Only 58.3 per cent of long-distance trains arrived on time between January and October, the company
said. Trains count as punctual if they arrive less than six minutes late.

Wendt blamed the ageing network and more than 1,000 construction sites. She said the so-called
"general renovation" of 40 heavily used corridors by 2035 would eventually make the railway "more
reliable than it has been for a generation".

Transport Minister Jonas Behrendt said the federal government was "not satisfied" and expected "a
credible plan, not new excuses". Speaking to dpa, he added: "The money is there. Now the trains have
to run."

"Passengers have been hearing the promise of a better railway for 20 years," said Lukas Oberländer,
spokesman for the passenger association Pro Bahn. "What they need is a train that leaves when the
timetable says it will."

The EVG rail union said the real problem was a shortage of staff. "Without people, no reform will
work," said EVG deputy chairwoman Sabine Krull. She said about 6,000 train drivers and signallers
would retire by 2030.

The business daily Handelsblatt reported on Wednesday that Deutsche Bahn was considering replacing
its punctuality measure with one based on the delays actually experienced by passengers. A company
spokesman declined to comment. Ticket prices for long-distance services will not rise in December,
it was announced last month.

At a press conference in Berlin, Behrendt was asked whether Wendt's job was safe. "She has my full
confidence," he said.
""", [
    # a headline's fragment after its cue's object: the boss is named in the lead
    ("out of reach", P, "Katrin Wendt", "Deutsche Bahn boss", "admits"),
    ("that the rail operator will miss its punctuality target for long-distance trains this "
     "year", I, "Katrin Wendt", "Katrin Wendt", "told"),
    ("We will not reach the 65 per cent we set ourselves for 2026,", D, "Katrin Wendt",
     "Wendt", "wrote"),
    ("I would rather say that openly now than have to explain it in December.", D,
     "Katrin Wendt", "Wendt", "wrote"),
    ("Only 58.3 per cent of long-distance trains arrived on time between January and "
     "October", I, "Deutsche Bahn", "the company", "said"),
    # `blamed` with an object: no row; "general renovation": a so-called term inside the
    # report, which holds a fragment: the partial row only
    ("more reliable than it has been for a generation", P, "Katrin Wendt", "She",
     ("said", 2)),
    ("not satisfied", P, "Jonas Behrendt", "Jonas Behrendt", "said"),
    ("a credible plan, not new excuses", P, "Jonas Behrendt", "Jonas Behrendt", "said"),
    ("The money is there. Now the trains have to run.", D, "Jonas Behrendt", "he", "added"),
    ("Passengers have been hearing the promise of a better railway for 20 years,", D,
     "Lukas Oberländer", "Lukas Oberländer", "said"),
    ("What they need is a train that leaves when the timetable says it will.", D,
     "Lukas Oberländer", "Lukas Oberländer", ("said", 4)),
    ("the real problem was a shortage of staff", I, "EVG", "The EVG rail union", "said"),
    ("Without people, no reform will work,", D, "Sabine Krull", "Sabine Krull", "said"),
    ("about 6,000 train drivers and signallers would retire by 2030", I, "Sabine Krull", "She",
     "said"),
    ("that Deutsche Bahn was considering replacing its punctuality measure with one based on "
     "the delays actually experienced by passengers", I, "Handelsblatt",
     "The business daily Handelsblatt", "reported"),
    # `declined to comment`: no row; a report with nobody named
    ("Ticket prices for long-distance services will not rise in December", I, None, None,
     "announced"),
    # a question put to him in the passive: nobody named asks it
    ("whether Wendt's job was safe", I, None, None, "asked"),
    ("She has my full confidence,", D, "Jonas Behrendt", "he", "said"),
])

doc("h60-japantimes-rice", """
Government to release more stockpiled rice as prices hit another record

The agriculture minister said Friday the government will release an additional 300,000 tons of rice
from its emergency stockpile. The average price of a 5-kilogram bag at supermarkets rose for the
11th straight week to a record ¥4,512, according to the Ministry of Agriculture, Forestry and
Fisheries.

“We will do whatever it takes to get rice back on store shelves at prices people can afford,”
Agriculture Minister Kenta Oshiro told reporters after a Cabinet meeting.

Oshiro said the ministry would ask major supermarket chains to sell the stockpiled rice for less
than ¥3,000 a bag. Asked whether the government had misjudged the shortage, he said: “I won’t say we
got everything right. Demand from tourists and the heat of 2023 hurt the harvest more than any of us
expected.”

Chief Cabinet Secretary Reiko Mizuno told a regular news conference that the government was “taking
the situation very seriously,” adding that rice had become “a matter of daily life for every
household.”

Tetsuya Kamiyama, policy chief of the main opposition Constitutional Democratic Party of Japan, said
on NHK’s “Sunday Debate” program that the government was “treating the symptoms while the patient
gets worse.”

Shoppers have felt the pinch in what some media have dubbed the “Reiwa rice crisis.” “I used to buy
Koshihikari without thinking about it. Now I buy whatever’s cheapest,” said Mariko Ueda, 44, a
part-time worker shopping with her daughter at a supermarket in Tokyo’s Setagaya Ward.

In Niigata Prefecture, the country’s largest rice-producing region, a 71-year-old farmer who grows
Koshihikari on 4 hectares said consumers had been paying “too little for too long.” “People are
angry at us now, but for 30 years nobody cared that we were losing money on every bag,” he said.

Some wholesalers have been holding back rice in anticipation of even higher prices, industry sources
said. JA Zen-Noh, the national federation of agricultural cooperatives, denied that it was hoarding
supplies, saying in a statement that it had shipped 95 percent of the rice it collected last fall.

The farmer, Shigeru Hasegawa, said he planned to plant more rice next spring than at any time in the
past decade. “My son lives in Tokyo. Even he asks me to send rice now,” Hasegawa said with a laugh.
""", [
    # the headline: no report; the minister is named in the next paragraph
    ("the government will release an additional 300,000 tons of rice from its emergency "
     "stockpile", I, "Kenta Oshiro", "The agriculture minister", "said"),
    ("The average price of a 5-kilogram bag at supermarkets rose for the 11th straight week "
     "to a record ¥4,512", I, "Ministry of Agriculture, Forestry and Fisheries",
     "the Ministry of Agriculture, Forestry and Fisheries", "according to"),
    ("We will do whatever it takes to get rice back on store shelves at prices people can "
     "afford,", D, "Kenta Oshiro", "Kenta Oshiro", "told"),
    ("the ministry would ask major supermarket chains to sell the stockpiled rice for less "
     "than ¥3,000 a bag", I, "Kenta Oshiro", "Oshiro", "said"),
    ("whether the government had misjudged the shortage", I, None, None, "Asked"),
    ("I won’t say we got everything right. Demand from tourists and the heat of 2023 hurt "
     "the harvest more than any of us expected.", D, "Kenta Oshiro", "he", "said"),
    ("taking the situation very seriously,", P, "Reiko Mizuno", "Reiko Mizuno", "told"),
    ("a matter of daily life for every household.", P, "Reiko Mizuno", "Reiko Mizuno",
     "adding"),
    # “Sunday Debate”: a programme's title between the cue and the report, no row
    ("treating the symptoms while the patient gets worse.", P, "Tetsuya Kamiyama",
     "Tetsuya Kamiyama", "said"),
    # “Reiwa rice crisis.”: a term after `dubbed`, no row
    ("I used to buy Koshihikari without thinking about it. Now I buy whatever’s cheapest,",
     D, "Mariko Ueda", "Mariko Ueda", "said"),
    # the farmer is named only in the last paragraph
    ("too little for too long.", P, "Shigeru Hasegawa", "a 71-year-old farmer", "said"),
    ("People are angry at us now, but for 30 years nobody cared that we were losing money "
     "on every bag,", D, "Shigeru Hasegawa", "he", "said"),
    ("Some wholesalers have been holding back rice in anticipation of even higher prices", I,
     None, "industry sources", ("said", 8)),
    ("that it was hoarding supplies", I, "JA Zen-Noh", "JA Zen-Noh", "denied"),
    ("that it had shipped 95 percent of the rice it collected last fall", I, "JA Zen-Noh",
     "JA Zen-Noh", "saying"),
    ("he planned to plant more rice next spring than at any time in the past decade", I,
     "Shigeru Hasegawa", "Shigeru Hasegawa", "said"),
    ("My son lives in Tokyo. Even he asks me to send rice now,", D, "Shigeru Hasegawa",
     "Hasegawa", "said"),
])

doc("h60-businessday-transnet", """
Transnet says Durban backlog will clear ‘by March’

Transnet expects the queue of vessels waiting to berth at the Port of Durban to clear by the end of
March, group CEO Thandeka Mokoena said on Tuesday as the state-owned logistics group reported a 12%
rise in interim profit.

“We have turned a corner on the waterside. The rail side is where our customers still feel the
pain,” Mokoena told analysts on a results call. “We're not going to pretend otherwise.”

She said the average waiting time for container vessels at Durban had fallen to 2.1 days from 5.6
days a year earlier. Transnet's chief financial officer, Pieter van Rensburg, said the group's
R140bn debt remained “a constraint on everything we want to do” but that it had not needed to draw
on the R47bn state guarantee this year.

“The numbers are better than the market feared, but one good half doesn't make a turnaround,” said
Anchen Botha, a transport analyst at Meridian Securities in Johannesburg. Botha said rail volumes,
which fell to 150 million tonnes last year, would have to rise by at least 10% before investors
would believe the recovery was real.

Transport Minister Lwazi Mthembu said in a written reply to a parliamentary question that the
process to bring private operators into the Durban Container Terminal would be concluded “within
this financial year”. The Durban Chamber of Commerce and Industry said in an emailed response that
its members were still paying what traders call the “Durban tax” on every container.

The United National Transport Union (Untu), which represents most of Transnet's workers, warned that
it would “not stand by” while terminals were handed to private companies. “Concessioning is
privatisation by another name,” the union's general secretary, Jabulani Ngcobo, said.

A senior executive at a global shipping line, who asked not to be named because his company does
business with Transnet, said the improvement at Durban was “real but fragile”. “One bad week of wind
and we are back where we started,” he said.

The company said it would not pay a dividend to the government this year. Mokoena, asked whether she
would seek more money from the Treasury, said: “Not this year. We have to earn the right to ask.”
""", [
    # a headline's report holding a fragment: the partial row only
    ("by March", P, "Transnet", ("Transnet", 1), "says"),
    # a report before its cue; `reported a 12% rise`: a plain object, no row
    ("Transnet expects the queue of vessels waiting to berth at the Port of Durban to clear "
     "by the end of March", I, "Thandeka Mokoena", "Thandeka Mokoena", "said"),
    ("We have turned a corner on the waterside. The rail side is where our customers still "
     "feel the pain,", D, "Thandeka Mokoena", "Mokoena", "told"),
    ("We're not going to pretend otherwise.", D, "Thandeka Mokoena", "Mokoena", "told"),
    ("the average waiting time for container vessels at Durban had fallen to 2.1 days from "
     "5.6 days a year earlier", I, "Thandeka Mokoena", "She", "said"),
    ("a constraint on everything we want to do", P, "Pieter van Rensburg",
     "Pieter van Rensburg", "said"),
    # `but that` after the fragment: a report of its own under the same cue
    ("that it had not needed to draw on the R47bn state guarantee this year", I,
     "Pieter van Rensburg", "Pieter van Rensburg", "said"),
    ("The numbers are better than the market feared, but one good half doesn't make a "
     "turnaround,", D, "Anchen Botha", "Anchen Botha", "said"),
    ("rail volumes, which fell to 150 million tonnes last year, would have to rise by at "
     "least 10% before investors would believe the recovery was real", I, "Anchen Botha",
     "Botha", "said"),
    ("within this financial year", P, "Lwazi Mthembu", "Lwazi Mthembu", ("said", 6)),
    # the “Durban tax” after a present `call`: a term inside the report, no row of its own
    ("that its members were still paying what traders call the “Durban tax” on every "
     "container", I, "Durban Chamber of Commerce and Industry",
     "The Durban Chamber of Commerce and Industry", "said"),
    ("not stand by", P, "United National Transport Union",
     "The United National Transport Union", "warned"),
    ("Concessioning is privatisation by another name,", D, "Jabulani Ngcobo",
     "Jabulani Ngcobo", "said"),
    ("real but fragile", P, None, "A senior executive at a global shipping line", "said"),
    ("One bad week of wind and we are back where we started,", D, None, "he", "said"),
    ("it would not pay a dividend to the government this year", I, "Transnet", "The company",
     "said"),
    ("whether she would seek more money from the Treasury", I, None, None, "asked"),
    ("Not this year. We have to earn the right to ask.", D, "Thandeka Mokoena", "Mokoena",
     "said"),
])

doc("h60-nzherald-cricket", """
“I just kept running in”: Maddox takes 10 as Black Caps square series

Finn Maddox took 10 wickets in the match as the Black Caps beat England by 97 runs at the Basin
Reserve yesterday to square the three-test series at 1-1.

“I just wanted to keep asking questions of them,” the 31-year-old said. “The pitch had a bit in it
on day one and then it went flat, so you’ve just got to keep running in and hope something happens.”

Maddox, who missed most of last summer with a stress fracture in his back, said there had been times
when he wondered whether he would play test cricket again. “There were some dark days in the gym in
Lincoln,” the all-rounder said.

Black Caps captain Hamish Reid described Maddox’s spell on the fourth evening, when England lost
four wickets for 11 runs, as “as good as anything I’ve seen from a New Zealander at home.” “He
bowled 14 overs into the wind and didn’t once ask to come off,” Reid said.

England captain Oliver Pryce was left to rue a collapse of seven wickets for 41 on the final
morning. “We got ourselves into a good position and then let it slip,” said the Englishman. “Do you
regret choosing to bat first?” one reporter asked. “Not for a second,” Pryce said. “We’d do the same
again tomorrow.”

New Zealand Cricket said in a statement that Maddox would be rested for the one-day series against
Sri Lanka next month to manage his workload. Head coach Gareth Kemp said the decision was “not up
for debate”, even if Maddox himself wanted to play.

Maddox, nicknamed “the Tractor” by team-mates for his capacity to bowl long spells, told the
“Nightwatchman” podcast last week that he had been “desperate” to play in Wellington, where he grew
up. His partner, the Silver Ferns netballer Aroha Tane, posted a photo of him with the caption:
“Told you so.”

The third and deciding test starts at Seddon Park in Hamilton on Friday. Reid said he expected
England to “come hard at us”. “They’re a proud side and they won’t enjoy reading about this,” he
said.
""", [
    # a colon headline: the signer before the verb, no cue
    ("I just kept running in", D, "Finn Maddox", "Maddox", None),
    # an age the text gives no one: the player the story follows
    ("I just wanted to keep asking questions of them,", D, "Finn Maddox", "the 31-year-old",
     "said"),
    ("The pitch had a bit in it on day one and then it went flat, so you’ve just got to keep "
     "running in and hope something happens.", D, "Finn Maddox", "the 31-year-old", "said"),
    ("there had been times when he wondered whether he would play test cricket again", I,
     "Finn Maddox", "Maddox", "said"),
    ("There were some dark days in the gym in Lincoln,", D, "Finn Maddox", "the all-rounder",
     "said"),
    ("as good as anything I’ve seen from a New Zealander at home.", P, "Hamish Reid",
     "Hamish Reid", "described"),
    ("He bowled 14 overs into the wind and didn’t once ask to come off,", D, "Hamish Reid",
     "Reid", "said"),
    ("We got ourselves into a good position and then let it slip,", D, "Oliver Pryce",
     "the Englishman", "said"),
    # a reporter's question in marks: the asker's, nobody named
    ("Do you regret choosing to bat first?", D, None, "one reporter", "asked"),
    ("Not for a second,", D, "Oliver Pryce", "Pryce", "said"),
    ("We’d do the same again tomorrow.", D, "Oliver Pryce", "Pryce", "said"),
    ("that Maddox would be rested for the one-day series against Sri Lanka next month to "
     "manage his workload", I, "New Zealand Cricket", "New Zealand Cricket", "said"),
    ("not up for debate", P, "Gareth Kemp", "Gareth Kemp", "said"),
    # “the Tractor”: a nickname, “Nightwatchman”: a podcast's title, no rows; the report
    # holding a fragment: the partial row only
    ("desperate", P, "Finn Maddox", "Maddox", "told"),
    ("Told you so.", D, "Aroha Tane", "Aroha Tane", "posted"),
    ("come hard at us", P, "Hamish Reid", "Reid", "said"),
    ("They’re a proud side and they won’t enjoy reading about this,", D, "Hamish Reid", "he",
     "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout60.jsonl"))
