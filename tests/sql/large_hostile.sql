-- large_hostile.sql: the inputs the fuzzers found failing, as SQL (STYLE section 10: each
-- crash found becomes a line in the SQL suite), and a few more hostile shapes. Named
-- large_* so the valgrind pass leaves it out (megabyte inputs). Each line prints id|1.
create table h(id integer primary key, body);
-- 1: a lead byte with 1.1 MB of continuation bytes after it (one character, as SQLite counts,
--    longer than a window), then names: pipeline.c cut such a character and every position
--    after it was off (tests/fuzz/regress/core/window_cut_inside_char)
insert into h values (1, cast(x'C3' as text) || replace(hex(zeroblob(1100000)), '00',
    cast(x'80' as text)) || ' Ann Lee met Bob Stone in Port Alder.');
-- 2: 20 sentences of 16 distinct capitalised words: the name resolver's hash filled up and
--    probed forever (tests/fuzz/regress/core/resolve_table_full)
insert into h values (2, (with recursive s(i, t) as (select 0, '' union all
    select i + 1, t || 'Ka' || i || 'a Kb' || i || 'b Kc' || i || 'c Kd' || i || 'd Ke' || i ||
    'e Kf' || i || 'f Kg' || i || 'g Kh' || i || 'h Ki' || i || 'i Kj' || i || 'j Kk' || i ||
    'k Kl' || i || 'l Km' || i || 'm Kn' || i || 'n Ko' || i || 'o Kp' || i || 'p. '
    from s where i < 20) select t from s where i = 20));
-- 3: 300,000 opening quotation marks, then a speaker
insert into h values (3, replace(hex(zeroblob(300000)), '00', '“') || ' said Ann Lee.');
-- 4: 200,000 apostrophes and straight quotes glued to words, no space
insert into h values (4, replace(hex(zeroblob(200000)), '00', 'a''B"'));

select 'hostile_01', (select count(*) from news_entities((select body from h where id = 1))) >= 2;
select 'hostile_02', (select count(*) from news_entities((select body from h where id = 1)) e
    where substr((select body from h where id = 1), e.start, e.length) is not e.mention) = 0;
select 'hostile_03', (select group_concat(mention, ';') from news_entities((select body from h where id = 1)))
    = 'Ann Lee;Bob Stone;Port Alder'; -- model-dependent
select 'hostile_04', (select count(*) from news_sentences((select body from h where id = 2))) = 20;
select 'hostile_05', (select count(*) from news_entities((select body from h where id = 2)) e
    where substr((select body from h where id = 2), e.start, e.length) is not e.mention) = 0;
select 'hostile_06', (select count(*) from news_quotes((select body from h where id = 3)) q
    where substr((select body from h where id = 3), q.start, q.length) is not q.quote) = 0;
select 'hostile_07', (select count(*) from news_entities((select body from h where id = 4)) e
    where substr((select body from h where id = 4), e.start, e.length) is not e.mention) = 0;
select 'hostile_08', json_valid(news_quotes_json((select body from h where id = 3)))
    and json_valid(news_entities_json((select body from h where id = 4)));
