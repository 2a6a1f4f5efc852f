#!/usr/bin/python3
"""Builds news_2020s_holdout34.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, written blind by writer15 for a sealed measurement of news_quotes (the
extractor's source never read, the extension never loaded, no scorer run on it):
- the Panama Canal's drought limits on the Reuters wire, straight marks (a cueless headline,
  a dateline's lede reporting before `, the Panama Canal Authority said on Tuesday.`, `The
  authority, known by its Spanish initials ACP, said ...`, `"…," X, the canal's
  administrator, told Reuters ...` with a second sentence in marks, `said ..., but that ...`
  as one report, a scare-quoted "auction window", unnamed `Port officials in Balboa said on
  Monday that ...`, `"…," said X, head of research at Y.` with two more sentences, a
  carrier's `said in an email that ...`, `According to ship-tracking firm Kpler, ...`, an
  unnamed `A spokeswoman for the authority said ...` and then `"…," she said.`, a closing
  `..., according to the authority.`; the government `is paying compensation`: no row);
- a school-library book case in AP style with curly marks (a lede's `ruling that ... “…”`
  for a judge named only in the next paragraph, `wrote that the board had given “…”` beside
  three book titles in marks, `“…,” Fenwick wrote. “…”`, a board's `argued in court filings
  that ... and that ...`, a lawyer's `said during a hearing ... that`, `said Thursday the
  board would ...` and `he told The Associated Press`, a student's report and a quotation
  holding ‘protect the children,’ in nested single marks, a civil-liberties group's `called
  the decision “…”`, a senator's `posted on X that the ruling was “…”` and `He said ...`,
  `She added that ...` for the judge, `Huffman, a retired pharmacist ..., said ...`, a
  closing `..., according to court records.` with no speaker name);
- a sewage-spill fine in Guardian style with single marks (`in what a judge described as
  '…'` for the judge named in the next paragraph, `said the company had ignored '…' from
  ...`, `'…,' she said. '…'` holding engineers' and a nested "background noise", an angler
  who has fished since the '70s with a report holding 'white with dead fish', `'…,' he
  said.`, the next paragraph's quotation with no cue, `The Environment Agency said the fine
  sent '…'`, `According to the agency, ...`, `Campaigners at the charity X said ...` and
  `They said ...`, a nickname ('the Paddle') and a documentary title in single marks, `In a
  statement, the company said ...` and `A spokesperson added: '…'`, `Ofwat, the water
  regulator, said it was examining ... and could impose ...` as one report);
- a football press conference in a sports desk's curly style (a headline's `X: “…”`,
  `accused his players of “hiding”`, `“…,” X said. “…”` split by its attribution, the
  nickname “the Professor”, `The Portuguese ... said ...` for the manager, `the 29-year-old
  said` for the captain, the other manager's quotation holding ‘we’re not going down,’, a
  goalkeeper's `posted on Instagram: “…”`, `told reporters that ...`, `“…,” he added.`, a
  club's `said in a statement on Sunday that ...`, unnamed `Police said ...`, a player's
  `later tweeted: “…”` under his surname, `said he had been “in tears”`, `“…,” Ferreira said,
  before adding that the board had given him its “…”`, `Asked whether ...` and a last
  quotation split by `he said.`);
- an Indian carmaker's results in PTI style with straight marks (a lede reporting Motors'
  profit before `, the company said on Wednesday.`, `it said in a regulatory filing`, a
  closing `, the company said.`, `"…," Managing Director X told analysts on an earnings call.
  "…"` holding won't, `said ... and that ...`, `He added that ...`, a CFO's report and `she
  said` after the man, `Analysts at X wrote in a note that the price war had "…"`, buyers'
  next to a scare-quoted "range anxiety", `According to the Federation of ...`, an unnamed
  `A senior company official ... told PTI that ...`, `The company said in a statement that
  ...`, a named spokeswoman and then `the spokeswoman said`, a dealer's report and `he said`
  after the woman, `..., mainly because of ..., she said.` after her own quotation, Motors'
  and the late '90s);
- a honeybee study in a US science desk's curly style (`researchers reported on Wednesday`
  with no named group, `the authors wrote`, a scare-quoted “waggle dance” beside bees’ and a
  book title, `“…,” said Dr. X, a ... who led the study. “…”`, `Dr. X said ...` and `She
  cautioned that ... and that ...`, a critic's `said in an email that the results were “…”`
  and then `he wrote`, `posted on Bluesky that ...`, a journal's `said in a statement on
  Thursday that ... and that ...`, its editor's `said in the statement`, `Dr. X said she
  ...` and two quotations around `she said`, a city council's `said in a statement that
  ...`, `..., according to the British Beekeepers Association.`, then `Some researchers
  worry that ...`, a belief: no row);
- a record-pressing plant in a long-form feature with curly marks (the nickname “the Beast”,
  dogs’ and the ’90s, `“…,” she said. “…”`, `When I asked how, he said:` opening a
  quotation over three paragraphs, each re-opening the mark and only the last closing it,
  the middle one holding Renata’s and a nested ‘Side B.’, `According to the Recording
  Industry Association of America, ...`, `Szabo said ...`, a song title “Rocket to Lima”
  beside rock ’n’ roll, a granddaughter's `wrote in an email that her grandfather “…”`, `Lavelle
  himself, who died in 1994, once told a local newspaper that ...`, `He said he planned ...`
  and `“…,” Mackey said. “…”`, a last quotation split by `she said.`).
Not rows: scare quotes and terms ("auction window", “waggle dance”, "range anxiety"),
nicknames ('the Paddle', “the Professor”, “the Beast”), titles of works (“The Bluest Eye,”,
“The Kite Runner”, “The Handmaid’s Tale.”, 'Rivers Running Dry', “The Dance Language and
Orientation of Bees”, “Rocket to Lima,”), quotations nested inside quotations (‘protect the
children,’, "background noise", ‘we’re not going down,’, ‘Side B.’), the apostrophes of
canal's, Morrison’s, Hosseini’s, Atwood’s, engineers', '70s, I'd, don't, can't, court's,
company's, won’t, It’s, we’re, Thornbury’s, won't, Motors', buyers', industry's, '90s,
honeybees’, bees’, didn’t, That’s, dogs’, ’90s, Renata’s, doesn’t, rock ’n’ roll, Lavelle’s,
isn’t, they’ve; deeds and beliefs (`lowered the maximum draft`, `pleaded guilty`, `declined
to say`, `declined to comment`, `chant against the club’s American owners`, `is paying
compensation`, `suspected` inside a report, `Some researchers worry that`), `Asked whether he
feared for his job` (a topic), `When I asked how` (the writer's question).
7 articles, 22,169 characters; 115 quotations: direct 51, partial 14, indirect 50.
Annotated by the conventions of the example builder make_news_2020s_holdout32.py and SPEC:
a report holding a quoted fragment gives only the partial row; a plain report going on after
`and that` or `but that` is one row; an indirect span is the reported clause with its leading
`that`; a headline's signer before its colon is the person the story names; a quotation
paragraph with no cue after the speaker's own quotation is that speaker's, with no mention
and no cue; a quotation over several paragraphs gives one row per paragraph, all with the
mention and cue of the paragraph that opens it; a spokesperson speaks for the body named
inside or beside the role; unnamed sources (`Port officials`, `researchers`, `the authors`,
`A senior company official`) have no speaker name; honorifics and titles stay out of the
canonical name (`Dr.`, `Judge`, `State Sen.`, `Managing Director`).
All people are invented (Rodrigo Almanza, Ingrid Solberg, Marisol Fenwick, Ray Whitlock,
Dale Huffman, Priya Raman, Roy Gaither, Helen Marchetti, Tom Beddoes, Luca Ferreira, Jordan
Ekwueme, Sol Adeyemi, Callum Reid, Gareth Pryce, Ryan Mottram, Marcus Bell, Anand Kulkarni,
Meera Iyer, Nandita Rao, Vikram Deshpande, Milo, Leilani Ortega, Hamish Kerr, Tobias Brandt,
Rosalind Achterberg, Renata Szabo, Earl Mackey, Sonny Lavelle, Tamsin Lavelle and the
Reuters bylines), and so are Skagen Maritime, Nordhavn Line, the Cedar Fork County Board of
Education, Wessmoor Water, the Ashcombe works and Angling Club, the River Wend, Thornbury
Athletic, Kelham City, Wexley Town, Ashby, Sahyadri Motors, Konkan Capital, the journal
Insect Behaviour & Ecology, Gem City Pressing and every quotation and figure; the real
bodies and places (the Panama Canal Authority, Kpler, the American Civil Liberties Union of
Tennessee, the Environment Agency, River Action, Channel 4, the Federation of Automobile
Dealers Associations, PTI, the University of Bristol, the University of Guelph, the
University of Würzburg, Bristol City Council, Ofwat, the British Beekeepers Association, the
Recording Industry Association of America) are given invented words.

Built with make_news_2020s.py's helpers, as the other sets are (the writer's own copy of
them, identical, was replaced by the import when the set was committed). Each quotation is written as (quote, kind, speaker, mention, cue):
- quote: the exact words (direct and partial: strictly between the marks; indirect: the
  reported clause with its leading `that`); found in the text in order.
- speaker: the canonical name (the entity's fullest name in the text, without titles) or
  None when the text names nobody who can be the speaker.
- mention, cue: the words as written; the whole-word occurrence nearest to the quotation
  (outside it) is taken; `(words, n)` takes the n-th occurrence in the text (1-based).
Offsets are 0-based code points, end exclusive, as in the PolNeAR JSONL the scorer reads.

usage: make_news_2020s_holdout34.py [OUT.jsonl]   (default: news_2020s_holdout34.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc


doc("h34-canal", """\
Panama Canal to cut daily transits as drought drains Gatun Lake

PANAMA CITY, Feb 10 (Reuters) - The Panama Canal will cut the number of vessels allowed through its locks each day to 28 from 36 starting on March 1 because water in Gatun Lake has fallen to its lowest February level in a decade, the Panama Canal Authority said on Tuesday.

The authority, known by its Spanish initials ACP, said rainfall in the canal's watershed had been 41% below average since October. The lake stood at 79.6 feet on Monday, more than five feet below the level at which the canal can run at full capacity. It also lowered the maximum draft for ships using the older Panamax locks by two feet, a move that forces many vessels to sail with less cargo or to unload part of it on the Pacific side and send it on by rail.

"We are managing every drop of water that falls in this basin," Rodrigo Almanza, the canal's administrator, told Reuters in an interview at the authority's offices in Balboa. "The limits are painful for our customers, but running the lake dry in April would be far worse for everyone, including the people of Panama who drink from it."

Almanza said the authority hoped to lift the limits once the rainy season began in May, but that a reservoir planned on the Indio River would not hold water before 2030. He declined to say how much toll revenue the canal expected to lose this year. Panama's government is paying compensation to about 2,000 families who will have to move when the valley is flooded.

Ships without a booking must now bid for one of a handful of daily slots in the canal's "auction window", where winning bids have topped $2.5 million this year. Port officials in Balboa said on Monday that 118 vessels were waiting at anchor on both sides of the waterway, up from 71 a week earlier. Some of those ships had been waiting for more than nine days, the longest delays since the drought of 2023 and 2024.

"Every day a ship sits at anchor costs its owner $40,000 to $60,000," said Ingrid Solberg, head of research at Oslo shipbroker Skagen Maritime. "Some of these owners will simply not come back to Panama this year. They will go around the Cape or through Suez, and once they have rebuilt their schedules they will stay there."

Danish carrier Nordhavn Line said in an email that it would add a surcharge of $300 per container on cargo routed through Panama from March 15. According to ship-tracking firm Kpler, just three liquefied natural gas tankers crossed the canal in January, against 31 in the same month of 2023, as U.S. exporters sent their cargoes to Asia by other routes. Most now sail to Japan and South Korea around Africa's southern tip, a voyage that adds about two weeks.

A spokeswoman for the authority said the ACP would review the limits every two weeks and publish any change at least 21 days before it took effect. "Nobody who reads our water reports should be surprised by this," she said.

The canal, which handles about 5% of the world's seaborne trade, earned $4.9 billion in the fiscal year to September, according to the authority. Each ship that passes through the locks uses about 50 million gallons of fresh water, which flows out to sea.

(Reporting by Elena Cordero in Panama City and Nils Aasen in Oslo; Editing by Louise Harker)""", [
    # the headline has no cue: no row; the lede's report ends before the cue
    ("The Panama Canal will cut the number of vessels allowed through its locks each day to 28 from 36 starting on March 1 because water in Gatun Lake has fallen to its lowest February level in a decade",
     I, "Panama Canal Authority", "the Panama Canal Authority", "said"),
    # `The authority` for the Panama Canal Authority; `lowered`: a deed, no row
    ("rainfall in the canal's watershed had been 41% below average since October", I,
     "Panama Canal Authority", "The authority", "said"),
    ("We are managing every drop of water that falls in this basin,", D, "Rodrigo Almanza",
     "Rodrigo Almanza", "told"),
    ("The limits are painful for our customers, but running the lake dry in April would be far worse for everyone, including the people of Panama who drink from it.",
     D, "Rodrigo Almanza", "Rodrigo Almanza", "told"),
    # a plain report going on after `but that`: one row; `declined to say`: no row
    ("the authority hoped to lift the limits once the rainy season began in May, but that a reservoir planned on the Indio River would not hold water before 2030",
     I, "Rodrigo Almanza", "Almanza", "said"),
    # "auction window": a term, no row; officials never named
    ("that 118 vessels were waiting at anchor on both sides of the waterway, up from 71 a week earlier",
     I, None, "Port officials", "said"),
    ("Every day a ship sits at anchor costs its owner $40,000 to $60,000,", D, "Ingrid Solberg",
     "Ingrid Solberg", "said"),
    ("Some of these owners will simply not come back to Panama this year. They will go around the Cape or through Suez, and once they have rebuilt their schedules they will stay there.",
     D, "Ingrid Solberg", "Ingrid Solberg", ("said", 5)),
    # a written cue: `said in an email`
    ("that it would add a surcharge of $300 per container on cargo routed through Panama from March 15",
     I, "Nordhavn Line", "Danish carrier Nordhavn Line", "said"),
    ("just three liquefied natural gas tankers crossed the canal in January, against 31 in the same month of 2023, as U.S. exporters sent their cargoes to Asia by other routes",
     I, "Kpler", "ship-tracking firm Kpler", "According to"),
    # an unnamed spokeswoman speaks for the body beside her role
    ("the ACP would review the limits every two weeks and publish any change at least 21 days before it took effect",
     I, "Panama Canal Authority", "A spokeswoman for the authority", "said"),
    ("Nobody who reads our water reports should be surprised by this,", D,
     "Panama Canal Authority", "she", "said"),
    ("The canal, which handles about 5% of the world's seaborne trade, earned $4.9 billion in the fiscal year to September",
     I, "Panama Canal Authority", "the authority", "according to"),
])

doc("h34-library-books", """\
Judge orders Tennessee school district to return 14 removed books to library shelves

NASHVILLE, Tenn. (AP) — A federal judge on Thursday ordered a rural Tennessee school district to put 14 books back on its library shelves, ruling that the school board had pulled them “because board members disliked the ideas inside them.”

In a 38-page opinion, U.S. District Judge Marisol Fenwick wrote that the Cedar Fork County Board of Education had given “shifting and contradictory explanations” for removing the books, which include Toni Morrison’s “The Bluest Eye,” Khaled Hosseini’s “The Kite Runner” and Margaret Atwood’s “The Handmaid’s Tale.” Nine of the 14 titles were written by women.

“A school library is not a reading list handed down by the government,” Fenwick wrote. “It is the one room in the building where a student can go looking for what the curriculum leaves out.” She added that the board had kept no minutes of the closed session at which the removals were first discussed.

The board argued in court filings that the books contained material unsuitable for children under a 2024 state law and that its members had acted within their authority. The law lets any parent in the state ask for a book to be reviewed and requires a decision within 60 days. Ray Whitlock, a lawyer for the board, said during a hearing in December that no student had been barred from reading the books at the public library or at home.

Board chairman Dale Huffman said Thursday the board would appeal to the 6th U.S. Circuit Court of Appeals. “We were elected by the parents of this county to make these calls, not a judge in Nashville,” he told The Associated Press in a phone interview. Huffman, a retired pharmacist who has served on the board since 2016, said the district would comply with the order while the appeal goes forward.

The lawsuit was filed last spring by four students and their parents with the help of civil liberties lawyers. One of the students, 16-year-old Priya Raman, said she first noticed the gap on the shelf when she went looking for a novel her older sister had recommended. Her mother, a nurse at the county hospital, joined the lawsuit a week later.

“The adults keep saying ‘protect the children,’ but nobody ever asked the children,” Raman said after the ruling, standing outside the federal courthouse with her mother. “We’re the ones who actually read the books.”

In a statement, the American Civil Liberties Union of Tennessee called the decision “a clear win for the First Amendment and for every student in Cedar Fork County.” State Sen. Roy Gaither, a Republican who sponsored the 2024 law, posted on X that the ruling was “judicial activism, plain and simple.” He said lawmakers would consider tightening the statute when the legislature returns in January.

Librarians in the district have kept the returned copies in a locked cabinet since the books were pulled in 2024, according to court records. Fenwick gave the board 30 days to put them back. Her order does not cover classroom reading lists, which are set by teachers. The district, about 90 miles east of Nashville, has roughly 4,800 students in nine schools, and its high school library holds about 11,000 books.""", [
    # a report holding a fragment: the partial row only; the judge is named after it
    ("because board members disliked the ideas inside them.", P, "Marisol Fenwick",
     "A federal judge", "ruling"),
    # the three titles in marks (Handmaid’s inside one): no rows
    ("shifting and contradictory explanations", P, "Marisol Fenwick", "Marisol Fenwick",
     "wrote"),
    ("A school library is not a reading list handed down by the government,", D,
     "Marisol Fenwick", "Fenwick", "wrote"),
    ("It is the one room in the building where a student can go looking for what the curriculum leaves out.",
     D, "Marisol Fenwick", "Fenwick", "wrote"),
    ("that the board had kept no minutes of the closed session at which the removals were first discussed",
     I, "Marisol Fenwick", "She", "added"),
    # `The board` for the Cedar Fork County Board of Education; `and that`: one row
    ("that the books contained material unsuitable for children under a 2024 state law and that its members had acted within their authority",
     I, "Cedar Fork County Board of Education", "The board", "argued"),
    ("that no student had been barred from reading the books at the public library or at home",
     I, "Ray Whitlock", "Ray Whitlock", "said"),
    ("the board would appeal to the 6th U.S. Circuit Court of Appeals", I, "Dale Huffman",
     "Dale Huffman", "said"),
    ("We were elected by the parents of this county to make these calls, not a judge in Nashville,",
     D, "Dale Huffman", "he", "told"),
    ("the district would comply with the order while the appeal goes forward", I,
     "Dale Huffman", "Huffman", "said"),
    ("she first noticed the gap on the shelf when she went looking for a novel her older sister had recommended",
     I, "Priya Raman", "Priya Raman", "said"),
    # ‘protect the children,’ nested inside: part of the outer row
    ("The adults keep saying ‘protect the children,’ but nobody ever asked the children,", D,
     "Priya Raman", "Raman", "said"),
    ("We’re the ones who actually read the books.", D, "Priya Raman", "Raman", "said"),
    ("a clear win for the First Amendment and for every student in Cedar Fork County.", P,
     "American Civil Liberties Union of Tennessee",
     "the American Civil Liberties Union of Tennessee", "called"),
    ("judicial activism, plain and simple.", P, "Roy Gaither", "Roy Gaither", "posted"),
    ("lawmakers would consider tightening the statute when the legislature returns in January",
     I, "Roy Gaither", "He", "said"),
    ("Librarians in the district have kept the returned copies in a locked cabinet since the books were pulled in 2024",
     I, None, "court records", "according to"),
])

doc("h34-sewage-fine", """\
Water company fined £4.2m after sewage spill killed thousands of fish in Somerset river

A water company has been fined £4.2m after raw sewage poured into a Somerset river for almost three days, killing more than 10,000 fish, in what a judge described as 'a wholly avoidable disaster'. It is one of the largest penalties imposed on a water firm in England for a single incident.

Wessmoor Water pleaded guilty at Bristol crown court to breaching its environmental permit at the Ashcombe treatment works in June 2024. Sentencing on Friday, Judge Helen Marchetti said the company had ignored 'repeated, documented warnings' from its own engineers that a pump at the works was failing. The spill sent an estimated 120m litres of untreated waste into the River Wend, a chalk stream that feeds the Parrett, and the company did not report it to the regulator until 11 hours after it began.

'This was not an act of God,' she said. 'It was the predictable result of a company that treated its engineers' reports as "background noise" and its river as a drain.'

Tom Beddoes, 67, who has fished the Wend since the '70s and chairs the Ashcombe Angling Club, said he had walked down to the river on the Sunday morning to find the water 'white with dead fish'. 'Roach, chub, dace, a few brown trout. I'd never seen anything like it in my life,' he said.

'The club has lost nearly half its members since. People don't want to sit by a river they think is poisoned, and I can't say I blame them.'

The Environment Agency said the fine sent 'a clear message to every water company in the country'. According to the agency, firms in England discharged sewage into rivers and seas for more than 3.6m hours in 2024, and serious pollution incidents rose by almost a third. The figures come from monitors now fitted to almost every storm overflow in the country.

Campaigners at the charity River Action said the penalty amounted to less than a week of the company's operating profit. They said ministers should give the regulator the power to ban bonuses for water company bosses whose firms broke the law. The group has been running its own water tests on the Wend every fortnight since the spill.

Ofwat, the water regulator, said it was examining whether Wessmoor had broken the terms of its licence and could impose a further penalty of up to 10% of the company's turnover.

The stretch below Ashcombe, known to generations of local children as 'the Paddle', featured in the Channel 4 documentary 'Rivers Running Dry' last year, which followed volunteers testing the water every week for a summer. Fishing on the stretch remains closed until at least the spring. Pupils from Ashcombe primary school used to be taken there every July to look for freshwater shrimp and mayfly larvae.

In a statement, the company said it accepted the court's decision in full and had since replaced every pump at the Ashcombe works. A spokesperson added: 'We are truly sorry for the harm this caused to the Wend and to the people who love it. We have invested £18m at Ashcombe and we are determined that this will never happen again.'""", [
    # a fragment; `a judge` is named in the next paragraph
    ("a wholly avoidable disaster", P, "Helen Marchetti", "a judge", "described"),
    # `pleaded guilty`: a deed, no row; a report holding a fragment: the partial row only
    ("repeated, documented warnings", P, "Helen Marchetti", "Helen Marchetti", "said"),
    ("This was not an act of God,", D, "Helen Marchetti", "she", "said"),
    # engineers' closes nothing; "background noise" nested inside: part of the outer row
    ("It was the predictable result of a company that treated its engineers' reports as \"background noise\" and its river as a drain.",
     D, "Helen Marchetti", "she", "said"),
    # '70s opens nothing; a report holding a fragment: the partial row only
    ("white with dead fish", P, "Tom Beddoes", "Tom Beddoes", "said"),
    ("Roach, chub, dace, a few brown trout. I'd never seen anything like it in my life,", D,
     "Tom Beddoes", "he", "said"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("The club has lost nearly half its members since. People don't want to sit by a river they think is poisoned, and I can't say I blame them.",
     D, "Tom Beddoes", None, None),
    ("a clear message to every water company in the country", P, "Environment Agency",
     "The Environment Agency", "said"),
    ("firms in England discharged sewage into rivers and seas for more than 3.6m hours in 2024, and serious pollution incidents rose by almost a third",
     I, "Environment Agency", "the agency", "According to"),
    # a body inside `Campaigners at the charity X` speaks; then `They`
    ("the penalty amounted to less than a week of the company's operating profit", I,
     "River Action", "Campaigners at the charity River Action", "said"),
    ("ministers should give the regulator the power to ban bonuses for water company bosses whose firms broke the law",
     I, "River Action", "They", "said"),
    ("it was examining whether Wessmoor had broken the terms of its licence and could impose a further penalty of up to 10% of the company's turnover",
     I, "Ofwat", "Ofwat", "said"),
    # 'the Paddle' (a nickname) and 'Rivers Running Dry' (a title): no rows
    # `the company` for Wessmoor Water
    ("it accepted the court's decision in full and had since replaced every pump at the Ashcombe works",
     I, "Wessmoor Water", "the company", "said"),
    ("We are truly sorry for the harm this caused to the Wend and to the people who love it. We have invested £18m at Ashcombe and we are determined that this will never happen again.",
     D, "Wessmoor Water", "A spokesperson", "added"),
])

doc("h34-derby-collapse", """\
Ferreira: “We were soft, and soft teams go down”

Thornbury Athletic manager Luca Ferreira accused his players of “hiding” after they threw away a two-goal lead to lose 3-2 at home to Kelham City on Saturday, a result that leaves Thornbury one point above the Championship relegation zone with nine games left. Ferreira, appointed in the summer after four seasons coaching in Portugal, has won only one of his last eight league matches.

“We were soft,” Ferreira said. “Simple as that. At 2-0 you have to kill the game, and we invited them back into it.”

The Portuguese, nicknamed “the Professor” by supporters for his touchline lectures, said he would not name the players he held responsible. “I won’t do that in public,” he said. “But they know. I looked in their eyes in the dressing room and they know.” Ferreira, 44, spent several minutes at the start of his news conference going through the goals on a tablet.

Captain Jordan Ekwueme, who scored the opener with a header from a corner, said the squad had let down the 21,000 supporters who had stayed until the final whistle. “Two-nil up at home in a derby and we lose,” the 29-year-old said. “It’s not good enough. Nobody in that room is going to make excuses.” Winger Sol Adeyemi, 19, making his first league start, said he had been “in tears” at the final whistle.

Kelham scored twice in the last 11 minutes, through a deflected shot from substitute Callum Reid and a stoppage-time header from defender Marcus Bell. “We kept believing,” said Kelham manager Gareth Pryce, whose side have now won four in a row. “When our fans started singing ‘we’re not going down,’ I told the bench to push everyone forward and take the risk.” The win lifted Kelham to 14th, six points clear of Thornbury.

Thornbury goalkeeper Ryan Mottram, who fumbled a long-range shot for the equaliser, posted on Instagram late on Saturday: “That one is on me. I will be better, and I will make it up to you.” Ferreira told reporters that Mottram would keep his place for Tuesday’s trip to Ashby. “One mistake does not make a bad goalkeeper,” he added. Mottram, 23, is in his first full season as the club’s number one after joining from non-league Wexley Town.

Outside the ground, about 200 supporters gathered after the final whistle to chant against the club’s American owners. “The supporters have every right to be angry,” Ferreira said, before adding that the board had given him its “full backing” in a phone call on Saturday night.

Thornbury said in a statement on Sunday that it had identified two supporters who threw coins at the Kelham bench and would ban them from the ground for life. Police said a 34-year-old man had been arrested on suspicion of throwing a missile. Bell, who was hit on the arm by one of the coins, later tweeted: “All good, just a bruise. Great away end today, thank you for the noise.”

Asked whether he feared for his job, Ferreira smiled. “Every manager fears for his job,” he said. “The ones who tell you they don’t are lying to you.” Thornbury’s next three matches are all against sides in the top six.""", [
    # a headline's signer before its colon
    ("We were soft, and soft teams go down", D, "Luca Ferreira", "Ferreira", None),
    ("hiding", P, "Luca Ferreira", "Luca Ferreira", "accused"),
    # one quotation split by its attribution: two rows
    ("We were soft,", D, "Luca Ferreira", "Ferreira", "said"),
    ("Simple as that. At 2-0 you have to kill the game, and we invited them back into it.", D,
     "Luca Ferreira", "Ferreira", "said"),
    # “the Professor”: a nickname, no row; `The Portuguese` for the manager
    ("he would not name the players he held responsible", I, "Luca Ferreira", "The Portuguese",
     "said"),
    ("I won’t do that in public,", D, "Luca Ferreira", "he", "said"),
    ("But they know. I looked in their eyes in the dressing room and they know.", D,
     "Luca Ferreira", "he", "said"),
    ("the squad had let down the 21,000 supporters who had stayed until the final whistle", I,
     "Jordan Ekwueme", "Jordan Ekwueme", "said"),
    ("Two-nil up at home in a derby and we lose,", D, "Jordan Ekwueme", "the 29-year-old",
     "said"),
    ("It’s not good enough. Nobody in that room is going to make excuses.", D, "Jordan Ekwueme",
     "the 29-year-old", "said"),
    ("in tears", P, "Sol Adeyemi", "Sol Adeyemi", "said"),
    ("We kept believing,", D, "Gareth Pryce", "Gareth Pryce", "said"),
    # ‘we’re not going down,’ nested inside: part of the outer row
    ("When our fans started singing ‘we’re not going down,’ I told the bench to push everyone forward and take the risk.",
     D, "Gareth Pryce", "Gareth Pryce", "said"),
    ("That one is on me. I will be better, and I will make it up to you.", D, "Ryan Mottram",
     "Ryan Mottram", "posted"),
    ("that Mottram would keep his place for Tuesday’s trip to Ashby", I, "Luca Ferreira",
     "Ferreira", "told"),
    ("One mistake does not make a bad goalkeeper,", D, "Luca Ferreira", "he", "added"),
    ("The supporters have every right to be angry,", D, "Luca Ferreira", "Ferreira", "said"),
    # a report holding a fragment: the partial row only
    ("full backing", P, "Luca Ferreira", "Ferreira", "adding"),
    ("that it had identified two supporters who threw coins at the Kelham bench and would ban them from the ground for life",
     I, "Thornbury Athletic", "Thornbury", ("said", 9)),
    ("a 34-year-old man had been arrested on suspicion of throwing a missile", I, None,
     "Police", "said"),
    ("All good, just a bruise. Great away end today, thank you for the noise.", D,
     "Marcus Bell", "Bell", "tweeted"),
    # `Asked whether ...`: a topic, no row; `smiled`: no row
    ("Every manager fears for his job,", D, "Luca Ferreira", "he", "said"),
    ("The ones who tell you they don’t are lying to you.", D, "Luca Ferreira", "he", "said"),
])

doc("h34-sahyadri-q3", """\
Sahyadri Motors Q3 profit falls 18% as EV price war squeezes margins

New Delhi, Feb 4 (PTI) Sahyadri Motors' consolidated net profit fell 18 per cent to Rs 1,142 crore in the December quarter as deep discounts on electric scooters and higher steel prices ate into margins, the company said on Wednesday. The stock had fallen nearly 9 per cent in the week before the results.

The Pune-based company had posted a net profit of Rs 1,393 crore in the October-December period of FY25, it said in a regulatory filing. Revenue from operations rose 6 per cent to Rs 24,870 crore, helped by strong sales of its 125cc petrol motorcycles in rural markets. Its export volumes to Africa and Latin America rose 14 per cent, the company said.

"The quarter was tough, and we won't pretend otherwise," Managing Director Anand Kulkarni told analysts on an earnings call. "Every player in the market is cutting prices on electric two-wheelers. We chose to protect our volumes and our dealers."

Kulkarni said the company would launch three new electric scooters before the festive season and that its new plant at Chakan would start production in the first quarter of FY27. He added that the board had approved capital expenditure of Rs 3,500 crore over the next two years, most of it for batteries and software.

Chief Financial Officer Meera Iyer said the EBITDA margin narrowed to 9.8 per cent from 12.1 per cent a year earlier. "We expect the first half of next year to stay competitive. But the worst of the discounting is behind us," she said. Raw material costs rose about 4 per cent from the previous quarter, mainly because of steel and aluminium, she said.

Analysts at Konkan Capital wrote in a note that the price war had "further to run" and cut their target price on the stock to Rs 2,650. First-time buyers' "range anxiety", the fear of running out of charge between towns, remains the industry's biggest hurdle outside the metros. Public charging points have roughly doubled in two years, but most are still in the eight largest cities.

Vikram Deshpande, who runs two Sahyadri showrooms in Nashik, said enquiries had picked up since the new models were announced. "People walk in, look at the price, and tell me they will come back after Diwali," he said.

According to the Federation of Automobile Dealers Associations, registrations of electric two-wheelers rose 21 per cent to 3.4 lakh units in the quarter, while petrol scooter sales were flat. Electric models now make up about 6 per cent of all two-wheelers sold in India.

A senior company official, who did not wish to be named, told PTI that Sahyadri was in talks with two battery makers about a joint venture for cells. The company said in a statement later on Wednesday that its board had declared an interim dividend of Rs 6 per share. Company spokeswoman Nandita Rao declined to comment on the battery talks. "We do not comment on market speculation," the spokeswoman said.

Sahyadri Motors' shares closed 3.2 per cent lower at Rs 2,811 apiece on the BSE. The company, which started out assembling mopeds in a Pune garage in the late '90s, now sells more than 2 lakh vehicles a month.""", [
    ("Sahyadri Motors' consolidated net profit fell 18 per cent to Rs 1,142 crore in the December quarter as deep discounts on electric scooters and higher steel prices ate into margins",
     I, "Sahyadri Motors", "the company", "said"),
    # `it` for the company
    ("The Pune-based company had posted a net profit of Rs 1,393 crore in the October-December period of FY25",
     I, "Sahyadri Motors", "it", "said"),
    ("Its export volumes to Africa and Latin America rose 14 per cent", I, "Sahyadri Motors",
     "the company", "said"),
    # won't closes nothing
    ("The quarter was tough, and we won't pretend otherwise,", D, "Anand Kulkarni",
     "Anand Kulkarni", "told"),
    ("Every player in the market is cutting prices on electric two-wheelers. We chose to protect our volumes and our dealers.",
     D, "Anand Kulkarni", "Anand Kulkarni", "told"),
    ("the company would launch three new electric scooters before the festive season and that its new plant at Chakan would start production in the first quarter of FY27",
     I, "Anand Kulkarni", "Kulkarni", "said"),
    ("that the board had approved capital expenditure of Rs 3,500 crore over the next two years, most of it for batteries and software",
     I, "Anand Kulkarni", "He", "added"),
    ("the EBITDA margin narrowed to 9.8 per cent from 12.1 per cent a year earlier", I,
     "Meera Iyer", "Meera Iyer", "said"),
    # `she` after a man spoke
    ("We expect the first half of next year to stay competitive. But the worst of the discounting is behind us,",
     D, "Meera Iyer", "she", "said"),
    ("Raw material costs rose about 4 per cent from the previous quarter, mainly because of steel and aluminium", I, "Meera Iyer",
     "she", ("said", 6)),
    # a report holding a fragment: the partial row only; a body inside `Analysts at X`
    ("further to run", P, "Konkan Capital", "Analysts at Konkan Capital", "wrote"),
    # buyers' closes nothing; "range anxiety": a term, no row
    ("enquiries had picked up since the new models were announced", I, "Vikram Deshpande",
     "Vikram Deshpande", "said"),
    ("People walk in, look at the price, and tell me they will come back after Diwali,", D,
     "Vikram Deshpande", "he", "said"),
    ("registrations of electric two-wheelers rose 21 per cent to 3.4 lakh units in the quarter, while petrol scooter sales were flat",
     I, "Federation of Automobile Dealers Associations",
     "the Federation of Automobile Dealers Associations", "According to"),
    # never named
    ("that Sahyadri was in talks with two battery makers about a joint venture for cells", I,
     None, "A senior company official", "told"),
    ("that its board had declared an interim dividend of Rs 6 per share", I, "Sahyadri Motors",
     "The company", "said"),
    # `declined to comment`: no row; `the spokeswoman`: the role the text gave Nandita Rao
    ("We do not comment on market speculation,", D, "Nandita Rao", "the spokeswoman", "said"),
    # Motors' and '90s close and open nothing
])

doc("h34-bee-dances", """\
Streetlights may scramble honeybees’ dances, study suggests

Honeybees that forage near bright city lights make more mistakes in the dances they use to guide hive-mates to food, researchers reported on Wednesday, a finding that could help explain falling honey yields in some urban apiaries.

The study, published in the journal Insect Behaviour & Ecology, filmed more than 4,000 dances in 36 hives around Bristol, England, over two summers. Bees in hives within 50 meters of LED streetlights signaled the direction of food with an average error of 27 degrees, compared with 11 degrees for bees kept at darker sites, the authors wrote. Hives were matched for colony size at the start of each season.

The bees’ “waggle dance,” a figure-eight run in which the angle of the straight stretch points to nectar relative to the sun, was first decoded by the Austrian zoologist Karl von Frisch, whose book “The Dance Language and Orientation of Bees” remains a standard text.

“We didn’t expect the effect to be this large,” said Dr. Leilani Ortega, a behavioral ecologist at the University of Bristol who led the study. “A bee that gets the angle wrong by 27 degrees can send her sisters to a patch of bare pavement 300 meters from the flowers.”

Dr. Ortega said the team suspected that artificial light disturbed the bees’ internal clocks, which they use to correct their dances for the movement of the sun across the sky. She cautioned that the study showed only a correlation and that experiments in which the lights are switched on and off were now underway. The team plans to repeat the work this summer in Lisbon and Nairobi, where the sun follows a different path across the sky.

Light pollution has already been linked to declines in moths and fireflies, and several councils in England have begun dimming streetlights after midnight to save money. Bristol City Council said in a statement that it had no plans to change its lighting because of the study.

Dr. Hamish Kerr, an entomologist at the University of Guelph in Ontario who was not involved in the research, said in an email that the results were “intriguing but not yet convincing.” “City hives also differ in temperature, pollution and the flowers available to them,” he wrote. “Teasing out the light alone is very hard.”

Dr. Tobias Brandt, a bee researcher at the University of Würzburg, posted on Bluesky that the darker sites were mostly on farms and so not a fair comparison. The journal said in a statement on Thursday that the paper had been assessed by three independent reviewers and that the authors had shared their raw video with the editors. “Robust debate about published findings is welcome,” the journal’s editor in chief, Dr. Rosalind Achterberg, said in the statement.

Dr. Ortega said she welcomed the scrutiny. “If we’re wrong, the next experiment will show it,” she said. “That’s the whole point.”

Urban beekeeping has boomed in Britain: the number of registered hives in London more than doubled between 2008 and 2023, according to the British Beekeepers Association. Some researchers worry that cities now hold more hives than their parks and gardens can feed.""", [
    # honeybees’ closes nothing; researchers never named as a group
    ("Honeybees that forage near bright city lights make more mistakes in the dances they use to guide hive-mates to food",
     I, None, "researchers", "reported"),
    ("Bees in hives within 50 meters of LED streetlights signaled the direction of food with an average error of 27 degrees, compared with 11 degrees for bees kept at darker sites",
     I, None, "the authors", "wrote"),
    # bees’ closes nothing; “waggle dance,” (a term) and the book's title: no rows
    ("We didn’t expect the effect to be this large,", D, "Leilani Ortega", "Leilani Ortega",
     "said"),
    ("A bee that gets the angle wrong by 27 degrees can send her sisters to a patch of bare pavement 300 meters from the flowers.",
     D, "Leilani Ortega", "Leilani Ortega", ("said", 1)),
    # `suspected` inside the report: part of it
    ("the team suspected that artificial light disturbed the bees’ internal clocks, which they use to correct their dances for the movement of the sun across the sky",
     I, "Leilani Ortega", ("Dr. Ortega", 1), "said"),
    ("that the study showed only a correlation and that experiments in which the lights are switched on and off were now underway",
     I, "Leilani Ortega", "She", "cautioned"),
    ("that it had no plans to change its lighting because of the study", I,
     "Bristol City Council", "Bristol City Council", "said"),
    # a written cue: `said in an email`; a report holding a fragment: the partial row only
    ("intriguing but not yet convincing.", P, "Hamish Kerr", "Hamish Kerr", "said"),
    ("City hives also differ in temperature, pollution and the flowers available to them,", D,
     "Hamish Kerr", "he", "wrote"),
    ("Teasing out the light alone is very hard.", D, "Hamish Kerr", "he", "wrote"),
    ("that the darker sites were mostly on farms and so not a fair comparison", I,
     "Tobias Brandt", "Tobias Brandt", "posted"),
    # `The journal` for Insect Behaviour & Ecology; `and that`: one row
    ("that the paper had been assessed by three independent reviewers and that the authors had shared their raw video with the editors",
     I, "Insect Behaviour & Ecology", "The journal", "said"),
    ("Robust debate about published findings is welcome,", D, "Rosalind Achterberg",
     "Rosalind Achterberg", "said"),
    ("she welcomed the scrutiny", I, "Leilani Ortega", ("Dr. Ortega", 2), "said"),
    ("If we’re wrong, the next experiment will show it,", D, "Leilani Ortega", "she", "said"),
    ("That’s the whole point.", D, "Leilani Ortega", "she", "said"),
    ("the number of registered hives in London more than doubled between 2008 and 2023", I,
     "British Beekeepers Association", "the British Beekeepers Association", "according to"),
])

doc("h34-pressing-plant", """\
The loudest room in Dayton

The first thing you notice at Gem City Pressing is the heat. The second is the noise: a rhythmic hiss and thump from six steam-driven presses, the oldest of which the staff call “the Beast” and which was built in Hamburg in 1969. Two shop dogs’ beds sit by the loading door, as far from the steam as they can get, and a radio on a filing cabinet plays whatever the last customer left in it. On a good day the plant turns out 4,000 records; on a bad one, the floor is covered in black plastic.

Renata Szabo, 47, bought the building, a former dry cleaner on Dayton’s east side, in 2019 with money she had saved from two decades of drumming in punk bands that toured the Midwest in the ’90s. She had no idea how to make a record, and learned from online videos, a retired engineer in Nashville who answered her emails, and a great deal of trial and error. “I knew how to play on one,” she said. “That was about it.”

Her father-in-law, Earl Mackey, 74, spent 31 years as a tool-and-die maker at a General Motors plant in Moraine before it closed in 2008. He rebuilt the Beast almost part by part, working from photocopied German manuals and a parts diagram he found on an online forum. When I asked how, he said:

“Nobody makes these parts anymore, so you make them. I had a lathe in my garage and a lot of time on my hands after the plant shut, and I was too stubborn to let a machine beat me.

“The first year I ruined more records than we sold. Warped ones, ones that skipped, ones with Renata’s thumbprint right in the middle of ‘Side B.’ We threw them in a dumpster out back, and the neighbors’ kids fished them out and sold them at the flea market.

“But a machine is just a machine. It doesn’t care how old it is, as long as somebody listens to it.”

Demand has not let up. According to the Recording Industry Association of America, vinyl records brought in $1.4 billion in the United States in 2024, more than CDs and digital downloads combined, and the country’s few dozen pressing plants have struggled to keep pace.

Szabo said the plant now had a waiting list of about five months. Most of the orders come from local bands, but the shelf by the door holds test pressings of a reissue of “Rocket to Lima,” a 1958 rock ’n’ roll single by the Dayton singer Sonny Lavelle. Lavelle’s granddaughter, Tamsin Lavelle, who licensed the reissue, wrote in an email that her grandfather “would have laughed himself silly” at the thought of his record selling out again. Lavelle himself, who died in 1994, once told a local newspaper that he had recorded the song in a single take because the studio charged by the hour.

Mackey still comes in four mornings a week and keeps a notebook of every fault the Beast has ever had. He said he planned to hand it to Szabo’s 19-year-old son, Milo, who has started working weekends at the plant. “He has the ears for it,” Mackey said. “You can hear a bad record before you ever see it.”

Late in the afternoon, with the Beast finally cooling, Szabo walked me to the door. “People think vinyl is nostalgia,” she said. “For the kids who come in here, it isn’t. It’s the first thing they’ve ever owned that they can hold in their hands.”""", [
    # “the Beast”: a nickname, no row; dogs’ and ’90s close and open nothing
    ("I knew how to play on one,", D, "Renata Szabo", "she", "said"),
    ("That was about it.", D, "Renata Szabo", "she", "said"),
    # one quotation over three paragraphs, opened after `he said:` in the paragraph before
    ("Nobody makes these parts anymore, so you make them. I had a lathe in my garage and a lot of time on my hands after the plant shut, and I was too stubborn to let a machine beat me.",
     D, "Earl Mackey", ("he", 2), ("said", 2)),
    # Renata’s closes nothing; ‘Side B.’ nested inside: part of the outer row
    ("The first year I ruined more records than we sold. Warped ones, ones that skipped, ones with Renata’s thumbprint right in the middle of ‘Side B.’ We threw them in a dumpster out back, and the neighbors’ kids fished them out and sold them at the flea market.",
     D, "Earl Mackey", ("he", 2), ("said", 2)),
    ("But a machine is just a machine. It doesn’t care how old it is, as long as somebody listens to it.",
     D, "Earl Mackey", ("he", 2), ("said", 2)),
    ("vinyl records brought in $1.4 billion in the United States in 2024, more than CDs and digital downloads combined, and the country’s few dozen pressing plants have struggled to keep pace",
     I, "Recording Industry Association of America",
     "the Recording Industry Association of America", "According to"),
    ("the plant now had a waiting list of about five months", I, "Renata Szabo", "Szabo",
     "said"),
    # “Rocket to Lima,”: a title, no row; rock ’n’ roll; a report holding a fragment
    ("would have laughed himself silly", P, "Tamsin Lavelle", "Tamsin Lavelle", "wrote"),
    ("that he had recorded the song in a single take because the studio charged by the hour",
     I, "Sonny Lavelle", "Lavelle", "told"),
    ("he planned to hand it to Szabo’s 19-year-old son, Milo, who has started working weekends at the plant",
     I, "Earl Mackey", ("He", 2), "said"),
    ("He has the ears for it,", D, "Earl Mackey", "Mackey", "said"),
    ("You can hear a bad record before you ever see it.", D, "Earl Mackey", "Mackey", "said"),
    ("People think vinyl is nostalgia,", D, "Renata Szabo", "she", "said"),
    ("For the kids who come in here, it isn’t. It’s the first thing they’ve ever owned that they can hold in their hands.",
     D, "Renata Szabo", "she", "said"),
])


if __name__ == "__main__":
    # beside this script (the builder's own default is beside the builder)
    m.write(os.path.join(HERE, "news_2020s_holdout34.jsonl"))
