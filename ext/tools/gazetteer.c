/* gazetteer.c: compiles the gazetteer lists that may ship in the extension into one table
 * of lower-cased phrases with their list bits (model.h, NEWS_GAZ_*), for the trainer to
 * build into model_data.c:
 *
 *   build/gazetteer LEXICON_DIR ISO_CODES_JSON_DIR > build/model/gaz.tsv
 *
 * Only public-domain and permissive lists are read (docs/model.md names them and their
 * licences): US Census 1990 and SSA first names, Census surnames, CIA 1994 countries,
 * capitals and international organisations, SEC company names, GeoNames cities (CC BY),
 * SCOWL words (its licence), and country and subdivision names taken at build time from
 * Debian's iso-codes JSON (LGPL-2.1+). Share-alike and unverified lists are not read.
 *
 * Each entry is tokenised by the core tokenizer and each token lower-cased as features.c
 * does, joined by single spaces, so a phrase matches exactly the tokens the tagger sees.
 * Every proper prefix of a phrase is added with NEWS_GAZ_PREFIX so that matching can stop
 * early. Output: "phrase<TAB>bits" lines sorted by phrase (byte order): deterministic. */
#include "../model.h"
#include "tool_util.h"

#define MAX_PHRASE 6
/* internal: a company's first word, kept as NEWS_GAZ_COMPANY unless it is on another list */
#define GAZ_FIRST_WORD (1u << 14)
/* internal: the first word of a company's name of two words or more ("Amazon" of "AMAZON COM
 * INC", "Gilead" of "GILEAD SCIENCES, INC."): a company entry when no other SEC company
 * starts with it ("American", "First", "United" start dozens) and it is on no list of
 * names, places or ordinary words */
#define GAZ_ANY_FIRST (1u << 13)
#define GAZ_ANY_OTHER                                                                     \
    (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY | \
     NEWS_GAZ_COMMON | NEWS_GAZ_INTORG)
#define GAZ_OTHER_WORD                                                                      \
    (NEWS_GAZ_FIRST | NEWS_GAZ_SURNAME | NEWS_GAZ_COUNTRY | NEWS_GAZ_REGION | NEWS_GAZ_CITY | \
     NEWS_GAZ_COMMON | NEWS_GAZ_PROPER | NEWS_GAZ_INTORG)

typedef struct {
    char *phrase;
    uint32_t bits;
} Entry;

static Entry *entries;
static size_t n_entries, cap_entries;
static NewsWork work;

static void add(const char *s, uint32_t bits) {
    if (n_entries == cap_entries)
        entries = xrealloc(entries,
                           (cap_entries = cap_entries ? 2 * cap_entries : 1024) * sizeof *entries);
    entries[n_entries].phrase = strdup(s);
    entries[n_entries].bits = bits;
    n_entries++;
}

/* Tokenises an entry and adds it (and its prefixes) under `bits`. */
static void add_entry(const char *name, size_t n, uint32_t bits) {
    if (n == 0 || analyze_whole(&work, (const uint8_t *)name, n)) return;
    size_t nt = work.tok.n;
    if (nt == 0 || nt > MAX_PHRASE) return;
    char buf[MAX_PHRASE * 66];
    size_t o = 0;
    for (size_t i = 0; i < nt; i++) {
        const NewsToken *t = &work.tok.v[i];
        if (i) {
            buf[o] = 0;
            add(buf, NEWS_GAZ_PREFIX);
            buf[o++] = ' ';
        }
        o += news_features_lower(work.text + t->byte_start, t->byte_len, (uint8_t *)buf + o, 64);
    }
    buf[o] = 0;
    add(buf, bits);
}

/* Reads a list file: entry [TAB count]; keeps entries whose count is >= min_count. */
static void read_list(const char *dir, const char *file, uint32_t bits, double min_count) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    size_t len;
    char *buf = read_file(path, &len);
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        char *tab = strchr(p, '\t');
        double count = 1e18;
        if (tab) {
            *tab = 0;
            count = strtod(tab + 1, 0);
        }
        if (count >= min_count) add_entry(p, strlen(p), bits);
        if (!e) break;
        p = e + 1;
    }
    free(buf);
}

/* Company names as the SEC writes them ("NVIDIA CORP", "Apple Inc."): the whole name and
 * the name without its legal designators, which is how news writes it. */
static int is_designator(const char *w, size_t n) {
    static const char *const d[] = {"inc",  "inc.",  "corp",     "corp.",   "corporation", "co",
                                    "co.",  "ltd",   "ltd.",     "limited", "plc",         "llc",
                                    "l.p.", "lp",    "n.v.",     "nv",      "s.a.",        "sa",
                                    "ag",   "se",    "holdings", "group",   "company",     "/de/",
                                    "/de",  "trust", "&",        "the"};
    for (size_t i = 0; i < sizeof d / sizeof *d; i++)
        if (strlen(d[i]) == n && !strncasecmp(w, d[i], n)) return 1;
    return 0;
}

/* Words that say what a company does rather than which one it is. */
static int is_generic(const char *w, size_t n) {
    static const char *const d[] = {
        "technologies", "technology",  "motors",    "systems",       "networks",
        "airlines",     "airways",     "software",  "communications", "pharmaceuticals",
        "industries",   "international", "entertainment", "energy",   "labs",
        "laboratories", "media",       "electronics", "semiconductor", "semiconductors",
        "therapeutics", "biosciences", "aerospace", "automotive",    "platforms",
        "interactive",  "brands",    "foods",         "stores"};
    for (size_t i = 0; i < sizeof d / sizeof *d; i++)
        if (strlen(d[i]) == n && !strncasecmp(w, d[i], n)) return 1;
    return is_designator(w, n);
}

static void read_companies(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/companies_sec.txt", dir);
    size_t len;
    char *buf = read_file(path, &len);
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        add_entry(p, strlen(p), NEWS_GAZ_COMPANY);
        /* strip trailing designators, commas and spaces */
        size_t n = strlen(p);
        for (;;) {
            while (n && (p[n - 1] == ' ' || p[n - 1] == ',')) n--;
            size_t k = n;
            while (k && p[k - 1] != ' ') k--;
            if (k == 0 || !is_designator(p + k, n - k)) break;
            n = k;
        }
        if (n && n < strlen(p)) add_entry(p, n, NEWS_GAZ_COMPANY);
        /* "Uber Technologies", "Tesla Motors": news names the company by its first word;
         * kept only when that word is no ordinary word, name or place (main) */
        size_t k = 0;
        while (k < n && p[k] != ' ') k++;
        int generic = k >= 3 && k < n;
        for (size_t a = k; generic && a < n;) {
            while (a < n && p[a] == ' ') a++;
            size_t b = a;
            while (b < n && p[b] != ' ') b++;
            if (b > a && !is_generic(p + a, b - a)) generic = 0;
            a = b;
        }
        if (generic) add_entry(p, k, GAZ_FIRST_WORD);
        if (k >= 3 && k < n) add_entry(p, k, GAZ_ANY_FIRST);
        if (!e) break;
        p = e + 1;
    }
    free(buf);
}

/* Every "key": "value" string of an iso-codes JSON file for the given keys. */
static void read_iso(const char *dir,
                     const char *file,
                     const char *const *keys,
                     size_t nk,
                     uint32_t bits,
                     int cut_comma) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    size_t len;
    char *buf = read_file(path, &len);
    for (const char *p = buf; (p = strchr(p, '"'));) {
        size_t kl;
        char *key = json_string(&p, &kl);
        const char *q = json_ws(p);
        int want = 0;
        for (size_t i = 0; i < nk; i++)
            if (!strcmp(key, keys[i])) want = 1;
        free(key);
        if (*q != ':') continue;
        q = json_ws(q + 1);
        if (*q != '"') {
            p = q;
            continue;
        }
        size_t vl;
        char *val = json_string(&q, &vl);
        p = q;
        if (want) {
            add_entry(val, vl, bits);
            char *comma = strchr(val, ',');
            if (cut_comma && comma) add_entry(val, (size_t)(comma - val), bits);
        }
        free(val);
    }
    free(buf);
}

/* Topic words, our own lists: words that mark a sports report, where a city or a country
 * named alone is usually a team, and a business report, where a name alone is often a
 * company. features.c counts them per window. */
static const char *const sport_words[] = {
    "batsman", "bowler", "champions", "championship", "coach", "defender", "goal",
    "goalkeeper", "goals", "homer", "innings", "league", "match", "midfielder", "pitcher",
    "quarterback", "referee", "scored", "season", "semi-final", "squad", "striker",
    "touchdown", "tournament", "wicket", "wickets", "quarter-final", "stadium", "playoff",
    "play-off"};
static const char *const business_words[] = {
    "acquisition", "analyst", "analysts", "dividend", "earnings", "merger", "profit",
    "profits", "revenue", "revenues", "shares", "shareholders", "stake", "subsidiary",
    "turnover", "investors", "quarter", "sales"};

/* Organisations that news of today names every day and that neither the 1996 training text
 * nor the SEC list knows under that name: platforms and technology companies founded or
 * grown since, broadcasters and news agencies, and large European and Asian retailers,
 * carmakers, banks, airlines and drug makers that are not SEC-registered. Our own list,
 * written from general knowledge; names that are also ordinary words (Apple, Shell, Meta,
 * Zoom, Next) are left out, the tagger has their context to go by, and so are products
 * (Xbox, Airbus as an aircraft), which CoNLL and SPEC type MISC. They are companies to the
 * features and to the rules after the tagger (entities.c). */
static const char *const modern_orgs[] = {
    /* platforms, technology */
    "Google", "Facebook", "Instagram", "WhatsApp", "YouTube", "Twitter", "TikTok", "ByteDance",
    "Snapchat", "LinkedIn", "Reddit", "Telegram", "WeChat", "Weibo", "Tencent", "Alibaba",
    "Baidu", "Huawei", "Xiaomi", "Samsung", "Spotify", "Netflix", "Airbnb", "Uber", "Lyft",
    "SpaceX", "OpenAI", "DeepMind", "Amazon", "eBay", "PayPal", "Microsoft",
    "Nvidia", "Intel", "Qualcomm", "Oracle", "Salesforce", "Deliveroo", "Just Eat", "Ocado",
    "Foxconn", "TSMC", "Nokia", "Ericsson", "Siemens", "Philips", "Vodafone", "BT",
    "Deutsche Telekom", "Telefonica", "Pinterest", "Tinder", "Wikileaks", "Nintendo",
    /* founded or renamed in the 2010s and 2020s: AI, fintech, platforms, e-commerce. "Meta"
     * and "Stripe" are ordinary words too, but capitalised mid-sentence in news of today
     * they are the companies */
    "Anthropic", "Mistral AI", "xAI", "Hugging Face", "Midjourney", "Meta",
    "Revolut", "Monzo", "Starling Bank", "Klarna", "Stripe", "FTX", "Epic Games", "Canva",
    "Databricks", "SK Hynix", "MediaTek", "Shein", "Temu", "Pinduoduo",
    "Meituan", "Waymo", "Instacart", "Uniqlo", "Asos", "Boohoo",
    /* broadcasters, news agencies, papers */
    "BBC", "ITV", "Channel 4", "Sky News", "CNN", "MSNBC", "Fox News", "CNBC", "NBC", "CBS",
    "NPR", "PBS", "Al Jazeera", "Reuters", "AFP", "Agence France-Presse", "Associated Press",
    "Bloomberg", "Xinhua", "Tass", "RIA Novosti", "Deutsche Welle", "France 24", "RT",
    "Politico", "Axios", "BuzzFeed", "HuffPost", "New York Times", "Washington Post",
    "Wall Street Journal", "Financial Times", "The Guardian", "Der Spiegel", "Le Monde",
    /* retail, consumer goods */
    "Tesco", "Sainsbury's", "Asda", "Morrisons", "Waitrose", "Aldi", "Lidl", "Carrefour",
    "Ikea", "Walmart", "Costco", "Primark", "Zara", "Inditex", "H&M", "Nestle", "Unilever",
    "Danone", "Adidas", "Nike", "Puma", "Starbucks", "McDonald's", "KFC", "Burberry", "Gucci",
    "Louis Vuitton", "LVMH",
    /* carmakers, transport */
    "Volkswagen", "VW", "BMW", "Daimler", "Mercedes-Benz", "Audi", "Porsche", "Toyota",
    "Honda", "Nissan", "Hyundai", "Kia", "Renault", "Peugeot", "Stellantis", "Fiat", "Volvo",
    "Jaguar Land Rover", "Tesla", "BYD", "Ryanair", "EasyJet",
    "Lufthansa", "Emirates", "Qatar Airways", "British Airways", "KLM", "Air France",
    "Network Rail", "Eurostar",
    /* energy, banks, drug makers */
    "BP", "Gazprom", "Rosneft", "Aramco", "Saudi Aramco", "TotalEnergies", "Equinor", "Eni",
    "Repsol", "EDF", "Iberdrola", "Barclays", "HSBC", "Lloyds", "NatWest", "Santander",
    "Deutsche Bank", "Commerzbank", "UBS", "Credit Suisse", "BNP Paribas", "Societe Generale",
    "Goldman Sachs", "JPMorgan", "Morgan Stanley", "Citigroup", "BlackRock", "Pfizer",
    "Moderna", "AstraZeneca", "BioNTech", "Novartis", "Roche", "Sanofi", "GlaxoSmithKline",
    "GSK", "Bayer", "Johnson & Johnson",
    /* bodies that news of today names by a short form */
    "Nato", "Opec", "Unicef", "Unesco", "Interpol", "Europol", "Frontex", "Ofcom", "Ofgem",
    "Ofsted", "NHS", "FBI", "CIA", "NSA", "Pentagon", "Hamas", "Hezbollah", "Ofwat", "Ofqual",
    "HMRC", "NHTSA", "CDC", "FAA", "FCC", "Nasa", "Eurojust",
    "Taliban", "Isis", "al-Qaeda", "Greenpeace", "Amnesty International",
    "Human Rights Watch", "Red Cross", "Oxfam", "FIFA", "Uefa", "IOC"};

/* Places news names by a short or everyday form that the country lists (ISO's "United
 * Kingdom of Great Britain and Northern Ireland", "Bosnia and Herzegovina") do not give,
 * and continents, seas and regions, which no list here has. Our own list. */
static const char *const short_countries[] = {
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "U.K.",
    "U.S.", "U.S.A.", "America", "United States", "Holland", "Burma", "Bosnia",
    "Herzegovina", "Czech Republic", "Czechia", "Slovakia", "North Korea", "South Korea",
    "Congo", "Ivory Coast", "East Timor", "Timor-Leste", "Vatican", "Taiwan", "Palestine",
    "Gaza", "West Bank", "Kosovo", "Chechnya", "Crimea", "Donbas", "Kurdistan", "Tibet",
    "Xinjiang", "Hong Kong", "Macau", "Persia", "Russia", "Iran", "Syria", "Laos",
    "Vietnam", "Moldova", "Macedonia", "North Macedonia", "Eswatini", "Swaziland"};
static const char *const regions[] = {
    "Europe", "Asia", "Africa", "Antarctica", "Oceania", "Australasia", "Eurasia",
    "North America", "South America", "Latin America", "Central America", "Middle East",
    "Near East", "Far East", "East Asia", "South Asia", "Southeast Asia", "Central Asia",
    "Asia-Pacific", "Indo-Pacific", "Pacific", "Atlantic", "Arctic", "Mediterranean",
    "Baltic", "Balkans", "Caucasus", "Scandinavia", "Nordic", "Caribbean", "Sahel",
    "Sahara", "Maghreb", "Levant", "Gulf", "Persian Gulf", "Horn of Africa",
    "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe",
    "Southern Europe", "Siberia", "Patagonia", "Amazonia", "Midwest", "Deep South",
    "New England", "Pacific Northwest", "Rust Belt", "Silicon Valley", "Himalayas", "Alps",
    "Andes", "Rockies", "Urals", "Black Sea", "Red Sea", "Caspian Sea", "North Sea",
    "South China Sea", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean"};

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->phrase, ((const Entry *)b)->phrase);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gazetteer LEXICON_DIR ISO_CODES_JSON_DIR > gaz.tsv\n");
        return 2;
    }
    const char *lex = argv[1], *iso = argv[2];
    news_work_init(&work, 0, 0);
    read_list(lex, "first_names_census1990.txt", NEWS_GAZ_FIRST, 0);
    read_list(lex, "first_names_ssa.txt", NEWS_GAZ_FIRST, 500);
    read_list(lex, "surnames_census1990.txt", NEWS_GAZ_SURNAME, 2);
    read_list(lex, "countries_cia1994.txt", NEWS_GAZ_COUNTRY, 0);
    read_list(lex, "capitals_cia1994.txt", NEWS_GAZ_CITY, 0);
    read_list(lex, "intl_orgs_cia1994.txt", NEWS_GAZ_INTORG, 0);
    read_list(lex, "cities_geonames15000.txt", NEWS_GAZ_CITY, 0);
    read_list(lex, "english_words_scowl.txt", NEWS_GAZ_COMMON, 0);
    read_list(lex, "proper_nouns_scowl.txt", NEWS_GAZ_PROPER, 0);
    read_companies(lex);
    static const char *const k1[] = {"name", "official_name", "common_name"};
    static const char *const k3[] = {"name"};
    read_iso(iso, "iso_3166-1.json", k1, 3, NEWS_GAZ_COUNTRY, 0);
    read_iso(iso, "iso_3166-3.json", k3, 1, NEWS_GAZ_COUNTRY, 1);
    read_iso(iso, "iso_3166-2.json", k3, 1, NEWS_GAZ_REGION, 0);
    for (size_t i = 0; i < sizeof sport_words / sizeof *sport_words; i++)
        add_entry(sport_words[i], strlen(sport_words[i]), NEWS_GAZ_SPORT);
    for (size_t i = 0; i < sizeof business_words / sizeof *business_words; i++)
        add_entry(business_words[i], strlen(business_words[i]), NEWS_GAZ_BUSINESS);
    for (size_t i = 0; i < sizeof short_countries / sizeof *short_countries; i++)
        add_entry(short_countries[i], strlen(short_countries[i]), NEWS_GAZ_COUNTRY);
    for (size_t i = 0; i < sizeof regions / sizeof *regions; i++)
        add_entry(regions[i], strlen(regions[i]), NEWS_GAZ_REGION);
    for (size_t i = 0; i < sizeof modern_orgs / sizeof *modern_orgs; i++)
        add_entry(modern_orgs[i], strlen(modern_orgs[i]), NEWS_GAZ_COMPANY);
    qsort(entries, n_entries, sizeof *entries, cmp_entry);
    size_t out = 0;
    for (size_t i = 0; i < n_entries;) {
        uint32_t bits = 0;
        size_t j = i, any_first = 0;
        while (j < n_entries && !strcmp(entries[j].phrase, entries[i].phrase)) {
            any_first += (entries[j].bits & GAZ_ANY_FIRST) != 0;
            bits |= entries[j++].bits;
        }
        if (bits & GAZ_ANY_FIRST) {
            bits &= ~GAZ_ANY_FIRST;
            if (any_first == 1 && !(bits & GAZ_ANY_OTHER)) bits |= NEWS_GAZ_COMPANY;
        }
        if (bits & GAZ_FIRST_WORD) {
            bits &= ~GAZ_FIRST_WORD;
            if (!(bits & GAZ_OTHER_WORD)) bits |= NEWS_GAZ_COMPANY;
        }
        if (entries[i].phrase[0] && bits) {
            printf("%s\t%u\n", entries[i].phrase, bits);
            out++;
        }
        i = j;
    }
    fprintf(stderr, "gazetteer: %zu phrases from %zu entries\n", out, n_entries);
    for (size_t i = 0; i < n_entries; i++) free(entries[i].phrase);
    free(entries);
    news_work_free(&work);
    return 0;
}
