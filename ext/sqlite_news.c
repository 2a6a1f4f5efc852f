/* sqlite_news.c: the extension's entry point and the glue every SQL function shares.
 *
 *     .load dist/news                     -- sqlite3 shell: SQLite finds sqlite3_news_init
 *     SELECT load_extension('dist/news');
 *     SELECT news_version();              -- '0.1.0'
 *
 * sqlite3_news_init() checks the SQLite version and the compiled-in model, then walks two
 * static tables (scalar functions, eponymous modules) and registers each, as sqlite-vec's
 * aFunc[]/aMod[] do. The same source builds the static library with -DSQLITE_CORE, where the
 * SQLITE_EXTENSION_INIT macros are no-ops and applications call
 * sqlite3_auto_extension((void (*)(void))sqlite3_news_init).
 *
 * Also here: the status -> SQLite code helper, the allocator wrappers the core grows through,
 * and the table-valued-function plumbing common to news_entities, news_quotes and
 * news_sentences (their own files keep schema, xFilter and xColumn). Only this file says
 * SQLITE_EXTENSION_INIT1; the other sqlite_*.c say INIT3. */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#include <stdarg.h>
#include <string.h>

#include "sqlite_binding.h"

/* ------------------------------------------------------------------------------ helpers */

void *news_sqlite_realloc(void *p, size_t n_bytes) {
    return sqlite3_realloc64(p, (sqlite3_uint64)n_bytes);
}

void news_sqlite_free(void *p) { sqlite3_free(p); }

int news_sqlite_code(int status) {
    switch (status) {
    case NEWS_OK:
        return SQLITE_OK;
    case NEWS_NOMEM:
        return SQLITE_NOMEM;
    case NEWS_TOOBIG:
        return SQLITE_TOOBIG;
    default:
        return SQLITE_ERROR;
    }
}

int news_vtab_error(sqlite3_vtab *vtab, int rc, const char *fmt, ...) {
    NewsVtab *tab = (NewsVtab *)vtab;
    va_list ap;
    va_start(ap, fmt);
    char *msg = sqlite3_vmprintf(fmt, ap);
    va_end(ap);
    sqlite3_free(vtab->zErrMsg); /* an earlier error's message would leak */
    vtab->zErrMsg = msg ? sqlite3_mprintf("%s(): %s", tab->fname, msg) : 0;
    sqlite3_free(msg);
    return rc;
}

void news_result_slice(sqlite3_context *ctx, const NewsWork *w, size_t byte_start,
                       size_t byte_len) {
    if (byte_len == 0 || byte_start > w->text_len || byte_len > w->text_len - byte_start) {
        sqlite3_result_null(ctx);
        return;
    }
    /* No SQLITE_LIMIT_LENGTH check: a slice is never longer than the argument, and SQLite
     * refused the argument already if it was longer than the limit (OP_Column, bind and
     * function results all check it). TRANSIENT: the next xFilter rewrites the text. */
    sqlite3_result_text64(ctx, (const char *)w->text + byte_start, (sqlite3_uint64)byte_len,
                          SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* ------------------------------------------------------------------------------ vtabs */

int news_vtab_connect(sqlite3 *db, void *aux, const NewsVtabKind *kind, sqlite3_vtab **out,
                      char **err) {
    (void)err;
    *out = 0;
    int rc = sqlite3_declare_vtab(db, kind->schema);
    if (rc != SQLITE_OK) return rc;
    /* we read no files and keep no state between calls: views, triggers and schema
     * objects may use us under trusted_schema=OFF, as json_each and series may */
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    NewsVtab *tab = sqlite3_malloc64(sizeof *tab);
    if (!tab) return SQLITE_NOMEM;
    memset(tab, 0, sizeof *tab);
    tab->model = aux;
    tab->kind = kind;
    tab->fname = kind->fname;
    tab->text_col = kind->text_col;
    *out = &tab->base;
    return SQLITE_OK;
}

int news_vtab_disconnect(sqlite3_vtab *vtab) {
    sqlite3_free(vtab);
    return SQLITE_OK;
}

/* The plan, as json_each makes it. idxNum is 1 when the `text` argument reaches xFilter as
 * argv[0], 0 when no plan gives it (xFilter then fails: "missing text argument").
 * Constraints on output columns and rowid are left to SQLite. An unusable constraint on
 * `text` (its value comes from a table later in the join order) makes this plan impossible:
 * SQLITE_CONSTRAINT tells the planner to try another order, which is how
 * `FROM articles a, news_entities(a.body)` and LEFT JOINs plan right.
 * A call without any `text` constraint is not an error here, though it looks like one: the
 * planner also asks about each branch of an OR in the WHERE clause on its own (`WHERE
 * e.start < 5 OR e.length > 9`), without the argument. Such a plan gets an enormous cost so
 * it never wins over one with the argument; only a query that really has no argument
 * (`SELECT * FROM news_entities`) runs it, and xFilter says so. */
int news_vtab_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
    NewsVtab *tab = (NewsVtab *)vtab;
    int at = -1, unusable = 0;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn != tab->text_col) continue; /* outputs, rowid: SQLite's job */
        if (!c->usable)
            unusable = 1;
        else if (c->op == SQLITE_INDEX_CONSTRAINT_EQ)
            at = i;
    }
    if (at < 0 && unusable) return SQLITE_CONSTRAINT; /* wait for a plan with text */
    if (at < 0) {
        info->idxNum = 0;
        info->estimatedCost = 1e99;
        info->estimatedRows = 2147483647;
        return SQLITE_OK;
    }
    info->aConstraintUsage[at].argvIndex = 1;
    info->aConstraintUsage[at].omit = 1;
    info->idxNum = 1;
    info->estimatedCost = 1.0;
    info->estimatedRows = 25;
    return SQLITE_OK;
}

int news_vtab_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
    (void)vtab;
    NewsCursor *cur = sqlite3_malloc64(sizeof *cur);
    if (!cur) return SQLITE_NOMEM;
    memset(cur, 0, sizeof *cur);
    news_work_init(&cur->work, news_sqlite_realloc, news_sqlite_free);
    *out = &cur->base;
    return SQLITE_OK;
}

int news_vtab_close(sqlite3_vtab_cursor *base) {
    NewsCursor *cur = (NewsCursor *)base;
    news_work_free(&cur->work);
    sqlite3_free(cur);
    return SQLITE_OK;
}

int news_vtab_next(sqlite3_vtab_cursor *base) {
    ((NewsCursor *)base)->row++;
    return SQLITE_OK;
}

int news_vtab_eof(sqlite3_vtab_cursor *base) {
    const NewsCursor *cur = (const NewsCursor *)base;
    return cur->row >= cur->n_rows;
}

/* rowid: the 1-based row number within the current text. Known limit, shared with
 * json_each: a MULTI-INDEX OR plan over two different texts (`WHERE e.text = a.body OR
 * e.text = a.title`) removes duplicates by rowid, so rows of the second text whose numbers
 * the first used are lost; UNION ALL of two queries is the way to write that. (A rowid
 * hashed from the text would fix it, at the price of an opaque rowid and a pass over the
 * text.) */
int news_vtab_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
    *rowid = (sqlite3_int64)((NewsCursor *)base)->row + 1;
    return SQLITE_OK;
}

int news_vtab_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                     sqlite3_value **argv) {
    (void)idx_str;
    NewsCursor *cur = (NewsCursor *)base;
    sqlite3_vtab *vtab = cur->base.pVtab;
    NewsVtab *tab = (NewsVtab *)vtab;
    cur->row = cur->n_rows = 0;
    if (idx_num != 1 || argc < 1)
        return news_vtab_error(vtab, SQLITE_ERROR, "missing text argument");
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return SQLITE_OK; /* no rows */
    const unsigned char *z = sqlite3_value_text(argv[0]); /* BLOB or number: its text form */
    if (!z) return SQLITE_NOMEM; /* a non-NULL value without text: out of memory */
    int n = sqlite3_value_bytes(argv[0]);
    /* the copy: z dies with this call, yet xColumn hands out slices of it later */
    int rc = news_work_set_text(&cur->work, z, (size_t)n);
    if (rc == NEWS_OK) rc = news_analyze(tab->model, &cur->work, tab->kind->steps);
    if (rc == NEWS_TOOBIG) return news_vtab_error(vtab, SQLITE_TOOBIG, "text too big");
    if (rc != NEWS_OK) return news_sqlite_code(rc);
    cur->n_rows = tab->kind->n_rows(&cur->work);
    return SQLITE_OK;
}

/* ------------------------------------------------------------------------------ scalars */

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    sqlite3_result_text(ctx, NEWS_VERSION, -1, SQLITE_STATIC);
}

/* ------------------------------------------------------------------------------ entry */

/* The JSON twins mark their result with the JSON subtype, so json_object() and friends
 * embed it as an array, not a string. SQLite 3.45 asks such functions to say so with
 * SQLITE_RESULT_SUBTYPE (an error in SQLITE_STRICT_SUBTYPE builds otherwise); older
 * versions ignore the bit. */
#ifndef SQLITE_RESULT_SUBTYPE
#define SQLITE_RESULT_SUBTYPE 0x001000000
#endif

static const struct {
    const char *name;
    int n_arg;
    int extra_flags; /* beside NEWS_FUNC_FLAGS */
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
} funcs[] = {
    {"news_version", 0, 0, fn_version},
    {"news_entities_json", 1, SQLITE_RESULT_SUBTYPE, news_fn_entities_json},
    {"news_quotes_json", 1, SQLITE_RESULT_SUBTYPE, news_fn_quotes_json},
    {"news_key", 1, 0, news_fn_key},
};

static const struct {
    const char *name;
    const sqlite3_module *module;
} modules[] = {
    {"news_entities", &news_entities_module},
    {"news_quotes", &news_quotes_module},
    {"news_sentences", &news_sentences_module},
};

static int init_error(char **err, int rc, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        *err = sqlite3_vmprintf(fmt, ap);
        va_end(ap);
    }
    return rc;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
__attribute__((visibility("default"))) int sqlite3_news_init(
    sqlite3 *db, char **err, const sqlite3_api_routines *api) {
    SQLITE_EXTENSION_INIT2(api);
    (void)api; /* unused under SQLITE_CORE */
    /* SQLITE_INNOCUOUS and SQLITE_VTAB_INNOCUOUS arrived in 3.31.0; an older SQLite would
     * refuse the flags with a bare "misuse", so say what is wrong instead */
    if (sqlite3_libversion_number() < 3031000)
        return init_error(err, SQLITE_ERROR, "news: needs SQLite 3.31.0 or later, found %s",
                          sqlite3_libversion());
    if (news_model_check(&news_model) != NEWS_OK)
        return init_error(err, SQLITE_ERROR, "news: the compiled-in model has a format this "
                                             "build cannot read");
    void *model = (void *)&news_model; /* read-only; shared by every connection and thread */
    for (size_t i = 0; i < NEWS_COUNT(funcs); i++) {
        int rc = sqlite3_create_function_v2(db, funcs[i].name, funcs[i].n_arg,
                                            NEWS_FUNC_FLAGS | funcs[i].extra_flags, model,
                                            funcs[i].fn, 0, 0, 0);
        if (rc != SQLITE_OK)
            return init_error(err, rc, "news: cannot register %s: %s", funcs[i].name,
                              sqlite3_errmsg(db));
    }
    for (size_t i = 0; i < NEWS_COUNT(modules); i++) {
        int rc = sqlite3_create_module_v2(db, modules[i].name, modules[i].module, model, 0);
        if (rc != SQLITE_OK)
            return init_error(err, rc, "news: cannot register %s: %s", modules[i].name,
                              sqlite3_errmsg(db));
    }
    return SQLITE_OK;
}
