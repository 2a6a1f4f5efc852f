#!/bin/sh
# run_sql.sh: runs SQL test files through the real sqlite3 shell after `.load dist/news`,
# sqlean style: every assertion is a statement `select 'id', <boolean>;` that prints `id|1`.
#
#   tests/run_sql.sh [-n NAME] FILE.sql...      (from the top of the tree; `make test` does)
#
# Counts, per file and in total: a line ending in `|1` passed; any other output line (`id|0`,
# `id|` for NULL), every error the shell reports on stderr, and every assertion that never
# printed (the shell died: a crash is a failure, not a silence) failed. An assertion is a
# statement that starts a line with `select '` (case-insensitive); other statements (CREATE
# TABLE, INSERT) are set-up and must print nothing. The shell's own exit status counts too,
# so `SQLITE3="valgrind --error-exitcode=1 ... sqlite3"` fails a file that leaks.
# Prints the failing lines, then `NAME: N passed, N failed` (NAME defaults to `sql`), with
# `, N skipped` when files were skipped. Exit status 1 when anything failed.
#
# Files that need the annotated data: put `-- requires: DATA` in the file's first line and
# read it through the shell parameter @data (e.g. `readfile(@data || '/x/README.md')`). When
# $DATA (set by `make`, default ../shared/data) is not a directory, such a file is skipped and
# its assertions count as skipped, not failed.
SQLITE3=${SQLITE3:-sqlite3}
EXT=${EXT:-dist/news}
DATA=${DATA:-../shared/data}
name=sql
if [ "$1" = "-n" ]; then name=$2; shift 2; fi

passed=0
failed=0
skipped=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

for f in "$@"; do
    expected=$(grep -ci "^select '" "$f")
    if head -n 1 "$f" | grep -q -- '-- requires: DATA'; then
        if [ ! -d "$DATA" ]; then
            echo "skip $f: needs the data directory ($DATA)"
            skipped=$((skipped + expected))
            continue
        fi
    fi
    # -bail is off: a failing statement is reported and the file goes on. The data path is
    # a bound parameter so no SQL file holds a path ($DATA has no single quotes in practice;
    # one would be doubled here)
    data_sql=$(printf '%s' "$DATA" | sed "s/'/''/g")
    $SQLITE3 -batch -cmd ".load $EXT" -cmd ".parameter set @data '$data_sql'" :memory: \
        <"$f" >"$tmp/out" 2>"$tmp/err"
    status=$?
    ok=$(grep -c '|1$' "$tmp/out")
    bad_out=$(grep -vc '|1$' "$tmp/out")
    # the shell reports each failing statement with one "Error"/"Parse error"/"Runtime
    # error" line, sometimes followed by the statement text: count the first lines only
    errors=$(grep -Ec '^(Error|Parse error|Runtime error)' "$tmp/err")
    missing=$((expected - ok - bad_out - errors))
    [ "$missing" -lt 0 ] && missing=0
    fails=$((bad_out + errors + missing))
    if [ "$status" -ne 0 ] && [ "$fails" -eq 0 ]; then fails=1; fi
    if [ "$fails" -gt 0 ]; then
        echo "FAIL $f (exit $status):"
        grep -v '|1$' "$tmp/out" | sed 's/^/    /' | head -20
        head -c 3000 "$tmp/err" | sed 's/^/    /' | head -40
        [ "$missing" -gt 0 ] && echo "    $missing assertion(s) printed nothing"
    fi
    passed=$((passed + ok))
    failed=$((failed + fails))
done

if [ "$skipped" -gt 0 ]; then
    echo "$name: $passed passed, $failed failed, $skipped skipped"
else
    echo "$name: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
