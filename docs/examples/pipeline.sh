#!/bin/sh
# pipeline.sh: the sqlite3 shell as one step of a Unix pipeline, with no program written:
# -csv and -json output go to ordinary tools.
#
#   docs/examples/pipeline.sh [DB] [EXTENSION]   (defaults: build/demo.db, dist/news)
#
# Prints three reports: the organisations named in most articles (-tabs through sort and
# uniq), per article the number of quotations and the first speaker (-json through Python),
# and the entity types of the corpus (-csv through awk).
set -eu
db=${1:-build/demo.db}
ext=${2:-dist/news}
sqlite3=${SQLITE3:-sqlite3}
python=${PYTHON:-python3}

echo "# organisations named in most articles"
$sqlite3 -tabs -cmd ".load $ext" "$db" \
    "SELECT DISTINCT e.entity, a.id FROM articles AS a, news_entities(a.body) AS e
      WHERE e.type = 'ORG'" |
    cut -f1 | sort | uniq -c | sort -k1,1nr -k2 | head -n 5

echo "# quotations per article (news_quotes_json through -json)"
$sqlite3 -json -cmd ".load $ext" "$db" \
    "SELECT id, title, news_quotes_json(body) AS quotes FROM articles ORDER BY id" |
    $python -c '
import json, sys
for art in json.load(sys.stdin):
    quotes = json.loads(art["quotes"])
    first = next((q["speaker"] for q in quotes if q["speaker"]), "-")
    print("%3d %3d quotations, first speaker %s: %s" % (art["id"], len(quotes), first, art["title"]))
'

echo "# entity mentions by type (-csv through awk)"
$sqlite3 -csv -header -cmd ".load $ext" "$db" \
    "SELECT e.type, e.entity FROM articles AS a, news_entities(a.body) AS e" |
    awk -F, 'NR > 1 { n[$1]++ } END { for (t in n) printf "%-5s %d\n", t, n[t] }' | sort
