/* ner_eval.c: runs the core pipeline (no SQLite) over a JSONL file of documents and writes
 * the entity predictions in the format of ../shared/tools/score_ner.py, 0-based code-point
 * offsets, end exclusive (for valid UTF-8, SQLite's characters are code points):
 *
 *   build/ner_eval IN.jsonl OUT.jsonl        predictions
 *   build/ner_eval --bench IN.jsonl [REPS]   core speed in MB/s (median of REPS passes)
 *
 * One NewsWork is reused for every document, as one SQL cursor is in a join. */
#include <time.h>

#include "../model.h"
#include "tool_util.h"

static void put_json_string(FILE *f, const uint8_t *z, size_t n) {
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = z[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: ner_eval IN.jsonl OUT.jsonl | ner_eval --bench IN.jsonl [REPS]\n");
        return 2;
    }
    if (news_model_check(&news_model) != NEWS_OK) {
        fprintf(stderr, "ner_eval: compiled-in model has the wrong format\n");
        return 1;
    }
    int bench = !strcmp(argv[1], "--bench");
    size_t nd;
    Doc *docs = read_jsonl(bench ? argv[2] : argv[1], &nd);
    NewsWork w;
    news_work_init(&w, 0, 0);
    if (bench) {
        int reps = argc > 3 ? atoi(argv[3]) : 5;
        if (reps < 1) reps = 1;
        double bytes = 0, *t = malloc(reps * sizeof *t);
        for (size_t d = 0; d < nd; d++) bytes += docs[d].text_len;
        for (int r = 0; r < reps; r++) {
            double t0 = now();
            for (size_t d = 0; d < nd; d++)
                if (news_work_set_text(&w, docs[d].text, docs[d].text_len) ||
                    news_analyze(&news_model, &w, NEWS_ENTITIES))
                    return 1;
            t[r] = now() - t0;
        }
        qsort(t, reps, sizeof *t, cmp_double);
        printf("ner_eval: %.1f MB in %zu documents, median %.3f s: %.1f MB/s (core, entities)\n",
               bytes / 1e6, nd, t[reps / 2], bytes / 1e6 / t[reps / 2]);
        free(t);
    } else {
        FILE *out = fopen(argv[2], "w");
        if (!out) {
            fprintf(stderr, "cannot write %s\n", argv[2]);
            return 1;
        }
        for (size_t d = 0; d < nd; d++) {
            if (news_work_set_text(&w, docs[d].text, docs[d].text_len) ||
                news_analyze(&news_model, &w, NEWS_ENTITIES))
                return 1;
            fprintf(out, "{\"id\": ");
            put_json_string(out, (const uint8_t *)docs[d].id, strlen(docs[d].id));
            fprintf(out, ", \"entities\": [");
            for (size_t i = 0; i < w.ment.n; i++) {
                const NewsMention *m = &w.ment.v[i], *c = &w.ment.v[news_ment_canon(&w, i)];
                fprintf(out, "%s{\"start\": %lld, \"end\": %lld, \"type\": \"%s\", \"entity\": ",
                        i ? ", " : "", (long long)m->char_start,
                        (long long)(m->char_start + m->char_len), news_type_name(m->type));
                put_json_string(out, w.text + c->byte_start, c->byte_len);
                fprintf(out, ", \"score\": %.6f}", m->score);
            }
            fprintf(out, "]}\n");
        }
        fclose(out);
    }
    news_work_free(&w);
    for (size_t d = 0; d < nd; d++) free_doc(&docs[d]);
    free(docs);
    return 0;
}
