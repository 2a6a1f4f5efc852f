#!/usr/bin/python3
"""Builds news_2020s_holdout36.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, written blind by writer17 for the lead's sealed measurement (never run through
the extension, ext/ never read, no scorer run on it):
- Norway's central bank on the Bloomberg wire, straight marks (a lede's `and said further
  easing would be "…"`, `"…," Governor X said at a press conference. "…"`, `X said ... but
  that ...` as one report, `She told reporters that ...`, `"…," the governor said.`,
  `..., according to people familiar with the discussions, who ...`, `"…," X, chief Nordic
  economist at Y, wrote in a note to clients.`, `Analysts at Y said ...` and then `"…," they
  wrote`, a quotation split by `Deputy Governor X said in an interview ...,` that goes on in
  lower case, a ministry's `said in a statement that ... and that ...`);
- police drones in the Bronx in New York Times Metro style with curly marks (`X, the
  deputy commissioner ..., told members that ... and that ...`, `"…," Mr. X said. "…"`,
  `Mr. X said it was deleted ...` and `he said`, `said the department had released "…"`,
  a quotation holding ‘trust us,’ inside it, a resident's `said she first noticed ...` and
  `Ms. X said`, a coalition's `said in a statement that the pilot had "…"`, a fund's `In a
  letter to the committee, ... wrote that ...`, `A spokeswoman for the mayor, X, said ...`
  and then `"…," the spokeswoman said. "…"`, a quotation split by `she said,`);
- a Hebridean ferry breakdown in BBC style with single marks (a company's report and then
  `..., the company said.`, `said the news had landed '…'`, `She said: '…'` holding a
  question in double marks, `'…,' said X, who runs ... '…'`, the next paragraph's quotation
  with no cue, `Ms MacInnes, who ..., said she had written ...`, `A CalMac spokesman said:
  '…'` and `The spokesman added that ...`, a minister's `told BBC Scotland that ministers
  had asked CalMac to '…'`, `She warned that ...`, `The minister said: '…'`, a community council's `wrote: '…'`);
- a Formula One win in a sports-wire report with straight marks (`"…," X said over the team
  radio ... "…"`, `he said the call ... had been his own`, `"…," he said. "…"` holding a
  thought in single marks, `team principal X described the win as "…" and said ...`, `the
  German said` for the team principal, `posted on Instagram that he was "…"`, `the Italian
  told Sky Sports F1`, `team principal X told reporters that ...` and `she said`, `in what
  he called "…"`, `The FIA said in a statement that ...`, `Ferreira, who was unhurt, said on
  the team radio that ...`);
- a Canadian housing plan in Canadian Press style with straight marks (a lede's report
  before `, Housing Minister X announced Tuesday, ...`, `said ... and that ...` as one
  report, `"…," X told reporters. "…"`, `government officials said ...`, `the minister said
  she would not "…"` and `she told reporters the ... estimate was "…"`, a question period's
  `accused the Liberals of "…" and asked: "…"`, `"…," X replied, to jeers .... "…"`, `told
  reporters that ...` and `He said ...`, `The province has done so ... "…," she said.` as a
  fragment, a builders' association's `said in a statement that ...` and `According to the
  association, ...`, a federation's `said in a letter to X last month that ...`);
- corridor care in a Guardian health story with curly marks (`as emergency doctors warned
  that ...`, `Her daughter, X, said ...`, `Mrs X said` for the mother beside a daughter of
  the same surname, `her daughter wrote that she had been "…"` and `she said` for the
  daughter, `Dr X ... said the case was "…"` and `she said`, `According to the college,
  ...`, a trust's `said: "…"` and `The trust said ...`, `a health minister told peers that
  ...` with no name given and then `She said ...` for that minister, `Mrs X said she was
  looking forward ...` and `she said`);
- a long-form profile of a soul singer with curly marks (`she said` after the name opened
  the story, `X recalled: "…` opening a quotation over three paragraphs that holds a
  quotation in single marks, `"…," X said in a phone interview.`, `According to X, ...`,
  `In the album's liner notes, X wrote: "…"`, a pastor's `said she had not missed ..., "…"`,
  `Malhotra said he had paid ...`, `the music writer X called the record "…"` and then `she
  said` for the singer after `Vance has not read it.`, `"…," she said, as .... "…"`).
Not rows: scare quotes and words for things ("last mile", “real-time crime center”, the word
'lifeline', so-called “temporary escalation spaces”), nicknames ("the little Brent", 'the
Star', "the Ice Viking", “the Little Queen of Soulsville”), titles of works (“Eyes Before
Boots”, "Drive to Survive", “Nowhere to Put Them”, “Love Don’t Pay the Rent”, “Still
Here”), quotations inside quotations (‘trust us,’, "Is it even worth coming?", 'If I wait, I
lose everything.', ‘Baby, I’ve been right here the whole time.’), a report inside a
quotation (`as good as they say`, `he said that wasn’t what he meant`), the apostrophes of
Norway's, it's, '90s, Department’s, ’90s, kid’s, visitors', boat's, won't, Saturday's, rock
'n' roll, operator's, McLaren's, drivers', '70s, that's, Ottawa's, Builders', Quebec's,
wasn’t, dogs’, rock ’n’ roll, Don’t, album’s; `expected by 19 of 23 economists` (a belief),
`The bank's new projections put ...`, `declined to comment`, `has rarely mentioned the
program`, `Neither group opposes`, `The government's target is`, `The Speaker called the House
to order`, `a church bulletin that had been posted online`, `Asked how many homes ...` and
`Asked whether she was nervous, she laughed` (no words reported).
Conventions as in the example builder make_news_2020s_holdout32.py: a report holding a
fragment gives only the partial row; a plain report going on after `and that` / `but that`
is one row; a quotation paragraph with no cue after the speaker's own quotation is that
speaker's, with no mention and no cue; a quotation over several paragraphs gives one row per
paragraph, each with the opener's mention and cue; an unnamed spokesman of a named body
speaks for the body; honorifics and titles stay out of the canonical name (Mr., Ms., Mrs,
Dr, the Rev., Governor, Deputy Governor, Housing Minister); `said in a statement`, `said in
a letter` and `said in an interview` have the cue `said`.
All people are invented (Kari Lindtveit, Pål Rustad, Kyrre Aamodt, Andrew Kessler, Carmen
Ruiz-Whitaker, Marisol Peña, Renée Castellano, Morag MacInnes, Calum Maclean, Kirsty
Drummond, Elias Lindqvist, Matteo Marchetti, Rafael Quintero, Markus Feldhaus, Sofia Brandt,
Lucas Ferreira, Nathalie Arsenault, Brett Kowalchuk, Sylvie Gagnon-Roy, Margaret Holloway,
Claire Holloway, Aisha Raman, Loretta Vance, Dev Malhotra, Clarence Hollis, Nadine Okwu),
and so are Skagerrak Capital, Nordhavn Securities, the Bronx Tenants Coalition, the Civic
Privacy Fund, the MV Hebridean Star and MV Sound of Vatersay, Weald Valley NHS Foundation
Trust, Glass Bottle Records; the real bodies and places (Norges Bank, Norway's Finance
Ministry, the NYPD, CalMac, the Barra and Vatersay Community Council, Audi, McLaren,
Ferrari, Cadillac, the FIA, the Canadian Home Builders' Association, the Federation of
Canadian Municipalities, the Royal College of Emergency Medicine, the Levitt Shell) are
given invented words and figures.
115 quotations: direct 60, partial 16, indirect 39 (7 articles, 22,567 characters, each
10 paragraphs counting the headline).

Self-contained (standard library only). Quote spans, speaker mentions and cues are located
in the text by code: a quotation is given by its exact words (found once in the article, or
(words, n) for the n-th occurrence); a mention or cue is given by its words and is taken at
the whole-word occurrence nearest the quotation, outside every quotation of the article, in
the same paragraph when there is one there, or as (words, n) for the n-th whole-word
occurrence in the article.

usage: make_news_2020s_holdout36.py [OUT.jsonl]   (default: news_2020s_holdout36.jsonl here)"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

D, P, I = "direct", "partial", "indirect"
DOCS = []


def _occurrences(text, words, whole_word=True):
    out = []
    i = text.find(words)
    while i >= 0:
        j = i + len(words)
        ok = True
        if whole_word:
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-") and words[0].isalnum():
                ok = False
            if j < len(text) and (text[j].isalnum() or text[j] == "-") and words[-1].isalnum():
                ok = False
        if ok:
            out.append((i, j))
        i = text.find(words, i + 1)
    return out


def _paragraph(text, pos):
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _locate_quote(text, spec):
    if isinstance(spec, tuple):
        words, n = spec
        occ = _occurrences(text, words, whole_word=False)
        if len(occ) < n:
            raise ValueError("quote occurrence %d not found: %r" % (n, words))
        return occ[n - 1]
    occ = _occurrences(text, spec, whole_word=False)
    if len(occ) != 1:
        raise ValueError("quote found %d times: %r" % (len(occ), spec))
    return occ[0]


def _locate_near(text, spec, span, quoted):
    if spec is None:
        return None
    if isinstance(spec, tuple):
        words, n = spec
        occ = _occurrences(text, words)
        if len(occ) < n:
            raise ValueError("occurrence %d not found: %r" % (n, words))
        return occ[n - 1]
    occ = [o for o in _occurrences(text, spec)
           if not any(a <= o[0] and o[1] <= b for a, b in quoted)]
    if not occ:
        raise ValueError("not found outside quotations: %r" % (spec,))
    pa, pb = _paragraph(text, span[0])
    same = [o for o in occ if pa <= o[0] and o[1] <= pb]
    pool = same or occ

    def dist(o):
        if o[1] <= span[0]:
            return span[0] - o[1]
        if o[0] >= span[1]:
            return o[0] - span[1]
        return 10 ** 9
    return min(pool, key=dist)


def doc(doc_id, text, quotes):
    spans = [_locate_quote(text, q[0]) for q in quotes]
    quoted = [s for s, q in zip(spans, quotes) if q[1] in (D, P)]
    rows = []
    for (start, end), (_, kind, speaker, mention, cue) in zip(spans, quotes):
        ms = _locate_near(text, mention, (start, end), quoted)
        cs = _locate_near(text, cue, (start, end), quoted)
        rows.append({
            "start": start, "end": end, "kind": kind, "speaker": speaker,
            "speaker_start": ms[0] if ms else None, "speaker_end": ms[1] if ms else None,
            "cue": text[cs[0]:cs[1]] if cs else None,
            "cue_start": cs[0] if cs else None, "cue_end": cs[1] if cs else None,
            "speaker_resolution": "ner" if speaker else "mention",
        })
    rows.sort(key=lambda r: (r["start"], r["end"]))
    DOCS.append({"id": doc_id, "text": text, "quotes": rows})


def write(path):
    with open(path, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------
# 1. Bloomberg, central bank, straight double marks

doc("h36-norges-bank", '''\
Norway Cuts Rates Again as Stronger Krone Cools Inflation

(Bloomberg) -- Norway's central bank lowered borrowing costs for the third time this year as a stronger krone and slowing rent increases pulled inflation closer to its 2% target, though it's unlikely to move again before the spring.

Norges Bank cut its deposit rate by a quarter point to 3.5% on Thursday, a move expected by 19 of 23 economists in a Bloomberg survey, and said further easing would be "gradual and cautious." The krone weakened 0.4% against the euro after the decision, and the yield on two-year government notes fell six basis points. The bank's new projections put mainland growth next year at 1.4%, down from 1.7% in September.

"The krone has done part of the job for us," Governor Kari Lindtveit said at a press conference in Oslo. "But we are not at a point where we can declare victory, and the committee wants to see the spring wage settlement before it moves again."

Lindtveit said the bank had discussed a larger half-point reduction but that a clear majority of the five-member committee saw no reason to hurry. She told reporters that the new rate path implied at most one more cut before the summer. "We would rather be a little late than have to turn around," the governor said.

Some members had argued for holding rates altogether, according to people familiar with the discussions, who asked not to be identified because the deliberations were private. A spokesman for Norges Bank declined to comment on the committee's internal debate. The minutes of the meeting will be published in two weeks.

The krone, nicknamed "the little Brent" on trading desks for the way it shadows crude prices, has gained 6% against the euro since April, its strongest run since the early '90s. That has cut the cost of imported food and clothing and helped bring core inflation down to 2.6% in October from 3.1% in June. It also leaves Norway in the "last mile" of its inflation fight, where progress tends to be slowest. Brent crude has traded between $68 and $74 a barrel for most of the past quarter.

"This was a dovish cut dressed up in hawkish clothing," Kyrre Aamodt, chief Nordic economist at Nordhavn Securities in Oslo, wrote in a note to clients. Analysts at Skagerrak Capital said Norges Bank was paying more attention to the currency than it let on. "Take the krone away and there is no case for easing at all," they wrote in a report published an hour after the decision.

"We are watching the housing market very closely," Deputy Governor Pål Rustad said in an interview with Bloomberg Television after the announcement, "and so far there is little sign that cheaper loans are lighting a fire under prices." Existing-home prices in Oslo rose 0.8% in October from a month earlier, in line with the average of the past year. Household debt in Norway stands at more than 220% of disposable income, among the highest ratios in the developed world.

The Finance Ministry said in a statement that it welcomed the decision and that next year's budget would keep the spending of oil revenue within the fiscal rule. Parliament is due to vote on the budget in December, and the minority government will need the support of at least one opposition party to pass it.''', [
    # `expected by 19 of 23 economists`: a belief, no row; a report holding a fragment
    ("gradual and cautious.", P, "Norges Bank", "Norges Bank", "said"),
    ("The krone has done part of the job for us,", D, "Kari Lindtveit", "Kari Lindtveit",
     "said"),
    ("But we are not at a point where we can declare victory, and the committee wants to see the spring wage settlement before it moves again.",
     D, "Kari Lindtveit", "Kari Lindtveit", "said"),
    # `but that`: one report
    ("the bank had discussed a larger half-point reduction but that a clear majority of the five-member committee saw no reason to hurry",
     I, "Kari Lindtveit", "Lindtveit", "said"),
    ("that the new rate path implied at most one more cut before the summer", I,
     "Kari Lindtveit", "She", "told"),
    ("We would rather be a little late than have to turn around,", D, "Kari Lindtveit",
     "the governor", "said"),
    ("Some members had argued for holding rates altogether", I, None,
     "people familiar with the discussions", "according to"),
    # `declined to comment`: no row; "the little Brent" a nickname, '90s, "last mile" a
    # scare quote: no rows
    ("This was a dovish cut dressed up in hawkish clothing,", D, "Kyrre Aamodt",
     "Kyrre Aamodt", "wrote"),
    # a body inside `Analysts at X` speaks, then `they`
    ("Norges Bank was paying more attention to the currency than it let on", I,
     "Skagerrak Capital", "Analysts at Skagerrak Capital", "said"),
    ("Take the krone away and there is no case for easing at all,", D, "Skagerrak Capital",
     "they", "wrote"),
    # split by the attribution, going on in lower case
    ("We are watching the housing market very closely,", D, "Pål Rustad", "Pål Rustad",
     "said"),
    ("and so far there is little sign that cheaper loans are lighting a fire under prices.", D,
     "Pål Rustad", "Pål Rustad", "said"),
    ("that it welcomed the decision and that next year's budget would keep the spending of oil revenue within the fiscal rule",
     I, "Finance Ministry", "The Finance Ministry", "said"),
])

# ---------------------------------------------------------------------------------------
# 2. New York Times Metro, police and City Council, curly marks

doc("h36-bronx-drones", """\
Police Drones Are Answering 911 Calls in the Bronx. The Council Wants Answers.

For six months, when someone in a stretch of the South Bronx called 911 to report gunfire, the first thing to arrive was often not a patrol car but a drone, humming over the rooftops with its camera pointed at the street. The aircraft, each about the size of a pizza box, launch from a rooftop dock on a housing complex off East 149th Street.

On Tuesday, at a City Council hearing that ran past four hours, the Police Department’s deputy commissioner for strategic initiatives, Andrew Kessler, told members that the pilot had cut response times in two precincts by nearly half and that the department hoped to expand it to all five boroughs by the end of 2026. The hearing drew more than 60 residents and advocates, many of whom waited hours to testify.

“The drone gets there in 90 seconds,” Mr. Kessler said. “A patrol car, on a bad night, gets there in nine minutes. I don’t think anyone in this room wants to be on the wrong side of that math.”

Footage from the drones streams to a “real-time crime center” at Police Headquarters in Lower Manhattan. Mr. Kessler said it was deleted after 30 days unless it became evidence in a case. “We are not flying over rallies, and we are not flying over backyards,” he said.

Council members were not persuaded. Carmen Ruiz-Whitaker, a Democrat from the Bronx who leads the Committee on Public Safety, said the department had released “almost nothing” about who can view the footage and for what purpose. “We keep hearing ‘trust us,’” she said. “Trust is not a data-retention policy.”

The department has published a 40-page review of the program, titled “Eyes Before Boots.” The drones have flown about 3,100 times since the pilot began in the spring. The program costs about $2.4 million a year, most of it for the aircraft and the software that flies them. Marisol Peña, 58, who has lived on Brook Avenue since the ’90s, said she first noticed the drones from her kitchen window in April. “At first I thought it was some kid’s toy,” Ms. Peña said. “Now I wave at it. What else am I going to do?”

Advocacy groups were sharper. The Bronx Tenants Coalition said in a statement that the pilot had “quietly turned the South Bronx into a testing ground” for surveillance tools that would never be tried on the Upper East Side. Neither group opposes the use of drones in searches for missing people or at fires. In a letter to the committee, the Civic Privacy Fund wrote that the department had never told residents how to request footage of themselves.

City Hall did not make the mayor available for an interview, and he has rarely mentioned the program in public. A spokeswoman for the mayor, Renée Castellano, said the administration would decide whether to expand the program after the pilot ends in January. “Nobody is rushing anything,” the spokeswoman said. “The mayor wants to see the numbers, the same as the Council does.”

Ms. Ruiz-Whitaker said her committee would vote next month on a bill requiring the department to publish drone flight logs within 30 days. “If the drones are as good as they say,” she said, “the department should be happy to show us the tape.” The bill has 27 sponsors, enough to pass but not enough to override a veto.""", [
    # `and that`: one report
    ("that the pilot had cut response times in two precincts by nearly half and that the department hoped to expand it to all five boroughs by the end of 2026",
     I, "Andrew Kessler", "Andrew Kessler", "told"),
    ("The drone gets there in 90 seconds,", D, "Andrew Kessler", "Mr. Kessler", "said"),
    ("A patrol car, on a bad night, gets there in nine minutes. I don’t think anyone in this room wants to be on the wrong side of that math.",
     D, "Andrew Kessler", "Mr. Kessler", "said"),
    # “real-time crime center”: a term, no row
    ("it was deleted after 30 days unless it became evidence in a case", I, "Andrew Kessler",
     "Mr. Kessler", "said"),
    ("We are not flying over rallies, and we are not flying over backyards,", D,
     "Andrew Kessler", "he", "said"),
    # a report holding a fragment: the partial row only
    ("almost nothing", P, "Carmen Ruiz-Whitaker", "Carmen Ruiz-Whitaker", "said"),
    # ‘trust us,’ inside the quotation: part of it, no row of its own
    ("We keep hearing ‘trust us,’", D, "Carmen Ruiz-Whitaker", "she", "said"),
    ("Trust is not a data-retention policy.", D, "Carmen Ruiz-Whitaker", "she", "said"),
    # “Eyes Before Boots,” a title; ’90s an apostrophe: no rows
    ("she first noticed the drones from her kitchen window in April", I, "Marisol Peña",
     "Marisol Peña", "said"),
    ("At first I thought it was some kid’s toy,", D, "Marisol Peña", "Ms. Peña", "said"),
    ("Now I wave at it. What else am I going to do?", D, "Marisol Peña", "Ms. Peña", "said"),
    ("quietly turned the South Bronx into a testing ground", P, "Bronx Tenants Coalition",
     "The Bronx Tenants Coalition", "said"),
    ("that the department had never told residents how to request footage of themselves", I,
     "Civic Privacy Fund", "the Civic Privacy Fund", "wrote"),
    ("the administration would decide whether to expand the program after the pilot ends in January",
     I, "Renée Castellano", "Renée Castellano", "said"),
    # `the spokeswoman`: the role the text gave Renée Castellano
    ("Nobody is rushing anything,", D, "Renée Castellano", "the spokeswoman", "said"),
    ("The mayor wants to see the numbers, the same as the Council does.", D,
     "Renée Castellano", "the spokeswoman", "said"),
    ("her committee would vote next month on a bill requiring the department to publish drone flight logs within 30 days",
     I, "Carmen Ruiz-Whitaker", "Ms. Ruiz-Whitaker", "said"),
    # split by `she said,`; `as good as they say` inside the quotation: no row
    ("If the drones are as good as they say,", D, "Carmen Ruiz-Whitaker", "she", "said"),
    ("the department should be happy to show us the tape.", D, "Carmen Ruiz-Whitaker", "she",
     "said"),
])

# ---------------------------------------------------------------------------------------
# 3. BBC, Hebridean ferry, single marks with double marks nested

doc("h36-barra-ferry", """\
Barra facing weeks without ferry after breakdown

Islanders on Barra face at least three more weeks without a direct ferry to the mainland after the vessel that serves the route was taken out of service in the middle of the summer season. Barra, at the southern end of the Outer Hebrides, has about 1,200 residents and depends on the ferry for food, fuel and medical supplies as well as tourism.

CalMac said the MV Hebridean Star had suffered a gearbox failure on Saturday. The vessel will be in dry dock in Greenock until the end of July, the company said. The 27-year-old ship, known on the island simply as 'the Star', normally carries up to 200 visitors' cars a day between Castlebay and Oban, a crossing of just under five hours.

Local councillor Morag MacInnes said the news had landed 'like a hammer blow' in the busiest weeks of the year. She said: 'We've had guest houses phoning round all weekend to cancel bookings. People ring me asking, "Is it even worth coming?" and honestly I don't know what to tell them.' Ms MacInnes, who represents Barra and Vatersay on the local council, said she had written to the ferry company on Sunday.

'It's not just the tourists,' said Calum Maclean, who runs a shellfish business in Castlebay. 'We've got 40 tonnes of langoustine a week that has to get to Spain, and right now it's going round by Eriskay and a lorry the length of the Uists.'

'Every day that boat's sitting in Greenock costs us money we won't get back. My father's generation would have been out there with a spanner themselves.'

A CalMac spokesman said: 'We understand how difficult this is for the community on Barra and we apologise for the disruption. Our engineers are working around the clock to get the vessel back into service as quickly as possible.' The spokesman added that the smaller MV Sound of Vatersay would run two extra sailings a day between Ardmhor and Eriskay from Wednesday. Passengers with bookings on cancelled sailings are being offered refunds or places on the Eriskay route.

The Scottish government's islands minister, Kirsty Drummond, told BBC Scotland that ministers had asked CalMac to 'look at every option', including chartering a ship from Norway. She warned that two new ferries being built in Poland would not be ready before next spring. The minister said: 'I've been to Barra. I know what this ferry means to people, and I'm not going to pretend any of this is acceptable.' Ms Drummond is due to visit the island next week.

For many on the island, the word 'lifeline' stopped being a figure of speech long ago. Saturday's rock 'n' roll night at the Castlebay community hall has been called off because the band, from Glasgow, could not get across, and the island's secondary school has moved its prize-giving to August. Shops in Castlebay have started rationing milk and bread, and the island's only filling station has limited drivers to £30 of fuel each.

In a letter to the ferry operator's chief executive, the Barra and Vatersay Community Council wrote: 'We are tired of apologies. What we need is a timetable we can rely on, and a ship that is not older than some of our councillors.' The council is due to meet CalMac managers in Castlebay on Thursday.""", [
    ("the MV Hebridean Star had suffered a gearbox failure on Saturday", I, "CalMac", "CalMac",
     "said"),
    # `the company` for CalMac
    ("The vessel will be in dry dock in Greenock until the end of July", I, "CalMac",
     "the company", "said"),
    # 'the Star' a nickname, visitors' an apostrophe: no rows
    # a report holding a fragment: the partial row only
    ("like a hammer blow", P, "Morag MacInnes", "Morag MacInnes", "said"),
    # "Is it even worth coming?" inside the quotation: no row of its own
    ("We've had guest houses phoning round all weekend to cancel bookings. People ring me asking, \"Is it even worth coming?\" and honestly I don't know what to tell them.",
     D, "Morag MacInnes", "She", "said"),
    ("It's not just the tourists,", D, "Calum Maclean", "Calum Maclean", "said"),
    ("We've got 40 tonnes of langoustine a week that has to get to Spain, and right now it's going round by Eriskay and a lorry the length of the Uists.",
     D, "Calum Maclean", "Calum Maclean", "said"),
    # the next paragraph's quotation, no cue: the same speaker goes on
    ("Every day that boat's sitting in Greenock costs us money we won't get back. My father's generation would have been out there with a spanner themselves.",
     D, "Calum Maclean", None, None),
    # an unnamed spokesman of a named body: the body
    ("We understand how difficult this is for the community on Barra and we apologise for the disruption. Our engineers are working around the clock to get the vessel back into service as quickly as possible.",
     D, "CalMac", "A CalMac spokesman", "said"),
    ("that the smaller MV Sound of Vatersay would run two extra sailings a day between Ardmhor and Eriskay from Wednesday",
     I, "CalMac", "The spokesman", "added"),
    ("look at every option", P, "Kirsty Drummond", "Kirsty Drummond", "told"),
    ("she had written to the ferry company on Sunday", I, "Morag MacInnes", "Ms MacInnes",
     "said"),
    ("that two new ferries being built in Poland would not be ready before next spring", I,
     "Kirsty Drummond", "She", "warned"),
    # `The minister` for `islands minister, Kirsty Drummond`
    ("I've been to Barra. I know what this ferry means to people, and I'm not going to pretend any of this is acceptable.",
     D, "Kirsty Drummond", "The minister", "said"),
    # 'lifeline' a word as a word; Saturday's rock 'n' roll: no rows
    ("We are tired of apologies. What we need is a timetable we can rely on, and a ship that is not older than some of our councillors.",
     D, "Barra and Vatersay Community Council", "the Barra and Vatersay Community Council",
     "wrote"),
])

# ---------------------------------------------------------------------------------------
# 4. Formula One, sports wire, straight double marks

doc("h36-melbourne-gp", '''\
Rookie Lindqvist wins wet Australian GP to hand Audi first victory

MELBOURNE, March 8 - Swedish rookie Elias Lindqvist won a rain-hit Australian Grand Prix on Sunday to give Audi victory in only its first race as a Formula One works team, as three safety cars and a late downpour turned the order at Albert Park upside down.

The 21-year-old, who started 11th, switched to intermediate tyres two laps before the rain arrived and crossed the line 4.3 seconds ahead of McLaren's Matteo Marchetti, with Ferrari's Rafael Quintero third. He leads the drivers' championship after one round and is the first Swede to win a grand prix since the '70s. Only 12 of the 22 starters were classified.

"I honestly don't know what just happened," Lindqvist said over the team radio after taking the chequered flag. "Is this real? Somebody please tell me this is real." His race engineer could be heard laughing in the background.

Speaking to reporters later, he said the call to pit had been his own. "The engineers wanted one more lap," he said. "But I could feel the grip going in turn nine, and I thought, 'If I wait, I lose everything.'"

Audi team principal Markus Feldhaus described the win as "a dream we did not dare to have" and said the team had come to Melbourne hoping only to finish with both cars. "Two years ago this team was fighting for the last row of the grid," the German said. "Tonight the whole factory in Hinwil will be awake at four in the morning, and I hope nobody expects them at work on Monday." Audi, which took over the Sauber team at the end of 2025, has spent heavily on the Hinwil factory and on its engine plant at Neuburg in Bavaria.

Marchetti, who led for 31 laps before the rain, posted on Instagram that he was "gutted but proud" of his crew. "We were too slow to react, and that's on all of us," the Italian told Sky Sports F1. The 25-year-old had been on course for the second win of his career.

McLaren team principal Sofia Brandt told reporters that the team had made the wrong call and would review its wet-weather procedures before the Chinese Grand Prix next weekend. McLaren kept both its cars out on slick tyres for two laps longer than most of their rivals. "We had the fastest car today and we gave the race away," she said. "That hurts more than losing to a faster car."

Quintero, 36, stayed on the podium in what he called "the strangest race of my life", despite a five-second penalty for leaving the track and gaining an advantage. The FIA said in a statement that it would review how quickly the second safety car had been deployed after Lucas Ferreira's Cadillac stopped on the pit straight. Ferreira, who was unhurt, said on the team radio that he had lost drive on the run to turn one.

Lindqvist, nicknamed "the Ice Viking" by Swedish fans since his karting days, appeared in last season's run of the Netflix series "Drive to Survive" as an Audi reserve driver waiting for his chance. "I watched that episode again last night," he said. "That kid looks very nervous. I think he will be OK." His parents, who flew in from Gothenburg on Friday, watched from the back of the Audi garage. The championship moves on to Shanghai next weekend.''', [
    # drivers' and '70s: apostrophes, no rows
    ("I honestly don't know what just happened,", D, "Elias Lindqvist", "Lindqvist", "said"),
    ("Is this real? Somebody please tell me this is real.", D, "Elias Lindqvist", "Lindqvist",
     "said"),
    ("the call to pit had been his own", I, "Elias Lindqvist", "he", "said"),
    ("The engineers wanted one more lap,", D, "Elias Lindqvist", "he", "said"),
    # the thought in single marks is part of the quotation
    ("But I could feel the grip going in turn nine, and I thought, 'If I wait, I lose everything.'",
     D, "Elias Lindqvist", "he", "said"),
    ("a dream we did not dare to have", P, "Markus Feldhaus", "Markus Feldhaus", "described"),
    ("the team had come to Melbourne hoping only to finish with both cars", I,
     "Markus Feldhaus", "Markus Feldhaus", "said"),
    # `the German` for the team principal
    ("Two years ago this team was fighting for the last row of the grid,", D,
     "Markus Feldhaus", "the German", "said"),
    ("Tonight the whole factory in Hinwil will be awake at four in the morning, and I hope nobody expects them at work on Monday.",
     D, "Markus Feldhaus", "the German", "said"),
    # a written report holding a fragment: the partial row only
    ("gutted but proud", P, "Matteo Marchetti", "Marchetti", "posted"),
    ("We were too slow to react, and that's on all of us,", D, "Matteo Marchetti",
     "the Italian", "told"),
    ("that the team had made the wrong call and would review its wet-weather procedures before the Chinese Grand Prix next weekend",
     I, "Sofia Brandt", "Sofia Brandt", "told"),
    ("We had the fastest car today and we gave the race away,", D, "Sofia Brandt", "she",
     "said"),
    ("That hurts more than losing to a faster car.", D, "Sofia Brandt", "she", "said"),
    ("the strangest race of my life", P, "Rafael Quintero", "he", "called"),
    ("that it would review how quickly the second safety car had been deployed after Lucas Ferreira's Cadillac stopped on the pit straight",
     I, "FIA", "The FIA", "said"),
    ("that he had lost drive on the run to turn one", I, "Lucas Ferreira", "Ferreira", "said"),
    # "the Ice Viking" a nickname, "Drive to Survive" a title: no rows
    ("I watched that episode again last night,", D, "Elias Lindqvist", "he", "said"),
    ("That kid looks very nervous. I think he will be OK.", D, "Elias Lindqvist", "he",
     "said"),
])

# ---------------------------------------------------------------------------------------
# 5. Canadian Press, housing plan, news conference and question period, straight marks

doc("h36-ottawa-rentals", '''\
Ottawa pledges $6B for rental homes on surplus federal land

OTTAWA — The federal government will spend $6 billion over four years to build rental apartments on surplus federal land, Housing Minister Nathalie Arsenault announced Tuesday, with construction on the first sites due to start by the fall.

At a news conference on a former military lot in Ottawa's east end, surrounded by builders in hard hats, Arsenault said the program would favour projects of at least 200 units and that builders would have to keep a fifth of the units below market rent for 25 years. The first sites to be offered to builders include former Canada Post and Department of National Defence properties in Toronto, Calgary and Halifax.

"We have the land. We have the money. What we have not had is the patience to stop studying this and start building," Arsenault told reporters. "That ends today."

Speaking on background before the announcement, government officials said about 40 sites had been identified in 14 cities, from Halifax to Victoria. Most are former offices, warehouses or depots that have sat empty for years. Asked how many homes the program would produce by 2028, the minister said she would not "play the numbers game," but she told reporters the government's own estimate was "north of 20,000." The government's target is to roughly double the pace of home building over the next decade.

The plan set off a heated exchange in the House of Commons a few hours later. During question period, Conservative housing critic Brett Kowalchuk accused the Liberals of "announcing the same parcels of land three times" and asked: "How many of these homes will have a family living in them before the next election? One? Two?" Kowalchuk, a former Winnipeg city councillor, has made housing the centrepiece of his party's attacks on the government this spring.

"The member opposite is welcome to come out to the site and pick up a shovel," Arsenault replied, to jeers from the Conservative benches. "We would be glad of the help." The Speaker called the House to order twice before the next question.

Outside the chamber, Kowalchuk told reporters that a Conservative government would sell the land to private builders and cut the GST on new homes instead. He said the Conservatives would table a motion next week calling on the government to publish a list of every site.

Bloc Quebecois housing critic Sylvie Gagnon-Roy said Quebec must be allowed to opt out of the program with full compensation. The province has done so with past federal housing programs "every single time, and it will do it again," she said. The Bloc holds 22 of Quebec's 78 seats in the House.

The Canadian Home Builders' Association said in a statement that labour shortages, not land, were the biggest obstacle to building rental housing in most cities. According to the association, the country will need about 100,000 more construction workers by 2030. The Federation of Canadian Municipalities, which represents about 2,100 local governments, said in a letter to Arsenault last month that cities wanted a say in which federal sites are chosen. Construction of purpose-built rental units hit a record in 2024 but slowed in much of the country last year as costs rose.''', [
    ("The federal government will spend $6 billion over four years to build rental apartments on surplus federal land",
     I, "Nathalie Arsenault", "Nathalie Arsenault", "announced"),
    # Ottawa's an apostrophe; `and that`: one report
    ("the program would favour projects of at least 200 units and that builders would have to keep a fifth of the units below market rent for 25 years",
     I, "Nathalie Arsenault", "Arsenault", "said"),
    ("We have the land. We have the money. What we have not had is the patience to stop studying this and start building,",
     D, "Nathalie Arsenault", "Arsenault", "told"),
    ("That ends today.", D, "Nathalie Arsenault", "Arsenault", "told"),
    # unnamed officials
    ("about 40 sites had been identified in 14 cities, from Halifax to Victoria", I, None,
     "government officials", "said"),
    # `Asked how many homes ...`: a topic, no row; two reports holding fragments
    ("play the numbers game,", P, "Nathalie Arsenault", "the minister", "said"),
    ("north of 20,000.", P, "Nathalie Arsenault", "she", "told"),
    ("announcing the same parcels of land three times", P, "Brett Kowalchuk",
     "Brett Kowalchuk", "accused"),
    ("How many of these homes will have a family living in them before the next election? One? Two?",
     D, "Brett Kowalchuk", "Brett Kowalchuk", "asked"),
    ("The member opposite is welcome to come out to the site and pick up a shovel,", D,
     "Nathalie Arsenault", "Arsenault", "replied"),
    ("We would be glad of the help.", D, "Nathalie Arsenault", "Arsenault", "replied"),
    ("that a Conservative government would sell the land to private builders and cut the GST on new homes instead",
     I, "Brett Kowalchuk", "Kowalchuk", "told"),
    ("the Conservatives would table a motion next week calling on the government to publish a list of every site",
     I, "Brett Kowalchuk", "He", "said"),
    ("Quebec must be allowed to opt out of the program with full compensation", I,
     "Sylvie Gagnon-Roy", "Sylvie Gagnon-Roy", "said"),
    # a fragment inside the writer's sentence, signed after it
    ("every single time, and it will do it again,", P, "Sylvie Gagnon-Roy", "she", "said"),
    # Builders' an apostrophe
    ("that labour shortages, not land, were the biggest obstacle to building rental housing in most cities",
     I, "Canadian Home Builders' Association", "The Canadian Home Builders' Association",
     "said"),
    ("the country will need about 100,000 more construction workers by 2030", I,
     "Canadian Home Builders' Association", "the association", "According to"),
    ("that cities wanted a say in which federal sites are chosen", I,
     "Federation of Canadian Municipalities", "The Federation of Canadian Municipalities",
     "said"),
])

# ---------------------------------------------------------------------------------------
# 6. Guardian health, corridor care, curly marks

doc("h36-corridor-care", """\
Woman, 87, spent 31 hours on hospital trolley as A&E pressures mount

An 87-year-old woman with a broken hip spent 31 hours on a trolley in a hospital corridor in Kent, as emergency doctors warned that treating patients in corridors had become a routine part of winter in England.

Margaret Holloway, a retired primary school teacher, was taken to Weald Valley hospital by ambulance after a fall at home on 3 January. Her daughter, Claire Holloway, said her mother was given a blanket and a cup of tea but was not seen by a doctor for nine hours. Mrs Holloway had lived on her own in a bungalow in Tonbridge since her husband died in 2019.

“There was a man being sick three feet from my head, and every time the doors opened the cold came straight in,” Mrs Holloway said from her bed on an orthopaedic ward, where she is recovering after surgery. “The nurses were wonderful. They kept apologising. It wasn’t their fault.” Her hip was operated on 40 hours after she arrived. Her daughter, who lives in Sevenoaks, stayed beside the trolley through the first night.

In a complaint to the hospital, her daughter wrote that she had been “left in the corridor like a parcel nobody wanted to sign for”. “I want to know why there was a bed for her on Monday afternoon and not on Sunday morning,” she said.

Dr Aisha Raman, a consultant in emergency medicine and a vice-president of the Royal College of Emergency Medicine, said the case was “sadly not unusual”. “We are treating people in corridors, in ambulances, in cupboards that have been cleared out,” she said. “When I trained in the ’90s, a patient on a trolley for 12 hours was a scandal. Now it is a Tuesday.”

According to the college, more than 50,000 patients in England waited longer than 12 hours in A&E in December. Many hospitals now keep patients in so-called “temporary escalation spaces”, such as corridors, side rooms and the ends of wards. Dr Raman is one of the authors of the college’s latest report, “Nowhere to Put Them”, published in November. Hospitals in England have not met the four-hour A&E standard set out in the NHS constitution since 2015.

In a statement, Weald Valley NHS Foundation Trust said: “We are very sorry that Mrs Holloway waited so long for a bed, and we have contacted her family to discuss their concerns. Our emergency department had its busiest week on record in early January.” The trust said it had opened 24 extra beds this winter and was moving patients who were well enough to leave into care homes more quickly. The hospital has 612 beds, and on the night Mrs Holloway arrived 57 patients were waiting in its emergency department.

Asked about the figures in the House of Lords on Wednesday, a health minister told peers that the government had set aside £450m for urgent and emergency care this winter. She said the number of patients waiting more than 12 hours in A&E had fallen compared with last winter. Claire Holloway is still waiting for a reply to her complaint. Her mother is expected to be discharged within a fortnight.

Back on the ward, Mrs Holloway said she was looking forward to going home to her two cats. “I’ve told the surgeon I want to be walking by Easter,” she said. “He laughed, but I meant it.”""", [
    ("that treating patients in corridors had become a routine part of winter in England", I,
     None, "emergency doctors", "warned"),
    ("her mother was given a blanket and a cup of tea but was not seen by a doctor for nine hours",
     I, "Claire Holloway", "Claire Holloway", "said"),
    # `Mrs Holloway`: the mother, not the daughter of the same surname
    ("There was a man being sick three feet from my head, and every time the doors opened the cold came straight in,",
     D, "Margaret Holloway", "Mrs Holloway", "said"),
    ("The nurses were wonderful. They kept apologising. It wasn’t their fault.", D,
     "Margaret Holloway", "Mrs Holloway", "said"),
    # a written report holding a fragment: the partial row only; `she said` the daughter
    ("left in the corridor like a parcel nobody wanted to sign for", P, "Claire Holloway",
     "her daughter", "wrote"),
    ("I want to know why there was a bed for her on Monday afternoon and not on Sunday morning,",
     D, "Claire Holloway", "she", "said"),
    ("sadly not unusual", P, "Aisha Raman", "Aisha Raman", "said"),
    ("We are treating people in corridors, in ambulances, in cupboards that have been cleared out,",
     D, "Aisha Raman", "she", "said"),
    ("When I trained in the ’90s, a patient on a trolley for 12 hours was a scandal. Now it is a Tuesday.",
     D, "Aisha Raman", "she", "said"),
    ("more than 50,000 patients in England waited longer than 12 hours in A&E in December", I,
     "Royal College of Emergency Medicine", "the college", "According to"),
    # so-called “temporary escalation spaces” a scare quote, “Nowhere to Put Them” a title
    ("We are very sorry that Mrs Holloway waited so long for a bed, and we have contacted her family to discuss their concerns. Our emergency department had its busiest week on record in early January.",
     D, "Weald Valley NHS Foundation Trust", "Weald Valley NHS Foundation Trust", "said"),
    ("it had opened 24 extra beds this winter and was moving patients who were well enough to leave into care homes more quickly",
     I, "Weald Valley NHS Foundation Trust", "The trust", "said"),
    # a minister the text never names
    ("that the government had set aside £450m for urgent and emergency care this winter", I,
     None, "a health minister", "told"),
    # `She` for the minister the text never names
    ("the number of patients waiting more than 12 hours in A&E had fallen compared with last winter",
     I, None, "She", "said"),
    ("she was looking forward to going home to her two cats", I, "Margaret Holloway",
     "Mrs Holloway", "said"),
    ("I’ve told the surgeon I want to be walking by Easter,", D, "Margaret Holloway", "she",
     "said"),
    ("He laughed, but I meant it.", D, "Margaret Holloway", "she", "said"),
])

# ---------------------------------------------------------------------------------------
# 7. Long-form profile, curly marks, a quotation over three paragraphs

doc("h36-loretta-vance", """\
Loretta Vance Walked Away From Soul Music in 1994. Now She’s Back, and She’s in a Hurry.

On a gray morning in February, Loretta Vance sat at the kitchen table of her brick ranch house in South Memphis, two old dogs asleep across her feet and a mug of coffee going cold beside a stack of unopened mail. The dogs’ water bowls, on the linoleum by the back door, are labeled in her handwriting: Otis and Aretha. A framed photograph of her at 24, in a sequined dress on the stage of a club on Beale Street, hangs above the stove.

In 1971, at 24, she cut a single for a small label on McLemore Avenue, “Love Don’t Pay the Rent,” that climbed to No. 19 on the R&B chart and earned her a nickname, “the Little Queen of Soulsville,” that she has never much liked. For two decades she toured with just about everyone, sang backup on records she is still not allowed to talk about, and played rock ’n’ roll rooms in Europe that paid better than the soul clubs at home. Her mother cleaned houses in Midtown; her father drove a truck for a cotton company and sang bass in the choir of the church where she still sings. Then, in 1994, she walked away.

“I didn’t quit music,” she said. “Music quit paying me. There’s a difference, and I had to learn it the hard way.”

Her return began with a phone call in the spring of 2024. Vance recalled: “It was a Tuesday, and I was at the church doing the flowers, and my phone rang with a number I didn’t know. I almost let it go.

“It was this young man saying he had found my old record in a box at an estate sale in Ohio, and that he’d been looking for me for two years. Two years! I said, ‘Baby, I’ve been right here the whole time.’

“He asked me did I still sing. I told him I sang every Sunday, and he said that wasn’t what he meant. I knew what he meant.”

The young man was Dev Malhotra, now 33, a producer and record collector from Cleveland who runs a small label, Glass Bottle Records. He found her, in the end, through a church bulletin that had been posted online. “I had heard that voice on one scratchy 45, and I could not believe nobody had recorded her since,” Malhotra said in a phone interview. The album, “Still Here,” comes out in March. According to Malhotra, it was cut in eight days at a studio a mile from the house where Vance grew up, with a band whose youngest member is 64. Malhotra said he had paid for the sessions with money he had been saving for a house.

In the album’s liner notes, Vance wrote: “For everybody who asked where I went. I was right here.” Her pastor, the Rev. Clarence Hollis, said she had not missed a Sunday service in 30 years, “not for the flu, not for the ice storm, not for nothing.” In an early review, the music writer Nadine Okwu called the record “a master class in restraint.” Vance has not read it. “People tell me it’s good,” she said. “I’ll take their word for it.”

She will play her first show in three decades at the Levitt Shell in April. The 4,000 free tickets were gone in 11 minutes. The band will rehearse twice a week at her church until then. Asked whether she was nervous, she laughed. “I’m 78,” she said, as one of the dogs stirred. “I don’t have time to be scared of anything anymore.”""", [
    # dogs’ an apostrophe; “Love Don’t Pay the Rent,” a title, “the Little Queen of
    # Soulsville,” a nickname, rock ’n’ roll: no rows
    ("I didn’t quit music,", D, "Loretta Vance", "she", "said"),
    ("Music quit paying me. There’s a difference, and I had to learn it the hard way.", D,
     "Loretta Vance", "she", "said"),
    # one quotation over three paragraphs, opened after `Vance recalled:`; each paragraph
    # re-opens the mark, only the last one closes it
    ("It was a Tuesday, and I was at the church doing the flowers, and my phone rang with a number I didn’t know. I almost let it go.",
     D, "Loretta Vance", "Vance", "recalled"),
    ("It was this young man saying he had found my old record in a box at an estate sale in Ohio, and that he’d been looking for me for two years. Two years! I said, ‘Baby, I’ve been right here the whole time.’",
     D, "Loretta Vance", ("Vance", 3), ("recalled", 1)),
    ("He asked me did I still sing. I told him I sang every Sunday, and he said that wasn’t what he meant. I knew what he meant.",
     D, "Loretta Vance", ("Vance", 3), ("recalled", 1)),
    ("I had heard that voice on one scratchy 45, and I could not believe nobody had recorded her since,",
     D, "Dev Malhotra", "Malhotra", "said"),
    # “Still Here,” a title: no row
    ("it was cut in eight days at a studio a mile from the house where Vance grew up, with a band whose youngest member is 64",
     I, "Dev Malhotra", "Malhotra", "According to"),
    ("he had paid for the sessions with money he had been saving for a house", I, "Dev Malhotra",
     "Malhotra", "said"),
    ("For everybody who asked where I went. I was right here.", D, "Loretta Vance", "Vance",
     "wrote"),
    # a report holding a fragment: the partial row only
    ("not for the flu, not for the ice storm, not for nothing.", P, "Clarence Hollis",
     "Clarence Hollis", "said"),
    ("a master class in restraint.", P, "Nadine Okwu", "Nadine Okwu", "called"),
    # `she` after another woman spoke: `Vance has not read it` names her first
    ("People tell me it’s good,", D, "Loretta Vance", "she", "said"),
    ("I’ll take their word for it.", D, "Loretta Vance", "she", "said"),
    # `Asked whether she was nervous, she laughed`: no words reported
    ("I’m 78,", D, "Loretta Vance", "she", "said"),
    ("I don’t have time to be scared of anything anymore.", D, "Loretta Vance", "she", "said"),
])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout36.jsonl")
    write(out)
