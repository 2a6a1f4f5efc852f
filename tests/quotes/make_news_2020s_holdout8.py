#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout8.jsonl: 8 more short articles written from scratch
for this project (a water company fined, a heatwave poll, a strike on the railways, a court
report, a tech data breach, a mayoral race, a climate summit, a football transfer),
annotated by the conventions of make_news_2020s.py, whose builder it uses. Written by
branch quotes9 before its rules and measured only (`make eval-quotes-own`): on main at
31c4f08, direct with named speakers overlap F1 100.00, end-to-end 100.00; indirect overlap
F1 87.72 (P 83.33, R 92.59), end-to-end 84.21; all kinds overlap F1 91.49, end-to-end 87.23
(46 quotations). Its errors are not read until the rules of quotes9 are written.

usage: make_news_2020s_holdout8.py [OUT.jsonl]   (default: news_2020s_holdout8.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h8-water", """\
Severnside Water fined £12m over sewage spills, court told

Severnside Water has been fined £12m after admitting it allowed raw sewage to flow into two rivers for more than three years.

Judge Rosalind Abbott, sentencing at Bristol crown court, said the company had shown "a shocking disregard" for the environment. She said the fine had to be large enough to be felt in the boardroom.

Gareth Pryor, who chairs the Save the Avon campaign, said the penalty was welcome but came too late. "Fish have died, children have been sick, and for years nobody listened," he said.

According to a statement from Severnside Water, the company has invested £40m in new storm tanks since 2022 and accepts the court's ruling in full.""", [
    ("a shocking disregard", P, "Rosalind Abbott", "Judge Rosalind Abbott", "said"),
    ("the fine had to be large enough to be felt in the boardroom", I, "Rosalind Abbott",
     "She", "said"),
    ("the penalty was welcome but came too late", I, "Gareth Pryor", "Gareth Pryor", "said"),
    ("Fish have died, children have been sick, and for years nobody listened,", D,
     "Gareth Pryor", "he", "said"),
    ("the company has invested £40m in new storm tanks since 2022 and accepts the court's "
     "ruling in full", I, "Severnside Water", "Severnside Water", "According to"),
])

doc("h8-heat-poll", """\
Most voters want action on heat, poll finds

WASHINGTON (AP) — Nearly two-thirds of Americans say the federal government should do more to protect people from extreme heat, according to a new poll released Wednesday.

The survey of 1,200 adults was conducted by the Harlan Center for Public Affairs in late May.

Most respondents in the survey said heat waves had become more frequent where they live. Many farmworkers and construction crews say employers still offer too little shade and water.

"Heat is now the deadliest weather we have, and we are treating it like an inconvenience," said Dr. Imani Brooks, a physician who studies heat illness at Tulane University. She said cities should open cooling centers earlier in the summer.

Labor Secretary nominee Carl Whitfield, who testified before a Senate panel on Tuesday, told senators that a federal heat standard was "long overdue."
""", [
    ("the federal government should do more to protect people from extreme heat", I, None,
     "Nearly two-thirds of Americans", "say"),
    ("heat waves had become more frequent where they live", I, None, "Most respondents",
     "said"),
    ("employers still offer too little shade and water", I, None,
     "Many farmworkers and construction crews", "say"),
    ("Heat is now the deadliest weather we have, and we are treating it like an "
     "inconvenience,", D, "Imani Brooks", "Imani Brooks", "said"),
    ("cities should open cooling centers earlier in the summer", I, "Imani Brooks", "She",
     "said"),
    ("long overdue.", P, "Carl Whitfield", "Carl Whitfield", "told"),
])

doc("h8-rail-strike", """\
Rail strike to go ahead after talks collapse

Train drivers will walk out on Friday after last-ditch talks with operators broke down, their union has confirmed.

Moira Kendrick, general secretary of the drivers' union Aslef Cymru, said members had been left with no choice. 'We have offered compromise after compromise,' she told the BBC. 'The operators have offered nothing.'

The Rail Delivery Group said it was disappointed and urged the union to return to the table. A spokesman called the strike 'reckless and unnecessary'.

Commuters say they are exhausted by the dispute. Lena Hartley, 34, a nurse from Cardiff, said she would lose a day's pay because she could not get to work.

Transport Secretary Owen Latimer, speaking in the Commons on Thursday afternoon, said the government would not intervene in what he called a matter for the employers.""", [
    ("members had been left with no choice", I, "Moira Kendrick", "Moira Kendrick", "said"),
    ("We have offered compromise after compromise,", D, "Moira Kendrick", "she", "told"),
    ("The operators have offered nothing.", D, "Moira Kendrick", "she", "told"),
    ("it was disappointed", I, "Rail Delivery Group", "The Rail Delivery Group", "said"),
    ("reckless and unnecessary", P, "Rail Delivery Group", "A spokesman", "called"),
    ("they are exhausted by the dispute", I, None, "Commuters", "say"),
    ("she would lose a day's pay because she could not get to work", I, "Lena Hartley",
     "Lena Hartley", "said"),
    ("the government would not intervene in what he called a matter for the employers", I,
     "Owen Latimer", "Owen Latimer", "said"),
])

doc("h8-trial", """\
Former care home manager lied about injuries, jury told

A former care home manager falsified records to hide injuries suffered by residents, a jury at Leeds crown court has heard.

Prosecutor Daniel Okafor KC told jurors that Sandra Melville, 58, had "repeatedly and deliberately" altered incident logs between 2019 and 2021.

A care assistant who worked under her told police in an interview that she had been ordered to stay silent.

Melville denies six counts of wilful neglect. Her barrister, Anne Cheung, said her client had been "overwhelmed" and had never intended to hide anything.

The trial continues.""", [
    ("Former care home manager lied about injuries", I, None, None, "told"),
    ("repeatedly and deliberately", P, "Daniel Okafor", "Daniel Okafor", "told"),
    ("that she had been ordered to stay silent", I, None, "A care assistant", "told"),
    ("overwhelmed", P, "Anne Cheung", "Anne Cheung", "said"),
])

doc("h8-breach", """\
Fintech app Quillpay says customer passwords exposed in breach

SAN FRANCISCO, June 11 (Reuters) - Payments app Quillpay said on Tuesday that hackers had gained access to the email addresses and hashed passwords of about 2 million users, but that no card numbers were taken.

In a blog post, chief technology officer Rahul Menon wrote that the company had "moved quickly to contain the incident" and had reset every affected password.

Security researcher Elena Voss, who first spotted the stolen data on a hacking forum, said Quillpay had taken nine days to respond to her warning.

"Nine days is a long time when you are holding people's money," Voss said in an interview.

Shares of Quillpay's parent, Bellmont Digital, fell 4% in extended trading.""", [
    ("customer passwords exposed in breach", I, "Quillpay", "Quillpay", "says"),
    ("that hackers had gained access to the email addresses and hashed passwords of about 2 "
     "million users", I, "Quillpay", "Quillpay", "said"),
    ("that no card numbers were taken", I, "Quillpay", "Quillpay", "said"),
    ("moved quickly to contain the incident", P, "Rahul Menon", "Rahul Menon", "wrote"),
    ("Quillpay had taken nine days to respond to her warning", I, "Elena Voss", "Elena Voss",
     "said"),
    ("Nine days is a long time when you are holding people's money,", D, "Elena Voss", "Voss",
     "said"),
])

doc("h8-mayor", """\
In Fairmont mayor's race, a fight over buses and bike lanes

FAIRMONT, Pa. — Councilwoman Tanya Reyes, who is running to become the city's first Latina mayor, has built her campaign around a promise to make buses free for students.

"If a kid can't get to school, nothing else we do matters," Reyes said at a rally on Saturday. "This is the cheapest thing we can do for this city."

Her opponent, Bill Harrow, a former police chief who served in the job from 2009 to 2021, said free buses would cost the city $6 million a year that it does not have.

Harrow has called the bike lanes on Main Street "a disaster for small business." Reyes, asked about them, said the city should keep them but redesign the turns.

Several shop owners on Main Street told The Fairmont Ledger that sales had fallen since the lanes opened, though others said foot traffic was up.""", [
    ("If a kid can't get to school, nothing else we do matters,", D, "Tanya Reyes", "Reyes",
     "said"),
    ("This is the cheapest thing we can do for this city.", D, "Tanya Reyes", "Reyes", "said"),
    ("free buses would cost the city $6 million a year that it does not have", I,
     "Bill Harrow", "Bill Harrow", "said"),
    ("a disaster for small business.", P, "Bill Harrow", "Harrow", "called"),
    ("the city should keep them but redesign the turns", I, "Tanya Reyes", "Reyes", "said"),
    ("that sales had fallen since the lanes opened", I, None, "Several shop owners", "told"),
    ("foot traffic was up", I, None, "others", "said"),
])

doc("h8-climate", """\
Island states walk out of climate talks in protest

BONN — Delegates from a group of small island nations walked out of United Nations climate talks on Thursday, accusing rich countries of stalling on a promised fund for storm damage.

Teuila Fa'asalele, the lead negotiator for the Alliance of Pacific Island States and a former foreign minister of Samoa, said the walkout was "not a stunt but a last resort."

"We were promised money in 2022. We are still waiting," she told reporters outside the hall.

Organizers say they want the fund to be running before the next storm season. But they are also wary of pushing too hard on the richest donors.

Many economists and some diplomats say the fund has been poorly designed, with no clear rule on who pays.""", [
    ("not a stunt but a last resort.", P, "Teuila Fa'asalele", "Teuila Fa'asalele", "said"),
    ("We were promised money in 2022. We are still waiting,", D, "Teuila Fa'asalele", "she",
     "told"),
    ("they want the fund to be running before the next storm season", I, None, "Organizers",
     "say"),
    ("the fund has been poorly designed, with no clear rule on who pays", I, None,
     "Many economists and some diplomats", "say"),
])

doc("h8-transfer", """\
Cardona completes £45m move to Rovers

Rovers have signed Brazilian striker Mateus Cardona from Benfica for a club-record £45m, the club announced on Monday.

Cardona, 23, scored 31 goals in all competitions last season. "This is a dream for me and my family," he told the club's website. "I want to win trophies here."

Rovers manager Ian Sewell said Cardona was "the best young striker in Europe" and would start on Saturday.

Former Rovers captain Dean Fowler, writing in his newspaper column, said the fee was too high for a player who had never played in England, adding that he hoped to be proved wrong.""", [
    ("Rovers have signed Brazilian striker Mateus Cardona from Benfica for a club-record £45m",
     I, "Rovers", "the club", "announced"),
    ("This is a dream for me and my family,", D, "Mateus Cardona", "he", "told"),
    ("I want to win trophies here.", D, "Mateus Cardona", "he", "told"),
    ("the best young striker in Europe", P, "Ian Sewell", "Ian Sewell", "said"),
    ("the fee was too high for a player who had never played in England", I, "Dean Fowler",
     "Dean Fowler", "said"),
    ("that he hoped to be proved wrong", I, "Dean Fowler", "Dean Fowler", "adding"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout8.jsonl")
