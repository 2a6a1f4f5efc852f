-- demo_articles.sql: the demo corpus, twelve short news articles written for this project
-- (every person, company and event in them is invented; places and public bodies are real
-- names used for realism). `make demo` loads it into build/demo.db.
--
-- Table: articles(id INTEGER PRIMARY KEY, published TEXT (ISO date), source TEXT, title TEXT,
-- body TEXT). The body is the whole article as a wire service sends it: the headline on the
-- first line, then one paragraph per line, so the headline is a sentence of its own.
-- The texts exercise what the extension has to handle: straight and curly quotation marks,
-- split quotes ("A," X said. "B."), "said X, the minister", "according to", reported speech
-- ("X said that ..."), pronoun speakers, a quotation running over two paragraphs, a quote
-- nested in a quote, and scare quotes that nobody is saying.
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    published TEXT,
    source TEXT,
    title TEXT,
    body TEXT
);
BEGIN;
INSERT INTO articles(id, published, source, title, body) VALUES (1, '2026-03-02', 'Capital Wire',
'Carter unveils budget as coalition partners warn of cuts',
'Carter unveils budget as coalition partners warn of cuts
LONDON, March 2 (Capital Wire) - Finance Minister Helen Carter on Monday presented a budget that she said would "restore confidence" in the public finances, while partners in the governing coalition warned that cuts to local councils went too far.
"This is a budget for the long term, not for the next headline," Carter told Parliament. "We will bring borrowing down without closing a single hospital."
The plan raises spending on defence and rail while trimming grants to councils in England by 4 percent over two years, according to documents published by the Treasury.
Opposition leader Martin Hale called the proposals a quiet form of austerity. He said that councils in the north of England would bear most of the burden and that the poorest towns would be hit first.
"Families in Leeds and Sheffield will pay for this," said Hale, the leader of the Liberal Alliance. "The minister knows it, and so does every council leader I have spoken to."
The Institute for Fiscal Studies said the budget left "very little room for error" if growth slowed. According to the Office for Budget Responsibility, the economy is expected to grow by 1.2 percent this year.
Prime Minister David Rowe backed his finance minister in a short statement outside Downing Street. "Helen has made the hard choices," he said. "I am proud to stand beside her."
The vote on the budget is expected next Tuesday.');
INSERT INTO articles(id, published, source, title, body) VALUES (2, '2026-03-04', 'Market Report',
'Nordwind Energy agrees to buy Baltic grid operator for 3.1 billion euros',
'Nordwind Energy agrees to buy Baltic grid operator for 3.1 billion euros
HAMBURG, March 4 - Nordwind Energy said on Wednesday it had agreed to buy Baltic Grid Holdings for 3.1 billion euros, the largest deal in the European power sector this year.
“The Baltic region is where the next decade of wind power will be built,” Nordwind chief executive Ingrid Solberg said in a statement. “This deal gives us the cables to carry it.”
Shares in Nordwind rose 6 percent in Frankfurt on the news. Analysts at Halden Bank called the price “full but fair”, according to a note sent to clients on Wednesday morning.
The deal still needs approval from the European Commission, which has examined several energy takeovers since 2024. A spokesperson for the commission declined to comment.
Solberg said that the company would keep Baltic Grid’s headquarters in Riga and would not cut jobs for at least three years. Baltic Grid employs about 2,400 people in Latvia, Lithuania and Estonia.
Tomas Berzins, the chairman of Baltic Grid, welcomed the offer. “We have been looking for a partner with deep pockets and a long view,” he said. “Nordwind is that partner.”
Not everyone was convinced. “Grid operators are natural monopolies, and the public should own them,” said Liga Ozola, an economist at the University of Latvia.
The transaction is expected to close in the second half of the year, according to Nordwind.');
INSERT INTO articles(id, published, source, title, body) VALUES (3, '2026-03-09', 'Capital Wire',
'Ministers agree to resume grain corridor talks in Geneva',
'Ministers agree to resume grain corridor talks in Geneva
GENEVA, March 9 (Capital Wire) - Foreign ministers from Turkey, Ukraine and Egypt agreed on Monday to resume talks on a Black Sea grain corridor after a day of meetings hosted by the United Nations in Geneva.
“We did not come here to make speeches,” said Marek Novak, the Czech foreign minister, who chaired the session. “We came to move ships.”
Under the outline agreed on Monday, ships carrying wheat and maize would be inspected in Istanbul before sailing on to ports in Egypt and North Africa. The World Food Programme said the corridor could feed “millions of people who cannot wait for diplomats”.
Egyptian Foreign Minister Amira Haddad said that her country would buy at least two million tonnes of Ukrainian wheat once the route reopened.
"Bread is not a bargaining chip," Haddad told reporters after the meeting. "It is a right, and the world has forgotten that too often."
Novak later met Paolo Ferri, the UN envoy for humanitarian affairs. Ferri said that a technical meeting of shipping experts would be held in Istanbul within two weeks.
"We have a date, we have a place, and for the first time in months we have trust," Ferri said.
Diplomats cautioned that insurance for the ships remained unresolved. According to Lloyd''s of London, premiums for vessels in the Black Sea have tripled since last year.');
INSERT INTO articles(id, published, source, title, body) VALUES (4, '2026-03-15', 'Sports Desk',
'Riverside United win National Cup on penalties',
'Riverside United win National Cup on penalties
CARDIFF, March 15 - Riverside United won the National Cup on Sunday, beating Ashford City 4-3 on penalties after a 1-1 draw in front of a sold-out crowd at the Millennium Stadium.
Goalkeeper Jonas Eriksen saved two penalties in the shootout, and defender Kwame Mensah scored the winning kick.
"I told the players at half-time that nobody would remember the first half," Riverside manager Sofia Lindqvist said. "They will remember this night for the rest of their lives."
Lindqvist, who joined the club from Malmo FF in 2024, is the first woman to win the cup as a manager. "It is not about me," she said. "It is about a group of players who refused to give up."
Ashford captain Leon Barker was close to tears at the final whistle. “We gave everything,” he said. “Football can be cruel, and tonight it was cruel to us.”
Eriksen said that he had studied videos of Ashford''s penalty takers all week with the goalkeeping coach.
The Football Association said the attendance of 71,400 was a record for the final. Riverside will play in the European Conference League next season.');
INSERT INTO articles(id, published, source, title, body) VALUES (5, '2026-03-18', 'Court Reporter',
'Former bank trader jailed for six years over rate rigging',
'Former bank trader jailed for six years over rate rigging
MANCHESTER, March 18 - A former trader at Halden Bank was sentenced to six years in prison on Wednesday for his part in a scheme to manipulate interest rates, ending a trial that lasted nearly four months.
Judge Raymond Okafor told Daniel Price, 44, that he had "betrayed the trust of every customer who relied on those rates".
"You knew exactly what you were doing, and you did it for money," the judge said. "The sentence must reflect that."
Prosecutor Claire Dubois said that Price had sent more than 300 messages to traders at other banks asking them to move their submissions. According to the Serious Fraud Office, the scheme cost savers and borrowers about 40 million pounds.
Price''s lawyer, Simon Grant, said his client would appeal. "Mr Price was a junior employee following the culture of his desk," Grant said outside Manchester Crown Court. "He has been made a scapegoat for the failures of his managers."
Halden Bank said in a statement that it had "cooperated fully" with investigators and had since changed its compliance rules.
Two other traders were acquitted last month.');
INSERT INTO articles(id, published, source, title, body) VALUES (6, '2026-03-23', 'Health Desk',
'Nurses in Scotland vote to strike over pay',
'Nurses in Scotland vote to strike over pay
GLASGOW, March 23 - Nurses across Scotland voted on Monday to strike for 48 hours next month, the first national walkout in the history of the Royal College of Nursing in Scotland.
Union leader Fiona MacLeod said the result showed the "depth of anger" on hospital wards after three years of below-inflation pay rises.
"Our members have waited three years for a fair offer. They have covered empty shifts, skipped meals and stayed late night after night.
"Nobody takes this step lightly. But the government has left us no choice," MacLeod said.
Health Secretary Andrew Kerr said that the strike would put patients at risk and urged the union to return to talks. “The door is open,” he said. “It has always been open.”
Emergency care will continue during the strike. According to NHS Scotland, about 1,200 planned operations could be postponed.
Dr. Priya Raman, a consultant at Glasgow Royal Infirmary, said many doctors supported the nurses. "They are the people who hold the wards together," she said. "If they are exhausted, the whole hospital is exhausted."
The Scottish Government is due to meet union leaders in Edinburgh on Thursday.');
INSERT INTO articles(id, published, source, title, body) VALUES (7, '2026-03-26', 'Tech Brief',
'Irish regulator fines Solara Technologies 420 million euros over data transfers',
'Irish regulator fines Solara Technologies 420 million euros over data transfers
DUBLIN, March 26 - The Data Protection Commission fined Solara Technologies 420 million euros on Thursday for sending the personal data of European users to servers in the United States without adequate safeguards.
“The size of this fine reflects the scale of the harm,” commissioner Niamh Byrne said. “Millions of people had no idea where their messages were going.”
Solara, which is based in San Francisco, said it would challenge the decision in the Irish courts. “We strongly disagree with this ruling, and we will appeal,” said Mark Whitfield, Solara’s general counsel.
According to the European Data Protection Board, it is the third-largest fine since the General Data Protection Regulation came into force in 2018.
The consumer group BEUC said the fine was a welcome signal but long overdue. Its director, Ursula Brandt, said that regulators had taken "far too long" to act on complaints filed in 2021.
Solara must stop the transfers within six months, the commission said.');
INSERT INTO articles(id, published, source, title, body) VALUES (8, '2026-03-30', 'Capital Wire',
'Floods force thousands from their homes in northern England',
'Floods force thousands from their homes in northern England
LEEDS, March 30 (Capital Wire) - Thousands of people were forced from their homes in West Yorkshire on Monday after the River Aire burst its banks following three days of heavy rain.
"We have lost everything downstairs," said Karen Holt, a retired teacher in Kirkstall, as she carried photographs out of her flooded living room. "The water came in faster than anyone said it would."
According to the Environment Agency, more than 3,000 homes were flooded across Leeds, Bradford and Wakefield.
Finance Minister Helen Carter visited the area and said that the Treasury would release 50 million pounds for emergency repairs. "Nobody in this city will be left to rebuild on their own," she said.
Opposition leader Martin Hale said the money came too late. “Money after the flood is not a plan,” Hale said. “The defences that were cut three years ago would have cost a fraction of this.”
Mayor of West Yorkshire Joanna Pike said hundreds of volunteers had filled sandbags through the night.');
INSERT INTO articles(id, published, source, title, body) VALUES (9, '2026-04-02', 'Market Report',
'European Central Bank holds rates, signals June cut',
'European Central Bank holds rates, signals June cut
FRANKFURT, April 2 - The European Central Bank kept interest rates unchanged on Thursday but signalled that it could cut borrowing costs in June if inflation kept falling.
"We are not there yet, but we can see the shore," ECB President Claudia Moretti told a news conference. "Inflation is coming down faster than we expected in January."
Moretti said that the bank would not commit in advance to any particular path for rates.
Economists at Halden Bank said the central bank was "preparing the ground" for a cut. According to Eurostat, inflation in the euro area fell to 2.3 percent in March from 2.6 percent in February.
Business leaders welcomed the signal. "Cheaper money will help us build faster," Nordwind Energy chief executive Ingrid Solberg told Market Report. "Every quarter point matters when you are laying cable under the sea."
Bond markets in Germany and Italy rallied after the announcement.');
INSERT INTO articles(id, published, source, title, body) VALUES (10, '2026-04-06', 'Capital Wire',
'First grain ships leave Odesa under new corridor',
'First grain ships leave Odesa under new corridor
ODESA, April 6 (Capital Wire) - The first three ships carrying Ukrainian grain under the new Black Sea corridor left Odesa on Monday, a month after talks in Geneva that few diplomats expected to succeed.
Czech Foreign Minister Marek Novak, who brokered the deal, described it as "fragile but real".
"When Novak told us ''we came to move ships'', many of us laughed," said Oleksandr Melnyk, the captain of the Sea Lark. "Nobody is laughing today."
Paolo Ferri, the UN envoy, said that inspectors in Istanbul had cleared the ships in less than a day. "The system works," he said.
Speaking in Cairo, Amira Haddad said the first cargo would reach Alexandria by April 14. "This is what diplomacy looks like when it works," she said.
The so-called "green lane" runs close to the coasts of Romania and Bulgaria, according to the United Nations.');
INSERT INTO articles(id, published, source, title, body) VALUES (11, '2026-04-08', 'Sports Desk',
'Lindqvist signs new contract with Riverside United',
'Lindqvist signs new contract with Riverside United
CARDIFF, April 8 - Riverside United manager Sofia Lindqvist has signed a new four-year contract, ending weeks of speculation that she would leave for a club in Germany.
"I never wanted to leave," Lindqvist said at the club''s training ground. "There is unfinished business here, and I want to finish it."
Chairman Robert Hughes said the new contract showed the club''s ambition. “Sofia is the best thing that has happened to this club in thirty years,” he said.
Goalkeeper Jonas Eriksen, whose saves won the National Cup last month, also agreed to a new deal, according to the club.
Lindqvist said that she wanted to add two players in the summer, a striker and a central defender, before the club''s first season in European competition.
Hughes said that the board had approved a budget for new players but refused to name a figure. Several hundred supporters gathered outside the ground to celebrate, some of them carrying a banner that read "Sofia stays".');
INSERT INTO articles(id, published, source, title, body) VALUES (12, '2026-04-09', 'Tech Brief',
'Solara Technologies files appeal against data fine',
'Solara Technologies files appeal against data fine
DUBLIN, April 9 - Solara Technologies has filed an appeal against the 420 million euro fine imposed by the Data Protection Commission last month, court papers showed on Thursday.
In its filing at the High Court in Dublin, the company argued that the commission had misread the law on data transfers and ignored safeguards it had put in place in 2023.
“We take privacy seriously, and we believe the court will agree that our transfers were lawful,” Mark Whitfield, Solara’s general counsel, wrote in a blog post.
Niamh Byrne, the commissioner who led the investigation, said the commission would defend its decision. “We stand by every line of it,” she said.
According to lawyers who follow the case, a ruling is unlikely before next year. Ursula Brandt of BEUC said that users should not have to wait that long. "Every month of delay is another month of transfers," she said.');
COMMIT;
