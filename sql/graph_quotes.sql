-- graph_quotes.sql: the quotation network as Graphviz DOT, from SQL alone. An arrow runs from
-- a speaker to each entity named inside their quotations; its label is the number of
-- quotations. Speakers are grey boxes, entities coloured by type.
--
-- Reads: article_quotes and article_entities (made by sql/materialize.sql). Prints DOT:
--   sqlite3 build/demo.db < sql/graph_quotes.sql | dot -Tsvg > quotes.svg
--
-- Parameters (all optional):
--   .param set @min_quotes 1   -- arrows backed by fewer quotations are left out (default 1)
--   .param set @limit 80       -- at most this many arrows, the heaviest (default 80)
.mode list
.headers off
WITH pairs AS (
    SELECT coalesce(q.speaker_key, lower(q.speaker)) AS sk, max(q.speaker) AS speaker,
           coalesce(e.entity_key, lower(e.entity)) AS ek, max(e.entity) AS entity, e.type,
           count(DISTINCT q.rowid) AS quotes
      FROM article_quotes AS q
      JOIN article_entities AS e
        ON e.article_id = q.article_id
       AND e.start >= q.start AND e.start + e.length <= q.start + q.length
     WHERE q.speaker IS NOT NULL
       AND coalesce(e.entity_key, lower(e.entity)) IS NOT coalesce(q.speaker_key, lower(q.speaker))
     GROUP BY 1, 3, 5
    HAVING count(DISTINCT q.rowid) >= coalesce(@min_quotes, 1)
     ORDER BY quotes DESC, sk, ek
     LIMIT coalesce(@limit, 80)
),
dot(ord, line) AS (
    SELECT 0, 'digraph quotes {'
    UNION ALL SELECT 1, '  graph [layout=neato, overlap=false, splines=true, fontname="Helvetica", '
                     || 'label="Who is quoted about whom", labelloc=t];'
    UNION ALL SELECT 2, '  node [fontname="Helvetica", style=filled, fontsize=11];'
    UNION ALL SELECT 2, '  edge [color="#666666", fontname="Helvetica", fontsize=9];'
    UNION ALL
    SELECT DISTINCT 3, printf('  "s:%s" [label="%s", shape=box, fillcolor="#dddddd"];',
                     replace(replace(sk, '\', '\\'), '"', '\"'),
                     replace(replace(speaker, '\', '\\'), '"', '\"'))
      FROM pairs
    UNION ALL
    SELECT DISTINCT 3, printf('  "e:%s/%s" [label="%s", shape=ellipse, fillcolor="%s"];',
                     replace(replace(ek, '\', '\\'), '"', '\"'), type,
                     replace(replace(entity, '\', '\\'), '"', '\"'),
                     CASE type WHEN 'PER' THEN '#cfe2f3' WHEN 'ORG' THEN '#fce5cd'
                               WHEN 'LOC' THEN '#d9ead3' ELSE '#eeeeee' END)
      FROM pairs
    UNION ALL
    SELECT 4, printf('  "s:%s" -> "e:%s/%s" [label="%d", penwidth=%d];',
                     replace(replace(sk, '\', '\\'), '"', '\"'),
                     replace(replace(ek, '\', '\\'), '"', '\"'), type, quotes, min(quotes, 6))
      FROM pairs
    UNION ALL SELECT 5, '}'
)
SELECT line FROM dot ORDER BY ord, line;
