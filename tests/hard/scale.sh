#!/bin/sh
# scale.sh: the scale test. Prints `scale: N passed, N failed`.
#   tests/hard/scale.sh BUILD/scale [quick]
# 1. Linear time: for every input kind, callgrind counts the instructions of news_analyze
#    (deterministic, unlike a clock) on 128 KB and on 1280 KB; the 10x input must cost at
#    most 12x. Quadratic work anywhere in the pipeline shows up as ~100x. The same through
#    SQL (the stock shell, `.load $EXT`, news text read with readfile()) for every function,
#    so the binding's row loop and JSON writer are held to it too.
# 2. Huge and hostile inputs run whole with a 256 KB stack (so no recursion whose depth
#    follows the input can hide), every SPEC invariant checked on every row, and peak
#    memory within the bound docs/security.md states: 13x the input plus 96 MB for the
#    per-window arrays (a 1 MB window can hold 1M one-byte tokens, each with the tagger's
#    and the quote step's per-token scratch); dense rows (a mention every 19 bytes, as in
#    text without spaces) cost up to 13 bytes per input byte.
#    The inputs: a 100 MB article, 1M quotation marks, 1M capitalised words, 1M bytes
#    without a space, one 10 MB paragraph, 10 MB of invalid UTF-8.
# `quick` skips the 100 MB article (for a loaded machine).
scale=$1; quick=$2
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "  ok   $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL $*"; }

if command -v valgrind >/dev/null 2>&1; then
    # qpara at 16 KB / 160 KB: quadratic work there would take an hour under callgrind
    for kind in news quotes caps nospace para invalid qpara; do
        kb=128; [ $kind = qpara ] && kb=16
        n1=$(valgrind --tool=callgrind --toggle-collect=news_analyze \
             --callgrind-out-file=/dev/null "$scale" $kind $kb 2>&1 >/dev/null |
             sed -n 's/.*Collected : *//p')
        n10=$(valgrind --tool=callgrind --toggle-collect=news_analyze \
              --callgrind-out-file=/dev/null "$scale" $kind $((kb * 10)) 2>&1 >/dev/null |
              sed -n 's/.*Collected : *//p')
        if [ -z "$n1" ] || [ -z "$n10" ] || [ "$n1" -eq 0 ]; then
            bad "linear $kind: callgrind gave no count"; continue
        fi
        ratio=$(awk -v a="$n1" -v b="$n10" 'BEGIN { printf "%.2f", b / a }')
        if awk -v r="$ratio" 'BEGIN { exit !(r <= 12) }'; then
            ok "linear $kind: 10x input costs ${ratio}x instructions ($n1 -> $n10)"
        else
            bad "linear $kind: 10x input costs ${ratio}x instructions ($n1 -> $n10)"
        fi
    done
    ext=${EXT:-dist/news}
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    "$scale" news 128 --dump >"$tmp/x1"; "$scale" news 1280 --dump >"$tmp/x10"
    for fn in news_entities news_quotes news_sentences news_entities_json news_quotes_json; do
        case $fn in
            *_json) sql="select length($fn(readfile('IN')))" ;;
            *) sql="select count(*), sum(length) from $fn(readfile('IN'))" ;;
        esac
        for x in x1 x10; do
            q=$(echo "$sql" | sed "s|IN|$tmp/$x|")
            valgrind --tool=callgrind --callgrind-out-file=/dev/null \
                ${SQLITE3:-sqlite3} -cmd ".load $ext" :memory: "$q" >/dev/null 2>"$tmp/$x.err"
            sed -n 's/.*Collected : *//p' "$tmp/$x.err" >"$tmp/$x.n"
        done
        n1=$(cat "$tmp/x1.n"); n10=$(cat "$tmp/x10.n")
        if [ -z "$n1" ] || [ -z "$n10" ]; then bad "linear sql $fn: no count"; continue; fi
        ratio=$(awk -v a="$n1" -v b="$n10" 'BEGIN { printf "%.2f", b / a }')
        if awk -v r="$ratio" 'BEGIN { exit !(r <= 12) }'; then
            ok "linear sql $fn: 10x input costs ${ratio}x instructions ($n1 -> $n10)"
        else
            bad "linear sql $fn: 10x input costs ${ratio}x instructions ($n1 -> $n10)"
        fi
    done
else
    echo "  (valgrind missing: linear-time checks skipped)"
fi

# kind, kilobytes, check every row?
run_big() {
    kind=$1; kb=$2; check=$3
    out=$( (ulimit -s 256; "$scale" $kind $kb $check) 2>&1 ); rc=$?
    line=$(echo "$out" | head -1)
    if [ $rc -ne 0 ]; then bad "huge $kind: exit $rc: $out"; return; fi
    # extra MB must be <= 13 x input MB + 96 MB
    if echo "$line" | awk '{ for (i = 1; i <= NF; i++) { if ($i == "MB" && !in_mb) in_mb = $(i-1)
            if ($i == "extra") x = $(i+1) } }
            END { exit !(x <= 13 * in_mb + 96) }'; then
        ok "huge $line"
    else
        bad "huge (memory over 13x input + 96 MB) $line"
    fi
}
[ "$quick" = quick ] || run_big news 102400 ""
run_big quotes 6144 --check      # about 1.05M quotation marks
run_big caps 7168 --check        # about 1M capitalised words
run_big nospace 1024 --check     # 1M bytes without a space
run_big para 10240 --check       # one paragraph of 10 MB
run_big invalid 10240 --check
echo "scale: $passed passed, $failed failed"
[ $failed -eq 0 ]
