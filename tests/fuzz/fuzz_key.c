/* fuzz_key.c: libFuzzer target for news_key() (build: `make fuzz`).
 *
 * Any bytes must give NEWS_OK and either no key or a NUL-terminated key of the length
 * reported, with no NUL inside, valid UTF-8 when the input was, and no leading, trailing or
 * doubled space (SPEC: runs collapse to one space). The key of a key is itself: keys are
 * meant to be compared, so normalising twice must change nothing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static void fail(const char *why) {
    fprintf(stderr, "fuzz_key: %s\n", why);
    abort();
}

static void check_key(const uint8_t *k, size_t n, int input_valid) {
    if (!k) {
        if (n) fail("no key but a length");
        return;
    }
    if (k[n] != 0) fail("key not NUL-terminated");
    if (memchr(k, 0, n)) fail("NUL inside the key");
    if (input_valid && !news_check_valid_utf8(k, n)) fail("invalid UTF-8 out of valid input");
    if (n && (k[0] == ' ' || k[n - 1] == ' ')) fail("key starts or ends with a space");
    for (size_t i = 1; i < n; i++)
        if (k[i] == ' ' && k[i - 1] == ' ') fail("doubled space in the key");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    NewsWork w;
    news_work_init(&w, 0, 0);
    uint8_t *key = 0, *key2 = 0;
    size_t n = 0, n2 = 0;
    size_t text_n = news_utf8_text_len(data, size);
    int valid = news_check_valid_utf8(data, text_n);
    if (news_key(&w, data, size, &key, &n) != NEWS_OK) fail("news_key failed");
    check_key(key, n, valid);
    if (key) {
        if (news_key(&w, key, n, &key2, &n2) != NEWS_OK) fail("news_key of a key failed");
        check_key(key2, n2, valid);
        if (valid && (n2 != n || memcmp(key, key2, n) != 0)) fail("key of a key differs");
    }
    news_work_release(&w, key);
    news_work_release(&w, key2);
    news_work_free(&w);
    return 0;
}
