#!/usr/bin/python3
"""Error analysis of reported speech (kind indirect): lists the gold indirect items of a
PolNeAR-format file that our rows miss, with the text around them, sorted into what our rows
do near them, so that the misses among reports of speech can be read one by one.

usage: indirect_misses.py GOLD.jsonl PRED.jsonl [--speech] [--cat CAT] [--max N] [--fp]

--speech keeps the gold items whose cue holds a verb of saying or writing (a broad list
below, or "according to"): the part of PolNeAR's indirect class that SPEC counts as reported
speech. Categories: "none" (no row of ours overlaps the item), "low" (an indirect row
overlaps it below the scorer's 0.3 of the longer span), "direct" (a direct or partial row
overlaps it), "found" (matched at 0.3). --fp lists our indirect rows that match no gold
indirect item instead. Context marks: [source] {cue} <<content>> and, for our row, ((...)).
Use on the train sample only (dev is for measuring)."""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, "/work/shared/tools")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../shared/tools"))
import score_quotes as sq  # noqa: E402

SPEECH = set("""say says said saying tell tells told telling add adds added adding ask asks
asked asking argue argues argued arguing warn warns warned warning insist insists insisted
note notes noted stress stressed acknowledge acknowledged acknowledges explain explained
explains write writes wrote written writing tweet tweeted tweets post posted state states
stated declare declared claim claims claimed announce announced announces report reported
reports reply replied respond responded recall recalled admit admits admitted concede
conceded confirm confirmed confirms deny denied denies assert asserted allege alleged
maintain maintained contend contended suggest suggested suggests predict predicted promise
promised promises vow vowed vows pledge pledged urge urged caution cautioned complain
complained joke joked remark remarked observe observed comment commented emphasize
emphasized reiterate reiterated repeat repeated agree agreed counter countered boast
boasted lament lamented assure assured remind reminded inform informed testify testified
charge charged conclude concluded mention mentioned demand demanded propose proposed hint
hinted speculate speculated wonder wondered answer answered proclaim proclaimed protest
protested threaten threatened reveal revealed disclose disclosed indicate indicated email
emailed blog blogged recount recounted advise advised call called calls calling describe
described describes accuse accused accuses blame blamed question questioned reason
reasoned explaining insisting arguing warning noting adding claiming suggesting telling
asking saying writing stating declaring announcing promising vowing pledging urging
according""".split())


def is_speech(cue):
    words = re.findall(r"[a-z]+", (cue or "").lower())
    return any(w in SPEECH for w in words)


def context(text, g, p=None, width=160):
    marks = [(g["start"], "<<"), (g["end"], ">>")]
    if g.get("speaker_start") is not None:
        marks += [(g["speaker_start"], "["), (g["speaker_end"], "]")]
    if g.get("cue_start") is not None:
        marks += [(g["cue_start"], "{"), (g["cue_end"], "}")]
    if p is not None:
        marks += [(p["start"], "(("), (p["end"], "))")]
    lo = min(m[0] for m in marks)
    hi = max(m[0] for m in marks)
    a, b = max(0, lo - width), min(len(text), hi + width)
    out, pos = [], a
    for off, m in sorted(marks, key=lambda x: (x[0], x[1] in ">>]})")):
        out.append(text[pos:off])
        out.append(m)
        pos = off
    out.append(text[pos:b])
    return "".join(out).replace("\n", " / ")


def load_raw(path):
    """The gold file as written: score_quotes.load keeps no cue offsets."""
    docs = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = d
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--speech", action="store_true")
    ap.add_argument("--cat", default="none")
    ap.add_argument("--max", type=int, default=100)
    ap.add_argument("--fp", action="store_true")
    a = ap.parse_args()
    gold = load_raw(a.gold)
    pred = sq.load(a.pred, False)
    cats = collections.Counter()
    shown = 0
    for did, gd in gold.items():
        text = gd["text"]
        gi = [q for q in gd["quotes"] if q["kind"] == "indirect"]
        allp = pred.get(did, {"quotes": []})["quotes"]
        pi = [q for q in allp if q.get("kind") == "indirect"]
        pairs = dict(sq.match_overlap(gi, pi, 0.3))
        if a.fp:
            used = set(pairs.values())
            for j, p in enumerate(pi):
                if j in used:
                    continue
                cats["fp"] += 1
                if shown < a.max:
                    shown += 1
                    lo = max(0, p["start"] - 160)
                    print("--", did, "cue", p.get("cue"))
                    print("  ", (text[lo:p["start"]] + "((" + text[p["start"]:p["end"]] + "))"
                                 + text[p["end"]:p["end"] + 80]).replace("\n", " / "))
            continue
        for i, g in enumerate(gi):
            if a.speech and not is_speech(g.get("cue")):
                continue
            near = None
            if i in pairs:
                cat = "found"
            else:
                cat = "none"
                for p in allp:
                    if p["start"] < g["end"] and g["start"] < p["end"]:
                        cat = "low" if p.get("kind") == "indirect" else "direct"
                        near = p
                        break
            cats[cat] += 1
            if cat == a.cat and shown < a.max:
                shown += 1
                print("--", did, "cue", repr(g.get("cue")))
                print("  ", context(text, g, near))
    print(dict(cats), file=sys.stderr)


if __name__ == "__main__":
    main()
