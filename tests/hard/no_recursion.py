#!/usr/bin/python3
"""no_recursion.py: proves the extension has no recursion, direct or through other
functions, so no input can deepen the stack (SPEC: a hostile input is never a crash).

    tests/hard/no_recursion.py BUILD_DIR ext/*.c  (clang and pkg-config on PATH)

Each file is compiled to LLVM IR (clang -S -emit-llvm -O0); the call graph is read from
the `define` and `call`/`invoke` lines and searched for a cycle. Calls through a pointer
(the allocator hook, SQLite's callbacks) have no static target and end the path: none of
them calls back into the extension while the extension is on the stack. Prints
`recursion: N passed, N failed`, one case per function."""
import os
import re
import subprocess
import sys


def main():
    build, sources = sys.argv[1], sys.argv[2:]
    os.makedirs(build, exist_ok=True)
    cflags = subprocess.run(["pkg-config", "--cflags", "sqlite3", "libutf8proc"],
                            capture_output=True, text=True, check=True).stdout.split()
    graph = {}
    for src in sources:
        if src.endswith("model_data.c"):
            continue  # data only, and large
        out = os.path.join(build, os.path.basename(src) + ".ll")
        subprocess.run(["clang", "-S", "-emit-llvm", "-O0", "-std=c11", *cflags,
                        "-DSQLITE_CORE", src, "-o", out], check=True)
        func = None
        for line in open(out, encoding="utf-8", errors="replace"):
            m = re.match(r"define .*?@([\w.$]+)\(", line)
            if m:
                func = m.group(1)
                graph.setdefault(func, set())
                continue
            if line.startswith("}"):
                func = None
                continue
            if func:
                for callee in re.findall(r"(?:call|invoke) [^@%]*@([\w.$]+)\(", line):
                    if not callee.startswith("llvm."):
                        graph[func].add(callee)
    # a function is on a cycle when it can reach itself
    passed = failed = 0
    for start in sorted(graph):
        seen, stack, cyclic = set(), list(graph[start]), False
        while stack:
            f = stack.pop()
            if f == start:
                cyclic = True
                break
            if f in seen or f not in graph:
                continue
            seen.add(f)
            stack.extend(graph[f])
        if cyclic:
            failed += 1
            print(f"  FAIL {start} can call itself")
        else:
            passed += 1
    print(f"recursion: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
