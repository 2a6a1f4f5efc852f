/* sqlite_news.h: the public header of sqlite-news, copied to dist/news.h by `make` for
 * applications that link the static library (dist/libnews.a) and register the extension on
 * every connection they open:
 *
 *     #include <sqlite3.h>
 *     #include "news.h"
 *     sqlite3_auto_extension((void (*)(void))sqlite3_news_init);
 *
 * A program that only loads dist/news.so at run time (`.load dist/news`) needs no header.
 * Nothing here depends on the core API (ext/news.h): this file is all an application sees. */
#ifndef SQLITE_NEWS_H
#define SQLITE_NEWS_H

#include <sqlite3.h>

/* The extension's version, as news_version() returns it. ext/news.h spells the same macro
 * for the core; the binding includes both, so a mismatch is a "NEWS_VERSION redefined"
 * warning, an error under CI=1 (-Werror). */
#define NEWS_VERSION "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

/* Registers news_entities, news_quotes, news_sentences, news_entities_json, news_quotes_json,
 * news_key and news_version on `db`. SQLite finds it from the file name of the .so; an
 * application calls it through sqlite3_auto_extension(). Needs SQLite 3.31.0 or later. */
#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_news_init(sqlite3 *db, char **pzErrMsg, const struct sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif
