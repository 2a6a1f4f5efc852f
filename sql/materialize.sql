-- materialize.sql: keeps the extension's results for a table of articles in ordinary tables,
-- so that reports over thousands of articles read indexed rows instead of re-analysing text.
--
-- Run it with the extension loaded, from the project directory:
--   sqlite3 -cmd '.load dist/news' my.db < sql/materialize.sql
-- It is idempotent: a second run changes nothing. It creates, when missing,
--   article_entities  one row per row of news_entities(body), plus article_id and entity_key
--   article_quotes    one row per row of news_quotes(body), plus article_id and speaker_key
--   article_news_state one row per analysed article: which news_version() analysed it
--   articles_news_entities, articles_news_quotes  views: the rows those tables get, per
--                     article, written once for the triggers and the fill
-- with their indexes and three triggers on `articles` (after insert, after update of id or
-- body, after delete) that keep them current, then fills them for every article not yet
-- analysed by this version of the extension (articles analysed by another version are
-- analysed again: upgrading the extension and re-running this script refreshes the tables).
--
-- Expected input: a table articles(id INTEGER PRIMARY KEY, body TEXT, ...); only `id` and
-- `body` are read. To adapt it to another table, replace the names throughout, e.g.
--   sed -e 's/\<articles\>/stories/g' -e 's/\<body\>/story_text/g' sql/materialize.sql
-- (docs/materialize.md lists the other ways, e.g. a view for a one-off fill).
--
-- Parameters (optional, for sql/materialize_batch.sh): @from_id, @to_id limit the fill to
-- articles whose id is in [@from_id, @to_id]; without them every article is filled.
--   .param set @from_id 1
--   .param set @to_id 1000
--
-- Note: once the triggers exist, every INSERT and UPDATE OF id or body on `articles` needs
-- the extension loaded in that connection (otherwise "no such table: main.news_entities").
-- To remove everything this script made: see docs/materialize.md.

CREATE TABLE IF NOT EXISTS article_entities(
    article_id INTEGER NOT NULL,    -- articles.id
    entity TEXT,                    -- the columns of news_entities(), in its order
    type TEXT,
    mention TEXT,
    start INTEGER,
    length INTEGER,
    sentence INTEGER,
    score REAL,
    entity_key TEXT                 -- news_key(entity): the same name across articles;
                                    -- NULL when the key is empty (reports then use entity)
);
CREATE INDEX IF NOT EXISTS article_entities_article ON article_entities(article_id, start);
CREATE INDEX IF NOT EXISTS article_entities_key ON article_entities(entity_key, type);
CREATE INDEX IF NOT EXISTS article_entities_type ON article_entities(type);

CREATE TABLE IF NOT EXISTS article_quotes(
    article_id INTEGER NOT NULL,    -- articles.id
    quote TEXT,                     -- the columns of news_quotes(), in its order
    kind TEXT,
    speaker TEXT,
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_length INTEGER,
    cue TEXT,
    start INTEGER,
    length INTEGER,
    sentence INTEGER,
    score REAL,
    speaker_key TEXT                -- news_key(speaker); NULL when speaker is NULL or
                                    -- its key is empty
);
CREATE INDEX IF NOT EXISTS article_quotes_article ON article_quotes(article_id, start);
CREATE INDEX IF NOT EXISTS article_quotes_speaker ON article_quotes(speaker_key);

-- An article is analysed when it has a row here, written in the same transaction as its
-- results: a fill interrupted halfway leaves no article half done.
CREATE TABLE IF NOT EXISTS article_news_state(
    article_id INTEGER PRIMARY KEY, -- articles.id
    version TEXT NOT NULL           -- news_version() that produced its rows
);

-- The rows of one article, as the tables hold them: the triggers and the fill below select
-- from these views with the article's id (SQLite flattens them, so `WHERE article_id = x`
-- reads the one article by its id).
CREATE VIEW IF NOT EXISTS articles_news_entities AS
    SELECT a.id AS article_id, e.entity, e.type, e.mention, e.start, e.length, e.sentence,
           e.score, nullif(news_key(e.entity), '') AS entity_key
      FROM articles AS a, news_entities(a.body) AS e;

CREATE VIEW IF NOT EXISTS articles_news_quotes AS
    SELECT a.id AS article_id, q.quote, q.kind, q.speaker, q.speaker_mention,
           q.speaker_start, q.speaker_length, q.cue, q.start, q.length, q.sentence, q.score,
           nullif(news_key(q.speaker), '') AS speaker_key
      FROM articles AS a, news_quotes(a.body) AS q;

-- INSERT OR REPLACE deletes the old row without firing the delete trigger (unless
-- recursive_triggers is on), so the insert trigger clears the id before filling it.
CREATE TRIGGER IF NOT EXISTS articles_news_insert AFTER INSERT ON articles BEGIN
    DELETE FROM article_entities WHERE article_id = new.id;
    DELETE FROM article_quotes WHERE article_id = new.id;
    INSERT INTO article_entities SELECT * FROM articles_news_entities WHERE article_id = new.id;
    INSERT INTO article_quotes SELECT * FROM articles_news_quotes WHERE article_id = new.id;
    INSERT OR REPLACE INTO article_news_state(article_id, version)
        VALUES (new.id, news_version());
END;

CREATE TRIGGER IF NOT EXISTS articles_news_update AFTER UPDATE OF id, body ON articles BEGIN
    DELETE FROM article_entities WHERE article_id IN (old.id, new.id);
    DELETE FROM article_quotes WHERE article_id IN (old.id, new.id);
    DELETE FROM article_news_state WHERE article_id IN (old.id, new.id);
    INSERT INTO article_entities SELECT * FROM articles_news_entities WHERE article_id = new.id;
    INSERT INTO article_quotes SELECT * FROM articles_news_quotes WHERE article_id = new.id;
    INSERT INTO article_news_state(article_id, version) VALUES (new.id, news_version());
END;

CREATE TRIGGER IF NOT EXISTS articles_news_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_entities WHERE article_id = old.id;
    DELETE FROM article_quotes WHERE article_id = old.id;
    DELETE FROM article_news_state WHERE article_id = old.id;
END;

-- The fill: one transaction, so an interruption loses the batch, never half of it.
BEGIN;

-- The articles this run is about: in range, and not analysed by this version.
CREATE TEMP TABLE IF NOT EXISTS news_todo(id INTEGER PRIMARY KEY);
DELETE FROM temp.news_todo;
INSERT INTO temp.news_todo
    SELECT a.id FROM articles AS a
     WHERE a.id BETWEEN coalesce(@from_id, -9223372036854775808)
                    AND coalesce(@to_id, 9223372036854775807)
       AND NOT EXISTS (SELECT 1 FROM article_news_state AS s
                        WHERE s.article_id = a.id AND s.version = news_version());

-- Rows of those articles left by another version, or by a fill before a crash of an older
-- script, go first: what follows inserts each article's rows exactly once.
DELETE FROM article_entities WHERE article_id IN (SELECT id FROM temp.news_todo);
DELETE FROM article_quotes WHERE article_id IN (SELECT id FROM temp.news_todo);

INSERT INTO article_entities
    SELECT v.* FROM temp.news_todo AS t JOIN articles_news_entities AS v ON v.article_id = t.id;

INSERT INTO article_quotes
    SELECT v.* FROM temp.news_todo AS t JOIN articles_news_quotes AS v ON v.article_id = t.id;

INSERT OR REPLACE INTO article_news_state(article_id, version)
    SELECT id, news_version() FROM temp.news_todo;

-- Results of articles deleted while the triggers did not exist.
DELETE FROM article_entities
 WHERE article_id BETWEEN coalesce(@from_id, -9223372036854775808)
                      AND coalesce(@to_id, 9223372036854775807)
   AND article_id NOT IN (SELECT id FROM articles);
DELETE FROM article_quotes
 WHERE article_id BETWEEN coalesce(@from_id, -9223372036854775808)
                      AND coalesce(@to_id, 9223372036854775807)
   AND article_id NOT IN (SELECT id FROM articles);
DELETE FROM article_news_state
 WHERE article_id BETWEEN coalesce(@from_id, -9223372036854775808)
                      AND coalesce(@to_id, 9223372036854775807)
   AND article_id NOT IN (SELECT id FROM articles);

DROP TABLE temp.news_todo;
COMMIT;
