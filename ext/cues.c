/* cues.c: the cue-verb lexicon of the quote step: is this word an attribution verb
 * ("said", "told", "tweeted") and how does it behave (quotes.h, NEWS_CUE_*)?
 *
 * The forms are data: ext/tools/cue_lemmas.txt lists lemmas with their flags and irregular
 * forms, and `make cues` (ext/tools/make_cues.py) writes every inflection, sorted, to
 * cues_data.h with an open-addressing hash table over them (also generated): a lookup,
 * done once per word token, is a hash of five bytes and a compare or two. "according to"
 * is two words and is recognised in quotes.c. */
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

/* Five bytes of the word (its first three and last two) and its length, mixed:
 * make_cues.py computes the same. Every token not in a name is looked up, and hashing all
 * its bytes cost more than these few do; words that share the five bytes and the length
 * only share a probe sequence (the table is a quarter full). Setting bit 0x20 of each byte
 * folds ASCII upper case (and maps a few other bytes together, which cmp_fold tells
 * apart). n >= 3. */
static uint32_t cue_hash(const uint8_t *w, size_t n) {
    uint32_t x = ((uint32_t)w[0] | (uint32_t)w[1] << 8 | (uint32_t)w[n - 1] << 16 |
                  (uint32_t)w[n - 2] << 24) | 0x20202020u;
    uint32_t h = (x + (uint32_t)n * 0x01000193u + (uint32_t)(w[2] | 0x20) * 0x5BD1E995u) *
                 0x9E3779B1u;
    return h ^ (h >> 16);
}

unsigned news_cue_flags(const uint8_t *word, size_t n_bytes) {
    if (n_bytes < 3 || n_bytes > 14) return 0; /* shortest "add", longest "interjecting" */
    size_t i = cue_hash(word, n_bytes) & (CUE_SLOTS - 1);
    for (; cue_slots[i]; i = (i + 1) & (CUE_SLOTS - 1)) {
        unsigned f = cue_slots[i] - 1u;
        if (cmp_fold(word, n_bytes, cue_forms[f].word) == 0) return cue_forms[f].flags;
    }
    return 0;
}
