#!/bin/sh
# replay.sh: runs every committed seed (tests/fuzz/corpus/) and every saved failure
# (tests/fuzz/regress/) once through each fuzz target, without mutation: a deterministic
# smoke run for `make ci-extra`. Prints `fuzz-replay: N passed, N failed`, one count per
# target and input file.
#   tests/fuzz/replay.sh BUILD_DIR TARGET...
build=$1; shift
here=$(dirname "$0")
passed=0; failed=0
for t in "$@"; do
    name=${t#fuzz_}
    seeds="$here/corpus/$name"; [ -d "$seeds" ] || seeds="$here/corpus/core"
    for f in "$seeds"/* "$here/regress/$name"/*; do
        [ -f "$f" ] || continue
        if "$build/$t" -timeout=20 "$f" >"$build/replay.log" 2>&1; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1)); echo "  FAIL $t $f"
            grep -E 'ERROR|fuzz_|SUMMARY' "$build/replay.log" | head -5 | sed 's/^/    /'
        fi
    done
done
echo "fuzz-replay: $passed passed, $failed failed"
[ $failed -eq 0 ]
