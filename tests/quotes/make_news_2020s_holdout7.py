#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout7.jsonl: 8 more short articles written from scratch
for this project (a British rail strike with single marks and a quotation over two
paragraphs, a US court opinion, a chipmaker's results call, a climate summit with
guillemets, a police appeal, a cricket captain after defeat, a vaccine study, a French
campaign rally), annotated by the conventions of make_news_2020s.py, whose builder it uses.
Written by the lead while branches quotes9, speakers9 and ner12 wrote their rules and kept
from them: measured before and after the merge (`make eval-quotes-own`). Main at 31c4f08, all
kinds overlap / end-to-end 95.35 / 81.40 (direct named end-to-end 80.00; indirect 88.24 /
82.35); after the merges of speakers9 and quotes9 96.55 / 80.46. Then its errors were read:
two annotation changes are marked below (main at 31c4f08 then 96.55 / 82.76), and one entity
rule came from it (an organisation "... of X and Y", which gave the speaker of two rows):
97.73 / 86.36 on main at bdc16f7, not blind.

usage: make_news_2020s_holdout7.py [OUT.jsonl]   (default: news_2020s_holdout7.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h7-rail", """\
Rail strike to go ahead after talks collapse

Train drivers at three operators will strike on Friday after talks with rail bosses broke down, the Aslef union said last night.

Aslef's general secretary, Moira Calloway, said members had been offered 'less than the rate of inflation for the third year running'. She added: 'Nobody takes this decision lightly. Our members want to be driving trains, not standing on picket lines.

'But they have been left with no choice by companies that would rather pay their shareholders than their staff.'

The transport secretary, Owen Marsh, called the strike 'deeply disappointing'. He told the BBC that the offer was 'fair and affordable' and urged the union to put it to a vote.

A Department for Transport spokeswoman said passengers should check before they travel.""", [
    # (added after the first measurement: a report the first version left out)
    ("Train drivers at three operators will strike on Friday after talks with rail bosses broke down",
     I, "Aslef", "Aslef", "said"),
    ("less than the rate of inflation for the third year running", P, "Moira Calloway",
     "Moira Calloway", "said"),
    ("Nobody takes this decision lightly. Our members want to be driving trains, not standing on picket lines.",
     D, "Moira Calloway", "She", "added"),
    ("But they have been left with no choice by companies that would rather pay their shareholders than their staff.",
     D, "Moira Calloway", "She", "added"),
    ("deeply disappointing", P, "Owen Marsh", "Owen Marsh", "called"),
    ("fair and affordable", P, "Owen Marsh", "He", "told"),
    ("passengers should check before they travel", I, "Department for Transport",
     "A Department for Transport spokeswoman", "said"),
])

doc("h7-court", """\
WASHINGTON (AP) — A federal appeals court on Thursday blocked a Texas law that would have required age checks for users of social media apps, saying it was likely to violate the First Amendment.

"The state may protect children, but it may not do so by burdening the speech of millions of adults," Judge Elena Brandt wrote for the three-judge panel.

In a dissent, Judge Walter Pryce argued that the majority had ignored evidence of harm to teenagers. "The court today treats a real crisis as a hypothetical one," he wrote.

Texas Attorney General Ken Paxton said on X that the state would appeal to the Supreme Court. NetChoice, the tech industry group that brought the case, called the ruling "a clear win for the Constitution.\"""", [
    ("it was likely to violate the First Amendment", I, None, "A federal appeals court",
     "saying"),
    ("The state may protect children, but it may not do so by burdening the speech of millions of adults,",
     D, "Elena Brandt", "Elena Brandt", "wrote"),
    ("that the majority had ignored evidence of harm to teenagers", I, "Walter Pryce",
     "Walter Pryce", "argued"),
    ("The court today treats a real crisis as a hypothetical one,", D, "Walter Pryce", "he",
     "wrote"),
    ("that the state would appeal to the Supreme Court", I, "Ken Paxton", "Ken Paxton", "said"),
    ("a clear win for the Constitution.", P, "NetChoice", "NetChoice", "called"),
])

doc("h7-chips", """\
Solterra Semiconductor forecasts strong quarter on data centre demand

SAN JOSE, California (Reuters) - Solterra Semiconductor forecast third-quarter revenue above Wall Street estimates on Wednesday, as cloud companies kept buying its networking chips for artificial intelligence data centres.

"We are shipping everything we can make," chief executive Priya Raman said on a call with analysts. "Supply, not demand, is what limits us this year."

Finance chief Greg Tallis said gross margins would dip slightly as the company ramped up a new factory in Arizona. Shares rose 9% in extended trading.

The company's biggest customer accounted for 31% of sales, according to a regulatory filing.""", [
    ("We are shipping everything we can make,", D, "Priya Raman", "Priya Raman", "said"),
    ("Supply, not demand, is what limits us this year.", D, "Priya Raman", "Priya Raman",
     "said"),
    ("gross margins would dip slightly as the company ramped up a new factory in Arizona", I,
     "Greg Tallis", "Greg Tallis", "said"),
    ("The company's biggest customer accounted for 31% of sales", I, None,
     "a regulatory filing", "according to"),
])

doc("h7-climate", """\
BAKU – Small island states walked out of a negotiating session at the UN climate summit on Saturday, accusing rich countries of trying to «bully» them into accepting a weak finance deal.

«We came here in good faith. We are leaving this room because we are not being heard,» said Tauisi Leota, the lead negotiator for the Alliance of Small Island States.

The UN climate chief, Simon Stiell, told delegates that a deal was still within reach. «Nobody leaves Baku with everything they want,» he said.

A spokesman for the European Union said the bloc had already raised its offer twice.""", [
    ("bully", P, None, "Small island states", "accusing"),
    ("We came here in good faith. We are leaving this room because we are not being heard,", D,
     "Tauisi Leota", "Tauisi Leota", "said"),
    ("that a deal was still within reach", I, "Simon Stiell", "Simon Stiell", "told"),
    ("Nobody leaves Baku with everything they want,", D, "Simon Stiell", "he", "said"),
    ("the bloc had already raised its offer twice", I, "European Union",
     "A spokesman for the European Union", "said"),
])

doc("h7-police", """\
Police appeal for witnesses after cyclist killed in hit-and-run

Police in Leeds have appealed for witnesses after a 34-year-old cyclist was killed by a van that failed to stop on Tuesday evening.

Detective Inspector Nadia Hussain of West Yorkshire Police said officers were looking for a white Ford Transit with damage to its front. "Somebody knows who was driving that van," she said.

"I would urge them to do the right thing and come forward. A family has lost a son and a brother."

The man's family described him in a statement as "the kindest person you could meet". A 41-year-old man arrested on Wednesday has been released on bail, police said.""", [
    ("officers were looking for a white Ford Transit with damage to its front", I,
     "Nadia Hussain", "Nadia Hussain", "said"),
    ("Somebody knows who was driving that van,", D, "Nadia Hussain", "she", "said"),
    ("I would urge them to do the right thing and come forward. A family has lost a son and a brother.",
     D, "Nadia Hussain", "she", "said"),
    ("the kindest person you could meet", P, None, "The man's family", "described"),
    # (changed after the first measurement from None: the text names the force)
    ("A 41-year-old man arrested on Wednesday has been released on bail", I,
     "West Yorkshire Police", "police", "said"),
])

doc("h7-cricket", """\
Stokes admits England were 'outplayed' in Wellington

Ben Stokes admitted England had been "outplayed in every department" after New Zealand won the second Test by 323 runs to level the series.

"We didn't turn up with the bat, and that's on us as a group," the England captain told Sky Sports. "New Zealand were brilliant."

Asked whether he would change the batting order for the final Test, Stokes said he would "sit down with Baz and have a think". Kane Williamson, who scored 156 in the second innings, said the pitch had got easier to bat on.""", [
    ("outplayed", P, "Ben Stokes", "Stokes", "admits"),
    ("outplayed in every department", P, "Ben Stokes", "Ben Stokes", "admitted"),
    ("We didn't turn up with the bat, and that's on us as a group,", D, "Ben Stokes",
     "the England captain", "told"),
    ("New Zealand were brilliant.", D, "Ben Stokes", "the England captain", "told"),
    ("whether he would change the batting order for the final Test", I, None, None, "Asked"),
    ("sit down with Baz and have a think", P, "Ben Stokes", "Stokes", "said"),
    ("the pitch had got easier to bat on", I, "Kane Williamson", "Kane Williamson", "said"),
])

doc("h7-vaccine", """\
A single dose of a new malaria vaccine cut cases among young children by 68 per cent in a trial in Burkina Faso and Mali, researchers reported on Monday in The New England Journal of Medicine.

"These are the best results we have seen for any malaria vaccine in this age group," said Dr Aminata Diallo, who led the trial at the University of Bamako. She said the team would now test the vaccine in areas where malaria spreads all year round.

Professor Luke Ferrante of the London School of Hygiene and Tropical Medicine, who was not involved, told Reuters the results were "very encouraging" but that the trial had been too short to show how long protection lasted.""", [
    ("A single dose of a new malaria vaccine cut cases among young children by 68 per cent in a trial in Burkina Faso and Mali",
     I, None, "researchers", "reported"),
    ("These are the best results we have seen for any malaria vaccine in this age group,", D,
     "Aminata Diallo", "Dr Aminata Diallo", "said"),
    ("the team would now test the vaccine in areas where malaria spreads all year round", I,
     "Aminata Diallo", "She", "said"),
    ("very encouraging", P, "Luke Ferrante", "Luke Ferrante", "told"),
    ("that the trial had been too short to show how long protection lasted", I,
     "Luke Ferrante", "Luke Ferrante", "told"),
])

doc("h7-france", """\
PARIS — Marine Le Pen told thousands of supporters in Perpignan on Sunday that her party was "ready to govern" and would cut taxes on fuel in its first week in power.

"They told you we would never get here. They were wrong," she said to loud cheers.

Her rival, Prime Minister Gabriel Attal, accused her of making promises that France could not afford. "This is not a programme, it is a wish list," Attal told the newspaper Le Parisien.

The party was leading with 34 per cent, according to a poll by Ifop published on Friday.""", [
    ("ready to govern", P, "Marine Le Pen", "Marine Le Pen", "told"),
    ("They told you we would never get here. They were wrong,", D, "Marine Le Pen", "she",
     "said"),
    ("This is not a programme, it is a wish list,", D, "Gabriel Attal", "Attal", "told"),
    ("The party was leading with 34 per cent", I, "Ifop", "Ifop", "according to"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout7.jsonl")
