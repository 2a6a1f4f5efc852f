#!/usr/bin/python3
"""Builds news_2020s_holdout52.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer38 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

- h52-abc-rentcap, an ABC News (Australia) federal politics story on a renters' bill with
  straight double marks, straight apostrophes and Mr/Ms without stops: a cueless headline
  (Renters'); `... after the Greens said they would vote against it unless ...` (a party
  speaking, no `that`); the term "no-grounds" after `so-called` (90 days'); `Greens housing
  spokesperson Senator X said renters had "…"` (a fragment: the partial row only); `"…,"
  Senator Paterno told the ABC. "…"` (doesn't) and a paragraph that opens with a quotation
  and no cue after her own (We'll, won't); `Tasmanian independent senator X, whose vote
  could decide the bill's fate, said he was "…" on a freeze`; `In a post on X, Senator
  Banfield wrote: "…"` (I'm, that's); `But Housing Minister X said a national cap would "…"
  new supply` and `"…," she said at a press conference` holding a colon; `Asked whether the
  government would negotiate ..., the minister said: "…"` (an indirect question by nobody
  named, then the answer under `the minister`); `Ms Kirkland said a cap would backfire ...`;
  `Opposition housing spokesman X accused the government of "…" and said the Coalition would
  oppose the bill "…"` (two fragments, two cues) and `He told reporters that ...`;
  `According to the Australian Bureau of Statistics, ...`; `A spokeswoman for the Property
  Investors Council of Australia said its members were "…"`.
- h52-cbc-water, a CBC News story on a First Nation's boil-water advisory with curly double
  marks and curly apostrophes: a cueless headline; `“…,” Chief X told CBC News on Friday.
  “…”` (it’s); `Bearchild, who was first elected chief in 2021, said ...`; the term “water
  run” after `what residents call`; `She said she would “…”` (a fragment ending in its
  period); `In a statement to CBC News, Indigenous Services Canada said 38 ...` and `“…,” the
  department said.`; `Indigenous Services Minister X posted on X: “…”`; `The First Nation
  posted a video on Facebook of ... with the caption: “…”` (community’s); `Elder X, 78, said
  he still boils ...` and `“…,” the 78-year-old said in Cree, through an interpreter.`
  (you’ve, don’t); `X, the plant’s 26-year-old lead operator, said ...`; `“…,” he said. “…`
  opening a quotation over two paragraphs (didn’t, I’m, water’s); `Conservative Indigenous
  services critic X said the Liberals had “…”` (a fragment; the nearest `said` is the next
  sentence's: the n-th instead) and `He said a Conservative government would ...`; `CBC News
  asked ... for comment but did not hear back` (no row).
- h52-st-harbourline, a Straits Times business story on half-year results with curly double
  marks, curly apostrophes and Singapore house style (`SINGAPORE –`, Mr/Ms, a Chinese name
  with the surname first): a cueless headline (Harbourline’s); `Net profit ... fell to ...,
  the logistics group said in a bourse filing on Nov 12.` (a report before its cue, no
  `that`); `The group said in its filing that it expected “…” in freight rates ...`; `“…,”
  said group chief executive X at a results briefing on Nov 13. “…”` (the second segment's
  nearest `said` is the next paragraph's: the n-th instead); `Ms Ong, who took the helm in
  2023, said ...`; `On the impact of US tariffs, she said: “…”` (It’s); `“…,” said Mr X, head
  of regional research at Y, who has a “buy” call on the stock. “…”` (won’t; a rating term
  between the two segments); `Lionstone Research analyst X was more cautious, writing in a
  note to clients that the warehouse project would “…”` and `She cut her target price ...,
  and told The Straits Times that ...` (a deed, then a report under the same pronoun);
  `According to Enterprise Singapore, ...`; `On the HardwareZone forum, one retail investor
  wrote: “…”`; `Ms Ong said she was not worried ...` and `“…,” the 51-year-old said. “…”`
  (don’t).
- h52-aje-uvira, an Al Jazeera conflict story from eastern DR Congo with straight double
  marks: a colon headline without a quotation (`trade blame`: no clause); `..., aid groups
  say, as the army and M23 rebels blamed each other ...` (a report before its cue, nobody
  named; `blamed`: no clause); `..., according to the United Nations Office for the
  Coordination of Humanitarian Affairs (OCHA).`; `"…," said X, OCHA's head of office in
  South Kivu. "…"` (the second segment's nearest `said` is the next paragraph's); `Congolese
  army spokesman Major X said the rebels had fired mortars ... "…"` and `"…," he told Al
  Jazeera by phone from Kinshasa.`; `rejected the accusation` (no row); `In a post on X,
  AFC/M23 spokesman X wrote that government forces ... had "…"` and `"…," he wrote.`; `The UN
  refugee agency, UNHCR, said more than 40,000 ...`; `Al Jazeera's X, reporting from
  Bujumbura, said the main road ... was "…"`; `X, a 34-year-old trader who ..., said: "…`
  opening a quotation over two paragraphs (don't); `A woman sheltering in a Catholic church
  ..., who asked not to be named ..., told Al Jazeera: "…"`; `Rwanda, which signed a peace
  agreement ..., has repeatedly denied backing the M23, despite the findings of UN experts`
  (a deed and a denial without a clause: no row); `Its government spokeswoman, X, said on
  Tuesday that Kigali was "…" and urged Kinshasa to "…"` (two fragments, two cues).
- h52-ap-treasurer, an AP courts story with a dateline, straight double marks and straight
  apostrophes: a cueless headline; `ALBUQUERQUE, N.M. (AP) — ... was sentenced Tuesday ...`;
  `Prosecutors said he diverted ...` (nobody named) and `He spent about $2.7 million ...,
  according to court documents.` (no speaker, no mention); `"…," U.S. District Judge X told
  Hendricks before handing down the sentence. "…"` (county's, sheriff's) and at once
  `Quintero said the sentence, two years longer than the defense had asked for, reflected
  "…" of the fraud` (a fragment); `"…," he said, his voice breaking. "…"` holding `told`;
  `X, who succeeded Hendricks as treasurer ..., told the court that ...`; `"…," she said,
  turning to face Hendricks. "…` opening a quotation over two paragraphs; `Defense attorney X
  had asked for six years, saying his client had ...` (`asked for`: no clause; `saying` the
  cue) and `"…," Sandoval said outside the courthouse.` (He's, he's); a reporter's question
  `"…?" a reporter asked as ...`, `He did not respond.` (no row) and `Sandoval answered for
  him: "…"` holding `He said`; `The U.S. Attorney's Office for the District of New Mexico
  said in a statement that the case should serve as "…"` (a fragment); `..., county
  officials said.` (a report before its cue, nobody named).
- h52-bbc-hollins, a BBC Sport tennis story, interview-heavy, with straight double marks in
  the text, straight single marks in the headline and straight apostrophes: the headline
  `'…' - Hollins into first Grand Slam quarter-final` (a quotation with no cue); `Britain's X
  says she "…" as she stunned ...`; `"…," Hollins told BBC Sport. "…"` whose second segment
  holds a nested 'You've been here before, ...' (You've, no row of its own) and a paragraph
  that opens with a quotation and no cue after her own; `Rostova, who ..., said she had "…"`,
  `"…," the 27-year-old told reporters.` (That's) and `She later posted on Instagram: "…"`
  (the pronoun for the loser, not the winner); `Hollins was asked about the moment ...` (no
  clause, no row), a reporter's question `"…?" one reporter asked.` and the answer `"…," she
  said, laughing. "…"`; `Her coach, former Argentine player X, said Hollins had "…"` and `"…,"
  said Aguirre, 41. "…"` (She's, I've); `Former British number one X, speaking on BBC Radio 5
  Live, said Hollins had "…" and could go "…"` (two fragments, one cue); the title "Deuce With
  Ellie" (China's); `The Lawn Tennis Association posted on X: "…"`; `Asked what she would do
  to celebrate, the 22-year-old said: "…"` (I'm) and `She said she had not looked ...`.
- h52-politico-euinc, a Politico Europe policy story with curly double marks, curly single
  marks in the headline and curly apostrophes: a cueless headline (Brussels’ and the name
  ‘EU Inc’); a standfirst `Founders say that would kill it.` (a demonstrative `that` opening
  the clause, taken whole; nobody named); `calls for national notaries to keep a role` (a
  demand without a clause: no row) and the name “EU Inc” (Commission’s); `“…,” said X,
  co-founder of ... and one of the organizers of ... “…”` (haven’t, You’ve) and the letter's
  title “Don’t Make Us Choose Delaware,”; `The Commission’s startups commissioner, X,
  defended the proposal.` (no row), `“…,” she told POLITICO ...` holding a colon and `She
  added that ...`; `Two EU diplomats said Paris and Berlin had been “…” for weeks` (a
  fragment, nobody named), `Both were granted anonymity ...` and `“…,” one of them said.`
  (that’s); `France’s minister for Europe, X, told reporters in Brussels that Paris backed
  “…” of the plan but wanted “…”` (two fragments, one cue); `Renew Europe MEP X, a German
  liberal, wrote on LinkedIn that his own government was “…”`; `Vogt said three of the
  letter’s signatories had ...` and `“…,” she said.` (It’s, it’s); `BusinessEurope, the EU’s
  largest employers’ lobby, said in a position paper that ...` and `But it warned against
  “…” on labor rules.`; the strategy's title “Choose Europe to Start and Scale,” with
  `promised founders a single set of rules` (no clause); `A Commission spokesperson said the
  timetable ... “…”`.

Not rows: terms, names and ratings ("no-grounds", “water run”, “buy”, ‘EU Inc’, “EU Inc”),
titles of works ("Deuce With Ellie", “Don’t Make Us Choose Delaware,”, “Choose Europe to
Start and Scale,”), a quotation nested inside another ('You've been here before, ...'),
quoted reports nested inside a quotation (`I told myself` in Hendricks's, `He said` in
Sandoval's answer), the apostrophes (Renters', government's, renters', 90 days', doesn't,
We'll, won't, bill's, I'm, that's, it’s, plant’s, community’s, you’ve, don’t, didn’t, I’m,
water’s, Harbourline’s, It’s, won’t, OCHA's, Al Jazeera's, don't, county's, sheriff's, He's,
he's, Attorney's, Britain's, You've, That's, She's, I've, China's, Brussels’, Commission’s,
haven’t, You’ve, Don’t, that’s, France’s, letter’s, EU’s, employers’), headlines without a
cue, deeds, demands and denials without a clause (`trade blame`, `blamed each other for the
attacks`, `rejected the accusation`, `has repeatedly denied backing the M23`, `signed a peace
agreement`, `had asked for six years`, `He did not respond`, `She cut her target price`,
`defended the proposal`, `calls for national notaries to keep a role`, `promised founders a
single set of rules`, `Hollins was asked about the moment ...`, `CBC News asked ... for
comment`), and desires (`France and Germany want the startup regime watered down`).
7 articles, 16,799 characters; 115 quotations: direct 58, partial 28, indirect 29.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Senator, Housing Minister, Chief, Elder, Indigenous Services Minister,
Mr, Major, U.S. District Judge or Defense attorney; a mention that is the full name is
written without its title, one that is a surname keeps it: `Senator Paterno`, `Senator
Banfield`, `Ms Kirkland`, `Ms Ong`) or None when the text names nobody who can be the
speaker (aid groups, prosecutors, court documents, county officials, a reporter, a retail
investor, a woman who asked not to be named, founders, two EU diplomats and `one of them`,
the askers of `Asked whether ...` and `Asked what ...`); a report holding a quoted fragment
gives only the partial row, and a second report in the same sentence with its own cue its
own row; two fragments under one cue give a partial row each with that cue; an indirect
span is the reported clause with its leading `that` when it has one, without a closing
period, and a report before its cue (`..., the logistics group said`, `..., aid groups say,`,
`..., county officials said.`) is the clause before the comma; an indirect question after
`Asked` is a row with no speaker and no mention; a quotation split by its attribution gives
one row per segment with the same mention and cue; a quotation paragraph with no cue after
the speaker's own quotation is that speaker's, with no mention and no cue; a quotation over
several paragraphs gives one row per paragraph, all with the mention and cue of the
paragraph that opens it; a spokeswoman or spokesperson who is not named, a statement, a
filing and a caption posted by a body speak for the body named (the Property Investors
Council of Australia, Indigenous Services Canada, Harbourline Holdings, Kisik Lake Cree
Nation, the U.S. Attorney's Office for the District of New Mexico, the European
Commission), a spokesman or spokeswoman who is named for himself or herself; a party (the
Greens) and a lobby (BusinessEurope) speak for themselves; descriptions (`the minister`,
`the department`, `the logistics group`, `The group`, `The First Nation`, `the 78-year-old`,
`the 51-year-old`, `the 27-year-old`, `the 22-year-old`) speak for the entity they refer back
to; a headline's quotation with no cue gives the row with the name in the headline as the
mention and no cue.
All people are invented (Tessa Kirkland, Ella Paterno, Rhys Banfield, Andrew Doukas, Delia
Bearchild, Marc-André Lavoie, Walter Kinequon, Jesse Ahenakew, Brent Lachance, Ong Siew Ling,
Kelvin Teo, Priya Raman, Amina Diallo-Kessler, Patrick Ilunga-Mbaya, Jean-Pierre Habimana,
Nadine Mukendi, Furaha Bahati, Claudine Uwase, Dale Hendricks, Marisa Quintero, Rosalind
Archuleta, Luis Sandoval, Ellie Hollins, Kamila Rostova, Tomás Aguirre, Laura Mackinnon,
Madison Reyes, Li Xiaotong, Anneliese Vogt, Helga Marn, Clément Aubriot, Jonas Wittekind): no
real public figure appears, and the offices they hold in the text (Australia's housing
minister, Canada's Indigenous services minister, the Congolese army's and Rwanda's
government's spokespeople, a U.S. district judge in New Mexico, the EU's startups
commissioner, France's minister for Europe) are given to invented people. Invented too are
Kisik Lake Cree Nation, the Property Investors Council of Australia, Harbourline Holdings,
Maybridge Securities, Lionstone Research, Piñon County, Klarwerk, the letter and every event,
quotation and figure; the real bodies (the Greens, Labor, the Coalition, the ABC, the
Australian Bureau of Statistics, CBC News, Indigenous Services Canada, the Saskatchewan Water
Security Agency, the Liberals and Conservatives, The Straits Times, Enterprise Singapore,
HardwareZone, OCHA, UNHCR, the M23 and the AFC, the Wazalendo, Al Jazeera, the U.S.
Attorney's Office for the District of New Mexico, AP, BBC Sport, BBC Radio 5 Live, the Lawn
Tennis Association, the European Commission, POLITICO, Renew Europe, BusinessEurope) are
given invented words or events.

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

usage: make_news_2020s_holdout52.py [OUT.jsonl]   (default: news_2020s_holdout52.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h52-abc-rentcap", """
Renters' bill in doubt as Senate showdown looms over rent caps

The federal government's flagship renters' bill is in doubt after the Greens said they would vote
against it unless it limits how much rents can rise each year. The bill would end so-called
"no-grounds" evictions nationally and require landlords to give 90 days' notice of a rent rise.

Greens housing spokesperson Senator Ella Paterno said renters had "waited long enough" for the
government to act. "This bill gives renters a nicer letter when their rent goes up by $150 a week,"
Senator Paterno told the ABC. "It doesn't stop the rent going up by $150 a week."

"We'll be moving amendments for a two-year freeze followed by a cap, and if Labor won't accept them,
we won't pass it."

Tasmanian independent senator Rhys Banfield, whose vote could decide the bill's fate, said he was
"open to a compromise" on a freeze. In a post on X, Senator Banfield wrote: "Renters in Hobart are
paying 40 per cent more than they were five years ago. I'm not voting for a bill that pretends
that's fine."

But Housing Minister Tessa Kirkland said a national cap would "choke off" new supply. "Every serious
economist who has looked at rent caps has found the same thing: they work for a year and then the
supply dries up," she said at a press conference in Canberra.

Asked whether the government would negotiate with the Greens, the minister said: "We'll talk to
anyone who wants to build more homes. We won't sign up to something we know will make it worse." Ms
Kirkland said a cap would backfire in states where construction had already slowed.

Opposition housing spokesman Andrew Doukas accused the government of "trying to look busy" and said
the Coalition would oppose the bill "in any form". He told reporters that the real problem was a
shortage of tradespeople, not landlords.

According to the Australian Bureau of Statistics, rents in capital cities rose 6.1 per cent in the
year to September, the fastest annual increase in 15 years.

A spokeswoman for the Property Investors Council of Australia said its members were "already selling
up" in states that had tightened rental laws. The bill is due to return to the Senate on Tuesday.
""", [
    ("they would vote against it unless it limits how much rents can rise each year", I,
     "Greens", "the Greens", "said"),
    ("waited long enough", P, "Ella Paterno", "Ella Paterno", "said"),
    ("This bill gives renters a nicer letter when their rent goes up by $150 a week,", D,
     "Ella Paterno", "Senator Paterno", "told"),
    ("It doesn't stop the rent going up by $150 a week.", D, "Ella Paterno",
     "Senator Paterno", "told"),
    ("We'll be moving amendments for a two-year freeze followed by a cap, and if Labor won't "
     "accept them, we won't pass it.", D, "Ella Paterno", None, None),
    ("open to a compromise", P, "Rhys Banfield", "Rhys Banfield", "said"),
    ("Renters in Hobart are paying 40 per cent more than they were five years ago. I'm not "
     "voting for a bill that pretends that's fine.", D, "Rhys Banfield", "Senator Banfield",
     "wrote"),
    ("choke off", P, "Tessa Kirkland", "Tessa Kirkland", "said"),
    ("Every serious economist who has looked at rent caps has found the same thing: they "
     "work for a year and then the supply dries up,", D, "Tessa Kirkland", "she", "said"),
    ("whether the government would negotiate with the Greens", I, None, None, "Asked"),
    ("We'll talk to anyone who wants to build more homes. We won't sign up to something we "
     "know will make it worse.", D, "Tessa Kirkland", "the minister", "said"),
    ("a cap would backfire in states where construction had already slowed", I,
     "Tessa Kirkland", "Ms Kirkland", "said"),
    ("trying to look busy", P, "Andrew Doukas", "Andrew Doukas", "accused"),
    ("in any form", P, "Andrew Doukas", "Andrew Doukas", "said"),
    ("that the real problem was a shortage of tradespeople, not landlords", I,
     "Andrew Doukas", "He", "told"),
    ("rents in capital cities rose 6.1 per cent in the year to September, the fastest annual "
     "increase in 15 years", I, "Australian Bureau of Statistics",
     "the Australian Bureau of Statistics", "According to"),
    ("already selling up", P, "Property Investors Council of Australia",
     "A spokeswoman for the Property Investors Council of Australia", "said"),
])

doc("h52-cbc-water", """
Boil-water advisory lifted at Sask. First Nation after 11 years

Residents of Kisik Lake Cree Nation can drink water straight from the tap for the first time in more
than a decade after a long-term boil-water advisory was lifted on Thursday.

“Our kids have never known what it’s like to just turn on the tap and drink,” Chief Delia Bearchild
told CBC News on Friday. “There are teenagers here who grew up thinking bottled water was normal.”

Bearchild, who was first elected chief in 2021, said the new treatment plant cost about $19 million
and took four years to build. Until now, many families made what residents call the “water run” — a
two-hour round trip to Prince Albert every week to fill jugs. She said she would “believe it when
the tests keep coming back clean for a year.”

In a statement to CBC News, Indigenous Services Canada said 38 long-term advisories remained in
effect on First Nations across the country, including 11 in Saskatchewan. “Every advisory lifted is
a step toward closing a gap that should never have existed,” the department said.

Indigenous Services Minister Marc-André Lavoie posted on X: “Clean water is a right, not a
privilege. Congratulations to Kisik Lake, and thank you to the operators who made this happen.” The
First Nation posted a video on Facebook of children at the community’s school lining up at a new
drinking fountain, with the caption: “First sip in 11 years!”

Not everyone is ready to celebrate. Elder Walter Kinequon, 78, said he still boils his water out of
habit. “When you’ve been told for 11 years that the water will make you sick, you don’t stop being
careful just because somebody put up a new building,” the 78-year-old said in Cree, through an
interpreter.

Jesse Ahenakew, the plant’s 26-year-old lead operator, said the hardest part had been the training,
not the construction. “I was 22 when I started, and I didn’t know anything about chlorine or
turbidity,” he said. “Now I’m the guy people call at two in the morning when an alarm goes off.

“My kokum still asks me every day if the water’s OK. Every day I tell her yes, and every day she
boils it anyway.”

Conservative Indigenous services critic Brent Lachance said the Liberals had “promised to end every
advisory by 2021 and missed it by a mile.” He said a Conservative government would publish a
deadline for every remaining advisory. CBC News asked the Saskatchewan Water Security Agency for
comment but did not hear back by publication time.
""", [
    ("Our kids have never known what it’s like to just turn on the tap and drink,", D,
     "Delia Bearchild", "Delia Bearchild", "told"),
    ("There are teenagers here who grew up thinking bottled water was normal.", D,
     "Delia Bearchild", "Delia Bearchild", "told"),
    ("the new treatment plant cost about $19 million and took four years to build", I,
     "Delia Bearchild", "Bearchild", "said"),
    ("believe it when the tests keep coming back clean for a year.", P, "Delia Bearchild",
     "She", "said"),
    ("38 long-term advisories remained in effect on First Nations across the country, "
     "including 11 in Saskatchewan", I, "Indigenous Services Canada",
     "Indigenous Services Canada", "said"),
    ("Every advisory lifted is a step toward closing a gap that should never have existed,",
     D, "Indigenous Services Canada", "the department", "said"),
    ("Clean water is a right, not a privilege. Congratulations to Kisik Lake, and thank you "
     "to the operators who made this happen.", D, "Marc-André Lavoie", "Marc-André Lavoie",
     "posted"),
    ("First sip in 11 years!", D, "Kisik Lake Cree Nation", "The First Nation", "posted"),
    ("he still boils his water out of habit", I, "Walter Kinequon", "Walter Kinequon",
     "said"),
    ("When you’ve been told for 11 years that the water will make you sick, you don’t stop "
     "being careful just because somebody put up a new building,", D, "Walter Kinequon",
     "the 78-year-old", "said"),
    ("the hardest part had been the training, not the construction", I, "Jesse Ahenakew",
     "Jesse Ahenakew", "said"),
    ("I was 22 when I started, and I didn’t know anything about chlorine or turbidity,", D,
     "Jesse Ahenakew", "he", "said"),
    ("Now I’m the guy people call at two in the morning when an alarm goes off.", D,
     "Jesse Ahenakew", "he", "said"),
    ("My kokum still asks me every day if the water’s OK. Every day I tell her yes, and "
     "every day she boils it anyway.", D, "Jesse Ahenakew", ("he", 2), ("said", 8)),
    ("promised to end every advisory by 2021 and missed it by a mile.", P, "Brent Lachance",
     "Brent Lachance", ("said", 9)),
    ("a Conservative government would publish a deadline for every remaining advisory", I,
     "Brent Lachance", "He", "said"),
])

doc("h52-st-harbourline", """
Harbourline’s first-half profit slides 21% as freight rates slump

SINGAPORE – Mainboard-listed Harbourline Holdings posted a 21 per cent fall in net profit for the
first half of its financial year, as a slump in container freight rates and softer demand from
US-bound shippers weighed on earnings.

Net profit for the six months ended Sept 30 fell to $48.2 million, from $61 million a year earlier,
the logistics group said in a bourse filing on Nov 12. Revenue slipped 7 per cent to $612 million.
The group said in its filing that it expected “continued volatility” in freight rates for the rest
of the financial year.

“The first half was about as tough as we expected, and in some lanes tougher,” said group chief
executive Ong Siew Ling at a results briefing on Nov 13. “But we have not lost a single major
customer, and that tells me the franchise is intact.”

Ms Ong, who took the helm in 2023, said the group would press ahead with a $90 million automated
warehouse in Tuas, due to open in the second half of 2027. On the impact of US tariffs, she said:
“It’s been smaller than the headlines suggest. Our customers are rerouting, not cancelling. The
cargo still has to move; it just goes through Vietnam or Malaysia first.”

The board declared an interim dividend of 1.2 cents a share, unchanged from a year ago. Analysts
were divided. “The market is pricing Harbourline as if freight rates will stay at the bottom
forever, which they won’t,” said Mr Kelvin Teo, head of regional research at Maybridge Securities,
who has a “buy” call on the stock. “Once rates turn, this is a very cheap stock.”

Lionstone Research analyst Priya Raman was more cautious, writing in a note to clients that the
warehouse project would “weigh on cash flow for at least two years”. She cut her target price to
$1.05 from $1.22, and told The Straits Times that she did not expect freight rates to bottom out
before the middle of next year.

The broader trade picture offers little relief. According to Enterprise Singapore, non-oil domestic
exports fell 4.6 per cent year on year in October, the third straight monthly decline.

Harbourline shares closed 6 per cent lower at $1.18 on Nov 13, after touching a 52-week low of
$1.14. The counter has lost about a quarter of its value since January. On the HardwareZone forum,
one retail investor wrote: “Averaged down twice, regretted it twice. Never again.”

Ms Ong said she was not worried about the share price. “I don’t run the company for the next
quarter,” the 51-year-old said. “I run it for the next decade.”
""", [
    ("Net profit for the six months ended Sept 30 fell to $48.2 million, from $61 million a "
     "year earlier", I, "Harbourline Holdings", "the logistics group", "said"),
    ("continued volatility", P, "Harbourline Holdings", "The group", "said"),
    ("The first half was about as tough as we expected, and in some lanes tougher,", D,
     "Ong Siew Ling", "Ong Siew Ling", "said"),
    ("But we have not lost a single major customer, and that tells me the franchise is "
     "intact.", D, "Ong Siew Ling", "Ong Siew Ling", ("said", 3)),
    ("the group would press ahead with a $90 million automated warehouse in Tuas, due to "
     "open in the second half of 2027", I, "Ong Siew Ling", "Ms Ong", "said"),
    ("It’s been smaller than the headlines suggest. Our customers are rerouting, not "
     "cancelling. The cargo still has to move; it just goes through Vietnam or Malaysia "
     "first.", D, "Ong Siew Ling", "she", "said"),
    ("The market is pricing Harbourline as if freight rates will stay at the bottom forever, "
     "which they won’t,", D, "Kelvin Teo", "Kelvin Teo", "said"),
    ("Once rates turn, this is a very cheap stock.", D, "Kelvin Teo", "Kelvin Teo", "said"),
    ("weigh on cash flow for at least two years", P, "Priya Raman", "Priya Raman",
     "writing"),
    ("that she did not expect freight rates to bottom out before the middle of next year", I,
     "Priya Raman", "She", "told"),
    ("non-oil domestic exports fell 4.6 per cent year on year in October, the third straight "
     "monthly decline", I, "Enterprise Singapore", "Enterprise Singapore", "According to"),
    ("Averaged down twice, regretted it twice. Never again.", D, None, "one retail investor",
     "wrote"),
    ("she was not worried about the share price", I, "Ong Siew Ling", "Ms Ong", "said"),
    ("I don’t run the company for the next quarter,", D, "Ong Siew Ling", "the 51-year-old",
     "said"),
    ("I run it for the next decade.", D, "Ong Siew Ling", "the 51-year-old", "said"),
])

doc("h52-aje-uvira", """
DR Congo: Thousands flee Uvira as army and M23 rebels trade blame for shelling

Thousands of people have fled the eastern Democratic Republic of the Congo city of Uvira after two
days of shelling, aid groups say, as the army and M23 rebels blamed each other for the attacks. At
least 23 civilians, including nine children, have been killed since Saturday, according to the
United Nations Office for the Coordination of Humanitarian Affairs (OCHA).

"The situation in Uvira is deteriorating by the hour," said Amina Diallo-Kessler, OCHA's head of
office in South Kivu. "People are sleeping in churches, in schools, on the side of the road. We have
food for maybe a week."

Congolese army spokesman Major Patrick Ilunga-Mbaya said the rebels had fired mortars into
residential neighbourhoods "with total disregard for human life". "These are not military targets.
These are markets and schools," he told Al Jazeera by phone from Kinshasa.

The M23, part of the Alliance Fleuve Congo (AFC) rebel coalition, rejected the accusation. In a post
on X, AFC/M23 spokesman Jean-Pierre Habimana wrote that government forces and allied Wazalendo
fighters had "shelled their own people to blame us". "We call on the international community to open
its eyes. Kinshasa has chosen war over the Doha process," he wrote.

The UN refugee agency, UNHCR, said more than 40,000 people had crossed into Burundi this week alone,
many of them through the Kavimvira border post. Al Jazeera's Nadine Mukendi, reporting from
Bujumbura, said the main road south out of Uvira was "jammed with people carrying everything they
own".

Furaha Bahati, a 34-year-old trader who crossed into Burundi on Monday with her five children, said:
"The bombs started at night. We did not take anything, not even shoes for the small ones. My husband
stayed behind to look after the house and the goats.

"I have not heard from him since Sunday. I don't know if he is alive."

A woman sheltering in a Catholic church in Uvira, who asked not to be named for fear of reprisals,
told Al Jazeera: "Nobody is protecting us. Not the army, not the rebels, not the UN. We are alone
here."

Rwanda, which signed a peace agreement with Kinshasa in Washington in June, has repeatedly denied
backing the M23, despite the findings of UN experts. Its government spokeswoman, Claudine Uwase,
said on Tuesday that Kigali was "not a party to this conflict" and urged Kinshasa to "stop looking
for scapegoats".
""", [
    ("Thousands of people have fled the eastern Democratic Republic of the Congo city of "
     "Uvira after two days of shelling", I, None, "aid groups", "say"),
    ("At least 23 civilians, including nine children, have been killed since Saturday", I,
     "United Nations Office for the Coordination of Humanitarian Affairs",
     "the United Nations Office for the Coordination of Humanitarian Affairs",
     "according to"),
    ("The situation in Uvira is deteriorating by the hour,", D, "Amina Diallo-Kessler",
     "Amina Diallo-Kessler", "said"),
    ("People are sleeping in churches, in schools, on the side of the road. We have food for "
     "maybe a week.", D, "Amina Diallo-Kessler", "Amina Diallo-Kessler", ("said", 1)),
    ("with total disregard for human life", P, "Patrick Ilunga-Mbaya", "Patrick Ilunga-Mbaya",
     "said"),
    ("These are not military targets. These are markets and schools,", D,
     "Patrick Ilunga-Mbaya", "he", "told"),
    ("shelled their own people to blame us", P, "Jean-Pierre Habimana",
     "Jean-Pierre Habimana", "wrote"),
    ("We call on the international community to open its eyes. Kinshasa has chosen war over "
     "the Doha process,", D, "Jean-Pierre Habimana", "he", "wrote"),
    ("more than 40,000 people had crossed into Burundi this week alone, many of them through "
     "the Kavimvira border post", I, "UNHCR", "UNHCR", "said"),
    ("jammed with people carrying everything they own", P, "Nadine Mukendi", "Nadine Mukendi",
     "said"),
    ("The bombs started at night. We did not take anything, not even shoes for the small "
     "ones. My husband stayed behind to look after the house and the goats.", D,
     "Furaha Bahati", "Furaha Bahati", "said"),
    ("I have not heard from him since Sunday. I don't know if he is alive.", D,
     "Furaha Bahati", ("Furaha Bahati", 1), ("said", 5)),
    ("Nobody is protecting us. Not the army, not the rebels, not the UN. We are alone here.",
     D, None, "A woman", "told"),
    ("not a party to this conflict", P, "Claudine Uwase", "Claudine Uwase", "said"),
    ("stop looking for scapegoats", P, "Claudine Uwase", "Claudine Uwase", "urged"),
])

doc("h52-ap-treasurer", """
Former New Mexico county treasurer gets 8 years for stealing $4.1 million

ALBUQUERQUE, N.M. (AP) — A former county treasurer in New Mexico who stole more than $4.1 million in
public money over nearly a decade, much of it spent on racehorses, was sentenced Tuesday to eight
years in federal prison.

Dale Hendricks, 61, pleaded guilty in July to wire fraud and money laundering. Prosecutors said he
diverted property tax payments from Piñon County into accounts he controlled between 2015 and 2024.
He spent about $2.7 million of it buying, training and racing quarter horses, according to court
documents.

"You were trusted with the money that pays for this county's roads, its sheriff's deputies and its
school buses," U.S. District Judge Marisa Quintero told Hendricks before handing down the sentence.
"You treated it like your own checking account." Quintero said the sentence, two years longer than
the defense had asked for, reflected "the scale and the length" of the fraud.

Hendricks, wearing a gray suit, stood and read from a sheet of paper. "I am ashamed of what I did,"
he said, his voice breaking. "I told myself I would pay it back. I never did."

Rosalind Archuleta, who succeeded Hendricks as treasurer and found the missing money during an
audit, told the court that the county had cut bus routes and delayed hiring deputies to cover the
losses. "People in this county lost services because of you," she said, turning to face Hendricks.
"A bus route that took kids from the mesa to the high school was cut. A clinic closed two days a
week.

"And the whole time, you were at the track in Ruidoso with our money."

Defense attorney Luis Sandoval had asked for six years, saying his client had a gambling addiction
and had cooperated with investigators. "Dale is not a monster. He's a sick man who made terrible
choices, and he's going to spend the rest of his life making it right," Sandoval said outside the
courthouse.

"Do you have anything to say to the families?" a reporter asked as Hendricks walked to a waiting car
with his wife. He did not respond. Sandoval answered for him: "He said what he needed to say in
there."

The U.S. Attorney's Office for the District of New Mexico said in a statement that the case should
serve as "a warning to anyone who handles public money." Hendricks was ordered to report to prison
by Jan. 15 and to pay $4.1 million in restitution. Piñon County has recovered about $600,000 so far,
county officials said.
""", [
    ("he diverted property tax payments from Piñon County into accounts he controlled "
     "between 2015 and 2024", I, None, "Prosecutors", "said"),
    ("He spent about $2.7 million of it buying, training and racing quarter horses", I, None,
     None, "according to"),
    ("You were trusted with the money that pays for this county's roads, its sheriff's "
     "deputies and its school buses,", D, "Marisa Quintero", "Marisa Quintero", "told"),
    ("You treated it like your own checking account.", D, "Marisa Quintero",
     "Marisa Quintero", "told"),
    ("the scale and the length", P, "Marisa Quintero", "Quintero", "said"),
    ("I am ashamed of what I did,", D, "Dale Hendricks", "he", "said"),
    ("I told myself I would pay it back. I never did.", D, "Dale Hendricks", "he", "said"),
    ("that the county had cut bus routes and delayed hiring deputies to cover the losses", I,
     "Rosalind Archuleta", "Rosalind Archuleta", "told"),
    ("People in this county lost services because of you,", D, "Rosalind Archuleta", "she",
     "said"),
    ("A bus route that took kids from the mesa to the high school was cut. A clinic closed "
     "two days a week.", D, "Rosalind Archuleta", "she", "said"),
    ("And the whole time, you were at the track in Ruidoso with our money.", D,
     "Rosalind Archuleta", ("she", 1), ("said", 4)),
    ("his client had a gambling addiction and had cooperated with investigators", I,
     "Luis Sandoval", "Luis Sandoval", "saying"),
    ("Dale is not a monster. He's a sick man who made terrible choices, and he's going to "
     "spend the rest of his life making it right,", D, "Luis Sandoval", "Sandoval", "said"),
    ("Do you have anything to say to the families?", D, None, "a reporter", "asked"),
    ("He said what he needed to say in there.", D, "Luis Sandoval", "Sandoval", "answered"),
    ("a warning to anyone who handles public money.", P,
     "U.S. Attorney's Office for the District of New Mexico",
     "The U.S. Attorney's Office for the District of New Mexico", "said"),
    ("Piñon County has recovered about $600,000 so far", I, None, "county officials",
     "said"),
])

doc("h52-bbc-hollins", """
'I finally feel like I belong here' - Hollins into first Grand Slam quarter-final

Britain's Ellie Hollins says she "stopped looking at the scoreboard" as she stunned world number
four Kamila Rostova to reach her first Grand Slam quarter-final at the Australian Open. The
22-year-old, ranked 58th in the world, won 6-4 3-6 7-5 in two hours and 41 minutes on Margaret Court
Arena.

"When I was a set and a break down in Paris last year, I panicked. Today I just stayed with it,"
Hollins told BBC Sport. "I kept telling myself, 'You've been here before, you know what to do.'"

"My coach has been on at me for two years to trust my forehand down the line. I finally listened."

Rostova, who had treatment on her right shoulder early in the third set, said she had "no excuses".
"She was better in the big moments. That's tennis," the 27-year-old told reporters. She later posted
on Instagram: "Not the result I wanted. Proud of the fight. See you in Paris."

At her post-match news conference, Hollins was asked about the moment she dropped to the court after
match point. "Did you plan that celebration?" one reporter asked. "Honestly? No," she said,
laughing. "I think I was trying to look cool and I just sort of collapsed. My legs had gone."

Her coach, former Argentine player Tomás Aguirre, said Hollins had "grown up a lot" since a
first-round exit at Wimbledon in July. "People see the results now, but the work was done in
November, when nobody was watching," said Aguirre, 41. "She's the hardest worker I've ever coached."

Former British number one Laura Mackinnon, speaking on BBC Radio 5 Live, said Hollins had "every
shot in the book" and could go "all the way" in Melbourne.

Hollins, who hosts a podcast called "Deuce With Ellie" with her older sister, will play American
Madison Reyes or China's Li Xiaotong in the quarter-finals on Tuesday. The Lawn Tennis Association
posted on X: "Quarter-finalist. Ellie Hollins, take a bow."

Asked what she would do to celebrate, the 22-year-old said: "Ice bath, physio, sleep. I'm boring
like that." She said she had not looked at the draw and did not plan to.
""", [
    ("I finally feel like I belong here", D, "Ellie Hollins", "Hollins", None),
    ("stopped looking at the scoreboard", P, "Ellie Hollins", "Ellie Hollins", "says"),
    ("When I was a set and a break down in Paris last year, I panicked. Today I just stayed "
     "with it,", D, "Ellie Hollins", "Hollins", "told"),
    ("I kept telling myself, 'You've been here before, you know what to do.'", D,
     "Ellie Hollins", "Hollins", "told"),
    ("My coach has been on at me for two years to trust my forehand down the line. I finally "
     "listened.", D, "Ellie Hollins", None, None),
    ("no excuses", P, "Kamila Rostova", "Rostova", "said"),
    ("She was better in the big moments. That's tennis,", D, "Kamila Rostova",
     "the 27-year-old", "told"),
    ("Not the result I wanted. Proud of the fight. See you in Paris.", D, "Kamila Rostova",
     "She", "posted"),
    ("Did you plan that celebration?", D, None, "one reporter", "asked"),
    ("Honestly? No,", D, "Ellie Hollins", "she", "said"),
    ("I think I was trying to look cool and I just sort of collapsed. My legs had gone.", D,
     "Ellie Hollins", "she", "said"),
    ("grown up a lot", P, "Tomás Aguirre", "Tomás Aguirre", "said"),
    ("People see the results now, but the work was done in November, when nobody was "
     "watching,", D, "Tomás Aguirre", "Aguirre", "said"),
    ("She's the hardest worker I've ever coached.", D, "Tomás Aguirre", "Aguirre", "said"),
    ("every shot in the book", P, "Laura Mackinnon", "Laura Mackinnon", "said"),
    ("all the way", P, "Laura Mackinnon", "Laura Mackinnon", "said"),
    ("Quarter-finalist. Ellie Hollins, take a bow.", D, "Lawn Tennis Association",
     "The Lawn Tennis Association", "posted"),
    ("what she would do to celebrate", I, None, None, "Asked"),
    ("Ice bath, physio, sleep. I'm boring like that.", D, "Ellie Hollins", "the 22-year-old",
     "said"),
    ("she had not looked at the draw and did not plan to", I, "Ellie Hollins", "She",
     "said"),
])

doc("h52-politico-euinc", """
Capitals take aim at Brussels’ ‘EU Inc’ plan before the ink is dry

France and Germany want the startup regime watered down. Founders say that would kill it.

Paris and Berlin are pushing to strip key provisions from the European Commission’s plan for a
single EU-wide company law for startups, a move that has alarmed founders who spent two years
lobbying for it. A two-page joint paper dated Nov. 18 and seen by POLITICO calls for national
notaries to keep a role in registering companies and for employee stock options to remain taxed
under national rules — two of the changes the Commission had billed as the heart of its “EU Inc”
offer.

“If you keep 27 sets of notaries and 27 tax treatments, you haven’t built a 28th regime,” said
Anneliese Vogt, co-founder of the Berlin-based payments startup Klarwerk and one of the organizers
of an open letter signed by more than 400 founders. “You’ve built a 28th form.” The letter, titled
“Don’t Make Us Choose Delaware,” was published on Monday.

The Commission’s startups commissioner, Helga Marn, defended the proposal. “We have been very clear:
this is one regime, one register, one set of rules, or it is nothing,” she told POLITICO on the
sidelines of a Competitiveness Council meeting. She added that the Commission would not withdraw the
proposal.

Two EU diplomats said Paris and Berlin had been “working the room” for weeks ahead of a meeting of
ambassadors on Wednesday. Both were granted anonymity to discuss closed-door talks. “The French see
notaries as a sovereignty issue and the Germans see the tax piece as a sovereignty issue, so you can
imagine how that’s going,” one of them said.

France’s minister for Europe, Clément Aubriot, told reporters in Brussels that Paris backed “the
ambition” of the plan but wanted “legal certainty” for companies and their workers. Renew Europe MEP
Jonas Wittekind, a German liberal, wrote on LinkedIn that his own government was “about to kill the
one European idea founders actually like.”

Vogt said three of the letter’s signatories had already incorporated in Delaware this year. “It’s
not a threat, it’s a description,” she said.

BusinessEurope, the EU’s largest employers’ lobby, said in a position paper that it supported the
regime. But it warned against “a race to the bottom” on labor rules.

The push comes months after the Commission’s own startup strategy, “Choose Europe to Start and
Scale,” promised founders a single set of rules across the bloc. A Commission spokesperson said the
timetable for a final text in March “has not changed.”
""", [
    ("that would kill it", I, None, "Founders", "say"),
    ("If you keep 27 sets of notaries and 27 tax treatments, you haven’t built a 28th "
     "regime,", D, "Anneliese Vogt", "Anneliese Vogt", "said"),
    ("You’ve built a 28th form.", D, "Anneliese Vogt", "Anneliese Vogt", "said"),
    ("We have been very clear: this is one regime, one register, one set of rules, or it is "
     "nothing,", D, "Helga Marn", "she", "told"),
    ("that the Commission would not withdraw the proposal", I, "Helga Marn", "She", "added"),
    ("working the room", P, None, "Two EU diplomats", "said"),
    ("The French see notaries as a sovereignty issue and the Germans see the tax piece as a "
     "sovereignty issue, so you can imagine how that’s going,", D, None, "one of them",
     "said"),
    ("the ambition", P, "Clément Aubriot", "Clément Aubriot", "told"),
    ("legal certainty", P, "Clément Aubriot", "Clément Aubriot", "told"),
    ("about to kill the one European idea founders actually like.", P, "Jonas Wittekind",
     "Jonas Wittekind", "wrote"),
    ("three of the letter’s signatories had already incorporated in Delaware this year", I,
     "Anneliese Vogt", "Vogt", "said"),
    ("It’s not a threat, it’s a description,", D, "Anneliese Vogt", "she", "said"),
    ("that it supported the regime", I, "BusinessEurope", "BusinessEurope", "said"),
    ("a race to the bottom", P, "BusinessEurope", "it", "warned"),
    ("has not changed.", P, "European Commission", "A Commission spokesperson", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout52.jsonl"))
