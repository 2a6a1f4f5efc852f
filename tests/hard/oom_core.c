/* oom_core.c: out-of-memory injection through the core's allocator hook (news_work_init).
 *
 * The workload (every test article through news_analyze with all steps, then news_key on
 * names) runs once to count its allocations; then, for every k, again with the k-th
 * allocation failing, once with only that one failing and once with every allocation from
 * the k-th on failing. Each run must end in NEWS_NOMEM (never a crash, a wrong status or
 * partial garbage), leave no allocation behind after news_work_free (counted here, and
 * checked again by LeakSanitizer in the ASan build), and the same workspace, retried with
 * memory back, must give exactly the rows of a run that never failed.
 * Prints `oom-core: N passed, N failed` and the number of failures injected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../fuzz/check.h"
#include "../fuzz/same.h"
#include "articles.h"

static long n_calls;       /* allocator calls so far in this run */
static long fail_at;       /* the call that fails (1-based); 0: none */
static int fail_after;     /* 1: every call from fail_at on fails */
static long n_live;        /* blocks allocated and not freed */
static long n_injected;    /* failures injected over the whole test */

static void *test_realloc(void *p, size_t n) {
    n_calls++;
    if (fail_at && (n_calls == fail_at || (fail_after && n_calls > fail_at))) {
        n_injected++;
        return 0; /* as realloc: p stays valid */
    }
    void *q = realloc(p, n);
    if (q && !p) n_live++;
    return q;
}

static void test_free(void *p) {
    if (p) n_live--;
    free(p);
}

static int passed, failed, problems, loop_problems; /* cases passed/failed; checks that failed */
static void check(int ok, const char *what, long k) {
    if (!ok) {
        problems++;
        if (problems <= 20) fprintf(stderr, "oom-core: k=%ld: %s\n", k, what);
    }
}

/* The workload on one workspace. Returns the first status that is not NEWS_OK. With
 * `ref` it compares every article's rows with the reference workspaces. */
static int workload(NewsWork *w, NewsWork *ref, const char **why) {
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) {
        const uint8_t *t = (const uint8_t *)news_test_articles[i];
        int rc = news_work_set_text(w, t, strlen((const char *)t));
        if (rc == NEWS_OK) rc = news_analyze(&news_model, w, NEWS_SENTENCES | NEWS_QUOTES);
        if (rc != NEWS_OK) return rc;
        if (ref && (*why = news_same_results(w, &ref[i]))) return -1;
    }
    for (size_t i = 0; i < NEWS_TEST_N_NAMES; i++) {
        uint8_t *key = 0;
        size_t n = 0;
        const uint8_t *name = (const uint8_t *)news_test_names[i];
        int rc = news_key(w, name, strlen((const char *)name), &key, &n);
        news_work_release(w, key);
        if (rc != NEWS_OK) return rc;
    }
    return NEWS_OK;
}

int main(void) {
    /* reference rows, with libc's allocator */
    NewsWork ref[NEWS_TEST_N_ARTICLES];
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) {
        news_work_init(&ref[i], 0, 0);
        const uint8_t *t = (const uint8_t *)news_test_articles[i];
        if (news_work_set_text(&ref[i], t, strlen((const char *)t)) ||
            news_analyze(&news_model, &ref[i], NEWS_SENTENCES | NEWS_QUOTES)) {
            fprintf(stderr, "oom-core: reference run failed\n");
            return 1;
        }
    }
    /* how many allocations the workload makes with no failure */
    NewsWork w;
    const char *why = 0;
    news_work_init(&w, test_realloc, test_free);
    n_calls = 0;
    fail_at = 0;
    check(workload(&w, ref, &why) == NEWS_OK, why ? why : "clean run failed", 0);
    long total = n_calls;
    news_work_free(&w);
    check(n_live == 0, "clean run leaked", 0);

    for (fail_after = 0; fail_after <= 1; fail_after++) {
        for (long k = 1; k <= total + 1; k++) {
            int before = problems;
            news_work_init(&w, test_realloc, test_free);
            n_calls = 0;
            fail_at = k;
            int rc = workload(&w, 0, &why);
            if (k <= total) check(rc == NEWS_NOMEM, "status is not NEWS_NOMEM", k);
            else check(rc == NEWS_OK, "past the last allocation, still failing", k);
            /* the same workspace with memory back: the rows of a clean run */
            fail_at = 0;
            why = 0;
            rc = workload(&w, ref, &why);
            check(rc == NEWS_OK, why ? why : "retry after the failure failed", k);
            news_work_free(&w);
            check(n_live == 0, "blocks left after news_work_free", k);
            n_live = 0;
            if (problems == before) passed++;
            else failed++, loop_problems += problems - before;
        }
    }
    for (size_t i = 0; i < NEWS_TEST_N_ARTICLES; i++) news_work_free(&ref[i]);
    if (problems > loop_problems) failed++; /* the clean runs: one case */
    else passed++;
    printf("  oom-core: %ld allocations in the workload, %ld failures injected\n", total,
           n_injected);
    printf("oom-core: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
