#!/usr/bin/python3
"""Builds news_2020s_holdout31.jsonl: 8 short articles written from scratch in the styles of
2025-26 news, written blind by writer11 for the lead's sealed measurement (2026-11-29; never
run through the extension, ext/*.c never read, no scorer run on it):
- Thai durian exports on the Reuters wire, straight marks (a dateline's lede reporting before
  `, Thailand's Ministry of Commerce said on Wednesday`, `"…," said X, the president of Y`,
  `told reporters that ... and that ...` as one report, `"…," the minister told reporters.`
  for `Commerce Minister X`, a customs body's fragment after `said in a statement on its
  website that`, `According to officials, ...`, `Analysts at X said ..., but argued that
  ...` giving two reports, `"…," one exporter in Chanthaburi, who asked not to be named, told
  Reuters.`);
- grizzly bears on Montana's plains in AP style with curly marks (a lede with two reports,
  `, state wildlife officials said Thursday, and ranchers say ...`, `"…," said X, 61, whose
  family ranch ...`, a state agency's `said in a statement that`, `said X, a spokeswoman for
  the agency` and then `The spokeswoman told reporters that`, `She said that "…"` with a
  fragment, `posted on X that ... "…"` and `he wrote` after a woman spoke, a federal
  agency's report past its relative clause, `argued that ... and that ...` as one report, a
  quotation split by `Halvorsen said,`);
- a cathedral's entry charge in BBC style with single marks (a headline's quotation signed
  after a colon by the cathedral, `the cathedral said` for the cathedral just named, `said
  the money was needed ..., which she said was '…'`,
  `she said:` and a quotation over three paragraphs, `called the charge '…' and said ...`, `he told the BBC` around a quotation holding
  '90s and cathedral's, `According to the Association of English Cathedrals, ...`, `one
  visitor posted:`);
- a mountain rescue leader as a Guardian interview (a headline quotation signed after a colon
  by a description, a standfirst's `she says` report, `she says` in the present, a report
  split by `, she says,`, a quotation over two paragraphs whose first one is interrupted by
  `she says.`, her husband's `he says` after `He is less diplomatic.`, her quotation with no
  cue after `Hale rolls her eyes.`, a national body's `says ... and that ...`, `thinks` (a
  belief, no row), `she says` again after a man spoke);
- a Swiss watchmaker's tariff warning in Bloomberg style (a Title Case headline's `Says`, `said
  ... and announced plans` where the report ends before the company's own deed, `, it said in
  a statement Tuesday`, `told analysts on a conference call`, `said ... and that ...` as one
  report, `according to the Federation of ...`, `according to people familiar with the
  matter`, `"…," said X, an analyst at Y`, `she wrote that ... "…" and that ... "…"` giving
  two fragments, a rival's report, `Asked about China, X said ... "…"`);
- fuel shortages in Bolivia from AFP (`According to the national transport chamber, ...`,
  `"…," said X, 45, a truck driver from El Alto, pointing at ...`, `"…" he added.` with no
  comma, the next paragraph's quotation with no cue, a ministry's report and then `the
  ministry said in a statement`, `"…," Economy Minister X told reporters in La Paz.`, `X
  warned that ...`, `The head of the truckers' confederation, X, said ...` and `she said`
  after a man spoke, `According to X, an economist at Y, "…"`, `tweeted:`);
- a Brazilian's first Formula 1 win in a sports report (a headline's `'…', says X`, `he
  shouted to his team`, `said the Brazilian` for the subject `The 29-year-old` of the
  paragraph before, a nickname after `known in the paddock as`, `said the last 10 laps had
  been "…"`, a team principal's fragment, a quotation split by `she said,`, `the Briton said`
  for the British champion, `He said that ... "…" and that ... "…"` giving two fragments, the
  team's `posted ... with the caption:`, `the 29-year-old said`);
- church bells and a noise complaint in a local paper (`..., the parish council has
  confirmed.` for the council named later, a written complaint's fragment, `the 81-year-old
  said` for the age given before, `Cllr X, chairman of Y, said:`, `She said ...`, `One
  supporter wrote on the group:`, `told the Courier that he hoped ... "…"`, `he said` for the
  vicar after the tower captain, a spokesman for a district council with two fragments).
Not rows: scare quotes and terms with no one saying them ("king of fruits" after dubbed,
"engine", “Swiss made” after so-called, "muffles"), nicknames (“the Sarge”, "Caio Cool",
'Kelsborough Imp'), titles of works ('Murder in the Cathedral', “Called Out”), the
apostrophes of Thailand's, Montana’s, state’s, cathedral's, '90s, isn't, team’s, it’s,
truckers', drivers', St Michael's, rock 'n' roll, ringers'; `declined to comment`, `blamed
the shortage on ...` (a stance, no clause), `thinks` (a belief), `Asked about China` (a
topic), `announced plans to shut a factory` (a plain object), a report inside a quotation
(`Nobody has told them ...`).
Annotated by the conventions of make_news_2020s.py, whose builder it uses (docs/quotes.md:
a report holding a fragment gives only the partial row; a plain report going on after `and
that` is one row; a fragment after `and that` hangs on the same cue; a headline's signer
after a colon or before `says` is the person or body the story names; a quotation paragraph
with no cue after the speaker's own quotation is that speaker's, with no mention and no cue;
honorifics and titles stay out of the canonical name, `Cllr`, `Dr.` and `the Rev` included).
109 quotations: direct 58, partial 16, indirect 35.
All people are invented (Prasert Kaewmanee, Pichit Rattanakorn, Wade Halvorsen, Kendra Lyle,
Curt Bishop, Tessa Moreland, Catherine Ashby, Graham Pell, Bryony Hale, Pete Armitage,
Laurent Dufaux, Simone Keller, Wilfredo Condori, Ramiro Villca, Lucía Mamani, Gabriela Rocha,
Marco Antezana, Caio Rezende, Hannah Becker, Oliver Brandt, Derek Mayhew, Anne Whitford, Tom
Ashcroft), and so are the Thai Durian Exporters Association, Chao Phraya Research, the
Northern Rockies Bear Alliance, Kelsborough and its cathedral, the Derwent Fells Mountain
Rescue Team, Arcelin Holding AG and its Cavalier and Orsa watches, Reuss Capital, Kessler
Montres, the Aurora team, Upper Hadlow and its parish council, Medway Vale District Council
and the Courier; the real bodies (Thailand's Ministry of Commerce, China's General
Administration of Customs, Montana Fish, Wildlife and Parks, the U.S. Fish and Wildlife
Service, the Association of English Cathedrals, Mountain Rescue England and Wales, the
Federation of the Swiss Watch Industry, Bolivia's Ministry of Hydrocarbons and Energy, the
Catholic University of Bolivia) are given invented words and figures.

Measured blind, the lead's sealed set of the session of 2026-11-29 (the shared
score_quotes.py), to the row the same at 23f3a23 (the session's start), after the merge of
quotes20 and lead36's quote rules, and with lead36's entity rules: all kinds overlap F1
97.27 (P 96.40, R 98.17), exact 97.27, end-to-end 89.09 (speaker strict 90.91 on 99 judged,
speaker mention 97.17, cue 98.06, kind 100); direct with named speakers (58) 100 / 100 /
96.55; indirect (35) overlap 97.22, end-to-end 80.56; partial (16) 87.50 / 87.50.

usage: make_news_2020s_holdout31.py [OUT.jsonl]   (default: news_2020s_holdout31.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h31-durian", """\
Thai durian exports to China slump after tougher checks for banned dye

BANGKOK, March 4 (Reuters) - Thailand's durian exports to China fell 38% in January from a year earlier after Chinese customs began testing every shipment for a banned industrial dye, Thailand's Ministry of Commerce said on Wednesday.

The checks, introduced after Chinese inspectors found traces of the dye, Basic Yellow 2, on some imported fruit, have left hundreds of refrigerated containers waiting at border crossings in Laos and Vietnam.

"We are losing millions of baht every day that the trucks sit at the border," said Prasert Kaewmanee, the president of the Thai Durian Exporters Association. "Farmers cannot wait for the government to finish its meetings."

Commerce Minister Pichit Rattanakorn told reporters that the government would send a team of inspectors to Beijing next week and that certified laboratories in Chanthaburi province would test all fruit before it left Thailand.

"Thailand will not let a few bad traders destroy the reputation of Thai fruit," the minister told reporters. "Anyone found using the dye will lose their export licence."

China's General Administration of Customs said in a statement on its website that the checks would remain in place "until the risk is eliminated".

According to officials, about 600 containers of fruit were stuck at the Mohan crossing on the Laos-China border as of Tuesday. Durian, dubbed the "king of fruits" across Southeast Asia, earned Thailand about $4 billion in China last year.

Analysts at Chao Phraya Research said the slump would cut Thailand's farm income by about 0.2 percentage point this year, but argued that the damage could be contained if the new testing system was running before the main harvest in May.

"It is a wake-up call. Chinese buyers now have Vietnamese durian as an alternative," one exporter in Chanthaburi, who asked not to be named, told Reuters.

(Reporting by Panu Wongcha-um; Editing by Martin Petty)""", [
    # the headline has no cue: no row
    ("Thailand's durian exports to China fell 38% in January from a year earlier after Chinese customs began testing every shipment for a banned industrial dye",
     I, "Ministry of Commerce", "Ministry of Commerce", "said"),
    ("We are losing millions of baht every day that the trucks sit at the border,", D,
     "Prasert Kaewmanee", "Prasert Kaewmanee", "said"),
    ("Farmers cannot wait for the government to finish its meetings.", D, "Prasert Kaewmanee",
     "Prasert Kaewmanee", "said"),
    # a plain report going on after `and that`: one row
    ("that the government would send a team of inspectors to Beijing next week and that certified laboratories in Chanthaburi province would test all fruit before it left Thailand",
     I, "Pichit Rattanakorn", "Pichit Rattanakorn", "told"),
    # `the minister` for `Commerce Minister X`
    ("Thailand will not let a few bad traders destroy the reputation of Thai fruit,", D,
     "Pichit Rattanakorn", "the minister", "told"),
    ("Anyone found using the dye will lose their export licence.", D, "Pichit Rattanakorn",
     "the minister", "told"),
    # a report holding a fragment: the partial row only
    ("until the risk is eliminated", P, "General Administration of Customs",
     "General Administration of Customs", "said"),
    ("about 600 containers of fruit were stuck at the Mohan crossing on the Laos-China border as of Tuesday",
     I, None, "officials", "According to"),
    # "king of fruits" after dubbed: a nickname, no row
    # a body inside `Analysts at X` speaks; `but argued that` is a second report
    ("the slump would cut Thailand's farm income by about 0.2 percentage point this year", I,
     "Chao Phraya Research", "Analysts at Chao Phraya Research", "said"),
    ("that the damage could be contained if the new testing system was running before the main harvest in May",
     I, "Chao Phraya Research", "Analysts at Chao Phraya Research", "argued"),
    ("It is a wake-up call. Chinese buyers now have Vietnamese durian as an alternative,", D,
     None, "one exporter", "told"),
])

doc("h31-grizzlies", """\
Montana ranchers want a say as grizzlies roam farther onto the plains

CHOTEAU, Mont. (AP) — Grizzly bears have been seen farther east on Montana’s prairie this year than at any time in more than a century, state wildlife officials said Thursday, and ranchers say they are running out of calves and patience.

“I’ve run cattle here for 40 years and never had a bear in the calving shed until last spring,” said Wade Halvorsen, 61, whose family ranch sits along the Teton River. “Now my kids won’t walk to the school bus alone.”

Halvorsen said he had lost nine calves since April and had been paid for only three of them under the state’s livestock loss program.

Montana Fish, Wildlife and Parks said in a statement that it had moved 14 bears away from ranches this year and would add two conflict specialists in the region.

“Bears are doing exactly what a recovering population does. They’re looking for new ground,” said Kendra Lyle, a spokeswoman for the agency. “Our job is to keep bears and people out of trouble.”

The spokeswoman told reporters that most conflicts began with unsecured grain or dead livestock left in the open. She said that “the single best thing” a rancher can do is remove carcasses quickly.

State Sen. Curt Bishop, R-Choteau, posted on X that ranchers were “paying the price for a recovery they never asked for.” “Washington makes the rules and Montana families pay for them,” he wrote.

The U.S. Fish and Wildlife Service, which still lists grizzlies in the Lower 48 as threatened, said it was reviewing public comments on a proposal to hand management of the bears to the states.

Tessa Moreland of the Northern Rockies Bear Alliance argued that the bears still needed federal protection to reach new habitat and that a state hunting season would set the recovery back by decades.

Back on the Halvorsen ranch, an electric fence now rings the calving shed. “It works,” Halvorsen said, “until it doesn’t.”""", [
    ("Grizzly bears have been seen farther east on Montana’s prairie this year than at any time in more than a century",
     I, None, "state wildlife officials", "said"),
    ("they are running out of calves and patience", I, None, "ranchers", "say"),
    ("I’ve run cattle here for 40 years and never had a bear in the calving shed until last spring,",
     D, "Wade Halvorsen", "Wade Halvorsen", "said"),
    ("Now my kids won’t walk to the school bus alone.", D, "Wade Halvorsen", "Wade Halvorsen",
     ("said", 2)),
    ("he had lost nine calves since April and had been paid for only three of them under the state’s livestock loss program",
     I, "Wade Halvorsen", "Halvorsen", "said"),
    ("that it had moved 14 bears away from ranches this year and would add two conflict specialists in the region",
     I, "Montana Fish, Wildlife and Parks", "Montana Fish, Wildlife and Parks", "said"),
    ("Bears are doing exactly what a recovering population does. They’re looking for new ground,",
     D, "Kendra Lyle", "Kendra Lyle", "said"),
    ("Our job is to keep bears and people out of trouble.", D, "Kendra Lyle", "Kendra Lyle",
     "said"),
    # the role the text gave Kendra Lyle in apposition
    ("that most conflicts began with unsecured grain or dead livestock left in the open", I,
     "Kendra Lyle", "The spokeswoman", "told"),
    # `said that "…"` in lower case: a fragment
    ("the single best thing", P, "Kendra Lyle", "She", "said"),
    ("paying the price for a recovery they never asked for.", P, "Curt Bishop", "Curt Bishop",
     "posted"),
    ("Washington makes the rules and Montana families pay for them,", D, "Curt Bishop", "he",
     "wrote"),
    # the relative clause stays out: the report follows the cue
    ("it was reviewing public comments on a proposal to hand management of the bears to the states",
     I, "U.S. Fish and Wildlife Service", "The U.S. Fish and Wildlife Service", "said"),
    ("that the bears still needed federal protection to reach new habitat and that a state hunting season would set the recovery back by decades",
     I, "Tessa Moreland", "Tessa Moreland", "argued"),
    # split by `Halvorsen said,`: two direct rows
    ("It works,", D, "Wade Halvorsen", "Halvorsen", "said"),
    ("until it doesn’t.", D, "Wade Halvorsen", "Halvorsen", "said"),
])

doc("h31-cathedral", """\
'We had no choice': Kelsborough Cathedral defends £12 entry charge

Kelsborough Cathedral is to charge visitors £12 to enter from April, becoming the latest English cathedral to introduce an admission fee. Worshippers and people who live in the city will still be able to enter free of charge, the cathedral said.

The Dean of Kelsborough, the Very Revd Catherine Ashby, said the money was needed to pay for repairs to the 13th Century roof, which she said was 'at real risk'.

Speaking to BBC Radio York, she said:

'Nobody becomes a priest to sell tickets. I would much rather the doors were open to everyone, free, as they have been for 800 years.

'But we spend £1.2m a year just keeping the building standing, and the collection plate brings in a fraction of that.

'Worship will always be free, and anyone who comes to pray will never be asked to pay a penny.'

Local historian Graham Pell, who has written a guide to the building, called the charge 'a sad day for the city' and said it would put off young families.

'My grandparents married here and I've brought my own children here on wet Saturdays since the '90s,' he told the BBC. 'That's the cathedral's whole point, isn't it?'

According to the Association of English Cathedrals, 14 of England's 42 Anglican cathedrals now charge for entry. On social media, one visitor posted: 'Paid £12 to look at scaffolding. Lovely.'

The money will also pay for a new lighting scheme for the 'Kelsborough Imp', a stone carving hidden above the choir, and for a summer revival of T S Eliot's 'Murder in the Cathedral' in the nave.""", [
    # a headline's quotation signed after the colon by the name before the verb
    ("We had no choice", D, "Kelsborough Cathedral", "Kelsborough Cathedral", None),
    ("Worshippers and people who live in the city will still be able to enter free of charge",
     I, "Kelsborough Cathedral", "the cathedral", "said"),
    # the report ends at the writer's `, which ...`; the fragment inside it is hers
    ("the money was needed to pay for repairs to the 13th Century roof", I, "Catherine Ashby",
     "Catherine Ashby", "said"),
    ("at real risk", P, "Catherine Ashby", "she", "said"),
    # one quotation over three paragraphs after `she said:`
    ("Nobody becomes a priest to sell tickets. I would much rather the doors were open to everyone, free, as they have been for 800 years.",
     D, "Catherine Ashby", ("she", 2), ("said", 4)),
    ("But we spend £1.2m a year just keeping the building standing, and the collection plate brings in a fraction of that.",
     D, "Catherine Ashby", ("she", 2), ("said", 4)),
    ("Worship will always be free, and anyone who comes to pray will never be asked to pay a penny.",
     D, "Catherine Ashby", ("she", 2), ("said", 4)),
    ("a sad day for the city", P, "Graham Pell", "Graham Pell", "called"),
    ("it would put off young families", I, "Graham Pell", "Graham Pell", "said"),
    # '90s, I've, That's, cathedral's and isn't close nothing
    ("My grandparents married here and I've brought my own children here on wet Saturdays since the '90s,",
     D, "Graham Pell", "he", "told"),
    ("That's the cathedral's whole point, isn't it?", D, "Graham Pell", "he", "told"),
    ("14 of England's 42 Anglican cathedrals now charge for entry", I,
     "Association of English Cathedrals", "Association of English Cathedrals", "According to"),
    ("Paid £12 to look at scaffolding. Lovely.", D, None, "one visitor", "posted"),
    # 'Kelsborough Imp' (a name) and 'Murder in the Cathedral' (a title): no rows
])

doc("h31-mountain-rescue", """\
‘The fells don’t care how fit you are’: Britain’s busiest mountain rescue leader

Bryony Hale has been called out more than 1,500 times in 22 years. As visitor numbers soar, she says the Lake District’s volunteers are close to breaking point

The pager goes off while Bryony Hale is halfway through a bacon sandwich in the kitchen of the team’s base in Keswick. She reads it, sighs and puts the sandwich down. “Walker, 60s, ankle, Catbells,” she says. “That’ll be the fourth this week.”

Hale, 54, a former primary school teacher known to her volunteers as “the Sarge”, has led the Derwent Fells Mountain Rescue Team since 2019. Last year it was called out 141 times, a record. Most of the people it rescued, she says, were not experienced hillwalkers but visitors who had followed a route on a phone app.

“People see a photo on Instagram and think it’s a stroll,” she says. “They set off at three in the afternoon in trainers with 10% battery on their phone. Then the cloud comes down.

“I don’t blame them, really. Nobody has told them the fells don’t care how fit you are.”

Her husband, Pete Armitage, is the team’s deputy leader and a retired firefighter from Workington. He is less diplomatic. “Some of them ring us because they’re tired,” he says. “Tired! We had a lad last August who wanted a lift down because he’d missed the last bus to Ambleside.”

Hale rolls her eyes. “He’s not wrong, but don’t print the bit about the bus.”

Mountain Rescue England and Wales says call-outs in the Lake District have risen by almost a third since 2019 and that the number of active volunteers has fallen. Hale, whose memoir, “Called Out”, is published next month, thinks the national park should charge for parking at the busiest trailheads and pass the money to rescue teams.

“We’re volunteers. We do this for love,” she says. “But love doesn’t pay for a new Land Rover.”

Then the pager goes again, and she is gone.""", [
    # a headline's quotation signed after the colon by a description of the woman it follows
    ("The fells don’t care how fit you are", D, "Bryony Hale",
     "Britain’s busiest mountain rescue leader", None),
    ("the Lake District’s volunteers are close to breaking point", I, "Bryony Hale", "she",
     "says"),
    ("Walker, 60s, ankle, Catbells,", D, "Bryony Hale", "she", "says"),
    ("That’ll be the fourth this week.", D, "Bryony Hale", "she", "says"),
    # “the Sarge”: a nickname, no row; a report split by `, she says,`: two rows
    ("Most of the people it rescued", I, "Bryony Hale", "she", "says"),
    ("were not experienced hillwalkers but visitors who had followed a route on a phone app",
     I, "Bryony Hale", "she", "says"),
    # interrupted, then running over into the next paragraph (the first does not close)
    ("People see a photo on Instagram and think it’s a stroll,", D, "Bryony Hale", "she",
     "says"),
    ("They set off at three in the afternoon in trainers with 10% battery on their phone. Then the cloud comes down.",
     D, "Bryony Hale", "she", "says"),
    ("I don’t blame them, really. Nobody has told them the fells don’t care how fit you are.",
     D, "Bryony Hale", ("she", 4), ("says", 4)),
    # `He is less diplomatic.`: the subject of the sentence before, a man
    ("Some of them ring us because they’re tired,", D, "Pete Armitage", "he", "says"),
    ("Tired! We had a lad last August who wanted a lift down because he’d missed the last bus to Ambleside.",
     D, "Pete Armitage", "he", "says"),
    # after a short sentence about her: hers, no cue
    ("He’s not wrong, but don’t print the bit about the bus.", D, "Bryony Hale", "Hale", None),
    # a plain report going on after `and that`: one row; `thinks` (a belief) and the
    # title “Called Out”: no rows
    ("call-outs in the Lake District have risen by almost a third since 2019 and that the number of active volunteers has fallen",
     I, "Mountain Rescue England and Wales", "Mountain Rescue England and Wales", "says"),
    ("We’re volunteers. We do this for love,", D, "Bryony Hale", "she", "says"),
    ("But love doesn’t pay for a new Land Rover.", D, "Bryony Hale", "she", "says"),
])

doc("h31-watches", """\
Arcelin Says US Tariffs Will Cut Its American Watch Sales by a Fifth

(Bloomberg) -- Arcelin Holding AG, the Swiss maker of Cavalier and Orsa watches, said US tariffs will cut its sales in the country by about 20% this year and announced plans to shut a factory in the Jura mountains.

The Geneva-based company expects group sales to decline 7% at constant currency, it said in a statement Tuesday. The shares fell as much as 9.4% in Zurich, the most since March 2020.

“The United States was our fastest-growing market for a decade, and now it is our biggest headache,” Chief Executive Officer Laurent Dufaux told analysts on a conference call. “We are not going to pretend otherwise.”

Dufaux said about 180 jobs would go at the plant in Saint-Imier and that production would move to the company’s main site near Biel.

Swiss watch exports to the US fell 24% in the second half of 2025, according to the Federation of the Swiss Watch Industry. The so-called “Swiss made” rule requires at least 60% of a watch’s manufacturing costs to be incurred in Switzerland, making it hard for brands to move production.

Arcelin is also considering a sale of its loss-making Orsa brand, according to people familiar with the matter, who asked not to be identified because the deliberations are private. An Arcelin spokeswoman declined to comment.

“This is a company with one great brand and one brand it doesn’t know what to do with,” said Simone Keller, an analyst at Reuss Capital in Zurich.

In a note to clients, she wrote that the factory closure was “overdue” and that the tariff hit could ease in 2027 “if the 15% deal holds.”

Rival Kessler Montres said last month it had raised its US prices twice since August.

Asked about China, Dufaux said demand there had “stopped falling, which is not the same as rising.”""", [
    ("US Tariffs Will Cut Its American Watch Sales by a Fifth", I, "Arcelin Holding AG",
     "Arcelin", "Says"),
    # the report ends before the company's own deed; `announced plans` a plain object
    ("US tariffs will cut its sales in the country by about 20% this year", I,
     "Arcelin Holding AG", "Arcelin Holding AG", "said"),
    ("The Geneva-based company expects group sales to decline 7% at constant currency", I,
     "Arcelin Holding AG", "it", "said"),
    ("The United States was our fastest-growing market for a decade, and now it is our biggest headache,",
     D, "Laurent Dufaux", "Laurent Dufaux", "told"),
    ("We are not going to pretend otherwise.", D, "Laurent Dufaux", "Laurent Dufaux", "told"),
    ("about 180 jobs would go at the plant in Saint-Imier and that production would move to the company’s main site near Biel",
     I, "Laurent Dufaux", "Dufaux", "said"),
    ("Swiss watch exports to the US fell 24% in the second half of 2025", I,
     "Federation of the Swiss Watch Industry", "Federation of the Swiss Watch Industry",
     "according to"),
    # “Swiss made” after so-called: no row
    ("Arcelin is also considering a sale of its loss-making Orsa brand", I, None,
     "people familiar with the matter", "according to"),
    ("This is a company with one great brand and one brand it doesn’t know what to do with,",
     D, "Simone Keller", "Simone Keller", "said"),
    # a fragment, then another after `and that` on the same cue
    ("overdue", P, "Simone Keller", "she", "wrote"),
    ("if the 15% deal holds.", P, "Simone Keller", "she", "wrote"),
    ("it had raised its US prices twice since August", I, "Kessler Montres", "Kessler Montres",
     "said"),
    # `Asked about China` a topic: no row; a report holding a fragment: the partial only
    ("stopped falling, which is not the same as rising.", P, "Laurent Dufaux", "Dufaux",
     "said"),
])

doc("h31-bolivia-fuel", """\
Bolivia's truckers block roads as diesel queues stretch for days

LA PAZ (AFP) - Truck drivers blocked main highways across Bolivia on Monday in protest at chronic diesel shortages that have left queues of vehicles stretching for kilometres outside filling stations.

According to the national transport chamber, more than 40 roadblocks were in place by midday.

"I have been in this line for three days. Three days, sleeping in the cab," said Wilfredo Condori, 45, a truck driver from El Alto, pointing at a queue that disappeared around a bend.

"My family eats because I drive. If I don't drive, we don't eat" he added.

"The children ask me on the phone every night when I am coming home."

Bolivia's Ministry of Hydrocarbons and Energy said two tankers carrying 50 million litres of diesel had docked in the Chilean port of Arica. Supplies would return to normal within 10 days, the ministry said in a statement.

"We are importing fuel as fast as our dollars allow," Economy Minister Ramiro Villca told reporters in La Paz. "Blocking roads only makes the shortage worse."

Villca warned that the blockades were costing the economy about $80 million a day. The head of the truckers' confederation, Lucía Mamani, said drivers would keep the roads closed until the government guaranteed supplies. "We are not the ones who emptied the tanks," she said.

Economists have blamed the shortage on a collapse in natural gas exports, once the "engine" of the economy. According to Gabriela Rocha, an economist at the Catholic University of Bolivia, "The country spent its reserves defending the boliviano. Now there is nothing left to buy diesel with."

Opposition senator Marco Antezana tweeted: "The government promised diesel in 100 days. It has been 200.\"""", [
    ("more than 40 roadblocks were in place by midday", I, None,
     "the national transport chamber", "According to"),
    ("I have been in this line for three days. Three days, sleeping in the cab,", D,
     "Wilfredo Condori", "Wilfredo Condori", "said"),
    # no comma before `he added`: a whole statement, direct
    ("My family eats because I drive. If I don't drive, we don't eat", D, "Wilfredo Condori",
     "he", "added"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("The children ask me on the phone every night when I am coming home.", D,
     "Wilfredo Condori", None, None),
    ("two tankers carrying 50 million litres of diesel had docked in the Chilean port of Arica",
     I, "Ministry of Hydrocarbons and Energy", "Ministry of Hydrocarbons and Energy", "said"),
    # `the ministry` for the ministry named the sentence before
    ("Supplies would return to normal within 10 days", I, "Ministry of Hydrocarbons and Energy",
     "the ministry", "said"),
    ("We are importing fuel as fast as our dollars allow,", D, "Ramiro Villca", "Ramiro Villca",
     "told"),
    ("Blocking roads only makes the shortage worse.", D, "Ramiro Villca", "Ramiro Villca",
     "told"),
    ("that the blockades were costing the economy about $80 million a day", I, "Ramiro Villca",
     "Villca", "warned"),
    # a name in apposition after the role speaks; truckers' closes nothing
    ("drivers would keep the roads closed until the government guaranteed supplies", I,
     "Lucía Mamani", "Lucía Mamani", "said"),
    ("We are not the ones who emptied the tanks,", D, "Lucía Mamani", "she", "said"),
    # `blamed ... on` a stance, no clause; "engine": a scare quote; no rows
    ("The country spent its reserves defending the boliviano. Now there is nothing left to buy diesel with.",
     D, "Gabriela Rocha", "Gabriela Rocha", "According to"),
    ("The government promised diesel in 100 days. It has been 200.", D, "Marco Antezana",
     "Marco Antezana", "tweeted"),
])

doc("h31-monaco", """\
'I dreamed of this since I was five', says Rezende

Caio Rezende became the first Brazilian to win a Formula 1 grand prix since 2009 after holding off British world champion Oliver Brandt by 1.4 seconds in Monaco on Sunday.

The 29-year-old, who started from pole for his Aurora team, burst into tears on the radio as he crossed the line. "Obrigado, obrigado, everybody. We did it!" he shouted to his team.

"I dreamed of this since I was five, watching videos of Senna with my father," said the Brazilian. "To do it here, in Monaco, I don't have the words."

Rezende, known in the paddock as "Caio Cool" for his calm radio manner, said the last 10 laps had been "the longest of my life".

Aurora team principal Hannah Becker, who joined the team from Mercedes in 2024, said Rezende had been "faultless from Thursday to Sunday".

"People said we hired him too early. Today he answered every one of them," she said, "and he did it on the hardest track in the world."

Brandt, who finished second, was gracious. "He drove a perfect race and there was nothing I could do," the Briton said. "Overtaking here is impossible unless somebody makes a mistake, and he didn't."

Brandt's lead in the drivers' championship was cut to 11 points. He said that the title fight was "far from over" and that he expected Aurora to be "a problem for everybody" for the rest of the season.

Aurora posted a video of the whole team singing in the garage with the caption: "Rezende, Rezende, Rezende!"

Rezende will celebrate with his family in Monte Carlo before the Canadian Grand Prix. "My mother has already booked the restaurant," the 29-year-old said. "I am just paying.\"""", [
    ("I dreamed of this since I was five", D, "Caio Rezende", "Rezende", "says"),
    ("Obrigado, obrigado, everybody. We did it!", D, "Caio Rezende", "he", "shouted"),
    # a demonym for the subject of the paragraph before
    ("I dreamed of this since I was five, watching videos of Senna with my father,", D,
     "Caio Rezende", "the Brazilian", "said"),
    ("To do it here, in Monaco, I don't have the words.", D, "Caio Rezende", "the Brazilian",
     "said"),
    # "Caio Cool": a nickname, no row; a report holding a fragment: the partial only
    ("the longest of my life", P, "Caio Rezende", ("Rezende", 3), "said"),
    # a name right after the past cue is the report's subject, not the speaker
    ("faultless from Thursday to Sunday", P, "Hannah Becker", "Hannah Becker", ("said", 3)),
    # split by `she said,`
    ("People said we hired him too early. Today he answered every one of them,", D,
     "Hannah Becker", "she", "said"),
    ("and he did it on the hardest track in the world.", D, "Hannah Becker", "she", "said"),
    # `the Briton` for the British champion, the subject of the sentence before
    ("He drove a perfect race and there was nothing I could do,", D, "Oliver Brandt",
     "the Briton", "said"),
    ("Overtaking here is impossible unless somebody makes a mistake, and he didn't.", D,
     "Oliver Brandt", "the Briton", "said"),
    # drivers' closes nothing; two fragments on one cue
    ("far from over", P, "Oliver Brandt", "He", "said"),
    ("a problem for everybody", P, "Oliver Brandt", "He", "said"),
    ("Rezende, Rezende, Rezende!", D, "Aurora", "Aurora", "posted"),
    # the age the story gave the man it follows
    ("My mother has already booked the restaurant,", D, "Caio Rezende", "the 29-year-old",
     "said"),
    ("I am just paying.", D, "Caio Rezende", "the 29-year-old", "said"),
])

doc("h31-church-bells", """\
Village rallies round bell ringers after noise complaint

Bell ringers at St Michael's Church in Upper Hadlow have been asked to cut back their Sunday morning ringing after a complaint from a resident of a new housing estate, the parish council has confirmed.

The complaint, sent to the parish council by email, said the bells were "unreasonably loud" before 9am.

Tower captain Derek Mayhew, 81, has rung the bells at St Michael's for more than 60 years. "These bells have been rung on Sunday mornings since 1784," the 81-year-old said. "They were here long before rock 'n' roll, and they'll be here long after it."

Mr Mayhew said the band of 11 ringers had already agreed to start half an hour later. On practice nights the ringers' clappers are now fitted with leather "muffles".

Cllr Anne Whitford, chairman of Upper Hadlow Parish Council, said: "Nobody wants to fall out with new neighbours. But I think most people who move to a village expect to hear church bells."

She said the council had received more than 300 emails in support of the ringers since the story appeared on the village Facebook group. One supporter wrote on the group: "Don't like bells? Don't buy a house next to a church."

The vicar, the Rev Tom Ashcroft, told the Courier that he hoped the matter could be settled "over a cup of tea rather than in a council office".

"I have met the family concerned and they are perfectly reasonable people," he said. "This is a village, not a war zone."

A spokesman for Medway Vale District Council said it had "not received any complaint" about the bells and would "encourage both sides to talk".""", [
    # `the parish council`: the council the story names later
    ("Bell ringers at St Michael's Church in Upper Hadlow have been asked to cut back their Sunday morning ringing after a complaint from a resident of a new housing estate",
     I, "Upper Hadlow Parish Council", "the parish council", "confirmed"),
    # a written complaint by no one named
    ("unreasonably loud", P, None, "The complaint", "said"),
    ("These bells have been rung on Sunday mornings since 1784,", D, "Derek Mayhew",
     "the 81-year-old", "said"),
    ("They were here long before rock 'n' roll, and they'll be here long after it.", D,
     "Derek Mayhew", "the 81-year-old", "said"),
    ("the band of 11 ringers had already agreed to start half an hour later", I,
     "Derek Mayhew", "Mr Mayhew", "said"),
    # ringers' closes nothing; "muffles": a term, no row
    ("Nobody wants to fall out with new neighbours. But I think most people who move to a village expect to hear church bells.",
     D, "Anne Whitford", "Anne Whitford", "said"),
    ("the council had received more than 300 emails in support of the ringers since the story appeared on the village Facebook group",
     I, "Anne Whitford", "She", "said"),
    ("Don't like bells? Don't buy a house next to a church.", D, None, "One supporter",
     "wrote"),
    # a report holding a fragment: the partial row only
    ("over a cup of tea rather than in a council office", P, "Tom Ashcroft", "Tom Ashcroft",
     "told"),
    ("I have met the family concerned and they are perfectly reasonable people,", D,
     "Tom Ashcroft", "he", "said"),
    ("This is a village, not a war zone.", D, "Tom Ashcroft", "he", "said"),
    # a spokesman for a body speaks for it; two fragments on one cue
    ("not received any complaint", P, "Medway Vale District Council",
     "A spokesman for Medway Vale District Council", "said"),
    ("encourage both sides to talk", P, "Medway Vale District Council",
     "A spokesman for Medway Vale District Council", "said"),
])


if __name__ == "__main__":
    # beside this script (the builder's own default is beside the builder)
    m.write(os.path.join(HERE, "news_2020s_holdout31.jsonl"))
