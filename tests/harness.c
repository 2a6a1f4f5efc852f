/* harness.c: the C test harness. Statically linked with dist/libnews.a (the binding built
 * with -DSQLITE_CORE) and the host's libsqlite3, it registers the extension the way an
 * application does, with sqlite3_auto_extension(), and checks:
 *   - the core on plain strings, without SQLite in the way: the UTF-8 walk against SQLite's
 *     own length() on tricky and random bytes, token offsets, sentence ends, mentions,
 *     news_key;
 *   - the SQL surface from C: news_version() = NEWS_VERSION, errors and their codes
 *     (SQLITE_TOOBIG under a small SQLITE_LIMIT_LENGTH, SQLITE_NOMEM under a hard heap
 *     limit), no memory left behind in SQLite's allocator after a connection closes;
 *   - several connections on threads, each comparing its rows with a single-threaded run
 *     (the model is shared read-only; nothing else is shared).
 * Counts with CHECK() (assert() vanishes under -DNDEBUG) and prints
 * `NAME: N passed, N failed` last, NAME being argv[1] or "harness". `make asan` builds the
 * same file with -fsanitize=address,undefined. */
#define _POSIX_C_SOURCE 200809L /* strdup, pthreads */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "../dist/news.h" /* public: sqlite3_news_init, NEWS_VERSION */
#include "../ext/news.h"  /* core: the same NEWS_VERSION, so a mismatch warns */

static int n_pass, n_fail;

static void check(int ok, const char *what, const char *file, int line) {
    if (ok) {
        n_pass++;
    } else {
        n_fail++;
        fprintf(stderr, "%s:%d: CHECK failed: %s\n", file, line, what);
    }
}
#define CHECK(cond) check((cond) != 0, #cond, __FILE__, __LINE__)

/* Prints context for the next failing check, only when it fails. */
#define CHECKF(cond, ...)                           \
    do {                                            \
        int ok_ = (cond) != 0;                      \
        if (!ok_) fprintf(stderr, __VA_ARGS__);     \
        check(ok_, #cond, __FILE__, __LINE__);      \
    } while (0)

static const char *const articles[] = {
    "KYIV, Ukraine - Foreign Minister Dmytro Kuleba met Secretary of State Antony Blinken in "
    "Kyiv on Tuesday.\nKuleba said the talks with the United States were \"frank and useful.\" "
    "Blinken told reporters that NATO would meet in Brussels.\n",
    "Angela Merkel met Airbus executives in Toulouse. Merkel later flew to Paris, where "
    "President Emmanuel Macron waited.\r\nMr. Macron said little.",
    "\xd0\x92\xd0\xbb\xd0\xb0\xd0\xb4\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x80 Zelensky met Joe Biden "
    "in Washington. \xe2\x80\x9cWe are ready,\xe2\x80\x9d he said.",
    "\xff\xfe Antony Blinken \xc3( said \x80\x80 \"yes\xe2\x80\x9d \xf0\x9f\x98",
    "",
    "no capital letters here.",
};
#define N_ARTICLES (sizeof articles / sizeof articles[0])

/* ------------------------------------------------------------------------------ core */

/* Characters as SQLite's length() counts them, asked of SQLite itself. */
static int64_t sqlite_length(sqlite3 *db, const uint8_t *z, size_t n) {
    sqlite3_stmt *st = 0;
    int64_t len = -1;
    if (sqlite3_prepare_v2(db, "SELECT length(CAST(?1 AS TEXT))", -1, &st, 0) == SQLITE_OK &&
        sqlite3_bind_blob(st, 1, z, (int)n, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        len = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return len;
}

/* Our walk: news_utf8_next step by step, cut at the first NUL as SQLite cuts. */
static int64_t walk_length(const uint8_t *z, size_t n) {
    n = news_utf8_text_len(z, n);
    int64_t chars = 0;
    for (size_t i = 0; i < n; chars++) {
        int32_t cp;
        size_t len = news_utf8_next(z + i, n - i, &cp);
        if (len < 1 || len > n - i) return -2; /* a step must move, and stay inside */
        i += len;
    }
    return chars;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint32_t rng(void) { /* xorshift64*: deterministic, the same on every platform */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545f4914f6cdd1du) >> 32);
}

static void test_utf8_walk(sqlite3 *db) {
    static const struct { const char *z; size_t n; } tricky[] = {
        {"a\x80\x80" "b", 4}, {"\xe2\x82" "A", 3}, {"\xff", 1}, {"\xc0\xaf", 2},
        {"\xed\xa0\x80", 3}, {"\xf0\x9f\x98", 3}, {"\xf0\x9f\x98\x80", 4},
        {"\xf4\x90\x80\x80", 4}, {"\xc3\xa9\xcc\x81", 4}, {"\x80", 1},
        {"\xfe\xfe\x80\x80\x80\x80\x80\x80\x80", 9}, {"ab\0cd", 5}, {"\0", 1}, {"", 0},
        {"\xe2\x80\x9cKuleba\xe2\x80\x9d", 12}, {"\xc3", 1}, {"x\xc3", 2},
    };
    for (size_t i = 0; i < sizeof tricky / sizeof tricky[0]; i++) {
        const uint8_t *z = (const uint8_t *)tricky[i].z;
        int64_t want = sqlite_length(db, z, tricky[i].n), got = walk_length(z, tricky[i].n);
        CHECKF(got == want, "tricky %zu: walk %lld, length() %lld\n", i, (long long)got,
               (long long)want);
        size_t cut = news_utf8_text_len(z, tricky[i].n);
        CHECK(news_utf8_count(z, cut) == want);
    }
    /* random bytes biased towards the interesting ones */
    static const uint8_t pool[] = {0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xff, 'a',
                                   ' ', '\n', 0xa9, 0x82, 0x9c, 0};
    uint8_t buf[64];
    int bad = 0;
    for (int round = 0; round < 3000; round++) {
        size_t n = rng() % sizeof buf;
        for (size_t k = 0; k < n; k++)
            buf[k] = (rng() & 1) ? pool[rng() % sizeof pool] : (uint8_t)rng();
        int64_t want = sqlite_length(db, buf, n), got = walk_length(buf, n);
        if (got != want) bad++;
    }
    CHECKF(bad == 0, "%d random strings disagree with length()\n", bad);
}

static void test_tokens(void) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    const char *t = "Dmytro Kuleba met NATO \xe2\x80\x9cofficials\xe2\x80\x9d in Kyiv.";
    CHECK(news_work_set_text(&w, (const uint8_t *)t, strlen(t)) == NEWS_OK);
    CHECK(news_analyze(&news_model, &w, NEWS_SENTENCES) == NEWS_OK);
    /* expected tokens: text and 0-based character start */
    static const struct { const char *text; int64_t char_start; } want[] = {
        {"Dmytro", 0}, {"Kuleba", 7}, {"met", 14}, {"NATO", 18}, {"\xe2\x80\x9c", 23},
        {"officials", 24}, {"\xe2\x80\x9d", 33}, {"in", 35}, {"Kyiv", 38}, {".", 42},
    };
    CHECKF(w.tok.n == sizeof want / sizeof want[0], "tokens: %zu\n", w.tok.n);
    for (size_t i = 0; i < w.tok.n && i < sizeof want / sizeof want[0]; i++) {
        const NewsToken *k = &w.tok.v[i];
        size_t len = strlen(want[i].text);
        CHECKF(k->byte_len == len && memcmp(w.text + k->byte_start, want[i].text, len) == 0,
               "token %zu: %.*s\n", i, (int)k->byte_len, w.text + k->byte_start);
        CHECKF(k->char_start == want[i].char_start, "token %zu char_start %lld\n", i,
               (long long)k->char_start);
    }
    CHECK(w.tok.n > 4 && w.tok.v[4].quote == NEWS_QM_DQ_OPEN);
    CHECK(w.tok.n > 6 && w.tok.v[6].quote == NEWS_QM_DQ_CLOSE);

    /* on every article: tokens in order, inside the text, units agreeing */
    for (size_t a = 0; a < N_ARTICLES; a++) {
        const uint8_t *z = (const uint8_t *)articles[a];
        CHECK(news_work_set_text(&w, z, strlen(articles[a])) == NEWS_OK);
        CHECK(news_analyze(&news_model, &w, NEWS_SENTENCES) == NEWS_OK);
        int bad = 0;
        size_t prev_end = 0;
        for (size_t i = 0; i < w.tok.n; i++) {
            const NewsToken *k = &w.tok.v[i];
            if (k->byte_len < 1 || k->byte_start < prev_end ||
                k->byte_start + k->byte_len > w.text_len ||
                k->char_start != news_utf8_count(w.text, k->byte_start) ||
                k->char_len != (uint32_t)news_utf8_count(w.text + k->byte_start, k->byte_len))
                bad++;
            prev_end = k->byte_start + k->byte_len;
        }
        CHECKF(bad == 0, "article %zu: %d bad tokens\n", a, bad);
    }
    news_work_free(&w);
}

static void test_sentences(void) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    static const struct { const char *text; const char *ends; } cases[] = {
        /* ends: the 0-based character end (exclusive) of each sentence, comma-separated */
        {"He left. She stayed.", "8,20"},
        {"BRUSSELS\nNATO met.", "8,18"},
        {"Mr. Kuleba arrived from the U.S. on Tuesday. He left.", "44,53"},
        {"He said \"we will win.\" Then he left.", "22,36"},
        {"Line one\r\nLine two\rLine three", "8,18,29"},
        {"  padded sentence.  ", "18"},
        {"", ""},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        CHECK(news_work_set_text(&w, (const uint8_t *)cases[c].text, strlen(cases[c].text)) ==
              NEWS_OK);
        CHECK(news_analyze(&news_model, &w, NEWS_SENTENCES) == NEWS_OK);
        char got[256] = "";
        for (size_t i = 0; i < w.sent.n; i++) {
            size_t at = strlen(got);
            snprintf(got + at, sizeof got - at, "%s%lld", i ? "," : "",
                     (long long)(w.sent.v[i].char_start + w.sent.v[i].char_len));
        }
        CHECKF(strcmp(got, cases[c].ends) == 0, "sentences of case %zu end at %s\n", c, got);
    }
    news_work_free(&w);
}

static void test_mentions(void) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    for (size_t a = 0; a < N_ARTICLES; a++) {
        const uint8_t *z = (const uint8_t *)articles[a];
        CHECK(news_work_set_text(&w, z, strlen(articles[a])) == NEWS_OK);
        CHECK(news_analyze(&news_model, &w, NEWS_QUOTES) == NEWS_OK);
        int bad = 0;
        for (size_t i = 0; i < w.ment.n; i++) {
            const NewsMention *m = &w.ment.v[i];
            if (m->byte_len < 1 || m->byte_start + m->byte_len > w.text_len ||
                news_ment_canon(&w, i) < 0 || /* type: 2 bits, all valid */
                (size_t)news_ment_canon(&w, i) >= w.ment.n ||
                m->sentence >= w.sent_first + w.sent.n || !(m->score > 0 && m->score <= 1) ||
                m->char_start != news_utf8_count(w.text, m->byte_start) ||
                (i && m->char_start < w.ment.v[i - 1].char_start))
                bad++;
            /* the canonical mention names itself and has the mention's type (the SQL layer
             * reads one level: ment[canon] is the final name) */
            else if (news_ment_canon(&w, (size_t)news_ment_canon(&w, i)) !=
                         news_ment_canon(&w, i) ||
                     w.ment.v[news_ment_canon(&w, i)].type != m->type)
                bad++;
        }
        CHECKF(bad == 0, "article %zu: %d bad mentions\n", a, bad);
        for (size_t i = 0; i < w.quote.n; i++) {
            const NewsQuote *q = &w.quote.v[i];
            CHECK(q->quote.byte_len > 0 && q->quote.char_len > 0);
            CHECK(q->speaker_entity < (int32_t)w.ment.n);
        }
    }
    news_work_free(&w);
}

/* Every prefix of a text holding the patterns that rules read far ahead ("who gave his name
 * only as", "Court of Appeals for the", "was born", "the Swede told", ...), each in a fresh
 * workspace whose buffer is exactly as long as the prefix, so that AddressSanitizer (make
 * asan) sees any read past the text's end. */
static void test_prefixes(void) {
    static const char text[] =
        "Another commuter, who gave his name only as Chidi, said fares had doubled. A woman "
        "who asked to be identified only as Maria said she could not pay.\n\n"
        "Speaking in the Dail, the Minister for Health, Ciaran Mulvihill, said the figures "
        "were bad and that \"every hospital has a plan\". \"As many as it takes,\" the "
        "Minister replied.\n\n"
        "Blackburn's Swedish head coach Henrik Sandvall saw it differently. 'For me it is a "
        "penalty,' the Swede told BBC Radio Lancashire. The committee posted on X: \"Day 12. "
        "#NoWater\" Traders have dubbed the decision a \"dovish hike,\" and analysts call it "
        "a \"buy\" rating.\n\n"
        "The U.S. Court of Appeals for the Fourth Circuit cited the Trade Act of 1974 and "
        "House Bill 96. PT BYD Motor Indonesia ordered a Boeing 777-9 at King Salman "
        "International Airport; phones run Android 17 and Nothing OS 5.0. Cotton was born "
        "in 1832. When Millican died, Energy Minister Nurbek Toktosun uulu said so, said UK "
        "Chancellor of the Exchequer Gordon Brown";
    size_t n = sizeof text - 1;
    int bad = 0;
    for (size_t k = 1; k <= n; k++) {
        NewsWork w;
        news_work_init(&w, 0, 0);
        if (news_work_set_text(&w, (const uint8_t *)text, k) != NEWS_OK ||
            news_analyze(&news_model, &w, NEWS_QUOTES) != NEWS_OK)
            bad++;
        for (size_t i = 0; i < w.quote.n; i++)
            bad += w.quote.v[i].quote.byte_start + w.quote.v[i].quote.byte_len > w.text_len;
        news_work_free(&w);
    }
    CHECKF(bad == 0, "%d prefixes failed\n", bad);
}

static void test_key(void) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    static const struct { const char *in, *out; } cases[] = {
        {"Dr. Dmytro  KULEBA", "dmytro kuleba"}, {"Jos\xc3\xa9 Mart\xc3\xadnez", "jose martinez"},
        {"\xef\xbc\xab\xef\xbd\x95\xef\xbd\x8c\xef\xbd\x85\xef\xbd\x82\xef\xbd\x81", "kuleba"},
        {"Secretary of State Antony Blinken", "antony blinken"}, {"President", "president"},
        {"a\x80\x80" "b", "a b"}, {"...", ""}, {"", ""},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        uint8_t *out = 0;
        size_t len = 0;
        int rc = news_key(&w, (const uint8_t *)cases[c].in, strlen(cases[c].in), &out, &len);
        const char *got = out ? (const char *)out : "";
        CHECKF(rc == NEWS_OK && strcmp(got, cases[c].out) == 0 && len == strlen(got),
               "news_key(%s) = '%s'\n", cases[c].in, got);
        news_work_release(&w, out);
    }
    news_work_free(&w);
}

/* ------------------------------------------------------------------------------ SQL */

/* All rows of news_entities + news_sentences + news_quotes of one text, as one string. */
static char *rows_of(sqlite3 *db, const char *text) {
    static const char *const sql =
        "SELECT group_concat(r, '|') FROM ("
        " SELECT 'e' || entity || type || mention || start || ',' || length || ',' || sentence"
        "  || ',' || score AS r FROM news_entities(?1)"
        " UNION ALL SELECT 's' || sentence || start || ',' || length || content"
        "  FROM news_sentences(?1)"
        " UNION ALL SELECT 'q' || quote || kind || ifnull(speaker, '') || start || ',' || length"
        "  FROM news_quotes(?1))";
    sqlite3_stmt *st = 0;
    char *out = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, 0) != SQLITE_OK) return 0;
    sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *r = (const char *)sqlite3_column_text(st, 0);
        out = strdup(r ? r : "");
    }
    sqlite3_finalize(st);
    return out;
}

static int exec_error(sqlite3 *db, const char *sql, int *code, char *msg, size_t msg_size) {
    sqlite3_stmt *st = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, 0);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    *code = rc;
    snprintf(msg, msg_size, "%s", rc == SQLITE_OK ? "" : sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return rc;
}

static void test_sql(void) {
    sqlite3 *db = 0;
    CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    sqlite3_stmt *st = 0;
    CHECK(sqlite3_prepare_v2(db, "SELECT news_version()", -1, &st, 0) == SQLITE_OK);
    CHECK(sqlite3_step(st) == SQLITE_ROW);
    CHECK(strcmp((const char *)sqlite3_column_text(st, 0), NEWS_VERSION) == 0);
    sqlite3_finalize(st);

    char *r = rows_of(db, articles[1]);
    CHECK(r && strstr(r, "eAngela MerkelPERAngela Merkel1,13,1,") != 0); /* model-dependent */
    free(r);

    int code;
    char msg[256];
    exec_error(db, "SELECT * FROM news_entities", &code, msg, sizeof msg);
    CHECKF(code == SQLITE_ERROR && strcmp(msg, "news_entities(): missing text argument") == 0,
           "missing argument: %d %s\n", code, msg);
    exec_error(db, "SELECT * FROM news_quotes", &code, msg, sizeof msg);
    CHECK(code == SQLITE_ERROR && strncmp(msg, "news_quotes(): ", 15) == 0);
    exec_error(db, "SELECT * FROM news_sentences", &code, msg, sizeof msg);
    CHECK(code == SQLITE_ERROR && strncmp(msg, "news_sentences(): ", 18) == 0);

    /* a result past SQLITE_LIMIT_LENGTH: SQLITE_TOOBIG, message naming the function */
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 300);
    exec_error(db,
               "SELECT news_entities_json('Angela Merkel met Airbus in Toulouse, then Paris "
               "and Berlin.')",
               &code, msg, sizeof msg);
    CHECKF(code == SQLITE_TOOBIG && strncmp(msg, "news_entities_json(): ", 22) == 0,
           "toobig: %d %s\n", code, msg);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000000);

    /* out of memory under a hard heap limit: SQLITE_NOMEM, no crash, and the connection
     * works again once the limit is lifted. A SQLite built without memory statistics
     * (SQLITE_DEFAULT_MEMSTATUS=0) enforces no limit: skipped there. */
    if (sqlite3_memory_used() > 0) {
        static const char unit[] = "Dmytro Kuleba met Antony Blinken. ";
        size_t big_n = 4u << 20;
        char *big = malloc(big_n + 1);
        if (!big) abort();
        for (size_t i = 0; i < big_n; i++) big[i] = unit[i % (sizeof unit - 1)];
        big[big_n] = 0;
        sqlite3_int64 old = sqlite3_hard_heap_limit64(-1);
        sqlite3_hard_heap_limit64(sqlite3_memory_used() + (2 << 20));
        CHECK(sqlite3_prepare_v2(db, "SELECT count(*) FROM news_entities(?1)", -1, &st, 0) ==
              SQLITE_OK);
        sqlite3_bind_text(st, 1, big, (int)big_n, SQLITE_STATIC);
        int rc = sqlite3_step(st);
        CHECKF(rc == SQLITE_NOMEM, "under a heap limit: %d %s\n", rc, sqlite3_errmsg(db));
        sqlite3_finalize(st);
        sqlite3_hard_heap_limit64(old);
        CHECK(sqlite3_prepare_v2(db, "SELECT count(*) FROM news_entities(?1)", -1, &st, 0) ==
              SQLITE_OK);
        sqlite3_bind_text(st, 1, big, (int)big_n, SQLITE_STATIC);
        CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 100000);
        sqlite3_finalize(st);
        free(big);
    }
    CHECK(sqlite3_close(db) == SQLITE_OK);

    /* everything a cursor allocated went back through sqlite3_free */
    sqlite3_int64 before = sqlite3_memory_used();
    CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    for (size_t a = 0; a < N_ARTICLES; a++) free(rows_of(db, articles[a]));
    CHECK(sqlite3_close(db) == SQLITE_OK);
    CHECKF(sqlite3_memory_used() == before, "memory used %lld before, %lld after\n",
           (long long)before, (long long)sqlite3_memory_used());
}

/* ------------------------------------------------------------------------------ threads */

#define N_THREADS 4
#define N_ROUNDS 25

typedef struct {
    char *const *want; /* single-threaded rows per article */
    int pass, fail;
} ThreadJob;

static void *thread_main(void *arg) {
    ThreadJob *job = arg;
    sqlite3 *db = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        job->fail++;
        return 0;
    }
    for (int round = 0; round < N_ROUNDS; round++)
        for (size_t a = 0; a < N_ARTICLES; a++) {
            size_t at = (a + (size_t)round) % N_ARTICLES; /* threads differ in order */
            char *got = rows_of(db, articles[at]);
            if (got && job->want[at] && strcmp(got, job->want[at]) == 0)
                job->pass++;
            else
                job->fail++;
            free(got);
        }
    sqlite3_close(db);
    return 0;
}

static void test_threads(void) {
    sqlite3 *db = 0;
    char *want[N_ARTICLES];
    CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    for (size_t a = 0; a < N_ARTICLES; a++) want[a] = rows_of(db, articles[a]);
    sqlite3_close(db);
    ThreadJob jobs[N_THREADS];
    pthread_t th[N_THREADS];
    for (int i = 0; i < N_THREADS; i++) {
        jobs[i] = (ThreadJob){want, 0, 0};
        CHECK(pthread_create(&th[i], 0, thread_main, &jobs[i]) == 0);
    }
    for (int i = 0; i < N_THREADS; i++) {
        pthread_join(th[i], 0);
        CHECKF(jobs[i].fail == 0 && jobs[i].pass == N_ROUNDS * (int)N_ARTICLES,
               "thread %d: %d rows sets differ\n", i, jobs[i].fail);
    }
    for (size_t a = 0; a < N_ARTICLES; a++) free(want[a]);
}

/* ------------------------------------------------------------------------------ OOM */

/* Allocation failure injection, as SQLite's own tests do it: SQLite's allocator (which the
 * core grows through) fails its `fail_at`-th call once, and the query must then either give
 * the same rows as without failures or fail with SQLITE_NOMEM: no crash, no leak (ASan and
 * sqlite3_memory_used() watch), no wrong rows. Repeated for every allocation of the query. */
static sqlite3_mem_methods real_mem;
static long alloc_calls, fail_at = -1;
static int failed_once;

static int should_fail(void) {
    return ++alloc_calls == fail_at && (failed_once = 1);
}
static void *faulty_malloc(int n) { return should_fail() ? 0 : real_mem.xMalloc(n); }
static void *faulty_realloc(void *p, int n) {
    return should_fail() ? 0 : real_mem.xRealloc(p, n);
}

static void test_oom(void) {
    sqlite3_mem_methods faulty;
    sqlite3_shutdown(); /* sqlite3_config needs SQLite uninitialised; this also drops */
    CHECK(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem) == SQLITE_OK); /* auto-ext */
    faulty = real_mem;
    faulty.xMalloc = faulty_malloc;
    faulty.xRealloc = faulty_realloc;
    CHECK(sqlite3_config(SQLITE_CONFIG_MALLOC, &faulty) == SQLITE_OK);
    CHECK(sqlite3_initialize() == SQLITE_OK);
    CHECK(sqlite3_auto_extension((void (*)(void))sqlite3_news_init) == SQLITE_OK);

    static const char *const queries[] = {
        "SELECT group_concat(entity || type || start, '|') FROM news_entities(?1)",
        "SELECT group_concat(content, '|') FROM news_sentences(?1)",
        "SELECT count(*) FROM news_quotes(?1)",
        "SELECT news_entities_json(?1) || news_quotes_json(?1)",
        "SELECT news_key(?1)",
    };
    int wrong = 0, crashed_out = 0, runs = 0, nomem = 0;
    const size_t n_queries = sizeof queries / sizeof queries[0];
    for (size_t qa = 0; qa < N_ARTICLES * n_queries; qa++) {
        size_t q = qa % n_queries, a = qa / n_queries; /* every query on every article */
        sqlite3 *db = 0;
        if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
            crashed_out++;
            break;
        }
        /* the answer without failures */
        char *want = 0;
        sqlite3_stmt *st = 0;
        if (sqlite3_prepare_v2(db, queries[q], -1, &st, 0) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, articles[a], -1, SQLITE_STATIC);
            if (sqlite3_step(st) == SQLITE_ROW) {
                const char *r = (const char *)sqlite3_column_text(st, 0);
                want = strdup(r ? r : "(null)"); /* group_concat of no rows is NULL */
            }
        }
        sqlite3_finalize(st);
        CHECK(want != 0);
        for (long k = 1; k < 5000 && want; k++) {
            alloc_calls = 0;
            failed_once = 0;
            fail_at = k;
            int rc = sqlite3_prepare_v2(db, queries[q], -1, &st, 0);
            if (rc == SQLITE_OK) {
                sqlite3_bind_text(st, 1, articles[a], -1, SQLITE_STATIC);
                rc = sqlite3_step(st);
                if (rc == SQLITE_ROW) {
                    int is_null = sqlite3_column_type(st, 0) == SQLITE_NULL;
                    const char *r = (const char *)sqlite3_column_text(st, 0);
                    /* column_text may itself fail to allocate: NULL then, and errcode says */
                    if (!r && !is_null && sqlite3_errcode(db) == SQLITE_NOMEM)
                        rc = SQLITE_NOMEM;
                    else if (is_null)
                        r = "(null)";
                    if (rc != SQLITE_NOMEM && (!r || strcmp(r, want) != 0)) {
                        wrong++;
                        fprintf(stderr, "OOM: query %zu, article %zu, failing call %ld: '%s'\n",
                                q, a, k, r ? r : "(null)");
                    }
                }
            }
            sqlite3_finalize(st);
            fail_at = -1;
            runs++;
            if (rc == SQLITE_NOMEM) nomem++;
            else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
                wrong++;
                fprintf(stderr, "OOM: query %zu, article %zu, failing call %ld: rc %d %s\n", q,
                        a, k, rc, sqlite3_errmsg(db));
            }
            if (!failed_once) break; /* a run with no failure left to inject: all covered */
        }
        free(want);
        sqlite3_close(db);
    }
    if (getenv("HARNESS_VERBOSE"))
        fprintf(stderr, "OOM: %d runs, %d gave SQLITE_NOMEM\n", runs, nomem);
    CHECKF(wrong == 0 && crashed_out == 0, "OOM: %d wrong results in %d runs\n", wrong, runs);
    CHECKF(nomem > 50, "OOM: only %d of %d runs reported SQLITE_NOMEM\n", nomem, runs);
    sqlite3_reset_auto_extension();
    sqlite3_shutdown();
    CHECK(sqlite3_config(SQLITE_CONFIG_MALLOC, &real_mem) == SQLITE_OK);
    CHECK(sqlite3_initialize() == SQLITE_OK);
}

int main(int argc, char **argv) {
    const char *name = argc > 1 ? argv[1] : "harness";
    CHECK(sqlite3_libversion_number() >= 3031000);
    CHECK(news_model_check(&news_model) == NEWS_OK);
    /* every connection opened from here on has news_* */
    CHECK(sqlite3_auto_extension((void (*)(void))sqlite3_news_init) == SQLITE_OK);

    sqlite3 *db = 0;
    CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    test_utf8_walk(db);
    sqlite3_close(db);
    test_tokens();
    test_sentences();
    test_mentions();
    test_prefixes();
    test_key();
    test_sql();
    test_threads();
    test_oom(); /* last: it reconfigures SQLite's allocator */
    sqlite3_reset_auto_extension();
    printf("%s: %d passed, %d failed\n", name, n_pass, n_fail);
    return n_fail ? 1 : 0;
}
