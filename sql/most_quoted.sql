-- most_quoted.sql: who is quoted most? One row per speaker, across all articles: how many
-- quotations (direct, partial, indirect), in how many articles, first and last date.
--
-- Reads: article_quotes, article_entities (made by sql/materialize.sql) and articles(id,
-- published). Speakers are matched across articles by news_key (speaker_key), so
-- "Dr. Priya Raman" and "Priya Raman" count as one; the name shown is the commonest spelling.
-- The type is the one news_entities gives that name most often (people PER, organisations ORG).
--
-- Parameters (all optional):
--   .param set @limit 20          -- rows to show (default 20)
--   .param set @kind 'direct'     -- only this kind of quotation (default: every kind)
--   .param set @type 'PER'        -- only speakers of this entity type (default: any)
--   .param set @since "'2026-03-01'"  -- only articles published on or after (default: all)
--   .param set @until "'2026-03-31'"  -- ... and on or before (default: all)
-- (a date inside double quotes: the shell strips single quotes and computes what is left,
-- so '2026-03-01' alone is the number 2022)
-- Run: sqlite3 build/demo.db < sql/most_quoted.sql
.mode box
WITH q AS (
    SELECT q.*, coalesce(q.speaker_key, lower(q.speaker)) AS k, a.published
      FROM article_quotes AS q JOIN articles AS a ON a.id = q.article_id
     WHERE q.speaker IS NOT NULL
       AND (@kind IS NULL OR q.kind = @kind)
       AND coalesce(a.published, '') >= coalesce(@since, '')
       AND coalesce(a.published, '') <= coalesce(@until, '9999')
),
spelling AS (  -- SQLite takes the bare column `speaker` from the row holding max(n)
    SELECT k, speaker, max(n) FROM (SELECT k, speaker, count(*) AS n FROM q GROUP BY k, speaker)
     GROUP BY k
),
typed AS (
    SELECT k, type, max(n) FROM (SELECT coalesce(entity_key, lower(entity)) AS k, type,
                                        count(*) AS n
                                   FROM article_entities GROUP BY 1, 2)
     GROUP BY k
)
SELECT s.speaker AS speaker, t.type AS type, count(*) AS quotes,
       sum(q.kind = 'direct') AS direct, sum(q.kind = 'partial') AS partial,
       sum(q.kind = 'indirect') AS indirect, count(DISTINCT q.article_id) AS articles,
       min(q.published) AS first, max(q.published) AS last
  FROM q JOIN spelling AS s ON s.k = q.k LEFT JOIN typed AS t ON t.k = q.k
 WHERE @type IS NULL OR t.type = @type
 GROUP BY q.k
 ORDER BY quotes DESC, articles DESC, speaker
 LIMIT coalesce(@limit, 20);
