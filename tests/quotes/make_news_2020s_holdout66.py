#!/usr/bin/python3
"""Builds news_2020s_holdout66.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer52 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs. None of the seven outlets is one the earlier
holdout builders took (The Yorkshire Post, Yonhap, the Law Society Gazette, Nikkei Asia, the
Racing Post, the Luxembourg Times and KSL.com are new: a regional daily, a Korean wire, a
legal trade paper's court report, an Asian business paper, a racing paper, a small
country's English-language paper and a local TV station's site).

- h66-yp-dalesbus, a Yorkshire Post story on rural bus cuts with straight single marks,
  straight double marks nested, straight apostrophes (Council's, council's, isn't, and
  Users' right before `Group, said:`) and `Coun` as a title: a headline
  `... 'cut off from the world', campaigners warn` (a fragment, then a lower-case plural and
  its cue: nobody named); a lede whose report comes before `, campaigners have warned.`
  (nobody named); `A report to the executive says ...` (a document: nobody named); `Coun X,
  the council's executive member for ..., said the authority had '…'` (the partial row
  only), then `'…,' he said. '…'` (isn't); `Campaigners say the cuts would deepen what they
  call 'transport poverty' among older people` (a term after a present `call` inside the
  report, no row of its own); `X, who chairs the Upper Wharfedale Bus Users' Group, said:
  '…` opening a quotation over two paragraphs (the second takes the name and the `said` of
  the first: the n-th); `Liberal Democrat group leader Coun X accused the executive of '…'
  and said she would ...` (a fragment, then a report of its own); `Its managing director, X,
  said the firm had learned ...` and `'…,' he said. '…'` with a nested "thank you for your
  service" and its `said` (part of the outer row); `A North Yorkshire Council spokesperson
  said: '…'` (the council); `The consultation, titled 'Connecting North Yorkshire', drew
  ..., according to the council.` (a title inside the report, no row of its own) and the
  name 'the Wharfedale Rambler' after `nicknamed` (no row).
- h66-yonhap-exports, a Yonhap wire story with a `SEOUL, Nov. 28 (Yonhap) --` dateline,
  straight double marks, straight apostrophes (Korea's, exporters', company's) and Korean
  names written family name first (always in full or by a pronoun or role): a headline
  `Trade minister says exports to stay ...` (a report after `says`, the minister named in
  the fourth paragraph); a report before `, government data showed Friday.` after the
  dateline (data: nobody named); `..., according to the Ministry of Trade, Industry and
  Resources.` and a report before `, the ministry said.`; `"…," Trade Minister X told
  reporters. "…"`; `The minister said ...` and `"…," he said.`; `The Korea International
  Trade Association (KITA) warned that ...` and `"…," KITA vice chairman X said in a
  statement.`; `Analysts expect ...` (a belief, no row), `"…," said X, a senior economist at
  Y.` and `She added that ...`; `The Bank of Korea said in a statement Thursday that ...,
  citing ...` (the writer's participle ends the report) and the term "twin engines" after
  `have dubbed ... the` (no row); `An SK hynix official, who asked not to be named, told
  Yonhap News Agency that ... was "…"` (a description holding a name: nobody named; the
  partial row only, its stop inside the marks) and `Asked whether ..., the minister said
  talks were "…"` (an unnamed asker, then a fragment after the report's subject).
- h66-gazette-legalaid, a Law Society Gazette court report on a judicial review with curly
  single marks and curly apostrophes (chancellor’s, solicitors’, Solicitors’,
  decision-maker’s, court’s, Gazette’s), lower-case `lord chancellor` and `KC` after a
  name: a colon headline `‘…’: judge quashes ...` (a direct row, no cue, the role after the
  colon as the mention: the judge the story names); `A High Court judge has quashed ...,
  saying a four-week consultation ... had been ‘…’` (the partial row only; the judge named
  in the next paragraph); `Mrs Justice X, sitting in the Administrative Court, said the
  Ministry of Justice had given solicitors’ representative bodies ‘…’ to ...` (the ministry
  is the report's subject; solicitors’ before a lower-case word) and `In a 41-page
  judgment, she wrote: ‘…` opening a quotation over two paragraphs (both rows take that
  `she wrote`: the n-th for the second); `The claim was brought by ...` (a deed, no row) and
  `Law Society president X said the ruling was ‘…’` (a nested `has been told to` inside the
  fragment); `‘…,’ she said. ‘…’`; `LCCSA president X told the Gazette that members had been
  ‘…’` (the partial row only) and `‘…,’ he said.`; `For the lord chancellor, X KC had argued
  that ..., in what he called ‘…’` (a report, then a fragment of `called`) and `The judge
  rejected that submission, saying ‘…’` (an object, no row; a fragment with
  decision-maker’s inside); `‘…,’ said Professor X, a public law specialist at the
  University of Leeds. ‘…’` (the second segment's nearest `said` is the next paragraph's:
  the n-th instead); `A Ministry of Justice spokesperson said: ‘…’`, `The department
  did not say whether ...` (no row), `The Bar Council said it welcomed the ruling.` and the
  survey's title ‘Who Will Answer?’ after its noun and a comma (no row).
- h66-nikkei-snacks, a Nikkei Asia deal story with a `TOKYO --` dateline, curly double
  marks, curly apostrophes (Japan’s, Crunch’s, founder’s, Foods’, Thailand’s) and given
  names first: a headline `Hoshino Foods CEO says Thai deal “…” in Asia push` (a fragment
  after `says`, the chief executive named in the second paragraph); a report before `, the
  company said on Tuesday, in its biggest ...` (the writer's phrase after it); an
  interrupted sentence `“…,” Hoshino Foods President and CEO X told a news conference in
  Tokyo, “it is ...”` (the second segment in lower case after the cue's comma: direct);
  `Morimoto said ...` and `He described the purchase price as “…,” adding that ...` (a
  fragment after `described ... as`, then a report after `adding`); `..., according to a
  statement from the company.` (Hoshino Foods); the brand “Krob Krob” inside the writer's
  sentence (no row); `Siam Crunch chief executive X, the founder’s grandson, will stay on
  ...` (Foods’ before `board`) and `“…,” he said in a statement.`; `Analysts broadly
  welcomed the deal, though some questioned the price.` (objects, no row), `“…,” said X, a
  consumer sector analyst at Y.` and `She said ...`; `..., according to people familiar
  with the matter.` (nobody named); `A commission official told Nikkei Asia that the review
  would take “…” but declined to comment further` (nobody named; the partial row only; a
  refusal, no row); `..., according to the Japan Snack Cereal Foods Association.` and `X,
  asked whether ..., said: “…”` (a participle's question: nobody named asks it).
- h66-rp-betfairchase, a Racing Post report of a Grade 1 chase with straight double marks
  and straight apostrophes (He's, I've, Lantern's, don't, We'll, year's, There's, didn't,
  Coral's, Haydock's, Delaney's, Kinsella's): a headline `"…" - Delaney after ...` (a
  quotation signed after a dash, the words going on in lower case: no cue); a lede with no
  report and `"…," Delaney told ITV Racing as he pulled up.`; `"…," said the Irishman, who
  ... "…"` (a demonym for the jockey the lede called Irish; a nested `asked` inside);
  `Lambourn trainer X, who ..., admitted she had been "…" beforehand` (the partial row only)
  and `"…," the Lambourn handler said. "…"` (an epithet for the trainer just named); `Owner
  X, who ..., said the Gold Cup was now "…"` (the race is the report's subject, not the
  speaker), `Asked whether ..., Kinsella said: "…"` (an unnamed asker); `His trainer, X, was
  philosophical. "…," he said. "…"` (`His` is the horse's; the name in apposition opens the
  sentence the `he` goes back to); `Coral cut ... to 3-1` (a deed) and `"…," said Coral's
  X.` (the name after the owner speaks); a report before `, the British Horseracing
  Authority confirmed.`; `Delaney, 27, left ...` and `"…," the 27-year-old said. "…"` (the
  age the text gave him; a nested `People said`); the name "Lenny" after `Known ... as` (no
  row) and `Kinsella said she planned to "…"`.
- h66-luxtimes-tram, a Luxembourg Times story on a delayed tram line with guillemets, curly
  double marks nested inside them and curly apostrophes (Luxembourg’s): a colon headline
  `Tram to Esch delayed again: «…», says minister` (a statement before `, says` and a
  lower-case role: the minister the story names); a report before `, Mobility Minister X
  told MPs on Wednesday.` (an apposition inside it); `«…,» Kieffer-Thill said during a
  debate in the Chamber of Deputies. «…»` (a hyphenated surname); `She blamed the delay on
  ...` (an object, no row) and `She said ...`; `Opposition MP X of the LSAP accused the
  government of «…»` and `«…,» he said.`; `Luxtram, the company that operates the network,
  said in a statement that it would use the extra time to «…» and that ...` (a report
  holding a fragment, the partial row only, then `and that` under the same cue: an indirect
  row, whose nearest `said` is the next paragraph's: the n-th instead); `The mayor of
  Esch-sur-Alzette, X, said the city had «…»` and `«…,» the mayor said.` (the role given in
  apposition); the term «the Esch bottleneck» after a present `call` (no row) and `«…,» said
  X, a nurse who ... «…»` with a nested “the tram will fix everything” (part of the outer
  row; the second segment's nearest `said` is the next paragraph's: the n-th instead); `The
  environmental group Mouvement Écologique said ...` (a body named after its noun) and `«…,»
  its spokeswoman, X, said.` (the name in apposition speaks); the motion's title
  «Transparency for the South» after `titled` (no row), `calling for` (a stance, no row) and
  `Kieffer-Thill said she would «…»`.
- h66-ksl-saltlake, a KSL.com (Salt Lake City TV) story on the Great Salt Lake with a `SALT
  LAKE CITY —` dateline, curly double marks, curly apostrophes (lake’s, we’re, America’s,
  doesn’t, it’s) and AP's `Rep.`, `Dr.` and party tag (R-Kaysville): a headline `..., state
  water managers warn` (a report before its final cue, three lower-case words the mention:
  nobody named); a report before `, state water officials said Wednesday.` after the
  dateline (nobody named); `..., according to the U.S. Geological Survey.`; `“…,” said X,
  the Great Salt Lake commissioner. “…”`, then a paragraph in marks with no cue (the same
  speaker, no mention, no cue); `Tolman said ...` and `She said she would ask lawmakers ...
  to keep ...` (one report); the name “America’s Dead Sea,” after a present `call` (no
  row); `Rep. X, R-Kaysville, who sponsored the so-called “water banking” law in 2024, told
  KSL TV that lawmakers wanted “…”` (a so-called term inside the speaker's relative clause,
  no row; the partial row only) and `“…,” he said.`; `X, whose family has harvested ...,
  said ...` and `“…,” Brimhall said. “…”` (a nested `used to say`); a report before `,
  researchers have warned.` (nobody named) and `“…,” said Dr. X, an atmospheric scientist
  at the University of Utah.`; `The Utah Division of Water Resources is urging residents to
  ...` (what it urges them to do, with its `to`) and `“…,” division spokeswoman X said.` (a
  spokeswoman with her name: her words).

Not rows: scare quotes, terms, names and nicknames ('transport poverty', 'the Wharfedale
Rambler', "twin engines", “Krob Krob”, "Lenny", «the Esch bottleneck», “America’s Dead
Sea,”, “water banking”), titles of works ('Connecting North Yorkshire', ‘Who Will Answer?’,
«Transparency for the South»), quotations and reports nested inside a quotation ("thank you
for your service" and its `said`, `The council's own figures show`, `has been told to`,
`when I asked him`, `People said`, “the tram will fix everything” and `I was told`, `used to
say`), the apostrophes (Council's, council's, isn't, Users', Korea's, exporters', company's,
chancellor’s, solicitors’, Solicitors’, decision-maker’s, court’s, Gazette’s, Japan’s,
Crunch’s, founder’s, Foods’, Thailand’s, He's, I've, he's, Lantern's, don't, We'll, year's,
There's, we'll, We've, didn't, Coral's, Haydock's, Delaney's, Kinsella's, Luxembourg’s,
lake’s, we’re, America’s, doesn’t, it’s), headlines and leads without a report, deeds,
beliefs, stances, objects and refusals (`is run by`, `have nicknamed`, `Analysts expect`,
`have dubbed`, `citing`, `quashes`, `was brought by`, `rejected that submission`, `did not
say whether`, `welcomed the deal`, `questioned the price`, `declined to comment further`,
`shot to the head`, `Coral cut`, `was philosophical`, `blamed the delay on`, `have long
complained about`, `calling for`, `sponsored`, `threaten`).
7 articles, 15,820 characters; 115 quotations: direct 54, partial 22, indirect 39.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Coun, Trade Minister, KITA vice chairman, Mrs Justice, Law Society
president, LCCSA president, Professor, President and CEO, Lambourn trainer, Owner, Mobility
Minister, Opposition MP, Rep. or Dr.; a mention that is the full name is written without its
title, one that is a surname keeps it: `Mrs Justice Harcourt`, the judge's only name, so
that her canonical name is `Harcourt`) or None when the text names nobody who can be the
speaker (campaigners, a report to the executive, government data, an SK hynix official, a
commission official, people familiar with the matter, state water managers and officials,
researchers, the unnamed askers of `Asked whether ...` and `asked whether ...`); a report
holding a quoted fragment gives only the partial row, and a second report in the same
sentence (`and that`) its own row with the same cue; a fragment after `described ... as`,
`accused ... of` or `called` is that cue's, and a report after `adding` or `and said` has
its own cue; an indirect span is the reported clause with its leading `that` (or `whether`,
or the `to` of an urging), without a closing period, and a report before its cue (`...,
campaigners have warned`, `..., government data showed Friday`, `..., the ministry said`,
`..., according to ...`, `..., the company said on Tuesday`, `..., Mobility Minister X told
MPs`, `..., the British Horseracing Authority confirmed`, `..., researchers have warned`)
is the clause before the comma, after the dateline; a question put without marks (`Asked
whether ...`, `asked whether ...`) is an indirect row with no speaker and no mention; a
quotation split by its attribution gives one row per segment with the same mention and cue,
also when the second segment goes on in lower case after the cue's comma; a quotation
paragraph with no cue after the speaker's own quotation is that speaker's, with no mention
and no cue; a quotation over two paragraphs after `said:` or `she wrote:` gives one row per
paragraph, both with that mention and cue; a spokesperson who is not named speaks for the
body the description names (North Yorkshire Council, the Ministry of Justice), and a
spokesperson with a name is that person (Lisa Hoffmann, Jen Ostler); descriptions and
epithets (`the ministry`, `The minister`, `the minister`, `A High Court judge`, `judge`,
`The judge`, `the company`, `the Irishman`, `the Lambourn handler`, `the 27-year-old`, `the
mayor`, `minister`, `Trade minister`, `Hoshino Foods CEO`) speak for the entity they refer
to, also when the name comes later in the story; a body named after its noun (`The
environmental group Mouvement Écologique`) is that body; an acronym defined after its long
form (KITA, LCCSA) takes the long form; a colon headline's quotation gives a direct row
with no cue and the role after the colon as its mention, a headline's quotation signed
after a dash a direct row with no cue and the name as its mention, and a headline's
`says`, `warn` or `, says minister` the row with the headline's words for the speaker as
the mention.
All people are invented (Malcolm Ingleby, Judith Ashworth, Bryony Hartley, Peter Wardle, Ahn
Jae-hoon, Park Hye-won, Lee Jung-min, Harcourt, Priya Mandal, Daniel Osei, Rupert Kingsley,
Nadia Whitlock, Takuya Morimoto, Natthapong Chaiyaporn, Aiko Tanabe, Ronan Delaney, Harriet
Kinsella, Geoffrey Pembridge, Willie Sheridan, Simon Ellery, Anne Kieffer-Thill, Marc
Weyland, Paul Ney, Sandrine Colin, Lisa Hoffmann, Marisa Tolman, Dale Whitmer, Kyle
Brimhall, Anjali Rao, Jen Ostler): no real public figure appears, and the offices they hold
in the text (a North Yorkshire executive member, a Liberal Democrat group leader, Korea's
trade minister, KITA's vice chairman, a High Court judge, the Law Society's president, the
LCCSA's president, Luxembourg's mobility minister, an LSAP MP, the mayor of
Esch-sur-Alzette, Mouvement Écologique's spokeswoman, Utah's Great Salt Lake commissioner, a
Utah state representative, a Division of Water Resources spokeswoman) are given to invented
people. Invented too are Dales & District Coaches, the Upper Wharfedale Bus Users' Group,
Shinil Securities, Hoshino Foods, Siam Crunch, the Krob Krob brand, Kasumi Securities, the
racehorses Copper Lantern and Bold Ambition, the survey ‘Who Will Answer?’, the motion
«Transparency for the South», and every event, quotation and figure; the real bodies and
places (North Yorkshire Council, the Ministry of Trade, Industry and Resources as the
ministry is named here, the Korea International Trade Association, the Bank of Korea,
Samsung Electronics, SK hynix, Yonhap, the Ministry of Justice, the Law Society, the London
Criminal Courts Solicitors' Association, the Bar Council, the University of Leeds, Nikkei
Asia, Thailand's Trade Competition Commission, the Japan Snack Cereal Foods Association,
ITV Racing, Coral, the British Horseracing Authority, Haydock, the LSAP, Luxtram, Mouvement
Écologique, the Chamber of Deputies, KSL TV, the U.S. Geological Survey, the University of
Utah, the Utah Division of Water Resources) are given invented words or events.

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

usage: make_news_2020s_holdout66.py [OUT.jsonl]   (default: news_2020s_holdout66.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h66-yp-dalesbus", """
Dales bus cuts would leave villages 'cut off from the world', campaigners warn

Villages in the upper reaches of Wharfedale and Littondale could be left without a single bus on
most days of the week under plans to be put to North Yorkshire Council's executive next Tuesday,
campaigners have warned.

The council is looking to save £1.4m from its £6m supported bus budget. A report to the executive
says the 72B between Skipton and Buckden carried an average of nine passengers per journey last
year.

Coun Malcolm Ingleby, the council's executive member for highways and transportation, said the
authority had 'no choice but to make difficult decisions'. 'Every pound we spend keeping a
near-empty bus on the road is a pound we cannot spend on school transport or fixing potholes,' he
said. 'I would love to keep every route. The money simply isn't there.'

Campaigners say the cuts would deepen what they call 'transport poverty' among older people. Judith
Ashworth, who chairs the Upper Wharfedale Bus Users' Group, said: 'There are people in Kettlewell
and Arncliffe who have not driven for years. If the bus goes, their independence goes with it.

'We are not asking for a bus every hour. We are asking for a way to get to the doctor, the bank and
the shops in Skipton once or twice a week. The council's own figures show that is not much to ask.'

Liberal Democrat group leader Coun Bryony Hartley accused the executive of 'balancing the books on
the backs of people who have no other way to travel' and said she would table an amendment to
protect the 72B for at least another year.

The route is run by Keighley-based operator Dales & District Coaches. Its managing director, Peter
Wardle, said the firm had learned in October that its contract would not be renewed. 'We have run
buses up this valley since 1987,' he said. 'They sent us a two-line letter that said "thank you for
your service" and that was it.'

A North Yorkshire Council spokesperson said: 'No decision has been made. Every response to the
consultation will be considered by the executive before it votes.'

The consultation, titled 'Connecting North Yorkshire', drew more than 3,100 responses, according to
the council. Locals have nicknamed the Saturday service 'the Wharfedale Rambler'.
""", [
    # a headline's fragment and its cue, the lower-case word before it the mention: nobody
    # named
    ("cut off from the world", P, None, "campaigners", "warn"),
    # a report before its cue, nobody named
    ("Villages in the upper reaches of Wharfedale and Littondale could be left without a "
     "single bus on most days of the week under plans to be put to North Yorkshire Council's "
     "executive next Tuesday", I, None, "campaigners", "warned"),
    # a document: nobody named
    ("the 72B between Skipton and Buckden carried an average of nine passengers per journey "
     "last year", I, None, "A report to the executive", "says"),
    # a report holding a fragment: the partial row only
    ("no choice but to make difficult decisions", P, "Malcolm Ingleby", "Malcolm Ingleby",
     "said"),
    ("Every pound we spend keeping a near-empty bus on the road is a pound we cannot spend on "
     "school transport or fixing potholes,", D, "Malcolm Ingleby", "he", "said"),
    ("I would love to keep every route. The money simply isn't there.", D, "Malcolm Ingleby",
     "he", "said"),
    # 'transport poverty': a term after a present `call`, inside the report, no row of its own
    ("the cuts would deepen what they call 'transport poverty' among older people", I, None,
     "Campaigners", "say"),
    # Users' before `Group`: an apostrophe; a quotation over two paragraphs after `said:`
    ("There are people in Kettlewell and Arncliffe who have not driven for years. If the bus "
     "goes, their independence goes with it.", D, "Judith Ashworth", "Judith Ashworth",
     "said"),
    # the second paragraph takes the name and the `said` of the paragraph before it
    ("We are not asking for a bus every hour. We are asking for a way to get to the doctor, "
     "the bank and the shops in Skipton once or twice a week. The council's own figures show "
     "that is not much to ask.", D, "Judith Ashworth", ("Judith Ashworth", 1), ("said", 3)),
    # a fragment after `accused ... of`, then `and said` with a report of its own
    ("balancing the books on the backs of people who have no other way to travel", P,
     "Bryony Hartley", "Bryony Hartley", "accused"),
    ("she would table an amendment to protect the 72B for at least another year", I,
     "Bryony Hartley", "Bryony Hartley", "said"),
    # a name in apposition after an owned role
    ("the firm had learned in October that its contract would not be renewed", I,
     "Peter Wardle", "Peter Wardle", "said"),
    ("We have run buses up this valley since 1987,", D, "Peter Wardle", "he", "said"),
    # the nested "thank you for your service" and its `said` are part of the outer row
    ("They sent us a two-line letter that said \"thank you for your service\" and that was "
     "it.", D, "Peter Wardle", "he", "said"),
    # a spokesperson speaks for the council named inside the description
    ("No decision has been made. Every response to the consultation will be considered by the "
     "executive before it votes.", D, "North Yorkshire Council",
     "A North Yorkshire Council spokesperson", "said"),
    # 'Connecting North Yorkshire': a title after `titled`, inside the report, no row of its
    # own; 'the Wharfedale Rambler': a name after `nicknamed`, no row
    ("The consultation, titled 'Connecting North Yorkshire', drew more than 3,100 responses",
     I, "North Yorkshire Council", "the council", "according to"),
])

doc("h66-yonhap-exports", """
Trade minister says exports to stay on growth track despite U.S. tariffs

SEOUL, Nov. 28 (Yonhap) -- South Korea's exports rose 8.4 percent on-year in November to a record
high for the month on the back of robust semiconductor sales, government data showed Friday.

Outbound shipments came to US$61.2 billion last month, up from $56.5 billion a year earlier,
according to the Ministry of Trade, Industry and Resources. Imports gained 2.1 percent to $52.9
billion, resulting in a trade surplus of $8.3 billion.

Semiconductor exports jumped 31.7 percent to an all-time monthly high of $17.9 billion on strong
demand for high-bandwidth memory used in artificial intelligence servers, the ministry said.

"Chips are carrying our exports, but we cannot rely on a single item forever," Trade Minister Ahn
Jae-hoon told reporters. "We will keep working to diversify both our products and our markets."

Shipments of automobiles, however, fell 9.2 percent to $5.4 billion. The minister said the
government would provide 2 trillion won (US$1.4 billion) in emergency loans to auto parts suppliers
hit by the 15 percent tariff Washington imposes on Korean cars. "Our parts makers should not have to
carry this burden alone," he said.

The Korea International Trade Association (KITA) warned that exporters' profit margins were being
squeezed even as sales grew. "Volumes look good on paper, but many small exporters are barely
breaking even because of the tariffs and the strong dollar," KITA vice chairman Park Hye-won said in
a statement.

Analysts expect the chip boom to continue into next year. "The memory upcycle has at least another
two to three quarters to run," said Lee Jung-min, a senior economist at Shinil Securities. She added
that South Korea's total exports this year could top $720 billion for the first time.

The Bank of Korea said in a statement Thursday that it had raised its growth forecast for next year
to 1.9 percent from 1.6 percent, citing stronger-than-expected chip exports. Local media have dubbed
Samsung Electronics and SK hynix the "twin engines" of the economy.

An SK hynix official, who asked not to be named, told Yonhap News Agency that the company's HBM
production capacity for next year was "already sold out." Asked whether Seoul expected Washington to
lower the auto tariff, the minister said talks were "ongoing and constructive."
""", [
    # a headline's report after `says`: the minister named in the fourth paragraph
    ("exports to stay on growth track despite U.S. tariffs", I, "Ahn Jae-hoon",
     "Trade minister", "says"),
    # a report before its cue after the dateline: data, nobody named
    ("South Korea's exports rose 8.4 percent on-year in November to a record high for the "
     "month on the back of robust semiconductor sales", I, None, "government data", "showed"),
    ("Outbound shipments came to US$61.2 billion last month, up from $56.5 billion a year "
     "earlier", I, "Ministry of Trade, Industry and Resources",
     "the Ministry of Trade, Industry and Resources", "according to"),
    # `the ministry`: the ministry named in the paragraph before
    ("Semiconductor exports jumped 31.7 percent to an all-time monthly high of $17.9 billion "
     "on strong demand for high-bandwidth memory used in artificial intelligence servers", I,
     "Ministry of Trade, Industry and Resources", "the ministry", "said"),
    ("Chips are carrying our exports, but we cannot rely on a single item forever,", D,
     "Ahn Jae-hoon", "Ahn Jae-hoon", "told"),
    ("We will keep working to diversify both our products and our markets.", D,
     "Ahn Jae-hoon", "Ahn Jae-hoon", "told"),
    # `The minister`: the trade minister named in the paragraph before
    ("the government would provide 2 trillion won (US$1.4 billion) in emergency loans to auto "
     "parts suppliers hit by the 15 percent tariff Washington imposes on Korean cars", I,
     "Ahn Jae-hoon", "The minister", "said"),
    ("Our parts makers should not have to carry this burden alone,", D, "Ahn Jae-hoon", "he",
     "said"),
    # exporters' before `profit`: an apostrophe
    ("that exporters' profit margins were being squeezed even as sales grew", I,
     "Korea International Trade Association", "The Korea International Trade Association",
     "warned"),
    ("Volumes look good on paper, but many small exporters are barely breaking even because "
     "of the tariffs and the strong dollar,", D, "Park Hye-won", "Park Hye-won", "said"),
    # `Analysts expect`: a belief, no row
    ("The memory upcycle has at least another two to three quarters to run,", D,
     "Lee Jung-min", "Lee Jung-min", "said"),
    ("that South Korea's total exports this year could top $720 billion for the first time", I,
     "Lee Jung-min", "She", "added"),
    # the report ends before the writer's `, citing ...`; "twin engines": a term after
    # `dubbed ... the`, no row
    ("that it had raised its growth forecast for next year to 1.9 percent from 1.6 percent", I,
     "Bank of Korea", "The Bank of Korea", "said"),
    # a description holding a name: a person of their own, nobody named; the report holds
    # a fragment: the partial row only
    ("already sold out.", P, None, "An SK hynix official", "told"),
    # a question put with `Asked whether`: nobody named asks it
    ("whether Seoul expected Washington to lower the auto tariff", I, None, None, "Asked"),
    ("ongoing and constructive.", P, "Ahn Jae-hoon", "the minister", "said"),
])

doc("h66-gazette-legalaid", """
‘Consultation in name only’: judge quashes police station fee cut

A High Court judge has quashed the lord chancellor’s decision to cut fixed fees for police station
attendance by 8%, saying a four-week consultation on the change had been ‘so compressed as to be
meaningless’.

Mrs Justice Harcourt, sitting in the Administrative Court, said the Ministry of Justice had given
solicitors’ representative bodies ‘no realistic opportunity’ to gather evidence on the effect of the
cut. In a 41-page judgment, she wrote: ‘The duty to consult is not a box to be ticked.

‘Those who would bear the cost of the change were given less time to respond than the department had
set aside for reading the responses. That is not consultation in any meaningful sense.’

The claim was brought by the Law Society, with the London Criminal Courts Solicitors’ Association
(LCCSA) as an interested party. Law Society president Priya Mandal said the ruling was ‘a
vindication for every duty solicitor who has been told to do more for less’.

‘The government now has the chance to do this properly,’ she said. ‘Criminal defence firms are
closing faster than they can be replaced, and in parts of the country there is already nobody to
pick up the phone at 3am.’

LCCSA president Daniel Osei told the Gazette that members had been ‘stunned’ by the speed of the
original decision. ‘We were given four weeks to prove a negative,’ he said.

For the lord chancellor, Rupert Kingsley KC had argued that ministers were entitled to act quickly,
in what he called ‘a period of acute pressure on the legal aid budget’. The judge rejected that
submission, saying ‘urgency cannot be manufactured by the decision-maker’s own delay’.

‘It is unusual for a consultation challenge to succeed on timing alone,’ said Professor Nadia
Whitlock, a public law specialist at the University of Leeds. ‘This judgment will be read very
carefully across Whitehall.’

A Ministry of Justice spokesperson said: ‘We are disappointed by the court’s decision and are
considering our next steps.’ The department did not say whether it would appeal. The Bar Council
said it welcomed the ruling. The Gazette’s survey of 600 duty solicitors, ‘Who Will Answer?’, is due
to be published in January.
""", [
    # a colon headline: the role after the colon signs it, no cue; the judge named in the
    # second paragraph
    ("Consultation in name only", D, "Harcourt", "judge", None),
    # `, saying ...` after the lede's `A High Court judge`; the report holds a fragment: the
    # partial row only
    ("so compressed as to be meaningless", P, "Harcourt", "A High Court judge", "saying"),
    # solicitors’ before `representative`: an apostrophe; the Ministry of Justice is the
    # report's subject, not the speaker
    ("no realistic opportunity", P, "Harcourt", "Mrs Justice Harcourt", "said"),
    # `she wrote:` and a quotation over two paragraphs: both rows take that mention and cue
    ("The duty to consult is not a box to be ticked.", D, "Harcourt", "she", "wrote"),
    ("Those who would bear the cost of the change were given less time to respond than the "
     "department had set aside for reading the responses. That is not consultation in any "
     "meaningful sense.", D, "Harcourt", ("she", 1), ("wrote", 1)),
    # `The claim was brought by`: a deed, no row; a nested `has been told to` inside the
    # fragment, part of it
    ("a vindication for every duty solicitor who has been told to do more for less", P,
     "Priya Mandal", "Priya Mandal", "said"),
    ("The government now has the chance to do this properly,", D, "Priya Mandal", "she",
     "said"),
    ("Criminal defence firms are closing faster than they can be replaced, and in parts of the "
     "country there is already nobody to pick up the phone at 3am.", D, "Priya Mandal", "she",
     "said"),
    # the report holds a fragment: the partial row only
    ("stunned", P, "Daniel Osei", "Daniel Osei", "told"),
    ("We were given four weeks to prove a negative,", D, "Daniel Osei", "he", "said"),
    # a report that ends at `, in what he called ‘…’`, then the fragment of `called`
    ("that ministers were entitled to act quickly", I, "Rupert Kingsley", "Rupert Kingsley",
     "argued"),
    ("a period of acute pressure on the legal aid budget", P, "Rupert Kingsley", "he",
     "called"),
    # `rejected that submission`: an object, no row; a fragment in lower case after
    # `saying` (decision-maker’s inside: an apostrophe)
    ("urgency cannot be manufactured by the decision-maker’s own delay", P, "Harcourt",
     "The judge", "saying"),
    ("It is unusual for a consultation challenge to succeed on timing alone,", D,
     "Nadia Whitlock", "Nadia Whitlock", "said"),
    # the nearest `said` is the spokesperson's in the next paragraph: the n-th instead
    ("This judgment will be read very carefully across Whitehall.", D, "Nadia Whitlock",
     "Nadia Whitlock", ("said", 5)),
    ("We are disappointed by the court’s decision and are considering our next steps.", D,
     "Ministry of Justice", "A Ministry of Justice spokesperson", "said"),
    # `did not say whether`: no row; ‘Who Will Answer?’: a title after its noun and a comma,
    # no row
    ("it welcomed the ruling", I, "Bar Council", "The Bar Council", "said"),
])

doc("h66-nikkei-snacks", """
Hoshino Foods CEO says Thai deal “just the first step” in Asia push

TOKYO -- Hoshino Foods, Japan’s third-largest snack maker, will buy Bangkok-based Siam Crunch for
about 180 billion yen ($1.2 billion), the company said on Tuesday, in its biggest overseas
acquisition as a shrinking population eats into sales at home.

“Thailand is not just a market for us,” Hoshino Foods President and CEO Takuya Morimoto told a news
conference in Tokyo, “it is the base from which we can reach 600 million consumers across Southeast
Asia.”

Morimoto said the company aimed to raise the share of sales generated outside Japan to 40% by fiscal
2030, from 18% now. He described the purchase price as “fair for a business with this kind of
growth,” adding that Siam Crunch’s sales had grown by double digits in each of the past five years.

The purchase will be funded with cash on hand and bank loans, according to a statement from the
company. Siam Crunch, founded in 1994 by the Chaiyaporn family, makes the “Krob Krob” brand of
shrimp crackers, which sells in 22 countries.

Siam Crunch chief executive Natthapong Chaiyaporn, the founder’s grandson, will stay on to run the
business and join Hoshino Foods’ board. “We looked at offers from private equity funds, but we
wanted a partner that thinks in decades, not quarters,” he said in a statement.

Analysts broadly welcomed the deal, though some questioned the price. “Paying more than 20 times
earnings for a regional snack brand is a stretch,” said Aiko Tanabe, a consumer sector analyst at
Kasumi Securities. She said investors would want to see evidence that Hoshino Foods could sell the
brand beyond Thailand.

Two other bidders, including a U.S. private equity firm, dropped out of the auction in October,
according to people familiar with the matter. Shares of Hoshino Foods fell 3.8% in Tokyo on
Wednesday.

The deal requires approval from Thailand’s Trade Competition Commission. A commission official told
Nikkei Asia that the review would take “around 90 days” but declined to comment further.

Japan’s snack market has shrunk by about 6% over the past decade, according to the Japan Snack
Cereal Foods Association. Morimoto, asked whether Hoshino Foods would make more acquisitions, said:
“If the right company comes along, we will not hesitate. But first we have to make this one work.”
""", [
    # a headline's fragment after `says`: the chief executive named in the second paragraph
    ("just the first step", P, "Takuya Morimoto", "Hoshino Foods CEO", "says"),
    # a report before its cue after the dateline; the writer's phrase after it
    ("Hoshino Foods, Japan’s third-largest snack maker, will buy Bangkok-based Siam Crunch for "
     "about 180 billion yen ($1.2 billion)", I, "Hoshino Foods", "the company", "said"),
    # an interrupted sentence: the second segment opens in lower case after the cue's comma
    ("Thailand is not just a market for us,", D, "Takuya Morimoto", "Takuya Morimoto", "told"),
    ("it is the base from which we can reach 600 million consumers across Southeast Asia.", D,
     "Takuya Morimoto", "Takuya Morimoto", "told"),
    ("the company aimed to raise the share of sales generated outside Japan to 40% by fiscal "
     "2030, from 18% now", I, "Takuya Morimoto", "Morimoto", "said"),
    ("fair for a business with this kind of growth,", P, "Takuya Morimoto", "He",
     "described"),
    ("that Siam Crunch’s sales had grown by double digits in each of the past five years", I,
     "Takuya Morimoto", "He", "adding"),
    # a statement from the company: the company named
    ("The purchase will be funded with cash on hand and bank loans", I, "Hoshino Foods",
     "the company", "according to"),
    # “Krob Krob”: a brand's name inside the writer's sentence, no row; Foods’ before
    # `board`: an apostrophe
    ("We looked at offers from private equity funds, but we wanted a partner that thinks in "
     "decades, not quarters,", D, "Natthapong Chaiyaporn", "he", "said"),
    # `welcomed the deal`, `questioned the price`: objects, no rows
    ("Paying more than 20 times earnings for a regional snack brand is a stretch,", D,
     "Aiko Tanabe", "Aiko Tanabe", "said"),
    ("investors would want to see evidence that Hoshino Foods could sell the brand beyond "
     "Thailand", I, "Aiko Tanabe", "She", "said"),
    ("Two other bidders, including a U.S. private equity firm, dropped out of the auction in "
     "October", I, None, "people familiar with the matter", "according to"),
    # a description holding a body's noun: a person of their own, nobody named; `declined to
    # comment`: no row
    ("around 90 days", P, None, "A commission official", "told"),
    ("Japan’s snack market has shrunk by about 6% over the past decade", I,
     "Japan Snack Cereal Foods Association", "the Japan Snack Cereal Foods Association",
     "according to"),
    # a participle's question: nobody named asks it
    ("whether Hoshino Foods would make more acquisitions", I, None, None, "asked"),
    ("If the right company comes along, we will not hesitate. But first we have to make this "
     "one work.", D, "Takuya Morimoto", "Morimoto", "said"),
])

doc("h66-rp-betfairchase", """
"He's the best I've ever sat on" - Delaney after Copper Lantern's Haydock romp

Copper Lantern shot to the head of the Cheltenham Gold Cup betting with an 11-length demolition of
his rivals in the Betfair Chase at Haydock on Saturday, leaving his Irish jockey Ronan Delaney
searching for superlatives. "That was special," Delaney told ITV Racing as he pulled up.

"I've been lucky enough to ride some very good horses, but he's the best I've ever sat on," said the
Irishman, who completed a Grade 1 double on the card. "He travelled, he jumped, and when I asked him
for an effort he just lengthened. You don't get many like him."

Lambourn trainer Harriet Kinsella, who saddled her first Grade 1 winner only three seasons ago,
admitted she had been "a nervous wreck" beforehand. "He had a small setback in October and we were
racing against the clock to get him here," the Lambourn handler said. "To see him do that is a
massive relief."

Owner Geoffrey Pembridge, who bought Copper Lantern as an unraced four-year-old for €42,000, said
the Gold Cup was now "the only race that matters". Asked whether the gelding would run again before
March, Kinsella said: "Probably not. We'll go straight to Cheltenham and wrap him in cotton wool."

Bold Ambition, last year's Gold Cup runner-up, stayed on for a distant second. His trainer, Willie
Sheridan, was philosophical. "We met one far too good today," he said. "There's no disgrace in that,
and we'll learn plenty from it."

Coral cut Copper Lantern to 3-1 favourite for the Gold Cup from 8-1. "We've been laying him all
autumn and it looks like the punters knew something we didn't," said Coral's Simon Ellery.

Haydock's stewards looked at Delaney's use of the whip after the final fence but found no breach of
the rules, the British Horseracing Authority confirmed.

Delaney, 27, left Ireland in the summer to become Kinsella's stable jockey, a move that raised
eyebrows at the time. "People said I was mad to give up the rides I was getting at home," the
27-year-old said. "Days like this make it all worth it."

Known around the yard as "Lenny", Copper Lantern has now won seven of his nine starts over fences.
Kinsella said she planned to "sleep for a week" before thinking about Cheltenham.
""", [
    # a headline's quotation signed after a dash, its words going on in lower case: no cue
    ("He's the best I've ever sat on", D, "Ronan Delaney", "Delaney", None),
    ("That was special,", D, "Ronan Delaney", "Delaney", "told"),
    # a demonym for the jockey the lede called Irish
    ("I've been lucky enough to ride some very good horses, but he's the best I've ever sat "
     "on,", D, "Ronan Delaney", "the Irishman", "said"),
    ("He travelled, he jumped, and when I asked him for an effort he just lengthened. You "
     "don't get many like him.", D, "Ronan Delaney", "the Irishman", "said"),
    # a report holding a fragment: the partial row only
    ("a nervous wreck", P, "Harriet Kinsella", "Harriet Kinsella", "admitted"),
    # an epithet: the trainer the sentence before names (`Lambourn trainer`)
    ("He had a small setback in October and we were racing against the clock to get him "
     "here,", D, "Harriet Kinsella", "the Lambourn handler", "said"),
    ("To see him do that is a massive relief.", D, "Harriet Kinsella", "the Lambourn handler",
     "said"),
    # the Gold Cup is the report's subject, not the speaker
    ("the only race that matters", P, "Geoffrey Pembridge", "Geoffrey Pembridge", "said"),
    ("whether the gelding would run again before March", I, None, None, "Asked"),
    ("Probably not. We'll go straight to Cheltenham and wrap him in cotton wool.", D,
     "Harriet Kinsella", "Kinsella", "said"),
    # `His trainer, X, was philosophical.`: a name in apposition opens the sentence the
    # `he` goes back to (`His` is the horse's)
    ("We met one far too good today,", D, "Willie Sheridan", "he", "said"),
    ("There's no disgrace in that, and we'll learn plenty from it.", D, "Willie Sheridan",
     "he", "said"),
    # `Coral cut ... to 3-1`: a deed; the name after the owner speaks
    ("We've been laying him all autumn and it looks like the punters knew something we "
     "didn't,", D, "Simon Ellery", "Simon Ellery", "said"),
    ("Haydock's stewards looked at Delaney's use of the whip after the final fence but found "
     "no breach of the rules", I, "British Horseracing Authority",
     "the British Horseracing Authority", "confirmed"),
    # an age the text gives him (`Delaney, 27,`); the nested `People said` is part of the row
    ("People said I was mad to give up the rides I was getting at home,", D, "Ronan Delaney",
     "the 27-year-old", "said"),
    ("Days like this make it all worth it.", D, "Ronan Delaney", "the 27-year-old", "said"),
    # "Lenny": a name after `known ... as`, no row
    ("sleep for a week", P, "Harriet Kinsella", "Kinsella", "said"),
])

doc("h66-luxtimes-tram", """
Tram to Esch delayed again: «Better a late date than a false one», says minister

The extension of Luxembourg’s tram line to Esch-sur-Alzette will not open before 2031, two years
later than planned, Mobility Minister Anne Kieffer-Thill told MPs on Wednesday.

«I would rather give the Chamber a date we can keep than a date that sounds good in a press
release,» Kieffer-Thill said during a debate in the Chamber of Deputies. «Residents deserve the
truth, even when it is uncomfortable.»

She blamed the delay on a shortage of bidders for the civil engineering work and on the discovery of
contaminated soil near Belval. She said the cost of the 20-kilometre line had risen to €1.1 billion
from an initial estimate of €780 million.

Opposition MP Marc Weyland of the LSAP accused the government of «treating the south of the country
as an afterthought». «Esch is the second city of Luxembourg. If this were a tram to Kirchberg, we
would not be having this conversation,» he said.

Luxtram, the company that operates the network, said in a statement that it would use the extra time
to «get the design right» and that ridership on the existing line had reached 120,000 passengers a
day.

The mayor of Esch-sur-Alzette, Paul Ney, said the city had «done everything that was asked of it».
«Our residents were promised a tram. They were not promised a building site that lasts a decade,»
the mayor said.

Commuters from the French border town of Audun-le-Tiche have long complained about what they call
«the Esch bottleneck». «Some mornings it takes me 50 minutes to drive 12 kilometres,» said Sandrine
Colin, a nurse who crosses the border every day to work at the hospital in Esch. «I was told “the
tram will fix everything”. Now I will be retired before it arrives.»

The environmental group Mouvement Écologique said the delay should be used to add a cycle path along
the full length of the line. «A tram without a proper cycle route is half a solution,» its
spokeswoman, Lisa Hoffmann, said.

A parliamentary motion calling for an independent audit of the project, titled «Transparency for the
South», will be voted on next month. Kieffer-Thill said she would «welcome any scrutiny».
""", [
    # a headline's statement in guillemets before `, says minister`: the minister the story
    # names
    ("Better a late date than a false one", D, "Anne Kieffer-Thill", "minister", "says"),
    # a report before its cue, its apposition inside it
    ("The extension of Luxembourg’s tram line to Esch-sur-Alzette will not open before 2031, "
     "two years later than planned", I, "Anne Kieffer-Thill", "Anne Kieffer-Thill", "told"),
    ("I would rather give the Chamber a date we can keep than a date that sounds good in a "
     "press release,", D, "Anne Kieffer-Thill", "Kieffer-Thill", "said"),
    ("Residents deserve the truth, even when it is uncomfortable.", D, "Anne Kieffer-Thill",
     "Kieffer-Thill", "said"),
    # `She blamed the delay on ...`: an object, no row
    ("the cost of the 20-kilometre line had risen to €1.1 billion from an initial estimate of "
     "€780 million", I, "Anne Kieffer-Thill", "She", "said"),
    ("treating the south of the country as an afterthought", P, "Marc Weyland", "Marc Weyland",
     "accused"),
    ("Esch is the second city of Luxembourg. If this were a tram to Kirchberg, we would not be "
     "having this conversation,", D, "Marc Weyland", "he", "said"),
    # a report holding a fragment (the partial row only), then `and that` under the same cue
    ("get the design right", P, "Luxtram", "Luxtram", "said"),
    # (its nearest `said` is the next paragraph's: the n-th instead)
    ("that ridership on the existing line had reached 120,000 passengers a day", I, "Luxtram",
     "Luxtram", ("said", 4)),
    ("done everything that was asked of it", P, "Paul Ney", "Paul Ney", "said"),
    # `the mayor`: the role given in apposition before
    ("Our residents were promised a tram. They were not promised a building site that lasts "
     "a decade,", D, "Paul Ney", "the mayor", "said"),
    # «the Esch bottleneck»: a term after a present `call`, no row
    ("Some mornings it takes me 50 minutes to drive 12 kilometres,", D, "Sandrine Colin",
     "Sandrine Colin", "said"),
    # the nested “the tram will fix everything” is part of the outer row; the nearest `said`
    # is the next paragraph's: the n-th instead
    ("I was told “the tram will fix everything”. Now I will be retired before it arrives.", D,
     "Sandrine Colin", "Sandrine Colin", ("said", 7)),
    # a body named after its noun
    ("the delay should be used to add a cycle path along the full length of the line", I,
     "Mouvement Écologique", "The environmental group Mouvement Écologique", "said"),
    # a spokeswoman named in apposition: her words
    ("A tram without a proper cycle route is half a solution,", D, "Lisa Hoffmann",
     "Lisa Hoffmann", "said"),
    # «Transparency for the South»: a title after `titled`, no row; `calling for`: a stance
    ("welcome any scrutiny", P, "Anne Kieffer-Thill", "Kieffer-Thill", "said"),
])

doc("h66-ksl-saltlake", """
Great Salt Lake could drop to record low by fall, state water managers warn

SALT LAKE CITY — The Great Salt Lake could fall below its 2022 record low by next fall if the coming
winter brings an average snowpack or less, state water officials said Wednesday.

The lake’s south arm stood at 4,190.6 feet above sea level this week, nearly 2 feet lower than a
year ago, according to the U.S. Geological Survey.

“We are not in crisis mode yet, but we are closer than anyone would like,” said Marisa Tolman, the
Great Salt Lake commissioner. “One dry winter and we’re right back where we were three years ago.”

“Three wet winters bought us time. Nobody should mistake that for a fix.”

Tolman said the state had leased about 40,000 acre-feet of water from farmers this year to send to
the lake. She said she would ask lawmakers in January for $60 million to keep the program going. The
lake, which some locals jokingly call “America’s Dead Sea,” has lost nearly half its surface area
since the 1980s.

Rep. Dale Whitmer, R-Kaysville, who sponsored the so-called “water banking” law in 2024, told KSL TV
that lawmakers wanted “real accountability” for every acre-foot the state pays for. “If we’re
spending taxpayer money, we need to know the water actually reaches the lake,” he said.

Falling levels also threaten the lake’s brine shrimp harvest, which supplies feed to fish and shrimp
farms around the world. Kyle Brimhall, whose family has harvested brine shrimp eggs on the lake
since the 1970s, said salinity in parts of the south arm was already nearing the point at which the
shrimp die off. “My grandpa used to say the lake gives and the lake takes,” Brimhall said. “Right
now it’s mostly taking.”

Exposed lakebed also sends dust laced with arsenic into communities along the Wasatch Front,
researchers have warned. “Every foot the lake drops exposes more lakebed, and that dust doesn’t stay
on the lakebed,” said Dr. Anjali Rao, an atmospheric scientist at the University of Utah.

The Utah Division of Water Resources is urging residents to cut outdoor watering by 25% next summer.
“Every gallon that doesn’t go on a lawn can go to the lake,” division spokeswoman Jen Ostler said.
""", [
    # a headline's report before the final cue, three lower-case words the mention: nobody
    # named
    ("Great Salt Lake could drop to record low by fall", I, None, "state water managers",
     "warn"),
    # a report before its cue after the dateline, nobody named
    ("The Great Salt Lake could fall below its 2022 record low by next fall if the coming "
     "winter brings an average snowpack or less", I, None, "state water officials", "said"),
    ("The lake’s south arm stood at 4,190.6 feet above sea level this week, nearly 2 feet "
     "lower than a year ago", I, "U.S. Geological Survey", "the U.S. Geological Survey",
     "according to"),
    ("We are not in crisis mode yet, but we are closer than anyone would like,", D,
     "Marisa Tolman", "Marisa Tolman", "said"),
    ("One dry winter and we’re right back where we were three years ago.", D, "Marisa Tolman",
     "Marisa Tolman", "said"),
    # a paragraph in marks with no cue after her own quotation: the same speaker
    ("Three wet winters bought us time. Nobody should mistake that for a fix.", D,
     "Marisa Tolman", None, None),
    ("the state had leased about 40,000 acre-feet of water from farmers this year to send to "
     "the lake", I, "Marisa Tolman", "Tolman", "said"),
    ("she would ask lawmakers in January for $60 million to keep the program going", I,
     "Marisa Tolman", "She", "said"),
    # “America’s Dead Sea,”: a name after a present `call`, no row; “water banking”: a
    # so-called term inside the speaker's relative clause, no row; the report holds a
    # fragment: the partial row only
    ("real accountability", P, "Dale Whitmer", "Dale Whitmer", "told"),
    ("If we’re spending taxpayer money, we need to know the water actually reaches the lake,",
     D, "Dale Whitmer", "he", "said"),
    ("salinity in parts of the south arm was already nearing the point at which the shrimp "
     "die off", I, "Kyle Brimhall", "Kyle Brimhall", "said"),
    # a nested `used to say` inside the first segment, part of it
    ("My grandpa used to say the lake gives and the lake takes,", D, "Kyle Brimhall",
     "Brimhall", "said"),
    ("Right now it’s mostly taking.", D, "Kyle Brimhall", "Brimhall", "said"),
    ("Exposed lakebed also sends dust laced with arsenic into communities along the Wasatch "
     "Front", I, None, "researchers", "warned"),
    ("Every foot the lake drops exposes more lakebed, and that dust doesn’t stay on the "
     "lakebed,", D, "Anjali Rao", "Anjali Rao", "said"),
    # what the division urges residents to do, with its `to`
    ("to cut outdoor watering by 25% next summer", I, "Utah Division of Water Resources",
     "The Utah Division of Water Resources", "urging"),
    # a spokeswoman with her name: her words
    ("Every gallon that doesn’t go on a lawn can go to the lake,", D, "Jen Ostler",
     "Jen Ostler", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout66.jsonl"))
