/* fuzz_core.c: libFuzzer target for the whole core pipeline (build: `make fuzz`).
 *
 * Raw bytes go to news_work_set_text + news_analyze with every step, and every row must meet
 * the SPEC invariants (check.h): spans non-empty, inside the text, cut at characters as
 * SQLite counts them, ordered by start, inside their sentence; canon and speaker indexes
 * valid; valid UTF-8 out of valid input. Then determinism: the same text in a workspace that
 * has just analysed other text gives the same rows (no state leaks from call to call), and
 * the sentences alone come out as with every step.
 *
 * The fuzz build compiles pipeline.c with a 256-byte window (NEWS_WINDOW_BYTES) so inputs of
 * a few kilobytes already cross window cuts, which real inputs reach only past a megabyte.
 * ASan and UBSan catch memory errors and undefined arithmetic; LSan catches leaks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "same.h"

static void fail(const char *what, const char *why) {
    fprintf(stderr, "fuzz_core: %s: %s\n", what, why);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static NewsWork reused; /* kept across inputs, as a cursor over a join keeps its work */
    static int reused_ready;
    if (!reused_ready) {
        news_work_init(&reused, 0, 0);
        reused_ready = 1;
    }
    NewsWork w;
    news_work_init(&w, 0, 0);
    if (news_work_set_text(&w, data, size) != NEWS_OK) fail("set_text", "failed");
    if (news_analyze(&news_model, &w, NEWS_SENTENCES | NEWS_ENTITIES | NEWS_QUOTES) != NEWS_OK)
        fail("analyze", "failed");
    NewsCheckMap map;
    if (!news_check_map(&map, w.text, w.text_len)) fail("check map", "out of memory");
    const char *why = news_check_results(&w, &map, NEWS_QUOTES);
    if (why) fail("all steps", why);

    /* the reused workspace saw the previous input: results must not depend on it */
    if (news_work_set_text(&reused, data, size) != NEWS_OK ||
        news_analyze(&news_model, &reused, NEWS_QUOTES) != NEWS_OK)
        fail("reused", "failed");
    if ((why = news_same_results(&w, &reused))) fail("reused workspace", why);

    /* sentences alone: the same numbering every function refers to */
    NewsWork s;
    news_work_init(&s, 0, 0);
    if (news_work_set_text(&s, data, size) != NEWS_OK ||
        news_analyze(&news_model, &s, NEWS_SENTENCES) != NEWS_OK)
        fail("sentences", "failed");
    if ((why = news_check_results(&s, &map, NEWS_SENTENCES))) fail("sentences only", why);
    if (s.sent.n != w.sent.n) fail("sentences only", "sentence count differs from all steps");
    for (size_t i = 0; i < s.sent.n; i++)
        if (s.sent.v[i].byte_start != w.sent.v[i].byte_start ||
            s.sent.v[i].byte_len != w.sent.v[i].byte_len)
            fail("sentences only", "sentences differ from all steps");

    news_check_map_free(&map);
    news_work_free(&s);
    news_work_free(&w);
    return 0;
}
