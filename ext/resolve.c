/* resolve.c: in-document name resolution over all mentions of a document (news.h,
 * NewsWork.canon), run once after every window has been analysed.
 *
 * SPEC: the canonical name of a mention is the nearest earlier mention of the same type
 * whose words end with this mention's words (case-insensitive), and that mention's own
 * canonical name in turn; failing an earlier one, the first later one; failing both, the
 * mention itself. An acronym that the text defines ("North Atlantic Treaty Organization
 * (NATO)") takes the long form, where it is defined and before and after.
 *
 * Done in linear time with hashes of word suffixes: every mention enters the hash of each of
 * its word suffixes (its last word, its last two, ...), so "which earlier mention ends with
 * these words" is one lookup. Hash hits are verified word by word. Only a suffix that is
 * some mention's whole word list can ever be looked up, so the map holds those keys alone
 * (one per distinct mention text, not one per suffix: a 100 MB article repeats its names)
 * and suffixes with no such key are not stored. Two details the spec
 * leaves open: a later mention is only taken when it is longer (an identical later mention
 * adds no name, and would make "Kuleba ... Kuleba" point at each other; headline_case
 * makes the one exception, for a headline in capitals), and chains are followed with a
 * loop, never recursion. */
#include <string.h>

#include "news.h"
#include "quotes.h"

#define MAX_WORDS 16 /* words of a mention that take part; longer ones keep their last 16 */
#define RESOLVE_KEEP_MENTIONS 65536 /* scratch kept between documents up to this many */
/* The smallest map: an article has a dozen mentions, and the map is cleared three times per
 * document, so its size is a per-row cost in a join. */
#define RESOLVE_MIN_SLOTS 64
/* The suffix keys of a document's mentions are hashed once and kept for the two passes
 * when there are at most this many (2 MB; an article has a few hundred) and at most
 * RESOLVE_KEEP_MENTIONS mentions, else hashed again in each pass: the cache is bounded,
 * never a per-byte cost. Each mention keeps only its count of keys (a byte): both passes
 * walk the mentions in order, so the offset of its keys is a running sum. */
#define RESOLVE_CACHE_KEYS (1u << 18)

/* An open-addressing map from the key of a mention's whole word list to a mention index,
 * keys and values in separate arrays (12 bytes a slot, not 16 with padding). It grows with
 * the distinct keys, at a load of at most 3/4: in a long run of names (77K distinct ones
 * in 16 MB without spaces) it is at the memory peak of the whole analysis, where a load
 * of 1/2 took twice the slots (3 MB) for a few probes fewer. */
typedef struct {
    uint64_t *keys;  /* 0: an empty slot (suffix_keys never gives 0) */
    int32_t *values; /* mention index, or -1 */
    size_t cap;      /* slots in use for this document: a power of two, or 0 */
    size_t alloc;    /* slots allocated (kept from document to document) */
    size_t values_alloc; /* values allocated: alloc, once the map has its final size */
    size_t used;     /* keys held */
    uint64_t *kv;    /* cached suffix keys, mention after mention */
    uint8_t *kn;     /* mention i has kn[i] keys in kv, after those of mentions 0 .. i-1 */
    size_t kv_cap, kn_cap, kv_used;
    int cached;      /* kv and kn hold this document's keys */
} ResolveState;

static uint64_t mix(uint64_t h, uint64_t x) {
    h ^= x + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
}

static int is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The word of mention text that ends at or before byte *e (words are runs separated by
 * white space): its start in *b and its end in *e; 0 when no word is left. Mentions are
 * walked from their last word back, the order suffix keys and suffix matches need, so
 * nothing is buffered. */
static int prev_word(const uint8_t *z, size_t *b, size_t *e) {
    size_t i = *e;
    while (i > 0 && is_ws(z[i - 1])) i--;
    if (i == 0) return 0;
    *e = i;
    while (i > 0 && !is_ws(z[i - 1])) i--;
    *b = i;
    return 1;
}

/* The lower-cased character at z[*i], stepping past it: ASCII in line (names are mostly
 * ASCII), the rest through utf8.c. */
static inline int32_t lower_next(const uint8_t *z, size_t n, size_t *i) {
    uint8_t c = z[*i];
    if (c < 0x80) {
        ++*i;
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    int32_t cp;
    *i += news_utf8_next(z + *i, n - *i, &cp);
    return news_utf8_lower(cp);
}

static uint64_t word_hash(const uint8_t *z, size_t n) {
    uint64_t h = 1469598103934665603ull;
    size_t i = 0;
    while (i < n) h = (h ^ (uint64_t)(uint32_t)lower_next(z, n, &i)) * 1099511628211ull;
    return h;
}

static int word_eq(const uint8_t *a, size_t na, const uint8_t *b, size_t nb) {
    size_t i = 0, j = 0;
    while (i < na && j < nb)
        if (lower_next(a, na, &i) != lower_next(b, nb, &j)) return 0;
    return i == na && j == nb;
}

/* The bytes of mention m that take part in matching: all of them, but for the Roman
 * numeral after a person's name ("Andres Soriano III", two to four capitals), which a
 * later "Soriano" leaves out, and "Jr" or "Sr" where the tagger took one into the name
 * ("Charles Evans Jr" ... "Evans"; branch ner20); but ends_with does not match "Jr" with
 * "Sr": "Stewart Bainum Jr." and "Stewart Bainum Sr." are two people in one story
 * (Reuters-21578), "Hank Williams Jr" not his father. *suffix is set when "Jr" or "Sr" was
 * left out. */
static size_t name_len(const NewsWork *w, const NewsMention *m, int *suffix) {
    const uint8_t *z = w->text + m->byte_start;
    size_t b, e = m->byte_len;
    *suffix = 0;
    if (m->type != NEWS_PER || !prev_word(z, &b, &e) || b == 0) return m->byte_len;
    size_t n = e - b, roman = n >= 2 && n <= 4;
    for (size_t q = b; roman && q < e; q++) roman = z[q] == 'I' || z[q] == 'V' || z[q] == 'X';
    int son = (n == 2 || (n == 3 && z[b + 2] == '.')) && (z[b] == 'J' || z[b] == 'S') &&
              z[b + 1] == 'r'; /* "Jr", "Jr.", "Sr", "Sr." */
    if (!roman && !son) return m->byte_len;
    if (son) *suffix = 1;
    while (b > 0 && is_ws(z[b - 1])) b--;
    return b;
}

/* Do the words of mention `a` end with all the words of mention `b`? Only the last
 * MAX_WORDS words of each take part. */
static int ends_with(const NewsWork *w, const NewsMention *a, const NewsMention *b) {
    const uint8_t *za = w->text + a->byte_start, *zb = w->text + b->byte_start;
    int sa, sb;
    size_t ea = name_len(w, a, &sa), eb = name_len(w, b, &sb), ba, bb;
    if (sb && !sa) return 0; /* "Stewart Bainum Jr." is not "Stewart Bainum" (his father) */
    if (sa && sb) { /* "Jr" and "Sr" are son and father: their first letters differ */
        size_t pa = a->byte_len, pb = b->byte_len;
        if (prev_word(za, &ba, &pa) && prev_word(zb, &bb, &pb) && za[ba] != zb[bb]) return 0;
    }
    /* mostly the same bytes ("Obama" of "Barack Obama"): then every word of b is the word
     * of a in the same place, which the walk below would find word by word */
    if (eb <= ea && !is_ws(zb[0]) && (eb == ea || is_ws(za[ea - eb - 1])) &&
        !memcmp(za + ea - eb, zb, eb))
        return 1;
    for (int k = 0; k < MAX_WORDS; k++) {
        if (!prev_word(zb, &bb, &eb)) return k > 0; /* every word of b matched */
        if (!prev_word(za, &ba, &ea)) return 0;     /* b has more words than a */
        if (!word_eq(za + ba, ea - ba, zb + bb, eb - bb)) return 0;
        ea = ba, eb = bb;
    }
    return 1;
}

/* Suffix keys of a mention: key[s] hashes words s..k-1 (of its last k <= MAX_WORDS) and the
 * type. Returns k. */
static int suffix_keys(const NewsWork *w, const NewsMention *m, uint64_t *key) {
    const uint8_t *z = w->text + m->byte_start;
    int suffix;
    size_t b, e = name_len(w, m, &suffix);
    uint64_t h = 0x51ED270B27ull + m->type, rev[MAX_WORDS];
    int k = 0;
    for (; k < MAX_WORDS && prev_word(z, &b, &e); k++, e = b) {
        h = mix(h, word_hash(z + b, e - b));
        rev[k] = h ? h : 1; /* the key of the last k + 1 words */
    }
    for (int s = 0; s < k; s++) key[s] = rev[k - 1 - s];
    return k;
}

static void map_clear(ResolveState *st) {
    memset(st->values, 0xFF, st->cap * sizeof *st->values); /* every value -1 */
}

/* The slot of `key`: where it is, or the empty slot where it would go. */
static size_t map_slot(const ResolveState *st, uint64_t key) {
    size_t i = (size_t)key & (st->cap - 1);
    while (st->keys[i] && st->keys[i] != key) i = (i + 1) & (st->cap - 1);
    return i;
}

static int32_t map_get(const ResolveState *st, uint64_t key) {
    size_t i = map_slot(st, key);
    return st->keys[i] ? st->values[i] : -1;
}

/* Sets the value of a key the map holds; a key it does not hold is no mention's whole word
 * list, so no lookup could ever find it: dropped. */
static void map_put(ResolveState *st, uint64_t key, int32_t value) {
    size_t i = map_slot(st, key);
    if (st->keys[i]) st->values[i] = value;
}

/* Adds a key (its value is set by the passes, once the map has its final size), doubling
 * the map past a load of 3/4. When the keys fit in `stash` (stash_bytes), they wait there
 * while the old map is freed before the larger one is taken: the allocator can then give
 * the old one's memory to the new, where a map grown beside the old left a trail of freed
 * maps as large as the last (1.5 MB of the peak for 16 MB without spaces). */
static int map_add(NewsWork *w, ResolveState *st, uint64_t key, uint64_t *stash,
                   size_t stash_bytes) {
    if (4 * (st->used + 1) > 3 * st->cap) {
        size_t cap = st->cap ? 2 * st->cap : RESOLVE_MIN_SLOTS;
        if (cap > SIZE_MAX / 2 / sizeof *st->keys) return NEWS_TOOBIG;
        const uint64_t *old = st->keys;
        size_t n_old = st->cap;
        if (st->used <= stash_bytes / sizeof *stash) {
            n_old = 0;
            for (size_t i = 0; i < st->cap; i++)
                if (st->keys[i]) stash[n_old++] = st->keys[i];
            news_work_release(w, st->keys);
            st->keys = 0;
            st->cap = st->alloc = st->used = 0; /* consistent if the allocation fails */
            old = stash;
        }
        uint64_t *keys = w->realloc_fn(0, cap * sizeof *keys);
        if (!keys) return NEWS_NOMEM;
        memset(keys, 0, cap * sizeof *keys);
        size_t used = 0;
        for (size_t i = 0; i < n_old; i++) {
            if (!old[i]) continue;
            size_t j = (size_t)old[i] & (cap - 1);
            while (keys[j]) j = (j + 1) & (cap - 1);
            keys[j] = old[i];
            used++;
        }
        news_work_release(w, st->keys);
        news_work_release(w, st->values); /* taken again at the final size */
        st->values = 0;
        st->values_alloc = 0;
        st->keys = keys;
        st->cap = st->alloc = cap;
        st->used = used;
    }
    size_t i = map_slot(st, key);
    if (!st->keys[i]) {
        st->keys[i] = key;
        st->used++;
    }
    return NEWS_OK;
}

void news_resolve_free(NewsWork *w) {
    ResolveState *st = w->resolve_state;
    if (!st) return;
    news_work_release(w, st->keys);
    news_work_release(w, st->values);
    news_work_release(w, st->kv);
    news_work_release(w, st->kn);
    news_work_release(w, st);
    w->resolve_state = 0;
}

/* The map holds the key of every mention's whole word list. `stash` is scratch for its
 * growth (map_add): w->canon, which the passes only fill after. */
static int prepare(NewsWork *w, ResolveState **out, uint64_t *stash, size_t stash_bytes) {
    ResolveState *st = w->resolve_state;
    if (!st) {
        st = news_work_alloc(w, sizeof *st);
        if (!st) return NEWS_NOMEM;
        memset(st, 0, sizeof *st);
        w->resolve_state = st;
    }
    size_t n = w->ment.n;
    /* distinct keys are at most n: a map that holds n at a load of 3/4 never grows. Use
     * that much of what a longer document left allocated (clearing costs this document's
     * size, not the longest's); with less, map_add grows it. */
    size_t cap = RESOLVE_MIN_SLOTS;
    while (3 * cap < 4 * (n + 1) && cap < st->alloc) cap *= 2;
    st->cap = cap <= st->alloc ? cap : st->alloc;
    if (st->cap) memset(st->keys, 0, st->cap * sizeof *st->keys);
    st->used = 0;
    st->cached = n <= RESOLVE_KEEP_MENTIONS;
    if (st->cached && n > st->kn_cap) { /* exactly n: the count is known */
        void *p = w->realloc_fn(st->kn, n);
        if (!p) return NEWS_NOMEM;
        st->kn = p;
        st->kn_cap = n;
    }
    /* most mentions have a word or two: room for 3/2 keys a mention at once, so the cache
     * seldom grows (each growth leaves the old one behind) */
    size_t kv_guess = n + n / 2;
    if (st->cached && kv_guess > st->kv_cap) {
        news_work_release(w, st->kv);
        st->kv = w->realloc_fn(0, kv_guess * sizeof *st->kv);
        st->kv_cap = st->kv ? kv_guess : 0;
        if (!st->kv) return NEWS_NOMEM;
    }
    uint64_t key[MAX_WORDS];
    uint32_t used = 0;
    for (size_t i = 0; i < n; i++) {
        int k = suffix_keys(w, &w->ment.v[i], key);
        if (st->cached) {
            st->kn[i] = (uint8_t)k;
            if (RESOLVE_CACHE_KEYS - used < (uint32_t)k) {
                st->cached = 0; /* too many: hashed again in each pass */
            } else {
                int rc = news_work_reserve(w, (void **)&st->kv, &st->kv_cap, used + (size_t)k,
                                           sizeof *st->kv);
                if (rc) return rc;
                memcpy(st->kv + used, key, (size_t)k * sizeof *key);
                used += (uint32_t)k;
            }
        }
        if (k == 0) continue;
        int rc = map_add(w, st, key[0], stash, stash_bytes);
        if (rc) return rc;
    }
    st->kv_used = used;
    if (st->values_alloc < st->alloc) {
        news_work_release(w, st->values);
        st->values = w->realloc_fn(0, st->alloc * sizeof *st->values);
        st->values_alloc = st->values ? st->alloc : 0;
        if (!st->values) return NEWS_NOMEM;
    }
    *out = st;
    return NEWS_OK;
}

/* The suffix keys of mention i: from the cache, or hashed into buf. *off is where mention
 * i's keys start in the cache: the passes walk the mentions in order, forward (it is
 * advanced past them) or backward (it is first moved back before them). */
static int keys_of(const NewsWork *w, const ResolveState *st, size_t i, int forward,
                   size_t *off, uint64_t *buf, const uint64_t **key) {
    if (st->cached) {
        int k = st->kn[i];
        if (!forward) *off -= (size_t)k;
        *key = st->kv + *off;
        if (forward) *off += (size_t)k;
        return k;
    }
    *key = buf;
    return suffix_keys(w, &w->ment.v[i], buf);
}

/* "Long Form (ACR)": is mention a the acronym of mention b, written right after it? Its
 * letters are read off the long form in order, from the end, its first letter the first of
 * one of the long form's words (Schwartz & Hearst 2003, as acronym_fits in entities.c):
 * "North Atlantic Treaty Organization (NATO)", "US Food and Drug Administration (FDA)",
 * "Federal Office for the Environment (FOEN)"; also as the British style writes an
 * acronym said as a word, a capital and small letters: "(Nato)", "(Defra)". */
static int defines_acronym(const NewsWork *w, const NewsMention *b, const NewsMention *a) {
    const uint8_t *z = w->text;
    size_t i = b->byte_start + b->byte_len;
    while (i < a->byte_start && z[i] == ' ') i++;
    if (i >= a->byte_start || z[i] != '(') return 0;
    i++;
    while (i < a->byte_start && z[i] == ' ') i++;
    size_t end = a->byte_start + a->byte_len;
    if (i != a->byte_start || end >= w->text_len || z[end] != ')') return 0;
    const uint8_t *acr = z + a->byte_start, *lf = z + b->byte_start;
    size_t na = a->byte_len, nl = b->byte_len;
    if (na < 2 || na > 16 || !(acr[0] >= 'A' && acr[0] <= 'Z')) return 0;
    for (size_t p = 1; p < na; p++)
        if (!((acr[p] | 0x20) >= 'a' && (acr[p] | 0x20) <= 'z')) return 0;
    size_t il = nl;
    for (size_t ia = na; ia > 0; ia--, il--) {
        uint8_t c = acr[ia - 1] | 0x20;
        /* the first letter starts a word: nothing but a space or a hyphen before it */
        while (il > 0 && ((lf[il - 1] | 0x20) != c ||
                          (ia == 1 && il > 1 && lf[il - 2] != ' ' && lf[il - 2] != '-')))
            il--;
        if (il == 0) return 0;
    }
    /* at most two capitalised words of the long form before the one its first letter starts:
     * "US Food and Drug Administration (FDA)", "U.S. Department of Housing and Urban
     * Development (HUD)"; not a mention the tagger ran on over other names ("US Department of
     * Justice and the Securities and Exchange Commission (SEC)") */
    size_t words = 0;
    for (size_t p = 0; p < il; p++)
        words += (p == 0 || lf[p - 1] == ' ') && lf[p] >= 'A' && lf[p] <= 'Z';
    return words <= 2;
}

/* Bytes either side of a mention that caps_line reads: a headline is a short line, and the
 * bound keeps the pass linear when a whole paragraph is in capitals. */
#define CAPS_LINE_LOOK 160

/* Is mention m in capitals only because its line is ("MUSK SAYS SPACEX WILL FLY AGAIN"),
 * not an acronym ("NATO said")? No small letter in it or in its line as far as
 * CAPS_LINE_LOOK bytes each way, and another word of two capitals or more there. */
static int caps_line(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text;
    size_t b = m->byte_start, e = b + m->byte_len, words = 0, run = 0;
    size_t lo = b > CAPS_LINE_LOOK ? b - CAPS_LINE_LOOK : 0;
    size_t hi = w->text_len - e > CAPS_LINE_LOOK ? e + CAPS_LINE_LOOK : w->text_len;
    while (lo < b && z[b - 1] != '\n') b--;
    while (e < hi && z[e] != '\n') e++;
    for (size_t i = b; i < e; i++) {
        if (z[i] >= 'a' && z[i] <= 'z') return 0;
        int outside = i < m->byte_start || i >= m->byte_start + m->byte_len;
        run = z[i] >= 'A' && z[i] <= 'Z' ? run + 1 : 0;
        if (run == 2 && outside) words++;
    }
    return words > 0;
}

/* Is place m a dateline's city in capitals ("WASHINGTON (AP) -", "PORTO ALEGRE, Brazil -"):
 * it opens a line, has no small letter, and a comma, a bracket or a dash follows it? */
static int dateline_line(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text;
    size_t b = m->byte_start, e = b + m->byte_len;
    if (m->type != NEWS_LOC || (b > 0 && z[b - 1] != '\n')) return 0;
    for (size_t i = b; i < e; i++)
        if (z[i] >= 'a' && z[i] <= 'z') return 0;
    if (e < w->text_len && z[e] == ' ') e++;
    if (e >= w->text_len) return 0;
    /* ',' '(' '-', or an en or em dash (E2 80 93/94) */
    return z[e] == ',' || z[e] == '(' || z[e] == '-' ||
           (e + 2 < w->text_len && z[e] == 0xE2 && z[e + 1] == 0x80 &&
            (z[e + 2] == 0x93 || z[e + 2] == 0x94));
}

/* A name first written in a headline in capitals takes the form the text gives it later
 * ("SPACEX" ... "SpaceX" -> SpaceX), and so does a dateline's city ("WASHINGTON (AP) -" ...
 * "a judge in Washington" -> Washington): SPEC's "first later one" for a mention with no
 * earlier one, where the later one has the same words and the case is all the difference
 * (the suffix pass takes only longer later mentions). `canon` holds the answers here. A
 * root (canon == itself) in capitals is marked with the first such mention of its group
 * (as -2 - index), then the group and the root follow the mark. */
static void headline_case(NewsWork *w) {
    const NewsMention *mv = w->ment.v;
    int32_t *canon = w->canon.v;
    size_t n = w->ment.n;
    int moved = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t a = canon[i];
        if (a < 0 || a == (int32_t)i || canon[a] != a || mv[a].byte_len != mv[i].byte_len)
            continue;
        const uint8_t *za = w->text + mv[a].byte_start, *zi = w->text + mv[i].byte_start;
        if (memcmp(za, zi, mv[i].byte_len) && word_eq(za, mv[a].byte_len, zi, mv[i].byte_len) &&
            (caps_line(w, &mv[a]) || dateline_line(w, &mv[a]))) {
            canon[a] = -2 - (int32_t)i;
            moved = 1;
        }
    }
    if (!moved) return;
    for (size_t k = 0; k < n; k++) {
        int32_t c = canon[k];
        if (c >= 0 && canon[c] < 0) canon[k] = -2 - canon[c];
    }
    for (size_t k = 0; k < n; k++)
        if (canon[k] < 0) canon[k] = -2 - canon[k];
}

int news_resolve_document(const NewsModel *m, NewsWork *w) {
    (void)m;
    size_t n = w->ment.n;
    w->canon.n = 0;
    if (n == 0) return NEWS_OK;
    if (n > w->canon.cap) { /* exactly n: the count is known, and this is the peak */
        if (n > SIZE_MAX / sizeof *w->canon.v) return NEWS_TOOBIG;
        void *p = w->realloc_fn(w->canon.v, n * sizeof *w->canon.v);
        if (!p) return NEWS_NOMEM;
        w->canon.v = p;
        w->canon.cap = n;
    }
    ResolveState *st;
    int rc = prepare(w, &st, (uint64_t *)(void *)w->canon.v, w->canon.cap * sizeof *w->canon.v);
    if (rc) return rc;
    NewsMention *mv = w->ment.v;
    int32_t *canon = w->canon.v;
    uint64_t buf[MAX_WORDS];
    const uint64_t *key;
    size_t off = 0; /* into the cached keys */

    /* `canon` holds, until the chains are followed, the mention each one takes its name
     * from (earlier or later; -1: none): no scratch array of a slot per mention (10 MB for
     * the 100 MB article) at the memory peak. */
#define NEXT(i) canon[i]
    /* forward: nearest earlier mention whose words end with these words (`next`) */
    map_clear(st);
    for (size_t i = 0; i < n; i++) {
        int k = keys_of(w, st, i, 1, &off, buf, &key);
        NEXT(i) = -1;
        if (k == 0) continue;
        int32_t j = map_get(st, key[0]);
        if (j >= 0 && mv[j].type == mv[i].type && ends_with(w, &mv[j], &mv[i]))
            NEXT(i) = j;
        if (i > 0 && defines_acronym(w, &mv[i - 1], &mv[i]) && mv[i - 1].type == mv[i].type)
            NEXT(i) = (int32_t)(i - 1);
        for (int s = 0; s < k; s++) map_put(st, key[s], (int32_t)i);
    }
    /* backward, for mentions with no earlier one: the first later mention that is longer
     * and ends with these words (so `next` points back to an earlier mention or forward to
     * a longer one) */
    map_clear(st);
    off = st->kv_used;
    for (size_t r = n; r-- > 0;) {
        int k = keys_of(w, st, r, 0, &off, buf, &key);
        if (k == 0) continue;
        if (NEXT(r) < 0) {
            int32_t j = map_get(st, key[0]);
            if (j >= 0 && mv[j].type == mv[r].type && ends_with(w, &mv[j], &mv[r]))
                NEXT(r) = j;
        }
        for (int s = 1; s < k; s++) map_put(st, key[s], (int32_t)r);
        /* an acronym at its definition also stands for the same acronym used before it
         * ("WHO officials said ... The World Health Organization (WHO)") */
        if (r > 0 && NEXT(r) == (int32_t)r - 1 && defines_acronym(w, &mv[r - 1], &mv[r]))
            map_put(st, key[0], (int32_t)r);
    }
    /* follow the chains: `next` goes to an earlier mention or to a longer later one, so
     * every chain ends; walk it, then write the answer along the path. Links are stored
     * as -2 - next (-1: none), so that a canon >= 0 is an answer */
    for (size_t i = 0; i < n; i++) canon[i] = NEXT(i) >= 0 ? -2 - NEXT(i) : -1;
#undef NEXT
    for (size_t i = 0; i < n; i++) {
        int32_t cur = (int32_t)i;
        size_t steps = 0;
        while (canon[cur] < 0 && steps++ < n) {
            if (canon[cur] == -1) {
                canon[cur] = cur;
                break;
            }
            cur = -2 - canon[cur];
        }
        int32_t answer = canon[cur] >= 0 ? canon[cur] : cur;
        cur = (int32_t)i;
        while (canon[cur] < 0) {
            int32_t link = canon[cur];
            canon[cur] = answer;
            if (link == -1) break;
            cur = -2 - link;
        }
    }
    w->canon.n = n;
    /* a long document's scratch goes back before the speaker pass builds its own, so the
     * two never add up at the peak; a short one's is kept for the next document */
    if (n > RESOLVE_KEEP_MENTIONS) news_resolve_free(w);
    headline_case(w);
    return news_speakers_document(w); /* quotes: pronoun and inherited speakers */
}
