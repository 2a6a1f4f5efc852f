-- demo.sql: what `make demo` prints. Runs the extension straight over the demo articles
-- (sql/demo_articles.sql): the people and organisations named, and who said what.
-- Run: sqlite3 -cmd '.load dist/news' build/demo.db < sql/demo.sql
.mode box
.print
.print sqlite-news demo: twelve short articles written for this project
SELECT news_version() AS version, count(*) AS articles,
       (SELECT count(*) FROM articles AS a, news_sentences(a.body)) AS sentences,
       (SELECT count(*) FROM articles AS a, news_entities(a.body)) AS entity_mentions,
       (SELECT count(*) FROM articles AS a, news_quotes(a.body)) AS quotations
  FROM articles;

-- entities by type, for the two tables below (a temporary view: demo.db is not changed)
CREATE TEMP VIEW demo_named AS
SELECT e.type, e.entity, count(*) AS mentions, count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT a.id) AS in_articles
  FROM articles AS a, news_entities(a.body) AS e
 GROUP BY e.type, e.entity;

.print
.print People named most often (news_entities, type PER)
SELECT entity AS person, mentions, articles, in_articles FROM temp.demo_named
 WHERE type = 'PER' ORDER BY mentions DESC, person LIMIT 12;

.print
.print Organisations named most often (news_entities, type ORG)
SELECT entity AS organisation, mentions, articles, in_articles FROM temp.demo_named
 WHERE type = 'ORG' ORDER BY mentions DESC, organisation LIMIT 12;

.print
.print Who said what (news_quotes: the most quoted speakers, each with their first direct quote)
WITH q AS (
    SELECT a.id AS article, q.*
      FROM articles AS a, news_quotes(a.body) AS q
     WHERE q.speaker IS NOT NULL
)
SELECT speaker, count(*) AS quotations,
       (SELECT group_concat(kind, ',') FROM (SELECT DISTINCT y.kind FROM q AS y
                                               WHERE y.speaker = q.speaker ORDER BY y.kind))
           AS kinds,
       (SELECT CASE WHEN length(x.quote) > 60 THEN substr(x.quote, 1, 57) || '...'
                    ELSE x.quote END
          FROM q AS x WHERE x.speaker = q.speaker AND x.kind = 'direct'
         ORDER BY x.article, x.start LIMIT 1) AS for_example
  FROM q
 GROUP BY speaker
 ORDER BY quotations DESC, speaker
 LIMIT 12;

.print
.print Every quotation of article 8, with the words that name the speaker (speaker_mention)
SELECT q.sentence, coalesce(q.speaker, '?') AS speaker, q.speaker_mention, q.cue, q.kind,
       CASE WHEN length(q.quote) > 50 THEN substr(q.quote, 1, 47) || '...' ELSE q.quote END
           AS quote
  FROM articles AS a, news_quotes(a.body) AS q
 WHERE a.id = 8
 ORDER BY q.start;
.mode list
SELECT '(no quotations found: news_quotes gave no rows)'
 WHERE NOT EXISTS (SELECT 1 FROM articles AS a, news_quotes(a.body));
