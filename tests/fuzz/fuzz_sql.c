/* fuzz_sql.c: libFuzzer target for the SQL surface (build: `make fuzz`), through the static
 * library registered with sqlite3_auto_extension on an in-memory database, as an
 * application links it.
 *
 * Each input is bound twice, as TEXT and as a BLOB (whose TEXT form, CAST(x AS TEXT), is
 * what the invariants hold against), and goes through every function. SQL itself checks
 * substr(text, start, length) = mention / quote / speaker_mention / content; C checks the
 * rest on every row: lengths >= 1, rows ordered by start, sentences numbered 1..n, each
 * mention inside its sentence, a quote's speaker one of the document's entities, scores in
 * (0, 1], names from the SPEC's sets, valid UTF-8 out where the input was, the JSON twins
 * valid and holding one element per row. No statement may fail. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/sqlite_news.h"
#include "check.h"

static sqlite3 *db;
static sqlite3_stmt *q_sent, *q_ent, *q_quote, *q_json, *q_speaker;

static void fail(const char *what, const char *why) {
    fprintf(stderr, "fuzz_sql: %s: %s\n", what, why);
    abort();
}

static void prep(sqlite3_stmt **st, const char *sql) {
    if (sqlite3_prepare_v2(db, sql, -1, st, 0) != SQLITE_OK) fail(sql, sqlite3_errmsg(db));
}

static void init(void) {
    sqlite3_auto_extension((void (*)(void))sqlite3_news_init);
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) fail("open", "cannot open");
    prep(&q_sent, "SELECT sentence, start, length, content, "
                  "content IS substr(CAST(?1 AS TEXT), start, length) FROM news_sentences(?1)");
    prep(&q_ent, "SELECT entity, type, mention, start, length, sentence, score, "
                 "mention IS substr(CAST(?1 AS TEXT), start, length) FROM news_entities(?1)");
    prep(&q_quote,
         "SELECT quote, kind, speaker, speaker_mention, speaker_start, speaker_length, cue, "
         "start, length, sentence, score, quote IS substr(CAST(?1 AS TEXT), start, length), "
         "speaker_mention IS substr(CAST(?1 AS TEXT), speaker_start, speaker_length) "
         "FROM news_quotes(?1)");
    prep(&q_json, "SELECT json_valid(e), json_array_length(e), json_valid(q), "
                  "json_array_length(q), (SELECT count(*) FROM news_entities(?1)), "
                  "(SELECT count(*) FROM news_quotes(?1)), e, q, news_key(?1) FROM "
                  "(SELECT news_entities_json(?1) AS e, news_quotes_json(?1) AS q)");
    prep(&q_speaker, "SELECT count(*) FROM news_quotes(?1) WHERE speaker IS NOT NULL AND "
                     "speaker NOT IN (SELECT entity FROM news_entities(?1))");
}

static void bind(sqlite3_stmt *st, const uint8_t *data, size_t size, int as_blob) {
    if (!data) data = (const uint8_t *)""; /* a NULL pointer would bind SQL NULL */
    sqlite3_reset(st);
    int rc = as_blob ? sqlite3_bind_blob(st, 1, data, (int)size, SQLITE_STATIC)
                     : sqlite3_bind_text(st, 1, (const char *)data, (int)size, SQLITE_STATIC);
    if (rc != SQLITE_OK) fail("bind", sqlite3_errmsg(db));
}

static void text_ok(sqlite3_stmt *st, int col, int valid, const char *what) {
    const unsigned char *z = sqlite3_column_text(st, col);
    if (!z) fail(what, "NULL");
    if (valid && !news_check_valid_utf8(z, (size_t)sqlite3_column_bytes(st, col)))
        fail(what, "invalid UTF-8 out of valid input");
}

/* What every row of news_entities and news_quotes must hold, both laid out as start, length,
 * sentence, score, then `span IS substr(...)` at columns c .. c + 4: a non-empty span, rows
 * ordered by start, a sentence that exists, a score in (0, 1]. Sets *st_out, *len_out and
 * returns the sentence's 0-based index. */
static sqlite3_int64 check_span_row(const char *what, const char *span, sqlite3_stmt *q, int c,
                                    sqlite3_int64 n_sent, sqlite3_int64 *last_start,
                                    sqlite3_int64 *st_out, sqlite3_int64 *len_out) {
    sqlite3_int64 st = sqlite3_column_int64(q, c), len = sqlite3_column_int64(q, c + 1),
                  sn = sqlite3_column_int64(q, c + 2);
    double score = sqlite3_column_double(q, c + 3);
    if (len < 1 || st < 1) fail(what, "empty span or start < 1");
    if (st < *last_start) fail(what, "not ordered by start");
    *last_start = st;
    if (sqlite3_column_int(q, c + 4) != 1) fail(what, span);
    if (sn < 1 || sn > n_sent) fail(what, "sentence out of range");
    if (!(score > 0.0 && score <= 1.0)) fail(what, "score outside (0, 1]");
    *st_out = st;
    *len_out = len;
    return sn - 1;
}

static void run(const uint8_t *data, size_t size, int as_blob) {
    size_t text_n = news_utf8_text_len(data, size);
    int valid = news_check_valid_utf8(data, text_n);
    int rc;
    /* sentences: 1..n in order, content = substr */
    sqlite3_int64 n_sent = 0, last_start = 0;
    sqlite3_int64 *sent_start = 0, *sent_end = 0;
    size_t sent_cap = 0;
    bind(q_sent, data, size, as_blob);
    while ((rc = sqlite3_step(q_sent)) == SQLITE_ROW) {
        sqlite3_int64 num = sqlite3_column_int64(q_sent, 0), st = sqlite3_column_int64(q_sent, 1),
                      len = sqlite3_column_int64(q_sent, 2);
        if (num != n_sent + 1) fail("sentences", "not numbered 1..n");
        if (len < 1 || st < 1) fail("sentences", "empty span or start < 1");
        if (st < last_start) fail("sentences", "not ordered by start");
        if (sqlite3_column_int(q_sent, 4) != 1) fail("sentences", "content != substr");
        text_ok(q_sent, 3, valid, "sentence content");
        if ((size_t)n_sent == sent_cap) {
            sent_cap = sent_cap ? 2 * sent_cap : 64;
            sent_start = realloc(sent_start, sent_cap * sizeof *sent_start);
            sent_end = realloc(sent_end, sent_cap * sizeof *sent_end);
            if (!sent_start || !sent_end) fail("sentences", "out of memory in the test");
        }
        sent_start[n_sent] = st;
        sent_end[n_sent] = st + len;
        last_start = st;
        n_sent++;
    }
    if (rc != SQLITE_DONE) fail("news_sentences", sqlite3_errmsg(db));

    /* entities */
    static const char *const types[] = {"PER", "ORG", "LOC", "MISC"};
    last_start = 0;
    bind(q_ent, data, size, as_blob);
    while ((rc = sqlite3_step(q_ent)) == SQLITE_ROW) {
        sqlite3_int64 st, len;
        sqlite3_int64 s = check_span_row("entities", "substr(text, start, length) != mention",
                                         q_ent, 3, n_sent, &last_start, &st, &len);
        if (st < sent_start[s] || st + len > sent_end[s])
            fail("entities", "mention outside its sentence");
        const char *ty = (const char *)sqlite3_column_text(q_ent, 1);
        int known = 0;
        for (int k = 0; k < 4; k++) known |= ty && !strcmp(ty, types[k]);
        if (!known) fail("entities", "unknown type");
        text_ok(q_ent, 0, valid, "entity");
        text_ok(q_ent, 2, valid, "mention");
    }
    if (rc != SQLITE_DONE) fail("news_entities", sqlite3_errmsg(db));

    /* quotes */
    last_start = 0;
    bind(q_quote, data, size, as_blob);
    while ((rc = sqlite3_step(q_quote)) == SQLITE_ROW) {
        sqlite3_int64 st, len;
        sqlite3_int64 s = check_span_row("quotes", "substr(text, start, length) != quote",
                                         q_quote, 7, n_sent, &last_start, &st, &len);
        if (st < sent_start[s] || st >= sent_end[s])
            fail("quotes", "quote does not start in its sentence");
        const char *kind = (const char *)sqlite3_column_text(q_quote, 1);
        if (!kind || (strcmp(kind, "direct") && strcmp(kind, "partial") && strcmp(kind, "indirect")))
            fail("quotes", "unknown kind");
        text_ok(q_quote, 0, valid, "quote");
        if (sqlite3_column_type(q_quote, 3) != SQLITE_NULL) {
            if (sqlite3_column_int(q_quote, 12) != 1)
                fail("quotes", "speaker_mention != substr(text, speaker_start, speaker_length)");
            if (sqlite3_column_int64(q_quote, 5) < 1) fail("quotes", "empty speaker span");
            text_ok(q_quote, 3, valid, "speaker_mention");
        } else if (sqlite3_column_type(q_quote, 4) != SQLITE_NULL ||
                   sqlite3_column_type(q_quote, 5) != SQLITE_NULL) {
            fail("quotes", "speaker position without speaker_mention");
        }
        if (sqlite3_column_type(q_quote, 2) != SQLITE_NULL) text_ok(q_quote, 2, valid, "speaker");
        if (sqlite3_column_type(q_quote, 6) != SQLITE_NULL) text_ok(q_quote, 6, valid, "cue");
    }
    if (rc != SQLITE_DONE) fail("news_quotes", sqlite3_errmsg(db));

    /* a speaker is one of the document's entities */
    bind(q_speaker, data, size, as_blob);
    if (sqlite3_step(q_speaker) != SQLITE_ROW) fail("speaker check", sqlite3_errmsg(db));
    if (sqlite3_column_int64(q_speaker, 0) != 0) fail("quotes", "speaker is not an entity");

    /* JSON twins and news_key */
    bind(q_json, data, size, as_blob);
    if (sqlite3_step(q_json) != SQLITE_ROW) fail("json", sqlite3_errmsg(db));
    if (sqlite3_column_int(q_json, 0) != 1 || sqlite3_column_int(q_json, 2) != 1)
        fail("json", "not valid JSON");
    if (sqlite3_column_int64(q_json, 1) != sqlite3_column_int64(q_json, 4))
        fail("news_entities_json", "element count != row count");
    if (sqlite3_column_int64(q_json, 3) != sqlite3_column_int64(q_json, 5))
        fail("news_quotes_json", "element count != row count");
    text_ok(q_json, 6, valid, "news_entities_json");
    text_ok(q_json, 7, valid, "news_quotes_json");
    if (sqlite3_column_type(q_json, 8) != SQLITE_NULL) text_ok(q_json, 8, valid, "news_key");
    sqlite3_reset(q_json);
    free(sent_start);
    free(sent_end);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!db) init();
    run(data, size, 0);
    run(data, size, 1);
    return 0;
}
