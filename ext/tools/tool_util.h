/* tool_util.h: what the model-building tools share (the C files of ext/tools, never the
 * .so): reading files, a small JSON reader for the JSONL corpora ({"id", "text",
 * "entities": [{"start", "end", "type"}]}), running the core tokenizer and sentence
 * splitter over a whole document, a deterministic random generator, and packing and
 * writing the model's tables (model.h). Header-only, static functions. */
#ifndef NEWS_TOOL_UTIL_H
#define NEWS_TOOL_UTIL_H

#include <strings.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model.h"
#include "../news.h"

static inline void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "out of memory (%zu bytes)\n", n);
        exit(1);
    }
    return q;
}

static inline char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(1);
    }
    size_t cap = 1 << 20, n = 0, got;
    char *buf = xrealloc(0, cap);
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 >= cap) buf = xrealloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* xorshift64*: the tools' only source of randomness, seeded, so runs repeat exactly. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static inline uint64_t rng_next(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

/* ------------------------------------------------------------------------------ JSON */

typedef struct {
    int64_t start, end; /* code points, end exclusive */
    int type;           /* NewsType, -1 unknown */
} GoldEnt;

typedef struct {
    char *id;
    uint8_t *text;
    size_t text_len;
    GoldEnt *ents;
    size_t n_ents;
} Doc;

static inline const char *json_ws(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

static inline void put_utf8(char **o, uint32_t cp) {
    unsigned char *q = (unsigned char *)*o;
    if (cp < 0x80)
        *q++ = (unsigned char)cp;
    else if (cp < 0x800)
        *q++ = 0xC0 | (cp >> 6), *q++ = 0x80 | (cp & 0x3F);
    else if (cp < 0x10000)
        *q++ = 0xE0 | (cp >> 12), *q++ = 0x80 | ((cp >> 6) & 0x3F), *q++ = 0x80 | (cp & 0x3F);
    else
        *q++ = 0xF0 | (cp >> 18), *q++ = 0x80 | ((cp >> 12) & 0x3F),
        *q++ = 0x80 | ((cp >> 6) & 0x3F), *q++ = 0x80 | (cp & 0x3F);
    *o = (char *)q;
}

static inline uint32_t hex4(const char *p) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v = v * 16 + (uint32_t)(c >= '0' && c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
    }
    return v;
}

/* Parses a JSON string at p (at its opening quote); returns a malloc'd copy, sets *len. */
static inline char *json_string(const char **pp, size_t *len) {
    const char *p = *pp + 1;
    size_t cap = 64, n = 0;
    char *out = xrealloc(0, cap);
    while (*p && *p != '"') {
        if (n + 8 >= cap) out = xrealloc(out, cap *= 2);
        char *o = out + n;
        if (*p == '\\') {
            p++;
            switch (*p) {
                case 'n': *o++ = '\n'; break;
                case 't': *o++ = '\t'; break;
                case 'r': *o++ = '\r'; break;
                case 'b': *o++ = '\b'; break;
                case 'f': *o++ = '\f'; break;
                case 'u': {
                    uint32_t cp = hex4(p + 1);
                    p += 4;
                    if (cp >= 0xD800 && cp < 0xDC00 && p[1] == '\\' && p[2] == 'u') {
                        uint32_t lo = hex4(p + 3);
                        if (lo >= 0xDC00 && lo < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            p += 6;
                        }
                    }
                    put_utf8(&o, cp);
                    break;
                }
                default: *o++ = *p; break;
            }
            p++;
        } else {
            *o++ = *p++;
        }
        n = (size_t)(o - out);
    }
    out[n] = 0;
    *len = n;
    *pp = *p ? p + 1 : p;
    return out;
}

static inline const char *json_skip(const char *p);
static inline const char *json_skip(const char *p) {
    p = json_ws(p);
    if (*p == '"') {
        p++;
        while (*p && *p != '"') p += *p == '\\' ? 2 : 1;
        return *p ? p + 1 : p;
    }
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p = json_ws(p + 1);
        while (*p && *p != close) {
            p = json_skip(p);
            p = json_ws(p);
            if (*p == ':' || *p == ',') p = json_ws(p + 1);
        }
        return *p ? p + 1 : p;
    }
    while (*p && *p != ',' && *p != '}' && *p != ']') p++;
    return p;
}

static inline int type_of(const char *s) {
    if (!strcmp(s, "PER")) return NEWS_PER;
    if (!strcmp(s, "ORG")) return NEWS_ORG;
    if (!strcmp(s, "LOC")) return NEWS_LOC;
    if (!strcmp(s, "MISC")) return NEWS_MISC;
    return -1;
}

static inline void parse_entities(const char **pp, Doc *d) {
    const char *p = json_ws(*pp);
    size_t cap = 0;
    if (*p != '[') {
        *pp = json_skip(p);
        return;
    }
    p = json_ws(p + 1);
    while (*p == '{') {
        GoldEnt e = {-1, -1, -1};
        p = json_ws(p + 1);
        while (*p == '"') {
            size_t kl;
            char *key = json_string(&p, &kl);
            p = json_ws(p);
            if (*p == ':') p = json_ws(p + 1);
            if (!strcmp(key, "start"))
                e.start = strtoll(p, 0, 10), p = json_skip(p);
            else if (!strcmp(key, "end"))
                e.end = strtoll(p, 0, 10), p = json_skip(p);
            else if (!strcmp(key, "type") && *p == '"') {
                size_t tl;
                char *ty = json_string(&p, &tl);
                e.type = type_of(ty);
                free(ty);
            } else
                p = json_skip(p);
            free(key);
            p = json_ws(p);
            if (*p == ',') p = json_ws(p + 1);
        }
        if (*p == '}') p = json_ws(p + 1);
        if (*p == ',') p = json_ws(p + 1);
        if (d->n_ents == cap) d->ents = xrealloc(d->ents, (cap = cap ? cap * 2 : 16) * sizeof e);
        d->ents[d->n_ents++] = e;
    }
    if (*p == ']') p++;
    *pp = p;
}

/* One JSONL line into a Doc (fields it lacks stay empty). */
static inline void parse_doc(const char *line, Doc *d) {
    memset(d, 0, sizeof *d);
    const char *p = json_ws(line);
    if (*p != '{') return;
    p = json_ws(p + 1);
    while (*p == '"') {
        size_t kl;
        char *key = json_string(&p, &kl);
        p = json_ws(p);
        if (*p == ':') p = json_ws(p + 1);
        if (!strcmp(key, "id") && *p == '"') {
            size_t l;
            d->id = json_string(&p, &l);
        } else if (!strcmp(key, "text") && *p == '"') {
            d->text = (uint8_t *)json_string(&p, &d->text_len);
        } else if (!strcmp(key, "entities")) {
            parse_entities(&p, d);
        } else {
            p = json_skip(p);
        }
        free(key);
        p = json_ws(p);
        if (*p == ',') p = json_ws(p + 1);
    }
    if (!d->text) d->text = (uint8_t *)calloc(1, 1);
    if (!d->id) d->id = calloc(1, 1);
}

static inline void free_doc(Doc *d) {
    free(d->id);
    free(d->text);
    free(d->ents);
}

/* Reads every line of a JSONL file. */
static inline Doc *read_jsonl(const char *path, size_t *n_docs) {
    size_t len;
    char *buf = read_file(path, &len);
    size_t cap = 0, n = 0;
    Doc *docs = 0;
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        if (*json_ws(p)) {
            if (n == cap) docs = xrealloc(docs, (cap = cap ? cap * 2 : 256) * sizeof *docs);
            parse_doc(p, &docs[n++]);
        }
        if (!e) break;
        p = e + 1;
    }
    free(buf);
    *n_docs = n;
    return docs;
}

/* Reads one of the project's own annotated article files (the .txt files of tests/ner, the format
 * tests/ner/eval_news.py reads): '#' lines are comments, "=== id" starts a document, every
 * other non-empty line is a paragraph of it (joined with "\n"), and a mention is marked
 * inline as [TYPE words]. Offsets are counted in code points, as in the JSONL corpora. */
static inline Doc *read_marked(const char *path, size_t *n_docs) {
    size_t len;
    char *buf = read_file(path, &len);
    size_t cap = 0, n = 0, tcap = 0, ecap = 0;
    int64_t cp = 0; /* code points of the current document so far */
    Doc *docs = 0, *d = 0;
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        if (!strncmp(p, "=== ", 4)) {
            if (n == cap) docs = xrealloc(docs, (cap = cap ? cap * 2 : 64) * sizeof *docs);
            d = &docs[n++];
            memset(d, 0, sizeof *d);
            const char *id = p + 4;
            while (*id == ' ') id++;
            size_t il = strlen(id);
            while (il && id[il - 1] == ' ') il--;
            d->id = xrealloc(0, il + 1);
            memcpy(d->id, id, il);
            d->id[il] = 0;
            tcap = ecap = 0;
            cp = 0;
        } else if (*p != '#' && d && strspn(p, " \t\r") < strlen(p)) {
            /* room for the paragraph, its separator and the terminator */
            size_t need = d->text_len + strlen(p) + 2;
            if (need > tcap) d->text = xrealloc(d->text, tcap = 2 * need);
            if (d->text_len) d->text[d->text_len++] = '\n', cp++;
            for (const char *q = p; *q;) {
                int type = -1;
                const char *words = 0, *close = 0;
                if (*q == '[') {
                    const char *sp = strchr(q, ' ');
                    if (sp && sp - q - 1 <= 4) {
                        char ty[5] = {0};
                        memcpy(ty, q + 1, (size_t)(sp - q - 1));
                        type = type_of(ty);
                    }
                    words = sp ? sp + 1 : 0;
                    close = words ? words + strcspn(words, "[]") : 0;
                    if (type < 0 || !close || *close != ']') {
                        fprintf(stderr, "%s: %s: bad markup near %.40s\n", path, d->id, q);
                        exit(1);
                    }
                    GoldEnt g = {cp, cp, type};
                    for (const char *c = words; c < close; c++) {
                        d->text[d->text_len++] = (uint8_t)*c;
                        cp += ((uint8_t)*c & 0xC0) != 0x80;
                    }
                    g.end = cp;
                    if (d->n_ents == ecap)
                        d->ents = xrealloc(d->ents, (ecap = ecap ? ecap * 2 : 16) * sizeof g);
                    d->ents[d->n_ents++] = g;
                    q = close + 1;
                } else if (*q == ']') {
                    fprintf(stderr, "%s: %s: bad markup near %.40s\n", path, d->id, q);
                    exit(1);
                } else {
                    d->text[d->text_len++] = (uint8_t)*q;
                    cp += ((uint8_t)*q & 0xC0) != 0x80;
                    q++;
                }
            }
            d->text[d->text_len] = 0;
        }
        if (!e) break;
        p = e + 1;
    }
    free(buf);
    *n_docs = n;
    return docs;
}

/* The documents of a comma-separated list of corpora, in order: JSONL files (read_jsonl) and
 * the project's marked-up .txt files (read_marked). A file named twice is read twice, which
 * is how a corpus is given more weight in training. */
static inline Doc *read_corpora(const char *list, size_t *n_docs) {
    Doc *all = 0;
    size_t n = 0;
    for (const char *p = list; *p;) {
        size_t l = strcspn(p, ",");
        char path[4096];
        if (l >= sizeof path) {
            fprintf(stderr, "path too long in %s\n", list);
            exit(1);
        }
        memcpy(path, p, l);
        path[l] = 0;
        if (l) {
            size_t k;
            Doc *docs = l > 4 && !strcmp(path + l - 4, ".txt") ? read_marked(path, &k)
                                                                : read_jsonl(path, &k);
            all = xrealloc(all, (n + k) * sizeof *all);
            if (k) memcpy(all + n, docs, k * sizeof *docs);
            free(docs);
            n += k;
        }
        p += l;
        if (*p == ',') p++;
    }
    *n_docs = n;
    return all;
}

/* ------------------------------------------------------------------------------ core */

/* Tokens and sentences of a whole document in one window, as pipeline.c does for any
 * document under its window size (every corpus document is). */
static inline int analyze_whole(NewsWork *w, const uint8_t *text, size_t n) {
    int rc = news_work_set_text(w, text, n);
    if (rc) return rc;
    w->sent.n = w->ment.n = w->quote.n = 0;
    w->win_byte_start = 0;
    w->win_byte_end = w->text_len;
    w->win_char_start = 0;
    size_t cut;
    rc = news_tokenize(w);
    if (rc == NEWS_OK) rc = news_sentences_split(w, &cut);
    return rc;
}

/* ------------------------------------------------------------------ the model's tables */

/* Packs the feature table as ner_train.c builds it by slot (m->feat) into the layout the
 * library reads (model.h): the same keys, and the weights of the used slots alone, in slot
 * order. Returns the number of rows. */
static inline size_t model_pack_feat(NewsModel *m) {
    size_t n = (size_t)m->feat_mask + 1, rows = 0;
    uint32_t *keys = xrealloc(0, n * sizeof *keys);
    uint16_t *row = xrealloc(0, n * sizeof *row);
    NewsFeatW *fw = xrealloc(0, n * sizeof *fw);
    for (size_t i = 0; i < n; i++) {
        keys[i] = m->feat[i].key;
        row[i] = 0;
        if (!keys[i]) continue;
        if (rows == NEWS_MAX_FEAT_ROWS) {
            fprintf(stderr, "model: more than %d features (model.h)\n", NEWS_MAX_FEAT_ROWS);
            exit(1);
        }
        row[i] = (uint16_t)rows;
        memcpy(fw[rows++], m->feat[i].w, sizeof *fw);
    }
    m->feat_keys = keys;
    m->feat_row = row;
    m->feat_w = xrealloc(fw, rows * sizeof *fw);
    return rows;
}

/* Packs the lexicon as ner_train.c builds it by slot (m->lex_keys, m->lex_a, m->lex_b): the
 * used slots' entries alone, in slot order, and a NewsLexRank per 32 slots (model.h).
 * Returns the number of entries. */
static inline size_t model_pack_lex(NewsModel *m) {
    size_t n = (size_t)m->lex_mask + 1, used = 0;
    NewsLexRank *rank = xrealloc(0, (n + 31) / 32 * sizeof *rank);
    NewsLexEntry *lex = xrealloc(0, n * sizeof *lex);
    for (size_t i = 0; i < n; i++) {
        if (i % 32 == 0) rank[i / 32] = (NewsLexRank){0, (uint32_t)used};
        if (!m->lex_keys[i]) continue;
        rank[i / 32].used |= 1u << (i % 32);
        lex[used++] = (NewsLexEntry){m->lex_keys[i], m->lex_a[i], m->lex_b[i]};
    }
    m->lex_rank = rank;
    m->lex = xrealloc(lex, used * sizeof *lex);
    return used;
}

static inline void model_pack_free(NewsModel *m) {
    free((void *)m->feat_keys), free((void *)m->feat_row), free((void *)m->feat_w);
    free((void *)m->lex_rank), free((void *)m->lex);
    m->feat_keys = 0, m->feat_row = 0, m->feat_w = 0, m->lex_rank = 0, m->lex = 0;
}

/* C arrays of the model's tables, as model_data.c and model_packed.c hold them. */
static inline void write_u32(FILE *f, const char *name, const uint32_t *v, size_t n) {
    fprintf(f, "static const uint32_t %s[%zu] = {\n", name, n);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "0x%x,%s", v[i], (i % 12 == 11 || i + 1 == n) ? "\n" : "");
    fprintf(f, "};\n\n");
}
static inline void write_u16(FILE *f, const char *name, const uint16_t *v, size_t n) {
    fprintf(f, "static const uint16_t %s[%zu] = {\n", name, n);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%u,%s", v[i], (i % 20 == 19 || i + 1 == n) ? "\n" : "");
    fprintf(f, "};\n\n");
}
static inline void write_i16(FILE *f, const char *name, const int16_t *v, size_t n) {
    fprintf(f, "static const int16_t %s[%zu] = {\n", name, n);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%d,%s", v[i], (i % 18 == 17 || i + 1 == n) ? "\n" : "");
    fprintf(f, "};\n\n");
}

#endif
