#!/usr/bin/python3
"""make_corpus.py: writes the seed corpus of the fuzzers (tests/fuzz/corpus/), all text
written for this project: news-like paragraphs, every quotation-mark style the SPEC names,
apostrophes that are not quotation marks, invalid UTF-8, control characters, other
scripts, and long runs of one thing. Run once; the files are committed, so the seeds stay
fixed and libFuzzer's own additions go to build/fuzz/ instead."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
core = os.path.join(here, "corpus", "core")
key = os.path.join(here, "corpus", "key")

NEWS = (
    "KYIV, Ukraine (Wire) -- Foreign Minister Olena Marchuk said on Tuesday that the talks "
    "in Geneva would resume. \u201cWe will not give up,\u201d Marchuk told reporters. "
    "\u201cNot now, not ever.\u201d\n\n"
    "The North Atlantic Treaty Organization (NATO) said its Soviet-era depots were empty. "
    "Mr. Tom O\u2019Brien of Acme Corp. said the U.S. would help. Ukraine\u2019s army "
    "held the line, according to the Ministry of Defence.\n"
)

core_seeds = {
    "news_curly": NEWS,
    "news_straight": NEWS.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'"),
    "quotes_single_british": "\u2018We are ready,\u2019 said Anna Berg. \u2018The \u201cplan\u201d holds.\u2019\n",
    "quotes_single_straight": "'It is over,' said Ed Lamb, who liked rock 'n' roll in the '90s.\n",
    "quotes_guillemets": "\u00abNous restons\u00bb, a dit Paul Ribaud. \u00bbInnen\u00ab, sagte Jens Ober.\n",
    "quotes_low": "\u201eWir bleiben\u201c, sagte Karl Stein. \u201aJa\u2018, sagte sie.\n",
    "quotes_multi_para": "\u201cFirst paragraph of a long quote,\n\u201cand the second one,\n\u201cand the end,\u201d said Mia Holt.\n",
    "quotes_unbalanced": "\u201cThis never closes, said Lee Park.\nNext paragraph with \u201d a stray closer. \"And \" \" \"\n",
    "quotes_nested": "\u201cHe said \u2018no\u2019 to me,\u201d said Ana Diaz. \"She said 'yes' then,\" he added.\n",
    "quotes_partial": "Nia Cole maintains \u201cironclad\u201d support for the so-called \u201cGroup of Seven\u201d.\n",
    "indirect": "Sam Reed said that the leaks would not change the plan. He added the army was ready.\n",
    "abbrev": "Gen. Ray Cox met Sen. Al Fox at 5 p.m. on Jan. 5 in Washington, D.C. The U.S. Army agreed.\n",
    "handles": "@SecStateX wrote on X: \u201cWe stand with them.\u201d See https://example.org/a?b=c, www.example.com.\n",
    "crlf": "Line one by Bo Tan.\r\nLine two, \u201cquoted,\u201d said Bo Tan.\rLine three.\u2028Line four.\u2029End\x85.\n",
    "scripts": "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432 \u0441\u043a\u0430\u0437\u0430\u043b. \u738b\u5c0f\u660e\u8bf4\u3002 \u0645\u062d\u0645\u062f \u0642\u0627\u0644. Caf\u00e9 Ren\u00e9e Z\u00fcrich \u0100\u0301\u0302.\n",
    "controls": "Ann\x01 Lee\x07 said\x1b[0m \u201chi\u201d\x7f.\t\v\f End.\n",
    "empty": "",
    "one_char": "A",
    "digits": "1,000 people; 3.5% rose; 24/7; 9/11; No. 10 Downing St. said AT&T and S&P fell.\n",
    "ellipsis": "Wait... what? No!!! \u201cWell\u2026\u201d he said. Mr.\n",
    "acronyms": "The European Union (EU) and the World Health Organization (WHO) met. EU and WHO agreed.\n",
}

core_bytes = {
    "invalid_utf8": b"Ann \xff\xfe Lee said \xe2\x80 \"x\xc0\xafy\" \xed\xa0\x80 \xf4\x90\x80\x80 Bo\x80\x80 Ray.\n",
    "stray_continuation": b"a\x80\x80b \xc3 \xe2\x82A \xf0\x9f\x98 Zed Quin.",
    "nul_inside": b"Kim Lo said \xe2\x80\x9chi\xe2\x80\x9d.\x00 after the NUL: Max Roe.",
    "overlong": b"\xc0\x80\xe0\x80\x80 \xf8\x88\x80\x80\x80 \xfc\x84\x80\x80\x80\x80 Jo Bay.",
    "run_quotes": b"\"" * 3000,
    "run_curly": "\u201c\u201d".encode() * 1500,
    "run_apostrophes": b"'" * 2000 + b" a'b'c'd" * 200,
    "run_caps": b"Alpha Beta Gamma " * 400,
    "run_caps_stops": b"Paris. London. Rome. " * 300,
    "run_nospace": b"x" * 6000,
    "run_nospace_caps": b"Ab" * 3000,
    "run_periods": b"." * 3000 + b" A." * 500,
    "run_breaks": b"\n" * 1000 + b"\r\n" * 500 + b"A\nB\r" * 300,
    "run_dashes": b"-" * 2000 + b" A-B-C-D" * 300,
    "run_continuation": b"\xc3" + b"\x80" * 5000,
    "long_paragraph": ("Dan Ruiz said \u201cthe talks went well\u201d and left. " * 200).encode(),
    "run_opening_marks": ("\u201c" * 1000 + "Zed said.").encode(),
    "run_handles": b"@a #b @Cc " * 500,
    "run_mr": b"Mr. " * 1500 + b"Smith",
    "run_parens": b"(" * 1000 + b"NATO" + b")" * 1000,
}

key_seeds = {
    "title": "Dr. Dmytro  KULEBA",
    "plain": "dmytro kuleba",
    "diacritics": "Ren\u00e9e Z\u00fcrich-\u00c5str\u00f6m",
    "nfkc": "\ufb01nance \u2460 \uff21\uff22\uff23 \u2167",
    "titles": "Prime Minister Sir John Major",
    "honorifics": "Mrs. Sen. Gov. Gen. Col. Rev. Pope Queen Lady",
    "punct": "  --O'Neill,,, Jr.!!  ",
    "only_title": "President",
    "scripts": "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432 \u738b\u5c0f\u660e",
    "empty": "",
}
key_bytes = {
    "invalid": b"Dr. \xff\xfe J\xc3 \xe2\x82 Lee",
    "nul": b"Mr. A\x00B",
    "long": b"Mr. " * 500 + b"X" * 2000,
    "combining": "a\u0301\u0301\u0301\u0301 e\u0308".encode() * 200,
}


def write(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    for d in (core, key):
        os.makedirs(d, exist_ok=True)
    for name, text in core_seeds.items():
        write(core, name, text.encode())
    for name, data in core_bytes.items():
        write(core, name, data)
    for name, text in key_seeds.items():
        write(key, name, text.encode())
    for name, data in key_bytes.items():
        write(key, name, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
