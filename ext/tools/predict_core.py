#!/usr/bin/python3
"""Quote predictions through the core (build/quotes_driver), without the SQL layer, in the
JSONL format of ../shared/tools/score_quotes.py (same output as predict.py ... quotes).

usage: predict_core.py build/quotes_driver IN.jsonl OUT.jsonl [--polnear-kinds]

--polnear-kinds applies PolNeAR's documented annotation convention to the kinds (its README:
"only double quotation marks count; single quotes are treated as apostrophes"): a quotation
in single marks (' ‘ or the typewriter double '') is relabelled `indirect`, the kind that
corpus gives such content. The spans, speakers and cues are unchanged.

Offsets: the driver counts characters as SQLite does, which for valid UTF-8 are code points,
0-based, as the scorer wants."""
import json
import subprocess
import sys


def main():
    drv, src, dst = sys.argv[1:4]
    polnear = "--polnear-kinds" in sys.argv[4:]
    docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    data = b"".join(b"%d\n" % len(t) + t for t in (d["text"].encode("utf-8") for d in docs))
    out = subprocess.run([drv], input=data, stdout=subprocess.PIPE, check=True).stdout
    lines = out.decode("utf-8", "replace").split("\n")
    k = 0
    with open(dst, "w", encoding="utf-8") as fout:
        for d in docs:
            qs = []
            while lines[k] != "END":
                kind, s, n, spk, ss, sl, cue, sc = lines[k].split("\t")
                s, n, ss, sl = int(s), int(n), int(ss), int(sl)
                if polnear and kind != "indirect" and s > 0 and d["text"][s - 1] in "'\u2018\u2019":
                    kind = "indirect"
                qs.append({"start": s, "end": s + n, "kind": kind, "speaker": spk or None,
                           "speaker_start": None if ss < 0 else ss,
                           "speaker_end": None if ss < 0 else ss + sl,
                           "cue": cue or None, "score": float(sc)})
                k += 1
            k += 1
            fout.write(json.dumps({"id": d["id"], "quotes": qs}) + "\n")


if __name__ == "__main__":
    main()
