#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout2.jsonl: 8 more short articles written from scratch
for this project (an Australian paper, a cricket press conference, an Indian court, a health
story with a statement, a Canadian story in guillemets, a council row over two paragraphs, a
tech launch with posts on X, an obituary), annotated by the conventions of make_news_2020s.py,
whose builder it uses. Written by the lead while branch quotes6 wrote its rules and kept from
it: measured before and after the merge, never tuned on (`make eval-quotes-own`): all kinds
overlap 96.30, end-to-end 91.36 on main at b8831b6 and after quotes6. Then read by the lead
for one fix ("Martin Shaw described her as" no longer makes him female): end-to-end 93.83.

usage: make_news_2020s_holdout2.py [OUT.jsonl]   (default: news_2020s_holdout2.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h2-housing", """\
Housing minister rejects calls for rent freeze

SYDNEY: The federal Housing Minister, Clare Whitby, has ruled out a national rent freeze, telling parliament the policy would "choke off" the supply of new homes.

"Every credible economist tells us that rent freezes reduce supply," Ms Whitby said on Wednesday. "We will not do something that makes the crisis worse."

The Greens' housing spokesman, Max Chandler-Reid, said the government had abandoned renters. According to Anglicare, fewer than 1 per cent of rentals advertised in March were affordable for a single person on the minimum wage.

Property Council chief executive Mike Zorbas welcomed the decision, saying investors needed certainty.""", [
    ("choke off", P, "Clare Whitby", "Clare Whitby", "telling"),
    ("Every credible economist tells us that rent freezes reduce supply,", D, "Clare Whitby",
     "Ms Whitby", "said"),
    ("We will not do something that makes the crisis worse.", D, "Clare Whitby", "Ms Whitby",
     "said"),
    ("the government had abandoned renters", I, "Max Chandler-Reid", "Max Chandler-Reid",
     "said"),
    ("fewer than 1 per cent of rentals advertised in March were affordable for a single person on the minimum wage",
     I, "Anglicare", "Anglicare", "According to"),
    ("investors needed certainty", I, "Mike Zorbas", "Mike Zorbas", "saying"),
])

doc("h2-cricket", """\
Stokes backs under-fire Pope after Lord's collapse

England captain Ben Stokes has insisted Ollie Pope's place at No 3 is safe, despite a run of five single-figure scores.

"Popey is a massive part of this team," Stokes said. "He's scored hundreds against the best attacks in the world, and he will do it again."

Stokes also defended the decision to bat first. Asked about the pitch, he said: "It did a bit more than we thought. That happens."

India coach Gautam Gambhir was less diplomatic. "We were better than them for four days," he said. "The scoreboard does not always tell the truth."
""", [
    ("Ollie Pope's place at No 3 is safe", I, "Ben Stokes", "Ben Stokes", "insisted"),
    ("Popey is a massive part of this team,", D, "Ben Stokes", "Stokes", "said"),
    ("He's scored hundreds against the best attacks in the world, and he will do it again.", D,
     "Ben Stokes", "Stokes", "said"),
    ("It did a bit more than we thought. That happens.", D, "Ben Stokes", "he", "said"),
    ("We were better than them for four days,", D, "Gautam Gambhir", "he", "said"),
    ("The scoreboard does not always tell the truth.", D, "Gautam Gambhir", "he", "said"),
])

doc("h2-court", """\
NEW DELHI: The Supreme Court on Monday ordered the Delhi government to explain why it had not enforced a ban on construction during the city's worst smog of the year.

A bench headed by Justice Rekha Menon said the authorities had "failed the people of Delhi". "Children cannot breathe. What more has to happen before you act?" the judge asked.

Appearing for the government, senior advocate Rohan Bhatia told the court that 1,200 sites had been inspected and 300 fined. The bench said it was not satisfied and listed the case for Friday.""", [
    ("failed the people of Delhi", P, "Rekha Menon", "Rekha Menon", "said"),
    ("Children cannot breathe. What more has to happen before you act?", D, "Rekha Menon",
     "the judge", "asked"),
    ("that 1,200 sites had been inspected and 300 fined", I, "Rohan Bhatia", "Rohan Bhatia",
     "told"),
    ("it was not satisfied", I, None, "The bench", "said"),
])

doc("h2-health", """\
Hospital trust apologises after patient waited 40 hours in A&E

A hospital trust in the north of England has apologised after an 87-year-old woman waited 40 hours for a bed.

Her daughter, Karen Lyle, said her mother had been left on a trolley in a corridor. "She was frightened and she was in pain, and nobody could tell us anything," Ms Lyle told the BBC.

In a statement, Northfield Hospitals NHS Trust said it was "deeply sorry" and that demand had been "exceptionally high". The Royal College of Emergency Medicine said long waits were now "routine" across the country.""", [
    ("her mother had been left on a trolley in a corridor", I, "Karen Lyle", "Karen Lyle",
     "said"),
    ("She was frightened and she was in pain, and nobody could tell us anything,", D,
     "Karen Lyle", "Ms Lyle", "told"),
    ("deeply sorry", P, "Northfield Hospitals NHS Trust", "Northfield Hospitals NHS Trust",
     "said"),
    ("exceptionally high", P, "Northfield Hospitals NHS Trust",
     "Northfield Hospitals NHS Trust", "said"),
    ("routine", P, "Royal College of Emergency Medicine",
     "The Royal College of Emergency Medicine", "said"),
])

doc("h2-quebec", """\
MONTREAL - Quebec Premier François Legault said on Thursday that his government would cap the number of temporary foreign workers in Montreal.

« Nous avons atteint la limite de notre capacité d'accueil », Legault told reporters in Quebec City. He said housing and schools were under strain.

Federal Immigration Minister Marc Miller said Ottawa was open to talks but warned that businesses in the regions depended on the workers.""", [
    ("that his government would cap the number of temporary foreign workers in Montreal", I,
     "François Legault", "François Legault", "said"),
    ("Nous avons atteint la limite de notre capacité d'accueil", D, "François Legault",
     "Legault", "told"),
    ("housing and schools were under strain", I, "François Legault", "He", "said"),
    ("Ottawa was open to talks", I, "Marc Miller", "Marc Miller", "said"),
    ("that businesses in the regions depended on the workers", I, "Marc Miller",
     "Marc Miller", "warned"),
])

doc("h2-council", """\
Councillors clash over plan to close leisure centre

Residents packed the council chamber in Ashworth on Tuesday as councillors debated plans to close the town's only swimming pool.

Councillor Helen Price, who leads the council, said the pool cost £900,000 a year to run. "We have had to make choices that none of us came into politics to make," she said. "If we keep the pool open, we close two care homes.

"I would ask anyone who thinks there is an easy answer to come and show me the figures."

Opposition leader Tom Barker said the council had wasted millions on consultants. "This is a choice, not a necessity," he said.""", [
    ("the pool cost £900,000 a year to run", I, "Helen Price", "Helen Price", "said"),
    ("We have had to make choices that none of us came into politics to make,", D,
     "Helen Price", "she", "said"),
    ("If we keep the pool open, we close two care homes.", D, "Helen Price", "she", "said"),
    ("I would ask anyone who thinks there is an easy answer to come and show me the figures.",
     D, "Helen Price", "she", "said"),
    ("the council had wasted millions on consultants", I, "Tom Barker", "Tom Barker", "said"),
    ("This is a choice, not a necessity,", D, "Tom Barker", "he", "said"),
])

doc("h2-launch", """\
Lumo unveils cheaper electric hatchback

Electric carmaker Lumo on Thursday unveiled a hatchback it said would sell for under $30,000, its cheapest model yet.

"This is the car we promised when we started the company," chief executive Dana Ostrowski said at the launch in Austin. She said deliveries would begin in the spring.

Analysts were cautious. "The price is right, but Lumo has missed every production target it has set," wrote Ben Carver of Redline Research in a note to clients.

Ostrowski later posted on X: "Orders are open. See you on the road."
""", [
    ("would sell for under $30,000", I, "Lumo", "it", "said"),
    ("This is the car we promised when we started the company,", D, "Dana Ostrowski",
     "Dana Ostrowski", "said"),
    ("deliveries would begin in the spring", I, "Dana Ostrowski", "She", "said"),
    ("The price is right, but Lumo has missed every production target it has set,", D,
     "Ben Carver", "Ben Carver", "wrote"),
    ("Orders are open. See you on the road.", D, "Dana Ostrowski", "Ostrowski", "posted"),
])

doc("h2-obituary", """\
Jean Halloran, campaigning journalist, dies at 82

Jean Halloran, whose reporting on the Ridley mine disaster led to a change in the law, has died aged 82, her family said.

Her son, Peter, said she had been "working on a story until the very end". Former colleague Martin Shaw described her as "the bravest reporter I ever met".

In a 2015 interview she said: "I never thought of it as courage. Somebody had to ask the questions, so I asked them."

Her memoir, "Nobody Told Me to Stop", was published in 2019.""", [
    ("Jean Halloran, whose reporting on the Ridley mine disaster led to a change in the law, has died aged 82",
     I, None, "her family", "said"),
    ("working on a story until the very end", P, "Peter", "Peter", "said"),
    ("the bravest reporter I ever met", P, "Martin Shaw", "Martin Shaw", "described"),
    ("I never thought of it as courage. Somebody had to ask the questions, so I asked them.",
     D, "Jean Halloran", "she", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout2.jsonl")
