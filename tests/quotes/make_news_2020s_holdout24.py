#!/usr/bin/python3
"""Builds news_2020s_holdout24.jsonl: 8 short articles written from scratch for this project
in the styles of 2025-26 news (the Torkham border crossing reopening on the Reuters wire
with a ministry's statement, the end of beach donkey rides at a seaside town in a British
local paper with single marks and a quotation over three paragraphs after a colon, a
Colorado ski area closing early for want of snow in AP style with curly marks, a poet
laureate's new poem in a Guardian culture piece with curly single marks, a snooker final
at the Crucible in a BBC Sport report, a study of octopuses' sleep under a `study finds`
headline, a Norwegian salmon farmer's results in Bloomberg style, and livestock lost to a
harsh winter in Mongolia from AFP), annotated by the conventions of make_news_2020s.py,
whose builder it uses. Direct quotations in straight, curly and single marks (straight
`'…'` and curly `‘…’`), split by their attribution (`"…," said X, a driver from Y. "…"`,
`“…,” said X, the ski area’s general manager, “and …”`, `‘…,’ Armitage told the Guardian.
‘…’`, `"…," X, the agency's deputy head, told AFP. "…"`), over three paragraphs after
`said:` (with an apostrophe, `the '90s`, inside one of them), after `said:` in a sentence
of its own; partial ones after `said ... had played`, `said ... was`, `called`, `called
the news`, `described ... as`, `told analysts on a call that ... was`, `, adding that "…"`,
and a clause before `, the ministry said` that holds a quotation; indirect ones after
`said (that)`, `told reporters in Kabul that`, `told reporters Friday that`, `announced
(that)`, `warned that`, `, adding that` (after a fragment too), `according to` (opening a
sentence and after the clause), a clause before `, X has announced`, `, the ministry said
in a statement`, `, the Bergen-based company said in a statement`, `, the researchers
said`, a headline's `study finds` and `, officials say`, and a report split by its cue
(`The closure, she said, had been ...`). Speakers by full name (with `Dr`, `Prof` and `Mrs`
kept in the mention, job titles such as `Gov.` and `Interior Minister` left out), surname,
pronoun, a nationality word after `the` (`the Englishman`), role (`the ministry`, `The
agency`, `The council`, `the Bergen-based company`), a body (`Ministry of Foreign Affairs`,
`Weston Bay Council`, `The charity Rivers Trust`, `Faber`, `The Red Cross`), a spokesperson
for the council, a first name given in apposition (`One herder ..., Oyuna, said`), and
unnamed (`Traders at the crossing`, `one season pass holder`, `researchers at the Okinawa
Institute of Science and Technology`, `the researchers`, `Officials`, headlines' `study` and
`officials`). Not rows: scare quotes and terms in marks (so-called 'animal welfare audit',
so-called “snow drought”, an "active" phase; the word "sleep" inside a report is part of
its indirect row), titles of a poem and a collection in marks (‘Culvert’, ‘Undergrounds’),
nicknames ('Old Bert', "The Rocket"), apostrophes (’90s, rock ’n’ roll, octopuses’,
England’s, the donkeys' stables, the animals'), and a writer's `declined to comment`,
`reported ... profit`, `welcomed the move`, `had expected`.
Public figures are real (their words here are invented); the other people and some bodies
(Weston Bay Council, Copper Ridge, Kestrel Peak Ski Area, Halden Marine Institute, Arctic
Fjord Securities) are invented.
Written blind for the lead on 2026-11-28 by a separate writer (never run through the
extension, its output never seen), sealed.
main at 5ff005f: direct named exact 100, overlap 100, end-to-end 85.19 (27); indirect overlap
96.55, end-to-end 89.66; all kinds overlap 98.48, exact 98.48, end-to-end 86.36, speaker
strict 85.96. The same, to the row, on each branch of the session (ner20, quotes16,
speakers13, lead21, lead22) and after every merge: blind. Read then (no rule taken from it):
`Holidaymaker Kerry Atwal` (a job opening the sentence kept in the name); `Zhao` for `Zhao
Xintong` (SPEC's canonical name is a mention whose words end with the short one's, so a
surname written first is not resolved: SPEC gives `Zhao`, this gold `Zhao Xintong`); `the
Englishman told BBC Sport` given to the player quoted before, not to Judd Trump named in the
sentence before; `the company said` after a report with no name before it; a fragment after
`said in a statement.` with no speaker; `warned that the word "sleep" should be used ...`
missed (a term in marks inside the report); a poem `about the rivers ...` read as a report.

usage: make_news_2020s_holdout24.py [OUT.jsonl]   (default: news_2020s_holdout24.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h24-torkham", """\
Pakistan reopens Torkham crossing to trucks after six-week closure

ISLAMABAD, Nov 18 (Reuters) - Pakistan reopened the Torkham border crossing with Afghanistan to cargo trucks on Tuesday, ending a six-week closure that left thousands of drivers stranded on both sides, the Ministry of Foreign Affairs said in a statement.

The crossing would stay open "on a trial basis" while talks on security continued, the ministry said, adding that passenger traffic would resume later.

Afghanistan's Taliban administration welcomed the move. Its trade ministry spokesman, Abdul Salam Jawad, told reporters in Kabul that more than 5,000 trucks of fruit and coal were waiting to cross. "Every day the gate is shut, our farmers lose their harvest," he said.

According to the Pakistan-Afghanistan Joint Chamber of Commerce, traders on both sides lost about $45 million a week during the closure.

Traders at the crossing said the queue of lorries stretched for 20 km towards Landi Kotal.

"We slept in our cabs for 40 days," said Gul Rahman, a driver from Peshawar. "Nobody gave us water, nobody gave us food."

Interior Minister Mohsin Naqvi warned that the border would close again if attacks by militants based in Afghanistan did not stop.""", [
    # the statement's clause after the dateline, before its cue
    ("Pakistan reopened the Torkham border crossing with Afghanistan to cargo trucks on Tuesday, ending a six-week closure that left thousands of drivers stranded on both sides",
     I, "Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "said"),
    # the clause holds a quotation, so it is a partial row
    ("on a trial basis", P, "Ministry of Foreign Affairs", "the ministry", ("said", 2)),
    # a clause without marks after `, adding that` hangs on its own cue
    ("that passenger traffic would resume later", I, "Ministry of Foreign Affairs",
     "the ministry", "adding"),
    ("that more than 5,000 trucks of fruit and coal were waiting to cross", I,
     "Abdul Salam Jawad", "Abdul Salam Jawad", "told"),
    ("Every day the gate is shut, our farmers lose their harvest,", D, "Abdul Salam Jawad",
     "he", "said"),
    ("traders on both sides lost about $45 million a week during the closure", I,
     "Pakistan-Afghanistan Joint Chamber of Commerce",
     "Pakistan-Afghanistan Joint Chamber of Commerce", "According to"),
    # unnamed traders
    ("the queue of lorries stretched for 20 km towards Landi Kotal", I, None,
     "Traders at the crossing", "said"),
    ("We slept in our cabs for 40 days,", D, "Gul Rahman", "Gul Rahman", "said"),
    ("Nobody gave us water, nobody gave us food.", D, "Gul Rahman", "Gul Rahman", "said"),
    ("that the border would close again if attacks by militants based in Afghanistan did not stop",
     I, "Mohsin Naqvi", "Mohsin Naqvi", "warned"),
])

doc("h24-donkeys", """\
End of an era as Weston's beach donkeys take their last ride

Donkey rides on the beach at Weston-super-Mare will end this month after 140 years, Weston Bay Council has announced.

The council said the animals' handler, Sandra Pollard, had decided to retire and no one had applied to take over the licence, which requires a so-called 'animal welfare audit' every spring.

Mrs Pollard, 71, whose grandfather started the rides in the 1880s, said:

'I have been up at five every morning since I was a girl, mucking out the stables behind the sea front. I have loved every minute of it.

'But my knees are not what they were in the '90s, and the donkeys deserve someone who can walk the sands with them all day.

'Bert is 31 now. He has carried more children than any teacher in this town.'

The donkeys' stables on Beach Road, home to the oldest of them, 'Old Bert', will be sold. A council spokesperson said: 'We are exploring every option to keep this much-loved tradition alive.'

Holidaymaker Kerry Atwal, from Birmingham, called the news 'a little bit heartbreaking', adding that her children had ridden Bert every summer.

Local historian Dr Neville Harte said the rides had survived two world wars and 'the arrival of the package holiday, which was meant to kill off the British seaside'.""", [
    ("Donkey rides on the beach at Weston-super-Mare will end this month after 140 years",
     I, "Weston Bay Council", "Weston Bay Council", "announced"),
    # a scare quote ('animal welfare audit') gets no row
    ("the animals' handler, Sandra Pollard, had decided to retire and no one had applied to take over the licence",
     I, "Weston Bay Council", "The council", "said"),
    ("I have been up at five every morning since I was a girl, mucking out the stables behind the sea front. I have loved every minute of it.",
     D, "Sandra Pollard", "Mrs Pollard", ("said", 2)),
    # an apostrophe ('90s) does not close the quotation
    ("But my knees are not what they were in the '90s, and the donkeys deserve someone who can walk the sands with them all day.",
     D, "Sandra Pollard", "Mrs Pollard", ("said", 2)),
    ("Bert is 31 now. He has carried more children than any teacher in this town.", D,
     "Sandra Pollard", "Mrs Pollard", ("said", 2)),
    ("We are exploring every option to keep this much-loved tradition alive.", D,
     "Weston Bay Council", "A council spokesperson", "said"),
    ("a little bit heartbreaking", P, "Kerry Atwal", "Kerry Atwal", "called"),
    ("that her children had ridden Bert every summer", I, "Kerry Atwal", "Kerry Atwal",
     "adding"),
    ("the arrival of the package holiday, which was meant to kill off the British seaside", P,
     "Neville Harte", "Dr Neville Harte", "said"),
])

doc("h24-kestrel", """\
DENVER (AP) — A small Colorado ski area will close for the season on Sunday, more than a month early, after the driest winter on record in the southern Rockies left its slopes bare.

Kestrel Peak Ski Area, a nonprofit hill near the town of Copper Ridge, has opened only three of its 24 runs since December.

“We have made snow every night we could, but you can’t make snow when it’s 50 degrees at midnight,” said Dana Whitlow-Ortiz, the ski area’s general manager, “and we can’t keep paying staff to stand around.”

The state is in its third so-called “snow drought” in a decade. Snowpack across Colorado was at 54% of its median on Thursday, according to the Natural Resources Conservation Service.

Whitlow-Ortiz said the closure would cost the area about $1.2 million. The closure, she said, had been the hardest decision in the area's 60 years.

“It’s just sad,” said one season pass holder, who was packing skis into a pickup in the parking lot. “My dad taught me to ski here.”

Gov. Jared Polis told reporters Friday that the state would offer low-interest loans to ski towns hit by the shortfall.

Vail Resorts, which runs several large resorts in the state, declined to comment on its own plans.""", [
    ("We have made snow every night we could, but you can’t make snow when it’s 50 degrees at midnight,",
     D, "Dana Whitlow-Ortiz", "Dana Whitlow-Ortiz", "said"),
    ("and we can’t keep paying staff to stand around.", D, "Dana Whitlow-Ortiz",
     "Dana Whitlow-Ortiz", "said"),
    # a scare quote (so-called “snow drought”) is no quotation
    ("Snowpack across Colorado was at 54% of its median on Thursday", I,
     "Natural Resources Conservation Service", "Natural Resources Conservation Service",
     "according to"),
    ("the closure would cost the area about $1.2 million", I, "Dana Whitlow-Ortiz",
     "Whitlow-Ortiz", "said"),
    # a report split by its cue gives two rows
    ("The closure", I, "Dana Whitlow-Ortiz", "she", "said"),
    ("had been the hardest decision in the area's 60 years", I, "Dana Whitlow-Ortiz", "she",
     "said"),
    ("It’s just sad,", D, None, "one season pass holder", "said"),
    ("My dad taught me to ski here.", D, None, "one season pass holder", "said"),
    ("that the state would offer low-interest loans to ski towns hit by the shortfall", I,
     "Jared Polis", "Jared Polis", "told"),
    # `declined to comment` reports nothing
])

doc("h24-laureate", """\
Armitage’s new poem remembers England’s buried rivers

The poet laureate, Simon Armitage, has written a poem about the rivers buried under England’s cities, which will be read on BBC Radio 4 on Sunday.

‘Culvert’, which runs to 40 lines, names streams such as the Fleet in London and the Sheaf in Sheffield that were paved over in the 19th century.

‘They are still down there, running in the dark under our feet,’ Armitage told the Guardian. ‘I wanted to give them their names back.’

The poem will open his next collection, ‘Undergrounds’, due out in March from Faber.

Armitage, who was a probation officer in the ’90s and still listens to rock ’n’ roll while he writes, said he had written it “to a beat you could almost dance to”.

The charity Rivers Trust described the poem as ‘a gift’. Its chief executive, Mark Lloyd, said: ‘Most people have no idea that a river flows beneath the bus station.’

Faber said the first print run had sold out in pre-orders.""", [
    # the poem's and the collection's titles get no row
    ("They are still down there, running in the dark under our feet,", D, "Simon Armitage",
     "Armitage", "told"),
    ("I wanted to give them their names back.", D, "Simon Armitage", "Armitage", "told"),
    # apostrophes (’90s, rock ’n’ roll) are no marks; the fragment is in double marks
    ("to a beat you could almost dance to", P, "Simon Armitage", "Armitage", "said"),
    ("a gift", P, "Rivers Trust", "The charity Rivers Trust", "described"),
    ("Most people have no idea that a river flows beneath the bus station.", D, "Mark Lloyd",
     "Mark Lloyd", "said"),
    ("the first print run had sold out in pre-orders", I, "Faber", "Faber", "said"),
])

doc("h24-crucible", """\
Zhao holds off Trump to win second world title

Zhao Xintong beat Judd Trump 18-14 in the World Championship final at the Crucible to become the first player from Asia to win snooker's biggest prize twice.

The 29-year-old, who trailed 9-7 after the second session, won six of the last eight frames.

"I was nervous all day. My hands were shaking on the last red," said Zhao, speaking through an interpreter. "This one is for my mother."

Trump, the 2019 champion, said Zhao had played "like a man who knew he was going to win".

"He deserved it, simple as that," the Englishman told BBC Sport. "I had my chances in the afternoon and I didn't take them."

Ronnie O'Sullivan, known as "The Rocket", was among the crowd in Sheffield and called it "one of the great finals".

World Snooker Tour chairman Steve Dawson announced that the prize money for next year's championship would rise to £1.2m for the winner.""", [
    ("I was nervous all day. My hands were shaking on the last red,", D, "Zhao Xintong",
     ("Zhao", 3), "said"),
    # the mention and cue before it, not the `said Zhao` of the next paragraph
    ("This one is for my mother.", D, "Zhao Xintong", ("Zhao", 3), ("said", 1)),
    ("like a man who knew he was going to win", P, "Judd Trump", "Trump", "said"),
    # a nationality word after `the` stands for the man named before
    ("He deserved it, simple as that,", D, "Judd Trump", "the Englishman", "told"),
    ("I had my chances in the afternoon and I didn't take them.", D, "Judd Trump",
     "the Englishman", "told"),
    # a nickname ("The Rocket") gets no row
    ("one of the great finals", P, "Ronnie O'Sullivan", "Ronnie O'Sullivan", "called"),
    ("that the prize money for next year's championship would rise to £1.2m for the winner", I,
     "Steve Dawson", "Steve Dawson", "announced"),
])

doc("h24-octopus", """\
Octopuses may dream in colour, study finds

Octopuses flash patterns of colour across their skin while they sleep that match the patterns they use when awake, according to researchers at the Okinawa Institute of Science and Technology.

The team filmed 12 day octopuses over four months and found that the animals entered a short "active" phase of sleep about once an hour. The findings were published in the journal Nature on Wednesday.

"It looks as if they are replaying their day," said Dr Keiko Matsuda, who led the study. "We cannot ask an octopus what it is dreaming, of course."

The active phase lasted about a minute, the researchers said. Octopuses woken during it took longer to settle.

Prof Lars Eriksen of the Halden Marine Institute in Norway, who was not involved, said the work was "beautifully done" but warned that the word "sleep" should be used with care for animals whose brains were so different from ours.

The octopuses’ tanks were kept dark, apart from infrared cameras, to avoid disturbing them.""", [
    ("Octopuses may dream in colour", I, None, "study", "finds"),
    ("Octopuses flash patterns of colour across their skin while they sleep that match the patterns they use when awake",
     I, None, "researchers at the Okinawa Institute of Science and Technology",
     "according to"),
    # a term in marks ("active") is no quotation
    ("It looks as if they are replaying their day,", D, "Keiko Matsuda", "Dr Keiko Matsuda",
     "said"),
    ("We cannot ask an octopus what it is dreaming, of course.", D, "Keiko Matsuda",
     "Dr Keiko Matsuda", "said"),
    ("The active phase lasted about a minute", I, None, "the researchers", "said"),
    ("beautifully done", P, "Lars Eriksen", "Prof Lars Eriksen", "said"),
    # the warning's clause holds a term in marks, no one's words: an indirect row
    ('that the word "sleep" should be used with care for animals whose brains were so different from ours',
     I, "Lars Eriksen", "Prof Lars Eriksen", "warned"),
])

doc("h24-mowi", """\
Mowi Profit Beats Estimates as Salmon Prices Hold Up

(Bloomberg) -- Mowi ASA, the world's biggest salmon farmer, reported third-quarter operating profit that beat analysts' estimates, as prices held up despite record harvests in Norway.

Operational earnings before interest and tax rose to 2.9 billion kroner, the Bergen-based company said in a statement on Wednesday. Analysts surveyed by Bloomberg had expected 2.6 billion kroner.

Chief Executive Officer Ivan Vindheim told analysts on a call that demand in the US and Asia was "stronger than we have ever seen," and the company raised its harvest guidance for next year to 600,000 tons.

"We are selling every fish we can grow," Vindheim said. "The constraint is biology, not the market."

The shares rose as much as 5.1% in Oslo, the most since May.

Norway's resource rent tax on aquaculture remains a drag, according to Kristin Aasen, an analyst at Arctic Fjord Securities. "The tax takes a bigger bite every time prices go up," she wrote in a note to clients.""", [
    # `reported ... profit` is a deed, no report
    ("Operational earnings before interest and tax rose to 2.9 billion kroner", I, "Mowi ASA",
     "the Bergen-based company", "said"),
    ("stronger than we have ever seen,", P, "Ivan Vindheim", "Ivan Vindheim", "told"),
    ("We are selling every fish we can grow,", D, "Ivan Vindheim", "Vindheim", "said"),
    ("The constraint is biology, not the market.", D, "Ivan Vindheim", "Vindheim", "said"),
    ("Norway's resource rent tax on aquaculture remains a drag", I, "Kristin Aasen",
     "Kristin Aasen", "according to"),
    ("The tax takes a bigger bite every time prices go up,", D, "Kristin Aasen", "she",
     "wrote"),
])

doc("h24-dzud", """\
Harsh winter kills 3 million animals in Mongolia, officials say

ULAANBAATAR, Feb 20 (AFP) - More than three million sheep, goats, horses and cattle have died in a harsh winter known as a dzud that has buried much of Mongolia's grassland under deep snow, the National Emergency Management Agency said on Friday.

The agency warned that the toll could double by the spring if temperatures stayed below minus 40 degrees Celsius in the west.

"We have never seen snow this deep in Zavkhan province," Bat-Erdene Ganzorig, the agency's deputy head, told AFP. "Roads are closed and fodder cannot reach the herders."

Herder Batbayar Dorj, 52, said he had lost 300 of his 450 goats. "My family has kept animals for five generations," he said. "I do not know if there will be a sixth."

Officials said about 2,000 families had lost more than half their herds.

One herder in Uvs province, who gave only her first name, Oyuna, said her neighbours had burned their furniture to keep warm.

The Red Cross said it was sending cash to 5,000 families, adding that "money arrives faster than hay".""", [
    ("Harsh winter kills 3 million animals in Mongolia", I, None, "officials", "say"),
    ("More than three million sheep, goats, horses and cattle have died in a harsh winter known as a dzud that has buried much of Mongolia's grassland under deep snow",
     I, "National Emergency Management Agency", "National Emergency Management Agency",
     "said"),
    ("that the toll could double by the spring if temperatures stayed below minus 40 degrees Celsius in the west",
     I, "National Emergency Management Agency", "The agency", "warned"),
    ("We have never seen snow this deep in Zavkhan province,", D, "Bat-Erdene Ganzorig",
     "Bat-Erdene Ganzorig", "told"),
    ("Roads are closed and fodder cannot reach the herders.", D, "Bat-Erdene Ganzorig",
     "Bat-Erdene Ganzorig", "told"),
    ("he had lost 300 of his 450 goats", I, "Batbayar Dorj", "Batbayar Dorj", "said"),
    ("My family has kept animals for five generations,", D, "Batbayar Dorj", "he", "said"),
    ("I do not know if there will be a sixth.", D, "Batbayar Dorj", "he", "said"),
    ("about 2,000 families had lost more than half their herds", I, None, "Officials", "said"),
    # the name in apposition after the description speaks
    ("her neighbours had burned their furniture to keep warm", I, "Oyuna", "Oyuna", "said"),
    ("it was sending cash to 5,000 families", I, "Red Cross", "The Red Cross", "said"),
    ("money arrives faster than hay", P, "Red Cross", "The Red Cross", "adding"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout24.jsonl")
    m.write(out)
