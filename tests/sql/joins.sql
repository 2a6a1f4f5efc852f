-- joins.sql: the table-valued functions used like tables, over an articles table: comma
-- joins in both orders, LEFT JOIN, correlated subqueries, IN, and inside schema objects
-- (view, trigger, generated column, expression index) under trusted_schema=OFF, which only
-- innocuous functions may enter. Each line prints id|1. All text is written for these tests.
create table articles(id integer primary key, published text, body text);
insert into articles values
 (1, '2024-03-01', 'Dmytro Kuleba met Antony Blinken in Kyiv. Kuleba said the talks went well.'),
 (2, '2024-03-02', 'Angela Merkel met Airbus executives in Toulouse.' || char(10) || 'Merkel thanked Airbus.'),
 (3, '2024-03-03', 'nothing capitalised here at all.'),
 (4, '2024-03-04', NULL),
 (5, '2024-03-05', ''),
 (6, '2024-03-06', 'Antony Blinken flew to Brussels, where NATO ministers met. Blinken then left for Kyiv.');
create table expected as
  select 1 id, (select count(*) from news_entities((select body from articles where id = 1))) n union all
  select 2, (select count(*) from news_entities((select body from articles where id = 2))) union all
  select 3, 0 union all select 4, 0 union all select 5, 0 union all
  select 6, (select count(*) from news_entities((select body from articles where id = 6)));

-- comma join, articles first and function first
select 'join_01', (select count(*) from articles a, news_entities(a.body) e) = (select sum(n) from expected);
select 'join_02', (select count(*) from news_entities(a.body) e, articles a) = (select sum(n) from expected);
select 'join_03', (select group_concat(a.id || e.mention, ',') from articles a, news_entities(a.body) e)
                = (select group_concat(a.id || e.mention, ',') from news_entities(a.body) e, articles a);
-- explicit JOIN ... ON and CROSS JOIN in the order that can run
select 'join_04', (select count(*) from articles a join news_entities(a.body) e on e.type = 'PER')
                = (select count(*) from articles a, news_entities(a.body) e where e.type = 'PER');
select 'join_05', (select count(*) from articles a cross join news_entities(a.body) e) = (select sum(n) from expected);
-- LEFT JOIN keeps articles without entities (NULL, empty, nothing found) with NULL columns
select 'join_06', (select count(*) from articles a left join news_entities(a.body) e)
                = (select sum(max(n, 1)) from expected);
select 'join_07', (select group_concat(a.id, ',') from articles a left join news_entities(a.body) e where e.mention is null) = '3,4,5';  -- model-dependent
select 'join_08', (select count(*) from articles a left join news_entities(a.body) e on e.type = 'ORG')
                = (select count(*) from articles a left join news_entities(a.body) e on e.type || '' = 'ORG');
-- correlated subqueries, per article
select 'join_09', (select group_concat(id || ':' || c, ',') from (select a.id, (select count(*) from news_entities(a.body)) c from articles a))
                = (select group_concat(id || ':' || n, ',') from expected);
select 'join_10', (select count(*) from articles a where exists (select 1 from news_entities(a.body) e where e.mention = 'Kyiv')) = 2;  -- model-dependent
-- IN over several texts: one xFilter per value on one cursor
select 'join_11', (select count(*) from news_entities where text in (select body from articles)) = (select sum(n) from expected);
-- two functions over the same article, joined on sentence
select 'join_12', (select count(*) from articles a, news_entities(a.body) e, news_sentences(a.body) s
                    where s.sentence = e.sentence) = (select sum(n) from expected);
select 'join_13', (select count(*) from articles a, news_sentences(a.body) s
                    left join news_quotes(a.body) q on q.sentence = s.sentence)
                >= (select count(*) from articles a, news_sentences(a.body) s);
-- the same function twice in one query (two cursors): entities appearing together
select 'join_14', (select count(*) from articles a, news_entities(a.body) e1, news_entities(a.body) e2
                    where e1.start < e2.start and e1.sentence = e2.sentence) >= 1;  -- model-dependent
-- a self-join over different articles: entities shared between articles
select 'join_15', (select count(distinct e1.entity) from articles a1, news_entities(a1.body) e1,
                          articles a2, news_entities(a2.body) e2
                    where a1.id < a2.id and news_key(e1.entity) = news_key(e2.entity)) >= 2;  -- model-dependent
-- group by / order by on outputs
select 'join_16', (select group_concat(entity, ',') from (select e.entity from articles a, news_entities(a.body) e
                    where e.type = 'PER' group by news_key(e.entity) order by count(*) desc, e.entity limit 1)) = 'Antony Blinken';  -- model-dependent

-- schema objects under trusted_schema=OFF (only innocuous functions may run in them)
pragma trusted_schema = off;
create view article_entities as
  select a.id, e.entity, e.type, e.mention, e.start, news_key(e.entity) as k
    from articles a, news_entities(a.body) e;
create view article_json as select id, news_entities_json(body) j, news_quotes_json(body) q from articles;
select 'join_17', (select count(*) from article_entities) = (select sum(n) from expected);
select 'join_18', (select count(*) from article_json where j is not null) = 5;
-- a trigger that materialises entities as articles arrive
create table mentions(article_id integer, entity text, type text, start integer);
create trigger articles_ai after insert on articles begin
  insert into mentions select new.id, e.entity, e.type, e.start from news_entities(new.body) e;
end;
insert into articles values (7, '2024-03-07', 'Olaf Scholz met Emmanuel Macron in Berlin.');
select 'join_19', (select count(*) from mentions where article_id = 7)
                = (select count(*) from news_entities('Olaf Scholz met Emmanuel Macron in Berlin.')) and
                  (select count(*) from mentions) > 0;
-- generated columns and an expression index
-- (a generated column may not hold a subquery, so tables go through the JSON twin)
create table headlines(id integer primary key, title text, k text as (news_key(title)) stored,
                       j text as (news_entities_json(title)) virtual);
create index headlines_k on headlines(news_key(title));
create index headlines_j on headlines(news_entities_json(title));
insert into headlines(title) values ('Kuleba meets Blinken in Kyiv'), ('Merkel visits Airbus'), (NULL);
select 'join_21', (select count(*) from headlines where k is not null) = 2 and
                  (select count(*) from headlines where json_array_length(j) > 0) = 2;
select 'join_22', (select count(*) from headlines where news_key(title) = news_key('KULEBA MEETS BLINKEN IN KYIV')) = 1;
select 'join_23', (select count(*) from headlines h, news_entities(h.title) e) = (select sum(json_array_length(j)) from headlines);
