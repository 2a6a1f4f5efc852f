/* sqlite_scalars.c: the scalar functions beside the tables.
 *
 *     SELECT news_entities_json('Dmytro Kuleba spoke in Kyiv.');
 *     -- [{"entity":"Dmytro Kuleba","type":"PER","mention":"Dmytro Kuleba","start":1,...},...]
 *     SELECT news_quotes_json(body) FROM articles;       -- the same for news_quotes
 *     SELECT news_key('Dr. Dmytro  KULEBA');             -- 'dmytro kuleba'
 *
 * The JSON twins give one object per row of the table-valued function, keyed by its output
 * columns in column order (not `text`), values exactly as the table gives them: reals to
 * full precision, NULL as null. They exist for GROUP BY-friendly storage and for clients that
 * want one value per article. A result longer than SQLITE_LIMIT_LENGTH is an error
 * ("news_entities_json(): ..."), SQLITE_TOOBIG. NULL in, NULL out; anything else is read as
 * CAST(x AS TEXT).
 *
 * Each call analyses its argument in a NewsWork of its own, freed before returning: a
 * scalar function has no cursor to keep one in, and the arrays' cost is small beside the
 * analysis. news_key's rules are the core's (key.c, docs/key.md). */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

#include "sqlite_binding.h"

/* ------------------------------------------------------------------------------ JSON */

/* Appends z[0..n) as a JSON string. Bytes >= 0x80 pass through as they are (as SQLite's
 * json_quote does): the input's UTF-8, valid or not, comes back byte for byte. */
static void json_string(sqlite3_str *s, const uint8_t *z, size_t n) {
    static const char hex[] = "0123456789abcdef";
    sqlite3_str_appendchar(s, 1, '"');
    size_t run = 0; /* bytes that need no escape, appended in one call */
    for (size_t i = 0; i < n; i++) {
        uint8_t c = z[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        if (i > run) sqlite3_str_append(s, (const char *)z + run, (int)(i - run));
        run = i + 1;
        char esc[7] = {'\\', 0};
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        default:
            esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4], esc[5] = hex[c & 15];
        }
        sqlite3_str_appendall(s, esc);
    }
    if (n > run) sqlite3_str_append(s, (const char *)z + run, (int)(n - run));
    sqlite3_str_appendchar(s, 1, '"');
}

/* "key": -- keys are ours, plain ASCII: no escaping. appendf is avoided on this path: it
 * parses its format on every call, and a long article has a million values. */
static void json_key(sqlite3_str *s, const char *key) {
    sqlite3_str_appendchar(s, 1, '"');
    sqlite3_str_appendall(s, key);
    sqlite3_str_append(s, "\":", 2);
}

/* "key":"slice" or "key":null for an empty span, as the table's NULL. */
static void json_slice(sqlite3_str *s, const char *key, const NewsWork *w, size_t byte_start,
                       size_t byte_len) {
    json_key(s, key);
    if (byte_len == 0)
        sqlite3_str_append(s, "null", 4);
    else
        json_string(s, w->text + byte_start, byte_len);
}

static void json_int(sqlite3_str *s, const char *key, sqlite3_int64 v) {
    char buf[24], *p = buf + sizeof buf;
    sqlite3_uint64 u = v < 0 ? 0 - (sqlite3_uint64)v : (sqlite3_uint64)v;
    do *--p = (char)('0' + u % 10); while ((u /= 10) > 0);
    if (v < 0) *--p = '-';
    json_key(s, key);
    sqlite3_str_append(s, p, (int)(buf + sizeof buf - p));
}

/* 17 significant digits give back the same double the table returns; the ! flag keeps a
 * decimal point on whole numbers (1.0), so JSON readers see a real. */
static void json_real(sqlite3_str *s, const char *key, double v) {
    json_key(s, key);
    sqlite3_str_appendf(s, "%!.17g", v);
}

static void json_text(sqlite3_str *s, const char *key, const char *v) {
    json_key(s, key);
    json_string(s, (const uint8_t *)v, strlen(v));
}

/* The mention whose text is m's canonical name (m itself if resolve.c gave none). */
static const NewsMention *canon_of(const NewsWork *w, const NewsMention *m) {
    int32_t k = news_ment_canon(w, (size_t)(m - w->ment.v));
    if (k >= 0 && (size_t)k < w->ment.n) return &w->ment.v[k];
    return m;
}

static void entities_json(sqlite3_str *s, const NewsWork *w) {
    sqlite3_str_appendchar(s, 1, '[');
    for (size_t i = 0; i < w->ment.n; i++) {
        const NewsMention *m = &w->ment.v[i], *c = canon_of(w, m);
        sqlite3_str_appendall(s, i ? ",{" : "{");
        json_slice(s, "entity", w, c->byte_start, c->byte_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_text(s, "type", news_type_name(m->type));
        sqlite3_str_appendchar(s, 1, ',');
        json_slice(s, "mention", w, m->byte_start, m->byte_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "start", m->char_start + 1);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "length", m->char_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "sentence", (sqlite3_int64)m->sentence + 1);
        sqlite3_str_appendchar(s, 1, ',');
        json_real(s, "score", (double)m->score);
        sqlite3_str_appendchar(s, 1, '}');
    }
    sqlite3_str_appendchar(s, 1, ']');
}

static void quotes_json(sqlite3_str *s, const NewsWork *w) {
    sqlite3_str_appendchar(s, 1, '[');
    for (size_t i = 0; i < w->quote.n; i++) {
        const NewsQuote *q = &w->quote.v[i];
        sqlite3_str_appendall(s, i ? ",{" : "{");
        json_slice(s, "quote", w, q->quote.byte_start, q->quote.byte_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_text(s, "kind", news_quote_kind_name(q->kind));
        sqlite3_str_appendchar(s, 1, ',');
        if (q->speaker_entity >= 0 && (size_t)q->speaker_entity < w->ment.n) {
            const NewsMention *c = canon_of(w, &w->ment.v[q->speaker_entity]);
            json_slice(s, "speaker", w, c->byte_start, c->byte_len);
        } else {
            sqlite3_str_appendall(s, "\"speaker\":null");
        }
        sqlite3_str_appendchar(s, 1, ',');
        json_slice(s, "speaker_mention", w, q->speaker.byte_start, q->speaker.byte_len);
        sqlite3_str_appendchar(s, 1, ',');
        if (q->speaker.byte_len > 0) {
            json_int(s, "speaker_start", q->speaker.char_start + 1);
            sqlite3_str_appendchar(s, 1, ',');
            json_int(s, "speaker_length", q->speaker.char_len);
        } else {
            sqlite3_str_appendall(s, "\"speaker_start\":null,\"speaker_length\":null");
        }
        sqlite3_str_appendchar(s, 1, ',');
        json_slice(s, "cue", w, q->cue.byte_start, q->cue.byte_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "start", q->quote.char_start + 1);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "length", q->quote.char_len);
        sqlite3_str_appendchar(s, 1, ',');
        json_int(s, "sentence", (sqlite3_int64)q->sentence + 1);
        sqlite3_str_appendchar(s, 1, ',');
        json_real(s, "score", (double)q->score);
        sqlite3_str_appendchar(s, 1, '}');
    }
    sqlite3_str_appendchar(s, 1, ']');
}

/* Shared body of the JSON twins: analyse, serialise, hand the string to SQLite. */
static void json_twin(sqlite3_context *ctx, sqlite3_value *arg, const char *fname,
                      unsigned steps, void (*write)(sqlite3_str *, const NewsWork *)) {
    if (sqlite3_value_type(arg) == SQLITE_NULL) return; /* NULL in, NULL out */
    const unsigned char *z = sqlite3_value_text(arg);
    if (!z) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    size_t n = (size_t)sqlite3_value_bytes(arg);
    NewsWork w;
    news_work_init(&w, news_sqlite_realloc, news_sqlite_free);
    int rc = news_work_set_text(&w, z, n);
    if (rc == NEWS_OK) rc = news_analyze(sqlite3_user_data(ctx), &w, steps);
    if (rc != NEWS_OK) goto fail;
    /* the string's limit is the connection's SQLITE_LIMIT_LENGTH: past it the builder
     * stops and reports SQLITE_TOOBIG */
    sqlite3_str *s = sqlite3_str_new(sqlite3_context_db_handle(ctx));
    write(s, &w);
    int err = sqlite3_str_errcode(s);
    int len = sqlite3_str_length(s);
    char *out = sqlite3_str_finish(s);
    if (err == SQLITE_TOOBIG) {
        sqlite3_free(out);
        rc = NEWS_TOOBIG;
        goto fail;
    }
    if (err != SQLITE_OK || !out) {
        sqlite3_free(out);
        rc = NEWS_NOMEM;
        goto fail;
    }
    sqlite3_result_text(ctx, out, len, sqlite3_free);
    sqlite3_result_subtype(ctx, 'J'); /* JSON, for json_*() functions that look */
    news_work_free(&w);
    return;
fail:
    news_work_free(&w);
    if (rc == NEWS_TOOBIG) {
        char *msg = sqlite3_mprintf("%s(): result longer than SQLite's length limit", fname);
        sqlite3_result_error(ctx, msg ? msg : fname, -1);
        sqlite3_result_error_code(ctx, SQLITE_TOOBIG); /* keeps the message set above */
        sqlite3_free(msg);
    } else {
        sqlite3_result_error_nomem(ctx);
    }
}

void news_fn_entities_json(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    json_twin(ctx, argv[0], "news_entities_json", NEWS_ENTITIES, entities_json);
}

void news_fn_quotes_json(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    json_twin(ctx, argv[0], "news_quotes_json", NEWS_QUOTES, quotes_json);
}

/* ------------------------------------------------------------------------------ news_key */

void news_fn_key(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
    const unsigned char *z = sqlite3_value_text(argv[0]);
    if (!z) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    size_t n = news_utf8_text_len(z, (size_t)sqlite3_value_bytes(argv[0]));
    NewsWork w; /* only for its allocator: the key is allocated through sqlite3_realloc64 */
    news_work_init(&w, news_sqlite_realloc, news_sqlite_free);
    uint8_t *key = 0;
    size_t key_len = 0;
    int rc = news_key(&w, z, n, &key, &key_len);
    news_work_free(&w);
    if (rc == NEWS_NOMEM) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int limit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
    if (rc == NEWS_TOOBIG || key_len > (size_t)limit) {
        sqlite3_free(key);
        sqlite3_result_error(ctx, "news_key(): result longer than SQLite's length limit", -1);
        sqlite3_result_error_code(ctx, SQLITE_TOOBIG);
        return;
    }
    if (!key) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC); /* a name of only titles or marks */
        return;
    }
    sqlite3_result_text64(ctx, (const char *)key, key_len, sqlite3_free, SQLITE_UTF8);
}
