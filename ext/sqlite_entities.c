/* sqlite_entities.c: news_entities(text), one row per entity mention, ordered by start.
 *
 *     SELECT entity, type, mention, start, length, sentence
 *       FROM news_entities('Dmytro Kuleba met NATO officials. Kuleba said little.');
 *     -- Dmytro Kuleba|PER|Dmytro Kuleba|1|13|1
 *     -- NATO|ORG|NATO|19|4|1
 *     -- Dmytro Kuleba|PER|Kuleba|35|6|2      (what the spec asks; the model decides)
 *     SELECT a.id, e.entity FROM articles AS a, news_entities(a.body) AS e;
 *
 * Eponymous only (xCreate is NULL), so CREATE VIRTUAL TABLE ... USING news_entities is
 * refused. `text` is read as CAST(text AS TEXT); NULL gives no rows. `entity` is the text of
 * the mention resolve.c chose as canonical; positions are 1-based characters as substr()
 * counts them, so substr(text, start, length) = mention on every row. The pipeline (what is
 * a mention, its type and score) is the core's job; this file only turns w->ment into rows. */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include "sqlite_binding.h"

#define ENT_SCHEMA \
    "CREATE TABLE x(entity, type, mention, start, length, sentence, score, text HIDDEN)"
enum {
    ENT_COL_ENTITY,
    ENT_COL_TYPE,
    ENT_COL_MENTION,
    ENT_COL_START,
    ENT_COL_LENGTH,
    ENT_COL_SENTENCE,
    ENT_COL_SCORE,
    ENT_COL_TEXT,
    ENT_N_COLS
};
_Static_assert(ENT_COL_TEXT == ENT_N_COLS - 1, "xBestIndex assumes HIDDEN args are last");

static size_t ent_rows(const NewsWork *w) { return w->ment.n; }
static const NewsVtabKind ent_kind = {ENT_SCHEMA, "news_entities", ENT_COL_TEXT,
                                       NEWS_ENTITIES, ent_rows};

static int ent_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err) {
    (void)argc;
    (void)argv;
    return news_vtab_connect(db, aux, &ent_kind, out, err);
}

static int ent_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int col) {
    const NewsCursor *cur = (const NewsCursor *)base;
    const NewsWork *w = &cur->work;
    const NewsMention *m = &w->ment.v[cur->row];
    switch (col) {
    case ENT_COL_ENTITY: {
        /* resolve.c always sets canon; a bad index would be a core bug, not a crash here */
        const NewsMention *c = m;
        int32_t k = news_ment_canon(w, cur->row);
        if (k >= 0 && (size_t)k < w->ment.n) c = &w->ment.v[k];
        news_result_slice(ctx, w, c->byte_start, c->byte_len);
        break;
    }
    case ENT_COL_TYPE:
        sqlite3_result_text(ctx, news_type_name(m->type), -1, SQLITE_STATIC);
        break;
    case ENT_COL_MENTION:
        news_result_slice(ctx, w, m->byte_start, m->byte_len);
        break;
    case ENT_COL_START:
        sqlite3_result_int64(ctx, m->char_start + 1);
        break;
    case ENT_COL_LENGTH:
        sqlite3_result_int64(ctx, m->char_len);
        break;
    case ENT_COL_SENTENCE:
        sqlite3_result_int64(ctx, (sqlite3_int64)m->sentence + 1);
        break;
    case ENT_COL_SCORE:
        sqlite3_result_double(ctx, (double)m->score);
        break;
    default: /* the hidden `text`: SQLite asks only when the query names it */
        news_result_slice(ctx, w, 0, w->text_len);
        if (w->text_len == 0) sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

sqlite3_module news_entities_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = ent_connect,
    .xBestIndex = news_vtab_best_index,
    .xDisconnect = news_vtab_disconnect,
    .xDestroy = 0,
    .xOpen = news_vtab_open,
    .xClose = news_vtab_close,
    .xFilter = news_vtab_filter,
    .xNext = news_vtab_next,
    .xEof = news_vtab_eof,
    .xColumn = ent_column,
    .xRowid = news_vtab_rowid,
};
