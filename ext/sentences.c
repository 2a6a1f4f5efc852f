/* sentences.c: finds the sentences of the current window from its tokens and appends them
 * to w->sent, setting each token's `sentence` and NEWS_TF_SENT_START. Sentences are numbered
 * over the whole document: w->sent.v[0] is number w->sent_first (pipeline.c keeps only the
 * current window's sentences when the caller did not ask for them).
 *
 * A sentence ends at a paragraph break, or after ". ! ?" (or an ellipsis) when what follows
 * starts a sentence: an upper-case word, a digit, an opening quotation mark or bracket. The
 * closing marks after the stop belong to the sentence that ends ("…,” he said.” is one).
 * The label that opens a paragraph ("Opinion:", "LIVE:", "EXCLUSIVE-") is a sentence alone.
 * Abbreviations are single tokens with their period (tokenize.c); after one, a sentence
 * ends only if the abbreviation cannot precede a name ("Mr." never ends one, "J. Smith" is
 * an initial) and the next word is one that starts sentences ("U.S. The ..."). Decimals and
 * "U.S." are whole tokens already.
 *
 * When the window was cut inside a paragraph too long for one window (pipeline.c), the
 * last, unfinished sentence is not emitted: *cut_byte says where the next window starts. */
#include <string.h>

#include "lexicon.h"
#include "news.h"

static int tok_is(const NewsWork *w, const NewsToken *t, const char *s) {
    size_t n = strlen(s);
    return t->byte_len == n && memcmp(w->text + t->byte_start, s, n) == 0;
}

static int ends_sentence_punct(const NewsWork *w, const NewsToken *t) {
    if (!(t->flags & NEWS_TF_PUNCT)) return 0;
    uint8_t c = w->text[t->byte_start];
    if (c == '.' || c == '!' || c == '?') return 1; /* ".", "...", "!", "?" */
    /* … U+2026 */
    return t->byte_len == 3 && memcmp(w->text + t->byte_start, "\xE2\x80\xA6", 3) == 0;
}

static int is_closer(const NewsToken *t, const NewsWork *w) {
    if (t->quote == NEWS_QM_DQ_CLOSE || t->quote == NEWS_QM_SQ_CLOSE ||
        t->quote == NEWS_QM_GU_CLOSE)
        return 1;
    /* a straight mark glued to the stop and followed by space closes: said." */
    if ((t->quote == NEWS_QM_DQ || t->quote == NEWS_QM_SQ) &&
        !(t->flags & NEWS_TF_SPACE_BEFORE))
        return 1;
    if (t->flags & NEWS_TF_PUNCT) {
        uint8_t c = w->text[t->byte_start];
        return c == ')' || c == ']';
    }
    return 0;
}

/* Could token t start a sentence? */
static int starts_sentence(const NewsWork *w, const NewsToken *t) {
    if (t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) return 1;
    if (t->quote == NEWS_QM_DQ_OPEN || t->quote == NEWS_QM_SQ_OPEN || t->quote == NEWS_QM_DQ ||
        t->quote == NEWS_QM_SQ || t->quote == NEWS_QM_GU_OPEN || t->quote == NEWS_QM_DQ_LOW)
        return 1;
    if (t->flags & NEWS_TF_PUNCT) {
        uint8_t c = w->text[t->byte_start];
        return c == '(' || c == '[' || c == '-';
    }
    /* a word in a caseless script (no upper case to look for) */
    return (t->flags & NEWS_TF_NONLATIN) && !(t->flags & NEWS_TF_ALL_UPPER);
}

/* Words that start sentences far more often than they follow "U.S." inside one. */
static const char *const starters[] = {
    "A", "After", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His", "However",
    "I", "If", "In", "It", "Its", "Meanwhile", "Mr.", "Mrs.", "Ms.", "On", "One", "She",
    "That", "The", "Their", "There", "These", "They", "This", "Those", "To", "We", "What",
    "When", "While", "With", "You",
};

static int is_starter(const NewsWork *w, const NewsToken *t) {
    for (size_t i = 0; i < sizeof starters / sizeof *starters; i++)
        if (tok_is(w, t, starters[i])) return 1;
    return 0;
}

/* The token that ends the label opening the paragraph at token `first` (lexicon.h,
 * kickers), or SIZE_MAX: a colon after "Opinion" ("Opinion: The AI boom has a power
 * problem"), or the hyphen of a wire tag ("EXCLUSIVE-Shell weighs ...", "UPDATE 2-Oil
 * rises ...", split so by tokenize.c). What follows is a sentence of its own, started as
 * any other (not a name going on from the label). */
static size_t kicker_end(const NewsWork *w, size_t first) {
    const NewsToken *k = &w->tok.v[first];
    size_t n = w->tok.n, i = first + 1;
    /* a mark or a number next (most paragraphs open with two words) */
    if (!(k->flags & NEWS_TF_PARA_START) || first + 2 >= n ||
        !(w->tok.v[i].flags & (NEWS_TF_PUNCT | NEWS_TF_DIGIT)))
        return SIZE_MAX;
    unsigned kick = news_lexicon_kicker(w->text + k->byte_start, k->byte_len);
    if (w->tok.v[i].flags & NEWS_TF_DIGIT) { /* "UPDATE 2-" */
        if (!tok_is(w, k, "UPDATE")) return SIZE_MAX;
        kick = NEWS_KICKER_HYPHEN;
        i++;
    }
    if (!kick) return SIZE_MAX;
    const NewsToken *t = &w->tok.v[i];
    int colon = tok_is(w, t, ":") && (kick & NEWS_KICKER_COLON) && i == first + 1;
    int hyphen = tok_is(w, t, "-") && !(t->flags & NEWS_TF_SPACE_BEFORE) &&
                 (kick & NEWS_KICKER_HYPHEN);
    if (!(colon || hyphen) || i + 1 >= n || (w->tok.v[i + 1].flags & NEWS_TF_PARA_START) ||
        !starts_sentence(w, &w->tok.v[i + 1]))
        return SIZE_MAX;
    return i;
}

/* After an abbreviation token (period included), does the sentence end? */
static int abbrev_ends(const NewsWork *w, const NewsToken *t, const NewsToken *next) {
    unsigned title = news_lexicon_title(w->text + t->byte_start, t->byte_len);
    if (title & NEWS_TITLE_NO_SENT_END) return 0;
    if (!starts_sentence(w, next)) return 0;
    if (next->flags & NEWS_TF_DIGIT) return 0;        /* Jan. 5, No. 10 */
    if (t->char_len == 2) { /* J. Smith: an initial */
        if (is_starter(w, next)) return 1;
        /* the platform, no initial: "congratulated Milei on X. Argentina's bonds rose" */
        if (tok_is(w, t, "X.") && t > w->tok.v &&
            (tok_is(w, t - 1, "on") || tok_is(w, t - 1, "via")))
            return 1;
        if (next->quote == NEWS_QM_NONE) return 0;
        /* an opening mark ends the sentence ("posted on X. “We need ...”"), unless a
         * nickname in marks goes on to the surname ("C. J. “Pete” Silas") */
        size_t j = (size_t)(next - w->tok.v);
        for (size_t k = j + 1; k < w->tok.n && k <= j + 3; k++)
            if (w->tok.v[k].quote != NEWS_QM_NONE)
                return !(k + 1 < w->tok.n && (w->tok.v[k + 1].flags & NEWS_TF_UPPER_INIT));
        return 1;
    }
    if (title) return 0;                              /* Gen. Smith */
    return is_starter(w, next) || next->quote != NEWS_QM_NONE;
}

static int emit(NewsWork *w, size_t first, size_t last) {
    /* marks left over after the last stop of a paragraph (a stray opening quote) are no
     * sentence of their own: they join the sentence before them in the same paragraph */
    int has_word = 0;
    for (size_t k = first; k <= last && !has_word; k++)
        has_word = (w->tok.v[k].flags & NEWS_TF_WORD) != 0;
    if (!has_word && first > 0 && !(w->tok.v[first].flags & NEWS_TF_PARA_START) &&
        w->sent.n > 0 && w->tok.v[first - 1].sentence == w->sent_first + w->sent.n - 1) {
        NewsSentence *prev = &w->sent.v[w->sent.n - 1];
        const NewsToken *b = &w->tok.v[last];
        prev->byte_len = b->byte_start + b->byte_len - prev->byte_start;
        prev->char_len = b->char_start + b->char_len - prev->char_start;
        for (size_t k = first; k <= last; k++)
            w->tok.v[k].sentence = (uint32_t)(w->sent_first + w->sent.n - 1);
        return NEWS_OK;
    }
    if (w->sent.n == w->sent.cap) {
        int rc = NEWS_RESERVE(w, w->sent, w->sent.n + 1);
        if (rc) return rc;
    }
    const NewsToken *a = &w->tok.v[first], *b = &w->tok.v[last];
    NewsSentence *s = &w->sent.v[w->sent.n];
    s->byte_start = a->byte_start;
    s->byte_len = b->byte_start + b->byte_len - a->byte_start;
    s->char_start = a->char_start;
    s->char_len = b->char_start + b->char_len - a->char_start;
    for (size_t k = first; k <= last; k++)
        w->tok.v[k].sentence = (uint32_t)(w->sent_first + w->sent.n);
    w->tok.v[first].flags |= NEWS_TF_SENT_START;
    w->sent.n++;
    return NEWS_OK;
}

int news_sentences_split(NewsWork *w, size_t *cut_byte) {
    size_t n = w->tok.n, first = 0, kick = n ? kicker_end(w, 0) : SIZE_MAX;
    int cut_inside = w->win_byte_end < w->text_len && n &&
                     !(w->tok.v[n - 1].flags & NEWS_TF_PARA_END);
    *cut_byte = w->win_byte_end;
    for (size_t i = 0; i < n; i++) {
        NewsToken *t = &w->tok.v[i];
        /* only a paragraph end, a punctuation mark or an abbreviation can end a sentence
         * (most tokens are words: one flag test) */
        if (!(t->flags & (NEWS_TF_PARA_END | NEWS_TF_PUNCT | NEWS_TF_ABBREV))) continue;
        int end = (t->flags & NEWS_TF_PARA_END) != 0;
        size_t last = i;
        if (!end && i + 1 < n) {
            /* "1. Michelle Freeman": a list number opening its paragraph ends nothing */
            int list_number = i == first + 1 && (w->tok.v[first].flags & NEWS_TF_PARA_START) &&
                              (w->tok.v[first].flags & NEWS_TF_DIGIT);
            if (i == kick) end = 1;
            if (!list_number && (ends_sentence_punct(w, t) || (t->flags & NEWS_TF_ABBREV))) {
                size_t j = i + 1;
                /* closing marks and brackets glued after the stop stay with it */
                while (j < n && is_closer(&w->tok.v[j], w) &&
                       !(w->tok.v[j].flags & NEWS_TF_PARA_START))
                    j++;
                if (j < n && !(w->tok.v[j].flags & NEWS_TF_PARA_START)) {
                    const NewsToken *nx = &w->tok.v[j];
                    int ends = (nx->flags & NEWS_TF_SPACE_BEFORE) &&
                               ((t->flags & NEWS_TF_ABBREV) ? abbrev_ends(w, t, nx)
                                                            : starts_sentence(w, nx));
                    if (ends) {
                        end = 1;
                        last = j - 1;
                    }
                } else if (j >= n || (w->tok.v[j].flags & NEWS_TF_PARA_START)) {
                    end = 1; /* only closers left in the paragraph */
                    last = j - 1;
                }
            }
        }
        if (!end) continue;
        if (cut_inside && last + 1 >= n) break; /* unfinished: next window takes it */
        int rc = emit(w, first, last);
        if (rc) return rc;
        i = last;
        first = last + 1;
        if (first < n) kick = kicker_end(w, first);
    }
    if (first < n) {
        if (cut_inside && first > 0) {
            *cut_byte = w->tok.v[first].byte_start;
            w->tok.n = first; /* tokens of the unfinished sentence go to the next window */
        } else {
            int rc = emit(w, first, n - 1); /* a whole window without a stop: cut it here */
            if (rc) return rc;
        }
    }
    return NEWS_OK;
}
