#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout16.jsonl: 8 short articles written from scratch for
this project (invented people and bodies) in the styles of 2024-26 news: a British flood
story with a resident's headline quotation, a Reuters story on an EU fine for an app maker,
an AP story on a county's recount, a tennis player after a final, a wire story on container
freight rates, a health study on heat with a reaction, a Crown Court sentencing, and a tech
company's job cuts announced in a memo. Speakers by name, pronoun, title and description
(`a resident`, `the judge`, `the company`, `analysts`), spokespeople, `according to`,
interrupted and colon-led quotations, and partial, direct and indirect quotations of all
kinds. Annotated by the conventions of make_news_2020s.py, whose builder it uses. Written
by branch quotes13 before its rules and measured only (`make eval-quotes-own`): on main at
11a6573 (44 quotations), direct with named speakers overlap F1 100.00, end-to-end 77.78 (18
quotations); indirect overlap F1 97.44 (P 95.00, R 100.00), exact 92.31, end-to-end 87.18;
all kinds overlap F1 98.88, exact 96.63, end-to-end 83.15 (speaker strict 82.50).

usage: make_news_2020s_holdout16.py [OUT.jsonl]   (default: news_2020s_holdout16.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h16-flood", """\
'The water came up through the floorboards,' says flooded resident

Residents of a Shropshire village have been told to expect more flooding this weekend after the River Teme burst its banks for the second time in a month.

About 40 homes in Ashbury were flooded on Wednesday night. Carol Pinnock, 67, said she had lost almost everything on her ground floor. "The water came up through the floorboards in about ten minutes," she said. "I have lived here for 30 years and never seen anything like it."

The Environment Agency said a further 30mm of rain was forecast for Saturday and urged people near the river to move valuables upstairs.

Local MP Hannah Greaves said the village had been promised flood defences in 2021. "People here are tired of being told to wait," she told the BBC.""", [
    ("The water came up through the floorboards,", D, "Carol Pinnock", "flooded resident",
     "says"),
    ("she had lost almost everything on her ground floor", I, "Carol Pinnock",
     "Carol Pinnock", "said"),
    ("The water came up through the floorboards in about ten minutes,", D, "Carol Pinnock",
     "she", "said"),
    ("I have lived here for 30 years and never seen anything like it.", D, "Carol Pinnock",
     "she", "said"),
    ("a further 30mm of rain was forecast for Saturday", I, "Environment Agency",
     "The Environment Agency", "said"),
    ("the village had been promised flood defences in 2021", I, "Hannah Greaves",
     "Hannah Greaves", "said"),
    ("People here are tired of being told to wait,", D, "Hannah Greaves", "she", "told"),
])

doc("h16-eu-fine", """\
EU fines dating app maker 180 million euros over children's data

BRUSSELS, March 12 (Reuters) - The European Commission fined Swiss dating app maker Lumio 180 million euros on Thursday, saying the company had failed to stop children under 16 from signing up.

EU digital chief Katja Lindahl said the fine should send "a clear signal" to the industry. "Age checks are not optional," she told a news conference. "If you cannot verify who your users are, you should not be in this market."

Lumio said it would appeal the decision. "We strongly disagree with the Commission's findings and have already made significant changes to our sign-up process," a company spokesperson said in an emailed statement.

The app had about 9 million users in the EU last year, according to the Commission.""", [
    ("the company had failed to stop children under 16 from signing up", I,
     "European Commission", "The European Commission", "saying"),
    ("a clear signal", P, "Katja Lindahl", "Katja Lindahl", "said"),
    ("Age checks are not optional,", D, "Katja Lindahl", "she", "told"),
    ("If you cannot verify who your users are, you should not be in this market.", D,
     "Katja Lindahl", "she", "told"),
    ("it would appeal the decision", I, "Lumio", "Lumio", "said"),
    ("We strongly disagree with the Commission's findings and have already made significant "
     "changes to our sign-up process,", D, "Lumio", "a company spokesperson", "said"),
    ("The app had about 9 million users in the EU last year", I, "European Commission",
     "the Commission", "according to"),
])

doc("h16-recount", """\
Recount confirms Dalton wins county commission seat by 11 votes

PUEBLO, Colo. (AP) — A hand recount confirmed Tuesday that Republican Wade Dalton won a seat on the Pueblo County Commission by 11 votes, ending a month-long dispute over ballots that arrived late in the mail.

County Clerk Irene Salazar said the recount had found only two ballots that were counted incorrectly in November. "The system worked the way it was designed to work," Salazar said.

Dalton's opponent, Democrat Luis Ortega, conceded in a short statement but said he was "deeply concerned" that dozens of military ballots had been rejected. His campaign said it would not go to court.

"I will be a commissioner for every person in this county, whether they voted for me or not," Dalton told supporters at a restaurant in downtown Pueblo.""", [
    ("the recount had found only two ballots that were counted incorrectly in November", I,
     "Irene Salazar", "Irene Salazar", "said"),
    ("The system worked the way it was designed to work,", D, "Irene Salazar", "Salazar",
     "said"),
    ("deeply concerned", P, "Luis Ortega", "Luis Ortega", "said"),
    ("it would not go to court", I, "Luis Ortega", "His campaign", "said"),
    ("I will be a commissioner for every person in this county, whether they voted for me "
     "or not,", D, "Wade Dalton", "Dalton", "told"),
])

doc("h16-tennis", """\
Moreau beats top seed to win first title in Doha

France's Elise Moreau won the first title of her career on Saturday, beating world number one Anya Petrova 6-4 3-6 6-2 in the Qatar Open final.

The 21-year-old, who came through qualifying, saved five break points in the deciding set.

"I didn't think I would still be here on the last day," Moreau said in her on-court interview. "To beat Anya in a final, it's a dream."

Petrova, who had won their two previous meetings, said she had struggled with the wind. "She played better on the big points. That's tennis," the Russian said.

Moreau's coach, Julien Faure, said she would now rest for a week before the Indian Wells tournament.""", [
    ("I didn't think I would still be here on the last day,", D, "Elise Moreau", "Moreau",
     "said"),
    ("To beat Anya in a final, it's a dream.", D, "Elise Moreau", "Moreau", "said"),
    ("she had struggled with the wind", I, "Anya Petrova", "Petrova", "said"),
    ("She played better on the big points. That's tennis,", D, "Anya Petrova",
     "the Russian", "said"),
    ("she would now rest for a week before the Indian Wells tournament", I, "Julien Faure",
     "Julien Faure", "said"),
])

doc("h16-freight", """\
Container rates climb as carriers keep avoiding Red Sea

SINGAPORE, Jan 9 (Reuters) - Spot rates for shipping a container from Asia to northern Europe rose 14% this week, the third weekly rise in a row, as carriers kept sending ships around Africa.

Analysts at freight platform Harbourline said rates could climb further before the Lunar New Year holiday, when factories in China close for two weeks.

"Capacity is being stretched by the longer routes, and shippers are booking early to get ahead of the holiday," said Priya Venkat, head of research at Harbourline.

Danish carrier Nordhavn Line told customers in a note that it expected to keep diverting vessels "for the foreseeable future".

A spokesperson for the port of Rotterdam said volumes were holding up despite the delays.""", [
    ("rates could climb further before the Lunar New Year holiday, when factories in China "
     "close for two weeks", I, "Harbourline", "Analysts at freight platform Harbourline",
     "said"),  # a body inside `Analysts at X` speaks (docs/quotes.md; NULL until speakers13)
    ("Capacity is being stretched by the longer routes, and shippers are booking early to get "
     "ahead of the holiday,", D, "Priya Venkat", "Priya Venkat", "said"),
    ("for the foreseeable future", P, "Nordhavn Line", "Nordhavn Line", "told"),
    ("volumes were holding up despite the delays", I, None,
     "A spokesperson for the port of Rotterdam", "said"),
])

doc("h16-heat-study", """\
Hot nights raise stroke risk in older people, study finds

Older people are more likely to have a stroke after nights when the temperature stays above 20C, according to a study of hospital records in England and Wales.

Researchers at the University of Exeter looked at more than 200,000 admissions between 2010 and 2023.

Lead author Dr Meera Choudhury said the risk rose by about 7% on the hottest nights. "We tend to think of heat as a daytime problem, but our bodies need the night to recover," she said.

The Stroke Association said the findings were "worrying" and called on the government to publish its plan for heatwaves before the summer.

The Department of Health said it was working with the NHS to protect vulnerable people during hot weather.""", [
    ("Hot nights raise stroke risk in older people", I, None, "study", "finds"),
    ("Older people are more likely to have a stroke after nights when the temperature stays "
     "above 20C", I, None, "a study of hospital records in England and Wales",
     "according to"),
    ("the risk rose by about 7% on the hottest nights", I, "Meera Choudhury",
     "Meera Choudhury", "said"),
    ("We tend to think of heat as a daytime problem, but our bodies need the night to "
     "recover,", D, "Meera Choudhury", "she", "said"),
    ("worrying", P, "Stroke Association", "The Stroke Association", "said"),
    ("it was working with the NHS to protect vulnerable people during hot weather", I,
     "Department of Health", "The Department of Health", "said"),
])

doc("h16-sentencing", """\
Man jailed for stealing catalytic converters from 60 cars

A man who stole catalytic converters from 60 cars across Leicestershire has been jailed for four years.

Darren Kettle, 34, of Loughborough, admitted theft at Leicester Crown Court in January.

Judge Alison Marsh told him he had caused "misery and expense" to dozens of families. "You targeted people who could least afford it," the judge said.

Det Con Simon Reid, of Leicestershire Police, said Kettle had sold the parts for scrap metal worth about £20,000.

"This sentence should send a message to anyone thinking of doing the same," he added.""", [
    ("misery and expense", P, "Alison Marsh", "Alison Marsh", "told"),
    ("You targeted people who could least afford it,", D, "Alison Marsh", "the judge",
     "said"),
    ("Kettle had sold the parts for scrap metal worth about £20,000", I, "Simon Reid",
     "Simon Reid", "said"),
    ("This sentence should send a message to anyone thinking of doing the same,", D,
     "Simon Reid", "he", "added"),
])

doc("h16-layoffs", """\
Software firm Vantrix to cut 1,200 jobs as it shifts to AI

Software company Vantrix will cut about 1,200 jobs, or 8% of its workforce, its chief executive Mark Adeyemi told staff on Wednesday.

In a memo posted on the company's blog, Adeyemi wrote that the cuts were "painful but necessary" as the firm moved money into artificial intelligence. "This is not a reflection of anyone's work," he wrote.

The company said affected employees would receive 16 weeks' pay.

A union representing tech workers, the Digital Workers Guild, called the decision "a betrayal". "Vantrix made record profits last year," the guild's president, Sandra Ruiz, said on X.""", [
    ("Software company Vantrix will cut about 1,200 jobs, or 8% of its workforce", I,
     "Mark Adeyemi", "Mark Adeyemi", "told"),
    ("painful but necessary", P, "Mark Adeyemi", "Adeyemi", "wrote"),
    ("This is not a reflection of anyone's work,", D, "Mark Adeyemi", "he", "wrote"),
    ("affected employees would receive 16 weeks' pay", I, "Vantrix", "The company", "said"),
    ("a betrayal", P, "Digital Workers Guild", "the Digital Workers Guild", "called"),
    ("Vantrix made record profits last year,", D, "Sandra Ruiz", "Sandra Ruiz", "said"),
])


if __name__ == "__main__":
    m.write("news_2020s_holdout16.jsonl")
