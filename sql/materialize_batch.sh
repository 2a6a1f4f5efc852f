#!/bin/sh
# materialize_batch.sh: fills the tables of sql/materialize.sql in batches of articles, for a
# corpus too big for one transaction, printing progress after each batch. Interrupt it at any
# time (Ctrl-C, a crash, a reboot) and run it again: it goes on where it stopped, losing and
# duplicating nothing, because each batch is one transaction that writes an article's rows
# and its line in article_news_state (the progress table) together.
#
#   sql/materialize_batch.sh DB [BATCH]      (BATCH articles per transaction, default 500)
#
# Environment: SQLITE3 (the shell, default sqlite3), NEWS_EXT (the extension without its
# suffix, default dist/news), NEWS_SQL (materialize.sql, default next to this script).
# Batches are rowid ranges [first id not yet done, BATCH-th id not yet done], so every batch
# holds at most BATCH articles to analyse; ids need not be contiguous.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 DB [BATCH]" >&2
    exit 2
fi
db=$1
batch=${2:-500}
sqlite3=${SQLITE3:-sqlite3}
ext=${NEWS_EXT:-dist/news}
script=${NEWS_SQL:-$(dirname "$0")/materialize.sql}

case $batch in '' | *[!0-9]* | 0) echo "$0: BATCH must be a positive integer" >&2; exit 2 ;; esac
[ -f "$db" ] || { echo "$0: no database $db" >&2; exit 2; }

run() { # run the materialisation script on ids [$1, $2]
    $sqlite3 -bail -cmd ".load $ext" -cmd ".param set @from_id $1" -cmd ".param set @to_id $2" \
        "$db" < "$script"
}

# an empty range creates the tables and triggers, so the progress query below can run
run 1 0

# articles not analysed by this version of the extension
todo="FROM articles AS a WHERE NOT EXISTS (SELECT 1 FROM article_news_state AS s
       WHERE s.article_id = a.id AND s.version = news_version())"
total=$($sqlite3 -bail -cmd ".load $ext" "$db" "SELECT count(*) FROM articles")
start=$(date +%s)

while :; do
    range=$($sqlite3 -bail -cmd ".load $ext" -separator ' ' "$db" \
        "SELECT min(id), max(id) FROM (SELECT a.id $todo ORDER BY a.id LIMIT $batch)")
    set -- $range
    [ $# -eq 2 ] || break          # min() of nothing is NULL: every article is done
    run "$1" "$2"
    set -- $($sqlite3 -bail -cmd ".load $ext" -separator ' ' "$db" \
        "SELECT (SELECT count(*) FROM articles) - (SELECT count(*) $todo),
                (SELECT count(*) FROM article_entities), (SELECT count(*) FROM article_quotes)")
    elapsed=$(( $(date +%s) - start ))
    total=$($sqlite3 -bail "$db" "SELECT count(*) FROM articles")
    echo "materialize: $1 / $total articles ($(( total > 0 ? 100 * $1 / total : 100 ))%)," \
         "$2 entity rows, $3 quote rows, ${elapsed}s"
done
echo "materialize: done, $total articles"
