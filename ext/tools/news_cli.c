/* news_cli.c: runs the core pipeline on standard input (one document) and prints what each
 * step found, for looking at the core without SQLite:
 *   build/news_cli [tokens|sentences|entities|quotes] < article.txt */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../news.h"

static void span(const NewsWork *w, size_t b, size_t n) {
    fwrite(w->text + b, 1, n, stdout);
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "entities";
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, stdin)) > 0;) {
        n += got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    if (!buf) return 1;
    NewsWork w;
    news_work_init(&w, 0, 0);
    unsigned steps = !strcmp(what, "quotes") ? NEWS_QUOTES
                     : !strcmp(what, "entities") ? NEWS_ENTITIES : NEWS_SENTENCES;
    if (news_work_set_text(&w, buf, n) || news_analyze(&news_model, &w, steps)) return 1;
    if (!strcmp(what, "tokens")) { /* the last window's tokens */
        for (size_t i = 0; i < w.tok.n; i++) {
            const NewsToken *t = &w.tok.v[i];
            printf("%lld+%u s%u f%04x q%u\t", (long long)t->char_start, t->char_len,
                   t->sentence, t->flags, t->quote);
            span(&w, t->byte_start, t->byte_len);
            putchar('\n');
        }
    } else if (!strcmp(what, "sentences")) {
        for (size_t i = 0; i < w.sent.n; i++) {
            printf("%zu\t%lld+%lld\t", i + 1, (long long)w.sent.v[i].char_start,
                   (long long)w.sent.v[i].char_len);
            span(&w, w.sent.v[i].byte_start, w.sent.v[i].byte_len);
            putchar('\n');
        }
    } else if (!strcmp(what, "entities")) {
        for (size_t i = 0; i < w.ment.n; i++) {
            const NewsMention *m = &w.ment.v[i], *c = &w.ment.v[news_ment_canon(&w, i)];
            printf("%s\t%lld+%u\ts%u\t%.3f\t", news_type_name(m->type),
                   (long long)m->char_start, m->char_len, m->sentence + 1, m->score);
            span(&w, m->byte_start, m->byte_len);
            printf("\t=> ");
            span(&w, c->byte_start, c->byte_len);
            putchar('\n');
        }
    } else {
        for (size_t i = 0; i < w.quote.n; i++) {
            const NewsQuote *q = &w.quote.v[i];
            printf("%s\t%lld+%lld\t", news_quote_kind_name(q->kind),
                   (long long)q->quote.char_start, (long long)q->quote.char_len);
            span(&w, q->quote.byte_start, q->quote.byte_len);
            printf("\t| ");
            span(&w, q->speaker.byte_start, q->speaker.byte_len);
            printf(" | ");
            span(&w, q->cue.byte_start, q->cue.byte_len);
            if (q->speaker_entity >= 0) {
                const NewsMention *c = &w.ment.v[news_ment_canon(&w, (size_t)q->speaker_entity)];
                printf(" => ");
                span(&w, c->byte_start, c->byte_len);
            }
            printf("\t%.3f\n", q->score);
        }
    }
    news_work_free(&w);
    free(buf);
    return 0;
}
