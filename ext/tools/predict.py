#!/usr/bin/python3
"""Runs the built extension over a JSONL file of documents through SQL and writes the
predictions in the JSONL format of ../shared/tools/score_ner.py and score_quotes.py.

usage: predict.py dist/news.so entities|quotes IN.jsonl OUT.jsonl

Offsets: SQL gives 1-based character positions as SQLite counts them; for valid UTF-8
those are code points, so the scorers' 0-based offsets are start - 1 and start - 1 + length.
Needs a Python whose sqlite3 module can load extensions (Debian's /usr/bin/python3)."""
import json
import os
import sqlite3
import sys


def main():
    so, what, src, dst = sys.argv[1:5]
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(so))[0])
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            out = {"id": doc["id"]}
            if what == "entities":
                out["entities"] = [
                    {"start": s - 1, "end": s - 1 + n, "type": t, "entity": e, "score": sc}
                    for e, t, s, n, sc in db.execute(
                        "SELECT entity, type, start, length, score FROM news_entities(?)",
                        (text,))]
            else:
                qs = []
                for (q, kind, spk, sm, ss, sl, cue, s, n, sc) in db.execute(
                        "SELECT quote, kind, speaker, speaker_mention, speaker_start, "
                        "speaker_length, cue, start, length, score FROM news_quotes(?)",
                        (text,)):
                    qs.append({"start": s - 1, "end": s - 1 + n, "kind": kind,
                               "speaker": spk,
                               "speaker_start": None if ss is None else ss - 1,
                               "speaker_end": None if ss is None else ss - 1 + sl,
                               "cue": cue, "score": sc})
                out["quotes"] = qs
            fout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
