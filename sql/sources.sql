-- sources.sql: which organisations are most often cited as sources? Counts the citations
-- "according to <organisation>" and quotations attributed to an organisation with the cue
-- "according to", once per place in the text.
--
-- Reads: article_entities, article_quotes (made by sql/materialize.sql) and articles(id,
-- published, body). "According to" is found in the text right before the mention ("according
-- to the Treasury" as well), so it counts even where news_quotes gives no row.
--
-- Parameters (all optional):
--   .param set @type 'ORG'    -- the entity type counted as a source (default ORG; NULL is
--                             -- not "any": use '%' for every type)
--   .param set @limit 20      -- rows to show (default 20)
-- Run: sqlite3 build/demo.db < sql/sources.sql
.mode box
WITH cited AS (
    -- a mention right after "according to" or "according to the"
    SELECT e.article_id, e.start, coalesce(e.entity_key, lower(e.entity)) AS k, e.entity
      FROM article_entities AS e JOIN articles AS a ON a.id = e.article_id
     WHERE e.type LIKE coalesce(@type, 'ORG')
       AND ((e.start > 13 AND lower(substr(a.body, e.start - 13, 13)) = 'according to ')
         OR (e.start > 17 AND lower(substr(a.body, e.start - 17, 17)) = 'according to the '))
    UNION
    -- a quotation whose cue is "according to", when its speaker has that type in the article
    SELECT q.article_id, q.speaker_start, coalesce(q.speaker_key, lower(q.speaker)), q.speaker
      FROM article_quotes AS q
     WHERE lower(q.cue) = 'according to' AND q.speaker IS NOT NULL
       AND EXISTS (SELECT 1 FROM article_entities AS e
                    WHERE e.article_id = q.article_id AND e.entity = q.speaker
                      AND e.type LIKE coalesce(@type, 'ORG'))
),
once AS (  -- the same place found both ways counts once
    SELECT article_id, k, max(entity) AS entity FROM cited
     GROUP BY article_id, coalesce(start, k), k
)
SELECT max(o.entity) AS source, count(*) AS citations,
       count(DISTINCT o.article_id) AS articles, max(a.published) AS last_cited
  FROM once AS o JOIN articles AS a ON a.id = o.article_id
 GROUP BY o.k
 ORDER BY citations DESC, articles DESC, source
 LIMIT coalesce(@limit, 20);
