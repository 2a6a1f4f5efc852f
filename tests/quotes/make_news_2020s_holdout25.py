#!/usr/bin/python3
"""Builds tests/quotes/news_2020s_holdout25.jsonl: 8 short articles written from scratch for
this project in the styles of 2025-26 news, rich in quotation spans, kinds and cues: border
clashes between Pakistan and Afghanistan from AFP (a report before `, Pakistan's military said
on Sunday, the worst fighting ...`, a that-clause holding a fragment, `has denied` with a
gerund, `told AFP that`), a Formula 1 race in BBC Sport style (`told Sky Sports`, `described
... as "a joke" but said ...`, `the Australian`, `he added`), a federal judge on food aid in
AP style with curly marks (`, saying ...` after the lede's `A federal judge`, `wrote that`,
`had argued that`, `told reporters` without `that`, `according to` the department), a bank
takeover in Bloomberg style (`according to people familiar with the matter`, `the people
said, asking not to be identified`, `they said`, `A spokesperson for Germany's Finance
Ministry`, `has repeatedly said`, `told analysts on an earnings call`, `has argued that`), a
Spanish heatwave in the Guardian's style (a headline's `scientists warn of 'new normal'`,
`the state meteorological agency Aemet said`, `acknowledged that ... but insisted ...`,
`said ... would have been “virtually impossible”`, `Farmers' groups warned that`), a US
city council's vote on a shelter in a local paper (`argued` without `that`, `He said he
supported a shelter "in principle" but ...`, `told the council`, `according to city
documents`, a report before `city manager Luis Ferreira said`), a child's death from bird
flu on the Reuters wire (a headline's `, CDC says`, an apposition inside the report before
`, the Centers for Disease Control and Prevention said`, `, the CDC said, adding that`,
`Scientists have warned that`, `said X, director of ...`), and a retailer's cyber-attack in
BBC style (a headline's `says`, `has confirmed that`, `told BBC Breakfast she was "..." and
that ... "..."`, `, saying it had ...` after a post on Telegram). Not rows: `claimed
responsibility`, `declined to comment`, a writer's `a charge ...`. Annotated by the
conventions of make_news_2020s.py, whose builder it uses, from SPEC and docs/quotes.md,
never from the extension's output. Public figures are real (their words here are invented);
the other people and some bodies (Millbrook and its council, Tammy Brewer, Luis Ferreira)
are invented.
Written by helper quotes16 on 2026-11-27 before any rule of its branch, blind (never run
through the extension before it was committed), then measured once.
Blind, main at 5ff005f (67 quotations): all kinds overlap 96.92 (P 100 R 94.03), exact 96.92,
end-to-end 84.62, speaker strict 84.00; direct named exact 100, overlap 100, end-to-end 94.12
(17; speaker strict 93.75); indirect overlap 94.44 (P 100 R 89.47), end-to-end 77.78; partial
R 100, speaker strict 90.00.
Then its errors were read (no annotation changed): reports missed after "said August alone
had ...", "told the council she ...", "described ... as "a joke" but said ...", and the
headline "Co-op says ..." (the entity step finds no "Co-op"); the partial "unprovoked
aggression" given the cue "posts" (of "several Afghan posts"); speakers ("A federal judge"
given to Trump, "they" to UniCredit, the CDC's short name, "the company" and "he added"). The
rules of branch quotes16 that came after were written from its own articles, BBC, Reuters
and the lead's list, three of them for classes seen here (a month as subject, a body told,
a description before "but said"), each read on BBC and Reuters-21578: all kinds overlap
96.92 -> 99.25 (R 98.51), end-to-end 84.62 -> 84.21 (speaker strict 81.13: the new rows'
speakers are speakers.c's); indirect overlap 94.44 -> 98.67; direct named unchanged (94.12);
cue 98.48 ("unprovoked aggression" now given "responded"). Left: the Co-op headline, and the
speakers above.

usage: make_news_2020s_holdout25.py [OUT.jsonl]   (default: news_2020s_holdout25.jsonl here)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_news_2020s as m  # noqa: E402

m.DOCS.clear()
D, P, I = m.D, m.P, m.I
doc = m.doc

doc("h25-border", """\
Pakistan and Afghanistan trade blame after deadly border clashes

ISLAMABAD, Oct 12, 2025 (AFP) - Pakistani and Afghan forces exchanged heavy fire along their border overnight, killing at least 23 soldiers, Pakistan's military said on Sunday, the worst fighting between the neighbours in years.

The military said in a statement that its troops had responded to "unprovoked aggression" and had destroyed several Afghan posts.

Taliban government spokesman Zabihullah Mujahid said the operation was retaliation for Pakistani air strikes in Kabul earlier in the week. "If the other side wants peace, we want peace. If they want war, we are ready," he told a press conference in Kabul.

Pakistan has denied carrying out the strikes. Saudi Arabia and Qatar had been in contact with both governments, Pakistan's foreign ministry said.

A resident of the border town of Chaman told AFP that families had spent the night in basements. "We heard the shelling until dawn," he said.""", [
    ("Pakistani and Afghan forces exchanged heavy fire along their border overnight, killing "
     "at least 23 soldiers", I, None, "Pakistan's military", "said"),
    # a that-clause holding a fragment in marks gives the fragment's row only
    ("unprovoked aggression", P, None, "The military", "said"),
    ("the operation was retaliation for Pakistani air strikes in Kabul earlier in the week", I,
     "Zabihullah Mujahid", "Zabihullah Mujahid", "said"),
    ("If the other side wants peace, we want peace. If they want war, we are ready,", D,
     "Zabihullah Mujahid", "he", "told"),
    ("carrying out the strikes", I, "Pakistan", "Pakistan", "denied"),
    ("Saudi Arabia and Qatar had been in contact with both governments", I, None,
     "Pakistan's foreign ministry", "said"),
    ("that families had spent the night in basements", I, None, "A resident", "told"),
    ("We heard the shelling until dawn,", D, None, "he", "said"),
])

doc("h25-f1", """\
Norris wins in Mexico to take championship lead

McLaren's Lando Norris won the Mexico City Grand Prix by more than 30 seconds to move ahead of team-mate Oscar Piastri at the top of the drivers' championship.

The Briton led from pole position and was never challenged. "That was probably the best race of my life," Norris told Sky Sports. "The car was perfect from the first lap."

Piastri, who started seventh and finished fifth, said he had struggled with grip all weekend. "We just didn't have the pace today and that's something we need to understand," the Australian said.

Red Bull's Max Verstappen finished third despite a five-second penalty. The four-time world champion described the stewards' decision as "a joke" but said he was pleased with the result.

McLaren team principal Andrea Stella said the title race would go "right down to the wire".

"Both our drivers deserve to fight for this, and we will let them race," he added.""", [
    ("That was probably the best race of my life,", D, "Lando Norris", "Norris", "told"),
    ("The car was perfect from the first lap.", D, "Lando Norris", "Norris", "told"),
    ("he had struggled with grip all weekend", I, "Oscar Piastri", "Piastri", "said"),
    ("We just didn't have the pace today and that's something we need to understand,", D,
     "Oscar Piastri", "the Australian", "said"),
    ("a joke", P, "Max Verstappen", "The four-time world champion", "described"),
    ("he was pleased with the result", I, "Max Verstappen", "The four-time world champion",
     "said"),
    ("right down to the wire", P, "Andrea Stella", "Andrea Stella", "said"),
    ("Both our drivers deserve to fight for this, and we will let them race,", D,
     "Andrea Stella", "he", "added"),
])

doc("h25-snap", """\
Judge orders Trump administration to keep food aid flowing during shutdown

BOSTON (AP) — A federal judge on Thursday blocked the Trump administration from halting food assistance benefits during the government shutdown, saying the Agriculture Department had acted unlawfully.

U.S. District Judge Indira Talwani wrote that the agency had “ample funds” in a contingency reserve and could not simply let benefits lapse.

The Agriculture Department had argued that it was barred by law from tapping the reserve. White House press secretary Karoline Leavitt told reporters the ruling would be appealed. “This is another activist judge trying to run the executive branch,” she said.

Attorneys general from 25 states, who brought the lawsuit, welcomed the decision. “Families should never go hungry because of political games in Washington,” Massachusetts Attorney General Andrea Joy Campbell said in a statement.

About 42 million Americans receive the benefits, commonly known as food stamps, according to the Agriculture Department.

Associated Press writer Rebecca Santana in Washington contributed to this report.""", [
    ("the Agriculture Department had acted unlawfully", I, "Indira Talwani", "A federal judge",
     "saying"),
    ("ample funds", P, "Indira Talwani", "Indira Talwani", "wrote"),
    ("that it was barred by law from tapping the reserve", I, "Agriculture Department",
     "The Agriculture Department", "argued"),
    ("the ruling would be appealed", I, "Karoline Leavitt", "Karoline Leavitt", "told"),
    ("This is another activist judge trying to run the executive branch,", D,
     "Karoline Leavitt", "she", "said"),
    ("Families should never go hungry because of political games in Washington,", D,
     "Andrea Joy Campbell", "Andrea Joy Campbell", "said"),
    ("About 42 million Americans receive the benefits, commonly known as food stamps", I,
     "Agriculture Department", "the Agriculture Department", "according to"),
])

doc("h25-unicredit", """\
UniCredit Weighs Fresh Bid for Commerzbank as Berlin Softens Stance

UniCredit SpA is considering a renewed offer for Commerzbank AG after signals that the German government may no longer block a deal, according to people familiar with the matter.

Chief Executive Officer Andrea Orcel has held informal talks with advisers about the structure of a bid, the people said, asking not to be identified discussing private information. No decision has been made, they said.

Representatives for UniCredit and Commerzbank declined to comment. A spokesperson for Germany's Finance Ministry said the government's position "has not changed."

Commerzbank Chief Executive Officer Bettina Orlopp has repeatedly said the lender is better off on its own. "We have a strategy that works and shareholders who see that," she told analysts on an earnings call this month.

Orcel has argued that European banks need scale to compete with US rivals.""", [
    ("UniCredit SpA is considering a renewed offer for Commerzbank AG after signals that the "
     "German government may no longer block a deal", I, None,
     "people familiar with the matter", "according to"),
    ("Chief Executive Officer Andrea Orcel has held informal talks with advisers about the "
     "structure of a bid", I, None, "the people", "said"),
    ("No decision has been made", I, None, "they", "said"),
    ("has not changed.", P, "Finance Ministry", "A spokesperson for Germany's Finance Ministry",
     "said"),
    ("the lender is better off on its own", I, "Bettina Orlopp", "Bettina Orlopp", "said"),
    ("We have a strategy that works and shareholders who see that,", D, "Bettina Orlopp",
     "she", "told"),
    ("that European banks need scale to compete with US rivals", I, "Andrea Orcel", "Orcel",
     "argued"),
])

doc("h25-heatwave", """\
Spain records hottest summer as scientists warn of ‘new normal’

Spain has recorded its hottest summer since records began, the state meteorological agency Aemet has said. Average temperatures were 2.1C above the long-term mean.

The agency said August alone had brought 16 consecutive days of heatwave conditions across much of the country. More than 380,000 hectares burned in wildfires, according to the European Forest Fire Information System.

“What used to be an exceptional summer is now simply a summer,” said Rubén del Campo, a spokesperson for Aemet. “We have to adapt, and quickly.”

The environment minister, Sara Aagesen, acknowledged that firefighting services had been stretched, but insisted the government had acted as fast as it could.

Friederike Otto, a climate scientist at Imperial College London, said heatwaves of this intensity would have been “virtually impossible” without human-caused warming.

Farmers’ groups warned that olive oil production could fall by a third.""", [
    ("new normal", P, None, "scientists", "warn"),
    ("Spain has recorded its hottest summer since records began", I, "Aemet",
     "the state meteorological agency Aemet", "said"),
    ("August alone had brought 16 consecutive days of heatwave conditions across much of the "
     "country", I, "Aemet", "The agency", "said"),
    ("More than 380,000 hectares burned in wildfires", I,
     "European Forest Fire Information System", "the European Forest Fire Information System",
     "according to"),
    ("What used to be an exceptional summer is now simply a summer,", D, "Rubén del Campo",
     "Rubén del Campo", "said"),
    ("We have to adapt, and quickly.", D, "Rubén del Campo", "Rubén del Campo", "said"),
    ("that firefighting services had been stretched", I, "Sara Aagesen", "Sara Aagesen",
     "acknowledged"),
    ("the government had acted as fast as it could", I, "Sara Aagesen", "Sara Aagesen",
     "insisted"),
    ("virtually impossible", P, "Friederike Otto", "Friederike Otto", "said"),
    ("that olive oil production could fall by a third", I, None, "Farmers’ groups", "warned"),
])

doc("h25-shelter", """\
Millbrook council approves Fifth Street shelter after heated meeting

MILLBROOK — The City Council voted 5-2 late Tuesday to convert a former motel on Fifth Street into a 60-bed homeless shelter, ending months of debate that packed the council chambers again this week.

Mayor Denise Kowalski said the city could not afford to wait for another winter. "People are sleeping in doorways a block from City Hall," she said before the vote.

Council member Raymond Ochoa, who voted against the plan, argued the site was too close to an elementary school. He said he supported a shelter "in principle" but not at that location.

More than 40 residents signed up to speak. Tammy Brewer, who owns a bakery across the street, told the council she had already found needles behind her shop. "I'm not against helping people. I'm against being ignored," Brewer said.

The shelter is expected to open in February, according to city documents. Operating costs of about $1.8 million a year will be covered by county and state grants, city manager Luis Ferreira said.""", [
    ("the city could not afford to wait for another winter", I, "Denise Kowalski",
     "Denise Kowalski", "said"),
    ("People are sleeping in doorways a block from City Hall,", D, "Denise Kowalski", "she",
     "said"),
    ("the site was too close to an elementary school", I, "Raymond Ochoa", "Raymond Ochoa",
     "argued"),
    ("in principle", P, "Raymond Ochoa", "He", "said"),
    ("she had already found needles behind her shop", I, "Tammy Brewer", "Tammy Brewer",
     "told"),
    ("I'm not against helping people. I'm against being ignored,", D, "Tammy Brewer", "Brewer",
     "said"),
    ("The shelter is expected to open in February", I, None, "city documents", "according to"),
    ("Operating costs of about $1.8 million a year will be covered by county and state grants",
     I, "Luis Ferreira", "Luis Ferreira", "said"),
])

doc("h25-birdflu", """\
First US child dies of H5N1 bird flu, CDC says

NEW YORK, Feb 3 (Reuters) - A child in California has died after being infected with H5N1 bird flu, the first pediatric death from the virus in the United States, the Centers for Disease Control and Prevention said on Monday.

The child had been exposed to a backyard flock of poultry, the CDC said, adding that there was no evidence of person-to-person spread.

California health officials said the risk to the general public remained low. "This is a tragic loss, and our thoughts are with the family," state public health officer Erica Pan said in a statement.

The virus has infected more than 70 people in the United States since 2024, most of them dairy and poultry workers, according to the CDC.

Scientists have warned that each human infection gives the virus a chance to adapt. "We are rolling the dice every time," said Jennifer Nuzzo, director of the Pandemic Center at Brown University.""", [
    ("First US child dies of H5N1 bird flu", I, "Centers for Disease Control and Prevention",
     "CDC", "says"),
    ("A child in California has died after being infected with H5N1 bird flu, the first "
     "pediatric death from the virus in the United States", I,
     "Centers for Disease Control and Prevention",
     "the Centers for Disease Control and Prevention", "said"),
    ("The child had been exposed to a backyard flock of poultry", I,
     "Centers for Disease Control and Prevention", "the CDC", "said"),
    ("that there was no evidence of person-to-person spread", I,
     "Centers for Disease Control and Prevention", "the CDC", "adding"),
    ("the risk to the general public remained low", I, None, "California health officials",
     "said"),
    ("This is a tragic loss, and our thoughts are with the family,", D, "Erica Pan",
     "Erica Pan", "said"),
    ("The virus has infected more than 70 people in the United States since 2024, most of "
     "them dairy and poultry workers", I, "Centers for Disease Control and Prevention",
     "the CDC", "according to"),
    ("that each human infection gives the virus a chance to adapt", I, None, "Scientists",
     "warned"),
    ("We are rolling the dice every time,", D, "Jennifer Nuzzo", "Jennifer Nuzzo", "said"),
])

doc("h25-coop", """\
Co-op says hackers stole data of 6.5 million members

The Co-op has confirmed that hackers stole the personal data of all 6.5 million of its members in a cyber-attack earlier this year.

Chief executive Shirine Khoury-Haq told BBC Breakfast she was "incredibly sorry" and that the attack had been "extremely personal" for staff.

"I'm devastated that this has happened," she said. "It hurt our members, it hurt our colleagues."

The data taken included names, addresses and contact details, but not banking information, the company said.

Hacking group Scattered Spider claimed responsibility in a post on Telegram, saying it had also tried to deploy ransomware.

The Information Commissioner's Office said it was working with the Co-op to "understand the impact on people". Four people were arrested by the National Crime Agency in July.

Cyber security expert Dr Ciaran Martin said retailers had become "a soft target" for criminal gangs.""", [
    ("hackers stole data of 6.5 million members", I, "Co-op", "Co-op", "says"),
    ("that hackers stole the personal data of all 6.5 million of its members in a cyber-attack "
     "earlier this year", I, "Co-op", "The Co-op", "confirmed"),
    ("incredibly sorry", P, "Shirine Khoury-Haq", "Shirine Khoury-Haq", "told"),
    ("extremely personal", P, "Shirine Khoury-Haq", "Shirine Khoury-Haq", "told"),
    ("I'm devastated that this has happened,", D, "Shirine Khoury-Haq", "she", "said"),
    ("It hurt our members, it hurt our colleagues.", D, "Shirine Khoury-Haq", "she", "said"),
    ("The data taken included names, addresses and contact details, but not banking "
     "information", I, "Co-op", "the company", "said"),
    # `claimed responsibility` is a deed's noun, no report
    ("it had also tried to deploy ransomware", I, "Scattered Spider", "Scattered Spider",
     "saying"),
    ("understand the impact on people", P, "Information Commissioner's Office",
     "The Information Commissioner's Office", "said"),
    ("a soft target", P, "Ciaran Martin", "Dr Ciaran Martin", "said"),
])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "news_2020s_holdout25.jsonl")
    m.write(out)
