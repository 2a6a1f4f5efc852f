#!/usr/bin/python3
"""Prints the cue words of an annotated quote corpus (PolNeAR's train sample) with how often
each is a cue and how often it occurs at all, and marks those missing from the lexicon in
ext/tools/cue_lemmas.txt (by way of ext/cues_data.h). A reading aid for keeping the lemma
list honest: the list is written by hand; nothing here is copied into the project.

usage: learn_cues.py TRAIN.jsonl [MIN_COUNT]   (e.g. ../shared/data/quotes/polnear/train_sample.jsonl)
Never run it on a dev or test split: those are for measuring."""
import collections
import json
import os
import re
import sys


def main():
    path = sys.argv[1]
    min_count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    here = os.path.dirname(os.path.abspath(__file__))
    table = open(os.path.join(here, "..", "cues_data.h"), encoding="utf-8").read()
    known = set(re.findall(r'\{"([a-z]+)",', table))
    as_cue, seen = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        for wd in re.findall(r"[A-Za-z]+", doc["text"]):
            seen[wd.lower()] += 1
        for q in doc["quotes"]:
            for wd in set(re.findall(r"[A-Za-z]+", q.get("cue") or "")):
                as_cue[wd.lower()] += 1
    # a cue word is one that is mostly a cue where it occurs ("said"), not "to" or "the"
    rows = [(w, c, seen[w]) for w, c in as_cue.items()
            if c >= min_count and c >= 0.25 * max(seen[w], 1)]
    rows.sort(key=lambda r: -r[1])
    print("word         cue  seen  in lexicon")
    for w, c, n in rows:
        print(f"{w:<12}{c:5d}{n:6d}  {'yes' if w in known else '-'}")


if __name__ == "__main__":
    main()
