/* quotes.c: finds the quotations of the current window and appends them to w->quote
 * (news.h, NewsQuote): direct quotations in marks, partial ones (a quoted fragment inside
 * the writer's sentence) and indirect ones (reported speech after a cue verb), each with
 * its cue, its speaker as written and, where the text names it, the speaker's mention.
 *
 * Per paragraph of the window:
 *  1. pair the quotation marks (pair_paragraph): curly, straight, low-9 and guillemet marks
 *     are matched with one stack, so a million marks cost a million steps. Single marks
 *     only close a single mark open on top of the stack, which keeps apostrophes (dogs’,
 *     ’90s, rock 'n' roll) from closing anything that matters. A quotation at the bottom
 *     of the stack is top-level: it gets a row; marks inside it are nested and get none. A
 *     mark left open runs to the end of its paragraph, never further.
 *     Two glued straight single marks ('') act as one double mark; a paragraph too long
 *     for a window carries its open quotation into the next window (carry_family).
 *  2. attribute each top-level quotation (classify, attr_after, attr_before,
 *     fill_speakers): the cue and speaker after the closing mark (“…,” Kuleba said /
 *     said Kuleba), before the opening one (Kuleba said: “…” / According to Kuleba, “…”),
 *     then the neighbours in the paragraph (“A,” he said. “B.”), then the previous
 *     paragraph (a quotation going on, "Kuleba added:" ending it, or a report in its last
 *     sentence).
 *     Where the opening mark sits decides the kind: a sentence start or a colon makes a
 *     direct quotation, a word inside the sentence a partial one, and short or title-like
 *     fragments with no one saying them (scare quotes, titles, nicknames) get no row.
 *  3. find reported speech outside the marks (find_indirect): SUBJ said (that) CLAUSE,
 *     CLAUSE, SUBJ said, according to X, CLAUSE, and CLAUSE, according to X.
 * The speaker is an entity mention when the words before the cue are one (the mention
 * arrays come from entities.c, so a better tagger gives better speakers), a pronoun or a
 * description otherwise; pronouns and inherited speakers are settled after canonical names
 * exist by speakers.c, which resolve.c calls. Descriptions ("the minister") resolve here
 * through the roles the text gave names ("Foreign Minister Dmytro Kuleba").
 *
 * Every scan around a quotation or a cue is bounded by a constant number of tokens, so the
 * step is linear in the window. Scratch arrays live in w->quote_state and grow
 * geometrically; nothing is allocated per token. */
#include <string.h>

#include "lexicon.h"
#include "model.h"
#include "quotes.h"

enum { FAM_NONE = 0, FAM_DOUBLE, FAM_SINGLE, FAM_GUIL, FAM_GUIL_REV };
enum { CLS_START = 0, CLS_COLON, CLS_COMMA, CLS_THAT, CLS_WORD };
enum { KIND_NONE = 255 };

/* Bounds of the searches around a quotation or cue, in tokens. */
#define NEAR_TOKENS 12    /* a cue and its speaker sit this close to the marks */
#define SUBJECT_TOKENS 24 /* a subject starts this close before its cue ("X, a professor at the
                            * University of Y who was not involved in the study, said") */
#define CLAUSE_TOKENS 150 /* longest reported clause looked at */

typedef struct {
    NewsSpan spk, cue;
    int32_t ment;     /* document mention index or -1 */
    uint8_t spk_kind; /* NEWS_SPK_* */
    float score;
    int found;
    int64_t t0; /* first token of the speaker in this window, -1 when not known */
} Attr;

typedef struct {
    int32_t o, c;        /* opening / closing mark token; -1: before the window / to the end */
    int32_t first, last; /* content tokens, inclusive */
    uint8_t fam, cls, kind, unclosed;
    uint8_t own; /* the attribution was found around this segment itself */
    uint8_t title; /* no quotation: a title, a name or a scare quote, the writer's words */
    Attr at;
    int32_t src; /* segment (>= 0) or, as -2 - q, quote q whose speaker this one takes */
} Seg;

typedef struct {
    int32_t first, last; /* clause tokens, inclusive */
    Attr at;
} Ind;

/* ------------------------------------------------------------------------ token helpers */

static int tok_eq(const NewsWork *w, size_t i, const char *lower) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    for (size_t k = 0; k < n; k++) { /* no strlen: most words differ at the first letter */
        int a = z[k];
        if (a >= 'A' && a <= 'Z') a += 32;
        if (a != (unsigned char)lower[k]) return 0; /* also stops at the key's end */
    }
    return lower[n] == 0;
}

/* Is token i the word `lower`, ASCII case ignored? Asked with a literal at every call (a
 * few hundred thousand times per 2 MB of news), so in line the key's length is a constant
 * and one compare with the token's settles nearly every call before a byte is read. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline int tok_is(const NewsWork *w, size_t i, const char *lower) {
    return w->tok.v[i].byte_len == strlen(lower) && tok_eq(w, i, lower);
}

/* news_cue_flags() of token i, kept in its form's cache entry (model.h): the quote step
 * asks it of nearly every word of every window, and the words repeat. */
static unsigned tok_cue(NewsWork *w, size_t i) {
    NewsForm *f = news_tagger_form(w, i);
    if (f && f->cue) return f->cue & 0x7Fu;
    unsigned c = news_cue_flags(w->text + w->tok.v[i].byte_start, w->tok.v[i].byte_len);
    if (f && c < 0x80) f->cue = (uint8_t)(c | 0x80);
    return c;
}

/* ------------------------------------------------------------------------ word-list index */

/* The word lists below are asked about hundreds of thousands of times per 2 MB of news, and
 * walking a list of 90 words a time made those tests the quote step's hottest loop. So each
 * list is indexed on its first use in a workspace (NewsQuoteState.lists): its words hashed
 * on their first letter and length into 256 buckets, so that a lookup compares the word or
 * two that could match. The lists are constants, so an index never goes stale: it is built
 * once and kept for the workspace's life. A list that finds the index full is walked. */
#define LIST_SLOTS 256  /* lists indexed: a power of two, twice as many as there are (the 2 MB
                         * of news asks about 102; with 128 slots a third of them were walked,
                         * each counted again at every lookup) */
#define LIST_WORDS 4096 /* their words, all lists together (the 102 hold 1,918) */
#define LIST_BUCKETS 256 /* so that most buckets of a list of a hundred words are empty */

typedef struct {
    const void *list; /* the list's address; 0: a free slot */
    uint64_t used[LIST_BUCKETS / 64]; /* bit b: bucket b has words (most lookups stop here) */
    uint16_t at[LIST_BUCKETS + 1]; /* bucket b's words: word[at[b] .. at[b + 1]) */
} ListSlot;

typedef struct {
    const char *z;
    uint8_t n_bytes;
    uint8_t pos; /* index in its list */
} ListWord;

typedef struct {
    ListSlot slot[LIST_SLOTS];
    size_t n_slots, n_words;
    ListWord word[LIST_WORDS];
} ListIndex;

/* Each byte with ASCII upper case lowered, as the list words are written: one load where a
 * range test and an add were (the index compares a few hundred thousand words per 2 MB). */
static const uint8_t fold_ascii[256] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
    0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
    0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF,
    0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF,
    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF,
};

static unsigned list_bucket(unsigned c0, size_t n_bytes) {
    return (c0 * 16 + (unsigned)n_bytes) & (LIST_BUCKETS - 1);
}

/* Word k of a list whose words are `stride` bytes apart (an array of strings, or of
 * structs that start with one). */
static const char *list_word(const void *list, size_t k, size_t stride) {
    return *(const char *const *)((const char *)list + k * stride);
}

/* Out of line: run once per list, it would only weigh on the lookups it sat in. */
#if defined(__GNUC__) || defined(__clang__)
#define LIST_COLD __attribute__((noinline, cold))
#else
#define LIST_COLD
#endif

/* Indexes list (n words, or up to a null word when n is SIZE_MAX) in free slot h; 0 when
 * the index is full. */
static LIST_COLD const ListSlot *list_build(ListIndex *ix, size_t h, const void *list, size_t n,
                                            size_t stride) {
    size_t count = 0;
    while (count < n && list_word(list, count, stride)) count++;
    if (2 * (ix->n_slots + 1) > LIST_SLOTS || count > LIST_WORDS - ix->n_words || count > 256)
        return 0;
    ListSlot *sl = &ix->slot[h];
    uint16_t fill[LIST_BUCKETS + 1] = {0};
    for (size_t k = 0; k < count; k++) {
        const char *z = list_word(list, k, stride);
        fill[list_bucket((unsigned char)z[0], strlen(z)) + 1]++;
    }
    sl->at[0] = (uint16_t)ix->n_words;
    memset(sl->used, 0, sizeof sl->used);
    for (size_t b = 0; b < LIST_BUCKETS; b++) {
        sl->at[b + 1] = (uint16_t)(sl->at[b] + fill[b + 1]);
        if (fill[b + 1]) sl->used[b / 64] |= (uint64_t)1 << (b % 64);
        fill[b] = sl->at[b];
    }
    for (size_t k = 0; k < count; k++) {
        const char *z = list_word(list, k, stride);
        size_t len = strlen(z);
        ListWord *lw = &ix->word[fill[list_bucket((unsigned char)z[0], len)]++];
        lw->z = z;
        lw->n_bytes = (uint8_t)(len < 255 ? len : 255);
        lw->pos = (uint8_t)k;
    }
    ix->n_words += count;
    ix->n_slots++;
    sl->list = list;
    return sl;
}

/* The index of list (as list_build takes it), built on first use; 0 when it is not. */
static const ListSlot *list_slot(ListIndex *ix, const void *list, size_t n, size_t stride) {
    size_t h = ((uintptr_t)list >> 4) & (LIST_SLOTS - 1);
    while (ix->slot[h].list) {
        if (ix->slot[h].list == list) return &ix->slot[h];
        h = (h + 1) & (LIST_SLOTS - 1);
    }
    return list_build(ix, h, list, n, stride);
}

/* The words of bucket b of list slot sl compared with z[0..len) (first byte folded: c0):
 * the word's position in its list, or -1. Out of line, as is the walk of a list the index
 * could not take (list_scan): most lookups end at the bucket's bit, and without the loops
 * list_find needs no registers saved, so those cost no pushes and pops. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static int list_walk(const ListIndex *ix, const ListSlot *sl, unsigned b, const uint8_t *z,
                     size_t len, unsigned c0) {
    for (const ListWord *lw = ix->word + sl->at[b], *end = ix->word + sl->at[b + 1]; lw < end;
         lw++) {
        const unsigned char *key = (const unsigned char *)lw->z;
        if (lw->n_bytes != len || key[0] != c0) continue;
        size_t k = 1;
        while (k < len && key[k] == fold_ascii[z[k]]) k++;
        if (k == len) return lw->pos;
    }
    return -1;
}

static LIST_COLD int list_scan(const void *list, size_t n, size_t stride, const uint8_t *z,
                               size_t len, unsigned c0) {
    for (size_t i = 0; i < n; i++) { /* not indexed: the whole list */
        const unsigned char *key = (const unsigned char *)list_word(list, i, stride);
        if (!key) break;
        if (key[0] != c0) continue;
        size_t k = 1;
        while (k < len && key[k] == fold_ascii[z[k]]) k++;
        if (k == len && key[len] == 0) return (int)i;
    }
    return -1;
}

/* list_find for a list not indexed yet, or that the index could not take. */
static LIST_COLD int list_find_slow(const NewsWork *w, const NewsToken *t, const void *list,
                                    size_t n, size_t stride) {
    const NewsQuoteState *st = w->quote_state;
    const uint8_t *z = w->text + t->byte_start;
    size_t len = t->byte_len;
    unsigned c0 = fold_ascii[z[0]];
    const ListSlot *sl = st && st->lists ? list_slot(st->lists, list, n, stride) : 0;
    if (!sl) return list_scan(list, n, stride, z, len, c0);
    unsigned b = list_bucket(c0, len);
    if (!((sl->used[b / 64] >> (b % 64)) & 1)) return -1;
    return list_walk(st->lists, sl, b, z, len, c0);
}

/* Position in list (as list_slot takes it) of token t's word, ASCII case ignored (the
 * words are lower case), or -1. The token is a word of at most 16 bytes. The path of an
 * indexed list calls nothing but the walk of a bucket with a bit set, as its last act: it
 * saves no registers, and most lookups end at the bit. */
static int list_find(const NewsWork *w, const NewsToken *t, const void *list, size_t n,
                     size_t stride) {
    const NewsQuoteState *st = w->quote_state;
    const ListIndex *ix = st ? st->lists : 0;
    if (!ix) return list_find_slow(w, t, list, n, stride);
    size_t h = ((uintptr_t)list >> 4) & (LIST_SLOTS - 1);
    for (;;) { /* list_slot's probe, without its build */
        const void *at = ix->slot[h].list;
        if (at == list) break;
        if (!at) return list_find_slow(w, t, list, n, stride);
        h = (h + 1) & (LIST_SLOTS - 1);
    }
    const ListSlot *sl = &ix->slot[h];
    const uint8_t *z = w->text + t->byte_start;
    size_t len = t->byte_len;
    unsigned c0 = fold_ascii[z[0]];
    unsigned b = list_bucket(c0, len);
    if (!((sl->used[b / 64] >> (b % 64)) & 1)) return -1;
    return list_walk(ix, sl, b, z, len, c0);
}

/* The four lists the quote step asks most about (prepositions, verbs_after, modals,
 * determiners: a third of its 300 K lookups in 532 BBC articles), defined with them below;
 * their answers are kept per form (tok_in_kept). */
static const char *const *const kept_lists[4];

/* tok_in for kept list `slot`: the answer for token i's form, kept in two bits of its
 * byte in the tagger's form cache (NewsFeatScratch.form_words: 0 not asked, else the
 * answer + 1), as a function of the form's bytes. */
static int tok_in_kept(const NewsWork *w, size_t i, const char *const *list, unsigned slot) {
    uint8_t *kept = news_tagger_form_words(w, i);
    unsigned bits = kept ? (*kept >> (2 * slot)) & 3u : 0;
    if (bits) return (int)bits - 1;
    int r = list_find(w, &w->tok.v[i], list, SIZE_MAX, sizeof *list) >= 0;
    if (kept) *kept |= (uint8_t)((r + 1) << (2 * slot));
    return r;
}

/* Is token i one of the lower-case words of list (ended by a null word), ASCII case
 * ignored? In line, so that a kept list is told apart at compile time. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline int tok_in(const NewsWork *w, size_t i, const char *const *list) {
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_WORD) || t->byte_len > 16) return 0;
    for (unsigned k = 0; k < 4; k++)
        if (list == kept_lists[k]) return tok_in_kept(w, i, list, k);
    return list_find(w, t, list, SIZE_MAX, sizeof *list) >= 0;
}

static int tok_ch(const NewsWork *w, size_t i, char c) {
    const NewsToken *t = &w->tok.v[i];
    return t->byte_len == 1 && w->text[t->byte_start] == (uint8_t)c;
}

/* Token e moved back over the punctuation that ends a phrase, no further than lo; a per
 * cent sign stays ("rose 8%, he said" reports "rose 8%"). */
static int64_t trim_punct(const NewsWork *w, int64_t lo, int64_t e) {
    while (e > lo && (w->tok.v[e].flags & NEWS_TF_PUNCT) && !tok_ch(w, (size_t)e, '%')) e--;
    return e;
}

static int is_word(const NewsWork *w, size_t i) {
    return (w->tok.v[i].flags & NEWS_TF_WORD) && !(w->tok.v[i].flags & NEWS_TF_CLITIC);
}

static int is_lower_word(const NewsWork *w, size_t i) {
    return is_word(w, i) && !(w->tok.v[i].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT));
}

/* Whether token i is an age written as one word before a name: "16-year-old". */
static int age_word(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    return (t->flags & NEWS_TF_DIGIT) && t->byte_len > 10 && w->text[t->byte_start] >= '0' &&
           w->text[t->byte_start] <= '9' &&
           !memcmp(w->text + t->byte_start + t->byte_len - 9, "-year-old", 9);
}

static int is_dash(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    if (!(t->flags & NEWS_TF_PUNCT)) return 0;
    if (z[0] == '-') return 1;
    /* – en dash, — em dash, ― horizontal bar (the quotation dash of vox-pops) */
    return t->byte_len == 3 && z[0] == 0xE2 && z[1] == 0x80 &&
           (z[2] == 0x93 || z[2] == 0x94 || z[2] == 0x95);
}

/* . ! ? ; an ellipsis: the end of what a cue or speaker search may cross */
static int is_stop(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_PUNCT)) return 0;
    uint8_t c = w->text[t->byte_start];
    if (c == '.' && !(t->flags & NEWS_TF_SPACE_AFTER) && i + 1 < w->tok.n &&
        w->text[w->tok.v[i + 1].byte_start] == ',')
        return 0; /* "Sen. Ana Ferri, D-N.M., said": an abbreviation's period */
    if (c == '.' || c == '!' || c == '?' || c == ';') return 1;
    return t->byte_len == 3 && memcmp(w->text + t->byte_start, "\xE2\x80\xA6", 3) == 0;
}

static NewsSpan span_of(const NewsWork *w, size_t a, size_t b) { /* tokens [a, b) */
    NewsSpan s;
    const NewsToken *x = &w->tok.v[a], *y = &w->tok.v[b - 1];
    s.byte_start = x->byte_start;
    s.byte_len = y->byte_start + y->byte_len - x->byte_start;
    s.char_start = x->char_start;
    s.char_len = y->char_start + y->char_len - x->char_start;
    return s;
}

static uint64_t word_key(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (n && z[n - 1] == '.') n--;
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < n; k++) {
        int c = z[k];
        if (c >= 'A' && c <= 'Z') c += 32;
        h = (h ^ (uint64_t)c) * 1099511628211ull;
    }
    return h | 1;
}

/* ------------------------------------------------------------------------ word lists */

static const char *const determiners[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "one",
    "another", "some", "several", "many", "two", "three", "four", "both", "other", "each",
    "few", "most", "any", "senior", "top", 0};
/* words before a noun: a cue word right after one is a noun ("the call", "his claims") */
static const char *const noun_markers[] = {"the", "a",   "an",   "his",  "her", "its",
                                           "their", "our", "this", 0};
/* between a subject and its cue: "Kuleba also said", "he has repeatedly warned" */
static const char *const fillers[] = {
    "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "would",
    "will", "did", "does", "do", "once", "further", "again", "never", "not", "still",
    "already", "just", "even", "only", "first", "finally", "since", "subsequently", "has",
    "recently", "reportedly", "previously", "repeatedly", "publicly", "privately", "often",
    "frequently", "earlier", "flatly", "simply", "quickly", "had", "may", "might", "could",
    "long", /* "has long said" */
    "soon", /* "Fact-checkers soon noted that" */
    "should", "can", "must", "shall", "been", "being", "be", "has", "himself", "herself",
    "themselves", "itself", 0};
/* after a cue and before "that": "said on Tuesday in a statement that" */
static const char *const cue_gap[] = {
    "on", "in", "at", "to", "during", "after", "afterward", "afterwards", "before", "last",
    "this", "earlier", "later", "a", "an", "the", "his", "her", "their", "its", "statement",
    "interview", "letter",
    "post", "tweet", "email", "briefing", "conference", "news", "press", "speech",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "also", "again", "repeatedly", "previously", "recently", "then",
    "once", "publicly", "privately", "reporters", "journalists", "him", "her", "them", "us",
    "me", "it", "with", "of", "out", "outside", "call", "phone", "televised", "written",
    "separate", "late", "early", "program", "show", "appearance", "rally", "event", "hearing",
    "meeting", "blog", "podcast", "video", 0};
static const char *const clause_blockers[] = {
    "in", "on", "at", "to", "of", "for", "with", "by", "about", "from", "during", "after",
    "before", "into", "over", "through", "under", "as", "than", "via", "without", "and",
    "or", "but", "so", "yes", "no", "goodbye", "hello",
    "thanks", "otherwise", "earlier", "later", "last", "publicly",
    "privately", "repeatedly", "recently", "previously", "again", "also", "only", "so",
    "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "this", "up", "out", "off", "back", "down", "away",
    "hi", "sorry", "please", "outside", "inside", "near", "behind", "beside", "between",
    "among", "around", "across", "along", "against", "beyond", "upon", "within", "toward",
    "towards", "until", "since", "while", "afterward", "afterwards", "instead", "too",
    "just", "once", "twice", "tuesday's", 0};
static const char *const scare_before[] = {
    "so-called", "call", "called", "dubbed", "named", "titled", "entitled", "term", "word", "words",
    "phrase", "slogan", "nicknamed", "known", "labeled", "labelled", "branded", "hashtag",
    "headlined", "motto", "chant", "chants", "chanting", "read", "reads", "reading",
    "coined", "of", "as", "album", "song", "film", "movie", "book", "show", "series", "episode",
    "column",
    "headline", "title", "sign", "signs", "banner", "shirt", 0};
/* the verbs of saying and telling themselves */
static const char *const say_words[] = {"say", "says", "said", "saying", "tell", "tells",
                                        "told", "telling", 0};
static const char *const small_words[] = {
    "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "or", "&",
    "is", "it", "be", "as", 0};
/* nouns for groups and bodies that speak ("the Clinton campaign says", "the ministry") */
static const char *const org_nouns[] = {
    "campaign", "company", "firm", "ministry", "department", "agency", "committee",
    "government", "administration", "office", "party", "team", "police", "army", "court",
    "commission", "council", "board", "union", "group", "organization", "organisation",
    "spokesman", "spokeswoman", "spokesperson", "embassy", "military",
    /* (issue 4, from BBC news: "his family has said", "the retailer said") */
    "family", "retailer", "carmaker", "airline", "bank", "insurer", "regulator", "watchdog",
    "charity", "broadcaster", "club", "studio", "operator", "management",
    /* (quotes9: "..., jury told", "..., inquiry told" close a court report's headline) */
    "jury", "inquiry", "tribunal",
    /* (lead9: "..., state media reported", "..., local television said" in wire copy) */
    "media", "television", "tv", "radio", 0};
/* the org_nouns of broadcasting, which also modify a noun ("radio shows", "media reports") */
static const char *const media_nouns[] = {"media", "television", "tv", "radio", 0};

/* words that end the noun phrase of a speaker named after the cue */
static const char *const phrase_ends[] = {
    "who", "whose", "which", "that", "for", "of", "at", "in", "on", "with", "and", "when",
    "after", "as", "while", "during", "before", "to", "from", "about", "said", "says", 0};
/* role nouns a description ends with ("the minister", "a spokeswoman for ..."), sorted, with
 * the gender they tell (1 male, 2 female); looked up through the list index (list_find) */
static const struct {
    const char *word;
    uint8_t gender;
} role_words[] = {
    {"activist", 0}, {"actor", 1}, {"actress", 2}, {"administrator", 0}, {"adviser", 0},
    {"advisor", 0}, {"aide", 0}, {"ambassador", 0}, {"analyst", 0}, {"anchor", 0},
    {"archbishop", 0}, {"architect", 0}, {"attorney", 0}, {"author", 0}, {"banker", 0},
    {"barrister", 0}, {"billionaire", 0}, {"biologist", 0}, {"bishop", 0}, {"brother", 1},
    {"businessman", 1}, {"businesswoman", 2}, {"campaigner", 0},
    {"candidate", 0}, {"ceo", 0}, {"chair", 0}, {"chairman", 1}, {"chairperson", 0},
    {"chairwoman", 2}, {"challenger", 0}, {"chancellor", 0}, {"chief", 0}, {"co-founder", 0},
    {"coach", 0}, {"cofounder", 0}, {"columnist", 0}, {"commander", 0}, {"commissioner", 0},
    {"congressman", 1}, {"congresswoman", 2}, {"constable", 0}, {"contender", 0}, {"coroner", 0},
    {"councilman", 1}, {"councilwoman", 2}, {"counsel", 0}, {"criminologist", 0}, {"daughter", 2},
    {"dean", 0}, {"defender", 0}, {"deputy", 0}, {"detective", 0}, {"diplomat", 0}, {"director", 0},
    {"ecologist", 0}, {"economist", 0}, {"editor", 0}, {"engineer", 0}, {"entrepreneur", 0},
    {"envoy", 0}, {"epidemiologist", 0}, {"executive", 0}, {"expert", 0}, {"farmer", 0},
    {"father", 1}, {"forecaster", 0}, {"founder", 0}, {"general", 0}, {"goalkeeper", 0},
    {"gov.", 0}, {"governor", 0}, {"head", 0}, {"headmaster", 1}, {"headmistress", 2},
    {"headteacher", 0}, {"historian", 0}, {"host", 0}, {"husband", 1}, {"incumbent", 0},
    {"inspector", 0}, {"journalist", 0}, {"judge", 0}, {"justice", 0}, {"king", 1}, {"lawmaker", 0},
    {"lawyer", 0}, {"leader", 0}, {"man", 1}, {"manager", 0}, {"mayor", 0}, {"member", 0},
    {"mep", 0}, {"meteorologist", 0}, {"midfielder", 0}, {"minister", 0}, {"mogul", 0},
    {"mother", 2}, {"mp", 0}, {"msp", 0}, {"negotiator", 0}, {"nominee", 0}, {"novelist", 0},
    {"nurse", 0}, {"officer", 0}, {"official", 0}, {"opponent", 0}, {"organizer", 0}, {"owner", 0},
    {"partner", 0}, {"peer", 0}, {"pharmacist", 0}, {"photographer", 0}, {"physician", 0},
    {"physicist", 0}, {"poet", 0}, {"pollster", 0}, {"pope", 0}, {"premier", 0}, {"presenter", 0},
    {"president", 0}, {"prince", 1}, {"princess", 2}, {"professor", 0}, {"prosecutor", 0},
    {"psychiatrist", 0}, {"psychologist", 0}, {"queen", 2}, {"rep.", 0}, {"reporter", 0},
    {"representative", 0}, {"researcher", 0}, {"rival", 0}, {"scientist", 0}, {"secretary", 0},
    {"sen.", 0}, {"senator", 0}, {"sergeant", 0}, {"sheriff", 0}, {"singer", 0}, {"sister", 2},
    {"sociologist", 0}, {"solicitor", 0}, {"son", 1}, {"speaker", 0}, {"spokesman", 1},
    {"spokesperson", 0}, {"spokeswoman", 2}, {"staffer", 0}, {"strategist", 0},
    {"superintendent", 0}, {"supporter", 0}, {"surgeon", 0}, {"surrogate", 0}, {"teacher", 0},
    {"vice", 0}, {"virologist", 0}, {"wife", 2}, {"winger", 0}, {"woman", 2}, {"writer", 0},
};


_Static_assert(sizeof role_words / sizeof *role_words < 254, "NewsForm.role holds the index");

/* Index into role_words of token i's word, or -1: kept in its form's cache entry
 * (NewsForm.role), as a function of the form's bytes; the quote step asks it of the words
 * before every cue and name, and asks again as its searches overlap. */
static int role_find(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_WORD) || t->byte_len > 16) return -1;
    NewsForm *f = news_tagger_form(w, i);
    if (f && f->role) return (int)f->role - 2;
    int r = list_find(w, t, role_words, sizeof role_words / sizeof *role_words, sizeof *role_words);
    if (f) f->role = (uint8_t)(r + 2);
    return r;
}

static int role_gender(const NewsWork *w, size_t i) {
    int r = role_find(w, i);
    if (r >= 0 && role_words[r].gender) return role_words[r].gender;
    unsigned t = news_tagger_title(w, i);
    if (t & NEWS_TITLE_MALE) return NEWS_GENDER_MALE;
    if (t & NEWS_TITLE_FEMALE) return NEWS_GENDER_FEMALE;
    return NEWS_GENDER_UNKNOWN;
}

static int is_role_word(const NewsWork *w, size_t i) {
    if (!is_word(w, i)) return 0;
    if (role_find(w, i) >= 0) return 1;
    return news_tagger_title(w, i) != 0;
}

/* Whether token i is a role noun in the plural ("leaders", "officials"). */
static int role_plural(const NewsWork *w, size_t i) {
    NewsToken t = w->tok.v[i];
    if (!(t.flags & NEWS_TF_WORD) || t.byte_len < 4 || t.byte_len > 17 ||
        w->text[t.byte_start + t.byte_len - 1] != 's')
        return 0;
    t.byte_len--;
    return list_find(w, &t, role_words, sizeof role_words / sizeof *role_words,
                     sizeof *role_words) >= 0;
}

/* a role noun is singular even when it ends in s ("boss"): it may stand for one person */
static int is_plain_role(const NewsWork *w, size_t i) { return role_find(w, i) >= 0; }

/* nouns for someone a story follows that are no role of office (is_epithet): "the Old
 * Trafford boss", "the Black Sabbath singer" */
static const char *const epithet_nouns[] = {
    "batsman", "boss", "bowler", "boxer", "champion", "comedian", "defender", "driver",
    "forward", "goalkeeper", "golfer", "keeper", "midfielder", "musician", "player",
    "presenter", "rapper", "singer", "skipper", "star", "striker", "winger", "winner", 0};

/* "he", "she", "they", "it" (ASCII case ignored): one length each, so one compare */
static int pronoun_kind(const NewsWork *w, size_t i) {
    switch (w->tok.v[i].byte_len) {
    case 2:
        return tok_is(w, i, "he") ? NEWS_SPK_HE : tok_is(w, i, "it") ? NEWS_SPK_IT : NEWS_SPK_NONE;
    case 3:
        return tok_is(w, i, "she") ? NEWS_SPK_SHE : NEWS_SPK_NONE;
    case 4:
        return tok_is(w, i, "they") ? NEWS_SPK_THEY : NEWS_SPK_NONE;
    }
    return NEWS_SPK_NONE;
}

/* What ends a run of lower-case words (lower_run), besides any other token. */
enum {
    RUN_INQ = 1,      /* a word inside quotation marks */
    RUN_MENT = 2,     /* a word of an entity mention */
    RUN_DET = 4,      /* a determiner ("the", "a", "his") */
    RUN_ENDS = 8,     /* a word that ends a speaker's noun phrase (phrase_ends) */
    RUN_PRONOUN = 16, /* he, she, they, it */
    RUN_CUE = 32      /* a verb of saying */
};

/* Is token k right after a possessive "'s" (or "’s") of a word that is no pronoun
 * ("the agency's", "Trump's"; not "he's", "it's", "that's")? */
static int possessive_before(const NewsWork *w, size_t k) {
    if (k < 2) return 0;
    const NewsToken *c = &w->tok.v[k - 1];
    if (!(c->flags & NEWS_TF_CLITIC) || c->char_len != 2 ||
        (w->text[c->byte_start + c->byte_len - 1] | 0x20) != 's')
        return 0;
    const NewsToken *x = &w->tok.v[k - 2];
    return (x->flags & NEWS_TF_WORD) && c->byte_start == x->byte_start + x->byte_len &&
           !pronoun_kind(w, k - 2) && !tok_is(w, k - 2, "that") && !tok_is(w, k - 2, "there") &&
           !tok_is(w, k - 2, "here") && !tok_is(w, k - 2, "what") && !tok_is(w, k - 2, "who") &&
           !tok_is(w, k - 2, "where") && !tok_is(w, k - 2, "let");
}

/* The run of at most max lower-case words next to token i: before it when back is set (i - 1,
 * i - 2, ..., none before lim), else from it on (i, i + 1, ..., none at or past lim). Returns
 * the run's first token (back) or the token after it: i when there is none. The phrases of a
 * role or a description without its article are found this way ("said housing minister
 * Tom Reyes", "..., union boss warns", "the congressional report said"). */
static size_t lower_run(const NewsWork *w, const NewsQuoteState *st, size_t i, size_t lim,
                        int back, size_t max, unsigned stops) {
    for (size_t n = 0; n < max && (back ? i > lim : i < lim); n++) {
        size_t t = back ? i - 1 : i;
        if (!is_lower_word(w, t) || ((stops & RUN_INQ) && st->inq[t]) ||
            ((stops & RUN_MENT) && st->tok_ment[t] >= 0) ||
            ((stops & RUN_DET) && tok_in(w, t, determiners)) ||
            ((stops & RUN_ENDS) && tok_in(w, t, phrase_ends)) ||
            ((stops & RUN_PRONOUN) && pronoun_kind(w, t)) ||
            ((stops & RUN_CUE) && (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))))
            break;
        i = back ? t : t + 1;
    }
    return i;
}

static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", 0};

/* "a spokesman", "one aide", "another official": someone new, not the person the text
 * gave that role to ("the minister" is) */
static const char *const indefinites[] = {"a", "an", "one", "another", "some", "several", 0};
static int indefinite(const NewsWork *w, size_t i) { return tok_in(w, i, indefinites); }

/* nouns in -ly that speak, which is_filler must not skip as adverbs */
static const char *const ly_nouns[] = {"family", "assembly", "ally", "daily", "weekly", "monthly",
                                       "quarterly", 0};

/* A barrister's or a member's letters after a name, which the entity step leaves out: "Helen
 * Marsh KC", Ireland's "Michael Byrne SC", "Andrew Tyrie MP" (a person's: "the Manchester
 * Central MP" is a role); an emphatic reflexive after a name too ("Lavelle himself"). */
static int post_nominal(const NewsWork *w, const NewsQuoteState *st, size_t i, size_t lo) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    if (i <= lo || st->tok_ment[i - 1] < 0) return 0;
    /* "Lavelle himself, who died in 1994, once told": a reflexive for emphasis, as a
     * post-nominal stands after the name it belongs to */
    if (t->byte_len >= 6 && (tok_is(w, i, "himself") || tok_is(w, i, "herself") ||
                             tok_is(w, i, "itself") || tok_is(w, i, "themselves")))
        return 1;
    if (t->byte_len != 2) return 0;
    return ((z[0] == 'K' || z[0] == 'Q') && z[1] == 'C') ||
           (((z[0] == 'S' && z[1] == 'C') || (z[0] == 'M' && z[1] == 'P')) &&
            w->ment.v[st->tok_ment[i - 1]].type == NEWS_PER);
}

/* A word in -ly but a noun: an adverb ("quietly") when lower-case, not "his family said". */
static int ly_adverb(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    return t->byte_len > 4 && z[t->byte_len - 2] == 'l' && z[t->byte_len - 1] == 'y' &&
           !tok_in(w, i, ly_nouns);
}

/* A word the searches for a subject or a cue step over: a weekday, an adverb, a filler
 * ("later", "also"). Kept in the form's cache entry (NewsForm.filler), a function of the
 * form's bytes and flags: the searches ask it of the same words again and again. */
static int is_filler(const NewsWork *w, size_t i) {
    NewsForm *f = news_tagger_form(w, i);
    if (f && f->filler) return f->filler - 1;
    int r = tok_in(w, i, weekdays) || /* "Priebus later Thursday told" */
            (is_lower_word(w, i) && (ly_adverb(w, i) || tok_in(w, i, fillers)));
    if (f) f->filler = (uint8_t)(r + 1);
    return r;
}

/* A capitalised cue inside a Title Case headline ("Former Pollster Says Clinton Is In
 * Trouble"): the words around it are capitalised too. "Said" stays a name (Edward Said):
 * headlines use the present tense. */
static int headline_cue(const NewsWork *w, size_t k) {
    if (k == 0 || k + 1 >= w->tok.n || tok_is(w, k, "said")) return 0;
    const NewsToken *a = &w->tok.v[k - 1], *b = &w->tok.v[k + 1];
    return is_word(w, k - 1) && is_word(w, k + 1) && (a->flags & NEWS_TF_UPPER_INIT) &&
           (b->flags & NEWS_TF_UPPER_INIT) && a->sentence == b->sentence;
}

/* ------------------------------------------------------------------------ state */

static int grow(NewsWork *w, void **p, size_t *cap, size_t need, size_t elem) {
    return news_work_reserve(w, p, cap, need, elem);
}

static int prepare(NewsWork *w, NewsQuoteState **out) {
    NewsQuoteState *st = w->quote_state;
    if (!st) {
        st = news_work_alloc(w, sizeof *st);
        if (!st) return NEWS_NOMEM;
        memset(st, 0, sizeof *st);
        for (size_t i = 0; i < NEWS_ROLE_SLOTS; i++) st->roles[i].ment = -1;
        w->quote_state = st;
    }
    if (!st->lists) {
        if (!(st->lists = news_work_alloc(w, sizeof(ListIndex)))) return NEWS_NOMEM;
        memset(st->lists, 0, sizeof(ListIndex));
    }
    size_t n = w->tok.n + 1;
    if (n > st->tok_cap) {
        size_t cap = st->tok_cap ? st->tok_cap : 1024;
        while (cap < n) cap *= 2;
        void *a = w->realloc_fn(st->pair, cap * sizeof *st->pair);
        if (!a) return NEWS_NOMEM;
        st->pair = a;
        a = w->realloc_fn(st->stack, cap * sizeof *st->stack);
        if (!a) return NEWS_NOMEM;
        st->stack = a;
        a = w->realloc_fn(st->tok_ment, cap * sizeof *st->tok_ment);
        if (!a) return NEWS_NOMEM;
        st->tok_ment = a;
        a = w->realloc_fn(st->cue, cap);
        if (!a) return NEWS_NOMEM;
        st->cue = a;
        a = w->realloc_fn(st->inq, cap);
        if (!a) return NEWS_NOMEM;
        st->inq = a;
        a = w->realloc_fn(st->sfirst, cap * sizeof *st->sfirst);
        if (!a) return NEWS_NOMEM;
        st->sfirst = a;
        st->tok_cap = cap;
    }
    if (w->ment.n > st->m_cap) {
        size_t cap = w->ment.cap;
        void *a = w->realloc_fn(st->m_inq, cap ? cap : 1);
        if (!a) return NEWS_NOMEM;
        st->m_inq = a;
        st->m_cap = cap;
    }
    if (w->win_byte_start == 0) { /* a new document */
        st->carry_quote = -1;
        st->carry_open = 0;
        st->carry_family = FAM_NONE;
        st->carry_weak = st->carry_attr = 0;
        st->cut_quote = st->open_quote = -1;
        st->open_weak = 0;
        st->m_done = 0;
        /* every slot is empty but those the last document filled (role_used): clearing
         * the 1,024 slots for each article that learned a role cost 4,000 instructions */
        for (size_t k = 0; k < st->n_roles; k++) st->roles[st->role_used[k]].ment = -1;
        st->n_roles = 0;
    }
    *out = st;
    return NEWS_OK;
}

/* Frees the per-window scratch alone (what the speaker pass reads stays): pipeline.c calls
 * it after a long document's last window, so it is not held through name resolution and
 * the speaker pass, the peak of such a document. */
void news_quotes_window_free(NewsWork *w) {
    NewsQuoteState *st = w->quote_state;
    if (!st) return;
    void **v[] = {(void **)&st->pair, (void **)&st->stack, (void **)&st->tok_ment,
                  (void **)&st->cue,  (void **)&st->inq,   (void **)&st->sfirst,
                  &st->seg,           &st->ind};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        news_work_release(w, *v[i]);
        *v[i] = 0;
    }
    st->tok_cap = st->seg_cap = st->ind_cap = 0;
}

void news_quotes_free(NewsWork *w) {
    NewsQuoteState *st = w->quote_state;
    if (!st) return;
    news_work_release(w, st->pair);
    news_work_release(w, st->stack);
    news_work_release(w, st->tok_ment);
    news_work_release(w, st->cue);
    news_work_release(w, st->inq);
    news_work_release(w, st->sfirst);
    news_work_release(w, st->seg);
    news_work_release(w, st->ind);
    news_work_release(w, st->info);
    news_work_release(w, st->m_inq);
    news_work_release(w, st->spk_scratch);
    news_work_release(w, st->lists);
    news_work_release(w, st);
    w->quote_state = 0;
}

/* ------------------------------------------------------------------------ roles */

static void role_put(NewsQuoteState *st, uint64_t key, int32_t ment) {
    size_t i = (size_t)key & (NEWS_ROLE_SLOTS - 1);
    for (size_t probe = 0; probe < NEWS_ROLE_SLOTS; probe++) {
        NewsRoleSlot *s = &st->roles[i];
        if (s->ment < 0) {
            if (st->n_roles * 4 >= NEWS_ROLE_SLOTS * 3) return; /* full enough: stop learning */
            st->role_used[st->n_roles++] = (uint16_t)i;
            s->key = key;
            s->ment = s->first = ment;
            s->prev = -1;
            return;
        }
        if (s->key == key) {
            if (s->ment != ment) s->prev = s->ment;
            s->ment = ment; /* the latest holder of the role */
            return;
        }
        i = (i + 1) & (NEWS_ROLE_SLOTS - 1);
    }
}

/* The first mention that held the role (`key`: the role word's key, of which the low 32
 * bits are compared, as NewsQuoteInfo keeps them), or -1: what a headline's role stands
 * for, and what a description read before any holder looks forward to (speakers.c). */
int32_t news_role_first(const NewsQuoteState *st, uint64_t key) {
    size_t i = (size_t)key & (NEWS_ROLE_SLOTS - 1);
    for (size_t probe = 0; probe < NEWS_ROLE_SLOTS; probe++) {
        const NewsRoleSlot *s = &st->roles[i];
        if (s->ment < 0) return -1;
        if ((uint32_t)s->key == (uint32_t)key) return s->first;
        i = (i + 1) & (NEWS_ROLE_SLOTS - 1);
    }
    return -1;
}

/* The first two letters of token i in lower case, as a number: what tells that "the
 * Ukrainian president" may be the one the text called "Ukraine's president" and "the French
 * president" is not. */
static uint64_t owner_prefix(const NewsWork *w, size_t i) {
    const uint8_t *z = w->text + w->tok.v[i].byte_start;
    size_t n = w->tok.v[i].byte_len;
    if (n < 2) return 0;
    /* (the periods of "U.S." and "U.K." skipped; the names whose people's word starts
     * otherwise read as that word: "U.S." and "America" as "American", "UK" as "British",
     * "Netherlands" as "Dutch") */
    uint8_t a = z[0] | 0x20, b = (n >= 3 && z[1] == '.' ? z[2] : z[1]) | 0x20;
    if (a == 'u' && b == 's' && n <= 4) a = 'a', b = 'm'; /* US, U.S., USA */
    else if (a == 'u' && b == 'k' && n <= 4) a = 'b', b = 'r'; /* not Ukraine */
    else if (a == 'n' && b == 'e' && n >= 11 && (z[2] | 0x20) == 't') a = 'd', b = 'u';
    return (uint64_t)(a << 8 | b);
}

/* The key that says the text gave role `key` to mention m with an owner: any owner (pre 0),
 * or one whose first two letters are pre (owner_prefix). */
static uint64_t holder_owner_key(uint64_t key, int32_t m, uint64_t pre) {
    return ((key ^ ((uint64_t)(uint32_t)m << 16) ^ pre ^ 0x686f6c646572ull) * 1099511628211ull) |
           1;
}

/* Whether holder m of role `key` may be the one a description whose nationality is token
 * nat names (nat < 0: any): the text gave m the role with no owner, or with one whose first
 * two letters are nat's ("Ukraine's president" for "the Ukrainian president"). */
static int holder_fits(const NewsWork *w, const NewsQuoteState *st, uint64_t key, int32_t m,
                       int64_t nat) {
    return nat < 0 || news_role_first(st, holder_owner_key(key, m, 0)) < 0 ||
           news_role_first(st, holder_owner_key(key, m, owner_prefix(w, (size_t)nat))) >= 0;
}

/* The holder of the role a description at token `at` stands for, or -1: the latest named
 * before it (the roles of a window are learned before its quotations are attributed, so
 * "the senator" must not be a senator the next paragraph names), else the first after it;
 * of those that fit the description's nationality, token nat (holder_fits). */
static int32_t role_pick(const NewsWork *w, const NewsQuoteState *st, uint64_t key, size_t at,
                         int64_t nat) {
    size_t i = (size_t)key & (NEWS_ROLE_SLOTS - 1);
    for (size_t probe = 0; probe < NEWS_ROLE_SLOTS; probe++) {
        const NewsRoleSlot *s = &st->roles[i];
        if (s->ment < 0) return -1;
        if (s->key == key) {
            int64_t c = w->tok.v[at].char_start;
            int32_t best = -1, m[3] = {s->ment, s->prev, s->first};
            /* a holder the text gave the description's country ("UK Prime Minister Keir
             * Starmer" for "the British prime minister") before one it gave none ("Dutch
             * Prime Minister Dick Schoof", whose adjective is no owner) */
            for (int k = 0; nat >= 0 && k < 3; k++)
                if (m[k] >= 0 && w->ment.v[m[k]].char_start < c &&
                    (best < 0 || w->ment.v[m[k]].char_start > w->ment.v[best].char_start) &&
                    news_role_first(st, holder_owner_key(key, m[k],
                                                         owner_prefix(w, (size_t)nat))) >= 0)
                    best = m[k];
            for (int k = 0; best < 0 && k < 3; k++)
                if (m[k] >= 0 && w->ment.v[m[k]].char_start < c &&
                    (best < 0 || w->ment.v[m[k]].char_start > w->ment.v[best].char_start) &&
                    holder_fits(w, st, key, m[k], nat))
                    best = m[k];
            if (best < 0 && holder_fits(w, st, key, s->first, nat)) best = s->first;
            return best;
        }
        i = (i + 1) & (NEWS_ROLE_SLOTS - 1);
    }
    return -1;
}

static int32_t role_get(const NewsWork *w, const NewsQuoteState *st, uint64_t key, size_t at) {
    return role_pick(w, st, key, at, -1);
}

/* Words that make a role another one: the shadow chancellor is not the chancellor, nor the
 * deputy prime minister or a former president the one in office, nor the prime minister
 * the foreign minister. */
static const char *const role_modifiers[] = {"deputy", "ex", "first", "former", "prime",
                                              "shadow", "vice", 0};

/* The key of the role whose head word is token k: the word's, or with the modifiers up to
 * two words before ("Prime Minister", "Deputy Prime Minister") a key of its own. */
static uint64_t role_key(const NewsWork *w, size_t k) {
    uint64_t h = word_key(w, k);
    for (size_t b = k; b > 0 && k - b < 2; b--)
        if (tok_in(w, b - 1, role_modifiers)) h = ((h ^ word_key(w, b - 1)) * 1099511628211ull) | 1;
    return h;
}

/* The key of a role named with "of" after its head word k: "secretary of state" (k, then
 * "of", then the word at k + 2), a role of its own. */
static uint64_t of_role_key(const NewsWork *w, size_t k) {
    return ((role_key(w, k) ^ word_key(w, k + 2)) * 1099511628211ull) | 1;
}

/* A word written as only a name is: with a capital after its first letter ("NetChoice",
 * "OpenAI", "YouTube"), or one capital letter ("X", the platform; not "A" or "I"). */
static int name_shaped(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    if (t->byte_len == 1) /* a word of its own: not the S of "A/S" */
        return z[0] >= 'B' && z[0] <= 'Z' && z[0] != 'I' &&
               (t->byte_start == 0 || z[-1] == ' ' || z[-1] == '\n');
    if (!is_word(w, i) || !(t->flags & NEWS_TF_UPPER_INIT) || t->byte_len < 4) return 0;
    for (size_t c = 1; c + 1 < t->byte_len; c++)
        if (z[c] >= 'A' && z[c] <= 'Z' && z[c + 1] >= 'a' && z[c + 1] <= 'z') return 1;
    return 0;
}

/* A plural that is no role: "officials", "residents"; not "boss". */
static int plural_noun(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    return w->text[t->byte_start + t->byte_len - 1] == 's' && !is_plain_role(w, k);
}

/* The owner of the role whose head word is token k, no further back than token lo: the
 * capitalised word before "'s" up to three words before it ("Denmark's prime minister",
 * "Greenland's Prime Minister"), or -1. */
static int64_t role_owner(const NewsWork *w, size_t k, size_t lo) {
    size_t b = k;
    while (b > lo && k - b < 3 && is_word(w, b - 1) && !(w->tok.v[b - 1].flags & NEWS_TF_CLITIC))
        b--;
    if (b < lo + 2 || !(w->tok.v[b - 1].flags & NEWS_TF_CLITIC) ||
        (w->text[w->tok.v[b - 1].byte_start + w->tok.v[b - 1].byte_len - 1] | 0x20) != 's' ||
        !(w->tok.v[b - 2].flags & NEWS_TF_UPPER_INIT))
        return -1; /* 's or ’s */
    return (int64_t)b - 2;
}

/* The key of role `key` held for owner token o ("Greenland's prime minister"), and the key
 * that says the text gave the role with some owner (o < 0). */
static uint64_t owned_role_key(const NewsWork *w, uint64_t key, int64_t o) {
    uint64_t h = o < 0 ? 0x6f776e6564ull : word_key(w, (size_t)o);
    return ((key ^ h) * 1099511628211ull) | 1;
}

/* A place or a body named right before the role whose head word is token k, across its
 * modifiers and lower-case words ("Ireland captain", "Ireland head coach", "Nvidia chief
 * executive"), or -1 (its first token): the team, country or firm the role is held for, as an owner with
 * "'s" is. */
static int64_t adjunct_owner(const NewsWork *w, const NewsQuoteState *st, size_t k) {
    size_t b = k;
    while (b > 0 && k - b < 2 && (is_lower_word(w, b - 1) || tok_in(w, b - 1, role_modifiers)))
        b--;
    if (b == 0 || st->tok_ment[b - 1] < 0) return -1;
    int32_t m = st->tok_ment[b - 1];
    uint8_t ty = w->ment.v[m].type;
    /* its first word, as a description writes it: "Exxon Corp chairman ... the Exxon
     * chairman" */
    return ty == NEWS_LOC || ty == NEWS_ORG ? (int64_t)news_ment_toks(w, (size_t)m).tok_first
                                            : -1;
}

static uint64_t str_key(const char *z) { /* word_key() of a lower-case word */
    uint64_t h = 1469598103934665603ull;
    for (; *z; z++) h = (h ^ (uint64_t)(unsigned char)*z) * 1099511628211ull;
    return h | 1;
}

/* Learns role token k for mention m, and for its owner when it has one: "Greenland's prime
 * minister, Mute Egede," is a prime minister, and Greenland's. An owner named before the role
 * with no "'s" ("Ireland captain Caelan Doris") keeps the role for descriptions that name it
 * ("the Ireland captain" is not France's); it does not make a description with another
 * owner ("Britain's leader") no one, as a role given only with owners does. */
static void role_learn(const NewsWork *w, NewsQuoteState *st, size_t k, int32_t m) {
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", 0};
    uint64_t key = role_key(w, k);
    int64_t o = role_owner(w, k, 0);
    role_put(st, key, m);
    if (k > 0 && tok_is(w, k, "secretary") && tok_is(w, k - 1, "press"))
        for (const char *const *p = spokes; *p; p++) /* "press secretary Karen Liu ... The */
            role_put(st, str_key(*p), m);            /* spokeswoman added" */
    if (o < 0) {
        o = adjunct_owner(w, st, k);
        if (o < 0) return;
        role_put(st, owned_role_key(w, key, o), m);
        role_put(st, holder_owner_key(key, m, 0), m);
        role_put(st, holder_owner_key(key, m, owner_prefix(w, (size_t)o)), m);
        return;
    }
    role_put(st, owned_role_key(w, key, o), m);
    role_put(st, owned_role_key(w, key, -1), m);
    role_put(st, holder_owner_key(key, m, 0), m);
    role_put(st, holder_owner_key(key, m, owner_prefix(w, (size_t)o)), m);
}

/* what speaks for a name inside its description (desc_owner) */
static const char *const mouthpieces[] = {"campaign", "spokesman", "spokeswoman",
                                          "spokesperson", "statement", 0};

/* The person a description with head word `head` that starts at token d stands for: the one
 * the text gave that role ("the minister"), or -1 for a plural ("officials") or an
 * indefinite one ("an aide"): no one in particular. A role with an owner ("Denmark's prime
 * minister") is the one the text gave with that owner; failing that, the role's holder when
 * the text gave the role with no owner at all (not Greenland's prime minister). One with a
 * nationality ("the French president") is not a holder the text gave another country's
 * role ("Ukraine's president, Volodymyr Zelensky,"). */
/* The one person the sentence before mention m's names (its latest mention), or -1 when
 * it names none or several: whom a description that names no one of its own stands for
 * ("Patti Smith has cancelled her tour. The 58-year-old US singer of Because the Night
 * told fans ..."). Mentions are in text order, so the walk back stops two sentences up. */
static int32_t lone_person_before(const NewsWork *w, size_t m) {
    uint32_t s = w->ment.v[m].sentence;
    int32_t found = -1, canon = -1;
    if (s == 0) return -1;
    for (size_t j = m; j-- > 0;) {
        const NewsMention *x = &w->ment.v[j];
        if (x->sentence >= s) continue;
        if (x->sentence + 1 < s) break;
        if (x->type != NEWS_PER) continue;
        int32_t c = news_ment_canon(w, j);
        if (found >= 0 && c != canon) return -1;
        if (found < 0) found = (int32_t)j, canon = c;
    }
    return found;
}

/* makers of works, whose title follows "of" ("the singer of Because the Night") */
static const char *const makers[] = {"singer", "songwriter", "author", "writer", "novelist",
                                     "poet", "playwright", "composer", "rapper", "star",
                                     "creator", "actor", "actress", "frontman", "frontwoman",
                                     "screenwriter", "lyricist", 0};

static int32_t desc_referent(const NewsWork *w, const NewsQuoteState *st, size_t head,
                             size_t d) {
    if (plural_noun(w, head) || indefinite(w, d)) return -1;
    /* "Keir Starmer's spokesman", "the prime minister's official spokesman": someone's
     * mouthpiece speaks for its owner (desc_owner), never for whoever the text called
     * spokesman ("Kremlin spokesman Dmitry Peskov") */
    for (size_t t = d; t < head && tok_in(w, head, mouthpieces); t++)
        if (w->tok.v[t].flags & NEWS_TF_CLITIC) return -1;
    uint64_t key = role_key(w, head);
    int64_t o = role_owner(w, head, d);
    if (o >= 0) {
        int32_t r = role_get(w, st, owned_role_key(w, key, o), d);
        if (r >= 0 || role_get(w, st, owned_role_key(w, key, -1), d) >= 0) return r;
    }
    int64_t nat = -1;
    if (head > d + 1 && tok_is(w, d, "the") && is_word(w, d + 1) &&
        (w->tok.v[d + 1].flags & NEWS_TF_UPPER_INIT) && !is_role_word(w, d + 1)) {
        nat = (int64_t)d + 1;
        for (size_t t = d + 2; t <= head; t++)
            if (!is_lower_word(w, t)) nat = -1;
    }
    return role_pick(w, st, key, d, nat);
}

/* Learns the roles the text gives people: "Foreign Minister Dmytro Kuleba" and
 * "Dmytro Kuleba, Ukraine's foreign minister," both make "minister" stand for him; a
 * gendered title or role ("Mr.", "spokeswoman") gives the mention its gender. */
static const char *const he_words[] = {"he", "his", "him", "himself", 0};
static const char *const she_words[] = {"she", "her", "hers", "herself", 0};

/* Words that follow "her" as an object ("described her as", "told her that", "gave her
 * the prize"), not as a possessive ("said her plan"). */
static const char *const after_object[] = {
    "a", "an", "and", "as", "but", "how", "if", "that", "the", "this", "what", "whether",
    "why", 0};

static const char *const prepositions[] = {
    "with", "by", "for", "to", "of", "from", "at", "in", "on", "about", "against", "beside",
    "behind", "alongside", "without", "toward", "towards", "like", "than", "between", 0};

/* An abbreviated title stands for the role a description names in full: "Sen. Maria
 * Santos ... the senator said", "Gov. Tom Reyes ... the governor said"; so does a judge's
 * title in full ("Justice Anil Varma ... the judge asked"), listed without its period. */
static const struct {
    const char *abbr, *roles[3];
} title_roles[] = {
    {"sen", {"senator", 0, 0}},
    {"rep", {"congressman", "congresswoman", "representative"}},
    {"gov", {"governor", 0, 0}},
    {"gen", {"general", 0, 0}},
    {"col", {"colonel", 0, 0}},
    {"sec", {"secretary", 0, 0}},
    {"prof", {"professor", 0, 0}},
    {"amb", {"ambassador", 0, 0}},
    {"atty", {"attorney", 0, 0}},
    {"justice", {"judge", 0, 0}},
};

static void put_title_roles(NewsWork *w, NewsQuoteState *st, size_t i, int32_t m) {
    const NewsToken *t = &w->tok.v[i];
    int dot = w->text[t->byte_start + t->byte_len - 1] == '.';
    for (size_t k = 0; k < sizeof title_roles / sizeof *title_roles; k++) {
        const char *ab = title_roles[k].abbr;
        size_t n = strlen(ab);
        if (t->byte_len != n + (size_t)dot || (n > 4) == dot) continue; /* "Sen.", "Justice" */
        int same = 1;
        for (size_t c = 0; c < n; c++)
            if ((w->text[t->byte_start + c] | 0x20) != ab[c]) same = 0;
        if (!same) continue;
        for (int r = 0; r < 3 && title_roles[k].roles[r]; r++)
            role_put(st, str_key(title_roles[k].roles[r]), m);
        return;
    }
}

/* Honorifics that may stand between a role and the name: "Prime Minister Sir Keir
 * Starmer", "Culture Secretary Dame Joan Hale" */
/* (and the academic, medical and council titles BBC style writes after a role: "Trust chief
 * executive Prof Phil Wood", "cabinet member Cllr Jo Hay") */
static const char *const honorifics[] = {"baron", "baroness", "cllr", "dame", "dr", "lady",
                                         "lord", "prof", "professor", "sir", 0};

/* Whether token k is an honorific before a name, "Mr", "Mrs" and "Ms" too ("warned Mr
 * Cracknell", "told the BBC Mr Howard had ..."). */
static int honorific_at(const NewsWork *w, size_t k) {
    return tok_in(w, k, honorifics) || tok_is(w, k, "mr") || tok_is(w, k, "mrs") ||
           tok_is(w, k, "ms");
}

/* the words before "Attorney" that make a prosecutor's title */
static const char *const prosecutor_titles[] = {"assistant", "county", "district", "u.s.",
                                                "us", 0};

static void learn_roles(NewsWork *w, NewsQuoteState *st, size_t m0) {
    size_t n = w->tok.n;
    for (size_t m = m0; m < w->ment.n; m++) {
        NewsMention *me = &w->ment.v[m];
        NewsMentionToks mt = news_ment_toks(w, m);
        if (mt.tok_end > n || mt.tok_first >= mt.tok_end) continue;
        /* a name inside a prepositional phrase ("with Mayor Marty Walsh by her side,
         * Hillary Clinton ...") is not what the pronoun after it stands for */
        /* (only looked for when the gender is still open: the role and preposition tests
         * were a fifth of the quote step's own cost) */
        int in_pp = 0;
        if (me->gender == NEWS_GENDER_UNKNOWN && me->type != NEWS_MISC) {
            size_t before = mt.tok_first;
            while (before > 0 && before + 4 > mt.tok_first && is_role_word(w, before - 1))
                before--;
            in_pp = before > 0 && tok_in(w, before - 1, prepositions);
        }
        {
            /* "her husband, Milton Berg, a money manager, she ...": a gendered role the
             * name stands in apposition to outweighs a pronoun later in the sentence */
            size_t a0 = mt.tok_first, b0 = mt.tok_end;
            if (me->gender == NEWS_GENDER_UNKNOWN && me->type != NEWS_MISC && a0 > 1 &&
                tok_ch(w, a0 - 1, ',') && b0 < n && tok_ch(w, b0, ','))
                me->gender = (uint8_t)role_gender(w, a0 - 2);
        }
        if (me->gender == NEWS_GENDER_UNKNOWN && me->type != NEWS_MISC && !in_pp) {
            /* "Clinton said her plan ...": a gendered pronoun in the same sentence before
             * any other name refers back to this one, and tells its gender */
            size_t lim = mt.tok_end + 8 < n ? mt.tok_end + 8 : n;
            size_t pu = mt.tok_end + 1; /* tokens before pu were checked for prepositions */
            for (size_t t = mt.tok_end; t < lim; t++) {
                if (st->tok_ment[t] >= 0 || w->tok.v[t].sentence != me->sentence ||
                    st->inq[t] || w->tok.v[t].quote)
                    break;
                /* he/his/him/himself, she/her/hers/herself: only h and s words are looked up */
                uint8_t c0 = w->text[w->tok.v[t].byte_start] | 0x20;
                if (c0 != 'h' && c0 != 's') continue;
                /* the clause ends at a preposition: "by her side", "with his wife" (checked
                 * up to here only when a pronoun may follow) */
                int pp = 0;
                for (; pu <= t && !pp; pu++)
                    pp = is_lower_word(w, pu - 1) && w->tok.v[pu - 1].byte_len <= 9 &&
                         tok_in(w, pu - 1, prepositions);
                if (pp) break;
                /* "Martin Shaw described her as ...", "Ana Brandt, accused him", "Ana
                 * Brandt, who met him": the object of the name's own verb is someone else
                 * (a reflexive would say "herself") */
                size_t v = mt.tok_end;
                while (v + 1 < t && (tok_ch(w, v, ',') || tok_is(w, v, "who"))) v++;
                if (v + 1 == t && is_lower_word(w, v) &&
                    (tok_is(w, t, "him") ||
                     (tok_is(w, t, "her") &&
                      (t + 1 >= n || !is_word(w, t + 1) || tok_in(w, t + 1, after_object) ||
                       tok_in(w, t + 1, prepositions)))))
                    continue;
                if (tok_in(w, t, he_words)) me->gender = NEWS_GENDER_MALE;
                else if (tok_in(w, t, she_words)) me->gender = NEWS_GENDER_FEMALE;
                else continue;
                break;
            }
        }
        size_t a = mt.tok_first, b = mt.tok_end;
        /* "Varga's wife, Melania, ...": a name set off after a gendered role is a person of
         * that gender, whatever type the entity step gave a lone first name */
        int role_appos = a > 1 && tok_ch(w, a - 1, ',') && is_role_word(w, a - 2) && b < n &&
                         (tok_ch(w, b, ',') || is_stop(w, b)) && me->type != NEWS_MISC;
        if (role_appos && role_gender(w, a - 2) && me->gender == NEWS_GENDER_UNKNOWN)
            me->gender = (uint8_t)role_gender(w, a - 2);
        if (me->type != NEWS_PER) continue;
        /* "the mayor, Tom Lake, ...": later "the mayor said" is Tom Lake */
        if (role_appos) role_learn(w, st, a - 2, (int32_t)m);
        /* "Secretary of State Marco Rubio": later "the secretary of state" */
        if (a > 2 && tok_is(w, a - 2, "of") && is_role_word(w, a - 3) && is_word(w, a - 1) &&
            !(w->tok.v[a].flags & NEWS_TF_PARA_START))
            role_put(st, of_role_key(w, a - 3), (int32_t)m);
        {
            /* "Minister for Municipal Administration S. Kathirvel": later "the Minister"
             * (s28); the portfolio one to four capitalised words */
            size_t f = a;
            while (f > 0 && a - f < 4 && (w->tok.v[f - 1].flags & NEWS_TF_UPPER_INIT) &&
                   is_word(w, f - 1) && !(w->tok.v[f].flags & NEWS_TF_PARA_START))
                f--;
            if (f < a && f > 1 && (tok_is(w, f - 1, "for") || tok_is(w, f - 1, "of")) &&
                (w->tok.v[f - 2].flags & NEWS_TF_UPPER_INIT) && is_role_word(w, f - 2) &&
                !(w->tok.v[f - 1].flags & NEWS_TF_PARA_START))
                role_learn(w, st, f - 2, (int32_t)m);
        }
        if (a > 0 && is_role_word(w, a - 1) && !(w->tok.v[a].flags & NEWS_TF_PARA_START)) {
            /* "Prime Minister Sir Keir Starmer": the role before the honorific */
            size_t r = a > 1 && tok_in(w, a - 1, honorifics) && is_role_word(w, a - 2) &&
                               !(w->tok.v[a - 1].flags & NEWS_TF_PARA_START)
                           ? a - 1
                           : a;
            role_learn(w, st, r - 1, (int32_t)m);
            put_title_roles(w, st, r - 1, (int32_t)m);
            /* "Assistant U.S. Attorney Karen Olmsted", "District Attorney Alvin Bragg": the
             * prosecutor of the case (not a defence attorney, "Her attorney, Dan Ruiz,") */
            if (r >= 2 && tok_is(w, r - 1, "attorney") && tok_in(w, r - 2, prosecutor_titles))
                role_put(st, str_key("prosecutor"), (int32_t)m);
            if (me->gender == NEWS_GENDER_UNKNOWN) me->gender = (uint8_t)role_gender(w, a - 1);
            /* "Detective Inspector Nadia Farouk": the detective too (role nouns alone, not
             * "Minister Lord Falconer") */
            for (size_t t = r - 1; t > 0 && r - t < 3 && is_plain_role(w, t) &&
                                   is_plain_role(w, t - 1) &&
                                   !(w->tok.v[t].flags & NEWS_TF_PARA_START);
                 t--)
                role_put(st, role_key(w, t - 1), (int32_t)m);
        }
        /* appositive: Name, [det] ... role, */
        if (b + 2 < n && tok_ch(w, b, ',') && !(w->tok.v[b].flags & NEWS_TF_PARA_END)) {
            size_t k = b + 1, lim = b + 9 < n ? b + 9 : n;
            while (k < lim && (is_word(w, k) || (w->tok.v[k].flags & NEWS_TF_CLITIC)) &&
                   !(w->tok.v[k].flags & NEWS_TF_PARA_END) &&
                   (!(st->cue[k] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) ||
                    tok_is(w, k - 1, "of"))) /* "the secretary of state" */
                k++;
            if (k < lim && k > b + 1 && (tok_ch(w, k, ',') || is_stop(w, k)) &&
                is_role_word(w, k - 1)) {
                role_learn(w, st, k - 1, (int32_t)m);
                if (me->gender == NEWS_GENDER_UNKNOWN)
                    me->gender = (uint8_t)role_gender(w, k - 1);
            } else if (k < lim && k > b + 3 && (tok_ch(w, k, ',') || is_stop(w, k)) &&
                       tok_is(w, k - 2, "of") && is_role_word(w, k - 3)) {
                role_put(st, of_role_key(w, k - 3), (int32_t)m); /* ", the secretary of state," */
            }
            /* "Ferri, 54, ...": later "the 54-year-old said" is Ferri */
            const NewsToken *age = &w->tok.v[b + 1];
            if ((age->flags & NEWS_TF_DIGIT) && age->byte_len <= 3 && tok_ch(w, b + 2, ',')) {
                uint64_t h = 1469598103934665603ull; /* word_key() of "54-year-old" */
                for (size_t c = 0; c < age->byte_len; c++)
                    h = (h ^ (uint64_t)w->text[age->byte_start + c]) * 1099511628211ull;
                for (const char *z = "-year-old"; *z; z++)
                    h = (h ^ (uint64_t)(unsigned char)*z) * 1099511628211ull;
                role_put(st, h | 1, (int32_t)m);
            }
        }
    }
}

/* ------------------------------------------------------------------------ pairing */

static int family_of(uint8_t q) {
    switch (q) {
    case NEWS_QM_DQ: case NEWS_QM_DQ_OPEN: case NEWS_QM_DQ_CLOSE: case NEWS_QM_DQ_LOW:
        return FAM_DOUBLE;
    case NEWS_QM_SQ: case NEWS_QM_SQ_OPEN: case NEWS_QM_SQ_CLOSE: case NEWS_QM_SQ_LOW:
        return FAM_SINGLE;
    case NEWS_QM_GU_OPEN: case NEWS_QM_GU_CLOSE: return FAM_GUIL;
    default: return FAM_NONE;
    }
}

static int opens_context(const NewsWork *w, size_t i) { /* punctuation a quote may follow */
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_PUNCT)) return 0;
    uint8_t c = w->text[t->byte_start];
    return c == '(' || c == '[' || c == '{' || c == '/' || is_dash(w, i);
}

static int closes_context(const NewsWork *w, size_t i) { /* punctuation after a closer */
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_PUNCT) || t->quote) return 0;
    uint8_t c = w->text[t->byte_start];
    return strchr(",.;:!?)]}", c) != 0 || is_dash(w, i) || is_stop(w, i);
}

/* Words an apostrophe stands before without opening a quotation: 'n' 'em 'til 'cause. */
static const char *const elisions[] = {"n", "em", "til", "cause", "bout", "tis", "twas",
                                       "round", "nuff", "im", 0};

/* Pushes a top-level segment [o, c]. */
static int push_seg(NewsWork *w, NewsQuoteState *st, size_t *n_seg, int32_t o, int32_t c,
                    int fam, int unclosed, size_t p0, size_t p1) {
    int32_t first = o < 0 ? (int32_t)p0 : o + 1;
    int32_t last = c < 0 ? (int32_t)p1 - 1 : c - 1;
    if (first > last) return NEWS_OK;
    if (*n_seg >= st->seg_cap) {
        int rc = grow(w, &st->seg, &st->seg_cap, *n_seg + 1, sizeof(Seg));
        if (rc) return rc;
    }
    Seg *s = &((Seg *)st->seg)[(*n_seg)++];
    memset(s, 0, sizeof *s);
    s->o = o;
    s->c = c;
    s->first = first;
    s->last = last;
    s->fam = (uint8_t)fam;
    s->unclosed = (uint8_t)unclosed;
    s->src = -1;
    s->at.ment = -1;
    return NEWS_OK;
}

/* Pairs the marks of paragraph tokens [p0, p1) and appends its top-level quotations to the
 * segment array. Stack entries are (token + 1) * 8 + family; token -1 is a quotation
 * carried open from the previous window. */
/* what follows an apostrophe inside a word: a straight double mark there stands for one
 * (Brazil"s, isn"t), as in text that went through a broken pipeline */
static const char *const dq_clitics[] = {"s", "t", "re", "ve", "ll", "d", "m", 0};

/* Whether the single mark at token o (-1 for one carried open from the window before)
 * opens a statement rather than a fragment: at its paragraph's start, or at a sentence's
 * start or after a colon before a capital ("she said. 'It was ...", "said: 'We ..."). */
static int statement_open(const NewsWork *w, size_t o, size_t p0, size_t p1) {
    if (o == (size_t)-1 || o <= p0) return 1;
    const NewsToken *tv = w->tok.v;
    if (o + 1 >= p1 || !is_word(w, o + 1) || !(tv[o + 1].flags & NEWS_TF_UPPER_INIT)) return 0;
    return (tv[o].flags & NEWS_TF_SENT_START) || tok_ch(w, o - 1, ':') || is_stop(w, o - 1);
}

static int pair_paragraph(NewsWork *w, NewsQuoteState *st, size_t p0, size_t p1,
                          int carried, size_t *n_seg, int *open_fam_at_end) {
    int32_t *stk = st->stack;
    size_t sp = 0;
    int count[5] = {0};
    const NewsToken *tv = w->tok.v;
    if (carried) {
        stk[sp++] = 0 * 8 + carried;
        count[carried]++;
    }
    /* the paragraph's last single mark glued to the word before it, which may close */
    size_t last_sq = p1;
    while (last_sq > p0 && !((tv[last_sq - 1].quote == NEWS_QM_SQ ||
                              tv[last_sq - 1].quote == NEWS_QM_SQ_CLOSE) &&
                             !(tv[last_sq - 1].flags & NEWS_TF_SPACE_BEFORE)))
        last_sq--;
    for (size_t i = p0; i < p1; i++) {
        uint8_t q = tv[i].quote;
        if (!q) continue;
        /* two straight single marks glued together ('') stand for a double one, as in
         * text that went through a typewriter-era pipeline */
        size_t i2 = i;
        if (q == NEWS_QM_SQ && i + 1 < p1 && tv[i + 1].quote == NEWS_QM_SQ &&
            tv[i + 1].byte_start == tv[i].byte_start + 1)
            q = NEWS_QM_DQ, i2 = i + 1;
        int fam = family_of(q);
        int sb = (tv[i].flags & (NEWS_TF_SPACE_BEFORE | NEWS_TF_PARA_START)) || i == p0 ||
                 opens_context(w, i - 1) || (tv[i - 1].quote && st->inq[i - 1] == 1);
        int sa = (tv[i2].flags & NEWS_TF_SPACE_AFTER) || i2 + 1 >= p1 ||
                 closes_context(w, i2 + 1) ||
                 (tv[i2 + 1].quote && ((tv[i2 + 1].flags & NEWS_TF_SPACE_AFTER) ||
                                       i2 + 2 >= p1 || closes_context(w, i2 + 2)));
        int role = 0; /* 1 open, 2 close */
        int top_fam = sp ? stk[sp - 1] & 7 : FAM_NONE;
        switch (q) {
        case NEWS_QM_DQ_OPEN: role = (!sb && sa && count[FAM_DOUBLE]) ? 2 : 1; break;
        case NEWS_QM_DQ_CLOSE: role = (sb && !sa && !count[FAM_DOUBLE]) ? 1 : 2; break;
        case NEWS_QM_DQ_LOW: role = 1; break;
        case NEWS_QM_DQ:
            if (!sb && !sa && i > p0 && is_word(w, i - 1) && i2 + 1 < p1 &&
                tok_in(w, i2 + 1, dq_clitics) &&
                ((tv[i2 + 1].flags & NEWS_TF_SPACE_AFTER) || i2 + 2 >= p1 ||
                 closes_context(w, i2 + 2)))
                break; /* Brazil"s, isn"t: a straight double mark typed for an apostrophe */
            if (sb && !sa) role = 1;
            else if (!sb && sa) role = 2;
            else role = count[FAM_DOUBLE] ? 2 : 1;
            break;
        case NEWS_QM_GU_OPEN:
            if (!sb && sa && count[FAM_GUIL_REV]) role = 2, fam = FAM_GUIL_REV;
            else role = 1;
            break;
        case NEWS_QM_GU_CLOSE:
            if (sb && !sa && !count[FAM_GUIL]) role = 1, fam = FAM_GUIL_REV;
            else role = 2;
            break;
        case NEWS_QM_SQ_OPEN:
        case NEWS_QM_SQ_LOW:
            if (!sa) role = 1;
            else if (!sb && top_fam == FAM_SINGLE) role = 2;
            break;
        case NEWS_QM_SQ_CLOSE:
        case NEWS_QM_SQ:
            /* a plural's apostrophe inside a top-level quotation that opened its paragraph
             * or a sentence, after a plural in lower case and before a word in lower case
             * that is no cue, while a later mark can close it: "'Now we are punished for
             * the dogs' mess ... behind.'", "'This was no accident,' she said. 'It was a
             * company that treated its engineers' reports as noise.'" ("reports" a noun
             * there), or a plural that opens the quotation ("said: 'Farmers' patience is
             * not infinite.'"). A closer does stand there after a title's capital ("'Trump
             * Leads' simply sells") or before a past cue or "says" ("'Shame on the bosses'
             * said one banner"). */
            if (!sb && sp == 1 && top_fam == FAM_SINGLE && i + 1 < last_sq &&
                statement_open(w, (size_t)(stk[0] >> 3) - 1, p0, p1) &&
                w->text[tv[i].byte_start - 1] == 's' &&
                (is_lower_word(w, i - 1) || (size_t)(stk[0] >> 3) == i - 1) &&
                (tv[i].flags & NEWS_TF_SPACE_AFTER) && is_word(w, i + 1) &&
                w->text[tv[i + 1].byte_start] >= 'a' && w->text[tv[i + 1].byte_start] <= 'z' &&
                !(st->cue[i + 1] & NEWS_CUE_PAST) && !tok_is(w, i + 1, "says"))
                break;
            if (!sb && top_fam == FAM_SINGLE) role = 2; /* else an apostrophe: dogs’ */
            else if (q == NEWS_QM_SQ && sb && !sa && !tok_in(w, i + 1, elisions)) role = 1;
            break;
        }
        if (role == 1) {
            /* a double mark while a top-level double is open at the bottom of the stack:
             * the earlier quotation lost its closing mark; end it here rather than nest */
            if ((fam == FAM_DOUBLE || fam == FAM_GUIL) && sp == 1 && (stk[0] & 7) == fam) {
                int32_t o = (stk[0] >> 3) - 1;
                int rc = push_seg(w, st, n_seg, o, (int32_t)i, fam, 1, p0, p1);
                if (rc) return rc;
                sp = 0;
                memset(count, 0, sizeof count);
            }
            stk[sp++] = (int32_t)((i2 + 1) * 8 + (size_t)fam);
            count[fam]++;
            st->inq[i] = st->inq[i2] = 1; /* an opener, for the context test of the next mark */
        } else if (role == 2 && count[fam]) {
            while (sp) { /* pop the unclosed marks above the match */
                int32_t e = stk[--sp];
                count[e & 7]--;
                if ((e & 7) == fam) {
                    if (sp == 0) {
                        size_t before = *n_seg;
                        int rc = push_seg(w, st, n_seg, (e >> 3) - 1, (int32_t)i, fam, 0, p0,
                                          p1);
                        if (rc) return rc;
                        if (*n_seg > before) /* '' closes on its second mark */
                            ((Seg *)st->seg)[*n_seg - 1].c = (int32_t)i2;
                    }
                    break;
                }
            }
        }
        i = i2;
    }
    *open_fam_at_end = FAM_NONE;
    /* runs to the end of its paragraph; a single mark only where British copy opens a
     * quotation that the next paragraph takes on: at the paragraph's start or after a
     * colon, before a capital ("said: 'I have lived here ...", no closing mark) */
    int32_t o0 = sp ? (stk[0] >> 3) - 1 : -1;
    if (sp && ((stk[0] & 7) != FAM_SINGLE ||
               (o0 >= (int32_t)p0 && (size_t)o0 + 2 < p1 &&
                ((size_t)o0 == p0 || tok_ch(w, (size_t)o0 - 1, ':')) &&
                is_word(w, (size_t)o0 + 1) &&
                (tv[o0 + 1].flags & NEWS_TF_UPPER_INIT)))) {
        int32_t o = (stk[0] >> 3) - 1;
        *open_fam_at_end = stk[0] & 7;
        int rc = push_seg(w, st, n_seg, o, -1, stk[0] & 7, 1, p0, p1);
        if (rc) return rc;
    }
    return NEWS_OK;
}

/* ------------------------------------------------------------------------ speakers */

static void set_speaker(NewsWork *w, NewsQuoteState *st, Attr *a, size_t t0, size_t t1,
                        int kind, int32_t ment, float score) {
    (void)st;
    a->spk = span_of(w, t0, t1);
    a->t0 = (int64_t)t0;
    a->spk_kind = (uint8_t)kind;
    a->ment = ment;
    a->score = score;
    a->found = 1;
}

static void set_mention_speaker(NewsWork *w, NewsQuoteState *st, Attr *a, int32_t m,
                                float score) {
    (void)st;
    const NewsMention *me = &w->ment.v[m];
    a->spk.byte_start = me->byte_start;
    a->spk.byte_len = me->byte_len;
    a->spk.char_start = me->char_start;
    a->spk.char_len = me->char_len;
    a->spk_kind = NEWS_SPK_NAME;
    NewsMentionToks mt = news_ment_toks(w, m);
    a->t0 = mt.tok_end <= w->tok.n ? (int64_t)mt.tok_first : -1;
    a->ment = m;
    a->score = score;
    a->found = 1;
}

/* "a Clinton campaign spokesman", "the Clinton campaign", "a White House spokeswoman":
 * a campaign or a spokesperson speaks for the person or body named inside the description,
 * which is then the speaker (the description stays the speaker mention). Other descriptions
 * ("one Sanders supporter", "a Clinton aide") are people of their own: no one. */
static int32_t desc_owner(NewsWork *w, NewsQuoteState *st, size_t t0, size_t t1) {
    if (t1 <= t0 + 1) return -1;
    /* "the Resolution Foundation think tank", "the Harlow Securities firm": a body named
     * before the noun for what it is, after "the" or a place's "'s" ("Gaza's Civil Defence
     * agency"), is that body */
    int32_t pm = st->tok_ment[t0];
    size_t pe = pm >= 0 ? news_ment_toks(w, (size_t)pm).tok_end : 0;
    int place_owner = pm >= 0 && w->ment.v[pm].type == NEWS_LOC && pe + 2 < t1 &&
                      (w->tok.v[pe].flags & NEWS_TF_CLITIC);
    int body = (tok_is(w, t0, "the") || place_owner) &&
               (tok_is(w, t1 - 1, "tank") || tok_in(w, t1 - 1, org_nouns)) &&
               !tok_in(w, t1 - 1, mouthpieces);
    if (!body && !tok_in(w, t1 - 1, mouthpieces)) return -1;
    int32_t owner = -1;
    for (size_t t = t0; t + 1 < t1; t++) {
        int32_t m = st->tok_ment[t];
        if (m >= 0 && (w->ment.v[m].type == NEWS_ORG ||
                       (!body && w->ment.v[m].type == NEWS_PER)))
            owner = m;
    }
    return owner;
}

/* A noun that can head a speaking subject before "of", "to", "for", "in": a role ("aide",
 * "mayor"), a plural ("officials", "residents") or one of a few words for a person; not
 * "the mouth of Donald Trump", "a letter to Ferri", "a clip of McCain". */
static const char *const person_nouns[] = {"ally", "associate", "backer", "colleague",
                                           "confidant", "friend", "neighbor", "neighbour",
                                           "person", "relative", "source", 0};
/* A lower-case word that looks like a verb in the past or the third person ("follows",
 * "blasted", "met"), by its ending or a short list of irregular pasts: no name after it in
 * the same words opens the sentence as its subject. Plural nouns ("leaders") look alike and
 * are read the same way (the name after them is no subject either: "GOP leaders met X"). */
static const char *const past_verbs[] = {"beat", "gave", "hit", "led", "left", "lost", "made",
                                         "met", "sent", "told", "took", "won", 0};
static int verb_like(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (n > 3 && z[n - 2] == 'e' && z[n - 1] == 'd') return 1;
    if (n > 3 && z[n - 1] == 's' && z[n - 2] != 's' && z[n - 2] != 'u' && z[n - 2] != 'i' &&
        k > 0 && is_lower_word(w, k - 1) && !tok_in(w, k - 1, determiners)) {
        /* "The pioneer follows": a noun, then the verb; not "electronics giants Hitachi"
         * (a plural after a plural), "press", "campus", "crisis" */
        const NewsToken *p = &w->tok.v[k - 1];
        return w->text[p->byte_start + p->byte_len - 1] != 's';
    }
    return n <= 4 && tok_in(w, k, past_verbs);
}

/* Whether token k is a lower-case noun for what someone does, by its ending ("footballer",
 * "novelist", "comedian", "actor", "consultant"), as a role before a name. */
static int agent_noun(const NewsWork *w, size_t k) {
    static const char *const ends[] = {"er", "or", "ist", "ian", "ant", "ent", 0};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (!is_lower_word(w, k) || t->byte_len < 5) return 0;
    for (const char *const *e = ends; *e; e++) {
        size_t m = strlen(*e);
        if (!memcmp(z + t->byte_len - m, *e, m)) return 1;
    }
    return 0;
}

/* words before a name that keep it the subject ("former Senator X", "fellow Democrat X") */
static const char *const name_adjectives[] = {"acting", "current", "ex", "fellow", "former",
                                              "incoming", "late", "longtime", "new", "outgoing",
                                              "retired", "rival", "then", "veteran", 0};

static int speaking_head(const NewsWork *w, size_t k) {
    if (!is_word(w, k)) return 0;
    if (is_role_word(w, k) || tok_in(w, k, person_nouns) || tok_in(w, k, org_nouns)) return 1;
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    return t->byte_len > 3 && z[t->byte_len - 1] == 's' && z[t->byte_len - 2] != 's' &&
           (is_lower_word(w, k) || (t->flags & NEWS_TF_SENT_START));
}

static void set_desc_speaker(NewsWork *w, NewsQuoteState *st, Attr *a, size_t t0, size_t t1,
                             int32_t role, float known, float unknown) {
    int32_t m = role >= 0 ? role : desc_owner(w, st, t0, t1);
    set_speaker(w, st, a, t0, t1, NEWS_SPK_DESC, m, m >= 0 ? known : unknown);
}

/* words for what speaks in writing at the end of ", said a World Bank report." */
static const char *const doc_words[] = {"report", "study", "survey", "research", "analysis",
                                        "figures", "data", "statement", "poll", "paper", 0};

/* plurals of people with no -s, which speak as "officials" do ("Local people said", "Staff
 * have warned", "Women said") */
static const char *const plurals_without_s[] = {"people", "staff", "children", "women", "men",
                                                "personnel", "folk", 0};
/* words before them that make them no subject of a report ("How dare people suggest ...") */
static const char *const not_openers[] = {"and", "but", "or", "how", "why", "where", "when",
                                          "what", "if", "while", "as", "though", 0};

/* documents in the plural, which speak for their writers opening a sentence ("Reports said
 * ...", "Press reports had suggested that ...") */
static const char *const doc_plurals[] = {"reports", "studies", "surveys", "polls", 0};

/* conjunctions and adverbs that end a clause, never a noun phrase */
static const char *const not_heads[] = {"if", "unless", "because", "whether", "though",
                                        "although", "than", "so", "then", "not", "once",
                                        "until", "where", "why", "how", "what",
                                        "but", "or", "yet", 0}; /* ("blocked the road but said") */

static int aux_at(const NewsWork *w, size_t i);

/* A description ending at token k ("the minister", "a senior official", "officials"):
 * its first token, or -1. */
static int64_t description_start(NewsWork *w, NewsQuoteState *st, size_t k, size_t lo) {
    if (!is_word(w, k)) return -1;
    /* a cue word heads a description only as a noun: "the report stated", "the email said" */
    if (st->cue[k] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) {
        /* ... "the congressional report said": adjectives may sit between */
        size_t d = lower_run(w, st, k, lo, 1, 3, RUN_DET | RUN_CUE | RUN_ENDS | RUN_INQ);
        /* (or an owner: "The agency's report said", "Musk's tweets said"; or reports
         * alone after a comma: "Progress has been slow, reports say.") */
        if (!(d > lo && (tok_in(w, d - 1, determiners) || possessive_before(w, d))) &&
            !(d > lo && tok_ch(w, d - 1, ',') && tok_in(w, k, doc_plurals)))
            return -1;
    }
    if (tok_in(w, k, phrase_ends)) return -1; /* "by", "to": a preposition heads nothing */
    if (tok_in(w, k, not_heads)) return -1;   /* "the Trump Administration if asked" */
    if (w->tok.v[k].flags & NEWS_TF_URL) return -1;
    if (w->tok.v[k].flags & NEWS_TF_DIGIT) { /* a number heads nothing; "the 43-year-old" does */
        const NewsToken *t = &w->tok.v[k];
        if (!(t->byte_len > 4 && memcmp(w->text + t->byte_start + t->byte_len - 4, "-old", 4) == 0))
            return -1;
    }
    size_t j = k;
    int det = 0, poss = 0;
    while (j > lo && k - j < 6) {
        size_t p = j - 1;
        if (st->inq[p] || (w->tok.v[p].flags & NEWS_TF_PARA_END)) break;
        if (w->tok.v[p].flags & NEWS_TF_CLITIC) {
            poss = 1;
            j = p;
            continue;
        }
        if (tok_ch(w, p, '/') && p > lo + 1 && st->tok_ment[p - 1] >= 0 && j < k &&
            st->tok_ment[j] >= 0 && tok_in(w, k, doc_words)) {
            j = p; /* "the ABC News/Washington Post poll": two names, one source */
            continue;
        }
        if (!is_word(w, p) || (st->cue[p] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) break;
        if (tok_in(w, p, determiners)) {
            det = 1;
            j = p;
            /* "a senior official", "the top aide": an article before "senior" or "top" */
            if (j > lo && !st->inq[j - 1] && (tok_is(w, j - 1, "a") || tok_is(w, j - 1, "an") ||
                                              tok_is(w, j - 1, "the")))
                j--;
            break;
        }
        if ((w->tok.v[p].flags & NEWS_TF_DIGIT) && p > lo + 1 && k - p < 5 && is_word(w, p - 1) &&
            (w->tok.v[p - 1].flags & NEWS_TF_UPPER_INIT) && !st->inq[p - 1] &&
            !(w->tok.v[p - 1].flags & NEWS_TF_DIGIT)) {
            j = p - 1; /* "a Number 10 source", "a Channel 4 spokesman": a name with a number */
            continue;
        }
        if ((w->tok.v[p].flags & NEWS_TF_DIGIT) && w->tok.v[p].byte_len > 4 &&
            !memcmp(w->text + w->tok.v[p].byte_start + w->tok.v[p].byte_len - 4, "-old", 4) &&
            p > lo && !st->inq[p - 1] && p + 1 < k) {
            j = p; /* "the 58-year-old US singer of ...": an age among the modifiers */
            continue;
        }
        if (!is_lower_word(w, p) && st->tok_ment[p] < 0 && !is_role_word(w, p)) break;
        if (tok_is(w, p, "and") || tok_is(w, p, "or") || tok_is(w, p, "that") ||
            tok_is(w, p, "who") || tok_is(w, p, "which") || tok_is(w, p, "what") ||
            tok_is(w, p, "but") ||
            tok_is(w, p, "as") || tok_is(w, p, "if") || tok_is(w, p, "when") ||
            tok_is(w, p, "because") || tok_is(w, p, "while"))
            break;
        j = p;
    }
    const NewsToken *t = &w->tok.v[k];
    int no_s = tok_in(w, k, plurals_without_s); /* "Local people say", "Staff said" */
    int plural = (t->byte_len > 3 && w->text[t->byte_start + t->byte_len - 1] == 's' &&
                  w->text[t->byte_start + t->byte_len - 2] != 's') ||
                 no_s;
    int role = is_role_word(w, k) || tok_in(w, k, org_nouns);
    /* "analysts", "local party leaders", "Organizers" opening a sentence */
    int bare = plural && (is_lower_word(w, k) || (j == k && (t->flags & NEWS_TF_SENT_START) &&
                                                   !(t->flags & NEWS_TF_ALL_UPPER)));
    if (!(det || poss || role || bare)) return -1;
    /* (with no determiner, only opening the sentence or after a comma: not "for people who
     * fail to say", "where people say", "but people had complained") */
    if (no_s && !det && !poss) {
        int open = (w->tok.v[j].flags & NEWS_TF_SENT_START) || (j > lo && tok_ch(w, j - 1, ',')) ||
                   (j > lo && (w->tok.v[j - 1].flags & NEWS_TF_SENT_START) && is_word(w, j - 1) &&
                    !tok_in(w, j - 1, not_openers)); /* "Local people said" */
        for (size_t x = j; x < k && open; x++) /* (not "aims to return asylum-seeking children") */
            open = is_word(w, x) && !tok_in(w, x, not_openers) && !tok_is(w, x, "to") &&
                   !(x > j && verb_like(w, x));
        if (!open) return -1;
    }
    /* "officials", "election officials": the head alone; "Clinton campaign": whole */
    size_t c = j; /* "construction crews" */
    if (!det && !poss && j < k && st->tok_ment[j] < 0) j = k;
    if (plural && c > lo + 1 && tok_is(w, c - 1, "and") && !st->inq[c - 1] && !st->inq[c - 2] &&
        is_word(w, c - 2) && st->tok_ment[c - 2] < 0 && plural_noun(w, c - 2) &&
        !verb_like(w, c - 2) && !(st->cue[c - 2] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) {
        /* "Teachers and parents say", "Many farmworkers and construction crews say": two
         * plurals joined by "and" opening the sentence are one subject */
        size_t b = c - 2;
        if (b > lo && !st->inq[b - 1] && tok_in(w, b - 1, determiners)) b--;
        if (b == lo || (w->tok.v[b].flags & NEWS_TF_SENT_START)) j = b;
    }
    return (int64_t)j;
}

/* "Jeffrey Lewis of the Martin Center", "Rep. Lee Zeldin of New York": the person a
 * place or organisation ending the subject phrase belongs to speaks, not the place. */
static int32_t phrase_head(NewsWork *w, NewsQuoteState *st, int32_t m, size_t lo) {
    int32_t cur = m, best = m;
    /* up to three links: "Lewis of the Martin Center for Nonproliferation Studies"; a
     * person is rarely "of" another name, so the leftmost person wins whatever the types */
    for (int hops = 0; hops < 3; hops++) {
        NewsMentionToks mt = news_ment_toks(w, cur);
        if (mt.tok_end > w->tok.n) break;
        size_t b = mt.tok_first;
        if (b > lo && tok_is(w, b - 1, "the")) b--;
        if (b < lo + 2 || !(tok_is(w, b - 1, "of") || tok_is(w, b - 1, "at") ||
                            tok_is(w, b - 1, "from") || tok_is(w, b - 1, "for")))
            break;
        int32_t p = st->tok_ment[b - 2];
        if (p < 0 && !st->inq[b - 2] && (is_role_word(w, b - 2) || is_lower_word(w, b - 2))) {
            /* "Anthony Anton, president and CEO of Washington Restaurant Association
             * stated": the roles of an apposition, then the comma after the person; the
             * role may have words of its own before "of" ("Mark Holden, chairman of the
             * board of Freedom Partners, ...", "J.J. Goldberg, editor at large of The
             * Forward, ...") */
            size_t x = b - 2;
            int role = is_role_word(w, x);
            while (x > lo && b - 2 - x < 8 && !st->inq[x - 1] && st->tok_ment[x - 1] < 0 &&
                   (is_role_word(w, x - 1) || is_lower_word(w, x - 1)) && !is_stop(w, x - 1))
                role |= is_role_word(w, --x);
            if (role && x > lo + 1 && tok_ch(w, x - 1, ',') && st->tok_ment[x - 2] >= 0 &&
                w->ment.v[st->tok_ment[x - 2]].type == NEWS_PER)
                return st->tok_ment[x - 2];
        }
        if (p < 0 || st->inq[b - 2]) break;
        cur = p;
        if (w->ment.v[p].type == NEWS_PER) best = p;
    }
    return best;
}

/* A place ending an apposition, after a description and "from", "in" or "of": "Ferri, a
 * fisher from Dunmore, East Lothian, said" names Ferri; the comma after Dunmore is not the
 * speaker's (but "Lee Varga of New York, a Democrat, said" is Varga's). */
static int ed_word(const NewsWork *w, size_t i);

static int place_in_apposition(const NewsWork *w, const NewsQuoteState *st, size_t i, size_t lo) {
    int32_t m = st->tok_ment[i];
    if (m < 0 || w->ment.v[m].type != NEWS_LOC) return 0;
    size_t b = news_ment_toks(w, (size_t)m).tok_first;
    if (b > lo + 3 && tok_ch(w, b - 1, ',') && st->tok_ment[b - 2] >= 0 &&
        w->ment.v[st->tok_ment[b - 2]].type == NEWS_LOC)
        b = news_ment_toks(w, (size_t)st->tok_ment[b - 2]).tok_first; /* "of Columbus, Ohio" */
    return b > lo + 2 &&
           ((is_lower_word(w, b - 2) && st->tok_ment[b - 2] < 0) ||
            tok_ch(w, b - 2, ',')) && /* (s28: "Laura Brandt, 38, of Columbus, Ohio, said") */
           (tok_is(w, b - 1, "from") || tok_is(w, b - 1, "in") || tok_is(w, b - 1, "of"));
}

/* The speaker whose last token is k (a mention, a pronoun, "Name, appositive," or a
 * description), searching no further left than lo. */
/* A singular word for a member of a party or a nation, by its ending: Democrat, Republican,
 * American, Italian, Chinese, Israeli, Frenchman, Spaniard (not "the Bundesbank", typed MISC
 * at times). */
/* "Democrat" or "Republican": a party's member, named after a place ("the Ohio Democrat") */
static int party_word(const NewsWork *w, size_t k) {
    return tok_is(w, k, "democrat") || tok_is(w, k, "republican");
}

static int member_word(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (n < 4) return 0;
    return (z[n - 4] == 'c' && z[n - 3] == 'r' && z[n - 2] == 'a' && z[n - 1] == 't') ||
           (z[n - 2] == 'a' && z[n - 1] == 'n') ||
           (z[n - 3] == 'a' && z[n - 2] == 'r' && z[n - 1] == 'd') ||
           (z[n - 3] == 'e' && z[n - 2] == 's' && z[n - 1] == 'e') ||
           (z[n - 3] == 'i' && z[n - 2] == 's' && z[n - 1] == 'h') || z[n - 1] == 'i';
}

/* An age in apposition, as British and wire copy give it: "Ana Ferri, 54, said". */
static int is_age(const NewsWork *w, size_t i) {
    return (w->tok.v[i].flags & NEWS_TF_DIGIT) && news_tok_digits(w, i, 3);
}

/* A person named before a comma between lo and j: "Hans Reckers, a board member of ...". */
static int person_before(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t lo) {
    for (size_t t = j; t-- > lo + 1;) {
        if (st->inq[t] || is_stop(w, t)) return 0;
        if (tok_ch(w, t, ',') && st->tok_ment[t - 1] >= 0 &&
            w->ment.v[st->tok_ment[t - 1]].type == NEWS_PER)
            return 1;
    }
    return 0;
}

/* nouns that end the name of a place: "officials in Cojedes state" */
static const char *const place_nouns[] = {"state", "province", "county", "region", "district",
                                          0};

/* Whether the n bytes at z open as a party tag does: "D-", "R-" or "I-". */
static int party_tag(const uint8_t *z, size_t n) {
    return n > 2 && (z[0] == 'D' || z[0] == 'R' || z[0] == 'I') && z[1] == '-';
}

/* Whether a person's name ends right before the comma before token b (no further back than
 * lo): "Sen. Dana Kessler, " before "R-Utah". */
static int person_before_comma(const NewsWork *w, const NewsQuoteState *st, size_t b,
                               size_t lo) {
    return b >= lo + 2 && tok_ch(w, b - 1, ',') && st->tok_ment[b - 2] >= 0 &&
           w->ment.v[st->tok_ment[b - 2]].type == NEWS_PER;
}

/* Mention m is a place or a party tag in apposition after a person ("Sen. Dana Kessler,
 * R-Utah,", "Ana Ferri, Dover,"): it says where the person is from; the person speaks. */
static int tag_after_person(const NewsWork *w, const NewsQuoteState *st, int32_t m, size_t lo) {
    const NewsMention *me = &w->ment.v[m];
    return (me->type == NEWS_LOC || party_tag(w->text + me->byte_start, me->byte_len)) &&
           person_before_comma(w, st, news_ment_toks(w, (size_t)m).tok_first, lo);
}

/* Token k is a place or a party tag in apposition after a person (tag_after_person), or
 * a party tag the entity step named nothing in ("R-Utah", "D-Ore" before its period). */
static int tag_token_after_person(const NewsWork *w, const NewsQuoteState *st, size_t k,
                                  size_t lo) {
    if (st->tok_ment[k] >= 0) return tag_after_person(w, st, st->tok_ment[k], lo);
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    return party_tag(z, t->byte_len) && z[2] >= 'A' && z[2] <= 'Z' &&
           person_before_comma(w, st, k, lo);
}

/* words before a share: "nearly half", "more than a third", "a majority" */
static const char *const share_leads[] = {"nearly", "almost", "about", "around", "roughly",
                                          "more", "less", "than", "over", "under", "just",
                                          "a", "the", "vast", "large", "slim", "narrow",
                                          "one", "two", "three", "four", "five", "ten",
                                          "twenty", "thirty", "forty", "fifty", "sixty",
                                          "seventy", "eighty", "ninety", 0};

/* A word for a share of a group: "half", "most", "two-thirds", "60%", "a majority". */
static int share_word(const NewsWork *w, size_t i) {
    static const char *const shares[] = {"half", "most", "many", "some", "majority", "all",
                                         "few", "none", "minority", "percent", "%", 0};
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (n > 6 && (memcmp(z + n - 6, "thirds", 6) == 0 || memcmp(z + n - 6, "fifths", 6) == 0))
        return 1; /* "two-thirds" */
    return tok_in(w, i, shares) || tok_ch(w, i, '%');
}

/* past participles of being asked, which describe the one asked ("Thune, asked whether a
 * fight loomed, said") */
static const char *const asked_words[] = {"asked", "challenged", "pressed", "questioned",
                                          "quizzed", 0};

static const char *const number_words[] = {"one", "two", "three", "four", "five", "six",
                                            "seven", "eight", "nine", 0};

/* The comma at j opens ", which ..." after a thing named inside an aside that an earlier
 * comma opened with a relative clause ("Tamang, who was standing outside the parliament
 * building, which was set on fire, said", "Tom Lake, a fisherman whose boat was damaged in
 * the storm, which hit the coast, told"): the speaker stands before that earlier comma. */
static int which_in_aside(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t lo) {
    if (!tok_ch(w, j, ',') || j + 1 >= w->tok.n || !tok_is(w, j + 1, "which") || j < lo + 3)
        return 0;
    for (size_t c = j - 1; c > lo && j - c < 25; c--) {
        if (st->inq[c] || is_stop(w, c)) return 0;
        if (tok_is(w, c, "who") || tok_is(w, c, "whose")) {
            size_t b = c - 1; /* the aside's comma before the relative, a few words back */
            while (b > lo && c - b < 6 && !tok_ch(w, b, ',') && !st->inq[b] && !is_stop(w, b))
                b--;
            return tok_ch(w, b, ',') && b > lo;
        }
        if (tok_ch(w, c, ',')) return 0;
    }
    return 0;
}

/* The closing mark at token c ends a title in Title Case set off by commas ("whose book,
 * 'Piers and Pleasure', came out"): its opening mark (after that comma), or 0. */
static int is_small_word(const NewsWork *w, size_t i);
static size_t quoted_title_start(const NewsWork *w, size_t c, size_t lo) {
    if (c + 1 >= w->tok.n || !tok_ch(w, c + 1, ',')) return 0;
    size_t o = c, words = 0;
    while (o > lo && c - o < 10 && !w->tok.v[o - 1].quote) {
        o--;
        if (!is_word(w, o)) return 0;
        if (!(w->tok.v[o].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) && !is_small_word(w, o))
            return 0;
        words++;
    }
    if (!words || o <= lo + 1 || !w->tok.v[o - 1].quote || !tok_ch(w, o - 2, ',') ||
        !(w->tok.v[o].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)))
        return 0;
    return o - 1;
}

static int subject_ending_at(NewsWork *w, NewsQuoteState *st, size_t k, size_t lo, Attr *a) {
again: /* "who"/"which"/"that" hand k to the word before them: a loop, never recursion */
    if (st->inq[k]) return 0;
    int32_t m = st->tok_ment[k];
    int place_noun = m < 0 && k > lo && st->tok_ment[k - 1] >= 0 &&
                     w->ment.v[st->tok_ment[k - 1]].type == NEWS_LOC && tok_in(w, k, place_nouns);
    if (place_noun) m = st->tok_ment[k - 1]; /* the place and its noun, as one */
    if (m >= 0 && w->ment.v[m].type == NEWS_MISC) {
        /* "Nearly two-thirds of Americans say": a share of a people speaks, no one named */
        size_t f = news_ment_toks(w, (size_t)m).tok_first;
        if (f > lo + 1 && tok_is(w, f - 1, "of") && !st->inq[f - 2] && share_word(w, f - 2)) {
            size_t b = f - 2;
            while (b > lo && f - 2 - b < 3 && !st->inq[b - 1] &&
                   (tok_in(w, b - 1, share_leads) || (w->tok.v[b - 1].flags & NEWS_TF_DIGIT)))
                b--; /* "Nearly", "More than", "a", "60" */
            set_speaker(w, st, a, b, k + 1, NEWS_SPK_DESC, -1, 0.5f);
            return 1;
        }
    }
    /* (the entity step may take the place and the party as one name: "the New York
     * Democrat"; not "Dan Rostenkowski, an Illinois Democrat, said", an apposition) */
    size_t party = k;
    if (m >= 0 && party_word(w, k)) {
        NewsMentionToks pm = news_ment_toks(w, (size_t)m);
        if (pm.tok_end == k + 1 && pm.tok_first > lo && tok_is(w, pm.tok_first - 1, "the"))
            party = pm.tok_first;
    }
    if (m >= 0 && ((w->ment.v[m].type == NEWS_MISC && news_ment_toks(w, (size_t)m).tok_first == k &&
                    member_word(w, k)) ||
                   party < k)) {
        /* "the Ohio Democrat said", "one senior Republican said": a party or a nationality
         * after a determiner (a place or an adjective between) describes one person; it is
         * not the speaker's name */
        size_t d = party;
        if (d > lo && st->tok_ment[d - 1] >= 0 && w->ment.v[st->tok_ment[d - 1]].type == NEWS_LOC)
            d = news_ment_toks(w, (size_t)st->tok_ment[d - 1]).tok_first;
        else if (d > lo && is_lower_word(w, d - 1) && !tok_in(w, d - 1, determiners))
            d--;
        if (d > lo && (tok_in(w, d - 1, determiners) || tok_is(w, d - 1, "one")) &&
            !st->inq[d - 1] && d <= k) {
            set_speaker(w, st, a, d - 1, k + 1, NEWS_SPK_DESC, -1, 0.6f);
            return 1;
        }
    }
    if (m >= 0 && !place_noun && tag_after_person(w, st, m, lo)) {
        k = news_ment_toks(w, (size_t)m).tok_first - 2; /* "Kessler, R-Utah, who said" */
        goto again;
    }
    if (m >= 0) {
        /* "a former official who worked with Clinton said": the one the relative clause
         * is about speaks, not the name inside it (lower-case words between) */
        size_t mb = news_ment_toks(w, (size_t)m).tok_first;
        for (size_t x = mb; x-- > lo && mb - x <= 8;) {
            if (st->inq[x] || !is_word(w, x) || st->tok_ment[x] >= 0) break;
            if (tok_is(w, x, "who") && x > lo && x + 1 < mb) {
                k = x;
                goto again;
            }
            if (!is_lower_word(w, x)) break;
        }
    }
    if (m >= 0) {
        /* "Sources in the Corporation said": sources, unnamed, not the body (s28) */
        size_t b = news_ment_toks(w, (size_t)m).tok_first;
        if (b > lo && tok_is(w, b - 1, "the")) b--;
        if (b >= lo + 2 && (tok_is(w, b - 1, "in") || tok_is(w, b - 1, "at") ||
                            tok_is(w, b - 1, "within")) &&
            (tok_is(w, b - 2, "sources") || tok_is(w, b - 2, "Sources")) && !st->inq[b - 2]) {
            set_speaker(w, st, a, b - 2, b - 1, NEWS_SPK_DESC, -1, 0.5f);
            return 1;
        }
    }
    if (m >= 0 && (w->ment.v[m].type == NEWS_LOC || w->ment.v[m].type == NEWS_PER)) {
        /* a place or a person after a preposition ends a longer subject: "Ferri in Rome",
         * "officials in Washington", "the mayor of Dover", "an aide to Mayor Ana Ferri",
         * "a lawyer for Ferri" (someone of their own; "a spokesman for Ferri" speaks for
         * Ferri). A place is never the speaker here; the person only for a mouthpiece. */
        int place = w->ment.v[m].type == NEWS_LOC;
        size_t b = news_ment_toks(w, (size_t)m).tok_first, b0 = b;
        while (b > lo && b0 - b < 3 && st->tok_ment[b - 1] < 0 && !st->inq[b - 1] &&
               (tok_is(w, b - 1, "the") || (!place && is_role_word(w, b - 1))))
            b--; /* "of the Ukraine", "to Mayor Ana Ferri" */
        int prep = b >= lo + 2 && !st->inq[b - 2] &&
                   (place ? tok_is(w, b - 1, "in") || tok_is(w, b - 1, "from") ||
                                tok_is(w, b - 1, "of") || tok_is(w, b - 1, "on")
                          : tok_is(w, b - 1, "to") || tok_is(w, b - 1, "for") ||
                                tok_is(w, b - 1, "of"));
        int32_t p = prep ? st->tok_ment[b - 2] : -1;
        if (prep && p >= 0 && place && !tok_is(w, b - 1, "of") &&
            (w->ment.v[p].type == NEWS_PER || w->ment.v[p].type == NEWS_ORG)) {
            set_mention_speaker(w, st, a, phrase_head(w, st, p, lo), 0.9f); /* Ferri in Rome */
            return 1;
        }
        if (!place && prep && p < 0) {
            /* "Gail Martell, chief meteorologist for E.F. Hutton said" (a firm the entity
             * step took for a person): the name before the role in apposition speaks, as
             * before a body (phrase_head) */
            int32_t h = phrase_head(w, st, m, lo);
            if (h != m && h >= 0 && w->ment.v[h].type == NEWS_PER) {
                set_mention_speaker(w, st, a, h, 0.9f);
                return 1;
            }
        }
        int64_t d = prep && p < 0 && (place || speaking_head(w, b - 2))
                        ? description_start(w, st, b - 2, lo)
                        : -1;
        if (d >= (int64_t)lo + 2 && !st->inq[d - 2] && st->tok_ment[d - 2] >= 0 &&
            w->ment.v[st->tok_ment[d - 2]].type == NEWS_PER &&
            (tok_is(w, (size_t)d - 1, "of") || tok_is(w, (size_t)d - 1, "at") ||
             tok_is(w, (size_t)d - 1, "from"))) {
            /* "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem" */
            set_mention_speaker(w, st, a, phrase_head(w, st, st->tok_ment[d - 2], lo), 0.9f);
            return 1;
        }
        if (d >= 0) {
            int32_t r = !place ? (tok_in(w, b - 2, mouthpieces) ? m : -1)
                               : desc_referent(w, st, b - 2, (size_t)d);
            set_speaker(w, st, a, (size_t)d, k + 1, NEWS_SPK_DESC, r, r >= 0 ? 0.8f : 0.6f);
            return 1;
        }
        if (place && prep &&
            (p < 0 || (w->ment.v[p].type != NEWS_PER && w->ment.v[p].type != NEWS_ORG))) {
            /* "Doctors at Jinnah Postgraduate Medical Centre in Karachi said": no name or
             * description before the place (or another place: "at St Mary's Hospital in
             * London"); the phrase from the sentence's start, a few words long, speaks
             * (unnamed), not the place ("Xuto of Thailand" is Xuto) */
            size_t s0 = b - 2;
            while (s0 > lo && b - s0 < 10 && !st->inq[s0 - 1] && !tok_ch(w, s0 - 1, ',') &&
                   !(w->tok.v[s0].flags & NEWS_TF_SENT_START))
                s0--;
            if ((w->tok.v[s0].flags & NEWS_TF_SENT_START) && s0 + 1 < b && is_word(w, s0) &&
                st->tok_ment[s0] < 0) {
                set_speaker(w, st, a, s0, k + 1, NEWS_SPK_DESC, -1, 0.6f);
                return 1;
            }
        }
    }
    if (m >= 0 && w->ment.v[m].type == NEWS_ORG) {
        /* "Observers from the European Union said": people from a body, plural and
         * unnamed, speak for themselves (a spokesman from it speaks for it) */
        size_t b = news_ment_toks(w, (size_t)m).tok_first;
        if (b > lo && tok_is(w, b - 1, "the")) b--;
        /* ("Four members of the Monetary Policy Committee said": some of its members) */
        if (b >= lo + 2 &&
            (tok_is(w, b - 1, "from") || (tok_is(w, b - 1, "of") && tok_is(w, b - 2, "members"))) &&
            is_word(w, b - 2) && !st->inq[b - 2] &&
            st->tok_ment[b - 2] < 0 && plural_noun(w, b - 2) && !tok_in(w, b - 2, mouthpieces) &&
            !tok_in(w, b - 2, doc_words)) { /* ("figures from the Bank of England showed") */
            int64_t d = description_start(w, st, b - 2, lo);
            if (d >= 0) {
                set_speaker(w, st, a, (size_t)d, k + 1, NEWS_SPK_DESC, -1, 0.6f);
                return 1;
            }
        }
    }
    if (m >= 0 && (w->ment.v[m].type == NEWS_ORG || w->ment.v[m].type == NEWS_MISC)) {
        /* "the chief executive of the British Retail Association said", "The head of the
         * union said": a person of their own, whom the body's name after "of" or "at" only
         * places; the one the text gave that role for that body, or no one (not the body,
         * nor a name in apposition before: "Mark Holden, chairman of ..." goes to
         * phrase_head) */
        size_t of = news_ment_toks(w, (size_t)m).tok_first, o0 = of;
        if (of > lo && tok_is(w, of - 1, "the")) of--;
        if (of >= lo + 2 && (tok_is(w, of - 1, "of") || tok_is(w, of - 1, "at")) &&
            !st->inq[of - 2] && st->tok_ment[of - 2] < 0 && is_role_word(w, of - 2) &&
            !role_plural(w, of - 2) && !tok_in(w, of - 2, mouthpieces) &&
            phrase_head(w, st, m, lo) == m) {
            int64_t ds = description_start(w, st, of - 2, lo);
            /* (an indefinite one, "An official of the Korea Traders Association", is left
             * to speakers.c, which keeps the body for a mouthpiece after it) */
            if (ds >= 0 && tok_in(w, (size_t)ds, determiners) && !indefinite(w, (size_t)ds)) {
                /* (a maker "of" a work, "the 58-year-old US singer of Because the Night":
                 * the title, whatever type the entity step gave it, is no body holding the
                 * role; the description stands for whom it would without it) */
                int maker = tok_in(w, of - 2, makers);
                int32_t r = maker ? desc_referent(w, st, of - 2, (size_t)ds)
                                  : role_get(w, st,
                                             owned_role_key(w, role_key(w, of - 2), (int64_t)o0),
                                             (size_t)ds);
                if (maker && r < 0) r = lone_person_before(w, (size_t)m);
                set_speaker(w, st, a, (size_t)ds, k + 1, NEWS_SPK_DESC, r, r >= 0 ? 0.8f : 0.6f);
                return 1;
            }
        }
    }
    if (place_noun) m = -1; /* "Cojedes state said": not the place */
    if (m >= 0) {
        set_mention_speaker(w, st, a, phrase_head(w, st, m, lo), 0.95f);
        return 1;
    }
    int pk = pronoun_kind(w, k);
    if (pk) {
        set_speaker(w, st, a, k, k + 1, pk, -1, 0.85f);
        return 1;
    }
    if ((tok_is(w, k, "who") || tok_is(w, k, "which") || tok_is(w, k, "that")) && k > lo + 1) {
        /* "Sanders supporters who say", "Trump, who said": the one the relative stands for */
        size_t j = tok_ch(w, k - 1, ',') ? k - 2 : k - 1;
        if (!(j >= lo && j < k)) return 0;
        k = j; /* j < k: the loop ends */
        goto again;
    }
    if (tok_ch(w, k, ',') || tok_ch(w, k, ')')) { /* Kuleba, Ukraine's foreign minister, */
        size_t place_k = 0; /* a place before a comma the search went past */
        for (size_t j = k; j-- > lo && k - j < 3 * NEAR_TOKENS;) {
            if (st->inq[j] || is_stop(w, j)) break;
            /* "Durbin, noting the size of ..., said", "Thune, asked whether ..., said": a
             * participle right after the comma describes the speaker; any other cue is a
             * clause of its own */
            if ((st->cue[j] & NEWS_CUE_DIRECT) &&
                !(((st->cue[j] & NEWS_CUE_ING) || tok_in(w, j, asked_words)) && j > lo &&
                  tok_ch(w, j - 1, ','))) {
                /* "Mrs. Lane, who did not say that Ross was unfit, said", "the department,
                 * which had asked ..., said": a cue inside a relative clause after the comma
                 * is the clause's; the name is before it */
                size_t r = j;
                while (r > lo + 1 && j - r < NEAR_TOKENS && !tok_ch(w, r, ',') && !st->inq[r] &&
                       !is_stop(w, r))
                    r--;
                if (r + 1 < j && tok_ch(w, r, ',') &&
                    (tok_is(w, r + 1, "who") || tok_is(w, r + 1, "which"))) {
                    j = r + 1; /* the loop steps back to the comma */
                    continue;
                }
                break;
            }
            if (!(tok_ch(w, j, ',') || tok_ch(w, j, '('))) continue;
            size_t title = j > lo + 1 && w->tok.v[j - 1].quote
                               ? quoted_title_start(w, j - 1, lo)
                               : 0;
            if (title) { /* "whose book about the pier, 'Piers and Pleasure', came out" */
                j = title - 1; /* past the title and the comma before it */
                continue;
            }
            if (which_in_aside(w, st, j, lo))
                continue; /* "Tamang, who stood outside the parliament, which was set on
                           * fire, said": the thing "which" is about sits in the aside */
            if (j > lo + 1 && tok_ch(w, j, ',') && tok_ch(w, j - 1, ')')) {
                /* "Sen. Richard J. Durbin (D-Ill.), noting ..., said": past the brackets */
                size_t b = j - 1;
                while (b > lo && j - b < 8 && !tok_ch(w, b, '(')) b--;
                int32_t mb = tok_ch(w, b, '(') && b > lo ? st->tok_ment[b - 1] : -1;
                if (mb >= 0 && (w->ment.v[mb].type == NEWS_PER ||
                                !person_before(w, st, news_ment_toks(w, (size_t)mb).tok_first,
                                               lo))) {
                    /* (not a body and its acronym in a person's apposition: "Rong Yiren,
                     * chairman of the China International Trust Corporation (CITIC), who
                     * ..., attacked") */
                    set_mention_speaker(w, st, a, mb, 0.9f);
                    return 1;
                }
            }
            /* "his wife, Gabriela Lazar, wrote": the name in apposition speaks, and the
             * description before it becomes her role */
            size_t ke = k > j + 2 && post_nominal(w, st, k - 1, lo) ? k - 1 : k;
            int32_t mk = ke > j + 1 ? st->tok_ment[ke - 1] : -1; /* "Ann Lee KC," too */
            if (mk >= 0 && w->ment.v[mk].type == NEWS_LOC) {
                /* "Her Republican co-sponsor, Sen. Grant Hollister of Kansas, said": the
                 * person from the place */
                size_t pf = news_ment_toks(w, (size_t)mk).tok_first;
                if (pf > j + 2 && (tok_is(w, pf - 1, "of") || tok_is(w, pf - 1, "from")) &&
                    st->tok_ment[pf - 2] >= 0 && w->ment.v[st->tok_ment[pf - 2]].type == NEWS_PER)
                    mk = st->tok_ment[pf - 2];
            }
            size_t mf = mk >= 0 ? news_ment_toks(w, mk).tok_first : 0, mf0 = mf;
            while (mf > j + 1 && mf0 - mf < 5 && !st->inq[mf - 1] &&
                   (is_role_word(w, mf - 1) || (mf == mf0 && agent_noun(w, mf - 1)) ||
                    (mf == mf0 && age_word(w, mf - 1)) || /* "One of the pupils, 16-year-old" */
                    (mf < mf0 && tok_is(w, mf - 1, "very") && is_role_word(w, mf)) ||
                    (mf < mf0 && st->tok_ment[mf - 1] >= 0 &&
                     w->ment.v[st->tok_ment[mf - 1]].type == NEWS_MISC &&
                     news_ment_toks(w, (size_t)st->tok_ment[mf - 1]).tok_first == mf - 1 &&
                     (mf - 1 == j + 1 || tok_in(w, mf - 2, name_adjectives))) ||
                    (mf < mf0 && (tok_in(w, mf - 1, name_adjectives) ||
                                  (tok_is(w, mf - 1, "and") && mf - 2 > j &&
                                   is_role_word(w, mf - 2)))) ||
                    (mf - 1 == j + 1 && tok_is(w, mf - 1, "the") && !person_before(w, st, j, lo))))
                mf--; /* "Dunn's ally, Representative Amy Cole, said", "A union that ...,
                       * the Retail Workers Alliance, said" (not "Hans Reckers, a board
                       * member of Germany's central bank, the Bundesbank, said": his); "His
                       * son, the actor and director Samuel West,", "the former footballer",
                       * "Her coach, former Argentine player Tomás Aguirre," (s28) */
            /* "A lawyer for Ivey, Dan Krantz,", "Trump's lawyer in Georgia, Steve Sadow,",
             * "The chief executive of Harwell Bank, Jane Doe," */
            int32_t mo = j > lo ? st->tok_ment[j - 1] : -1;
            size_t of = mo >= 0 ? news_ment_toks(w, (size_t)mo).tok_first : 0;
            if (mo >= 0 && of > lo + 2 && tok_is(w, of - 1, "the")) of--; /* "of the Bank" */
            size_t of0 = mo >= 0 ? news_ment_toks(w, (size_t)mo).tok_first : 0;
            int owner = mo >= 0 && mk >= 0 && w->ment.v[mk].type == NEWS_PER &&
                        ((is_role_word(w, of0) && of0 + 2 < j && tok_is(w, of0 + 1, "of")) ||
                         (of > lo + 1 &&
                          ((is_role_word(w, of - 2) &&
                            (tok_is(w, of - 1, "for") || tok_is(w, of - 1, "to") ||
                             tok_is(w, of - 1, "of"))) ||
                           (w->ment.v[mo].type == NEWS_LOC && is_lower_word(w, of - 2) &&
                            (tok_is(w, of - 1, "in") || tok_is(w, of - 1, "at") ||
                             tok_is(w, of - 1, "for") || tok_is(w, of - 1, "to"))))));
            /* ("The UN's humanitarian coordinator for Sudan, Denise Brown,", "the envoy to
             * Haiti, ...", "The Dean of Kelsborough, the Very Revd Catherine Ashby,": a
             * title of a place the entity step took for a body) */
            if (mk >= 0 && mf == j + 1 && j > lo && is_word(w, j - 1) &&
                (st->tok_ment[j - 1] < 0 || owner)) {
                if (is_role_word(w, j - 1)) role_put(st, role_key(w, j - 1), mk);
                set_mention_speaker(w, st, a, mk, 0.9f);
                return 1;
            }
            if (j > lo && place_in_apposition(w, st, j - 1, lo)) {
                size_t pf = news_ment_toks(w, (size_t)st->tok_ment[j - 1]).tok_first;
                if (!place_k && !tok_is(w, pf - 1, "of") && !ed_word(w, pf - 2))
                    place_k = j - 1; /* (not "based in Vancouver", "listed in Copenhagen") */
                continue; /* "Ferri, a fisher from Dunmore, East Lothian, said": a place */
            }
            if (j > lo + 1 && is_age(w, j - 1) && tok_ch(w, j - 2, ','))
                continue; /* "Hollis, 78, a retired nurse, said": an age, the name before */
            size_t jt = j > lo + 1 && tok_ch(w, j - 1, '.') ? j - 2 : j - 1; /* "D-Ore.," */
            if (j > lo && tag_token_after_person(w, st, jt, lo))
                continue; /* "Sen. Dana Kessler, R-Utah, who voted no, said": the name */
            size_t jn = j > lo + 1 && post_nominal(w, st, j - 1, lo) ? j - 1 : j;
            if (jn > lo && st->tok_ment[jn - 1] >= 0) { /* "Ben Emmerson QC, ..., said" */
                int32_t mj = st->tok_ment[jn - 1];
                size_t f = news_ment_toks(w, (size_t)mj).tok_first;
                while (f > lo + 2 && news_ment_toks(w, (size_t)mj).tok_first - f < 2 &&
                       is_role_word(w, f - 1) && st->tok_ment[f - 1] < 0)
                    f--; /* "to Mayor Ana Ferri" */
                if (w->ment.v[mj].type == NEWS_PER && f > lo + 1 &&
                    (tok_is(w, f - 1, "to") || tok_is(w, f - 1, "for")) &&
                    st->tok_ment[f - 2] < 0 && is_lower_word(w, f - 2) && !st->inq[f - 2] &&
                    speaking_head(w, f - 2)) { /* (not a title: "U.S. Attorney for ...") */
                    /* "A close aide to Ann Lee, who asked not to be named, said": the aide,
                     * someone of their own, as without the apposition */
                    k = jn - 1;
                    goto again;
                }
                if (w->ment.v[mj].type == NEWS_LOC && jn - 1 < k) {
                    /* "Dr Chiara Lombardi of the ... Institute in Naples, who led the
                     * study, said": a place ends the subject as without the apposition */
                    k = jn - 1;
                    goto again;
                }
                if (w->ment.v[mj].type == NEWS_ORG) {
                    /* "Prof Nadia Okafor, of the University of Edinburgh, who was not
                     * involved, said": the body she is of, set off by commas, is no more
                     * the speaker than without the relative clause; she is */
                    size_t g = f > lo && tok_is(w, f - 1, "the") ? f - 1 : f;
                    size_t h = g > lo + 2 && tok_ch(w, g - 2, ',') ? g - 3 : g - 2;
                    int32_t mp = g > lo + 1 && h >= lo && !st->inq[h] ? st->tok_ment[h] : -1;
                    if (mp >= 0 && w->ment.v[mp].type == NEWS_PER &&
                        (tok_is(w, g - 1, "of") || tok_is(w, g - 1, "at") ||
                         tok_is(w, g - 1, "from"))) {
                        set_mention_speaker(w, st, a, phrase_head(w, st, mp, lo), 0.9f);
                        return 1;
                    }
                }
                int32_t m2 = phrase_head(w, st, mj, lo);
                if (k >= 1 && is_role_word(w, k - 1)) role_put(st, role_key(w, k - 1), m2);
                set_mention_speaker(w, st, a, m2, 0.9f);
                return 1;
            }
            if (j > lo && pronoun_kind(w, j - 1)) {
                set_speaker(w, st, a, j - 1, j, pronoun_kind(w, j - 1), -1, 0.8f);
                return 1;
            }
            if (j > lo && st->tok_ment[j - 1] < 0 && name_shaped(w, j - 1)) {
                /* "NetChoice, the group that brought the case, called", "X, formerly
                 * known as Twitter, said": a name the entity step missed, written as only
                 * a name is */
                set_speaker(w, st, a, j - 1, j, NEWS_SPK_NAME, -1, 0.6f);
                return 1;
            }
            int64_t d = j > lo ? description_start(w, st, j - 1, lo) : -1;
            if (d >= 0) {
                int32_t r =
                    indefinite(w, (size_t)d) ? -1 : role_get(w, st, role_key(w, j - 1), (size_t)d);
                set_desc_speaker(w, st, a, (size_t)d, j, r, 0.75f, 0.55f);
                return 1;
            }
            break;
        }
        if (place_k && place_k < k) {
            /* "One mother of three from Bradford, who asked not to be named, told": no
             * name before the place, which ends the subject as without the clause */
            k = place_k;
            goto again;
        }
        return 0;
    }
    if ((w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && is_word(w, k) &&
        !(w->tok.v[k].flags & NEWS_TF_DIGIT) &&
        (!(w->tok.v[k].flags & NEWS_TF_SENT_START) || name_shaped(w, k)) &&
        !is_role_word(w, k)) {
        /* "Renteria told reporters": a name the entity step missed; its words as written
         * (opening the sentence when written as only a name is: "X said") */
        size_t b = k;
        while (b > lo && k - b < 3 && is_word(w, b - 1) && !st->inq[b - 1] &&
               (w->tok.v[b - 1].flags & NEWS_TF_UPPER_INIT) && st->tok_ment[b - 1] < 0 &&
               !tok_is(w, b - 1, "as")) /* "As Vulture put it": not part of the name */
            b--;
        set_speaker(w, st, a, b, k + 1, NEWS_SPK_NAME, -1, 0.6f);
        return 1;
    }
    if (k > lo + 2 && tok_is(w, k - 1, "of") && is_role_word(w, k - 2) && is_word(w, k) &&
        st->tok_ment[k - 2] < 0) {
        /* "the secretary of state said": the holder of that role, a role of its own */
        int64_t ds = description_start(w, st, k - 2, lo);
        if (ds >= 0 && tok_in(w, (size_t)ds, determiners)) {
            int32_t r = indefinite(w, (size_t)ds)
                            ? -1
                            : role_get(w, st, of_role_key(w, k - 2), (size_t)ds);
            set_speaker(w, st, a, (size_t)ds, k + 1, NEWS_SPK_DESC, r, r >= 0 ? 0.8f : 0.6f);
            return 1;
        }
    }
    if (k > lo + 2 && tok_is(w, k - 1, "of") && tok_in(w, k, number_words) &&
        is_lower_word(w, k - 2) && st->tok_ment[k - 2] < 0) {
        /* "One mother of three told the BBC": someone of their own, unnamed */
        int64_t ds = description_start(w, st, k - 2, lo);
        if (ds >= 0 && tok_in(w, (size_t)ds, determiners)) {
            set_speaker(w, st, a, (size_t)ds, k + 1, NEWS_SPK_DESC, -1, 0.6f);
            return 1;
        }
    }
    int64_t d = description_start(w, st, k, lo);
    if (d >= 0) {
        /* "the minister" stands for the person the text called minister; "officials" for
         * no one in particular */
        int32_t r = desc_referent(w, st, k, (size_t)d);
        /* "a senior aide to the mayor", "the mother of the driver", "a senior source at the
         * club": the noun before the preposition heads the subject, someone of their own ("a
         * spokesman for the mayor" speaks for the mayor) */
        int64_t d2 = d >= (int64_t)lo + 2 && !st->inq[d - 2] && st->tok_ment[d - 2] < 0 &&
                             (tok_is(w, (size_t)d - 1, "to") || tok_is(w, (size_t)d - 1, "for") ||
                              tok_is(w, (size_t)d - 1, "of") || tok_is(w, (size_t)d - 1, "near") ||
                              tok_is(w, (size_t)d - 1, "behind") ||
                              (tok_is(w, (size_t)d - 1, "at") && /* not "at the time" */
                               !tok_is(w, (size_t)d + 1, "time")) ||
                              (tok_is(w, (size_t)d - 1, "in") && tok_in(w, k, doc_words) &&
                               plural_noun(w, (size_t)d - 2))) &&
                             speaking_head(w, (size_t)d - 2)
                         ? description_start(w, st, (size_t)d - 2, lo)
                         : -1;
        if (d2 >= 0) {
            if (!tok_in(w, (size_t)d - 2, mouthpieces)) r = -1;
            set_speaker(w, st, a, (size_t)d2, k + 1, NEWS_SPK_DESC, r, r >= 0 ? 0.8f : 0.6f);
            return 1;
        }
        set_desc_speaker(w, st, a, (size_t)d, k + 1, r, 0.8f, 0.6f);
        return 1;
    }
    return 0;
}

/* The speaker right before cue token `cue`: "Kuleba (also) said". */
static int sentence_subject(NewsWork *w, NewsQuoteState *st, size_t k, size_t p0, Attr *a);
static int opening_name(NewsWork *w, NewsQuoteState *st, size_t cue, size_t lo, Attr *a);

static int subject_before(NewsWork *w, NewsQuoteState *st, size_t cue, size_t lo, Attr *a) {
    if (cue <= lo) return 0;
    size_t k = cue - 1;
    if (w->tok.v[cue].flags & NEWS_TF_PARA_END) {
        /* "Phone ban 'transformed' behaviour, head teacher says": a headline ending in its
         * cue; the lower-case words after the comma are a description without its article,
         * the person the text gives that role when it does */
        size_t b = lower_run(w, st, cue, lo, 1, 3, RUN_INQ | RUN_PRONOUN | RUN_DET | RUN_CUE);
        /* (the comma may sit before lo, where attr_after starts past it, or inside the
         * closing mark: "'We were left in the dark,' flooded resident says") */
        if (b < cue && b > 1 &&
            (tok_ch(w, b - 1, ',') || (w->tok.v[b - 1].quote && tok_ch(w, b - 2, ',')))) {
            set_desc_speaker(w, st, a, b, cue, role_get(w, st, role_key(w, cue - 1), b), 0.7f,
                             0.5f);
            return 1;
        }
    }
    /* "and then predicted": the adverb before the cue goes with it */
    while (k > lo && cue - k < 3 && (tok_is(w, k, "then") || tok_is(w, k, "later") ||
                                     tok_is(w, k, "also") || tok_is(w, k, "again")))
        k--;
    /* "she is quiet for a long time, then says:": the subject of the sentence */
    if (k + 1 < cue && k > lo && tok_ch(w, k, ',') && tok_is(w, k + 1, "then") &&
        sentence_subject(w, st, k, lo, a))
        return 1;
    if (!(tok_is(w, k, "and") || tok_is(w, k, "but"))) k = cue - 1;
    /* "marched along the route and said ...", "went on to say": the subject of the
     * sentence */
    if ((((tok_is(w, k, "and") || tok_is(w, k, "but")) && (st->cue[cue] & NEWS_CUE_PAST)) ||
         tok_is(w, k, "to")) &&
        sentence_subject(w, st, k, lo, a))
        return 1;
    /* "has denied targeting civilians and says it has opened “safe corridors”": a present
     * "says" after the subject's first verb too, when no verb stands before that subject
     * (not "the defender believes Mourinho is suited ... and says": Mourinho is the
     * belief's) */
    if ((tok_is(w, k, "and") || tok_is(w, k, "but")) && tok_is(w, cue, "says") && k > lo &&
        is_lower_word(w, k - 1) && sentence_subject(w, st, k, lo, a)) {
        int32_t s0 = (int32_t)w->tok.v[0].sentence;
        size_t sb = (size_t)st->sfirst[w->tok.v[k].sentence - s0];
        for (size_t t = sb; (int64_t)t < a->t0; t++)
            if (is_lower_word(w, t) && (verb_like(w, t) || aux_at(w, t) || st->cue[t])) {
                memset(a, 0, sizeof *a);
                a->ment = -1;
                a->t0 = -1;
                return 0;
            }
        return 1;
    }
    /* "he's said": the clitic is an auxiliary after a pronoun */
    if ((w->tok.v[k].flags & NEWS_TF_CLITIC) && k > lo && pronoun_kind(w, k - 1)) k--;
    /* a cue word used as a noun: "the email", "Trump's tweets", "a landmark ruling" (not
     * "A mother of three said": a number after "of" ends a subject) */
    if ((tok_in(w, k, determiners) && !(k > lo + 1 && tok_is(w, k - 1, "of") &&
                                        tok_in(w, k, number_words))) ||
        (w->tok.v[k].flags & NEWS_TF_CLITIC))
        return 0;
    int skips = 0;
    while (k > lo && skips < 3 && is_filler(w, k)) k--, skips++;
    if (post_nominal(w, st, k, lo)) k--; /* "Helen Marsh KC said" */
    if (!subject_ending_at(w, st, k, lo, a)) return opening_name(w, st, cue, lo, a);
    if (a->spk_kind == NEWS_SPK_DESC && a->t0 > (int64_t)lo + 1 && k + 1 == cue &&
        tok_in(w, k, cue_gap) &&
        (tok_is(w, (size_t)a->t0 - 1, "in") || tok_is(w, (size_t)a->t0 - 1, "during"))) {
        /* "Ferri in a radio interview said": the speaker comes before the phrase of place */
        Attr b = *a;
        if (subject_ending_at(w, st, (size_t)a->t0 - 2, lo, &b)) *a = b;
    }
    /* "people close to the mayor said", "sources familiar with the talks say": the ones
     * close to the mayor speak, not the mayor; no one in particular */
    int64_t t0 = a->t0;
    while (t0 > (int64_t)lo + 3 && st->tok_ment[t0 - 1] < 0 && is_role_word(w, (size_t)t0 - 1) &&
           (w->tok.v[t0 - 1].flags & NEWS_TF_UPPER_INIT))
        t0--; /* "sources close to Mr Hockney" */
    if (t0 >= (int64_t)lo + 3 && (w->tok.v[t0].flags & NEWS_TF_SENT_START) == 0 &&
        ((tok_is(w, (size_t)t0 - 1, "to") &&
          (tok_is(w, (size_t)t0 - 2, "close") || tok_is(w, (size_t)t0 - 2, "loyal"))) ||
         (tok_is(w, (size_t)t0 - 1, "with") && tok_is(w, (size_t)t0 - 2, "familiar"))) &&
        is_word(w, (size_t)t0 - 3) && !st->inq[t0 - 3] && st->tok_ment[t0 - 3] < 0) {
        size_t b = (size_t)t0 - 3;
        while (b > lo && t0 - 3 - (int64_t)b < 3 && is_word(w, b - 1) && !st->inq[b - 1] &&
               st->tok_ment[b - 1] < 0 && !pronoun_kind(w, b - 1) && !is_stop(w, b - 1) &&
               (tok_in(w, b - 1, determiners) || is_lower_word(w, b - 1) ||
                (w->tok.v[b - 1].flags & NEWS_TF_SENT_START)) &&
               !(st->cue[b - 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            b--;
        NewsSpan end = a->spk;
        size_t e = (size_t)t0;
        while (e < cue && (size_t)(w->tok.v[e].byte_start) < end.byte_start + end.byte_len) e++;
        set_speaker(w, st, a, b, e, NEWS_SPK_DESC, -1, 0.6f);
    }
    return 1;
}

/* A name before a role that no name follows only says whose or where the person is: "said
 * a Democratic aide", "a senior Treasury official said" (no one named; a spokesman still
 * speaks for the name, desc_owner); not "former Ohio congressman Tom Reyes", and not a
 * source's own document ("a Gallup poll", "the FBI data"). me: the token after the name. */
static int name_modifies_role(const NewsWork *w, const NewsQuoteState *st, size_t me, size_t hi) {
    /* "a Clinton campaign aide", "a Trump administration official": a body, then the role */
    if (me + 1 < hi && !st->inq[me] && is_lower_word(w, me) && tok_in(w, me, org_nouns) &&
        is_lower_word(w, me + 1) && is_plain_role(w, me + 1))
        me++;
    if (me >= hi || st->inq[me] || !is_lower_word(w, me) ||
        !(is_plain_role(w, me) || tok_in(w, me, epithet_nouns)))
        return 0;
    size_t n = me + 1;
    while (n < hi && n - me < 3 && is_lower_word(w, n) && is_plain_role(w, n)) n++;
    return !(n < hi && st->tok_ment[n] >= 0);
}

/* Is the token at f (past a "the") a place mention? */
static int place_after(const NewsWork *w, const NewsQuoteState *st, size_t f, size_t hi) {
    if (f < hi && tok_is(w, f, "the")) f++;
    return f < hi && st->tok_ment[f] >= 0 && w->ment.v[st->tok_ment[f]].type == NEWS_LOC;
}

/* "according to Lloyd's of London": when token c is the clitic after a name and "of" and
 * a capitalised word follow, they are one name, which the entity step cut at the
 * possessive; the token after it (the end of the mention that starts there, if any), or 0. */
static size_t name_of_end(const NewsWork *w, const NewsQuoteState *st, size_t c, size_t hi) {
    if (c + 2 >= hi || !(w->tok.v[c].flags & NEWS_TF_CLITIC) || !tok_is(w, c + 1, "of") ||
        !is_word(w, c + 2) || !(w->tok.v[c + 2].flags & NEWS_TF_UPPER_INIT) || st->inq[c + 2])
        return 0;
    int32_t m = st->tok_ment[c + 2];
    return m >= 0 ? news_ment_toks(w, (size_t)m).tok_end : c + 3;
}

/* The speaker right after a cue: "said Kuleba", "said Foreign Minister Dmytro Kuleba",
 * "said the minister", "according to officials". */
static int ends_in_s(const NewsWork *w, size_t i);

/* "'…,' says teenage chess champion": lower-case words from j to the end of a paragraph
 * with no full stop, as a headline ends, are a description without its article after a
 * verb in the present ("says", "warns"; not the noun of "in 'drunk' remark row") */
static int headline_tail(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t hi) {
    if (j == 0 || hi > w->tok.n || hi - j > 5 || !(w->tok.v[hi - 1].flags & NEWS_TF_PARA_END) ||
        !ends_in_s(w, j - 1))
        return 0;
    for (size_t e = j; e < hi; e++)
        if (!is_lower_word(w, e) || st->inq[e]) return 0;
    return 1;
}

static int bare_plural(const NewsWork *w, size_t i);
static int subject_after(NewsWork *w, NewsQuoteState *st, size_t k, size_t hi, Attr *a,
                         int pronoun_ok) {
    size_t j = k;
    while (j < hi && j - k < 4 && st->tok_ment[j] < 0 && is_role_word(w, j) &&
           (w->tok.v[j].flags & NEWS_TF_UPPER_INIT))
        j++;
    if (j >= hi || st->inq[j]) return 0;
    if (st->tok_ment[j] >= 0) {
        /* "said Idaho businessman Frank VanderSloot": the last name of the phrase */
        int32_t best = st->tok_ment[j];
        size_t e = j;
        int office = 0; /* "said UK Chancellor of the Exchequer Gordon Brown", "said UK
                         * Secretary of State for Trade Amara Cole": an office's words */
        for (; e < hi && e - j < 10; e++) {
            if (!(is_word(w, e) || (w->tok.v[e].flags & NEWS_TF_CLITIC)) || st->inq[e])
                break;
            if (tok_in(w, e, phrase_ends)) {
                if (!(tok_is(w, e, "of") || tok_is(w, e, "for")) ||
                    !(w->tok.v[e - 1].flags & NEWS_TF_UPPER_INIT) ||
                    !(office || is_role_word(w, e - 1)))
                    break;
                office = 1;
            }
            /* (past an office, only its holder: not "Finance" of "Minister of Finance") */
            if (st->tok_ment[e] >= 0 &&
                (!office || w->ment.v[st->tok_ment[e]].type == NEWS_PER))
                best = st->tok_ment[e];
        }
        /* "said Ferri's spokesman, Mark Hale": the one named after the role speaks */
        if (e + 1 < hi && e > j + 1 && tok_ch(w, e, ',') && is_role_word(w, e - 1) &&
            st->tok_ment[e - 1] < 0 && st->tok_ment[e + 1] >= 0 &&
            w->ment.v[st->tok_ment[e + 1]].type == NEWS_PER) {
            size_t ne = news_ment_toks(w, (size_t)st->tok_ment[e + 1]).tok_end;
            if (ne >= hi || tok_ch(w, ne, ',') || is_stop(w, ne)) {
                role_put(st, role_key(w, e - 1), st->tok_ment[e + 1]);
                set_mention_speaker(w, st, a, st->tok_ment[e + 1], 0.9f);
                return 1;
            }
        }
        /* "said Keir Starmer's spokesman": the owner's mouthpiece, the whole phrase the
         * mention (as before the cue) */
        for (size_t t = j; e > j + 2 && tok_in(w, e - 1, mouthpieces) && t + 1 < e; t++)
            if (w->tok.v[t].flags & NEWS_TF_CLITIC) {
                set_speaker(w, st, a, j, e, NEWS_SPK_DESC, best, 0.8f);
                return 1;
            }
        size_t e2 = best == st->tok_ment[j]
                        ? name_of_end(w, st, news_ment_toks(w, (size_t)best).tok_end, hi)
                        : 0;
        if (e2) { /* no entity of its own: speaker NULL, the whole name the mention */
            set_speaker(w, st, a, j, e2, NEWS_SPK_NAME, -1, 0.7f);
            return 1;
        }
        set_mention_speaker(w, st, a, best, 0.95f);
        return 1;
    }
    /* "said the Wisconsin Democrat": a party after a determiner and a place describes one
     * person (subject_ending_at), though the entity step took the two as one name, or the
     * place apart from the party */
    if (k + 2 < hi && tok_is(w, k, "the") && st->tok_ment[k + 1] >= 0) {
        NewsMentionToks pm = news_ment_toks(w, (size_t)st->tok_ment[k + 1]);
        size_t end = pm.tok_end;
        if (pm.tok_first == k + 1 && end < hi &&
            w->ment.v[st->tok_ment[k + 1]].type == NEWS_LOC && party_word(w, end))
            end++; /* or as a place and the party apart */
        if (pm.tok_first == k + 1 && end > k + 2 && end <= hi && party_word(w, end - 1)) {
            set_speaker(w, st, a, k, end, NEWS_SPK_DESC, -1, 0.6f);
            return 1;
        }
    }
    /* ... "mused Blaze co-host Stu Burguiere": a name the entity step left out may open the
     * phrase when a lower-case word follows it */
    for (size_t e = k;
         e < hi && e - k < 5 &&
         (is_lower_word(w, e) || is_role_word(w, e) ||
          (e == k && is_word(w, e) && (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) &&
           !tok_in(w, e, weekdays) && !tok_in(w, e, determiners) && e + 1 < hi &&
           is_lower_word(w, e + 1))) &&
         !st->inq[e] &&
         (!tok_in(w, e, phrase_ends) || /* "said chairman and chief executive Bill Ford" */
          (tok_is(w, e, "and") && e > k && is_role_word(w, e - 1) && e + 1 < hi &&
           is_role_word(w, e + 1))) &&
         !pronoun_kind(w, e) && st->tok_ment[e] < 0;
         e++)
        if (e + 1 < hi && st->tok_ment[e + 1] >= 0) { /* "said election lawyer Joe Birkenstock" */
            /* not "said a Democratic aide": a name before a noun only modifies it */
            int32_t m = st->tok_ment[e + 1];
            size_t me = news_ment_toks(w, (size_t)m).tok_end;
            if (w->ment.v[m].type == NEWS_LOC || w->ment.v[m].type == NEWS_MISC) {
                /* "a report by UK think-tank Demos", "by US research firm Gartner": the
                 * place or the nationality describes the body named after the nouns */
                size_t n = me;
                while (n < hi && n - me < 3 && is_lower_word(w, n) && !st->inq[n] &&
                       !tok_in(w, n, phrase_ends) && !aux_at(w, n) && !ed_word(w, n) &&
                       !verb_like(w, n))
                    n++;
                int32_t m2 = n > me && n < hi ? st->tok_ment[n] : -1;
                if (m2 >= 0 && w->ment.v[m2].type != NEWS_LOC) {
                    size_t e2 = news_ment_toks(w, (size_t)m2).tok_end;
                    if (e2 >= hi || (w->tok.v[e2].flags & NEWS_TF_PUNCT)) m = m2, me = e2;
                }
            }
            if (name_modifies_role(w, st, me, hi)) break;
            set_mention_speaker(w, st, a, m, 0.9f);
            return 1;
        }
    j = k;
    if ((w->tok.v[j].flags & NEWS_TF_UPPER_INIT) && is_word(w, j) && !pronoun_kind(w, j) &&
        !tok_in(w, j, determiners)) {
        /* "said Baron": a capitalised word the entity step left out (here as a title) */
        size_t e = j;
        while (e + 1 < hi && e - j < 3 && is_word(w, e + 1) &&
               (w->tok.v[e + 1].flags & NEWS_TF_UPPER_INIT) && !st->inq[e + 1])
            e++;
        size_t e2 = name_of_end(w, st, e + 1, hi);
        set_speaker(w, st, a, k, e2 ? e2 : e + 1, NEWS_SPK_NAME, -1, 0.7f);
        return 1;
    }
    j = k;
    if (pronoun_kind(w, j)) {
        if (!pronoun_ok && !(j + 1 < hi && (w->tok.v[j + 1].flags & NEWS_TF_PUNCT))) return 0;
        set_speaker(w, st, a, j, j + 1, pronoun_kind(w, j), -1, 0.8f);
        return 1;
    }
    if (!tok_in(w, j, determiners) && !(is_lower_word(w, j) && is_role_word(w, j)) &&
        !headline_tail(w, st, j, hi)) {
        /* "according to officials", "said analysts": a bare plural */
        const NewsToken *t = &w->tok.v[j];
        /* ", said industry officials.", ", says research.": a plural after a noun or two,
         * or a document's noun, ending the sentence */
        size_t g = j;
        while (g < hi && g - j < 3 && is_lower_word(w, g) && !st->inq[g] && !aux_at(w, g) &&
               !tok_in(w, g, phrase_ends) && !tok_in(w, g, determiners) && !pronoun_kind(w, g))
            g++;
        int ends = g > j &&
                   ((g < hi && is_stop(w, g)) ||
                    (g >= hi && (w->tok.v[g - 1].flags & NEWS_TF_PARA_END))) &&
                   (bare_plural(w, g - 1) || (g == j + 1 && tok_in(w, j, doc_words)));
        if (!(is_lower_word(w, j) && t->byte_len > 3 &&
              w->text[t->byte_start + t->byte_len - 1] == 's') &&
            !tok_is(w, j, "people") && /* "according to people familiar with the plan" */
            !ends)
            return 0;
        if (ends && !(is_lower_word(w, j) && w->text[t->byte_start + t->byte_len - 1] == 's')) {
            set_speaker(w, st, a, j, g, NEWS_SPK_DESC, -1, 0.6f);
            return 1;
        }
    }
    size_t e = j, head = j;
    /* "people familiar with the talks", "people close to him": the phrase goes on */
    int people = tok_is(w, j, "people") && j + 2 < hi &&
                 (tok_is(w, j + 1, "familiar") || tok_is(w, j + 1, "close"));
    if (people) { /* no one in particular, whoever they are close to */
        while (e < hi && e - j < 8 && (is_word(w, e) || (w->tok.v[e].flags & NEWS_TF_CLITIC)) &&
               !st->inq[e] && !(st->cue[e] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
               !tok_is(w, e, "who") && !tok_is(w, e, "that"))
            e++;
        set_speaker(w, st, a, j, e, NEWS_SPK_DESC, -1, 0.6f);
        return 1;
    }
    while (e < hi && e - j < 7 && !st->inq[e] &&
           (is_word(w, e) || (e > j && (w->tok.v[e].flags & NEWS_TF_CLITIC)))) {
        if (e > j && is_lower_word(w, e) && aux_at(w, e))
            return 0; /* "said the plan was “ambitious”": the subject of a clause */
        if (e > j && (tok_is(w, e, "for") || tok_is(w, e, "of") || tok_is(w, e, "at") ||
                      tok_is(w, e, "with") || tok_is(w, e, "in") || tok_is(w, e, "on") ||
                      tok_is(w, e, "to") || /* "said an aide to Ferri": the aide */
                      /* "a retired teacher from Ohio": not the place ("figures from the
                       * Office for National Statistics" go on to the source) */
                      (tok_is(w, e, "from") && place_after(w, st, e + 1, hi)) ||
                      tok_is(w, e, "who") || tok_is(w, e, "that") || tok_is(w, e, "and") ||
                      (is_lower_word(w, e) && ly_adverb(w, e)))) /* "said the nurse quietly" */
            break;
        if (st->tok_ment[e] >= 0) { /* "said the Pentagon" */
            size_t me = news_ment_toks(w, (size_t)st->tok_ment[e]).tok_end;
            if (e > j && name_modifies_role(w, st, me, hi)) {
                e = me; /* "a Democratic aide", "a Treasury official": a modifier */
                continue;
            }
            set_mention_speaker(w, st, a, st->tok_ment[e], 0.85f);
            return 1;
        }
        head = e++;
    }
    if (e == j) return 0;
    if (e + 1 < hi && tok_is(w, e, "for") && tok_in(w, head, mouthpieces)) {
        /* "said a spokeswoman for Mayor Ana Ferri": she speaks for the name after "for" */
        size_t f = e + 1;
        while (f < hi && f - e < 4 && st->tok_ment[f] < 0 &&
               (tok_in(w, f, determiners) || is_role_word(w, f)))
            f++;
        int32_t m = f < hi ? st->tok_ment[f] : -1;
        if (m >= 0 && (w->ment.v[m].type == NEWS_PER || w->ment.v[m].type == NEWS_ORG)) {
            set_speaker(w, st, a, j, news_ment_toks(w, (size_t)m).tok_end, NEWS_SPK_DESC, m,
                        0.8f);
            return 1;
        }
    }
    if (e + 1 < hi && tok_ch(w, e, ',') && st->tok_ment[e + 1] >= 0 &&
        w->ment.v[st->tok_ment[e + 1]].type == NEWS_PER) {
        /* "said the chief executive, Jo Brand.": the name in apposition speaks */
        size_t ne = news_ment_toks(w, (size_t)st->tok_ment[e + 1]).tok_end;
        if (ne >= hi || tok_ch(w, ne, ',') || is_stop(w, ne)) {
            if (is_role_word(w, head)) role_put(st, role_key(w, head), st->tok_ment[e + 1]);
            set_mention_speaker(w, st, a, st->tok_ment[e + 1], 0.9f);
            return 1;
        }
    }
    int32_t r = desc_referent(w, st, head, j);
    if (e + 1 < hi && (tok_is(w, e, "to") || tok_is(w, e, "of") || tok_is(w, e, "for")) &&
        speaking_head(w, head)) {
        /* "said one longtime adviser to Bill Clinton", "said the mother of the driver": the
         * adviser is someone of their own, neither the one the text called adviser before
         * nor Clinton; the phrase runs to the name or the noun after the preposition */
        size_t f = e + 1;
        while (f < hi && f - e < 4 && st->tok_ment[f] < 0 && !st->inq[f] &&
               (tok_in(w, f, determiners) || is_role_word(w, f) || is_lower_word(w, f)) &&
               !tok_in(w, f, phrase_ends))
            f++;
        int32_t m = f < hi && !st->inq[f] ? st->tok_ment[f] : -1;
        size_t end = m >= 0 ? news_ment_toks(w, (size_t)m).tok_end : f;
        /* "said the chairman of the Commons education committee, Labour MP Barry Sheerman":
         * a name in apposition after the whole phrase speaks */
        size_t g = end;
        while (g < hi && g - end < 5 && !st->inq[g] && is_word(w, g) && !tok_in(w, g, phrase_ends))
            g++;
        if (g + 1 < hi && tok_ch(w, g, ',')) {
            size_t x = g + 1;
            while (x < hi && x - g < 4 && !st->inq[x] &&
                   (is_role_word(w, x) || /* "Labour MP", "Rep." */
                    (st->tok_ment[x] < 0 && is_word(w, x) &&
                     (w->tok.v[x].flags & NEWS_TF_UPPER_INIT)) ||
                    (st->tok_ment[x] >= 0 && w->ment.v[st->tok_ment[x]].type != NEWS_PER)))
                x = st->tok_ment[x] >= 0 ? news_ment_toks(w, (size_t)st->tok_ment[x]).tok_end
                                         : x + 1;
            int32_t pm = x < hi && !st->inq[x] ? st->tok_ment[x] : -1;
            if (pm >= 0 && w->ment.v[pm].type == NEWS_PER) {
                size_t ne = news_ment_toks(w, (size_t)pm).tok_end;
                if (ne >= hi || tok_ch(w, ne, ',') || is_stop(w, ne)) {
                    set_mention_speaker(w, st, a, pm, 0.9f);
                    return 1;
                }
            }
        }
        if (end > e + 1 && end <= hi) {
            set_speaker(w, st, a, j, end, NEWS_SPK_DESC, -1, 0.6f);
            return 1;
        }
    }
    set_desc_speaker(w, st, a, j, head + 1, r, 0.8f, 0.6f);
    return 1;
}

/* "according to industry data": any short lower-case phrase names the source; "according to
 * data from Drewry", "according to new analysis by the Resolution Foundation": the body
 * named after a document's noun and "from" or "by", when the sentence ends with it */
static int source_after(NewsWork *w, NewsQuoteState *st, size_t k, size_t hi, Attr *a) {
    size_t e = k;
    int doc = 0;
    while (e < hi && e - k < 5 && is_lower_word(w, e) && !st->inq[e] &&
           !tok_in(w, e, phrase_ends) && !(doc && tok_is(w, e, "by")))
        doc |= tok_in(w, e, doc_words), e++;
    if (doc && e + 1 < hi && (tok_is(w, e, "from") || tok_is(w, e, "by"))) {
        size_t f = e + 1 + tok_is(w, e + 1, "the");
        int32_t m = f < hi ? st->tok_ment[f] : -1;
        if (m < 0) return 0;
        NewsMentionToks mt = news_ment_toks(w, (size_t)m);
        if (mt.tok_first != f || (mt.tok_end < hi && !(w->tok.v[mt.tok_end].flags & NEWS_TF_PUNCT)))
            return 0;
        if (w->ment.v[m].type == NEWS_LOC) /* "data from Japan": the place is no speaker */
            set_speaker(w, st, a, k, mt.tok_end, NEWS_SPK_DESC, -1, 0.5f);
        else
            set_mention_speaker(w, st, a, m, 0.7f);
        return 1;
    }
    if (e == k || (e < hi && !(w->tok.v[e].flags & NEWS_TF_PUNCT))) return 0;
    set_speaker(w, st, a, k, e, NEWS_SPK_DESC, -1, 0.5f);
    return 1;
}

static void set_cue(NewsWork *w, Attr *a, size_t k0, size_t k1) { a->cue = span_of(w, k0, k1); }

/* “…” ― Maria Lopez / “…” — Tom Baker, a farmer: a name standing after a dash that follows
 * the closing mark signs the words (epigraphs, vox-pops, letters), with no cue. The name
 * must end the paragraph or be followed by a comma, a full stop or a bracket, so a
 * sentence going on after a dash ("—“…”—is wearing thin") signs nothing. */
static int signed_by(NewsWork *w, NewsQuoteState *st, size_t j, size_t p1, Attr *a) {
    if (st->inq[j] || w->tok.v[j].quote) return 0;
    int32_t m = st->tok_ment[j];
    size_t e;
    if (m >= 0) {
        const NewsMention *me = &w->ment.v[m];
        NewsMentionToks mt = news_ment_toks(w, (size_t)m);
        if ((me->type != NEWS_PER && me->type != NEWS_ORG) || mt.tok_first != j) return 0;
        e = mt.tok_end;
    } else {
        /* a name the entity step missed: two or three capitalised words */
        e = j;
        while (e < p1 && e - j < 3 && is_word(w, e) && (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) &&
               !(w->tok.v[e].flags & NEWS_TF_ALL_UPPER) && !pronoun_kind(w, e) &&
               !tok_in(w, e, determiners) && st->tok_ment[e] < 0)
            e++;
        if (e - j < 2) return 0;
    }
    /* (or a headline's name before its words in lower case: "'I finally feel like I belong
     * here' - Hollins into first Grand Slam quarter-final", s28) */
    int headline = m >= 0 && e < p1 && p1 - j < 16 && !is_stop(w, p1 - 1) && is_lower_word(w, e);
    if (e < p1 && !(tok_ch(w, e, ',') || tok_ch(w, e, '(') || is_stop(w, e) || headline))
        return 0;
    if (m >= 0) set_mention_speaker(w, st, a, m, 0.75f);
    else set_speaker(w, st, a, j, e, NEWS_SPK_NAME, -1, 0.6f);
    return 1;
}

/* Attribution after closing mark c: “…,” Kuleba said / said Kuleba / the minister told. */
static const char *const conjunctions[] = {"but", "and", "although", "though", "while",
                                           "however", "yet", "so", "because", 0};

/* words opening a subordinate clause: a report inside one ends at its comma ("While almost
 * everyone agrees the law was flawed, some critics worry") */
static const char *const subordinators[] = {"while", "although", "though", "because", "if",
                                            "as", "since", "when", "whereas", "unless", "after",
                                            "before", "once", "until", 0};

static int tail_ends(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1);

/* Does a verb of saying stand before the quotation that closes at token c, in its sentence
 * ("Lund called it “a disgrace”, ...")? Then that verb, not one after it, is the
 * quotation's own. */
static int cue_before_quote(const NewsWork *w, const NewsQuoteState *st, size_t c) {
    size_t o = c;
    while (o > 0 && c - o < 64 && st->inq[o - 1] && !(w->tok.v[o].flags & NEWS_TF_PARA_START))
        o--;
    for (size_t t = o; t-- > 0 && o - t < 40;) {
        if (!st->inq[t] && (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT |
                                          NEWS_CUE_PARTIAL | NEWS_CUE_ACCORDING)))
            return 1;
        if (w->tok.v[t].flags & (NEWS_TF_SENT_START | NEWS_TF_PARA_START)) break;
    }
    return 0;
}

static size_t quoted_as_at(const NewsWork *w, const NewsQuoteState *st, size_t k, size_t sb);

static int attr_after(NewsWork *w, NewsQuoteState *st, size_t c, size_t p1, Attr *a) {
    size_t j = c + 1;
    if (j + 1 < p1 && tok_ch(w, j, ':') && !is_stop(w, p1 - 1)) {
        /* "'Nobody reads the small print': a consumer champion on bank fees": a headline
         * that opens with the quotation signs it after a colon */
        size_t b = c;
        while (b > 0 && c - b < 64 && st->inq[b - 1] && !(w->tok.v[b].flags & NEWS_TF_PARA_START))
            b--;
        /* ... its subject, a name before the verb: not "Hezbollah" of "Israeli officials
         * warn Hezbollah" (a description, "a consumer champion on ...", reads on) */
        size_t h = j + 1;
        if (h < p1 && st->tok_ment[h] >= 0)
            while (h < p1 && h - j < 8 && !st->inq[h] &&
                   (st->tok_ment[h] >= 0 ||
                    (w->tok.v[h].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_CLITIC)) ||
                    is_role_word(w, h) || role_plural(w, h)))
                h++;
        else if (h < p1 && is_lower_word(w, h)) {
            /* "'I was told to wait outside': patients describe A&E corridors": a few words
             * in lower case before the verb describe the speaker, not the name after it */
            while (h < p1 && h - j <= 3 && is_lower_word(w, h) && !st->inq[h] && !st->cue[h] &&
                   !aux_at(w, h) && !(h > j + 1 && verb_like(w, h)) && st->tok_ment[h] < 0)
                h++;
            if (h < p1 && !st->cue[h] && !aux_at(w, h) && !verb_like(w, h)) h = p1;
        } else
            h = p1;
        if ((w->tok.v[b].flags & NEWS_TF_PARA_START) && subject_after(w, st, j + 1, h, a, 0)) {
            /* "'We are running out of time': Pacific leaders plead ...": a place or a
             * nationality before a role describes someone, it is not the speaker; nor is
             * a name before its people */
            if (a->ment >= 0) {
                NewsMentionToks mt = news_ment_toks(w, (size_t)a->ment);
                size_t e = mt.tok_end;
                if (w->ment.v[a->ment].type == NEWS_LOC || w->ment.v[a->ment].type == NEWS_MISC)
                    while (e < p1 && e - mt.tok_end < 3 && st->tok_ment[e] < 0 &&
                           (is_role_word(w, e) || role_plural(w, e)))
                        e++;
                /* a name's people before the verb: "Kent residents describe ...", "Thames
                 * Water customers say ..." (not "Tesla recalls 2m cars": a cue follows) */
                if (e == mt.tok_end && e + 1 < p1 && is_lower_word(w, e) && ends_in_s(w, e) &&
                    !st->cue[e] && st->cue[e + 1])
                    e++;
                if (e > mt.tok_end)
                    set_speaker(w, st, a, mt.tok_first, e, NEWS_SPK_DESC, -1, a->score);
            }
            a->score *= 0.7f;
            return 1;
        }
    }
    int dashed = j < p1 && is_dash(w, j);
    if (j < p1 && (tok_ch(w, j, ',') || dashed)) j++;
    if (dashed && j < p1 && signed_by(w, st, j, p1, a)) return 1;
    /* "… said the plan was “the best we have,” but Reed argued it was costly": a clause of
     * its own, with its own speaker */
    if (j < p1 && tok_in(w, j, conjunctions) && !tok_is(w, j, "and")) return 0;
    /* a new sentence after the closing mark is the writer's, not an attribution ("….” He
     * added, “…”), except right after ? or ! ("Why?” Kuleba asked.) */
    int new_sentence = j < p1 && (w->tok.v[j].flags & NEWS_TF_SENT_START);
    size_t q = c; /* “… ‘What can I do?’” Weaver said: past the nested closing mark */
    while (q > 0 && c - q < 3 && w->tok.v[q - 1].quote) q--;
    if (new_sentence && !(q > 0 && (tok_ch(w, q - 1, '?') || tok_ch(w, q - 1, '!'))))
        return 0;
    size_t lim = j + NEAR_TOKENS < p1 ? j + NEAR_TOKENS : p1;
    int appos = 0; /* a name, then a comma: an apposition follows */
    size_t jm = j; /* past a title before the name: "” Sen. Marcia Pell, D-Minn., one of" */
    while (jm < p1 && jm - j < 3 && st->tok_ment[jm] < 0 && is_word(w, jm) &&
           (news_lexicon_title(w->text + w->tok.v[jm].byte_start, w->tok.v[jm].byte_len) &
            NEWS_TITLE_BEFORE_NAME))
        jm++;
    if (jm < p1 && st->tok_ment[jm] >= 0) { /* ” Nate Silver, the polling guru who ..., said */
        size_t e = news_ment_toks(w, st->tok_ment[jm]).tok_end;
        appos = e < p1 && tok_ch(w, e, ',');
        if (appos) lim = j + 3 * NEAR_TOKENS < p1 ? j + 3 * NEAR_TOKENS : p1;
        else lim = j + 2 * NEAR_TOKENS < p1 ? j + 2 * NEAR_TOKENS : p1; /* a long title */
    }
    for (size_t k = j; k + 1 < lim; k++) /* ” one official, who asked not to be named, told */
        if (tok_ch(w, k, ',') && tok_is(w, k + 1, "who")) {
            lim = j + 3 * NEAR_TOKENS < p1 ? j + 3 * NEAR_TOKENS : p1;
            break;
        }
    for (size_t k = j; k < lim; k++) {
        /* (an apostrophe inside a name is no mark: "the Tiruppur Exporters’ Association,
         * told") */
        if ((w->tok.v[k].quote && st->tok_ment[k] < 0) || st->inq[k] || is_stop(w, k)) break;
        unsigned cf = st->cue[k];
        if (cf & NEWS_CUE_ACCORDING) {
            if (k == j && subject_after(w, st, k + 2, p1, a, 0)) {
                set_cue(w, a, k, k + 2);
                return 1;
            }
            return 0;
        }
        if (!(cf & NEWS_CUE_DIRECT)) continue;
        /* "the report stated", "the email said": a cue word after a determiner is a noun,
         * the subject of the verb that follows; so is one after "of" ("the secretary of
         * state said") */
        if (k > j && (tok_in(w, k - 1, determiners) || (w->tok.v[k - 1].flags & NEWS_TF_CLITIC) ||
                      tok_is(w, k - 1, "of")))
            continue;
        if (k == j) {
            /* “…,” promising the Friends ...: an -ing cue goes on the sentence before the
             * quotation, whose subject attr_before finds; it never has its speaker after it */
            if ((cf & NEWS_CUE_INVERT) && !(cf & NEWS_CUE_ING) &&
                subject_after(w, st, k + 1, p1, a, 0)) {
                set_cue(w, a, k, k + 1);
                return 1;
            }
            return 0;
        }
        if (k > j + 1 && tok_ch(w, k - 1, ',') && (cf & NEWS_CUE_INVERT) && !(cf & NEWS_CUE_ING)) {
            /* "The ban 'transformed' behaviour, says Mark Ellis.": a fragment inside the
             * report before an inverted cue, when no verb of saying came before it */
            if (tail_ends(w, st, k, p1) && !cue_before_quote(w, st, c) &&
                subject_after(w, st, k + 1, p1, a, 0)) {
                set_cue(w, a, k, k + 1);
                return 1;
            }
        }
        Attr b;
        memset(&b, 0, sizeof b);
        /* "“…,” he was quoted as saying": the subject of the passive */
        size_t q0 = (cf & NEWS_CUE_ING) ? quoted_as_at(w, st, k, j) : 0;
        int ok = subject_before(w, st, q0 ? q0 : k, j, &b) && b.t0 >= (int64_t)j &&
                 !(new_sentence && b.t0 != (int64_t)j);
        if (!ok && appos) {
            /* "Nate Silver, the polling guru who founded example.com tweeted": the
             * apposition has no closing comma, so its end is no subject; the name is */
            memset(&b, 0, sizeof b);
            set_mention_speaker(w, st, &b, st->tok_ment[jm], 0.8f);
            ok = 1;
        }
        /* a name in apposition may follow a longer description ("Ohio Rep. Tom Baxter's
         * chief of staff, Dana Whitmore, told") */
        int64_t lead = b.spk_kind == NEWS_SPK_NAME && b.t0 > (int64_t)j + 1 &&
                               tok_ch(w, (size_t)b.t0 - 1, ',') ? 14 : 8;
        /* "… a “substantial reduction” in immigration, he said.": a fragment inside the
         * report before "SUBJ said" (the writer's words go on after the mark, no verb of
         * saying came before it), not a statement signed by a name and its apposition
         * ("“…,” Adam Hume, the futurologist, told") */
        int fragment = ok && j == c + 1 && c > 0 && !tok_ch(w, c - 1, ',') &&
                       tail_ends(w, st, k, p1) && !cue_before_quote(w, st, c);
        for (int64_t t = j; ok && t < b.t0; t++) {
            /* "spokesman Alex Conant said", "his wife, Gabriela Lazar, wrote", "Fight for
             * $15 organizing director Kendall Fells told": a short lead-in to the name; not
             * a clause of the writer's after a comma ("“got it wrong” on spills, as MPs
             * questioned bosses"), nor a relative clause ("“playing politics” with a
             * program that he argued needed reform") */
            const NewsToken *x = &w->tok.v[t];
            if (b.t0 - (int64_t)j > lead || (x->quote && st->tok_ment[t] < 0) || st->inq[t] ||
                is_stop(w, (size_t)t) ||
                tok_is(w, (size_t)t, "that") || tok_is(w, (size_t)t, "which") ||
                (t > (int64_t)j && tok_in(w, (size_t)t, subordinators)) || /* "“no idea”
                                         * he had taken six wickets until a team-mate told
                                         * him": a clause of its own */
                (t == (int64_t)j && tok_in(w, (size_t)t, conjunctions) &&
                 aux_at(w, (size_t)t + 1)) || /* "“…” and had destroyed several Afghan
                                               * posts": a clause, "posts" a noun */
                (tok_ch(w, (size_t)t, ',') &&
                 ((b.spk_kind != NEWS_SPK_NAME &&
                   !(t + 1 == b.t0 && ((w->tok.v[k].flags & NEWS_TF_PARA_END) || fragment))) ||
                  tok_in(w, (size_t)t + 1, subordinators))))
                ok = 0;
        }
        if (!ok && appos && k > j + 2 && tok_ch(w, k - 1, ',') &&
            w->ment.v[st->tok_ment[jm]].type == NEWS_PER) {
            /* "«…,» Sylvie Marchetti, president of France’s largest farm union, the FNSEA,
             * told": a person's apposition, closed before the cue, may hold a body's own;
             * the person speaks (s28) */
            memset(&b, 0, sizeof b);
            set_mention_speaker(w, st, &b, st->tok_ment[jm], 0.8f);
            ok = 1;
        }
        if (ok) {
            if (b.spk_kind == NEWS_SPK_DESC && b.t0 > (int64_t)j &&
                !tok_ch(w, (size_t)b.t0 - 1, ',')) {
                /* "a Democratic staffer in the room wondered": the whole phrase (not the
                 * words before the comma of "… behaviour, head teacher says") */
                const NewsToken *x = &w->tok.v[j];
                b.spk.byte_len += b.spk.byte_start - x->byte_start;
                b.spk.char_len += b.spk.char_start - x->char_start;
                b.spk.byte_start = x->byte_start;
                b.spk.char_start = x->char_start;
                b.t0 = (int64_t)j;
            }
            *a = b;
            set_cue(w, a, k, k + 1);
            return 1;
        }
        return 0;
    }
    return 0;
}

static int plural_opener(NewsWork *w, NewsQuoteState *st, size_t sb);

/* The subject of the sentence holding token k, for "..., saying “…”": a plural noun opening
 * it before its verb, else the first person (a PER or several-word mention) before k, else
 * the first mention or pronoun. */
/* Is a person named in tokens [b, e), within 24 of b (as far as sentence_subject looks)? */
static int person_between(const NewsWork *w, const NewsQuoteState *st, size_t b, size_t e) {
    for (size_t t = b; t < e && t - b < 24; t++)
        if (st->tok_ment[t] >= 0 && w->ment.v[st->tok_ment[t]].type == NEWS_PER) return 1;
    return 0;
}

/* The first token after a dateline that opens the words from f to before l ("DUBLIN, April 9
 * - Solara has ...", "THE HAGUE, June 3 (Reuters) - The ...", "SAN FRANCISCO — OpenAI ..."),
 * or f when none does (not "UK businesses ... - but ..."). A place in ordinary case ends
 * its dateline with the agency in brackets, a dash after it or not, as PTI and IANS write
 * it: "New Delhi, Feb 4 (PTI) Sahyadri Motors' profit fell ..." (no word in lower case
 * nor a dash before the bracket, a comma and a date, one capitalised word inside, a
 * capital after it). */
static size_t past_dateline(const NewsWork *w, size_t f, size_t l) {
    int comma = 0, date = 0, opens = !is_lower_word(w, f);
    for (size_t t = f + 1; opens && t + 3 < l && t - f < 10 && !is_lower_word(w, t); t++) {
        if (is_dash(w, t)) break; /* "BRUSSELS, March 11 - The European Community (EC) ..." */
        comma |= tok_ch(w, t, ',');
        date |= comma && (w->tok.v[t].flags & NEWS_TF_DIGIT);
        if (!tok_ch(w, t, '(')) continue;
        if (!date || !is_word(w, t + 1) || !(w->tok.v[t + 1].flags & NEWS_TF_UPPER_INIT) ||
            !tok_ch(w, t + 2, ')'))
            break;
        size_t n = t + 3 + (is_dash(w, t + 3) ? 1 : 0);
        if (n < l && (w->tok.v[n].flags & NEWS_TF_UPPER_INIT)) return n;
        break;
    }
    if (!(w->tok.v[f].flags & NEWS_TF_ALL_UPPER) ||
        !(w->tok.v[f].byte_len > 2 || (w->tok.v[f + 1].flags & NEWS_TF_ALL_UPPER)))
        return f;
    for (size_t t = f + 1; t < l && t - f < 12; t++)
        if (is_dash(w, t)) return t + 1;
    return f;
}

/* "Greg Rusedski, the former British number one who reached the US Open final in 1997 and
 * now commentates for Amazon Prime, said": a name opening the sentence (after a few words
 * of its titles) before an apposition or a relative clause that runs past lo, the start
 * of the search for cue token `cue`, to the comma before it; no other person between.
 * Bounded: the sentence starts at most LONG_SUBJECT_TOKENS before the cue. */
#define LONG_SUBJECT_TOKENS 48
static int opening_name(NewsWork *w, NewsQuoteState *st, size_t cue, size_t lo, Attr *a) {
    int32_t s0 = (int32_t)w->tok.v[0].sentence;
    size_t sb = (size_t)st->sfirst[w->tok.v[cue].sentence - s0];
    if (cue < 4 || !tok_ch(w, cue - 1, ',') || sb >= lo || cue - sb > LONG_SUBJECT_TOKENS)
        return 0;
    sb = past_dateline(w, sb, cue);
    size_t b = sb;
    while (b < cue && b - sb < 5 && st->tok_ment[b] < 0 && is_word(w, b) && !st->cue[b]) b++;
    int32_t m = st->tok_ment[b];
    if (m < 0 || (w->ment.v[m].type != NEWS_PER && w->ment.v[m].type != NEWS_ORG)) return 0;
    size_t e = news_ment_toks(w, (size_t)m).tok_end;
    if (e + 2 >= cue || !tok_ch(w, e, ',') ||
        !(tok_is(w, e + 1, "who") || tok_is(w, e + 1, "whose") || tok_is(w, e + 1, "which") ||
          tok_in(w, e + 1, determiners)))
        return 0;
    for (size_t t = e + 1; t + 1 < cue; t++)
        if (st->inq[t] || is_stop(w, t) || (w->tok.v[t].flags & NEWS_TF_PARA_START) ||
            (st->tok_ment[t] >= 0 && w->ment.v[st->tok_ment[t]].type == NEWS_PER))
            return 0;
    set_mention_speaker(w, st, a, m, 0.8f);
    return 1;
}

static int sentence_subject(NewsWork *w, NewsQuoteState *st, size_t k, size_t p0, Attr *a) {
    int32_t s0 = (int32_t)w->tok.v[0].sentence;
    size_t sb = (size_t)st->sfirst[w->tok.v[k].sentence - s0];
    if (sb < p0) sb = p0;
    sb = past_dateline(w, sb, k); /* "SAN FRANCISCO — OpenAI released ..., saying" */
    int the = tok_is(w, sb, "the");
    if (sb + 2 < k && (the || tok_is(w, sb, "a") || tok_is(w, sb, "an")) &&
        st->tok_ment[sb + 1] < 0) {
        /* "The president noted that he ..., and added": a description opening the
         * sentence is its subject, before any pronoun inside it; the whole of its role
         * ("The prime minister", "The chief executive", "The prime minister's official
         * spokesman", "A federal judge", "The union"), then a verb, or a weekday first ("A
         * federal judge on Tuesday blocked the law, saying ...") */
        int owned = 0; /* "the prime minister's spokesman" is not any spokesman named */
        for (size_t e = sb + 1; e < sb + 6 && e + 1 < k; e++) {
            if (w->tok.v[e].flags & NEWS_TF_CLITIC) {
                owned = 1;
                continue;
            }
            if (!is_lower_word(w, e) && !is_role_word(w, e)) break;
            size_t v =
                e + 1 + 2 * (tok_is(w, e + 1, "on") && e + 3 < k && tok_in(w, e + 2, weekdays));
            /* (a body, or a role after "a", only when no person stands between it and the
             * cue, who would be the subject of a second verb: "The government announced
             * that Tom Reyes had paid and promised to ...", and not before "to": "The
             * company was not available to say") */
            int plain = the && is_role_word(w, e);
            if ((plain || ((is_role_word(w, e) || (the && is_lower_word(w, e) &&
                                                   tok_in(w, e, org_nouns))) &&
                           !tok_is(w, k, "to") && !person_between(w, st, e, k))) &&
                !is_role_word(w, v) && is_lower_word(w, v) &&
                !(w->tok.v[v].flags & NEWS_TF_CLITIC) &&
                (!tok_in(w, v, phrase_ends) ||
                 (st->cue[v] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) &&
                description_start(w, st, e, sb) == (int64_t)sb) {
                int32_t r = owned ? -1 : role_get(w, st, role_key(w, e), sb);
                set_desc_speaker(w, st, a, sb, e + 1, r, 0.7f, 0.5f);
                return 1;
            }
        }
    }
    if (sb + 3 < k && tok_in(w, sb, determiners) && st->tok_ment[sb + 1] < 0 &&
        is_lower_word(w, sb + 1) && w->tok.v[sb + 1].byte_len > 4 && plural_noun(w, sb + 1) &&
        w->text[w->tok.v[sb + 1].byte_start + w->tok.v[sb + 1].byte_len - 2] != 's' &&
        is_lower_word(w, sb + 2) && verb_like(w, sb + 2) &&
        !tok_is(w, k, "to")) {
        /* "Three members backed a cut, arguing ...": a plural after a number or a
         * determiner opening the sentence, as a plural alone below */
        set_speaker(w, st, a, sb, sb + 2, NEWS_SPK_DESC, -1, 0.6f);
        return 1;
    }
    if (sb + 2 < k && plural_opener(w, st, sb) && !tok_is(w, k, "to")) {
        /* "Teachers walked out on Monday, saying ...": a plural noun opening the sentence
         * before its verb is the subject, not a name later in it (not before "to": "Sites
         * have notes attached to explain why", "Dealers cut prices to maintain growth") */
        set_speaker(w, st, a, sb, sb + 1, NEWS_SPK_DESC, -1, 0.6f);
        return 1;
    }
    int64_t first = -1, verb = -1; /* first mention; first one a verb follows */
    for (size_t t = sb; t < k && t - sb < 24; t++) {
        /* a quotation opening the sentence is skipped: “…,” Reyes said, and then added */
        if (st->inq[t] && t == sb) {
            while (t + 1 < k && st->inq[t + 1]) t++;
            sb = t + 1;
            continue;
        }
        if (st->inq[t]) break;
        int32_t m = st->tok_ment[t];
        if (m >= 0) {
            const NewsMention *me = &w->ment.v[m];
            NewsMentionToks mt = news_ment_toks(w, m);
            size_t e = mt.tok_end;
            if (e + 1 < k && (w->tok.v[e].flags & NEWS_TF_CLITIC) && st->tok_ment[e + 1] >= 0 &&
                w->ment.v[st->tok_ment[e + 1]].type == NEWS_PER)
                continue; /* "Fox TV's Bill O'Reilly said": the owner is not the subject */
            if (me->type == NEWS_PER && e + 1 < k && (w->tok.v[e].flags & NEWS_TF_CLITIC)) {
                /* "Dalton's opponent, Democrat Luis Ortega, conceded ... but said": nor is
                 * the owner of a role with a name in apposition (a party or a title may
                 * stand before it); the name is */
                size_t r = lower_run(w, st, e + 1, k, 0, 3, RUN_INQ | RUN_MENT);
                size_t n = r + 1;
                while (n < k && n - r < 4 && !st->inq[n] &&
                       (st->tok_ment[n] < 0 ? is_role_word(w, n) ||
                                                  (is_word(w, n) &&
                                                   (w->tok.v[n].flags & NEWS_TF_UPPER_INIT))
                                            : w->ment.v[st->tok_ment[n]].type != NEWS_PER))
                    n = st->tok_ment[n] < 0 ? n + 1 : news_ment_toks(w, st->tok_ment[n]).tok_end;
                if (r > e + 1 && is_role_word(w, r - 1) && n < k && tok_ch(w, r, ',') &&
                    st->tok_ment[n] >= 0 && w->ment.v[st->tok_ment[n]].type == NEWS_PER) {
                    t = n - 1;
                    continue;
                }
            }
            if (me->type == NEWS_PER && mt.tok_first > sb &&
                tok_in(w, mt.tok_first - 1, determiners) && e < k && is_lower_word(w, e) &&
                person_between(w, st, e, k)) {
                t = e - 1; /* "A Trump campaign spokesman, Steven Cheung, called ... and
                            * said": a name after an article, before a noun, modifies it; the
                            * person named after it is the subject ("the Reagan administration
                            * ..., urging" speaks for Reagan) */
                continue;
            }
            size_t r = e; /* "analyst", "group leader Coun" */
            while (r < k && r < e + 3 && st->tok_ment[r] < 0 && !st->inq[r] &&
                   (is_role_word(w, r) || agent_noun(w, r) ||
                    (is_lower_word(w, r) && tok_in(w, r, org_nouns))))
                r++;
            if (me->type != NEWS_PER && r > e && r < k && st->tok_ment[r] >= 0 &&
                w->ment.v[st->tok_ment[r]].type == NEWS_PER && !honorific_at(w, e)) {
                t = r - 1; /* "Lionstone Research analyst Priya Raman was more cautious,
                            * writing ...", "Liberal Democrat group leader Coun Mark
                            * Eccleston accused ... and said": the body or the party is the
                            * person's, who is the subject (s28; not "told the Sunday Times
                            * Mr Campbell would ...") */
                continue;
            }
            if (me->type == NEWS_PER || e - mt.tok_first > 1) {
                set_mention_speaker(w, st, a, m, 0.75f);
                return 1;
            }
            if (first < 0) first = t;
            /* "Here in Columbia, Sanders stepped up": the subject */
            if (verb < 0 && e < k && is_lower_word(w, e) && !tok_in(w, e, phrase_ends) &&
                !tok_in(w, e, small_words) &&
                !(e + 1 < k && tok_ch(w, e + 1, ','))) { /* "Hours later, Trump ...": no verb */
                verb = t;
                /* a verb for sure: not a name after it ("Siemens beat forecasts from analysts
                 * at Morgan Stanley and said"; "Audi team principal Markus Feldhaus" goes on) */
                if (verb_like(w, e)) break;
            }
            t = mt.tok_end - 1;
        } else if (pronoun_kind(w, t) && first < 0) {
            first = t;
        }
    }
    if (verb >= 0) first = verb;
    if (first < 0) return 0;
    if (st->tok_ment[first] >= 0) set_mention_speaker(w, st, a, st->tok_ment[first], 0.7f);
    else set_speaker(w, st, a, (size_t)first, (size_t)first + 1, pronoun_kind(w, (size_t)first),
                     -1, 0.7f);
    return 1;
}

static const char *const modals[] = {"could", "would", "might", "may", "can", "should",
                                     "cannot", 0};

static int ends_in_s(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    uint8_t c = w->text[t->byte_start + t->byte_len - 1];
    return c == 's' || c == 'S';
}

/* Attribution before opening mark o: Kuleba said: “…” / said Kuleba, “…” / According to
 * Kuleba, “…” / Kuleba said that “…”; for a partial quote, the cue of its sentence. */
/* A letter, a statement or a post just before participle cue k ("sent an email to
 * supporters stating"): the words are the document's, its writer the sentence's subject. */
static int letter_before(NewsWork *w, NewsQuoteState *st, size_t k, size_t p0) {
    static const char *const letters[] = {"statement", "tweet", "post", "email", "message",
                                          "letter", "release", "memo", "note", 0};
    for (size_t t = k; t-- > p0 && k - t <= 5;) {
        if (st->inq[t] || is_stop(w, t)) break;
        if (tok_in(w, t, letters)) return 1;
    }
    return 0;
}

static int quantity_subject(NewsWork *w, NewsQuoteState *st, size_t k, size_t lo, Attr *a);

/* A lower-case word ending in -ing: "by depriving" names no agent. */
static int ing_form(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    return is_lower_word(w, i) && t->byte_len > 4 && memcmp(z + t->byte_len - 3, "ing", 3) == 0;
}

/* plural nouns far likelier than verbs after a modifier: "ambiguous remarks", "some states" */
static const char *const noun_plurals[] = {
    "remarks", "comments", "states", "rules", "emails", "tweets", "posts", "notes", "findings",
    "warnings", "charges", 0};

/* Does the speaker a that subject_after found after a cue run on to the mark at token o
 * of a fragment in lower case, with no more than an owned noun between ("said Mr Blair
 * “should butt out of”", "said Murray's record “will never be matched”")? Then it is the
 * subject of the report, and the speaker is the sentence's (not "said Mr Ingram “For
 * what ...”", a stop left out). */
static int report_subject(const NewsWork *w, const Attr *a, size_t o) {
    size_t e = o, end = a->spk.byte_start + a->spk.byte_len;
    if (o + 1 >= w->tok.n || !is_lower_word(w, o + 1)) return 0;
    while (e > 0 && o - e < 4 && w->tok.v[e - 1].byte_start >= end &&
           (is_word(w, e - 1) || (w->tok.v[e - 1].flags & NEWS_TF_CLITIC)))
        e--;
    return e > 0 && w->tok.v[e - 1].byte_start < end;
}

/* Whether tokens [p0, e) are one name of a place, a body or a person, the whole of it
 * ("Pozzuoli", "New York", "Labour", "Trump" of "Trump lawyer:"). */
static int name_before_role(const NewsWork *w, const NewsQuoteState *st, size_t p0, size_t e) {
    int32_t m = e > p0 ? st->tok_ment[p0] : -1;
    if (m < 0 || w->ment.v[m].type == NEWS_MISC) return 0;
    NewsMentionToks mt = news_ment_toks(w, (size_t)m);
    return mt.tok_first == p0 && mt.tok_end == e;
}

/* Where the search for the subject of cue k starts: SUBJECT_TOKENS before it, or before a
 * longer relative clause set off by commas that ends right before the cue ("Hamish
 * Currie, 71, who has run a bike-hire shop in Lamlash since 1988 and played in a band on
 * the island in the '60s, said:"), up to RELATIVE_TOKENS. */
#define RELATIVE_TOKENS 40
static size_t subject_lo(const NewsWork *w, const NewsQuoteState *st, size_t k, size_t p0) {
    size_t slo = k > p0 + SUBJECT_TOKENS ? k - SUBJECT_TOKENS : p0;
    if (slo == p0 || !tok_ch(w, k - 1, ',')) return slo;
    for (size_t c = k - 2; c > p0 && k - c < RELATIVE_TOKENS; c--) {
        if (st->inq[c] || is_stop(w, c)) break;
        if (tok_ch(w, c - 1, ',') && (tok_is(w, c, "who") || tok_is(w, c, "whose")))
            return c - 1 > p0 + 8 ? c - 1 - 8 : p0;
    }
    return slo;
}

static int attr_before(NewsWork *w, NewsQuoteState *st, size_t o, size_t p0, int cls,
                       Attr *a) {
    if (o <= p0 || cls == CLS_START) return 0; /* the sentence before is the writer's */
    /* a whole statement needs a verb of saying; a fragment may hang on any cue */
    unsigned want = NEWS_CUE_DIRECT;
    if (cls == CLS_WORD || cls == CLS_THAT) want |= NEWS_CUE_INDIRECT | NEWS_CUE_PARTIAL;
    size_t from = o - 1; /* the ':' ',' or 'that' before the mark, or the mark itself */
    if (cls == CLS_WORD || (cls == CLS_COLON && !tok_ch(w, o - 1, ':'))) from = o;
    size_t span = cls == CLS_COMMA ? NEAR_TOKENS : 2 * NEAR_TOKENS;
    size_t lo = from > p0 + span ? from - span : p0;
    if (cls == CLS_COLON && o >= p0 + 2 && tok_ch(w, o - 1, ':') &&
        st->tok_ment[o - 2] >= 0) {
        /* "Pollsters agree - Carl Bialik: “…”": a name standing alone before the colon
         * speaks, whatever cue came before the dash */
        const NewsMention *me = &w->ment.v[st->tok_ment[o - 2]];
        NewsMentionToks mt = news_ment_toks(w, st->tok_ment[o - 2]);
        size_t b = mt.tok_first;
        if (mt.tok_end == o - 1 && me->type != NEWS_MISC &&
            (b == p0 || is_dash(w, b - 1) || is_stop(w, b - 1))) {
            set_mention_speaker(w, st, a, st->tok_ment[o - 2], 0.75f);
            return 1;
        }
    }
    if (cls == CLS_COLON && o >= p0 + 2 && tok_ch(w, o - 1, ':') && st->tok_ment[o - 2] < 0 &&
        is_role_word(w, o - 2) && !plural_noun(w, o - 2) &&
        (o - 2 == p0 || (o - 3 == p0 && (tok_is(w, p0, "the") || is_role_word(w, p0))) ||
         name_before_role(w, st, p0, o - 2))) {
        /* "Chancellor: 'We will not back down'", "Health Secretary: “…”", "Pozzuoli mayor:
         * “…”", "Trump lawyer: “…”": a headline's role before a colon speaks, after a name
         * that says whose; its holder is named in the story (speakers.c) */
        set_speaker(w, st, a, p0, o - 1, NEWS_SPK_DESC, news_role_first(st, role_key(w, o - 2)),
                    0.6f);
        return 1;
    }
    if (cls == CLS_COLON && o >= p0 + 3 && tok_ch(w, o - 1, ':') && st->tok_ment[o - 2] < 0 &&
        is_word(w, o - 2) && (w->tok.v[o - 2].flags & NEWS_TF_UPPER_INIT) && is_dash(w, o - 3)) {
        /* "- HuffPollster: “…”": a capitalised source after a dash, missed as an entity */
        set_speaker(w, st, a, o - 2, o - 1, NEWS_SPK_NAME, -1, 0.6f);
        return 1;
    }
    if (cls == CLS_COMMA && o >= p0 + 5 && tok_ch(w, o - 1, ',') && tok_is(w, o - 2, "it") &&
        tok_is(w, o - 3, "put")) {
        /* "As the Harbour Journal put it, “…”": the one who put it so speaks */
        size_t slo = o - 3 > p0 + 8 ? o - 3 - 8 : p0;
        Attr b = *a;
        int64_t t = subject_before(w, st, o - 3, slo, &b) ? b.t0 - 1 : -1;
        if (t > (int64_t)p0 && tok_is(w, (size_t)t, "the")) t--; /* "As the Journal put it" */
        if (t >= (int64_t)p0 && tok_is(w, (size_t)t, "as")) {
            *a = b;
            set_cue(w, a, o - 3, o - 1);
            return 1;
        }
    }
    if (cls == CLS_COMMA && lo > p0) {
        /* "According to Gabriela Rocha, an economist at the Catholic University of Bolivia,
         * “…”": the source's apposition puts the cue past the near tokens */
        for (size_t k = lo; k-- > p0 && from - k < SUBJECT_TOKENS;) {
            if (st->inq[k] || is_stop(w, k)) break;
            if (!(st->cue[k] & NEWS_CUE_ACCORDING)) continue;
            if (k + 2 < from && subject_after(w, st, k + 2, from, a, 0)) {
                set_cue(w, a, k, k + 2);
                return 1;
            }
            break;
        }
    }
    int noun_at_words = 0, but = 0;
    for (size_t k = from; k-- > lo;) {
        if (st->inq[k] && (cls == CLS_WORD || cls == CLS_THAT) && !but) {
            /* "said it was “deeply sorry” and that demand had been “exceptionally high”",
             * "said it would take “all necessary measures” to protect the “rights” of ...":
             * a fragment after another in the sentence hangs on the same cue (not after
             * ", but": "said it was “absurd”, but the “green lane” opened" names a thing) */
            while (k > lo && st->inq[k]) k--;
            if (st->inq[k]) break;
            k++;
            continue;
        }
        if (st->inq[k] || is_stop(w, k) || (noun_at_words && tok_ch(w, k, ','))) break;
        but |= tok_is(w, k, "but") && k > lo && tok_ch(w, k - 1, ',');
        unsigned cf = st->cue[k];
        if (cf & NEWS_CUE_ACCORDING) {
            if (subject_after(w, st, k + 2, from, a, 0)) {
                set_cue(w, a, k, k + 2);
                return 1;
            }
            return 0;
        }
        if (!(cf & want)) continue;
        if (!(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && k > p0 + 1 &&
            !tok_is(w, k + 1, "by") && !tok_is(w, k + 1, "for") &&
            (tok_in(w, k - 1, noun_markers) ||
             ((is_lower_word(w, k - 1) || st->tok_ment[k - 1] >= 0) &&
              (tok_is(w, k - 2, "a") || tok_is(w, k - 2, "an")) &&
              w->text[w->tok.v[k].byte_start + w->tok.v[k].byte_len - 1] != 's'))) {
            /* "on a conference call that ...", "his claims", "in a Facebook post": a noun,
             * no cue (not "a spokesman says"); "a claim by Hain", "a call for" name their
             * own speaker, or
             * none. Right before the words ("said the text “fails ...”", "said in a
             * comment: “…”") the cue is earlier in the same clause, not past a comma ("When
             * one pupil asked him ..., began his response with the quip: “…”") */
            noun_at_words |= k + 1 == from;
            continue;
        }
        if ((cf & NEWS_CUE_PAST) && k > p0 && k + 1 < from && tok_in(w, k - 1, noun_markers) &&
            is_lower_word(w, k + 1) && !tok_is(w, k + 1, "that") && !tok_is(w, k + 1, "by"))
            continue; /* "told Parliament in a written answer that": an adjective */
        if (!(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && k > p0 && k + 1 < from &&
            (st->cue[k - 1] & NEWS_CUE_PAST) && tok_in(w, k - 1, say_words) &&
            is_lower_word(w, k + 1) && !tok_is(w, k + 1, "that"))
            continue; /* "said demand there had “stopped falling”": the report's subject, a
                       * noun; the cue before it says whose */
        if (k > p0 && k + 1 < from && tok_in(w, k, noun_plurals) && is_lower_word(w, k - 1) &&
            !pronoun_kind(w, k - 1) && aux_at(w, k + 1))
            continue; /* "said rising airport charges were “a tax ...”": a noun, the subject
                       * of the verb after it (not "the proposal states that ...") */
        if ((cf & NEWS_CUE_ING) && k > p0 && tok_in(w, k - 1, noun_markers))
            continue; /* "said the warning was “a clear negative”": a noun */
        if (!(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && k > p0 && k + 1 < from &&
            tok_is(w, k - 1, "that") && !ends_in_s(w, k))
            continue; /* "told CNBC that demand for its chips was “insane”": the subject of
                       * the report, a noun; the cue before "that" says whose */
        if ((w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && !(w->tok.v[k].flags & NEWS_TF_SENT_START) &&
            !headline_cue(w, k))
            continue; /* a name that looks like a cue: Edward Said */
        /* "MTV has been criticised for “incessant sleaze”", "rule had been characterised by
         * “…”": the words are the critics', not the subject's; an earlier cue may say whose */
        /* (so are a passive "asked" and "told", cues of whole statements too: "was being
         * asked to “undo decades of progress”" quotes the asker, whom an earlier cue may
         * name; not "asked of the war: “…”") */
        int asked = tok_is(w, k, "asked") || tok_is(w, k, "told");
        if ((!(cf & NEWS_CUE_DIRECT) || asked) && (cf & NEWS_CUE_PAST) && k > p0 &&
            ((!asked && tok_is(w, k + 1, "of")) || /* a headline's "Labour accused of 'EU
                                                     * propaganda'" */
             tok_is(w, k - 1, "been") || tok_is(w, k - 1, "was") || tok_is(w, k - 1, "were") ||
             tok_is(w, k - 1, "is") || tok_is(w, k - 1, "are") || tok_is(w, k - 1, "being"))) {
            /* ... unless "by" names them: "has been praised by police for “…”" */
            for (size_t t = k + 1; t + 1 < from && t - k < NEAR_TOKENS; t++)
                if (tok_is(w, t, "by") && !st->inq[t] && !ing_form(w, t + 1) &&
                    subject_after(w, st, t + 1, from, a, 0)) {
                    set_cue(w, a, k, k + 1);
                    return 1;
                }
            continue;
        }
        /* "The report affirms: “…”": a cue word after a determiner is a noun, the subject of
         * the verb that follows; the verb decides */
        if (cls == CLS_COLON && k > p0 && k + 1 < from && is_lower_word(w, k + 1) &&
            (tok_in(w, k - 1, determiners) || (w->tok.v[k - 1].flags & NEWS_TF_CLITIC)))
            continue;
        if ((cls == CLS_WORD || cls == CLS_THAT) && !(cf & (NEWS_CUE_DIRECT | NEWS_CUE_PARTIAL)))
            continue; /* "said the result showed the “depth of anger”": a finding, not a voice */
        if (k > p0 && tok_in(w, k - 1, modals) && !(cf & NEWS_CUE_PAST) && !ends_in_s(w, k))
            continue; /* "warned that the police would respond “firmly”": no one has yet */
        size_t slo = subject_lo(w, st, k, p0);
        if ((cf & NEWS_CUE_ING) && k > p0 &&
            (tok_ch(w, k - 1, ',') || tok_is(w, k - 1, "by") || tok_is(w, k - 1, "after") ||
             tok_is(w, k - 1, "before") || tok_is(w, k - 1, "while") || tok_is(w, k - 1, "when"))) {
            /* "Spicer said, adding, “…”": the subject of the sentence */
            for (size_t c = k - 1; c-- > p0 && k - c < 3 * NEAR_TOKENS;) { /* "X said, adding" */
                if (st->inq[c] || is_stop(w, c)) break;
                if (!(st->cue[c] & NEWS_CUE_DIRECT)) continue;
                size_t clo = c > p0 + 16 ? c - 16 : p0;
                if (subject_before(w, st, c, clo, a)) {
                    set_cue(w, a, k, k + 1);
                    return 1;
                }
                break;
            }
            if (sentence_subject(w, st, k, p0, a)) {
                set_cue(w, a, k, k + 1);
                return 1;
            }
            return 0;
        }
        if ((cf & NEWS_CUE_ING) && k > p0) {
            /* "sent an email to supporters stating, “…”", "a letter to donors saying": the
             * words are the letter's, whose writer is the sentence's subject; the noun before
             * the participle is the letter or its readers */
            if (letter_before(w, st, k, p0)) {
                int32_t s0 = (int32_t)w->tok.v[0].sentence;
                size_t sb = (size_t)st->sfirst[w->tok.v[k].sentence - s0];
                Attr b;
                memset(&b, 0, sizeof b);
                b.ment = -1;
                b.t0 = -1;
                if (sentence_subject(w, st, k, p0, &b) && b.t0 >= (int64_t)sb &&
                    b.t0 <= (int64_t)sb + 3) { /* the subject, near the sentence's start */
                    *a = b;
                    set_cue(w, a, k, k + 1);
                    a->score *= 0.8f;
                    return 1;
                }
                if (sb >= p0 && sb + 2 < k && tok_in(w, sb, determiners) &&
                    tok_in(w, sb + 1, org_nouns) && st->tok_ment[sb + 1] < 0) {
                    /* "Her campaign sent an email to supporters stating, “…”": a group
                     * opening the sentence, as no name does */
                    set_desc_speaker(w, st, a, sb, sb + 2, -1, 0.6f, 0.5f);
                    set_cue(w, a, k, k + 1);
                    return 1;
                }
                return 0;
            }
        }
        if (subject_before(w, st, k, slo, a) || quantity_subject(w, st, k, slo, a) > 0) {
            /* "14 percent said “not at all likely.”": a share of people speaks */
            set_cue(w, a, k, k + 1);
            return 1;
        }
        Attr inv = *a;
        if ((cf & NEWS_CUE_INVERT) && subject_after(w, st, k + 1, from, &inv, 0) &&
            !(cls == CLS_WORD && (cf & NEWS_CUE_PAST) && report_subject(w, &inv, from))) {
            *a = inv;
            set_cue(w, a, k, k + 1);
            return 1;
        }
        if ((cls == CLS_WORD || cls == CLS_THAT) && k > p0 && (cf & NEWS_CUE_PAST)) {
            /* "Mr Howard last week said his team had reached a “collective view”": the
             * subject the test above could not read, the sentence's, when a person or an
             * organisation (not "UK" of "B&B - which has a share of the UK market - said") */
            Attr b;
            memset(&b, 0, sizeof b);
            b.ment = -1;
            b.t0 = -1;
            if (sentence_subject(w, st, k, p0, &b) && b.ment >= 0 &&
                (w->ment.v[b.ment].type == NEWS_PER || w->ment.v[b.ment].type == NEWS_ORG)) {
                *a = b;
                set_cue(w, a, k, k + 1);
                a->score *= 0.8f;
                return 1;
            }
        }
        /* "Asked which county was his favorite, he demurred: “…”": a cue opening an
         * introductory clause leaves the main clause to the rules below */
        int intro = 0;
        if (cls == CLS_COLON && (k == p0 || (w->tok.v[k].flags & NEWS_TF_SENT_START)))
            for (size_t c = k + 1; c < from && !intro; c++) intro = tok_ch(w, c, ',');
        if (intro) break;
        return 0; /* the nearest cue decides */
    }
    if (cls == CLS_COLON && o >= p0 + 2) {
        /* "Republican pollster Daron Shaw: “…”", "Rep. Trey Gowdy (R-S.C.): “…”": a name
         * and a colon, no cue */
        size_t e = o - 2;
        if (tok_ch(w, e, ')')) {
            size_t b = e;
            while (b > p0 && e - b < 8 && !tok_ch(w, b, '(')) b--;
            e = tok_ch(w, b, '(') && b > p0 ? b - 1 : e;
        }
        int32_t mk = st->tok_ment[e];
        if (mk >= 0 && news_ment_toks(w, mk).tok_end == e + 1 && w->ment.v[mk].type != NEWS_MISC) {
            set_mention_speaker(w, st, a, mk, 0.7f);
            return 1;
        }
    }
    if (cls == CLS_COLON && o >= p0 + 3 && is_lower_word(w, o - 2)) {
        /* "he demurred: “…”": a verb the lexicon lacks, in the one place only a cue goes */
        const NewsToken *t = &w->tok.v[o - 2];
        const uint8_t *z = w->text + t->byte_start;
        if (t->byte_len > 4 && z[t->byte_len - 2] == 'e' && z[t->byte_len - 1] == 'd') {
            size_t slo = o - 2 > p0 + 16 ? o - 2 - 16 : p0;
            if (subject_before(w, st, o - 2, slo, a)) {
                set_cue(w, a, o - 2, o - 1);
                a->score *= 0.8f;
                return 1;
            }
        }
    }
    if (cls == CLS_COLON && o >= p0 + 4 && tok_ch(w, o - 1, ':')) {
        /* "Lise Beaulieu, read a short statement to reporters: “…”": a statement read out,
         * issued or released just before the colon; its reader's words follow */
        static const char *const readers[] = {"read", "issued", "released", "delivered", 0};
        for (size_t t = o - 1; t-- > p0 + 1 && o - 1 - t <= 4;) {
            if (st->inq[t]) break;
            if (!tok_is(w, t, "statement")) continue;
            size_t v = t - 1;
            while (v > p0 && t - v < 3 && !tok_in(w, v, readers)) v--;
            size_t slo = v > p0 + 16 ? v - 16 : p0;
            if (tok_in(w, v, readers) && subject_before(w, st, v, slo, a)) {
                set_cue(w, a, v, v + 1);
                a->score *= 0.8f;
                return 1;
            }
            break;
        }
    }
    int said_noun = 0; /* "Trump issued a statement, “…”": a noun of saying, then a comma */
    if (cls == CLS_COMMA && o >= p0 + 3 && tok_ch(w, o - 1, ',')) {
        static const char *const said_nouns[] = {"statement", "tweet", "post", "email",
                                                 "message", "letter", "release", "memo", 0};
        for (size_t t = o - 1; t-- > p0 && o - 1 - t <= 4;)
            if (tok_in(w, t, said_nouns)) said_noun = 1;
    }
    /* "Earlier this week, Clinton shared her worry with an audience, “I do not know ...”":
     * a whole statement after a comma ends a sentence about a named person (checked below:
     * a PER name, longer sentences allowed) */
    int comma_intro = cls == CLS_COMMA && !said_noun && o >= p0 + 3 && tok_ch(w, o - 1, ',') &&
                      o + 1 < w->tok.n && (w->tok.v[o + 1].flags & NEWS_TF_UPPER_INIT) &&
                      st->inq[o + 1];
    if (((cls == CLS_COLON && tok_ch(w, o - 1, ':')) || said_noun || comma_intro) &&
        o >= p0 + 3) {
        /* "Trump went even further: “…”", "Cruz called them on it: “…”": a short sentence
         * whose subject is a person (or a pronoun) right before its verb; the colon hands
         * that subject's words over */
        int32_t s0 = (int32_t)w->tok.v[0].sentence;
        size_t sb = (size_t)st->sfirst[w->tok.v[o - 1].sentence - s0];
        if (sb < p0) sb = p0;
        /* past an opening phrase: "In a Fox interview later that day, Trump went ..." */
        for (size_t t = o - 1; t > sb && o - 1 - t < (comma_intro ? 22u : 12u); t--)
            if (tok_ch(w, t - 1, ',') || is_dash(w, t - 1)) {
                sb = t;
                break;
            }
        if (o - 1 - sb <= (comma_intro ? 20u : 10u) && !st->inq[sb]) {
            int32_t m = st->tok_ment[sb];
            size_t e = m >= 0 ? news_ment_toks(w, m).tok_end : sb + 1;
            int subj = m >= 0 ? w->ment.v[m].type != NEWS_MISC
                              : (pronoun_kind(w, sb) == NEWS_SPK_HE ||
                                 pronoun_kind(w, sb) == NEWS_SPK_SHE);
            if (comma_intro) subj = m >= 0 && w->ment.v[m].type == NEWS_PER;
            int clean = 1;
            for (size_t t = sb; t < o - 1; t++)
                if (st->inq[t] || w->tok.v[t].quote || tok_ch(w, t, ',')) clean = 0;
            if (subj && clean && e < o - 1 && is_lower_word(w, e) &&
                w->text[w->tok.v[e].byte_start] < 0x80 && /* an English verb, not "сказал" */
                !tok_in(w, e, phrase_ends) &&
                !tok_in(w, e, small_words) && !tok_in(w, e, determiners)) {
                if (m >= 0) set_mention_speaker(w, st, a, m, 0.5f);
                else set_speaker(w, st, a, sb, sb + 1, pronoun_kind(w, sb), -1, 0.5f);
                set_cue(w, a, e, e + 1);
                return 1;
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------ kinds */

/* A small word of a title: on small_words, or the "n" of "Rock ’n’ Roll" with its
 * apostrophes. */
static int is_small_word(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    if (t->byte_len > 1 && t->byte_len <= 7) {
        size_t letters = 0, n = 0;
        for (size_t c = 0; c < t->byte_len; c++) {
            letters += (z[c] | 0x20) >= 'a' && (z[c] | 0x20) <= 'z';
            n += (z[c] | 0x20) == 'n';
        }
        if (letters == 1 && n == 1) return 1;
    }
    return tok_in(w, i, small_words);
}

/* First token of the opening mark at token o: '' is two tokens. */
static size_t open_start(const NewsWork *w, size_t o, size_t p0) {
    const NewsToken *tv = w->tok.v;
    if (o > p0 && tv[o].quote == NEWS_QM_SQ && tv[o - 1].quote == NEWS_QM_SQ &&
        tv[o - 1].byte_start + 1 == tv[o].byte_start)
        return o - 1;
    return o;
}

/* Where the opening mark sits: START of a sentence, after a COLON, a COMMA (or dash),
 * after THAT, or after a WORD inside the writer's sentence. */
static int mark_class(NewsWork *w, NewsQuoteState *st, const Seg *s, size_t p0) {
    if (s->o < 0 || (size_t)s->o == p0) return CLS_START;
    size_t o = (size_t)s->o, prev = o - 1;
    if (w->tok.v[o].flags & NEWS_TF_SENT_START) return CLS_START;
    if (is_stop(w, prev)) return CLS_START;
    if (w->tok.v[prev].quote && st->inq[prev]) {
        /* right after another quotation: a new statement if that one ended a sentence
         * (“A.” “B.”), a list of quoted words if it ended in a comma ("attack," "Libya") */
        if (prev > p0 && tok_ch(w, prev - 1, ',')) return CLS_COMMA;
        return CLS_START;
    }
    if (tok_ch(w, prev, ':')) return CLS_COLON;
    if (tok_ch(w, prev, ',') || is_dash(w, prev)) return CLS_COMMA;
    if (tok_is(w, prev, "that")) return CLS_THAT;
    /* after an all-capital headline the quotation starts what follows it */
    if ((w->tok.v[prev].flags & NEWS_TF_ALL_UPPER) && w->tok.v[prev].char_len > 1 && prev > p0 &&
        (w->tok.v[prev - 1].flags & NEWS_TF_ALL_UPPER))
        return CLS_START;
    /* "by saying “Too many.”": the cue itself introduces a whole statement, and so does
     * a caption's noun ("posted a photo with the caption “Not done yet.”", s28) */
    if ((st->cue[prev] & NEWS_CUE_DIRECT) && !st->inq[prev]) return CLS_COLON;
    if (tok_is(w, prev, "caption")) return CLS_COLON;
    return CLS_WORD;
}

/* Nouns for works whose titles the text gives in marks, in apposition after a comma ("his
 * 2012 book, “An American Son.”", "her column, “The Long Goodbye,”"), and for plans and
 * campaigns named so ("its startup strategy, “Choose Europe to Start and Scale,”"). */
static const char *const works[] = {
    "album",    "anthem",     "article", "ballad",  "biography", "book",      "campaign",
    "column",   "documentary", "essay",  "exhibition", "film",   "initiative", "memoir",
    "movie",    "musical",    "novel",   "op-ed",   "plan",      "play",      "podcast",
    "poem",     "programme",  "report",  "series",  "show",      "single",    "slogan",
    "song",     "strategy",   "track",   0};

/* Is the text of span sp one of the lower-case words in list (case-insensitively)? */
static int span_in(const NewsWork *w, const NewsSpan *sp, const char *const *list) {
    for (const char *const *lw = list; *lw && sp->byte_len; lw++)
        if (strlen(*lw) == sp->byte_len) {
            size_t i = 0;
            while (i < sp->byte_len && (w->text[sp->byte_start + i] | 0x20) == (*lw)[i]) i++;
            if (i == sp->byte_len) return 1;
        }
    return 0;
}

/* cues that take "X as Y", Y the words quoted: "described the damage as “catastrophic”" */
static const char *const as_cues[] = {"described", "describes", "describing", "characterized",
                                      "characterised", "labelled", "labeled", "branded",
                                      "hailed", "hails", "dismissed", "dismisses", 0};

/* Is the stretch of the sentence before the comma at token o - 1 the writer's own clause
 * (two words or more back to the sentence's start, with no quotation and no cue verb in
 * it: "Like most campaigns,", "although paid leave costs money,")? A quotation in lower
 * case that carries on from such a clause finishes the writer's sentence in someone's
 * words: a fragment, not a whole statement. */
static int writer_clause_before(const NewsWork *w, const NewsQuoteState *st, size_t o,
                                size_t p0) {
    if (o < p0 + 3 || !tok_ch(w, o - 1, ',')) return 0;
    size_t nw = 0;
    for (size_t t = o - 1; t-- > p0;) {
        if (st->inq[t] || st->cue[t] || tok_is(w, t, "according"))
            return 0;
        if (is_word(w, t)) nw++;
        if (w->tok.v[t].flags & NEWS_TF_SENT_START) break;
        if (is_stop(w, t) || tok_ch(w, t, ':')) return 0;
    }
    return nw >= 2;
}

/* words that open the reported clause right after a cue ("said that whatever choice voters
 * make,", "said because Obama is popular,") */
static const char *const report_openers[] = {"that", "because", "although", "though", "while",
                                             "if", "whereas", "unless", "whatever", 0};

/* Does the cue of attribution a, before the comma at token o - 1, report a clause of the
 * writer's own first ("Swers said because Obama is popular with Democratic voters, “he's a
 * very good campaign surrogate”", "Sperry writes G4S works with other agencies, as well,
 * “including ...”")? Then a quotation in lower case after the comma finishes that clause:
 * a fragment. Not "Clinton said at a town hall on Monday, “we would ...”": words of time
 * and place after the cue leave the quotation the statement the cue introduces. */
static int report_before_comma(NewsWork *w, NewsQuoteState *st, const Attr *a, size_t o,
                               size_t p0) {
    if (!a->cue.byte_len || o < p0 + 3 || !tok_ch(w, o - 1, ',')) return 0;
    size_t k = o - 1;
    while (k > p0 && w->tok.v[k].byte_start > a->cue.byte_start) k--;
    if (w->tok.v[k].byte_start != a->cue.byte_start) return 0;
    size_t ce = k; /* last token of the cue ("according to") */
    while (ce + 1 < o && w->tok.v[ce + 1].byte_start < a->cue.byte_start + a->cue.byte_len) ce++;
    if (ce + 2 >= o - 1) return 0; /* nothing between the cue and the comma */
    for (size_t t = ce + 1; t < o - 1; t++)
        if (st->inq[t] || is_stop(w, t)) return 0;
    return tok_in(w, ce + 1, report_openers);
}

static void classify(NewsWork *w, NewsQuoteState *st, Seg *s, size_t p0, size_t p1) {
    int nw = 0, title = 1, upper = -1;
    size_t lim = (size_t)s->last - (size_t)s->first < 64 ? (size_t)s->last + 1
                                                         : (size_t)s->first + 64;
    for (size_t i = (size_t)s->first; i < lim; i++) {
        if (!is_word(w, i)) continue;
        nw++;
        if (upper < 0) upper = (w->tok.v[i].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) != 0;
        if (title && !(w->tok.v[i].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) &&
            !is_small_word(w, i))
            title = 0;
    }
    if (lim <= (size_t)s->last) nw = 64, title = 0;
    int ends_punct = (w->tok.v[s->last].flags & NEWS_TF_PUNCT) &&
                     (tok_ch(w, s->last, ',') || is_stop(w, s->last) || is_dash(w, s->last));
    int ends_stop = is_stop(w, s->last) && !tok_ch(w, s->last, ';'); /* titles rarely do */
    s->cls = (uint8_t)mark_class(w, st, s, p0);
    Attr *a = &s->at;
    a->ment = -1;
    a->t0 = -1;
    /* a title in apposition to a work: no quotation, whatever cue is near */
    int work_title = title && nw <= 8 && s->o > (int32_t)p0 + 1 &&
                     tok_ch(w, (size_t)s->o - 1, ',') && tok_in(w, (size_t)s->o - 2, works);
    /* ... nor a translation in brackets after a quoted title ("the headline „Wieder allein
     * gelassen“ ("Left alone again")", s28) */
    work_title |= s->o > (int32_t)p0 + 1 && tok_ch(w, (size_t)s->o - 1, '(') &&
                  w->tok.v[s->o - 2].quote && st->inq[s->o - 2];
    /* ... nor an analyst's grade: "who has a “buy” rating on the stock", a "buy" call (not
     * a “very productive” call) */
    static const char *const grades[] = {"rating", "ratings", "recommendation", 0};
    static const char *const grade_words[] = {"buy", "hold", "sell", "neutral", "overweight",
                                              "outperform", "underweight", "underperform", 0};
    work_title |= nw <= 2 && s->c >= 0 && (size_t)s->c + 1 < p1 &&
                  (tok_in(w, (size_t)s->c + 1, grades) ||
                   (tok_is(w, (size_t)s->c + 1, "call") && s->c > 0 &&
                    tok_in(w, (size_t)s->c - 1, grade_words)));
    /* "The committee, which organised the march, posted on X: “…” A Naledi resident said":
     * a cue right before the colon whose speaker is named is the quotation's, whatever a
     * cue after it says */
    int colon_cue = 0;
    if (s->cls == CLS_COLON && s->o > (int32_t)p0 + 1 && tok_ch(w, (size_t)s->o - 1, ':'))
        for (size_t k = (size_t)s->o - 1; k-- > p0 && (size_t)s->o - k <= 5 && !colon_cue;)
            colon_cue = (st->cue[k] & NEWS_CUE_DIRECT) && (st->cue[k] & NEWS_CUE_PAST) &&
                        !st->inq[k];
    Attr before = *a; /* the attribution before the colon, found once for both uses */
    if (colon_cue)
        colon_cue = attr_before(w, st, (size_t)s->o, p0, s->cls, &before) && before.ment >= 0;
    int post = !work_title && !colon_cue && s->c >= 0 && attr_after(w, st, (size_t)s->c, p1, a);
    int kind;
    if (work_title) {
        kind = KIND_NONE;
        s->title = 1;
        memset(a, 0, sizeof *a), a->ment = -1, a->t0 = -1;
    } else if (post) {
        /* (words of the writer's that go on after the closing mark make the quotation a
         * fragment of the report: "“slowing supply growth” is a certainty, said ...", "“…”
         * to boost the labour market, Mr Weise added"; not its subject without a comma:
         * "“…” one trader said", "“…” the editor responded") */
        size_t after = (size_t)s->c + 1;
        kind = (s->cls == CLS_WORD || s->cls == CLS_THAT ||
                (!ends_punct && after < p1 && is_lower_word(w, after) && !pronoun_kind(w, after) &&
                 !tok_in(w, after, determiners) &&
                 !(st->cue[after] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))))
                   ? NEWS_PARTIAL
                   : NEWS_DIRECT;
        /* "Like most campaigns, “the process we go through is ...,” Strother said": lower
         * case after the writer's own clause and a comma, the quotation finishes the
         * writer's sentence (the cue after it is the fragment's, not a statement's) */
        if (kind == NEWS_DIRECT && s->cls == CLS_COMMA && upper == 0 &&
            writer_clause_before(w, st, (size_t)s->o, p0))
            kind = NEWS_PARTIAL;
    } else {
        int pre = colon_cue ? (*a = before, 1)
                            : s->o >= 0 && attr_before(w, st, (size_t)s->o, p0, s->cls, a);
        size_t after = s->c >= 0 ? (size_t)s->c + 1 : p1;
        int continues = after < p1 && is_lower_word(w, after);
        switch (s->cls) {
        case CLS_START:
            if (!ends_punct && title && nw <= 6) kind = KIND_NONE, s->title = 1; /* a name */
            else if (!ends_punct && nw <= 2 && continues) kind = KIND_NONE;
            else if (!ends_punct && continues && !pronoun_kind(w, after)) kind = NEWS_PARTIAL;
            else kind = NEWS_DIRECT; /* (“…” about fixing it: the writer's sentence goes on) */
            break;
        case CLS_COLON:
            /* (right after a cue with no colon, words in lower case with no stop of their
             * own are a fragment: "demanded “full accountability”.") */
            kind = !ends_punct && ((continues && !pronoun_kind(w, after)) ||
                                   (upper == 0 && !tok_ch(w, (size_t)s->o - 1, ':')))
                       ? NEWS_PARTIAL
                       : NEWS_DIRECT;
            break;
        case CLS_COMMA:
            if (title && nw <= 8 && !(pre && ends_punct) && !ends_stop) {
                kind = KIND_NONE;
                s->title = 1;
                break;
            }
            if ((pre || (upper == 1 && nw >= 4)) && !(!ends_punct && continues) &&
                !(pre && upper == 0 && report_before_comma(w, st, a, (size_t)s->o, p0)) &&
                !(upper == 0 && is_dash(w, (size_t)s->o - 1) && pre && s->o >= (int32_t)p0 + 4 &&
                  a->cue.byte_len && a->cue.byte_start < w->tok.v[s->o - 4].byte_start)) {
                /* (not "... would meet his golden rule - “with a margin to spare”": a
                 * fragment after a dash ends the writer's sentence) */
                kind = NEWS_DIRECT;
                break;
            }
            /* fall through */
        default: {
            /* "described the deal as “a betrayal”": after a cue, "as" introduces the words */
            /* "which he called “a cartel”", "what Gilbert called “a perception problem”",
             * "struck what it called “terrorist infrastructure”": a person or a body
             * calling something so is quoted; "a group called “X”" names it */
            size_t o1 = s->o > 0 ? (size_t)s->o - 1 : 0;
            int caller = s->o > (int32_t)p0 + 1 ? pronoun_kind(w, o1 - 1) : 0;
            int32_t cm = s->o > (int32_t)p0 + 1 ? st->tok_ment[o1 - 1] : -1;
            /* (a description too, after "what" or "which": "what unions called
             * “untenable” working conditions", "what the minister called “…”") */
            /* (a few words may stand between: "what one Senate aide called") */
            size_t wq = o1 > p0 + 1 ? o1 - 2 : p0;
            while (wq > p0 && o1 - wq < 5 && is_word(w, wq) && !tok_is(w, wq, "what") &&
                   !tok_is(w, wq, "which"))
                wq--;
            int desc_caller = s->o > (int32_t)p0 + 2 && is_lower_word(w, o1 - 1) &&
                              (plural_noun(w, o1 - 1) || is_role_word(w, o1 - 1)) &&
                              (tok_is(w, wq, "what") || tok_is(w, wq, "which"));
            int called_by = s->o > (int32_t)p0 + 1 && pre &&
                            (tok_is(w, o1, "called") || tok_is(w, o1, "dubbed")) &&
                            (caller == NEWS_SPK_HE || caller == NEWS_SPK_SHE ||
                             caller == NEWS_SPK_IT || caller == NEWS_SPK_THEY || desc_caller ||
                             (cm >= 0 && (w->ment.v[cm].type == NEWS_PER ||
                                          w->ment.v[cm].type == NEWS_ORG)));
            /* ... and so does "of" after "accused", "warned" ("accused the government of
             * 'running out of road'", "warned of a “long winter”") */
            /* (a cue that takes "X as Y" may stand further back: "described the damage in
             * the island's southwest as “catastrophic”") */
            size_t back = a->cue.byte_len && tok_is(w, (size_t)s->o - 1, "as") &&
                                  span_in(w, &a->cue, as_cues)
                              ? 16
                              : 8;
            /* (one more for a "that" after the cue: "adding that any ceasefire must include
             * the withdrawal of “every foreign soldier”") */
            if (a->cue.byte_len && back == 8 && s->o > (int32_t)p0 + 9 &&
                tok_is(w, (size_t)s->o - 8, "that") &&
                w->tok.v[s->o - 9].byte_start == a->cue.byte_start)
                back = 9;
            /* (a name between counts as one word: "accused the Department of Health and
             * Social Care of “sitting on its hands”", s29) */
            if (s->o > (int32_t)p0 + 2 && st->tok_ment[s->o - 2] >= 0) {
                NewsMentionToks mt = news_ment_toks(w, (size_t)st->tok_ment[s->o - 2]);
                back += mt.tok_end - mt.tok_first - 1;
            }
            static const char *const naming[] = {"call", "dubbed", "named", "nicknamed",
                                                 "titled", 0};
            size_t o2 = s->o > (int32_t)p0 + 1 ? (size_t)s->o - 2 : p0;
            /* (the thing named may stand between: "have dubbed Wednesday's decision a
             * “hawkish cut”", unless a name or a pronoun did the naming: "Ms Khan dubbed
             * herself a “hope-monger”"; a present "call" is a term's: "what its engineers
             * call a “post-mortem”") */
            while (o2 > p0 && (size_t)s->o - o2 < 6 &&
                   (is_word(w, o2) || (w->tok.v[o2].flags & NEWS_TF_CLITIC)) && !st->inq[o2] &&
                   !tok_in(w, o2, naming) && !st->cue[o2])
                o2--;
            int named_by = o2 > p0 && o2 + 2 < (size_t)s->o &&
                           (st->tok_ment[o2 - 1] >= 0 || pronoun_kind(w, o2 - 1));
            if (s->o > (int32_t)p0 + 1 && !called_by && !named_by && tok_in(w, o2, naming) &&
                (tok_is(w, (size_t)s->o - 1, "the") || tok_is(w, (size_t)s->o - 1, "a")))
                kind = KIND_NONE, s->title = 1; /* "dubbed the “king of fruits”": a name */
            else if (s->o > (int32_t)p0 && tok_in(w, (size_t)s->o - 1, scare_before) &&
                     !called_by &&
                     !(pre && a->cue.byte_len &&
                       (tok_is(w, (size_t)s->o - 1, "as") || tok_is(w, (size_t)s->o - 1, "of")) &&
                       a->cue.byte_start >=
                           w->tok.v[(size_t)s->o > p0 + back ? (size_t)s->o - back : p0]
                               .byte_start)) /* not "they say ... known as" */
                /* a name given ("The Portuguese, nicknamed “the Professor” by fans, said",
                 * "known as “the Quiet Storm”") is the writer's words, as "so-called" is:
                 * the subject and its cue are found through it */
                kind = KIND_NONE,
                s->title = tok_is(w, (size_t)s->o - 1, "so-called") ||
                           tok_in(w, (size_t)s->o - 1, naming) ||
                           (tok_is(w, (size_t)s->o - 1, "as") && s->o > (int32_t)p0 + 1 &&
                            tok_is(w, (size_t)s->o - 2, "known"));
            else if (title && nw <= 8) kind = KIND_NONE, s->title = 1;
            else if (nw <= 2 && !pre) kind = KIND_NONE;
            else kind = NEWS_PARTIAL;
        }
        }
        if (kind == KIND_NONE) memset(a, 0, sizeof *a), a->ment = -1, a->t0 = -1;
    }
    /* Brian 'Head' Welch: a nickname in capitals between a first name and the surname;
     * detainee 'A': a letter standing for a name */
    if (kind == NEWS_PARTIAL && nw <= 3 &&
        ((title && s->o > (int32_t)p0 && s->c >= 0 && (size_t)s->c + 1 < p1 &&
          is_word(w, (size_t)s->o - 1) && (w->tok.v[s->o - 1].flags & NEWS_TF_UPPER_INIT) &&
          st->tok_ment[s->c + 1] >= 0 && w->ment.v[st->tok_ment[s->c + 1]].type == NEWS_PER) ||
         (s->first == s->last && w->tok.v[s->first].char_len == 1))) {
        kind = KIND_NONE;
        s->title = 1;
        memset(a, 0, sizeof *a), a->ment = -1, a->t0 = -1;
    }
    /* the "Star Wars" system, the "Big Bang," a "Southern Africa" initiative: a short name in
     * Title Case inside the writer's sentence, with a cue near or not, names something; it
     * is no one's words (right after a cue or a colon it may be: says "Merry Christmas");
     * with a comma inside its marks it stays opaque to the searches, as the comma is the
     * writer's sentence's ("Yeutter, on the program "Today," said the ...") */
    if (kind == NEWS_PARTIAL && title && nw <= 4 && s->cls != CLS_COLON && !ends_stop) {
        kind = KIND_NONE;
        s->title = !ends_punct;
        memset(a, 0, sizeof *a), a->ment = -1, a->t0 = -1;
    }
    s->own = (uint8_t)(a->found != 0);
    /* single marks: a whole statement of two words or more, or a fragment someone is said
     * to say ("accused the government of 'running out of road'", British style; in American
     * copy too, in headlines); a fragment with no cue may be an apostrophe's pair */
    if (s->fam == FAM_SINGLE &&
        (kind == NEWS_DIRECT ? nw < 2 : kind != NEWS_PARTIAL || !a->found || !a->cue.byte_len))
        kind = KIND_NONE;
    s->kind = (uint8_t)kind;
}

/* ------------------------------------------------------------------------ indirect */

/* What counts (SPEC): reported speech or writing without marks, after a verb of saying
 * (said, told, argued, warned, announced, denied ...) or "according to". Thoughts and
 * beliefs (believes, thinks, hopes, expects, seems) are not quotations and get no row,
 * although PolNeAR annotates them as attributions. The patterns, each bounded by a few
 * tokens around the cue:
 *   SUBJ said (in a statement on Monday) (that) CLAUSE      forward
 *   SUBJ told reporters (that) CLAUSE / told CNN he ...       an object first
 *   CLAUSE, SUBJ said (on Monday).  CLAUSE, said SUBJ.        the report after its clause
 *   A, SUBJ said, B.                                          two rows, A and B
 *   According to SUBJ, CLAUSE.  CLAUSE, according to SUBJ.
 * The score is the speaker's confidence times the cue's strength: "said"/"told" with a
 * clause count more than a verb that also takes a plain object ("claimed the prize"). */

/* what a speaker declines after a report ("..., he said, but did not elaborate"): the
 * writer's words on the speaker, not more of the report */
static const char *const withheld_words[] = {"comment", "confirm", "disclose", "elaborate",
                                             "give", "identify", "name", "reveal", "say",
                                             "specify", 0};

/* verbs that go on a sentence a parenthetical report interrupted ("..., he said, is ...") */
static const char *const verbs_after[] = {
    "is", "was", "are", "were", "would", "will", "could", "should", "can", "may", "might",
    "has", "have", "had", "does", "did", "must", "remains", "remained", "seems", "seemed",
    "cannot", 0};
static const char *const *const kept_lists[4] = {prepositions, verbs_after, modals, determiners};

/* "Opponents of the draft directive welcomed the decision and said ...": a plural noun
 * opening the sentence, a phrase with "of", "in", "at", "from" or "on" after it, then its
 * verb; the end of the subject (the verb's token), or 0. */
static size_t plural_phrase_end(NewsWork *w, NewsQuoteState *st, size_t sb, size_t k) {
    const NewsToken *t = &w->tok.v[sb];
    if (!(st->tok_ment[sb] < 0 && is_word(w, sb) && (t->flags & NEWS_TF_UPPER_INIT) &&
          !(t->flags & NEWS_TF_ALL_UPPER) && t->byte_len > 4 &&
          w->text[t->byte_start + t->byte_len - 1] == 's' &&
          w->text[t->byte_start + t->byte_len - 2] != 's' && !is_role_word(w, sb) &&
          !pronoun_kind(w, sb) && !(st->cue[sb] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))))
        return 0;
    if (sb + 3 >= k || !(tok_is(w, sb + 1, "of") || tok_is(w, sb + 1, "in") ||
                         tok_is(w, sb + 1, "at") || tok_is(w, sb + 1, "from") ||
                         tok_is(w, sb + 1, "on")))
        return 0;
    for (size_t e = sb + 2; e < k && e - sb <= 7; e++) {
        if (st->inq[e] || !is_word(w, e) || (st->cue[e] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            return 0;
        if (e > sb + 2 && is_lower_word(w, e) && st->tok_ment[e] < 0 &&
            !tok_in(w, e, determiners) && (verb_like(w, e) || tok_in(w, e, verbs_after)))
            return e;
        if (tok_is(w, e, "who") || tok_is(w, e, "which") || tok_is(w, e, "that") ||
            tok_is(w, e, "and"))
            return 0;
    }
    return 0;
}

/* A capitalised plural noun opening a sentence at sb, not a name the entity step found, then
 * a verb: "Teachers walked out", "Residents have said". */
static int plural_opener(NewsWork *w, NewsQuoteState *st, size_t sb) {
    const NewsToken *t = &w->tok.v[sb];
    return st->tok_ment[sb] < 0 && is_word(w, sb) && (t->flags & NEWS_TF_UPPER_INIT) &&
           !(t->flags & NEWS_TF_ALL_UPPER) && t->byte_len > 4 &&
           w->text[t->byte_start + t->byte_len - 1] == 's' &&
           w->text[t->byte_start + t->byte_len - 2] != 's' && !is_role_word(w, sb) &&
           !pronoun_kind(w, sb) && is_lower_word(w, sb + 1) &&
           (verb_like(w, sb + 1) || tok_in(w, sb + 1, verbs_after));
}


/* cues that also mean something else with a plain object ("claimed the prize", "maintained
 * an energetic pace", "declared war", "stressed those worries"): without "that" their clause
 * must open with a pronoun or a name ("claimed he had won"). Other cues report what their
 * object says ("announced his resignation"), as PolNeAR annotates them. */
static const char *const clause_only[] = {
    "maintain", "maintains", "maintained", "maintaining", "claim", "claims", "claimed",
    "claiming", "declare", "declares", "declared", "declaring", "state", "states", "stated",
    "stating", "post", "posts", "posted", "posting", "charge", "charges", "charged", "charging",
    "rule", "rules", "ruled", "ruling",
    "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding",
    "point", "points", "pointed", "pointing", "continue", "continues", "continued",
    /* "EU agrees 2040 climate target", "agreed a deal": an object (not "agreed the plan
     * was sound") */
    "agree", "agrees", "agreed", 0};

/* verbs whose object is told to speak: "ordered the council to explain why ...", "called
 * on him to say": what is to be said has not been (not "asked": "The Tory leader was asked
 * to respond to people who said ...": a story's speaker may be named that way) */
static const char *const command_words[] = {
    "order", "ordered", "orders", "ordering", "told", "urged", "called", "demanded",
    "required", "invited", "directed", "instructed", "pressed", "challenged", 0};

/* Whether the "to" at token t follows a command to the one who would speak, within a few
 * words of the sentence (from sb). */
static int commanded(const NewsWork *w, const NewsQuoteState *st, size_t t, size_t sb) {
    for (size_t c = t; c-- > sb && t - c <= 6;) {
        if (st->inq[c] || (w->tok.v[c].flags & NEWS_TF_PUNCT)) return 0;
        if (tok_in(w, c, command_words)) return 1;
    }
    return 0;
}

/* verbs that deny the report their "to" introduces: "declined to comment" */
static const char *const refusals[] = {
    "declined", "declines", "declining", "refused", "refuses", "refusing", "failed", "fails",
    "unwilling", "unable", "reluctant", "hesitant", "hesitated", 0};

/* a report still to come: "wanted to admit", "is expected to announce", "plans to say" */
static const char *const intents[] = {
    "want", "wants", "wanted", "plan", "plans", "planned", "expected", "hope", "hopes", "hoped",
    "likely", "able", "going", "trying", "tried", "seeks", "sought", "intends", "intended",
    "ready", "set", 0};


/* cue forms that are nouns as often as verbs: "Islamophobic remarks", "a Trump tweet" */
static const char *const noun_cues[] = {
    "remark", "remarks", "comment", "comments", "rule", "rules", "ruling", "state", "states",
    "report", "reports", "claim", "claims", "note", "notes", "post", "posts", "tweet",
    "tweets", "email", "emails", "promise", "promises", "estimate", "estimates", "answer",
    "answers", "reply", "replies", "charge", "charges", "point", "points", "finding",
    "findings", "show", "shows", "warning", "warnings", "statement", "reason", "reasons", 0};

/* cue_gap (word lists above) sorted for bisection: the indirect scans test every token after
 * a cue against it, and a linear walk of 80 words there cost a tenth of the quote step.
 * Keep it sorted (bytes, lower case) and in step with cue_gap. */
static const char *const gap_sorted[] = {
    "a", "after", "afternoon", "afterward", "afterwards", "again", "also", "an", "appearance",
    "at", "before", "blog", "briefing", "call", "conference", "during", "earlier", "early",
    "email", "evening", "event", "friday", "hearing", "her", "him", "his", "in", "interview",
    "it", "its", "journalists", "last", "late", "later", "letter", "me", "meeting", "monday",
    "month", "morning", "news", "night", "of", "on", "once", "out", "outside", "phone", "podcast",
    "post", "press", "previously", "privately", "program", "publicly", "rally", "recently",
    "repeatedly", "reporters", "saturday", "separate", "show", "speech", "statement", "sunday",
    "televised", "the", "their", "them", "then", "this", "thursday", "to", "today", "tonight",
    "tuesday", "tweet", "us", "video", "wednesday", "week", "with", "written", "year",
    "yesterday",
};

/* cue_gap and most of gap_ends together, sorted, and the ones told in a memo ("staff",
 * "memo"): the words a report's tail may hold ("said on Tuesday in a statement.", "told
 * staff in a memo on Monday.") */
static const char *const tail_sorted[] = {
    "a", "after", "afternoon", "afterward", "afterwards", "again", "also", "an", "appearance",
    "at", "before", "blog", "briefing", "call", "conference", "during", "earlier", "early",
    "email", "evening", "event", "friday", "hearing", "her", "him", "his", "in", "interview",
    "interviews", "it", "its", "journalists", "last", "late", "later", "letter", "me",
    "meeting", "memo", "monday", "month", "morning", "news", "night", "of", "on", "once", "out",
    "outside", "phone", "podcast", "post", "press", "previously", "privately", "program",
    "publicly", "rally", "recently", "repeatedly", "reporters", "saturday", "separate", "show",
    "speech",
    "staff", "statement", "sunday", "televised", "the", "their", "them", "then", "this",
    "thursday", "to", "today", "tonight", "tuesday", "tweet", "us", "video", "wednesday",
    "week", "weekend", "with", "written", "year", "yesterday",
};

/* Is token i one of the n sorted lower-case words of list (ASCII case ignored)? */
static int in_sorted(const NewsWork *w, size_t i, const char *const *list, size_t n) {
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_WORD) || t->byte_len > 16) return 0;
    return list_find(w, t, list, n, sizeof *list) >= 0;
}
_Static_assert(sizeof cue_gap / sizeof *cue_gap == sizeof gap_sorted / sizeof *gap_sorted + 2,
               "gap_sorted holds cue_gap's words sorted (cue_gap: \"her\" twice, a final 0)");
#define IN_GAP(w, i) in_sorted((w), (i), gap_sorted, sizeof gap_sorted / sizeof *gap_sorted)
#define IN_TAIL(w, i) in_sorted((w), (i), tail_sorted, sizeof tail_sorted / sizeof *tail_sorted)


/* a reported question: "asked whether ...", "asked Clinton why ..." */
static const char *const ask_words[] = {"ask", "asks", "asked", "asking", 0};
static const char *const wh_words[] = {"whether", "if", "why", "what", "how", "who", "which",
                                       "where", "when", 0};
/* before "asked" they make it passive: the one asked is the subject, not the asker */
static const char *const passive_marks[] = {"was", "were", "been", "being", "be", "is", "are",
                                            "am", "when", "if", "after", "once", "get", "got",
                                            0};


/* the last word of a phrase between a cue and a clause with no "that": "said on Friday he
 * met ...", "said in a statement the company would ..." */
static const char *const gap_ends[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "week", "weekend", "month", "year", "morning",
    "afternoon", "evening", "night", "statement", "interview", "interviews", "letter", "post",
    "tweet", "email", "briefing", "conference", "speech", "appearance", "rally", "event",
    "hearing", "meeting", "program", "show", "earlier", "later", "also", "again",
    "referendum", "survey", "poll", "debate", "documentary", "broadcast", "memoir", "book",
    "previously", "recently", "publicly", "privately", "repeatedly", "afterward",
    "afterwards", 0};

/* words a phrase of place or time after a cue opens with: "suggested on social media that",
 * "said at a rally in Ohio that" */
static const char *const gap_preps[] = {"on", "in", "at", "during", "with", "via", "through",
                                        "after", "before", "to", "from", "last", "this",
                                        "outside", 0};

/* participles of putting out a statement: "in a statement issued by the ministry" */
static const char *const issued_words[] = {"released", "issued", "posted", "published", "sent",
                                           "distributed", "read", 0};

/* A date in a phrase of time between a cue and its clause or at the end of a report: "said in
 * March that", "told reporters on Jan. 5", "wrote in 2015". Month names (and their short
 * forms) are capitalised, so the gap lists above, all lower case, never see them; a number
 * counts after a month or a preposition only ("said 50 people died" is a clause). Each name is
 * listed with its abbreviation period too ("Jan."), which the tokenizer keeps on the word. */
static const char *const month_words[] = {
    "apr", "apr.", "april", "april.", "aug", "aug.", "august", "august.", "dec", "dec.",
    "december", "december.", "feb", "feb.", "february", "february.", "jan", "jan.", "january",
    "january.", "jul", "jul.", "july", "july.", "jun", "jun.", "june", "june.", "mar", "mar.",
    "march", "march.", "may", "may.", "nov", "nov.", "november", "november.", "oct", "oct.",
    "october", "october.", "sep", "sep.", "sept", "sept.", "september", "september.",
};
static int is_month(const NewsWork *w, size_t i) {
    return (w->tok.v[i].flags & NEWS_TF_UPPER_INIT) &&
           in_sorted(w, i, month_words, sizeof month_words / sizeof *month_words);
}
static const char *const spans_of_time[] = {"days", "weeks", "months", "years", "decades", 0};
static int is_date_word(const NewsWork *w, size_t i, size_t lo) {
    if (is_month(w, i)) return !tok_is(w, i, "may") || (i > lo && tok_in(w, i - 1, gap_preps));
    if (i > lo && tok_is(w, i - 1, "for") && tok_in(w, i, spans_of_time))
        return 1; /* "have complained for months that ..." (s28) */
    if (!(w->tok.v[i].flags & NEWS_TF_DIGIT) || i <= lo) return 0;
    return is_month(w, i - 1) || tok_in(w, i - 1, gap_preps) || tok_ch(w, i - 1, '.');
}

static const char *const object_pronouns[] = {"him", "her", "them", "us", "me", 0};

static const char *const relatives[] = {"who", "whom", "whose", "which", "where", "when", 0};

/* prepositions after which "that" is a pronoun, not a conjunction */
static const char *const object_preps[] = {"at", "about", "of", "to", "for", "with", "by", 0};

/* subjects the speaker search leaves out: "74 percent said", "some said", "none has said" */
static const char *const quantity_words[] = {
    "percent", "%", "some", "others", "many", "most", "none", "few", "several", "all", "both",
    "majority", "half", "third", "quarter", "everyone", "everybody", "nobody", "someone",
    "somebody", 0};

/* promises report what will be done: "vowed to build a wall", "pledged to ban ..." */
static const char *const promise_words[] = {
    "promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "pledge",
    "pledges", "pledged", "pledging", 0};

/* the words of a phrase of time between a promise and its "to": "vowed on Sunday to" */
static const char *const promise_gap[] = {
    "again", "also", "earlier", "last", "later", "monday", "month", "morning", "next", "night",
    "on", "once", "previously", "publicly", "repeatedly", "friday", "saturday", "sunday",
    "this", "thursday", "today", "tonight", "tuesday", "wednesday", "week", "weekend", "year",
    "yesterday", "afternoon", "evening", 0};

/* cues taken only with "that" (or whether/if); what their object is urged to do ("urged
 * Congress to act") is directive_start's */
static const char *const that_only[] = {
    "urge", "urges", "urged", "urging", "question", "questions", "questioned", "questioning",
    0};

/* auxiliaries before an -ing cue that make it a verb: "is saying", "have been arguing" */
static const char *const ing_aux[] = {"is", "are", "was", "were", "been", "be", "am",
                                      "keeps", "kept", 0};

/* nouns of saying an -ing cue may follow: "a statement confirming that ..." */
static const char *const said_nouns[] = {"statement", "letter", "tweet", "post", "release",
                                         "memo", "email", "message", "report", "note", 0};

/* the ones told, who may stand between "told" and its clause ("told reporters he would") */
static const char *const audiences[] = {
    "reporters", "journalists", "pollsters", "supporters", "voters", "audience", "crowd",
    "lawmakers", "court", "jury", "jurors", "media", "mps", "committee", "panel", "paper",
    "newspaper", "investors", "analysts", "delegates", "shareholders", "police", "friends",
    "aides", "advisers", "colleagues", "listeners", "viewers", "parliament", "staff",
    "employees", "workers", "members", 0};

/* cues of what a study or a record shows, and words after them that open no clause */
static const char *const finding_words[] = {"find", "finds", "found", "show", "shows", "showed",
                                            0};
static const char *const particles[] = {"out", "up", "off", "how", "what", "myself", "himself",
                                        "herself", "itself", "themselves", 0};

/* bodies one tells in a meeting, which "the" leads before the clause: "told the council
 * she would resign", "told the board the plan had failed" (apart from audiences: "said
 * council tax would rise" has no one addressed) */
static const char *const addressed_bodies[] = {"council", "board", "cabinet", "assembly",
                                               "inquest", "senate", "congregation",
                                               "convention", "commission", 0};

/* cues that, like "tell", take the one addressed before the clause: "warned the board the
 * move would cut profits", "assured Lund the pier was safe" */
static const char *const tell_like[] = {
    "warn", "warns", "warned", "warning", "assure", "assures", "assured", "assuring", "remind",
    "reminds", "reminded", "reminding", "promise", "promises", "promised", "promising",
    "inform", "informs", "informed", "informing", "advise", "advises", "advised", "advising", 0};

/* words before an -ing cue whose subject is the sentence's: "by saying", "after telling" */
static const char *const ing_leads[] = {"by", "after", "while", "when", "before", "in",
                                        "without", 0};

static const char *const subj_pronouns[] = {"he", "she", "they", "it", "we", "i", "you",
                                            "there", 0};

/* A lower-case word in -ed: a past or a participle ("cut its forecast and raised ..."). */
static int ed_word(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    return is_lower_word(w, i) && t->byte_len > 3 &&
           memcmp(w->text + t->byte_start + t->byte_len - 2, "ed", 2) == 0;
}

static int is_ing_word(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    return is_lower_word(w, i) && t->byte_len > 5 && memcmp(z + t->byte_len - 3, "ing", 3) == 0;
}

/* A gerund opening a clause: "denied having any role", "proposed going ahead"; not
 * "nothing", "anything" */
static int gerund_at(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start + t->byte_len;
    return is_lower_word(w, i) && t->byte_len > 4 && memcmp(z - 3, "ing", 3) == 0 &&
           !(t->byte_len >= 5 && memcmp(z - 5, "thing", 5) == 0);
}

/* A cue word used as a noun or a modifier, not as the verb of a report: "Islamophobic
 * remarks", "Democratic rules", "Rust Belt states", "a Trump tweet", "the DNC email", "the
 * Supreme Court ruling". The word before is a mention that cannot be the subject. */
static int cue_is_noun(NewsWork *w, NewsQuoteState *st, size_t k, unsigned cf, size_t sb) {
    if (k <= sb) return 0;
    /* a bare or -s form right after a possessive is the noun it owns: "The agency's report
     * said", "Musk's tweets said" (the report's cue is the verb after; "'s" after a pronoun,
     * or before a past form, is "is" or "has": "he's said", "Trump's warned") */
    if (possessive_before(w, k) && !(cf & (NEWS_CUE_PAST | NEWS_CUE_ING))) return 1;
    /* a plural after a number, maybe with one noun between, counts things: "saved three
     * match points", "two reports" */
    if (ends_in_s(w, k) && tok_in(w, k, noun_cues) && !(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)))
        for (size_t b = k - 1; b >= sb && k - b <= 2; b--) {
            if (tok_in(w, b, number_words) || (w->tok.v[b].flags & NEWS_TF_DIGIT)) return 1;
            if (!is_lower_word(w, b) || b == 0) break;
        }
    if (tok_in(w, k, noun_cues) && !(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && !ends_in_s(w, k) &&
        k + 1 < w->tok.n && !st->inq[k + 1] && (aux_at(w, k + 1) || ed_word(w, k + 1))) {
        /* "after the jobs report was released", "The strong jobs report has cleared the
         * way", "A sales report published on Monday": a bare form with a verb right after
         * it heads the subject when an article opens the words before it (not "a figure
         * that analysts estimate will rise": a relative's report) */
        for (size_t b = k; b-- > sb && k - b <= 3;) {
            if (!is_word(w, b) || st->inq[b] || pronoun_kind(w, b) ||
                tok_in(w, b, relatives) || tok_is(w, b, "that"))
                break;
            if (tok_in(w, b, determiners) && !tok_in(w, b, quantity_words)) return 1;
        }
    }
    if (!(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && !ends_in_s(w, k) && k + 1 < w->tok.n &&
        !st->inq[k + 1] && aux_at(w, k + 1) &&
        (tok_is(w, k - 1, "and") || tok_is(w, k - 1, "but") || tok_is(w, k - 1, "or")))
        return 1; /* "said prices had risen and demand had fallen": a bare form right before
                   * an auxiliary is the next clause's subject */
    int32_t m = st->tok_ment[k - 1];
    if (m < 0 && !is_lower_word(w, k - 1) && is_word(w, k - 1) && !pronoun_kind(w, k - 1) &&
        !tok_is(w, k - 1, "i") && !tok_is(w, k - 1, "we") && tok_in(w, k, noun_cues) &&
        !(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) && !ends_in_s(w, k) && !ends_in_s(w, k - 1))
        return 1; /* "The October report exceeded ...": "Renteria reports" would be the verb */
    if (m < 0 && is_lower_word(w, k - 1) && !pronoun_kind(w, k - 1) && !tok_is(w, k - 1, "to") &&
        !tok_is(w, k - 1, "i") && !tok_is(w, k - 1, "we") && !tok_is(w, k - 1, "you")) {
        /* "ambiguous remarks", "private email", "the original tweet was deleted" */
        if (tok_in(w, k, noun_plurals)) return 1;
        /* "media reports say", "pirate radio shows": a compound noun ("state media said") */
        if (ends_in_s(w, k) && tok_in(w, k, noun_cues) && tok_in(w, k - 1, media_nouns)) return 1;
        /* "making promises that France could not afford", "denied reports that": a plural
         * after a verb's -ing or -ed form is its object (not "the ruling states", "recent
         * polling shows") */
        if (ends_in_s(w, k) && tok_in(w, k, noun_cues) && !tok_is(w, k, "shows") &&
            (gerund_at(w, k - 1) || ed_word(w, k - 1)) &&
            !(k - 1 > sb && tok_in(w, k - 2, determiners)))
            return 1;
        return tok_in(w, k, noun_cues) && !(cf & (NEWS_CUE_PAST | NEWS_CUE_ING)) &&
               !ends_in_s(w, k) && !ends_in_s(w, k - 1) && !is_filler(w, k - 1);
    }
    if (m < 0) return 0;
    const NewsMention *me = &w->ment.v[m];
    NewsMentionToks mt = news_ment_toks(w, (size_t)m);
    size_t b = mt.tok_first < k ? mt.tok_first : k - 1;
    /* "Clinton and Trump say": a plural subject */
    if (b > sb && b <= k - 1 && tok_is(w, b - 1, "and")) return 0;
    if (ends_in_s(w, k - 1)) return 0; /* "Republicans claim", "Democrats say" */
    if (cf & NEWS_CUE_ING) return me->type != NEWS_PER; /* "Supreme Court ruling" */
    if (!tok_in(w, k, noun_cues)) return 0;
    if (me->type == NEWS_MISC || me->type == NEWS_LOC) return 1; /* "Democratic rules" */
    /* a bare form after one named subject: "Trump tweet", "DNC email" */
    return !(cf & NEWS_CUE_PAST) && !ends_in_s(w, k);
}

/* A word that may open a reported clause with no "that" before it. */
static int clause_opener(NewsWork *w, NewsQuoteState *st, size_t j, int names_only) {
    if (st->inq[j] || w->tok.v[j].quote || !is_word(w, j)) return 0;
    if (st->cue[j] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) return 0;
    if (tok_in(w, j, subj_pronouns) || st->tok_ment[j] >= 0) return 1;
    if (names_only) return 0;
    return tok_in(w, j, determiners) && !tok_in(w, j, quantity_words);
}

static int can_start_clause(NewsWork *w, NewsQuoteState *st, size_t j) {
    if (st->inq[j] || !is_word(w, j)) return 0;
    if (tok_in(w, j, clause_blockers) &&
        !(tok_is(w, j, "too") && j + 1 < w->tok.n &&
          (tok_is(w, j + 1, "many") || tok_is(w, j + 1, "much") || tok_is(w, j + 1, "few"))))
        return 0; /* but "says too many women are ..." */
    if (tok_is(w, j, "when")) return 0; /* "said when asked about ...", "when Boyle asked" */
    const NewsToken *t = &w->tok.v[j];
    const uint8_t *z = w->text + t->byte_start;
    if (is_lower_word(w, j) && t->byte_len > 4 && z[t->byte_len - 2] == 'l' &&
        z[t->byte_len - 1] == 'y' && j + 1 < w->tok.n &&
        (tok_in(w, j + 1, clause_blockers) || (w->tok.v[j + 1].flags & NEWS_TF_PUNCT)))
        return 0; /* "said pleasantly into the phone": an adverb, then no clause */
    return !(st->cue[j] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT));
}

/* words after which the writer takes over again: "..., Mr Mendis told reporters, although he
 * would not say by how much"; after a verb of saying they open the report ("said while it
 * was agreed, the groups now have to ...") */
static const char *const concessives[] = {"although", "though", "whereas", "while", 0};

/* "this"/"these" open a clause when a verb comes soon ("says this was illegal"), though
 * after a cue they mostly open a phrase of time ("said this week") */
static const char *const this_words[] = {"this", "these", 0};

/* An auxiliary with its negation in one word: "doesn't", "isn't", "wouldn’t" (the tokenizer
 * keeps the mark inside the word). */
static int negated_aux(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (!is_lower_word(w, i) || n < 4 || z[n - 1] != 't') return 0;
    return (z[n - 2] == '\'' && z[n - 3] == 'n') ||
           (n >= 6 && z[n - 4] == 0xE2 && z[n - 3] == 0x80 && z[n - 2] == 0x99 && z[n - 5] == 'n');
}

/* An auxiliary or a modal, negated in one word or not: "is", "would", "doesn't". */
static int aux_at(const NewsWork *w, size_t i) {
    return tok_in(w, i, verbs_after) || tok_in(w, i, modals) || negated_aux(w, i);
}

/* A finite verb within the next words of the sentence: "claims the group's refusal to help
 * is ..." reports a clause, "claimed the nomination on Tuesday" does not. */
static int verb_soon(NewsWork *w, NewsQuoteState *st, size_t j, size_t p1) {
    for (size_t t = j + 1; t < p1 && t - j < 16; t++) {
        if (st->inq[t] || is_stop(w, t) || tok_ch(w, t, ',')) return 0;
        if (tok_in(w, t, verbs_after) || negated_aux(w, t)) return 1;
    }
    return 0;
}

static int has_verb(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l);

static const char *const possessives[] = {"her", "his", "its", "their", "our", "my", "your", 0};

/* "told" and its forms, and nouns that end the one addressed before their clause ("told
 * GMTV's Sunday programme ...", "told a news conference ...") */
static const char *const told_words[] = {"told", "tell", "tells", "telling", 0};
static const char *const prep_words[] = {"of", "for", "in", "on", "at", "from", "over", 0};
static const char *const outlet_nouns[] = {"programme", "program", "show", "radio", "station",
                                           "channel", "agency", "magazine", "conference",
                                           "summit", "hearing", "inquiry", "tribunal",
                                           "meeting", "briefing", "rally", "website",
                                           "podcast", "television", 0};

/* subordinators that may open a report after "said" ("said as both parties planned ...,
 * they should ..."), and prepositions of time or cause that open a phrase before the
 * report's subject ("said after six months of testing, AT&T has installed ...") */
static const char *const report_subs[] = {"as", "once", "if", "because", "since", "unless",
                                          "until", "when", "after", "before", "during",
                                          "despite", 0};

/* numbers after "about"/"around" that open a clause: "said around eight members were" */
static const char *const approx_numbers[] = {"two", "three", "four", "five", "six", "seven",
                                             "eight", "nine", "ten", "half", 0};

/* cues whose object is told what to do: "told residents not to drink the water", "urged
 * voters to back her", "asked the council to act", "warned staff not to talk" */
static const char *const directive_words[] = {
    "tell", "tells", "told", "telling", "urge", "urges", "urged", "urging", "ask", "asks",
    "asked", "asking", "warn", "warns", "warned", "warning", "advise", "advises", "advised",
    "advising", 0};

/* The "to" (or "not") that opens what cue k's object was told to do, or -1: the object is a
 * name, a pronoun, a plural noun or a short phrase after a determiner ("told Flint residents
 * not to drink ...", "urged the Republican electorate to abandon ..."), and a verb follows
 * "to" ("told the story to reporters" is no such thing). */
static const char *const place_preps[] = {"in", "near", "of", "at", "on", "from", "across", 0};
static int64_t directive_start(NewsWork *w, NewsQuoteState *st, size_t k, unsigned cf,
                               size_t p1) {
    size_t t = k + 1;
    if (!(cf & NEWS_CUE_OBJECT) || t >= p1 || !tok_in(w, k, directive_words)) return -1;
    if (k > 0 && tok_is(w, k - 1, "to")) return -1; /* "lobbying firms to urge them to ...",
                                                      * "is tipped to ask": none made yet */
    if (st->tok_ment[t] >= 0) {
        t = news_ment_toks(w, (size_t)st->tok_ment[t]).tok_end;
    } else if (tok_in(w, t, object_pronouns)) {
        t++;
    } else if (tok_in(w, t, determiners) || tok_in(w, t, possessives)) {
        size_t e = t + 1;
        while (e < p1 && e - t <= 4 && is_word(w, e) && !tok_is(w, e, "to") &&
               !tok_is(w, e, "not") && !st->inq[e] && !(st->cue[e] & NEWS_CUE_INDIRECT)) {
            if (tok_in(w, e, verbs_after) || tok_in(w, e, modals) || pronoun_kind(w, e) ||
                tok_in(w, e, subj_pronouns))
                return -1; /* "told the paper he hopes to", "warned the government would
                            * have to": a clause, clause_start's */
            e++;
        }
        if (e == t + 1) return -1;
        t = e;
    }
    if (t + 1 < p1 && st->tok_ment[k + 1] < 0 && t == k + 1 && is_lower_word(w, t) &&
        (plural_noun(w, t) || tok_is(w, t, "people")))
        t++; /* "told residents", "urged voters", "urged people" */
    else if (t + 2 < p1 && st->tok_ment[k + 1] < 0 && t == k + 1 && is_lower_word(w, t) &&
             is_lower_word(w, t + 1) && bare_plural(w, t + 1) && !bare_plural(w, t) &&
             !tok_in(w, t, verbs_after) && !tok_in(w, t, prepositions) &&
             !tok_in(w, t, object_pronouns) && !tok_is(w, t, "not") && !tok_is(w, t, "to") &&
             !ed_word(w, t) && !is_ing_word(w, t) && tok_is(w, t + 2, "to"))
        t += 2; /* "told government departments to put plans in place", "urged local
                 * residents to stay indoors": a noun or an adjective before the plural */
    while (t < p1 && t - k <= 3 && st->tok_ment[t] < 0 && is_lower_word(w, t) &&
           plural_noun(w, t) && t > k + 1 && st->tok_ment[t - 1] >= 0)
        t++; /* "told Flint residents" */
    if (t == k + 1) return -1;
    if (t + 2 < p1 && tok_in(w, t, place_preps)) {
        /* "urged people near the river to move", "told residents in Leeds to stay in",
         * "urged members of the public to keep away", "asked Siemens at the start of 1986
         * to submit": a short phrase after the object (not "told Reuters after a speech to
         * businessmen here that": a time's "after" or "before" may end in "to") */
        size_t e = t + 1;
        while (e < p1 && e - t <= 4 && is_word(w, e) && !tok_is(w, e, "to") &&
               !tok_is(w, e, "that") && !st->inq[e] && !(st->cue[e] & NEWS_CUE_INDIRECT) &&
               !tok_in(w, e, verbs_after) && !tok_in(w, e, modals) && !pronoun_kind(w, e) &&
               !tok_in(w, e, subj_pronouns) && !(is_lower_word(w, e) && verb_like(w, e)))
            e = st->tok_ment[e] >= 0 ? news_ment_toks(w, (size_t)st->tok_ment[e]).tok_end : e + 1;
        if (e > t + 1 && e < p1 && tok_is(w, e, "to")) t = e;
    }
    size_t s0 = t;
    if (t + 1 < p1 && tok_is(w, t, "not")) t++;
    if (t + 1 >= p1 || !tok_is(w, t, "to") || !is_lower_word(w, t + 1) ||
        tok_in(w, t + 1, determiners) || tok_in(w, t + 1, possessives) ||
        tok_in(w, t + 1, object_pronouns) || st->inq[t + 1])
        return -1;
    const NewsToken *v = &w->tok.v[t + 1]; /* a plural after "to" is whom: "to reporters" */
    const uint8_t *z = w->text + v->byte_start;
    if (z[v->byte_len - 1] == 's' && z[v->byte_len - 2] != 's' && z[v->byte_len - 2] != 'u')
        return -1;
    return (int64_t)s0;
}

/* "..., Brennan told her staff on the night the kitchen closed.": "on the night", "on the
 * day" with a clause of its own at token t is the writer's time of the saying, as "as she
 * left" is */
static const char *const time_nouns[] = {"night", "day", "morning", "evening", "afternoon",
                                         "eve", 0};
static int time_clause(const NewsWork *w, size_t t, size_t p1) {
    return t + 3 < p1 && tok_is(w, t, "on") && tok_is(w, t + 1, "the") &&
           tok_in(w, t + 2, time_nouns) && is_word(w, t + 3) && !tok_is(w, t + 3, "of") &&
           !tok_is(w, t + 3, "before") && !tok_is(w, t + 3, "after");
}

static int bare_plural(const NewsWork *w, size_t i);

/* A subject of up to three nouns without a determiner, then its auxiliary, at j: "told MPs
 * child benefit would rise" (no preposition, pronoun, adverb or cue before the auxiliary). */
static int bare_subject(NewsWork *w, NewsQuoteState *st, size_t j, size_t p1) {
    for (size_t t = j; t < p1 && t - j < 4; t++) {
        if (t > j && aux_at(w, t)) return 1;
        if (!is_lower_word(w, t) || st->inq[t] || aux_at(w, t) || tok_in(w, t, determiners) ||
            tok_in(w, t, gap_preps) || pronoun_kind(w, t) || tok_in(w, t, subj_pronouns) ||
            ly_adverb(w, t) || tok_is(w, t, "to") || tok_is(w, t, "that") ||
            (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            return 0;
    }
    return 0;
}

static int plain_past(const NewsWork *w, size_t i);

/* First token of the clause reported by cue k, or -1. Sets *that_at when it opens with
 * "that" (or "whether"/"if" after an object: "asked him whether ..."). */
static int64_t clause_start(NewsWork *w, NewsQuoteState *st, size_t k, unsigned cf, size_t p1,
                            int *that_at) {
    size_t j = k + 1;
    *that_at = 0;
    if (j >= p1 || tok_ch(w, j, ',')) return -1; /* ", he said, ...": find_indirect's case */
    if (tok_is(w, j, "at") && tok_in(w, k, clause_only))
        return -1; /* "pointing at a queue that disappeared": a gesture, no report */
    if (j + 1 < p1 && tok_is(w, j + 1, "that") && is_lower_word(w, j) && ly_adverb(w, j))
        j++; /* "said quietly that" */
    int say = tok_in(w, k, say_words);
    int64_t bid = directive_start(w, st, k, cf, p1);
    if (bid >= 0) {
        *that_at = 1; /* the "to" of what was asked, as a promise's */
        return bid;
    }
    if ((cf & NEWS_CUE_OBJECT) && st->tok_ment[j] < 0 && j + 1 < p1 && st->tok_ment[j + 1] >= 0 &&
        is_lower_word(w, j) && !tok_in(w, j, wh_words) && !tok_is(w, j, "that"))
        j++; /* "told host Chris Cuomo she ...": a role before the object (not "asked if BMW
              * would ...") */
    if ((cf & NEWS_CUE_OBJECT) && st->tok_ment[j] >= 0) {
        size_t e = news_ment_toks(w, st->tok_ment[j]).tok_end;
        if (e < p1 && (pronoun_kind(w, e) || tok_is(w, e, "i") || tok_is(w, e, "we")))
            return (int64_t)e; /* "told CNN he would ..." */
        if (tok_in(w, k, told_words) && e + 2 < p1 && !st->inq[e] && is_word(w, e) &&
            (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) && !(w->tok.v[e].flags & NEWS_TF_CLITIC)) {
            /* "told the BBC Mr Howard had always been ...", "told BBC News Labour MPs would
             * not ...": a name after the one told opens the clause when its verb follows
             * within a few words (an honorific or a plural after it) */
            size_t x = e;
            if (st->tok_ment[x] < 0 && x + 1 < p1 && st->tok_ment[x + 1] >= 0 &&
                honorific_at(w, x))
                x++;
            int32_t xm = st->tok_ment[x];
            if (xm >= 0 && xm != st->tok_ment[j]) {
                size_t v = news_ment_toks(w, (size_t)xm).tok_end;
                if (v + 1 < p1 && is_lower_word(w, v) && bare_plural(w, v) && !aux_at(w, v)) v++;
                if (v < p1 && !st->inq[v] && is_lower_word(w, v) &&
                    (aux_at(w, v) || (plain_past(w, v) && !ed_word(w, v)) ||
                     (ed_word(w, v) && v + 1 < p1 && !tok_is(w, v + 1, "by"))))
                    return (int64_t)e;
            }
        }
    }
    if ((cf & NEWS_CUE_OBJECT) && j + 2 < p1 && tok_in(w, j, possessives) &&
        is_lower_word(w, j + 1) && !tok_in(w, j + 1, determiners) &&
        !pronoun_kind(w, j + 1) && !tok_in(w, j + 1, subj_pronouns)) { /* not "told her she" */
        /* "promised her entire plan would be paid for": a possessive, a few nouns, then a
         * modal or an auxiliary opens a clause (not "promised her a job") */
        for (size_t u = j + 2; u < p1 && u - j <= 5; u++) {
            if (aux_at(w, u)) return (int64_t)j;
            if (!is_lower_word(w, u) || st->inq[u] || tok_in(w, u, determiners) ||
                tok_is(w, u, "that") || tok_in(w, u, relatives))
                break;
        }
    }
    if (tok_ch(w, j, ':')) {
        if (j + 1 >= p1 || w->tok.v[j + 1].quote || st->inq[j + 1]) return -1;
        return (int64_t)j + 1;
    }
    if (tok_in(w, k, ask_words)) {
        /* "asked (Clinton on Friday) whether she would ...": a question, or nothing */
        for (size_t t = j; t < p1 && t - j < 8; t++) {
            if (tok_in(w, t, wh_words)) {
                /* "When I asked how, he said: ...": a question word alone before a comma or
                 * a stop asks nothing the text reports */
                if (t + 1 >= p1 || closes_context(w, t + 1)) return -1;
                *that_at = 1;
                return (int64_t)t;
            }
            if (!(is_word(w, t) || (w->tok.v[t].flags & NEWS_TF_CLITIC)) || st->inq[t] ||
                (st->cue[t] & NEWS_CUE_INDIRECT) || tok_is(w, t, "to") || tok_is(w, t, "for") ||
                tok_is(w, t, "about"))
                break;
        }
        return -1;
    }
    if (tok_in(w, k, promise_words) && tok_is(w, j, "to") && j + 1 < p1 &&
        is_lower_word(w, j + 1) && !tok_in(w, j + 1, determiners)) {
        *that_at = 1; /* "vowed to build a wall": what will be done, in the speaker's name */
        return (int64_t)j;
    }
    if (tok_in(w, k, promise_words)) {
        /* "vowed on Sunday to fight on", "pledged again last week to cut fees": a phrase of
         * time between the promise and its "to" (not "promised in a speech to supporters") */
        size_t t = j;
        while (t < p1 && t - j < 5 && !st->inq[t] &&
               (is_date_word(w, t, j) || tok_in(w, t, promise_gap)))
            t++;
        if (t > j && t + 1 < p1 && tok_is(w, t, "to") &&
            (tok_in(w, t - 1, gap_ends) || is_date_word(w, t - 1, j)) &&
            is_lower_word(w, t + 1) && !tok_in(w, t + 1, determiners) &&
            !tok_in(w, t + 1, possessives) && !tok_in(w, t + 1, object_pronouns) &&
            !(plural_noun(w, t + 1) || tok_is(w, t + 1, "people"))) { /* not "to voters" */
            *that_at = 1;
            return (int64_t)t;
        }
    }
    if (tok_in(w, k, that_only)) {
        for (size_t t = j; t < p1 && t - j < 4; t++) {
            if (tok_is(w, t, "that") || tok_is(w, t, "whether") || tok_is(w, t, "if")) {
                *that_at = 1;
                return (int64_t)t;
            }
            if (!IN_GAP(w, t) && st->tok_ment[t] < 0) break;
        }
        return -1;
    }
    if (j + 2 < p1 && (w->tok.v[j + 1].flags & NEWS_TF_CLITIC) && tok_in(w, j, gap_ends) &&
        (verb_soon(w, st, j + 1, p1) ||
         (j + 4 < p1 && is_lower_word(w, j + 2) && is_lower_word(w, j + 3) &&
          has_verb(w, st, (int64_t)j + 3, (int64_t)j + 3))))
        return (int64_t)j; /* "said Thursday's storms had ...": the day opens the clause;
                            * "said Thursday's report reinforced" */
    int64_t after_gap = -1; /* a clause opener right after a phrase of time or place */
    int loose = 0;          /* words of a phrase of place after a preposition: "social media" */
    int prep = 0;           /* a preposition opened the phrase: "stressing in his remarks that" */
    for (size_t t = j; t < p1 && t - j < 10; t++) {
        if (tok_in(w, t, gap_preps)) prep = 1;
        if (tok_is(w, t, "that") || tok_is(w, t, "whether") ||
            ((cf & NEWS_CUE_OBJECT) && tok_is(w, t, "if"))) {
            if (tok_is(w, t, "that") && t > k + 1 && tok_in(w, t - 1, object_preps))
                return -1; /* "hinted at that in a news conference": a pronoun */
            *that_at = 1;
            return (int64_t)t;
        }
        if (w->tok.v[t].quote && t > j && t + 2 < p1 && /* (a title's marks may be out of inq) */
            (w->tok.v[t + 1].flags & NEWS_TF_UPPER_INIT) &&
            (st->tok_ment[t - 1] >= 0 || (w->tok.v[t - 1].flags & NEWS_TF_CLITIC) ||
             tok_in(w, t - 1, gap_preps))) {
            /* "told CNN's “State of the Union” that", "said on “Meet the Press” that": the
             * title of a programme is part of the phrase of place */
            size_t u = t + 1;
            while (u < p1 && u - t <= 8 && st->inq[u] == st->inq[t] && !w->tok.v[u].quote) u++;
            if (u < p1 && u - t <= 8 && w->tok.v[u].quote && st->inq[u] == st->inq[t]) {
                t = u;
                continue;
            }
        }
        if (st->inq[t] || is_stop(w, t) || tok_ch(w, t, ',') || w->tok.v[t].quote) break;
        if (t > j && after_gap < 0 &&
            (tok_in(w, t - 1, gap_ends) || st->tok_ment[t - 1] >= 0 ||
             is_date_word(w, t - 1, j) || tok_in(w, t - 1, audiences) ||
             (say && loose > 0 && t - j <= 4 && pronoun_kind(w, t) &&
              (tok_is(w, j, "in") || tok_is(w, j, "at") || tok_is(w, j, "on") ||
               tok_is(w, j, "after") || tok_is(w, j, "before") || tok_is(w, j, "during")) &&
              !(t >= j + 3 && time_clause(w, t - 3, p1)))) && /* "on the day she left" */
            /* ("said in the past it markets", "said at first he tried", "said after the
             * convention he would"); after a day
             * any cue's clause may open with an article when its verb follows ("argued on
             * Sunday the time had come", not "announced today the lifting of all limits") */
            (clause_opener(w, st, t,
                          (cf & NEWS_CUE_OBJECT) ||
                              (!say &&
                               !((tok_in(w, t - 1, gap_ends) || is_date_word(w, t - 1, j)) &&
                                 !tok_in(w, t, this_words) && verb_soon(w, st, t, p1)))) ||
             (tok_in(w, t - 1, audiences) && bare_subject(w, st, t, p1))) &&
            (st->tok_ment[t] < 0 || st->tok_ment[t] != st->tok_ment[t - 1])) {
            after_gap = (int64_t)t;
            if (!IN_GAP(w, t)) break;
        }
        if (IN_GAP(w, t) || st->tok_ment[t] >= 0 ||
            (w->tok.v[t].flags & NEWS_TF_CLITIC) || is_date_word(w, t, j) ||
            (tok_is(w, t, "for") && t + 1 < p1 && tok_in(w, t + 1, spans_of_time)) ||
            (t == j && (cf & NEWS_CUE_OBJECT) && tok_in(w, t, audiences)))
            continue; /* ("told police in interview she ...": the one told first) */
        if (t > j && loose < 3 && is_lower_word(w, t) &&
            (tok_in(w, t - 1, gap_preps) || loose > 0 || prep) && !tok_in(w, t, verbs_after)) {
            loose++; /* "on social media", "at a town hall" */
            continue;
        }
        if (t > j && loose < 3 && is_word(w, t) && (w->tok.v[t].flags & NEWS_TF_UPPER_INIT) &&
            (tok_in(w, t - 1, gap_preps) || loose > 0) && !pronoun_kind(w, t) &&
            !tok_is(w, t, "i")) {
            loose++; /* "said on MSNBC that": a name the entity step left out */
            continue;
        }
        break;
    }
    if (after_gap < 0 && say && j + 1 < p1 && tok_in(w, j, gap_preps)) {
        /* "said in a statement released by the Trump campaign the AP report merits ...": the
         * one who put out the statement, after "by", ends the phrase of place (names, and a
         * noun for a body or a role: "by its press office"); a clause opens after it */
        for (size_t t = j + 1; t + 3 < p1 && t - j < 6; t++) {
            if (st->inq[t] || !is_word(w, t)) break;
            if (!(tok_in(w, t, issued_words) && tok_in(w, t - 1, gap_ends) &&
                  tok_is(w, t + 1, "by")))
                continue;
            size_t u = t + 2;
            if (tok_in(w, u, determiners) || tok_in(w, u, possessives)) u++;
            size_t u0 = u;
            while (u < p1 && u - u0 < 6 && !st->inq[u] && is_word(w, u) &&
                   (st->tok_ment[u] >= 0 || (w->tok.v[u].flags & NEWS_TF_UPPER_INIT)))
                u++;
            size_t h = u; /* "by the harbour board": a few words ending in the noun */
            for (size_t v = u; v < p1 && v - u < 3 && is_lower_word(w, v) && !st->inq[v]; v++)
                if (tok_in(w, v, org_nouns) || is_role_word(w, v)) h = v + 1;
            u = h;
            if (u > u0 && u + 2 < p1 && !st->inq[u] && clause_opener(w, st, u, 0) &&
                !(st->tok_ment[u] >= 0 && st->tok_ment[u] == st->tok_ment[u - 1]) &&
                has_verb(w, st, (int64_t)u + 1, (int64_t)(u + 6 < p1 ? u + 6 : p1 - 1)))
                return (int64_t)u;
            break;
        }
    }
    if (after_gap >= 0) return after_gap;
    if (cf & NEWS_CUE_OBJECT) {
        /* "told their allies in the party that ...": an object, then "that" */
        for (size_t t = j; t < p1 && t - j < 10; t++) {
            if (tok_is(w, t, "that")) {
                /* not "found the papers that were lost": after a thing, "that" and a verb
                 * is a relative pronoun ("told reporters that was wrong" still reports) */
                if (t > j && t + 1 < p1 && is_lower_word(w, t - 1) &&
                    !tok_in(w, t - 1, audiences) && !tok_in(w, t - 1, object_pronouns) &&
                    (tok_in(w, t + 1, verbs_after) || tok_in(w, t + 1, modals)))
                    return -1;
                *that_at = 1;
                return (int64_t)t;
            }
            if (!(is_word(w, t) || (w->tok.v[t].flags & NEWS_TF_CLITIC)) || st->inq[t] ||
                ((st->cue[t] & NEWS_CUE_INDIRECT) &&
                 !(t > j && (w->tok.v[t - 1].flags & NEWS_TF_UPPER_INIT) && is_lower_word(w, t) &&
                   !(st->cue[t] & (NEWS_CUE_PAST | NEWS_CUE_ING)))) ||
                tok_in(w, t, verbs_after))
                break; /* (but "told US TV show 60 Minutes that": a noun) */
        }
        /* "told reporters he would ...", "tell pollsters they ...": a short object, then a
         * pronoun opens the clause */
        for (size_t t = j; t < p1 && t - j < 6; t++) {
            if (t > j && pronoun_kind(w, t) &&
                (pronoun_kind(w, t) != NEWS_SPK_IT || tok_in(w, t - 1, object_pronouns)) &&
                (st->tok_ment[t - 1] >= 0 || tok_in(w, t - 1, object_pronouns) ||
                 tok_in(w, t - 1, audiences) ||
                 (tok_in(w, t - 1, addressed_bodies) && tok_in(w, k, told_words))))
                return (int64_t)t;
            if (!is_word(w, t) || st->inq[t] || (st->cue[t] & NEWS_CUE_INDIRECT)) break;
        }
        /* "told Reuters the company would ...", "told the BBC the pier was unsafe", "told
         * reporters the plan was dead": a named object or an audience, then a clause whose
         * auxiliary or modal comes within a few words ("told the BBC the story of his life"
         * has none); any other "told X the ..." is too loose to take */
        if (tok_in(w, k, told_words)) {
            /* "told BBC Radio 4's Today programme Mr Blair had refused", "told a Los Angeles
             * court the residue may have come", "told BBC 6 Music the record was": the one
             * addressed (names, a few words and a noun for an audience or an outlet), then a
             * clause whose verb comes within a few words */
            size_t h = j, caps = j;
            while (caps < p1 && caps - j < 6 && !st->inq[caps] &&
                   (((w->tok.v[caps].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) &&
                     is_word(w, caps) && !pronoun_kind(w, caps) && !tok_is(w, caps, "i")) ||
                    (w->tok.v[caps].flags & NEWS_TF_CLITIC)))
                caps++;
            for (size_t t = j; t < p1 && t - j < 9 && h == j; t++) {
                if (st->inq[t] || (w->tok.v[t].flags & NEWS_TF_PUNCT) ||
                    tok_in(w, t, verbs_after) || (st->cue[t] & NEWS_CUE_INDIRECT))
                    break;
                if (t > j && is_lower_word(w, t) &&
                    (tok_in(w, t, audiences) || tok_in(w, t, outlet_nouns) ||
                     tok_in(w, t, addressed_bodies)))
                    h = t + 1;
            }
            while (h > j && h < p1 && is_lower_word(w, h) && /* "the council meeting" */
                   (tok_in(w, h, outlet_nouns) || tok_in(w, h, audiences)))
                h++;
            if (h == j && caps > j + 1 && caps < p1 &&
                (w->tok.v[caps - 1].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) &&
                (tok_in(w, caps, determiners) || pronoun_kind(w, caps)))
                h = caps; /* "told BBC 6 Music the record", "told BBC News 24 she had" */
            if (h > j && h + 1 < p1 && (st->tok_ment[h] >= 0 || is_word(w, h))) {
                /* "told the Argentine newspaper Clarin it would": past the outlet's name */
                int32_t hm = st->tok_ment[h];
                size_t x = hm >= 0 ? news_ment_toks(w, (size_t)hm).tok_end : h + 1;
                while (x < p1 && x - h < 3 && st->tok_ment[h] < 0 && is_word(w, x) &&
                       (w->tok.v[x].flags & NEWS_TF_UPPER_INIT) && !pronoun_kind(w, x))
                    x++;
                if ((st->tok_ment[h] >= 0 || (w->tok.v[h].flags & NEWS_TF_UPPER_INIT)) &&
                    x < p1 && (pronoun_kind(w, x) || tok_in(w, x, determiners) ||
                               tok_is(w, x, "such")))
                    h = x; /* (and "told news agency Reuters such a move would") */
            }
            if (h > j + 1 && h + 1 < p1 && !st->inq[h] &&
                (pronoun_kind(w, h) || tok_in(w, h, determiners) || st->tok_ment[h] >= 0 ||
                 (w->tok.v[h].flags & NEWS_TF_UPPER_INIT) ||
                 (is_lower_word(w, h) && !is_small_word(w, h))) &&
                !tok_in(w, h, object_pronouns)) {
                for (size_t u = h + 1; u < p1 && u - h <= 8; u++) {
                    if (st->inq[u] || (w->tok.v[u].flags & NEWS_TF_PUNCT) ||
                        tok_is(w, u, "that") || tok_in(w, u, relatives))
                        break;
                    if (aux_at(w, u) ||
                        (pronoun_kind(w, h) && u == h + 1 && is_lower_word(w, u)))
                        return (int64_t)h;
                    if (u >= h + 2 && u <= h + 3 && tok_in(w, h, determiners) &&
                        is_lower_word(w, u) && plain_past(w, u) && is_lower_word(w, u - 1) &&
                        !tok_in(w, u - 1, determiners))
                        return (int64_t)h; /* "told the BBC News website the party avoided
                                            * ...": a past after a short noun */
                }
            }
        }
        int tells = say || tok_in(w, k, tell_like);
        int bare = is_lower_word(w, j) && !is_small_word(w, j) && !tok_in(w, j, prep_words) &&
                   !tok_is(w, j, "against") && !tok_is(w, j, "about") &&
                   !(st->cue[j] & (NEWS_CUE_PAST | NEWS_CUE_ING)); /* "warned demand for" */
        if (tells && !say && (clause_opener(w, st, j, 0) || bare) &&
            !tok_in(w, j, object_pronouns) && !(k > 0 && tok_is(w, k - 1, "to"))) {
            /* "The company warned the move would cut its profits": the clause right after
             * the cue, its verb within a few words and no second noun phrase before it but
             * one after a preposition ("warned demand for Opec's crude in the first quarter
             * would outstrip supply", "warned the current level of TV coverage may be") */
            for (size_t u = j + 1; u < p1 && u - j <= 10; u++) {
                if (st->inq[u] || (w->tok.v[u].flags & NEWS_TF_PUNCT) || tok_in(w, u, relatives) ||
                    tok_is(w, u, "that") || pronoun_kind(w, u) || tok_in(w, u, conjunctions) ||
                    (tok_in(w, u, determiners) && !tok_in(w, u - 1, prep_words)) ||
                    (u - j > 4 && !(is_word(w, u) || (w->tok.v[u].flags & NEWS_TF_CLITIC))))
                    break;
                if (aux_at(w, u)) return (int64_t)j;
            }
        }
        if (!tells) {
            /* "Polls show Lund is trailing", "records show he has donated": what a poll or a
             * record shows, a clause whose verb comes within a few words (not "found the
             * papers that were lost", "showed voters he is serious"); a bare noun may
             * open it, right before its auxiliary or its phrase with "of", "for", ...
             * ("A YouGov poll found support for the cards had fallen", "figures showed
             * house prices are still rising"; not "basis points", "pointed out") */
            int noun = bare && tok_in(w, k, finding_words) && !tok_in(w, j, particles) &&
                       j + 1 < p1 && (aux_at(w, j + 1) || tok_in(w, j + 1, prep_words) ||
                                      (is_lower_word(w, j + 1) && aux_at(w, j + 2)));
            if (!tok_in(w, k, clause_only) || !(clause_opener(w, st, j, 0) || noun) ||
                tok_in(w, j, object_pronouns) || (k > 0 && tok_is(w, k - 1, "to")))
                return -1; /* not "a poll to find the best film never to have won" */
            for (size_t u = j + 1; u < p1 && u - j <= 6; u++) {
                if (st->inq[u] || (w->tok.v[u].flags & NEWS_TF_PUNCT) || tok_in(w, u, relatives) ||
                    tok_is(w, u, "that") || tok_in(w, u, audiences))
                    break;
                if (aux_at(w, u))
                    return (int64_t)(j > k + 1 && tok_in(w, j - 1, determiners) ? j - 1 : j);
            }
            return -1;
        }
        size_t t = j;
        if (t + 1 < p1 && tok_in(w, t, determiners) &&
            (st->tok_ment[t + 1] >= 0 || tok_in(w, t + 1, audiences)))
            t++;
        if (!(st->tok_ment[t] >= 0 || tok_in(w, t, audiences))) return -1;
        size_t e = st->tok_ment[t] >= 0 ? news_ment_toks(w, (size_t)st->tok_ment[t]).tok_end
                                        : t + 1;
        if (e + 2 < p1 && tok_in(w, e, gap_preps) &&
            (tok_in(w, e + 1, gap_ends) || is_date_word(w, e + 1, e)))
            e += 2; /* "told MPs on Tuesday care was needed" */
        if (e + 1 < p1 && is_lower_word(w, e) && !st->inq[e] && !tok_in(w, e, determiners) &&
            !tok_in(w, e, quantity_words) && !pronoun_kind(w, e) && aux_at(w, e + 1))
            return (int64_t)e; /* "told the BBC lessons were being learned" */
        if (e >= p1 || !(tok_in(w, e, determiners) || st->tok_ment[e] >= 0) ||
            tok_in(w, e, quantity_words) || st->inq[e])
            return -1;
        for (size_t u = e + 1; u < p1 && u - e <= 5; u++) {
            if (st->inq[u] || (w->tok.v[u].flags & NEWS_TF_PUNCT)) break;
            if (aux_at(w, u)) return (int64_t)e;
            if (u >= e + 2 && u <= e + 3 && tok_in(w, e, determiners) &&
                (ed_word(w, u) || (is_lower_word(w, u) && tok_in(w, u, past_verbs))) &&
                is_lower_word(w, u - 1) && !tok_in(w, u - 1, determiners))
                return (int64_t)e; /* "told reporters the company expected a loss": a past
                                    * after a short noun (not "told MPs the added costs") */
        }
        return -1;
    }
    if (is_month(w, j)) {
        /* "“…,” Rubio said Dec. 6 on CNN.": a date, no clause; but a month, at most two
         * words and a verb is the report's subject ("said August alone had brought ...") */
        size_t t = j + 1;
        while (t < p1 && t - j <= 2 && is_lower_word(w, t) && !tok_in(w, t, verbs_after) &&
               !aux_at(w, t) && !tok_in(w, t, gap_preps) && !st->inq[t])
            t++;
        if (t < p1 && !st->inq[t] && (tok_in(w, t, verbs_after) || aux_at(w, t)))
            return (int64_t)j;
        return -1;
    }
    if (tok_in(w, j, this_words) && j + 1 < p1 &&
        (!IN_GAP(w, j + 1) || (j + 2 < p1 && (w->tok.v[j + 2].flags & NEWS_TF_CLITIC))) &&
        verb_soon(w, st, j, p1))
        return (int64_t)j; /* "suggest this gap has ...", "said this is a disaster", "says
                            * this year's rise will be the lowest" */
    if (say && j + 2 < p1 && verb_soon(w, st, j, p1) &&
        ((tok_is(w, j, "only") && ((w->tok.v[j + 1].flags & NEWS_TF_DIGIT) ||
                                   tok_in(w, j + 1, determiners) || st->tok_ment[j + 1] >= 0)) ||
         (tok_is(w, j, "as") && (tok_is(w, j + 1, "many") || tok_is(w, j + 1, "much")) &&
          j + 2 < p1 && tok_is(w, j + 2, "as")) ||
         (tok_is(w, j, "at") && (tok_is(w, j + 1, "least") || tok_is(w, j + 1, "most"))) ||
         ((tok_is(w, j, "about") || tok_is(w, j, "around")) &&
          ((w->tok.v[j + 1].flags & NEWS_TF_DIGIT) || tok_in(w, j + 1, approx_numbers))) ||
         (tok_in(w, j, concessives) && clause_opener(w, st, j + 1, 0))))
        return (int64_t)j; /* "said only 30 firms would", "said as many as 3,000 firms could",
                            * "said at least 111 bodies had", "said while it was agreed, ...",
                            * "said about 8,500 cars had" */
    if (say && j + 3 < p1 && (tok_in(w, j, concessives) || tok_in(w, j, report_subs))) {
        /* "said as both parties planned to cut jobs, they should accept ...", "said while
         * everyone had the right to be secure, they also ...": a subordinate clause or a
         * phrase, a comma, then the report's own subject and verb (a bare plural and its
         * auxiliary too: "said when the bridge reopens, tolls will be scrapped") */
        for (size_t c = j + 2; c < p1 && c - j < 30; c++) {
            if (st->inq[c] || is_stop(w, c) || w->tok.v[c].quote || is_dash(w, c)) break;
            if (!tok_ch(w, c, ',')) continue;
            if (c + 2 < p1 &&
                ((tok_in(w, c + 1, subj_pronouns) && is_lower_word(w, c + 2)) ||
                 (bare_plural(w, c + 1) && aux_at(w, c + 2)) ||
                 ((tok_in(w, c + 1, determiners) || st->tok_ment[c + 1] >= 0) &&
                  (verb_soon(w, st, c + 1, p1) ||
                   (c + 4 < p1 && has_verb(w, st, (int64_t)c + 2, (int64_t)c + 3))))))
                return (int64_t)j;
            break;
        }
    }
    if (say && j + 3 < p1 && ((tok_is(w, j, "no") && tok_is(w, j + 1, "one")) ||
                              tok_is(w, j, "nobody") || tok_is(w, j, "no-one"))) {
        /* "said no one on the coaches accepted responsibility": the pronoun, a phrase of its
         * own and a verb in the past */
        for (size_t t = j + 2; t < p1 && t - j <= 8; t++) {
            if (st->inq[t] || (w->tok.v[t].flags & NEWS_TF_PUNCT) || tok_in(w, t, relatives) ||
                tok_is(w, t, "that"))
                break;
            if (is_lower_word(w, t) && (aux_at(w, t) || plain_past(w, t))) return (int64_t)j;
        }
    }
    unsigned cj = st->cue[j];
    if (j + 2 < p1 && (tok_is(w, j, "no") || (cj & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) &&
        (tok_is(w, j, "no")
             ? say && is_lower_word(w, j + 1) && verb_soon(w, st, j, p1)
             : is_lower_word(w, j) && !(cj & (NEWS_CUE_PAST | NEWS_CUE_ING)) &&
                   (aux_at(w, j + 1) ||
                    ((tok_in(w, j + 1, object_preps) || (say && tok_is(w, j + 1, "in"))) &&
                     verb_soon(w, st, j, p1)))))
        return (int64_t)j; /* "said no such deal had been offered" (not "announced no plans
                            * to ..."), "said demand was strong", "said demand in Europe had
                            * weakened" */
    if (say && j + 2 < p1 && (cj & NEWS_CUE_PAST) && is_lower_word(w, j) &&
        is_lower_word(w, j + 1) && !tok_in(w, j + 1, determiners) &&
        !tok_in(w, j + 1, gap_preps) && !tok_is(w, j + 1, "to") && !tok_is(w, j + 1, "that") &&
        !pronoun_kind(w, j + 1) && !(st->cue[j + 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
        verb_soon(w, st, j + 1, p1))
        return (int64_t)j; /* "said proposed casinos will be different", "said estimated
                            * savings of $2bn were": a cue's participle before a noun */
    if (!can_start_clause(w, st, j)) return -1;
    /* "claimed the prize", "maintained an energetic pace": only "say" takes any clause */
    /* an -ing cue with a plain object describes its subject: "Santos, noting the size of the
     * crowd, said ..." */
    /* ("claimed not to have known", "agreed not to oppose the slate": what one commits to) */
    if ((tok_in(w, k, clause_only) || ((cf & NEWS_CUE_ING) && !say)) &&
        !clause_opener(w, st, j, 1) &&
        !verb_soon(w, st, j, p1) && !(tok_is(w, j, "not") && tok_is(w, j + 1, "to")))
        return -1;
    return (int64_t)j;
}

/* A mention at token i, then a verb: the subject of a clause ("GOP voters should"). */
static int mention_then_verb(NewsWork *w, NewsQuoteState *st, size_t i, size_t p1) {
    size_t e = news_ment_toks(w, (size_t)st->tok_ment[i]).tok_end;
    if (e < p1 && is_lower_word(w, e) && !tok_in(w, e, verbs_after) && !tok_in(w, e, modals) &&
        !tok_in(w, e, phrase_ends) && e + 1 < p1)
        e++; /* "GOP voters": a noun after the name */
    return e < p1 && (tok_in(w, e, verbs_after) || tok_in(w, e, modals));
}

static const char *const add_words[] = {"add", "adds", "added", "adding", 0};
static const char *const report_words[] = {"report", "reported", "reporting", "reports", 0};
/* a word right after these opens a phrase or a clause, and is never its verb ("agree
 * ceasefire after talks") */
static const char *const time_links[] = {"after", "before", "since", "until", 0};

/* -ing cues that open a second act of the speaker after "and", not part of the report */
/* pasts of acts towards someone that, after "and" in a report, are its speaker's own
 * ("said ... and accused it of ...", "... and urged the government to ...") */
static const char *const object_acts[] = {"accused", "urged", "called", "blamed", "praised",
                                          "criticised", "criticized", "condemned", "thanked",
                                          "welcomed", "slammed", "demanded", "appealed", 0};

static const char *const second_acts[] = {"calling", "saying", "accusing", "describing", "urging",
                                          "insisting", "arguing", "praising", "criticizing",
                                          "blaming", "labeling", "labelling", "dubbing", 0};

/* After ", and" or ", but" at token j, the report goes on: a second clause of it ("said
 * that A, and that B") or a verb with the report's subject ("said she hoped to win, and then
 * would campaign"). */
static int goes_on(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t p1) {
    if (j < p1 && tok_is(w, j, "then")) j++;
    if (j < p1 && tok_is(w, j, "that")) /* not "but that was not ...": a pronoun */
        return j + 1 < p1 && !tok_in(w, j + 1, verbs_after) && !tok_in(w, j + 1, modals);
    if (j < p1 && (tok_in(w, j, modals) || tok_is(w, j, "will"))) return 1;
    /* "said the vote was rushed, and support for Sanders would have been higher": a subject
     * of a few words, then a modal in the past, the report's mood (not "..., but the ministry
     * could not confirm this": the writer's) */
    for (size_t t = j; t < p1 && t - j < 5; t++) {
        if (t > j && tok_in(w, t, modals) && !tok_is(w, t, "can") && !tok_is(w, t, "may"))
            return !(t + 2 < p1 && tok_is(w, t + 1, "not") && tok_in(w, t + 2, withheld_words));
        if (!is_word(w, t) || tok_in(w, t, verbs_after) || tok_in(w, t, modals) ||
            tok_is(w, t, "will") || negated_aux(w, t) || tok_is(w, t, "that") ||
            (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            return 0; /* (not "..., but Wardle confirmed they would ...": a report of its own) */
    }
    return 0;
}

/* The comma at t, before "and", adds a second subject to a report starting at f whose verb
 * comes after the addition's closing comma ("said that the two men, and Mr. Cruz in
 * particular, must do more", "said that her loyalty, and the support for her in the South,
 * were factors"): that closing comma, or 0. Nothing before the comma may be a verb. */
static size_t coordinate_end(NewsWork *w, NewsQuoteState *st, size_t f, size_t t, size_t p1) {
    if (t + 2 >= p1 || t <= f || !tok_is(w, t + 1, "and") ||
        has_verb(w, st, (int64_t)f, (int64_t)t - 1))
        return 0;
    for (size_t e = t + 2; e + 1 < p1 && e - t < 30; e++) {
        if (is_stop(w, e) || st->inq[e] || tok_ch(w, e, ';') || is_dash(w, e) ||
            (st->cue[e] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) || aux_at(w, e) ||
            tok_in(w, e, modals))
            return 0;
        if (tok_ch(w, e, ',') && !st->inq[e + 1] && is_lower_word(w, e + 1) &&
            (aux_at(w, e + 1) || tok_in(w, e + 1, modals)))
            return e;
    }
    return 0;
}

/* The comma at t opens a relative clause or a participle's aside after the subject of a
 * report starting at f, and the report's verb comes after the aside's closing comma ("said
 * the bill, which brings in house arrest, had safeguards", "said the envoy, missing since
 * January, had been kidnapped"): that closing comma, or 0. */
static size_t relative_end(NewsWork *w, NewsQuoteState *st, size_t f, size_t t, size_t p1) {
    /* (a short subject's plural is no verb: "said rail volumes, which fell ..., would have
     * to rise", s28) */
    if (t + 2 >= p1 || t <= f || !(tok_in(w, t + 1, relatives) || is_ing_word(w, t + 1)) ||
        (t - f > 2 && has_verb(w, st, (int64_t)f, (int64_t)t - 1)))
        return 0;
    size_t e = t + 2;
    while (e < p1 && e - t < 25 && !tok_ch(w, e, ',') && !is_stop(w, e) && !st->inq[e]) e++;
    if (e + 1 < p1 && tok_ch(w, e, ',') && !st->inq[e + 1] && is_lower_word(w, e + 1) &&
        (aux_at(w, e + 1) || plain_past(w, e + 1)))
        return e; /* (a verb in the past too: "said the services sector, which accounts for
                   * three-quarters of the economy, grew 1%") */
    return 0;
}

/* "said the department would 'listen to every council' but that the targets would stay":
 * after the quotation in a clause starting at f (the fragment has a row of its own), "and
 * that" or "but that" opens a clause of the same report; its "that", or -1. */
static int64_t that_after_fragment(NewsWork *w, NewsQuoteState *st, size_t f, size_t p1) {
    uint32_t s = w->tok.v[f].sentence;
    size_t t = f;
    while (t < p1 && t - f < CLAUSE_TOKENS && !st->inq[t] && w->tok.v[t].sentence == s) t++;
    if (t >= p1 || !st->inq[t] || w->tok.v[t].sentence != s) return -1;
    while (t < p1 && t - f < CLAUSE_TOKENS && st->inq[t]) t++; /* past its closing mark */
    for (size_t e = t; e + 2 < p1 && e - t < 12; e++) {
        if (st->inq[e] || is_stop(w, e) || w->tok.v[e].quote || (st->cue[e] & NEWS_CUE_INDIRECT))
            return -1;
        if ((tok_is(w, e, "and") || tok_is(w, e, "but")) && tok_is(w, e + 1, "that"))
            return goes_on(w, st, e + 1, p1) ? (int64_t)e + 1 : -1;
    }
    return -1;
}

/* "what", its subject (a pronoun or a name) and a cue within the first words from j: "in
 * what he called", "after what she described as" */
static int what_cue(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t p1) {
    for (size_t t = j; t + 2 < p1 && t - j < 3; t++) {
        if (st->inq[t] || !is_word(w, t)) return 0;
        if (!tok_is(w, t, "what")) continue;
        size_t e = st->tok_ment[t + 1] >= 0 ? news_ment_toks(w, st->tok_ment[t + 1]).tok_end
                   : pronoun_kind(w, t + 1) ? t + 2 : t + 1;
        return e > t + 1 && e < p1 &&
               (st->cue[e] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT | NEWS_CUE_PARTIAL));
    }
    return 0;
}

/* nouns by which the writer sums up a report in an apposition after it ("..., a claim the
 * army denied", "..., a move that would ...") */
static const char *const shell_nouns[] = {"claim", "pledge", "promise", "charge", "allegation",
                                          "accusation", "assertion", "move", "decision",
                                          "warning", "threat", "statement", "remark",
                                          "comment", "suggestion", "prediction", "view", 0};

/* At i, after ", the": "latest", then a phrase with no verb of its own up to the end of
 * the sentence (a "that" or "in" clause may follow it: ", the latest sign that ...", ", the
 * latest in a series of ..."); not "said the port, the latest to close, would ...", an
 * apposition inside the report. */
static int latest_apposition(const NewsWork *w, const NewsQuoteState *st, size_t i, size_t p1) {
    if (!tok_is(w, i, "latest") || st->inq[i]) return 0;
    for (size_t t = i + 1; t < p1 && t - i < 30; t++) {
        if (is_stop(w, t)) return 1;
        if (st->inq[t] || tok_ch(w, t, ',') || tok_ch(w, t, ';') || is_dash(w, t) ||
            aux_at(w, t) || tok_in(w, t, verbs_after) || tok_in(w, t, modals))
            return 0;
        if (tok_is(w, t, "that")) return 1;
    }
    return 0;
}

/* participles of an event's toll, which stay in the report of the event */
static const char *const casualties[] = {"injuring", "killing", "wounding", 0};

/* Last token of a reported clause starting at f: the end of its sentence, a ';', or a
 * ", adding ..." that starts the next report; -1 when a quotation sits inside (a partial
 * quote carries it). */
static int64_t clause_end(NewsWork *w, NewsQuoteState *st, size_t f, size_t p1) {
    uint32_t s = w->tok.v[f].sentence;
    int64_t last = -1, dash_rel = -1, second = -1;
    size_t after_that = tok_is(w, f, "that") ? f + 1 : SIZE_MAX; /* "that, while ..., B" */
    for (size_t t = f; t < p1 && t - f < CLAUSE_TOKENS; t++) {
        if (w->tok.v[t].sentence != s) break;
        if (st->inq[t]) {
            size_t u = t - 1; /* "and that it “cannot run ...”": past a short subject */
            while (u > f + 4 && t - u <= 3 && is_word(w, u) && !tok_is(w, u, "that") &&
                   !st->cue[u])
                u--;
            if (dash_rel < 0 && second < 0 && u > f + 3 && tok_is(w, u, "that") &&
                (tok_is(w, u - 1, "and") || tok_is(w, u - 1, "but"))) {
                last = (int64_t)u - 2; /* "said it had opened 340 beds and that “every
                                        * hospital ...”": the report before "and that"
                                        * stands, the fragment has a row of its own */
                break;
            }
            if (dash_rel < 0 && second < 0 && t > f + 4 && tok_is(w, t - 1, "and") &&
                t + 1 < p1 && tok_in(w, t + 1, verbs_after)) {
                last = (int64_t)t - 2; /* "said that it already bars users under 13 and “will
                                        * comply with any law”": the report before "and"
                                        * stands, the fragment, a second verb, has its own
                                        * row (s28) */
                break;
            }
            if (dash_rel < 0 && second < 0) return -1;
            last = dash_rel >= 0 ? dash_rel : second;
            break;
        }
        if (second < 0 && t > f + 1 && t + 1 < p1 &&
            (tok_is(w, t, "and") || tok_is(w, t, "but")) &&
            ((st->cue[t + 1] & NEWS_CUE_PAST) || tok_is(w, t + 1, "says")) &&
            (st->cue[t + 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT | NEWS_CUE_PARTIAL)))
            second = last; /* "said the protests were organised abroad and warned that the
                            * police would act “firmly”": the quotation is the second
                            * report's, the first ends before it (also "said it would
                            * comply but described the law as “rushed”", "has denied
                            * targeting civilians and says it has opened “safe corridors”") */
        if (tok_ch(w, t, ';')) break;
        if (second < 0 && t > f + 1 && tok_ch(w, t, ',') && what_cue(w, st, t + 1, p1))
            second = last; /* "said he would meet Putin, after what he described as a “very
                            * productive” call": the fragment is the second cue's */
        if (second < 0 && t > f && tok_ch(w, t, ',') && t + 1 < p1 && t != after_that &&
            (tok_is(w, t + 1, "and") || tok_is(w, t + 1, "but")))
            second = last; /* "said PBS could be at risk, and it could deter stations from
                            * airing “…”": the report up to the comma stands */
        if (tok_ch(w, t, ',') && t + 1 < p1 &&
            ((st->cue[t + 1] & (NEWS_CUE_ING | NEWS_CUE_ACCORDING)) ||
             (t != after_that && tok_is(w, t + 1, "and") && !goes_on(w, st, t + 2, p1)) ||
             (tok_is(w, t + 1, "but") && !goes_on(w, st, t + 2, p1)) ||
             (t != after_that && tok_is(w, t + 1, "while")) ||
             tok_is(w, t + 1, "which") ||
             tok_is(w, t + 1, "who") || tok_is(w, t + 1, "whose") || tok_is(w, t + 1, "whom"))) {
            /* the report ends where the writer's own clause begins (not "argue that, while
             * the tax may ..., workers will ..."); but "said the bill, which brings in house
             * arrest, had safeguards": a relative clause after the report's subject, before
             * its verb, is skipped to its comma */
            size_t e = relative_end(w, st, f, t, p1);
            if (!e) e = coordinate_end(w, st, f, t, p1);
            if (e) {
                t = e; /* go on after the relative clause's comma */
                last = (int64_t)t;
                continue;
            }
            break;
        }
        if (is_dash(w, t) && t > f + 2 && t + 1 < p1 && dash_rel < 0 &&
            (tok_is(w, t + 1, "which") || tok_is(w, t + 1, "who") || tok_is(w, t + 1, "whom")))
            dash_rel = last; /* "... resolutions — which he added “is deeply regrettable.”":
                              * the writer's relative clause, if a quotation follows in it */
        if (tok_ch(w, t, ',') && t + 1 < p1 && is_ing_word(w, t + 1) && t > f + 2 &&
            !tok_in(w, t + 1, casualties)) {
            /* "..., throwing a wrench into ...": the writer's participle (not "a ship had
             * rammed its boat, injuring a crew member": the toll is reported), unless it is
             * an aside before the report's verb */
            size_t e = relative_end(w, st, f, t, p1);
            if (!e) break;
            t = e;
            last = (int64_t)t;
            continue;
        }
        if (tok_ch(w, t, ',') && t > f + 2 && t + 3 < p1 && tok_is(w, t + 1, "the") &&
            latest_apposition(w, st, t + 2, p1))
            break; /* "said the port would close, the latest sign of the town's decline":
                    * the writer's apposition puts the report among others */
        if ((tok_ch(w, t, ',') || is_dash(w, t)) && t > f + 2 && t + 3 < p1 &&
            (tok_is(w, t + 1, "a") || tok_is(w, t + 1, "an")) &&
            (tok_in(w, t + 2, shell_nouns) ||
             (is_lower_word(w, t + 2) && tok_in(w, t + 3, shell_nouns))))
            break; /* "said it would invest $500bn, a pledge Cook made in February", "...,
                    * a claim the army denied": the writer's noun for the report itself */
        if (t > f + 2 && t + 1 < p1 && tok_is(w, t, "and") && tok_in(w, t + 1, second_acts))
            break; /* "saying he was a pioneer and calling him “a feminist”": a second act */
        if (t > f + 2 && t + 2 < p1 && (tok_is(w, t, "and") || tok_is(w, t, "but")) &&
            tok_in(w, t + 1, object_acts) &&
            (tok_in(w, t + 2, object_pronouns) || tok_is(w, t + 2, "it") ||
             tok_in(w, t + 2, determiners) || st->tok_ment[t + 2] >= 0 ||
             (tok_is(w, t + 1, "called") && tok_is(w, t + 2, "on"))))
            break; /* "Hamas said Israel had violated the truce and accused it of blocking
                    * aid": the speaker's own act, the report ends before it */
        if (tok_ch(w, t, ',') && t + 1 < p1 && (st->cue[t + 1] & NEWS_CUE_INDIRECT) &&
            (st->cue[t + 1] & NEWS_CUE_PAST) && (st->cue[t + 1] & NEWS_CUE_INVERT) &&
            t + 2 < p1 &&
            (!pronoun_kind(w, t + 2) ||
             (t + 3 < p1 && !st->inq[t + 3] && (aux_at(w, t + 3) || tok_in(w, t + 3, modals)))) &&
            (st->tok_ment[t + 2] < 0 || mention_then_verb(w, st, t + 2, p1)))
            break; /* "Cruz, who says X, said the vote ...", "..., said GOP voters should",
                    * "The Post, which once said it would cover him as entertainment, said it
                    * would treat him as news": the relative clause ended (not "..., said
                    * Kuleba.", "..., said he.") */
        last = (int64_t)t;
    }
    while (last > (int64_t)f && (w->tok.v[last].flags & NEWS_TF_PUNCT) && !tok_ch(w, last, '%')) {
        if (w->tok.v[last].quote) { /* "fears over a "UK Las Vegas"": the title's own mark */
            int64_t t = last - 1;
            while (t >= (int64_t)f && !w->tok.v[t].quote) t--;
            if (t >= (int64_t)f) break;
        }
        last--; /* "... by 8.6%." keeps its sign */
    }
    return last;
}

/* Where a report before its cue, from the sentence's start sb to the comma before the
 * subject, begins: after another report's own attribution inside it, set off by commas
 * ("In Seattle, marchers honored the victims, KING-TV reported, while in Chicago the parade
 * began with a moment of silence, the Sun-Times reported": the second report is "in Chicago
 * the parade began ...", past the joining word), else at sb. */
static int64_t after_inner_report(const NewsWork *w, const NewsQuoteState *st, size_t sb,
                                  size_t comma) {
    for (size_t t = comma; t-- > sb + 2;) {
        if (!tok_ch(w, t, ',') || t + 2 >= comma) continue;
        /* ", KING-TV reported," / ", Smith said,": a subject of a few words, then the cue */
        size_t c = t - 1;
        if (!(st->cue[c] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) ||
            !(st->cue[c] & NEWS_CUE_PAST))
            continue;
        /* the subject: a name (one the entity step missed too, in capitals) or a pronoun,
         * and nothing else between the comma and the cue */
        size_t b = c - 1;
        if (st->tok_ment[b] >= 0) {
            NewsMentionToks mt = news_ment_toks(w, (size_t)st->tok_ment[b]);
            if (mt.tok_end != c) continue;
            b = mt.tok_first;
        } else if (!pronoun_kind(w, b)) {
            while (b > sb && c - b < 4 && is_word(w, b) &&
                   (w->tok.v[b].flags & NEWS_TF_UPPER_INIT) && !tok_ch(w, b - 1, ','))
                b--;
            if (!is_word(w, b) || !(w->tok.v[b].flags & NEWS_TF_UPPER_INIT)) continue;
        }
        if (b <= sb + 1 || !tok_ch(w, b - 1, ',') || st->inq[b]) continue;
        size_t f = t + 1;
        while (f + 1 < comma && (tok_in(w, f, conjunctions) || tok_in(w, f, subordinators)))
            f++;
        return (int64_t)f;
    }
    return (int64_t)sb;
}

static int no_quote_in(const NewsQuoteState *st, size_t f, size_t l) {
    if (l < f || l - f > CLAUSE_TOKENS) return 0;
    for (size_t t = f; t <= l; t++)
        if (st->inq[t]) return 0;
    return 1;
}

/* words opening the writer's clause about when a report was made: "..., Lund said as she
 * left the court.", "..., he told aides while he waited." */
static const char *const saying_times[] = {"as", "while", "when", "after", "before", 0};
static int saying_time(const NewsWork *w, size_t i) {
    uint8_t c = w->text[w->tok.v[i].byte_start]; /* (a cheap test first: ends_soon asks it of
                                                   * the words after every cue) */
    return (c == 'a' || c == 'w' || c == 'b') && tok_in(w, i, saying_times);
}

/* Is there a mark within the next dozen tokens after k that could end a tail ("said on
 * Tuesday.", "said, ...")? Most cues are followed by a long clause: this cheap test spares
 * them the word-list lookups of past_tail and tail_ends. */
static int ends_soon(const NewsWork *w, size_t k, size_t p1) {
    for (size_t t = k + 1; t <= k + 12; t++) {
        if (t >= p1) return 1;
        const NewsToken *x = &w->tok.v[t];
        if (x->quote ||
            ((x->flags & NEWS_TF_PUNCT) &&
             (is_stop(w, t) || tok_ch(w, t, ',') || tok_ch(w, t, ':') || is_dash(w, t))) ||
            (t > k + 1 && saying_time(w, t)))
            return 1;
    }
    return 0;
}

/* Is token t a verb of saying, not a word for a document after a determiner or a name ("said
 * a World Bank report.")? */
static int cue_verb_at(const NewsWork *w, const NewsQuoteState *st, size_t t) {
    if (!(st->cue[t] & NEWS_CUE_INDIRECT)) return 0;
    if (t == 0 || (st->cue[t] & (NEWS_CUE_PAST | NEWS_CUE_ING)) || !tok_in(w, t, doc_words))
        return 1;
    return !(tok_in(w, t - 1, determiners) || st->tok_ment[t - 1] >= 0);
}

/* After cue k, past a few words of time, place or object ("said on Tuesday", "told a Senate
 * panel Wednesday"): the token that ends them, or -1 when something else comes. */
/* A lower-case plural noun by its ending ("analysts", "jurors"; not "as", "press", "bonus",
 * "crisis") */
static int bare_plural(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    return is_lower_word(w, i) && n > 3 && z[n - 1] == 's' && z[n - 2] != 's' &&
           z[n - 2] != 'u' && z[n - 2] != 'i' && !is_plain_role(w, i);
}

static int64_t past_tail(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1, int loose_ok) {
    if (!ends_soon(w, k, p1)) return -1;
    int loose = loose_ok ? 0 : 2;
    /* a date ends the report of a verb of saying ("..., Lund told reporters on Jan. 5."),
     * not of any verb ("..., part of an alliance agreed in 2000."); looked up only when a
     * date is there */
    int say = -1;
    size_t t = k + 1;
    /* "Phone ban transformed behaviour, says head teacher": a headline's description */
    if (t < p1 && headline_tail(w, st, t, p1)) return (int64_t)p1;
    for (; t < p1 && t - k <= 10; t++) {
        if (is_stop(w, t) || tok_ch(w, t, ',') || tok_ch(w, t, ':') || is_dash(w, t) ||
            w->tok.v[t].quote)
            return (int64_t)t;
        if (st->inq[t]) return -1;
        if (saying_time(w, t) && t + 1 < p1 &&
            (pronoun_kind(w, t + 1) ||
             (st->tok_ment[t + 1] >= 0 && w->ment.v[st->tok_ment[t + 1]].type == NEWS_PER)))
            return (int64_t)t; /* "..., Lund said as she left the court.": a clause of the
                                * writer's about the saying ends the tail */
        if (time_clause(w, t, p1)) return (int64_t)t;
        if (t > k + 1 && (w->tok.v[t - 1].flags & NEWS_TF_CLITIC) && tok_in(w, k, told_words)) {
            /* "..., she told BBC Two's Newsnight.", "..., told GMTV's Sunday programme.": a
             * programme's name after its owner ends the sentence */
            size_t u = t;
            while (u < p1 && u - t < 4 && is_word(w, u) &&
                   ((w->tok.v[u].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) ||
                    tok_in(w, u, outlet_nouns)))
                u++;
            if (u > t && (u >= p1 || is_stop(w, u))) return (int64_t)u;
        }
        if (t == k + 1 && t + 1 < p1 && st->tok_ment[t] < 0 && st->tok_ment[t + 1] >= 0 &&
            is_word(w, t) &&
            (w->tok.v[t].flags & NEWS_TF_UPPER_INIT) && honorific_at(w, t))
            continue; /* "..., warned Mr Cracknell.", "..., explained Dr Hosford." (not
                       * "protested after Mr Bashir, who ...") */
        if (IN_TAIL(w, t) || st->tok_ment[t] >= 0 ||
            /* "said in a statement posted on X", "in a video shared online" */
            (t > k + 2 && (st->cue[t] & NEWS_CUE_PAST) && IN_TAIL(w, t - 1) &&
             !tok_in(w, t - 1, determiners)) ||
            (is_date_word(w, t, k + 1) && (say >= 0 ? say : (say = tok_in(w, k, say_words)))) ||
            (w->tok.v[t].flags & NEWS_TF_CLITIC) || (t == k + 1 && tok_in(w, t, determiners)))
            continue; /* "say some Democrats." */
        if (t == k + 1 && is_lower_word(w, t) && tok_in(w, k, say_words)) {
            /* "..., said analysts.", "..., a witness told jurors.", "..., say researchers at
             * BDO.", "..., said market analysts Chart-Track.": a plural that ends the
             * sentence (not "said shareholders of Bancorp, Fla., have approved ...") */
            size_t e = t + (t + 1 < p1 && bare_plural(w, t + 1) && !bare_plural(w, t));
            if (bare_plural(w, e)) {
                size_t f = e + 1;
                if (f + 1 < p1 && (tok_is(w, f, "at") || tok_is(w, f, "from")) &&
                    st->tok_ment[f + 1] >= 0)
                    f++;
                if (f < p1 && st->tok_ment[f] >= 0) f = news_ment_toks(w, st->tok_ment[f]).tok_end;
                if (f >= p1 || is_stop(w, f)) return (int64_t)f;
            }
        }
        if (is_lower_word(w, t) && k > 0 && tok_ch(w, k - 1, ',') &&
            (t == k + 1 || (w->tok.v[t - 1].flags & NEWS_TF_CLITIC))) {
            /* "..., said Sun's chief operating officer Jonathan Schwartz.": the roles before
             * the name after an inverted cue (not "Manor Care said vice chairman Stewart
             * Bainum, 40, has been named ...", a clause) */
            size_t u = lower_run(w, st, t, p1, 0, 4, RUN_MENT);
            if (u > t && u < p1 && st->tok_ment[u] >= 0 && is_role_word(w, u - 1)) {
                t = u - 1;
                continue;
            }
        }
        if (tok_ch(w, t, '(') && t + 3 < p1 && tok_ch(w, t + 2, ')') && is_stop(w, t + 3) &&
            st->tok_ment[t - 1] >= 0 && (w->tok.v[t + 1].flags & NEWS_TF_UPPER_INIT))
            return (int64_t)t + 3; /* "..., says the Institute of Public Policy Research (IPPR)." */
        if ((t == k + 1 || (t == k + 2 && tok_is(w, k + 1, "the") && tok_in(w, k, told_words))) &&
            (st->cue[k] & NEWS_CUE_OBJECT) && is_word(w, t) &&
            (w->tok.v[t].flags & NEWS_TF_UPPER_INIT) && !pronoun_kind(w, t) &&
            (t + 1 >= p1 || is_stop(w, t + 1) || tok_ch(w, t + 1, ',') ||
             (w->tok.v[t + 1].flags & NEWS_TF_CLITIC) ||
             (IN_TAIL(w, t + 1) && !tok_in(w, t + 1, determiners))))
            continue; /* "..., Smith told POLITICO on Monday.", "..., she told the BBC.": a
                       * name the entity step missed (not "told MPs the Lord Chancellor, ...
                       * was": a clause follows) */
        if (loose < 2 && is_lower_word(w, t) && t > k + 1 &&
            (tok_in(w, t - 1, gap_preps) || tok_in(w, t - 1, determiners) ||
             st->tok_ment[t - 1] >= 0 || loose > 0) &&
            !tok_in(w, t, verbs_after) && !pronoun_kind(w, t) && !cue_verb_at(w, st, t)) {
            loose++; /* "told a Senate panel", "in interviews this week" */
            continue;
        }
        return -1;
    }
    /* the end of the paragraph ends the tail: "..., says Mark Ellis" closing a headline
     * (not the end of a window that cut a long paragraph) */
    return t >= p1 && (k + 1 >= p1 || (w->tok.v[p1 - 1].flags & NEWS_TF_PARA_END))
               ? (int64_t)p1
               : -1;
}

/* Does the sentence end within a few words after token k ("said on Tuesday.")? */
static int tail_ends(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1) {
    if (!ends_soon(w, k, p1)) return 0;
    for (size_t t = k + 1; t < p1 && t - k <= 8; t++) {
        if (is_stop(w, t)) return 1;
        /* "..., said Wilcox, an Orlando Republican who ...": an apposition to the speaker
         * named right after the cue */
        if (t == k + 1 && st->tok_ment[t] >= 0) {
            size_t e = news_ment_toks(w, st->tok_ment[t]).tok_end;
            if (e < p1 && e > t && tok_ch(w, e, ',') && e + 1 < p1 && is_word(w, e + 1) &&
                !tok_in(w, e + 1, conjunctions) && !tok_in(w, e + 1, verbs_after))
                return 1;
        }
        /* "The good news for Cruz, Woolson said, is that ...": a parenthetical report;
         * "..., aid groups say, as the army and M23 rebels blamed ...": a clause after */
        if (tok_ch(w, t, ',') && t + 1 < p1 &&
            (tok_in(w, t + 1, verbs_after) || tok_in(w, t + 1, conjunctions) ||
             tok_is(w, t + 1, "as")))
            return 1;
        if (!(IN_GAP(w, t) || st->tok_ment[t] >= 0 ||
              (is_date_word(w, t, k + 1) && tok_in(w, k, say_words)) ||
              (w->tok.v[t].flags & NEWS_TF_CLITIC) || tok_ch(w, t, ',')))
            break;
    }
    if (k + 1 >= p1 || (w->tok.v[k].flags & NEWS_TF_PARA_END)) return 1;
    int64_t e = past_tail(w, st, k, p1, 1);
    return e >= 0 && (e >= (int64_t)p1 || is_stop(w, (size_t)e) ||
                      saying_time(w, (size_t)e) || time_clause(w, (size_t)e, p1));
}

static int push_ind(NewsWork *w, NewsQuoteState *st, size_t *n_ind, int64_t f, int64_t l,
                    const Attr *a, float score, int whole) {
    if (f < 0 || l < f) return NEWS_OK;
    f = (int64_t)past_dateline(w, (size_t)f, (size_t)l); /* not what was reported */
    /* "said nothing about the contracts", "said little on": a thing not said, no report
     * (not "said nothing would change", a clause) */
    if (f < l && (tok_is(w, (size_t)f, "nothing") || tok_is(w, (size_t)f, "little")) &&
        (tok_in(w, (size_t)f + 1, prepositions) || !is_word(w, (size_t)f + 1)))
        return NEWS_OK;
    Ind *v = st->ind;
    while (*n_ind && v[*n_ind - 1].last >= f) {
        /* overlaps the previous one: keep that, unless this report takes in its cue ("Cruz
         * won crowds with promises to cut taxes, Stovall said": Stovall's words); then it
         * is weighed against the one before too, so the clauses stay in text order and
         * apart (the emit loop and SPEC's row order rely on it) */
        const NewsSpan *pc = &v[*n_ind - 1].at.cue;
        int said = span_in(w, pc, say_words); /* a "say"/"tell" report stays: the outer
                                                * one is the weaker reading */
        if (said || !(whole && f <= v[*n_ind - 1].first && pc->byte_len &&
              pc->byte_start >= w->tok.v[f].byte_start && pc->byte_start < w->tok.v[l].byte_start))
            return NEWS_OK;
        (*n_ind)--;
    }
    if (*n_ind >= st->ind_cap) {
        int rc = grow(w, &st->ind, &st->ind_cap, *n_ind + 1, sizeof(Ind));
        if (rc) return rc;
        v = st->ind;
    }
    v[*n_ind].first = (int32_t)f;
    v[*n_ind].last = (int32_t)l;
    v[*n_ind].at = *a;
    v[*n_ind].at.score = score;
    (*n_ind)++;
    return NEWS_OK;
}

/* "Councillor Helen Price, who leads the council, said ...": the words before the cue's
 * comma are its subject and a relative clause closed by that comma, not a report the cue
 * follows (not "The pier, which was built in 1908, is unsafe, said Lund"). */
static int relative_subject(NewsWork *w, NewsQuoteState *st, size_t sb, size_t k) {
    for (size_t t = sb + 2; t + 1 < k; t++) {
        if (st->inq[t] || is_stop(w, t)) return 0;
        if (!tok_ch(w, t - 1, ',')) continue;
        if (!tok_in(w, t, relatives)) return 0;
        size_t c = t + 1;
        while (c < k && !tok_ch(w, c, ',')) c++;
        return c == k - 1 && !has_verb(w, st, (int64_t)sb, (int64_t)t - 2);
    }
    return 0;
}

/* ", said an American official who was briefed ...": after the cue a speaker, then "who" or
 * a comma before any verb; not ", said Trump would win". */
static int speaker_follows(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1) {
    size_t j = k + 1;
    /* ", said housing minister Yvette Cooper.", ", said market analyst Datamonitor.": a few
     * lower-case words of a role, then the name */
    size_t r = lower_run(w, st, j, p1, 0, 3,
                         RUN_INQ | RUN_MENT | RUN_DET | RUN_ENDS | RUN_PRONOUN | RUN_CUE);
    int role = r > j && r < p1 && st->tok_ment[r] >= 0 && is_role_word(w, r - 1);
    if (j >= p1 || !(tok_in(w, j, determiners) || st->tok_ment[j] >= 0 || role ||
                     (w->tok.v[j].flags & NEWS_TF_UPPER_INIT)))
        return 0;
    for (size_t t = j + 1; t < p1 && t - j < 12; t++) {
        if (st->inq[t] || tok_in(w, t, verbs_after) || cue_verb_at(w, st, t)) return 0;
        if (tok_is(w, t, "who") || tok_is(w, t, "whose") || tok_ch(w, t, ',') || is_stop(w, t))
            return 1;
    }
    return 0;
}


/* Token j ends a share of people ("eight in 10", "3 in 4"), not a year ("the economy in 2005
 * as global demand", "Blair had in 1997 complained"). */
static int is_share(const NewsWork *w, size_t j, size_t lo) {
    return (w->tok.v[j].flags & NEWS_TF_DIGIT) && j > lo + 1 && tok_is(w, j - 1, "in") &&
           ((w->tok.v[j - 2].flags & NEWS_TF_DIGIT) || tok_in(w, j - 2, number_words));
}

/* "thirty", "Forty": a tens number word */
static int tok_ends_ty(const NewsWork *w, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    return t->byte_len >= 5 && t->byte_len <= 7 && z[t->byte_len - 2] == 't' &&
           z[t->byte_len - 1] == 'y';
}

/* A share of people as the subject of cue k: "74 percent said", "most of them", "Nearly
 * eight in 10 harbour workers (overall) said"; 1 when set, 0 when there is none, -1 when the
 * share lies inside a quotation (no subject at all). */
static int quantity_subject(NewsWork *w, NewsQuoteState *st, size_t k, size_t lo, Attr *a) {
    if (k <= lo) return 0;
    size_t j = k - 1;
    int skips = 0;
    while (j > lo && skips < 2 && (is_filler(w, j) || tok_is(w, j, "overall")) &&
           !tok_in(w, j, quantity_words))
        j--, skips++;
    if (j > lo + 2 && tok_ch(w, j, ')')) {
        /* "Most (62%) said": the share in brackets after the word is no subject */
        size_t o = j - 1;
        while (o > lo && j - o < 5 && !tok_ch(w, o, '(') &&
               ((w->tok.v[o].flags & NEWS_TF_DIGIT) || tok_ch(w, o, '%') ||
                tok_is(w, o, "percent")))
            o--;
        if (tok_ch(w, o, '(') && o < j - 1 && o > lo && tok_in(w, o - 1, quantity_words))
            j = o - 1;
    } else if (j > lo + 4 && tok_ch(w, j, ',')) {
        /* "Some, such as Ana Ferri, said": an aside of examples after the word */
        for (size_t c = j - 1; c > lo && j - c < 10; c--) {
            if (st->inq[c] || is_stop(w, c)) break;
            if (!tok_ch(w, c, ',')) continue;
            if ((tok_is(w, c + 1, "including") ||
                 (tok_is(w, c + 1, "such") && tok_is(w, c + 2, "as"))) &&
                tok_in(w, c - 1, quantity_words))
                j = c - 1;
            break;
        }
    }
    size_t q = j, qe = j; /* "eight in 10 harbour workers (overall) said": past the people */
    while (q > lo && j - q < 3 && !st->inq[q] &&
           (is_lower_word(w, q) ||
            (is_word(w, q) && (w->tok.v[q].flags & NEWS_TF_UPPER_INIT) &&
             (st->tok_ment[q] < 0 || w->ment.v[st->tok_ment[q]].type == NEWS_MISC))) &&
           !IN_GAP(w, q) && !(st->cue[q] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
        q--; /* "eight in 10 Democratic voters": a nation or a party may lead the people */
    if (q < j && is_share(w, q, lo)) j = q;
    if (is_share(w, j, lo)) {
        /* "About three in 10 said", "Nearly eight in 10 Democratic voters said" */
        size_t b = j - 1;
        while (b > lo && j - b < 4 && is_word(w, b - 1) && !st->inq[b - 1]) b--;
        set_speaker(w, st, a, b, qe + 1, NEWS_SPK_DESC, -1, 0.5f);
        return 1;
    }
    int per_cent = tok_is(w, j, "cent") && j > lo + 1 && tok_is(w, j - 1, "per");
    if ((tok_in(w, j, quantity_words) || per_cent ||
         (tok_ch(w, j, '%') && j > lo && (w->tok.v[j - 1].flags & NEWS_TF_DIGIT))) &&
        !tok_in(w, k, noun_cues)) { /* ("70% said": the sign is no word) */
        /* "74 percent", "most of them", "none": a number or quantifier speaks; "Thirty per
         * cent said" */
        size_t b = per_cent ? j - 1 : j;
        while (b > lo && j - b < 4 &&
               ((w->tok.v[b - 1].flags & NEWS_TF_DIGIT) || tok_in(w, b - 1, determiners) ||
                (per_cent && is_word(w, b - 1) && tok_ends_ty(w, b - 1)) ||
                tok_in(w, b - 1, number_words)))
            b--;
        if (per_cent && b == j - 1) return 0;
        if (st->inq[b]) return -1;
        set_speaker(w, st, a, b, j + 1, NEWS_SPK_DESC, -1, 0.5f);
        return 1;
    }
    return 0;
}

/* The subject of cue k when subject_before finds none: "74 percent said", "some said",
 * "Spicer on Thursday evening said", "... and says Obama is ...". */
static int indirect_subject(NewsWork *w, NewsQuoteState *st, size_t k, size_t lo, size_t p0,
                            Attr *a) {
    if (k <= lo) return 0;
    int qs = quantity_subject(w, st, k, lo, a);
    if (qs) return qs > 0;
    if (k > lo + 2 && (tok_is(w, k - 1, "them") || tok_is(w, k - 1, "us")) &&
        tok_is(w, k - 2, "of")) {
        /* "Half of them said", "As many as three-fourths of them tell pollsters": a share
         * of people named before, from the start of its phrase (no one in particular) */
        size_t b = k - 2;
        while (b > lo && k - b < 9 && !st->inq[b - 1] &&
               (is_word(w, b - 1) || is_dash(w, b - 1)) && !tok_is(w, b - 1, "that") &&
               !tok_in(w, b - 1, conjunctions) && !tok_in(w, b - 1, verbs_after) &&
               !(st->cue[b - 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            b--;
        if (b < k - 2) {
            set_speaker(w, st, a, b, k, NEWS_SPK_DESC, -1, 0.5f);
            return 1;
        }
    }
    /* "Spicer on Thursday evening said", "Amano in a statement said": past the phrase */
    size_t g = k;
    while (g > lo && k - g < 5 && !tok_in(w, g - 1, determiners) &&
           (tok_in(w, g - 1, cue_gap) || is_date_word(w, g - 1, lo) ||
            (st->tok_ment[g - 1] >= 0 && g - 1 > lo && tok_in(w, g - 2, determiners))))
        g--; /* "in a statement", "on Thursday evening", "in a Medium post" */
    if (g < k && g > lo && tok_in(w, g, gap_preps) &&
        (tok_in(w, k - 1, gap_ends) || is_date_word(w, k - 1, lo)))
        return subject_before(w, st, g, lo, a); /* (and "The unit in 2003 said") */
    if (tok_in(w, k - 1, gap_ends)) {
        /* "Bush in a Medium post said", "Varga in a blog post said": a phrase of place with
         * a word of its own before the noun */
        for (g = k - 1; g-- > lo && k - g <= 6;) {
            if (st->inq[g] || !is_word(w, g) || tok_in(w, g, verbs_after)) break;
            if (tok_is(w, g, "in") || tok_is(w, g, "on") || tok_is(w, g, "during")) {
                if (g > lo && g + 1 < k && tok_in(w, g + 1, determiners))
                    return subject_before(w, st, g, lo, a);
                break;
            }
        }
    }
    if (tok_is(w, k - 1, "and") && tok_in(w, k, say_words) && k - 1 > lo &&
        !(is_lower_word(w, k - 2) && ends_in_s(w, k - 2)))
        return sentence_subject(w, st, k - 1, p0, a); /* "... and says Obama is ..." */
    if (k - 1 > lo + 1 && tok_is(w, k - 2, "and") && tok_in(w, k, say_words) &&
        (tok_is(w, k - 1, "has") || tok_is(w, k - 1, "have")))
        return sentence_subject(w, st, k - 2, p0, a); /* "... and has said it wants ..." */
    if (tok_is(w, k - 1, "now") || tok_is(w, k - 1, "too"))
        return subject_before(w, st, k - 1, lo, a); /* "Mexican officials now say" */
    if (k - 1 > lo && is_dash(w, k - 2) && (tok_is(w, k - 1, "had") || tok_is(w, k - 1, "has")))
        k--; /* "Mr Lund - keen to reassure investors - had said" */
    if (is_dash(w, k - 1)) {
        /* "Democratic leaders — and, in particular, Harry Reid — insisted" */
        for (size_t d = k - 1; d-- > lo && k - d < 24;) {
            if (is_stop(w, d)) break; /* a quotation may sit in the aside: "— who said he
                                        * would “bomb” them —" */
            if (is_dash(w, d)) return subject_before(w, st, d, lo, a);
        }
        return 0;
    }
    int32_t s0 = (int32_t)w->tok.v[0].sentence;
    size_t sb = (size_t)st->sfirst[w->tok.v[k].sentence - s0];
    if (k - 1 > lo + 1 && tok_ch(w, k - 2, ')') && is_filler(w, k - 1))
        k--; /* "the Office of the Deputy Prime Minister (ODPM) has said" */
    if (tok_ch(w, k - 1, ')')) { /* "Sen. Mitch Lund (R-Ky.) said" */
        for (size_t b = k - 1; b-- > lo && k - b < 8;)
            if (tok_ch(w, b, '(')) return b > lo && subject_before(w, st, b, lo, a);
        return 0;
    }
    int closer = w->tok.v[k - 1].quote && st->inq[k - 1]; /* “The Apprentice,” said */
    if ((tok_ch(w, k - 1, ',') || closer) && sb >= lo && sb < k) {
        /* "Trump, the longtime owner of ... “The Apprentice,” said", "The chairman, Rex
         * Early, a former chairman who ..., said": an apposition the speaker search could not
         * cross names the person it follows, near the start of the sentence */
        for (size_t t = sb; t < k && t - sb < 8; t++) {
            int32_t m = st->tok_ment[t];
            if (m < 0 || st->inq[t]) continue;
            const NewsMention *me = &w->ment.v[m];
            NewsMentionToks mt = news_ment_toks(w, (size_t)m);
            if (me->type == NEWS_PER && mt.tok_end < k && tok_ch(w, mt.tok_end, ',') &&
                (t == sb || tok_ch(w, t - 1, ','))) {
                set_mention_speaker(w, st, a, m, 0.7f);
                return 1;
            }
            t = mt.tok_end - 1;
        }
        /* "Menatep lawyers, who were excluded from the auction, said": a plural, a role or a
         * body opening the sentence, then a relative clause */
        for (size_t c = sb + 1; c < k && c - sb <= 4; c++) {
            if (st->inq[c] || !(is_word(w, c) || tok_ch(w, c, ','))) break;
            if (!tok_ch(w, c, ',')) continue;
            size_t h = c - 1;
            if (c + 1 < k && (tok_is(w, c + 1, "who") || tok_is(w, c + 1, "which")) &&
                is_lower_word(w, h) && !tok_in(w, h, verbs_after) &&
                (is_role_word(w, h) || tok_in(w, h, org_nouns) || plural_noun(w, h))) {
                set_speaker(w, st, a, sb, c, NEWS_SPK_DESC, -1, 0.55f);
                return 1;
            }
            break;
        }
    }
    return 0;
}

/* A verb in tokens [f, l]: "said the reported suicide bomber, who ..." and "said little about
 * how" report no clause. Auxiliaries, modals, common irregular pasts, and -ed or -s words
 * not right after a determiner ("the reported bomber"). */
static const char *const common_verbs[] = {
    "do", "won", "lost", "went", "made", "got", "took", "came", "gave", "saw", "knew",
    "thought", "felt", "left", "kept", "met", "put", "ran", "became", "began", "held", "led",
    "paid", "sent", "stood", "sold", "need", "want", "know", "think", "believe", "support",
    "plan", "expect", "hope", "see", "like", "get", "go", "come", "take", "make", "be", "been",
    "set", "cut", "hit", "let", "welcome", "remain", "seem", "appear", "continue", "face", "fear",
    "worry", "stay", "tend", "look", "feel", "show",
    /* irregular pasts that are neither nouns nor participles ("the £80m spent on ..." is
     * no verb): "said its index fell", "said sales rose" */
    "fell", "rose", "grew", "drove", "wrote", "spoke", "broke", "chose", "stole", "drew",
    "threw", "flew", "blew", "forgot", "withdrew", "overtook", "sank", "shrank", "swam",
    "froze", "arose", "tore", "wore", "sprang",
    /* and pasts that are participles too, but no noun: "said the party stuck to the rules",
     * "said the firm brought the case" */
    "stuck", "struck", "brought", "bought", "caught", "taught", "fought", "sought", "fled",
    "understood", "rang", "sang", "swung", "dealt", "meant", 0};

/* A verb in the past at token i: one in -ed or an irregular one ("rose", "fell", "grew") */
static int plain_past(const NewsWork *w, size_t i) {
    return ed_word(w, i) || tok_in(w, i, common_verbs);
}

/* prepositions that open a phrase of time or place before a parenthetical cue */
static const char *const lead_preps[] = {"in", "on", "at", "for", "after", "before", "during",
                                         "by", "from", "under", "over", "within", "since", "of", 0};

static const char *const comparatives[] = {
    "bigger", "fewer", "higher", "larger", "lower", "more", "slower", "smaller", "stronger",
    "weaker", "better", "worse", "faster", "cheaper", 0};

/* A name at token i that may be the subject of the word after it: not one after an article
 * or a preposition, which is a noun's modifier ("the Northumberland coast", "in Leeds
 * town"), unless that word has a verb's ending ("the Sterling 825S sells"; not "his Golden Globe
 * success"); a name of another kind (MISC) only before such a word ("the MVSB2400 lists
 * for $300"; not "British church envoy"). */
static int name_subject(const NewsWork *w, const NewsQuoteState *st, size_t i) {
    int32_t m = st->tok_ment[i];
    if (m < 0) return 0;
    size_t a = news_ment_toks(w, (size_t)m).tok_first;
    const NewsToken *x = &w->tok.v[i + 1];
    const uint8_t *z = w->text + x->byte_start + x->byte_len;
    int verb_end = (x->byte_len > 2 && z[-1] == 's' && z[-2] != 's') || ed_word(w, i + 1);
    if (w->ment.v[m].type == NEWS_MISC && !ends_in_s(w, i)) return verb_end; /* "British church" */
    return a == 0 || !(tok_in(w, a - 1, determiners) || tok_in(w, a - 1, prepositions)) || verb_end;
}

/* Whether the first word i of a clause ending at l, in -s, is a noun: nothing after it in
 * the clause, or a preposition, "to" or a relative ("announced plans to buy", "debts of
 * £62m", "plans which would ..."; not "insist voters face ..."). */
static int first_noun(NewsWork *w, size_t i, int64_t l) {
    return (int64_t)i + 1 > l || !is_lower_word(w, i + 1) || tok_in(w, i + 1, prepositions) ||
           tok_is(w, i + 1, "to") || tok_is(w, i + 1, "which") || tok_is(w, i + 1, "that");
}

/* has_verb, or with plural_s 0 not counting a word in -s as a verb ("reported strong
 * sales", "reported revenues of $69m": after "report", a noun far more often), with 2 not
 * the first word when first_noun says it is one. */
static int has_verb_as(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l, int plural_s);

static int has_verb(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l) {
    return has_verb_as(w, st, f, l, 1);
}

/* numbers and quantities that stand for people or things as a clause's whole subject
 * ("the two", "both", "many"), whose word in -ed is then its verb */
static const char *const pronoun_counts[] = {"one", "two", "three", "four", "both", "many",
                                             "most", "several", "few", "some", "each", 0};

/* conjunctions that may open a sentence before its subject */
static const char *const lead_conjunctions[] = {"yet", "but", "and", "so", 0};

/* words in -s that are never verbs ("the fourth this year") */
static const char *const s_words[] = {"this", "thus", "plus", "less", "unless", "across",
                                      "news", "series", "perhaps", "always", "whereas", 0};

static int has_verb_as(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l, int plural_s) {
    for (int64_t t = f; t <= l && t - f < 40; t++) {
        size_t i = (size_t)t;
        if ((aux_at(w, i) || tok_in(w, i, common_verbs) ||
             ((st->cue[i] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
              !(t > f && (tok_in(w, i - 1, determiners) ||
                          (w->tok.v[i - 1].flags & NEWS_TF_CLITIC))))) &&
            !(t > f && (w->tok.v[i].flags & NEWS_TF_UPPER_INIT) && tok_is(w, i, "may")))
            return 1; /* (not "in May": the month; not "a warning", "the fascist's quote") */
        if ((w->tok.v[i].flags & NEWS_TF_CLITIC) && t > f && pronoun_kind(w, i - 1))
            return 1; /* "he's open", "he'd welcome" */
        if (!is_lower_word(w, i)) continue;
        if (t > f && (tok_in(w, i - 1, subj_pronouns) || name_subject(w, st, i - 1)) &&
            !tok_in(w, i, phrase_ends) && !tok_in(w, i, small_words))
            return 1; /* "they prefer", "Trump leads" (not "on the Northumberland coast", but
                       * "the Sterling 825S sells") */
        if (t > f && ed_word(w, i) && tok_in(w, i - 1, pronoun_counts) &&
            (t - 1 == f || !is_lower_word(w, i - 2) || tok_is(w, i - 2, "the")) &&
            (i + 1 >= w->tok.n || !is_lower_word(w, i + 1) || tok_in(w, i + 1, determiners) ||
             tok_in(w, i + 1, possessives) || tok_in(w, i + 1, prepositions) ||
             tok_in(w, i + 1, object_pronouns)))
            return 1; /* "said the two raised $350m", "said both agreed to", "said many died
                       * in the fire": a number or a quantity standing for people, then its
                       * verb (not "reported two confirmed cases", a noun after the word) */
        if (w->tok.v[i].byte_len < 4 ||
            (t > f && tok_in(w, i - 1, determiners) &&
             !((t - 1 == f || (t - 2 == f && tok_in(w, i - 2, lead_conjunctions))) &&
               tok_in(w, i - 1, this_words)))) /* "These constituted ...", "Yet these ..." */
            continue;
        const uint8_t *z = w->text + w->tok.v[i].byte_start;
        size_t n = w->tok.v[i].byte_len;
        /* a plural after a number, a preposition or a comparative is a noun: "a loss of
         * 2,000 votes", "a loss of jobs", "denies five counts", "reported weaker sales" (but
         * "3,000 died", "more than doubled") */
        int noun_s = t > f && ((w->tok.v[i - 1].flags & NEWS_TF_DIGIT) ||
                               tok_in(w, i - 1, prepositions) || tok_in(w, i - 1, comparatives) ||
                               tok_in(w, i - 1, number_words) || tok_in(w, i - 1, time_links));
        if ((z[n - 2] == 'e' && z[n - 1] == 'd') ||
            (plural_s && z[n - 1] == 's' && z[n - 2] != 's' && !noun_s &&
             !(plural_s == 2 && t == f && first_noun(w, i, l)) && !tok_in(w, i, s_words)) ||
            tok_is(w, i, "cost")) /* "said the pool cost £2m" (not "admitted the cost") */
            return 1;
    }
    return 0;
}

/* The last word of [f, l] where a clause after a cue may have its verb: not past a second
 * verb joined to the cue's own ("reported slower growth and cut its forecast": the subject's
 * deeds; a second cue ends the report itself) nor inside a subordinate clause after a
 * phrase of the object ("wrote most of her novel in the year after her husband died", "a
 * rise in profits after the dollar fell"; not "profit before exceptional items rose"). */
static int64_t object_end(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l) {
    int prep = 0;
    for (int64_t t = f + 1; t < l && t - f < 40; t++) {
        size_t i = (size_t)t;
        if (st->inq[i]) break;
        /* (and "despite": "maintained their opposition to the tax despite attempts to
         * persuade them it would ..." has no clause of its own before it) */
        if (prep && (tok_in(w, i, subordinators) || tok_is(w, i, "despite")) &&
            !tok_is(w, i, "as") && !tok_is(w, i, "once"))
            return t - 1;
        prep |= tok_in(w, i, prepositions);
        if ((tok_is(w, i, "and") || tok_is(w, i, "but") || tok_is(w, i, "or")) &&
            is_lower_word(w, i + 1) && !(st->cue[i + 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
            (aux_at(w, i + 1) ||
             ((tok_in(w, i + 1, common_verbs) || ed_word(w, i + 1)) && i + 2 <= (size_t)l &&
              (tok_in(w, i + 2, determiners) || (w->tok.v[i + 2].flags & NEWS_TF_DIGIT)))))
            return t - 1; /* (not "the heat and unsettled weather could last") */
    }
    return l;
}

/* A verb in the words [f, l] after an inverted cue, which should name a speaker: "said the
 * bid undervalued the business", "said the club needs a new owner" (a verb in -s after a
 * determiner and a noun, with words after it); not "said an American official", "said
 * analysts at Barclays", "said the local officials". */
static int verb_in_speaker(NewsWork *w, size_t f, size_t l) {
    for (size_t t = f; t <= l; t++) {
        if (tok_in(w, t, verbs_after) || tok_in(w, t, modals) || tok_in(w, t, common_verbs))
            return 1;
        const NewsToken *x = &w->tok.v[t];
        if (!is_lower_word(w, t) || x->byte_len < 4) continue;
        const uint8_t *z = w->text + x->byte_start;
        size_t n = x->byte_len;
        if (z[n - 2] == 'e' && z[n - 1] == 'd' && t > f && !tok_in(w, t - 1, determiners))
            return 1;
        if (z[n - 1] == 's' && z[n - 2] != 's' && t >= f + 2 && t < l && is_lower_word(w, t - 1) &&
            tok_in(w, t - 2, determiners))
            return 1;
    }
    return 0;
}

/* Nouns whose "that" opens what they hold, not a relative clause ("reaffirmed the view that
 * around current levels ..."). */
static const char *const content_nouns[] = {
    "allegation", "allegations", "argument", "assessment", "assurance", "assurances", "belief",
    "claim", "claims", "commitment", "conclusion", "concern", "concerns", "estimate",
    "expectation", "expectations", "fact", "fear", "fears", "forecast", "hope", "hopes",
    "idea", "insistence", "message", "news", "pledge", "position", "prediction", "promise",
    "proposal", "report", "reports", "rumours", "statement", "suggestion", "view", "views",
    "warning", "warnings", 0};

/* Nouns of a deed or a state that, right after a cue other than say or tell (with a
 * possessive or "any" before them), are its object, never a report's subject: "conceded
 * defeat in a Facebook post", "denied any wrongdoing in a statement issued on Friday",
 * "announced his retirement in a video posted online" (the verbs of the phrase after them
 * are no clause's); "said defeat was near" is a clause, and a modal or an auxiliary after
 * the noun, before any clause of time, keeps it one ("admitted victory against Deportivo was
 * vital"). */
static const char *const deed_nouns[] = {
    "candidacy", "candidature", "culpability", "defeat", "departure", "guilt", "involvement",
    "liability", "negligence", "resignation", "responsibility", "retirement", "victory",
    "wrongdoing", 0};

static int deed_object(NewsWork *w, NewsQuoteState *st, size_t k, int64_t f, int64_t l) {
    if (f < 0 || l < f || tok_in(w, k, say_words)) return 0;
    size_t i = (size_t)f;
    if ((tok_in(w, i, possessives) || tok_is(w, i, "any")) && (int64_t)i < l) i++;
    if (!tok_in(w, i, deed_nouns) || st->inq[i]) return 0;
    int64_t e = object_end(w, st, (int64_t)i, l);
    for (size_t t = i + 1; (int64_t)t <= e && !tok_ch(w, t, ','); t++)
        if (aux_at(w, t) || tok_in(w, t, modals)) return 0; /* (a comma ends the object) */
    return 1;
}

/* The last word of [f, l] before a relative clause on the object of a cue other than
 * say or tell: "proposed a budget that relies on ...", "announced plans which would cut
 * ..." (the verb is the relative clause's, no report); not "warned the company that it
 * would sue", where "that" opens what was said, nor after a noun of content. */
/* "estimated the cost at $2bn", "estimates losses at between 20 and 35 pct": an amount
 * put on an object after "at", before any verb, is no clause (not "estimated that ...") */
static const char *const estimate_words[] = {"estimate", "estimates", "estimated", 0};
static const char *const amount_leads[] = {"about", "around", "roughly", "some", "between",
                                           "least", "more", "less", "up", "nearly",
                                           "almost", "over", "under", "as", 0};
static int estimate_at(NewsWork *w, NewsQuoteState *st, size_t k, int64_t f, int64_t l) {
    if (!tok_in(w, k, estimate_words)) return 0;
    for (int64_t t = f + 1; t < l && t - f < 12; t++) {
        size_t i = (size_t)t;
        if (st->inq[i] || aux_at(w, i)) return 0;
        if (tok_is(w, i, "at"))
            return (w->tok.v[i + 1].flags & NEWS_TF_DIGIT) || tok_in(w, i + 1, amount_leads) ||
                   w->tok.v[i + 1].byte_len == 1; /* ("$", "£") */
    }
    return 0;
}

static int64_t relative_cut(NewsWork *w, NewsQuoteState *st, int64_t f, int64_t l) {
    for (int64_t t = f + 1; t < l && t - f < 40; t++) {
        size_t i = (size_t)t;
        if (st->inq[i]) break;
        if ((tok_is(w, i, "that") || tok_is(w, i, "which")) && is_lower_word(w, i - 1) &&
            !tok_in(w, i - 1, determiners) && !tok_in(w, i - 1, content_nouns) &&
            is_lower_word(w, i + 1) && !pronoun_kind(w, i + 1) && !tok_in(w, i + 1, determiners))
            return t - 1;
        if (tok_is(w, i, "whose") && t > f + 1)
            return t - 1; /* "who wrote the motion and whose district includes ...": (s28) */
    }
    return l;
}

/* After an inverted verb of saying that speaker_follows accepted, with no end of sentence
 * in sight: -1 for a cue other than say/tell (inverted, but no row: ", insists Mr Hadi, an
 * Iraqi who ..."), 0 when the words after the cue hold a verb (", said the club needs ...":
 * a clause, not a speaker), 1 for a speaker alone (", said Mr Seagrave." / ", said the chief
 * executive, Ana Ferri."), 2 for a speaker the sentence goes on after (", says Dr Tuffy,
 * games could become ..."), *bf and *bl then being that second part. */
static int speaker_then(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1, int64_t *bf,
                        int64_t *bl) {
    if (!tok_in(w, k, say_words)) return -1;
    size_t e = k + 1;
    while (e < p1 && e - k < 13 && !tok_ch(w, e, ',') && !is_stop(w, e) &&
           !tok_is(w, e, "who") && !tok_is(w, e, "whose"))
        e++;
    if (e >= p1 || e - k > 7 || e == k + 1 || verb_in_speaker(w, k + 1, e - 1)) return 0;
    if (!tok_ch(w, e, ',') || e + 1 >= p1) return 1;
    size_t b = e + 1;
    /* a gerund's phrase may be B's subject when a modal or an auxiliary follows it: "For
     * instance, said Mr Hogan, filtering out such messages can stop 75% of spam" (not ",
     * said Lund, speaking at a rally", the writer's) */
    int gerund = is_ing_word(w, b) && !(st->cue[b] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
                 !tok_is(w, b, "according");
    for (size_t t = b + 1; gerund && t < p1; t++) {
        if (t - b >= 12 || is_stop(w, t) || tok_ch(w, t, ',') || st->inq[t] ||
            tok_in(w, t, relatives) || (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) {
            gerund = 0;
            break;
        }
        if (tok_in(w, t, modals) || tok_in(w, t, verbs_after)) break;
    }
    if (!(can_start_clause(w, st, b) || tok_is(w, b, "that")) || tok_is(w, b, "a") ||
        tok_is(w, b, "an") || (is_ing_word(w, b) && !gerund))
        return 1;
    int32_t m = st->tok_ment[b];
    if (m >= 0) { /* "said the chief executive, Ana Ferri, on Monday": an apposition */
        size_t me = news_ment_toks(w, (size_t)m).tok_end;
        if (me >= p1 || tok_ch(w, me, ',') || is_stop(w, me)) return 1;
    }
    int verb = tok_is(w, b, "that"); /* ", said Mr Dunlop, that the tide is high" */
    /* a verb in the past after a subject with no article (not "..., said the report, the
     * highest total sold to date", the writer's apposition; not "..., though work needed
     * ...") */
    int past_ok = !tok_in(w, b, determiners) && !tok_in(w, b, conjunctions) &&
                  !tok_in(w, b, subordinators);
    for (size_t t = b; !verb && t < p1 && t - b < 16; t++) {
        if (is_stop(w, t) || tok_ch(w, t, ',') || st->inq[t] || tok_in(w, t, relatives)) return 1;
        verb = tok_in(w, t, verbs_after) || tok_in(w, t, modals) ||
               (t > b && past_ok && is_lower_word(w, t) && plain_past(w, t) &&
                !tok_in(w, t - 1, determiners)); /* "..., said Mr Macklin, users made ..." */
    }
    if (!verb) return 1;
    *bf = (int64_t)b;
    *bl = clause_end(w, st, b, p1);
    return *bl > *bf ? 2 : 1;
}

/* "According to X, CLAUSE" / "As reported by X, CLAUSE": the clause after the comma that
 * ends the source named from token k + 2 on, within 16 tokens; *f and *l unchanged if none. */
static void clause_after_comma(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1,
                               int64_t *f, int64_t *l) {
    for (size_t e = k + 2; e < p1 && e - k < 16; e++) {
        if (st->inq[e] || is_stop(w, e)) break;
        if (tok_ch(w, e, ',')) {
            if (e + 1 < p1 && (tok_is(w, e + 1, "a") || tok_is(w, e + 1, "an"))) {
                /* "According to KFF, a nonpartisan research group, enrollees ...": past an
                 * apposition, words with no verb before a comma */
                size_t c = e + 2;
                while (c < p1 && c - e < 12 && !tok_ch(w, c, ',') && !is_stop(w, c) &&
                       !st->inq[c] && !tok_in(w, c, verbs_after) && !ed_word(w, c) &&
                       !(st->cue[c] & NEWS_CUE_PAST))
                    c++;
                if (c < p1 && c - e < 12 && tok_ch(w, c, ',')) e = c;
            } else if (e + 2 < p1 && tok_is(w, e + 1, "the")) {
                /* "According to the CPRE, the countryside charity, more than ...": a short
                 * apposition after "the", nouns in lower case only (s28) */
                size_t c = e + 2;
                while (c < p1 && c - e <= 4 && is_lower_word(w, c) && !st->inq[c] &&
                       !tok_in(w, c, prepositions) && !verb_like(w, c) &&
                       !tok_in(w, c, verbs_after))
                    c++;
                if (c + 1 < p1 && c > e + 2 && tok_ch(w, c, ',') &&
                    !tok_in(w, c + 1, verbs_after) && !verb_like(w, c + 1))
                    e = c; /* (not the subject set off: "..., the blogosphere, has doubled") */
            }
            *f = (int64_t)e + 1;
            *l = *f < (int64_t)p1 ? clause_end(w, st, (size_t)*f, p1) : -1;
            break;
        }
    }
}

/* ", said a World Bank report.", ", new research says.", ", said market analyst
 * Datamonitor.": a short phrase with no verb that ends the sentence after an inverted cue
 * at k - 1 and ends in a word for a document or a name; the speaker the search for a
 * person (subject_after) did not find. */
static int phrase_ends_sentence(NewsWork *w, NewsQuoteState *st, size_t j, size_t p1, Attr *a) {
    size_t e = j;
    while (e < p1 && e - j < 6 && is_word(w, e) && !st->inq[e]) e++;
    if (e == j || e >= p1 || !is_stop(w, e) || verb_in_speaker(w, j, e - 1)) return 0;
    size_t h = e - 1;
    if (!tok_in(w, h, doc_words) &&
        !((w->tok.v[h].flags & NEWS_TF_UPPER_INIT) && h > j && is_lower_word(w, h - 1) &&
          (is_role_word(w, h - 1) || tok_in(w, h - 1, org_nouns))))
        return 0;
    if (st->tok_ment[h] >= 0) set_mention_speaker(w, st, a, st->tok_ment[h], 0.6f);
    else set_speaker(w, st, a, j, e, NEWS_SPK_DESC, -1, 0.5f);
    return 1;
}

/* verbs whose passive takes "as saying": "was quoted as saying", "has been reported as
 * saying", "was cited by Kyodo as saying" */
static const char *const quoted_words[] = {"cited", "quoted", "reported", 0};

/* The first word of the passive before "as" and the cue "saying" at k ("Ferri [was] quoted
 * (by the Journal) as saying", its auxiliaries included, so that the subject ends before
 * it), or 0 when there is none. */
static size_t quoted_as_at(const NewsWork *w, const NewsQuoteState *st, size_t k, size_t sb) {
    if (k < sb + 3 || !tok_is(w, k - 1, "as")) return 0;
    size_t v = k - 2;
    if (!tok_in(w, v, quoted_words)) { /* "quoted by the local daily al-Qabas as saying" */
        while (v > sb + 1 && k - v < 14 && !tok_is(w, v, "by")) {
            if (st->inq[v] || is_stop(w, v) || tok_ch(w, v, ',')) return 0;
            v--;
        }
        if (!tok_is(w, v, "by") || !tok_in(w, v - 1, quoted_words)) return 0;
        v--;
    }
    while (v > sb + 1 && (tok_in(w, v - 1, passive_marks) || is_filler(w, v - 1))) v--;
    return v > sb ? v : 0;
}

/* The clause of a passive "asked"/"told" at k (find_indirect), or -1: a question after
 * "asked" ("was asked whether ..."), a clause after "told", past "by" and its agent. */
static int64_t passive_clause(NewsWork *w, NewsQuoteState *st, size_t k, unsigned cf, size_t p1,
                              int told) {
    if (!told) {
        int that_at = 0;
        int64_t q = clause_start(w, st, k, cf, p1, &that_at);
        return q >= 0 && tok_in(w, (size_t)q, wh_words) && !tok_is(w, (size_t)q, "which") ? q : -1;
    }
    size_t j = k + 1;
    if (j + 1 < p1 && tok_is(w, j, "by")) { /* "was told by officials that" */
        j++;
        while (j < p1 && j - k < 8 && is_word(w, j) && !tok_is(w, j, "that") && !pronoun_kind(w, j))
            j++;
    }
    if (j < p1 && (tok_is(w, j, "that") || (clause_opener(w, st, j, 0) &&
                                            !tok_in(w, j, object_pronouns) &&
                                            verb_soon(w, st, j, p1))))
        return (int64_t)j;
    return -1;
}

/* "Ferri, who said the port was safe, voted no": a report inside a relative clause (cue k
 * right after ", who", or after ", who also") ends at the comma that closes the clause,
 * before the main verb. */
static int64_t relative_report_end(NewsWork *w, NewsQuoteState *st, size_t k, int64_t f,
                                   int64_t l) {
    size_t r = k >= 1 && tok_is(w, k - 1, "who") ? k - 1
               : k >= 2 && tok_is(w, k - 2, "who") && is_lower_word(w, k - 1) ? k - 2
                                                                               : 0;
    if (r == 0 || !tok_ch(w, r - 1, ',')) return l;
    for (int64_t t = f + 1; t < l; t++)
        if (tok_ch(w, (size_t)t, ',')) {
            size_t c = coordinate_end(w, st, (size_t)f, (size_t)t, (size_t)l + 1);
            if (c) { /* "who said that the two men, and Cruz in particular, must ..., " */
                t = (int64_t)c;
                continue;
            }
            size_t v = (size_t)t + 1;
            if (is_lower_word(w, v) && !tok_in(w, v, conjunctions) && !tok_in(w, v, relatives) &&
                !tok_is(w, v, "that") && !tok_in(w, v, determiners))
                return t - 1;
            return l;
        }
    return l;
}

static const char *const warned_words[] = {"warned", "informed", "assured", "reminded", 0};

/* What a document or a figure shows is the written word of its authors (a row with a low
 * score); what a person shows ("a security researcher showed that", "Gillick showed that he
 * is a contender", "he has shown he could") is a finding or a deed, not speech. */
static const char *const show_words[] = {"show", "shows", "showed", "shown", "showing", 0};
static int shows_as_person(const NewsWork *w, const NewsQuoteState *st, const Attr *a) {
    if (a->spk_kind == NEWS_SPK_HE || a->spk_kind == NEWS_SPK_SHE) return 1;
    if (a->ment >= 0 && (size_t)a->ment < w->ment.n) {
        size_t e = news_ment_toks(w, (size_t)a->ment).tok_end; /* not "Clinton's emails show" */
        return w->ment.v[a->ment].type == NEWS_PER &&
               !(e < w->tok.n && (w->tok.v[e].flags & NEWS_TF_CLITIC));
    }
    if (a->t0 < 0 || a->spk_kind != NEWS_SPK_DESC) return 0;
    size_t h = (size_t)a->t0;
    while (h + 1 < w->tok.n &&
           w->tok.v[h + 1].byte_start < a->spk.byte_start + a->spk.byte_len)
        h++; /* the last word of the description */
    if (st->tok_ment[h] >= 0) return w->ment.v[st->tok_ment[h]].type == NEWS_PER;
    const NewsToken *t = &w->tok.v[h];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    return tok_is(w, h, "i") || tok_is(w, h, "we") || tok_is(w, h, "you") ||
           (is_role_word(w, h) && !tok_in(w, h, org_nouns)) || tok_in(w, h, person_nouns) ||
           (is_lower_word(w, h) && n > 4 &&
            ((z[n - 2] == 'e' && z[n - 1] == 'r') || (z[n - 3] == 'i' && z[n - 2] == 's' &&
                                                       z[n - 1] == 't')));
}

/* "has told friends since the spring, at fundraisers and in private meetings, that she is
 * worried", "said on Monday, in a statement to the council, that": after a verb of saying,
 * phrases without a verb between commas, then ", that" opens the report; the token of that
 * "that", or -1. */
static int64_t that_after_asides(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1,
                                 int *that_at) {
    if (k + 3 >= p1 || !(st->cue[k] & (NEWS_CUE_PAST | NEWS_CUE_ING)))
        return -1; /* (not "I can now say, with hindsight, that": one saying it now) */
    /* an aside set off by dashes, after any cue in the past: "argued emphatically - rebuking
     * Mr. Trump eight times by name - that the Republican nominee had ..." (a participle
     * of saying may sit inside it) */
    size_t d0 = k + 1;
    while (d0 < k + 3 && d0 < p1 && is_lower_word(w, d0) && ly_adverb(w, d0)) d0++;
    int dashes = d0 < p1 && is_dash(w, d0) && (st->cue[k] & NEWS_CUE_PAST);
    if (!dashes && !tok_in(w, k, say_words)) return -1;
    int commas = 0;
    for (size_t t = dashes ? d0 : k + 1; t + 1 < p1 && t - k < 24; t++) {
        if (st->inq[t] || is_stop(w, t) || w->tok.v[t].quote || (is_dash(w, t) && !dashes) ||
            tok_in(w, t, verbs_after) || tok_in(w, t, modals) || tok_in(w, t, relatives) ||
            ((st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) &&
             !(dashes && (st->cue[t] & NEWS_CUE_ING))) ||
            tok_is(w, t, "that") || (dashes && tok_ch(w, t, ',')))
            return -1;
        if (!(dashes ? is_dash(w, t) : tok_ch(w, t, ','))) continue;
        commas++;
        if (commas >= 2 && tok_is(w, t + 1, "that") && t + 2 < p1 && !st->inq[t + 2] &&
            !tok_in(w, t + 2, verbs_after) && !tok_in(w, t + 2, modals)) {
            *that_at = 1;
            return (int64_t)t + 1;
        }
    }
    return -1;
}

/* "told a packed meeting of party members in Leeds on Saturday that ...", "told lawmakers
 * during a hearing of the Senate committee that ...": after "told", an audience and the
 * phrases of place and time that go with it, with no verb, no comma and no mark, up to 20
 * tokens, then "that" and the report's subject (not "told a story that moved ...", where
 * "that" opens a relative clause). The "that", or -1. */
static int64_t that_after_audience(NewsWork *w, NewsQuoteState *st, size_t k, size_t p1,
                                   int *that_at) {
    if (!tok_in(w, k, told_words) || k + 3 >= p1) return -1;
    for (size_t t = k + 1; t + 2 < p1 && t - k <= 20; t++) {
        if (tok_is(w, t, "that")) {
            size_t n = t + 1;
            if (t == k + 1 || st->inq[n] || !is_word(w, n) || tok_in(w, n, verbs_after) ||
                tok_in(w, n, modals) || tok_in(w, n, common_verbs) ||
                !(tok_in(w, n, determiners) || tok_in(w, n, subj_pronouns) ||
                  st->tok_ment[n] >= 0 || (w->tok.v[n].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT))))
                return -1;
            *that_at = 1;
            return (int64_t)t;
        }
        if (st->inq[t] || is_stop(w, t) || w->tok.v[t].quote || is_dash(w, t) ||
            tok_ch(w, t, ',') || tok_ch(w, t, ':') || tok_ch(w, t, ';') ||
            tok_in(w, t, verbs_after) || tok_in(w, t, modals) || tok_in(w, t, relatives) ||
            tok_in(w, t, common_verbs) || tok_in(w, t, subj_pronouns) || aux_at(w, t) ||
            (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            return -1;
    }
    return -1;
}

/* verbs of saying again, whose object is the view said before ("reiterated its view that
 * ..."); after "said", "the fact that ..." or "its belief that ..." is the report's subject */
static const char *const again_words[] = {
    "reiterate", "reiterates", "reiterated", "reiterating", "repeat", "repeats", "repeated",
    "repeating", "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "restate", "restates",
    "restated", "restating", 0};

/* The clause found after cue k at f opens with words that are not the report itself: a
 * phrase of time before ", that" ("said in a statement on Monday evening, hours after the
 * storm, that ...") or, after a verb of saying again, the writer's noun for the report
 * ("repeated her claim that ...", "reiterated the view that ..."). The "that" that opens
 * the report, or f. */
static int64_t that_after_lead(NewsWork *w, NewsQuoteState *st, size_t k, size_t f, size_t p1,
                               int *that_at) {
    size_t i = f;
    if (tok_is(w, i, "that")) return (int64_t)f;
    if (tok_in(w, k, again_words) && i + 3 < p1 &&
        (tok_in(w, i, possessives) || tok_is(w, i, "the")) &&
        tok_in(w, i + 1, content_nouns) && tok_is(w, i + 2, "that") && !st->inq[i + 3] &&
        i + 3 < p1 && !tok_in(w, i + 3, verbs_after) && !tok_in(w, i + 3, modals)) {
        *that_at = 1;
        return (int64_t)i + 2;
    }
    int prep = 0; /* "hours after the storm", "days before the vote" */
    for (size_t t = f; t + 2 < p1 && t - f < 10; t++) {
        if (st->inq[t] || is_stop(w, t) || w->tok.v[t].quote || aux_at(w, t) ||
            tok_in(w, t, verbs_after) || tok_in(w, t, modals) || tok_in(w, t, common_verbs) ||
            tok_in(w, t, subj_pronouns) || (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
            return (int64_t)f;
        if (tok_ch(w, t, ',')) {
            if (prep && t > f && tok_is(w, t + 1, "that") && !st->inq[t + 2] &&
                !tok_in(w, t + 2, verbs_after) && !tok_in(w, t + 2, modals)) {
                *that_at = 1;
                return (int64_t)t + 1;
            }
            return (int64_t)f;
        }
        prep |= tok_in(w, t, time_links) || tok_is(w, t, "during");
    }
    return (int64_t)f;
}

/* A person named right after a cue that takes no one as its object is the subject of the
 * report, not a phrase after the cue: "Helen Marsh KC said Gareth Doyle, 52, had been seen
 * ..." (not "It is his job, he told Reuters, to ...") */
static int clause_person(const NewsWork *w, const NewsQuoteState *st, size_t k, unsigned cf) {
    int32_t m = k + 1 < w->tok.n ? st->tok_ment[k + 1] : -1;
    return !(cf & NEWS_CUE_OBJECT) && m >= 0 && w->ment.v[m].type == NEWS_PER &&
           news_ment_toks(w, (size_t)m).tok_first == k + 1;
}

/* Whether the tokens from j are a short object, a determiner or a name and at most three
 * more words, then "that": "told a local newspaper that", "told the Dayton Herald that",
 * which only the active "told" takes ("Lavelle, who died in 1994, once told a local
 * newspaper that ..."; not the passive "once told the pier would close"). */
static int object_then_that(const NewsWork *w, const NewsQuoteState *st, size_t j, size_t p1) {
    if (j >= p1 || st->inq[j] || !(tok_in(w, j, determiners) || st->tok_ment[j] >= 0)) return 0;
    for (size_t e = j + 1; e < p1 && e - j <= 4; e++) {
        if (tok_is(w, e, "that")) return 1;
        if (!is_word(w, e) || st->inq[e]) return 0;
    }
    return 0;
}

/* The claim of a headline that names its source and a colon ("Sanders: Clinton needs to
 * get away from personality", "Pence: Flowers Won't Be at Debate"): the text's first
 * paragraph, one sentence of up to 32 tokens that opens with a person's or a body's name,
 * then a colon and at least four tokens of a clause with a verb, outside quotation marks
 * (not "Arthur Hailey: King of the bestsellers"). The clause is the source's, with no cue.
 * Returns whether it pushed one. */
static int headline_claim(NewsWork *w, NewsQuoteState *st, size_t p0, size_t p1, size_t *n_ind,
                          int *rc) {
    int32_t m = st->tok_ment[p0];
    if (m < 0 || p1 - p0 > 32 || w->tok.v[p0].byte_start != 0 ||
        (w->ment.v[m].type != NEWS_PER && w->ment.v[m].type != NEWS_ORG))
        return 0;
    size_t e = news_ment_toks(w, (size_t)m).tok_end, l = p1 - 1;
    if (e + 5 > p1 || !tok_ch(w, e, ':') || st->inq[e + 1] || !is_word(w, e + 1) ||
        w->tok.v[l].sentence != w->tok.v[p0].sentence)
        return 0;
    if (tok_ch(w, l, '.')) l--;
    int verb = 0;
    for (size_t t = e + 1; t <= l; t++) {
        if (st->inq[t] && t == l) return 0; /* a quotation: a direct row's */
        verb |= aux_at(w, t) || headline_cue(w, t) || verb_like(w, t) ||
                (ends_in_s(w, t) && is_lower_word(w, t) && t > e + 1 && !is_lower_word(w, t - 1));
    }
    if (!verb || l < e + 4) return 0;
    Attr a;
    memset(&a, 0, sizeof a);
    set_mention_speaker(w, st, &a, m, 0.6f);
    *rc = push_ind(w, st, n_ind, (int64_t)e + 1, (int64_t)l, &a, 0.6f, 0);
    return 1;
}

/* Before the comma that precedes cue k, a clause with its verb whose last words are a name
 * ("There would be no changes to Bloglines, said Mr Lanzone."), not a name set off by commas
 * that may be the subject ("..., Corey Lewandowski, said the staff member who ..."). */
static int clause_ends_in_name(NewsWork *w, NewsQuoteState *st, size_t sb, size_t k) {
    int32_t m = st->tok_ment[k - 2];
    if (m < 0) return 0;
    size_t mf = news_ment_toks(w, (size_t)m).tok_first;
    return mf > sb + 2 && !tok_ch(w, mf - 1, ',') && !st->inq[mf - 1] &&
           has_verb(w, st, (int64_t)sb, (int64_t)mf - 1);
}

/* A relative pronoun right before the cue's subject: "the department, which he argued seeks
 * to restore equity" reports a clause whose subject is the pronoun, so its first word in
 * -s is its verb. */
static int relative_report(const NewsWork *w, const Attr *a, size_t sb) {
    return a->t0 > (int64_t)sb &&
           (tok_is(w, (size_t)a->t0 - 1, "which") || tok_is(w, (size_t)a->t0 - 1, "that") ||
            tok_is(w, (size_t)a->t0 - 1, "who"));
}

/* A headline that ends "says" and a name, with no comma before the cue: "House prices
 * rebound says Halifax", "More reforms ahead says Milburn". The word before "says" is no
 * subject of it (not a name, a role, an agent's noun, a body's noun, a plural: "Tory leader
 * says Blair ...", "Harbour master says Lund" are cues with their subjects); the words after
 * it are the name alone, to the paragraph's end with no full stop. The words before the cue
 * are the report. */
static int headline_says(NewsWork *w, NewsQuoteState *st, size_t p0, size_t p1, size_t *n_ind,
                         int *rc) {
    if (p1 - p0 > 16 || p1 - p0 < 4 || w->tok.v[p0].byte_start != 0 ||
        !(w->tok.v[p1 - 1].flags & NEWS_TF_PARA_END))
        return 0;
    for (size_t t = p0; t < p1; t++)
        if (st->inq[t] || is_stop(w, t) || w->tok.v[t].quote) return 0;
    size_t k = p1 - 2;
    while (k > p0 + 2 && p1 - k <= 5 && !tok_is(w, k, "says")) k--;
    if (!tok_is(w, k, "says") || k < p0 + 2 || !is_lower_word(w, k - 1) ||
        st->tok_ment[k - 1] >= 0 || is_role_word(w, k - 1) || tok_in(w, k - 1, org_nouns) ||
        tok_in(w, k - 1, person_nouns) || agent_noun(w, k - 1) || ends_in_s(w, k - 1) ||
        tok_in(w, k - 1, plurals_without_s) || (st->cue[k - 1] & NEWS_CUE_INDIRECT))
        return 0;
    for (size_t t = k + 1; t < p1; t++)
        if (!is_word(w, t) || !(w->tok.v[t].flags & NEWS_TF_UPPER_INIT) || pronoun_kind(w, t))
            return 0;
    Attr a;
    memset(&a, 0, sizeof a);
    a.ment = -1;
    a.t0 = -1;
    if (!subject_after(w, st, k + 1, p1, &a, 0)) return 0;
    set_cue(w, &a, k, k + 1);
    *rc = push_ind(w, st, n_ind, (int64_t)p0, (int64_t)k - 1, &a, a.score * 0.8f, 0);
    return 1;
}

static int find_indirect(NewsWork *w, NewsQuoteState *st, size_t p0, size_t p1, size_t *n_ind) {
    int32_t s0 = (int32_t)w->tok.v[0].sentence;
    int hrc = NEWS_OK;
    if (headline_claim(w, st, p0, p1, n_ind, &hrc)) return hrc;
    if (headline_says(w, st, p0, p1, n_ind, &hrc)) return hrc;
    for (size_t k = p0; k < p1; k++) {
        /* most words are no cue (st->cue 0): passed eight at a time */
        uint64_t eight;
        while (k + 8 <= p1 && (memcpy(&eight, st->cue + k, 8), eight == 0)) k += 8;
        if (k >= p1) break;
        unsigned cf = st->cue[k];
        if (!(cf & (NEWS_CUE_INDIRECT | NEWS_CUE_ACCORDING)) || st->inq[k]) continue;
        if (k + 1 < p1 && tok_is(w, k + 1, "at") &&
            (tok_is(w, k, "pointed") || tok_is(w, k, "pointing") || tok_is(w, k, "points")))
            continue; /* "with its camera pointed at the street": a gesture, no report */
        size_t sb = (size_t)st->sfirst[w->tok.v[k].sentence - s0];
        if (sb < p0) sb = p0;
        Attr a;
        memset(&a, 0, sizeof a);
        a.ment = -1;
        a.t0 = -1;
        int64_t f = -1, l = -1;
        int nominal = 0; /* the cue has a plain object, no clause: no row */
        float strength = 0.85f; /* "said", "told", "according to" */
        if (cf & NEWS_CUE_ACCORDING) {
            if (!subject_after(w, st, k + 2, p1, &a, 0) && !source_after(w, st, k + 2, p1, &a))
                continue;
            set_cue(w, &a, k, k + 2);
            size_t lead = sb; /* "But, according to the poll, ...": a conjunction may lead */
            while (lead < k && k - lead <= 3 &&
                   (tok_in(w, lead, conjunctions) || tok_ch(w, lead, ',')))
                lead++;
            if (k == lead) { /* According to X, CLAUSE */
                clause_after_comma(w, st, k, p1, &f, &l);
            } else if (k > sb + 1 && (tok_ch(w, k - 1, ',') || is_dash(w, k - 1))) {
                /* "A, according to X, B.": the sentence goes on after the source; both parts
                 * are the source's, as for "A, he said, B." ("A — an aside — according to X."
                 * too) */
                int64_t c2 = -1;
                for (size_t e = k + 2; e < p1 && e - k < 16; e++) {
                    if (st->inq[e] || is_stop(w, e) || is_dash(w, e)) break;
                    if (tok_ch(w, e, ',')) {
                        c2 = (int64_t)e;
                        break;
                    }
                }
                if (c2 >= 0 && c2 + 1 < (int64_t)p1 && tok_in(w, (size_t)c2 + 1, determiners)) {
                    /* "according to Dennis Ross, a former envoy, was ...": past the apposition */
                    int64_t c3 = -1;
                    for (size_t e = (size_t)c2 + 1; e < p1 && e - (size_t)c2 < 12; e++) {
                        if (st->inq[e] || is_stop(w, e) || tok_in(w, e, verbs_after)) break;
                        if (tok_ch(w, e, ',')) {
                            c3 = (int64_t)e;
                            break;
                        }
                    }
                    c2 = c3;
                }
                int go_on = c2 >= 0 && c2 + 1 < (int64_t)p1 && is_word(w, (size_t)c2 + 1) &&
                            !st->inq[c2 + 1] && !is_ing_word(w, (size_t)c2 + 1) &&
                            !tok_in(w, (size_t)c2 + 1, conjunctions) &&
                            !tok_in(w, (size_t)c2 + 1, relatives);
                if (go_on && !is_lower_word(w, (size_t)c2 + 1)) {
                    /* "according to Mr. Ross, Mr. Netanyahu's former adviser, ...": an
                     * apposition has no verb before its comma */
                    int verb = 0;
                    for (size_t e = (size_t)c2 + 1; e < p1 && e - (size_t)c2 < 16 && !verb; e++) {
                        if (tok_ch(w, e, ',') || is_stop(w, e) || st->inq[e]) break;
                        verb = tok_in(w, e, verbs_after) || (st->cue[e] & NEWS_CUE_PAST) ||
                               ed_word(w, e);
                    }
                    go_on = verb;
                }
                if (k > sb + 2 && no_quote_in(st, sb, k - 2)) {
                    int64_t e = (int64_t)k - 2; /* CLAUSE, according to X */
                    e = trim_punct(w, (int64_t)sb, e);
                    /* "Beekeeping has boomed in Britain: the number of hives doubled, according
                     * to the BBKA": the source vouches for what the colon brings in, the words
                     * before it are the writer's (when a clause with its verb follows it) */
                    int64_t fs = (int64_t)sb;
                    for (int64_t c = e - 2; c > (int64_t)sb; c--)
                        if (tok_ch(w, (size_t)c, ':')) {
                            if (has_verb_as(w, st, c + 1, e, 0)) fs = c + 1;
                            break;
                        }
                    if (!go_on) f = fs, l = e;
                    else if (e > fs) {
                        int rc = push_ind(w, st, n_ind, fs, e, &a, a.score * 0.8f, 0);
                        if (rc) return rc;
                    }
                }
                if (go_on) {
                    f = c2 + 1;
                    l = clause_end(w, st, (size_t)f, p1);
                    strength = 0.8f;
                }
            }
        } else if ((cf & NEWS_CUE_PAST) && k + 2 < p1 && tok_is(w, k + 1, "by") &&
                   k > sb && (tok_is(w, k - 1, "as") ||
                              (k > sb + 1 && tok_is(w, k - 2, "as") && is_filler(w, k - 1)))) {
            /* "As reported by the Journal, the port ...", "..., as first reported by the
             * Journal.": the source of the report, put as "according to" puts it */
            size_t as = tok_is(w, k - 1, "as") ? k - 1 : k - 2;
            if (!subject_after(w, st, k + 2, p1, &a, 0) && !source_after(w, st, k + 2, p1, &a))
                continue;
            set_cue(w, &a, k, k + 1);
            strength = 0.8f;
            if (as == sb) { /* As reported by X, CLAUSE */
                clause_after_comma(w, st, k, p1, &f, &l);
            } else if (as > sb + 2 && tok_ch(w, as - 1, ',') && no_quote_in(st, sb, as - 2)) {
                /* CLAUSE, as reported by X. (the sentence ends with the source) */
                size_t e = k + 2;
                while (e < p1 && e - k < 12 && !is_stop(w, e) && !tok_ch(w, e, ',') &&
                       !st->inq[e] && !w->tok.v[e].quote)
                    e++;
                if (!(e >= p1 || is_stop(w, e))) continue;
                f = (int64_t)sb;
                l = (int64_t)as - 2;
                l = trim_punct(w, f, l);
            }
        } else {
            if ((w->tok.v[k].flags & NEWS_TF_UPPER_INIT) &&
                !(w->tok.v[k].flags & NEWS_TF_SENT_START) && !headline_cue(w, k))
                continue;
            if (cue_is_noun(w, st, k, cf, sb)) continue;
            /* "had once told X that", "Lavelle once told a newspaper that": "once" after a
             * subject or an auxiliary is "at one time", no passive; "Once told the pier would
             * close, ..." and ", once told ..." open a clause */
            /* ("were warned by the coastguard that": what one is warned of, as told) */
            int told = (tok_is(w, k, "told") || (tok_in(w, k, warned_words) && k > sb &&
                                                  tok_in(w, k - 1, passive_marks))) &&
                       k > sb &&
                       !(k > sb + 1 && tok_is(w, k - 1, "once") &&
                         ((!tok_ch(w, k - 2, ',') && !tok_in(w, k - 2, conjunctions)) ||
                          object_then_that(w, st, k + 1, p1)));
            /* "she was asked whether she would run", "Asked if he would run, Lund said
             * ...": the subject is the one asked, not the asker, who goes unnamed (speaker
             * NULL) or follows "by"; a question in a clause, not "asked about the plan".
             * "Staff were told they would lose their jobs", "When told the pier would
             * close, ...": the same for what one is told */
            int passive = (told || tok_in(w, k, ask_words)) &&
                          (k == sb || (k > sb && tok_in(w, k - 1, passive_marks)) ||
                           (k > sb + 1 && is_filler(w, k - 1) &&
                            tok_in(w, k - 2, passive_marks)));
            int64_t q = passive ? passive_clause(w, st, k, cf, p1, told) : -1;
            if (passive && q < 0 && !told) continue; /* ("..., a court has been told." goes on) */
            if (q >= 0) {
                if (k + 2 < p1 && tok_is(w, k + 1, "by"))
                    subject_after(w, st, k + 2, (size_t)q, &a, 0); /* "asked by host X" */
                a.found = 1;
                if (!a.spk.byte_len) a.score = 0.5f;
                set_cue(w, &a, k, k + 1);
                f = q;
                l = clause_end(w, st, (size_t)q, p1);
                /* "Asked if ..., Lund said: “…”": the question ends at its comma (an
                 * apostrophe that opens no quotation, "the referees' body", is a word's) */
                for (size_t t = (size_t)f + 1; t < p1 && t - (size_t)f < CLAUSE_TOKENS; t++) {
                    if (st->inq[t] || is_stop(w, t) ||
                        (w->tok.v[t].quote && t + 1 < p1 && st->inq[t + 1]))
                        break;
                    if (tok_ch(w, t, ',')) {
                        l = (int64_t)t - 1;
                        break;
                    }
                }
                if (l - f >= 1) {
                    int rc = push_ind(w, st, n_ind, f, l, &a, a.score * 0.7f, 0);
                    if (rc) return rc;
                }
                continue;
            }
            if (k > sb + 4 && (cf & NEWS_CUE_PAST) && tok_in(w, k - 1, passive_marks)) {
                /* "..., it has been announced.", "..., it was claimed in court.": what was
                 * reported, by someone the text leaves unnamed (as "Staff were told ...") */
                size_t i = k - 1;
                if (tok_is(w, i - 1, "has") || tok_is(w, i - 1, "had")) i--;
                if (i > sb + 3 && tok_is(w, i - 1, "it") && tok_ch(w, i - 2, ',') &&
                    no_quote_in(st, sb, i - 3) && tail_ends(w, st, k, p1)) {
                    int64_t e = (int64_t)i - 3;
                    e = trim_punct(w, (int64_t)sb, e);
                    a.found = 1;
                    a.score = 0.5f;
                    set_cue(w, &a, k, k + 1);
                    if (has_verb(w, st, (int64_t)sb, e)) {
                        int rc = push_ind(w, st, n_ind, (int64_t)sb, e, &a, a.score * 0.7f, 0);
                        if (rc) return rc;
                    }
                    continue;
                }
            }
            /* "no other users were mentioned", "it was announced": no speaker before the cue;
             * "wanted to admit 250,000 Syrians": no report made */
            if (k > sb && (cf & NEWS_CUE_PAST) && !tok_in(w, k, say_words) &&
                (tok_in(w, k - 1, passive_marks) ||
                 (k > sb + 1 && is_filler(w, k - 1) && tok_in(w, k - 2, passive_marks))) &&
                !tok_is(w, k - 1, "when") && !tok_is(w, k - 1, "if"))
                continue;
            if (k > sb + 1 && tok_is(w, k - 1, "to") &&
                (tok_in(w, k - 2, intents) || commanded(w, st, k - 1, sb)))
                continue; /* ("ordered the council to explain why ...": not explained yet) */
            /* "did not say that", "never said", "declined to comment", "one could say": no
             * report was made */
            if (k > sb && (tok_is(w, k - 1, "not") || tok_is(w, k - 1, "never") ||
                           tok_is(w, k - 1, "n't") || tok_is(w, k - 1, "n’t") ||
                           (tok_in(w, k - 1, modals) && !(cf & NEWS_CUE_PAST) &&
                            !ends_in_s(w, k)) ||
                           (k > sb + 1 && tok_is(w, k - 1, "to") && tok_in(w, k - 2, refusals))))
                continue;
            if (k > sb + 1 && (tok_is(w, k - 2, "not") || tok_is(w, k - 2, "never")) &&
                is_filler(w, k - 1))
                continue; /* "did not explicitly say" */
            /* “..., ” suggesting that: a closing mark stands for the comma inside it;
             * "released a statement confirming it will ...": a noun of saying */
            int ing_comma = k > sb && (cf & NEWS_CUE_ING) &&
                            (tok_ch(w, k - 1, ',') || (w->tok.v[k - 1].quote && st->inq[k - 1]) ||
                             tok_in(w, k - 1, said_nouns));
            /* "Ferri was quoted as saying that ...": the subject's words, in the passive */
            size_t q0 = (cf & NEWS_CUE_ING) ? quoted_as_at(w, st, k, sb) : 0;
            int quoted_as = q0 > 0;
            if ((cf & NEWS_CUE_ING) && k > sb && !ing_comma && !quoted_as &&
                !tok_in(w, k - 1, ing_aux) && !tok_in(w, k - 1, ing_leads) &&
                st->tok_ment[k - 1] < 0 && !pronoun_kind(w, k - 1))
                continue; /* "by saying", "a document describing": no report of its own */
            if (!tok_in(w, k, say_words)) strength = 0.75f;
            /* a long apposition may sit between the subject and its cue: "Amano, director
             * general of the International Atomic Energy Agency, said" */
            size_t slo = k > sb + 40 ? k - 40 : sb;
            int have = 0;
            /* ", said Pruitt, a Republican from Ohio.": the report ends at the cue */
            /* (not "..., Corey Lewandowski, said the staff member who ...") */
            int64_t bf = -1, bl = -1;
            int64_t lead_comma = -1; /* the comma after "While saying ...", then the subject */
            int inv_kind = 0; /* speaker_then's answer, when tail_ends did not decide */
            int inverted = k > sb + 1 && tok_ch(w, k - 1, ',') && (cf & NEWS_CUE_INVERT) &&
                           !relative_subject(w, st, sb, k) &&
                           (tail_ends(w, st, k, p1) ||
                            (speaker_follows(w, st, k, p1) &&
                             (st->tok_ment[k - 2] < 0 || clause_ends_in_name(w, st, sb, k)) &&
                             (inv_kind = speaker_then(w, st, k, p1, &bf, &bl)) != 0));
            if (inverted) {
            } else if (ing_comma || quoted_as ||
                       ((cf & NEWS_CUE_ING) && k > sb && tok_in(w, k - 1, ing_leads))) {
                /* "..., adding that", "by saying he would": the subject of the sentence, or
                 * of the cue before ("”, the member said, adding that ..."); for "was
                 * quoted as saying", the subject of the passive */
                if (quoted_as) have = subject_before(w, st, q0, q0 > sb + 16 ? q0 - 16 : sb, &a);
                for (size_t c = k - 1; c-- > sb && k - c < 12 && !have;) {
                    if (st->inq[c]) break;
                    if ((st->cue[c] & NEWS_CUE_DIRECT) && !(st->cue[c] & NEWS_CUE_ING))
                        have = subject_before(w, st, c, c > sb + 16 ? c - 16 : sb, &a) ||
                               ((st->cue[c] & NEWS_CUE_INVERT) &&
                                subject_after(w, st, c + 1, k, &a, 0));
                }
                if (!have && pronoun_kind(w, sb) && sb + 1 < k && is_lower_word(w, sb + 1)) {
                    /* "He attacked Lund in Ohio, questioning whether ...": he, not Lund */
                    set_speaker(w, st, &a, sb, sb + 1, pronoun_kind(w, sb), -1, 0.7f);
                    have = 1;
                }
                int32_t m0 = st->tok_ment[sb];
                NewsMentionToks mt0 = news_ment_toks(w, m0 >= 0 ? (size_t)m0 : SIZE_MAX);
                if (!have && m0 >= 0 && w->ment.v[m0].type != NEWS_MISC &&
                    mt0.tok_first == sb && mt0.tok_end < k && is_lower_word(w, mt0.tok_end) &&
                    !tok_in(w, mt0.tok_end, phrase_ends)) {
                    /* "Fiorina was upfront about Varga, saying ...": the name opening the
                     * sentence, whatever type the entity step gave it */
                    set_mention_speaker(w, st, &a, m0, 0.7f);
                    have = 1;
                }
                if (!have && k == sb + 1 && tok_in(w, sb, ing_leads)) {
                    /* "While saying that he respects her, Lund continued ...": the subject
                     * after the comma that closes the phrase, which ends the report */
                    size_t c = k + 1;
                    while (c < p1 && c - k < 30 && !tok_ch(w, c, ',') && !st->inq[c] &&
                           !is_stop(w, c))
                        c++;
                    int32_t m = c + 1 < p1 && tok_ch(w, c, ',') ? st->tok_ment[c + 1] : -1;
                    size_t e = m >= 0 ? news_ment_toks(w, (size_t)m).tok_end : c + 2;
                    if (e < p1 && tok_ch(w, c, ',') && is_lower_word(w, e)) {
                        if (pronoun_kind(w, c + 1))
                            set_speaker(w, st, &a, c + 1, c + 2, pronoun_kind(w, c + 1), -1, 0.7f);
                        else if (m >= 0 && w->ment.v[m].type == NEWS_PER)
                            set_mention_speaker(w, st, &a, m, 0.7f);
                        have = a.found;
                        if (have) lead_comma = (int64_t)c;
                    }
                }
                if (!have) have = sentence_subject(w, st, k, p0, &a);
                for (size_t t = k; !have && t-- > sb && k - t < 30;) {
                    /* "In an interview with “Fox and Friends,” Trump pointed to China,
                     * remarking that": a person and a verb after the quotation */
                    if (st->inq[t]) break;
                    int32_t m = st->tok_ment[t];
                    if (m < 0) continue;
                    NewsMentionToks mt = news_ment_toks(w, (size_t)m);
                    if (w->ment.v[m].type == NEWS_PER && mt.tok_end < k &&
                        is_lower_word(w, mt.tok_end) && !tok_in(w, mt.tok_end, phrase_ends) &&
                        (mt.tok_first == sb || st->inq[mt.tok_first - 1] ||
                         tok_ch(w, mt.tok_first - 1, ','))) {
                        set_mention_speaker(w, st, &a, m, 0.7f);
                        have = 1;
                    }
                }
            } else {
                /* "Analysts said A but argued that B": a second verb of saying after "and"
                 * or "but" inside the report before it has that report's speaker */
                size_t cj = k > sb ? k - 1 : sb;
                while (cj > sb && k - cj <= 2 && (tok_is(w, cj, "also") || tok_is(w, cj, "then") ||
                                                  tok_is(w, cj, "later")))
                    cj--;
                const Ind *pv = *n_ind ? &((Ind *)st->ind)[*n_ind - 1] : 0;
                if (pv && cj > sb && (tok_is(w, cj, "and") || tok_is(w, cj, "but")) &&
                    pv->first >= (int32_t)sb && pv->first < (int32_t)cj &&
                    pv->last + 1 >= (int32_t)cj && pv->at.found) {
                    a = pv->at;
                    have = 1;
                } else {
                    have = subject_before(w, st, k, slo, &a) ||
                           indirect_subject(w, st, k, slo, p0, &a);
                    if ((!have || (a.spk_kind == NEWS_SPK_DESC && a.ment < 0)) && k > sb &&
                        !tok_is(w, k - 1, "and") && !tok_is(w, k - 1, "or")) {
                        /* "Democrats in Iowa who watched the Saturday debate said": the one
                         * before the relative clause speaks, not "the debate" (not "agents
                         * who burgle his home and threaten ...": the cue is the clause's) */
                        for (size_t r = k; r-- > sb && k - r <= 10;) {
                            if (st->inq[r] || is_stop(w, r) || tok_ch(w, r, ',') ||
                                (st->cue[r] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)))
                                break;
                            if (tok_is(w, r, "who") && r > sb + 1) {
                                Attr b;
                                memset(&b, 0, sizeof b);
                                b.ment = -1;
                                int ok = subject_ending_at(w, st, r - 1, slo, &b);
                                if (ok && b.ment >= 0 && w->ment.v[b.ment].type == NEWS_LOC) {
                                    /* "Democrats in Iowa who ...": the people, not the place */
                                    size_t lf = news_ment_toks(w, (size_t)b.ment).tok_first;
                                    ok = lf > sb + 1 && tok_in(w, lf - 1, gap_preps) &&
                                         subject_ending_at(w, st, lf - 2, slo, &b);
                                }
                                if (ok) a = b, have = 1;
                                break;
                            }
                        }
                    }
                    /* "Experts on trade and security said", "Economists at the bank say":
                     * the plural before the phrase of its field or place speaks (not "cut
                     * prices in December to maintain", "entries from blogs") */
                    int plain = ((cf & NEWS_CUE_PAST) || tok_is(w, k, "say")) && k > sb + 1 &&
                                !tok_is(w, k - 1, "to");
                    for (size_t r = plain ? k - 1 : sb; !have && r > sb && k - r <= 8; r--) {
                        if (st->inq[r] || is_stop(w, r) || tok_ch(w, r, ',') ||
                            (st->cue[r] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) ||
                            tok_in(w, r, relatives) || tok_is(w, r, "that"))
                            break;
                        if (!(tok_is(w, r, "on") || tok_is(w, r, "in") || tok_is(w, r, "at") ||
                              tok_is(w, r, "from")))
                            continue;
                        Attr b;
                        memset(&b, 0, sizeof b);
                        b.ment = -1;
                        b.t0 = -1;
                        if (is_word(w, r - 1) && st->tok_ment[r - 1] < 0 &&
                            (plural_noun(w, r - 1) || is_role_word(w, r - 1)) &&
                            subject_ending_at(w, st, r - 1, slo, &b))
                            a = b, have = 1;
                        break;
                    }
                    if (!have && k > sb + 3 && tok_in(w, sb, determiners) &&
                        (tok_is(w, k - 1, "and") || tok_is(w, k - 1, "but"))) {
                        /* "The bank gave no details, but said they had not been misused": the
                         * body or the role opening the sentence, before its verb; any noun
                         * before a verb of saying ("The four-time world champion described the
                         * decision as “a joke” but said ...") */
                        for (size_t h = sb + 1; h < sb + 7 && h + 1 < k; h++) {
                            if (tok_ch(w, h, '-') && is_lower_word(w, h + 1)) continue;
                            if (!is_lower_word(w, h) || st->inq[h]) break;
                            if ((is_role_word(w, h) || tok_in(w, h, org_nouns) ||
                                 (st->cue[h + 1] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT |
                                                    NEWS_CUE_PARTIAL))) &&
                                is_lower_word(w, h + 1) &&
                                (verb_like(w, h + 1) || tok_in(w, h + 1, verbs_after))) {
                                set_speaker(w, st, &a, sb, h + 1, NEWS_SPK_DESC, -1, 0.6f);
                                have = 1;
                                break;
                            }
                        }
                    }
                    size_t pe = !have && k > sb + 4 && (tok_is(w, k - 1, "and") ||
                                                         tok_is(w, k - 1, "but"))
                                    ? plural_phrase_end(w, st, sb, k - 1)
                                    : 0;
                    if (pe) { /* "Opponents of the draft directive welcomed the decision and
                               * said ...": the plural and its phrase speak */
                        set_speaker(w, st, &a, sb, pe, NEWS_SPK_DESC, -1, 0.6f);
                        have = 1;
                    }
                    if (!have && k > sb + 3 &&
                        (tok_is(w, k - 1, "and") || tok_is(w, k - 1, "but")) &&
                        pronoun_kind(w, sb) && !st->inq[sb] &&
                        (is_lower_word(w, sb + 1) || (w->tok.v[sb + 1].flags & NEWS_TF_CLITIC))) {
                        /* "She's a Sanders supporter but concedes that ...": the pronoun
                         * opening the sentence before its verb */
                        set_speaker(w, st, &a, sb, sb + 1, pronoun_kind(w, sb), -1, 0.7f);
                        have = 1;
                    }
                    if (!have && k > sb + 1 &&
                        (tok_in(w, k - 1, said_nouns) || tok_in(w, k - 1, doc_words))) {
                        /* "The FAO report said", "a Treasury statement said", "..., new
                         * research says.": the document speaks for its authors (a low
                         * score) */
                        size_t d = k - 1;
                        while (d > sb && k - d <= 5 && is_word(w, d - 1) && !st->inq[d - 1] &&
                               ((w->tok.v[d - 1].flags & NEWS_TF_UPPER_INIT) ||
                                st->tok_ment[d - 1] >= 0 ||
                                (is_lower_word(w, d - 1) && !tok_in(w, d - 1, verbs_after) &&
                                 !verb_like(w, d - 1))) &&
                               !tok_in(w, d - 1, determiners))
                            d--;
                        if (d > sb && tok_in(w, d - 1, determiners) && !st->inq[d - 1]) {
                            set_speaker(w, st, &a, d - 1, k, NEWS_SPK_DESC, -1, 0.5f);
                            have = 1;
                        } else if (d > sb + 1 && d < k && tok_ch(w, d - 1, ',')) {
                            set_speaker(w, st, &a, d, k, NEWS_SPK_DESC, -1, 0.5f);
                            have = 1;
                        }
                    }
                    size_t me = k;
                    while (!have && me > sb && k - me < 3 && is_filler(w, me - 1)) me--;
                    if (!have && me > sb && me - sb <= 3 && tok_in(w, me - 1, doc_plurals) &&
                        (cf & NEWS_CUE_PAST)) {
                        /* "Reports said CNPC had been offered ...", "Press reports had
                         * suggested that ...": reports opening the sentence speak for their
                         * writers, as "The FAO report said" does (a word or two before them,
                         * no phrase: "Local press reports"; not "Reports of the sale said") */
                        int names = 1;
                        for (size_t x = sb + 1; x + 1 < me; x++)
                            names &= is_word(w, x) && !st->inq[x] && !tok_in(w, x, prepositions) &&
                                     !tok_in(w, x, conjunctions);
                        if (names && is_word(w, sb) && !st->inq[sb] &&
                            !tok_in(w, sb, conjunctions) && !pronoun_kind(w, sb)) {
                            set_speaker(w, st, &a, sb, me, NEWS_SPK_DESC, -1, 0.5f);
                            have = 1;
                        }
                    }
                    if (!have && (cf & NEWS_CUE_PAST) && me > sb &&
                        (tok_is(w, me - 1, "i") || tok_is(w, me - 1, "we")) &&
                        (me - 1 == sb || tok_in(w, me - 2, conjunctions) ||
                         tok_ch(w, me - 2, ','))) {
                        /* "I told Ms Kelly that ...": the writer, or the one whose account
                         * the text gives, reports; no entity to name. In the past only: "I
                         * demand a prize", "I agree that" say it now, they report nothing */
                        set_speaker(w, st, &a, me - 1, me, NEWS_SPK_DESC, -1, 0.5f);
                        have = 1;
                    }
                }
            }
            if (have && tok_in(w, k, show_words) && shows_as_person(w, st, &a))
                continue; /* "a researcher showed that ...": a finding, no speech */
            int done = 0;
            if (have) {
                set_cue(w, &a, k, k + 1);
                /* A, SUBJ said, B: a report inside its sentence gives both parts */
                int64_t c2 = past_tail(w, st, k, p1, (cf & NEWS_CUE_OBJECT) != 0);
                int64_t c1 = -1;
                if (a.t0 > (int64_t)sb) {
                    int64_t c = a.t0 - 1;
                    /* "It is no surprise, Mr. Garin said, that ...": a title before the name */
                    while (c > (int64_t)sb && a.t0 - c <= 2 && is_word(w, (size_t)c) &&
                           (w->tok.v[c].flags & NEWS_TF_UPPER_INIT) && st->tok_ment[c] < 0)
                        c--;
                    if (c > (int64_t)sb && tok_is(w, (size_t)c, "the"))
                        c--; /* "..., the US Agriculture Department said, with ..." */
                    if (tok_ch(w, (size_t)c, ',')) c1 = c;
                }
                /* a quotation after the report: the words before it are the writer's ("On
                 * the subject of Israel, Trump added, “…”") */
                /* (not "The ministry said Kenya, Uganda and Tanzania are ...": a name right
                 * after "said" whose subject came before it opens the report, no tail) */
                int para = c2 >= 0 && c2 + 1 < (int64_t)p1 && tok_ch(w, (size_t)c2, ',') &&
                           !(cf & NEWS_CUE_ING) && a.t0 >= 0 && a.t0 < (int64_t)k &&
                           !tok_ch(w, k - 1, ',') && !tok_is(w, k - 1, "to") &&
                           !clause_person(w, st, k, cf) &&
                           !(st->tok_ment[k + 1] >= 0 && tok_in(w, k, say_words) &&
                             !(cf & NEWS_CUE_OBJECT));
                for (int64_t t = a.t0; para && t < (int64_t)k; t++)
                    para = !tok_is(w, (size_t)t, "who"); /* "Ferri, a banker who has advised
                                                           * the trust, said": no report */
                int quoted = para && (w->tok.v[c2 + 1].quote || st->inq[c2 + 1]);
                if (quoted) { /* "It is time to lead, he said, “not only ...”": A speaks */
                    int verb = 0;
                    for (int64_t t = (int64_t)sb; t < c1 && !verb; t++)
                        verb = tok_in(w, (size_t)t, verbs_after) || pronoun_kind(w, (size_t)t);
                    /* not "Asked what he wants, Adelson said, “…”" */
                    para = verb && !(st->cue[sb] & NEWS_CUE_PAST) && !is_ing_word(w, sb) &&
                           !(st->cue[sb] & NEWS_CUE_ING);
                }
                /* one word may be the subject when B opens with its verb: "Investment, the
                 * official says, helped the economy" (not "However, he said, the deal ...",
                 * nor "This", which names nothing of what was said) */
                int one = para && c1 == (int64_t)sb + 1 && is_word(w, sb) &&
                          !tok_in(w, sb, this_words) && !pronoun_kind(w, sb) &&
                          (tok_in(w, (size_t)c2 + 1, verbs_after) ||
                           tok_in(w, (size_t)c2 + 1, modals) || ed_word(w, (size_t)c2 + 1));
                if (para && (c1 > (int64_t)sb + 1 || one) && no_quote_in(st, sb, (size_t)c1 - 1)) {
                    /* A: "Sales were great, he said, wiping sweat off his face." too */
                    int64_t e = c1 - 1;
                    e = trim_punct(w, (int64_t)sb, e);
                    /* not a phrase of time or place with no verb: "In the long run, many
                     * economists say, the tax ..." reports only what follows */
                    int setting = tok_in(w, sb, lead_preps) && !has_verb(w, st, (int64_t)sb, e);
                    if (!setting) {
                        int rc = push_ind(w, st, n_ind, (int64_t)sb, e, &a, a.score * 0.8f, 0);
                        if (rc) return rc;
                    }
                    done = 1;
                }
                /* B, unless no report goes on ("..., wiping sweat off his face"); also "...,
                 * he said, to talk to the council" and "..., they say, but he is ..." */
                size_t b0 = (size_t)c2 + 1;
                int b_to = para && b0 + 1 < p1 && tok_is(w, b0, "to") &&
                           is_lower_word(w, b0 + 1) && !tok_in(w, b0 + 1, determiners) &&
                           !tok_in(w, b0 + 1, object_pronouns);
                int b_but = para && b0 + 1 < p1 &&
                            (tok_is(w, b0, "but") || (tok_is(w, b0, "and") && c1 >= 0)) &&
                            tok_in(w, k, say_words) &&
                            (clause_opener(w, st, b0 + 1, 0) ||
                             (aux_at(w, b0 + 1) &&
                              !(b0 + 3 < p1 && tok_is(w, b0 + 2, "not") &&
                                tok_in(w, b0 + 3, withheld_words))));
                /* "..., and as Comey noted, people involved could ...": the words after
                 * the comma are the report, whatever came before */
                int as_lead = a.t0 > (int64_t)sb && tok_is(w, (size_t)a.t0 - 1, "as");
                if (para && (c1 >= 0 || a.t0 == (int64_t)sb || k - sb <= 12 || as_lead) &&
                    (can_start_clause(w, st, b0) || tok_in(w, b0, verbs_after) ||
                     tok_is(w, b0, "because") || b_to || b_but ||
                     (tok_is(w, b0, "this") && verb_soon(w, st, b0, p1))) &&
                    !is_ing_word(w, b0) && !tok_in(w, b0, concessives)) {
                    f = c2 + 1;
                    l = clause_end(w, st, (size_t)f, p1);
                    strength = 0.8f;
                    done = 1;
                    if (l > f) { /* "said on Monday, hours after the storm, that ..." */
                        int th = 0;
                        f = that_after_lead(w, st, k, (size_t)f, (size_t)l + 1, &th);
                    }
                    /* "..., Ferri said at a news conference, her voice breaking.": a phrase
                     * without a verb describes the speaker; no report goes on. A noun phrase
                     * is no clause for a verb after a subordinator ("..., police said on
                     * Wednesday, the deadliest day since the protests began.") or after a
                     * noun's "that" (", two sources said, the latest sign that Merz is
                     * struggling"; not a noun of content, "the fact that they are useful
                     * does not mean ...", whose verb comes after) */
                    int64_t vl = l;
                    for (int64_t t = f + 1; t <= l && tok_in(w, (size_t)f, determiners); t++)
                        if (is_lower_word(w, (size_t)t) &&
                            (tok_in(w, (size_t)t, subordinators) ||
                             (tok_is(w, (size_t)t, "that") && is_lower_word(w, (size_t)t - 1) &&
                              !aux_at(w, (size_t)t - 1) &&
                              !tok_in(w, (size_t)t - 1, content_nouns)))) {
                            vl = t - 1;
                            break;
                        }
                    if (l >= f && !b_to && !has_verb(w, st, f, vl)) f = -1;
                }
                int that_at = 0;
                int64_t cs = done ? -1 : clause_start(w, st, k, cf, p1, &that_at);
                if (cs < 0 && !done) cs = that_after_asides(w, st, k, p1, &that_at);
                if (cs < 0 && !done) cs = that_after_audience(w, st, k, p1, &that_at);
                if (cs >= 0) cs = that_after_lead(w, st, k, (size_t)cs, p1, &that_at);
                if (cs >= 0) {
                    f = cs;
                    l = clause_end(w, st, (size_t)cs, p1);
                    int64_t ft = l < 0 ? that_after_fragment(w, st, (size_t)cs, p1) : -1;
                    if (ft >= 0) { /* ("listen to every council" is the partial row) */
                        f = ft;
                        l = clause_end(w, st, (size_t)ft, p1);
                        that_at = 1;
                    }
                    l = relative_report_end(w, st, k, f, l);
                    if (lead_comma >= 0 && l >= lead_comma) l = lead_comma - 1;
                    if (!that_at && strength < 0.8f) strength = 0.7f;
                    if (!that_at && l >= f &&
                        !(tok_in(w, k, say_words)
                              ? has_verb(w, st, f, object_end(w, st, f, l))
                              : has_verb_as(w, st, f,
                                            relative_cut(w, st, f, object_end(w, st, f, l)),
                                            tok_in(w, k, report_words) ? 0
                                            : relative_report(w, &a, sb) ? 1
                                                                         : 2)) &&
                        !gerund_at(w, (size_t)f) &&
                        !tok_is(w, f, "not") && !tok_is(w, f, "to"))
                        nominal = 1; /* "said little about how", "admitted fraud at Lincoln
                                      * Crown Court", "announced his campaign": no clause, no
                                      * report (but the report before ends here all the same);
                                      * not "denied having any role", "vowed not to run" */
                    if (!that_at && estimate_at(w, st, k, f, l))
                        nominal = 1; /* "estimated the hit at about $1.1 billion" */
                    if (!that_at && deed_object(w, st, k, f, l))
                        nominal = 1; /* "conceded defeat in a televised address" */
                    if (!that_at && f >= 0 && (w->tok.v[f].flags & NEWS_TF_DIGIT) &&
                        tok_in(w, k, add_words))
                        f = -1; /* "Reliance shares added 1.7%": a price, not a report */
                    if (!that_at && f >= 0 && tok_in(w, k, add_words) && a.ment >= 0 &&
                        (w->ment.v[a.ment].type == NEWS_LOC ||
                         w->ment.v[a.ment].type == NEWS_MISC) &&
                        !pronoun_kind(w, (size_t)f) && !tok_in(w, (size_t)f, determiners) &&
                        !tok_is(w, (size_t)f, "there"))
                        f = -1; /* "US adds more jobs than expected": a place adds things (a
                                 * clause after it is a report whoever the speaker is) */
                }
            }
            /* "..., said Mr Seagrave.", "..., said the chief executive, Ana Ferri.": a speaker
             * after the cue that tail_ends could not see to the end of, as well */
            if (f < 0 && (!(cf & NEWS_CUE_ING) || quoted_as) &&
                (inv_kind > 0 || tail_ends(w, st, k, p1))) {
                /* CLAUSE, Kuleba said. / CLAUSE, said Kuleba. */
                Attr b;
                memset(&b, 0, sizeof b);
                b.ment = -1;
                b.t0 = -1;
                int64_t comma = -1;
                /* the words before an inverted cue must be a clause: "Reid, his chief of
                 * staff, urged a quick deal." reports nothing */
                int inv = k > sb && tok_ch(w, k - 1, ',') && (cf & NEWS_CUE_INVERT);
                int verb = inv && has_verb(w, st, (int64_t)sb, (int64_t)k - 2);
                if (inv && (verb || inv_kind == 2) &&
                    (subject_after(w, st, k + 1, p1, &b, 0) ||
                     (verb && phrase_ends_sentence(w, st, k + 1, p1, &b)))) {
                    comma = (int64_t)k - 1;
                    if (!verb) {
                        /* "At the quay, says Dr Moffat, the cranes could ...": B alone */
                        a = b;
                        set_cue(w, &a, k, k + 1);
                        f = bf;
                        l = bl;
                        strength = 0.8f;
                        comma = -1;
                    }
                } else if (have && a.t0 > (int64_t)sb) {
                    /* ", election officials said.": a few words may lead the subject */
                    int64_t c = a.t0 - 1;
                    if (c > (int64_t)sb + 2 && tok_ch(w, (size_t)c, '(') &&
                        tok_ch(w, k - 1 - (tok_in(w, k - 1, fillers) ? 1 : 0), ')') &&
                        (w->tok.v[c - 1].flags & NEWS_TF_UPPER_INIT)) {
                        /* ", the Office of the Deputy Prime Minister (ODPM) has said.": the
                         * body's name, which the entity step did not take whole, before
                         * its short form in brackets (capitalised words, "of", "the", "for",
                         * "and") */
                        int64_t b = c - 1;
                        while (b > (int64_t)sb + 1 && c - b <= 12 && is_word(w, (size_t)b - 1) &&
                               !st->inq[b - 1] &&
                               ((w->tok.v[b - 1].flags & NEWS_TF_UPPER_INIT) ||
                                tok_is(w, (size_t)b - 1, "of") || tok_is(w, (size_t)b - 1, "the") ||
                                tok_is(w, (size_t)b - 1, "for") || tok_is(w, (size_t)b - 1, "and")))
                            b--;
                        if (tok_ch(w, (size_t)b - 1, ',')) c = b - 1;
                    }
                    while (c > (int64_t)sb && a.t0 - c <= 5 && !tok_ch(w, (size_t)c, ',') &&
                           (is_word(w, (size_t)c) || (w->tok.v[c].flags & NEWS_TF_CLITIC)))
                        c--;
                    int conj = 0; /* ", while Trump threatened." is a clause of its own */
                    /* ", which he denies.", ", charges he denies.", ", an allegation she
                     * denies.": a relative clause, or an object before a pronoun, names what
                     * is denied; the clause before the comma is the writer's */
                    conj = c + 1 < a.t0 && (a.t0 < 0 ? 0 : pronoun_kind(w, (size_t)a.t0) != 0);
                    for (int64_t t = c + 1; t < a.t0; t++)
                        conj |= tok_in(w, (size_t)t, relatives) || /* (", that official said") */
                                tok_in(w, (size_t)t, subordinators) ||
                                (tok_in(w, (size_t)t, conjunctions) &&
                                 !(t > c + 1 && tok_is(w, (size_t)t, "and") &&
                                   ((cf & NEWS_CUE_PAST) || tok_in(w, k, say_words))));
                    /* (but "..., teachers and union officials told POLITICO.": an "and"
                     * inside the subject joins two of its nouns) */
                    /* a tail that ends at "as he ..." leaves a clause of the writer's
                     * with its own verb before the comma ("Among Republicans, Trump and Cruz
                     * maintained their battle as they ..." reports nothing) */
                    int64_t e = past_tail(w, st, k, p1, 1);
                    if (!conj && e >= 0 && e < (int64_t)p1 &&
                        (saying_time(w, (size_t)e) || time_clause(w, (size_t)e, p1)))
                        conj = !has_verb(w, st, (int64_t)sb, c - 1);
                    if (tok_ch(w, (size_t)c, ',') && !conj) b = a, comma = c;
                }
                if (comma > (int64_t)sb + 1 && no_quote_in(st, sb, (size_t)comma - 1)) {
                    a = b;
                    set_cue(w, &a, k, k + 1);
                    f = after_inner_report(w, st, sb, (size_t)comma);
                    l = trim_punct(w, f, comma - 1);
                    strength = 0.8f;
                    if (inv_kind == 2 && comma == (int64_t)k - 1) {
                        /* A, says Dr Tuffy, B: A, then B */
                        int rc = push_ind(w, st, n_ind, f, l, &a, a.score * strength, 0);
                        if (rc) return rc;
                        f = bf;
                        l = bl;
                    }
                }
            }
        }
        int sub = 0; /* "Three years after Republicans vowed to ..., the party ..." */
        for (int64_t t = (int64_t)sb; t < a.t0 && t - (int64_t)sb < 8 && !sub; t++)
            sub = tok_in(w, (size_t)t, subordinators) && !tok_ch(w, (size_t)t + 1, ',');
        if (f > (int64_t)sb && l > f && sub && a.t0 > (int64_t)sb && a.t0 < f) {
            for (int64_t t = f + 1; t <= l; t++)
                if (tok_ch(w, (size_t)t, ',')) {
                    size_t e = relative_end(w, st, (size_t)f, (size_t)t, p1);
                    if (e) { /* "after a report suggested the country, which ..., had plans" */
                        t = (int64_t)e;
                        continue;
                    }
                    l = t - 1;
                    break;
                }
        }
        if (f >= 0 && l - f >= 1 && *n_ind && a.t0 > ((Ind *)st->ind)[*n_ind - 1].first &&
            a.t0 <= ((Ind *)st->ind)[*n_ind - 1].last) {
            /* "7 percent said they are undecided, 21 percent ... said they could ...": the
             * earlier clause ran into this report; it ends at the comma before its subject */
            Ind *prev = &((Ind *)st->ind)[*n_ind - 1];
            int64_t c = a.t0 - 1;
            while (c > prev->first && a.t0 - c <= 8 && !tok_ch(w, (size_t)c, ',') &&
                   !is_dash(w, (size_t)c) &&
                   (is_word(w, (size_t)c) || (w->tok.v[c].flags & NEWS_TF_CLITIC)))
                c--;
            /* "Ferri said the port would grow and Lund says the budget will shrink": a
             * new subject after "and"/"but" opens a report of its own */
            size_t se = (size_t)a.t0; /* the subject right before its cue, not "X and Y have
                                       * indicated", where "and" joins two names */
            while (se < k && w->tok.v[se].byte_start < a.spk.byte_start + a.spk.byte_len) se++;
            while (se < k && is_filler(w, se) &&
                   !(a.spk_kind == NEWS_SPK_NAME && (tok_is(w, se, "have") ||
                                                     tok_is(w, se, "are") ||
                                                     tok_is(w, se, "were"))))
                se++; /* a name, then a plural verb: "and Halifax have": a compound subject */
            if (a.t0 - 1 > prev->first && se == k &&
                (tok_is(w, (size_t)a.t0 - 1, "and") || tok_is(w, (size_t)a.t0 - 1, "but")))
                c = a.t0 - 1;
            /* (not when this cue has a plain object, or would take the earlier report's
             * start into its own, and what the earlier report would keep has no verb:
             * "Diplomats said Britain, West Germany and the Netherlands maintained their
             * opposition" is one report, "maintained" its verb) */
            if (c > prev->first && (tok_ch(w, (size_t)c, ',') || is_dash(w, (size_t)c) ||
                                    c == a.t0 - 1) &&
                !((nominal || f <= prev->first) && !has_verb(w, st, prev->first, c - 1))) {
                int64_t e = c - 1;
                e = trim_punct(w, prev->first, e);
                prev->last = (int32_t)e;
            }
        } else if (f >= 0 && l - f >= 1 && *n_ind &&
                   (int64_t)k > ((Ind *)st->ind)[*n_ind - 1].first &&
                   (int64_t)k <= ((Ind *)st->ind)[*n_ind - 1].last + 1) {
            /* "Lund acknowledged that the cranes were old but noted that ...": a second verb
             * of saying of the same subject ends the first report and opens its own */
            Ind *prev = &((Ind *)st->ind)[*n_ind - 1];
            int64_t c = (int64_t)k - 1;
            while (c > prev->first && (int64_t)k - c <= 2 &&
                   (tok_is(w, (size_t)c, "also") || tok_is(w, (size_t)c, "then") ||
                    tok_is(w, (size_t)c, "later")))
                c--;
            if (c > prev->first &&
                (tok_is(w, (size_t)c, "and") || tok_is(w, (size_t)c, "but"))) {
                int64_t e = c - 1;
                e = trim_punct(w, prev->first, e);
                prev->last = (int32_t)e;
                /* "Lund admitted the mistake but said ...": what is left of the first may be
                 * a plain object, which reports nothing (not "that ...", "to ..."); one word
                 * left is always one ("Hamas denied involvement and said it was ...") */
                size_t p0f = (size_t)prev->first;
                if (e <= prev->first ||
                    (!tok_is(w, p0f, "that") && !tok_in(w, p0f, wh_words) &&
                     !tok_is(w, p0f, "to") && !tok_is(w, p0f, "not") && !gerund_at(w, p0f) &&
                     !has_verb(w, st, prev->first, e)))
                    (*n_ind)--;
            }
        }
        if (f >= 0 && l - f >= 1 && !nominal) {
            int rc = push_ind(w, st, n_ind, f, l, &a, a.score * strength, f == (int64_t)sb);
            if (rc) return rc;
        }
    }
    return NEWS_OK;
}

/* ------------------------------------------------------------------------ output */

/* An epithet for someone the story already follows: "the Wisconsin Republican", "the New
 * York businessman", "the Black Sabbath singer" (SPEC: a description stands for the entity
 * the document names). "the", at most four words with a capitalised one (a place, a party,
 * a band), nothing after the noun, and the noun a person's: a role that is no title ("the
 * Senate majority leader" may be someone else's), not one of the people around the
 * story's figures ("the RNC member", "the Gawker employee", "the Pops spokesperson"), or a
 * party or a nation ("the Ohio Democrat"). speakers.c gives it the current speaker. */
static const char *const minor_roles[] = {"adviser", "advisor", "aide", "employee", "member",
                                          "official", "source", "spokesman", "spokesperson",
                                          "spokeswoman", "staffer", "supporter", 0};
static int is_epithet(const NewsWork *w, const NewsQuoteState *st, const Attr *a) {
    if (a->spk_kind != NEWS_SPK_DESC || a->ment >= 0 || a->t0 < 0 ||
        (size_t)a->t0 >= w->tok.n || !tok_is(w, (size_t)a->t0, "the"))
        return 0;
    size_t end = a->spk.byte_start + a->spk.byte_len, h = (size_t)a->t0, caps = 0;
    for (size_t t = h + 1; t < w->tok.n && w->tok.v[t].byte_start < end; t++) {
        if (tok_is(w, t, "of") && t > h + 1 && t - 1 == h && tok_in(w, h, makers) &&
            t + 1 < w->tok.n && (w->tok.v[t + 1].flags & NEWS_TF_UPPER_INIT)) {
            caps++; /* "the 58-year-old US singer of Because the Night": a work's title
                     * after a maker's noun, which stays the head */
            break;
        }
        if (!is_word(w, t) || st->inq[t] || tok_in(w, t, phrase_ends) || t - (size_t)a->t0 > 4)
            return 0;
        if (w->tok.v[t].flags & NEWS_TF_UPPER_INIT) caps++;
        h = t;
    }
    if (h == (size_t)a->t0 || !caps) return 0;
    if (plural_noun(w, h)) return 0;
    /* "the Western banker" is no one's epithet: a compass word is no nationality */
    static const char *const compass[] = {"eastern", "northern", "southern", "western", 0};
    if (tok_in(w, (size_t)a->t0 + 1, compass)) return 0;
    if ((w->tok.v[h].flags & NEWS_TF_UPPER_INIT) && member_word(w, h)) return 1;
    const NewsToken *t = &w->tok.v[h];
    return (is_plain_role(w, h) || tok_in(w, h, epithet_nouns)) && !tok_in(w, h, minor_roles) &&
           !news_lexicon_title(w->text + t->byte_start, t->byte_len);
}

static int emit(NewsWork *w, NewsQuoteState *st, size_t first, size_t last, int kind,
                const Attr *a, float score) {
    if (w->quote.n == w->quote.cap) {
        int rc = NEWS_RESERVE(w, w->quote, w->quote.n + 1);
        if (rc) return rc;
    }
    if (w->quote.n >= st->info_cap) {
        int rc = grow(w, (void **)&st->info, &st->info_cap, w->quote.n + 1, sizeof *st->info);
        if (rc) return rc;
    }
    NewsQuote *q = &w->quote.v[w->quote.n];
    memset(q, 0, sizeof *q);
    q->quote = span_of(w, first, last + 1);
    q->sentence = w->tok.v[first].sentence;
    q->kind = (uint8_t)kind;
    q->speaker_entity = -1;
    if (a && a->found) {
        q->speaker = a->spk;
        q->cue = news_byte_span(a->cue);
        q->speaker_entity = a->ment;
    }
    if (score <= 0.f) score = 0.05f;
    if (score > 1.f) score = 1.f;
    q->score = score;
    q->spk_kind = a && a->found ? (uint8_t)a->spk_kind : NEWS_SPK_NONE;
    q->epithet = (uint8_t)(a && a->found && is_epithet(w, st, a));
    st->info[w->quote.n].src = -1;
    st->info[w->quote.n].role = 0;
    if (q->spk_kind == NEWS_SPK_DESC && a->t0 >= 0) { /* its head: the span's last token */
        size_t h = (size_t)a->t0, end = a->spk.byte_start + a->spk.byte_len;
        while (h + 1 < w->tok.n && w->tok.v[h + 1].byte_start < end) h++;
        st->info[w->quote.n].role = (uint32_t)role_key(w, h);
    }
    w->quote.n++;
    return NEWS_OK;
}

static void attr_from_quote(const NewsWork *w, const NewsQuoteState *st, int32_t qi, Attr *a) {
    const NewsQuote *q = &w->quote.v[qi];
    (void)st;
    memset(a, 0, sizeof *a);
    a->spk = q->speaker;
    a->cue.byte_start = q->cue.byte_start; /* no character offsets: none are read */
    a->cue.byte_len = q->cue.byte_len;
    a->ment = q->speaker_entity;
    a->spk_kind = q->spk_kind;
    a->found = q->speaker.byte_len > 0 || q->cue.byte_len > 0;
    a->score = q->score;
    a->t0 = -1;
}

/* Direct quotations with no attribution of their own take one from a neighbour: the
 * quotation before in the paragraph (“A,” he said. “B.”), the one after (“A.” “B,” he
 * said.), the previous paragraph's last quotation when this one opens the paragraph (the
 * speaker goes on), a cue earlier in the paragraph (Kuleba said on Monday. “…”), or the
 * person a short sentence just before is about (Lund disagreed. “…”), with no cue. */
static void fill_speakers(NewsWork *w, NewsQuoteState *st, Seg *sg, size_t n_seg, size_t p0) {
    /* the nearest attributed quotation before and after segment i, kept as i moves: a scan
     * of every neighbour for every segment was quadratic (147 s for a 1 MB paragraph of
     * short quotations). Segments after i are not written before i reaches them, so the
     * test on them holds until then and `next` only moves on. */
    size_t last = SIZE_MAX, next = 0;
    for (size_t i = 0; i < n_seg; i++) {
        Seg *s = &sg[i];
        if (next <= i) next = i + 1;
        while (next < n_seg &&
               !(sg[next].kind == NEWS_DIRECT && sg[next].at.found && sg[next].src == -1))
            next++;
        /* only a quotation that opens its sentence goes on from a neighbour: after a colon
         * or a comma the words before it attribute it, even if we could not read them */
        if (s->kind != NEWS_DIRECT || s->at.found || s->cls == CLS_COLON) {
            /* a partial quotation with its own cue counts too: 'Corker said they were
             * “meticulous” about it. “If we were to touch it, ...”' goes on with Corker */
            if ((s->kind == NEWS_DIRECT || (s->kind == NEWS_PARTIAL && s->own)) && s->at.found &&
                s->at.cue.byte_len)
                last = i;
            continue;
        }
        int done = 0;
        if (last != SIZE_MAX) {
            s->at = sg[last].at;
            s->at.score *= 0.95f;
            s->src = (int32_t)last;
            done = 1;
        }
        if (!done && next < n_seg) {
            s->at = sg[next].at;
            s->at.score *= 0.85f;
            s->src = (int32_t)next;
            done = 1;
        }
        if (!done && (s->o < 0 || (size_t)s->o == p0) && st->carry_quote >= 0) {
            attr_from_quote(w, st, st->carry_quote, &s->at);
            s->at.score *= st->carry_open ? 0.95f : st->carry_weak ? 0.6f : 0.8f;
            s->src = -2 - st->carry_quote;
            done = s->at.found;
        }
        if (!done && (s->o < 0 || (size_t)s->o == p0) && st->carry_attr) {
            /* "17-year-old Jared Potts echoed:" ended the previous paragraph */
            memset(&s->at, 0, sizeof s->at);
            s->at.spk = st->carry_spk;
            s->at.cue = st->carry_cue;
            s->at.ment = st->carry_ment;
            s->at.spk_kind = st->carry_kind;
            s->at.score = st->carry_score * 0.9f;
            s->at.found = 1;
            s->at.t0 = -1;
            done = 1;
        }
        if (!done && s->o > (int32_t)p0) {
            size_t o = (size_t)s->o, lo = o > p0 + 40 ? o - 40 : p0;
            for (size_t k = o; k-- > lo;) {
                if (st->inq[k]) break;
                if (!(st->cue[k] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT))) continue;
                /* a participle ("an email to supporters stating") has no subject before it;
                 * attr_before read it as far as it could */
                if ((st->cue[k] & NEWS_CUE_ING) && letter_before(w, st, k, p0)) break;
                Attr a;
                memset(&a, 0, sizeof a);
                a.ment = -1;
                size_t slo = k > p0 + 16 ? k - 16 : p0;
                if (subject_before(w, st, k, slo, &a)) {
                    set_cue(w, &a, k, k + 1);
                    a.score *= 0.6f;
                    s->at = a;
                } else if ((st->cue[k] & NEWS_CUE_DIRECT) && sentence_subject(w, st, k, p0, &a) &&
                           a.spk_kind != NEWS_SPK_DESC) {
                    /* "Baker would join the council if asked. “…”": the cue has no subject
                     * of its own; the sentence's subject is the one asked */
                    set_cue(w, &a, k, k + 1);
                    a.score *= 0.5f;
                    s->at = a;
                }
                break;
            }
        }
        /* the sentence before the quotation: in its paragraph, or the previous paragraph's
         * last when the quotation opens its own (news online gives each sentence a
         * paragraph: "Janet Corley was blunt." / "“It is as simple as that.”") */
        int own_para = s->o == (int32_t)p0 && p0 > 0 && (w->tok.v[p0 - 1].flags & NEWS_TF_PARA_END);
        if (!s->at.found && (s->o > (int32_t)p0 + 2 || own_para)) {
            /* "Lund disagreed. “We can fix them.”", "Tom Lake, the harbour master, was
             * blunt. “…”": a short sentence about a person sets up the quotation after it */
            size_t o = own_para ? p0 : (size_t)s->o, lo = own_para ? 0 : p0;
            int32_t s0 = (int32_t)w->tok.v[0].sentence;
            size_t sb = (size_t)st->sfirst[w->tok.v[o - 1].sentence - s0];
            int32_t m = sb >= lo ? st->tok_ment[sb] : -1;
            size_t nb = sb; /* where the name starts: after its role ("Charity director
                             * Robert Tapsfield criticised the system. “…”") */
            if (sb >= lo && o - 1 - sb <= 14 && (m < 0 || w->ment.v[m].type != NEWS_PER)) {
                size_t x = sb;
                while (x + 1 < o && x - sb < 4 && is_word(w, x) &&
                       !(st->tok_ment[x] >= 0 && w->ment.v[st->tok_ment[x]].type == NEWS_PER))
                    x++;
                if (x > sb && x + 1 < o && st->tok_ment[x] >= 0 && is_role_word(w, x - 1) &&
                    w->ment.v[st->tok_ment[x]].type == NEWS_PER)
                    m = st->tok_ment[x], nb = x;
            }
            /* a name, not a pronoun: "He had only played in Zimbabwe. “…”" is as often the
             * writer's setting for an interviewee's answer */
            if (sb >= lo && o - 1 - sb <= 14 && is_stop(w, o - 1) && !tok_ch(w, o - 1, '?') &&
                no_quote_in(st, sb, o - 2) && m >= 0 && w->ment.v[m].type == NEWS_PER &&
                news_ment_toks(w, (size_t)m).tok_first == nb) {
                Attr a;
                memset(&a, 0, sizeof a);
                a.ment = -1;
                set_mention_speaker(w, st, &a, m, own_para ? 0.4f : 0.45f);
                s->at = a;
            }
        }
        if (s->kind == NEWS_DIRECT && s->at.found) last = i;
    }
}

static int do_paragraph(NewsWork *w, NewsQuoteState *st, size_t p0, size_t p1, int carried,
                        int *open_fam) {
    size_t n_seg = 0, n_ind = 0;
    int rc = pair_paragraph(w, st, p0, p1, carried, &n_seg, open_fam);
    if (rc) return rc;
    memset(st->inq + p0, 0, p1 - p0);
    Seg *sg = st->seg;
    for (size_t i = 0; i < n_seg; i++) /* from here on `o` is the first token of the mark */
        if (sg[i].o >= 0) sg[i].o = (int32_t)open_start(w, (size_t)sg[i].o, p0);
    for (size_t i = 0; i < n_seg; i++) {
        size_t a = sg[i].o < 0 ? p0 : (size_t)sg[i].o;
        size_t b = sg[i].c < 0 ? p1 - 1 : (size_t)sg[i].c;
        memset(st->inq + a, 1, b - a + 1);
    }
    for (size_t i = 0; i < n_seg; i++) {
        classify(w, st, &sg[i], p0, p1);
        /* a title or a scare quote is the writer's words: the searches for cues, speakers
         * and reported clauses go through it ("told the BBC's 'Today' programme: '…'",
         * "The so-called "cliffhanger clause" means ..., he added.") */
        if (sg[i].kind == KIND_NONE && sg[i].title && sg[i].o >= 0 && sg[i].c >= 0)
            memset(st->inq + sg[i].o, 0, (size_t)(sg[i].c - sg[i].o) + 1);
    }
    fill_speakers(w, st, sg, n_seg, p0);
    rc = find_indirect(w, st, p0, p1, &n_ind);
    if (rc) return rc;
    /* emit in text order: quotations and reported clauses never overlap */
    Ind *iv = st->ind;
    size_t i = 0, j = 0;
    size_t q_first = w->quote.n;
    int32_t last_direct = -1;
    size_t last_direct_end = 0;
    /* the previous paragraph ended inside a quotation nobody was named for: if this one
     * re-opens it and names the speaker ("…,” MacLeod said.), that speaker is its too */
    int32_t prev_open = st->open_weak ? st->open_quote : -1;
    st->open_quote = -1;
    st->open_weak = 0;
    while (i < n_seg || j < n_ind) {
        if (i < n_seg && sg[i].kind == KIND_NONE) {
            i++;
            continue;
        }
        if (j < n_ind && (i >= n_seg || iv[j].first < sg[i].first)) {
            rc = emit(w, st, (size_t)iv[j].first, (size_t)iv[j].last, NEWS_INDIRECT, &iv[j].at,
                      iv[j].at.score);
            if (rc) return rc;
            j++;
            continue;
        }
        Seg *s = &sg[i];
        float score = s->at.found ? s->at.score : (s->kind == NEWS_DIRECT ? 0.3f : 0.4f);
        if (s->unclosed && !(s->o < 0 || (size_t)s->o == p0)) score *= 0.7f;
        rc = emit(w, st, (size_t)s->first, (size_t)s->last, s->kind, &s->at, score);
        if (rc) return rc;
        int32_t qi = (int32_t)w->quote.n - 1;
        if (s->src <= -2) st->info[qi].src = -2 - s->src;
        if (s->o < 0 && st->cut_quote >= 0 && s->at.found) {
            /* the part before the window cut takes this part's speaker */
            NewsQuote *before = &w->quote.v[st->cut_quote];
            if (!before->speaker.byte_len && !before->cue.byte_len) {
                before->speaker = s->at.spk;
                before->cue = news_byte_span(s->at.cue);
                before->speaker_entity = s->at.ment;
                st->info[st->cut_quote].src = qi;
            }
        }
        if (prev_open >= 0 && s->own && (s->o < 0 || (size_t)s->o == p0) &&
            s->kind == NEWS_DIRECT) {
            NewsQuote *before = &w->quote.v[prev_open];
            before->speaker = s->at.spk;
            before->cue = news_byte_span(s->at.cue);
            before->speaker_entity = s->at.ment;
            before->score = s->at.score * 0.9f;
            before->spk_kind = (uint8_t)s->at.spk_kind;
            st->info[prev_open].src = qi;
        }
        prev_open = -1;
        s->first = qi; /* from here on `first` is the quote index */
        if (s->c < 0) {
            st->open_quote = qi;
            st->open_weak = !s->own;
        }
        if (s->kind == NEWS_DIRECT) {
            last_direct = (int32_t)i;
            last_direct_end = s->c < 0 ? p1 : (size_t)s->c;
        }
        i++;
    }
    for (size_t k = 0; k < n_seg; k++)
        if (sg[k].kind != KIND_NONE && sg[k].src >= 0 && sg[sg[k].src].kind != KIND_NONE)
            st->info[sg[k].first].src = sg[sg[k].src].first;
    /* the next paragraph may go on with this speaker if a quotation ends this one */
    st->carry_quote = -1;
    st->carry_open = st->carry_weak = st->carry_attr = 0;
    if (last_direct >= 0 && sg[last_direct].at.found && p1 - last_direct_end <= 10) {
        st->carry_quote = sg[last_direct].first;
        st->carry_open = sg[last_direct].unclosed;
    } else if (p1 > p0 + 1 && tok_ch(w, p1 - 1, ':')) {
        Attr a;
        memset(&a, 0, sizeof a);
        a.ment = -1;
        a.t0 = -1;
        if (attr_before(w, st, p1, p0, CLS_COLON, &a)) {
            st->carry_attr = 1;
            st->carry_spk = a.spk;
            st->carry_cue = a.cue;
            st->carry_ment = a.ment;
            st->carry_kind = a.spk_kind;
            st->carry_score = a.score;
        }
    } else if (w->quote.n > q_first) {
        /* a report in the paragraph's last sentence: "..., Carter told the forum." */
        int32_t qi = (int32_t)w->quote.n - 1;
        const NewsQuote *q = &w->quote.v[qi];
        int32_t s0 = (int32_t)w->tok.v[0].sentence;
        size_t last_sent = (size_t)st->sfirst[w->tok.v[p1 - 1].sentence - s0];
        if (q->cue.byte_len && q->speaker.byte_len &&
            q->cue.byte_start >= w->tok.v[last_sent].byte_start) {
            st->carry_quote = qi;
            st->carry_weak = 1;
        }
    }
    if (st->carry_quote < 0 && !st->carry_attr && p1 > p0 + 2) {
        /* "... since Trump spoke only in evasive bromides during the interview." and then
         * paragraphs of bare quotations: the named speaker of a verb of saying in the
         * paragraph's last sentence goes on, weakly */
        int32_t s0 = (int32_t)w->tok.v[0].sentence;
        size_t last_sent = (size_t)st->sfirst[w->tok.v[p1 - 1].sentence - s0];
        if (last_sent < p0) last_sent = p0;
        for (size_t k = p1 - 1; k-- > last_sent;) {
            if (st->inq[k]) break;
            /* "spoke" counts here only: elsewhere "spoke with X on its podcast, “Title”"
             * would make a title a quotation */
            int spoke = tok_is(w, k, "spoke") || tok_is(w, k, "speaks");
            if (!spoke && (!(st->cue[k] & NEWS_CUE_DIRECT) || (st->cue[k] & NEWS_CUE_ING)))
                continue;
            if ((w->tok.v[k].flags & NEWS_TF_UPPER_INIT) &&
                !(w->tok.v[k].flags & NEWS_TF_SENT_START))
                continue;
            Attr a;
            memset(&a, 0, sizeof a);
            a.ment = -1;
            a.t0 = -1;
            size_t slo = k > last_sent + 16 ? k - 16 : last_sent;
            if (subject_before(w, st, k, slo, &a) && a.spk_kind == NEWS_SPK_NAME && a.ment >= 0) {
                st->carry_attr = 1;
                st->carry_spk = a.spk;
                st->carry_cue = span_of(w, k, k + 1);
                st->carry_ment = a.ment;
                st->carry_kind = a.spk_kind;
                st->carry_score = a.score * 0.5f;
            }
            break;
        }
    }
    return NEWS_OK;
}

/* verbs of naming, whose free relative still names the words' author ("what he called a
 * “witch hunt”") */
static const char *const naming_verbs[] = {
    "call", "calls", "called", "describe", "describes", "described", "dub", "dubs", "dubbed",
    "term", "terms", "termed", "brand", "brands", "branded", "label", "labels", "labelled",
    "labeled", 0};

/* A verb in a free relative that ends with it, "what" and its subject before it ("listened
 * to what Kenyans had said and", "that is what he told us."): the object of another verb, no
 * report of its own. Not when a verb follows ("what analysts said was a sign of ...": they
 * said it was), nor before words in marks ("what traders said amounted to a “penalty
 * fee”"). */
static int after_what(const NewsWork *w, size_t i) {
    if (tok_in(w, i, naming_verbs)) return 0;
    size_t n = w->tok.n;
    if (i + 1 < n && is_word(w, i + 1) && !tok_is(w, i + 1, "and") && !tok_is(w, i + 1, "but") &&
        !tok_in(w, i + 1, prepositions) && !pronoun_kind(w, i + 1))
        return 0;
    for (size_t j = i + 1; j < n && j < i + 5; j++)
        if (w->tok.v[j].quote) return 0;
    for (size_t j = i; j > 0 && i - j < 4;) {
        j--;
        if (!is_word(w, j)) return 0;
        if (tok_is(w, j, "what")) return j + 1 < i;
        if (w->tok.v[j].flags & NEWS_TF_SENT_START) return 0;
    }
    return 0;
}

/* "in a blog post", "in her tweet": a cue that is also a noun for what was written, after an
 * article or a possessive (and at most one lower-case word), is that noun, not a verb. */
static const char *const written_nouns[] = {"email", "emails", "post", "posts", "tweet",
                                            "tweets", 0};
static const char *const noun_openers[] = {"a", "an", "the", "her", "his", "its", "their",
                                           "our", "my", 0};
static int written_noun(const NewsWork *w, size_t i) {
    if (i == 0 || !tok_in(w, i, written_nouns)) return 0;
    if (tok_in(w, i - 1, noun_openers)) return 1;
    return i > 1 && is_lower_word(w, i - 1) && tok_in(w, i - 2, noun_openers);
}

/* Whether the sentence from token sb opens with an owner and a noun of theirs set off before
 * the name at token b: "Prendergast's replacement, Jack Crowley," (the name is the
 * subject; not "According to Kleinwort's sources, Saudi Arabia ...", whose owner does not
 * open the sentence). */
static int owner_noun_appos(const NewsWork *w, const NewsQuoteState *st, size_t sb, size_t b) {
    if (b < sb + 4 || !tok_ch(w, b - 1, ',') || !is_lower_word(w, b - 2) ||
        !(w->tok.v[b - 3].flags & NEWS_TF_CLITIC) || st->tok_ment[sb] < 0)
        return 0;
    return news_ment_toks(w, (size_t)st->tok_ment[sb]).tok_end == b - 3;
}

/* Does mention k end in "s" and an apostrophe alone ("Kenteris' lawyer", "Matt Williams’
 * side")? An owner, as before "'s", which the tokenizer does not split off here. */
static int bare_possessive(const NewsWork *w, size_t k) {
    const uint8_t *z = w->text;
    size_t x = w->ment.v[k].byte_start + w->ment.v[k].byte_len, n = w->text_len;
    return x > 0 && z[x - 1] == 's' && x + 1 < n &&
           ((z[x] == '\'' && z[x + 1] == ' ') ||
            (x + 3 < n && !memcmp(z + x, "\xE2\x80\x99 ", 4)));
}

int news_quotes_window(const NewsModel *m, NewsWork *w) {
    (void)m;
    NewsQuoteState *st;
    int rc = prepare(w, &st);
    if (rc) return rc;
    size_t n = w->tok.n;
    if (n == 0) return NEWS_OK;
    const NewsToken *tv = w->tok.v;
    /* the mentions of this window are the last ones of the document array */
    size_t m0 = w->ment.n;
    while (m0 > 0 && w->ment.v[m0 - 1].char_start >= w->win_char_start) m0--;
    memset(st->tok_ment, 0xFF, n * sizeof *st->tok_ment); /* -1 in every byte: -1 */
    for (size_t k = m0; k < w->ment.n; k++) {
        NewsMentionToks mt = news_ment_toks(w, k);
        for (size_t t = mt.tok_first; t < mt.tok_end && t < n; t++) st->tok_ment[t] = (int32_t)k;
    }
    /* cue words, and sentence starts */
    uint32_t s0 = tv[0].sentence;
    memset(st->inq, 0, n);
    memset(st->cue, 0, n);
    for (size_t i = 0; i < n; i++) {
        if (tv[i].flags & NEWS_TF_SENT_START || i == 0)
            st->sfirst[tv[i].sentence - s0] = (int32_t)i;
        if (!(tv[i].flags & NEWS_TF_WORD) || (tv[i].flags & (NEWS_TF_DIGIT | NEWS_TF_CLITIC)))
            continue;
        if ((tv[i].flags & NEWS_TF_UPPER_INIT) && !(tv[i].flags & NEWS_TF_SENT_START) &&
            st->tok_ment[i] >= 0)
            continue;
        if (tv[i].byte_len == 9 && i + 1 < n && tok_is(w, i + 1, "to") &&
            tok_is(w, i, "according"))
            st->cue[i] = NEWS_CUE_ACCORDING;
        else if (st->tok_ment[i] < 0 &&
                 !(i + 1 < n && tok_is(w, i + 1, "to") && tok_in(w, i, add_words)) &&
                 !(tv[i].byte_len == 5 && tok_is(w, i, "state") && i + 1 < n &&
                   !tok_is(w, i + 1, "that") && !tok_ch(w, i + 1, ',') &&
                   !tok_ch(w, i + 1, ':') && !tv[i + 1].quote)) {
            /* (not "added to concerns that ...", nor the noun of "a new state law", "member
             * state", "state education": "state" is a verb before "that", a comma, a colon
             * or a quotation; nor a verb ending a free relative, tested on cues only) */
            unsigned c = tok_cue(w, i);
            /* (nor "who asked not to be named", "asked to remain anonymous": a request; nor
             * "longer than the defence had asked for,": a request, its object before it) */
            if (c && tv[i].byte_len == 5 && i + 2 < n && tok_is(w, i, "asked") &&
                (tok_is(w, i + 1, "not") ||
                 (tok_is(w, i + 1, "to") &&
                  (tok_is(w, i + 2, "be") || tok_is(w, i + 2, "remain"))) ||
                 (tok_is(w, i + 1, "for") && (tv[i + 2].flags & NEWS_TF_PUNCT) &&
                  !tv[i + 2].quote)))
                c = 0;
            /* (nor a cue's -s form after a word in lower case or opening its sentence that
             * a verb in -ed with its object follows: the plural noun of "whom tech blogs
             * nicknamed “the Homework Queen”", "Initial reports suggested the group", the
             * verb after it the clause's; not "which Will claims affirmed “…”") */
            if (c && !(c & NEWS_CUE_PAST) && ends_in_s(w, i) && i > 0 && i + 2 < n &&
                (is_lower_word(w, i - 1) || (tv[i - 1].flags & NEWS_TF_SENT_START)) &&
                ed_word(w, i + 1) && (tok_in(w, i + 2, determiners) || tv[i + 2].quote))
                c = 0;
            if (c && !after_what(w, i) && !written_noun(w, i)) st->cue[i] = (uint8_t)c;
        }
    }
    learn_roles(w, st, m0);
    int carried = st->carry_family;
    st->carry_family = FAM_NONE;
    int open_fam = FAM_NONE;
    for (size_t p0 = 0; p0 < n;) {
        size_t p1 = p0 + 1;
        while (p1 < n && !(tv[p1 - 1].flags & NEWS_TF_PARA_END)) p1++;
        rc = do_paragraph(w, st, p0, p1, carried, &open_fam);
        if (rc) return rc;
        carried = FAM_NONE;
        p0 = p1;
    }
    /* a window cut inside a paragraph too long for one: the open quotation goes on */
    st->cut_quote = -1;
    if (!(tv[n - 1].flags & NEWS_TF_PARA_END) && w->win_byte_end < w->text_len) {
        st->carry_family = open_fam;
        if (open_fam) st->cut_quote = st->open_quote;
    }
    /* mentions inside quotations are not the antecedents of "he said"; subjects and
     * the people verbs of saying attach to are the story's speakers (speakers.c) */
    for (size_t k = m0; k < w->ment.n; k++) {
        NewsMentionToks mt = news_ment_toks(w, k);
        if (mt.tok_end > n || mt.tok_first >= mt.tok_end) {
            st->m_inq[k] = 0;
            continue;
        }
        if (st->inq[mt.tok_first]) {
            st->m_inq[k] = NEWS_MQ_INQ;
            continue;
        }
        uint8_t f = 0;
        size_t a = mt.tok_first, e = mt.tok_end, b = a;
        while (b > 0 && a - b < 4 && is_role_word(w, b - 1) && !st->inq[b - 1]) b--;
        /* the subject: the sentence opens with it, or with a short phrase and a comma
         * ("As he has before, Cruz ..."), and no quotation comes before it */
        size_t sb = (size_t)st->sfirst[tv[a].sentence - s0];
        /* after a dateline ("WASHINGTON, Oct 19 -", "KYIV (AP) —"): no lower-case word
         * before its dash, which opens the sentence's own words */
        for (size_t x = sb; x < b && x - sb < 8 && !is_lower_word(w, x); x++)
            if (is_dash(w, x)) {
                sb = x + 1;
                break;
            }
        int opens = sb <= b && (b - sb <= 4 || tok_ch(w, b - 1, ','));
        /* ... but not the object of a verb that opens it ("The pioneer follows Morrissey.",
         * "Critics blasted Smith", "GOP leaders met Smith"); "Feminist icon Germaine Greer",
         * "defence lawyer Reid Weingarten" are nouns before the name */
        if (opens && b > sb && !tok_ch(w, b - 1, ',')) {
            /* the word before the name, past its articles and adjectives ("met the former
             * senator"), is what tells: a verb, or a noun ("sports car maker Porsche");
             * after "he", "she" or "they" the name is the object ("She will now meet
             * Venus Williams.") */
            size_t x = b - 1;
            int kind = pronoun_kind(w, sb);
            if (kind == NEWS_SPK_HE || kind == NEWS_SPK_SHE || kind == NEWS_SPK_THEY) opens = 0;
            while (x > sb && is_lower_word(w, x) && !verb_like(w, x) &&
                   (tok_in(w, x, determiners) || tok_in(w, x, name_adjectives)))
                x--;
            if (is_lower_word(w, x) && verb_like(w, x) && !is_role_word(w, x) &&
                !tok_in(w, x, determiners))
                opens = 0;
        }
        /* "Varga's wife, Melania, is ...": the owner before a role in apposition is no
         * subject; the name after the role is */
        int appos = b > sb + 2 && tok_ch(w, b - 1, ',') &&
                    (is_role_word(w, b - 2) || tok_in(w, b - 2, person_nouns) ||
                     owner_noun_appos(w, st, sb, b));
        for (size_t x = sb; opens && x < b; x++) {
            if (st->inq[x] || tv[x].quote) opens = 0;
            else if (st->tok_ment[x] >= 0) {
                /* the owner or the modifier of the role ("Varga's wife, Melania,", "A
                 * Doyle campaign spokesman, Ben Ortiz,"): lower-case words up to the
                 * role, no comma (not a name of its own in a list or an apposition), no
                 * cue ("Augat Inc said it retained an investment banker, Wertheim ...,":
                 * Augat is the subject) */
                NewsMentionToks ox = news_ment_toks(w, (size_t)st->tok_ment[x]);
                int modifier = appos && ox.tok_end + 2 < b;
                for (size_t y = ox.tok_end; modifier && y + 1 < b; y++)
                    if ((!(tv[y].flags & NEWS_TF_CLITIC) && !is_lower_word(w, y) &&
                         !(y + 2 == b && is_role_word(w, y))) ||
                        st->cue[y])
                        modifier = 0;
                /* "Beach Boys veteran Brian Wilson", "Fox News anchor Bret Baier": a name,
                 * then the lower-case role it modifies, then the name (no comma); a party
                 * may stand between ("Senate Democratic leader Chuck Schumer") */
                if (!modifier && !appos && ox.tok_end < b && b - ox.tok_end <= 3) {
                    modifier = 1;
                    for (size_t y = ox.tok_end; modifier && y < b; y++) {
                        const NewsToken *ty = &tv[y];
                        const uint8_t *zy = w->text + ty->byte_start;
                        size_t ny = ty->byte_len;
                        int ing = ny > 4 && zy[ny - 3] == 'i' && zy[ny - 2] == 'n' &&
                                  zy[ny - 1] == 'g';
                        int party = st->tok_ment[y] >= 0 &&
                                    w->ment.v[st->tok_ment[y]].type == NEWS_MISC;
                        /* "Ferguson believes Henry ...": a verb in -s right after the
                         * name, which verb_like reads only after a noun (not "boss") */
                        int verb_s = y == ox.tok_end && ny > 3 && zy[ny - 1] == 's' &&
                                     !strchr("siu", zy[ny - 2]) && !is_role_word(w, y);
                        if ((!is_lower_word(w, y) && !party) || st->cue[y] || ing ||
                            verb_like(w, y) || verb_s ||
                            is_small_word(w, y)) /* not "Tarar said selling Trump" */
                            modifier = 0;
                    }
                }
                /* "Ashford captain Leon Barker": the name right before the roles that
                 * lead up to the subject (b is already back at the first role) */
                if (!modifier && !appos && ox.tok_end == b && b < a) modifier = 1;
                if (!modifier) opens = 0;
                else x = ox.tok_end - 1;
            }
        }
        int poss = (e < n && (tv[e].flags & NEWS_TF_CLITIC)) || bare_possessive(w, k);
        /* "Shares in Corran Mining fell": the company is what the sentence is about */
        int pp = b > 0 && tok_in(w, b - 1, prepositions) &&
                 !(b == sb + 2 && w->ment.v[k].type == NEWS_ORG && tok_is(w, sb, "shares") &&
                   (tok_is(w, b - 1, "in") || tok_is(w, b - 1, "of")));
        if (opens && !poss && !pp) {
            f |= NEWS_MQ_SUBJECT;
            /* ... and not the name before a role that another name follows ("Trump
             * campaign chairman Paul Manafort said") */
            if (b == sb || (b > sb && tok_ch(w, b - 1, ',')) ||
                (b == sb + 1 &&
                 (tok_is(w, sb, "but") || tok_is(w, sb, "and") || tok_is(w, sb, "yet")))) {
                size_t r = lower_run(w, st, e, n, 0, 4, RUN_MENT);
                int modifies = r > e && r < n && st->tok_ment[r] >= 0;
                for (size_t x = e; modifies && x < r; x++) /* looked up only then */
                    modifies = is_role_word(w, x) || tok_in(w, x, org_nouns);
                if (!modifies) f |= NEWS_MQ_FIRST;
            }
            if (tv[sb].flags & NEWS_TF_PARA_START) f |= NEWS_MQ_LEAD;
        }
        size_t t = e;
        int passive = 0; /* "a goal by Shane Feeney was ruled out", "Lee was told" (s29) */
        for (; t < n && t - e < 3 && is_filler(w, t); t++)
            passive |= tok_is(w, t, "was") || tok_is(w, t, "were") || tok_is(w, t, "is") ||
                       tok_is(w, t, "are");
        /* (one who "was asked" answers next: "Mr Johnson was asked why ... He replied:") */
        passive &= t < n && (st->cue[t] & NEWS_CUE_PAST) && !tok_is(w, t, "asked") &&
                   !tok_is(w, t, "pressed") && !tok_is(w, t, "questioned");
        /* "X said"; not inside another's report ("that the paper's Robert Costa had
         * reported") */
        int embedded = b > 0 && ((tv[b - 1].flags & NEWS_TF_CLITIC) || tok_is(w, b - 1, "that"));
        if (!poss && !embedded && !passive && t < n &&
            (st->cue[t] & (NEWS_CUE_DIRECT | NEWS_CUE_INDIRECT)) && !(st->cue[t] & NEWS_CUE_ING))
            f |= NEWS_MQ_SPEAKS;
        /* ", said Christine Link": after "he said" the name would be the object */
        if (b > 1 && (st->cue[b - 1] & NEWS_CUE_INVERT) &&
            !(st->cue[b - 1] & (NEWS_CUE_ING | NEWS_CUE_OBJECT)) &&
            ((tv[b - 2].flags & NEWS_TF_PUNCT) || tv[b - 2].quote))
            f |= NEWS_MQ_SPEAKS;
        st->m_inq[k] = f;
    }
    return NEWS_OK;
}
