-- errors.sql: the errors the extension raises, checked through the shell: each statement
-- ending in `-- expect-error: MESSAGE` passes when the shell reports an error on that line
-- whose message starts with MESSAGE (tests/run_sql.sh). SPEC: messages start with the
-- function's name; a wrong number of arguments and out-of-range use are SQLite's own words.
create table a(id integer primary key, body text);
insert into a(body) values ('Angela Merkel met Airbus executives in Toulouse.');

-- a table-valued function without its argument
select * from news_entities;  -- expect-error: news_entities(): missing text argument
select * from news_quotes;  -- expect-error: news_quotes(): missing text argument
select * from news_sentences;  -- expect-error: news_sentences(): missing text argument
select count(*) from news_entities where type = 'PER' or start > 3;  -- expect-error: news_entities(): missing text argument
select * from a, news_sentences s where s.sentence = 1;  -- expect-error: news_sentences(): missing text argument
-- the argument from a table that a CROSS JOIN forces to come later
select count(*) from news_entities(a.body) e cross join a;  -- expect-error: news_entities(): missing text argument
-- the same functions with their argument are fine, OR in WHERE included
select 'err_01', (select count(*) from a, news_entities(a.body) e where e.type = 'PER' or e.start > 3) >= 1;
-- eponymous only: no CREATE VIRTUAL TABLE (SQLite's words)
create virtual table t1 using news_entities;  -- expect-error: no such module: news_entities
create virtual table t2 using news_quotes('x');  -- expect-error: no such module: news_quotes
-- wrong number of arguments: SQLite's words
select * from news_entities('a', 'b');  -- expect-error: too many arguments on news_entities()
select news_key();  -- expect-error: wrong number of arguments to function news_key()
select news_entities_json('a', 'b');  -- expect-error: wrong number of arguments to function news_entities_json()
select news_version(1);  -- expect-error: wrong number of arguments to function news_version()
-- a result longer than SQLITE_LIMIT_LENGTH: SQLITE_TOOBIG (18), named
.limit length 120
select news_entities_json('Angela Merkel met Airbus in Toulouse and Paris.');  -- expect-error: news_entities_json(): result longer than SQLite's length limit (18)
select news_key('ﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺﷺ');  -- expect-error: news_key(): result longer than SQLite's length limit (18)
select 'err_02', length(news_entities_json('Angela')) < 120;
select 'err_03', news_quotes_json('no quotes') = '[]';
