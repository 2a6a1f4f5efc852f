#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout3.jsonl: 8 more short articles written from scratch
for this project, heavy in reported speech (a water company fined, a transport strike, a
court in Nairobi, a trade row with `according to`, a hospital report, a US state budget, a
mining firm's results, a football manager), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Written by branch quotes7 before any of its rules
and kept from them: measured before and after, never tuned on (`make eval-quotes-own`).
On main at 06b8e34: direct end-to-end 100.00 (12 quotations), indirect overlap F1 87.88
(P 90.62, R 85.29), all kinds overlap F1 90.53, end-to-end 88.42.

usage: make_news_2020s_holdout3.py [OUT.jsonl]   (default: news_2020s_holdout3.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h3-water", """\
Severnside Water fined £12m over sewage spills

Severnside Water has been fined £12m after admitting it discharged raw sewage into the River Lyd on more than 300 occasions.

Shares in the company fell 3% in early trading. The firm said it accepted the fine and had already spent £40m on new storage tanks.

Judge Miriam Okafor, sentencing at Gloucester Crown Court on Monday, said the company had shown "a persistent disregard" for the river. She added that the directors had been warned repeatedly and had chosen to do nothing.

Campaigner Tom Ridley, who has photographed the outflows for six years, said the fine was a fraction of the company's profits. "They will pay it out of petty cash," he said.""", [
    ("it accepted the fine and had already spent £40m on new storage tanks", I,
     "Severnside Water", "The firm", "said"),
    ("a persistent disregard", P, "Miriam Okafor", "Judge Miriam Okafor", "said"),
    ("that the directors had been warned repeatedly and had chosen to do nothing", I,
     "Miriam Okafor", "She", "added"),
    ("the fine was a fraction of the company's profits", I, "Tom Ridley", "Tom Ridley", "said"),
    ("They will pay it out of petty cash,", D, "Tom Ridley", "he", "said"),
])

doc("h3-strike", """\
Tram drivers to strike over pay

Tram drivers in Manchester will walk out for 48 hours next week after talks broke down, the Unite union announced on Thursday.

Unite regional officer Karen Doyle said on Thursday that drivers had been offered a rise well below inflation. She told reporters the union remained open to talks.

A spokesman for Metrolink North, which runs the network, said the offer was fair and warned that services would be severely disrupted. According to the operator, about 90,000 journeys are made on the network each day.

Passengers told the BBC they were frustrated. "I have no other way of getting to work," said Aisha Begum, a nurse.""", [
    ("Tram drivers in Manchester will walk out for 48 hours next week after talks broke down",
     I, "Unite", "the Unite union", "announced"),
    ("that drivers had been offered a rise well below inflation", I, "Karen Doyle",
     "Karen Doyle", "said"),
    ("the union remained open to talks", I, "Karen Doyle", "She", "told"),
    ("the offer was fair", I, "Metrolink North", "A spokesman for Metrolink North", "said"),
    ("that services would be severely disrupted", I, "Metrolink North",
     "A spokesman for Metrolink North", "warned"),
    ("about 90,000 journeys are made on the network each day", I, None, "the operator",
     "According to"),
    ("they were frustrated", I, None, "Passengers", "told"),
    ("I have no other way of getting to work,", D, "Aisha Begum", "Aisha Begum", "said"),
])

doc("h3-court", """\
Kenyan court halts sale of state power firm

NAIROBI - Kenya's High Court on Tuesday suspended the sale of a majority stake in the state electricity company, Kenya Grid, pending a hearing next month.

Justice Daniel Mwangi said the government had failed to consult the public as the constitution requires. The attorney general's office said it would appeal.

"This is a victory for every Kenyan who pays an electricity bill," said Esther Wanjiru, who brought the case on behalf of a consumer group. She said the group would now ask parliament to block the sale altogether.

Finance Minister Paul Kiprono told a news conference in Mombasa that the sale was needed to cut the country's debt.""", [
    ("the government had failed to consult the public as the constitution requires", I,
     "Daniel Mwangi", "Justice Daniel Mwangi", "said"),
    ("it would appeal", I, None, "The attorney general's office", "said"),
    ("This is a victory for every Kenyan who pays an electricity bill,", D, "Esther Wanjiru",
     "Esther Wanjiru", "said"),
    ("the group would now ask parliament to block the sale altogether", I, "Esther Wanjiru",
     "She", "said"),
    ("that the sale was needed to cut the country's debt", I, "Paul Kiprono",
     "Finance Minister Paul Kiprono", "told"),
])

doc("h3-trade", """\
EU weighs tariffs on Chinese steel

BRUSSELS (Reuters) - The European Commission is preparing tariffs of up to 25% on Chinese steel, according to three officials familiar with the plans.

The measures could be announced as early as May, one of the officials said, speaking on condition of anonymity because the talks were private.

China's commerce ministry said in a statement that it firmly opposed any protectionist measures and would take steps to protect its companies. Trade commissioner Lena Vogt declined to comment.

European steelmakers have argued for months that cheap imports are pushing plants towards closure. Eurofer, their trade body, said imports had risen by a fifth last year.""", [
    ("The European Commission is preparing tariffs of up to 25% on Chinese steel", I, None,
     "three officials familiar with the plans", "according to"),
    ("The measures could be announced as early as May", I, None, "one of the officials",
     "said"),
    ("that it firmly opposed any protectionist measures and would take steps to protect its companies",
     I, None, "China's commerce ministry", "said"),
    ("that cheap imports are pushing plants towards closure", I, None,
     "European steelmakers", "argued"),
    ("imports had risen by a fifth last year", I, "Eurofer", "Eurofer", "said"),
])

doc("h3-hospital", """\
Hospital apologises after patient waited 19 hours

A hospital trust in Norfolk has apologised after an 87-year-old woman waited 19 hours on a trolley in a corridor.

The woman's daughter, Sarah Lowe, said her mother had been left without water for most of the night. "Nobody came. Nobody told us anything," she said.

In a statement, the Norfolk and Waveney NHS Trust said it was "deeply sorry" and that staff had been dealing with "exceptionally high" demand. Its chief nurse, Derek Paine, said a review had been ordered.

The Royal College of Nursing warned that such cases were becoming routine. Its regional director, Helen Marsh, said: "Our members are exhausted. They are doing their best in a system that is broken."
""", [
    ("her mother had been left without water for most of the night", I, "Sarah Lowe",
     "Sarah Lowe", "said"),
    ("Nobody came. Nobody told us anything,", D, "Sarah Lowe", "she", "said"),
    ("deeply sorry", P, "Norfolk and Waveney NHS Trust", "the Norfolk and Waveney NHS Trust", "said"),
    ("exceptionally high", P, "Norfolk and Waveney NHS Trust", "the Norfolk and Waveney NHS Trust", "said"),
    ("a review had been ordered", I, "Derek Paine", "Derek Paine", "said"),
    ("that such cases were becoming routine", I, "Royal College of Nursing",
     "The Royal College of Nursing", "warned"),
    ("Our members are exhausted. They are doing their best in a system that is broken.", D,
     "Helen Marsh", "Helen Marsh", "said"),
])

doc("h3-budget", """\
Governor signs budget with cuts to universities

SACRAMENTO, Calif. (AP) — Gov. Maria Delgado signed a $290 billion budget on Friday that cuts funding for state universities by 4%.

Delgado said the cuts were painful but necessary, and she promised to restore the money once revenues recovered. Republicans said the budget still spent too much.

Assembly Speaker Ron Fletcher, a Democrat who helped negotiate the deal, said lawmakers had protected schools and health care. "We made hard choices," Fletcher said. "We did not balance this budget on the backs of children."

Student leaders said they would protest at the Capitol next week.""", [
    ("the cuts were painful but necessary", I, "Maria Delgado", "Delgado", "said"),
    ("to restore the money once revenues recovered", I, "Maria Delgado", "she", "promised"),
    ("the budget still spent too much", I, None, "Republicans", "said"),
    ("lawmakers had protected schools and health care", I, "Ron Fletcher",
     "Assembly Speaker Ron Fletcher", "said"),
    ("We made hard choices,", D, "Ron Fletcher", "Fletcher", "said"),
    ("We did not balance this budget on the backs of children.", D, "Ron Fletcher",
     "Fletcher", "said"),
    ("they would protest at the Capitol next week", I, None, "Student leaders", "said"),
])

doc("h3-mining", """\
Copperline profits slump as prices fall

Copperline Resources reported a 38% fall in half-year profit on Wednesday, hit by weaker copper prices and a strike at its Chilean mine.

Chief executive Alan Brooks told analysts the company expected prices to recover in the second half. He said the strike had cost about $60m.

Analysts at Northgate Securities said the results were worse than expected. Shares closed down 5%.

"We have been through cycles before," Brooks said. "We are not going to panic."
""", [
    ("the company expected prices to recover in the second half", I, "Alan Brooks",
     "Chief executive Alan Brooks", "told"),
    ("the strike had cost about $60m", I, "Alan Brooks", "He", "said"),
    # a body inside `Analysts at X` speaks (docs/quotes.md; NULL here until speakers13)
    ("the results were worse than expected", I, "Northgate Securities",
     "Analysts at Northgate Securities", "said"),
    ("We have been through cycles before,", D, "Alan Brooks", "Brooks", "said"),
    ("We are not going to panic.", D, "Alan Brooks", "Brooks", "said"),
])

doc("h3-football", """\
Harwood admits title hopes are over

Rovers manager Steve Harwood admitted on Saturday that his side could no longer win the league after a 2-0 defeat at Carlton.

"We have been second best in too many big games," Harwood said. "That is on me."

Harwood, who signed a new contract in the summer, said he had no intention of resigning. Asked whether the board still backed him, he replied: "You will have to ask them."

Carlton's captain, Jamie Rowe, said the win showed the squad had grown up.""", [
    ("that his side could no longer win the league after a 2-0 defeat at Carlton", I,
     "Steve Harwood", "Rovers manager Steve Harwood", "admitted"),
    ("We have been second best in too many big games,", D, "Steve Harwood", "Harwood",
     "said"),
    ("That is on me.", D, "Steve Harwood", "Harwood", "said"),
    ("he had no intention of resigning", I, "Steve Harwood", "Harwood", "said"),
    ("whether the board still backed him", I, None, None, "Asked"),
    ("You will have to ask them.", D, "Steve Harwood", "he", "replied"),
    ("the win showed the squad had grown up", I, "Jamie Rowe", "Jamie Rowe", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout3.jsonl")
