#!/usr/bin/python3
"""quotes_to_csv.py: reads the articles of a database and writes every quotation that
news_quotes() finds in them to a CSV file, one row per quotation, in article order.

usage: quotes_to_csv.py ARTICLES.db OUT.csv [EXTENSION]

ARTICLES.db holds a table articles(id, published, source, title, body); it is opened read-only.
EXTENSION is the loadable extension without its suffix (default: dist/news, as built by
`make`; /usr/local/lib/news after `make install`). Columns written: article_id, published,
source, title, speaker, speaker_mention, cue, kind, quote, sentence, start, length, score.

Needs a Python whose sqlite3 module can load extensions: Debian's /usr/bin/python3 can; some
builds (macOS system Python, python.org and pyenv builds without
--enable-loadable-sqlite-extensions) cannot: see docs/troubleshooting.md."""
import csv
import os
import sqlite3
import sys

COLUMNS = ["article_id", "published", "source", "title", "speaker", "speaker_mention", "cue",
           "kind", "quote", "sentence", "start", "length", "score"]

QUERY = """
SELECT a.id, a.published, a.source, a.title, q.speaker, q.speaker_mention, q.cue, q.kind,
       q.quote, q.sentence, q.start, q.length, q.score
  FROM articles AS a, news_quotes(a.body) AS q
 ORDER BY a.id, q.start
"""


def connect(path, extension):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if not hasattr(db, "enable_load_extension"):
        sys.exit("quotes_to_csv.py: this Python's sqlite3 cannot load extensions "
                 "(see docs/troubleshooting.md)")
    db.enable_load_extension(True)
    # an absolute path, so that SQLite does not search the loader path for "dist/news.so"
    db.load_extension(os.path.abspath(extension) if os.sep in extension else extension)
    db.enable_load_extension(False)  # no SQL statement may load anything after this
    return db


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__.split("\n\n")[1])
    db = connect(argv[1], argv[3] if len(argv) == 4 else "dist/news")
    n_rows = 0
    with open(argv[2], "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in db.execute(QUERY):
            writer.writerow(row)
            n_rows += 1
    db.close()
    print(f"{argv[2]}: {n_rows} quotations", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
