/* lexicon.h: word lists compiled into the extension (lexicon.c), looked up by the steps
 * that need them: abbreviations and kickers (tokenize.c, sentences.c), titles (news_key,
 * entities, speakers), and whatever later steps add. Lookups take the word's bytes as written. */
#ifndef NEWS_LEXICON_H
#define NEWS_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Does the word (without its period) take a period as part of it: Mr Jan Gen Calif Inc?
 * Case-sensitive: "No." is an abbreviation, "no." ends a sentence. */
int news_lexicon_is_abbrev(const uint8_t *word, size_t n);

/* Title flags of a word or abbreviation ("President", "Mr.", "minister"), matched without
 * case and without a final period; 0 when it is not a title. */
enum {
    NEWS_TITLE_ANY = 1,         /* a title or honorific */
    NEWS_TITLE_MALE = 2,        /* Mr, Sir, Lord, King, Prince ... */
    NEWS_TITLE_FEMALE = 4,      /* Mrs, Ms, Miss, Dame, Lady, Queen ... */
    NEWS_TITLE_BEFORE_NAME = 8, /* used before a name: "Mr.", "Sen.", "President" */
    NEWS_TITLE_NO_SENT_END = 16 /* "Mr." never ends a sentence */
};
unsigned news_lexicon_title(const uint8_t *word, size_t n);

/* Labels that open a paragraph before its headline or text: with a colon in web news
 * ("Opinion:", "LIVE:"), with a hyphen in wire copy ("EXCLUSIVE-", "RPT-", "UPDATE 2-").
 * Case-sensitive; 0 when the word is none. */
enum {
    NEWS_KICKER_COLON = 1, /* "Analysis: ..." */
    NEWS_KICKER_HYPHEN = 2 /* "ANALYSIS-..." */
};
unsigned news_lexicon_kicker(const uint8_t *word, size_t n);

/* Case-insensitive ASCII comparison of a word against a NUL-terminated lower-case key. */
int news_lexicon_eq(const uint8_t *word, size_t n, const char *lower_key);

#endif
