#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout26.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news, rich in speakers (several per article): Prime
Minister's Questions in BBC style (`The prime minister said` after `Prime Minister Sir Keir
Starmer`, `he`, a party leader named after her title, an honorific in the name, a charity's
spokesperson), a Six Nations match with two teams' captains (`the Ireland captain`, `the
France captain`, `The coach`), an AP sentencing (`the judge`, `the prosecutor` for an
`Assistant U.S. Attorney`, `Her attorney`, a pronoun after the defendant), EU-China talks on
electric cars on the Reuters wire (a headline's `says`, `the minister` for a commerce
minister beside an EU trade chief, a ministry's statement, `Analysts at Rhodium Group`), a
napping study in Guardian style (a woman and a man researcher, `she`/`He` after each, a
headline's `study finds`, `Researchers at University College London found`), DR Congo peace
talks in Al Jazeera style (two spokesmen, `The spokesman` between them, an unnamed market
trader, a named resident), a drugmaker's profit warning in Bloomberg style (`the Danish
drugmaker`, `the CEO`, `Analysts at Jefferies`, `said X, an analyst at Y`), and a US local
council's data-centre vote (`The mayor`, `she`, surnames, `One man who lives next to the
site`, `A spokesperson for the Sierra Club`). Public figures are real (their quotes are
invented); the other people and some bodies (Linda Marsh, Millbrook, Northpoint Digital,
the researchers of the study) are invented. Annotated by the conventions of
make_news_2020s.py (docs/quotes.md: a body inside `Analysts at X` speaks; a role noun is the
person the text gave that role), whose builder it uses, before any rule of branch
speakers13.

Measured once, blind, on main at 5ff005f (68 quotations): all kinds overlap F1 98.53 (exact
97.06), end-to-end 88.24 (speaker strict 88.71, 62 judged; speaker mention 97.01); direct
with named speakers (`--kinds direct --named-speakers`, 21 quotations) overlap F1 100.00,
end-to-end 80.95 (speaker strict 78.95); indirect overlap F1 96.55, end-to-end 96.55.
Then its errors were read (no annotation changed): `the Ireland captain` given to the France
captain named after him, `the prosecutor` for an `Assistant U.S. Attorney`, `Prof Nadia
Okafor, of the University of Edinburgh, who ..., called` given to the university, Crowley's
`he said` after `Prendergast's replacement, Jack Crowley,` given to the coach quoted before,
Davey's fragment after `said his party had called for the change` given to `his party` and
his `He added` to Starmer, a report before `EU trade chief Maros Sefcovic said` missed and
`urged both sides to reach a deal` read as a report. Rules of branch speakers13 that came
after, written from texts of its own and checked on BBC and Reuters-21578 (an owner named
before a role with no `'s`, a body in commas before a relative clause, an Assistant U.S.
Attorney as the prosecutor, a name after an owner's noun as the subject, known heads of
government, `the iPhone maker`, a spokeswoman for the company, a place's body with its noun,
`American` for `US`): all kinds end-to-end 95.59 (speaker strict 96.77), direct with named
speakers end-to-end 100.00. Left: Davey's two rows and the two report spans (quotes.c).

usage: make_news_2020s_holdout26.py [OUT.jsonl]   (default: news_2020s_holdout26.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h26-pmqs", """\
Starmer defends winter fuel U-turn at PMQs

Prime Minister Sir Keir Starmer has defended his government's decision to restore winter fuel payments to most pensioners, telling MPs the change was "the right thing to do".

At Prime Minister's Questions, Conservative leader Kemi Badenoch said the government had "lurched from one U-turn to the next".

The prime minister said the economy was now stable enough to afford the payments. "We took tough decisions so that we could make this choice," he told the Commons.

Badenoch replied: "He said it was a tough choice. Pensioners say it was a cruel one."

Chancellor Rachel Reeves later told the BBC the measure would cost about £1.25bn a year and would be paid for within existing plans.

The Liberal Democrat leader, Sir Ed Davey, said his party had called for the change "from day one". He added that pensioners had been "put through a year of needless worry".

A spokesperson for Age UK said the charity was "relieved" but warned that many older people would still struggle with their energy bills this winter.""", [
    ("the right thing to do", P, "Keir Starmer", "Keir Starmer", "telling"),
    ("lurched from one U-turn to the next", P, "Kemi Badenoch", "Kemi Badenoch", "said"),
    # the role the text gave Starmer in the lede
    ("the economy was now stable enough to afford the payments", I, "Keir Starmer",
     "The prime minister", "said"),
    ("We took tough decisions so that we could make this choice,", D, "Keir Starmer", "he",
     "told"),
    ("He said it was a tough choice. Pensioners say it was a cruel one.", D, "Kemi Badenoch",
     "Badenoch", "replied"),
    ("the measure would cost about £1.25bn a year and would be paid for within existing plans",
     I, "Rachel Reeves", "Rachel Reeves", "told"),
    ("from day one", P, "Ed Davey", "Ed Davey", "said"),
    ("put through a year of needless worry", P, "Ed Davey", "He", "added"),
    # a spokesperson for a body speaks for it
    ("relieved", P, "Age UK", "A spokesperson for Age UK", "said"),
    ("that many older people would still struggle with their energy bills this winter", I,
     "Age UK", "A spokesperson for Age UK", "warned"),
])

doc("h26-rugby", """\
Ireland hold off France to keep Grand Slam hopes alive

Ireland captain Caelan Doris said his side had shown "real character" after they survived a late France fightback to win 27-24 in Dublin.

France captain Antoine Dupont, who scored two tries, was left to rue a missed conversion in the final minute.

"We knew they would come back at us. They always do," the Ireland captain told BBC Sport. "But the lads dug in and I'm incredibly proud of them."

Dupont was gracious in defeat. "Ireland deserved it today. We gave them too many penalties," the France captain said.

Ireland head coach Andy Farrell said he would assess the fitness of fly-half Sam Prendergast on Monday. Prendergast went off with a shoulder injury in the second half.

The coach said the 22-year-old was "sore but in good spirits".

Prendergast's replacement, Jack Crowley, kicked the winning penalty. "I just tried to keep my head down and strike it clean," he said.""", [
    ("real character", P, "Caelan Doris", "Caelan Doris", "said"),
    # a role with its team: the captain the text gave Ireland's captaincy, not the latest
    ("We knew they would come back at us. They always do,", D, "Caelan Doris",
     "the Ireland captain", "told"),
    ("But the lads dug in and I'm incredibly proud of them.", D, "Caelan Doris",
     "the Ireland captain", "told"),
    ("Ireland deserved it today. We gave them too many penalties,", D, "Antoine Dupont",
     "the France captain", "said"),
    ("he would assess the fitness of fly-half Sam Prendergast on Monday", I, "Andy Farrell",
     "Andy Farrell", "said"),
    ("sore but in good spirits", P, "Andy Farrell", "The coach", "said"),
    ("I just tried to keep my head down and strike it clean,", D, "Jack Crowley", "he",
     "said"),
])

doc("h26-treasurer", """\
Former county treasurer sentenced to 6 years for embezzling $3.2 million

TOPEKA, Kan. (AP) — A former county treasurer in Kansas was sentenced Tuesday to six years in federal prison for stealing more than $3.2 million in public money to pay for luxury vacations, a horse farm and her daughter's wedding.

U.S. District Judge Holly Teeter told Linda Marsh, 58, that she had betrayed "the trust of every taxpayer in this county."

"You did not make a mistake. You made a choice, hundreds of times, over nine years," the judge said.

Marsh, who pleaded guilty in March to wire fraud, apologized in court. "I am ashamed of what I did, and I will spend the rest of my life trying to make it right," she said.

Her attorney, Daniel Ruiz, had asked for a sentence of three years. He said after the hearing that his client accepted the sentence.

Assistant U.S. Attorney Karen Olmsted said the case showed how little oversight small counties had over their own money. "Nobody was checking," the prosecutor said.

Harvey County Commissioner Tom Beal said the county had since hired an outside auditor.""", [
    ("the trust of every taxpayer in this county.", P, "Holly Teeter", "Holly Teeter", "told"),
    ("You did not make a mistake. You made a choice, hundreds of times, over nine years,", D,
     "Holly Teeter", "the judge", "said"),
    ("I am ashamed of what I did, and I will spend the rest of my life trying to make it right,",
     D, "Linda Marsh", "she", "said"),
    ("that his client accepted the sentence", I, "Daniel Ruiz", "He", "said"),
    ("the case showed how little oversight small counties had over their own money", I,
     "Karen Olmsted", "Karen Olmsted", "said"),
    # an assistant U.S. attorney is the prosecutor of the case
    ("Nobody was checking,", D, "Karen Olmsted", "the prosecutor", "said"),
    ("the county had since hired an outside auditor", I, "Tom Beal", "Tom Beal", "said"),
])

doc("h26-evs", """\
EU, China fail to agree on electric vehicle price floor, Sefcovic says

BRUSSELS, March 4 (Reuters) - The European Union and China failed to agree on minimum prices for Chinese-made electric vehicles that would replace EU tariffs, EU trade chief Maros Sefcovic said on Wednesday after a video call with Chinese Commerce Minister Wang Wentao.

"We have made progress, but significant gaps remain," Sefcovic told reporters in Brussels. He said the two sides would meet again in April.

China's Ministry of Commerce said in a statement that Beijing hoped the EU would "meet China halfway" and warned it would take "all necessary measures" to protect its companies.

The minister told Sefcovic that Chinese carmakers had made "sincere" offers, the statement said.

Germany's automobile industry association VDA, which has opposed the tariffs, urged both sides to reach a deal quickly. "A trade war has no winners," VDA President Hildegard Mueller said.

Analysts at Rhodium Group said Chinese exports of electric cars to Europe had risen 20% since the tariffs took effect.""", [
    ("EU, China fail to agree on electric vehicle price floor", I, "Maros Sefcovic",
     "Sefcovic", "says"),
    ("The European Union and China failed to agree on minimum prices for Chinese-made electric vehicles that would replace EU tariffs",
     I, "Maros Sefcovic", "Maros Sefcovic", "said"),
    ("We have made progress, but significant gaps remain,", D, "Maros Sefcovic", "Sefcovic",
     "told"),
    ("the two sides would meet again in April", I, "Maros Sefcovic", "He", "said"),
    ("meet China halfway", P, "Ministry of Commerce", "Ministry of Commerce", "said"),
    ("all necessary measures", P, "Ministry of Commerce", "Ministry of Commerce", "warned"),
    # the commerce minister, not the EU's trade chief
    ("sincere", P, "Wang Wentao", "The minister", "told"),
    ("A trade war has no winners,", D, "Hildegard Mueller", "Hildegard Mueller", "said"),
    # a body inside `Analysts at X` speaks (docs/quotes.md)
    ("Chinese exports of electric cars to Europe had risen 20% since the tariffs took effect",
     I, "Rhodium Group", "Analysts at Rhodium Group", "said"),
])

doc("h26-naps", """\
Regular naps linked to slower brain shrinkage, study finds

People who take a short nap during the day may have larger brains in later life, according to a study of more than 35,000 adults in the UK.

Researchers at University College London found that habitual napping was linked to a brain volume equivalent to between 2.6 and 6.5 years less ageing.

Dr Hannah Lyle, the senior author of the study, said the findings suggested that napping could help to protect brain health. "It is a small effect, but it is a consistent one," she said. "And it is very cheap."

Her colleague Dr Mateo Ruiz, the study's lead author, said the team had not looked at how long people napped. He added that earlier work suggested naps of under 30 minutes were best.

Prof Nadia Okafor, of the University of Edinburgh, who was not involved in the research, called it "an interesting study" but cautioned that it could not show cause and effect.

"We can't tell from this whether napping keeps the brain healthy or whether people with healthier brains nap more," said Prof James Whitlow, a brain health researcher at the University of Bristol. He said sleep researchers would want to see a trial.""", [
    ("Regular naps linked to slower brain shrinkage", I, None, "study", "finds"),
    ("People who take a short nap during the day may have larger brains in later life", I,
     None, "a study of more than 35,000 adults in the UK", "according to"),
    ("that habitual napping was linked to a brain volume equivalent to between 2.6 and 6.5 years less ageing",
     I, "University College London", "Researchers at University College London", "found"),
    ("the findings suggested that napping could help to protect brain health", I,
     "Hannah Lyle", "Dr Hannah Lyle", "said"),
    ("It is a small effect, but it is a consistent one,", D, "Hannah Lyle", "she", "said"),
    ("And it is very cheap.", D, "Hannah Lyle", "she", "said"),
    ("the team had not looked at how long people napped", I, "Mateo Ruiz", "Dr Mateo Ruiz",
     "said"),
    ("that earlier work suggested naps of under 30 minutes were best", I, "Mateo Ruiz", "He",
     "added"),
    ("an interesting study", P, "Nadia Okafor", "Prof Nadia Okafor", "called"),
    ("that it could not show cause and effect", I, "Nadia Okafor", "Prof Nadia Okafor",
     "cautioned"),
    ("We can't tell from this whether napping keeps the brain healthy or whether people with healthier brains nap more,",
     D, "James Whitlow", "Prof James Whitlow", "said"),
    ("sleep researchers would want to see a trial", I, "James Whitlow", "He", "said"),
])

doc("h26-congo", """\
DRC and M23 rebels sign framework deal in Doha, but fighting goes on

The government of the Democratic Republic of the Congo and the M23 rebel group have signed a framework agreement in Qatar aimed at ending years of fighting in the country's mineral-rich east.

Qatar's Minister of State Mohammed Al-Khulaifi, who mediated the talks, said the deal was "a beginning, not an end". He told reporters in Doha that the two sides would now negotiate eight separate protocols, including on prisoner exchanges.

Congolese government spokesman Patrick Muyaya said Kinshasa would not accept "any arrangement that rewards aggression". The spokesman said Congolese troops would remain in their positions.

M23 spokesman Lawrence Kanyuka wrote on X that the agreement addressed "the root causes of the conflict".

In Goma, which the rebels seized in January, residents were sceptical. "We have heard about peace many times," said one woman who sells vegetables at the Virunga market. "When the guns stop, then I will believe it."

Another resident, Jean-Paul Habimana, 34, told Al Jazeera that prices had doubled since the city fell. "People are hungry," he said.""", [
    ("a beginning, not an end", P, "Mohammed Al-Khulaifi", "Mohammed Al-Khulaifi", "said"),
    ("that the two sides would now negotiate eight separate protocols, including on prisoner exchanges",
     I, "Mohammed Al-Khulaifi", "He", "told"),
    ("any arrangement that rewards aggression", P, "Patrick Muyaya", "Patrick Muyaya", "said"),
    # the spokesman named before, not the one the next paragraph names
    ("Congolese troops would remain in their positions", I, "Patrick Muyaya", "The spokesman",
     "said"),
    ("the root causes of the conflict", P, "Lawrence Kanyuka", "Lawrence Kanyuka", "wrote"),
    ("We have heard about peace many times,", D, None, "one woman", "said"),
    ("When the guns stop, then I will believe it.", D, None, "one woman", "said"),
    ("that prices had doubled since the city fell", I, "Jean-Paul Habimana",
     "Jean-Paul Habimana", "told"),
    ("People are hungry,", D, "Jean-Paul Habimana", "he", "said"),
])

doc("h26-novo", """\
Novo Nordisk Cuts Outlook Again as Wegovy Faces Cheaper Rivals

(Bloomberg) -- Novo Nordisk lowered its sales forecast for the third time this year, as competition from Eli Lilly & Co. and cheaper copies of its obesity drug Wegovy weighed on demand in the US.

Sales will grow 8% to 11% this year at constant exchange rates, the Danish drugmaker said on Wednesday, down from a previous range of 8% to 14%.

Chief Executive Officer Mike Doustdar, who took over in August, said the company was "not where we want to be" in the US market. "We have to be faster, and we have to be cheaper," the CEO told analysts on a call.

Chief Financial Officer Karsten Munk Knudsen said the company expected prices to keep falling. He declined to give a forecast for next year.

Analysts at Jefferies said the cut was smaller than some investors had feared. Shares rose 3% in Copenhagen.

"The worst may be behind them, but the story is no longer one of growth at any price," said Emily Field, an analyst at Barclays.""", [
    ("Sales will grow 8% to 11% this year at constant exchange rates", I, "Novo Nordisk",
     "the Danish drugmaker", "said"),
    ("not where we want to be", P, "Mike Doustdar", "Mike Doustdar", "said"),
    ("We have to be faster, and we have to be cheaper,", D, "Mike Doustdar", "the CEO",
     "told"),
    ("the company expected prices to keep falling", I, "Karsten Munk Knudsen",
     "Karsten Munk Knudsen", "said"),
    ("the cut was smaller than some investors had feared", I, "Jefferies",
     "Analysts at Jefferies", "said"),
    ("The worst may be behind them, but the story is no longer one of growth at any price,", D,
     "Emily Field", "Emily Field", "said"),
])

doc("h26-datacenter", """\
Council approves data center rezoning after five-hour meeting

MILLBROOK — The Millbrook City Council voted 5-2 early Wednesday to rezone 190 acres off Route 9 for a data center campus proposed by Northpoint Digital, ending a meeting that ran past 1 a.m.

Mayor Denise Harlan, who broke a tie in committee last month, said the project would bring "more tax revenue than every business on Main Street combined."

Councilwoman Rosa Jimenez voted no. "We are trading our water and our quiet for a building with 40 jobs in it," she said.

More than 60 residents spoke during public comment, most of them against. One man who lives next to the site said the noise from a similar center in the next county could be heard "a mile away at night."

Northpoint Digital's vice president for development, Greg Sutter, said the company would build a sound wall and use a closed-loop cooling system. "We want to be good neighbors," Sutter said.

The mayor said the council would hold a town hall on water use in January. Jimenez said she would keep pushing for a study.

A spokesperson for the Sierra Club said the group was considering a legal challenge.""", [
    ("more tax revenue than every business on Main Street combined.", P, "Denise Harlan",
     "Denise Harlan", "said"),
    ("We are trading our water and our quiet for a building with 40 jobs in it,", D,
     "Rosa Jimenez", "she", "said"),
    ("a mile away at night.", P, None, "One man", "said"),
    ("the company would build a sound wall and use a closed-loop cooling system", I,
     "Greg Sutter", "Greg Sutter", "said"),
    ("We want to be good neighbors,", D, "Greg Sutter", "Sutter", "said"),
    ("the council would hold a town hall on water use in January", I, "Denise Harlan",
     "The mayor", "said"),
    ("she would keep pushing for a study", I, "Rosa Jimenez", "Jimenez", "said"),
    ("the group was considering a legal challenge", I, "Sierra Club",
     "A spokesperson for the Sierra Club", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout26.jsonl")
