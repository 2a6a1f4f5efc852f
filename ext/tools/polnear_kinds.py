#!/usr/bin/python3
"""Applies PolNeAR's documented annotation convention to quote predictions, for comparing
direct-quote figures with that corpus: its README says "only double quotation marks count;
single quotes are treated as apostrophes", so a quotation in single marks (' ‘ ’ or the
typewriter double '') is annotated there as `indirect` content. This relabels such
predictions `indirect`; spans, speakers and cues are unchanged.

usage: polnear_kinds.py GOLD.jsonl PRED.jsonl OUT.jsonl   (GOLD supplies the texts)"""
import json
import sys


def main():
    gold_path, pred_path, out_path = sys.argv[1:4]
    texts = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    with open(out_path, "w", encoding="utf-8") as out:
        for line in open(pred_path, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            t = texts.get(d["id"], "")
            for q in d["quotes"]:
                s = q["start"]
                if q.get("kind") != "indirect" and s > 0 and t[s - 1] in "'\u2018\u2019":
                    q["kind"] = "indirect"
            out.write(json.dumps(d) + "\n")


if __name__ == "__main__":
    main()
