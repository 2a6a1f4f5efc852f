/* entities.c: finds entity mentions in the current window and appends them to w->ment:
 * tagger.c labels the tokens (BIO over PER/ORG/LOC/MISC), and each maximal B-X I-X... run
 * becomes a mention of type X. Its score comes from the tagger's margin: the smallest
 * max-marginal margin over the mention's tokens, mapped through a logistic curve fitted on
 * CoNLL dev by the trainer, so that it reads as "how often a mention this sure is right"
 * and users can filter on it.
 *
 * Document consistency: a one-word mention that repeats the last word of an earlier
 * two-or-more-word PER mention ("Kuleba" after "Dmytro Kuleba") takes the type PER, since
 * news refers to people by surname; resolve.c then links it to the full name. Other types
 * are left as the tagger said ("Washington" the place after "George Washington").
 *
 * Titles (SPEC: "titles are not part of a person"): a title the tagger took into a mention
 * ("Mr Osborne", British style without the period, which Reuters never writes) is cut off,
 * and a mention right after an honorific that only precedes people's names (Mr, Mrs, Ms,
 * Sir, Dame) is a PER; the honorific also gives the mention's gender for quotes.c.
 *
 * The tagger's scratch lives in NewsWork.tagger_state; news_entities_free releases it. */
#include <string.h>

#include "lexicon.h"
#include "model.h"
#include "news.h"

/* news_lexicon_title() of token k of the window, kept in its form's cache entry. */
static unsigned title_of(const NewsTagger *tg, size_t k) {
    const NewsForm *f = &tg->feat.form[tg->feat.info[k].form];
    return (f->flags & NEWS_TF_WORD) ? f->title : 0;
}

/* Honorifics that go before people's names only: gendered abbreviations that never end a
 * sentence (Mr, Mrs, Ms, Mme, Mlle). Prince, Lord, King and the like also name places and
 * teams ("Prince Edward Island", "Lord's"): the tagger decides those. */
static int person_honorific(unsigned title) {
    return (title & NEWS_TITLE_BEFORE_NAME) && (title & NEWS_TITLE_NO_SENT_END) &&
           (title & (NEWS_TITLE_MALE | NEWS_TITLE_FEMALE));
}

static uint8_t gender_of(unsigned title) {
    return title & NEWS_TITLE_FEMALE ? NEWS_GENDER_FEMALE
           : title & NEWS_TITLE_MALE ? NEWS_GENDER_MALE
                                     : NEWS_GENDER_UNKNOWN;
}

/* Cuts leading titles off mention me (tokens [*first, end)); returns the last title cut. */
static unsigned strip_titles(const NewsTagger *tg, size_t *first, size_t end) {
    unsigned last = 0;
    while (end - *first > 1) {
        unsigned title = title_of(tg, *first);
        if (!(title & NEWS_TITLE_BEFORE_NAME)) break;
        /* "General Motors", "Prince Edward Island": only an honorific, or a title before
         * a name the tagger called PER, is cut */
        last = title;
        ++*first;
    }
    return last;
}

/* The tagger's state in w, allocated on first use. */
static int ensure_state(NewsWork *w) {
    if (!w->tagger_state) {
        NewsTagger *tg = news_work_alloc(w, sizeof *tg);
        if (!tg) return NEWS_NOMEM;
        memset(tg, 0, sizeof *tg);
        w->tagger_state = tg;
    }
    return NEWS_OK;
}

int news_entities_doc_begin(const NewsModel *m, NewsWork *w) {
    (void)m;
    int rc = ensure_state(w);
    if (rc) return rc;
    NewsTagger *tg = w->tagger_state;
    if (tg->n_surname) { /* a new document: forget the last one's people */
        memset(tg->surname, 0, tg->surname_cap * sizeof *tg->surname);
        tg->n_surname = 0;
    }
    return NEWS_OK;
}

void news_entities_free(NewsWork *w) {
    NewsTagger *tg = w->tagger_state;
    if (!tg) return;
    news_work_release(w, tg->surname);
    news_tagger_free(w, tg);
    news_work_release(w, tg);
    w->tagger_state = 0;
}

/* 1 / (1 + e^-x) without libm (the core links only libc and utf8proc): e^-x as 2^(k + f)
 * with a polynomial for 2^f on [0, 1) (relative error under 2e-7) and k put into the
 * exponent by multiplication. The same on every platform, as required of the scores. */
static float logistic(float x) {
    if (!(x > -30.0f)) return 1e-13f; /* also NaN */
    if (x > 30.0f) return 1.0f;
    double y = -x * 1.4426950408889634; /* log2(e) */
    double k = (double)(long)y;
    if (k > y) k -= 1; /* floor */
    double f = y - k;
    double p = 1.0 + f * (0.6931471805599453 +
                          f * (0.2402265069591007 +
                               f * (0.0555041086648216 +
                                    f * (0.0096181291076285 +
                                         f * (0.0013333558146428 + f * 0.0001540353039338)))));
    long ki = (long)k;
    double two = ki >= 0 ? 2.0 : 0.5;
    for (long i = ki >= 0 ? ki : -ki; i > 0; i--) p *= two;
    return (float)(1.0 / (1.0 + p));
}

static uint64_t word_hash(const uint8_t *z, size_t n) {
    return news_hash_fin(news_hash_bytes(NEWS_HASH_SEED, z, n)) | 1;
}

/* Adds h to the document's surname set (grows at half load). */
static int surname_add(NewsWork *w, NewsTagger *tg, uint64_t h) {
    if (2 * (tg->n_surname + 1) > tg->surname_cap) {
        size_t nc = tg->surname_cap ? 2 * tg->surname_cap : 256;
        uint64_t *ns = w->realloc_fn(0, nc * sizeof *ns);
        if (!ns) return NEWS_NOMEM;
        memset(ns, 0, nc * sizeof *ns);
        for (size_t i = 0; i < tg->surname_cap; i++) {
            if (!tg->surname[i]) continue;
            size_t k = tg->surname[i] & (nc - 1);
            while (ns[k]) k = (k + 1) & (nc - 1);
            ns[k] = tg->surname[i];
        }
        news_work_release(w, tg->surname);
        tg->surname = ns;
        tg->surname_cap = nc;
    }
    size_t mask = tg->surname_cap - 1, k = h & mask;
    while (tg->surname[k] && tg->surname[k] != h) k = (k + 1) & mask;
    if (!tg->surname[k]) tg->n_surname++;
    tg->surname[k] = h;
    return NEWS_OK;
}

static int surname_has(const NewsTagger *tg, uint64_t h) {
    if (!tg->surname_cap) return 0;
    size_t mask = tg->surname_cap - 1, k = h & mask;
    while (tg->surname[k]) {
        if (tg->surname[k] == h) return 1;
        k = (k + 1) & mask;
    }
    return 0;
}

/* "Kuleba" after "Dmytro Kuleba": the surname of a person named earlier in the document is
 * that person. The last words of multi-word PER mentions go into a hash set (linear time,
 * whatever the number of mentions). */
static int make_consistent(NewsWork *w, NewsTagger *tg, size_t first_new) {
    for (size_t i = first_new; i < w->ment.n; i++) {
        NewsMention *me = &w->ment.v[i];
        const uint8_t *z = w->text + me->byte_start;
        NewsMentionToks mt = news_ment_toks(w, i);
        if (me->type == NEWS_PER && mt.tok_end - mt.tok_first > 1) {
            size_t k = me->byte_len;
            while (k > 0 && z[k - 1] != ' ') k--;
            if (k > 0) {
                int rc = surname_add(w, tg, word_hash(z + k, me->byte_len - k));
                if (rc) return rc;
            }
        } else if (me->type != NEWS_PER && mt.tok_end - mt.tok_first == 1 &&
                   surname_has(tg, word_hash(z, me->byte_len))) {
            me->type = NEWS_PER;
        }
    }
    return NEWS_OK;
}

/* Margin given to a label a rule sets: a middling tagger mention (score about 0.7). */
#define RULE_MARGIN 20.0f

static int word_is(const NewsWork *w, size_t k, const char *exact) {
    const NewsToken *t = &w->tok.v[k];
    size_t n = strlen(exact);
    return t->byte_len == n && !memcmp(w->text + t->byte_start, exact, n);
}

static int is_month(const NewsWork *w, size_t k) {
    static const char *const months[] = {"January", "February", "March", "April", "June",
                                         "July", "August", "September", "October",
                                         "November", "December"};
    for (size_t m = 0; m < sizeof months / sizeof *months; m++)
        if (word_is(w, k, months[m])) return 1;
    return 0;
}

/* A name right after the noun that says it is a work ("the film Oppenheimer", "her novel
 * "Beloved"", "the album Renaissance") is the work's title, MISC, whatever the words of the
 * title look like (a person's or a place's name). The noun may be followed by an opening
 * quotation mark. Nouns that are also verbs or other things ("play", "show", "hit") are
 * left out. */
static int after_work_noun(const NewsWork *w, size_t first) {
#define NOUN(s) {s, sizeof s - 1}
    static const struct {
        const char *z;
        size_t n;
    } nouns[] = {NOUN("film"),    NOUN("movie"),  NOUN("novel"),  NOUN("album"),
                 NOUN("song"),    NOUN("opera"),  NOUN("documentary"), NOUN("musical"),
                 NOUN("sitcom"),  NOUN("poem"),   NOUN("memoir"), NOUN("ballet"),
                 NOUN("symphony")};
#undef NOUN
    size_t k = first;
    uint32_t sent = w->tok.v[first].sentence;
    if (k > 0 && !(w->tok.v[k - 1].flags & NEWS_TF_WORD) && w->tok.v[k - 1].sentence == sent &&
        w->tok.v[k - 1].byte_len <= 3) /* an opening quotation mark */
        k--;
    if (k == 0 || w->tok.v[k - 1].sentence != sent) return 0;
    const NewsToken *t = &w->tok.v[k - 1];
    if (t->byte_len < 4 || t->byte_len > 11) return 0; /* most words: one test */
    const uint8_t *z = w->text + t->byte_start;
    for (size_t m = 0; m < sizeof nouns / sizeof *nouns; m++)
        if (nouns[m].n == t->byte_len && !memcmp(z, nouns[m].z, nouns[m].n)) return 1;
    return 0;
}

/* Rules after the tagger, for what the 1996 training text cannot teach:
 * - "US", "UK", "USA" written without periods (today's house style; Reuters wrote "U.S.")
 *   are the countries wherever a sentence is not all capitals, where "US" may be the
 *   pronoun ("LET US ...");
 * - a one-word place or person that is a registered company (SEC list) and on no list of
 *   places, or of first names and surnames, is the company: the tagger has only the
 *   context to go by for names younger than its training text ("Tesla", "Uber");
 * - an epithet after a person's name belongs to it: "Pliny the Elder", "Lucas Cranach the
 *   Younger", "Alexander the Great". */
/* Whether tokens [p, q) are exactly one match of a list of places (countries,
 * subdivisions, cities): "West Yorkshire", "London", "Ukraine". */
static int is_place_phrase(const NewsFeatScratch *s, size_t p, size_t q) {
    for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++) {
        if (!((1u << l) & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY))) continue;
        unsigned a = (s->info[p].gaz_pos >> (3 * l)) & 7;
        unsigned b = (s->info[q - 1].gaz_pos >> (3 * l)) & 7;
        if (q - p == 1 ? a == 4 : a == 1 && b == 3) return 1;
    }
    return 0;
}

/* "Mayor of West Yorkshire Joanna Pike said": a title, "of", a place and a person's name,
 * which the tagger may read as one organisation. The title and "of" are no name, the place
 * is a LOC when a list of places has it (else nothing: "Secretary of State Jane Hale"), and
 * the last two words, the first of them a first name, are the PER. Tokens [i, j) hold one
 * mention of a type other than PER; returns 1 when it was split. */
static int split_title_of_place(NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const NewsFeatScratch *s = &tg->feat;
    if (j - i < 5 || !(title_of(tg, i) & NEWS_TITLE_BEFORE_NAME) || !word_is(w, i + 1, "of"))
        return 0;
    size_t first = j - 2;
    if (!(s->form[s->info[first].form].gaz & NEWS_GAZ_FIRST) ||
        !(w->tok.v[first].flags & NEWS_TF_UPPER_INIT) ||
        !(w->tok.v[j - 1].flags & NEWS_TF_UPPER_INIT))
        return 0;
    int place = is_place_phrase(s, i + 2, first);
    tg->labels[i] = tg->labels[i + 1] = NEWS_LABEL_O;
    for (size_t k = i + 2; k < first; k++)
        tg->labels[k] = !place ? NEWS_LABEL_O
                        : k == i + 2 ? (uint8_t)NEWS_LABEL_B(NEWS_LOC)
                                     : (uint8_t)NEWS_LABEL_I(NEWS_LOC);
    tg->labels[first] = (uint8_t)NEWS_LABEL_B(NEWS_PER);
    tg->labels[j - 1] = (uint8_t)NEWS_LABEL_I(NEWS_PER);
    return 1;
}

static void post_rules(NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    const NewsFeatScratch *s = &tg->feat;
    for (size_t i = 0; i < n; i++) {
        if (!s->info[i].cand) continue; /* O, and no capital letter */
        unsigned y = tg->labels[i];
        if (y == NEWS_LABEL_O) {
            /* look at the bytes only for two or three capitals */
            const NewsToken *t = &w->tok.v[i];
            if ((t->byte_len != 2 && t->byte_len != 3) || w->text[t->byte_start] != 'U' ||
                s->info[i].headline)
                continue;
            if (word_is(w, i, "US") || word_is(w, i, "UK") || word_is(w, i, "USA")) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC);
                tg->margin[i] = RULE_MARGIN;
            }
            continue;
        }
        if ((y == NEWS_LABEL_B(NEWS_LOC) || y == NEWS_LABEL_B(NEWS_PER)) &&
            (i + 1 >= n || tg->labels[i + 1] != y + 1)) {
            uint32_t g = tg->feat.form[tg->feat.info[i].form].gaz;
            uint32_t other = y == NEWS_LABEL_B(NEWS_LOC)
                                 ? NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY
                                 : NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME;
            if ((g & NEWS_GAZ_COMPANY) && !(g & other)) tg->labels[i] = NEWS_LABEL_B(NEWS_ORG);
            continue;
        }
        if (NEWS_LABEL_TYPE(y) != NEWS_PER) {
            size_t j = i + 1;
            while (j < n && tg->labels[j] == y + 1) j++;
            if (y == NEWS_LABEL_B(NEWS_LABEL_TYPE(y)) && split_title_of_place(w, tg, i, j))
                i = j - 1;
            continue;
        }
        if (i + 2 >= n) continue;
        if (tg->labels[i + 1] == NEWS_LABEL_I(NEWS_PER)) continue; /* not the name's end */
        uint32_t sent = w->tok.v[i].sentence;
        if (w->tok.v[i + 2].sentence != sent || !word_is(w, i + 1, "the") ||
            !(word_is(w, i + 2, "Elder") || word_is(w, i + 2, "Younger") ||
              word_is(w, i + 2, "Great")))
            continue;
        unsigned old = tg->labels[i + 2];
        tg->labels[i + 1] = tg->labels[i + 2] = (uint8_t)NEWS_LABEL_I(NEWS_PER);
        tg->margin[i + 1] = tg->margin[i + 2] = tg->margin[i];
        /* a mention the tagger began at the epithet ends with it */
        for (size_t k = i + 3; old && k < n && tg->labels[k] == NEWS_LABEL_I(NEWS_LABEL_TYPE(old));
             k++)
            tg->labels[k] = NEWS_LABEL_O;
    }
}

int news_entities_window(const NewsModel *m, NewsWork *w) {
    int rc = ensure_state(w);
    if (rc) return rc;
    NewsTagger *tg = w->tagger_state;
    rc = news_tagger_window(m, w, tg);
    if (rc) return rc;
    post_rules(w, tg);
    size_t n = w->tok.n, first_new = w->ment.n;
    float a = m->score_a > 0 ? m->score_a : 1.0f, b = m->score_b;
    for (size_t i = 0; i < n;) {
        unsigned y = tg->labels[i];
        if (y == NEWS_LABEL_O) {
            i++;
            continue;
        }
        unsigned type = NEWS_LABEL_TYPE(y);
        size_t j = i + 1;
        while (j < n && tg->labels[j] == NEWS_LABEL_I(type) &&
               w->tok.v[j].sentence == w->tok.v[i].sentence)
            j++;
        float margin = tg->margin[i];
        for (size_t k = i + 1; k < j; k++)
            if (tg->margin[k] < margin) margin = tg->margin[k];
        size_t first = i, end = j;
        /* a quotation mark or dash the tagger took in ("Done,” Kuleba said") is never
         * part of a name: a mention starts and ends with a word */
        while (end - first > 1 && !(w->tok.v[first].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)))
            first++;
        while (end - first > 1 && !(w->tok.v[end - 1].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)))
            end--;
        if (!(w->tok.v[first].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT))) {
            i = j; /* punctuation alone names nothing */
            continue;
        }
        /* a month the tagger took into an organisation ("the September Treasury bond",
         * "the August National Association of Purchasing Management index") dates it */
        if (type == NEWS_ORG && end - first > 1 && is_month(w, first)) first++;
        if (type != NEWS_MISC && after_work_noun(w, first)) type = NEWS_MISC;
        size_t lead = first;
        unsigned cut = 0;
        uint8_t gender = NEWS_GENDER_UNKNOWN;
        if (type == NEWS_PER || person_honorific(title_of(tg, i))) {
            cut = strip_titles(tg, &first, end);
            if (cut && type != NEWS_PER && !person_honorific(cut)) first = lead, cut = 0;
            if (person_honorific(cut)) type = NEWS_PER;
        }
        if (!cut && first > 0 && w->tok.v[first - 1].sentence == w->tok.v[first].sentence)
            cut = title_of(tg, first - 1);
        if (person_honorific(cut)) type = NEWS_PER;
        if (type == NEWS_PER) gender = gender_of(cut);
        if (w->tok.v[end - 1].byte_start + w->tok.v[end - 1].byte_len - w->tok.v[first].byte_start >
            NEWS_MAX_MENTION_BYTES) {
            i = j; /* no name is that long (news.h: the row keeps 14 bits of length) */
            continue;
        }
        if (w->ment.n == w->ment.cap) {
            rc = NEWS_RESERVE(w, w->ment, w->ment.n + 1);
            if (rc) return rc;
        }
        rc = NEWS_RESERVE(w, w->ment_tok, w->ment_tok.n + 1);
        if (rc) return rc;
        const NewsToken *t = &w->tok.v[first], *last = &w->tok.v[end - 1];
        NewsMention *me = &w->ment.v[w->ment.n];
        memset(me, 0, sizeof *me);
        me->byte_start = t->byte_start;
        me->byte_len = (uint32_t)(last->byte_start + last->byte_len - t->byte_start);
        me->char_start = t->char_start;
        me->char_len = (uint32_t)(last->char_start + last->char_len - t->char_start);
        me->sentence = t->sentence;
        w->ment_tok.v[w->ment_tok.n].tok_first = (uint32_t)first;
        w->ment_tok.v[w->ment_tok.n++].tok_end = (uint32_t)end;
        me->canon = (int32_t)w->ment.n;
        float sc = logistic(a * margin + b);
        if (!(sc > 0.0f)) sc = 1e-6f; /* (0, 1]: never 0 */
        if (sc > 1.0f) sc = 1.0f;
        me->score = sc;
        me->type = (uint8_t)type;
        me->gender = gender;
        w->ment.n++;
        i = j;
    }
    return make_consistent(w, tg, first_new);
}
