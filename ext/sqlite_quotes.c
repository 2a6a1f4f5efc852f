/* sqlite_quotes.c: news_quotes(text), one row per quotation (or quoted segment), ordered by
 * start.
 *
 *     SELECT speaker, kind, quote, cue
 *       FROM news_quotes('"We will not give up," Foreign Minister Dmytro Kuleba said.');
 *     SELECT q.speaker, q.quote FROM articles AS a, news_quotes(a.body) AS q
 *      WHERE q.kind = 'direct';
 *
 * Columns: quote, kind, speaker (the canonical name of the speaking entity, the same string
 * news_entities.entity gives, or NULL), speaker_mention/speaker_start/speaker_length (the
 * attributing words as written, NULL when there are none), cue (NULL when none), start,
 * length, sentence, score, and the hidden `text`. Eponymous only; NULL gives no rows;
 * positions are 1-based characters as substr() counts them. Finding quotes and speakers is
 * quotes.c's and resolve.c's job; this file only turns w->quote into rows. */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "sqlite_binding.h"

#define QUO_SCHEMA                                                                          \
    "CREATE TABLE x(quote, kind, speaker, speaker_mention, speaker_start, speaker_length, " \
    "cue, start, length, sentence, score, text HIDDEN)"
enum {
    QUO_COL_QUOTE,
    QUO_COL_KIND,
    QUO_COL_SPEAKER,
    QUO_COL_SPEAKER_MENTION,
    QUO_COL_SPEAKER_START,
    QUO_COL_SPEAKER_LENGTH,
    QUO_COL_CUE,
    QUO_COL_START,
    QUO_COL_LENGTH,
    QUO_COL_SENTENCE,
    QUO_COL_SCORE,
    QUO_COL_TEXT,
    QUO_N_COLS
};
_Static_assert(QUO_COL_TEXT == QUO_N_COLS - 1, "xBestIndex assumes HIDDEN args are last");

static size_t quo_rows(const NewsWork *w) { return w->quote.n; }
static const NewsVtabKind quo_kind = {QUO_SCHEMA, "news_quotes", QUO_COL_TEXT,
                                       NEWS_QUOTES, quo_rows};

static int quo_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err) {
    (void)argc;
    (void)argv;
    return news_vtab_connect(db, aux, &quo_kind, out, err);
}

static int quo_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int col) {
    const NewsCursor *cur = (const NewsCursor *)base;
    const NewsWork *w = &cur->work;
    const NewsQuote *q = &w->quote.v[cur->row];
    int has_speaker = q->speaker.byte_len > 0;
    switch (col) {
    case QUO_COL_QUOTE:
        news_result_slice(ctx, w, q->quote.byte_start, q->quote.byte_len);
        break;
    case QUO_COL_KIND:
        sqlite3_result_text(ctx, news_quote_kind_name(q->kind), -1, SQLITE_STATIC);
        break;
    case QUO_COL_SPEAKER:
        /* the canonical name of the speaking entity: the same string news_entities.entity
         * gives for it, so the two tables join on it */
        if (q->speaker_entity < 0 || (size_t)q->speaker_entity >= w->ment.n) {
            sqlite3_result_null(ctx);
        } else {
            const NewsMention *m = &w->ment.v[q->speaker_entity];
            int32_t k = news_ment_canon(w, (size_t)q->speaker_entity);
            if (k >= 0 && (size_t)k < w->ment.n) m = &w->ment.v[k];
            news_result_slice(ctx, w, m->byte_start, m->byte_len);
        }
        break;
    case QUO_COL_SPEAKER_MENTION:
        news_result_slice(ctx, w, q->speaker.byte_start, q->speaker.byte_len);
        break;
    case QUO_COL_SPEAKER_START:
        if (has_speaker)
            sqlite3_result_int64(ctx, q->speaker.char_start + 1);
        else
            sqlite3_result_null(ctx);
        break;
    case QUO_COL_SPEAKER_LENGTH:
        if (has_speaker)
            sqlite3_result_int64(ctx, q->speaker.char_len);
        else
            sqlite3_result_null(ctx);
        break;
    case QUO_COL_CUE:
        news_result_slice(ctx, w, q->cue.byte_start, q->cue.byte_len);
        break;
    case QUO_COL_START:
        sqlite3_result_int64(ctx, q->quote.char_start + 1);
        break;
    case QUO_COL_LENGTH:
        sqlite3_result_int64(ctx, q->quote.char_len);
        break;
    case QUO_COL_SENTENCE:
        sqlite3_result_int64(ctx, (sqlite3_int64)q->sentence + 1);
        break;
    case QUO_COL_SCORE:
        sqlite3_result_double(ctx, (double)q->score);
        break;
    default: /* the hidden `text` */
        news_result_slice(ctx, w, 0, w->text_len);
        if (w->text_len == 0) sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

sqlite3_module news_quotes_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = quo_connect,
    .xBestIndex = news_vtab_best_index,
    .xDisconnect = news_vtab_disconnect,
    .xDestroy = 0,
    .xOpen = news_vtab_open,
    .xClose = news_vtab_close,
    .xFilter = news_vtab_filter,
    .xNext = news_vtab_next,
    .xEof = news_vtab_eof,
    .xColumn = quo_column,
    .xRowid = news_vtab_rowid,
};
