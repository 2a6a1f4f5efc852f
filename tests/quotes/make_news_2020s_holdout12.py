#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout12.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2024-26 news: a wire story on a
regulator's fine, a British council story in single marks, a football report, an airline's
results, a tech story with a chief executive on television and a renamed firm, a local
flood, an AP state-capital story and a study. Speakers by role (`the carrier`, `the
mayor`, `the Kenton captain`, `its leader`), an office or a spokesperson speaking for a
name, and partial, direct and indirect quotations of all kinds. Annotated by the
conventions of make_news_2020s.py, whose builder it uses. Written by branch quotes11 before
its rules and measured only (`make eval-quotes-own`): on main at 5a2a91c (49 quotations),
direct with named speakers overlap F1 100.00, end-to-end 100.00 (13 quotations); indirect
overlap F1 97.56 (P 95.24, R 100.00), end-to-end 82.93; all kinds overlap F1 98.99, exact
98.99, end-to-end 90.91 (speaker strict 91.67). After quotes11's rules written before reading
its errors (the lead's list, BBC, Reuters and our own articles): unchanged. Read after
measuring, its errors were `The carrier said` (no company noun), `He said rising airport
charges were "a tax ..."` (the plural taken for the cue), `Skyway` (the entity step does not
join it to `Skyway Air`), `Marquez's office said` (an office is no mouthpiece) and a report
of figures (`reported a 41% jump`) given a row; with quotes11's two rules written after
reading them (`the carrier`, a plural cue word before a verb), indirect end-to-end 82.93 ->
87.80 and all kinds 90.91 -> 94.95 (speaker strict 91.67 -> 95.83).

usage: make_news_2020s_holdout12.py [OUT.jsonl]   (default: news_2020s_holdout12.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h12-eu-fine", """\
EU fines cloud provider 310 million euros over data transfers

BRUSSELS, March 12 (Reuters) - European Union regulators fined U.S. cloud provider Nimbrel 310 million euros ($337 million) on Wednesday for moving customer data to servers outside the bloc without proper safeguards.

The European Data Protection Board said the company had ignored two earlier warnings. "This was not an oversight, it was a business decision," board chair Ingrid Solheim told a news conference.

Nimbrel said it disagreed with the decision and would appeal. A Nimbrel spokeswoman said the fine was "disproportionate" and that customers' data had never been at risk.

Consumer group BEUC welcomed the ruling, saying it sent "a clear message to the whole industry".""", [
    ("the company had ignored two earlier warnings", I, "European Data Protection Board",
     "The European Data Protection Board", "said"),
    ("This was not an oversight, it was a business decision,", D, "Ingrid Solheim",
     "Ingrid Solheim", "told"),
    ("it disagreed with the decision and would appeal", I, "Nimbrel", "Nimbrel", "said"),
    ("disproportionate", P, "Nimbrel", "A Nimbrel spokeswoman", "said"),
    ("that customers' data had never been at risk", I, "Nimbrel", "A Nimbrel spokeswoman",
     "said"),
    ("a clear message to the whole industry", P, "BEUC", "BEUC", "saying"),
])

doc("h12-housing", """\
Council to buy empty homes in bid to cut waiting list

Haddleigh council will spend £18m buying empty homes to house families on its waiting list, its leader has said.

Councillor Bethan Rees, the council's leader, said the scheme would help about 120 households in its first year. 'We cannot build our way out of this quickly enough,' she said. 'So we are buying.'

But opposition leader Martin Crewe said the plan was 'a sticking plaster' and warned that the council was paying over the odds.

Sandra Okoye, 41, who has lived in temporary accommodation with her two children since 2023, said she had 'stopped hoping'. 'You just wait for the phone to ring,' she said.""", [
    ("Haddleigh council will spend £18m buying empty homes to house families on its waiting "
     "list", I, "Bethan Rees", "its leader", "said"),
    ("the scheme would help about 120 households in its first year", I, "Bethan Rees",
     "Bethan Rees", "said"),
    ("We cannot build our way out of this quickly enough,", D, "Bethan Rees", "she", "said"),
    ("So we are buying.", D, "Bethan Rees", "she", "said"),
    ("a sticking plaster", P, "Martin Crewe", "Martin Crewe", "said"),
    ("that the council was paying over the odds", I, "Martin Crewe", "Martin Crewe",
     "warned"),
    ("stopped hoping", P, "Sandra Okoye", "Sandra Okoye", "said"),
    ("You just wait for the phone to ring,", D, "Sandra Okoye", "she", "said"),
])

doc("h12-football", """\
Kenton rescue late draw as Marsh sees red

Kenton City 2-2 Ashbury Rovers

Kenton came from two goals down to snatch a draw at the Riverside Stadium, with captain Liam Ostrander heading the equaliser in the 94th minute.

Rovers defender Callum Marsh was sent off for a second booking midway through the second half, a decision his manager Ruth Bellamy described as "soft".

"We were in control until the red card," Bellamy told BBC Radio Kenton. "After that it was backs to the wall."

Ostrander, the Kenton captain, said the dressing room "never stopped believing". "That is what this group is about," the Kenton captain added.

Kenton boss Pete Grainger admitted his side had been "second best for an hour".""", [
    ("soft", P, "Ruth Bellamy", "Ruth Bellamy", "described"),
    ("We were in control until the red card,", D, "Ruth Bellamy", "Bellamy", "told"),
    ("After that it was backs to the wall.", D, "Ruth Bellamy", "Bellamy", "told"),
    ("never stopped believing", P, "Liam Ostrander", "Ostrander", "said"),
    ("That is what this group is about,", D, "Liam Ostrander", "the Kenton captain", "added"),
    ("second best for an hour", P, "Pete Grainger", "Pete Grainger", "admitted"),
])

doc("h12-airline", """\
Skyway profits soar but boss warns on fares

Budget airline Skyway Air reported a 41% jump in half-year profit on Thursday, helped by record summer demand.

The carrier said bookings for the winter were running ahead of last year, though it expected fares to fall slightly. Chief executive Tomasz Wrona said the airline would take delivery of 14 new aircraft by March.

"Customers are still prioritising travel over almost everything else," Mr Wrona said on a call with analysts. He said rising airport charges were "a tax on ordinary families".

Shares in Skyway rose 5% in early trading. Sophie Lang, an analyst at Carver Brothers, said the results were "solid rather than spectacular".

According to the company, fuel costs fell by 8% in the period.""", [
    ("bookings for the winter were running ahead of last year, though it expected fares to "
     "fall slightly", I, "Skyway Air", "The carrier", "said"),
    ("the airline would take delivery of 14 new aircraft by March", I, "Tomasz Wrona",
     "Tomasz Wrona", "said"),
    ("Customers are still prioritising travel over almost everything else,", D,
     "Tomasz Wrona", "Mr Wrona", "said"),
    ("a tax on ordinary families", P, "Tomasz Wrona", "He", "said"),
    ("solid rather than spectacular", P, "Sophie Lang", "Sophie Lang", "said"),
    ("fuel costs fell by 8% in the period", I, "Skyway Air", "the company", "According to"),
])

doc("h12-servers", """\
Server shortage will last into next year, Halvern chief says

SAN FRANCISCO, Oct 8 (Reuters) - Halvern Inc Chief Executive Mira Castellanos told CNBC on Tuesday that demand for the company's AI servers was "relentless" and that supply would stay tight well into next year.

Castellanos said Halvern was working with its suppliers to double output. "Every customer wants more than we can give them," she said.

Vaxi, formerly called Halvern Cloud, said on Monday it would raise prices for its GPU rental service by 12%.

The Federal Trade Commission, which opened an inquiry into the market last year, declined to comment.""", [
    ("Server shortage will last into next year", I, "Mira Castellanos", "Halvern chief",
     "says"),
    ("relentless", P, "Mira Castellanos", "Mira Castellanos", "told"),
    ("that supply would stay tight well into next year", I, "Mira Castellanos",
     "Mira Castellanos", "told"),
    ("Halvern was working with its suppliers to double output", I, "Mira Castellanos",
     "Castellanos", "said"),
    ("Every customer wants more than we can give them,", D, "Mira Castellanos", "she", "said"),
    ("it would raise prices for its GPU rental service by 12%", I, "Vaxi", "Vaxi", "said"),
])

doc("h12-flood", """\
Residents count cost as river bursts its banks

Dozens of homes in Millbrook were flooded overnight after the River Tane burst its banks following two days of heavy rain.

Jean Farley, 67, said the water reached her kitchen within twenty minutes. "I have lived here 40 years and never seen anything like it," she said.

The Environment Agency said flood defences had worked as designed but had been "overwhelmed" by the volume of water.

Mayor Colin Pratt said the town needed "proper investment, not another review". The mayor added that an emergency fund for households would open on Monday.

A spokesperson for Tane Valley Water said crews were working to restore supplies to about 300 properties.""", [
    ("the water reached her kitchen within twenty minutes", I, "Jean Farley", "Jean Farley",
     "said"),
    ("I have lived here 40 years and never seen anything like it,", D, "Jean Farley", "she",
     "said"),
    ("overwhelmed", P, "Environment Agency", "The Environment Agency", "said"),
    ("proper investment, not another review", P, "Colin Pratt", "Colin Pratt", "said"),
    ("that an emergency fund for households would open on Monday", I, "Colin Pratt",
     "The mayor", "added"),
    ("crews were working to restore supplies to about 300 properties", I, "Tane Valley Water",
     "A spokesperson for Tane Valley Water", "said"),
])

doc("h12-governor", """\
Governor signs bill banning phones in classrooms

SACRAMENTO, Calif. (AP) — Gov. Elena Marquez signed a law Monday that bans students from using cellphones during class, calling it "a chance for kids to just be kids again."

The law, which takes effect next fall, was opposed by some parents' groups. "Parents need to be able to reach their children in an emergency," said Donna Whitaker, president of the California Parents Alliance.

State Sen. Ray Holloway, a Republican who voted for the bill, said it was "one of the few things both parties agree on."

Marquez's office said in a statement that school districts would get $40 million to buy phone lockers. The governor told reporters she expected other states to follow.""", [
    ("a chance for kids to just be kids again.", P, "Elena Marquez", "Elena Marquez",
     "calling"),
    ("Parents need to be able to reach their children in an emergency,", D, "Donna Whitaker",
     "Donna Whitaker", "said"),
    ("one of the few things both parties agree on.", P, "Ray Holloway", "Ray Holloway",
     "said"),
    ("that school districts would get $40 million to buy phone lockers", I, "Elena Marquez",
     "Marquez's office", "said"),
    ("she expected other states to follow", I, "Elena Marquez", "The governor", "told"),
])

doc("h12-study", """\
Four-day week cuts sick days by a third

Companies that moved to a four-day week saw sick days fall by a third over two years.

Researchers at the University of Castlemoor followed 61 firms for two years. Lead author Dr Hannah Imrie said the results were "stronger than we dared expect".

"People were simply less exhausted," Dr Imrie said. "And tired people get ill."

But the Federation of Small Employers warned that the model would not suit every business. Its chief economist, Gareth Pole, said smaller firms "cannot just close on a Friday".

The government said it had no plans to change the law.""", [
    ("stronger than we dared expect", P, "Hannah Imrie", "Hannah Imrie", "said"),
    ("People were simply less exhausted,", D, "Hannah Imrie", "Dr Imrie", "said"),
    ("And tired people get ill.", D, "Hannah Imrie", "Dr Imrie", "said"),
    ("that the model would not suit every business", I, "Federation of Small Employers",
     "the Federation of Small Employers", "warned"),
    ("cannot just close on a Friday", P, "Gareth Pole", "Gareth Pole", "said"),
    ("it had no plans to change the law", I, None, "The government", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout12.jsonl")
