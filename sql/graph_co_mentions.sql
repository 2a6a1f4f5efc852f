-- graph_co_mentions.sql: the co-mention network as Graphviz DOT, from SQL alone. Nodes are
-- entities (colour and shape by type), an edge joins two entities named in the same article,
-- its width and label the number of such articles.
--
-- Reads: article_entities (made by sql/materialize.sql). Prints DOT on standard output:
--   sqlite3 build/demo.db < sql/graph_co_mentions.sql | dot -Tsvg > co_mentions.svg
-- (`make graph` does this for the demo and writes docs/demo-graph.svg).
--
-- Parameters (all optional):
--   .param set @types 'PER,ORG'     -- entity types drawn (default PER,ORG,LOC,MISC)
--   .param set @min_articles 2      -- edges seen in fewer articles are left out (default 2)
--   .param set @limit 60            -- at most this many edges, the heaviest (default 60)
.mode list
.headers off
WITH ents AS (
    SELECT DISTINCT article_id, coalesce(entity_key, lower(entity)) AS k, type
      FROM article_entities
     WHERE instr(',' || coalesce(@types, 'PER,ORG,LOC,MISC') || ',', ',' || type || ',') > 0
),
spelling AS (  -- the commonest spelling of each entity (bare column of max())
    SELECT k, type, entity, max(n)
      FROM (SELECT coalesce(entity_key, lower(entity)) AS k, type, entity, count(*) AS n
              FROM article_entities GROUP BY 1, 2, 3)
     GROUP BY k, type
),
edges AS (
    SELECT x.k || '/' || x.type AS a, y.k || '/' || y.type AS b, count(*) AS articles
      FROM ents AS x JOIN ents AS y ON y.article_id = x.article_id
       AND (y.k > x.k OR (y.k = x.k AND y.type > x.type))
     GROUP BY 1, 2
    HAVING count(*) >= coalesce(@min_articles, 2)
     ORDER BY articles DESC, a, b
     LIMIT coalesce(@limit, 60)
),
nodes AS (
    SELECT a AS id FROM edges UNION SELECT b FROM edges
),
dot(ord, line) AS (
    SELECT 0, 'graph co_mentions {'
    UNION ALL SELECT 1, '  graph [layout=neato, overlap=false, splines=true, fontname="Helvetica", '
                     || 'label="Entities named in the same articles", labelloc=t];'
    UNION ALL SELECT 2, '  node [fontname="Helvetica", style=filled, fontsize=11];'
    UNION ALL SELECT 2, '  edge [color="#888888", fontname="Helvetica", fontsize=9];'
    UNION ALL
    SELECT 3, printf('  "%s" [label="%s", shape=%s, fillcolor="%s"];',
                     replace(replace(n.id, '\', '\\'), '"', '\"'),
                     replace(replace(s.entity, '\', '\\'), '"', '\"'),
                     CASE s.type WHEN 'PER' THEN 'ellipse' WHEN 'ORG' THEN 'box'
                                 WHEN 'LOC' THEN 'hexagon' ELSE 'note' END,
                     CASE s.type WHEN 'PER' THEN '#cfe2f3' WHEN 'ORG' THEN '#fce5cd'
                                 WHEN 'LOC' THEN '#d9ead3' ELSE '#eeeeee' END)
      FROM nodes AS n JOIN spelling AS s ON s.k || '/' || s.type = n.id
    UNION ALL
    SELECT 4, printf('  "%s" -- "%s" [penwidth=%d, label="%d"];',
                     replace(replace(a, '\', '\\'), '"', '\"'),
                     replace(replace(b, '\', '\\'), '"', '\"'), min(articles, 8), articles)
      FROM edges
    UNION ALL SELECT 5, '}'
)
SELECT line FROM dot ORDER BY ord, line;
