#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout18.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news (a dockworkers' strike at the Port of Santos on
the wire, a town library's closure in a British local paper with single marks and a
quotation over three paragraphs, an AI startup's job cuts in AP style with curly marks, a
charity boss's fraud trial in Melbourne under a `court told` headline, Malawi's presidential
election in Al Jazeera style, a folk band's cancelled tour, measles in Europe in Reuters
style, a relegation fight in a football report), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Direct quotations in straight, curly and single
marks, split by their attribution (`"…," said X, "…"`), over paragraphs after a colon, with a
quotation nested inside; partial ones after `said ... was`, `told the jury that`, `promised
to`, `called`, `noted`, a headline's `campaigners warn`; indirect ones after `said (that)`,
`told reporters`, `told the jury not to`, `According to`, `announced`, a report split by its
cue (`The payments, he said, had ...`) and `and that` after a fragment. Speakers by full
name, surname, pronoun, role (`the judge`), body (`Wexford Records`, `Northfield`), a
spokesperson for a council, and unnamed (`One engineer`, `one minibus driver`, `A
paediatrician in Bucharest`, `Observers from the European Union`, `One fan`). Not rows: scare
quotes (`so-called 'community hubs'`, `so-called "infodemic"`), titles of songs, books and
albums in marks, nicknames (`“the Homework Queen,”`, `"the Tank"`, `Cormac “Skip” Delaney`).
Public figures are real; the other people, the quotes and some bodies (Kirkmoor Council,
Lumora, Harbourline Capital, the Brightwater Kids Foundation, Saltmarsh, Wexford Records,
Northfield United, Castleford Town) are invented.
Written for the lead on 2026-11-27 by a separate writer, blind (never run through the
extension, its output never seen), sealed.
main at 49bca30 (code 203d13f): direct named exact 100, overlap 100, end-to-end 100 (24);
indirect overlap 90.32 (P 93.33 R 87.50), end-to-end 70.97; all kinds overlap 96.08, exact
96.08, end-to-end 88.24, speaker strict 90.24. Blind through the session's merges (lead13,
quotes14, speakers11, ner18): all kinds overlap 97.03, end-to-end 89.11 (quotes14 dropped a
false row). Then read (not blind): lead15's rules from its errors ("Observers from the
European Union", an Irish barrister's "SC") give end-to-end 95.05. Left: "Northfield said"
takes "BBC Radio Northfield" by SPEC's rule of names ending with the same words, where the
set wants Northfield United; an unnamed paediatrician's "'…,' she said" goes to the last
named woman; two reports missed and one false ("conceded defeat").

usage: make_news_2020s_holdout18.py [OUT.jsonl]   (default: news_2020s_holdout18.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h18-santos", """\
SAO PAULO, Feb 10 (Reuters) - Dockworkers at Brazil's Port of Santos, the busiest in Latin America, walked off the job on Tuesday, halting the loading of soybeans and coffee at the height of the export season.

The strike was called by the Santos dockworkers' union, Sindestiva, after talks with terminal operators over pay and automation broke down on Monday night. More than 60 ships were waiting to berth by Tuesday afternoon.

"We are not against new machines. We are against being thrown away like old ones," union president Claudio Ferraz told reporters outside the port's main gate.

Ferraz said that about 4,000 workers had joined the stoppage, which he expected to last at least 72 hours.

The port authority, Autoridade Portuária de Santos, said in a statement that grain terminals were working at reduced capacity. It is seeking a court order to end the stoppage.

"Every day of delay costs exporters millions of reais," said Marina Albuquerque, an analyst at consultancy AgRural in Curitiba. "Buyers in China will simply go to Argentina or the United States."

Ports Minister Silvio Costa Filho told reporters in Brasilia the government would mediate, but he warned that the strike was "not the way to negotiate."

Santos handles about a third of Brazil's trade by value, and a long stoppage would hit coffee shipments just as prices are near record highs.""", [
    ("We are not against new machines. We are against being thrown away like old ones,", D,
     "Claudio Ferraz", "Claudio Ferraz", "told"),
    # the relative clause after the comma is the writer's
    ("that about 4,000 workers had joined the stoppage", I, "Claudio Ferraz", "Ferraz", "said"),
    # the name in apposition after the description speaks
    ("that grain terminals were working at reduced capacity", I, "Autoridade Portuária de Santos",
     "Autoridade Portuária de Santos", "said"),
    ("Every day of delay costs exporters millions of reais,", D, "Marina Albuquerque",
     "Marina Albuquerque", "said"),
    ("Buyers in China will simply go to Argentina or the United States.", D,
     "Marina Albuquerque", "Marina Albuquerque", "said"),
    ("the government would mediate", I, "Silvio Costa Filho", "Silvio Costa Filho", "told"),
    # the clause holds a quotation, so it is a partial row
    ("not the way to negotiate.", P, "Silvio Costa Filho", "he", "warned"),
])

doc("h18-library", """\
Library closure plan 'will rip the heart out of Holmbridge', campaigners warn

Campaigners in Holmbridge have collected more than 6,000 signatures against plans to close the town's library, which has stood on Market Street since 1904, as Kirkmoor Council tries to save £38m over the next two years.

The council's cabinet will vote next week on closing four of its 14 libraries and moving some of their services into so-called 'community hubs' in church halls and leisure centres.

Joan Pickersgill, 72, who chairs the Friends of Holmbridge Library, said:

'My mother brought me here when I was four. I learned to read in the corner by the window.

'Now half the people who come in are using the computers to apply for jobs or fill in benefit forms, because they have no internet at home.

'Where are they supposed to go? A church hall that opens two mornings a week is not a library.'

The group plans to march to the town hall on Saturday, led by a brass band playing 'Jerusalem'.

Local author Ruth Brannigan, whose novel 'The Weaver's Daughter' is set in the town, wrote most of the book at a desk in the library's reading room. 'I could not have afforded anywhere else,' she said.

Councillor Imran Siddiqui, the cabinet member for culture, told the Holmbridge Express the council was 'being forced to choose between libraries and care for elderly people' because of cuts to its grant.

A council spokesperson said: 'We will listen carefully to every response to the consultation before any final decision is made.'""", [
    # a fragment inside a headline's report, its description after the comma: nobody named
    ("will rip the heart out of Holmbridge", P, None, "campaigners", "warn"),
    # scare quotes ('community hubs'), a hymn and a novel's title get no row
    ("My mother brought me here when I was four. I learned to read in the corner by the window.",
     D, "Joan Pickersgill", "Joan Pickersgill", ("said", 1)),
    ("Now half the people who come in are using the computers to apply for jobs or fill in benefit forms, because they have no internet at home.",
     D, "Joan Pickersgill", "Joan Pickersgill", ("said", 1)),
    ("Where are they supposed to go? A church hall that opens two mornings a week is not a library.",
     D, "Joan Pickersgill", "Joan Pickersgill", ("said", 1)),
    ("I could not have afforded anywhere else,", D, "Ruth Brannigan", "she", "said"),
    ("being forced to choose between libraries and care for elderly people", P,
     "Imran Siddiqui", "Imran Siddiqui", "told"),
    # the spokesperson speaks for the council named with that noun before
    ("We will listen carefully to every response to the consultation before any final decision is made.",
     D, "Kirkmoor Council", "A council spokesperson", "said"),
])

doc("h18-lumora", """\
SEATTLE (AP) — Lumora, the artificial intelligence startup behind the popular homework app StudyBuddy, is cutting about a third of its 900 employees, months after raising $400 million from investors.

Chief executive Priya Raman announced the cuts Wednesday in a memo to staff that was later posted online. “We grew too fast, and we made promises to ourselves that the market did not keep,” she wrote. “That is my responsibility, not yours.”

Raman, 34, a former Microsoft engineer whom tech blogs nicknamed “the Homework Queen,” founded the company in 2021. The app, which answers math questions from a photo of the page, was downloaded more than 50 million times last year.

“This is not a collapse. It is a correction, and a lot of companies in this industry are going to have to make one,” Raman said in an interview with The Associated Press on Thursday.

Former employees described a chaotic morning in which staff were given 15 minutes’ notice of a video call. One engineer, who asked not to be named because she had signed a severance agreement, said the mood in the office had been “grim for weeks.”

The company also faces a lawsuit from a group of school districts in Washington state over claims that the app helps students cheat. Lumora has denied the claims.

According to PitchBook, AI startups raised a record $190 billion last year. But investors have started to ask harder questions about how such companies will make money.

“The easy money phase is over,” said Derek Fong, an analyst at Harbourline Capital, “and the companies that survive will be the ones with paying customers.”""", [
    ("We grew too fast, and we made promises to ourselves that the market did not keep,", D,
     "Priya Raman", "she", "wrote"),
    ("That is my responsibility, not yours.", D, "Priya Raman", "she", "wrote"),
    # a nickname in marks is no quotation
    ("This is not a collapse. It is a correction, and a lot of companies in this industry are going to have to make one,",
     D, "Priya Raman", "Raman", "said"),
    ("grim for weeks.", P, None, "One engineer", "said"),
    ("AI startups raised a record $190 billion last year", I, "PitchBook", "PitchBook",
     "According to"),
    ("The easy money phase is over,", D, "Derek Fong", "Derek Fong", "said"),
    ("and the companies that survive will be the ones with paying customers.", D, "Derek Fong",
     "Derek Fong", "said"),
])

doc("h18-charity", """\
Former charity boss spent donations on racehorses, court told

MELBOURNE - A former chief executive of a children's cancer charity went on trial on Monday accused of spending more than A$2.3m of donations on racehorses, holidays and a beach house on the Mornington Peninsula.

Graham Tolhurst, 58, who ran the Brightwater Kids Foundation from 2015 to 2023, has pleaded not guilty to 14 counts of obtaining property by deception.

Opening the prosecution's case in the County Court of Victoria, crown prosecutor Elena Vasquez-Roe told the jury that Tolhurst had treated the charity "like a personal piggy bank".

"Families were told their money would pay for a new oncology ward. Instead, it paid for a horse called Lucky Larrikin," she said.

The horse won one race in four years.

Tolhurst's barrister, Michael Byrne SC, said the foundation's books had been "a mess" for years, as they were at many small charities. The payments, he said, had all been approved by the board.

Judge Sarah Whitlam told the jury not to read reports of the case on social media. "You must decide this case on the evidence you hear in this room, and nothing else," the judge said.

The trial, which is expected to last six weeks, continues.""", [
    # a court report's headline: whoever told the court goes unnamed
    ("Former charity boss spent donations on racehorses", I, None, "court", "told"),
    ("like a personal piggy bank", P, "Elena Vasquez-Roe", "Elena Vasquez-Roe", ("told", 2)),
    ("Families were told their money would pay for a new oncology ward. Instead, it paid for a horse called Lucky Larrikin,",
     D, "Elena Vasquez-Roe", "she", "said"),
    # the barrister's letters are skipped; the clause holds a quotation, so it is partial
    ("a mess", P, "Michael Byrne", "Michael Byrne", "said"),
    # a report split by its cue gives two rows
    ("The payments", I, "Michael Byrne", "he", "said"),
    ("had all been approved by the board", I, "Michael Byrne", "he", "said"),
    ("not to read reports of the case on social media", I, "Sarah Whitlam", "Sarah Whitlam",
     "told"),
    ("You must decide this case on the evidence you hear in this room, and nothing else,", D,
     "Sarah Whitlam", "the judge", "said"),
])

doc("h18-malawi", """\
Mutharika returns to power in Malawi as Chakwera concedes

Malawi's former President Peter Mutharika has won the country's presidential election, the Malawi Electoral Commission (MEC) announced on Wednesday, ending Lazarus Chakwera's single term in office.

Mutharika, 85, took 56 percent of the vote, well ahead of the 33 percent won by Chakwera of the Malawi Congress Party (MCP). Mutharika, a former law professor, led the country from 2014 to 2020. Chakwera conceded defeat in a televised address hours before the final results were read out.

In a brief speech at his home in Blantyre, Mutharika promised to "fix the economy first and everything else second". Malawi has been hit by shortages of fuel and foreign currency, and inflation is above 25 percent.

Observers from the European Union said the vote had been largely peaceful but noted "serious delays" in the delivery of results from rural districts.

Economist Thandiwe Banda, speaking to Al Jazeera in Lilongwe, was blunt about what lies ahead. "Whoever won this election inherited an empty treasury. The honeymoon will last about a week," she said.

Not everyone is so gloomy. "He built roads last time. We want him to do it again," one minibus driver said as he waited for passengers at Lilongwe's main bus depot.""", [
    ("Malawi's former President Peter Mutharika has won the country's presidential election", I,
     "Malawi Electoral Commission", "Malawi Electoral Commission", "announced"),
    ("fix the economy first and everything else second", P, "Peter Mutharika", "Mutharika",
     "promised"),
    # a description lengthened by a preposition: the whole phrase, nobody named
    ("the vote had been largely peaceful", I, None, "Observers from the European Union",
     "said"),
    ("serious delays", P, None, "Observers from the European Union", "noted"),
    ("Whoever won this election inherited an empty treasury. The honeymoon will last about a week,",
     D, "Thandiwe Banda", "she", "said"),
    ("He built roads last time. We want him to do it again,", D, None, "one minibus driver",
     "said"),
])

doc("h18-saltmarsh", """\
Saltmarsh cancel European tour over singer’s voice problems

DUBLIN — The Irish folk-rock band Saltmarsh have cancelled the rest of their European tour after their singer, Niamh Brennan, developed a problem with her vocal cords.

The band, whose 2024 single “Harbour Lights” spent 11 weeks at number one in Ireland, had been due to play 23 more dates, including two nights at the O2 Arena in London in April.

“I am heartbroken. Singing these songs with you every night is the only thing I have ever wanted to do,” Brennan wrote on Instagram. “But I need to be able to sing them for another 20 years, not just another 20 nights.”

Their record label, Wexford Records, said all tickets would be refunded within 14 days.

Brennan, 29, known to fans as “the Banshee” for her high notes, formed the band with guitarist Cormac “Skip” Delaney in 2017. Its third album, provisionally titled “Low Tide Songs,” had been due out in June.

One fan called the news “gutting but the right call.” Others shared videos of the band’s set at the Electric Picnic festival last summer.

Throat specialist Dr Anita Kapoor, who has treated several West End singers but not Brennan, said vocal rest was “boring but effective” and that most singers recovered fully.""", [
    # a song's title, nicknames and an album's title get no row
    ("I am heartbroken. Singing these songs with you every night is the only thing I have ever wanted to do,",
     D, "Niamh Brennan", "Brennan", "wrote"),
    ("But I need to be able to sing them for another 20 years, not just another 20 nights.", D,
     "Niamh Brennan", "Brennan", "wrote"),
    ("all tickets would be refunded within 14 days", I, "Wexford Records", "Wexford Records",
     "said"),
    ("gutting but the right call.", P, None, "One fan", "called"),
    ("boring but effective", P, "Anita Kapoor", "Dr Anita Kapoor", "said"),
    # a clause without marks after `and that` hangs on the same cue
    ("that most singers recovered fully", I, "Anita Kapoor", "Dr Anita Kapoor", "said"),
])

doc("h18-measles", """\
GENEVA (Reuters) - Measles cases in Europe and Central Asia fell by almost half last year but remain far above pre-pandemic levels, the World Health Organization said on Thursday.

The region recorded 127,000 cases in 2025, down from 243,000 a year earlier, in figures the WHO published with the U.N. children's agency UNICEF. Romania and Kazakhstan had the highest rates, and both have run catch-up campaigns in schools since 2024.

"Measles does not respect borders, and neither should our efforts to stop it," said Hans Kluge, the WHO's regional director for Europe.

Vaccination rates dropped during the COVID-19 pandemic and have been slow to recover, partly because of a so-called "infodemic" of false claims about vaccines online.

In Romania, where 31 children have died of the disease since 2023, Health Ministry spokeswoman Ioana Dobre said the government would open mobile vaccination clinics in villages with low coverage.

Some doctors are less hopeful. A paediatrician in Bucharest, who asked not to be named because she was not allowed to speak to the media, told Reuters that many parents still refused to vaccinate their children.

"They tell me, 'I read on Facebook that it causes autism.' What am I supposed to say to that?" she said.""", [
    ("Measles cases in Europe and Central Asia fell by almost half last year but remain far above pre-pandemic levels",
     I, "World Health Organization", "the World Health Organization", "said"),
    ("Measles does not respect borders, and neither should our efforts to stop it,", D,
     "Hans Kluge", "Hans Kluge", "said"),
    # a scare quote ("infodemic") gets no row
    ("the government would open mobile vaccination clinics in villages with low coverage", I,
     "Ioana Dobre", "Ioana Dobre", "said"),
    # a place after the description: the phrase from the sentence's start, nobody named
    ("that many parents still refused to vaccinate their children", I, None,
     "A paediatrician in Bucharest", "told"),
    # the unnamed speaker goes on; the quotation nested inside is part of the outer row
    ("They tell me, 'I read on Facebook that it causes autism.' What am I supposed to say to that?",
     D, None, "she", "said"),
])

doc("h18-northfield", """\
Okafor double gives Hughes first Northfield win

Emeka Okafor scored twice as Northfield United beat Castleford Town 2-0 at Riverside Park to give Tom Hughes his first win since he replaced Gary Lyle as manager last month.

The striker, signed from Belgian side Gent in the summer and nicknamed "the Tank" by his team-mates, headed in the first goal after 12 minutes and added a second from the penalty spot in stoppage time.

"I've been waiting a long time for that. The lads kept telling me it would come," Okafor told BBC Radio Northfield.

Hughes, who was booed by some supporters at the end of his first game in charge, said the result was "a start, nothing more". Northfield remain second from bottom, three points from safety.

Castleford manager Lisa Marchetti was unhappy with her side's first half. "We gave them far too much respect," she said. "You can't do that away from home in this league."

Castleford, who had won their previous two league games, stay ninth.

As the players left the field, the home fans sang "Sweet Caroline", a tradition the club revived this season.

Northfield said in a statement after the game that midfielder Jordan Pike had suffered a knee injury and would have a scan on Monday.""", [
    # a nickname ("the Tank") and a song's title get no row
    ("I've been waiting a long time for that. The lads kept telling me it would come,", D,
     "Emeka Okafor", "Okafor", "told"),
    ("a start, nothing more", P, "Tom Hughes", "Hughes", "said"),
    ("We gave them far too much respect,", D, "Lisa Marchetti", "she", "said"),
    ("You can't do that away from home in this league.", D, "Lisa Marchetti", "she", "said"),
    # the club's short name speaks for it
    ("that midfielder Jordan Pike had suffered a knee injury and would have a scan on Monday", I,
     "Northfield United", "Northfield", "said"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout18.jsonl")
    m.write(out)
