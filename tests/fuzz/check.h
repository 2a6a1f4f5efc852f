/* check.h: the SPEC invariants every result of the core must meet, for any input, shared by
 * the fuzzers (tests/fuzz/), the out-of-memory test and the scale test (tests/hard/).
 *
 * The checks re-derive character positions with their own walk of SQLite's counting rule
 * (src/func.c, SQLITE_SKIP_UTF8) instead of calling utf8.c, so a bug there cannot hide
 * itself. news_check_results() returns NULL when every row is sound, else a short static
 * description of the first broken rule (the fuzzer aborts on it, the tests count it). */
#ifndef NEWS_TESTS_CHECK_H
#define NEWS_TESTS_CHECK_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/news.h"

/* Per-byte facts about the owned text: is the byte the start of a character as SQLite
 * counts them, and how many characters come before it. Sized text_len + 1 (the end). */
typedef struct {
    uint8_t *is_start;   /* 1 where a character starts, and at text_len */
    int64_t *char_at;    /* characters before the byte (valid where is_start) */
    size_t n;            /* bytes of text */
    int valid_utf8;      /* the whole text is well-formed UTF-8 */
} NewsCheckMap;

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
static inline int news_check_valid_utf8(const uint8_t *z, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = z[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) { i++; continue; }
        else if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F, min = 0x80;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F, min = 0x800;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07, min = 0x10000;
        else return 0;
        if (i + len > n) return 0;
        for (size_t k = 1; k < len; k++) {
            if ((z[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (z[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += len;
    }
    return 1;
}

/* Builds the map by SQLite's rule: a byte >= 0xC0 takes in the continuation bytes after it,
 * any other byte is a character of its own. Returns 0 when out of memory. */
static inline int news_check_map(NewsCheckMap *m, const uint8_t *z, size_t n) {
    m->n = n;
    m->is_start = calloc(n + 1, 1);
    m->char_at = malloc((n + 1) * sizeof *m->char_at);
    if (!m->is_start || !m->char_at) return 0;
    int64_t chars = 0;
    size_t i = 0;
    while (i < n) {
        m->is_start[i] = 1;
        m->char_at[i] = chars++;
        if (z[i++] >= 0xC0)
            while (i < n && (z[i] & 0xC0) == 0x80) i++;
    }
    m->is_start[n] = 1;
    m->char_at[n] = chars;
    m->valid_utf8 = news_check_valid_utf8(z, n);
    return 1;
}

static inline void news_check_map_free(NewsCheckMap *m) {
    free(m->is_start);
    free(m->char_at);
    m->is_start = 0;
    m->char_at = 0;
}

/* A span [byte_start, byte_start + byte_len) that must be non-empty, inside the text, cut
 * at character boundaries, with character figures that agree with the bytes; and valid
 * UTF-8 when the text is. */
static inline const char *news_check_span(const NewsCheckMap *m, const uint8_t *z,
                                          size_t byte_start, size_t byte_len,
                                          int64_t char_start, int64_t char_len) {
    if (byte_len == 0 || char_len < 1) return "empty span";
    if (byte_start > m->n || byte_len > m->n - byte_start) return "span outside the text";
    size_t end = byte_start + byte_len;
    if (!m->is_start[byte_start] || !m->is_start[end]) return "span cuts a character";
    if (m->char_at[byte_start] != char_start) return "char_start disagrees with the bytes";
    if (m->char_at[end] - m->char_at[byte_start] != char_len)
        return "char_len disagrees with the bytes";
    if (memchr(z + byte_start, 0, byte_len)) return "span holds a NUL byte";
    if (m->valid_utf8 && !news_check_valid_utf8(z + byte_start, byte_len))
        return "invalid UTF-8 out of valid input";
    return 0;
}

/* The same for a span kept in bytes alone (a quotation's cue). */
static inline const char *news_check_byte_span(const NewsCheckMap *m, const uint8_t *z,
                                               size_t byte_start, size_t byte_len) {
    if (byte_len == 0) return "empty span";
    if (byte_start > m->n || byte_len > m->n - byte_start) return "span outside the text";
    size_t end = byte_start + byte_len;
    if (!m->is_start[byte_start] || !m->is_start[end]) return "span cuts a character";
    return news_check_span(m, z, byte_start, byte_len, m->char_at[byte_start],
                           m->char_at[end] - m->char_at[byte_start]);
}

static inline int news_check_is_space(uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Every SPEC invariant over the results in w (the text set by news_work_set_text). `steps`
 * is what news_analyze was asked for. */
static inline const char *news_check_results(const NewsWork *w, const NewsCheckMap *m,
                                             unsigned steps) {
    const uint8_t *z = w->text;
    const char *why;
    if (w->text_len != m->n) return "text length changed";
    /* sentences: numbered in order, disjoint, trimmed */
    for (size_t i = 0; i < w->sent.n; i++) {
        const NewsSentence *s = &w->sent.v[i];
        if ((why = news_check_span(m, z, s->byte_start, s->byte_len, s->char_start,
                                   s->char_len)))
            return why;
        if (i > 0 && s->byte_start < w->sent.v[i - 1].byte_start + w->sent.v[i - 1].byte_len)
            return "sentences overlap or are out of order";
        if (news_check_is_space(z[s->byte_start]) ||
            news_check_is_space(z[s->byte_start + s->byte_len - 1]))
            return "sentence not trimmed";
        for (size_t k = s->byte_start; k < s->byte_start + s->byte_len; k++)
            if (z[k] == '\n' || z[k] == '\r') return "sentence crosses a paragraph break";
    }
    if (!(steps & (NEWS_ENTITIES | NEWS_QUOTES))) return 0;
    /* mentions: ordered by start, inside their sentence, canon valid and final */
    for (size_t i = 0; i < w->ment.n; i++) {
        const NewsMention *e = &w->ment.v[i];
        if ((why = news_check_span(m, z, e->byte_start, e->byte_len, e->char_start,
                                   e->char_len)))
            return why;
        if (i > 0 && e->char_start < w->ment.v[i - 1].char_start)
            return "mentions not ordered by start";
        if (e->sentence >= w->sent_first + w->sent.n) return "mention sentence out of range";
        /* without NEWS_SENTENCES only the last window's sentences are kept (sent_first) */
        const NewsSentence *s =
            e->sentence >= w->sent_first ? &w->sent.v[e->sentence - w->sent_first] : 0;
        if (s && (e->byte_start < s->byte_start ||
                  e->byte_start + e->byte_len > s->byte_start + s->byte_len))
            return "mention outside its sentence";
        /* (e->type is two bits: every value is a NewsType) */
        if (!(e->score > 0.0f && e->score <= 1.0f)) return "mention score outside (0, 1]";
        int32_t c = news_ment_canon(w, i);
        if (c < 0 || (size_t)c >= w->ment.n) return "canon out of range";
        if (news_ment_canon(w, (size_t)c) != c) return "canon is not its own canon";
    }
    /* quotes: ordered by start, spans sound, speaker valid */
    for (size_t i = 0; i < w->quote.n; i++) {
        const NewsQuote *q = &w->quote.v[i];
        if ((why = news_check_span(m, z, q->quote.byte_start, q->quote.byte_len,
                                   q->quote.char_start, q->quote.char_len)))
            return why;
        if (i > 0 && q->quote.char_start < w->quote.v[i - 1].quote.char_start)
            return "quotes not ordered by start";
        if (q->sentence >= w->sent_first + w->sent.n) return "quote sentence out of range";
        const NewsSentence *s =
            q->sentence >= w->sent_first ? &w->sent.v[q->sentence - w->sent_first] : 0;
        if (s && (q->quote.byte_start < s->byte_start ||
                  q->quote.byte_start >= s->byte_start + s->byte_len))
            return "quote does not start inside its sentence";
        if (q->speaker.byte_len &&
            (why = news_check_span(m, z, q->speaker.byte_start, q->speaker.byte_len,
                                   q->speaker.char_start, q->speaker.char_len)))
            return why;
        if (q->cue.byte_len &&
            (why = news_check_byte_span(m, z, q->cue.byte_start, q->cue.byte_len)))
            return why;
        if (q->speaker_entity < -1 || q->speaker_entity >= (int64_t)w->ment.n)
            return "speaker_entity out of range";
        if (q->kind > NEWS_INDIRECT) return "quote kind out of range";
        if (!(q->score > 0.0f && q->score <= 1.0f)) return "quote score outside (0, 1]";
    }
    return 0;
}

#endif
