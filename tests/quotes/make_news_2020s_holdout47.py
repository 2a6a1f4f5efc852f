#!/usr/bin/python3
"""Builds news_2020s_holdout47.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer33 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

- h47-nyt-housing, a New York Times city story on a zoning vote with curly double marks,
  curly apostrophes and courtesy titles with stops (Ms., Mr.): a cueless headline; the
  term “exclusionary zoning” beside city’s; `“…,” said Councilor X, who represents ... and
  wrote the ordinance. “…”` (the second segment's nearest `said` is the next paragraph's);
  `Ms. X said the change could ..., though she acknowledged that estimate depended ...` (a
  demonstrative `that` opening the second reported clause); `homeowners ... warned of
  parking shortages` (no clause, no row); `Councilor X, a retired firefighter who voted no,
  said that the ordinance had been “…”` (O’Malley; the partial row only); `“…,” Mr. X said
  in an interview after the vote. “…”` (They’re) and `He said he would ...`; Renters’,
  `X, a lead organizer with ..., said her members had ... since the ’70s`; `“…,” Ms. X
  said. “…”` (can’t, That’s); `The mayor’s office said in a statement that the mayor would
  sign the ordinance “…”` (the mayor never named); `According to a 2024 analysis by X,
  ...`; `X ... called the ordinance “…”` and at once `“…,” he wrote in an email. “…”`
  (you’re, doesn’t, who’s); `..., which said it would publish ..., already nicknamed
  “triple-decker 2.0” by some planners, ...` (a nickname inside a reported clause).
- h47-herald-ferry, a Scottish daily's (The Herald style) ferry story with straight single
  marks and straight apostrophes (British style): a headline's `'a disgrace', says island
  business chief` (the chief is named in the text); island's; `CalMac said on Monday that
  ..., which entered service only last year, would ...`; the designation 'lifeline';
  `X, who chairs Y, said hotels ... were '…'` (the partial row only); `'…,' she told BBC
  Radio Scotland. '…'` (We've, '90s); a paragraph that opens with a quotation and no cue
  after her own (They'd); `The Brodick Harbour Users' Forum said it would ...`; `Transport
  Secretary X, the SNP MSP for Y, said the Scottish Government '…' the anger of islanders`;
  `Speaking on a visit to Brodick, she said: '…'`; the nickname 'ferries from hell';
  Labour's, `X, accused ministers of '…'` (O'Hare) and `'…,' he said.` (it's); `..., according
  to Transport Scotland.` (CalMac's); `X, 71, who ... played in a rock 'n' roll band ... in
  the '60s, said: '…'` holding dogs'; `Mr Currie said he now told visitors to '…'` (a
  fragment; the nearest `said` is the next paragraph's); `A CalMac spokeswoman said: '…'`
  and `The company added that ...`.
- h47-afp-slovenia, an AFP election-night story with straight double marks and a leader's
  words translated: a cueless headline; `won`, `conceded defeat`, `campaigned on`, `refused
  to repeat the pledge` (deeds); `..., according to the State Election Commission, with 96
  percent of ballots counted.`; `"…," Kosmač told cheering supporters ..., speaking in
  Slovenian. "…"` (the next paragraph opens with `Kosmač`); `what most polls had predicted`
  (a forecast); a video series "Straight Talk" just before `said her party would not join
  "…"`; `"…," she told AFP at the party's headquarters`; `In a televised address, he said
  his party would "…"`; `"…," he said later to reporters. "…"` (It's, We'll); `..., according
  to the commission.` (the State Election Commission); a voter's `"…," said X, a 31-year-old
  nurse, ...` (I'm); `"…," said X, a political scientist at Y. "…"` holding `he said` (That's,
  he'd; the nearest `said` outside is the next paragraph's); `In an interview with AFP last
  week, Kosmač said he would ...`; `"…," he said.` (I'm); `A spokeswoman for the European
  Commission, X, told reporters in Brussels that the commission looked forward to "…"`;
  `The presidency said it would ...` (nobody named).
- h47-bloomberg-nbp, a Bloomberg central-bank story with straight double marks: a headline
  (`Signals Pause`) and a lead with no report; `as predicted by 24 of 29 economists` (a
  forecast); `The council said in a statement that ...` (the Monetary Policy Council);
  `"…," Governor X told reporters in Warsaw on Thursday. "…"` (We're, January's); a reporter's
  question in its own paragraph, `"…?" one reporter asked.`, and the answer `"…," Wrona
  replied. "…"` (wouldn't, I'm); a paragraph that opens with a quotation and no cue after
  his own (we'll, It's); `The governor said ...` and `He declined to comment ...` (no row);
  `has faced criticism from opposition lawmakers` (no report) and `He told reporters the
  bank's independence was "…"` (a fragment); `..., according to Statistics Poland.` and `Some
  economists had expected ...` (a belief); `"…," X, chief economist at Y, wrote in a note to
  clients. "…"`; `Analysts at X said in a report that the zloty's strength gave the bank
  "…"`; `Rate-setter X, one of the council's most dovish members, said in an interview with
  Bloomberg News ... that ...`; `..., the statistics office said.`; the term "hawkish cut,"
  and an assistance line.
- h47-sky-cricket, a Sky Sports cricket report with curly double marks and curly
  apostrophes: a cueless headline (Cole’s); the nickname “the Postman”; O’Donnell, Surrey’s;
  `“…,” Cole told Sky Sports. “…”` (I’ve, it’s; the next paragraph opens with `Cole`); `Cole
  said he had “…” he had taken six wickets until a team-mate told him` (a fragment);
  `Surrey captain X, who ..., said this title had been “…”`; `“…,” Penfold said at his
  post-match press conference. “…”` holding `wrote` (doesn’t); a reporter's question `“…?”
  one reporter asked.` and the answer `“…,” the 34-year-old replied with a grin. “…”`;
  `Penfold, who grew up watching ... the late ’90s, said he would ...`; `Somerset head coach
  X, the former Hampshire all-rounder, did not hide his disappointment. “…,” he admitted.
  “…”` (didn’t, don’t); `Pike said his side would “…”`; `Former Surrey batter X posted on X:
  “…”` holding the nickname; `The England and Wales Cricket Board (ECB) confirmed that ...`;
  `The club said in a statement that ...` (Surrey).
- h47-punch-strike, a Nigerian daily's (Punch style) strike story with straight double marks
  and straight apostrophes: a cueless headline (`grounds`: a deed); `Addressing journalists
  ..., the NLC President, Comrade X, said the unions had "…"` (a fragment; the nearest `said`
  is the next paragraph's); `He said, "…` opening a quotation over three paragraphs, each
  re-opening the mark and only the last closing it; `the President of the TUC, Comrade X,
  described the tariff as "…" and said workers' patience had "…"` (two fragments, two cues);
  `the Minister of Power, Mr X, described the strike as "…"`; `"…," the minister told
  journalists in Abuja.`; `He said the Federal Government had ... and urged labour to "…"`
  (a report, then a fragment); `According to the Nigerian Electricity Regulatory Commission,
  ...` (country's); `The Nigeria Union of Teachers said in a statement that ...` and `The
  union added that ...`; `A trader at Oshodi, Mrs X, told our correspondent, "…"` (don't);
  `Another commuter, who gave his name only as Chidi, said ...`; `The police spokesperson,
  ACP X, said officers had been deployed ... to "…"`; the nickname "darkness tax".
- h47-verge-kestrel, a Verge tech story on an app outage with curly double marks and curly
  apostrophes: a cueless headline; `..., according to Downdetector.`; app’s and the feature
  name “Circles”; `“…,” Kestrel Labs, the San Francisco company behind the app, said in a
  post on its status page ...` (We’re); `Kestrel Labs co-founder and CEO X posted on X just
  after 11AM: “…”` (we’ll); `..., according to the company’s status page.` (Kestrel’s);
  `Kestrel Labs spokesperson X told The Verge that the outage was caused by “…”` and at once
  `“…,” he said in an email.`; `He did not say how many ...` (no row); `On Bluesky, one user
  wrote: “…”` (’90s) and `Another user joked that they had “…”`; `Teacher X, who ..., tweeted
  that she had “…”` (O’Connell); Kestrel’s and `In a filing with the Securities and Exchange
  Commission last month, Kestrel Labs said that outages “…”`; `“…,” said X, a principal
  analyst at Y. “…”` (don’t); `According to Kestrel Labs, ...`; `The company said it would
  publish what its engineers call a “post-mortem” ...` (a term inside a reported clause).

Not rows: terms, designations and nicknames (“exclusionary zoning”, “triple-decker 2.0”
(inside an indirect row), 'lifeline', 'ferries from hell', "hawkish cut,", “the Postman”
(outside the quotation that holds it), "darkness tax", “Circles”, “post-mortem” (inside an
indirect row)), a title of a work ("Straight Talk"), quoted reports and deeds nested inside
a quotation (`he said` in Horvat's, `wrote` in Penfold's) and inside a report (`a team-mate
told him`, `told visitors`), the apostrophes (city’s, O’Malley, They’re, Renters’, ’70s,
can’t, That’s, mayor’s, you’re, doesn’t, who’s, island's, We've, '90s, They'd, Users', it's,
Labour's, O'Hare, CalMac's, rock 'n' roll, '60s, dogs', Slovenia's, Sunday's, party's,
It's, We'll, I'm, That's, he'd, Poland's, We're, January's, wouldn't, we'll, bank's,
zloty's, council's, Wednesday's, Cole’s, O’Donnell, Surrey’s, I’ve, it’s, you’ve, ’90s,
didn’t, don’t, workers', country's, don't, app’s, We’re, we’ll, company’s, Kestrel’s,
O’Connell), headlines without a cue, deeds, forecasts and beliefs (`warned of parking
shortages`, `won`, `conceded defeat`, `campaigned on`, `refused to repeat the pledge`,
`what most polls had predicted`, `as predicted by 24 of 29 economists`, `Some economists
had expected`, `has faced criticism`, `declined to comment`, `did not hide his
disappointment`, `grounds`, `was down`), and a report that says nothing (`He did not say how
many ...`).
7 articles, 18,055 characters; 110 quotations: direct 53, partial 26, indirect 31.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Councilor, Transport Secretary, Governor, Rate-setter, Comrade, Mr,
Mrs or ACP; a mention that is the full name is written without its title, one that is a
surname keeps it: `Ms. Delgado-Whitman`, `Mr. O’Malley`, `Ms. Okonkwo`, `Mr Currie`) or
None when the text names nobody who can be the speaker (the mayor's office, the presidency,
a reporter, users); a report holding a quoted fragment gives only the partial row, and a
second report in the same sentence with its own cue its own row; an indirect span is the
reported clause with its leading `that`, without a closing period; a quotation split by its
attribution gives one row per segment with the same mention and cue; a quotation paragraph
with no cue after the speaker's own quotation is that speaker's, with no mention and no cue;
a quotation over several paragraphs gives one row per paragraph, all with the mention and
cue of the paragraph that opens it; a spokeswoman, a statement, analysts at a firm, a
company's filing or status page speak for the body named, a spokeswoman who is named for
herself; descriptions (`the governor`, `the minister`, `the 34-year-old`, `the club`, `the
union`, `the company`, `the commission`, `the statistics office`) speak for the entity they
refer back to; a commuter named only by a given name (`Another commuter, who gave his name
only as Chidi,`) is that name, with the description as the mention; a headline's `says X`
gives the row with the description in the headline as the mention.
All people are invented (Rosa Delgado-Whitman, Brendan O’Malley, Lydia Okonkwo, Jonah Feld,
Gillian McNeish, Moira Buchan, Callum O'Hare, Hamish Currie, Andrej Kosmač, Tina Zupan, Marko
Vidic, Petra Novak, Maja Horvat, Lena Moravec, Stanislaw Wrona, Piotr Zalewski, Joanna
Tyrala, Konrad Wisniak, Jamie Cole, Niall O’Donnell, Ollie Penfold, Gareth Lyle, Darren Pike,
Chris Adeyemi, Babatunde Okorie, Ifeoma Nwachukwu, Adebayo Olatunji, Funmilayo Adeyemi,
Chidi, Ngozi Eze, Ines Calloway, Marcus Oyelaran, Hannah O’Connell, Jo Ferrante): no real
public figure appears, and the offices they hold in the text (Boston councilor, Scottish
Transport Secretary, Slovenia's prime minister, Poland's central bank governor, Nigeria's
Minister of Power, the NLC and TUC presidents) are given to invented people. Invented too
are Right to Stay Boston, the Arran Business Group, the Brodick Harbour Users' Forum, the
Democratic Union, the Green Alliance, Homeland, Vistula Capital, Hartwell & Krause,
Kestrel, Kestrel Labs, Kestrel Plus, Brightline Research, every event, quotation and
figure; the real bodies (the Boston City Council, the Federal Reserve Bank of Boston, the
Boston Planning Department, Northeastern University, CalMac, Transport Scotland, Ferguson
Marine, BBC Radio Scotland, Scottish Labour, the SNP, Slovenia's State Election Commission,
the European Commission, the University of Ljubljana, AFP, Poland's Monetary Policy Council,
Statistics Poland, Bloomberg News, Surrey, Somerset, Hampshire, the England and Wales Cricket
Board, Sky Sports, the Nigeria Labour Congress, the Trade Union Congress of Nigeria, the
Nigeria Union of Teachers, the Nigerian Electricity Regulatory Commission, Downdetector, The
Verge, the Securities and Exchange Commission) are given invented words or events, and the
real ships MV Glen Sannox and Glen Rosa an invented breakdown.

Built with make_news_2020s.py's helpers, imported as the other holdout builders import them.
Each quotation is written as (quote, kind, speaker, mention, cue):
- quote: the exact words (direct and partial: strictly between the marks; indirect: the
  reported clause with its leading `that`); it must occur exactly once in its article.
- mention, cue: the words as written; the whole-word occurrence nearest to the quotation
  (outside it) is taken, and it must be the only nearest one and lie in the quotation's own
  paragraph; `(words, n)` takes the n-th occurrence in the text (1-based) instead.
The builder fails loudly when a searched string is missing or ambiguous. Offsets are 0-based
code points, end exclusive, as the helpers write them. An article is written below with its
paragraphs separated by a blank line and each paragraph's lines joined by one space, so that
no source line is longer than 100 characters; the text itself has `\\n\\n` between paragraphs.

usage: make_news_2020s_holdout47.py [OUT.jsonl]   (default: news_2020s_holdout47.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h47-nyt-housing", """
Boston Council Approves Plan to Allow Triple-Deckers Citywide

BOSTON — After nearly four hours of debate before a packed gallery, the Boston City Council voted
9 to 4 on Wednesday night to allow three-family homes on almost every residential lot in the
city, the most sweeping change to its zoning code since the 1960s.

The measure ends what supporters call “exclusionary zoning” on roughly half of the city’s land,
where only single-family or two-family houses can now be built. It would also bring back the
triple-decker, the wooden three-story building that once housed generations of Irish, Italian and
Cape Verdean immigrants.

“For 70 years, this city made it illegal to build the kind of home my grandparents raised eight
children in,” said Councilor Rosa Delgado-Whitman, who represents Dorchester and wrote the
ordinance. “Tonight we made it legal again.”

Ms. Delgado-Whitman said the change could add as many as 12,000 homes over the next decade,
though she acknowledged that estimate depended on interest rates and construction costs that the
city does not control.

The vote followed months of hearings in which homeowners in West Roxbury and Hyde Park warned of
parking shortages and overloaded sewer lines. Councilor Brendan O’Malley, a retired firefighter
who voted no, said that the ordinance had been “written for developers and sold to renters.”

“Nobody in my district is against housing,” Mr. O’Malley said in an interview after the vote.
“They’re against being told that the neighborhood they saved up for is now a problem to be
solved.”

He said he would introduce an amendment next month to exempt streets that flood in heavy rain.

Renters’ groups, which had bused supporters to City Hall, cheered the result from the balcony.
Lydia Okonkwo, a lead organizer with the tenant group Right to Stay Boston, said her members had
been priced out of neighborhoods their families had lived in since the ’70s.

“I teach fourth grade two miles from here, and I can’t afford to live two miles from here,” Ms.
Okonkwo said. “That’s not a housing market. That’s a moat.”

The mayor’s office said in a statement that the mayor would sign the ordinance “as soon as it
reaches her desk.”

Economists were more cautious. According to a 2024 analysis by the Federal Reserve Bank of
Boston, similar changes in other cities added new homes only slowly, often on fewer than 1
percent of eligible lots a year.

Jonah Feld, an urban economist at Northeastern University, called the ordinance “a necessary
first step, not a fix.” “Zoning tells you what you’re allowed to build,” he wrote in an email.
“It doesn’t tell you who’s going to pay for it.”

The ordinance takes effect in March. It must still clear a review by the Boston Planning
Department, which said it would publish design guidelines for the new buildings, already
nicknamed “triple-decker 2.0” by some planners, by the end of January.
""", [
    # the headline has no cue; “exclusionary zoning”: a term, no row; city’s closes nothing
    # a title before the name and a clause after it; the second segment's nearest `said` is
    # the next paragraph's: the n-th instead
    ("For 70 years, this city made it illegal to build the kind of home my grandparents "
     "raised eight children in,", D, "Rosa Delgado-Whitman", "Rosa Delgado-Whitman", "said"),
    ("Tonight we made it legal again.", D, "Rosa Delgado-Whitman", "Rosa Delgado-Whitman",
     ("said", 1)),
    ("the change could add as many as 12,000 homes over the next decade", I,
     "Rosa Delgado-Whitman", "Ms. Delgado-Whitman", "said"),
    # `that estimate`: the demonstrative opens the clause, which is taken whole
    ("that estimate depended on interest rates and construction costs that the city does not "
     "control", I, "Rosa Delgado-Whitman", "she", "acknowledged"),
    # `warned of parking shortages`: no clause, no row; O’Malley closes nothing;
    # `said that “…”`: a report holding a fragment, the partial row only
    ("written for developers and sold to renters.", P, "Brendan O’Malley",
     "Brendan O’Malley", "said"),
    ("Nobody in my district is against housing,", D, "Brendan O’Malley", "Mr. O’Malley",
     "said"),
    # the nearest `said` outside the quotation is the next paragraph's: the n-th instead
    ("They’re against being told that the neighborhood they saved up for is now a problem to "
     "be solved.", D, "Brendan O’Malley", "Mr. O’Malley", ("said", 4)),
    ("he would introduce an amendment next month to exempt streets that flood in heavy rain",
     I, "Brendan O’Malley", "He", "said"),
    # Renters’ closes nothing; ’70s inside the reported clause
    ("her members had been priced out of neighborhoods their families had lived in since the "
     "’70s", I, "Lydia Okonkwo", "Lydia Okonkwo", "said"),
    ("I teach fourth grade two miles from here, and I can’t afford to live two miles from "
     "here,", D, "Lydia Okonkwo", "Ms. Okonkwo", "said"),
    ("That’s not a housing market. That’s a moat.", D, "Lydia Okonkwo", "Ms. Okonkwo",
     "said"),
    # the mayor is never named; a report holding a fragment: the partial row only
    ("as soon as it reaches her desk.", P, None, "The mayor’s office", "said"),
    ("similar changes in other cities added new homes only slowly, often on fewer than 1 "
     "percent of eligible lots a year", I, "Federal Reserve Bank of Boston",
     "the Federal Reserve Bank of Boston", "According to"),
    ("a necessary first step, not a fix.", P, "Jonah Feld", "Jonah Feld", "called"),
    ("Zoning tells you what you’re allowed to build,", D, "Jonah Feld", "he", "wrote"),
    ("It doesn’t tell you who’s going to pay for it.", D, "Jonah Feld", "he", "wrote"),
    # “triple-decker 2.0”: a nickname inside the reported clause, no row of its own
    ("it would publish design guidelines for the new buildings, already nicknamed "
     "“triple-decker 2.0” by some planners, by the end of January", I,
     "Boston Planning Department", "the Boston Planning Department", "said"),
])

doc("h47-herald-ferry", """
Arran ferry cancellations 'a disgrace', says island business chief

Islanders on Arran have been left without a reliable ferry link at the height of the tourist
season after the island's main vessel was withdrawn from service for the second time in a month.

CalMac said on Monday that the MV Glen Sannox, which entered service only last year, would stay
in dry dock until at least the end of August while engineers replaced a damaged propeller shaft.
Sailings between Ardrossan and Brodick, officially classed as a 'lifeline' route, will be covered
by a smaller relief vessel that carries fewer than half as many cars.

Gillian McNeish, who chairs the Arran Business Group, said hotels and cafes on the island were
'haemorrhaging bookings' at the busiest time of the year.

'We've been patient. We've been patient since the '90s, frankly,' she told BBC Radio Scotland.
'But you cannot run an island economy on a ferry that turns up when it feels like it.'

'I had a family from Leeds on the phone this morning in tears. They'd booked their holiday in
January.'

The Brodick Harbour Users' Forum said it would write to the First Minister to demand
compensation for businesses that had lost trade.

Transport Secretary Moira Buchan, the SNP MSP for Cunninghame Central, said the Scottish
Government 'fully understands' the anger of islanders.

Speaking on a visit to Brodick, she said: 'Nobody is pretending this is good enough. Six new
major vessels will be delivered by 2029, and every one of them will make the network more
resilient.'

The Glen Sannox and its sister ship, the Glen Rosa, were built at Ferguson Marine in Port
Glasgow and arrived seven years late and far over budget. Opposition politicians nicknamed them
the 'ferries from hell'. Scottish Labour's transport spokesman, Callum O'Hare, accused ministers
of 'managing decline'.

'Islanders were promised a new ferry in 2018. They got one in 2025, and it's already broken,' he
said.

CalMac's major vessels have an average age of 24 years, according to Transport Scotland.

Hamish Currie, 71, who has run a bike-hire shop in Lamlash since 1988 and played in a rock 'n'
roll band on the island in the '60s, said: 'My dogs' vet is on the mainland. Last week it took
me two days to get them there and back.'

Mr Currie said he now told visitors to 'bring a tent, just in case'.

A CalMac spokeswoman said: 'We are sorry for the disruption this is causing. Our engineers are
working around the clock, and customers with affected bookings will be contacted directly.'

The company added that it was in talks to charter a vessel from a Norwegian operator.
""", [
    # the headline's `says`: the business chief the story names
    ("a disgrace", P, "Gillian McNeish", "island business chief", "says"),
    # island's closes nothing
    ("that the MV Glen Sannox, which entered service only last year, would stay in dry dock "
     "until at least the end of August while engineers replaced a damaged propeller shaft", I,
     "CalMac", "CalMac", "said"),
    # 'lifeline': a designation, no row; a report holding a fragment: the partial row only
    ("haemorrhaging bookings", P, "Gillian McNeish", "Gillian McNeish", "said"),
    # We've and '90s inside straight single marks
    ("We've been patient. We've been patient since the '90s, frankly,", D, "Gillian McNeish",
     "she", "told"),
    ("But you cannot run an island economy on a ferry that turns up when it feels like it.",
     D, "Gillian McNeish", "she", "told"),
    # the next paragraph's quotation, no cue: the same speaker goes on (They'd)
    ("I had a family from Leeds on the phone this morning in tears. They'd booked their "
     "holiday in January.", D, "Gillian McNeish", None, None),
    # Users' closes nothing
    ("it would write to the First Minister to demand compensation for businesses that had "
     "lost trade", I, "Brodick Harbour Users' Forum", "The Brodick Harbour Users' Forum",
     "said"),
    # a title before the name and an apposition after it; the partial row only
    ("fully understands", P, "Moira Buchan", "Moira Buchan", "said"),
    ("Nobody is pretending this is good enough. Six new major vessels will be delivered by "
     "2029, and every one of them will make the network more resilient.", D, "Moira Buchan",
     "she", "said"),
    # 'ferries from hell': a nickname, no row
    ("managing decline", P, "Callum O'Hare", "Callum O'Hare", "accused"),
    ("Islanders were promised a new ferry in 2018. They got one in 2025, and it's already "
     "broken,", D, "Callum O'Hare", "he", "said"),
    ("CalMac's major vessels have an average age of 24 years", I, "Transport Scotland",
     "Transport Scotland", "according to"),
    # rock 'n' roll and '60s outside; dogs' inside the quotation closes nothing
    ("My dogs' vet is on the mainland. Last week it took me two days to get them there and "
     "back.", D, "Hamish Currie", "Hamish Currie", "said"),
    # a report holding a fragment: the partial row only (`told` is inside the report); the
    # nearest `said` outside it is the next paragraph's: the n-th instead
    ("bring a tent, just in case", P, "Hamish Currie", "Mr Currie", ("said", 8)),
    ("We are sorry for the disruption this is causing. Our engineers are working around the "
     "clock, and customers with affected bookings will be contacted directly.", D, "CalMac",
     "A CalMac spokeswoman", "said"),
    ("that it was in talks to charter a vessel from a Norwegian operator", I, "CalMac",
     "The company", "added"),
])

doc("h47-afp-slovenia", """
Slovenia's opposition wins vote but hard-right newcomer surges

LJUBLJANA (AFP) - Slovenia's centre-right opposition won Sunday's parliamentary election, but a
surge by a hard-right newcomer left the Alpine country facing weeks of coalition talks.

The Democratic Union (DU) of former finance minister Andrej Kosmač won 29.4 percent of the vote,
ahead of the governing Green Alliance on 22.1 percent, according to the State Election
Commission, with 96 percent of ballots counted.

"Tonight Slovenians chose change," Kosmač told cheering supporters at a Ljubljana hotel, speaking
in Slovenian. "We will talk to everyone who respects the constitution. Everyone else can keep
shouting from the balcony."

Kosmač, 52, a former investment banker, campaigned on lower income taxes and a faster start to
construction of a second reactor at the Krško nuclear plant.

The hard-right Homeland movement, founded just 18 months ago by former television presenter Tina
Zupan, came third with 17.8 percent, more than double what most polls had predicted.

Zupan, 44, who built her following with a weekly online video series called "Straight Talk",
said her party would not join "any government of the old elites".

"They laughed at us. Nobody is laughing now," she told AFP at the party's headquarters in
Maribor, as supporters sang and waved flags outside.

Outgoing prime minister Marko Vidic, whose Green Alliance has governed since 2022, conceded
defeat shortly before midnight. In a televised address, he said his party would "respect the
will of voters".

"It's a bad night, but it's not the end of the world," he said later to reporters. "We'll be a
loud opposition."

Turnout was 68.3 percent, the highest since 1992, according to the commission.

In the capital, voters were divided. "I voted for stability, and I'm not sure anybody won that
tonight," said Petra Novak, a 31-year-old nurse, outside a polling station in the Šiška district.

"Kosmač needs two partners, and one of them may have to be Zupan," said Maja Horvat, a political
scientist at the University of Ljubljana. "That's a conversation he said he'd never have."

In an interview with AFP last week, Kosmač said he would never govern with Homeland. On Sunday
he refused to repeat the pledge. "The voters have spoken, and I'm listening to all of them," he
said.

A spokeswoman for the European Commission, Lena Moravec, told reporters in Brussels that the
commission looked forward to "working closely" with the next government in Ljubljana.

The presidency said it would begin consultations with party leaders on Wednesday.
""", [
    # the headline has no cue; `won`, `conceded defeat`, `refused to repeat`: deeds
    ("The Democratic Union (DU) of former finance minister Andrej Kosmač won 29.4 percent of "
     "the vote, ahead of the governing Green Alliance on 22.1 percent", I,
     "State Election Commission", "the State Election Commission", "according to"),
    # words translated from Slovenian are still his quotation
    ("Tonight Slovenians chose change,", D, "Andrej Kosmač", "Kosmač", "told"),
    # the nearest `Kosmač` outside it is the next paragraph's: the n-th instead
    ("We will talk to everyone who respects the constitution. Everyone else can keep shouting "
     "from the balcony.", D, "Andrej Kosmač", ("Kosmač", 2), "told"),
    # "Straight Talk": a title, no row; a report holding a fragment: the partial row only
    ("any government of the old elites", P, "Tina Zupan", "Zupan", "said"),
    ("They laughed at us. Nobody is laughing now,", D, "Tina Zupan", "she", "told"),
    ("respect the will of voters", P, "Marko Vidic", "he", "said"),
    ("It's a bad night, but it's not the end of the world,", D, "Marko Vidic", "he", "said"),
    ("We'll be a loud opposition.", D, "Marko Vidic", "he", "said"),
    # `the commission` refers back to the State Election Commission
    ("Turnout was 68.3 percent, the highest since 1992", I, "State Election Commission",
     "the commission", "according to"),
    # `campaigned on`: a deed; `what most polls had predicted`: a forecast, no row
    # a voter named with her age and job
    ("I voted for stability, and I'm not sure anybody won that tonight,", D, "Petra Novak",
     "Petra Novak", "said"),
    ("Kosmač needs two partners, and one of them may have to be Zupan,", D, "Maja Horvat",
     "Maja Horvat", "said"),
    # a `said` inside the quotation; the nearest one outside it is the next paragraph's
    ("That's a conversation he said he'd never have.", D, "Maja Horvat", "Maja Horvat",
     ("said", 5)),
    # `In an interview with AFP ..., X said ...`
    ("he would never govern with Homeland", I, "Andrej Kosmač", "Kosmač", "said"),
    ("The voters have spoken, and I'm listening to all of them,", D, "Andrej Kosmač", "he",
     "said"),
    # a spokeswoman who is named speaks for herself; the partial row only
    ("working closely", P, "Lena Moravec", "Lena Moravec", "told"),
    # `The presidency`: no name in the text
    ("it would begin consultations with party leaders on Wednesday", I, None,
     "The presidency", "said"),
])

doc("h47-bloomberg-nbp", """
Poland Cuts Rates to Three-Year Low, Signals Pause on Wage Risks

(Bloomberg) -- Poland's central bank cut its benchmark interest rate for a fourth time this year,
taking borrowing costs to their lowest since 2022 as inflation cools.

The Monetary Policy Council lowered the reference rate by a quarter point to 4.25% on Wednesday,
as predicted by 24 of 29 economists in a Bloomberg survey. The zloty was little changed at 4.24
per euro after the decision.

The council said in a statement that the outlook for wages remained the main risk to its
inflation forecast.

"We're not closing the door, but we're not in a hurry either," Governor Stanislaw Wrona told
reporters in Warsaw on Thursday. "The council wants to see January's data before it moves
again."

"Is the easing cycle over?" one reporter asked.

"I wouldn't use that word," Wrona replied. "Over is a word for people who can see the future.
I'm an economist."

"If the data surprise us on the downside, we'll act. If they surprise us on the upside, we'll
wait. It's that simple."

The governor said inflation would probably return to the bank's 2.5% target in the third
quarter of 2027. He declined to comment on the government's spending plans.

Wrona, whose six-year term ends in 2028, has faced criticism from opposition lawmakers for keeping
rates high for too long. He told reporters the bank's independence was "not up for negotiation."

Consumer-price growth slowed to 2.9% in November, the slowest pace in more than six years,
according to Statistics Poland. Some economists had expected a bolder move as a result.

"The door to more easing is ajar, not shut," Piotr Zalewski, chief economist at Vistula Capital
in Warsaw, wrote in a note to clients. "We still see the rate at 3.75% by the end of 2026, but
the path will be slower than the market thinks."

Analysts at Hartwell & Krause said in a report that the zloty's strength gave the bank "room to
maneuver" if growth in the euro area disappointed.

Rate-setter Joanna Tyrala, one of the council's most dovish members, said in an interview with
Bloomberg News on Tuesday that there was room for one or two more cuts in the first half of next
year.

Wages in the corporate sector rose 7.1% from a year earlier in November, the statistics office
said.

Traders have dubbed Wednesday's decision a "hawkish cut," and forward-rate agreements now price
in only one more reduction over the next six months.

--With assistance from Konrad Wisniak.
""", [
    # the headline (`Signals Pause`) and the lead have no report; `as predicted by 24 of 29
    # economists`: a forecast, no row; zloty's, January's
    ("that the outlook for wages remained the main risk to its inflation forecast", I,
     "Monetary Policy Council", "The council", "said"),
    # a title before the name
    ("We're not closing the door, but we're not in a hurry either,", D, "Stanislaw Wrona",
     "Stanislaw Wrona", "told"),
    ("The council wants to see January's data before it moves again.", D, "Stanislaw Wrona",
     "Stanislaw Wrona", "told"),
    # a reporter's question in marks: a direct quotation by nobody named
    ("Is the easing cycle over?", D, None, "one reporter", "asked"),
    ("I wouldn't use that word,", D, "Stanislaw Wrona", "Wrona", "replied"),
    ("Over is a word for people who can see the future. I'm an economist.", D,
     "Stanislaw Wrona", "Wrona", "replied"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("If the data surprise us on the downside, we'll act. If they surprise us on the upside, "
     "we'll wait. It's that simple.", D, "Stanislaw Wrona", None, None),
    # `The governor` for Wrona; `declined to comment`: no row
    ("inflation would probably return to the bank's 2.5% target in the third quarter of "
     "2027", I, "Stanislaw Wrona", "The governor", "said"),
    # `has faced criticism`: no report; a report holding a fragment: the partial row only
    # (bank's inside it)
    ("not up for negotiation.", P, "Stanislaw Wrona", "He", "told"),
    # `Some economists had expected ...`: a belief, no row
    ("Consumer-price growth slowed to 2.9% in November, the slowest pace in more than six "
     "years", I, "Statistics Poland", "Statistics Poland", "according to"),
    ("The door to more easing is ajar, not shut,", D, "Piotr Zalewski", "Piotr Zalewski",
     "wrote"),
    ("We still see the rate at 3.75% by the end of 2026, but the path will be slower than the "
     "market thinks.", D, "Piotr Zalewski", "Piotr Zalewski", "wrote"),
    # analysts at a firm speak for it; a report holding a fragment: the partial row only
    ("room to maneuver", P, "Hartwell & Krause", "Analysts at Hartwell & Krause", "said"),
    # a title before the name and an apposition after it
    ("that there was room for one or two more cuts in the first half of next year", I,
     "Joanna Tyrala", "Joanna Tyrala", "said"),
    # `the statistics office` for Statistics Poland
    ("Wages in the corporate sector rose 7.1% from a year earlier in November", I,
     "Statistics Poland", "the statistics office", "said"),
    # "hawkish cut,": a term, no row; the assistance line: no row
])

doc("h47-sky-cricket", """
Surrey seal County Championship title as Jamie Cole’s six-for sinks Somerset

Surrey sealed a fourth County Championship title in five years with a day to spare after Jamie
Cole’s career-best 6-41 bowled Somerset out for 187 at the Kia Oval on Thursday.

Cole, 23, known as “the Postman” in the Surrey dressing room because he always delivers, took
five wickets in a spell of 31 balls after lunch as Somerset lost their last seven wickets for 42
runs. Niall O’Donnell top-scored with 64 before he was trapped lbw.

Somerset, who needed to bat through the final day and a half to save the game, had resumed on 96
for three in reply to Surrey’s 412 before Cole tore through the middle order with the second new
ball.

“I’ve dreamed about this since I was a kid watching from the top tier,” Cole told Sky Sports.
“To do it here, with my mum and dad in the crowd, it’s just mad.”

Cole said he had “no idea” he had taken six wickets until a team-mate told him on the way off.

Surrey captain Ollie Penfold, who has now lifted the trophy three times, said this title had
been “the hardest of the lot” after injuries to three frontline seamers in April.

“People wrote us off after the first month,” Penfold said at his post-match press conference.
“This dressing room doesn’t listen to people.”

“Is this the best Surrey side you’ve played in?” one reporter asked.

“Ask me in ten years,” the 34-year-old replied with a grin. “But it’s the toughest, I know that
much. Nobody in that room gave up, not once.”

Penfold, who grew up watching Surrey’s great side of the late ’90s, said he would sit down with
head coach Gareth Lyle next week to discuss whether he would carry on as captain.

Somerset head coach Darren Pike, the former Hampshire all-rounder, did not hide his
disappointment. “They were better than us, simple as that,” he admitted. “We didn’t bat well
enough in either innings, and you don’t get away with that at the Oval.”

Pike said his side would “regroup and go again” next season.

Former Surrey batter Chris Adeyemi posted on X: “The Postman delivers again. What a player.”

The England and Wales Cricket Board (ECB) confirmed that Cole had been added to the England
Lions squad for their winter tour of South Africa.

Surrey will parade the trophy at the Kia Oval on Saturday before their final match. The club
said in a statement that members would be able to have their photographs taken with the trophy
after the game.
""", [
    # the headline has no cue (Cole’s); “the Postman”: a nickname, no row; O’Donnell
    ("I’ve dreamed about this since I was a kid watching from the top tier,", D,
     "Jamie Cole", "Cole", "told"),
    # the nearest `Cole` outside it is the next paragraph's: the n-th instead
    ("To do it here, with my mum and dad in the crowd, it’s just mad.", D, "Jamie Cole",
     ("Cole", 5), "told"),
    # reports holding a fragment: the partial rows only (`told` inside the first report)
    ("no idea", P, "Jamie Cole", "Cole", "said"),
    ("the hardest of the lot", P, "Ollie Penfold", "Ollie Penfold", "said"),
    # a `wrote` inside the quotation
    ("People wrote us off after the first month,", D, "Ollie Penfold", "Penfold", "said"),
    ("This dressing room doesn’t listen to people.", D, "Ollie Penfold", "Penfold", "said"),
    # a reporter's question in marks, then the answer under `the 34-year-old`
    ("Is this the best Surrey side you’ve played in?", D, None, "one reporter", "asked"),
    ("Ask me in ten years,", D, "Ollie Penfold", "the 34-year-old", "replied"),
    ("But it’s the toughest, I know that much. Nobody in that room gave up, not once.", D,
     "Ollie Penfold", "the 34-year-old", "replied"),
    # Surrey’s and ’90s outside
    ("he would sit down with head coach Gareth Lyle next week to discuss whether he would "
     "carry on as captain", I, "Ollie Penfold", "Penfold", "said"),
    # a title before the name and an apposition after it; `did not hide`: no row
    ("They were better than us, simple as that,", D, "Darren Pike", "he", "admitted"),
    ("We didn’t bat well enough in either innings, and you don’t get away with that at the "
     "Oval.", D, "Darren Pike", "he", "admitted"),
    ("regroup and go again", P, "Darren Pike", "Pike", "said"),
    # the nickname inside the quotation is part of it
    ("The Postman delivers again. What a player.", D, "Chris Adeyemi", "Chris Adeyemi",
     "posted"),
    ("that Cole had been added to the England Lions squad for their winter tour of South "
     "Africa", I, "England and Wales Cricket Board", "The England and Wales Cricket Board",
     "confirmed"),
    # `The club` for Surrey
    ("that members would be able to have their photographs taken with the trophy after the "
     "game", I, "Surrey", "The club", "said"),
])

doc("h47-punch-strike", """
Strike: Labour grounds Lagos, Abuja as electricity tariff talks collapse

Economic activities were grounded in Lagos, Abuja and several state capitals on Monday as the
Nigeria Labour Congress (NLC) and the Trade Union Congress of Nigeria (TUC) began an indefinite
nationwide strike over the recent increase in electricity tariffs.

Banks, schools and federal secretariats were shut, while thousands of commuters were stranded at
bus stops in Ikeja, Oshodi and Ojota in Lagos. The strike followed the collapse of talks between
labour leaders and the Federal Government on Sunday night.

Addressing journalists at the Labour House in Abuja, the NLC President, Comrade Babatunde
Okorie, said the unions had "exhausted every avenue of dialogue".

He said, "We did not go on strike because we enjoy it. We went on strike because Nigerian
workers can no longer pay their electricity bills and still feed their families.

"A worker earning the minimum wage now spends one-third of his salary on light. That is not a
tariff; that is a punishment.

"Until the Federal Government reverses this increase, nobody should expect us back at work."

Also speaking, the President of the TUC, Comrade Ifeoma Nwachukwu, described the tariff as
"anti-people" and said workers' patience had "finally run out".

But the Minister of Power, Mr Adebayo Olatunji, described the strike as "illegal and
unnecessary".

"The new tariff applies only to Band A customers, who enjoy at least 20 hours of supply a day.
Ordinary workers are not affected," the minister told journalists in Abuja.

He said the Federal Government had set up a committee to review the tariff and urged labour to
"return to the negotiating table".

According to the Nigerian Electricity Regulatory Commission, Band A customers make up about 15
per cent of the country's 12 million registered electricity users.

The Nigeria Union of Teachers said in a statement that all public primary and secondary schools
would remain closed until further notice. The union added that it would not tolerate the
victimisation of any teacher who joined the strike.

A trader at Oshodi, Mrs Funmilayo Adeyemi, told our correspondent, "I came out at 6am and there
is no bus. If I don't sell today, how will my children eat?"

Another commuter, who gave his name only as Chidi, said the tariff had doubled his monthly
electricity bill.

The police spokesperson, ACP Ngozi Eze, said officers had been deployed to major roads and
markets to "protect lives and property".

Workers have nicknamed the new rate the "darkness tax" on social media.
""", [
    # the headline has no cue (`grounds`: a deed); a report holding a fragment: the partial
    # row only; a title before the name; the nearest `said` outside the quotation is the
    # next paragraph's: the n-th instead
    ("exhausted every avenue of dialogue", P, "Babatunde Okorie", "Babatunde Okorie",
     ("said", 1)),
    # one quotation over three paragraphs, opened after `He said,` in its first paragraph
    ("We did not go on strike because we enjoy it. We went on strike because Nigerian "
     "workers can no longer pay their electricity bills and still feed their families.", D,
     "Babatunde Okorie", "He", "said"),
    ("A worker earning the minimum wage now spends one-third of his salary on light. That is "
     "not a tariff; that is a punishment.", D, "Babatunde Okorie", ("He", 1), ("said", 2)),
    ("Until the Federal Government reverses this increase, nobody should expect us back at "
     "work.", D, "Babatunde Okorie", ("He", 1), ("said", 2)),
    # two fragments in one sentence, each with its own cue; workers' closes nothing
    ("anti-people", P, "Ifeoma Nwachukwu", "Ifeoma Nwachukwu", "described"),
    ("finally run out", P, "Ifeoma Nwachukwu", "Ifeoma Nwachukwu", "said"),
    ("illegal and unnecessary", P, "Adebayo Olatunji", "Adebayo Olatunji", "described"),
    # `the minister` for Olatunji
    ("The new tariff applies only to Band A customers, who enjoy at least 20 hours of supply "
     "a day. Ordinary workers are not affected,", D, "Adebayo Olatunji", "the minister",
     "told"),
    # a report without marks, then a second one holding a fragment
    ("the Federal Government had set up a committee to review the tariff", I,
     "Adebayo Olatunji", "He", "said"),
    ("return to the negotiating table", P, "Adebayo Olatunji", "He", "urged"),
    # country's closes nothing
    ("Band A customers make up about 15 per cent of the country's 12 million registered "
     "electricity users", I, "Nigerian Electricity Regulatory Commission",
     "the Nigerian Electricity Regulatory Commission", "According to"),
    ("that all public primary and secondary schools would remain closed until further "
     "notice", I, "Nigeria Union of Teachers", "The Nigeria Union of Teachers", "said"),
    # `The union` for the teachers' union
    ("that it would not tolerate the victimisation of any teacher who joined the strike", I,
     "Nigeria Union of Teachers", "The union", "added"),
    # don't inside the quotation
    ("I came out at 6am and there is no bus. If I don't sell today, how will my children "
     "eat?", D, "Funmilayo Adeyemi", "Funmilayo Adeyemi", "told"),
    # a commuter the text names only by his given name
    ("the tariff had doubled his monthly electricity bill", I, "Chidi", "Another commuter",
     "said"),
    ("protect lives and property", P, "Ngozi Eze", "Ngozi Eze", "said"),
    # "darkness tax": a nickname, no row
])

doc("h47-verge-kestrel", """
Kestrel was down for seven hours, and everyone noticed

Kestrel, the group-chat app with more than 90 million monthly users, was down for most of Tuesday
morning in the US and Europe, leaving people unable to send messages, load photos, or in many
cases log in at all.

Reports of problems began spiking at around 4AM ET and peaked at more than 180,000 shortly after
9AM, according to Downdetector. By 11AM, most people could send messages again, though photos
and voice notes in the app’s “Circles” feature were still failing to load for some.

“We’re aware some people are having trouble accessing Kestrel, and we’re working to fix it as
quickly as possible,” Kestrel Labs, the San Francisco company behind the app, said in a post on
its status page at 5:12AM ET.

Kestrel Labs co-founder and CEO Ines Calloway posted on X just after 11AM: “We’re back. This one
is on us, and we’ll publish a full write-up this week. Sorry, everyone.”

The outage also took down Kestrel’s web app and its integrations with popular calendar apps,
according to the company’s status page. Kestrel, which began in 2017 as a walkie-talkie app for
festival-goers, now makes most of its money from subscriptions.

Kestrel Labs spokesperson Marcus Oyelaran told The Verge that the outage was caused by “a bad
configuration change to our database layer.” “There is no evidence that any user data was
accessed or lost,” he said in an email.

He did not say how many users had been affected, or whether the company would offer refunds to
people who pay for Kestrel Plus, its $4.99-a-month subscription.

On Bluesky, one user wrote: “Kestrel being down is the most peaceful my family group chat has
been since the ’90s.” Another user joked that they had “finally read a book.”

Teacher Hannah O’Connell, who uses Kestrel to message parents at her school in Leeds, tweeted
that she had “found out what a landline is for.”

The outage is the longest in Kestrel’s nine-year history. In a filing with the Securities and
Exchange Commission last month, Kestrel Labs said that outages “could materially harm our
reputation and our business.”

“Seven hours is an eternity for a messaging app,” said Jo Ferrante, a principal analyst at
Brightline Research. “People don’t wait. They go to WhatsApp or iMessage, and some of them
don’t come back.”

According to Kestrel Labs, all services had been fully restored by 1:40PM ET. The company said
it would publish what its engineers call a “post-mortem” on its blog by Friday.
""", [
    # the headline has no cue; `was down`: no report
    ("Reports of problems began spiking at around 4AM ET and peaked at more than 180,000 "
     "shortly after 9AM", I, "Downdetector", "Downdetector", "according to"),
    # app’s; “Circles”: a feature's name, no row; the company behind the app speaks
    ("We’re aware some people are having trouble accessing Kestrel, and we’re working to fix "
     "it as quickly as possible,", D, "Kestrel Labs", "Kestrel Labs", "said"),
    # a title before the name
    ("We’re back. This one is on us, and we’ll publish a full write-up this week. Sorry, "
     "everyone.", D, "Ines Calloway", "Ines Calloway", "posted"),
    # the company's own status page: the company speaks
    ("The outage also took down Kestrel’s web app and its integrations with popular calendar "
     "apps", I, "Kestrel Labs", "the company", "according to"),
    # `told X that “…”`: a report holding a fragment, the partial row only
    ("a bad configuration change to our database layer.", P, "Marcus Oyelaran",
     "Marcus Oyelaran", "told"),
    ("There is no evidence that any user data was accessed or lost,", D, "Marcus Oyelaran",
     "he", "said"),
    # `He did not say how many ...`: no row; users never named
    ("Kestrel being down is the most peaceful my family group chat has been since the ’90s.",
     D, None, "one user", "wrote"),
    ("finally read a book.", P, None, "Another user", "joked"),
    ("found out what a landline is for.", P, "Hannah O’Connell", "Hannah O’Connell",
     "tweeted"),
    # Kestrel’s closes nothing; the company's own filing: `said that “…”`, the partial row
    ("could materially harm our reputation and our business.", P, "Kestrel Labs",
     "Kestrel Labs", "said"),
    ("Seven hours is an eternity for a messaging app,", D, "Jo Ferrante", "Jo Ferrante",
     "said"),
    ("People don’t wait. They go to WhatsApp or iMessage, and some of them don’t come back.",
     D, "Jo Ferrante", "Jo Ferrante", "said"),
    ("all services had been fully restored by 1:40PM ET", I, "Kestrel Labs", "Kestrel Labs",
     "According to"),
    # “post-mortem”: a term inside the reported clause, no row of its own
    ("it would publish what its engineers call a “post-mortem” on its blog by Friday", I,
     "Kestrel Labs", "The company", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout47.jsonl"))
