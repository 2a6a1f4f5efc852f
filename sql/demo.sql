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

.print
.print People named most often (news_entities, type PER)
SELECT e.entity AS person, count(*) AS mentions, count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT a.id) AS in_articles
  FROM articles AS a, news_entities(a.body) AS e
 WHERE e.type = 'PER'
 GROUP BY e.entity
 ORDER BY mentions DESC, person
 LIMIT 12;

.print
.print Organisations named most often (news_entities, type ORG)
SELECT e.entity AS organisation, count(*) AS mentions, count(DISTINCT a.id) AS articles,
       group_concat(DISTINCT a.id) AS in_articles
  FROM articles AS a, news_entities(a.body) AS e
 WHERE e.type = 'ORG'
 GROUP BY e.entity
 ORDER BY mentions DESC, organisation
 LIMIT 12;

.print
.print Who said what (news_quotes, in article order)
SELECT a.id AS article, coalesce(q.speaker, '?') AS speaker, q.kind AS kind, q.cue AS cue,
       CASE WHEN length(q.quote) > 60 THEN substr(q.quote, 1, 57) || '...' ELSE q.quote END
           AS quote
  FROM articles AS a, news_quotes(a.body) AS q
 ORDER BY a.id, q.start;
.mode list
SELECT '(no quotations found: news_quotes gave no rows)'
 WHERE NOT EXISTS (SELECT 1 FROM articles AS a, news_quotes(a.body));
