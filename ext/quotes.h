/* quotes.h: what quotes.c, cues.c and speakers.c share (not part of the core API in news.h):
 * the cue-verb lexicon and the per-document state the quote step keeps in w->quote_state,
 * which the speaker pass (run by resolve.c after canonical names exist) reads. */
#ifndef NEWS_QUOTES_H
#define NEWS_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "news.h"

/* Cue flags (cues.c; the table is generated from ext/tools/cue_lemmas.txt). */
enum {
    NEWS_CUE_DIRECT = 1 << 0,   /* attributes a direct quotation: "...," she said */
    NEWS_CUE_INDIRECT = 1 << 1, /* introduces reported speech: said that ... */
    NEWS_CUE_OBJECT = 1 << 2,   /* takes an object first: told reporters that ... */
    NEWS_CUE_INVERT = 1 << 3,   /* the speaker may follow: said Kuleba */
    NEWS_CUE_PARTIAL = 1 << 4,  /* attributes a quoted fragment only: called it "a farce" */
    NEWS_CUE_ING = 1 << 5,      /* an -ing form: adding that ... */
    NEWS_CUE_PAST = 1 << 6,     /* past tense or participle */
    NEWS_CUE_ACCORDING = 1 << 7 /* "according" followed by "to" (quotes.c sets it) */
};

/* Flags of a cue word as written (ASCII case ignored); 0 when it is not a cue. */
unsigned news_cue_flags(const uint8_t *word, size_t n_bytes);

/* How a quote's speaker was written, kept per quote for the speaker pass. */
enum {
    NEWS_SPK_NONE = 0,
    NEWS_SPK_NAME,    /* an entity mention */
    NEWS_SPK_HE,      /* he */
    NEWS_SPK_SHE,     /* she */
    NEWS_SPK_THEY,    /* they */
    NEWS_SPK_IT,      /* it (an organisation) */
    NEWS_SPK_DESC     /* a description: the minister, officials, a spokeswoman */
};

/* Per quote, beside w->quote (its spk_kind and epithet are in the row's padding). */
typedef struct NewsQuoteInfo {
    int32_t src;       /* quote whose speaker this one takes (same speaker goes on), or -1 */
    uint32_t role;     /* a description speaker's role key ("the prime minister"), its low
                        * 32 bits (news_role_first), or 0: 8 bytes a quote, not 16 */
} NewsQuoteInfo;

/* What the quote step learned about each mention (NewsQuoteState.m_inq), for speakers.c. */
enum {
    NEWS_MQ_INQ = 1 << 0,     /* inside a quotation: never the antecedent of "he said" */
    NEWS_MQ_SUBJECT = 1 << 1, /* opens its sentence as its subject (no possessive, no
                               * preposition before it) */
    NEWS_MQ_SPEAKS = 1 << 2,  /* next to a verb of saying: "Link said", "said Christine Link" */
    NEWS_MQ_LEAD = 1 << 3,    /* the subject of its paragraph's first sentence */
    NEWS_MQ_FIRST = 1 << 4    /* a subject with nothing before it but its titles, or a
                               * phrase and a comma ("Hollis himself", "In June, Hollis") */
};

/* Head word of a role ("minister") -> the people the text gave it to. */
typedef struct {
    uint64_t key;
    int32_t ment;  /* document mention index of the latest holder; -1 empty */
    int32_t prev;  /* the holder before it, or -1 */
    int32_t first; /* the first mention given the role (speakers.c looks forward with it) */
} NewsRoleSlot;

#define NEWS_ROLE_SLOTS 1024 /* per document; when full, later roles are not learned */

typedef struct NewsQuoteState {
    /* per-window scratch, indexed by window token (capacity tok_cap) */
    int32_t *pair;     /* opener token -> closer token, -1 */
    int32_t *stack;    /* open marks while pairing */
    int32_t *tok_ment; /* token -> document mention index, -1 */
    uint8_t *cue;      /* token -> NEWS_CUE_* flags */
    uint8_t *inq;      /* token is a mark or inside a top-level quotation */
    int32_t *sfirst;   /* window sentence (index - first sentence) -> its first token */
    size_t tok_cap;
    void *seg;         /* per-window segments (quotes.c) */
    size_t seg_cap;
    void *ind;         /* per-paragraph indirect candidates (quotes.c) */
    size_t ind_cap;
    /* per document */
    NewsQuoteInfo *info; /* parallel to w->quote */
    size_t info_cap;
    uint8_t *m_inq;      /* per mention: NEWS_MQ_* bits below */
    size_t m_cap;
    size_t m_done;       /* mentions already marked */
    NewsRoleSlot roles[NEWS_ROLE_SLOTS];
    size_t n_roles;
    uint16_t role_used[NEWS_ROLE_SLOTS]; /* the slots filled, n_roles of them: a new document
                                          * empties these, not all 1,024 */
    /* carried from the previous paragraph (possibly in the previous window) */
    int32_t carry_quote; /* last attributed direct quote that ended the paragraph, or -1 */
    int carry_open;      /* that paragraph ended inside an open quotation */
    int carry_family;    /* window cut inside a paragraph with a quotation open: its family */
    int32_t cut_quote;   /* quotation left open at a window cut (carry_family), or -1 */
    int32_t open_quote;  /* row of the quotation the last paragraph left open, or -1 */
    int open_weak;       /* that row has no attribution of its own */
    int carry_weak;      /* carry_quote is a report ending the paragraph, not a quotation */
    int carry_attr;      /* the paragraph ended "Kuleba said:" with nothing after the colon */
    NewsSpan carry_spk, carry_cue;
    int32_t carry_ment;
    uint8_t carry_kind;  /* NEWS_SPK_* */
    float carry_score;
    /* speaker pass scratch (speakers.c) */
    void *spk_scratch;
    size_t spk_cap;
    void *lists; /* quotes.c's index of its word lists, built as they are asked about */
} NewsQuoteState;

/* Speaker pass, called by resolve.c once canonical names exist: pronouns to the entity
 * they stand for, inherited speakers copied, names the entity step typed oddly widened. */
int news_speakers_document(NewsWork *w);

/* The first mention that held role `key` in the document so far, or -1 (quotes.c). */
int32_t news_role_first(const NewsQuoteState *st, uint64_t key);

#endif
