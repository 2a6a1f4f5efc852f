/* tokenize.c: splits the current window of the text into tokens with byte and character
 * offsets, shape flags and quotation-mark kinds (news.h, NewsToken).
 *
 * Tokens follow CoNLL-2003 where the entity spans depend on it: "Ukraine’s" is "Ukraine"
 * + "’s" (the possessive is outside the entity), "U.S." keeps its final period, a hyphenated
 * word ("Soviet-era", "NATO-led") is one token. Abbreviations take their period ("Mr.",
 * "Jan.", the initial "J."), so the sentence splitter sees them as one piece. Everything
 * that is neither word nor space is a one-character token, except runs of periods ("...")
 * and dashes ("--"). Deciding whether a straight or curly single mark is an apostrophe or a
 * quotation mark needs the whole paragraph, so it is left to quotes.c; inside a word
 * ("O’Neill", "don't") a mark is always part of the word.
 *
 * Linear in the window: each byte is looked at a bounded number of times. */
#include <string.h>

#include "lexicon.h"
#include "news.h"

/* A token longer than this is cut: a megabyte without a space is not a word, and token
 * lengths must fit uint32_t. */
#define MAX_TOKEN_BYTES (1u << 16)

typedef struct {
    const uint8_t *z; /* text */
    size_t end;       /* window end, bytes */
} Src;

static int peek_slow(const Src *s, size_t i, int32_t *cp, size_t *len) {
    if (i >= s->end) {
        *cp = 0;
        *len = 0;
        return NEWS_CC_BREAK; /* the window end behaves like a paragraph end */
    }
    *len = news_utf8_next(s->z + i, s->end - i, cp);
    return news_utf8_class(*cp);
}

/* Character at byte i (< s->end): code point, byte length and class. ASCII, most of news
 * text, is one table read in line; the rest (and the window end) goes through utf8.c. */
static inline int peek(const Src *s, size_t i, int32_t *cp, size_t *len) {
    if (i < s->end && s->z[i] < 0x80) {
        *cp = s->z[i];
        *len = 1;
        return news_utf8_ascii_class[s->z[i]];
    }
    return peek_slow(s, i, cp, len);
}

static int is_alnum_class(int cc) {
    return cc == NEWS_CC_UPPER || cc == NEWS_CC_LOWER || cc == NEWS_CC_DIGIT ||
           cc == NEWS_CC_MARK;
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static uint8_t quote_kind(int32_t cp) {
    switch (cp) {
    case '"': return NEWS_QM_DQ;
    case 0x201C: return NEWS_QM_DQ_OPEN;
    case 0x201D: return NEWS_QM_DQ_CLOSE;
    case 0x201E: return NEWS_QM_DQ_LOW;
    case '\'': return NEWS_QM_SQ;
    case 0x2018: return NEWS_QM_SQ_OPEN;
    case 0x2019: return NEWS_QM_SQ_CLOSE;
    case 0x201A: return NEWS_QM_SQ_LOW;
    case 0x00AB: return NEWS_QM_GU_OPEN;
    case 0x00BB: return NEWS_QM_GU_CLOSE;
    default: return NEWS_QM_NONE;
    }
}

/* Is cp a Latin-script letter? Cheap test by block: Basic Latin to Latin Extended
 * Additional, which is all news text needs to set NEWS_TF_NONLATIN sensibly. */
static int is_latin(int32_t cp) {
    return cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2C60 && cp < 0x2C80) ||
           (cp >= 0xA720 && cp < 0xA800) || (cp >= 0xFF21 && cp < 0xFF5B);
}

/* The clitics split off a word after an apostrophe: 's 're 've 'll 'd 'm (any case). */
static size_t clitic_len(const Src *s, size_t i) {
    /* i is the byte after the apostrophe */
    int32_t c1, c2, c3;
    size_t l1, l2, l3;
    int k1 = peek(s, i, &c1, &l1);
    if (k1 != NEWS_CC_UPPER && k1 != NEWS_CC_LOWER) return 0;
    int32_t a = news_utf8_lower(c1);
    int k2 = peek(s, i + l1, &c2, &l2);
    int32_t b = news_utf8_lower(c2);
    if (!is_alnum_class(k2)) {
        if (a == 's' || a == 'd' || a == 'm') return l1;
        return 0;
    }
    int k3 = peek(s, i + l1 + l2, &c3, &l3);
    if (is_alnum_class(k3)) return 0;
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
        return l1 + l2;
    return 0;
}

typedef struct {
    uint32_t flags;
    int n_upper, n_lower;
} Shape;

static void shape_char(Shape *sh, int cc, int32_t cp) {
    if (cc == NEWS_CC_UPPER) {
        if (sh->n_upper + sh->n_lower == 0) sh->flags |= NEWS_TF_UPPER_INIT;
        sh->n_upper++;
    } else if (cc == NEWS_CC_LOWER) {
        sh->n_lower++;
    } else if (cc == NEWS_CC_DIGIT) {
        sh->flags |= NEWS_TF_DIGIT;
    }
    if ((cc == NEWS_CC_UPPER || cc == NEWS_CC_LOWER) && !is_latin(cp))
        sh->flags |= NEWS_TF_NONLATIN;
}

/* Eight bytes at a time where the byte order allows (a 64-bit load on a little-endian
 * machine, the first byte lowest): the tokenizer reads every byte of the text, and most
 * are lower-case ASCII letters inside words. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    (defined(__GNUC__) || defined(__clang__))
#define NEWS_SWAR 1
#define SWAR_HIGH 0x8080808080808080ull
#define SWAR_ONES 0x0101010101010101ull
static inline uint64_t load8(const uint8_t *z) {
    uint64_t x;
    memcpy(&x, z, 8);
    return x;
}
/* How many of the 8 bytes at z, from the first, are ASCII lower-case letters. */
static inline unsigned lower_run8(const uint8_t *z) {
    uint64_t x = load8(z), x7 = x & ~SWAR_HIGH;
    /* bit 7 of a byte: b >= 'a' (b + 0x1F), b <= 'z' (not b + 0x05), b < 0x80 */
    uint64_t lower = (x7 + 0x1F * SWAR_ONES) & ~(x7 + 0x05 * SWAR_ONES) & ~x & SWAR_HIGH;
    uint64_t other = ~lower & SWAR_HIGH;
    return other ? (unsigned)__builtin_ctzll(other) / 8 : 8;
}
#else
#define NEWS_SWAR 0
#endif

/* Did a paragraph break (or the text start) come right before byte b? */
static int para_before(const uint8_t *z, size_t b) {
    if (b == 0) return 1;
    uint8_t c = z[b - 1];
    if (c == '\n' || c == '\r') return 1;
    /* U+2028, U+2029 end in 0xA8/0xA9 after E2 80; NEL is C2 85 */
    if (b >= 3 && z[b - 3] == 0xE2 && z[b - 2] == 0x80 && (c == 0xA8 || c == 0xA9)) return 1;
    if (b >= 2 && z[b - 2] == 0xC2 && c == 0x85) return 1;
    return 0;
}

/* Whether bytes [b, e) open their paragraph with a wire service's tag before its hyphen
 * ("EXCLUSIVE-Shell weighs ...", "RPT-Fed's Powell ...", "UPDATE 2-Oil rises ..."): the
 * tag and the headline are two tokens, not one hyphenated word. */
static int wire_tag(const Src *s, size_t b, size_t e) {
    const uint8_t *z = s->z;
    if (e - b <= 2 && z[b] - (unsigned)'0' < 10u && b >= 7 &&
        !memcmp(z + b - 7, "UPDATE ", 7) && para_before(z, b - 7))
        return 1; /* "UPDATE 2-" */
    return para_before(z, b) && (news_lexicon_kicker(z + b, e - b) & NEWS_KICKER_HYPHEN);
}

/* The word scanner is out of line: the fast path (plain_word) takes most words, and in
 * line the scanner's registers weighed on the fast path's loop (0.07 % of news_quotes'
 * instructions; a call per word was a tenth of the tokenizer's before the fast path). */
#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/* The ASCII characters that may join two parts of a word (scan_word's joiners): & ' , - . /
 * all lie in 0x26..0x2F, so one range test and one bit of a mask (asked at every word end). */
static inline int is_joiner_ascii(uint8_t c) {
    unsigned k = (unsigned)c - 0x26u;
    return k < 10 && ((0x3C3u >> k) & 1u);
}

/* Scans a word starting at byte i; returns its end. Sets *fl to its shape flags and
 * *chars_out to its length in characters (each of its steps is one, as utf8.c counts), and,
 * when it stops before a clitic, leaves the clitic for the caller. */
static NOINLINE size_t scan_word(const Src *s, size_t i, uint32_t *fl, size_t *letters_out,
                                  int *initials_out, size_t *chars_out) {
    Shape sh = {0};
    size_t start = i;
    int seg_letters = 0;     /* letters in the current period-separated segment */
    int initials = 1;        /* every segment so far is one letter: U.S, p.m */
    int32_t cp, prev = 0;
    size_t len, wide = 0; /* bytes past the first of the word's multi-byte characters */
    if (s->z[i] - (unsigned)'A' < 26u) { /* a capital first (a name): then the lower case in bulk */
        sh.flags = NEWS_TF_UPPER_INIT;
        sh.n_upper = 1;
        seg_letters = 1;
        prev = s->z[i++];
    }
    for (;;) {
        /* a run of ASCII letters and digits, the bulk of any word, without the joiner
         * logic below (the same shape as one character at a time) */
        size_t lim = start + MAX_TOKEN_BYTES < s->end ? start + MAX_TOKEN_BYTES : s->end;
        while (i < lim && s->z[i] < 0x80) {
#if NEWS_SWAR
            if (lim - i >= 8) { /* lower-case letters in bulk, as the loop below counts them */
                unsigned r = lower_run8(s->z + i);
                if (r) {
                    sh.n_lower += (int)r;
                    seg_letters += (int)r;
                    prev = s->z[i + r - 1];
                    i += r;
                    if (r == 8 || s->z[i] >= 0x80) continue;
                    if (s->z[i] == ' ') goto done; /* the commonest end of a word */
                }
            }
#endif
            int ac = news_utf8_ascii_class[s->z[i]];
            if (ac == NEWS_CC_LOWER) {
                sh.n_lower++;
            } else if (ac == NEWS_CC_UPPER) {
                if (sh.n_upper + sh.n_lower == 0) sh.flags |= NEWS_TF_UPPER_INIT;
                sh.n_upper++;
            } else if (ac == NEWS_CC_DIGIT) {
                sh.flags |= NEWS_TF_DIGIT;
            } else if (is_joiner_ascii(s->z[i])) {
                break; /* looked at below */
            } else {
                goto done; /* a space, most often: the word ends without looking further */
            }
            seg_letters++;
            prev = s->z[i++];
        }
        if (i - start >= MAX_TOKEN_BYTES) break;
        int cc = peek(s, i, &cp, &len);
        if (is_alnum_class(cc)) {
            shape_char(&sh, cc, cp);
            if (cc != NEWS_CC_MARK) seg_letters++;
            prev = cp;
            wide += len - 1;
            i += len;
            continue;
        }
        /* joiners: look one character past them; anything else ends the word (a space,
         * most often: said without looking further) */
        if (!(cp == '.' || cp == ',' || is_hyphen(cp) || cp == '/' || cp == '&' ||
              is_apostrophe(cp)))
            break;
        int32_t nx;
        size_t nlen;
        int ncc = peek(s, i + len, &nx, &nlen);
        if (!is_alnum_class(ncc) || ncc == NEWS_CC_MARK) break;
        if (cp == '.') {
            int pd = news_utf8_class(prev) == NEWS_CC_DIGIT, nd = ncc == NEWS_CC_DIGIT;
            /* 3.5, U.S, p.m, bbc.co.uk; not "end.Next" (a missing space after a sentence) */
            if ((pd && nd) || seg_letters == 1 || ncc == NEWS_CC_LOWER) {
                if (seg_letters != 1) initials = 0;
                seg_letters = 0;
                prev = cp;
                wide += len - 1;
                i += len;
                continue;
            }
            break;
        }
        if (cp == ',' && news_utf8_class(prev) == NEWS_CC_DIGIT && ncc == NEWS_CC_DIGIT) {
            /* 1,000 but not "1,2": a thousands group is exactly three digits */
            int32_t c;
            size_t l, k = i + 1;
            int digits = 0;
            while (digits < 4 && peek(s, k, &c, &l) == NEWS_CC_DIGIT) digits++, k += l;
            if (digits != 3) break;
            prev = cp;
            wide += len - 1;
            i += len;
            initials = 0;
            continue;
        }
        if (is_hyphen(cp) && wire_tag(s, start, i)) break;
        if (is_hyphen(cp) || cp == '/' || cp == '&') {
            if (cp == '/' && !(sh.flags & NEWS_TF_DIGIT)) break; /* 24/7, 9/11; not and/or */
            if (cp == '&' && !(news_utf8_class(prev) == NEWS_CC_UPPER && ncc == NEWS_CC_UPPER))
                break; /* AT&T, S&P; not "rock&roll" */
            if (is_hyphen(cp)) sh.flags |= NEWS_TF_HYPHEN;
            initials = 0;
            seg_letters = 0;
            prev = cp;
            wide += len - 1;
            i += len;
            continue;
        }
        if (is_apostrophe(cp)) {
            if (clitic_len(s, i + len)) break; /* Ukraine’s: the clitic is a token */
            /* O’Neill, don't, Ya'alon: the mark is inside the word */
            initials = 0;
            prev = cp;
            wide += len - 1;
            i += len;
            continue;
        }
        break;
    }
done:;
    uint32_t fl_ = sh.flags | NEWS_TF_WORD;
    if (sh.n_upper + sh.n_lower > 0 && sh.n_lower == 0) fl_ |= NEWS_TF_ALL_UPPER;
    *fl = fl_;
    *letters_out = (size_t)(sh.n_upper + sh.n_lower);
    *initials_out = initials && seg_letters <= 1;
    *chars_out = i - start - wide; /* a character per byte of the ASCII runs */
    return i;
}

/* Does ASCII byte c end a word of letters for certain? White space, a line break, a
 * control character, or punctuation that never joins two letters' parts (scan_word's
 * joiners & ' - . / join some, and a ':' may start "://" and a '.' make an abbreviation, so
 * those take the general path); a ',' joins digits only. */
static const uint8_t ends_letters[128] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* controls, \t \n \r */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, /* space ! " # $ % ( ) * + , ; not & ' - . / */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, /* digits, ':'; ; < = > ? */
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* @, capitals */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, /* [ \ ] ^ _ */
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* ` and small letters */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, /* { | } ~ DEL */
};

/* At byte i, right after a word: the end of a clitic 's, 'd or 'm there (straight or curly
 * apostrophe) that ends before an ASCII byte that is no letter, digit or ':', or 0. The
 * general path makes the same token of it (WORD | CLITIC, two characters); with the ':' a
 * URL test could apply. */
static inline size_t plain_clitic(const Src *s, size_t i) {
    const uint8_t *z = s->z;
    size_t ap = z[i] == '\'' ? 1 : z[i] == 0xE2 && z[i + 1] == 0x80 && z[i + 2] == 0x99 ? 3 : 0;
    if (!ap || i + ap + 1 >= s->end) return 0;
    unsigned c = z[i + ap] | 0x20u, after = z[i + ap + 1];
    if ((c != 's' && c != 'd' && c != 'm') || after >= 0x80 || after == ':') return 0;
    int k = news_utf8_ascii_class[after];
    if (k == NEWS_CC_UPPER || k == NEWS_CC_LOWER || k == NEWS_CC_DIGIT) return 0;
    return i + ap + 1;
}

/* The commonest tokens of news text: an ASCII word of small letters after a small letter
 * or a capital ("said", "Kuleba"), or of capitals ("BBC"), ended by a byte that ends it for
 * certain (ends_letters), before the window end; or a number of ASCII digits ("2019") that
 * no ',' or '.' may continue. Returns its end, or 0 when the bytes at i are anything else,
 * which the general path (scan_word) takes. For such a token scan_word finds the same end
 * and gives the flags set here, and of the checks after it only the abbreviation's period
 * can apply (a URL needs a ':' after the word or "www." in it). On 2 MB of BBC news this
 * path cut the tokenizer's instructions by a third. */
static inline size_t plain_word(const Src *s, size_t i, uint32_t *fl) {
    const uint8_t *z = s->z;
    size_t e = i + 1;
    if (z[i] - (unsigned)'a' < 26u) {
        *fl = NEWS_TF_WORD;
    } else if (z[i] - (unsigned)'A' < 26u) {
        *fl = NEWS_TF_WORD | NEWS_TF_UPPER_INIT;
        if (e < s->end && z[e] - (unsigned)'A' < 26u) { /* capitals only ("BBC", "NATO") */
            while (e < s->end && z[e] - (unsigned)'A' < 26u) e++;
            if (e < s->end && z[e] - (unsigned)'a' < 26u) return 0; /* "NATOs": mixed */
            *fl |= NEWS_TF_ALL_UPPER;
            goto end;
        }
    } else if (z[i] - (unsigned)'0' < 10u) { /* digits ("2019"), unless a ',' or a '.' may
                                              * join more ("1,000", "3.5") */
        while (e < s->end && z[e] - (unsigned)'0' < 10u) e++;
        if (e >= s->end || e - i >= MAX_TOKEN_BYTES || z[e] >= 0x80 || z[e] == ',' ||
            !ends_letters[z[e]])
            return 0;
        *fl = NEWS_TF_WORD | NEWS_TF_DIGIT;
        return e;
    } else {
        return 0;
    }
#if NEWS_SWAR
    while (s->end - e >= 8) {
        unsigned r = lower_run8(z + e);
        e += r;
        if (r < 8) break;
    }
#endif
    while (e < s->end && z[e] - (unsigned)'a' < 26u) e++;
    if (e - i == 1 && *fl != NEWS_TF_WORD) *fl |= NEWS_TF_ALL_UPPER; /* "A", "I" */
end:
    if (e >= s->end || e - i >= MAX_TOKEN_BYTES) return 0;
    if (z[e] < 0x80 && ends_letters[z[e]]) return e;
    /* a clitic 's, 'd or 'm ending there ("Ukraine’s"): the word ends before it, and the
     * clitic is a token of its own */
    if (plain_clitic(s, e)) return e;
    /* a full stop, then white space or a line break (a sentence end, "Mr. "): the word
     * ends there, and the period is the word's when the general path would say so */
    if (z[e] != '.' || e + 1 >= s->end || (z[e + 1] != ' ' && z[e + 1] != '\n')) return 0;
    if (z[i] == 'w') return 0; /* (not "www.": the URL test is the general path's) */
    if (e - i == 1 || news_lexicon_is_abbrev(z + i, e - i)) { /* an initial, "Mr." */
        *fl |= NEWS_TF_ABBREV;
        e++;
    }
    return e;
}

/* Characters in z[0..n): a token's ASCII prefix in line, the rest by utf8.c (a byte
 * >= 0x80 after ASCII starts a character of its own either way). */
static inline int64_t count_chars(const uint8_t *z, size_t n, const uint8_t *end) {
#if NEWS_SWAR
    if (n <= 8 && end - z >= 8) { /* a short token, checked in one load */
        uint64_t mask = n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
        if (!(load8(z) & mask & SWAR_HIGH)) return (int64_t)n;
    }
#else
    (void)end;
#endif
    for (size_t i = 0; i < n; i++)
        if (z[i] >= 0x80) return (int64_t)i + news_utf8_count(z + i, n - i);
    return (int64_t)n;
}

/* The window's tokens as news_tokenize builds them: the array's fields in locals, since
 * every store to a token (a byte among them) could otherwise alias them, and the compiler
 * would load them again after each one. w->tok is written back when it grows and at the
 * end. */
typedef struct {
    NewsToken *v;
    size_t n, cap;
} Toks;

static inline int push(NewsWork *w, Toks *tk, size_t b0, size_t b1, int64_t c0, int64_t nchars,
                       uint32_t fl, uint8_t q) {
    if (tk->n == tk->cap) {
        w->tok.n = tk->n;
        int rc = NEWS_RESERVE(w, w->tok, tk->n + 1);
        if (rc) return rc;
        tk->v = w->tok.v;
        tk->cap = w->tok.cap;
    }
    NewsToken *t = &tk->v[tk->n++];
    memset(t, 0, sizeof *t);
    t->byte_start = b0;
    t->byte_len = (uint32_t)(b1 - b0);
    t->char_start = c0;
    t->char_len = (uint32_t)nchars;
    t->flags = fl;
    t->quote = q;
    return NEWS_OK;
}

int news_tokenize(NewsWork *w) {
    Src s = {w->text, w->win_byte_end};
    size_t i = w->win_byte_start;
    int64_t chars = w->win_char_start;
    int space_before = 1;
    int para_start = para_before(w->text, i);
    w->tok.n = 0;
    /* about one token per five bytes of news text: reserve once, not per token */
    size_t estimate = (w->win_byte_end - w->win_byte_start) / 5 + 16;
    if (w->tok.cap < estimate) {
        int rc = NEWS_RESERVE(w, w->tok, estimate);
        if (rc) return rc;
    }
    Toks tk = {w->tok.v, 0, w->tok.cap};
    while (i < s.end) {
        if (s.z[i] == ' ') { /* most bytes between tokens: the space branch below, early */
            space_before = 1;
            i++;
            chars++;
            continue;
        }
        {
            uint32_t fl;
            size_t e = plain_word(&s, i, &fl);
            if (e) { /* the general path's steps for a word, those that apply to this one */
                if (space_before) fl |= NEWS_TF_SPACE_BEFORE;
                if (para_start) fl |= NEWS_TF_PARA_START;
                if ((space_before || para_start) && tk.n)
                    tk.v[tk.n - 1].flags |= NEWS_TF_SPACE_AFTER;
                int rc = push(w, &tk, i, e, chars, (int64_t)(e - i), fl, NEWS_QM_NONE);
                if (rc) return rc;
                chars += (int64_t)(e - i);
                i = e;
                space_before = 0;
                para_start = 0;
                if (s.z[i] == ' ') { /* the space after it, as the loop's first test would (i is
                                      * inside the window: plain_word ends words in it) */
                    space_before = 1;
                    i++;
                    chars++;
                }
                continue;
            }
        }
        if (!space_before && tk.n && (tk.v[tk.n - 1].flags & NEWS_TF_WORD)) {
            size_t e = plain_clitic(&s, i); /* "’s" after "Ukraine" */
            if (e) {
                int rc = push(w, &tk, i, e, chars, 2, NEWS_TF_WORD | NEWS_TF_CLITIC, NEWS_QM_NONE);
                if (rc) return rc;
                chars += 2;
                i = e;
                continue;
            }
        }
        int32_t cp;
        size_t len;
        int cc = peek(&s, i, &cp, &len);
        if (cc == NEWS_CC_SPACE || cc == NEWS_CC_OTHER || cc == NEWS_CC_BREAK) {
            /* controls, invalid bytes and format characters separate tokens like spaces */
            if (cc == NEWS_CC_BREAK) {
                if (tk.n) tk.v[tk.n - 1].flags |= NEWS_TF_PARA_END;
                para_start = 1;
            }
            space_before = 1;
            i += len;
            chars++;
            continue;
        }
        size_t b0 = i;
        size_t word_chars = SIZE_MAX; /* known from scan_word for a word; else counted */
        uint32_t fl = 0;
        uint8_t q = NEWS_QM_NONE;
        if (is_alnum_class(cc) && cc != NEWS_CC_MARK) {
            size_t letters;
            int initials;
            i = scan_word(&s, i, &fl, &letters, &initials, &word_chars);
            /* a period that belongs to the word: U.S. / J. / Mr. / Jan. */
            if (i < s.end && s.z[i] == '.' && (fl & NEWS_TF_DIGIT) == 0) {
                int32_t after;
                size_t alen;
                peek(&s, i + 1, &after, &alen);
                int dots_follow = after == '.'; /* "etc..." : the ellipsis stays whole */
                if (!dots_follow && ((initials && letters >= 1) ||
                                     news_lexicon_is_abbrev(w->text + b0, i - b0))) {
                    fl |= NEWS_TF_ABBREV;
                    i += 1;
                    word_chars++;
                    /* "U.S.-led", "U.S.-based": initials and a hyphenated word in lower
                     * case are one word, as CoNLL-2003 writes them (a MISC) */
                    if (initials && after == '-' && i + 1 < s.end &&
                        s.z[i + 1] - (unsigned)'a' < 26u) {
                        uint32_t fl2;
                        size_t letters2, chars2;
                        int initials2;
                        i = scan_word(&s, i + 1, &fl2, &letters2, &initials2, &chars2);
                        word_chars += 1 + chars2;
                        fl &= ~(uint32_t)(NEWS_TF_ABBREV | NEWS_TF_ALL_UPPER);
                        fl |= NEWS_TF_HYPHEN | (fl2 & NEWS_TF_DIGIT);
                    }
                }
            }
        } else if ((cp == '@' || cp == '#')) {
            int32_t nx;
            size_t nlen;
            int ncc = peek(&s, i + len, &nx, &nlen);
            if ((ncc == NEWS_CC_UPPER || ncc == NEWS_CC_LOWER || ncc == NEWS_CC_DIGIT) &&
                space_before) {
                i += len;
                while (i - b0 < MAX_TOKEN_BYTES) {
                    int k = peek(&s, i, &nx, &nlen);
                    if (!(is_alnum_class(k) || nx == '_')) break;
                    i += nlen;
                }
                fl = NEWS_TF_WORD | NEWS_TF_HANDLE;
                int32_t c1;
                size_t l1;
                if (news_utf8_class((peek(&s, b0 + len, &c1, &l1), c1)) == NEWS_CC_UPPER)
                    fl |= NEWS_TF_UPPER_INIT;
            } else {
                i += len;
                fl = NEWS_TF_PUNCT;
            }
        } else if (is_apostrophe(cp) || cp == 0x2018) {
            /* '90s: an apostrophe standing for the century is part of the number */
            int32_t nx;
            size_t nlen;
            int ncc = peek(&s, i + len, &nx, &nlen);
            size_t cl = (tk.n && !space_before) ? clitic_len(&s, i + len) : 0;
            if (cl && tk.n && (tk.v[tk.n - 1].flags & NEWS_TF_WORD)) {
                i += len + cl; /* ’s after a word */
                fl = NEWS_TF_WORD | NEWS_TF_CLITIC;
            } else if (space_before && (nx == 'n' || nx == 'N') && i + len + 1 < s.end &&
                       is_apostrophe((peek(&s, i + len + 1, &nx, &nlen), nx)) &&
                       !is_alnum_class(peek(&s, i + len + 1 + nlen, &nx, &nlen))) {
                /* rock 'n' roll: one word, not a quotation of "n" */
                peek(&s, i + len + 1, &nx, &nlen);
                i += len + 1 + nlen;
                fl = NEWS_TF_WORD;
            } else if (ncc == NEWS_CC_DIGIT && space_before && cp != 0x2018) {
                size_t letters, chars_unused;
                int initials;
                i = scan_word(&s, i + len, &fl, &letters, &initials, &chars_unused);
            } else {
                i += len;
                fl = NEWS_TF_PUNCT;
                q = quote_kind(cp);
            }
        } else if (cp == '.' || is_hyphen(cp)) {
            i += len;
            int32_t nx;
            size_t nlen;
            while (i - b0 < MAX_TOKEN_BYTES && peek(&s, i, &nx, &nlen) == NEWS_CC_PUNCT &&
                   nx == cp)
                i += nlen; /* "..." and "--" are one token */
            fl = NEWS_TF_PUNCT;
        } else {
            i += len;
            fl = NEWS_TF_PUNCT;
            q = quote_kind(cp);
            word_chars = 1; /* one character, whatever its bytes */
        }
        /* URLs: a word followed by "://" or starting "www." runs to the next space */
        if ((fl & NEWS_TF_WORD) && i + 3 <= s.end &&
            ((s.z[i] == ':' && i - b0 <= 5 && memcmp(s.z + i, "://", 3) == 0) ||
             (s.z[b0] == 'w' && i - b0 >= 4 && memcmp(s.z + b0, "www.", 4) == 0))) {
            int32_t nx;
            size_t nlen;
            while (i < s.end && i - b0 < MAX_TOKEN_BYTES) {
                int k = peek(&s, i, &nx, &nlen);
                if (k == NEWS_CC_SPACE || k == NEWS_CC_BREAK || k == NEWS_CC_OTHER ||
                    nx == '"' || nx == 0x201D || nx == ')' || nx == 0x2019)
                    break;
                i += nlen;
            }
            while (i > b0 + 1 && strchr(".,;:!?", s.z[i - 1])) i--; /* not the full stop */
            fl = NEWS_TF_WORD | NEWS_TF_URL;
            word_chars = SIZE_MAX;
        }
        int64_t n_chars = word_chars != SIZE_MAX ? (int64_t)word_chars
                                                 : count_chars(s.z + b0, i - b0, s.z + w->text_len);
        if (space_before) fl |= NEWS_TF_SPACE_BEFORE;
        if (para_start) fl |= NEWS_TF_PARA_START;
        /* white space or a break before this token is white space after the one before */
        if ((space_before || para_start) && tk.n)
            tk.v[tk.n - 1].flags |= NEWS_TF_SPACE_AFTER;
        int rc = push(w, &tk, b0, i, chars, n_chars, fl, q);
        if (rc) return rc;
        chars += n_chars;
        space_before = 0;
        para_start = 0;
    }
    w->tok.n = tk.n;
    /* the last token ends its window */
    if (tk.n) {
        NewsToken *last = &tk.v[tk.n - 1];
        last->flags |= NEWS_TF_SPACE_AFTER;
        if (w->win_byte_end >= w->text_len) last->flags |= NEWS_TF_PARA_END;
    }
    return NEWS_OK;
}
