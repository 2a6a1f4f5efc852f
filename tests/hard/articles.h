/* articles.h: short article-like texts written for this project (never taken from the
 * shared corpora), used by the out-of-memory, thread and scale tests. They cover what the
 * pipeline meets in news: titles, acronyms, possessives, every quotation-mark style, a quote
 * over two paragraphs, reported speech, invalid UTF-8 and other scripts. */
#ifndef NEWS_TESTS_ARTICLES_H
#define NEWS_TESTS_ARTICLES_H

static const char *const news_test_articles[] = {
    "GENEVA (Wire) -- Foreign Minister Olena Marchuk said on Tuesday that the talks would "
    "resume next week. \342\200\234We will not give up,\342\200\235 Marchuk told reporters. "
    "\342\200\234Not now, not ever.\342\200\235\n\n"
    "The North Atlantic Treaty Organization (NATO) said its Soviet-era depots were empty. "
    "Mr. Tom O\342\200\231Brien of Acme Corp. said the U.S. would help, and Ukraine\342\200\231s "
    "army held the line, according to the Ministry of Defence. NATO declined to comment.\n",

    "\"It is over,\" said Ed Lamb, the mayor of Port Alder. \"We rebuild from here.\"\n"
    "Lamb, 54, told the Alder Gazette that the storm cost $3.5 million. He said the city "
    "council would meet on Jan. 5 at 10 a.m. 'The river rose fast,' a neighbour said.\n"
    "\342\200\234First, the roads,\n"
    "\342\200\234Then the school,\342\200\235 Lamb added.\n",

    "\302\253Nous restons\302\273, a dit Paul Ribaud. \342\200\236Wir bleiben\342\200\234, "
    "sagte Karl Stein in Berlin. Dr. Ana Diaz of the World Health Organization (WHO) said "
    "the WHO would send \342\200\234every team we have\342\200\235 to Lima.\n"
    "\320\230\320\262\320\260\320\275 said \342\200\230yes\342\200\231. @CityDesk wrote: "
    "\342\200\234We are live.\342\200\235\n",

    /* invalid UTF-8, control characters and unbalanced marks */
    "Kim Lo said \377\376 \"this never closes\001\n\342\200\235 stray closer by Bo Tan\303. "
    "\342\202 Zed Quin \300\257 met \355\240\200 Max Roe in \364\220\200\200 Oslo.\r\n"
    "\342\200\234\342\200\234\342\200\234 said Ray Cox\342\200\235\342\200\235.",
};
#define NEWS_TEST_N_ARTICLES (sizeof news_test_articles / sizeof *news_test_articles)

static const char *const news_test_names[] = {
    "Dr. Dmytro  KULEBA", "Prime Minister Sir John Major", "Ren\303\251e Z\303\274rich",
    "  --O'Neill,,, Jr.!!  ", "\377\376 Lee", "",
};
#define NEWS_TEST_N_NAMES (sizeof news_test_names / sizeof *news_test_names)

#endif
