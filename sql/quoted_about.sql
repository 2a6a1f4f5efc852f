-- quoted_about.sql: who is quoted about whom? For each speaker, the entities named inside
-- the words they are quoted saying, with how many quotations and articles.
--
-- Reads: article_quotes and article_entities (made by sql/materialize.sql). An entity is
-- "inside" a quotation when its mention lies wholly within the quotation's span in the same
-- article. A speaker named in their own quotation is left out.
--
-- Parameters (all optional):
--   .param set @speaker '%Carter%'  -- only speakers whose name is LIKE this (default: all)
--   .param set @about '%Leeds%'     -- only entities whose name is LIKE this (default: all)
--   .param set @limit 30            -- rows to show (default 30)
-- Run: sqlite3 build/demo.db < sql/quoted_about.sql
.mode box
SELECT max(q.speaker) AS speaker, max(e.entity) AS about, e.type AS type,
       count(DISTINCT q.rowid) AS quotes, count(*) AS mentions,
       count(DISTINCT q.article_id) AS articles
  FROM article_quotes AS q
  JOIN article_entities AS e
    ON e.article_id = q.article_id
   AND e.start >= q.start AND e.start + e.length <= q.start + q.length
 WHERE q.speaker IS NOT NULL
   AND coalesce(e.entity_key, lower(e.entity)) IS NOT coalesce(q.speaker_key, lower(q.speaker))
   AND (@speaker IS NULL OR q.speaker LIKE @speaker)
   AND (@about IS NULL OR e.entity LIKE @about)
 GROUP BY coalesce(q.speaker_key, lower(q.speaker)), coalesce(e.entity_key, lower(e.entity)),
          e.type
 ORDER BY quotes DESC, mentions DESC, speaker, about
 LIMIT coalesce(@limit, 30);
