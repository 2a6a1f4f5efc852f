/* features.c: the feature hashes of each token of the current window, for tagger.c at run
 * time and for the trainer (ext/tools/ner_train.c), which must see exactly the same ones.
 *
 * Features follow Ratinov & Roth (2009, "Design challenges and misconceptions in NER"):
 * the word, its lower-cased form, shape, prefixes and suffixes, capitalisation, position in
 * the sentence, the words, shapes and word classes around it, gazetteer matches (phrases,
 * so "New York" marks both words), and facts from the rest of the document: whether the
 * word is written in lower case or capitalised mid-sentence elsewhere, which tells a
 * sentence-initial or all-capital headline word ("SHEARER NAMED AS ENGLAND CAPTAIN") apart
 * from a common word, and the kind of report (sports, business: a few topic words in the
 * window), which decides whether "Newcastle" or "Comelf" alone is a team, a company, a
 * place or a person. Neighbours never cross a sentence end.
 *
 * Only candidate tokens are tagged (news_features_prepare): words with an upper-case
 * letter, and the few tokens that glue such words into one name ("Bank of England",
 * "Leonardo da Vinci", "Boeing 747"); every other token is O, which the gold data bears out
 * (the trainer counts the exceptions). In news most tokens are not candidates, and this is
 * what makes the tagger fast.
 *
 * Features split into three kinds so that the tagger can cache sums: those of a word form
 * at an offset from the tagged token (news_features_static: the word, its affixes, classes,
 * gazetteer lists; or a neighbour's word, shape, class), those of a sentence edge, and the
 * contextual rest (news_features_context: position, phrase matches, word pairs, document
 * facts). news_features_token() lists all of them for the trainer.
 *
 * news_features_prepare() looks every token up once (form cache, gazetteer phrases,
 * document counts) into NewsTokInfo. The document counts cover the current window, which
 * is the whole article for any article up to 256 KB or 32K tokens (pipeline.c). Scratch arrays grow
 * geometrically and are kept; between windows the form cache keeps the forms seen twice once
 * it passes its limit (model.h, NEWS_FORM_KEEP). */
#include <string.h>
#include <utf8proc.h>

#include "lexicon.h"
#include "model.h"
#include "news.h"

#define MAX_LOWER 64 /* bytes of a word's lower-cased form that features look at */
#define MAX_PHRASE 6 /* tokens of a gazetteer phrase */

typedef struct NewsDocSlot {
    uint64_t key; /* h_lower; 0 = empty */
    uint32_t alt; /* a mixed-case form capitalised mid-sentence: form entry index + 1 */
    uint32_t cap_mid, lower, in_name;
    uint32_t head; /* first candidate token with this word, index + 1 */
    uint32_t tail; /* last one so far, index + 1 (in the padding: still 32 bytes) */
} NewsDocSlot;
_Static_assert(sizeof(NewsDocSlot) <= 32, "the document map's slots grew");

uint64_t news_lex_hash(char ns, const uint8_t *z, size_t n) {
    uint8_t c = (uint8_t)ns;
    return news_hash_fin(news_hash_bytes(news_hash_bytes(NEWS_HASH_SEED, &c, 1), z, n));
}

/* A lower-case Latin letter with diacritics as its ASCII base letter ("á" a, "ñ" n, "ø" o,
 * "ł" l), and curly apostrophes as the straight one, so that names written with accents
 * share features and gazetteer entries with the ASCII spelling of the training text
 * (Reuters 1996 has none). Anything else comes back as it is. */
static int32_t fold_latin(int32_t cp) {
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC) return '\'';
    if (cp < 0xC0 || cp > 0x24F) return cp;
    if (cp == 0xF8) return 'o';
    if (cp == 0x142) return 'l';
    if (cp == 0x111) return 'd';
    if (cp == 0x131) return 'i';
    utf8proc_int32_t dec[4];
    int bound = 0;
    utf8proc_ssize_t nd =
        utf8proc_decompose_char(cp, dec, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bound);
    if (nd == 1 && dec[0] > 0 && dec[0] < 0x80) return dec[0];
    return cp;
}

/* The lower-cased form of an ASCII byte as lower_form() writes it: a-z for A-Z, 0 for a
 * digit, any other byte itself. */
static const uint8_t lower_ascii[128] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
    '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x40, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    0x60, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
};

/* The shape of an ASCII byte (shape_hash): X upper case, x lower case, d digit, any other
 * byte itself. */
static const uint8_t shape_ascii[128] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
    'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x40, 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    0x60, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
};

/* Lower-cased form of a word into buf (at most cap bytes, whole characters): digits become
 * 0 so that numbers share features; Latin diacritics and curly apostrophes fold (above).
 * Returns its length. */
static size_t lower_form(const uint8_t *z, size_t n, uint8_t *buf, size_t cap) {
    size_t i = 0, o = 0;
    while (i < n) {
        if (z[i] < 0x80) { /* ASCII in line, without utf8.c */
            if (o + 1 > cap) break;
            buf[o++] = lower_ascii[z[i++]];
        } else {
            int32_t cp;
            size_t len = news_utf8_next(z + i, n - i, &cp);
            int32_t lc = cp >= 0 ? fold_latin(news_utf8_lower(cp)) : cp;
            uint8_t tmp[4];
            size_t k = 0;
            if (lc >= 0 && lc < 0x80) { /* folded to ASCII: "Báñez" as "banez" */
                if (o + 1 > cap) break;
                buf[o++] = (uint8_t)lc;
                i += len;
                continue;
            }
            if (lc == 0xE6 || lc == 0x153 || lc == 0xDF) { /* æ, œ, ß: two letters */
                if (o + 2 > cap) break;
                buf[o++] = lc == 0xDF ? 's' : lc == 0xE6 ? 'a' : 'o';
                buf[o++] = lc == 0xDF ? 's' : 'e';
                i += len;
                continue;
            }
            if (lc < 0) { /* invalid bytes stay as they are */
                if (o + len > cap) break;
                memcpy(buf + o, z + i, len);
                o += len;
                i += len;
                continue;
            } else if (lc < 0x800) {
                tmp[k++] = (uint8_t)(0xC0 | (lc >> 6));
                tmp[k++] = (uint8_t)(0x80 | (lc & 0x3F));
            } else if (lc < 0x10000) {
                tmp[k++] = (uint8_t)(0xE0 | (lc >> 12));
                tmp[k++] = (uint8_t)(0x80 | ((lc >> 6) & 0x3F));
                tmp[k++] = (uint8_t)(0x80 | (lc & 0x3F));
            } else {
                tmp[k++] = (uint8_t)(0xF0 | (lc >> 18));
                tmp[k++] = (uint8_t)(0x80 | ((lc >> 12) & 0x3F));
                tmp[k++] = (uint8_t)(0x80 | ((lc >> 6) & 0x3F));
                tmp[k++] = (uint8_t)(0x80 | (lc & 0x3F));
            }
            if (o + k > cap) break;
            memcpy(buf + o, tmp, k);
            o += k;
            i += len;
        }
    }
    return o;
}

size_t news_features_lower(const uint8_t *z, size_t n, uint8_t *buf, size_t cap) {
    return lower_form(z, n, buf, cap);
}

/* Shape: X for upper case, x lower, d digit, other characters as themselves (non-ASCII
 * ones as ~), runs of one class collapsed: "Kuleba" Xx, "U.S." X.X., "1996-08-30" d-d-d. */
static uint64_t shape_hash(const uint8_t *z, size_t n) {
    uint8_t buf[24];
    size_t o = 0, i = 0;
    while (i < n && o < sizeof buf) {
        uint8_t c;
        if (z[i] < 0x80) { /* ASCII: one table read */
            c = shape_ascii[z[i++]];
        } else {
            int32_t cp;
            size_t len = news_utf8_next(z + i, n - i, &cp);
            int cc = news_utf8_class(cp);
            c = cc == NEWS_CC_UPPER              ? 'X'
                : cc == NEWS_CC_LOWER            ? 'x'
                : cc == NEWS_CC_DIGIT            ? 'd'
                : cc == NEWS_CC_MARK             ? 0
                : fold_latin(cp) == '\''         ? '\''
                                                 : '~';
            i += len;
        }
        if (c && (o == 0 || buf[o - 1] != c)) buf[o++] = c;
    }
    return news_lex_hash('s', buf, o);
}

/* 0 no letter, 1 lower-case initial, 2 capitalised, 3 all capitals (two letters or more). */
static unsigned cap_kind(const NewsToken *t) {
    if (!(t->flags & NEWS_TF_WORD)) return 0;
    if ((t->flags & NEWS_TF_ALL_UPPER) && t->char_len > 1) return 3;
    if (t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER)) return 2;
    return 1;
}

static int has_letter(const NewsToken *t) {
    return (t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER)) ||
           ((t->flags & NEWS_TF_WORD) && !(t->flags & NEWS_TF_DIGIT));
}

/* Flags that are part of a form's identity for features. */
#define FORM_FLAGS                                                                           \
    (NEWS_TF_WORD | NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER | NEWS_TF_DIGIT | NEWS_TF_PUNCT | \
     NEWS_TF_CLITIC | NEWS_TF_ABBREV | NEWS_TF_HYPHEN | NEWS_TF_NONLATIN | NEWS_TF_HANDLE |  \
     NEWS_TF_URL)

void news_features_free(NewsWork *w, NewsFeatScratch *s) {
    news_work_release(w, s->info);
    news_work_release(w, s->form);
    news_work_release(w, s->sc);
    news_work_release(w, s->sums_owner);
    news_work_release(w, s->form_slot);
    news_work_release(w, s->doc);
    news_work_release(w, s->doc_list);
    news_work_release(w, s->next_cand);
    news_work_release(w, s->form_words);
    memset(s, 0, sizeof *s);
}

static void form_fill(const NewsModel *m, NewsForm *f, const NewsToken *t, const uint8_t *z) {
    uint8_t low[MAX_LOWER];
    size_t ln = lower_form(z, t->byte_len, low, sizeof low);
    f->h_lower = news_lex_hash('l', low, ln);
    f->h_shape = shape_hash(z, t->byte_len);
    f->flags = t->flags & FORM_FLAGS;
    f->cap = (uint8_t)cap_kind(t);
    f->char_len = (uint8_t)(t->char_len < 15 ? t->char_len : 15);
    const NewsLexEntry *v = news_lex_find(m, f->h_form);
    if (v) {
        f->cl_a = v->a;
        f->cl_b = v->b;
    }
    if ((v = news_lex_find(m, f->h_lower)) != 0) {
        f->gaz = v->a;
        f->case_bin = (uint8_t)news_lex_case(v);
        /* the auto-lexicon type (ner_train.c), bits 8-10 of b, among the list bits */
        f->gaz |= (uint16_t)(((v->b >> 8) & 7u) << NEWS_GAZ_AUTO_SHIFT);
    }
    f->title = (uint8_t)news_lexicon_title(z, t->byte_len);
    int upper = (t->flags &
                 (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER | NEWS_TF_NONLATIN | NEWS_TF_HANDLE)) != 0;
    for (size_t k = 0; !upper && k < t->byte_len; k++) upper = z[k] >= 'A' && z[k] <= 'Z';
    f->cand = (uint8_t)(upper && (t->flags & NEWS_TF_WORD) && !(t->flags & NEWS_TF_URL));
}

/* The cache key of a token: a hash of its bytes and the flags that features use. Every
 * token is keyed (most find their entry), so it reads eight bytes at a time where FNV
 * (news_lex_hash, the model's own key, computed once per entry) takes a multiply a byte;
 * each step is a bijection of the state, and news_hash_fin mixes the end. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline)) /* once per token: the call was a third of its cost */
#endif
static inline uint64_t form_key(const NewsWork *w, const NewsToken *t) {
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    uint64_t h = (uint64_t)n * 0xC2B2AE3D27D4EB4Full ^
                 (uint64_t)(t->flags & FORM_FLAGS) * 0x9E3779B97F4A7C15ull;
    for (; n >= 8; z += 8, n -= 8) {
        uint64_t x;
        memcpy(&x, z, 8);
        h = (h ^ x) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
    }
    uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n && z + n >= w->text + 8) { /* the last n bytes, read with the 8 - n before them */
        memcpy(&x, z + n - 8, 8);
        x >>= 8 * (8 - n);
        n = 0;
    }
#endif
    for (size_t k = 0; k < n; k++) x |= (uint64_t)z[k] << (8 * k);
    uint64_t key = news_hash_fin(h ^ x);
    return key ? key : 1;
}

/* Empties the slots and puts the first s->n_form entries back (open addressing). */
static void slots_fill(NewsFeatScratch *s) {
    memset(s->form_slot, 0, s->slot_cap * sizeof *s->form_slot);
    size_t mask = s->slot_cap - 1;
    for (size_t i = 0; i < s->n_form; i++) {
        size_t k = (size_t)s->form[i].key & mask;
        while (s->form_slot[k].idx) k = (k + 1) & mask;
        s->form_slot[k].key_hi = (uint32_t)(s->form[i].key >> 32);
        s->form_slot[k].idx = (uint32_t)i + 1;
    }
}

/* Doubles the slots and puts the entries back (form_add, when they are half full). */
static int slots_grow(NewsWork *w, NewsFeatScratch *s) {
    size_t nc = s->slot_cap ? 2 * s->slot_cap : 4096;
    NewsFormSlot *ns = w->realloc_fn(0, nc * sizeof *ns);
    if (!ns) return NEWS_NOMEM;
    news_work_release(w, s->form_slot);
    s->form_slot = ns;
    s->slot_cap = nc;
    slots_fill(s);
    return NEWS_OK;
}

/* A form not in the cache: a new entry, filled from token t, in the empty slot k (or, when
 * the slots would be more than half full, in the one its key finds once they are doubled:
 * a lookup needs an empty slot to end at, and only an entry added can take the last one). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline)) /* once per form: in line, its look-ups weighed on every token's */
#endif
static int form_add(const NewsModel *m,
                    NewsWork *w,
                    NewsFeatScratch *s,
                    const NewsToken *t,
                    uint64_t key,
                    size_t k,
                    uint32_t *out) {
    if (2 * (s->n_form + 1) > s->slot_cap) {
        int rc = slots_grow(w, s);
        if (rc) return rc;
        size_t mask = s->slot_cap - 1;
        for (k = (size_t)key & mask; s->form_slot[k].idx; k = (k + 1) & mask) continue;
    }
    int rc = news_work_reserve(w, (void **)&s->form, &s->form_cap, s->n_form + 1, sizeof *s->form);
    if (rc) return rc;
    if (s->n_form + 1 > s->form_words_cap) { /* every byte past n_form is 0 (forms_keep) */
        size_t had = s->form_words_cap;
        rc = news_work_reserve(w, (void **)&s->form_words, &s->form_words_cap, s->form_cap, 1);
        if (rc) return rc;
        memset(s->form_words + had, 0, s->form_words_cap - had);
    }
    const uint8_t *z = w->text + t->byte_start;
    NewsForm *f = &s->form[s->n_form];
    memset(f, 0, sizeof *f);
    f->key = key;
    f->h_form = news_lex_hash('w', z, t->byte_len);
    form_fill(m, f, t, z);
    s->form_slot[k].key_hi = (uint32_t)(key >> 32);
    s->form_slot[k].idx = (uint32_t)s->n_form + 1;
    *out = (uint32_t)s->n_form++;
    return NEWS_OK;
}

/* Between windows: keeps the entries seen twice since the last call, and those of the last
 * window (all = 0: none), with the sums of those seen twice, each now counted as seen once,
 * and sets the limit past which the next call comes (model.h). Linear in the entries, and
 * called once per NEWS_FORM_KEEP_LONG_MIN / 2 new ones at most. */
static void forms_keep(NewsFeatScratch *s, int all) {
    size_t kept = 0, blocks = 0;
    for (size_t b = 0; b < s->n_sums; b++) { /* blocks first, in order: each moves down */
        NewsForm *f = &s->form[s->sums_owner[b]];
        if (all && f->seen >= 2) {
            if (blocks != b) memcpy(s->sc[blocks], s->sc[b], sizeof *s->sc);
            s->sums_owner[blocks] = s->sums_owner[b];
            f->sums = (uint32_t)++blocks;
        } else {
            f->sums = 0;
            f->scored = 0;
        }
    }
    for (size_t i = 0; all && i < s->n_form; i++) {
        if (s->form[i].seen < 2 && s->form[i].window != s->window) continue;
        NewsForm *f = &s->form[kept];
        if (f != &s->form[i]) {
            *f = s->form[i];
            s->form_words[kept] = s->form_words[i];
        }
        f->seen = 1;
        if (f->sums) s->sums_owner[f->sums - 1] = (uint32_t)kept;
        kept++;
    }
    s->form_limit = 2 * kept > NEWS_FORM_KEEP ? 2 * kept : NEWS_FORM_KEEP;
    if (s->form_limit > NEWS_FORM_MAX) { /* a vocabulary this large: start again */
        kept = blocks = 0;
        s->form_limit = NEWS_FORM_KEEP;
    }
    s->form_kept = kept;
    if (s->form_words && s->n_form > kept) /* the bytes past the kept entries: 0 again */
        memset(s->form_words + kept, 0, s->n_form - kept);
    s->n_form = kept;
    s->n_sums = blocks;
    if (s->form_slot) slots_fill(s);
}

static NewsDocSlot *doc_slot(NewsFeatScratch *s, uint64_t key) {
    size_t mask = s->doc_used - 1, i = (size_t)key & mask;
    while (s->doc[i].key != key && s->doc[i].key) i = (i + 1) & mask; /* a hit first: most */
    if (!s->doc[i].key) { /* the slot is all zero: only filled slots are listed */
        s->doc[i].key = key;
        s->doc_list[s->n_doc_list++] = (uint32_t)i;
    }
    return &s->doc[i];
}

/* Index of the lowest set bit of g (g != 0). */
static unsigned lowest_bit(uint32_t g) {
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctz(g);
#else
    unsigned b = 0;
    while (!(g & 1)) g >>= 1, b++;
    return b;
#endif
}

static int is_cap_word(const NewsToken *t) {
    return (t->flags & NEWS_TF_WORD) && (t->flags & NEWS_TF_UPPER_INIT) &&
           !(t->flags & (NEWS_TF_CLITIC | NEWS_TF_URL));
}

/* Gazetteer phrases from candidate i (form f) on, inside its sentence (which ends before
 * token b): the longest match of each list marks its tokens B, I, L or U (gaz_pos). Out of
 * line: asked for a token in six, and in line its registers weighed on the pass over every
 * token (1 M more instructions in 2 MB of news). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static void gaz_phrases(const NewsModel *m, NewsFeatScratch *s, size_t i, size_t b,
                        const NewsForm *f) {
    /* the lists' bits only, set bit by bit: best_end[l] is read where `found` has l */
    const uint32_t lists = (1u << NEWS_GAZ_N_LISTS) - 1;
    uint32_t g = f->gaz, found = 0;
    if (!(g & NEWS_GAZ_PREFIX)) { /* a word that starts no longer phrase (most): a U in
                                   * each of its lists that no earlier match marks */
        uint32_t pos = s->info[i].gaz_pos;
        for (uint32_t bits = g & lists & ~(uint32_t)NEWS_GAZ_COMMON; bits; bits &= bits - 1) {
            unsigned l = lowest_bit(bits);
            if (!((pos >> (3 * l)) & 7)) pos |= 4u << (3 * l);
        }
        s->info[i].gaz_pos = pos;
        return;
    }
    size_t best_end[NEWS_GAZ_N_LISTS];
    uint64_t h = f->h_lower;
    for (size_t j = i;;) {
        for (uint32_t bits = g & lists; bits; bits &= bits - 1) best_end[lowest_bit(bits)] = j + 1;
        found |= g & lists;
        if (!(g & NEWS_GAZ_PREFIX)) break;
        if (++j >= b || j >= i + MAX_PHRASE) break;
        h = news_phrase_step(h, s->form[s->info[j].form].h_lower);
        const NewsLexEntry *v = news_lex_find(m, h);
        if (!v) break;
        g = v->a;
    }
    /* common words are a word fact, not a name */
    for (uint32_t bits = found & ~(uint32_t)NEWS_GAZ_COMMON; bits; bits &= bits - 1) {
        unsigned l = lowest_bit(bits);
        size_t e = best_end[l];
        if ((s->info[i].gaz_pos >> (3 * l)) & 7) continue; /* inside an earlier match */
        for (size_t k = i; k < e; k++) {
            uint32_t code = e - i == 1 ? 4 : k == i ? 1 : k + 1 == e ? 3 : 2;
            s->info[k].gaz_pos &= ~(7u << (3 * l));
            s->info[k].gaz_pos |= code << (3 * l);
        }
    }
}

/* Document counts: how token i's word (form f, with a letter) is written, in its sentence
 * [a, b); a candidate joins its word's chain of candidate occurrences, in text order. */
static inline void doc_count(const NewsWork *w,
                             NewsFeatScratch *s,
                             size_t i,
                             size_t a,
                             size_t b,
                             const NewsForm *f) {
    const NewsToken *t = &w->tok.v[i];
    NewsTokInfo *ti = &s->info[i];
    NewsDocSlot *d = doc_slot(s, f->h_lower);
    if (ti->cand) {
        if (d->tail) s->info[d->tail - 1].next_same = (uint32_t)i + 1;
        else d->head = (uint32_t)i + 1;
        d->tail = (uint32_t)i + 1;
    }
    if (!(t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER))) {
        d->lower++;
    } else if (!ti->first_word && !ti->headline) {
        d->cap_mid++;
        if (!(t->flags & NEWS_TF_ALL_UPPER) || t->char_len == 1)
            if (!d->alt) d->alt = ti->form + 1;
        int near = (i > a && is_cap_word(&w->tok.v[i - 1]) && !s->info[i - 1].first_word) ||
                   (i + 1 < b && is_cap_word(&w->tok.v[i + 1]));
        if (near) d->in_name++;
    }
}

int news_features_prepare(const NewsModel *m, NewsWork *w, NewsFeatScratch *s) {
    size_t n = w->tok.n;
    s->n_info = 0; /* until the window's info is whole (news_tagger_title) */
    int rc = news_work_reserve(w, (void **)&s->info, &s->info_cap, n + 1, sizeof *s->info);
    if (rc) return rc;
    rc = news_work_reserve(w, (void **)&s->next_cand, &s->next_cand_cap, n + 1,
                           sizeof *s->next_cand);
    if (rc) return rc;
    if (s->scored_by != m) { /* another model's sums: forget every form, keep the arrays */
        forms_keep(s, 0);
        s->scored_by = m;
    } else {
        /* a long document keeps forms past half its window's tokens (model.h) */
        size_t keep_long = n / 2 < NEWS_FORM_KEEP_LONG_MIN ? NEWS_FORM_KEEP_LONG_MIN
                           : n / 2 < NEWS_FORM_KEEP_LONG   ? n / 2
                                                           : NEWS_FORM_KEEP_LONG;
        if (s->n_form > s->form_limit ||
            (w->win_byte_end - w->win_byte_start < w->text_len && s->n_form > keep_long &&
             s->n_form > 2 * s->form_kept))
            forms_keep(s, 1);
    }

    if (!s->slot_cap) { /* the form cache's first slots (form_add doubles them) */
        rc = slots_grow(w, s);
        if (rc) return rc;
    }
    /* the window's stamp (NewsForm.window), before any form is looked up */
    if (++s->window == 0) { /* the stamp wrapped: no entry may hold the new one */
        for (size_t k = 0; k < s->n_form; k++) s->form[k].window = 0;
        s->window = 1;
    }
    /* Each token's form; and the kind of report (three topic words make a sports or a
     * business report) and the window's forms with a letter, counted once each, in the same
     * pass. Keys first, then lookups: the slot of a token a few places ahead is fetched
     * while this one is looked up (the cache is megabytes; rare words miss it) */
    unsigned sport = 0, business = 0;
    size_t words = 0;
    uint64_t ahead[16]; /* keys of tokens i .. i + 8, in a ring */
    const NewsToken *tok = w->tok.v;
    for (size_t i = 0; i < n && i < 8; i++) ahead[i] = form_key(w, &tok[i]);
    /* the cache's arrays in registers (the stores below are bytes, which may alias them):
     * reloaded only after form_add, which may move them */
    NewsForm *form = s->form;
    const NewsFormSlot *slot = s->form_slot;
    size_t mask = s->slot_cap - 1;
    const uint16_t window = s->window;
    for (size_t i = 0; i < n; i++) {
        if (i + 8 < n) {
            ahead[(i + 8) & 15] = form_key(w, &tok[i + 8]);
#if defined(__GNUC__) || defined(__clang__)
            __builtin_prefetch(&slot[ahead[(i + 8) & 15] & mask]);
#endif
        }
        /* the entry with token i's key, filled on first sight (form_add) */
        uint64_t key = ahead[i & 15];
        uint32_t hi = (uint32_t)(key >> 32), e;
        size_t k = (size_t)key & mask; /* (slots exist: above) */
        for (;; k = (k + 1) & mask) {
            uint32_t idx = slot[k].idx;
            if (!idx) {
                rc = form_add(m, w, s, &tok[i], key, k, &e);
                if (rc) return rc;
                form = s->form;
                slot = s->form_slot;
                mask = s->slot_cap - 1;
                break;
            }
            if (slot[k].key_hi == hi && form[idx - 1].key == key) {
                e = idx - 1;
                break;
            }
        }
        NewsForm *f = &form[e];
        s->info[i] = (NewsTokInfo){.form = e, .cand = f->cand};
        f->seen += f->seen < 2; /* a form seen twice is worth its sums */
        if (f->gaz & (NEWS_GAZ_SPORT | NEWS_GAZ_BUSINESS)) { /* a few words in a hundred */
            sport += (f->gaz & NEWS_GAZ_SPORT) != 0;
            business += (f->gaz & NEWS_GAZ_BUSINESS) != 0;
        }
        if (f->window != window) {
            f->window = window;
            words += (f->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER)) ||
                     ((f->flags & NEWS_TF_WORD) && !(f->flags & NEWS_TF_DIGIT));
        }
    }
    s->topic = (uint8_t)((sport >= 3) | (business >= 3) << 1);
    /* the document map holds a slot per lower-cased word: no more than the window's forms
     * with a letter (has_letter: the flags are part of a form's key) */
    size_t doc_need = 64;
    while (doc_need < words + words / 2) doc_need *= 2;
    if (doc_need > s->doc_cap) {
        NewsDocSlot *d = w->realloc_fn(s->doc, doc_need * sizeof *d);
        if (!d) return NEWS_NOMEM;
        s->doc = d;
        uint32_t *l = w->realloc_fn(s->doc_list, doc_need * sizeof *l);
        if (!l) return NEWS_NOMEM; /* doc_cap unchanged: the next call grows both again */
        s->doc_list = l;
        memset(s->doc, 0, doc_need * sizeof *s->doc);
        s->doc_cap = doc_need;
    } else { /* every slot is zero but those the last window filled */
        for (size_t k = 0; k < s->n_doc_list; k++)
            memset(&s->doc[s->doc_list[k]], 0, sizeof *s->doc);
    }
    s->n_doc_list = 0;
    s->doc_used = doc_need;
    /* which forms keep their sums (model.h): a document of more than one window keeps those
     * of the forms it repeats */
    s->sums_seen = w->win_byte_end - w->win_byte_start < w->text_len ? 2 : 1;

    /* Sentence by sentence: first word, headline, the candidates that glue names together;
     * then, over the same tokens, gazetteer phrases and the document's counts (one pass
     * over them, not two over the window: each needs only its sentence's glue done) */
    for (size_t a = 0; a < n;) {
        uint32_t sent = w->tok.v[a].sentence;
        int letters = 0, upper = 0;
        size_t b = a, first = SIZE_MAX;
        for (; b < n && w->tok.v[b].sentence == sent; b++) {
            uint32_t fl = w->tok.v[b].flags;
            if ((fl & NEWS_TF_WORD) && first == SIZE_MAX) first = b;
            /* has_letter, less the digits */
            if ((fl & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER | NEWS_TF_WORD)) &&
                !(fl & NEWS_TF_DIGIT)) {
                letters++;
                if (fl & NEWS_TF_ALL_UPPER) upper++;
            }
        }
        uint8_t headline = letters > 0 && upper == letters;
        if (first != SIZE_MAX) s->info[first].first_word = 1;
        /* glue: up to two tokens between candidates ("Bank of England", "Procter &
         * Gamble"), a number after one ("Boeing 747"), a short word before one ("de
         * Gaulle") */
        size_t last = SIZE_MAX;
        for (size_t k = a; k < b; k++) {
            s->info[k].headline = headline;
            if (!s->form[s->info[k].form].cand) continue;
            if (last != SIZE_MAX && k - last <= 3)
                for (size_t g = last + 1; g < k; g++) s->info[g].cand = 1;
            if (k > a && !s->info[k - 1].cand && (w->tok.v[k - 1].flags & NEWS_TF_WORD) &&
                w->tok.v[k - 1].char_len <= 3)
                s->info[k - 1].cand = 1;
            if (k + 1 < b && (w->tok.v[k + 1].flags & NEWS_TF_DIGIT)) s->info[k + 1].cand = 1;
            last = k;
        }
        for (size_t i = a; i < b; i++) {
            const NewsToken *t = &w->tok.v[i];
            NewsTokInfo *ti = &s->info[i];
            const NewsForm *f = &s->form[ti->form];
            if (ti->cand && (f->gaz & ~(NEWS_GAZ_COMMON | NEWS_GAZ_SPORT | NEWS_GAZ_BUSINESS)))
                gaz_phrases(m, s, i, b, f);
            if (has_letter(t)) doc_count(w, s, i, a, b, f);
        }
        a = b;
    }

    /* the candidates' document facts, now that the counts are whole: each word's
     * candidates through its chain (no other token needs them, and the words are fewer
     * than the tokens) */
    for (size_t k = 0; k < s->n_doc_list; k++) {
        const NewsDocSlot *d = &s->doc[s->doc_list[k]];
        for (uint32_t o = d->head; o; o = s->info[o - 1].next_same) {
            const NewsToken *t = &w->tok.v[o - 1];
            NewsTokInfo *ti = &s->info[o - 1];
            const NewsForm *f = &s->form[ti->form];
            ti->first_same = d->head;
            /* this occurrence itself does not count */
            uint32_t lower = d->lower, cap = d->cap_mid;
            int self_lower = !(t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER));
            int self_cap = !self_lower && !ti->first_word && !ti->headline;
            if (self_lower) lower--;
            if (self_cap) cap--;
            ti->doc = (uint8_t)((cap ? NEWS_DOC_CAP_MID : 0) | (lower ? NEWS_DOC_LOWER : 0) |
                                (d->in_name > (uint32_t)self_cap ? NEWS_DOC_IN_NAME : 0));
            if (d->alt && s->form[d->alt - 1].h_form != f->h_form && cap) ti->alt = d->alt;
        }
    }
    uint32_t *next = s->next_cand, at = (uint32_t)n; /* (locals: the stores may alias info) */
    const NewsTokInfo *info = s->info;
    next[n] = at;
    for (size_t i = n; i-- > 0;) {
        if (info[i].cand) at = (uint32_t)i;
        next[i] = at;
    }
    s->n_info = n;
    return NEWS_OK;
}

/* Feature templates: numbers are part of the hashes, so never renumber (retrain if so). */
enum {
    F_BIAS = 1,
    F_FORM,
    F_LOWER,
    F_SHAPE,
    F_PREFIX,
    F_SUFFIX,
    F_CLA,
    F_CLB,
    F_CASE,
    F_GAZ,
    F_GAZPOS,
    F_FLAG,
    F_LEN,
    F_FIRST,
    F_HEAD,
    F_PARA,
    F_CTX_LOWER = 20,
    F_CTX_SHAPE = 25,
    F_CTX_CLA = 30,
    F_CTX_CLB = 35,
    F_CTX_GAZ = 40,
    F_CTX_GAZPOS = 45,
    F_BI_L = 50,
    F_BI_R,
    F_TRI_SHAPE,
    F_L_SHAPE,
    F_SHAPE_R,
    F_DOC = 60,
    F_ALT,
    F_ALT_CL,
    F_DOC_FIRST,
    F_TITLE,
    F_AGG_L,
    F_AGG_R,
    F_TOPIC_GAZ,
    F_TOPIC_CL,
    F_AUTO
};

#define MAX_AGG 4 /* other occurrences of a word whose neighbours become features */

#define EDGE_HASH(d) (0x5E47u + (uint64_t)((d) + 2))

size_t news_features_static(const NewsForm *f, const uint8_t *z, size_t n, int d, uint64_t *out) {
    size_t k = 0;
    unsigned td = (unsigned)(d + 2), cap = f->cap;
    if (d != 0) {
        out[k++] = news_hash_feat(F_CTX_LOWER + td, f->h_lower, 0);
        out[k++] = news_hash_feat(F_CTX_SHAPE + td, f->h_shape, 0);
        out[k++] = news_hash_feat(F_CTX_CLA + td, f->cl_a, cap);
        if (d == -1 || d == 1) out[k++] = news_hash_feat(F_CTX_CLB + td, f->cl_b, 0);
        if (d == -1 && (f->title & 0xF)) out[k++] = news_hash_feat(F_TITLE, f->title & 0xF, 0);
        return k;
    }
    uint8_t lw[MAX_LOWER];
    size_t ln = lower_form(z, n, lw, sizeof lw);
    out[k++] = news_hash_feat(F_BIAS, 0, 0);
    out[k++] = news_hash_feat(F_FORM, f->h_form, 0);
    out[k++] = news_hash_feat(F_LOWER, f->h_lower, 0);
    out[k++] = news_hash_feat(F_SHAPE, f->h_shape, 0);
    /* affixes over whole characters of the lower-cased form; a prefix's hash goes on from
     * the shorter one's (FNV reads the bytes in order) */
    uint64_t ph = NEWS_HASH_SEED;
    for (size_t c = 1, b = 0; c <= 4 && b < ln; c++) {
        size_t from = b++;
        while (b < ln && (lw[b] & 0xC0) == 0x80) b++;
        ph = news_hash_bytes(ph, lw + from, b - from);
        out[k++] = news_hash_feat(F_PREFIX, ph, c);
        if (b >= ln) break;
    }
    for (size_t c = 1, b = ln; c <= 4 && b > 0; c++) {
        b--;
        while (b > 0 && (lw[b] & 0xC0) == 0x80) b--;
        out[k++] = news_hash_feat(F_SUFFIX, news_hash_bytes(NEWS_HASH_SEED, lw + b, ln - b), c);
        if (b == 0) break;
    }
    out[k++] = news_hash_feat(F_CLA, f->cl_a, cap);
    out[k++] = news_hash_feat(F_CLB, f->cl_b, 0);
    for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++)
        if (f->gaz & (1u << l)) out[k++] = news_hash_feat(F_GAZ, l, cap);
    uint32_t fl = f->flags & (NEWS_TF_CLITIC | NEWS_TF_ABBREV | NEWS_TF_HYPHEN | NEWS_TF_NONLATIN |
                              NEWS_TF_HANDLE | NEWS_TF_URL | NEWS_TF_DIGIT);
    out[k++] = news_hash_feat(F_FLAG, fl, cap);
    out[k++] = news_hash_feat(F_LEN, f->char_len < 8 ? f->char_len : 8, cap);
    /* the type the tagger gave the word in unlabelled news (ner_train.c, auto lexicon) */
    if (f->gaz & NEWS_GAZ_AUTO)
        out[k++] = news_hash_feat(F_AUTO, (f->gaz & NEWS_GAZ_AUTO) >> NEWS_GAZ_AUTO_SHIFT, cap);
    return k;
}

size_t news_features_edge(int d, uint64_t *out) {
    unsigned td = (unsigned)(d + 2);
    out[0] = news_hash_feat(F_CTX_LOWER + td, EDGE_HASH(d), 0);
    out[1] = news_hash_feat(F_CTX_SHAPE + td, EDGE_HASH(d), 0);
    return 2;
}

/* The most context features a token can have: three of its case and position, a
 * paragraph start, a phrase position per gazetteer list for it and for each of its two
 * neighbours, five of its neighbours' words and shapes, two of the report's topic, four of
 * the rest of the document, and two per other occurrence of its word. out[] holds
 * NEWS_MAX_FEATS, so EMIT stores without a bound check (a compare and a branch per
 * feature, the tagger's most frequent operation). */
_Static_assert(3 + 1 + 3 * NEWS_GAZ_N_LISTS + 5 + 2 + 4 + 2 * MAX_AGG <= NEWS_MAX_FEATS,
               "context_features could write past out[]");
#define EMIT(x) (out[k++] = (x))

size_t news_features_plain(const NewsForm *f, uint64_t *out) {
    /* what context_features() emits first for first_word == headline == 0 */
    out[0] = news_hash_feat(F_CASE, f->case_bin, f->cap * 4u);
    out[1] = news_hash_feat(F_FIRST, 0, f->h_shape);
    out[2] = news_hash_feat(F_HEAD, 0, f->h_shape);
    return NEWS_PLAIN_FEATS;
}

/* The two aggregation features occurrence j of a word gives the other occurrences: the
 * words around it in its sentence (Ratinov & Roth's context aggregation, "city of Arbil"
 * helping a bare "Arbil"). */
static inline size_t agg_features(const NewsWork *w,
                                  const NewsFeatScratch *s,
                                  size_t j,
                                  uint64_t *out) {
    size_t n = w->tok.n;
    uint32_t sj = w->tok.v[j].sentence;
    const NewsForm *fl =
        j > 0 && w->tok.v[j - 1].sentence == sj ? &s->form[s->info[j - 1].form] : 0;
    const NewsForm *fr =
        j + 1 < n && w->tok.v[j + 1].sentence == sj ? &s->form[s->info[j + 1].form] : 0;
    out[0] = news_hash_feat(F_AGG_L, fl ? fl->h_lower : EDGE_HASH(-1), 0);
    out[1] = news_hash_feat(F_AGG_R, fr ? fr->h_lower : EDGE_HASH(1), 0);
    return 2;
}

/* Parts context_features() leaves out (the tagger sums them from cached parts). */
enum {
    CTX_NO_PLAIN = 1, /* a plain position: the first NEWS_PLAIN_FEATS features
                       * (news_features_plain) are counted, not written */
    CTX_NO_AGG = 2    /* no aggregation features (news_features_agg) */
};

static size_t context_features(const NewsWork *w,
                               const NewsFeatScratch *s,
                               size_t i,
                               uint64_t *out,
                               unsigned leave_out) {
    const NewsToken *t = &w->tok.v[i];
    const NewsTokInfo *ti = &s->info[i];
    const NewsForm *f = &s->form[ti->form];
    size_t n = w->tok.n, k = 0;
    unsigned cap = f->cap;

    if (leave_out & CTX_NO_PLAIN) {
        k = NEWS_PLAIN_FEATS;
    } else {
        EMIT(news_hash_feat(F_CASE, f->case_bin, cap * 4 + ti->first_word * 2 + ti->headline));
        EMIT(news_hash_feat(F_FIRST, ti->first_word, f->h_shape));
        EMIT(news_hash_feat(F_HEAD, ti->headline, f->h_shape));
    }
    if (t->flags & NEWS_TF_PARA_START) EMIT(news_hash_feat(F_PARA, 1, cap));
    for (uint32_t g = ti->gaz_pos; g;) { /* the lists with a match only, in list order */
        unsigned l = lowest_bit(g) / 3;
        EMIT(news_hash_feat(F_GAZPOS, l, (g >> (3 * l)) & 7));
        g &= ~(7u << (3 * l));
    }
    /* the neighbours' words and shapes (a sentence edge past the sentence), and their
     * phrase positions: the left one, then the right one */
    uint32_t sent = t->sentence;
    int in_l = i > 0 && w->tok.v[i - 1].sentence == sent;
    int in_r = i + 1 < n && w->tok.v[i + 1].sentence == sent;
    const NewsForm *fl = in_l ? &s->form[s->info[i - 1].form] : 0;
    const NewsForm *fr = in_r ? &s->form[s->info[i + 1].form] : 0;
    uint64_t lo_l = in_l ? fl->h_lower : EDGE_HASH(-1), sh_l = in_l ? fl->h_shape : EDGE_HASH(-1);
    uint64_t lo_r = in_r ? fr->h_lower : EDGE_HASH(1), sh_r = in_r ? fr->h_shape : EDGE_HASH(1);
    for (uint32_t g = in_l ? s->info[i - 1].gaz_pos : 0; g;) {
        unsigned l = lowest_bit(g) / 3;
        EMIT(news_hash_feat(F_CTX_GAZPOS + 1, l, (g >> (3 * l)) & 7));
        g &= ~(7u << (3 * l));
    }
    for (uint32_t g = in_r ? s->info[i + 1].gaz_pos : 0; g;) {
        unsigned l = lowest_bit(g) / 3;
        EMIT(news_hash_feat(F_CTX_GAZPOS + 3, l, (g >> (3 * l)) & 7));
        g &= ~(7u << (3 * l));
    }
    EMIT(news_hash_feat(F_BI_L, lo_l, f->h_lower));
    EMIT(news_hash_feat(F_BI_R, f->h_lower, lo_r));
    EMIT(news_hash_feat(F_TRI_SHAPE, sh_l * 31 + f->h_shape, sh_r));
    EMIT(news_hash_feat(F_L_SHAPE, lo_l, f->h_shape));
    EMIT(news_hash_feat(F_SHAPE_R, f->h_shape, lo_r));

    /* the kind of report: in sports a place named alone is mostly a team ("Newcastle
     * beat Leeds"), in business a name alone is mostly a company ("Comelf said") */
    if (s->topic && cap >= 2) {
        EMIT(news_hash_feat(F_TOPIC_GAZ,
                            f->gaz & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY |
                                      NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COMPANY),
                            cap + 4u * s->topic));
        EMIT(news_hash_feat(F_TOPIC_CL, f->cl_b, s->topic));
    }

    /* the rest of the document */
    if (cap >= 2) {
        unsigned where = ti->first_word * 2 + ti->headline;
        EMIT(news_hash_feat(F_DOC, ti->doc, cap * 4 + where));
        if (ti->alt && (where || cap == 3)) {
            const NewsForm *fa = &s->form[ti->alt - 1];
            EMIT(news_hash_feat(F_ALT, fa->h_form, 0));
            EMIT(news_hash_feat(F_ALT_CL, fa->cl_b, 0));
        }
        if (where) EMIT(news_hash_feat(F_DOC_FIRST, ti->doc, f->h_lower));
    }
    /* context aggregation: the words around the word's first four other occurrences in
     * the window */
    if (leave_out & CTX_NO_AGG) return k;
    unsigned agg = 0;
    for (uint32_t o = ti->first_same; o && agg < MAX_AGG; o = s->info[o - 1].next_same) {
        if (o - 1 == i) continue;
        k += agg_features(w, s, o - 1, out + k);
        agg++;
    }
    return k;
}

size_t news_features_context(const NewsWork *w, const NewsFeatScratch *s, size_t i, uint64_t *out) {
    return context_features(w, s, i, out, 0);
}

size_t news_features_context_tagged(const NewsWork *w,
                                    const NewsFeatScratch *s,
                                    size_t i,
                                    int plain,
                                    uint64_t *out) {
    return context_features(w, s, i, out, CTX_NO_AGG | (plain ? CTX_NO_PLAIN : 0));
}

size_t news_features_agg(const NewsWork *w, const NewsFeatScratch *s, size_t j, uint64_t *out) {
    return agg_features(w, s, j, out);
}

size_t news_features_token(const NewsWork *w, const NewsFeatScratch *s, size_t i, uint64_t *out) {
    const NewsToken *t = &w->tok.v[i];
    size_t n = w->tok.n, k = 0;
    for (int d = -2; d <= 2; d++) {
        int64_t j = (int64_t)i + d;
        int in = j >= 0 && (size_t)j < n && w->tok.v[j].sentence == t->sentence;
        if (in) {
            const NewsToken *u = &w->tok.v[j];
            k += news_features_static(&s->form[s->info[j].form], w->text + u->byte_start,
                                      u->byte_len, d, out + k);
        } else {
            k += news_features_edge(d, out + k);
        }
    }
    return k + news_features_context(w, s, i, out + k);
}
