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
# and so does any valgrind report (`SQLITE3="valgrind ... sqlite3"` fails a file that leaks).
# Errors can be asserted too: a statement on ONE line ending (after its semicolon) in
#     -- expect-error: news_entities(): missing text argument
# passes when the shell reports an error for that line whose message starts with the text
# given (the shell may append the code, e.g. " (18)"), and fails otherwise. Such a
# statement must not start with `select '`, which marks a boolean assertion.
# Prints the failing lines, then `NAME: N passed, N failed` (NAME defaults to `sql`), with
# `, N skipped` when files were skipped. Exit status 1 when anything failed.
#
# Files that need the annotated data: put `-- requires: DATA` in the file's first line and
# read it through the shell parameter @data (e.g. `readfile(@data || '/x/README.md')`). When
# $DATA (set by `make`, default ../shared/data) is not a directory, such a file is skipped and
# its assertions count as skipped, not failed.
SQLITE3=${SQLITE3:-sqlite3}
EXT=${EXT:-dist/news}
# SPEC: never a hang. A file that runs longer than this fails instead of stalling `make test`
# (a quadratic step on the 10 MB articles of large.sql would otherwise run for an hour)
SQL_TIMEOUT=${SQL_TIMEOUT:-240}
TIMEOUT=""
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout $SQL_TIMEOUT"
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
    $TIMEOUT $SQLITE3 -batch -cmd ".load $EXT" -cmd ".parameter set @data '$data_sql'" \
        :memory: <"$f" >"$tmp/out" 2>"$tmp/err"
    status=$?
    timed_out=0
    [ -n "$TIMEOUT" ] && [ "$status" -eq 124 ] && timed_out=1
    # `.limit NAME N` echoes the limit on stdout: set-up output, not an assertion
    grep -vE '^ +length -?[0-9]+$' "$tmp/out" >"$tmp/out2"
    mv "$tmp/out2" "$tmp/out"
    ok=$(grep -c '|1$' "$tmp/out")
    bad_out=$(grep -vc '|1$' "$tmp/out")
    # expected errors: "LINE<TAB>MESSAGE" for every `-- expect-error:` line of the file
    grep -n -- ';[[:space:]]*-- expect-error: ' "$f" |
        sed -E 's/^([0-9]+):.*-- expect-error: (.*)$/\1\t\2/' >"$tmp/expect"
    # the shell reports each failing statement with one "Error"/"Parse error"/"Runtime
    # error" line, sometimes followed by the statement text: only the first lines count.
    # awk splits them into errors that were expected (and match) and all others.
    grep -E '^(Error|Parse error|Runtime error)' "$tmp/err" | awk -F '\t' -v expf="$tmp/expect" '
        BEGIN { while ((getline l < expf) > 0) { split(l, p, "\t"); want[p[1]] = p[2] } }
        {
            line = $0; n = ""
            if (match(line, /near line [0-9]+: /)) {
                n = substr(line, RSTART + 10, RLENGTH - 12)
                msg = substr(line, RSTART + RLENGTH)
            }
            if (n != "" && (n in want) && !(n in seen)) {
                seen[n] = 1
                if (index(msg, want[n]) == 1) good++
                else {
                    print "    line " n ": expected \"" want[n] "\", got: " msg > "/dev/stderr"
                    bad++
                }
            } else { print "    unexpected: " line > "/dev/stderr"; bad++ }
        }
        END {
            for (n in want) if (!(n in seen)) {
                print "    line " n ": expected error \"" want[n] "\" did not occur" \
                    > "/dev/stderr"
                bad++
            }
            print good + 0, bad + 0
        }' >"$tmp/errcount" 2>"$tmp/errlog"
    read -r err_ok errors <"$tmp/errcount"
    missing=$((expected - ok - bad_out - (errors - $(grep -c 'did not occur' "$tmp/errlog"))))
    [ "$missing" -lt 0 ] && missing=0
    fails=$((bad_out + errors + missing))
    ok=$((ok + err_ok))
    # exit status 1 is the shell's "a statement failed", already counted line by line;
    # anything else is a crash. Valgrind's reports (==PID== lines) fail the file whatever
    # the status says.
    if grep -qE '^==[0-9]+==' "$tmp/err"; then
        fails=$((fails + 1))
        grep -E '^==[0-9]+==' "$tmp/err" | head -30 >>"$tmp/errlog"
    elif [ "$status" -gt 1 ] && [ "$fails" -eq 0 ]; then
        fails=1
    fi
    if [ "$fails" -gt 0 ]; then
        echo "FAIL $f (exit $status):"
        grep -v '|1$' "$tmp/out" | sed 's/^/    /' | head -20
        head -c 3000 "$tmp/errlog" | head -40
        [ "$missing" -gt 0 ] && echo "    $missing assertion(s) printed nothing"
        [ "$timed_out" -eq 1 ] && echo "    timed out after ${SQL_TIMEOUT}s (SQL_TIMEOUT)"
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
