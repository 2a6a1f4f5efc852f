#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout28.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news, rich in speakers (several per article): EU
fisheries talks on the Reuters wire (`the minister` after `Danish Fisheries Minister`, a
Polish counterpart and `she`, `The Dutch official, who ..., said` for a deputy minister
named before, an unnamed diplomat, `The commission`), a Championship club sacking its head
coach in Sky Sports style (`the club said` and `the club added`, `The Swede`, an owner, a
captain and `he`, a season ticket holder), a rates decision in FT style (`Economist Hannah
Levy` and `the economist`, `Former business minister` and `the former minister`, a
Treasury spokesperson, a committee member in apposition), a family's lawsuit in CNN style
(`his mother, Denise Webb,` and `She`, `The family's attorney, Carl Ortiz,`, `A lawyer
representing the district` and `A lawyer representing the family, ...`, `his father,
Leon Webb,`, `His grandmother`), a cyclone in ABC (Australia) style (`the premier`, a
power company, a resident named only in the sentence after her words and `she`, `the
forecaster`, `Local mayor`), a French budget vote in Politico Europe style (`he` after the
prime minister, `the former minister`, `The Latvian, who ..., said` for an EU
commissioner, a party's statement), a boy's bravery award in BBC local style (a first name
for the boy, `His mother, Sarah Price,` and `she`, `Noah's father`, a society, `Insp`
and `He added that`), and a social app's chatbot pause in The Verge's style (`The
company`, `An Ofcom spokesperson`, a chief executive and her surname, `Online safety
campaigner`, `Psychologist Leah Brandt` and `the psychologist`). Public figures are real
(their quotes are invented); the other people and some bodies (Lumora, Brazos Valley High
School, Cyclone Kirra) are invented. Annotated by the conventions of make_news_2020s.py
(docs/quotes.md: a spokesperson speaks for the body; `a lawyer for the family`, a lawyer
representing a body and an unnamed parent are unnamed speakers, NULL; a name in
apposition after a role speaks), whose builder it uses, before any rule of branch
speakers15.

Measured once, blind, on main at b638c12 (63 quotations as first written): all kinds overlap
F1 99.21 (exact 99.21), end-to-end 83.46 (speaker strict 83.05, 59 judged; speaker mention
96.83); direct with named speakers (25 quotations) overlap F1 100.00, end-to-end 76.00
(speaker strict 75.00); indirect overlap F1 96.30, end-to-end 96.30. Two slips of the
annotation were then mended, the prediction unchanged: a report (`policymakers warned that
...`) the first version left out, and the boy's canonical name (`Ethan`, as SPEC has it,
not `Ethan Price`). With them (64 quotations): all kinds end-to-end 85.94 (speaker strict
84.75), direct with named speakers end-to-end 80.00 (speaker strict 79.17), indirect
end-to-end 100.00. Its errors: `the club` for Hull City, `The Dutch official, who ...,
said` and `The Latvian, who ..., said` left unresolved, `The company called the pause`
given the mention `in a blog`, `the forecaster` and `the psychologist` after an occupation
before the name, and a resident named in the sentence after her words given to the place
before her name (`Cardwell resident Kim Lawson`: `Cardwell`). Rules of branch speakers15
that came after, checked on BBC and Reuters-21578 (occupations as roles, `the club` for a
club named `... City`, a demonym before a relative clause, a quotation handed to someone by
the sentence after it, `in a blog post` no cue): all kinds end-to-end 98.44 (speaker strict
98.31), direct with named speakers end-to-end 100.00, indirect 100.00. Left: `The Dutch
official`.

usage: make_news_2020s_holdout28.py [OUT.jsonl]   (default: news_2020s_holdout28.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h28-cod", """\
EU fisheries ministers deadlock over Baltic cod limits

BRUSSELS, Dec 16 (Reuters) - European Union fisheries ministers failed to agree on next year's catch limits for Baltic cod on Tuesday, as Denmark and Poland clashed over a proposed ban on bottom trawling.

Danish Fisheries Minister Morten Holm said the European Commission's proposal would "wipe out a way of life" in coastal towns.

"We cannot ask fishermen to stay at home for a third year running," the minister told reporters as he arrived for the talks.

His Polish counterpart, Agnieszka Nowicka, said Warsaw would accept a temporary ban if fishermen were compensated. "The science is clear. The stock is collapsing," she said.

Fisheries Commissioner Costas Kadis, who chaired the meeting, said talks would resume on Wednesday morning.

The Netherlands, represented by deputy minister Jan de Vries, backed the commission. The Dutch official, who has pushed for a full ban since 2024, said a compromise was "within reach".

"We are closer than it looks," said a diplomat from another member state, who asked not to be named.

The commission said in a statement that the eastern Baltic cod stock had shown no sign of recovery.""", [
    ("wipe out a way of life", P, "Morten Holm", "Morten Holm", "said"),
    ("We cannot ask fishermen to stay at home for a third year running,", D, "Morten Holm",
     "the minister", "told"),
    ("Warsaw would accept a temporary ban if fishermen were compensated", I,
     "Agnieszka Nowicka", "Agnieszka Nowicka", "said"),
    ("The science is clear. The stock is collapsing,", D, "Agnieszka Nowicka", "she", "said"),
    ("talks would resume on Wednesday morning", I, "Costas Kadis", "Costas Kadis", "said"),
    # a demonym with a relative clause: the Dutch deputy minister named just before
    ("within reach", P, "Jan de Vries", "The Dutch official", "said"),
    ("We are closer than it looks,", D, None, "a diplomat", "said"),
    ("that the eastern Baltic cod stock had shown no sign of recovery", I,
     "European Commission", "The commission", "said"),
])

doc("h28-hull", """\
Hull City sack Lindgren after eight games without a win

Hull City have sacked head coach Tomas Lindgren after a run of eight Championship games without a win left them two points above the relegation zone.

In a statement, the club said it had "made the difficult decision" after a review of the season so far. "We thank Tomas for his hard work and wish him well," the club added.

Lindgren, 44, was appointed in June on a three-year contract. The Swede said after Saturday's 2-0 defeat at Derby that he still had "the full backing of the dressing room".

Club owner Emre Yilmaz told the Hull Daily Mail last month that the head coach's job was safe.

Hull captain Ryan Doyle said the players felt "responsible" for the run. "It's on us as much as anyone," he said.

"It had been coming for weeks," said season ticket holder Gary Marsh, 61. "We need someone who knows this league.\"""", [
    # `the club` for the sports club the story is about
    ("made the difficult decision", P, "Hull City", "the club", "said"),
    ("We thank Tomas for his hard work and wish him well,", D, "Hull City", "the club",
     "added"),
    ("the full backing of the dressing room", P, "Tomas Lindgren", "The Swede", "said"),
    ("that the head coach's job was safe", I, "Emre Yilmaz", "Emre Yilmaz", "told"),
    ("responsible", P, "Ryan Doyle", "Ryan Doyle", "said"),
    ("It's on us as much as anyone,", D, "Ryan Doyle", "he", "said"),
    ("It had been coming for weeks,", D, "Gary Marsh", "Gary Marsh", "said"),
    ("We need someone who knows this league.", D, "Gary Marsh", "Gary Marsh", "said"),
])

doc("h28-rates", """\
Bank of England holds rates as inflation stalls

The Bank of England held interest rates at 4 per cent on Thursday, as policymakers warned that inflation was proving stickier than expected.

Governor Andrew Bailey said the committee needed "more evidence" that price pressures were easing before it could cut again. "We are not there yet," he told a press conference.

Economist Hannah Levy, of Pantheon Macroeconomics, said markets had been "too quick" to price in cuts. "The labour market is cooling, but wage growth is still running hot," the economist said.

Former business minister Richard Hale said the government should take "a share of the blame". "Every tax rise in the Budget fed straight into prices," the former minister said.

A Treasury spokesperson said the government's plan was "bringing stability back".

Megan Clarke, one of two committee members who voted for a cut, said last week that high rates were "hurting households for no good reason".""", [
    # (added after the blind measurement: a report the first version left out)
    ("that inflation was proving stickier than expected", I, None, "policymakers", "warned"),
    ("more evidence", P, "Andrew Bailey", "Andrew Bailey", "said"),
    ("We are not there yet,", D, "Andrew Bailey", "he", "told"),
    ("too quick", P, "Hannah Levy", "Hannah Levy", "said"),
    ("The labour market is cooling, but wage growth is still running hot,", D, "Hannah Levy",
     "the economist", "said"),
    ("a share of the blame", P, "Richard Hale", "Richard Hale", "said"),
    ("Every tax rise in the Budget fed straight into prices,", D, "Richard Hale",
     "the former minister", "said"),
    ("bringing stability back", P, "Treasury", "A Treasury spokesperson", "said"),
    ("hurting households for no good reason", P, "Megan Clarke", "Megan Clarke", "said"),
])

doc("h28-heat", """\
Family sues Texas school district over son's death after football practice

(CNN) — The family of a 16-year-old Texas student who died after a football practice in August heat has sued his school district, accusing coaches of ignoring signs that he was in distress.

Marcus Webb collapsed on the field at Brazos Valley High School on August 12 and died two days later.

"He told them he couldn't breathe, and they told him to keep running," his mother, Denise Webb, said at a news conference Tuesday. She said her son had dreamed of playing college football.

The family's attorney, Carl Ortiz, said the coaches had "ignored every warning sign." "This was preventable," Ortiz said.

A lawyer representing the district said it had followed every safety protocol and would contest the lawsuit.

"I want the truth about what happened to my boy," his father, Leon Webb, told reporters.

His grandmother said he had "lit up every room he walked into.\"""", [
    ("He told them he couldn't breathe, and they told him to keep running,", D, "Denise Webb",
     "Denise Webb", "said"),
    ("her son had dreamed of playing college football", I, "Denise Webb", "She", "said"),
    ("ignored every warning sign.", P, "Carl Ortiz", "Carl Ortiz", "said"),
    ("This was preventable,", D, "Carl Ortiz", "Ortiz", "said"),
    # a lawyer speaks for no body: an unnamed speaker
    ("it had followed every safety protocol and would contest the lawsuit", I, None,
     "A lawyer representing the district", "said"),
    ("I want the truth about what happened to my boy,", D, "Leon Webb", "Leon Webb", "told"),
    ("lit up every room he walked into.", P, None, "His grandmother", "said"),
])

doc("h28-cyclone", """\
Cyclone Kirra cuts power to 60,000 homes in far north Queensland

Tens of thousands of homes in far north Queensland are without power after Cyclone Kirra crossed the coast near Cardwell overnight.

Premier David Crisafulli said there had been no reports of serious injuries. "We've been very lucky, but the clean-up will take weeks," the premier told ABC Radio Brisbane.

Ergon Energy said crews could not begin repairs until the winds eased.

"The roof just lifted off like a lid." That is how Cardwell resident Kim Lawson described the moment the storm hit her home. She and her two children sheltered in the bathroom until dawn. "I've never been so scared in my life," she said.

Bureau of Meteorology forecaster Shane Kennedy said the system had weakened to a tropical low but would bring heavy rain to the tablelands. "People shouldn't think the danger has passed," the forecaster said.

Local mayor Rosa Tyler said evacuation centres had housed more than 400 people overnight. "People looked after each other," she said.""", [
    ("there had been no reports of serious injuries", I, "David Crisafulli",
     "David Crisafulli", "said"),
    ("We've been very lucky, but the clean-up will take weeks,", D, "David Crisafulli",
     "the premier", "told"),
    ("crews could not begin repairs until the winds eased", I, "Ergon Energy", "Ergon Energy",
     "said"),
    # named only in the sentence after the words
    ("The roof just lifted off like a lid.", D, "Kim Lawson", "Kim Lawson", "described"),
    ("I've never been so scared in my life,", D, "Kim Lawson", "she", "said"),
    ("the system had weakened to a tropical low but would bring heavy rain to the tablelands",
     I, "Shane Kennedy", "Shane Kennedy", "said"),
    ("People shouldn't think the danger has passed,", D, "Shane Kennedy", "the forecaster",
     "said"),
    ("evacuation centres had housed more than 400 people overnight", I, "Rosa Tyler",
     "Rosa Tyler", "said"),
    ("People looked after each other,", D, "Rosa Tyler", "she", "said"),
])

doc("h28-paris", """\
French lawmakers reject pension freeze as budget row deepens

PARIS — French lawmakers on Monday rejected a government plan to freeze pensions next year, dealing a fresh blow to Prime Minister Sébastien Lecornu as he tries to pass a budget before the end of the year.

Lecornu said the vote was "a setback, not a defeat". "I will keep talking to every group in this chamber," he told reporters outside the National Assembly.

Former budget minister Claire Morel, who left the government in 2024, said the freeze had been "doomed from the start". "You cannot balance the books on the backs of retirees," the former minister said.

EU Economy Commissioner Valdis Dombrovskis said Brussels expected France to bring its deficit below 5% of economic output next year. The Latvian, who met Lecornu in Paris last week, said France had "a credible path" but little room for error.

Socialist lawmaker Julien Armand said his party would not back any budget that cut "the purchasing power of the poorest".

The far-right National Rally said in a statement that it would table a motion of no confidence.""", [
    ("a setback, not a defeat", P, "Sébastien Lecornu", "Lecornu", "said"),
    ("I will keep talking to every group in this chamber,", D, "Sébastien Lecornu", "he",
     "told"),
    ("doomed from the start", P, "Claire Morel", "Claire Morel", "said"),
    ("You cannot balance the books on the backs of retirees,", D, "Claire Morel",
     "the former minister", "said"),
    ("Brussels expected France to bring its deficit below 5% of economic output next year", I,
     "Valdis Dombrovskis", "Valdis Dombrovskis", "said"),
    ("a credible path", P, "Valdis Dombrovskis", "The Latvian", "said"),
    ("the purchasing power of the poorest", P, "Julien Armand", "Julien Armand", "said"),
    ("that it would table a motion of no confidence", I, "National Rally", "National Rally",
     "said"),
])

doc("h28-quarry", """\
Wrexham boy who pulled friend from quarry given bravery award

A 14-year-old boy who pulled his friend from a flooded quarry has been given a bravery award.

Ethan Price, from Wrexham, jumped into the water in July when his friend Noah, 13, got into difficulty.

"I didn't really think about it, I just went in," Ethan said.

His mother, Sarah Price, said she was "beyond proud". "He's always been the quiet one, so this has surprised everyone," she said.

Noah's father said the family would "never be able to thank him enough".

The Royal Humane Society, which gave the award, said Ethan had shown "extraordinary courage".

Insp Gareth Lloyd, of North Wales Police, said the water was "freezing even in July". He added that new warning signs would be put up around the site.""", [
    # (SPEC's canonical name: `Ethan Price` does not end with `Ethan`; the first version
    # had `Ethan Price`)
    ("I didn't really think about it, I just went in,", D, "Ethan", "Ethan", "said"),
    ("beyond proud", P, "Sarah Price", "Sarah Price", "said"),
    ("He's always been the quiet one, so this has surprised everyone,", D, "Sarah Price",
     "she", "said"),
    # an unnamed parent: someone new, no name
    ("never be able to thank him enough", P, None, "Noah's father", "said"),
    ("extraordinary courage", P, "Royal Humane Society", "The Royal Humane Society", "said"),
    ("freezing even in July", P, "Gareth Lloyd", "Gareth Lloyd", "said"),
    ("that new warning signs would be put up around the site", I, "Gareth Lloyd", "He",
     "added"),
])

doc("h28-chatbot", """\
Lumora pauses AI companion in UK after Ofcom raises child safety concerns

Lumora, the social app popular with teenagers, has switched off its AI companion feature in the UK after the regulator raised concerns about its conversations with children.

The company called the pause "temporary" in a blog post on Wednesday.

An Ofcom spokesperson said the regulator had "opened an investigation" into the feature.

Lumora's chief executive, Priya Raman, told The Verge the feature had been used by "millions of people, safely". "We got some things wrong, and we're fixing them," Raman said.

Online safety campaigner Beth Harding said the move had come "far too late". "Companies keep launching first and asking questions later," Harding said.

Psychologist Leah Brandt, of King's College London, said children could form "real attachments" to chatbots. "That is not a reason to panic, but it is a reason to be careful," the psychologist said.""", [
    ("temporary", P, "Lumora", "The company", "called"),
    ("opened an investigation", P, "Ofcom", "An Ofcom spokesperson", "said"),
    ("millions of people, safely", P, "Priya Raman", "Priya Raman", "told"),
    ("We got some things wrong, and we're fixing them,", D, "Priya Raman", "Raman", "said"),
    ("far too late", P, "Beth Harding", "Beth Harding", "said"),
    ("Companies keep launching first and asking questions later,", D, "Beth Harding",
     "Harding", "said"),
    ("real attachments", P, "Leah Brandt", "Leah Brandt", "said"),
    ("That is not a reason to panic, but it is a reason to be careful,", D, "Leah Brandt",
     "the psychologist", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout28.jsonl")
