#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout17.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2024-26 news, rich in speaker
resolution: two ministers of two countries on fishing quotas, a software company's job cuts
with its chief executive and a union, a fraud trial with a judge, a prosecutor and a
defendant, a band's split announced by its agency, a wildfire with a fire chief and
unnamed officials, a football manager and his striker, a hospital strike with a health
minister and a nurse, and a mayoral race between a man and a woman. Speakers by pronoun
with several people of both genders in the article, by description (`the minister`,
`the company`, `the judge`, `the 24-year-old`, `the agency`), by role with its owner
(`Norway's fisheries minister`), organisations, and unnamed officials (NULL). Annotated by
the conventions of make_news_2020s.py, whose builder it uses. Written by branch speakers10
before its rules and measured only (`make eval-quotes-own`): on main at 11a6573
(42 quotations), direct with named speakers overlap F1 100.00, end-to-end 100.00
(14 quotations); indirect overlap F1 92.31 (P 85.71, R 100.00), end-to-end 76.92;
all kinds overlap F1 96.55, exact 96.55, end-to-end 87.36 (speaker strict 90.00).
After speakers10's rules (written from BBC, Reuters, PolNeAR's train sample and texts of
its own, not from this set): unchanged, every figure. Read after measuring, its errors were
`Norway's fisheries minister` before a name the text never gives that role, `their agency`
and `The agency` for Bluewave Entertainment (no agency named with that word), `The
minister` for a health secretary, and three extra reports (`and that ...` after a clause
holding a partial quotation, `weeks after two members asked ...`).

usage: make_news_2020s_holdout17.py [OUT.jsonl]   (default: news_2020s_holdout17.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h17-fishing", """\
Norway and Iceland clash over mackerel quotas

Talks on sharing mackerel stocks in the North Atlantic broke up without a deal on Thursday, with Norway's fisheries minister accusing Iceland of "fishing as if the sea belonged to nobody".

Ingrid Solberg-Haug said her country had offered to cut its own catch by 10% if others did the same. "We have made our offer. The ball is in Reykjavik's court," she told reporters in Bergen.

Iceland's fisheries minister, Einar Thorvaldsson, rejected the charge. He said Iceland had followed scientific advice "to the letter" and that Norway was trying to protect its own fleet.

"Nobody in Reykjavik will be lectured on sustainability," the minister said.

The European Commission said it regretted the failure of the talks and would keep talking to both sides.""", [
    ("fishing as if the sea belonged to nobody", P, "Ingrid Solberg-Haug",
     "Norway's fisheries minister", "accusing"),
    ("her country had offered to cut its own catch by 10% if others did the same", I,
     "Ingrid Solberg-Haug", "Ingrid Solberg-Haug", "said"),
    ("We have made our offer. The ball is in Reykjavik's court,", D, "Ingrid Solberg-Haug",
     "she", "told"),
    ("to the letter", P, "Einar Thorvaldsson", "He", "said"),
    ("Nobody in Reykjavik will be lectured on sustainability,", D, "Einar Thorvaldsson",
     "the minister", "said"),
    ("it regretted the failure of the talks and would keep talking to both sides", I,
     "European Commission", "The European Commission", "said"),
])

doc("h17-layoffs", """\
Software firm Quillpath to cut 1,200 jobs as AI reshapes support work

SAN FRANCISCO (Reuters) - Quillpath said on Tuesday it would cut about 1,200 jobs, or 14% of its workforce, mostly in customer support, as it moves more of that work to its own AI tools.

The company said the cuts would save about $90 million a year and would be finished by the end of June.

"These are talented people, and this was not an easy decision," Chief Executive Maren Lindqvist wrote in a memo to staff. She said affected employees would get 16 weeks of pay.

Derek Oyelaran, who organises tech workers for the Communications Workers of America, said the union had heard from dozens of Quillpath staff. "They were told the bots would help them, not replace them," he said.

Shares of Quillpath rose 6% in early trading.""", [
    ("it would cut about 1,200 jobs, or 14% of its workforce, mostly in customer support, as "
     "it moves more of that work to its own AI tools", I, "Quillpath", "Quillpath", "said"),
    ("the cuts would save about $90 million a year and would be finished by the end of June",
     I, "Quillpath", "The company", "said"),
    ("These are talented people, and this was not an easy decision,", D, "Maren Lindqvist",
     "Maren Lindqvist", "wrote"),
    ("affected employees would get 16 weeks of pay", I, "Maren Lindqvist", "She", "said"),
    ("the union had heard from dozens of Quillpath staff", I, "Derek Oyelaran",
     "Derek Oyelaran", "said"),
    ("They were told the bots would help them, not replace them,", D, "Derek Oyelaran", "he",
     "said"),
])

doc("h17-trial", """\
Former charity boss jailed for six years over £2m fraud

A former charity chief executive who spent donations on a villa in Portugal and two sports cars has been jailed for six years.

Graham Tullett, 58, was found guilty last month of fraud by abuse of position at the charity he ran for children with cancer.

Sentencing him at Bristol Crown Court, Judge Alison Marchetti said he had betrayed "every family who ever rattled a tin" for the charity. The judge told him his remorse had come "only when the auditors arrived".

Prosecutor Lucy Fenwick told the jury that Tullett had treated the charity's accounts "like his own wallet".

In a statement read by his barrister, Tullett said: "I am deeply ashamed of what I did." He said he would sell his house to repay what he could.""", [
    ("every family who ever rattled a tin", P, "Alison Marchetti", "Alison Marchetti",
     "said"),
    ("only when the auditors arrived", P, "Alison Marchetti", "The judge", "told"),
    ("like his own wallet", P, "Lucy Fenwick", "Lucy Fenwick", "told"),
    ("I am deeply ashamed of what I did.", D, "Graham Tullett", "Tullett", "said"),
    ("he would sell his house to repay what he could", I, "Graham Tullett", "He", "said"),
])

doc("h17-band", """\
Girl group Solara to go on hiatus after members' contract dispute

Seoul-based girl group Solara will take an indefinite break, their agency said on Monday, weeks after two members asked a court to end their contracts.

Bluewave Entertainment said the group's five members would "focus on their individual paths" and that no concerts were planned for 2026.

Yuna, the group's leader, posted a handwritten letter on Instagram. "I am sorry we could not keep our promise to you," she wrote.

Mina, the youngest member, told fans in a livestream that she still hoped the group would "come back stronger".

The agency said it would not comment on the court case.""", [
    ("Seoul-based girl group Solara will take an indefinite break", I,
     "Bluewave Entertainment", "their agency", "said"),
    ("focus on their individual paths", P, "Bluewave Entertainment", "Bluewave Entertainment",
     "said"),
    ("I am sorry we could not keep our promise to you,", D, "Yuna", "she", "wrote"),
    ("come back stronger", P, "Mina", "Mina", "told"),
    ("it would not comment on the court case", I, "Bluewave Entertainment", "The agency",
     "said"),
])

doc("h17-wildfire", """\
Thousands flee as wildfire spreads near Sacramento

SACRAMENTO, Calif. (AP) — A fast-moving wildfire forced about 6,000 people from their homes north of Sacramento on Wednesday, officials said.

The fire had burned more than 12,000 acres by nightfall and was 5% contained, according to Cal Fire.

"The wind is doing whatever it wants right now," said Battalion Chief Rosa Delgadillo. "We are asking people to leave when we tell them to leave, not an hour later."

The chief said at least 40 buildings had been destroyed.

Officials said the cause was under investigation.""", [
    ("A fast-moving wildfire forced about 6,000 people from their homes north of Sacramento "
     "on Wednesday", I, None, "officials", "said"),
    ("The fire had burned more than 12,000 acres by nightfall and was 5% contained", I,
     "Cal Fire", "Cal Fire", "according to"),
    ("The wind is doing whatever it wants right now,", D, "Rosa Delgadillo",
     "Rosa Delgadillo", "said"),
    ("We are asking people to leave when we tell them to leave, not an hour later.", D,
     "Rosa Delgadillo", "Rosa Delgadillo", "said"),
    ("at least 40 buildings had been destroyed", I, "Rosa Delgadillo", "The chief", "said"),
    ("the cause was under investigation", I, None, "Officials", "said"),
])

doc("h17-football", """\
Kessler hails Adeyemi-Ross after late winner

Harbour City manager Tomas Kessler said Kofi Adeyemi-Ross had shown "the mentality of a champion" after the striker's late goal beat Westford 2-1 on Saturday.

Adeyemi-Ross had missed two penalties in his previous three games. "I didn't sleep much this week," the 24-year-old said. "But the lads kept passing me the ball."

Kessler said he had never considered dropping him. "You don't drop a player like Kofi because of two bad days," he said.

Westford's manager, Paul Haverford, said his side had deserved a point.""", [
    ("the mentality of a champion", P, "Tomas Kessler", "Tomas Kessler", "said"),
    ("I didn't sleep much this week,", D, "Kofi Adeyemi-Ross", "the 24-year-old", "said"),
    ("But the lads kept passing me the ball.", D, "Kofi Adeyemi-Ross", "the 24-year-old",
     "said"),
    ("he had never considered dropping him", I, "Tomas Kessler", "Kessler", "said"),
    ("You don't drop a player like Kofi because of two bad days,", D, "Tomas Kessler", "he",
     "said"),
    ("his side had deserved a point", I, "Paul Haverford", "Paul Haverford", "said"),
])

doc("h17-nurses", """\
Nurses in Scotland vote to strike over pay

Nurses in Scotland have voted to strike for the first time in the history of the health service north of the border.

Colette Brannigan, a nurse at Glasgow Royal Infirmary for 22 years, said staff were "running on empty". "I love this job, but I can't pay my rent with love," she said.

Health Secretary Neil Campbell-Reid said the offer on the table was the best in the UK. The minister told MSPs that he would meet the unions again next week.""", [
    ("running on empty", P, "Colette Brannigan", "Colette Brannigan", "said"),
    ("I love this job, but I can't pay my rent with love,", D, "Colette Brannigan", "she",
     "said"),
    ("the offer on the table was the best in the UK", I, "Neil Campbell-Reid",
     "Neil Campbell-Reid", "said"),
    ("that he would meet the unions again next week", I, "Neil Campbell-Reid", "The minister",
     "told"),
])

doc("h17-mayor", """\
Mayor's race tightens as Okafor gains on Brennan

BOSTON — The race for mayor tightened on Sunday as a new poll showed Councillor Grace Okafor within two points of Mayor Liam Brennan.

Ms. Okafor, speaking at a rally in Dorchester, said the city had "waited long enough" for affordable housing. "He has had eight years," she said of her rival.

Mr. Brennan told reporters that he was not worried by the poll. "The only poll that matters is on Nov. 4," the mayor said.""", [
    ("waited long enough", P, "Grace Okafor", "Ms. Okafor", "said"),
    ("He has had eight years,", D, "Grace Okafor", "she", "said"),
    ("that he was not worried by the poll", I, "Liam Brennan", "Mr. Brennan", "told"),
    ("The only poll that matters is on Nov. 4,", D, "Liam Brennan", "the mayor", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout17.jsonl")
