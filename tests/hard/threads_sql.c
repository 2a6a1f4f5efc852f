/* threads_sql.c: N threads, each with its own connection to its own in-memory database
 * (the static library registered once with sqlite3_auto_extension), run the same queries
 * and must read exactly the rows a single thread reads. Built with -fsanitize=thread (make
 * tsan): a race on the shared model, a static buffer or a lazily set global in the binding
 * fails the run. Also run under valgrind (make valgrind) in a plain build.
 * Prints `threads-sql: N passed, N failed`. */
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

#include "../../ext/sqlite_news.h"
#include "articles.h"
#include "threads.h"

static const char *const queries[] = {
    "SELECT entity, type, mention, start, length, sentence, score FROM news_entities(?1)",
    ("SELECT quote, kind, speaker, speaker_mention, speaker_start, speaker_length, cue, "
     "start, length, sentence, score FROM news_quotes(?1)"),
    "SELECT sentence, start, length, content FROM news_sentences(?1)",
    "SELECT news_entities_json(?1), news_quotes_json(?1), news_key(?1), news_version()",
};
#define N_QUERIES (sizeof queries / sizeof *queries)

/* FNV-1a of every value a query returns on one article: the rows, compared across threads */
static uint64_t digest_of(sqlite3 *db, const char *sql, const char *arg, int *err) {
    uint64_t h = 1469598103934665603ull;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK) {
        (*err)++;
        return 0;
    }
    sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            const unsigned char *z = sqlite3_column_text(st, c);
            int n = sqlite3_column_bytes(st, c);
            for (int i = 0; z && i < n; i++) h = (h ^ z[i]) * 1099511628211ull;
            h = (h ^ (uint64_t)(sqlite3_column_type(st, c) + 256)) * 1099511628211ull;
        }
    if (rc != SQLITE_DONE) (*err)++;
    sqlite3_finalize(st);
    return h;
}

static uint64_t ref[NEWS_TEST_N_ARTICLES][N_QUERIES];

static void *run(void *arg) {
    Job *job = arg;
    sqlite3 *db;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        job->errors++;
        sqlite3_close(db);
        return 0;
    }
    for (int r = 0; r < ROUNDS; r++)
        for (size_t k = 0; k < NEWS_TEST_N_ARTICLES; k++) {
            size_t i = (k + (size_t)job->id + (size_t)r) % NEWS_TEST_N_ARTICLES;
            for (size_t q = 0; q < N_QUERIES; q++)
                if (digest_of(db, queries[q], news_test_articles[i], &job->errors) != ref[i][q])
                    job->mismatches++;
        }
    sqlite3_close(db);
    return 0;
}

int main(void) {
    sqlite3_auto_extension((void (*)(void))sqlite3_news_init);
    sqlite3 *db;
    int errors = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++)
        for (size_t q = 0; q < N_QUERIES; q++)
            ref[i][q] = digest_of(db, queries[q], news_test_articles[i], &errors);
    sqlite3_close(db);
    if (errors) {
        fprintf(stderr, "threads-sql: the single-threaded reference failed\n");
        return 1;
    }
    int passed, failed;
    if (news_run_threads("threads-sql", run, &passed, &failed)) return 1;
    sqlite3_reset_auto_extension();
    printf("threads-sql: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
