/* pipeline.c: the only file that knows the order of the steps. It walks the document in
 * windows of whole paragraphs (up to 256 KB and about 32K tokens each), so that per-token
 * arrays stay small whatever the article's length, and calls for each window: tokenize,
 * sentences, entities, quotes; then resolves names over the whole document.
 *
 * The window is also the tagger's "document" (features.c counts how each word is written
 * elsewhere in it), so it should hold a whole real article: 32K tokens are about 160 KB of
 * news prose, and long-reads run to 100-200 KB. Text denser in tokens than prose (a
 * megabyte of one-byte words glued by punctuation) is cut by tokens instead of bytes, so a
 * window's scratch (about 75 bytes a token: the token, the tagger's facts, the quote step's
 * state, and the tagger's cache of the window's word forms) stays a few megabytes
 * (docs/security.md, "Memory").
 *
 * A paragraph longer than a window (a quarter megabyte or 32K tokens without a line break:
 * text no article has) is analysed in windows of a quarter that many bytes and an eighth
 * that many tokens, from its start to its end, each cut at its last sentence end
 * (sentences.c reports where), or, with no sentence end at all, at a space:
 * deterministic, and a fraction of the scratch, which for such text is most of the fixed
 * memory (docs/security.md, "Memory"). */
#include <string.h>

#include "news.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The fuzzers build with tiny windows, to cross cuts often. */
#ifndef NEWS_WINDOW_BYTES
#define NEWS_WINDOW_BYTES ((size_t)1 << 18)
#endif
#ifndef NEWS_WINDOW_TOKENS
#define NEWS_WINDOW_TOKENS ((size_t)1 << 15)
#endif
#define WINDOW_BYTES ((size_t)NEWS_WINDOW_BYTES)
#define WINDOW_TOKENS ((size_t)NEWS_WINDOW_TOKENS)
/* The windows of a paragraph longer than a window: still a few thousand words of context
 * for the tagger, and 0.3 MB of scratch for one-byte tokens, not 2.4; with 4K tokens the
 * tagger's form cache keeps half as many forms too (model.h, NEWS_FORM_KEEP_LONG_MIN):
 * the window is what a megabyte without spaces peaks in (docs/security.md, "Memory") */
#define PARA_WINDOW_BYTES (WINDOW_BYTES / 4)
#define PARA_WINDOW_TOKENS (WINDOW_TOKENS / 8)

static int is_break_byte(uint8_t c) { return c == '\n' || c == '\r'; }

/* For window_limit: 0 where no token can start (space, tab, line break, continuation
 * byte), 1 for an ASCII letter or digit (a token starts there unless one did on the byte
 * before), 2 for any other byte (a token can start there). */
static const uint8_t start_class[256] = {
    2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 2, 2, 0, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2,
    2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
    2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* Token starts in z[i..end) (start_class above), given *prev (1 when the byte before z[i]
 * is an ASCII letter or digit), which it updates: a start is a byte of class 2, or of class
 * 1 after a byte of another class, so the count is the bytes of class 1 or 2 less the class
 * 1 bytes after a class 1 byte. */
static size_t count_starts(const uint8_t *z, size_t i, size_t end, unsigned *prev) {
    size_t count = 0;
    unsigned p = *prev;
#if defined(__SSE2__)
    /* sixteen bytes at a time (x86-64 always has SSE2): the window's bound is counted over
     * every byte of a long document, and a table look-up per byte was 4 % of news_quotes'
     * instructions. Per lane, the bytes that start no token are counted (0xFF is -1, so
     * subtracting the mask adds one) in byte counters, summed every 255 rounds at most. */
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r'), c80 = _mm_set1_epi8((char)0x80),
                  c3f = _mm_set1_epi8(0x3F), c20 = _mm_set1_epi8(0x20), c0 = _mm_set1_epi8('0'),
                  c9 = _mm_set1_epi8(9), ca = _mm_set1_epi8('a'), c25 = _mm_set1_epi8(25);
    __m128i last = _mm_set_epi8((char)-(int)p, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    while (end - i >= 16) {
        size_t rounds = (end - i) / 16 < 255 ? (end - i) / 16 : 255;
        __m128i none = _mm_setzero_si128(); /* per lane: bytes that start no token */
        for (size_t r = 0; r < rounds; r++, i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(z + i));
            /* class 0: white space, line breaks, continuation bytes (x - 0x80 <= 0x3F) */
            __m128i cont = _mm_sub_epi8(x, c80);
            __m128i zero = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab)),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)),
                             _mm_cmpeq_epi8(_mm_min_epu8(cont, c3f), cont)));
            /* class 1: x - '0' <= 9, or (x | 0x20) - 'a' <= 25 */
            __m128i d = _mm_sub_epi8(x, c0), l = _mm_sub_epi8(_mm_or_si128(x, c20), ca);
            __m128i alnum = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, c9), d),
                                         _mm_cmpeq_epi8(_mm_min_epu8(l, c25), l));
            /* the class 1 flags of the bytes before: shifted up a lane, the last chunk's
             * top lane in lane 0 */
            __m128i before = _mm_or_si128(_mm_slli_si128(alnum, 1), _mm_srli_si128(last, 15));
            none = _mm_sub_epi8(none, _mm_or_si128(zero, _mm_and_si128(alnum, before)));
            last = alnum;
        }
        __m128i sums = _mm_sad_epu8(none, _mm_setzero_si128()); /* two 16-bit sums */
        count += 16 * rounds - (size_t)_mm_cvtsi128_si32(sums) -
                 (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
    p = ((unsigned)_mm_movemask_epi8(last) >> 15) & 1u;
#endif
    for (; i < end; i++) {
        unsigned c = start_class[z[i]];
        count += (c >> 1) | (c & ~p & 1u);
        p = c & 1u;
    }
    *prev = p;
    return count;
}

/* Where the window starting at `pos` must end at the latest: `max_bytes` on, or the byte
 * where the (max_tokens + 1)th place a token could start is, whichever comes first. A
 * token can start at any byte but a space, a line break, a continuation byte or an ASCII
 * letter or digit right after another (the tokenizer splits such a run only at a clitic,
 * "do|n't", whose apostrophe counts instead, or after 64 KB), so this counts the tokens or
 * more (but for one per 64 KB word): a bound taken before tokenizing, so the token array
 * does not grow past it. Counted in blocks (count_starts), and byte by byte only in the
 * block where the count passes the bound. */
static size_t window_limit(const NewsWork *w, size_t pos, size_t max_bytes, size_t max_tokens) {
    const uint8_t *z = w->text;
    size_t n = w->text_len;
    size_t end = n - pos <= max_bytes ? n : pos + max_bytes;
    if (end - pos <= max_tokens) return end; /* fewer bytes than the bound */
    size_t starts = 0;
    unsigned prev = 0; /* 1 when the byte before is an ASCII letter or digit */
    for (size_t i = pos; i < end;) {
        size_t block_end = end - i > 1024 ? i + 1024 : end;
        unsigned p = prev;
        size_t count = count_starts(z, i, block_end, &p);
        if (starts + count > max_tokens) /* the bound falls in this block: find where */
            for (size_t k = i;; k++) {
                unsigned c = start_class[z[k]];
                starts += (c >> 1) | (c & ~prev & 1u);
                if (starts > max_tokens) return k;
                prev = c & 1u;
            }
        starts += count;
        prev = p;
        i = block_end;
    }
    return end;
}

/* End of the window that starts at byte `pos`. *long_to carries from window to window what
 * is known of a paragraph longer than a window: it has no break before that byte. */
static size_t window_end(const NewsWork *w, size_t pos, size_t *long_to) {
    const uint8_t *z = w->text;
    size_t n = w->text_len;
    if (pos == 0 || is_break_byte(z[pos - 1])) { /* a paragraph starts here */
        size_t limit = window_limit(w, pos, WINDOW_BYTES, WINDOW_TOKENS);
        if (limit >= n) return n;
        for (size_t k = limit; k > pos; k--) /* the last paragraph break inside the window */
            if (is_break_byte(z[k - 1])) {
                while (k < n && is_break_byte(z[k])) k++;
                return k;
            }
        *long_to = limit; /* one paragraph longer than a window */
    }
    /* inside a paragraph longer than a window (the last window was cut inside it): smaller
     * windows, up to its end; the bytes from *long_to on are looked at once each */
    size_t limit = window_limit(w, pos, PARA_WINDOW_BYTES, PARA_WINDOW_TOKENS);
    for (size_t k = *long_to > pos ? *long_to : pos; k < limit; k++)
        if (is_break_byte(z[k])) { /* the paragraph ends inside this window */
            while (k < n && is_break_byte(z[k])) k++;
            return k;
        }
    if (limit > *long_to) *long_to = limit;
    if (limit >= n) return n;
    /* cut at a character boundary, at a space if one is near, so no word is split */
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

/* The character position of byte `cut` of the window that starts at byte `pos`, character
 * `char_pos`: where the tokenizer's count ended with the window's last token before the cut
 * (token positions are whole-document ones), then the white space after it. A count over
 * every byte of the window was 0.5 % of a long document's instructions. */
static int64_t chars_at(const NewsWork *w, size_t pos, int64_t char_pos, size_t cut) {
    if (w->tok.n) {
        const NewsToken *t = &w->tok.v[w->tok.n - 1];
        size_t end = (size_t)t->byte_start + t->byte_len;
        if (end >= pos && end <= cut)
            return (int64_t)t->char_start + t->char_len + news_utf8_count(w->text + end, cut - end);
    }
    return char_pos + news_utf8_count(w->text + pos, cut - pos);
}

int news_analyze(const NewsModel *m, NewsWork *w, unsigned steps) {
    int rc = NEWS_OK;
    if (steps & NEWS_QUOTES) steps |= NEWS_ENTITIES; /* speakers are entity mentions */
    w->sent.n = w->ment.n = w->quote.n = w->tok.n = w->ment_tok.n = w->canon.n = 0;
    w->sent_first = 0;
    if (steps & NEWS_ENTITIES) {
        rc = news_entities_doc_begin(m, w);
        if (rc) return rc;
    }
    size_t pos = 0, windows = 0, long_to = 0;
    int64_t char_pos = 0;
    while (pos < w->text_len) {
        windows++;
        w->win_byte_start = pos;
        w->win_byte_end = window_end(w, pos, &long_to);
        w->win_char_start = char_pos;
        w->win_ment_first = w->ment.n; /* token ranges of mentions are window-local */
        w->ment_tok.n = 0;
        if (!(steps & NEWS_SENTENCES)) { /* rows keep a sentence's number, not the sentence:
                                          * keep only this window's (0.3x a long input) */
            w->sent_first += w->sent.n;
            w->sent.n = 0;
        }
        size_t cut = w->win_byte_end;
        rc = news_tokenize(w);
        if (rc == NEWS_OK) rc = news_sentences_split(w, &cut);
        if (cut <= pos || cut > w->win_byte_end) cut = w->win_byte_end; /* always progress */
        w->win_byte_end = cut;
        if (rc == NEWS_OK && (steps & NEWS_ENTITIES)) rc = news_entities_window(m, w);
        if (rc == NEWS_OK && (steps & NEWS_QUOTES)) rc = news_quotes_window(m, w);
        if (rc) return rc;
        /* where the next window starts, in characters (the last window has none: an
         * article of a join is one window, and its count was a pass over its bytes) */
        if (cut < w->text_len) char_pos = chars_at(w, pos, char_pos, cut);
        pos = cut;
    }
    if (!(steps & NEWS_ENTITIES)) return NEWS_OK;
    if (windows > 1) {
        /* a long document: its last window's scratch goes back before name resolution and
         * the speaker pass build theirs over every row, so the two never add up at the peak
         * (a short document's is kept for the next, which then allocates nothing) */
        news_entities_free(w);
        news_quotes_window_free(w);
        news_work_release(w, w->tok.v);
        news_work_release(w, w->ment_tok.v);
        w->tok.v = 0;
        w->ment_tok.v = 0;
        w->tok.n = w->tok.cap = w->ment_tok.n = w->ment_tok.cap = 0;
    }
    return news_resolve_document(m, w);
}

const char *news_type_name(unsigned type) {
    static const char *const names[NEWS_N_TYPES] = {"PER", "ORG", "LOC", "MISC"};
    return type < NEWS_N_TYPES ? names[type] : "MISC";
}

const char *news_quote_kind_name(unsigned kind) {
    static const char *const names[] = {"direct", "partial", "indirect"};
    return kind < 3 ? names[kind] : "direct";
}
