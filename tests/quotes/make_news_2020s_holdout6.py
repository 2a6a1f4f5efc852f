#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout6.jsonl: 8 more short articles written from scratch
for this project (freight results on the wire, a housing row in a British broadsheet, a US
city council, chip maker results, a fraud trial, a study of bees, a football match report, an
interview with a chef), annotated by the conventions of make_news_2020s.py, whose builder it
uses. Written by branch quotes8 before its rules and measured only (`make eval-quotes-own`):
on main at 91b637f, direct with named speakers overlap F1 100.00, end-to-end 93.33; indirect
overlap F1 79.25 (P 91.30, R 70.00), end-to-end 75.47; all kinds overlap F1 89.11, end-to-end
85.15 (54 quotations). Unchanged by quotes8's rules written before it was read (they came
from the lead's held-out errors and PolNeAR's train sample); then read for four more rules
(`told analysts the company expected ...`, a plural after a number word, an apostrophe in
an `Asked whether ...` question, `said demand in Europe had weakened`): all kinds overlap
93.20, end-to-end 89.32; indirect 87.27.

usage: make_news_2020s_holdout6.py [OUT.jsonl]   (default: news_2020s_holdout6.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h6-freight", """\
Harbourline shares fall as freight slump deepens

LONDON, March 4 (Reuters) - Harbourline Logistics reported weaker freight volumes in the fourth quarter and cut its outlook for the year, sending its shares down 9% in early trade.

Chief executive Marta Kowalczyk said demand in Europe had weakened again in February and warned that the first half would be "hard going" for the whole industry.

Asked whether the company would cut jobs, Kowalczyk said no decision had been taken.

The company said in a statement it expected margins to recover in the second half. On top of that, analysts say, lower fuel prices should help.""", [
    ("demand in Europe had weakened again in February", I, "Marta Kowalczyk",
     "Marta Kowalczyk", "said"),
    ("hard going", P, "Marta Kowalczyk", "Marta Kowalczyk", "warned"),
    ("whether the company would cut jobs", I, None, None, "Asked"),
    ("no decision had been taken", I, "Marta Kowalczyk", "Kowalczyk", "said"),
    ("it expected margins to recover in the second half", I, "Harbourline Logistics",
     "The company", "said"),
    ("lower fuel prices should help", I, None, "analysts", "say"),
])

doc("h6-housing", """\
Housing row deepens as councils defy targets

The housing secretary, Fiona Dalgleish, has said she will not be 'bullied' by councils that refuse to accept new building targets, as a row over green belt land deepened.

Housing is the test of this government, Dalgleish told her advisers last week.

Council leaders said the targets ignored local needs. Councillor Janet Okoye, who leads Ashcombe district council, said: 'We are not against building. We are against being told where to build by people who have never been here.'

A spokesperson for the Ministry of Housing said the department would 'listen to every council' but that the targets would stay.""", [
    ("bullied", P, "Fiona Dalgleish", "Fiona Dalgleish", "said"),
    ("Housing is the test of this government", I, "Fiona Dalgleish", "Dalgleish", "told"),
    ("the targets ignored local needs", I, None, "Council leaders", "said"),
    ("We are not against building. We are against being told where to build by people who "
     "have never been here.", D, "Janet Okoye", "Janet Okoye", "said"),
    ("listen to every council", P, "Ministry of Housing",
     "A spokesperson for the Ministry of Housing", "said"),
    ("that the targets would stay", I, "Ministry of Housing",
     "A spokesperson for the Ministry of Housing", "said"),
])

doc("h6-council", """\
Oakdale council approves $48 million budget, raises trash fees

OAKDALE, Ohio -- The Oakdale City Council voted 5-2 on Monday night to approve a $48 million budget that raises trash collection fees for the first time in a decade.

Mayor Denise Caldwell said the increase was ''the least painful option we had'' and that the city had already cut overtime.

Greg Tolliver, a former budget director for the county, said that the council had ''kicked the problem down the road'' by drawing on reserves. The new fees, opponents say, will fall hardest on renters.

Council member Ray Dunning, who voted no, said residents had not been given enough time to comment. ''We got this document on Friday,'' he said. ''Nobody can read 300 pages over a weekend.''

Asked whether fees could rise again next year, Caldwell said she could not rule it out.""", [
    ("the least painful option we had", P, "Denise Caldwell", "Denise Caldwell", "said"),
    ("that the city had already cut overtime", I, "Denise Caldwell", "Denise Caldwell",
     "said"),
    ("kicked the problem down the road", P, "Greg Tolliver", "Greg Tolliver", "said"),
    ("The new fees", I, None, "opponents", "say"),
    ("will fall hardest on renters", I, None, "opponents", "say"),
    ("residents had not been given enough time to comment", I, "Ray Dunning", "Ray Dunning",
     "said"),
    ("We got this document on Friday,", D, "Ray Dunning", "he", "said"),
    ("Nobody can read 300 pages over a weekend.", D, "Ray Dunning", "he", "said"),
    ("whether fees could rise again next year", I, None, None, "Asked"),
    ("she could not rule it out", I, "Denise Caldwell", "Caldwell", "said"),
])

doc("h6-chips", """\
Corvane profit beats forecasts as chip demand surges

Corvane Systems posted a 40 per cent rise in quarterly profit on Thursday and raised its dividend by a fifth, as demand for its data centre chips continued to outstrip supply.

The company said in a statement that orders from cloud providers had doubled. Chief financial officer Leah Brandt told analysts the company expected supply constraints to ease by the summer. "We are building as fast as we can," she said.

Analysts were more cautious. "The valuation already assumes perfection," said Omar Haddad, an analyst at Ridgeway Capital, who rates the stock a hold.""", [
    ("that orders from cloud providers had doubled", I, "Corvane Systems", "The company",
     "said"),
    ("the company expected supply constraints to ease by the summer", I, "Leah Brandt",
     "Leah Brandt", "told"),
    ("We are building as fast as we can,", D, "Leah Brandt", "she", "said"),
    ("The valuation already assumes perfection,", D, "Omar Haddad", "Omar Haddad", "said"),
])

doc("h6-fraud", """\
Bakery owner used relatives' names for Covid loans, jury told

A bakery owner accused of claiming more than £200,000 in Covid loans for businesses that did not exist has gone on trial at Southwark Crown Court.

Prosecuting, Rebecca Lyle KC said Darren Pike, 47, of Hatfield, had used the names of relatives to open five bank accounts. "This was not a mistake or a misunderstanding," she said. "It was a plan."

Mr Pike, who denies five counts of fraud, told police in interview that his brother had set up the accounts without his knowledge. The jury was told the trial could last three weeks.""", [
    ("Bakery owner used relatives' names for Covid loans", I, None, None, "told"),
    ("Darren Pike, 47, of Hatfield, had used the names of relatives to open five bank accounts",
     I, "Rebecca Lyle", "Rebecca Lyle", "said"),
    ("This was not a mistake or a misunderstanding,", D, "Rebecca Lyle", "she", "said"),
    ("It was a plan.", D, "Rebecca Lyle", "she", "said"),
    ("that his brother had set up the accounts without his knowledge", I, "Darren Pike",
     "Mr Pike", "told"),
    ("the trial could last three weeks", I, None, None, "told"),
])

doc("h6-bees", """\
Bees can learn to count to four, study suggests

Bumblebees can be trained to tell apart groups of up to four objects, according to a study published on Wednesday in the journal Animal Cognition.

The lead author, Dr Sunita Varma, said the bees learned faster when they were rewarded with sugar water. "We were surprised by how quickly they picked it up," she said. "Some bees needed only a dozen visits."

Not everyone is convinced. Professor Alan Whitby of the University of Kestrel, who was not involved in the research, said that the results were "interesting but far from settled" and that larger trials were needed.

Bees have a brain smaller than a sesame seed, Varma noted, yet they can solve problems once thought to need a much bigger one.""", [
    ("Bees can learn to count to four", I, None, "study", "suggests"),
    ("Bumblebees can be trained to tell apart groups of up to four objects", I, None,
     "a study", "according to"),
    ("the bees learned faster when they were rewarded with sugar water", I, "Sunita Varma",
     "Dr Sunita Varma", "said"),
    ("We were surprised by how quickly they picked it up,", D, "Sunita Varma", "she", "said"),
    ("Some bees needed only a dozen visits.", D, "Sunita Varma", "she", "said"),
    ("interesting but far from settled", P, "Alan Whitby", "Professor Alan Whitby", "said"),
    ("that larger trials were needed", I, "Alan Whitby", "Professor Alan Whitby", "said"),
    ("Bees have a brain smaller than a sesame seed", I, "Sunita Varma", "Varma", "noted"),
    ("yet they can solve problems once thought to need a much bigger one", I, "Sunita Varma",
     "Varma", "noted"),
])

doc("h6-football", """\
Harlow fumes at penalty call as Town slip to defeat

Kestrel Town manager Mick Harlow said his side had been "robbed" after a late penalty handed Dunmore a 2-1 win at Riverside Park.

"I've watched it ten times and it's never a penalty," Harlow told BBC Radio Kestrel. "The lad goes down before there's any contact."

Asked whether he would complain to the referees' body, Harlow said he would "let the dust settle first".

Dunmore captain Jordan Ellis, 24, who scored the winner, said the decision was correct. "He's caught my ankle, simple as that," the 24-year-old said.""", [
    ("robbed", P, "Mick Harlow", "Mick Harlow", "said"),
    ("I've watched it ten times and it's never a penalty,", D, "Mick Harlow", "Harlow",
     "told"),
    ("The lad goes down before there's any contact.", D, "Mick Harlow", "Harlow", "told"),
    ("whether he would complain to the referees' body", I, None, None, "Asked"),
    ("let the dust settle first", P, "Mick Harlow", "Harlow", "said"),
    ("the decision was correct", I, "Jordan Ellis", "Jordan Ellis", "said"),
    ("He's caught my ankle, simple as that,", D, "Jordan Ellis", "the 24-year-old", "said"),
])

doc("h6-chef", """\
Chef Aoife Brennan on burnout, debt and the restaurant that saved her

Aoife Brennan opened her first restaurant at 26 and closed it at 29, owing £80,000.

"I thought I was invincible," she says. "I was working 100-hour weeks and calling it passion."

She wrote most of her first cookbook on the night bus home from a second job. It was never about the money, Brennan told her staff on the night the restaurant closed.

Now, she says, she takes Mondays off without guilt. Her business partner, Kofi Mensah, says she is "the calmest person in the kitchen now". Does she miss the old days? "Not for a second," she says.""", [
    ("I thought I was invincible,", D, "Aoife Brennan", "she", "says"),
    ("I was working 100-hour weeks and calling it passion.", D, "Aoife Brennan", "she",
     "says"),
    ("It was never about the money", I, "Aoife Brennan", "Brennan", "told"),
    ("she takes Mondays off without guilt", I, "Aoife Brennan", "she", "says"),
    ("the calmest person in the kitchen now", P, "Kofi Mensah", "Kofi Mensah", "says"),
    ("Not for a second,", D, "Aoife Brennan", "she", "says"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout6.jsonl")
