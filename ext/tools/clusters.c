/* clusters.c: learns word classes and case statistics from unlabelled news text, for the
 * tagger's word-class and case features (model.h, lexicon table):
 *
 *   build/clusters OUT.tsv DOCS.jsonl [DOCS.jsonl ...]
 *
 * Word classes: a cheap stand-in for Brown clusters (the unlabelled README's advice). Each
 * frequent word form gets a vector of its left and right neighbours (two words each way,
 * the 1000 commonest lower-cased words plus four shape buckets), weighted by positive
 * pointwise mutual information and randomly projected to 256 dimensions; spherical k-means
 * then groups the forms twice, into 64 and into 320 classes (two granularities, as Brown
 * bit-string prefixes give), each until under one form in 1,000 moves. Forms are
 * case-sensitive: "Bush" and "bush" differ, and the wire's all-capital headlines give
 * "ENGLAND" a class of its own.
 *
 * Every random draw (the projection's signs, the k-means seeds) comes from the hash of a
 * word's bytes, never from a rank or a position in the vocabulary, so that a small change
 * of the input (a tokenizer change that joins "U.S.-led") leaves most classes and their
 * numbers as they were: a draw by rank gave other classes to 98 % of the forms.
 *
 * Case statistics: for each lower-cased word, how often it is capitalised where case means
 * something (not the first word of a sentence, not in an all-capital headline).
 *
 * Output lines, sorted: "w<TAB>form<TAB>class64<TAB>class320" (classes from 1) and
 * "c<TAB>lower<TAB>NEWS_CASE_*". Deterministic: fixed seeds, ties broken by bytes. */
#include <math.h>

#include "../model.h"
#include "tool_util.h"

#define MIN_COUNT 5
#define MAX_VOCAB 50000
#define N_CTX 1000
#define N_SHAPE 4
#define N_SIDE 4 /* -2, -1, +1, +2 */
#define DIM 256
#define K_A 64
#define K_B 320
#define ITERS 60 /* rounds at most: k-means stops once under one form in 1,000 moves */
#define BOUNDARY 0xFFFFFFFFu

typedef struct {
    uint64_t h;
    uint32_t off, len; /* bytes in the arena */
    uint64_t count;
    uint32_t cap_mid, low_mid; /* case statistics (lower-cased table only) */
    uint32_t lower_id;         /* form table: id of its lower-cased form */
    uint8_t shape;
} Type;

typedef struct {
    Type *v;
    size_t n, cap;
    uint32_t *slot; /* index + 1, 0 = empty */
    size_t slot_cap;
} Table;

static uint8_t *arena;
static size_t arena_n, arena_cap;

static uint32_t intern(Table *t, const uint8_t *z, size_t n) {
    uint64_t h = news_lex_hash('x', z, n);
    if (2 * (t->n + 1) > t->slot_cap) {
        size_t nc = t->slot_cap ? 2 * t->slot_cap : 1 << 16;
        uint32_t *s = calloc(nc, sizeof *s);
        for (size_t i = 0; i < t->n; i++) {
            size_t k = t->v[i].h & (nc - 1);
            while (s[k]) k = (k + 1) & (nc - 1);
            s[k] = (uint32_t)i + 1;
        }
        free(t->slot);
        t->slot = s;
        t->slot_cap = nc;
    }
    size_t k = h & (t->slot_cap - 1);
    while (t->slot[k]) {
        Type *ty = &t->v[t->slot[k] - 1];
        if (ty->h == h && ty->len == n && !memcmp(arena + ty->off, z, n)) return t->slot[k] - 1;
        k = (k + 1) & (t->slot_cap - 1);
    }
    if (t->n == t->cap) t->v = xrealloc(t->v, (t->cap = t->cap ? 2 * t->cap : 4096) * sizeof *t->v);
    if (arena_n + n > arena_cap) arena = xrealloc(arena, arena_cap = 2 * (arena_cap + n + 4096));
    memcpy(arena + arena_n, z, n);
    Type *ty = &t->v[t->n];
    memset(ty, 0, sizeof *ty);
    ty->h = h;
    ty->off = (uint32_t)arena_n;
    ty->len = (uint32_t)n;
    arena_n += n;
    t->slot[k] = (uint32_t)t->n + 1;
    return (uint32_t)t->n++;
}

static Table forms, lowers;
static uint32_t *stream; /* form ids, BOUNDARY between sentences */
static size_t stream_n, stream_cap;

static void push(uint32_t id) {
    if (stream_n == stream_cap)
        stream =
            xrealloc(stream, (stream_cap = stream_cap ? 2 * stream_cap : 1 << 20) * sizeof *stream);
    stream[stream_n++] = id;
}

static int by_count(const void *a, const void *b) {
    const Type *x = &forms.v[*(const uint32_t *)a], *y = &forms.v[*(const uint32_t *)b];
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(arena + x->off, arena + y->off, n);
    return c ? c : (int)x->len - (int)y->len;
}
static int by_lower_count(const void *a, const void *b) {
    const Type *x = &lowers.v[*(const uint32_t *)a], *y = &lowers.v[*(const uint32_t *)b];
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(arena + x->off, arena + y->off, n);
    return c ? c : (int)x->len - (int)y->len;
}

static void read_corpus(const char *path, NewsWork *w) {
    size_t nd;
    Doc *docs = read_jsonl(path, &nd);
    uint8_t low[64];
    for (size_t d = 0; d < nd; d++) {
        if (analyze_whole(w, docs[d].text, docs[d].text_len)) continue;
        size_t n = w->tok.n;
        for (size_t a = 0; a < n;) {
            size_t b = a;
            while (b < n && w->tok.v[b].sentence == w->tok.v[a].sentence) b++;
            int letters = 0, upper = 0;
            size_t first = b;
            for (size_t k = a; k < b; k++) {
                const NewsToken *t = &w->tok.v[k];
                if ((t->flags & NEWS_TF_WORD) && first == b) first = k;
                if ((t->flags & NEWS_TF_WORD) && !(t->flags & NEWS_TF_DIGIT)) {
                    letters++;
                    if (t->flags & NEWS_TF_ALL_UPPER) upper++;
                }
            }
            int headline = letters > 0 && upper == letters;
            for (size_t k = a; k < b; k++) {
                const NewsToken *t = &w->tok.v[k];
                const uint8_t *z = w->text + t->byte_start;
                uint32_t id = intern(&forms, z, t->byte_len);
                Type *f = &forms.v[id];
                if (f->count++ == 0) {
                    size_t ln = news_features_lower(z, t->byte_len, low, sizeof low);
                    f->lower_id = intern(&lowers, low, ln);
                    f = &forms.v[id];
                    f->shape = (t->flags & NEWS_TF_DIGIT)        ? 2
                               : (t->flags & NEWS_TF_UPPER_INIT) ? 0
                               : (t->flags & NEWS_TF_WORD)       ? 1
                                                                 : 3;
                }
                Type *lo = &lowers.v[f->lower_id];
                lo->count++;
                if ((t->flags & NEWS_TF_WORD) && !(t->flags & NEWS_TF_DIGIT) && k != first &&
                    !headline) {
                    if (t->flags & (NEWS_TF_UPPER_INIT | NEWS_TF_ALL_UPPER))
                        lo->cap_mid++;
                    else
                        lo->low_mid++;
                }
                push(id);
            }
            push(BOUNDARY);
            a = b;
        }
    }
    for (size_t d = 0; d < nd; d++) free_doc(&docs[d]);
    free(docs);
}

/* A number in (0, 1] drawn for the form of key h in round j of the seeding with this seed:
 * the same form gets the same draw whatever else the vocabulary holds. */
static double form_draw(uint64_t h, uint64_t seed, int j) {
    uint64_t z = news_hash_fin(h ^ news_hash_fin(seed + (uint64_t)j));
    return (double)((z >> 11) + 1) / 9007199254740992.0;
}

/* Spherical k-means with k-means++ seeding; assign[v] gets a class in [0, k). Each seed is
 * drawn with odds the squared distance to the nearest seed before it (the first, all
 * alike), as a race: the form of the smallest -log(u) / weight wins, u drawn from the
 * form's key (its bytes' hash). So which forms seed the classes, and in which order,
 * depends on the forms and their vectors, not on their ranks in the vocabulary: a few
 * forms more or fewer (a tokenizer change) leave the classes nearly as they were, and
 * their numbers the same, where a draw by rank would start every class anew. */
static void kmeans(const float *x,
                   const uint64_t *key,
                   size_t nv,
                   int k,
                   uint32_t *assign,
                   uint64_t seed) {
    float *c = calloc((size_t)k * DIM, sizeof *c);
    float *best = malloc(nv * sizeof *best);
    for (size_t v = 0; v < nv; v++) best[v] = 2.0f; /* distance 1 - cos, in [0, 2] */
    for (int j = 0; j < k; j++) {
        size_t pick = 0;
        double first = INFINITY;
        for (size_t v = 0; v < nv; v++) {
            double weight = (double)best[v] * best[v];
            if (!(weight > 0)) continue;
            double t = -log(form_draw(key[v], seed, j)) / weight;
            if (t < first) first = t, pick = v;
        }
        memcpy(c + (size_t)j * DIM, x + pick * DIM, DIM * sizeof *c);
        for (size_t v = 0; v < nv; v++) {
            float dot = 0;
            for (int d = 0; d < DIM; d++) dot += x[v * DIM + d] * c[(size_t)j * DIM + d];
            float dist = 1.0f - dot;
            if (dist < best[v]) best[v] = dist;
        }
    }
    for (int it = 0; it < ITERS; it++) {
        size_t changed = 0;
        for (size_t v = 0; v < nv; v++) {
            int arg = 0;
            float top = -2;
            for (int j = 0; j < k; j++) {
                float dot = 0;
                for (int d = 0; d < DIM; d++) dot += x[v * DIM + d] * c[(size_t)j * DIM + d];
                if (dot > top) top = dot, arg = j;
            }
            if (it == 0 || assign[v] != (uint32_t)arg) changed++;
            assign[v] = (uint32_t)arg;
        }
        memset(c, 0, (size_t)k * DIM * sizeof *c);
        for (size_t v = 0; v < nv; v++)
            for (int d = 0; d < DIM; d++) c[assign[v] * DIM + d] += x[v * DIM + d];
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int d = 0; d < DIM; d++) norm += (double)c[j * DIM + d] * c[j * DIM + d];
            norm = sqrt(norm);
            if (norm > 0)
                for (int d = 0; d < DIM; d++) c[j * DIM + d] = (float)(c[j * DIM + d] / norm);
        }
        fprintf(stderr, "clusters: k=%d iteration %d, %zu changed\n", k, it + 1, changed);
        if (changed * 1000 < nv) break; /* settled */
    }
    free(c);
    free(best);
}

typedef struct {
    char *line;
} Line;
static int cmp_line(const void *a, const void *b) {
    return strcmp(((const Line *)a)->line, ((const Line *)b)->line);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: clusters OUT.tsv DOCS.jsonl [DOCS.jsonl ...]\n");
        return 2;
    }
    NewsWork w;
    news_work_init(&w, 0, 0);
    for (int i = 2; i < argc; i++) read_corpus(argv[i], &w);
    news_work_free(&w);
    fprintf(stderr, "clusters: %zu tokens, %zu forms, %zu lower-cased\n", stream_n, forms.n,
            lowers.n);

    /* vocabulary and contexts */
    uint32_t *order = malloc(forms.n * sizeof *order);
    for (size_t i = 0; i < forms.n; i++) order[i] = (uint32_t)i;
    qsort(order, forms.n, sizeof *order, by_count);
    size_t nv = 0;
    while (nv < forms.n && nv < MAX_VOCAB && forms.v[order[nv]].count >= MIN_COUNT) nv++;
    int32_t *vid = malloc(forms.n * sizeof *vid);
    for (size_t i = 0; i < forms.n; i++) vid[i] = -1;
    for (size_t i = 0; i < nv; i++) vid[order[i]] = (int32_t)i;
    uint32_t *lorder = malloc(lowers.n * sizeof *lorder);
    for (size_t i = 0; i < lowers.n; i++) lorder[i] = (uint32_t)i;
    qsort(lorder, lowers.n, sizeof *lorder, by_lower_count);
    int32_t *lctx = malloc(lowers.n * sizeof *lctx);
    for (size_t i = 0; i < lowers.n; i++) lctx[i] = -1;
    for (size_t i = 0; i < lowers.n && i < N_CTX; i++) lctx[lorder[i]] = (int32_t)i;
    const size_t nc = N_CTX + N_SHAPE + 1; /* +1: sentence edge */
    const size_t ncols = N_SIDE * nc;

    /* co-occurrence counts: hash of (word, column) */
    size_t hcap = 1 << 24;
    uint64_t *hkey = calloc(hcap, sizeof *hkey);
    uint32_t *hval = calloc(hcap, sizeof *hval);
    uint64_t *col_count = calloc(ncols, sizeof *col_count),
             *row_count = calloc(nv, sizeof *row_count);
    uint64_t total = 0;
    static const int offs[N_SIDE] = {-2, -1, 1, 2};
    for (size_t p = 0; p < stream_n; p++) {
        if (stream[p] == BOUNDARY || vid[stream[p]] < 0) continue;
        uint32_t v = (uint32_t)vid[stream[p]];
        for (int s = 0; s < N_SIDE; s++) {
            int64_t q = (int64_t)p;
            int edge = 0;
            for (int step = 0; step < (offs[s] < 0 ? -offs[s] : offs[s]); step++) {
                q += offs[s] < 0 ? -1 : 1;
                if (q < 0 || (size_t)q >= stream_n || stream[q] == BOUNDARY) {
                    edge = 1;
                    break;
                }
            }
            size_t ctx;
            if (edge)
                ctx = N_CTX + N_SHAPE;
            else {
                const Type *f = &forms.v[stream[q]];
                ctx = lctx[f->lower_id] >= 0 ? (size_t)lctx[f->lower_id] : (size_t)N_CTX + f->shape;
            }
            size_t col = (size_t)s * nc + ctx;
            uint64_t key = ((uint64_t)v * ncols + col) + 1;
            size_t k = news_hash_fin(key) & (hcap - 1);
            while (hkey[k] && hkey[k] != key) k = (k + 1) & (hcap - 1);
            hkey[k] = key;
            hval[k]++;
            col_count[col]++;
            row_count[v]++;
            total++;
        }
    }
    /* random projection of PPMI rows: a column's signs are drawn from the hash of its
     * word's bytes (of a shape or the edge, its number) and its side, not from its rank,
     * so that a word's vector depends on the words around it, not on their ranks */
    float *proj = malloc(ncols * DIM * sizeof *proj);
    for (size_t col = 0; col < ncols; col++) {
        size_t ctx = col % nc;
        uint64_t ck =
            ctx < N_CTX && ctx < lowers.n ? lowers.v[lorder[ctx]].h : 0x5EEDC1A55ull + ctx;
        ck = news_hash_fin(ck ^ 0x9E3779B97F4A7C15ull * (col / nc + 1));
        for (int d = 0; d < DIM; d++) {
            uint64_t bits = news_hash_fin(ck + (uint64_t)(d >> 6));
            proj[col * DIM + d] = (bits >> (d & 63)) & 1 ? 1.0f : -1.0f;
        }
    }
    float *x = calloc(nv * DIM, sizeof *x);
    for (size_t k = 0; k < hcap; k++) {
        if (!hkey[k]) continue;
        uint64_t key = hkey[k] - 1;
        size_t v = key / ncols, col = key % ncols;
        double pmi = log((double)hval[k] * total / ((double)row_count[v] * col_count[col]));
        if (pmi <= 0) continue;
        for (int d = 0; d < DIM; d++) x[v * DIM + d] += (float)pmi * proj[col * DIM + d];
    }
    for (size_t v = 0; v < nv; v++) {
        double norm = 0;
        for (int d = 0; d < DIM; d++) norm += (double)x[v * DIM + d] * x[v * DIM + d];
        norm = sqrt(norm);
        if (norm > 0)
            for (int d = 0; d < DIM; d++) x[v * DIM + d] = (float)(x[v * DIM + d] / norm);
    }
    uint32_t *ca = malloc(nv * sizeof *ca), *cb = malloc(nv * sizeof *cb);
    uint64_t *key = calloc(nv + 1, sizeof *key);
    for (size_t i = 0; i < nv; i++) key[i] = forms.v[order[i]].h;
    kmeans(x, key, nv, K_A, ca, 0xA11CE);
    kmeans(x, key, nv, K_B, cb, 0xB0B);

    /* output */
    Line *lines = malloc((nv + lowers.n) * sizeof *lines);
    size_t nl = 0;
    for (size_t i = 0; i < nv; i++) {
        const Type *f = &forms.v[order[i]];
        char *s = malloc(f->len + 32);
        int o = sprintf(s, "w\t");
        memcpy(s + o, arena + f->off, f->len);
        sprintf(s + o + f->len, "\t%u\t%u", ca[i] + 1, cb[i] + 1);
        lines[nl++].line = s;
    }
    for (size_t i = 0; i < lowers.n; i++) {
        const Type *lo = &lowers.v[i];
        uint32_t n = lo->cap_mid + lo->low_mid;
        if (n < 3) continue;
        double r = (double)lo->cap_mid / n;
        int bin = r < 0.05   ? NEWS_CASE_LOWER
                  : r < 0.4  ? NEWS_CASE_MOSTLY_LOWER
                  : r < 0.6  ? NEWS_CASE_MIXED
                  : r < 0.95 ? NEWS_CASE_MOSTLY_CAP
                             : NEWS_CASE_CAP;
        char *s = malloc(lo->len + 16);
        int o = sprintf(s, "c\t");
        memcpy(s + o, arena + lo->off, lo->len);
        sprintf(s + o + lo->len, "\t%d", bin);
        lines[nl++].line = s;
    }
    qsort(lines, nl, sizeof *lines, cmp_line);
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    for (size_t i = 0; i < nl; i++) fprintf(out, "%s\n", lines[i].line), free(lines[i].line);
    fclose(out);
    fprintf(stderr, "clusters: %zu forms classed, %zu lines\n", nv, nl);
    return 0;
}
