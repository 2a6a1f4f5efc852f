/* tagger.c: labels the tokens of the current window with the compiled-in model: emission
 * scores are sums of the quantised weights of each token's features (features.c), and
 * first-order Viterbi decoding over each sentence picks the best BIO sequence. The same
 * decoder, news_viterbi(), trains the model (ext/tools/ner_train.c), so training and use
 * cannot drift apart.
 *
 * Besides the labels it computes each token's max-marginal margin: how much the best
 * sequence beats the best one with another label at that token. entities.c turns the
 * smallest margin inside a mention into its score.
 *
 * Only candidate tokens (features.c) are scored; the others are O, so decoding runs over
 * each run of candidates, entered from the sentence start or from an O and left into an O
 * or the sentence end. A token's emission scores are the cached sums of its own form's
 * features and its neighbours' (NewsForm.sc, filled on first use), plus the contextual
 * features looked up one by one.
 *
 * All arrays live in NewsTagger and grow geometrically; nothing is allocated per token. */
#include <string.h>

#include "model.h"
#include "news.h"

#define L NEWS_N_LABELS
#define NEG (-1e30f)

/* May label y follow label prev (-1: sentence start)? I-X only continues an X. */
static int allowed(int prev, int y) {
    if (!NEWS_LABEL_INSIDE(y)) return 1;
    return prev > 0 && NEWS_LABEL_TYPE(prev) == NEWS_LABEL_TYPE(y);
}

void news_viterbi_mask(const float *tr, float *masked) {
    for (int p = -1; p < L; p++)
        for (int y = 0; y < L; y++)
            masked[(p + 1) * L + y] = allowed(p, y) ? tr[(p + 1) * L + y] : NEG;
}

/* One step of the forward pass: for every label y, the best previous label p of
 * ap[p] + tr[(p + 1) * L + y] and its score. Ties go to the lower p (strict > over
 * ascending p). Masked moves are -1e30 and never win: an I-X always has its B-X, which is
 * always reachable. With GCC or Clang the first 8 labels go as two 4-wide vectors (generic
 * vector extensions, lowered on any target); the arithmetic is the same float additions
 * and comparisons, so the result is bit for bit the scalar one. */
#if defined(__GNUC__) || defined(__clang__)
typedef float NewsV4f __attribute__((vector_size(16)));
typedef int32_t NewsV4i __attribute__((vector_size(16)));
static void forward_step(const float *ap, const float *tr, float *best, int32_t *arg) {
    NewsV4f b0, b1, t0, t1;
    memcpy(&t0, tr + L, sizeof t0);
    memcpy(&t1, tr + L + 4, sizeof t1);
    b0 = ap[0] + t0, b1 = ap[0] + t1;
    NewsV4i a0 = {0, 0, 0, 0}, a1 = {0, 0, 0, 0};
    float b8 = ap[0] + tr[L + 8];
    int32_t a8 = 0;
    for (int p = 1; p < L; p++) {
        const float *tp = tr + (p + 1) * L;
        memcpy(&t0, tp, sizeof t0);
        memcpy(&t1, tp + 4, sizeof t1);
        NewsV4f v0 = ap[p] + t0, v1 = ap[p] + t1;
        NewsV4i m0 = v0 > b0, m1 = v1 > b1, pv = {p, p, p, p};
        b0 = (NewsV4f)(((NewsV4i)v0 & m0) | ((NewsV4i)b0 & ~m0));
        b1 = (NewsV4f)(((NewsV4i)v1 & m1) | ((NewsV4i)b1 & ~m1));
        a0 = (pv & m0) | (a0 & ~m0);
        a1 = (pv & m1) | (a1 & ~m1);
        float v8 = ap[p] + tp[8];
        if (v8 > b8) b8 = v8, a8 = p;
    }
    memcpy(best, &b0, sizeof b0);
    memcpy(best + 4, &b1, sizeof b1);
    memcpy(arg, &a0, sizeof a0);
    memcpy(arg + 4, &a1, sizeof a1);
    best[8] = b8, arg[8] = a8;
}
#else
static void forward_step(const float *ap, const float *tr, float *best, int32_t *arg) {
    for (int y = 0; y < L; y++) best[y] = ap[0] + tr[L + y], arg[y] = 0;
    for (int p = 1; p < L; p++)
        for (int y = 0; y < L; y++) {
            float v = ap[p] + tr[(p + 1) * L + y];
            if (v > best[y]) best[y] = v, arg[y] = p;
        }
}
#endif

void news_viterbi(const float *em,
                  const float *tr,
                  size_t n,
                  int start_prev,
                  int end_o,
                  uint8_t *out,
                  float *margin,
                  float *work,
                  int32_t *back) {
    if (n == 0) return;
    float *alpha = work, *beta = work + n * L;
    const float *t0 = tr + (start_prev + 1) * L;
    for (int y = 0; y < L; y++) alpha[y] = t0[y] + em[y];
    for (size_t i = 1; i < n; i++) {
        const float *ap = alpha + (i - 1) * L;
        float best[L];
        int32_t arg[L];
        forward_step(ap, tr, best, arg);
        for (int y = 0; y < L; y++) {
            alpha[i * L + y] = best[y] + em[i * L + y];
            back[i * L + y] = arg[y];
        }
    }
    /* the way out: into an O, or the sentence end (no score) */
    float *endv = beta + (n - 1) * L;
    for (int y = 0; y < L; y++) endv[y] = end_o ? tr[(y + 1) * L + NEWS_LABEL_O] : 0;
    const float *an = alpha + (n - 1) * L;
    int y = 0;
    for (int k = 1; k < L; k++)
        if (an[k] + endv[k] > an[y] + endv[y]) y = k;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)y;
        if (i) y = back[i * L + y];
    }
    if (!margin) return;
    /* margins only matter inside mentions: a run decoded all O (most runs: a capitalised
     * first word, a headline) skips the backward pass */
    size_t named = 0;
    for (size_t i = 0; i < n; i++) named |= out[i];
    if (!named) {
        for (size_t i = 0; i < n; i++) margin[i] = 0;
        return;
    }
    for (size_t i = n - 1; i-- > 0;) {
        const float *en = em + (i + 1) * L, *bn = beta + (i + 1) * L;
        float nb[L];
        for (int q = 0; q < L; q++) nb[q] = en[q] + bn[q];
        for (int p = 0; p < L; p++) {
            /* after p come O, any B-, and the I- of p's own type: a masked move is NEG
             * and never the maximum, which is exact whatever the order */
            const float *tp = tr + (p + 1) * L;
            float best = tp[0] + nb[0];
            for (int q = 1; q < L; q += 2) {
                float v = tp[q] + nb[q];
                if (v > best) best = v;
            }
            if (p) {
                int q = NEWS_LABEL_I(NEWS_LABEL_TYPE(p));
                float v = tp[q] + nb[q];
                if (v > best) best = v;
            }
            beta[i * L + p] = best;
        }
    }
    for (size_t i = 0; i < n; i++) {
        float own = alpha[i * L + out[i]] + beta[i * L + out[i]], other = NEG;
        for (int k = 0; k < L; k++) {
            if (k == out[i]) continue;
            float v = alpha[i * L + k] + beta[i * L + k];
            if (v > other) other = v;
        }
        margin[i] = own - other;
    }
}

void news_tagger_free(NewsWork *w, NewsTagger *tg) {
    news_features_free(w, &tg->feat);
    news_work_release(w, tg->labels);
    news_work_release(w, tg->margin);
    news_work_release(w, tg->em);
    news_work_release(w, tg->work);
    news_work_release(w, tg->back);
    memset(tg, 0, sizeof *tg);
}

static int reserve(NewsWork *w, NewsTagger *tg, size_t n) {
    /* one run at a time: fixed sizes, each allocated until it exists (an earlier call may
     * have failed half way) */
    if (!tg->em && !(tg->em = w->realloc_fn(0, NEWS_MAX_RUN * L * sizeof(float))))
        return NEWS_NOMEM;
    if (!tg->work && !(tg->work = w->realloc_fn(0, 2 * NEWS_MAX_RUN * L * sizeof(float))))
        return NEWS_NOMEM;
    if (!tg->back && !(tg->back = w->realloc_fn(0, NEWS_MAX_RUN * L * sizeof(int32_t))))
        return NEWS_NOMEM;
    if (n <= tg->cap) return NEWS_OK;
    size_t cap = tg->cap ? tg->cap : 256;
    while (cap < n) cap *= 2;
    if (cap > SIZE_MAX / sizeof(float)) return NEWS_TOOBIG;
    void *a = w->realloc_fn(tg->labels, cap);
    if (!a) return NEWS_NOMEM;
    tg->labels = a;
    if (!(a = w->realloc_fn(tg->margin, cap * sizeof(float)))) return NEWS_NOMEM;
    tg->margin = a;
    tg->cap = cap;
    return NEWS_OK;
}

/* sum[y] += v[y] for the 9 labels, written as 8 + 1 so that the compiler's cheapest
 * vectoriser (-O2) turns the 8 into two vector adds: these sums are the tagger's inner loop. */
_Static_assert(L == 9, "add_row assumes 9 labels");
static inline void add_row16(int32_t *sum, const int16_t *row) {
    for (int y = 0; y < 8; y++) sum[y] += row[y];
    sum[8] += row[8];
}
static inline void add_row32(int32_t *sum, const int32_t *row) {
    for (int y = 0; y < 8; y++) sum[y] += row[y];
    sum[8] += row[8];
}

/* Adds the weights of features f[0..nf) to sum[]. The table is megabytes and the lookups
 * are independent: touching every first slot before reading any lets the cache misses
 * overlap instead of queueing one after another. */
static void add_feats(const NewsModel *m, const uint64_t *f, size_t nf, int32_t *sum) {
#if defined(__GNUC__) || defined(__clang__)
    if (m->feat)
        for (size_t k = 0; k < nf; k++) __builtin_prefetch(&m->feat[(uint32_t)f[k] & m->feat_mask]);
#endif
    for (size_t k = 0; k < nf; k++) {
        int64_t slot = news_feat_find(m, f[k]);
        if (slot < 0) continue;
        add_row16(sum, m->feat[slot].w);
    }
}

/* The cached weight sums of token j's form at offset d (filled on first use). */
static const int32_t *form_sums(const NewsModel *m,
                                const NewsWork *w,
                                NewsFeatScratch *s,
                                size_t j,
                                int d) {
    uint32_t e = s->info[j].form;
    NewsForm *f = &s->form[e];
    int32_t *sc = s->sc[e][d + 2];
    unsigned bit = 1u << (d + 2);
    if (!(f->scored & bit)) {
        uint64_t feats[NEWS_MAX_FEATS];
        const NewsToken *t = &w->tok.v[j];
        size_t nf = news_features_static(f, w->text + t->byte_start, t->byte_len, d, feats);
        memset(sc, 0, sizeof s->sc[e][d + 2]);
        add_feats(m, feats, nf, sc);
        f->scored |= (uint8_t)bit;
    }
    return sc;
}

int news_tagger_window(const NewsModel *m, NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    int rc = reserve(w, tg, n + 1);
    if (rc) return rc;
    NewsFeatScratch *s = &tg->feat;
    rc = news_features_prepare(m, w, s);
    if (rc) return rc;
    rc = news_work_reserve(w, (void **)&s->sc, &s->sc_cap, s->n_form + 1, sizeof *s->sc);
    if (rc) return rc;
    float tr[(L + 1) * L], raw[(L + 1) * L];
    for (int k = 0; k < (L + 1) * L; k++) raw[k] = m->trans_w ? m->trans_w[k] * m->scale : 0;
    news_viterbi_mask(raw, tr);
    int32_t edge[5][L];
    for (int d = -2; d <= 2; d++) {
        uint64_t feats[4];
        memset(edge[d + 2], 0, sizeof edge[d + 2]);
        if (d) add_feats(m, feats, news_features_edge(d, feats), edge[d + 2]);
    }
    memset(tg->labels, NEWS_LABEL_O, n);
    for (size_t i = 0; i < n; i++) tg->margin[i] = 0;
    uint64_t feats[NEWS_MAX_FEATS];
    for (size_t a = 0; a < n;) {
        if (!s->info[a].cand) {
            a++;
            continue;
        }
        uint32_t sent = w->tok.v[a].sentence;
        size_t b = a;
        while (b < n && s->info[b].cand && w->tok.v[b].sentence == sent) b++;
        /* pieces of at most NEWS_MAX_RUN tokens, each decoded as if a sentence ended
         * between them */
        for (size_t c = a; c < b; c += NEWS_MAX_RUN) {
            size_t e = b - c > NEWS_MAX_RUN ? c + NEWS_MAX_RUN : b;
#if defined(__GNUC__) || defined(__clang__)
            /* the piece's cached sums, and its neighbours', are scattered over megabytes:
             * ask for them all before adding any */
            for (size_t i = c >= 2 ? c - 2 : 0; i < e + 2 && i < n; i++) {
                __builtin_prefetch(&s->form[s->info[i].form]);
                for (int d = -2; d <= 2; d++)
                    if ((int64_t)i - d >= (int64_t)c && (int64_t)i - d < (int64_t)e)
                        __builtin_prefetch(s->sc[s->info[i].form][d + 2]);
            }
#endif
            for (size_t i = c; i < e; i++) {
                int32_t sum[L];
                memcpy(sum, form_sums(m, w, s, i, 0), sizeof sum);
                for (int d = -2; d <= 2; d++) {
                    if (!d) continue;
                    int64_t j = (int64_t)i + d;
                    const int32_t *v = j >= 0 && (size_t)j < n && w->tok.v[j].sentence == sent
                                           ? form_sums(m, w, s, (size_t)j, d)
                                           : edge[d + 2];
                    add_row32(sum, v);
                }
                add_feats(m, feats, news_features_context(w, s, i, feats), sum);
                float *em = tg->em + (i - c) * L;
                for (int y = 0; y < L; y++) em[y] = (float)sum[y] * m->scale;
            }
            int start_prev =
                c == a && a > 0 && w->tok.v[a - 1].sentence == sent ? NEWS_LABEL_O : -1;
            int end_o = e == b && b < n && w->tok.v[b].sentence == sent;
            news_viterbi(tg->em, tr, e - c, start_prev, end_o, tg->labels + c, tg->margin + c,
                         tg->work, tg->back);
        }
        a = b;
    }
    return NEWS_OK;
}
