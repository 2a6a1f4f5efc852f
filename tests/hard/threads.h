/* threads.h: what the two threaded tests (threads.c: workspaces; threads_sql.c: connections)
 * share: N_THREADS workers started at once, each with a Job of its own, and the count of
 * them that saw a row differ from the single-threaded reference or an error. */
#ifndef NEWS_TEST_THREADS_H
#define NEWS_TEST_THREADS_H

#include <pthread.h>
#include <stdio.h>

#define N_THREADS 4
#define ROUNDS 3 /* each worker analyses everything ROUNDS times, in its own order */

typedef struct {
    int id;
    int mismatches, errors;
    const char *why; /* what the last mismatch was, when the worker can say */
} Job;

/* Runs fn(&job) on N_THREADS threads at once; a thread with any mismatch or error is one
 * failure (named on stderr), the others are passes. Returns 0, or -1 when one cannot start. */
static int news_run_threads(const char *name, void *(*fn)(void *), int *passed, int *failed) {
    pthread_t th[N_THREADS];
    Job jobs[N_THREADS];
    for (int t = 0; t < N_THREADS; t++) {
        jobs[t] = (Job){.id = t};
        if (pthread_create(&th[t], 0, fn, &jobs[t])) return -1;
    }
    *passed = *failed = 0;
    for (int t = 0; t < N_THREADS; t++) {
        pthread_join(th[t], 0);
        if (jobs[t].mismatches || jobs[t].errors) {
            ++*failed;
            fprintf(stderr, "%s: thread %d: %d mismatches (%s), %d errors\n", name, t,
                    jobs[t].mismatches, jobs[t].why ? jobs[t].why : "-", jobs[t].errors);
        } else {
            ++*passed;
        }
    }
    return 0;
}

#endif
