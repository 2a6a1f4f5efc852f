#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout27.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news, rich in reporting structures: an AP footbridge
collapse (a headline's `say`, a lede's report before `, federal investigators said`, `told
reporters that`, `according to` the state patrol, `X, who ..., said`, `He added that`, lawyers
`said they planned to`, a spokesperson for the contractor), an Airbus delivery cut on the
Reuters wire (`and said` after a participle, `told reporters`, `told Reuters that` from people
familiar, `declined to comment`, `said X, an analyst at Y` in two parts, `Airlines, which
..., said`, `said in a statement that`), ferry cancellations in BBC Scotland's style (a
headline's `businesses say`, a fragment after `say they are`, `according to figures from`, a
quotation over three paragraphs, `said ... and that ...`, `described ... as`, a body's
spokesperson after a colon, a fragment after a chairman), a book festival boycott in the
Guardian's style (`she wrote on X`, an open letter's fragment, `said ... but that ...`, a
report before `, a spokesperson for X said`, a scare quote, a title without marks, `called
... "..."`), the yen in Bloomberg's style (a fragment after `warned that`, `declined to say`,
`according to data from`, `according to people familiar with the matter, who asked ...`,
`wrote in a note to clients`, `, adding that`), Nepal's protests in Al Jazeera's style (`told
Al Jazeera` without `that`, `said X, a 23-year-old ... who ...`, two relative clauses between
a speaker and `said`, `, a charge ... deny`, `A police spokesman, X, told`, `, though analysts
have warned that`), a school board in a local paper (a title in marks, `told the board`
without `that`, `X, who ..., said`, a report with `and been told`, `told the board that ...
"..." and that ...`, `, chair X said`), and a German pension deal on the Reuters wire (`, two
government sources said on Tuesday, the latest sign that ...`, `X said A, and Y said B`, an
interrupted quotation, `estimated that`, `said in a statement` with no `that`). Not rows:
`declined to comment`, `declined to say whether`, `called on its board to`, `have called for`,
a scare quote and the titles. Annotated by the conventions of make_news_2020s.py, whose
builder it uses, from SPEC and docs/quotes.md, never from the extension's output. Public
figures are real (their words here are invented); the other people and some bodies (the
Omaha officials, Platte Steel Works, the Harbourside festival, Carrick Lane Capital, the
Nepali students and police spokesman, Harwich's school board) are invented.
Written by helper quotes18 on 2026-11-28 before any rule of its branch, blind (never run
through the extension before it was committed), then measured once.
Blind, main at b638c12 (80 quotations): all kinds overlap 98.77 (P 97.56 R 100), exact
98.77, end-to-end 90.12, speaker strict 89.39; direct named exact 100, overlap 100,
end-to-end 100 (25); indirect overlap 98.82 (P 97.67 R 100), exact 98.82, end-to-end 84.71
(speaker strict 80.00); partial R 100, P 92.86. Every span found was exact; the two false
rows are a scare quote (`questioned the festival's "green" credentials`, a partial) and the
writer's `, the latest sign that ...` after `, two government sources said on Tuesday` (a
report); the speakers missed are the entity step's (`IndiGo`, `Mull and Iona Ferry
Committee` cut to `Iona Ferry Committee`, `Carrick Lane` for `Carrick Lane Capital`, `The
Ifo institute`), `figures from Transport Scotland`, `Japan's top currency official` before
the name, and `Her friend Bikash Tamang, who ..., which ..., said` (the mention found is
`the parliament building`).
Then its errors were read (no annotation changed). Rules of branch quotes18 that came after,
written from them, its own sentences, BBC, Reuters-21578 and the train sample (a noun's
`that` after a report's tail, a second subject after `, and ...,`, `told` a long audience
before `that`, a speaker's aside with `, which ...` inside, `reiterated its view that`,
`, the latest ...` ending a report): all kinds overlap 98.77 -> 99.38 (P 98.77), end-to-end
90.12 -> 91.93 (speaker strict 90.91); indirect overlap 98.82 -> 100, end-to-end 84.71 ->
88.10 (speaker strict 83.33); direct named unchanged (100). Left: the scare quote `"green"`
(a rule for it was wrong more often than right on BBC news) and the speakers the entity step
misses.

usage: make_news_2020s_holdout27.py [OUT.jsonl]   (default: news_2020s_holdout27.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h27-footbridge", """\
Investigators say corroded cables caused Omaha footbridge collapse

OMAHA, Neb. (AP) — Corroded steel cables that had not been inspected for more than a decade caused a pedestrian bridge over Interstate 80 to collapse in March, federal investigators said Wednesday.

National Transportation Safety Board Chair Jennifer Homendy told reporters that the city had received two warnings about rust on the cables, in 2019 and 2022. "Those warnings were filed and forgotten," she said. "That is how people die."

Three people were killed and nine injured when the span fell onto traffic during the evening rush hour, according to the Nebraska State Patrol.

The city's public works director, Marcus Bell, who took the job last year, said the department had been short of inspectors for years. He added that every bridge in the city would be checked by the end of the summer.

"We owe the families answers, and we owe them action," Mayor Carla Ruiz said in a statement.

Lawyers for the families of two of the victims said they planned to sue the city and the contractor that built the bridge, Platte Steel Works. A spokesperson for the company said it had "fully cooperated" with investigators.

The board is expected to publish its final report early next year.""", [
    ("corroded cables caused Omaha footbridge collapse", I, None, "Investigators", "say"),
    ("Corroded steel cables that had not been inspected for more than a decade caused a "
     "pedestrian bridge over Interstate 80 to collapse in March", I, None,
     "federal investigators", "said"),
    ("that the city had received two warnings about rust on the cables, in 2019 and 2022", I,
     "Jennifer Homendy", "Jennifer Homendy", "told"),
    ("Those warnings were filed and forgotten,", D, "Jennifer Homendy", "she", "said"),
    ("That is how people die.", D, "Jennifer Homendy", "she", "said"),
    ("Three people were killed and nine injured when the span fell onto traffic during the "
     "evening rush hour", I, "Nebraska State Patrol", "the Nebraska State Patrol",
     "according to"),
    ("the department had been short of inspectors for years", I, "Marcus Bell", "Marcus Bell",
     "said"),
    ("that every bridge in the city would be checked by the end of the summer", I,
     "Marcus Bell", "He", "added"),
    ("We owe the families answers, and we owe them action,", D, "Carla Ruiz", "Carla Ruiz",
     "said"),
    ("they planned to sue the city and the contractor that built the bridge, Platte Steel "
     "Works", I, None, "Lawyers for the families of two of the victims", "said"),
    ("fully cooperated", P, "Platte Steel Works", "A spokesperson for the company", "said"),
])

doc("h27-airbus", """\
Airbus trims delivery goal as engine shortage drags on

PARIS, Jan 15 (Reuters) - Airbus cut its target for jet deliveries this year to around 770 aircraft on Thursday, blaming a shortage of engines, and said it expected the bottlenecks to last into 2027.

"The supply chain is not where we need it to be, and we are not going to pretend otherwise," Chief Executive Guillaume Faury told reporters at the company's headquarters in Toulouse.

Faury said the planemaker had around 60 finished jets parked at its plants waiting for engines, up from 40 in October.

Two people familiar with the matter told Reuters that Airbus had asked engine maker CFM International to prioritise its A320neo line over spare parts for airlines. CFM, a joint venture of GE Aerospace and France's Safran, declined to comment.

Airbus shares fell 3.2% in Paris. "It's a disappointment but hardly a shock," said Nick Cunningham, an analyst at Agency Partners. "The market had already priced in a miss."

Airlines, which have complained for two years about late deliveries, said the cut would force them to keep older, thirstier jets flying. IndiGo, the biggest customer for the A320neo, said in a statement that it had already extended leases on 12 aircraft.""", [
    ("it expected the bottlenecks to last into 2027", I, "Airbus", "Airbus", "said"),
    ("The supply chain is not where we need it to be, and we are not going to pretend "
     "otherwise,", D, "Guillaume Faury", "Guillaume Faury", "told"),
    ("the planemaker had around 60 finished jets parked at its plants waiting for engines, up "
     "from 40 in October", I, "Guillaume Faury", "Faury", "said"),
    ("that Airbus had asked engine maker CFM International to prioritise its A320neo line "
     "over spare parts for airlines", I, None, "Two people familiar with the matter", "told"),
    ("It's a disappointment but hardly a shock,", D, "Nick Cunningham", "Nick Cunningham",
     "said"),
    ("The market had already priced in a miss.", D, "Nick Cunningham", "Nick Cunningham",
     ("said", 3)),
    ("the cut would force them to keep older, thirstier jets flying", I, None, "Airlines",
     "said"),
    ("that it had already extended leases on 12 aircraft", I, "IndiGo", "IndiGo", "said"),
])

doc("h27-ferries", """\
Mull ferry cancellations cost island £4m, businesses say

Businesses on the Isle of Mull say they are "at breaking point" after a summer of ferry cancellations that cost the island an estimated £4m in lost trade.

CalMac cancelled more than 300 sailings on the Oban to Craignure route between May and September, according to figures from Transport Scotland.

Morven MacLean, who runs a hotel in Tobermory, told BBC Scotland that guests had cancelled bookings weeks in advance because they did not trust the timetable.

"We had a wedding party of 80 who never made it across," she said.

"The bride's family had spent two years planning it. I've never seen people so upset.

"And that was just one weekend."

Transport Secretary Fiona Hyslop said the government had invested more than £700m in new vessels and that two of them would enter service next year.

She described the delays at the Ferguson Marine shipyard as "deeply frustrating".

A CalMac spokesperson said: "We understand the disruption our customers have faced and we apologise for it. Our ageing fleet is working harder than ever."

The Mull and Iona Ferry Committee, which represents islanders, said the company's resilience plan had made little difference. Its chairman, Joe Reade, said the islands had been "let down by every government since devolution".""", [
    ("Mull ferry cancellations cost island £4m", I, None, "businesses", "say"),
    ("at breaking point", P, None, "Businesses on the Isle of Mull", "say"),
    ("CalMac cancelled more than 300 sailings on the Oban to Craignure route between May and "
     "September", I, "Transport Scotland", "Transport Scotland", "according to"),
    ("that guests had cancelled bookings weeks in advance because they did not trust the "
     "timetable", I, "Morven MacLean", "Morven MacLean", "told"),
    ("We had a wedding party of 80 who never made it across,", D, "Morven MacLean", "she",
     "said"),
    ("The bride's family had spent two years planning it. I've never seen people so upset.",
     D, "Morven MacLean", "she", "said"),
    ("And that was just one weekend.", D, "Morven MacLean", "she", ("said", 1)),
    ("the government had invested more than £700m in new vessels and that two of them would "
     "enter service next year", I, "Fiona Hyslop", "Fiona Hyslop", "said"),
    ("deeply frustrating", P, "Fiona Hyslop", "She", "described"),
    ("We understand the disruption our customers have faced and we apologise for it. Our "
     "ageing fleet is working harder than ever.", D, "CalMac", "A CalMac spokesperson",
     "said"),
    ("the company's resilience plan had made little difference", I,
     "Mull and Iona Ferry Committee", "The Mull and Iona Ferry Committee", "said"),
    ("let down by every government since devolution", P, "Joe Reade", "Joe Reade", "said"),
])

doc("h27-festival", """\
Authors pull out of book festival over sponsor's fossil fuel links

More than 50 writers have withdrawn from this summer's Harbourside book festival in protest at a sponsorship deal with Carrick Lane Capital, an investment firm that holds shares in oil and gas producers.

The novelist Maeve Kilbride, whose debut Salt Roads won the Costa first novel award, announced her withdrawal on Tuesday. "I cannot stand on a stage paid for by the people burning my children's future," she wrote on X.

In an open letter published on Wednesday, the writers said the festival had "sold its conscience for a logo" and called on its board to end the deal. Campaigners have long questioned the festival's "green" credentials.

The festival's director, Ruth Abara, said she respected the authors' decision but that without sponsors, ticket prices would double. "We are a charity, not a bank," she told the Guardian. "Every pound we raise goes to readers."

The firm had no say over the festival's programme, a spokesperson for Carrick Lane said.

The poet Dev Okonjo, who had been due to read from his collection The Weight of Rivers, called the row "a storm in a very expensive teacup". He said writers who took money from publishers owned by billionaires were in no position to lecture anyone.""", [
    ("I cannot stand on a stage paid for by the people burning my children's future,", D,
     "Maeve Kilbride", "she", "wrote"),
    ("sold its conscience for a logo", P, None, "the writers", "said"),
    ("she respected the authors' decision but that without sponsors, ticket prices would "
     "double", I, "Ruth Abara", "Ruth Abara", "said"),
    ("We are a charity, not a bank,", D, "Ruth Abara", "she", "told"),
    ("Every pound we raise goes to readers.", D, "Ruth Abara", "she", "told"),
    ("The firm had no say over the festival's programme", I, "Carrick Lane Capital",
     "a spokesperson for Carrick Lane", "said"),
    ("a storm in a very expensive teacup", P, "Dev Okonjo", "Dev Okonjo", "called"),
    ("writers who took money from publishers owned by billionaires were in no position to "
     "lecture anyone", I, "Dev Okonjo", "He", "said"),
])

doc("h27-yen", """\
Japan Signals Readiness to Act as Yen Slides Past 160 Per Dollar

Japan's top currency official warned that authorities were ready to take "appropriate action" against excessive moves after the yen weakened past 160 per dollar for the first time since July 2024.

"We are watching the market with a high sense of urgency," Atsushi Mimura, the vice finance minister for international affairs, told reporters in Tokyo on Monday. He declined to say whether officials had already stepped into the market.

Japan spent about ¥15 trillion buying its currency in 2024, according to data from the Finance Ministry.

The Bank of Japan is likely to raise interest rates in January, according to people familiar with the matter, who asked not to be identified because the deliberations are private. A BOJ spokesperson declined to comment.

"Verbal warnings are losing their bite," Shoki Omori, chief desk strategist at Mizuho Securities, wrote in a note to clients. "Without a rate hike, any intervention will buy weeks, not months."

Finance Minister Satsuki Katayama said in parliament that the government would respond to speculative moves "without hesitation", adding that she shared the concern of households facing higher import prices.""", [
    ("appropriate action", P, "Atsushi Mimura", "Japan's top currency official", "warned"),
    ("We are watching the market with a high sense of urgency,", D, "Atsushi Mimura",
     "Atsushi Mimura", "told"),
    ("Japan spent about ¥15 trillion buying its currency in 2024", I, "Finance Ministry",
     "Finance Ministry", "according to"),
    ("The Bank of Japan is likely to raise interest rates in January", I, None,
     "people familiar with the matter", "according to"),
    ("Verbal warnings are losing their bite,", D, "Shoki Omori", "Shoki Omori", "wrote"),
    ("Without a rate hike, any intervention will buy weeks, not months.", D, "Shoki Omori",
     "Shoki Omori", "wrote"),
    ("without hesitation", P, "Satsuki Katayama", "Satsuki Katayama", "said"),
    ("that she shared the concern of households facing higher import prices", I,
     "Satsuki Katayama", "Satsuki Katayama", "adding"),
])

doc("h27-nepal", """\
Nepal's interim government sets election date as protesters demand accountability

Kathmandu, Nepal – Nepal's interim government has set March 5 as the date for fresh elections, weeks after youth-led protests toppled the previous administration and left more than 70 people dead.

Interim Prime Minister Sushila Karki, a former chief justice, said in a televised address on Friday that her government would "not stay a single day longer than necessary".

But many of the young people who led the demonstrations told Al Jazeera they wanted more than a new vote.

"We did not come out on the streets just to change faces," said Aarati Shrestha, a 23-year-old engineering student who was injured during the protests. "We want those who ordered the shootings to face trial."

Her friend Bikash Tamang, who was standing beside her outside the parliament building, which was set on fire during the unrest, said the protesters would keep watching. "If they betray us, we will come back," he said.

Human rights groups have called for an independent inquiry. Amnesty International said police had used live ammunition against unarmed demonstrators, a charge the security forces deny.

A police spokesman, Binod Ghimire, told Al Jazeera that officers had acted "in self-defence". He said an internal review was under way.

The Election Commission said it was confident it could organise the vote in time, though analysts have warned that the timeline is tight.""", [
    ("not stay a single day longer than necessary", P, "Sushila Karki", "Sushila Karki",
     "said"),
    ("they wanted more than a new vote", I, None,
     "many of the young people who led the demonstrations", "told"),
    ("We did not come out on the streets just to change faces,", D, "Aarati Shrestha",
     "Aarati Shrestha", "said"),
    ("We want those who ordered the shootings to face trial.", D, "Aarati Shrestha",
     "Aarati Shrestha", ("said", 2)),
    ("the protesters would keep watching", I, "Bikash Tamang", "Bikash Tamang", "said"),
    ("If they betray us, we will come back,", D, "Bikash Tamang", "he", "said"),
    ("police had used live ammunition against unarmed demonstrators", I,
     "Amnesty International", "Amnesty International", "said"),
    ("in self-defence", P, "Binod Ghimire", "Binod Ghimire", "told"),
    ("an internal review was under way", I, "Binod Ghimire", "He", "said"),
    ("it was confident it could organise the vote in time", I, "Election Commission",
     "The Election Commission", "said"),
    ("that the timeline is tight", I, None, "analysts", "warned"),
])

doc("h27-schoolweek", """\
Harwich school board delays vote on four-day week after packed meeting

HARWICH — The Harwich School Board postponed a vote Monday on moving the district to a four-day school week after more than 200 parents, teachers and students crowded into the high school auditorium, where the drama club had just finished a run of "Into the Woods."

Superintendent Karen Whitfield told the board the change would save about $600,000 a year in busing and utility costs and help the district hire teachers. "We are losing good people to districts that pay more and ask less," she said.

Board member Tom Alvarez, who had pushed for the delay, said parents had not been given enough time to study the plan. "I've had more emails on this than on anything in 11 years," Alvarez said.

Several parents said they would struggle to find child care on Fridays. Jenna Morrow, a nurse with two children at Sandy Pond Elementary, said she had already asked her employer about changing shifts and been told no.

"It sounds great on paper," Morrow said. "But on paper isn't where my kids spend Fridays."

Not everyone was opposed. Senior Caleb Ortiz, 17, told the board that teachers at the high school were "exhausted" and that a shorter week might keep them.

The board will take up the proposal again at its March 9 meeting, chair Denise Laurent said.""", [
    ("the change would save about $600,000 a year in busing and utility costs and help the "
     "district hire teachers", I, "Karen Whitfield", "Karen Whitfield", "told"),
    ("We are losing good people to districts that pay more and ask less,", D,
     "Karen Whitfield", "she", "said"),
    ("parents had not been given enough time to study the plan", I, "Tom Alvarez",
     "Tom Alvarez", "said"),
    ("I've had more emails on this than on anything in 11 years,", D, "Tom Alvarez",
     "Alvarez", "said"),
    ("they would struggle to find child care on Fridays", I, None, "Several parents", "said"),
    ("she had already asked her employer about changing shifts and been told no", I,
     "Jenna Morrow", "Jenna Morrow", "said"),
    ("It sounds great on paper,", D, "Jenna Morrow", "Morrow", "said"),
    ("But on paper isn't where my kids spend Fridays.", D, "Jenna Morrow", "Morrow", "said"),
    ("exhausted", P, "Caleb Ortiz", "Caleb Ortiz", "told"),
    ("that a shorter week might keep them", I, "Caleb Ortiz", "Caleb Ortiz", "told"),
    ("The board will take up the proposal again at its March 9 meeting", I, "Denise Laurent",
     "Denise Laurent", "said"),
])

doc("h27-pensions", """\
German coalition agrees pension deal after weeks of infighting

BERLIN, Dec 2 (Reuters) - Germany's ruling coalition has agreed to keep the state pension at 48% of average wages until 2031, two government sources said on Tuesday, the latest sign that Chancellor Friedrich Merz is struggling to keep his party's younger lawmakers in line.

Merz told a news conference that the deal was "fair to every generation" and that the coalition would now turn to tax reform.

Lars Klingbeil, the Social Democrat finance minister, said the agreement protected millions of pensioners, and Merz said it would not add to the federal debt.

Johannes Winkel, who leads the conservatives' youth wing and had threatened to vote against the package, said he was still not convinced. "We are handing the bill," he told Reuters, "to people who are not yet old enough to vote."

The Ifo institute estimated that the plan would cost about 120 billion euros by 2040. Its president, Clemens Fuest, said in a statement the government had "once again chosen the comfortable path".

The Bundestag is expected to vote on the package before Christmas, parliamentary officials said.""", [
    ("Germany's ruling coalition has agreed to keep the state pension at 48% of average wages "
     "until 2031", I, None, "two government sources", "said"),
    ("fair to every generation", P, "Friedrich Merz", "Merz", "told"),
    ("that the coalition would now turn to tax reform", I, "Friedrich Merz", "Merz", "told"),
    ("the agreement protected millions of pensioners", I, "Lars Klingbeil", "Lars Klingbeil",
     "said"),
    ("it would not add to the federal debt", I, "Friedrich Merz", "Merz", "said"),
    ("he was still not convinced", I, "Johannes Winkel", "Johannes Winkel", "said"),
    ("We are handing the bill,", D, "Johannes Winkel", "he", "told"),
    ("to people who are not yet old enough to vote.", D, "Johannes Winkel", "he", "told"),
    ("that the plan would cost about 120 billion euros by 2040", I, "Ifo", "The Ifo institute",
     "estimated"),
    ("once again chosen the comfortable path", P, "Clemens Fuest", "Clemens Fuest", "said"),
    ("The Bundestag is expected to vote on the package before Christmas", I, None,
     "parliamentary officials", "said"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout27.jsonl")
    m.write(out)
