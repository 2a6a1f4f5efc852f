#!/usr/bin/python3
"""Builds news_2020s_holdout58.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer44 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs. None of the seven outlets is one the earlier
holdout builders took (The Telegraph, the Chicago Tribune, the Irish Examiner, France 24, the
South China Morning Post, Premium Times and The Boston Globe are new; CNBC, taken by
holdout32, and Politico Europe, taken by holdout52, were left alone).

- h58-telegraph-greenbelt, a Telegraph politics story on green belt homes with curly double
  marks in the body, curly single marks in the headline and nested inside a quotation, curly
  apostrophes and `Mr` without a stop: a headline's `... as minister says objectors ‘…’` (a
  fragment in lower case after the cue, Britain’s inside the single marks; the minister is
  named in the second paragraph); the term “grey belt” after `what planners now call` (a
  present `call`: no row); `X, the housing minister, said objectors could not be allowed to
  “…” and insisted the development would provide “…”` (two fragments, two cues); `Speaking on
  a visit ..., he said: “…”` (a pronoun for the minister); `X, the shadow housing secretary,
  accused Labour of “…”` and `In a post on X, she wrote: “… ‘wherever the developers fancy’.”`
  (a nested single-marked quotation, part of the outer row); a society with a relative clause
  before `said it would ...` and `Its chairman, X, 71, a retired barrister, said: “…”`; a
  paragraph in marks with no cue after his own quotation (a nested `They tell us` inside:
  the same speaker); `Castlemere Homes, the developer behind the scheme, said the site had
  been “…” to the purposes of the green belt` (a report holding a fragment: the partial row
  only) and `A company spokesman said: “…”` (the company's); `According to the CPRE, the
  countryside charity, ...` and `The charity said ...`; `declined to comment` (no row), `Asked
  whether Mr Pengelly would visit ..., a ministry spokesman said the minister’s diary was
  “…”` (an unnamed asker; the spokesman speaks for the Ministry of Housing, Communities and
  Local Government named in the sentence before).
- h58-tribune-alderman, a Chicago Tribune courts story with straight double marks, straight
  apostrophes, AP style and `Ald.` as a title: a colon headline `"…": Ex-Ald. X gets 4 years
  ...` (a direct row, no cue, the name after the colon as the mention); `U.S. District Judge X
  said the case was a symptom of "…" and told Szczepanik, 67, that his decades of service
  could not outweigh "…"` (two reports holding fragments: two partial rows, two cues);
  `"…, Mr. Szczepanik. …," the judge said.` (a title inside the marks; the judge named before)
  and `she asked Szczepanik whether he wanted to address the court` (a question reported
  without marks: its asker is the judge); `He stood, unfolded a sheet of paper and said:` opening
  a quotation over two paragraphs (both rows take that paragraph's `He` and `said`, the
  n-th); `Prosecutors had asked for six years` (no clause, no row); a sentencing memo, `In a
  sentencing memo filed last month, Assistant U.S. Attorney X wrote that Szczepanik had
  treated his zoning power "…"` (the partial row only) and a recording played at trial, `in
  which Szczepanik told the developer, X: "…"`; `According to court records, ...` (nobody
  named; `He pleaded guilty, testified for the government`: no rows); `Szczepanik's attorney,
  X, said she would not appeal.` and `"…," she said outside ...`; `Ald. Bridget O'Halloran,
  who now represents the 12th Ward, said in an email that residents "…"` (a straight
  apostrophe in the name and in alderman's inside the fragment; the partial row only), then a
  second speaker in the same paragraph, `X, 81, a retired seamstress who ..., was less
  forgiving. "…," she said. "…"`.
- h58-examiner-busconnects, an Irish Examiner story on a Cork bus corridor with curly single
  marks, curly double marks nested, curly apostrophes (so that Cork’s, doesn’t, O’Mahony,
  haven’t, month’s, Residents’, group’s and there’s all look like closing marks), Irish
  names with a fada and `Ms`, `Cllr` without stops: a headline's `... as residents warn of
  ‘…’` (nobody named); `The National Transport Authority (NTA) has said that felling ... is
  ‘…’ to give ...` (a report holding a fragment: the partial row only); `Speaking at ..., NTA
  project director X said the authority had examined ‘…’, including ...`; `‘…,’ Ms Cronin
  said. ‘…’`; `Fine Gael councillor X, who has lived on the road for 31 years, said:` at the
  end of its paragraph, then a quotation over two paragraphs in single marks, the second
  holding a nested “consulted widely” (both rows take the `said` and the name of the paragraph
  that opens it: the n-th); `Sinn Féin councillor Donncha Ó Laoghaire described the
  consultation as ‘…’ and said his party would ...` (a fragment and a report, two cues) and
  `Residents’ group X, which has gathered ..., said it had written to the Minister for
  Transport asking him to intervene` (a second speaker in the paragraph); `The group’s
  spokesman, retired engineer X, 68, said it was ‘…’.` (the spokesman named: his words), `‘…,’
  the 68-year-old said.` and `An NTA spokeswoman said ...` (the Authority's; three speakers
  in one paragraph); `According to the NTA, ...` (the acronym for the long form); `The Lord
  Mayor of Cork, Cllr X, said he had asked for a meeting ...` and `‘…,’ he said. ‘…’`.
- h58-france24-vines, a France 24 wire story from AFP on Bordeaux growers uprooting vines,
  with a `Bordeaux (AFP) –` dateline, straight double marks, straight apostrophes outside the
  marks and inside them (Growers', winegrowers', Bordeaux's, region's, taxpayers') and French
  names with accents: a headline's `Bordeaux growers rip out vines, say crisis is "…"`
  (nobody named); `"…," said X, 54, standing in a half-cleared plot ... "…"` (the cue before
  the speaker, a participle's aside after the age); `Some 9,500 hectares have been cleared
  ... since the so-called "arrachage" plan began last year, the Bordeaux Wine Council (CIVB)
  said.` (a report before its cue, with a so-called term inside it and no row of its own);
  `Agriculture Minister X, visiting the Gironde on Friday, called the plan "…" and promised
  that the state would not "…"` (a fragment after `called`, then a report holding a
  fragment: two partial rows) and `"…," she told reporters in Libourne.`; `Growers' unions say
  ...` (nobody named) and `X, who heads the Gironde winegrowers' federation, told AFP that a
  grower who uproots his vines "…"` (the partial row only); `..., according to FranceAgriMer,
  the state agency for agricultural produce.`; `"…," said X, export director of the Cave des
  Deux Rives, a cooperative of ...` and an email, `In an email to AFP, the Federation of
  French Wine and Spirits Exporters (FEVS) said ...` (two speakers in one paragraph);
  `Economist X of the University of Bordeaux called it "…" for a region that had planted "…"`
  (a second fragment on the same cue) and `"…," he said.`; `Labadie said he would ... and
  keep ...` (one report), then `"…," Labadie said, "…"` (the second segment in lower case is
  still the statement, with a Labadie inside it).
- h58-scmp-minibus, a South China Morning Post Hong Kong story with curly double marks,
  curly apostrophes and Chinese names written family name first, with and without an English
  given name: a headline's report with `, transport chief says` after it (the minister
  named in the second paragraph); a lede whose report comes before its cue, `..., the city’s
  transport minister has announced, as ...` (the `as` clause is the writer's); `Secretary for
  Transport and Logistics X told lawmakers on Wednesday that the trade was facing “…”, with
  ...` (the partial row only); `“…,” Kwan said. “…”` (the family name of Winnie Kwan Siu-ling:
  the speaker is her full name); `..., according to a paper submitted to the Legislative
  Council’s transport panel.` and `The paper said ...` (a document: nobody named); `X, 64,
  chairman of the Hong Kong Minibus Drivers’ General Union, said the government was “…”` and
  `“…,” the 64-year-old said. “…”`; `X, who runs 14 minibuses ..., told the Post she had
  already axed ...` (no `that`) and `“…,” she said.` (it’s); `lawmaker X pressed the minister
  on safety` (no clause, no row), a question in marks, `“…?” he asked.`, and the answer in the
  same paragraph, `Kwan replied that ...`; `..., according to the Transport Department.` and
  `The department said ...`; the nickname “siu ba” (no row) and `“…,” said a 35-year-old nurse
  surnamed Cheung, who works ... “…”` (a speaker known only by her surname).
- h58-premiumtimes-fees, a Premium Times (Nigeria) education story with straight double marks,
  straight apostrophes, the paper's name in capitals and titles as the paper writes them (`The
  SUG President, X,`, `The Minister of Education, X,`, `SP X`): a headline with no report
  (`drag management to court`); `a new fee regime which they described as "…"` (the students,
  nobody named); a court filing, `In the suit, filed on Friday, the Students' Union Government
  (SUG) argued that the increase ... was made "…" and that it breached ...` (a fragment, then
  a second report under the same cue); `The SUG President, X, told PREMIUM TIMES on Sunday
  that ...` and `"… Is this what education should look like?" she said.` (a question inside a
  statement: one direct row); `A 300-level Mass Communication student, who gave her name only
  as Tolulope, said ...` and `"…," she said.`; `In a statement on Saturday, the university said
  the fees had not been reviewed ... and that it "…"` (a report, then a second report holding
  a fragment: the partial row only) and `"…," the statement added.` (the university's; `did
  not respond to calls`: no row); `The National Association of Nigerian Students (NANS) said
  it would ...` and `Its national president, X, said in Abuja: "…"`; `The Minister of
  Education, X, who briefed journalists after ..., said universities had been directed to
  ...` (`briefed` in the relative clause: no row) and `He said the Nigerian Education Loan Fund
  (NELFUND) would cover tuition ... "…"` (the partial row only; the nearest `said` is the next
  paragraph's: the n-th instead); `The police spokesperson in Lagos, SP X, said officers had
  been deployed to the Akoka campus "…"` (a purpose clause in marks: the partial row only) and
  `Counsel to the students, X, told journalists after filing the suit: "…"` (servant's).
- h58-globe-beanpot, a Boston Globe sports story on the Beanpot hockey final with curly double
  marks, curly apostrophes inside and outside the marks (I’m, didn’t, That’s, we’ve, doesn’t,
  couldn’t, Doucette’s, BU’s, tournament’s, Beanpot’s, Terriers’, year’s) and em dashes: a
  colon headline `“…”: Liam Doucette’s overtime goal ends BU’s Beanpot drought` (a direct row,
  no cue, the name after the colon as the mention); the nickname “Dooch” between em dashes
  (no row); `“…,” Doucette said. “…”`; `“…,” the BU coach said.` (a description of a coach named
  only in the eighth paragraph, `Mike Garrity, in his fourth season behind the BU bench,`),
  `Asked whether the win eased the sting ..., he smiled.` (a question reported without marks,
  the asker unnamed; `smiled`: no cue) and `“…,” he said. “…”`; `Huskies coach X said his team
  had “…” in the third period.` and `“…,” he said.`; `X, who made 41 saves, was named ...,
  according to the Beanpot’s organizers.` (nobody named) and `“…,” the goaltender said
  quietly.` (a player's position: Owen Brisebois, named in the lede); `His mother, Colleen, who
  watched from the stands ..., posted on Instagram minutes later: “…”` (a speaker named only by
  her first name); the song title “Sweet Caroline” (no row) before `Kowalczyk said the team
  had ...` and `“…,” the 22-year-old said. “…”` (an age the text gives no one: the player just
  named); `..., according to the university.` (Boston University); `“…,” Doucette said when
  asked about his father. “…”` (`when asked about`: no clause, no row).

Not rows: titles of works (“Sweet Caroline”), scare quotes, terms and nicknames (“grey belt”,
"arrachage" (inside the reported clause that holds it), “siu ba”, “Dooch”), quotations and
reports nested inside a quotation (‘wherever the developers fancy’, `They tell us`, “consulted
widely” and `keeps telling us`, `I told the people of the 12th Ward`), the apostrophes
(Britain’s, minister’s, Szczepanik's, O'Halloran, alderman's, Cork’s, doesn’t, O’Mahony,
haven’t, month’s, Residents’, group’s, there’s, taxpayers', Growers', winegrowers',
Bordeaux's, region's, city’s, Council’s, Drivers’, it’s, Students', university's,
Wednesday's, servant's, I’m, didn’t, That’s, we’ve, doesn’t, couldn’t, Doucette’s, BU’s,
tournament’s, Beanpot’s, Terriers’, year’s), headlines and leads without a report, deeds
and non-reports (`prepare court fight`, `are preparing to take the Government to court`,
`declined to comment`, `was sentenced`, `Prosecutors had asked for six years`, `pleaded
guilty, testified for the government`, `was less forgiving`, `defends`, `got a hostile
reception`, `rip out vines`, `have begun tearing up`, `sees the uprooting as a defeat`,
`pressed the minister on safety`, `drag management to court`, `did not respond to calls`,
`briefed journalists`, `smiled`, `tied it`, `sang`, `when asked about his father`).
7 articles, 16,842 characters; 117 quotations: direct 53, partial 29, indirect 35.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Ald., Mr., Judge, Assistant U.S. Attorney, Ms, Cllr, Agriculture
Minister, Secretary for Transport and Logistics, SP or The Minister of Education; a mention
that is the full name is written without its title, one that is a surname keeps it: `Ms
Cronin`), also where the article writes a Chinese name's family name alone (`Kwan` for
Winnie Kwan Siu-ling), or None when the text names nobody who can be the speaker (residents,
Bordeaux growers, growers' unions, the students described as `they`, court records, a paper
submitted to a panel, the Beanpot's organizers, an unnamed asker); a person named only by a
given name or a surname (Tolulope, Colleen, Cheung) is that name; a report holding a quoted
fragment gives only the partial row, and a second report in the same sentence (`and that`)
its own row with the same cue; fragments under one cue each their own partial row with that
cue; an indirect span is the reported clause with its leading `that` when it has one,
without a closing period, and a report before its cue (`..., the Bordeaux Wine Council
(CIVB) said.`, `..., according to ...`, `..., the city’s transport minister has announced`) is
the clause before the comma; a question put without marks (`Asked whether ...`, `she asked
Szczepanik whether ...`) is an indirect row whose speaker is the asker when the text names
one and None otherwise; a question in marks is a direct row of the one who asks it; a
quotation split by its attribution gives one row per segment with the same mention and cue; a
quotation paragraph with no cue after the speaker's own quotation is that speaker's, with no
mention and no cue; a quotation over two paragraphs gives one row per paragraph, both with
the mention and cue of the paragraph that opens it; a spokesperson, a statement or a post
speaks for the body named (`A company spokesman` for Castlemere Homes, `a ministry
spokesman` for the Ministry of Housing, Communities and Local Government, `An NTA
spokeswoman` for the National Transport Authority, `the statement` for the University of
Lagos); descriptions (`minister`, `the judge`, `the 68-year-old`, `the city’s transport
minister`, `transport chief`, `the 64-year-old`, `The department`, `The charity`, `the
university`, `the BU coach`, `the goaltender`, `the 22-year-old`) speak for the entity they
refer to, also when the name comes only later in the story; a colon headline gives a direct
row with the name after the colon as the mention and no cue, and a headline's `says`,
`warn` or `say` the row with the headline's words as the mention.
All people are invented (Matthew Pengelly, Harriet Voss, Giles Hartigan, Raymond
Szczepanik, Marisol Echeverria, Keith Oyelaran, Anthony Brancato, Lauren Whitcomb-Reyes,
Bridget O'Halloran, Dorota Wisniewski, Aoife Cronin, Kathleen O’Mahony, Donncha Ó Laoghaire,
Tadhg Lucey, Fergal Dennehy, Jean-Baptiste Labadie, Élodie Vasseur, Didier Castagnet,
Hélène Marcadier, Pierre-Yves Lemoal, Winnie Kwan Siu-ling, Lam Sai-hung, Eunice Yip Ka-man,
Edward Ho Chun-kit, Cheung, Aisha Bello-Ogunleye, Tolulope, Folasade Ogundipe-Martins, Emeka
Obiechina, Tunde Alabi-Musa, Kehinde Adeosun, Femi Adebanjo-Cole, Liam Doucette, Nate
Kowalczyk, Owen Brisebois, Mike Garrity, Rory Fennessy, Tomas Berglund, Jim Costigan, Caleb
Ostrowski, Colleen): no real public figure appears, and the offices they hold in the text
(Britain's housing minister and shadow housing secretary, a Chicago alderman, a federal judge
and prosecutor in Chicago, the Lord Mayor of Cork, France's agriculture minister, Hong Kong's
Secretary for Transport and Logistics, Nigeria's Minister of Education, the UNILAG SUG
president and vice-chancellor, the coaches of Boston University and Northeastern) are given
to invented people. Invented too are Ashwell Vale, Brackenden, the Ashwell Vale Preservation
Society, Castlemere Homes, Save Carrigrohane Road, the Cave des Deux Rives, the Hong Kong
Minibus Drivers’ General Union, every event, quotation and figure; the real bodies and
places (Labour, the CPRE, the Ministry of Housing, Communities and Local Government, the FBI,
the Dirksen U.S. Courthouse, the National Transport Authority, Fine Gael, Sinn Féin, AFP, the
Bordeaux Wine Council, FranceAgriMer, the Federation of French Wine and Spirits Exporters,
the University of Bordeaux, the Legislative Council, the Transport Department, Kwong Wah
Hospital, the University of Lagos, the National Association of Nigerian Students, the
Nigerian Education Loan Fund, the Federal High Court, PREMIUM TIMES, Boston University,
Northeastern, the Beanpot, TD Garden) are given invented words or events.

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

usage: make_news_2020s_holdout58.py [OUT.jsonl]   (default: news_2020s_holdout58.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h58-telegraph-greenbelt", """
Green belt villagers prepare court fight as minister says objectors ‘cannot hold Britain’s future to
ransom’

Residents of three Hertfordshire villages are preparing to take the Government to court after
ministers approved 4,500 homes on what planners now call “grey belt” land between Ashwell Vale and
Brackenden.

Matthew Pengelly, the housing minister, said objectors could not be allowed to “hold the rest of the
country to ransom” and insisted the development would provide “the homes that young families have
been promised for a generation”.

Speaking on a visit to a building site in Stevenage on Tuesday, he said: “I grew up in a town where
nobody my age could afford to stay. I am not going to apologise for building homes.”

Harriet Voss, the shadow housing secretary, accused Labour of “concreting over the countryside by
the back door”. In a post on X, she wrote: “Labour promised brownfield first. It turns out
brownfield means ‘wherever the developers fancy’.”

The Ashwell Vale Preservation Society, which has raised more than £180,000 towards a legal
challenge, said it would apply for a judicial review within six weeks. Its chairman, Giles Hartigan,
71, a retired barrister, said: “We are not Nimbys. This parish has taken 600 new homes since 2015
without a murmur. What we will not accept is a new town dropped on us by someone who has never been
here.”

“They tell us this is grey belt because a petrol station stood at one corner of it in the 1970s. By
that logic, the whole of England is grey.”

Castlemere Homes, the developer behind the scheme, said the site had been “independently assessed as
making a limited contribution” to the purposes of the green belt. A company spokesman said: “Forty
per cent of these homes will be affordable, and we are paying for a new primary school and a GP
surgery before the first residents move in.”

According to the CPRE, the countryside charity, more than 11,000 homes have been approved on green
belt land in England since the rules were relaxed last year. The charity said fewer than one in five
of them would be sold or let below market rates.

The Ministry of Housing, Communities and Local Government declined to comment on the legal
challenge. Asked whether Mr Pengelly would visit Ashwell Vale before the hearing, a ministry
spokesman said the minister’s diary was “a matter for his private office”.
""", [
    # a headline's fragment after `minister says` (Britain’s inside the single marks)
    ("cannot hold Britain’s future to ransom", P, "Matthew Pengelly", "minister", "says"),
    # “grey belt” after `call` in the present: a term, no row
    ("hold the rest of the country to ransom", P, "Matthew Pengelly", "Matthew Pengelly",
     "said"),
    ("the homes that young families have been promised for a generation", P,
     "Matthew Pengelly", "Matthew Pengelly", "insisted"),
    ("I grew up in a town where nobody my age could afford to stay. I am not going to "
     "apologise for building homes.", D, "Matthew Pengelly", "he", "said"),
    ("concreting over the countryside by the back door", P, "Harriet Voss", "Harriet Voss",
     "accused"),
    # a post holding a nested single-marked quotation: one row
    ("Labour promised brownfield first. It turns out brownfield means ‘wherever the "
     "developers fancy’.", D, "Harriet Voss", "she", "wrote"),
    ("it would apply for a judicial review within six weeks", I,
     "Ashwell Vale Preservation Society", "The Ashwell Vale Preservation Society", "said"),
    ("We are not Nimbys. This parish has taken 600 new homes since 2015 without a murmur. "
     "What we will not accept is a new town dropped on us by someone who has never been "
     "here.", D, "Giles Hartigan", "Giles Hartigan", "said"),
    # a paragraph in marks with no cue after his own quotation: the same speaker
    ("They tell us this is grey belt because a petrol station stood at one corner of it in "
     "the 1970s. By that logic, the whole of England is grey.", D, "Giles Hartigan", None,
     None),
    ("independently assessed as making a limited contribution", P, "Castlemere Homes",
     "Castlemere Homes", "said"),
    ("Forty per cent of these homes will be affordable, and we are paying for a new primary "
     "school and a GP surgery before the first residents move in.", D, "Castlemere Homes",
     "A company spokesman", "said"),
    ("more than 11,000 homes have been approved on green belt land in England since the "
     "rules were relaxed last year", I, "CPRE", "the CPRE", "According to"),
    ("fewer than one in five of them would be sold or let below market rates", I, "CPRE",
     "The charity", "said"),
    # `declined to comment`: no row
    ("whether Mr Pengelly would visit Ashwell Vale before the hearing", I, None, None,
     "Asked"),
    ("a matter for his private office", P,
     "Ministry of Housing, Communities and Local Government", "a ministry spokesman",
     "said"),
])

doc("h58-tribune-alderman", """
"I let my ward down": Ex-Ald. Raymond Szczepanik gets 4 years in zoning bribery case

Former 12th Ward Ald. Raymond Szczepanik was sentenced Tuesday to four years in federal prison for
taking $160,000 in bribes from a developer who wanted a zoning change for a self-storage warehouse
on the Southwest Side.

U.S. District Judge Marisol Echeverria said the case was a symptom of "the same old Chicago disease"
and told Szczepanik, 67, that his decades of service could not outweigh "what you did when you
thought nobody was listening."

"You were not a victim of the system, Mr. Szczepanik. You were the system," the judge said. Before
imposing the sentence, she asked Szczepanik whether he wanted to address the court. He stood,
unfolded a sheet of paper and said:

"For 22 years I told the people of the 12th Ward that I would look out for them. Then I looked out
for myself.

"I am ashamed, and I am sorry, and I will spend whatever time I have left trying to earn back some
of what I threw away."

Prosecutors had asked for six years. In a sentencing memo filed last month, Assistant U.S. Attorney
Keith Oyelaran wrote that Szczepanik had treated his zoning power "like a private ATM." At trial in
March, jurors heard an FBI recording in which Szczepanik told the developer, Anthony Brancato: "This
is how it works in the ward. You take care of me, I take care of the paperwork."

According to court records, Brancato, 58, paid Szczepanik in cash at a Portage Park restaurant on at
least five occasions between 2019 and 2021. He pleaded guilty, testified for the government and was
sentenced in June to two years of probation.

Szczepanik's attorney, Lauren Whitcomb-Reyes, said she would not appeal. "He has accepted
responsibility from the moment he was charged, and the court recognized that," she said outside the
Dirksen U.S. Courthouse.

Ald. Bridget O'Halloran, who now represents the 12th Ward, said in an email that residents "deserve
to know their alderman's office is no longer for sale." Dorota Wisniewski, 81, a retired seamstress
who sat through every day of the trial, was less forgiving. "He fixed my alley in 2009, and I
thanked him," she said. "Now I know what I was thanking him for."
""", [
    # a colon headline: the name after the colon signs it, no cue
    ("I let my ward down", D, "Raymond Szczepanik", "Raymond Szczepanik", None),
    ("the same old Chicago disease", P, "Marisol Echeverria", "Marisol Echeverria", "said"),
    # `told X, 67, that ... "…"`: a report holding a fragment, the partial row only
    ("what you did when you thought nobody was listening.", P, "Marisol Echeverria",
     "Marisol Echeverria", "told"),
    ("You were not a victim of the system, Mr. Szczepanik. You were the system,", D,
     "Marisol Echeverria", "the judge", "said"),
    ("whether he wanted to address the court", I, "Marisol Echeverria", "she", "asked"),
    # a quotation over two paragraphs after `said:`: both rows take that paragraph's words
    ("For 22 years I told the people of the 12th Ward that I would look out for them. Then "
     "I looked out for myself.", D, "Raymond Szczepanik", ("He", 1), ("said", 3)),
    ("I am ashamed, and I am sorry, and I will spend whatever time I have left trying to "
     "earn back some of what I threw away.", D, "Raymond Szczepanik", ("He", 1),
     ("said", 3)),
    # `Prosecutors had asked for six years`: no clause, no row
    ("like a private ATM.", P, "Keith Oyelaran", "Keith Oyelaran", "wrote"),
    ("This is how it works in the ward. You take care of me, I take care of the paperwork.",
     D, "Raymond Szczepanik", "Szczepanik", "told"),
    ("Brancato, 58, paid Szczepanik in cash at a Portage Park restaurant on at least five "
     "occasions between 2019 and 2021", I, None, "court records", "According to"),
    ("she would not appeal", I, "Lauren Whitcomb-Reyes", "Lauren Whitcomb-Reyes", "said"),
    ("He has accepted responsibility from the moment he was charged, and the court "
     "recognized that,", D, "Lauren Whitcomb-Reyes", "she", "said"),
    ("deserve to know their alderman's office is no longer for sale.", P,
     "Bridget O'Halloran", "Bridget O'Halloran", "said"),
    ("He fixed my alley in 2009, and I thanked him,", D, "Dorota Wisniewski", "she",
     "said"),
    ("Now I know what I was thanking him for.", D, "Dorota Wisniewski", "she", "said"),
])

doc("h58-examiner-busconnects", """
NTA defends Cork bus corridor plan as residents warn of ‘vandalism’

The National Transport Authority (NTA) has said that felling 140 mature trees along Cork’s
Carrigrohane Road is ‘the only way’ to give Ballincollig a reliable bus service, despite growing
opposition from residents and councillors.

Speaking at a packed public meeting in Ballincollig on Monday night, NTA project director Aoife
Cronin said the authority had examined ‘every possible alternative’, including a one-way system and
the removal of on-street parking.

‘Nobody in the NTA wants to cut down a single tree,’ Ms Cronin said. ‘But if we want people out of
their cars, the bus has to beat the car, and on this road at rush hour it doesn’t.’

The plan got a hostile reception from many of the 300 people in the hall. Fine Gael councillor
Kathleen O’Mahony, who has lived on the road for 31 years, said:

‘I have watched those trees from my kitchen window every morning since 1994. My children learned to
ride their bikes under them.

‘The NTA keeps telling us it has “consulted widely”. Well, I haven’t met one person on this road who
was consulted.’

Sinn Féin councillor Donncha Ó Laoghaire described the consultation as ‘a box-ticking exercise’ and
said his party would table a motion at next month’s council meeting calling for the plan to be
paused. Residents’ group Save Carrigrohane Road, which has gathered more than 4,000 signatures, said
it had written to the Minister for Transport asking him to intervene.

The group’s spokesman, retired engineer Tadhg Lucey, 68, said it was ‘not against buses’. ‘We are
against a plan drawn up in Dublin by people who have never sat in traffic at the Carrigrohane
roundabout,’ the 68-year-old said. An NTA spokeswoman said 250 semi-mature trees would be planted
along the route once the works were finished.

According to the NTA, journey times on the route have risen by 40% since 2019. The Lord Mayor of
Cork, Cllr Fergal Dennehy, said he had asked for a meeting with the authority. ‘I think there’s a
compromise to be found,’ he said. ‘People in Ballincollig deserve a decent bus. They also deserve to
be listened to.’
""", [
    # a headline's fragment after `residents warn of`: nobody named
    ("vandalism", P, None, "residents", "warn"),
    # `has said that ... is ‘…’ to ...`: a report holding a fragment, the partial row only
    ("the only way", P, "National Transport Authority", "The National Transport Authority",
     "said"),
    ("every possible alternative", P, "Aoife Cronin", "Aoife Cronin", "said"),
    ("Nobody in the NTA wants to cut down a single tree,", D, "Aoife Cronin", "Ms Cronin",
     "said"),
    ("But if we want people out of their cars, the bus has to beat the car, and on this "
     "road at rush hour it doesn’t.", D, "Aoife Cronin", "Ms Cronin", "said"),
    # a quotation over two paragraphs after `said:`; a nested “…” inside the second
    ("I have watched those trees from my kitchen window every morning since 1994. My "
     "children learned to ride their bikes under them.", D, "Kathleen O’Mahony",
     ("Kathleen O’Mahony", 1), ("said", 4)),
    ("The NTA keeps telling us it has “consulted widely”. Well, I haven’t met one person on "
     "this road who was consulted.", D, "Kathleen O’Mahony", ("Kathleen O’Mahony", 1),
     ("said", 4)),
    ("a box-ticking exercise", P, "Donncha Ó Laoghaire", "Donncha Ó Laoghaire",
     "described"),
    ("his party would table a motion at next month’s council meeting calling for the plan "
     "to be paused", I, "Donncha Ó Laoghaire", "Donncha Ó Laoghaire", "said"),
    ("it had written to the Minister for Transport asking him to intervene", I,
     "Save Carrigrohane Road", "Residents’ group Save Carrigrohane Road", "said"),
    ("not against buses", P, "Tadhg Lucey", "Tadhg Lucey", "said"),
    ("We are against a plan drawn up in Dublin by people who have never sat in traffic at "
     "the Carrigrohane roundabout,", D, "Tadhg Lucey", "the 68-year-old", "said"),
    ("250 semi-mature trees would be planted along the route once the works were finished",
     I, "National Transport Authority", "An NTA spokeswoman", "said"),
    ("journey times on the route have risen by 40% since 2019", I,
     "National Transport Authority", "the NTA", "According to"),
    ("he had asked for a meeting with the authority", I, "Fergal Dennehy", "Fergal Dennehy",
     "said"),
    ("I think there’s a compromise to be found,", D, "Fergal Dennehy", "he", "said"),
    ("People in Ballincollig deserve a decent bus. They also deserve to be listened to.", D,
     "Fergal Dennehy", "he", "said"),
])

doc("h58-france24-vines", """
Bordeaux growers rip out vines, say crisis is "worse than phylloxera"

Bordeaux (AFP) – Winegrowers in southwestern France have begun tearing up thousands of hectares of
vines under a state-funded scheme, as falling consumption and slumping exports push hundreds of
family estates towards bankruptcy.

"My grandfather planted these vines in 1961. Today I am paid to pull them out," said Jean-Baptiste
Labadie, 54, standing in a half-cleared plot near Saint-Émilion as a tractor dragged stumps into a
pile. "It feels like burying someone."

The government has set aside 120 million euros to compensate growers who uproot their vines. Some
9,500 hectares have been cleared in the Bordeaux region alone since the so-called "arrachage" plan
began last year, the Bordeaux Wine Council (CIVB) said.

Agriculture Minister Élodie Vasseur, visiting the Gironde on Friday, called the plan "painful but
necessary" and promised that the state would not "abandon a single grower". "We are producing wine
that nobody is buying. We cannot keep turning it into hand sanitiser with taxpayers' money," she
told reporters in Libourne.

Growers' unions say the compensation is far too low. Didier Castagnet, who heads the Gironde
winegrowers' federation, told AFP that a grower who uproots his vines "still has to pay back the
bank".

Wine consumption in France has fallen by more than half since the 1970s, according to FranceAgriMer,
the state agency for agricultural produce. Younger drinkers increasingly prefer beer, cocktails or
nothing at all, and exports have slumped: sales to China, once Bordeaux's fastest-growing market,
have collapsed, while US tariffs have hit the region's mid-priced reds.

"The Americans were our lifeline. Now a bottle that cost 15 dollars on a shelf in New York costs 20,
and people simply pick something else," said Hélène Marcadier, export director of the Cave des Deux
Rives, a cooperative of 300 growers in the Entre-deux-Mers. In an email to AFP, the Federation of
French Wine and Spirits Exporters (FEVS) said shipments of Bordeaux to the United States had fallen
by 28 percent in the first nine months of the year.

Not everyone sees the uprooting as a defeat. Economist Pierre-Yves Lemoal of the University of
Bordeaux called it "a long-overdue correction" for a region that had planted "for a market that no
longer exists". "Bordeaux will be smaller, but it can be better," he said.

Back in Saint-Émilion, Labadie said he would sow sunflowers on the cleared land in the spring and
keep 12 hectares of vines for his own label. His son, 19, is studying engineering in Toulouse. "Ask
me in five years," Labadie said, "if there is still a Labadie making wine here."
""", [
    # a headline's fragment after `say`: the growers, nobody named
    ("worse than phylloxera", P, None, "Bordeaux growers", "say"),
    ("My grandfather planted these vines in 1961. Today I am paid to pull them out,", D,
     "Jean-Baptiste Labadie", "Jean-Baptiste Labadie", "said"),
    ("It feels like burying someone.", D, "Jean-Baptiste Labadie", "Jean-Baptiste Labadie",
     "said"),
    # "arrachage": a so-called term inside the reported clause, no row of its own
    ('Some 9,500 hectares have been cleared in the Bordeaux region alone since the '
     'so-called "arrachage" plan began last year', I, "Bordeaux Wine Council",
     "the Bordeaux Wine Council", "said"),
    ("painful but necessary", P, "Élodie Vasseur", "Élodie Vasseur", "called"),
    # `promised that ... "…"`: a report holding a fragment, the partial row only
    ("abandon a single grower", P, "Élodie Vasseur", "Élodie Vasseur", "promised"),
    ("We are producing wine that nobody is buying. We cannot keep turning it into hand "
     "sanitiser with taxpayers' money,", D, "Élodie Vasseur", "she", "told"),
    ("the compensation is far too low", I, None, "Growers' unions", "say"),
    ("still has to pay back the bank", P, "Didier Castagnet", "Didier Castagnet", "told"),
    ("Wine consumption in France has fallen by more than half since the 1970s", I,
     "FranceAgriMer", "FranceAgriMer", "according to"),
    ("The Americans were our lifeline. Now a bottle that cost 15 dollars on a shelf in New "
     "York costs 20, and people simply pick something else,", D, "Hélène Marcadier",
     "Hélène Marcadier", "said"),
    ("shipments of Bordeaux to the United States had fallen by 28 percent in the first nine "
     "months of the year", I, "Federation of French Wine and Spirits Exporters",
     "the Federation of French Wine and Spirits Exporters", "said"),
    ("a long-overdue correction", P, "Pierre-Yves Lemoal", "Pierre-Yves Lemoal", "called"),
    # a second fragment in the same sentence hangs on the same cue
    ("for a market that no longer exists", P, "Pierre-Yves Lemoal", "Pierre-Yves Lemoal",
     "called"),
    ("Bordeaux will be smaller, but it can be better,", D, "Pierre-Yves Lemoal", "he",
     "said"),
    ("he would sow sunflowers on the cleared land in the spring and keep 12 hectares of "
     "vines for his own label", I, "Jean-Baptiste Labadie", "Labadie", "said"),
    ("Ask me in five years,", D, "Jean-Baptiste Labadie", "Labadie", "said"),
    # the second segment in lower case is still the statement (direct)
    ("if there is still a Labadie making wine here.", D, "Jean-Baptiste Labadie", "Labadie",
     "said"),
])

doc("h58-scmp-minibus", """
Hong Kong to import minibus drivers from mainland China as workforce ages, transport chief says

Hong Kong will allow red and green minibus operators to hire up to 1,500 drivers from mainland
China, the city’s transport minister has announced, as the number of local drivers willing to do the
job continues to shrink.

Secretary for Transport and Logistics Winnie Kwan Siu-ling told lawmakers on Wednesday that the
trade was facing “a cliff edge”, with more than 60 per cent of the city’s 7,800 licensed minibus
drivers now aged over 60.

“If we do nothing, some routes in the New Territories will simply stop running,” Kwan said.
“Residents of remote villages cannot wait for the market to fix itself.”

Imported drivers will need at least six years of driving experience on the mainland and must pass a
local driving test, according to a paper submitted to the Legislative Council’s transport panel. The
paper said they would be paid no less than the median wage for the trade.

The plan has angered unions. Lam Sai-hung, 64, chairman of the Hong Kong Minibus Drivers’ General
Union, said the government was “treating a pay problem as a labour shortage”. “Pay us properly and
the young people will come,” the 64-year-old said. “Nobody wants to work 12 hours a day for
HK$18,000 a month.”

Operators see it differently. Eunice Yip Ka-man, who runs 14 minibuses between Sai Kung and Mong
Kok, told the Post she had already axed two late-night services for want of drivers. “I have buses
sitting in the depot every day. The problem is not the money, it’s that nobody under 40 wants this
job,” she said.

At the panel meeting, lawmaker Edward Ho Chun-kit pressed the minister on safety. “What happens when
an elderly passenger can only speak Cantonese and the driver cannot understand where she wants to
get off?” he asked. Kwan replied that applicants would have to pass a test of basic Cantonese and
knowledge of local roads before being allowed to drive.

Minibuses carry about 1.5 million passengers a day, roughly 13 per cent of all public transport
journeys in the city, according to the Transport Department. The department said it expected the
first imported drivers to start work by the middle of next year.

For passengers in Sai Kung, where the 16-seat “siu ba” is often the only way home after midnight,
the change cannot come soon enough. “Sometimes I wait 40 minutes for the last minibus home,” said a
35-year-old nurse surnamed Cheung, who works night shifts at Kwong Wah Hospital. “If the driver is
from Shenzhen, fine. I just want him to turn up.”
""", [
    # a headline's report with `, transport chief says` after it: the minister named later
    ("Hong Kong to import minibus drivers from mainland China as workforce ages", I,
     "Winnie Kwan Siu-ling", "transport chief", "says"),
    # a report before its cue, the speaker a description named in the next paragraph
    ("Hong Kong will allow red and green minibus operators to hire up to 1,500 drivers from "
     "mainland China", I, "Winnie Kwan Siu-ling", "the city’s transport minister",
     "announced"),
    ("a cliff edge", P, "Winnie Kwan Siu-ling", "Winnie Kwan Siu-ling", "told"),
    # `Kwan`: the family name of Winnie Kwan Siu-ling, written first in the full name
    ("If we do nothing, some routes in the New Territories will simply stop running,", D,
     "Winnie Kwan Siu-ling", "Kwan", "said"),
    ("Residents of remote villages cannot wait for the market to fix itself.", D,
     "Winnie Kwan Siu-ling", "Kwan", "said"),
    ("Imported drivers will need at least six years of driving experience on the mainland "
     "and must pass a local driving test", I, None,
     "a paper submitted to the Legislative Council’s transport panel", "according to"),
    ("they would be paid no less than the median wage for the trade", I, None, "The paper",
     "said"),
    ("treating a pay problem as a labour shortage", P, "Lam Sai-hung", "Lam Sai-hung",
     "said"),
    ("Pay us properly and the young people will come,", D, "Lam Sai-hung",
     "the 64-year-old", "said"),
    ("Nobody wants to work 12 hours a day for HK$18,000 a month.", D, "Lam Sai-hung",
     "the 64-year-old", "said"),
    ("she had already axed two late-night services for want of drivers", I,
     "Eunice Yip Ka-man", "Eunice Yip Ka-man", "told"),
    ("I have buses sitting in the depot every day. The problem is not the money, it’s that "
     "nobody under 40 wants this job,", D, "Eunice Yip Ka-man", "she", "said"),
    # `pressed the minister on safety`: no clause, no row; a question in marks
    ("What happens when an elderly passenger can only speak Cantonese and the driver cannot "
     "understand where she wants to get off?", D, "Edward Ho Chun-kit", "he", "asked"),
    ("that applicants would have to pass a test of basic Cantonese and knowledge of local "
     "roads before being allowed to drive", I, "Winnie Kwan Siu-ling", "Kwan", "replied"),
    ("Minibuses carry about 1.5 million passengers a day, roughly 13 per cent of all public "
     "transport journeys in the city", I, "Transport Department", "the Transport Department",
     "according to"),
    ("it expected the first imported drivers to start work by the middle of next year", I,
     "Transport Department", "The department", "said"),
    # “siu ba”: a nickname, no row; a speaker named only by her surname
    ("Sometimes I wait 40 minutes for the last minibus home,", D, "Cheung", "Cheung",
     "said"),
    ("If the driver is from Shenzhen, fine. I just want him to turn up.", D, "Cheung",
     "Cheung", "said"),
])

doc("h58-premiumtimes-fees", """
UNILAG students drag management to court over 250% fee hike

Students of the University of Lagos (UNILAG) have filed a suit at the Federal High Court in Lagos
challenging a new fee regime which they described as "callous and unconscionable".

In the suit, filed on Friday, the Students' Union Government (SUG) argued that the increase from
N190,000 to N665,000 for most undergraduate programmes was made "without any consultation
whatsoever" and that it breached the university's own regulations on fee reviews.

The SUG President, Aisha Bello-Ogunleye, told PREMIUM TIMES on Sunday that more than 3,000 students
had not registered for the new session because they could not pay. "Some of our members are
squatting in hostels. Some have gone back to their villages. Is this what education should look
like?" she said.

A 300-level Mass Communication student, who gave her name only as Tolulope, said she had sold her
phone to pay her hostel fee last session. "This session, I have nothing left to sell," she said.

But the university's management has defended the increase. In a statement on Saturday, the
university said the fees had not been reviewed in 14 years and that it "cannot run a 21st-century
institution on 2011 money".

"Management remains open to dialogue with students and urges them to take advantage of the
instalment payment plan approved by Senate," the statement added. The Vice-Chancellor, Folasade
Ogundipe-Martins, did not respond to calls and text messages.

The National Association of Nigerian Students (NANS) said it would mobilise students for protests
across the country if the increase was not reversed. Its national president, Emeka Obiechina, said
in Abuja: "If UNILAG gets away with this, every federal university will follow by January. We will
not allow it."

The Minister of Education, Tunde Alabi-Musa, who briefed journalists after Wednesday's Federal
Executive Council meeting, said universities had been directed to consult students before reviewing
fees. He said the Nigerian Education Loan Fund (NELFUND) would cover tuition for eligible students
"so that no Nigerian child is priced out of a university education".

The police spokesperson in Lagos, SP Kehinde Adeosun, said officers had been deployed to the Akoka
campus "to forestall any breakdown of law and order". Counsel to the students, Femi Adebanjo-Cole,
told journalists after filing the suit: "Our clients are not asking for free education. They are
asking for a fee that a civil servant's child can afford."
""", [
    # `which they described as "…"`: the students, nobody named
    ("callous and unconscionable", P, None, "they", "described"),
    # a court filing: a fragment, then a second report under the same cue
    ("without any consultation whatsoever", P, "Students' Union Government",
     "the Students' Union Government", "argued"),
    ("that it breached the university's own regulations on fee reviews", I,
     "Students' Union Government", "the Students' Union Government", "argued"),
    ("that more than 3,000 students had not registered for the new session because they "
     "could not pay", I, "Aisha Bello-Ogunleye", "Aisha Bello-Ogunleye", "told"),
    ("Some of our members are squatting in hostels. Some have gone back to their villages. "
     "Is this what education should look like?", D, "Aisha Bello-Ogunleye", "she", "said"),
    # a speaker who gave only her first name
    ("she had sold her phone to pay her hostel fee last session", I, "Tolulope", "Tolulope",
     "said"),
    ("This session, I have nothing left to sell,", D, "Tolulope", "she", "said"),
    ("the fees had not been reviewed in 14 years", I, "University of Lagos", "the university",
     "said"),
    ("cannot run a 21st-century institution on 2011 money", P, "University of Lagos",
     "the university", "said"),
    # the statement speaks for the university; `did not respond`: no row
    ("Management remains open to dialogue with students and urges them to take advantage of "
     "the instalment payment plan approved by Senate,", D, "University of Lagos",
     "the statement", "added"),
    ("it would mobilise students for protests across the country if the increase was not "
     "reversed", I, "National Association of Nigerian Students",
     "The National Association of Nigerian Students", "said"),
    ("If UNILAG gets away with this, every federal university will follow by January. We "
     "will not allow it.", D, "Emeka Obiechina", "Emeka Obiechina", "said"),
    ("universities had been directed to consult students before reviewing fees", I,
     "Tunde Alabi-Musa", "Tunde Alabi-Musa", "said"),
    ("so that no Nigerian child is priced out of a university education", P,
     "Tunde Alabi-Musa", "He", ("said", 8)),
    ("to forestall any breakdown of law and order", P, "Kehinde Adeosun", "Kehinde Adeosun",
     "said"),
    ("Our clients are not asking for free education. They are asking for a fee that a civil "
     "servant's child can afford.", D, "Femi Adebanjo-Cole", "Femi Adebanjo-Cole", "told"),
])

doc("h58-globe-beanpot", """
“Best night of my life”: Liam Doucette’s overtime goal ends BU’s Beanpot drought

Liam Doucette — “Dooch” to his teammates — had not scored in 11 games. Then, with 1:14 left in
overtime Monday night at TD Garden, the Boston University sophomore took a pass from Nate Kowalczyk
in the left circle and beat Northeastern goalie Owen Brisebois high on the glove side, giving the
Terriers a 3-2 win and their first Beanpot title since 2022.

“I’m not going to lie to you, I didn’t see it go in,” Doucette said. “I just closed my eyes and
shot, and then everybody was on top of me.”

“That’s the hardest 64 minutes we’ve played all year, and I’m including the two losses to them in
December,” the BU coach said. Asked whether the win eased the sting of three straight defeats in the
final, he smiled. “A little,” he said. “Ask me again in April.”

Northeastern had led 2-1 after two periods on goals by captain Rory Fennessy and freshman Tomas
Berglund. Huskies coach Jim Costigan said his team had “played not to lose” in the third period.
“That’s on me. We sat back, and they made us pay,” he said.

Brisebois, who made 41 saves, was named the tournament’s most valuable player, the first goaltender
from a losing team to win the award since 2017, according to the Beanpot’s organizers. “It doesn’t
mean much right now,” the goaltender said quietly.

The Terriers’ equalizer came from an unlikely source. Defenseman Caleb Ostrowski, a fifth-year
senior from Worcester who had scored twice all season, tied it with 6:32 left in regulation. His
mother, Colleen, who watched from the stands with 20 relatives, posted on Instagram minutes later:
“Worcester raised him, Boston made him. So proud of you, kid!!”

As the BU student section sang “Sweet Caroline” after the final horn, Kowalczyk said the team had
watched video of last year’s final loss on the bus ride over. “Coach wanted us to remember how that
felt,” the 22-year-old said. “Nobody in that room wanted to feel it twice.”

Mike Garrity, in his fourth season behind the BU bench, had lost three straight finals before
Monday. The win gave BU its 32nd Beanpot title, the most of any school, according to the university.

“He called me,” Doucette said when asked about his father. “He couldn’t talk. He took me to my first
Beanpot when I was 6, and we sat in the last row. Tonight he was in the second row, crying.”
""", [
    # a colon headline: the name after the colon signs it, no cue
    ("Best night of my life", D, "Liam Doucette", "Liam Doucette", None),
    # “Dooch”: a nickname, no row
    ("I’m not going to lie to you, I didn’t see it go in,", D, "Liam Doucette", "Doucette",
     "said"),
    ("I just closed my eyes and shot, and then everybody was on top of me.", D,
     "Liam Doucette", "Doucette", "said"),
    # `the BU coach`: named only in the eighth paragraph
    ("That’s the hardest 64 minutes we’ve played all year, and I’m including the two losses "
     "to them in December,", D, "Mike Garrity", "the BU coach", "said"),
    ("whether the win eased the sting of three straight defeats in the final", I, None, None,
     "Asked"),
    ("A little,", D, "Mike Garrity", "he", "said"),
    ("Ask me again in April.", D, "Mike Garrity", "he", "said"),
    ("played not to lose", P, "Jim Costigan", "Jim Costigan", "said"),
    ("That’s on me. We sat back, and they made us pay,", D, "Jim Costigan", "he", "said"),
    ("Brisebois, who made 41 saves, was named the tournament’s most valuable player, the "
     "first goaltender from a losing team to win the award since 2017", I, None,
     "the Beanpot’s organizers", "according to"),
    ("It doesn’t mean much right now,", D, "Owen Brisebois", "the goaltender", "said"),
    ("Worcester raised him, Boston made him. So proud of you, kid!!", D, "Colleen",
     "Colleen", "posted"),
    # “Sweet Caroline”: a title, no row
    ("the team had watched video of last year’s final loss on the bus ride over", I,
     "Nate Kowalczyk", "Kowalczyk", "said"),
    ("Coach wanted us to remember how that felt,", D, "Nate Kowalczyk", "the 22-year-old",
     "said"),
    ("Nobody in that room wanted to feel it twice.", D, "Nate Kowalczyk", "the 22-year-old",
     "said"),
    ("The win gave BU its 32nd Beanpot title, the most of any school", I,
     "Boston University", "the university", "according to"),
    # `when asked about his father`: no clause, no row
    ("He called me,", D, "Liam Doucette", "Doucette", "said"),
    ("He couldn’t talk. He took me to my first Beanpot when I was 6, and we sat in the last "
     "row. Tonight he was in the second row, crying.", D, "Liam Doucette", "Doucette",
     "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout58.jsonl"))
