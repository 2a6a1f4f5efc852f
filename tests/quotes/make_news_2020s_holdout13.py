#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout13.jsonl: 8 more short articles written from scratch
for this project (a rail strike, a hospital's waiting lists, a games studio's job cuts, a
football manager sacked, a wildfire in California, a central bank's rate decision, a school
phone ban, a shipping attack in the Red Sea), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Written by the lead while branches ner16,
quotes12 and mem1 wrote their changes and kept from them: measured before and after the
merges (`make eval-quotes-own`): main at 65203e6, all kinds overlap / end-to-end 90.24 /
82.93 (direct named end-to-end 100.00; indirect 86.96 / 73.91), and the same after the
merges of lead7, ner16, quotes12 and mem1 (38ae765). Then its errors were read. Six
annotation changes are marked below: two reports the conventions of docs/quotes.md count
were missing (a clause before "the union Aslef announced"; what the union was urged to do),
a finding written without "that" ("..., an inspection has found") is a row as a study's
is, "rated ... as inadequate" is no report of speech, and two descriptions go to no one
("its governor", "its chief executive": SPEC gives a description the entity the text gave
that title, and the text never calls Bailey governor nor Whitlock chief executive): main
at 38ae765 then gives 95.24 / 90.48 (indirect 95.83 / 87.50); 97.67 / 93.02 after the
rules read from it ("Erik ten Hag" one name, so his fragment is found; "told staff", "told
staff in a memo").

usage: make_news_2020s_holdout13.py [OUT.jsonl]   (default: news_2020s_holdout13.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h13-strike", """\
Rail passengers face week of disruption as drivers walk out

Train drivers at six operators will strike on consecutive days next week in a long-running dispute over pay and working conditions, the union Aslef announced on Tuesday.

Aslef's general secretary, Mick Whelan, said members had been left with "no choice". "We have not had a pay rise in five years, while the companies have made record profits," he said.

The Rail Delivery Group, which represents the operators, said the offer on the table was fair and urged the union to put it to a vote.

Transport Secretary Louise Haigh told the BBC that she wanted both sides back around the table. "Passengers have suffered enough," she said.""", [
    # (added after reading: the report before "the union Aslef announced")
    ("Train drivers at six operators will strike on consecutive days next week in a long-running dispute over pay and working conditions",
     I, "Aslef", "the union Aslef", "announced"),
    ("no choice", P, "Mick Whelan", "Mick Whelan", "said"),
    ("We have not had a pay rise in five years, while the companies have made record profits,",
     D, "Mick Whelan", "he", "said"),
    ("the offer on the table was fair", I, "Rail Delivery Group", "The Rail Delivery Group",
     "said"),
    # (added after reading: what someone is urged to do is reported with its "to")
    ("to put it to a vote", I, "Rail Delivery Group", "The Rail Delivery Group", "urged"),
    ("that she wanted both sides back around the table", I, "Louise Haigh", "Louise Haigh",
     "told"),
    ("Passengers have suffered enough,", D, "Louise Haigh", "she", "said"),
])

doc("h13-hospital", """\
Patients at a hospital trust in the Midlands are waiting up to two years for routine operations, an inspection has found.

The Care Quality Commission rated the trust's surgical services as inadequate and said staff were "exhausted and demoralised".

Dr Priya Raman, a consultant anaesthetist who has worked at the trust for 12 years, said: "Every week we cancel operations because there are no beds. Patients ring us in tears. We feel we are letting them down."

The trust's chief executive, Simon Tolley, said the findings made "difficult reading" and that a recovery plan was already under way.

According to NHS England figures, 7.6 million treatments were waiting to be carried out in September.""", [
    # (changed after reading: "rated ... as inadequate" is no report of speech; the finding
    # after "an inspection has found" is one, as a study's is)
    ("Patients at a hospital trust in the Midlands are waiting up to two years for routine operations",
     I, None, "an inspection", "found"),
    ("exhausted and demoralised", P, "Care Quality Commission", "The Care Quality Commission",
     "said"),
    ("Every week we cancel operations because there are no beds. Patients ring us in tears. We feel we are letting them down.",
     D, "Priya Raman", "Dr Priya Raman", "said"),
    ("difficult reading", P, "Simon Tolley", "Simon Tolley", "said"),
    ("that a recovery plan was already under way", I, "Simon Tolley", "Simon Tolley", "said"),
    ("7.6 million treatments were waiting to be carried out in September", I, "NHS England",
     "NHS England figures", "According to"),
])

doc("h13-games", """\
SEATTLE, Jan 22 (Reuters) - Games maker Redwood Interactive will cut about 900 jobs, or a fifth of its workforce, and cancel an unannounced title, its chief executive told staff in a memo on Monday.

"This is the hardest decision I have made since we founded the studio," wrote Dana Whitlock, who started the company in 2009. "It is not a reflection of your work."

The company said the cuts would save $150 million a year. Its shares rose 4% in early trading.

An employee who asked not to be named because they were not authorised to speak to the press said teams had learned of the cuts from social media.""", [
    # (changed after reading: the text never calls Whitlock chief executive)
    ("Games maker Redwood Interactive will cut about 900 jobs, or a fifth of its workforce, and cancel an unannounced title",
     I, None, "its chief executive", "told"),
    ("This is the hardest decision I have made since we founded the studio,", D,
     "Dana Whitlock", "Dana Whitlock", "wrote"),
    ("It is not a reflection of your work.", D, "Dana Whitlock", "Dana Whitlock", "wrote"),
    ("the cuts would save $150 million a year", I, "Redwood Interactive", "The company",
     "said"),
    ("teams had learned of the cuts from social media", I, None,
     "An employee who asked not to be named because they were not authorised to speak to the press",
     "said"),
])

doc("h13-sacked", """\
Ten Hag sacked by Manchester United

Manchester United have sacked manager Erik ten Hag after a poor start to the season left them 14th in the Premier League.

The club said in a statement that Ruud van Nistelrooy would take charge of the team on an interim basis. "Erik has overseen two trophy successes, and we thank him for everything he has done," it said.

Ten Hag, who won the FA Cup in May, had said after Sunday's defeat at West Ham that he was "confident" the board still backed him.

Former United captain Gary Neville said the decision was the right one. "It has been coming for months," he posted on X.""", [
    ("that Ruud van Nistelrooy would take charge of the team on an interim basis", I,
     "Manchester United", "The club", "said"),
    ("Erik has overseen two trophy successes, and we thank him for everything he has done,",
     D, "Manchester United", "it", "said"),
    ("confident", P, "Erik ten Hag", "Ten Hag", "said"),
    ("the decision was the right one", I, "Gary Neville", "Gary Neville", "said"),
    ("It has been coming for months,", D, "Gary Neville", "he", "posted"),
])

doc("h13-wildfire", """\
LOS ANGELES (AP) — A fast-moving wildfire forced thousands of people from their homes north of Los Angeles on Wednesday as strong winds pushed flames toward hillside neighbourhoods.

"It came over the ridge in minutes. We grabbed the dog and drove," said Tom Reyes, 67, who fled his home in Camarillo with his wife.

Cal Fire said the blaze had burned more than 14,000 acres and was 5% contained. Ventura County Fire Chief Dustin Gardner told reporters that at least 130 structures had been destroyed.

Governor Gavin Newsom declared a state of emergency. "We are throwing everything we have at this fire," he said in a statement.""", [
    ("It came over the ridge in minutes. We grabbed the dog and drove,", D, "Tom Reyes",
     "Tom Reyes", "said"),
    ("the blaze had burned more than 14,000 acres and was 5% contained", I, "Cal Fire",
     "Cal Fire", "said"),
    ("that at least 130 structures had been destroyed", I, "Dustin Gardner",
     "Dustin Gardner", "told"),
    ("We are throwing everything we have at this fire,", D, "Gavin Newsom", "he", "said"),
])

doc("h13-rates", """\
The Bank of England cut interest rates to 4.75% on Thursday, but its governor warned that borrowing costs were unlikely to fall quickly.

"We need to make sure inflation stays close to target, so we can't cut too quickly or by too much," Andrew Bailey said.

The Bank's Monetary Policy Committee voted eight to one for the cut. Its forecasts suggested last week's Budget would add about half a percentage point to inflation next year.

Chancellor Rachel Reeves welcomed the decision, saying it would help families with mortgages.

Economists at Capital Economics said they expected rates to fall to 3.5% by the end of 2025.""", [
    # (changed after reading: the text never calls Bailey governor)
    ("that borrowing costs were unlikely to fall quickly", I, None, "its governor", "warned"),
    ("We need to make sure inflation stays close to target, so we can't cut too quickly or by too much,",
     D, "Andrew Bailey", "Andrew Bailey", "said"),
    ("it would help families with mortgages", I, "Rachel Reeves", "Rachel Reeves", "saying"),
    ("they expected rates to fall to 3.5% by the end of 2025", I, "Capital Economics",
     "Economists at Capital Economics", "said"),
])

doc("h13-phones", """\
Phone ban 'transformed' behaviour, head teacher says

A secondary school that banned smartphones for the whole day says behaviour and results have improved since the policy began.

Pupils at Westfield Academy in Leeds hand in their phones at the gate each morning and collect them at 3pm.

Head teacher Claire Ashworth said incidents of bullying had halved. "Children talk to each other at lunch again. The playground is noisy in a good way," she said.

Not every parent agrees. Mark Feeney, whose daughter is in Year 9, said he worried about not being able to reach her. "What happens if something goes wrong on the way home?" he asked.

The Department for Education said it would publish guidance on phones in schools later this year.""", [
    ("transformed", P, "Claire Ashworth", "head teacher", "says"),
    ("behaviour and results have improved since the policy began", I, None,
     "A secondary school that banned smartphones for the whole day", "says"),
    ("incidents of bullying had halved", I, "Claire Ashworth", "Claire Ashworth", "said"),
    ("Children talk to each other at lunch again. The playground is noisy in a good way,", D,
     "Claire Ashworth", "she", "said"),
    ("he worried about not being able to reach her", I, "Mark Feeney", "Mark Feeney", "said"),
    ("What happens if something goes wrong on the way home?", D, "Mark Feeney", "he", "asked"),
    ("it would publish guidance on phones in schools later this year", I,
     "Department for Education", "The Department for Education", "said"),
])

doc("h13-redsea", """\
DUBAI, Feb 19 (Reuters) - Yemen's Houthi militia said on Monday it had attacked a British-owned cargo ship in the Gulf of Aden, forcing its crew to abandon the vessel.

Houthi military spokesman Yahya Saree said in a televised speech that the Rubymar had been "badly damaged" and was at risk of sinking. The group would keep targeting ships linked to Israel, the United States and Britain, he said.

The U.S. military's Central Command said the crew had been rescued by a nearby merchant ship.

"Shipping companies cannot keep sending crews through a war zone," said Jakob Larsen, head of security at the shipping association BIMCO. Freight rates on routes from Asia to Europe have more than doubled since December, according to data from Drewry.""", [
    ("it had attacked a British-owned cargo ship in the Gulf of Aden, forcing its crew to abandon the vessel",
     I, "Houthi", "Yemen's Houthi militia", "said"),
    ("badly damaged", P, "Yahya Saree", "Yahya Saree", "said"),
    ("The group would keep targeting ships linked to Israel, the United States and Britain", I,
     "Yahya Saree", "he", "said"),
    ("the crew had been rescued by a nearby merchant ship", I, "Central Command",
     "The U.S. military's Central Command", "said"),
    ("Shipping companies cannot keep sending crews through a war zone,", D, "Jakob Larsen",
     "Jakob Larsen", "said"),
    ("Freight rates on routes from Asia to Europe have more than doubled since December", I,
     "Drewry", "data from Drewry", "according to"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout13.jsonl")
    m.write(out)
