#!/usr/bin/python3
"""Builds news_2020s_holdout56.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer42 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs.

- h56-latimes-vendors, a Los Angeles Times city-hall story with curly double marks, curly
  apostrophes and the paper's style (`Councilmember`, `$2-million`): a headline with no
  report (`slashes`: a deed); `a move supporters called “…” and opponents warned would “…”`
  (two fragments, nobody named, two cues; the second ends in its period); `“…,” said
  Councilmember X, who wrote the motion and whose district includes ... “…”` (the cue before
  the speaker, a relative clause after; week’s, That’s); `Arteaga, 38, the daughter of a
  fruit vendor who ... in the ’90s, said the fee cut would ...` (a long apposition between
  the name and the cue); the so-called “cart gap” (a term) and `..., according to a 2025
  study by the UCLA Labor Center.` (city’s); `Councilmember Bob D’Amato, who represents ...
  and cast one of the two no votes, said the city had “…” for enforcement` (a curly
  apostrophe in the name) and `“…,” he said. “…”` (I’m, doesn’t), then a paragraph that
  opens with a quotation and no cue after his own; `Deputy Chief X of the Los Angeles Police
  Department told council members that officers would “…” and that ...` (a report holding a
  fragment, then a second clause under the same cue); `“…,” Tzul said in Spanish through an
  interpreter. “…”` (L.A. inside); `In a letter to the council Tuesday, the Hollywood
  Chamber of Commerce wrote that it supported “…” but warned that ... would leave restaurants
  “…”` (two fragments, two cues) and `StreetsLA, the city agency that issues the permits,
  said in an email that ...`; `Arteaga brushed off talk of a legal challenge` (no row) and
  `“…,” she said. “…”` (the pronoun for the councilmember, another woman quoted between).
- h56-scotsman-fringe, a Scotsman arts-and-politics story with straight single marks,
  straight double marks nested, straight apostrophes (so that capital's, don't, can't,
  he's, '80s, council's, levy's, O'Hare, what's and I'm all look like marks) and en dashes:
  a colon headline `Fringe chief: '…'` (no cue; the chief is named only in the second
  paragraph); a lead `The chief executive of the Edinburgh Festival Fringe Society has called
  on the City of Edinburgh Council to ring-fence ..., warning that ... '…'` (a call without a
  clause: no row; the fragment under `warning`, its description standing for the person
  named later); `Speaking at ..., Eilidh Rennie, who has led the society since 2024, said:
  '…` opening a quotation over two paragraphs; `The levy – ... – comes into force ...,
  according to the council.` (the council the lead named); `Rennie, 47, ..., said the '…'
  for many small operators` (don't inside the fragment) and `'One of them said to me, "…,"
  and he's been doing this since the '80s,' she added.` (a nested quotation and its cue,
  part of the outer row, which ends at '80s,); `The council's finance and resources
  convener, Cllr X, said the administration was '…' to the festivals but that the levy's
  first job was to pay for '…'` (two fragments, one cue; the second's nearest `said` is the
  next paragraph's: the n-th instead) and a paragraph `'…,' he said. '…'`; `Green councillor
  Isla O'Hare, whose ..., accused the administration of treating the festivals as '…'` and
  `In a post on Bluesky, she wrote: '…'` (what's); `The Capital Hoteliers Forum, which
  opposed the levy from the start, said bookings ... had already begun to '…'` (the nearest
  `said` is the next sentence's: the n-th instead) and `A spokeswoman for the forum said:
  '…'`; the title 'Tartan Noir for Beginners', `'…,' the 31-year-old said. '…'` (the age
  given in the apposition; I'm) and `He said he had already ...`.
- h56-dw-lusatia, a Deutsche Welle business story with straight double marks, straight
  apostrophes and German names with umlauts: a headline with no report (`scraps`);
  `Swedish-German battery start-up Voltrana said on Thursday that it had abandoned plans ...,
  citing ...` (the clause ends before the participle; Germany's); `"…," Brandenburg Economy
  Minister X told DW. "…"` (a title before the name); `Pahlke said ...` and `Asked whether
  ..., he said: "…"` (an indirect question by nobody named, then the answer); `In a
  statement, Voltrana CEO X, 44, called the decision "…" and said the company would ...` (a
  fragment and a report, two cues) and `"…," the 44-year-old said.`; `The IG Metall union
  said the decision was a "…" for workers ...`, `Union official X told reporters in Cottbus
  that ...` and `"…," she said. "…"` (a `told` inside the quotation); a newspaper's front-page
  headline in German low-high marks, „Wieder allein gelassen“, and its translation in straight
  marks (a title: no rows); `"…," said X, an industrial economist at the Halle Institute for
  Economic Research (IWH).`; `According to the Federal Motor Transport Authority (KBA), ...`
  (the acronym after the long form) and `Obermaier said Voltrana had also struggled ...,
  which "…"` (a fragment inside the report: the partial row only; the nearest `said` is the
  next paragraph's: the n-th instead); `A spokesperson for the Federal Economy Ministry said
  the government remained "…" ... but declined to say whether ...` (the refusal: no row);
  `"…," said X, 61, a former excavator driver ... "…"` (`asked me` and `told him` inside).
- h56-cna-rtslink, a CNA (Channel NewsAsia) Singapore transport story with a `SINGAPORE:`
  dateline, straight double marks, straight apostrophes, courtesy titles without stops (Mr
  Teo, Ms Nair) and a weekday with its date in brackets: a headline `commuters say price
  "…"` (a fragment, nobody named); a lead whose report comes before its cue (`..., operator
  RTS Operations announced on Friday (Nov 27).`) and `..., the company said in a media
  release.` (Touch 'n Go inside the clause); `"…," said RTS Operations chief executive X.
  "…"` (the cue before a title and the name; a colon inside the second segment, whose
  nearest `said` is the next paragraph's: the n-th instead); `Mr Teo said ...` and `Asked by
  CNA whether ..., he said: "…"` (the asker is the outlet); `the Land Transport Authority
  (LTA) said testing ... was "…", and that immigration clearance ... would be "…"` (two
  fragments under one cue; the second's nearest `said` is the next paragraph's: the n-th
  instead; line's); `Ms X, 34, an accountant who ..., said she spends ...` and `"…," she
  told CNA.` (I'm); a question as a quotation, `"…?" asked Mr X, a 27-year-old technician
  from Skudai.` (what's); `..., state transport committee chairman X wrote on Facebook that
  ...` and `"…," he wrote.`; `..., according to Malaysian media reports.` (no speaker),
  `Ms Nair said she was not worried.` and `"…," she said, laughing.` (I'll).
- h56-eastafrican-namanga, a story in The EastAfrican's style with straight double marks,
  straight apostrophes, British spelling and `Dr` without a stop: a headline with no report
  (`drags on`); `..., according to the Kenya Transporters Association (KTA).` (the report
  before its cue); `Kenyan officials say the rule ...` (nobody named); `"…," KTA chief
  executive X told The EastAfrican by phone. "…"`; a court filing, `In a petition filed at
  the East African Court of Justice ..., the association argued that the permits were "…"
  and asked the court to suspend them` (the request: no row); `Tanzania's Minister for
  Industry and Trade, Dr X, defended the rules` (no row), `Speaking in Dodoma, he said the
  permits were meant to "…" and that Kenyan trucks ... were "…"` (two fragments, one cue;
  the second's nearest `said` is the next sentence's: the n-th instead) and `"…," Dr
  Mwakyusa said.`; `Kenya's State Department for Trade said in a statement ... that ...`
  and an email, `In an email to The EastAfrican, Principal Secretary X said Kenya "…"`; `A
  senior official at the EAC Secretariat, who asked not to be named ..., said the standoff
  was "…"` (nobody named) and `The East African Business Council said in a brief ... that
  ...`; a driver whose middle name is Said (`Athumani Said Mrisho`: a name, no cue) and
  `"…," said Mrisho, who hauls ... "…"` (the second segment's nearest `said` is the next
  paragraph's: the n-th instead); `Gichuru said her members would ...` and `"…," she said.`
  (the pronoun for the chief executive, others quoted between, the last of them a man).
- h56-rollingstone-halyards, a Rolling Stone music feature with curly double marks, curly
  single marks nested, curly apostrophes, the present-tense `says` and a first-person
  writer: a headline `..., and Josie Calloway Says the Fights Were “…”` (a fragment and its
  cue in title case); `The Brooklyn indie-rock band announced Tuesday that it will release
  “Salt on the Wire,” its first album since 2011, ...` (an album title inside the reported
  clause, no row of its own); `“…,” Calloway, 41, says over the phone from ... “…”`; the
  nickname “the Austin meltdown” and `Brannock later told an interviewer that the band had
  been “…” for a year` (band’s; the nearest `Brannock` is the next paragraph's: the n-th
  instead); `“…,” he says. “…”` (a question word inside); the writer's question `“…?” I ask
  Calloway.` (the writer never named: no speaker, `I` the mention; you’d) and the answer
  `“Never,” she says. “… and said, ‘OK, fine, you win.’”` (a nested single-mark quotation
  ending the row); `producer Ines Abara, who says the sessions were “…”` (I’ve) and the
  title “Undertow,”; `Bassist X, who ..., says the reunion nearly fell apart before it
  started: “…` (a report, then a colon opening a quotation over two paragraphs with a nested
  ‘Here we go.’; weren’t, I’d, They’re); `In a statement, the band’s label, Merganser
  Records, said tickets go on sale Friday and that ...` (two reports under one cue, the first
  without `that`); `“…,” she says, “…”` (the second segment in lower case, still direct;
  we’ll).
- h56-axios-chatbots, an Axios tech-policy story in its Smart Brevity style (paragraphs
  opened by `Why it matters:`, `Driving the news:`, `What they’re saying:`, `The other
  side:`, `Between the lines:`, `The intrigue:`, and bullet paragraphs opened by `•`) with
  curly double marks, a curly single-marked headline and curly apostrophes: a headline scare
  quote ‘companion’ and the same term “companion” inside the lead's report (no rows of
  their own; nation’s); `..., according to a final draft of the bill obtained by Axios.` (a
  document: no speaker); `..., per the National Conference of State Legislatures.` (`per`
  as the cue); `State Sen. X (DFL-St. Paul), the bill’s author, told Axios the final version
  is “…”` and `“…,” she said.` (didn’t); `“…,” said X, vice president of state policy at the
  Digital Futures Council, an industry group. “…”` (the second segment's nearest `said` is
  the next sentence's: the n-th instead), `Dalby said the council was “…,” but declined to
  say whether it would sue` (the refusal: no row); `“…,” said Dr. X, a child psychiatrist
  at ... who testified for the bill.` (`testified for the bill`: no clause); a bullet `• X,
  a Rochester mother whose son ... with a chatbot he nicknamed “Max,” testified in March that
  the app had “…”` (a nickname, then the fragment) and a bullet `• In an email Wednesday, she
  called herself “…”`; `Kindred AI, ..., said in a statement that it already bars users
  under 13 and “…”` (a report and a fragment under one cue; the fragment's nearest `said`
  is the next sentence's: the n-th instead) and `A spokesperson for the governor said he
  “…”` (the governor never named); `Two lobbyists involved in the talks told Axios that ...`
  (nobody named), `an offer Jorgensen rejected` (no row) and `“…,” Jorgensen said when asked
  about it.` (`when asked about it`: no clause; don’t).

Not rows: titles of works (“Salt on the Wire,”, “Undertow,”, 'Tartan Noir for Beginners', the
headline „Wieder allein gelassen“ and its translation ("Left alone again")), terms, scare
quotes and nicknames (“cart gap”, ‘companion’, “companion”, “the Austin meltdown”, “Max,”),
quotations and reports nested inside a quotation ("Eilidh, I can't make it work at these
rents," and its `said to me`, ‘OK, fine, you win.’ and its `said`, ‘Here we go.’ with `I
thought` and `told my wife`, `told them`, `asked me`, `told him`), the apostrophes (week’s,
That’s, ’90s, city’s, D’Amato, I’m, doesn’t, capital's, don't, can't, he's, '80s,
council's, levy's, O'Hare, what's, I'm, Germany's, line's, Touch 'n Go, I'll, Tanzania's,
Kenya's, band’s, you’d, I’ve, weren’t, I’d, They’re, we’ll, nation’s, bill’s, didn’t,
they’re, don’t), headlines without a report, calls, requests, deeds and refusals
(`slashes`, `brushed off talk of`, `has called on ... to ring-fence`, `scraps`, `citing`,
`declined to say whether`, `drags on`, `defended the rules`, `asked the court to suspend
them`, `asked not to be named`, `was cooking ugali`, `is already thinking past the tour`,
`testified for the bill`, `an offer Jorgensen rejected`, `when asked about it`, `declined to
say whether it would sue`).
7 articles, 17,880 characters; 123 quotations: direct 57, partial 33, indirect 33.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Councilmember, Deputy Chief, Cllr, Economy Minister, CEO, Dr, Dr.,
Mr, Ms, Principal Secretary or State Sen.; a mention that is the full name is written
without its title, one that is a surname keeps it: `Mr Teo`, `Ms Nair`, `Dr Mwakyusa`) or
None when the text names nobody who can be the speaker (supporters, opponents, Kenyan
officials, a senior official at the EAC Secretariat, two lobbyists, commuters, the asker of
`Asked whether ...` in the DW story, Malaysian media reports, a draft of a bill, the writer
of the Rolling Stone feature, a spokesperson for a governor the text never names); a report
holding a quoted fragment gives only the partial row, and a second clause under the same
cue its own row (indirect without marks, partial with them); fragments under one cue give
a partial row each with that cue; an indirect span is the reported clause with its leading
`that` when it has one, without a closing period, and a report before its cue (`..., operator
RTS Operations announced`, `..., the company said`, `..., according to ...`) is the clause
before the comma; an indirect question after `Asked` is a row whose speaker is the asker
when the text names one (`Asked by CNA`: CNA) and None otherwise; a quotation split by its
attribution gives one row per segment with the same mention and cue; a quotation paragraph
with no cue after the speaker's own quotation is that speaker's, with no mention and no
cue; a quotation over several paragraphs gives one row per paragraph, all with the mention
and cue of the paragraph that opens it; a spokeswoman or spokesperson who is not named, a
statement, a letter, an email, a brief and a petition speak for the body named (the Capital
Hoteliers Forum, the Federal Economy Ministry, the Hollywood Chamber of Commerce, StreetsLA,
RTS Operations, the Land Transport Authority, Kenya's State Department for Trade, the East
African Business Council, the Kenya Transporters Association, Merganser Records, Kindred
AI); a union (IG Metall) and a band (the Halyards, `Halyards` without its article as CoNLL
spans it) speak for themselves; descriptions (`the company`, `the association`, `the
council`, `The Brooklyn indie-rock band`, `the 44-year-old`, `the 31-year-old`, `The chief
executive of the Edinburgh Festival Fringe Society`, `Fringe chief`) speak for the entity
they refer to, before or after its name; a headline's quotation with no cue gives the row
with the headline's description of the speaker as the mention and no cue, and a headline's
`says`/`Says` with a fragment gives a partial row with it as the cue; an acronym defined
after its long form (KTA, KBA, LTA, IWH) takes the long form.
All people are invented (Yesenia Arteaga, Bob D’Amato, Marisol Ybarra, Rosa Tzul, Eilidh
Rennie, Alasdair Menzies, Isla O'Hare, Kwame Asante-Reid, Jörg Pahlke, Annika Sjöberg-Kraus,
Ramona Kleinschmidt, Felix Obermaier, Uwe Hanisch, Raymond Teo, Priya Nair, Harith Salleh,
Azlan Hakim, Wambui Gichuru, Hamisi Mwakyusa, Esther Nyaboke, Athumani Said Mrisho, Josie
Calloway, Teddy Brannock, Ines Abara, Kenji Morrow, Carla Jorgensen, Marcus Dalby, Ayesha
Farouk, Rachel Nguyen): no real public figure appears, and the offices they hold in the
text (Los Angeles councilmembers and an LAPD deputy chief, the Fringe Society's chief
executive, an Edinburgh council convener, Brandenburg's economy minister, the chief
executives of RTS Operations and of the KTA, Johor's state transport committee chairman,
Tanzania's Minister for Industry and Trade, a Kenyan principal secretary, a Minnesota state
senator) are given to invented people. Invented too are Voltrana, the Capital Hoteliers
Forum, the Halyards, Merganser Records, the Digital Futures Council, Kindred AI, the
Minnesota bill and every event, quotation and figure; the real bodies (the Los Angeles City
Council, the Los Angeles Police Department, the UCLA Labor Center, the Hollywood Chamber of
Commerce, StreetsLA, the Edinburgh Festival Fringe Society, the City of Edinburgh Council,
the Gilded Balloon, IG Metall, DW, the Lausitzer Rundschau, the Halle Institute for Economic
Research, the Federal Motor Transport Authority, the Federal Economy Ministry, RTS
Operations, the Land Transport Authority, CNA, the Kenya Transporters Association, the East
African Court of Justice, Kenya's State Department for Trade, the EAC Secretariat, the East
African Business Council, The EastAfrican, the National Conference of State Legislatures,
the University of Minnesota, Axios) are given invented words or events.

Built with make_news_2020s.py's helpers, imported as the other holdout builders import them
(a copy beside this file).
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

usage: make_news_2020s_holdout56.py [OUT.jsonl]   (default: news_2020s_holdout56.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h56-latimes-vendors", """
L.A. council slashes street vending fee to $50 ahead of World Cup crowds

The Los Angeles City Council voted 12-2 on Wednesday to cut the cost of a sidewalk vending permit
from $541 to $50, a move supporters called “long overdue” and opponents warned would “turn Hollywood
Boulevard into a swap meet.”

“For years we have told vendors to get legal and then charged them a week’s income to do it,” said
Councilmember Yesenia Arteaga, who wrote the motion and whose district includes MacArthur Park.
“That’s not a policy. That’s a shakedown.”

Arteaga, 38, the daughter of a fruit vendor who sold mangoes on a stick in Boyle Heights in the
’90s, said the fee cut would be paired with a $2-million fund to help vendors buy carts that meet
county health codes. The so-called “cart gap” — a code-compliant cart can cost more than $15,000 —
has long been the biggest hurdle. Most of the city’s estimated 10,000 sidewalk vendors still work
without a permit, according to a 2025 study by the UCLA Labor Center.

Councilmember Bob D’Amato, who represents much of the west San Fernando Valley and cast one of the
two no votes, said the city had “no plan whatsoever” for enforcement. “I’m not against vendors. I’m
against pretending the Police Department has officers to spare for this,” he said. “It doesn’t.”

“Every time we pass something like this, the same people come back to my office six months later
asking why their block looks the way it does.”

Deputy Chief Marisol Ybarra of the Los Angeles Police Department told council members that officers
would “educate first and cite last” and that sidewalk vending remained a civil matter, not a
criminal one.

Among the dozens of vendors who packed the chamber, many still in their aprons, was Rosa Tzul, 52,
who has sold tamales outside the Westlake/MacArthur Park Metro station for 19 years. “My daughter is
a nurse. My son is at Cal State L.A. Everything they have came from this cart,” Tzul said in Spanish
through an interpreter. “Now maybe I can stop running when I see a city truck.”

Business groups were less enthusiastic. In a letter to the council Tuesday, the Hollywood Chamber of
Commerce wrote that it supported “a legal path for vendors” but warned that the lower fee, without
more health inspectors, would leave restaurants “competing with people who play by none of the
rules.” StreetsLA, the city agency that issues the permits, said in an email that it would begin
accepting applications at the new rate on March 1, pending a second council vote next week.

After the vote, Arteaga brushed off talk of a legal challenge from business owners. “Let them sue,”
she said. “The World Cup is in June. Fans are going to want a bacon-wrapped hot dog outside the fan
zone, and I want the person selling it to have a permit.”
""", [
    ("long overdue", P, None, "supporters", "called"),
    ("turn Hollywood Boulevard into a swap meet.", P, None, "opponents", "warned"),
    ("For years we have told vendors to get legal and then charged them a week’s income to "
     "do it,", D, "Yesenia Arteaga", "Yesenia Arteaga", "said"),
    ("That’s not a policy. That’s a shakedown.", D, "Yesenia Arteaga", "Yesenia Arteaga",
     "said"),
    ("the fee cut would be paired with a $2-million fund to help vendors buy carts that meet "
     "county health codes", I, "Yesenia Arteaga", "Arteaga", "said"),
    ("Most of the city’s estimated 10,000 sidewalk vendors still work without a permit", I,
     "UCLA Labor Center", "the UCLA Labor Center", "according to"),
    ("no plan whatsoever", P, "Bob D’Amato", "Bob D’Amato", "said"),
    ("I’m not against vendors. I’m against pretending the Police Department has officers to "
     "spare for this,", D, "Bob D’Amato", "he", "said"),
    ("It doesn’t.", D, "Bob D’Amato", "he", "said"),
    ("Every time we pass something like this, the same people come back to my office six "
     "months later asking why their block looks the way it does.", D, "Bob D’Amato", None,
     None),
    ("educate first and cite last", P, "Marisol Ybarra", "Marisol Ybarra", "told"),
    ("that sidewalk vending remained a civil matter, not a criminal one", I, "Marisol Ybarra",
     "Marisol Ybarra", "told"),
    ("My daughter is a nurse. My son is at Cal State L.A. Everything they have came from this "
     "cart,", D, "Rosa Tzul", "Tzul", "said"),
    ("Now maybe I can stop running when I see a city truck.", D, "Rosa Tzul", "Tzul", "said"),
    ("a legal path for vendors", P, "Hollywood Chamber of Commerce",
     "the Hollywood Chamber of Commerce", "wrote"),
    ("competing with people who play by none of the rules.", P,
     "Hollywood Chamber of Commerce", "the Hollywood Chamber of Commerce", "warned"),
    ("that it would begin accepting applications at the new rate on March 1, pending a second "
     "council vote next week", I, "StreetsLA", "StreetsLA", "said"),
    ("Let them sue,", D, "Yesenia Arteaga", "she", "said"),
    ("The World Cup is in June. Fans are going to want a bacon-wrapped hot dog outside the fan "
     "zone, and I want the person selling it to have a permit.", D, "Yesenia Arteaga", "she",
     "said"),
])

doc("h56-scotsman-fringe", """
Fringe chief: 'Visitor levy must pay for the festival that earns it'

The chief executive of the Edinburgh Festival Fringe Society has called on the City of Edinburgh
Council to ring-fence a fifth of the new visitor levy for the capital's festivals, warning that
without it some of the smallest venues 'will not see another August'.

Speaking at an industry briefing in the Assembly Rooms on Tuesday, Eilidh Rennie, who has led the
society since 2024, said: 'Every one of those visitors who pays the levy came here because a
comedian in a cellar made them laugh, or a dancer from Lagos made them cry, or a student theatre
company from Aberdeen did something nobody had ever seen before.

'That money has to find its way back to the people who earned it, and at the moment there is no
guarantee a single penny will.'

The levy – a 5 per cent charge on overnight stays in the city – comes into force next summer and is
expected to raise up to £45m a year, according to the council. Rennie, 47, who ran a 60-seat venue
in a Marchmont church hall before joining the society, said the 'sums just don't add up any more'
for many small operators. 'One of them said to me, "Eilidh, I can't make it work at these rents,"
and he's been doing this since the '80s,' she added.

The council's finance and resources convener, Cllr Alasdair Menzies, said the administration was
'listening carefully' to the festivals but that the levy's first job was to pay for 'the basics that
residents and visitors both rely on – clean streets, working toilets and buses that turn up'.

'We have been very clear that this is not a festival tax,' he said. 'It is a visitor levy, and
visitors come to Edinburgh in January as well as August.'

Green councillor Isla O'Hare, whose Southside ward includes several of the biggest Fringe venues,
accused the administration of treating the festivals as 'a cash machine with a piper outside'. In a
post on Bluesky, she wrote: 'The Fringe brings in more than the levy ever will. Strangle it and see
what's left.'

The Capital Hoteliers Forum, which opposed the levy from the start, said bookings for next August
had already begun to 'soften noticeably'. A spokeswoman for the forum said: 'Visitors do not
distinguish between a levy and a price rise. To them it is all just Edinburgh getting dearer.'

Among those at the briefing was the comedian Kwame Asante-Reid, 31, whose show 'Tartan Noir for
Beginners' sold out its run at the Gilded Balloon last year. 'I paid £140 a night for a box room in
Leith,' the 31-year-old said. 'If the levy goes on top of that, I'm doing Glasgow instead.' He said
he had already pencilled in a room above a pub in the Merchant City for next August.
""", [
    ("Visitor levy must pay for the festival that earns it", D, "Eilidh Rennie", "Fringe chief",
     None),
    ("will not see another August", P, "Eilidh Rennie",
     "The chief executive of the Edinburgh Festival Fringe Society", "warning"),
    ("Every one of those visitors who pays the levy came here because a comedian in a cellar "
     "made them laugh, or a dancer from Lagos made them cry, or a student theatre company from "
     "Aberdeen did something nobody had ever seen before.", D, "Eilidh Rennie", "Eilidh Rennie",
     "said"),
    ("That money has to find its way back to the people who earned it, and at the moment there "
     "is no guarantee a single penny will.", D, "Eilidh Rennie", ("Eilidh Rennie", 1),
     ("said", 1)),
    ("The levy – a 5 per cent charge on overnight stays in the city – comes into force next "
     "summer and is expected to raise up to £45m a year", I, "City of Edinburgh Council",
     "the council", "according to"),
    ("sums just don't add up any more", P, "Eilidh Rennie", "Rennie", "said"),
    ("One of them said to me, \"Eilidh, I can't make it work at these rents,\" and he's been "
     "doing this since the '80s,", D, "Eilidh Rennie", "she", "added"),
    ("listening carefully", P, "Alasdair Menzies", "Alasdair Menzies", "said"),
    ("the basics that residents and visitors both rely on – clean streets, working toilets and "
     "buses that turn up", P, "Alasdair Menzies", "Alasdair Menzies", ("said", 4)),
    ("We have been very clear that this is not a festival tax,", D, "Alasdair Menzies", "he",
     "said"),
    ("It is a visitor levy, and visitors come to Edinburgh in January as well as August.", D,
     "Alasdair Menzies", "he", "said"),
    ("a cash machine with a piper outside", P, "Isla O'Hare", "Isla O'Hare", "accused"),
    ("The Fringe brings in more than the levy ever will. Strangle it and see what's left.", D,
     "Isla O'Hare", "she", "wrote"),
    ("soften noticeably", P, "Capital Hoteliers Forum", "The Capital Hoteliers Forum",
     ("said", 6)),
    ("Visitors do not distinguish between a levy and a price rise. To them it is all just "
     "Edinburgh getting dearer.", D, "Capital Hoteliers Forum", "A spokeswoman for the forum",
     "said"),
    ("I paid £140 a night for a box room in Leith,", D, "Kwame Asante-Reid", "the 31-year-old",
     "said"),
    ("If the levy goes on top of that, I'm doing Glasgow instead.", D, "Kwame Asante-Reid",
     "the 31-year-old", "said"),
    ("he had already pencilled in a room above a pub in the Merchant City for next August", I,
     "Kwame Asante-Reid", "He", "said"),
])

doc("h56-dw-lusatia", """
Battery maker Voltrana scraps Lusatia gigafactory in blow to coal region

Swedish-German battery start-up Voltrana said on Thursday that it had abandoned plans to build a
€2.4 billion ($2.8 billion) cell factory in Germany's eastern Lusatia region, citing weak demand for
electric cars in Europe and fierce competition from Chinese manufacturers.

The plant near Spremberg was to have created around 1,800 jobs in a region that stands to lose
thousands more as Germany phases out coal by 2038. "This is a bitter day for Lusatia," Brandenburg
Economy Minister Jörg Pahlke told DW. "We did everything that was asked of us. We built the roads,
we found the land, we trained the people."

Pahlke said the state would demand the return of €140 million in subsidies already paid out to the
company. Asked whether Brandenburg had backed the wrong horse, he said: "Hindsight is a wonderful
thing. Nobody in 2023 was predicting that Europeans would stop buying electric cars."

In a statement, Voltrana CEO Annika Sjöberg-Kraus, 44, called the decision "painful but unavoidable"
and said the company would concentrate production at its existing plant in Västerås, Sweden. "We
will honour every commitment we have made to our employees in Germany," the 44-year-old said.
Voltrana employs about 120 people at a pilot line in Cottbus.

The IG Metall union said the decision was a "slap in the face" for workers who had retrained for the
new industry. Union official Ramona Kleinschmidt told reporters in Cottbus that 60 former miners had
just completed a two-year course to become battery technicians. "They did what the politicians told
them to do," she said. "Now they have certificates and no factory."

The regional daily Lausitzer Rundschau ran the news on its front page under the headline „Wieder
allein gelassen“ ("Left alone again"). "The European battery industry is going through a brutal
shakeout, and Voltrana was always one of the more exposed players," said Felix Obermaier, an
industrial economist at the Halle Institute for Economic Research (IWH).

According to the Federal Motor Transport Authority (KBA), registrations of new battery-electric cars
in Germany fell 9% in the first ten months of 2026 compared with the same period a year earlier.
Obermaier said Voltrana had also struggled to win orders from German carmakers, which "still prefer
to buy their cells from Asia, for price and for reliability."

A spokesperson for the Federal Economy Ministry said the government remained "fully committed" to
structural aid for coal regions but declined to say whether Berlin would help find another investor
for the site.

In Spremberg, the town closest to the site, the mood was grim. "First the mines, now this," said Uwe
Hanisch, 61, a former excavator driver at the nearby Welzow-Süd opencast mine. "My grandson asked me
last week if he should move to Leipzig. I told him yes."
""", [
    ("that it had abandoned plans to build a €2.4 billion ($2.8 billion) cell factory in "
     "Germany's eastern Lusatia region", I, "Voltrana", "Voltrana", "said"),
    ("This is a bitter day for Lusatia,", D, "Jörg Pahlke", "Jörg Pahlke", "told"),
    ("We did everything that was asked of us. We built the roads, we found the land, we "
     "trained the people.", D, "Jörg Pahlke", "Jörg Pahlke", "told"),
    ("the state would demand the return of €140 million in subsidies already paid out to the "
     "company", I, "Jörg Pahlke", "Pahlke", "said"),
    ("whether Brandenburg had backed the wrong horse", I, None, None, "Asked"),
    ("Hindsight is a wonderful thing. Nobody in 2023 was predicting that Europeans would stop "
     "buying electric cars.", D, "Jörg Pahlke", "he", "said"),
    ("painful but unavoidable", P, "Annika Sjöberg-Kraus", "Annika Sjöberg-Kraus", "called"),
    ("the company would concentrate production at its existing plant in Västerås, Sweden", I,
     "Annika Sjöberg-Kraus", "Annika Sjöberg-Kraus", "said"),
    ("We will honour every commitment we have made to our employees in Germany,", D,
     "Annika Sjöberg-Kraus", "the 44-year-old", "said"),
    ("slap in the face", P, "IG Metall", "The IG Metall union", "said"),
    ("that 60 former miners had just completed a two-year course to become battery "
     "technicians", I, "Ramona Kleinschmidt", "Ramona Kleinschmidt", "told"),
    ("They did what the politicians told them to do,", D, "Ramona Kleinschmidt", "she",
     "said"),
    ("Now they have certificates and no factory.", D, "Ramona Kleinschmidt", "she", "said"),
    ("The European battery industry is going through a brutal shakeout, and Voltrana was "
     "always one of the more exposed players,", D, "Felix Obermaier", "Felix Obermaier",
     "said"),
    ("registrations of new battery-electric cars in Germany fell 9% in the first ten months of "
     "2026 compared with the same period a year earlier", I,
     "Federal Motor Transport Authority", "the Federal Motor Transport Authority",
     "According to"),
    ("still prefer to buy their cells from Asia, for price and for reliability.", P,
     "Felix Obermaier", "Obermaier", ("said", 9)),
    ("fully committed", P, "Federal Economy Ministry",
     "A spokesperson for the Federal Economy Ministry", "said"),
    ("First the mines, now this,", D, "Uwe Hanisch", "Uwe Hanisch", "said"),
    ("My grandson asked me last week if he should move to Leipzig. I told him yes.", D,
     "Uwe Hanisch", "Uwe Hanisch", "said"),
])

doc("h56-cna-rtslink", """
RTS Link fare set at S$5; commuters say price "about right" but fear long queues

SINGAPORE: A one-way trip on the Johor Bahru-Singapore Rapid Transit System (RTS) Link will cost S$5
when the cross-border line opens next month, operator RTS Operations announced on Friday (Nov 27).

Passengers travelling from Johor Bahru will pay RM17, and both contactless bank cards and the Touch
'n Go card will be accepted from the first day, the company said in a media release.

"We have priced the RTS Link to be competitive with the bus and affordable for daily commuters,
while keeping the system financially sustainable," said RTS Operations chief executive Raymond Teo.
"Our promise is simple: Bukit Chagar to Woodlands North in five minutes."

Mr Teo said trains would run every 3.6 minutes during peak hours and carry up to 10,000 passengers
an hour in each direction. Asked by CNA whether fares would be reviewed after the first year, he
said: "Every fare is reviewed regularly. I would not want to promise anything today."

In a separate statement, the Land Transport Authority (LTA) said testing of the line's signalling
and train systems was "in the final stretch", and that immigration clearance at both ends would be
"as seamless as we can make it".

Ms Priya Nair, 34, an accountant who lives in Johor Bahru and works in Jurong, said she spends up to
three hours a day crossing the Causeway by bus. "S$5 is fine if it really takes five minutes. I'm
paying almost that now to sit in a jam for an hour," she told CNA.

Not everyone is convinced. "On the first day, everyone will want to try it. If the queue at Bukit
Chagar is longer than the jam on the Causeway, what's the point?" asked Mr Harith Salleh, a
27-year-old technician from Skudai.

In Johor, state transport committee chairman Azlan Hakim wrote on Facebook that the state would add
40 feeder bus routes to Bukit Chagar station before the opening. "Johoreans have waited almost 10
years for this. We will not let the last kilometre be the weak link," he wrote.

Some eateries near Bukit Chagar have already raised prices in anticipation of the crowds, according
to Malaysian media reports. Ms Nair said she was not worried. "If the food in JB gets more
expensive, I'll just eat in Singapore," she said, laughing.
""", [
    ("about right", P, None, "commuters", "say"),
    ("A one-way trip on the Johor Bahru-Singapore Rapid Transit System (RTS) Link will cost "
     "S$5 when the cross-border line opens next month", I, "RTS Operations", "RTS Operations",
     "announced"),
    ("Passengers travelling from Johor Bahru will pay RM17, and both contactless bank cards "
     "and the Touch 'n Go card will be accepted from the first day", I, "RTS Operations",
     "the company", "said"),
    ("We have priced the RTS Link to be competitive with the bus and affordable for daily "
     "commuters, while keeping the system financially sustainable,", D, "Raymond Teo",
     "Raymond Teo", "said"),
    ("Our promise is simple: Bukit Chagar to Woodlands North in five minutes.", D,
     "Raymond Teo", "Raymond Teo", ("said", 2)),
    ("trains would run every 3.6 minutes during peak hours and carry up to 10,000 passengers "
     "an hour in each direction", I, "Raymond Teo", "Mr Teo", "said"),
    ("whether fares would be reviewed after the first year", I, "CNA", "CNA", "Asked"),
    ("Every fare is reviewed regularly. I would not want to promise anything today.", D,
     "Raymond Teo", "he", "said"),
    ("in the final stretch", P, "Land Transport Authority", "the Land Transport Authority",
     "said"),
    ("as seamless as we can make it", P, "Land Transport Authority",
     "the Land Transport Authority", ("said", 5)),
    ("she spends up to three hours a day crossing the Causeway by bus", I, "Priya Nair",
     "Priya Nair", "said"),
    ("S$5 is fine if it really takes five minutes. I'm paying almost that now to sit in a jam "
     "for an hour,", D, "Priya Nair", "she", "told"),
    ("On the first day, everyone will want to try it. If the queue at Bukit Chagar is longer "
     "than the jam on the Causeway, what's the point?", D, "Harith Salleh", "Harith Salleh",
     "asked"),
    ("that the state would add 40 feeder bus routes to Bukit Chagar station before the "
     "opening", I, "Azlan Hakim", "Azlan Hakim", "wrote"),
    ("Johoreans have waited almost 10 years for this. We will not let the last kilometre be "
     "the weak link,", D, "Azlan Hakim", "he", "wrote"),
    ("Some eateries near Bukit Chagar have already raised prices in anticipation of the "
     "crowds", I, None, None, "according to"),
    ("she was not worried", I, "Priya Nair", "Ms Nair", "said"),
    ("If the food in JB gets more expensive, I'll just eat in Singapore,", D, "Priya Nair",
     "she", "said"),
])

doc("h56-eastafrican-namanga", """
Truckers stranded at Namanga as Kenya-Tanzania permit row drags on

More than 600 lorries were stuck on both sides of the Namanga border post on Monday as a dispute
between Nairobi and Dodoma over new cargo permits entered its second week, according to the Kenya
Transporters Association (KTA).

Tanzania began enforcing the permits on November 16, requiring foreign-registered trucks carrying
goods to destinations inside the country to hand their loads over to Tanzanian hauliers at the
border. Kenyan officials say the rule breaches the East African Community (EAC) Customs Union
protocol.

"We have drivers who have slept in their cabs for nine days, with perishable goods rotting behind
them," KTA chief executive Wambui Gichuru told The EastAfrican by phone. "Some of them are carrying
medicines for hospitals in Arusha. This is not a trade dispute any more, it is a humanitarian one."

In a petition filed at the East African Court of Justice in Arusha last Thursday, the association
argued that the permits were "a non-tariff barrier in everything but name" and asked the court to
suspend them until a full hearing.

Tanzania's Minister for Industry and Trade, Dr Hamisi Mwakyusa, defended the rules on Saturday.
Speaking in Dodoma, he said the permits were meant to "protect Tanzanian transporters, not to punish
anyone" and that Kenyan trucks with valid papers were "crossing every day". "Tanzania respects the
Customs Union. We only ask that our neighbours respect our laws too," Dr Mwakyusa said.

Kenya's State Department for Trade said in a statement on Sunday that it had written to the EAC
Secretariat requesting an urgent meeting of the Sectoral Council on Trade. In an email to The
EastAfrican, Principal Secretary Esther Nyaboke said Kenya "will not retaliate, for now".

A senior official at the EAC Secretariat, who asked not to be named because he was not authorised to
speak to the media, said the standoff was "exactly the kind of thing the Customs Union was supposed
to end". The East African Business Council said in a brief on Monday that the dispute was costing
traders on both sides about $1.2 million a day.

At the border, driver Athumani Said Mrisho, 52, was cooking ugali over a charcoal stove beside his
truck. "I have done this route for 20 years and I have never seen it like this," said Mrisho, who
hauls wheat flour from Mombasa to Moshi. "At night we make a fire and share what we have. In the day
we wait."

Gichuru said her members would begin rerouting through the Isebania crossing if the court did not
act by Friday. "Isebania adds two days to the trip. But two days is better than nine," she said.
""", [
    ("More than 600 lorries were stuck on both sides of the Namanga border post on Monday as "
     "a dispute between Nairobi and Dodoma over new cargo permits entered its second week", I,
     "Kenya Transporters Association", "the Kenya Transporters Association", "according to"),
    ("the rule breaches the East African Community (EAC) Customs Union protocol", I, None,
     "Kenyan officials", "say"),
    ("We have drivers who have slept in their cabs for nine days, with perishable goods "
     "rotting behind them,", D, "Wambui Gichuru", "Wambui Gichuru", "told"),
    ("Some of them are carrying medicines for hospitals in Arusha. This is not a trade dispute "
     "any more, it is a humanitarian one.", D, "Wambui Gichuru", "Wambui Gichuru", "told"),
    ("a non-tariff barrier in everything but name", P, "Kenya Transporters Association",
     "the association", "argued"),
    ("protect Tanzanian transporters, not to punish anyone", P, "Hamisi Mwakyusa", "he",
     "said"),
    ("crossing every day", P, "Hamisi Mwakyusa", "he", ("said", 1)),
    ("Tanzania respects the Customs Union. We only ask that our neighbours respect our laws "
     "too,", D, "Hamisi Mwakyusa", "Dr Mwakyusa", "said"),
    ("that it had written to the EAC Secretariat requesting an urgent meeting of the Sectoral "
     "Council on Trade", I, "State Department for Trade",
     "Kenya's State Department for Trade", "said"),
    ("will not retaliate, for now", P, "Esther Nyaboke", "Esther Nyaboke", "said"),
    ("exactly the kind of thing the Customs Union was supposed to end", P, None,
     "A senior official at the EAC Secretariat", "said"),
    ("that the dispute was costing traders on both sides about $1.2 million a day", I,
     "East African Business Council", "The East African Business Council", "said"),
    ("I have done this route for 20 years and I have never seen it like this,", D,
     "Athumani Said Mrisho", "Mrisho", "said"),
    ("At night we make a fire and share what we have. In the day we wait.", D,
     "Athumani Said Mrisho", "Mrisho", ("said", 7)),
    ("her members would begin rerouting through the Isebania crossing if the court did not act "
     "by Friday", I, "Wambui Gichuru", "Gichuru", "said"),
    ("Isebania adds two days to the trip. But two days is better than nine,", D,
     "Wambui Gichuru", "she", "said"),
])

doc("h56-rollingstone-halyards", """
The Halyards Are Back, and Josie Calloway Says the Fights Were “Worth It”

Fifteen years after they broke up onstage at a festival in Austin, the Halyards are getting back
together. The Brooklyn indie-rock band announced Tuesday that it will release “Salt on the Wire,”
its first album since 2011, on March 6, followed by a 32-date North American tour that opens in
Philadelphia in April.

“We were kids when we made the first two records, and we were exhausted kids when we made the
third,” Calloway, 41, says over the phone from her home in Kingston, New York. “I needed to go away
and find out whether I still liked music without the band. It turns out I did. It also turns out I
missed them.”

The band’s split was famously ugly. At the 2011 show — still known to fans as “the Austin meltdown”
— Calloway walked off mid-song after a shouting match with guitarist Teddy Brannock, then her
boyfriend. Brannock later told an interviewer that the band had been “running on fumes and spite”
for a year.

Now 43 and a father of two, Brannock sounds more philosophical. “Honestly? We were both right and
both insufferable,” he says. “It took me about 10 years to admit the second part.”

“Did you ever think you’d be in a room together again?” I ask Calloway. “Never,” she says. “Then
Teddy sent me a voice memo of a riff in 2023. No message, just the riff. I listened to it maybe 40
times, and I called him the next morning and said, ‘OK, fine, you win.’”

The new album was recorded over three weeks at a converted church in the Catskills with producer
Ines Abara, who says the sessions were “the least dramatic I’ve ever done, which nobody believes.”
The lead single, “Undertow,” is out Friday.

Bassist Kenji Morrow, who spent the break years playing sessions for country acts in Nashville, says
the reunion nearly fell apart before it started: “There was a week in 2024 when Josie and Teddy
weren’t speaking again, and I thought, ‘Here we go.’ I’d already told my wife I’d be home for the
summer.

“But they figured it out. They’re grown-ups now — mostly.”

In a statement, the band’s label, Merganser Records, said tickets go on sale Friday and that a
portion of every ticket will go to a fund for musicians without health insurance. Calloway, for her
part, is already thinking past the tour. “If we get through April without anybody quitting,” she
says, “we’ll talk about album five.”
""", [
    ("Worth It", P, "Josie Calloway", "Josie Calloway", "Says"),
    ("that it will release “Salt on the Wire,” its first album since 2011, on March 6, followed "
     "by a 32-date North American tour that opens in Philadelphia in April", I, "Halyards",
     "The Brooklyn indie-rock band", "announced"),
    ("We were kids when we made the first two records, and we were exhausted kids when we made "
     "the third,", D, "Josie Calloway", "Calloway", "says"),
    ("I needed to go away and find out whether I still liked music without the band. It turns "
     "out I did. It also turns out I missed them.", D, "Josie Calloway", "Calloway", "says"),
    ("running on fumes and spite", P, "Teddy Brannock", ("Brannock", 2), "told"),
    ("Honestly? We were both right and both insufferable,", D, "Teddy Brannock", "he", "says"),
    ("It took me about 10 years to admit the second part.", D, "Teddy Brannock", "he", "says"),
    ("Did you ever think you’d be in a room together again?", D, None, "I", "ask"),
    ("Never,", D, "Josie Calloway", "she", "says"),
    ("Then Teddy sent me a voice memo of a riff in 2023. No message, just the riff. I listened "
     "to it maybe 40 times, and I called him the next morning and said, ‘OK, fine, you win.’",
     D, "Josie Calloway", "she", "says"),
    ("the least dramatic I’ve ever done, which nobody believes.", P, "Ines Abara",
     "Ines Abara", "says"),
    ("the reunion nearly fell apart before it started", I, "Kenji Morrow", "Kenji Morrow",
     "says"),
    ("There was a week in 2024 when Josie and Teddy weren’t speaking again, and I thought, ‘Here "
     "we go.’ I’d already told my wife I’d be home for the summer.", D, "Kenji Morrow",
     "Kenji Morrow", "says"),
    ("But they figured it out. They’re grown-ups now — mostly.", D, "Kenji Morrow",
     ("Kenji Morrow", 1), ("says", 5)),
    ("tickets go on sale Friday", I, "Merganser Records", "Merganser Records", "said"),
    ("that a portion of every ticket will go to a fund for musicians without health "
     "insurance", I, "Merganser Records", "Merganser Records", "said"),
    ("If we get through April without anybody quitting,", D, "Josie Calloway", "she", "says"),
    ("we’ll talk about album five.", D, "Josie Calloway", "she", "says"),
])

doc("h56-axios-chatbots", """
Minnesota moves to rein in AI ‘companion’ chatbots

Minnesota lawmakers are poised to pass the nation’s strictest rules for AI “companion” apps as soon
as Thursday, requiring age checks and hourly break reminders for users under 18, according to a
final draft of the bill obtained by Axios.

Why it matters: The bill would be the first in the U.S. to regulate companion chatbots as a distinct
product category. At least 11 other states are weighing similar measures, per the National
Conference of State Legislatures.

Driving the news: State Sen. Carla Jorgensen (DFL-St. Paul), the bill’s author, told Axios the final
version is “stronger than anything on the table in Congress.” “My constituents didn’t send me here
to wait for Washington,” she said.

What they’re saying: “This bill treats every teenager as a suspect and every app as a predator,”
said Marcus Dalby, vice president of state policy at the Digital Futures Council, an industry group.
“It will not survive a First Amendment challenge, and Minnesota taxpayers will pay the legal bills.”
Dalby said the council was “reviewing all options,” but declined to say whether it would sue.

The other side: “The companies have had three years to police themselves. They chose engagement
instead,” said Dr. Ayesha Farouk, a child psychiatrist at the University of Minnesota who testified
for the bill.

• Rachel Nguyen, a Rochester mother whose son spent up to nine hours a day with a chatbot he
nicknamed “Max,” testified in March that the app had “replaced his friends, then his sleep, then
us.”

• In an email Wednesday, she called herself “relieved, but not celebrating until the governor signs
it.”

Between the lines: Kindred AI, whose companion app has about 4 million U.S. users, said in a
statement that it already bars users under 13 and “will comply with any law that is finally
enacted.” A spokesperson for the governor said he “intends to sign it.”

The intrigue: Two lobbyists involved in the talks told Axios that the industry had offered to drop
its opposition if the hourly reminders were cut, an offer Jorgensen rejected. “We don’t negotiate
the safety features,” Jorgensen said when asked about it. The House is expected to vote next week.
""", [
    ("Minnesota lawmakers are poised to pass the nation’s strictest rules for AI “companion” "
     "apps as soon as Thursday, requiring age checks and hourly break reminders for users "
     "under 18", I, None, None, "according to"),
    ("At least 11 other states are weighing similar measures", I,
     "National Conference of State Legislatures",
     "the National Conference of State Legislatures", "per"),
    ("stronger than anything on the table in Congress.", P, "Carla Jorgensen",
     "Carla Jorgensen", "told"),
    ("My constituents didn’t send me here to wait for Washington,", D, "Carla Jorgensen",
     "she", "said"),
    ("This bill treats every teenager as a suspect and every app as a predator,", D,
     "Marcus Dalby", "Marcus Dalby", "said"),
    ("It will not survive a First Amendment challenge, and Minnesota taxpayers will pay the "
     "legal bills.", D, "Marcus Dalby", "Marcus Dalby", ("said", 2)),
    ("reviewing all options,", P, "Marcus Dalby", "Dalby", "said"),
    ("The companies have had three years to police themselves. They chose engagement "
     "instead,", D, "Ayesha Farouk", "Ayesha Farouk", "said"),
    ("replaced his friends, then his sleep, then us.", P, "Rachel Nguyen", "Rachel Nguyen",
     "testified"),
    ("relieved, but not celebrating until the governor signs it.", P, "Rachel Nguyen", "she",
     "called"),
    ("that it already bars users under 13", I, "Kindred AI", "Kindred AI", "said"),
    ("will comply with any law that is finally enacted.", P, "Kindred AI", "Kindred AI",
     ("said", 5)),
    ("intends to sign it.", P, None, "A spokesperson for the governor", "said"),
    ("that the industry had offered to drop its opposition if the hourly reminders were cut",
     I, None, "Two lobbyists", "told"),
    ("We don’t negotiate the safety features,", D, "Carla Jorgensen", "Jorgensen", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout56.jsonl"))
