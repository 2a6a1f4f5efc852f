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
    SELECT coalesce(q.speaker_key, lower(q.speaker)) AS sk,
           coalesce(e.entity_key, lower(e.entity)) AS ek, e.type AS type,
           count(DISTINCT q.rowid) AS quotes
      FROM article_quotes AS q
      JOIN article_entities AS e
        ON e.article_id = q.article_id
       AND e.start >= q.start AND e.start + e.length <= q.start + q.length
     WHERE q.speaker IS NOT NULL
       AND coalesce(e.entity_key, lower(e.entity)) IS NOT coalesce(q.speaker_key, lower(q.speaker))
     GROUP BY 1, 2, 3
    HAVING count(DISTINCT q.rowid) >= coalesce(@min_quotes, 1)
     ORDER BY quotes DESC, sk, ek, type
     LIMIT coalesce(@limit, 80)
),
-- one label per node, the commonest spelling (bare column of max()): a label taken per
-- arrow would declare a node twice when two speakers write its name differently
speakers AS (
    SELECT sk, speaker, max(n)
      FROM (SELECT coalesce(speaker_key, lower(speaker)) AS sk, speaker, count(*) AS n
              FROM article_quotes WHERE speaker IS NOT NULL GROUP BY 1, 2)
     GROUP BY sk
),
entities AS (
    SELECT ek, type, entity, max(n)
      FROM (SELECT coalesce(entity_key, lower(entity)) AS ek, type, entity, count(*) AS n
              FROM article_entities GROUP BY 1, 2, 3)
     GROUP BY ek, type
),
dot(ord, line) AS (
    SELECT 0, 'digraph quotes {'
    UNION ALL SELECT 1, '  graph [layout=neato, overlap=false, splines=true, fontname="Helvetica", '
                     || 'label="Who is quoted about whom", labelloc=t];'
    UNION ALL SELECT 2, '  node [fontname="Helvetica", style=filled, fontsize=11];'
    UNION ALL SELECT 2, '  edge [color="#666666", fontname="Helvetica", fontsize=9];'
    UNION ALL
    SELECT DISTINCT 3, printf('  "s:%s" [label="%s", shape=box, fillcolor="#dddddd"];',
                     replace(replace(p.sk, '\', '\\'), '"', '\"'),
                     replace(replace(s.speaker, '\', '\\'), '"', '\"'))
      FROM pairs AS p JOIN speakers AS s ON s.sk = p.sk
    UNION ALL
    SELECT DISTINCT 3, printf('  "e:%s/%s" [label="%s", shape=ellipse, fillcolor="%s"];',
                     replace(replace(p.ek, '\', '\\'), '"', '\"'), p.type,
                     replace(replace(e.entity, '\', '\\'), '"', '\"'),
                     CASE p.type WHEN 'PER' THEN '#cfe2f3' WHEN 'ORG' THEN '#fce5cd'
                                 WHEN 'LOC' THEN '#d9ead3' ELSE '#eeeeee' END)
      FROM pairs AS p JOIN entities AS e ON e.ek = p.ek AND e.type = p.type
    UNION ALL
    SELECT 4, printf('  "s:%s" -> "e:%s/%s" [label="%d", penwidth=%d];',
                     replace(replace(sk, '\', '\\'), '"', '\"'),
                     replace(replace(ek, '\', '\\'), '"', '\"'), type, quotes, min(quotes, 6))
      FROM pairs
    UNION ALL SELECT 5, '}'
)
SELECT line FROM dot ORDER BY ord, line;
