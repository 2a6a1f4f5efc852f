/* sqlite_sentences.c: news_sentences(text), one row per sentence, in text order.
 *
 *     SELECT sentence, start, length, content
 *       FROM news_sentences('KYIV, Ukraine\nThe talks ended. Both sides said little.');
 *     -- 1|1|13|KYIV, Ukraine
 *     -- 2|15|16|The talks ended.
 *     -- 3|32|23|Both sides said little.
 *
 * The numbering is the one every other function's `sentence` column uses. A sentence never
 * crosses a line break (SPEC: a headline or dateline is a sentence of its own); where the
 * sentences end is sentences.c's job, this file only turns w->sent into rows. Eponymous only;
 * NULL gives no rows; positions are 1-based characters as substr() counts them. */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "sqlite_binding.h"

#define SEN_SCHEMA "CREATE TABLE x(sentence, start, length, content, text HIDDEN)"
enum { SEN_COL_SENTENCE, SEN_COL_START, SEN_COL_LENGTH, SEN_COL_CONTENT, SEN_COL_TEXT,
       SEN_N_COLS };
_Static_assert(SEN_COL_TEXT == SEN_N_COLS - 1, "xBestIndex assumes HIDDEN args are last");

static size_t sen_rows(const NewsWork *w) { return w->sent.n; }
static const NewsVtabKind sen_kind = {SEN_SCHEMA, "news_sentences", SEN_COL_TEXT,
                                       NEWS_SENTENCES, sen_rows};

static int sen_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err) {
    (void)argc;
    (void)argv;
    return news_vtab_connect(db, aux, &sen_kind, out, err);
}

static int sen_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int col) {
    const NewsCursor *cur = (const NewsCursor *)base;
    const NewsWork *w = &cur->work;
    const NewsSentence *s = &w->sent.v[cur->row];
    switch (col) {
    case SEN_COL_SENTENCE:
        sqlite3_result_int64(ctx, (sqlite3_int64)cur->row + 1);
        break;
    case SEN_COL_START:
        sqlite3_result_int64(ctx, s->char_start + 1);
        break;
    case SEN_COL_LENGTH:
        sqlite3_result_int64(ctx, s->char_len);
        break;
    case SEN_COL_CONTENT:
        news_result_slice(ctx, w, s->byte_start, s->byte_len);
        break;
    default: /* the hidden `text` */
        news_result_slice(ctx, w, 0, w->text_len);
        if (w->text_len == 0) sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

sqlite3_module news_sentences_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = sen_connect,
    .xBestIndex = news_vtab_best_index,
    .xDisconnect = news_vtab_disconnect,
    .xDestroy = 0,
    .xOpen = news_vtab_open,
    .xClose = news_vtab_close,
    .xFilter = news_vtab_filter,
    .xNext = news_vtab_next,
    .xEof = news_vtab_eof,
    .xColumn = sen_column,
    .xRowid = news_vtab_rowid,
};
