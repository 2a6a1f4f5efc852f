/* workspace.c: owns every array one document needs (NewsWork) and the allocator they grow
 * through. The SQL layer passes wrappers over sqlite3_realloc64/sqlite3_free so the host's
 * heap limit sees every byte; tools and tests pass nothing and get libc.
 *
 * Arrays are never shrunk: a cursor that has seen the longest article of a join allocates
 * nothing for the rest (as sdsclear keeps its buffer in redis's sds.c). Growth doubles up to
 * a megabyte and adds half past it (a 100 MB article's rows would otherwise ask the host's
 * heap limit for up to twice what they use), and every size product is checked before it
 * is computed. */
#include <stdlib.h>
#include <string.h>

#include "news.h"

/* Rows are kept for the whole document: their size is the memory a long article costs
 * (docs/security.md, "Memory"). */
_Static_assert(sizeof(NewsToken) == 28, "NewsToken: 28 bytes");
_Static_assert(sizeof(NewsSentence) == 16, "NewsSentence: 16 bytes");
_Static_assert(sizeof(NewsMention) == 20, "NewsMention: 20 bytes");
_Static_assert(sizeof(NewsQuote) == 56, "NewsQuote: 56 bytes");

static void *libc_realloc(void *p, size_t n) { return realloc(p, n); }
static void libc_free(void *p) { free(p); }

void news_work_init(NewsWork *w, NewsReallocFn realloc_fn, NewsFreeFn free_fn) {
    memset(w, 0, sizeof *w);
    w->realloc_fn = realloc_fn ? realloc_fn : libc_realloc;
    w->free_fn = free_fn ? free_fn : libc_free;
}

void *news_work_alloc(NewsWork *w, size_t n_bytes) {
    return w->realloc_fn(0, n_bytes ? n_bytes : 1);
}

void news_work_release(NewsWork *w, void *p) {
    if (p) w->free_fn(p);
}

int news_work_reserve(NewsWork *w, void **v, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return NEWS_OK;
    size_t new_cap = *cap ? *cap : 16;
    while (new_cap < need) { /* double; past a megabyte grow by half, to waste less */
        if (new_cap > SIZE_MAX / 2) return NEWS_TOOBIG;
        new_cap += new_cap >= ((size_t)1 << 20) / elem ? new_cap / 2 : new_cap;
    }
    if (new_cap > SIZE_MAX / elem) return NEWS_TOOBIG;
    void *p = w->realloc_fn(*v, new_cap * elem);
    if (!p) return NEWS_NOMEM;
    *v = p;
    *cap = new_cap;
    return NEWS_OK;
}

void news_work_free(NewsWork *w) {
    news_entities_free(w);
    news_quotes_free(w);
    news_resolve_free(w);
    news_work_release(w, w->text);
    news_work_release(w, w->tok.v);
    news_work_release(w, w->ment_tok.v);
    news_work_release(w, w->sent.v);
    news_work_release(w, w->ment.v);
    news_work_release(w, w->canon.v);
    news_work_release(w, w->quote.v);
    news_work_init(w, w->realloc_fn, w->free_fn);
}

int news_work_set_text(NewsWork *w, const uint8_t *text, size_t n) {
    n = text ? news_utf8_text_len(text, n) : 0; /* SQLite's text ends at its first NUL */
    if (n > NEWS_MAX_TEXT_BYTES) return NEWS_TOOBIG; /* offsets are 32-bit (news.h) */
    if (n + 1 > w->text_cap) {
        uint8_t *p = w->realloc_fn(w->text, n + 1);
        if (!p) return NEWS_NOMEM;
        w->text = p;
        w->text_cap = n + 1;
    }
    if (n) memcpy(w->text, text, n);
    w->text[n] = 0;
    w->text_len = n;
    w->tok.n = w->sent.n = w->ment.n = w->quote.n = w->ment_tok.n = w->canon.n = 0;
    w->win_ment_first = w->sent_first = 0;
    w->win_byte_start = w->win_byte_end = 0;
    w->win_char_start = 0;
    return NEWS_OK;
}
