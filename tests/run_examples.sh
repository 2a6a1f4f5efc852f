#!/bin/sh
# run_examples.sh: the examples suite: every sql/ script on the demo database, the
# materialisation scripts, the programs in docs/examples/ and every ```sql block of README.md
# and docs/*.md. The checks live in tests/examples.py; this wrapper picks the Python whose
# sqlite3 module can load extensions. Prints `examples: N passed, N failed`.
#   tests/run_examples.sh            (from the top of the tree, after `make all build/demo.db`)
PYTHON=${PYTHON:-/usr/bin/python3}
export SQLITE3="${SQLITE3:-sqlite3}" PYTHON
exec "$PYTHON" tests/examples.py
