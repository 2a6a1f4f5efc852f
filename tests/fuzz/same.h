/* same.h: do two workspaces hold the same rows? Compares what SQL shows (spans, types,
 * canonical names, speakers, scores), field by field so padding never matters. Used to
 * check that results depend on the input alone: not on what a reused workspace saw before,
 * not on the thread, not on an earlier out-of-memory failure. */
#ifndef NEWS_TESTS_SAME_H
#define NEWS_TESTS_SAME_H

#include "../../ext/news.h"

static inline int news_same_span(const NewsSpan *a, const NewsSpan *b) {
    return a->byte_start == b->byte_start && a->byte_len == b->byte_len &&
           a->char_start == b->char_start && a->char_len == b->char_len;
}

/* NULL when a and b hold the same rows, else which rows differ. */
static inline const char *news_same_results(const NewsWork *a, const NewsWork *b) {
    /* sentences kept for different ranges (one was asked for NEWS_SENTENCES, which keeps
     * them all, the other not, which keeps the last window's) are not compared */
    size_t n_sent = a->sent_first == b->sent_first ? a->sent.n : 0;
    if (n_sent && a->sent.n != b->sent.n) return "sentence count differs";
    for (size_t i = 0; i < n_sent; i++) {
        const NewsSentence *x = &a->sent.v[i], *y = &b->sent.v[i];
        if (x->byte_start != y->byte_start || x->byte_len != y->byte_len ||
            x->char_start != y->char_start || x->char_len != y->char_len)
            return "sentences differ";
    }
    if (a->ment.n != b->ment.n) return "mention count differs";
    for (size_t i = 0; i < a->ment.n; i++) {
        const NewsMention *x = &a->ment.v[i], *y = &b->ment.v[i];
        if (x->byte_start != y->byte_start || x->byte_len != y->byte_len ||
            x->char_start != y->char_start || x->char_len != y->char_len ||
            x->sentence != y->sentence || news_ment_canon(a, i) != news_ment_canon(b, i) ||
            x->score != y->score ||
            x->type != y->type)
            return "mentions differ";
    }
    if (a->quote.n != b->quote.n) return "quote count differs";
    for (size_t i = 0; i < a->quote.n; i++) {
        const NewsQuote *x = &a->quote.v[i], *y = &b->quote.v[i];
        if (!news_same_span(&x->quote, &y->quote) || x->kind != y->kind ||
            x->sentence != y->sentence || x->score != y->score ||
            x->speaker_entity != y->speaker_entity)
            return "quotes differ";
        if (x->speaker.byte_len != y->speaker.byte_len ||
            (x->speaker.byte_len && !news_same_span(&x->speaker, &y->speaker)))
            return "quote speakers differ";
        if (x->cue.byte_len != y->cue.byte_len ||
            (x->cue.byte_len && x->cue.byte_start != y->cue.byte_start))
            return "quote cues differ";
    }
    return 0;
}

#endif
