#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout11.jsonl: 8 more short articles written from scratch
for this project (a water company fined, a US governor on a hurricane, a carmaker's profit
warning, a football manager after a derby, a chatbot maker's chief executive interviewed,
a sentencing at the Old Bailey, a measles outbreak, a Dutch coalition collapse), annotated
by the conventions of make_news_2020s.py, whose builder it uses. Written by the lead while
branches ner14, ner15 and quotes11 wrote their changes and kept from them: measured before and
after the merges (`make eval-quotes-own`). Main at 5a2a91c, all kinds overlap / end-to-end
96.47 / 94.12 (direct named end-to-end 100.00; indirect 90.32 / 83.87), and the same after
the merges of lead2, quotes11, ner15 and docs1. Then its errors were read: one annotation
change is marked below, and one rule came from it (a dateline of two words in capitals
before "(Reuters) -" is no part of a report).

usage: make_news_2020s_holdout11.py [OUT.jsonl]   (default: news_2020s_holdout11.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h11-water", """\
Water firm fined record £90m over sewage spills

A water company has been fined a record £90m for illegally dumping sewage into rivers and the sea, after the regulator found it had misled the public about its performance.

Ofwat said Southern Waters had broken its licence at 20 treatment works over seven years. Its chief executive, Lorna Hyde, said the company had "let down customers and the environment".

"The scale of this failure is shocking," said David Black, the regulator's interim chief. "Bill payers will not foot this bill."

Campaign group River Action called the fine 'a drop in the ocean'. Its chair, Hugh Peddie, said bosses should face jail.""", [
    ("Southern Waters had broken its licence at 20 treatment works over seven years", I,
     "Ofwat", "Ofwat", "said"),
    ("let down customers and the environment", P, "Lorna Hyde", "Lorna Hyde", "said"),
    ("The scale of this failure is shocking,", D, "David Black", "David Black", "said"),
    ("Bill payers will not foot this bill.", D, "David Black", "David Black", "said"),
    ("a drop in the ocean", P, "River Action", "River Action", "called"),
    ("bosses should face jail", I, "Hugh Peddie", "Hugh Peddie", "said"),
])

doc("h11-hurricane", """\
TALLAHASSEE, Fla. (AP) — Florida Gov. Ron DeSantis warned residents on the Gulf Coast on Monday that they had hours, not days, to leave before Hurricane Milton makes landfall.

"If you are in an evacuation zone, you need to go now," DeSantis said at a news conference. "This is not a drill."

The National Hurricane Center said the storm had strengthened to Category 5 overnight, with winds of 180 mph.

Tampa Mayor Jane Castor was blunter. "If you choose to stay, you are going to die," she told CNN.

Kevin Guthrie, the director of the state's emergency management division, said 9,000 National Guard troops were ready to help.""", [
    ("that they had hours, not days, to leave before Hurricane Milton makes landfall", I,
     "Ron DeSantis", "Ron DeSantis", "warned"),
    ("If you are in an evacuation zone, you need to go now,", D, "Ron DeSantis", "DeSantis",
     "said"),
    ("This is not a drill.", D, "Ron DeSantis", "DeSantis", "said"),
    ("the storm had strengthened to Category 5 overnight, with winds of 180 mph", I,
     "National Hurricane Center", "The National Hurricane Center", "said"),
    ("If you choose to stay, you are going to die,", D, "Jane Castor", "she", "told"),
    ("9,000 National Guard troops were ready to help", I, "Kevin Guthrie", "Kevin Guthrie",
     "said"),
])

doc("h11-carmaker", """\
FRANKFURT (Reuters) - Volkswagen cut its profit forecast for the second time in three months on Friday, blaming weak demand in China and the cost of restructuring at home.

The carmaker now expects an operating margin of 5.6%, down from as much as 7%. Chief financial officer Arno Antlitz told analysts on a call that the group had to "act decisively" on costs, and that talks with unions over plant closures would continue.

Workers' leader Daniela Cavallo said the board was "trying to make the workforce pay for management's mistakes".

"We see no quick recovery in China," one Frankfurt-based analyst said, asking not to be named. Volkswagen shares fell 2.3%.""", [
    ("act decisively", P, "Arno Antlitz", "Arno Antlitz", "told"),
    ("that talks with unions over plant closures would continue", I, "Arno Antlitz",
     "Arno Antlitz", "told"),
    ("trying to make the workforce pay for management's mistakes", P, "Daniela Cavallo",
     "Daniela Cavallo", "said"),
    ("We see no quick recovery in China,", D, None, "one Frankfurt-based analyst", "said"),
])

doc("h11-derby", """\
Slot hails 'character' as Liverpool win Merseyside derby

Arne Slot praised his Liverpool side's character after they came from behind to beat Everton 2-1 at Anfield on Wednesday night.

Everton led through Beto's header before Mohamed Salah levelled from the penalty spot and Diogo Jota headed the winner with four minutes left.

"We were not at our best, but the character this team shows is incredible," Slot said. "To win a derby like this means a lot to the fans."

Everton manager David Moyes felt his side deserved a point. "I thought we were the better team for an hour," he said. "The penalty was soft, but I won't complain about the referee."

Salah, who has scored in his last six home games, said he was "happy to help the team".""", [
    ("We were not at our best, but the character this team shows is incredible,", D,
     "Arne Slot", "Slot", "said"),
    ("To win a derby like this means a lot to the fans.", D, "Arne Slot", "Slot", "said"),
    ("I thought we were the better team for an hour,", D, "David Moyes", "he", "said"),
    ("The penalty was soft, but I won't complain about the referee.", D, "David Moyes", "he",
     "said"),
    ("happy to help the team", P, "Mohamed Salah", "Salah", "said"),
])

doc("h11-chatbot", """\
Mira Kessler, the boss of one of Silicon Valley's hottest AI companies, says regulators should move faster.

Speaking to the Financial Times, Kessler, chief executive of Lumina Labs, said governments were "years behind" the technology. "By the time a law is passed, the models it was written for are obsolete," she said.

Kessler, 38, founded Lumina in 2021 after leaving Google. The San Francisco company was valued at $40bn in its latest funding round.

She said that Lumina would publish the results of its safety tests before releasing any new model, and that she backed an international body to oversee the most powerful systems.

Critics are not convinced. "Companies that write their own safety tests will always pass them," said Rafael Ortiz, a researcher at Stanford University.""", [
    ("regulators should move faster", I, "Mira Kessler", "Mira Kessler", "says"),
    ("years behind", P, "Mira Kessler", "Kessler", "said"),
    ("By the time a law is passed, the models it was written for are obsolete,", D,
     "Mira Kessler", "she", "said"),
    # (changed after the first measurement: ", and that ..." goes on with the same report
    # by the project's convention, docs/quotes.md, so the two clauses are one row)
    ("that Lumina would publish the results of its safety tests before releasing any new model, and that she backed an international body to oversee the most powerful systems",
     I, "Mira Kessler", "She", "said"),
    ("Companies that write their own safety tests will always pass them,", D, "Rafael Ortiz",
     "Rafael Ortiz", "said"),
])

doc("h11-sentencing", """\
Man jailed for life for murder of delivery driver

A man who stabbed a delivery driver to death in a row over a parking space has been jailed for life, with a minimum term of 24 years.

Marcus Webb, 29, attacked Tomasz Nowak outside a block of flats in Croydon in March, the Old Bailey heard.

Sentencing him, Judge Sarah Munro said: "You took the life of a hard-working man over nothing at all." She said Webb had shown "not a flicker of remorse".

In a statement read to the court, Mr Nowak's wife, Anna, said their two children asked every day when their father was coming home.

Det Insp Paul Grant of the Metropolitan Police said he hoped the sentence would bring the family some comfort.""", [
    ("You took the life of a hard-working man over nothing at all.", D, "Sarah Munro",
     "Judge Sarah Munro", "said"),
    ("not a flicker of remorse", P, "Sarah Munro", "She", "said"),
    ("their two children asked every day when their father was coming home", I, "Anna",
     "Anna", "said"),
    ("he hoped the sentence would bring the family some comfort", I, "Paul Grant",
     "Paul Grant", "said"),
])

doc("h11-measles", """\
Measles cases rise as health officials urge parents to vaccinate

Cases of measles in England have risen to their highest level in a decade, the UK Health Security Agency (UKHSA) said on Thursday, with most in children under 10.

Dr Vanessa Saliba, a consultant epidemiologist at the agency, said the rise was "very concerning". "Measles is not a mild illness. It can lead to serious complications, and it spreads very easily," she said.

Health minister Andrew Gwynne said the government was working with schools to reach families who had missed jabs.

According to the agency, uptake of the MMR vaccine among five-year-olds has fallen to 84%, well below the 95% needed to stop outbreaks.""", [
    ("Cases of measles in England have risen to their highest level in a decade", I,
     "UK Health Security Agency", "the UK Health Security Agency", "said"),
    ("very concerning", P, "Vanessa Saliba", "Dr Vanessa Saliba", "said"),
    ("Measles is not a mild illness. It can lead to serious complications, and it spreads very easily,",
     D, "Vanessa Saliba", "she", "said"),
    ("the government was working with schools to reach families who had missed jabs", I,
     "Andrew Gwynne", "Andrew Gwynne", "said"),
    ("uptake of the MMR vaccine among five-year-olds has fallen to 84%, well below the 95% needed to stop outbreaks",
     I, "UK Health Security Agency", "the agency", "According to"),
])

doc("h11-dutch", """\
THE HAGUE, June 3 (Reuters) - The Dutch government collapsed on Tuesday after Geert Wilders pulled his far-right Freedom Party (PVV) out of the four-party coalition in a row over asylum policy, Prime Minister Dick Schoof said.

"I have informed the king that I am offering the resignation of the PVV ministers," Schoof told reporters after an emergency cabinet meeting. He called the decision "irresponsible and unnecessary".

Wilders wrote on X that his partners had refused to sign up to "the strictest asylum policy ever". "No signature, no PVV," he said.

Dilan Yesilgoz, the leader of the liberal VVD, said she was "stunned" and accused Wilders of putting his own interests first.""", [
    ("The Dutch government collapsed on Tuesday after Geert Wilders pulled his far-right Freedom Party (PVV) out of the four-party coalition in a row over asylum policy",
     I, "Dick Schoof", "Dick Schoof", "said"),
    ("I have informed the king that I am offering the resignation of the PVV ministers,", D,
     "Dick Schoof", "Schoof", "told"),
    ("irresponsible and unnecessary", P, "Dick Schoof", "He", "called"),
    ("the strictest asylum policy ever", P, "Geert Wilders", "Wilders", "wrote"),
    ("No signature, no PVV,", D, "Geert Wilders", "he", "said"),
    ("stunned", P, "Dilan Yesilgoz", "Dilan Yesilgoz", "said"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout11.jsonl")
    m.write(out)
