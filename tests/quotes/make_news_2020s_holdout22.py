#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout22.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news (Japan's prime minister and a row with China on the
wire, the Supreme Court's tariff hearing in AP style, a Suffolk village without water in a
British local paper with single marks and a quotation over three paragraphs, an Ashes Test in
a BBC Sport report, El Fasher in Al Jazeera style, copper at a record in Bloomberg style, a
school board's four-day week in a US local paper, and a weight-loss drug study under a `study
finds` headline), annotated by the conventions of
make_news_2020s.py, whose builder it uses. Direct quotations in straight and curly marks, split
by their attribution, over paragraphs after a colon; partial ones after `said`, `told`,
`told analysts on a call`, `called`, `wrote on X that`, `has said that`, `described ... as`,
`says it has opened`; indirect ones after `said (that)`, `told parliament`, `argued that`,
`insisted`, `conceded` with a clause, `announced he would`, `vowed to`, `urged ... to`, `asked
... whether`, `denied` with a gerund, `warned that`, `saying in a note that`, `according to`
before and after, `people familiar with the matter said`, `the researchers said`, `, study
finds` and `and that` after a fragment. Not rows: `conceded defeat`, `declined to comment`,
`called the killings a genocide`, `reported a net loss`, scare quotes (a 'temporary' main),
nicknames ("miracle jabs"), and a writer's `has not commented`.
Public figures are real (their words here are invented); the other people and some bodies
(Arvale Minerals, Gresham Partners, Tachibana Securities, Cedar Hollow, Little Brantham's
shop) are invented.
Written by helper quotes15 on 2026-11-27 before any rule of its branch, blind (never run
through the extension before it was committed), then measured once.
Blind, main at 2be2ba4: all kinds overlap 96.97 (P 98.46 R 95.52), exact 96.97, end-to-end
96.97, speaker strict 100 (60); direct named exact 100, overlap 100, end-to-end 100 (22);
indirect overlap 95.08 (P 96.67 R 93.55), end-to-end 95.08; partial R 92.86.
Then read (not blind): its errors were `conceded defeat` taken as a report, `vowed on Sunday
to` missed, and `has denied targeting civilians and says it has opened "safe corridors"`
(both rows missed); quotes15's rules (a deed's noun as a cue's object, a promise's phrase of
time, `and says` with the sentence's subject, a report kept before a second cue's fragment),
written from its own articles and read on BBC and Reuters-21578, give 100 on every figure.

usage: make_news_2020s_holdout22.py [OUT.jsonl]   (default: news_2020s_holdout22.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h22-takaichi", """\
Takaichi stands by Taiwan remarks as China row hits tourism

TOKYO, Nov 18 (Reuters) - Japanese Prime Minister Sanae Takaichi said on Tuesday she would not withdraw her remarks on Taiwan. The diplomatic row with Beijing they caused has already hit tourism and seafood exports.

Takaichi told parliament this month that an attack on Taiwan could be a "survival-threatening situation" for Japan, a legal term that would allow its military to respond.

“Our position has not changed, and I have explained it carefully,” Takaichi told reporters at her office. “We want a stable relationship with China.”

China's foreign ministry spokesperson Mao Ning said Japan should "stop playing with fire" and urged Chinese citizens to avoid travel to Japan.

At least 500,000 airline tickets from China to Japan have been cancelled since the travel warning, according to Chinese aviation analyst Li Hanming.

Shares in Japanese department stores and cosmetics makers fell for a third day. "Chinese visitors are the biggest spenders we have. If they stay away until spring, some shops in Ginza will not survive," said Kenji Mori, a retail analyst at Tachibana Securities in Tokyo.

Chief Cabinet Secretary Minoru Kihara declined to comment on whether Tokyo would send an envoy to Beijing.""", [
    ("she would not withdraw her remarks on Taiwan", I, "Sanae Takaichi", "Sanae Takaichi",
     "said"),
    # the clause holds a quotation, so it is a partial row
    ("survival-threatening situation", P, "Sanae Takaichi", "Takaichi", "told"),
    ("Our position has not changed, and I have explained it carefully,", D, "Sanae Takaichi",
     "Takaichi", "told"),
    ("We want a stable relationship with China.", D, "Sanae Takaichi", "Takaichi", "told"),
    ("stop playing with fire", P, "Mao Ning", "Mao Ning", "said"),
    # what someone urged others to do, with its `to`
    ("to avoid travel to Japan", I, "Mao Ning", "Mao Ning", "urged"),
    ("At least 500,000 airline tickets from China to Japan have been cancelled since the travel warning",
     I, "Li Hanming", "Li Hanming", "according to"),
    ("Chinese visitors are the biggest spenders we have. If they stay away until spring, some shops in Ginza will not survive,",
     D, "Kenji Mori", "Kenji Mori", "said"),
    # `declined to comment on whether ...` reports nothing
])

doc("h22-tariffs", """\
Supreme Court justices skeptical of Trump's sweeping tariffs

WASHINGTON (AP) — Supreme Court justices on Wednesday appeared skeptical of President Donald Trump's power to impose sweeping tariffs under a 1977 emergency law, in a case with billions of dollars at stake for importers.

Solicitor General D. John Sauer told the court that the tariffs were "regulating" foreign commerce, and that the president needed them to deal with a trade deficit he has declared a national emergency.

Chief Justice John Roberts said imposing taxes on Americans had always been "the core power of Congress."

Justice Amy Coney Barrett asked Sauer whether any president had used the law to impose tariffs before. "Is it your contention that every country needed to be tariffed because of threats to the defense and industrial base?" she asked.

Neal Katyal, who argued for a group of small businesses, said the law "never mentions tariffs" and that no president had read it that way in nearly 50 years.

Trump has said that losing the case would be "devastating" for the country. On Wednesday evening he wrote on Truth Social: "If we lose, we will be a third world country!"

Victor Schwartz, who owns a wine importer in New York and is one of the plaintiffs, said he had paid more than $1 million in duties since April. "We are not a big company. We can't absorb this," he said.""", [
    ("regulating", P, "D. John Sauer", "D. John Sauer", "told"),
    # a clause without marks after `, and that` hangs on the same cue
    ("that the president needed them to deal with a trade deficit he has declared a national emergency",
     I, "D. John Sauer", "D. John Sauer", "told"),
    ("the core power of Congress.", P, "John Roberts", "John Roberts", "said"),
    ("whether any president had used the law to impose tariffs before", I, "Amy Coney Barrett",
     "Amy Coney Barrett", "asked"),
    ("Is it your contention that every country needed to be tariffed because of threats to the defense and industrial base?",
     D, "Amy Coney Barrett", "she", "asked"),
    ("never mentions tariffs", P, "Neal Katyal", "Neal Katyal", "said"),
    ("that no president had read it that way in nearly 50 years", I, "Neal Katyal",
     "Neal Katyal", "said"),
    ("devastating", P, "Donald Trump", "Trump", "said"),
    ("If we lose, we will be a third world country!", D, "Donald Trump", "he", "wrote"),
    ("he had paid more than $1 million in duties since April", I, "Victor Schwartz",
     "Victor Schwartz", "said"),
    ("We are not a big company. We can't absorb this,", D, "Victor Schwartz", "he", "said"),
])

doc("h22-water", """\
Suffolk village without running water for four days after main bursts

Residents of Little Brantham in Suffolk have been without running water for four days after a burst main, with the village's only shop rationing bottled water to two packs per household.

Anglian Water, which supplies the village, said engineers had found a second leak on Thursday night and hoped to restore supplies by the weekend. The burst was in a 'temporary' main laid in 1962.

Sheila Darnell, 81, who has lived in the village for 50 years, said:

'I have a bad hip and I cannot carry water up the hill from the shop.

'My neighbour has been bringing me kettles of water from her daughter's house in Ipswich. It is like living in the 1940s.

'Nobody from the water company has knocked on a single door.'

Ruth Ellery, who runs the village shop, said she had sold 900 bottles since Monday. 'People are coming from three villages away,' she said.

Councillor Margaret Ruddock, who represents the village on the district council, described the company's response as 'shambolic'.

An Anglian Water spokesperson said: 'We are very sorry for the disruption. Bottled water stations are open at the village hall and we are prioritising deliveries to vulnerable customers.'""", [
    ("engineers had found a second leak on Thursday night and hoped to restore supplies by the weekend",
     I, "Anglian Water", "Anglian Water", "said"),
    # a scare quote ('temporary') gets no row
    ("I have a bad hip and I cannot carry water up the hill from the shop.", D,
     "Sheila Darnell", "Sheila Darnell", ("said", 2)),
    ("My neighbour has been bringing me kettles of water from her daughter's house in Ipswich. It is like living in the 1940s.",
     D, "Sheila Darnell", "Sheila Darnell", ("said", 2)),
    ("Nobody from the water company has knocked on a single door.", D, "Sheila Darnell",
     "Sheila Darnell", ("said", 2)),
    ("she had sold 900 bottles since Monday", I, "Ruth Ellery", "Ruth Ellery", "said"),
    ("People are coming from three villages away,", D, "Ruth Ellery", "she", "said"),
    ("shambolic", P, "Margaret Ruddock", "Margaret Ruddock", "described"),
    # the spokesperson speaks for the company named inside the description
    ("We are very sorry for the disruption. Bottled water stations are open at the village hall and we are prioritising deliveries to vulnerable customers.",
     D, "Anglian Water", "An Anglian Water spokesperson", "said"),
])

doc("h22-ashes", """\
Head's blistering century gives Australia two-day win in Perth

Travis Head hit the second-fastest century in Ashes history as Australia beat England by eight wickets inside two days in the first Test in Perth.

"I was just trying to put pressure back on them. Once I got a few away, it felt like the ball was getting bigger," Head told Channel 7.

England captain Ben Stokes, 34, who took five wickets in the first innings, said his side had been "outplayed for a session" but insisted the tour was not over.

"It hurts. It should hurt," the 34-year-old said. "But there are four more Tests and I know what this group can do."

Stand-in captain Steve Smith said Head's innings was one of the best he had seen.

Former England captain Michael Vaughan wrote on X that England's batting had been "reckless".

The England and Wales Cricket Board said fast bowler Mark Wood had a knee problem and would have a scan on Sunday.

"I've paid for five days and got two. Still, I wouldn't have missed Head's knock," said Gary Hollis, who flew from Leeds for the series.

The second Test, a day-night match in Brisbane, starts on 4 December.""", [
    ("I was just trying to put pressure back on them. Once I got a few away, it felt like the ball was getting bigger,",
     D, "Travis Head", "Head", "told"),
    ("outplayed for a session", P, "Ben Stokes", "Ben Stokes", "said"),
    ("the tour was not over", I, "Ben Stokes", "Ben Stokes", "insisted"),
    # an age the text gave him
    ("It hurts. It should hurt,", D, "Ben Stokes", "the 34-year-old", "said"),
    ("But there are four more Tests and I know what this group can do.", D, "Ben Stokes",
     "the 34-year-old", "said"),
    ("Head's innings was one of the best he had seen", I, "Steve Smith", "Steve Smith", "said"),
    ("reckless", P, "Michael Vaughan", "Michael Vaughan", "wrote"),
    ("fast bowler Mark Wood had a knee problem and would have a scan on Sunday", I,
     "England and Wales Cricket Board", "The England and Wales Cricket Board", "said"),
    ("I've paid for five days and got two. Still, I wouldn't have missed Head's knock,", D,
     "Gary Hollis", "Gary Hollis", "said"),
])

doc("h22-fasher", """\
Thousands flee El Fasher as RSF tightens grip on Darfur

Tens of thousands of people have fled the Sudanese city of El Fasher since it fell to the paramilitary Rapid Support Forces (RSF) last month, the International Organization for Migration (IOM) said on Monday.

UN relief chief Tom Fletcher, who visited camps in the nearby town of Tawila at the weekend, said the city had become "the epicentre of human suffering".

Survivors have described killings in the streets and at the city's last functioning hospital. "They separated the men from the women and we never saw them again," said Amna Yousif, 34, who walked for three days to reach Tawila with her four children.

Speaking to Al Jazeera by phone, she said many women had been robbed on the road. "They took everything, even the children's shoes," she added.

The RSF has denied targeting civilians and says it has opened "safe corridors" for people leaving the city.

Mohamed Osman, a doctor with the Sudan Doctors Network, told Al Jazeera that at least 460 people had been killed at the Saudi Maternity Hospital. The army-aligned government in Port Sudan has called the killings a genocide.

Sudan's army chief, Abdel Fattah al-Burhan, vowed on Sunday to fight on until the RSF was defeated.""", [
    ("Tens of thousands of people have fled the Sudanese city of El Fasher since it fell to the paramilitary Rapid Support Forces (RSF) last month",
     I, "International Organization for Migration",
     "the International Organization for Migration", "said"),
    ("the epicentre of human suffering", P, "Tom Fletcher", "Tom Fletcher", "said"),
    ("They separated the men from the women and we never saw them again,", D, "Amna Yousif",
     "Amna Yousif", "said"),
    ("many women had been robbed on the road", I, "Amna Yousif", "she", "said"),
    ("They took everything, even the children's shoes,", D, "Amna Yousif", "she", "added"),
    # a gerund after `denied` is a clause all the same
    ("targeting civilians", I, "Rapid Support Forces", "The RSF", "denied"),
    ("safe corridors", P, "Rapid Support Forces", "The RSF", "says"),
    ("that at least 460 people had been killed at the Saudi Maternity Hospital", I,
     "Mohamed Osman", "Mohamed Osman", "told"),
    # `called the killings a genocide` has no clause and no marks: no row
    ("to fight on until the RSF was defeated", I, "Abdel Fattah al-Burhan",
     "Abdel Fattah al-Burhan", "vowed"),
])

doc("h22-copper", """\
Copper Hits Record as Mine Outages Squeeze Supply

(Bloomberg) -- Copper surged to a record above $11,500 a ton in London as outages at major mines in Indonesia and Chile deepened concern over a shortage next year.

Arvale Minerals Plc, which runs the Quebrada Alta mine in northern Chile, said Tuesday that output would be 20% lower than forecast in 2026 after a tunnel collapse in September. The company's shares fell as much as 9% in London. Arvale reported a net loss of $340 million for the third quarter.

“The market was already tight before these outages. Now it is in a genuine deficit,” said Hannah Kessler, a metals strategist at Gresham Partners in London. “Anyone who needs copper next year is paying up now.”

Chief Executive Officer Tomás Ibarra told analysts on a call the company had “no intention” of cutting its dividend.

Chinese smelters have agreed to cut output by 10% next year, people familiar with the matter said, asking not to be identified because the talks were private.

Goldman Sachs Group Inc. raised its forecast for the metal, saying in a note that prices could reach $12,000 by the middle of next year. Freeport-McMoRan Inc. said last month it did not expect its Grasberg mine in Indonesia to return to full production until 2027.""", [
    ("that output would be 20% lower than forecast in 2026 after a tunnel collapse in September",
     I, "Arvale Minerals Plc", "Arvale Minerals Plc", "said"),
    # `reported a net loss` has a plain object: no row
    ("The market was already tight before these outages. Now it is in a genuine deficit,", D,
     "Hannah Kessler", "Hannah Kessler", "said"),
    ("Anyone who needs copper next year is paying up now.", D, "Hannah Kessler",
     "Hannah Kessler", "said"),
    ("no intention", P, "Tomás Ibarra", "Tomás Ibarra", "told"),
    ("Chinese smelters have agreed to cut output by 10% next year", I, None,
     "people familiar with the matter", "said"),
    ("that prices could reach $12,000 by the middle of next year", I, "Goldman Sachs Group Inc.",
     "Goldman Sachs Group Inc.", "saying"),
    ("it did not expect its Grasberg mine in Indonesia to return to full production until 2027",
     I, "Freeport-McMoRan Inc.", "Freeport-McMoRan Inc.", "said"),
])

doc("h22-schoolweek", """\
Cedar Hollow board narrowly approves four-day school week

CEDAR HOLLOW, Iowa — The Cedar Hollow Community School District will move to a four-day week next fall after its board voted 4-3 on Monday night, despite objections from dozens of parents.

Superintendent Marisa Kolb said the change would save about $400,000 a year on buses and utilities and help the district hire teachers.

"We are competing with districts that already made this switch. Teachers are choosing them over us," Kolb said.

Board member Greg Tanner, who voted against the plan, argued that working parents would be left to find child care on Fridays.

Several parents said during the public comment period that they had not been asked. One mother, Keisha Brandt, said the district's survey was "rigged from the start."

Board president Ron Albers conceded the vote was close but said the board could not wait another year.

Tanner, who lost his own re-election bid this month, conceded defeat in a Facebook post last week.""", [
    ("the change would save about $400,000 a year on buses and utilities and help the district hire teachers",
     I, "Marisa Kolb", "Marisa Kolb", "said"),
    ("We are competing with districts that already made this switch. Teachers are choosing them over us,",
     D, "Marisa Kolb", "Kolb", "said"),
    ("that working parents would be left to find child care on Fridays", I, "Greg Tanner",
     "Greg Tanner", "argued"),
    ("that they had not been asked", I, None, "Several parents", "said"),
    ("rigged from the start.", P, "Keisha Brandt", "Keisha Brandt", "said"),
    # `conceded` with a clause reports it; `conceded defeat` below does not
    ("the vote was close", I, "Ron Albers", "Ron Albers", "conceded"),
    ("the board could not wait another year", I, "Ron Albers", "Ron Albers", "said"),
])

doc("h22-glp1", """\
Weight-loss jabs cut alcohol cravings, study finds

People taking semaglutide, the drug in Wegovy and Ozempic, drank about 40% less alcohol than those given a placebo, according to new research by the University of Copenhagen. The trial was published in The Lancet Psychiatry on Wednesday.

The effect was strongest in heavy drinkers, the researchers said.

"Patients kept telling us that the wine at dinner just didn't appeal any more," said Prof Mette Lindqvist, who led the study. "We now have a trial that shows it is not just anecdote."

Dr Raj Patel, a consultant in addiction psychiatry at King's College Hospital who was not involved in the research, called the results "promising but early" and warned that the drugs were not licensed for alcohol use disorder.

Novo Nordisk, which makes the drugs, said it was running its own trials in people with liver disease linked to drinking. The drugs have been dubbed "miracle jabs" by some newspapers.""", [
    # a study's finding in a headline is its authors' written word
    ("Weight-loss jabs cut alcohol cravings", I, None, "study", "finds"),
    ("People taking semaglutide, the drug in Wegovy and Ozempic, drank about 40% less alcohol than those given a placebo",
     I, "University of Copenhagen", "University of Copenhagen", "according to"),
    ("The effect was strongest in heavy drinkers", I, None, "the researchers", "said"),
    ("Patients kept telling us that the wine at dinner just didn't appeal any more,", D,
     "Mette Lindqvist", "Prof Mette Lindqvist", "said"),
    ("We now have a trial that shows it is not just anecdote.", D, "Mette Lindqvist",
     "Prof Mette Lindqvist", "said"),
    ("promising but early", P, "Raj Patel", "Dr Raj Patel", "called"),
    ("that the drugs were not licensed for alcohol use disorder", I, "Raj Patel", "Dr Raj Patel",
     "warned"),
    ("it was running its own trials in people with liver disease linked to drinking", I,
     "Novo Nordisk", "Novo Nordisk", "said"),
    # a nickname ("miracle jabs") gets no row
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout22.jsonl")
    m.write(out)
