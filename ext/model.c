/* model.c: checks that the compiled-in model has the format this code reads, and that its
 * tables are consistent (power-of-two sizes, label count, packed: model.h). Nothing is
 * parsed or allocated: the tables are static const data in build/model_packed.c. */
#include "model.h"

int news_model_check(const NewsModel *m) {
    if (!m || m->format != NEWS_MODEL_FORMAT || m->n_labels != NEWS_N_LABELS) return NEWS_TOOBIG;
    if (((uint64_t)m->feat_mask + 1) & m->feat_mask) return NEWS_TOOBIG;
    if (((uint64_t)m->lex_mask + 1) & m->lex_mask) return NEWS_TOOBIG;
    if (m->feat_keys && (!m->feat_row || !m->feat_w || !m->trans_w)) return NEWS_TOOBIG;
    if (m->lex_rank && (!m->lex || m->lex_mask < 31)) return NEWS_TOOBIG;
    if ((m->feat && !m->feat_keys) || (m->lex_keys && !m->lex_rank)) return NEWS_TOOBIG;
    return NEWS_OK;
}
