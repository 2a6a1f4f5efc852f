#!/bin/sh
# ci_extra.sh: the heavy passes of `make ci-extra`, one after another (never two at once: the
# machine is shared), each printing `name: N passed, N failed`; then the sum on a line of its
# own. Exit status 1 when any pass failed.
#   tests/hard/ci_extra.sh 'make -s' FUZZ_SECONDS
make=$1; seconds=${2:-60}
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
status=0
for pass in valgrind tsan oom "fuzz FUZZ_SECONDS=$seconds" scale; do
    $make $pass 2>&1 | tee -a "$tmp" || status=1
done
# the suite lines only: `name: N passed, N failed`
grep -E '^[a-z-]+: [0-9]+ passed, [0-9]+ failed$' "$tmp" |
    awk '{ p += $2; f += $4 } END { printf "%d passed, %d failed\n", p, f }'
exit $status
