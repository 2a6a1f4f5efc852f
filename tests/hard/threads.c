/* threads.c: the same rows on every thread. Built with -fsanitize=thread (make tsan), so a
 * data race anywhere in the core (a static scratch buffer, a lazily built table, a shared
 * counter) fails the run even when the rows happen to come out right.
 *
 * Each of N threads has its own NewsWork, as each SQL cursor has, and analyses every test
 * article plus a generated longer one several times, in a different order per thread; every
 * result must equal the single-threaded reference. Prints `threads: N passed, N failed`. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../fuzz/same.h"
#include "articles.h"
#include "threads.h"

#define N_DOCS (NEWS_TEST_N_ARTICLES + 1)

static const uint8_t *docs[N_DOCS];
static size_t doc_len[N_DOCS];
static NewsWork ref[N_DOCS];

static void *run(void *arg) {
    Job *job = arg;
    NewsWork w;
    news_work_init(&w, 0, 0);
    for (int r = 0; r < ROUNDS; r++)
        for (size_t k = 0; k < N_DOCS; k++) {
            size_t i = (k + (size_t)job->id + (size_t)r) % N_DOCS; /* orders differ */
            if (news_work_set_text(&w, docs[i], doc_len[i]) ||
                news_analyze(&news_model, &w, NEWS_SENTENCES | NEWS_QUOTES)) {
                job->errors++;
                continue;
            }
            const char *why = news_same_results(&w, &ref[i]);
            if (why) job->mismatches++, job->why = why;
            uint8_t *key = 0;
            size_t n = 0;
            const char *name = news_test_names[i % NEWS_TEST_N_NAMES];
            if (news_key(&w, (const uint8_t *)name, strlen(name), &key, &n)) job->errors++;
            news_work_release(&w, key);
        }
    news_work_free(&w);
    return 0;
}

int main(void) {
    /* a longer document: every article many times over, so windows and arrays grow */
    size_t big_n = 0;
    for (int rep = 0; rep < 200; rep++)
        for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) big_n += strlen(news_test_articles[i]);
    uint8_t *big = malloc(big_n + 1), *p = big;
    if (!big) return 1;
    for (int rep = 0; rep < 200; rep++)
        for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) {
            size_t n = strlen(news_test_articles[i]);
            memcpy(p, news_test_articles[i], n);
            p += n;
        }
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) {
        docs[i] = (const uint8_t *)news_test_articles[i];
        doc_len[i] = strlen(news_test_articles[i]);
    }
    docs[N_DOCS - 1] = big;
    doc_len[N_DOCS - 1] = big_n;
    for (size_t i = 0; i < N_DOCS; i++) {
        news_work_init(&ref[i], 0, 0);
        if (news_work_set_text(&ref[i], docs[i], doc_len[i]) ||
            news_analyze(&news_model, &ref[i], NEWS_SENTENCES | NEWS_QUOTES))
            return 1;
    }
    int passed, failed;
    if (news_run_threads("threads", run, &passed, &failed)) return 1;
    for (size_t i = 0; i < N_DOCS; i++) news_work_free(&ref[i]);
    free(big);
    printf("threads: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
