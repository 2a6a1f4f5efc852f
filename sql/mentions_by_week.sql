-- mentions_by_week.sql: how often is an entity named, week by week? One row per week
-- (weeks start on Monday) from the first to the last week of the corpus, zero weeks included.
--
-- Reads: article_entities (made by sql/materialize.sql) and articles(id, published), where
-- published is an ISO date ('2026-03-02' or '2026-03-02T10:15:00Z').
--
-- Parameters:
--   .param set @entity 'Helen Carter'  -- the entity: its name, or a LIKE pattern such as
--                                      -- '%Carter%' (default: the most mentioned entity,
--                                      -- every spelling with its news_key)
-- Run: sqlite3 build/demo.db < sql/mentions_by_week.sql
.mode box
WITH top AS (  -- the most mentioned key, and a spelling of it (bare column of max())
    SELECT k, entity, max(n)
      FROM (SELECT coalesce(entity_key, lower(entity)) AS k, entity, count(*) AS n
              FROM article_entities GROUP BY 1, 2)
     GROUP BY k ORDER BY sum(n) DESC, k LIMIT 1
),
target AS (
    SELECT coalesce(@entity, (SELECT entity FROM top)) AS pattern, (SELECT k FROM top) AS k
),
hits AS (
    SELECT date(a.published, 'weekday 0', '-6 days') AS week, e.article_id, a.source
      FROM article_entities AS e JOIN articles AS a ON a.id = e.article_id, target AS t
     WHERE CASE WHEN @entity IS NULL THEN coalesce(e.entity_key, lower(e.entity)) = t.k
                ELSE e.entity LIKE t.pattern END
),
weeks(week) AS (
    SELECT min(date(published, 'weekday 0', '-6 days')) FROM articles
    UNION ALL
    SELECT date(week, '+7 days') FROM weeks
     WHERE week < (SELECT max(date(published, 'weekday 0', '-6 days')) FROM articles)
)
SELECT (SELECT pattern FROM target) AS entity, w.week AS week,
       count(h.article_id) AS mentions, count(DISTINCT h.article_id) AS articles,
       count(DISTINCT h.source) AS sources
  FROM weeks AS w LEFT JOIN hits AS h ON h.week = w.week
 WHERE w.week IS NOT NULL
 GROUP BY w.week
 ORDER BY w.week;
