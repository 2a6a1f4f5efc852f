/* news.h: the core API of sqlite-news, shared by every ext/ file, the C harness, the fuzzers
 * and the tools. No SQLite types here: the core runs on plain strings.
 *
 * One document goes through news_analyze() in windows of whole paragraphs (pipeline.c), so
 * that a 100 MB article costs its text plus its results, not one token struct per byte.
 * Per-window arrays (tokens) are reused window after window; document arrays (sentences,
 * mentions, quotes) grow to hold the whole document and are reused document after document.
 *
 * Units: every name says which it counts. `byte_*` index the owned copy of the text;
 * `char_*` count characters the way SQLite's length()/substr() do (0-based here; the SQL
 * layer adds 1). Offsets are 32-bit: SQLite never holds a value of 2^31 bytes or more
 * (SQLITE_MAX_LENGTH's hard limit), news_work_set_text() refuses longer text
 * (NEWS_MAX_TEXT_BYTES), and rows stay small (docs/security.md, "Memory"). Character
 * offsets are signed, as they were when 64-bit, so differences of them stay signed. */
#ifndef NEWS_H
#define NEWS_H

#include <stddef.h>
#include <stdint.h>

#define NEWS_VERSION "0.1.0"

/* Status codes of every core function. */
enum { NEWS_OK = 0, NEWS_NOMEM = 1, NEWS_TOOBIG = 2 };

/* The longest text news_work_set_text() takes (NEWS_TOOBIG past it): SQLITE_MAX_LENGTH's
 * hard limit, so every offset fits the 32-bit fields below. */
#define NEWS_MAX_TEXT_BYTES ((size_t)INT32_MAX)

/* Steps for news_analyze(); each implies the ones it needs. */
enum { NEWS_SENTENCES = 1, NEWS_ENTITIES = 2, NEWS_QUOTES = 4 };

/* Entity types, in the SQL spelling order of news_type_name(). */
typedef enum { NEWS_PER = 0, NEWS_ORG, NEWS_LOC, NEWS_MISC, NEWS_N_TYPES } NewsType;

/* Quote kinds. */
typedef enum { NEWS_DIRECT = 0, NEWS_PARTIAL, NEWS_INDIRECT } NewsQuoteKind;

/* ------------------------------------------------------------------------------ characters */

/* The character that utf8.c returns for an invalid, overlong or truncated sequence and for
 * a stray continuation byte: one character as SQLite counts it, neither letter nor digit. */
#define NEWS_CP_INVALID (-1)

/* Character classes (utf8.c). */
enum {
    NEWS_CC_OTHER = 0, /* symbols, invalid bytes, control characters */
    NEWS_CC_UPPER,     /* letter with a lower-case form different from it (Lu, Lt) */
    NEWS_CC_LOWER,     /* any other letter (Ll, Lm, Lo): lower case or caseless scripts */
    NEWS_CC_DIGIT,     /* Nd */
    NEWS_CC_SPACE,     /* white space that does not break a paragraph, incl. NBSP */
    NEWS_CC_BREAK,     /* \n, \r, U+2028, U+2029: a paragraph break */
    NEWS_CC_PUNCT,     /* P*, and the marks of a word (Mn, Mc) only when alone */
    NEWS_CC_MARK       /* Mn, Mc, Me: combining marks, part of the word before them */
};

/* One character as SQLite counts it, from z[0..n) with n >= 1. Sets *cp to the code point
 * (NEWS_CP_INVALID when undecodable) and returns its byte length (>= 1, <= n). */
size_t news_utf8_next(const uint8_t *z, size_t n, int32_t *cp);
/* Class of a code point (NEWS_CC_*). ASCII is answered from a table. */
int news_utf8_class(int32_t cp);
/* That table: the class of each ASCII byte, for loops that step over ASCII themselves. */
extern const uint8_t news_utf8_ascii_class[128];
/* Simple lower-case mapping of a code point (itself when none). */
int32_t news_utf8_lower(int32_t cp);
/* Characters in z[0..n) as SQLite counts them (n must not cut the text mid-character). */
int64_t news_utf8_count(const uint8_t *z, size_t n);
/* Bytes of z[0..n) up to its first NUL: the text SQLite's length() and substr() see. */
size_t news_utf8_text_len(const uint8_t *z, size_t n);

/* ------------------------------------------------------------------------------ tokens */

/* Quotation-mark kinds of a token (tokenize.c). Straight marks are ambiguous between
 * opening and closing; quotes.c decides from the spaces around them. */
typedef enum {
    NEWS_QM_NONE = 0,
    NEWS_QM_DQ,       /* "  straight double */
    NEWS_QM_DQ_OPEN,  /* “  */
    NEWS_QM_DQ_CLOSE, /* ”  */
    NEWS_QM_DQ_LOW,   /* „  opens; closed by “ or ” */
    NEWS_QM_SQ,       /* '  straight single (or apostrophe: quotes.c decides) */
    NEWS_QM_SQ_OPEN,  /* ‘  */
    NEWS_QM_SQ_CLOSE, /* ’  (or apostrophe after a word: quotes.c decides) */
    NEWS_QM_SQ_LOW,   /* ‚  opens; closed by ‘ or ’ */
    NEWS_QM_GU_OPEN,  /* «  (also the closer in German-style »…«, handled in quotes.c) */
    NEWS_QM_GU_CLOSE  /* »  */
} NewsQuoteMark;

/* Token flags. */
enum {
    NEWS_TF_WORD = 1 << 0,        /* holds a letter or digit */
    NEWS_TF_UPPER_INIT = 1 << 1,  /* first letter is upper case */
    NEWS_TF_ALL_UPPER = 1 << 2,   /* every letter upper case (at least one letter) */
    NEWS_TF_DIGIT = 1 << 3,       /* holds a digit */
    NEWS_TF_PUNCT = 1 << 4,       /* a punctuation or symbol token (no letter, no digit) */
    NEWS_TF_SPACE_BEFORE = 1 << 5,/* white space (or text start) right before */
    NEWS_TF_SPACE_AFTER = 1 << 6, /* white space (or text end) right after */
    NEWS_TF_PARA_START = 1 << 7,  /* first token of its paragraph */
    NEWS_TF_PARA_END = 1 << 8,    /* last token of its paragraph */
    NEWS_TF_SENT_START = 1 << 9,  /* first token of its sentence (sentences.c sets it) */
    NEWS_TF_CLITIC = 1 << 10,     /* 's ’s n't 're ... split off the word before */
    NEWS_TF_ABBREV = 1 << 11,     /* ends in a period that belongs to it: Mr. U.S. J. Jan. */
    NEWS_TF_HYPHEN = 1 << 12,     /* a word with an inner hyphen: Soviet-era */
    NEWS_TF_NONLATIN = 1 << 13,   /* holds a letter outside Latin script */
    NEWS_TF_HANDLE = 1 << 14,     /* @name or #tag */
    NEWS_TF_URL = 1 << 15         /* http://..., www..., user@host */
};

typedef struct NewsToken {
    uint32_t byte_start; /* into NewsWork.text */
    uint32_t byte_len;   /* >= 1 */
    uint32_t char_len;   /* >= 1, as SQLite counts */
    int32_t char_start;  /* 0-based, as SQLite counts */
    uint32_t flags;      /* NEWS_TF_* */
    uint32_t sentence;   /* 0-based index into NewsWork.sent (sentences.c sets it) */
    uint8_t quote;       /* NewsQuoteMark of a one-character quotation-mark token */
    uint8_t pad_[3];
} NewsToken; /* 28 bytes: a window of one-byte tokens holds a million of them */

/* ------------------------------------------------------------------------------ results */

typedef struct NewsSentence {
    uint32_t byte_start;
    uint32_t byte_len;
    int32_t char_start; /* 0-based */
    int32_t char_len;
} NewsSentence; /* 16 bytes */

/* The longest mention, in bytes: its lengths are kept in 14 bits (entities.c ends no name
 * past it; a name is a few words, and a 16 KB run of capitalised text is none). */
#define NEWS_MAX_MENTION_BYTES 16383

/* One per mention of the whole document, so kept small (20 bytes: at one mention every 20
 * bytes of a long run of names, the rows are 1 byte per input byte): the token range a
 * mention covers is window-local and lives beside the window (NewsMentionToks), its
 * canonical name is found after the last window and lives beside the rows (NewsWork.canon,
 * news_ment_canon), and its lengths, type and gender share one word. */
typedef struct NewsMention {
    uint32_t byte_start;
    int32_t char_start; /* 0-based */
    uint32_t sentence;  /* 0-based index into NewsWork.sent */
    float score;        /* (0, 1] */
    uint32_t byte_len : 14; /* 1 .. NEWS_MAX_MENTION_BYTES */
    uint32_t char_len : 14; /* 1 .. byte_len */
    uint32_t type : 2;      /* NewsType */
    uint32_t gender : 2;    /* NEWS_GENDER_*: from titles and pronouns, for speaker resolution */
} NewsMention;

/* The window-local token range [tok_first, tok_end) of a mention the current window found
 * (entities.c sets it, quotes.c reads it through news_ment_toks()). */
typedef struct NewsMentionToks {
    uint32_t tok_first;
    uint32_t tok_end;
} NewsMentionToks;

enum { NEWS_GENDER_UNKNOWN = 0, NEWS_GENDER_MALE, NEWS_GENDER_FEMALE };

/* A span of text with both units; byte_len == 0 means "none". */
typedef struct NewsSpan {
    uint32_t byte_start;
    uint32_t byte_len;
    int32_t char_start; /* 0-based */
    int32_t char_len;
} NewsSpan; /* 16 bytes */

/* A span of text in bytes alone; byte_len == 0 means "none". A quotation's cue is shown as
 * text only (SPEC), so its row keeps no character offsets for it. */
typedef struct NewsByteSpan {
    uint32_t byte_start;
    uint32_t byte_len;
} NewsByteSpan;
static inline NewsByteSpan news_byte_span(NewsSpan s) {
    NewsByteSpan b = {s.byte_start, s.byte_len};
    return b;
}

typedef struct NewsQuote {
    NewsSpan quote;         /* the quoted words, marks excluded; char_len >= 1 */
    NewsSpan speaker;       /* the attributing mention as written; byte_len 0 when none */
    NewsByteSpan cue;       /* the cue as written; byte_len 0 when none */
    int32_t speaker_entity; /* index of a mention; its canon gives the speaker; -1: NULL */
    uint32_t sentence;      /* 0-based index of the sentence where the quote starts */
    float score;            /* (0, 1] */
    uint8_t kind;           /* NewsQuoteKind */
    /* the quote step's notes for the speaker pass (quotes.h), shown nowhere: kept in the
     * row's padding rather than beside it */
    uint8_t spk_kind;       /* how the speaker was written: NEWS_SPK_* */
    uint8_t epithet;        /* the speaker is "the Wisconsin Republican": whom the story follows */
    uint8_t pad_;
} NewsQuote; /* 56 bytes: one per quotation of the whole document */

/* ------------------------------------------------------------------------------ workspace */

typedef void *(*NewsReallocFn)(void *ptr, size_t n_bytes); /* n_bytes > 0 */
typedef void (*NewsFreeFn)(void *ptr);

/* A growable array: `n` used, `cap` allocated, both in elements. */
#define NEWS_ARRAY(T) \
    struct {          \
        T *v;         \
        size_t n;     \
        size_t cap;   \
    }

/* Every array one document needs. One per cursor (or per thread in tools); news_analyze()
 * resets counts and keeps capacity, so a join over many articles stops allocating once it
 * has seen the longest. Zero-initialise, then call news_work_init(). */
typedef struct NewsWork {
    NewsReallocFn realloc_fn;
    NewsFreeFn free_fn;

    uint8_t *text;      /* owned copy of the document, NUL-terminated, cut at its first NUL */
    size_t text_len;    /* bytes, without the terminator */
    size_t text_cap;

    /* the window being analysed: whole paragraphs, or part of one too long for a window */
    size_t win_byte_start, win_byte_end;
    int64_t win_char_start;
    NEWS_ARRAY(NewsToken) tok;  /* tokens of the current window */
    size_t win_ment_first;      /* first mention the current window found */
    NEWS_ARRAY(NewsMentionToks) ment_tok; /* [k - win_ment_first]: token range of mention k */

    NEWS_ARRAY(NewsSentence) sent; /* whole document when NEWS_SENTENCES was asked; else the
                                    * current (after news_analyze: the last) window's only */
    size_t sent_first;             /* number of the sentence in sent.v[0]: 0 for a document */
    NEWS_ARRAY(NewsMention) ment;  /* whole document, ordered by char_start */
    NEWS_ARRAY(int32_t) canon;     /* [k]: the mention whose text is mention k's canonical name
                                    * (resolve.c, after the last window, when the windows'
                                    * scratch is gone: not in the row); read it through
                                    * news_ment_canon */
    NEWS_ARRAY(NewsQuote) quote;   /* whole document, ordered by quote.char_start */

    /* scratch owned by the steps: each step keeps its own reusable state here */
    void *tagger_state;   /* tagger.c / features.c */
    void *quote_state;    /* quotes.c */
    void *resolve_state;  /* resolve.c */
} NewsWork;

/* Sets the allocator (NULL, NULL: libc realloc/free) and clears the arrays. */
void news_work_init(NewsWork *w, NewsReallocFn realloc_fn, NewsFreeFn free_fn);
/* Frees everything the work owns; the work may then be initialised again. */
void news_work_free(NewsWork *w);
/* Copies text[0..n) up to its first NUL byte and clears the results. */
int news_work_set_text(NewsWork *w, const uint8_t *text, size_t n);
/* Makes room for `need` elements in an array of `elem` bytes each (geometric growth). */
int news_work_reserve(NewsWork *w, void **v, size_t *cap, size_t need, size_t elem);
/* Typed convenience over news_work_reserve for a NEWS_ARRAY. */
#define NEWS_RESERVE(w, arr, need) \
    news_work_reserve((w), (void **)&(arr).v, &(arr).cap, (need), sizeof *(arr).v)
/* Token range of mention k if the current window found it; otherwise both ends are
 * UINT32_MAX, past any token of the window. */
static inline NewsMentionToks news_ment_toks(const NewsWork *w, size_t k) {
    NewsMentionToks none = {UINT32_MAX, UINT32_MAX};
    if (k < w->win_ment_first || k - w->win_ment_first >= w->ment_tok.n) return none;
    return w->ment_tok.v[k - w->win_ment_first];
}
/* Index of the mention whose text is mention k's canonical name; k itself before name
 * resolution has run (or when it found none). */
static inline int32_t news_ment_canon(const NewsWork *w, size_t k) {
    return k < w->canon.n ? w->canon.v[k] : (int32_t)k;
}
/* Whether token k of the window is a number of at most max_bytes ASCII digits ("4" of
 * "Radio 4", "54" of "Ana Ferri, 54,"). */
static inline int news_tok_digits(const NewsWork *w, size_t k, size_t max_bytes) {
    const NewsToken *t = &w->tok.v[k];
    if (t->byte_len > max_bytes) return 0;
    for (size_t b = 0; b < t->byte_len; b++)
        if (w->text[t->byte_start + b] < '0' || w->text[t->byte_start + b] > '9') return 0;
    return 1;
}
/* Allocate and free through the work's allocator (scratch state of a step). */
void *news_work_alloc(NewsWork *w, size_t n_bytes);
void news_work_release(NewsWork *w, void *p);

/* ------------------------------------------------------------------------------ model */

typedef struct NewsModel NewsModel;  /* read-only compiled-in tables (model.h) */
extern const NewsModel news_model;   /* model_data.c */
/* NEWS_OK when the compiled-in model has the format this code reads. */
int news_model_check(const NewsModel *m);

/* ------------------------------------------------------------------------------ pipeline */

/* Runs `steps` (NEWS_SENTENCES | NEWS_ENTITIES | NEWS_QUOTES) over the text set by
 * news_work_set_text(). Results stay in w until the next call. */
int news_analyze(const NewsModel *m, NewsWork *w, unsigned steps);

/* The steps, called by pipeline.c in this order for each window. */
int news_tokenize(NewsWork *w);                           /* tokenize.c: w->tok */
int news_sentences_split(NewsWork *w, size_t *cut_byte); /* sentences.c: w->sent */
int news_entities_doc_begin(const NewsModel *m, NewsWork *w); /* whole-document statistics */
int news_entities_window(const NewsModel *m, NewsWork *w);    /* w->ment for this window */
int news_quotes_window(const NewsModel *m, NewsWork *w);      /* w->quote for this window */
int news_resolve_document(const NewsModel *m, NewsWork *w);   /* canon, speakers */
/* Each step frees the scratch state it keeps in NewsWork (news_work_free calls them). */
void news_entities_free(NewsWork *w);
void news_quotes_free(NewsWork *w);
void news_quotes_window_free(NewsWork *w); /* its per-window scratch only */
void news_resolve_free(NewsWork *w);

/* Names as SQL shows them. */
const char *news_type_name(unsigned type);       /* "PER", "ORG", "LOC", "MISC" */
const char *news_quote_kind_name(unsigned kind); /* "direct", "partial", "indirect" */

/* ------------------------------------------------------------------------------ news_key */

/* news_key(): NFKC, case-folded, diacritics removed, punctuation/space runs to one space,
 * leading titles dropped. Writes a malloc'd (through w's allocator) NUL-terminated string
 * to *out and its length to *out_len; *out is NULL for an empty key. */
int news_key(NewsWork *w, const uint8_t *name, size_t n, uint8_t **out, size_t *out_len);

#endif
