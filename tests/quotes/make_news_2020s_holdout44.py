#!/usr/bin/python3
"""Builds news_2020s_holdout44.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer30 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).
Measured blind by the lead at the start of s26 (all kinds end-to-end 82.91), then read for
its rules (docs/quotes.md): no longer blind.

- h44-npr-controllers, an NPR US policy story with curly double marks and curly apostrophes:
  a cueless headline; fall’s; a bill's name in marks, the “Clear Skies Paycheck Act,”; `“…,”
  Sen. X, D-Minn., one of the bill’s lead sponsors, said at a news conference .... “…”`;
  `said the bill was “…”` (a fragment) and `He said the trust fund ...`; `“…,” he told
  NPR.`; a quotation whose speaker is named only in the next sentence, `That is how X, a
  controller at ..., describes ...`, then `Ruiz, who ... since the late ’90s, says she ...`;
  `In an interview with NPR’s Morning Edition, X, president of Y, said that “…”`; `The union
  has long argued that ...`; `“…,” she said. “…”` (can’t); `The FAA said in a statement that
  it “…” of ...` (the Federal Aviation Administration; a fragment); `Rep. X, R-Texas, ...,
  wrote on X: “…”` (It’s); unnamed `Some House Democrats ... have said ...`; `The White House
  did not respond to NPR’s request for comment.` (no row); `According to the Department of
  Transportation, ...`; `Pell said ...` and `“…,” she said.` (we’ve).
- h44-sky-hosepipe, a Sky News UK story with straight single marks and straight apostrophes:
  a headline's `Water boss says reservoirs at '…'` holding '90s just before its closing mark
  (the boss is named in the text); `X, which supplies ..., said ...`; `Its chief executive,
  X, said: '…'` (O'Neill; don't, We've, hasn't); `Speaking to Sky News, he added: '…'` (I'd,
  It'll); a paragraph that opens with a quotation and no cue after his own (can't); the
  nickname 'the Bathtub'; `..., according to the Met Office.`; `told Sky News the government
  was '…'` (a fragment) and `'…,' the minister said. '…'` (It's); `X tweeted: '…'` holding
  Dales Water's; `who has grown vegetables ... since the '80s and once appeared on
  'Gardeners' World', said ...` (a title whose apostrophe sits before its closing mark);
  `'…,' she said. '…'` (can't, I'm); `The RSPCA said ...` and `It also warned that ...`
  (dogs' twice); `The organisers of Skipton's annual rock 'n' roll weekend said ..., but that
  ...` (one report; never named) and `'…,' they said.` (We'd); `A spokesperson for the
  Environment Agency said ...`.
- h44-aj-drc-summit, an Al Jazeera world story from a summit with straight double marks: a
  cueless headline; `"…," Kenya's foreign minister, X, told delegates ...`; `Asked by
  reporters whether ..., X said: "…"`; `Kinshasa accuses Rwanda of backing M23 ..., a charge
  Kigali has always denied.` (no clause: no row); a quotation whose speaker is named only in
  the next sentence, `X said this as he arrived ..., adding that ... "…" from ...` (a
  fragment); `X wrote on X that Kigali would "…"` holding Kinshasa's, then `She said ...`;
  `M23, which ..., said in a statement on Friday that ...`; `"…," the group's spokesman, X,
  told Al Jazeera by phone from Goma.`; `Al Jazeera's X, reporting from Nairobi, said ...` and
  `"…," she said. "…"`; `X told Al Jazeera she had ...` and `"…," the mother of four said.`
  (We've; `They tell us ...` inside); the term "paper peace"; `..., according to the United
  Nations Office for the Coordination of Humanitarian Affairs (OCHA).` and `OCHA said ... that
  ... and that ...` (one report); `Wambugu told reporters that ...`.
- h44-ht-tiruppur, a Hindustan Times business story with straight double marks: a cueless
  headline; a lede reporting before `, industry representatives said on Tuesday.` (Nadu's);
  `"…," X, president of the Tiruppur Exporters' Association (TEA), told HT.` and `He said
  ...`; `..., according to TEA estimates.`; a listed company's `said in an exchange filing
  ... that ... and that ...` (one report); `"…," said X, managing director of Y, "…"` split in
  the middle of its sentence; `Iyer said ..., but that "…"` (a fragment); a real minister's
  `said that "…" and that the government would "…" ...` (two fragments in one report); an
  unnamed `A senior commerce ministry official, who asked not to be named, said ... was "…"`;
  `..., according to data from the Apparel Export Promotion Council (AEPC).` and `The council
  said in a statement that ... were "…"`; Workers' in a union's name, `X, district secretary
  of ..., said ...` and `"…," he said. "…"` (owners', workers'); the so-called "China plus
  one" strategy; `Analysts at X wrote in a note on Tuesday that ...` (Tiruppur's).
- h44-espn-ao-quarterfinal, an ESPN tennis match report with curly double marks and curly
  apostrophes: a cueless headline; `“…,” Kovalenko said in her on-court interview, .... “…”`
  (don’t; `She told me ...` inside); the nickname “the Hurricane,”; Marchetti’s; `“…,” said
  X, who has coached ... “…”` holding it’s rock ’n’ roll; `she said she had “…” after ...` (a
  fragment); a reporter's question, `“…?” one reporter asked.`, and the answer `“…,”
  Marchetti said, before a long pause. “…”` (It’s); `Asked whether ..., the 24-year-old
  smiled. “…,” she said.`; `Reyes ... declined to comment.` (no row); `Kovalenko told ESPN
  after the match that ...` (grandmother’s); `“…,” the Ukrainian said.`; `posted on Instagram:
  “…”`; `Tennis Australia tweeted that ...` (Tuesday’s, women’s); `said the teenager was “…”`
  (a fragment).
- h44-abc-plovers, an ABC (Australia) local story on a council meeting with straight double
  marks: a cueless headline; `Dog owners ... say they feel "…" after ...` (a fragment; never
  named); night's; `"…," Mayor X said. "…"`; `Cr X, who voted against the ban, said the
  council had "…", in which ...` (O'Dwyer; a fragment); `"…," he said.` and a paragraph that
  opens with a quotation and no cue after his own (won't); a question from the public
  gallery, `one resident asked: "…?"`, and the answer `The council's chief executive, X,
  replied that ..., and that ...` (one report); the nickname "the Pup Patch"; `who has walked
  her two kelpies ... since the '90s, told the ABC: "…"` (It's, dogs' twice); a group's name
  "Save Our Beach Walks"; a quotation whose speaker is named only in the next sentence, `That
  was how X coordinator Y described ...`; `Her group said in a statement it was "…"`; `...,
  according to BirdLife Australia.`; `Cr Hearn said ...`; `Moyne Shire Council said in a
  statement on Wednesday that ...`.
- h44-cbc-inquest, a CBC News coroner's inquest story with a curly single-marked headline and
  curly double marks in the body: a headline's `Mine supervisor tells inquest he ‘…’` (a
  fragment; the supervisor is named in the text); a lede's `A shift supervisor ... told a
  coroner’s inquest ... that ..., but that no one above him “…”` (a fragment) for the witness
  named in the next paragraph; `Doucette told the five-person jury that he had reported “…”
  ...` (night’s; a fragment); counsel's question `“…?” asked X, a lawyer representing ...`
  and the witness's answer split by `Doucette replied.`; `Under cross-examination by X, a
  lawyer for ..., Doucette agreed that ...` (mine’s); `“…,” Greer said.` and `“…,” the
  witness answered. “…”` (I’ve); a company's `In a statement of defence filed in a civil
  lawsuit ..., X argued that ...`; `..., according to the Ministry of Labour, Immigration,
  Training and Skills Development.`; `Presiding coroner Dr. X reminded jurors that an inquest
  “…”` (a fragment); `Jordan Beaulieu’s mother, Lise Beaulieu, read a short statement to
  reporters:` opening a quotation over three paragraphs, each re-opening the mark and only
  the last closing it (it’s, didn’t); `X, president of United Steelworkers Local 7135, ...,
  told CBC News that the testimony “…”` (a fragment) and `He said ...`.

Not rows: nicknames, terms and names in marks (“Clear Skies Paycheck Act,”, 'the Bathtub',
"paper peace", "China plus one", “the Hurricane,”, "the Pup Patch", "Save Our Beach Walks"),
a title of a work ('Gardeners' World'), speech inside a quotation (`They tell us peace is
coming`, `She told me to be in bed by 11`, `Nobody said it in those words`), the apostrophes
(fall’s, bill’s, It’s, FAA’s, ’90s, NPR’s, I’ve, can’t, we’ve, '90s, O'Neill, don't, We've,
hasn't, I'd, It'll, can't, It's, Dales Water's, '80s, Gardeners', I'm, dogs', Skipton's,
'n', We'd, Kenya's, Rwanda's, Kinshasa's, group's, Jazeera's, We've, Nadu's, Exporters',
India's, cluster's, Workers', owners', workers', Tiruppur's, don’t, Marchetti’s, it’s, ’n’,
grandmother’s, Tuesday’s, women’s, night's, O'Dwyer, won't, council's, coroner’s, night’s,
mine’s, Beaulieu’s, didn’t), headlines without a cue, deeds and accusations without a
reported clause (`seek loan moratorium`, `accuses Rwanda of backing M23`, `a charge Kigali
has always denied`, `did not respond to NPR’s request for comment`, `declined to comment`,
`voted 5-2`).
7 articles, 18,933 characters; 116 quotations: direct 55, partial 22, indirect 39.

Annotated by the conventions of make_news_2020s.py and SPEC, as in make_news_2020s_holdout39:
the speaker is the canonical name (the entity's fullest name in the article, without titles
such as Sen., Rep., Mayor, Cr or Dr.; an acronym the text defines or uses for a body it names
in full takes the long form: OCHA, TEA, the FAA) or None when the text names nobody who can
be the speaker (industry representatives, an unnamed official, organisers, a reporter, a
resident, dog owners); a report holding a quoted fragment gives only the partial row; an
indirect span is the reported clause with its leading `that`, without a closing period, and
`said ... and that ...` is one report; `Asked whether ...` gives an indirect row for the
question, with the asker when the text names one; a quotation split by its attribution gives
one row per segment with the same mention and cue; a quotation paragraph with no cue after
the speaker's own quotation is that speaker's, with no mention and no cue; a quotation over
several paragraphs gives one row per paragraph, all with the mention and cue of the paragraph
that opens it; a quotation whose speaker is named only in the next sentence takes that
sentence's name and verb; a spokesperson, a union, a council or a group speaks for the body
named; a description (`Water boss`, `Mine supervisor`, `A shift supervisor`, `the minister`,
`the Ukrainian`, `the witness`, `the mother of four`, `The union`, `The council`, `Her group`)
stands for the person or body the text names.
All people are invented (Marcia Pell, Grant Hollister, Dana Ruiz, Renee Whitford, Cole
Brantley, Graham O'Neill, Helen Carrow, Josh Penrose, Kath Brennan, Joseph Wambugu, Patrice
Ilunga, Claudine Uwase, Jean-Bosco Kalisa, Nadia Okello, Esperance Mukeba, R Senthilkumar,
Vandana Iyer, M Chandran, Dariya Kovalenko, Elise Marchetti, Oleh Savchuk, Tomas Reyes, Katya
Holm, Mia Lindqvist, Bronwyn Hearn, Liam O'Dwyer, David Rowe, Tess McAlister, Ruth Ambrose,
Marc Doucette, Jordan Beaulieu, Ray Kakegamic, Rebecca Stonechild, Alistair Greer, Helen
Mackay, Lise Beaulieu, Dave Lachance) except Piyush Goyal, India's commerce minister, whose
words are invented; invented too are the posts some of them hold in real governments (Kenya's
foreign minister, the Congolese foreign minister, Rwanda's government spokesperson, a UK water
minister), Dales Water, the Clear Skies Paycheck Act, Sreevatsa Knit Fashions, the Tiruppur
Knitwear Workers' Union, Meridian Institutional Equities, Port Fairy Plover Watch, Save Our
Beach Walks, the Rainy Lake Mine, Rainy Lake Gold, United Steelworkers Local 7135, every
event, quotation and figure; the real bodies that speak (the Federal Aviation Administration,
the National Air Traffic Controllers Association, the Department of Transportation, the Met
Office, the RSPCA, the Environment Agency, M23, OCHA, the Tiruppur Exporters' Association, the
Apparel Export Promotion Council, Tennis Australia, Moyne Shire Council, BirdLife Australia,
the Ministry of Labour, Immigration, Training and Skills Development) are given invented
words, and the real outlets (NPR, Sky News, Al Jazeera, HT, ESPN, the ABC, CBC News) only
receive them.

Built with make_news_2020s.py's helpers, imported as the other holdout builders import them.
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

usage: make_news_2020s_holdout44.py [OUT.jsonl]   (default: news_2020s_holdout44.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h44-npr-controllers", """
Senators want air traffic controllers paid through the next shutdown

A bipartisan group of senators introduced a bill on Wednesday that would keep air traffic
controllers and other aviation safety workers on the payroll during any future government shutdown,
after last fall’s record-long funding lapse snarled flights across the country for weeks.

The measure, which its sponsors have dubbed the “Clear Skies Paycheck Act,” would let the Federal
Aviation Administration draw on the Airport and Airway Trust Fund, which is paid for largely by
taxes on airline tickets, to cover salaries whenever Congress fails to pass a budget on time.

“Controllers kept showing up for six weeks without a paycheck. Some of them were delivering
groceries at night to make rent,” Sen. Marcia Pell, D-Minn., one of the bill’s lead sponsors, said
at a news conference at the Capitol. “We should never ask that of them again.”

Her Republican co-sponsor, Sen. Grant Hollister of Kansas, said the bill was “not a bailout and not
a loophole.” He said the trust fund held more than $15 billion at the end of the last fiscal year,
enough to cover controller pay for well over a year.

“It’s the one corner of the government where a missed paycheck can turn into a missed approach,” he
told NPR.

“By week five, I was working some of the busiest airspace in the country on four hours of sleep.”
That is how Dana Ruiz, a controller at the FAA’s Atlanta center, describes the end of the shutdown.
Ruiz, who has guided planes in and out of Hartsfield-Jackson since the late ’90s, says she took a
second job stocking shelves overnight to keep up with her car payments.

In an interview with NPR’s Morning Edition, Renee Whitford, president of the National Air Traffic
Controllers Association, said that “morale is the lowest I’ve seen in 25 years.” The union has long
argued that the FAA is thousands of controllers short of what it needs.

“You can’t hire your way out of a shortage when people are quitting because they can’t pay the
mortgage,” she said. “And every shutdown, we lose more of them.”

The FAA said in a statement that it “supports the goal” of keeping safety workers paid but does not
comment on pending legislation.

Not everyone on Capitol Hill is convinced. Rep. Cole Brantley, R-Texas, a member of the House
Freedom Caucus, wrote on X: “If you want controllers paid, pass a budget. It’s not complicated.”
Some House Democrats, meanwhile, have said they would rather end shutdowns altogether by
automatically extending funding whenever a deadline passes.

The White House did not respond to NPR’s request for comment.

According to the Department of Transportation, more than 9,000 flights were canceled in the final
two weeks of the shutdown, after the FAA ordered airlines to trim schedules at dozens of major
airports.

Pell said she hoped to attach the bill to the next must-pass spending package. “If we wait for the
next shutdown to fix this, we’ve already failed,” she said.
""", [
    # the headline has no cue; fall’s closes nothing; “Clear Skies Paycheck Act,”: a bill's
    # name, no row
    ("Controllers kept showing up for six weeks without a paycheck. Some of them were "
     "delivering groceries at night to make rent,", D, "Marcia Pell", "Marcia Pell", "said"),
    ("We should never ask that of them again.", D, "Marcia Pell", "Marcia Pell", "said"),
    # a report holding a fragment: the partial row only
    ("not a bailout and not a loophole.", P, "Grant Hollister", "Grant Hollister", "said"),
    ("the trust fund held more than $15 billion at the end of the last fiscal year, enough "
     "to cover controller pay for well over a year", I, "Grant Hollister", "He", "said"),
    ("It’s the one corner of the government where a missed paycheck can turn into a missed "
     "approach,", D, "Grant Hollister", "he", "told"),
    # the speaker is named only in the next sentence
    ("By week five, I was working some of the busiest airspace in the country on four hours "
     "of sleep.", D, "Dana Ruiz", "Dana Ruiz", "describes"),
    # ’90s opens nothing
    ("she took a second job stocking shelves overnight to keep up with her car payments", I,
     "Dana Ruiz", "Ruiz", "says"),
    # `said that “…”`: a fragment inside the writer's sentence
    ("morale is the lowest I’ve seen in 25 years.", P, "Renee Whitford", "Renee Whitford",
     "said"),
    # `The union` for the National Air Traffic Controllers Association
    ("that the FAA is thousands of controllers short of what it needs", I,
     "National Air Traffic Controllers Association", "The union", "argued"),
    ("You can’t hire your way out of a shortage when people are quitting because they can’t "
     "pay the mortgage,", D, "Renee Whitford", "she", "said"),
    ("And every shutdown, we lose more of them.", D, "Renee Whitford", "she", "said"),
    # `The FAA` for the Federal Aviation Administration; a report holding a fragment
    ("supports the goal", P, "Federal Aviation Administration", "The FAA", "said"),
    ("If you want controllers paid, pass a budget. It’s not complicated.", D, "Cole Brantley",
     "Cole Brantley", "wrote"),
    ("they would rather end shutdowns altogether by automatically extending funding whenever "
     "a deadline passes", I, None, "Some House Democrats", "said"),
    # `did not respond to NPR’s request`: no row
    ("more than 9,000 flights were canceled in the final two weeks of the shutdown, after the "
     "FAA ordered airlines to trim schedules at dozens of major airports", I,
     "Department of Transportation", "the Department of Transportation", "According to"),
    ("she hoped to attach the bill to the next must-pass spending package", I, "Marcia Pell",
     "Pell", "said"),
    ("If we wait for the next shutdown to fix this, we’ve already failed,", D, "Marcia Pell",
     "she", "said"),
])

doc("h44-sky-hosepipe", """
Yorkshire hosepipe ban: Water boss says reservoirs at 'lowest since the '90s'

More than 1.8 million homes in Yorkshire will be banned from using hosepipes from Friday, after the
driest spring in the region for more than a century.

Dales Water, which supplies homes across North and West Yorkshire, said its reservoirs were 46%
full, compared with about 80% at this time in a normal year.

Its chief executive, Graham O'Neill, said: 'We don't take this decision lightly. We've been moving
water around the region for months to avoid it, but the rain simply hasn't come.'

Speaking to Sky News, he added: 'I'd ask everyone to think about every drop. Water your plants in
the evening, use a watering can, and let the lawn go brown. It'll come back.'

'What we can't do is let the reservoirs run dry in August because we were too polite to ask in May.'

The ban, formally known as a temporary use ban, covers watering gardens with a hose, filling
paddling pools and washing cars. Anyone caught breaking it faces a fine of up to £1,000.

Yorkshire received just 41% of its average spring rainfall between March and May, according to the
Met Office. Gouthwaite reservoir in Nidderdale, known to walkers as 'the Bathtub', has shrunk so far
that the walls of a drowned farmhouse have reappeared.

Water minister Helen Carrow told Sky News the government was 'watching the situation hour by hour'.
'Nobody should be filling a hot tub this week,' the minister said. 'It's common sense.'

Liberal Democrat MP Josh Penrose tweeted: 'Sewage in our rivers all winter, and now no water in our
taps all summer. Dales Water's bosses should be answering questions, not handing out fines.'

Allotment holder Kath Brennan, 64, who has grown vegetables in Harrogate since the '80s and once
appeared on 'Gardeners' World', said the timing could not be worse.

'My runner beans have only just gone in,' she said. 'If I can't use the hose, I'm carrying cans up
that hill twice a day. At my age!'

The RSPCA said dog owners should keep topping up dogs' water bowls, which are not affected by the
ban. It also warned that pavements could burn dogs' paws by mid-afternoon.

The organisers of Skipton's annual rock 'n' roll weekend said the event would go ahead next month,
but that its charity classic car wash had been cancelled. 'We'd rather lose the car wash than lose
the goodwill of the town,' they said.

A spokesperson for the Environment Agency said the national drought group would meet on Thursday to
discuss whether other regions needed similar restrictions.
""", [
    # a headline's report holding a fragment ('90s inside it): the partial row only; the
    # boss is named in the text
    ("lowest since the '90s", P, "Graham O'Neill", "Water boss", "says"),
    ("its reservoirs were 46% full, compared with about 80% at this time in a normal year", I,
     "Dales Water", "Dales Water", "said"),
    # O'Neill opens nothing; don't, We've, hasn't inside
    ("We don't take this decision lightly. We've been moving water around the region for "
     "months to avoid it, but the rain simply hasn't come.", D, "Graham O'Neill",
     "Graham O'Neill", "said"),
    ("I'd ask everyone to think about every drop. Water your plants in the evening, use a "
     "watering can, and let the lawn go brown. It'll come back.", D, "Graham O'Neill", "he",
     "added"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("What we can't do is let the reservoirs run dry in August because we were too polite to "
     "ask in May.", D, "Graham O'Neill", None, None),
    ("Yorkshire received just 41% of its average spring rainfall between March and May", I,
     "Met Office", "the Met Office", "according to"),
    # 'the Bathtub': a nickname, no row; a report holding a fragment: the partial row only
    ("watching the situation hour by hour", P, "Helen Carrow", "Helen Carrow", "told"),
    # `the minister` for Helen Carrow
    ("Nobody should be filling a hot tub this week,", D, "Helen Carrow", "the minister",
     "said"),
    ("It's common sense.", D, "Helen Carrow", "the minister", "said"),
    # Dales Water's inside the quotation closes nothing
    ("Sewage in our rivers all winter, and now no water in our taps all summer. Dales Water's "
     "bosses should be answering questions, not handing out fines.", D, "Josh Penrose",
     "Josh Penrose", "tweeted"),
    # '80s and the title 'Gardeners' World' (its apostrophe before the closing mark): no rows
    ("the timing could not be worse", I, "Kath Brennan", "Kath Brennan", "said"),
    ("My runner beans have only just gone in,", D, "Kath Brennan", "she", "said"),
    ("If I can't use the hose, I'm carrying cans up that hill twice a day. At my age!", D,
     "Kath Brennan", "she", "said"),
    # dogs' twice, outside any quotation
    ("dog owners should keep topping up dogs' water bowls, which are not affected by the ban",
     I, "RSPCA", "The RSPCA", "said"),
    ("that pavements could burn dogs' paws by mid-afternoon", I, "RSPCA", "It", "warned"),
    # Skipton's and rock 'n' roll; the organisers are never named; `said ..., but that ...`
    # is one report
    ("the event would go ahead next month, but that its charity classic car wash had been "
     "cancelled", I, None, "The organisers", "said"),
    ("We'd rather lose the car wash than lose the goodwill of the town,", D, None, "they",
     "said"),
    ("the national drought group would meet on Thursday to discuss whether other regions "
     "needed similar restrictions", I, "Environment Agency",
     "A spokesperson for the Environment Agency", "said"),
])

doc("h44-aj-drc-summit", """
East African leaders meet in Nairobi as fighting spreads in eastern DRC

Leaders from across East and Central Africa have gathered in the Kenyan capital, Nairobi, for an
emergency summit on the conflict in the eastern Democratic Republic of the Congo, where renewed
fighting between the Congolese army and M23 rebels has forced tens of thousands more people from
their homes this month.

"The guns must fall silent before the rains come, or we will be burying children instead of talking
about them," Kenya's foreign minister, Joseph Wambugu, told delegates at the opening session on
Saturday.

Asked by reporters whether Rwanda's president would attend, Wambugu said: "The invitation was sent.
The chair is still empty."

Kinshasa accuses Rwanda of backing M23 with troops and weapons, a charge Kigali has always denied.

"We did not come to Nairobi to sign another piece of paper for the cameras." Congolese Foreign
Minister Patrice Ilunga said this as he arrived at the summit venue, adding that any ceasefire must
include the withdrawal of "every foreign soldier" from Congolese soil.

Rwanda's government spokesperson, Claudine Uwase, wrote on X that Kigali would "not be made the
scapegoat for Kinshasa's failures". She said Rwanda's delegation would be led by its foreign
minister.

M23, which has held the city of Goma since early 2025, said in a statement on Friday that it would
send a delegation to Nairobi but would not withdraw from any territory under its control.

"We are ready to talk anywhere, with anyone. But we will not talk with a gun to our heads," the
group's spokesman, Jean-Bosco Kalisa, told Al Jazeera by phone from Goma.

Al Jazeera's Nadia Okello, reporting from Nairobi, said the mood among delegates was cautious.
"Everyone here remembers that the last ceasefire lasted barely three weeks," she said. "Nobody wants
to be the one who walks out first."

In Minova, a lakeside town in South Kivu province, 34-year-old Esperance Mukeba told Al Jazeera she
had fled her village twice in six months. "They tell us peace is coming. We've heard that since I
was a girl," the mother of four said.

Diplomats at the summit have taken to calling the long string of stalled agreements the "paper
peace".

More than seven million people are displaced inside the DRC, according to the United Nations Office
for the Coordination of Humanitarian Affairs (OCHA). OCHA said on Friday that aid warehouses in
Uvira had been looted and that at least 40 health centres in South Kivu had closed.

The summit is due to end on Sunday with a joint communique. Wambugu told reporters that the leaders
would push for a 90-day truce monitored by African Union observers.
""", [
    # the headline has no cue
    ("The guns must fall silent before the rains come, or we will be burying children "
     "instead of talking about them,", D, "Joseph Wambugu", "Joseph Wambugu", "told"),
    # a question asked by reporters nobody names
    ("whether Rwanda's president would attend", I, None, "reporters", "Asked"),
    ("The invitation was sent. The chair is still empty.", D, "Joseph Wambugu", "Wambugu",
     "said"),
    # `accuses Rwanda of backing M23`, `a charge Kigali has always denied`: no clause, no row
    # the speaker is named only in the next sentence
    ("We did not come to Nairobi to sign another piece of paper for the cameras.", D,
     "Patrice Ilunga", "Patrice Ilunga", "said"),
    # a report holding a fragment: the partial row only
    ("every foreign soldier", P, "Patrice Ilunga", "Patrice Ilunga", "adding"),
    # Kinshasa's inside the fragment closes nothing
    ("not be made the scapegoat for Kinshasa's failures", P, "Claudine Uwase",
     "Claudine Uwase", "wrote"),
    ("Rwanda's delegation would be led by its foreign minister", I, "Claudine Uwase", "She",
     "said"),
    ("that it would send a delegation to Nairobi but would not withdraw from any territory "
     "under its control", I, "M23", "M23", "said"),
    ("We are ready to talk anywhere, with anyone. But we will not talk with a gun to our "
     "heads,", D, "Jean-Bosco Kalisa", "Jean-Bosco Kalisa", "told"),
    ("the mood among delegates was cautious", I, "Nadia Okello", "Nadia Okello", "said"),
    ("Everyone here remembers that the last ceasefire lasted barely three weeks,", D,
     "Nadia Okello", "she", "said"),
    ("Nobody wants to be the one who walks out first.", D, "Nadia Okello", "she", "said"),
    ("she had fled her village twice in six months", I, "Esperance Mukeba",
     "Esperance Mukeba", "told"),
    # `the mother of four` for Esperance Mukeba; `They tell us ...` inside: no row
    ("They tell us peace is coming. We've heard that since I was a girl,", D,
     "Esperance Mukeba", "the mother of four", "said"),
    # "paper peace": a term, no row; OCHA, defined in parentheses, takes the long form
    ("More than seven million people are displaced inside the DRC", I,
     "United Nations Office for the Coordination of Humanitarian Affairs",
     "the United Nations Office for the Coordination of Humanitarian Affairs",
     "according to"),
    ("that aid warehouses in Uvira had been looted and that at least 40 health centres in "
     "South Kivu had closed", I,
     "United Nations Office for the Coordination of Humanitarian Affairs", "OCHA", "said"),
    ("that the leaders would push for a 90-day truce monitored by African Union observers",
     I, "Joseph Wambugu", "Wambugu", "told"),
])

doc("h44-ht-tiruppur", """
US tariffs bite: Tiruppur knitwear units cut shifts, seek loan moratorium

Garment exporters in Tamil Nadu's Tiruppur knitwear hub have cut night shifts and put orders worth
nearly ₹4,000 crore on hold after American buyers demanded steep discounts to offset the 50% US
tariff on Indian goods, industry representatives said on Tuesday.

"We have units that ran three shifts in January and are running one now. Nobody has been sacked yet,
but hours are being cut everywhere," R Senthilkumar, president of the Tiruppur Exporters'
Association (TEA), told HT.

He said the association had written to the Union commerce ministry seeking a one-year moratorium on
loan repayments and an extension of the interest equalisation scheme for exporters.

Tiruppur accounts for about ₹40,000 crore of India's knitwear exports a year, and the US is its
largest single market, according to TEA estimates.

Sreevatsa Knit Fashions, one of the cluster's largest listed exporters, said in an exchange filing
on Monday that its biggest US customer had deferred orders for the autumn season and that it
expected revenue for the September quarter to fall by 18-20%. Its shares closed 6.2% lower at
₹412.35 on the NSE on Tuesday.

"The buyers are asking us to absorb the entire tariff," said Vandana Iyer, managing director of
Sreevatsa Knit Fashions, "and at 8% margins, that is simply not possible."

Iyer said the company was in talks with buyers in the UK and the Gulf, but that "nobody replaces an
American order overnight".

Union commerce minister Piyush Goyal, speaking at an industry event in Mumbai on Monday, said that
"Indian exporters have weathered worse storms" and that the government would "stand firmly behind"
labour-intensive sectors.

A senior commerce ministry official, who asked not to be named, said a relief package for textiles,
leather and marine products was "in the final stages of inter-ministerial consultation" and could be
announced before Diwali.

Apparel exports to the US fell 21% year-on-year in the April-September period, according to data
from the Apparel Export Promotion Council (AEPC). The council said in a statement that Bangladesh
and Vietnam, which face lower US tariffs, were "picking up orders that were ours a year ago".

The tariff has also hit workers. M Chandran, district secretary of the Tiruppur Knitwear Workers'
Union, said nearly 40,000 migrant workers from Bihar, Odisha and Jharkhand had gone home since
August.

"When the shift goes, the room rent still has to be paid. Many of them simply packed up and left,"
he said. "The owners' problem becomes the workers' problem within a week."

Many US retailers had moved orders to Tiruppur under the so-called "China plus one" strategy only
two years ago. Analysts at Meridian Institutional Equities wrote in a note on Tuesday that
Tiruppur's share of US knitwear imports could fall by a third this financial year if the tariff
stayed in place.
""", [
    # the headline has no cue; Nadu's closes nothing; never named
    ("Garment exporters in Tamil Nadu's Tiruppur knitwear hub have cut night shifts and put "
     "orders worth nearly ₹4,000 crore on hold after American buyers demanded steep discounts "
     "to offset the 50% US tariff on Indian goods", I, None, "industry representatives",
     "said"),
    # Exporters' closes nothing
    ("We have units that ran three shifts in January and are running one now. Nobody has "
     "been sacked yet, but hours are being cut everywhere,", D, "R Senthilkumar",
     "R Senthilkumar", "told"),
    ("the association had written to the Union commerce ministry seeking a one-year "
     "moratorium on loan repayments and an extension of the interest equalisation scheme "
     "for exporters", I, "R Senthilkumar", "He", "said"),
    # TEA, defined in parentheses, takes the long form
    ("Tiruppur accounts for about ₹40,000 crore of India's knitwear exports a year, and the "
     "US is its largest single market", I, "Tiruppur Exporters' Association", "TEA",
     "according to"),
    # a company's filing; `said ... and that ...` is one report
    ("that its biggest US customer had deferred orders for the autumn season and that it "
     "expected revenue for the September quarter to fall by 18-20%", I,
     "Sreevatsa Knit Fashions", "Sreevatsa Knit Fashions", "said"),
    # split by `said X, title of Y,` in the middle of a sentence
    ("The buyers are asking us to absorb the entire tariff,", D, "Vandana Iyer",
     "Vandana Iyer", "said"),
    ("and at 8% margins, that is simply not possible.", D, "Vandana Iyer", "Vandana Iyer",
     ("said", 4)),
    # a report holding a fragment: the partial row only
    ("nobody replaces an American order overnight", P, "Vandana Iyer", "Iyer", "said"),
    # a real minister, invented words; two fragments in one report
    ("Indian exporters have weathered worse storms", P, "Piyush Goyal", "Piyush Goyal",
     "said"),
    ("stand firmly behind", P, "Piyush Goyal", "Piyush Goyal", "said"),
    # an unnamed official: nobody named
    ("in the final stages of inter-ministerial consultation", P, None,
     "A senior commerce ministry official", "said"),
    ("Apparel exports to the US fell 21% year-on-year in the April-September period", I,
     "Apparel Export Promotion Council", "the Apparel Export Promotion Council",
     "according to"),
    # `The council` for the AEPC
    ("picking up orders that were ours a year ago", P, "Apparel Export Promotion Council",
     "The council", "said"),
    # Workers' closes nothing
    ("nearly 40,000 migrant workers from Bihar, Odisha and Jharkhand had gone home since "
     "August", I, "M Chandran", "M Chandran", "said"),
    ("When the shift goes, the room rent still has to be paid. Many of them simply packed up "
     "and left,", D, "M Chandran", "he", "said"),
    # owners' and workers' inside the quotation
    ("The owners' problem becomes the workers' problem within a week.", D, "M Chandran", "he",
     "said"),
    # "China plus one": a term, no row
    ("that Tiruppur's share of US knitwear imports could fall by a third this financial year "
     "if the tariff stayed in place", I, "Meridian Institutional Equities",
     "Analysts at Meridian Institutional Equities", "wrote"),
])

doc("h44-espn-ao-quarterfinal", """
Kovalenko, 19, saves three match points to stun Marchetti in Melbourne

MELBOURNE, Australia -- Dariya Kovalenko had never won a main-draw match at a Grand Slam before this
month. On Tuesday night, the 19-year-old Ukrainian saved three match points and beat top seed Elise
Marchetti 4-6, 7-6 (9), 6-3 to reach the Australian Open semifinals.

“I don’t really know what happened in the second set. I just kept swinging,” Kovalenko said in her
on-court interview, still clutching her racket. “My mom is going to kill me. She told me to be in
bed by 11.”

Kovalenko, whom Ukrainian fans have nicknamed “the Hurricane,” hit 41 winners and broke Marchetti’s
serve five times. She was ranked outside the top 150 as recently as August.

Marchetti served for the match at 5-4 in the second set and held three match points in the tiebreak,
two of them on her own serve. Kovalenko saved the first with a forehand winner down the line and the
second with a backhand that clipped the net cord and died on Marchetti’s side of the court. On the
third, the Italian double-faulted.

“She plays tennis like it’s rock ’n’ roll,” said Oleh Savchuk, who has coached Kovalenko since she
was 11. “Loud, fast, and no plan B.”

Marchetti, the world No. 1 from Italy, had not dropped a set all tournament. At her news conference,
she said she had “stopped playing to win and started playing not to lose” after the first match
point.

“Were you feeling the shoulder in the third set?” one reporter asked.

“No. The shoulder is fine,” Marchetti said, before a long pause. “It’s my head that needs looking
at.”

Asked whether she would keep working with her coach, Tomas Reyes, after the season, the 24-year-old
smiled. “Next question,” she said. Reyes, who sat in the front row of the interview room, declined
to comment.

Kovalenko told ESPN after the match that she would spend part of her prize money on a new generator
for her grandmother’s apartment in Kharkiv. Power cuts have been common in the city since Russian
strikes on its grid.

“I play for my country, but mostly I play for her,” the Ukrainian said.

Former world No. 2 Katya Holm posted on Instagram: “The future is here, and she hits HARD.”

Tennis Australia tweeted that Tuesday’s night session had drawn 14,820 fans, a record for a women’s
quarterfinal at Melbourne Park.

Kovalenko will face sixth seed Mia Lindqvist of Sweden on Thursday. Lindqvist, who beat Kovalenko in
Wimbledon qualifying last year, said the teenager was “the scariest player on tour right now.”
""", [
    # the headline has no cue; `She told me ...` inside the quotation: no row
    ("I don’t really know what happened in the second set. I just kept swinging,", D,
     "Dariya Kovalenko", "Kovalenko", "said"),
    ("My mom is going to kill me. She told me to be in bed by 11.", D, "Dariya Kovalenko",
     ("Kovalenko", 3), "said"),
    # “the Hurricane,”: a nickname, no row; Marchetti’s closes nothing; it’s and ’n’ inside
    ("She plays tennis like it’s rock ’n’ roll,", D, "Oleh Savchuk", "Oleh Savchuk", "said"),
    ("Loud, fast, and no plan B.", D, "Oleh Savchuk", "Oleh Savchuk", "said"),
    # a report holding a fragment: the partial row only
    ("stopped playing to win and started playing not to lose", P, "Elise Marchetti", "she",
     "said"),
    # a reporter's question in marks: a direct quotation by nobody named
    ("Were you feeling the shoulder in the third set?", D, None, "one reporter", "asked"),
    ("No. The shoulder is fine,", D, "Elise Marchetti", "Marchetti", "said"),
    ("It’s my head that needs looking at.", D, "Elise Marchetti", "Marchetti", "said"),
    # the asker is not named
    ("whether she would keep working with her coach, Tomas Reyes, after the season", I, None,
     None, "Asked"),
    ("Next question,", D, "Elise Marchetti", "she", "said"),
    # grandmother’s closes nothing
    ("that she would spend part of her prize money on a new generator for her grandmother’s "
     "apartment in Kharkiv", I, "Dariya Kovalenko", "Kovalenko", "told"),
    # `the Ukrainian` for Dariya Kovalenko
    ("I play for my country, but mostly I play for her,", D, "Dariya Kovalenko",
     "the Ukrainian", "said"),
    ("The future is here, and she hits HARD.", D, "Katya Holm", "Katya Holm", "posted"),
    # Tuesday’s and women’s close nothing
    ("that Tuesday’s night session had drawn 14,820 fans, a record for a women’s quarterfinal "
     "at Melbourne Park", I, "Tennis Australia", "Tennis Australia", "tweeted"),
    # a report holding a fragment: the partial row only
    ("the scariest player on tour right now.", P, "Mia Lindqvist", "Lindqvist", "said"),
])

doc("h44-abc-plovers", """
Dogs banned from Port Fairy beach for plover season after heated council meeting

Dog owners in the south-west Victorian town of Port Fairy say they feel "betrayed" after their local
council voted to ban dogs from most of East Beach for five months of every year to protect the
endangered hooded plover.

Moyne Shire councillors voted 5-2 at Tuesday night's meeting in favour of the ban, which will apply
between September and January, when the small shorebirds lay their eggs in shallow scrapes on the
sand.

More than 120 people squeezed into the council chamber and the foyer outside for the debate, which
ran for almost three hours.

"This is one of the hardest decisions this council has made, and I know a lot of people in this room
are angry with us," Mayor Bronwyn Hearn said. "But the plovers were here long before any of us."

Cr Liam O'Dwyer, who voted against the ban, said the council had "ignored its own consultation", in
which 68 per cent of about 900 respondents opposed the change.

"We asked people what they wanted, and then we did the exact opposite," he said.

"If this council won't listen to ratepayers, ratepayers will remember it at the next election."

During public question time, one resident asked: "Who is actually going to police this?" The
council's chief executive, David Rowe, replied that rangers would patrol the beach on weekends and
public holidays, and that owners caught breaking the rules faced fines of up to $400.

A short stretch near the river mouth, known locally as "the Pup Patch", will stay off-leash all
year.

Local resident Tess McAlister, who has walked her two kelpies along East Beach every morning since
the '90s, told the ABC: "It's the dogs' beach. It's been the dogs' beach for as long as anyone in
this town can remember."

She is one of more than 2,000 members of a Facebook group called "Save Our Beach Walks", which was
set up the morning after the vote.

"Every chick that makes it off that beach is a small miracle." That was how Port Fairy Plover Watch
coordinator Ruth Ambrose described last season, when only three chicks on East Beach survived long
enough to fly.

Her group said in a statement it was "relieved and grateful" that councillors had listened to the
science.

Only about 700 hooded plovers remain in Victoria, according to BirdLife Australia.

Cr Hearn said the council would review the ban after two breeding seasons. Moyne Shire Council said
in a statement on Wednesday that it would install new signs and dog-waste bins at every beach access
point before September.
""", [
    # the headline has no cue; the owners are never named; a report holding a fragment
    ("betrayed", P, None, "Dog owners", "say"),
    # night's closes nothing
    ("This is one of the hardest decisions this council has made, and I know a lot of "
     "people in this room are angry with us,", D, "Bronwyn Hearn", "Bronwyn Hearn", "said"),
    ("But the plovers were here long before any of us.", D, "Bronwyn Hearn", "Bronwyn Hearn",
     "said"),
    # O'Dwyer opens nothing; a report holding a fragment: the partial row only
    ("ignored its own consultation", P, "Liam O'Dwyer", "Liam O'Dwyer", "said"),
    ("We asked people what they wanted, and then we did the exact opposite,", D,
     "Liam O'Dwyer", "he", "said"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("If this council won't listen to ratepayers, ratepayers will remember it at the next "
     "election.", D, "Liam O'Dwyer", None, None),
    # a question from the gallery by nobody named, and the answer reported
    ("Who is actually going to police this?", D, None, "one resident", "asked"),
    ("that rangers would patrol the beach on weekends and public holidays, and that owners "
     "caught breaking the rules faced fines of up to $400", I, "David Rowe", "David Rowe",
     "replied"),
    # "the Pup Patch": a nickname, no row; '90s opens nothing; It's and dogs' inside
    ("It's the dogs' beach. It's been the dogs' beach for as long as anyone in this town can "
     "remember.", D, "Tess McAlister", "Tess McAlister", "told"),
    # "Save Our Beach Walks": a group's name, no row
    # the speaker is named only in the next sentence
    ("Every chick that makes it off that beach is a small miracle.", D, "Ruth Ambrose",
     "Ruth Ambrose", "described"),
    # `Her group` for Port Fairy Plover Watch; a report holding a fragment
    ("relieved and grateful", P, "Port Fairy Plover Watch", "Her group", "said"),
    ("Only about 700 hooded plovers remain in Victoria", I, "BirdLife Australia",
     "BirdLife Australia", "according to"),
    ("the council would review the ban after two breeding seasons", I, "Bronwyn Hearn",
     "Cr Hearn", "said"),
    ("that it would install new signs and dog-waste bins at every beach access point before "
     "September", I, "Moyne Shire Council", "Moyne Shire Council", "said"),
])

doc("h44-cbc-inquest", """
Mine supervisor tells inquest he ‘should have stopped the shift’ before fatal rockfall

A shift supervisor at a northern Ontario gold mine told a coroner’s inquest on Wednesday that he had
doubts about ground conditions hours before a rockfall killed two of his crew, but that no one above
him “wanted to hear it.”

Marc Doucette, 52, was testifying on the third day of the inquest in Timmins into the deaths of
Jordan Beaulieu, 27, and Ray Kakegamic, 44, who were killed when part of a tunnel roof collapsed at
the Rainy Lake Mine in November 2024.

Doucette told the five-person jury that he had reported “loose, cracking ground” in the tunnel
during the previous night’s shift and had asked for extra bolting before anyone went back in.

“Did anyone tell you to keep the crew working?” asked Rebecca Stonechild, a lawyer representing the
Beaulieu family.

“Nobody said it in those words,” Doucette replied. “But everybody knew what the tonnage numbers were
that week.”

Under cross-examination by Alistair Greer, a lawyer for the mine’s owner, Rainy Lake Gold, Doucette
agreed that he had signed the pre-shift inspection form that morning.

“You signed it, and then you sent the crew in,” Greer said.

“Yes,” the witness answered. “I’ve had to live with that every day since.”

In a statement of defence filed in a civil lawsuit brought by the two families, Rainy Lake Gold
argued that the collapse was caused by a hidden geological fault that no reasonable inspection could
have detected. The company has since installed ground-movement sensors in all of its active tunnels,
according to the Ministry of Labour, Immigration, Training and Skills Development.

Presiding coroner Dr. Helen Mackay reminded jurors that an inquest “is not a trial, and nobody in
this room is accused of anything.” The jury can make recommendations to prevent similar deaths but
cannot assign legal blame.

Outside the courthouse, Jordan Beaulieu’s mother, Lise Beaulieu, read a short statement to
reporters:

“Jordan was 27. He had a little girl who turned two the week after he died. He bought her a pink
hard hat for her birthday, and it’s still in the box.

“We didn’t come here for an apology. We came here because somebody decided the numbers mattered more
than the men underground.

“I want this jury to make sure no other mother ever gets that phone call.”

Dave Lachance, president of United Steelworkers Local 7135, which represents about 400 workers at
the mine, told CBC News that the testimony “confirms what our members have been saying since day
one.”

He said the union would ask the jury to recommend that supervisors be given the power to halt work
without management approval.

The inquest is scheduled to hear from 14 witnesses and continues Thursday.
""", [
    # a headline's report holding a fragment: the partial row only; the supervisor is named
    # in the text
    ("should have stopped the shift", P, "Marc Doucette", "Mine supervisor", "tells"),
    # coroner’s closes nothing; `told ... that ..., but that “…”`: the partial row only;
    # `A shift supervisor` is named in the next paragraph
    ("wanted to hear it.", P, "Marc Doucette", "A shift supervisor", "told"),
    # night’s closes nothing; a report holding a fragment: the partial row only
    ("loose, cracking ground", P, "Marc Doucette", "Doucette", "told"),
    # counsel's question, and the witness's answer split by its attribution
    ("Did anyone tell you to keep the crew working?", D, "Rebecca Stonechild",
     "Rebecca Stonechild", "asked"),
    ("Nobody said it in those words,", D, "Marc Doucette", "Doucette", "replied"),
    ("But everybody knew what the tonnage numbers were that week.", D, "Marc Doucette",
     "Doucette", "replied"),
    # mine’s closes nothing
    ("that he had signed the pre-shift inspection form that morning", I, "Marc Doucette",
     "Doucette", "agreed"),
    ("You signed it, and then you sent the crew in,", D, "Alistair Greer", "Greer", "said"),
    # `the witness` for Marc Doucette
    ("Yes,", D, "Marc Doucette", "the witness", "answered"),
    ("I’ve had to live with that every day since.", D, "Marc Doucette", "the witness",
     "answered"),
    # a company's court filing
    ("that the collapse was caused by a hidden geological fault that no reasonable "
     "inspection could have detected", I, "Rainy Lake Gold", "Rainy Lake Gold", "argued"),
    ("The company has since installed ground-movement sensors in all of its active tunnels",
     I, "Ministry of Labour, Immigration, Training and Skills Development",
     "the Ministry of Labour, Immigration, Training and Skills Development", "according to"),
    # a report holding a fragment: the partial row only
    ("is not a trial, and nobody in this room is accused of anything.", P, "Helen Mackay",
     "Helen Mackay", "reminded"),
    # Beaulieu’s closes nothing; one quotation over three paragraphs, opened after `read a
    # short statement to reporters:` in the paragraph before
    ("Jordan was 27. He had a little girl who turned two the week after he died. He bought "
     "her a pink hard hat for her birthday, and it’s still in the box.", D, "Lise Beaulieu",
     ("Lise Beaulieu", 1), ("read", 1)),
    ("We didn’t come here for an apology. We came here because somebody decided the numbers "
     "mattered more than the men underground.", D, "Lise Beaulieu", ("Lise Beaulieu", 1),
     ("read", 1)),
    ("I want this jury to make sure no other mother ever gets that phone call.", D,
     "Lise Beaulieu", ("Lise Beaulieu", 1), ("read", 1)),
    # a report holding a fragment: the partial row only
    ("confirms what our members have been saying since day one.", P, "Dave Lachance",
     "Dave Lachance", "told"),
    ("the union would ask the jury to recommend that supervisors be given the power to halt "
     "work without management approval", I, "Dave Lachance", "He", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout44.jsonl"))
