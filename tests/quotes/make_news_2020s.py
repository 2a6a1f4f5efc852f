#!/usr/bin/python3
"""Builds tests/quotes/news_2020s.jsonl, our own held-out set for news_quotes: short articles
we wrote from scratch in house styles of today (British single marks with double marks
nested, AP double marks and datelines, curly marks, guillemets, a quotation running over
paragraphs, interrupted quotations, `said X, the chief executive of Y`, pronouns with gender
cues, organisations and spokespeople, tweets and posts, `according to`, partial and scare
quotes, titles of works, a Q&A, colon-quote headlines, a live blog, vox-pop signatures).

usage: make_news_2020s.py [OUT.jsonl]   (default: news_2020s.jsonl next to this file)

Each quotation is written as (quote, kind, speaker, mention, cue), annotated by SPEC:
- quote: the exact words (direct and partial: strictly between the marks; indirect: the
  reported clause with its leading `that`); found in the text in order.
- kind: direct, partial or indirect; speaker: the canonical name (the entity's fullest
  name in the text) or None when the text names nobody who can be the speaker (a source,
  a parent, `the commission` with no name in the text); a spokesperson or a campaign
  speaks for the name inside (SPEC, docs/quotes.md).
- mention, cue: the words as written; the occurrence nearest to the quotation is taken
  (whole words), so `he` finds the `he` of `he said`, not the `he` in `the`.
What SPEC says is no quotation gets no row: titles of works, scare quotes, nicknames, the
answers of a Q&A printed without marks. The set was written before any rule was changed
for it and is measured only (`make eval-quotes-own`)."""
import json
import os
import re
import sys

D, P, I = "direct", "partial", "indirect"

DOCS = []


def doc(did, text, quotes):
    DOCS.append((did, text, quotes))


# For the builders that write each article as paragraphs of source lines and check their
# rows before writing (holdout39 on): article(), article_doc(), check() and the marks
# check() knows.
OPEN = "'\"‘“«„‚"
CLOSE = "'\"’”»“‘"


def article(src):
    """The article's text: paragraphs are separated by a blank line in `src`, and the lines
    of one paragraph are joined by one space."""
    paras = src.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if not p.strip() or any(not ln or ln != ln.strip() for ln in lines):
            sys.exit(f"bad paragraph source: {p[:60]!r}")
        out.append(" ".join(lines))
    text = "\n\n".join(out)
    if "  " in text:
        sys.exit(f"double space in article: {text[:60]!r}")
    return text


def article_doc(did, src, quotes):
    """doc() of an article written as paragraphs of source lines (article())."""
    doc(did, article(src), quotes)


def occurrences(text, words):
    return [(x.start(), x.end()) for x in
            re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]


def para(text, pos):
    return text.count("\n\n", 0, pos)


def check():
    """Fails loudly on a quotation that is missing or not unique in its article, on a mention
    or cue whose nearest occurrence is missing, tied or outside the quotation's paragraph, on
    a direct or partial span not strictly between marks, and on an indirect one inside marks."""
    for did, text, quotes in DOCS:
        for quote, kind, speaker, mention, cue in quotes:
            n = text.count(quote)
            if n != 1:
                sys.exit(f"{did}: quote {quote[:50]!r} occurs {n} times")
            s = text.find(quote)
            e = s + len(quote)
            closed = e < len(text) and text[e] in CLOSE
            # a paragraph of a quotation over several paragraphs: the next one re-opens it
            reopened = text[e:e + 2] == "\n\n" and text[e + 2:e + 3] in tuple(OPEN)
            inside = s > 0 and text[s - 1] in OPEN and (closed or reopened)
            if (kind in (D, P)) != inside:
                sys.exit(f"{did}: {kind} span {quote[:50]!r} and its marks disagree")
            if speaker is None and kind == D and mention is None:
                sys.exit(f"{did}: {quote[:50]!r} has neither speaker nor mention")
            for what, words in (("mention", mention), ("cue", cue)):
                if words is None:
                    continue
                if isinstance(words, tuple):
                    w, k = words
                    if len(occurrences(text, w)) < k:
                        sys.exit(f"{did}: {what} {w!r} has no occurrence {k}")
                    continue
                dists = sorted((s - b_end if b_end <= s else b - e, b)
                               for b, b_end in occurrences(text, words)
                               if not s <= b < e)
                if not dists:
                    sys.exit(f"{did}: {what} {words!r} not found")
                if len(dists) > 1 and dists[0][0] == dists[1][0]:
                    sys.exit(f"{did}: {what} {words!r} is ambiguous for {quote[:40]!r}")
                if para(text, dists[0][1]) != para(text, s):
                    sys.exit(f"{did}: nearest {what} {words!r} for {quote[:40]!r} is in "
                             "another paragraph; give (words, n)")



doc("uk-chancellor-rules", """\
Chancellor: 'We will not back down on fiscal rules'

The chancellor, Rachel Whitcombe, has insisted she will not loosen the government's borrowing rules, despite warnings from economists that the budget could tip the country into recession.

Speaking at a conference in Manchester on Monday, Whitcombe said: 'We will not back down. The rules are there for a reason, and they will stay.'

She added that the Treasury was 'looking closely' at business rates, but refused to be drawn on whether the tax would be cut.

Paul Edgerton, the director of the Institute for Budget Analysis, said the plans did not add up. 'There is a £20bn hole that nobody in Westminster wants to talk about,' he said. 'Sooner or later somebody will have to say "enough".'

The shadow chancellor, Priya Natarajan, accused the government of 'running out of road'. In a post on X, she wrote: 'Families cannot wait another year for a plan.'

A Treasury spokesperson said: 'The chancellor has been clear that stability comes first.'""", [
    ("We will not back down on fiscal rules", D, "Rachel Whitcombe", "Chancellor", None),
    ("she will not loosen the government's borrowing rules", I, "Rachel Whitcombe",
     "Rachel Whitcombe", "insisted"),
    ("We will not back down. The rules are there for a reason, and they will stay.", D,
     "Rachel Whitcombe", "Whitcombe", "said"),
    ("looking closely", P, "Rachel Whitcombe", "She", "added"),
    ("the plans did not add up", I, "Paul Edgerton", "Paul Edgerton", "said"),
    ("There is a £20bn hole that nobody in Westminster wants to talk about,", D,
     "Paul Edgerton", "he", "said"),
    ('Sooner or later somebody will have to say "enough".', D, "Paul Edgerton", "he", "said"),
    ("running out of road", P, "Priya Natarajan", "Priya Natarajan", "accused"),
    ("Families cannot wait another year for a plan.", D, "Priya Natarajan", "she", "wrote"),
    ("The chancellor has been clear that stability comes first.", D, "Treasury",
     "A Treasury spokesperson", "said"),
])

doc("ap-pentagon-patriots", """\
Pentagon says it will send more air defense systems to Gulf allies

WASHINGTON (AP) — The Pentagon said Tuesday it would send two more Patriot batteries to the Gulf, citing what it called "a sharp rise" in drone attacks on shipping.

"We are not looking to escalate," Defense Secretary Lloyd Harmon told reporters at the Pentagon. "But we will protect our people and our partners."

Harmon, a retired Army general, said the deployment would take about three weeks.

The decision drew criticism from Sen. Maria Delgado, D-N.M., who said in a statement that Congress had not been consulted. "This is the third deployment this year without a single briefing," Delgado said.

According to two U.S. officials, the batteries will come from bases in Texas and Germany. The officials spoke on condition of anonymity because they were not authorized to discuss troop movements.

The Pentagon said in a statement that the move was "temporary and defensive."

Associated Press writer Ken Oduya contributed to this report.""", [
    # (added after the first measurement: a headline's report is a row by SPEC, and the
    # first version of this set left it out)
    ("it will send more air defense systems to Gulf allies", I, "Pentagon", "Pentagon", "says"),
    ("it would send two more Patriot batteries to the Gulf", I, "Pentagon", "The Pentagon",
     "said"),
    ("a sharp rise", P, "Pentagon", "it", "called"),
    ("We are not looking to escalate,", D, "Lloyd Harmon", "Lloyd Harmon", "told"),
    ("But we will protect our people and our partners.", D, "Lloyd Harmon", "Lloyd Harmon",
     "told"),
    ("the deployment would take about three weeks", I, "Lloyd Harmon", "Harmon", "said"),
    ("that Congress had not been consulted", I, "Maria Delgado", "Maria Delgado", "said"),
    ("This is the third deployment this year without a single briefing,", D, "Maria Delgado",
     "Delgado", "said"),
    ("the batteries will come from bases in Texas and Germany", I, None, "two U.S. officials",
     "According to"),
    ("temporary and defensive.", P, "Pentagon", "The Pentagon", "said"),
])

doc("nyt-rivet-jobs", """\
Rivet Motors Cuts 4,000 Jobs as Electric Sales Stall

DETROIT — Rivet Motors said on Thursday that it would cut about 4,000 jobs, or 9 percent of its work force, as demand for its electric pickups fell short of forecasts.

“We built for a market that is arriving more slowly than any of us expected,” said Dana Kowalczyk, the chief executive of Rivet. “That is on me.”

Ms. Kowalczyk said the company would keep its plant in Normal, Ill., open but would pause a second shift there.

The United Auto Workers called the cuts “a betrayal of workers who took a chance on this company.” Its president, Shawn Ferris, said in an interview that the union would “use every tool we have” to protect jobs.

Analysts were less surprised. “Everybody in the industry saw this coming,” said Tom Beckett, an analyst at Harlow Securities. “The question was never if, it was when.”

Shares of Rivet fell 6 percent in afternoon trading.""", [
    ("that it would cut about 4,000 jobs, or 9 percent of its work force, as demand for its "
     "electric pickups fell short of forecasts", I, "Rivet Motors", "Rivet Motors", "said"),
    ("We built for a market that is arriving more slowly than any of us expected,", D,
     "Dana Kowalczyk", "Dana Kowalczyk", "said"),
    ("That is on me.", D, "Dana Kowalczyk", "Dana Kowalczyk", ("said", 2)),
    ("the company would keep its plant in Normal, Ill., open but would pause a second shift "
     "there", I, "Dana Kowalczyk", "Ms. Kowalczyk", "said"),
    ("a betrayal of workers who took a chance on this company.", P, "United Auto Workers",
     "The United Auto Workers", "called"),
    ("use every tool we have", P, "Shawn Ferris", "Shawn Ferris", "said"),
    ("Everybody in the industry saw this coming,", D, "Tom Beckett", "Tom Beckett", "said"),
    ("The question was never if, it was when.", D, "Tom Beckett", "Tom Beckett", "said"),
])

doc("eu-gas-guillemets", """\
EU envoy warns of «long winter» in gas talks

BRUSSELS – The European Union's energy envoy, Katrin Lindqvist, warned on Wednesday that talks with suppliers could drag on into the spring.

«We are not in a hurry, and neither are they,» Lindqvist told journalists after a meeting of energy ministers. «That is the problem.»

Her Hungarian counterpart, Zoltán Berecz, struck a different tone. «Nobody will freeze this winter,» he said. «The storage is full, the pipelines are working.»

The commission described the mood in the room as «constructive but tense».

Lindqvist said she would return to Oslo next week.""", [
    ("long winter", P, "Katrin Lindqvist", "EU envoy", "warns"),
    ("that talks with suppliers could drag on into the spring", I, "Katrin Lindqvist",
     "Katrin Lindqvist", "warned"),
    ("We are not in a hurry, and neither are they,", D, "Katrin Lindqvist", "Lindqvist",
     "told"),
    ("That is the problem.", D, "Katrin Lindqvist", "Lindqvist", "told"),
    ("Nobody will freeze this winter,", D, "Zoltán Berecz", "he", "said"),
    ("The storage is full, the pipelines are working.", D, "Zoltán Berecz", "he", "said"),
    ("constructive but tense", P, None, "The commission", "described"),
    ("she would return to Oslo next week", I, "Katrin Lindqvist", "Lindqvist", "said"),
])

doc("uk-flood-village", """\
Flood-hit village 'abandoned', says council leader

Residents of Lower Ashby say they have been left to fend for themselves after the River Teme burst its banks for the third time in a year.

Council leader Gareth Pryce, who visited the village on Saturday, said:

'I have lived in this county all my life and I have never seen anything like it. People have lost their homes, their cars, their businesses.

'We asked the Environment Agency for help in January. We asked again in March. Nobody came.

'I am not going to stand here and pretend that is acceptable.'

The Environment Agency said in a statement it had spent £4m on defences in the area and was 'working closely' with the council.

Margaret Hollis, 78, whose bungalow was flooded, said: 'I just want to go home.'""", [
    ("abandoned", P, "Gareth Pryce", "council leader", "says"),
    ("they have been left to fend for themselves after the River Teme burst its banks for the "
     "third time in a year", I, None, "Residents of Lower Ashby", "say"),
    ("I have lived in this county all my life and I have never seen anything like it. People "
     "have lost their homes, their cars, their businesses.", D, "Gareth Pryce",
     "Gareth Pryce", "said"),
    ("We asked the Environment Agency for help in January. We asked again in March. Nobody "
     "came.", D, "Gareth Pryce", "Gareth Pryce", ("said", 1)),
    ("I am not going to stand here and pretend that is acceptable.", D, "Gareth Pryce",
     "Gareth Pryce", ("said", 1)),
    ("working closely", P, "Environment Agency", "The Environment Agency", "said"),
    ("I just want to go home.", D, "Margaret Hollis", "Margaret Hollis", "said"),
])

doc("live-election-night", """\
Election night live: polls close in key states

21:04 GMT
Polls have now closed across much of the East Coast. Our correspondent in Atlanta, Jenna Morales, says turnout looked high in the suburbs.

21:12 GMT
Governor Ray Whitfield has just spoken to supporters in Columbus. "Whatever happens tonight, Ohio spoke loudly," he told the crowd. "I'm proud of every one of you."

21:20 GMT
Lena Ostrowski's campaign, for its part, said in a short statement: "We are confident, and we will wait for every vote to be counted."

21:31 GMT
A quick reminder of what the exit polls found: 52% of voters told pollsters the economy was their top issue.""", [
    ("turnout looked high in the suburbs", I, "Jenna Morales", "Jenna Morales", "says"),
    ("Whatever happens tonight, Ohio spoke loudly,", D, "Ray Whitfield", "he", "told"),
    ("I'm proud of every one of you.", D, "Ray Whitfield", "he", "told"),
    ("We are confident, and we will wait for every vote to be counted.", D, "Lena Ostrowski",
     "Lena Ostrowski's campaign", "said"),
    ("the economy was their top issue", I, None, "52% of voters", "told"),
])

doc("qa-consumer-champion", """\
'Nobody reads the small print': a consumer champion on bank fees

Helen Marsh has spent 20 years taking banks to task. We asked her about overdraft charges, refunds and why she still uses cash.

Why do banks still get away with it?
Because nobody reads the small print. The charges are legal, they are just buried.

What should people do?
Check every statement, and complain in writing. It works more often than you think.

Marsh's new book, 'Small Print, Big Money', is out on Thursday.""", [
    ("Nobody reads the small print", D, "Helen Marsh", "a consumer champion", None),
])

doc("sport-cup-exit", """\
Coach and captain at odds after cup exit

The Rovers manager, Sarah Lennox, and her captain, Jamie Ward, gave very different verdicts after Saturday's 2-1 defeat.

"We were the better side for an hour," Lennox said. "Then we stopped doing the simple things."

Ward, 29, was blunter. "We didn't turn up," he said. "Simple as that."

Asked whether her job was under threat, she said: "That is not for me to decide."

He said later that the squad would hold a meeting on Monday.""", [
    ("We were the better side for an hour,", D, "Sarah Lennox", "Lennox", "said"),
    ("Then we stopped doing the simple things.", D, "Sarah Lennox", "Lennox", "said"),
    ("We didn't turn up,", D, "Jamie Ward", "he", "said"),
    ("Simple as that.", D, "Jamie Ward", "he", "said"),
    ("whether her job was under threat", I, None, None, "Asked"),
    ("That is not for me to decide.", D, "Sarah Lennox", "she", "said"),
    ("that the squad would hold a meeting on Monday", I, "Jamie Ward", "He", "said"),
])

doc("uk-airline-outage", """\
Airline apologises after IT failure grounds flights

SkyBridge Airways has apologised to thousands of passengers after a computer failure grounded all of its flights on Sunday morning.

"We are deeply sorry for the disruption this has caused," the airline said in a statement. "Our teams are working around the clock to get customers to where they need to be."

Transport Secretary Louise Kemp tweeted: "I have spoken to SkyBridge's chief executive and made clear that passengers must be properly compensated."

The consumer group Which Way said passengers were entitled to up to £520 each. In a post on LinkedIn, its director, Omar Sayed, wrote that airlines "too often treat compensation as optional".

A spokesperson for Heathrow Airport said the airport was "operating normally" by mid-afternoon.""", [
    ("We are deeply sorry for the disruption this has caused,", D, "SkyBridge Airways",
     "the airline", "said"),
    ("Our teams are working around the clock to get customers to where they need to be.", D,
     "SkyBridge Airways", "the airline", "said"),
    ("I have spoken to SkyBridge's chief executive and made clear that passengers must be "
     "properly compensated.", D, "Louise Kemp", "Louise Kemp", "tweeted"),
    ("passengers were entitled to up to £520 each", I, "Which Way", "The consumer group Which Way",
     "said"),
    ("too often treat compensation as optional", P, "Omar Sayed", "Omar Sayed", "wrote"),
    ("operating normally", P, "Heathrow Airport", "A spokesperson for Heathrow Airport",
     "said"),
])

doc("tv-quiet-coast", """\
Streaming hit 'The Quiet Coast' renewed for third season

The crime drama "The Quiet Coast", set in a Cornish fishing town, has been renewed for a third series, the streaming service Lumen announced on Friday.

The show, dubbed "Broadchurch with boats" by some critics, has become Lumen's most-watched original. Its star, Aoife Brennan, posted a photo of the script on Instagram with the caption: "Back to the harbour!"

Showrunner Mark Tillett said the new series would be "darker and stranger" than the last. The so-called "cliffhanger clause" in actors' contracts means the cast could not comment on plot details, he added.""", [
    ('The crime drama "The Quiet Coast", set in a Cornish fishing town, has been renewed for a '
     'third series', I, "Lumen", "the streaming service Lumen", "announced"),
    ("Back to the harbour!", D, "Aoife Brennan", "Aoife Brennan", "posted"),
    ("darker and stranger", P, "Mark Tillett", "Mark Tillett", "said"),
    ('The so-called "cliffhanger clause" in actors\' contracts means the cast could not comment '
     'on plot details', I, "Mark Tillett", "he", "added"),
])

doc("ap-grocery-wage", """\
Grocery chain to raise minimum wage to $18

A regional grocery chain will raise its starting wage to $18 an hour next month, its chief executive said Monday.

"Our people have carried this company through a pandemic and two years of inflation," said Marcus Bell, the chief executive of FreshWay Markets, "and it is time the paycheck reflected that."

Bell said the raise would cost the company about $40 million a year.

Labor economist Nia Adebayo of Crestmont University said the move was "smart business" in a tight market. "Turnover is expensive," she said. "Every cashier who quits costs you thousands."

A union that has tried to organize FreshWay workers, the Retail Workers Alliance, said the raise proved that pressure worked.""", [
    ("A regional grocery chain will raise its starting wage to $18 an hour next month", I,
     "Marcus Bell", "its chief executive", "said"),
    ("Our people have carried this company through a pandemic and two years of inflation,", D,
     "Marcus Bell", "Marcus Bell", "said"),
    ("and it is time the paycheck reflected that.", D, "Marcus Bell", "Marcus Bell",
     ("said", 2)),
    ("the raise would cost the company about $40 million a year", I, "Marcus Bell", "Bell",
     "said"),
    ("smart business", P, "Nia Adebayo", "Nia Adebayo", "said"),
    ("Turnover is expensive,", D, "Nia Adebayo", "she", "said"),
    ("Every cashier who quits costs you thousands.", D, "Nia Adebayo", "she", "said"),
    ("the raise proved that pressure worked", I, "Retail Workers Alliance",
     "the Retail Workers Alliance", "said"),
])

doc("bbc-waiting-lists", """\
Hospital waiting lists fall for first time in two years
Waiting lists in England have fallen for the first time in two years, according to NHS England.
The number of people waiting for routine treatment dropped to 7.4 million in September, figures show.
Health Secretary Daniel Okoro said the fall was 'a sign that the plan is working', but admitted there was 'a very long way to go'.
Dr Fiona McLeish, of the Royal College of Surgeons, said: 'Patients tell us they were told "it will be weeks" and then waited for a year. That is the reality behind these numbers.'
The King's Fund think tank said the figures should be treated with caution.""", [
    ("Waiting lists in England have fallen for the first time in two years", I, "NHS England",
     "NHS England", "according to"),
    ("a sign that the plan is working", P, "Daniel Okoro", "Daniel Okoro", "said"),
    ("a very long way to go", P, "Daniel Okoro", "Daniel Okoro", "admitted"),
    ('Patients tell us they were told "it will be weeks" and then waited for a year. That is '
     'the reality behind these numbers.', D, "Fiona McLeish", "Dr Fiona McLeish", "said"),
    ("the figures should be treated with caution", I, "King's Fund",
     "The King's Fund think tank", "said"),
])

doc("uk-envoy-memo", """\
Envoy’s leaked memo says trade talks ‘dead in the water’

A leaked memo from Britain’s ambassador in Tokyo, Sir Alan Crowther, describes the trade talks as ‘dead in the water’ and warns ministers against ‘wishful thinking’.

In the memo, seen by this newspaper, Sir Alan writes: ‘Our partners have concluded that we are not serious. I cannot say I blame them.’

Downing Street said it did not comment on leaked documents. A Number 10 source said: ‘The talks are continuing and the Prime Minister is confident of a deal.’

The trade minister, Emma Riordan, told the BBC’s ‘Today’ programme: ‘I’ve read the memo. I don’t recognise the picture it paints.’""", [
    ("dead in the water", P, "Alan Crowther", "Envoy’s leaked memo", "says"),
    ("dead in the water", P, "Alan Crowther", "Sir Alan Crowther", "describes"),
    ("wishful thinking", P, "Alan Crowther", "Sir Alan Crowther", "warns"),
    ("Our partners have concluded that we are not serious. I cannot say I blame them.", D,
     "Alan Crowther", "Sir Alan", "writes"),
    ("it did not comment on leaked documents", I, "Downing Street", "Downing Street", "said"),
    ("The talks are continuing and the Prime Minister is confident of a deal.", D, None,
     "A Number 10 source", "said"),
    ("I’ve read the memo. I don’t recognise the picture it paints.", D, "Emma Riordan",
     "Emma Riordan", "told"),
])

doc("uk-teacher-cleared", """\
Teacher cleared of misconduct after two-year inquiry

A primary school teacher accused of bullying pupils has been cleared by a professional standards panel.

Angela Brooks, 54, had been suspended from Hillside Primary in Leeds since 2023. The panel found that the allegations against her were "not proven".

"I have waited two years for this day," the 54-year-old said outside the hearing. "I want to get back to the classroom."

Her lawyer, Simon Achterberg, said his client had been "put through hell".

Leeds City Council said in a statement: "We respect the panel's decision and will now consider next steps with the school."

A parent who gave evidence at the hearing, and asked not to be named, said she was "disappointed but not surprised".""", [
    ("not proven", P, None, "The panel", "found"),
    ("I have waited two years for this day,", D, "Angela Brooks", "the 54-year-old", "said"),
    ("I want to get back to the classroom.", D, "Angela Brooks", "the 54-year-old", "said"),
    ("put through hell", P, "Simon Achterberg", "Simon Achterberg", "said"),
    ("We respect the panel's decision and will now consider next steps with the school.", D,
     "Leeds City Council", "Leeds City Council", "said"),
    ("disappointed but not surprised", P, None, "A parent", "said"),
])

doc("tech-vesper-fork", """\
Open-source group forks popular database after licence change

Developers behind a community fork of the Vesper database said on Tuesday that they had attracted more than 200 contributors in its first week.

The fork follows Vesper Inc's decision last month to move the project to a licence that bars cloud providers from offering it as a service. In a blog post, Vesper's founder, Ilya Marchenko, wrote that the change was needed "to keep the lights on."

"We love open source, but open source has to pay the bills," he wrote.

The fork's maintainers disagree. "Nobody asked the people who wrote half the code," they said in a joint statement.

Cloud provider Nimbus said it would support the fork.""", [
    ("that they had attracted more than 200 contributors in its first week", I, None,
     "Developers", "said"),
    ("to keep the lights on.", P, "Ilya Marchenko", "Ilya Marchenko", "wrote"),
    ("We love open source, but open source has to pay the bills,", D, "Ilya Marchenko", "he",
     "wrote"),
    ("Nobody asked the people who wrote half the code,", D, None, "they", "said"),
    ("it would support the fork", I, "Nimbus", "Cloud provider Nimbus", "said"),
])

doc("vox-picket-line", """\
Voices from the picket line

Nurses at St Columba's Hospital walked out for 48 hours on Tuesday. We asked some of them why.

“I love this job, but I can’t afford to do it any more.” — Grace Mensah, 34, ward nurse

“We are not asking for the moon. We are asking to be able to pay the rent.” — Tomasz Nowak, 41, theatre nurse

The hospital trust said it was “disappointed” by the strike and urged the union to return to talks.""", [
    ("I love this job, but I can’t afford to do it any more.", D, "Grace Mensah",
     "Grace Mensah", None),
    ("We are not asking for the moon. We are asking to be able to pay the rent.", D,
     "Tomasz Nowak", "Tomasz Nowak", None),
    ("disappointed", P, None, "The hospital trust", "said"),
])


def nearest(text, words, s, e, what, did):
    """The whole-word occurrence of `words` nearest to [s, e); `(words, n)` takes the n-th
    occurrence in the text (1-based) instead, where the nearest is not the one meant."""
    nth = None
    if isinstance(words, tuple):
        words, nth = words
    best = None
    for k, m in enumerate(re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text), 1):
        if nth is not None:
            if k == nth:
                return m.start(), m.end()
            continue
        if s <= m.start() < e:      # inside the quotation itself
            continue
        d = s - m.end() if m.end() <= s else m.start() - e
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    if best is None:
        sys.exit(f"{did}: {what} {words!r} not found")
    return best[1], best[2]


def build():
    out = []
    for did, text, quotes in DOCS:
        rows, cursor = [], 0
        for quote, kind, speaker, mention, cue in quotes:
            s = text.find(quote, cursor)
            if s < 0:
                sys.exit(f"{did}: quote {quote!r} not found after {cursor}")
            e = s + len(quote)
            cursor = s + 1
            row = {"start": s, "end": e, "kind": kind, "speaker": speaker,
                   "speaker_start": None, "speaker_end": None,
                   "cue": cue[0] if isinstance(cue, tuple) else cue,
                   "cue_start": None, "cue_end": None}
            if mention:
                row["speaker_start"], row["speaker_end"] = nearest(text, mention, s, e,
                                                                   "mention", did)
            if cue:
                row["cue_start"], row["cue_end"] = nearest(text, cue, s, e, "cue", did)
            # names the scorer can judge (--named-speakers): a name, not a description
            row["speaker_resolution"] = "ner" if speaker else "mention"
            rows.append(row)
        out.append({"id": did, "text": text, "quotes": rows})
    return out


def write(default_name):
    """Builds DOCS and writes them to argv[1], or to default_name next to this file."""
    dst = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), default_name)
    docs = build()
    with open(dst, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["quotes"]) for d in docs)
    print(f"{dst}: {len(docs)} documents, {n} quotations")


def main():
    write("news_2020s.jsonl")


if __name__ == "__main__":
    main()
