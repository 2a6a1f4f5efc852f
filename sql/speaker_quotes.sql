-- speaker_quotes.sql: everything one person is quoted saying, with the article it is in,
-- oldest first.
--
-- Reads: article_quotes (made by sql/materialize.sql) and articles(id, published, source,
-- title).
--
-- Parameters:
--   .param set @speaker 'Helen Carter'  -- the speaker: name or LIKE pattern ('%Carter%')
--                                       -- (default: the most quoted speaker, matched by
--                                       -- news_key as sql/most_quoted.sql counts them)
-- Run: sqlite3 build/demo.db < sql/speaker_quotes.sql
.mode box
WITH target AS (
    SELECT (SELECT coalesce(speaker_key, lower(speaker)) FROM article_quotes
             WHERE speaker IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS k
)
SELECT a.published AS published, a.source AS source, a.title AS title, q.speaker AS speaker,
       q.kind AS kind, q.cue AS cue, q.quote AS quote
  FROM article_quotes AS q JOIN articles AS a ON a.id = q.article_id, target AS t
 WHERE CASE WHEN @speaker IS NULL THEN coalesce(q.speaker_key, lower(q.speaker)) = t.k
            ELSE q.speaker LIKE @speaker END
 ORDER BY a.published, a.id, q.start;
