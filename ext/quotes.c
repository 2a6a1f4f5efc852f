/* quotes.c: finds quotations in the current window and appends them to w->quote.
 * (issue #4 fills this in; the foundation ships it empty so the SQL surface exists.) */
#include "news.h"

int news_quotes_window(const NewsModel *m, NewsWork *w) {
    (void)m;
    (void)w;
    return NEWS_OK;
}

void news_quotes_free(NewsWork *w) { (void)w; }
