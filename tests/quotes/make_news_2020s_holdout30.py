#!/usr/bin/python3
"""Builds news_2020s_holdout30.jsonl: 8 short articles written from scratch in the styles of
2025-26 news, written blind by writer9 for the lead's sealed measurement (2026-11-29; never run
through the extension, ext/*.c never read, no scorer run on it):
- a Norwegian wealth-fund exclusion on the Reuters wire (a dateline's lede reporting before `,
  Norges Bank said on Wednesday`, a fragment after `the council said` for the fund's Council
  on Ethics, `"…," said X, the fund's chief governance officer`, `told reporters in Oslo that
  ... "…" and that ...` giving a partial and an indirect row, a company's fragment after
  `said in a statement it` and its `"…," the company said`, a minister's report ending
  before `, which ...`, `"…," the minister told reporters in Santiago.` and the second
  sentence after it, `Analysts at Banco Andino said ... but warned that ...`);
- a data-centre vote in an Arizona town in AP style with curly marks (`after dozens of
  residents said`, `"…," Mayor X said before the vote. "…"`, a developer's fragment inside
  `said in a statement that`, `"…," said X, a spokeswoman for Y, "and …"`, `told reporters
  that`, a quotation split by `she said,`, `The spokeswoman said` tied to the name given
  before, `posted on X that ... "…"` after `State Sen. X, R-Casa Grande,`, `County officials
  said`, `Olguin said she expected ... "…"`);
- a beach ban on dogs in BBC style with single marks (a headline's `'…' ..., says
  campaigner`, `Dog owners in Pembrokeshire say ... '…'`, a council's report with a relative
  clause inside, `Campaigner X, who ..., said:` and a quotation over three paragraphs with
  `'90s` and `dogs'` inside it, `Cllr X, said the ban was '…'`, `he told BBC Radio Wales`, `A
  council spokeswoman said`, `According to Visit Pembrokeshire, ...`);
- Blackpool's last jukebox repairer as a Guardian feature (a headline quotation signed after
  a colon by a description, `he says` in the present, a report split by `, he says,`, a
  quotation over two paragraphs whose first one is interrupted by `he says.`, the next
  paragraph's quotation with no cue, continuing the same speaker, his daughter's `she says`,
  `Arcade owners describe him as "…"` with no one named, a trade body's fragment, `He
  laughs. "…"`);
- a chocolate maker's outlook in Bloomberg style (a Title Case headline's `Says`, `said ... and
  cut its sales outlook` where the report ends before the company's own deed, `the
  Zurich-based company said in a statement Thursday`, `told analysts on a conference call`,
  `Roth said ..., a practice known as "…"`, `according to people with knowledge of the
  deliberations`, `"…," said X, an analyst at Y`, `wrote that he expects volumes to fall
  "…"`, a cocoa board's report ending before `, which`, `said she was "…" ... but added:
  "…"`);
- a Mongolian dzud from AFP (`According to officials, ...`, `"…," said X, 52, a herder ...,
  standing beside ...`, `"…" he added.` with no comma, `the ministry said in a statement` for
  the ministry named the sentence before, `X, the UN Food and Agriculture Organization's
  representative in Mongolia, warned that`, `she told AFP`, `According to Raman, "…"`,
  `said X, the head of its delegation` and `He said` after it, `tweeted:`, a herder's
  fragment after his first name);
- a County Championship title in a sports report (`the all-rounder said` for the subject
  of the paragraph before, `Captain X, 34, said his side had "…"`, `the 34-year-old said`,
  `said the South African` for `South African seamer X`, `conceded that ... "…" and said he
  would ...`, a players' association's `tweeted:`, `Asked about ..., Ashdown said: "…"`);
- a lido's reopening in a local paper (a headline's `, council confirms`, `..., X Borough
  Council has confirmed`, `Cllr X, ..., said that the lido "…"`, `she said`, a campaign
  group's `posted on Facebook that its members were "…"`, `the 67-year-old said` for the
  age given in apposition, `She said the group would ...`, `According to the council, ...`,
  `councillor X said the project had run "…" and called for ...`, `he said`).
Not rows: scare quotes and terms with no one saying them (“water wars”, 'paws on the sand'
after so-called, "dzud" in the headline, the lede and after `known as`, "ger districts",
“shrinkflation” after `known as`, "Bazball" after so-called), nicknames (“the Doc”,
"Dash"), titles of works (“I Only Want to Be With You”, “The Pier”, "The Swimmer"), the
apostrophes of Norway's, residents’, company’s, '90s, dogs', council's, rock ’n’ roll, ’70s,
Cricketers', rock 'n' roll, Castlebury's, Mongolia's; `declined to comment`, `Asked about a
call-up` (a topic, no clause), `called for an independent review` (a stance), the quoted
reports inside quotations (`told me we'd never win it`).
Annotated by the conventions of make_news_2020s.py, whose builder it uses (docs/quotes.md:
a report holding a fragment gives only the partial row; `and that` after a fragment gives
an indirect row with the same cue; a body inside `Analysts at X` speaks; `A council
spokeswoman` is the council's; a headline's lower-case description after its cue is the
person or body the story gives that role; a quotation paragraph with no cue after the
speaker's own quotation is that speaker's, with no mention and no cue; honorifics stay out
of the canonical name, `Cllr` included).
97 quotations: direct 49, partial 19, indirect 29.
All people are invented (Carina Holm, Rodrigo Alvear, Teresa Olguin, Jenna Ruiz, Ruth
Castañeda, Aaron Threlkeld, Sian Pritchard, Rhys Bowen, Frank and Karen Hollinshead, Annika
Roth, Jean-Marc Feller, Tserendorj Batbayar, Priya Raman, Olivier Bertrand, Oyunchimeg Dorj,
Tom Ashdown, James Penrose, Pieter du Randt, Neil Carrow, Helen Varney, Maureen Tolley, Paul
Okafor), and so are the companies and places Minera Cordillera del Sur, the Quillagua dam,
Banco Andino, Sonoran Compute, Red Mesa, Brennwald AG and its Rigi bars, Limmat Securities,
Castlebury and its lido; the real bodies (Norges Bank and its Council on Ethics, Pembrokeshire
County Council, Visit Pembrokeshire, Bacta, the Ghana Cocoa Board, Mongolia's agriculture
ministry, the FAO, the IFRC, the Professional Cricketers' Association, Somerset and Surrey)
are given invented words and events.

Measured blind, the lead's sealed set of the session of 2026-11-29 (kept from every branch;
the shared score_quotes.py): all kinds overlap F1 98.43 (P 100, R 96.91), end-to-end 93.19
(speaker strict 94.32 on 88 judged, speaker mention 97.85, cue 98.90, kind 100) on main at
23f3a23, to the row the same after the merge of quotes20 and the entity rules of lead36;
direct with named speakers (49) exact 98.97 / overlap 98.97 / end-to-end 94.85; indirect
(29) 89.29 / 96.43 / 92.86; partial (19) 100 / 100 / 89.47. Read then for two rules of
lead36 (tests/sql/quotes_lead36.sql: `said the South African`, `the dogs' mess`).

usage: make_news_2020s_holdout30.py [OUT.jsonl]   (default: news_2020s_holdout30.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h30-wealth-fund", """\
Norway's wealth fund drops Chilean copper miner over dam safety fears

OSLO, Jan 14 (Reuters) - Norway's $2 trillion sovereign wealth fund has excluded Chilean copper producer Minera Cordillera del Sur from its portfolio over the risk of a collapse at one of its tailings dams, Norges Bank said on Wednesday.

The decision followed a recommendation from the fund's Council on Ethics. In its recommendation, the council said the company's Quillagua tailings dam in the Antofagasta region posed "an unacceptable risk of severe environmental damage" to communities downstream.

"We have engaged with the company for more than three years, and we have not seen the improvements we asked for," said Carina Holm, the fund's chief governance officer.

Holm told reporters in Oslo that the exclusion was "a last resort" and that the fund would consider investing again if the company strengthened the dam.

Minera Cordillera del Sur said in a statement it "strongly rejects" the council's conclusions. "The Quillagua facility meets every Chilean and international standard and is inspected by independent engineers twice a year," the company said.

The fund held a 1.2% stake in the company, worth about 1.9 billion Norwegian crowns ($170 million), at the end of 2025.

Chile's mining minister, Rodrigo Alvear, said the government had already ordered an independent inspection of the dam, which sits above the Loa river valley.

"We take any warning about a tailings dam seriously," the minister told reporters in Santiago. "Brumadinho taught the whole industry that lesson."

Shares in Minera Cordillera del Sur fell 3.4% in Santiago on Wednesday. Analysts at Banco Andino said the direct impact on the miner's funding would be limited but warned that other European investors could follow Norway's lead.

(Reporting by Ingrid Moe in Oslo and Felipe Arancibia in Santiago; Editing by Alan Barona)""", [
    # the headline has no cue: no row
    ("Norway's $2 trillion sovereign wealth fund has excluded Chilean copper producer Minera Cordillera del Sur from its portfolio over the risk of a collapse at one of its tailings dams",
     I, "Norges Bank", "Norges Bank", "said"),
    # `the council` for the fund's Council on Ethics named the sentence before; a report
    # holding a fragment: the partial row only
    ("an unacceptable risk of severe environmental damage", P, "Council on Ethics",
     "the council", "said"),
    ("We have engaged with the company for more than three years, and we have not seen the improvements we asked for,",
     D, "Carina Holm", "Carina Holm", "said"),
    # a fragment, then `and that` going on with the same cue: a partial and an indirect row
    ("a last resort", P, "Carina Holm", "Holm", "told"),
    ("that the fund would consider investing again if the company strengthened the dam", I,
     "Carina Holm", "Holm", "told"),
    ("strongly rejects", P, "Minera Cordillera del Sur", "Minera Cordillera del Sur", "said"),
    ("The Quillagua facility meets every Chilean and international standard and is inspected by independent engineers twice a year,",
     D, "Minera Cordillera del Sur", "the company", "said"),
    # the report ends before the writer's `, which ...`
    ("the government had already ordered an independent inspection of the dam", I,
     "Rodrigo Alvear", "Rodrigo Alvear", "said"),
    # `the minister` is the mining minister the text named (`mining` is no role of its own)
    ("We take any warning about a tailings dam seriously,", D, "Rodrigo Alvear",
     "the minister", "told"),
    ("Brumadinho taught the whole industry that lesson.", D, "Rodrigo Alvear", "the minister",
     "told"),
    # a body inside `Analysts at X` speaks; `but warned that` is a second report
    ("the direct impact on the miner's funding would be limited", I, "Banco Andino",
     "Analysts at Banco Andino", "said"),
    ("that other European investors could follow Norway's lead", I, "Banco Andino",
     "Analysts at Banco Andino", "warned"),
])

doc("h30-data-center", """\
Arizona town pauses data center after residents’ wells run low

RED MESA, Ariz. (AP) — The town council in Red Mesa voted 5-2 late Tuesday to pause construction of a $1.4 billion data center after dozens of residents said their private wells had dropped by several feet since the project began pumping groundwater last spring.

“We are not against jobs, and we are not against technology,” Mayor Teresa Olguin said before the vote. “But we cannot drink a server farm.”

The developer, Sonoran Compute, said in a statement that the campus uses “closed-loop cooling” and will draw less water each year than a typical golf course.

“The science is clear that our cooling system is not the problem,” said Jenna Ruiz, a spokeswoman for Sonoran Compute, “and we will show the council that.”

Hydrologist Ruth Castañeda of Northern Arizona University, who reviewed well records for the town, told reporters that groundwater levels in the basin had fallen about 6 feet in 18 months.

“It’s not proof,” she said, “but it’s the kind of pattern you don’t ignore in a desert.”

The spokeswoman said the company had offered to pay for deeper wells for any household that could show its water level had dropped.

State Sen. Aaron Threlkeld, R-Casa Grande, posted on X that the pause sent “the worst possible signal” to companies looking at Arizona. County officials said the project had received every permit required under state law. The dispute has revived talk of the “water wars” that split rural Arizona in the 1980s.

The council will revisit the pause in 90 days. Olguin said she expected the company to come back with “real numbers, not brochures.”""", [
    # the headline has no cue: no row
    ("their private wells had dropped by several feet since the project began pumping groundwater last spring",
     I, None, "dozens of residents", "said"),
    ("We are not against jobs, and we are not against technology,", D, "Teresa Olguin",
     "Teresa Olguin", "said"),
    ("But we cannot drink a server farm.", D, "Teresa Olguin", "Teresa Olguin", "said"),
    # a report holding a fragment: the partial row only; the name in apposition speaks
    ("closed-loop cooling", P, "Sonoran Compute", "Sonoran Compute", "said"),
    # one quotation split by `said X, a spokeswoman for Y,`: two rows, the person speaks
    ("The science is clear that our cooling system is not the problem,", D, "Jenna Ruiz",
     "Jenna Ruiz", "said"),
    ("and we will show the council that.", D, "Jenna Ruiz", "Jenna Ruiz", "said"),
    ("that groundwater levels in the basin had fallen about 6 feet in 18 months", I,
     "Ruth Castañeda", "Ruth Castañeda", "told"),
    # split by `she said,`
    ("It’s not proof,", D, "Ruth Castañeda", "she", "said"),
    ("but it’s the kind of pattern you don’t ignore in a desert.", D, "Ruth Castañeda", "she",
     "said"),
    # the role the text gave Jenna Ruiz in apposition, after another woman spoke
    ("the company had offered to pay for deeper wells for any household that could show its water level had dropped",
     I, "Jenna Ruiz", "The spokeswoman", "said"),
    ("the worst possible signal", P, "Aaron Threlkeld", "Aaron Threlkeld", "posted"),
    ("the project had received every permit required under state law", I, None,
     "County officials", "said"),
    # “water wars”: a term with no one saying it, no row
    ("real numbers, not brochures.", P, "Teresa Olguin", "Olguin", "said"),
])

doc("h30-dog-ban", """\
Dog owners 'let down' by beach ban, says campaigner

Dog owners in Pembrokeshire say they have been 'let down' after the council extended a summer ban on dogs to 14 of the county's beaches.

Pembrokeshire County Council said the restrictions, which run from May to September, were needed to protect bathing water quality and families with young children.

Campaigner Sian Pritchard, who runs a dog walking group with more than 3,000 members, said:

'We have walked these beaches since the '90s and nobody has ever asked us what we think.

'Responsible owners pick up after their dogs, keep them on leads near families and stay away from the lifeguard flags.

'Now we are being punished for the dogs' mess that a handful of people leave behind.'

The council's cabinet member for the environment, Cllr Rhys Bowen, said the ban was 'not about punishing anyone'.

'Last summer we had more complaints about dogs on beaches than about anything else,' he told BBC Radio Wales. 'We have to listen to those families too.'

A council spokeswoman said the ban would be reviewed after two summers.

According to Visit Pembrokeshire, dog-friendly holidays now make up a fifth of bookings in the county. More than 8,000 people have signed a so-called 'paws on the sand' petition calling for the ban to be reversed.""", [
    # a headline's description after its cue: the person the story calls a campaigner
    ("let down", P, "Sian Pritchard", "campaigner", "says"),
    # a plural with its place: the whole phrase, no one named
    ("let down", P, None, "Dog owners in Pembrokeshire", "say"),
    # a relative clause between the report's subject and its verb stays in it
    ("the restrictions, which run from May to September, were needed to protect bathing water quality and families with young children",
     I, "Pembrokeshire County Council", "Pembrokeshire County Council", "said"),
    # one quotation over three paragraphs after `said:`: one row per paragraph; the
    # apostrophes of '90s and dogs' close nothing
    ("We have walked these beaches since the '90s and nobody has ever asked us what we think.",
     D, "Sian Pritchard", "Sian Pritchard", ("said", 2)),
    ("Responsible owners pick up after their dogs, keep them on leads near families and stay away from the lifeguard flags.",
     D, "Sian Pritchard", "Sian Pritchard", ("said", 2)),
    ("Now we are being punished for the dogs' mess that a handful of people leave behind.", D,
     "Sian Pritchard", "Sian Pritchard", ("said", 2)),
    ("not about punishing anyone", P, "Rhys Bowen", "Rhys Bowen", "said"),
    ("Last summer we had more complaints about dogs on beaches than about anything else,", D,
     "Rhys Bowen", "he", "told"),
    ("We have to listen to those families too.", D, "Rhys Bowen", "he", "told"),
    # a spokeswoman named by the body's noun: the council named close before
    ("the ban would be reviewed after two summers", I, "Pembrokeshire County Council",
     "A council spokeswoman", "said"),
    ("dog-friendly holidays now make up a fifth of bookings in the county", I,
     "Visit Pembrokeshire", "Visit Pembrokeshire", "According to"),
    # 'paws on the sand' after so-called: no row
])

doc("h30-jukebox", """\
‘Every one of them has a voice’: Blackpool’s last jukebox doctor

For half a century Frank Hollinshead has kept the town’s Wurlitzers and Seeburgs playing. At 76, he is looking for someone to take over

The workshop behind Frank Hollinshead’s terraced house smells of solder and old varnish. Six jukeboxes stand along one wall in various states of undress; on the bench, a 1956 Seeburg waits for a new tonearm. Hollinshead, known to two generations of arcade owners as “the Doc”, does not look up when I come in.

“You have to listen to them before you touch them,” he says eventually. “Every one of them has a voice, and every one of them lies to you a little bit.”

He started at 16, sweeping floors in an amusement arcade on the Golden Mile when rock ’n’ roll still ruled the piers. By the ’70s he had his own van and contracts with half the arcades in town. The trade, he says, is dying with him.

“When I started there were 40 of us in Lancashire doing this,” he says. “Now there’s me and a lad in Preston who mostly does pinball.

“Young people can fix a phone, but they’ve never had to fix something that was built to be fixed. That’s a different way of thinking.”

“The arcades don’t want jukeboxes any more. They want screens.”

His daughter, Karen Hollinshead, who does the books, is blunter. “Dad could have retired 10 years ago,” she says. “He doesn’t know how to stop.”

The jukebox in the corner is playing Dusty Springfield’s “I Only Want to Be With You”. Hollinshead restored it for the 2019 television drama “The Pier”, and a signed photo of its star hangs above the door. Arcade owners describe him as “irreplaceable”.

Bacta, the trade body for the amusement industry, said demand for restored machines had “never been stronger”, with collectors paying up to £15,000 for a 1950s Wurlitzer.

So who will take over? “I’ve had three apprentices,” he says. “Two went to Amazon and one went to Australia.” He laughs. “Maybe I should have paid them more.”""", [
    # a headline's quotation signed after a colon by a description of the man it follows
    ("Every one of them has a voice", D, "Frank Hollinshead",
     "Blackpool’s last jukebox doctor", None),
    # “the Doc”: a nickname, no row
    ("You have to listen to them before you touch them,", D, "Frank Hollinshead", "he",
     "says"),
    ("Every one of them has a voice, and every one of them lies to you a little bit.", D,
     "Frank Hollinshead", "he", "says"),
    # a report split by `, he says,`: two rows
    ("The trade", I, "Frank Hollinshead", "he", "says"),
    ("is dying with him", I, "Frank Hollinshead", "he", "says"),
    # interrupted, then running over into the next paragraph (the first does not close)
    ("When I started there were 40 of us in Lancashire doing this,", D, "Frank Hollinshead",
     "he", "says"),
    ("Now there’s me and a lad in Preston who mostly does pinball.", D, "Frank Hollinshead",
     "he", "says"),
    ("Young people can fix a phone, but they’ve never had to fix something that was built to be fixed. That’s a different way of thinking.",
     D, "Frank Hollinshead", "he", "says"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("The arcades don’t want jukeboxes any more. They want screens.", D, "Frank Hollinshead",
     None, None),
    ("Dad could have retired 10 years ago,", D, "Karen Hollinshead", "she", "says"),
    ("He doesn’t know how to stop.", D, "Karen Hollinshead", "she", "says"),
    # titles of works (“I Only Want to Be With You”, “The Pier”): no rows
    ("irreplaceable", P, None, "Arcade owners", "describe"),
    ("never been stronger", P, "Bacta", "Bacta", "said"),
    ("I’ve had three apprentices,", D, "Frank Hollinshead", "he", "says"),
    ("Two went to Amazon and one went to Australia.", D, "Frank Hollinshead", "he", "says"),
    # after a short sentence about him: his, no cue
    ("Maybe I should have paid them more.", D, "Frank Hollinshead", "He", None),
])

doc("h30-cocoa", """\
Brennwald Says Cocoa Squeeze to Last Into 2027 as Chocolate Sales Slow

(Bloomberg) -- Brennwald AG, the Swiss maker of Rigi chocolate bars, said cocoa costs will stay high into 2027 and cut its sales outlook for the second time in four months.

Organic sales will grow 1% to 2% this year, down from a previous forecast of as much as 4%, the Zurich-based company said in a statement Thursday.

The shares fell as much as 7.1% in Zurich, the biggest intraday drop since March 2020. Cocoa futures in New York have more than tripled since the start of 2024.

“We are living through the most extreme cocoa market in the history of this company,” Chief Executive Officer Annika Roth told analysts on a conference call. “Consumers are noticing the prices, and some of them are walking away.”

Roth said the company would reduce the size of some bars rather than raise prices again, a practice known as “shrinkflation” that has drawn criticism from consumer groups in Germany and France.

The company is also weighing a sale of its US ice cream business, according to people with knowledge of the deliberations, who asked not to be identified discussing private information. A Brennwald spokeswoman declined to comment.

“They’re protecting margins, which is the right call, but the volume story is ugly,” said Jean-Marc Feller, an analyst at Limmat Securities in Zurich.

In a note to clients, Feller wrote that he expects volumes to fall “at least 5%” in the second half.

The Ghana Cocoa Board said last week it expects the harvest to recover by about 10% in the season that began in October, which could ease supplies next year.

Roth said she was “cautiously hopeful” about prices in 2027 but added: “We are not planning for it.”""", [
    ("Cocoa Squeeze to Last Into 2027 as Chocolate Sales Slow", I, "Brennwald AG",
     "Brennwald", "Says"),
    # the report ends before the company's own deed (`and cut its sales outlook`)
    ("cocoa costs will stay high into 2027", I, "Brennwald AG", "Brennwald AG", "said"),
    ("Organic sales will grow 1% to 2% this year, down from a previous forecast of as much as 4%",
     I, "Brennwald AG", "the Zurich-based company", "said"),
    ("We are living through the most extreme cocoa market in the history of this company,", D,
     "Annika Roth", "Annika Roth", "told"),
    ("Consumers are noticing the prices, and some of them are walking away.", D,
     "Annika Roth", "Annika Roth", "told"),
    # ends at the writer's `, a practice ...`; “shrinkflation” after `known as`: no row
    ("the company would reduce the size of some bars rather than raise prices again", I,
     "Annika Roth", "Roth", "said"),
    ("The company is also weighing a sale of its US ice cream business", I, None,
     "people with knowledge of the deliberations", "according to"),
    ("They’re protecting margins, which is the right call, but the volume story is ugly,", D,
     "Jean-Marc Feller", "Jean-Marc Feller", "said"),
    ("at least 5%", P, "Jean-Marc Feller", "Feller", "wrote"),
    ("it expects the harvest to recover by about 10% in the season that began in October", I,
     "Ghana Cocoa Board", "The Ghana Cocoa Board", "said"),
    ("cautiously hopeful", P, "Annika Roth", "Roth", "said"),
    ("We are not planning for it.", D, "Annika Roth", "Roth", "added"),
])

doc("h30-dzud", """\
Mongolia's herders count losses as 'dzud' winter kills millions of animals

ULAANBAATAR (AFP) - Mongolian herders are burning dung to stay warm and dragging frozen carcasses from their pens as the country endures its third "dzud" winter in five years.

According to officials, more than 4.7 million head of livestock have died across Mongolia since December as deep snow and temperatures below minus 40 Celsius grip the steppe.

"We had 600 sheep and goats in November. Now we have 140," said Tserendorj Batbayar, 52, a herder in Bayankhongor province, standing beside a pile of carcasses.

"My father lived through the dzud of 2010. This one is worse, much worse" he added.

Mongolia's Ministry of Agriculture has sent emergency hay and fodder to 17 of the country's 21 provinces. Roads in the far west remain blocked by snow, the ministry said in a statement on Tuesday.

Priya Raman, the UN Food and Agriculture Organization's representative in Mongolia, warned that many families who lose their herds would have no choice but to move to the capital. Thousands have already settled in the sprawling "ger districts" of felt tents on the edge of Ulaanbaatar.

"When a family loses its herd, it loses its bank account, its pension and its way of life in a single winter," she told AFP. According to Raman, "Cash reaches people faster than hay. A family can buy fodder from a neighbour the same day."

The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal on Monday. "Spring is when the real cost becomes visible, when the snow melts and the carcasses are counted," said Olivier Bertrand, the head of its delegation in East Asia. He said the federation was seeking 6 million Swiss francs ($7.5 million).

Lawmaker Oyunchimeg Dorj tweeted: "Every herder who lost animals this winter must be compensated before the spring migration."

Back in Bayankhongor, Batbayar said he would stay on the steppe "as long as there is one goat left".""", [
    # "dzud" in the headline and the lede: a term with no one saying it, no row
    ("more than 4.7 million head of livestock have died across Mongolia since December as deep snow and temperatures below minus 40 Celsius grip the steppe",
     I, None, "officials", "According to"),
    ("We had 600 sheep and goats in November. Now we have 140,", D, "Tserendorj Batbayar",
     "Tserendorj Batbayar", "said"),
    # no comma before `he added`: a whole statement, direct
    ("My father lived through the dzud of 2010. This one is worse, much worse", D,
     "Tserendorj Batbayar", "he", "added"),
    # `the ministry` for the ministry named with `of` the sentence before
    ("Roads in the far west remain blocked by snow", I, "Ministry of Agriculture",
     "the ministry", "said"),
    ("that many families who lose their herds would have no choice but to move to the capital",
     I, "Priya Raman", "Priya Raman", "warned"),
    # "ger districts": a term, no row
    ("When a family loses its herd, it loses its bank account, its pension and its way of life in a single winter,",
     D, "Priya Raman", "she", "told"),
    ("Cash reaches people faster than hay. A family can buy fodder from a neighbour the same day.",
     D, "Priya Raman", "Raman", "According to"),
    ("Spring is when the real cost becomes visible, when the snow melts and the carcasses are counted,",
     D, "Olivier Bertrand", "Olivier Bertrand", "said"),
    ("the federation was seeking 6 million Swiss francs ($7.5 million)", I,
     "Olivier Bertrand", "He", "said"),
    ("Every herder who lost animals this winter must be compensated before the spring migration.",
     D, "Oyunchimeg Dorj", "Oyunchimeg Dorj", "tweeted"),
    # a report holding a fragment: the partial row only
    ("as long as there is one goat left", P, "Tserendorj Batbayar", "Batbayar", "said"),
])

doc("h30-cricket", """\
Somerset crowned county champions for first time as Ashdown stars

Somerset have won the County Championship for the first time in their 151-year history after thrashing Surrey by an innings and 42 runs at Taunton.

All-rounder Tom Ashdown, who made 134 on the second day, took the final wicket shortly after lunch on Thursday, trapping Surrey's number 11 lbw to spark wild celebrations in front of a sold-out River Stand.

"It's the best day of my life, no question," the all-rounder said. "My grandad brought me here when I was six and told me we'd never win it. I wish he was here to see this."

Ashdown, nicknamed "Dash" by his team-mates, ended the summer with 1,104 runs and 41 wickets, the first player to complete that double in a season since the so-called "Bazball" era began.

Captain James Penrose, 34, said his side had "earned every point" in a season in which they lost only once.

"People wrote us off in April," the 34-year-old said. "Every one of these lads has proved them wrong."

South African seamer Pieter du Randt, in his third season as Somerset's overseas player, took 62 wickets. "I came here for one summer and now I never want to leave," said the South African.

Surrey head coach Neil Carrow conceded that his side had been "outplayed in every department" and said he would not make excuses.

The Professional Cricketers' Association tweeted: "History made at Taunton. Congratulations to every Somerset player, past and present."

Asked about a call-up for England's winter tour, Ashdown said: "That's for other people to decide. Tonight I just want a pint with my dad."
""".rstrip("\n"), [
    # a player's position alone: the subject of the paragraph before
    ("It's the best day of my life, no question,", D, "Tom Ashdown", "the all-rounder", "said"),
    ("My grandad brought me here when I was six and told me we'd never win it. I wish he was here to see this.",
     D, "Tom Ashdown", "the all-rounder", "said"),
    # "Dash" (a nickname) and "Bazball" (so-called): no rows
    ("earned every point", P, "James Penrose", "James Penrose", "said"),
    # the age the text gave Penrose
    ("People wrote us off in April,", D, "James Penrose", "the 34-year-old", "said"),
    ("Every one of these lads has proved them wrong.", D, "James Penrose", "the 34-year-old",
     "said"),
    # a demonym for one person, the subject of the sentence before
    ("I came here for one summer and now I never want to leave,", D, "Pieter du Randt",
     "the South African", "said"),
    # a report holding a fragment, then a second report after `and said`
    ("outplayed in every department", P, "Neil Carrow", "Neil Carrow", "conceded"),
    ("he would not make excuses", I, "Neil Carrow", "Neil Carrow", "said"),
    ("History made at Taunton. Congratulations to every Somerset player, past and present.",
     D, "Professional Cricketers' Association", "The Professional Cricketers' Association",
     "tweeted"),
    # `Asked about` a topic: no row
    ("That's for other people to decide. Tonight I just want a pint with my dad.", D,
     "Tom Ashdown", "Ashdown", "said"),
])

doc("h30-lido", """\
Lido to reopen in May after £3.2m restoration, council confirms

Castlebury's Victorian lido will reopen to swimmers on May 23 after a £3.2 million restoration, Castlebury Borough Council has confirmed. The open-air pool on Mill Lane closed in 2019 after cracks were found in its basin and was almost sold to a housing developer in 2022.

Cllr Helen Varney, the council's cabinet member for leisure, said that the lido "belongs to the people of this town and always has".

"We came very close to losing it. I don't think anyone on the council will forget how angry people were," she said.

The Friends of Castlebury Lido, which collected 11,000 signatures to save the pool, posted on Facebook that its members were "over the moon".

The group's chairwoman, Maureen Tolley, 67, first swam at the lido in 1965. "Mum used to bring us down with jam sandwiches and a flask of tea," the 67-year-old said. "It was all rock 'n' roll and Beatlemania, and we thought we were very glamorous."

She said the group would now raise money to reopen the old cafe on the site.

According to the council, the heated pool will cost £6.50 for adults and £3 for children.

Not everyone is convinced. Liberal Democrat councillor Paul Okafor said the project had run "£900,000 over budget" and called for an independent review.

"I love the lido as much as anyone," he said. "But residents deserve to know where their money went."

The reopening weekend will end with an open-air screening of the 1968 film "The Swimmer".""", [
    # a headline's lower-case description before its final cue: the council the story names
    ("Lido to reopen in May after £3.2m restoration", I, "Castlebury Borough Council",
     "council", "confirms"),
    ("Castlebury's Victorian lido will reopen to swimmers on May 23 after a £3.2 million restoration",
     I, "Castlebury Borough Council", "Castlebury Borough Council", "confirmed"),
    # `said that "…"`: lower case after `that`, a fragment
    ("belongs to the people of this town and always has", P, "Helen Varney", "Helen Varney",
     "said"),
    ("We came very close to losing it. I don't think anyone on the council will forget how angry people were,",
     D, "Helen Varney", "she", "said"),
    ("over the moon", P, "Friends of Castlebury Lido", "The Friends of Castlebury Lido",
     "posted"),
    # the age given in apposition; rock 'n' roll is no mark
    ("Mum used to bring us down with jam sandwiches and a flask of tea,", D, "Maureen Tolley",
     "the 67-year-old", "said"),
    ("It was all rock 'n' roll and Beatlemania, and we thought we were very glamorous.", D,
     "Maureen Tolley", "the 67-year-old", "said"),
    ("the group would now raise money to reopen the old cafe on the site", I, "Maureen Tolley",
     "She", "said"),
    ("the heated pool will cost £6.50 for adults and £3 for children", I,
     "Castlebury Borough Council", "the council", "According to"),
    # a report holding a fragment; `called for` a stance: no row
    ("£900,000 over budget", P, "Paul Okafor", "Paul Okafor", "said"),
    ("I love the lido as much as anyone,", D, "Paul Okafor", "he", "said"),
    ("But residents deserve to know where their money went.", D, "Paul Okafor", "he", "said"),
    # "The Swimmer": a title, no row
])


if __name__ == "__main__":
    # beside this script (the builder's own default is beside the builder)
    m.write(os.path.join(HERE, "news_2020s_holdout30.jsonl"))
