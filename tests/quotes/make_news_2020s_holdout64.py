#!/usr/bin/python3
"""Builds news_2020s_holdout64.jsonl: 7 short articles written from scratch in the styles of
2025-26 news, in seven different outlets and house styles, for news_quotes.

written blind by writer50 for a sealed measurement of news_quotes on 2026-11-29
(the extractor's source never read, the extension never loaded, no scorer run on it).

Each article is a headline and 9 paragraphs. None of the seven outlets is one the earlier
holdout builders took (Farmers Weekly, Courthouse News Service, Nature's news pages, Manx
Radio, ANSA, SWI swissinfo.ch and The42 are new: a trade paper, a courts wire, a science
journal, a local radio station's site, an Italian wire, a Swiss public broadcaster's
English site and an Irish sports site; Euronews, which took guillemets before, was left
alone).

- h64-fw-bluetongue, a Farmers Weekly (UK farming trade press) story on bluetongue
  restrictions with straight single marks, straight double marks nested, straight
  apostrophes (Farmers', I'm, NFU's, NSA's) and `Dr` without a stop: a headline `... 'in
  limbo', says NSA` (a fragment and a present `says` with the acronym after it: the
  association, whose long form the next paragraphs define); `Defra confirmed that ...`; `The
  National Sheep Association (NSA) said the decision had left members '…' just as ...` (a
  report holding a fragment: the partial row only); `Its chief executive, X, said: '…'`
  opening with `Farmers'` (a plural's apostrophe right after the opening mark, before a word
  in lower case); `Chief veterinary officer Dr X told Farmers Weekly the zone was '…' while
  ...` (the partial row only) and `'…,' he said. '…'`; `He said ... from January, and that
  Defra was '…' with manufacturers` (a report, then `and that` holding a fragment under the
  same cue: an indirect and a partial row; the fragment's nearest `said` is the next
  paragraph's: the n-th instead); `Devon sheep farmer X, who runs 900 ewes near Holsworthy,
  said ...` and `'…,' he said.`, then a paragraph in marks with no cue (the same speaker)
  holding a nested "biosecurity first" and its `says` (part of the row); `The NFU's
  livestock board chairman, X, said the union had written to ... asking for ...` (the name
  in apposition after the role speaks) and `She described the current system as '…' and said
  livestock keepers '…'` (two fragments, two cues); `A Defra spokesperson said: '…'`
  (Defra's); `Vets have warned that the so-called 'vector-free period', when ..., may be
  ...` (nobody named; a so-called term inside the report, no row of its own) and the
  conference title 'Flock to the Future' after its noun and a comma (no row).
- h64-cns-mustangs, a Courthouse News Service federal-court story with a `RENO, Nev. (CN)
  —` dateline, curly double marks, curly apostrophes (bureau’s, court’s, Cattlemen’s,
  government’s, We’re) and AP abbreviations (Nev., Dec., Feb., U.S.): a headline with no
  report (`halts`: a deed); `A federal judge on Tuesday blocked ..., saying ...` (the judge
  named in the next paragraph); `In a 34-page order, U.S. District Judge X wrote that the
  bureau’s estimate ... had “…”` (a report holding a fragment: the partial row only; the
  nearest `wrote` is the next sentence's: the n-th instead), `“…,” she wrote.` and `She
  added:` closing the paragraph, then a quotation over two paragraphs (both rows take the
  `She` and `added` of the paragraph before them: the n-th); `The Bureau of Land
  Management, which had argued that ... and that ..., said it was reviewing the ruling`
  (two reports inside the subject's relative clause, then its own; `bars the roundup`: a
  deed); `“…,” a bureau spokeswoman, X, said in an email.` (the name in apposition speaks;
  the nearest `said` is the bureau's before the words: the n-th instead) and `She said ...`;
  the name “Range Watch.” after `a volunteer group called` (no row) and `Their attorney, X,
  told Courthouse News that the ruling was “…”` (the partial row only); `“…,” Aldecoa said.
  “…”`; `The Nevada Cattlemen’s Association, which intervened ..., warned in a court filing
  that ... would “…”` (an apostrophe inside the body's name; the partial row only), `Its
  president, X, said ranchers would ask the Ninth Circuit to lift the injunction` (a report
  holding a request: one row) and `Asked whether ..., Haldane said: “…”` (an unnamed asker);
  the nickname “Wild Horse Annie.” after `known as` (no row) and `Marchbanks set a hearing`
  (a deed).
- h64-nature-plume, a Nature news story on a deep-sea mining plume with curly single marks,
  curly double marks nested, curly apostrophes (authority’s, Kerehoma’s, don’t), an en dash
  in a name (Clarion–Clipperton) and the present `says` of science journalism: a headline
  with no report; a lede whose report comes before `according to an analysis by X` (the body
  after the document's noun) and `had forecast` with no clause (no row); `‘…,’ says X, an
  oceanographer at the observatory who led the study. ‘…’` (a `said` inside the second
  segment, part of it); `..., Kerehoma says.` (a report before its present cue) and `‘…,’
  she adds.`; `Abyssal Metals disputes the interpretation.` (a plain object, no row) and
  `In a statement to Nature, the company said the plume had been ‘…’ beyond 10 kilometres
  and that the trial ‘…’` (two fragments under one cue: two partial rows); `Its chief
  executive, X, told investors on a call last week that ...` and `‘…,’ he said. ‘…’` (a
  nested `said` and `says` inside, part of the rows); `Not all researchers are convinced
  that ...` (a belief, no row), `Deep-sea ecologist X of the University of Bergen in Norway
  says ... and that ...` (two reports under one `says`; a body and a place after the name)
  and `‘…,’ he says.`; the so-called ‘dark oxygen’ (no row), `a hypothesis the mining
  industry rejects` (no clause, no row) and `An ISA spokesperson said the authority’s ...
  Commission would consider ‘…’ when ...` (the acronym for the long form; the partial row
  only); the name ‘PlumeWatch’ after a present `calls` (no row), `plans to repeat` (no row)
  and `‘…,’ Kerehoma says. ‘…’` with a nested “catastrophic” before the comma inside the
  first segment (part of the outer row); `The Deep Sea Conservation Coalition, an alliance
  of environmental groups, said ...` and `have called for a pause` (a stance, no row).
- h64-manxradio-cancer, a Manx Radio (Isle of Man) news story on cancer waiting times with
  straight double marks in the body, straight single marks in the headline, straight
  apostrophes (I'm, can't, won't, Kewley's, patients') and `Mr`/`Mrs` without stops: a
  headline `Cancer waiting times 'unacceptable', health minister tells Tynwald` (a fragment,
  then two lower-case words of the role and a present cue with its audience: the minister
  the story names); `Health Minister X has told Tynwald that ... are "…" and promised that
  ...` (a report holding a fragment, the partial row only, then a report of its own with its
  own cue); `..., according to Manx Care.`; `"…," Mr Callow told members. "…"`; `He said
  ... and that ...` (two reports, one cue); `Douglas East MHK X, who chairs the Social
  Affairs Policy Review Committee, accused the Department of Health and Social Care of "…"`
  and `She asked the minister whether ...` (a question in the active: the asker's row);
  `"…," Mr Callow replied. "…"`; `In a statement, Manx Care said recruitment ... was "…"`
  (the partial row only; the nearest `said` is the chief executive's: the n-th instead) and
  `Its interim chief executive, X, said: "…"`; `X, 64, from Ramsey, waited ...` (a deed),
  `She told Manx Radio she had felt "…"` (the partial row only) and `"…," the
  grandmother-of-three said.` (a description the text gives no one: the woman the paragraph
  follows); the report's title "Waiting Well" after its noun and a comma and the name
  "Mannin Cancer Voices" after `a patients' group called` (no rows).
- h64-ansa-campiflegrei, an ANSA English wire story with a `Naples, November 27 (ANSA) -`
  dateline, straight double marks, straight single marks nested and straight apostrophes
  (INGV's, it's, wasn't): a colon headline `Pozzuoli mayor: "…"` (the role before the colon
  speaks: the mayor named in the third paragraph, no cue); a report before `, the National
  Institute of Geophysics and Volcanology (INGV) said.` after the dateline, then a sentence
  of the writer's; `..., according to local authorities.` (nobody named) and `No serious
  injuries were reported.` (no clause, no row); `"…," Pozzuoli Mayor X told ANSA. "…"`;
  `Iacolino said ... so that ..., and he asked the government to declare a state of
  emergency` (a report ending at `, and`, then what he asked the government to do, with its
  `to`); `Civil Protection Minister X, who flew to Naples ..., said the government would
  examine the request "…" and insisted that evacuation plans ... were "…"` (two fragments,
  two cues) and `"…," she told a press conference at the prefecture. "…"`; `X, director of
  the INGV's Vesuvius Observatory, said ...` and `She described the latest quake as "…"`
  (a second woman after the minister; the nearest `described` is the next paragraph's: the
  n-th instead); `Residents described a loud roar` (a plain object, no row), `"…," said X,
  41, who lives near the Rione Terra. "…"` with a nested 'it's the big one, it's the big
  one' and wasn't (apostrophes inside and around a nested quotation: part of the outer
  row); the term "burning fields" after `knew as` (no row) and `The consumer association
  Codacons said ...` (a body named after its noun).
- h64-swi-wolves, an SWI swissinfo.ch story on wolf culls in Valais with guillemets, curly
  double marks nested inside them and curly apostrophes (Switzerland’s, Farmers’, canton’s):
  a headline with no report (`wants`: a wish; `angering`); `X, the Valais cantonal minister
  responsible for hunting, has asked the Federal Office for the Environment (FOEN) to ...,
  arguing that ...` (what he asked the office to do, with its `to`, then a report after `,
  arguing`); `«…,» Imboden told SWI swissinfo.ch. «…»` (a period inside the outlet's name);
  `..., according to the KORA wildlife monitoring foundation.` (a body named before its
  noun) and `Parliament relaxed ...` (a deed); `The FOEN confirmed on Tuesday that ... and
  said it would decide «…»` (the acronym for the long form; a report, then a second report
  holding a fragment: an indirect and a partial row) and `A spokeswoman, X, declined to say
  ...` (no row); `WWF Switzerland called the request «…»` and `Its wolf specialist, X, said
  ...`; `«…,» she said. «…»`; `Sheep farmer X, who lost ..., sees it differently.` (no row),
  the name «the Saas gang» after a present `call` (no row) and `«…,» he said. «…»` with a
  nested “learn to live with the wolf” (part of the outer row); `Pro Natura said ..., while
  the Swiss Farmers’ Union has said ...` (a second report begins after `, while`; an
  apostrophe inside the union's name); `is expected to rule` (no row) and the petition's
  title «Let the wolf live» after `titled` (no row).
- h64-the42-hurling, a GAA match report on The42 (Ireland) with curly double marks in the
  body, curly single marks in the headline and curly apostrophes (I’ve, O’Donoghue’s,
  didn’t, you’re, there’s, doesn’t, it’s, can’t, That’s, don’t, We’ll, Kilbrack’s,
  Stephen’s): a colon headline `‘Best feeling I’ve had in a jersey’: O’Donoghue’s late point
  sends ...` (a direct row, no cue, the name before the verb as the mention, in its
  possessive; I’ve inside the single marks); a lede with no report (`pointed a free`,
  `edged`); `“…,” the Clonmore captain said afterwards. “…”` (the role the lede gives him,
  `Clonmore Gaels captain`); `His manager, X, described the winning point as “…”` (you’re
  inside) and `“…,” Brophy said. “…”` (a nested `I’ve said`, part of the row); `Ardnaglass
  manager X said his players had been “…” by a decision ...` (a one-word fragment: the
  partial row only; an Irish name of four words with a fada) and `“…,” he said.`; `The GAA
  said in a statement last night that ...` and `was not available for comment` (no row);
  `Feeney, who scored 1-3, was more philosophical. “…,” the 22-year-old said. “…”` (an age
  the text gives no one: the subject of the sentence before); the nickname “the Metronome”
  after `nicknamed` (no row) and `Kilbrack’s captain, X, posted a short message on Instagram
  last night: “…”`; `Brophy said the panel would have a “…” and that ...` (a report holding
  a fragment, the partial row only, then `and that` under the same cue: an indirect row) and
  `Asked whether O’Donoghue’s hamstring, which he had strapped at half-time, would be right
  for the final, he laughed. “…,” he said.` (an unnamed asker; a relative clause inside the
  question stays in it; `laughed`: no cue).

Not rows: scare quotes, terms, names and nicknames ('vector-free period', “Range Watch.”,
“Wild Horse Annie.”, ‘dark oxygen’, ‘PlumeWatch’, "Mannin Cancer Voices", "burning fields",
«the Saas gang», “the Metronome”), titles of works ('Flock to the Future', "Waiting Well",
«Let the wolf live»), quotations and reports nested inside a quotation ("biosecurity first"
and its `says`, 'it's the big one, it's the big one', “catastrophic”, “learn to live with
the wolf”, `the models said`, `We have always said`, `The science says`, `I’ve said that all
year`), the apostrophes (Farmers', I'm, NFU's, NSA's, bureau’s, court’s, Cattlemen’s,
government’s, We’re, authority’s, Kerehoma’s, don’t, can't, won't, Kewley's, patients',
INGV's, it's, wasn't, Switzerland’s, Farmers’, canton’s, I’ve, O’Donoghue’s, didn’t, you’re,
there’s, doesn’t, it’s, can’t, That’s, We’ll, Kilbrack’s, Stephen’s), headlines and leads
without a report, deeds, wishes, beliefs, stances, plain objects and refusals (`halts`,
`blocked`, `bars the roundup`, `was brought by`, `intervened`, `set a hearing`, `travelled`,
`had forecast`, `disputes the interpretation`, `are convinced that`, `rejects`, `plans to
repeat`, `have called for a pause`, `waited`, `will take evidence`, `No serious injuries
were reported`, `flew`, `Residents described a loud roar`, `wants`, `angering`, `relaxed`,
`declined to say`, `sees it differently`, `is expected to rule`, `sends`, `pointed a free`,
`was ruled out`, `was not available for comment`, `laughed`).
7 articles, 15,593 characters; 114 quotations: direct 50, partial 25, indirect 39.

Annotated by the conventions of make_news_2020s.py and SPEC, as the earlier holdout builders
annotate: the speaker is the canonical name (the entity's fullest name in the article,
without titles such as Dr, Mr, Mrs, U.S. District Judge, Health Minister, Civil Protection
Minister, Pozzuoli Mayor, Douglas East MHK or Ardnaglass manager; a mention that is the full
name is written without its title, one that is a surname keeps it: `Mr Callow`) or None when
the text names nobody who can be the speaker (vets, local authorities, the unnamed askers of
`Asked whether ...`); a report holding a quoted fragment gives only the partial row, and a
second report in the same sentence (`and that`) its own row with the same cue (indirect
without marks, partial with them); fragments under one cue each give a partial row with that
cue; an indirect span is the reported clause with its leading `that`, without a closing
period, and a report before its cue (`..., according to Manx Care`, `..., Kerehoma says`,
`..., the National Institute of Geophysics and Volcanology (INGV) said`) is the clause
before the comma, after the dateline; what someone is asked to do is reported with its `to`;
a question put in the active (`She asked the minister whether ...`) is the asker's, one put
with `Asked whether ...` nobody's named; a quotation split by its attribution gives one row
per segment with the same mention and cue; a quotation paragraph with no cue after the
speaker's own quotation is that speaker's, with no mention and no cue; a quotation over two
paragraphs after `She added:` closing the paragraph before gives one row per paragraph, both
with that paragraph's mention and cue; a spokesperson who is not named and a statement speak
for the body named (Defra, the International Seabed Authority); a spokesperson with a name
in apposition is that person; descriptions (`A federal judge`, `the company`, `the Clonmore
captain`, `the 22-year-old`, `the grandmother-of-three`) speak for the entity they refer to,
also when the name comes later in the story; a body named before or after its noun (`The
consumer association Codacons`, `the KORA wildlife monitoring foundation`) is that body; an
acronym defined after its long form (NSA, ISA, INGV, FOEN) takes the long form, in a
headline too; a colon headline's quotation gives a direct row with no cue, its mention the
role before the colon (`Pozzuoli mayor`) or the name before the verb after it (the
`O’Donoghue` of `O’Donoghue’s late point sends`); a headline's `says` or `tells` with a
fragment gives a partial row with it as the cue and the headline's words for the speaker as
the mention.
All people are invented (Harriet Moorcroft, Alan Petheridge, Tom Vellacott, Gwen Ashdown,
Celia Marchbanks, Dana Kettleman, Ruben Aldecoa, Wes Haldane, Mereana Kerehoma, Colin
Brereton, Lars Øvrebø, Juan Callow, Claire Kewley, Andrea Shimmin, Sue Crellin, Gennaro
Iacolino, Raffaella Sorrentino, Lucia Ferrante, Anna Esposito, Franz Imboden, Corinne
Aebischer, Nadja Bärtschi, Beat Zurbriggen, Cathal O’Donoghue, Tomás Brophy, Eoin Mac Giolla
Phádraig, Shane Feeney, Colm Naughton, Fiachra Dunne): no real public figure appears (the
nickname “Wild Horse Annie” is history's, its bearer unnamed), and the offices they hold in
the text (England's chief veterinary officer, the NSA's chief executive, the chairman of the
NFU's livestock board, a federal judge in Nevada, the president of the Nevada Cattlemen’s
Association, the Isle of Man's health minister, a Douglas East MHK who chairs a Tynwald
committee, Manx Care's interim chief executive, the mayor of Pozzuoli, Italy's civil
protection minister, the director of the Vesuvius Observatory, a Valais cantonal minister, a
GAA referee) are given to invented people. Invented too are the Great Basin Mustang
Coalition, Range Watch, the Diamond Hills management area, the Pacific Deep Ocean
Observatory, Abyssal Metals, PlumeWatch, Mannin Cancer Voices, the report "Waiting Well",
the conference 'Flock to the Future', Clonmore Gaels, Ardnaglass, Kilbrack Rovers and every
event, quotation and figure; the real bodies (Defra, the National Sheep Association, the
NFU, Farmers Weekly, the Bureau of Land Management, the Nevada Cattlemen’s Association,
Courthouse News, the Ninth Circuit, Nature, the International Seabed Authority and its Legal
and Technical Commission, the University of Bergen, the Deep Sea Conservation Coalition,
Tynwald, Manx Care, the Department of Health and Social Care, the Social Affairs Policy
Review Committee, the Clatterbridge Cancer Centre, Manx Radio, ANSA, the INGV and its
Vesuvius Observatory, the Civil Protection Department, Codacons, the FOEN, KORA, WWF
Switzerland, Pro Natura, the Swiss Farmers’ Union, SWI swissinfo.ch, the GAA) are given
invented words or events.

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

usage: make_news_2020s_holdout64.py [OUT.jsonl]   (default: news_2020s_holdout64.jsonl here)"""
import os
import sys

sys.dont_write_bytecode = True      # leave no __pycache__ beside the imported helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)            # a copy beside this file imports its sibling first
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.article_doc


doc("h64-fw-bluetongue", """
Bluetongue zone leaves flocks 'in limbo', says NSA

Sheep and cattle farmers across England face a third autumn of movement restrictions after Defra
confirmed that the bluetongue restricted zone will stay in place until at least June 2026.

The National Sheep Association (NSA) said the decision had left members 'stuck in a holding pattern'
just as tupping got under way. Its chief executive, Harriet Moorcroft, said: 'Farmers' patience is
not infinite. We were told in the spring that this would be sorted before the autumn sales, and here
we are.'

Chief veterinary officer Dr Alan Petheridge told Farmers Weekly the zone was 'the least bad option'
while midges remained active. 'I know how frustrating this is for livestock keepers,' he said. 'But
if we lift controls too early, we risk seeding the virus into parts of the country that have so far
escaped it.'

He said a licensed vaccine against the BTV-3 serotype would be available to all keepers in England
from January, and that Defra was 'in advanced talks' with manufacturers over a second product.

Devon sheep farmer Tom Vellacott, who runs 900 ewes near Holsworthy, said the restrictions had cost
him about £12,000 in lost trade last year. 'We sold store lambs through Exeter market for 40 years.
Now I'm filling in a licence application for every trailer-load,' he said.

'Everybody in Whitehall says "biosecurity first". Nobody talks about what it costs the family farm.'

The NFU's livestock board chairman, Gwen Ashdown, said the union had written to the farming minister
asking for compensation for keepers whose animals had been culled. She described the current system
as 'a lottery' and said livestock keepers 'cannot be expected to carry the whole cost of a national
disease'.

A Defra spokesperson said: 'We understand the pressure farmers are under. The restricted zone is
kept under constant review and will be lifted as soon as the scientific evidence allows.'

Vets have warned that the so-called 'vector-free period', when midges are largely inactive, may be
shorter this winter after a mild autumn. The NSA's annual conference, 'Flock to the Future', takes
place in Malvern on 9 December.
""", [
    # a headline's fragment and `says` with the acronym after it: the association, whose
    # long form the second paragraph defines
    ("in limbo", P, "National Sheep Association", "NSA", "says"),
    ("that the bluetongue restricted zone will stay in place until at least June 2026", I,
     "Defra", "Defra", "confirmed"),
    # a report holding a fragment: the partial row only
    ("stuck in a holding pattern", P, "National Sheep Association",
     "The National Sheep Association", "said"),
    # Farmers' right after the opening mark: an apostrophe, not a closing mark
    ("Farmers' patience is not infinite. We were told in the spring that this would be "
     "sorted before the autumn sales, and here we are.", D, "Harriet Moorcroft",
     "Harriet Moorcroft", "said"),
    ("the least bad option", P, "Alan Petheridge", "Alan Petheridge", "told"),
    ("I know how frustrating this is for livestock keepers,", D, "Alan Petheridge", "he",
     "said"),
    ("But if we lift controls too early, we risk seeding the virus into parts of the country "
     "that have so far escaped it.", D, "Alan Petheridge", "he", "said"),
    # a report, then `and that` holding a fragment under the same cue: the partial row
    # (its nearest `said` is the next paragraph's: the n-th instead)
    ("a licensed vaccine against the BTV-3 serotype would be available to all keepers in "
     "England from January", I, "Alan Petheridge", "He", "said"),
    ("in advanced talks", P, "Alan Petheridge", "He", ("said", 4)),
    ("the restrictions had cost him about £12,000 in lost trade last year", I,
     "Tom Vellacott", "Tom Vellacott", "said"),
    ("We sold store lambs through Exeter market for 40 years. Now I'm filling in a licence "
     "application for every trailer-load,", D, "Tom Vellacott", "he", "said"),
    # a paragraph in marks with no cue after his own quotation: the same speaker
    # (the nested "biosecurity first" and its `says` are part of the row)
    ('Everybody in Whitehall says "biosecurity first". Nobody talks about what it costs the '
     'family farm.', D, "Tom Vellacott", None, None),
    ("the union had written to the farming minister asking for compensation for keepers "
     "whose animals had been culled", I, "Gwen Ashdown", "Gwen Ashdown", "said"),
    ("a lottery", P, "Gwen Ashdown", "She", "described"),
    ("cannot be expected to carry the whole cost of a national disease", P, "Gwen Ashdown",
     "She", "said"),
    ("We understand the pressure farmers are under. The restricted zone is kept under "
     "constant review and will be lifted as soon as the scientific evidence allows.", D,
     "Defra", "A Defra spokesperson", "said"),
    # 'vector-free period': a so-called term inside the report, no row of its own;
    # 'Flock to the Future': a title after its noun and a comma, no row
    ("that the so-called 'vector-free period', when midges are largely inactive, may be "
     "shorter this winter after a mild autumn", I, None, "Vets", "warned"),
])

doc("h64-cns-mustangs", """
Judge halts Nevada wild horse roundup over disputed herd count

RENO, Nev. (CN) — A federal judge on Tuesday blocked the Bureau of Land Management from rounding up
about 2,100 wild horses in northern Nevada, saying the agency had relied on an aerial survey it
could not explain.

In a 34-page order, U.S. District Judge Celia Marchbanks wrote that the bureau’s estimate of the
herd in the Diamond Hills management area had “more than doubled in 18 months without any
explanation a reasonable person could follow.” “An agency is entitled to deference. It is not
entitled to a blank check,” she wrote. She added:

“When a herd estimate jumps from 950 animals to 2,100 in a year and a half, the public is owed an
explanation, not a footnote.

“The bureau may well be right that the range cannot sustain this many horses. But it has to show its
work, and on this record it has not.”

The preliminary injunction bars the roundup, which had been scheduled to begin Dec. 1, until the
case is decided. The Bureau of Land Management, which had argued that the range was badly overgrazed
and that horses would starve this winter without removals, said it was reviewing the ruling. “We are
disappointed, but we will comply with the court’s order,” a bureau spokeswoman, Dana Kettleman, said
in an email. She said the agency had not decided whether to appeal.

The lawsuit was brought by the Great Basin Mustang Coalition and two photographers who document the
herds for a volunteer group called “Range Watch.” Their attorney, Ruben Aldecoa, told Courthouse
News that the ruling was “a wake-up call for an agency that has been managing by helicopter.”

“These horses were on that range before Nevada was a state,” Aldecoa said. “The least the government
can do is count them properly.”

The Nevada Cattlemen’s Association, which intervened on the government’s side, warned in a court
filing that delaying the gather would “push fragile rangeland past the point of recovery.” Its
president, Wes Haldane, said ranchers would ask the Ninth Circuit to lift the injunction. Asked
whether the association would appeal on its own, Haldane said: “We’re looking at every option.”

Wild horses on public land are protected under the Wild Free-Roaming Horses and Burros Act of 1971,
passed after a campaign led by a Reno secretary known as “Wild Horse Annie.” Marchbanks set a
hearing for Feb. 10.
""", [
    # the headline: no report (`halts`: a deed); `, saying ...` after the lede's `A federal
    # judge`, named in the next paragraph
    ("the agency had relied on an aerial survey it could not explain", I, "Celia Marchbanks",
     "A federal judge", "saying"),
    # a report holding a fragment: the partial row only; the nearest `wrote` is the next
    # sentence's: the n-th instead
    ("more than doubled in 18 months without any explanation a reasonable person could "
     "follow.", P, "Celia Marchbanks", "Celia Marchbanks", ("wrote", 1)),
    ("An agency is entitled to deference. It is not entitled to a blank check,", D,
     "Celia Marchbanks", "she", "wrote"),
    # a quotation over two paragraphs after `She added:` closing the paragraph before: both
    # rows take that paragraph's mention and cue
    ("When a herd estimate jumps from 950 animals to 2,100 in a year and a half, the public "
     "is owed an explanation, not a footnote.", D, "Celia Marchbanks", ("She", 1),
     ("added", 1)),
    ("The bureau may well be right that the range cannot sustain this many horses. But it "
     "has to show its work, and on this record it has not.", D, "Celia Marchbanks",
     ("She", 1), ("added", 1)),
    # two reports inside the subject's relative clause (`which had argued that ... and that
    # ...`), then the subject's own
    ("that the range was badly overgrazed", I, "Bureau of Land Management",
     "The Bureau of Land Management", "argued"),
    ("that horses would starve this winter without removals", I, "Bureau of Land Management",
     "The Bureau of Land Management", "argued"),
    ("it was reviewing the ruling", I, "Bureau of Land Management",
     "The Bureau of Land Management", "said"),
    # a spokeswoman with her name in apposition: her words; the nearest `said` is the
    # bureau's before them: the n-th instead
    ("We are disappointed, but we will comply with the court’s order,", D, "Dana Kettleman",
     "Dana Kettleman", ("said", 2)),
    ("the agency had not decided whether to appeal", I, "Dana Kettleman", "She", "said"),
    # “Range Watch.”: a name after `called`, no row
    ("a wake-up call for an agency that has been managing by helicopter.", P,
     "Ruben Aldecoa", "Ruben Aldecoa", "told"),
    ("These horses were on that range before Nevada was a state,", D, "Ruben Aldecoa",
     "Aldecoa", "said"),
    ("The least the government can do is count them properly.", D, "Ruben Aldecoa",
     "Aldecoa", "said"),
    ("push fragile rangeland past the point of recovery.", P,
     "Nevada Cattlemen’s Association", "The Nevada Cattlemen’s Association", "warned"),
    ("ranchers would ask the Ninth Circuit to lift the injunction", I, "Wes Haldane",
     "Wes Haldane", "said"),
    ("whether the association would appeal on its own", I, None, None, "Asked"),
    ("We’re looking at every option.", D, "Wes Haldane", "Haldane", "said"),
    # “Wild Horse Annie.”: a nickname after `known as`, no row
])

doc("h64-nature-plume", """
Deep-sea mining plume travelled eight times further than forecast

A cloud of sediment stirred up by a deep-sea mining trial in the Pacific Ocean drifted up to 40
kilometres from the test site, according to an analysis by the Pacific Deep Ocean Observatory. That
is eight times as far as the mining company had forecast.

The findings, published in Nature on 26 November, come as the International Seabed Authority (ISA)
drafts rules for commercial mining in international waters. ‘This is the first time anyone has
followed a plume from a full-scale collector vehicle in real time,’ says Mereana Kerehoma, an
oceanographer at the observatory who led the study. ‘It went places the models said it would never
go.’

Kerehoma and her colleagues moored 14 turbidity sensors around the site in the Clarion–Clipperton
Zone before the three-week trial, which was run by the Canadian firm Abyssal Metals in 2025. Fine
particles reached the farthest sensors within four days and lingered there for up to 11 days,
Kerehoma says. ‘The concentrations that far out were low, but for animals that filter their food
from the water, low is not the same as harmless,’ she adds.

Abyssal Metals disputes the interpretation. In a statement to Nature, the company said the plume had
been ‘within the range of natural variability’ beyond 10 kilometres and that the trial ‘met every
condition of its exploration contract’.

Its chief executive, Colin Brereton, told investors on a call last week that the firm still planned
to apply for a commercial licence in 2026. ‘We have always said we would follow the science,’ he
said. ‘The science says these plumes settle.’

Not all researchers are convinced that the trial tells the whole story. Deep-sea ecologist Lars
Øvrebø of the University of Bergen in Norway says the test lasted only three weeks and that a
commercial operation would run around the clock for decades. ‘If three weeks does this, I would like
to see someone model thirty years,’ he says.

Some scientists have also linked polymetallic nodules to the so-called ‘dark oxygen’ that may be
produced on the abyssal sea floor, a hypothesis the mining industry rejects. An ISA spokesperson
said the authority’s Legal and Technical Commission would consider ‘all relevant peer-reviewed
evidence’ when it meets in March.

Kerehoma’s team has released its raw data through an open portal it calls ‘PlumeWatch’, and plans to
repeat the measurements if Abyssal Metals runs a second trial. ‘People keep asking me whether this
is “catastrophic”,’ Kerehoma says. ‘That is the wrong question. The right question is whether we
understand it well enough to allow it, and we don’t yet.’

The Deep Sea Conservation Coalition, an alliance of environmental groups, said the paper showed why
governments should back a moratorium. More than 30 countries have called for a pause on deep-sea
mining.
""", [
    # the headline: no report; a report before `according to an analysis by X`
    ("A cloud of sediment stirred up by a deep-sea mining trial in the Pacific Ocean drifted "
     "up to 40 kilometres from the test site", I, "Pacific Deep Ocean Observatory",
     "Pacific Deep Ocean Observatory", "according to"),
    # `had forecast` with no clause: no row
    ("This is the first time anyone has followed a plume from a full-scale collector vehicle "
     "in real time,", D, "Mereana Kerehoma", "Mereana Kerehoma", "says"),
    # `the models said` inside the quotation: part of it
    ("It went places the models said it would never go.", D, "Mereana Kerehoma",
     "Mereana Kerehoma", "says"),
    ("Fine particles reached the farthest sensors within four days and lingered there for up "
     "to 11 days", I, "Mereana Kerehoma", "Kerehoma", "says"),
    ("The concentrations that far out were low, but for animals that filter their food from "
     "the water, low is not the same as harmless,", D, "Mereana Kerehoma", "she", "adds"),
    # `disputes the interpretation`: a plain object, no row; two fragments under one cue
    ("within the range of natural variability", P, "Abyssal Metals", "the company", "said"),
    ("met every condition of its exploration contract", P, "Abyssal Metals", "the company",
     "said"),
    ("that the firm still planned to apply for a commercial licence in 2026", I,
     "Colin Brereton", "Colin Brereton", "told"),
    ("We have always said we would follow the science,", D, "Colin Brereton", "he", "said"),
    ("The science says these plumes settle.", D, "Colin Brereton", "he", "said"),
    # `are convinced that`: a belief, no row; two reports under one `says`
    ("the test lasted only three weeks", I, "Lars Øvrebø", "Lars Øvrebø", "says"),
    ("that a commercial operation would run around the clock for decades", I, "Lars Øvrebø",
     "Lars Øvrebø", "says"),
    ("If three weeks does this, I would like to see someone model thirty years,", D,
     "Lars Øvrebø", "he", "says"),
    # ‘dark oxygen’: a so-called term, no row; `rejects` with an object, no row
    ("all relevant peer-reviewed evidence", P, "International Seabed Authority",
     "An ISA spokesperson", "said"),
    # ‘PlumeWatch’: a name after a present `calls`, no row; the nested “catastrophic” is
    # part of the outer row
    ("People keep asking me whether this is “catastrophic”,", D, "Mereana Kerehoma",
     "Kerehoma", "says"),
    ("That is the wrong question. The right question is whether we understand it well "
     "enough to allow it, and we don’t yet.", D, "Mereana Kerehoma", "Kerehoma", "says"),
    ("the paper showed why governments should back a moratorium", I,
     "Deep Sea Conservation Coalition", "The Deep Sea Conservation Coalition", "said"),
    # `have called for a pause`: a stance, no row
])

doc("h64-manxradio-cancer", """
Cancer waiting times 'unacceptable', health minister tells Tynwald

Health Minister Juan Callow has told Tynwald that cancer waiting times on the Island are "nowhere
near good enough" and promised that a recovery plan will be published before Christmas.

Only 61% of patients referred urgently with suspected cancer began treatment within 62 days between
July and September, according to Manx Care. The target is 85%.

"I'm not going to stand here and pretend these figures are anything other than a failure," Mr Callow
told members. "Behind every one of those numbers is a family waiting for news."

He said the main problem was a shortage of oncologists and that Manx Care had agreed to send more
patients to the Clatterbridge Cancer Centre on Merseyside.

Douglas East MHK Claire Kewley, who chairs the Social Affairs Policy Review Committee, accused the
Department of Health and Social Care of "sitting on its hands for two years". She asked the minister
whether any patient had died while waiting for treatment.

"I can't answer that today, and I won't guess," Mr Callow replied. "What I can say is that every
case is reviewed by a clinician."

In a statement, Manx Care said recruitment to the vacant consultant posts was "a top priority". Its
interim chief executive, Andrea Shimmin, said: "Our staff are working incredibly hard. We know
patients deserve better, and we are determined to deliver it."

Sue Crellin, 64, from Ramsey, waited 79 days for surgery after being diagnosed with bowel cancer in
the spring. She told Manx Radio she had felt "completely forgotten". "Nobody rang. Nobody wrote. I
had to chase every appointment myself," the grandmother-of-three said.

Mrs Kewley's committee will take evidence from clinicians in January for its report, "Waiting Well".
A petition started by a patients' group called "Mannin Cancer Voices" has gathered more than 3,000
signatures.
""", [
    # a headline's fragment and `health minister tells`: the role the story gives Juan
    # Callow
    ("unacceptable", P, "Juan Callow", "health minister", "tells"),
    # a report holding a fragment: the partial row only; then a report of its own
    ("nowhere near good enough", P, "Juan Callow", "Juan Callow", "told"),
    ("that a recovery plan will be published before Christmas", I, "Juan Callow",
     "Juan Callow", "promised"),
    ("Only 61% of patients referred urgently with suspected cancer began treatment within 62 "
     "days between July and September", I, "Manx Care", "Manx Care", "according to"),
    ("I'm not going to stand here and pretend these figures are anything other than a "
     "failure,", D, "Juan Callow", "Mr Callow", "told"),
    ("Behind every one of those numbers is a family waiting for news.", D, "Juan Callow",
     "Mr Callow", "told"),
    ("the main problem was a shortage of oncologists", I, "Juan Callow", "He", "said"),
    ("that Manx Care had agreed to send more patients to the Clatterbridge Cancer Centre on "
     "Merseyside", I, "Juan Callow", "He", "said"),
    ("sitting on its hands for two years", P, "Claire Kewley", "Claire Kewley", "accused"),
    # a question asked in the active: the asker speaks
    ("whether any patient had died while waiting for treatment", I, "Claire Kewley", "She",
     "asked"),
    ("I can't answer that today, and I won't guess,", D, "Juan Callow", "Mr Callow",
     "replied"),
    ("What I can say is that every case is reviewed by a clinician.", D, "Juan Callow",
     "Mr Callow", "replied"),
    # a report holding a fragment; the nearest `said` is the chief executive's: the n-th
    ("a top priority", P, "Manx Care", "Manx Care", ("said", 2)),
    ("Our staff are working incredibly hard. We know patients deserve better, and we are "
     "determined to deliver it.", D, "Andrea Shimmin", "Andrea Shimmin", "said"),
    ("completely forgotten", P, "Sue Crellin", "She", "told"),
    # a description the text gives no one: the subject the paragraph follows
    ("Nobody rang. Nobody wrote. I had to chase every appointment myself,", D, "Sue Crellin",
     "the grandmother-of-three", "said"),
    # "Waiting Well": a title after its noun and a comma; "Mannin Cancer Voices": a name
    # after `called`; no rows
])

doc("h64-ansa-campiflegrei", """
Pozzuoli mayor: "We will not abandon our town"

Naples, November 27 (ANSA) - An earthquake of magnitude 4.6 struck the Campi Flegrei volcanic area
west of Naples early on Thursday, the National Institute of Geophysics and Volcanology (INGV) said.
It was the strongest tremor in the area in more than 40 years.

Some 1,500 people spent the night in cars or in tents set up by the Civil Protection Department,
according to local authorities. No serious injuries were reported.

"Pozzuoli will not be emptied. People here have lived with the ground moving under their feet for
generations," Pozzuoli Mayor Gennaro Iacolino told ANSA. "But they have the right to know that the
State is with them."

Iacolino said all schools in the town would stay closed until Monday so that engineers could inspect
them, and he asked the government to declare a state of emergency.

Civil Protection Minister Raffaella Sorrentino, who flew to Naples on Thursday afternoon, said the
government would examine the request "within hours" and insisted that evacuation plans for the area
were "ready and tested".

"There is no sign at this moment of magma rising towards the surface," she told a press conference
at the prefecture. "What we are seeing is bradyseism, which this area has experienced before. But I
want to be clear: nobody should ignore an order to leave."

Lucia Ferrante, director of the INGV's Vesuvius Observatory, said the ground in Pozzuoli had risen
by about 2 centimetres a month since the summer. She described the latest quake as "a signal we must
take very seriously, but not a reason for panic".

Residents described a loud roar followed by several seconds of shaking. "I grabbed my two children
and ran into the street in my pyjamas," said Anna Esposito, 41, who lives near the Rione Terra. "My
neighbour was shouting 'it's the big one, it's the big one'. Thank God it wasn't."

The area, which the ancient Greeks knew as the "burning fields", is home to about 500,000 people and
has been shaken by thousands of small quakes since 2005. The consumer association Codacons said it
would offer free legal advice to families whose homes had been declared unsafe.
""", [
    # a headline's role before a colon speaks: the mayor named in the third paragraph
    ("We will not abandon our town", D, "Gennaro Iacolino", "Pozzuoli mayor", None),
    # a report before its cue, after the dateline
    ("An earthquake of magnitude 4.6 struck the Campi Flegrei volcanic area west of Naples "
     "early on Thursday", I, "National Institute of Geophysics and Volcanology",
     "the National Institute of Geophysics and Volcanology", "said"),
    ("Some 1,500 people spent the night in cars or in tents set up by the Civil Protection "
     "Department", I, None, "local authorities", "according to"),
    # `No serious injuries were reported.`: no clause, no row
    ("Pozzuoli will not be emptied. People here have lived with the ground moving under "
     "their feet for generations,", D, "Gennaro Iacolino", "Gennaro Iacolino", "told"),
    ("But they have the right to know that the State is with them.", D, "Gennaro Iacolino",
     "Gennaro Iacolino", "told"),
    ("all schools in the town would stay closed until Monday so that engineers could inspect "
     "them", I, "Gennaro Iacolino", "Iacolino", "said"),
    # what he asked the government to do, with its `to`
    ("to declare a state of emergency", I, "Gennaro Iacolino", "he", "asked"),
    ("within hours", P, "Raffaella Sorrentino", "Raffaella Sorrentino", "said"),
    ("ready and tested", P, "Raffaella Sorrentino", "Raffaella Sorrentino", "insisted"),
    ("There is no sign at this moment of magma rising towards the surface,", D,
     "Raffaella Sorrentino", "she", "told"),
    ("What we are seeing is bradyseism, which this area has experienced before. But I want "
     "to be clear: nobody should ignore an order to leave.", D, "Raffaella Sorrentino",
     "she", "told"),
    ("the ground in Pozzuoli had risen by about 2 centimetres a month since the summer", I,
     "Lucia Ferrante", "Lucia Ferrante", "said"),
    ("a signal we must take very seriously, but not a reason for panic", P, "Lucia Ferrante",
     "She", ("described", 1)),  # the nearest is the next paragraph's: the n-th
    # `Residents described a loud roar`: a plain object, no row
    ("I grabbed my two children and ran into the street in my pyjamas,", D, "Anna Esposito",
     "Anna Esposito", "said"),
    # the nested 'it's the big one, ...' (with its apostrophes) is part of the outer row
    ("My neighbour was shouting 'it's the big one, it's the big one'. Thank God it wasn't.",
     D, "Anna Esposito", "Anna Esposito", "said"),
    # "burning fields": a name after `knew as`, no row; a body named after its noun
    ("it would offer free legal advice to families whose homes had been declared unsafe", I,
     "Codacons", "The consumer association Codacons", "said"),
])

doc("h64-swi-wolves", """
Valais wants to cull two more wolf packs, angering conservationists

Franz Imboden, the Valais cantonal minister responsible for hunting, has asked the Federal Office
for the Environment (FOEN) to approve the culling of two more wolf packs this winter, arguing that
the predators killed more than 300 sheep and goats in the canton over the summer.

«We are not against the wolf. We are against a situation where farmers find dead animals every
morning and nobody takes responsibility,» Imboden told SWI swissinfo.ch. «The rules allow us to act,
so we are acting.»

Switzerland’s wolf population has grown to an estimated 300 animals in around 35 packs, according to
the KORA wildlife monitoring foundation. Parliament relaxed the protection rules in 2023, allowing
cantons to cull entire packs pre-emptively.

The FOEN confirmed on Tuesday that it had received the request and said it would decide «within the
legal deadline of 30 days». A spokeswoman, Corinne Aebischer, declined to say which way the office
was leaning.

WWF Switzerland called the request «a shoot-first policy dressed up as wildlife management». Its
wolf specialist, Nadja Bärtschi, said the canton had done too little to help farmers protect their
flocks with fences and guard dogs.

«Where herd protection is done properly, losses fall dramatically. We have seen it in Graubünden and
in Ticino,» she said. «Killing whole packs breaks up their social structure and can make things
worse, not better.»

Sheep farmer Beat Zurbriggen, who lost 23 animals in a single night in August above Saas-Balen, sees
it differently. Neighbours call the pack that attacked his flock «the Saas gang». «The guard dogs
cost me 4,000 francs a year each, and the tourists complain that they bark,» he said. «People in
Zurich who have never kept a sheep tell me to “learn to live with the wolf”. Let them come up here
and try.»

Pro Natura said it would examine whether to challenge any cull in court, while the Swiss Farmers’
Union has said it backs the canton’s request.

The FOEN is expected to rule before Christmas. A petition titled «Let the wolf live» has collected
more than 60,000 signatures.
""", [
    # the headline: no report (`wants`: a wish); what he asked the office to do, with its
    # `to`, then `, arguing that ...`
    ("to approve the culling of two more wolf packs this winter", I, "Franz Imboden",
     "Franz Imboden", "asked"),
    ("that the predators killed more than 300 sheep and goats in the canton over the summer",
     I, "Franz Imboden", "Franz Imboden", "arguing"),
    ("We are not against the wolf. We are against a situation where farmers find dead "
     "animals every morning and nobody takes responsibility,", D, "Franz Imboden",
     "Imboden", "told"),
    ("The rules allow us to act, so we are acting.", D, "Franz Imboden", "Imboden", "told"),
    # a body named before its noun after `according to`
    ("Switzerland’s wolf population has grown to an estimated 300 animals in around 35 "
     "packs", I, "KORA", "the KORA wildlife monitoring foundation", "according to"),
    # the acronym defined after its long form
    ("that it had received the request", I, "Federal Office for the Environment",
     "The FOEN", "confirmed"),
    ("within the legal deadline of 30 days", P, "Federal Office for the Environment",
     "The FOEN", "said"),
    # `declined to say`: no row
    ("a shoot-first policy dressed up as wildlife management", P, "WWF Switzerland",
     "WWF Switzerland", "called"),
    ("the canton had done too little to help farmers protect their flocks with fences and "
     "guard dogs", I, "Nadja Bärtschi", "Nadja Bärtschi", "said"),
    ("Where herd protection is done properly, losses fall dramatically. We have seen it in "
     "Graubünden and in Ticino,", D, "Nadja Bärtschi", "she", "said"),
    ("Killing whole packs breaks up their social structure and can make things worse, not "
     "better.", D, "Nadja Bärtschi", "she", "said"),
    # «the Saas gang»: a name after a present `call`, no row; `sees it differently`: no row
    ("The guard dogs cost me 4,000 francs a year each, and the tourists complain that they "
     "bark,", D, "Beat Zurbriggen", "he", "said"),
    ("People in Zurich who have never kept a sheep tell me to “learn to live with the wolf”. "
     "Let them come up here and try.", D, "Beat Zurbriggen", "he", "said"),
    # two reports joined by `, while`: the second begins a report of its own
    ("it would examine whether to challenge any cull in court", I, "Pro Natura",
     "Pro Natura", "said"),
    ("it backs the canton’s request", I, "Swiss Farmers’ Union", "the Swiss Farmers’ Union",
     "said"),
    # «Let the wolf live»: a title after `titled`, no row
])

doc("h64-the42-hurling", """
‘Best feeling I’ve had in a jersey’: O’Donoghue’s late point sends Clonmore into final

Clonmore Gaels captain Cathal O’Donoghue pointed a free from 70 metres in the fourth minute of
stoppage time as his side edged Ardnaglass 1-19 to 0-21 in a tense All-Ireland club hurling
semi-final at Semple Stadium yesterday.

“I didn’t look at the posts, I just looked at the ball and hit it,” the Clonmore captain said
afterwards. “My father was in the stand. He was in the stand in 1998 too, when we lost the final, so
that one was for him.”

O’Donoghue, a 29-year-old secondary school teacher, finished with 0-11, eight of them from frees.
His manager, Tomás Brophy, described the winning point as “the kind of thing you dream about in the
back garden when you’re nine”.

“We were poor for 50 minutes, there’s no point pretending otherwise,” Brophy said. “But this group
doesn’t know when it’s beaten. I’ve said that all year.”

Ardnaglass manager Eoin Mac Giolla Phádraig said his players had been “robbed” by a decision in the
58th minute, when a goal by full-forward Shane Feeney was ruled out for a square ball. “I’ve looked
at it on the phone five times and I still can’t see it,” he said.

The GAA said in a statement last night that it would not comment on individual refereeing decisions.
Referee Colm Naughton was not available for comment.

Feeney, who scored 1-3, was more philosophical. “That’s hurling. You get some, you don’t get
others,” the 22-year-old said. “We’ll be back.”

Clonmore, whose supporters have nicknamed O’Donoghue “the Metronome”, will face Kilbrack Rovers in
the final at Croke Park on January 17. Kilbrack’s captain, Fiachra Dunne, posted a short message on
Instagram last night: “See you in Croker.”

Brophy said the panel would have a “quiet Christmas” and that training would resume on St Stephen’s
Day. Asked whether O’Donoghue’s hamstring, which he had strapped at half-time, would be right for
the final, he laughed. “Ask me on the 17th,” he said.
""", [
    # a colon headline: the name before the verb signs it, no cue (I’ve, O’Donoghue’s)
    ("Best feeling I’ve had in a jersey", D, "Cathal O’Donoghue", "O’Donoghue", None),
    # a role the lede gives him (`Clonmore Gaels captain`)
    ("I didn’t look at the posts, I just looked at the ball and hit it,", D,
     "Cathal O’Donoghue", "the Clonmore captain", "said"),
    ("My father was in the stand. He was in the stand in 1998 too, when we lost the final, "
     "so that one was for him.", D, "Cathal O’Donoghue", "the Clonmore captain", "said"),
    ("the kind of thing you dream about in the back garden when you’re nine", P,
     "Tomás Brophy", "Tomás Brophy", "described"),
    ("We were poor for 50 minutes, there’s no point pretending otherwise,", D,
     "Tomás Brophy", "Brophy", "said"),
    ("But this group doesn’t know when it’s beaten. I’ve said that all year.", D,
     "Tomás Brophy", "Brophy", "said"),
    # a report holding a one-word fragment: the partial row only
    ("robbed", P, "Eoin Mac Giolla Phádraig", "Eoin Mac Giolla Phádraig", "said"),
    ("I’ve looked at it on the phone five times and I still can’t see it,", D,
     "Eoin Mac Giolla Phádraig", "he", "said"),
    # `was not available for comment`: no row
    ("that it would not comment on individual refereeing decisions", I, "GAA", "The GAA",
     "said"),
    # an age the text gives no one: the subject of the sentence before
    ("That’s hurling. You get some, you don’t get others,", D, "Shane Feeney",
     "the 22-year-old", "said"),
    ("We’ll be back.", D, "Shane Feeney", "the 22-year-old", "said"),
    # “the Metronome”: a nickname after `nicknamed`, no row
    ("See you in Croker.", D, "Fiachra Dunne", "Fiachra Dunne", "posted"),
    ("quiet Christmas", P, "Tomás Brophy", "Brophy", "said"),
    ("that training would resume on St Stephen’s Day", I, "Tomás Brophy", "Brophy", "said"),
    # a question put with `Asked whether`: nobody named asks it; `he laughed`: no cue
    ("whether O’Donoghue’s hamstring, which he had strapped at half-time, would be right "
     "for the final", I, None, None, "Asked"),
    ("Ask me on the 17th,", D, "Tomás Brophy", "he", "said"),
])


if __name__ == "__main__":
    m.check()
    # beside this script (the helpers' own default is beside the helpers)
    m.write(os.path.join(HERE, "news_2020s_holdout64.jsonl"))
