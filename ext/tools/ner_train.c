/* ner_train.c: trains the entity tagger and writes ext/model_data.c:
 *
 *   build/ner_train GAZ.tsv CLUSTERS.tsv TRAIN[,TRAIN...] DEV.jsonl OUT.c
 *                   [EPOCHS [MIN_WEIGHT [BAGS [UNLABELLED.jsonl ...]]]]
 *
 * A structured averaged perceptron (Collins 2002) over the core's own tokens and the
 * features of features.c, decoded by the same news_viterbi() as at run time. Gold character
 * offsets are aligned to our tokens; entities whose ends fall inside a token are counted and
 * left unlabelled. After each epoch the averaged weights are scored on DEV (exact spans);
 * the best epoch is kept (DEV is the tuning set). With BAGS > 1 that is done BAGS times
 * over differently shuffled documents and the kept weights are averaged. The weights are
 * quantised to int16 with one scale, rows whose largest weight is below MIN_WEIGHT are
 * dropped, and the quantised tagger alone (news_tagger_window, without the rules of
 * entities.c) is scored on DEV; a logistic curve from margin to "this mention is right" is
 * fitted on its DEV mentions for the score column. The F1 through the whole pipeline
 * (news_analyze, rules included: the figure docs/model.md quotes) is printed, never used.
 *
 * With UNLABELLED files, that model then tags them, and the type it gives each word there
 * when it is sure goes into the lexicon (auto_lexicon: self-training through a feature);
 * the model is trained again, from scratch, with that feature, and it is the one written.
 * Nothing written depends on the rules after the tagger, so a rule change leaves what
 * `make model` gives byte for byte as it was (a tokenizer, sentence or feature change
 * does not).
 *
 * TRAIN is a comma-separated list of corpora: JSONL files ({"id", "text", "entities"}) and
 * the project's marked-up articles (tests/ner, .txt), read by read_corpora (tool_util.h); a
 * file named twice counts twice.
 *
 * Deterministic: documents are shuffled by a seeded generator and every table is filled in
 * hash order. */
#include <math.h>

#include "../model.h"
#include "tool_util.h"

#define L NEWS_N_LABELS

/* ------------------------------------------------------------------ a 64-bit -> index map */
typedef struct {
    uint64_t *key;
    uint32_t *val;
    size_t cap, n;
} Map;

static void map_grow(Map *m) {
    size_t nc = m->cap ? 2 * m->cap : 1 << 20;
    uint64_t *k = calloc(nc, sizeof *k);
    uint32_t *v = calloc(nc, sizeof *v);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->key[i]) continue;
        size_t s = m->key[i] & (nc - 1);
        while (k[s]) s = (s + 1) & (nc - 1);
        k[s] = m->key[i];
        v[s] = m->val[i];
    }
    free(m->key);
    free(m->val);
    m->key = k;
    m->val = v;
    m->cap = nc;
}

/* Index of key, adding it when add is set; -1 when absent. Key 0 is stored as 1. */
static int64_t map_get(Map *m, uint64_t key, int add) {
    if (!key) key = 1;
    if (add && 2 * (m->n + 1) > m->cap) map_grow(m);
    if (!m->cap) return -1;
    size_t s = key & (m->cap - 1);
    while (m->key[s]) {
        if (m->key[s] == key) return m->val[s];
        s = (s + 1) & (m->cap - 1);
    }
    if (!add) return -1;
    m->key[s] = key;
    m->val[s] = (uint32_t)m->n;
    return (int64_t)m->n++;
}

/* ------------------------------------------------------------------ lexicon */
typedef struct {
    uint64_t h;
    uint16_t a, b;
} LexEntry;
static LexEntry *lex;
static size_t n_lex, cap_lex;
static Map lex_map;

static LexEntry *lex_get(uint64_t h) {
    int64_t i = map_get(&lex_map, h, 1);
    if ((size_t)i == n_lex) {
        if (n_lex == cap_lex)
            lex = xrealloc(lex, (cap_lex = cap_lex ? 2 * cap_lex : 1 << 16) * sizeof *lex);
        lex[n_lex].h = h;
        lex[n_lex].a = lex[n_lex].b = 0;
        n_lex++;
    }
    return &lex[i];
}

static void read_gaz(const char *path) {
    size_t len;
    char *buf = read_file(path, &len);
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        char *tab = strrchr(p, '\t');
        if (tab) {
            *tab = 0;
            /* one token: its h_lower; more: h_lower of each folded (features.c) */
            uint64_t h = 0;
            for (char *q = p, *sp; q; q = sp ? sp + 1 : 0) {
                sp = strchr(q, ' ');
                size_t n = sp ? (size_t)(sp - q) : strlen(q);
                uint64_t hl = news_lex_hash('l', (const uint8_t *)q, n);
                h = q == p ? hl : news_phrase_step(h, hl);
            }
            lex_get(h)->a |= (uint16_t)strtoul(tab + 1, 0, 10);
        }
        if (!e) break;
        p = e + 1;
    }
    free(buf);
}

static void read_clusters(const char *path) {
    size_t len;
    char *buf = read_file(path, &len);
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        char *f[4] = {p, 0, 0, 0};
        int nf = 1;
        for (char *q = p; *q && nf < 4; q++)
            if (*q == '\t') *q = 0, f[nf++] = q + 1;
        if (p[0] == 'w' && nf == 4) {
            LexEntry *x = lex_get(news_lex_hash('w', (const uint8_t *)f[1], strlen(f[1])));
            x->a = (uint16_t)atoi(f[2]);
            x->b = (uint16_t)atoi(f[3]);
        } else if (p[0] == 'c' && nf == 3) {
            lex_get(news_lex_hash('l', (const uint8_t *)f[1], strlen(f[1])))->b =
                (uint16_t)atoi(f[2]);
        }
        if (!e) break;
        p = e + 1;
    }
    free(buf);
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Open-addressing table of n hashes (sorted first, for a deterministic layout): fills keys
 * and, per input i, the slot it landed in. */
static uint32_t build_table(const uint64_t *h,
                            size_t n,
                            uint32_t **keys_out,
                            uint32_t *slot_of,
                            size_t *shadowed) {
    size_t cap = 1024;
    while (cap < n + n / 2) cap *= 2;
    uint32_t mask = (uint32_t)(cap - 1);
    uint32_t *keys = calloc(cap, sizeof *keys);
    *shadowed = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t k = news_hash_key(h[i]), s = (uint32_t)h[i] & mask;
        while (keys[s] && keys[s] != k) s = (s + 1) & mask;
        if (keys[s]) ++*shadowed;
        keys[s] = k;
        slot_of[i] = s;
    }
    *keys_out = keys;
    return mask;
}

/* ------------------------------------------------------------------ corpus */
typedef struct {
    Doc doc;
    size_t tok0, n_tok; /* into the token arrays */
    size_t seg0, n_seg; /* into the segment array */
    size_t misaligned;  /* gold entities whose ends are not token boundaries */
    size_t unreachable; /* gold entities with a token that is not a candidate */
} TDoc;

static uint32_t *feat_off; /* per token + 1: start in feat_ids */
static uint32_t *feat_ids;
static size_t n_feat_ids, cap_feat_ids;
static uint8_t *gold;
static size_t n_tok_all, cap_tok;
/* runs of candidate tokens inside a sentence: what the tagger decodes */
typedef struct {
    size_t t0, n;
    int start_prev, end_o;
} Seg;
static Seg *seg;
static size_t n_seg_all, cap_seg;
static Map feat_map;
static uint64_t *feat_hash;
static size_t cap_feat_hash;

static NewsModel mm; /* the model being built: lexicon now, weights at the end */

static void load(const char *path,
                 TDoc **out,
                 size_t *n_out,
                 int add,
                 size_t *n_gold,
                 size_t *n_mis,
                 size_t *n_unreach) {
    size_t nd;
    Doc *docs = read_corpora(path, &nd);
    TDoc *td = calloc(nd, sizeof *td);
    NewsWork w;
    news_work_init(&w, 0, 0);
    NewsFeatScratch fs;
    memset(&fs, 0, sizeof fs);
    uint64_t feats[NEWS_MAX_FEATS];
    for (size_t d = 0; d < nd; d++) {
        td[d].doc = docs[d];
        if (analyze_whole(&w, docs[d].text, docs[d].text_len) ||
            news_features_prepare(&mm, &w, &fs)) {
            fprintf(stderr, "cannot analyse %s\n", docs[d].id);
            exit(1);
        }
        size_t n = w.tok.n;
        if (n_tok_all + n + 1 > cap_tok) {
            while (n_tok_all + n + 1 > cap_tok) cap_tok = cap_tok ? 2 * cap_tok : 1 << 16;
            gold = xrealloc(gold, cap_tok);
            feat_off = xrealloc(feat_off, (cap_tok + 1) * sizeof *feat_off);
        }
        td[d].tok0 = n_tok_all;
        td[d].n_tok = n;
        td[d].seg0 = n_seg_all;
        memset(gold + n_tok_all, 0, n);
        /* gold labels: both ends must be token boundaries */
        for (size_t e = 0; e < docs[d].n_ents; e++) {
            const GoldEnt *g = &docs[d].ents[e];
            size_t a = n, b = n;
            for (size_t i = 0; i < n; i++) {
                if (w.tok.v[i].char_start == g->start) a = i;
                if (w.tok.v[i].char_start + w.tok.v[i].char_len == g->end) b = i;
            }
            ++*n_gold;
            if (a == n || b == n || b < a || g->type < 0) {
                td[d].misaligned++;
                ++*n_mis;
                continue;
            }
            int reach = 1;
            for (size_t i = a; i <= b; i++) reach &= fs.info[i].cand;
            if (!reach) {
                td[d].unreachable++;
                ++*n_unreach;
                continue;
            }
            for (size_t i = a; i <= b; i++)
                gold[n_tok_all + i] =
                    (uint8_t)(i == a ? NEWS_LABEL_B(g->type) : NEWS_LABEL_I(g->type));
        }
        for (size_t i = 0; i < n; i++) {
            uint32_t sent = w.tok.v[i].sentence;
            if (fs.info[i].cand &&
                (i == 0 || !fs.info[i - 1].cand || w.tok.v[i - 1].sentence != sent)) {
                size_t b = i;
                while (b < n && fs.info[b].cand && w.tok.v[b].sentence == sent) b++;
                /* pieces of at most NEWS_MAX_RUN tokens, as the tagger decodes them */
                for (size_t c = i; c < b; c += NEWS_MAX_RUN) {
                    size_t e = b - c > NEWS_MAX_RUN ? c + NEWS_MAX_RUN : b;
                    if (n_seg_all + 1 > cap_seg)
                        seg = xrealloc(seg, (cap_seg = cap_seg ? 2 * cap_seg : 4096) * sizeof *seg);
                    Seg *sg = &seg[n_seg_all++];
                    sg->t0 = n_tok_all + c;
                    sg->n = e - c;
                    sg->start_prev =
                        c == i && i > 0 && w.tok.v[i - 1].sentence == sent ? NEWS_LABEL_O : -1;
                    sg->end_o = e == b && b < n && w.tok.v[b].sentence == sent;
                }
            }
            feat_off[n_tok_all + i] = (uint32_t)n_feat_ids;
            size_t nf = fs.info[i].cand ? news_features_token(&w, &fs, i, feats) : 0;
            if (n_feat_ids + nf > cap_feat_ids)
                feat_ids =
                    xrealloc(feat_ids, (cap_feat_ids = 2 * (cap_feat_ids + nf)) * sizeof *feat_ids);
            for (size_t f = 0; f < nf; f++) {
                int64_t id = map_get(&feat_map, feats[f], add);
                if (id < 0) continue;
                if ((size_t)id >= cap_feat_hash)
                    feat_hash = xrealloc(
                        feat_hash, (cap_feat_hash = 2 * (size_t)id + 1024) * sizeof *feat_hash);
                feat_hash[id] = feats[f] ? feats[f] : 1;
                feat_ids[n_feat_ids++] = (uint32_t)id;
            }
        }
        n_tok_all += n;
        feat_off[n_tok_all] = (uint32_t)n_feat_ids;
        td[d].n_seg = n_seg_all - td[d].seg0;
    }
    news_features_free(&w, &fs);
    news_work_free(&w);
    free(docs);
    *out = td;
    *n_out = nd;
}

/* ------------------------------------------------------------------ perceptron */
static float *wt, *avg_w; /* [feature * L + label] */
static double *acc;       /* sum of c * update, for averaging */
static float tr[(L + 1) * L], avg_tr[(L + 1) * L];
static double acc_tr[(L + 1) * L];
static double clock_c = 1;
static size_t n_feats_train;

static void emissions(const float *w, size_t t0, size_t n, float *em) {
    for (size_t i = 0; i < n; i++) {
        float *e = em + i * L;
        for (int y = 0; y < L; y++) e[y] = 0;
        for (uint32_t k = feat_off[t0 + i]; k < feat_off[t0 + i + 1]; k++) {
            const float *row = w + (size_t)feat_ids[k] * L;
            for (int y = 0; y < L; y++) e[y] += row[y];
        }
    }
}

static void update(const Seg *sg, const uint8_t *pred) {
    size_t t0 = sg->t0, n = sg->n;
    for (size_t i = 0; i <= n; i++) {
        if (i == n) { /* the way out into an O */
            if (!sg->end_o) break;
            int g = gold[t0 + n - 1] + 1, p = pred[n - 1] + 1;
            if (g != p) {
                tr[g * L] += 1, acc_tr[g * L] += clock_c;
                tr[p * L] -= 1, acc_tr[p * L] -= clock_c;
            }
            break;
        }
        int g = gold[t0 + i], p = pred[i];
        int gp = i ? gold[t0 + i - 1] + 1 : sg->start_prev + 1;
        int pp = i ? pred[i - 1] + 1 : sg->start_prev + 1;
        if (g != p) {
            for (uint32_t k = feat_off[t0 + i]; k < feat_off[t0 + i + 1]; k++) {
                size_t f = (size_t)feat_ids[k] * L;
                wt[f + g] += 1, acc[f + g] += clock_c;
                wt[f + p] -= 1, acc[f + p] -= clock_c;
            }
        }
        if (g != p || gp != pp) {
            tr[gp * L + g] += 1, acc_tr[gp * L + g] += clock_c;
            tr[pp * L + p] -= 1, acc_tr[pp * L + p] -= clock_c;
        }
    }
}

static void average(void) {
    for (size_t i = 0; i < n_feats_train * L; i++) avg_w[i] = (float)(wt[i] - acc[i] / clock_c);
    for (int i = 0; i < (L + 1) * L; i++) avg_tr[i] = (float)(tr[i] - acc_tr[i] / clock_c);
}

/* Exact-span F1 of decoding docs with weights w, counted over token spans (misaligned gold
 * entities count as missed). */
static double eval_tokens(const TDoc *td, size_t nd, const float *w, const float *t_raw) {
    size_t tp = 0, np = 0, ng = 0;
    float t[(L + 1) * L];
    news_viterbi_mask(t_raw, t);
    float *em = NULL, *work = NULL;
    int32_t *back = NULL;
    uint8_t *pred = NULL;
    size_t cap = 0;
    for (size_t d = 0; d < nd; d++) {
        ng += td[d].misaligned + td[d].unreachable;
        for (size_t s = td[d].seg0; s < td[d].seg0 + td[d].n_seg; s++) {
            size_t t0 = seg[s].t0, n = seg[s].n;
            if (n + 1 > cap) {
                cap = 2 * (n + 1);
                em = xrealloc(em, cap * L * sizeof *em);
                work = xrealloc(work, 2 * cap * L * sizeof *work);
                back = xrealloc(back, cap * L * sizeof *back);
                pred = xrealloc(pred, cap);
            }
            emissions(w, t0, n, em);
            news_viterbi(em, t, n, seg[s].start_prev, seg[s].end_o, pred, NULL, work, back);
            for (size_t i = 0; i < n; i++) {
                int g = gold[t0 + i], p = pred[i];
                if (g && !NEWS_LABEL_INSIDE(g)) ng++;
                if (p && !NEWS_LABEL_INSIDE(p)) np++;
                if (g && !NEWS_LABEL_INSIDE(g) && g == p) { /* same start and type: same end? */
                    size_t j = i + 1;
                    while (j < n && gold[t0 + j] == g + 1 && pred[j] == g + 1) j++;
                    int gend = !(j < n && gold[t0 + j] == g + 1);
                    int pend = !(j < n && pred[j] == g + 1);
                    if (gend && pend) tp++;
                }
            }
        }
    }
    free(em), free(work), free(back), free(pred);
    double p = np ? (double)tp / np : 0, r = ng ? (double)tp / ng : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void train_epoch(TDoc *td, size_t nd) {
    size_t *order = malloc(nd * sizeof *order);
    for (size_t i = 0; i < nd; i++) order[i] = i;
    for (size_t i = nd; i > 1; i--) {
        size_t j = rng_next() % i, t = order[i - 1];
        order[i - 1] = order[j], order[j] = t;
    }
    float *em = NULL, *work = NULL;
    int32_t *back = NULL;
    uint8_t *pred = NULL;
    size_t cap = 0;
    for (size_t oi = 0; oi < nd; oi++) {
        const TDoc *d = &td[order[oi]];
        for (size_t s = d->seg0; s < d->seg0 + d->n_seg; s++) {
            size_t t0 = seg[s].t0, n = seg[s].n;
            if (n + 1 > cap) {
                cap = 2 * (n + 1);
                em = xrealloc(em, cap * L * sizeof *em);
                work = xrealloc(work, 2 * cap * L * sizeof *work);
                back = xrealloc(back, cap * L * sizeof *back);
                pred = xrealloc(pred, cap);
            }
            emissions(wt, t0, n, em);
            float masked[(L + 1) * L];
            news_viterbi_mask(tr, masked);
            news_viterbi(em, masked, n, seg[s].start_prev, seg[s].end_o, pred, NULL, work, back);
            if (memcmp(pred, gold + t0, n)) update(&seg[s], pred);
            clock_c++;
        }
    }
    free(em), free(work), free(back), free(pred), free(order);
}

/* ------------------------------------------------------------------ the tagger alone */
/* The model's own mentions, before the rules of entities.c: each run B-X I-X ... in a
 * sentence, with the smallest margin of its tokens (as news_entities_window takes it).
 * The score curve and the auto lexicon are read from these, so that what `make model`
 * writes depends on the data, the tokenizer, the sentence splitter, the features and the
 * tagger, and not on the rules after the tagger: a rule change leaves the model a rebuild
 * gives byte for byte as it was. */
typedef struct {
    size_t first, end; /* tokens */
    int type;
    float margin;
} TagMention;

/* Tags text as one window (analyze_whole, as training reads it) into *v; returns the count. */
static size_t tag_mentions(NewsWork *w,
                           NewsTagger *tg,
                           const Doc *doc,
                           TagMention **v,
                           size_t *cap) {
    if (analyze_whole(w, doc->text, doc->text_len) || news_tagger_window(&mm, w, tg)) {
        fprintf(stderr, "cannot tag %s\n", doc->id);
        exit(1);
    }
    size_t n = w->tok.n, k = 0;
    for (size_t i = 0; i < n;) {
        unsigned y = tg->labels[i];
        if (y == NEWS_LABEL_O) {
            i++;
            continue;
        }
        size_t j = i + 1;
        float margin = tg->margin[i];
        while (j < n && tg->labels[j] == NEWS_LABEL_I(NEWS_LABEL_TYPE(y)) &&
               w->tok.v[j].sentence == w->tok.v[i].sentence) {
            if (tg->margin[j] < margin) margin = tg->margin[j];
            j++;
        }
        if (k == *cap) *v = xrealloc(*v, (*cap = *cap ? 2 * *cap : 256) * sizeof **v);
        (*v)[k++] = (TagMention){i, j, (int)NEWS_LABEL_TYPE(y), margin};
        i = j;
    }
    return k;
}

typedef struct {
    double margin;
    int correct;
} Scored;

/* Exact-span F1 of the tagger alone (quantised tables) on docs; every mention's margin and
 * whether it is right go to *sc_out, for the score curve. */
static double eval_tagger(const TDoc *td, size_t nd, Scored **sc_out, size_t *n_sc) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    NewsTagger tg;
    memset(&tg, 0, sizeof tg);
    TagMention *tm = NULL;
    size_t tm_cap = 0, tp = 0, np = 0, ng = 0, cap = 0;
    Scored *sc = NULL;
    *n_sc = 0;
    for (size_t d = 0; d < nd; d++) {
        const Doc *doc = &td[d].doc;
        size_t nm = tag_mentions(&w, &tg, doc, &tm, &tm_cap);
        ng += doc->n_ents;
        for (size_t i = 0; i < nm; i++) {
            const NewsToken *a = &w.tok.v[tm[i].first], *b = &w.tok.v[tm[i].end - 1];
            int ok = 0;
            for (size_t e = 0; e < doc->n_ents; e++)
                if (doc->ents[e].start == a->char_start &&
                    doc->ents[e].end == b->char_start + b->char_len &&
                    doc->ents[e].type == tm[i].type)
                    ok = 1;
            np++;
            tp += ok;
            if (*n_sc == cap) sc = xrealloc(sc, (cap = cap ? 2 * cap : 1024) * sizeof *sc);
            sc[*n_sc].margin = tm[i].margin;
            sc[*n_sc].correct = ok;
            ++*n_sc;
        }
    }
    news_tagger_free(&w, &tg);
    news_work_free(&w);
    free(tm);
    *sc_out = sc;
    double p = np ? (double)tp / np : 0, r = ng ? (double)tp / ng : 0;
    fprintf(stderr, "tagger alone: P %.4f R %.4f (tp %zu pred %zu gold %zu)\n", p, r, tp, np, ng);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Exact-span F1 through the whole pipeline, rules included: reported, never used. */
static double eval_pipeline(const TDoc *td, size_t nd) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    size_t tp = 0, np = 0, ng = 0;
    for (size_t d = 0; d < nd; d++) {
        const Doc *doc = &td[d].doc;
        if (news_work_set_text(&w, doc->text, doc->text_len) ||
            news_analyze(&mm, &w, NEWS_ENTITIES)) {
            fprintf(stderr, "pipeline failed on %s\n", doc->id);
            exit(1);
        }
        ng += doc->n_ents;
        for (size_t i = 0; i < w.ment.n; i++) {
            const NewsMention *me = &w.ment.v[i];
            int ok = 0;
            for (size_t e = 0; e < doc->n_ents; e++)
                if (doc->ents[e].start == me->char_start &&
                    doc->ents[e].end == me->char_start + me->char_len &&
                    doc->ents[e].type == me->type)
                    ok = 1;
            np++;
            tp += ok;
        }
    }
    news_work_free(&w);
    double p = np ? (double)tp / np : 0, r = ng ? (double)tp / ng : 0;
    fprintf(stderr, "pipeline: P %.4f R %.4f (tp %zu pred %zu gold %zu)\n", p, r, tp, np, ng);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Logistic regression of correct ~ a * margin + b, by Newton's method. */
static void fit_score(const Scored *sc, size_t n, float *a_out, float *b_out) {
    double a = 0.01, b = 0;
    for (int it = 0; it < 50; it++) {
        double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
        for (size_t i = 0; i < n; i++) {
            double z = a * sc[i].margin + b, p = 1 / (1 + exp(-z)), r = p - sc[i].correct;
            double v = p * (1 - p) + 1e-9;
            ga += r * sc[i].margin, gb += r;
            haa += v * sc[i].margin * sc[i].margin, hab += v * sc[i].margin, hbb += v;
        }
        double det = haa * hbb - hab * hab;
        if (fabs(det) < 1e-12) break;
        a -= (hbb * ga - hab * gb) / det;
        b -= (haa * gb - hab * ga) / det;
    }
    if (!(a > 0)) a = 0.01; /* a larger margin must never mean a lower score */
    *a_out = (float)a;
    *b_out = (float)b;
}

/* ------------------------------------------------------------------ auto lexicon */
/* The type the tagger gives a word in unlabelled news (self-training, after Ratinov & Roth's
 * use of predictions beyond the sentence, here beyond the document): every document of
 * the unlabelled files is tagged with the model just trained, and each word inside a
 * mention it is sure of (score >= AUTO_SCORE) counts for that mention's type. A word with
 * AUTO_MIN_COUNT such counts, AUTO_SHARE of them one type, gets that type (1 + NEWS_PER
 * ...) in bits 8-11 of its lower-cased entry's lex_b, which features.c turns into a
 * feature of the word. The 1987 and 2004-05 text knows names the 1996 training text does
 * not ("Tesco said", "Google's shares", "Donald Trump"), and the feature carries what the
 * sure contexts said to the unsure ones. Only words already in the lexicon (case
 * statistics or lists) can get a type, so the table keeps its size. */
#define AUTO_SCORE 0.8
#define AUTO_MIN_COUNT 2
#define AUTO_SHARE 0.7

static size_t auto_lexicon(char **paths, int n_paths) {
    Map am;
    memset(&am, 0, sizeof am);
    uint32_t(*cnt)[4] = NULL;
    size_t cap = 0, typed = 0;
    NewsWork w;
    news_work_init(&w, 0, 0);
    NewsTagger tg;
    memset(&tg, 0, sizeof tg);
    TagMention *tm = NULL;
    size_t tm_cap = 0;
    uint8_t low[64];
    /* score >= AUTO_SCORE: a * margin + b >= logit(AUTO_SCORE) */
    const double sure = log(AUTO_SCORE / (1 - AUTO_SCORE));
    for (int p = 0; p < n_paths; p++) {
        size_t nd;
        Doc *docs = read_jsonl(paths[p], &nd);
        for (size_t d = 0; d < nd; d++) {
            size_t nm = tag_mentions(&w, &tg, &docs[d], &tm, &tm_cap);
            for (size_t i = 0; i < nm; i++) {
                if (mm.score_a * tm[i].margin + mm.score_b < sure) continue;
                for (size_t k = tm[i].first; k < tm[i].end; k++) {
                    const NewsToken *t = &w.tok.v[k];
                    if (!(t->flags & NEWS_TF_WORD)) continue;
                    size_t ln = news_features_lower(w.text + t->byte_start, t->byte_len, low,
                                                    sizeof low);
                    int64_t id = map_get(&am, news_lex_hash('l', low, ln), 1);
                    if ((size_t)id >= cap) {
                        size_t nc = cap ? 2 * cap : 1 << 16;
                        cnt = xrealloc(cnt, nc * sizeof *cnt);
                        memset(cnt + cap, 0, (nc - cap) * sizeof *cnt);
                        cap = nc;
                    }
                    cnt[id][tm[i].type & 3]++;
                }
            }
            free_doc(&docs[d]);
        }
        free(docs);
    }
    news_tagger_free(&w, &tg);
    free(tm);
    news_work_free(&w);
    for (size_t i = 0; i < am.cap; i++) {
        if (!am.key[i]) continue;
        const uint32_t *c = cnt[am.val[i]];
        uint32_t tot = c[0] + c[1] + c[2] + c[3], best = 0;
        for (int y = 1; y < 4; y++)
            if (c[y] > c[best]) best = (uint32_t)y;
        int64_t x = map_get(&lex_map, am.key[i], 0);
        if (x < 0) continue;
        lex[x].b &= 0xFF;
        if (tot >= AUTO_MIN_COUNT && c[best] >= AUTO_SHARE * tot) {
            lex[x].b |= (uint16_t)((best + 1) << 8);
            typed++;
        }
    }
    free(am.key), free(am.val), free(cnt);
    return typed;
}

/* Forgets the loaded corpora and their feature ids, to load them again with a new lexicon. */
static void reset_corpus(void) {
    free(feat_map.key), free(feat_map.val);
    memset(&feat_map, 0, sizeof feat_map);
    n_feat_ids = n_tok_all = n_seg_all = 0;
}

int main(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr,
                "usage: ner_train GAZ.tsv CLUSTERS.tsv TRAIN[,TRAIN...] DEV.jsonl OUT.c "
                "[EPOCHS [MIN_WEIGHT [BAGS [UNLABELLED.jsonl ...]]]]\n");
        return 2;
    }
    int epochs = argc > 6 ? atoi(argv[6]) : 20;
    double min_weight = argc > 7 ? atof(argv[7]) : 1.0;
    int bags = argc > 8 ? atoi(argv[8]) : 1;
    if (bags < 1) bags = 1;

    /* lexicon into the in-memory model */
    read_gaz(argv[1]);
    read_clusters(argv[2]);
    uint64_t *lh = malloc(n_lex * sizeof *lh);
    for (size_t i = 0; i < n_lex; i++) lh[i] = lex[i].h;
    qsort(lh, n_lex, sizeof *lh, cmp_u64);
    uint32_t *lslot = malloc(n_lex * sizeof *lslot), *lex_keys;
    size_t shadow;
    uint32_t lex_mask = build_table(lh, n_lex, &lex_keys, lslot, &shadow);
    uint16_t *lex_a = calloc((size_t)lex_mask + 1, 2), *lex_b = calloc((size_t)lex_mask + 1, 2);
    uint32_t *feat_keys_prev = NULL;
    size_t kept_out = 0;
    for (size_t i = 0; i < n_lex; i++) {
        const LexEntry *x = &lex[map_get(&lex_map, lh[i], 0)];
        lex_a[lslot[i]] = x->a;
        lex_b[lslot[i]] = x->b;
    }
    fprintf(stderr, "lexicon: %zu entries, %u slots, %zu shadowed\n", n_lex, lex_mask + 1, shadow);
    mm.format = NEWS_MODEL_FORMAT;
    mm.n_labels = L;
    mm.lex_mask = lex_mask;
    mm.lex_keys = lex_keys;
    mm.lex_a = lex_a;
    mm.lex_b = lex_b;
    model_pack_lex(&mm); /* the library reads the packed tables (model.h) */
    mm.scale = 1;

    /* with unlabelled files, two stages: a model without the auto lexicon tags them, then
     * the model is trained again with it (auto_lexicon) */
    int n_unlab = argc > 9 ? argc - 9 : 0, stages = n_unlab ? 2 : 1;
    double f_tag = 0;
    int best_epoch = 0;
    static int16_t trans_w[(L + 1) * L];
    for (int stage = 0; stage < stages; stage++) {
        if (stage > 0) {
            size_t typed = auto_lexicon(argv + 9, n_unlab);
            for (size_t i = 0; i < n_lex; i++)
                lex_b[lslot[i]] = lex[map_get(&lex_map, lh[i], 0)].b;
            model_pack_free(&mm);
            model_pack_lex(&mm);
            fprintf(stderr, "auto lexicon: %zu words typed by the tagger in unlabelled news\n",
                    typed);
            reset_corpus();
            free(wt), free(avg_w), free(acc), free((void *)mm.feat), free(feat_keys_prev);
        }
        TDoc *train, *dev;
        size_t n_train, n_dev, g_tr = 0, m_tr = 0, g_dev = 0, m_dev = 0, u_tr = 0, u_dev = 0;
        load(argv[3], &train, &n_train, 1, &g_tr, &m_tr, &u_tr);
        n_feats_train = feat_map.n;
        size_t train_tok = n_tok_all;
        load(argv[4], &dev, &n_dev, 0, &g_dev, &m_dev, &u_dev);
        fprintf(stderr,
                "train: %zu docs, %zu tokens, %zu entities, %zu not on token boundaries, "
                "%zu with a token that is not a candidate\n",
                n_train, train_tok, g_tr, m_tr, u_tr);
        fprintf(stderr,
                "dev: %zu docs, %zu tokens, %zu entities, %zu not on token boundaries, "
                "%zu with a token that is not a candidate\n",
                n_dev, n_tok_all - train_tok, g_dev, m_dev, u_dev);
        fprintf(stderr, "features: %zu\n", n_feats_train);

        wt = calloc(n_feats_train * L, sizeof *wt);
        avg_w = calloc(n_feats_train * L, sizeof *avg_w);
        acc = calloc(n_feats_train * L, sizeof *acc);
        float *best_w = calloc(n_feats_train * L, sizeof *best_w), best_tr[(L + 1) * L];
        float *bag_w = calloc(n_feats_train * L, sizeof *bag_w), bag_tr[(L + 1) * L];
        memset(bag_tr, 0, sizeof bag_tr);
        double best_f = -1;
        /* bags: independent runs over differently shuffled documents, each keeping its best
         * epoch; their weights are averaged (parameter mixing), which evens out the order
         * effects of a single perceptron run (dev F1 of single runs spreads over 0.5 points)
         * at no cost at run time */
        for (int bag = 0; bag < bags; bag++) {
            memset(wt, 0, n_feats_train * L * sizeof *wt);
            memset(acc, 0, n_feats_train * L * sizeof *acc);
            memset(tr, 0, sizeof tr);
            memset(acc_tr, 0, sizeof acc_tr);
            clock_c = 1;
            rng_state = 0x7EA1ED5EEDull + 0x9E3779B97F4A7C15ull * (uint64_t)bag;
            best_f = -1;
            for (int e = 1; e <= epochs; e++) {
                train_epoch(train, n_train);
                average();
                double f = eval_tokens(dev, n_dev, avg_w, avg_tr);
                fprintf(stderr, "bag %d epoch %d: dev F1 %.4f\n", bag + 1, e, f);
                if (f > best_f) {
                    best_f = f;
                    best_epoch = e;
                    memcpy(best_w, avg_w, n_feats_train * L * sizeof *best_w);
                    memcpy(best_tr, avg_tr, sizeof best_tr);
                }
            }
            fprintf(stderr, "bag %d: best epoch %d, dev F1 %.4f (float weights)\n", bag + 1,
                    best_epoch, best_f);
            for (size_t i = 0; i < n_feats_train * L; i++) bag_w[i] += best_w[i] / (float)bags;
            for (int i = 0; i < (L + 1) * L; i++) bag_tr[i] += best_tr[i] / (float)bags;
        }
        memcpy(best_w, bag_w, n_feats_train * L * sizeof *best_w);
        memcpy(best_tr, bag_tr, sizeof best_tr);
        if (bags > 1) {
            best_f = eval_tokens(dev, n_dev, best_w, best_tr);
            fprintf(stderr, "%d bags averaged: dev F1 %.4f (float weights)\n", bags, best_f);
        }

        /* quantise: one scale for every weight; drop rows that barely matter */
        float maxw = 0;
        for (size_t i = 0; i < n_feats_train * L; i++)
            if (fabsf(best_w[i]) > maxw) maxw = fabsf(best_w[i]);
        for (int i = 0; i < (L + 1) * L; i++)
            if (fabsf(best_tr[i]) > maxw) maxw = fabsf(best_tr[i]);
        float scale = maxw / 32767.0f;
        uint64_t *fh = malloc(n_feats_train * sizeof *fh);
        size_t kept = 0;
        for (size_t f = 0; f < n_feats_train; f++) {
            float m = 0;
            for (int y = 0; y < L; y++)
                if (fabsf(best_w[f * L + y]) > m) m = fabsf(best_w[f * L + y]);
            if (m >= min_weight) fh[kept++] = feat_hash[f];
        }
        qsort(fh, kept, sizeof *fh, cmp_u64);
        uint32_t *fslot = malloc(kept * sizeof *fslot), *feat_keys;
        uint32_t feat_mask = build_table(fh, kept, &feat_keys, fslot, &shadow);
        NewsFeatRow *feat = calloc((size_t)feat_mask + 1, sizeof *feat);
        for (size_t i = 0; i < kept; i++) {
            size_t f = (size_t)map_get(&feat_map, fh[i], 0);
            feat[fslot[i]].key = feat_keys[fslot[i]];
            for (int y = 0; y < L; y++)
                feat[fslot[i]].w[y] = (int16_t)lrintf(best_w[f * L + y] / scale);
        }
        for (int i = 0; i < (L + 1) * L; i++) trans_w[i] = (int16_t)lrintf(best_tr[i] / scale);
        fprintf(stderr, "kept %zu of %zu features (|w| >= %g), %u slots, %zu shadowed\n", kept,
                n_feats_train, min_weight, feat_mask + 1, shadow);
        mm.feat_mask = feat_mask;
        mm.feat = feat;
        model_pack_feat(&mm);
        mm.trans_w = trans_w;
        mm.scale = scale;
        Scored *sc;
        size_t n_sc;
        f_tag = eval_tagger(dev, n_dev, &sc, &n_sc);
        fit_score(sc, n_sc, &mm.score_a, &mm.score_b);
        fprintf(stderr,
                "dev F1 of the tagger alone (quantised): %.4f; score = logistic(%g * margin "
                "+ %g)\n",
                f_tag, mm.score_a, mm.score_b);
        fprintf(stderr, "dev F1 through the pipeline, rules included: %.4f\n",
                eval_pipeline(dev, n_dev));
        free(sc), free(best_w), free(bag_w), free(fh), free(fslot);
        feat_keys_prev = feat_keys;
        kept_out = kept;
    }

    FILE *out = fopen(argv[5], "w");
    if (!out) {
        fprintf(stderr, "cannot write %s\n", argv[5]);
        return 1;
    }
    fprintf(out,
            "/* model_data.c: GENERATED by `make model`; do not edit.\n"
            " *   build/ner_train %s %s TRAIN DEV OUT %d %g %d%s\n"
            " * Averaged perceptron over the features of features.c, trained on CoNLL-2003 "
            "train and\n"
            " * the project's own annotated articles (Makefile MODEL_TRAIN), %d runs, each "
            "the best\n"
            " * of %d epochs on CoNLL-2003 dev (the last: epoch %d), averaged; dev exact-span "
            "F1\n"
            " * %.4f of the tagger alone (the rules of entities.c not applied). Lexicon: word "
            "classes\n"
            " * and case statistics from unlabelled news, gazetteers (docs/model.md lists "
            "sources and\n"
            " * licences). %zu features, %zu lexicon entries. */\n"
            "#include \"model.h\"\n\n",
            argv[1], argv[2], epochs, min_weight, bags, n_unlab ? " UNLABELLED..." : "", bags,
            epochs, best_epoch, f_tag, kept_out, n_lex);
    /* rows by slot; empty slots are left to the zero initialisation */
    fprintf(out, "static const NewsFeatRow feat[%zu] = {\n", (size_t)mm.feat_mask + 1);
    for (size_t i = 0; i <= mm.feat_mask; i++) {
        if (!mm.feat[i].key) continue;
        fprintf(out, "[%zu]={0x%x,{", i, mm.feat[i].key);
        for (int y = 0; y < L; y++)
            fprintf(out, "%d%s", mm.feat[i].w[y], y + 1 < L ? "," : "}},\n");
    }
    fprintf(out, "};\n\n");
    write_i16(out, "trans_w", trans_w, (L + 1) * L);
    write_u32(out, "lex_keys", lex_keys, (size_t)lex_mask + 1);
    write_u16(out, "lex_a", lex_a, (size_t)lex_mask + 1);
    write_u16(out, "lex_b", lex_b, (size_t)lex_mask + 1);
    fprintf(out,
            "const NewsModel news_model = {\n"
            "    .format = NEWS_MODEL_FORMAT,\n"
            "    .description = \"averaged perceptron, CoNLL-2003 train + own articles, "
            "tagger dev F1 %.4f\",\n"
            "    .n_labels = NEWS_N_LABELS,\n"
            "    .feat_mask = 0x%xu,\n"
            "    .feat = feat,\n"
            "    .trans_w = trans_w,\n"
            "    .scale = %a,\n"
            "    .score_a = %a,\n"
            "    .score_b = %a,\n"
            "    .lex_mask = 0x%xu,\n"
            "    .lex_keys = lex_keys,\n"
            "    .lex_a = lex_a,\n"
            "    .lex_b = lex_b,\n"
            "};\n",
            f_tag, mm.feat_mask, (double)mm.scale, (double)mm.score_a, (double)mm.score_b,
            lex_mask);
    fclose(out);
    return 0;
}
