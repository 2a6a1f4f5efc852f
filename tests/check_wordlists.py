#!/usr/bin/python3
"""Checks the word lists of ext/*.c (`static const Word NAME[] = {W("..."), ..., {0, 0}}`) as
word_in (ext/entities.c) reads them: it walks a list in order and stops at the first word
longer than the token, so a list out of byte-length order silently misses the words after
the break, and it never matches a token of more than 15 bytes. Lists read by word_sorted
(byte order, binary search) are left to it. The tables ext/lexicon.c searches by bisection
(`abbrevs`, `kickers`, `titles`) must be in byte order, without repeats. One check per list;
prints `wordlists: N passed, N failed` and exits 1 on a failure.

usage: check_wordlists.py [ext/*.c ...]"""
import glob
import re
import sys

LIST = re.compile(r"static const Word (\w+)\[\] = \{(.*?)\{0, 0\}\};", re.S)
WORD = re.compile(r'W\("((?:[^"\\]|\\.)*)"\)')
BISECTED = ("abbrevs", "kickers", "titles")


def nbytes(literal):
    """Bytes of a C string literal's text (UTF-8 as written, or \\x escapes)."""
    if "\\" not in literal:
        return len(literal.encode("utf-8"))
    return len(literal.encode("utf-8").decode("unicode_escape").encode("latin-1"))


def main():
    files = sys.argv[1:] or sorted(glob.glob("ext/*.c"))
    passed = failed = 0
    for path in files:
        src = open(path, encoding="utf-8").read()
        sorted_by_bytes = set(re.findall(r"word_sorted\(\s*\w+,\s*[^,]+,\s*&?(\w+)", src))
        for m in LIST.finditer(src):
            name = m.group(1)
            if name in sorted_by_bytes:
                continue
            words = WORD.findall(m.group(2))
            lens = [nbytes(w) for w in words]
            bad = [w for w, n in zip(words, lens) if n > 15]
            if lens != sorted(lens) or bad:
                failed += 1
                print(f"FAIL {path}: {name}: "
                      + (f"longer than 15 bytes {bad} " if bad else "")
                      + ("out of byte-length order " + str(list(zip(words, lens)))
                         if lens != sorted(lens) else ""))
            else:
                passed += 1
        for name in BISECTED if path.endswith("lexicon.c") else ():
            m = re.search(r"\b" + name + r"\[\] = \{(.*?)\n\};", src, re.S)
            if not m:
                continue
            words = [w.encode("utf-8") for w in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))]
            if words != sorted(set(words)):
                failed += 1
                print(f"FAIL {path}: {name}: out of byte order or repeated")
            else:
                passed += 1
    print(f"wordlists: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
