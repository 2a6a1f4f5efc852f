#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout23.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news, rich in speaker resolution: a measles epidemic
in Romania on the wire (AFP, a minister, a named mother, then an unnamed paediatrician whose
`she said` is no one named), the Ashes in BBC sport style (`the coach`, `the 35-year-old`,
`the all-rounder`, a quotation running on in the next paragraph without a cue), an AI chip
startup's funding round in Bloomberg style (`people familiar with the matter`, `Some
investors, including SoftBank Group Corp., which ...` reported by `the people`), an inquest
in a British local paper (`A coroner` named in the paragraph after, `Ms Wood`, `the trust`),
drone strikes in Sudan in Al Jazeera style (`according to local medics`, two groups that are
each `The group`, an unnamed resident, the UN's aid chief and a named UN spokesman), a
library closure (`Cllr`, a quotation running on without a cue, `The council`), Japan's
prime minister and finance minister (`The prime minister said` for the named holder, `She`
after two men), and a cabin crew strike (`the USO union`, `Its spokeswoman`, `The
spokeswoman` after two named spokeswomen, `the minister`). Public figures are real (their
quotes are invented); the other people and some bodies (Lumora Systems, Halbury Borough
Council, the Hebden Road library) are invented. Annotated by the conventions of
make_news_2020s.py, whose builder it uses, before any rule of branch speakers12.

Measured once, blind, on main at 2be2ba4 (70 quotations): all kinds overlap F1 98.57
(exact 98.57), end-to-end 85.71 (speaker strict 85.25, 61 judged); direct with named speakers
(`--kinds direct --named-speakers`, 22 quotations) overlap F1 100.00, end-to-end 86.36
(speaker strict 85.00); indirect overlap recall 96.77, speaker strict 87.50; partial speaker
strict 82.35.
Then its errors were read (no annotation changed): "the all-rounder", "The union" (after
"the USO union"), "A coroner" and the headline's "Coroner" (named in the paragraph after as
"Senior coroner Catherine Wood"), "Cllr Margaret Ashdown" and "Cllr Tom Reade" (the title
kept in the name), "Tunbridge Wells NHS Trust" (the entity step splits the trust's name at
"and"), and "he said" after "A resident ... told Al Jazeera" given to Al Jazeera (typed PER;
the resident's mention is "reprisals"). Rules of branch speakers12 that came after, written
from texts of its own and checked on BBC and Reuters-21578 (a player's position as an
epithet, "the union" for the body named with that noun, "Cllr" a title, an honorific between
a role and a name, someone unnamed the sentence before brought in, an unnamed subject's
modifier is no speaker, role synonyms): all kinds end-to-end 94.29 (speaker strict 95.08,
speaker mention 98.55 -> 100.00), direct with named speakers end-to-end 100.00 (branch
speakers12 from ea3828a to 5a12f15 alike). Left: "Coroner"/"A coroner" (the entity step
makes "Coroner" a person; "coroner" is no role word), "Tunbridge Wells NHS Trust" (the
entity step), and one span each missed and extra (quotes.c).

usage: make_news_2020s_holdout23.py [OUT.jsonl]   (default: news_2020s_holdout23.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h23-measles", """\
Romania declares measles epidemic as children's wards fill

BUCHAREST, Jan 14, 2026 (AFP) - Romania declared a national measles epidemic on Wednesday after three more children died, bringing the toll since October to 19, the health ministry said.

Health Minister Alexandru Rogobete said vaccination rates in some counties had fallen below 60 percent. "We are paying for ten years of lies spread on social media," he told a press conference.

Ioana Marinescu, whose four-year-old son spent a week in intensive care, said she had delayed his jabs after reading posts online. "I thought I was protecting him," she said.

A paediatrician in Bucharest who treats dozens of cases a week said staff were exhausted. "We have children sleeping two to a bed. This should not happen in the European Union in 2026," she said, asking not to be named because she was not authorised to speak to the press.

The World Health Organization said Romania accounted for nearly half of the measles cases reported in Europe last year.

President Nicusor Dan, who met doctors at the Grigore Alexandrescu hospital, called the situation "a national shame". The president said the government would fund a door-to-door vaccination campaign in rural areas.""", [
    ("Romania declared a national measles epidemic on Wednesday after three more children "
     "died, bringing the toll since October to 19", I, None, "the health ministry", "said"),
    ("vaccination rates in some counties had fallen below 60 percent", I,
     "Alexandru Rogobete", "Alexandru Rogobete", "said"),
    ("We are paying for ten years of lies spread on social media,", D, "Alexandru Rogobete",
     "he", "told"),
    ("she had delayed his jabs after reading posts online", I, "Ioana Marinescu",
     "Ioana Marinescu", "said"),
    ("I thought I was protecting him,", D, "Ioana Marinescu", "she", "said"),
    ("staff were exhausted", I, None, "A paediatrician", "said"),
    ("We have children sleeping two to a bed. This should not happen in the European Union "
     "in 2026,", D, None, "she", "said"),
    ("Romania accounted for nearly half of the measles cases reported in Europe last year", I,
     "World Health Organization", "The World Health Organization", "said"),
    ("a national shame", P, "Nicusor Dan", "Nicusor Dan", "called"),
    ("the government would fund a door-to-door vaccination campaign in rural areas", I,
     "Nicusor Dan", "The president", "said"),
])

doc("h23-ashes", """\
Ashes: McCullum defends England batters after Perth collapse

England head coach Brendon McCullum has defended his batters after they were bowled out for 112 on the second day of the first Ashes Test in Perth.

Captain Ben Stokes, who top-scored with 41, said the side had been "beaten by a better bowling attack on the day". But the coach insisted there would be no change of approach.

"We're not going to go into our shells. That's not who we are," McCullum said.

"If we lose playing our way, so be it. I'd rather that than die wondering."

Australia fast bowler Mitchell Starc took seven wickets. The 35-year-old said the pitch had offered "a bit more than usual" and praised his captain, Steve Smith.

Former England captain Michael Vaughan was less forgiving. Writing in the Telegraph, he said the batting had been "reckless".

Stokes later told BBC Test Match Special that he had "no worries" about his players. "They'll come back stronger," the all-rounder said.""", [
    ("beaten by a better bowling attack on the day", P, "Ben Stokes", "Ben Stokes", "said"),
    ("there would be no change of approach", I, "Brendon McCullum", "the coach", "insisted"),
    ("We're not going to go into our shells. That's not who we are,", D, "Brendon McCullum",
     "McCullum", "said"),
    ("If we lose playing our way, so be it. I'd rather that than die wondering.", D,
     "Brendon McCullum", "McCullum", None),
    ("a bit more than usual", P, "Mitchell Starc", "The 35-year-old", "said"),
    ("reckless", P, "Michael Vaughan", "he", "said"),
    ("no worries", P, "Ben Stokes", "Stokes", "told"),
    ("They'll come back stronger,", D, "Ben Stokes", "the all-rounder", "said"),
])

doc("h23-lumora", """\
Chip Startup Lumora Raises $600 Million as AI Funding Frenzy Rolls On

Lumora Systems Inc., a California startup that designs chips for running artificial intelligence models, raised $600 million in a round that values it at $5.2 billion, according to people familiar with the matter.

Some investors, including SoftBank Group Corp., which led a previous round, had pushed for a higher valuation, the people said, asking not to be identified because the talks were private.

Chief Executive Officer Priya Venkataraman declined to comment on the valuation. "Demand for inference is growing faster than anyone planned for," she said in an interview. "We are supply-constrained, not demand-constrained."

Nvidia Corp. Chief Executive Officer Jensen Huang has said the market for such chips will be worth trillions of dollars. Asked about rivals like Lumora, he told reporters last month that competition was "good for everyone".

A SoftBank spokesperson declined to comment.

Venkataraman, who previously ran a chip design team at Alphabet Inc.'s Google, said the company would use the money to double its staff to 800. The company plans to ship its first chips to customers in the second half of 2026, she said.""", [
    ("Lumora Systems Inc., a California startup that designs chips for running artificial "
     "intelligence models, raised $600 million in a round that values it at $5.2 billion", I,
     None, "people familiar with the matter", "according to"),
    ("Some investors, including SoftBank Group Corp., which led a previous round, had pushed "
     "for a higher valuation", I, None, "the people", "said"),
    ("Demand for inference is growing faster than anyone planned for,", D,
     "Priya Venkataraman", "she", "said"),
    ("We are supply-constrained, not demand-constrained.", D, "Priya Venkataraman", "she",
     "said"),
    ("the market for such chips will be worth trillions of dollars", I, "Jensen Huang",
     "Jensen Huang", "said"),
    ("good for everyone", P, "Jensen Huang", "he", "told"),
    ("the company would use the money to double its staff to 800", I, "Priya Venkataraman",
     "Venkataraman", "said"),
    ("The company plans to ship its first chips to customers in the second half of 2026", I,
     "Priya Venkataraman", "she", "said"),
])

doc("h23-inquest", """\
Coroner says 'missed chances' contributed to teenager's sepsis death

A coroner has said "missed chances" at a hospital in Kent contributed to the death of a 17-year-old boy from sepsis.

Ethan Pryce died at Maidstone Hospital in March 2025, two days after he was sent home from its emergency department with what doctors thought was a viral infection.

Senior coroner Catherine Wood said there had been "a failure to listen to a mother who knew her son was seriously ill". Recording a narrative conclusion, Ms Wood said she would write to the Department of Health and Social Care to ask for national guidance on sepsis in teenagers.

Ethan's mother, Claire Pryce, said outside the court: "Ethan was let down at every turn. All we ever wanted was for someone to take us seriously."

She said the family would keep campaigning for "Martha's rule" to be extended to emergency departments.

Dr Sanjay Mehta, chief medical officer at Maidstone and Tunbridge Wells NHS Trust, apologised to the family. "We fell short of the standards Ethan deserved, and I am deeply sorry," he said.

The trust said it had since retrained staff and introduced a new screening tool.""", [
    ("missed chances", P, "Catherine Wood", "Coroner", "says"),
    ("missed chances", P, "Catherine Wood", "A coroner", ("said", 1)),
    ("a failure to listen to a mother who knew her son was seriously ill", P,
     "Catherine Wood", "Catherine Wood", "said"),
    ("she would write to the Department of Health and Social Care to ask for national "
     "guidance on sepsis in teenagers", I, "Catherine Wood", "Ms Wood", "said"),
    ("Ethan was let down at every turn. All we ever wanted was for someone to take us "
     "seriously.", D, "Claire Pryce", "Claire Pryce", "said"),
    ("the family would keep campaigning for \"Martha's rule\" to be extended to emergency "
     "departments", I, "Claire Pryce", "She", "said"),
    ("We fell short of the standards Ethan deserved, and I am deeply sorry,", D,
     "Sanjay Mehta", "he", "said"),
    ("it had since retrained staff and introduced a new screening tool", I,
     "Maidstone and Tunbridge Wells NHS Trust", "The trust", "said"),
])

doc("h23-sudan", """\
Sudan: RSF drone strikes hit El Obeid as aid convoys stall

Drone attacks by the paramilitary Rapid Support Forces (RSF) hit the city of El Obeid in Sudan's North Kordofan state overnight, killing at least 23 people, according to local medics.

The Sudan Doctors Network said most of the dead were women and children sheltering in a school. The group accused the RSF of "deliberately targeting civilians".

The RSF did not respond to a request for comment. The group has previously said it does not target civilians.

"We heard the buzzing and then everything shook," said Amna Idris, a 29-year-old teacher who fled with her three children. "My neighbour's house is gone. Nobody came out."

A resident who asked not to be named for fear of reprisals told Al Jazeera that food prices had tripled in a month. "People are eating one meal a day, if they are lucky," he said.

UN aid chief Tom Fletcher said convoys carrying food for 200,000 people had been stuck for two weeks. "The warring parties are using hunger as a weapon," Fletcher said in a statement. "It must stop."

Stephane Dujarric, spokesman for the UN secretary-general, said the UN was "alarmed" by reports of fighting near Kadugli.""", [
    ("Drone attacks by the paramilitary Rapid Support Forces (RSF) hit the city of El Obeid "
     "in Sudan's North Kordofan state overnight, killing at least 23 people", I, None,
     "local medics", "according to"),
    ("most of the dead were women and children sheltering in a school", I,
     "Sudan Doctors Network", "The Sudan Doctors Network", "said"),
    ("deliberately targeting civilians", P, "Sudan Doctors Network", "The group", "accused"),
    ("it does not target civilians", I, "Rapid Support Forces", "The group", "said"),
    ("We heard the buzzing and then everything shook,", D, "Amna Idris", "Amna Idris",
     "said"),
    ("My neighbour's house is gone. Nobody came out.", D, "Amna Idris", "Amna Idris", "said"),
    ("that food prices had tripled in a month", I, None, "A resident", "told"),
    ("People are eating one meal a day, if they are lucky,", D, None, "he", "said"),
    ("convoys carrying food for 200,000 people had been stuck for two weeks", I,
     "Tom Fletcher", "Tom Fletcher", "said"),
    ("The warring parties are using hunger as a weapon,", D, "Tom Fletcher", "Fletcher",
     "said"),
    ("It must stop.", D, "Tom Fletcher", "Fletcher", "said"),
    ("alarmed", P, "Stephane Dujarric", "Stephane Dujarric", "said"),
])

doc("h23-library", """\
Campaigners lose fight to keep Hebden Road library open

Campaigners have lost their fight to save a 120-year-old library in Halbury after Halbury Borough Council voted to close it at the end of March.

Cllr Margaret Ashdown, the council's cabinet member for culture, said the decision had been "heartbreaking but unavoidable".

"We have had our budget cut in real terms every year since 2010. There is nothing left to cut that people will not miss," said Ashdown.

"I know that is no comfort to the families who use it."

Jo Fenwick, who started the Save Hebden Road campaign, said the vote was "a betrayal". Her fellow campaigner, Amir Haddad, said they would seek a judicial review.

"They have ignored 4,000 people who signed our petition. We are not going away," he said.

Opposition leader Cllr Tom Reade said his group would have found the money by cutting consultants' fees. The council said that claim was "simply not true".""", [
    ("heartbreaking but unavoidable", P, "Margaret Ashdown", "Margaret Ashdown", "said"),
    ("We have had our budget cut in real terms every year since 2010. There is nothing left "
     "to cut that people will not miss,", D, "Margaret Ashdown", "Ashdown", "said"),
    ("I know that is no comfort to the families who use it.", D, "Margaret Ashdown",
     "Ashdown", None),
    ("a betrayal", P, "Jo Fenwick", "Jo Fenwick", "said"),
    ("they would seek a judicial review", I, "Amir Haddad", "Amir Haddad", "said"),
    ("They have ignored 4,000 people who signed our petition. We are not going away,", D,
     "Amir Haddad", "he", "said"),
    ("his group would have found the money by cutting consultants' fees", I, "Tom Reade",
     "Tom Reade", "said"),
    ("simply not true", P, "Halbury Borough Council", "The council", "said"),
])

doc("h23-takaichi", """\
Japan's Takaichi pledges extra budget to ease price pain

TOKYO, Dec 2 (Reuters) - Japanese Prime Minister Sanae Takaichi on Tuesday promised a supplementary budget of more than 17 trillion yen to help households cope with rising prices, as her approval ratings slipped for a second month.

"Wages must rise faster than prices. That is the only way out of this," Takaichi told parliament.

Opposition leader Yoshihiko Noda called the package "too little, too late".

The prime minister said the government would also extend subsidies for electricity and gas bills through March.

Bank of Japan Governor Kazuo Ueda said on Monday the central bank would weigh the pros and cons of raising interest rates at its next meeting. Finance Minister Satsuki Katayama told reporters the extra spending would be funded partly by new bond issuance. She said the government remained committed to fiscal discipline.

"The market is worried about the yen, not about the budget," said Haruka Inoue, chief strategist at Mizuho Securities in Tokyo.""", [
    ("Wages must rise faster than prices. That is the only way out of this,", D,
     "Sanae Takaichi", "Takaichi", "told"),
    ("too little, too late", P, "Yoshihiko Noda", "Yoshihiko Noda", "called"),
    ("the government would also extend subsidies for electricity and gas bills through March",
     I, "Sanae Takaichi", "The prime minister", "said"),
    ("the central bank would weigh the pros and cons of raising interest rates at its next "
     "meeting", I, "Kazuo Ueda", "Kazuo Ueda", "said"),
    ("the extra spending would be funded partly by new bond issuance", I, "Satsuki Katayama",
     "Satsuki Katayama", "told"),
    ("the government remained committed to fiscal discipline", I, "Satsuki Katayama", "She",
     "said"),
    ("The market is worried about the yen, not about the budget,", D, "Haruka Inoue",
     "Haruka Inoue", "said"),
])

doc("h23-cabincrew", """\
Ryanair cabin crew in Spain to strike over Christmas

Cabin crew at Ryanair's Spanish bases will strike on four days over Christmas, the USO union said on Monday, threatening the travel plans of hundreds of thousands of passengers.

The union said talks over pay and rosters had broken down after the airline refused to discuss a new collective agreement. Its spokeswoman, Lucía Ortega, said crew were "tired of being treated as disposable".

Ryanair said the strike would have "minimal impact" and that it expected to operate all of its scheduled flights. Its spokeswoman, Nuala Quinn, said: "We will not be held to ransom by a union that represents a minority of our crew."

The spokeswoman said passengers did not need to take any action.

Spain's consumer affairs minister, Pablo Bustinduy, said the government would monitor the strike closely. "Passengers have rights, and we will make sure they are respected," the minister said.""", [
    ("Cabin crew at Ryanair's Spanish bases will strike on four days over Christmas", I,
     "USO", "the USO union", "said"),
    ("talks over pay and rosters had broken down after the airline refused to discuss a new "
     "collective agreement", I, "USO", "The union", "said"),
    ("tired of being treated as disposable", P, "Lucía Ortega", "Lucía Ortega", "said"),
    ("minimal impact", P, "Ryanair", "Ryanair", "said"),
    ("that it expected to operate all of its scheduled flights", I, "Ryanair", "Ryanair",
     "said"),
    ("We will not be held to ransom by a union that represents a minority of our crew.", D,
     "Nuala Quinn", "Nuala Quinn", "said"),
    ("passengers did not need to take any action", I, "Nuala Quinn", "The spokeswoman",
     "said"),
    ("the government would monitor the strike closely", I, "Pablo Bustinduy",
     "Pablo Bustinduy", "said"),
    ("Passengers have rights, and we will make sure they are respected,", D,
     "Pablo Bustinduy", "the minister", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout23.jsonl")
