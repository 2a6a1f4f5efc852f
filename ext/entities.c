/* entities.c: finds entity mentions in the current window and appends them to w->ment:
 * tagger.c labels the tokens (BIO over PER/ORG/LOC/MISC), and each maximal B-X I-X... run
 * becomes a mention of type X. Its score comes from the tagger's margin: the smallest
 * max-marginal margin over the mention's tokens, mapped through a logistic curve fitted on
 * CoNLL dev by the trainer, so that it reads as "how often a mention this sure is right"
 * and users can filter on it.
 *
 * Document consistency: a one-word mention that repeats the last word of an earlier
 * two-or-more-word PER mention ("Kuleba" after "Dmytro Kuleba") takes the type PER, since
 * news refers to people by surname; resolve.c then links it to the full name. Other types
 * are left as the tagger said ("Washington" the place after "George Washington").
 *
 * The tagger's scratch lives in NewsWork.tagger_state; news_entities_free releases it. */
#include <math.h>
#include <string.h>

#include "model.h"
#include "news.h"

int news_entities_doc_begin(const NewsModel *m, NewsWork *w) {
    (void)m;
    if (!w->tagger_state) {
        NewsTagger *tg = news_work_alloc(w, sizeof *tg);
        if (!tg) return NEWS_NOMEM;
        memset(tg, 0, sizeof *tg);
        w->tagger_state = tg;
    }
    return NEWS_OK;
}

void news_entities_free(NewsWork *w) {
    NewsTagger *tg = w->tagger_state;
    if (!tg) return;
    news_tagger_free(w, tg);
    news_work_release(w, tg);
    w->tagger_state = 0;
}

static int same_word(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    return na == nb && memcmp(a, b, na) == 0;
}

/* Last word of a mention: bytes after its last space. */
static void last_word(const NewsWork *w, const NewsMention *me, size_t *b, size_t *n) {
    const uint8_t *z = w->text + me->byte_start;
    size_t k = me->byte_len;
    while (k > 0 && z[k - 1] != ' ') k--;
    *b = me->byte_start + k;
    *n = me->byte_len - k;
}

/* "Kuleba" after "Dmytro Kuleba": the surname of a person named earlier is that person. */
static void make_consistent(NewsWork *w, size_t first_new) {
    for (size_t i = first_new; i < w->ment.n; i++) {
        NewsMention *me = &w->ment.v[i];
        if (me->type == NEWS_PER || me->tok_end - me->tok_first != 1) continue;
        const uint8_t *z = w->text + me->byte_start;
        for (size_t j = i; j-- > 0;) {
            const NewsMention *e = &w->ment.v[j];
            if (e->type != NEWS_PER || e->byte_len <= me->byte_len) continue;
            size_t b, n;
            last_word(w, e, &b, &n);
            if (b == e->byte_start) continue; /* one word */
            if (same_word(w->text + b, n, z, me->byte_len)) {
                me->type = NEWS_PER;
                break;
            }
        }
    }
}

int news_entities_window(const NewsModel *m, NewsWork *w) {
    int rc = news_entities_doc_begin(m, w);
    if (rc) return rc;
    NewsTagger *tg = w->tagger_state;
    rc = news_tagger_window(m, w, tg);
    if (rc) return rc;
    size_t n = w->tok.n, first_new = w->ment.n;
    float a = m->score_a > 0 ? m->score_a : 1.0f, b = m->score_b;
    for (size_t i = 0; i < n;) {
        unsigned y = tg->labels[i];
        if (y == NEWS_LABEL_O) {
            i++;
            continue;
        }
        unsigned type = NEWS_LABEL_TYPE(y);
        size_t j = i + 1;
        while (j < n && tg->labels[j] == NEWS_LABEL_I(type) &&
               w->tok.v[j].sentence == w->tok.v[i].sentence)
            j++;
        float margin = tg->margin[i];
        for (size_t k = i + 1; k < j; k++)
            if (tg->margin[k] < margin) margin = tg->margin[k];
        if (w->ment.n == w->ment.cap) {
            rc = NEWS_RESERVE(w, w->ment, w->ment.n + 1);
            if (rc) return rc;
        }
        const NewsToken *t = &w->tok.v[i], *last = &w->tok.v[j - 1];
        NewsMention *me = &w->ment.v[w->ment.n];
        memset(me, 0, sizeof *me);
        me->byte_start = t->byte_start;
        me->byte_len = (uint32_t)(last->byte_start + last->byte_len - t->byte_start);
        me->char_start = t->char_start;
        me->char_len = (uint32_t)(last->char_start + last->char_len - t->char_start);
        me->sentence = t->sentence;
        me->tok_first = (uint32_t)i;
        me->tok_end = (uint32_t)j;
        me->canon = (int32_t)w->ment.n;
        float sc = 1.0f / (1.0f + expf(-(a * margin + b)));
        if (!(sc > 0.0f)) sc = 1e-6f; /* (0, 1]: never 0, never NaN */
        if (sc > 1.0f) sc = 1.0f;
        me->score = sc;
        me->type = (uint8_t)type;
        w->ment.n++;
        i = j;
    }
    make_consistent(w, first_new);
    return NEWS_OK;
}
