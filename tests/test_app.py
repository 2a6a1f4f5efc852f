#!/usr/bin/python3
"""test_app.py: sqlite-news used as an application uses it, from Python's sqlite3 module
(Debian's /usr/bin/python3, whose sqlite3 can load extensions), after asg017/sqlite-lines
tests/test-loadable.py: the exact names the extension adds, news_version() against
NEWS_VERSION in ext/news.h, every error message and code, TEXT columns that decode as UTF-8,
and a small report a journalist would write. Prints `python: N passed, N failed` last.

usage: /usr/bin/python3 tests/test_app.py [path/to/news.so]   (default dist/news.so)"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SO = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist", "news.so"))

FUNCTIONS = ["news_entities_json", "news_key", "news_quotes_json", "news_version"]
MODULES = ["news_entities", "news_quotes", "news_sentences"]

ARTICLES = [
    (1, "2024-03-01", "KYIV, Ukraine - Foreign Minister Dmytro Kuleba met Secretary of State "
                      "Antony Blinken in Kyiv on Tuesday.\nKuleba said the talks were useful. "
                      "Blinken told reporters that NATO would meet in Brussels."),
    (2, "2024-03-02", "Angela Merkel met Airbus executives in Toulouse.\nMerkel thanked Airbus."),
    (3, "2024-03-03", "Antony Blinken flew to Brussels, where NATO ministers met. Blinken then "
                      "left for Kyiv, where Dmytro Kuleba waited."),
    (4, "2024-03-04", None),
]


def connect():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(SO)[0])
    db.enable_load_extension(False)
    return db


def header_version():
    with open(os.path.join(ROOT, "ext", "news.h"), encoding="utf-8") as f:
        m = re.search(r'#define\s+NEWS_VERSION\s+"([^"]+)"', f.read())
    return m.group(1)


class Names(unittest.TestCase):
    def test_functions_gained(self):
        bare = sqlite3.connect(":memory:")
        before = {r[0] for r in bare.execute("SELECT name FROM pragma_function_list")}
        after = {r[0] for r in connect().execute("SELECT name FROM pragma_function_list")}
        self.assertEqual(sorted(after - before), FUNCTIONS)

    def test_modules_gained(self):
        bare = sqlite3.connect(":memory:")
        before = {r[0] for r in bare.execute("SELECT name FROM pragma_module_list")}
        after = {r[0] for r in connect().execute("SELECT name FROM pragma_module_list")}
        self.assertEqual(sorted(after - before), MODULES)

    def test_function_flags(self):
        # deterministic and innocuous (flags bit 0x800 = SQLITE_DETERMINISTIC,
        # 0x200000 = SQLITE_INNOCUOUS, as pragma_function_list reports them), UTF-8
        rows = connect().execute("SELECT name, narg, enc, flags FROM pragma_function_list "
                                 "WHERE name LIKE 'news\\_%' ESCAPE '\\'").fetchall()
        self.assertEqual(len(rows), len(FUNCTIONS))
        for name, narg, enc, flags in rows:
            self.assertEqual(enc, "utf8", name)
            self.assertEqual(narg, 0 if name == "news_version" else 1, name)
            self.assertTrue(flags & 0x800, name)
            self.assertTrue(flags & 0x200000, name)

    @unittest.skipUnless(shutil.which("nm"), "nm not installed")
    def test_only_entry_point_exported(self):
        # -fvisibility=hidden: no symbol of ours can clash with the host's
        out = subprocess.run(["nm", "-D", "--defined-only", SO], capture_output=True,
                             text=True, check=True).stdout
        names = sorted(line.split()[-1] for line in out.splitlines()
                       if len(line.split()) == 3 and line.split()[1] in "TtDdBbRrVvWw")
        self.assertEqual(names, ["sqlite3_news_init"])

    def test_version(self):
        v = connect().execute("SELECT news_version()").fetchone()[0]
        self.assertEqual(v, header_version())
        self.assertRegex(v, r"^\d+\.\d+\.\d+$")

    def test_public_header_agrees(self):
        with open(os.path.join(ROOT, "ext", "sqlite_news.h"), encoding="utf-8") as f:
            self.assertIn('#define NEWS_VERSION "%s"' % header_version(), f.read())


class Errors(unittest.TestCase):
    def setUp(self):
        self.db = connect()

    def test_missing_argument(self):
        for t in MODULES:
            with self.assertRaisesRegex(sqlite3.OperationalError,
                                        r"^%s\(\): missing text argument$" % t):
                self.db.execute("SELECT * FROM %s" % t).fetchall()

    def test_missing_argument_in_join(self):
        self.db.execute("CREATE TABLE a(body)")
        with self.assertRaisesRegex(sqlite3.OperationalError, r"^news_entities\(\): "):
            self.db.execute("SELECT * FROM a, news_entities WHERE news_entities.type = 'PER'"
                            ).fetchall()

    def test_or_in_where_is_not_an_error(self):
        # the planner asks about each OR branch without the argument; that must plan
        n = self.db.execute("SELECT count(*) FROM news_entities('Angela Merkel met Airbus.') "
                            "WHERE start < 3 OR length > 5").fetchone()[0]
        self.assertGreaterEqual(n, 1)

    def test_create_virtual_table_refused(self):
        # eponymous only: no xCreate
        with self.assertRaises(sqlite3.OperationalError):
            self.db.execute("CREATE VIRTUAL TABLE t USING news_entities")

    def test_json_too_big(self):
        self.db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 200)
        text = "Angela Merkel met Airbus in Toulouse, then Paris and Berlin."
        for fn in ("news_entities_json",):
            with self.assertRaisesRegex(sqlite3.DataError,
                                        r"^%s\(\): result longer than SQLite's length limit$"
                                        % fn):
                self.db.execute("SELECT %s(?)" % fn, (text,)).fetchone()

    def test_wrong_argument_count_is_sqlites(self):
        with self.assertRaisesRegex(sqlite3.OperationalError,
                                    r"wrong number of arguments to function news_key\(\)"):
            self.db.execute("SELECT news_key('a', 'b')")
        with self.assertRaises(sqlite3.OperationalError):
            self.db.execute("SELECT * FROM news_entities('a', 'b')").fetchall()

    def test_trusted_schema_off(self):
        self.db.execute("PRAGMA trusted_schema=OFF")
        self.db.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT)")
        self.db.execute("INSERT INTO a(body) VALUES ('Angela Merkel met Airbus in Toulouse.')")
        self.db.execute("CREATE VIEW v AS SELECT a.id, e.entity, news_key(e.entity) k, "
                        "news_entities_json(a.body) j, s.content FROM a, news_entities(a.body) e"
                        " JOIN news_sentences(a.body) s ON s.sentence = e.sentence"
                        " LEFT JOIN news_quotes(a.body) q ON q.sentence = e.sentence")
        self.assertGreater(self.db.execute("SELECT count(*) FROM v").fetchone()[0], 0)


class Values(unittest.TestCase):
    def setUp(self):
        self.db = connect()

    def test_bytes_in_and_out(self):
        # invalid UTF-8 in a BLOB: rows as for CAST(x AS TEXT); TEXT columns of valid input
        # decode strictly
        blob = b"\xff\xfe Antony Blinken \xc3( said \x80\x80 \"yes\xe2\x80\x9d \xf0\x9f\x98"
        self.db.text_factory = bytes
        rows = self.db.execute("SELECT mention, start, length FROM news_entities(?)",
                               (blob,)).fetchall()
        self.assertIn((b"Antony Blinken", 4, 14), rows)
        self.db.text_factory = str
        text = "Владимир Зеленский met Joe Biden in Washington. 习近平 went to Beijing."
        for r in self.db.execute("SELECT entity, mention FROM news_entities(?)", (text,)):
            self.assertIsInstance(r[0], str)
        for r in self.db.execute("SELECT content FROM news_sentences(?)", (text,)):
            self.assertIsInstance(r[0], str)

    def test_positions_are_substr(self):
        text = "Ｄｍｙｔｒｏ Kuleba met 👍 Antony Blinken in Kyiv. « NATO » said \"no\"."
        for mention, start, length in self.db.execute(
                "SELECT mention, start, length FROM news_entities(?)", (text,)):
            self.assertEqual(text[start - 1:start - 1 + length], mention)

    def test_json_round_trip(self):
        import json
        text = ARTICLES[0][2]
        cols = ["entity", "type", "mention", "start", "length", "sentence", "score"]
        rows = [dict(zip(cols, r)) for r in
                self.db.execute("SELECT %s FROM news_entities(?)" % ",".join(cols), (text,))]
        arr = json.loads(self.db.execute("SELECT news_entities_json(?)", (text,)).fetchone()[0])
        self.assertEqual(arr, rows)  # reals exactly equal, not rounded
        self.assertEqual([list(o) for o in arr], [cols] * len(arr))

    def test_null_and_numbers(self):
        r = self.db.execute("SELECT news_entities_json(NULL), news_quotes_json(NULL), "
                            "news_key(NULL), (SELECT group_concat(content) FROM "
                            "news_sentences(12.5))").fetchone()
        self.assertEqual(r, (None, None, None, "12.5"))


class Report(unittest.TestCase):
    """What a data journalist would run: the people named most, across articles."""

    def test_people_named_most(self):
        db = connect()
        db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, published TEXT, body TEXT)")
        db.executemany("INSERT INTO articles VALUES (?, ?, ?)", ARTICLES)
        rows = db.execute("""
            SELECT news_key(e.entity) AS person, count(*) AS mentions,
                   count(DISTINCT a.id) AS articles, min(a.published) AS first_seen
              FROM articles AS a, news_entities(a.body) AS e
             WHERE e.type = 'PER'
             GROUP BY person
             ORDER BY mentions DESC, person""").fetchall()
        people = {r[0]: r for r in rows}
        # what the current model finds (model-dependent: update with the tagger)
        self.assertIn("dmytro kuleba", people)
        self.assertEqual(people["dmytro kuleba"][2], 2)
        self.assertEqual(people["dmytro kuleba"][3], "2024-03-01")
        total = db.execute("SELECT count(*) FROM articles a, news_entities(a.body) e "
                           "WHERE e.type = 'PER'").fetchone()[0]
        self.assertEqual(sum(r[1] for r in rows), total)


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-q"], exit=False, verbosity=0).result
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    sys.stderr.flush()
    print("python: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)
