/* lexicon.c: the small hand-written word lists every step shares. Lists are sorted arrays
 * searched by bisection: a few hundred entries, looked up once per candidate token, cost
 * less than a hash table's set-up and keep the data readable. Learned lists (gazetteers,
 * word classes) live in the model, not here. */
#include <string.h>

#include "lexicon.h"

static int cmp_word(const uint8_t *w, size_t n, const char *key, int fold) {
    size_t i = 0;
    for (; i < n && key[i]; i++) {
        int a = w[i], b = (unsigned char)key[i];
        if (fold && a >= 'A' && a <= 'Z') a += 32;
        if (a != b) return a - b;
    }
    if (i < n) return 1;
    return key[i] ? -1 : 0;
}

static int find(const char *const *list, size_t n_list, const uint8_t *w, size_t n, int fold) {
    size_t lo = 0, hi = n_list;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_word(w, n, list[mid], fold);
        if (c == 0) return (int)mid;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return -1;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Sorted by byte value (upper case before lower case). */
static const char *const abbrevs[] = {
    "Adm", "Ala", "Alta", "Apr", "Ariz", "Ark", "Atty", "Aug", "Ave", "Blvd", "Bros",
    "Calif", "Capt", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Coun", "Cpl", "Dec",
    "Del", "Dept", "Dr", "Drs", "Feb", "Fla", "Fri", "Ft", "Ga", "Gen", "Gov", "Hon", "Ill",
    "Inc", "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Kans", "Ky", "La", "Lt", "Ltd", "MT",
    "Maj", "Mar", "Mass", "Md", "Messrs", "Mich", "Minn", "Miss", "Mlle", "Mme", "Mo",
    "Mon", "Mont", "Mr", "Mrs", "Ms", "Mt", "Neb", "Nev", "Nfld", "No", "Nos", "Nov", "Oct",
    "Okla", "Ont", "Ore", "Pa", "Ph", "Pres", "Prof", "Pvt", "Que", "Rep", "Reps", "Rev",
    "ST", "Sask", "Sat", "Sen", "Sens", "Sep", "Sept", "Sgt", "Sr", "St", "Sta", "Ste",
    "Sto", "Supt", "Tenn", "Tex", "Thu", "Thur", "Thurs", "Tue", "Tues", "Va", "Vol", "Vt",
    "Wash", "Wed", "Wis", "Wyo", "approx", "cf", "dept", "est", "etc", "ft", "vs",
};

int news_lexicon_is_abbrev(const uint8_t *word, size_t n) {
    return find(abbrevs, COUNT(abbrevs), word, n, 0) >= 0;
}

/* Kickers (lexicon.h), sorted by byte value; C before a colon, H before a hyphen. */
#define C NEWS_KICKER_COLON
#define H NEWS_KICKER_HYPHEN
static const struct {
    const char *word;
    unsigned flags;
} kickers[] = {
    {"ANALYSIS", C | H}, {"Analysis", C}, {"BREAKING", C}, {"BRIEF", H}, {"Breaking", C},
    {"CORRECTED", H}, {"Comment", C}, {"EXCLUSIVE", C | H}, {"EXPLAINER", C | H},
    {"Editorial", C}, {"Exclusive", C}, {"Explainer", C}, {"FACTBOX", C | H}, {"FOCUS", H},
    {"Factbox", C}, {"INSIGHT", C | H}, {"Insight", C}, {"Interview", C}, {"LISTEN", C},
    {"LIVE", C}, {"Listen", C}, {"Live", C}, {"OPINION", C}, {"Obituary", C}, {"Opinion", C},
    {"PREVIEW", C | H}, {"Podcast", C}, {"Preview", C}, {"Q&A", C}, {"REFILE", H},
    {"RELATED", C}, {"RPT", H}, {"Related", C}, {"Review", C}, {"TIMELINE", H},
    {"UPDATE", C | H}, {"Update", C}, {"VIDEO", C}, {"Video", C}, {"WATCH", C}, {"WRAPUP", H},
    {"Watch", C},
};
#undef C
#undef H

unsigned news_lexicon_kicker(const uint8_t *word, size_t n) {
    size_t lo = 0, hi = COUNT(kickers);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_word(word, n, kickers[mid].word, 0);
        if (c == 0) return kickers[mid].flags;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

/* Titles, lower case, sorted; flags beside each. The same list is documented for news_key
 * in docs/key.md. */
#define T NEWS_TITLE_ANY
#define M NEWS_TITLE_MALE
#define F NEWS_TITLE_FEMALE
#define B NEWS_TITLE_BEFORE_NAME
#define S NEWS_TITLE_NO_SENT_END
static const struct {
    const char *word;
    unsigned flags;
} titles[] = {
    {"acp", T | B | S}, {"adm", T | B | S}, {"admiral", T | B}, {"advocate", T | B},
    {"alderman", T | B | M}, {"alderwoman", T | B | F}, {"ambassador", T | B},
    {"archbishop", T | B}, {"asp", T | B | S}, {"assemblyman", T | B | M},
    {"assemblymember", T | B}, {"assemblywoman", T | B | F}, {"atty", T | B | S},
    {"ayatollah", T | B | M}, {"baron", T | B | M}, {"baroness", T | B | F}, {"bishop", T | B},
    {"brig", T | B | S}, {"brother", T | B | M}, {"capt", T | B | S}, {"captain", T | B},
    {"cardinal", T | B}, {"chairman", T | B | M}, {"chairwoman", T | B | F}, {"chancellor", T | B},
    {"chief", T | B}, {"cllr", T | B | S}, {"cmdr", T | B | S}, {"col", T | B | S},
    {"colonel", T | B}, {"commissioner", T | B}, {"comrade", T | B}, {"congressman", T | B | M},
    {"congresswoman", T | B | F}, {"coun", T | B | S}, {"councillor", T | B},
    {"councilman", T | B | M}, {"councilmember", T | B}, {"councilor", T | B},
    {"councilwoman", T | B | F}, {"cpl", T | B | S}, {"cr", T | B | S}, {"csp", T | B | S},
    {"dame", T | B | F}, {"datin", T | B | F}, {"dato", T | B}, {"datuk", T | B},
    {"dcp", T | B | S}, {"deputy", T | B}, {"det", T | B | S}, {"director", T | B},
    {"dr", T | B | S}, {"dsp", T | B | S}, {"duchess", T | B | F}, {"duke", T | B | M},
    {"emir", T | B | M}, {"emperor", T | B | M}, {"empress", T | B | F}, {"father", T | B | M},
    {"gen", T | B | S}, {"general", T | B}, {"gov", T | B | S}, {"governor", T | B},
    {"hon", T | B | S}, {"igp", T | B | S}, {"imam", T | B | M}, {"insp", T | B | S},
    {"inspector", T | B}, {"judge", T | B}, {"judges", T | B}, {"justice", T | B},
    {"justices", T | B}, {"king", T | B | M}, {"lady", T | B | F}, {"lord", T | B | M},
    {"lt", T | B | S}, {"madam", T | B | F}, {"maj", T | B | S}, {"major", T | B}, {"mayor", T | B},
    {"minister", T | B}, {"miss", T | B | F}, {"mlle", T | B | F | S}, {"mme", T | B | F | S},
    {"mr", T | B | M | S}, {"mrs", T | B | F | S}, {"ms", T | B | F | S}, {"pastor", T | B},
    {"patriarch", T | B | M}, {"pope", T | B | M}, {"premier", T | B}, {"pres", T | B | S},
    {"president", T | B}, {"prime", T | B}, {"prince", T | B | M}, {"princess", T | B | F},
    {"prof", T | B | S}, {"professor", T | B}, {"pvt", T | B | S}, {"queen", T | B | F},
    {"rabbi", T | B}, {"rep", T | B | S}, {"representative", T | B}, {"rev", T | B | S},
    {"revd", T | B | S}, {"reverend", T | B}, {"rt", T | B | S}, {"secretary", T | B},
    {"sen", T | B | S}, {"senator", T | B}, {"sergeant", T | B}, {"seri", T | B},
    {"sgt", T | B | S}, {"sheikh", T | B | M}, {"sir", T | B | M}, {"sister", T | B | F},
    {"sp", T | B | S}, {"speaker", T | B}, {"st", T | B}, {"supervisor", T | B},
    {"supt", T | B | S}, {"taoiseach", T | B},
};
#undef T
#undef M
#undef F
#undef B
#undef S

/* Longer than any title ("representative", 14): such a word is none. */
#define TITLE_MAX_BYTES 16

/* Asked for every word some step wonders about (tens of thousands of times per 2 MB), so
 * each bisection step decides on the first letter, lowered once, where it can: most steps
 * are settled there. The order is cmp_word's. */
unsigned news_lexicon_title(const uint8_t *word, size_t n) {
    if (n && word[n - 1] == '.') n--;
    if (n == 0 || n > TITLE_MAX_BYTES) return 0;
    int c0 = word[0] >= 'A' && word[0] <= 'Z' ? word[0] + 32 : word[0];
    /* outside the sorted list's first letters ("the", "with", "year"): none */
    if (c0 < (unsigned char)titles[0].word[0] ||
        c0 > (unsigned char)titles[COUNT(titles) - 1].word[0])
        return 0;
    size_t lo = 0, hi = COUNT(titles);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *key = titles[mid].word;
        int c = c0 - (unsigned char)key[0];
        if (c == 0) c = cmp_word(word + 1, n - 1, key + 1, 1);
        if (c == 0) {
            /* "Cr" (a councillor in Australia) is no title in capitals: "CR Rao" */
            if (key[0] == 'c' && key[1] == 'r' && !key[2] && word[1] <= 'Z') return 0;
            return titles[mid].flags;
        }
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

int news_lexicon_eq(const uint8_t *word, size_t n, const char *lower_key) {
    return cmp_word(word, n, lower_key, 1) == 0;
}
