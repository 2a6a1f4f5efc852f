/* model.c: checks that the compiled-in model has the format this code reads. Nothing is
 * parsed or allocated: the tables are static const data in model_data.c. */
#include "model.h"

int news_model_check(const NewsModel *m) {
    return m && m->format == NEWS_MODEL_FORMAT ? NEWS_OK : NEWS_TOOBIG;
}
