/* report.c: an application that links sqlite-news statically and registers it on every
 * connection with sqlite3_auto_extension(), then prints one line per article of a database:
 * its id, how many entity mentions, people and quotations the extension finds, and its title.
 *
 *   make && cc -std=c11 -Idist docs/examples/report.c dist/libnews.a \
 *        $(pkg-config --libs sqlite3 libutf8proc) -lm -o build/report
 *   build/report build/demo.db
 *
 * After `make install`: cc report.c $(pkg-config --cflags --libs news) -o report.
 * Output: tab-separated, a header line, one line per article, then a `total` line. */
#include <stdio.h>

#include <sqlite3.h>

#include "news.h"

static const char *const QUERY =
    "SELECT a.id,"
    "       (SELECT count(*) FROM news_entities(a.body)),"
    "       (SELECT count(DISTINCT entity) FROM news_entities(a.body) WHERE type = 'PER'),"
    "       (SELECT count(*) FROM news_quotes(a.body)),"
    "       a.title"
    "  FROM articles AS a ORDER BY a.id";

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s ARTICLES.db\n", argv[0]);
        return 2;
    }
    /* once, before any connection opens: every later connection gets the news_* functions */
    if (sqlite3_auto_extension((void (*)(void))sqlite3_news_init) != SQLITE_OK) return 1;

    sqlite3 *db = 0;
    sqlite3_stmt *stmt = 0;
    int status = 1;
    long long total[3] = {0, 0, 0};
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, 0) != SQLITE_OK) goto fail;
    if (sqlite3_prepare_v2(db, "SELECT news_version()", -1, &stmt, 0) != SQLITE_OK) goto fail;
    if (sqlite3_step(stmt) != SQLITE_ROW) goto fail;
    printf("# sqlite-news %s (header %s), SQLite %s\n", sqlite3_column_text(stmt, 0),
           NEWS_VERSION, sqlite3_libversion());
    sqlite3_finalize(stmt);
    stmt = 0;

    if (sqlite3_prepare_v2(db, QUERY, -1, &stmt, 0) != SQLITE_OK) goto fail;
    printf("article\tentities\tpeople\tquotes\ttitle\n");
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < 3; i++) total[i] += sqlite3_column_int64(stmt, i + 1);
        printf("%lld\t%lld\t%lld\t%lld\t%s\n", sqlite3_column_int64(stmt, 0),
               sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2),
               sqlite3_column_int64(stmt, 3), (const char *)sqlite3_column_text(stmt, 4));
    }
    if (rc != SQLITE_DONE) goto fail;
    printf("total\t%lld\t%lld\t%lld\t\n", total[0], total[1], total[2]);
    status = 0;

fail:
    if (status) fprintf(stderr, "report: %s\n", db ? sqlite3_errmsg(db) : "cannot open");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return status;
}
