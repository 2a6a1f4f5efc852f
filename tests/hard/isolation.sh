#!/bin/sh
# isolation.sh: what dist/news.so can reach, read from the binary itself. Prints
# `isolation: N passed, N failed`.
#  1. It imports memory and string functions, realloc/free and utf8proc, nothing else: no
#     open/fopen/read, no getenv, no socket/connect, no time or random source, no threads,
#     no dlopen. Whatever the input, it cannot read files, the environment or the network,
#     and nothing but the text can change its results.
#  2. It exports sqlite3_news_init alone: nothing clashes with the host's symbols.
#  3. Its writable globals are the SQLite API pointer that SQLITE_EXTENSION_INIT2 sets to the
#     same value on every load, the module tables SQLite only reads, and the toolchain's own:
#     no cache, counter or buffer shared between calls, connections or threads.
so=${1:-dist/news.so}
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "  FAIL $*"; }

imports=$(nm -D --undefined-only "$so" | awk '{ print $2 }' | sed 's/@.*//')
allowed='^(mem(chr|cmp|cpy|move|set)|str(chr|len|cmp|ncmp)|realloc|free|malloc|utf8proc_[a-z0-9_]+|_ITM_(de)?registerTMCloneTable|__cxa_finalize|__gmon_start__|__stack_chk_fail|__assert_fail)$'
for sym in $imports; do
    if echo "$sym" | grep -Eq "$allowed"; then ok; else bad "imports $sym"; fi
done
exports=$(nm -D --defined-only "$so" | awk '{ print $3 }')
if [ "$exports" = "sqlite3_news_init" ]; then ok; else bad "exports: $exports"; fi
writable=$(objdump -t "$so" | awk '$0 ~ /[ \t]\.(data|bss)[ \t]/ && $3 == "O" { print $NF }')
for sym in $writable; do
    case $sym in
        sqlite3_api|news_*_module|completed.0|__dso_handle|__TMC_END__) ok ;;
        *) bad "writable global $sym" ;;
    esac
done
echo "isolation: $passed passed, $failed failed"
[ $failed -eq 0 ]
