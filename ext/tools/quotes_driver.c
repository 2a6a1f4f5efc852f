/* quotes_driver.c: runs the core quote step on framed documents from standard input and
 * prints the rows news_quotes() would give, for ext/tools/predict_core.py (scoring without
 * the SQL layer). Input: repeated "<n_bytes>\n<bytes>". Output per document: the rows as
 * tab-separated lines (kind, start, length, speaker, speaker_start, speaker_length, cue,
 * score; positions 0-based as SQLite counts characters; -1 / empty for NULL), then "END". */
#include <stdio.h>
#include <stdlib.h>

#include "../news.h"

static void field(const NewsWork *w, size_t b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint8_t c = w->text[b + i];
        putchar(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
}

int main(void) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    size_t cap = 0;
    uint8_t *buf = 0;
    unsigned long long n;
    while (scanf("%llu", &n) == 1) {
        getchar();
        if (n + 1 > cap) {
            cap = n + 1;
            buf = realloc(buf, cap);
            if (!buf) return 1;
        }
        if (fread(buf, 1, n, stdin) != n) return 1;
        if (news_work_set_text(&w, buf, n) || news_analyze(&news_model, &w, NEWS_QUOTES))
            return 1;
        for (size_t i = 0; i < w.quote.n; i++) {
            const NewsQuote *q = &w.quote.v[i];
            printf("%s\t%lld\t%lld\t", news_quote_kind_name(q->kind),
                   (long long)q->quote.char_start, (long long)q->quote.char_len);
            if (q->speaker_entity >= 0) {
                const NewsMention *c = &w.ment.v[news_ment_canon(&w, (size_t)q->speaker_entity)];
                field(&w, c->byte_start, c->byte_len);
            }
            if (q->speaker.byte_len)
                printf("\t%lld\t%lld\t", (long long)q->speaker.char_start,
                       (long long)q->speaker.char_len);
            else
                printf("\t-1\t-1\t");
            field(&w, q->cue.byte_start, q->cue.byte_len);
            printf("\t%.4f\n", q->score);
        }
        printf("END\n");
        fflush(stdout);
    }
    news_work_free(&w);
    free(buf);
    return 0;
}
