#!/usr/bin/python3
"""Builds news_2020s_holdout29.jsonl: 8 short articles written from scratch in the styles of
2025-26 news, written blind by writer5 for the lead's sealed measurement (2026-11-28; never run
through the extension, ext/*.c never read): a German pension deal on the Reuters wire (a
headline's `, Merz says`, a report before `, Chancellor Friedrich Merz said on Friday,
ending ...`, `The chancellor said`, `, arguing that` after a plural subject, `called the deal
"…"`, a quotation split by `he said,` whose second part opens with `and`, a party's fragment
after `said in a statement that`), a Glasgow bus
strike in BBC style with single marks (`the Unite union has announced`, `what the union
calls '…'`, a quotation over three paragraphs after `He said:`, a company's fragment, `A
spokesperson for the company said:`, `told BBC Scotland's Good Morning Scotland programme
that ... '…'`), a manslaughter verdict in AP style with curly marks (`a verdict the man's
family called "…"`, `Prosecutors said`, `Deputy County Attorney X told jurors`, `had argued
that ... and that ...`, `"…," Ruhl said after the verdict, "but …"`, `she told reporters`, a
sheriff's office's statement), a film director's return in AP entertainment style (titles of
works in curly marks after a work noun and a comma, a so-called term, `she describes as
"…"`, `called it "…"`, a trade paper speaking, a quotation split by `she said,` after a
short sentence about her), a Premier League match in BBC Sport style (a headline's `hails
'…'`, `praised his side's '…' display`, `the Italian said`, `told Sky Sports he "…"`, `the
35-year-old added` for a player whose age the text gives only as `turned 35`), a chipmaker's
results in Bloomberg style (a Title Case headline's `Says`, `the South Korean chipmaker said
in a statement`, `told analysts on a conference call`, a fragment after `He said the company
would ...`, `according to people familiar with the matter`, `said X, an analyst at Y`), a
walking study in Guardian style (a headline's `study finds`, `Researchers at the University
of Sydney, who ..., found that`, `said Prof X, who led the research`, a report split by `,
she said,`, `called the findings "…" but said`, a spokesperson's report holding an app's name
in marks), and Sumatra floods from AFP (`the national disaster agency said`, `agency
spokesman X told AFP`, a report before `, he said`, `A farmer who asked not to be named said`
and his `he said` after it, `promised that`). Not rows: titles of works in marks ("Tierra
Quieta", "The Salt Road"), scare quotes and terms ('fire and rehire' in a headline with no
cue, so-called "white hour"), an app's name in marks inside a report ("Active 10"),
apostrophes (side's, didn't, don’t, isn’t, conservatives', Sheriff’s), `was not won over`,
`declined to comment`, `wept`.
Annotated by the conventions of make_news_2020s.py, whose builder it uses (docs/quotes.md:
a spokesperson for the company speaks for the company the story is about; a body inside
`Researchers at X` speaks; a report holding a fragment gives only the
partial row; honorifics Prof and Dr stay in the mention, job titles stay out).
65 quotations: direct 26, partial 16, indirect 23.
Public figures are real (their words here are invented); the events' details and the other
people (Pat McIlvogue's words, Kyle Brandt, Marcus and Denise Tillery, Lena Park, Michael
Ruhl, Inés Aldana, Tomás Villafañe, Rina Simanjuntak) are invented.

Measured blind, the lead's sealed set of the session of 2026-11-28, 13:36-16:36 (kept from
every branch; the shared score_quotes.py): all kinds overlap F1 97.64, exact 97.64,
end-to-end 96.06 (speaker strict 98.21 on 56 judged, speaker mention 98.39) on main at
b638c12, to the row the same on branches lead26 (the retrained entity model), speakers15,
quotes18 and speed2 and after every merge; direct with named speakers (26) 100.00 / 100.00
/ 100.00; indirect (23) 97.78 / 97.78 / 97.78 (one report missed).

usage: make_news_2020s_holdout29.py [OUT.jsonl]   (default: news_2020s_holdout29.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h29-pensions", """\
German coalition agrees pension deal after weeks of infighting, Merz says

BERLIN, Nov 28 (Reuters) - Germany's ruling coalition has agreed a compromise on pensions that will keep the state pension at 48% of average wages until 2031, Chancellor Friedrich Merz said on Friday, ending a dispute that had threatened his seven-month-old government.

"This is a good day for the coalition and a good day for the country," Merz told reporters in Berlin after a night of talks.

Eighteen younger conservative lawmakers had refused to back the plan, arguing that it would saddle future generations with costs of up to 120 billion euros. The chancellor said their concerns would be taken up by a pensions commission due to report next year.

Finance Minister Lars Klingbeil, who leads the Social Democrats (SPD), called the deal "fair to young and old".

Johannes Winkel, head of the conservatives' youth wing, was not won over. "We have been given a promise, not a solution," he said, "and we will hold the chancellor to it."

The far-right Alternative for Germany (AfD), which is level with Merz's conservatives in some polls, said in a statement that the coalition had "bought time with money it does not have".""", [
    ("German coalition agrees pension deal after weeks of infighting", I, "Friedrich Merz",
     "Merz", "says"),
    ("Germany's ruling coalition has agreed a compromise on pensions that will keep the state pension at 48% of average wages until 2031",
     I, "Friedrich Merz", "Friedrich Merz", "said"),
    ("This is a good day for the coalition and a good day for the country,", D,
     "Friedrich Merz", "Merz", "told"),
    # a plural subject and a participle of saying: no one named
    ("that it would saddle future generations with costs of up to 120 billion euros", I, None,
     "Eighteen younger conservative lawmakers", "arguing"),
    # the role the dateline's lede gave Merz
    ("their concerns would be taken up by a pensions commission due to report next year", I,
     "Friedrich Merz", "The chancellor", "said"),
    ("fair to young and old", P, "Lars Klingbeil", "Lars Klingbeil", "called"),
    # one quotation split by its attribution: two rows, the same speaker and cue
    ("We have been given a promise, not a solution,", D, "Johannes Winkel", "he", "said"),
    ("and we will hold the chancellor to it.", D, "Johannes Winkel", "he", "said"),
    # a report holding a fragment: the partial row only
    ("bought time with money it does not have", P, "Alternative for Germany",
     "Alternative for Germany", "said"),
])

doc("h29-buses", """\
Glasgow bus drivers to strike over 'fire and rehire' plans

Bus drivers in Glasgow will walk out for 10 days from next Monday after talks with First Glasgow broke down, the Unite union has announced.

More than 1,200 drivers voted by 89% to strike over what the union calls 'fire and rehire' plans to move them on to new contracts with fewer paid breaks.

Unite regional officer Pat McIlvogue said the company had left drivers with 'no choice'. He said:

'Our members kept this city moving through a pandemic, through storms, through roadworks that never seem to end.

'Now they are being told to accept worse terms or lose their jobs. That is not a negotiation, that is a threat.

'If First wants to avoid disruption, it knows where to find us.'

First Glasgow said the new contracts were 'fair and competitive'. A spokesperson for the company said: 'We are disappointed that Unite has chosen to strike while talks were still possible. We will run as many services as we can.'

Scotland's transport secretary, Fiona Hyslop, told BBC Scotland's Good Morning Scotland programme that passengers, many of them on low incomes, 'cannot be the ones who pay for this'.""", [
    # the headline's term has no cue: no row
    ("Bus drivers in Glasgow will walk out for 10 days from next Monday after talks with First Glasgow broke down",
     I, "Unite", "the Unite union", "announced"),
    ("fire and rehire", P, "Unite", "the union", "calls"),
    ("no choice", P, "Pat McIlvogue", "Pat McIlvogue", "said"),
    # one quotation over three paragraphs after a colon: one row per paragraph
    ("Our members kept this city moving through a pandemic, through storms, through roadworks that never seem to end.",
     D, "Pat McIlvogue", "He", ("said", 2)),
    ("Now they are being told to accept worse terms or lose their jobs. That is not a negotiation, that is a threat.",
     D, "Pat McIlvogue", "He", ("said", 2)),
    ("If First wants to avoid disruption, it knows where to find us.", D, "Pat McIlvogue",
     "He", ("said", 2)),
    ("fair and competitive", P, "First Glasgow", "First Glasgow", "said"),
    # a spokesperson for the company speaks for the company the story is about
    ("We are disappointed that Unite has chosen to strike while talks were still possible. We will run as many services as we can.",
     D, "First Glasgow", "A spokesperson for the company", "said"),
    ("cannot be the ones who pay for this", P, "Fiona Hyslop", "Fiona Hyslop", "told"),
])

doc("h29-insulin", """\
Former jail guard convicted of manslaughter in death of diabetic inmate

PHOENIX (AP) — A former Maricopa County detention officer was convicted Thursday of manslaughter in the 2023 death of an inmate who was denied insulin for three days, a verdict the man’s family called “a first step.”

Jurors deliberated for about nine hours before finding Kyle Brandt, 34, guilty. He faces up to 12 years in prison when he is sentenced in January.

Prosecutors said Brandt ignored repeated requests for help from Marcus Tillery, 41, even after Tillery began vomiting and could no longer stand.

“He did not make a mistake. He made a decision, over and over again, not to care,” Deputy County Attorney Lena Park told jurors in her closing argument.

Brandt’s attorney, Michael Ruhl, had argued that his client followed jail procedures and that nurses, not detention officers, were responsible for giving insulin.

“We respect the jury’s decision,” Ruhl said after the verdict, “but this case was about a system that failed, and one man is paying for it.”

Tillery’s mother, Denise Tillery, wept as the verdict was read. “My son should be alive,” she told reporters outside the courthouse.

The Maricopa County Sheriff’s Office said in a statement that it had changed its medical policies since Tillery’s death.""", [
    # a description with an owner: no one the text names
    ("a first step.", P, None, "the man’s family", "called"),
    ("Brandt ignored repeated requests for help from Marcus Tillery, 41, even after Tillery began vomiting and could no longer stand",
     I, None, "Prosecutors", "said"),
    ("He did not make a mistake. He made a decision, over and over again, not to care,", D,
     "Lena Park", "Lena Park", "told"),
    # `, and that` goes on with the same report (no comma before it)
    ("that his client followed jail procedures and that nurses, not detention officers, were responsible for giving insulin",
     I, "Michael Ruhl", "Michael Ruhl", "argued"),
    ("We respect the jury’s decision,", D, "Michael Ruhl", "Ruhl", "said"),
    ("but this case was about a system that failed, and one man is paying for it.", D,
     "Michael Ruhl", "Ruhl", "said"),
    ("My son should be alive,", D, "Denise Tillery", "she", "told"),
    ("that it had changed its medical policies since Tillery’s death", I,
     "Maricopa County Sheriff’s Office", "The Maricopa County Sheriff’s Office", "said"),
])

doc("h29-film", """\
Argentine director Inés Aldana returns with a near-silent road movie

NEW YORK (AP) — The Argentine director Inés Aldana has not made a film since her 2016 debut, “Tierra Quieta,” was booed at Cannes and then, two years later, named one of the decade’s best by Sight and Sound magazine.

Her second feature, “The Salt Road,” which opens in U.S. theaters Friday, follows two sisters driving a truck across the salt flats of northern Argentina. There is almost no dialogue.

“People told me it was commercial suicide,” Aldana said in an interview in Manhattan, laughing. “Maybe. But I wanted the silence to be loud.”

She wrote the script during the pandemic in a Buenos Aires apartment she describes as “a shoebox with a balcony.” She cast two nonprofessional actors, sisters from the village of Purmamarca, after seeing them sell empanadas at a gas station.

The film’s producer, Tomás Villafañe, said the shoot was “the hardest eight weeks of my life.” The crew worked at 11,500 feet, and the so-called “white hour” at dawn, when the flats turn pink, lasted only minutes.

Variety’s Peter Debruge called it “a desert mirage of a film, gorgeous and maddening.” The Hollywood Reporter said the film would test the patience of most audiences.

Aldana shrugged at that. “If you want noise,” she said, “the multiplex is next door.”""", [
    # titles after a work noun and a comma, and the so-called term, get no row
    ("People told me it was commercial suicide,", D, "Inés Aldana", "Aldana", "said"),
    ("Maybe. But I wanted the silence to be loud.", D, "Inés Aldana", "Aldana", "said"),
    ("a shoebox with a balcony.", P, "Inés Aldana", "she", "describes"),
    ("the hardest eight weeks of my life.", P, "Tomás Villafañe", "Tomás Villafañe", "said"),
    ("a desert mirage of a film, gorgeous and maddening.", P, "Peter Debruge",
     "Peter Debruge", "called"),
    ("the film would test the patience of most audiences", I, "Hollywood Reporter",
     "The Hollywood Reporter", "said"),
    ("If you want noise,", D, "Inés Aldana", "she", "said"),
    ("the multiplex is next door.", D, "Inés Aldana", "she", "said"),
])

doc("h29-brighton", """\
Hürzeler hails 'fearless' Brighton after comeback win over Chelsea

Brighton head coach Fabian Hürzeler praised his side's 'fearless' display after they came from behind to beat Chelsea 3-1 at the Amex Stadium.

Enzo Fernández gave Chelsea an early lead, but Kaoru Mitoma equalised before half-time and Yankuba Minteh and Danny Welbeck scored in the second half.

"We showed courage with the ball, and that is what I ask from them every day," Hürzeler told BBC Match of the Day.

The German, 32, is the youngest permanent manager in Premier League history.

Chelsea head coach Enzo Maresca said his side had been "too passive" after the break. "We stopped doing the things that make us dangerous," the Italian said. "That is on me, not on the players."

Welbeck, who turned 35 this week and has now scored against Chelsea in each of the past three seasons, told Sky Sports he "didn't want to celebrate too much" against his former club. "I just love scoring at home," the 35-year-old added.""", [
    ("fearless", P, "Fabian Hürzeler", "Hürzeler", "hails"),
    ("fearless", P, "Fabian Hürzeler", "Fabian Hürzeler", "praised"),
    ("We showed courage with the ball, and that is what I ask from them every day,", D,
     "Fabian Hürzeler", "Hürzeler", "told"),
    ("too passive", P, "Enzo Maresca", "Enzo Maresca", "said"),
    # a nationality word for one person, right after his own fragment
    ("We stopped doing the things that make us dangerous,", D, "Enzo Maresca", "the Italian",
     "said"),
    ("That is on me, not on the players.", D, "Enzo Maresca", "the Italian", "said"),
    ("didn't want to celebrate too much", P, "Danny Welbeck", "Welbeck", "told"),
    # the age the text gave Welbeck (`turned 35 this week`)
    ("I just love scoring at home,", D, "Danny Welbeck", "the 35-year-old", "added"),
])

doc("h29-hynix", """\
SK Hynix Says AI Memory Sold Out for 2026 as Profit Soars

(Bloomberg) -- SK Hynix said its entire supply of high-bandwidth memory chips for next year has already been sold. Demand from Nvidia Corp. and other artificial intelligence customers pushed quarterly profit to a record.

Operating profit rose 62% to 11.4 trillion won ($7.8 billion) in the three months to September, the South Korean chipmaker said in a statement Wednesday, beating the average analyst estimate.

“Our HBM and conventional DRAM capacity for 2026 is fully booked,” Chief Financial Officer Kim Woo-hyun told analysts on a conference call. He said the company would raise capital spending “significantly” next year, without giving a figure.

Shares rose as much as 4.2% in Seoul, extending this year’s gain to more than 200%.

The company is in talks to supply memory for OpenAI’s Stargate data centers, according to people familiar with the matter, who asked not to be identified because the talks are private. A spokesperson for SK Hynix declined to comment.

Samsung Electronics Co., its larger rival, has struggled to win Nvidia’s approval for its latest HBM chips. “Hynix is a year ahead, and the gap isn’t closing fast,” said Greg Roh, an analyst at Hyundai Motor Securities.""", [
    ("AI Memory Sold Out for 2026 as Profit Soars", I, "SK Hynix", "SK Hynix", "Says"),
    ("its entire supply of high-bandwidth memory chips for next year has already been sold", I,
     "SK Hynix", "SK Hynix", "said"),
    ("Operating profit rose 62% to 11.4 trillion won ($7.8 billion) in the three months to September",
     I, "SK Hynix", "the South Korean chipmaker", "said"),
    ("Our HBM and conventional DRAM capacity for 2026 is fully booked,", D, "Kim Woo-hyun",
     "Kim Woo-hyun", "told"),
    ("significantly", P, "Kim Woo-hyun", "He", "said"),
    ("The company is in talks to supply memory for OpenAI’s Stargate data centers", I, None,
     "people familiar with the matter", "according to"),
    ("Hynix is a year ahead, and the gap isn’t closing fast,", D, "Greg Roh", "Greg Roh",
     "said"),
])

doc("h29-steps", """\
Daily walk of 7,000 steps cuts dementia risk by a third, study finds

Walking about 7,000 steps a day is linked to a 38% lower risk of dementia in one of the largest studies of its kind.

Researchers at the University of Sydney, who analysed data from 57 studies covering more than 160,000 adults, found that the benefits levelled off above about 7,000 steps.

“You don’t need to hit 10,000 steps for your brain to benefit,” said Prof Melody Ding, who led the research. “Every thousand steps counts, especially for people who do very little.”

The 10,000-step target, she said, began as a marketing slogan for a Japanese pedometer in the 1960s.

Dr Richard Oakley, the associate director of research at the Alzheimer’s Society, called the findings “encouraging” but said the study could not prove that walking itself prevented dementia.

An NHS England spokesperson said the health service’s “Active 10” app, which encourages brisk 10-minute walks, had been downloaded more than a million times.

The study is published in the Lancet Public Health.""", [
    ("Daily walk of 7,000 steps cuts dementia risk by a third", I, None, "study", "finds"),
    ("that the benefits levelled off above about 7,000 steps", I, "University of Sydney",
     "Researchers at the University of Sydney", "found"),
    ("You don’t need to hit 10,000 steps for your brain to benefit,", D, "Melody Ding",
     "Prof Melody Ding", "said"),
    ("Every thousand steps counts, especially for people who do very little.", D,
     "Melody Ding", "Prof Melody Ding", ("said", 1)),
    # a report split by its cue: two rows
    ("The 10,000-step target", I, "Melody Ding", "she", "said"),
    ("began as a marketing slogan for a Japanese pedometer in the 1960s", I, "Melody Ding",
     "she", "said"),
    ("encouraging", P, "Richard Oakley", "Dr Richard Oakley", "called"),
    ("the study could not prove that walking itself prevented dementia", I, "Richard Oakley",
     "Dr Richard Oakley", "said"),
    # the app's name in marks is part of the report, no row of its own
    ("the health service’s “Active 10” app, which encourages brisk 10-minute walks, had been downloaded more than a million times",
     I, "NHS England", "An NHS England spokesperson", "said"),
])

doc("h29-floods", """\
Indonesia flood toll passes 170 as rescuers reach cut-off villages

JAKARTA (AFP) - The death toll from floods and landslides on the Indonesian island of Sumatra has risen to 174, with 79 people still missing, the national disaster agency said Friday.

"Many roads and bridges have been swept away, so our teams are moving on foot and by boat," agency spokesman Abdul Muhari told AFP.

Days of torrential rain, worsened by a rare tropical cyclone in the Strait of Malacca, have battered the provinces of North Sumatra, West Sumatra and Aceh since Tuesday, he said.

In the hard-hit district of Central Tapanuli, villagers dug through mud with their bare hands. "The water came at night, like a wall," said Rina Simanjuntak, 38, whose house was buried.

A farmer who asked not to be named said three of his neighbours were still missing. "We are still waiting for help. Nobody has come," he said.

President Prabowo Subianto, who visited the area on Thursday, promised that the government would rebuild every damaged home within a year.""", [
    ("The death toll from floods and landslides on the Indonesian island of Sumatra has risen to 174, with 79 people still missing",
     I, None, "the national disaster agency", "said"),
    ("Many roads and bridges have been swept away, so our teams are moving on foot and by boat,",
     D, "Abdul Muhari", "Abdul Muhari", "told"),
    ("Days of torrential rain, worsened by a rare tropical cyclone in the Strait of Malacca, have battered the provinces of North Sumatra, West Sumatra and Aceh since Tuesday",
     I, "Abdul Muhari", "he", "said"),
    ("The water came at night, like a wall,", D, "Rina Simanjuntak", "Rina Simanjuntak",
     "said"),
    # someone unnamed brought in with `A` goes on in the next sentence
    ("three of his neighbours were still missing", I, None, "A farmer", "said"),
    ("We are still waiting for help. Nobody has come,", D, None, "he", "said"),
    ("that the government would rebuild every damaged home within a year", I,
     "Prabowo Subianto", "Prabowo Subianto", "promised"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout29.jsonl")
