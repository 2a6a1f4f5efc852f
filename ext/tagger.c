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

void news_viterbi(const float *em, const float *tr, size_t n, uint8_t *out, float *margin,
                  float *work, int32_t *back) {
    if (n == 0) return;
    float *alpha = work, *beta = work + n * L;
    for (int y = 0; y < L; y++) {
        alpha[y] = allowed(-1, y) ? tr[y] + em[y] : NEG;
        back[y] = -1;
    }
    for (size_t i = 1; i < n; i++) {
        const float *ap = alpha + (i - 1) * L;
        for (int y = 0; y < L; y++) {
            float best = NEG;
            int arg = 0;
            for (int p = 0; p < L; p++) {
                if (!allowed(p, y)) continue;
                float v = ap[p] + tr[(p + 1) * L + y];
                if (v > best) best = v, arg = p;
            }
            alpha[i * L + y] = best + em[i * L + y];
            back[i * L + y] = arg;
        }
    }
    const float *an = alpha + (n - 1) * L;
    int y = 0;
    for (int k = 1; k < L; k++)
        if (an[k] > an[y]) y = k;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)y;
        if (i) y = back[i * L + y];
    }
    if (!margin) return;
    for (int k = 0; k < L; k++) beta[(n - 1) * L + k] = 0;
    for (size_t i = n - 1; i-- > 0;) {
        for (int p = 0; p < L; p++) {
            float best = NEG;
            for (int q = 0; q < L; q++) {
                if (!allowed(p, q)) continue;
                float v = tr[(p + 1) * L + q] + em[(i + 1) * L + q] + beta[(i + 1) * L + q];
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
    if (n <= tg->cap) return NEWS_OK;
    size_t cap = tg->cap ? tg->cap : 256;
    while (cap < n) cap *= 2;
    if (cap > SIZE_MAX / (2 * L * sizeof(float))) return NEWS_TOOBIG;
    void *a = w->realloc_fn(tg->labels, cap);
    if (!a) return NEWS_NOMEM;
    tg->labels = a;
    if (!(a = w->realloc_fn(tg->margin, cap * sizeof(float)))) return NEWS_NOMEM;
    tg->margin = a;
    if (!(a = w->realloc_fn(tg->em, cap * L * sizeof(float)))) return NEWS_NOMEM;
    tg->em = a;
    if (!(a = w->realloc_fn(tg->work, 2 * cap * L * sizeof(float)))) return NEWS_NOMEM;
    tg->work = a;
    if (!(a = w->realloc_fn(tg->back, cap * L * sizeof(int32_t)))) return NEWS_NOMEM;
    tg->back = a;
    tg->cap = cap;
    return NEWS_OK;
}

int news_tagger_window(const NewsModel *m, NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    int rc = reserve(w, tg, n + 1);
    if (rc) return rc;
    rc = news_features_prepare(m, w, &tg->feat);
    if (rc) return rc;
    float tr[(L + 1) * L];
    for (int k = 0; k < (L + 1) * L; k++) tr[k] = m->trans_w ? m->trans_w[k] * m->scale : 0;
    uint64_t feats[NEWS_MAX_FEATS];
    for (size_t i = 0; i < n; i++) {
        size_t nf = news_features_token(w, &tg->feat, i, feats);
        int32_t sum[L] = {0};
        for (size_t f = 0; f < nf; f++) {
            int64_t slot = news_table_find(m->feat_keys, m->feat_mask, feats[f]);
            if (slot < 0) continue;
            const int16_t *row = m->feat_w + (size_t)slot * L;
            for (int y = 0; y < L; y++) sum[y] += row[y];
        }
        for (int y = 0; y < L; y++) tg->em[i * L + y] = (float)sum[y] * m->scale;
    }
    for (size_t a = 0; a < n;) {
        size_t b = a;
        while (b < n && w->tok.v[b].sentence == w->tok.v[a].sentence) b++;
        news_viterbi(tg->em + a * L, tr, b - a, tg->labels + a, tg->margin + a, tg->work,
                     tg->back);
        a = b;
    }
    return NEWS_OK;
}
