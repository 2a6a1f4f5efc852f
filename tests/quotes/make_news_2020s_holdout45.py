#!/usr/bin/python3
"""Builds news_2020s_holdout45.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer31 for a sealed measurement of news_quotes (the extractor's source
never read, the extension never loaded, no scorer run on it). Measured blind by the lead at
the end of s26's first rules (all kinds end-to-end 80.89, as at the session's start), then
read for its last rules (docs/quotes.md): no longer blind.

- h45-wapo-arizona, a Washington Post state-court story with curly double marks and curly
  apostrophes: a cueless headline and dek; `allowed ... to go forward` (a deed); `Chief
  Justice X said the measure’s summary was “…,” rejecting ...` (a fragment with its comma
  inside the marks: the partial row only); `“…,” Marquez wrote. “…”` (court’s); `Justice X
  wrote that the summary “…” and said nothing about ...` (the partial row only); the
  nickname “Thirsty Servers” and the so-called “Silicon Desert”; `“…,” said X, a retired
  hydrologist ... who chairs Y. “…”` (We’ve, and a `said` inside the quotation; the second
  segment's nearest `said` is the next paragraph's); `In an interview with The Washington
  Post, Yazzie said the campaign would ...`; `X, which brought the challenge, said in a
  statement that it was “disappointed” and would ...`; `“…,” the alliance’s president, X,
  said`; a reporter's question in its own paragraph, `“…?” a reporter asked Whitaker.`, and
  the answer in the next under `he said` split in two; `State Sen. X (D-Tucson), who ...,
  posted on X: “…”` (Arizona’s, Let’s); `X, a law professor at ..., said the ruling fit
  ...` and `“…,” he said. “…”` (’80s, hasn’t); `..., according to the Arizona Department of
  Water Resources.`; `A spokesman for Gov. Katie Hobbs (D) said the governor had not ...`.
- h45-guardian-corridor, a Guardian UK health story with straight single marks and straight
  apostrophes (British style): a cueless headline; `..., according to a survey by the Royal
  College of Nursing (RCN).`; `The union's report, 'Nowhere to Care', ..., describes
  corridor care as '…' and says it has become '…'` (a title, then two fragments: partial
  rows only, the report speaking for the union); so-called 'temporary escalation spaces';
  `One nurse, who asked not to be named, wrote: '…'` (man's, couldn't, we'd inside);
  `Professor X, said:` opening a quotation over three paragraphs, each re-opening the mark
  and only the last closing it ('90s, who've, It's, it's); `The RCN said it would ...` (the
  defined acronym); O'Donoghue twice, `Her daughter, X, told the Guardian her mother had
  been '…'.`; `'She's 81 and she was ...,' she said. '…'` (wasn't); `X, which runs the
  hospital, said it was 'sorry' that ...` and `A spokesperson for the trust said January had
  been '…'` (hospital's inside the marks); `A Department of Health and Social Care
  spokesperson said: '…'` (That's, we're); `NHS England said ...`; `The Liberal Democrats'
  health spokesperson, Dr X, said the figures were '…'.`
- h45-reuters-orrin, a Reuters earnings story with straight double marks: a cueless
  headline and lead (`forecasts`, `forecast`, `expects revenue`: no rows); `..., according
  to data compiled by LSEG.`; `"…," Chief Executive X said on a call with analysts. "…"`
  (the second segment's nearest `said` is the next paragraph's); `Szabo said ... Orrin's
  next-generation "Tidewater" chips, which ...` (a product's name inside the reported
  clause); a named analyst's question `"…?" asked X, an analyst at Y.` and the answer `"…,"
  the chief executive replied. "…"` (It's, aren't, they're, we're); `Szabo described ... as
  "…" and said Orrin had ...` (a partial, then an indirect row); `Chief Financial Officer X,
  who joined Orrin from a rival chipmaker in March, said gross margin would ...`; `"…," Amoah
  said. "…"` (We've); `Orrin said in a statement that ...` and `The chipmaker also said it
  would ...`; `..., according to the company's filing with the U.S. Securities and Exchange
  Commission.`; `Analysts at X said in a note that Orrin remained "…", but warned that ...`;
  `Kettering posted on LinkedIn that the forecast "…" worries ...`; `rival X said orders ...
  had become "lumpy"`; a reporting credit.
- h45-bbc-rugby, a BBC Sport rugby union report with straight double marks (single marks
  nested) and straight apostrophes: a cueless headline (O'Rourke, Northmoor's) and score
  line; `director of rugby X, the former Scotland lock, said his side had "…" at half-time.`;
  `"…, 'Here we go again,'" Strachan told BBC Radio Somerset. "…"` (a nested quotation ending
  the first segment; you're, couldn't); `Asked whether O'Rourke had ..., the Scot smiled.
  "…," he said. "…"` (He's, he's, doesn't); `Strachan said flanker X had gone to hospital
  ...`; `O'Rourke, who ..., told BBC Sport: "…"`; `"…," the 20-year-old added.` (dad's,
  '80s); `"…," the South African said. "…"` (I'll, I'd) and the next paragraph opening with a
  quotation and no cue ('90s, I've); `Premiership Rugby said it would ...`; `Northmoor
  captain X wrote on X: "…"`; `Former Wales wing X, commentating for BBC Radio 5 Live, said
  O'Rourke's try was "…" and compared ...`; the anthem "Cider and Glory" and the group "the
  Quarrymen" beside supporters'.
- h45-straitstimes-perak, a Straits Times Asia politics story with straight double marks
  and courtesy titles without stops (Mr, Ms, Dr, Datuk Seri): a cueless headline; `The
  Election Commission (EC) said turnout was ...`; `"…," Ms Teoh told reporters at ... "…"`
  (Teoh Mei Xin: family name first); `She said she would ...`; `Mr Zulkifli, a former
  district officer, said the result showed that PH's "…".` (Zulkifli Rahman: `Mr` with the
  given name; the partial row only); `"…," he told The Straits Times. "…"`; the so-called
  "durian belt" and `both coalitions see as crucial` (a belief); `Datuk Seri X, PH's election
  director for Perak, admitted that ...` and `"…," he said. "…"`; `Speaking in Malay ..., PAS
  vice-president X had urged voters to "…".`; `Political scientist X ... told The Straits
  Times that ...` and `"…," said Dr Noraini, who ...`; `..., according to an analysis by the
  Kinta Research Centre, ...`; `The EC said it had received ...`.
- h45-newscientist-hera, a New Scientist space story with curly double marks, curly
  apostrophes and present-tense `says`: a cueless headline and standfirst (`images show
  that`: no speaker, no row); the nickname “crime scene investigator”; `“…,” says X at the
  University of Bologna in Italy, who leads Hera’s imaging team.`; `Bellandi says the
  stretched shape fits ...` (moonlet’s); `“The surface,” she says, “is ...”` (a sentence
  split by its attribution; hasn’t); `have long suspected` (a belief) and the term “mass
  shedding”; `..., the team writes in a paper accepted by The Planetary Science Journal.`
  (never named); `X at Queen’s University Belfast in the UK, who wasn’t involved in the work,
  says ...` and `“…,” she says. “…”` (don’t); `An ESA spokesperson told New Scientist that the
  probe was “…” and would ...`; `Flight director X, who leads ..., wrote on Bluesky: “…”`;
  `NASA said in a statement that ...` and `..., according to NASA.`
- h45-ktv-tornado, a local US TV station's weather story with straight double marks: a
  cueless headline; a dateline `BRENTON, Ark. (KVNR) —` and `..., according to the National
  Weather Service.`; the nickname "the Bottoms"; `No injuries have been reported.` (nobody
  reports); `Deputies from the X Sheriff's Office went ..., Sheriff X, a 30-year veteran of
  the department, said at ...`; `"…," Tibbs told KVNR 9 News. "…"` (could've; the second
  segment's nearest `Tibbs` opens the next paragraph); `Tibbs also warned that ...` and
  `"…," he said.`; `The sheriff's office later wrote in a Facebook post that Route 14 would
  stay closed "…" while ...`; `"…," said X, a retired rock 'n' roll DJ who has lived ...
  since the '90s.` and the next paragraph opening with a quotation and no cue (dogs');
  `Her neighbor, X, said the storm ... dropped it "…"` (brother-in-law's inside; its nearest
  `said` is the next paragraph's); `"…," Ortega said with a laugh.`; `"…?" our crew asked.`
  and `"…," he said.` in the next paragraph; `National Weather Service meteorologist X, who
  ..., said ...` and `"…," Pham said.`; `X said about 6,200 customers ...` and `A
  spokeswoman for the co-op, X, said ...`; `KVNR Storm Team 9 meteorologist X said ...`;
  `Pruett County Judge X tweeted Tuesday night: "…"`.

Not rows: nicknames, terms and names (“Thirsty Servers”, “Silicon Desert”, 'temporary
escalation spaces', "Tidewater" (inside an indirect row), "durian belt", “crime scene
investigator”, “mass shedding”, "the Bottoms", "the Quarrymen"), titles of works ('Nowhere
to Care', "Cider and Glory"), a quotation nested inside a quotation ('Here we go again,'),
the apostrophes (measure’s, court’s, We’ve, alliance’s, Arizona’s, Let’s, ’80s, hasn’t,
union's, man's, couldn't, we'd, '90s, who've, It's, it's, O'Donoghue, She's, wasn't,
hospital's, That's, we're, Democrats', Orrin's, It's, aren't, they're, We've, company's,
O'Rourke, Northmoor's, you're, He's, he's, doesn't, next week's, dad's, '80s, I'll, I'd,
I've, O'Rourke's, supporters', Malaysia's, Ibrahim's, town's, PH's, NASA’s, Hera’s,
moonlet’s, O’Callaghan, Queen’s, wasn’t, don’t, ESA’s, Sheriff's, could've, sheriff's, 'n',
dogs', brother-in-law's, truck's, barn's), headlines, a dek and a standfirst without a
cue, deeds, forecasts and beliefs (`allowed ... to go forward`, `forecast fourth-quarter
revenue`, `expects revenue`, `compared the youngster`, `see as crucial`, `have long
suspected`, `images ... show that`), `said nothing about` inside a reported clause, and the
passive `No injuries have been reported`.
7 articles, 18,421 characters; 114 quotations: direct 58, partial 20, indirect 36.

Annotated by the conventions of make_news_2020s.py and SPEC: the speaker is the canonical
name (the entity's fullest name in the article, without titles such as Chief Justice, Sen.,
Gov., Professor, Dr, Datuk Seri, Sheriff or County Judge; a mention that is the full name
is written without its title, one that is a surname or a given name keeps it: `Dr
Noraini`, `Ms Teoh`, `Mr Zulkifli`) or None when the text names nobody who can be the
speaker (a nurse, a reporter, the station's crew, the team); a report holding a quoted
fragment gives only the partial row, and a second report in the same sentence without marks
(`and said Orrin had ...`, `but warned that ...`) its own indirect row; an indirect span is
the reported clause with its leading `that`, without a closing period; a quotation split by
its attribution gives one row per segment with the same mention and cue; a quotation
paragraph with no cue after the speaker's own quotation is that speaker's, with no mention
and no cue; a quotation over several paragraphs gives one row per paragraph, all with the
mention and cue of the paragraph that opens it; a spokesperson, a report, analysts at a
firm, a company's own filing or an acronym speak for the body named, a spokesman for a
person for that person, a spokeswoman who is named for herself; a reporter's question
without marks (`Asked whether ...`) is an indirect row with no speaker, as in
make_news_2020s.py.
All people are invented (Elena Marquez, Robert Haney, Delia Yazzie, Grant Whitaker, Tom
Kessling, Paul Benavides, Marisol Vega, Carys Whitlock, Margaret O'Donoghue, Siân
O'Donoghue, Owen Prys, Naomi Szabo, Brian Kettering, Derek Amoah, Ananya Mehta, Devika Rao
Pillai, Jack O'Rourke, Ben Akande, Ross Fairlie, Ollie Thame, Gavin Strachan, Tom Hale,
Pieter du Toit, Callum Reddy, Will Ashdown, Rhodri Bevan, Teoh Mei Xin, Zulkifli Rahman,
Kamarul Hisham Yusof, Idris Hamzah, Noraini Samsudin, Chiara Bellandi, Sinéad O’Callaghan,
Lars Holmgren, Wayne Tibbs, Brenda Oakes, Luis Ortega, Kendra Pham, Terri Fulks, Jake
Ellery, Carl Medlin) except three real public figures: Katie Hobbs, Arizona's governor,
whose spokesman is given invented words, and Anwar Ibrahim and Shane Williams, who are only
named. Invented too are Proposition 147, Water First Arizona, the Southwest Digital
Infrastructure Alliance, Castlebridge University Hospitals NHS Trust and its hospital,
Orrin Microsystems, Calder & Voss, Maravel Networks, Wessex Warriors, Northmoor, Harbury,
the seat of Bukit Serai, the Kinta Research Centre, the station KVNR, Pruett County and
Brenton, Ozark Valley Electric Cooperative, every event, quotation and figure; the real
bodies (the Arizona Supreme Court, Arizona State University, the Arizona Department of
Water Resources, the Royal College of Nursing, the Department of Health and Social Care,
NHS England, the Liberal Democrats, LSEG, the U.S. Securities and Exchange Commission, BBC
Radio Somerset, BBC Sport, BBC Radio 5 Live, Premiership Rugby, Pakatan Harapan, Perikatan
Nasional, PAS, Malaysia's Election Commission, Universiti Sains Malaysia, NASA, the
European Space Agency, the University of Bologna, Queen's University Belfast, The
Planetary Science Journal, the National Weather Service) are given invented words, and the
Hera and DART missions invented results.

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

usage: make_news_2020s_holdout45.py [OUT.jsonl]   (default: news_2020s_holdout45.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy in tests/quotes imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h45-wapo-arizona", """
Arizona Supreme Court clears way for vote on data center water limits

The 4-3 ruling sends a citizen-led measure to the November ballot over the objections of the
technology industry

PHOENIX — Arizona voters will decide in November whether to cap how much groundwater data centers
can pump, after the state Supreme Court on Thursday allowed a citizen-led ballot measure to go
forward despite a legal challenge from the technology industry.

Writing for the majority, Chief Justice Elena Marquez said the measure’s 100-word summary was “fair,
accurate and not misleading,” rejecting the industry’s central argument.

“The people of Arizona kept for themselves the power to make law,” Marquez wrote. “It is not this
court’s job to decide whether they are using that power wisely.”

In a dissent joined by two colleagues, Justice Robert Haney wrote that the summary “reads like a
campaign flier” and said nothing about the measure’s effect on existing water contracts.

The measure, Proposition 147, known on campaign yard signs as the “Thirsty Servers” initiative,
would require any data center using more than 1 million gallons of water a day to buy and retire an
equal amount of groundwater rights. Dozens of the facilities have opened in the past five years in
the so-called “Silicon Desert” west of Phoenix.

“We’ve been told for two years that this was too complicated for ordinary people to understand,”
said Delia Yazzie, a retired hydrologist from Tucson who chairs the Water First Arizona campaign.
“Well, the court just said ordinary people can handle it.”

In an interview with The Washington Post, Yazzie said the campaign would start running television
ads in Phoenix and Tucson next month.

The Southwest Digital Infrastructure Alliance, which brought the challenge, said in a statement that
it was “disappointed” and would campaign against the measure.

“This would put a $40 billion industry, and thousands of construction jobs, at the mercy of a single
number,” the alliance’s president, Grant Whitaker, said at a news conference in Chandler.

“Would you accept any cap at all?” a reporter asked Whitaker.

“We already recycle most of the water we use,” he said. “The question is who sets the limit, and
whether they understand the engineering.”

State Sen. Tom Kessling (D-Tucson), who sponsored a similar bill that died in committee last year,
posted on X: “Arizona’s water belongs to Arizonans, not to whoever builds the biggest server farm.
Let’s vote.”

Paul Benavides, a law professor at Arizona State University who studies ballot measures, said the
ruling fit a long pattern of the court giving initiative backers the benefit of the doubt.

“Since the ’80s, this court has been very reluctant to take a question away from voters,” he said.
“That hasn’t changed, even with a more conservative bench.”

Data centers in the Phoenix area used about 9 billion gallons of water last year, according to the
Arizona Department of Water Resources. A spokesman for Gov. Katie Hobbs (D) said the governor had
not taken a position on the measure.

Marisol Vega in Phoenix contributed to this report.
""", [
    # the headline and the dek have no cue; `allowed ... to go forward`: a deed
    # a report holding a fragment: the partial row only (the comma inside the marks)
    ("fair, accurate and not misleading,", P, "Elena Marquez", "Elena Marquez", "said"),
    # court’s inside the quotation
    ("The people of Arizona kept for themselves the power to make law,", D, "Elena Marquez",
     "Marquez", "wrote"),
    ("It is not this court’s job to decide whether they are using that power wisely.", D,
     "Elena Marquez", "Marquez", "wrote"),
    # a report holding a fragment: the partial row only; `said nothing about`: no quotation
    ("reads like a campaign flier", P, "Robert Haney", "Robert Haney", "wrote"),
    # “Thirsty Servers” (a nickname) and “Silicon Desert” (so-called): no rows
    ("We’ve been told for two years that this was too complicated for ordinary people to "
     "understand,", D, "Delia Yazzie", "Delia Yazzie", "said"),
    # the nearest `said` outside the quotation is the next paragraph's: the n-th instead
    ("Well, the court just said ordinary people can handle it.", D, "Delia Yazzie",
     "Delia Yazzie", ("said", 3)),
    ("the campaign would start running television ads in Phoenix and Tucson next month", I,
     "Delia Yazzie", "Yazzie", "said"),
    # a report holding a fragment: the partial row only
    ("disappointed", P, "Southwest Digital Infrastructure Alliance",
     "The Southwest Digital Infrastructure Alliance", "said"),
    ("This would put a $40 billion industry, and thousands of construction jobs, at the mercy "
     "of a single number,", D, "Grant Whitaker", "Grant Whitaker", "said"),
    # a reporter's question in marks: a direct quotation by nobody named
    ("Would you accept any cap at all?", D, None, "a reporter", "asked"),
    # the answer, its own paragraph: `he` for Whitaker
    ("We already recycle most of the water we use,", D, "Grant Whitaker", "he", "said"),
    ("The question is who sets the limit, and whether they understand the engineering.", D,
     "Grant Whitaker", "he", "said"),
    # a title before the name and a clause after it; Arizona’s, Let’s inside
    ("Arizona’s water belongs to Arizonans, not to whoever builds the biggest server farm. "
     "Let’s vote.", D, "Tom Kessling", "Tom Kessling", "posted"),
    ("the ruling fit a long pattern of the court giving initiative backers the benefit of the "
     "doubt", I, "Paul Benavides", "Paul Benavides", "said"),
    # ’80s opens with a curly apostrophe, hasn’t inside
    ("Since the ’80s, this court has been very reluctant to take a question away from voters,",
     D, "Paul Benavides", "he", "said"),
    ("That hasn’t changed, even with a more conservative bench.", D, "Paul Benavides", "he",
     "said"),
    ("Data centers in the Phoenix area used about 9 billion gallons of water last year", I,
     "Arizona Department of Water Resources", "the Arizona Department of Water Resources",
     "according to"),
    # a spokesman speaks for the person named
    ("the governor had not taken a position on the measure", I, "Katie Hobbs",
     "A spokesman for Gov. Katie Hobbs", "said"),
])

doc("h45-guardian-corridor", """
Patients treated in cupboards and car parks as A&E crisis deepens

Patients in England are being treated in store cupboards, car parks and staff kitchens because
hospitals have run out of space, according to a survey by the Royal College of Nursing (RCN).

The union's report, 'Nowhere to Care', published on Monday, describes corridor care as 'undignified
and unsafe' and says it has become 'the norm rather than the exception' in many A&E departments this
winter. Some trusts now count corridors as so-called 'temporary escalation spaces' in their bed
numbers.

More than 5,000 nurses responded to the survey. One nurse, who asked not to be named, wrote: 'I held
a man's hand while he died on a trolley next to the fire exit. His family couldn't get to him
because we'd pushed three more trolleys in front.'

Speaking at the union's congress in Liverpool, its general secretary, Professor Carys Whitlock,
said:

'I started nursing in the '90s, and I thought I had seen every kind of pressure this system can
produce. I had not seen this.

'We have heard from nurses who've fed patients in lifts and changed dressings in car parks. It's
dehumanising for the patient and it's soul-destroying for the nurse.

'Ministers keep telling us corridor care is temporary. It's been temporary since 2022.'

The RCN said it would ballot its members on industrial action in the spring if ministers did not set
a date for ending the practice.

Among those affected was Margaret O'Donoghue, 81, from Wigan, who spent 31 hours on a trolley in a
corridor at Castlebridge General Hospital in December after a fall. Her daughter, Siân O'Donoghue,
told the Guardian her mother had been 'treated like a parcel nobody wanted to sign for'.

'She's 81 and she was sat under a strip light next to the toilets for a day and a half,' she said.
'Nobody was unkind. There just wasn't anywhere to put her.'

Castlebridge University Hospitals NHS Trust, which runs the hospital, said it was 'sorry' that Mrs
O'Donoghue had waited so long. A spokesperson for the trust said January had been 'the busiest month
in the hospital's history', with 1,100 more A&E attendances than a year earlier.

A Department of Health and Social Care spokesperson said: 'Corridor care is unacceptable and we are
determined to end it. That's why we're putting £450m into urgent and emergency care this winter and
opening 40 new same-day emergency care units.'

NHS England said the number of patients waiting more than 12 hours in A&E had fallen by 8% compared
with last January.

The Liberal Democrats' health spokesperson, Dr Owen Prys, said the figures were 'a national scandal
hiding in plain sight'.
""", [
    # the headline has no cue
    ("Patients in England are being treated in store cupboards, car parks and staff kitchens "
     "because hospitals have run out of space", I, "Royal College of Nursing",
     "the Royal College of Nursing", "according to"),
    # 'Nowhere to Care': a title, no row; a report speaks for the body that wrote it; each
    # report holding a fragment: the partial rows only
    ("undignified and unsafe", P, "Royal College of Nursing", "The union's report",
     "describes"),
    ("the norm rather than the exception", P, "Royal College of Nursing",
     "The union's report", "says"),
    # so-called 'temporary escalation spaces': no row
    # never named; man's, couldn't, we'd inside straight single marks
    ("I held a man's hand while he died on a trolley next to the fire exit. His family "
     "couldn't get to him because we'd pushed three more trolleys in front.", D, None,
     "One nurse", "wrote"),
    # one quotation over three paragraphs, opened after `said:` in the paragraph before
    # ('90s, who've, It's, it's inside)
    ("I started nursing in the '90s, and I thought I had seen every kind of pressure this "
     "system can produce. I had not seen this.", D, "Carys Whitlock",
     ("Carys Whitlock", 1), ("said", 1)),
    ("We have heard from nurses who've fed patients in lifts and changed dressings in car "
     "parks. It's dehumanising for the patient and it's soul-destroying for the nurse.", D,
     "Carys Whitlock", ("Carys Whitlock", 1), ("said", 1)),
    ("Ministers keep telling us corridor care is temporary. It's been temporary since 2022.", D,
     "Carys Whitlock", ("Carys Whitlock", 1), ("said", 1)),
    # the acronym the text defined
    ("it would ballot its members on industrial action in the spring if ministers did not set "
     "a date for ending the practice", I, "Royal College of Nursing", "The RCN", "said"),
    # O'Donoghue closes nothing; a report holding a fragment: the partial row only
    ("treated like a parcel nobody wanted to sign for", P, "Siân O'Donoghue",
     "Siân O'Donoghue", "told"),
    # She's opens the quotation; `she` is the daughter
    ("She's 81 and she was sat under a strip light next to the toilets for a day and a half,",
     D, "Siân O'Donoghue", "she", "said"),
    ("Nobody was unkind. There just wasn't anywhere to put her.", D, "Siân O'Donoghue", "she",
     "said"),
    # reports holding a fragment: the partial rows only; hospital's inside the marks
    ("sorry", P, "Castlebridge University Hospitals NHS Trust",
     "Castlebridge University Hospitals NHS Trust", "said"),
    ("the busiest month in the hospital's history", P,
     "Castlebridge University Hospitals NHS Trust", "A spokesperson for the trust", "said"),
    ("Corridor care is unacceptable and we are determined to end it. That's why we're putting "
     "£450m into urgent and emergency care this winter and opening 40 new same-day emergency "
     "care units.", D, "Department of Health and Social Care",
     "A Department of Health and Social Care spokesperson", "said"),
    ("the number of patients waiting more than 12 hours in A&E had fallen by 8% compared with "
     "last January", I, "NHS England", "NHS England", "said"),
    # Democrats' closes nothing; a report holding a fragment: the partial row only
    ("a national scandal hiding in plain sight", P, "Owen Prys", "Owen Prys", "said"),
])

doc("h45-reuters-orrin", """
Orrin Microsystems forecasts revenue above estimates on AI networking demand

Oct 29 (Reuters) - Orrin Microsystems forecast fourth-quarter revenue above Wall Street estimates on
Wednesday, as cloud companies building artificial intelligence data centers snapped up its
networking chips, sending its shares up 11% in extended trading.

The San Jose, California-based company expects revenue of about $3.1 billion, plus or minus 3%, for
the quarter ending in December. Analysts on average had expected $2.86 billion, according to data
compiled by LSEG.

"We are sold out of our 800-gigabit switches through the middle of next year," Chief Executive Naomi
Szabo said on a call with analysts. "Every one of our top five customers has asked us for more than
we can make."

Szabo said large cloud providers had already placed orders for Orrin's next-generation "Tidewater"
chips, which start shipping in the second quarter of 2026.

"Is any of that demand being pulled forward because of tariffs?" asked Brian Kettering, an analyst
at Calder & Voss.

"It's not. Our customers aren't stockpiling, they're building," the chief executive replied. "If
anything, we're the bottleneck."

Szabo described the tariff environment as "noisy but manageable" and said Orrin had moved most of
its final assembly out of China.

Chief Financial Officer Derek Amoah, who joined Orrin from a rival chipmaker in March, said gross
margin would narrow to about 61% in the fourth quarter as the company ramps up a new packaging plant
in Penang, Malaysia.

"Think of it as a one-quarter toll," Amoah said. "We've already paid for the building, and the
margin comes back by the summer."

Orrin said in a statement that its board had approved a new $5 billion share buyback. The chipmaker
also said it would take a charge of about $210 million to wind down its consumer Wi-Fi business,
which it has struggled to sell.

About 300 jobs will go as part of the wind-down, according to the company's filing with the U.S.
Securities and Exchange Commission.

Analysts at Calder & Voss said in a note that Orrin remained "the cleanest way to play AI
networking", but warned that its reliance on a handful of customers was a risk. Kettering posted on
LinkedIn that the forecast "should put to bed" worries that AI spending had peaked.

Orrin's results came a week after rival Maravel Networks said orders from cloud customers had become
"lumpy" as buyers waited for next-generation parts.

Shares of Orrin have risen 64% so far this year, compared with a 38% gain in the Philadelphia SE
Semiconductor index.

(Reporting by Ananya Mehta in Bengaluru; Editing by Devika Rao Pillai)
""", [
    # the headline and the lead (`forecasts`, `forecast`) and `expects revenue`: no rows
    ("Analysts on average had expected $2.86 billion", I, "LSEG", "LSEG", "according to"),
    # a title before the name
    ("We are sold out of our 800-gigabit switches through the middle of next year,", D,
     "Naomi Szabo", "Naomi Szabo", "said"),
    # the nearest `said` outside the quotation is the next paragraph's: the n-th instead
    ("Every one of our top five customers has asked us for more than we can make.", D,
     "Naomi Szabo", "Naomi Szabo", ("said", 1)),
    # "Tidewater": a product's name inside the reported clause, no row of its own
    ("large cloud providers had already placed orders for Orrin's next-generation "
     "\"Tidewater\" chips, which start shipping in the second quarter of 2026", I,
     "Naomi Szabo", "Szabo", "said"),
    # a named analyst's question, then the answer under `the chief executive`
    ("Is any of that demand being pulled forward because of tariffs?", D, "Brian Kettering",
     "Brian Kettering", "asked"),
    ("It's not. Our customers aren't stockpiling, they're building,", D, "Naomi Szabo",
     "the chief executive", "replied"),
    ("If anything, we're the bottleneck.", D, "Naomi Szabo", "the chief executive",
     "replied"),
    ("noisy but manageable", P, "Naomi Szabo", "Szabo", "described"),
    ("Orrin had moved most of its final assembly out of China", I, "Naomi Szabo", "Szabo",
     "said"),
    # a title before the name and a clause after it
    ("gross margin would narrow to about 61% in the fourth quarter as the company ramps up a "
     "new packaging plant in Penang, Malaysia", I, "Derek Amoah", "Derek Amoah", "said"),
    ("Think of it as a one-quarter toll,", D, "Derek Amoah", "Amoah", "said"),
    ("We've already paid for the building, and the margin comes back by the summer.", D,
     "Derek Amoah", "Amoah", "said"),
    ("that its board had approved a new $5 billion share buyback", I, "Orrin Microsystems",
     "Orrin", "said"),
    ("it would take a charge of about $210 million to wind down its consumer Wi-Fi business, "
     "which it has struggled to sell", I, "Orrin Microsystems", "The chipmaker", "said"),
    # the company's own filing: the company speaks
    ("About 300 jobs will go as part of the wind-down", I, "Orrin Microsystems", "the company",
     "according to"),
    # analysts at a firm speak for it; a fragment, then a clause of its own
    ("the cleanest way to play AI networking", P, "Calder & Voss",
     "Analysts at Calder & Voss", "said"),
    ("that its reliance on a handful of customers was a risk", I, "Calder & Voss",
     "Analysts at Calder & Voss", "warned"),
    # a report holding a fragment: the partial row only
    ("should put to bed", P, "Brian Kettering", "Kettering", "posted"),
    ("lumpy", P, "Maravel Networks", "Maravel Networks", "said"),
])

doc("h45-bbc-rugby", """
Late O'Rourke try ends Northmoor's unbeaten run

Wessex Warriors 27-24 Northmoor

Replacement wing Jack O'Rourke scored in the 79th minute as Wessex Warriors came from 17 points down
to end Northmoor's unbeaten start to the Premiership season.

Northmoor, who had won their first six games, led 17-0 after 25 minutes through tries from Ben
Akande and Ross Fairlie, both converted by Ollie Thame, and a penalty. Wessex hit back with tries
either side of half-time before O'Rourke's dash down the left.

Wessex director of rugby Gavin Strachan, the former Scotland lock, said his side had "found
something" at half-time.

"At 17-0 you're thinking, 'Here we go again,'" Strachan told BBC Radio Somerset. "But the boys stuck
at it, and I couldn't be prouder of them."

Asked whether O'Rourke had done enough to start next week's game at Harbury, the Scot smiled. "Ask
me on Tuesday," he said. "He's 20, he's quick and he doesn't know what pressure is yet. Long may
that last."

Strachan said flanker Tom Hale had gone to hospital for a precautionary scan on his neck after a
collision late in the first half.

O'Rourke, who came off the bench for the final 15 minutes, told BBC Sport: "I just ran and hoped
nobody caught me."

"My dad's been coming to the Quarry since the '80s. He was in bits in the stand," the 20-year-old
added.

Northmoor head coach Pieter du Toit was furious about the yellow card shown to his hooker, Callum
Reddy, in the 61st minute, which left his side a man down for the Wessex fightback.

"We got nothing at the breakdown all afternoon," the South African said. "I'll be asking for an
explanation, and I'd like a better one than last time."

"I've been in this game since the '90s and I've never seen a yellow card like that one. Never."

Premiership Rugby said it would review the incident, as it does with all disciplinary decisions.

Northmoor captain Will Ashdown wrote on X: "Not good enough from us after half-time. Credit to
Wessex, they wanted it more."

Former Wales wing Rhodri Bevan, commentating for BBC Radio 5 Live, said O'Rourke's try was "the
finish of the season so far" and compared the youngster to a young Shane Williams.

Most of the 14,000 crowd stayed behind to sing the club anthem, "Cider and Glory", while the home
supporters' group known as "the Quarrymen" unfurled a banner in O'Rourke's honour.

Wessex travel to Harbury next Saturday, while Northmoor host Bath.
""", [
    # the headline and the score line have no cue; O'Rourke, Northmoor's close nothing
    # a title before the name and an apposition after it; a fragment: the partial row only
    ("found something", P, "Gavin Strachan", "Gavin Strachan", "said"),
    # 'Here we go again,' nested: part of the outer row (you're inside)
    ("At 17-0 you're thinking, 'Here we go again,'", D, "Gavin Strachan", "Strachan", "told"),
    ("But the boys stuck at it, and I couldn't be prouder of them.", D, "Gavin Strachan",
     "Strachan", "told"),
    # a reporter's question without marks, by nobody named (as make_news_2020s.py writes it)
    ("whether O'Rourke had done enough to start next week's game at Harbury", I, None, None,
     "Asked"),
    # `the Scot smiled`: no cue; He's, he's, doesn't inside
    ("Ask me on Tuesday,", D, "Gavin Strachan", "he", "said"),
    ("He's 20, he's quick and he doesn't know what pressure is yet. Long may that last.", D,
     "Gavin Strachan", "he", "said"),
    ("flanker Tom Hale had gone to hospital for a precautionary scan on his neck after a "
     "collision late in the first half", I, "Gavin Strachan", "Strachan", "said"),
    ("I just ran and hoped nobody caught me.", D, "Jack O'Rourke", "O'Rourke", "told"),
    # `the 20-year-old` for O'Rourke; dad's and '80s inside
    ("My dad's been coming to the Quarry since the '80s. He was in bits in the stand,", D,
     "Jack O'Rourke", "the 20-year-old", "added"),
    # `the South African` for Du Toit
    ("We got nothing at the breakdown all afternoon,", D, "Pieter du Toit", "the South African",
     "said"),
    ("I'll be asking for an explanation, and I'd like a better one than last time.", D,
     "Pieter du Toit", "the South African", "said"),
    # the next paragraph's quotation, no cue: the same speaker goes on ('90s inside)
    ("I've been in this game since the '90s and I've never seen a yellow card like that one. "
     "Never.", D, "Pieter du Toit", None, None),
    ("it would review the incident, as it does with all disciplinary decisions", I,
     "Premiership Rugby", "Premiership Rugby", "said"),
    ("Not good enough from us after half-time. Credit to Wessex, they wanted it more.", D,
     "Will Ashdown", "Will Ashdown", "wrote"),
    # a report holding a fragment: the partial row only; `compared`: no quotation
    ("the finish of the season so far", P, "Rhodri Bevan", "Rhodri Bevan", "said"),
    # "Cider and Glory" (a title) and "the Quarrymen" (a group's name): no rows
])

doc("h45-straitstimes-perak", """
PH holds Perak seat of Bukit Serai in by-election, but with a much thinner majority

KUALA LUMPUR – Malaysia's ruling Pakatan Harapan (PH) coalition held on to the Perak state seat of
Bukit Serai in a by-election on Nov 22, but its majority shrank by more than half, a result likely
to worry Prime Minister Anwar Ibrahim's unity government ahead of a general election due by early
2028.

PH candidate Teoh Mei Xin, a 38-year-old lawyer, won 9,412 votes against 7,866 for Mr Zulkifli
Rahman of Perikatan Nasional (PN). In the 2022 state election, PH won the seat by more than 4,000
votes.

Ms Teoh, who will be the first woman to represent Bukit Serai in the state assembly, is due to be
sworn in next week.

The Election Commission (EC) said turnout was 58.3 per cent, down from 71.2 per cent three years
ago.

"This is a victory for the people of Bukit Serai, not for any party," Ms Teoh told reporters at the
counting centre in Ipoh shortly after midnight. "I will not forget who sent me here."

She said she would press the state government to reopen the town's only public clinic, which closed
in 2024 after flooding.

Mr Zulkifli, a former district officer, said the result showed that PH's "fortress is cracking".

"They had ministers here every single day. We had volunteers and motorcycles," he told The Straits
Times. "Next time, we will have more motorcycles."

Bukit Serai is one of a string of mixed, semi-rural seats in the so-called "durian belt" that both
coalitions see as crucial to winning Perak.

Datuk Seri Kamarul Hisham Yusof, PH's election director for Perak, admitted that the lower turnout
had hurt the coalition.

"Many of our voters work in Penang and Kuala Lumpur, and they did not come home to vote," he said.
"That is a message, and we have received it."

Speaking in Malay at a ceramah (political rally) in the town on the eve of polling, PAS
vice-president Idris Hamzah had urged voters to "send a message to Putrajaya".

Political scientist Noraini Samsudin of Universiti Sains Malaysia told The Straits Times that the
result reflected frustration over the rising cost of living rather than a swing to PN.

"Young voters are not anti-government. They are anti-being-taken-for-granted," said Dr Noraini, who
has studied Perak elections since the 1990s.

PN won about 61 per cent of the votes in the town's three Malay-majority polling districts,
according to an analysis by the Kinta Research Centre, an independent think-tank in Ipoh.

The EC said it had received no formal complaints about the conduct of the polls.
""", [
    # the headline has no cue; `seats ... both coalitions see as crucial`: a belief
    # `Ms Teoh` for Teoh Mei Xin (family name first)
    ("turnout was 58.3 per cent, down from 71.2 per cent three years ago", I,
     "Election Commission", "The Election Commission", "said"),
    ("This is a victory for the people of Bukit Serai, not for any party,", D, "Teoh Mei Xin",
     "Ms Teoh", "told"),
    ("I will not forget who sent me here.", D, "Teoh Mei Xin", "Ms Teoh", "told"),
    ("she would press the state government to reopen the town's only public clinic, which "
     "closed in 2024 after flooding", I, "Teoh Mei Xin", "She", "said"),
    # `Mr Zulkifli` for Zulkifli Rahman (a given name); PH's closes nothing; a fragment
    ("fortress is cracking", P, "Zulkifli Rahman", "Mr Zulkifli", "said"),
    ("They had ministers here every single day. We had volunteers and motorcycles,", D,
     "Zulkifli Rahman", "he", "told"),
    ("Next time, we will have more motorcycles.", D, "Zulkifli Rahman", "he", "told"),
    # so-called "durian belt": no row
    # honorifics before the name (Datuk Seri) and an apposition after it
    ("that the lower turnout had hurt the coalition", I, "Kamarul Hisham Yusof",
     "Kamarul Hisham Yusof", "admitted"),
    ("Many of our voters work in Penang and Kuala Lumpur, and they did not come home to vote,",
     D, "Kamarul Hisham Yusof", "he", "said"),
    ("That is a message, and we have received it.", D, "Kamarul Hisham Yusof", "he", "said"),
    # a fragment of a call, translated from Malay
    ("send a message to Putrajaya", P, "Idris Hamzah", "Idris Hamzah", "urged"),
    ("that the result reflected frustration over the rising cost of living rather than a swing "
     "to PN", I, "Noraini Samsudin", "Noraini Samsudin", "told"),
    # `Dr Noraini` for Noraini Samsudin
    ("Young voters are not anti-government. They are anti-being-taken-for-granted,", D,
     "Noraini Samsudin", "Dr Noraini", "said"),
    ("PN won about 61 per cent of the votes in the town's three Malay-majority polling "
     "districts", I, "Kinta Research Centre", "the Kinta Research Centre", "according to"),
    # the acronym the text defined
    ("it had received no formal complaints about the conduct of the polls", I,
     "Election Commission", "The EC", "said"),
])

doc("h45-newscientist-hera", """
Asteroid hit by NASA’s DART probe has been reshaped into a lemon

Close-up images from the Hera mission show that the moonlet Dimorphos is still shedding boulders,
more than four years after a spacecraft slammed into it

The small asteroid that NASA deliberately crashed a spacecraft into in 2022 has been squashed into
the shape of a lemon and is still losing boulders.

Hera, a probe built by the European Space Agency (ESA) and nicknamed the “crime scene investigator”
of planetary defence, reached the pair of asteroids in December and has now sent back its first
close-up images.

NASA’s DART spacecraft hit Dimorphos, a 150-metre moonlet that orbits a larger asteroid called
Didymos, in September 2022, in the first test of whether an impact could nudge a threatening
asteroid off course.

“It used to look like a slightly squashed burger. Now it looks more like a lemon,” says Chiara
Bellandi at the University of Bologna in Italy, who leads Hera’s imaging team.

Bellandi says the stretched shape fits computer simulations in which the impact shook loose much of
the moonlet’s surface, which then resettled along its long axis.

“The surface,” she says, “is basically a rubble pile that was kicked hard and hasn’t settled yet. We
can see boulders the size of a bus still drifting away from it.”

Researchers have long suspected that small rubble-pile asteroids can lose material this way, a
process known as “mass shedding”. Hera will spend about six months studying the pair before it runs
low on fuel.

Dimorphos now takes about 33 minutes less to orbit Didymos than it did before the impact, the team
writes in a paper accepted by The Planetary Science Journal.

Sinéad O’Callaghan at Queen’s University Belfast in the UK, who wasn’t involved in the work, says
the findings are a warning for anyone planning to deflect a larger asteroid.

“The worry has always been that hitting a rubble pile could turn one asteroid into a swarm of
smaller ones,” she says. “These images don’t settle that question, but they don’t make me any less
worried.”

An ESA spokesperson told New Scientist that the probe was “in excellent health” and would move to
within 1 kilometre of Dimorphos in February.

Flight director Lars Holmgren, who leads Hera’s operations team at ESA’s control centre in
Darmstadt, Germany, wrote on Bluesky: “Eleven years of work for one picture. I may have cried a
little.”

NASA said in a statement that the results would help it plan future deflection tests. Roughly 60 per
cent of near-Earth asteroids larger than 140 metres have yet to be found, according to NASA.
""", [
    # the headline has no cue; the standfirst's `images show that`: no speaker, no row;
    # the nickname “crime scene investigator”: no row
    ("It used to look like a slightly squashed burger. Now it looks more like a lemon,", D,
     "Chiara Bellandi", "Chiara Bellandi", "says"),
    ("the stretched shape fits computer simulations in which the impact shook loose much of "
     "the moonlet’s surface, which then resettled along its long axis", I, "Chiara Bellandi",
     "Bellandi", "says"),
    # a quotation split mid-sentence by its attribution (hasn’t inside)
    ("The surface,", D, "Chiara Bellandi", "she", "says"),
    ("is basically a rubble pile that was kicked hard and hasn’t settled yet. We can see "
     "boulders the size of a bus still drifting away from it.", D, "Chiara Bellandi", "she",
     "says"),
    # `have long suspected`: a belief; “mass shedding”: a term, no row
    # the team is never named
    ("Dimorphos now takes about 33 minutes less to orbit Didymos than it did before the "
     "impact", I, None, "the team", "writes"),
    # O’Callaghan, Queen’s, wasn’t close nothing
    ("the findings are a warning for anyone planning to deflect a larger asteroid", I,
     "Sinéad O’Callaghan", "Sinéad O’Callaghan", "says"),
    ("The worry has always been that hitting a rubble pile could turn one asteroid into a "
     "swarm of smaller ones,", D, "Sinéad O’Callaghan", "she", "says"),
    ("These images don’t settle that question, but they don’t make me any less worried.", D,
     "Sinéad O’Callaghan", "she", "says"),
    # a spokesperson speaks for the body (the acronym the text defined); a fragment
    ("in excellent health", P, "European Space Agency", "An ESA spokesperson", "told"),
    # a title before the name and a clause after it
    ("Eleven years of work for one picture. I may have cried a little.", D, "Lars Holmgren",
     "Lars Holmgren", "wrote"),
    ("that the results would help it plan future deflection tests", I, "NASA", "NASA", "said"),
    ("Roughly 60 per cent of near-Earth asteroids larger than 140 metres have yet to be found",
     I, "NASA", "NASA", "according to"),
])

doc("h45-ktv-tornado", """
EF-2 tornado damages dozens of homes in Pruett County; no injuries reported

BRENTON, Ark. (KVNR) — A tornado with peak winds of 125 mph carved a 9-mile path across rural Pruett
County early Tuesday, damaging at least 40 homes and knocking out power to thousands, according to
the National Weather Service.

The tornado touched down near a stretch of farmland known locally as "the Bottoms" just before 3
a.m. No injuries have been reported.

Deputies from the Pruett County Sheriff's Office went door to door along County Road 212 before
sunrise checking on residents, Sheriff Wayne Tibbs, a 30-year veteran of the department, said at a
news conference Tuesday morning.

"It came through at 3 in the morning, when everybody was asleep," Tibbs told KVNR 9 News. "Honestly,
we were lucky. It could've been a whole lot worse."

Tibbs also warned that people posing as contractors had already approached storm victims asking for
cash up front.

"If somebody knocks on your door today offering to fix your roof, call us first," he said.

The sheriff's office later wrote in a Facebook post that Route 14 would stay closed "until further
notice" while crews cleared downed power lines.

"It sounded like a freight train coming right through the living room," said Brenda Oakes, a retired
rock 'n' roll DJ who has lived on County Road 212 since the '90s.

"We got in the bathtub with the dogs' blankets over our heads, and I just prayed."

Her neighbor, Luis Ortega, said the storm tore the roof off his hay barn and dropped it "right on
top of my brother-in-law's truck."

"The truck's fine. The barn's gone," Ortega said with a laugh.

"Are you going to rebuild?" our crew asked.

"Ask me after the insurance adjuster comes," he said.

National Weather Service meteorologist Kendra Pham, who surveyed the damage Tuesday afternoon, said
the tornado was on the ground for about 11 minutes.

"This was a nighttime tornado wrapped in rain, which is the hardest kind to see coming," Pham said.

Ozark Valley Electric Cooperative said about 6,200 customers were still without power Tuesday
evening. A spokeswoman for the co-op, Terri Fulks, said some homes might not be reconnected until
Friday.

KVNR Storm Team 9 meteorologist Jake Ellery said another round of strong storms was possible
Thursday afternoon, mainly east of Highway 67.

Pruett County Judge Carl Medlin tweeted Tuesday night: "Proud of our first responders and linemen.
Pruett County takes care of its own."
""", [
    # the headline has no cue
    ("A tornado with peak winds of 125 mph carved a 9-mile path across rural Pruett County "
     "early Tuesday, damaging at least 40 homes and knocking out power to thousands", I,
     "National Weather Service", "the National Weather Service", "according to"),
    # "the Bottoms": a nickname, no row; `No injuries have been reported`: nobody reports
    # a title before the name and an apposition after it; Sheriff's closes nothing
    ("Deputies from the Pruett County Sheriff's Office went door to door along County Road 212 "
     "before sunrise checking on residents", I, "Wayne Tibbs", "Wayne Tibbs", "said"),
    ("It came through at 3 in the morning, when everybody was asleep,", D, "Wayne Tibbs",
     "Tibbs", "told"),
    # the nearest `Tibbs` outside the quotation opens the next paragraph: the n-th instead
    ("Honestly, we were lucky. It could've been a whole lot worse.", D, "Wayne Tibbs",
     ("Tibbs", 2), "told"),
    ("that people posing as contractors had already approached storm victims asking for cash "
     "up front", I, "Wayne Tibbs", "Tibbs", "warned"),
    ("If somebody knocks on your door today offering to fix your roof, call us first,", D,
     "Wayne Tibbs", "he", "said"),
    # `The sheriff's office` for the body; a fragment: the partial row only
    ("until further notice", P, "Pruett County Sheriff's Office", "The sheriff's office",
     "wrote"),
    # rock 'n' roll and '90s in the writer's words
    ("It sounded like a freight train coming right through the living room,", D,
     "Brenda Oakes", "Brenda Oakes", "said"),
    # the next paragraph's quotation, no cue: the same speaker goes on (dogs' inside)
    ("We got in the bathtub with the dogs' blankets over our heads, and I just prayed.", D,
     "Brenda Oakes", None, None),
    # a report holding a fragment: the partial row only (brother-in-law's inside)
    # the nearest `said` outside it is the next paragraph's: the n-th instead
    ("right on top of my brother-in-law's truck.", P, "Luis Ortega", "Luis Ortega",
     ("said", 4)),
    ("The truck's fine. The barn's gone,", D, "Luis Ortega", "Ortega", "said"),
    # the station's own crew asks: nobody named
    ("Are you going to rebuild?", D, None, "our crew", "asked"),
    ("Ask me after the insurance adjuster comes,", D, "Luis Ortega", "he", "said"),
    ("the tornado was on the ground for about 11 minutes", I, "Kendra Pham", "Kendra Pham",
     "said"),
    ("This was a nighttime tornado wrapped in rain, which is the hardest kind to see coming,", D,
     "Kendra Pham", "Pham", "said"),
    ("about 6,200 customers were still without power Tuesday evening", I,
     "Ozark Valley Electric Cooperative", "Ozark Valley Electric Cooperative", "said"),
    # a spokeswoman who is named speaks for herself
    ("some homes might not be reconnected until Friday", I, "Terri Fulks", "Terri Fulks",
     "said"),
    ("another round of strong storms was possible Thursday afternoon, mainly east of Highway "
     "67", I, "Jake Ellery", "Jake Ellery", "said"),
    # a title (County Judge) before the name
    ("Proud of our first responders and linemen. Pruett County takes care of its own.", D,
     "Carl Medlin", "Carl Medlin", "tweeted"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout45.jsonl"))
