/* sqlite_binding.h: what the sqlite_*.c files share, and nothing an application sees (that is
 * sqlite_news.h). The helpers live in sqlite_news.c: the status -> SQLite code mapping, the
 * allocator wrappers the core grows its arrays through, and the pieces every eponymous
 * table-valued function has in common (connect, best-index, cursor walk). Each sqlite_*.c
 * then keeps only its schema, its xFilter and its xColumn.
 *
 * Include it after "sqlite3ext.h" and SQLITE_EXTENSION_INIT3. */
#ifndef SQLITE_BINDING_H
#define SQLITE_BINDING_H

#include "news.h"
#include "sqlite_news.h"

#define NEWS_FUNC_FLAGS (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
#define NEWS_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Allocator the core grows through: the host's heap limit and sqlite3_memory_used() see
 * every byte an article costs. */
void *news_sqlite_realloc(void *p, size_t n_bytes);
void news_sqlite_free(void *p);

/* NEWS_OK/NEWS_NOMEM/NEWS_TOOBIG -> SQLITE_OK/SQLITE_NOMEM/SQLITE_TOOBIG. */
int news_sqlite_code(int status);

/* What sets one table-valued function apart, but for its xColumn: each sqlite_*.c has one
 * and hands it to news_vtab_connect; the shared xFilter runs its steps and counts its rows. */
typedef struct NewsVtabKind {
    const char *schema;                  /* the CREATE TABLE it declares */
    const char *fname;                   /* "news_entities", for "news_entities(): ..." */
    int text_col;                        /* the HIDDEN `text` column (always the last) */
    unsigned steps;                      /* NEWS_SENTENCES, NEWS_ENTITIES or NEWS_QUOTES */
    size_t (*n_rows)(const NewsWork *w); /* rows those steps gave */
} NewsVtabKind;

/* One table-valued function: its vtab remembers which one it is. */
typedef struct NewsVtab {
    sqlite3_vtab base;
    const NewsModel *model;   /* &news_model, from pAux */
    const NewsVtabKind *kind;
    const char *fname;        /* kind->fname */
    int text_col;             /* kind->text_col */
} NewsVtab;

/* A cursor owns one NewsWork for its whole life: a join over many articles reuses one
 * cursor, so after the longest article xFilter allocates nothing (STYLE section 8). */
typedef struct NewsCursor {
    sqlite3_vtab_cursor base;
    NewsWork work;
    size_t row;    /* 0-based index of the current row into the function's result array */
    size_t n_rows; /* rows of the current xFilter; 0 for NULL text */
} NewsCursor;

/* Helpers the three modules share. */
int news_vtab_connect(sqlite3 *db, void *aux, const NewsVtabKind *kind, sqlite3_vtab **out,
                      char **err);
int news_vtab_disconnect(sqlite3_vtab *vtab);
int news_vtab_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info);
int news_vtab_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out);
int news_vtab_close(sqlite3_vtab_cursor *cur);
int news_vtab_next(sqlite3_vtab_cursor *cur);
int news_vtab_eof(sqlite3_vtab_cursor *cur);
int news_vtab_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid);
/* xFilter: fails "missing text argument" unless idx_num is 1 (the plan had the argument).
 * Copies argv[0] (its TEXT form) into the cursor's work and runs the kind's steps over it;
 * a NULL argument gives no rows. Sets "<fname>(): ..." on the vtab for an error. */
int news_vtab_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                     sqlite3_value **argv);
/* Sets vtab->zErrMsg to "<fname>(): <printf>" (freeing the old one) and returns `rc`. */
int news_vtab_error(sqlite3_vtab *vtab, int rc, const char *fmt, ...);

/* Result helpers: a slice of the work's text, or NULL for an empty span. */
void news_result_slice(sqlite3_context *ctx, const NewsWork *w, size_t byte_start,
                       size_t byte_len);

extern sqlite3_module news_entities_module;
extern sqlite3_module news_quotes_module;
extern sqlite3_module news_sentences_module;

void news_fn_entities_json(sqlite3_context *ctx, int argc, sqlite3_value **argv);
void news_fn_quotes_json(sqlite3_context *ctx, int argc, sqlite3_value **argv);
void news_fn_key(sqlite3_context *ctx, int argc, sqlite3_value **argv);

#endif
