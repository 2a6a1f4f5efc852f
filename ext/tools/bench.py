#!/usr/bin/python3
"""bench.py: single-thread speed of sqlite-news through SQL, and its load time (make bench).

    ext/tools/bench.py dist/news.so DATA_DIR [--runs N] [--mb MB]

The input is built at run time from the shared corpora's texts (DATA_DIR/unlabeled/*/docs.jsonl
and DATA_DIR/quotes/polnear/dev.jsonl, up to --mb megabytes) and never written anywhere.
Two shapes, each timed --runs times and reported as the median:
  rows      every article a row of a table, `SELECT count(*) FROM a, news_xxx(a.body)`:
            the join a data journalist runs
  one doc   all the articles joined by blank lines as one document, `news_xxx(?)`:
            the pipeline's windows on a single large input
MB/s counts UTF-8 bytes of input. Load time is `load_extension()` in a fresh process (the
.so mapped and sqlite3_news_init run), median of --runs processes."""
import argparse
import glob
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time

FUNCS = ("news_entities", "news_quotes", "news_sentences")


def load_texts(data, max_bytes):
    files = sorted(glob.glob(os.path.join(data, "unlabeled", "*", "docs.jsonl")))
    files.append(os.path.join(data, "quotes", "polnear", "dev.jsonl"))
    texts, total = [], 0
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                if not text:
                    continue
                texts.append(text)
                total += len(text.encode("utf-8"))
                if total >= max_bytes:
                    return texts, total
    return texts, total


def connect(so):
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(so)[0] if so.endswith(".so") else so)
    db.enable_load_extension(False)
    return db


def median_time(fn, runs):
    """Median wall-clock and thread CPU seconds of fn. The CPU time leaves out what other
    processes on a shared machine take from this thread; on an idle machine the two agree."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        cpu.append(time.thread_time() - c0)
        wall.append(time.perf_counter() - t0)
    return statistics.median(wall), statistics.median(cpu)


def load_time(so, runs):
    code = ("import sqlite3, time, sys\n"
            "db = sqlite3.connect(':memory:'); db.enable_load_extension(True)\n"
            "t0 = time.perf_counter(); db.load_extension(sys.argv[1])\n"
            "db.execute('select news_version()').fetchone()\n"
            "print(time.perf_counter() - t0)\n")
    target = os.path.splitext(so)[0] if so.endswith(".so") else so
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, target], capture_output=True,
                             text=True, check=True).stdout
        times.append(float(out))
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("so")
    ap.add_argument("data")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=20.0)
    args = ap.parse_args()
    texts, total = load_texts(args.data, int(args.mb * 1048576))
    if not texts:
        print(f"bench: no texts under {args.data}: skipped")
        return 0
    mb = total / 1048576
    db = connect(args.so)
    db.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO a(body) VALUES (?)", ((t,) for t in texts))
    one_doc = "\n\n".join(texts)
    one_mb = len(one_doc.encode("utf-8")) / 1048576
    version = db.execute("select news_version()").fetchone()[0]
    print(f"sqlite-news {version}, SQLite {sqlite3.sqlite_version}; input: {len(texts)} "
          f"articles, {mb:.1f} MB (one doc: {one_mb:.1f} MB); median of {args.runs} runs, "
          f"one thread")
    print(f"{'function':<16} {'rows/run':>10} {'rows: s':>9} {'rows: MB/s':>11} "
          f"{'one doc: s':>11} {'one doc: MB/s':>14}   MB/s of CPU time: rows, one doc")
    for fn in FUNCS:
        count = db.execute(f"SELECT count(*) FROM a, {fn}(a.body)").fetchone()[0]
        t_rows, c_rows = median_time(lambda: db.execute(
            f"SELECT count(*) FROM a, {fn}(a.body)").fetchone(), args.runs)
        t_one, c_one = median_time(lambda: db.execute(
            f"SELECT count(*) FROM {fn}(?)", (one_doc,)).fetchone(), args.runs)
        print(f"{fn:<16} {count:>10} {t_rows:>9.3f} {mb / t_rows:>11.1f} {t_one:>11.3f} "
              f"{one_mb / t_one:>14.1f}   {mb / c_rows:.1f}, {one_mb / c_one:.1f}")
    lt = load_time(args.so, args.runs)
    print(f"{'load time':<16} {lt * 1000:.2f} ms (load_extension + first call, fresh process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
