/* key.c: news_key(), a key for matching one name across documents: "Dr. Dmytro  KULEBA",
 * "dmytro kuleba" and "Dmytro Kuléba" all give "dmytro kuleba".
 *
 * Steps, in order (docs/key.md is the user's reference and lists the titles):
 *  1. walk the text as SQLite counts characters (utf8.c); an undecodable byte is a separator;
 *  2. per code point, NFKD with full case folding and default-ignorables dropped
 *     (utf8proc_decompose_char: no allocation, so invalid input never reaches utf8proc);
 *  3. fold the few Latin letters Unicode does not decompose (ø, ł, æ ...: fold_letter);
 *     drop nonspacing marks (Mn): the diacritics that decomposition split off;
 *     letters, digits and the other marks (Mc, Me) stay; everything else separates words;
 *  4. recompose (utf8proc_normalize_utf32, canonical composition), so Hangul and other
 *     scripts come back in their composed form: the result is NFKC of the folded text;
 *  5. encode, with every run of separators one space and none at either end;
 *  6. drop leading titles ("prime minister", "dr", "sen"), longest first, with an "elect"
 *     after one, while a word is left after them: "President" alone stays "president".
 *
 * The title list lives here, not in lexicon.c, on purpose: keys get stored (generated
 * columns, expression indexes), so they must not move when the tagger's lexicon is tuned.
 * A change to this list changes stored keys: note it in docs/key.md and the changelog.
 *
 * Inputs: bytes z[0..n) (the caller cuts at NUL). Output: a NUL-terminated key allocated
 * through the work's allocator, or NULL for an empty key. */
#include <string.h>
#include <utf8proc.h>

#include "news.h"

#define SEP 0x20 /* separator between words while the key is code points */

/* Titles and honorifics, folded and with punctuation as spaces (as the key spells them).
 * Keep docs/key.md in step. Several words are one entry so "prime minister" drops whole. */
static const char *const titles[] = {
    /* honorifics */
    "mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "doctor", "prof", "professor", "sir",
    "dame", "lord", "lady", "hon", "honorable", "honourable", "the honorable",
    "the honourable",
    /* heads of state and government */
    "president", "vice president", "pres", "prime minister", "deputy prime minister",
    "premier", "chancellor", "king", "queen", "prince", "princess", "crown prince", "emperor",
    "empress", "sultan", "emir", "sheikh", "supreme leader", "taoiseach",
    /* ministers and secretaries */
    "minister", "deputy minister", "foreign minister", "defence minister", "defense minister",
    "finance minister", "interior minister", "health minister", "justice minister",
    "secretary", "secretary of state", "secretary of defense", "secretary of defence",
    "secretary general", "foreign secretary", "home secretary", "defence secretary",
    "defense secretary", "treasury secretary", "attorney general", "ambassador",
    "commissioner",
    /* legislators, governors, mayors */
    "senator", "sen", "representative", "rep", "congressman", "congresswoman", "speaker",
    "house speaker", "majority leader", "minority leader", "senate majority leader",
    "senate minority leader", "house majority leader", "house minority leader", "gov",
    "governor", "lt gov", "mayor",
    /* military */
    "gen", "lt", "lt gen", "maj", "maj gen", "brig", "brig gen", "col", "lt col", "capt",
    "cmdr", "adm", "sgt", "cpl", "pvt", "field marshal",
    /* courts */
    "judge", "justice", "chief justice",
    /* religion */
    "rev", "reverend", "father", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam",
    "ayatollah",
};

/* Length in bytes of the longest title that key[0..n) starts with as whole words; 0 when
 * none does, or when the longest is the whole key ("Secretary of State" alone stays itself
 * rather than losing "secretary" and keeping "of state"). */
static size_t title_at(const uint8_t *key, size_t n) {
    size_t best = 0;
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        size_t len = strlen(titles[i]);
        if (len <= n && (len == n || key[len] == ' ') && memcmp(key, titles[i], len) == 0 &&
            len > best)
            best = len;
    }
    return best < n ? best : 0;
}

/* Latin letters that Unicode gives no decomposition, so step 3 cannot strip them, yet
 * English news writes them both ways (Łukasz/Lukasz, Ørsted/Orsted): folded by hand. The
 * input is already case-folded. Returns the replacement's length (1 or 2), 0 for none. */
static int fold_letter(int32_t cp, int32_t rep[2]) {
    switch (cp) {
    case 0x00F8: rep[0] = 'o'; return 1;              /* ø */
    case 0x0142: rep[0] = 'l'; return 1;              /* ł */
    case 0x0111: case 0x00F0: rep[0] = 'd'; return 1; /* đ ð */
    case 0x0127: rep[0] = 'h'; return 1;              /* ħ */
    case 0x0131: rep[0] = 'i'; return 1;              /* dotless ı */
    case 0x00E6: rep[0] = 'a', rep[1] = 'e'; return 2; /* æ */
    case 0x0153: rep[0] = 'o', rep[1] = 'e'; return 2; /* œ */
    case 0x00FE: rep[0] = 't', rep[1] = 'h'; return 2; /* þ */
    default: return 0;
    }
}

/* Is the code point part of a word (kept), after Mn marks were dropped? */
static int is_word_cp(int32_t cp) {
    if (cp < 128)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return 1;
    default:
        return 0;
    }
}

int news_key(NewsWork *w, const uint8_t *name, size_t n, uint8_t **out, size_t *out_len) {
    int32_t *cps = 0; /* the key as code points: scratch, through the work's allocator */
    size_t n_cps = 0, cap = 0;
    uint8_t *key = 0;
    int rc = NEWS_OK;
    *out = 0;
    *out_len = 0;

    /* steps 1-3: decompose and fold each character, keep word characters, mark separators;
     * a leading separator and separator runs are never stored */
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += news_utf8_next(name + i, n - i, &cp);
        utf8proc_int32_t dec[64]; /* 32 decomposed, each may double in fold_letter */
        utf8proc_ssize_t n_dec = 0;
        if (cp >= 0) {
            int bound = 0;
            n_dec = utf8proc_decompose_char(cp, dec, 32,
                                            UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                UTF8PROC_CASEFOLD | UTF8PROC_IGNORE,
                                            &bound);
            if (n_dec < 0 || n_dec > 32) n_dec = 0, cp = NEWS_CP_INVALID;
            for (utf8proc_ssize_t k = 0; k < n_dec; k++) { /* ø -> o, æ -> ae */
                int32_t rep[2];
                int r = fold_letter(dec[k], rep);
                if (r == 0) continue;
                if (r == 2) memmove(dec + k + 2, dec + k + 1, (size_t)(n_dec - k - 1) * 4);
                dec[k] = rep[0];
                if (r == 2) dec[k + 1] = rep[1], n_dec++, k++;
            }
        }
        if (cp < 0) dec[0] = SEP, n_dec = 1; /* an undecodable byte separates words */
        rc = news_work_reserve(w, (void **)&cps, &cap, n_cps + (size_t)n_dec + 1, sizeof *cps);
        if (rc) goto fail;
        for (utf8proc_ssize_t k = 0; k < n_dec; k++) {
            int32_t c = dec[k];
            if (c >= 128 && utf8proc_category(c) == UTF8PROC_CATEGORY_MN) continue;
            if (!is_word_cp(c)) {
                if (n_cps == 0 || cps[n_cps - 1] == SEP) continue; /* runs: one space */
                c = SEP;
            }
            cps[n_cps++] = c;
        }
    }
    if (n_cps && cps[n_cps - 1] == SEP) n_cps--; /* trailing separator */
    if (n_cps == 0) goto done;

    /* step 4: canonical composition (the marks it would join were dropped, so this mostly
     * rebuilds Hangul syllables and script-specific pairs) */
    utf8proc_ssize_t n_comp =
        utf8proc_normalize_utf32(cps, (utf8proc_ssize_t)n_cps, UTF8PROC_COMPOSE);
    if (n_comp < 0) n_comp = (utf8proc_ssize_t)n_cps; /* cannot happen on valid code points */

    /* step 5: encode */
    if ((size_t)n_comp > (SIZE_MAX - 1) / 4) {
        rc = NEWS_TOOBIG;
        goto fail;
    }
    key = news_work_alloc(w, (size_t)n_comp * 4 + 1);
    if (!key) {
        rc = NEWS_NOMEM;
        goto fail;
    }
    size_t len = 0;
    for (utf8proc_ssize_t k = 0; k < n_comp; k++)
        len += (size_t)utf8proc_encode_char(cps[k], key + len);
    key[len] = 0;

    /* step 6: leading titles */
    size_t skip = 0;
    for (size_t t; (t = title_at(key + skip, len - skip)) > 0;) {
        /* "President-elect Donald Trump": the title's "elect" goes with it, but
         * "President-elect" alone is no name after a title */
        size_t r = len - skip - t - 1; /* bytes after the title and its space */
        const uint8_t *after = key + skip + t + 1;
        int elect = r >= 5 && memcmp(after, "elect", 5) == 0 && (r == 5 || after[5] == ' ');
        if (elect && r == 5) break;
        skip += t + 1 + (elect ? 6 : 0);
    }
    if (skip) memmove(key, key + skip, len - skip + 1);
    len -= skip;

    *out = key;
    *out_len = len;
    key = 0;
done:
    news_work_release(w, cps);
    return NEWS_OK;
fail:
    news_work_release(w, cps);
    news_work_release(w, key);
    return rc;
}
