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
 *  - a one-word speaker that the entity step typed as a place or a thing ("Trump" as LOC)
 *    is widened to the person mention that ends with it ("Donald Trump"), so the speaker
 *    column names the person; a tagger that types it PER never needs this;
 *  - a speaker written as a name the entity step missed ("Renteria told") takes the person
 *    mention ending with it, and a description ending in an organisation's last word
 *    ("the ministry") takes that organisation ("Foreign Ministry").
 * Pronoun choice weighs distance (in mentions) against being the story's current speaker
 * (the latest quotation's, or a later one quotes.c flagged: NEWS_MQ_*) or an earlier speaker
 * the text names again after the latest quotation (the story goes back to them), being the
 * subject of its sentence, a matching gender and being typed PER; the weights were chosen on
 * PolNeAR's train sample. Gender evidence that conflicts (a title says one, a pronoun the other)
 * counts as none.
 * Linear: mentions are walked with the quotations in text order, pronoun searches look back
 * a bounded number of mentions, hash tables are sized from the mention count. */
#include <string.h>

#include "quotes.h"

#define PRONOUN_LOOKBACK 40 /* mentions */
#define SPK_RETURN 8 /* an earlier speaker named again since the last quotation (he, she) */
#define LAST_QUOTE_CHARS 300 /* a pronoun this close after a quotation: its speaker goes on */

/* First names that tell a gender, for "she said" when no title or pronoun has yet: a short
 * hand-written list of common English given names (sorted, lower case). A name missing
 * here only leaves the gender unknown. */
static const char *const female_names[] = {
    "alexandra", "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne",
    "barbara", "betsy", "betty", "carly", "carol", "caroline", "catherine", "chelsea",
    "christine", "claire", "cynthia", "dana", "debbie", "deborah", "diane", "donna", "dorothy",
    "elizabeth", "ellen", "emily", "emma", "eva", "fiona", "grace", "hannah", "heather",
    "heidi", "helen", "hillary", "hope", "ivanka", "jane", "janet", "jean", "jennifer",
    "jessica", "jill", "joan", "joanna", "jodi", "julia", "julie", "karen", "kate", "katherine",
    "kathleen", "kathy", "katie", "kelly", "kellyanne", "kim", "kirsten", "laura", "lauren",
    "linda", "lisa", "liz", "lori", "louise", "lucy", "maria", "marie", "marsha", "martha",
    "mary", "maxine", "megan", "melania", "melissa", "michelle", "monica", "nancy", "natalie",
    "nicole", "nikki", "olivia", "pam", "pamela", "patricia", "patty", "rachel", "rebecca",
    "rosa", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila",
    "stephanie", "susan", "susana", "suzanne", "tammy", "teresa", "theresa", "tulsi", "ursula",
    "valerie", "victoria", "virginia", "wendy", "yulia", "zoe",
};
static const char *const male_names[] = {
    "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "anthony", "antony",
    "barack", "ben", "benjamin", "bernie", "bill", "bob", "boris", "brian", "carl", "charles",
    "chris", "christopher", "chuck", "colin", "dan", "daniel", "david", "dmytro", "donald",
    "doug", "edward", "emmanuel", "eric", "frank", "gary", "george", "greg", "harry", "henry",
    "ian", "jack", "jacob", "james", "jason", "jeb", "jeff", "jeffrey", "jim", "joe", "john",
    "jon", "joseph", "josh", "kevin", "larry", "lindsey", "marco", "mark", "martin",
    "matthew", "michael", "mike", "mitch", "newt", "nick", "olaf", "patrick", "paul",
    "peter", "rand", "reince", "richard", "rick", "robert", "ron", "rudy", "sam", "scott",
    "sean", "stephen", "steve", "steven", "ted", "thomas", "tim", "tom", "vladimir",
    "volodymyr", "william",
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

/* Gender bits (1 male, 2 female) of a multi-word person mention from its first name. */
static int name_gender(const NewsWork *w, const NewsMention *m) {
    const uint8_t *z = w->text + m->byte_start;
    size_t n = 0;
    while (n < m->byte_len && z[n] != ' ') n++;
    if (n == m->byte_len) return 0;
    if (in_sorted(female_names, sizeof female_names / sizeof *female_names, z, n)) return 2;
    if (in_sorted(male_names, sizeof male_names / sizeof *male_names, z, n)) return 1;
    return 0;
}

typedef struct {
    uint64_t key;
    int32_t ment;
} Slot;

static uint64_t span_last_word_key(const NewsWork *w, size_t byte_start, size_t byte_len,
                                   int *n_words) {
    const uint8_t *z = w->text + byte_start;
    size_t n = byte_len, b = n;
    int words = 1;
    for (size_t i = 0; i < n; i++)
        if (z[i] == ' ') words++, b = i;
    size_t s = b == n ? 0 : b + 1;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = s; i < n; i++) {
        int c = z[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        h = (h ^ (uint64_t)c) * 1099511628211ull;
    }
    *n_words = words;
    return h | 1;
}

static uint64_t last_word_key(const NewsWork *w, const NewsMention *m, int *n_words) {
    return span_last_word_key(w, m->byte_start, m->byte_len, n_words);
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

/* Distinct last-word keys of the mentions that enter each table: multi-word persons (the
 * `later` and `earlier` tables) and organisations (`orgs`). A long article names the same
 * people again and again, so the tables are sized for these, not for the mentions (a 100 MB
 * article: 103 MB of tables otherwise). Counted in a temporary set; the counts only size
 * the tables, which hold every key whatever they are. */
static int count_table_keys(NewsWork *w, const uint64_t *keys, const uint8_t *n_words,
                            size_t *n_per, size_t *n_org) {
    uint64_t *set = 0;
    size_t cap = 0, used = 0;
    *n_per = *n_org = 0;
    for (size_t i = 0; i < w->ment.n; i++) {
        const NewsMention *me = &w->ment.v[i];
        int words = n_words[i];
        uint64_t k = keys[i];
        if (me->type == NEWS_ORG) k = (k * 0x9E3779B97F4A7C15ull) | 1; /* apart from persons */
        else if (me->type != NEWS_PER || words < 2) continue;
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
        if (me->type == NEWS_ORG) ++*n_org;
        else ++*n_per;
    }
    news_work_release(w, set);
    return NEWS_OK;
}

int news_speakers_document(NewsWork *w) {
    NewsQuoteState *st = w->quote_state;
    size_t nq = w->quote.n, nm = w->ment.n;
    if (!st || nq == 0 || nm == 0) return NEWS_OK;
    /* scratch: two hash tables of cap slots for persons, one of cap_org for organisations,
     * gender per mention, person-like flag. Each table is sized for the mentions that can
     * enter it, at a load of at most 2/3: sized at 2 * nm each, a 100 MB article's three
     * tables took 800 MB (docs/security.md). */
    /* each mention's last-word key and word count (1, or 2 for two or more), first in the
     * scratch: every loop below asks for them, and walking the mention's bytes for each
     * ask cost more than the rest of the pass */
    size_t key_bytes = nm * sizeof(uint64_t) + ((nm + 7) & ~(size_t)7);
    if (key_bytes > st->spk_cap) {
        void *p = w->realloc_fn(st->spk_scratch, key_bytes);
        if (!p) return NEWS_NOMEM;
        st->spk_scratch = p;
        st->spk_cap = key_bytes;
    }
    uint64_t *keys = st->spk_scratch;
    uint8_t *n_words = (uint8_t *)(keys + nm);
    for (size_t i = 0; i < nm; i++) {
        int words;
        keys[i] = last_word_key(w, &w->ment.v[i], &words);
        n_words[i] = (uint8_t)(words > 1 ? 2 : 1);
    }
    size_t n_per, n_org;
    int rc = count_table_keys(w, keys, n_words, &n_per, &n_org);
    if (rc) return rc;
    size_t cap = 64, cap_org = 64;
    while (cap < n_per + n_per / 2 + 1) cap *= 2;
    while (cap_org < n_org + n_org / 2 + 1) cap_org *= 2;
    size_t need = key_bytes + (2 * cap + cap_org) * sizeof(Slot) + 3 * nm;
    if (need > st->spk_cap) { /* realloc keeps the keys */
        void *p = w->realloc_fn(st->spk_scratch, need);
        if (!p) return NEWS_NOMEM;
        st->spk_scratch = p;
        st->spk_cap = need;
    }
    keys = st->spk_scratch;
    n_words = (uint8_t *)(keys + nm);
    Slot *later = (Slot *)((char *)st->spk_scratch + key_bytes), *earlier = later + cap,
         *orgs = earlier + cap;
    uint8_t *gender = (uint8_t *)(orgs + cap_org), *personish = gender + nm;
    uint8_t *spoke = personish + nm; /* per canonical mention: named as a speaker already */
    memset(spoke, 0, nm);
    memset(later, 0, cap * sizeof(Slot));
    memset(earlier, 0, cap * sizeof(Slot));
    /* last word of an organisation -> its latest mention */
    memset(orgs, 0, cap_org * sizeof(Slot));
    memset(gender, 0, nm);
    NewsMention *mv = w->ment.v;
    /* gender per canonical entity; first multi-word PER mention ending with each word */
    for (size_t i = 0; i < nm; i++) {
        int32_t c = mv[i].canon >= 0 && (size_t)mv[i].canon < nm ? mv[i].canon : (int32_t)i;
        gender[c] |= (uint8_t)(mv[i].gender == NEWS_GENDER_MALE ? 1 :
                               mv[i].gender == NEWS_GENDER_FEMALE ? 2 : 0);
        if (mv[i].type == NEWS_PER && !gender[c]) gender[c] |= (uint8_t)name_gender(w, &mv[i]);
        int words = n_words[i];
        uint64_t k = keys[i];
        if (mv[i].type == NEWS_PER && words > 1) put(later, cap, k, (int32_t)i, 1);
    }
    for (size_t i = 0; i < nm; i++) {
        int words = n_words[i];
        uint64_t k = keys[i];
        personish[i] = mv[i].type == NEWS_PER || (words == 1 && get(later, cap, k) >= 0);
        if (!personish[i] && words == 1 && mv[i].gender != NEWS_GENDER_UNKNOWN) {
            /* "Varga's wife, Melania,": a lone first name the entity step typed as a place,
             * with a gender from its role, is a person */
            const uint8_t *z = w->text + mv[i].byte_start;
            size_t len = mv[i].byte_len;
            personish[i] =
                in_sorted(female_names, sizeof female_names / sizeof *female_names, z, len) ||
                in_sorted(male_names, sizeof male_names / sizeof *male_names, z, len);
        }
    }
    /* quotations in text order with the mentions before them */
    size_t mi = 0;
    int32_t last_spk = -1; /* canonical mention of the latest quotation's speaker */
    int64_t last_end = 0;  /* where that quotation ended, in characters */
    for (size_t q = 0; q < nq; q++) {
        NewsQuote *qq = &w->quote.v[q];
        int64_t at = qq->speaker.byte_len ? qq->speaker.char_start : qq->quote.char_start;
        while (mi < nm && mv[mi].char_start < at) {
            int words = n_words[mi];
            uint64_t k = keys[mi];
            if (mv[mi].type == NEWS_PER && words > 1) put(earlier, cap, k, (int32_t)mi, 0);
            if (mv[mi].type == NEWS_ORG) put(orgs, cap_org, k, (int32_t)mi, 0);
            /* someone said to speak after the latest quotation ("…, said Christine Link"),
             * or the subject a new paragraph opens with ("In an email, Axelrod, a former
             * newspaperman, defended ..."), is who the story now follows, even where no
             * row came of it; a subject inside the quotation's own paragraph is not
             * ("“A,” X said. Y and Z had opposed it. “B,” he said." goes on with X) */
            if ((st->m_inq[mi] & (NEWS_MQ_LEAD | NEWS_MQ_SPEAKS)) && personish[mi]) {
                last_spk = mv[mi].canon >= 0 ? mv[mi].canon : (int32_t)mi;
                last_end = mv[mi].char_start + mv[mi].char_len;
            }
            mi++;
        }
        NewsQuoteInfo *in = &st->info[q];
        if (last_spk >= 0 && at - last_end > 2000) last_spk = -1; /* a new part of the story */
        if (in->src >= 0) continue; /* copied below */
        int kind = in->spk_kind;
        if (kind == NEWS_SPK_HE || kind == NEWS_SPK_SHE || kind == NEWS_SPK_IT ||
            kind == NEWS_SPK_THEY) {
            int want = kind == NEWS_SPK_HE ? 1 : kind == NEWS_SPK_SHE ? 2 : 0;
            /* the nearest compatible mention, preferring those already quoted (the
             * story's speakers), those opening their sentence (subjects) and, for a
             * gendered pronoun, those whose gender is known to match */
            int32_t found = -1;
            int best = -1000;
            for (size_t j = mi, seen = 0; j-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
                if (st->m_inq[j] & NEWS_MQ_INQ) continue;
                if (mv[j].char_start >= qq->quote.char_start &&
                    mv[j].char_start < qq->quote.char_start + qq->quote.char_len)
                    continue;
                int32_t c = mv[j].canon >= 0 ? mv[j].canon : (int32_t)j;
                if (want) {
                    if (!personish[j] && !personish[c]) continue;
                    /* the other gender; both bits is conflicting evidence: unknown */
                    if ((gender[c] & 3) == (want == 1 ? 2 : 1)) continue;
                } else if ((mv[j].type != NEWS_ORG && mv[j].type != NEWS_LOC) || personish[j] ||
                           personish[c]) {
                    continue; /* "it said": an organisation, or a country */
                }
                int sc = -(int)seen;
                /* the story's current speaker goes on, all the more right after their
                 * own quotation ("…,” said X. “…,” he said) */
                if (c == last_spk) sc += 8 + (at - last_end < LAST_QUOTE_CHARS ? 4 : 0);
                else if (spoke[c] && want && mv[j].char_start > last_end &&
                         at - last_end >= LAST_QUOTE_CHARS)
                    sc += SPK_RETURN; /* not right after the current speaker's quotation */
                else if (spoke[c]) sc += 2;
                if (st->m_inq[j] & NEWS_MQ_SUBJECT) sc += 6;
                if (want && (gender[c] & 3) == want) sc += 4;
                if (mv[j].type == NEWS_PER) sc += 2;
                if (sc > best) best = sc, found = (int32_t)j;
            }
            if (found >= 0) {
                qq->speaker_entity = found;
                int32_t c = mv[found].canon >= 0 ? mv[found].canon : found;
                gender[c] |= (uint8_t)want;
            } else {
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
        if (kind == NEWS_SPK_DESC && qq->speaker_entity < 0 && qq->speaker.byte_len) {
            /* "the ministry said": the organisation the text named with that word
             * ("Ukraine's Foreign Ministry") */
            int words;
            uint64_t k = span_last_word_key(w, qq->speaker.byte_start, qq->speaker.byte_len,
                                            &words);
            int32_t p = get(orgs, cap_org, k);
            if (p >= 0) qq->speaker_entity = p;
        }
        /* a one-word speaker typed as a place or thing: the person it names */
        if (qq->speaker_entity >= 0 && (size_t)qq->speaker_entity < nm) {
            int32_t s = qq->speaker_entity;
            int32_t c = mv[s].canon >= 0 ? mv[s].canon : s;
            int words = n_words[c];
            uint64_t k = keys[c];
            if (mv[c].type != NEWS_PER && words == 1) {
                int32_t p = get(earlier, cap, k);
                if (p < 0) p = get(later, cap, k);
                if (p >= 0) qq->speaker_entity = p;
            }
            int32_t c2 = mv[qq->speaker_entity].canon;
            if (c2 >= 0 && (size_t)c2 < nm) {
                spoke[c2] = 1;
                last_spk = c2;
                last_end = qq->quote.char_start + qq->quote.char_len;
            }
        }
    }
    /* inherited speakers: follow the chain to the quotation that named one */
    for (size_t q = 0; q < nq; q++) {
        int32_t s = st->info[q].src;
        for (int steps = 0; s >= 0 && st->info[s].src >= 0 && steps < 64; steps++)
            s = st->info[s].src;
        if (s >= 0 && (size_t)s < nq) w->quote.v[q].speaker_entity = w->quote.v[s].speaker_entity;
    }
    return NEWS_OK;
}
