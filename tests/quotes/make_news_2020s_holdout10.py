#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout10.jsonl: 6 short articles written from scratch for
this project (invented people and bodies), rich in speakers that a later paragraph or an
odd attribution can lead astray: a description (`the senator`, `the inspector`) before
another holder of the role is named, police ranks, an adverb after the cue (`said
quietly`), a that-clause after `told X`, a subject with an apposition or a relative clause
before its cue, `a spokesman` after a body that spoke, `the club`. Annotated by the
conventions of make_news_2020s.py, whose builder it uses. Written by branch quotes10 before
its rules and measured only (`make eval-quotes-own`): on main at c441a34, direct with
named speakers overlap F1 100.00, end-to-end 66.67 (speaker strict 66.67, 9 quotations);
indirect overlap F1 87.50 (P 77.78, R 100.00), end-to-end 50.00; all kinds overlap F1
96.15, end-to-end 65.38 (25 quotations). After quotes10's rules, written before reading its
errors (from the lead's list, BBC and our own sentences): direct with named speakers
end-to-end 100.00, all kinds 80.77. Read after measuring: two reports the first version
left out were added (`..., their union has announced`, and `and that the company was adding
a third factory shift` after a fragment); with them (27 quotations) main at c441a34 gives
direct with named speakers end-to-end 66.67, indirect overlap F1 100.00, end-to-end 66.67,
all kinds overlap F1 100.00, end-to-end 70.37; quotes10 gives end-to-end 100.00 (direct with
named speakers), 66.67 (indirect) and 85.19 (all kinds), overlaps unchanged. Errors left: `The club announced` and `the club said` (no rule kept: `club` among
speakers.c's company nouns changed 5 BBC rows, 1 of them rightly), `Corvane` not joined to
`Corvane Systems` by the entity step, and the fragment before `and that the company was
adding ...` hung on `adding`.

usage: make_news_2020s_holdout10.py [OUT.jsonl]   (default: news_2020s_holdout10.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h10-fraud", """\
Care home owner jailed for stealing residents' savings

A care home owner who took more than £400,000 from elderly residents has been jailed for six years.

Graham Pettifer, 58, admitted fraud at Norchester Crown Court. Judge Eleanor Vasey told him he had "preyed on people who trusted you with everything."

Detective Sergeant Owen Maddox, of Norchester Police, said the families had waited four years for justice. "Some of the victims did not live to see this day," the detective said quietly.

Pettifer's barrister, Simon Achebe, said his client was "deeply ashamed". "He knows an apology cannot undo the harm," Achebe said.""", [
    ("preyed on people who trusted you with everything.", P, "Eleanor Vasey",
     "Eleanor Vasey", "told"),
    ("the families had waited four years for justice", I, "Owen Maddox", "Owen Maddox",
     "said"),
    ("Some of the victims did not live to see this day,", D, "Owen Maddox", "the detective",
     "said"),
    ("deeply ashamed", P, "Simon Achebe", "Simon Achebe", "said"),
    ("He knows an apology cannot undo the harm,", D, "Simon Achebe", "Achebe", "said"),
])

doc("h10-senate", """\
Senators split over shipping safety bill

WASHINGTON — A bill to tighten safety rules for freight trains carrying hazardous chemicals stalled in the Senate on Wednesday.

Sen. Marisol Quintero, D-N.M., who sponsored the bill, said opponents were "siding with the railroads over the families who live next to the tracks."

"We have seen what happens when a train derails in a small town," the senator said pleasantly but firmly. "I will not wait for the next one."

Sen. Boyd Harrelson, R-Kan., said the rules would raise costs for farmers. "This bill was written in a hurry," Harrelson said.""", [
    ("siding with the railroads over the families who live next to the tracks.", P,
     "Marisol Quintero", "Marisol Quintero", "said"),
    ("We have seen what happens when a train derails in a small town,", D,
     "Marisol Quintero", "the senator", "said"),
    ("I will not wait for the next one.", D, "Marisol Quintero", "the senator", "said"),
    ("the rules would raise costs for farmers", I, "Boyd Harrelson", "Boyd Harrelson",
     "said"),
    ("This bill was written in a hurry,", D, "Boyd Harrelson", "Harrelson", "said"),
])

doc("h10-chips", """\
Chipmaker Corvane raises forecast as AI demand surges

Corvane Systems raised its annual sales forecast on Tuesday, sending its shares up 9%.

Chief executive Lena Hartwig told Bloomberg TV on Tuesday that orders for its new accelerator chips were "off the charts" and that the company was adding a third factory shift. "We are building as fast as we can," Hartwig said.

Analysts were more cautious. "The question is how long this lasts," said Raj Menon, an analyst at Fairlight Capital.

Corvane, formerly known as Vantis Semiconductor, said it expected supply to stay tight until the middle of next year.""", [
    ("off the charts", P, "Lena Hartwig", "Lena Hartwig", "told"),
    ("that the company was adding a third factory shift", I, "Lena Hartwig", "Lena Hartwig",
     "told"),
    ("We are building as fast as we can,", D, "Lena Hartwig", "Hartwig", "said"),
    ("The question is how long this lasts,", D, "Raj Menon", "Raj Menon", "said"),
    ("it expected supply to stay tight until the middle of next year", I, "Corvane Systems",
     "Corvane", "said"),
])

doc("h10-strike", """\
Train drivers to strike again over pay

Train drivers at 12 rail companies will walk out on three days next month, their union has announced.

The Rail Operators Council said the action would cause "needless misery" for passengers. A spokesman called the strike "a cynical attempt to hold the country to ransom."

Kieran Doyle, general secretary of the drivers' union Traction, said his members had no choice. "We have not had a real pay rise in five years," Mr Doyle said.""", [
    ("Train drivers at 12 rail companies will walk out on three days next month", I, None,
     "their union", "announced"),
    ("needless misery", P, "Rail Operators Council", "The Rail Operators Council", "said"),
    ("a cynical attempt to hold the country to ransom.", P, "Rail Operators Council",
     "A spokesman", "called"),
    ("his members had no choice", I, "Kieran Doyle", "Kieran Doyle", "said"),
    ("We have not had a real pay rise in five years,", D, "Kieran Doyle", "Mr Doyle", "said"),
])

doc("h10-ruling", """\
Judge blocks state law on social media age checks

A federal judge on Friday blocked a Tennessee law that would have required social media sites to check the ages of their users.

Judge Harold Bixby wrote that the law "burdens far more speech than it needs to."

OpenWeb Alliance, the online trade association that brought the case, called the ruling "a win for every user who values privacy."

The state attorney general's office, which had defended the law, said it would appeal.""", [
    ("burdens far more speech than it needs to.", P, "Harold Bixby", "Harold Bixby", "wrote"),
    ("a win for every user who values privacy.", P, "OpenWeb Alliance", "OpenWeb Alliance",
     "called"),
    ("it would appeal", I, None, "The state attorney general's office", "said"),
])

doc("h10-club", """\
Ashbury Rovers sack manager after six straight defeats

Ashbury Rovers have sacked manager Declan Frayne after a run of six defeats left the club bottom of League Two.

The club announced that first-team coach Marta Silva would take charge of Saturday's game against Kenton.

Frayne, who joined in the summer, said he was "gutted" to leave. "I gave everything to this club," he said.

In a statement, the club said it would begin the search for a permanent manager at once.""", [
    ("that first-team coach Marta Silva would take charge of Saturday's game against Kenton",
     I, "Ashbury Rovers", "The club", "announced"),
    ("gutted", P, "Declan Frayne", "Frayne", "said"),
    ("I gave everything to this club,", D, "Declan Frayne", "he", "said"),
    ("it would begin the search for a permanent manager at once", I, "Ashbury Rovers",
     "the club", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout10.jsonl")
