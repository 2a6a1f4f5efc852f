/* features.c: the feature hashes of each token of the current window, for tagger.c at run
 * time and for the trainer (ext/tools/ner_train.c), which must see exactly the same ones.
 *
 * Features follow Ratinov & Roth (2009, "Design challenges and misconceptions in NER"):
 * the word, its lower-cased form, shape, prefixes and suffixes, capitalisation, position in
 * the sentence, the words, shapes and word classes around it, gazetteer matches (phrases,
 * so "New York" marks both words), and facts from the rest of the document: whether the
 * word is written in lower case or capitalised mid-sentence elsewhere, which tells a
 * sentence-initial or all-capital headline word ("SHEARER NAMED AS ENGLAND CAPTAIN") apart
 * from a common word. Neighbours never cross a sentence end.
 *
 * news_features_prepare() looks everything up once per token (lexicon, gazetteer phrases,
 * document counts) into NewsTokInfo; news_features_token() then only combines hashes. The
 * document counts cover the current window, which is the whole article for any article
 * under a megabyte (pipeline.c). Scratch arrays grow geometrically and are kept. */
#include <string.h>

#include "lexicon.h"
#include "model.h"
#include "news.h"

#define MAX_LOWER 64     /* bytes of a word's lower-cased form that features look at */
#define MAX_PHRASE 6     /* tokens of a gazetteer phrase */

typedef struct NewsDocSlot {
    uint64_t key; /* h_lower; 0 = empty */
    uint64_t alt; /* h_form of a mixed-case form capitalised mid-sentence */
    uint32_t cap_mid, lower, in_name;
} NewsDocSlot;

uint64_t news_lex_hash(char ns, const uint8_t *z, size_t n) {
    uint8_t c = (uint8_t)ns;
    return news_hash_fin(news_hash_bytes(news_hash_bytes(NEWS_HASH_SEED, &c, 1), z, n));
}

/* Lower-cased form of a word into buf (at most cap bytes, whole characters): digits become
 * 0 so that numbers share features. Returns its length. */
static size_t lower_form(const uint8_t *z, size_t n, uint8_t *buf, size_t cap) {
    size_t i = 0, o = 0;
    while (i < n) {
        int32_t cp;
        size_t len = news_utf8_next(z + i, n - i, &cp);
        if (z[i] < 0x80) {
            uint8_t c = z[i];
            if (c >= 'A' && c <= 'Z') c += 32;
            else if (c >= '0' && c <= '9') c = '0';
            if (o + 1 > cap) break;
            buf[o++] = c;
        } else {
            int32_t lc = cp >= 0 ? news_utf8_lower(cp) : cp;
            uint8_t tmp[4];
            size_t k = 0;
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
        }
        i += len;
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
        int32_t cp;
        size_t len = news_utf8_next(z + i, n - i, &cp);
        int cc = news_utf8_class(cp);
        uint8_t c = cc == NEWS_CC_UPPER   ? 'X'
                    : cc == NEWS_CC_LOWER ? 'x'
                    : cc == NEWS_CC_DIGIT ? 'd'
                    : cc == NEWS_CC_MARK  ? 0
                    : z[i] < 0x80         ? z[i]
                                          : '~';
        if (c && (o == 0 || buf[o - 1] != c)) buf[o++] = c;
        i += len;
    }
    return news_lex_hash('s', buf, o);
}

/* 0 no letter, 1 lower-case initial, 2 capitalised, 3 all capitals (two letters or more). */
static unsigned cap_kind(const NewsToken *t) {
    if (!(t->flags & NEWS_TF_WORD)) return 0;
    if ((t->flags & NEWS_TF_ALL_UPPER) && t->char_len > 1) return 3;
    if (t->flags & NEWS_TF_UPPER_INIT) return 2;
    if (t->flags & NEWS_TF_ALL_UPPER) return 2;
    return 1;
}

static int has_letter(const NewsToken *t) {
    return (t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER)) ||
           ((t->flags & NEWS_TF_WORD) && !(t->flags & NEWS_TF_DIGIT));
}

static int grow(NewsWork *w, void **p, size_t *cap, size_t need, size_t elem) {
    return news_work_reserve(w, p, cap, need, elem);
}

void news_features_free(NewsWork *w, NewsFeatScratch *s) {
    news_work_release(w, s->info);
    news_work_release(w, s->doc);
    news_work_release(w, s->lower);
    memset(s, 0, sizeof *s);
}

static NewsDocSlot *doc_slot(NewsFeatScratch *s, uint64_t key) {
    size_t mask = s->doc_cap - 1, i = (size_t)key & mask;
    while (s->doc[i].key && s->doc[i].key != key) i = (i + 1) & mask;
    if (!s->doc[i].key) {
        memset(&s->doc[i], 0, sizeof s->doc[i]);
        s->doc[i].key = key;
    }
    return &s->doc[i];
}

static int is_cap_word(const NewsToken *t) {
    return (t->flags & NEWS_TF_WORD) && (t->flags & NEWS_TF_UPPER_INIT) &&
           !(t->flags & (NEWS_TF_CLITIC | NEWS_TF_URL));
}

int news_features_prepare(const NewsModel *m, NewsWork *w, NewsFeatScratch *s) {
    size_t n = w->tok.n;
    int rc = grow(w, (void **)&s->info, &s->info_cap, n + 1, sizeof *s->info);
    if (rc) return rc;
    /* lower-cased forms, MAX_LOWER bytes at most each */
    size_t lower_need = 0;
    for (size_t i = 0; i < n; i++) {
        size_t b = w->tok.v[i].byte_len;
        lower_need += (b < MAX_LOWER ? b : MAX_LOWER) + 4;
    }
    rc = grow(w, (void **)&s->lower, &s->lower_cap, lower_need + 1, 1);
    if (rc) return rc;
    size_t doc_need = 64;
    while (doc_need < 2 * n) doc_need *= 2;
    if (doc_need > s->doc_cap) {
        NewsDocSlot *d = w->realloc_fn(s->doc, doc_need * sizeof *d);
        if (!d) return NEWS_NOMEM;
        s->doc = d;
        s->doc_cap = doc_need;
    }
    memset(s->doc, 0, s->doc_cap * sizeof *s->doc);

    /* per token: hashes, lexicon, lower form */
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        const NewsToken *t = &w->tok.v[i];
        NewsTokInfo *ti = &s->info[i];
        memset(ti, 0, sizeof *ti);
        const uint8_t *z = w->text + t->byte_start;
        ti->lower_off = (uint32_t)off;
        size_t ln = lower_form(z, t->byte_len, s->lower + off, MAX_LOWER);
        ti->lower_len = (uint16_t)ln;
        off += ln;
        ti->h_form = news_lex_hash('w', z, t->byte_len);
        ti->h_lower = news_lex_hash('l', s->lower + ti->lower_off, ln);
        ti->h_shape = shape_hash(z, t->byte_len);
        int64_t slot = news_table_find(m->lex_keys, m->lex_mask, ti->h_form);
        if (slot >= 0) {
            ti->cl_a = m->lex_a[slot];
            ti->cl_b = m->lex_b[slot];
        }
        slot = news_table_find(m->lex_keys, m->lex_mask, ti->h_lower);
        if (slot >= 0) {
            ti->gaz = m->lex_a[slot] & ~(uint32_t)NEWS_GAZ_PREFIX;
            ti->case_bin = (uint8_t)m->lex_b[slot];
        }
    }

    /* sentences: first word, headline */
    for (size_t a = 0; a < n;) {
        size_t b = a;
        while (b < n && w->tok.v[b].sentence == w->tok.v[a].sentence) b++;
        int letters = 0, upper = 0;
        size_t first = b;
        for (size_t k = a; k < b; k++) {
            const NewsToken *t = &w->tok.v[k];
            if ((t->flags & NEWS_TF_WORD) && first == b) first = k;
            if (has_letter(t) && !(t->flags & NEWS_TF_DIGIT)) {
                letters++;
                if (t->flags & NEWS_TF_ALL_UPPER) upper++;
            }
        }
        int headline = letters > 0 && upper == letters;
        for (size_t k = a; k < b; k++) s->info[k].headline = (uint8_t)headline;
        if (first < b) s->info[first].first_word = 1;
        a = b;
    }

    /* gazetteer phrases: the longest match of each list from each start */
    for (size_t i = 0; i < n; i++) {
        const NewsToken *t = &w->tok.v[i];
        if (!(t->flags & NEWS_TF_WORD)) continue;
        uint8_t ns = 'l';
        uint64_t h = news_hash_bytes(NEWS_HASH_SEED, &ns, 1);
        size_t best_end[NEWS_GAZ_N_LISTS] = {0};
        for (size_t j = i; j < n && j < i + MAX_PHRASE; j++) {
            const NewsToken *u = &w->tok.v[j];
            if (u->sentence != t->sentence) break;
            if (j > i) {
                /* tokens glued without a space ("U.S.-based") still join with one space:
                 * the gazetteer compiler tokenised its entries the same way */
                uint8_t sp = ' ';
                h = news_hash_bytes(h, &sp, 1);
            }
            h = news_hash_bytes(h, s->lower + s->info[j].lower_off, s->info[j].lower_len);
            int64_t slot = news_table_find(m->lex_keys, m->lex_mask, news_hash_fin(h));
            if (slot < 0) break;
            uint32_t g = m->lex_a[slot];
            for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++)
                if (g & (1u << l)) best_end[l] = j + 1;
            if (!(g & NEWS_GAZ_PREFIX)) break;
        }
        for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++) {
            size_t e = best_end[l];
            if (!e) continue;
            if ((s->info[i].gaz_pos >> (3 * l)) & 7) continue; /* covered by an earlier match */
            for (size_t k = i; k < e; k++) {
                uint32_t code = e - i == 1 ? 4 : k == i ? 1 : k + 1 == e ? 3 : 2;
                s->info[k].gaz_pos &= ~(7u << (3 * l));
                s->info[k].gaz_pos |= code << (3 * l);
            }
        }
    }

    /* document: how each word is written elsewhere */
    for (size_t i = 0; i < n; i++) {
        const NewsToken *t = &w->tok.v[i];
        NewsTokInfo *ti = &s->info[i];
        if (!has_letter(t)) continue;
        NewsDocSlot *d = doc_slot(s, ti->h_lower);
        if (!(t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER))) {
            d->lower++;
        } else if (!ti->first_word && !ti->headline) {
            d->cap_mid++;
            if (!(t->flags & NEWS_TF_ALL_UPPER) || t->char_len == 1)
                if (!d->alt) d->alt = ti->h_form;
            int near = (i > 0 && w->tok.v[i - 1].sentence == t->sentence &&
                        is_cap_word(&w->tok.v[i - 1]) && !s->info[i - 1].first_word) ||
                       (i + 1 < n && w->tok.v[i + 1].sentence == t->sentence &&
                        is_cap_word(&w->tok.v[i + 1]));
            if (near) d->in_name++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        const NewsToken *t = &w->tok.v[i];
        NewsTokInfo *ti = &s->info[i];
        if (!has_letter(t)) continue;
        NewsDocSlot *d = doc_slot(s, ti->h_lower);
        /* this occurrence itself does not count */
        uint32_t lower = d->lower, cap = d->cap_mid;
        int self_lower = !(t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER));
        int self_cap = !self_lower && !ti->first_word && !ti->headline;
        if (self_lower) lower--;
        if (self_cap) cap--;
        ti->doc = (uint8_t)((cap ? NEWS_DOC_CAP_MID : 0) | (lower ? NEWS_DOC_LOWER : 0) |
                            (d->in_name > (uint32_t)self_cap ? NEWS_DOC_IN_NAME : 0));
        if (d->alt && d->alt != ti->h_form && cap) {
            ti->h_alt = d->alt;
            int64_t slot = news_table_find(m->lex_keys, m->lex_mask, d->alt);
            if (slot >= 0) ti->alt_cl = m->lex_b[slot];
        }
    }
    return NEWS_OK;
}

/* Feature templates: numbers are part of the hashes, so never renumber (retrain if so). */
enum {
    F_BIAS = 1, F_FORM, F_LOWER, F_SHAPE, F_PREFIX, F_SUFFIX, F_CLA, F_CLB, F_CASE, F_GAZ,
    F_GAZPOS, F_FLAG, F_LEN, F_FIRST, F_HEAD, F_PARA,
    F_CTX_LOWER = 20, F_CTX_SHAPE = 25, F_CTX_CLA = 30, F_CTX_CLB = 35, F_CTX_GAZ = 40,
    F_CTX_GAZPOS = 45,
    F_BI_L = 50, F_BI_R, F_TRI_SHAPE, F_L_SHAPE, F_SHAPE_R, F_DOC = 60, F_ALT, F_ALT_CL,
    F_DOC_FIRST, F_TITLE
};

#define EMIT(x) \
    do {                                \
        if (k < NEWS_MAX_FEATS) out[k++] = (x); \
    } while (0)

size_t news_features_token(const NewsWork *w, const NewsFeatScratch *s, size_t i,
                           uint64_t *out) {
    const NewsToken *t = &w->tok.v[i];
    const NewsTokInfo *ti = &s->info[i];
    size_t n = w->tok.n, k = 0;
    unsigned cap = cap_kind(t);
    const uint8_t *lw = s->lower + ti->lower_off;
    size_t ln = ti->lower_len;

    EMIT(news_hash_feat(F_BIAS, 0, 0));
    EMIT(news_hash_feat(F_FORM, ti->h_form, 0));
    EMIT(news_hash_feat(F_LOWER, ti->h_lower, 0));
    EMIT(news_hash_feat(F_SHAPE, ti->h_shape, 0));
    /* affixes over whole characters of the lower-cased form */
    for (size_t c = 1, b = 0; c <= 4 && b < ln; c++) {
        b++;
        while (b < ln && (lw[b] & 0xC0) == 0x80) b++;
        EMIT(news_hash_feat(F_PREFIX, news_hash_bytes(NEWS_HASH_SEED, lw, b), c));
        if (b >= ln) break;
    }
    for (size_t c = 1, b = ln; c <= 4 && b > 0; c++) {
        b--;
        while (b > 0 && (lw[b] & 0xC0) == 0x80) b--;
        EMIT(news_hash_feat(F_SUFFIX, news_hash_bytes(NEWS_HASH_SEED, lw + b, ln - b), c));
        if (b == 0) break;
    }
    EMIT(news_hash_feat(F_CLA, ti->cl_a, cap));
    EMIT(news_hash_feat(F_CLB, ti->cl_b, 0));
    EMIT(news_hash_feat(F_CASE, ti->case_bin, cap * 4 + ti->first_word * 2 + ti->headline));
    for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++) {
        if (ti->gaz & (1u << l)) EMIT(news_hash_feat(F_GAZ, l, cap));
        unsigned pos = (ti->gaz_pos >> (3 * l)) & 7;
        if (pos) EMIT(news_hash_feat(F_GAZPOS, l, pos));
    }
    uint32_t fl = t->flags & (NEWS_TF_CLITIC | NEWS_TF_ABBREV | NEWS_TF_HYPHEN |
                              NEWS_TF_NONLATIN | NEWS_TF_HANDLE | NEWS_TF_URL | NEWS_TF_DIGIT);
    EMIT(news_hash_feat(F_FLAG, fl, cap));
    EMIT(news_hash_feat(F_LEN, t->char_len < 8 ? t->char_len : 8, cap));
    EMIT(news_hash_feat(F_FIRST, ti->first_word, ti->h_shape));
    EMIT(news_hash_feat(F_HEAD, ti->headline, ti->h_shape));
    if (t->flags & NEWS_TF_PARA_START) EMIT(news_hash_feat(F_PARA, 1, cap));

    /* neighbours inside the sentence; a sentence edge is a word of its own */
    uint64_t lo[5], sh[5];
    for (int d = -2; d <= 2; d++) {
        int64_t j = (int64_t)i + d;
        int in = j >= 0 && (size_t)j < n && w->tok.v[j].sentence == t->sentence;
        lo[d + 2] = in ? s->info[j].h_lower : 0x5E47u + (uint64_t)(d + 2);
        sh[d + 2] = in ? s->info[j].h_shape : 0x5E47u + (uint64_t)(d + 2);
        if (d == 0) continue;
        unsigned td = (unsigned)(d + 2);
        EMIT(news_hash_feat(F_CTX_LOWER + td, lo[d + 2], 0));
        EMIT(news_hash_feat(F_CTX_SHAPE + td, sh[d + 2], 0));
        if (!in) continue;
        const NewsTokInfo *tj = &s->info[j];
        EMIT(news_hash_feat(F_CTX_CLA + td, tj->cl_a, cap_kind(&w->tok.v[j])));
        if (d == -1 || d == 1) {
            EMIT(news_hash_feat(F_CTX_CLB + td, tj->cl_b, 0));
            for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++) {
                unsigned pos = (tj->gaz_pos >> (3 * l)) & 7;
                if (pos) EMIT(news_hash_feat(F_CTX_GAZPOS + td, l, pos));
            }
            if (d == -1) {
                unsigned title = news_lexicon_title(w->text + w->tok.v[j].byte_start,
                                                    w->tok.v[j].byte_len);
                if (title) EMIT(news_hash_feat(F_TITLE, title & 0xF, cap));
            }
        }
    }
    EMIT(news_hash_feat(F_BI_L, lo[1], ti->h_lower));
    EMIT(news_hash_feat(F_BI_R, ti->h_lower, lo[3]));
    EMIT(news_hash_feat(F_TRI_SHAPE, sh[1] * 31 + sh[2], sh[3]));
    EMIT(news_hash_feat(F_L_SHAPE, lo[1], sh[2]));
    EMIT(news_hash_feat(F_SHAPE_R, sh[2], lo[3]));

    /* the rest of the document */
    if (cap >= 2) {
        unsigned where = ti->first_word * 2 + ti->headline;
        EMIT(news_hash_feat(F_DOC, ti->doc, cap * 4 + where));
        if (ti->h_alt && (where || cap == 3)) {
            EMIT(news_hash_feat(F_ALT, ti->h_alt, 0));
            EMIT(news_hash_feat(F_ALT_CL, ti->alt_cl, 0));
        }
        if (where) EMIT(news_hash_feat(F_DOC_FIRST, ti->doc, ti->h_lower));
    }
    return k;
}
