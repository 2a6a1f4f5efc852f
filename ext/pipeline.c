/* pipeline.c: the only file that knows the order of the steps. It walks the document in
 * windows of whole paragraphs (about a megabyte each), so that per-token arrays stay small
 * whatever the article's length, and calls for each window: tokenize, sentences, entities,
 * quotes; then resolves names over the whole document.
 *
 * A paragraph longer than a window is cut at its last sentence end inside the window
 * (sentences.c reports where), or, with no sentence end at all, at a space: deterministic,
 * and only for text no article has (a megabyte without a line break). */
#include <string.h>

#include "news.h"

#ifndef NEWS_WINDOW_BYTES /* the fuzzers build with a tiny window, to cross cuts often */
#define NEWS_WINDOW_BYTES ((size_t)1 << 20)
#endif
#define WINDOW_BYTES ((size_t)NEWS_WINDOW_BYTES)

static int is_break_byte(uint8_t c) { return c == '\n' || c == '\r'; }

/* End of the window that starts at byte `pos`. */
static size_t window_end(const NewsWork *w, size_t pos) {
    const uint8_t *z = w->text;
    size_t n = w->text_len;
    if (n - pos <= WINDOW_BYTES) return n;
    size_t limit = pos + WINDOW_BYTES;
    for (size_t k = limit; k > pos; k--) /* the last paragraph break inside the window */
        if (is_break_byte(z[k - 1])) {
            while (k < n && is_break_byte(z[k])) k++;
            return k;
        }
    /* one paragraph longer than a window: cut at a character boundary, at a space if one
     * is near, so no word is split */
    size_t end = limit;
    size_t lead = limit;
    while (lead > pos && (z[lead] & 0xC0) == 0x80) lead--;
    if (z[lead] >= 0xC0) { /* the limit falls inside the character that starts at `lead` */
        end = lead;
        if (end == pos) { /* one character longer than a window (0xC3 and a megabyte of
                           * continuation bytes): take it whole, never cut inside it */
            end = limit;
            while (end < n && (z[end] & 0xC0) == 0x80) end++;
            return end;
        }
    } /* else the continuation bytes before the limit are stray: a character each */
    for (size_t k = end; k > pos + 1 && end - k < 65536; k--)
        if (z[k - 1] == ' ' || z[k - 1] == '\t') return k;
    return end;
}

int news_analyze(const NewsModel *m, NewsWork *w, unsigned steps) {
    int rc = NEWS_OK;
    if (steps & NEWS_QUOTES) steps |= NEWS_ENTITIES; /* speakers are entity mentions */
    w->sent.n = w->ment.n = w->quote.n = w->tok.n = w->ment_tok.n = 0;
    if (steps & NEWS_ENTITIES) {
        rc = news_entities_doc_begin(m, w);
        if (rc) return rc;
    }
    size_t pos = 0;
    int64_t char_pos = 0;
    while (pos < w->text_len) {
        w->win_byte_start = pos;
        w->win_byte_end = window_end(w, pos);
        w->win_char_start = char_pos;
        w->win_ment_first = w->ment.n; /* token ranges of mentions are window-local */
        w->ment_tok.n = 0;
        size_t cut = w->win_byte_end;
        rc = news_tokenize(w);
        if (rc == NEWS_OK) rc = news_sentences_split(w, &cut);
        if (cut <= pos || cut > w->win_byte_end) cut = w->win_byte_end; /* always progress */
        w->win_byte_end = cut;
        if (rc == NEWS_OK && (steps & NEWS_ENTITIES)) rc = news_entities_window(m, w);
        if (rc == NEWS_OK && (steps & NEWS_QUOTES)) rc = news_quotes_window(m, w);
        if (rc) return rc;
        char_pos += news_utf8_count(w->text + pos, cut - pos);
        pos = cut;
    }
    if (steps & NEWS_ENTITIES) rc = news_resolve_document(m, w);
    return rc;
}

const char *news_type_name(unsigned type) {
    static const char *const names[NEWS_N_TYPES] = {"PER", "ORG", "LOC", "MISC"};
    return type < NEWS_N_TYPES ? names[type] : "MISC";
}

const char *news_quote_kind_name(unsigned kind) {
    static const char *const names[] = {"direct", "partial", "indirect"};
    return kind < 3 ? names[kind] : "direct";
}
