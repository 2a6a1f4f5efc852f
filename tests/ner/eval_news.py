#!/usr/bin/python3
"""Scores news_entities() through SQL on our own 2020s news paragraphs (news_2020s.txt):
exact spans and types as score_ner.py counts them, P/R/F1 overall, by type and untyped.

usage: eval_news.py dist/news.so [news_2020s.txt] [-v] [--gold OUT.jsonl] [--min F1]
                    [--types PER,ORG,LOC]

-v lists every missed and spurious mention; --gold writes the gold in score_ner.py's JSONL
format; --min makes it a test: it prints `ner_own: 1 passed, 0 failed` when overall F1 is at
least F1 (a floor under today's figure, so a change that costs this set is seen); --types
keeps only those types of gold and predictions, as score_ner.py's option does (a set
annotated without MISC, as UNER is).
The markup is [TYPE words] inline; lines starting with '#' are comments, '=== id' starts a
document, and every other line is a paragraph of it."""
import json
import os
import re
import sqlite3
import sys

TYPES = ("PER", "ORG", "LOC", "MISC")
MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+)\]")


def parse(path):
    docs, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "paras": []}
            docs.append(cur)
        elif line.strip() and cur is not None:
            cur["paras"].append(line)
    out = []
    for d in docs:
        text, ents = "", []
        for i, para in enumerate(d["paras"]):
            if i:
                text += "\n"
            pos = 0
            for m in MARK.finditer(para):
                text += para[pos:m.start()]
                ents.append({"start": len(text), "end": len(text) + len(m.group(2)),
                             "type": m.group(1)})
                text += m.group(2)
                pos = m.end()
            text += para[pos:]
            if "[" in para[pos:] or "]" in para[pos:]:
                sys.exit(f"{d['id']}: bad markup near {para[pos:][:40]!r}")
        out.append({"id": d["id"], "text": text, "entities": ents})
    return out


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    gold_out = args[args.index("--gold") + 1] if "--gold" in args else None
    floor = float(args[args.index("--min") + 1]) if "--min" in args else None
    kept = set(args[args.index("--types") + 1].split(",")) if "--types" in args else set(TYPES)
    pos = [a for i, a in enumerate(args) if not a.startswith("-")
           and (i == 0 or args[i - 1] not in ("--gold", "--min", "--types"))]
    so = pos[0]
    src = pos[1] if len(pos) > 1 else os.path.join(os.path.dirname(__file__), "news_2020s.txt")
    docs = parse(src)
    if gold_out:
        with open(gold_out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(so))[0])
    tp, npred, ngold = {}, {}, {}
    utp = 0
    for t in TYPES + ("ALL",):
        tp[t] = npred[t] = ngold[t] = 0
    for d in docs:
        text = d["text"]
        gold = {(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in kept}
        pred = {(s - 1, s - 1 + n, t) for t, s, n in
                db.execute("SELECT type, start, length FROM news_entities(?)", (text,))
                if t in kept}
        for g in gold:
            ngold[g[2]] += 1
        for p in pred:
            npred[p[2]] += 1
        for x in gold & pred:
            tp[x[2]] += 1
        tp["ALL"] += len(gold & pred)
        ngold["ALL"] += len(gold)
        npred["ALL"] += len(pred)
        utp += len({g[:2] for g in gold} & {p[:2] for p in pred})
        if verbose:
            gspan = {g[:2]: g[2] for g in gold}
            pspan = {p[:2]: p[2] for p in pred}
            for s, e in sorted(set(gspan) | set(pspan)):
                g, p = gspan.get((s, e)), pspan.get((s, e))
                if g != p:
                    print(f"  {d['id']:10s} {text[s:e]!r:40s} gold {g or '-':4s} pred {p or '-'}")
    print(f"{'':6s} {'prec':>6s} {'rec':>6s} {'F1':>6s}  gold  pred")
    for t in ("ALL",) + TYPES:
        p, r, f = prf(tp[t], npred[t], ngold[t])
        print(f"{t:6s} {100 * p:6.2f} {100 * r:6.2f} {100 * f:6.2f}  {ngold[t]:4d}  {npred[t]:4d}")
    p, r, f = prf(utp, npred["ALL"], ngold["ALL"])
    print(f"{'spans':6s} {100 * p:6.2f} {100 * r:6.2f} {100 * f:6.2f}  (untyped)")
    if floor is not None:
        ok = prf(tp["ALL"], npred["ALL"], ngold["ALL"])[2] >= floor
        print(f"ner_own: {int(ok)} passed, {int(not ok)} failed")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
