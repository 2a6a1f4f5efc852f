-- co_mentions.sql: which entities appear together? One row per pair of entities named in
-- the same article: in how many articles, and in how many sentences both are named.
--
-- Reads: article_entities (made by sql/materialize.sql). Entities are matched across
-- articles by news_key (entity_key) and type; the name shown is the commonest spelling.
-- A pair is listed once, in alphabetical order of its keys.
--
-- Parameters (all optional):
--   .param set @entity '%Novak%'   -- only pairs with an entity whose name is LIKE this
--   .param set @type 'PER'         -- only entities of this type (default: every type)
--   .param set @min_articles 2     -- only pairs seen in at least this many articles (1)
--   .param set @limit 30           -- rows to show (default 30)
-- Run: sqlite3 build/demo.db < sql/co_mentions.sql
.mode box
WITH ents AS (
    SELECT article_id, sentence, coalesce(entity_key, lower(entity)) AS k, entity, type
      FROM article_entities
     WHERE @type IS NULL OR type = @type
),
spelling AS (  -- SQLite takes the bare column `entity` from the row holding max(n)
    SELECT k, type, entity, max(n)
      FROM (SELECT k, type, entity, count(*) AS n FROM ents GROUP BY 1, 2, 3)
     GROUP BY k, type
),
in_article AS (SELECT DISTINCT article_id, k, type FROM ents),
in_sentence AS (SELECT DISTINCT article_id, sentence, k, type FROM ents),
article_pairs AS (
    SELECT x.k AS ka, x.type AS ta, y.k AS kb, y.type AS tb, count(*) AS articles
      FROM in_article AS x
      JOIN in_article AS y ON y.article_id = x.article_id
       AND (y.k > x.k OR (y.k = x.k AND y.type > x.type))
     GROUP BY 1, 2, 3, 4
),
sentence_pairs AS (
    SELECT x.k AS ka, x.type AS ta, y.k AS kb, y.type AS tb, count(*) AS sentences
      FROM in_sentence AS x
      JOIN in_sentence AS y ON y.article_id = x.article_id AND y.sentence = x.sentence
       AND (y.k > x.k OR (y.k = x.k AND y.type > x.type))
     GROUP BY 1, 2, 3, 4
)
SELECT sa.entity AS entity_a, p.ta AS type_a, sb.entity AS entity_b, p.tb AS type_b,
       p.articles AS articles, coalesce(s.sentences, 0) AS sentences
  FROM article_pairs AS p
  JOIN spelling AS sa ON sa.k = p.ka AND sa.type = p.ta
  JOIN spelling AS sb ON sb.k = p.kb AND sb.type = p.tb
  LEFT JOIN sentence_pairs AS s ON s.ka = p.ka AND s.ta = p.ta AND s.kb = p.kb AND s.tb = p.tb
 WHERE p.articles >= coalesce(@min_articles, 1)
   AND (@entity IS NULL OR sa.entity LIKE @entity OR sb.entity LIKE @entity)
 ORDER BY articles DESC, sentences DESC, entity_a, entity_b
 LIMIT coalesce(@limit, 30);
