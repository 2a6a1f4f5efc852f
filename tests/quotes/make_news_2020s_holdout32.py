#!/usr/bin/python3
"""Builds news_2020s_holdout32.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, written blind by writer13 for the lead's sealed measurement (2026-11-29; never
run through the extension, ext/*.c never read, no scorer run on it):
- Peru's anchovy season on the Reuters wire, straight marks (a cueless headline, a
  dateline's lede reporting before `, the Production Ministry said on Tuesday, a blow to
  ...`, `"…," Production Minister X said at a news conference` with a second sentence in
  marks, `said ... and that ...` as one report, a body named after its noun (`Environmental
  group Oceana, which had urged the ministry to ..., called the decision "…"`), `"…," said
  X, the president of Y, which ...`, `Asked about compensation ..., X said ...` and then
  `"…," the minister told reporters.`, `According to Imarpe, ...`, a fronted report `...,
  said one trader in Qingdao, who asked not to be named` and `the trader told Reuters`, a
  closing `..., according to the ministry.`);
- four-day school weeks in Missouri in AP style with curly marks (`..., state education
  officials said Wednesday, as ...`, `“…,” said X, the superintendent of Y.`, `Researchers
  at the RAND Corporation said in a report ... that ...`, a father's report and `he said`,
  `She said that “…”` in lower case for a woman after the man, a state department's
  `said in a statement that districts “…”`, a union's `posted on X that ... “…” for ...`,
  a quotation split by `she said,` whose `she` is the paragraph's subject, not the woman
  quoted last);
- food banks and a bishop in BBC style with single marks (a headline quotation signed by
  the role before its colon, `Food banks across Wexcombe say ...`, `The Bishop of Wexcombe,
  the Rt Revd Martin Cole, who ..., said it was 'a scandal' that ...`, `he said:` and a
  quotation over three paragraphs, `Its manager, Sarah Penrose, said ...` and `she said`
  around a quotation holding '80s, `According to the Wexcombe Pantry Network, which ...,
  ...`, `The bishop said ...` for the bishop, a department spokesperson's `said: '…'`);
- a school phone ban in the Independent's politics style (a headline's `..., education
  secretary says`, a lede's `..., Education Secretary X has said.`, `Ms X said that "…"`,
  `She told reporters that ...`, `she said: "…"` after `Speaking at a school in Stockport
  on Monday,`, `"…," she added.`, `The shadow education secretary, X, accused the
  government of "…"`, `"…," Mr X said. "…"`, `According to X, the general secretary of Y,
  "…"`, `Liberal Democrat education spokeswoman X tweeted: "…"`);
- an airline's profit warning in CNBC style (`X on Thursday cut its forecast, saying ...`,
  `"…," CEO X said on a call with analysts. "…"`, `told CNBC's "Squawk Box" that ...`, a
  woman CFO's report and `she said` after the man, `"…" he added.` with no comma, `"…,"
  said X, an airline analyst at Y, who ...`, `she called the new guidance "…"`, a pilots'
  union's `said in a statement that ...` past its relative clause, `Airline spokeswoman X
  said ...` and then `"…," the spokeswoman said.`);
- Mongolia's dzud from AFP (`According to officials, ...` in the lede, `"…," said X, 52, a
  herder in Y, standing beside ...`, `"…" he added.` with no comma, the next paragraph's
  quotation with no cue, `His wife, X, said ...` and `she said`, a ministry's report and
  then `..., the ministry said in a statement.`, `According to X, a livestock specialist at
  the Food and Agriculture Organization in Ulaanbaatar, "…"`, `X warned that ...`, a deputy
  prime minister's `wrote on Facebook: "…"`);
- a Kenyan's home golf win in a sports report (a headline's `'…', says X after ...`, `said
  the Kenyan` for the man the story follows, `the Englishman said` for the subject of the
  sentence before, `Otieno's wife, Grace, who ..., said she had "…"`, `he said` after the
  woman, `chairwoman X tweeted: "…"`, a tour's `said in a statement that the fans' roar
  ... had been "…"`, `Otieno said: "…` opening a quotation over three paragraphs, `the
  31-year-old said` for the age the story gave no one else).
Not rows: scare quotes and words for things ('white disaster' in a headline, "dzud" and
"coastal El Niño" after `known ... as`, "brick phones" after so-called), a name after dubbed
(“Flex Fridays.”), nicknames ('the Larder', "the Muthaiga Kid"), titles of works ('A
Christmas Carol', "Squawk Box"), the apostrophes of world's, Peru's, Missouri’s, can’t,
It’s, town's, building's, '80s, children's, Leaders', don't, CNBC's, company's, Coastal
Pacific's, year's, Mongolia's, capital's, England's, rock 'n' roll, Otieno's, fans',
caddies'; `sampled` and `caught` (deeds), `expects` (a belief), `Asked about compensation`
and `Asked about his nickname` (topics), `had urged the ministry to delay` (what one is
urged to do), `laughed`, `has filed a bill that would require`, a report inside a
quotation (`He says he never saw ...`).
Annotated by the conventions of make_news_2020s.py, whose builder it uses (docs/quotes.md:
a report holding a fragment gives only the partial row; a plain report going on after `and
that` is one row; `said that "…"` in lower case is a fragment; a headline's signer before
its colon or after its `says` is the person or body the story names, a role the person the
story gives it; a quotation paragraph with no cue after the speaker's own quotation is that
speaker's, with no mention and no cue; a body inside `Researchers at X` or after its noun
speaks; honorifics and titles stay out of the canonical name, `the Rt Revd`, `Ms`, `Mr` and
`CEO` included).
86 quotations: direct 48, partial 10, indirect 28.
All people are invented (Ana Lucía Salas, Cayetano Rivas, Brenda Kowalski, Jason Whitley,
Dana Purcell, Martin Cole, Sarah Penrose, Joanne Whitby, Tom Harrow, Daniel Okoro, Anna
Pryor, Martin Albrecht, Rachel Dunmore, Helen Yoshida, Keiko Marsh, Batbayar Dorj,
Oyunchimeg, Sarangerel Batsukh, Enkhtuya Ganbold, Kevin Otieno, Grace, Tom Rudge, Mercy
Achieng, and the bylines Carla Ventura and Sandra Keel), and so are Wexcombe, its Pantry
Network and BBC Radio Wexcombe, the School Leaders' Union, Coastal Pacific Airlines and
Cobalt Securities; the real bodies and places (Peru's Production Ministry, Imarpe, Oceana,
Peru's National Fisheries Society, the Marshfield R-I School District, the RAND Corporation,
the Missouri Department of Elementary and Secondary Education, the Missouri National
Education Association, the Department for Work and Pensions, the Air Line Pilots
Association, Mongolia's Ministry of Food, Agriculture and Light Industry, the Food and
Agriculture Organization, the International Federation of Red Cross and Red Crescent
Societies, the Kenya Golf Union, the DP World Tour, Muthaiga) are given invented words and
figures.

Measured blind, the lead's sealed set at the end of the session of 2026-11-29 (the shared
score_quotes.py): all kinds overlap F1 98.84, exact 97.67, end-to-end 96.51 (speaker strict
97.53 on 81 judged, speaker mention 100, cue 100, kind 100) on main at 1c8ac3e; direct with
named speakers (48) 100 / 100 / 97.92; indirect (28) overlap 98.18, end-to-end 94.55. At
23f3a23, the session's start: end-to-end 94.19 (direct named 93.75). The lead's prompt to
the writer named patterns the session's rules had just fixed (`the Rt Revd`, `dubbed the`,
`According to X, a Y at Z, "…"`), so this set is not blind to them. Not read for any rule.

usage: make_news_2020s_holdout32.py [OUT.jsonl]   (default: news_2020s_holdout32.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h32-anchovy", """\
Peru suspends first anchovy season as juvenile fish crowd the coast

LIMA, April 14 (Reuters) - Peru will not open its first anchovy fishing season of the year because a survey found too many juvenile fish along the coast, the Production Ministry said on Tuesday, a blow to the world's biggest producer of fishmeal.

The state marine institute Imarpe sampled waters from Tumbes to Tacna in March. Juveniles made up 62% of the anchovy it caught, well above the 30% limit set for commercial fishing.

"We cannot fish away the future of the industry," Production Minister Ana Lucía Salas said at a news conference in Lima. "If we take these fish now, there will be nothing to catch next year."

Salas said the ministry would survey the stock again in June and that fishing could open earlier in the south if conditions improved. Environmental group Oceana, which had urged the ministry to delay the season, called the decision "the only responsible choice".

"This is the worst start to a year since 2023," said Cayetano Rivas, the president of the National Fisheries Society, which represents fishmeal producers. "Every week without fishing costs the sector about $50 million in lost exports."

Asked about compensation for the roughly 10,000 crew members left without work, Salas said the government was preparing a one-off payment for registered fishermen. "Nobody will be abandoned," the minister told reporters.

According to Imarpe, sea temperatures off the northern coast were as much as 2 degrees Celsius above normal in March. The pattern is known locally as a "coastal El Niño".

Fishmeal prices in China rose about 4% on the news, said one trader in Qingdao, who asked not to be named. "Buyers are already calling Mauritania and Chile," the trader told Reuters.

Peru's anchovy catch, most of which is turned into feed for salmon and pig farms, reached 4.9 million tonnes last year, according to the ministry.

(Reporting by Carla Ventura; Editing by Sandra Keel)""", [
    # the headline has no cue: no row; the lede's report ends before the cue
    ("Peru will not open its first anchovy fishing season of the year because a survey found too many juvenile fish along the coast",
     I, "Production Ministry", "the Production Ministry", "said"),
    # `sampled` and `caught`: the institute's deeds, no report
    ("We cannot fish away the future of the industry,", D, "Ana Lucía Salas", "Ana Lucía Salas",
     "said"),
    ("If we take these fish now, there will be nothing to catch next year.", D,
     "Ana Lucía Salas", "Ana Lucía Salas", ("said", 2)),
    # a plain report going on after `and that`: one row
    ("the ministry would survey the stock again in June and that fishing could open earlier in the south if conditions improved",
     I, "Ana Lucía Salas", "Salas", "said"),
    # a body named after the noun for what it is; past its relative clause
    ("the only responsible choice", P, "Oceana", "Environmental group Oceana", "called"),
    ("This is the worst start to a year since 2023,", D, "Cayetano Rivas", "Cayetano Rivas",
     "said"),
    ("Every week without fishing costs the sector about $50 million in lost exports.", D,
     "Cayetano Rivas", "Cayetano Rivas", ("said", 4)),
    # `Asked about compensation ...`: a topic, no row
    ("the government was preparing a one-off payment for registered fishermen", I,
     "Ana Lucía Salas", "Salas", "said"),
    # `the minister` for `Production Minister X`
    ("Nobody will be abandoned,", D, "Ana Lucía Salas", "the minister", "told"),
    ("sea temperatures off the northern coast were as much as 2 degrees Celsius above normal in March",
     I, "Imarpe", "Imarpe", "According to"),
    # "coastal El Niño" after `known locally as`: a name for a thing, no row
    ("Fishmeal prices in China rose about 4% on the news", I, None, "one trader", "said"),
    ("Buyers are already calling Mauritania and Chile,", D, None, "the trader", "told"),
    # Peru's closes nothing; `the ministry` for the Production Ministry
    ("Peru's anchovy catch, most of which is turned into feed for salmon and pig farms, reached 4.9 million tonnes last year",
     I, "Production Ministry", "the ministry", "according to"),
])

doc("h32-four-day-week", """\
More rural Missouri schools switch to four-day weeks to keep teachers

MARSHFIELD, Mo. (AP) — About a third of Missouri’s public school districts will hold classes only four days a week this fall, state education officials said Wednesday, as rural districts compete with cities for a shrinking pool of teachers.

“We were losing teachers to Springfield every single summer,” said Brenda Kowalski, the superintendent of the Marshfield R-I School District. “The day off is the one thing we can offer that they can’t.”

Kowalski said applications for teaching jobs in the district had doubled since it dropped Monday classes in 2023. Some districts use the fifth day for optional tutoring, dubbed “Flex Fridays.”

Researchers at the RAND Corporation said in a report last year that students in four-day districts gained slightly less in math over time than their peers in five-day schools.

Parents are divided. Jason Whitley, a father of three who works nights at a poultry plant, said child care on Mondays costs him $120 a week. “It’s a great deal for the teachers,” he said. “I’m not sure it’s a great deal for my kids.”

State Rep. Dana Purcell, R-Lebanon, has filed a bill that would require a public vote before any district changes its calendar. She said that “parents deserve a say before the week is cut out from under them.”

The Missouri Department of Elementary and Secondary Education said in a statement that districts “are best placed to make these decisions for their communities.” The Missouri National Education Association posted on X that the shorter week was “a symptom, not a cure” for low teacher pay.

Back in Marshfield, Kowalski has no plans to go back. “If you told me tomorrow we had to return to five days,” she said, “I would need to find about 12 more teachers by August.”""", [
    ("About a third of Missouri’s public school districts will hold classes only four days a week this fall",
     I, None, "state education officials", "said"),
    ("We were losing teachers to Springfield every single summer,", D, "Brenda Kowalski",
     "Brenda Kowalski", "said"),
    ("The day off is the one thing we can offer that they can’t.", D, "Brenda Kowalski",
     "Brenda Kowalski", ("said", 2)),
    ("applications for teaching jobs in the district had doubled since it dropped Monday classes in 2023",
     I, "Brenda Kowalski", "Kowalski", "said"),
    # “Flex Fridays.” after dubbed: a name, no row
    # a body inside `Researchers at X` speaks
    ("that students in four-day districts gained slightly less in math over time than their peers in five-day schools",
     I, "RAND Corporation", "Researchers at the RAND Corporation", "said"),
    ("child care on Mondays costs him $120 a week", I, "Jason Whitley", "Jason Whitley", "said"),
    ("It’s a great deal for the teachers,", D, "Jason Whitley", "he", "said"),
    ("I’m not sure it’s a great deal for my kids.", D, "Jason Whitley", "he", "said"),
    # `said that “…”` in lower case: a fragment; `She` after a man spoke
    ("parents deserve a say before the week is cut out from under them.", P, "Dana Purcell",
     "She", "said"),
    ("are best placed to make these decisions for their communities.", P,
     "Missouri Department of Elementary and Secondary Education",
     "The Missouri Department of Elementary and Secondary Education", "said"),
    ("a symptom, not a cure", P, "Missouri National Education Association",
     "The Missouri National Education Association", "posted"),
    # split by `she said,`; `she` is the paragraph's subject, not Purcell
    ("If you told me tomorrow we had to return to five days,", D, "Brenda Kowalski", "she",
     "said"),
    ("I would need to find about 12 more teachers by August.", D, "Brenda Kowalski", "she",
     "said"),
])

doc("h32-food-bank", """\
Bishop: 'Food banks must not become a normal part of life'

Food banks across Wexcombe say they are handing out a third more parcels than they did a year ago. The Bishop of Wexcombe, the Rt Revd Martin Cole, who opened a new food bank in the town's old library on Friday, said it was 'a scandal' that families in work needed one.

Speaking to BBC Radio Wexcombe, he said: 'I did not become a bishop to open food banks. I would much rather we were closing them.

'Every week I meet nurses, bus drivers and carers who work full time and still cannot feed their children.

'That should shame all of us. Food banks must not become a normal part of life.'

The food bank, nicknamed 'the Larder' by its volunteers, is open three days a week. A battered copy of 'A Christmas Carol' sits on a shelf by the door, left over from the building's days as a library. Its manager, Sarah Penrose, said demand had risen sharply since the clocks went back in October. 'We are seeing people we have never seen before,' she said. 'I have been volunteering since the '80s and some of the people in the queue used to donate to us.'

According to the Wexcombe Pantry Network, which supports 14 food banks in the county, more than 9,000 emergency parcels were handed out in November alone.

The bishop said he had written to the town's MP asking for a meeting before Christmas.

A Department for Work and Pensions spokesperson said: 'We are determined to bring down child poverty, and our crisis support fund is helping thousands of families this winter.'""", [
    # a headline's role before the colon: the bishop the story names
    ("Food banks must not become a normal part of life", D, "Martin Cole", "Bishop", None),
    ("they are handing out a third more parcels than they did a year ago", I, None,
     "Food banks across Wexcombe", "say"),
    # a report holding a fragment: the partial row only; town's closes nothing
    ("a scandal", P, "Martin Cole", "Martin Cole", "said"),
    # one quotation over three paragraphs, opened after `he said:` in the paragraph before
    ("I did not become a bishop to open food banks. I would much rather we were closing them.",
     D, "Martin Cole", ("he", 1), ("said", 2)),
    ("Every week I meet nurses, bus drivers and carers who work full time and still cannot feed their children.",
     D, "Martin Cole", ("he", 1), ("said", 2)),
    ("That should shame all of us. Food banks must not become a normal part of life.", D,
     "Martin Cole", ("he", 1), ("said", 2)),
    # 'the Larder' (a nickname) and 'A Christmas Carol' (a title): no rows
    # a name in apposition after the role speaks
    ("demand had risen sharply since the clocks went back in October", I, "Sarah Penrose",
     "Sarah Penrose", "said"),
    ("We are seeing people we have never seen before,", D, "Sarah Penrose", "she", "said"),
    # '80s closes nothing
    ("I have been volunteering since the '80s and some of the people in the queue used to donate to us.",
     D, "Sarah Penrose", "she", "said"),
    ("more than 9,000 emergency parcels were handed out in November alone", I,
     "Wexcombe Pantry Network", "Wexcombe Pantry Network", "According to"),
    # `The bishop` for `The Bishop of Wexcombe, the Rt Revd Martin Cole`
    ("he had written to the town's MP asking for a meeting before Christmas", I, "Martin Cole",
     "The bishop", "said"),
    ("We are determined to bring down child poverty, and our crisis support fund is helping thousands of families this winter.",
     D, "Department for Work and Pensions", "A Department for Work and Pensions spokesperson",
     "said"),
])

doc("h32-phone-ban", """\
Phones to be banned in every school by law, education secretary says

Smartphones will be banned during the school day in every school in England under legislation to be introduced next month, Education Secretary Joanne Whitby has said.

Ms Whitby said that "the evidence is now overwhelming". She told reporters that guidance issued in 2024 had been ignored by about one in ten secondary schools.

Speaking at a school in Stockport on Monday, she said: "Children cannot learn when they are checking their phones 80 times a day. This is about giving them back their childhood."

"Headteachers asked us for clarity, and this law gives it to them," she added.

The shadow education secretary, Tom Harrow, accused the government of "copying our homework".

"We called for this two years ago and Labour voted against it," Mr Harrow said. "Better late than never, I suppose."

Some parents have already swapped their children's smartphones for so-called "brick phones" that can only call and text.

According to Daniel Okoro, the general secretary of the School Leaders' Union, "Most schools already do this. What they need is money for lockers, not another act of parliament."

Liberal Democrat education spokeswoman Anna Pryor tweeted: "A ban is fine. But who is paying for the pouches?\"""", [
    # a headline's role after the comma: the person the story gives it
    ("Phones to be banned in every school by law", I, "Joanne Whitby", "education secretary",
     "says"),
    ("Smartphones will be banned during the school day in every school in England under legislation to be introduced next month",
     I, "Joanne Whitby", "Joanne Whitby", "said"),
    # `said that "…"` in lower case: a fragment
    ("the evidence is now overwhelming", P, "Joanne Whitby", "Ms Whitby", "said"),
    ("that guidance issued in 2024 had been ignored by about one in ten secondary schools", I,
     "Joanne Whitby", "She", "told"),
    ("Children cannot learn when they are checking their phones 80 times a day. This is about giving them back their childhood.",
     D, "Joanne Whitby", "she", "said"),
    ("Headteachers asked us for clarity, and this law gives it to them,", D, "Joanne Whitby",
     "she", "added"),
    ("copying our homework", P, "Tom Harrow", "Tom Harrow", "accused"),
    ("We called for this two years ago and Labour voted against it,", D, "Tom Harrow",
     "Mr Harrow", "said"),
    ("Better late than never, I suppose.", D, "Tom Harrow", "Mr Harrow", "said"),
    # children's closes nothing; "brick phones" after so-called: no row
    ("Most schools already do this. What they need is money for lockers, not another act of parliament.",
     D, "Daniel Okoro", "Daniel Okoro", "According to"),
    ("A ban is fine. But who is paying for the pouches?", D, "Anna Pryor", "Anna Pryor",
     "tweeted"),
])

doc("h32-airline", """\
Coastal Pacific Airlines cuts profit outlook as jet fuel costs bite

Coastal Pacific Airlines on Thursday cut its full-year profit forecast, saying higher jet fuel prices and softer demand for trips to Hawaii would weigh on results for the rest of the year.

The Seattle-based carrier now expects adjusted earnings of $1.10 to $1.40 a share, down from a previous range of $2.00 to $2.50. Its shares fell 11% in premarket trading.

"We are not going to chase volume at fares that don't cover our costs," CEO Martin Albrecht said on a call with analysts. "We would rather fly fewer planes, and fly them full."

Albrecht told CNBC's "Squawk Box" that the airline would trim about 4% of its flying in the fourth quarter, mostly on routes to Maui and Kona.

Chief financial officer Rachel Dunmore said fuel was running about 18% above the company's plan. "Every cent on a gallon of jet fuel is about $9 million to us over a year," she said.

Albrecht said the airline still planned to take delivery of 12 new Airbus jets next year. "We are playing a long game here" he added.

"This is a self-help story that has run out of self-help," said Helen Yoshida, an airline analyst at Cobalt Securities, who cut her price target on the stock to $38 from $46. In a note to clients, she called the new guidance "realistic, if painful."

The Air Line Pilots Association, which represents Coastal Pacific's roughly 3,000 pilots, said in a statement that the cuts should not cost a single pilot job.

Airline spokeswoman Keiko Marsh said no layoffs were planned. "We have flown through tougher winters than this one," the spokeswoman said.""", [
    # the headline has no cue: no row; `, saying ...` reports
    ("higher jet fuel prices and softer demand for trips to Hawaii would weigh on results for the rest of the year",
     I, "Coastal Pacific Airlines", "Coastal Pacific Airlines", "saying"),
    # `expects`: a belief, no row
    ("We are not going to chase volume at fares that don't cover our costs,", D,
     "Martin Albrecht", "Martin Albrecht", "said"),
    ("We would rather fly fewer planes, and fly them full.", D, "Martin Albrecht",
     "Martin Albrecht", "said"),
    # CNBC's closes nothing; "Squawk Box": a title, no row
    ("that the airline would trim about 4% of its flying in the fourth quarter, mostly on routes to Maui and Kona",
     I, "Martin Albrecht", "Albrecht", "told"),
    ("fuel was running about 18% above the company's plan", I, "Rachel Dunmore",
     "Rachel Dunmore", "said"),
    # `she` after a man spoke
    ("Every cent on a gallon of jet fuel is about $9 million to us over a year,", D,
     "Rachel Dunmore", "she", "said"),
    ("the airline still planned to take delivery of 12 new Airbus jets next year", I,
     "Martin Albrecht", "Albrecht", "said"),
    # no comma before `he added`: a whole statement, direct
    ("We are playing a long game here", D, "Martin Albrecht", "he", "added"),
    ("This is a self-help story that has run out of self-help,", D, "Helen Yoshida",
     "Helen Yoshida", "said"),
    ("realistic, if painful.", P, "Helen Yoshida", "she", "called"),
    ("that the cuts should not cost a single pilot job", I, "Air Line Pilots Association",
     "The Air Line Pilots Association", "said"),
    ("no layoffs were planned", I, "Keiko Marsh", "Keiko Marsh", "said"),
    # `the spokeswoman`: the role the text gave Keiko Marsh before her name
    ("We have flown through tougher winters than this one,", D, "Keiko Marsh",
     "the spokeswoman", "said"),
])

doc("h32-dzud", """\
Mongolian herders count losses as 'white disaster' kills livestock

ULAANBAATAR (AFP) - Mongolian herders are burning dung and old tyres to keep newborn lambs alive as a brutal winter kills livestock across the vast country. According to officials, more than 200,000 herding families have lost animals since December. The disaster, known in Mongolian as a "dzud", has struck the country for the third time in four years: a dry summer leaves too little hay, then deep snow and temperatures below minus 40 degrees Celsius seal off the pastures.

"I had 600 goats and sheep in November. Now I have 140," said Batbayar Dorj, 52, a herder in Arkhangai province, standing beside a pile of frozen carcasses.

"My father lived through the dzud of 2010. He says he never saw a winter like this one" he added.

"The bank will not wait for spring. The loan is due in March."

His wife, Oyunchimeg, said the family had borrowed against their remaining herd to buy hay at twice last year's price. "If we lose more, we will have to move to the city," she said.

Mongolia's Ministry of Food, Agriculture and Light Industry said 4.2 million animals had died by Monday, about 7 percent of the national herd. Losses could still exceed those of 2024, the ministry said in a statement.

According to Sarangerel Batsukh, a livestock specialist at the Food and Agriculture Organization in Ulaanbaatar, "Cash delivered now saves far more animals than aid delivered in April."

The International Federation of Red Cross and Red Crescent Societies warned that the crisis would push thousands more herders into the capital's crowded ger districts.

Deputy Prime Minister Enkhtuya Ganbold wrote on Facebook: "Every province has been told to open its emergency fodder reserves. No herder will be left alone.\"""", [
    # 'white disaster' in the headline: a scare quote, no row
    ("more than 200,000 herding families have lost animals since December", I, None,
     "officials", "According to"),
    # "dzud" after `known in Mongolian as`: a word, no row
    ("I had 600 goats and sheep in November. Now I have 140,", D, "Batbayar Dorj",
     "Batbayar Dorj", "said"),
    ("My father lived through the dzud of 2010. He says he never saw a winter like this one", D,
     "Batbayar Dorj", "he", "added"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("The bank will not wait for spring. The loan is due in March.", D, "Batbayar Dorj", None,
     None),
    ("the family had borrowed against their remaining herd to buy hay at twice last year's price",
     I, "Oyunchimeg", "Oyunchimeg", "said"),
    ("If we lose more, we will have to move to the city,", D, "Oyunchimeg", "she", "said"),
    ("4.2 million animals had died by Monday, about 7 percent of the national herd", I,
     "Ministry of Food, Agriculture and Light Industry",
     "Ministry of Food, Agriculture and Light Industry", "said"),
    ("Losses could still exceed those of 2024", I,
     "Ministry of Food, Agriculture and Light Industry", "the ministry", "said"),
    ("Cash delivered now saves far more animals than aid delivered in April.", D,
     "Sarangerel Batsukh", "Sarangerel Batsukh", "According to"),
    ("that the crisis would push thousands more herders into the capital's crowded ger districts",
     I, "International Federation of Red Cross and Red Crescent Societies",
     "The International Federation of Red Cross and Red Crescent Societies", "warned"),
    ("Every province has been told to open its emergency fodder reserves. No herder will be left alone.",
     D, "Enkhtuya Ganbold", "Enkhtuya Ganbold", "wrote"),
])

doc("h32-kenya-open", """\
'This one is for every caddie in Kenya', says Otieno after historic home win

Kevin Otieno became the first Kenyan to win the Kenya Open on Sunday, closing with a four-under-par 67 at Muthaiga to finish two shots clear of England's Tom Rudge. The 31-year-old, who caddied at the course as a teenager before turning professional in 2017, holed a 12-foot birdie putt at the last and was carried off the green on the shoulders of the crowd as a band played rock 'n' roll by the clubhouse.

"I used to carry bags on this course for 500 shillings a round," said the Kenyan. "Today I carried the trophy. I cannot stop crying."

Rudge, who led by a shot after 54 holes, had no complaints. "He was brilliant down the stretch and the crowd carried him home," the Englishman said. "I had my chances on the back nine, but fair play to him."

Otieno's wife, Grace, who walked all 18 holes with their two-year-old son, said she had "not breathed since the 15th". Asked about his nickname, "the Muthaiga Kid", which he picked up as a teenage caddie, Otieno laughed. "Everybody here still calls me that," he said.

Kenya Golf Union chairwoman Mercy Achieng tweeted: "History at Muthaiga! Kevin, you have made 50 million people proud." The DP World Tour said in a statement that the fans' roar at the last had been "the loudest we have heard all season".

Speaking at the prize-giving, Otieno said: "When I was 15 I slept in the caddie shed on Friday nights so I would be first in line on Saturday morning.

"Some of the men I caddied with are here today. They taught me how to read these greens.

"This one is for every caddie in Kenya. Without them I am nothing."

Otieno will play a charity round with the caddies' association on Monday before flying to Qatar. "I still owe them a few rounds of beer," the 31-year-old said.""", [
    # a headline's quotation before `says X`
    ("This one is for every caddie in Kenya", D, "Kevin Otieno", "Otieno", "says"),
    # rock 'n' roll closes nothing; `the Kenyan` for the subject of the story
    ("I used to carry bags on this course for 500 shillings a round,", D, "Kevin Otieno",
     "the Kenyan", "said"),
    ("Today I carried the trophy. I cannot stop crying.", D, "Kevin Otieno", "the Kenyan",
     "said"),
    # `the Englishman` for Rudge, the subject of the sentence before
    ("He was brilliant down the stretch and the crowd carried him home,", D, "Tom Rudge",
     "the Englishman", "said"),
    ("I had my chances on the back nine, but fair play to him.", D, "Tom Rudge",
     "the Englishman", "said"),
    # a report holding a fragment: the partial row only; Otieno's is the owner, Grace speaks
    ("not breathed since the 15th", P, "Grace", "Grace", "said"),
    # "the Muthaiga Kid": a nickname, no row; `he` after a woman spoke
    ("Everybody here still calls me that,", D, "Kevin Otieno", "he", "said"),
    ("History at Muthaiga! Kevin, you have made 50 million people proud.", D, "Mercy Achieng",
     "Mercy Achieng", "tweeted"),
    # fans' closes nothing; a report holding a fragment: the partial row only
    ("the loudest we have heard all season", P, "DP World Tour", "The DP World Tour",
     ("said", 5)),
    # one quotation over three paragraphs, opened after `Otieno said:` in the paragraph before
    ("When I was 15 I slept in the caddie shed on Friday nights so I would be first in line on Saturday morning.",
     D, "Kevin Otieno", ("Otieno", 5), ("said", 6)),
    ("Some of the men I caddied with are here today. They taught me how to read these greens.",
     D, "Kevin Otieno", ("Otieno", 5), ("said", 6)),
    ("This one is for every caddie in Kenya. Without them I am nothing.", D, "Kevin Otieno",
     ("Otieno", 5), ("said", 6)),
    # caddies' closes nothing; the age the story gave the man it follows
    ("I still owe them a few rounds of beer,", D, "Kevin Otieno", "the 31-year-old", "said"),
])


if __name__ == "__main__":
    # beside this script (the builder's own default is beside the builder)
    m.write(os.path.join(HERE, "news_2020s_holdout32.jsonl"))
