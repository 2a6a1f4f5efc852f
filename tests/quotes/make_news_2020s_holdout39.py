#!/usr/bin/python3
"""Builds news_2020s_holdout39.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer20 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

- h39-bbc-ballroom, a BBC News local story with straight single marks (British style): a
  cueless headline holding rock 'n' roll; Blackpool's, the nickname 'Golden Mile' and a
  dogs' talent show; `X said the decision was '…'.` (a report holding a fragment: the
  partial row only); `Speaking to BBC Radio Lancashire, she said: '…'` holding it's and
  the '90s; `'…,' she added. '…'` split by its attribution; a paragraph that opens with a
  quotation and no cue after her own (I'd inside); `X said the money would ...` then
  `'…,' he said. '…'` (didn't); a book title 'Piers and Pleasure' just before `said: '…'`
  with a nested "…"; an exhibition title 'Shake, Rattle and Pier'; `A spokesperson for Arts
  Council England said ...`; `The pier's owner, X, said in a statement it was '…'`.
- h39-ap-stopgap, an AP US politics story with curly double marks: a cueless headline; the
  nickname “pumpkin bill”; `“…,” Senate Majority Leader X, R-Ohio, said after the vote.
  “…”` (it’s); `“…,” said Sen. X, D-Ariz., the top Democrat on ...`; `X said that “…”`; `X
  said the House would ...`; a reporter's question in marks, `“…?” a reporter asked`, and
  the answer under `he said`; unnamed `Several hard-line conservatives have said ...`; `Rep.
  X, R-Texas, wrote on X: “…”` (I’m); `tweeted that the bill “…”`; a quotation holding a
  nested ‘…,’ split by `said Sen. X, D-Maine, ...`; `The White House said in a statement
  that ...`; `“…,” press secretary X told reporters aboard Air Force One.` and `The
  spokeswoman added that ... “…”`; `According to the Congressional Budget Office, ...`.
- h39-reuters-oil, a Reuters markets story with straight double marks: a cueless headline
  (OPEC+ `pauses`: a deed); `after OPEC+ said it would ...`; `"…," said X, head of
  commodities research at Y. "…"` (it's, hasn't); `OPEC+, which pumps ..., said in a
  statement on Monday that ...`; `X told reporters in Algiers that the group was "…"`; an
  unnamed `a Singapore-based trader said, declining to be named ...`; `..., consultancy X
  said on Tuesday.`; `Analysts at X said in a note that ...`; two closing `..., according to
  X.` (Hedge funds' first); the scare-quoted "OPEC put"; `Sethi said ...` and `"…," she
  said.` (China's, won't).
- h39-guardian-donnelly, a Guardian long-read interview with curly single marks and curly
  apostrophes: a headline's `X: ‘…’` with no cue; Donnelly’s, dogs’, the ’90s and rock ’n’
  roll; an album title ‘Salt Year’; `‘…,’ she says, pouring tea. ‘…’` (I’d); parents’ and
  `Her manager, Ciarán O’Neill, ..., says she ‘…’.` (a fragment); `she is quiet for a long
  time, then says:` opening a quotation over three paragraphs, each re-opening the mark and
  only the last closing it (couldn’t, he’d, I’d, can’t and a nested song title “Harbour
  Lights”); `O’Neill said in an email that ...`; `According to her label, X, ...`; a song
  title ‘Rock ’n’ Roll Neighbour’; `‘…,’ she says. ‘…’` holding a daughter's `says` (nested:
  no row); the song title ‘Harbour Lights’ again, outside any quotation.
- h39-sport-northfleet, a football press-conference report with curly double marks: a
  cueless headline; `X insisted he still had ...` (club’s); `“…,” Van Dijkstra said at his
  post-match news conference. “…”`; a reporter's question `“Is your job safe?” one reporter
  asked.`; `“…,” the Dutchman replied after a long pause. “…”` (nobody’s, I’m); `“…?” he
  added.`; `apologised to supporters` (no row) and `“…,” the 31-year-old said. “…”`;
  `posted on Instagram: “…”`; `The club said in a statement that ...` and `It described the
  referee’s decision as “…”`; `“…,” said Whitlow, whose side ... “…”` (Erik’s, don’t);
  `tweeted during the second half that the atmosphere was “…”` holding the nickname the
  Lane; supporters’ and the group name “Blue Wall” (no row); `Police said ...`.
- h39-india-biketaxi, an Indian daily's (Times of India style) court story with straight
  double marks: a cueless headline; `The Delhi High Court ... directed the Centre to notify
  ... (no row: an order), observing that ... "…"`; riders' unions; `Writing for the bench,
  Justice X said: "…"`; `According to the petitioners, ...` (never named); `Senior advocate
  X, appearing for ..., argued that ...` and `"…," he said.`; `told the court that a draft
  policy was "…"`; `The Ministry of X said in a statement ... that ...` and `..., the ministry
  said.`; `Delhi Transport Minister X said ...` and `"…," the minister told reporters ...`
  (court's, anyone's); `X, president of the Y, told reporters outside the court that riders
  would "…"`; `Members of the union ... said they would ...` and `"…," they said.`
- h39-sci-frogs, a US science desk's study story with curly double marks: a cueless
  headline; `..., researchers in Brazil reported on Wednesday.` (never named); `..., the
  authors wrote in the journal X.`; `“…,” said Dr. X, a behavioral ecologist at ... who led
  the study.` (didn’t); `Dr. X said ...` and `“…,” she said. “…”` (He’s); the term
  “Lombard effect,” and a paper title “Singing Over the Rush Hour,” beside Ferraz’s (no
  rows); `said in an email that the playback trials were “…”` and `“…,” she wrote.` (don’t,
  can’t); `posted on Bluesky that ...`; `CETESB, São Paulo state’s environmental agency,
  said in a statement that ...`; `..., according to the International Union for
  Conservation of Nature.`

Not rows: nicknames, terms and group names ('Golden Mile', “pumpkin bill”, "OPEC put",
“Lombard effect,”, “Blue Wall”), titles of works ('Piers and Pleasure', 'Shake, Rattle and
Pier', ‘Salt Year’, ‘Rock ’n’ Roll Neighbour’, ‘Harbour Lights’, “Singing Over the Rush
Hour,”), quotations nested inside quotations ("the best night out in the north", ‘just one
more extension,’, “Harbour Lights”, the daughter's `says`), the apostrophes (Blackpool's,
'n', town's, dogs', O'Brien, it's, '90s, I'd, didn't, pier's, museum's, it’s, I’m, We’ll,
world's, hasn't, funds', China's, won't, Donnelly’s, dogs’, ’90s, ’n’, parents’, O’Neill,
couldn’t, he’d, can’t, It’s, I’ve, club’s, nobody’s, That’s, referee’s, Erik’s, don’t,
supporters’, riders', court's, anyone's, Riders', didn’t, He’s, Ferraz’s, state’s),
headlines without a cue, deeds and orders (`pauses output hikes`, `directed the Centre to
notify`, `apologised to supporters`, `declining to be named`, `recorded more than 12,000
calls`, `barred private two-wheelers`).
7 articles, 13,494 characters; 90 quotations: direct 47, partial 13, indirect 30.

Annotated by the conventions of make_news_2020s.py and SPEC: the speaker is the canonical
name (the entity's fullest name in the article, without titles such as Dr, Sen., Rep. or
Justice) or None when the text names nobody who can be the speaker; a report holding a
quoted fragment gives only the partial row; an indirect span is the reported clause with
its leading `that`, without a closing period; a quotation split by its attribution gives one
row per segment with the same mention and cue; a quotation paragraph with no cue after the
speaker's own quotation is that speaker's, with no mention and no cue; a quotation over
several paragraphs gives one row per paragraph, all with the mention and cue of the
paragraph that opens it; a spokesperson, a club, a ministry or the members of a union speak
for the body named; a headline's signer before its colon is the person the story names.
All people are invented (Siobhan O'Brien, Martin Haigh, Keith Allerton, Tom Callahan,
Adriana Flores, Dale Emmerich, Jolene Parr, Wes Tolliver, Ray Dunning, Karen Liu, Colleen
Ward, Priyanka Sethi, Karim Benslimane, Nikhil Rao, Mei Ling Choo, Tom Greaves, Maeve
Donnelly, Seamus, Ciarán O’Neill, Erik van Dijkstra, Lewis Okafor, Jenna Whitlow, Dean
Marsh, Anita Bhardwaj, Rohan Mehra, Ranjit Sawhney, Kavita Rao, Satvinder Gill, Shaikh
Imran, Camila Ferraz, Mirela Kovač, Tom Aldridge), and so are Harlow Leisure Group,
Halvard Bank, Brightwater Energy, Mertens & Co, Rough Weather Records, Northfleet United,
Carrow Rangers, the Delhi Bike Taxi Riders' Union, every event, quotation and figure; the
real bodies (BBC Radio Lancashire, Arts Council England, the White House, the Congressional
Budget Office, OPEC+, ICE Futures Europe, the Energy Information Administration, the Delhi
High Court, the Ministry of Road Transport and Highways, CETESB, the University of São
Paulo, the University of Zagreb, the University of Exeter, the International Union for
Conservation of Nature) are given invented words.

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

usage: make_news_2020s_holdout39.py [OUT.jsonl]   (default: news_2020s_holdout39.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h39-bbc-ballroom", """
Blackpool pier ballroom to become rock 'n' roll museum

A derelict ballroom on Blackpool's North Pier is to be turned into a museum of rock 'n' roll
after councillors approved a £12m plan on Tuesday night.

The ballroom, at the northern end of the town's 'Golden Mile', has been closed since 2009,
when it hosted its last event, a dogs' talent show. Part of its roof collapsed in storms two
winters ago.

Council leader Siobhan O'Brien said the decision was 'a vote of confidence in the town'.

Speaking to BBC Radio Lancashire, she said: 'People have been telling Blackpool it's finished
since the '90s. This proves them wrong.'

'We want families to come for the day and stay for the weekend,' she added. 'The pier was
built for dancing, and it should be full of music again.'

'It will bring 80 jobs, and I'd like every one of them to go to someone from Blackpool.'

But Conservative councillor Martin Haigh said the money would be better spent on the town's
roads. 'Residents didn't ask for a museum,' he said. 'They asked for their potholes to be
filled.'

Local historian Dr Keith Allerton, whose book about the pier, 'Piers and Pleasure', came out
last year, said: 'My grandmother always called the ballroom "the best night out in the
north". She met my grandfather there in 1952, dancing to a band from Wigan.'

The museum's first exhibition, 'Shake, Rattle and Pier', is due to open in the summer of
2027. A spokesperson for Arts Council England said a bid for further funding would be
considered in the spring.

The pier's owner, Harlow Leisure Group, said in a statement it was 'delighted' to see the
ballroom brought back to life.
""", [
    # the headline has no cue: no row; rock 'n' roll, Blackpool's, town's, dogs': no marks;
    # 'Golden Mile': a nickname, no row; a report holding a fragment: the partial row only
    ("a vote of confidence in the town", P, "Siobhan O'Brien", "Siobhan O'Brien", "said"),
    # it's and '90s inside the quotation
    ("People have been telling Blackpool it's finished since the '90s. This proves them "
     "wrong.", D, "Siobhan O'Brien", "she", "said"),
    ("We want families to come for the day and stay for the weekend,", D, "Siobhan O'Brien",
     "she", "added"),
    ("The pier was built for dancing, and it should be full of music again.", D,
     "Siobhan O'Brien", "she", "added"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("It will bring 80 jobs, and I'd like every one of them to go to someone from "
     "Blackpool.", D, "Siobhan O'Brien", None, None),
    ("the money would be better spent on the town's roads", I, "Martin Haigh",
     "Martin Haigh", "said"),
    ("Residents didn't ask for a museum,", D, "Martin Haigh", "he", "said"),
    ("They asked for their potholes to be filled.", D, "Martin Haigh", "he", "said"),
    # 'Piers and Pleasure': a title, no row; "the best night out ..." nested: no own row
    ("My grandmother always called the ballroom \"the best night out in the north\". She met "
     "my grandfather there in 1952, dancing to a band from Wigan.", D, "Keith Allerton",
     "Dr Keith Allerton", "said"),
    # 'Shake, Rattle and Pier': a title, no row
    ("a bid for further funding would be considered in the spring", I, "Arts Council England",
     "A spokesperson for Arts Council England", "said"),
    ("delighted", P, "Harlow Leisure Group", "Harlow Leisure Group", "said"),
])

doc("h39-ap-stopgap", """
Senate passes stopgap spending bill hours before shutdown deadline

WASHINGTON (AP) — The Senate narrowly passed a stopgap spending bill late Thursday, sending it
to the House with barely a day to spare before a partial government shutdown.

The measure, nicknamed the “pumpkin bill” by Capitol Hill staff because its money runs out on
Halloween, would keep federal agencies running at current levels for about a month. It passed
52-47, with three Democrats joining most Republicans.

“We did our job tonight,” Senate Majority Leader Tom Callahan, R-Ohio, said after the vote.
“Now it’s on the House to do theirs.”

“This is not a solution. It is a one-month delay,” said Sen. Adriana Flores, D-Ariz., the top
Democrat on the Appropriations Committee. Flores said that Democrats “will not keep writing
blank checks for an administration that ignores the law.”

House Speaker Dale Emmerich said the House would take up the bill Friday morning. “Do you have
the votes?” a reporter asked as Emmerich walked into the Capitol. “We’ll find out tomorrow,”
he said, without breaking stride.

Several hard-line conservatives have said they will vote no. Rep. Jolene Parr, R-Texas, wrote
on X: “A clean CR is a surrender dressed up as responsibility. I’m a NO.” Rep. Wes Tolliver,
R-Ga., tweeted that the bill “funds the same old swamp.”

“Every year we hear ‘just one more extension,’ and every year the deadline moves,” said Sen.
Ray Dunning, D-Maine, one of the three Democrats who voted yes. “I voted for it because
federal workers should not pay for our failures.”

The White House said in a statement that the president would sign the bill as soon as it
reached his desk. “The president has been clear from day one: no shutdown, no games,” press
secretary Karen Liu told reporters aboard Air Force One. The spokeswoman added that the
administration was “ready for either outcome.”

According to the Congressional Budget Office, a shutdown would cut economic output by about
$1.5 billion a week.

Associated Press writer Colleen Ward in West Palm Beach, Florida, contributed to this report.
""", [
    # the headline has no cue; “pumpkin bill”: a nickname, no row
    ("We did our job tonight,", D, "Tom Callahan", "Tom Callahan", "said"),
    ("Now it’s on the House to do theirs.", D, "Tom Callahan", "Tom Callahan", "said"),
    ("This is not a solution. It is a one-month delay,", D, "Adriana Flores",
     "Adriana Flores", "said"),
    # `said that “…”`: a fragment inside the writer's sentence
    ("will not keep writing blank checks for an administration that ignores the law.", P,
     "Adriana Flores", "Flores", "said"),
    ("the House would take up the bill Friday morning", I, "Dale Emmerich", "Dale Emmerich",
     "said"),
    # a reporter's question in marks: a direct quotation by nobody named
    ("Do you have the votes?", D, None, "a reporter", "asked"),
    ("We’ll find out tomorrow,", D, "Dale Emmerich", "he", "said"),
    ("they will vote no", I, None, "Several hard-line conservatives", "said"),
    ("A clean CR is a surrender dressed up as responsibility. I’m a NO.", D, "Jolene Parr",
     "Jolene Parr", "wrote"),
    # a report holding a fragment: the partial row only
    ("funds the same old swamp.", P, "Wes Tolliver", "Wes Tolliver", "tweeted"),
    # ‘just one more extension,’ nested: part of the outer row
    ("Every year we hear ‘just one more extension,’ and every year the deadline moves,", D,
     "Ray Dunning", "Ray Dunning", "said"),
    ("I voted for it because federal workers should not pay for our failures.", D,
     "Ray Dunning", "Ray Dunning", ("said", 7)),
    ("that the president would sign the bill as soon as it reached his desk", I,
     "White House", "The White House", "said"),
    ("The president has been clear from day one: no shutdown, no games,", D, "Karen Liu",
     "Karen Liu", "told"),
    # `The spokeswoman`: the role the text gave Karen Liu
    ("ready for either outcome.", P, "Karen Liu", "The spokeswoman", "added"),
    ("a shutdown would cut economic output by about $1.5 billion a week", I,
     "Congressional Budget Office", "the Congressional Budget Office", "According to"),
])

doc("h39-reuters-oil", """
Oil climbs as OPEC+ pauses output hikes and cold snap lifts demand

LONDON, Jan 13 (Reuters) - Oil prices rose on Tuesday after OPEC+ said it would pause planned
output increases in the first quarter. A cold snap across the northern hemisphere also lifted
demand for heating fuel.

Brent crude futures were up $1.21, or 1.8%, at $68.40 a barrel by 1130 GMT. U.S. West Texas
Intermediate crude futures gained $1.10, or 1.7%, to $65.02.

"The market had priced in another increase, so this is a relief rally," said Priyanka Sethi,
head of commodities research at Halvard Bank in London. "But it's a pause, not a cut, and the
surplus everyone talks about hasn't gone away."

OPEC+, which pumps about half of the world's oil, said in a statement on Monday that it would
review the decision at a meeting on March 1. Algerian Energy Minister Karim Benslimane told
reporters in Algiers that the group was "listening to the market".

"Nobody wants to be short crude going into a cold snap," a Singapore-based trader said,
declining to be named because he was not authorised to speak to the media.

Demand for heating oil in northern Europe was running about 8% above seasonal norms,
consultancy Brightwater Energy said on Tuesday. Analysts at Mertens & Co said in a note that
Brent could test $75 a barrel if the cold weather lasted into February.

Hedge funds' net long positions in Brent rose for a third straight week, according to ICE
Futures Europe. U.S. crude inventories fell by 3.1 million barrels last week, according to
the Energy Information Administration.

The pause revived talk of the so-called "OPEC put", the idea that the group will always step
in to defend prices.

Sethi said Chinese demand remained the biggest uncertainty for 2026. "If China's imports
disappoint in the first quarter, the pause won't be enough to stop prices sliding," she said.

(Reporting by Nikhil Rao in London and Mei Ling Choo in Singapore; Editing by Tom Greaves)
""", [
    # the headline has no cue (`pauses`: a deed)
    ("it would pause planned output increases in the first quarter", I, "OPEC+", "OPEC+",
     "said"),
    ("The market had priced in another increase, so this is a relief rally,", D,
     "Priyanka Sethi", "Priyanka Sethi", "said"),
    ("But it's a pause, not a cut, and the surplus everyone talks about hasn't gone away.", D,
     "Priyanka Sethi", "Priyanka Sethi", ("said", 2)),
    ("that it would review the decision at a meeting on March 1", I, "OPEC+", "OPEC+",
     "said"),
    # a report holding a fragment: the partial row only
    ("listening to the market", P, "Karim Benslimane", "Karim Benslimane", "told"),
    # never named; `declining to be named`: no row
    ("Nobody wants to be short crude going into a cold snap,", D, None,
     "a Singapore-based trader", "said"),
    ("Demand for heating oil in northern Europe was running about 8% above seasonal norms", I,
     "Brightwater Energy", "Brightwater Energy", "said"),
    # a body inside `Analysts at X` speaks
    ("Brent could test $75 a barrel if the cold weather lasted into February", I,
     "Mertens & Co", "Analysts at Mertens & Co", "said"),
    # funds' closes nothing
    ("Hedge funds' net long positions in Brent rose for a third straight week", I,
     "ICE Futures Europe", "ICE Futures Europe", "according to"),
    ("U.S. crude inventories fell by 3.1 million barrels last week", I,
     "Energy Information Administration", "the Energy Information Administration",
     "according to"),
    # "OPEC put": a term, no row
    ("Chinese demand remained the biggest uncertainty for 2026", I, "Priyanka Sethi", "Sethi",
     "said"),
    ("If China's imports disappoint in the first quarter, the pause won't be enough to stop "
     "prices sliding,", D, "Priyanka Sethi", "she", "said"),
])

doc("h39-guardian-donnelly", """
Maeve Donnelly: ‘I wrote the songs my father never got to hear’

Maeve Donnelly’s kitchen in Donegal smells of turf smoke and wet dog. Two collies doze under
the table, the dogs’ water bowls lined up by the back door like a drum kit. On the wall hangs
a poster from the ’90s tour that nearly finished her, next to a signed photo of a rock ’n’
roll hero she will not name.

Her new album, ‘Salt Year’, is her first in 15 years. ‘I kept starting it and stopping it,’
she says, pouring tea. ‘Every time I got near the middle, I’d lose my nerve.’

Donnelly grew up above her parents’ chip shop in Derry and was playing pubs at 15. Her
manager, Ciarán O’Neill, who has worked with her since 1994, says she ‘would not get off the
stage until the barman turned the lights out’.

Her father, Seamus, died in 1998 while she was touring Germany. When the conversation turns
to him, she is quiet for a long time, then says:

‘He was the one who bought me my first guitar. He couldn’t play a note, but he’d sit on the
top stair every night and listen to me murder Buddy Holly.

‘When he got sick I was in Hamburg, and I kept telling myself I’d go home after the next
show. There was always a next show.

‘I wrote “Harbour Lights” the week he died. I still can’t sing it without stopping halfway
through.’

O’Neill said in an email that the band would tour Ireland and Britain in the spring, starting
in Belfast in April. According to her label, Rough Weather Records, advance orders for the
vinyl edition have already outstripped those for her last three albums combined.

One track, ‘Rock ’n’ Roll Neighbour’, imagines the music itself as a cranky old man who lives
next door. ‘It’s the only funny song I’ve ever written,’ she says. ‘My daughter says it’s the
only good one.’

Before I leave, she takes me out to the shed where she rehearses, plugs in a battered
Telecaster and plays the opening bars of ‘Harbour Lights’. Then she stops, halfway through,
and laughs.
""", [
    # a headline's signer before its colon
    ("I wrote the songs my father never got to hear", D, "Maeve Donnelly",
     ("Maeve Donnelly", 1), None),
    # Donnelly’s, dogs’, ’90s, rock ’n’ roll: no marks; ‘Salt Year’: a title, no row
    ("I kept starting it and stopping it,", D, "Maeve Donnelly", "she", "says"),
    ("Every time I got near the middle, I’d lose my nerve.", D, "Maeve Donnelly", "she",
     "says"),
    # parents’ and O’Neill close nothing; a report holding a fragment: the partial row only
    ("would not get off the stage until the barman turned the lights out", P,
     "Ciarán O’Neill", "Ciarán O’Neill", "says"),
    # one quotation over three paragraphs, opened after `then says:` in the paragraph before
    ("He was the one who bought me my first guitar. He couldn’t play a note, but he’d sit on "
     "the top stair every night and listen to me murder Buddy Holly.", D, "Maeve Donnelly",
     ("she", 5), ("says", 3)),
    ("When he got sick I was in Hamburg, and I kept telling myself I’d go home after the next "
     "show. There was always a next show.", D, "Maeve Donnelly", ("she", 5), ("says", 3)),
    # “Harbour Lights” nested: part of the outer row
    ("I wrote “Harbour Lights” the week he died. I still can’t sing it without stopping "
     "halfway through.", D, "Maeve Donnelly", ("she", 5), ("says", 3)),
    ("that the band would tour Ireland and Britain in the spring, starting in Belfast in "
     "April", I, "Ciarán O’Neill", "O’Neill", "said"),
    ("advance orders for the vinyl edition have already outstripped those for her last three "
     "albums combined", I, "Rough Weather Records", "Rough Weather Records",
     "According to"),
    # ‘Rock ’n’ Roll Neighbour’: a title, no row; the daughter's `says` is inside a quotation
    ("It’s the only funny song I’ve ever written,", D, "Maeve Donnelly", "she", "says"),
    ("My daughter says it’s the only good one.", D, "Maeve Donnelly", "she", "says"),
    # ‘Harbour Lights’: a title, no row
])

doc("h39-sport-northfleet", """
Van Dijkstra under pressure as Northfleet slump to fifth straight defeat

Northfleet United manager Erik van Dijkstra insisted he still had the backing of the club’s
owners after a 3-0 home defeat by Carrow Rangers on Saturday left his side 18th in the
Championship.

“I spoke to the owners this morning and they were very clear,” Van Dijkstra said at his
post-match news conference. “Nobody is going anywhere.”

“Is your job safe?” one reporter asked. “In football, nobody’s job is safe,” the Dutchman
replied after a long pause. “But I’m not a quitter. I never have been.”

“Why would I walk away from a squad this young?” he added.

Captain Lewis Okafor, 31, who was sent off in the 70th minute for a second yellow card,
apologised to supporters. “I let the lads down,” the 31-year-old said. “That’s on me and
nobody else.”

Okafor later posted on Instagram: “Gutted. We go again Tuesday.” The club said in a statement
that it would appeal against the red card. It described the referee’s decision as “harsh in
the extreme”.

Carrow boss Jenna Whitlow was gracious in victory. “Erik’s teams always make you work, and his
players never stopped running,” said Whitlow, whose side are now third. “I don’t think the
scoreline was fair on them.”

Former Northfleet striker Dean Marsh tweeted during the second half that the atmosphere was
“the worst I have ever known at the Lane”.

About 300 members of the supporters’ group known as the “Blue Wall” stayed behind after the
final whistle to protest against the owners. Police said there had been no arrests.

Northfleet travel to Sunderland on Tuesday.
""", [
    # the headline has no cue; club’s closes nothing
    ("he still had the backing of the club’s owners", I, "Erik van Dijkstra",
     "Erik van Dijkstra", "insisted"),
    ("I spoke to the owners this morning and they were very clear,", D, "Erik van Dijkstra",
     "Van Dijkstra", "said"),
    ("Nobody is going anywhere.", D, "Erik van Dijkstra", "Van Dijkstra", "said"),
    # a reporter's question in marks: a direct quotation by nobody named
    ("Is your job safe?", D, None, "one reporter", "asked"),
    # `the Dutchman` for the manager
    ("In football, nobody’s job is safe,", D, "Erik van Dijkstra", "the Dutchman",
     "replied"),
    ("But I’m not a quitter. I never have been.", D, "Erik van Dijkstra", "the Dutchman",
     "replied"),
    ("Why would I walk away from a squad this young?", D, "Erik van Dijkstra", "he", "added"),
    # `apologised to supporters`: no row; `the 31-year-old` for the captain
    ("I let the lads down,", D, "Lewis Okafor", "the 31-year-old", "said"),
    ("That’s on me and nobody else.", D, "Lewis Okafor", "the 31-year-old", "said"),
    ("Gutted. We go again Tuesday.", D, "Lewis Okafor", "Okafor", "posted"),
    # `The club` and `It` for Northfleet United
    ("that it would appeal against the red card", I, "Northfleet United", "The club", "said"),
    ("harsh in the extreme", P, "Northfleet United", "It", "described"),
    ("Erik’s teams always make you work, and his players never stopped running,", D,
     "Jenna Whitlow", "Whitlow", "said"),
    ("I don’t think the scoreline was fair on them.", D, "Jenna Whitlow", "Whitlow", "said"),
    # a report holding a fragment: the partial row only (the Lane: a nickname inside it)
    ("the worst I have ever known at the Lane", P, "Dean Marsh", "Dean Marsh", "tweeted"),
    # supporters’ closes nothing; “Blue Wall”: a group's name, no row
    ("there had been no arrests", I, None, "Police", "said"),
])

doc("h39-india-biketaxi", """
Bike taxis: Delhi High Court sets eight-week deadline for Centre

NEW DELHI: The Delhi High Court on Monday directed the Centre to notify rules for app-based
bike taxis within eight weeks, observing that thousands of riders in the capital were "working
in a legal vacuum".

A division bench of Justice Anita Bhardwaj and Justice Rohan Mehra was hearing a batch of
petitions filed by bike-taxi aggregators and riders' unions after the Delhi government barred
private two-wheelers from carrying paying passengers in 2024.

Writing for the bench, Justice Bhardwaj said: "A rider who earns his living on the road cannot
be told to wait indefinitely while files travel from one ministry to another. The State
cannot regulate by silence."

According to the petitioners, more than 1.2 lakh riders in Delhi lost their main source of
income after the ban.

Senior advocate Ranjit Sawhney, appearing for one of the aggregators, argued that the Motor
Vehicles Act already allowed two-wheelers to be registered as transport vehicles. "The law is
not the obstacle. The obstacle is that nobody wants to sign the file," he said.

Additional Solicitor General Kavita Rao, appearing for the Centre, told the court that a draft
policy was "at an advanced stage".

The Ministry of Road Transport and Highways said in a statement on Monday evening that it
would consult all states before finalising the rules. A draft will be put up for public
comment within a month, the ministry said.

Delhi Transport Minister Satvinder Gill said the government would abide by the court's order.
"Our concern has always been the safety of passengers, not anyone's livelihood. We will work
with the Centre," the minister told reporters outside the Delhi Secretariat.

Shaikh Imran, president of the Delhi Bike Taxi Riders' Union, told reporters outside the court
that riders would "celebrate only when the rules are notified". Members of the union, who had
gathered at the court gates since morning, said they would hold a rally at Jantar Mantar on
Sunday.

"We have waited two years. We can wait eight weeks more, but not one day longer," they said.
The matter will next be heard on April 14.
""", [
    # the headline has no cue; `directed the Centre to notify ...`: an order, no row;
    # a report holding a fragment: the partial row only
    ("working in a legal vacuum", P, "Delhi High Court", "The Delhi High Court", "observing"),
    # riders' closes nothing; `barred`: a deed
    ("A rider who earns his living on the road cannot be told to wait indefinitely while "
     "files travel from one ministry to another. The State cannot regulate by silence.", D,
     "Anita Bhardwaj", "Justice Bhardwaj", "said"),
    # never named
    ("more than 1.2 lakh riders in Delhi lost their main source of income after the ban", I,
     None, "the petitioners", "According to"),
    ("that the Motor Vehicles Act already allowed two-wheelers to be registered as transport "
     "vehicles", I, "Ranjit Sawhney", "Ranjit Sawhney", "argued"),
    ("The law is not the obstacle. The obstacle is that nobody wants to sign the file,", D,
     "Ranjit Sawhney", "he", "said"),
    ("at an advanced stage", P, "Kavita Rao", "Kavita Rao", "told"),
    ("that it would consult all states before finalising the rules", I,
     "Ministry of Road Transport and Highways", "The Ministry of Road Transport and Highways",
     "said"),
    ("A draft will be put up for public comment within a month", I,
     "Ministry of Road Transport and Highways", "the ministry", "said"),
    ("the government would abide by the court's order", I, "Satvinder Gill",
     "Satvinder Gill", "said"),
    ("Our concern has always been the safety of passengers, not anyone's livelihood. We will "
     "work with the Centre,", D, "Satvinder Gill", "the minister", "told"),
    ("celebrate only when the rules are notified", P, "Shaikh Imran", "Shaikh Imran", "told"),
    # the members of a union speak for the union; then `they`
    ("they would hold a rally at Jantar Mantar on Sunday", I, "Delhi Bike Taxi Riders' Union",
     "Members of the union", "said"),
    ("We have waited two years. We can wait eight weeks more, but not one day longer,", D,
     "Delhi Bike Taxi Riders' Union", "they", "said"),
])

doc("h39-sci-frogs", """
City frogs sing higher to be heard over traffic

Tree frogs that live beside busy roads sing at a higher pitch than frogs in quiet forest
ponds, and the change may be costing them mates, researchers in Brazil reported on Wednesday.

The team recorded more than 12,000 calls from male gladiator frogs at 40 ponds in and around
São Paulo over three breeding seasons, and played the recordings to females in field
enclosures.

Frogs at the noisiest ponds called about 400 hertz higher on average than those at the
quietest, and females approached the higher calls less often in playback trials, the authors
wrote in the journal Proceedings of the Royal Society B.

“We expected the frogs to call louder. We didn’t expect them to change the song itself,” said
Dr. Camila Ferraz, a behavioral ecologist at the University of São Paulo who led the study.

Dr. Ferraz said the higher notes carried better over the low rumble of traffic but cost the
males more energy. “A male who sings like this is shouting all night,” she said. “He’s hoarse
by the end of the season, if he makes it that far.”

The shift is a cousin of what biologists call the “Lombard effect,” the tendency of people and
animals to raise their voices in noise. Dr. Ferraz’s earlier study of city birds, “Singing
Over the Rush Hour,” looked at sparrows in Rio de Janeiro.

Dr. Mirela Kovač, a bioacoustician at the University of Zagreb who was not involved in the
research, said in an email that the playback trials were “the strongest part of the paper.”
“What we still don’t know is whether the females are choosing badly or simply can’t hear the
low calls,” she wrote.

Tom Aldridge, an ecologist at the University of Exeter, posted on Bluesky that the quiet ponds
were mostly inside protected forest and so differed from the roadside ponds in more than
noise.

CETESB, São Paulo state’s environmental agency, said in a statement that it would test
quieter road surfaces near two of the study ponds next year.

About 41% of amphibian species are threatened with extinction, according to the International
Union for Conservation of Nature.
""", [
    # the headline has no cue; researchers never named
    ("Tree frogs that live beside busy roads sing at a higher pitch than frogs in quiet forest "
     "ponds, and the change may be costing them mates", I, None, "researchers", "reported"),
    # `recorded`, `played`: deeds
    ("Frogs at the noisiest ponds called about 400 hertz higher on average than those at the "
     "quietest, and females approached the higher calls less often in playback trials", I,
     None, "the authors", "wrote"),
    ("We expected the frogs to call louder. We didn’t expect them to change the song itself,",
     D, "Camila Ferraz", "Camila Ferraz", "said"),
    ("the higher notes carried better over the low rumble of traffic but cost the males more "
     "energy", I, "Camila Ferraz", "Dr. Ferraz", "said"),
    ("A male who sings like this is shouting all night,", D, "Camila Ferraz", "she", "said"),
    ("He’s hoarse by the end of the season, if he makes it that far.", D, "Camila Ferraz",
     "she", "said"),
    # “Lombard effect,” (a term) and “Singing Over the Rush Hour,” (a title): no rows
    # a report holding a fragment: the partial row only
    ("the strongest part of the paper.", P, "Mirela Kovač", "Mirela Kovač", "said"),
    ("What we still don’t know is whether the females are choosing badly or simply can’t hear "
     "the low calls,", D, "Mirela Kovač", "she", "wrote"),
    ("that the quiet ponds were mostly inside protected forest and so differed from the "
     "roadside ponds in more than noise", I, "Tom Aldridge", "Tom Aldridge", "posted"),
    ("that it would test quieter road surfaces near two of the study ponds next year", I,
     "CETESB", "CETESB", "said"),
    ("About 41% of amphibian species are threatened with extinction", I,
     "International Union for Conservation of Nature",
     "the International Union for Conservation of Nature", "according to"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout39.jsonl"))
