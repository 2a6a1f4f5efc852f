#!/bin/sh
# run.sh: runs each libFuzzer target for its share of a time budget and prints one suite
# line, `fuzz: N passed, N failed` (a target passes when it ends without a crash, leak,
# timeout or broken invariant), after one line per target with its executions.
#   tests/fuzz/run.sh SECONDS BUILD_DIR TARGET...
# Seeds are read from tests/fuzz/corpus/<name>/ (name = target without "fuzz_"); what
# libFuzzer adds goes to BUILD_DIR/corpus/<name>/, crash reproducers to BUILD_DIR/crashes/.
# Every input that once failed is kept in tests/fuzz/regress/<name>/ and replayed first.
seconds=$1; build=$2; shift 2
n=$#; [ "$n" -gt 0 ] || { echo "fuzz: 0 passed, 0 failed"; exit 0; }
share=$(( seconds / n )); [ "$share" -ge 1 ] || share=1
here=$(dirname "$0")
passed=0; failed=0; total_execs=0
mkdir -p "$build/crashes"
for t in "$@"; do
    name=${t#fuzz_}
    seeds="$here/corpus/$name"; [ -d "$seeds" ] || seeds="$here/corpus/core"
    work="$build/corpus/$name"; mkdir -p "$work"
    log="$build/$t.log"
    regress="$here/regress/$name"
    if [ -d "$regress" ] && ! "$build/$t" -timeout=10 "$regress"/* >"$log" 2>&1; then
        failed=$((failed + 1)); echo "  $t: FAILED on a saved regression input (log: $log)"
        continue
    fi
    # -timeout: one input slower than 10 s is a hang; -rss_limit_mb: a memory blow-up fails
    # inputs long enough to cross many 256-byte windows; the SQL target runs each input
    # through a dozen statements, so it gets shorter ones to keep its pace
    case $t in fuzz_sql) max_len=2048 ;; fuzz_key) max_len=1024 ;; *) max_len=8192 ;; esac
    "$build/$t" -max_total_time="$share" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
        -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" "$work" "$seeds" \
        >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    total_execs=$(( total_execs + execs ))
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1)); echo "  $t: ${share}s, $execs executions, ok"
    else
        failed=$((failed + 1)); echo "  $t: FAILED after $execs executions (log: $log)"
        grep -E 'ERROR|fuzz_|SUMMARY|Test unit written' "$log" | head -8 | sed 's/^/    /'
    fi
done
echo "  fuzz total: $total_execs executions in ${seconds}s"
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
