#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout15.jsonl: 8 short articles written from scratch for
this project in the styles of 2024-26 news (a blast at a nickel smelter in Indonesia on the
wire, a market town's public toilets in a British local paper with single marks and a
quotation over three paragraphs, a women's cup final, a bank's branch closures in Scotland,
a robotaxi crash in AP style, a study of ultra-processed food, Chile's presidential run-off,
a crypto founder's sentencing in AP style), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Speakers after the quotation (`said X, a
police spokesman`, `said X, its managing director`), before a colon over paragraphs, by
pronoun, by description (`says mayor`, `the lender`, `the minister`, `the judge`, `the
company`, `a council spokeswoman`, `the 22-year-old`, `one victim`), organisations named
before their noun (`the Trend Asia research group`, `The charity Age Scotland`), `according
to`, a headline's `study finds`, a report split by its cue, and direct, partial and
indirect quotations of all kinds. Public figures are real; the other people, the quotes and
some bodies (Sino Morowali Steel, Wenford Council, Ravensworth City, Northmoor Bank, Corvid
Mobility, the Mediterranean Institute for Nutrition) are invented.
Written for the lead by a separate writer, blind (never run through the extension, its
output never seen), and kept from the helpers.
Kept from the helpers of the session (quotes13, speakers10, ner17) and from the lead's own
rules while they were written (branch lead9), and measured (`make eval-quotes-own`): main at
11a6573, all kinds overlap / end-to-end 98.90 / 90.11 (direct named end-to-end 94.12;
indirect 97.44 / 82.05), and the same after every merge (main at 98ef8a5). Then its errors
were read; no annotation changed. Two rules read from it (branch lead10: a name in
apposition after "A lawyer for Ivey" speaks; a place ends a subject before a relative clause
as without one, "... in Naples, who led the study, said") make it 98.90 / 94.51 (indirect
97.44 / 92.31). Left: "Corvid" and "the company" are not "Corvid Mobility"; "she" after "one
victim" takes the judge; "Congress remains divided, he noted, and many of ..." reports only
its first part.

usage: make_news_2020s_holdout15.py [OUT.jsonl]   (default: news_2020s_holdout15.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h15-smelter", """\
JAKARTA, March 4 (Reuters) - An explosion at a nickel smelter on Indonesia's Sulawesi island killed at least 12 workers on Tuesday, the latest in a string of deadly accidents at plants that supply the electric vehicle industry.

The blast tore through a furnace at the Morowali industrial park shortly after 5 a.m., said Arif Santoso, a police spokesman in Central Sulawesi.

The company that runs the furnace, Sino Morowali Steel, said in a statement it had halted work at the site and would cooperate with investigators. It did not say what caused the blast.

Labour groups have long complained about safety at the park. According to the Trend Asia research group, more than 90 workers have died in smelter accidents there since 2015.

Energy Minister Bahlil Lahadalia told reporters in Jakarta that the government would review the permits of smelters that failed inspections. "Investment is welcome, but not at the cost of lives," the minister said.""", [
    ("The blast tore through a furnace at the Morowali industrial park shortly after 5 a.m.",
     I, "Arif Santoso", "Arif Santoso", "said"),
    ("it had halted work at the site and would cooperate with investigators", I,
     "Sino Morowali Steel", "Sino Morowali Steel", "said"),
    ("more than 90 workers have died in smelter accidents there since 2015", I, "Trend Asia",
     "the Trend Asia research group", "According to"),
    ("that the government would review the permits of smelters that failed inspections", I,
     "Bahlil Lahadalia", "Bahlil Lahadalia", "told"),
    ("Investment is welcome, but not at the cost of lives,", D, "Bahlil Lahadalia",
     "the minister", "said"),
])

doc("h15-toilets", """\
Market town's public toilets 'a disgrace', says mayor

The only public toilets in the centre of Ashcombe will close next month after Wenford Council said it could no longer afford to run them.

Speaking at a packed meeting in the town hall on Thursday, the mayor, Sue Whitley, said:

'I have been on the town council for 14 years and I have never had so many letters about one thing.

'People are telling me they will stop coming into town. Some of them have medical conditions and simply cannot risk it.

'We offered to take the toilets over ourselves. We were told there was no money for the handover either.'

A council spokeswoman said the authority faced a £60m gap in its budget and had to 'prioritise the services we must provide by law'.""", [
    ("a disgrace", P, "Sue Whitley", "mayor", "says"),
    ("it could no longer afford to run them", I, "Wenford Council", "Wenford Council", "said"),
    ("I have been on the town council for 14 years and I have never had so many letters about one thing.",
     D, "Sue Whitley", "Sue Whitley", ("said", 2)),
    ("People are telling me they will stop coming into town. Some of them have medical conditions and simply cannot risk it.",
     D, "Sue Whitley", "Sue Whitley", ("said", 2)),
    ("We offered to take the toilets over ourselves. We were told there was no money for the handover either.",
     D, "Sue Whitley", "Sue Whitley", ("said", 2)),
    # the clause holds a quotation, so it is a partial row; the spokeswoman speaks for the
    # council named with that noun before
    ("prioritise the services we must provide by law", P, "Wenford Council",
     "A council spokeswoman", "said"),
])

doc("h15-cupfinal", """\
Brandt header wins Ravensworth first cup final

Ravensworth City won the Women's League Cup for the first time as Ella Brandt's late header beat Dunmore United 2-1 at Bramall Lane.

"I didn't even see it go in. I just heard the noise," Brandt told BBC Sport. "This is for everyone who stuck with us when we were in the third tier."

City manager Gemma Rowe, who took over in 2023, described her captain, Nadia Okonjo, as "the heartbeat of this team".

Dunmore boss Paul Ferreira was furious about the penalty that led to City's opening goal. "It's never a penalty. The referee has to see that," he said.

Brandt, 22, who joined from Lyon in the summer, has scored nine goals this season. Asked about an England call-up, the 22-year-old said she was "not thinking about that yet".""", [
    ("I didn't even see it go in. I just heard the noise,", D, "Ella Brandt", "Brandt", "told"),
    ("This is for everyone who stuck with us when we were in the third tier.", D,
     "Ella Brandt", "Brandt", "told"),
    ("the heartbeat of this team", P, "Gemma Rowe", "Gemma Rowe", "described"),
    ("It's never a penalty. The referee has to see that,", D, "Paul Ferreira", "he", "said"),
    ("not thinking about that yet", P, "Ella Brandt", "the 22-year-old", "said"),
])

doc("h15-branches", """\
Northmoor Bank to shut 40 branches as customers go online

EDINBURGH - Northmoor Bank will close 40 of its branches in Scotland over the next year, the lender said on Wednesday, blaming a sharp fall in the number of customers paying in cash.

"Our customers are voting with their thumbs," said Fiona Calder, its managing director for retail banking. "Nine in ten of their transactions now happen on an app."

The charity Age Scotland said the closures would leave older people and small shops with nowhere to pay in cash.

Kate Forbes, Scotland's deputy first minister, told the Scottish Parliament the bank had given communities "no warning at all". Banks should be made to open shared hubs before they close the last branch in a town, she said.""", [
    ("Northmoor Bank will close 40 of its branches in Scotland over the next year", I,
     "Northmoor Bank", "the lender", "said"),
    ("Our customers are voting with their thumbs,", D, "Fiona Calder", "Fiona Calder", "said"),
    ("Nine in ten of their transactions now happen on an app.", D, "Fiona Calder",
     "Fiona Calder", ("said", 2)),
    ("the closures would leave older people and small shops with nowhere to pay in cash", I,
     "Age Scotland", "The charity Age Scotland", "said"),
    ("no warning at all", P, "Kate Forbes", "Kate Forbes", "told"),
    ("Banks should be made to open shared hubs before they close the last branch in a town",
     I, "Kate Forbes", "she", "said"),
])

doc("h15-robotaxi", """\
AUSTIN, Texas (AP) — A driverless taxi operated by Corvid Mobility struck a cyclist in downtown Austin late Friday, the first known injury crash involving the company's robotaxis since they began carrying passengers in the city last year.

Corvid said in a statement that its vehicle had been traveling below the speed limit when it hit the cyclist. "Safety is the foundation of everything we do, and we are working closely with police to understand what happened," the company said.

City Council member Rosa Medina, whose district includes downtown, said she had asked the city manager to brief the council next week. "We were promised these cars would be safer than human drivers. Now we need the data to prove it," Medina said.

Leah Whitford, a professor of transportation engineering at the University of Texas who studies automated vehicles, said one crash should not be used to judge the technology. But she warned that companies were "moving faster than the rules.\"""", [
    ("that its vehicle had been traveling below the speed limit when it hit the cyclist", I,
     "Corvid Mobility", "Corvid", "said"),
    ("Safety is the foundation of everything we do, and we are working closely with police to understand what happened,",
     D, "Corvid Mobility", "the company", "said"),
    ("she had asked the city manager to brief the council next week", I, "Rosa Medina",
     "Rosa Medina", "said"),
    ("We were promised these cars would be safer than human drivers. Now we need the data to prove it,",
     D, "Rosa Medina", "Medina", "said"),
    ("one crash should not be used to judge the technology", I, "Leah Whitford",
     "Leah Whitford", "said"),
    ("moving faster than the rules.", P, "Leah Whitford", "she", "warned"),
])

doc("h15-food", """\
Diets high in ultra-processed food linked to faster ageing, study finds

People who eat the most ultra-processed food age faster biologically than those who eat the least, according to a study of more than 20,000 adults in Italy.

Dr Chiara Lombardi of the Mediterranean Institute for Nutrition in Naples, who led the study, said the findings added to a growing body of evidence. "We are not saying one packet of crisps will shorten your life, but the pattern over years matters," she said.

Prof Martin Hale, a nutrition scientist at King's College London who was not involved in the research, called the study "large and carefully done".

The Food and Drink Federation, which represents manufacturers, said it was wrong to "demonise" foods that were safe, affordable and convenient.""", [
    ("Diets high in ultra-processed food linked to faster ageing", I, None, "study", "finds"),
    ("People who eat the most ultra-processed food age faster biologically than those who eat the least",
     I, None, "a study of more than 20,000 adults in Italy", "according to"),
    ("the findings added to a growing body of evidence", I, "Chiara Lombardi",
     "Dr Chiara Lombardi", "said"),
    ("We are not saying one packet of crisps will shorten your life, but the pattern over years matters,",
     D, "Chiara Lombardi", "she", "said"),
    ("large and carefully done", P, "Martin Hale", "Prof Martin Hale", "called"),
    # the clause holds a quotation, so it is a partial row
    ("demonise", P, "Food and Drink Federation", "The Food and Drink Federation", "said"),
])

doc("h15-chile", """\
SANTIAGO, Dec 14 (Reuters) - Far-right candidate José Antonio Kast won Chile's presidential run-off on Sunday, defeating Communist Party candidate Jeannette Jara after a campaign dominated by fears over crime and immigration.

"Chile has chosen order, and we will not let you down," Kast told cheering supporters in Santiago.

Jara conceded defeat within an hour of polls closing. She said she had called Kast to congratulate him.

"He has won a mandate, but not a blank cheque," said Rodrigo Fuentes, a political scientist at the University of Chile. Congress remains divided, he noted, and many of Kast's proposals will need votes from the centre.

Outgoing President Gabriel Boric, who will hand over power in March, said on X that he would ensure an orderly transition.""", [
    ("Chile has chosen order, and we will not let you down,", D, "José Antonio Kast", "Kast",
     "told"),
    ("she had called Kast to congratulate him", I, "Jeannette Jara", "She", "said"),
    ("He has won a mandate, but not a blank cheque,", D, "Rodrigo Fuentes", "Rodrigo Fuentes",
     "said"),
    # a report split by its cue gives two rows (docs/quotes.md: "He may not save it, they
    # say, but he is a good manager.")
    ("Congress remains divided", I, "Rodrigo Fuentes", "he", "noted"),
    ("and many of Kast's proposals will need votes from the centre", I, "Rodrigo Fuentes", "he",
     "noted"),
    ("that he would ensure an orderly transition", I, "Gabriel Boric", "Gabriel Boric", "said"),
])

doc("h15-sentence", """\
NEW YORK (AP) — The founder of a collapsed cryptocurrency lending platform was sentenced Tuesday to 12 years in prison for defrauding thousands of customers out of more than $400 million.

U.S. District Judge Laura Benning said Marcus Ivey, 41, had "lied again and again" to investors while spending their money on a mansion in Miami and a private jet.

"You treated your customers' savings as your personal bank account," the judge told Ivey before announcing the sentence.

Ivey, who pleaded guilty to wire fraud in March, apologized to the court. "I am ashamed of what I did," he said, his voice breaking.

A lawyer for Ivey, Daniel Krantz, had asked for a sentence of five years, arguing that his client had cooperated with investigators.

Outside the courthouse, one victim, a retired nurse from Ohio who lost $80,000, said she was relieved. "It will not bring my money back. But at least he is going to prison," she said.""", [
    ("lied again and again", P, "Laura Benning", "Laura Benning", "said"),
    ("You treated your customers' savings as your personal bank account,", D, "Laura Benning",
     "the judge", "told"),
    ("I am ashamed of what I did,", D, "Marcus Ivey", "he", "said"),
    # the name in apposition after the description speaks
    ("that his client had cooperated with investigators", I, "Daniel Krantz", "Daniel Krantz",
     "arguing"),
    ("she was relieved", I, None, "one victim", "said"),
    ("It will not bring my money back. But at least he is going to prison,", D, None, "she",
     "said"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout15.jsonl")
    m.write(out)
