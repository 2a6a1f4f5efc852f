/* model.c: checks that the compiled-in model has the format this code reads, and that its
 * tables are consistent (power-of-two sizes, label count). Nothing is parsed or allocated:
 * the tables are static const data in model_data.c. */
#include "model.h"

int news_model_check(const NewsModel *m) {
    if (!m || m->format != NEWS_MODEL_FORMAT || m->n_labels != NEWS_N_LABELS) return NEWS_TOOBIG;
    if (((uint64_t)m->feat_mask + 1) & m->feat_mask) return NEWS_TOOBIG;
    if (((uint64_t)m->lex_mask + 1) & m->lex_mask) return NEWS_TOOBIG;
    if (m->feat && !m->trans_w) return NEWS_TOOBIG;
    if (m->lex_keys && (!m->lex_a || !m->lex_b)) return NEWS_TOOBIG;
    return NEWS_OK;
}
