#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout4.jsonl: 8 more short articles written from scratch
for this project (a Senate vote in AP style, a football press conference in British style,
quarterly results with a call and a statement, a murder trial, a science paper, a protest
abroad through an interpreter, a wildfire with residents, a long interview), annotated by
the conventions of make_news_2020s.py, whose builder it uses. Written by the lead while
branch quotes7 wrote its rules and kept from it: measured before and after the merge
(`make eval-quotes-own`): all kinds overlap 92.11, end-to-end 71.05 on main at 06b8e34 and
after quotes7 (with the headline's annotation corrected: it first held the words of a later
fragment, whose offsets went into the headline). Then read by the lead for fixes on main (a
cue word after an article is a noun; a party tag or a barrister's KC after a name is not
the speaker): end-to-end 86.84.
After branch quotes8 (97.30 / 94.59) its football article gained the row its annotation had
left out, `whether his job was under threat` (cue `Asked`, no speaker), as holdout and
holdout3 annotate such a question and docs/quotes.md says: 98.67 / 96.00.

usage: make_news_2020s_holdout4.py [OUT.jsonl]   (default: news_2020s_holdout4.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h3-senate", """\
Senate passes stopgap bill hours before shutdown deadline

WASHINGTON (AP) — The Senate on Friday passed a stopgap spending bill that keeps the government open until mid-March, sending it to the president hours before a midnight deadline.

"Nobody got everything they wanted, but the lights stay on," Senate Majority Leader Carl Whitfield, D-Ore., said on the floor.

Sen. Dana Kessler, R-Utah, who voted against the measure, said Congress had "once again kicked the can down the road." She told reporters that she would push for a balanced budget amendment next year.

According to the Congressional Budget Office, the bill adds about $12 billion to the deficit.""", [
    ("Nobody got everything they wanted, but the lights stay on,", D, "Carl Whitfield",
     "Carl Whitfield", "said"),
    ("once again kicked the can down the road.", P, "Dana Kessler", "Dana Kessler", "said"),
    ("that she would push for a balanced budget amendment next year", I, "Dana Kessler",
     "She", "told"),
    ("the bill adds about $12 billion to the deficit", I, "Congressional Budget Office",
     "the Congressional Budget Office", "According to"),
])

doc("h3-football", """\
Hartley: 'It was not good enough'

Rovers manager Neil Hartley admitted his side had been 'too soft in both boxes' after a 3-1 defeat at Eastbridge left them fourth from bottom.

'It's not good enough, and I'm not going to stand here and pretend it is,' Hartley said. 'We gave away three goals that you would not concede in a park game.'

Asked whether his job was under threat, he replied: 'That's not for me to answer. I'll keep working until somebody tells me to stop.'

Eastbridge boss Sam Okafor praised his striker Luca Ferri, who scored twice. 'Luca was unplayable today,' said Okafor.""", [
    ("It was not good enough", D, "Neil Hartley", "Hartley", None),
    ("too soft in both boxes", P, "Neil Hartley", "Neil Hartley", "admitted"),
    ("It's not good enough, and I'm not going to stand here and pretend it is,", D,
     "Neil Hartley", "Hartley", "said"),
    ("We gave away three goals that you would not concede in a park game.", D,
     "Neil Hartley", "Hartley", "said"),
    ("whether his job was under threat", I, None, None, "Asked"),
    ("That's not for me to answer. I'll keep working until somebody tells me to stop.", D,
     "Neil Hartley", "he", "replied"),
    ("Luca was unplayable today,", D, "Sam Okafor", "Okafor", "said"),
])

doc("h3-earnings", """\
Brightwell shares slide as cloud growth slows

Shares in Brightwell Software fell 14 per cent on Wednesday after the company reported slower growth in its cloud business and cut its forecast for the year.

Chief executive Anita Rao told analysts on a conference call that large customers were "taking longer to sign". "We saw deals slip out of the quarter, not disappear," she said.

The company said in a statement that it would cut 600 jobs, about 5 per cent of its staff. Fenwick Partners analyst Priya Shah wrote in a note to clients that the guidance looked "conservative but credible".""", [
    ("taking longer to sign", P, "Anita Rao", "Anita Rao", "told"),
    ("We saw deals slip out of the quarter, not disappear,", D, "Anita Rao", "she", "said"),
    ("that it would cut 600 jobs, about 5 per cent of its staff", I, "Brightwell Software",
     "The company", "said"),
    ("conservative but credible", P, "Priya Shah", "Priya Shah", "wrote"),
])

doc("h3-trial", """\
Murder trial hears of phone records

A man accused of murdering his business partner went on trial at Bristol Crown Court on Tuesday.

Opening the case for the prosecution, Helen Marsh KC said Gareth Doyle, 52, had been seen near the victim's house on the night Simon Petty was killed. "Phone records tell a very different story," she told the jury.

Mr Doyle denies murder. His barrister, Andrew Wylie KC, said his client would give evidence. The trial continues.""", [
    ("Gareth Doyle, 52, had been seen near the victim's house on the night Simon Petty was killed", I,
     "Helen Marsh", "Helen Marsh", "said"),
    ("Phone records tell a very different story,", D, "Helen Marsh", "she", "told"),
    ("his client would give evidence", I, "Andrew Wylie", "Andrew Wylie", "said"),
])

doc("h3-science", """\
Ocean heat hit record for 15th month in a row, study finds

The world's oceans absorbed more heat last year than in any year since records began, according to a study published on Monday in the journal Advances in Atmospheric Sciences.

"The ocean is where most of the extra energy ends up, so it is the clearest thermometer we have," said Lijing Cheng, a researcher at the Chinese Academy of Sciences and the study's lead author.

Cheng said the warming was driving stronger storms and heavier rain. Other scientists were more cautious about the short-term trend. "One record year does not make a new normal," wrote Karina von Schuckmann of Mercator Ocean International on Bluesky.""", [
    ("The world's oceans absorbed more heat last year than in any year since records began",
     I, None, "a study", "according to"),
    ("The ocean is where most of the extra energy ends up, so it is the clearest thermometer we have,",
     D, "Lijing Cheng", "Lijing Cheng", "said"),
    ("the warming was driving stronger storms and heavier rain", I, "Lijing Cheng", "Cheng",
     "said"),
    ("One record year does not make a new normal,", D, "Karina von Schuckmann",
     "Karina von Schuckmann", "wrote"),
])

doc("h3-protest", """\
TBILISI, Georgia — Tens of thousands of protesters gathered outside parliament in Tbilisi on Sunday for a fourth night, demanding new elections.

"We will not let them take Europe away from us," said Nino Beridze, a 23-year-old student, speaking through an interpreter. "My grandparents fought for this country to be free."

Prime Minister Irakli Kobakhidze said the protests were organised from abroad and warned that the police would respond "firmly" to any violence. The European Union said it was "deeply concerned" by reports of arrests.""", [
    ("We will not let them take Europe away from us,", D, "Nino Beridze", "Nino Beridze",
     "said"),
    ("My grandparents fought for this country to be free.", D, "Nino Beridze",
     "Nino Beridze", "said"),
    ("the protests were organised from abroad", I, "Irakli Kobakhidze", "Irakli Kobakhidze",
     "said"),
    ("firmly", P, "Irakli Kobakhidze", "Irakli Kobakhidze", "warned"),
    ("deeply concerned", P, "European Union", "The European Union", "said"),
])

doc("h3-wildfire", """\
Families flee as wildfire jumps highway

Firefighters battled a fast-moving wildfire north of Ventura on Thursday as strong winds pushed flames across a highway and forced thousands of people from their homes.

"We are not going to be able to stop this fire until the winds die down," Ventura County Fire Chief Dustin Gardner said at a briefing. He said at least 130 buildings had been destroyed.

Maria Alvarez, 61, said she had ten minutes to leave. "I grabbed the dog and my husband's medicine, and that's it," she said. "Everything else is gone."

Governor Gavin Newsom declared a state of emergency for the county.""", [
    ("We are not going to be able to stop this fire until the winds die down,", D,
     "Dustin Gardner", "Dustin Gardner", "said"),
    ("at least 130 buildings had been destroyed", I, "Dustin Gardner", "He", "said"),
    ("she had ten minutes to leave", I, "Maria Alvarez", "Maria Alvarez", "said"),
    ("I grabbed the dog and my husband's medicine, and that's it,", D, "Maria Alvarez",
     "she", "said"),
    ("Everything else is gone.", D, "Maria Alvarez", "she", "said"),
])

doc("h3-interview", """\
Author Ruth Ellery on fame, grief and the novel she nearly abandoned

Ruth Ellery wrote most of her new novel in a caravan on the Northumberland coast, in the year after her husband died.

"I didn't write for six months. I couldn't see the point of it," she says. "Then one morning I sat down and the first chapter came out almost whole.

"I've learned not to ask where that comes from."

Her publisher, Tom Aske, says the book is "the best thing she has done". Ellery is less sure. "Ask me in ten years," she says, laughing.""", [
    ("I didn't write for six months. I couldn't see the point of it,", D, "Ruth Ellery",
     "she", "says"),
    ("Then one morning I sat down and the first chapter came out almost whole.", D,
     "Ruth Ellery", "she", "says"),
    ("I've learned not to ask where that comes from.", D, "Ruth Ellery", "she", "says"),
    ("the best thing she has done", P, "Tom Aske", "Tom Aske", "says"),
    ("Ask me in ten years,", D, "Ruth Ellery", "she", "says"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout4.jsonl")
