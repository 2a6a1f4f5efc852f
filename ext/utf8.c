/* utf8.c: walks text one character at a time exactly as SQLite's length() and substr()
 * count characters, and answers class and case questions about each character.
 *
 * SQLite's rule (src/func.c, SQLITE_SKIP_UTF8): a byte >= 0xC0 starts a character that
 * takes in every continuation byte (0x80-0xBF) right after it; any other byte, a stray
 * continuation byte included, is a character of its own. We step by that rule first and
 * only then ask utf8proc to decode, so positions agree with SQLite on any input, valid or
 * not. ASCII never reaches utf8proc: most news text is ASCII and a table is faster.
 * Case and category come per code point (utf8proc_tolower, utf8proc_category), never from
 * utf8proc_map, which allocates on every call. */
#include <string.h>
#include <utf8proc.h>

#include "news.h"

/* Class of every ASCII byte, row by row from 0x00: callers on a hot path (tokenize.c) read
 * it directly instead of calling news_utf8_class. */
enum { O = NEWS_CC_OTHER, S = NEWS_CC_SPACE, B = NEWS_CC_BREAK, D = NEWS_CC_DIGIT,
       U = NEWS_CC_UPPER, L = NEWS_CC_LOWER, P = NEWS_CC_PUNCT };
const uint8_t news_utf8_ascii_class[128] = {
    O, O, O, O, O, O, O, O, O, S, B, S, S, B, O, O,
    O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, O,
};

size_t news_utf8_next(const uint8_t *z, size_t n, int32_t *cp) {
    if (z[0] < 0x80) {
        *cp = z[0];
        return 1;
    }
    size_t len = 1; /* one character, as SQLite sees it */
    if (z[0] >= 0xC0)
        while (len < n && (z[len] & 0xC0) == 0x80) len++;
    utf8proc_int32_t c;
    utf8proc_ssize_t got = utf8proc_iterate(z, (utf8proc_ssize_t)len, &c);
    /* a negative return is an error code, not a length; a short one means SQLite took in
     * more continuation bytes than the sequence has: either way one invalid character */
    *cp = (got == (utf8proc_ssize_t)len) ? (int32_t)c : NEWS_CP_INVALID;
    return len;
}

int news_utf8_class(int32_t cp) {
    if (cp < 0) return NEWS_CC_OTHER;
    if (cp < 128) return news_utf8_ascii_class[cp];
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return NEWS_CC_BREAK;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return NEWS_CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return NEWS_CC_LOWER;
    case UTF8PROC_CATEGORY_ND:
        return NEWS_CC_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
        return NEWS_CC_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return NEWS_CC_BREAK;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return NEWS_CC_MARK;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return NEWS_CC_PUNCT;
    default:
        return NEWS_CC_OTHER; /* Cc, Cf (soft hyphen, zero-width), Co, Cn, Nl, No */
    }
}

int32_t news_utf8_lower(int32_t cp) {
    if (cp < 0) return cp;
    if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return utf8proc_tolower(cp);
}

int64_t news_utf8_count(const uint8_t *z, size_t n) {
    int64_t chars = 0;
    size_t i = 0;
    while (i < n) {
        uint64_t v; /* eight ASCII bytes at once are eight characters */
        if (n - i >= 8 && (memcpy(&v, z + i, 8), (v & 0x8080808080808080ull) == 0)) {
            i += 8;
            chars += 8;
            continue;
        }
        uint8_t c = z[i++];
        chars++;
        if (c >= 0xC0)
            while (i < n && (z[i] & 0xC0) == 0x80) i++;
    }
    return chars;
}

size_t news_utf8_text_len(const uint8_t *z, size_t n) {
    const void *nul = memchr(z, 0, n);
    return nul ? (size_t)((const uint8_t *)nul - z) : n;
}
