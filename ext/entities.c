/* entities.c: finds entity mentions in the current window and appends them to w->ment.
 *
 * BASELINE (issue #3 replaces it with the trained tagger, touching this file only): runs of
 * capitalised words, with a leading title marking a person, organisation suffixes marking
 * an organisation, and nationality endings marking MISC. Sentence-initial function words
 * and all-capital headlines are skipped. */
#include <string.h>

#include "lexicon.h"
#include "model.h"
#include "news.h"

static const char *const function_words[] = {
    "a", "after", "all", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her",
    "his", "i", "if", "in", "it", "its", "no", "not", "of", "on", "one", "or", "our", "she",
    "so", "some", "that", "the", "their", "there", "these", "they", "this", "those", "to",
    "we", "what", "when", "while", "with", "yes", "you",
};
static const char *const org_suffixes[] = {
    "agency", "army", "association", "bank", "co", "co.", "commission", "committee",
    "company", "corp", "corp.", "council", "court", "department", "group", "inc", "inc.",
    "league", "ltd", "ltd.", "ministry", "news", "party", "plc", "post", "times", "union",
    "university",
};

static int in_list(const uint8_t *z, size_t n, const char *const *list, size_t n_list) {
    for (size_t i = 0; i < n_list; i++)
        if (news_lexicon_eq(z, n, list[i])) return 1;
    return 0;
}
#define IN(z, n, list) in_list((z), (n), (list), sizeof(list) / sizeof *(list))

int news_entities_doc_begin(const NewsModel *m, NewsWork *w) {
    (void)m;
    (void)w;
    return NEWS_OK;
}

void news_entities_free(NewsWork *w) { (void)w; }

static int is_cap_word(const NewsWork *w, const NewsToken *t) {
    if (!(t->flags & NEWS_TF_WORD) || (t->flags & (NEWS_TF_CLITIC | NEWS_TF_URL))) return 0;
    if (!(t->flags & NEWS_TF_UPPER_INIT)) return 0;
    const uint8_t *z = w->text + t->byte_start;
    if ((t->flags & NEWS_TF_SENT_START) && IN(z, t->byte_len, function_words)) return 0;
    if (news_lexicon_title(z, t->byte_len)) return 0;
    return 1;
}

int news_entities_window(const NewsModel *m, NewsWork *w) {
    (void)m;
    size_t n = w->tok.n;
    for (size_t i = 0; i < n;) {
        const NewsToken *t = &w->tok.v[i];
        if (!is_cap_word(w, t)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && is_cap_word(w, &w->tok.v[j]) && w->tok.v[j].sentence == t->sentence)
            j++;
        const NewsToken *last = &w->tok.v[j - 1];
        const uint8_t *lz = w->text + last->byte_start;
        unsigned type = NEWS_PER;
        int titled = i > 0 && news_lexicon_title(w->text + w->tok.v[i - 1].byte_start,
                                                 w->tok.v[i - 1].byte_len);
        if (titled) type = NEWS_PER;
        else if (IN(lz, last->byte_len, org_suffixes)) type = NEWS_ORG;
        else if (j - i == 1 && (t->flags & NEWS_TF_ALL_UPPER) && t->char_len <= 5)
            type = NEWS_ORG;
        else if (j - i == 1 && last->byte_len > 4 &&
                 (memcmp(lz + last->byte_len - 3, "ian", 3) == 0 ||
                  memcmp(lz + last->byte_len - 3, "ese", 3) == 0))
            type = NEWS_MISC;
        else if (j - i == 1) type = NEWS_LOC;
        if (w->ment.n == w->ment.cap) {
            int rc = NEWS_RESERVE(w, w->ment, w->ment.n + 1);
            if (rc) return rc;
        }
        NewsMention *me = &w->ment.v[w->ment.n];
        memset(me, 0, sizeof *me);
        me->byte_start = t->byte_start;
        me->byte_len = (uint32_t)(last->byte_start + last->byte_len - t->byte_start);
        me->char_start = t->char_start;
        me->char_len = (uint32_t)(last->char_start + last->char_len - t->char_start);
        me->sentence = t->sentence;
        me->tok_first = (uint32_t)i;
        me->tok_end = (uint32_t)j;
        me->canon = (int32_t)w->ment.n;
        me->score = 0.5f;
        me->type = (uint8_t)type;
        w->ment.n++;
        i = j;
    }
    return NEWS_OK;
}
