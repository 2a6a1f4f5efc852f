#!/bin/sh
# suite.sh: runs commands as one suite and prints `NAME: N passed, N failed`, summing the
# last `N passed, N failed` line each command prints; a command that exits non-zero
# without such a line counts as one failure (a crash is never a pass).
#   tests/hard/suite.sh NAME 'command one' 'command two' ...
name=$1; shift
passed=0; failed=0
for cmd in "$@"; do
    out=$(sh -c "$cmd" 2>&1); rc=$?
    echo "$out" | grep -v -E '^[A-Za-z_-]+: [0-9]+ passed, [0-9]+ failed$' | sed 's/^/  /'
    line=$(echo "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
    p=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
    f=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
    if [ -z "$p" ]; then
        p=0; f=1; echo "  $name: '$cmd' exited $rc without a count"
    elif [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1; echo "  $name: '$cmd' exited $rc"
    fi
    passed=$((passed + p)); failed=$((failed + f))
done
echo "$name: $passed passed, $failed failed"
[ $failed -eq 0 ]
