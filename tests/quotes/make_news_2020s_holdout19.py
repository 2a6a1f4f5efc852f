#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout19.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2024-26 news, rich in quotation
spans, kinds and cues: quotations interrupted by their cue in mid-sentence (`"A," she said,
"and B."`) and a report interrupted so (`The decision, he told X, was ...`), reported speech
after `has said`, `had told`, `was quoted as saying`, `said on Tuesday that`, `..., it said,
...`, `it said in a statement`, a question in the passive (`Asked by Mr Fenwick whether`),
posts on Truth Social, X and Instagram, a live blog with key points and photo captions, a
Q&A with a quoted headline, titles of albums, songs and TV dramas, a nickname and scare
quotes (no rows). Annotated by the conventions of make_news_2020s.py, whose builder it uses
(a reported clause that holds a fragment in marks gives the fragment's row only). Written by
branch quotes14 before its rules and measured only (`make eval-quotes-own`): on main at
49bca30 (63 quotations), direct with named speakers overlap F1 100.00, end-to-end 81.82
(22 quotations); indirect overlap F1 95.24 (P 93.75, R 96.77), exact 88.89, end-to-end
82.54 (31 quotations); all kinds overlap F1 97.64, exact 94.49, end-to-end 83.46 (speaker
strict 85.48).

usage: make_news_2020s_holdout19.py [OUT.jsonl]   (default: news_2020s_holdout19.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h19-heatpump", """\
Heat pump grants to be doubled, says energy secretary

The government will double grants for heat pumps from April, the energy secretary, Naomi Adeyemi, has said.

"This is not a gimmick," Adeyemi told the BBC, "and it is not a one-off."

She said on Tuesday that the scheme would be open to landlords for the first time.

The Heating Installers Federation had warned in January that there were not enough engineers to meet demand. Its chief executive, Graham Tolley, was quoted as saying the industry would need 30,000 more fitters by 2028.

"We welcome the money," Tolley said on Wednesday. "The question is who will fit them."

In a report last month, the Climate Change Committee said the UK was off track to meet its 2030 targets. It said heat in buildings was the sector lagging furthest behind.""", [
    ("Heat pump grants to be doubled", I, "Naomi Adeyemi", "energy secretary", "says"),
    ("The government will double grants for heat pumps from April", I, "Naomi Adeyemi",
     "Naomi Adeyemi", "said"),
    ("This is not a gimmick,", D, "Naomi Adeyemi", "Adeyemi", "told"),
    ("and it is not a one-off.", D, "Naomi Adeyemi", "Adeyemi", "told"),
    ("that the scheme would be open to landlords for the first time", I, "Naomi Adeyemi",
     "She", "said"),
    ("that there were not enough engineers to meet demand", I,
     "Heating Installers Federation", "The Heating Installers Federation", "warned"),
    ("the industry would need 30,000 more fitters by 2028", I, "Graham Tolley",
     "Graham Tolley", "saying"),
    ("We welcome the money,", D, "Graham Tolley", "Tolley", "said"),
    ("The question is who will fit them.", D, "Graham Tolley", "Tolley", "said"),
    ("the UK was off track to meet its 2030 targets", I, "Climate Change Committee",
     "the Climate Change Committee", "said"),
    ("heat in buildings was the sector lagging furthest behind", I, "Climate Change Committee",
     "It", "said"),
])

doc("h19-lumber", """\
Senator threatens to block lumber deal in late-night post

WASHINGTON (AP) — Sen. Rick Halvorsen said Sunday he would block any trade deal that cut tariffs on Canadian softwood lumber, days before talks with Ottawa were due to resume.

"Canada has ripped us off for years. No more!" Halvorsen posted on Truth Social shortly before midnight.

Canada's trade minister, Claire Beaulieu, wrote on X that her government would "stand up for every mill town in this country." She had told reporters on Friday that Canada would not negotiate with a gun to its head.

A White House spokesman, Tom Reardon, has said the administration wants a deal by the summer.

The National Association of Home Builders warned that the tariffs would add thousands of dollars to the price of a new house. "Every tariff on lumber is a tax on families," the group's chairman, Victor Hale, said in a statement.

Lumber futures rose 4% in early trading on Monday.""", [
    ("he would block any trade deal that cut tariffs on Canadian softwood lumber", I,
     "Rick Halvorsen", "Rick Halvorsen", "said"),
    ("Canada has ripped us off for years. No more!", D, "Rick Halvorsen", "Halvorsen",
     "posted"),
    ("stand up for every mill town in this country.", P, "Claire Beaulieu", "Claire Beaulieu",
     "wrote"),
    ("that Canada would not negotiate with a gun to its head", I, "Claire Beaulieu", "She",
     "told"),
    ("the administration wants a deal by the summer", I, "Tom Reardon", "Tom Reardon", "said"),
    ("that the tariffs would add thousands of dollars to the price of a new house", I,
     "National Association of Home Builders", "The National Association of Home Builders",
     "warned"),
    ("Every tariff on lumber is a tax on families,", D, "Victor Hale", "Victor Hale", "said"),
])

doc("h19-storm-live", """\
Storm Imogen live: thousands without power as 90mph gusts hit coast

Key points
Met Office issues red warning for parts of Cornwall and Devon
Rail services cancelled across the South West
Image caption: A lorry overturned on the A30 near Bodmin on Friday morning

09:42
The Met Office has said gusts of up to 90mph were recorded at Berry Head overnight. Its chief meteorologist, Laura Penhale, told BBC Breakfast the worst would pass by the afternoon. "Please do not travel unless you have to," she said.

09:58
Network Rail says all lines west of Exeter are closed. A spokeswoman said crews were clearing fallen trees but could not say when trains would run again.

10:15
Mark Polglase, in Falmouth, sent us this message: "Our whole street lost power at 4am. The kids think it's an adventure."

10:31
Image caption: Waves break over the harbour wall at Porthleven

Western Power Distribution, which runs the local grid, said 38,000 homes were without power. Its operations director, Simon Treloar, said engineers were "working flat out" but warned some homes could be cut off until Sunday.""", [
    ("gusts of up to 90mph were recorded at Berry Head overnight", I, "Met Office",
     "The Met Office", "said"),
    ("the worst would pass by the afternoon", I, "Laura Penhale", "Laura Penhale", "told"),
    ("Please do not travel unless you have to,", D, "Laura Penhale", "she", "said"),
    ("all lines west of Exeter are closed", I, "Network Rail", "Network Rail", "says"),
    ("crews were clearing fallen trees but could not say when trains would run again", I,
     "Network Rail", "A spokeswoman", "said"),
    ("Our whole street lost power at 4am. The kids think it's an adventure.", D,
     "Mark Polglase", "Mark Polglase", "sent"),
    ("38,000 homes were without power", I, "Western Power Distribution",
     "Western Power Distribution", "said"),
    ("working flat out", P, "Simon Treloar", "Simon Treloar", "said"),
    ("some homes could be cut off until Sunday", I, "Simon Treloar", "Simon Treloar",
     "warned"),
])

doc("h19-album", """\
Singer Maya Quinlan tops charts with surprise album

Maya Quinlan's new album, "Salt and Static", went straight to number one on Friday, a week after she released it without warning.

Its lead single, "Harbour Lights", has been streamed more than 40 million times. The 27-year-old, known to fans as "the Quiet Storm", said the record was written in a rented cottage in Donegal.

"I wanted something that sounded like the sea at night," Quinlan told Radio 1's Newsbeat. "It's the most honest thing I've made."

Critics were less sure. The Guardian called it "a brave, uneven record", while NME gave it three stars.

Quinlan, who appeared in the Netflix drama "Lowtide" last year, said she would tour Ireland and the UK in the spring. Her label, Northway Records, said tickets would go on sale on Wednesday.

The album's so-called "secret track" - a cover of the folk song "The Parting Glass" - is only on the vinyl edition.""", [
    ("the record was written in a rented cottage in Donegal", I, "Maya Quinlan",
     "The 27-year-old", "said"),
    ("I wanted something that sounded like the sea at night,", D, "Maya Quinlan", "Quinlan",
     "told"),
    ("It's the most honest thing I've made.", D, "Maya Quinlan", "Quinlan", "told"),
    ("a brave, uneven record", P, "Guardian", "The Guardian", "called"),
    ("she would tour Ireland and the UK in the spring", I, "Maya Quinlan", "Quinlan", "said"),
    ("tickets would go on sale on Wednesday", I, "Northway Records", "Northway Records",
     "said"),
])

doc("h19-care-trial", """\
Former care home manager denies neglect charges

A former care home manager accused of neglecting elderly residents has denied all the charges against her.

Janet Cromwell, 58, told Truro Crown Court on Monday that she had raised concerns about staffing "again and again" with the home's owners.

Prosecutor Adam Fenwick said the residents had been left "cold, hungry and frightened" for days at a time.

"I did everything I could," Mrs Cromwell said, "but there were two of us for forty residents."

She admitted that some records had been filled in after the event. Asked by Mr Fenwick whether she had falsified them, she replied: "No. I was catching up."

A former carer at the home, Lucy Harte, had earlier told the jury that residents were often left in wet clothes overnight.

The trial continues.""", [
    ("again and again", P, "Janet Cromwell", "Janet Cromwell", "told"),
    ("cold, hungry and frightened", P, "Adam Fenwick", "Adam Fenwick", "said"),
    ("I did everything I could,", D, "Janet Cromwell", "Mrs Cromwell", "said"),
    ("but there were two of us for forty residents.", D, "Janet Cromwell", "Mrs Cromwell",
     "said"),
    ("that some records had been filled in after the event", I, "Janet Cromwell", "She",
     "admitted"),
    ("whether she had falsified them", I, "Adam Fenwick", "Mr Fenwick", "Asked"),
    ("No. I was catching up.", D, "Janet Cromwell", "she", "replied"),
    ("that residents were often left in wet clothes overnight", I, "Lucy Harte", "Lucy Harte",
     "told"),
])

doc("h19-school-qa", """\
'We can't keep patching the roof': a headteacher on crumbling schools

Anita Desai-Rowe runs a primary school in Stoke-on-Trent where two classrooms have been shut since October. We asked her what it is like.

How bad is it?
Bad. When it rains, we put buckets out. The children think it is funny; I don't.

What help have you had?
Very little. There is no money until 2027, and we can't keep patching the roof.

The Department for Education said in a statement that it had allocated £1.8bn to school repairs this year. A spokesman added that the school was "on the list" for a rebuild.""", [
    ("We can't keep patching the roof", D, "Anita Desai-Rowe", "a headteacher", None),
    ("that it had allocated £1.8bn to school repairs this year", I, "Department for Education",
     "The Department for Education", "said"),
    ("on the list", P, "Department for Education", "A spokesman", "added"),
])

doc("h19-brenmark", """\
Brenmark profit falls 20% as China demand slumps

LONDON, March 3 (Reuters) - British engineering group Brenmark said on Tuesday that first-half profit fell 20%, hit by weak demand for its pumps in China, and cut its forecast for the year.

Pre-tax profit fell to 142 million pounds in the six months to December, it said, from 178 million pounds a year earlier.

"China has been tougher than we expected," Chief Executive Rupert Vance told reporters on a call, adding that orders from Europe had held up.

The company now expects full-year revenue of about 1.1 billion pounds, it said in a statement, down from a previous forecast of 1.2 billion pounds.

Vance said the group was "not in a hurry" to cut jobs. "We will look at costs," he added, "but the order book is healthy."

Analysts had on average expected profit of 160 million pounds. Shares in Brenmark fell 7% by 0900 GMT.""", [
    ("that first-half profit fell 20%, hit by weak demand for its pumps in China", I,
     "Brenmark", "Brenmark", "said"),
    ("Pre-tax profit fell to 142 million pounds in the six months to December", I, "Brenmark",
     "it", "said"),
    ("China has been tougher than we expected,", D, "Rupert Vance", "Rupert Vance", "told"),
    ("that orders from Europe had held up", I, "Rupert Vance", "Rupert Vance", "adding"),
    ("The company now expects full-year revenue of about 1.1 billion pounds", I, "Brenmark",
     "it", "said"),
    ("not in a hurry", P, "Rupert Vance", "Vance", "said"),
    ("We will look at costs,", D, "Rupert Vance", "he", "added"),
    ("but the order book is healthy.", D, "Rupert Vance", "he", "added"),
])

doc("h19-manager-sacked", """\
Ashbury Rovers sack manager after seven straight defeats

Ashbury Rovers have sacked manager Paul Kettering after a run of seven straight league defeats left the club bottom of the Championship.

The club said in a statement that Kettering had "given everything" but that results had "fallen well short".

Kettering, 49, had said only last week that he was "not a quitter". The decision, he told the Ashbury Echo on Saturday, was the board's to make.

Club captain Dean Okoro wrote on Instagram: "Thanks for everything, gaffer. You gave us a chance when nobody else would."

"It's a sad day," said supporters' trust chairwoman Helen Marr. "But something had to change, and the fans, frankly, had lost patience."

"The fans," she added, "deserve a club that is run properly."

First-team coach Lee Barton will take charge for Saturday's game against Millbrook, the club confirmed.""", [
    ("given everything", P, "Ashbury Rovers", "The club", "said"),
    ("fallen well short", P, "Ashbury Rovers", "The club", "said"),
    ("not a quitter", P, "Paul Kettering", "Kettering", "said"),
    ("The decision", I, "Paul Kettering", "he", "told"),
    ("was the board's to make", I, "Paul Kettering", "he", "told"),
    ("Thanks for everything, gaffer. You gave us a chance when nobody else would.", D,
     "Dean Okoro", "Dean Okoro", "wrote"),
    ("It's a sad day,", D, "Helen Marr", "Helen Marr", "said"),
    ("But something had to change, and the fans, frankly, had lost patience.", D,
     "Helen Marr", "Helen Marr", "said"),
    ("The fans,", D, "Helen Marr", "she", "added"),
    ("deserve a club that is run properly.", D, "Helen Marr", "she", "added"),
    ("First-team coach Lee Barton will take charge for Saturday's game against Millbrook", I,
     "Ashbury Rovers", "the club", "confirmed"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout19.jsonl")
