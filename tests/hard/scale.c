/* scale.c: builds one hostile or huge input in memory and runs the whole core pipeline on
 * it, printing time, rows and peak memory; the scale test (tests/hard/scale.sh) runs it on
 * every kind and compares 1x with 10x under callgrind.
 *   build/scale KIND KILOBYTES [--check | --dump]
 * (--dump writes the input to standard output instead, to time it through SQL.)
 * Kinds (all text generated here, from words written for this project):
 *   news    articles one after another (the 100 MB article)
 *   quotes  quotation marks of every style, alone, paired, nested, unbalanced (1M marks)
 *   caps    capitalised words, long runs and short sentences (1M capitalised words)
 *   nospace bytes without a space or break, words glued by punctuation (1M bytes)
 *   para    news sentences in one paragraph, no line break at all (10 MB)
 *   invalid invalid UTF-8: stray continuation bytes, a lead byte with a long tail
 *   qpara   short quotations, none attributed, in one paragraph: work per quotation that
 *           looks at its neighbours must not look at all of them
 * Memory: peak RSS is taken right after news_analyze (getrusage), before --check analyses
 * again with every sentence kept and builds its own maps; "extra" is the peak less the peak
 * once the input was built, so it counts the workspace's copy of the text, every result
 * array, all scratch and the pages of the compiled-in model as the steps touch them (about
 * 6 MB of its 7.3), not the program or the caller's input. (It used to subtract the input
 * buffer's capacity, up to twice its resident size, and so flattered inputs just past a
 * power of two.) */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../fuzz/check.h"
#include "articles.h"

typedef struct {
    char *v;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n) {
    if (b->n + n > b->cap) {
        while (b->n + n > b->cap) b->cap = b->cap ? b->cap * 2 : 1 << 16;
        b->v = realloc(b->v, b->cap);
        if (!b->v) exit(2);
    }
    memcpy(b->v + b->n, s, n);
    b->n += n;
}
static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static unsigned long long rng = 0x9E3779B97F4A7C15ull;
static unsigned next(void) { /* xorshift: the same input on every run */
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

/* A capitalised made-up word: "Kavrel", "Tomsa", ... many distinct ones. */
static void cap_word(Buf *b) {
    static const char *const on[] = {"K", "T", "M", "B", "R", "S", "L", "V", "D", "N"};
    static const char *const syl[] = {"av", "om", "el", "ir", "us", "an", "or", "ek", "is"};
    char w[32];
    int n = snprintf(w, sizeof w, "%s%s%s", on[next() % 10], syl[next() % 9], syl[next() % 9]);
    put(b, w, (size_t)n);
}

static void build(Buf *b, const char *kind, size_t bytes) {
    static const char *const marks[] = {
        "\"", "\342\200\234", "\342\200\235", "'", "\342\200\230", "\342\200\231",
        "\302\253", "\302\273", "\342\200\236", "\342\200\232"};
    while (b->n < bytes) {
        if (!strcmp(kind, "news")) {
            puts_(b, news_test_articles[next() % 2]);
            puts_(b, "\n");
        } else if (!strcmp(kind, "quotes")) {
            unsigned r = next() % 8;
            puts_(b, marks[next() % 10]);
            if (r < 3) puts_(b, "word");
            if (r == 0) puts_(b, " said Ann Lee. ");
            if (r == 1) puts_(b, " ");
            if (r == 7) puts_(b, "\n");
        } else if (!strcmp(kind, "caps")) {
            cap_word(b);
            unsigned r = next() % 64;
            puts_(b, r == 0 ? ". " : r == 1 ? ".\n" : r == 2 ? ", " : " ");
        } else if (!strcmp(kind, "nospace")) {
            static const char *const glue[] = {"a", "B", ".", ",", "-", "'", "\"", "x", "Q"};
            puts_(b, glue[next() % 9]);
        } else if (!strcmp(kind, "para")) {
            puts_(b, "Mr. Tom O'Brien of Acme Corp. told Ann Lee that \"the talks\" would go "
                     "on in Port Alder. ");
        } else if (!strcmp(kind, "qpara")) {
            puts_(b, next() % 2 ? "\"Yes.\" " : "\342\200\234No.\342\200\235 ");
        } else if (!strcmp(kind, "invalid")) {
            puts_(b, next() % 2 ? "\303" : "A");
            for (unsigned k = next() % 64; k > 0; k--) puts_(b, "\200");
            puts_(b, next() % 4 ? "\377" : " ");
        } else {
            fprintf(stderr, "scale: unknown kind %s\n", kind);
            exit(2);
        }
    }
}

static long max_rss_kb(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: scale KIND KILOBYTES [--check | --dump]\n");
        return 2;
    }
    size_t bytes = (size_t)strtoull(argv[2], 0, 10) * 1024;
    int do_check = argc > 3 && !strcmp(argv[3], "--check");
    Buf b = {0};
    build(&b, argv[1], bytes);
    long rss0 = max_rss_kb();
    if (argc > 3 && !strcmp(argv[3], "--dump")) {
        int ok = fwrite(b.v, 1, b.n, stdout) == b.n;
        free(b.v);
        return !ok;
    }
    NewsWork w;
    news_work_init(&w, 0, 0);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = news_work_set_text(&w, (const uint8_t *)b.v, b.n);
    /* what news_quotes() asks, the function that keeps the most rows (SQL functions ask for
     * one step each; asked for NEWS_SENTENCES too, the core also keeps every sentence) */
    if (rc == NEWS_OK) rc = news_analyze(&news_model, &w, NEWS_QUOTES);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long rss1 = max_rss_kb();
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    /* the input buffer is ours, not the pipeline's: count from after it was built */
    double extra_mb = (double)(rss1 - rss0) / 1024.0;
    printf("%-8s %8.1f MB  %6.2f s  %7.1f MB/s  sent %zu  ment %zu  quote %zu  "
           "extra %.1f MB (%.2fx input)\n",
           argv[1], (double)b.n / 1048576.0, secs, (double)b.n / 1048576.0 / secs, w.sent_first + w.sent.n,
           w.ment.n, w.quote.n, extra_mb, extra_mb / ((double)b.n / 1048576.0));
    int bad = rc != NEWS_OK;
    if (bad) fprintf(stderr, "scale: %s: news_analyze returned %d\n", argv[1], rc);
    if (!bad && do_check) { /* with every sentence, so rows are checked against them */
        rc = news_analyze(&news_model, &w, NEWS_SENTENCES | NEWS_QUOTES);
        if (rc != NEWS_OK) fprintf(stderr, "scale: %s: news_analyze returned %d\n", argv[1], rc);
        bad = rc != NEWS_OK;
    }
    if (!bad && do_check) {
        NewsCheckMap map;
        const char *why = news_check_map(&map, w.text, w.text_len)
                              ? news_check_results(&w, &map, NEWS_QUOTES)
                              : "out of memory for the check";
        if (why) fprintf(stderr, "scale: %s: %s\n", argv[1], why);
        bad = why != 0;
        news_check_map_free(&map);
    }
    news_work_free(&w);
    free(b.v);
    return bad;
}
