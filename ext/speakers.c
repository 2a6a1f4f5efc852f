/* speakers.c: the speaker pass of the quote step, run once per document after resolve.c
 * has given every mention its canonical name (resolve.c calls news_speakers_document).
 *
 * quotes.c writes each quotation's speaker as written; what needs the whole document is
 * settled here:
 *  - a pronoun speaker ("he said") becomes the nearest earlier mention outside quotations
 *    that can be a person (or, for "it"/"they", an organisation) and whose gender does not
 *    clash; gender comes from titles and roles (quotes.c sets NewsMention.gender) and from
 *    pronouns already resolved to the same canonical entity;
 *  - a quotation that took its speaker from another (same speaker goes on) copies the
 *    other's entity once that is final;
 *  - a surname speaker that the entity step typed as a place or a thing ("Trump" as LOC,
 *    "Ni Bhriain" as ORG) is widened to the person mention that ends with it ("Donald
 *    Trump"), so the speaker column names the person; a tagger that types it PER never
 *    needs this;
 *  - a speaker written as a name the entity step missed ("Renteria told") takes the person
 *    mention ending with it, and a description ending in an organisation's last word
 *    ("the ministry") takes that organisation ("Foreign Ministry", or "Ministry of
 *    Housing": org_head_key) when it was named in this part of the story (ORG_DESC_CHARS);
 *    "the spokeswoman" takes the person an apposition close before gave that role with
 *    more after it ("Olu Bakare, a spokeswoman for the group,"), which quotes.c's role
 *    learning leaves;
 *  - an unnamed speaker goes on: "“…,” a senior aide said. “…,” he added." leaves "he"
 *    without a name rather than giving it the last named man (desc_traits says which
 *    descriptions bring someone new), and a body that speaks for a name carries it to "it";
 *    "the spokesman" after "a KLM spokesman said" speaks for KLM again (same head word);
 *  - an epithet quotes.c marked ("the Wisconsin Republican") is the story's current speaker;
 *  - a quotation that is a sentence of its own is the person the sentence after hands it to
 *    ("“…” That is how Cardwell resident Kim Lawson described ...": named_after_quote).
 * Pronoun choice weighs distance (in mentions) against being the story's current speaker
 * (the latest quotation's, or a later one quotes.c flagged: NEWS_MQ_*) or an earlier speaker
 * the text names again after the latest quotation (the story goes back to them), being the
 * subject of its sentence (more so of the sentence right before the quotation), a matching
 * gender and being typed PER; the weights were chosen on PolNeAR's train sample and our own
 * texts. Gender evidence that conflicts (a title or first name says one, a pronoun the
 * other) counts as none, save that a first name of the other gender leans against.
 * Linear: mentions are walked with the quotations in text order, pronoun searches look back
 * a bounded number of mentions, hash tables are sized from the mention count. */
#include <string.h>

#include "quotes.h"
#include "genders_data.h"
#include "lexicon.h"

#define PRONOUN_LOOKBACK 40 /* mentions */
#define SPK_RETURN 8 /* an earlier speaker named again since the last quotation (he, she) */
#define LAST_QUOTE_CHARS 300 /* a pronoun this close after a quotation: its speaker goes on */
#define ORG_DESC_CHARS 2000 /* "the ministry" is an organisation named this close before */
#define SPK_BEFORE 8 /* subject of the sentence right before the quotation */
#define DESC_CHARS 600 /* an unnamed speaker goes on no further than this after their words */
#define EPITHET_CHARS 600 /* "the Wisconsin Republican" is the current speaker this close */
#define PRONOUN_MARGIN 10 /* points a pronoun's pick leads another entity by to be sure */

/* First names that tell a gender, for "she said" when no title or pronoun has yet: a short
 * hand-written list of common English given names (sorted, lower case). A name missing
 * here only leaves the gender unknown; names borne by both (Kelly Ortberg, Jean Castex, Kim
 * Jong Un, whose family name comes first) are left out. */
static const char *const female_names[] = {
    "alexandra", "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna",
    "anne", "barbara", "betsy", "betty", "brenda", "carly", "carol", "caroline",
    "catherine", "charlotte", "chelsea", "christine", "claire", "clare", "condoleezza",
    "cynthia", "debbie", "deborah", "diana", "diane", "donna", "dorothy", "elaine",
    "elizabeth", "ellen", "emily", "emma", "esther", "eva", "fiona", "frances", "germaine",
    "gloria", "grace", "hannah", "heather", "heidi", "helen", "hillary", "hope", "huma",
    "imelda", "irene", "ivana", "ivanka", "jane", "janet", "jennie", "jennifer", "jenny",
    "jessica", "jill", "joan", "joanna", "jodi", "joyce", "judith", "julia", "julie",
    "karen", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "kellyanne",
    "kirsten", "laura", "lauren", "linda", "lisa", "liz", "loretta", "lori", "louise",
    "lucy", "madeleine", "margaret", "maria", "marie", "marsha", "martha", "mary", "maxine",
    "megan", "melania", "melissa", "michelle", "monica", "nancy", "natalie", "natasha",
    "nicola", "nicole", "nikki", "olivia", "omarosa", "pam", "pamela", "patricia", "patti",
    "patty", "paula", "rachel", "rebecca", "rosa", "ruth", "sally", "samantha", "sandra",
    "sara", "sarah", "sharon", "sheila", "sophie", "stephanie", "sue", "susan", "susana",
    "suzanne", "sylvia", "tammy", "teresa", "tessa", "theresa", "tulsi", "ursula",
    "valerie", "vanessa", "victoria", "virginia", "wendy", "yulia", "zoe",
};
static const char *const male_names[] = {
    "aaron", "adam", "alan", "alastair", "albert", "alex", "alexander", "andrew", "anthony",
    "antony", "arthur", "barack", "ben", "benjamin", "bernard", "bernie", "bill", "bob",
    "bobby", "boris", "brian", "carl", "charles", "chris", "christopher", "chuck", "clive",
    "colin", "corey", "dan", "daniel", "david", "dmytro", "donald", "doug", "douglas",
    "edward", "emmanuel", "eric", "frank", "gary", "george", "gerald", "gordon", "graham",
    "greg", "harold", "harry", "henry", "howard", "hugh", "ian", "jack", "jacob", "james",
    "jared", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jim", "jimmy", "joe", "john",
    "jon", "jonathan", "joseph", "josh", "keith", "kenneth", "kevin", "larry", "lindsey",
    "malcolm", "marco", "mark", "martin", "matthew", "michael", "mike", "mitch", "mitt",
    "neil", "newt", "nick", "nigel", "norman", "olaf", "oliver", "patrick", "paul", "peter",
    "philip", "rand", "ray", "raymond", "reid", "reince", "richard", "rick", "robert",
    "roger", "ron", "ronald", "rudolph", "rudy", "rupert", "russell", "ryan", "sam",
    "scott", "sean", "simon", "stephen", "steve", "steven", "stuart", "ted", "terry",
    "thomas", "tim", "tom", "tony", "trevor", "vincent", "vladimir", "volodymyr", "walter",
    "wayne", "william",
};

static int in_sorted(const char *const *list, size_t n, const uint8_t *z, size_t len) {
    char buf[16];
    if (len == 0 || len >= sizeof buf) return 0;
    for (size_t i = 0; i < len; i++) buf[i] = (char)(z[i] >= 'A' && z[i] <= 'Z' ? z[i] + 32 : z[i]);
    buf[len] = 0;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(buf, list[mid]);
        if (c == 0) return 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

/* Gender bits (1 male, 2 female) from the SSA's baby names (genders_data.h), for names
 * the lists above do not have: fixed-width records, found by binary search. */
static int ssa_gender(const uint8_t *z, size_t len) {
    /* Latin-1 letters after 0xC3 in UTF-8, lower-cased and without their accents
     * ("Ciarán", "Zoë", "José"): the lists are written in ASCII; 0 where none is */
    static const char plain[64] = "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0s"
                                  "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y";
    char key[NEWS_GENDER_WIDTH - 1] = {0};
    size_t k = 0;
    for (size_t i = 0; i < len; i++, k++) {
        if (k >= sizeof key) return 0;
        if (z[i] == 0xC3 && i + 1 < len && z[i + 1] >= 0x80 && z[i + 1] < 0xC0 &&
            plain[z[i + 1] - 0x80]) {
            key[k] = plain[z[++i] - 0x80];
            continue;
        }
        key[k] = (char)(z[i] >= 'A' && z[i] <= 'Z' ? z[i] + 32 : z[i]);
    }
    if (k == 0) return 0;
    size_t lo = 0, hi = NEWS_GENDER_NAMES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *rec = news_gender_names + mid * NEWS_GENDER_WIDTH;
        int c = memcmp(key, rec, sizeof key);
        if (c == 0) return rec[NEWS_GENDER_WIDTH - 1] == 'f' ? 2 : 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

/* Gender bits (1 male, 2 female) of a multi-word person mention from its first name, whose
 * length in bytes goes to *first_len. */
static int name_gender(const NewsWork *w, const NewsMention *m, size_t *first_len) {
    const uint8_t *z = w->text + m->byte_start;
    size_t n = 0;
    while (n < m->byte_len && z[n] != ' ') n++;
    *first_len = n;
    if (n == m->byte_len) return 0;
    if (in_sorted(female_names, sizeof female_names / sizeof *female_names, z, n)) return 2;
    if (in_sorted(male_names, sizeof male_names / sizeof *male_names, z, n)) return 1;
    return ssa_gender(z, n);
}

/* What a description speaker can be the antecedent of, from its head word (the word before
 * the first preposition or relative: "a senior aide to the mayor" -> aide): DESC_ONE for
 * he or she (gender bits 1 male, 2 female as for names), DESC_MANY for they ("officials",
 * "people close to him"), DESC_BODY for it or they ("the company", "the campaign"). */
enum {
    DESC_ONE = 4, DESC_MANY = 8, DESC_BODY = 16, DESC_OWNED = 32, /* "Okafor's aide" */
    DESC_NAME_OWNED = 64, /* its owner is a name: "Okafor's", not "the paper's" */
    DESC_THEY = 128       /* "a spokesperson": one, for they as well as he or she */
};
/* a body's mouthpieces (sorted) */
static const char *const mouthpieces[] = {"spokesman", "spokesperson", "spokeswoman"};
static const char *const desc_stops[] = {
    "at", "close", "familiar", "for", "from", "in", "of", "on", "that", "to", "who", "with",
};
static const char *const desc_he[] = {
    "brother", "businessman", "chairman", "congressman", "councilman", "father", "husband",
    "king", "man", "prince", "son", "spokesman",
};
static const char *const desc_she[] = {
    "actress", "businesswoman", "chairwoman", "congresswoman", "councilwoman", "daughter",
    "mother", "princess", "queen", "sister", "spokeswoman", "wife", "woman",
};
static const char *const desc_bodies[] = {
    "administration", "agency", "army", "board", "campaign", "commission", "committee",
    "company", "council", "court", "department", "embassy", "firm", "government", "group",
    "ministry", "office", "organisation", "organization", "party", "team", "union",
};
static const char *const desc_groups[] = {"people", "police", "staff"};

static int desc_traits(const NewsWork *w, const NewsSpan *sp, size_t *head_start,
                       size_t *head_len) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len, hb = 0, he = 0;
    int modified = 0, owned = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && z[i] == ' ') i++;
        size_t b = i;
        while (i < n && z[i] != ' ') i++;
        if (i == b) break;
        if (he && in_sorted(desc_stops, sizeof desc_stops / sizeof *desc_stops, z + b, i - b)) {
            modified = 1;
            break;
        }
        if (i - b > 2 && z[i - 1] == 's' && (z[i - 2] == '\'' || z[i - 2] == 0x99))
            owned = z[b] >= 'A' && z[b] <= 'Z' ? 2 : 1;
        hb = b, he = i;
    }
    /* "A Department for Transport spokeswoman": a mouthpiece ends it, whatever name stands
     * before */
    size_t lb = n;
    while (lb > 0 && z[lb - 1] != ' ') lb--;
    if (lb > he && in_sorted(mouthpieces, sizeof mouthpieces / sizeof *mouthpieces, z + lb, n - lb))
        hb = lb, he = n;
    const uint8_t *h = z + hb;
    size_t len = he - hb;
    *head_start = sp->byte_start + hb, *head_len = len;
    /* a plural: "Officials", "Lawyers for the plaintiffs" opening a sentence, "the lawyers"
     * (a group, for "they"; not someone the story follows by name) */
    int plural = len > 3 && (h[len - 1] == 's' || h[len - 1] == 'S') && h[len - 2] != 's';
    for (size_t i = 1; plural && i < len; i++) plural = h[i] >= 'a' && h[i] <= 'z';
    if (len == 0 || (h[0] >= 'A' && h[0] <= 'Z' && !(plural && hb == 0)))
        return 0; /* a name the entity step missed */
    if (in_sorted(desc_bodies, sizeof desc_bodies / sizeof *desc_bodies, h, len))
        return DESC_BODY | (owned ? DESC_OWNED : 0) | (owned == 2 ? DESC_NAME_OWNED : 0);
    owned = owned ? DESC_OWNED : 0;
    if (plural && !in_sorted(desc_he, sizeof desc_he / sizeof *desc_he, h, len) &&
        !in_sorted(desc_she, sizeof desc_she / sizeof *desc_she, h, len))
        return DESC_MANY | owned;
    /* "the Wisconsin Republican", "the billionaire": a definite description with nothing
     * after its noun names someone the story already follows, most often by name; "the
     * mother of one of the victims" and "Okafor's campaign manager" are someone new */
    if (n > 5 && (z[0] == 't' || z[0] == 'T') && z[1] == 'h' && !modified && !owned &&
        ((z[2] == 'e' && z[3] == ' ') || (z[2] == 'i' && z[3] == 's' && z[4] == ' ') ||
         (z[2] == 'a' && z[3] == 't' && z[4] == ' ')))
        return 0; /* the, this, that */
    if (in_sorted(desc_he, sizeof desc_he / sizeof *desc_he, h, len)) return DESC_ONE | 1 | owned;
    if (in_sorted(desc_she, sizeof desc_she / sizeof *desc_she, h, len))
        return DESC_ONE | 2 | owned;
    if (len == 12 && !memcmp(h, "spokesperson", 12)) return DESC_ONE | DESC_THEY | owned;
    if (in_sorted(desc_groups, sizeof desc_groups / sizeof *desc_groups, h, len))
        return DESC_MANY | owned;
    return DESC_ONE | owned;
}

/* Is mention m one of several ("Y and Z", "Brown of Leeds, Grey of York and ...")? The
 * word after it is "and", "or" or "of", or a comma that no relative or apposition ("who",
 * "whose", "a", "an", "the") follows. Text bytes, ASCII case ignored. */
static int word_at(const NewsWork *w, size_t i, const char *lower) {
    size_t n = strlen(lower);
    if (i + n >= w->text_len) return 0;
    for (size_t k = 0; k < n; k++)
        if ((w->text[i + k] | 0x20) != lower[k]) return 0;
    return w->text[i + n] == ' ' || w->text[i + n] == ',';
}
static int in_a_list(const NewsWork *w, const NewsMention *m) {
    size_t i = m->byte_start + m->byte_len;
    while (i < w->text_len && w->text[i] == ' ') i++;
    if (word_at(w, i, "and") || word_at(w, i, "or") || word_at(w, i, "of")) return 1;
    if (i >= w->text_len || w->text[i] != ',') return 0;
    i++;
    while (i < w->text_len && w->text[i] == ' ') i++;
    /* (an owner opens an apposition too: "Mark Reid, his deputy,", "Ana Lee, Ukraine's
     * foreign minister,"; so does an age: "Ana Ferri, 54,") */
    size_t e = i;
    while (e < w->text_len && w->text[e] != ' ' && w->text[e] != ',') e++;
    int owner = e > i + 2 && w->text[e - 1] == 's' &&
                (w->text[e - 2] == '\'' || w->text[e - 2] == 0x99);
    return !(word_at(w, i, "who") || word_at(w, i, "whose") || word_at(w, i, "a") ||
             word_at(w, i, "an") || word_at(w, i, "the") || word_at(w, i, "his") ||
             word_at(w, i, "her") || word_at(w, i, "their") || word_at(w, i, "its") || owner ||
             (i < w->text_len && w->text[i] >= '0' && w->text[i] <= '9'));
}

typedef struct {
    uint64_t key;
    int32_t ment;
} Slot;

/* Flags of a mention in the speaker pass, beside its gender bits (1 male, 2 female) and
 * the gender its first name alone tells (the same bits shifted by SPK_NAME_SHIFT). */
/* SPK_MODIFIER: a mention that only describes the person named after it ("Cardwell
 * resident Kim Lawson"), no one a pronoun stands for, whatever its canonical entity is. */
enum { SPK_PERSONISH = 4, SPK_SPOKE = 8, SPK_NAME_SHIFT = 4, SPK_MODIFIER = 64 };
#define SPK_NAME_CLASH 10 /* conflicting evidence, and the first name says the other gender */

/* FNV-1a of the n bytes at z, ASCII capitals folded: a word's key, odd so that 0 is free. */
static uint64_t word_key(const uint8_t *z, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        int c = z[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        h = (h ^ (uint64_t)c) * 1099511628211ull;
    }
    return h | 1;
}

static uint64_t span_last_word_key(const NewsWork *w, size_t byte_start, size_t byte_len,
                                   int *n_words) {
    const uint8_t *z = w->text + byte_start;
    size_t n = byte_len, b = n;
    int words = 1;
    for (size_t i = 0; i < n; i++)
        if (z[i] == ' ') words++, b = i;
    size_t s = b == n ? 0 : b + 1;
    *n_words = words;
    return word_key(z + s, n - s);
}

/* span_last_word_key() of a lower-case word. */
static uint64_t str_key(const char *z) {
    uint64_t h = 1469598103934665603ull;
    for (; *z; z++) h = (h ^ (uint64_t)(unsigned char)*z) * 1099511628211ull;
    return h | 1;
}

/* The article the word of `len` bytes at z is, its first letter in either case: 1 "a" or
 * "an", 2 "the", 0 none. */
static int article_word(const uint8_t *z, size_t len) {
    if (len == 1) return (z[0] | 0x20) == 'a';
    if (len == 2) return (z[0] | 0x20) == 'a' && z[1] == 'n';
    return len == 3 && (z[0] | 0x20) == 't' && z[1] == 'h' && z[2] == 'e' ? 2 : 0;
}

/* The last-word key (as span_last_word_key) of the head of the noun phrase in bytes
 * [lo, hi): its last word before the first of desc_stops ("a spokeswoman for the group" ->
 * spokeswoman, "The senator from Ohio" -> senator), in lower case, the first word or after
 * a/an/the or a possessive, within PHRASE_WORDS words; 0 for anything else ("In a
 * statement", "who spent ...", "opens the German festival", "Wanadoo's chief executive
 * told the BBC News website"). */
#define PHRASE_WORDS 4
static uint64_t phrase_head_key(const NewsWork *w, size_t lo, size_t hi) {
    const uint8_t *z = w->text;
    size_t hb = 0, he = 0;
    int nw = 0, det = 0;
    for (size_t i = lo; i < hi;) {
        while (i < hi && z[i] == ' ') i++;
        size_t b = i;
        while (i < hi && z[i] != ' ') i++;
        if (i == b) break;
        if (in_sorted(desc_stops, sizeof desc_stops / sizeof *desc_stops, z + b, i - b)) break;
        if (nw == 0 && i - b == 3 && !memcmp(z + b, "But", 3)) continue;
        if (++nw > PHRASE_WORDS) return 0;
        if (nw == 1)
            det = article_word(z + b, i - b) ||
                  (i - b > 2 && z[i - 1] == 's' && (z[i - 2] == '\'' || z[i - 2] == 0x99));
        hb = b, he = i;
    }
    /* the head in lower case, or an office in capitals after "the" ("the Minister of
     * Power") */
    if (he == 0 || (nw > 1 && !det) ||
        !((z[hb] >= 'a' && z[hb] <= 'z') ||
          (det && nw == 2 && news_lexicon_title(z + hb, he - hb))))
        return 0;
    int words;
    return span_last_word_key(w, hb, he - hb, &words);
}

/* Did the text give person mention m the role whose key is `role` in an apposition, in
 * words quotes.c's role learning leaves (a phrase after the role noun): "Olu Bakare, a
 * spokeswoman for the hospital group," or "The senator from Ohio, Mark Delaney"? The
 * phrase runs from the comma to the next comma or sentence mark, at most APPOS_BYTES. */
#define APPOS_BYTES 120
static int appos_role(const NewsWork *w, const NewsMention *m, uint64_t role) {
    const uint8_t *z = w->text;
    size_t n = w->text_len, i = m->byte_start + m->byte_len, e;
    if (i < n && z[i] == ',') {
        for (e = ++i; e < n && e - i < APPOS_BYTES && !strchr(",.;:\n\"", z[e]); e++) {}
        if (e < n && (z[e] == ',' || z[e] == '.') && phrase_head_key(w, i, e) == role) return 1;
    }
    /* before the name, which is set off ("Mark Delaney, opposed", "Mark Delaney said"),
     * not owned ("The book, Brown's Britain,"), maybe after an honorific ("the Minister of
     * Power, Mr Adebayo Olatunji,") */
    i = m->byte_start + m->byte_len;
    if (i < n && z[i] != ',' && z[i] != ' ') return 0;
    i = m->byte_start;
    while (i > 0 && z[i - 1] == ' ') i--;
    for (e = i; e > 0 && z[e - 1] != ' ' && z[e - 1] != ','; e--) {}
    if (e < i && (news_lexicon_title(z + e, i - e) & NEWS_TITLE_BEFORE_NAME))
        for (i = e; i > 0 && z[i - 1] == ' '; i--) {}
    if (i == 0 || z[i - 1] != ',') return 0;
    for (e = --i; e > 0 && i - e < APPOS_BYTES && !strchr(",.;:\n\"", z[e - 1]); e--) {}
    /* (at a sentence's start, or after an opening phrase's comma with "the": "Speaking in
     * the Dáil, the Minister for Health, Ciarán Mulvihill,") */
    return (e == 0 || z[e - 1] == '\n' || z[e - 1] == '.' ||
            (z[e - 1] == ',' && e + 5 < n && !memcmp(z + e, " the ", 5))) &&
           phrase_head_key(w, e, i) == role;
}

/* The start of the latest "the <noun>" (any case, the noun's n bytes at noun, a word of its
 * own: "the authority's" too) that opens in bytes (lo, hi) and ends by hi, or 0 for none. */
static size_t prev_the_noun(const NewsWork *w, size_t lo, size_t hi, const uint8_t *noun,
                            size_t n) {
    const uint8_t *z = w->text;
    for (size_t i = hi; i > lo + 4; i--) {
        if (i + n > hi || z[i - 1] != ' ' || (z[i - 4] | 0x20) != 't' || z[i - 3] != 'h' ||
            z[i - 2] != 'e' || (i > 4 && z[i - 5] != ' ' && z[i - 5] != '\n' && z[i - 5] != '"'))
            continue;
        size_t k = 0;
        while (k < n && (z[i + k] | 0x20) == (noun[k] | 0x20)) k++;
        if (k == n && !((z[i + n] | 0x20) >= 'a' && (z[i + n] | 0x20) <= 'z')) return i - 4;
    }
    return 0;
}

/* Whether the writer kept calling an organisation by its noun from its name to a later
 * "the <noun>": "the Panama Canal Authority said ... The authority, known by its initials
 * ACP, said ... the authority's offices ... the authority hoped ... A spokeswoman for the
 * authority said" is that authority, though its name is pages back, because "the
 * authority" came up at least every ORG_DESC_CHARS bytes between the name's end (byte lo)
 * and the description (byte hi); at most ORG_CHAIN_BYTES in all, so that a look costs a
 * bounded walk back. */
#define ORG_CHAIN_BYTES 8000
static int noun_chain(const NewsWork *w, size_t lo, size_t hi, const uint8_t *noun, size_t n) {
    if (hi <= lo || hi - lo > ORG_CHAIN_BYTES || n == 0) return 0;
    for (size_t at = hi; at - lo > ORG_DESC_CHARS;) {
        at = prev_the_noun(w, at > lo + ORG_DESC_CHARS ? at - ORG_DESC_CHARS : lo, at, noun, n);
        if (!at) return 0;
    }
    return 1;
}

/* Nouns for an organisation whose name ends in another word: "the airline said" after
 * "SkyBridge Airways", "the carmaker" after "Rivet Motors", "the club" after "Northfield
 * United" or "Hull City", "the lender" after "Harwood Bank", "the union" after "National
 * Air Traffic Controllers Association" (noun, then the name's last words to try, the
 * latest such name named wins; a bank is no company story_company picks, since central
 * banks end in "Bank" too). */
static const char *const org_aliases[][20] = {
    {"airline", "airways", "airlines", "lines", "air", 0},
    {"carmaker", "motors", "motor", "automotive", 0},
    {"club", "albion", "argyle", "athletic", "celtic", "city", "county", "fc", "forest",
     "hotspur", "orient", "rangers", "rovers", "town", "united", "villa", "wanderers",
     "wednesday", 0},
    {"insurer", "insurance", "assurance", 0},
    {"lender", "bank", "bancorp", "society", 0},
    {"network", "news", "tv", "television", 0},
    {"union", "association", "federation", "guild", "workers", 0},
};
#define ALIAS_CHARS 600 /* such a name is the organisation only this close before */

/* "Thornbury said in a statement" in a report that named "Thornbury Athletic": a club
 * named by its town is the club the story named in full, the town's words and one word
 * of org_aliases' club list ("Athletic", "City", "Rovers", ...), within CLUB_LOOKBACK
 * mentions before mi; its canonical mention, or -1. Mention c is the town as written. */
#define CLUB_LOOKBACK 200
static int32_t club_by_town(NewsWork *w, size_t mi, int32_t c) {
    const NewsMention *t = &w->ment.v[c];
    const uint8_t *z = w->text;
    if (t->type != NEWS_ORG && t->type != NEWS_LOC) return -1;
    for (size_t j = mi, seen = 0; j-- > 0 && seen < CLUB_LOOKBACK; seen++) {
        const NewsMention *m = &w->ment.v[j];
        size_t n = t->byte_len;
        if (m->type != NEWS_ORG || m->byte_len <= n + 1 || z[m->byte_start + n] != ' ' ||
            memcmp(z + m->byte_start, z + t->byte_start, n))
            continue;
        const uint8_t *rest = z + m->byte_start + n + 1;
        size_t rn = m->byte_len - n - 1;
        if (memchr(rest, ' ', rn)) continue;
        for (size_t a = 0; a < sizeof org_aliases / sizeof *org_aliases; a++) {
            if (strcmp(org_aliases[a][0], "club")) continue;
            for (size_t k = 1; org_aliases[a][k]; k++) {
                size_t an = strlen(org_aliases[a][k]), i = 0;
                while (i < an && i < rn && (rest[i] | 0x20) == org_aliases[a][k][i]) i++;
                if (i == an && an == rn) return news_ment_canon(w, j);
            }
        }
    }
    return -1;
}

/* "the company said", "according to the firm": when no organisation's name ends in that
 * word, the company the story is about, which is the organisation named most in the
 * COMPANY_CHARS before (a mention that opens its sentence as its subject counts twice; its
 * short and full forms count as one, the second spelling at half: story_company), if
 * one leads alone and was such a subject once; of two that lead alike, the one that opened
 * a sentence as its subject last, within COMPANY_RECENT_CHARS before; failing both, the
 * only one named, within COMPANY_RECENT_CHARS before. Public bodies,
 * exchanges and news outlets are not the company a story is about: names that end or open
 * with these words, or an acronym standing for one, are left out ("the SEC", "the Reuters
 * news agency"). */
#define COMPANY_CHARS 1500
#define COMPANY_LOOKBACK 60 /* mentions */
#define COMPANY_RECENT_CHARS 250 /* a subject this close before wins a tie */
static const char *const public_bodies[] = {
    "afp", "agency", "authority", "bank", "bbc", "commission", "committee", "congress",
    "council", "court", "department", "eu", "exchange", "fed", "government", "journal",
    "ministry", "nato", "news", "office", "parliament", "police", "post", "press", "presse",
    "reserve", "reuters", "service", "times", "treasury", "un", "union",
};
/* Whether the n bytes at z open with "the " or "The " and go on. */
static int opens_with_the(const uint8_t *z, size_t n) {
    return n > 4 && (z[0] | 0x20) == 't' && z[1] == 'h' && z[2] == 'e' && z[3] == ' ';
}
/* What speaks without being anyone: "A report said he gave the warning. He said ..." (sorted) */
static const char *const desc_writings[] = {"document", "letter", "memo", "poll", "report",
                                            "statement", "study", "summary", "survey"};
/* Quotation q reports someone new the text brings in, with "a", "an", "one" or "another",
 * a head word (at head, hl bytes) that names no writing and a plain "said", "says" or "told"
 * ("A local surfer said sharks were seen", "One victim, who asked not to be named, said";
 * not "an emergency question"). */
static int new_speaker_said(const NewsWork *w, const NewsQuote *q, size_t head, size_t hl) {
    static const char *const some[] = {"another", "one"};
    const uint8_t *z = w->text + q->speaker.byte_start, *c = w->text + q->cue.byte_start;
    size_t n = q->speaker.byte_len, fw = 0;
    while (fw < n && z[fw] != ' ') fw++;
    return n > 3 && fw < n &&
           (article_word(z, fw) == 1 || in_sorted(some, sizeof some / sizeof *some, z, fw)) &&
           q->cue.byte_len == 4 &&
           (!memcmp(c, "said", 4) || !memcmp(c, "says", 4) || !memcmp(c, "told", 4)) &&
           !in_sorted(desc_writings, sizeof desc_writings / sizeof *desc_writings,
                      w->text + head, hl);
}
/* "the company", "the firm" and the nouns business news calls a company by ("the lender",
 * "the carmaker", "the German drugmaker", "the iPhone maker", "the tech giant", "the coffee
 * chain"), after up to two words of description */
static const char *const company_nouns[] = {
    "airline", "automaker", "brewer", "broadcaster", "carmaker", "carrier", "chain",
    "chipmaker", "company", "conglomerate", "drugmaker", "firm", "giant", "insurer", "lender",
    "maker", "manufacturer", "miner", "publisher", "retailer", "start-up", "startup",
    "supermarket", "utility",
};
static int company_word(const NewsWork *w, const NewsSpan *sp) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len;
    if (!opens_with_the(z, n)) return 0;
    size_t b = n, words = 0;
    while (b > 4 && z[b - 1] != ' ') b--;
    for (size_t i = 4; i < b; i++) words += z[i] == ' ';
    return words <= 2 && in_sorted(company_nouns, sizeof company_nouns / sizeof *company_nouns,
                                   z + b, n - b);
}
/* "a spokesman", "the spokeswoman": a mouthpiece with nothing to say whose */
static int bare_mouthpiece(const NewsWork *w, const NewsSpan *sp) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len, b = 0;
    while (b < n && z[b] != ' ') b++;
    return article_word(z, b) && b + 1 < n &&
           in_sorted(mouthpieces, sizeof mouthpieces / sizeof *mouthpieces, z + b + 1, n - b - 1);
}
/* Whether span sp is "the" and one of the n sorted words of list ("the group"). */
static int the_one_of(const NewsWork *w, const NewsSpan *sp, const char *const *list, size_t n) {
    const uint8_t *z = w->text + sp->byte_start;
    return opens_with_the(z, sp->byte_len) && in_sorted(list, n, z + 4, sp->byte_len - 4);
}
/* "the department", "the ministry" alone: the body the story has just quoted by name, of any
 * kind (s28; "In a statement, Indigenous Services Canada said ... “…,” the department
 * said."), sorted */
static const char *const office_heads[] = {"agency", "department", "ministry"};
static int the_office(const NewsWork *w, const NewsSpan *sp) {
    return the_one_of(w, sp, office_heads, sizeof office_heads / sizeof *office_heads);
}
/* "the group", "the organisation", "the club", "the charity" alone: the body the story has
 * just quoted */
static const char *const group_heads[] = {"charity", "club", "group", "organisation",
                                          "organization"};
static int the_group(const NewsWork *w, const NewsSpan *sp) {
    return the_one_of(w, sp, group_heads, sizeof group_heads / sizeof *group_heads);
}
/* ... and with one word in lower case before it ("the mining group", "the environmental
 * group") */
static int group_word(const NewsWork *w, const NewsSpan *sp) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len, b = 4;
    if (!opens_with_the(z, n)) return 0;
    while (b < n && z[b] >= 'a' && z[b] <= 'z') b++;
    if (b < n && z[b] == ' ') b++;
    else b = 4;
    return in_sorted(group_heads, sizeof group_heads / sizeof *group_heads, z + b, n - b);
}
/* "the 34-year-old", "the left-hander" (nothing after it): an age or a batting or bowling
 * hand that stands for a person the story has named, who is not named again here */
static int age_epithet(const NewsWork *w, const NewsSpan *sp) {
    static const char tail[] = "-year-old";
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len, t = sizeof tail - 1, i = 4;
    if (opens_with_the(z, n) && (n == 15 || n == 16) && !memcmp(z + n - 7, "-hander", 7) &&
        (!memcmp(z + 4, "left", 4) || !memcmp(z + 4, "right", 5)))
        return 1;
    if (!opens_with_the(z, n) || n < 4 + 1 + t) return 0;
    while (i < n - t && z[i] >= '0' && z[i] <= '9') i++;
    return i > 4 && i == n - t && !memcmp(z + i, tail, t);
}
/* "the mother-of-two", "the grandfather of five", "the pensioner" (nothing after it): a
 * family or a time of life that British, Irish and Australian papers call the person the
 * story follows by, as they call them by age: 1 a man, 2 a woman, 3 either, 0 none
 * (sorted lists). */
static int kin_epithet(const NewsWork *w, const NewsSpan *sp) {
    static const char *const alone[] = {"pensioner", "retiree", "teenager"};
    static const char *const women[] = {"gran", "grandmother", "mother", "mum", "nan"};
    static const char *const men[] = {"dad", "father", "grandad", "granddad", "grandfather"};
    static const char *const counts[] = {"eight", "five",  "four", "nine", "seven",
                                         "six",   "three", "two"};
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len, b = 4;
    if (!opens_with_the(z, n)) return 0;
    if (in_sorted(alone, sizeof alone / sizeof *alone, z + b, n - b)) return 3;
    if (n - b == 5 && !memcmp(z + b, "widow", 5)) return 2;
    if (n - b == 7 && !memcmp(z + b, "widower", 7)) return 1;
    if (n - b > 6 && !memcmp(z + b, "great-", 6)) b += 6;
    size_t e = b;
    while (e < n && z[e] >= 'a' && z[e] <= 'z') e++;
    int g = in_sorted(men, sizeof men / sizeof *men, z + b, e - b)       ? 1
            : in_sorted(women, sizeof women / sizeof *women, z + b, e - b) ? 2
                                                                           : 0;
    if (!g) return 0;
    /* "-of-" or " of " and a count: "mother-of-two", "father of 3" */
    if (e + 4 >= n || (z[e] != '-' && z[e] != ' ') || memcmp(z + e + 1, "of", 2) ||
        z[e + 3] != z[e])
        return 0;
    size_t c = e + 4, k = c;
    while (k < n && z[k] >= '0' && z[k] <= '9') k++;
    return (k == n && k > c) || in_sorted(counts, sizeof counts / sizeof *counts, z + c, n - c)
               ? g
               : 0;
}
/* "the all-rounder", "the midfielder" (nothing after it): a player's position, which sport
 * reports call the player the story follows by as they call them by age; positions only,
 * not "the striker" (a strike story's picket) nor "the forward" (sorted) */
static const char *const positions[] = {
    "all-rounder", "batsman", "batter", "bowler", "centre-back", "defender", "fly-half",
    "full-back", "goalkeeper", "goaltender", "midfielder", "outfielder", "paceman",
    "pitcher", "playmaker", "quarterback", "scrum-half", "seamer", "spinner", "wicketkeeper",
    "winger",
};
static int position_epithet(const NewsWork *w, const NewsSpan *sp) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t n = sp->byte_len;
    return opens_with_the(z, n) && !memchr(z + 4, ' ', n - 4) &&
           in_sorted(positions, sizeof positions / sizeof *positions, z + 4, n - 4);
}
/* Whether the lower-case word of n bytes at z names a person: a role noun's ending
 * ("teacher", "doctor", "activist", "paediatrician", "resident", "migrant", "refugee") or
 * one of a few plain nouns; not "number", "statement" and the like (sorted lists) */
static int person_noun(const uint8_t *z, size_t n) {
    static const char *const plain[] = {
        "aide",     "analyst",  "boy",       "child",  "citizen", "colleague", "daughter",
        "diplomat", "executive", "expert",   "father", "friend",  "girl",      "husband",
        "man",      "medic",    "mother",    "nurse",  "official", "person",   "pilot",
        "relative", "source",   "veteran",   "victim", "widow",   "wife",      "witness",
        "woman",
    };
    static const char *const not_persons[] = {
        "answer",  "border",   "centre",   "committee", "computer", "corner", "decree",
        "degree",  "document", "earlier",  "error",     "event",    "factor", "floor",
        "further", "guarantee", "later",   "letter",    "matter",   "number", "offer",
        "order",   "other",    "paper",    "power",     "quarter",  "sector", "summer",
        "water",   "winter",
    };
    static const char *const ends[] = {"ant", "ee", "ent", "er", "ian", "ist", "or"};
    if (in_sorted(plain, sizeof plain / sizeof *plain, z, n)) return 1;
    if (n < 5 || in_sorted(not_persons, sizeof not_persons / sizeof *not_persons, z, n) ||
        (n > 4 && !memcmp(z + n - 4, "ment", 4)))
        return 0;
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (!memcmp(z + n - k, ends[i], k)) return 1;
    }
    return 0;
}

/* Whether the sentence at byte s (ending before e) opens with someone unnamed: "A", "An",
 * "One" or "Another", up to four lower-case words and a noun for a person (person_noun), then
 * what ends the description (a comma, a preposition or "who", a verb: "A paediatrician in
 * Bucharest", "One analyst speculated"); the head noun's bytes in *hb, *hn. `want` (1 he, 2
 * she) rules out a noun of the other gender. */
static int indefinite_person(const uint8_t *z, size_t s, size_t e, int want, size_t *hb,
                             size_t *hn) {
    static const char *const opens[] = {"a", "an", "another", "one"};
    static const char *const verbs[] = {"believes", "feels", "had",  "has",   "is",  "said",
                                        "says",     "spoke", "thinks", "told", "was", "wrote"};
    size_t i = s, b, head_b = 0, head_n = 0;
    for (int k = 0; k < 6 && i < e; k++) {
        b = i;
        while (i < e && ((z[i] >= 'a' && z[i] <= 'z') || (z[i] >= 'A' && z[i] <= 'Z') ||
                         (z[i] >= '0' && z[i] <= '9') || z[i] == '-'))
            i++;
        if (i == b) return 0;
        if (k == 0) {
            if (!in_sorted(opens, sizeof opens / sizeof *opens, z + b, i - b)) return 0;
        } else if (z[b] < 'a' || z[b] > 'z') {
            return 0; /* a name ("A KLM spokesman") */
        } else if (head_n &&
                   (in_sorted(desc_stops, sizeof desc_stops / sizeof *desc_stops, z + b,
                              i - b) ||
                    in_sorted(verbs, sizeof verbs / sizeof *verbs, z + b, i - b) ||
                    (i - b > 4 && z[i - 2] == 'e' && z[i - 1] == 'd'))) {
            break; /* "in Bucharest", "who ...", "said ...", "described ..." */
        } else {
            head_b = b, head_n = i - b;
        }
        if (i < e && z[i] == ',') {
            if (k == 0) return 0;
            break;
        }
        if (i >= e || z[i] != ' ') return 0;
        i++;
        if (k == 5) return 0;
    }
    if (!head_n || !person_noun(z + head_b, head_n)) return 0;
    if (in_sorted(desc_he, sizeof desc_he / sizeof *desc_he, z + head_b, head_n) && want == 2)
        return 0;
    if (in_sorted(desc_she, sizeof desc_she / sizeof *desc_she, z + head_b, head_n) &&
        want == 1)
        return 0;
    *hb = head_b, *hn = head_n;
    return 1;
}

/* ... and in the plural, with no article: "Analysts", "Two analysts", "Some economists",
 * "Researchers" (a person noun and an "s"), then a preposition ("Analysts at Bernstein") */
static int plural_persons(const uint8_t *z, size_t s, size_t e, size_t *hb, size_t *hn) {
    static const char *const dets[] = {"five", "four", "many", "other", "several", "some",
                                       "three", "two"};
    static const char *const preps[] = {"at", "for", "from", "in", "of", "with"};
    size_t i = s, b;
    for (int k = 0; k < 4 && i < e; k++) {
        b = i;
        while (i < e && ((z[i] >= 'a' && z[i] <= 'z') || (k == 0 && i == b && z[i] >= 'A' &&
                                                          z[i] <= 'Z') || z[i] == '-'))
            i++;
        if (i == b || i >= e || z[i] != ' ' || (k > 0 && (z[b] < 'a' || z[b] > 'z'))) return 0;
        if (k == 0 && in_sorted(dets, sizeof dets / sizeof *dets, z + b, i - b)) {
            i++;
            continue;
        }
        /* (adjectives before the head, not "The board of directors of ...": a body's organ
         * speaks for it) */
        if (in_sorted(desc_stops, sizeof desc_stops / sizeof *desc_stops, z + b, i - b) ||
            (i - b == 3 && (z[b] | 0x20) == 't' && z[b + 1] == 'h' && z[b + 2] == 'e'))
            return 0;
        /* the head: a person noun in the plural, then a preposition */
        size_t n = i - b, pb = i + 1, pe = pb;
        while (pe < e && z[pe] >= 'a' && z[pe] <= 'z') pe++;
        if (n > 4 && z[b + n - 1] == 's' && z[b + n - 2] != 's' &&
            in_sorted(preps, sizeof preps / sizeof *preps, z + pb, pe - pb)) {
            uint8_t head[16];
            if (n - 1 >= sizeof head) return 0;
            for (size_t x = 0; x + 1 < n; x++) head[x] = z[b + x] | 0x20;
            if (!person_noun(head, n - 1)) return 0;
            *hb = b, *hn = n;
            return 1;
        }
        i++;
    }
    return 0;
}

/* "“…,” she said" right after a sentence that brings in someone unnamed as its subject
 * (indefinite_person) and names no one ("A paediatrician in Bucharest, who asked not to be
 * named, described wards overflowing. “…,” she said."): someone a pronoun of the gender
 * `want` stands for rather than the last named person; the sentence's start in *sb, or 0
 * when there is none */
static int unnamed_subject_before(const NewsWork *w, const NewsQuote *q, int want,
                                  size_t *sb) {
    const uint8_t *z = w->text;
    size_t e = q->quote.byte_start, hb, hn;
    while (e > 0 && z[e - 1] != ' ' && z[e - 1] != '\n' && e + 4 > q->quote.byte_start) e--;
    while (e > 0 && (z[e - 1] == ' ' || z[e - 1] == '\n')) e--;
    if (e < 2 || !strchr(".!?", z[e - 1])) return 0;
    size_t s = e - 1;
    while (s > 0 && e - s < 400 && z[s - 1] != '\n' &&
           !(s > 1 && z[s - 1] == ' ' && strchr(".!?", z[s - 2])))
        s--;
    if (s > 0 && z[s - 1] != '\n' && z[s - 1] != ' ') return 0;
    if (!indefinite_person(z, s, e, want, &hb, &hn)) {
        /* after a phrase of place or time and its comma: "In Kyiv's Obolon district, one
         * resident, a retired teacher, had filled every bottle" */
        static const char *const preps[] = {"after", "at", "in", "inside", "near", "on",
                                            "outside"};
        size_t w0 = s, c = s;
        while (w0 < e && ((z[w0] >= 'A' && z[w0] <= 'Z') || (z[w0] >= 'a' && z[w0] <= 'z')))
            w0++;
        if (!in_sorted(preps, sizeof preps / sizeof *preps, z + s, w0 - s)) return 0;
        while (c < e && c - s < 80 && z[c] != ',') c++;
        if (c + 2 >= e || z[c] != ',' || z[c + 1] != ' ' ||
            !indefinite_person(z, c + 2, e, want, &hb, &hn))
            return 0;
    }
    *sb = s;
    return 1;
}

/* Roles news writes for one holder under two names: "Nvidia CEO Jensen Huang ... the chief
 * executive said", "Everton manager David Moyes ... the boss said", "Rep. Jim Jordan ...
 * the lawmaker said", "Pope Leo ... the pontiff said" (the description's head word first,
 * then the roles the text may have given its holder instead; not "coach" for "manager": a
 * football story's other side has a head coach) */
static const char *const role_synonyms[][8] = {
    {"boss", "manager", 0},
    {"ceo", "executive", 0},
    {"executive", "ceo", 0},
    {"lawmaker", "congressman", "congresswoman", "representative", "senator", "legislator",
     "mp", 0},
    {"legislator", "congressman", "congresswoman", "representative", "senator", "lawmaker",
     "mp", 0},
    {"manager", "boss", 0},
    {"pontiff", "pope", 0},
};
/* The first holder of a role that stands for the one whose head word's key is k, or -1 */
static int32_t synonym_role_first(const NewsQuoteState *st, uint64_t k) {
    for (size_t i = 0; i < sizeof role_synonyms / sizeof *role_synonyms; i++) {
        if (k != str_key(role_synonyms[i][0])) continue;
        for (size_t j = 1; role_synonyms[i][j]; j++) {
            int32_t r = news_role_first(st, str_key(role_synonyms[i][j]));
            if (r >= 0) return r;
        }
    }
    return -1;
}

/* Heads of government and state, past and present, whom news often names without their
 * role and then calls by it ("Sir Keir Starmer said ... The prime minister added"): the
 * description, then the names (as the entity step writes the canonical name). */
static const char *const known_holders[][24] = {
    {"the prime minister", "Keir Starmer", "Rishi Sunak", "Liz Truss", "Boris Johnson",
     "Theresa May", "David Cameron", "Gordon Brown", "Tony Blair", "Mark Carney",
     "Anthony Albanese", "Narendra Modi", "Sanae Takaichi", "Benjamin Netanyahu",
     "Giorgia Meloni", "Justin Trudeau", "Christopher Luxon", "Pedro Sanchez",
     "Pedro Sánchez", "Mette Frederiksen", "Shigeru Ishiba", "Fumio Kishida", 0},
    {"the president", "Donald Trump", "Joe Biden", "Barack Obama", "George W Bush",
     "George W. Bush", "Bill Clinton", "Emmanuel Macron", "Volodymyr Zelensky",
     "Vladimir Putin", "Xi Jinping", "Recep Tayyip Erdogan", "Javier Milei",
     "Claudia Sheinbaum", "Cyril Ramaphosa", 0},
    {"the chancellor", "Friedrich Merz", "Olaf Scholz", "Angela Merkel", "Rachel Reeves",
     "Jeremy Hunt", 0},
};
#define N_KNOWN (sizeof known_holders / sizeof *known_holders)

/* Whether z (n bytes) is the lower-case words w, ASCII case ignored. */
static int same_words(const uint8_t *z, size_t n, const char *w) {
    size_t k = strlen(w), c = 0;
    while (c < k && c < n && (z[c] | 0x20) == (uint8_t)w[c]) c++;
    return c == k && n == k;
}

/* Whether the word right before mention m names an office ("Chancellor Gordon Brown", "Tory
 * leader Michael Howard", "former prime minister Boris Johnson"): someone the text gives
 * another role, or this one in the past. */
static int titled(const NewsWork *w, const NewsMention *m) {
    static const char *const offices[] = {"chancellor", "deputy", "former", "governor", "leader",
                                          "mayor", "minister", "president", "secretary",
                                          "senator", "shadow", 0};
    const uint8_t *z = w->text;
    size_t e = m->byte_start;
    while (e > 0 && z[e - 1] == ' ') e--;
    size_t b = e;
    while (b > 0 && ((z[b - 1] | 0x20) >= 'a' && (z[b - 1] | 0x20) <= 'z')) b--;
    for (size_t i = 0; offices[i]; i++)
        if (same_words(z + b, e - b, offices[i])) return 1;
    return 0;
}

/* The one person of row i of known_holders the text names with no office before the name
 * (a canonical mention; *first: where the text first names them), or -1: none, or two
 * ("Blair ... Brown"). One named with an office (titled: "Chancellor Gordon Brown",
 * "former prime minister Boris Johnson") is not who holds this one now. */
static int32_t known_holder(const NewsWork *w, size_t i, int64_t *first) {
    const NewsMention *mv = w->ment.v;
    int32_t found = -1, held[8]; /* (those with a role) */
    size_t n_held = 0;
    for (size_t j = 0; j < w->ment.n; j++) {
        if (mv[j].type != NEWS_PER) continue;
        for (size_t k = 1; known_holders[i][k]; k++) {
            const char *name = known_holders[i][k];
            int32_t c = news_ment_canon(w, j);
            if (mv[j].byte_len != strlen(name) ||
                memcmp(w->text + mv[j].byte_start, name, mv[j].byte_len))
                continue;
            size_t h = 0;
            while (h < n_held && held[h] != c) h++;
            if (h < n_held) continue;
            if (titled(w, &mv[j])) {
                if (n_held == sizeof held / sizeof *held) return -1;
                held[n_held++] = c;
                if (c == found) found = -1; /* ("Gordon Brown ... Chancellor Gordon Brown") */
                continue;
            }
            if (c == found) continue;
            if (found >= 0) return -1;
            found = c;
            *first = mv[j].char_start;
        }
    }
    return found;
}

/* Whether byte s opens a sentence: the text's start, a line's, after ". " ("? ", "! "), or
 * a capital after a dateline's dash ("SEOUL, March 9 - An official", "(AP) — A") */
static int opens_sentence(const uint8_t *z, size_t s) {
    if (s == 0 || z[s - 1] == '\n') return 1;
    if (s < 2 || z[s - 1] != ' ') return 0;
    if (strchr(".!?", z[s - 2]) && z[s - 2]) return 1;
    int dash = z[s - 2] == '-' ||
               (s > 4 && (z[s - 2] == 0x94 || z[s - 2] == 0x93) && z[s - 3] == 0x80 &&
                z[s - 4] == 0xE2);
    return dash && z[s] >= 'A' && z[s] <= 'Z';
}

/* The name quotes.c took as the speaker is only a modifier of the sentence's subject, a
 * description that opens the sentence right before it: someone close to the name ("A
 * neighbour of the Shahs said", "A colleague at Tesco said", "A cousin of Raj Shah told"),
 * or a group the name is one of ("Some investors, including SoftBank, which ..., said",
 * "Banks, including Citibank, have said"). Then the speaker is that description, no one
 * named: its first byte, or the speaker's own start when there is none; its end in *end (the
 * name's, or the group's before its comma). Mouthpieces are not such ("A spokesman for Acme
 * said" speaks for Acme). (sorted) */
static const char *const close_nouns[] = {
    "aunt",     "brother",  "classmate", "colleague", "cousin",   "customer", "daughter",
    "employee", "father",   "friend",    "husband",   "member",   "mother",   "nephew",
    "neighbor", "neighbour", "niece",    "parent",    "pupil",    "relative", "sister",
    "son",      "student",  "supporter", "teammate",  "uncle",    "wife",     "worker",
};
static size_t subject_before_name(const NewsWork *w, const NewsSpan *sp, size_t *end) {
    static const char *const dets[] = {"a", "an", "another", "one", "the"};
    static const char *const links[] = {", among them ", ", including ", ", such as "};
    const uint8_t *z = w->text;
    size_t b = sp->byte_start, e;
    *end = b + sp->byte_len;
    /* a group: "<Some investors>, including <name>" */
    for (size_t k = 0; k < sizeof links / sizeof *links; k++) {
        size_t n = strlen(links[k]);
        if (b < n + 2 || memcmp(z + b - n, links[k], n)) continue;
        size_t s = b - n, words = 1;
        while (s > 0 && b - n - s < 60 && z[s - 1] != '\n' && z[s - 1] != ',' &&
               !(z[s - 1] == ' ' && s > 1 && strchr(".!?", z[s - 2])))
            s--;
        if (!opens_sentence(z, s) || z[s] < 'A' || z[s] > 'Z') return b;
        for (e = s + 1; e < b - n; e++) {
            if (z[e] == ' ') words++;
            else if (!((z[e] >= 'a' && z[e] <= 'z') || z[e] == '-')) return b;
        }
        *end = b - n;
        return words <= 4 ? s : b;
    }
    /* someone close: "<A neighbour> of [the] <name>", "<A colleague> at <name>" */
    e = b;
    if (e > 4 && !memcmp(z + e - 4, "the ", 4)) e -= 4;
    if (e < 4 || z[e - 1] != ' ' || (memcmp(z + e - 4, " of ", 4) && memcmp(z + e - 4, " at ", 4)))
        return b;
    e -= 4;
    size_t hb = e;
    while (hb > 0 && z[hb - 1] >= 'a' && z[hb - 1] <= 'z') hb--;
    if (hb == e || !in_sorted(close_nouns, sizeof close_nouns / sizeof *close_nouns, z + hb,
                              e - hb))
        return b;
    /* the article opening the sentence, up to two lower-case words before the noun */
    size_t s = hb;
    for (int k = 0; k < 3; k++) {
        if (s < 2 || z[s - 1] != ' ') return b;
        size_t ws = s - 1;
        while (ws > 0 && z[ws - 1] != ' ' && z[ws - 1] != '\n') ws--;
        if (in_sorted(dets, sizeof dets / sizeof *dets, z + ws, s - 1 - ws))
            return opens_sentence(z, ws) ? ws : b;
        for (size_t i = ws; i < s - 1; i++)
            if (!((z[i] >= 'a' && z[i] <= 'z') || z[i] == '-')) return b;
        s = ws;
    }
    return b;
}

/* The speaker quotes.c took is a noun inside the modifier of an unnamed subject that opens
 * the sentence, right before the cue: "A resident who asked not to be named for fear of
 * reprisals told", "An elderly woman in the queue said". The subject speaks: its first byte,
 * its end in *end, or sp's own start when there is none. Not after a comma (", police
 * said" is a clause of its own), nor past a verb of being ("A man in Leeds was arrested by
 * police who said"), nor for a mouthpiece or a lawyer, who speak for a name. */
static size_t subject_around_speaker(const NewsWork *w, const NewsQuote *q, size_t *end,
                                     int *plural) {
    /* a verb of being, or a report the subject makes of another's ("An analyst at USDA
     * noted that an article in Izvestia said") */
    static const char *const be[] = {"added", "are",  "is",   "noted", "reported", "said",
                                     "says",  "that", "told", "was",   "were",     "wrote"};
    static const char *const for_others[] = {"attorney", "lawyer", "spokesman", "spokesperson",
                                             "spokeswoman"};
    const uint8_t *z = w->text;
    size_t b = q->speaker.byte_start, s = b, hb, hn;
    if (!q->cue.byte_len || q->cue.byte_start < b + q->speaker.byte_len ||
        q->cue.byte_start > b + q->speaker.byte_len + 12 || q->quote.byte_start < b)
        return b;
    while (s > 0 && b - s < 300 && !opens_sentence(z, s) && z[s - 1] != '"') s--;
    if (!opens_sentence(z, s)) return b;
    if (s + 4 < b && (!memcmp(z + s, "But ", 4) || !memcmp(z + s, "And ", 4))) s += 4;
    *plural = 0;
    if (!(indefinite_person(z, s, b, 0, &hb, &hn) ||
          (*plural = plural_persons(z, s, b, &hb, &hn))) ||
        hb + hn >= b || in_sorted(for_others, sizeof for_others / sizeof *for_others, z + hb, hn) ||
        (z[hb + hn - 1] == 's' &&
         in_sorted(for_others, sizeof for_others / sizeof *for_others, z + hb, hn - 1)))
        return b;
    size_t i = hb + hn;
    if (z[i] != ' ') return b; /* a comma right after the noun */
    size_t k = b;
    while (k > i && z[k - 1] == ' ') k--;
    if (k > 0 && z[k - 1] == ',') return b;
    for (size_t x = i + 1; x < b;) {
        size_t y = x;
        while (y < b && z[y] != ' ') y++;
        if (in_sorted(be, sizeof be / sizeof *be, z + x, y - x)) return b;
        x = y + 1;
    }
    /* the mention: the subject, with the name when only a preposition (and "the") stands
     * between ("Analysts at Bernstein", "One dealer with a German bank") */
    static const char *const preps[] = {"at", "for", "from", "in", "of", "with"};
    size_t pe = i + 1;
    while (pe < b && z[pe] >= 'a' && z[pe] <= 'z') pe++;
    int one_prep = in_sorted(preps, sizeof preps / sizeof *preps, z + i + 1, pe - i - 1) &&
                   (pe + 1 == b || (pe + 5 == b && !memcmp(z + pe + 1, "the ", 4)));
    *end = one_prep ? b + q->speaker.byte_len : hb + hn;
    return s;
}

/* Whether the n bytes at z are one person's demonym: a capital, then lower case, with an
 * ending for one person ("American", "Briton", "Scot", "Spaniard", "Frenchman", "Israeli",
 * "Greek", "Serb"), or one of the short ones no ending tells ("the Dane", "the Pole");
 * not a plural ("Tories", "Democrats"), nor a people ("the French", "the Japanese"), nor an
 * acronym ("the FSLIC") */
static int demonym(const uint8_t *z, size_t n) {
    static const char *const ends[] = {"an", "ard", "at", "b", "ek", "i", "ine", "on", "ot"};
    static const char *const short_ones[] = {"Dane", "Finn", "Pole", "Turk", "Czech",
                                             "Swede", "Kazakh", "Slovak", "Filipino",
                                             "Filipina"};
    if (n < 3 || z[0] < 'A' || z[0] > 'Z') return 0;
    for (size_t i = 1; i < n; i++)
        if (z[i] < 'a' || z[i] > 'z') return 0;
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (n > k && !memcmp(z + n - k, ends[i], k)) return 1;
    }
    for (size_t i = 0; i < sizeof short_ones / sizeof *short_ones; i++)
        if (strlen(short_ones[i]) == n && !memcmp(z, short_ones[i], n)) return 1;
    return 0;
}

/* Whether the n bytes at z are a demonym of one word or of two, the first a capitalised
 * word ("the South African", "the New Zealander", "the Sri Lankan"). */
static int demonym_words(const uint8_t *z, size_t n) {
    const uint8_t *sp = memchr(z, ' ', n);
    if (!sp) return demonym(z, n);
    size_t a = (size_t)(sp - z);
    if (a < 2 || z[0] < 'A' || z[0] > 'Z' || memchr(sp + 1, ' ', n - a - 1)) return 0;
    for (size_t i = 1; i < a; i++)
        if (z[i] < 'a' || z[i] > 'z') return 0;
    return demonym(sp + 1, n - a - 1);
}

/* Whether the text called person mention m by the nationality of demonym epithet sp ("the
 * Swede") in the words right before the name, in its line: "Blackburn's Swedish head coach
 * Henrik Sandvall" (the adjective and the noun share their first three letters: Swede and
 * Swedish, Spaniard and Spanish, Briton and British, Dane and Danish). */
static int demonym_described(const NewsWork *w, const NewsMention *m, const NewsSpan *sp) {
    const uint8_t *z = w->text, *d = z + sp->byte_start + 4; /* past "the " */
    if (sp->byte_len < 7) return 0;
    for (size_t b = m->byte_start, words = 0; b > 0 && words < 5; words++) {
        size_t e = b;
        while (e > 0 && z[e - 1] == ' ') e--;
        for (b = e; b > 0 && z[b - 1] != ' ' && z[b - 1] != '\n' && z[b - 1] != '.'; b--) {}
        if (e - b >= 4 && !memcmp(z + b, d, 3) && z[e - 1] != 's') return 1; /* no "Swedes" */
        if (b == 0 || z[b - 1] != ' ') return 0;
    }
    return 0;
}

/* "“The roof just lifted off like a lid.” That is how Cardwell resident Kim Lawson described
 * the moment ...", "“…” That quote from Alabama Securities Commissioner Thomas Krebs
 * appeared ...", "Patrice Ilunga said this as he arrived": a quotation that is a sentence
 * of its own, handed to someone by the opening of the sentence after it, in its paragraph
 * or the next. The person mention in that opening, past a name that
 * only describes them (SPK_MODIFIER) and words without a comma or stop, or -1; its cue in
 * *cue when a reporting verb follows the name. */
static const char *const named_after[] = {
    "That is how ", "That was how ", "That's how ", "That\xE2\x80\x99s how ",
    "That quote from ", "Those were the words of ", "These were the words of ",
    "That was the verdict of ", "That was the message from ", "That was the warning from ",
    "So said ", 0};
static const char *const named_after_cues[] = {"described", "describes", "put", "puts",
                                                "said", "says", "told", "wrote"};
#define NAMED_AFTER_BYTES 60 /* from the opening's end to the name */
static int32_t named_after_quote(const NewsWork *w, const NewsQuote *qq, const uint8_t *flags,
                                 NewsByteSpan *cue) {
    const uint8_t *z = w->text;
    size_t n = w->text_len, e = qq->quote.byte_start + qq->quote.byte_len;
    if (qq->kind != NEWS_DIRECT || qq->quote.byte_len < 2 || !strchr(".!?", z[e - 1]) || e >= n)
        return -1;
    if (z[e] == '"' || z[e] == '\'') e++;
    else if (e + 3 <= n && z[e] == 0xE2 && z[e + 1] == 0x80 && (z[e + 2] == 0x9D || z[e + 2] == 0x99))
        e += 3;
    else return -1;
    /* the sentence after, in the same paragraph or opening the next one */
    if (e + 2 < n && z[e] == '\n' && z[e + 1] == '\n') e++;
    if (e >= n || (z[e] != ' ' && z[e] != '\n')) return -1;
    e++;
    size_t o = 0;
    for (size_t i = 0; !o && named_after[i]; i++) {
        size_t k = strlen(named_after[i]);
        if (e + k <= n && !memcmp(z + e, named_after[i], k)) o = e + k;
    }
    /* the first mention at or after o, or e (mentions are in text order) */
    size_t lo = 0, hi = w->ment.n, at = o ? o : e;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->ment.v[mid].byte_start < at) lo = mid + 1;
        else hi = mid;
    }
    if (!o) {
        /* "Congolese Foreign Minister Patrice Ilunga said this as he arrived": a name
         * opening the sentence, maybe after capitalised words of a title, then its verb
         * and "this" or "so" */
        static const char *const said_this[] = {" said this", " said so", " says this", 0};
        while (lo < w->ment.n && w->ment.v[lo].byte_start < e + NAMED_AFTER_BYTES &&
               w->ment.v[lo].type != NEWS_PER)
            lo++;
        const NewsMention *m = lo < w->ment.n ? &w->ment.v[lo] : NULL;
        if (!m || m->byte_start >= e + NAMED_AFTER_BYTES || m->type != NEWS_PER ||
            (flags[lo] & SPK_MODIFIER))
            return -1;
        for (size_t i = e; i < m->byte_start; i++) /* capitalised words only, before it */
            if (!((z[i] >= 'A' && z[i] <= 'Z') || (z[i] >= 'a' && z[i] <= 'z') || z[i] == ' ') ||
                (i > e && z[i - 1] == ' ' && !(z[i] >= 'A' && z[i] <= 'Z')))
                return -1;
        size_t v = m->byte_start + m->byte_len;
        for (size_t i = 0; said_this[i]; i++) {
            size_t k = strlen(said_this[i]);
            if (v + k < n && !memcmp(z + v, said_this[i], k) &&
                !((z[v + k] | 0x20) >= 'a' && (z[v + k] | 0x20) <= 'z')) {
                cue->byte_start = (uint32_t)v + 1; /* "said", "says" */
                cue->byte_len = 4;
                return (int32_t)lo;
            }
        }
        return -1;
    }
    for (size_t j = lo; j < w->ment.n && w->ment.v[j].byte_start < o + NAMED_AFTER_BYTES; j++) {
        const NewsMention *m = &w->ment.v[j];
        for (size_t i = o; i < m->byte_start; i++)
            if (strchr(",.;:!?\n\"", z[i])) return -1;
        if (m->type != NEWS_PER || (flags[j] & SPK_MODIFIER)) continue;
        size_t v = m->byte_start + m->byte_len, ve;
        cue->byte_start = cue->byte_len = 0;
        if (v < n && z[v] == ' ') {
            for (ve = ++v; ve < n && z[ve] >= 'a' && z[ve] <= 'z'; ve++) {}
            if (in_sorted(named_after_cues, sizeof named_after_cues / sizeof *named_after_cues,
                          z + v, ve - v))
                cue->byte_start = (uint32_t)v, cue->byte_len = (uint32_t)(ve - v);
        }
        return (int32_t)j;
    }
    return -1;
}

/* Whether the bytes [a, b) are a relative clause set off by commas and nothing else: ", who
 * met Lecornu in Paris last week, " between a demonym and its cue ("The Latvian, who ...,
 * said"), or a participle's apposition (", appointed in the summer, "), where a name given
 * may stand in marks (", nicknamed “the Professor” by supporters, "); one clause, no stop
 * or paragraph inside, and no quotation mark but a name's. */
#define RELATIVE_BYTES 160
static int relative_between(const uint8_t *z, size_t a, size_t b) {
    if (b <= a + 8 || b - a > RELATIVE_BYTES || memcmp(z + a, ", ", 2) ||
        memcmp(z + b - 2, ", ", 2))
        return 0;
    size_t e = a + 2; /* the first word's end */
    while (e < b && z[e] >= 'a' && z[e] <= 'z') e++;
    if (e >= b || z[e] != ' ') return 0;
    size_t n = e - a - 2;
    int who = (n == 3 && !memcmp(z + a + 2, "who", 3)) ||
              (n == 5 && !memcmp(z + a + 2, "whose", 5));
    int known = n == 5 && e + 4 < b && !memcmp(z + a + 2, "known as ", 9);
    int participle = known || (n >= 4 && !memcmp(z + e - 2, "ed", 2));
    if (!who && !participle) return 0;
    /* a name given: "nicknamed “X”", "dubbed 'X'", "known as “X”" */
    int naming = known || (n == 9 && !memcmp(z + a + 2, "nicknamed", 9)) ||
                 (n == 6 && !memcmp(z + a + 2, "dubbed", 6));
    for (size_t i = e; i < b - 2; i++) {
        if (strchr(",.;:!?\n", z[i])) return 0;
        if (z[i] == 0xE2 && i + 2 < b && z[i + 1] == 0x80 &&
            (z[i + 2] == 0x9C || z[i + 2] == 0x9D || z[i + 2] == 0x98 || z[i + 2] == 0x99)) {
            if (!naming) return 0; /* a curly mark */
        } else if (z[i] == 0xE2 || ((z[i] == '"' || z[i] == '\'') && !naming)) {
            return 0; /* (0xE2: a dash; an apostrophe only in a name given) */
        }
    }
    return 1;
}

/* "The Portuguese, ..., said he would not name the players": a people's word in -ese
 * ("Portuguese", "Japanese", "Chinese") is one person when the report it makes opens with
 * "he" or "she" standing for it; "the Japanese said they" stays a people. */
static int one_of_people(const NewsWork *w, const NewsQuote *qq) {
    const uint8_t *z = w->text + qq->speaker.byte_start, *r = w->text + qq->quote.byte_start;
    size_t n = qq->speaker.byte_len, rn = qq->quote.byte_len;
    if (qq->kind != NEWS_INDIRECT || n < 6 || z[0] < 'A' || z[0] > 'Z' ||
        memcmp(z + n - 3, "ese", 3))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (z[i] < 'a' || z[i] > 'z') return 0;
    if (rn > 5 && !memcmp(r, "that ", 5)) r += 5, rn -= 5;
    return (rn > 3 && !memcmp(r, "he ", 3)) || (rn > 4 && !memcmp(r, "she ", 4));
}

/* "Ana Ferri, 54,": the text gives mention m an age (that age's epithet quotes.c has
 * resolved; another one is someone else) */
static int has_age(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text;
    size_t n = w->text_len, i = m->byte_start + m->byte_len, d;
    if (i + 2 >= n || z[i] != ',' || z[i + 1] != ' ') return 0;
    for (d = i + 2; d < n && d - i - 2 < 4 && z[d] >= '0' && z[d] <= '9'; d++) {}
    return d > i + 2 && d - i - 2 < 4 && d < n && z[d] == ',';
}
/* "a council spokesman", "the company spokeswoman": a mouthpiece of the body its one word
 * names; that word's bytes in *b, *n, or 0 */
static int body_mouthpiece(const NewsWork *w, const NewsSpan *sp, size_t *b, size_t *n) {
    const uint8_t *z = w->text + sp->byte_start;
    size_t len = sp->byte_len, e1 = 0, e2;
    while (e1 < len && z[e1] != ' ') e1++;
    for (e2 = e1 + 1; e2 < len && z[e2] != ' '; e2++) {}
    if (!article_word(z, e1) || e2 >= len || !(z[e1 + 1] >= 'a' && z[e1 + 1] <= 'z') ||
        !in_sorted(mouthpieces, sizeof mouthpieces / sizeof *mouthpieces, z + e2 + 1,
                   len - e2 - 1))
        return 0;
    *b = sp->byte_start + e1 + 1, *n = e2 - e1 - 1;
    return 1;
}
/* A place written in capitals, four letters or more, as a dateline's city is ("SAN
 * FRANCISCO", "KYIV"; not "US" or "UK"). */
static int dateline_caps(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text + m->byte_start;
    size_t letters = 0;
    for (size_t i = 0; i < m->byte_len; i++) {
        if (z[i] >= 'a' && z[i] <= 'z') return 0;
        letters += z[i] >= 'A' && z[i] <= 'Z';
    }
    return letters >= 4;
}

static int public_body(const NewsWork *w, int32_t c) {
    const NewsMention *m = &w->ment.v[c];
    const uint8_t *z = w->text + m->byte_start;
    size_t n = m->byte_len, b = n, e = 0;
    while (b > 0 && z[b - 1] != ' ') b--;
    while (e < n && z[e] != ' ') e++;
    size_t nb = sizeof public_bodies / sizeof *public_bodies;
    /* "Securities and Exchange Commission", "Department of Justice", "Bank of England" */
    return in_sorted(public_bodies, nb, z + b, n - b) ||
           (e < n && in_sorted(public_bodies, nb, z, e));
}
/* Whether the word before mention m (past "the") makes it another party: "to", "by",
 * "against", ... */
static int other_party(const NewsWork *w, const NewsMention *m) {
    static const char *const preps[] = {"against", "by", "for", "from", "to", "versus", "with"};
    const uint8_t *z = w->text;
    size_t e = m->byte_start;
    for (int pass = 0; pass < 2; pass++) {
        while (e > 0 && z[e - 1] == ' ') e--;
        size_t b = e;
        while (b > 0 && z[b - 1] != ' ' && z[b - 1] != '\n') b--;
        if (pass == 0 && article_word(z + b, e - b) == 2) {
            e = b;
            continue;
        }
        return in_sorted(preps, sizeof preps / sizeof *preps, z + b, e - b);
    }
    return 0;
}

/* Whether mentions a and b open with the same four letters (three for a name that short),
 * ASCII case ignored: one company written twice ("BANKAMERICA", "BankAmerica Corp"; "PNC",
 * "PNC Financial Corp"). */
static int same_opening(const NewsWork *w, int32_t a, int32_t b) {
    const NewsMention *x = &w->ment.v[a], *y = &w->ment.v[b];
    size_t n = x->byte_len < y->byte_len ? x->byte_len : y->byte_len;
    if (n > 4) n = 4;
    if (n < 3) return 0;
    for (size_t i = 0; i < n; i++)
        if ((w->text[x->byte_start + i] | 0x20) != (w->text[y->byte_start + i] | 0x20)) return 0;
    return 1;
}

/* Whether one of mentions a and b is the other's opening words, ASCII case ignored: one
 * company written in full and short ("Corvid Mobility Ltd", "Corvid"; "Merrill Lynch",
 * "Merrill"), which the entity step leaves two entities. */
static int short_form(const NewsWork *w, int32_t a, int32_t b) {
    const NewsMention *x = &w->ment.v[a], *y = &w->ment.v[b];
    if (x->byte_len > y->byte_len) {
        const NewsMention *t = x;
        x = y, y = t;
    }
    if (x->byte_len == y->byte_len || w->text[y->byte_start + x->byte_len] != ' ') return 0;
    for (size_t i = 0; i < x->byte_len; i++)
        if ((w->text[x->byte_start + i] | 0x20) != (w->text[y->byte_start + i] | 0x20)) return 0;
    return 1;
}

/* Is mention m written as a story's text is, with a lower-case letter and no "<" (not a
 * wire headline's "TEXACO <TX> SEEKS PENNZOIL")? */
static int text_case(const NewsWork *w, int32_t m) {
    const uint8_t *z = w->text + w->ment.v[m].byte_start;
    int lower = 0;
    for (size_t i = 0; i < w->ment.v[m].byte_len; i++) {
        if (z[i] == '<') return 0;
        lower |= z[i] >= 'a' && z[i] <= 'z';
    }
    return lower;
}

/* Is mention m in a headline: the text's first line, with more after it, that ends
 * without a full stop ("Sahyadri Motors Q3 profit falls 18% ..."), where names are written
 * short and the entity step may read a word of the headline into one ("Q3")? */
static int headline_mention(const NewsWork *w, int32_t m) {
    const uint8_t *z = w->text;
    size_t e = w->ment.v[m].byte_start;
    if (w->ment.v[m].sentence != 0) return 0;
    while (e < w->text_len && z[e] != '\n') e++;
    size_t b = e;
    while (b > 0 && z[b - 1] == ' ') b--;
    return e < w->text_len && b > 0 && z[b - 1] != '.';
}

/* The organisation mention j stands for as a candidate for "the company" or "the group":
 * its canonical name, when it is an ORG outside quotation marks and no public body; else -1. */
static int32_t org_candidate(NewsWork *w, const NewsQuoteState *st, size_t j) {
    if (w->ment.v[j].type != NEWS_ORG || (st->m_inq[j] & NEWS_MQ_INQ)) return -1;
    int32_t c = news_ment_canon(w, j);
    if (c < 0 || (size_t)c >= w->ment.n) c = (int32_t)j;
    return w->ment.v[c].type == NEWS_ORG && !public_body(w, c) ? c : -1;
}

static int32_t story_company(NewsWork *w, const NewsQuoteState *st, size_t mi, int64_t at) {
    int32_t cand[8];
    int score[8], nc = 0;
    int lead[8]; /* 0 never a subject, else 1 + the mentions back to its latest time as one */
    int group[8]; /* the candidate whose short or full form it is (short_form), or itself */
    size_t latest = 0; /* the first candidate's latest mention */
    int recent = -1; /* the last company to open a sentence as its subject, close by */
    for (size_t j = mi, seen = 0; j-- > 0 && seen < COMPANY_LOOKBACK; seen++) {
        const NewsMention *m = &w->ment.v[j];
        if (at - m->char_start > COMPANY_CHARS) break;
        int32_t c = org_candidate(w, st, j);
        if (c < 0) continue;
        int i = 0;
        while (i < nc && cand[i] != c) i++;
        if (i == nc) {
            if (nc == 8) continue;
            if (nc == 0) latest = j;
            cand[nc] = c, score[nc] = 0, lead[nc] = 0, group[nc] = nc;
            for (int g = 0; g < nc; g++)
                if (group[g] == g && short_form(w, cand[g], c)) group[nc] = g;
            nc++;
        }
        int subj = (st->m_inq[j] & NEWS_MQ_SUBJECT) != 0;
        score[i] += subj ? 2 : 1;
        if (subj && !lead[i]) lead[i] = (int)seen + 1;
        if (subj && recent < 0 && at - m->char_start <= COMPANY_RECENT_CHARS) recent = i;
    }
    /* the short and the full form count as one ("Harwick Foods Group" and "Harwick"), its
     * spelling named most counted in full and the others at half (a deal's target named in
     * two spellings, "Penn Traffic Co" and "Penn Traffic", does not outweigh the buyer that
     * opened the story, "Miller Tabak said"); it goes by that spelling ("GM" and "General
     * Motors Europe" are the parent and its unit), of two named alike the one written as the
     * story's text is (text_case: "Texaco Inc", not the headline's "TEXACO <TX> SEEKS
     * PENNZOIL"), then the longer. Scores are doubled for the halves. */
    int own[8], pick[8], groups = 0; /* pick: the spelling a group goes by */
    for (int i = 0; i < nc; i++) own[i] = score[i], pick[i] = i;
    for (int i = 0; i < nc; i++) {
        int g = group[i], p = pick[g];
        if (g == i) {
            groups++;
            continue;
        }
        score[g] += score[i];
        if (lead[i] && (!lead[g] || lead[i] < lead[g])) lead[g] = lead[i];
        if (recent == i) recent = g;
        int d = own[i] - own[p]; /* (a tie: as written in the story's text, then the longer) */
        if (!d) d = text_case(w, cand[i]) - text_case(w, cand[p]);
        if (!d) d = (int)w->ment.v[cand[i]].byte_len - (int)w->ment.v[cand[p]].byte_len;
        if (d > 0) pick[g] = i;
    }
    for (int i = 0; i < nc; i++)
        if (group[i] == i) score[i] += own[pick[i]];
    /* a headline's spelling whose words past the text's shorter one hold a digit goes by
     * the text's: the entity step read the period of "Sahyadri Motors Q3 profit falls"
     * into the name, which the story writes "Sahyadri Motors" (not "HOECHST CELANESE" over
     * "Hoechst", the parent; the scores above stay as they were) */
    for (int i = 0; i < nc; i++) {
        int g = group[i], p = pick[g];
        const NewsMention *full = &w->ment.v[cand[p]], *text = &w->ment.v[cand[i]];
        int digit = 0;
        for (size_t k = text->byte_len; k < full->byte_len && text->byte_len < full->byte_len; k++)
            digit |= w->text[full->byte_start + k] >= '0' && w->text[full->byte_start + k] <= '9';
        if (i != p && digit && headline_mention(w, cand[p]) && !headline_mention(w, cand[i]))
            pick[g] = i;
    }
    int best = -1, tie = 0;
    /* (of one company named as often in two spellings, the one that was a subject later:
     * "BankAmerica Corp said ..." after the headline's "BANKAMERICA <BAC> TO SELL ...") */
    for (int i = 0; i < nc; i++) {
        if (group[i] != i) continue;
        int same = best >= 0 && score[i] == score[best] && same_opening(w, cand[i], cand[best]);
        if (best < 0 || score[i] > score[best] ||
            (same && lead[i] && (!lead[best] || lead[i] < lead[best])))
            best = i, tie = 0;
        else if (score[i] == score[best] && !(same && lead[best]))
            tie = 1;
    }
    /* a tie goes to the one that was just the subject: "Brightwell Energy opened a plant.
     * Shares in Corran Mining fell. The firm said ..." is Corran's */
    if (recent >= 0 && score[recent] == score[best]) return cand[pick[recent]];
    /* ... or the only one named, close before: "Profits at Harbour Mills fell by half. The
     * company said ..." (not a party to the story's deal or fight: "sold its mills to Tarn
     * Holdings", "battles against Microsoft") */
    if (groups == 1 && at - w->ment.v[latest].char_start <= COMPANY_RECENT_CHARS &&
        !other_party(w, &w->ment.v[latest]))
        return cand[pick[0]];
    return best >= 0 && !tie && lead[best] ? cand[pick[best]] : -1;
}

/* "In a statement, the company said" where story_company settles on none in the
 * COMPANY_CHARS before (the story has turned to a regulator, a charity, a court): the
 * company an earlier "the <noun>" stood for, the writer having gone on calling it so
 * ("Wessmoor Water pleaded guilty ... the company had ignored ... the company did not
 * report it ... the company's operating profit ... the company said"). The links are
 * noun_chain's, each within ORG_DESC_CHARS of the next and all within ORG_CHAIN_BYTES of
 * the description (byte sb, character at, mentions before it mi); the nearest link where
 * story_company settles on one gives it, though not, for a link inside an earlier
 * quotation (of the nq before), that quotation's speaker or one it names before the link
 * ("Ofwat said it could impose a penalty of up to 10% of the company's turnover" is no
 * company's word for Ofwat, nor "X said the FDA has notified the company" for the FDA;
 * "the judge said the company had ignored warnings" is the company's); -1 for none. */
static int32_t company_by_chain(NewsWork *w, const NewsQuoteState *st, size_t mi, int64_t at,
                                size_t sb, const uint8_t *noun, size_t n, size_t nq) {
    size_t link = sb;
    for (int hops = 0; hops < 8; hops++) {
        size_t lo = link > ORG_DESC_CHARS ? link - ORG_DESC_CHARS : 0;
        if (sb - lo > ORG_CHAIN_BYTES) lo = sb - ORG_CHAIN_BYTES;
        size_t prev = prev_the_noun(w, lo, link, noun, n);
        if (!prev) return -1;
        for (size_t i = prev; i < link; i++) at -= (w->text[i] & 0xC0) != 0x80;
        link = prev;
        while (mi > 0 && w->ment.v[mi - 1].byte_start >= link) mi--;
        int32_t c = story_company(w, st, mi, at);
        for (size_t q = nq, k = 0; c >= 0 && q-- > 0 && k < 16; k++) {
            const NewsQuote *qq = &w->quote.v[q];
            if (qq->quote.byte_start > link || link >= qq->quote.byte_start + qq->quote.byte_len)
                continue;
            if (qq->speaker_entity >= 0 && news_ment_canon(w, (size_t)qq->speaker_entity) == c)
                c = -1;
            for (size_t j = mi; c >= 0 && j-- > 0;) {
                if (w->ment.v[j].byte_start < qq->quote.byte_start) break;
                if (org_candidate(w, st, j) == c) c = -1;
            }
        }
        if (c >= 0) return c;
    }
    return -1;
}

/* "the union" after "the USO union", "the party" after "the Reform UK party": the latest
 * organisation the text named with that noun for a body (n bytes at noun) right after its
 * name, in this part of the story (ORG_DESC_CHARS before), or -1; not "the official" after
 * "a Treasury official" nor "the report" after "the OECD report", which are not the body
 * (sorted) */
static const char *const body_nouns[] = {
    "alliance", "association", "campaign", "charity", "coalition", "consortium",
    "federation", "group", "militia", "movement", "party", "union",
};
static int32_t named_with_noun(const NewsWork *w, const NewsQuoteState *st, size_t mi,
                               int64_t at, const uint8_t *noun, size_t n) {
    const uint8_t *z = w->text;
    if (!in_sorted(body_nouns, sizeof body_nouns / sizeof *body_nouns, noun, n)) return -1;
    for (size_t j = mi; j-- > 0;) {
        const NewsMention *m = &w->ment.v[j];
        if (at - m->char_start > ORG_DESC_CHARS) break;
        size_t e = m->byte_start + m->byte_len;
        /* (in a story's own case: "SOROS GROUP" over a story of "a group led by George
         * Soros" is no name of the group; nor is a person's: "the Steinhardt group") */
        int32_t c = news_ment_canon(w, j);
        if (m->type != NEWS_ORG || (st->m_inq[j] & NEWS_MQ_INQ) || e + 1 + n > w->text_len ||
            z[e] != ' ' || z[e + 1] < 'a' || z[e + 1] > 'z' || c < 0 ||
            w->ment.v[c].type != NEWS_ORG)
            continue;
        size_t k = 0;
        while (k < n && (z[e + 1 + k] | 0x20) == (noun[k] | 0x20)) k++;
        if (k == n && (e + 1 + n == w->text_len || !((z[e + 1 + n] | 0x20) >= 'a' &&
                                                     (z[e + 1 + n] | 0x20) <= 'z')))
            return (int32_t)j;
    }
    return -1;
}

/* "Another commuter, who gave his name only as Chidi, said", "A woman who asked to be
 * identified only as Maria said": the person named in the relative clause right after
 * description sp, whose name it gives ("name ... as", "identified ... as"), among the
 * mentions from mi on (those after sp); -1 for none. */
static int32_t name_given_as(const NewsWork *w, const NewsSpan *sp, size_t mi) {
    const uint8_t *z = w->text;
    size_t n = w->text_len, b = sp->byte_start + sp->byte_len, e;
    if (b + 6 <= n && !memcmp(z + b, ", who ", 6)) b += 6;
    else if (b + 5 <= n && !memcmp(z + b, " who ", 5)) b += 5;
    else return -1;
    int named = 0;
    for (e = b; e + 4 < n && e - b < 60 && z[e] != ',' && z[e] != '.'; e++) {
        named |= (e + 6 <= n && !memcmp(z + e, " name ", 6)) ||
                 (e + 12 <= n && !memcmp(z + e, " identified ", 12));
        if (named && !memcmp(z + e, " as ", 4)) break;
    }
    if (e + 4 >= n || memcmp(z + e, " as ", 4)) return -1;
    for (size_t j = mi; j < w->ment.n && w->ment.v[j].byte_start <= e + 4; j++)
        if (w->ment.v[j].byte_start == e + 4 && w->ment.v[j].type == NEWS_PER) return (int32_t)j;
    return -1;
}

/* "Irish publishing group Independent News & Media is buying ... the group announced":
 * the organisation the story called a group (the word before its name, within
 * COMPANY_CHARS before `at`), the latest; failing that, "Shares in UK Coal fell after the
 * mining group reported ...", "The Countryside Alliance lost its appeal. But the group says
 * ...": the organisation that opened the quotation's sentence or the one before as its
 * subject, the latest, else the only one named in the quotation's sentence. No public body,
 * exchange or news outlet; mentions before mi; -1 for none. */
static int32_t group_referent(NewsWork *w, const NewsQuoteState *st, size_t mi, int64_t at,
                              uint32_t sentence) {
    int32_t only = -1, subject = -1, called = -1;
    int several = 0;
    for (size_t j = mi; j-- > 0 && mi - j <= COMPANY_LOOKBACK;) {
        const NewsMention *m = &w->ment.v[j];
        if (at - m->char_start > COMPANY_CHARS) break;
        int32_t c = org_candidate(w, st, j);
        if (c < 0) continue;
        size_t e = m->byte_start, b;
        while (e > 0 && w->text[e - 1] == ' ') e--;
        for (b = e; b > 0 && w->text[b - 1] >= 'a' && w->text[b - 1] <= 'z';) b--;
        if (called < 0 && in_sorted(group_heads, sizeof group_heads / sizeof *group_heads,
                                    w->text + b, e - b))
            called = c;
        if (m->sentence + 1 < sentence) continue;
        if ((st->m_inq[j] & NEWS_MQ_SUBJECT) && subject < 0) subject = c;
        if (m->sentence < sentence) continue;
        if (only >= 0 && only != c) several = 1;
        only = c;
    }
    return called >= 0 ? called : subject >= 0 ? subject : several ? -1 : only;
}

static uint64_t last_word_key(const NewsWork *w, const NewsMention *m, int *one_or_two) {
    /* span_last_word_key()'s key with its word count as 1 or 2 (two or more), which is all
     * the pass asks: the last space is found from the end, and the words before the last
     * are not walked (a document of more than SPK_KEEP_KEYS mentions asks three times) */
    const uint8_t *z = w->text + m->byte_start;
    size_t n = m->byte_len, s = n;
    while (s > 0 && z[s - 1] != ' ') s--;
    *one_or_two = s > 0 ? 2 : 1;
    return word_key(z + s, n - s);
}

/* An organisation's head noun when its last word is not it: the word before "of" ("Bank
 * of England", "Ministry of Housing"), as a last-word key, so that "the bank", "the
 * ministry" find it as they find "Foreign Ministry"; 0 for none. */
static uint64_t org_head_key(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text + m->byte_start;
    size_t n = m->byte_len;
    int words;
    for (size_t i = 1; i + 4 < n; i++)
        if (z[i] == ' ' && z[i + 1] == 'o' && z[i + 2] == 'f' && z[i + 3] == ' ')
            return span_last_word_key(w, m->byte_start, i, &words);
    return 0;
}

/* Mentions of a document up to which their last-word keys are computed once and kept (9
 * bytes each) rather than found again at each ask: every loop below asks, and walking the
 * mention's bytes each time cost more than the rest of the pass, but past this many (a
 * 1 MB run of names) the kept keys would be the pass's largest scratch (docs/security.md). */
#define SPK_KEEP_KEYS 16384

/* Mention i's last-word key and its word count as 1 or 2 (two or more): from `keys` (nm
 * keys, then nm counts) when they were kept, else from its bytes. */
static uint64_t mention_key(const NewsWork *w, const uint64_t *keys, size_t i, int *words) {
    if (keys) {
        *words = ((const uint8_t *)(keys + w->ment.n))[i];
        return keys[i];
    }
    return last_word_key(w, &w->ment.v[i], words);
}

static void put(Slot *t, size_t cap, uint64_t key, int32_t m, int keep_first) {
    size_t i = (size_t)key & (cap - 1);
    while (t[i].key && t[i].key != key) i = (i + 1) & (cap - 1);
    if (t[i].key && keep_first) return;
    t[i].key = key;
    t[i].ment = m;
}

static int32_t get(const Slot *t, size_t cap, uint64_t key) {
    size_t i = (size_t)key & (cap - 1);
    while (t[i].key) {
        if (t[i].key == key) return t[i].ment;
        i = (i + 1) & (cap - 1);
    }
    return -1;
}

/* Whether mention i is a place that speaks through those who run it, named with the noun a
 * story then calls it by ("Kelsborough Cathedral ... the cathedral said", "the museum",
 * "the airport"): CoNLL types such buildings LOC; they enter the organisations' table. */
static int speaking_place(const NewsWork *w, size_t i) {
    static const char *const nouns[] = {"abbey",  "airport", "cathedral", "gallery", "hospital",
                                        "library", "minster", "museum",   "palace",  "theatre",
                                        "zoo"};
    const NewsMention *me = &w->ment.v[i];
    if (me->type != NEWS_LOC) return 0;
    const uint8_t *z = w->text + me->byte_start;
    size_t n = me->byte_len, b = n;
    while (b > 0 && z[b - 1] != ' ') b--;
    if (b == 0) return 0; /* one word: no noun of its own */
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (strlen(nouns[k]) == n - b && (z[b] | 0x20) == nouns[k][0] &&
            !memcmp(z + b + 1, nouns[k] + 1, n - b - 1))
            return 1;
    return 0;
}

/* Distinct last-word keys of the mentions that enter each table: multi-word persons (the
 * `later` and `earlier` tables) and organisations (`orgs`). A long article names the same
 * people again and again, so the tables are sized for these, not for the mentions (a 100 MB
 * article: 103 MB of tables otherwise). Counted in a temporary set; the counts only size
 * the tables, which hold every key whatever they are. */
static int count_table_keys(NewsWork *w, const uint64_t *keys, size_t *n_per, size_t *n_org) {
    uint64_t *set = 0;
    size_t cap = 0, used = 0;
    *n_per = *n_org = 0;
    for (size_t i = 0; i < w->ment.n; i++) {
        const NewsMention *me = &w->ment.v[i];
        int words;
        uint64_t k = mention_key(w, keys, i, &words), k2 = 0;
        if (me->type == NEWS_ORG || speaking_place(w, i)) { /* apart from persons; its head noun */
            k2 = me->type == NEWS_ORG ? org_head_key(w, me) : 0;
            k = (k * 0x9E3779B97F4A7C15ull) | 1;
            k2 = k2 ? (k2 * 0x9E3779B97F4A7C15ull) | 1 : 0;
        } else if (me->type != NEWS_PER || words < 2) {
            continue;
        }
        for (int pass = 0; pass < 2 && k; pass++, k = k2) {
            if (2 * (used + 1) > cap) { /* grow at half load */
                size_t nc = cap ? 2 * cap : 1024;
                uint64_t *ns = w->realloc_fn(0, nc * sizeof *ns);
                if (!ns) {
                    news_work_release(w, set);
                    return NEWS_NOMEM;
                }
                memset(ns, 0, nc * sizeof *ns);
                for (size_t j = 0; j < cap; j++) {
                    if (!set[j]) continue;
                    size_t p = (size_t)set[j] & (nc - 1);
                    while (ns[p]) p = (p + 1) & (nc - 1);
                    ns[p] = set[j];
                }
                news_work_release(w, set);
                set = ns;
                cap = nc;
            }
            size_t p = (size_t)k & (cap - 1);
            while (set[p] && set[p] != k) p = (p + 1) & (cap - 1);
            if (set[p]) continue;
            set[p] = k;
            used++;
            if (me->type != NEWS_PER) ++*n_org;
            else ++*n_per;
        }
    }
    news_work_release(w, set);
    return NEWS_OK;
}

int news_speakers_document(NewsWork *w) {
    NewsQuoteState *st = w->quote_state;
    size_t nq = w->quote.n, nm = w->ment.n;
    if (!st || nq == 0 || nm == 0) return NEWS_OK;
    /* scratch: two hash tables of cap slots for persons, one of cap_org for organisations,
     * and a byte of flags per mention (SPK_*). Each table is sized for the mentions that can
     * enter it, at a load of at most 2/3: sized at 2 * nm each, a 100 MB article's three
     * tables took 800 MB (docs/security.md). */
    /* each mention's last-word key and word count first in the scratch, up to
     * SPK_KEEP_KEYS mentions */
    size_t key_bytes = nm <= SPK_KEEP_KEYS ? nm * sizeof(uint64_t) + ((nm + 7) & ~(size_t)7) : 0;
    if (key_bytes > st->spk_cap) {
        void *p = w->realloc_fn(st->spk_scratch, key_bytes);
        if (!p) return NEWS_NOMEM;
        st->spk_scratch = p;
        st->spk_cap = key_bytes;
    }
    uint64_t *keys = key_bytes ? st->spk_scratch : 0;
    for (size_t i = 0; keys && i < nm; i++) {
        int words;
        keys[i] = last_word_key(w, &w->ment.v[i], &words);
        ((uint8_t *)(keys + nm))[i] = (uint8_t)words;
    }
    size_t n_per, n_org;
    int rc = count_table_keys(w, keys, &n_per, &n_org);
    if (rc) return rc;
    size_t cap = 64, cap_org = 64;
    while (cap < n_per + n_per / 2 + 1) cap *= 2;
    while (cap_org < n_org + n_org / 2 + 1) cap_org *= 2;
    size_t need = key_bytes + (2 * cap + cap_org) * sizeof(Slot) + nm;
    if (need > st->spk_cap) { /* realloc keeps the keys */
        void *p = w->realloc_fn(st->spk_scratch, need);
        if (!p) return NEWS_NOMEM;
        st->spk_scratch = p;
        st->spk_cap = need;
    }
    if (keys) keys = st->spk_scratch;
    Slot *later = (Slot *)((char *)st->spk_scratch + key_bytes), *earlier = later + cap,
         *orgs = earlier + cap;
    /* per mention: its gender bits as a canonical entity (1 male, 2 female, 3 conflicting:
     * unknown), whether it can be a person, whether it was named as a speaker already (as a
     * canonical entity). One byte, not three: at this pass's peak a long run of names has
     * a mention every 20 bytes. */
    uint8_t *flags = (uint8_t *)(orgs + cap_org);
#define GENDER(c) (flags[c] & 3)
#define NAME_GENDER(c) ((flags[c] >> SPK_NAME_SHIFT) & 3)
#define PERSONISH(i) (flags[i] & SPK_PERSONISH)
#define SPOKE(c) (flags[c] & SPK_SPOKE)
    memset(flags, 0, nm);
    memset(later, 0, cap * sizeof(Slot));
    memset(earlier, 0, cap * sizeof(Slot));
    /* last word of an organisation -> its latest mention */
    memset(orgs, 0, cap_org * sizeof(Slot));
    NewsMention *mv = w->ment.v;
    /* gender per canonical entity; first multi-word PER mention ending with each word */
    for (size_t i = 0; i < nm; i++) {
        int32_t c = news_ment_canon(w, i);
        if (c < 0 || (size_t)c >= nm) c = (int32_t)i;
        flags[c] |= (uint8_t)(mv[i].gender == NEWS_GENDER_MALE ? 1 :
                              mv[i].gender == NEWS_GENDER_FEMALE ? 2 : 0);
        /* the first name counts beside titles and pronouns: "Esther Rantzen said he was
         * lovely" makes her pronoun evidence male, the two together unknown, not male */
        if (mv[i].type == NEWS_PER && c == (int32_t)i) { /* once, on the full name */
            size_t first_len;
            int g = name_gender(w, &mv[i], &first_len);
            /* a short first word is as often a family name written first ("spokesman Lu
             * Kang"): it tells a gender, but is not held against a title or pronoun */
            flags[c] |= (uint8_t)(g | (first_len >= 4 ? g << SPK_NAME_SHIFT : 0));
        }
        int words;
        uint64_t k = mention_key(w, keys, i, &words);
        if (mv[i].type == NEWS_PER && words > 1) put(later, cap, k, (int32_t)i, 1);
    }
    for (size_t i = 0; i < nm; i++) {
        int words;
        uint64_t k = mention_key(w, keys, i, &words);
        int person = mv[i].type == NEWS_PER || (words == 1 && get(later, cap, k) >= 0);
        if (!person && words == 1 && mv[i].gender != NEWS_GENDER_UNKNOWN) {
            /* "Varga's wife, Melania,": a lone first name the entity step typed as a place,
             * with a gender from its role, is a person */
            const uint8_t *z = w->text + mv[i].byte_start;
            size_t len = mv[i].byte_len;
            person =
                in_sorted(female_names, sizeof female_names / sizeof *female_names, z, len) ||
                in_sorted(male_names, sizeof male_names / sizeof *male_names, z, len);
        }
        if (person && words == 1 && i + 1 < nm && mv[i + 1].type == NEWS_PER) {
            /* "Cardwell resident Kim Lawson": a one-word name before a noun for a person and
             * the person's name only describes them; "she" is the resident */
            const uint8_t *z = w->text;
            size_t e = mv[i].byte_start + mv[i].byte_len, h = e + 1;
            while (h < mv[i + 1].byte_start && z[h] >= 'a' && z[h] <= 'z') h++;
            if (z[e] == ' ' && h > e + 1 && h + 1 == mv[i + 1].byte_start && z[h] == ' ' &&
                person_noun(z + e + 1, h - e - 1))
                person = 0, flags[i] |= SPK_MODIFIER;
        }
        if (person) flags[i] |= SPK_PERSONISH;
    }
    /* quotations in text order with the mentions before them */
    size_t mi = 0;
    int32_t last_spk = -1; /* canonical mention of the latest quotation's speaker */
    int32_t known[N_KNOWN]; /* known_holder() of each row; -2: not looked for */
    int64_t known_at[N_KNOWN];
    for (size_t i = 0; i < N_KNOWN; i++) known[i] = -2;
    int64_t last_end = 0;  /* where that quotation ended, in characters */
    /* an unnamed speaker the story follows ("“…,” a senior aide said. “…,” he added"): its
     * desc_traits, the mention count before it, its span in characters; 0 when none */
    int last_desc = 0;
    int32_t desc_ent = -1; /* the entity a body stands for ("the Hollis campaign"), or -1 */
    size_t desc_mi = 0;
    int64_t desc_lo = 0, desc_hi = 0, desc_end = 0; /* desc_end: where its words end */
    int64_t desc_next = -1; /* the sentence it goes on in alone, when it spoke without marks */
    int desc_mouth = 0; /* it is a mouthpiece of a name ("a KLM spokesman") */
    /* the latest description that spoke for a name ("a KLM spokesman said"): its head
     * word's key (spokesman), that name, where its words end */
    uint64_t for_head = 0;
    int32_t for_ent = -1;
    int for_tr = 0; /* its desc_traits */
    int64_t for_end = 0;
    for (size_t q = 0; q < nq; q++) {
        NewsQuote *qq = &w->quote.v[q];
        NewsByteSpan ncue;
        int32_t named = named_after_quote(w, qq, flags, &ncue);
        if (named >= 0) { /* the sentence after names whose words they were */
            qq->speaker.byte_start = mv[named].byte_start;
            qq->speaker.byte_len = mv[named].byte_len;
            qq->speaker.char_start = mv[named].char_start;
            qq->speaker.char_len = mv[named].char_len;
            qq->speaker_entity = named;
            qq->spk_kind = NEWS_SPK_NAME;
            qq->cue = ncue;
            qq->epithet = 0;
            st->info[q].src = -1;
            if (qq->score > 0.6f) qq->score = 0.6f;
        }
        int64_t at = qq->speaker.byte_len ? qq->speaker.char_start : qq->quote.char_start;
        while (mi < nm && mv[mi].char_start < at) {
            int words;
            uint64_t k = mention_key(w, keys, mi, &words);
            if (mv[mi].type == NEWS_PER && words > 1) put(earlier, cap, k, (int32_t)mi, 0);
            if (mv[mi].type == NEWS_ORG) {
                put(orgs, cap_org, k, (int32_t)mi, 0);
                uint64_t k2 = org_head_key(w, &mv[mi]);
                if (k2) put(orgs, cap_org, k2, (int32_t)mi, 0);
            } else if (speaking_place(w, mi)) {
                put(orgs, cap_org, k, (int32_t)mi, 0);
            }
            /* someone said to speak after the latest quotation ("…, said Christine Link"),
             * or the subject a new paragraph opens with ("In an email, Axelrod, a former
             * newspaperman, defended ..."), is who the story now follows, even where no
             * row came of it; a subject inside the quotation's own paragraph is not
             * ("“A,” X said. Y and Z had opposed it. “B,” he said." goes on with X) */
            /* ... but a name inside the unnamed speaker's own words ("an aide to Ferri
             * said") is not */
            if ((st->m_inq[mi] & (NEWS_MQ_LEAD | NEWS_MQ_SPEAKS)) && PERSONISH(mi) &&
                !(last_desc && mv[mi].char_start >= desc_lo && mv[mi].char_start < desc_hi)) {
                last_spk = news_ment_canon(w, mi);
                last_end = mv[mi].char_start + mv[mi].char_len;
                last_desc = 0;
            }
            mi++;
        }
        NewsQuoteInfo *in = &st->info[q];
        if (at - last_end > 2000) last_spk = -1, last_desc = 0; /* a new part of the story */
        if (in->src >= 0) continue; /* copied below */
        int kind = qq->spk_kind;
        int32_t company = -1; /* the company "the company" stands for (story_company) */
        /* the name is a modifier of the subject ("A neighbour of the Shahs said"): the
         * subject speaks, unnamed, and no organisation its last word names */
        int close = 0;
        int32_t inner_org = -1; /* the body such a subject was of ("An official of the KTA") */
        if ((kind == NEWS_SPK_NAME || kind == NEWS_SPK_DESC) && qq->speaker.byte_len) {
            size_t se = 0, sb = qq->speaker.byte_start;
            int plural = 0;
            if (kind == NEWS_SPK_NAME) sb = subject_before_name(w, &qq->speaker, &se);
            /* (a name: a place or a body, not a person, "told Al Jazeera" aside) */
            if (sb == qq->speaker.byte_start &&
                (kind == NEWS_SPK_DESC ||
                 (qq->speaker_entity >= 0 && (size_t)qq->speaker_entity < nm &&
                  mv[news_ment_canon(w, (size_t)qq->speaker_entity)].type != NEWS_PER)))
                sb = subject_around_speaker(w, qq, &se, &plural);
            if (sb < qq->speaker.byte_start) {
                int32_t before = 0, len = 0; /* in characters */
                for (size_t i = sb; i < qq->speaker.byte_start || i < se; i++) {
                    int c = (w->text[i] & 0xC0) != 0x80;
                    len += i < se ? c : 0;
                    before += i < qq->speaker.byte_start ? c : 0;
                }
                qq->speaker.char_start -= before;
                qq->speaker.char_len = len;
                qq->speaker.byte_start = (uint32_t)sb;
                qq->speaker.byte_len = (uint32_t)(se - sb);
                if (kind == NEWS_SPK_NAME && qq->speaker_entity >= 0 &&
                    (size_t)qq->speaker_entity < nm) {
                    int32_t c = news_ment_canon(w, (size_t)qq->speaker_entity);
                    if (c >= 0 && (size_t)c < nm && mv[c].type == NEWS_ORG) inner_org = c;
                }
                /* "Analysts at Peel Hunt said": the firm's, as our sets have it (the whole
                 * phrase its mention); one analyst there is someone of their own */
                if (!(plural && inner_org >= 0)) {
                    qq->speaker_entity = -1;
                    qq->spk_kind = NEWS_SPK_DESC;
                    kind = NEWS_SPK_DESC;
                    close = 1;
                }
                if (plural) inner_org = -1;
            }
        }
        /* "“…,” said the 34-year-old": the person the story follows, found as "he" or "she"
         * would be, of either gender (an age the text gave someone, "Ferri, 54,", quotes.c
         * has resolved) */
        /* "the Briton said", "the Serb told", "said the South African": a demonym the
         * entity step typed MISC is no speaker but an epithet of a person the story
         * follows, found as an age is; the mention takes its "the" */
        if (kind == NEWS_SPK_NAME && qq->speaker_entity >= 0 &&
            (size_t)qq->speaker_entity < nm && qq->speaker.byte_start >= 4 &&
            mv[news_ment_canon(w, (size_t)qq->speaker_entity)].type == NEWS_MISC &&
            (demonym_words(w->text + qq->speaker.byte_start, qq->speaker.byte_len) ||
             one_of_people(w, qq)) &&
            (qq->cue.byte_start == qq->speaker.byte_start + qq->speaker.byte_len + 1 ||
             qq->cue.byte_start + qq->cue.byte_len + 5 == qq->speaker.byte_start ||
             relative_between(w->text, qq->speaker.byte_start + qq->speaker.byte_len,
                              qq->cue.byte_start)) &&
            !memchr(w->text + qq->cue.byte_start, ' ', qq->cue.byte_len) && /* "according to" */
            opens_with_the(w->text + qq->speaker.byte_start - 4, qq->speaker.byte_len + 4) &&
            (qq->speaker.byte_start == 4 || w->text[qq->speaker.byte_start - 5] == ' ' ||
             w->text[qq->speaker.byte_start - 5] == '\n')) {
            qq->speaker.byte_start -= 4, qq->speaker.byte_len += 4;
            qq->speaker.char_start -= 4, qq->speaker.char_len += 4;
            qq->speaker_entity = -1;
            qq->spk_kind = NEWS_SPK_DESC;
            kind = NEWS_SPK_DESC;
            close = 2;
        }
        /* "according to Belgian police", "Ukrainian officials said": a nationality before
         * the people who speak names none of them (s28; "The Republican nominee" is one) */
        if (kind == NEWS_SPK_NAME && qq->speaker_entity >= 0 &&
            (size_t)qq->speaker_entity < nm &&
            mv[news_ment_canon(w, (size_t)qq->speaker_entity)].type == NEWS_MISC) {
            const NewsMention *md = &mv[qq->speaker_entity];
            size_t e = md->byte_start + md->byte_len;
            static const char *const people[] = {"army", "authorities", "diplomats",
                                                 "forces", "media", "officials", "police",
                                                 "sources", "troops"}; /* sorted */
            size_t b = e + 1, k = b;
            while (k < w->text_len && k - b < 12 && w->text[k] >= 'a' && w->text[k] <= 'z') k++;
            if (e + 1 < w->text_len && w->text[e] == ' ' && k > b &&
                in_sorted(people, sizeof people / sizeof *people, w->text + b, k - b) &&
                demonym_words(w->text + md->byte_start, md->byte_len)) {
                qq->speaker_entity = -1;
                qq->spk_kind = NEWS_SPK_DESC;
                kind = NEWS_SPK_DESC;
            }
        }
        int unnamed = kind == NEWS_SPK_DESC && qq->speaker_entity < 0;
        int by_age = unnamed && age_epithet(w, &qq->speaker);
        int kin = unnamed ? kin_epithet(w, &qq->speaker) : 0;
        int aged = by_age || close == 2 || kin ||
                   (unnamed && position_epithet(w, &qq->speaker));
        if (kind == NEWS_SPK_HE || kind == NEWS_SPK_SHE || kind == NEWS_SPK_IT ||
            kind == NEWS_SPK_THEY || aged) {
            int want = kind == NEWS_SPK_HE ? 1 : kind == NEWS_SPK_SHE ? 2 : kin == 3 ? 0 : kin;
            int person = want || aged;
            /* the nearest compatible mention, preferring those already quoted (the
             * story's speakers), those opening their sentence (subjects) and, for a
             * gendered pronoun, those whose gender is known to match */
            int32_t found = -1;
            int best = -1000, to_desc = 0, second = -1000; /* second: another entity's */
            int32_t best_c = -2; /* the canonical entity of the best so far */
            if (last_desc && at - desc_end < DESC_CHARS && !aged &&
                (desc_next < 0 || (int64_t)qq->sentence == desc_next)) {
                /* the unnamed speaker of the latest quotation, scored as the current
                 * speaker who opens their sentence (no name to give it) */
                /* a body the text did not name ("the company said") is left to the
                 * search, which finds the organisation it stands for; one owned by a
                 * name ("Macron's office said") is no other organisation */
                int body = (last_desc & DESC_BODY) &&
                           (desc_ent >= 0 || (last_desc & DESC_NAME_OWNED));
                int fits = want ? (last_desc & DESC_ONE) && (last_desc & 3) != (want == 1 ? 2 : 1)
                                : kind == NEWS_SPK_IT
                                    ? body
                                    : (last_desc & (DESC_MANY | DESC_THEY)) || body;
                /* a mouthpiece's name goes on only while no person is named after its words
                 * ("A UKIP spokesman said ... tensions between Mr Kilroy-Silk and ... He
                 * denied" is Kilroy-Silk's) */
                for (size_t j = desc_mi; fits && desc_mouth && j < mi; j++)
                    if (mv[j].char_start >= desc_end && !(st->m_inq[j] & NEWS_MQ_INQ) &&
                        PERSONISH(j))
                        fits = 0;
                if (fits) {
                    best = -(int)(mi - desc_mi) + 8 + (at - desc_end < LAST_QUOTE_CHARS ? 4 : 0) +
                           6 + 2 + (want && (last_desc & 3) == want ? 4 : 0) +
                           (desc_next >= 0 ? SPK_BEFORE : 0); /* the sentence right before */
                    to_desc = 1;
                }
            }
            /* the candidates and their scores; hot: the current speaker's bonus for
             * following their own quotation, which a switch takes back */
            int32_t cand_j[PRONOUN_LOOKBACK], cand_c[PRONOUN_LOOKBACK];
            int cand_sc[PRONOUN_LOOKBACK], ncand = 0, switched = 0;
            uint8_t hot[PRONOUN_LOOKBACK];
            for (size_t j = mi, seen = 0; j-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
                if (st->m_inq[j] & NEWS_MQ_INQ) continue;
                if (mv[j].char_start >= qq->quote.char_start &&
                    mv[j].char_start < qq->quote.char_start + qq->quote.char_len)
                    continue;
                int32_t c = news_ment_canon(w, j);
                /* "the Swede" for "Swedish head coach Henrik Sandvall" */
                int described = close == 2 && demonym_described(w, &mv[j], &qq->speaker);
                if (person) {
                    if ((!PERSONISH(j) && !PERSONISH(c)) || (flags[j] & SPK_MODIFIER)) continue;
                    /* the other gender; both bits is conflicting evidence: unknown */
                    if (want && GENDER(c) == (want == 1 ? 2 : 1)) continue;
                    /* an age is someone the story follows: a subject or a speaker, not
                     * "the actress" or the rival just named ("She will now meet Venus
                     * Williams. “…,” said the 23-year-old."), and not one of another age */
                    if (aged && ((!(st->m_inq[j] & NEWS_MQ_SUBJECT) && !SPOKE(c) &&
                                  !described) ||
                                 (by_age && (has_age(w, &mv[j]) || has_age(w, &mv[c])))))
                        continue;
                } else if ((mv[j].type != NEWS_ORG && mv[j].type != NEWS_LOC) || PERSONISH(j) ||
                           PERSONISH(c) || (mv[j].type == NEWS_LOC && dateline_caps(w, &mv[j]))) {
                    continue; /* "it said": an organisation, or a country (not a dateline's
                               * city: "SAN FRANCISCO (AP) — OpenAI released ... that it says") */
                } else if (kind == NEWS_SPK_THEY &&
                           (mv[j].type == NEWS_LOC ||
                            !(SPOKE(c) || (st->m_inq[j] & NEWS_MQ_SUBJECT)))) {
                    continue; /* "they said": an organisation that speaks or acts here */
                }
                int sc = -(int)seen;
                /* the story's current speaker goes on, all the more right after their
                 * own quotation ("…,” said X. “…,” he said) */
                hot[ncand] = c == last_spk && at - last_end < LAST_QUOTE_CHARS;
                if (c == last_spk) sc += 8 + (hot[ncand] ? 4 : 0);
                else if (SPOKE(c) && person && mv[j].char_start > last_end &&
                         at - last_end >= LAST_QUOTE_CHARS)
                    sc += SPK_RETURN; /* not right after the current speaker's quotation */
                else if (SPOKE(c)) sc += 2;
                if (st->m_inq[j] & NEWS_MQ_SUBJECT) {
                    sc += 6;
                    /* the subject of the sentence right before a quotation that opens its
                     * own ("Hollis himself was blunt. “…,” he said."), alone (not "Y and Z
                     * had opposed it", in_a_list) */
                    /* (or an epithet that opens the report's sentence: "Mr Spector is
                     * free on bail. The 64-year-old has denied the killing, saying ...",
                     * Spector's, not the person the paragraph led with; s29) */
                    if ((st->m_inq[j] & NEWS_MQ_FIRST) && mv[j].sentence + 1 == qq->sentence &&
                        (at > qq->quote.char_start || aged) &&
                        !in_a_list(w, &mv[j])) {
                        sc += SPK_BEFORE;
                        /* ... someone else than the current speaker, after that speaker's
                         * words: the story turned to them ("Tom Hale said the talks had gone
                         * well. Mark Reid, his deputy, was less sure. “…,” he said." is
                         * Reid's; not "Cruz electrified the crowds, Stovall said.") */
                        if (c != last_spk && (want || aged) && mv[j].char_start > last_end)
                            switched = news_ment_canon(w, j) == (int32_t)j ? 2 : 1;
                        /* (an epithet too: "said the American"; 2: a person named here for
                         * the first time, whom the story brings in: "Ald. Bridget O'Halloran
                         * said ... “…” Dorota Wisniewski was less forgiving. “…,” she said.",
                         * a first name that tells no gender; s28) */
                    }
                }
                if (want && GENDER(c) == want) sc += 4;
                /* conflicting evidence ("Her partner, Kofi Boateng, says she is ..." gave
                 * him a "she"): a first name of the other gender leans against, without
                 * ruling out (a title, "Mr. Kim", is not told apart from a pronoun here) */
                else if (want && GENDER(c) == 3 && NAME_GENDER(c) == (want ^ 3))
                    sc -= SPK_NAME_CLASH;
                if (mv[j].type == NEWS_PER) sc += 2;
                if (described) sc += 30; /* stronger than any other hint */
                cand_j[ncand] = (int32_t)j, cand_c[ncand] = c, cand_sc[ncand++] = sc;
            }
            for (int k = 0; k < ncand; k++) {
                int sc = cand_sc[k] - (switched && hot[k] ? 4 * switched : 0);
                if (sc > best) {
                    if (cand_c[k] != best_c && best > second) second = best;
                    best = sc, found = cand_j[k], best_c = cand_c[k];
                } else if (cand_c[k] != best_c && sc > second) {
                    second = sc;
                }
            }
            /* someone unnamed the sentence before brought in, who named no person: theirs,
             * not the last named person's */
            size_t usb;
            if (want && found >= 0 && at > qq->quote.char_start &&
                unnamed_subject_before(w, qq, want, &usb)) {
                int named = 0;
                for (size_t j = mi; !named && j-- > 0 && mv[j].byte_start >= usb;)
                    named = !(st->m_inq[j] & NEWS_MQ_INQ) &&
                            (PERSONISH(j) || PERSONISH(news_ment_canon(w, j)));
                if (!named) {
                    found = -1, to_desc = 1, desc_ent = -1, last_spk = -1;
                    last_desc = DESC_ONE | want, desc_mi = mi, desc_next = -1;
                    desc_lo = desc_hi = 0;
                }
            }
            if (found < 0 && to_desc) {
                /* "he" goes on with the unnamed speaker: no name, as for them */
                qq->speaker_entity = desc_ent;
                if (desc_ent < 0) qq->score *= 0.85f;
                last_end = desc_end = qq->quote.char_start + qq->quote.char_len;
            } else if (found >= 0) {
                /* a rival of its own entity close behind: the choice is less sure (on
                 * PolNeAR's train sample 59 % of such pronouns are right, 79 % of others) */
                if (best - second < PRONOUN_MARGIN) qq->score *= 0.9f;
                last_desc = 0;
                qq->speaker_entity = found;
                int32_t c = news_ment_canon(w, (size_t)found);
                flags[c] |= (uint8_t)want;
            } else if (!aged) {
                qq->score *= 0.7f;
            }
        }
        if (kind == NEWS_SPK_NAME && qq->speaker_entity < 0 && qq->speaker.byte_len) {
            /* a name the entity step missed ("Renteria told"): the person it ends */
            int words;
            uint64_t k = span_last_word_key(w, qq->speaker.byte_start, qq->speaker.byte_len,
                                            &words);
            int32_t p = get(earlier, cap, k);
            if (p < 0) p = get(later, cap, k);
            if (p >= 0) qq->speaker_entity = p;
        }
        size_t mb, mn;
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && !close &&
            body_mouthpiece(w, &qq->speaker, &mb, &mn)) {
            /* "A council spokeswoman said": the body whose name ends with that word, or
             * whose head noun it is, named close before ("Norfolk County Council", "the
             * Department of Health"); "a company spokesman" speaks for the company the
             * story is about, as "the company" does */
            int words, pw;
            uint64_t k = span_last_word_key(w, mb, mn, &words);
            int32_t p = get(orgs, cap_org, k);
            if (p >= 0 &&
                (mention_key(w, keys, (size_t)p, &pw) == k || org_head_key(w, &mv[p]) == k) &&
                at - mv[p].char_start < ORG_DESC_CHARS)
                qq->speaker_entity = p;
            else if (k == str_key("company") || k == str_key("firm"))
                qq->speaker_entity = company = story_company(w, st, mi, at);
        }
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && !close && qq->speaker.byte_len) {
            /* "A spokeswoman for the company said", "a spokesman for the airline": the
             * company the story is about, as for "a company spokesman" */
            const uint8_t *z = w->text + qq->speaker.byte_start;
            size_t n = qq->speaker.byte_len, f = 0;
            while (f + 9 < n && memcmp(z + f, " for the ", 9)) f++;
            if (f + 9 < n) {
                NewsSpan head = qq->speaker, tail = qq->speaker;
                head.byte_len = (uint32_t)f;
                tail.byte_start += (uint32_t)f + 5, tail.byte_len -= (uint32_t)f + 5;
                if (bare_mouthpiece(w, &head) && company_word(w, &tail))
                    qq->speaker_entity = company = story_company(w, st, mi, at);
            }
        }
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && qq->speaker.byte_len)
            qq->speaker_entity = name_given_as(w, &qq->speaker, mi);
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && qq->speaker.byte_len && !close) {
            /* "the ministry said": the organisation the text named with that word
             * ("Ukraine's Foreign Ministry"); not "a major French bank", which is some
             * bank, and its head noun ("Bank of Mexico") only for "the bank" itself */
            int words;
            uint64_t k = span_last_word_key(w, qq->speaker.byte_start, qq->speaker.byte_len,
                                            &words);
            size_t hs, hl;
            int traits = desc_traits(w, &qq->speaker, &hs, &hl);
            const uint8_t *sz = w->text + qq->speaker.byte_start;
            size_t fw = 0; /* the first word's length */
            while (fw < qq->speaker.byte_len && sz[fw] != ' ') fw++;
            int some = fw < qq->speaker.byte_len && article_word(sz, fw) == 1 &&
                       hs + hl == qq->speaker.byte_start + qq->speaker.byte_len;
            int32_t p = some ? -1 : get(orgs, cap_org, k);
            int pw;
            if (p >= 0 && mention_key(w, keys, (size_t)p, &pw) != k &&
                !(words == 2 && opens_with_the(sz, qq->speaker.byte_len)))
                p = -1;
            int64_t near = ORG_DESC_CHARS;
            /* (the club itself: "the supporters club" is another one) */
            int alias_ok =
                k != str_key("club") || (words == 2 && opens_with_the(sz, qq->speaker.byte_len));
            for (size_t i = 0; p < 0 && alias_ok && i < sizeof org_aliases / sizeof *org_aliases;
                 i++)
                if (k == str_key(org_aliases[i][0])) {
                    for (size_t j = 1; org_aliases[i][j]; j++) {
                        uint64_t ak = str_key(org_aliases[i][j]);
                        int aw;
                        int32_t pj = get(orgs, cap_org, ak);
                        /* a name that ends so ("Harwood Bank"), not one whose head noun it
                         * is ("Bank of England" is no lender) */
                        if (pj >= 0 && mention_key(w, keys, (size_t)pj, &aw) == ak &&
                            (p < 0 || mv[pj].char_start > mv[p].char_start))
                            p = pj;
                    }
                    near = ALIAS_CHARS;
                }
            /* ... named in this part of the story: "the company" is not a company whose
             * name ends in "Company" named pages before */
            if (p >= 0 && at - mv[p].char_start < near) qq->speaker_entity = p;
            /* the description's noun, its last word ("authority" of "the authority") */
            size_t noun_e = qq->speaker.byte_start + qq->speaker.byte_len, noun_b = noun_e;
            while (noun_b > qq->speaker.byte_start && w->text[noun_b - 1] != ' ') noun_b--;
            /* ... or farther back, the story having called it by that noun since */
            if (p >= 0 && qq->speaker_entity < 0 && near == ORG_DESC_CHARS &&
                noun_chain(w, mv[p].byte_start + mv[p].byte_len, qq->speaker.byte_start,
                           w->text + noun_b, noun_e - noun_b))
                qq->speaker_entity = p;
            if (qq->speaker_entity < 0 && words == 2 && opens_with_the(sz, qq->speaker.byte_len))
                qq->speaker_entity =
                    named_with_noun(w, st, mi, at, sz + 4, qq->speaker.byte_len - 4);
            if (qq->speaker_entity < 0 && company_word(w, &qq->speaker)) {
                qq->speaker_entity = company = story_company(w, st, mi, at);
                if (company < 0)
                    qq->speaker_entity = company =
                        company_by_chain(w, st, mi, at, qq->speaker.byte_start,
                                         w->text + noun_b, noun_e - noun_b, q);
            }
            if (qq->speaker_entity < 0 && group_word(w, &qq->speaker))
                qq->speaker_entity = company = group_referent(w, st, mi, at, qq->sentence);
            /* "Chancellor: '…'" over a story that names "the chancellor, Rachel Whitcombe"
             * after it, "The minister said ..." in a lede that names her later: the person
             * the text gives that role, named close by (before or after); not someone's
             * ("the prime minister's spokesman" is no spokesman the text named) */
            if (qq->speaker_entity < 0 &&
                (words == 1 ||
                 opens_with_the(w->text + qq->speaker.byte_start, qq->speaker.byte_len)) &&
                !(traits & DESC_OWNED)) {
                int32_t r = news_role_first(st, in->role ? in->role : k);
                /* (a bare role, its holder named before: not "the Everton manager" for
                 * "Liverpool head coach Arne Slot" named after) */
                int bare = opens_with_the(w->text + qq->speaker.byte_start, qq->speaker.byte_len);
                for (size_t i = 4; bare && i < qq->speaker.byte_len; i++) {
                    uint8_t ch = w->text[qq->speaker.byte_start + i];
                    bare = (ch >= 'a' && ch <= 'z') || ch == ' ' || ch == '-' ||
                           (ch >= 'A' && ch <= 'Z' && k == str_key("ceo"));
                }
                if (r < 0 && bare && (!in->role || (uint32_t)in->role == (uint32_t)k)) {
                    r = synonym_role_first(st, k);
                    if (r >= 0 && (size_t)r < nm && mv[r].char_start > at) r = -1;
                }
                if (r >= 0 && (size_t)r < nm && mv[r].type == NEWS_PER &&
                    mv[r].char_start - at < ORG_DESC_CHARS &&
                    at - mv[r].char_start < ORG_DESC_CHARS)
                    qq->speaker_entity = r;
                /* ... or in an apposition with more after its role noun, close before:
                 * "the spokeswoman" after "Olu Bakare, a spokeswoman for the group," (the
                 * role noun alone: "the Shanghai official" is not any official; its gender
                 * not clashing) */
                const uint8_t *z = w->text + qq->speaker.byte_start;
                size_t n = qq->speaker.byte_len, h = n, spaces = 0;
                while (h > 0 && z[h - 1] != ' ') h--;
                for (size_t i = 0; i < n; i++) spaces += z[i] == ' ';
                int g = in_sorted(desc_he, sizeof desc_he / sizeof *desc_he, z + h, n - h) ? 1
                        : in_sorted(desc_she, sizeof desc_she / sizeof *desc_she, z + h, n - h)
                            ? 2
                            : 0;
                int desc = opens_with_the(z, n) && spaces == 1;
                for (size_t j = mi, seen = 0;
                     desc && qq->speaker_entity < 0 && j-- > 0 && seen < PRONOUN_LOOKBACK;
                     seen++) {
                    if (at - mv[j].char_start > ORG_DESC_CHARS) break;
                    int32_t c = news_ment_canon(w, j);
                    if (mv[j].type == NEWS_PER && mv[j].char_start < at &&
                        !(st->m_inq[j] & NEWS_MQ_INQ) && !(g && GENDER(c) == (g ^ 3)) &&
                        appos_role(w, &mv[j], k))
                        qq->speaker_entity = (int32_t)j;
                }
                /* "Tony Blair has backed ... the prime minister said": a head of government
                 * or state the text never gives the role, written for readers who know */
                for (size_t i = 0; qq->speaker_entity < 0 && r < 0 && i < N_KNOWN; i++)
                    if (same_words(z, n, known_holders[i][0])) {
                        if (known[i] == -2) known[i] = known_holder(w, i, &known_at[i]);
                        /* (named before: a story that names them later may be about
                         * someone else then) */
                        if (known[i] >= 0 && known_at[i] < at) qq->speaker_entity = known[i];
                    }
            }
        }
        /* a one-word speaker typed as a place or thing: the person it names (not the
         * company "the company" stands for: "Ford" after "Bill Ford"); so is a longer one
         * that ends that person's name ("Ni Bhriain" typed ORG after "Siobhan Ni
         * Bhriain") */
        if (qq->speaker_entity >= 0 && (size_t)qq->speaker_entity < nm) {
            int32_t s = qq->speaker_entity;
            int32_t c = news_ment_canon(w, (size_t)s);
            int words;
            uint64_t k = mention_key(w, keys, c, &words);
            if (mv[c].type != NEWS_PER && company < 0) {
                int32_t p = get(earlier, cap, k);
                if (p < 0) p = get(later, cap, k);
                if (p >= 0 && words > 1) {
                    size_t n = mv[c].byte_len, pn = mv[p].byte_len;
                    const uint8_t *pz = w->text + mv[p].byte_start + pn - n;
                    if (pn <= n || pz[-1] != ' ' || memcmp(pz, w->text + mv[c].byte_start, n))
                        p = -1;
                }
                if (p >= 0) qq->speaker_entity = p;
                else if ((p = club_by_town(w, mi, c)) >= 0) qq->speaker_entity = p;
            }
            int32_t c2 = news_ment_canon(w, (size_t)qq->speaker_entity);
            if (c2 >= 0 && (size_t)c2 < nm) {
                flags[c2] |= SPK_SPOKE;
                last_spk = c2;
                last_desc = 0;
                last_end = qq->quote.char_start + qq->quote.char_len;
            }
        }
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && last_spk >= 0 &&
            at - last_end < EPITHET_CHARS && PERSONISH(last_spk) && qq->epithet) {
            /* "“…,” the Wisconsin Republican said" right after Ryan spoke: an epithet of
             * the person the story follows */
            qq->speaker_entity = last_spk;
        }
        int32_t spk_before = last_spk; /* (for a question an unnamed speaker asks, below) */
        if (kind == NEWS_SPK_DESC && qq->speaker.byte_len) {
            /* an unnamed speaker, or a body that speaks for a name, goes on (the subject of
             * reported speech only when owned: other such subjects are often no speaker) */
            size_t hs, hl;
            int tr = desc_traits(w, &qq->speaker, &hs, &hl);
            int words;
            uint64_t hk = span_last_word_key(w, hs, hl, &words);
            int same = hk == for_head && at - for_end < DESC_CHARS &&
                       opens_with_the(w->text + qq->speaker.byte_start, qq->speaker.byte_len);
            int unnamed = qq->speaker_entity < 0; /* as written, before "same" */
            if (same && unnamed) { /* "the spokesman" after "a KLM spokesman": goes on */
                qq->speaker_entity = for_ent;
                if (!tr) tr = for_tr;
            }
            if (unnamed && qq->speaker_entity < 0 && last_spk >= 0 &&
                mv[last_spk].type == NEWS_ORG && at - last_end < EPITHET_CHARS &&
                (bare_mouthpiece(w, &qq->speaker) ||
                 (q > 0 && w->quote.v[q - 1].spk_kind == NEWS_SPK_NAME &&
                  the_office(w, &qq->speaker)) ||
                 (the_group(w, &qq->speaker) && !public_body(w, last_spk) && q > 0 &&
                  (w->quote.v[q - 1].spk_kind == NEWS_SPK_NAME ||
                   group_word(w, &w->quote.v[q - 1].speaker)))))
                /* "The Rail Delivery Group said ... A spokesman called the strike “…”": the
                 * spokesman of the body that has just spoken, unnamed ("she added" is hers);
                 * "the group" is that body itself, when the latest quotation named it or
                 * called it a group ("the logistics group said"; not "it said", nor a court
                 * or a regulator that ruled), "the department" when it named it */
                qq->speaker_entity = last_spk;
            if (qq->speaker_entity >= 0 && (tr & DESC_ONE)) {
                for_head = hk;
                for_tr = tr;
                for_ent = qq->speaker_entity;
                for_end = qq->quote.char_start + qq->quote.char_len;
            }
            int next_only = 0; /* "A local surfer said sharks were seen. “…,” he said." */
            if (qq->kind != NEWS_DIRECT && !(tr & (DESC_OWNED | DESC_BODY | DESC_MANY))) {
                if (new_speaker_said(w, qq, hs, hl)) next_only = 1;
                else tr = 0;
            }
            last_desc = 0;
            /* (and a mouthpiece: "A KLM spokesman said ... “…,” he said." is KLM's) */
            if (tr && (unnamed || (tr & DESC_BODY) ||
                       in_sorted(mouthpieces, sizeof mouthpieces / sizeof *mouthpieces,
                                 w->text + hs, hl))) {
                last_desc = tr;
                desc_ent = qq->speaker_entity;
                desc_mouth = !unnamed && !(tr & DESC_BODY);
                /* one who spoke without marks is a candidate for the next sentence alone,
                 * and the story's current speaker stays */
                if (desc_ent < 0 && !(tr & DESC_MANY) && !next_only) last_spk = -1;
                desc_mi = mi;
                desc_next = next_only ? (int64_t)qq->sentence + 1 : -1;
                desc_lo = qq->speaker.char_start;
                desc_hi = qq->speaker.char_start + qq->speaker.char_len;
                desc_end = qq->quote.char_start + qq->quote.char_len;
                if (!next_only) last_end = desc_end;
            }
        }
        /* "“…?” a reporter asked Whitaker. “…,” he said.": the one asked answers, so the
         * story follows them, not the unnamed questioner; with no one named after the cue
         * ("“…?” our crew asked."), the one the story followed before the question */
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && qq->cue.byte_len >= 4 &&
            qq->cue.byte_len <= 5 && !memcmp(w->text + qq->cue.byte_start, "ask", 3)) {
            size_t ce = qq->cue.byte_start + qq->cue.byte_len;
            int asked = 0;
            for (size_t j = mi; j < nm && mv[j].byte_start <= ce + 1; j++)
                if (mv[j].byte_start == ce + 1 && PERSONISH(j)) {
                    last_spk = news_ment_canon(w, j);
                    last_end = qq->quote.char_start + qq->quote.char_len;
                    last_desc = 0;
                    asked = 1;
                    break;
                }
            size_t ql = qq->quote.byte_len;
            if (!asked && spk_before >= 0 && ql && w->text[qq->quote.byte_start + ql - 1] == '?') {
                last_spk = spk_before;
                last_end = qq->quote.char_start + qq->quote.char_len;
                last_desc = 0;
            }
        }
        /* "An official of the Korea Traders' Association said ... “…,” the spokesman said":
         * the body stays the story's current speaker for a bare mouthpiece or "it" */
        if (inner_org >= 0) {
            last_spk = inner_org;
            last_end = qq->quote.char_start + qq->quote.char_len;
        }
    }
#undef GENDER
#undef NAME_GENDER
#undef PERSONISH
#undef SPOKE
    /* inherited speakers: follow the chain to the quotation that named one */
    for (size_t q = 0; q < nq; q++) {
        int32_t s = st->info[q].src;
        for (int steps = 0; s >= 0 && st->info[s].src >= 0 && steps < 64; steps++)
            s = st->info[s].src;
        if (s >= 0 && (size_t)s < nq) w->quote.v[q].speaker_entity = w->quote.v[s].speaker_entity;
    }
    return NEWS_OK;
}
