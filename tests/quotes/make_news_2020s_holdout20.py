#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout20.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2025-26 news, rich in speaker
resolution: a scooter-rental company's profit warning named in full and in short (`Corvid
Mobility Ltd`, `Corvid`, `the company`, `a Corvid spokeswoman`), a fraud trial with a woman
detective, an unnamed victim (`she said` is no one named) and a named one, a tennis player
introduced with a long relative clause beside his rival, two women party leaders meeting,
a bin strike with a union, a council and its spokesperson (`we` inside the quotes), a
bribery trial with two men and a woman prosecutor, a health study with its author and an
outside professor, and an EU fine on a video game maker (`the commissioner`, `the company`,
`a company spokesman`). Pronouns across sentences with two people of the same gender,
descriptions, organisations and unnamed sources (NULL). Annotated by the conventions of
make_news_2020s.py, whose builder it uses. Written by branch speakers11 before its rules
and measured only (`make eval-quotes-own`): on main at 49bca30 (62 quotations), direct with
named speakers overlap F1 100.00, end-to-end 94.44 (18 quotations); indirect overlap F1
94.34 (P 92.59, R 96.15), end-to-end 79.25; all kinds overlap F1 96.77, exact 95.16,
end-to-end 83.87 (speaker strict 85.19). After speakers11's rules (written from BBC,
Reuters, PolNeAR's train sample and texts of its own, not from this set): unchanged, every
figure. Read after measuring, its errors were "Corvid" and "Tallyho" (the short spellings,
which the entity step keeps apart from "Corvid Mobility Ltd" and "Tallyho Games Inc") for
the company, "the company" and "a company spokesman" going to "EU" (then fixed: the EU is no
company; the rows now name "Tallyho", still short), the partial "within three years" lost
after `title` (read as a work's title), "its members" for the GMB's fragment after "had
rejected", "a developer" for the lede's "A former Arizona mayor accused of taking bribes
from a developer told jurors", the report after "One victim, a retired teacher from
Solihull who asked not to be named, said" not found, two reports the set leaves out (the
headline's "tells jury he never took a bribe", "study ... suggests") and one span longer
than the set's ("... and cut its price target").

usage: make_news_2020s_holdout20.py [OUT.jsonl]   (default: news_2020s_holdout20.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h20-corvid", """\
Corvid shares sink as scooter firm warns on profit

LONDON, Nov 26 (Reuters) - Shares in Corvid Mobility Ltd fell as much as 18% on Thursday after the e-scooter rental firm cut its full-year profit forecast, blaming a wet autumn and new parking rules in Paris and Madrid.

Corvid said it now expected core earnings of 40 million to 45 million pounds, down from a previous forecast of 60 million pounds.

"The weather was against us for ten weeks out of twelve," Chief Executive Aidan Rourke told analysts on a call. "We are not going to pretend otherwise."

The company said it would pause its expansion into Germany and review its fleet in Spain.

Rourke, who co-founded the firm in 2018 with two university friends and still owns about 9% of it, said he had no plans to sell shares.

Hollis Brothers, a stockbroker, said the warning was the second in six months and cut its price target. "Investors have been patient, but patience is not a strategy," said Hollis analyst Fiona Drummond.

A Corvid spokeswoman said the company had "more than enough cash" to get through the winter.""", [
    ("it now expected core earnings of 40 million to 45 million pounds, down from a previous "
     "forecast of 60 million pounds", I, "Corvid Mobility Ltd", "Corvid", "said"),
    ("The weather was against us for ten weeks out of twelve,", D, "Aidan Rourke",
     "Aidan Rourke", "told"),
    ("We are not going to pretend otherwise.", D, "Aidan Rourke", "Aidan Rourke", "told"),
    ("it would pause its expansion into Germany and review its fleet in Spain", I,
     "Corvid Mobility Ltd", "The company", "said"),
    ("he had no plans to sell shares", I, "Aidan Rourke", "Rourke", "said"),
    ("the warning was the second in six months", I, "Hollis Brothers", "Hollis Brothers",
     "said"),
    ("Investors have been patient, but patience is not a strategy,", D, "Fiona Drummond",
     "Fiona Drummond", "said"),
    ("more than enough cash", P, "Corvid Mobility Ltd", "A Corvid spokeswoman", "said"),
])

doc("h20-scam", """\
Fake bank call centre gang jailed for cheating pensioners

Five men who ran a fake bank call centre that cheated pensioners out of £3.4m have been jailed.

Det Insp Karen Holloway of West Midlands Police said the gang had "preyed on trust". She said more than 400 people had lost money, some of them their entire savings.

One victim, a retired teacher from Solihull who asked not to be named, said she had been on the phone with the gang for almost three hours. "They knew my sort code, they knew my late husband's name. I had no reason to doubt them," she said.

Another victim, Margaret Ellery, 81, said the money had been meant for her grandchildren. "I feel so stupid, even now," she told the BBC.

Judge Rachel Osei said the men had shown "a cold indifference to suffering". The judge told the ringleader, Dean Marsh, that he had been "the brains and the engine of this fraud".

Marsh, 34, of Walsall, was jailed for nine years. His barrister, Simon Achebe, said his client "accepts he will be paying for this for the rest of his life".""", [
    ("preyed on trust", P, "Karen Holloway", "Karen Holloway", ("said", 1)),
    ("more than 400 people had lost money, some of them their entire savings", I,
     "Karen Holloway", "She", "said"),
    ("she had been on the phone with the gang for almost three hours", I, None, "One victim",
     "said"),
    ("They knew my sort code, they knew my late husband's name. I had no reason to doubt "
     "them,", D, None, "she", "said"),
    ("the money had been meant for her grandchildren", I, "Margaret Ellery",
     "Margaret Ellery", "said"),
    ("I feel so stupid, even now,", D, "Margaret Ellery", "she", "told"),
    ("a cold indifference to suffering", P, "Rachel Osei", "Rachel Osei", "said"),
    ("the brains and the engine of this fraud", P, "Rachel Osei", "The judge", "told"),
    ("accepts he will be paying for this for the rest of his life", P, "Simon Achebe",
     "Simon Achebe", "said"),
])

doc("h20-tennis", """\
Calder tips Britain to end its wait for a Grand Slam champion

Former British number one Rhys Calder, who announced his retirement from singles last year after a decade of back and hip injuries, said the current crop of British players could win a Grand Slam title "within three years".

Calder, 38, was speaking before an exhibition match against his old rival Marco Bellandi at the O2 Arena on Saturday. "I have never seen so much depth. When I was coming through, there were two of us," he said.

Bellandi, who beat Calder in the 2019 Wimbledon semi-final, said the Briton had been "the most annoying opponent" of his career. "He never gave you a free point. Never," the Italian said.

Calder laughed off the remark. He said Bellandi had "won the only match that mattered" between them.

Britain's Davis Cup captain, Jonny Pryde, said Calder would join his coaching team next season. "Rhys knows what it is like to carry a nation's hopes, and that is something you cannot teach," Pryde said.

The Lawn Tennis Association said it was "delighted" by the news.""", [
    ("within three years", P, "Rhys Calder", "Rhys Calder", "said"),
    ("I have never seen so much depth. When I was coming through, there were two of us,", D,
     "Rhys Calder", "he", "said"),
    ("the most annoying opponent", P, "Marco Bellandi", "Bellandi", "said"),
    ("He never gave you a free point. Never,", D, "Marco Bellandi", "the Italian", "said"),
    ("won the only match that mattered", P, "Rhys Calder", "He", "said"),
    ("Calder would join his coaching team next season", I, "Jonny Pryde", "Jonny Pryde",
     "said"),
    ("Rhys knows what it is like to carry a nation's hopes, and that is something you cannot "
     "teach,", D, "Jonny Pryde", "Pryde", "said"),
    ("delighted", P, "Lawn Tennis Association", "The Lawn Tennis Association", "said"),
])

doc("h20-finland", """\
Finnish coalition talks collapse over defence budget

HELSINKI, Nov 25 (Reuters) - Talks to form a new Finnish government collapsed on Tuesday after the two largest parties failed to agree on how fast to raise defence spending.

Centre Party leader Aino Virtanen met Social Democrat leader Leena Koskinen for three hours at the House of Estates. She said afterwards that the gap between them had been "too wide to bridge this week".

Koskinen told reporters her party would not accept cuts to child benefit to pay for new fighter jets. "We are ready to spend more on defence. We are not ready to send the bill to families," she said.

Virtanen, who is expected to ask President Mikael Salo for more time, said she would talk to the smaller parties on Wednesday.

A spokesman for the president said Salo would meet both leaders on Thursday.

Government officials said the outgoing cabinet would keep running the country until a deal was found.""", [
    ("too wide to bridge this week", P, "Aino Virtanen", "She", "said"),
    ("her party would not accept cuts to child benefit to pay for new fighter jets", I,
     "Leena Koskinen", "Koskinen", "told"),
    ("We are ready to spend more on defence. We are not ready to send the bill to families,",
     D, "Leena Koskinen", "she", "said"),
    ("she would talk to the smaller parties on Wednesday", I, "Aino Virtanen", "Virtanen",
     "said"),
    ("Salo would meet both leaders on Thursday", I, "Mikael Salo",
     "A spokesman for the president", "said"),
    ("the outgoing cabinet would keep running the country until a deal was found", I, None,
     "Government officials", "said"),
])

doc("h20-bins", """\
Sheffield bin strike to go ahead after talks fail

Refuse collectors in Sheffield will strike for two weeks from Monday after last-ditch talks with the city council broke down.

The GMB said its members had rejected a pay offer of 3% because it was "worth less than the rise in their rents".

Regional organiser Dave Whitlock said: "Nobody wants bins piling up in the streets. But our members have been taken for granted for too long, and we have run out of patience."

Sheffield City Council said it had made "a fair and affordable offer". A council spokesperson said: "We will do all we can to limit the disruption, and we urge the union to come back to the table."

Residents were advised to keep food waste in sealed bags. Paula Grant, who lives in Hillsborough, said she was worried about rats. "We had them last time, and it took months to get rid of them," she said.

The council said it would publish a list of temporary drop-off points on its website.""", [
    ("worth less than the rise in their rents", P, "GMB", "The GMB", ("said", 1)),
    ("Nobody wants bins piling up in the streets. But our members have been taken for "
     "granted for too long, and we have run out of patience.", D, "Dave Whitlock",
     "Dave Whitlock", "said"),
    ("a fair and affordable offer", P, "Sheffield City Council", "Sheffield City Council",
     "said"),
    ("We will do all we can to limit the disruption, and we urge the union to come back to "
     "the table.", D, "Sheffield City Council", "A council spokesperson", "said"),
    ("she was worried about rats", I, "Paula Grant", "Paula Grant", "said"),
    ("We had them last time, and it took months to get rid of them,", D, "Paula Grant",
     "she", "said"),
    ("it would publish a list of temporary drop-off points on its website", I,
     "Sheffield City Council", "The council", "said"),
])

doc("h20-bribery", """\
Former mayor tells jury he never took a bribe

PHOENIX (AP) — A former Arizona mayor accused of taking bribes from a developer told jurors Wednesday that he had never accepted "a single dollar" in exchange for a vote.

Raymond Costa, 61, who led the city of Desert Springs for eight years, is charged with bribery and wire fraud. Prosecutors say developer Gary Lindell paid him more than $200,000 through a consulting firm.

"I made mistakes. I trusted the wrong people," Costa said, his voice breaking. "But I never sold my vote."

Under cross-examination, Assistant U.S. Attorney Nicole Baptiste asked Costa why the payments stopped the month after the zoning vote. He said he did not know.

Lindell, who has pleaded guilty and is cooperating with prosecutors, testified last week that Costa had asked him for the money. He told the jury the payments were "the price of doing business" in the city.

Costa's lawyer, Mark Feeney, said outside court that Lindell was "a man who will say anything to stay out of prison".

The trial is expected to last two more weeks, a court spokeswoman said.""", [
    ("a single dollar", P, "Raymond Costa", "A former Arizona mayor", "told"),
    ("developer Gary Lindell paid him more than $200,000 through a consulting firm", I, None,
     "Prosecutors", "say"),
    ("I made mistakes. I trusted the wrong people,", D, "Raymond Costa", "Costa", "said"),
    ("But I never sold my vote.", D, "Raymond Costa", "Costa", "said"),
    ("why the payments stopped the month after the zoning vote", I, "Nicole Baptiste",
     "Nicole Baptiste", "asked"),
    ("he did not know", I, "Raymond Costa", "He", "said"),
    ("that Costa had asked him for the money", I, "Gary Lindell", "Lindell", "testified"),
    ("the price of doing business", P, "Gary Lindell", "He", "told"),
    ("a man who will say anything to stay out of prison", P, "Mark Feeney", "Mark Feeney",
     "said"),
    ("The trial is expected to last two more weeks", I, None, "a court spokeswoman", "said"),
])

doc("h20-walking", """\
Daily walk cuts dementia risk, study of 80,000 adults suggests

People who walk for at least 30 minutes a day are a fifth less likely to develop dementia, according to researchers at the University of Bristol.

The team followed 80,000 adults in the UK for 12 years. Its lead author, Dr Sunita Rao, said the effect held "even after we took account of diet, smoking and income".

"It does not have to be a marathon. A brisk walk to the shops counts," she said.

Prof James Whitmore, who chairs the Alzheimer's Research Forum and was not involved in the study, called the findings "encouraging but not conclusive". He said the study could not prove that walking itself was the cause.

The researchers said they now planned a trial in which half the volunteers would be given step counters.

The Department of Health said it would study the report.""", [
    ("People who walk for at least 30 minutes a day are a fifth less likely to develop "
     "dementia", I, None, "researchers at the University of Bristol", "according to"),
    ("even after we took account of diet, smoking and income", P, "Sunita Rao", "Sunita Rao",
     "said"),
    ("It does not have to be a marathon. A brisk walk to the shops counts,", D, "Sunita Rao",
     "she", "said"),
    ("encouraging but not conclusive", P, "James Whitmore", "James Whitmore", "called"),
    ("the study could not prove that walking itself was the cause", I, "James Whitmore",
     "He", "said"),
    ("they now planned a trial in which half the volunteers would be given step counters", I,
     None, "The researchers", "said"),
    ("it would study the report", I, "Department of Health", "The Department of Health",
     "said"),
])

doc("h20-tallyho", """\
EU fines Tallyho Games 310 million euros over loot boxes aimed at children

BRUSSELS, Nov 24 (Reuters) - The European Commission fined Tallyho Games Inc 310 million euros on Monday, saying the U.S. video game maker had used "manipulative design" to push children into buying loot boxes.

EU consumer commissioner Katrin Vogel said the fine should send a message to the whole industry. "Children are not wallets," the commissioner told a news conference.

Tallyho said it would appeal. "We strongly disagree with the Commission's findings and believe our games meet every European rule," a company spokesman said.

The game maker, which is based in Austin, Texas, makes the hit football game Pitchside. The company said the loot boxes in question had been removed from its games in March.

BEUC, the European consumer organisation, welcomed the decision. Its director general, Anna Strand, said: "This is what enforcement looks like."

Tallyho's shares were down 2% in after-hours trading.""", [
    ("manipulative design", P, "European Commission", "The European Commission", "saying"),
    ("the fine should send a message to the whole industry", I, "Katrin Vogel",
     "Katrin Vogel", "said"),
    ("Children are not wallets,", D, "Katrin Vogel", "the commissioner", "told"),
    ("it would appeal", I, "Tallyho Games Inc", "Tallyho", "said"),
    ("We strongly disagree with the Commission's findings and believe our games meet every "
     "European rule,", D, "Tallyho Games Inc", "a company spokesman", ("said", 3)),
    ("the loot boxes in question had been removed from its games in March", I,
     "Tallyho Games Inc", "The company", "said"),
    ("This is what enforcement looks like.", D, "Anna Strand", "Anna Strand", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout20.jsonl")
