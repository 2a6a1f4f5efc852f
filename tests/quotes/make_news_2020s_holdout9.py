#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout9.jsonl: 8 short articles written from scratch for
this project, rich in the speakers that need the whole story (pronouns beside people of
both genders, `the lender` after a bank, `the minister`, `the senator`, `the spokeswoman`
after the text gave someone that title, quotations running on over paragraphs, a speaker
after a long apposition, several speakers per article), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Written by branch speakers9 before its rules and
measured only (`make eval-quotes-own`): on main at 31c4f08, direct with named speakers
overlap F1 100.00, end-to-end 86.49 (speaker strict 86.49, 37 quotations); indirect overlap
F1 89.47 (P 85.00, R 94.44), end-to-end 89.47; all kinds overlap F1 96.61, end-to-end 84.75
(58 quotations). After speakers9's rules, written before reading its errors (from PolNeAR's
train sample, BBC and our own sentences): direct with named speakers end-to-end 91.89;
all kinds end-to-end 89.83; indirect unchanged. Read after measuring: the two errors
left are `the senator` given the senator named in the paragraph after (quotes.c's role
table keeps a role's last holder in the text) and `the detective` after `Detective
Inspector Nadia Farouk` (no rule kept: a title-word rule and a first-holder rule each
changed dozens of BBC rows, most of them wrongly).

usage: make_news_2020s_holdout9.py [OUT.jsonl]   (default: news_2020s_holdout9.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h9-lender", """\
Larchfield Bank sets aside £300m for car finance claims

Larchfield Bank has set aside a further £300m to cover compensation for customers who were overcharged on car loans, pushing the lender to a loss in the third quarter.

"We got this wrong and we will put it right," chief executive Harriet Okonedo told analysts on a call on Wednesday. "Every customer who was overcharged will hear from us."

The lender said the provision was its "best estimate" and that the final bill could be higher if the regulator widened the scheme.

Shares fell 4% in early trading. Tomas Reiner, an analyst at Brookhaven Securities, said the charge was smaller than he had feared. "The market was braced for worse," he said. "This clears the decks."

Okonedo said she expected the bank to return to profit next year. "We are not a bank in trouble," she said.""", [
    ("We got this wrong and we will put it right,", D, "Harriet Okonedo", "Harriet Okonedo",
     "told"),
    ("Every customer who was overcharged will hear from us.", D, "Harriet Okonedo",
     "Harriet Okonedo", "told"),
    ("best estimate", P, "Larchfield Bank", "The lender", "said"),
    ("the charge was smaller than he had feared", I, "Tomas Reiner", "Tomas Reiner", "said"),
    ("The market was braced for worse,", D, "Tomas Reiner", "he", "said"),
    ("This clears the decks.", D, "Tomas Reiner", "he", "said"),
    ("she expected the bank to return to profit next year", I, "Harriet Okonedo",
     "Okonedo", "said"),
    ("We are not a bank in trouble,", D, "Harriet Okonedo", "she", "said"),
])

doc("h9-senate", """\
Senate panel deadlocks on wildfire funding bill

WASHINGTON (AP) — A Senate committee deadlocked Thursday on a bill that would send $12 billion to states hit by wildfires, after two members of the majority joined the opposition.

Sen. Dana Whitlock, D-Ore., who wrote the bill, called the vote "a betrayal of every town that burned this summer."

"I have stood in the ashes of people's homes," the senator said. "I am not going to tell them to wait another year."

Sen. Curtis Vandermeer, R-Idaho, said the bill did not say how the money would be paid for. "Nobody on this committee is against helping fire victims," Vandermeer said. "But we owe taxpayers a plan."

Whitlock said she would bring the bill back next month. Asked whether she had the votes, she said: "I will by then.\"""", [
    ("a betrayal of every town that burned this summer.", P, "Dana Whitlock",
     "Dana Whitlock", "called"),
    ("I have stood in the ashes of people's homes,", D, "Dana Whitlock", "the senator",
     "said"),
    ("I am not going to tell them to wait another year.", D, "Dana Whitlock", "the senator",
     "said"),
    ("the bill did not say how the money would be paid for", I, "Curtis Vandermeer",
     "Curtis Vandermeer", "said"),
    ("Nobody on this committee is against helping fire victims,", D, "Curtis Vandermeer",
     "Vandermeer", "said"),
    ("But we owe taxpayers a plan.", D, "Curtis Vandermeer", "Vandermeer", "said"),
    ("she would bring the bill back next month", I, "Dana Whitlock", "Whitlock", "said"),
    ("I will by then.", D, "Dana Whitlock", "she", "said"),
])

doc("h9-minister", """\
Finance minister defends fuel subsidy cut as protests spread

ACCRA, May 14 (Reuters) - Ghana's finance minister, Kwabena Asamoah, on Tuesday defended the government's decision to end fuel subsidies, as protests spread to a third city.

"The subsidy was costing us more than our entire health budget," the minister told parliament. "We could not carry on."

Opposition lawmaker Efua Mensah-Bonsu said the cut had been made without warning. "Families found out at the pump," she said. "That is no way to govern."

The minister said cash transfers to the poorest households would begin next month. He did not say how many families would qualify.""", [
    ("The subsidy was costing us more than our entire health budget,", D, "Kwabena Asamoah",
     "the minister", "told"),
    ("We could not carry on.", D, "Kwabena Asamoah", "the minister", "told"),
    ("the cut had been made without warning", I, "Efua Mensah-Bonsu", "Efua Mensah-Bonsu",
     "said"),
    ("Families found out at the pump,", D, "Efua Mensah-Bonsu", "she", "said"),
    ("That is no way to govern.", D, "Efua Mensah-Bonsu", "she", "said"),
    ("cash transfers to the poorest households would begin next month", I,
     "Kwabena Asamoah", "The minister", "said"),
])

doc("h9-recall", """\
Toy maker recalls 80,000 stroller seats after injuries

Brightwell Toys is recalling about 80,000 stroller seats after reports that the buckle can open on its own, the company said on Friday.

Megan Castellano, a spokeswoman for the company, said no child had been seriously hurt. "We moved as soon as we saw the pattern," the spokeswoman said. "Parents should stop using the seat today."

Consumer advocate Kofi Darko said the company had taken too long. "The first complaints came in March," he said. "Brightwell knew."

Castellano disputed that. "We investigated every report," she said.""", [
    ("no child had been seriously hurt", I, "Megan Castellano", "Megan Castellano", "said"),
    ("We moved as soon as we saw the pattern,", D, "Megan Castellano", "the spokeswoman",
     "said"),
    ("Parents should stop using the seat today.", D, "Megan Castellano", "the spokeswoman",
     "said"),
    ("the company had taken too long", I, "Kofi Darko", "Kofi Darko", "said"),
    ("The first complaints came in March,", D, "Kofi Darko", "he", "said"),
    ("Brightwell knew.", D, "Kofi Darko", "he", "said"),
    ("We investigated every report,", D, "Megan Castellano", "she", "said"),
])

doc("h9-refugees", """\
Aid agency warns of funding gap as winter nears

GENEVA — A United Nations agency warned on Monday that it had raised less than half the money it needs to shelter displaced families through the winter.

Marguerite Olsson, who spent two decades running refugee programmes in East Africa and Lebanon before becoming the agency's deputy head last year, said the gap was the widest she had seen. "We are already choosing which camps get heaters," Olsson said. "That is not a choice anyone should have to make."

Her colleague Abdoulaye Sarr, who runs the agency's logistics, said fuel prices had doubled the cost of every delivery.

"We used to move a truck of blankets for $2,000," he said. "Now it is closer to $4,000, and the roads are worse."

Olsson said she would ask donors to meet again in December.""", [
    ("the gap was the widest she had seen", I, "Marguerite Olsson", "Marguerite Olsson",
     "said"),
    ("We are already choosing which camps get heaters,", D, "Marguerite Olsson", "Olsson",
     "said"),
    ("That is not a choice anyone should have to make.", D, "Marguerite Olsson", "Olsson",
     "said"),
    ("fuel prices had doubled the cost of every delivery", I, "Abdoulaye Sarr",
     "Abdoulaye Sarr", "said"),
    ("We used to move a truck of blankets for $2,000,", D, "Abdoulaye Sarr", "he", "said"),
    ("Now it is closer to $4,000, and the roads are worse.", D, "Abdoulaye Sarr", "he",
     "said"),
    ("she would ask donors to meet again in December", I, "Marguerite Olsson", "Olsson",
     "said"),
])

doc("h9-school", """\
Parents pack meeting over plan to close village school

More than 200 parents packed a village hall on Tuesday night to oppose a council plan to close Hollins Green primary school.

Council official Derek Ashworth told the meeting that falling pupil numbers left the school with a deficit of £180,000. "We cannot keep a school open for 43 children," the official said.

Head teacher Joanna Pryce said she had not been told about the plan until last week. "I read about it in the paper like everyone else," she said.

Parent Samir Haddad, whose two daughters attend the school, said the village would lose more than a school.

"This is where the whole village meets," he said. "Close it and you close the village.

"Nobody here will forgive the council for that."

Ashworth said a final decision would be taken in January.""", [
    ("falling pupil numbers left the school with a deficit of £180,000", I, "Derek Ashworth",
     "Derek Ashworth", "told"),
    ("We cannot keep a school open for 43 children,", D, "Derek Ashworth", "the official",
     "said"),
    ("she had not been told about the plan until last week", I, "Joanna Pryce",
     "Joanna Pryce", "said"),
    ("I read about it in the paper like everyone else,", D, "Joanna Pryce", "she", "said"),
    ("the village would lose more than a school", I, "Samir Haddad", "Samir Haddad", "said"),
    ("This is where the whole village meets,", D, "Samir Haddad", "he", "said"),
    ("Close it and you close the village.", D, "Samir Haddad", "he", "said"),
    ("Nobody here will forgive the council for that.", D, "Samir Haddad", "he", "said"),
    ("a final decision would be taken in January", I, "Derek Ashworth", "Ashworth", "said"),
])

doc("h9-startup", """\
Founders of failed delivery start-up speak out

When Priya Venkatesan and Luca Moretti started Parcelpoint in a spare bedroom in 2021, they thought they were building the next big thing in last-mile delivery. Three years later the company has collapsed, owing suppliers £2m.

"We grew too fast, and we believed our own slides," Venkatesan said in her first interview since the collapse. "That is on me."

Moretti, who ran the company's operations, was more defiant. "The idea was right," he said. "The timing was wrong, and the money ran out."

Venkatesan said she was now advising other founders. "If I can stop one person making my mistakes," she said, "that is something.\"""", [
    ("We grew too fast, and we believed our own slides,", D, "Priya Venkatesan",
     "Venkatesan", "said"),
    ("That is on me.", D, "Priya Venkatesan", "Venkatesan", "said"),
    ("The idea was right,", D, "Luca Moretti", "he", "said"),
    ("The timing was wrong, and the money ran out.", D, "Luca Moretti", "he", "said"),
    ("she was now advising other founders", I, "Priya Venkatesan", "Venkatesan", "said"),
    ("If I can stop one person making my mistakes,", D, "Priya Venkatesan", "she", "said"),
    ("that is something.", D, "Priya Venkatesan", "she", "said"),
])

doc("h9-court", """\
Former councillor jailed for planning bribes

A former councillor who took cash to wave through planning applications has been jailed for four years.

Graham Pilkington, 61, accepted more than £90,000 from developers over six years, Leeds Crown Court heard.

Sentencing him, Judge Alison Kerridge said he had "sold the trust of the people who elected him". She told him: "You knew exactly what you were doing, and you did it again and again."

Pilkington's barrister, Rupert Haines, said his client had shown remorse. "He has lost his reputation, his marriage and his home," Haines said.

Detective Inspector Nadia Farouk, who led the investigation, said outside court that the case should serve as a warning. "Nobody is above the law," the detective said.""", [
    ("sold the trust of the people who elected him", P, "Alison Kerridge", "Alison Kerridge",
     "said"),
    ("You knew exactly what you were doing, and you did it again and again.", D,
     "Alison Kerridge", "She", "told"),
    ("his client had shown remorse", I, "Rupert Haines", "Rupert Haines", "said"),
    ("He has lost his reputation, his marriage and his home,", D, "Rupert Haines", "Haines",
     "said"),
    ("the case should serve as a warning", I, "Nadia Farouk", "Nadia Farouk", "said"),
    ("Nobody is above the law,", D, "Nadia Farouk", "the detective", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout9.jsonl")
