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
 * features and its neighbours' (NewsFeatScratch.sc, filled on first use; model.h), plus
 * the contextual features looked up one by one.
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

/* Four floats at a time where the compiler offers it: SSE2 on x86-64 (max in one
 * instruction), GCC/Clang generic vectors elsewhere. Every lane does the same float
 * addition as the scalar code, and a maximum's value does not depend on the order it is
 * taken in, so the results are bit for bit the scalar ones (no score is NaN). */
#if defined(__SSE2__)
#include <emmintrin.h>
#define NEWS_VEC 1
typedef __m128 V4;
static inline V4 v_load(const float *p) { return _mm_loadu_ps(p); }
static inline void v_store(float *p, V4 a) { _mm_storeu_ps(p, a); }
static inline V4 v_set1(float x) { return _mm_set1_ps(x); }
static inline V4 v_add(V4 a, V4 b) { return _mm_add_ps(a, b); }
static inline V4 v_max(V4 a, V4 b) { return _mm_max_ps(a, b); }
static inline float v_hmax(V4 v) {
    v = _mm_max_ps(v, _mm_movehl_ps(v, v));
    v = _mm_max_ss(v, _mm_shuffle_ps(v, v, 1));
    return _mm_cvtss_f32(v);
}
#elif defined(__GNUC__) || defined(__clang__)
#define NEWS_VEC 1
typedef float V4 __attribute__((vector_size(16)));
typedef int32_t V4i __attribute__((vector_size(16)));
static inline V4 v_load(const float *p) {
    V4 v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void v_store(float *p, V4 a) { memcpy(p, &a, sizeof a); }
static inline V4 v_set1(float x) { return (V4){x, x, x, x}; }
static inline V4 v_add(V4 a, V4 b) { return a + b; }
static inline V4 v_max(V4 a, V4 b) {
    V4i m = a > b;
    return (V4)(((V4i)a & m) | ((V4i)b & ~m));
}
static inline float v_hmax(V4 v) {
    float a = v[0] > v[1] ? v[0] : v[1], b = v[2] > v[3] ? v[2] : v[3];
    return a > b ? a : b;
}
#else
#define NEWS_VEC 0
#endif

/* The forward pass's step: for every label y, the best score of ap[p] + tr[(p + 1) * L + y]
 * over the previous labels p, plus em[y], into out[y]. Masked moves are -1e30 and never
 * win: an I-X always has its B-X, which is always reachable. Which p wins is not kept: the
 * trace back asks again for the one label it follows (best_prev), and the forward pass,
 * run for every token, only needs the values. */
static void forward_step(const float *ap,
                         const float *tr,
                         const float *trt,
                         const float *em,
                         float *out) {
#if NEWS_VEC
    V4 a = v_set1(ap[0]);
    V4 b0 = v_add(a, v_load(tr + L)), b1 = v_add(a, v_load(tr + L + 4));
    for (int p = 1; p < L; p++) {
        const float *tp = tr + (p + 1) * L;
        a = v_set1(ap[p]);
        b0 = v_max(b0, v_add(a, v_load(tp)));
        b1 = v_max(b1, v_add(a, v_load(tp + 4)));
    }
    /* the ninth label's column of tr is trt's last row: its nine sums at once */
    const float *c8 = trt + 8 * L;
    float b8 = v_hmax(v_max(v_add(v_load(ap), v_load(c8)), v_add(v_load(ap + 4), v_load(c8 + 4))));
    float v8 = ap[8] + c8[8];
    if (v8 > b8) b8 = v8;
    v_store(out, v_add(b0, v_load(em)));
    v_store(out + 4, v_add(b1, v_load(em + 4)));
    out[8] = b8 + em[8];
#else
    float best[L];
    for (int y = 0; y < L; y++) best[y] = ap[0] + tr[L + y];
    for (int p = 1; p < L; p++)
        for (int y = 0; y < L; y++) {
            float v = ap[p] + tr[(p + 1) * L + y];
            if (v > best[y]) best[y] = v;
        }
    for (int y = 0; y < L; y++) out[y] = best[y] + em[y];
    (void)trt;
#endif
}

/* The previous label on the best path into label y: the p of the best ap[p] +
 * tr[(p + 1) * L + y], ties to the lower p (strict > over ascending p). trt is tr's moves
 * from a label, transposed (trt[y * L + p] = tr[(p + 1) * L + y]: news_viterbi_transpose),
 * so that the nine sums are two vector additions and one more; the lowest p holding the
 * maximum is the one the scalar loop keeps. */
static int best_prev(const float *ap, const float *trt, int y) {
    const float *c = trt + y * L;
#if defined(__SSE2__)
    __m128 v0 = _mm_add_ps(_mm_loadu_ps(ap), _mm_loadu_ps(c));
    __m128 v1 = _mm_add_ps(_mm_loadu_ps(ap + 4), _mm_loadu_ps(c + 4));
    float v8 = ap[8] + c[8], best = v_hmax(_mm_max_ps(v0, v1));
    if (v8 > best) return 8;
    __m128 b = _mm_set1_ps(best);
    int at = _mm_movemask_ps(_mm_cmpeq_ps(v0, b)) | _mm_movemask_ps(_mm_cmpeq_ps(v1, b)) << 4;
    return __builtin_ctz((unsigned)at);
#else
    int arg = 0;
    float best = ap[0] + c[0];
    for (int p = 1; p < L; p++) {
        float v = ap[p] + c[p];
        if (v > best) best = v, arg = p;
    }
    return arg;
#endif
}

/* The backward pass's step: for every label p, the best tr[(p + 1) * L + q] + nb[q] over
 * the next labels q, i.e. trt[q * L + p] + nb[q]: the forward step's shape over the
 * transposed table, nine lanes at once. A masked move is -1e30 and never the maximum. */
static void backward_step(const float *nb, const float *tr, const float *trt, float *out) {
#if NEWS_VEC
    V4 a = v_set1(nb[0]);
    V4 b0 = v_add(v_load(trt), a), b1 = v_add(v_load(trt + 4), a);
    for (int q = 1; q < L; q++) {
        const float *tq = trt + q * L;
        a = v_set1(nb[q]);
        b0 = v_max(b0, v_add(v_load(tq), a));
        b1 = v_max(b1, v_add(v_load(tq + 4), a));
    }
    /* the ninth label's moves are tr's last row: its nine sums at once */
    const float *r8 = tr + 9 * L;
    float b8 = v_hmax(v_max(v_add(v_load(r8), v_load(nb)), v_add(v_load(r8 + 4), v_load(nb + 4))));
    float v8 = r8[8] + nb[8];
    if (v8 > b8) b8 = v8;
    v_store(out, b0);
    v_store(out + 4, b1);
    out[8] = b8;
#else
    for (int p = 0; p < L; p++) {
        float best = trt[p] + nb[0];
        for (int q = 1; q < L; q++) {
            float v = trt[q * L + p] + nb[q];
            if (v > best) best = v;
        }
        out[p] = best;
    }
    (void)tr;
#endif
}

void news_viterbi_transpose(const float *tr, float *trt) {
    for (int p = 0; p < L; p++)
        for (int y = 0; y < L; y++) trt[y * L + p] = tr[(p + 1) * L + y];
}

/* news_viterbi with the transposed table at hand (the tagger keeps one per model). */
static void viterbi(const float *em,
                    const float *tr,
                    const float *trt,
                    size_t n,
                    int start_prev,
                    int end_o,
                    uint8_t *out,
                    float *margin,
                    float *work) {
    if (n == 0) return;
    float *alpha = work, *beta = work + n * L;
    const float *t0 = tr + (start_prev + 1) * L;
    for (int y = 0; y < L; y++) alpha[y] = t0[y] + em[y];
    for (size_t i = 1; i < n; i++)
        forward_step(alpha + (i - 1) * L, tr, trt, em + i * L, alpha + i * L);
    /* the way out: into an O (the moves into O are trt's first row), or the sentence end
     * (no score) */
    float *endv = beta + (n - 1) * L;
    if (end_o)
        for (int y = 0; y < L; y++) endv[y] = trt[NEWS_LABEL_O * L + y];
    else
        for (int y = 0; y < L; y++) endv[y] = 0;
    const float *an = alpha + (n - 1) * L;
    int y = 0;
    float best = an[0] + endv[0];
    for (int k = 1; k < L; k++) {
        float v = an[k] + endv[k];
        if (v > best) best = v, y = k;
    }
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)y;
        if (i) y = best_prev(alpha + (i - 1) * L, trt, y);
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
#if NEWS_VEC
        v_store(nb, v_add(v_load(en), v_load(bn)));
        v_store(nb + 4, v_add(v_load(en + 4), v_load(bn + 4)));
        nb[8] = en[8] + bn[8];
#else
        for (int q = 0; q < L; q++) nb[q] = en[q] + bn[q];
#endif
        backward_step(nb, tr, trt, beta + i * L);
    }
    for (size_t i = 0; i < n; i++) {
        const float *ai = alpha + i * L, *bi = beta + i * L;
        float sum[L];
#if NEWS_VEC /* the best of the other labels: their maximum with NEG in the label's lane */
        v_store(sum, v_add(v_load(ai), v_load(bi)));
        v_store(sum + 4, v_add(v_load(ai + 4), v_load(bi + 4)));
        sum[8] = ai[8] + bi[8];
        float own = sum[out[i]];
        sum[out[i]] = NEG;
        float other = v_hmax(v_max(v_load(sum), v_load(sum + 4)));
        if (sum[8] > other) other = sum[8];
#else
        for (int k = 0; k < L; k++) sum[k] = ai[k] + bi[k];
        float own = sum[out[i]], other = NEG;
        sum[out[i]] = NEG;
        for (int k = 0; k < L; k++)
            if (sum[k] > other) other = sum[k];
#endif
        margin[i] = own - other;
    }
}

void news_viterbi(const float *em,
                  const float *tr,
                  size_t n,
                  int start_prev,
                  int end_o,
                  uint8_t *out,
                  float *margin,
                  float *work,
                  int32_t *back) {
    (void)back; /* back pointers are recomputed on the way back (best_prev) */
    float trt[L * L];
    news_viterbi_transpose(tr, trt);
    viterbi(em, tr, trt, n, start_prev, end_o, out, margin, work);
}

void news_tagger_free(NewsWork *w, NewsTagger *tg) {
    news_features_free(w, &tg->feat);
    news_work_release(w, tg->labels);
    news_work_release(w, tg->margin);
    news_work_release(w, tg->em);
    news_work_release(w, tg->work);
    news_work_release(w, tg->back);
    news_work_release(w, tg->agg);
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
 * vectoriser (-O2) turns the 8 into two vector adds: these sums are the tagger's inner loop
 * (add_feats does the same for the table's 16-bit rows). */
_Static_assert(L == 9, "add_row32 and add_feats assume 9 labels");
static inline void add_row32(int32_t *sum, const int32_t *row) {
    for (int y = 0; y < 8; y++) sum[y] += row[y];
    sum[8] += row[8];
}

/* Adds the weights of features f[0..nf) to sum[]. The keys are half a megabyte and the
 * lookups are independent: touching every first slot before reading any lets the cache
 * misses overlap instead of queueing one after another. */
static void add_feats(const NewsModel *m, const uint64_t *f, size_t nf, int32_t *sum) {
    const uint32_t *keys = m->feat_keys;
    if (!keys) return;
    const uint16_t *row = m->feat_row;
    const NewsFeatW *fw = m->feat_w;
    const uint32_t mask = m->feat_mask;
#if defined(__GNUC__) || defined(__clang__)
    { /* four a step: the loop's count and branch were a third of its instructions */
        size_t k = 0;
        for (; k + 4 <= nf; k += 4) {
            __builtin_prefetch(&keys[(uint32_t)f[k] & mask]);
            __builtin_prefetch(&keys[(uint32_t)f[k + 1] & mask]);
            __builtin_prefetch(&keys[(uint32_t)f[k + 2] & mask]);
            __builtin_prefetch(&keys[(uint32_t)f[k + 3] & mask]);
        }
        for (; k < nf; k++) __builtin_prefetch(&keys[(uint32_t)f[k] & mask]);
    }
#endif
    /* The sums stay in registers over the features (stores to sum[] could alias the
     * table, so the compiler would reload and store them at every hit), and probes step a
     * slot index, which finds the row's index beside the key. Integer sums: any order of
     * adding gives the same. */
#if defined(__SSE2__)
    __m128i s0 = _mm_loadu_si128((const __m128i *)sum);
    __m128i s1 = _mm_loadu_si128((const __m128i *)(sum + 4));
#else
    int32_t acc[8];
    memcpy(acc, sum, sizeof acc);
#endif
    int32_t s8 = sum[8];
#if defined(__SSE2__)
#define ADD_ROW(w)                                                                      \
    do {                                                                                \
        __m128i x = _mm_loadu_si128((const __m128i *)(w)); /* w[0..7], sign-extended */ \
        s0 = _mm_add_epi32(s0, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));           \
        s1 = _mm_add_epi32(s1, _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16));           \
        s8 += (w)[8];                                                                   \
    } while (0)
#else
#define ADD_ROW(w)                                       \
    do {                                                 \
        for (int y = 0; y < 8; y++) acc[y] += (w)[y];    \
        s8 += (w)[8];                                    \
    } while (0)
#endif
    /* news_feat_weights, with the table's fields in registers. When the last slot is empty
     * (this model's is), no probe runs past it, so the probes need no test for the end. */
    if (!keys[mask]) {
        for (size_t k = 0; k < nf; k++) {
            uint32_t key = news_hash_key(f[k]);
            for (uint32_t i = (uint32_t)f[k] & mask; keys[i]; i++)
                if (keys[i] == key) {
                    ADD_ROW(fw[row[i]]);
                    break;
                }
        }
    } else {
        for (size_t k = 0; k < nf; k++) {
            uint32_t key = news_hash_key(f[k]);
            for (uint32_t i = (uint32_t)f[k] & mask, rk; (rk = keys[i]) != 0;
                 i = (i + 1) & mask)
                if (rk == key) {
                    ADD_ROW(fw[row[i]]);
                    break;
                }
        }
    }
#undef ADD_ROW
#if defined(__SSE2__)
    _mm_storeu_si128((__m128i *)sum, s0);
    _mm_storeu_si128((__m128i *)(sum + 4), s1);
#else
    memcpy(sum, acc, sizeof acc);
#endif
    sum[8] = s8;
}

/* Where row `row` of form entry e's sums is to be summed on first use: into the form's
 * block (handed out now if it has none; news_tagger_window reserved one for each entry),
 * marked as filled, when the form is seen twice (kept for the next use, model.h) or the
 * window is small; else into tmp (a form seen once is asked for each row once at most). */
static int32_t *sums_row(NewsFeatScratch *s, uint32_t e, int row, int32_t *tmp) {
    NewsForm *f = &s->form[e];
    if (f->seen < s->sums_seen) return tmp;
    if (!f->sums) {
        s->sums_owner[s->n_sums] = e;
        f->sums = (uint32_t)++s->n_sums;
    }
    f->scored |= (uint8_t)(1u << row);
    return s->sc[f->sums - 1][row];
}

/* The weight sums of token j's form (entry e) at offset d, on their first use (sums_row
 * says where they go). */
static const int32_t *form_sums_fill(const NewsModel *m,
                                     const NewsWork *w,
                                     NewsFeatScratch *s,
                                     size_t j,
                                     uint32_t e,
                                     int d,
                                     int32_t *tmp) {
    uint64_t feats[NEWS_MAX_FEATS];
    const NewsToken *t = &w->tok.v[j];
    int32_t *sc = sums_row(s, e, d + 2, tmp);
    size_t nf = news_features_static(&s->form[e], w->text + t->byte_start, t->byte_len, d,
                                     feats);
    memset(sc, 0, sizeof s->sc[0][0]);
    add_feats(m, feats, nf, sc);
    return sc;
}

/* The weight sums of token j's form at offset d (summed on first use): in line, since the
 * tagger asks five times per candidate token and nearly always finds them. */
static inline const int32_t *form_sums(const NewsModel *m,
                                       const NewsWork *w,
                                       NewsFeatScratch *s,
                                       size_t j,
                                       int d,
                                       int32_t *tmp) {
    uint32_t e = s->info[j].form;
    const NewsForm *f = &s->form[e];
    if (f->scored & (1u << (d + 2))) return s->sc[f->sums - 1][d + 2];
    return form_sums_fill(m, w, s, j, e, d, tmp);
}

/* The weight sums of form entry e's plain-position context features (first use sums them,
 * where sums_row says). */
static inline const int32_t *plain_sums(const NewsModel *m,
                                        NewsFeatScratch *s,
                                        uint32_t e,
                                        int32_t *tmp) {
    const NewsForm *f = &s->form[e];
    if (f->scored & (1u << NEWS_SUMS_PLAIN)) return s->sc[f->sums - 1][NEWS_SUMS_PLAIN];
    uint64_t feats[NEWS_PLAIN_FEATS];
    int32_t *sc = sums_row(s, e, NEWS_SUMS_PLAIN, tmp);
    memset(sc, 0, sizeof s->sc[0][0]);
    add_feats(m, feats, news_features_plain(f, feats), sc);
    return sc;
}

/* The sums token i's neighbour at offset d (not 0) adds: its form's at that offset, or the
 * sentence edge's when the neighbour is past the sentence (or the window). */
static inline const int32_t *neighbour_sums(const NewsModel *m,
                                            const NewsWork *w,
                                            NewsFeatScratch *s,
                                            size_t i,
                                            int d,
                                            uint32_t sent,
                                            const int32_t (*edge)[L],
                                            int32_t *tmp) {
    int64_t j = (int64_t)i + d;
    if (j >= 0 && (size_t)j < w->tok.n && w->tok.v[j].sentence == sent)
        return form_sums(m, w, s, (size_t)j, d, tmp);
    return edge[d + 2];
}

/* Aggregation features (features.c): a candidate takes the words around the first four
 * other occurrences on its word's chain (NewsTokInfo.first_same), and those of one
 * occurrence are the same whichever token asks. So a chain of four members or more sums
 * them once: every member from the fifth on takes the sums of the first four (s4), each of
 * the first four those of the first five less its own (s5, less two look-ups), where each
 * member looked up eight (-25 M of 660 M on 2 MB of BBC news as one document, where names
 * recur). The sums are integers: any order of adding gives the same. A shorter chain is
 * summed where used, as is any past AGG_MAX_CHAINS in a window (a bound on the table:
 * 320 KB). */
#define AGG_CHAIN 5         /* members of a chain whose sums any member needs */
#define AGG_MAX_CHAINS 2048 /* chains with kept sums per window */
typedef struct NewsAggSlot {
    uint64_t key;    /* agg_stamp << 32 | the chain's first_same; 0 = empty */
    int32_t s4[L];   /* the first four members' aggregation weights */
    int32_t s5[L];   /* the same and the fifth's (s4 when there is none) */
} NewsAggSlot;

/* The slot of chain `head` in this window, or NULL when the table is at its bound (or
 * could not grow): *fresh says it was empty. Slots of earlier windows count as empty
 * (a key of this window never lies past one on its probe path: nothing is deleted). */
static NewsAggSlot *agg_slot(NewsWork *w, NewsTagger *tg, uint32_t head, int *fresh) {
    if (2 * (tg->agg_used + 1) > tg->agg_cap) {
        if (tg->agg_used >= AGG_MAX_CHAINS) return 0;
        size_t nc = tg->agg_cap ? 2 * tg->agg_cap : 64;
        NewsAggSlot *ns = w->realloc_fn(0, nc * sizeof *ns);
        if (!ns) return 0; /* summed where used instead: the same sums */
        memset(ns, 0, nc * sizeof *ns);
        for (size_t k = 0; k < tg->agg_cap; k++) {
            uint64_t key = tg->agg[k].key;
            if ((uint32_t)(key >> 32) != tg->agg_stamp) continue;
            size_t j = (size_t)(((uint32_t)key * 0x9E3779B97F4A7C15ull) >> 32) & (nc - 1);
            while (ns[j].key) j = (j + 1) & (nc - 1);
            ns[j] = tg->agg[k];
        }
        news_work_release(w, tg->agg);
        tg->agg = ns;
        tg->agg_cap = nc;
    }
    uint64_t key = (uint64_t)tg->agg_stamp << 32 | head;
    size_t mask = tg->agg_cap - 1;
    size_t j = (size_t)((head * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    for (;; j = (j + 1) & mask) {
        NewsAggSlot *a = &tg->agg[j];
        if (a->key == key) {
            *fresh = 0;
            return a;
        }
        if ((uint32_t)(a->key >> 32) != tg->agg_stamp) { /* empty, or an earlier window's */
            a->key = key;
            tg->agg_used++;
            *fresh = 1;
            return a;
        }
    }
}

/* Adds token i's aggregation weights to sum[] (the same as news_features_context's
 * aggregation features would add). */
static void agg_add(const NewsModel *m, NewsWork *w, NewsTagger *tg, size_t i, int32_t *sum) {
    const NewsFeatScratch *s = &tg->feat;
    uint32_t head = s->info[i].first_same;
    if (!head) return;
    size_t c[AGG_CHAIN], n = 0, p = AGG_CHAIN; /* the first members; p: i's place among them */
    for (uint32_t o = head; o && n < AGG_CHAIN; o = s->info[o - 1].next_same) {
        if (o - 1 == i) p = n;
        c[n++] = o - 1;
    }
    uint64_t feats[2 * (AGG_CHAIN - 1)];
    int fresh = 0;
    NewsAggSlot *a = n >= 4 ? agg_slot(w, tg, head, &fresh) : 0;
    if (!a) { /* the first four members other than i, summed here */
        size_t nf = 0;
        for (size_t k = 0, others = 0; k < n && others < 4; k++)
            if (k != p) nf += news_features_agg(w, s, c[k], feats + nf), others++;
        add_feats(m, feats, nf, sum);
        return;
    }
    if (fresh) {
        size_t nf = 0;
        for (size_t k = 0; k < 4; k++) nf += news_features_agg(w, s, c[k], feats + nf);
        memset(a->s4, 0, sizeof a->s4);
        add_feats(m, feats, nf, a->s4);
        memcpy(a->s5, a->s4, sizeof a->s5);
        if (n == AGG_CHAIN) add_feats(m, feats, news_features_agg(w, s, c[4], feats), a->s5);
    }
    if (p >= 4) { /* the fifth member or one past it: the first four */
        add_row32(sum, a->s4);
        return;
    }
    int32_t own[L] = {0};
    add_feats(m, feats, news_features_agg(w, s, c[p], feats), own);
    for (int y = 0; y < L; y++) sum[y] += a->s5[y] - own[y];
}

int news_tagger_window(const NewsModel *m, NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    int rc = reserve(w, tg, n + 1);
    if (rc) return rc;
    NewsFeatScratch *s = &tg->feat;
    rc = news_features_prepare(m, w, s);
    if (rc) return rc;
    /* room for a block per entry (form_sums_fill hands them out; only the pages of those it
     * hands out are touched) */
    rc = news_work_reserve(w, (void **)&s->sc, &s->sc_cap, s->n_form + 1, sizeof *s->sc);
    if (rc) return rc;
    rc = news_work_reserve(w, (void **)&s->sums_owner, &s->owner_cap, s->n_form + 1,
                           sizeof *s->sums_owner);
    if (rc) return rc;
    if (tg->fixed_by != m) {
        float raw[(L + 1) * L];
        for (int k = 0; k < (L + 1) * L; k++) raw[k] = m->trans_w ? m->trans_w[k] * m->scale : 0;
        news_viterbi_mask(raw, tg->tr);
        news_viterbi_transpose(tg->tr, tg->trt);
        for (int d = -2; d <= 2; d++) {
            uint64_t feats[4];
            memset(tg->edge[d + 2], 0, sizeof tg->edge[d + 2]);
            if (d) add_feats(m, feats, news_features_edge(d, feats), tg->edge[d + 2]);
        }
        tg->fixed_by = m;
    }
    if (++tg->agg_stamp == 0) { /* the stamp wrapped: no slot may hold the new one */
        if (tg->agg) memset(tg->agg, 0, tg->agg_cap * sizeof *tg->agg);
        tg->agg_stamp = 1;
    }
    tg->agg_used = 0;
    const float *tr = tg->tr;
    const float scale = m->scale; /* in a register: em[] might alias it */
    const int32_t(*edge)[L] = (const int32_t(*)[L])tg->edge;
    memset(tg->labels, NEWS_LABEL_O, n);
    for (size_t i = 0; i < n; i++) tg->margin[i] = 0;
    uint64_t feats[NEWS_MAX_FEATS];
    for (size_t a = s->next_cand[0]; a < n; a = s->next_cand[a]) { /* runs of candidates */
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
                const NewsForm *f = &s->form[s->info[i].form];
                if (!f->sums) continue;
                const char *sc = (const char *)s->sc[f->sums - 1]; /* 216 bytes: five lines */
                for (size_t b = 0; b < sizeof *s->sc; b += 64) __builtin_prefetch(sc + b);
                __builtin_prefetch(sc + sizeof *s->sc - 1);
            }
#endif
            for (size_t i = c; i < e; i++) {
                int32_t sum[L], tmp[L];
                memcpy(sum, form_sums(m, w, s, i, 0, tmp), sizeof sum);
                /* the neighbours' sums, one call per offset: d is a constant in each */
                add_row32(sum, neighbour_sums(m, w, s, i, -2, sent, edge, tmp));
                add_row32(sum, neighbour_sums(m, w, s, i, -1, sent, edge, tmp));
                add_row32(sum, neighbour_sums(m, w, s, i, 1, sent, edge, tmp));
                add_row32(sum, neighbour_sums(m, w, s, i, 2, sent, edge, tmp));
                /* a token in a plain position (most) takes its form's cached sums for the
                 * context features of the form alone */
                const NewsTokInfo *ti = &s->info[i];
                if (!ti->first_word && !ti->headline) {
                    add_row32(sum, plain_sums(m, s, ti->form, tmp));
                    size_t nf = news_features_context_tagged(w, s, i, 1, feats);
                    add_feats(m, feats + NEWS_PLAIN_FEATS, nf - NEWS_PLAIN_FEATS, sum);
                } else {
                    add_feats(m, feats, news_features_context_tagged(w, s, i, 0, feats), sum);
                }
                agg_add(m, w, tg, i, sum);
                float *em = tg->em + (i - c) * L;
#if defined(__SSE2__) /* the same conversion and product per lane as the loop */
                __m128 sc4 = _mm_set1_ps(scale);
                __m128i s0 = _mm_loadu_si128((const __m128i *)sum);
                __m128i s1 = _mm_loadu_si128((const __m128i *)(sum + 4));
                _mm_storeu_ps(em, _mm_mul_ps(_mm_cvtepi32_ps(s0), sc4));
                _mm_storeu_ps(em + 4, _mm_mul_ps(_mm_cvtepi32_ps(s1), sc4));
                em[8] = (float)sum[8] * scale;
#else
                for (int y = 0; y < L; y++) em[y] = (float)sum[y] * scale;
#endif
            }
            int start_prev =
                c == a && a > 0 && w->tok.v[a - 1].sentence == sent ? NEWS_LABEL_O : -1;
            int end_o = e == b && b < n && w->tok.v[b].sentence == sent;
            viterbi(tg->em, tr, tg->trt, e - c, start_prev, end_o, tg->labels + c,
                    tg->margin + c, tg->work);
        }
        a = b;
    }
    return NEWS_OK;
}
