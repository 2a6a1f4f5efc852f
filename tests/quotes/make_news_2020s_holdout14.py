#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout14.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2024-26 news: a British local
story with a headline quotation signed by a description, a devolved government's housing
plan with its first minister named before the title, an AP court story, a wire story on a
strike, a football manager after a defeat, a tech company's outage, a health study with a
reaction, and a feature on a pensioner's campaign with a quotation over paragraphs.
Speakers by description (`says teenage chess champion`, `the first minister`, `the
judge`, `the carrier`), pronouns, spokespeople speaking for a name, and partial, direct and
indirect quotations of all kinds. Annotated by the conventions of make_news_2020s.py, whose
builder it uses. Written by branch quotes12 before its rules and measured only (`make
eval-quotes-own`): on main at 65203e6 (53 quotations), direct with named speakers overlap F1
100.00, end-to-end 94.74 (19 quotations); indirect overlap F1 94.12 (P 92.31, R 96.00),
end-to-end 70.59; all kinds overlap F1 97.20, exact 97.20, end-to-end 80.37 (speaker strict
80.85). After quotes12's rules written before reading its errors (BBC, Reuters, PolNeAR's
train sample): indirect end-to-end 74.51, all kinds 82.24 (speaker strict 82.98); direct
unchanged. Read after measuring, its errors were a headline's description (`says teenage
chess champion`: mention right, speaker NULL), `the first minister` the text gives no one,
`A company spokesman` and `A council spokeswoman` (no body named inside), `It apologised`
(no cue), a cue after a relative clause (`who collected ... her village's only bus service
says`), `told the BBC the firm would` missed, a headline's plain object (`pledges 5,000
homes`) given a row, `English Chess Federation` cut by the entity step; and a headline's
report (`..., study finds`) the set leaves out, by oversight. With quotes12's rule written
after reading them (a spokesperson named by a body's noun, checked on BBC and Reuters):
indirect end-to-end 82.35, all kinds 85.98 (speaker strict 87.23).

usage: make_news_2020s_holdout14.py [OUT.jsonl]   (default: news_2020s_holdout14.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h14-chess", """\
'I just tried to stay calm,' says teenage chess champion

A 15-year-old from Kettering has become the youngest British chess champion in more than 40 years.

Amara Okonjo beat three grandmasters on her way to the title, which she sealed with a draw in the final round in Torquay on Sunday.

'I was shaking before the last game,' she said. 'But once the pieces were on the board I forgot about everything else.'

Her coach, Dermot Healy, said she had 'a patience you almost never see at that age'. He added that she would play for England at the European championships in the summer.

The English Chess Federation said the number of girls entering junior tournaments had doubled since 2020.""", [
    ("I just tried to stay calm,", D, "Amara Okonjo", "teenage chess champion", "says"),
    ("I was shaking before the last game,", D, "Amara Okonjo", "she", "said"),
    ("But once the pieces were on the board I forgot about everything else.", D,
     "Amara Okonjo", "she", "said"),
    ("a patience you almost never see at that age", P, "Dermot Healy", "Dermot Healy",
     "said"),
    ("that she would play for England at the European championships in the summer", I,
     "Dermot Healy", "He", "added"),
    ("the number of girls entering junior tournaments had doubled since 2020", I,
     "English Chess Federation", "The English Chess Federation", "said"),
])

doc("h14-housing-wales", """\
Welsh government pledges 5,000 homes for young families

The Welsh government will build 5,000 homes for first-time buyers under 35 over the next four years, Rhiannon Price has announced.

Speaking in Cardiff on Tuesday, the first minister said the homes would be sold at a fifth below market value. "Too many young people are leaving the valleys because they cannot afford to stay," she said.

Opposition housing spokesman Gethin Morgan called the plan "a drop in the ocean". He said the government had missed its own target for social housing in each of the last three years.

The Home Builders Federation said it welcomed the scheme but warned that planning delays could hold it back.""", [
    ("The Welsh government will build 5,000 homes for first-time buyers under 35 over the "
     "next four years", I, "Rhiannon Price", "Rhiannon Price", "announced"),
    ("the homes would be sold at a fifth below market value", I, "Rhiannon Price",
     "the first minister", "said"),
    ("Too many young people are leaving the valleys because they cannot afford to stay,", D,
     "Rhiannon Price", "she", "said"),
    ("a drop in the ocean", P, "Gethin Morgan", "Gethin Morgan", "called"),
    ("the government had missed its own target for social housing in each of the last three "
     "years", I, "Gethin Morgan", "He", "said"),
    ("it welcomed the scheme", I, "Home Builders Federation", "The Home Builders Federation",
     "said"),
    ("that planning delays could hold it back", I, "Home Builders Federation",
     "The Home Builders Federation", "warned"),
])

doc("h14-court-ap", """\
Former charity treasurer sentenced to 6 years for stealing $2.3 million

DAYTON, Ohio (AP) — A former treasurer of an Ohio food bank was sentenced Thursday to six years in prison for stealing more than $2.3 million from the charity over a decade.

Linda Kessler, 61, pleaded guilty in March to wire fraud. Prosecutors said she used the money to pay for vacations, a lake house and her daughter's wedding.

"You stole food from the mouths of hungry children," U.S. District Judge Raymond Ortega told her. "That is not a mistake. That is a choice you made every month for ten years."

Kessler's attorney, Paul Brandt, had asked for a sentence of three years, arguing that his client had repaid nearly $400,000. Kessler apologized in court. "I am ashamed of what I did," she said, her voice breaking.

The food bank's director, Marcus Hill, said after the hearing that donations had fallen by a third since the theft came to light. "People stopped trusting us," Hill said. "We are still earning that back," he added.""", [
    ("she used the money to pay for vacations, a lake house and her daughter's wedding", I,
     None, "Prosecutors", "said"),
    ("You stole food from the mouths of hungry children,", D, "Raymond Ortega",
     "Raymond Ortega", "told"),
    ("That is not a mistake. That is a choice you made every month for ten years.", D,
     "Raymond Ortega", "Raymond Ortega", "told"),
    ("that his client had repaid nearly $400,000", I, "Paul Brandt", "Paul Brandt",
     "arguing"),
    ("I am ashamed of what I did,", D, "Linda Kessler", "she", "said"),
    ("that donations had fallen by a third since the theft came to light", I, "Marcus Hill",
     "Marcus Hill", "said"),
    ("People stopped trusting us,", D, "Marcus Hill", "Hill", "said"),
    ("We are still earning that back,", D, "Marcus Hill", "he", "added"),
])

doc("h14-port-strike", """\
Dockworkers at Rotterdam's second terminal walk out over automation

ROTTERDAM, Oct 7 (Reuters) - Hundreds of dockworkers at the Maasvlakte East terminal went on strike on Tuesday over plans to replace crane operators with remote-controlled systems, the FNV Havens union said.

The terminal's operator, Delta Cargo Systems, said the strike was "regrettable" and that talks would resume on Thursday. A company spokesman told Reuters that no jobs would be cut before 2028.

Union negotiator Joost van Leeuwen said workers had been given no guarantees beyond that date. "They want us to train the machines that will replace us," he said.

Shipping analysts said the walkout could delay about 40 container vessels this week.""", [
    ("Hundreds of dockworkers at the Maasvlakte East terminal went on strike on Tuesday over "
     "plans to replace crane operators with remote-controlled systems", I, "FNV Havens",
     "the FNV Havens union", "said"),
    ("regrettable", P, "Delta Cargo Systems", "Delta Cargo Systems", "said"),
    ("that talks would resume on Thursday", I, "Delta Cargo Systems", "Delta Cargo Systems",
     "said"),
    ("that no jobs would be cut before 2028", I, "Delta Cargo Systems", "A company spokesman",
     "told"),
    ("workers had been given no guarantees beyond that date", I, "Joost van Leeuwen",
     "Joost van Leeuwen", "said"),
    ("They want us to train the machines that will replace us,", D, "Joost van Leeuwen",
     "he", "said"),
    ("the walkout could delay about 40 container vessels this week", I, None,
     "Shipping analysts", "said"),
])

doc("h14-football", """\
Harwick boss Neil Carver: 'We were second best all afternoon'

Harwick Town manager Neil Carver admitted his side "deserved nothing" after a 3-0 defeat at home to Stallbridge City left them bottom of League One.

"We were second best all afternoon," Carver told BBC Radio Lincoln. "I won't hide from that and neither will the players."

The 44-year-old insisted he still had the backing of the board. Asked whether he feared for his job, he said: "That is not my decision. My job is to fix this."

Stallbridge striker Tayo Adebayo, who scored twice, said the visitors had "smelled blood" after the first goal.""", [
    ("We were second best all afternoon", D, "Neil Carver", "Neil Carver", None),
    ("deserved nothing", P, "Neil Carver", "Neil Carver", "admitted"),
    ("We were second best all afternoon,", D, "Neil Carver", "Carver", "told"),
    ("I won't hide from that and neither will the players.", D, "Neil Carver", "Carver",
     "told"),
    ("he still had the backing of the board", I, "Neil Carver", "The 44-year-old",
     "insisted"),
    ("whether he feared for his job", I, None, None, "Asked"),
    ("That is not my decision. My job is to fix this.", D, "Neil Carver", "he", "said"),
    ("smelled blood", P, "Tayo Adebayo", "Tayo Adebayo", "said"),
])

doc("h14-outage", """\
Payments firm blames software update for six-hour outage

Card payments company Tillwise has blamed a faulty software update for an outage that left thousands of shops and cafes unable to take payments on Saturday.

In a post on X, the company said the update had been "rolled back" and that all services were working normally. It apologised to customers "for the disruption to one of the busiest trading days of the month".

Tillwise's chief executive, Sofia Marchetti, told the BBC the firm would compensate merchants for lost fees. "We let our customers down and we will make it right," she said.

One cafe owner in Bristol, Ben Ashworth, said he had turned away about 60 customers. "Nobody carries cash any more," he said.""", [
    ("rolled back", P, "Tillwise", "the company", "said"),
    ("that all services were working normally", I, "Tillwise", "the company", "said"),
    ("for the disruption to one of the busiest trading days of the month", P, "Tillwise",
     "It", "apologised"),
    ("the firm would compensate merchants for lost fees", I, "Sofia Marchetti",
     "Sofia Marchetti", "told"),
    ("We let our customers down and we will make it right,", D, "Sofia Marchetti", "she",
     "said"),
    ("he had turned away about 60 customers", I, "Ben Ashworth", "Ben Ashworth", "said"),
    ("Nobody carries cash any more,", D, "Ben Ashworth", "he", "said"),
])

doc("h14-study-sleep", """\
Teenagers who use phones after midnight sleep an hour less, study finds

Teenagers who use their phones after midnight sleep almost an hour less a night than those who do not, according to a study of 9,000 pupils in England.

The research, published in the journal Sleep Health, found that the effect was strongest among 13- and 14-year-olds. Lead researcher Dr Priya Lall, of the University of Northgate, said schools and parents should treat late-night phone use "as seriously as diet or exercise".

"An hour a night adds up to a lost night's sleep every week," she said.

The Department for Education said it would look at the findings carefully.""", [
    ("Teenagers who use their phones after midnight sleep almost an hour less a night than "
     "those who do not", I, None, "a study of 9,000 pupils in England", "according to"),
    ("that the effect was strongest among 13- and 14-year-olds", I, None, "The research",
     "found"),
    ("as seriously as diet or exercise", P, "Priya Lall", "Priya Lall", "said"),
    ("An hour a night adds up to a lost night's sleep every week,", D, "Priya Lall", "she",
     "said"),
    ("it would look at the findings carefully", I, "Department for Education",
     "The Department for Education", "said"),
])

doc("h14-pensioner", """\
Pensioner, 84, wins fight to save village bus route

An 84-year-old woman who collected 3,000 signatures to save her village's only bus service says she is "over the moon" after the council reversed its decision to cut it.

Doreen Walsh, from Little Haddon in Norfolk, began her petition in January after Norfolk County Council said the route cost too much to run.

"Without that bus I would not see my sister, I would not get to the doctor, I would not get to the shops," Mrs Walsh said.

"Half the people on it are my age. What were we supposed to do? Walk?"

A council spokeswoman said the route would now be funded until at least 2028.""", [
    ("over the moon", P, "Doreen Walsh", "An 84-year-old woman", "says"),
    ("the route cost too much to run", I, "Norfolk County Council",
     "Norfolk County Council", "said"),
    ("Without that bus I would not see my sister, I would not get to the doctor, I would not "
     "get to the shops,", D, "Doreen Walsh", "Mrs Walsh", "said"),
    ("Half the people on it are my age. What were we supposed to do? Walk?", D,
     "Doreen Walsh", "Mrs Walsh", None),
    ("the route would now be funded until at least 2028", I, "Norfolk County Council",
     "A council spokeswoman", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout14.jsonl")
