#!/usr/bin/python3
"""Error analysis of direct quotations: sorts every gold direct quote of a PolNeAR-format
file into categories (span missed, speaker mention missing or wrong by the kind of gold
mention, strict name wrong by how the name went wrong) and counts false positives by the
mark that opens them, so two splits can be compared category by category.

usage: quote_errors.py GOLD.jsonl PRED.jsonl [--examples CATEGORY] [--max N]

Examples print the text around the quote; use them on the train sample only (dev is for
measuring). Counts follow score_quotes.py --kinds direct --named-speakers: overlap match
at 0.3 of the longer span, mention = overlap with the gold span, strict name = equal after
the scorer's own normalisation."""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, "/work/shared/tools")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../shared/tools"))
import score_quotes as sq  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def gold_mention_kind(text, g):
    sp = g["speaker_span"]
    if sp is None:
        return "none"
    m = text[sp[0]:sp[1]]
    w = m.lower().split()
    if len(w) == 1 and w[0] in PRONOUNS:
        return "pronoun"
    if m[:1].islower() or w[0] in ("the", "a", "an"):
        return "description"
    return "name"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--examples", help="category whose examples to print")
    ap.add_argument("--max", type=int, default=30)
    a = ap.parse_args()
    gold = sq.load(a.gold, True)
    pred = sq.load(a.pred, False)
    cats = collections.Counter()
    shown = 0
    for did, gd in gold.items():
        text = gd["text"]
        gq = [q for q in gd["quotes"] if q["kind"] == "direct"]
        pq = [q for q in pred.get(did, {"quotes": []})["quotes"] if q["kind"] == "direct"]
        pairs = dict(sq.match_overlap(gq, pq, 0.3))
        used = set(pairs.values())

        def show(cat, g, p):
            nonlocal shown
            if a.examples != cat or shown >= a.max:
                return
            shown += 1
            lo = max(0, (g or p)["start"] - 300)
            hi = min(len(text), (g or p)["end"] + 200)
            print(f"=== {cat} {did}")
            if g:
                gs = g["speaker_span"]
                print(f"  gold: {g['speaker']!r} mention="
                      f"{text[gs[0]:gs[1]] if gs else None!r} res={g['resolution']}")
            if p:
                ps = p["speaker_span"]
                print(f"  pred: {p['speaker']!r} mention="
                      f"{text[ps[0]:ps[1]] if ps else None!r}")
            print("  " + text[lo:hi].replace("\n", " / "))
        for gi, g in enumerate(gq):
            if gi not in pairs:
                c = "fn:span"
                cats[c] += 1
                show(c, g, None)
                continue
            p = pq[pairs[gi]]
            gk = gold_mention_kind(text, g)
            sp, ps = g["speaker_span"], p["speaker_span"]
            if sp is not None:
                if ps is None:
                    c = f"mention:none:{gk}"
                elif ps[0] < sp[1] and sp[0] < ps[1]:
                    c = None
                else:
                    pm = text[ps[0]:ps[1]].lower()
                    pk = "pronoun" if pm in PRONOUNS else "other"
                    c = f"mention:wrong:{gk}:pred-{pk}"
                if c:
                    cats[c] += 1
                    show(c, g, p)
                    cats["mention:wrong:all"] += 1
                cats["mention:judged"] += 1
            named = g["resolution"] in (None, "ner", "ner+expand", "coref") and g["speaker"]
            if named:
                cats["name:judged"] += 1
                v = sq.speaker_verdict(g["speaker"], p["speaker"])
                if v != "strict":
                    men_ok = sp is not None and ps is not None and ps[0] < sp[1] and sp[0] < ps[1]
                    if not p["speaker"]:
                        c = "name:null"
                    elif men_ok:
                        c = f"name:wrong-with-right-mention:{g['resolution']}:{v}"
                    else:
                        c = f"name:wrong-mention:{g['resolution']}"
                    cats[c] += 1
                    cats["name:wrong:all"] += 1
                    show(c, g, p)
        for pi, p in enumerate(pq):
            if pi in used:
                continue
            mark = text[p["start"] - 1] if p["start"] > 0 else ""
            c = "fp:single" if mark in "'\u2018\u2019" else "fp:double"
            cats[c] += 1
            show(c, None, p)
    for k in sorted(cats):
        print(f"{k:<55}{cats[k]:6d}")


if __name__ == "__main__":
    main()
