#!/bin/sh
# sum_suites.sh: runs test suites one after another and adds up their counts.
#
#   tests/sum_suites.sh NAME...      (`make test` passes $(TEST_SUITES); MAKE from the env)
#
# Each suite is the make target test-NAME; it prints `NAME: N passed, N failed` (optionally
# followed by `, N skipped`) and exits non-zero when something failed. A suite that dies
# before printing its line, or exits non-zero while claiming no failure, counts one failure
# more: a crash is never a pass. Prints the suites' output as it comes, then
# `skipped: N` when any were skipped, and the total `N passed, N failed` as the last line.
# Exit status 1 when anything failed.
MAKE=${MAKE:-make}
# a suite that hangs fails after SUITE_TIMEOUT seconds instead of stalling CI
SUITE_TIMEOUT=${SUITE_TIMEOUT:-900}
TIMEOUT=""
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout $SUITE_TIMEOUT"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
skipped=0
for s in "$@"; do
    { $TIMEOUT $MAKE --no-print-directory -s "test-$s" 2>&1; echo $? >"$tmp/status"; } |
        tee "$tmp/out"
    status=$(cat "$tmp/status")
    line=$(grep -E "^$s: [0-9]+ passed, [0-9]+ failed" "$tmp/out" | tail -n 1)
    if [ -z "$line" ]; then
        [ "$status" -eq 124 ] && echo "$s: timed out after ${SUITE_TIMEOUT}s (SUITE_TIMEOUT)"
        echo "$s: no summary line (exit $status): counted as 1 failure"
        failed=$((failed + 1))
        continue
    fi
    p=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/^[^:]+: [0-9]+ passed, ([0-9]+) failed.*/\1/')
    k=$(echo "$line" | sed -nE 's/.* ([0-9]+) skipped.*/\1/p')
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "$s: exit $status with no failure reported: counted as 1 failure"
        f=1
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + ${k:-0}))
done
[ "$skipped" -gt 0 ] && echo "skipped: $skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
