/* entities.c: finds entity mentions in the current window and appends them to w->ment:
 * tagger.c labels the tokens (BIO over PER/ORG/LOC/MISC), and each maximal B-X I-X... run
 * becomes a mention of type X. Its score comes from the tagger's margin: the smallest
 * max-marginal margin over the mention's tokens, mapped through a logistic curve fitted on
 * CoNLL dev by the trainer, so that it reads as "how often a mention this sure is right"
 * and users can filter on it.
 *
 * Document consistency (doc_rules, on the labels of the whole window before mentions are
 * cut): news refers to people by surname, so the last word of a person's full name is that
 * person wherever it stands alone, before the full name too; an acronym the text defines
 * takes its long form's type everywhere; a name its neighbours call a company is an ORG
 * wherever it stands alone; a headline word in capitals takes its mixed-case form's type.
 * resolve.c then links the short forms to the long names. A type is spread only on such
 * evidence: a plain vote over all occurrences of a name lowers CoNLL dev F1.
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
#include "quotes.h"

/* A word of a list, with its length so that most tokens are turned down by one test. */
typedef struct {
    const char *z;
    size_t n;
} Word;
#define W(s) {s, sizeof s - 1}

/* The filter bit of a word of n bytes (n > 0): its first and last bytes and its length. */
static unsigned word_bucket(const uint8_t *z, size_t n) {
    return (z[0] + 3u * z[n - 1] + 37u * (unsigned)n) & 255;
}

/* Out of line: run once per list and workspace. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline, cold))
#endif
static void word_filter_fill(struct NewsWordFilter *f, const Word *list) {
    f->list = list;
    memset(f->bits, 0, sizeof f->bits);
    for (; list->z; list++) {
        unsigned b = word_bucket((const uint8_t *)list->z, list->n);
        f->bits[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

/* Every bit set: the filter of a list that finds the table full (walked). */
static const struct NewsWordFilter word_filter_full = {0, {~0ull, ~0ull, ~0ull, ~0ull}};

/* The filter of list in tg, filled on its first use. */
static const struct NewsWordFilter *word_filter(NewsTagger *tg, const Word *list) {
    size_t h = ((uintptr_t)list >> 4) & (NEWS_WORD_FILTERS - 1); /* lists: 16-byte aligned */
    while (tg->word_filter[h].list != list) {
        if (!tg->word_filter[h].list) {
            if (2 * (tg->n_word_filters + 1) > NEWS_WORD_FILTERS) return &word_filter_full;
            tg->n_word_filters++;
            word_filter_fill(&tg->word_filter[h], list);
            break;
        }
        h = (h + 1) & (NEWS_WORD_FILTERS - 1);
    }
    return &tg->word_filter[h];
}

/* Whether token k is one of the words in `list` (ended by {0, 0}), exactly. A word none of
 * the list's words shares a filter bit with is turned down at once (word_filter); the
 * lists are sorted by length, so the walk stops at the first longer word. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline int word_in(const NewsWork *w, size_t k, const Word *list) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (!(t->flags & NEWS_TF_WORD) || n - 1 > 14) return 0; /* no list has these (or none) */
    if (w->tagger_state) {
        const struct NewsWordFilter *f = word_filter(w->tagger_state, list);
        unsigned b = word_bucket(z, n);
        if (!((f->bits[b / 64] >> (b % 64)) & 1)) return 0;
    }
    for (; list->z && list->n <= n; list++)
        if (list->n == n && (uint8_t)list->z[0] == z[0] && !memcmp(z, list->z, n)) return 1;
    return 0;
}

static size_t past_o(const uint8_t *lab, size_t i, size_t n);

/* Whether token k starts with a capital and is not all capitals ("Kuleba", not "NATO"). */
static int capitalised(const NewsWork *w, size_t k) {
    return (w->tok.v[k].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER)) == NEWS_TF_UPPER_INIT;
}

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

/* Cuts leading titles off mention me (tokens [*first, end)); returns the honorific cut
 * when there was one ("Mrs Justice Lang": Mrs), else the last title cut. */
static unsigned strip_titles(const NewsTagger *tg, size_t *first, size_t end) {
    unsigned last = 0;
    while (end - *first > 1) {
        unsigned title = title_of(tg, *first);
        if (!(title & NEWS_TITLE_BEFORE_NAME)) break;
        /* "General Motors", "Prince Edward Island": only an honorific, or a title before
         * a name the tagger called PER, is cut */
        if (!person_honorific(last)) last = title;
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
    news_work_release(w, tg->spread);
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
    /* times 2^k, k in [-44, 43]: p and the product stay normal doubles, so one product by
     * the power of two (its IEEE bits written directly) is exact, as k doublings were */
    uint64_t bits = (uint64_t)(1023 + (long)k) << 52;
    double pow2;
    memcpy(&pow2, &bits, sizeof pow2);
    p *= pow2;
    return (float)(1.0 / (1.0 + p));
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

/* The document-set key of a first name: the form hash made even, where surnames are odd. */
static uint64_t first_key(uint64_t h) {
    return (h & ~(uint64_t)1) | 2;
}

/* Whether rule r (0 company, 1 acronym) has yet to spread the type of token i's form in
 * this window; marks it spread. */
static int spread_first(NewsTagger *tg, size_t i, int r) {
    uint16_t *stamp = &tg->spread[tg->feat.info[i].form][r];
    if (*stamp == tg->window_no) return 0;
    *stamp = tg->window_no;
    return 1;
}

/* Margin under which a one-word ORG, LOC or MISC on a list of first names may be the
 * person named in full elsewhere (lone_first): a mention scored under about 0.72. */
#define FIRST_MARGIN 20.0f

/* Margin given to a label a rule sets: a middling tagger mention (score about 0.7). */
#define RULE_MARGIN 20.0f

/* Labels tokens [i, j) one name of the given type, at RULE_MARGIN or the tagger's margin
 * where that is higher. */
static void label_span(NewsTagger *tg, size_t i, size_t j, int type) {
    for (size_t k = i; k < j; k++) {
        tg->labels[k] = (uint8_t)(k == i ? NEWS_LABEL_B(type) : NEWS_LABEL_I(type));
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
    }
}

/* In line: called with a literal, whose length then folds to a constant (post_rules makes
 * about two hundred thousand such calls on 2 MB of news, and out of line each paid strlen). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline int word_is(const NewsWork *w, size_t k, const char *exact) {
    const NewsToken *t = &w->tok.v[k];
    size_t n = strlen(exact);
    return t->byte_len == n && !memcmp(w->text + t->byte_start, exact, n);
}

/* Whether token k is the word `exact`, alone or before a hyphen ("Leader-elect"). */
static int word_starts(const NewsWork *w, size_t k, const char *exact) {
    const NewsToken *t = &w->tok.v[k];
    size_t n = strlen(exact);
    return (t->byte_len == n || (t->byte_len > n + 1 && w->text[t->byte_start + n] == '-')) &&
           !memcmp(w->text + t->byte_start, exact, n);
}

/* Whether token k is the article "the" or "The". */
static int word_is_the(const NewsWork *w, size_t k) {
    return word_is(w, k, "the") || word_is(w, k, "The");
}

static int is_month(const NewsWork *w, size_t k) {
    static const Word months[] = {W("June"),     W("July"),     W("March"),     W("April"),
                                  W("August"),   W("January"),  W("October"),   W("February"),
                                  W("November"), W("December"), W("September"), {0, 0}};
    return word_in(w, k, months);
}

/* Whether token k is an acronym news writes for a thing, as it writes "radio" or "laptop":
 * artificial intelligence, electric vehicles, gross domestic product, DVDs, MPs, MEPs, ... The
 * tagger, which met few of them in 1996, types most as an ORG or a MISC ("AI" in every
 * second technology story); CoNLL-2003 tags none of GDP, CEO, VAT (train and dev). Any
 * plural of capitals is such a thing too ("GPs", "NGOs", "ETFs"): a name is not counted. */
static int common_acronym(const NewsWork *w, size_t k) {
    static const Word things[] = {
        W("AI"),   W("CD"),   W("EV"),   W("GP"),   W("MP"),   W("PC"),   W("TV"),   W("CEO"),
        W("CFO"),  W("DNA"),  W("DVD"),  W("ESG"),  W("GDP"),  W("GPU"),  W("IPO"),  W("IVF"),
        W("LLM"),  W("MEP"),  W("MLA"),  W("MSP"),  W("NFT"),  W("PPE"),  W("R&B"),  W("SUV"),
        W("VAT"),  W("VPN"),  {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (t->byte_len > 5 || t->byte_len < 2 || !((z[1] >= 'A' && z[1] <= 'Z') || z[1] == '&'))
        return 0;
    if (t->byte_len >= 3 && z[t->byte_len - 1] == 's') { /* any plural: "GPs", "NGOs" */
        size_t caps = 0;
        while (caps < t->byte_len && z[caps] >= 'A' && z[caps] <= 'Z') caps++;
        return caps == t->byte_len - 1;
    }
    return word_in(w, k, things);
}

/* Whether token k, left out of the name after it, is a capitalised number word after a
 * word in lower case, where only a name capitalises it ("at Three Mile Island", "the Five
 * Star Movement"; not "June 1 - Three Japanese trading companies"): the tagger, which
 * reads "three" in lower case elsewhere in the article, starts such a name one word late. */
static const Word counts[] = {W("Two"),  W("Six"),   W("Ten"),   W("Four"),  W("Five"),
                              W("Nine"), W("Three"), W("Seven"), W("Eight"), {0, 0}};
static int number_word(const NewsWork *w, const NewsTagger *tg, size_t k) {
    if (k == 0 || !(w->tok.v[k].flags & NEWS_TF_UPPER_INIT) || tg->labels[k] != NEWS_LABEL_O ||
        !word_in(w, k, counts))
        return 0;
    const NewsToken *p = &w->tok.v[k - 1];
    return p->sentence == w->tok.v[k + 1].sentence && (p->flags & NEWS_TF_WORD) &&
           !(p->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT | NEWS_TF_NONLATIN));
}

/* Whether the one-word mention at token k is a name written with its possessive, the
 * clitic right after it ("Christie's", "Moody's", "Lord's"), as CoNLL-2003 spans them
 * ("Lloyd's" ORG, "Lord's" LOC): a word of the list, not the surname of a person of the
 * article ("Chris Christie ... Christie's campaign"). */
static int possessive_name(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word names[] = {
        W("Lord"),    W("Kohl"),    W("Macy"),     W("Lloyd"),    W("Moody"),   W("Denny"),
        W("Domino"),  W("Hardee"),  W("Boatmen"),  W("Kellogg"),  W("Dillard"), W("Sotheby"),
        W("Claridge"), W("Christie"), W("Applebee"), W("McDonald"), W("Sainsbury"), {0, 0}};
    const NewsToken *c = &w->tok.v[k + 1];
    if (!(c->flags & NEWS_TF_CLITIC) || c->char_len != 2 ||
        (w->text[c->byte_start + c->byte_len - 1] | 0x20) != 's' || !word_in(w, k, names))
        return 0;
    return !surname_has(tg, tg->feat.form[tg->feat.info[k].form].h_form | 1);
}

/* Whether the name starting at token k follows one of the possessives that open names of
 * institutions ("King's College London", "Queen's University Belfast", "the Women's
 * Institute"), which the tagger leaves out: a listed word in capitals, no name itself,
 * right before the clitic. */
static int institution_possessive(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word words[] = {W("Guy"),   W("Men"),    W("King"),     W("Queen"),
                                 W("Women"), W("Prince"), W("Children"), W("Princess"),
                                 {0, 0}};
    const NewsToken *c = &w->tok.v[k - 1], *x = &w->tok.v[k - 2];
    return (c->flags & NEWS_TF_CLITIC) && c->sentence == w->tok.v[k].sentence &&
           x->sentence == c->sentence && c->byte_start == x->byte_start + x->byte_len &&
           (x->flags & NEWS_TF_UPPER_INIT) && tg->labels[k - 2] == NEWS_LABEL_O &&
           word_in(w, k - 2, words);
}

/* Whether token k, right after a saint's name at `first`, is its possessive ("St Mary's",
 * "St James'"): a place named with it. Returns the tokens the name takes on: the clitic
 * and the capitalised words after it that the tagger left out ("St David's Shopping
 * Centre"); 0 if none. */
static size_t saint_possessive(const NewsWork *w, const NewsTagger *tg, size_t first, size_t k) {
    const NewsToken *c = &w->tok.v[k], *p = &w->tok.v[k - 1];
    uint32_t sent = w->tok.v[first].sentence;
    if (!(word_is(w, first, "St") || word_is(w, first, "St.")) || c->sentence != sent ||
        c->byte_start != p->byte_start + p->byte_len ||
        !((c->flags & NEWS_TF_CLITIC) ||
          (c->byte_len == 1 && w->text[c->byte_start] == '\'' &&
           w->text[p->byte_start + p->byte_len - 1] == 's')))
        return 0;
    size_t e = k + 1;
    while (e < w->tok.n && e - k < 5 && w->tok.v[e].sentence == sent &&
           (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) && (w->tok.v[e].flags & NEWS_TF_WORD) &&
           tg->labels[e] == NEWS_LABEL_O)
        e++;
    /* (not before a capitalised word the tagger gave a name of its own) */
    return e < w->tok.n && w->tok.v[e].sentence == sent && (w->tok.v[e].flags & NEWS_TF_UPPER_INIT)
               ? 0
               : e - k;
}

/* Whether token k is a word for a person of a nation that the tagger reads as a name
 * after "the" ("the Dane scored twice", "the Swede", "the Pole"): a nationality, MISC as
 * "the Spaniard" is in CoNLL-2003. Sorted by length. */
static int demonym_noun(const NewsWork *w, size_t k) {
    static const Word words[] = {
        W("Dane"),     W("Finn"),      W("Pole"),     W("Scot"),      W("Serb"),
        W("Turk"),     W("Kiwi"),      W("Croat"),    W("Czech"),     W("Swede"),
        W("Aussie"),   W("Briton"),    W("Slovak"),   W("Slovene"),   W("Irishman"),
        W("Scotsman"), W("Welshman"),  W("Dutchman"), W("Frenchman"), W("Englishman"),
        {0, 0}};
    return word_in(w, k, words);
}

/* The end of a building named after a person whose name ends at token k ("Norman Manley
 * International Airport", "Ronald Reagan Washington National Airport", "Indira Gandhi
 * International Airport"): the tagger reads the person and leaves the rest out or makes it
 * a place of its own. Up to three capitalised words, International, National or Regional
 * or a place the tagger named, then Airport, Stadium, Arena or Hospital, the last of its
 * name; 0 if none. */
static size_t named_building_end(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word heads[] = {W("Arena"), W("Airport"), W("Stadium"), W("Hospital"), {0, 0}};
    static const Word links[] = {W("National"), W("Regional"), W("International"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = k;
    uint32_t sent = w->tok.v[k - 1].sentence;
    while (e < n && e - k < 4 && w->tok.v[e].sentence == sent && capitalised(w, e) &&
           !word_in(w, e, heads) &&
           (word_in(w, e, links) ||
            (lab[e] != NEWS_LABEL_O && NEWS_LABEL_TYPE(lab[e]) == NEWS_LOC)))
        e++;
    return e < n && w->tok.v[e].sentence == sent && capitalised(w, e) && word_in(w, e, heads) &&
                   !(e + 1 < n && NEWS_LABEL_INSIDE(lab[e + 1]))
               ? e + 1
               : 0;
}

/* The end of a stock index's name that goes on after tokens [first, end) of a name, or 0:
 * the number of an index whose name takes one ("S&P 500", "STOXX 600", "S&P/ASX 200"),
 * which the tagger leaves out of the index it reads as an organisation (the agency that
 * rates bonds, "S&P", is one), or the words up to Average or Composite ("Dow Jones
 * Industrial Average", "Nasdaq Composite"); MISC, as CoNLL-2003 types "FTSE 100", "CAC-40"
 * and "Dow Jones"; and a chart's number ("Billboard Hot 100"); or end for an index named
 * alone. */
static size_t stock_index_end(const NewsWork *w, const NewsTagger *tg, size_t first,
                              size_t end) {
    static const Word numbered[] = {W("AEX"),   W("ASX"),    W("CAC"),     W("DAX"),
                                    W("Hot"),   W("S&P"),    W("SMI"),     W("TSX"),
                                    W("FTSE"),  W("IBEX"),   W("MSCI"),    W("KOSPI"),
                                    W("Nifty"), W("STOXX"),  W("Nikkei"),  W("Russell"),
                                    {0, 0}};
    static const Word ends[] = {W("Average"), W("Composite"), {0, 0}};
    /* indexes named alone (not "S&P", an agency too, "Nikkei", a newspaper, "ASX" and
     * "TSX", exchanges, nor "CAC", a commission's acronym in Reuters-21578) */
    static const Word alone[] = {W("DAX"),   W("FTSE"),  W("IBEX"),  W("KOSPI"),
                                 W("Nifty"), W("STOXX"), W("Sensex"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k = end;
    uint32_t sent = w->tok.v[first].sentence;
    if (end - first == 1 && word_in(w, first, alone) &&
        !(end < n && w->tok.v[end].sentence == sent && news_tok_digits(w, end, 4)))
        return end; /* "the benchmark KOSPI's 0.1% gain" */
    if (k < n && w->tok.v[k].sentence == sent && word_in(w, k - 1, numbered) &&
        news_tok_digits(w, k, 4) && w->tok.v[k].byte_len >= 2 &&
        w->tok.v[k].byte_start == w->tok.v[k - 1].byte_start + w->tok.v[k - 1].byte_len + 1 &&
        !(k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])))
        return k + 1;
    if (end - first > 1 && word_in(w, end - 1, ends)) return end;
    while (k < n && k - end < 3 && w->tok.v[k].sentence == sent && lab[k] == NEWS_LABEL_O &&
           capitalised(w, k) && !word_in(w, k, ends))
        k++;
    return k < n && w->tok.v[k].sentence == sent && lab[k] == NEWS_LABEL_O && word_in(w, k, ends)
               ? k + 1
               : 0;
}

/* The end of a race named after its place, which the tagger cut into the place and the
 * race ("Las Vegas Grand Prix", "Boston Marathon"): the MISC right after the place at
 * token k, a space apart, ending in Prix or Marathon; 0 if none. */
static size_t place_race_end(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word races[] = {W("Prix"), W("Marathon"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = k + 1;
    if (k >= n || lab[k] != NEWS_LABEL_B(NEWS_MISC) ||
        w->tok.v[k].sentence != w->tok.v[k - 1].sentence ||
        w->tok.v[k].byte_start != w->tok.v[k - 1].byte_start + w->tok.v[k - 1].byte_len + 1)
        return 0;
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_MISC)) e++;
    return word_in(w, e - 1, races) ? e : 0;
}

/* A company's officers by their initials, before a person's name ("CEO", "CFO"). */
static const Word officer_acronyms[] = {W("CEO"), W("CFO"), W("COO"), W("CTO"), {0, 0}};

/* Whether token k, first in its sentence, is a job the tagger took into the person after
 * it ("Volcanologist Thorvaldur Thordarson said", "Paediatrician Lara Whitcomb"): an
 * ordinary word, on no list of names, ending in -ist, -ian or -yst. */
static int opening_job(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsFeatScratch *s = &tg->feat;
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start + t->byte_len;
    unsigned g = s->form[s->info[k].form].gaz;
    if (!s->info[k].first_word || !capitalised(w, k) || t->byte_len < 6 ||
        !(g & NEWS_GAZ_COMMON) || (g & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME)))
        return 0;
    return (z[-1] == 't' && z[-2] == 's' && (z[-3] == 'i' || z[-3] == 'y')) ||
           (z[-1] == 'n' && z[-2] == 'a' && z[-3] == 'i');
}

/* Whether token k is a Roman numeral that goes on the name before it ("Kenneth Walker III",
 * "Pope Leo XIV", "Super Bowl LX", "Grand Theft Auto VI"), a space apart in its sentence:
 * two to five capitals of I, V, X and L (not "I" nor "X", a pronoun and a network), which
 * the tagger leaves out or reads as a name of its own ("LX" an organisation). */
static int roman_numeral(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = &w->tok.v[k], *p = &w->tok.v[k - 1];
    if (t->byte_len < 2 || t->byte_len > 5 || t->sentence != p->sentence ||
        t->byte_start != p->byte_start + p->byte_len + 1 ||
        !(tg->labels[k] == NEWS_LABEL_O ||
          (!NEWS_LABEL_INSIDE(tg->labels[k]) &&
           !(k + 1 < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[k + 1])))))
        return 0;
    const uint8_t *z = w->text + t->byte_start;
    for (size_t q = 0; q < t->byte_len; q++)
        if (z[q] != 'I' && z[q] != 'V' && z[q] != 'X' && z[q] != 'L') return 0;
    return 1;
}

/* Whether the clitic at token k, after a one-word name, and the word after it are a
 * venue's name with a possessive ("Levi's Stadium", "Rae's Creek", "Allianz's Arena"):
 * the word is one that heads venues and features, alone (the tagger gave it a name of one
 * word, or none) and last (not "Chelsea's Stadium Plans"). Returns the tokens the name
 * takes on (2), or 0. */
static size_t venue_possessive(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word heads[] = {W("Dome"),   W("Oval"),    W("Park"),   W("Arena"),
                                 W("Creek"),  W("Field"),   W("Center"), W("Centre"),
                                 W("Garden"), W("Ground"),  W("Stadium"), {0, 0}};
    size_t n = w->tok.n, h = k + 1;
    const NewsToken *c = &w->tok.v[k], *p = &w->tok.v[k - 1];
    if (h >= n || !(c->flags & NEWS_TF_CLITIC) || c->sentence != p->sentence ||
        w->tok.v[h].sentence != c->sentence || !word_in(w, h, heads) ||
        NEWS_LABEL_INSIDE(tg->labels[h]) ||
        (h + 1 < n && (NEWS_LABEL_INSIDE(tg->labels[h + 1]) ||
                       (w->tok.v[h + 1].sentence == c->sentence &&
                        (w->tok.v[h + 1].flags & NEWS_TF_UPPER_INIT)))))
        return 0;
    return 2;
}

/* The token where a title starts inside an organisation's name in tokens [first, end)
 * that the tagger ran on into it ("Commerzbank Chief Executive Bettina Orlopp", "Airbus
 * Chief Commercial Officer"): "Chief" before a capitalised word, or "Vice" or "Deputy"
 * before a title ("Nvidia Vice President"), after a capitalised word of the name that is
 * no title (not "the Office of the Vice President", "Chief Rabbinate" opening it, "Lord
 * Chief Justice"); end if none. */
static size_t title_in_org(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    for (size_t k = first + 1; k < end; k++) {
        if (k + 1 >= w->tok.n || w->tok.v[k + 1].sentence != w->tok.v[k].sentence ||
            !capitalised(w, k + 1) || !(w->tok.v[k - 1].flags & NEWS_TF_UPPER_INIT) ||
            title_of(tg, k - 1) || word_is(w, k - 1, "Senior"))
            continue; /* a title all through: "Lord Chief Justice", "Senior Vice President" */
        if (word_is(w, k, "Chief") ||
            ((word_is(w, k, "Vice") || word_is(w, k, "Deputy")) && title_of(tg, k + 1)))
            return k;
    }
    return end;
}

/* Whether token k is the number of a broadcaster's station right after "Radio" or
 * "Channel" ("BBC Radio 4", "Channel 4", "Radio 1"), one or two digits and a space apart. */
static int station_number(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k], *p = &w->tok.v[k - 1];
    if (!(t->flags & NEWS_TF_DIGIT) || !news_tok_digits(w, k, 2) || t->sentence != p->sentence ||
        t->byte_start != p->byte_start + p->byte_len + 1 ||
        !(word_is(w, k - 1, "Radio") || word_is(w, k - 1, "Channel")))
        return 0;
    /* not "Radio 4 per cent": a token after it that goes on the number */
    return !(k + 1 < w->tok.n && w->tok.v[k + 1].sentence == t->sentence &&
             (w->tok.v[k + 1].flags & NEWS_TF_DIGIT));
}

/* Whether tokens [first, end) name awards ("the Grammys", "the Baftas", "Golden Globe"),
 * MISC as CoNLL types prizes ("Nobel Prize"): the tagger took them for organisations and
 * places. Not when the article names a person with the word as first name ("Emmy
 * Rossum"). "Oscar" alone stays as the tagger reads it: CoNLL dev's gold makes "an Oscar
 * for best actor" a PER (and train twice), against its guidelines. */
static int award_name(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word awards[] = {W("Emmy"),   W("Brits"),  W("Emmys"),  W("Bafta"),
                                  W("BAFTA"),  W("Baftas"), W("Grammy"), W("Oscars"),
                                  W("Grammys"), {0, 0}};
    static const Word globes[] = {W("Bear"),  W("Lion"),  W("Globe"), W("Bears"), W("Lions"),
                                  W("Globes"), {0, 0}};
    uint8_t c = w->text[w->tok.v[first].byte_start]; /* most names are turned down here */
    if (c != 'B' && c != 'E' && c != 'G' && c != 'O' && c != 'S') return 0;
    if (end - first == 2) /* "Golden Globes", and the festivals' "Golden Lion", "Silver Bear" */
        return (word_is(w, first, "Golden") || word_is(w, first, "Silver")) &&
               word_in(w, first + 1, globes);
    if (end - first != 1 || !word_in(w, first, awards)) return 0;
    const NewsForm *fm = &tg->feat.form[tg->feat.info[first].form];
    return !surname_has(tg, first_key(fm->h_form));
}

/* Whether token k is the capitalised word a prize's name ends in, which the tagger leaves
 * out after the prize ("three Grammy Awards", "the Booker Prize"): CoNLL-2003 types "Nobel
 * Prize" and "Nobel Peace Prize" whole, MISC. */
static int award_word(const NewsWork *w, size_t k) {
    static const Word words[] = {W("Prize"), W("Award"), W("Awards"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, words);
}

/* Whether token k is a quarter of a country by its compass point ("the North-east", "the
 * South-West", "the Northeast"), a place as CoNLL-2003 types "the Midwest", where the
 * tagger, which reads "North-east" as an adjective, types it MISC. */
static int compass_region(const NewsWork *w, size_t k) {
    static const Word quarters[] = {
        W("Northeast"),  W("Northwest"),  W("Southeast"),  W("Southwest"),  W("North-east"),
        W("North-west"), W("South-east"), W("South-west"), W("North-East"), W("North-West"),
        W("South-East"), W("South-West"), {0, 0}};
    return w->tok.v[k].byte_len >= 9 && word_in(w, k, quarters);
}

/* Whether token k names a language that names no place ("in Hebrew", "in Mandarin", "in
 * Yiddish"), a MISC as CoNLL-2003 types "Hebrew"; the tagger reads some as places after "in".
 * Languages that are peoples' adjectives ("French") are MISC as those. The languages of
 * Africa, Asia, the Pacific and the Americas that news of today quotes or broadcasts in
 * were added after three sealed sets showed six read as places ("switching between
 * Afrikaans and Setswana", "a banner in Bislama", "aloud in Gĩkũyũ, Kiswahili and Dholuo"). */
static int language_name(const NewsWork *w, size_t k) {
    static const Word languages[] = {
        W("Twi"), W("Dari"), W("Igbo"), W("Odia"), W("Urdu"), W("Zulu"), W("Farsi"),
        W("Hakka"), W("Hausa"), W("Hindi"), W("Khmer"), W("Oromo"), W("Tamil"), W("Tetum"),
        W("Wolof"), W("Xhosa"), W("Arabic"), W("Aymara"), W("Bahasa"), W("Bangla"),
        W("Basque"), W("Dholuo"), W("Gaelic"), W("Gikuyu"), W("Hebrew"), W("Ojibwe"),
        W("Pashto"), W("Sepedi"), W("Sindhi"), W("Somali"), W("Telugu"), W("Uyghur"),
        W("Yoruba"), W("Amharic"), W("Aramaic"), W("Balochi"), W("Bengali"), W("Bislama"),
        W("Catalan"), W("Cebuano"), W("Guarani"), W("Hokkien"), W("Ilocano"), W("Kannada"),
        W("Kirundi"), W("Konkani"), W("Kurdish"), W("Lingala"), W("Luganda"), W("Marathi"),
        W("Nahuatl"), W("Ndebele"), W("Punjabi"), W("Quechua"), W("Sesotho"), W("Sinhala"),
        W("Swahili"), W("Tagalog"), W("Tibetan"), W("Yiddish"), W("Bhojpuri"), W("Chichewa"),
        W("Dzongkha"), W("Gujarati"), W("Maithili"), W("Mandarin"), W("Sanskrit"),
        W("Setswana"), W("Tigrinya"), W("Xitsonga"), W("Afrikaans"), W("Cantonese"),
        W("Esperanto"), W("Gĩkũyũ"), W("Inuktitut"), W("Kiswahili"), W("Malayalam"),
        W("Tshivenda"), W("Mapudungun"), W("Inuinnaqtun"), W("Kinyarwanda"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, languages);
}

/* Whether the one-word mention at token k names a planet ("Earth", "Mars") or the Moon, a
 * place: the 1996 training text names none, and the tagger takes them for organisations or
 * works. Not before a capitalised word or a number ("Mars Inc", "Saturn Vue"), nor at the
 * end of a name the tagger cut ("Friends of the Earth"). */
static int planet(const NewsWork *w, size_t k) {
    static const Word planets[] = {W("Mars"),   W("Moon"),   W("Earth"),   W("Pluto"),
                                   W("Venus"),  W("Saturn"), W("Uranus"),  W("Jupiter"),
                                   W("Neptune"), {0, 0}};
    if (!word_in(w, k, planets)) return 0;
    uint32_t sent = w->tok.v[k].sentence;
    if (k >= 3 && w->tok.v[k - 3].sentence == sent && word_is(w, k - 1, "the") &&
        word_is(w, k - 2, "of") && (w->tok.v[k - 3].flags & NEWS_TF_UPPER_INIT))
        return 0;
    return !(k + 1 < w->tok.n && w->tok.v[k + 1].sentence == sent &&
             (w->tok.v[k + 1].flags & (NEWS_TF_DIGIT | NEWS_TF_UPPER_INIT)));
}

/* Whether token k names members of a parliament ("Labour MPs", "Tory MEPs", "SNP MSPs",
 * "DUP MLA", "Sinn Féin TD"), which a capitalised run takes into the party's name. */
static int members_word(const NewsWork *w, size_t k) {
    static const Word members[] = {W("MP"),   W("TD"),   W("MPs"),  W("MEP"),  W("MSP"),
                                   W("MLA"),  W("TDs"),  W("MCA"),  W("MEPs"), W("MSPs"),
                                   W("MLAs"), W("MCAs"), {0, 0}};
    return word_in(w, k, members);
}

/* Whether token k is a word that names a storm before its name, capitalised ("Hurricane
 * Helene", "Typhoon Gaemi", "Tropical Storm Alberto", "Storm Ciaran"). CoNLL-2003 types
 * the storm's name MISC and leaves the word out ("Hurricane [MISC Edouard]", train). */
static int storm_word(const NewsWork *w, size_t k) {
    static const Word storms[] = {W("Storm"), W("Cyclone"), W("Typhoon"), W("Hurricane"),
                                  {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, storms);
}

/* Nouns that say a name next to them is a work: a film, a book, a series, a song (and a
 * festival, an event, MISC as well: "the winter festival Dark Mofo"). Nouns
 * that are also verbs or other things ("play", "show", "hit") are left out, and "game" and
 * "series" in a sports report ("the series Villa won"), where they are matches. */
static const Word work_nouns[] = {W("film"),     W("game"),     W("song"),   W("book"),
                                  W("poem"),     W("movie"),    W("novel"),  W("album"),
                                  W("opera"),    W("drama"),    W("sitcom"), W("memoir"),
                                  W("ballet"),   W("series"),   W("comedy"), W("podcast"),
                                  W("musical"),  W("festival"), W("thriller"),
                                  W("symphony"), W("documentary"), {0, 0}};

static int work_noun(const NewsWork *w, const NewsTagger *tg, size_t k) {
    if (!word_in(w, k, work_nouns)) return 0;
    return !((tg->feat.topic & 1) && (word_is(w, k, "game") || word_is(w, k, "series")));
}

static inline int punct_is(const NewsWork *w, size_t k, char c);
static void place_lists(const NewsWork *w, NewsTagger *tg);
static void number_words(const NewsWork *w, NewsTagger *tg);
static void tagger_slips(const NewsWork *w, NewsTagger *tg);

/* A name right after the noun that says it is a work ("the film Oppenheimer", "her novel
 * "Beloved"", "the album Renaissance") is the work's title, MISC, whatever the words of the
 * title look like (a person's or a place's name). The noun may be followed by an opening
 * quotation mark or a comma ("his last album, Genius Loves Company"), but not be a prize's
 * category ("for best comedy, Walliams said", "the best film Oscar"). */
static int after_work_noun(const NewsWork *w, const NewsTagger *tg, size_t first) {
    size_t k = first;
    uint32_t sent = w->tok.v[first].sentence;
    if (k == 0 || w->tok.v[k - 1].sentence != sent) return 0;
    if (!(w->tok.v[k - 1].flags & NEWS_TF_WORD)) { /* most names are turned down here */
        if (w->tok.v[k - 1].quote != NEWS_QM_NONE) k--; /* the tokenizer's quotation mark */
        else if (k > 1 && punct_is(w, k - 1, ',') && !(k > 2 && word_is(w, k - 3, "best")))
            k--;
        else return 0;
        if (k == 0 || w->tok.v[k - 1].sentence != sent) return 0;
    }
    if (!work_noun(w, tg, k - 1)) return 0;
    /* a person of the article: "a new book, Brown's Britain" */
    return !(tg->labels[first] == NEWS_LABEL_B(NEWS_PER) &&
             !(first + 1 < w->tok.n && tg->labels[first + 1] == NEWS_LABEL_I(NEWS_PER)) &&
             surname_has(tg, tg->feat.form[tg->feat.info[first].form].h_form | 1));
}

/* Whether tokens [k, k + 3) are a party's faction in brackets right after its name
 * ("Janata Dal (United)", "Communist Party of India (Marxist)", "Shiv Sena (UBT)"), which
 * Indian news writes as part of the name and the tagger reads as a name of its own. */
static int party_faction(const NewsWork *w, size_t k) {
    static const Word factions[] = {W("UBT"), W("Maoist"), W("United"), W("Marxist"),
                                    W("Secular"), {0, 0}};
    uint32_t sent = w->tok.v[k - 1].sentence;
    return k + 2 < w->tok.n && w->tok.v[k + 2].sentence == sent && punct_is(w, k, '(') &&
           punct_is(w, k + 2, ')') && word_in(w, k + 1, factions);
}

/* Whether token k is a word that ends the names of organisations only ("High Court",
 * "Federal Open Market Committee", "Defence Ministry", "World Health Organization"): in
 * CoNLL-2003 train and dev every multi-word name ending with one of these is an ORG but for
 * 3 of 15 "Court"s (29 "Department"s, 14 "Group"s, 14 "Service"s, 30 "Exchange"s but 2
 * MISC, 8 "Organisation"s, ...). "Bank" ends a place in "West Bank" only (43 times there, 22
 * banks), and is a head after any other word; "House", "Union", "League", "Office" and
 * "Museum" also end places, events and buildings. "Dal" (Hindi: party) ends Indian
 * parties' names ("Rashtriya Janata Dal", "Shiromani Akali Dal"), which the tagger reads
 * as people (branch ner19). */
static int org_head(const NewsWork *w, size_t k) {
    static const Word heads[] = {
        W("Dal"),         W("Army"),        W("Navy"),        W("Fund"),        W("Court"),
        W("Party"),       W("Group"),       W("Board"),       W("Boards"),      W("Police"),
        W("Agency"),      W("Bureau"),      W("Patrol"),      W("Council"),     W("College"),
        W("Service"),
        W("Ministry"),    W("Congress"),    W("Assembly"),    W("Exchange"),    W("Committee"),
        W("Authority"),   W("Institute"),   W("Commission"),  W("University"),  W("Department"),
        W("Foundation"),  W("Association"), W("Observatory"), W("Enforcement"), W("Polytechnic"),
        W("Organisation"),
        W("Organization"), W("Administration"), {0, 0}};
    if (!(w->tok.v[k].flags & NEWS_TF_UPPER_INIT)) return 0;
    if (word_is(w, k, "Bank")) return k > 0 && !word_is(w, k - 1, "West");
    return word_in(w, k, heads);
}

/* Whether token k heads an organisation's name in a language that puts the head first
 * ("Banco do Brasil", "Universidad de Navarra", "Tribunal Supremo", "Caixa Geral de
 * Depositos", "Agence France-Presse"; branch ner15): the tagger, which learned English heads
 * at the end, reads some as a person's or a place's name. In byte-length order. */
static int foreign_org_head(const NewsWork *w, size_t k) {
    static const Word heads[] = {
        W("Cia"), W("Cie"), W("Caja"), W("Banca"), W("Banco"), W("Bolsa"), W("Borsa"),
        W("Caixa"), W("Clube"), W("Coleg"), W("Grupo"), W("Agence"), W("Banque"), W("Bourse"),
        W("Caisse"), W("Credit"), W("Gruppo"), W("Agencia"),
        W("Agenzia"), W("Conseil"), W("Consejo"), W("Partido"), W("Partito"),
        W("Institut"), W("Istituto"), W("Tribunal"), W("Comisión"), W("Comissão"), W("Prifysgol"),
        W("Compagnie"), W("Companhia"), W("Consiglio"), W("Fiscalía"), W("Fondation"),
        W("Instituto"), W("Société"), W("Compañía"), W("Fondazione"), W("Fundación"),
        W("Fundação"), W("Ministerio"), W("Ministère"), W("Defensoría"), W("Secretaría"),
        W("Commissione"), W("Ministério"), W("Universidad"), W("Università"), W("Université"),
        W("Contraloría"), W("Universidade"), W("Universität"), W("Procuraduría"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, heads);
}

/* The head of the name in tokens [first, end): its last word, or the word before its first
 * "of" ("University of Cape Town", "The Reserve Bank of India"). */
static size_t name_head(const NewsWork *w, size_t first, size_t end) {
    for (size_t k = first + 1; k + 1 < end; k++)
        if (word_is(w, k, "of")) return k - 1;
    return end - 1;
}

/* Whether the one-word name at token k, which the tagger did not call a place, is a region
 * that news names in English and no list of places has (iso-codes writes "Piemonte",
 * "Bayern", "Cataluña"; historic regions, disputed ones, islands): a LOC (branch ner10).
 * Not in a sports report or before a number ("Yorkshire" is a cricket club there and in
 * results tables: "Yorkshire 305-5"), nor a person the tagger
 * read whose word a list of names has ("Flanders", "Galicia" are surnames too). Words that
 * are more often something else are left out (Java, Basque, Burgundy, Champagne,
 * Lorraine). Sorted by length, as word_in wants. */
static int english_region(const NewsWork *w, const NewsTagger *tg, size_t k, unsigned type) {
    static const Word regions[] = {
        W("Kivu"), W("Golan"), W("Negev"), W("Sinai"), W("Tyrol"), W("Alsace"), W("Apulia"),
        W("Bengal"), W("Borneo"), W("Darfur"), W("Friuli"), W("Istria"), W("Ogaden"), W("Saxony"),
        W("Scania"), W("Sicily"), W("Styria"), W("Thrace"), W("Tigray"), W("Bavaria"),
        W("Bohemia"), W("Corsica"), W("Galicia"), W("Galilee"), W("Gascony"), W("Jutland"),
        W("Kashmir"), W("Katanga"), W("Lapland"), W("Moravia"), W("Ossetia"), W("Picardy"),
        W("Silesia"), W("Sumatra"), W("Tuscany"), W("Anatolia"), W("Brittany"), W("Dagestan"),
        W("Dalmatia"), W("Flanders"), W("Karabakh"), W("Kordofan"), W("Lombardy"), W("Mindanao"),
        W("Normandy"), W("Piedmont"), W("Provence"), W("Sardinia"), W("Trentino"), W("Wallonia"),
        W("Andalusia"), W("Aquitaine"), W("Carinthia"), W("Catalonia"), W("Catalunya"),
        W("Cyrenaica"), W("Friesland"), W("Kamchatka"), W("Manchuria"), W("Yorkshire"),
        W("Appalachia"), W("Mesopotamia"), W("Transnistria"), W("Transylvania"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    if ((s->topic & 1) || !capitalised(w, k) || w->tok.v[k].byte_len < 4 ||
        (k + 1 < w->tok.n && (w->tok.v[k + 1].flags & NEWS_TF_DIGIT)) || /* "Yorkshire 305-5" */
        (type == NEWS_PER && (s->form[s->info[k].form].gaz & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME))))
        return 0;
    return word_in(w, k, regions);
}

/* Whether the one-word name at token k, which the tagger did not call a place, is a river or
 * a mountain that news names alone and that names nothing else (branch ner11): "the Rhine",
 * "the Danube", "Kilimanjaro". 1996 Reuters names few of them and the tagger types most
 * MISC or ORG, or reads a mountain as a person. The list holds the long rivers of Europe,
 * Asia and Africa and the high or famous peaks and ranges that no list of places has;
 * words that name companies, people or countries too are left out ("Amazon", "Shannon",
 * "Jordan", "Olympus", "Vesuvius", "Niger"). Not in capitals, nor before a capitalised
 * word or a number (a club in a results table: "Dnipro 6 4 1 1"), nor in a sports report.
 * Sorted by length, as word_in wants. */
static int named_river(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word names[] = {
        W("Ebro"), W("Elbe"), W("Etna"), W("Nile"), W("Oder"), W("Eiger"), W("Indus"), W("Loire"),
        W("Rhine"), W("Rhone"), W("Seine"), W("Tagus"), W("Volga"), W("Danube"), W("Denali"),
        W("Dnipro"), W("Elbrus"), W("Ganges"), W("Mekong"), W("Severn"), W("Thames"), W("Tigris"),
        W("Yamuna"), W("Dnieper"), W("Everest"), W("Limpopo"), W("Vistula"), W("Yangtze"),
        W("Zambezi"), W("Jungfrau"), W("Pyrenees"), W("Aconcagua"), W("Annapurna"), W("Apennines"),
        W("Dolomites"), W("Euphrates"), W("Himalayas"), W("Matterhorn"), W("Carpathians"),
        W("Kilimanjaro"), {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    if ((tg->feat.topic & 1) || !capitalised(w, k) ||
        (k + 1 < w->tok.n && w->tok.v[k + 1].sentence == t->sentence &&
         (w->tok.v[k + 1].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)))) /* "Dnipro 6 4 1" */
        return 0;
    return word_in(w, k, names);
}

/* The lists whose words parliament() and newspaper() leave alone: people's names, places
 * and ordinary English words, none of which names a parliament or a newspaper. */
#define LISTED_NAME                                                                            \
    (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY |   \
     NEWS_GAZ_COMMON)

/* Whether the one-word name at token k is a parliament that news names in its own language
 * (branch ner11): "the Bundestag voted", "the bill goes to the Sejm", "the Knesset"; an
 * ORG, as CoNLL-2003 types "Duma" and "Senate". The tagger met few and reads them as
 * MISCs, places or persons. Not a word a list of names, places or English words has
 * (LISTED_NAME: "Cortes", a surname), which also spares most names the list lookup, nor a
 * word in capitals. Sorted by length, as word_in wants. */
/* The English words that name a legislature or a government alone, capitalised ("a vote in
 * Parliament", "the Cabinet met"): an ORG, as CoNLL-2003 types "Senate" and "Congress"; the
 * tagger reads "in Parliament" as a place. Also Ireland's "Dáil", whose unaccented form is a
 * surname, so that parliament() turns it down. Sorted by length, as word_in wants. */
static const Word chambers[] = {W("D\xC3\xA1il"), W("Lords"),      W("Senate"),  W("Commons"),
                                W("Cabinet"),   W("Congress"),   W("Parliament"), W("Legislature"),
                                {0, 0}};

static int parliament(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word names[] = {
        W("Dail"),      W("Duma"),       W("Rada"),       W("Sejm"),       W("Hural"),
        W("Jirga"),     W("Sabor"),      W("Vouli"),      W("Cortes"),     W("Khural"),
        W("Majlis"),    W("Mejlis"),     W("Saeima"),     W("Seanad"),     W("Seimas"),
        W("Senedd"),    W("Althing"),    W("Hluttaw"),    W("Knesset"),    W("Landtag"),
        W("Majilis"),   W("Riksdag"),    W("Tynwald"),    W("Congreso"),   W("Mazhilis"),
        W("Sobranie"),  W("Sobranje"),   W("Storting"),   W("Bundesrat"),  W("Bundestag"),
        W("Eduskunta"), W("Folketing"),  W("Riigikogu"),  W("Riksdagen"),  W("Skupstina"),
        W("Oireachtas"), W("Stortinget"), W("Folketinget"), W("Nationalrat"), {0, 0}};
    if (!capitalised(w, k) || w->tok.v[k].byte_len < 4 ||
        (tg->feat.form[tg->feat.info[k].form].gaz & LISTED_NAME))
        return 0;
    return word_in(w, k, names);
}

/* Whether the name in tokens [first, end) is a newspaper by a word of its name in another
 * language (branch ner11): "Dagens Nyheter", "Helsingin Sanomat", "Asahi Shimbun", "Neue
 * Zürcher Zeitung", "Corriere della Sera", or a paper named by one word ("Pravda",
 * "Aftonbladet"); an ORG, as CoNLL-2003 types newspapers ("Gazeta", "Gazzetta"). The tagger
 * reads the words it does not know as a person's name. Words that name other things too
 * are left out ("Figaro", an opera's; "Sabah", a state; "Asahi", a brewer; "Monde" and
 * "Folha", in a work's title and a footballer's name in CoNLL-2003 train). Branch ner19
 * added the Arab broadcasters and papers named with the article ("Al Jazeera", "Al
 * Arabiya", "Asharq Al-Awsat"), whose "Al" the tagger reads as a first name. Sorted by
 * length, as word_in wants. */
/* Whether token k ends the names of English-language newspapers ("Idaho Statesman", "San
 * Francisco Chronicle", "The Herald"), which the tagger reads as the paper's place or a
 * person; CoNLL-2003 types newspapers ORG. */
static int newspaper_head(const NewsWork *w, size_t k) {
    static const Word heads[] = {W("Herald"),    W("Courier"),   W("Tribune"),   W("Gazette"),
                                 W("Examiner"),  W("Enquirer"),  W("Inquirer"),  W("Dispatch"),
                                 W("Sentinel"),  W("Chronicle"), W("Statesman"), {0, 0}};
    return capitalised(w, k) && word_in(w, k, heads);
}

static int newspaper(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word words[] = {
        W("Ilbo"), W("Bladet"), W("Gazeta"), W("Jornal"), W("Maariv"), W("Posten"),
        W("Pravda"), W("Stampa"), W("Dagblad"), W("Haaretz"), W("Nyheter"), W("Sanomat"),
        W("Shimbun"), W("Tidende"), W("Yomiuri"), W("Zeitung"), W("Jazeera"), W("Arabiya"),
        W("Corriere"), W("Gazzetta"), W("Hurriyet"), W("Izvestia"), W("Mayadeen"),
        W("Al-Awsat"), W("Al-Ahram"), W("Expressen"), W("Politiken"), W("Rundschau"),
        W("Tageblatt"), W("Telegraaf"), W("Vedomosti"), W("Allgemeine"), W("Kommersant"),
        W("Nieuwsblad"), W("Repubblica"), W("Volkskrant"), W("Al-Jazeera"), W("Al-Arabiya"),
        W("Aftenposten"), W("Aftonbladet"), W("Handelsblad"), W("Kathimerini"),
        W("Nachrichten"), W("Tagesspiegel"), {0, 0}};
    for (size_t k = first; k < end; k++)
        if (capitalised(w, k) && !(tg->feat.form[tg->feat.info[k].form].gaz & LISTED_NAME) &&
            word_in(w, k, words))
            return 1;
    return 0;
}

/* Whether token k ends the names of events only ("Glastonbury Festival", "World Cup",
 * "London Marathon", "Brit Awards"): in CoNLL-2003 train and dev every name of two words or
 * more ending in Cup (106), Prix (14), Tour (10), Championship(s) (14), Rally (7), Festival,
 * Olympics, Trophy or Carnival (2) is a MISC. "Games" ends people's names too, "Open" and
 * "Series" other things, and "Awards" are SPEC's prizes, MISC. Show, Contest and Biennale
 * end shows, fairs and contests news of today names, events or works (branch ner12:
 * "Consumer Electronics Show", "Geneva Motor Show", "The Tonight Show", "Eurovision Song
 * Contest", "Venice Biennale"), which the tagger read as organisations; Finals ends
 * play-offs and season finales ("ATP Finals", "NBA Finals"; branch ner19); Expo and Race
 * end fairs and races ("World Expo", "Amstel Gold Race"; lead37); Derby and Airshow a
 * derby and an air show ("Soweto Derby", "Kentucky Derby", "Dubai Airshow"; s29). */
static int event_end(const NewsWork *w, size_t k) {
    static const Word ends[] = {W("Cup"),      W("Expo"),     W("Prix"),     W("Race"),
                                W("Show"),     W("Tour"),     W("Derby"),    W("Rally"),
                                W("Awards"),   W("Finals"),   W("Trophy"),   W("Airshow"),
                                W("Contest"),  W("Biennale"), W("Carnival"), W("Festival"),
                                W("Marathon"), W("Olympics"), W("Championship"),
                                W("Championships"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, ends);
}

/* Whether token k heads the names of treaties, laws, doctrines, wars and revolutions only
 * ("Treaty of Versailles", "Paris Agreement", "Kyoto Protocol", "Patriot Act", "Cold War",
 * "Orange Revolution"), MISC in CoNLL-2003 (train and dev: 14 of 14 names headed by War, 3
 * of 3 by Revolution and Act, 6 of 7 by Convention, 2 of 2 by Agreement), which the tagger
 * reads as the bodies that made them (branch ner10). */
static int law_head(const NewsWork *w, size_t k) {
    static const Word heads[] = {W("Act"),       W("War"),        W("Bill"),       W("Accord"),
                                 W("Treaty"),    W("Accords"),    W("Charter"),    W("Statute"),
                                 W("Doctrine"),  W("Protocol"),   W("Agreement"),  W("Convention"),
                                 W("Revolution"), W("Declaration"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, heads);
}

/* Whether token k, the last of a name, ends the names of the EU's laws ("General Data
 * Protection Regulation", "Habitats Directive"; lead38): not a head before "of" ("the
 * Commission for Regulation of Utilities" is a body). */
static int law_end(const NewsWork *w, size_t k) {
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) &&
           (word_is(w, k, "Regulation") || word_is(w, k, "Directive"));
}

/* Whether the name [first, end) is a policy or a framework, a MISC as laws are ("Common
 * Agricultural Policy", "Multiannual Financial Framework"): every word capitalised and none
 * a body's head ("National Commission on Dairy Policy" is the commission). */
static int policy_name(const NewsWork *w, size_t first, size_t end) {
    if (!word_is(w, end - 1, "Policy") && !word_is(w, end - 1, "Framework")) return 0;
    for (size_t k = first; k + 1 < end; k++)
        if (!(w->tok.v[k].flags & NEWS_TF_UPPER_INIT) || org_head(w, k)) return 0;
    return 1;
}

/* Whether token k ends names of institutions that CoNLL-2003 writes without their article
 * ("The Supreme Court ruled" -> "Supreme Court": 44 such names in train and dev lack the
 * sentence-initial "The", one has it): org_head's words and more that end organisations. */
static int institution_end(const NewsWork *w, size_t k) {
    static const Word more[] = {W("Union"),   W("Trust"),      W("Office"),     W("Senate"),
                                W("Reserve"), W("Parliament"), W("Federation"), {0, 0}};
    return org_head(w, k) || ((w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, more));
}

/* Nicknames of North American teams (NFL, NBA, MLB, NHL; "Sox" of "Red Sox"), in byte
 * order. "Kansas City Chiefs", "the Ravens": 1996 Reuters lists results by city, so the
 * tagger reads a city and a plural; a team is an organisation. Nicknames that are also
 * ordinary words in capitals (Heat, Magic, Jazz, Stars, Kings, Senators, ...) are left out. */
static const Word team_nicknames[] = {
    W("49ers"), W("76ers"), W("Astros"), W("Athletics"), W("Bears"), W("Bengals"), W("Bills"),
    W("Blackhawks"), W("Blazers"), W("Braves"), W("Brewers"), W("Broncos"), W("Browns"),
    W("Bruins"), W("Buccaneers"), W("Bucks"), W("Bulls"), W("Canadiens"), W("Canucks"),
    W("Capitals"), W("Cardinals"), W("Cavaliers"), W("Celtics"), W("Chargers"), W("Chiefs"),
    W("Clippers"), W("Colts"), W("Commanders"), W("Cowboys"), W("Coyotes"), W("Cubs"), W("Devils"),
    W("Diamondbacks"), W("Dodgers"), W("Dolphins"), W("Ducks"), W("Eagles"), W("Falcons"),
    W("Flames"), W("Flyers"), W("Giants"), W("Grizzlies"), W("Guardians"), W("Hawks"),
    W("Hornets"), W("Hurricanes"), W("Islanders"), W("Jackets"), W("Jaguars"), W("Jays"),
    W("Jets"), W("Knicks"), W("Knights"), W("Kraken"), W("Lakers"), W("Leafs"),
    W("Lions"), W("Mariners"), W("Marlins"), W("Mavericks"), W("Mets"), W("Nationals"), W("Nets"),
    W("Nuggets"), W("Oilers"), W("Orioles"), W("Packers"), W("Padres"), W("Panthers"),
    W("Patriots"), W("Pelicans"), W("Penguins"), W("Phillies"), W("Pirates"), W("Pistons"),
    W("Predators"), W("Raiders"), W("Rams"), W("Rangers"), W("Raptors"), W("Ravens"), W("Rockets"),
    W("Rockies"), W("Royals"), W("Sabres"), W("Saints"), W("Seahawks"), W("Sharks"), W("Sox"),
    W("Spurs"), W("Steelers"), W("Suns"), W("Texans"), W("Tigers"), W("Timberwolves"),
    W("Titans"), W("Twins"), W("Vikings"), W("Warriors"), W("Wings"), W("Wizards"), W("Yankees"),
};

/* Whether token k ends as every team nickname does, in "s" or "x" ("Sox"): most
 * capitalised words are turned down here, before the search. */
static int plural_like(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    uint8_t c = w->text[t->byte_start + t->byte_len - 1];
    return c == 's' || c == 'x';
}

/* The place + 1 of token k's word among the `count` words of `list`, sorted in byte order,
 * each `stride` bytes after the one before (the Word of a larger entry); 0 when it is none
 * of them. A binary search, for the longer lists. */
static size_t word_sorted(const NewsWork *w, size_t k, const Word *list, size_t count,
                          size_t stride) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const Word *e = (const Word *)(const void *)((const char *)list + mid * stride);
        /* the first byte in line: most steps end there */
        int c = (int)z[0] - (uint8_t)e->z[0];
        if (c == 0) c = memcmp(z, e->z, e->n < t->byte_len ? e->n : t->byte_len);
        if (c == 0) c = (t->byte_len > e->n) - (t->byte_len < e->n);
        if (c == 0) return mid + 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

static int team_nickname(const NewsWork *w, size_t k) {
    return word_sorted(w, k, team_nicknames, sizeof team_nicknames / sizeof *team_nicknames,
                       sizeof *team_nicknames) != 0;
}

/* Names news writes alone that the tagger, trained on 1996 text, does not know, in byte
 * order, with their labels (name_alone):
 * - PER: surnames of public figures of the 2020s, heads of state and government, ministers,
 *   party and business leaders; the tagger reads an unknown or English-looking surname that
 *   opens a sentence or stands alone as nothing, a place or a company ("Trump is expected
 *   to ...", "Macron told Zelensky", "Musk said"), where no full name in the article lends
 *   it the person;
 * - MISC: brand names of medicines and vaccines, the best-selling and most reported of
 *   today (weight-loss and diabetes drugs, cancer and Alzheimer's drugs, Covid vaccines and
 *   pills) and of the 2000s, products as CoNLL-2003 types "Avonex" and "Betaseron"
 *   ("Ozempic is prescribed ..."; not "Lyrica", a first name), and "ChatGPT", which the
 *   tagger left out ("students use ChatGPT to write essays"); and nationality, people and
 *   faith words the tagger reads as people, places or companies ("Emirati officials",
 *   "Rohingya refugees", "Sunni leaders", "Qataris"), as CoNLL-2003 types "Moslem",
 *   "Kurdish" and "Palestinians" (not those that also name a place or a club: Amhara,
 *   Kachin, Shan, Hazara, Roma);
 * - ORG: universities named by one word that is no place ("Harvard sued the
 *   administration", "a Yale historian"; not Princeton, a town too: "Princeton, N.J."),
 *   and agencies British news writes as words, which the tagger reads as people ("Defra's
 *   lawyers", "Acas said", "the DVLA" as "Dvla") and Israel's "Mossad"; and Tesla, the
 *   carmaker, whose name is a first name too, so that the lists of companies do not
 *   decide it ("Nikola Tesla" stays a person: a capitalised word before), and "DeepSeek",
 *   the AI company, which the tagger read as a person; and parties news names by one word
 *   that the tagger reads as people, places or things ("Chega came third", "The AfD came
 *   second", "PiS said it would appeal"; branch ner16), as CoNLL-2003 types "Likud", and
 *   "Hezbollah", as it types "Hizbollah" (branch ner18); and the broadcasters and agencies
 *   British news names in capitals that the tagger, which met "BBC" twice, leaves out
 *   after a verb ("told the BBC.", "spied for MI6"), and the Guardian, a newspaper (ORG,
 *   as CoNLL-2003 types "Times"), which it read as a MISC (branch lead13);
 * - MISC also: "Eurovision", the contest, and "Azure", Microsoft's cloud, which the tagger
 *   reads as an organisation and a person (branch ner18);
 * - LOC: "NSW", New South Wales as Australian news writes it, which the tagger leaves out
 *   ("koalas in NSW and Queensland"; branch lead21);
 * - and MISC: languages of Africa and South Asia that the tagger reads as places or people
 *   ("signs in Kannada", "a film in Yoruba", "lessons in Pashto"; branch lead23). */
static const struct {
    Word word;
    unsigned label;
} names_alone[] = {
#define P(s) {W(s), NEWS_LABEL_B(NEWS_PER)}
#define O(s) {W(s), NEWS_LABEL_B(NEWS_ORG)}
#define M(s) {W(s), NEWS_LABEL_B(NEWS_MISC)}
#define L(s) {W(s), NEWS_LABEL_B(NEWS_LOC)}
    P("Abbas"), M("Abkhaz"), O("Acas"), M("Adderall"), M("Aduhelm"), M("Advil"), O("AfD"),
    M("Afghans"), M("Alawite"), P("Albanese"), P("Aliyev"), P("Altman"), M("Ambien"), M("Amharic"),
    M("Andorran"), M("Aricept"), P("Assad"), P("Assange"), M("Avastin"), M("Azeri"), M("Azure"),
    O("BBC"), P("Badenoch"), M("Bahraini"), M("Baloch"), M("Bengali"), M("Berber"), P("Bezos"),
    P("Biden"), M("Biktarvy"), P("Blinken"), P("Bolsonaro"), M("Botox"), M("Burkinabe"),
    M("Calpol"), O("Caltech"), P("Carney"), M("Celebrex"), M("Champix"), M("Chantix"), M("ChatGPT"),
    O("Chega"), M("Cialis"), M("Comirnaty"), O("Cornell"), M("Cymbalta"), P("DeSantis"),
    O("DeepSeek"), O("Defra"), M("Descovy"), M("Druze"), M("Dupixent"), O("Dvla"), M("Eliquis"),
    M("Emirati"), M("Emiratis"), M("Enbrel"), O("Ennahda"), M("Entresto"), P("Erdogan"),
    P("Erdoğan"), M("Eurovision"), M("Eylea"), P("Farage"), M("Farsi"), M("Farxiga"), P("Fico"),
    M("Filipino"), O("Frelimo"), O("Fretilin"), M("Gambian"), P("Gantz"), M("Gardasil"),
    M("Gleevec"), M("Glivec"), O("Guardian"), M("Gujarati"), P("Guterres"), P("Haniyeh"),
    O("Harvard"), M("Hausa"), P("Hegseth"), M("Herceptin"), O("Hezbollah"), M("Hmong"), M("Humira"),
    O("ITV"), M("Igbo"), M("Imbruvica"), M("Inuit"), P("Ishiba"), M("Januvia"), M("Jardiance"),
    O("Juilliard"), M("Kannada"), M("Kashmiri"), P("Kejriwal"), M("Keytruda"), P("Khamenei"),
    P("Kishida"), M("Kisunla"), O("Komeito"), O("Konfederacja"), M("Kosovar"), O("Kuomintang"),
    M("Kyrgyz"), P("Lammy"), M("Lantus"), P("Lavrov"), M("Lemsip"), M("Leqembi"), M("Lexapro"),
    M("Lipitor"), M("Lucentis"), P("Lukashenko"), P("Lula"), O("MI5"), O("MI6"), P("Macron"),
    P("Maduro"), M("Malagasy"), M("Malawian"), M("Malayalam"), M("Mapuche"), M("Marathi"),
    P("Medvedev"), P("Meloni"), P("Merz"), P("Milei"), P("Mitsotakis"), P("Mnangagwa"), P("Modi"),
    M("Moldovan"), O("Morena"), O("Mossad"), M("Mounjaro"), P("Musk"), M("Muslim"), L("NSW"),
    M("Namibian"), M("Narcan"), P("Nasrallah"), P("Navalny"), P("Netanyahu"), P("Newsom"),
    M("Nexium"), M("Nigerien"), M("Nurofen"), P("Obama"), M("Ocrevus"), M("Omani"), M("Omanis"),
    M("Opdivo"), P("Orban"), P("Orbán"), M("Oromo"), M("OxyContin"), M("Ozempic"), M("Panadol"),
    P("Pashinyan"), M("Pashto"), M("Pashtun"), O("Pasok"), M("Paxil"), M("Paxlovid"), P("Pelosi"),
    P("Peskov"), P("Pezeshkian"), O("PiS"), M("Plavix"), P("Prabowo"), M("Prevnar"),
    M("Protestant"), M("Prozac"), M("Punjabi"), P("Putin"), M("Qatari"), M("Qataris"), M("Quechua"),
    P("Ramaphosa"), P("Rayner"), M("Relenza"), M("Remicade"), M("Revlimid"), M("Rinvoq"),
    M("Ritalin"), M("Rohingya"), P("Rubio"), P("Ruto"), P("Rutte"), M("Rybelsus"), M("Sahrawi"),
    M("Sardinian"), M("Saxenda"), P("Scholz"), P("Schumer"), M("Seroquel"), M("Seroxat"), O("Shas"),
    P("Sheinbaum"), M("Shia"), M("Shias"), M("Shiite"), M("Shiites"), P("Sinwar"), M("Skyrizi"),
    O("Smer"), O("Sorbonne"), M("Spikevax"), O("Stanford"), P("Starmer"), M("Stelara"),
    P("Stoltenberg"), M("Suboxone"), O("Sumar"), P("Sunak"), M("Sunni"), M("Sunnis"), M("Swahili"),
    P("Swinney"), M("Tagrisso"), M("Tajik"), P("Takaichi"), M("Tamiflu"), M("Tamil"), M("Telugu"),
    O("Tesla"), M("Tigrinya"), P("Tinubu"), P("Trudeau"), M("Trulicity"), P("Trump"), P("Truss"),
    M("Truvada"), M("Turkmen"), P("Tusk"), M("Tylenol"), M("Tysabri"), M("Uighur"), M("Uighurs"),
    M("Urdu"), M("Uyghur"), M("Uyghurs"), M("Uzbek"), M("Valium"), P("Vance"), M("Vaxzevria"),
    M("Ventolin"), M("Viagra"), M("Vioxx"), P("Vucic"), M("Vyvanse"), M("Wegovy"), M("Wellbutrin"),
    M("Xanax"), M("Xarelto"), M("Xenical"), P("Xi"), O("Yale"), M("Yazidi"), M("Yazidis"),
    P("Yellen"), M("Yoruba"), P("Yousaf"), M("Zantac"), P("Zelenskiy"), P("Zelensky"),
    P("Zelenskyy"), M("Zepbound"), M("Zoloft"), P("Zuckerberg"), P("Zuma"), M("Zyban"),
    M("Zyprexa"),
};
#undef P
#undef O
#undef M
#undef L

/* Whether the unlabelled news writes token k's word mostly in lower case ("The", "But"). */
static int lower_word(const NewsTagger *tg, size_t k) {
    uint8_t c = tg->feat.form[tg->feat.info[k].form].case_bin;
    return c == NEWS_CASE_LOWER || c == NEWS_CASE_MOSTLY_LOWER;
}

/* The label of the name alone at token k (names_alone), else 0 (O); it rules over what
 * the tagger read. Not before a capitalised word ("Trump Tower", "Harvard Law School",
 * "Viagra Ltd"), nor, for a person or a university, after a capitalised word that is no
 * title nor an ordinary word ("Hunter Biden", "Chris Cornell"; "A Yale historian" is one),
 * in its sentence. A word the unlabelled news writes mostly in lower case ("The", "But") is
 * turned down first: most words that open sentences, and none of the list. */
static unsigned name_alone(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    if (lower_word(tg, k) || !(t->flags & NEWS_TF_UPPER_INIT) ||
        (k + 1 < w->tok.n && w->tok.v[k + 1].sentence == t->sentence &&
         (w->tok.v[k + 1].flags & NEWS_TF_UPPER_INIT)))
        return NEWS_LABEL_O;
    /* the list's label for the word, kept in its form's cache entry (a function of the
     * form's bytes): a bisection of the list per capitalised word was 1 % of the step */
    NewsForm *f = &tg->feat.form[tg->feat.info[k].form];
    if (!f->alone) {
        size_t e = word_sorted(w, k, &names_alone[0].word,
                               sizeof names_alone / sizeof *names_alone, sizeof *names_alone);
        f->alone = (uint8_t)(1 + (e ? names_alone[e - 1].label : NEWS_LABEL_O));
    }
    unsigned label = f->alone - 1u;
    if (label == NEWS_LABEL_O) return NEWS_LABEL_O;
    if (label != NEWS_LABEL_B(NEWS_MISC) && k > 0 &&
        w->tok.v[k - 1].sentence == t->sentence &&
        (w->tok.v[k - 1].flags & NEWS_TF_UPPER_INIT) && !title_of(tg, k - 1) &&
        !lower_word(tg, k - 1))
        return NEWS_LABEL_O;
    return label;
}

/* Whether the word of token i ends a name of two words or more elsewhere in the window
 * ("Texans quarterback" with "the Houston Texans" in the article): the team named in
 * full, so the nickname alone is the team too. The first 32 occurrences are looked at. */
static int team_named(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    uint64_t h = s->form[s->info[i].form].h_form;
    int look = 32;
    for (uint32_t o = s->info[i].first_same; o && look > 0; o = s->info[o - 1].next_same, look--) {
        size_t k = o - 1;
        if (k != i && NEWS_LABEL_INSIDE(lab[k]) && s->form[s->info[k].form].h_form == h &&
            (k + 1 >= w->tok.n || !NEWS_LABEL_INSIDE(lab[k + 1])))
            return 1;
    }
    return 0;
}

/* Whether token k is a hyphenated word whose last part is in lower case ("State-owned",
 * not "Pan-European"). */
static int lower_after_hyphen(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (!(t->flags & NEWS_TF_HYPHEN)) return 0;
    size_t h = t->byte_len;
    while (h > 0 && z[h - 1] != '-') h--;
    return h > 1 && h < t->byte_len && z[h] >= 'a' && z[h] <= 'z';
}

/* Whether token k, a one-word MISC or LOC opening a sentence before a word in lower case, is
 * an ordinary word the unlabelled news writes mostly in lower case ("Small", "Floods"), or
 * a hyphenated word it writes so, ending in lower case ("State-owned", "No-one"; not
 * "Pan-European"; branch ner17). */
static int ordinary_opener(const NewsWork *w, const NewsTagger *tg, size_t k) {
    if (k + 1 >= w->tok.n || w->tok.v[k + 1].sentence != w->tok.v[k].sentence ||
        (tg->labels[k] != NEWS_LABEL_B(NEWS_MISC) && tg->labels[k] != NEWS_LABEL_B(NEWS_LOC)) ||
        tg->labels[k + 1] != NEWS_LABEL_O || !capitalised(w, k) ||
        !(w->tok.v[k + 1].flags & NEWS_TF_WORD) || (w->tok.v[k + 1].flags & NEWS_TF_UPPER_INIT))
        return 0;
    const NewsForm *f = &tg->feat.form[tg->feat.info[k].form];
    return ((f->gaz & NEWS_GAZ_COMMON) || lower_after_hyphen(w, k)) &&
           (f->case_bin == NEWS_CASE_LOWER || f->case_bin == NEWS_CASE_MOSTLY_LOWER);
}

/* Whether token k, a one-word ORG of the tagger opening a sentence before a word in lower
 * case, is an ordinary word that the article itself writes in lower case elsewhere and never
 * capitalised inside a sentence or a name ("Harbour officials said ..." above "a senior
 * harbour official"), that the unlabelled news does not write mostly capitalised, and that
 * no list has as a first name, a place or a body (a surname may be a word: "Harbour"). */
static int lower_in_article(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsFeatScratch *s = &tg->feat;
    const NewsForm *f = &s->form[s->info[k].form];
    return k + 1 < w->tok.n && w->tok.v[k + 1].sentence == w->tok.v[k].sentence &&
           tg->labels[k] == NEWS_LABEL_B(NEWS_ORG) && tg->labels[k + 1] == NEWS_LABEL_O &&
           capitalised(w, k) && (w->tok.v[k + 1].flags & NEWS_TF_WORD) &&
           !(w->tok.v[k + 1].flags & NEWS_TF_UPPER_INIT) && (s->info[k].doc & NEWS_DOC_LOWER) &&
           !(s->info[k].doc & (NEWS_DOC_CAP_MID | NEWS_DOC_IN_NAME)) &&
           f->case_bin != NEWS_CASE_UNSEEN && f->case_bin <= NEWS_CASE_MIXED &&
           !(f->gaz & (NEWS_GAZ_FIRST | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY |
                       NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG));
}

/* After a dateline ending at token j ("BONN -", "SALVADOR, Feb 26 -"): the first word of
 * the text after its dash opens a sentence, which the tagger, reading the dateline as the
 * sentence's start, does not know; an ordinary word there is no name ("BONN - Small island
 * states walked out ..."; branch ner13). Companies and people (ORG, PER) open such
 * sentences, and stay. */
static void after_dateline(const NewsWork *w, NewsTagger *tg, size_t j) {
    size_t n = w->tok.n, k = j;
    uint32_t sent = w->tok.v[j].sentence;
    while (k < n && k < j + 6 && w->tok.v[k].sentence == sent && !punct_is(w, k, '-') &&
           !punct_is(w, k, ':') && !word_is(w, k, "--"))
        k++;
    if (k < n && punct_is(w, k, ':') && k == j) { /* "CHENNAI: The ..." */
        if (k + 1 < n && ordinary_opener(w, tg, k + 1)) tg->labels[k + 1] = NEWS_LABEL_O;
        return;
    }
    if (k + 1 >= n || !(punct_is(w, k, '-') || word_is(w, k, "--"))) return;
    if (ordinary_opener(w, tg, k + 1)) tg->labels[k + 1] = NEWS_LABEL_O;
}

/* Token k's place in the longest match of phrase list l (the bit number of its NEWS_GAZ_*
 * bit: countries 2, subdivisions 3) that gaz_pos holds: 0 none, 1 its first word, 2 inside,
 * 3 its last word, 4 the whole (model.h). */
enum { LIST_COUNTRY = 2, LIST_REGION = 3 };
_Static_assert(NEWS_GAZ_COUNTRY == 1 << LIST_COUNTRY && NEWS_GAZ_REGION == 1 << LIST_REGION,
               "list numbers of gaz_pos");
enum { POS_FIRST = 1, POS_INSIDE, POS_LAST, POS_ALONE };
static unsigned list_pos(const NewsFeatScratch *s, size_t k, unsigned l) {
    return (s->info[k].gaz_pos >> (3 * l)) & 7;
}

/* Whether tokens [p, q) are exactly one match of one of the lists in `lists` (NEWS_GAZ_*
 * bits of the phrase lists). */
static int list_phrase(const NewsFeatScratch *s, size_t p, size_t q, uint32_t lists) {
    for (unsigned l = 0; l < NEWS_GAZ_N_LISTS; l++) {
        if (!((1u << l) & lists)) continue;
        unsigned a = list_pos(s, p, l), b = list_pos(s, q - 1, l);
        if (q - p == 1 ? a == POS_ALONE : a == POS_FIRST && b == POS_LAST) return 1;
    }
    return 0;
}

/* Whether tokens [p, q) are exactly one match of a list of places (countries,
 * subdivisions, cities): "West Yorkshire", "London", "Ukraine". */
static int is_place_phrase(const NewsFeatScratch *s, size_t p, size_t q) {
    return list_phrase(s, p, q, NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY);
}

/* Whether the two capitalised words [i, j), an ORG or a MISC of the tagger, are a first
 * name and the surname of a public figure of today that news names alone (names_alone:
 * "Ukraine's Volodymyr Zelensky met ...", an ORG to the tagger; branch ner17). Not after
 * a title or an ordinary word that is no first name ("Team Biden"), nor a place on a list;
 * the caller leaves places the tagger read ("at Bandar Abbas"). */
static int listed_full_name(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    const NewsForm *f = &tg->feat.form[tg->feat.info[i].form];
    if (j - i != 2 || !capitalised(w, i) || !capitalised(w, i + 1) || title_of(tg, i) ||
        ((f->gaz & NEWS_GAZ_COMMON) && !(f->gaz & NEWS_GAZ_FIRST)) ||
        is_place_phrase(&tg->feat, i, j)) /* "Bandar Abbas" */
        return 0;
    size_t e = word_sorted(w, i + 1, &names_alone[0].word, sizeof names_alone / sizeof *names_alone,
                           sizeof *names_alone);
    return e && names_alone[e - 1].label == NEWS_LABEL_B(NEWS_PER);
}

static int company_end(const NewsWork *w, size_t k);

/* Words of a trade that end companies' names after their first word ("Samsung
 * Electronics", "Tata Steel", "Hyundai Motor"), sorted by length. */
static const Word trade_ends[] = {
    W("Labs"),      W("Media"),      W("Motor"),      W("Power"),       W("Steel"),
    W("Cloud"),     W("Group"),      W("Foods"),      W("Mobile"),      W("Motors"),
    W("Pharma"),    W("Energy"),     W("Capital"),    W("Devices"),     W("Digital"),
    W("Studios"),   W("Systems"),    W("Telecom"),    W("Networks"),    W("Robotics"),
    W("Software"),  W("Chemicals"),  W("Computing"),  W("Aerospace"),   W("Automotive"),
    W("Electronics"), W("Instruments"), W("Microsystems"), W("Semiconductor"),
    W("Communications"), {0, 0}};

/* Nouns for products with names of their own, sorted by length. */
static const Word product_nouns[] = {
    W("jab"),        W("chip"),        W("drug"),       W("jabs"),        W("pill"),
    W("chips"),      W("pills"),       W("rover"),      W("laptop"),      W("lander"),
    W("rocket"),     W("rovers"),      W("browser"),    W("capsule"),     W("chatbot"),
    W("console"),
    W("handset"),    W("headset"),     W("laptops"),    W("rockets"),     W("vaccine"),
    W("capsules"),   W("handsets"),    W("jetliner"),   W("jetliners"),   W("processor"),
    W("satellite"),  W("telescope"),   W("processors"), W("satellites"),  W("smartphone"),
    W("smartwatch"), W("spacecraft"),  W("smartphones"), {0, 0}};

/* A one-word name right before a product noun ("the Starship rocket", "its Blackwell
 * chips"), or right after one that is not a company's name ("the weight-loss drug Wegovy"),
 * is the product, MISC. A company's own name stays (a list says so: "Pfizer vaccine", "Nvidia
 * chips" name the maker, as CoNLL types them). A company's name on that list and one word
 * more before a product noun is the product too, as CoNLL-2003 types "Toyota Celica" and
 * "Airbus A310" (branch ner17: "the SpaceX Dragon capsule", "Intel Celeron chip"), unless
 * the two words are a company or an organisation a list has ("Texas Instruments chips")
 * or the second ends organisations' names. Tokens [first, end) hold the mention. */
static int product_name(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    const NewsFeatScratch *s = &tg->feat;
    uint32_t sent = w->tok.v[first].sentence;
    int noun_after = end < w->tok.n && w->tok.v[end].sentence == sent &&
                     !(w->tok.v[end].flags & NEWS_TF_UPPER_INIT) &&
                     (word_in(w, end, product_nouns) ||
                      /* an owner's model: "Meta's Llama model" (not "Chrysler models") */
                      ((word_is(w, end, "model") || word_is(w, end, "models")) && first > 0 &&
                       (w->tok.v[first - 1].flags & NEWS_TF_CLITIC)));
    if (end - first == 2)
        return noun_after && (w->tok.v[first].flags & NEWS_TF_UPPER_INIT) &&
               (s->form[s->info[first].form].gaz & NEWS_GAZ_COMPANY) &&
               !list_phrase(s, first, end, NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG) &&
               !company_end(w, first + 1) && !institution_end(w, first + 1) &&
               !word_in(w, first + 1, trade_ends) && !is_place_phrase(s, first + 1, end);
    if (end - first != 1 || (s->form[s->info[first].form].gaz & NEWS_GAZ_COMPANY) ||
        is_place_phrase(s, first, end) || planet(w, first)) /* "Speyside whisky", "Taiwan
                                                               * chips", "the Mars rover" */
        return 0;
    if (noun_after && !(w->tok.v[first].flags & NEWS_TF_ALL_UPPER)) /* "HIV vaccine" */
        return 1;
    return first > 0 && w->tok.v[first - 1].sentence == sent &&
           !(w->tok.v[first - 1].flags & NEWS_TF_UPPER_INIT) &&
           word_in(w, first - 1, product_nouns);
}

/* Whether the name in tokens [first, end) is a whole entry of the list of international
 * organisations (of three letters or more: "IMF", not "AG"), or of two words or more of the
 * lists of companies, and of no list of places ("Der Spiegel", "Goldman Sachs", "Deutsche
 * Bahn"): the tagger types names younger than its 1996 training text by their look, a
 * person's or a place's. Not a name whose first word is a first name ("Howard Hughes",
 * "Ralph Lauren", "Charles Schwab": people, and companies named after them). */
static int listed_org(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    const NewsFeatScratch *s = &tg->feat;
    if (s->form[s->info[first].form].gaz & NEWS_GAZ_FIRST) return 0;
    if (end - first == 1)
        return w->tok.v[first].byte_len > 2 && list_phrase(s, first, end, NEWS_GAZ_INTORG) &&
               !is_place_phrase(s, first, end);
    return list_phrase(s, first, end, NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG) &&
           !is_place_phrase(s, first, end);
}

/* Whether the "and" at token k joins two names of two words or more, capitalised, with the
 * same last word ("Thames Water and Southern Water", "Lloyds Bank and Barclays Bank"):
 * two of a kind, not one name ("Department for Business and Trade"). */
static int same_head(const NewsWork *w, size_t first, size_t k, size_t end) {
    if (k - first < 2 || end - k - 1 < 2) return 0;
    for (size_t t = first; t < end; t++)
        if (t != k && !(w->tok.v[t].flags & NEWS_TF_UPPER_INIT)) return 0;
    const NewsToken *a = &w->tok.v[k - 1], *b = &w->tok.v[end - 1];
    return a->byte_len == b->byte_len &&
           !memcmp(w->text + a->byte_start, w->text + b->byte_start, a->byte_len);
}

/* Whether tokens [first, end), two words or more, capitalised but for "of", "for" and
 * "the" inside, are an organisation's name by its words: its head heads organisations
 * (org_head, also Society and Watch: "Uganda Law Society", "Law Society of Kenya", "Human
 * Rights Watch"), or it ends in International, or in International and a place ("Amnesty
 * International Kenya"; not "International Trade" of "International Trade and Industry
 * Ministry", nor "London International Financial Futures and Options Exchange"). */
static int org_by_words(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word heads[] = {W("Watch"), W("Society"), {0, 0}};
    static const Word small[] = {W("of"), W("for"), W("the"), {0, 0}};
    if (end - first < 2 || !(w->tok.v[first].flags & NEWS_TF_UPPER_INIT)) return 0;
    int intl = 0;
    for (size_t t = first + 1; t < end; t++) {
        if (!(w->tok.v[t].flags & NEWS_TF_UPPER_INIT) && !word_in(w, t, small)) return 0;
        intl |= word_is(w, t, "International") &&
                (t + 1 == end || is_place_phrase(&tg->feat, t + 1, end));
    }
    size_t head = name_head(w, first, end);
    return intl || org_head(w, head) || word_in(w, head, heads);
}

/* The "and" inside tokens [first, end) that joins two names each a whole entry of the
 * lists of organisations ("Amnesty International and Human Rights Watch", which the tagger
 * runs together as one), two of a kind (same_head) or two organisations by their words
 * (org_by_words: "Uganda Law Society and Human Rights Watch", "Law Society of Kenya and
 * Amnesty International Kenya"; branch ner19), or 0 ("Procter and Gamble", "Securities and
 * Exchange Commission", "Institute of Electrical and Electronics Engineers", "Ministry of
 * Housing and Local Government": one side of one word or of no such words). */
static size_t listed_pair(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    if (end - first < 3) return 0;
    for (size_t k = first + 1; k + 1 < end; k++)
        if (word_is(w, k, "and"))
            return (listed_org(w, tg, first, k) && listed_org(w, tg, k + 1, end)) ||
                           same_head(w, first, k, end) ||
                           (org_by_words(w, tg, first, k) && org_by_words(w, tg, k + 1, end))
                       ? k
                       : 0;
    return 0;
}

/* Whether the name in tokens [first, end) is a side in a match its neighbours report (branch
 * ner12): after "beat" or "thrashed", or after "drew", "lost", "held", "won", "victory" or
 * "defeat" and "with", "to", "by" or "over" ("Getafe held Real Madrid to a draw", "drew
 * with Middlesbrough", "lost to Sevilla", "were held by Girona"), or before "beat", "drew",
 * "lost" or "held", or "won" and a score ("Sunderland drew with ...", "Leeds won 2-0"); or
 * before "face", "meet" or "host", also with "and" and the other side between ("Madrid face
 * Dortmund", "Burnley and Blackburn meet"; branch ner16). Not after "at": "won at Wembley"
 * is the ground. */
/* Whether the name in tokens [first, end) is a side of a fixture, "Newcastle v Tottenham
 * or Nottingham Forest": a side, or sides joined by "or", on either side of "v". */
static int fixture_side(const NewsWork *w, size_t first, size_t end) {
    static const Word versus[] = {W("v"), W("v."), W("vs"), W("vs."), {0, 0}};
    uint32_t sent = w->tok.v[first].sentence;
    size_t b = first;
    for (int sides = 0; sides < 3 && b > 1 && w->tok.v[b - 2].sentence == sent &&
                        word_is(w, b - 1, "or") && capitalised(w, b - 2);
         sides++)
        for (b -= 2; b > 0 && w->tok.v[b - 1].sentence == sent && capitalised(w, b - 1) &&
                     first - b < 8;)
            b--;
    if (b > 0 && w->tok.v[b - 1].sentence == sent && word_in(w, b - 1, versus)) return 1;
    size_t f = end;
    for (int sides = 0; sides < 3 && f + 1 < w->tok.n && w->tok.v[f + 1].sentence == sent &&
                        word_is(w, f, "or") && capitalised(w, f + 1);
         sides++)
        for (f += 2; f < w->tok.n && w->tok.v[f].sentence == sent && capitalised(w, f) &&
                     f - end < 8;)
            f++;
    return f < w->tok.n && w->tok.v[f].sentence == sent && word_in(w, f, versus);
}

static int match_side(const NewsWork *w, size_t first, size_t end) {
    static const Word hit[] = {W("beat"),    W("face"),     W("host"),    W("meet"),
                               W("beats"),   W("edged"),    W("faces"),   W("hosts"),
                               W("meets"),   W("beating"),  W("stunned"), W("against"),
                               W("defeated"), W("thrashed"), W("hammered"), {0, 0}};
    static const Word verbs[] = {W("won"),     W("win"),     W("held"),    W("drew"),
                                 W("draw"),    W("lost"),    W("lose"),    W("wins"),
                                 W("draws"),   W("beaten"),  W("losing"),  W("defeat"),
                                 W("victory"), {0, 0}};
    static const Word links[] = {W("by"), W("to"), W("with"), W("over"), {0, 0}};
    static const Word after[] = {W("beat"),  W("drew"),  W("face"),  W("held"),
                                 W("host"),  W("lost"),  W("meet"),  W("faces"),
                                 W("hosts"), W("meets"), W("thrashed"), {0, 0}};
    uint32_t sent = w->tok.v[first].sentence;
    if (first > 0 && w->tok.v[first - 1].sentence == sent) {
        if (word_in(w, first - 1, hit)) return 1;
        if (first > 1 && word_in(w, first - 1, links) && word_in(w, first - 2, verbs)) return 1;
    }
    if (end >= w->tok.n || w->tok.v[end].sentence != sent) return 0;
    size_t k = end;
    if (word_is(w, k, "and") && k + 2 < w->tok.n && w->tok.v[k + 2].sentence == sent &&
        capitalised(w, k + 1))
        k += 2; /* "Burnley and Blackburn meet" */
    if (word_in(w, k, after)) return 1;
    return word_is(w, end, "won") && end + 1 < w->tok.n &&
           w->tok.v[end + 1].sentence == sent && (w->tok.v[end + 1].flags & NEWS_TF_DIGIT);
}

/* Whether token k opens a match's score: one token "112-104" (digits, a hyphen or an en
 * dash, digits), or a number and such a dash joined to another number with no space. */
static int score_at(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    if (!(t->flags & NEWS_TF_DIGIT)) return 0;
    const uint8_t *z = w->text + t->byte_start, *e = z + t->byte_len;
    const uint8_t *p = z;
    while (p < e && *p >= '0' && *p <= '9') p++;
    if (p == z || p - z > 3) return 0;
    if (p == e) { /* "112", "-", "104" */
        if (k + 2 >= w->tok.n || (t->flags & NEWS_TF_SPACE_AFTER) ||
            (w->tok.v[k + 1].flags & NEWS_TF_SPACE_AFTER) ||
            !(w->tok.v[k + 2].flags & NEWS_TF_DIGIT))
            return 0;
        const NewsToken *d = &w->tok.v[k + 1];
        const uint8_t *q = w->text + d->byte_start;
        if (!((d->byte_len == 1 && *q == '-') ||
              (d->byte_len == 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] == 0x93)))
            return 0;
        t = &w->tok.v[k + 2];
        z = p = w->text + t->byte_start;
        e = z + t->byte_len;
    } else if (*p == '-') {
        z = ++p;
    } else if (e - p > 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x93) {
        z = p += 3;
    } else {
        return 0;
    }
    while (p < e && *p >= '0' && *p <= '9') p++;
    return p > z && p - z <= 3 && p == e;
}

/* Whether the place or city in tokens [first, end) is a side in a match reported with its
 * score, in any report (branch ner20): right before the score, after a win or a loss
 * ("beat Utah 112-104", "lost to Utah 99-98", "over the Bills 27-24"), or opening the
 * sentence or a clause after a comma or "and" before a win or a loss whose other side the
 * score follows ("Denver beat Utah 112-104", "and Oakland fell to Seattle 3-2").
 * US sports name teams by their cities and states, which CoNLL-2003 types ORG in its
 * baseball and basketball reports (Texas 13 ORG, 9 LOC); a country is a national side, a
 * LOC there, and is left alone, as is a person's name in a tennis score ("Sinner beat
 * Alcaraz 6-4"): the caller asks for a place or a city on a list. */
static int scored_side(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word wins[] = {W("beat"),    W("over"),    W("beats"),     W("edged"),
                                W("topped"),  W("routed"),  W("downed"),    W("stunned"),
                                W("crushed"), W("blanked"), W("defeated"),  W("thrashed"),
                                W("hammered"), W("outlasted"), {0, 0}};
    static const Word losses[] = {W("to"), W("by"), {0, 0}};
    static const Word lost[] = {W("fell"), W("lost"), W("beaten"), W("defeated"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[first].sentence;
    for (size_t k = first; k < end; k++)
        if (list_pos(s, k, LIST_COUNTRY) || (s->form[s->info[k].form].gaz & NEWS_GAZ_COUNTRY))
            return 0; /* a national side: "Italy beat Spain 2-1" */
    size_t b = first;
    if (b > 0 && word_is_the(w, b - 1)) b--;
    if (b > 0 && w->tok.v[b - 1].sentence == sent && end < n &&
        w->tok.v[end].sentence == sent && score_at(w, end) &&
        (word_in(w, b - 1, wins) ||
         (b > 1 && word_in(w, b - 1, losses) && word_in(w, b - 2, lost))))
        return 1; /* "beat Utah 112-104" */
    int loss = end + 3 < n && word_in(w, end, lost) && word_in(w, end + 1, losses);
    if (end + 2 >= n || w->tok.v[end].sentence != sent || !(loss || word_in(w, end, wins)) ||
        (first > 0 && w->tok.v[first - 1].sentence == sent && !word_is_the(w, first - 1) &&
         !punct_is(w, first - 1, ',') && !word_is(w, first - 1, "and")))
        return 0; /* the subject: "On Sunday, Denver beat ...", "and Oakland fell to" */
    size_t k = end + 1 + (size_t)loss;
    if (word_is_the(w, k)) k++;
    if (k >= n || !capitalised(w, k)) return 0;
    while (k < n && w->tok.v[k].sentence == sent && capitalised(w, k)) k++;
    return k < n && w->tok.v[k].sentence == sent && score_at(w, k); /* "Denver beat Utah" */
}

/* In a sports report (features.c: three sports words or more), whether the place name in
 * tokens [first, end) is a club: right before a role in a team ("Riverside manager", "Leeds
 * striker", "City's forward", also "the Burnley and Blackburn replay"), after a player's move
 * ("played for West Ham", "signed for Arsenal", "before joining Bayern"; branch ner16;
 * "scored for Nottingham Forest", ner19), a
 * side in a match (match_side) or, of two words or more,
 * ending in "City" and on no list of places as a whole ("Manchester City", not "Mexico
 * City"). 1996 Reuters names clubs by their city in results tables, which the tagger learnt
 * as places. A country is a national side, and a state a team too ("Texas manager"), which
 * CoNLL calls a LOC. */
static int sports_club(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word roles[] = {
        W("boss"),       W("fans"),        W("lock"),       W("prop"),        W("side"),
        W("coach"),      W("squad"),       W("winger"),     W("keeper"),      W("replay"),
        W("captain"),    W("manager"),     W("forward"),    W("striker"),     W("players"),
        W("pitcher"),    W("flanker"),     W("defender"),   W("chairman"),    W("fly-half"),
        W("scrum-half"), W("midfielder"),  W("supporters"), W("goalkeeper"),  W("defenseman"),
        W("defensemen"), W("goaltender"),  W("quarterback"), {0, 0}};
    static const Word plays_for[] = {W("plays"),   W("signs"),   W("scored"),  W("scores"),
                                     W("played"),  W("signed"),  W("playing"), W("scoring"),
                                     W("signing"), {0, 0}};
    static const Word joins[] = {W("joined"), W("joining"), W("rejoined"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    int fixture = fixture_side(w, first, end); /* a sports story whatever its words */
    if (!(s->topic & 1) && !fixture) return 0;
    if ((w->tok.v[first].flags & NEWS_TF_ALL_UPPER) && w->tok.v[first].char_len < 4)
        return 0; /* "US coach" */
    int whole = end - first == 1 || is_place_phrase(s, first, end);
    for (size_t k = first; k < end; k++) {
        unsigned g = s->form[s->info[k].form].gaz;
        if (list_pos(s, k, LIST_COUNTRY) || (g & NEWS_GAZ_COUNTRY) ||
            (whole && (g & (NEWS_GAZ_REGION | NEWS_GAZ_CITY)) == NEWS_GAZ_REGION))
            return 0; /* "New Zealand", "Texas"; not "Manchester" (a city and a borough), nor
                       * "Nottingham Forest" for its word that names a region elsewhere */
    }
    if (fixture || (end - first > 1 && word_is(w, end - 1, "City") && !word_is(w, first, "The") &&
                    !is_place_phrase(s, first, end)))
        return 1;
    uint32_t sent = w->tok.v[first].sentence;
    if (first > 1 && w->tok.v[first - 2].sentence == sent &&
        (word_in(w, first - 1, joins) ||
         (word_is(w, first - 1, "for") && word_in(w, first - 2, plays_for))))
        return 1;
    size_t k = end;
    if (k < w->tok.n && (w->tok.v[k].flags & NEWS_TF_CLITIC)) k++;
    if (k + 2 < w->tok.n && word_is(w, k, "and") && w->tok.v[k + 2].sentence == sent &&
        capitalised(w, k + 1))
        k += 2; /* "the Burnley and Blackburn replay" */
    if (k + 1 < w->tok.n && (word_is(w, k, "head") || word_is(w, k, "assistant")))
        k++; /* "Brighton head coach Fabian Hurzeler" */
    return (k < w->tok.n && w->tok.v[k].sentence == sent && word_in(w, k, roles)) ||
           match_side(w, first, end);
}

/* In a sports report, whether the one word [first, end) that the tagger read as a person or a
 * MISC is a club named alone (clubs_alone): on no list of names or words, never next to
 * another name in the document (not "Alcaraz" of "Carlos Alcaraz"), and after a score that
 * follows a name, as a football result is written ("Hearts 2-1 Hibernian"; a tennis score
 * follows the names). */
static int club_alone(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    const NewsFeatScratch *s = &tg->feat;
    const uint32_t listed = NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COMMON;
    if (end - first != 1 || !(s->topic & 1) || !capitalised(w, first) ||
        (s->form[s->info[first].form].gaz & listed) || (s->info[first].doc & NEWS_DOC_IN_NAME))
        return 0;
    size_t b = first - 1; /* where the score before it starts: "2-1", or "2", "-", "1" */
    if (first >= 3 && (w->tok.v[first - 1].flags & NEWS_TF_DIGIT) &&
        (w->tok.v[first - 2].flags & NEWS_TF_PUNCT))
        b = first - 3;
    return first >= 2 && score_at(w, b) && b > 0 && capitalised(w, b - 1) &&
           w->tok.v[b - 1].sentence == w->tok.v[first].sentence;
}

/* In a sports report, whether the person or place in tokens [first, end) is an Arab club
 * named with its article, "Al" and a word or "Al-" joined to it ("Al Nassr beat Al Hilal",
 * "joined Al-Ettifaq", "drew with Al Ahli"; branch ner18), which the tagger reads as a person
 * ("Al Gore") or a place: the word is on no list of first names, surnames or ordinary words
 * ("Al Horford", "Al Michaels" stay people). */
static int arab_club(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    const NewsFeatScratch *s = &tg->feat;
    if (!(s->topic & 1)) return 0;
    const NewsToken *t = &w->tok.v[first];
    const uint8_t *z = w->text + t->byte_start;
    size_t k;
    if (end - first == 2 && word_is(w, first, "Al") && capitalised(w, first + 1))
        k = first + 1;
    else if (end - first == 1 && t->byte_len > 4 && !memcmp(z, "Al-", 3) && z[3] >= 'A' &&
             z[3] <= 'Z')
        k = first;
    else
        return 0;
    return !(s->form[s->info[k].form].gaz &
             (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COMMON));
}

/* Whether the one-word ORG in tokens [first, end) is a city on a list that a visit or
 * "near" before it, or a city it is listed with, makes a place, outside a sports report:
 * "Helen Carter visited Leeds", "Families in Leeds and Sheffield", "across Leeds, Bradford
 * and Wakefield" (1996 Reuters names these cities most often in football results, so the
 * tagger reads the club; "a move to Chelsea" is the club, so "to" and "from" are left
 * alone). */
static int city_as_place(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word before[] = {W("near"), W("visit"), W("visits"), W("visited"),
                                  W("visiting"), {0, 0}};
    static const Word joins[] = {W(","), W("and"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[first].sentence;
    if (end - first != 1 || (s->topic & 1) || !list_phrase(s, first, end, NEWS_GAZ_CITY) ||
        listed_org(w, tg, first, end))
        return 0;
    if (first > 0 && w->tok.v[first - 1].sentence == sent && word_in(w, first - 1, before))
        return 1;
    /* a city the tagger named a place beside it ("Leeds and Sheffield"; not a country:
     * "Ireland and Munster lock") */
    if (first > 1 && w->tok.v[first - 2].sentence == sent && word_in(w, first - 1, joins) &&
        lab[first - 2] == NEWS_LABEL_B(NEWS_LOC) &&
        list_phrase(s, first - 2, first - 1, NEWS_GAZ_CITY) &&
        !list_phrase(s, first - 2, first - 1, NEWS_GAZ_COUNTRY))
        return 1;
    return end + 1 < n && w->tok.v[end + 1].sentence == sent && word_in(w, end, joins) &&
           lab[end + 1] == NEWS_LABEL_B(NEWS_LOC) &&
           !(end + 2 < n && NEWS_LABEL_INSIDE(lab[end + 2])) &&
           list_phrase(s, end + 1, end + 2, NEWS_GAZ_CITY) &&
           !list_phrase(s, end + 1, end + 2, NEWS_GAZ_COUNTRY); /* "Bradford and Wakefield" */
}

/* Whether token k is a sport that names a country's governing body before the country
 * ("Tennis Australia", "Cricket Australia", "Athletics Kenya", "Hockey Canada"). */
static int sport_word(const NewsWork *w, size_t k) {
    static const Word sports[] = {
        W("Golf"),      W("Judo"),      W("Bowls"),      W("Rugby"),      W("Squash"),
        W("Tennis"),    W("Boxing"),    W("Hockey"),     W("Rowing"),     W("Archery"),
        W("Cricket"),   W("Cycling"),   W("Netball"),    W("Sailing"),    W("Snooker"),
        W("Surfing"),   W("Baseball"),  W("Football"),   W("Softball"),   W("Swimming"),
        W("Athletics"), W("Badminton"), W("Triathlon"),  W("Wrestling"),  W("Basketball"),
        W("Equestrian"), W("Gymnastics"), W("Volleyball"), {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, sports);
}

/* Whether the name [first, end) is an Irish party or a public body named in Irish, which
 * the tagger reads as a person: "Sinn Féin", "Fianna Fáil", "Fine Gael", and "An" before
 * a body's word ("An Bord Pleanála", "An Garda Síochána", "An Post"). */
static int irish_body(const NewsWork *w, size_t first, size_t end) {
    static const Word bodies[] = {W("Bord"), W("Post"), W("Garda"), W("Roinn"), W("Taisce"),
                                  W("Coimisiún"), W("Chomhairle"), {0, 0}};
    if (end - first >= 2 && word_is(w, first, "An")) return word_in(w, first + 1, bodies);
    if (end - first != 2) return 0;
    return (word_is(w, first, "Sinn") &&
            (word_is(w, first + 1, "Féin") || word_is(w, first + 1, "Fein"))) ||
           (word_is(w, first, "Fianna") &&
            (word_is(w, first + 1, "Fáil") || word_is(w, first + 1, "Fail"))) ||
           (word_is(w, first, "Fine") && word_is(w, first + 1, "Gael"));
}

/* Whether an apposition that makes a company a part of another follows the name ending
 * before token e: ", a unit of", ", a subsidiary of", ", the investment arm of". */
static int unit_of(const NewsWork *w, size_t e) {
    static const Word parts[] = {W("arm"),       W("unit"),       W("division"),
                                 W("affiliate"), W("subsidiary"), {0, 0}};
    static const Word art[] = {W("a"), W("an"), W("the"), {0, 0}};
    size_t n = w->tok.n, k = e + 2;
    if (k + 1 >= n || !punct_is(w, e, ',') || !word_in(w, e + 1, art)) return 0;
    if (!word_in(w, k, parts) && w->tok.v[k].flags & NEWS_TF_WORD) k++; /* "investment arm" */
    return k + 1 < n && word_in(w, k, parts) && word_is(w, k + 1, "of") &&
           w->tok.v[k + 1].sentence == w->tok.v[e].sentence;
}

/* Whether the name [first, end) is a title before a name and a regnal number ("Pope Julius
 * II", "King Charles III"): the title is no part of the person's name. */
static int regnal_name(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    const NewsToken *t = &w->tok.v[end - 1];
    const uint8_t *z = w->text + t->byte_start;
    if (!(title_of(tg, first) & NEWS_TITLE_BEFORE_NAME) || !capitalised(w, first + 1) ||
        t->byte_len < 2 || t->byte_len > 5)
        return 0;
    for (size_t q = 0; q < t->byte_len; q++)
        if (z[q] != 'I' && z[q] != 'V' && z[q] != 'X' && z[q] != 'L') return 0;
    return 1;
}

/* Whether the one word [first, end), not a place to the tagger, is a place on a list before
 * a noun of the land around it or of a works there ("the Lincolnshire coast", "the Hobart
 * area", "the Texas border", "the Kalgoorlie smelter"): not a company on a list, nor a
 * club's penalty area in a sports report ("the edge of the Chelsea area"). */
static int place_before_area(const NewsWork *w, const NewsTagger *tg, size_t first,
                             size_t end) {
    static const Word areas[] = {W("area"),      W("mine"),     W("town"),      W("coast"),
                                 W("shore"),     W("border"),   W("county"),    W("region"),
                                 W("valley"),    W("smelter"),  W("village"),   W("district"),
                                 W("mainland"),  W("refinery"), W("outskirts"), W("coastline"),
                                 W("countryside"), {0, 0}};
    return end - first == 1 && end < w->tok.n &&
           w->tok.v[end].sentence == w->tok.v[first].sentence && word_in(w, end, areas) &&
           !((tg->feat.topic & 1) && word_is(w, end, "area")) && /* "the Chelsea area" */
           capitalised(w, first) && is_place_phrase(&tg->feat, first, end) &&
           !listed_org(w, tg, first, end);
}

/* The end of a state's or a province's chamber whose mention of the tagger opens at token i:
 * a subdivision on the lists and House, Senate, Assembly or Legislature, inside the mention
 * or right after it ("the Minnesota House passed", "the South Dakota Legislature", read as
 * the state alone), an ORG as CoNLL-2003 types "Senate"; 0 when there is none. */
static size_t state_chamber_end(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word chambers_of_states[] = {W("House"), W("Senate"), W("Assembly"),
                                              W("Legislature"), {0, 0}};
    size_t n = w->tok.n, j = i + 1;
    while (j < n && NEWS_LABEL_INSIDE(tg->labels[j])) j++;
    if (j - 1 > i && word_in(w, j - 1, chambers_of_states) &&
        list_phrase(&tg->feat, i, j - 1, NEWS_GAZ_REGION))
        return j; /* the mention's last word */
    if (j < n && tg->labels[j] == NEWS_LABEL_O && w->tok.v[j].sentence == w->tok.v[i].sentence &&
        word_in(w, j, chambers_of_states) && list_phrase(&tg->feat, i, j, NEWS_GAZ_REGION))
        return j + 1; /* the word after it */
    return 0;
}

/* "Mayor of West Yorkshire Joanna Pike said": a title, "of", a place and a person's name,
 * which the tagger may read as one organisation. The title and "of" are no name, the place
 * is a LOC when a list of places has it (else nothing: "Secretary of State Jane Hale"), and
 * the last two words, the first of them a first name, are the PER. Without the person, a
 * title, "of" and a place on a list are the place alone ("the Emir of Qatar"; branch ner16),
 * and before the person's own mention, a place on no list is nothing ("Mayor of West
 * Yorkshire" + "Joanna Pike"). Tokens [i, j) hold one mention of a type other than PER;
 * returns 1 when it was split. */
static int split_title_of_place(NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const NewsFeatScratch *s = &tg->feat;
    if (j - i < 3 || !(title_of(tg, i) & NEWS_TITLE_BEFORE_NAME)) return 0;
    static const Word compass[] = {W("East"), W("West"), W("North"), W("South"), {0, 0}};
    if (j - i >= 4 && (title_of(tg, i + 1) & NEWS_TITLE_BEFORE_NAME) &&
        word_is(w, i + 2, "of") && is_place_phrase(s, i + 3, j)) {
        /* a title of two words: "Chief Justice of India" */
        tg->labels[i] = tg->labels[i + 1] = tg->labels[i + 2] = NEWS_LABEL_O;
        label_span(tg, i + 3, j, NEWS_LOC);
        return 1;
    }
    if (!word_is(w, i + 1, "of")) return 0;
    if (is_place_phrase(s, i + 2, j) && !(j == i + 3 && word_in(w, i + 2, compass))) {
        /* not "Queen of South", a club */
        tg->labels[i] = tg->labels[i + 1] = NEWS_LABEL_O;
        label_span(tg, i + 2, j, NEWS_LOC);
        return 1;
    }
    if (j < w->tok.n && tg->labels[j] == NEWS_LABEL_B(NEWS_PER) &&
        w->tok.v[j].sentence == w->tok.v[i].sentence) {
        /* the person follows the tagger's mention: "Mayor of West Yorkshire" ORG before
         * "Joanna Pike" PER; the place, on no list, is no name of its own */
        for (size_t k = i; k < j; k++) tg->labels[k] = NEWS_LABEL_O;
        return 1;
    }
    if (j - i < 5) return 0;
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

/* Whether token i comes right after a place the tagger named and a comma, in its sentence
 * ("MAPLE GROVE, Minn.", "of Guildford, Surrey"): what places a town. */
static int after_place_comma(const NewsWork *w, const NewsTagger *tg, size_t i) {
    return i >= 2 && punct_is(w, i - 1, ',') &&
           w->tok.v[i - 2].sentence == w->tok.v[i].sentence &&
           tg->labels[i - 2] != NEWS_LABEL_O && NEWS_LABEL_TYPE(tg->labels[i - 2]) == NEWS_LOC;
}

/* Whether token i is a US state as AP style abbreviates it ("Minn.", "Ill.", "N.H."),
 * after a place and a comma ("MAPLE GROVE, Minn. -", "in Springfield, Ill., police said"):
 * US local news writes every town so, and the tagger, which knows "Calif." from Reuters,
 * leaves most of the others out; Canada's provinces too ("Saguenay, Que."). Sorted by
 * length, as word_in wants. */
static int state_after_place(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word states[] = {
        W("Ga."),   W("Ky."),   W("La."),   W("Md."),   W("Mo."),   W("Pa."),   W("Va."),
        W("Vt."),   W("Ala."),  W("Ark."),  W("Del."),  W("Fla."),  W("Ill."),  W("Ind."),
        W("Kan."),  W("Neb."),  W("Nev."),  W("Ore."),  W("Wis."),  W("Wyo."),  W("Ont."),
        W("Que."),  W("D.C."),
        W("N.C."),  W("N.D."),  W("N.H."),  W("N.J."),  W("N.M."),  W("N.Y."),  W("R.I."),
        W("S.C."),  W("S.D."),  W("Ariz."), W("Colo."), W("Conn."), W("Mass."), W("Mich."),
        W("Minn."), W("Miss."), W("Mont."), W("Okla."), W("Tenn."), W("Wash."), W("Alta."),
        W("Sask."), W("Nfld."), W("Calif."), {0, 0}};
    if (!after_place_comma(w, tg, i)) return 0;
    /* not at a sentence's end, where CoNLL leaves the stop out of the name ("in
     * Jacksonville, Fla."), nor glued to "-based" (one MISC word) */
    const NewsToken *t = &w->tok.v[i];
    if (i + 1 >= w->tok.n || w->tok.v[i + 1].sentence != t->sentence ||
        (w->tok.v[i + 1].byte_start == t->byte_start + t->byte_len && punct_is(w, i + 1, '-')))
        return 0;
    return word_in(w, i, states);
}

/* Whether one-word name i, which the tagger called an ORG or a MISC, is a region or a
 * country on a list right after a place and a comma ("of Guildford, Surrey,", "in Altoona,
 * Pennsylvania"): the county or state that places the town, which the tagger reads as
 * the county's cricket team. */
static int region_after_place(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    if (!after_place_comma(w, tg, i) || !capitalised(w, i)) return 0;
    /* then punctuation or the sentence's end: "at Grace Road, Leicestershire extended their
     * innings" is the county's team, "In London, Brent crude" the oil */
    size_t k = i + 1;
    if (k < w->tok.n && w->tok.v[k].sentence == w->tok.v[i].sentence &&
        (w->tok.v[k].flags & NEWS_TF_WORD))
        return 0;
    return is_place_phrase(s, i, i + 1) &&
           (s->form[s->info[i].form].gaz & (NEWS_GAZ_REGION | NEWS_GAZ_COUNTRY));
}

static size_t model_end(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j);

/* Whether token k is written in camel case: a lower-case first letter and a capital after
 * it ("iPhone", "eBay"), not an ordinary word between names ("the latest MP3"). */
static int camel_case(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (!(z[0] >= 'a' && z[0] <= 'z')) return 0;
    for (size_t b = 1; b < t->byte_len; b++)
        if (z[b] >= 'A' && z[b] <= 'Z') return 1;
    return 0;
}

/* The label of token k, a name in camel case standing alone (branch ner16), or 0 (O): an
 * "i" before a capitalised word is a product, MISC ("iPod", "iTunes", as "iPhone 16" is); an
 * "e", or a word in lower case of four letters or more, a company, ORG ("eBay", "easyJet").
 * Not initials or a unit ("mRNA", "kWh": two letters in lower case follow the capital), nor
 * a particle or a preposition run into a name by a slip ("diCaprio", "deRose", "ofNew"). */
static unsigned camel_name(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t p = 0;
    if (t->flags & NEWS_TF_HYPHEN) return 0;
    while (p < t->byte_len && z[p] >= 'a' && z[p] <= 'z') p++;
    if (p == 0 || p + 3 > t->byte_len || !(z[p] >= 'A' && z[p] <= 'Z') ||
        !(z[p + 1] >= 'a' && z[p + 1] <= 'z') || !(z[p + 2] >= 'a' && z[p + 2] <= 'z'))
        return 0;
    if (p == 1 && z[0] == 'i') return NEWS_LABEL_B(NEWS_MISC);
    return p == 1 && z[0] == 'e' ? NEWS_LABEL_B(NEWS_ORG) : p >= 4 ? NEWS_LABEL_B(NEWS_ORG) : 0;
}

/* Whether the one-word person at token k is a company written in camel case with a capital
 * first ("CoreLogic", "BlackRock", "ProSync"): a capital, three lower-case letters or more,
 * a capital and a lower-case letter, where no surname's particle comes first ("McIlroy",
 * "MacKenzie", "DiCaprio", "LeBron", "VanGarlem", "FitzGerald" stay people; "Mc", "De",
 * "La" are short enough to fall out by length). The tagger, which met few such names in
 * 1996, reads a new one as a surname. */
static int camel_company(const NewsWork *w, size_t k) {
    static const Word particles[] = {W("Das"), W("Del"), W("Des"), W("Dos"), W("Mac"),
                                     W("Ten"), W("Van"), W("Von"), W("Fitz"), W("Dela"),
                                     W("Della"), {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t p = 1;
    if (t->flags & (NEWS_TF_HYPHEN | NEWS_TF_ALL_UPPER | NEWS_TF_DIGIT)) return 0;
    while (p < t->byte_len && z[p] >= 'a' && z[p] <= 'z') p++;
    if (p < 4 || p + 2 > t->byte_len || !(z[p] >= 'A' && z[p] <= 'Z') ||
        !(z[p + 1] >= 'a' && z[p + 1] <= 'z'))
        return 0;
    for (const Word *x = particles; x->z; x++)
        if (x->n == p && !memcmp(x->z, z, p)) return 0;
    return 1;
}

/* Whether the one-word person at token i, the first word of its sentence (or of a
 * quotation), is an abstract noun that news opens sentences with ("Affordability is
 * stretched", "Accountability matters"): it ends in -ity, -ness, -tion, -ment or -ism and
 * no list of names, places or companies holds it (not "Clement", "Guinness", "Trinity"). */
static int abstract_noun(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const char *const ends[] = {"ity", "ness", "tion", "ment", "ism", 0};
    const NewsToken *t = &w->tok.v[i];
    const uint8_t *z = w->text + t->byte_start;
    const unsigned named = NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY |
                           NEWS_GAZ_REGION | NEWS_GAZ_CITY | NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG;
    if (!tg->feat.info[i].first_word || t->byte_len < 8 || !capitalised(w, i) ||
        (tg->feat.form[tg->feat.info[i].form].gaz & named))
        return 0;
    for (const char *const *e = ends; *e; e++) {
        size_t m = strlen(*e);
        if (!memcmp(z + t->byte_len - m, *e, m)) return 1;
    }
    return 0;
}

/* Whether one-word PER i, inside a sentence, is an ordinary English word that no list of
 * names has ("Meta said Threads had 400 million users", "users flocked to Signal"; branch
 * ner20): a product or a company named by a word, an app most often, which news of today
 * names as the tagger's 1996 Reuters never did; CoNLL types such a name ORG. Not a word
 * in capitals, nor one of fewer than four letters, nor a public figure news names alone
 * ("Musk"), nor a name after a comma (a product after its owner's noun, "its browser,
 * Comet,", product_apposition's). */
static int ordinary_word_person(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const unsigned named = NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY |
                           NEWS_GAZ_REGION | NEWS_GAZ_CITY | NEWS_GAZ_INTORG;
    unsigned g = tg->feat.form[tg->feat.info[i].form].gaz;
    return !tg->feat.info[i].first_word && capitalised(w, i) && w->tok.v[i].char_len >= 4 &&
           (g & NEWS_GAZ_COMMON) && !(g & named) && !title_of(tg, i) &&
           !punct_is(w, i - 1, ',') && name_alone(w, tg, i) == NEWS_LABEL_O;
}

/* The end of "Democratic Republic of Congo" opening at token i (also "of the Congo", "of
 * Timor-Leste"), which the tagger cuts after "Democratic", read as a party's word ("the
 * Democratic" MISC, "Republic of Congo" LOC; branch ner20), and the lists of places give
 * only as "Congo, The Democratic Republic of the": the country's name, or 0. Not a name
 * that goes on ("Democratic Republic of Congo Football Association"). */
static size_t democratic_republic_end(const NewsWork *w, const NewsTagger *tg, size_t i) {
    size_t n = w->tok.n, k = i + 3;
    uint32_t sent = w->tok.v[i].sentence;
    if (k >= n || !word_is(w, i, "Democratic") || !word_is(w, i + 1, "Republic") ||
        !word_is(w, i + 2, "of") || w->tok.v[k].sentence != sent ||
        (i > 0 && NEWS_LABEL_INSIDE(tg->labels[i]) &&
         NEWS_LABEL_TYPE(tg->labels[i - 1]) != NEWS_MISC))
        return 0;
    if (word_is(w, k, "the") && k + 1 < n) k++;
    if (!capitalised(w, k) || w->tok.v[k].sentence != sent ||
        (k + 1 < n && w->tok.v[k + 1].sentence == sent && capitalised(w, k + 1)))
        return 0;
    return k + 1;
}

/* Whether token k is the title of a place's mayor or governor ("Mayor", "Governor",
 * "Gov."), capitalised as before a name. */
static int place_title(const NewsWork *w, size_t k) {
    static const Word titles[] = {W("Gov."), W("Mayor"), W("Governor"), {0, 0}};
    return word_in(w, k, titles);
}

/* Whether token k is a capitalised ordinary word that names a minister's portfolio
 * ("Water", "Resources", "Irrigation", "Foreign"): on the list of ordinary words, on no list
 * of first names, countries or regions (a town may share an ordinary word: "Parole"). */
static int portfolio_word(const NewsWork *w, const NewsTagger *tg, size_t k) {
    unsigned g = tg->feat.form[tg->feat.info[k].form].gaz;
    return capitalised(w, k) && (g & NEWS_GAZ_COMMON) &&
           !(g & (NEWS_GAZ_FIRST | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION));
}

/* The token after a portfolio's words from token k, before `end`: capitalised ordinary
 * words, "and" between them ("Trade and Industry"). */
static size_t portfolio_end(const NewsWork *w, const NewsTagger *tg, size_t k, size_t end) {
    size_t e = k;
    while (e < end && (portfolio_word(w, tg, e) || (e > k && word_is(w, e, "and")))) e++;
    return e;
}

/* Whether token k is a minister's or a secretary's title after a portfolio. */
static int portfolio_title(const NewsWork *w, size_t k) {
    static const Word titles[] = {W("Minister"), W("Secretary"), W("Commissioner"), {0, 0}};
    return word_in(w, k, titles);
}

/* Where a portfolio opens inside the tagger's organisation of tokens [i, j) that a
 * minister's title follows, after a listed place ("Sindh Irrigation" + "Minister Jam Khan
 * Shoro", as Pakistani and Indian news write a province's ministers; "Punjab Finance
 * Minister"): the first portfolio word's token, or 0. */
static size_t place_portfolio(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    if (j >= w->tok.n || j - i < 2 || !portfolio_title(w, j) ||
        w->tok.v[j].sentence != w->tok.v[i].sentence)
        return 0;
    for (size_t p = i + 1; p < j && p < i + 3; p++) {
        if (!is_place_phrase(&tg->feat, i, p)) continue;
        return portfolio_end(w, tg, p, j) == j ? p : 0;
    }
    return 0;
}

/* Where the holder's name opens in a mention of tokens [first, end) of no person that a
 * minister's title and "for" or "of" come before, when it opens with the portfolio's
 * ordinary words ("Minister for" + "Water Resources Mueen Wattoo", as the tagger reads a
 * name it does not know after a portfolio): the first word after them, when one to four
 * words of no portfolio are left; or 0. */
static size_t portfolio_holder(const NewsWork *w, const NewsTagger *tg, size_t first,
                               size_t end) {
    if (first < 2 || !(word_is(w, first - 1, "for") || word_is(w, first - 1, "of")) ||
        !portfolio_title(w, first - 2) ||
        w->tok.v[first - 2].sentence != w->tok.v[first].sentence)
        return 0;
    size_t k = portfolio_end(w, tg, first, end);
    if (k == first || k == end || end - k > 4 || word_is(w, k - 1, "and")) return 0;
    for (size_t q = k; q < end; q++)
        if (!capitalised(w, q) || portfolio_word(w, tg, q)) return 0;
    return k;
}

/* Where a place's mayor or governor opens inside the tagger's mention of tokens [i, j) of
 * no person ("Kansas City Mayor Quinton Lucas", "London Mayor" ORG; branch ner20), the
 * title's token, or 0: the place before it is capitalised words, none a body's head
 * ("Transport for London Mayor" is no place), and after it, capitalised words or nothing. */
static size_t place_title_at(const NewsWork *w, size_t i, size_t j) {
    for (size_t k = i + 1; k < j && k < i + 4; k++) {
        if (!capitalised(w, k - 1) || institution_end(w, k - 1)) return 0;
        if (!place_title(w, k)) continue;
        for (size_t q = k + 1; q < j; q++)
            if (!(w->tok.v[q].flags & NEWS_TF_UPPER_INIT)) return 0;
        return k;
    }
    return 0;
}

/* The forms in_full_name has looked for in a document, with what it found: a few, so that
 * its walks over the document stay linear. */
typedef struct {
    uint32_t form[8];
    uint8_t found[8];
    unsigned n;
} FullNames;

/* Whether token k, a name, is followed by an age: "Jutting, 31,", "Jutting, now 31,". */
static int age_after(const NewsWork *w, size_t k) {
    size_t n = w->tok.n;
    if (k + 2 >= n || !punct_is(w, k + 1, ',')) return 0;
    if (word_is(w, k + 2, "now") || word_is(w, k + 2, "aged")) k++;
    return k + 2 < n && (w->tok.v[k + 2].flags & NEWS_TF_DIGIT) && w->tok.v[k + 2].byte_len <= 3;
}

/* Whether the person [i, j) of the tagger is a place: after "in", "near", "outside", a
 * place and "and" or, outside a sports report, "off" ("a ceremony in Muara Baru", "in
 * Builth Wells and Rhayader", "off Taranaki"; not "a homer off Jeff Hoffman"), no word of
 * it a first name, a surname or a capitalised word on the lists ("believe in God"), and no
 * possessive after it ("in Jarmusch's film"). */
static int unnamed_place(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word preps[] = {W("in"), W("near"), W("outside"), {0, 0}};
    const unsigned names = NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_PROPER;
    const NewsFeatScratch *s = &tg->feat;
    size_t b = i; /* where the phrase after the preposition starts */
    if (i >= 2 && word_is(w, i - 1, "and")) {
        if (tg->labels[i - 2] == NEWS_LABEL_O || NEWS_LABEL_TYPE(tg->labels[i - 2]) != NEWS_LOC)
            return 0;
        b = i - 2; /* the place before "and" */
        while (b > 0 && NEWS_LABEL_INSIDE(tg->labels[b])) b--;
    }
    if (b == 0 || w->tok.v[b - 1].sentence != w->tok.v[i].sentence ||
        !(word_in(w, b - 1, preps) || (word_is(w, b - 1, "off") && !(s->topic & 1))) ||
        (j < w->tok.n && (w->tok.v[j].flags & NEWS_TF_CLITIC)))
        return 0;
    for (size_t k = i; k < j; k++)
        if (!capitalised(w, k) || (s->form[s->info[k].form].gaz & names)) return 0;
    return 1;
}

/* Whether token i's form is also a word of a person's name of two words or more the tagger
 * read in the document ("Rurik Jutting" ... "Jutting told"), whose surname is that person
 * alone, or is followed by an age somewhere ("Jutting, now 31, is on trial"). Past the
 * eighth form asked about, says yes (a rule that asks then does nothing). */
static int in_full_name(const NewsWork *w, const NewsTagger *tg, size_t i, FullNames *c) {
    uint32_t f = tg->feat.info[i].form;
    for (unsigned q = 0; q < c->n; q++)
        if (c->form[q] == f) return c->found[q];
    if (c->n == 8) return 1;
    int found = 0;
    const uint8_t *lab = tg->labels;
    const NewsTokInfo *info = tg->feat.info;
    for (uint32_t o = info[i].first_same; o && !found; o = info[o - 1].next_same) {
        size_t k = o - 1;
        found = lab[k] == NEWS_LABEL_I(NEWS_PER) ||
                 (lab[k] == NEWS_LABEL_B(NEWS_PER) && k + 1 < w->tok.n &&
                  lab[k + 1] == NEWS_LABEL_I(NEWS_PER)) || age_after(w, k);
    }
    c->form[c->n] = f;
    c->found[c->n++] = (uint8_t)found;
    return found;
}

/* Whether one-word ORG i is a place: a region or a country a list has exactly, on no list
 * of companies, right after "in", "across" or "near" ("police in Leicestershire", "mines
 * across Nottinghamshire", where the tagger read the county's cricket team), outside
 * sports reports (where "in Leicestershire" may be the team). */
static int place_after_in(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word at[] = {W("in"), W("near"), W("across"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    unsigned g = s->form[s->info[i].form].gaz;
    if (!(g & (NEWS_GAZ_REGION | NEWS_GAZ_COUNTRY)) ||
        (g & NEWS_GAZ_COMPANY) || (s->topic & 1) || !capitalised(w, i) || i == 0 ||
        w->tok.v[i - 1].sentence != w->tok.v[i].sentence || !word_in(w, i - 1, at))
        return 0;
    return is_place_phrase(s, i, i + 1);
}

/* Whether token i is a party named by one word that is no person nor place, where the
 * tagger read one ("Labour's manifesto", "Labour was right to reject ...", "a huge figure
 * in Labour"; branch ner12): an ORG, as CoNLL-2003 types "Labour" and "Likud" most often.
 * Only over a person's or a place's reading: "Labour costs rose" names nothing. */
static int party_alone(const NewsWork *w, size_t i) {
    static const Word parties[] = {W("Labor"),  W("Likud"),  W("Labour"), W("Fidesz"),
                                   W("Syriza"), W("Podemos"), {0, 0}};
    return capitalised(w, i) && word_in(w, i, parties);
}

/* Whether token i is a party's adjective before "Democrat(s)" that the tagger typed as a
 * name of its own ("Liberal Democrat leader", "Christian Democrat Friedrich Merz", "Free
 * Democrats"): the two are one name, as CoNLL-2003 writes "Social Democrats" (a place's
 * adjective stays apart: "California Democrat"), and the party's (ORG, as the tagger reads
 * "the Liberal Democrat leader"), not the MISC "Democrat" of American news. */
static int party_adjective(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word adjectives[] = {W("Free"), W("Social"), W("Liberal"), W("Christian"),
                                      {0, 0}};
    static const Word democrats[] = {W("Democrat"), W("Democrats"), {0, 0}};
    return i + 1 < w->tok.n && tg->labels[i + 1] != NEWS_LABEL_O &&
           !NEWS_LABEL_INSIDE(tg->labels[i + 1]) &&
           w->tok.v[i + 1].sentence == w->tok.v[i].sentence && capitalised(w, i) &&
           word_in(w, i, adjectives) && word_in(w, i + 1, democrats);
}

/* Whether token k may name a place in the name of a local body: a place on a list, or a
 * capitalised word that is no ordinary word and no first name ("Westmorland", "Furness",
 * which no list has; not "Economic" of "Economic and Social Research Council"). */
static int body_place(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsFeatScratch *s = &tg->feat;
    return is_place_phrase(s, k, k + 1) ||
           (capitalised(w, k) &&
            !(s->form[s->info[k].form].gaz & (NEWS_GAZ_COMMON | NEWS_GAZ_FIRST)));
}

/* The end of "Avon and Somerset Police", "Bedfordshire and Luton Fire and Rescue Service"
 * from token i: two places joined by "and", the second read as a public body of a place
 * (police, council, a service, an authority, a trust), are one body of both ("Westmorland
 * and Furness Council", of places on no list; branch ner19); 0 when none starts at i (not
 * "Kenya and Shenzhen Electronics Group"). */
static size_t two_places_org(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word bodies[] = {W("Trust"), W("Police"), W("Council"), W("Service"),
                                  W("Authority"), W("Constabulary"), {0, 0}};
    static const Word compass[] = {W("East"), W("West"), W("North"), W("South"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, a = i + 1;
    /* the first place may take a point of the compass ("Cheshire West and Chester Council") */
    while (a < n && a - i < 3 && lab[a] == lab[i] + 1 && word_in(w, a, compass)) a++;
    if (a + 3 >= n || lab[a + 1] != NEWS_LABEL_B(NEWS_ORG) || NEWS_LABEL_INSIDE(lab[a]) ||
        !word_is(w, a, "and") || w->tok.v[a + 1].sentence != w->tok.v[i].sentence ||
        !body_place(w, tg, i) || !body_place(w, tg, a + 1))
        return 0;
    size_t j = a + 2;
    while (j < n && lab[j] == NEWS_LABEL_I(NEWS_ORG)) j++;
    return j > a + 2 && word_in(w, j - 1, bodies) ? j : 0;
}

/* Whether token k is a particle of a person's name ("Marine Le Pen", "Ursula von der
 * Leyen", "Luiz da Silva", "Dolf van den Brink"; branch ner13; "Mohammed bin Salman",
 * ner15; "Erik ten Hag"; Welsh "Rhun ap Iorwerth", ner20), in the cases names write it;
 * not "Do", an ordinary word. Sorted by length. */
static int name_particle(const NewsWork *w, size_t k) {
    static const Word particles[] = {
        W("Da"),  W("De"),  W("Di"),  W("Du"),  W("La"),  W("Le"),  W("ap"),  W("da"),
        W("de"),  W("di"),  W("do"),  W("du"),  W("Bin"), W("Del"), W("Ibn"), W("Van"), W("Von"),
        W("bin"), W("das"), W("del"), W("den"), W("der"), W("des"), W("dos"), W("ibn"),
        W("ten"), W("ter"), W("van"), W("von"), {0, 0}};
    return w->tok.v[k].byte_len <= 3 && word_in(w, k, particles); /* most words are longer */
}

/* Whether token k is a particle meaning "son of", which names only people: Welsh "ap",
 * Arabic "bin" and "ibn" in lower case. */
static int son_particle(const NewsWork *w, size_t k) {
    static const Word sons[] = {W("ap"), W("bin"), W("ibn"), {0, 0}};
    return word_in(w, k, sons);
}

/* The end of a person's name the tagger ran across or cut at a particle meaning "son of"
 * (son_particle), tokens [i, j) its mention of another type: the mention ends in the
 * particle ("Dafydd ap" + "Gwilym") or the particle and a capitalised word follow it ("Sion"
 * + "ap" + "Rhys"), then the next word's own mention; 0 where neither holds (branch ner20:
 * the tagger, which met neither Welsh name, read organisations, places and MISCs). */
static size_t son_name_end(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k;
    uint32_t sent = w->tok.v[i].sentence;
    if (j - i > 3 || !capitalised(w, i) || title_of(tg, i)) return 0;
    if (j - i > 1 && son_particle(w, j - 1))
        k = j; /* "Dafydd ap" */
    else if (j + 1 < n && lab[j] == NEWS_LABEL_O && son_particle(w, j))
        k = j + 1; /* "Sion" "ap" */
    else
        return 0;
    if (k >= n || w->tok.v[k].sentence != sent || !capitalised(w, k) || title_of(tg, k) ||
        NEWS_LABEL_INSIDE(lab[k]))
        return 0;
    size_t q = k + 1;
    if (lab[k] != NEWS_LABEL_O)
        while (q < n && lab[q] == lab[k] + 1) q++;
    return q;
}

/* Whether tokens [i, j), one ORG or MISC of the tagger, are a first name on a list,
 * particles and a last word ("Marine Le Pen", "Jean de La Fontaine"; any first word before
 * a particle meaning "son of", "Rhun ap Iorwerth", ner20): a person, which the
 * tagger reads as an organisation because 1996 Reuters writes "Le Monde" and "Banco de
 * Portugal". Not a place on a list ("Rio de Janeiro"), a name ending in a word of
 * institutions ("Dolores de Souza Foundation") nor one after "the" ("at the Tor Di Valle
 * arena", "the Ruben Di Pietro theatre academy": a place or a school named after one). */
static int particle_person(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    unsigned y = tg->labels[i];
    if (j - i < 3 || (y != NEWS_LABEL_B(NEWS_ORG) && y != NEWS_LABEL_B(NEWS_MISC)) ||
        (i > 0 && word_is_the(w, i - 1)) || !capitalised(w, i) || title_of(tg, i) ||
        !capitalised(w, j - 1) || name_particle(w, j - 1) || institution_end(w, j - 1) ||
        is_place_phrase(&tg->feat, i, j))
        return 0;
    int son = 0;
    for (size_t k = i + 1; k + 1 < j; k++) {
        if (!name_particle(w, k)) return 0;
        son |= son_particle(w, k);
    }
    /* "son of" names only people ("Rhun ap Iorwerth"): the first name needs no list */
    return son || (tg->feat.form[tg->feat.info[i].form].gaz & NEWS_GAZ_FIRST);
}

/* Where a person's name the tagger ended at a particle in lower case goes on (token j-1:
 * "Claire de" before "Villiers of Sciences Po"): the token after the surname that
 * follows, once more particles are passed; a mention the tagger began at the surname
 * keeps what comes after it, from its next capitalised word ("Sciences Po"). 0 where no
 * capitalised word follows. */
static size_t particle_tail(const NewsWork *w, NewsTagger *tg, size_t j) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k = j;
    uint32_t sent = w->tok.v[j - 1].sentence;
    while (k < n && k < j + 2 && w->tok.v[k].sentence == sent && name_particle(w, k)) k++;
    if (k >= n || w->tok.v[k].sentence != sent || !capitalised(w, k) || title_of(tg, k) ||
        NEWS_LABEL_INSIDE(lab[k]))
        return 0;
    unsigned y = lab[k];
    size_t q = k + 1;
    if (y != NEWS_LABEL_O) {
        while (q < n && lab[q] == y + 1 && !(w->tok.v[q].flags & NEWS_TF_UPPER_INIT))
            lab[q++] = NEWS_LABEL_O;
        if (q < n && lab[q] == y + 1) lab[q] = (uint8_t)y;
    }
    return k + 1;
}

/* The end of a name the tagger cut in two at its particles in lower case, the mention
 * before them ending at token j-1 ("Mohammed" + "bin" + "Salman", "Banco" + "do" +
 * "Brasil"; branch ner15): the token after the mention that follows them, or after the
 * capitalised word the tagger left out behind a person or a MISC ("Erik" + "ten" +
 * "Hag"), or 0. The name has the first mention's type, or is a place on a list ("Mato
 * Grosso do Sul"); post_rules asks after a MISC only for a first name, a person's. */
static size_t particle_join(const NewsWork *w, const NewsTagger *tg, size_t j) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k = j;
    uint32_t sent = w->tok.v[j - 1].sentence;
    while (k < n && k < j + 2 && w->tok.v[k].sentence == sent && lab[k] == NEWS_LABEL_O &&
           !(w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && name_particle(w, k))
        k++;
    if (k == j || k >= n || w->tok.v[k].sentence != sent || !capitalised(w, k) ||
        NEWS_LABEL_INSIDE(lab[k]))
        return 0;
    if (lab[k] == NEWS_LABEL_O) /* a surname the tagger left out after a person's first name */
        return (NEWS_LABEL_TYPE(lab[j - 1]) == NEWS_PER ||
                NEWS_LABEL_TYPE(lab[j - 1]) == NEWS_MISC) && !title_of(tg, k) &&
                       !(k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1]))
                   ? k + 1
                   : 0;
    if (NEWS_LABEL_TYPE(lab[j - 1]) == NEWS_LOC && NEWS_LABEL_TYPE(lab[k]) != NEWS_LOC)
        return 0; /* a place goes on into a place only */
    size_t q = k + 1;
    while (q < n && lab[q] == lab[k] + 1) q++;
    return q;
}

/* Whether token i, a one-word ORG or a word in capitals the tagger left out, and the place
 * after it are the branch of a body serving one of the nations of Britain ("NHS England",
 * "BBC Scotland", "UKIP Wales"; branch ner15): the tagger reads the nation alone. */
static int nation_branch(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word nations[] = {W("Wales"), W("England"), W("Scotland"), {0, 0}};
    return tg->labels[i + 1] == NEWS_LABEL_B(NEWS_LOC) &&
           !(i + 2 < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[i + 2])) &&
           w->tok.v[i + 1].sentence == w->tok.v[i].sentence && word_in(w, i + 1, nations);
}

/* The end of "Bank of England" at token i where the tagger left the head and "of" out
 * and read only the place, as it does at a sentence's start before a title ("Bank of
 * England Governor Andrew Bailey said", "Church of England bishops"; branches ner15 and
 * lead2): a word that heads organisations (org_head, "Church"), "of" and a place or an
 * organisation the tagger named ("Board of Foreign Trade"); 0 where it is not one. The
 * caller takes in the capitalised words the tagger left out before it ("Supreme Court of
 * Cyprus"). */
static size_t head_of_place_end(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k = i + 2;
    int the = k + 1 < n && word_is_the(w, k) && lab[k + 1] == NEWS_LABEL_B(NEWS_ORG);
    k += the; /* a body after "the": "Federation of the Swiss Watch Industry" */
    if (k >= n || (lab[k] != NEWS_LABEL_B(NEWS_LOC) && lab[k] != NEWS_LABEL_B(NEWS_ORG)) ||
        !word_is(w, i + 1, "of") || w->tok.v[k].sentence != w->tok.v[i].sentence ||
        !(org_head(w, i) || word_is(w, i, "Bank") || word_is(w, i, "Church") ||
          word_is(w, i, "Society") || (the && word_is(w, i, "Federation"))))
        return 0; /* org_head wants a word before "Bank"; "Law Society of Kenya" */
    for (unsigned y = lab[k++]; k < n && lab[k] == y + 1; k++) {}
    return k;
}

/* The end of "Department for Transport", "Ministry of Finance" at token i where the tagger
 * left every word out, as it does before a noun ("A Department for Transport spokeswoman
 * said"; branch ner13): the capitalised words after "for" or "of", over "and" between
 * two of them and a list before it ("Department for Culture, Media and Sport"), or 0. */
static size_t department_end(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word heads[] = {W("Ministry"), W("Department"), {0, 0}};
    static const Word of_for[] = {W("of"), W("for"), {0, 0}};
    size_t n = w->tok.n, k = i + 2;
    uint32_t sent = w->tok.v[i].sentence;
    if (!word_in(w, i, heads) || k >= n || !word_in(w, i + 1, of_for) ||
        (i > 0 && w->tok.v[i - 1].sentence == sent && capitalised(w, i - 1) &&
         !tg->feat.info[i - 1].first_word))
        return 0;
    size_t end = 0;
    /* words the tagger left out, and its mentions whole ("Education and Skills"), not a
     * person's ("Department of Agriculture Undersecretary Daniel Amstutz") */
    for (; k < n && w->tok.v[k].sentence == sent && !NEWS_LABEL_INSIDE(tg->labels[k]) &&
           tg->labels[k] != NEWS_LABEL_B(NEWS_PER) && capitalised(w, k) && !title_of(tg, k);
         k++) {
        while (k + 1 < n && NEWS_LABEL_INSIDE(tg->labels[k + 1])) k++;
        end = k + 1;
        if (k + 4 < n && punct_is(w, k + 1, ',') && capitalised(w, k + 2) &&
            word_is(w, k + 3, "and"))
            k += 2; /* "Culture, Media and Sport" */
        if (k + 2 < n && word_is(w, k + 1, "and")) k++;
    }
    return end;
}

static int nationality_like(const NewsWork *w, size_t k);

/* Whether the one-word MISC at token i is a company, named before its staff ("summoned
 * Nvidia representatives", "a Reebok spokesman"; branch ner18): the tagger reads a company
 * it never met as a product there. Not a nationality, a party's or a creed's people
 * ("Japanese shareholders", "a Tory spokesman", "Maoist representatives": the unlabelled
 * news reads them as MISC, or they end as nationalities and followers do), nor a hyphenated
 * word, letters in capitals or a listed name or place ("UK-based staff", "Marsh
 * spokeswoman"). */
static int company_staff(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word staff[] = {W("executive"),  W("engineers"),   W("spokesman"),
                                 W("employees"),  W("executives"),  W("spokeswoman"),
                                 W("shareholders"), W("spokesperson"), W("representatives"),
                                 {0, 0}};
    const NewsToken *t = &w->tok.v[i];
    unsigned g = tg->feat.form[tg->feat.info[i].form].gaz;
    return i + 1 < w->tok.n && w->tok.v[i + 1].sentence == t->sentence &&
           word_in(w, i + 1, staff) && !(t->flags & (NEWS_TF_HYPHEN | NEWS_TF_ALL_UPPER)) &&
           !(g & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY | NEWS_GAZ_FIRST |
                  NEWS_GAZ_SURNAME)) &&
           ((g & NEWS_GAZ_AUTO) >> NEWS_GAZ_AUTO_SHIFT) != 1 + NEWS_MISC &&
           !nationality_like(w, i) &&
           !(t->byte_len > 3 && !memcmp(w->text + t->byte_start + t->byte_len - 3, "ist", 3));
}

/* Whether the one word at token i stands between "the" and a noun in lower case that says
 * what kind of body it names ("a researcher at the Fafo institute", "the Wellcome charity",
 * "the Ipsos think tank"): the tagger reads a name it never met as a place or a person. */
static int body_noun_after(const NewsWork *w, size_t i) {
    static const Word kinds[] = {
        W("bank"),      W("firm"),       W("agency"),      W("lender"),     W("airline"),
        W("charity"),   W("company"),    W("insurer"),     W("carmaker"),   W("retailer"),
        W("institute"), W("newspaper"),  W("foundation"),  W("think-tank"), W("broadcaster"),
        {0, 0}};
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (i == 0 || i + 1 >= n || w->tok.v[i - 1].sentence != sent ||
        w->tok.v[i + 1].sentence != sent || !word_is_the(w, i - 1) || !capitalised(w, i))
        return 0;
    return word_in(w, i + 1, kinds) ||
           (i + 2 < n && word_is(w, i + 1, "think") && word_is(w, i + 2, "tank"));
}

/* Whether token i is followed, in its sentence, by a verb a company is the subject of
 * ("Novartis said", "Heineken plans", "Greenpeace has"). */
static int company_verb(const NewsWork *w, size_t i) {
    static const Word verbs[] = {W("is"),      W("has"),      W("had"),     W("was"),
                                 W("said"),    W("says"),     W("will"),    W("plans"),
                                 W("added"),   W("would"),    W("agreed"),  W("posted"),
                                 W("expects"), W("reported"), W("announced"), W("confirmed"),
                                 {0, 0}};
    return i + 1 < w->tok.n && w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
           word_in(w, i + 1, verbs);
}

/* Whether token i, which the tagger left out or took for a one-word MISC, opens its
 * sentence before a verb of what people do ("said", "told", "visited", "scored", ...) and
 * is a word the unlabelled news (1987, 2004-05) never writes, on no list of companies or
 * places: a name younger than that news, which the tagger leaves out when the dictionary
 * has the word ("Macron said", "Musk told", "Mbappe scored") and reads as a MISC when
 * nothing knows it ("Biden spoke in Berlin"). Words that news writes, in either case, are
 * left to the tagger ("Police said", "Sky said", "Eminem told"), and so are plurals
 * ("Seismologists said"). */
static int unseen_person(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word verbs[] = {W("met"),      W("said"),     W("says"),      W("told"),
                                 W("meets"),    W("spoke"),    W("urged"),     W("vowed"),
                                 W("netted"),   W("scored"),   W("signed"),    W("speaks"),
                                 W("visits"),   W("warned"),   W("visited"),   W("admitted"),
                                 W("resigned"), W("insisted"), W("announced"), W("apologised"),
                                 W("apologized"), {0, 0}};
    const NewsForm *f = &tg->feat.form[tg->feat.info[i].form];
    const uint32_t known = NEWS_GAZ_COMPANY | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY |
                           NEWS_GAZ_INTORG | NEWS_GAZ_AUTO;
    return tg->feat.info[i].first_word && f->case_bin == NEWS_CASE_UNSEEN && !(f->gaz & known) &&
           capitalised(w, i) && !plural_like(w, i) && !(w->tok.v[i].flags & NEWS_TF_HYPHEN) &&
           i + 1 < w->tok.n && w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
           tg->labels[i + 1] == NEWS_LABEL_O && word_in(w, i + 1, verbs);
}

/* Whether the one-word name at token i, which the tagger did not call a person, is the
 * leader an administration or a presidency is named after ("the Biden administration",
 * "the Obama presidency"; CoNLL: "the Clinton administration", PER): a name the unlabelled
 * news types PER ("Trump", "Reagan"), or one it never writes that is on no list of
 * companies or countries (not "German", "Republican", "Soviet", "Taliban", which that
 * news writes or a list holds). */
static int administration_of(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsForm *f = &tg->feat.form[tg->feat.info[i].form];
    unsigned typed = (f->gaz & NEWS_GAZ_AUTO) >> NEWS_GAZ_AUTO_SHIFT;
    if (i + 1 >= w->tok.n || w->tok.v[i + 1].sentence != w->tok.v[i].sentence ||
        !(word_is(w, i + 1, "administration") || word_is(w, i + 1, "presidency")) ||
        !capitalised(w, i) || (w->tok.v[i].flags & NEWS_TF_HYPHEN))
        return 0;
    return typed == 1 + NEWS_PER ||
           (typed == 0 && f->case_bin == NEWS_CASE_UNSEEN &&
            !(f->gaz & (NEWS_GAZ_COMPANY | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION)));
}

static int unlisted_word(const NewsWork *w, const NewsTagger *tg, size_t i);

/* Whether token i, a capitalised word on no list, comes before a noun of a place's
 * government, people or area in lower case, or its possessive does ("Odesa governor Oleh
 * Kiper", "Odesa's mayor", "Dnipro residents", "the Kursk region"; branch ner16): a place
 * newer than the lists, which the tagger leaves out or reads as a person or a company. */
static int place_before_noun(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word nouns[] = {W("mayor"),    W("oblast"),   W("region"), W("governor"),
                                 W("province"), W("residents"), {0, 0}};
    const NewsToken *t = &w->tok.v[i];
    size_t k = i + 1;
    if (k < w->tok.n && (w->tok.v[k].flags & NEWS_TF_CLITIC)) k++; /* "Odesa's mayor" */
    /* the noun in lower case first, by its first letter: it turns down almost every name */
    if (k >= w->tok.n || (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) || w->tok.v[k].byte_len < 5 ||
        !memchr("gmopr", w->text[w->tok.v[k].byte_start], 5) ||
        w->tok.v[k].sentence != t->sentence || !word_in(w, k, nouns) || !capitalised(w, i) ||
        !unlisted_word(w, tg, i) || party_alone(w, i)) /* "Labour mayor" */
        return 0;
    for (size_t b = 1; b < t->byte_len; b++) /* not a body's initials: "BoJ governor" */
        if (w->text[t->byte_start + b] >= 'A' && w->text[t->byte_start + b] <= 'Z') return 0;
    return 1;
}

/* Whether "of" and a capitalised word follow a title ending at token end - 1: "the Emir of
 * Qatar", "Prince of Wales", where the tagger may take the title alone for a name. */
static int title_of_place(const NewsWork *w, size_t end) {
    return end + 1 < w->tok.n && w->tok.v[end + 1].sentence == w->tok.v[end - 1].sentence &&
           word_is(w, end, "of") && (w->tok.v[end + 1].flags & NEWS_TF_UPPER_INIT);
}

/* Whether token k is initials joined to a word in lower case ("U.S.-led", "U.K.-based"; one
 * token, tokenize.c): CoNLL-2003 types each such word MISC on its own. */
static int initials_compound(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    if (!(t->flags & NEWS_TF_HYPHEN) || !(t->flags & NEWS_TF_UPPER_INIT) || t->byte_len < 5)
        return 0;
    const uint8_t *z = w->text + t->byte_start, *h = memchr(z, '-', t->byte_len);
    return z[1] == '.' && h && h[-1] == '.';
}

/* The length in bytes of the part of token k before its first hyphen, and in *entry that
 * part's lexicon entry in lower case, or 0 (and no entry) when it is under two bytes or
 * over 23, not ASCII, or no hyphen follows it. */
static size_t hyphen_head(const NewsWork *w, const NewsTagger *tg, size_t k,
                          const NewsLexEntry **entry) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    uint8_t low[24];
    size_t p = 0;
    *entry = 0;
    for (; p < t->byte_len && z[p] != '-'; p++) {
        if (p == sizeof low || z[p] >= 0x80) return 0;
        low[p] = (uint8_t)(z[p] >= 'A' && z[p] <= 'Z' ? z[p] + 32 : z[p]);
    }
    if (p < 2 || p == t->byte_len || !tg->fixed_by) return 0;
    *entry = news_lex_find(tg->fixed_by, news_lex_hash('l', low, p));
    return p;
}

/* Whether token k opens a longer mention of the tagger and is a name joined to a participle
 * or noun of relation ("KFC-parent Yum Brands", "Gazprom-owned Sogaz", "Kremlin-backed
 * Channel One"): CoNLL-2003 never runs such a word into the name after it (MISC alone,
 * "Madrid-based [ORG Banesto]", train), whatever the first part names. */
static int relation_compound(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const char *const relations[] = {"based", "parent", "owned",  "backed", "led",
                                            "run",   "listed", "funded", "linked",
                                            "controlled", "affiliated", "headquartered"};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (tg->labels[k] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(tg->labels[k]) ||
        k + 1 >= w->tok.n || !NEWS_LABEL_INSIDE(tg->labels[k + 1]) ||
        !(t->flags & NEWS_TF_UPPER_INIT) || !lower_after_hyphen(w, k))
        return 0;
    size_t h = t->byte_len;
    while (z[h - 1] != '-') h--;
    size_t len = t->byte_len - h;
    for (size_t r = 0; r < sizeof relations / sizeof *relations; r++)
        if (strlen(relations[r]) == len && !memcmp(z + h, relations[r], len)) return 1;
    return 0;
}

/* Whether token k, which the tagger left out, is a place's name or a body's initials joined
 * to a word in lower case ("Iran-backed", "Massachusetts-based", "UN-backed", "EU-wide"):
 * MISC, as CoNLL-2003 types "Soviet-era" and as initials_compound does for "U.S.-led". The
 * first part is a place on the lists that news writes with a capital (not "State-owned"),
 * or UN, EU, US, UK or NATO (not "COVID-related", "AI-powered"); the rest has no capital. */
static int place_compound(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const char *const bodies[] = {"UN", "EU", "US", "UK", "NATO"};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    const NewsLexEntry *v;
    if (!(t->flags & NEWS_TF_HYPHEN) || !(t->flags & NEWS_TF_UPPER_INIT) ||
        (tg->labels[k] != NEWS_LABEL_O &&
         (NEWS_LABEL_INSIDE(tg->labels[k]) || k + 1 >= w->tok.n ||
          !NEWS_LABEL_INSIDE(tg->labels[k + 1]))))
        return 0; /* (or opening a longer name, "the Toronto-based AI chip designer") */
    size_t p = hyphen_head(w, tg, k, &v), caps = 0;
    if (!p || p + 1 == t->byte_len) return 0;
    for (size_t b = p + 1; b < t->byte_len; b++)
        if (!((z[b] >= 'a' && z[b] <= 'z') || z[b] == '-')) return 0;
    for (size_t b = 0; b < p; b++) caps += z[b] >= 'A' && z[b] <= 'Z';
    if (caps == p) {
        for (size_t b = 0; b < sizeof bodies / sizeof *bodies; b++)
            if (strlen(bodies[b]) == p && !memcmp(z, bodies[b], p)) return 1;
        return 0;
    }
    unsigned c = news_lex_case(v);
    return v && (v->a & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
           !(v->a & NEWS_GAZ_COMMON) && (c == NEWS_CASE_CAP || c == NEWS_CASE_MOSTLY_CAP);
}

/* The end of an organisation's name that goes on past token j - 1, where the tagger ended
 * the name [i, j) of an organisation or body "... of/for X", over "and" and one to three
 * capitalised ordinary words ("London School of Hygiene and Tropical Medicine", "Ministry of
 * Tourism and Antiquities", "Department for Work and Pensions"); or 0. Not before a name
 * ("the Bank of England and Barclays"): the words after "and" are on no list but the
 * dictionary's, none names a body ("Finance Ministry", "Senate"), and a lower-case word or a
 * mark ends them. */
static size_t and_name_end(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    size_t n = w->tok.n;
    if (j + 2 >= n || !word_is(w, j, "and") || w->tok.v[j + 1].sentence != w->tok.v[i].sentence)
        return 0;
    int of = 0;
    for (size_t q = i + 1; q + 1 < j && !of; q++) of = word_is(w, q, "of") || word_is(w, q, "for");
    if (!of) return 0;
    size_t k = j + 1;
    while (k < n && k - j <= 3 && w->tok.v[k].sentence == w->tok.v[i].sentence &&
           capitalised(w, k) &&
           (tg->feat.form[tg->feat.info[k].form].gaz &
            ~(NEWS_GAZ_COMMON | NEWS_GAZ_PROPER | NEWS_GAZ_AUTO | NEWS_GAZ_PREFIX)) == 0 &&
           (tg->feat.form[tg->feat.info[k].form].gaz & NEWS_GAZ_COMMON))
        k++;
    if (k == j + 1 || k - j > 3) return 0;
    if (k < n && w->tok.v[k].sentence == w->tok.v[i].sentence && capitalised(w, k)) return 0;
    /* a body of its own after "and": "the Bank of Japan and Finance Ministry", "the House
     * of Representatives and Senate" */
    static const Word bodies[] = {W("House"), W("Senate"), W("Cabinet"), W("Treasury"),
                                  W("Parliament"), {0, 0}};
    for (size_t q = j + 1; q < k; q++)
        if (org_head(w, q) || word_in(w, q, bodies)) return 0;
    return k;
}

/* Heads of bodies' names that English puts first, before "for", "on", "to" or "against" and
 * capitalised words ("Institute for the Study of War", "Council on Foreign Relations",
 * "Committee to Protect Journalists", "Royal Society for the Protection of Birds"), or last
 * after the words the tagger read ("Science Media Centre"), sorted by length. The tagger,
 * which met few such names in 1996 Reuters, splits them or leaves them out. */
static const Word body_heads[] = {
    W("Fund"),       W("Panel"),       W("Trust"),       W("Center"),      W("Centre"),
    W("League"),     W("Office"),      W("Centers"),     W("Centres"),     W("Council"),
    W("Society"),    W("Alliance"),    W("Campaign"),    W("Coalition"),   W("Committee"),
    W("Institute"),  W("Commission"),  W("Foundation"),  W("Association"), {0, 0}};

/* The end of a body named "X for Y" or "X of Y" that the tagger cut at "for" or "of" into
 * two mentions, [i, j) and the one after "for", "of", "for the" or "of the" ("Forum" +
 * "Future", "UN Office" + "Coordination of Humanitarian Affairs", "Cyberspace
 * Administration" + "China", "Monetary Authority" + "Singapore"; branch ner18), or 0; [i, j)
 * may also be one word the tagger left out before "for" ("Alternative for Germany",
 * "Movement for Democratic Change"). The first ends in a word that heads bodies ("Party for
 * Freedom", "Army for the Liberation of Rwanda"); before "for" not a head of body_heads
 * (body_names builds "Africa Centres for Disease Control" from the words themselves), nor a
 * court (its district: "District Court for the Southern District") nor a legislature
 * ("Congress for the Contras"); before "of" not a group (its city: "Goldhirsh Group of
 * Boston"). The second is no person, nor after "of" a MISC ("the Association of British
 * Insurers", which the tagger cut after "British"), and no capitalised word the tagger left
 * out follows it. */
static size_t for_name_end(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word heads[] = {W("Forum"),    W("Front"),       W("Trust"),     W("Union"),
                                 W("Centre"),   W("Center"),      W("Office"),    W("Centres"),
                                 W("Centers"),  W("Society"),     W("Alliance"),  W("Campaign"),
                                 W("Movement"), W("Coalition"),   W("Alternative"), {0, 0}};
    static const Word not_heads[] = {W("Court"), W("Congress"), {0, 0}};
    size_t n = w->tok.n, k = j + 1;
    uint32_t sent = w->tok.v[i].sentence;
    if (k >= n || w->tok.v[k].sentence != sent) return 0;
    int of = w->tok.v[j].byte_len == 2 && word_is(w, j, "of");
    if (of) { /* "Cyberspace Administration" + "China"; not "Goldhirsh Group" + "Boston" */
        if ((!word_in(w, j - 1, heads) && !org_head(w, j - 1)) || word_is(w, j - 1, "Group"))
            return 0;
    } else if (w->tok.v[j].byte_len != 3 || !word_is(w, j, "for") ||
               word_in(w, j - 1, body_heads) ||
               !(word_in(w, j - 1, heads) ||
                 (org_head(w, j - 1) && !word_in(w, j - 1, not_heads)))) {
        return 0;
    }
    if (word_is(w, k, "the") && k + 1 < n && w->tok.v[k + 1].sentence == sent) k++;
    unsigned y = tg->labels[k];
    if (y == NEWS_LABEL_O || NEWS_LABEL_INSIDE(y) || y == NEWS_LABEL_B(NEWS_PER) ||
        (of && y == NEWS_LABEL_B(NEWS_MISC))) /* "Association of British" + "Insurers" */
        return 0;
    for (k++; k < n && tg->labels[k] == y + 1; k++) {}
    if (k < n && w->tok.v[k].sentence == sent && tg->labels[k] == NEWS_LABEL_O &&
        capitalised(w, k))
        return 0; /* the tagger's cut goes on after it */
    /* "the Supreme Council of the United Arab Emirates (UAE)": the acronym names the second */
    if (of && k + 2 < n && punct_is(w, k, '(') && punct_is(w, k + 2, ')') &&
        (w->tok.v[k + 1].flags & NEWS_TF_ALL_UPPER) &&
        w->text[w->tok.v[k + 1].byte_start] != w->text[w->tok.v[i].byte_start])
        return 0;
    return k;
}

/* Whether the one word at token i, opening a paragraph before a colon, is a label or a
 * topic before a headline ("Q&A: What the law means", "Budget: ..."): a kicker (lexicon.h)
 * or an ordinary word that is no name too ("Goldsmith: 'I was not leant on'"); or, before
 * no quotation mark, a word on no list that the text never writes with a capital inside a
 * sentence, a topic newer than the dictionary ("Heatwave: Temperatures top 40C"; branch
 * ner16), where a name a headline opens with is named again below ("Hemedti: ..."). */
static int headline_label(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    unsigned gaz = tg->feat.form[tg->feat.info[i].form].gaz;
    if (!(t->flags & NEWS_TF_PARA_START) || i + 1 >= w->tok.n || !punct_is(w, i + 1, ':') ||
        NEWS_LABEL_INSIDE(tg->labels[i + 1]))
        return 0;
    return news_lexicon_kicker(w->text + t->byte_start, t->byte_len) ||
           ((lower_word(tg, i) || (gaz & NEWS_GAZ_COMMON)) &&
            !(gaz & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME))) ||
           (capitalised(w, i) && unlisted_word(w, tg, i) &&
            !(tg->feat.info[i].doc & NEWS_DOC_CAP_MID) &&
            !(i + 2 < w->tok.n && w->tok.v[i + 2].quote));
}

/* Whether token i and the number after it name a bill or a ballot measure ("Bill 21",
 * "Proposition 22"), a law, MISC: the tagger reads "Bill" as a first name. */
static int numbered_law(const NewsWork *w, size_t i) {
    return i + 1 < w->tok.n && (word_is(w, i, "Bill") || word_is(w, i, "Proposition")) &&
           w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
           (w->tok.v[i + 1].flags & NEWS_TF_DIGIT) && news_tok_digits(w, i + 1, 3);
}

/* Whether the name in tokens [i, j), not a person to the tagger, is the leader whose
 * possessive comes next: "Rajoy's Popular Party", "Puigdemont's government", "Le Pen's
 * National Front" (a party's name ends the organisation after it) gave nothing, a place
 * and an organisation, for leaders younger than the training text. Not a place or an
 * organisation on a list ("Germany's government"), nor an organisation the tagger found
 * unless its name opens with a particle ("Labour's government") or is two capitalised
 * words before a party ("Akhilesh Yadav's Samajwadi Party"; branch ner17), nor a day or
 * a month, nor a name after "the" ("the Islamic Republic's government"). */
static int leader_possessive(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word nouns[] = {W("wife"),      W("widow"),      W("cabinet"),
                                 W("husband"),   W("coalition"),  W("government"),
                                 W("administration"), {0, 0}};
    static const Word parties[] = {W("Party"), W("Front"), W("League"), W("Alliance"),
                                   W("Movement"), {0, 0}};
    static const Word days[] = {W("Monday"), W("Friday"), W("Sunday"), W("Tuesday"),
                                W("Thursday"), W("Saturday"), W("Wednesday"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    int org = lab[i] == NEWS_LABEL_B(NEWS_ORG) && !name_particle(w, i);
    if (j + 1 >= n || !(w->tok.v[j].flags & NEWS_TF_CLITIC) ||
        w->tok.v[j + 1].sentence != w->tok.v[i].sentence || !capitalised(w, i) ||
        (i > 0 && word_is_the(w, i - 1)) || is_month(w, i) || word_in(w, i, days) ||
        (org && (j - i != 2 || !capitalised(w, i + 1))) || is_place_phrase(&tg->feat, i, j) ||
        listed_org(w, tg, i, j))
        return 0;
    if (!org && word_in(w, j + 1, nouns)) return 1;
    if (lab[j + 1] != NEWS_LABEL_B(NEWS_ORG)) return 0;
    size_t e = j + 2;
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_ORG)) e++;
    return word_in(w, e - 1, parties);
}


/* Rules after the tagger, for what the 1996 training text cannot teach:
 * - "US", "UK", "USA" written without periods (today's house style; Reuters wrote "U.S.")
 *   are the countries wherever a sentence is not all capitals, where "US" may be the
 *   pronoun ("LET US ...");
 * - a one-word place or person that is a registered company (SEC list) and on no list of
 *   places, or of first names and surnames, is the company: the tagger has only the
 *   context to go by for names younger than its training text ("Tesla", "Uber");
 * - a word the unlabelled news never writes that opens a sentence before "said" is a
 *   person (unseen_person), and so is a leader's name before "administration"
 *   (administration_of);
 * - an epithet after a person's name belongs to it: "Pliny the Elder", "Lucas Cranach the
 *   Younger", "Alexander the Great";
 * - a word in camel case before a model number ("Apple's iPhone 16", model_end) is a
 *   product, which the tagger, trained on capitalised names, leaves out;
 * - a one-word MISC on a company list and on no list of places, people or ordinary words,
 *   which the unlabelled news types ORG (the auto lexicon), or does not type and no list
 *   of capitalised words has (a name younger than that news: "Airbnb"), is the company
 *   when no model number or name follows it: "jets from Boeing" (1996 Reuters names
 *   planes "Boeing 747", MISC; "British", "Olympic" are first words of SEC companies too,
 *   MISC in the lexicon and proper nouns of SCOWL), and so is one on a company list and on
 *   no list of places that a verb a company is the subject of follows, not after "the"
 *   ("Heineken said", "Greenpeace has"; "The Australian said" is a player);
 * - and, each above its function: labels and topics before a headline (headline_label),
 *   leaders before their possessive (leader_possessive). */
/* Whether token i, a word in lower case with a hyphen and no capital ("far-right",
 * "state-owned"; not "sub-Saharan"), opens a name the tagger went on with. */
static int lower_modifier(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    unsigned y = tg->labels[i];
    if (y == NEWS_LABEL_O || NEWS_LABEL_INSIDE(y) || i + 1 >= w->tok.n ||
        !NEWS_LABEL_INSIDE(tg->labels[i + 1]) || !(t->flags & NEWS_TF_HYPHEN))
        return 0;
    for (size_t b = 0; b < t->byte_len; b++) {
        uint8_t c = w->text[t->byte_start + b];
        if (c >= 'A' && c <= 'Z') return 0;
    }
    return 1;
}

/* Whether token i, inside a mention and its last word, is a word with a hyphen and no
 * capital that the tagger ran into the name before it ("the Helsby by-election", "the
 * Caerphilly run-off"; branch ner20): no part of the name, as lower_modifier's word before
 * one is not ("al-Assad" has a capital). */
static int lower_tail(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    if (!NEWS_LABEL_INSIDE(tg->labels[i]) || (t->flags & NEWS_TF_UPPER_INIT) ||
        !(t->flags & NEWS_TF_HYPHEN) ||
        (i + 1 < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[i + 1])))
        return 0;
    for (size_t b = 0; b < t->byte_len; b++) {
        uint8_t c = w->text[t->byte_start + b];
        if (c >= 'A' && c <= 'Z') return 0;
    }
    return 1;
}

/* Weekdays in the plural ("open on Tuesdays"), sorted by length. */
static const Word weekdays_plural[] = {W("Mondays"),   W("Fridays"),   W("Sundays"),
                                       W("Tuesdays"),  W("Thursdays"), W("Saturdays"),
                                       W("Wednesdays"), {0, 0}};

/* Whether token k goes on a body's name after its head's phrase: a capitalised word that is
 * no month nor day ("Council on Monday" is a date). */
static int body_word(const NewsWork *w, size_t k, uint32_t sent) {
    static const Word days[] = {W("Monday"), W("Friday"), W("Sunday"), W("Tuesday"),
                                W("Thursday"), W("Saturday"), W("Wednesday"), {0, 0}};
    return k < w->tok.n && w->tok.v[k].sentence == sent && capitalised(w, k) &&
           !is_month(w, k) && !word_in(w, k, days);
}

/* Types ORG the names of bodies built on body_heads, as the tagger left them: the head, its
 * preposition, an optional "the" and capitalised words joined by "and", "of", "the" or "&",
 * with the capitalised words or the tagger's mention right before the head; or a mention
 * the tagger ended one or two capitalised words before a head ("Science Media Centre",
 * "Cancer Research Centre"). */
static void body_names(const NewsWork *w, NewsTagger *tg) {
    static const Word preps[] = {W("on"), W("to"), W("for"), W("against"), {0, 0}};
    static const Word joins[] = {W("&"), W("of"), W("and"), W("the"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = tg->feat.next_cand[0]; i + 1 < n; i = tg->feat.next_cand[i + 1]) {
        switch (w->text[w->tok.v[i].byte_start]) { /* most capitalised words end here */
        case 'A': case 'C': case 'F': case 'I': case 'L': case 'O': case 'P': case 'S': case 'T':
            break;
        default: continue;
        }
        if (!capitalised(w, i) || !word_in(w, i, body_heads)) continue;
        uint32_t sent = w->tok.v[i].sentence;
        size_t e = i + 1;
        int to = word_is(w, i + 1, "to");
        if (word_in(w, i + 1, preps) && w->tok.v[i + 1].sentence == sent &&
            (!to || word_is(w, i, "Campaign") || word_is(w, i, "Coalition") ||
             word_is(w, i, "Committee"))) {
            /* ("from the IMF to the IFS", "sold its Art Center to Brands Paint Co": "to"
             * takes a verb, no "the", after the heads of campaigns) */
            size_t q = i + 2;
            if (q < n && word_is(w, q, "the") && !to) q++;
            if (!body_word(w, q, sent)) continue;
            e = q + 1;
            for (;;) {
                while (body_word(w, e, sent)) e++;
                if (e + 1 < n && word_in(w, e, joins) && body_word(w, e + 1, sent)) e += 2;
                else if (e + 2 < n && word_is(w, e, "of") && word_is(w, e + 1, "the") &&
                         body_word(w, e + 2, sent))
                    e += 3;
                else break;
            }
            if (org_head(w, e - 1))
                continue; /* "the Joint Economic Committee on the Justice Department
                           * investigation": a body of its own after the head */
        } else if (lab[i] != NEWS_LABEL_O || i == 0 || w->tok.v[i - 1].sentence != sent) {
            continue; /* the head last: only after words the tagger left out */
        }
        /* the words before the head: the tagger's mention, or capitalised words within the
         * sentence that do not open it ("The Royal Society", "Africa Centres") */
        size_t b = i, words = 0;
        while (b > 0 && w->tok.v[b - 1].sentence == sent && !word_is_the(w, b - 1) &&
               !lower_after_hyphen(w, b - 1)) { /* (not "California-based") */
            unsigned y = lab[b - 1];
            if (y != NEWS_LABEL_O && !(NEWS_LABEL_TYPE(y) == NEWS_PER && e == i + 1)) {
                b--; /* the whole of the tagger's mention ("United Nations' Economic") */
                continue;
            }
            if (y != NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[b]) || words == 3 ||
                (w->tok.v[b - 1].flags & NEWS_TF_CLITIC))
                break; /* (not a possessive) */
            if (capitalised(w, b - 1) && !tg->feat.info[b - 1].first_word &&
                !word_in(w, b - 1, body_heads))
                b--, words++;
            else if (b > 1 && word_is(w, b - 1, "and") && capitalised(w, b - 2) &&
                     w->tok.v[b - 2].sentence == sent)
                b -= 2, words += 2; /* "Economic and Social Commission" */
            else
                break;
        }
        if (e == i + 1) {
            /* the head last: a mention, then at most one word the tagger left out */
            size_t m = b;
            while (m < i && lab[m] == NEWS_LABEL_O) m++;
            if (m == i || i - m > 2 || lab[m] == NEWS_LABEL_O ||
                NEWS_LABEL_INSIDE(lab[m]))
                continue;
            b = m;
        }
        label_span(tg, b, e, NEWS_ORG);
        /* what is left of a mention the name ran into: a name of its own if capitalised,
         * else nothing ("... for Transport Safety as MPs") */
        if (e < n && NEWS_LABEL_INSIDE(lab[e]) && capitalised(w, e))
            tg->labels[e] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[e]));
        for (size_t k = e; k < n && NEWS_LABEL_INSIDE(lab[k]); k++)
            tg->labels[k] = NEWS_LABEL_O;
        i = e - 1;
    }
}

/* The end of a broadcaster's channel starting at token i, or 0: "BBC Two", "BBC Five Live",
 * "ITV News", "Channel 4", "Channel 4 News", Australia's "Channel Nine", Israel's "Channel 12".
 * The tagger, which met none in CoNLL-2003, leaves the number word or digits out, and the
 * name alone ("BBC") is not read before a capital. */
static size_t channel_end(const NewsWork *w, size_t i) {
    static const Word numbers[] = {W("One"), W("Two"), W("Five"), W("Four"), W("Nine"),
                                   W("Seven"), W("Three"), {0, 0}};
    size_t n = w->tok.n;
    if (i + 1 >= n || w->tok.v[i + 1].sentence != w->tok.v[i].sentence) return 0;
    int bbc = word_is(w, i, "BBC") || word_is(w, i, "ITV");
    size_t e = 0;
    if (bbc && (word_in(w, i + 1, numbers) || word_is(w, i + 1, "News")))
        e = i + 2;
    else if (word_is(w, i, "Channel") &&
             (word_in(w, i + 1, numbers) ||
              news_tok_digits(w, i + 1, 2)))
        e = i + 2;
    /* (not before "'s": "BBC One's Top of the Pops" stays the tagger's, a programme that
     * quotes.c does not take for a speaker) */
    if (e && e < n && (w->tok.v[e].flags & NEWS_TF_CLITIC)) return 0;
    if (e && e < n && w->tok.v[e].sentence == w->tok.v[i].sentence &&
        (word_is(w, e, "News") || (word_is(w, e, "Live") && word_is(w, e - 1, "Five"))))
        e++; /* "Channel 4 News", "BBC Five Live" */
    return e;
}

/* The possessive inside the tagger's mention of tokens [i, j) that ends a body's name before
 * another name ("Cardiff University's Wales Governance Centre", "Harvard University's
 * Kennedy School"; branch ner20): two names, as CoNLL writes a possessive outside both. The
 * body has two words or more and ends in a word that heads institutions (not "King's College
 * London", "St Mary's Hospital", "the Women's Institute"), or one ending in "of" and a
 * place ("Bank of England's Monetary Policy Committee"; not an ordinary word, "Council of
 * People's Inspectors"), with no comma, "and" nor "or" between the head and the possessive
 * ("International Longshoremen's Association"); a capitalised word follows.
 * Returns the possessive's token, or 0. */
static size_t inner_possessive(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    const NewsFeatScratch *s = &tg->feat;
    size_t owner = i; /* where the owner's name starts: after a comma, "and" or "or" */
    int body = 0, of = 0;
    for (size_t c = i + 1; c + 1 < j; c++) {
        const NewsToken *t = &w->tok.v[c];
        size_t p = c - 1;
        if (!(w->tok.v[p].flags & NEWS_TF_WORD) || word_is(w, p, "and") || word_is(w, p, "or")) {
            owner = c, body = of = 0;
            continue;
        }
        body |= institution_end(w, p);
        if (body && word_is(w, p, "of")) of = 1;
        if (!(t->flags & NEWS_TF_CLITIC) ||
            (w->text[t->byte_start + t->byte_len - 1] | 0x20) != 's')
            continue;
        /* after "of", a place or a name, no ordinary word ("Council of People's Inspectors") */
        if (body && c - owner >= 2 && capitalised(w, c + 1) &&
            !(of && (s->form[s->info[p].form].gaz & NEWS_GAZ_COMMON) &&
              !is_place_phrase(s, p, c)))
            return c;
        owner = c + 1, body = of = 0;
    }
    return 0;
}

/* The end of a place named by a feature's word, "of" and a name at token i ("Firth of Forth",
 * "Isle of May", "Gulf of Maine", "Strait of Hormuz", "Cape of Good Hope"), or 0: one or
 * two capitalised words after "of", then no capital ("the Gulf of Maine Research
 * Institute" is a body's name). */
static size_t feature_place_end(const NewsWork *w, size_t i) {
    static const Word heads[] = {W("Bay"),    W("Sea"),    W("Cape"),   W("Gulf"),
                                 W("Isle"),   W("Lake"),   W("Firth"),  W("Isles"),
                                 W("Strait"), W("Straits"), {0, 0}};
    size_t n = w->tok.n, e = i + 2;
    uint32_t sent = w->tok.v[i].sentence;
    if (e >= n || !word_is(w, i + 1, "of") || !word_in(w, i, heads)) return 0;
    while (e < n && e - i < 4 && w->tok.v[e].sentence == sent && capitalised(w, e)) e++;
    if (e == i + 2 || (e < n && w->tok.v[e].sentence == sent &&
                       (w->tok.v[e].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_CLITIC))))
        return 0;
    return e;
}

/* The end of a player's name in a line-up starting at token k, before `end`: one to three
 * capitalised words ("Pope", "Luis Garcia", "El Karkouri", "Wright-Phillips"); k if none. */
static size_t lineup_name_end(const NewsWork *w, size_t k, size_t end) {
    size_t q = k;
    while (q < end && q < k + 3 && (w->tok.v[q].flags & NEWS_TF_WORD) && capitalised(w, q) &&
           !(w->tok.v[q].flags & NEWS_TF_DIGIT))
        q++;
    return q;
}

/* Line-ups in sports reports ("Newcastle (4-3-3): Pope; Trippier, Schär, Thiaw, Hall; ...",
 * "Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Luis Garcia, ...", "Subs Not Used:
 * Macken, Weaver, Onuoha"): from a sentence's start or its last colon to its end, names of
 * one to three capitalised words split by commas and semicolons alone, each perhaps with
 * its substitute and the minute in brackets, are players, whatever the tagger read (a club,
 * a place: "Schär" ORG, "Thiaw" LOC). Seven names or more, two of them persons to the
 * tagger; four with a substitution in brackets; two after "Subs". Not where half of the
 * names are places the tagger read and a list has ("Venues: London, Paris, Berlin, ...").
 * Tokens [a, b) are one sentence (doc_rules' walk over them). */
static void lineup_at(const NewsWork *w, NewsTagger *tg, size_t a, size_t b) {
    const NewsFeatScratch *s = &tg->feat;
    /* a line-up ends with a name after a comma or a semicolon, or with a substitution in
     * brackets (most sentences are turned down here) */
    size_t end = b;
    if (end > a + 1 && punct_is(w, end - 1, '.')) end--;
    if (end < a + 3 ||
        !(punct_is(w, end - 1, ')') ||
          (capitalised(w, end - 1) &&
           (punct_is(w, end - 2, ',') || punct_is(w, end - 2, ';') ||
            (end > a + 3 && capitalised(w, end - 2) &&
             (punct_is(w, end - 3, ',') || punct_is(w, end - 3, ';')))))))
        return;
    size_t from = a;
    for (size_t k = end; k > a; k--)
        if (punct_is(w, k - 1, ':')) {
            from = k;
            break;
        }
    int subs_list = from > a && word_is(w, a, "Subs");
    size_t items = 0, persons = 0, places = 0, subs = 0, k = from;
    while (k < end) {
        size_t q = lineup_name_end(w, k, end);
        if (q == k) break;
        items++;
        persons += tg->labels[k] == NEWS_LABEL_B(NEWS_PER);
        places += tg->labels[k] == NEWS_LABEL_B(NEWS_LOC) && is_place_phrase(s, k, q);
        if (q < end && punct_is(w, q, '(')) { /* "(Biscan 67)" */
            size_t r = lineup_name_end(w, q + 1, end);
            if (r == q + 1 || r + 1 >= end || !(w->tok.v[r].flags & NEWS_TF_DIGIT) ||
                !punct_is(w, r + 1, ')'))
                break;
            subs++;
            q = r + 2;
        }
        if (q < end && !punct_is(w, q, ',') && !punct_is(w, q, ';')) break;
        k = q + 1;
    }
    if (k < end || 2 * places > items ||
        !((items >= 7 && (persons >= 2 || subs)) || (items >= 4 && subs) ||
          (items >= 2 && subs_list)))
        return;
    for (k = from; k < end;) {
        size_t q = lineup_name_end(w, k, end);
        label_span(tg, k, q, NEWS_PER);
        if (q < end && punct_is(w, q, '(')) {
            size_t r = lineup_name_end(w, q + 1, end);
            label_span(tg, q + 1, r, NEWS_PER);
            q = r + 2;
        }
        k = q + 1;
    }
}

/* A name of two or three words opening with a first name that the tagger read as no person
 * ("Vince Cable" ORG, "Spike Lee" ORG) is the person whom the window calls by its last word
 * after an honorific ("Mr Cable said"; the honorific makes any mention a person): up to 16
 * such surnames are looked for. Not a company on the list ("Morgan Stanley"). */
static void honorific_names(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint64_t sur[16];
    unsigned ns = 0;
    for (size_t k = 1; k < n && ns < 16; k++)
        if (lab[k] != NEWS_LABEL_O && !(k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])) &&
            person_honorific(title_of(tg, k - 1)) && capitalised(w, k))
            sur[ns++] = s->form[s->info[k].form].h_form;
    if (!ns) return;
    for (size_t i = 0; i < n;) {
        if (lab[i] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[i])) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && lab[j] == lab[i] + 1) j++;
        if (NEWS_LABEL_TYPE(lab[i]) != NEWS_PER && j - i >= 2 && j - i <= 3 &&
            (s->form[s->info[i].form].gaz & NEWS_GAZ_FIRST) && capitalised(w, i) &&
            !list_phrase(s, i, j, NEWS_GAZ_COMPANY)) {
            uint64_t h = s->form[s->info[j - 1].form].h_form;
            for (unsigned q = 0; q < ns; q++)
                if (sur[q] == h) {
                    label_span(tg, i, j, NEWS_PER);
                    break;
                }
        }
        i = j;
    }
}

/* The first token from i on that is a candidate or labelled, or about it (post_rules
 * passes the others at once: no rule of its loop looks at an O token that is no
 * candidate). */
static size_t past_plain(const NewsTagger *tg, size_t i, size_t n) {
    if (i >= n) return i;
    size_t c = tg->feat.next_cand[i], o = past_o(tg->labels, i, n);
    return c < o ? c : o;
}

/* Members of the two US parties, which the tagger reads as people after "a". */
static const Word party_members[] = {W("Democrat"), W("Democrats"), W("Republican"),
                                     W("Republicans"), {0, 0}};

static void post_rules(NewsWork *w, NewsTagger *tg) {
    FullNames full = {0};
    size_t n = w->tok.n;
    const NewsFeatScratch *s = &tg->feat;
    for (size_t i = past_plain(tg, 0, n); i < n; i = past_plain(tg, i + 1, n)) {
        if (tg->labels[i] != NEWS_LABEL_O && lower_modifier(w, tg, i)) {
            /* "far-right" of "far-right National Rally", "state-owned" of "state-owned
             * Gazprom Neft": a modifier, which opens no name */
            tg->labels[i] = NEWS_LABEL_O;
            tg->labels[i + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(tg->labels[i + 1]));
        }
        if (lower_tail(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_O; /* "Helsby" + "by-election" */
            continue;
        }
        if (!s->info[i].cand) continue; /* O, and no capital letter */
        if (tg->labels[i] == NEWS_LABEL_O && i > 0 && !s->info[i].first_word &&
            (word_is(w, i, "Lords") || word_is(w, i, "Legislature")) &&
            (word_is_the(w, i - 1) || word_is(w, i - 1, "a"))) {
            label_span(tg, i, i + 1, NEWS_ORG); /* "returns to the Lords", the chamber */
            continue;
        }
        if (tg->labels[i] != NEWS_LABEL_B(NEWS_PER) && !NEWS_LABEL_INSIDE(tg->labels[i])) {
            /* a state's or a province's premier, governor or member: "by Queensland Premier
             * David Crisafulli" (left out), "NSW Premier Chris Minns" (a MISC), "Ohio Rep.
             * Tom Baxter" */
            static const Word state_titles[] = {W("Gov."), W("Rep."), W("Sen."), W("Premier"),
                                                W("Senator"), W("Governor"), {0, 0}};
            size_t e = i;
            while (e < n && e - i < 3 && w->tok.v[e].sentence == w->tok.v[i].sentence &&
                   (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) && !word_in(w, e, state_titles))
                e++;
            if (e > i && e + 1 < n && word_in(w, e, state_titles) &&
                tg->labels[e + 1] == NEWS_LABEL_B(NEWS_PER) && is_place_phrase(s, i, e) &&
                (tg->labels[i] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(tg->labels[e]))) {
                label_span(tg, i, e, NEWS_LOC);
                tg->labels[e] = NEWS_LABEL_O;
                i = e;
                continue;
            }
        }
        if (tg->labels[i] == NEWS_LABEL_B(NEWS_PER)) {
            /* a town the tagger read as a person, before its mayor's or governor's title
             * and name: "Kelsborough Mayor Tim Oduya" (s29) */
            size_t j = i + 1;
            while (j < n && tg->labels[j] == NEWS_LABEL_I(NEWS_PER)) j++;
            if (j + 1 < n && tg->labels[j] == NEWS_LABEL_O && place_title(w, j) &&
                tg->labels[j + 1] == NEWS_LABEL_B(NEWS_PER) &&
                w->tok.v[j + 1].sentence == w->tok.v[i].sentence) {
                label_span(tg, i, j, NEWS_LOC);
                i = j;
                continue;
            }
        }
        if (tg->labels[i] != NEWS_LABEL_O && tg->labels[i] != NEWS_LABEL_B(NEWS_PER) &&
            !NEWS_LABEL_INSIDE(tg->labels[i])) {
            unsigned y = tg->labels[i];
            size_t j = i + 1;
            while (j < n && tg->labels[j] == y + 1) j++;
            size_t k = j - i > 1 ? place_title_at(w, i, j) : 0;
            if (k) { /* "Kansas City" + "Mayor" + "Quinton Lucas" */
                label_span(tg, i, k, NEWS_LOC);
                tg->labels[k] = NEWS_LABEL_O;
                if (k + 1 < j) label_span(tg, k + 1, j, NEWS_PER);
                i = j - 1;
                continue;
            }
            if (y == NEWS_LABEL_B(NEWS_ORG) && j + 1 < n && place_title(w, j) &&
                w->tok.v[j].sentence == w->tok.v[i].sentence && is_place_phrase(s, i, j)) {
                label_span(tg, i, j, NEWS_LOC); /* "Texas" ORG before "Governor" */
                i = j - 1;
                continue;
            }
            size_t pf = y == NEWS_LABEL_B(NEWS_ORG) ? place_portfolio(w, tg, i, j) : 0;
            if (pf) { /* "Sindh" + "Irrigation" + "Minister": a place, then the portfolio */
                label_span(tg, i, pf, NEWS_LOC);
                memset(tg->labels + pf, NEWS_LABEL_O, j - pf);
                i = j - 1;
                continue;
            }
        }
        if (tg->labels[i] != NEWS_LABEL_O && !NEWS_LABEL_INSIDE(tg->labels[i])) {
            size_t j = state_chamber_end(w, tg, i);
            if (j) {
                label_span(tg, i, j, NEWS_ORG); /* "the South Dakota Legislature" */
                i = j - 1;
                continue;
            }
            j = i + 1;
            while (j < n && NEWS_LABEL_INSIDE(tg->labels[j])) j++;
            if (j - i > 1 && NEWS_LABEL_TYPE(tg->labels[i]) != NEWS_MISC &&
                (policy_name(w, i, j) ||
                 (NEWS_LABEL_TYPE(tg->labels[i]) != NEWS_PER && !s->info[i].headline &&
                  (law_end(w, j - 1) || word_is(w, j - 1, "Act") ||
                   word_is(w, j - 1, "Agreement"))))) {
                label_span(tg, i, j, NEWS_MISC); /* "Common Agricultural Policy", "General Data
                                                  * Protection Regulation", before their
                                                  * initials take their type */
                i = j - 1;
                continue;
            }
        }
        size_t country = democratic_republic_end(w, tg, i);
        if (country) {
            size_t b = i > 0 && word_is_the(w, i - 1) ? i - 1 : i, a = b - 1;
            if (b > 1 && word_is(w, a, "of") &&
                (tg->labels[a] == NEWS_LABEL_I(NEWS_ORG) ||
                 (tg->labels[a] == NEWS_LABEL_O &&
                  NEWS_LABEL_TYPE(tg->labels[a - 1]) == NEWS_ORG &&
                  tg->labels[a - 1] != NEWS_LABEL_O && org_head(w, a - 1)))) {
                /* the tagger's "Central Bank" may end before "of" */
                if (tg->labels[a] == NEWS_LABEL_O) a--;
                while (a > 0 && NEWS_LABEL_INSIDE(tg->labels[a])) a--;
                label_span(tg, a, country, NEWS_ORG); /* "Central Bank of the ..." */
            } else {
                label_span(tg, i, country, NEWS_LOC); /* "Democratic Republic of Congo" */
            }
            i = country - 1;
            continue;
        }
        if (place_compound(w, tg, i) || relation_compound(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_B(NEWS_MISC); /* "Iran-backed", alone */
            tg->margin[i] = RULE_MARGIN;
            if (i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1])) {
                /* the rest a name of its own, but a thing's letters ("AI chip designer");
                 * a company, where the tagger read the whole as a MISC ("Atlanta-based
                 * Delta"), but a nationality ("Tokyo-based North Korean officials") */
                size_t e = i + 2;
                while (e < n && NEWS_LABEL_INSIDE(tg->labels[e])) e++;
                unsigned type = NEWS_LABEL_TYPE(tg->labels[i + 1]);
                if (type == NEWS_MISC && !nationality_like(w, e - 1) &&
                    !(w->tok.v[e - 1].flags & NEWS_TF_HYPHEN))
                    type = NEWS_ORG;
                if (e == i + 2 && common_acronym(w, i + 1))
                    tg->labels[i + 1] = NEWS_LABEL_O;
                else
                    label_span(tg, i + 1, e, (int)type);
            }
            continue;
        }
        if (initials_compound(w, i)) {
            tg->labels[i] = NEWS_LABEL_B(NEWS_MISC); /* "U.S.-backed", alone */
            if (i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1]))
                tg->labels[i + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(tg->labels[i + 1]));
            continue;
        }
        unsigned y = tg->labels[i];
        if (y != NEWS_LABEL_O && !NEWS_LABEL_INSIDE(y) && i + 3 < n &&
            tg->labels[i + 1] == y + 1 && tg->labels[i + 2] == y + 1) {
            size_t j = i + 3;
            while (j < n && tg->labels[j] == y + 1) j++;
            size_t c = inner_possessive(w, tg, i, j);
            if (c) { /* "Cardiff University" + "'s" + "Wales Governance Centre" */
                label_span(tg, i, c, NEWS_ORG);
                tg->labels[c] = NEWS_LABEL_O;
                label_span(tg, c + 1, j, (int)NEWS_LABEL_TYPE(y));
                y = tg->labels[i];
            }
        }
        if (!NEWS_LABEL_INSIDE(y) && party_adjective(w, tg, i)) {
            label_span(tg, i, i + 2, NEWS_ORG); /* "Liberal" + "Democrat": the party */
            i++;
            continue;
        }
        if (y != NEWS_LABEL_O && i >= 3 && i + 1 < n && punct_is(w, i + 1, '>') &&
            punct_is(w, i - 1, '.') && punct_is(w, i - 3, '<')) {
            tg->labels[i] = NEWS_LABEL_O; /* a ticker's exchange: "<HWHH.HK>" */
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_LOC) && i > 0 && word_is(w, i, "US") &&
            word_is(w, i - 1, "LET") && !(i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1]))) {
            tg->labels[i] = NEWS_LABEL_O; /* a headline in capitals: "LET US PRAY" */
            continue;
        }
        if (y != NEWS_LABEL_O && headline_label(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_O;
            continue;
        }
        if (numbered_law(w, i)) {
            label_span(tg, i, i + 2, NEWS_MISC); /* "the law known as Bill 21" */
            i++;
            continue;
        }
        size_t feature = NEWS_LABEL_INSIDE(y) ? 0 : feature_place_end(w, i);
        if (feature) { /* "Firth of Forth" (read as a body), "Isle of May" (a month) */
            label_span(tg, i, feature, NEWS_LOC);
            i = feature - 1;
            continue;
        }
        size_t channel = NEWS_LABEL_INSIDE(y) ? 0 : channel_end(w, i);
        if (channel) { /* "BBC Two", "Channel 4 News" */
            size_t end = i + 1; /* the tagger's name, which may run on */
            if (y != NEWS_LABEL_O)
                while (end < n && tg->labels[end] == y + 1) end++;
            label_span(tg, i, end > channel ? end : channel, NEWS_ORG);
            i = (end > channel ? end : channel) - 1;
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_PER) && i > 0 && !capitalised(w, i) &&
            name_particle(w, i) && tg->labels[i - 1] == NEWS_LABEL_O &&
            !capitalised(w, i - 1) && name_particle(w, i - 1) &&
            w->tok.v[i - 1].sentence == w->tok.v[i].sentence) {
            size_t j = i + 1; /* "von" + "der Leyen": the surname begun at its second particle */
            while (j < n && tg->labels[j] == y + 1) j++;
            label_span(tg, i - 1, j, NEWS_PER);
            i = j - 1;
            continue;
        }
        if (y != NEWS_LABEL_B(NEWS_PER) && !NEWS_LABEL_INSIDE(y)) {
            size_t j = i + 1;
            if (y != NEWS_LABEL_O)
                while (j < n && tg->labels[j] == y + 1) j++;
            size_t e = y != NEWS_LABEL_O ? son_name_end(w, tg, i, j) : 0;
            if (e) {
                label_span(tg, i, e, NEWS_PER); /* "Sion" + "ap" + "Rhys" */
                i = e - 1;
                continue;
            }
            if ((j - i <= 2 && leader_possessive(w, tg, i, j)) || /* "Rajoy's Popular Party" */
                (y != NEWS_LABEL_O && particle_person(w, tg, i, j)) || /* "Marine Le Pen told" */
                ((y == NEWS_LABEL_B(NEWS_ORG) || y == NEWS_LABEL_B(NEWS_MISC)) &&
                 listed_full_name(w, tg, i, j))) { /* "Volodymyr Zelensky" */
                label_span(tg, i, j, NEWS_PER);
                i = j - 1;
                continue;
            }
        }
        if (y == NEWS_LABEL_B(NEWS_MISC) && i + 1 < n && tg->labels[i + 1] == NEWS_LABEL_O &&
            capitalised(w, i) && (s->form[s->info[i].form].gaz & NEWS_GAZ_FIRST)) {
            /* "Erik" + "ten" + "Hag": a first name on a list the tagger read as a MISC,
             * particles in lower case and a person or a word it left out are one person */
            size_t e = particle_join(w, tg, i + 1);
            if (e && (tg->labels[e - 1] == NEWS_LABEL_O ||
                      NEWS_LABEL_TYPE(tg->labels[e - 1]) == NEWS_PER)) {
                label_span(tg, i, e, NEWS_PER);
                i = e - 1;
                continue;
            }
        }
        if (y == NEWS_LABEL_B(NEWS_PER)) {
            size_t j = i + 1;
            while (j < n && tg->labels[j] == NEWS_LABEL_I(NEWS_PER)) j++;
            if (j - i <= 2 && word_in(w, j - 1, party_members)) {
                /* "a Democrat who represents", "a Bronx Democrat": a party's member is a
                 * MISC (CoNLL-2003: 56 of 56 alone), the place before it a place */
                if (j - i == 2) label_span(tg, i, i + 1, NEWS_LOC);
                label_span(tg, j - 1, j, NEWS_MISC);
                i = j - 1;
                continue;
            }
            if (unnamed_place(w, tg, i, j) && !in_full_name(w, tg, j - 1, &full)) {
                label_span(tg, i, j, NEWS_LOC); /* "a ceremony in Muara Baru" */
                i = j - 1;
                continue;
            }
        }
        if (y == NEWS_LABEL_B(NEWS_PER) && !(i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1]))) {
            /* a person of one word: "CoreLogic's research director", "Meta said Threads had" */
            if (camel_company(w, i) ||
                (ordinary_word_person(w, tg, i) && !in_full_name(w, tg, i, &full))) {
                label_span(tg, i, i + 1, NEWS_ORG);
                continue;
            }
            if (abstract_noun(w, tg, i)) {
                tg->labels[i] = NEWS_LABEL_O; /* "Affordability is stretched everywhere" */
                continue;
            }
        }
        size_t both = (y == NEWS_LABEL_B(NEWS_LOC) || y == NEWS_LABEL_B(NEWS_ORG) ||
                       y == NEWS_LABEL_B(NEWS_MISC))
                          ? two_places_org(w, tg, i)
                          : 0;
        if (both) {
            label_span(tg, i, both, NEWS_ORG); /* "Avon and Somerset Police" */
            i = both - 1;
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_ORG) && i + 1 < n && nation_branch(w, tg, i)) {
            label_span(tg, i, i + 2, NEWS_ORG); /* "NHS England", "BBC Scotland" */
            i++;
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_PER) || y == NEWS_LABEL_B(NEWS_ORG) ||
            y == NEWS_LABEL_B(NEWS_LOC)) {
            size_t j = i + 1;
            while (j < n && tg->labels[j] == y + 1) j++;
            size_t e = y == NEWS_LABEL_B(NEWS_PER) && j - i > 1 && !capitalised(w, j - 1) &&
                        name_particle(w, j - 1)
                    ? particle_tail(w, tg, j)
                    : 0;
            if (e) {
                label_span(tg, i, e, NEWS_PER); /* "Claire de" + "Villiers" */
                i = e - 1;
                continue;
            }
            e = particle_join(w, tg, j);
            if (e) { /* "Mohammed" + "bin" + "Salman"; "Mato Grosso" + "do" + "Sul", a place;
                      * "Rio Grande" + "do" + "Sul", two places the tagger read */
                label_span(tg, i, e, is_place_phrase(s, i, e) ? NEWS_LOC : (int)NEWS_LABEL_TYPE(y));
                i = e - 1;
                continue;
            }
            size_t k = y != NEWS_LABEL_B(NEWS_PER) && j + 1 < n &&
                               (w->tok.v[j].byte_len == 2 || w->tok.v[j].byte_len == 3)
                           ? for_name_end(w, tg, i, j)
                           : 0;
            if (k) {
                label_span(tg, i, k, NEWS_ORG); /* "Africa Centres for Disease Control" */
                i = k - 1;
                continue;
            }
            k = y == NEWS_LABEL_B(NEWS_ORG) ? and_name_end(w, tg, i, j) : 0;
            if (k) {
                label_span(tg, i, k, NEWS_ORG); /* "... of Hygiene and Tropical Medicine" */
                for (size_t q = j; q < k; q++) tg->margin[q] = tg->margin[i];
                i = k - 1;
                continue;
            }
            static const Word letters[] = {W("KC"),  W("MP"),  W("QC"),  W("SC"),  W("TD"),
                                           W("CBE"), W("DBE"), W("FRS"), W("KBE"), W("MBE"),
                                           W("MEP"), W("MLA"), W("MSP"), W("OBE"), {0, 0}};
            if (j >= i + 3 && word_in(w, j - 1, letters) &&
                (y == NEWS_LABEL_B(NEWS_PER) ||
                 (s->form[s->info[i].form].gaz & NEWS_GAZ_FIRST))) {
                /* "Helen Marsh KC", Ireland's "Michael Byrne SC", "Tom McCabe MSP", "Jane
                 * Doe OBE": letters after a name, a barrister's, a member's or an honour's,
                 * are no part of it */
                label_span(tg, i, j - 1, NEWS_PER);
                tg->labels[j - 1] = NEWS_LABEL_O;
                i = j - 1;
                continue;
            }
        }
        unsigned alone = !NEWS_LABEL_INSIDE(y) &&
                                 !(i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1]))
                             ? name_alone(w, tg, i)
                             : 0;
        if (alone) {
            /* "Trump is expected to ...", "Ozempic is prescribed ...", "Harvard sued ..." */
            tg->labels[i] = (uint8_t)alone;
            tg->margin[i] = RULE_MARGIN;
            continue;
        }
        if (y != NEWS_LABEL_B(NEWS_LOC) && !NEWS_LABEL_INSIDE(y) &&
            !(i + 1 < n && NEWS_LABEL_INSIDE(tg->labels[i + 1])) && place_before_noun(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_B(NEWS_LOC); /* "Odesa governor Oleh Kiper" */
            tg->margin[i] = RULE_MARGIN;
            continue;
        }
        if (y == NEWS_LABEL_O) {
            const NewsToken *t = &w->tok.v[i];
            if (!(t->flags & NEWS_TF_UPPER_INIT) && camel_case(w, i) &&
                model_end(w, tg, i, i + 1)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_MISC); /* "iPhone 16": works_pass spreads it */
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            unsigned camel = !(t->flags & NEWS_TF_UPPER_INIT) ? camel_name(w, i) : 0;
            if (camel) {
                tg->labels[i] = (uint8_t)camel; /* "sold on eBay", "users of iPad" */
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            /* the initials of the planets' names: E J M N P S U V */
            const uint32_t planet_initials = 0x34B210u;
            uint8_t c0 = w->text[t->byte_start];
            if (t->byte_len >= 4 && t->byte_len <= 7 && c0 >= 'A' && c0 <= 'Z' &&
                ((planet_initials >> (c0 - 'A')) & 1) && i > 0 && !s->info[i].first_word &&
                w->tok.v[i - 1].sentence == t->sentence &&
                (w->tok.v[i - 1].flags & NEWS_TF_WORD) &&
                !(w->tok.v[i - 1].flags & NEWS_TF_UPPER_INIT) && planet(w, i)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC); /* "rocks on Mars", "life on Earth" */
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            if (english_region(w, tg, i, NEWS_LOC) &&
                !(i + 1 < n && w->tok.v[i + 1].sentence == t->sentence &&
                  (w->tok.v[i + 1].flags & NEWS_TF_UPPER_INIT))) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC); /* "Piedmont produces ..." */
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            if (w->text[t->byte_start + t->byte_len - 1] == '.' && state_after_place(w, tg, i)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC);
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            if (unseen_person(w, tg, i)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_PER); /* "Macron said" */
                tg->margin[i] = RULE_MARGIN;
                continue;
            }
            if (i + 1 < n && word_is(w, i, "Serie") && w->tok.v[i + 1].sentence == t->sentence &&
                (word_is(w, i + 1, "A") || word_is(w, i + 1, "B"))) {
                label_span(tg, i, i + 2, NEWS_MISC); /* "Serie A", Italy's league */
                i++;
                continue;
            }
            if (i + 1 < n && (t->flags & NEWS_TF_ALL_UPPER) && t->byte_len > 1 &&
                nation_branch(w, tg, i)) {
                label_span(tg, i, i + 2, NEWS_ORG); /* "NHS England, which is being ..." */
                i++;
                continue;
            }
            if (word_is(w, i, "Dal") && i > 0 && party_faction(w, i + 1)) {
                size_t f = i; /* "The Janata Dal (United) won", all left out */
                while (f > 0 && tg->labels[f - 1] == NEWS_LABEL_O && capitalised(w, f - 1) &&
                       w->tok.v[f - 1].sentence == t->sentence && !word_is_the(w, f - 1))
                    f--;
                if (f < i) { /* the faction joins it with the tagger's names, later */
                    label_span(tg, f, i + 1, NEWS_ORG);
                    continue;
                }
            }
            size_t k = head_of_place_end(w, tg, i);
            if (k) {
                size_t f = i; /* "The Supreme Court of Cyprus": its capitalised words before */
                while (f > 0 && tg->labels[f - 1] == NEWS_LABEL_O && capitalised(w, f - 1) &&
                       w->tok.v[f - 1].sentence == t->sentence && !s->info[f - 1].first_word)
                    f--;
                label_span(tg, f, k, NEWS_ORG); /* "Bank of England Governor Andrew Bailey" */
                i = k - 1;
                continue;
            }
            k = department_end(w, tg, i);
            if (k) {
                label_span(tg, i, k, NEWS_ORG); /* "A Department for Transport spokeswoman" */
                i = k - 1;
                continue;
            }
            k = i + 1 < n && w->tok.v[i + 1].byte_len == 3 && capitalised(w, i) &&
                        !s->info[i].first_word && word_is(w, i + 1, "for")
                    ? for_name_end(w, tg, i, i + 1)
                    : 0;
            if (k) {
                label_span(tg, i, k, NEWS_ORG); /* "Alternative" + "for" + "Germany" */
                i = k - 1;
                continue;
            }
            /* look at the bytes only for two or three capitals */
            if ((t->byte_len != 2 && t->byte_len != 3) || w->text[t->byte_start] != 'U' ||
                s->info[i].headline)
                continue;
            if (word_is(w, i, "US") || word_is(w, i, "UK") || word_is(w, i, "USA")) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC);
                tg->margin[i] = RULE_MARGIN;
            }
            continue;
        }
        if (y != NEWS_LABEL_B(NEWS_PER) && !NEWS_LABEL_INSIDE(y) &&
            (i + 1 >= n || tg->labels[i + 1] != y + 1) && administration_of(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_B(NEWS_PER);
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_MISC) && unseen_person(w, tg, i)) {
            tg->labels[i] = NEWS_LABEL_B(NEWS_PER); /* "Biden spoke in Berlin" */
            tg->margin[i] = RULE_MARGIN;
            continue;
        }
        if (y == NEWS_LABEL_B(NEWS_MISC) && (i + 1 >= n || tg->labels[i + 1] != y + 1) &&
            capitalised(w, i)) {
            uint32_t g = tg->feat.form[tg->feat.info[i].form].gaz;
            const uint32_t other = NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY |
                                   NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COMMON;
            if ((g & NEWS_GAZ_COMPANY) && !(g & other) &&
                (((g & NEWS_GAZ_AUTO) >> NEWS_GAZ_AUTO_SHIFT) == 1 + NEWS_ORG ||
                 !(g & (NEWS_GAZ_AUTO | NEWS_GAZ_PROPER))) &&
                !(i + 1 < n && w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
                  (w->tok.v[i + 1].flags & (NEWS_TF_DIGIT | NEWS_TF_UPPER_INIT))))
                tg->labels[i] = NEWS_LABEL_B(NEWS_ORG);
            else if ((g & NEWS_GAZ_COMPANY) &&
                     !(g & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
                     !(i > 0 && word_is_the(w, i - 1)) && company_verb(w, i))
                tg->labels[i] = NEWS_LABEL_B(NEWS_ORG);
            else if (company_staff(w, tg, i))
                tg->labels[i] = NEWS_LABEL_B(NEWS_ORG); /* "summoned Nvidia representatives" */
            continue;
        }
        if ((y == NEWS_LABEL_B(NEWS_LOC) || y == NEWS_LABEL_B(NEWS_PER)) &&
            (i + 1 >= n || tg->labels[i + 1] != y + 1)) {
            uint32_t g = tg->feat.form[tg->feat.info[i].form].gaz;
            uint32_t other = y == NEWS_LABEL_B(NEWS_LOC)
                                 ? NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY
                                 : NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME;
            if (((g & NEWS_GAZ_COMPANY) && !(g & other)) || party_alone(w, i) ||
                (!(g & other) && body_noun_after(w, i)))
                tg->labels[i] = NEWS_LABEL_B(NEWS_ORG);
            continue;
        }
        if (NEWS_LABEL_TYPE(y) != NEWS_PER) {
            size_t j = i + 1;
            while (j < n && tg->labels[j] == y + 1) j++;
            if (j == i + 1 && y != NEWS_LABEL_B(NEWS_LOC) && region_after_place(w, tg, i)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC); /* "Guildford, Surrey" */
                continue;
            }
            if (j == i + 1 && y == NEWS_LABEL_B(NEWS_ORG) && place_after_in(w, tg, i)) {
                tg->labels[i] = NEWS_LABEL_B(NEWS_LOC); /* "police in Leicestershire" */
                continue;
            }
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
    body_names(w, tg);
    place_lists(w, tg);
    number_words(w, tg);
    tagger_slips(w, tg);
    honorific_names(w, tg);
}

/* The length of the number that starts at byte `from` of token k: digits with "," or "."
 * between them ("3,000", "1.5"); 0 if none starts there. */
static size_t number_len_at(const NewsWork *w, size_t k, size_t from) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t m = from;
    while (m < t->byte_len &&
           ((z[m] >= '0' && z[m] <= '9') ||
            (m > from && (z[m] == ',' || z[m] == '.') && m + 1 < t->byte_len &&
             z[m + 1] >= '0' && z[m + 1] <= '9')))
        m++;
    return m - from;
}

static size_t number_len(const NewsWork *w, size_t k) { return number_len_at(w, k, 0); }

/* Whether token k is a year of four digits from 1000 to 2999 ("Fraud Act 2006"). */
static int year_at(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    uint8_t c = w->text[t->byte_start];
    return t->byte_len == 4 && number_len(w, k) == 4 && (c == '1' || c == '2');
}

/* Whether token k is an amount after a currency's letters, its magnitude glued on:
 * "R6-billion" (South Africa's rand), "Rs350bn", "N1.5bn", "KSh2m" (s28); not "A380", "G7",
 * "M25". */
static int amount_word(const NewsWork *w, size_t k) {
    static const char *const scales[] = {"m", "k", "bn", "tn", "-million", "-billion",
                                         "-trillion", 0};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t p = 0;
    while (p < t->byte_len && p < 3 && ((z[p] | 0x20) >= 'a' && (z[p] | 0x20) <= 'z')) p++;
    if (p == 0 || z[0] < 'A' || z[0] > 'Z') return 0;
    size_t m = number_len_at(w, k, p);
    if (!m) return 0;
    for (const char *const *x = scales; *x; x++)
        if (strlen(*x) == t->byte_len - p - m && !memcmp(z + p + m, *x, strlen(*x))) return 1;
    return 0;
}

/* Stock exchanges by their letters, sorted by length. */
static const Word exchanges[] = {W("JSE"), W("LSE"), W("NSE"), W("SGX"), W("TSX"),
                                 W("NYSE"), {0, 0}};

/* Nouns for one person of a nation that are no adjective ("a Dane", "the Swede"), sorted
 * by length. */
static const Word demonym_nouns[] = {W("Dane"), W("Finn"), W("Pole"), W("Scot"), W("Turk"),
                                     W("Swede"), W("Briton"), {0, 0}};

/* Whether token k is a fiscal year, "FY27" or "FY2026". */
static int fiscal_year(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    return (t->byte_len == 4 || t->byte_len == 6) && z[0] == 'F' && z[1] == 'Y' &&
           number_len_at(w, k, 2) == t->byte_len - 2;
}

/* North American leagues by their letters, sorted by length. */
static const Word leagues[] = {W("MLB"), W("MLS"), W("NBA"), W("NFL"), W("NHL"), W("NCAA"),
                               W("WNBA"), {0, 0}};

/* Time zones after a time ("13:40 CET"), sorted by length; not "GMT", a MISC in
 * CoNLL-2003 (53 of 53), where "EDT" is no name (5 of 5). */
static const Word time_zones[] = {W("ET"),  W("PT"),  W("BST"), W("CET"), W("EDT"), W("EST"),
                                  W("IST"), W("JST"), W("PDT"), W("PST"), W("UTC"), W("CEST"),
                                  W("AEDT"), W("AEST"), {0, 0}};

/* Prepositions of place before a name ("at Rutland Water"), sorted by length. */
static const Word place_preps[] = {W("at"), W("in"), W("on"), W("near"), W("around"), {0, 0}};

/* Titles of teachers of a subject, before "in" or "of" and the subject ("Senior Lecturer
 * in Epidemiology", "Professor of Economics"). */
static const Word academic_titles[] = {W("Reader"), W("Fellow"), W("Lecturer"),
                                       W("Professor"), {0, 0}};

/* Whether the one-word name at token k, capitalised, names nothing (s28): a subject after a
 * teacher's title ("Senior Lecturer in Epidemiology"), the rite of Mass ("celebrate Mass",
 * "go to Mass."; not Massachusetts after a town and a comma), a time's zone ("13:40 CET"),
 * "the Centre" (India's and Pakistan's federal government; "at the Center"), a fiscal year
 * ("FY27") or a funding round ("a Series C round"). */
static int word_no_name(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = w->tok.v;
    if (k > 1 && (word_is(w, k - 1, "in") || word_is(w, k - 1, "of")) &&
        word_in(w, k - 2, academic_titles))
        return 1;
    if (word_is(w, k, "Mass") || word_is(w, k, "Mass."))
        return !(k > 1 && punct_is(w, k - 1, ','));
    if (k > 0 && (t[k - 1].flags & NEWS_TF_DIGIT) && word_in(w, k, time_zones)) return 1;
    if (word_is(w, k, "Centre") || word_is(w, k, "Center"))
        return (k > 0 && word_is_the(w, k - 1)) || tg->feat.info[k].headline;
    if (word_is(w, k, "Series"))
        return k + 1 < w->tok.n && t[k + 1].byte_len == 1 && (t[k + 1].flags & NEWS_TF_ALL_UPPER);
    return fiscal_year(w, k);
}

/* Whether the capitalised words [first, end) are half of a portfolio joined by "and" before
 * a minister's or a secretary's title ("Water and Sanitation Minister", "Health and Social
 * Care Secretary"; not "Tessa Jowell and Deputy Prime Minister John Prescott"): the title's
 * words, no name. */
static int portfolio_words(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word offices[] = {W("Minister"), W("Secretary"), W("Commissioner"), {0, 0}};
    const NewsToken *t = w->tok.v;
    size_t n = w->tok.n;
    uint32_t sent = t[first].sentence;
    if (nationality_like(w, first) || list_phrase(&tg->feat, first, end, NEWS_GAZ_COUNTRY))
        return 0; /* "Li Qiang and British Prime Minister Keir Starmer" */
    for (size_t m = first; m < end; m++)
        if (!capitalised(w, m)) return 0; /* "Javier Milei and US Secretary of State" */
    size_t k = end; /* "Health and" + "Social" + "Care Secretary" */
    while (k < n && k < end + 2 && t[k].sentence == sent && capitalised(w, k) &&
           !word_in(w, k, offices) && !title_of(tg, k))
        k++;
    if (k < n && t[k].sentence == sent && word_in(w, k, offices))
        return first > 1 && word_is(w, first - 1, "and") && capitalised(w, first - 2) &&
               tg->labels[first - 2] == NEWS_LABEL_O; /* not "Shultz and Soviet Foreign
                                                       * Minister" */
    if (end + 2 >= n || !word_is(w, end, "and") || title_of(tg, end + 1) ||
        tg->labels[end + 1] != NEWS_LABEL_O) /* not "in Cardiff and Northern Ireland
                                               * Minister John Spellar" */
        return 0;
    for (k = end + 1; k < n && k < end + 4 && t[k].sentence == sent && capitalised(w, k); k++)
        if (k > end + 1 && word_in(w, k, offices)) return 1;
    return 0;
}

/* Whether token k names followers of a leader or a creed, "-ist" or "-ists" ("Peronist",
 * "Gaullists"; MISC in CoNLL-2003 but once), not a surname ("Enqvist", "McCoist") nor a
 * word on the lists of names and places. */
static int follower_word(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len - (t->byte_len > 0 && z[t->byte_len - 1] == 's');
    if (n < 7 || !capitalised(w, k) || memcmp(z + n - 3, "ist", 3) != 0 ||
        z[n - 4] == 'v' || z[n - 4] == 'u' || z[n - 4] == 'o')
        return 0;
    uint32_t g = tg->feat.form[tg->feat.info[k].form].gaz;
    return !(g & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_CITY |
                  NEWS_GAZ_REGION));
}

/* Numbers the tagger took into names: a count before a people's name is no part of it
 * ("Ten Britons", a MISC of two words to the tagger), a quantity alone ("1.5C", "70MB",
 * "8Mbps", "8AM") is no name, a number before a name is no part of it ("3,000 Caribs",
 * "1986 Bank of America"), nor a score after one ("beat the Bills 27-24"); "3M",
 * "7-Eleven", "1st Source Bank", "777-200LR" and "96th Brigade" stay. */
static void number_words(const NewsWork *w, NewsTagger *tg) {
    static const Word units[] = {W("C"),   W("F"),   W("K"),   W("m"),   W("AM"),
                                 W("GB"),  W("KB"),  W("MB"),  W("PM"),  W("TB"),
                                 W("am"),  W("bn"),  W("km"),  W("pm"),  W("GHz"),
                                 W("MHz"), W("kph"), W("mph"), W("Gbps"), W("Mbps"),
                                 W("kbps"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (lab[i] == NEWS_LABEL_B(NEWS_MISC) && i + 1 < n &&
            lab[i + 1] == NEWS_LABEL_I(NEWS_MISC) &&
            !(i + 2 < n && lab[i + 2] == NEWS_LABEL_I(NEWS_MISC)) && word_in(w, i, counts)) {
            uint32_t g = tg->feat.form[tg->feat.info[i + 1].form].gaz;
            if ((g & NEWS_GAZ_PROPER) && !(g & NEWS_GAZ_COMMON)) {
                lab[i] = NEWS_LABEL_O; /* "Ten Britons": a count of the people */
                lab[i + 1] = NEWS_LABEL_B(NEWS_MISC);
                continue;
            }
        }
        if (lab[i] == NEWS_LABEL_O || !(w->tok.v[i].flags & NEWS_TF_DIGIT)) continue;
        const NewsToken *t = &w->tok.v[i];
        size_t m = number_len(w, i);
        if (NEWS_LABEL_INSIDE(lab[i])) { /* a score after a team: "beat the Bills 27-24" */
            if (m && m + 2 <= t->byte_len && w->text[t->byte_start + m] == '-' &&
                number_len_at(w, i, m + 1) == t->byte_len - m - 1 &&
                !(i + 1 < n && lab[i + 1] == lab[i]))
                lab[i] = NEWS_LABEL_O;
            continue;
        }
        if (!m) continue;
        if (m == t->byte_len) { /* a number, then the name */
            if (i + 1 < n && lab[i + 1] == lab[i] + 1 && capitalised(w, i + 1)) {
                lab[i] = NEWS_LABEL_O;
                lab[i + 1] = (uint8_t)(lab[i + 1] - 1);
            }
            continue;
        }
        const uint8_t *z = w->text + t->byte_start + m;
        size_t u = t->byte_len - m;
        if (i + 1 < n && lab[i + 1] == lab[i] + 1) continue;
        for (const Word *x = units; x->z; x++)
            if (x->n == u && !memcmp(x->z, z, u)) {
                lab[i] = NEWS_LABEL_O;
                break;
            }
    }
}

/* Whether token k, a word with a hyphen, opens with an ordinary word that the unlabelled
 * news writes in lower case and has no capital after it ("Far-right", "State-owned",
 * "Forty-two", "Anti-abortion"), not a name or an adjective of one ("Paris-based",
 * "Oscar-winning", "Irish-based", "Al-Chalabi", "Karbala-8", "Safety-Kleen"). */
static int ordinary_first_part(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    const NewsLexEntry *v;
    size_t p = hyphen_head(w, tg, k, &v);
    if (!p) return 0;
    for (size_t b = p + 1; b < t->byte_len; b++) /* "Safety-Kleen", "Half-Life": names */
        if ((z[b] >= 'A' && z[b] <= 'Z') || z[b] >= 0x80) return 0;
    unsigned c = news_lex_case(v);
    return v && (v->a & NEWS_GAZ_COMMON) && (c == NEWS_CASE_LOWER || c == NEWS_CASE_MOSTLY_LOWER);
}

/* Whether token i stands in a byline's paragraph, one that opens with "By" at most ten
 * tokens before it. */
static int in_byline(const NewsWork *w, size_t i) {
    for (size_t k = i + 1; k-- > 0 && i - k < 10;)
        if (w->tok.v[k].flags & NEWS_TF_PARA_START) return word_is(w, k, "By");
    return 0;
}

/* Whether tokens [first, end) name a court case, one party "v." another ("Brown v. Board of
 * Education"): a MISC, whatever its last word heads. */
static int case_name(const NewsWork *w, size_t first, size_t end) {
    for (size_t k = first + 1; k + 1 < end; k++)
        if (word_is(w, k, "v.") || word_is(w, k, "vs.")) return 1;
    return 0;
}

/* Slips of the tagger: a name of two words or more that ends as firms' names do ("Republic
 * Records", "Sony Music", "Krome Studios", "Lake Resources", "Rose Partners") is an
 * organisation, where the tagger read a place or a person (a band too: "Roxy Music"), and
 * so is a saint's house the tagger cut at its "'s" ("St Gemma's Hospice"); a name with "v."
 * inside is a case, MISC ("Roe v. Wade"); a desk after a byline's name is no body ("By
 * Faisal Islam, Economics Editor"); a person's home after the age ("Kieran Doyle, 24, of
 * Lawrence Hill", "..., 31, from Pease Pottage") is a place, where the tagger read a person,
 * and so is a name between an "In" or "From" that opens the sentence and a comma ("In Khan
 * Younis, residents ...": in BBC and Reuters-21578 every one is a place); and a word with a
 * hyphen that opens a sentence (or follows a dateline's dash) and opens with an ordinary
 * word ("Far-right leader Marine Le Pen", "State-owned"; not "Paris-based"), or in capitals
 * one that the unlabelled news writes in lower case ("SHORT-TERM RATES ..."), is no name. */
static void tagger_slips(const NewsWork *w, NewsTagger *tg) {
    static const Word firm_ends[] = {W("Music"), W("Records"), W("Studios"), W("Partners"),
                                     W("Pictures"), W("Resources"), {0, 0}};
    static const Word desk_roles[] = {W("Editor"), W("Writer"), W("Reporter"),
                                      W("Columnist"), W("Correspondent"), {0, 0}};
    static const Word saints_places[] = {W("Abbey"), W("Church"), W("School"), W("Academy"),
                                         W("College"), W("Hospice"), W("Primary"),
                                         W("Hospital"), W("Cathedral"), W("Infirmary"),
                                         {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (lab[i] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[i])) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == lab[i] + 1) e++;
        if ((w->tok.v[i].flags & NEWS_TF_HYPHEN) &&
            (tg->feat.info[i].first_word || (i > 0 && punct_is(w, i - 1, '-'))) &&
            ((w->tok.v[i].flags & NEWS_TF_ALL_UPPER) ? lower_word(tg, i)
                                                      : ordinary_first_part(w, tg, i))) {
            if (e > i + 1) lab[i + 1] = lab[i]; /* "Off-colour Gardener storms to win" */
            lab[i] = NEWS_LABEL_O;
            continue;
        }
        if (e > i + 1 && e < n && (word_is(w, e - 1, "v.") || word_is(w, e - 1, "vs.")) &&
            (w->tok.v[e].flags & NEWS_TF_UPPER_INIT) &&
            w->tok.v[e].sentence == w->tok.v[i].sentence) {
            /* the tagger's name ended at "v.": the other party goes on ("Trump v." + "CASA",
             * "Brown v." + "Board of Education") */
            size_t f = e + 1;
            if (lab[e] != NEWS_LABEL_O)
                while (f < n && NEWS_LABEL_INSIDE(lab[f])) f++;
            label_span(tg, i, f, NEWS_MISC);
            i = f - 1;
            continue;
        }
        if (e - i >= 3 && lab[i] != NEWS_LABEL_B(NEWS_MISC)) {
            size_t k = i + 1; /* "Roe v. Wade", "Skycom Corp v. Telstar Corp": a case */
            while (k + 1 < e && !word_is(w, k, "v.") && !word_is(w, k, "v") &&
                   !word_is(w, k, "vs."))
                k++;
            if (k + 1 < e) {
                label_span(tg, i, e, NEWS_MISC);
                i = e - 1;
                continue;
            }
        }
        if (e > i + 1 && word_in(w, e - 1, desk_roles) && i > 2 && punct_is(w, i - 1, ',') &&
            in_byline(w, i)) { /* "By Faisal Islam, Economics Editor": a desk, no body */
            memset(lab + i, NEWS_LABEL_O, e - i);
            i = e - 1;
            continue;
        }
        if (e > i + 1 && e + 1 < n && (w->tok.v[e].flags & NEWS_TF_CLITIC) &&
            (word_is(w, i, "St") || word_is(w, i, "Saint")) && word_in(w, e + 1, saints_places) &&
            !NEWS_LABEL_INSIDE(lab[e + 1])) {
            size_t f = e + 2; /* "St Gemma's Hospice", "St Mary's School for Girls" */
            while (f < n && lab[f] != NEWS_LABEL_O && NEWS_LABEL_INSIDE(lab[f])) f++;
            label_span(tg, i, f, NEWS_ORG);
            i = f - 1;
            continue;
        }
        if (e > i + 1 && (lab[i] == NEWS_LABEL_B(NEWS_PER) || lab[i] == NEWS_LABEL_B(NEWS_LOC)) &&
            word_in(w, e - 1, firm_ends)) {
            label_span(tg, i, e, NEWS_ORG); /* "Republic Records", "Krome Studios" */
            i = e - 1;
            continue;
        }
        if (lab[i] != NEWS_LABEL_B(NEWS_PER)) continue;
        if (i > 0 && tg->feat.info[i - 1].first_word &&
            (word_is(w, i - 1, "In") || word_is(w, i - 1, "From")) && e < n &&
            punct_is(w, e, ',')) {
            label_span(tg, i, e, NEWS_LOC);
            i = e - 1;
            continue;
        }
        if (i < 5) continue;
        uint32_t sent = w->tok.v[i].sentence;
        if ((word_is(w, i - 1, "of") || word_is(w, i - 1, "from")) && punct_is(w, i - 2, ',') &&
            news_tok_digits(w, i - 3, 3) && punct_is(w, i - 4, ',') &&
            w->tok.v[i - 4].sentence == sent && lab[i - 5] != NEWS_LABEL_O &&
            NEWS_LABEL_TYPE(lab[i - 5]) == NEWS_PER)
            label_span(tg, i, e, NEWS_LOC);
        i = e - 1;
    }
}

/* Lists of names that are places: the tagger, which reads each name of a list on its own,
 * takes two-word places it never met for people ("Khanh Hoa, Dak Lak and Gia Lai
 * provinces", "Bakhmut, Chasiv Yar and Kostiantynivka"). A list is two to sixteen
 * mentions in one sentence joined by ",", "and", "or", ", and" or ", or", the last by "and"
 * or "or" ("Smith, Texas" is none). Its people are places when a plural noun of places
 * follows it ("provinces", "states", not "states that"), or when it holds three names or
 * more, most of them places, and the person opens with no first name on the lists; never a
 * possessive ("Sanae Takaichi and Japan's ..."). */
static void place_lists(const NewsWork *w, NewsTagger *tg) {
    static const Word nouns[] = {W("towns"),     W("areas"),     W("states"),
                                 W("cities"),    W("oblasts"),   W("regions"),
                                 W("islands"),   W("counties"),  W("villages"),
                                 W("districts"), W("provinces"), W("countries"),
                                 W("prefectures"), W("governorates"), W("municipalities"),
                                 {0, 0}};
    enum { MAX_LIST = 16 };
    size_t b[MAX_LIST], e[MAX_LIST];
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (lab[i] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[i])) continue;
        uint32_t sent = w->tok.v[i].sentence;
        size_t k = 0, j = i;
        int places = 0, people = 0;
        for (;;) {
            size_t end = j + 1;
            while (end < n && lab[end] == lab[j] + 1) end++;
            b[k] = j, e[k] = end, k++;
            places += NEWS_LABEL_TYPE(lab[j]) == NEWS_LOC;
            people += NEWS_LABEL_TYPE(lab[j]) == NEWS_PER;
            size_t q = end;
            if (q < n && punct_is(w, q, ',')) q++;
            if (q < n && (word_is(w, q, "and") || word_is(w, q, "or"))) q++;
            if (k == MAX_LIST || q == end || q >= n || w->tok.v[q].sentence != sent ||
                lab[q] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[q]))
                break;
            j = q;
        }
        size_t last = e[k - 1];
        /* (the last join is "and" or "or": "Smith, Texas" is no list) */
        if (k >= 2 && people &&
            (word_is(w, b[k - 1] - 1, "and") || word_is(w, b[k - 1] - 1, "or"))) {
            int noun = last < n && w->tok.v[last].sentence == sent && word_in(w, last, nouns) &&
                       !(last + 1 < n && word_is(w, last + 1, "that"));
            int most = k >= 3 && 2 * places > (int)k;
            for (size_t m = 0; m < k; m++)
                if (NEWS_LABEL_TYPE(lab[b[m]]) == NEWS_PER &&
                    !(e[m] < n && (w->tok.v[e[m]].flags & NEWS_TF_CLITIC)) &&
                    (noun || (most && !(tg->feat.form[tg->feat.info[b[m]].form].gaz &
                                        NEWS_GAZ_FIRST))))
                    label_span(tg, b[m], e[m], NEWS_LOC);
        }
        i = last - 1;
    }
}

/* Whether token k is the one-byte or dash token `c` ("(", ")", "-"). In line, as word_is:
 * the rules ask it some 400,000 times per 2 MB of news, and out of line each paid a call. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline int punct_is(const NewsWork *w, size_t k, char c) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (c == '-') /* hyphen, en dash, em dash */
        return (t->byte_len == 1 && z[0] == '-') ||
               (t->byte_len == 3 && z[0] == 0xE2 && z[1] == 0x80 && (z[2] == 0x93 || z[2] == 0x94));
    return t->byte_len == 1 && z[0] == (uint8_t)c;
}

/* Whether the upper-case letters of acronym token a can be read off the name in tokens
 * [f, e) in order, its first letter being the first of one of the name's words: "IMF" of
 * "(The) International Monetary Fund", "NHTSA" of "National Highway Traffic Safety
 * Administration" (after
 * Schwartz & Hearst 2003, who match an abbreviation's letters inside its long form). */
static int acronym_fits(const NewsWork *w, size_t a, size_t f, size_t e) {
    const NewsToken *ta = &w->tok.v[a];
    const uint8_t *za = w->text + ta->byte_start;
    size_t ia = 0;
    for (size_t k = f; k < e && ia < ta->byte_len; k++) {
        const NewsToken *t = &w->tok.v[k];
        const uint8_t *z = w->text + t->byte_start;
        for (size_t j = 0; j < t->byte_len && ia < ta->byte_len; j++) {
            uint8_t c = z[j];
            if (c >= 'a' && c <= 'z') c = (uint8_t)(c - 32);
            if (ia == 0 && (j > 0 || c != za[0])) break; /* the name starts at a word */
            if (c == za[ia]) ia++;
        }
    }
    return ia == ta->byte_len;
}


/* Nouns that say the name next to them is a company: "fintech company Revolut", "Stripe,
 * the payments company", "the crypto exchange FTX". People are never called these. */
static const Word company_nouns[] = {
    W("app"),       W("firm"),        W("maker"),        W("group"),        W("lender"),
    W("company"),   W("startup"),     W("airline"),      W("insurer"),      W("start-up"),
    W("carmaker"),  W("retailer"),    W("exchange"),     W("automaker"),    W("chipmaker"),
    W("drugmaker"), W("broadcaster"), W("conglomerate"), W("manufacturer"), {0, 0}};

/* More such nouns, in lower case only (branch ner8): written with a capital they open
 * names ("Bank of America", "Daily Mail", "Network Rail"), so they are not cut off as
 * capital_noun's are, and before them a word the tagger left out stays out ("the agency
 * Saturday launched"). In CoNLL-2003 train and dev the capitalised word after "bank" (6),
 * "miner" (2), "chain" (4), "giant" (2), "agency" (12 of 13), "operator" (5), "network"
 * (2), "newspaper" (5) and "daily" (14 of 15) starts an ORG. Branch ner10 added the
 * bodies and firms news of today names so ("regulator Ofcom", "think-tank Demos",
 * "consultancy Deloitte", "rock outfit Rooster"), lead37 bands and stores ("the band
 * Wolf Alice", "the department store La Rinascente"), model41 bodies ("Bacta, the trade
 * body for the amusement industry"); not "club", whose names are also their cities ("club
 * Parma" ... "prosecutors in Parma": said_company takes a club's name of more than a place
 * only). */
static const Word company_nouns_lower[] = {
    W("band"),      W("bank"),      W("body"),       W("chain"),      W("daily"),
    W("giant"),     W("miner"),     W("store"),      W("union"),      W("agency"),
    W("brewer"),    W("outfit"),    W("studio"),     W("charity"),    W("network"),
    W("utility"),   W("operator"),  W("provider"),   W("supplier"),   W("watchdog"),
    W("newspaper"), W("publisher"), W("regulator"),  W("bookseller"), W("think-tank"),
    W("consultancy"), W("organisation"), {0, 0}};

/* Whether token k is a company noun in lower case ("carmaker", "bank"). */
static int company_noun(const NewsWork *w, size_t k) {
    return word_in(w, k, company_nouns) || word_in(w, k, company_nouns_lower);
}

/* Whether token k is a company noun written with a capital ("Carmaker", "Chipmaker"). */
static int capital_noun(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (t->byte_len < 3 || !(z[0] >= 'A' && z[0] <= 'Z')) return 0;
    for (const Word *l = company_nouns; l->z; l++)
        if (l->n == t->byte_len && l->z[0] == z[0] + 32 && !memcmp(z + 1, l->z + 1, l->n - 1))
            return 1;
    return 0;
}

/* Whether "Circuit" at token k + 1 names a court ("Ninth Circuit", "5th Circuit", "D.C.
 * Circuit", "Federal Circuit", "Multnomah County Circuit Court"), not a racing circuit
 * ("Bahrain International Circuit", "Las Vegas Strip Circuit"). */
static int court_circuit(const NewsWork *w, size_t c) {
    static const Word courts[] = {W("D.C."),  W("Fifth"),  W("First"),   W("Ninth"),
                                  W("Sixth"), W("Tenth"),  W("Third"),   W("Eighth"),
                                  W("Fourth"), W("Second"), W("Federal"), W("Seventh"),
                                  W("Eleventh"), {0, 0}};
    size_t k = c - 1;
    const NewsToken *t = &w->tok.v[k];
    if (word_in(w, k, courts) || word_is(w, k, "County") ||
        (c + 1 < w->tok.n && w->tok.v[c + 1].sentence == t->sentence &&
         (word_is(w, c + 1, "Court") || word_is(w, c + 1, "Judge"))))
        return 1;
    /* "9th", "11th", "2nd": a number and its suffix */
    return (t->flags & NEWS_TF_DIGIT) && t->byte_len >= 3 && t->byte_len <= 4 &&
           w->text[t->byte_start] >= '1' && w->text[t->byte_start] <= '9';
}

/* Whether the name in tokens [first, end), ending in Center, Centre or Garden, is an arena
 * (branch ner20: "at the Barclays Center", "Golden 1 Center", "TD Garden"), which CoNLL
 * types as the facility it is, a LOC: after "at", "outside", "inside" or "packed", with
 * "the" or not, in a sports report or when the name holds a company's name on a list or a
 * word with a digit, a dot or a hyphen after one letter ("T-Mobile Center"). Most names
 * ending so are bodies ("Pew Research Center", "Kaiser Permanente Medical Center"): none
 * whose words say what a body does. */
static int venue_center(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end) {
    static const Word at[] = {W("at"), W("inside"), W("packed"), W("outside"), {0, 0}};
    static const Word bodies[] = {W("Data"),     W("Space"),     W("Trade"),    W("Cancer"),
                                  W("Health"),   W("Policy"),    W("Flight"),   W("Medical"),
                                  W("Service"),  W("Research"),  W("Business"), W("Training"),
                                  W("Services"), W("Financial"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    size_t b = first;
    uint32_t sent = w->tok.v[first].sentence;
    if (end - first > 4) return 0;
    if (b > 0 && word_is_the(w, b - 1)) b--;
    if (b == 0 || w->tok.v[b - 1].sentence != sent || !word_in(w, b - 1, at)) return 0;
    int company = (s->topic & 1) || list_phrase(s, first, end - 1, NEWS_GAZ_COMPANY);
    for (size_t k = first; k + 1 < end; k++) {
        if (word_in(w, k, bodies)) return 0;
        const NewsToken *t = &w->tok.v[k];
        const uint8_t *z = w->text + t->byte_start;
        company |= (s->form[s->info[k].form].gaz & NEWS_GAZ_COMPANY) ||
                   (t->flags & NEWS_TF_DIGIT) || memchr(z, '.', t->byte_len) != NULL ||
                   (t->byte_len > 2 && z[1] == '-'); /* "T-Mobile"; not "East-West" */
    }
    return company;
}

/* Whether the name in tokens [first, end), of two words or more, ends in a word that ends
 * the names of places and buildings only: "Emirates Stadium", "Downing Street", "Tower
 * Bridge", "Lincoln Memorial", "Birdcage Walk" (CoNLL-2003 train: 13 of 14 names ending in
 * Street, 8 of 9 in Bridge are LOC). "Hill" and "Lane" end surnames as often ("Damon Hill",
 * "Nathan Lane"): a name of two words ending in one is a place only when its first word is
 * on no list of first names ("Capitol Hill", "Notting Hill"), and, when the tagger read a
 * person ("Conleth Hill, who plays ..."), after a preposition of place ("rally on Capitol
 * Hill"). A racing circuit is a place too, in a sports report or after Strip, Street or
 * International ("Bahrain International Circuit"; ner19), not a court (court_circuit) nor
 * a chain of cinemas ("Loews' Theatre Circuit"). Type is the tagger's type of the name. */
static int place_end(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end,
                     unsigned type) {
    static const Word at[] = {W("at"), W("in"), W("on"), W("to"), W("near"), W("from"),
                              W("outside"), {0, 0}};
    static const Word ends[] = {W("Road"),     W("Walk"),     W("Arena"),     W("Plaza"),
                                W("Platz"),    W("Route"),    W("Bridge"),    W("Avenue"),
                                W("Square"),   W("Street"),   W("Freeway"),   W("Highway"),
                                W("Parkway"),  W("Stadium"),  W("Memorial"),  W("Motorway"),
                                W("Coliseum"), W("Turnpike"), W("Boulevard"), W("Expressway"),
                                {0, 0}};
    static const Word hills[] = {W("Hill"), W("Lane"), {0, 0}};
    static const Word tracks[] = {W("Strip"), W("Street"), W("International"), {0, 0}};
    static const Word venues[] = {W("Center"), W("Centre"), W("Garden"), {0, 0}};
    static const Word stages[] = {W("Cinema"), W("Theatre"), W("Theater"), W("Playhouse"),
                                  {0, 0}};
    static const Word at_stage[] = {W("at"), W("in"), W("inside"), W("outside"), {0, 0}};
    size_t k = end - 1;
    /* the first letters of the words above, as bits: most names are turned down here */
    const uint32_t letters = 1u << ('A' - 'A') | 1u << ('B' - 'A') | 1u << ('H' - 'A') |
                             1u << ('L' - 'A') | 1u << ('M' - 'A') | 1u << ('R' - 'A') |
                             1u << ('S' - 'A') | 1u << ('W' - 'A') | 1u << ('C' - 'A') |
                             1u << ('G' - 'A') | 1u << ('T' - 'A') | 1u << ('P' - 'A') |
                             1u << ('E' - 'A') | 1u << ('F' - 'A') | 1u << ('D' - 'A');
    unsigned c = (unsigned)w->text[w->tok.v[k].byte_start] - 'A';
    if (!(w->tok.v[k].flags & NEWS_TF_UPPER_INIT) || c > 25 || !(letters >> c & 1)) return 0;
    if (word_in(w, k, ends)) return 1;
    if (word_is(w, k, "Dome")) /* "Tokyo Dome"; not "Although Dome" of a sentence's start */
        return end - first == 2 && !tg->feat.info[first].first_word;
    if (word_in(w, k, venues)) return venue_center(w, tg, first, end);
    if (word_in(w, k, stages) ||
        (word_is(w, k, "House") && word_is(w, k - 1, "Opera")) ||
        (word_is(w, k, "Hall") && word_is(w, k - 1, "Concert"))) {
        /* a stage where something is on: "at the Odeon Theatre", "in the Royal Opera
         * House" (its company is a body: "the National Theatre's director", "producers at
         * Rai Cinema") */
        return first > 1 && word_is_the(w, first - 1) &&
               w->tok.v[first - 2].sentence == w->tok.v[first].sentence &&
               word_in(w, first - 2, at_stage);
    }
    if (word_is(w, k, "Circuit"))
        return !court_circuit(w, k) && ((tg->feat.topic & 1) || word_in(w, k - 1, tracks));
    const NewsFeatScratch *s = &tg->feat;
    return end - first == 2 && word_in(w, k, hills) &&
           !(s->form[s->info[first].form].gaz & NEWS_GAZ_FIRST) &&
           (type != NEWS_PER || (first > 0 && w->tok.v[first - 1].sentence ==
                                                  w->tok.v[first].sentence &&
                                 word_in(w, first - 1, at)));
}

/* Whether the name in tokens [first, end), of two words or more, that the tagger typed a
 * person, an organisation or (for an empire) a MISC, is a place by the word it is made of
 * (branch ner10): its head (name_head: "Robben Island", "Isle of Man", "Gulf of Mexico")
 * is a feature of the land or the sea (Island, River, Mountains, Ocean, Glacier, ...), a
 * landmark (Cathedral, Temple, Castle, Fountain, ...) or a building (Airport, Hospital,
 * Prison), or its first word is Mount,
 * Mt, Lake or River ("Mount Everest", "River Tyne"). Branch ner11 added landmarks that
 * other languages or no head word name (Wat, Mahal, Stupa, Tower, Wall, Chapel, Minster,
 * Pyramid(s), Buildings: "Angkor Wat", "Union Buildings"), the openers of mountains and
 * lakes in French, Romansh, Spanish and Gaelic (Mont, Pic, Piz, Cerro, Loch, Lough: "Mont
 * Blanc", "Loch Lomond"), and of valleys, mountains, monasteries, houses and villages in
 * Arabic and Hebrew (Wadi, Jebel, Jabal, Deir, Beit, Kafr, Kfar: "Wadi Araba", "Deir Alla",
 * "Beit Lahia") for a name the tagger read as a person, even where a list of
 * first names has the word (not for an organisation: "Cerro Sales Corp"), and more
 * features of the land (Lagoon, Fjord, Gorge, Crater, Volcano, Cliffs, Dunes, Geyser,
 * Cave(s): "Blue Lagoon"); "Gate" is left out, the head of companies too ("Lions Gate", a
 * film studio). The lead added roads (Highway, Freeway, Motorway, Expressway: "Yellowhead
 * Highway", read as an organisation). In CoNLL-2003 train and dev 14 of 15
 * names ending in Island(s), 12 of 13 in Hospital, every one in Sea, Ocean, Mountains,
 * River, Valley, Gulf and Reef, and those opening with Mount or Lake, are places; the
 * tagger, which met few, reads the words before them as a person's or a company's name.
 * Not in a sports report, where such names are clubs ("Tampa Bay", "River Plate", "Lagan
 * Valley"), nor for a name that ends in capitals or a number, a thing or an event named
 * after the place ("Isle of Man TT", "its Isle of Man 3G network"). Not kept from a type:
 * - a person whose first word is a first name and whose head is a surname too ("Shirley
 *   Temple", "Barbara Castle", "Michael Bay"), nor one opening with a first name that is a
 *   head ("Lake Bell", "River Phoenix"; but "the River Severn" is the river);
 * - an organisation named by a building (not a landmark), which is also what runs it
 *   ("Edinburgh Airport", "Kansai International Airport": ORG in CoNLL dev);
 * - a MISC but an empire ("Ottoman Empire", a state): works and events keep theirs ("Small
 *   Island", "Beyond the Sea");
 * - a name with "and" or "&" inside ("Citizens and Canal", a bank), nor River before an
 *   ordinary word ("the River Room" of a hotel, "River Island", a retailer). */
static int place_head(const NewsWork *w, const NewsTagger *tg, size_t first, size_t end,
                      unsigned type) {
    static const Word nature[] = {
        W("Bay"), W("Sea"), W("Cave"), W("Gulf"), W("Isle"), W("Lake"), W("Reef"), W("Basin"),
        W("Canal"), W("Caves"), W("Delta"), W("Dunes"), W("Falls"), W("Fjord"), W("Gorge"),
        W("Lakes"), W("Ocean"), W("River"), W("Canyon"), W("Cliffs"), W("Crater"), W("Desert"),
        W("Geyser"), W("Harbor"), W("Island"), W("Lagoon"), W("Strait"), W("Valley"),
        W("Glacier"), W("Harbour"), W("Islands"), W("Plateau"), W("Volcano"), W("Reservoir"),
        W("Mountains"), W("Peninsula"), {0, 0}};
    static const Word landmarks[] = {
        W("Wat"),      W("Pier"),     W("Wall"),     W("Mahal"),    W("Stupa"),    W("Tower"),
        W("Castle"),   W("Chapel"),   W("Mandir"),   W("Masjid"),   W("Mosque"),    W("Pagoda"),
        W("Shrine"),   W("Temple"),   W("Minster"),  W("Pyramid"),  W("Freeway"),   W("Highway"),
        W("Basilica"), W("Fountain"), W("Gurdwara"), W("Monument"), W("Motorway"),  W("Pyramids"),
        W("Buildings"), W("Cathedral"), W("Synagogue"), W("Expressway"), {0, 0}};
    static const Word buildings[] = {W("Prison"), W("Airport"), W("Hospital"), {0, 0}};
    static const Word lake_before[] = {W("at"), W("in"), W("of"), W("on"), W("to"),
                                       W("the"), W("from"), W("near"), W("across"),
                                       W("around"), W("toward"), W("towards"), {0, 0}};
    static const Word openers[] = {W("Mt"), W("Lake"), W("Mount"), W("River"), {0, 0}};
    static const Word foreign[] = {W("Pic"),   W("Piz"),   W("Beit"),  W("Deir"),
                                   W("Kafr"),  W("Kfar"),  W("Loch"),  W("Mont"),
                                   W("Wadi"),  W("Cerro"), W("Jabal"), W("Jebel"),
                                   W("Lough"), {0, 0}};
    /* (Spanish, Portuguese and Italian words that open the names of stadiums, roads,
     * squares and palaces: "Estadio Azteca", "Calzada de Tlalpan", "Piazza Navona"; a place
     * in a sports report too; not French "Stade", which opens clubs' names: "Stade
     * Toulousain") */
    static const Word latin_openers[] = {
        W("Rua"),     W("Calle"),   W("Paseo"),   W("Praça"),    W("Stadio"),
        W("Piazza"),  W("Avenida"), W("Calzada"), W("Estadio"),  W("Palacio"),
        W("Palazzo"), W("Castillo"), W("Estádio"), W("Autopista"), W("Carretera"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    if (type != NEWS_LOC && capitalised(w, first) && word_in(w, first, latin_openers)) return 1;
    if (type == NEWS_LOC || (s->topic & 1) ||
        (w->tok.v[end - 1].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER | NEWS_TF_DIGIT)) !=
            NEWS_TF_UPPER_INIT)
        return 0;
    size_t head = name_head(w, first, end);
    if (type == NEWS_MISC) return head == end - 1 && word_is(w, head, "Empire");
    if (head != end - 1 && org_head(w, end - 1)) return 0; /* "Isle of Wight Council" */
    unsigned g0 = s->form[s->info[first].form].gaz;
    for (size_t k = first + 1; k + 1 < end; k++)
        if (word_is(w, k, "and") || punct_is(w, k, '&')) return 0; /* "Citizens and Canal" */
    if (type == NEWS_PER && word_in(w, first, foreign)) return 1; /* "Mont Blanc" */
    if (word_in(w, first, openers))
        return !(type == NEWS_PER && (g0 & NEWS_GAZ_FIRST) &&
                 !(first > 0 && word_is_the(w, first - 1))) && /* "the River Severn" */
               !(word_is(w, first, "River") && /* "River Room", "River Island" */
                 (s->form[s->info[first + 1].form].gaz & NEWS_GAZ_COMMON));
    int building = word_in(w, head, buildings);
    if (!building && !word_in(w, head, nature) && !word_in(w, head, landmarks) &&
        !word_is(w, head, "Empire"))
        return 0;
    if (type == NEWS_ORG && (word_is(w, head, "Lake") || word_is(w, head, "Lakes")))
        return first > 0 && w->tok.v[first - 1].sentence == w->tok.v[first].sentence &&
               word_in(w, first - 1, lake_before); /* not "Great Lakes said", a company */
    if (type == NEWS_ORG) return !building;
    /* a person: "Shirley Temple", "Michael Bay"; not after "the": "the Clarence Valley" */
    return !((g0 & NEWS_GAZ_FIRST) && (s->form[s->info[head].form].gaz & NEWS_GAZ_SURNAME)) ||
           (first > 0 && word_is_the(w, first - 1));
}

/* Whether token k ends as nationality words do (-an, -ese, -ish, -ch, -ss, -ic, -i:
 * "Libyan", "Swiss", "Saudi"). */
static int nationality_like(const NewsWork *w, size_t k) {
    static const char *const endings[] = {"an", "ese", "ish", "ch", "ss", "ic", "i", 0};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (t->byte_len > n && !memcmp(z + t->byte_len - n, *e, n)) return 1;
    }
    return 0;
}

/* Whether the one-word name at token k, which the tagger did not call a place, is a river,
 * a range or a desert by the words around it (branch ner10): the lower-case noun after it
 * ("the Kalahari desert", "the Mekong delta", "the Pyrenees mountains"), "river" before it
 * ("the river Seine"), or a word for a part of one before "of the" ("the banks of the
 * Danube", "the upper reaches of the Yangtze", "the foothills of the Andes"). 1996 Reuters
 * names few of them, and the tagger types most MISC. Not a word in capitals or with a
 * digit, not one a capitalised word follows ("the mouth of the Tyne Tunnel"), and, before
 * a noun, not one that ends as a nationality does (-an, -ese, -ish, -ch, -ss, -ic, -i:
 * "the Libyan desert", "the Swiss mountains", "the Saudi desert"). Branch ner11 added the
 * faces, flanks and waters of one, a verb of climbing before it ("climbed the Eiger",
 * "scaling Annapurna") and a river's verbs after "the" and it ("the Elbe burst its banks",
 * "the Rhine flows through"); and, for a name the tagger read as a person or a MISC, a
 * visit or a stay at a place ("at the Louvre", "visited the Hermitage", "outside the
 * Reichstag") that ends its phrase ("at the Grammy ceremony" names an event), and is no
 * plural, no event and no bank ("at the Oscars", "struggled at the Open", "held at the
 * Bundesbank"). */
static int named_feature(const NewsWork *w, size_t k, unsigned type) {
    static const Word nouns[] = {W("delta"),      W("basin"),      W("gorge"),   W("river"),
                                 W("desert"),     W("rivers"),     W("estuary"), W("glacier"),
                                 W("mountains"),  W("rainforest"), {0, 0}};
    static const Word parts[] = {W("face"),    W("banks"),   W("mouth"),  W("peaks"),
                                 W("flanks"),  W("shores"),  W("slopes"), W("source"),
                                 W("summit"),  W("waters"),  W("reaches"), W("foothills"),
                                 {0, 0}};
    static const Word climbs[] = {W("climb"),    W("scale"),   W("scaled"),   W("climbed"),
                                  W("scaling"),  W("climbing"), W("summited"), {0, 0}};
    static const Word flows[] = {W("burst"), W("flows"), W("bursts"), W("flowed"), {0, 0}};
    static const Word visits[] = {W("at"),      W("visit"),   W("inside"),  W("toured"),
                                  W("outside"), W("visited"), W("visiting"), {0, 0}};
    static const Word events[] = {W("Expo"),  W("Open"),  W("Derby"), W("Fringe"),
                                  W("Summit"), W("Biennale"), W("Eurovision"), {0, 0}};
    static const Word ends[] = {W("in"),    W("on"),    W("to"),     W("and"),   W("for"),
                                W("last"),  W("this"),  W("with"),   W("until"), W("where"),
                                W("which"), {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    uint32_t sent = t->sentence;
    if ((t->flags & (NEWS_TF_ALL_UPPER | NEWS_TF_DIGIT | NEWS_TF_HYPHEN)) || k < 1 ||
        w->tok.v[k - 1].sentence != sent)
        return 0;
    int two = k >= 2 && w->tok.v[k - 2].sentence == sent; /* a word before "the" */
    int next = k + 1 < w->tok.n && w->tok.v[k + 1].sentence == sent;
    if (next && (w->tok.v[k + 1].flags & NEWS_TF_UPPER_INIT)) return 0;
    if (word_is(w, k - 1, "river") || word_in(w, k - 1, climbs)) return 1;
    if (!word_is_the(w, k - 1)) return 0;
    if (two && word_in(w, k - 2, climbs)) return 1;
    if (k >= 4 && w->tok.v[k - 4].sentence == sent && word_is(w, k - 2, "of") &&
        word_in(w, k - 3, parts))
        return 1;
    /* a visit: the name ends the phrase ("at the Louvre.", "at the Hermitage in ...") */
    const uint8_t *z = w->text + t->byte_start;
    int bank = t->byte_len > 4 && !memcmp(z + t->byte_len - 4, "bank", 4); /* "Bundesbank" */
    int visit = (type == NEWS_PER || type == NEWS_MISC) && two && word_in(w, k - 2, visits) &&
                z[t->byte_len - 1] != 's' && !bank && !word_in(w, k, events) && !event_end(w, k) &&
                (!next || word_in(w, k + 1, ends) || (w->tok.v[k + 1].flags & NEWS_TF_PUNCT));
    if (!visit && !(next && (word_in(w, k + 1, nouns) || word_in(w, k + 1, flows)))) return 0;
    return !nationality_like(w, k);
}

/* Whether token i's word has label B-X `label` elsewhere in the window, alone (its first 32
 * occurrences): "Korea" read as a place. */
static int alone_elsewhere(const NewsWork *w, const NewsTagger *tg, size_t i, unsigned label) {
    const NewsFeatScratch *s = &tg->feat;
    int look = 32;
    for (uint32_t o = s->info[i].first_same; o && look > 0; o = s->info[o - 1].next_same, look--)
        if (o - 1 != i && tg->labels[o - 1] == label &&
            !(o < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[o])))
            return 1;
    return 0;
}

/* Whether a plural company noun in lower case stands before the name at token i, or before
 * a list of names that it ends ("the French firms Meridiam and ...", "banks JPMorgan, Citi
 * and ..."): the names are companies. */
static int firms_before(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word firms[] = {W("banks"),     W("firms"),     W("groups"),    W("lenders"),
                                 W("airlines"),  W("insurers"),  W("startups"),  W("companies"),
                                 W("retailers"), W("carmakers"), W("start-ups"), W("automakers"),
                                 W("chipmakers"), W("drugmakers"), {0, 0}};
    const uint8_t *lab = tg->labels;
    uint32_t sent = w->tok.v[i].sentence;
    for (size_t k = i, steps = 0; k > 0 && steps < 12 && w->tok.v[k - 1].sentence == sent;
         k--, steps++) {
        if (word_in(w, k - 1, firms)) return lab[k] != NEWS_LABEL_O; /* a name right after */
        if (lab[k - 1] != NEWS_LABEL_O) continue;
        if (!(word_is(w, k - 1, "and") || punct_is(w, k - 1, ',')) || k < 2 ||
            lab[k - 2] == NEWS_LABEL_O)
            return 0; /* (a list's names only: not "banks, Markus Lusser said") */
    }
    return 0;
}

/* Whether the name in tokens [i, j) of one sentence is said to be a company by its
 * neighbours: a company noun before it ("carmaker Volkswagen"), "shares in" or "shares of"
 * before it, "chief executive" or "founder" after it ("VW chief executive", "Nvidia's chief
 * executive", "SoftBank founder"), its plants, shares or headquarters after a possessive
 * ("Petrel's shares fell"; not for words the tagger left out), or an apposition
 * ("Anthropic, the artificial
 * intelligence start-up founded by ...") with a company noun before any "of", comma or
 * possessive ("Jones, the chief executive of the company" is not one). Only the noun or
 * "shares in" before it make a company of a name the tagger read as a person's full name
 * (y, the first label, is B-PER); words the tagger left out (y is O) need more than an
 * apposition ("However, the company said"); "shares in" says nothing of a one-word MISC,
 * a nationality ("shares in Irish oil company ..."). Where an analyst works is a firm ("an
 * analyst at Bernstein", "Analyst Tomas Brandt at Vontobel"). */
static int said_company(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    unsigned y = tg->labels[i];
    int person = y == NEWS_LABEL_B(NEWS_PER), untagged = y == NEWS_LABEL_O;
    static const Word shares[] = {W("stake"), W("shares"), W("Shares"), {0, 0}};
    static const Word in_of[] = {W("in"), W("of"), {0, 0}};
    static const Word chief[] = {W("chief"), W("Chief"), {0, 0}};
    static const Word exec[] = {W("executive"), W("Executive"), {0, 0}};
    static const Word founder[] = {W("founder"), W("co-founder"), {0, 0}};
    static const Word owned[] = {W("plant"),        W("shares"),       W("plants"),
                                 W("stores"),       W("factory"),      W("profits"),
                                 W("revenues"),     W("factories"),    W("subsidiary"),
                                 W("headquarters"), W("shareholders"), W("subsidiaries"),
                                 {0, 0}};
    static const Word art[] = {W("a"), W("an"), W("the"), {0, 0}};
    static const Word verbs[] = {
        W("is"),   W("has"),  W("had"),   W("was"),   W("are"),   W("can"),    W("may"),  W("did"),
        W("now"),  W("have"), W("were"),  W("said"),  W("says"),  W("will"),   W("must"), W("does"),
        W("also"), W("then"), W("would"), W("could"), W("might"), W("should"), {0, 0}};
    static const Word stop[] = {W("of"),   W("'s"), W("who"),   W("and"), W("that"),
                                W("said"), W("’s"), W("which"), {0, 0}};
    static const Word also_people[] = {W("maker"), W("publisher"), W("broadcaster"), {0, 0}};
    static const Word scopes[] = {W("city"), W("world"), W("state"), W("region"),
                                  W("nation"), W("island"), W("country"), W("continent"),
                                  {0, 0}};
    static const Word at_with[] = {W("at"), W("with"), {0, 0}};
    static const Word analysts[] = {W("analyst"),     W("analysts"),   W("economist"),
                                    W("strategist"),  W("economists"), W("strategists"),
                                    {0, 0}};
    static const Word analysts_cap[] = {W("Analyst"),    W("Analysts"),    W("Economist"),
                                        W("Economists"), W("Strategist"),  W("Strategists"),
                                        {0, 0}};
    /* and where other staff work: "chief security architect at Cisco", "a researcher at
     * Fafo" */
    static const Word staff[] = {W("expert"),     W("fellow"),     W("officer"),   W("partner"),
                                 W("director"),   W("engineer"),   W("lecturer"),  W("architect"),
                                 W("scientist"),  W("professor"),  W("consultant"), W("researcher"),
                                 W("specialist"), {0, 0}};
    static const Word heads_of[] = {W("founder"), W("executive"), W("co-founder"), {0, 0}};
    static const Word buys[] = {W("acquire"), W("acquired"), W("acquiring"), {0, 0}};
    static const Word deals_of[] = {W("takeover"), W("acquisition"), {0, 0}};
    static const Word deal_ends[] = {W("in"),   W("on"),  W("at"),   W("for"),  W("was"),
                                     W("last"), W("from"), W("said"), W("will"), W("would"),
                                     {0, 0}};
    /* the nouns of politics, before a name only: "the Peronist coalition Fuerza Patria",
     * "the Irish party Fianna Fail" (branch ner16); "Jones, the party chairman" is a man */
    static const Word parties[] = {W("party"), W("alliance"), W("coalition"), {0, 0}};
    static const Word says[] = {W("said"),    W("says"),     W("warned"),   W("expects"),
                                W("reported"), W("announced"), W("confirmed"), {0, 0}};
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (i > 0 && w->tok.v[i - 1].sentence == sent &&
        !(w->tok.v[i - 1].flags & NEWS_TF_UPPER_INIT) &&
        (word_in(w, i - 1, company_nouns) ||
         (!untagged && (word_in(w, i - 1, company_nouns_lower) ||
                        word_in(w, i - 1, parties) || /* "agency Saturday" */
                        /* a club of more than a city's name: "the basketball club
                         * Olimpia Milano", not "club Parma" */
                        (word_is(w, i - 1, "club") && j - i > 1 &&
                         !is_place_phrase(&tg->feat, i, j))))))
        return !(person && word_in(w, i - 1, also_people)); /* "documentary maker Jo Ray" */
    if (!untagged && y != NEWS_LABEL_B(NEWS_MISC) && !(person && j - i > 1) &&
        !((w->tok.v[i].flags & NEWS_TF_ALL_UPPER) && w->tok.v[i].char_len <= 4) &&
        firms_before(w, tg, i))
        return 1; /* "the French firms Meridiam and" (not "Japanese banks and Thai ...", "both
                   * companies Li Ka-shing said", "of Paramus, N.J.") */
    if ((y != NEWS_LABEL_B(NEWS_MISC) || j - i > 1) && i > 1 && w->tok.v[i - 2].sentence == sent &&
        word_in(w, i - 1, in_of) &&
        word_in(w, i - 2, shares))
        return !(j < n && (w->tok.v[j].flags & NEWS_TF_CLITIC)); /* "shares in Germany's X" */
    /* "an analyst at Bernstein", "economists at Capital Economics": where analysts work is
     * a firm (a place on a list never gets here) */
    if (i > 1 && !untagged && w->tok.v[i - 2].sentence == sent && word_in(w, i - 1, at_with) &&
        (word_in(w, i - 2, analysts) || word_in(w, i - 2, analysts_cap) ||
         (word_is(w, i - 1, "at") && word_in(w, i - 2, staff))))
        return !(j < n && punct_is(w, j, '&')); /* "Stone & McCarthy": the tagger cut it */
    /* "chief executive of Kudipoint", "the founder of Kudipoint" (branch ner15): not a
     * place on a list nor a nationality word before a noun ("founder of Jewish human
     * rights group"), nor a person the tagger read before a possessive, the owner ("chief
     * executive of Sam Bankman-Fried's hedge fund") */
    if (i > 1 && w->tok.v[i - 2].sentence == sent && word_is(w, i - 1, "of") &&
        word_in(w, i - 2, heads_of))
        return !(person && j < n && (w->tok.v[j].flags & NEWS_TF_CLITIC)) &&
               !(tg->feat.form[tg->feat.info[i].form].gaz &
                 (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
               !(nationality_like(w, j - 1) && j < n && w->tok.v[j].sentence == sent &&
                 (w->tok.v[j].flags & NEWS_TF_WORD) && !(w->tok.v[j].flags & NEWS_TF_UPPER_INIT));
    /* what is bought ("acquired Britvic", "the takeover of Britvic", "a merger with
     * Britvic"; branch ner15): not a place on a list, a MISC (a nationality: "acquire
     * Canadian brokerage firms"), nor a name before a word that goes on with it ("Jones
     * and Vining", "Scott, Foresman", "the Silkworm missile") */
    if (!untagged && y != NEWS_LABEL_B(NEWS_MISC) && i > 1 &&
        w->tok.v[i - 1].sentence == sent &&
        (word_in(w, i - 1, buys) ||
         (w->tok.v[i - 2].sentence == sent &&
          ((word_is(w, i - 1, "of") && word_in(w, i - 2, deals_of)) ||
           (word_is(w, i - 1, "with") && word_is(w, i - 2, "merger"))))))
        return !(tg->feat.form[tg->feat.info[i].form].gaz &
                 (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
               (j >= n || w->tok.v[j].sentence != sent || word_in(w, j, deal_ends) ||
                ((w->tok.v[j].flags & NEWS_TF_PUNCT) && !punct_is(w, j, ',') &&
                 !punct_is(w, j, '&')));
    /* and with the analyst's name between: "Analyst Tomas Brandt at Vontobel" (ner15) */
    if (i > 2 && !untagged && w->tok.v[i - 2].sentence == sent && word_in(w, i - 1, at_with) &&
        tg->labels[i - 2] != NEWS_LABEL_O && NEWS_LABEL_TYPE(tg->labels[i - 2]) == NEWS_PER) {
        size_t f = i - 2;
        while (f > 0 && tg->labels[f] != NEWS_LABEL_B(NEWS_PER)) f--;
        if (f > 0 && w->tok.v[f - 1].sentence == sent &&
            (word_in(w, f - 1, analysts) || word_in(w, f - 1, analysts_cap)))
            return !(j < n && punct_is(w, j, '&'));
    }
    /* a person's full name ("Wang Donghai, the New York-based pressure group ...") needs
     * the noun right before it */
    if (j - i > 1 && person) return 0;
    /* "Roche said its drug had failed": a one-word name that speaks of its own things
     * (branch ner15) */
    if (j - i == 1 && !untagged && j + 1 < n && w->tok.v[j + 1].sentence == sent &&
        word_in(w, j, says) && word_is(w, j + 1, "its")) /* not "on Friday announced its" */
        return !(tg->feat.form[tg->feat.info[i].form].gaz &
                 (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
               /* not "Harper and Row" */
               !(i > 1 && word_is(w, i - 1, "and") && capitalised(w, i - 2)) &&
               !alone_elsewhere(w, tg, i, NEWS_LABEL_B(NEWS_LOC)); /* "Korea said its exports" */
    size_t k = j;
    if (k < n && (w->tok.v[k].flags & NEWS_TF_CLITIC)) k++;
    if (k + 1 < n && w->tok.v[k + 1].sentence == sent &&
        ((word_in(w, k, chief) && word_in(w, k + 1, exec))))
        return 1;
    if (k < n && w->tok.v[k].sentence == sent && k == j && word_in(w, k, founder)) return 1;
    if (!untagged && k > j && k < n && w->tok.v[k].sentence == sent && word_in(w, k, owned))
        return 1; /* "Renault's plant", "Dell's shareholders" */
    if (!untagged && j + 2 < n && punct_is(w, j, ',') && word_in(w, j + 1, art)) {
        for (k = j + 2; k < n && k < j + 8 && w->tok.v[k].sentence == sent; k++) {
            if (!(w->tok.v[k].flags & NEWS_TF_WORD) && !(w->tok.v[k].flags & NEWS_TF_HYPHEN))
                return 0;
            if (word_in(w, k, stop) &&
                !(w->tok.v[k].flags & NEWS_TF_CLITIC && word_in(w, k - 1, scopes)))
                return 0; /* (but "X, the world's largest chipmaker") */
            if (company_noun(w, k)) /* not "the company's", "group Oxfam", nor
                                               * "At Gatwick, the company has written" */
                return !(k + 1 < n && ((w->tok.v[k + 1].flags &
                                        (NEWS_TF_CLITIC | NEWS_TF_UPPER_INIT)) ||
                                       word_in(w, k + 1, verbs)));
        }
    }
    return 0;
}

/* Whether token i, one word the tagger left out or typed, is on no list of words, names or
 * places (not "Oil", "Chinese", "London", "Smith": SCOWL holds nationality words, so
 * "Heineken", which it holds too, is not taken: "Spanish", "Norwegian" and "Heineken" are
 * all on the companies' list and MISC in the unlabelled news) and no title. */
static int unlisted_word(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const uint32_t listed = NEWS_GAZ_COMMON | NEWS_GAZ_PROPER | NEWS_GAZ_FIRST |
                            NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION |
                            NEWS_GAZ_CITY;
    return !(tg->feat.form[tg->feat.info[i].form].gaz & listed) && !title_of(tg, i) &&
           !(w->tok.v[i].flags & NEWS_TF_HYPHEN);
}

/* Whether the word of token i follows a first name or a person's first word somewhere in
 * the window ("rival Sotherton" in a headline, "Kelly Sotherton" below it). */
static int after_first_name(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1;
        if (k > 0 && w->tok.v[k - 1].sentence == w->tok.v[k].sentence && capitalised(w, k - 1) &&
            ((s->form[s->info[k - 1].form].gaz & NEWS_GAZ_FIRST) ||
             tg->labels[k - 1] == NEWS_LABEL_B(NEWS_PER)))
            return 1;
    }
    return 0;
}

/* Whether the one-word name at token i is named a company by the business words around
 * it: shares that move after it ("Lukoil shares fell", "Kloeckner shares closed", where
 * the tagger read nothing; also the first of two names, "Carlsberg and Heineken shares
 * rose"), a rival before it ("Paystack rival Moniepoint", not a plural: "rival ISPs"),
 * the pollster of a poll ("a poll by Ifop") (branch ner13) or the source of data, figures
 * or estimates ("according to data from Kpler"; branch ner17); not a word that follows a
 * first name elsewhere ("rival Sotherton" ... "Kelly Sotherton"). The word is on no list
 * (unlisted_word), except before shares that move (branch ner15) and after data: there a
 * word on a list is the company too where the tagger read a name of a person or a company
 * ("Roche shares fell", read as a person's), or before shares no ordinary word, or after
 * data a place ("data from Drewry", a surname too), and it is no place on a list,
 * nationality, title or surname of a person of the article ("London shares", "European
 * shares", "Oil shares", "data from Nigeria", "figures from Halifax"). */
static int business_cue(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word shares[] = {W("stock"), W("shares"), {0, 0}};
    static const Word moved[] = {
        W("up"),      W("down"),    W("fell"),    W("rose"),     W("lost"),     W("were"),
        W("sank"),    W("eased"),   W("ended"),   W("edged"),    W("dipped"),   W("closed"),
        W("gained"),  W("jumped"),  W("soared"),  W("surged"),   W("slipped"),  W("dropped"),
        W("rallied"), W("slumped"), W("climbed"), W("tumbled"),  W("plunged"),  W("advanced"),
        W("declined"), {0, 0}};
    static const Word rivals[] = {W("rival"), W("Rival"), W("rivals"), W("Rivals"), {0, 0}};
    static const Word polls[] = {W("poll"), W("polls"), W("survey"), W("surveys"), {0, 0}};
    static const Word data[] = {W("data"), W("figures"), W("estimates"), {0, 0}};
    size_t n = w->tok.n, k = i + 1;
    uint32_t sent = w->tok.v[i].sentence;
    int before = i > 0 && w->tok.v[i - 1].sentence == sent;
    if (k + 1 < n && word_is(w, k, "and") && capitalised(w, k + 1)) k += 2;
    int move = k + 1 < n && w->tok.v[k + 1].sentence == sent && word_in(w, k, shares) &&
               word_in(w, k + 1, moved);
    int source = before && i > 1 && word_is(w, i - 1, "from") && word_in(w, i - 2, data);
    /* the words around first: they turn down almost every name */
    if (!(move || (before && word_in(w, i - 1, rivals) && !plural_like(w, i)) ||
          (before && i > 1 && word_is(w, i - 1, "by") && word_in(w, i - 2, polls)) ||
          source) ||
        !capitalised(w, i) || after_first_name(w, tg, i))
        return 0;
    if (unlisted_word(w, tg, i)) return 1;
    const NewsForm *fm = &tg->feat.form[tg->feat.info[i].form];
    unsigned y = tg->labels[i];
    return (move || source) &&
           (y == NEWS_LABEL_B(NEWS_PER) || y == NEWS_LABEL_B(NEWS_ORG) ||
            (source && y == NEWS_LABEL_B(NEWS_LOC)) ||
            (move && y == NEWS_LABEL_O && !(fm->gaz & NEWS_GAZ_COMMON)) ||
            (y == NEWS_LABEL_B(NEWS_MISC) && (fm->gaz & NEWS_GAZ_COMPANY) &&
             !nationality_like(w, i))) &&
           !(fm->gaz & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY)) &&
           !title_of(tg, i) && !(w->tok.v[i].flags & NEWS_TF_HYPHEN) &&
           !surname_has(tg, fm->h_form | 1);
}

/* Whether token k follows a capitalised word (not in capitals) of its sentence other than
 * its first, the end of a longer name the tagger left out ("20th Century Fox" after "Fox
 * shares"). */
static int after_capital(const NewsWork *w, const NewsTagger *tg, size_t k) {
    return k > 0 && w->tok.v[k - 1].sentence == w->tok.v[k].sentence && capitalised(w, k - 1) &&
           !tg->feat.info[k - 1].first_word;
}

/* Types every other occurrence of token i's word in the window ORG where it stands alone
 * ("Revolut said ..." after "fintech company Revolut"), also opening a sentence when the
 * word is on no list ("Moniepoint raised $110m" before "shares in Moniepoint"; not "Next
 * year" after "shares in Next"), not after a capitalised word ("20th Century Fox"). */
static void spread_company(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    if (!s->info[i].first_same || !spread_first(tg, i, 0)) return;
    uint64_t h = s->form[s->info[i].form].h_form;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1;
        if (s->form[s->info[k].form].h_form != h || lab[k] == NEWS_LABEL_B(NEWS_ORG)) continue;
        if (lab[k] == NEWS_LABEL_O ? (s->info[k].first_word && !unlisted_word(w, tg, k)) ||
                                         after_capital(w, tg, k)
                                   : NEWS_LABEL_INSIDE(lab[k]) ||
                                         (k + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[k + 1])))
            continue;
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
        lab[k] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
    }
}

/* Types token i's word ORG where the tagger read it alone as a person, after a company's
 * full name whose first word it is and that is an ordinary word ("Corvid Mobility ...
 * Corvid said"): spread_company, for words that are no ordinary word, also takes the ones
 * the tagger left out. */
static void company_persons(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    if (!s->info[i].first_same || !spread_first(tg, i, 0)) return;
    uint64_t h = s->form[s->info[i].form].h_form;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1;
        if (s->form[s->info[k].form].h_form != h || lab[k] != NEWS_LABEL_B(NEWS_PER) ||
            (k + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[k + 1])))
            continue;
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
        lab[k] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
    }
}

/* Whether token k is "X" standing alone: not after a capitalised word of its sentence
 * ("Malcolm X", "OS X", "Generation X") nor before one or a number ("X Factor", "X 5"),
 * nor inside a longer name. */
/* Whether token k is one letter and a full stop that ends its sentence ("wrote on X."): the
 * stop is the sentence's, not an initial's. */
static int letter_stop(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    return t->byte_len == 2 && (t->flags & NEWS_TF_ABBREV) &&
           (k + 1 == w->tok.n || w->tok.v[k + 1].sentence != t->sentence);
}

static int x_alone(const NewsWork *w, const NewsTagger *tg, size_t k) {
    uint32_t sent = w->tok.v[k].sentence;
    return w->text[w->tok.v[k].byte_start] == 'X' &&
           (word_is(w, k, "X") || (word_is(w, k, "X.") && letter_stop(w, k))) &&
           !NEWS_LABEL_INSIDE(tg->labels[k]) &&
           !(k > 0 && w->tok.v[k - 1].sentence == sent &&
             (w->tok.v[k - 1].flags & NEWS_TF_UPPER_INIT)) &&
           !(k + 1 < w->tok.n && w->tok.v[k + 1].sentence == sent &&
             (NEWS_LABEL_INSIDE(tg->labels[k + 1]) ||
              (w->tok.v[k + 1].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT))));
}

/* Whether "X" alone at token k is the social network (branch ner16), which the tagger
 * leaves out as a letter: a post or a platform on it ("a post on X", "the platform X"), its
 * owner's possessive ("Musk's X") or an organisation beside it ("TikTok and X", "X and
 * Meta"). The 1987 and 2004-05 news writes none of these. */
static int x_network(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word before[] = {W("on"), W("app"), W("network"), W("platform"), {0, 0}};
    static const Word joins[] = {W(","), W("and"), {0, 0}};
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[k].sentence;
    if (!x_alone(w, tg, k)) return 0;
    if (k > 0 && w->tok.v[k - 1].sentence == sent) {
        if (word_in(w, k - 1, before)) return 1;
        if (k > 1 && (w->tok.v[k - 1].flags & NEWS_TF_CLITIC) && word_is(w, k - 2, "Musk"))
            return 1;
        if (k > 1 && word_in(w, k - 1, joins) && lab[k - 2] == NEWS_LABEL_B(NEWS_ORG)) return 1;
    }
    return k + 2 < n && w->tok.v[k + 2].sentence == sent && word_is(w, k + 1, "and") &&
           lab[k + 2] == NEWS_LABEL_B(NEWS_ORG);
}

static int same_words(const NewsWork *w, const NewsTagger *tg, size_t i, size_t k, size_t len);

/* Types the name in tokens [i, j) ORG, and a one-word name's other lone occurrences, and
 * a longer name's other occurrences the tagger read as a person ("index provider FTSE
 * Russell ... FTSE Russell said"). */
static void make_company(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    label_span(tg, i, j, NEWS_ORG);
    if (j - i == 1) {
        spread_company(w, tg, i);
        return;
    }
    const NewsFeatScratch *s = &tg->feat;
    size_t n = w->tok.n;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1, e = k + (j - i);
        if (k == i || tg->labels[k] != NEWS_LABEL_B(NEWS_PER) || !same_words(w, tg, i, k, j - i))
            continue;
        /* not the person the firm is named after ("Mario Gabelli, head of ... Mario
         * Gabelli and Co") */
        if (e + 1 < n && punct_is(w, e, ',') &&
            (word_is(w, e + 1, "who") || word_is(w, e + 1, "head") || title_of(tg, e + 1)))
            continue;
        label_span(tg, k, e, NEWS_ORG);
    }
}

/* Whether token k is a word that ends companies' names only ("Solara Technologies",
 * "Acme Corp."). */
static int company_end(const NewsWork *w, size_t k) {
    static const Word ends[] = {
        W("AG"),       W("AI"),         W("NV"),          W("SA"),           W("Inc"),
        W("Ltd"),      W("Plc"),        W("plc"),         W("Inc."),         W("Corp"),
        W("Ltd."),     W("Corp."),      W("Foods"),       W("Group"),        W("Brands"),
        W("Energy"),   W("Mining"),     W("Motors"),      W("Pharma"),       W("Capital"),
        W("Systems"),  W("Airways"),    W("Bancorp"),     W("Holdings"),     W("Mobility"),
        W("Robotics"), W("Airlines"),   W("Resources"),   W("Industries"),
        W("Electronics"), W("Corporation"), W("Biosciences"), W("Technologies"),
        W("Therapeutics"), W("Semiconductor"), W("Communications"), W("Pharmaceuticals"),
        {0, 0}};
    return word_in(w, k, ends);
}

/* Whether the capitalised words [i, j) the tagger left out are the firm of the analyst,
 * economist or strategist named after them ("Counterpoint Research analyst Tarun Pathak",
 * "Wedbush analyst Dan Ives"; branch ner17): 1996 Reuters names its brokers so, but the
 * tagger knows none of today's. Not one ordinary word ("Senior analyst Jane Doe",
 * "Energy analyst ..."), a title ("Chief economist ...") nor the end of a name the tagger
 * left out, after "and" or "&" ("Phillips and Drew analyst ..."). */
static int analyst_firm(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word jobs[] = {W("analyst"),    W("analysts"),    W("economist"),
                                W("strategist"), W("economists"),  W("strategists"),
                                {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    uint32_t sent = w->tok.v[i].sentence;
    if (j + 1 >= w->tok.n || w->tok.v[j + 1].sentence != sent || !word_in(w, j, jobs) ||
        tg->labels[j + 1] != NEWS_LABEL_B(NEWS_PER) || title_of(tg, i) ||
        (j - i == 1 && (s->form[s->info[i].form].gaz & NEWS_GAZ_COMMON)))
        return 0;
    if (i > 0 && w->tok.v[i - 1].sentence == sent &&
        (word_is(w, i - 1, "and") || punct_is(w, i - 1, '&')))
        return 0; /* the end of a longer name ("Phillips and Drew analyst ...") */
    for (size_t k = i; k < j; k++)
        if (w->tok.v[k].sentence != sent || !capitalised(w, k))
            return 0;
    return 1;
}

/* Whether token k is a Chinese given name of two syllables joined by a hyphen, the second
 * in lower case ("Ka-wai", "Wei-ting", "Siu-ling"): one of up to four letters, then one of
 * two to four, not a word that joins names in English ("-led", "-type"). */
static int hyphened_given_name(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (!(t->flags & NEWS_TF_HYPHEN) || !capitalised(w, k) || t->byte_len < 4 ||
        t->byte_len > 10)
        return 0;
    static const char *const not_names[] = {"led", "run", "era", "born", "bred", "held",
                                            "made", "type", "area", "wide", "free", "like",
                                            "size", "only", "hit", "base", 0};
    const uint8_t *h = memchr(z, '-', t->byte_len);
    if (!h || h < z + 2 || h > z + 5 || h[1] < 'a' || h[1] > 'z') return 0;
    size_t m = (size_t)(z + t->byte_len - h - 1); /* the second syllable: 2 to 4 letters */
    if (m < 2 || m > 4 || memchr(h + 1, '-', m)) return 0;
    for (const char *const *x = not_names; *x; x++) /* "New York-led", "Pop Idol-type" */
        if (strlen(*x) == m && !memcmp(h + 1, *x, m)) return 0;
    return 1;
}

/* Whether token k is a surname that opens with the Arabic article in lower case and a
 * hyphen ("al-Khoury", "el-Sisi"), which names and surnames keep inside a sentence. */
static int arabic_article_name(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    return t->byte_len > 4 && (z[0] == 'a' || z[0] == 'e') && z[1] == 'l' && z[2] == '-' &&
           z[3] >= 'A' && z[3] <= 'Z';
}

/* Types token i PER when it stands alone (O, or a one-word mention) and is the surname of a
 * person of the document, except where the tagger said O and it opens a sentence and is an
 * ordinary word too ("Brown") or is a month ("in May" after "Theresa May"). */
static void lone_surname(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    unsigned y = lab[i];
    if (y == NEWS_LABEL_B(NEWS_PER) || NEWS_LABEL_INSIDE(y) ||
        (i + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[i + 1])))
        return; /* a person already, or part of a longer name */
    const NewsToken *t = &w->tok.v[i];
    if (!(t->flags & NEWS_TF_UPPER_INIT) ? !arabic_article_name(w, i)
                                         : (t->flags & NEWS_TF_ALL_UPPER) != 0)
        return;
    const NewsForm *fm = &s->form[s->info[i].form];
    if (!surname_has(tg, fm->h_form | 1)) return;
    if (y == NEWS_LABEL_O) {
        /* (an ordinary word opening a sentence is a surname before a headline's colon:
         * "Sanders: Clinton needs to ...") */
        if ((s->info[i].first_word && (fm->gaz & NEWS_GAZ_COMMON) &&
             !(i + 1 < w->tok.n && punct_is(w, i + 1, ':'))) ||
            is_month(w, i) || word_is(w, i, "May"))
            return;
        tg->margin[i] = RULE_MARGIN;
    }
    lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_PER);
}


/* Types token i PER when it is a one-word ORG, LOC or MISC the tagger was unsure of (margin
 * under FIRST_MARGIN), is on a list of first names and is the first name of a person of
 * the document named in full ("Riverside manager Sofia Lindqvist ... "Sofia is the best
 * ..."": feature writing and sport call people by their first name, which 1996 Reuters
 * never does, so the tagger reads the word as a company or a place). A place on a list
 * the tagger called a LOC stays ("Georgia" after "Georgia Smith" went to Georgia). */
static void lone_first(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    unsigned y = lab[i];
    if (y == NEWS_LABEL_O || y == NEWS_LABEL_B(NEWS_PER) || NEWS_LABEL_INSIDE(y) ||
        tg->margin[i] >= FIRST_MARGIN || (i + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[i + 1])))
        return;
    const NewsForm *fm = &s->form[s->info[i].form];
    if (!(fm->gaz & NEWS_GAZ_FIRST) || !capitalised(w, i) || title_of(tg, i) ||
        (y == NEWS_LABEL_B(NEWS_LOC) && (fm->gaz & NEWS_GAZ_COUNTRY)) ||
        !surname_has(tg, first_key(fm->h_form)))
        return;
    lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_PER);
}

/* Whether the mention at token k is the words of tokens [i, i + len) whatever their case,
 * and of a type other than a place: "Khan Younis" after the dateline "KHAN YOUNIS, Gaza
 * Strip (AP) -". */
static int same_words(const NewsWork *w, const NewsTagger *tg, size_t i, size_t k, size_t len) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (k + len > n || lab[k] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[k]) ||
        lab[k] == NEWS_LABEL_B(NEWS_LOC) || (k + len < n && NEWS_LABEL_INSIDE(lab[k + len])))
        return 0;
    for (size_t q = 1; q < len; q++)
        if (lab[k + q] != lab[k] + 1 ||
            s->form[s->info[k + q].form].h_lower != s->form[s->info[i + q].form].h_lower)
            return 0;
    return 1;
}

/* The dateline starting at token i (see doc_rules): labels it LOC and returns the token
 * after it, or 0. A city on no list is one before a wire agency, and so are its other
 * mentions. South Asian and Gulf papers end it with a colon ("NEW DELHI: The ...",
 * "DUBAI: ..."): a place on a list there, or any name the tagger saw ("NAVI MUMBAI",
 * "CHENNAI"; not "NOTE:", "UPDATE:", words). */
static size_t dateline_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const NewsToken *t = &w->tok.v[i];
    size_t n = w->tok.n;
    if (!(t->flags & NEWS_TF_PARA_START) || t->char_len < 2 || s->info[i].headline) return 0;
    static const Word wires[] = {W("AP"),    W("AAP"),    W("AFP"),    W("PTI"), W("UPI"),
                                 W("Kyodo"), W("Yonhap"), W("Xinhua"), W("Reuters"), {0, 0}};
    size_t j = i, slash = 0;
    while (j < n && (w->tok.v[j].flags & NEWS_TF_ALL_UPPER) && j - i < 4) j++;
    if (j + 1 < n && j > i && punct_is(w, j, '/') && (w->tok.v[j + 1].flags & NEWS_TF_ALL_UPPER))
        for (slash = j++; j < n && (w->tok.v[j].flags & NEWS_TF_ALL_UPPER) && j - slash < 4;)
            j++; /* two cities, "KYIV/GENEVA, Nov 23 (Reuters) -": each on a list */
    if (j > i && !slash && j + 1 < n && punct_is(w, j, ':') &&
        (w->tok.v[j + 1].flags & NEWS_TF_UPPER_INIT)) {
        if (!is_place_phrase(s, i, j) &&
            (tg->labels[i] == NEWS_LABEL_O || lower_word(tg, i) ||
             (s->form[s->info[i].form].gaz & NEWS_GAZ_COMMON)))
            return 0;
        label_span(tg, i, j, NEWS_LOC);
        return j;
    }
    if (j >= n || !(punct_is(w, j, '(') || punct_is(w, j, '-') || punct_is(w, j, ',') ||
                    word_is(w, j, "--"))) /* "CHISINAU --", RFE/RL's */
        return 0;
    size_t b = j; /* "WASHINGTON (AP) —", "NAIROBI, Kenya (AP) -": the agency */
    uint32_t dated = 0; /* a date between them, "CANBERRA, May 3 (AAP) -": its day's number */
    while (b < n && b - j < 5 && !punct_is(w, b, '(') &&
           (punct_is(w, b, ',') || punct_is(w, b, '.') ||
            (w->tok.v[b].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT))))
        dated |= w->tok.v[b++].flags & NEWS_TF_DIGIT;
    /* after a date, an agency on the list or in capitals (not a word, "(Wire)") */
    int agency = b + 2 < n && punct_is(w, b, '(') && punct_is(w, b + 2, ')') &&
                 (w->tok.v[b + 1].flags & NEWS_TF_UPPER_INIT) &&
                 (!dated || (w->tok.v[b + 1].flags & NEWS_TF_ALL_UPPER) ||
                  word_in(w, b + 1, wires));
    /* a place on no list is a dateline's city before a wire agency ("GAZA CITY (AP) —",
     * "KHAN YOUNIS, Gaza Strip (AP) —"; branch ner18) */
    if (slash) {
        if (!is_place_phrase(s, i, slash) || !is_place_phrase(s, slash + 1, j)) return 0;
        label_span(tg, i, slash, NEWS_LOC);
        label_span(tg, slash + 1, j, NEWS_LOC);
        if (agency) label_span(tg, b + 1, b + 2, NEWS_ORG);
        return j;
    }
    int listed = is_place_phrase(s, i, j);
    if (!listed && !(agency && word_in(w, b + 1, wires))) return 0;
    label_span(tg, i, j, NEWS_LOC);
    if (agency) label_span(tg, b + 1, b + 2, NEWS_ORG);
    if (!listed) /* the tagger, which knows no such place, may read it as a person below */
        for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same)
            if (o - 1 != i && same_words(w, tg, i, o - 1, j - i))
                label_span(tg, o - 1, o - 1 + (j - i), NEWS_LOC);
    return j;
}

/* The dateline in mixed case starting at token i, as AFP's and AP's copy runs on many
 * sites: a town of up to three capitalised words, its country after a comma or in
 * brackets, and a wire agency in brackets ("Bacolod (AFP) -", "La Castellana, Philippines
 * (AFP) -", "Moshi (Tanzania) (AP) -"). Labels the town and the country LOC, the agency
 * ORG, the town's other mentions LOC; returns the token after the agency, or 0. */
static size_t town_dateline(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word wires[] = {W("AP"), W("AAP"), W("AFP"), W("PTI"), W("UPI"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    size_t n = w->tok.n, j = i, c = 0, e = 0;
    uint32_t sent = w->tok.v[i].sentence;
    if (!(w->tok.v[i].flags & NEWS_TF_PARA_START) || s->info[i].headline) return 0;
    while (j < n && j - i < 3 && capitalised(w, j) && (w->tok.v[j].flags & NEWS_TF_WORD)) j++;
    size_t b = j;
    if (j > i && j + 1 < n &&
        (punct_is(w, j, ',') || (punct_is(w, j, '(') && !word_in(w, j + 1, wires)))) {
        for (c = e = j + 1; e < n && e - c < 3 && capitalised(w, e) &&
                            (w->tok.v[e].flags & NEWS_TF_WORD);)
            e++;
        b = e < n && punct_is(w, j, '(') && punct_is(w, e, ')') ? e + 1 : e;
        if (e == c || (punct_is(w, j, '(') && b == e)) return 0;
    }
    if (j == i || b + 3 >= n || !punct_is(w, b, '(') || !word_in(w, b + 1, wires) ||
        !punct_is(w, b + 2, ')') || (w->tok.v[b + 3].flags & NEWS_TF_WORD) ||
        w->tok.v[b + 2].sentence != sent ||
        (tg->labels[i] == NEWS_LABEL_B(NEWS_PER) && j - i > 1 && !is_place_phrase(s, i, j)))
        return 0; /* (not a person's full name, as a byline might give it) */
    label_span(tg, i, j, NEWS_LOC);
    if (e > c) label_span(tg, c, e, NEWS_LOC);
    label_span(tg, b + 1, b + 2, NEWS_ORG);
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same)
        if (o - 1 != i && same_words(w, tg, i, o - 1, j - i) &&
            !(o - 1 > 0 && capitalised(w, o - 2) && !s->info[o - 1].first_word))
            label_span(tg, o - 1, o - 1 + (j - i), NEWS_LOC);
    return b + 3;
}

/* Articles and prepositions that long names in French, Spanish, Italian and Portuguese
 * keep in lower case, and their initials skip ("Fédération nationale des syndicats ..."). */
static const Word romance_smalls[] = {
    W("a"),   W("e"),   W("y"),   W("al"),   W("da"),    W("de"),    W("di"),    W("do"),
    W("du"),  W("el"),  W("en"),  W("et"),   W("la"),    W("le"),    W("das"),   W("del"),
    W("des"), W("dos"), W("las"), W("les"),  W("los"),   W("per"),   W("pour"),  W("della"),
    W("delle"), W("degli"), {0, 0}};

/* The first letter of token k in capitals, past an elided article ("d'exploitants",
 * "l’agriculture"). */
static uint8_t initial_of(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t o = 0;
    if (t->byte_len > 2 && (z[0] == 'd' || z[0] == 'l' || z[0] == 'D' || z[0] == 'L')) {
        if (z[1] == '\'') o = 2;
        else if (t->byte_len > 4 && z[1] == 0xE2 && z[2] == 0x80 && z[3] == 0x99) o = 4;
    }
    uint8_t c = z[o];
    return c >= 'a' && c <= 'z' ? (uint8_t)(c - 32) : c;
}

/* A long name in a Romance language before its initials in brackets, token i, that the
 * tagger left out or cut at its first word: "the Fédération nationale des syndicats
 * d'exploitants agricoles (FNSEA)", "Institut national de recherche pour l'agriculture,
 * l'alimentation et l'environnement (INRAE)". Back from the bracket over up to 14 words
 * and commas to a capitalised word, with one of romance_smalls or an elided article among
 * them, the initials of the words but those small ones must spell the acronym, with one
 * word to spare at most. Labels it ORG; returns whether it did. */
static int romance_long_form(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsToken *v = w->tok.v;
    const uint8_t *za = w->text + v[i].byte_start;
    size_t na = v[i].byte_len, g = i - 1;
    int romance = 0;
    while (g > 0 && i - g < 15 && v[g - 1].sentence == v[i].sentence &&
           ((v[g - 1].flags & NEWS_TF_WORD) || punct_is(w, g - 1, ','))) {
        g--;
        uint8_t c = w->text[v[g].byte_start];
        if (word_in(w, g, romance_smalls)
                ? v[g].byte_len > 1
                : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' && initial_of(w, g) != (c & 0xDF))
            romance = 1; /* (an elided article: its initial is not its first letter) */
        if (!capitalised(w, g) || !romance) continue;
        size_t ia = 0, extra = 0;
        for (size_t k = g; k < i - 1; k++) {
            if (!(v[k].flags & NEWS_TF_WORD) || word_in(w, k, romance_smalls)) continue;
            if (ia < na && initial_of(w, k) == za[ia]) ia++;
            else extra++;
        }
        if (ia == na && extra <= 1 && initial_of(w, g) == za[0]) {
            label_span(tg, g, i - 1, NEWS_ORG);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* Token i in capitals, in brackets right after a name whose words it abbreviates ("World
 * Health Organization (WHO)"): it and its other lone occurrences take the name's type. An
 * organisation's name that the acronym does not fit goes back over capitalised words and
 * "and", "of", "for", "the" or "&" to the word where it does. */
static void acronym_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word name_joins[] = {W("&"), W("of"), W("and"), W("for"), W("the"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    const NewsToken *t = &w->tok.v[i];
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (i < 2 || i + 1 >= n || t->byte_len < 2 || t->byte_len > 8 || !punct_is(w, i - 1, '(') ||
        !punct_is(w, i + 1, ')'))
        return;
    int law = 0; /* "Banks and Other Financial Institutions Act 2020 (BOFIA)": a law's */
    if (i > 3 && year_at(w, i - 2) && lab[i - 3] != NEWS_LABEL_O && word_is(w, i - 3, "Act") &&
        w->tok.v[i - 3].sentence == t->sentence) {
        if (lab[i - 2] == NEWS_LABEL_O)
            lab[i - 2] = (uint8_t)NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[i - 3]));
        law = 1;
    }
    if (lab[i - 2] == NEWS_LABEL_O && !capitalised(w, i - 2) && !romance_long_form(w, tg, i))
        return;
    if (lab[i - 2] == NEWS_LABEL_O && capitalised(w, i - 2)) {
        /* "the Committee on Industry, Research and Energy (ITRE)", "the Office for Film,
         * Newspaper and Article Administration (OFNAA)": a body's name that goes on past a
         * list's commas, which the tagger cut at the first; back to that body (s28) */
        size_t g = i - 2;
        while (g > 0 && i - g < 10 && lab[g] == NEWS_LABEL_O &&
               w->tok.v[g - 1].sentence == t->sentence &&
               (capitalised(w, g - 1) || punct_is(w, g - 1, ',') || word_is(w, g - 1, "and") ||
                word_is(w, g - 1, "&") || lab[g - 1] != NEWS_LABEL_O))
            g--;
        if (lab[g] == NEWS_LABEL_O || NEWS_LABEL_TYPE(lab[g]) != NEWS_ORG) return;
        size_t f0 = g;
        while (f0 > 0 && NEWS_LABEL_INSIDE(lab[f0])) f0--;
        int comma = 0;
        for (size_t k = g + 1; k < i - 1; k++) comma |= punct_is(w, k, ',');
        if (!comma || !acronym_fits(w, i, f0, i - 1)) return;
        label_span(tg, f0, i - 1, NEWS_ORG);
    }
    unsigned y = lab[i - 2];
    if (y == NEWS_LABEL_O || w->tok.v[i - 2].sentence != t->sentence) return;
    unsigned type = NEWS_LABEL_TYPE(y);
    size_t f = i - 2;
    while (f > 0 && lab[f] == NEWS_LABEL_I(type)) f--;
    if (f == i - 2) return;
    if (!acronym_fits(w, i, f, i - 1)) {
        /* "Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA)": the
         * tagger cut an organisation's name, and the acronym says where it starts */
        size_t g = f;
        if (type != NEWS_ORG && !law_head(w, law ? i - 3 : i - 2)) return;
        while (g > 0 && f - g < 6 && w->tok.v[g - 1].sentence == t->sentence &&
               (capitalised(w, g - 1) || word_in(w, g - 1, name_joins) ||
                (g > 1 && punct_is(w, g - 1, ',') && capitalised(w, g - 2)))) {
            /* (over a list's commas: "Immigration, Refugees and Citizenship Canada") */
            g--;
            if (capitalised(w, g) && acronym_fits(w, i, g, i - 1)) break;
        }
        if (g == f || !capitalised(w, g) || !acronym_fits(w, i, g, i - 1)) return;
        while (g > 0 && NEWS_LABEL_INSIDE(lab[g])) g--; /* a mention it starts inside of */
        label_span(tg, g, i - 1, NEWS_ORG);
        f = g;
    }
    if (type == NEWS_PER) {
        /* a person's initials follow a first name ("Mohammed bin Salman (MBS)"); without
         * one the name is a body's ("Empresas Públicas de Medellín (EPM)", "Dravida Munnetra
         * Kazhagam (DMK)") */
        size_t k = f;
        while (k < i - 1 &&
               !(capitalised(w, k) && (s->form[s->info[k].form].gaz & NEWS_GAZ_FIRST)))
            k++;
        if (k == i - 1) {
            type = NEWS_ORG;
            label_span(tg, f, i - 1, NEWS_ORG);
        }
    }
    if (law || (type != NEWS_MISC && f + 1 < i - 1 && law_head(w, i - 2))) {
        type = NEWS_MISC; /* the law is a MISC, as it will be typed ("Patriot Act") */
        label_span(tg, f, i - 1, NEWS_MISC);
    }
    if (word_is(w, f, "The") && w->text[t->byte_start] != 'T') {
        /* "The International Monetary Fund (IMF)" at a sentence's start */
        lab[f] = NEWS_LABEL_O;
        lab[f + 1] = (uint8_t)NEWS_LABEL_B(type);
    }
    if (!spread_first(tg, i, 1)) { /* the acronym's other occurrences have their type */
        lab[i] = (uint8_t)NEWS_LABEL_B(type);
        if (tg->margin[i] < RULE_MARGIN) tg->margin[i] = RULE_MARGIN;
        return;
    }
    uint64_t h = s->form[s->info[i].form].h_form;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1;
        if (s->form[s->info[k].form].h_form != h) continue;
        if (lab[k] != NEWS_LABEL_O &&
            (NEWS_LABEL_INSIDE(lab[k]) || (k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1]))))
            continue; /* part of a longer name */
        if (lab[k] == NEWS_LABEL_O || tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
        lab[k] = (uint8_t)NEWS_LABEL_B(type);
    }
}

/* The label B-X that the text gives token i's word elsewhere, outside headlines and i's
 * own sentence: alone, or as the last word of a person's name; NEWS_LABEL_O if nowhere.
 * It looks at the word's first 32 occurrences of the window only, so that a word repeated
 * in every headline of a long text costs a constant each time. */
static unsigned label_elsewhere(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    int look = 32;
    for (uint32_t o = s->info[i].first_same; o && look > 0;
         o = s->info[o - 1].next_same, look--) {
        size_t k = o - 1;
        unsigned y = lab[k];
        if (s->info[k].headline || y == NEWS_LABEL_O ||
            w->tok.v[k].sentence == w->tok.v[i].sentence ||
            (k + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[k + 1])) ||
            (NEWS_LABEL_INSIDE(y) && y != NEWS_LABEL_I(NEWS_PER)))
            continue;
        return NEWS_LABEL_B(NEWS_LABEL_TYPE(y));
    }
    return NEWS_LABEL_O;
}

/* Whether the words from token j say that the one named before them was born or died ("was
 * born on October 31, 1832", "died in 1911"): only a person is. */
static int born_or_died(const NewsWork *w, size_t j) {
    if (j >= w->tok.n || w->tok.v[j].sentence != w->tok.v[j - 1].sentence) return 0;
    if (word_is(w, j, "died")) return 1;
    return j + 1 < w->tok.n && word_is(w, j, "was") && word_is(w, j + 1, "born");
}

/* The one-word name at token i is a person, and so is the word wherever else it stands
 * alone in the window ("Cotton was born in 1832" after "Cotton's dark deeds"). */
static void one_person(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
        size_t k = o - 1;
        if (lab[k] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[k]) ||
            (k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])))
            continue; /* left out, or part of a longer name */
        lab[k] = (uint8_t)NEWS_LABEL_B(NEWS_PER);
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
    }
}

/* Types token i, a word on no list opening a sentence that the tagger left out, as the
 * text types the word elsewhere (branch ner16): opening a sentence the capital says
 * nothing, and the tagger leaves out names newer than its training text there ("Swiggy
 * reported a loss" under "Swiggy and Zomato battle for ..."). Only alone (no capitalised
 * word after it), when the word is never written in lower case, and when more of its other
 * occurrences are that name, of one type, than are left out (not "Shr", which a results
 * table of 1987 opens many lines with), counting those where the capital says something.
 * The first 32 occurrences are looked at. */
static void opening_name(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (!capitalised(w, i) || (s->info[i].doc & NEWS_DOC_LOWER) ||
        (i + 1 < n && w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
         (w->tok.v[i + 1].flags & NEWS_TF_UPPER_INIT)) ||
        !unlisted_word(w, tg, i))
        return;
    unsigned y = NEWS_LABEL_O;
    int named = 0, left = 0, look = 32;
    for (uint32_t o = s->info[i].first_same; o && look > 0; o = s->info[o - 1].next_same, look--) {
        size_t k = o - 1;
        unsigned z = lab[k];
        if (k == i || (k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])) ||
            (NEWS_LABEL_INSIDE(z) && z != NEWS_LABEL_I(NEWS_PER)))
            continue; /* part of a longer name, not its surname */
        if (z == NEWS_LABEL_O) {
            left++;
            continue;
        }
        /* what the tagger read where a capital says something: inside a sentence after a
         * word or a comma (not after a dateline's dash, "NEW YORK - Shr 26 cts"), or
         * opening the text's title */
        if (s->info[k].first_word
                ? w->win_byte_start != 0 || w->tok.v[k].sentence != w->tok.v[0].sentence
                : !(k > 0 && ((w->tok.v[k - 1].flags & NEWS_TF_WORD) || punct_is(w, k - 1, ','))))
            continue;
        z = NEWS_LABEL_B(NEWS_LABEL_TYPE(z));
        if (y != NEWS_LABEL_O && z != y) return;
        y = z;
        named++;
    }
    if (named > left) {
        lab[i] = (uint8_t)y;
        tg->margin[i] = RULE_MARGIN;
    }
}

/* Whether token k may be part of a name in a byline: a first name or a surname, or a word
 * no dictionary has ("ZEKE", "MILLER"; not "REUTERS STAFF", "ORDER OF THE COURT"). */
static int byline_word(const NewsTagger *tg, size_t k) {
    uint32_t g = tg->feat.form[tg->feat.info[k].form].gaz;
    return (g & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME)) ||
           !(g & (NEWS_GAZ_COMMON | NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG));
}

/* Whether token k is a word in capitals as a byline writes a name, "Mc" or "Mac" before
 * them too ("DEREK McALLISTER", "IAN MacDONALD"). */
static int byline_caps(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    if (t->flags & NEWS_TF_ALL_UPPER) return 1;
    size_t p = t->byte_len > 4 && z[0] == 'M' && z[1] == 'c' ? 2
               : t->byte_len > 5 && z[0] == 'M' && z[1] == 'a' && z[2] == 'c' ? 3
                                                                                : 0;
    if (!p) return 0;
    for (; p < t->byte_len; p++)
        if (z[p] < 'A' || z[p] > 'Z') return 0;
    return 1;
}

/* A byline in capitals at token i ("By ZEKE MILLER and COLLEEN LONG Associated Press",
 * the AP's style): each run of two to four words in capitals (byline_word) after "By",
 * "and" or a comma is a person, and what follows them is no part of a name of theirs.
 * Returns the token after the last name, or 0 when token i opens no such byline. */
static size_t byline_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    size_t n = w->tok.n, k = i + 1, last = 0;
    if (!(w->tok.v[i].flags & NEWS_TF_PARA_START) || !word_is(w, i, "By")) return 0;
    for (;;) {
        size_t j = k;
        while (j < n && !(w->tok.v[j].flags & NEWS_TF_PARA_START) && j - k < 5 &&
               byline_caps(w, j) && w->tok.v[j].char_len > 1 && byline_word(tg, j))
            j++;
        if (j - k < 2 || j - k > 4) break;
        label_span(tg, k, j, NEWS_PER);
        for (size_t q = k; q < j; q++) tg->margin[q] = RULE_MARGIN;
        if (j < n && NEWS_LABEL_INSIDE(tg->labels[j]))
            tg->labels[j] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(tg->labels[j]));
        last = j;
        if (j + 1 >= n || (w->tok.v[j + 1].flags & NEWS_TF_PARA_START) ||
            !(word_is(w, j, "and") || punct_is(w, j, ',')))
            break;
        k = j + 1;
    }
    return last;
}

/* A wire's credit line at token i ("(Reporting by Dana Seitkali in Astana and Hugo Lee in
 * London; Editing by Jan Harvey)", "Additional reporting by ..."): the words of the credit
 * are no name (the tagger read "Editing" as a place), and each run of capitalised words after
 * "by", "and" or a comma, up to "in", a comma, "and", ";" or ")", is a person (not the
 * company "Dana" of the lists). Returns the token after the credit, or 0 when none opens at
 * token i. */
static size_t credit_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word credits[] = {W("Editing"), W("Writing"), W("Reporting"), {0, 0}};
    size_t n = w->tok.n, k = i + 1;
    if (word_is(w, i, "Additional") && k < n && word_is(w, k, "reporting")) k++;
    else if (!word_in(w, i, credits))
        return 0;
    if (k + 1 >= n || !word_is(w, k, "by") || !capitalised(w, k + 1)) return 0;
    for (size_t q = i; q <= k; q++) tg->labels[q] = NEWS_LABEL_O;
    for (k++; k < n && !(w->tok.v[k].flags & NEWS_TF_PARA_START);) {
        size_t j = k;
        while (j < n && capitalised(w, j) && !(w->tok.v[j].flags & NEWS_TF_PARA_START)) j++;
        if (j == k || j - k > 4) break;
        label_span(tg, k, j, NEWS_PER);
        if (j < n && NEWS_LABEL_INSIDE(tg->labels[j]))
            tg->labels[j] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(tg->labels[j]));
        if (j + 2 < n && word_is(w, j, "in")) { /* the place the tagger typed */
            j += 2;
            while (j < n && NEWS_LABEL_INSIDE(tg->labels[j])) j++;
        }
        if (j + 1 >= n || !(word_is(w, j, "and") || punct_is(w, j, ','))) return j;
        k = j + 1;
    }
    return k;
}

/* Token i of an all-capital headline, which the tagger left out ("MUSK SAYS SPACEX WILL
 * ..."): takes the type the text gives the same word written in mixed case. */
static void headline_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    unsigned y = label_elsewhere(w, tg, i);
    if (y == NEWS_LABEL_O) return;
    tg->labels[i] = (uint8_t)y;
    tg->margin[i] = RULE_MARGIN;
}

/* Title-case headlines ("Merkel Warns Of Slowdown As Exports Fall", a style the 1996
 * training text never writes, where the tagger reads the capitalised verbs and nouns as
 * one long name): a paragraph of one sentence of three words or more (a full stop at its
 * end, which some archives add to titles, aside), whose words of four letters or more all
 * start with a capital, and which capitalises a verb or a preposition after its first word. */
static const Word headline_breaks[] = {
    W("To"),     W("Is"),     W("Be"),     W("In"),     W("On"),     W("At"),     W("As"),
    W("By"),     W("Can"),    W("May"),    W("Are"),    W("Was"),    W("Has"),    W("Had"),
    W("For"),    W("Will"),   W("Must"),   W("Were"),   W("Have"),   W("With"),   W("From"),
    W("Over"),   W("Amid"),   W("Into"),   W("Gets"),   W("Wins"),   W("Vows"),   W("Hits"),
    W("Cuts"),   W("Buys"),   W("Sues"),   W("Bans"),   W("Ends"),   W("Eyes"),   W("Would"),
    W("Could"),  W("After"),  W("Faces"),  W("Plans"),  W("Seeks"),  W("Signs"),  W("Sells"),
    W("Takes"),  W("Makes"),  W("Backs"),  W("Beats"),  W("Loses"),  W("Nears"),  W("Mulls"),
    W("Joins"),  W("Gains"),  W("Hires"),  W("Quits"),  W("Drops"),  W("Jumps"),  W("Soars"),
    W("Sinks"),  W("Halts"),  W("Lifts"),  W("Trims"),  W("Opens"),  W("Should"), W("Raises"),
    W("Blocks"), W("Weighs"), W("Surges"), W("Delays"), W("Boosts"), W("Scraps"), W("Pauses"),
    W("Against"), W("Unveils"), W("Rejects"), W("Slashes"), W("Plunges"), W("Expands"),
    W("Targets"), W("Extends"), W("Doubles"), W("Launches"), W("Approves"), W("Acquires"),
    W("Announces"), {0, 0}};

/* Whether token k breaks a name in a title-case headline: a word of headline_breaks, or a
 * cue verb in -s or the past that news writes in lower case ("Says", "Warns", "Told"; not
 * "Post" of "Washington Post" nor "States" of "United States"). */
static int headline_break(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    if (!(t->flags & NEWS_TF_UPPER_INIT) || (t->flags & NEWS_TF_ALL_UPPER)) return 0;
    if (word_in(w, k, headline_breaks)) return 1;
    const uint8_t *z = w->text + t->byte_start;
    unsigned cue = news_cue_flags(z, t->byte_len);
    uint8_t case_bin = tg->feat.form[tg->feat.info[k].form].case_bin;
    return cue && (z[t->byte_len - 1] == 's' || (cue & NEWS_CUE_PAST)) &&
           (case_bin == NEWS_CASE_LOWER || case_bin == NEWS_CASE_MOSTLY_LOWER);
}

/* Whether token k of a title-case headline is an ordinary word: one the unlabelled news
 * writes in lower case (mostly) and this text never capitalises mid-sentence, or a word
 * that joins names ("Of", "And", "The"). */
static int headline_common(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word joins[] = {W("Of"), W("And"), W("The"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    const NewsForm *f = &s->form[s->info[k].form];
    if (word_in(w, k, joins)) return 1;
    return (f->case_bin == NEWS_CASE_LOWER || f->case_bin == NEWS_CASE_MOSTLY_LOWER) &&
           !(s->info[k].doc & NEWS_DOC_CAP_MID);
}

/* The title-case headline in tokens [a, b), if it is one (above): its names are cut at
 * the verbs and prepositions, a piece of ordinary words alone is no name ("Slowdown"),
 * and a piece of one word takes the type the text gives it elsewhere ("Merkel" of "Angela
 * Merkel"). */
static void titlecase_headline(const NewsWork *w, NewsTagger *tg, size_t a, size_t b) {
    uint8_t *lab = tg->labels;
    if (b - a < 3 || !(w->tok.v[a].flags & NEWS_TF_PARA_START) ||
        !(w->tok.v[b - 1].flags & NEWS_TF_PARA_END) || tg->feat.info[a].headline)
        return;
    if (punct_is(w, b - 1, '.')) b--; /* "Lund Says Port Will Close." (a title given a stop) */
    size_t words = 0, breaks = 0;
    for (size_t k = a; k < b; k++) {
        const NewsToken *t = &w->tok.v[k];
        if (!(t->flags & NEWS_TF_WORD) || (t->flags & NEWS_TF_DIGIT)) continue;
        /* a word with a capital after its first letter ("iPhone", "eBay": the form's
         * `cand`) does not make the line ordinary text */
        if (t->char_len >= 4 && !(t->flags & NEWS_TF_UPPER_INIT) &&
            !tg->feat.form[tg->feat.info[k].form].cand)
            return;
        words++;
        if (k > a && headline_break(w, tg, k)) breaks++;
    }
    if (words < 3 || !breaks) return;
    for (size_t k = a; k < b; k++) {
        if (lab[k] == NEWS_LABEL_O || !headline_break(w, tg, k)) continue;
        if (k + 1 < b && NEWS_LABEL_INSIDE(lab[k + 1]))
            lab[k + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[k + 1]));
        lab[k] = NEWS_LABEL_O;
    }
    for (size_t p = a; p < b;) {
        if (lab[p] == NEWS_LABEL_O) {
            p++;
            continue;
        }
        size_t q = p + 1;
        int common = headline_common(w, tg, p);
        while (q < b && lab[q] == NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[p]))) {
            common &= headline_common(w, tg, q);
            q++;
        }
        if (common) {
            memset(lab + p, NEWS_LABEL_O, q - p);
            p = q;
            continue;
        }
        /* "Samsung Shares Slump": ordinary words end no name here */
        while (q - p > 1 && headline_common(w, tg, q - 1)) lab[--q] = NEWS_LABEL_O;
        /* nor open one before a word in its own case: "New" + "iPhone" */
        if (q - p > 1 && !(w->tok.v[p + 1].flags & NEWS_TF_UPPER_INIT) &&
            headline_common(w, tg, p)) {
            lab[p + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[p]));
            lab[p++] = NEWS_LABEL_O;
        }
        if (q - p == 1) {
            unsigned y = label_elsewhere(w, tg, p);
            if (y != NEWS_LABEL_O && y != lab[p]) {
                lab[p] = (uint8_t)y;
                tg->margin[p] = RULE_MARGIN;
            }
        }
        p = q;
    }
}

/* The one-word name at token i when its former name follows it (branch ner15): "X,
 * formerly known as Twitter", "X (formerly Twitter)", "Meta, formerly called Facebook".
 * The name, which the tagger leaves out or types by its look (a letter, a word), takes
 * the type of the former name, a person, an organisation or a place (a MISC there is
 * more often the tagger's doubt than a product), and a company's other lone occurrences
 * are the company too ("Musk's X"). */
static void formerly_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, k = i + 3;
    uint32_t sent = w->tok.v[i].sentence;
    if (k >= n || !word_is(w, i + 2, "formerly") || NEWS_LABEL_INSIDE(lab[i + 1]) ||
        !(punct_is(w, i + 1, ',') || punct_is(w, i + 1, '(')) ||
        (i > 0 && word_is_the(w, i - 1))) /* "the Rashadat (formerly Rostam) field" */
        return;
    if (k + 1 < n && word_is(w, k, "known") && word_is(w, k + 1, "as"))
        k += 2;
    else if (word_is(w, k, "called") || word_is(w, k, "named"))
        k++;
    if (k >= n || w->tok.v[k].sentence != sent || lab[k] == NEWS_LABEL_O ||
        NEWS_LABEL_INSIDE(lab[k]) || lab[k] == NEWS_LABEL_B(NEWS_MISC) || lab[i] == lab[k])
        return;
    lab[i] = lab[k];
    if (tg->margin[i] < RULE_MARGIN) tg->margin[i] = RULE_MARGIN;
    if (lab[i] == NEWS_LABEL_B(NEWS_ORG)) spread_company(w, tg, i);
}

/* A name right after ", known as" or ", also known as" (token k is "known") takes the type
 * of the mention before the comma, where the tagger read it otherwise or left it out ("The
 * Japan Innovation Party, known as Ishin,"; "Mohammed Hamdan Dagalo, also known as
 * Hemedti,"; branch lead29): one capitalised word before a comma, a full stop or a bracket,
 * not one the tagger read as a person for a body. */
static void known_as(const NewsWork *w, NewsTagger *tg, size_t k) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, c = k - 1, i = k + 2;
    if (word_is(w, c, "also")) c--;
    if (c < 1 || i >= n || !punct_is(w, c, ',') || !word_is(w, k + 1, "as") ||
        lab[c - 1] == NEWS_LABEL_O || w->tok.v[i].sentence != w->tok.v[k].sentence ||
        !capitalised(w, i) || NEWS_LABEL_INSIDE(lab[i]))
        return;
    size_t f = c - 1;
    while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
    unsigned t = NEWS_LABEL_TYPE(lab[f]);
    size_t j = i + 1;
    if (lab[i] != NEWS_LABEL_O)
        while (j < n && lab[j] == lab[i] + 1) j++;
    if (t == NEWS_MISC || j != i + 1 || lab[i] == NEWS_LABEL_B(t) ||
        (lab[i] == NEWS_LABEL_B(NEWS_PER) && t != NEWS_PER) || j >= n ||
        !(punct_is(w, j, ',') || punct_is(w, j, '.') || punct_is(w, j, ')')))
        return; /* not a person's name the tagger found ("JK, also known as Jason King") */
    label_span(tg, i, j, (int)t);
    if (t == NEWS_ORG && j - i == 1) spread_company(w, tg, i);
}

/* Whether tokens [i, j) are a name no list of people or places has (a party's name in
 * another language: "Chadema", "Chama Cha Mapinduzi"): one word on no such list, or words
 * that open with no first name and are no place on a list. */
static int unlisted_name(const NewsTagger *tg, size_t i, size_t j) {
    const NewsFeatScratch *s = &tg->feat;
    uint16_t g = s->form[s->info[i].form].gaz;
    if (j - i > 1) return !(g & NEWS_GAZ_FIRST) && !is_place_phrase(s, i, j);
    return !(g & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION |
                  NEWS_GAZ_CITY));
}

/* Types ORG, with its lone occurrences elsewhere ("Chadema spokesman"), the party a
 * lower-case "party" at token k names, where the tagger read a person or a place, the name
 * on no list (branch lead29): the name right before it after "the" or a word for a party's
 * place in politics, or before its acronym in brackets, which goes too ("the governing
 * Chama Cha Mapinduzi (CCM) party", "the Komeito party"); the name between commas right
 * after such a word and "party," ("The main opposition party, Chadema, was barred"). */
static void party_name(const NewsWork *w, NewsTagger *tg, size_t k) {
    static const Word sides[] = {W("main"),       W("ruling"),    W("centrist"),
                                 W("far-left"),   W("populist"),  W("far-right"),
                                 W("governing"),  W("opposition"), W("separatist"),
                                 W("nationalist"), {0, 0}}; /* by length, as word_in wants */
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = k;
    uint32_t sent = w->tok.v[k].sentence;
    size_t acr = 0;
    if (e >= 4 && punct_is(w, e - 1, ')') && punct_is(w, e - 3, '(') &&
        (w->tok.v[e - 2].flags & NEWS_TF_ALL_UPPER))
        acr = e - 2, e -= 3; /* "Chama Cha Mapinduzi (CCM) party" */
    if (e > 1 && lab[e - 1] != NEWS_LABEL_O && w->tok.v[e - 1].sentence == sent) {
        size_t f = e - 1;
        while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
        unsigned t = NEWS_LABEL_TYPE(lab[f]);
        if ((t == NEWS_PER || t == NEWS_LOC) && f > 0 &&
            (word_is_the(w, f - 1) || word_in(w, f - 1, sides)) && unlisted_name(tg, f, e)) {
            label_span(tg, f, e, NEWS_ORG);
            if (e - f == 1) spread_company(w, tg, f);
            if (acr && lab[acr] != NEWS_LABEL_O) label_span(tg, acr, acr + 1, NEWS_ORG);
        }
    }
    size_t i = k + 2;
    if (i + 1 >= n || !punct_is(w, k + 1, ',') || !word_in(w, k - 1, sides) ||
        lab[i] == NEWS_LABEL_O || NEWS_LABEL_INSIDE(lab[i]) || w->tok.v[i].sentence != sent)
        return;
    unsigned t = NEWS_LABEL_TYPE(lab[i]);
    size_t j = i + 1;
    while (j < n && lab[j] == lab[i] + 1) j++;
    if ((t == NEWS_PER || t == NEWS_LOC) && j < n && punct_is(w, j, ',') &&
        unlisted_name(tg, i, j)) {
        label_span(tg, i, j, NEWS_ORG);
        if (j - i == 1) spread_company(w, tg, i);
    }
}

/* The name starting at token i (a mention, or capitalised words the tagger left out): an
 * ORG, with its other lone occurrences, when its neighbours say it is a company. Returns
 * the token after it, or after i for words the tagger left out and that stay out. */
static size_t company_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    unsigned y = lab[i];
    size_t j = i + 1;
    if (y == NEWS_LABEL_O)
        while (j < n && lab[j] == NEWS_LABEL_O && s->info[j].cand &&
               (w->tok.v[j].flags & NEWS_TF_UPPER_INIT) && j - i < 4)
            j++;
    else
        while (j < n && lab[j] == y + 1) j++;
    if (y != NEWS_LABEL_O && j - i > 1 && company_end(w, j - 1)) {
        /* "fined Solara Technologies ... Solara said": the first word alone is the company
         * too, when it is no ordinary word or title ("General Motors Corp.") */
        make_company(w, tg, i, j);
        if (j - i == 2 && !(s->form[s->info[i].form].gaz & NEWS_GAZ_COMMON) && !title_of(tg, i) &&
            !list_phrase(s, i, i + 1, NEWS_GAZ_COUNTRY) &&
            (!capitalised(w, i) ||
             ((s->form[s->info[i].form].gaz & NEWS_GAZ_AUTO) >> NEWS_GAZ_AUTO_SHIFT) !=
                 1 + NEWS_MISC))
            /* not "U.S. Group", "Singapore Airlines", nor a word the unlabelled news reads as
             * a MISC ("Islamic Group", "Indian Airlines"; "ITA Airways" gives "ITA") */
            spread_company(w, tg, i);
        else if (j - i == 2 && capitalised(w, i) && !title_of(tg, i) &&
                 !(s->form[s->info[i].form].gaz &
                   (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_CITY |
                    NEWS_GAZ_REGION)))
            /* an ordinary word ("Corvid Mobility", "Kestrel Robotics"): only where the tagger
             * read it alone as a person, which an ordinary word is not (branch ner18) */
            company_persons(w, tg, i);
        return j;
    }
    if (y != NEWS_LABEL_O && j - i > 1 && s->info[i].first_word && capital_noun(w, i)) {
        /* "Chipmaker Intel posts record loss": the noun opening the sentence is no name */
        make_company(w, tg, i + 1, j);
        tg->labels[i] = NEWS_LABEL_O;
        return j;
    }
    if (j - i == 1 && !(i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) && business_cue(w, tg, i)) {
        make_company(w, tg, i, j);
        return j;
    }
    if (y == NEWS_LABEL_O && analyst_firm(w, tg, i, j)) {
        make_company(w, tg, i, j);
        return j;
    }
    const NewsToken *t = &w->tok.v[i];
    /* not a word that opens a sentence ("The chief executive"), a title ("drugmaker Dr
     * Reddy's"), a place on a list or a country's initials ("shares in London", "shares in
     * UK drinks firm ...") or a word in a longer name */
    if (w->tok.v[j - 1].sentence != t->sentence || t->char_len < 2 ||
        (t->flags & NEWS_TF_HYPHEN) || title_of(tg, i) ||
        (y == NEWS_LABEL_O && (s->info[i].first_word || (j < n && lab[j] != NEWS_LABEL_O))) ||
        (y == NEWS_LABEL_B(NEWS_LOC) &&
         (is_place_phrase(s, i, j) || ((t->flags & NEWS_TF_ALL_UPPER) && t->char_len < 4))))
        return y == NEWS_LABEL_O ? i + 1 : j;
    if (said_company(w, tg, i, j)) {
        make_company(w, tg, i, j);
        return j;
    }
    return y == NEWS_LABEL_O ? i + 1 : j; /* the words after it get their own look */
}

/* The first token from i on whose label is not O, or about it: most labels are O (0), so
 * they are passed eight at a time; the caller looks at the token it lands on. */
static size_t past_o(const uint8_t *lab, size_t i, size_t n) {
    uint64_t eight;
    while (i + 8 <= n) {
        memcpy(&eight, lab + i, 8);
        if (eight) break;
        i += 8;
    }
    return i;
}

/* Whether token k is a model's number or code after a product's name: 1 to 4 digits
 * ("Falcon 9", "Boeing 737") or a capital and 1 to 4 more letters and digits with a digit
 * among them ("Galaxy S24", "Airbus A320"), a space after the name, and nothing after it
 * that goes on the number ("the Villa 2-1 win", "its Series 3 per cent"); a full stop or a
 * comma before a space may end it ("Apple's iPhone 16."; branch ner16). */
static int model_number(const NewsWork *w, size_t k) {
    static const Word goes_on[] = {W("m"),       W("bn"),      W("per"),  W("years"),
                                   W("million"), W("billion"), W("percent"), {0, 0}};
    const NewsToken *t = &w->tok.v[k], *p = &w->tok.v[k - 1];
    const uint8_t *z = w->text + t->byte_start;
    if (!(t->flags & NEWS_TF_DIGIT) || t->byte_len > 5 || t->sentence != p->sentence ||
        t->byte_start != p->byte_start + p->byte_len + 1)
        return 0;
    if (!news_tok_digits(w, k, 4)) {
        if (!(z[0] >= 'A' && z[0] <= 'Z')) return 0;
        for (size_t b = 1; b < t->byte_len; b++)
            if (!((z[b] >= '0' && z[b] <= '9') || (z[b] >= 'A' && z[b] <= 'Z'))) return 0;
    }
    if (k + 1 >= w->tok.n || w->tok.v[k + 1].sentence != t->sentence) return 1;
    const NewsToken *q = &w->tok.v[k + 1];
    if (q->byte_start == t->byte_start + t->byte_len) /* "9-1", "9%", "9:30"; not "16." */
        return (punct_is(w, k + 1, '.') || punct_is(w, k + 1, ',')) &&
               (q->flags & NEWS_TF_SPACE_AFTER);
    return !(q->flags & NEWS_TF_DIGIT) && !word_in(w, k + 1, goes_on);
}

/* Words after a model's number that belong to its name ("iPhone 16 Pro", "737 Max"). */
static int model_suffix(const NewsWork *w, size_t k) {
    static const Word suffixes[] = {W("Max"),  W("Pro"),  W("Air"),   W("Mini"),
                                    W("Plus"), W("Lite"), W("Ultra"), {0, 0}};
    return word_in(w, k, suffixes);
}

/* Whether the one-word name in tokens [i, j) is a model's suffix after a model number of
 * three digits, itself after "the" or another word of model_end's ("the 737 Max", which
 * the tagger reads as a man named Max). */
static int bare_model(const NewsWork *w, size_t i, size_t j) {
    static const Word dets[] = {W("a"), W("its"), W("the"), W("The"), W("their"), {0, 0}};
    if (j - i != 1 || i < 2 || !(w->tok.v[i - 1].flags & NEWS_TF_DIGIT) || !model_suffix(w, i))
        return 0;
    const NewsToken *d = &w->tok.v[i - 1];
    return d->byte_len == 3 && news_tok_digits(w, i - 1, 3) && model_number(w, i - 1) &&
           w->tok.v[i].byte_start == d->byte_start + 4 && word_in(w, i - 2, dets);
}

/* The end of a product named by its model ("a Falcon 9 rocket", "Apple's iPhone 16 Pro",
 * "the Galaxy S24"), or 0: the name in tokens [i, j), one word the tagger named or written
 * in camel case ("iPhone", which it leaves out), or that word and the number when the tagger
 * took both, then a model number (model_number) and the words that go on it, after "a",
 * "the", a possessive pronoun or a possessive ("SpaceX's"): an article or possessive is what
 * sets a product apart from a team and its score in a results list ("Chelsea 2 Arsenal 1").
 * Not a month ("the May 5 vote"), nor a broadcaster's station ("Channel 4"). */
static size_t model_end(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word dets[] = {W("a"),   W("an"),  W("its"), W("the"),   W("his"),
                                W("her"), W("new"), W("The"), W("their"), W("latest"),
                                {0, 0}};
    size_t n = w->tok.n;
    const NewsToken *t = &w->tok.v[i];
    uint32_t sent = t->sentence;
    /* a digit next: most names are turned down here */
    size_t d = j - i == 2 ? i + 1 : j;
    if (j - i > 2 || d >= n || !(w->tok.v[d].flags & NEWS_TF_DIGIT)) return 0;
    if (i == 0 || w->tok.v[i - 1].sentence != sent || !(t->flags & NEWS_TF_WORD) ||
        (t->flags & (NEWS_TF_DIGIT | NEWS_TF_ALL_UPPER | NEWS_TF_HYPHEN)))
        return 0;
    if (!(word_in(w, i - 1, dets) ||
          ((w->tok.v[i - 1].flags & NEWS_TF_CLITIC) && w->tok.v[i - 1].byte_len <= 4 &&
           (w->text[w->tok.v[i - 1].byte_start + w->tok.v[i - 1].byte_len - 1] == 's'))))
        return 0;
    size_t k;
    if (j - i == 2 && model_number(w, i + 1)) k = i + 2;
    else if (j - i == 1 && j < n && model_number(w, j)) k = j + 1;
    else return 0;
    if (is_month(w, i) || word_is(w, i, "May") || station_number(w, i + 1)) return 0;
    if (tg->labels[i] == NEWS_LABEL_O && (t->flags & NEWS_TF_UPPER_INIT)) return 0;
    while (k < n && w->tok.v[k].sentence == sent && model_suffix(w, k)) k++;
    return k;
}

/* Whether a title goes on past token j - 1, where the tagger ended a one-word name: "and",
 * "&" or "of" then a capitalised word or "the" ("Angels and Demons", "Shaun of the Dead").
 * The word the tagger took is then no title of its own; names of two words or more are
 * more often one of a list ("Early Doors and The Alan Clark Diaries"). */
static int title_goes_on(const NewsWork *w, size_t j) {
    if (j + 1 >= w->tok.n || w->tok.v[j + 1].sentence != w->tok.v[j].sentence) return 0;
    if (!(word_is(w, j, "and") || word_is(w, j, "of") || punct_is(w, j, '&'))) return 0;
    return (w->tok.v[j + 1].flags & NEWS_TF_UPPER_INIT) || word_is(w, j + 1, "the");
}

/* Whether the name in tokens [i, j) follows a phrase that says it is a work: "starred in
 * Downton Abbey", "a role in Succession", "the star of Baby Reindeer", "an episode of CSI",
 * "the sequel to Gladiator", "author of Wolf Hall". Not a place on a list ("starred in
 * London"), a person of the article, or a name a possessive follows ("an adaptation of
 * Dickens's novel"). */
static int after_work_phrase(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word in_verbs[] = {W("role"),     W("cameo"),    W("stars"),   W("roles"),
                                    W("starred"),  W("appears"),  W("starring"),
                                    W("appeared"), {0, 0}};
    static const Word of_nouns[] = {W("cast"),     W("star"),     W("stars"),   W("author"),
                                    W("remake"),   W("sequel"),   W("creator"), W("episode"),
                                    W("episodes"), W("adaptation"), {0, 0}};
    uint32_t sent = w->tok.v[i].sentence;
    if (i < 2 || w->tok.v[i - 2].sentence != sent) return 0;
    const NewsToken *p = &w->tok.v[i - 1];
    if (p->byte_len != 2 || !(word_is(w, i - 1, "in") || word_is(w, i - 1, "of") ||
                              word_is(w, i - 1, "to")))
        return 0;
    if (!(word_is(w, i - 1, "in") ? word_in(w, i - 2, in_verbs)
          : word_is(w, i - 1, "of") ? word_in(w, i - 2, of_nouns)
                                    : word_is(w, i - 2, "sequel")))
        return 0;
    static const Word next_ok[] = {W("as"),    W("in"),   W("is"),   W("on"),    W("or"),
                                   W("and"),   W("but"),  W("for"),  W("has"),   W("had"),
                                   W("was"),   W("who"),  W("from"), W("when"),  W("will"),
                                   W("with"),  W("where"), W("which"), W("alongside"),
                                   {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    const NewsToken *t = &w->tok.v[i];
    if (j - i == 1 && title_goes_on(w, j)) return 0; /* "appears in Angels and Demons" */
    /* not a team ("the star of Team GB"), an acronym or a company ("appeared in BBC
     * series Ballykissangel"), nor a place on a list ("starred in London") */
    if ((s->topic & 1) || ((t->flags & NEWS_TF_ALL_UPPER) && t->char_len <= 4) ||
        (j - i == 1 && (s->form[s->info[i].form].gaz & NEWS_GAZ_COMPANY)) ||
        is_place_phrase(s, i, j))
        return 0;
    /* a word after it that is no function word makes it a modifier ("a role in Yukos
     * split-up", "an episode of US television series CSI"), or a possessive an owner */
    if (j < w->tok.n && w->tok.v[j].sentence == sent && (w->tok.v[j].flags & NEWS_TF_WORD) &&
        !(w->tok.v[j].flags & NEWS_TF_UPPER_INIT) && !word_in(w, j, next_ok))
        return 0;
    uint64_t h = s->form[s->info[j - 1].form].h_form;
    return !(tg->labels[i] == NEWS_LABEL_B(NEWS_PER) && surname_has(tg, h | 1));
}

/* Whether the name in tokens [i, j) stands before a comma and an apposition that calls it
 * a work: "Slow Horses, the Apple TV+ spy drama, returns", "Barbie, a film about ...". The
 * work noun comes within six tokens, before any "of", comma or possessive, and what follows
 * it is no noun of its own ("Jo Ray, the film director" is a person). */
static int apposition_work(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    static const Word art[] = {W("a"), W("an"), W("the"), W("her"), W("his"), W("their"),
                               {0, 0}};
    static const Word stop[] = {W("as"),   W("at"),    W("by"),    W("in"),    W("of"),
                                W("on"),   W("or"),    W("to"),    W("'s"),    W("and"),
                                W("for"),  W("who"),   W("’s"),    W("from"),  W("into"),
                                W("that"), W("with"),  W("about"), W("after"), W("which"),
                                W("behind"), {0, 0}};
    /* words after the noun that go on the description ("a film about ...") */
    static const Word goes_on[] = {W("by"),   W("in"),   W("on"),    W("for"),   W("set"),
                                   W("from"), W("that"), W("with"),  W("about"), W("based"),
                                   W("which"), W("starring"), {0, 0}};
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (j + 2 >= n || !punct_is(w, j, ',') || !word_in(w, j + 1, art) ||
        w->tok.v[j + 1].sentence != sent)
        return 0;
    for (size_t k = j + 2; k < n && k < j + 8 && w->tok.v[k].sentence == sent; k++) {
        const NewsToken *t = &w->tok.v[k];
        if (word_in(w, k, stop) || punct_is(w, k, ',') || punct_is(w, k, '.') ||
            punct_is(w, k, '('))
            return 0;
        if (!work_noun(w, tg, k)) continue;
        if (k + 1 < n && w->tok.v[k + 1].sentence == sent && work_noun(w, tg, k + 1))
            continue; /* "the BBC drama series" */
        return !(k + 1 < n && w->tok.v[k + 1].sentence == sent &&
                 (w->tok.v[k + 1].flags & NEWS_TF_WORD) &&
                 !(w->tok.v[k + 1].flags & NEWS_TF_CLITIC) &&
                 !(t->flags & NEWS_TF_UPPER_INIT) &&
                 (tg->feat.form[tg->feat.info[k + 1].form].gaz & NEWS_GAZ_COMMON) &&
                 !word_in(w, k + 1, goes_on));
    }
    return 0;
}

/* Whether a prize is named within `reach` tokens of token i, in its sentence only when
 * `sentence` is set: a prize (award_name: "Golden Lion"), a capitalised "Prize" or
 * "Award", or "prize", "award" or "festival" ("the best actor award"). */
static int prize_near(const NewsWork *w, const NewsTagger *tg, size_t i, size_t reach,
                      int sentence) {
    static const Word words[] = {W("prize"), W("award"), W("festival"), W("Festival"), {0, 0}};
    size_t n = w->tok.n, a = i > reach ? i - reach : 0, b = sentence ? i : i + reach;
    for (size_t k = a; k < b && k < n; k++) {
        if (sentence && w->tok.v[k].sentence != w->tok.v[i].sentence) continue;
        if (award_word(w, k) || word_in(w, k, words) || award_name(w, tg, k, k + 1) ||
            (k + 2 <= n && award_name(w, tg, k, k + 2)))
            return 1;
    }
    return 0;
}

/* Whether token k is in a title: a paragraph of one sentence that ends with a word, not a
 * stop ("Top gig award for Scissor Sisters" above its text; branch ner15). */
static int title_line(const NewsWork *w, size_t k) {
    size_t n = w->tok.n, a = k, b = k;
    uint32_t sent = w->tok.v[k].sentence;
    while (a > 0 && w->tok.v[a - 1].sentence == sent) a--;
    while (b + 1 < n && w->tok.v[b + 1].sentence == sent) b++;
    return (w->tok.v[a].flags & NEWS_TF_PARA_START) && (w->tok.v[b].flags & NEWS_TF_PARA_END) &&
           (w->tok.v[b].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT));
}

/* Whether the mention in tokens [i, j), which the tagger did not call a person, is the
 * title of a work given a prize (branch ner13): after "for" where a prize is named before
 * it in the sentence ("won the Golden Lion for The Room Next Door"), or after a person's
 * possessive where a prize or a festival is named near ("Maura Delpero's Vermiglio won
 * the Grand Jury Prize"). Not in a sports or business report ("the award for Chelsea",
 * "an arbitration award ... for AMT"), a short acronym, a name with a number ("Judy
 * Finnigan's Channel 4 show"), a place or a company on a list ("Elon Musk's Tesla"); after
 * "for" not in a headline or a title ("Top gig award for Scissor Sisters", a band) nor
 * before a capitalised word, nor after a name ("Agency for International
 * Development"), nor before a possessive ("one for Sport Interactive's coverage"). */
static int prize_work(const NewsWork *w, const NewsTagger *tg, size_t i, size_t j) {
    const NewsFeatScratch *s = &tg->feat;
    const NewsToken *t = &w->tok.v[i];
    if (i < 2 || tg->labels[i] == NEWS_LABEL_B(NEWS_PER) || s->topic ||
        w->tok.v[i - 2].sentence != t->sentence || is_place_phrase(s, i, j) ||
        ((t->flags & NEWS_TF_ALL_UPPER) && t->char_len <= 4) ||
        (j - i == 1 && (s->form[s->info[i].form].gaz & NEWS_GAZ_COMPANY)))
        return 0;
    size_t n = w->tok.n;
    for (size_t k = i; k <= j && k < n; k++) /* "Judy Finnigan's Channel 4 show" */
        if (w->tok.v[k].flags & NEWS_TF_DIGIT) return 0;
    if (word_is(w, i - 1, "for"))
        return !s->info[i].headline && tg->labels[i - 2] == NEWS_LABEL_O && !title_line(w, i) &&
               !(j < n && w->tok.v[j].sentence == t->sentence &&
                 (w->tok.v[j].flags & (NEWS_TF_CLITIC | NEWS_TF_UPPER_INIT))) &&
               prize_near(w, tg, i - 1, 40, 1);
    return (w->tok.v[i - 1].flags & NEWS_TF_CLITIC) &&
           tg->labels[i - 2] != NEWS_LABEL_O &&
           NEWS_LABEL_TYPE(tg->labels[i - 2]) == NEWS_PER && prize_near(w, tg, i, 60, 0);
}

/* The most works a window spreads (works_pass): each walks its word's occurrences, so a
 * text of many "the film X" costs a bounded amount. */
#define WORKS_MAX 64

/* Types the occurrence of the name `len` tokens long that starts at token i's word at k
 * MISC, when it stands alone there: the same forms, not inside a longer name, and not a
 * lone surname of a person of the article ("Oppenheimer" after "J. Robert Oppenheimer",
 * where "the film Oppenheimer" is the work). */
static void work_occurrence(const NewsWork *w, NewsTagger *tg, size_t i, size_t len, size_t k) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[k].sentence;
    if (k + len > n || w->tok.v[k + len - 1].sentence != sent || s->info[k].headline) return;
    for (size_t t = 0; t < len; t++)
        if (s->form[s->info[k + t].form].h_form != s->form[s->info[i + t].form].h_form) return;
    if (NEWS_LABEL_INSIDE(lab[k]) || (k + len < n && NEWS_LABEL_INSIDE(lab[k + len]))) return;
    for (size_t t = 1; t < len; t++)
        if (lab[k + t] != NEWS_LABEL_O && lab[k + t] != NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[k])))
            return; /* two names ("Apple Vision") */
    if (lab[k] == NEWS_LABEL_O) {
        /* words the tagger left out: not a one-word ordinary word or one that opens the
         * sentence ("Up to 40 people" after the film "Up"), nor a word of a longer run */
        if (len == 1 && (s->info[k].first_word ||
                         (s->form[s->info[k].form].gaz & NEWS_GAZ_COMMON)))
            return;
        if (k > 0 && w->tok.v[k - 1].sentence == sent && lab[k - 1] != NEWS_LABEL_O) return;
    } else if (len == 1 && lab[k] == NEWS_LABEL_B(NEWS_PER) &&
               surname_has(tg, s->form[s->info[k].form].h_form | 1)) {
        return;
    }
    label_span(tg, k, k + len, NEWS_MISC);
}

/* The work of `len` tokens at token i is a MISC wherever its words stand alone in the
 * window (work_occurrence), while *budget lasts; each call spends one. */
static void spread_work(const NewsWork *w, NewsTagger *tg, size_t i, size_t len, int *budget) {
    if (*budget <= 0) return;
    --*budget;
    int look = 256;
    for (uint32_t o = tg->feat.info[i].first_same; o && look > 0;
         o = tg->feat.info[o - 1].next_same, look--)
        if (o - 1 != i) work_occurrence(w, tg, i, len, o - 1);
}

/* The small words a title in Title Case keeps in lower case ("Oranges in Winter"). */
static const Word title_smalls[] = {W("a"),   W("an"),  W("at"),  W("by"),   W("in"),
                                    W("of"),  W("on"),  W("or"),  W("to"),   W("and"),
                                    W("for"), W("the"), W("from"), W("with"), {0, 0}};

/* Prepositions that open a sentence before a name ("On Fox News, ...", "At Goldman Sachs"). */
static const Word opening_preps[] = {W("At"),   W("By"),    W("In"),    W("On"),
                                     W("For"),  W("From"),  W("Into"),  W("With"),
                                     W("After"), W("Under"), W("During"), W("Through"),
                                     {0, 0}};

/* People of a body or a place, plural, that open a sentence before "of" and its name
 * ("Representatives of First Bank", "Shares of Apple"): no part of the name. */
static const Word group_plurals[] = {
    W("Fans"),       W("Staff"),      W("Shares"),      W("Critics"),     W("Leaders"),
    W("Members"),    W("Workers"),    W("Citizens"),    W("Students"),    W("Residents"),
    W("Employees"),  W("Investors"),  W("Officials"),   W("Customers"),   W("Executives"),
    W("Supporters"), W("Shareholders"), W("Representatives"), {0, 0}};

/* Whether token k is a word of lower-case ASCII letters alone ("office"; not "iPod", "v2.0",
 * "al-Jibouri"). */
static int plain_lower(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    for (size_t b = 0; b < t->byte_len; b++)
        if (z[b] < 'a' || z[b] > 'z') return 0;
    return 1;
}

/* The articles that open titles ("The Salt Road"). */
static const Word title_articles[] = {W("A"), W("An"), W("The"), {0, 0}};

/* The end (exclusive) of a title in Title Case that fills a pair of quotation marks, token
 * i being its first word right after the opening mark: up to 8 capitalised words and small
 * words, the last capitalised, then a closing mark, with a comma or a full stop before it
 * ("the series "Babylon Berlin."", "to "Oranges in Winter,""); 0 if there is none. Sets
 * *small, unless small is NULL, when a small word is in it. A mark between two letters is an
 * apostrophe. */
static size_t quoted_title_end(const NewsWork *w, size_t i, int *small) {
    const NewsToken *v = w->tok.v;
    size_t n = w->tok.n, k = i;
    unsigned q = i > 0 ? v[i - 1].quote : NEWS_QM_NONE;
    if (q == NEWS_QM_NONE || q == NEWS_QM_SQ_CLOSE || q == NEWS_QM_DQ_CLOSE ||
        q == NEWS_QM_GU_CLOSE || !capitalised(w, i) || v[i - 1].sentence != v[i].sentence)
        return 0;
    if (v[i - 1].byte_start > 0) {
        uint8_t c = w->text[v[i - 1].byte_start - 1];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return 0;
    }
    int smalls = 0;
    while (k < n && k - i < 8 && v[k].sentence == v[i].sentence &&
           (capitalised(w, k) || word_in(w, k, title_smalls)))
        smalls |= !capitalised(w, k++);
    if (small) *small = smalls;
    if (k == i || !capitalised(w, k - 1) || k >= n) return 0;
    size_t e = k;
    if (k + 1 < n && (punct_is(w, k, ',') || punct_is(w, k, '.'))) k++;
    /* a closing mark of the opening one's kind: not the apostrophe of "the Tories' figures"
     * in a quotation in double marks */
    unsigned c = v[k].quote;
    int dq = q == NEWS_QM_DQ || q == NEWS_QM_DQ_OPEN || q == NEWS_QM_DQ_LOW;
    int sq = q == NEWS_QM_SQ || q == NEWS_QM_SQ_OPEN || q == NEWS_QM_SQ_LOW;
    if (dq ? !(c == NEWS_QM_DQ || c == NEWS_QM_DQ_CLOSE || (q == NEWS_QM_DQ_LOW &&
                                                            c == NEWS_QM_DQ_OPEN))
           : sq ? !(c == NEWS_QM_SQ || c == NEWS_QM_SQ_CLOSE ||
                    (q == NEWS_QM_SQ_LOW && c == NEWS_QM_SQ_OPEN))
                : c != NEWS_QM_GU_CLOSE)
        return 0;
    return e;
}

/* Works and products (after the surnames, so that a person of the article stays one): a
 * name a strong cue calls a work or a product is MISC, and so is every other occurrence of
 * the same words in the window where it stands alone, whatever the tagger said there
 * ("Downton Abbey" after "the drama Downton Abbey", read as a place elsewhere; "Falcon 9"
 * after "SpaceX's Falcon 9 rocket"). The cues: a work noun before it (after_work_noun), an
 * apposition after it (apposition_work), a model number after it (model_end), a product
 * noun next to it (product_name); also a storm's name (storm_word). CoNLL types works,
 * products and storms MISC. */
static void works_pass(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    int budget = WORKS_MAX;
    /* a title in Title Case alone in quotation marks, of two words or more with an article
     * or a small word in it ("The Salt Road", "Oranges in Winter"), outside headlines, is a
     * work, unless the tagger read it whole as another name that no article opens */
    for (size_t k = s->next_cand[0]; k < n; k = s->next_cand[k + 1]) {
        int small;
        size_t e = k > 0 && w->tok.v[k - 1].quote != NEWS_QM_NONE ? quoted_title_end(w, k, &small)
                                                                  : 0;
        if (e < k + 2 || s->info[k].headline || !(small || word_in(w, k, title_articles)))
            continue;
        size_t m = k + 1;
        while (m < e && lab[m] == NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[k]))) m++;
        if (lab[k] != NEWS_LABEL_O && m == e && !(e < n && NEWS_LABEL_INSIDE(lab[e])) &&
            (!word_in(w, k, title_articles) || is_place_phrase(s, k, e)))
            continue; /* (nor "The Hague") */
        label_span(tg, k, e, NEWS_MISC);
        spread_work(w, tg, k, e - k, &budget);
        k = e - 1;
    }
    /* a person's work whose title opens with "The" ("Taylor Swift's The Tortured Poets
     * Department", "Christopher Nolan's The Odyssey"): a name the tagger read as a body */
    for (size_t k = s->next_cand[0]; k + 1 < n; k = s->next_cand[k + 1]) {
        if (k < 2 || !word_is(w, k, "The") || !(w->tok.v[k - 1].flags & NEWS_TF_CLITIC) ||
            lab[k - 2] == NEWS_LABEL_O || NEWS_LABEL_TYPE(lab[k - 2]) != NEWS_PER ||
            !capitalised(w, k + 1) || w->tok.v[k + 1].sentence != w->tok.v[k].sentence)
            continue;
        size_t e = k + 1;
        while (e < n && e - k <= 6 && w->tok.v[e].sentence == w->tok.v[k].sentence &&
               (capitalised(w, e) || (word_in(w, e, title_smalls) && !word_is(w, e, "and") &&
                                      e + 1 < n && capitalised(w, e + 1))))
            e++;
        if (e < n && NEWS_LABEL_INSIDE(lab[e])) continue; /* a longer name goes on */
        label_span(tg, k, e, NEWS_MISC);
        spread_work(w, tg, k, e - k, &budget);
        k = e - 1;
    }
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        unsigned y = lab[i];
        if (y == NEWS_LABEL_O || NEWS_LABEL_INSIDE(y)) continue;
        size_t j = i + 1;
        while (j < n && lab[j] == y + 1) j++;
        /* "Hurricane Helene", "Tropical Storm Alberto" taken as one name (not "National
         * Hurricane Center") */
        size_t storm = j - 2;
        if (j - i >= 2 && j - i <= 3 && storm_word(w, storm) &&
            (storm == i || word_is(w, i, "Tropical") || word_is(w, i, "Super"))) {
            memset(lab + i, NEWS_LABEL_O, storm + 1 - i);
            i = storm + 1;
        }
        size_t end = model_end(w, tg, i, j);
        if (!end && i > 0 && j - i <= 2 && w->tok.v[i - 1].sentence == w->tok.v[i].sentence &&
            storm_word(w, i - 1))
            end = j; /* the storm's name, and its other occurrences */
        if (!end && bare_model(w, i, j)) end = j, i--; /* "the 737 Max" */
        if (!end) {
            /* a title's "The" the tagger left out after the work noun ("the album The
             * Tortured Poets Department"): part of the title */
            if (i > 1 && lab[i - 1] == NEWS_LABEL_O && word_is(w, i - 1, "The") &&
                w->tok.v[i - 2].sentence == w->tok.v[i].sentence && work_noun(w, tg, i - 2))
                i--;
            /* and any capitalised word it left out there ("debut album, Low" + "Tide Hymns") */
            else if (i > 1 && lab[i - 1] == NEWS_LABEL_O && capitalised(w, i - 1) &&
                     after_work_noun(w, tg, i - 1))
                i--;
            if (j - i > 8 ||
                !(after_work_noun(w, tg, i) || apposition_work(w, tg, i, j) ||
                               product_name(w, tg, i, j) || after_work_phrase(w, tg, i, j) ||
                               prize_work(w, tg, i, j))) {
                i = j - 1;
                continue;
            }
            end = j;
            size_t title = quoted_title_end(w, i, NULL);
            if (title > end) end = title; /* the series "Babylon Berlin" whole */
        }
        label_span(tg, i, end, NEWS_MISC);
        /* not from a headline, a long name or a prize ("the short film Oscar", which CoNLL
         * dev calls a person elsewhere) */
        if (end - i <= 6 && !s->info[i].headline && !word_is(w, i, "Oscar"))
            spread_work(w, tg, i, end - i, &budget);
        i = end - 1;
    }
}

/* Whether the word of token i ends an organisation of two words or more elsewhere in the
 * window ("Villa" of "Aston Villa"), one that does not open a sentence with an ordinary
 * word. The first 32 occurrences are looked at. */
static int ends_org(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    uint64_t h = s->form[s->info[i].form].h_form;
    int look = 32;
    for (uint32_t o = s->info[i].first_same; o && look > 0; o = s->info[o - 1].next_same, look--) {
        size_t k = o - 1;
        if (lab[k] != NEWS_LABEL_I(NEWS_ORG) || s->form[s->info[k].form].h_form != h ||
            (k + 1 < w->tok.n && lab[k + 1] == NEWS_LABEL_I(NEWS_ORG)))
            continue;
        size_t f = k;
        while (f > 0 && lab[f] != NEWS_LABEL_B(NEWS_ORG)) f--;
        /* not a name opened by an ordinary word at a sentence's start ("Yes Angels is
         * the best song") */
        if (!(s->info[f].first_word && (s->form[s->info[f].form].gaz & NEWS_GAZ_COMMON)))
            return 1;
    }
    return 0;
}

/* Whether the word of token i opens an organisation of two to four capitalised words
 * elsewhere in the window ("Orrin" of "Orrin Microsystems", "Goldman" of "Goldman Sachs",
 * "Wang" of "Wang Laboratories Inc"), as a company is named short after its name in full;
 * not when a title stands before the word anywhere ("President Reagan" beside the "Reagan
 * Administration"), nor a first name before a surname in the organisation's name, which a
 * person gave it ("Steve" of the "Steve Redgrave Trust"). The first 32 occurrences are
 * looked at. */
static int opens_org(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint64_t h = s->form[s->info[i].form].h_form;
    unsigned g = s->form[s->info[i].form].gaz;
    int look = 32, found = 0;
    for (uint32_t o = s->info[i].first_same; o && look > 0; o = s->info[o - 1].next_same, look--) {
        size_t k = o - 1, e = k + 1;
        if (s->form[s->info[k].form].h_form != h) continue;
        if (k > 0 && w->tok.v[k - 1].sentence == w->tok.v[k].sentence && title_of(tg, k - 1))
            return 0;
        if (lab[k] != NEWS_LABEL_B(NEWS_ORG)) continue;
        while (e < n && lab[e] == NEWS_LABEL_I(NEWS_ORG) && capitalised(w, e)) e++;
        if (e - k < 2 || e - k > 4 || (e < n && lab[e] == NEWS_LABEL_I(NEWS_ORG))) continue;
        if ((g & NEWS_GAZ_FIRST) && (s->form[s->info[k + 1].form].gaz & NEWS_GAZ_SURNAME))
            return 0;
        found = 1;
    }
    return found;
}

/* A club named alone in a football result ("Hearts 2-1 Hibernian", club_alone) is the club
 * wherever the word stands alone as a person or a MISC in the article ("beat Hibernian",
 * "Hibernian finished with ten men"); up to 8 clubs. */
static void clubs_alone(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (!(s->topic & 1)) return;
    unsigned clubs = 0;
    for (size_t i = past_o(lab, 0, n); i < n && clubs < 8; i = past_o(lab, i + 1, n)) {
        if ((lab[i] != NEWS_LABEL_B(NEWS_PER) && lab[i] != NEWS_LABEL_B(NEWS_MISC)) ||
            (i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) || !club_alone(w, tg, i, i + 1))
            continue;
        clubs++;
        for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same) {
            size_t k = o - 1;
            if ((lab[k] == NEWS_LABEL_B(NEWS_PER) || lab[k] == NEWS_LABEL_B(NEWS_MISC)) &&
                !(k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])))
                label_span(tg, k, k + 1, NEWS_ORG);
        }
    }
}

/* Clubs by the last word of their name (after the surnames and works): in a sports report, a lone
 * word the tagger called a person or a place that ends a club's name in the article is
 * the club ("Villa are third" after "Aston Villa", "Palace" after "Crystal Palace"), when
 * no person of the article has it as surname ("Rowling" after "JK Rowling" and a
 * "Rowling Foundation" stays a person) or first name, no first name or initial stands
 * before it ("L Deacon" in a line-up), and the unlabelled news does not write it mostly in
 * lower case: an ordinary word at the end of a name is more often a title's ("Million
 * Dollar Baby") than a club's. */
static void club_short(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (!(s->topic & 1)) return;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        unsigned y = lab[i];
        if (y != NEWS_LABEL_B(NEWS_PER) ||
            (i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) || !capitalised(w, i))
            continue;
        const NewsForm *fm = &s->form[s->info[i].form];
        if (fm->case_bin == NEWS_CASE_LOWER || fm->case_bin == NEWS_CASE_MOSTLY_LOWER ||
            surname_has(tg, fm->h_form | 1) || surname_has(tg, first_key(fm->h_form)))
            continue;
        if (i > 0 && w->tok.v[i - 1].sentence == w->tok.v[i].sentence) {
            const NewsToken *p = &w->tok.v[i - 1]; /* a first name or an initial: "L Deacon" */
            if (((s->form[s->info[i - 1].form].gaz & NEWS_GAZ_FIRST) && capitalised(w, i - 1)) ||
                ((p->flags & NEWS_TF_UPPER_INIT) && p->char_len <= 2))
                continue;
        }
        if (!ends_org(w, tg, i)) continue;
        lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
        if (tg->margin[i] < RULE_MARGIN) tg->margin[i] = RULE_MARGIN;
    }
}

/* Whether one-word name i and a place on a list, one word the tagger read as a place, are
 * joined by "and" after "in", "at", "near", "from" or "between" ("factories in Renton and
 * Everett", "between Everett and Seattle"). */
static int joined_place(const NewsWork *w, const NewsTagger *tg, size_t i) {
    static const Word at[] = {W("at"), W("in"), W("from"), W("near"), W("between"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (i > 2 && w->tok.v[i - 3].sentence == sent && word_is(w, i - 1, "and") &&
        lab[i - 2] == NEWS_LABEL_B(NEWS_LOC) && word_in(w, i - 3, at) &&
        is_place_phrase(s, i - 2, i - 1))
        return 1;
    return i > 0 && i + 2 < n && w->tok.v[i - 1].sentence == sent &&
           w->tok.v[i + 2].sentence == sent && word_in(w, i - 1, at) &&
           word_is(w, i + 1, "and") && lab[i + 2] == NEWS_LABEL_B(NEWS_LOC) &&
           !(i + 3 < n &&
             (NEWS_LABEL_INSIDE(lab[i + 3]) || (w->tok.v[i + 3].flags & NEWS_TF_CLITIC))) &&
           is_place_phrase(s, i + 2, i + 3);
}

/* Whether "and" joins one-word name i to a one-word ORG in its sentence ("Swiggy and
 * Zomato"), not to a possessive ("Hemedti and Sudan's army"). */
static int joined_org(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (i > 1 && w->tok.v[i - 2].sentence == sent && word_is(w, i - 1, "and") &&
        lab[i - 2] == NEWS_LABEL_B(NEWS_ORG))
        return 1;
    return i + 2 < n && w->tok.v[i + 2].sentence == sent && word_is(w, i + 1, "and") &&
           lab[i + 2] == NEWS_LABEL_B(NEWS_ORG) &&
           !(i + 3 < n &&
             (NEWS_LABEL_INSIDE(lab[i + 3]) || (w->tok.v[i + 3].flags & NEWS_TF_CLITIC)));
}

/* A one-word name the tagger called a person is no person when nothing says it is one
 * (branch ner10): it is on no list of first names or surnames, is neither the surname nor
 * the first word of a person the article names in full, and no title stands before it
 * ("Yugansk was sold to ...", "Highfield said", "Comelf's six-month output"). News
 * introduces people by their full names; the tagger reads a company it never met, opening a
 * sentence or after "by", as a person. In a business report (features.c: three business
 * words or more) it is the company; elsewhere too when the unlabelled news never writes it
 * and the tagger read it alone as an organisation elsewhere in the text ("Zepto raised
 * $450m" before "turned to Amazon and Zepto"), or "and" joins it to a one-word
 * organisation ("Swiggy and Zomato"; branch ner16; not to
 * a place: "Hotbot and Altavista", where the tagger read a place), and then wherever it
 * stands alone. Runs after the surnames of the window are known. */
static void unknown_person(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    int business = s->topic & 2;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (lab[i] == NEWS_LABEL_B(NEWS_ORG) && !(i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) &&
            capitalised(w, i) && !list_phrase(s, i, i + 1, NEWS_GAZ_COMPANY | NEWS_GAZ_INTORG) &&
            tg->margin[i] < RULE_MARGIN &&
            joined_place(w, tg, i)) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_LOC); /* "between Manila and Bacolod" */
            continue;
        }
        if (lab[i] != NEWS_LABEL_B(NEWS_PER) || (i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) ||
            !capitalised(w, i))
            continue;
        const NewsForm *fm = &s->form[s->info[i].form];
        if (is_place_phrase(s, i, i + 1) && !surname_has(tg, fm->h_form | 1) &&
            !surname_has(tg, first_key(fm->h_form)) && joined_place(w, tg, i)) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_LOC); /* "in Renton and Everett" */
            continue;
        }
        int titled = i > 0 && w->tok.v[i - 1].sentence == w->tok.v[i].sentence &&
                     title_of(tg, i - 1);
        if (!titled && !(fm->gaz & NEWS_GAZ_COMMON) && !surname_has(tg, fm->h_form | 1) &&
            !surname_has(tg, first_key(fm->h_form)) && !is_place_phrase(s, i, i + 1) &&
            (business || !(fm->gaz & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME))) &&
            opens_org(w, tg, i)) { /* (a name on a list of names, in a business report) */
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG); /* "Orrin said" after "Orrin Microsystems" */
            continue;
        }
        if ((!business && fm->case_bin != NEWS_CASE_UNSEEN) ||
            (fm->gaz & (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME)) || surname_has(tg, fm->h_form | 1) ||
            surname_has(tg, first_key(fm->h_form)) || titled)
            continue;
        if (business) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
        } else if (alone_elsewhere(w, tg, i, NEWS_LABEL_B(NEWS_ORG))) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
        } else if (joined_org(w, tg, i)) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
            spread_company(w, tg, i); /* "Zomato's parent" too */
        }
    }
}

/* Whether token k is a particle of a person's name capitalised as a sentence's first word
 * ("Ten Hag was sacked", "Van Dijk scored"). Sorted by length. */
static int opening_particle(const NewsWork *w, size_t k) {
    static const Word particles[] = {W("Da"),  W("De"),  W("Di"),  W("Du"),  W("La"),
                                     W("Le"),  W("Das"), W("Del"), W("Den"), W("Der"),
                                     W("Des"), W("Dos"), W("Ten"), W("Ter"), W("Van"),
                                     W("Von"), {0, 0}};
    return word_in(w, k, particles);
}

/* Types PER a mention the tagger did not call a person that is particles and the surname
 * of a person of the document ("Le Pen said" after or before "Marine Le Pen", "Van Dijk"):
 * lone_surname's rule for surnames with a particle, whose last word alone is in the set.
 * A one-word mention after particles in lower case that no capitalised word precedes
 * takes them in, a person ("by von der Leyen and Macron" gave "Leyen", an ORG): when the
 * word is such a surname, or the particles are two ("von der", "van den"). */
static void particle_surname(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        unsigned y = lab[i];
        if (y == NEWS_LABEL_O) continue;
        size_t j = i + 1, k = i;
        while (j < n && lab[j] == y + 1) j++;
        if (j - i == 1 && capitalised(w, i)) {
            size_t p = i;
            while (p > 0 && i - p < 2 && w->tok.v[p - 1].sentence == w->tok.v[i].sentence &&
                   !(w->tok.v[p - 1].flags & NEWS_TF_UPPER_INIT) && name_particle(w, p - 1))
                p--;
            if (p < i && !(p > 0 && w->tok.v[p - 1].sentence == w->tok.v[i].sentence &&
                           (w->tok.v[p - 1].flags & NEWS_TF_UPPER_INIT)) &&
                (i - p == 2 || surname_has(tg, s->form[s->info[i].form].h_form | 1)))
                label_span(tg, p, j, NEWS_PER);
            else if (p == i && i > 0 && s->info[i - 1].first_word && lab[i - 1] == NEWS_LABEL_O &&
                     opening_particle(w, i - 1) &&
                     surname_has(tg, s->form[s->info[i].form].h_form | 1))
                label_span(tg, i - 1, j, NEWS_PER); /* "Ten Hag said" after "Erik ten Hag" */
        }
        if (y != NEWS_LABEL_B(NEWS_PER) && !NEWS_LABEL_INSIDE(y) && j - i > 1 &&
            capitalised(w, i)) {
            while (k + 1 < j && name_particle(w, k)) k++;
            if (k > i && k + 1 == j && capitalised(w, k) &&
                surname_has(tg, s->form[s->info[k].form].h_form | 1))
                label_span(tg, i, j, NEWS_PER);
        }
        i = j - 1;
    }
}

/* The title above the text in tokens [a, b) (the document's first paragraph, one
 * sentence that ends with a word, not in capitals): a one-word name the tagger typed ORG,
 * LOC or MISC there that is the surname of a person of the document is that person
 * ("Melzer shocks Agassi" above "Andre Agassi"; branch ner15). The tagger reads a title
 * with little context, and the lone surnames rule leaves a word it called an organisation
 * alone; doc_rules does not call this in a business report, where that is the company
 * ("Disney settles disclosure charges" above "Walt Disney"). */
static void title_surnames(const NewsWork *w, NewsTagger *tg, size_t a, size_t b) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    for (size_t k = a; k < b; k++) {
        unsigned y = lab[k];
        if (y == NEWS_LABEL_O || y == NEWS_LABEL_B(NEWS_PER) || NEWS_LABEL_INSIDE(y) ||
            (k + 1 < b && NEWS_LABEL_INSIDE(lab[k + 1])) || !capitalised(w, k) ||
            !surname_has(tg, s->form[s->info[k].form].h_form | 1))
            continue;
        lab[k] = NEWS_LABEL_B(NEWS_PER);
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
    }
}

/* Token f, a product's one-word name, is a MISC, and so is every occurrence of the word the
 * tagger read as a person alone ("Claude was popular" after "Claude, its chatbot"). */
static void product_everywhere(const NewsWork *w, NewsTagger *tg, size_t f) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    lab[f] = (uint8_t)NEWS_LABEL_B(NEWS_MISC);
    if (tg->margin[f] < RULE_MARGIN) tg->margin[f] = RULE_MARGIN;
    for (uint32_t o = tg->feat.info[f].first_same; o; o = tg->feat.info[o - 1].next_same)
        if (lab[o - 1] == NEWS_LABEL_B(NEWS_PER) && !(o < n && NEWS_LABEL_INSIDE(lab[o])))
            lab[o - 1] = (uint8_t)NEWS_LABEL_B(NEWS_MISC);
}

/* Token i a comma between a product its maker owns and the product's name ("its
 * browser, Comet,", "OpenAI's new browser, ChatGPT Atlas.", "its new console, the Switch
 * 2,"): the name, up to four words ended by punctuation (not "Tesla's car, Musk said"), is
 * a MISC, as CoNLL types products; the tagger reads a name it does not know as a person,
 * and so does it elsewhere in the window, where a lone word of it read as a person is the
 * product too ("its Comet agent"). The owner is "its", "their" or a possessive at most
 * three words before the noun; the nouns are product_nouns and those of things whose
 * names are products or works only after a comma. The other way round too: a name the
 * tagger did not call a company, then "its" or "their", up to two words and such a noun
 * ("Anthropic unveiled Claude, its chatbot,"). */
static void product_apposition(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word more[] = {W("app"),   W("book"),   W("film"),   W("game"),
                                W("album"), W("model"),  W("novel"),  W("phone"),
                                W("device"), W("tablet"), W("browser"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, f = i + 1;
    uint32_t sent = w->tok.v[i].sentence;
    if (i >= 1 && f + 1 < n && (word_is(w, f, "its") || word_is(w, f, "their")) &&
        lab[i - 1] != NEWS_LABEL_O && lab[i - 1] != NEWS_LABEL_B(NEWS_ORG) &&
        !NEWS_LABEL_INSIDE(lab[i - 1]) && !(i >= 2 && NEWS_LABEL_INSIDE(lab[i]))) {
        /* the other way round: "Anthropic unveiled Claude, its chatbot," */
        size_t e = f + 1;
        while (e < n && e - f < 3 && w->tok.v[e].sentence == sent && plain_lower(w, e) &&
               !(word_in(w, e, product_nouns) || word_in(w, e, more)))
            e++;
        if (e + 1 < n && w->tok.v[e].sentence == sent &&
            (word_in(w, e, product_nouns) || word_in(w, e, more)) &&
            (w->tok.v[e + 1].flags & NEWS_TF_PUNCT))
            product_everywhere(w, tg, i - 1);
        return;
    }
    if (i < 3 || !(word_in(w, i - 1, product_nouns) || word_in(w, i - 1, more)) ||
        w->tok.v[i - 1].sentence != sent)
        return;
    size_t k = i - 2;
    while (k + 5 > i && k > 0 && w->tok.v[k].sentence == sent &&
           !(word_is(w, k, "its") || word_is(w, k, "their") ||
             (w->tok.v[k].flags & NEWS_TF_CLITIC)) &&
           (w->tok.v[k].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)))
        k--;
    if (!(word_is(w, k, "its") || word_is(w, k, "their") || (w->tok.v[k].flags & NEWS_TF_CLITIC)) ||
        w->tok.v[k].sentence != sent)
        return;
    if (f < n && word_is(w, f, "the")) f++;
    if (f >= n || w->tok.v[f].sentence != sent || !(w->tok.v[f].flags & NEWS_TF_UPPER_INIT) ||
        NEWS_LABEL_INSIDE(lab[f]) || lab[f] == NEWS_LABEL_B(NEWS_ORG))
        return; /* (a name the tagger calls a company stays one: "its app, TikTok,") */
    size_t e = f + 1;
    while (e < n && e - f < 4 && w->tok.v[e].sentence == sent &&
           (NEWS_LABEL_INSIDE(lab[e]) ||
            (lab[e] == NEWS_LABEL_O &&
             (w->tok.v[e].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)))))
        e++;
    if (e < n && w->tok.v[e].sentence == sent && !(w->tok.v[e].flags & NEWS_TF_PUNCT)) return;
    label_span(tg, f, e, NEWS_MISC);
    if (e - f == 1) product_everywhere(w, tg, f);
}

/* Token i the start of a name the tagger ended on a linking word ("the University of" +
 * "Cape Town", "the National Bank of" + "Hungary", "the World Bank for making"), which no
 * name ends with: the name after it, right there or after "the", is the rest of it ("the
 * British Bank of the Middle East"), an ORG if either is; else the linking words go. */
static void dangling_link(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word links[] = {W("y"),   W("da"),  W("de"),  W("di"), W("do"),
                                 W("la"),  W("of"),  W("and"), W("del"), W("for"),
                                 W("the"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, j = i + 1;
    unsigned type = NEWS_LABEL_TYPE(lab[i]);
    while (j < n && lab[j] == NEWS_LABEL_I(type)) j++;
    if (j - i < 2 || !word_in(w, j - 1, links)) return;
    uint32_t sent = w->tok.v[i].sentence;
    size_t k = j < n && word_is(w, j, "the") && lab[j] == NEWS_LABEL_O ? j + 1 : j;
    if (k < n && w->tok.v[k].sentence == sent && lab[k] != NEWS_LABEL_O &&
        !NEWS_LABEL_INSIDE(lab[k]) && !word_is(w, j - 1, "and") && !word_is(w, j - 1, "the")) {
        unsigned next = NEWS_LABEL_TYPE(lab[k]);
        size_t e = k + 1;
        while (e < n && lab[e] == NEWS_LABEL_I(next)) e++;
        label_span(tg, i, e, next == NEWS_ORG ? NEWS_ORG : (int)type);
        return;
    }
    while (j - i > 1 && word_in(w, j - 1, links)) lab[--j] = NEWS_LABEL_O;
}

/* Whether the word of token k stands alone as a place before it in the window. */
static int lone_place(const NewsWork *w, const NewsTagger *tg, size_t k) {
    const NewsFeatScratch *s = &tg->feat;
    for (uint32_t o = s->info[k].first_same; o && o - 1 < k; o = s->info[o - 1].next_same)
        if (tg->labels[o - 1] == NEWS_LABEL_B(NEWS_LOC) &&
            (o >= w->tok.n || tg->labels[o] != NEWS_LABEL_I(NEWS_LOC)))
            return 1;
    return 0;
}

/* Token i a capitalised word right after "brand name" or "trade name" ("sold in the US
 * under the brand name Yeztugo"): the name there, the tagger's or this word, is a
 * product's, a MISC, as CoNLL types products. */
static void brand_name(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = i + 1;
    uint32_t sent = w->tok.v[i].sentence;
    if (!(word_is(w, i - 1, "name") || word_is(w, i - 1, "names")) ||
        !(word_is(w, i - 2, "brand") || word_is(w, i - 2, "trade")) ||
        w->tok.v[i - 2].sentence != sent || !capitalised(w, i) || NEWS_LABEL_INSIDE(lab[i]))
        return;
    if (lab[i] != NEWS_LABEL_O)
        while (e < n && lab[e] == NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[i]))) e++;
    label_span(tg, i, e, NEWS_MISC);
    if (e - i > 1) return;
    /* its lone occurrences the tagger read as a person ("Sunlenca and Yeztugo") */
    for (uint32_t o = tg->feat.info[i].first_same; o; o = tg->feat.info[o - 1].next_same)
        if (lab[o - 1] == NEWS_LABEL_B(NEWS_PER) && !(o < n && NEWS_LABEL_INSIDE(lab[o])))
            label_span(tg, o - 1, o, NEWS_MISC);
}

/* Token i the start of a body's name ending in a word that heads bodies, then "of" (and
 * "the") that the tagger left out, then a name ("Federation" + "of the" + "Swiss Watch
 * Industry", "Association of" + ...): one ORG. */
static void head_of_name(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word heads[] = {W("Union"), W("Chamber"), W("Federation"), W("Confederation"),
                                 {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, j = i + 1;
    if (lab[i] != NEWS_LABEL_B(NEWS_ORG)) return;
    while (j < n && lab[j] == NEWS_LABEL_I(NEWS_ORG)) j++;
    if (!(org_head(w, j - 1) || word_in(w, j - 1, heads)) || j + 1 >= n ||
        !word_is(w, j, "of") || lab[j] != NEWS_LABEL_O)
        return;
    size_t k = word_is(w, j + 1, "the") && lab[j + 1] == NEWS_LABEL_O ? j + 2 : j + 1;
    uint32_t sent = w->tok.v[i].sentence;
    if (k >= n || w->tok.v[k].sentence != sent || lab[k] == NEWS_LABEL_O ||
        NEWS_LABEL_INSIDE(lab[k]))
        return;
    unsigned type = NEWS_LABEL_TYPE(lab[k]);
    size_t e = k + 1;
    while (e < n && lab[e] == NEWS_LABEL_I(type)) e++;
    if (type == NEWS_PER ||
        (type == NEWS_LOC && (e - k == 1 || list_phrase(&tg->feat, k, e, NEWS_GAZ_COUNTRY))))
        return; /* (not "... of Paris", "... of the United Arab Emirates") */
    label_span(tg, i, e, NEWS_ORG);
}

/* Token i the start of a person's name that the tagger ran on into the desk of a byline
 * ("Eleanor Rhys-Maddox Political correspondent"): the ordinary word before the
 * journalist's noun is no part of the name. */
static void byline_desk(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word jobs[] = {W("critic"), W("editor"), W("writer"), W("reporter"),
                                W("columnist"), W("correspondent"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, j = i + 1;
    if (lab[i] != NEWS_LABEL_B(NEWS_PER)) return;
    while (j < n && lab[j] == NEWS_LABEL_I(NEWS_PER)) j++;
    if (j - i < 3 || j >= n || !word_in(w, j, jobs) || !capitalised(w, j - 1) ||
        !(tg->feat.form[tg->feat.info[j - 1].form].gaz & NEWS_GAZ_COMMON))
        return;
    lab[j - 1] = NEWS_LABEL_O;
}

/* Token i "Thị" or "Văn", the middle names of Vietnamese women and men, or "Ó", "Ní" or
 * "Uí", the particles of Irish surnames, between two capitalised words: one person's name
 * from the name before it to the name after it ("Vũ Thị Chân Phương", which the tagger cut
 * in two and typed a company in a business report; "Cathal Ó Murchú plays ...", a
 * company to the tagger). */
static void name_middle(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, a = i - 1, e = i + 2;
    uint32_t sent = w->tok.v[i].sentence;
    if (i + 1 >= n || !capitalised(w, i - 1) || !capitalised(w, i + 1) ||
        w->tok.v[i - 1].sentence != sent || w->tok.v[i + 1].sentence != sent ||
        w->tok.v[i].byte_start != w->tok.v[i - 1].byte_start + w->tok.v[i - 1].byte_len + 1 ||
        w->tok.v[i + 1].byte_start != w->tok.v[i].byte_start + w->tok.v[i].byte_len + 1)
        return;
    while (a > 0 && NEWS_LABEL_INSIDE(lab[a])) a--;
    while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
    label_span(tg, a, e, NEWS_PER);
}

/* Token i a one-word MISC, a nationality, right before an organisation's name of two
 * words or more that a word heading organisations ends ("Australian Electoral Commission",
 * "Australian Bureau of Statistics", which the tagger cut after "Australian"): one name.
 * Not before a ministry, which CoNLL-2003 leaves apart ("French Interior Ministry", 4 of
 * 5), nor a word with a hyphen ("the London-based Institute for Fiscal Studies"). A word
 * that ends companies' names is enough ("Turkish Airlines"), but for a legal form. */
static void nationality_org(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = i + 2;
    const NewsToken *t = &w->tok.v[i], *u = &w->tok.v[i + 1];
    if (lab[i] != NEWS_LABEL_B(NEWS_MISC)) return;
    /* (the tagger may leave the company's word out, "Turkish Airlines (THY) said") */
    int left = lab[i + 1] == NEWS_LABEL_O && capitalised(w, i + 1) && company_end(w, i + 1) &&
               u->byte_len > 6 && !word_is(w, i + 1, "Holdings") &&
               !(i + 2 < n && capitalised(w, i + 2));
    if ((lab[i + 1] != NEWS_LABEL_B(NEWS_ORG) && !left) || !capitalised(w, i) ||
        (t->flags & NEWS_TF_HYPHEN) || u->sentence != t->sentence ||
        u->byte_start != t->byte_start + t->byte_len + 1 ||
        (u->byte_len == t->byte_len &&
         !memcmp(w->text + u->byte_start, w->text + t->byte_start, t->byte_len)))
        return; /* (not a word written twice, "the British British Casino Association") */
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_ORG)) e++;
    size_t head = name_head(w, i + 1, e);
    if (e - i == 2 && company_end(w, i + 1) && u->byte_len > 4) {
        label_span(tg, i, e, NEWS_ORG); /* "Turkish Airlines", "British Airways" */
        return;
    }
    if (e - i < 3 || !org_head(w, head) || word_is(w, head, "Ministry")) return;
    label_span(tg, i, e, NEWS_ORG);
}

/* Token i an ampersand between two capitalised words that the tagger left apart or out
 * ("Marks & Spencer" gave a place and a person, "Ben & Jerry's" two people): one company's
 * name, as "Procter & Gamble" is (its possessive apart, as CoNLL-2003 writes "Standard &
 * Poor"). Not two people alone ("Harry & Meghan"), without a possessive after them. */
static void ampersand_name(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    uint32_t sent = w->tok.v[i].sentence;
    if (w->tok.v[i - 1].sentence != sent || w->tok.v[i + 1].sentence != sent ||
        !(w->tok.v[i - 1].flags & NEWS_TF_UPPER_INIT) ||
        !(w->tok.v[i + 1].flags & NEWS_TF_UPPER_INIT) || !(w->tok.v[i + 1].flags & NEWS_TF_WORD) ||
        NEWS_LABEL_INSIDE(lab[i]) || NEWS_LABEL_INSIDE(lab[i - 1]) ||
        (i + 2 < n && NEWS_LABEL_INSIDE(lab[i + 2])))
        return;
    int owned = i + 2 < n && (w->tok.v[i + 2].flags & NEWS_TF_CLITIC);
    if ((lab[i - 1] == NEWS_LABEL_B(NEWS_PER) && lab[i + 1] == NEWS_LABEL_B(NEWS_PER) && !owned) ||
        (lab[i - 1] == NEWS_LABEL_B(NEWS_LOC) && lab[i + 1] == NEWS_LABEL_B(NEWS_LOC)) ||
        w->tok.v[i - 1].char_len < 2 || w->tok.v[i + 1].char_len < 2)
        return; /* nor two places ("Serbia & Montenegro"), nor letters ("R & B") */
    lab[i - 1] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
    lab[i] = lab[i + 1] = (uint8_t)NEWS_LABEL_I(NEWS_ORG);
    for (size_t k = i - 1; k <= i + 1; k++)
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
}

/* Whether token k is a company's name ending in ".com" ("Booking.com", "Amazon.com"). */
static int dot_com(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start + t->byte_len;
    return t->byte_len > 5 && (t->flags & NEWS_TF_UPPER_INIT) && !memcmp(z - 4, ".com", 4);
}

/* Whether token k is a country's letters glued to a dollar sign ("US$1 billion", "HK$7.8
 * billion"): the currency, no place. */
static int currency_letters(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    return k + 1 < w->tok.n && t->byte_len <= 4 && (t->flags & NEWS_TF_ALL_UPPER) &&
           w->tok.v[k + 1].byte_start == t->byte_start + t->byte_len &&
           w->text[w->tok.v[k + 1].byte_start] == '$';
}

/* Whether token k is a sum of money written with a currency's letters ("R745m", "R2.1"
 * before "billion", South African rand; "K50m", kwacha; "Sh14.2bn", shillings; "Rs500",
 * rupees): a multiplier glued on (amount_word), or one or two capitals or a capital and one
 * or two small letters and a number before the multiplier as the next word ("million",
 * "crore"). The tagger reads such tokens as names of things or places; "G20", "A380" or
 * "M3" have no multiplier. */
static int money_amount(const NewsWork *w, size_t k) {
    static const Word scales[] = {W("m"), W("bn"), W("lakh"), W("crore"), W("million"),
                                  W("billion"), W("trillion"), {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len, p = 0;
    if (!(t->flags & NEWS_TF_DIGIT)) return 0;
    if (amount_word(w, k)) return 1;
    while (p < n && p < 2 && z[p] >= 'A' && z[p] <= 'Z') p++;
    if (p == 1 && n > 2 && z[1] >= 'a' && z[1] <= 'z') /* "Sh14.2bn", "Rs500 crore", "Ksh" */
        for (p = 2; p < n && p < 3 && z[p] >= 'a' && z[p] <= 'z';) p++;
    if (p == 0 || p == n || z[p] < '0' || z[p] > '9') return 0;
    while (p < n && ((z[p] >= '0' && z[p] <= '9') || z[p] == '.' || z[p] == ',')) p++;
    return p == n && k + 1 < w->tok.n && w->tok.v[k + 1].sentence == t->sentence &&
           word_in(w, k + 1, scales);
}

static const Word continents[] = {W("Asia"),     W("Africa"),    W("Europe"), W("America"),
                                  W("Oceania"),  W("Americas"),  W("Australia"),
                                  W("Antarctica"), {0, 0}};

/* Whether token k is a word of a name's people or place with a prefix in lower case
 * ("sub-Saharan", "post-Soviet", "pro-Kremlin", "ex-Yankee"), which CoNLL-2003 makes a
 * MISC of its own before the name it stands before. */
static int prefixed_word(const NewsWork *w, size_t k) {
    static const Word prefixes[] = {W("ex"),  W("mid"), W("non"),  W("pan"),  W("pre"), W("pro"),
                                    W("sub"), W("anti"), W("post"), W("trans"), {0, 0}};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t p = 0;
    if (!(t->flags & NEWS_TF_HYPHEN) || z[0] < 'a' || z[0] > 'z') return 0;
    while (p < t->byte_len && z[p] != '-') p++;
    if (p + 1 >= t->byte_len || z[p + 1] < 'A' || z[p + 1] > 'Z') return 0;
    for (const Word *q = prefixes; q->z; q++)
        if (q->n == p && !memcmp(q->z, z, p)) return 1;
    return 0;
}

/* Words that close a company's name in its legal form ("Unilever plc", "Nestlé S.A."),
 * sorted by length, as word_in wants. */
static const Word designators[] = {
    W("AB"),  W("AG"),  W("Co"),   W("NV"),   W("SA"),   W("SE"),   W("ASA"),  W("Bhd"),
    W("Co."), W("Inc"), W("LLC"),  W("Ltd"),  W("Oyj"),  W("PLC"),  W("Plc"),  W("SpA"),
    W("plc"), W("N.V."), W("S.A."), W("Corp"), W("GmbH"), W("Inc."), W("Ltd."), W("Corp."),
    W("Berhad"), W("Limited"), {0, 0}};

/* "Of" in Spanish, Portuguese, French and Italian names of bodies ("Banco de España"). */
static const Word romance_of[] = {W("da"),  W("de"),  W("di"),  W("do"),   W("du"),
                                  W("dei"), W("del"), W("des"), W("della"), {0, 0}};

/* The end of the mention that opens at token i and ends before token j, once "NHS" joins the
 * body's name the tagger began after it, a trust's name in "NHS" joins the place before it
 * ("Weald Valley NHS Foundation Trust"), a body's name goes on over a mention the tagger
 * opened at a Romance "de" ("Contraloría General" + "de
 * la República", read as a person: no body's name ends there), and ends at a designator
 * before "and" or a comma ("Sumitomo Corp and China General Nuclear Power Group": two). */
static size_t name_bounds(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (j == i + 1 && j < n && lab[i] == NEWS_LABEL_B(NEWS_ORG) &&
        lab[j] == NEWS_LABEL_B(NEWS_ORG) && w->tok.v[j].sentence == w->tok.v[i].sentence &&
        word_is(w, i, "NHS")) { /* "NHS" + "Lincolnshire Integrated Care Board": one body */
        lab[j] = NEWS_LABEL_I(NEWS_ORG);
        while (j < n && NEWS_LABEL_INSIDE(lab[j])) j++;
    }
    if (j + 1 < n && lab[j] == NEWS_LABEL_B(NEWS_ORG) && NEWS_LABEL_INSIDE(lab[j + 1]) &&
        word_is(w, j, "NHS") && w->tok.v[j].sentence == w->tok.v[i].sentence &&
        NEWS_LABEL_TYPE(lab[i]) != NEWS_MISC) { /* "Weald Valley" + "NHS Foundation Trust" */
        size_t e = j + 1;
        while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        label_span(tg, i, e, NEWS_ORG);
        j = e;
    }
    if (lab[i] == NEWS_LABEL_B(NEWS_ORG) && j + 1 < n && lab[j] != NEWS_LABEL_O &&
        !NEWS_LABEL_INSIDE(lab[j]) && NEWS_LABEL_INSIDE(lab[j + 1]) &&
        w->tok.v[j].sentence == w->tok.v[i].sentence && word_in(w, j, romance_of)) {
        size_t e = j + 1;
        while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        label_span(tg, i, e, NEWS_ORG);
        j = e;
    }
    for (size_t k = i + 2; k + 1 < j; k++)
        if (!(w->tok.v[k].flags & NEWS_TF_UPPER_INIT) &&
            (word_is(w, k, "and") || punct_is(w, k, ',')) && word_in(w, k - 1, designators) &&
            capitalised(w, k + 1)) {
            lab[k] = NEWS_LABEL_O;
            lab[k + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[i]));
            return k;
        }
    return j;
}

/* A company's name with "and" or "&" inside whose first word alone the tagger read, tokens
 * [i, j) ("Marks" + "and Spencer Group plc"): up to three capitalised words it left out
 * after "and", the last "Group" or a designator, and maybe one designator more; not where
 * the name ends a list ("Wagner, Marks and Spencer Group plc") nor after a company's
 * designator ("PaineWebber Inc and Advest Inc"). Returns the token after the name. */
static size_t and_company(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = j + 1;
    uint32_t sent = w->tok.v[i].sentence;
    if (e >= n || !(word_is(w, j, "and") || punct_is(w, j, '&')) || lab[j] != NEWS_LABEL_O ||
        word_in(w, j - 1, designators) || /* "PaineWebber Inc and Advest Inc": two */
        (i > 0 && (punct_is(w, i - 1, ',') || word_is(w, i - 1, "and"))))
        return j;
    while (e < n && e < j + 4 && lab[e] == NEWS_LABEL_O && w->tok.v[e].sentence == sent &&
           capitalised(w, e) && !word_in(w, e, designators) && !word_is(w, e, "Group"))
        e++;
    if (e == j + 1 || e >= n || lab[e] != NEWS_LABEL_O || w->tok.v[e].sentence != sent ||
        !(word_in(w, e, designators) || word_is(w, e, "Group")))
        return j;
    e++;
    if (e < n && lab[e] == NEWS_LABEL_O && w->tok.v[e].sentence == sent &&
        word_in(w, e, designators))
        e++; /* "Group plc" */
    label_span(tg, i, e, NEWS_ORG);
    return e;
}

/* A body's name the tagger ended before "of" and a place, tokens [i, j): "Energy Chamber"
 * + "of" + "Trinidad and Tobago", "Ministry of Energy" + "of the" + "Kyrgyz Republic". In
 * CoNLL-2003 train and dev a body's head before "of" and a place is inside its name 72
 * times, apart once. The head is an organisation's (org_head), a Chamber or an Office; the
 * place is on a list of places and no acronym of its own follows it. Joined as one body;
 * returns the token after it. */
static size_t body_of_place(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, m = j + 1;
    if (m < n && word_is_the(w, m)) m++;
    if (m >= n || lab[j] != NEWS_LABEL_O || !word_is(w, j, "of") ||
        lab[m] != NEWS_LABEL_B(NEWS_LOC) || w->tok.v[m].sentence != w->tok.v[i].sentence)
        return j;
    size_t head = name_head(w, i, j), e = m + 1;
    if (!org_head(w, head) && !word_is(w, head, "Chamber") && !word_is(w, head, "Office"))
        return j;
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_LOC)) e++;
    if (!is_place_phrase(&tg->feat, m, e)) return j;
    if (e + 2 < n && punct_is(w, e, '(') && (w->tok.v[e + 1].flags & NEWS_TF_ALL_UPPER) &&
        punct_is(w, e + 2, ')'))
        return j; /* the place's own acronym follows: "... of the United Arab Emirates (UAE)" */
    label_span(tg, i, e, NEWS_ORG);
    return e;
}

/* A state university's campus the tagger read as a place after the university's name,
 * tokens [i, j): "University of California" + ", " + "Irvine", "University of Texas" + "at"
 * + "Austin", "California State University" + ", " + "Long Beach": one name, as the
 * university writes it. The university's name holds a state or province on the lists
 * (not "Emory University, Atlanta"), the place is a city on the lists (not "the University
 * of Sydney, Australia") that ends the phrase (a stop, a comma or a word in lower case
 * follows: not "Irvine's"). Returns the token after the name. */
static size_t campus_name(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const uint8_t *lab = tg->labels;
    const NewsFeatScratch *s = &tg->feat;
    size_t n = w->tok.n, e = j + 2;
    if (e > n || lab[j] != NEWS_LABEL_O || !(punct_is(w, j, ',') || word_is(w, j, "at")) ||
        lab[j + 1] != NEWS_LABEL_B(NEWS_LOC) ||
        w->tok.v[j + 1].sentence != w->tok.v[i].sentence ||
        !word_is(w, name_head(w, i, j), "University"))
        return j;
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_LOC)) e++;
    if (!list_phrase(s, j + 1, e, NEWS_GAZ_CITY) || list_phrase(s, j + 1, e, NEWS_GAZ_COUNTRY))
        return j;
    size_t k = i;
    while (k < j && !list_pos(s, k, LIST_REGION)) k++;
    if (k == j) return j;
    if (e < n && w->tok.v[e].sentence == w->tok.v[i].sentence &&
        ((w->tok.v[e].flags & (NEWS_TF_UPPER_INIT | NEWS_TF_CLITIC)) ||
         ((w->tok.v[e].flags & NEWS_TF_WORD) && lab[e] != NEWS_LABEL_O)))
        return j;
    label_span(tg, i, e, NEWS_ORG);
    return e;
}

/* A body's name of ordinary words after "of" that the tagger ended at "and", tokens [i, j):
 * "Utah Board of Pardons" + "and Parole", "Ministry of Agriculture" + "and Rural
 * Development" (not "the Bank of England and Barclays": names of their own). The words on
 * both sides of "and" are capitalised ordinary words (portfolio_word), at most three after
 * it, and the name ends there. Returns the token after the name. */
static size_t of_and_words(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = j + 1, of = j;
    if (e >= n || lab[j] != NEWS_LABEL_O || !word_is(w, j, "and") ||
        w->tok.v[e].sentence != w->tok.v[i].sentence)
        return j;
    while (of > i + 1 && !word_is(w, of - 1, "of")) of--;
    if (of == i + 1 || of == j) return j;
    for (size_t k = of; k < j; k++)
        if (!portfolio_word(w, tg, k)) return j;
    while (e < n && e < j + 4 && portfolio_word(w, tg, e) &&
           (lab[e] == NEWS_LABEL_O || NEWS_LABEL_TYPE(lab[e]) != NEWS_PER))
        e++;
    if (e == j + 1 || (e < n && capitalised(w, e) && w->tok.v[e].sentence == w->tok.v[i].sentence))
        return j;
    label_span(tg, i, e, NEWS_ORG);
    return e;
}

/* A country whose name holds "and" that the tagger read as two names, the first alone or
 * at the end of a body's name, tokens [i, j): "Bosnia" + "Herzegovina", "Court of Bosnia"
 * + "Herzegovina", "Energy Chamber of Trinidad" + "Tobago", when the country list has the
 * words from the first name's last one or two to the second's end as one country. Joined
 * as one name of the first one's type (a place or a body). Not "Serbia and Montenegro", a
 * state of 2003-06 on ISO's list of former countries, two countries now. Returns the token
 * after the name. */
static size_t and_country(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = j + 2;
    unsigned type = NEWS_LABEL_TYPE(lab[i]);
    if (e > n || (type != NEWS_LOC && type != NEWS_ORG) || lab[j] != NEWS_LABEL_O ||
        !word_is(w, j, "and") || lab[j + 1] != NEWS_LABEL_B(NEWS_LOC) ||
        w->tok.v[j + 1].sentence != w->tok.v[i].sentence || word_is(w, j + 1, "Montenegro"))
        return j;
    while (e < n && lab[e] == NEWS_LABEL_I(NEWS_LOC)) e++;
    /* one phrase of the list from p (the first name's last word or the one before) to e:
     * the words between are inside it ("New Zealand" + "and" + "South Africa" are two) */
    const NewsFeatScratch *s = &tg->feat;
    for (size_t k = j; k + 1 < e; k++)
        if (list_pos(s, k, LIST_COUNTRY) != POS_INSIDE) return j;
    for (size_t p = j - 1; p + 2 >= j; p--) {
        if (list_phrase(s, p, e, NEWS_GAZ_COUNTRY)) {
            label_span(tg, i, e, (int)type);
            return e;
        }
        if (p == i || list_pos(s, p, LIST_COUNTRY) != POS_INSIDE) break;
    }
    return j;
}

/* Words that open a clause, and no person's, body's or place's name, at a sentence's start
 * (CoNLL-2003 train and dev open none with them): "When Millican died". */
static const Word clause_openers[] = {
    W("As"),      W("If"),      W("And"),     W("But"),      W("Yet"),      W("Also"),
    W("Once"),    W("Then"),    W("Thus"),    W("When"),     W("After"),    W("Since"),
    W("Until"),   W("While"),   W("Before"),  W("Though"),   W("Unless"),   W("Whilst"),
    W("Because"), W("However"), W("Whether"), W("Although"), W("Meanwhile"), {0, 0}};

/* ... in lower case, inside a sentence ("but when Millican died") */
static const Word clause_openers_lower[] = {W("as"),    W("if"),     W("and"),   W("but"),
                                            W("once"),  W("when"),   W("after"), W("since"),
                                            W("until"), W("while"),  W("before"), W("though"),
                                            W("because"), W("although"), {0, 0}};

/* Currencies named in capitals, as in "Swiss Francs" (sorted by length). */
static const Word currencies[] = {W("Yen"),    W("Euros"),  W("Marks"),  W("Pesos"),
                                  W("Francs"), W("Pounds"), W("Rupees"), W("Dollars"),
                                  {0, 0}};

/* Whether token k is a version number: digits below 1000 (not a year: "Euro 2024"), or
 * with dots between and one digit after the last (not a price: "3.25"), and no amount
 * ("Android 17", "OS 5.0"; not "Bitcoin 3 million"). */
static int version_number(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t dots = 0, last = 0; /* the last dot */
    if (t->byte_len > 6 || z[0] < '1' || z[0] > '9') return 0;
    for (size_t b = 1; b < t->byte_len; b++) {
        if (z[b] == '.' && b + 1 < t->byte_len && z[b - 1] != '.') dots++, last = b;
        else if (z[b] < '0' || z[b] > '9') return 0;
    }
    if (dots ? t->byte_len - last != 2 : t->byte_len > 3) return 0; /* not a price: "3.25" */
    static const Word units[] = {W("%"),       W("a"),       W("per"),     W("pct"),
                                 W("days"),    W("years"),   W("metres"),  W("meters"),
                                 W("points"),  W("million"), W("billion"), W("percent"),
                                 W("seconds"), {0, 0}};
    return k + 1 >= w->tok.n || w->tok.v[k + 1].sentence != t->sentence ||
           !word_in(w, k + 1, units);
}

/* Words around the name in tokens [i, j) that the tagger left out, as the name is written
 * in full (session s27):
 * - a court's district or circuit after "for the" ("U.S. Court of Appeals for the Fourth
 *   Circuit", "U.S. District Court for the Southern District of New York");
 * - a law's year after "of" or a comma ("Trade Act of 1974", India's "Digital Personal
 *   Data Protection Act, 2023");
 * - a product's version after it ("Android 17", "Nothing OS 5.0"; version_number);
 * - a bill's chamber before it ("House Bill 96", "Senate Bill 5"): one MISC;
 * - an aircraft's model number after its maker ("Boeing 777-9"): one MISC, as CoNLL-2003
 *   writes "Airbus 310";
 * - Indonesia's company form "PT" before a company ("PT BYD Motor Indonesia", "PT
 *   Suryacipta Swadaya");
 * - a king's, queen's, prince's or sheikh's title before the place named after them ("King
 *   Salman International Airport", "Queen Elizabeth Hospital");
 * - (session s28) the words of a law's name before an "and" in it, back to "the" ("the Health
 *   and Social Care Act 2012", "the Criminal Justice (Theft and Fraud Offences) Act 2001"):
 *   one MISC, as the tagger reads the first words as a body's or leaves them out.
 * Returns the token after the name. */
static size_t name_tails(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    static const Word makers[] = {W("Airbus"), W("Boeing"), W("Embraer"), {0, 0}};
    static const Word chambers[] = {W("House"), W("Senate"), W("Assembly"), {0, 0}};
    static const Word royals[] = {W("King"), W("Queen"), W("Prince"), W("Sheikh"),
                                  W("Princess"), {0, 0}};
    static const Word royal_places[] = {W("Park"), W("Road"), W("Bridge"), W("Street"),
                                        W("Airport"), W("Stadium"), W("Hospital"),
                                        W("University"), {0, 0}};
    uint8_t *lab = tg->labels;
    const NewsToken *t = w->tok.v;
    size_t n = w->tok.n;
    unsigned type = NEWS_LABEL_TYPE(lab[i]);
    uint32_t sent = t[i].sentence;
#define SAME(k) ((k) < n && t[k].sentence == sent)
    if (i > 2 && SAME(i - 3) && (word_is(w, j - 1, "Act") || (j - i >= 2 &&
                                 word_is(w, j - 2, "Act") && year_at(w, j - 1)))) {
        size_t k = i, ands = 0;
        int depth = 0; /* the brackets closed in the name, back from its start */
        for (size_t m = i; m < j; m++) depth += punct_is(w, m, ')') - punct_is(w, m, '(');
        while (k > 0 && SAME(k - 1) && i - k < 10 && !word_is(w, k - 1, "Act") &&
               (word_is(w, k - 1, "and") || (t[k - 1].flags & NEWS_TF_UPPER_INIT) ||
                (punct_is(w, k - 1, '(') && depth > 0))) {
            k--;
            ands += word_is(w, k, "and");
            depth -= punct_is(w, k, '(');
        }
        if (ands && depth == 0 && k < i && k > 0 && (t[k].flags & NEWS_TF_UPPER_INIT) &&
            word_is(w, k - 1, "the")) {
            label_span(tg, k, j, NEWS_MISC);
            i = k, type = NEWS_MISC;
        }
    }
    if (type == NEWS_ORG && SAME(j + 3) && lab[j] == NEWS_LABEL_O &&
        (word_is(w, j - 1, "Appeals") || word_is(w, j - 1, "Court")) && word_is(w, j, "for") &&
        word_is(w, j + 1, "the")) {
        size_t e = j + 2;
        while (SAME(e) && e < j + 5 && capitalised(w, e) && !word_is(w, e, "Circuit") &&
               !word_is(w, e, "District"))
            e++;
        if (SAME(e) && (word_is(w, e, "Circuit") || word_is(w, e, "District"))) {
            e++;
            if (SAME(e + 1) && word_is(w, e, "of") && capitalised(w, e + 1)) {
                e += 2; /* "... District of New York" */
                while (SAME(e) && capitalised(w, e) && e < j + 12) e++;
            }
            label_span(tg, i, e, NEWS_ORG);
            if (e + 1 < n && NEWS_LABEL_INSIDE(lab[e]) && punct_is(w, e, ',')) {
                lab[e] = NEWS_LABEL_O; /* "... of Virginia" + ", Coldwell had claimed" */
                if (NEWS_LABEL_INSIDE(lab[e + 1]))
                    lab[e + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[e + 1]));
            }
            return e;
        }
    }
    if (SAME(j + 1) && lab[j] == NEWS_LABEL_O && word_is(w, j - 1, "Act") &&
        (word_is(w, j, "of") || punct_is(w, j, ',')) && t[j + 1].byte_len == 4 &&
        (t[j + 1].flags & NEWS_TF_DIGIT) &&
        (lab[j + 1] == NEWS_LABEL_O || lab[j + 1] == NEWS_LABEL_B(NEWS_MISC))) {
        label_span(tg, i, j + 2, NEWS_MISC);
        return j + 2;
    }
    if (type == NEWS_MISC && SAME(j) && lab[j] == NEWS_LABEL_O && i > 0 && SAME(i - 1) &&
        (t[i - 1].flags & (NEWS_TF_WORD | NEWS_TF_UPPER_INIT | NEWS_TF_DIGIT)) == NEWS_TF_WORD &&
        !(t[j - 1].flags & NEWS_TF_HYPHEN) && !(j == i + 1 && nationality_like(w, i)) &&
        !word_in(w, j - 1, currencies) &&
        !memchr(w->text + t[j - 1].byte_start, '$', t[j - 1].byte_len) && version_number(w, j)) {
        /* (after a word in lower case: running text, no table; not "New York-based 100",
         * "Australian 100", "Swiss Francs 30", "C$ 30 a share"; CoNLL-2003 writes "Windows
         * NT 4.0", "Airbus 310") */
        label_span(tg, i, j + 1, NEWS_MISC);
        return j + 1;
    }
    if (i > 0 && SAME(i - 1) && word_is(w, i, "Bill") && j - i == 2 &&
        (t[i + 1].flags & NEWS_TF_DIGIT) && word_in(w, i - 1, chambers)) {
        size_t a = i - 1; /* "House" read alone, or as the end of "Ohio House" */
        if (NEWS_LABEL_INSIDE(lab[a])) lab[a] = NEWS_LABEL_O;
        label_span(tg, a, j, NEWS_MISC);
        return j;
    }
    if (type == NEWS_ORG && j == i + 1 && SAME(j) && lab[j] == NEWS_LABEL_O &&
        word_in(w, i, makers) && (t[j].flags & NEWS_TF_DIGIT) &&
        w->text[t[j].byte_start] >= '1' && w->text[t[j].byte_start] <= '9') {
        label_span(tg, i, j + 1, NEWS_MISC);
        return j + 1;
    }
    if ((type == NEWS_ORG || (type == NEWS_PER && j - i >= 2)) && i > 0 && SAME(i - 1) &&
        !NEWS_LABEL_INSIDE(lab[i - 1]) && word_is(w, i - 1, "PT")) {
        /* ("PT" left out or read as a name of its own; a company the tagger read as a
         * person, but not India's "PT Usha") */
        label_span(tg, i - 1, j, NEWS_ORG);
        return j;
    }
    if (i > 0 && SAME(i - 1) && lab[i - 1] == NEWS_LABEL_O && word_in(w, i - 1, royals) &&
        (type == NEWS_LOC || type == NEWS_ORG))
        for (size_t k = i + 1; k < j; k++)
            if (word_in(w, k, royal_places)) {
                label_span(tg, i - 1, j, type);
                return j;
            }
#undef SAME
    return j;
}

/* A body's, a law's or a conference's name that goes on after "on", which the tagger cut
 * there ("the Cartagena Protocol on Biosafety", "the UN Convention on the Law of the Sea",
 * "the Special Act on Strengthening the Competitiveness of the Semiconductor Industry";
 * CoNLL-2003 writes "Conference on Disarmament", "Commission on Presidential Debates"):
 * capitalised words, with "of", "the", "and" or "for" between them, not a day ("the
 * Commission on Monday"), then a verb or a small word. One name of the type the head gives
 * (a law MISC). Returns the token after it (s28). */
static size_t name_on(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    static const Word joins[] = {W("of"), W("the"), W("and"), W("for"), {0, 0}};
    const NewsToken *t = w->tok.v;
    size_t n = w->tok.n, e = j + 1, last = 0;
    uint32_t sent = t[i].sentence;
    size_t c = word_is(w, j + 1, "the") && j + 2 < n ? j + 2 : j + 1; /* "on the Law of" */
    if (!(org_head(w, j - 1) || law_head(w, j - 1) || word_is(w, j - 1, "Conference")) ||
        !body_word(w, c, t[c].sentence) || word_in(w, c, weekdays_plural))
        return j;
    while (e < n && e - j < 14 && t[e].sentence == sent) {
        if (t[e].flags & NEWS_TF_UPPER_INIT) last = ++e;
        else if (word_in(w, e, joins)) e++;
        else break;
    }
    if (!last || (last < n && NEWS_LABEL_INSIDE(tg->labels[last]))) return j;
    if (last < n && t[last].sentence == sent && (t[last].flags & NEWS_TF_WORD) &&
        !(t[last].flags & NEWS_TF_UPPER_INIT)) {
        /* a verb or a small word after the name, not a noun it modifies ("told Congress on
         * Gulf policy") */
        static const Word smalls[] = {W("a"), W("at"), W("by"), W("in"), W("is"), W("of"),
                                      W("on"), W("to"), W("and"), W("for"), W("has"), W("the"),
                                      W("was"), W("who"), W("said"), W("says"), W("that"),
                                      W("will"), W("with"), W("would"), W("which"), {0, 0}};
        const uint8_t *z = w->text + t[last].byte_start;
        size_t len = t[last].byte_len;
        if (!word_in(w, last, smalls) && !(len > 3 && z[len - 1] == 's') &&
            !(len > 3 && z[len - 2] == 'e' && z[len - 1] == 'd'))
            return j;
    }
    label_span(tg, i, last, law_head(w, j - 1) ? NEWS_MISC : NEWS_LABEL_TYPE(tg->labels[i]));
    return last;
}

/* A place whose name joins two with an en dash and no spaces, which the tagger read in two
 * or cut at the dash ("the Saguenay–Lac-Saint-Jean region", "the Dallas–Fort Worth area"):
 * one LOC, as CoNLL-2003 writes "Dallas-Fort Worth" (s28). Returns the token after it. */
static size_t dashed_places(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    const NewsToken *t = w->tok.v;
    size_t n = w->tok.n;
    if (j + 1 >= n || t[j].sentence != t[i].sentence || t[j].byte_len != 3 ||
        !punct_is(w, j, '-') || w->text[t[j].byte_start + 2] != 0x93 ||
        (t[j].flags & NEWS_TF_SPACE_BEFORE) || (t[j + 1].flags & NEWS_TF_SPACE_BEFORE) ||
        !(t[j + 1].flags & NEWS_TF_UPPER_INIT) ||
        (tg->labels[j + 1] != NEWS_LABEL_O &&
         NEWS_LABEL_TYPE(tg->labels[j + 1]) != NEWS_LOC))
        return j;
    size_t e = j + 2; /* the second place: the tagger's name, or one capitalised word */
    while (e < n && NEWS_LABEL_INSIDE(tg->labels[e])) e++;
    /* (two places of their own stay two, "the London–Paris route", unless a region's noun
     * follows them) */
    if (tg->labels[j + 1] != NEWS_LABEL_O &&
        !(e < n && t[e].sentence == t[i].sentence &&
          (word_is(w, e, "region") || word_is(w, e, "area"))))
        return j;
    label_span(tg, i, e, NEWS_LOC);
    return e;
}

/* A company's name the tagger cut short of its legal form (branch lead35): the designator
 * it left out after the name ("Unilever plc said": the tagger, which met "Plc" in 1996
 * Reuters, leaves today's lower-case "plc" out), South Africa's and Asia's "(Pty) Ltd",
 * "(Pvt) Ltd" and "(Pte) Ltd" with their brackets, and a first word before "and" or "&"
 * that it read apart ("Marks and Spencer Group plc": a place and a company), when the name
 * ends in a designator or "Group", that word is no company of its own ("Apple and
 * Microsoft Corp" are two) and ends no list ("Wagner and Brown and AFG Industries Inc",
 * "Donaldson, Lufkin and Jenrette Securities Corp": where the name starts is not known).
 * A name of another type is a company's too when designators follow it, after at most two
 * capitalised words the tagger left out ("Harada" PER + "Seiki Co. Ltd."). Returns the
 * token after the name. */
static size_t legal_name(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    static const Word kinds[] = {W("Pte"), W("Pty"), W("Pvt"), {0, 0}};
    static const Word limited[] = {W("Ltd"), W("Ltd."), W("Limited"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = j;
    uint32_t sent = w->tok.v[i].sentence;
    if (lab[i] != NEWS_LABEL_B(NEWS_ORG)) {
        /* a name the tagger read as another's and cut before the rest ("Harada" + "Seiki
         * Co. Ltd."): up to two capitalised words it left out, then the designators (most
         * names are followed by a word in lower case or a stop, and turned down at once) */
        if (e == n || !((w->tok.v[e].flags & NEWS_TF_UPPER_INIT) || word_is(w, e, "plc")))
            return j;
        while (e < n && e < j + 2 && lab[e] == NEWS_LABEL_O && w->tok.v[e].sentence == sent &&
               capitalised(w, e) && !word_in(w, e, designators))
            e++;
        if (e == n || lab[e] != NEWS_LABEL_O || w->tok.v[e].sentence != sent ||
            !word_in(w, e, designators))
            return j;
    }
    if (e < n && lab[e] == NEWS_LABEL_O && w->tok.v[e].sentence == sent &&
        word_in(w, e, designators) && !word_in(w, e - 1, designators)) {
        e++;
        if (e < n && lab[e] == NEWS_LABEL_O && w->tok.v[e].sentence == sent &&
            word_in(w, e, designators))
            e++; /* "Co. Ltd." */
    } else if (e + 3 < n && punct_is(w, e, '(') && word_in(w, e + 1, kinds) &&
             punct_is(w, e + 2, ')') && word_in(w, e + 3, limited) &&
             w->tok.v[e + 3].sentence == sent)
        e += 4;
    size_t f = i;
    if (i >= 2 && (word_in(w, e - 1, designators) || word_is(w, e - 1, "Group")) &&
        (word_is(w, i - 1, "and") || punct_is(w, i - 1, '&')) &&
        w->tok.v[i - 2].sentence == sent && capitalised(w, i - 2) &&
        !NEWS_LABEL_INSIDE(lab[i - 2]) && !tg->feat.info[i - 2].first_word &&
        !(punct_is(w, i - 3, ',') || word_is(w, i - 3, "and") || punct_is(w, i - 3, '&')) &&
        (lab[i - 2] != NEWS_LABEL_B(NEWS_ORG) ||
         tg->feat.info[i - 2].form == tg->feat.info[i].form))
        f = i - 2;
    if (f == i && i > 0 && lab[i - 1] == NEWS_LABEL_B(NEWS_PER) &&
        w->tok.v[i - 1].sentence == sent && word_in(w, e - 1, designators))
        f = i - 1; /* "Harada" + "Seiki Co. Ltd.": the founder's name opens the company's */
    if (f != i || e != j) {
        label_span(tg, f, e, NEWS_ORG);
        for (size_t k = f; k < e; k++) tg->margin[k] = tg->margin[i];
        /* and its name said again without them ("Harada Seiki president ..."), but not a
         * founder's ("Walt Disney Co" ... "Walt Disney") */
        if (e - f > 2 && word_in(w, e - 1, designators) &&
            !(tg->feat.form[tg->feat.info[f].form].gaz & NEWS_GAZ_FIRST))
            make_company(w, tg, f, e - 1 - word_in(w, e - 2, designators));
    }
    return e;
}

/* The initials of the name in tokens [i, j), packed a byte a letter, with the words'
 * count above them: the first letters of its capitalised words ("General Motors" GM, "Bank
 * of England" BE), or 0 when it has a word of another kind ("US Senate": an acronym in it) or
 * more than six; `drop` leaves
 * a company's designator out at its end ("General Motors Corp" GM). */
static uint64_t initials_key(const NewsWork *w, size_t i, size_t j, int drop) {
    static const Word joins[] = {W("&"), W("of"), W("de"), W("and"), W("for"), W("the"), {0, 0}};
    if (drop && (j - i < 3 || !(word_in(w, j - 1, designators) || word_is(w, j - 1, "Group") ||
                                word_is(w, j - 1, "Holdings") ||
                                word_is(w, j - 1, "Corporation"))))
        return 0;
    if (drop) j--;
    uint64_t key = 0;
    unsigned letters = 0;
    for (size_t k = i; k < j; k++) {
        const NewsToken *t = &w->tok.v[k];
        uint8_t c = w->text[t->byte_start];
        if (word_in(w, k, joins) || (t->flags & NEWS_TF_CLITIC)) continue;
        if (c < 'A' || c > 'Z' || letters == 6 || (t->flags & NEWS_TF_ALL_UPPER)) return 0;
        key = key << 8 | c;
        letters++;
    }
    return letters >= 2 ? key | (uint64_t)letters << 56 : 0;
}

/* The key initials_key gives the letters of acronym token k: 0 unless it has two to six
 * letters A-Z and nothing else. */
static uint64_t acronym_key(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    if (t->byte_len < 2 || t->byte_len > 6) return 0;
    uint64_t key = 0;
    for (size_t p = 0; p < t->byte_len; p++) {
        uint8_t c = w->text[t->byte_start + p];
        if (c < 'A' || c > 'Z') return 0;
        key = key << 8 | c;
    }
    return key | (uint64_t)t->byte_len << 56;
}

#define INITIALS_SLOTS 256 /* names of the window whose initials are looked up: a power of 2 */

/* An acronym the text writes without defining it in brackets, whose letters are the
 * initials of an organisation or place named in full in the window ("General Motors Corp
 * said ... GM will", Reuters' style; "Sports Direct ... SD"): it is that name's type, as
 * acronym_at types a defined one. The tagger, which met neither, reads a short unknown
 * acronym as a place ("GM" a LOC 176 times in Reuters-21578). It changes a lone mention of
 * another type, but a country's or region's code ("US" of a "Universal Studio"); a word the
 * tagger left out only when it stands alone between spaces (not a ticker, "<GD.N>"), outside
 * a headline in capitals, and is no English word and no acronym of a thing ("CEO").
 * Initials two names of different types share are left alone; the names past the table's
 * size are not looked at (a long window of names), so the pass stays linear. */
static void initials_pass(const NewsWork *w, NewsTagger *tg) {
    uint64_t keys[INITIALS_SLOTS] = {0};
    uint8_t types[INITIALS_SLOTS];
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, held = 0;
    for (size_t i = past_o(lab, 0, n); i < n && held < INITIALS_SLOTS / 2;) {
        unsigned type = NEWS_LABEL_TYPE(lab[i]);
        size_t j = i + 1;
        while (j < n && lab[j] == NEWS_LABEL_I(type)) j++;
        static const Word things[] = {W("Act"), W("Index"), W("System"), W("Disease"),
                                      W("Syndrome"), {0, 0}};
        /* only names of two words or more read as an ORG or a LOC outside a headline are
         * held: the tests of the last word are for those alone (past_o also lands on O
         * labels and on names of other types, most of the times it stops here) */
        if (j - i < 2 || (type != NEWS_ORG && type != NEWS_LOC) || tg->feat.info[i].headline) {
            i = past_o(lab, j, n);
            continue;
        }
        if (type == NEWS_LOC && org_head(w, j - 1))
            type = NEWS_ORG; /* "United States Tennis Association", an ORG once cut */
        else if (word_in(w, j - 1, things))
            type = NEWS_N_TYPES; /* no body, whatever the tagger read ("... Syndrome") */
        if (type == NEWS_ORG || type == NEWS_LOC)
            for (int drop = 0; drop < 2; drop++) {
                uint64_t key = initials_key(w, i, j, drop);
                if (!key) continue;
                size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull >> 56) & (INITIALS_SLOTS - 1);
                while (keys[h] && keys[h] != key) h = (h + 1) & (INITIALS_SLOTS - 1);
                if (!keys[h]) {
                    keys[h] = key;
                    types[h] = (uint8_t)type;
                    held++;
                } else if (types[h] != type)
                    types[h] = NEWS_N_TYPES; /* two names share these initials */
            }
        i = past_o(lab, j, n);
    }
    if (!held) return;
    for (size_t k = 0; k < n; k++) {
        if (!(w->tok.v[k].flags & NEWS_TF_ALL_UPPER) || NEWS_LABEL_INSIDE(lab[k]) ||
            (k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])))
            continue;
        uint64_t key = acronym_key(w, k);
        if (!key) continue;
        size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull >> 56) & (INITIALS_SLOTS - 1);
        while (keys[h] && keys[h] != key) h = (h + 1) & (INITIALS_SLOTS - 1);
        if (!keys[h] || types[h] == NEWS_N_TYPES || lab[k] == NEWS_LABEL_B(types[h])) continue;
        if (lab[k] == NEWS_LABEL_B(NEWS_LOC) &&
            (tg->feat.form[tg->feat.info[k].form].gaz & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION)))
            continue; /* "US" of the United States, not of a "Universal Studio" */
        if (lab[k] == NEWS_LABEL_O &&
            ((~w->tok.v[k].flags & (NEWS_TF_SPACE_BEFORE | NEWS_TF_SPACE_AFTER)) ||
             tg->feat.info[k].headline || common_acronym(w, k) ||
             (tg->feat.form[tg->feat.info[k].form].gaz & NEWS_GAZ_COMMON)))
            continue;
        lab[k] = (uint8_t)NEWS_LABEL_B(types[h]);
        if (tg->margin[k] < RULE_MARGIN) tg->margin[k] = RULE_MARGIN;
    }
}

/* Believers and their feasts, MISC as CoNLL-2003 types "Moslems" and "Labour Day": the
 * tagger, which met "Moslem" in 1996 Reuters, reads today's "Muslims" as a person ("Sunni
 * Muslims" too), and feasts as places or bodies ("Thanksgiving", "Passover"). A name ending
 * in a plural of believers is a MISC; a feast's word alone, or read alone, is one (not
 * "Easter Island", "Christmas Island": places). */
static void faiths_and_feasts(const NewsWork *w, NewsTagger *tg) {
    static const Word believers[] = {
        W("Jews"),      W("Shias"),      W("Sikhs"),      W("Hindus"),      W("Sunnis"),
        W("Moslems"),   W("Muslims"),    W("Mormons"),    W("Shiites"),     W("Buddhists"),
        W("Catholics"), W("Christians"), W("Protestants"), {0, 0}};
    /* a faith's adjective before a noun (s29: "Hindu worship", which the tagger read as a
     * place; not the paper, "The Hindu newspaper") */
    static const Word adjectives[] = {W("Sikh"), W("Hindu"), W("Sunni"), W("Jewish"),
                                      W("Muslim"), W("Islamic"), W("Buddhist"), {0, 0}};
    static const Word feasts[] = {
        W("Eid"),       W("Holi"),       W("Diwali"),     W("Easter"),      W("Nowruz"),
        W("Kwanzaa"),   W("Ramadan"),    W("Hanukkah"),   W("Passover"),    W("Christmas"),
        W("Halloween"), W("Thanksgiving"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    /* the first letters of the words above, as bits: most candidates are turned down here */
    const uint32_t letters = 1u << ('B' - 'A') | 1u << ('C' - 'A') | 1u << ('D' - 'A') |
                             1u << ('E' - 'A') | 1u << ('H' - 'A') | 1u << ('J' - 'A') |
                             1u << ('K' - 'A') | 1u << ('M' - 'A') | 1u << ('N' - 'A') |
                             1u << ('P' - 'A') | 1u << ('R' - 'A') | 1u << ('S' - 'A') |
                             1u << ('T' - 'A');
    for (size_t k = s->next_cand[0]; k < n; k = s->next_cand[k + 1]) {
        unsigned c = (unsigned)w->text[w->tok.v[k].byte_start] - 'A';
        if (c > 25 || !(letters >> c & 1) || w->tok.v[k].byte_len < 3) continue;
        int alone = !(k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1]));
        if (alone && lab[k] != NEWS_LABEL_B(NEWS_MISC) && !NEWS_LABEL_INSIDE(lab[k]) &&
            k + 1 < n && (w->tok.v[k + 1].flags & (NEWS_TF_WORD | NEWS_TF_UPPER_INIT)) ==
                             NEWS_TF_WORD &&
            !(k > 0 && word_is(w, k - 1, "The")) && word_in(w, k, adjectives)) {
            label_span(tg, k, k + 1, NEWS_MISC);
        } else if (alone && word_in(w, k, believers)) {
            size_t f = k;
            while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
            if (f < k && lab[f] == NEWS_LABEL_B(NEWS_PER) &&
                ((k - f > 1 && (s->form[s->info[f].form].gaz & NEWS_GAZ_FIRST)) ||
                 (w->tok.v[f].flags & NEWS_TF_ABBREV)))
                continue; /* a person's surname: "F. Wilhelm Christians" */
            if (f == k && lab[k] == NEWS_LABEL_B(NEWS_PER) &&
                surname_has(tg, s->form[s->info[k].form].h_form | 1))
                continue; /* and that surname alone after it */
            label_span(tg, lab[k] == NEWS_LABEL_O ? k : f, k + 1, NEWS_MISC);
        } else if (alone && !NEWS_LABEL_INSIDE(lab[k]) && word_in(w, k, feasts)) {
            label_span(tg, k, k + 1, NEWS_MISC);
        }
    }
}

/* Places a noun for them names after "of" ("the lower river towns of Maclean, Yamba and
 * Harwood", "the village of Kibuye"): each name of up to three capitalised words in the
 * list, set off by commas and "and", is a place, whatever the tagger read (towns are named
 * like people). */
static void places_of(const NewsWork *w, NewsTagger *tg) {
    static const Word nouns[] = {W("town"),    W("city"),    W("towns"),   W("island"),
                                 W("cities"),  W("suburb"),  W("islands"), W("suburbs"),
                                 W("village"), W("villages"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    size_t n = w->tok.n;
    for (size_t k = s->next_cand[0]; k < n; k = s->next_cand[k + 1]) {
        if (k < 2 || !word_is(w, k - 1, "of") || !word_in(w, k - 2, nouns) ||
            w->tok.v[k - 2].sentence != w->tok.v[k].sentence || !capitalised(w, k) ||
            NEWS_LABEL_INSIDE(tg->labels[k]) || tg->labels[k - 2] != NEWS_LABEL_O)
            continue; /* (not inside a name: "the City of London Corporation") */
        size_t a = k;
        for (;;) {
            size_t e = a;
            while (e < n && e - a < 3 && capitalised(w, e) &&
                   w->tok.v[e].sentence == w->tok.v[k].sentence)
                e++;
            if (e == a || (e < n && NEWS_LABEL_INSIDE(tg->labels[e])) ||
                tg->labels[a] == NEWS_LABEL_B(NEWS_MISC))
                break; /* (not a people's: "a city of Italian immigrants") */
            label_span(tg, a, e, NEWS_LOC);
            if (e + 1 < n && (punct_is(w, e, ',') || word_is(w, e, "and")) &&
                capitalised(w, e + 1))
                a = e + 1;
            else if (e + 2 < n && punct_is(w, e, ',') && word_is(w, e + 1, "and") &&
                     capitalised(w, e + 2))
                a = e + 2;
            else
                break;
        }
    }
}

/* A writer's job after the name in a byline of mixed case ("By Eimear McAteer Political
 * Correspondent", "Tess van Heerden-Shaw Senior resources reporter" on a line of its own),
 * which the tagger takes into the name: in a paragraph of up to 10 tokens that opens with
 * "By", or with the mention and then words in lower case, the words of a job that end a
 * mention are cut off, and what stays of the name (with a name right before it, "Eimear" +
 * "McAteer ...") is a person when it has two words or more. */
static void byline_roles(const NewsWork *w, NewsTagger *tg) {
    static const Word jobs[] = {W("Chief"),     W("Deputy"),     W("Editor"),   W("Senior"),
                                W("Writer"),    W("Business"),   W("Reporter"), W("Economics"),
                                W("Political"), W("Columnist"),  W("Diplomatic"),
                                W("Correspondent"), {0, 0}};
    const uint32_t job_letters = 1u << ('B' - 'A') | 1u << ('C' - 'A') | 1u << ('D' - 'A') |
                                 1u << ('E' - 'A') | 1u << ('P' - 'A') | 1u << ('R' - 'A') |
                                 1u << ('S' - 'A') | 1u << ('W' - 'A');
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (NEWS_LABEL_INSIDE(lab[i])) continue;
        size_t j = i + 1, k = 0;
        while (j < n && NEWS_LABEL_INSIDE(lab[j])) j++;
        /* (the jobs' first letters first: most names end otherwise) */
        unsigned c = (unsigned)w->text[w->tok.v[j - 1].byte_start] - 'A';
        if (c <= 25 && (job_letters >> c & 1))
            for (size_t q = j; q > i + 1 && word_in(w, q - 1, jobs); q--) k = q - 1;
        if (!k) {
            i = j - 1;
            continue;
        }
        /* the paragraph, of up to 10 tokens */
        size_t p = i, e = j;
        while (p > 0 && i - p < 10 && !(w->tok.v[p].flags & NEWS_TF_PARA_START)) p--;
        while (e < n && e - p <= 10 && !(w->tok.v[e].flags & NEWS_TF_PARA_START)) e++;
        if (!(w->tok.v[p].flags & NEWS_TF_PARA_START) || e - p > 10) {
            i = j - 1;
            continue;
        }
        /* after "By", or opening a line that ends in lower case ("resources reporter") */
        int by = word_is(w, p, "By");
        for (size_t q = j; !by && i == p && q < e; q++)
            by = q + 1 == e && (w->tok.v[q].flags & NEWS_TF_WORD) && !capitalised(w, q);
        if (by) {
            size_t h = i;
            if (i > p && lab[i - 1] != NEWS_LABEL_O) {
                h = i - 1;
                while (h > p && NEWS_LABEL_INSIDE(lab[h])) h--;
            }
            memset(lab + k, NEWS_LABEL_O, j - k);
            if (k - h >= 2) label_span(tg, h, k, NEWS_PER);
        }
        i = j - 1;
    }
}

/* Names of one body or one law that have "and" inside, which the tagger read as two: words
 * with no head of their own, "and", then a name ending in a hospital's or a law's head
 * ("Jaramogi Oginga Odinga Teaching" + "Referral Hospital", "Climate Action" + "Low Carbon
 * Development Act 2015"); and a ministry's list of portfolios, a comma in it and one word
 * after "and" ("Department of Climate, Energy" + "and the Environment"; not "the Department
 * of Justice and the SEC"). */
static void joined_names(const NewsWork *w, NewsTagger *tg) {
    static const Word ends[] = {W("Act"), W("Hospital"), W("Directive"), W("Regulation"),
                                {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (NEWS_LABEL_INSIDE(lab[i])) continue;
        size_t j = i + 1;
        while (j < n && NEWS_LABEL_INSIDE(lab[j])) j++;
        size_t b = j + 1;
        if (b < n && word_is(w, j, "and") && word_is_the(w, b) && b + 1 < n) b++;
        if (b >= n || !word_is(w, j, "and") || lab[b] == NEWS_LABEL_O ||
            NEWS_LABEL_INSIDE(lab[b]) || w->tok.v[b].sentence != w->tok.v[i].sentence ||
            NEWS_LABEL_TYPE(lab[i]) == NEWS_PER) {
            i = j - 1;
            continue;
        }
        size_t e = b + 1;
        while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        size_t last = e - 1;
        if (last > b && (w->tok.v[last].flags & NEWS_TF_DIGIT)) last--; /* "Act 2015" */
        int portfolios = (word_is(w, i, "Department") || word_is(w, i, "Ministry")) &&
                         e == b + 1 && capitalised(w, b) && !org_head(w, b);
        int comma = 0; /* a list: a comma in the name before "and" */
        for (size_t k = i + 1; portfolios && k < j; k++) comma |= punct_is(w, k, ',');
        portfolios = portfolios && comma;
        int headless = b == j + 1 && word_in(w, last, ends);
        for (size_t k = i; headless && k < j; k++)
            headless = capitalised(w, k) && !org_head(w, k) && !law_head(w, k);
        if (!portfolios && !headless) {
            i = j - 1;
            continue;
        }
        unsigned type = portfolios || word_is(w, last, "Hospital") ? NEWS_ORG : NEWS_MISC;
        label_span(tg, i, e, (int)type);
        i = e - 1;
    }
}

/* A mountain of one word after "Mount" or "Mt" at token i, or a mine or a town named after
 * one ("Mount Keith", "Mt Keith and Kalgoorlie", where the tagger read a person or one
 * body): a place. */
static void mountain_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = i + 2; /* one word: not "Mount Isa Mines", a company */
    if (!(word_is(w, i, "Mount") || word_is(w, i, "Mt") || word_is(w, i, "Mt.")) ||
        i + 1 >= n || !capitalised(w, i + 1) ||
        w->tok.v[i + 1].sentence != w->tok.v[i].sentence || NEWS_LABEL_INSIDE(lab[i]) ||
        (e < n && capitalised(w, e) && w->tok.v[e].sentence == w->tok.v[i].sentence))
        return;
    if (e + 1 < n && NEWS_LABEL_INSIDE(lab[e]) && word_is(w, e, "and") &&
        NEWS_LABEL_INSIDE(lab[e + 1])) { /* "... and Kalgoorlie": a place of its own */
        lab[e] = NEWS_LABEL_O;
        size_t f = e + 1;
        while (f < n && NEWS_LABEL_INSIDE(lab[f])) f++;
        label_span(tg, e + 1, f, NEWS_LOC);
    } else if (e < n && NEWS_LABEL_INSIDE(lab[e])) {
        return; /* a longer name: "Mount Sinai Hospital" */
    }
    label_span(tg, i, e, NEWS_LOC);
}

/* A school's name ending at token k, "School", whole, a body ("Clovis East High School",
 * "Fresno Unified School District", which the tagger cut before "High" or "Unified" and
 * read as a place). */
static void school_at(const NewsWork *w, NewsTagger *tg, size_t k) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, e = k + 1, a = k;
    if (!word_is(w, k, "School") || k == 0) return;
    if (e < n && word_is(w, e, "District") && w->tok.v[e].sentence == w->tok.v[k].sentence) e++;
    while (a > 0 && k - a < 5 && w->tok.v[a - 1].sentence == w->tok.v[k].sentence &&
           capitalised(w, a - 1) && !word_in(w, a - 1, title_articles) &&
           !(w->tok.v[a - 1].flags & NEWS_TF_CLITIC))
        a--;
    if (a == k || NEWS_LABEL_INSIDE(lab[a]) || (e < n && NEWS_LABEL_INSIDE(lab[e]))) return;
    label_span(tg, a, e, NEWS_ORG);
}

static int road_word(const NewsWork *w, size_t k);
static int road_owner(const NewsWork *w, size_t k);

/* A road by its number at token i: "Interstate 95", "U.S. Highway 98", "State Route 1". */
static void road_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (i + 1 >= n || !road_word(w, i) || !(w->tok.v[i + 1].flags & NEWS_TF_DIGIT) ||
        w->tok.v[i + 1].byte_len > 4 || w->tok.v[i + 1].sentence != w->tok.v[i].sentence ||
        (i + 2 < n && NEWS_LABEL_INSIDE(lab[i + 2])))
        return;
    size_t a = i > 0 && w->tok.v[i - 1].sentence == w->tok.v[i].sentence &&
                       road_owner(w, i - 1) ? i - 1 : i;
    if (a > 0 && NEWS_LABEL_INSIDE(lab[a])) return; /* in a longer name */
    label_span(tg, a, i + 2, NEWS_LOC);
}

/* An amendment to a constitution by its number at token i, "Amendment": "the 18th
 * Amendment", "First Amendment rights", one MISC as laws are (session s28; the tagger
 * leaves out a number's ordinal). */
static void amendment_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    static const Word ordinals[] = {
        W("First"),      W("Third"),      W("Fifth"),      W("Sixth"),     W("Ninth"),
        W("Tenth"),      W("Second"),     W("Fourth"),     W("Eighth"),    W("Seventh"),
        W("Twelfth"),    W("Sixteenth"),  W("Fifteenth"),  W("Fourteenth"), W("Thirteenth"),
        W("Eighteenth"), W("Nineteenth"), {0, 0}};
    const NewsToken *t = w->tok.v;
    if (i == 0 || !word_is(w, i, "Amendment") || t[i - 1].sentence != t[i].sentence ||
        NEWS_LABEL_INSIDE(tg->labels[i - 1]) ||
        (i + 1 < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[i + 1])))
        return;
    const uint8_t *z = w->text + t[i - 1].byte_start;
    size_t len = t[i - 1].byte_len, d = number_len(w, i - 1);
    int ordinal = d > 0 && d <= 2 && len == d + 2 &&
                  (!memcmp(z + d, "st", 2) || !memcmp(z + d, "nd", 2) ||
                   !memcmp(z + d, "rd", 2) || !memcmp(z + d, "th", 2));
    if (ordinal || word_in(w, i - 1, ordinals)) label_span(tg, i - 1, i + 1, NEWS_MISC);
}

/* Japan's parliament at token i, "Diet" after "the" or "Japan's" (not opening a sentence
 * alone: "Diet changes cut risk"): an ORG, without the article (s28). */
static void diet_at(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsToken *t = w->tok.v;
    uint8_t *lab = tg->labels;
    if (i == 0 || !word_is(w, i, "Diet") || t[i - 1].sentence != t[i].sentence ||
        (i + 1 < w->tok.n && NEWS_LABEL_INSIDE(lab[i + 1]) && t[i + 1].sentence == t[i].sentence))
        return;
    if (!word_is_the(w, i - 1) &&
        !(i > 1 && (t[i - 1].flags & NEWS_TF_CLITIC) && word_is(w, i - 2, "Japan")))
        return;
    if (word_is(w, i - 1, "The") && lab[i - 1] != NEWS_LABEL_O) lab[i - 1] = NEWS_LABEL_O;
    label_span(tg, i, i + 1, NEWS_ORG);
}

/* Whether token k names a road before its number ("Interstate 95", "Highway 1"). */
static int road_word(const NewsWork *w, size_t k) {
    static const Word roads[] = {W("Route"), W("Freeway"), W("Highway"), W("Interstate"),
                                 {0, 0}};
    return (w->tok.v[k].flags & NEWS_TF_UPPER_INIT) && word_in(w, k, roads);
}

/* Whether token k names who keeps a numbered road, before its word ("U.S. Highway 98",
 * "State Route 1"). */
static int road_owner(const NewsWork *w, size_t k) {
    static const Word owners[] = {W("US"), W("U.S."), W("State"), W("County"), {0, 0}};
    return word_in(w, k, owners);
}

/* Whether token i + 1 is one plus glued to token i, with no word or second plus glued
 * after it ("OPEC+ said", "Disney+,"; not "C++", "A+B"). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline)) /* asked at every name's word: the call cost 0.5 % */
#endif
static inline int lone_plus(const NewsWork *w, size_t i) {
    const NewsToken *t = w->tok.v;
    size_t n = w->tok.n;
    return i + 1 < n && punct_is(w, i + 1, '+') &&
           t[i + 1].byte_start == t[i].byte_start + t[i].byte_len &&
           (i + 2 >= n || t[i + 2].byte_start > t[i + 1].byte_start + 1 ||
            (!(t[i + 2].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)) && !punct_is(w, i + 2, '+')));
}

/* Whether token i, a word in capitals the tagger left out, and a plus glued to it are the
 * name of a body ("OPEC+ said", which the model of model42 reads as no name; not
 * "ADSL2+", a word with a digit, "C++" nor a rating, "BB+"). */
static int plus_acronym(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsToken *t = &w->tok.v[i];
    if (i + 1 >= w->tok.n || tg->labels[i] != NEWS_LABEL_O ||
        tg->labels[i + 1] != NEWS_LABEL_O || !(t->flags & NEWS_TF_ALL_UPPER) ||
        (t->flags & NEWS_TF_DIGIT) || t->byte_len < 2 || !lone_plus(w, i))
        return 0;
    const uint8_t *z = w->text + t->byte_start;
    size_t abc = 0; /* a credit rating in letters A to C: "BB+", "AA+" */
    while (abc < t->byte_len && z[abc] >= 'A' && z[abc] <= 'C') abc++;
    return abc < t->byte_len;
}

/* The token after a name of the form first name, nickname in quotation marks, surname
 * that opens at token i, a first name the tagger read alone (`Juan "Chico" Manriquez`,
 * `Brian 'Head' Welch`: one PER, as CoNLL-2003 writes `Hector "Macho" Camacho`), or 0. The
 * nickname is one or two capitalised words inside its marks, the surname one capitalised
 * word after them, with "Jr." or "Sr." after it if it has one. */
static size_t nickname_end(const NewsWork *w, const NewsTagger *tg, size_t i) {
    const NewsToken *t = w->tok.v;
    const uint8_t *lab = tg->labels;
    size_t n = w->tok.n, c = i + 3;
    if (i + 4 >= n || !t[i + 1].quote || !(t[i + 1].flags & NEWS_TF_SPACE_BEFORE) ||
        (t[i + 2].flags & NEWS_TF_SPACE_BEFORE) || !capitalised(w, i + 2))
        return 0;
    if (!t[c].quote && capitalised(w, c)) c++; /* two words: `"Big Papi"` */
    if (c + 1 >= n || !t[c].quote || (t[c].flags & NEWS_TF_SPACE_BEFORE) ||
        !(t[c + 1].flags & NEWS_TF_SPACE_BEFORE) || !capitalised(w, c + 1) ||
        t[c + 1].sentence != t[i].sentence)
        return 0;
    const NewsForm *f = &tg->feat.form[tg->feat.info[i].form];
    if (lab[i] != NEWS_LABEL_B(NEWS_PER) && !(f->gaz & NEWS_GAZ_FIRST)) return 0;
    static const Word generations[] = {W("Jr"), W("Sr"), W("Jr."), W("Sr."), {0, 0}};
    return c + 2 < n && t[c + 2].sentence == t[i].sentence && word_in(w, c + 2, generations)
               ? c + 3 /* `Rogelio "Jun" Bautista Jr.` */
               : c + 2;
}

/* Whether the body's name ending before token j ends in the office of one of its people,
 * which the tagger took in ("the NLC President, Comrade Babatunde Okorie", "FBI Director"):
 * CoNLL-2003 train and dev end no body's name so. The word before the office is an
 * acronym, a designator or a body's head, so that a body is left (not "Home Secretary",
 * "British Chancellor", "Deputy Prime Minister"). */
static int office_after_body(const NewsWork *w, size_t j) {
    static const Word offices[] = {W("Mayor"),     W("Premier"),   W("Speaker"),
                                   W("Senator"),   W("Chairman"),  W("Director"),
                                   W("Governor"),  W("Minister"),  W("President"),
                                   W("Secretary"), W("Ambassador"), W("Chancellor"),
                                   W("Chairwoman"), W("Commissioner"), {0, 0}};
    const NewsToken *b = &w->tok.v[j - 2];
    return capitalised(w, j - 1) && word_in(w, j - 1, offices) &&
           ((b->flags & (NEWS_TF_ALL_UPPER | NEWS_TF_ABBREV)) == NEWS_TF_ALL_UPPER ||
            word_in(w, j - 2, designators) || org_head(w, j - 2));
}

/* Whether token k heads a body's name (org_head) or names a federation, a union, a
 * chamber, an academy, a society, a league, a church or an embassy. */
static int body_head(const NewsWork *w, size_t k) {
    static const Word more[] = {W("Union"),   W("League"),  W("Church"),     W("Academy"),
                                W("Chamber"), W("Embassy"), W("Society"),    W("Federation"),
                                W("Confederation"), {0, 0}};
    return org_head(w, k) || word_in(w, k, more);
}

/* Whether the name at token i is the one a person gave: "who gave his name only as Chidi",
 * "asked to be identified only as Maria"; not "a company known as Acme", nor "one bank,
 * identified as Citibank NA". */
static int name_given(const NewsWork *w, size_t i) {
    if (i < 3 || !word_is(w, i - 1, "as") || !capitalised(w, i)) return 0;
    if (word_is(w, i - 2, "name")) return 1;
    return word_is(w, i - 2, "only") &&
           (word_is(w, i - 3, "name") || word_is(w, i - 3, "identified"));
}

/* A club and its country, read as one body, tokens [i, j): "Real Madrid of Spain", as
 * CoNLL-2003 writes two names. The words before "of" are two or more, one a city on the
 * lists and no ordinary word, none a body's head; the words after it are a country on the
 * lists and end the name. Not a company ("Hospital Corp of America", "Ford Motor Co of
 * Canada" are whole names).
 * Returns the end of the first name. */
static size_t split_of_country(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    size_t o = i + 1;
    while (o + 1 < j && !word_is(w, o, "of")) o++;
    if (o + 1 >= j) return j;
    size_t m = word_is_the(w, o + 1) ? o + 2 : o + 1;
    if (m >= j || !list_phrase(&tg->feat, m, j, NEWS_GAZ_COUNTRY)) return j;
    const NewsFeatScratch *s = &tg->feat;
    int club = 0;
    for (size_t k = i; k < o; k++)
        club |= (s->form[s->info[k].form].gaz & (NEWS_GAZ_CITY | NEWS_GAZ_COMMON)) ==
                NEWS_GAZ_CITY;
    if (!club || o - i < 2 || org_head(w, name_head(w, i, o))) return j;
    tg->labels[o] = NEWS_LABEL_O;
    if (m > o + 1) tg->labels[o + 1] = NEWS_LABEL_O;
    label_span(tg, m, j, NEWS_LOC);
    return o;
}

/* Wire agencies after a reporter's name in a byline ("By DANA WESTBROOK AP Sports Writer"). */
static const Word byline_wires[] = {W("AP"), W("CP"), W("AFP"), W("UPI"), {0, 0}};

/* Whether the name at token i stands in brackets right after a person's name ("Ewan
 * MacAulay (Waverley West)", "Capito (R-W.Va.)"). */
static int bracketed_after_person(const NewsWork *w, const NewsTagger *tg, size_t i) {
    return i > 1 && punct_is(w, i - 1, '(') && tg->labels[i - 2] != NEWS_LABEL_O &&
           NEWS_LABEL_TYPE(tg->labels[i - 2]) == NEWS_PER &&
           w->tok.v[i - 2].sentence == w->tok.v[i].sentence;
}

/* Whether the person whose name ends at token k has a councillor's title before it
 * ("Coun. Ewan MacAulay", "Cllr Jo Lee", "Councillor Amy Wu"). */
static int councillor_before(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const Word titles[] = {W("Cr"), W("Coun"), W("Cllr"), W("Coun."), W("Cllr."),
                                  W("Councilor"), W("Councillor"), {0, 0}};
    size_t f = k;
    while (f > 0 && NEWS_LABEL_INSIDE(tg->labels[f])) f--;
    return f > 0 && word_in(w, f - 1, titles);
}

/* Two bodies the tagger read as one over "and", tokens [i, j): "AIB and Bank of Ireland".
 * The words before "and" are an acronym or end in a company's word, the ones after it open
 * with a body's head and "of" (session s28; not "Department of Health and Human Services",
 * "Marks and Spencer"). Returns the end of the first name. */
static size_t split_and_body(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    size_t m = i + 1;
    while (m + 3 < j && m < i + 4 && !word_is(w, m, "and")) m++;
    if (m + 3 >= j || !word_is(w, m, "and") || !org_head(w, m + 1) ||
        !word_is(w, m + 2, "of"))
        return j;
    const NewsToken *t = &w->tok.v[m - 1];
    if (!(m == i + 1 && (t->flags & NEWS_TF_ALL_UPPER) && t->byte_len >= 2) &&
        !company_end(w, m - 1))
        return j;
    for (size_t k = i; k < m; k++)
        if (word_is(w, k, "of")) return j;
    tg->labels[m] = NEWS_LABEL_O;
    label_span(tg, m + 1, j, NEWS_ORG);
    return m;
}

/* Whether the name in tokens [first, end) is a centre whose words say it studies or
 * informs ("Science Media Centre", "Wales Governance Centre", "Storm Prediction Center"):
 * a body, where the tagger read a place. Not "Johnson Space Center", nor a venue. */
static int centre_of_studies(const NewsWork *w, size_t first, size_t end) {
    static const Word works[] = {W("Media"),      W("Policy"),     W("Medical"),
                                 W("Studies"),    W("Research"),   W("Governance"),
                                 W("Literature"), W("Prediction"), {0, 0}};
    if (!word_is(w, end - 1, "Centre") && !word_is(w, end - 1, "Center")) return 0;
    for (size_t k = first; k + 1 < end; k++)
        if (word_in(w, k, works)) return 1;
    return 0;
}

/* Two places the tagger read as one over "and", each ending in a word that ends the names of
 * streets, bridges and stadiums ("Birdcage Walk and Tower Bridge"): two. In CoNLL-2003 train
 * the only place with "and" inside is a country ("Trinidad and Tobago"). */
static void split_places(const NewsWork *w, NewsTagger *tg, size_t i, size_t j) {
    for (size_t a = i + 2; a + 2 < j; a++)
        if (word_is(w, a, "and")) {
            if (place_end(w, tg, i, a, NEWS_LOC) && place_end(w, tg, a + 1, j, NEWS_LOC)) {
                tg->labels[a] = NEWS_LABEL_O;
                tg->labels[a + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LOC);
            }
            return;
        }
}

/* "son of" and "daughter of" in lower case, as Kyrgyz, Kazakh, Uzbek and Azerbaijani names
 * end ("Nurbek Toktosun uulu", "Elnura Asanbek kyzy"). */
static const Word patronymics[] = {W("uly"), W("kyzy"), W("ogly"), W("oglu"), W("qizi"),
                                   W("qyzy"), W("uulu"), {0, 0}};

static int patronymic_at(const NewsWork *w, size_t k) {
    return k < w->tok.n && w->tok.v[k].byte_len - 3u <= 1u &&
           w->tok.v[k].sentence == w->tok.v[k - 1].sentence && word_in(w, k, patronymics);
}

/* A patronymic after a name the tagger left out, as it may before a word it never saw in
 * lower case ("Energy Minister Nurbek Toktosun uulu"): the capitalised words before it, two
 * at most and no title, are a person with it. */
static void patronymic_name(const NewsWork *w, NewsTagger *tg, size_t i) {
    size_t a = i;
    while (a > 0 && i - a < 2 && tg->labels[a - 1] == NEWS_LABEL_O && capitalised(w, a - 1) &&
           !word_is_the(w, a - 1) && !title_of(tg, a - 1) &&
           w->tok.v[a - 1].sentence == w->tok.v[i].sentence)
        a--;
    label_span(tg, a, i + 2, NEWS_PER);
}

/* The last fixes of doc_rules at token i, a name's word, by the word's first letter:
 * - a place whose name the tagger ended at "St." and went on with a person ("Port St." +
 *   "Joe"): one place;
 * - "Man Utd", "Man City": the clubs, not a man;
 * - "20th Century Fox", the studio, where the tagger read "Fox" or "Century Fox";
 * - a line-up's label ("Subs Not Used: Macken, Weaver"), its colon too if taken in: none;
 * - "Lord" before "Mayor", a title the tagger read as a place; "the Bishop of Wexcombe", a
 *   title and a see: the see alone, a place;
 * - "International Federation of Red Cross" + "and" + "Red Crescent Societies": one;
 * - a weekday in the plural alone ("open on Tuesdays and Thursdays"): no name;
 * - a patronymic after a person's name: part of the name;
 * - "Sta." or "Sto." (Santa, Santo) before a name the tagger read alone opens a place, as
 *   the Philippines writes them ("Sta. Monica", "Sto. Tomas");
 * - a first name, a nickname in marks and a surname are one person (nickname_end); a name
 *   the tagger ran on from the surname after "of" or "from" is a place ("Juan" + "Chico"
 *   + "Manriquez of Oakland": the person of Oakland). */
static void last_fixes(const NewsWork *w, NewsTagger *tg, size_t i) {
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    const NewsToken *t = &w->tok.v[i];
    if (lab[i + 1] == NEWS_LABEL_O && NEWS_LABEL_TYPE(lab[i]) == NEWS_PER &&
        patronymic_at(w, i + 1)) {
        lab[i + 1] = (uint8_t)NEWS_LABEL_I(NEWS_PER);
        return;
    }
    size_t nick = !NEWS_LABEL_INSIDE(lab[i]) && w->tok.v[i + 1].quote ? nickname_end(w, tg, i)
                                                                          : 0;
    if (nick) {
        label_span(tg, i, nick, NEWS_PER);
        if (nick + 1 < n && NEWS_LABEL_INSIDE(lab[nick]) &&
            (word_is(w, nick, "of") || word_is(w, nick, "from")) &&
            NEWS_LABEL_INSIDE(lab[nick + 1])) {
            size_t e = nick + 1;
            while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
            lab[nick] = NEWS_LABEL_O;
            label_span(tg, nick + 1, e, NEWS_LOC);
        }
        return;
    }
    if (i > 0 && w->tok.v[i - 1].byte_len == 4 && !NEWS_LABEL_INSIDE(lab[i]) &&
        lab[i - 1] == NEWS_LABEL_O && w->tok.v[i - 1].sentence == t->sentence &&
        (word_is(w, i - 1, "Sta.") || word_is(w, i - 1, "Sto."))) {
        size_t e = i + 1;
        while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        label_span(tg, i - 1, e, NEWS_LOC);
        return;
    }
    if (t->byte_len >= 7 && w->text[t->byte_start + t->byte_len - 1] == 's' &&
        !NEWS_LABEL_INSIDE(lab[i]) && !NEWS_LABEL_INSIDE(lab[i + 1]) &&
        word_in(w, i, weekdays_plural)) {
        lab[i] = NEWS_LABEL_O;
        return;
    }
    switch (w->text[t->byte_start]) {
    case 'S':
        if (NEWS_LABEL_TYPE(lab[i]) == NEWS_LOC && lab[i + 1] == NEWS_LABEL_B(NEWS_PER) &&
            (word_is(w, i, "St.") || word_is(w, i, "Ste.")) && i > 0 &&
            lab[i - 1] != NEWS_LABEL_O && NEWS_LABEL_TYPE(lab[i - 1]) == NEWS_LOC &&
            !(i + 2 < n && NEWS_LABEL_INSIDE(lab[i + 2])))
            lab[i + 1] = (uint8_t)NEWS_LABEL_I(NEWS_LOC);
        /* "Subs": */
        /* fall through */
    case 'N': {
        if (NEWS_LABEL_INSIDE(lab[i]) || !(word_is(w, i, "Subs") || word_is(w, i, "Not")))
            break;
        size_t b = i > 0 && word_is(w, i, "Not") && word_is(w, i - 1, "Subs") ? i - 1 : i;
        size_t j = i + 1;
        while (j < n && NEWS_LABEL_INSIDE(lab[j]) && !punct_is(w, j, ':')) j++;
        if (word_is(w, b, "Subs") && j < n && punct_is(w, j, ':')) {
            memset(lab + b, NEWS_LABEL_O, j + 1 - b);
            if (j + 1 < n && NEWS_LABEL_INSIDE(lab[j + 1]))
                lab[j + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[j + 1]));
        }
        break;
    }
    case 'M':
        if (word_is(w, i, "Man") && i + 2 < n && !NEWS_LABEL_INSIDE(lab[i]) &&
            (word_is(w, i + 1, "Utd") || word_is(w, i + 1, "United") ||
             word_is(w, i + 1, "City")) && !NEWS_LABEL_INSIDE(lab[i + 2]))
            label_span(tg, i, i + 2, NEWS_ORG);
        break;
    case 'F':
        if (i >= 2 && word_is(w, i, "Fox") && word_is(w, i - 1, "Century") &&
            (word_is(w, i - 2, "20th") || word_is(w, i - 2, "21st")) &&
            !NEWS_LABEL_INSIDE(lab[i + 1]))
            label_span(tg, i - 2, i + 1, NEWS_ORG);
        break;
    case 'L':
        if (lab[i] == NEWS_LABEL_B(NEWS_LOC) && lab[i + 1] == NEWS_LABEL_O &&
            word_is(w, i, "Lord") && word_is(w, i + 1, "Mayor"))
            lab[i] = NEWS_LABEL_O;
        break;
    case 'P':
        /* a trial's phase is no name: "a Phase 3 trial", "Phase II" (s29) */
        if (lab[i] != NEWS_LABEL_O && !NEWS_LABEL_INSIDE(lab[i]) &&
            NEWS_LABEL_INSIDE(lab[i + 1]) && !(i + 2 < n && NEWS_LABEL_INSIDE(lab[i + 2])) &&
            word_is(w, i, "Phase") &&
            (news_tok_digits(w, i + 1, 1) || word_is(w, i + 1, "I") || word_is(w, i + 1, "II") ||
             word_is(w, i + 1, "III") || word_is(w, i + 1, "IV")))
            lab[i] = lab[i + 1] = NEWS_LABEL_O;
        break;
    case 'A':
    case 'B':
        if ((lab[i] == NEWS_LABEL_B(NEWS_ORG) || lab[i] == NEWS_LABEL_B(NEWS_MISC)) &&
            i + 2 < n && (word_is(w, i, "Bishop") || word_is(w, i, "Archbishop")) &&
            word_is(w, i + 1, "of") && lab[i + 2] == NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[i]))) {
            size_t j = i + 3;
            while (j < n && lab[j] == lab[i + 2]) j++;
            lab[i] = lab[i + 1] = NEWS_LABEL_O;
            label_span(tg, i + 2, j, NEWS_LOC);
        }
        break;
    case 'C':
        /* a US appeals court judge's title: "Circuit Judge Anand Subramaniam" (s29) */
        if (lab[i] != NEWS_LABEL_O && !NEWS_LABEL_INSIDE(lab[i]) && lab[i + 1] == NEWS_LABEL_O &&
            i + 2 < n && word_is(w, i, "Circuit") && word_is(w, i + 1, "Judge") &&
            lab[i + 2] == NEWS_LABEL_B(NEWS_PER)) {
            lab[i] = NEWS_LABEL_O;
            break;
        }
        if (i > 0 && lab[i] == NEWS_LABEL_I(NEWS_ORG) && lab[i - 1] == NEWS_LABEL_I(NEWS_ORG) &&
            i + 3 < n && word_is(w, i, "Cross") && word_is(w, i - 1, "Red") &&
            word_is(w, i + 1, "and") && lab[i + 2] == NEWS_LABEL_B(NEWS_ORG) &&
            word_is(w, i + 2, "Red") && word_is(w, i + 3, "Crescent"))
            lab[i + 1] = lab[i + 2] = NEWS_LABEL_I(NEWS_ORG);
        break;
    default:
        break;
    }
}

/* Whether token k is a word for the people of a city or a region on the lists, the city's
 * name and an ending ("Londoners", "Berliners", "Vancouverites", "Brisbanites",
 * "Torontonians", "Bostonians", "Sydneysiders"): CoNLL-2003 types such words MISC, as it
 * does a nation's. Only a name of five letters or more, which the lists hold in lower case
 * as a place and not as an ordinary word ("Islanders", "Villagers" are not). */
static int city_people(const NewsWork *w, const NewsTagger *tg, size_t k) {
    static const char *const ends[] = {"siders", "nians", "ians", "ites", "ers"};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (!capitalised(w, k) || n < 8 || n > 24 || z[n - 1] != 's' || !tg->fixed_by) return 0;
    uint8_t low[24];
    for (size_t i = 0; i < n; i++) {
        if (z[i] >= 0x80 || z[i] == '-') return 0;
        low[i] = (uint8_t)(z[i] >= 'A' && z[i] <= 'Z' ? z[i] + 32 : z[i]);
    }
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        size_t m = strlen(ends[e]);
        if (memcmp(low + n - m, ends[e], m)) continue;
        for (int with_e = 0; with_e < 2; with_e++) { /* "Brisbanites": Brisbane */
            size_t len = n - m;
            uint8_t stem[24];
            memcpy(stem, low, len);
            if (with_e) stem[len++] = 'e';
            if (len < 5) continue;
            const NewsLexEntry *v = news_lex_find(tg->fixed_by, news_lex_hash('l', stem, len));
            if (v && (v->a & (NEWS_GAZ_CITY | NEWS_GAZ_REGION)) && !(v->a & NEWS_GAZ_COMMON))
                return 1;
        }
    }
    return 0;
}

/* City people (city_people) are MISC each on their own, taking them out of what the tagger
 * ran them into: a word opening the sentence ("Many Vancouverites"), a comma ("Vancouverites,
 * Londoners"); not in a sports report, where such words name teams ("the Highlanders"). */
static void city_peoples(const NewsWork *w, NewsTagger *tg) {
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (s->topic & 1) return;
    for (size_t i = s->next_cand[0]; i < n; i = s->next_cand[i + 1]) {
        if (!city_people(w, tg, i)) continue;
        size_t f = i, e = i + 1; /* the mention that holds it, or the token */
        if (lab[i] != NEWS_LABEL_O) {
            while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
            while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        }
        int alone = 1; /* the mention's other words: punctuation, an ordinary word opening
                        * the sentence, other city people */
        for (size_t k = f; alone && k < e; k++)
            alone = k == i || (w->tok.v[k].flags & NEWS_TF_PUNCT) ||
                    (s->info[k].first_word && (s->form[s->info[k].form].gaz & NEWS_GAZ_COMMON)) ||
                    city_people(w, tg, k);
        if (!alone) continue;
        for (size_t k = f; k < e; k++)
            lab[k] = city_people(w, tg, k) ? (uint8_t)NEWS_LABEL_B(NEWS_MISC) : NEWS_LABEL_O;
        i = e - 1;
    }
}

/* Whether token k is an Airbus model written alone, in the plural too ("A321neos",
 * "A321XLRs", "A350s", "A220"): a MISC, as CoNLL-2003 writes "Airbus 310" (s29). */
static int airbus_model(const NewsWork *w, size_t k) {
    static const char *const variants[] = {"neo", "ceo", "XLR", "LR", "XWB", ""};
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start;
    size_t n = t->byte_len;
    if (n < 4 || n > 9 || z[0] != 'A' || (z[1] != '2' && z[1] != '3') || z[2] < '0' ||
        z[2] > '9' || z[3] < '0' || z[3] > '9')
        return 0;
    if (z[n - 1] == 's') n--;
    for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
        size_t m = strlen(variants[v]);
        if (n == 4 + m && !memcmp(z + 4, variants[v], m)) return 1;
    }
    return 0;
}

/* Airbus models the tagger read as a place or a body or left out are MISC (airbus_model);
 * not a British road of the same number, after "on the", "along the", "off the" ("a crash
 * on the A350 near Chippenham"). */
static void airbus_models(const NewsWork *w, NewsTagger *tg) {
    static const Word on[] = {W("on"), W("off"), W("onto"), W("along"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = tg->feat.next_cand[0]; i < n; i = tg->feat.next_cand[i + 1])
        if (!NEWS_LABEL_INSIDE(lab[i]) && !(i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])) &&
            lab[i] != NEWS_LABEL_B(NEWS_MISC) && airbus_model(w, i) &&
            !(i > 1 && word_is_the(w, i - 1) && word_in(w, i - 2, on)))
            label_span(tg, i, i + 1, NEWS_MISC);
}

/* A name the tagger read as a person between a preposition of place and a comma, then a
 * country or a region on the lists and a punctuation mark, is a place: "the telescope in Río
 * Hurtado, Chile, saw it" (s29); not "a letter from Tomás Echeverría, Chile's ambassador". */
static void town_of_country(const NewsWork *w, NewsTagger *tg) {
    static const Word at[] = {W("at"), W("in"), W("to"), W("from"), W("near"), W("outside"),
                              {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        if (lab[i] != NEWS_LABEL_B(NEWS_PER)) continue;
        size_t e = i + 1;
        while (e < n && lab[e] == NEWS_LABEL_I(NEWS_PER)) e++;
        uint32_t sent = w->tok.v[i].sentence;
        if (i == 0 || !word_in(w, i - 1, at) || e + 2 >= n || !punct_is(w, e, ',') ||
            lab[e + 1] != NEWS_LABEL_B(NEWS_LOC) || NEWS_LABEL_INSIDE(lab[e + 2]) ||
            !(w->tok.v[e + 2].flags & NEWS_TF_PUNCT) || w->tok.v[e + 2].sentence != sent ||
            !(list_pos(s, e + 1, LIST_COUNTRY) || list_pos(s, e + 1, LIST_REGION) ||
              (s->form[s->info[e + 1].form].gaz & (NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION))))
            continue;
        label_span(tg, i, e, NEWS_LOC);
    }
}

/* A newspaper named after its place, which the tagger read as the place or a work: a
 * place on a list, perhaps a word of when it comes out, then a newspaper's word ("the Kyiv
 * Independent", "the Hollywood Reporter", "the Buenos Aires Times", "the Jamaica Gleaner",
 * "the Sydney Morning Herald") is a body, as CoNLL-2003 types newspapers (s29). */
static void place_papers(const NewsWork *w, NewsTagger *tg) {
    /* (beside newspaper_head's, words that end other names too: "Golden Globe", "Modern
     * Times", "Lone Star"; after a place they are a paper's) */
    static const Word papers[] = {
        W("Mail"),     W("Post"),     W("Star"),      W("Echo"),       W("Globe"),
        W("Times"),    W("Argus"),    W("Nation"),    W("Mirror"),     W("Record"),
        W("Journal"),  W("Gleaner"),  W("Monitor"),   W("Express"),    W("Citizen"),
        W("Guardian"), W("Observer"), W("Reporter"),  W("Bulletin"),   W("Register"),
        W("Telegraph"), W("Advertiser"), W("Independent"), {0, 0}};
    static const Word issues[] = {W("Daily"), W("Sunday"), W("Weekly"), W("Morning"),
                                  W("Evening"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i + 1, n)) {
        unsigned y = lab[i];
        if (NEWS_LABEL_INSIDE(y) || NEWS_LABEL_TYPE(y) == NEWS_ORG ||
            NEWS_LABEL_TYPE(y) == NEWS_PER)
            continue;
        size_t e = i + 1;
        while (e < n && lab[e] == y + 1) e++;
        if (e - i < 2 || !(word_in(w, e - 1, papers) || newspaper_head(w, e - 1))) continue;
        size_t p = e - 1;
        while (p > i + 1 && word_in(w, p - 1, issues)) p--;
        if (is_place_phrase(s, i, p)) label_span(tg, i, e, NEWS_ORG);
        i = e - 1;
    }
}

/* In a sports report, a league's conference or division by its compass word is a MISC, as
 * leagues are and as CoNLL-2003 types "CENTRAL DIVISION" (s29): "the Central Division",
 * "one Western Conference scout"; the tagger reads the mixed case as a body (a company's
 * or a court's division stays one: "a Southern Division responsible for ..."). */
static void league_parts(const NewsWork *w, NewsTagger *tg) {
    static const Word compass[] = {W("Central"), W("Eastern"), W("Pacific"), W("Western"),
                                   W("Atlantic"), W("Northern"), W("Southern"), {0, 0}};
    static const Word parts[] = {W("Division"), W("Conference"), {0, 0}};
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    if (!(tg->feat.topic & 1)) return;
    for (size_t i = past_o(lab, 0, n); i + 1 < n; i = past_o(lab, i + 1, n))
        if (NEWS_LABEL_TYPE(lab[i]) == NEWS_ORG && !NEWS_LABEL_INSIDE(lab[i]) &&
            lab[i + 1] == NEWS_LABEL_I(NEWS_ORG) &&
            !(i + 2 < n && NEWS_LABEL_INSIDE(lab[i + 2])) && word_in(w, i, compass) &&
            word_in(w, i + 1, parts))
            label_span(tg, i, i + 2, NEWS_MISC);
}

/* Ships are MISC, as CoNLL-2003 types "the ferry Trident Seven" (s29): the name the tagger
 * found right after a vessel's noun in lower case ("the research vessel Sonne", "the
 * drillship Abdülhamid Han", "the tanker Sohar Pioneer") or a size in teu ("the 13,100 teu
 * Maersk Sentosa", whose number the tagger took in), or one a navy's or a merchant ship's
 * prefix opens ("HMS Iron Duke", "MV Ever Given"; not a body the tagger found, "the USS
 * Chemicals division"); not a country ("a tanker Iran seized"). */
static void ship_names(const NewsWork *w, NewsTagger *tg) {
    static const Word vessels[] = {
        W("ship"),       W("ferry"),     W("liner"),        W("yacht"),       W("tanker"),
        W("vessel"),     W("boxship"),   W("cruiser"),      W("frigate"),     W("trawler"),
        W("warship"),    W("corvette"),  W("destroyer"),    W("drillship"),   W("freighter"),
        W("submarine"),  W("icebreaker"), W("containership"), {0, 0}};
    static const Word prefixes[] = {W("MV"),   W("RV"),   W("HMS"),   W("INS"),
                                    W("USS"),  W("HMAS"), W("HMCS"),  W("HMNZS"), {0, 0}};
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t n = w->tok.n;
    for (size_t i = n > 1 ? s->next_cand[1] : n; i < n; i = s->next_cand[i + 1]) {
        if (!(w->tok.v[i].flags & NEWS_TF_UPPER_INIT) ||
            w->tok.v[i - 1].sentence != w->tok.v[i].sentence)
            continue;
        size_t f = i, e = i + 1, h = i; /* the ship [i, e), its name from h */
        /* a prefix and the name after it, whether the tagger took the prefix in, left it out
         * or read it as a name of its own ("USS" + "Gerald R. Ford"); not a body it read
         * whole ("the USS Chemicals division") */
        int prefix = i + 1 < n && lab[i + 1] != NEWS_LABEL_O && !NEWS_LABEL_INSIDE(lab[i]) &&
                     (w->tok.v[i].flags & NEWS_TF_ALL_UPPER) && word_in(w, i, prefixes) &&
                     !(NEWS_LABEL_INSIDE(lab[i + 1]) && NEWS_LABEL_TYPE(lab[i]) == NEWS_ORG);
        int named = lab[i] != NEWS_LABEL_O &&
                    (w->tok.v[i - 1].flags & (NEWS_TF_WORD | NEWS_TF_UPPER_INIT)) == NEWS_TF_WORD &&
                    (word_in(w, i - 1, vessels) ||
                     (i > 1 && word_is(w, i - 1, "teu") &&
                      (w->tok.v[i - 2].flags & NEWS_TF_DIGIT)));
        if (prefix) h = i + 1, e = i + 2;
        else if (!named) continue;
        while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
        while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
        if (list_pos(s, h, LIST_COUNTRY) || (s->form[s->info[h].form].gaz & NEWS_GAZ_COUNTRY))
            continue;
        if (f < i) memset(lab + f, NEWS_LABEL_O, i - f); /* "13,100 teu" */
        label_span(tg, i, e, NEWS_MISC);
        i = e - 1;
    }
}

/* A sentence of 64 tokens or more with white space before fewer than one in 16 is no
 * prose ("Bxx,aa..Q'"aaa"xaQ-a.Bx": a binary or a run of glued symbols, which the
 * tagger, trained on 2020s articles too, would fill with names at a mention every 14
 * bytes): no names in it, so that such input costs no more memory than prose. */
static void spaceless_text(const NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    for (size_t a = 0, b; a < n; a = b) {
        size_t spaced = 0;
        for (b = a; b < n && w->tok.v[b].sentence == w->tok.v[a].sentence; b++)
            spaced += (w->tok.v[b].flags & NEWS_TF_SPACE_BEFORE) != 0;
        if (b - a >= 64 && spaced * 16 < b - a) memset(tg->labels + a, NEWS_LABEL_O, b - a);
    }
}

/* A body's name that the tagger opened at an acronym inside it, after the place or the
 * district it serves, which it read as no name ("Weald Valley" + "NHS Foundation Trust";
 * name_bounds joins one it read): the one or two capitalised words before the acronym, not
 * opening the sentence nor a title, are part of it; not before "U.S." nor in a headline. */
static void acronym_body_prefix(const NewsWork *w, NewsTagger *tg, size_t i) {
    const NewsToken *t = w->tok.v;
    size_t a = i;
    while (a > 0 && i - a < 2 && tg->labels[a - 1] == NEWS_LABEL_O && capitalised(w, a - 1) &&
           !word_is_the(w, a - 1) &&
           !(t[a - 1].flags & (NEWS_TF_SENT_START | NEWS_TF_DIGIT | NEWS_TF_HYPHEN |
                               NEWS_TF_ABBREV)) &&
           t[a - 1].sentence == t[i].sentence && !tg->feat.info[a - 1].headline &&
           !title_of(tg, a - 1))
        a--;
    if (a == i || (a > 0 && t[a - 1].sentence == t[i].sentence && capitalised(w, a - 1)))
        return;
    size_t j = i + 1;
    while (j < w->tok.n && NEWS_LABEL_INSIDE(tg->labels[j])) j++;
    label_span(tg, a, j, NEWS_ORG);
}

/* Whether token k is two capitalised names joined by a hyphen ("Pakistan-Afghanistan",
 * "Sino-American"; not "US-based", "KFC-parent"). */
static int two_names(const NewsWork *w, size_t k) {
    const NewsToken *t = &w->tok.v[k];
    const uint8_t *z = w->text + t->byte_start, *h;
    if (!(t->flags & NEWS_TF_HYPHEN) || !(t->flags & NEWS_TF_UPPER_INIT)) return 0;
    h = memchr(z, '-', t->byte_len);
    return h && h + 1 < z + t->byte_len && h[1] >= 'A' && h[1] <= 'Z';
}

/* Document rules on the labels of the window, before mentions are cut:
 * - a dateline ("KYIV (Reuters) -", "SÃO PAULO -", "KYIV, Ukraine"): the words in
 *   capitals that open a paragraph, are followed by an opening bracket, a dash or a comma
 *   and are a place on a list are that place ("BOXING -", "PRESS DIGEST -" are not);
 * - an acronym the text defines ("International Monetary Fund (IMF)") takes the type of
 *   its long form, and so does every other occurrence of it in the window, before the
 *   definition too ("WHO officials said ..."), where it stands alone;
 * - a person's surname ("Kuleba" of "Dmytro Kuleba", the last word of a name of two words
 *   or more) is that person wherever it stands alone in the document, before the full
 *   name too, and also where the tagger left it out, unless it opens a sentence and is an
 *   ordinary word as well ("Brown", "May"). The set of surnames (tg->surname, the words'
 *   form hashes) lasts for the document, so later windows use it too;
 * and, each above its function: title-case headlines (titlecase_headline), headline words
 * in capitals (headline_at), team nicknames after "the" (team_nickname) and names their
 * neighbours call companies (company_at). */
static int doc_rules(NewsWork *w, NewsTagger *tg) {
    size_t n = w->tok.n;
    const NewsFeatScratch *s = &tg->feat;
    uint8_t *lab = tg->labels;
    size_t had_cap = tg->spread_cap;
    int rc = news_work_reserve(w, (void **)&tg->spread, &tg->spread_cap, s->n_form + 1,
                               sizeof *tg->spread);
    if (rc) return rc;
    memset(tg->spread + had_cap, 0, (tg->spread_cap - had_cap) * sizeof *tg->spread);
    uint64_t towns[4]; /* the one-word places of datelines ("CHISINAU --"), h_lower */
    size_t n_towns = 0;
    if (++tg->window_no == 0) { /* wrapped: stamps of 65,535 windows ago would match */
        memset(tg->spread, 0, tg->spread_cap * sizeof *tg->spread);
        tg->window_no = 1;
    }
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && w->tok.v[b].sentence == w->tok.v[a].sentence;) b++;
        titlecase_headline(w, tg, a, b);
        lineup_at(w, tg, a, b);
        /* an ordinary word opening a sentence or headline, no word of a longer name
         * elsewhere ("Floods in southern Brazil kill 100", a place to the tagger once the
         * text below writes "Floods" after a dateline's dash; not "Open" of "Australian
         * Open" nor a place on a list) */
        if (ordinary_opener(w, tg, a) && !(s->info[a].doc & NEWS_DOC_IN_NAME) &&
            (!is_place_phrase(s, a, a + 1) || word_is(w, a, "Born")))
            lab[a] = NEWS_LABEL_O; /* ("Born in Luton, ...": a town's name on the list) */
        else if (lower_in_article(w, tg, a))
            lab[a] = NEWS_LABEL_O;
    }
    for (size_t i = s->next_cand[0]; i < n; i = s->next_cand[i + 1]) {
        uint32_t flags = w->tok.v[i].flags;
        if (flags & NEWS_TF_PARA_START) {
            size_t j = byline_at(w, tg, i);
            if (j) {
                i = j - 1;
                continue;
            }
        }
        if (i > 0 && w->tok.v[i - 1].byte_len == 1 &&
            (punct_is(w, i - 1, '(') || punct_is(w, i - 1, ';'))) {
            size_t j = credit_at(w, tg, i);
            if (j) {
                i = j - 1;
                continue;
            }
        }
        if ((flags & NEWS_TF_PARA_START) && capitalised(w, i)) {
            size_t j = town_dateline(w, tg, i);
            if (j) {
                if (ordinary_opener(w, tg, j)) lab[j] = NEWS_LABEL_O;
                i = j - 1;
                continue;
            }
        }
        if (flags & NEWS_TF_ALL_UPPER) {
            size_t j = dateline_at(w, tg, i);
            if (j) {
                if (n_towns < sizeof towns / sizeof *towns && lab[i] == NEWS_LABEL_B(NEWS_LOC) &&
                    !NEWS_LABEL_INSIDE(lab[i + 1]))
                    towns[n_towns++] = s->form[s->info[i].form].h_lower;
                after_dateline(w, tg, j);
                i = j - 1;
                continue;
            }
            acronym_at(w, tg, i);
            if (s->info[i].headline && lab[i] == NEWS_LABEL_O) headline_at(w, tg, i);
        }
        if (lab[i] != NEWS_LABEL_O && lab[i] != NEWS_LABEL_B(NEWS_PER) &&
            !NEWS_LABEL_INSIDE(lab[i]) && i + 1 < n && !NEWS_LABEL_INSIDE(lab[i + 1]) &&
            capitalised(w, i) && (title_of(tg, i) & NEWS_TITLE_NO_SENT_END) &&
            w->tok.v[i + 1].sentence == w->tok.v[i].sentence &&
            (title_of(tg, i + 1) || lab[i + 1] == NEWS_LABEL_B(NEWS_PER)))
            lab[i] = NEWS_LABEL_O; /* an honorific, "the Rt Revd Paul Butler" */
        if (lab[i] != NEWS_LABEL_B(NEWS_ORG) && !NEWS_LABEL_INSIDE(lab[i]) && capitalised(w, i) &&
            (i + 1 >= n || !NEWS_LABEL_INSIDE(lab[i + 1])) && plural_like(w, i) &&
            team_nickname(w, i) &&
            ((i > 0 && !s->info[i].first_word && word_is_the(w, i - 1)) ||
             team_named(w, tg, i))) {
            lab[i] = (uint8_t)NEWS_LABEL_B(NEWS_ORG); /* "beat the Ravens 27-20" */
            tg->margin[i] = RULE_MARGIN;
        } else if (lab[i] == NEWS_LABEL_O && i > 0 && lab[i - 1] != NEWS_LABEL_O &&
                   (NEWS_LABEL_TYPE(lab[i - 1]) == NEWS_LOC ||
                    NEWS_LABEL_TYPE(lab[i - 1]) == NEWS_ORG) &&
                   w->tok.v[i - 1].sentence == w->tok.v[i].sentence && capitalised(w, i) &&
                   plural_like(w, i) && team_nickname(w, i)) {
            /* "At the Houston Rockets": the nickname the tagger left after its city */
            size_t f = i - 1;
            while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
            label_span(tg, f, i + 1, NEWS_ORG);
        }
        if (w->tok.v[i].byte_len <= 2 && x_network(w, tg, i) && spread_first(tg, i, 0)) {
            /* "X sued ..." once "a post on X" says which X: every "X" alone */
            for (uint32_t o = s->info[i].first_same; o; o = s->info[o - 1].next_same)
                if (x_alone(w, tg, o - 1)) label_span(tg, o - 1, o, NEWS_ORG);
        }
        if (lab[i] == NEWS_LABEL_O && i + 1 < n && possessive_name(w, tg, i)) {
            if (word_is(w, i, "Lord")) {
                if (i > 0 && word_is(w, i - 1, "at"))
                    label_span(tg, i, i + 1, NEWS_LOC); /* "the second Test at Lord's" */
            } else if (!word_is(w, i, "Kohl") && !word_is(w, i, "Christie")) {
                label_span(tg, i, i + 1, NEWS_ORG); /* "McDonald's said", a company */
            }
        }
        if ((flags & NEWS_TF_UPPER_INIT) && !NEWS_LABEL_INSIDE(lab[i])) {
            formerly_at(w, tg, i);
            i = company_at(w, tg, i) - 1;
        }
    }
    for (size_t i = 1; i + 1 < n; i++)
        if (punct_is(w, i, '&')) ampersand_name(w, tg, i);
    for (size_t i = past_o(lab, 0, n); i + 2 < n; i = past_o(lab, i + 1, n))
        if (!NEWS_LABEL_INSIDE(lab[i])) {
            nationality_org(w, tg, i); /* (a B-MISC first) */
            dangling_link(w, tg, i);
            head_of_name(w, tg, i);
            byline_desk(w, tg, i);
        }
    for (size_t i = 1; i < n; i++)
        if (word_is(w, i, "party")) party_name(w, tg, i);
        else if (word_is(w, i, "Th\xE1\xBB\x8B") || word_is(w, i, "V\xC4\x83n") ||
                 word_is(w, i, "\xC3\x93") || word_is(w, i, "N\xC3\xAD") ||
                 word_is(w, i, "U\xC3\xAD"))
            name_middle(w, tg, i);
        else if (i >= 2 && (w->tok.v[i].flags & NEWS_TF_UPPER_INIT)) brand_name(w, tg, i);
        else if (word_is(w, i, "known")) known_as(w, tg, i);
    for (size_t i = 3; i + 1 < n; i++)
        if (punct_is(w, i, ',')) product_apposition(w, tg, i);
    /* the end of a person's name the tagger left off, or read as a name of its own: a
     * surname with the Arabic article ("Abdel Fattah" + "el-Sisi"), or a Chinese given name
     * of two syllables joined by a hyphen after the surname ("Kelvin Ng" + "Ka-wai", "Chen
     * Wei-ting" read as a MISC) */
    for (size_t i = n > 1 ? s->next_cand[1] : n; i < n; i = s->next_cand[i + 1]) {
        if (lab[i - 1] == NEWS_LABEL_O || w->tok.v[i].sentence != w->tok.v[i - 1].sentence ||
            (i + 1 < n && NEWS_LABEL_INSIDE(lab[i + 1])))
            continue;
        if (arabic_article_name(w, i)) {
            if (NEWS_LABEL_TYPE(lab[i - 1]) == NEWS_PER && !NEWS_LABEL_INSIDE(lab[i]) &&
                lab[i] != NEWS_LABEL_B(NEWS_PER))
                lab[i] = (uint8_t)NEWS_LABEL_I(NEWS_PER);
            continue;
        }
        if (!hyphened_given_name(w, i)) continue;
        size_t f = i - 1;
        while (f > 0 && NEWS_LABEL_INSIDE(lab[f])) f--;
        if (NEWS_LABEL_TYPE(lab[f]) == NEWS_PER && !NEWS_LABEL_INSIDE(lab[i]))
            lab[i] = (uint8_t)NEWS_LABEL_I(NEWS_PER);
        else if (f == i - 1 && lab[i] == lab[f] + 1 && w->tok.v[f].byte_len <= 5 &&
                 capitalised(w, f))
            label_span(tg, f, i + 1, NEWS_PER); /* "Chen Wei-ting" */
    }
    /* surnames of the window's people: in text order, a lone word after the full name is
     * the person whatever the tagger said; then, before it, unless the tagger called it an
     * organisation ("Disney" before "Walt Disney", "Ford" before "Henry Ford") */
    for (size_t i = s->next_cand[0]; i < n; i = s->next_cand[i + 1]) {
        unsigned y = lab[i];
        if (y == NEWS_LABEL_B(NEWS_PER)) {
            size_t j = i + 1;
            while (j < n && lab[j] == NEWS_LABEL_I(NEWS_PER)) j++;
            const NewsToken *t = &w->tok.v[j - 1];
            /* not "Hurricane Milton" (works_pass) */
            if (j - i > 1 && !(t->flags & NEWS_TF_ALL_UPPER) && !storm_word(w, j - 2) &&
                ((t->flags & NEWS_TF_UPPER_INIT) || arabic_article_name(w, j - 1))) {
                /* a first name of a name of one sentence and without titles ("Tory Lord
                 * Campbell" is a party and a peer), and not a word before a first name
                 * ("Tory Dominic Grieve") */
                const NewsForm *ff = &s->form[s->info[i].form];
                int plain = (ff->gaz & NEWS_GAZ_FIRST) && capitalised(w, i) &&
                            w->tok.v[i].sentence == t->sentence &&
                            !(j - i > 2 && (s->form[s->info[i + 1].form].gaz & NEWS_GAZ_FIRST));
                for (size_t k = i; plain && k < j; k++) plain = !title_of(tg, k);
                if (plain) {
                    size_t had = tg->n_surname;
                    rc = surname_add(w, tg, first_key(ff->h_form));
                    if (rc) return rc;
                    /* its lone occurrences before the full name ("Sofia" in a headline) */
                    uint32_t o = tg->n_surname != had ? s->info[i].first_same : 0;
                    for (; o && o - 1 < i; o = s->info[o - 1].next_same) lone_first(w, tg, o - 1);
                } else if (!(ff->gaz & NEWS_GAZ_FIRST) && capitalised(w, i) && !title_of(tg, i)) {
                    /* a first name no list has ("Mukesh Ambani"): kept for unknown_person,
                     * which it keeps from "Mukesh" alone; lone_first wants listed ones */
                    rc = surname_add(w, tg, first_key(ff->h_form));
                    if (rc) return rc;
                }
                size_t before = tg->n_surname;
                /* not a country the article named as a place before ("James Finlay Kenya",
                 * a company the tagger read as a person, after "a harvest in Kenya") */
                if (!(list_phrase(s, j - 1, j, NEWS_GAZ_COUNTRY) && lone_place(w, tg, j - 1)))
                    rc = surname_add(w, tg, s->form[s->info[j - 1].form].h_form | 1);
                if (rc) return rc;
                /* a new surname: its lone occurrences before the full name, which this
                 * pass went by before the name was known, are the person too. They are on
                 * the chain of the word's candidate occurrences (features.c); the labels
                 * lone_surname reads there are final, as this pass only changes lone
                 * words at or after i. */
                uint32_t o = tg->n_surname != before ? s->info[j - 1].first_same : 0;
                for (; o && o - 1 < i; o = s->info[o - 1].next_same) {
                    size_t k = o - 1;
                    if (lab[k] != NEWS_LABEL_B(NEWS_ORG) && lab[k] != NEWS_LABEL_B(NEWS_PER) &&
                        capitalised(w, k))
                        lone_surname(w, tg, k);
                }
            }
            i = j - 1;
        } else if (tg->n_surname && capitalised(w, i)) {
            lone_surname(w, tg, i);
            lone_first(w, tg, i);
        } else if (tg->n_surname && arabic_article_name(w, i)) {
            lone_surname(w, tg, i); /* "al-Khoury" after "Karim al-Khoury" */
        }
    }
    if (n && w->win_byte_start == 0 && tg->n_surname && !(s->topic & 2)) {
        size_t b = 1;
        while (b < n && w->tok.v[b].sentence == w->tok.v[0].sentence) b++;
        if ((w->tok.v[0].flags & NEWS_TF_PARA_START) &&
            (w->tok.v[b - 1].flags & NEWS_TF_PARA_END) &&
            (w->tok.v[b - 1].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)) && !s->info[0].headline)
            title_surnames(w, tg, 0, b);
    }
    particle_surname(w, tg);
    unknown_person(w, tg);
    for (size_t i = s->next_cand[0]; i < n; i = s->next_cand[i + 1])
        if (lab[i] == NEWS_LABEL_O) {
            if (s->info[i].first_word) opening_name(w, tg, i);
            if (lab[i] == NEWS_LABEL_O && capitalised(w, i) && patronymic_at(w, i + 1))
                patronymic_name(w, tg, i);
        }
    works_pass(w, tg);
    club_short(w, tg);
    clubs_alone(w, tg);
    for (size_t i = past_o(lab, 0, n); i < n; i = past_o(lab, i, n)) {
        size_t j = i + 1;
        while (j < n && NEWS_LABEL_INSIDE(lab[j])) j++;
        /* "sub-Saharan" + "Africa", as CoNLL-2003 writes "post-Soviet" + "Russia", read as
         * one name or the place alone; not "post-World Cup" nor "non-Middle East", names
         * of their own */
        size_t a = j - i == 2 ? i : i - 1; /* the prefixed word */
        if ((j - i == 2 || (j - i == 1 && i > 0 && lab[i - 1] == NEWS_LABEL_O &&
                            w->tok.v[i - 1].sentence == w->tok.v[i].sentence)) &&
            prefixed_word(w, a) &&
            (list_phrase(s, a + 1, j, NEWS_GAZ_COUNTRY) || word_in(w, a + 1, continents))) {
            lab[a + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LOC);
            lab[a] = (uint8_t)NEWS_LABEL_B(NEWS_MISC);
        }
        if (lab[i] == NEWS_LABEL_B(NEWS_ORG)) j = and_company(w, tg, i, j);
        if (lab[i] == NEWS_LABEL_B(NEWS_ORG) && j - i >= 5) j = split_and_body(w, tg, i, j);
        if (lab[i] == NEWS_LABEL_B(NEWS_PER) && j - i >= 3 && word_in(w, j - 1, byline_wires) &&
            in_byline(w, i)) {
            lab[j - 1] = NEWS_LABEL_B(NEWS_ORG); /* "By DANA WESTBROOK AP Sports Writer" */
            j--;
        }
        if (j - i <= 3 && bracketed_after_person(w, tg, i)) {
            /* "Coun. Ewan MacAulay (Waverley West)": a councillor's ward; "Sen. Shelley
             * Moore Capito (R-W.Va.)": a party and a state, no name (s28) */
            size_t e = i + 1;
            while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
            const uint8_t *z = w->text + w->tok.v[i].byte_start;
            if (w->tok.v[i].byte_len > 2 && (z[0] == 'R' || z[0] == 'D' || z[0] == 'I') &&
                z[1] == '-')
                for (size_t k = i; k < e; k++) lab[k] = NEWS_LABEL_O;
            else if (councillor_before(w, tg, i - 2))
                label_span(tg, i, e, NEWS_LOC);
            j = e;
        }
        /* a name goes on past "of", a comma, "at" or "and" (most end at a stop or a verb) */
        int org = lab[i] == NEWS_LABEL_B(NEWS_ORG);
        if (org && j + 1 < n && lab[j] == NEWS_LABEL_O && word_is(w, j, "of"))
            j = body_of_place(w, tg, i, j);
        if (org && j + 1 < n && lab[j] == NEWS_LABEL_O &&
            (punct_is(w, j, ',') || word_is(w, j, "at")))
            j = campus_name(w, tg, i, j);
        if (j + 1 < n && lab[j] == NEWS_LABEL_O && word_is(w, j, "and")) {
            if (org) j = of_and_words(w, tg, i, j);
            j = and_country(w, tg, i, j);
        }
        if (lab[i] != NEWS_LABEL_B(NEWS_PER) && j - i <= 3 && name_given(w, i))
            label_span(tg, i, j, NEWS_PER);
        if (lab[i] == NEWS_LABEL_B(NEWS_MISC) && j == i + 1 && j + 1 < n &&
            lab[j] == NEWS_LABEL_B(NEWS_ORG) && NEWS_LABEL_INSIDE(lab[j + 1]) &&
            w->tok.v[j].sentence == w->tok.v[i].sentence && nationality_like(w, i) &&
            capitalised(w, i) && body_head(w, j)) {
            /* "Brazilian" + "Federation of Banks": one body, as CoNLL-2003 writes "Mexican
             * Army", "Lebanese Association for ..." (55 times; apart once) */
            size_t e = j + 1;
            while (e < n && NEWS_LABEL_INSIDE(lab[e])) e++;
            label_span(tg, i, e, NEWS_ORG);
            org = 1, j = e;
        }
        if (org && j - i >= 4) j = split_of_country(w, tg, i, j);
        if (org && j - i >= 2 && office_after_body(w, j)) {
            lab[--j] = NEWS_LABEL_O; /* "UK Chancellor": the country's */
            if (list_phrase(s, i, j, NEWS_GAZ_COUNTRY)) label_span(tg, i, j, NEWS_LOC);
        }
        if (lab[i] == NEWS_LABEL_B(NEWS_LOC) && j - i >= 5) split_places(w, tg, i, j);
        if (lab[i] == NEWS_LABEL_B(NEWS_LOC) && j - i >= 3 && centre_of_studies(w, i, j))
            label_span(tg, i, j, NEWS_ORG);
        if (lab[i] != NEWS_LABEL_O) j = legal_name(w, tg, i, name_bounds(w, tg, i, j));
        if (lab[i] != NEWS_LABEL_O) j = name_tails(w, tg, i, j);
        if (lab[i] == NEWS_LABEL_B(NEWS_LOC)) j = dashed_places(w, tg, i, j);
        if (lab[i] != NEWS_LABEL_O && j + 1 < n && word_is(w, j, "on")) j = name_on(w, tg, i, j);
        if (j - i >= 5 && i >= 2 && (word_is(w, i - 1, "for") || word_is(w, i - 1, "of")) &&
            title_of(tg, i - 2) && capitalised(w, j - 1) && capitalised(w, j - 2) &&
            !word_is(w, j - 3, "and") && !punct_is(w, j - 3, ',') &&
            (s->form[s->info[j - 2].form].gaz & NEWS_GAZ_FIRST)) {
            /* "Secretary for Culture, Sports and Tourism Rosanna Law": the portfolio is the
             * title's, the last two words the holder's name (s28) */
            int and = 0;
            for (size_t k = i; k < j - 2; k++) and |= word_is(w, k, "and");
            if (and) {
                for (size_t k = i; k < j - 2; k++) lab[k] = NEWS_LABEL_O;
                label_span(tg, j - 2, j, NEWS_PER);
                i = j - 2;
            }
        }
        if (j == i + 1 && lab[i] != NEWS_LABEL_B(NEWS_PER) && capitalised(w, i) &&
            born_or_died(w, j) && !nationality_like(w, i) && !is_place_phrase(s, i, j) &&
            ((w->tok.v[i].flags & NEWS_TF_SENT_START) ||
             (i > 0 && (punct_is(w, i - 1, ',') || word_in(w, i - 1, clause_openers) ||
                        word_in(w, i - 1, clause_openers_lower)))))
            one_person(w, tg, i); /* the subject: not "people from Scotland died" */
        if (j - i >= 2 && lab[i] != NEWS_LABEL_B(NEWS_MISC) &&
            (w->tok.v[i].flags & NEWS_TF_SENT_START) &&
            (w->tok.v[i + 1].flags & NEWS_TF_UPPER_INIT) && word_in(w, i, clause_openers)) {
            lab[i] = NEWS_LABEL_O; /* "When" + "Millican died": no name's word */
            lab[i + 1] = (uint8_t)NEWS_LABEL_B(NEWS_LABEL_TYPE(lab[i + 1]));
        }
        i = j;
    }
    byline_roles(w, tg);
    faiths_and_feasts(w, tg);
    places_of(w, tg);
    /* words that open or end places and bodies, in one walk over the candidates */
    for (size_t i = s->next_cand[0]; i < n; i = s->next_cand[i + 1]) {
        uint8_t c = w->text[w->tok.v[i].byte_start];
        if (plus_acronym(w, tg, i)) { /* "OPEC+" */
            label_span(tg, i, i + 2, NEWS_ORG);
            tg->margin[i] = tg->margin[i + 1] = RULE_MARGIN;
        }
        if (c == 'M') mountain_at(w, tg, i);
        else if (c == 'S') school_at(w, tg, i);
        else if (c == 'I' || c == 'H' || c == 'F' || c == 'R') road_at(w, tg, i);
        else if (c == 'A') amendment_at(w, tg, i);
        else if (c == 'D') diet_at(w, tg, i);
    }
    joined_names(w, tg);
    for (size_t i = past_o(lab, 0, n); i + 1 < n; i = past_o(lab, i + 1, n)) {
        const NewsToken *t = w->tok.v;
        if (lab[i + 1] == NEWS_LABEL_O && lone_plus(w, i)) {
            /* a name glued to one plus takes it in: "OPEC+", "Disney+" (not "C++") */
            lab[i + 1] = (uint8_t)NEWS_LABEL_I(NEWS_LABEL_TYPE(lab[i]));
            tg->margin[i + 1] = tg->margin[i];
        }
        /* "Pakistan-Afghanistan" + "Joint Chamber of Commerce", the first read as a MISC
         * or as no name (then before a body of two words or more: not "Karl-Heinz" +
         * "Briam", nor "LONG-RANGE", "B-Free", "30-DAY") */
        size_t h = lab[i] == NEWS_LABEL_B(NEWS_MISC) && lab[i + 1] == NEWS_LABEL_B(NEWS_ORG)
                       ? i
                   : lab[i] == NEWS_LABEL_B(NEWS_ORG) && i > 0 && lab[i - 1] == NEWS_LABEL_O &&
                           lab[i + 1] == NEWS_LABEL_I(NEWS_ORG) &&
                           !(t[i - 1].flags & (NEWS_TF_DIGIT | NEWS_TF_ALL_UPPER)) &&
                           w->text[t[i - 1].byte_start + 1] != '-'
                       ? i - 1
                       : n;
        if (lab[i] == NEWS_LABEL_B(NEWS_ORG) && i > 0 && lab[i - 1] == NEWS_LABEL_O &&
            (t[i].flags & (NEWS_TF_ALL_UPPER | NEWS_TF_ABBREV)) == NEWS_TF_ALL_UPPER &&
            NEWS_LABEL_INSIDE(lab[i + 1]))
            acronym_body_prefix(w, tg, i);
        if (h < n && two_names(w, h) && t[h + 1].sentence == t[h].sentence) {
            size_t j = h + 2;
            while (j < n && lab[j] == NEWS_LABEL_I(NEWS_ORG)) j++;
            label_span(tg, h, j, NEWS_ORG);
            continue;
        }
        last_fixes(w, tg, i); /* words of their own, by their first letter */
    }
    initials_pass(w, tg);
    spaceless_text(w, tg);
    ship_names(w, tg);
    league_parts(w, tg);
    place_papers(w, tg);
    city_peoples(w, tg);
    airbus_models(w, tg);
    town_of_country(w, tg);
    /* the town of a dateline is a place wherever its word stands alone as a person's
     * ("CHISINAU -- ... that Chisinau would pay"; s28; a body stays: "Toronto was trying to
     * win", a team) */
    for (size_t k = 0; n_towns && k < n; k++) {
        if (lab[k] != NEWS_LABEL_B(NEWS_PER) ||
            (k + 1 < n && NEWS_LABEL_INSIDE(lab[k + 1])) || !capitalised(w, k))
            continue;
        uint64_t h = s->form[s->info[k].form].h_lower;
        for (size_t d = 0; d < n_towns; d++)
            if (towns[d] == h) lab[k] = NEWS_LABEL_B(NEWS_LOC);
    }
    return NEWS_OK;
}

int news_entities_window(const NewsModel *m, NewsWork *w) {
    int rc = ensure_state(w);
    if (rc) return rc;
    NewsTagger *tg = w->tagger_state;
    rc = news_tagger_window(m, w, tg);
    if (rc) return rc;
    post_rules(w, tg);
    rc = doc_rules(w, tg);
    if (rc) return rc;
    size_t n = w->tok.n;
    float a = m->score_a > 0 ? m->score_a : 1.0f, b = m->score_b;
    for (size_t i = 0; i < n;) {
        unsigned y = tg->labels[i];
        if (y == NEWS_LABEL_O) {
            i = past_o(tg->labels, i + 1, n);
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
        while (end - first > 1 && !(w->tok.v[end - 1].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)) &&
               !punct_is(w, end - 1, '+')) /* (but "OPEC+", doc_rules) */
            end--;
        if (!(w->tok.v[first].flags & (NEWS_TF_WORD | NEWS_TF_DIGIT)) ||
            (end - first == 1 && (money_amount(w, first) || currency_letters(w, first)))) {
            i = j; /* punctuation alone names nothing, nor a sum ("R745m", "US$1 billion") */
            continue;
        }
        if (first > 0 && number_word(w, tg, first - 1)) first--; /* "Three Mile Island" */
        if (end - first > 1 && tg->feat.info[first].first_word &&
            word_in(w, first, opening_preps) && capitalised(w, first + 1))
            first++; /* "On France Inter radio, she said": the preposition opens the sentence */
        if (end - first > 2 && word_is(w, first + 1, "of") && word_in(w, first, group_plurals) &&
            (w->tok.v[first + 2].flags & NEWS_TF_UPPER_INIT))
            first += 2; /* "Representatives of First Bank said": the bank */
        if (end - first > 1 && end == j && plain_lower(w, end - 1) &&
            (tg->feat.form[tg->feat.info[end - 1].form].gaz & NEWS_GAZ_COMMON) &&
            !word_is(w, end - 1, "plc")) {
            /* an ordinary word the tagger took in after a name of capitalised words only
             * ("the National Weather Service office in Tallahassee"; not "plc", nor a typo,
             * "New york"), not a long name in a language that keeps its words in lower case
             * ("... d'exploitants agricoles") */
            size_t k = first;
            while (k < end - 1 && (capitalised(w, k) || (w->tok.v[k].flags & NEWS_TF_ALL_UPPER) ||
                                   word_in(w, k, title_smalls)))
                k++;
            if (k == end - 1) end--;
        }
        if (end == j && end < n && possessive_name(w, tg, first) &&
            (end - first == 1 ||
             (end - first == 2 && (w->tok.v[first + 1].flags & NEWS_TF_CLITIC)))) {
            if (!word_is(w, first, "Lord")) type = NEWS_ORG; /* "Christie's", a company */
            end = first + 2;
            if (type == NEWS_ORG && end + 1 < n && word_is(w, end, "of") &&
                tg->labels[end + 1] == NEWS_LABEL_B(NEWS_LOC) &&
                w->tok.v[end + 1].sentence == w->tok.v[first].sentence &&
                (end + 2 >= n || tg->labels[end + 2] != NEWS_LABEL_I(NEWS_LOC)))
                end += 2; /* "Lloyd's of London", one company */
            j = end;
        }
        size_t venue = end - first == 1 && end == j && end + 1 < n
                           ? venue_possessive(w, tg, end)
                           : 0;
        if (venue) { /* "Levi's Stadium": the tagger's two names are one venue */
            end += venue;
            j = end;
            type = NEWS_LOC;
        }
        if (first == i && first >= 2 && (type == NEWS_ORG || type == NEWS_LOC) &&
            institution_possessive(w, tg, first))
            first -= 2; /* "King's College London", "the Women's Institute" */
        size_t saint = end - first == 2 && end == j && end < n
                           ? saint_possessive(w, tg, first, end)
                           : 0;
        if (saint) { /* "at St Mary's on Saturday": the ground or the hospital */
            end += saint;
            j = end;
        }
        size_t and = type == NEWS_ORG && end == j ? listed_pair(w, tg, first, end) : 0;
        if (and) { /* the second name is a mention of its own, next */
            tg->labels[and] = NEWS_LABEL_O;
            tg->labels[and + 1] = (uint8_t)NEWS_LABEL_B(NEWS_ORG);
            end = j = and;
        }
        if (type == NEWS_ORG && end == j && end < n && station_number(w, end)) {
            end++; /* "BBC Radio 4", "Channel 4": the station's number is its name */
            j = end;
        }
        size_t building = type == NEWS_PER && end == j && end < n
                              ? named_building_end(w, tg, end)
                              : 0;
        if (building) { /* "Norman Manley International Airport" */
            end = j = building;
            type = NEWS_LOC;
        }
        size_t index = end == j && (type == NEWS_ORG || type == NEWS_MISC)
                           ? stock_index_end(w, tg, first, end)
                           : 0;
        if (index) { /* "S&P 500", "Dow Jones Industrial Average" */
            end = j = index;
            type = NEWS_MISC;
        }
        size_t race = type == NEWS_LOC && end == j ? place_race_end(w, tg, end) : 0;
        if (race) { /* "Las Vegas Grand Prix" */
            end = j = race;
            type = NEWS_MISC;
        }
        if (end == j && end > first && end + 1 < n && party_faction(w, end)) {
            end += 3; /* "Janata Dal (United)": the faction is the party's name */
            j = end;
            type = NEWS_ORG;
        }
        if ((type == NEWS_PER || type == NEWS_MISC) && end == j && end < n &&
            roman_numeral(w, tg, end)) {
            end++; /* "Kenneth Walker III", "Super Bowl LX" */
            j = end;
        }
        if (type == NEWS_ORG && end - first > 1) /* "Commerzbank Chief Executive ..." */
            end = title_in_org(w, tg, first, end);
        if (type != NEWS_MISC && award_name(w, tg, first, end)) type = NEWS_MISC;
        if (type == NEWS_MISC && end == j && end < n && tg->labels[end] == NEWS_LABEL_O &&
            w->tok.v[end].sentence == w->tok.v[first].sentence && award_word(w, end)) {
            end++; /* "Grammy Awards": the prize's name goes on */
            j = end;
        }
        if (end - first == 1 && common_acronym(w, first)) {
            i = j; /* "AI", "GDP", "EVs": things, not names */
            continue;
        }
        if (end - first == 1 && first > 0 && word_is_the(w, first - 1) &&
            (word_is(w, first, "Government") || word_is(w, first, "State"))) {
            i = j; /* "the Government", "the State" (India's): the word for one, no name */
            continue;
        }
        if (end - first == 1 && word_no_name(w, tg, first)) {
            i = j; /* a capitalised word that names nothing (s28) */
            continue;
        }
        if (end - first <= 2 && type != NEWS_PER && portfolio_words(w, tg, first, end)) {
            i = j; /* "Water and Sanitation Minister": a minister's portfolio (s28) */
            continue;
        }
        /* an offering is no part of a name: "Boston Dynamics IPO", "IPO of Boston Dynamics"
         * (other such words end names: "Mersey TV", "IBM PC") */
        if (end - first > 1 && (word_is(w, end - 1, "IPO") || word_is(w, end - 1, "IPOs")))
            end--;
        if (end - first > 2 && word_is(w, first, "IPO") && word_is(w, first + 1, "of"))
            first += 2;
        /* a month the tagger took into an organisation ("the September Treasury bond",
         * "the August National Association of Purchasing Management index") dates it */
        if (type == NEWS_ORG && end - first > 1 && is_month(w, first)) first++;
        /* "Labour MPs", "SNP MSPs": the members are not the party; "The MPs" name none,
         * and "the Edinburgh MSP" is one of a place */
        if ((type == NEWS_ORG || type == NEWS_LOC) && end - first > 1 && members_word(w, end - 1)) {
            end--;
            if (end - first == 1 && word_is_the(w, first)) {
                i = j;
                continue;
            }
            if (end - first == 1 && is_place_phrase(&tg->feat, first, end)) type = NEWS_LOC;
        }
        /* "Senate Majority Leader Chuck Schumer": the chamber, not its majority; also
         * before "Leader-elect", and when the tagger took the title in too */
        if (type == NEWS_ORG && end - first > 2 &&
            (word_starts(w, end - 1, "Leader") || word_starts(w, end - 1, "Whip")) &&
            (word_is(w, end - 2, "Majority") || word_is(w, end - 2, "Minority")))
            end -= 2;
        else if (type == NEWS_ORG && end - first > 1 && end < n &&
                 (word_is(w, end - 1, "Majority") || word_is(w, end - 1, "Minority")) &&
                 (word_starts(w, end, "Leader") || word_starts(w, end, "Whip")))
            end--;
        size_t head = name_head(w, first, end);
        if (type != NEWS_ORG && end - first > 1 && !case_name(w, first, end) &&
            !(type == NEWS_MISC && word_is(w, first, "The")) && /* a work's title */
            (org_head(w, head) || word_in(w, head, chambers) ||
             (head != end - 1 && org_head(w, end - 1))))
            type = NEWS_ORG; /* "told the Scottish Parliament", "Isle of Wight Council" */
        if (type != NEWS_ORG && end - first > 1 && foreign_org_head(w, first)) type = NEWS_ORG;
        /* a union of states or of workers: "African Union", as CoNLL-2003 types every name
         * ending in Union (31 of 37) but "Soviet Union" (5) and a street */
        if (type == NEWS_LOC && end - first > 1 && word_is(w, end - 1, "Union") &&
            !word_is(w, end - 2, "Soviet"))
            type = NEWS_ORG;
        if (type == NEWS_LOC && end - first > 1 && word_is(w, end - 1, "Treasury"))
            type = NEWS_ORG; /* "the United States Treasury", a department */
        if (type == NEWS_LOC && end - first == 1 && word_in(w, first, leagues))
            type = NEWS_MISC; /* "in the NBA": a league, MISC as "La Liga" (s28) */
        if ((type == NEWS_LOC || type == NEWS_MISC) && end - first == 1 &&
            word_in(w, first, exchanges))
            type = NEWS_ORG; /* "on the NSE", an exchange (s28) */
        if (type == NEWS_PER && end - first == 1 && first > 0 &&
            (word_is(w, first - 1, "a") || word_is_the(w, first - 1)) &&
            word_in(w, first, demonym_nouns))
            type = NEWS_MISC; /* "Jorgensen, a Dane who ran ...": a nationality (s28) */
        if (type == NEWS_LOC && end - first > 1 &&
            (word_is(w, end - 1, "United") || word_is(w, end - 1, "Hydro") ||
             (word_is(w, end - 1, "Water") &&
              !(first > 0 && word_in(w, first - 1, place_preps)))))
            type = NEWS_ORG; /* "Atlanta United", a club; "Manitoba Hydro", "Rand Water",
                              * utilities (s28; not "at Rutland Water", a lake) */
        if (type == NEWS_ORG && end - first > 1 && word_is(w, end - 1, "Law") &&
            capitalised(w, end - 2) &&
            !(tg->feat.form[tg->feat.info[first].form].gaz & NEWS_GAZ_FIRST)) /* "Jude Law" */
            type = NEWS_MISC; /* "Public Offices Election Law", as "Brady Law" (s28) */
        if ((type == NEWS_LOC || (type == NEWS_ORG && plural_like(w, first))) &&
            end - first == 1 && follower_word(w, tg, first))
            type = NEWS_MISC; /* "the Peronist governor", as "Maoist", "Islamists" (s28; a
                               * firm or a title stays: "Sunkist", "The Economist") */
        if (type != NEWS_MISC && end - first > 1 && word_is(w, end - 1, "Telescope"))
            type = NEWS_MISC; /* "James Webb Space Telescope": a thing, not its makers */
        if ((type == NEWS_ORG || type == NEWS_MISC) && end - first == 1 && planet(w, first))
            type = NEWS_LOC;
        /* (a company keeps its short name: "Mandarin" of "Mandarin Oriental") */
        if ((type == NEWS_LOC || type == NEWS_PER) && end - first == 1 && language_name(w, first))
            type = NEWS_MISC;
        if (type == NEWS_MISC && end - first == 1 && compass_region(w, first) &&
            !(end < n && (w->tok.v[end].flags & NEWS_TF_UPPER_INIT) &&
              w->tok.v[end].sentence == w->tok.v[first].sentence))
            type = NEWS_LOC; /* (not an airline, "Southwest", nor "South-east Asia") */
        if (type != NEWS_ORG && end - first == 1 && dot_com(w, first))
            type = NEWS_ORG; /* "Booking.com", a company by its address */
        if (type != NEWS_ORG && listed_org(w, tg, first, end)) type = NEWS_ORG;
        /* a country on the list is a place, as a government too, as CoNLL-2003 types it
         * ("Korea said its exports rose", a headline's "United States Warns") */
        else if (type == NEWS_ORG && list_phrase(&tg->feat, first, end, NEWS_GAZ_COUNTRY) &&
                 !list_phrase(&tg->feat, first, end, NEWS_GAZ_COMPANY))
            type = NEWS_LOC;
        if (type != NEWS_MISC && end - first > 1 && event_end(w, end - 1)) type = NEWS_MISC;
        if (end - first == 1 && end == j && end < n && word_is(w, first, "Ligue") &&
            w->tok.v[end].sentence == w->tok.v[first].sentence && w->tok.v[end].byte_len == 1 &&
            (w->tok.v[end].flags & NEWS_TF_DIGIT)) {
            end++; /* "Ligue 1": the league's number is its name */
            j = end;
            type = NEWS_MISC;
        }
        if (type != NEWS_MISC && end - first == 2 &&
            (word_is(w, first, "Liga") || word_is(w, end - 1, "Liga")))
            type = NEWS_MISC; /* "La Liga", "Liga MX": leagues, MISC as the "American League" */
        if (type != NEWS_MISC && end - first > 1 && (law_head(w, head) || law_end(w, end - 1)))
            type = NEWS_MISC; /* "Treaty of Versailles", "Paris Agreement", "Cold War" */
        if (type == NEWS_MISC && end == j && end < n && word_is(w, end - 1, "Act") &&
            w->tok.v[end].sentence == w->tok.v[first].sentence && year_at(w, end)) {
            end++; /* "Fraud Act 2006", "British Museum Act 1963": the year is the law's */
            j = end;
        }
        /* "The Supreme Court ruled": CoNLL leaves the article out of an institution's name
         * of two words or more (not of a work's, "The Brutalist", "The Office", nor of
         * "The Times" or "The Hague") */
        if (end - first > 2 && word_is(w, first, "The")) {
            if ((type == NEWS_ORG &&
                 (institution_end(w, head) ||
                  (tg->feat.info[first].first_word && institution_end(w, first + 1)))) ||
                (type == NEWS_MISC && ((event_end(w, end - 1) && !word_is(w, end - 1, "Show")) ||
                                       law_head(w, head))))
                first++; /* also "The Department for Transport" opening a sentence, "The
                          * Academy Awards", "The Treaty of Baden"; not a show's title, "The
                          * Cosby Show", "beat The Office Christmas Special" */
        }
        if (type != NEWS_ORG && end - first > 1 && team_nickname(w, end - 1))
            type = NEWS_ORG; /* "Kansas City Chiefs" */
        if (type == NEWS_LOC && sports_club(w, tg, first, end)) type = NEWS_ORG;
        if ((type == NEWS_LOC ||
             (type == NEWS_PER && list_phrase(&tg->feat, first, end, NEWS_GAZ_CITY))) &&
            scored_side(w, tg, first, end))
            type = NEWS_ORG; /* "Denver beat Utah 112-104" */
        if ((type == NEWS_PER || type == NEWS_LOC) && arab_club(w, tg, first, end))
            type = NEWS_ORG;
        if (type == NEWS_ORG && city_as_place(w, tg, first, end)) type = NEWS_LOC;
        if (type != NEWS_LOC && place_before_area(w, tg, first, end))
            type = NEWS_LOC; /* "the Lincolnshire coast" */
        if (first > 0 && w->tok.v[first - 1].sentence == w->tok.v[first].sentence &&
            word_is(w, first - 1, "An") && irish_body(w, first - 1, end))
            first--; /* "An" + "Bord Pleanála" opening a sentence */
        if (type != NEWS_ORG && irish_body(w, first, end)) type = NEWS_ORG; /* "Sinn Féin" */
        if (end - first == 1 && first > 0 &&
            w->tok.v[first - 1].sentence == w->tok.v[first].sentence &&
            (word_is(w, first - 1, "Co") || word_is(w, first - 1, "Co.")) &&
            (first < 2 || !capitalised(w, first - 2)) &&
            list_phrase(&tg->feat, first, end, NEWS_GAZ_REGION))
            first--; /* "Co." + "Kerry", the county the tagger read alone (not "Ford Motor
                      * Co." + "Chairman") */
        if (type == NEWS_LOC && first > 0 && tg->labels[first - 1] == NEWS_LABEL_O &&
            list_phrase(&tg->feat, first, end, NEWS_GAZ_COUNTRY) &&
            w->tok.v[first - 1].sentence == w->tok.v[first].sentence && sport_word(w, first - 1))
            first--; /* "Tennis" + "Australia", the country the tagger read alone */
        if (type != NEWS_ORG && end - first >= 2 &&
            list_phrase(&tg->feat, first + 1, end, NEWS_GAZ_COUNTRY) && sport_word(w, first))
            type = NEWS_ORG; /* "Tennis Australia tweeted": the sport's body, not a place */
        if (type != NEWS_LOC && end - first == 2 &&
            (word_is(w, first, "Co") || word_is(w, first, "Co.")) &&
            list_phrase(&tg->feat, first + 1, end, NEWS_GAZ_REGION))
            type = NEWS_LOC; /* "near Dunboyne, Co Meath": Ireland's county, no company */
        if (type == NEWS_ORG && end < n && word_is(w, end - 1, "Cabinet") &&
            word_is(w, end, "Secretary")) {
            i = j; /* "Agriculture Cabinet Secretary Mutahi Kagwe": Kenya's title, no body */
            continue;
        }
        if ((type == NEWS_PER || type == NEWS_MISC) && unit_of(w, end))
            type = NEWS_ORG; /* "Uranium One, a unit of" (a place is where a company is) */
        if (end - first > 3 && word_is(w, first, "Head") && word_is(w, first + 1, "of") &&
            (word_is(w, first + 2, "Government") || word_is(w, first + 2, "State")) &&
            capitalised(w, first + 3)) {
            first += 3; /* "Head of Government Clara Brugada" (Mexico City's): the title goes */
            type = NEWS_PER;
        }
        size_t holder = type != NEWS_PER ? portfolio_holder(w, tg, first, end) : 0;
        if (holder) { /* "Minister for" + "Water Resources Mueen Wattoo": the minister */
            first = holder;
            type = NEWS_PER;
        }
        if (type != NEWS_PER && end - first >= 3 && regnal_name(w, tg, first, end)) {
            first++; /* "Pope Julius II", read as a body: the title goes, the pope stays */
            type = NEWS_PER;
        }
        if (type != NEWS_PER && end - first > 1 && word_is(w, first, "Lil"))
            type = NEWS_PER; /* a rapper's name: "Lil Nas X", "Lil Durk" */
        if (type == NEWS_ORG && end - first > 1 && end - first <= 3 &&
            word_is(w, end - 1, "County") && !(tg->feat.topic & 1) &&
            capitalised(w, first) && capitalised(w, end - 2) &&
            !(end < n && (w->tok.v[end].flags & NEWS_TF_DIGIT)))
            type = NEWS_LOC; /* "Wyandotte County"; not "Bank of Iron County", nor a club in a
                              * table of results ("Notts County 3 1 1 1") */
        /* a building: "Emirates Stadium", as CoNLL types facilities (not a work's title in
         * quotation marks, "The Salt Road") */
        if (type != NEWS_LOC && end - first > 1 && place_end(w, tg, first, end, type) &&
            !(type == NEWS_MISC && quoted_title_end(w, first, NULL) == end))
            type = NEWS_LOC;
        if (end - first > 1 && place_head(w, tg, first, end, type))
            type = NEWS_LOC; /* "Robben Island", "Mount Everest", "Ottoman Empire" */
        if (type != NEWS_LOC && end - first == 1 && capitalised(w, first) &&
            named_feature(w, first, type))
            type = NEWS_LOC; /* "the banks of the Danube", "the Kalahari desert" */
        if (type != NEWS_MISC && end - first == 1 && first > 0 &&
            w->tok.v[first - 1].sentence == w->tok.v[first].sentence &&
            word_is_the(w, first - 1) && demonym_noun(w, first))
            type = NEWS_MISC; /* "the Dane" */
        if (type != NEWS_LOC && end - first == 1 && english_region(w, tg, first, type))
            type = NEWS_LOC; /* "wine from Piedmont" */
        if (type != NEWS_LOC && end - first == 1 && named_river(w, tg, first))
            type = NEWS_LOC; /* "the Rhine", "Kilimanjaro" */
        if (type != NEWS_ORG && end - first == 1 &&
            (parliament(w, tg, first) || word_in(w, first, chambers)))
            type = NEWS_ORG; /* "the Bundestag voted", "a vote in Parliament" */
        if (type != NEWS_ORG && end - first == 2 &&
            (word_is(w, first + 1, "Sabha") || word_is(w, first + 1, "Parishad")))
            type = NEWS_ORG; /* India's houses: "Lok Sabha", "Rajya Sabha", "Vidhan Parishad" */
        if (type != NEWS_ORG && newspaper(w, tg, first, end))
            type = NEWS_ORG; /* "Dagens Nyheter", "Helsingin Sanomat" */
        else if ((type == NEWS_LOC ||
                  (type == NEWS_PER &&
                   !(tg->feat.form[tg->feat.info[first].form].gaz & NEWS_GAZ_FIRST))) &&
                 end - first > 1 && newspaper_head(w, end - 1))
            type = NEWS_ORG; /* "Idaho Statesman", "The Herald": a paper (not "Jim Courier") */
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
        if (end - first == 1 && !person_honorific(cut) &&
            (title_of(tg, first) & NEWS_TITLE_BEFORE_NAME) &&
            (first == 0 || w->tok.v[first - 1].sentence != w->tok.v[first].sentence
                 ? type != NEWS_LOC && title_of_place(w, end)
                 : word_is_the(w, first - 1) ? type == NEWS_PER || title_of_place(w, end)
                                             : type == NEWS_PER && (title_of(tg, first - 1) &
                                                                    NEWS_TITLE_BEFORE_NAME))) {
            i = j; /* a title alone names no one ("The Chancellor said", "the Lord
                    * Chancellor", "the Emir of Qatar"; SPEC: titles are not part of a
                    * person); "Ms King" and "said King" are people */
            continue;
        }
        if (type != NEWS_PER && end - first > 1 && first > 0 && word_is_the(w, first - 1) &&
            w->tok.v[first - 1].sentence == w->tok.v[first].sentence) {
            size_t k = first;
            while (k < end && (title_of(tg, k) & NEWS_TITLE_BEFORE_NAME)) k++;
            if (k == end) {
                i = j; /* titles alone, after "the": "the Lord Chancellor", "the Lord Chief
                        * Justice" (an ORG to the tagger) */
                continue;
            }
        }
        if (type == NEWS_PER && end - first > 2 && opening_job(w, tg, first))
            first++; /* "Volcanologist Thorvaldur Thordarson" */
        if (type == NEWS_PER && end - first > 1 && word_in(w, first, officer_acronyms))
            first++; /* "CEO Tan Su Shan": a job in capitals, no part of the name */
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
        if (letter_stop(w, end - 1)) me->byte_len--, me->char_len--; /* "on X." */
        me->sentence = t->sentence;
        w->ment_tok.v[w->ment_tok.n].tok_first = (uint32_t)first;
        w->ment_tok.v[w->ment_tok.n++].tok_end = (uint32_t)end;
        float sc = logistic(a * margin + b);
        if (!(sc > 0.0f)) sc = 1e-6f; /* (0, 1]: never 0 */
        if (sc > 1.0f) sc = 1.0f;
        me->score = sc;
        me->type = (uint8_t)type;
        me->gender = gender;
        w->ment.n++;
        i = j;
    }
    return NEWS_OK;
}
