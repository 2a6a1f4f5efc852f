#!/usr/bin/python3
"""examples.py: checks everything a user runs outside the C core, on the demo database:
every sql/*.sql script (structure and invariants that hold whatever the model finds, exact
output where it does not depend on the model), materialisation (idempotent, triggers, the
batch filler resumed after an interruption), the example programs in docs/examples/, and
every ```sql block of README.md and docs/*.md (each must run without an error after
`.load dist/news` on a copy of the demo database, and print the results written beside or
under its statements), and the output README.md and docs/reports.md show as real.

Run from the top of the tree after `make all build/demo.db` (`make test-examples` does):
    tests/examples.py
Environment: SQLITE3, PYTHON, CC, EXT (default dist/news), DEMO_DB (build/demo.db).
Prints each failure, then `examples: N passed, N failed`; exit status 1 when one failed."""
import csv
import glob
import json
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

SQLITE3 = os.environ.get("SQLITE3", "sqlite3").split()
PYTHON = os.environ.get("PYTHON", "/usr/bin/python3")
CC = os.environ.get("CC", "cc")
EXT = os.environ.get("EXT", "dist/news")
DEMO_DB = os.environ.get("DEMO_DB", "build/demo.db")

# scripts that are not reports over the demo database
NOT_REPORTS = {"sql/demo_articles.sql", "sql/materialize.sql"}

passed = 0
failed = 0

# a node statement of the DOT the graph_*.sql scripts print: `  "id" [label=...`
DOT_NODE = re.compile(r'  "((?:[^"\\]|\\.)*)" \[')


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))
    return ok


def shell(db, script, *args, params=None, mode=None):
    """Runs `script` (text) through the sqlite3 shell on db after loading the extension.
    Returns (exit status, stdout, stderr)."""
    cmd = SQLITE3 + ["-batch", "-bail", "-cmd", f".load {EXT}"]
    for k, v in (params or {}).items():
        cmd += ["-cmd", f".param set {k} {v}"]
    if mode:
        cmd.append(mode)
    cmd += [db, *args]
    p = subprocess.run(cmd, input=script, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def fresh_db(tmp, name="demo.db"):
    path = os.path.join(tmp, name)
    shutil.copyfile(DEMO_DB, path)
    return path


def run_json(db, path, params=None, name=None):
    """Runs a report as JSON: its `.mode`/`.headers` lines are dropped so -json applies."""
    text = open(path, encoding="utf-8").read()
    text = "\n".join(l for l in text.splitlines() if not re.match(r"\s*\.(mode|headers)\b", l))
    rc, out, err = shell(db, text, params=params, mode="-json")
    name = name or path
    if not check(f"{name} runs as JSON", rc == 0 and not err, err.strip()[:300]):
        return None
    try:
        return json.loads(out) if out.strip() else []
    except ValueError as e:
        check(f"{name} prints JSON", False, str(e))
        return None


def columns_are(name, rows, cols):
    # an empty result has no rows to show its columns: nothing to compare
    return check(f"{name} columns", all(list(r) == cols for r in rows),
                 rows and list(rows[0]))


def query(db, sql, *args):
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(EXT))
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


# ------------------------------------------------------------------ the demo corpus

def check_corpus(tmp):
    rows = query(DEMO_DB, "SELECT id, published, source, title, body FROM articles ORDER BY id")
    check("demo: twelve articles", len(rows) == 12, len(rows))
    for id_, published, source, title, body in rows:
        words = len(body.split())
        check(f"demo article {id_}: 150 to 400 words", 150 <= words <= 400, words)
        check(f"demo article {id_}: headline first, then paragraphs",
              body.split("\n")[0] == title and body.count("\n") >= 4 and
              not body.endswith("\n"))
        check(f"demo article {id_}: ISO date and a source",
              re.fullmatch(r"2026-\d\d-\d\d", published or "") is not None and bool(source))
    bodies = " ".join(r[4] for r in rows)
    for mark in ('"', "\u201c", "\u201d", "according to", "said that"):
        check(f"demo: the corpus uses {mark!r}", mark in bodies.lower() if mark[0].isalpha()
              else mark in bodies)


# ------------------------------------------------------------------ reports

def check_reports(tmp):
    db = fresh_db(tmp)
    reports = sorted(set(glob.glob("sql/*.sql")) - NOT_REPORTS)
    check("sql/ holds the reports", len(reports) >= 9, reports)
    for path in reports:
        rc, out, err = shell(db, open(path, encoding="utf-8").read())
        check(f"{path} runs as written", rc == 0 and not err, err.strip()[:300])
        head = open(path, encoding="utf-8").read().split("\n", 1)[0]
        check(f"{path} opens with a comment saying what it does",
              head.startswith(f"-- {os.path.basename(path)}: "), head)

    n_quotes_with_speaker = query(db, "SELECT count(*) FROM article_quotes "
                                      "WHERE speaker IS NOT NULL")[0][0]

    rows = run_json(db, "sql/most_quoted.sql")
    if rows is not None:
        columns_are("most_quoted", rows, ["speaker", "type", "quotes", "direct", "partial",
                                          "indirect", "articles", "first", "last"])
        check("most_quoted: quotes = direct + partial + indirect",
              all(r["quotes"] == r["direct"] + r["partial"] + r["indirect"] for r in rows))
        check("most_quoted: 1 <= articles <= quotes, first <= last",
              all(1 <= r["articles"] <= r["quotes"] and r["first"] <= r["last"] for r in rows))
        check("most_quoted: ordered by quotes",
              [r["quotes"] for r in rows] == sorted((r["quotes"] for r in rows), reverse=True))
        check("most_quoted: at most @limit (20) rows", len(rows) <= 20)
        if len(rows) < 20:
            check("most_quoted: counts every attributed quotation",
                  sum(r["quotes"] for r in rows) == n_quotes_with_speaker)
    rows = run_json(db, "sql/most_quoted.sql", params={"@limit": 1, "@kind": "'direct'"},
                    name="most_quoted with @limit 1, @kind direct")
    if rows is not None:
        check("most_quoted @limit 1", len(rows) <= 1)
        check("most_quoted @kind direct", all(r["quotes"] == r["direct"] for r in rows))
    # dates as the script's header writes them (in double quotes, or the shell computes them)
    rows = run_json(db, "sql/most_quoted.sql", params={
        "@since": "\"'2026-03-09'\"", "@until": "\"'2026-03-31'\"", "@limit": 1000},
        name="most_quoted with @since and @until")
    if rows is not None:
        want = query(db, "SELECT count(*) FROM article_quotes AS q JOIN articles AS a ON "
                         "a.id = q.article_id WHERE q.speaker IS NOT NULL AND "
                         "a.published BETWEEN '2026-03-09' AND '2026-03-31'")[0][0]
        check("most_quoted @since @until: the quotations of those dates, no others",
              want > 0 and sum(r["quotes"] for r in rows) == want and
              all("2026-03-09" <= r["first"] <= r["last"] <= "2026-03-31" for r in rows),
              (want, rows[:3]))

    rows = run_json(db, "sql/quoted_about.sql")
    if rows is not None:
        columns_are("quoted_about", rows, ["speaker", "about", "type", "quotes", "mentions",
                                           "articles"])
        check("quoted_about: 1 <= articles <= quotes <= mentions",
              all(1 <= r["articles"] <= r["quotes"] <= r["mentions"] for r in rows))
        check("quoted_about: a speaker is not about themself",
              all(r["speaker"] != r["about"] for r in rows))
    # the span rule itself, on rows we add: Carter quoted naming Leeds, Carter and Hale
    db2 = fresh_db(tmp, "about.db")
    con = sqlite3.connect(db2)
    con.executescript("""
        DELETE FROM article_quotes; DELETE FROM article_entities;
        INSERT INTO article_quotes(article_id, quote, kind, speaker, start, length, speaker_key)
            VALUES (1, 'Leeds and Hale', 'direct', 'Helen Carter', 10, 14, 'helen carter');
        INSERT INTO article_entities(article_id, entity, type, mention, start, length,
                                     sentence, score, entity_key) VALUES
            (1, 'Leeds', 'LOC', 'Leeds', 10, 5, 1, 1, 'leeds'),
            (1, 'Martin Hale', 'PER', 'Hale', 20, 4, 1, 1, 'martin hale'),
            (1, 'Helen Carter', 'PER', 'Carter', 21, 4, 1, 1, 'helen carter'),
            (1, 'Sheffield', 'LOC', 'Sheffield', 24, 9, 1, 1, 'sheffield'),
            (2, 'Leeds', 'LOC', 'Leeds', 10, 5, 1, 1, 'leeds');""")
    con.commit()
    con.close()
    rows = run_json(db2, "sql/quoted_about.sql", name="quoted_about on set rows")
    check("quoted_about: exactly the entities inside the quote, the speaker left out",
          rows is not None and sorted((r["speaker"], r["about"]) for r in rows)
          == [("Helen Carter", "Leeds"), ("Helen Carter", "Martin Hale")], rows)

    rows = run_json(db, "sql/co_mentions.sql")
    if rows is not None:
        columns_are("co_mentions", rows, ["entity_a", "type_a", "entity_b", "type_b",
                                          "articles", "sentences"])
        check("co_mentions: articles >= 1, sentences >= 0",
              all(r["articles"] >= 1 and r["sentences"] >= 0 for r in rows))
        check("co_mentions: a pair is two different entities",
              all((r["entity_a"], r["type_a"]) != (r["entity_b"], r["type_b"]) for r in rows))
        check("co_mentions: ordered by articles",
              [r["articles"] for r in rows] == sorted((r["articles"] for r in rows),
                                                      reverse=True))
    rows = run_json(db2, "sql/co_mentions.sql", name="co_mentions on set rows")
    if rows is not None:
        got = {(r["entity_a"], r["entity_b"]): (r["articles"], r["sentences"]) for r in rows}
        check("co_mentions: exact pairs on set rows",
              got.get(("Leeds", "Martin Hale")) == (1, 1) and len(got) == 6, got)

    rows = run_json(db, "sql/mentions_by_week.sql", params={"@entity": "'%'"},
                    name="mentions_by_week with @entity '%'")
    if rows is not None:
        columns_are("mentions_by_week", rows, ["entity", "week", "mentions", "articles",
                                               "sources"])
        # the demo articles run from Monday 2 March to Thursday 9 April 2026: six weeks
        check("mentions_by_week: every Monday from the first week to the last",
              [r["week"] for r in rows] == ["2026-03-02", "2026-03-09", "2026-03-16",
                                            "2026-03-23", "2026-03-30", "2026-04-06"],
              [r["week"] for r in rows])
        check("mentions_by_week: '%' counts every mention",
              sum(r["mentions"] for r in rows)
              == query(db, "SELECT count(*) FROM article_entities")[0][0])
        check("mentions_by_week: '%' counts every article with a mention once",
              sum(r["articles"] for r in rows)
              == query(db, "SELECT count(DISTINCT article_id) FROM article_entities")[0][0])
        check("mentions_by_week: sources <= articles <= mentions",
              all(r["sources"] <= r["articles"] <= r["mentions"] for r in rows))
    rows = run_json(db, "sql/mentions_by_week.sql", params={"@entity": "'No Such Name'"},
                    name="mentions_by_week for a name never seen")
    check("mentions_by_week: weeks without mentions are zero rows",
          rows is not None and len(rows) == 6 and all(r["mentions"] == 0 for r in rows))

    # the default name is the most frequent key: every spelling of it counts
    db5 = fresh_db(tmp, "keys.db")
    con = sqlite3.connect(db5)
    con.executescript("""
        DELETE FROM article_quotes; DELETE FROM article_entities;
        INSERT INTO article_quotes(article_id, quote, kind, speaker, start, length, speaker_key)
            VALUES (1, 'We will win', 'direct', 'José Martínez', 10, 11, 'jose martinez'),
                   (8, 'We won', 'direct', 'Jose Martinez', 10, 6, 'jose martinez'),
                   (1, 'No', 'direct', 'Helen Carter', 30, 2, 'helen carter');
        INSERT INTO article_entities(article_id, entity, type, mention, start, length,
                                     sentence, score, entity_key) VALUES
            (1, 'José Martínez', 'PER', 'José Martínez', 1, 13, 1, 1, 'jose martinez'),
            (1, 'José Martínez', 'PER', 'Martínez', 40, 8, 1, 1, 'jose martinez'),
            (8, 'Jose Martinez', 'PER', 'Jose Martinez', 1, 13, 1, 1, 'jose martinez'),
            (8, 'Jose Martinez', 'PER', 'Martinez', 40, 8, 1, 1, 'jose martinez'),
            (1, 'Helen Carter', 'PER', 'Helen Carter', 60, 12, 1, 1, 'helen carter'),
            (8, 'Helen Carter', 'PER', 'Helen Carter', 60, 12, 1, 1, 'helen carter'),
            (8, 'Helen Carter', 'PER', 'Carter', 80, 6, 1, 1, 'helen carter');""")
    con.commit()
    con.close()
    rows = run_json(db5, "sql/mentions_by_week.sql", name="mentions_by_week default on set rows")
    check("mentions_by_week: the default counts every spelling of the most mentioned key",
          rows is not None and [(r["week"], r["mentions"]) for r in rows if r["mentions"]]
          == [("2026-03-02", 2), ("2026-03-30", 2)], rows)
    rows = run_json(db5, "sql/speaker_quotes.sql", name="speaker_quotes default on set rows")
    check("speaker_quotes: the default lists every spelling of the most quoted key",
          rows is not None and [r["quote"] for r in rows] == ["We will win", "We won"], rows)

    rows = run_json(db, "sql/speaker_quotes.sql")
    if rows is not None:
        columns_are("speaker_quotes", rows, ["published", "source", "title", "speaker", "kind",
                                             "cue", "quote"])
        check("speaker_quotes: one speaker (the default: the most quoted)",
              len({r["speaker"] for r in rows}) <= 1)
        check("speaker_quotes: oldest first",
              [r["published"] for r in rows] == sorted(r["published"] for r in rows))
    rows = run_json(db2, "sql/speaker_quotes.sql", params={"@speaker": "'%Carter'"},
                    name="speaker_quotes @speaker on set rows")
    check("speaker_quotes: the quote and its article",
          rows is not None and [(r["title"], r["quote"]) for r in rows] ==
          [("Carter unveils budget as coalition partners warn of cuts", "Leeds and Hale")], rows)

    rows = run_json(db, "sql/sources.sql")
    if rows is not None:
        columns_are("sources", rows, ["source", "citations", "articles", "last_cited"])
        check("sources: 1 <= articles <= citations",
              all(1 <= r["articles"] <= r["citations"] for r in rows))
    # model-independent: an ORG mention right after "according to (the)" is a citation
    db3 = fresh_db(tmp, "sources.db")
    con = sqlite3.connect(db3)
    body1 = query(db3, "SELECT body FROM articles WHERE id = 1")[0][0]
    at = body1.index("Office for Budget Responsibility") + 1
    tr = body1.index("Treasury") + 1
    con.executescript("DELETE FROM article_quotes; DELETE FROM article_entities;")
    con.executemany("INSERT INTO article_entities(article_id, entity, type, mention, start, "
                    "length, entity_key) VALUES (1, ?, 'ORG', ?, ?, ?, ?)",
                    [("Office for Budget Responsibility", "Office for Budget Responsibility",
                      at, 32, "office for budget responsibility"),
                     ("Treasury", "Treasury", tr, 8, "treasury")])
    con.commit()
    con.close()
    rows = run_json(db3, "sql/sources.sql", name="sources on set rows")
    check("sources: 'according to the X' counts, 'published by the X' does not",
          rows is not None and [(r["source"], r["citations"]) for r in rows]
          == [("Office for Budget Responsibility", 1)], rows)

    for path, kind in (("sql/graph_co_mentions.sql", "graph"), ("sql/graph_quotes.sql",
                                                                "digraph")):
        for d, label in ((db, "demo"), (db2, "set rows")):
            rc, out, err = shell(d, open(path, encoding="utf-8").read())
            lines = out.strip().splitlines()
            check(f"{path} on {label}: a DOT {kind}", rc == 0 and not err and lines
                  and lines[0].startswith(kind + " ") and lines[-1] == "}", err or out[:200])
            p = subprocess.run(["dot", "-Tsvg"], input=out, capture_output=True, text=True)
            check(f"{path} on {label}: dot renders it", p.returncode == 0 and not p.stderr,
                  p.stderr[:300])
            nodes = [m.group(1) for m in map(DOT_NODE.match, lines) if m]
            check(f"{path} on {label}: each node declared once",
                  len(nodes) == len(set(nodes)), nodes)
    # one entity key written two ways by two speakers: one node, the commonest spelling
    db4 = fresh_db(tmp, "spellings.db")
    con = sqlite3.connect(db4)
    con.executescript("""
        DELETE FROM article_quotes; DELETE FROM article_entities;
        INSERT INTO article_quotes(article_id, quote, kind, speaker, start, length, speaker_key)
            VALUES (1, 'Leeds', 'direct', 'Helen Carter', 10, 5, 'helen carter'),
                   (2, 'LEEDS and LEEDS', 'direct', 'Martin Hale', 10, 15, 'martin hale');
        INSERT INTO article_entities(article_id, entity, type, mention, start, length,
                                     sentence, score, entity_key) VALUES
            (1, 'Leeds', 'LOC', 'Leeds', 10, 5, 1, 1, 'leeds'),
            (2, 'LEEDS', 'LOC', 'LEEDS', 10, 5, 1, 1, 'leeds'),
            (2, 'LEEDS', 'LOC', 'LEEDS', 20, 5, 1, 1, 'leeds');""")
    con.commit()
    con.close()
    rc, out, err = shell(db4, open("sql/graph_quotes.sql", encoding="utf-8").read())
    check("graph_quotes: a node per entity key, labelled with its commonest spelling",
          rc == 0 and not err and [l for l in out.splitlines() if l.startswith('  "e:')] ==
          ['  "e:leeds/LOC" [label="LEEDS", shape=ellipse, fillcolor="#d9ead3"];'], err or out)

    rc, out, err = shell(db, open("sql/demo.sql", encoding="utf-8").read())
    check("demo.sql prints the summary and the three tables",
          rc == 0 and not err and "People named most often" in out
          and "Organisations named most often" in out and "Who said what" in out, err)


# ------------------------------------------------------------------ materialisation

def dump(db):
    """The materialised rows, sorted, as one comparable value."""
    con = sqlite3.connect(db)
    try:
        return [sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in ("article_entities", "article_quotes", "article_news_state")]
    finally:
        con.close()


def direct_rows(db):
    """What the functions give now, in the materialised tables' column order."""
    return [
        sorted(query(db, """SELECT a.id, e.*, nullif(news_key(e.entity), '') FROM articles AS a,
                            news_entities(a.body) AS e"""), key=repr),
        sorted(query(db, """SELECT a.id, q.quote, q.kind, q.speaker, q.speaker_mention,
                                   q.speaker_start, q.speaker_length, q.cue, q.start,
                                   q.length, q.sentence, q.score,
                                   nullif(news_key(q.speaker), '')
                              FROM articles AS a, news_quotes(a.body) AS q"""), key=repr),
    ]


def materialize(db, params=None):
    return shell(db, open("sql/materialize.sql", encoding="utf-8").read(), params=params)


def check_materialize(tmp):
    db = fresh_db(tmp, "mat.db")
    n_articles = query(db, "SELECT count(*) FROM articles")[0][0]
    before = dump(db)
    check("materialize: the demo tables hold exactly what the functions give",
          before[:2] == direct_rows(db))
    check("materialize: every article marked done by this version",
          query(db, "SELECT count(*) FROM article_news_state WHERE version = news_version()")
          [0][0] == n_articles)
    rc, out, err = materialize(db)
    check("materialize: runs a second time", rc == 0 and not err and not out, err + out)
    check("materialize: a second run changes nothing", dump(db) == before)

    body = ('Tax plan passes\nThe plan passed on Tuesday. "It is a good day," '
            'Helen Carter told Parliament in London.')
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(os.path.abspath(EXT))
    con.execute("INSERT INTO articles(id, published, source, title, body) "
                "VALUES (100, '2026-04-10', 'Test', 'Tax plan passes', ?)", (body,))
    con.commit()
    check("trigger insert: the new article's rows", dump(db)[:2] == direct_rows(db))
    con.execute("INSERT OR REPLACE INTO articles(id, published, source, title, body) "
                "VALUES (100, '2026-04-10', 'Test', 'Tax plan passes', ?)", (body,))
    con.commit()
    check("trigger insert or replace: no duplicate rows", dump(db)[:2] == direct_rows(db))
    con.execute("UPDATE articles SET body = 'Rome talks\nPaolo Ferri flew to Rome.' "
                "WHERE id = 100")
    con.commit()
    check("trigger update of body: rows replaced", dump(db)[:2] == direct_rows(db))
    con.execute("UPDATE articles SET id = 101 WHERE id = 100")
    con.commit()
    check("trigger update of id: rows follow the id", dump(db)[:2] == direct_rows(db)
          and not query(db, "SELECT 1 FROM article_entities WHERE article_id = 100"))
    con.execute("UPDATE articles SET title = 'x' WHERE id = 101")
    con.commit()
    con.execute("DELETE FROM articles WHERE id = 101")
    con.commit()
    con.close()
    check("trigger delete: rows gone, back to the start", dump(db) == before)

    # an article deleted while no trigger existed, and a stale version, are put right
    con = sqlite3.connect(db)
    con.executescript("""DROP TRIGGER articles_news_delete; DELETE FROM articles WHERE id = 12;
                         UPDATE article_news_state SET version = 'old' WHERE article_id = 3;
                         DELETE FROM article_entities WHERE article_id = 3 AND rowid % 2;""")
    con.close()
    rc, out, err = materialize(db)
    check("materialize: re-run after changes behind its back", rc == 0 and not err, err)
    check("materialize: removes orphans, redoes stale articles",
          dump(db)[:2] == direct_rows(db) and
          query(db, "SELECT count(*) FROM article_news_state")[0][0] == n_articles - 1)

    # the batch filler from nothing, interrupted, then resumed
    db = os.path.join(tmp, "batch.db")
    subprocess.run(SQLITE3 + [db], stdin=open("sql/demo_articles.sql"), check=True)
    broken = os.path.join(tmp, "broken.sql")
    with open(broken, "w") as f:  # dies inside the fill transaction, before COMMIT
        f.write(open("sql/materialize.sql").read().replace(
            "DROP TABLE temp.news_todo;",  # a run-time error, once there is work to do
            "SELECT CASE WHEN (SELECT count(*) FROM temp.news_todo) > 0 "
            "THEN abs(-9223372036854775808) END;"))
    env = dict(os.environ, SQLITE3=" ".join(SQLITE3), NEWS_EXT=EXT, NEWS_SQL=broken)
    p = subprocess.run(["sql/materialize_batch.sh", db, "5"], env=env, capture_output=True,
                       text=True)
    check("materialize_batch: an interrupted batch exits non-zero", p.returncode != 0)
    check("materialize_batch: the interrupted batch left nothing",
          query(db, "SELECT (SELECT count(*) FROM article_entities) + "
                    "(SELECT count(*) FROM article_news_state)")[0][0] == 0)
    # done by hand: the first five, as a batch that completed before the interruption
    rc, _, err = materialize(db, params={"@from_id": 1, "@to_id": 5})
    check("materialize: a range of ids", rc == 0 and not err and
          query(db, "SELECT group_concat(article_id) FROM article_news_state")[0][0]
          == "1,2,3,4,5", err)
    env["NEWS_SQL"] = "sql/materialize.sql"
    p = subprocess.run(["sql/materialize_batch.sh", db, "5"], env=env, capture_output=True,
                       text=True)
    lines = p.stdout.strip().splitlines()
    check("materialize_batch: resumes and finishes", p.returncode == 0 and lines and
          lines[-1] == f"materialize: done, {n_articles} articles", p.stdout + p.stderr)
    check("materialize_batch: prints progress per batch",
          len(lines) == 3 and lines[0].startswith(f"materialize: 10 / {n_articles} articles")
          and lines[1].startswith(f"materialize: {n_articles} / {n_articles} articles (100%)"),
          lines)
    check("materialize_batch: same rows as one fill", dump(db) == before)
    p = subprocess.run(["sql/materialize_batch.sh", db, "5"], env=env, capture_output=True,
                       text=True)
    check("materialize_batch: nothing to do the second time", p.returncode == 0 and
          p.stdout.strip() == f"materialize: done, {n_articles} articles" and
          dump(db) == before, p.stdout + p.stderr)


# ------------------------------------------------------------------ example programs

def check_programs(tmp):
    db = fresh_db(tmp, "programs.db")
    out = os.path.join(tmp, "quotes.csv")
    p = subprocess.run([PYTHON, "docs/examples/quotes_to_csv.py", db, out, EXT],
                       capture_output=True, text=True)
    if check("quotes_to_csv.py runs", p.returncode == 0, p.stderr[-500:]):
        with open(out, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        want = query(db, "SELECT count(*) FROM articles AS a, news_quotes(a.body)")[0][0]
        check("quotes_to_csv.py: header", rows[0][:3] == ["article_id", "published", "source"]
              and rows[0][8] == "quote", rows[0])
        check("quotes_to_csv.py: one row per quotation", len(rows) - 1 == want)
        check("quotes_to_csv.py: says how many", p.stderr.strip() == f"{out}: {want} quotations",
              p.stderr)
        bodies = dict(query(db, "SELECT id, body FROM articles"))
        check("quotes_to_csv.py: every quote is its article's text at start, length",
              all(bodies[int(r[0])][int(r[10]) - 1:int(r[10]) - 1 + int(r[11])] == r[8]
                  for r in rows[1:]))

    exe = os.path.join(tmp, "report")
    libs = subprocess.run(["pkg-config", "--libs", "sqlite3", "libutf8proc"],
                          capture_output=True, text=True).stdout.split()
    p = subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-Idist",
                        "docs/examples/report.c", "dist/libnews.a", *libs, "-lm", "-o", exe],
                       capture_output=True, text=True)
    if check("report.c builds against dist/libnews.a", p.returncode == 0, p.stderr[-800:]):
        p = subprocess.run([exe, db], capture_output=True, text=True)
        lines = p.stdout.splitlines()
        check("report.c runs", p.returncode == 0 and not p.stderr, p.stderr)
        version = query(db, "SELECT news_version()")[0][0]
        check("report.c: the extension registered by sqlite3_auto_extension",
              lines and lines[0].startswith(f"# sqlite-news {version} "), lines[:1])
        want = query(db, """SELECT a.id, (SELECT count(*) FROM news_entities(a.body)),
                                   (SELECT count(*) FROM news_quotes(a.body))
                              FROM articles AS a ORDER BY a.id""")
        got = [tuple(int(x) for x in (l.split("\t")[0], l.split("\t")[1], l.split("\t")[3]))
               for l in lines[2:-1]]
        check("report.c: the same counts as the shell", got == want, got[:3])
        check("report.c: total line", lines[-1].startswith(
            f"total\t{sum(w[1] for w in want)}\t"), lines[-1])

    env = dict(os.environ, SQLITE3=" ".join(SQLITE3), PYTHON=PYTHON)
    p = subprocess.run(["docs/examples/pipeline.sh", db, EXT], capture_output=True, text=True,
                       env=env)
    out = p.stdout.splitlines()
    check("pipeline.sh runs", p.returncode == 0 and not p.stderr, p.stderr[-500:])
    n_articles = query(db, "SELECT count(*) FROM articles")[0][0]
    check("pipeline.sh: three reports, one line per article in the second",
          len([l for l in out if l.startswith("# ")]) == 3 and
          len([l for l in out if " quotations, first speaker " in l]) == n_articles, out)
    types = dict(query(db, "SELECT e.type, count(*) FROM articles a, news_entities(a.body) e "
                           "GROUP BY 1"))
    got = dict((l.split()[0], int(l.split()[1])) for l in out[out.index(
        "# entity mentions by type (-csv through awk)") + 1:])
    check("pipeline.sh: -csv counts match", got == types, got)


# ------------------------------------------------------------------ docs

def sql_blocks(path):
    """The ```sql blocks of a Markdown file, with the line each starts on."""
    blocks, cur, start = [], None, 0
    for i, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        if cur is None and re.match(r"\s*```sql\s*$", line):
            cur, start = [], i + 1
        elif cur is not None and re.match(r"\s*```\s*$", line):
            blocks.append((start, "\n".join(cur) + "\n"))
            cur = None
        elif cur is not None:
            cur.append(line)
    return blocks


def check_docs(tmp):
    files = ["README.md"] + sorted(glob.glob("docs/*.md"))
    n = 0
    for path in files:
        if not os.path.exists(path):
            continue
        for start, block in sql_blocks(path):
            n += 1
            db = fresh_db(tmp, "docs.db")  # every block on a fresh copy
            rc, out, err = shell(db, block)
            check(f"{path}:{start} sql block runs", rc == 0 and not err, err.strip()[:300])
            # a one-line statement with its result beside it (`SELECT ...;   -- 0`) is
            # checked too: the comment up to " (" or ", " must be what the shell prints
            # after the lines before it in the block ran (their output not counted)
            lines = block.splitlines()
            for k, line in enumerate(lines):
                m = re.match(r"\s*(SELECT\b.*;)\s+-- (.+?)(?: \(.*|, .*)?$", line,
                             re.IGNORECASE)
                if not m or m.group(1).count("'") % 2:
                    continue
                n += 1
                script = "\n".join([".output /dev/null", *lines[:k], ".output stdout",
                                     m.group(1)]) + "\n"
                rc, out, err = shell(fresh_db(tmp, "docs.db"), script)
                want = m.group(2)
                if want == "NULL":  # the shell prints NULL as nothing
                    want = ""
                elif re.fullmatch(r"'(?:[^']|'')*'", want):  # a result as an SQL literal
                    want = want[1:-1].replace("''", "'")
                check(f"{path}:{start + k} shows its result", out.strip() == want,
                      f"printed {out.strip()!r}, the page says {want!r}")
            # a statement followed by its rows as comments (`-- 1|Talks resume`, every line
            # with a `|`) must print those rows; a row cut with "..." is compared up to it
            for k, line in enumerate(lines):
                rows = []
                for after in lines[k + 1:]:
                    if not re.match(r"\s*-- ", after):
                        break
                    rows.append(after.split("-- ", 1)[1])
                if not line.rstrip().endswith(";") or not rows or \
                        not all("|" in r for r in rows):
                    continue
                first = k  # the statement starts after a blank, a comment or an earlier `;`
                while first > 0 and lines[first - 1].strip() and not re.match(
                        r"\s*--", lines[first - 1]) and not lines[first - 1].rstrip().endswith(";"):
                    first -= 1
                n += 1
                script = "\n".join([".output /dev/null", *lines[:first], ".output stdout",
                                     *lines[first:k + 1]]) + "\n"
                rc, out, err = shell(fresh_db(tmp, "docs.db"), script)
                got = out.splitlines()
                check(f"{path}:{start + k} shows its rows", len(got) == len(rows) and all(
                    g.startswith(w.split("...")[0].rstrip()) if "..." in w else g == w
                    for g, w in zip(got, rows)), f"printed {got!r}, the page says {rows!r}")
    check("README.md and docs/ hold sql examples", n >= 10, n)


def plain_blocks(path):
    """The fenced blocks without a language (shown output) of a Markdown file."""
    blocks, cur, lang = [], None, ""
    for line in open(path, encoding="utf-8").read().splitlines():
        m = re.match(r"\s*```(\w*)\s*$", line)
        if cur is None and m:
            cur, lang = [], m.group(1)
        elif cur is not None and m:
            if not lang:
                blocks.append(cur)
            cur = None
        elif cur is not None:
            cur.append(line)
    return blocks


def check_shown_output(tmp):
    """Output a page shows as real (README's demo tables, reports.md's runs) is what the
    commands print now; a run shown cut ends with a line `...`."""
    db = fresh_db(tmp, "shown.db")
    rc, out, err = shell(db, open("sql/demo.sql", encoding="utf-8").read())
    got = out.splitlines()
    for block in plain_blocks("README.md"):
        if block and block[0].startswith("sqlite-news demo:"):
            it = iter(got)  # the page shows some of the tables: its lines, in order
            check("README.md shows what make demo prints", rc == 0 and
                  all(any(g == w for g in it) for w in block if w), err)
    n = 0
    for block in plain_blocks("docs/reports.md"):
        if not block or not block[0].startswith("$ sqlite3 "):
            continue
        k, cmd = 0, ""
        while True:  # the command, over lines ending with a backslash
            cmd += block[k][2 if k == 0 else 0:].rstrip("\\") + " "
            k += 1
            if not block[k - 1].endswith("\\"):
                break
        argv = shlex.split(cmd)
        script = argv[argv.index("<") + 1]
        argv = SQLITE3 + ["-cmd", f".load {EXT}"] + [db if a == DEMO_DB else a
                                                    for a in argv[1:argv.index("<")]]
        p = subprocess.run(argv, stdin=open(script), capture_output=True, text=True)
        want = block[k:]
        cut = want[-1:] == ["..."]
        got = p.stdout.splitlines()
        n += 1
        check(f"docs/reports.md: {cmd.strip()[:60]} prints what the page shows",
              p.returncode == 0 and (got[:len(want) - 1] == want[:-1] if cut else got == want),
              p.stderr or got)
    check("docs/reports.md shows runs", n >= 2, n)


def main():
    if not os.path.exists(DEMO_DB):
        print(f"examples: {DEMO_DB} missing: run `make build/demo.db` first")
        print("examples: 0 passed, 1 failed")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for part in (check_corpus, check_reports, check_materialize, check_programs, check_docs,
                     check_shown_output):
            try:
                part(tmp)
            except Exception as e:  # a broken part is one failure, the others still run
                check(f"{part.__name__} raised", False, repr(e))
    print(f"examples: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
