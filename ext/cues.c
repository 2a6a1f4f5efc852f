/* cues.c: the cue-verb lexicon of the quote step: is this word an attribution verb
 * ("said", "told", "tweeted") and how does it behave (quotes.h, NEWS_CUE_*)?
 *
 * The forms are data: ext/tools/cue_lemmas.txt lists lemmas with their flags and irregular
 * forms, and `make cues` (ext/tools/make_cues.py) writes every inflection, sorted, to
 * cues_data.h. A lookup is a bisection over about 480 forms, done once per word token of
 * a window, so it is no hash table's worth of set-up. "according to" is two words and is
 * recognised in quotes.c. */
#include "quotes.h"

#include "cues_data.h"

static int cmp_fold(const uint8_t *w, size_t n, const char *key) {
    size_t i = 0;
    for (; i < n && key[i]; i++) {
        int a = w[i], b = (unsigned char)key[i];
        if (a >= 'A' && a <= 'Z') a += 32;
        if (a != b) return a - b;
    }
    if (i < n) return 1;
    return key[i] ? -1 : 0;
}

unsigned news_cue_flags(const uint8_t *word, size_t n_bytes) {
    if (n_bytes < 3 || n_bytes > 14) return 0; /* shortest "add", longest "interjecting" */
    size_t lo = 0, hi = sizeof cue_forms / sizeof *cue_forms;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_fold(word, n_bytes, cue_forms[mid].word);
        if (c == 0) return cue_forms[mid].flags;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}
