#!/usr/bin/python3
"""Builds news_2020s_holdout21.jsonl: 8 short articles written from scratch for this project
in the styles of 2025-26 news (an OPEC+ meeting in Vienna on the Reuters wire with a
headline's `sources say`, a Victorian pier destroyed by fire in a British local paper with
single marks and a quotation over three paragraphs after a colon, a glacial flood in Juneau
in AP style with curly marks, a Britpop band's reunion tour in a Guardian music piece with
curly single marks, the Chicago Marathon in a sport report, Russian strikes on Ukraine's
grid from AFP with a ministry's statement, a study of dogs that learn words by overhearing,
a Swiss chocolate maker's profit warning in a business desk's style), annotated by the
conventions of make_news_2020s.py, whose builder it uses. Direct quotations in straight,
curly and single marks (straight `'…'` and curly `‘…’`), split by their attribution
(`"…," said X, the city's emergency manager. "…"`, `"…," Alemu said, "…"`, `‘…,’ he
told the Guardian. ‘…’`), over three paragraphs after a colon, after `wrote:` and `added:`;
partial ones after `told reporters after the meeting that ... "…"`, `said ... was`,
`warned that ... "…"`, `called`, `told analysts on a call that`, `said it had targeted`;
indirect ones after `said (that)`, `told reporters that`, `told AFP`, `wrote on Telegram
that`, `according to` (opening a sentence and after the clause), `announced` (a headline's
band and a governor), `warned that`, `, adding that`, a clause before `, officials said`
and `, the ministry said`, headlines' `sources say` and `Ukraine says`, and a report split
by its cue (`The cost of cocoa, the chief executive said, had ...`). Speakers by full name
(with `Prince`, `Dr`, `Prof` kept in the mention as make_news_2020s.py keeps `Sir` and `Dr`;
job titles such as `Gov.` and `Cllr` left out), surname, pronoun, age (`the 24-year-old`),
role (`the delegate`, `The coach`, `the chief executive`, `the ministry`, `the band`, `The
company`), a body (`Ministry of Energy`, `Kallisto Research`, `North Yorkshire Fire and
Rescue Service`), a spokesperson for the fire service, a country (`Ukraine says`), and
unnamed (`three delegates familiar with the talks`, `one Gulf delegate`, `officials`, `one
neighbor`, `one resident`, `sources`, `researchers at Eötvös Loránd University in
Budapest`). Not rows: scare quotes and terms in marks (`so-called 'end-of-the-pier' shows`,
“jökulhlaups,”, "Shrinkflation"), titles of songs, albums and a documentary in marks
(‘Paper Crowns’, ‘Low Light Parade’, “The Genius Dog”), nicknames in marks (Sean “Bones”
Rafferty, "the Mailman"), apostrophes (`the ’90s`, `rock ’n’ roll`, `Ukraine’s`, `dogs’`,
`it's` inside single marks), a headline's plain object (`warns of smaller Easter eggs`).
Public figures are real (Abdulaziz bin Salman, Alexander Novak, Mike Dunleavy, Volodymyr
Zelensky); the other people, the quotes, the events' details and some bodies (Ravensby Pier
and its town council, the Velvet Arcades, Northern Lights Live, Hallberg Confectionery,
Kallisto Research) are invented.
Written for the lead on 2026-11-27 by a separate writer, blind (never run through the
extension, its output never seen), sealed.
main at 2be2ba4: direct named exact 100, overlap 100, end-to-end 100 (23); indirect overlap
100, end-to-end 91.67; all kinds overlap 99.15, exact 97.44, end-to-end 94.02, speaker
strict 93.88. The same, to the row, through the session's merges (quotes15, ner19, lead18,
speakers12): blind. Then read (not blind): one annotation fixed by SPEC (`told AFP that
rolling blackouts ...`: an indirect span keeps its leading `that`); lead19's rules from its
errors (`The leader of Ravensby Town Council, Cllr Neil Ashworth, said`: the name in
apposition speaks; `In Kyiv's Obolon district, one resident, ...`: `she said` is hers, no
name). Left: `the band announced` for the Velvet Arcades, which the entity step reads as a
person; `jökulhlaups,` in marks taken for a partial quotation.

usage: make_news_2020s_holdout21.py [OUT.jsonl]   (default: news_2020s_holdout21.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h21-opec", """\
OPEC+ to pause output increases in first quarter, sources say

VIENNA, Nov 2 (Reuters) - OPEC+ agreed on Sunday to a small increase in oil output for December and to pause further increases in the first quarter of next year, according to three delegates familiar with the talks.

The group, which pumps about half of the world's oil, has raised its targets by about 2.9 million barrels per day since April in a bid to win back market share from U.S. shale producers.

Saudi Energy Minister Prince Abdulaziz bin Salman told reporters after the meeting that the pause reflected "seasonality" and not any worry about demand.

"We are not chasing prices. We are looking after a market that will need our barrels," he said, adding that the group would meet again on Nov. 30.

Russian Deputy Prime Minister Alexander Novak said the decision was "balanced," but one Gulf delegate, who asked not to be named, said some members had pushed for a longer pause.

"Everybody is watching inventories," the delegate said. "Nobody wants to be the one who floods the market in January."

Brent crude futures rose 1.3% to $65.60 a barrel by 1100 GMT.""", [
    # a headline's report: the description is the mention, nobody named
    ("OPEC+ to pause output increases in first quarter", I, None, "sources", "say"),
    # the clause before `according to`, after the dateline; the whole description speaks
    ("OPEC+ agreed on Sunday to a small increase in oil output for December and to pause further increases in the first quarter of next year",
     I, None, "three delegates familiar with the talks", "according to"),
    # the clause holds a quotation, so it is a partial row; `Prince` kept as `Sir` is
    ("seasonality", P, "Abdulaziz bin Salman", "Prince Abdulaziz bin Salman", "told"),
    ("We are not chasing prices. We are looking after a market that will need our barrels,", D,
     "Abdulaziz bin Salman", "he", "said"),
    # a report after `, adding that` hangs on the same speaker
    ("that the group would meet again on Nov. 30", I, "Abdulaziz bin Salman", "he", "adding"),
    ("balanced,", P, "Alexander Novak", "Alexander Novak", "said"),
    ("some members had pushed for a longer pause", I, None, "one Gulf delegate", "said"),
    ("Everybody is watching inventories,", D, None, "the delegate", "said"),
    ("Nobody wants to be the one who floods the market in January.", D, None, "the delegate",
     "said"),
])

doc("h21-pier", """\
Fire destroys end of Ravensby's Victorian pier

A fire has destroyed the end of Ravensby Pier, the 1869 landmark that survived two world wars, the great storm of 1953 and the decline of the seaside holiday in the '90s.

North Yorkshire Fire and Rescue Service said the blaze had started in an amusement arcade at about 02:30 BST on Sunday. Crews had to fight it from the beach and from a lifeboat.

The pavilion at the end of the pier, where Cliff Richard played rock 'n' roll to holidaymakers in 1959, collapsed into the sea shortly after dawn. It was best known in recent years for its so-called 'end-of-the-pier' variety shows.

Pier owner Gillian Thwaite, whose family has run the pier since 1952, said:

'I was here at four in the morning watching it burn. My dad built half of that arcade with his own hands.

'People think a pier is just slot machines and candyfloss, but it's where half this town had their first kiss.

'We will rebuild it. I don't know how yet, but we will.'

The leader of Ravensby Town Council, Cllr Neil Ashworth, said the pier was 'part of who we are' and that the council would support any bid for lottery funding.

A spokesperson for the fire service said: 'Thankfully nobody was hurt, but the structure is unsafe and the public must stay away from the beach below it.'""", [
    ("the blaze had started in an amusement arcade at about 02:30 BST on Sunday", I,
     "North Yorkshire Fire and Rescue Service", "North Yorkshire Fire and Rescue Service",
     "said"),
    # the '90s, rock 'n' roll and the scare quotes ('end-of-the-pier') get no row
    # one quotation over three paragraphs after a colon: one row per paragraph
    ("I was here at four in the morning watching it burn. My dad built half of that arcade with his own hands.",
     D, "Gillian Thwaite", "Gillian Thwaite", ("said", 2)),
    ("People think a pier is just slot machines and candyfloss, but it's where half this town had their first kiss.",
     D, "Gillian Thwaite", "Gillian Thwaite", ("said", 2)),
    ("We will rebuild it. I don't know how yet, but we will.", D, "Gillian Thwaite",
     "Gillian Thwaite", ("said", 2)),
    ("part of who we are", P, "Neil Ashworth", "Neil Ashworth", "said"),
    # a clause without marks after `and that` hangs on the same cue
    ("that the council would support any bid for lottery funding", I, "Neil Ashworth",
     "Neil Ashworth", "said"),
    # the spokesperson speaks for the body named with that noun before
    ("Thankfully nobody was hurt, but the structure is unsafe and the public must stay away from the beach below it.",
     D, "North Yorkshire Fire and Rescue Service", "A spokesperson for the fire service", "said"),
])

doc("h21-juneau", """\
Record glacial flood swamps homes in Alaska’s capital

JUNEAU, Alaska (AP) — Floodwaters from a glacier-dammed lake above Alaska’s capital crested at a record level overnight, swamping dozens of homes along the Mendenhall River despite a new wall of sandbag barriers, officials said Wednesday.

According to the National Weather Service, the river reached 16.65 feet at about 2 a.m., more than a foot above last year’s record.

“We did everything we could, and the water still came in,” said Tom Alvarez-Kuhn, the city’s emergency manager. “The barriers held in most places. They did not hold everywhere.”

Gov. Mike Dunleavy announced that the state would open an emergency shelter at a Juneau high school.

Scientists call such events “jökulhlaups,” an Icelandic word for glacial outburst floods, and they have hit the valley every summer since 2011.

“I grew up here. The glacier was the thing you showed visitors. Now it’s the thing you’re afraid of,” one neighbor said as she carried boxes to her truck.

Priya Venkataraman, a glaciologist at the University of Alaska Southeast, warned that the basin would keep filling and emptying each summer “until the ice is gone.”""", [
    ("Floodwaters from a glacier-dammed lake above Alaska’s capital crested at a record level overnight, swamping dozens of homes along the Mendenhall River despite a new wall of sandbag barriers",
     I, None, "officials", "said"),
    ("the river reached 16.65 feet at about 2 a.m., more than a foot above last year’s record", I,
     "National Weather Service", "National Weather Service", "According to"),
    ("We did everything we could, and the water still came in,", D, "Tom Alvarez-Kuhn",
     "Tom Alvarez-Kuhn", "said"),
    ("The barriers held in most places. They did not hold everywhere.", D, "Tom Alvarez-Kuhn",
     "Tom Alvarez-Kuhn", "said"),
    ("that the state would open an emergency shelter at a Juneau high school", I,
     "Mike Dunleavy", "Mike Dunleavy", "announced"),
    # a term in marks (“jökulhlaups,”) gets no row
    ("I grew up here. The glacier was the thing you showed visitors. Now it’s the thing you’re afraid of,",
     D, None, "one neighbor", "said"),
    # the clause holds a quotation, so it is a partial row
    ("until the ice is gone.", P, "Priya Venkataraman", "Priya Venkataraman", "warned"),
])

doc("h21-reunion", """\
Britpop band the Velvet Arcades announce reunion tour after 26 years

The Velvet Arcades, the Manchester band whose 1997 hit ‘Paper Crowns’ became one of the anthems of the ’90s, will reunite for a 14-date arena tour next summer, the band announced on Monday.

Singer Declan Maguire, who walked out during a gig in Leeds in 1999, said the four of them had ‘grown up a bit’ since then.

In a post on Instagram, Maguire wrote: ‘We were kids who thought rock ’n’ roll would last for ever. Turns out it does, just slower.’

‘Nobody made us do this,’ he told the Guardian. ‘We just missed each other.’

The line-up will include the guitarist Sean “Bones” Rafferty, who has spent the past decade running a pub in Galway, and the band will play their second album, ‘Low Light Parade’, in full.

Their promoter, Northern Lights Live, said tickets would go on sale on Friday, and warned that resale sites would be monitored for touts.

The music writer Jude Okonkwo called the band ‘the great lost gang of Britpop’.""", [
    # a song's title inside a report is part of the report and no row of its own
    ("The Velvet Arcades, the Manchester band whose 1997 hit ‘Paper Crowns’ became one of the anthems of the ’90s, will reunite for a 14-date arena tour next summer",
     I, "Velvet Arcades", "the band", "announced"),
    ("grown up a bit", P, "Declan Maguire", "Declan Maguire", "said"),
    ("We were kids who thought rock ’n’ roll would last for ever. Turns out it does, just slower.",
     D, "Declan Maguire", "Maguire", "wrote"),
    ("Nobody made us do this,", D, "Declan Maguire", "he", "told"),
    ("We just missed each other.", D, "Declan Maguire", "he", "told"),
    # a nickname (“Bones”) and an album's title get no row
    ("tickets would go on sale on Friday", I, "Northern Lights Live", "Northern Lights Live",
     "said"),
    ("that resale sites would be monitored for touts", I, "Northern Lights Live",
     "Northern Lights Live", "warned"),
    ("the great lost gang of Britpop", P, "Jude Okonkwo", "Jude Okonkwo", "called"),
])

doc("h21-marathon", """\
Kiprono smashes Chicago course record

CHICAGO — Kenya's Daniel Kiprono won the Chicago Marathon in 2 hours, 2 minutes and 11 seconds on Sunday, breaking the course record by 24 seconds on a cool, still morning.

"I felt strong from the start. At 30 kilometres I knew the record was possible," the 24-year-old said through an interpreter.

His coach, Renato Bellandi, said Kiprono had spent four months training at altitude in Iten. The coach called his runner "the most stubborn athlete I have ever worked with."

American favourite Josh Reyes, known to fans as "the Mailman" for always delivering, faded after 35 kilometres and finished sixth.

Ethiopia's Tigist Alemu won the women's race in 2:16:40. "It was hard, very hard," Alemu said, "but I am happy for my family in Addis Ababa."

Race director Megan Kowalczyk-Hart told reporters that a record 52,000 runners had started the race.""", [
    # an age the text gives no one else: the runner the story follows
    ("I felt strong from the start. At 30 kilometres I knew the record was possible,", D,
     "Daniel Kiprono", "the 24-year-old", "said"),
    ("Kiprono had spent four months training at altitude in Iten", I, "Renato Bellandi",
     "Renato Bellandi", "said"),
    ("the most stubborn athlete I have ever worked with.", P, "Renato Bellandi", "The coach",
     "called"),
    # a nickname ("the Mailman") gets no row
    ("It was hard, very hard,", D, "Tigist Alemu", "Alemu", "said"),
    ("but I am happy for my family in Addis Ababa.", D, "Tigist Alemu", "Alemu", "said"),
    ("that a record 52,000 runners had started the race", I, "Megan Kowalczyk-Hart",
     "Megan Kowalczyk-Hart", "told"),
])

doc("h21-kyiv", """\
Ukraine says Russian strikes cut power to 1.5 million homes

KYIV, Dec 6 (AFP) - A massive Russian drone and missile attack overnight cut electricity to about 1.5 million households across Ukraine, the Ministry of Energy said on Saturday, as temperatures fell below freezing.

“The enemy is once again trying to leave Ukrainians in the cold and the dark,” the ministry said in a statement. “Repair crews are already working in every affected region.”

Oleksandr Hrytsenko, who heads the dispatch centre at the grid operator Ukrenergo, told AFP that rolling blackouts of up to 16 hours a day would continue in Kyiv and Kharkiv.

President Volodymyr Zelensky wrote on Telegram that Russia had launched more than 600 drones and 50 missiles at Ukraine’s energy system overnight.

Russia’s Defence Ministry said it had targeted energy facilities “used by the Ukrainian military.”

In Kyiv’s Obolon district, one resident, a retired teacher, had filled every bottle in her flat with water. “We have lived through three winters like this. We will live through a fourth,” she said.""", [
    # a headline's report: the country speaks, as a government
    ("Russian strikes cut power to 1.5 million homes", I, "Ukraine", "Ukraine", "says"),
    ("A massive Russian drone and missile attack overnight cut electricity to about 1.5 million households across Ukraine",
     I, "Ministry of Energy", "Ministry of Energy", "said"),
    ("The enemy is once again trying to leave Ukrainians in the cold and the dark,", D,
     "Ministry of Energy", "the ministry", "said"),
    ("Repair crews are already working in every affected region.", D, "Ministry of Energy",
     "the ministry", "said"),
    ("that rolling blackouts of up to 16 hours a day would continue in Kyiv and Kharkiv", I,
     "Oleksandr Hrytsenko", "Oleksandr Hrytsenko", "told"),
    ("that Russia had launched more than 600 drones and 50 missiles at Ukraine’s energy system overnight",
     I, "Volodymyr Zelensky", "Volodymyr Zelensky", "wrote"),
    # the clause holds a quotation, so it is a partial row
    ("used by the Ukrainian military.", P, "Defence Ministry", "Defence Ministry", "said"),
    # an unnamed resident goes on as `she`; having filled bottles is no report
    ("We have lived through three winters like this. We will live through a fourth,", D, None,
     "she", "said"),
])

doc("h21-dogs", """\
The dogs that learn words by eavesdropping

Some dogs can learn the names of new toys simply by listening to their owners talk to each other, according to researchers at Eötvös Loránd University in Budapest.

The dogs’ owners chatted about a toy in front of them without ever speaking to the dog directly. Days later, most of the dogs picked out the right toy from a pile when their owners named it.

“These dogs are not just obeying commands. They are picking up language the way toddlers do,” said Dr Anna Fekete-Rossi, who led the study, published on Thursday in the journal Science.

Fekete-Rossi said that the dogs learned a new name after hearing it as few as eight times. The team’s earlier work inspired the BBC documentary “The Genius Dog”.

Prof Marcus Reid, an animal behaviour specialist at the University of Lincoln who was not involved in the study, said the findings were “exciting but narrow”, since only a handful of so-called “gifted” dogs have been found.

Reid added: “Most pets will not do this. But your dog may be listening more than you think.”""", [
    ("Some dogs can learn the names of new toys simply by listening to their owners talk to each other",
     I, None, "researchers at Eötvös Loránd University in Budapest", "according to"),
    # the owners' chat about a toy is no report of speech
    ("These dogs are not just obeying commands. They are picking up language the way toddlers do,",
     D, "Anna Fekete-Rossi", "Dr Anna Fekete-Rossi", "said"),
    ("that the dogs learned a new name after hearing it as few as eight times", I,
     "Anna Fekete-Rossi", "Fekete-Rossi", "said"),
    # a documentary's title and scare quotes (“gifted”) get no row
    ("exciting but narrow", P, "Marcus Reid", "Prof Marcus Reid", "said"),
    ("Most pets will not do this. But your dog may be listening more than you think.", D,
     "Marcus Reid", "Reid", "added"),
])

doc("h21-cocoa", """\
Chocolate maker Hallberg warns of smaller Easter eggs as cocoa bites

ZURICH - Hallberg Confectionery, the Swiss maker of Edelmond bars, warned on Tuesday that its profit margin would shrink this year as it struggles to pass record cocoa prices on to shoppers.

Chief executive Lukas Brändli told analysts on a call that the company would sell "slightly smaller" eggs and bars rather than raise prices again.

"Consumers have been incredibly loyal, but there is a limit," Brändli said. "We would rather give them a little less chocolate than lose them."

The cost of cocoa beans, the chief executive said, had tripled since the start of 2023.

"Shrinkflation", as the practice of quietly cutting pack sizes is known, has drawn criticism from consumer groups in Germany and France.

According to Kallisto Research, a Zurich consultancy, the average chocolate bar sold in Europe has shrunk by 7% in three years.

Sophie Lindahl, an analyst at Berenberg, called the outlook "a sensible kind of bad news." Hallberg shares fell 3.2% in Zurich.""", [
    # the headline's `warns of` has a plain object: no row
    ("that its profit margin would shrink this year as it struggles to pass record cocoa prices on to shoppers",
     I, "Hallberg Confectionery", "Hallberg Confectionery", "warned"),
    ("slightly smaller", P, "Lukas Brändli", "Lukas Brändli", "told"),
    ("Consumers have been incredibly loyal, but there is a limit,", D, "Lukas Brändli",
     "Brändli", "said"),
    ("We would rather give them a little less chocolate than lose them.", D, "Lukas Brändli",
     "Brändli", "said"),
    # a report split by its cue gives two rows
    ("The cost of cocoa beans", I, "Lukas Brändli", "the chief executive", "said"),
    ("had tripled since the start of 2023", I, "Lukas Brändli", "the chief executive", "said"),
    # a term in marks ("Shrinkflation") gets no row
    ("the average chocolate bar sold in Europe has shrunk by 7% in three years", I,
     "Kallisto Research", "Kallisto Research", "According to"),
    ("a sensible kind of bad news.", P, "Sophie Lindahl", "Sophie Lindahl", "called"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout21.jsonl")
    m.write(out)
