#!/usr/bin/python3
"""Throughput of news_entities() through SQL: loads the JSONL documents into an in-memory
table, then times `SELECT count(*) FROM docs, news_entities(docs.text)` (one cursor for the
whole join, as a user's query over a table of articles), median of five runs. Time is the
process's CPU time, so that other jobs on a shared machine do not count against it.

usage: bench_ner.py dist/news.so DOCS.jsonl [RUNS]"""
import json
import os
import sqlite3
import statistics
import sys
import time


def main():
    so, src = sys.argv[1:3]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(so))[0])
    db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, text TEXT)")
    with open(src, encoding="utf-8") as f:
        db.executemany("INSERT INTO docs(text) VALUES (?)",
                       ((json.loads(line)["text"],) for line in f if line.strip()))
    size = db.execute("SELECT sum(length(CAST(text AS BLOB))) FROM docs").fetchone()[0]
    times, rows = [], 0
    for _ in range(runs):
        t0 = time.process_time()
        rows = db.execute("SELECT count(*) FROM docs, news_entities(docs.text)").fetchone()[0]
        times.append(time.process_time() - t0)
    t = statistics.median(times)
    print(f"news_entities through SQL: {size / 1e6:.1f} MB, {rows} rows, "
          f"median {t:.3f} s CPU of {runs}: {size / 1e6 / t:.1f} MB/s")


if __name__ == "__main__":
    main()
