-- speaker_quotes.sql: everything one person is quoted saying, with the article it is in,
-- oldest first.
--
-- Reads: article_quotes (made by sql/materialize.sql) and articles(id, published, source,
-- title).
--
-- Parameters:
--   .param set @speaker 'Helen Carter'  -- the speaker: name or LIKE pattern ('%Carter%')
--                                       -- (default: the most quoted speaker)
-- Run: sqlite3 build/demo.db < sql/speaker_quotes.sql
.mode box
WITH target AS (
    SELECT coalesce(@speaker,
                    (SELECT speaker FROM article_quotes WHERE speaker IS NOT NULL
                      GROUP BY coalesce(speaker_key, lower(speaker))
                      ORDER BY count(*) DESC, speaker LIMIT 1)) AS pattern
)
SELECT a.published AS published, a.source AS source, a.title AS title, q.speaker AS speaker,
       q.kind AS kind, q.cue AS cue, q.quote AS quote
  FROM article_quotes AS q JOIN articles AS a ON a.id = q.article_id, target AS t
 WHERE q.speaker LIKE t.pattern
 ORDER BY a.published, a.id, q.start;
