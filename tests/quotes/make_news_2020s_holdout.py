#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout.jsonl: 8 more short articles written from scratch
for this project (agency, British single marks, an earnings call, a court, a post on
LinkedIn, a quotation over two paragraphs, AP party tags, an interrupted quotation; 38
quotations), annotated by the conventions of make_news_2020s.py, whose builder it uses.
Written by the lead while branch quotes5 wrote its rules and kept from it: measured before
and after the merge, never tuned on (`make eval-quotes-own`).

usage: make_news_2020s_holdout.py [OUT.jsonl]   (default: news_2020s_holdout.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("k-strike-vote", """\
Rail workers vote to strike over pay

LONDON (AP) — Train drivers at six rail companies voted on Wednesday to strike next month, the latest escalation in a two-year dispute over pay.

"Our members have been left with no choice," said Graham Tolley, the general secretary of the drivers' union. "Nobody wants to strike, but the companies have not put a single penny on the table."

The Department for Transport said the offer on the table was "fair and affordable" and urged the union to put it to its members.

Transport Secretary Louise Haigh told reporters that she would meet both sides on Friday. "I want this resolved before the summer," she said.""", [
    ("Our members have been left with no choice,", D, "Graham Tolley", "Graham Tolley", "said"),
    ("Nobody wants to strike, but the companies have not put a single penny on the table.", D,
     "Graham Tolley", "Graham Tolley", "said"),
    ("fair and affordable", P, "Department for Transport", "The Department for Transport",
     "said"),
    ("that she would meet both sides on Friday", I, "Louise Haigh", "Louise Haigh", "told"),
    ("I want this resolved before the summer,", D, "Louise Haigh", "she", "said"),
])

doc("k-coach-presser", """\
Hollis keeps faith with young keeper after derby defeat

Manager Karen Hollis has backed goalkeeper Tomas Brandt to recover from his costly mistake in Saturday's 2-1 defeat by Northbridge.

'Tomas is 20 years old and he will make mistakes,' Hollis said at her pre-match press conference. 'What matters is how he responds, and I know how he will respond.'

Brandt, who joined the club from Ajax in the summer, apologised to supporters on Instagram. 'I let the team down. I will work every day to make it right,' he wrote.

Asked whether the club would sign another keeper in January, Hollis smiled. 'You will have to wait and see,' she said.""", [
    ("Tomas is 20 years old and he will make mistakes,", D, "Karen Hollis", "Hollis", "said"),
    ("What matters is how he responds, and I know how he will respond.", D, "Karen Hollis",
     "Hollis", "said"),
    ("I let the team down. I will work every day to make it right,", D, "Tomas Brandt", "he",
     "wrote"),
    ("whether the club would sign another keeper in January", I, None, None, "Asked"),
    ("You will have to wait and see,", D, "Karen Hollis", "she", "said"),
])

doc("k-earnings", """\
Greystone Foods warns of weaker sales as shoppers trade down

Greystone Foods cut its profit forecast on Tuesday, saying shoppers were switching to cheaper own-brand products at supermarkets.

Chief executive Anil Mehra told analysts on a call that the company had been too slow to respond. "We priced ourselves out of some baskets, and we are fixing that," he said.

Shares fell 11 per cent. Sarah Quinlan, an analyst at Harbour Capital, said the warning was worse than expected. "This is a business that has lost its pricing power," she said. "It will take more than a few promotions to win it back."

According to the company, sales in its snacks division fell 6 per cent in the three months to September.""", [
    ("shoppers were switching to cheaper own-brand products at supermarkets", I,
     "Greystone Foods", "Greystone Foods", "saying"),
    ("that the company had been too slow to respond", I, "Anil Mehra", "Anil Mehra",
     "told"),
    ("We priced ourselves out of some baskets, and we are fixing that,", D, "Anil Mehra", "he",
     "said"),
    ("the warning was worse than expected", I, "Sarah Quinlan", "Sarah Quinlan", "said"),
    ("This is a business that has lost its pricing power,", D, "Sarah Quinlan", "she",
     "said"),
    ("It will take more than a few promotions to win it back.", D, "Sarah Quinlan", "she",
     "said"),
    ("sales in its snacks division fell 6 per cent in the three months to September", I,
     "Greystone Foods", "the company", "According to"),
])

doc("k-court", """\
Former council leader jailed for fraud

A former council leader who took £340,000 from a charity he chaired has been jailed for five years.

Derek Mawson, 61, admitted fraud by abuse of position at Lincoln Crown Court in October. Sentencing him on Thursday, Judge Helen Poole said he had "betrayed the trust of an entire town".

"You used money given by ordinary people to fund holidays, a boat and a second home," she told him. "The harm you have caused goes far beyond the sums involved."

In a statement, the charity's new chair, Martin Oduya, said the trustees were "relieved that this chapter is closed". Mawson's barrister, Claire Dunmore, said her client was "deeply ashamed".""", [
    ("betrayed the trust of an entire town", P, "Helen Poole", "Judge Helen Poole", "said"),
    ("You used money given by ordinary people to fund holidays, a boat and a second home,", D,
     "Helen Poole", "she", "told"),
    ("The harm you have caused goes far beyond the sums involved.", D, "Helen Poole", "she",
     "told"),
    ("relieved that this chapter is closed", P, "Martin Oduya", "Martin Oduya", "said"),
    ("deeply ashamed", P, "Claire Dunmore", "Claire Dunmore", "said"),
])

doc("k-tech-post", """\
Startup founder apologises after app leaks users' locations

The founder of the dating app Spark Date has apologised after a security researcher showed that the app exposed the exact locations of its users.

"We got this wrong, and I am sorry," Lena Vogt wrote in a post on LinkedIn on Monday. "We have fixed the flaw and we are working with the data protection authorities."

The researcher, Omar Haddad, said he had warned the company in March. "They thanked me and then did nothing for five months," he told The Verge.

The Information Commissioner's Office said it was "making enquiries".""", [
    ("We got this wrong, and I am sorry,", D, "Lena Vogt", "Lena Vogt", "wrote"),
    ("We have fixed the flaw and we are working with the data protection authorities.", D,
     "Lena Vogt", "Lena Vogt", "wrote"),
    ("he had warned the company in March", I, "Omar Haddad", "Omar Haddad", "said"),
    ("They thanked me and then did nothing for five months,", D, "Omar Haddad", "he", "told"),
    ("making enquiries", P, "Information Commissioner's Office",
     "The Information Commissioner's Office", "said"),
])

doc("k-long-quote", """\
Flood victims still waiting for help a year on

A year after the river burst its banks, dozens of families in Thornbury are still living in temporary homes.

Jean Porter, 72, has not been back to her house since the night of the flood. She described what happened:

"The water came up through the floorboards first. By midnight it was at the windows, and we were on the stairs with the dog, waiting for the boat.

"I lost everything that mattered, the photographs, my husband's letters. You can replace a sofa. You cannot replace those."

The Environment Agency said new defences would be finished by 2027.""", [
    ("The water came up through the floorboards first. By midnight it was at the windows, and "
     "we were on the stairs with the dog, waiting for the boat.", D, "Jean Porter", "She",
     "described"),
    ("I lost everything that mattered, the photographs, my husband's letters. You can replace a "
     "sofa. You cannot replace those.", D, "Jean Porter", "She", "described"),
    ("new defences would be finished by 2027", I, "Environment Agency",
     "The Environment Agency", "said"),
])

doc("k-election", """\
WASHINGTON (AP) — Sen. Maria Delgado, D-Ariz., said Sunday that she would not run for governor next year, ending months of speculation.

"I love this state, and I believe I can do the most good for it right here in the Senate," Delgado said in an interview on CBS' "Face the Nation."

Her decision clears the way for Rep. Tom Sullivan, who announced his own campaign last month. Sullivan said in a statement that Delgado had been a friend and a mentor and that he hoped to earn her support.

Republicans were quick to pounce. "Democrats are running from their record," said Jenna Whitaker, a spokeswoman for the Republican Governors Association.""", [
    ("that she would not run for governor next year", I, "Maria Delgado", "Maria Delgado",
     "said"),
    ("I love this state, and I believe I can do the most good for it right here in the "
     "Senate,", D, "Maria Delgado", "Delgado", "said"),
    ("that Delgado had been a friend and a mentor and that he hoped to earn her support", I,
     "Tom Sullivan", "Sullivan", "said"),
    ("Democrats are running from their record,", D, "Jenna Whitaker", "Jenna Whitaker",
     "said"),
])

doc("k-interrupted", """\
Museum returns bronze heads to Nigeria

A museum in Glasgow has returned four bronze heads taken from Benin City by British soldiers in 1897.

"These objects were taken by force," the museum's director, Alasdair Reid, said at a ceremony on Friday, "and it is right that they go home."

Prince Aghatise Erediauwa, who received the heads on behalf of the Oba of Benin, thanked the city. He said the return was "a step towards healing" and called on other museums to follow.

Not everyone agreed. Historian Philip Carr argued that the objects had been "seen by millions" in Glasgow and might be seen by far fewer in Nigeria.""", [
    ("These objects were taken by force,", D, "Alasdair Reid", "Alasdair Reid", "said"),
    ("and it is right that they go home.", D, "Alasdair Reid", "Alasdair Reid", "said"),
    ("a step towards healing", P, "Aghatise Erediauwa", "He", "said"),
    ("seen by millions", P, "Philip Carr", "Philip Carr", "argued"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout.jsonl")
