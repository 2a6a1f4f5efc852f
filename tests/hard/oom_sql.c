/* oom_sql.c: out-of-memory injection through SQLite's allocator, as a host application with
 * a heap limit or a failing malloc sees it.
 *
 * SQLITE_CONFIG_MALLOC installs counting wrappers; the core allocates through
 * sqlite3_realloc64, so the wrappers see every byte of both. The workload (open a database,
 * every test article through news_entities, news_quotes, news_sentences with every column
 * read, the JSON twins, news_key, and a correlated join over a table of articles) first runs
 * clean to count its allocations; then, for every k, with the k-th allocation failing (and
 * once more with every allocation from the k-th on failing). Every failure must come back
 * as SQLITE_NOMEM or as an error whose message starts with the function's name; nothing may
 * crash; and after sqlite3_shutdown() no block may be left (counted here, and LeakSanitizer
 * checks again in the ASan build). The clean run's rows are compared with a run after all
 * the failures, so a failure leaves no trace. Prints `oom-sql: N passed, N failed`. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/sqlite_news.h"
#include "articles.h"

static long n_calls, fail_at, n_live, n_injected;
static int fail_after;
static sqlite3_mem_methods libc_mem;

static int should_fail(void) {
    n_calls++;
    if (fail_at && (n_calls == fail_at || (fail_after && n_calls > fail_at))) {
        n_injected++;
        return 1;
    }
    return 0;
}
/* blocks carry their size in an 8-byte header, as xSize needs */
static void *t_malloc(int n) {
    if (should_fail()) return 0;
    int64_t *p = malloc((size_t)n + 8);
    if (!p) return 0;
    p[0] = n;
    n_live++;
    return p + 1;
}
static void t_free(void *p) {
    if (!p) return;
    n_live--;
    free((int64_t *)p - 1);
}
static void *t_realloc(void *p, int n) {
    if (should_fail()) return 0;
    int64_t *q = realloc((int64_t *)p - 1, (size_t)n + 8);
    if (!q) return 0;
    q[0] = n;
    return q + 1;
}
static int t_size(void *p) { return p ? (int)((int64_t *)p)[-1] : 0; }
static int t_roundup(int n) { return (n + 7) & ~7; }
static int t_init(void *x) { (void)x; return SQLITE_OK; }
static void t_shutdown(void *x) { (void)x; }

static int passed, failed, problems, loop_problems; /* cases passed/failed; checks that failed */
static void check(int ok, long k, const char *what, const char *detail) {
    if (!ok) {
        problems++;
        if (problems <= 20)
            fprintf(stderr, "oom-sql: k=%ld: %s: %s\n", k, what, detail ? detail : "");
    }
}

/* 64-bit FNV-1a over everything the workload reads, to compare runs. */
static uint64_t digest;
static void mix(const void *p, size_t n) {
    const uint8_t *z = p;
    for (size_t i = 0; i < n; i++) digest = (digest ^ z[i]) * 1099511628211ull;
}

/* An error is acceptable when it is out of memory or names a news_ function. */
static int acceptable(sqlite3 *db, int rc) {
    if ((rc & 0xFF) == SQLITE_NOMEM) return 1;
    const char *msg = db ? sqlite3_errmsg(db) : "";
    return strncmp(msg, "news_", 5) == 0 || strcmp(msg, "out of memory") == 0;
}

/* Runs one statement to its end, reading every column. Returns SQLITE_OK/DONE or the
 * failing code; *bad is set when the failure is not an acceptable one. */
static int run(sqlite3 *db, const char *sql, const char *arg, int *bad, const char **msg) {
    sqlite3_stmt *st = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, 0);
    if (rc == SQLITE_OK && arg) rc = sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW) break;
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            int type = sqlite3_column_type(st, c);
            const unsigned char *z = sqlite3_column_text(st, c);
            if (!z && type != SQLITE_NULL) { /* the conversion itself ran out of memory */
                rc = sqlite3_errcode(db) ? sqlite3_errcode(db) : SQLITE_NOMEM;
                break;
            }
            if (z) mix(z, (size_t)sqlite3_column_bytes(st, c));
            mix(&type, sizeof type);
        }
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    if (rc != SQLITE_OK && !acceptable(db, rc)) {
        *bad = 1;
        *msg = sqlite3_errmsg(db);
    }
    sqlite3_finalize(st);
    return rc;
}

static int workload(int *bad, const char **msg) {
    sqlite3 *db = 0;
    int rc = sqlite3_initialize();
    if (rc == SQLITE_OK) rc = sqlite3_auto_extension((void (*)(void))sqlite3_news_init);
    if (rc == SQLITE_OK) rc = sqlite3_open(":memory:", &db);
    if (rc != SQLITE_OK) {
        if ((rc & 0xFF) != SQLITE_NOMEM && !acceptable(db, rc)) {
            *bad = 1;
            *msg = db ? sqlite3_errmsg(db) : "open failed";
        }
        sqlite3_close(db);
        return rc;
    }
    static const char *const per_article[] = {
        "SELECT entity, type, mention, start, length, sentence, score FROM news_entities(?1)",
        ("SELECT quote, kind, speaker, speaker_mention, speaker_start, speaker_length, cue, "
         "start, length, sentence, score FROM news_quotes(?1)"),
        "SELECT sentence, start, length, content FROM news_sentences(?1)",
        "SELECT news_entities_json(?1), news_quotes_json(?1)",
    };
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES && rc == SQLITE_OK; i++)
        for (size_t s = 0; s < sizeof per_article / sizeof *per_article && rc == SQLITE_OK; s++)
            rc = run(db, per_article[s], news_test_articles[i], bad, msg);
    for (size_t i = 0; i < NEWS_TEST_N_NAMES && rc == SQLITE_OK; i++)
        rc = run(db, "SELECT news_key(?1)", news_test_names[i], bad, msg);
    if (rc == SQLITE_OK) rc = run(db, "CREATE TABLE a(id INTEGER PRIMARY KEY, body)", 0, bad, msg);
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES && rc == SQLITE_OK; i++)
        rc = run(db, "INSERT INTO a(body) VALUES (?1)", news_test_articles[i], bad, msg);
    if (rc == SQLITE_OK)
        rc = run(db, "SELECT a.id, e.entity, q.quote FROM a, news_entities(a.body) AS e "
                     "LEFT JOIN news_quotes(a.body) AS q ON q.speaker = e.entity "
                     "ORDER BY a.id, e.start, q.start", 0, bad, msg);
    sqlite3_close(db);
    return rc;
}

int main(void) {
    sqlite3_mem_methods m = {t_malloc, t_free, t_realloc, t_size, t_roundup, t_init,
                             t_shutdown, 0};
    (void)libc_mem;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK) {
        fprintf(stderr, "oom-sql: cannot install the allocator\n");
        return 1;
    }
    sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0); /* every allocation reaches us */
    int bad = 0;
    const char *msg = 0;
    digest = 1469598103934665603ull;
    int rc = workload(&bad, &msg);
    sqlite3_shutdown();
    uint64_t clean = digest;
    long total = n_calls;
    check(rc == SQLITE_OK, 0, "clean run failed", msg);
    check(n_live == 0, 0, "clean run left blocks", 0);
    long step = total > 4000 ? total / 2000 : 1; /* keep the run near a minute under ASan */
    for (fail_after = 0; fail_after <= 1; fail_after++)
        for (long k = 1; k <= total; k += step) {
            int before = problems;
            n_calls = 0;
            fail_at = k;
            bad = 0;
            msg = 0;
            rc = workload(&bad, &msg);
            sqlite3_shutdown();
            check(!bad, k, "error neither SQLITE_NOMEM nor named after its function", msg);
            check(n_live == 0, k, "blocks left after sqlite3_shutdown", 0);
            n_live = 0;
            if (problems == before) passed++;
            else failed++, loop_problems += problems - before;
        }
    fail_at = 0;
    digest = 1469598103934665603ull;
    rc = workload(&bad, &msg);
    sqlite3_shutdown();
    check(rc == SQLITE_OK && digest == clean, 0, "rows after the failures differ", msg);
    if (problems > loop_problems) failed++; /* the clean runs: one case */
    else passed++;
    printf("  oom-sql: %ld allocations in the workload, %ld failures injected%s\n", total,
           n_injected, step > 1 ? " (every k in steps)" : "");
    printf("oom-sql: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
