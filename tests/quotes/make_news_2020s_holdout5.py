#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout5.jsonl: 8 more short articles written from scratch
for this project (a Canadian budget in wire style, a British hospital story with single
marks, a bank's results, a US fraud trial, a post-match interview, a medical study, a tech
founder's posts, a ministry's statement abroad), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Written by the lead while branches quotes8, ner9
and ner10 wrote their rules and kept from them, measured before and after the merges
(`make eval-quotes-own`): all kinds overlap 91.89, end-to-end 81.08 on main
at 91b637f and after the merges alike. Then read by the lead for fixes on main (a subject up
to 24 tokens before its cue; the nouns business news calls a company by): end-to-end 83.78.
One annotation was fixed after reading, before these figures: the football headline held
the word "magnificent" unquoted, and the builder took it for the partial quotation.

usage: make_news_2020s_holdout5.py [OUT.jsonl]   (default: news_2020s_holdout5.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h5-budget", """\
Canada unveils deficit budget with new housing spending

OTTAWA (Reuters) - Canada's government on Tuesday forecast a wider budget deficit as it set aside C$8 billion for housing, a move the opposition called "reckless."

"Young Canadians have done everything right and still cannot buy a home. This budget is for them," Finance Minister Chrystia Freeland told the House of Commons.

She said the government would still meet its target of lowering the debt-to-GDP ratio. Conservative leader Pierre Poilievre said the plan would "pour fuel on the inflationary fire."

The central bank is expected to cut rates in June, according to economists polled by Reuters.""", [
    ("reckless.", P, None, "the opposition", "called"),
    ("Young Canadians have done everything right and still cannot buy a home. This budget is for them,",
     D, "Chrystia Freeland", "Chrystia Freeland", "told"),
    ("the government would still meet its target of lowering the debt-to-GDP ratio", I,
     "Chrystia Freeland", "She", "said"),
    ("pour fuel on the inflationary fire.", P, "Pierre Poilievre", "Pierre Poilievre", "said"),
    ("The central bank is expected to cut rates in June", I, None, "economists",
     "according to"),
])

doc("h5-hospital", """\
Patients waited 40 hours in A&E, report finds

Patients at Northgate General Hospital waited up to 40 hours for a bed last winter, according to a report by the Care Quality Commission published on Thursday.

Inspectors found people being treated in corridors and said staff were 'exhausted and demoralised'. One nurse told them: 'We apologise to patients every shift. Some days it feels like that is all we do.'

Dr Amrit Sandhu, the trust's medical director, said: 'We accept the findings in full. I want to say sorry to every patient who was let down.'

He added that 60 new beds would open by the autumn.""", [
    ("Patients at Northgate General Hospital waited up to 40 hours for a bed last winter", I,
     "Care Quality Commission", "the Care Quality Commission", "according to"),
    ("exhausted and demoralised", P, None, "Inspectors", "said"),
    ("We apologise to patients every shift. Some days it feels like that is all we do.", D,
     None, "One nurse", "told"),
    ("We accept the findings in full. I want to say sorry to every patient who was let down.",
     D, "Amrit Sandhu", "Dr Amrit Sandhu", "said"),
    ("that 60 new beds would open by the autumn", I, "Amrit Sandhu", "He", "added"),
])

doc("h5-bank", """\
Halden Bank profit beats forecasts as lending margins hold up

Halden Bank reported a 12 per cent rise in first-half profit on Friday, beating analysts' forecasts, and said it would return a further £1bn to shareholders.

The lender said higher interest rates had continued to support its margins, although it expected them to narrow as the Bank of England cut rates. "Our customers are proving resilient," chief executive Mark Ellison said on a call with reporters.

Ellison declined to comment on reports that Halden had approached a smaller rival. Analysts at Peel Hunt said the results were "solid rather than spectacular".""", [
    ("it would return a further £1bn to shareholders", I, "Halden Bank", "Halden Bank",
     "said"),
    ("higher interest rates had continued to support its margins, although it expected them to narrow as the Bank of England cut rates",
     I, "Halden Bank", "The lender", "said"),
    ("Our customers are proving resilient,", D, "Mark Ellison", "Mark Ellison", "said"),
    ("solid rather than spectacular", P, "Peel Hunt", "Analysts at Peel Hunt", "said"),
])

doc("h5-trial", """\
NEW YORK (AP) — A former hedge fund manager lied to investors for years to hide losses of more than $300 million, a federal prosecutor told jurors on Monday as his fraud trial opened in Manhattan.

"He knew the numbers were fake. He made them up," Assistant U.S. Attorney Rachel Kim said in her opening statement.

Daniel Voss, 47, has pleaded not guilty. His lawyer, Marcus Hale, told the jury that Voss had been misled by his own trading staff. "Daniel trusted the wrong people," Hale said. "That is not a crime."

U.S. District Judge Laura Benton told jurors the trial could last six weeks.""", [
    ("A former hedge fund manager lied to investors for years to hide losses of more than $300 million",
     I, None, "a federal prosecutor", "told"),
    ("He knew the numbers were fake. He made them up,", D, "Rachel Kim", "Rachel Kim", "said"),
    ("that Voss had been misled by his own trading staff", I, "Marcus Hale", "Marcus Hale",
     "told"),
    ("Daniel trusted the wrong people,", D, "Marcus Hale", "Hale", "said"),
    ("That is not a crime.", D, "Marcus Hale", "Hale", "said"),
    ("the trial could last six weeks", I, "Laura Benton", "Laura Benton", "told"),
])

doc("h5-football", """\
Moyes hails Everton after derby win

David Moyes said Everton's players had been "magnificent" after a 2-0 win over Liverpool at Goodison Park.

"I've been in this game a long time and that's one of the best atmospheres I've known," Moyes told BBC Sport. "The supporters deserved that."

Asked about his own future, the Everton manager said: "I don't think about that. There's a lot of work still to do."

Liverpool head coach Arne Slot admitted his side had not coped with the intensity. "We lost too many duels," he said.""", [
    ("magnificent", P, "David Moyes", "David Moyes", "said"),
    ("I've been in this game a long time and that's one of the best atmospheres I've known,", D,
     "David Moyes", "Moyes", "told"),
    ("The supporters deserved that.", D, "David Moyes", "Moyes", "told"),
    ("I don't think about that. There's a lot of work still to do.", D, "David Moyes",
     "the Everton manager", "said"),
    ("his side had not coped with the intensity", I, "Arne Slot", "Arne Slot", "admitted"),
    ("We lost too many duels,", D, "Arne Slot", "he", "said"),
])

doc("h5-study", """\
A daily walk of 7,000 steps was linked to a 47 per cent lower risk of early death in a large review of studies published on Wednesday in The Lancet Public Health.

"You don't need to hit 10,000 steps to get most of the benefit," said Melody Ding, a professor at the University of Sydney who led the research.

Ding said the results should make exercise targets more realistic for older people. Tom Yates, a professor of physical activity at the University of Leicester who was not involved in the work, said the review was "careful and convincing", but warned that it could not prove cause and effect.""", [
    ("You don't need to hit 10,000 steps to get most of the benefit,", D, "Melody Ding",
     "Melody Ding", "said"),
    ("the results should make exercise targets more realistic for older people", I,
     "Melody Ding", "Ding", "said"),
    ("careful and convincing", P, "Tom Yates", "Tom Yates", "said"),
    ("that it could not prove cause and effect", I, "Tom Yates", "Tom Yates", "warned"),
])

doc("h5-founder", """\
Start-up founder apologises after app outage

The founder of the budgeting app Penny, Jonah Reyes, apologised on Sunday after a two-day outage left thousands of users unable to see their accounts.

"We let you down. No excuses," Reyes posted on X. In a second post, he wrote that the company had "learned a hard lesson about backups" and that all data was safe.

Penny's investors include Northwind Ventures, whose partner Clara Moss said she still had "complete confidence" in the team. The outage was first reported by the newsletter Platformer.""", [
    ("We let you down. No excuses,", D, "Jonah Reyes", "Reyes", "posted"),
    ("learned a hard lesson about backups", P, "Jonah Reyes", "he", "wrote"),
    ("that all data was safe", I, "Jonah Reyes", "he", "wrote"),
    ("complete confidence", P, "Clara Moss", "Clara Moss", "said"),
])

doc("h5-ministry", """\
BEIJING — China's foreign ministry on Monday accused the Philippines of "deliberately provoking" a confrontation near a disputed reef in the South China Sea, after two vessels collided.

Ministry spokesman Lin Jian told a regular news briefing that the Philippine ship had ignored repeated warnings. "China will take all necessary measures to defend its sovereignty," Lin said.

The Philippine coast guard said a Chinese ship had rammed one of its boats, injuring a crew member. Manila has summoned China's ambassador, according to a statement from the Department of Foreign Affairs.""", [
    ("deliberately provoking", P, None, "China's foreign ministry", "accused"),
    ("that the Philippine ship had ignored repeated warnings", I, "Lin Jian", "Lin Jian",
     "told"),
    ("China will take all necessary measures to defend its sovereignty,", D, "Lin Jian", "Lin",
     "said"),
    ("a Chinese ship had rammed one of its boats, injuring a crew member", I, None,
     "The Philippine coast guard", "said"),
    ("Manila has summoned China's ambassador", I, "Department of Foreign Affairs",
     "the Department of Foreign Affairs", "according to"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout5.jsonl")
