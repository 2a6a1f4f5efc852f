-- large.sql: 10 MB articles built in SQL (SPEC: a long article is never a crash, a hang or
-- an error; 100 MB is the scale test's job). Left out of the valgrind pass, which is slow.
-- Each line prints id|1. Spans are checked on the rows near the end only: substr() on a
-- 10 MB text walks it from the start, so checking every row would be quadratic.
create table big(id integer primary key, body, unit text, n integer);
-- 1: 200,000 short paragraphs (10.6 MB)
insert into big values (1, replace(hex(zeroblob(200000)), '00',
    'Dmytro Kuleba met Antony Blinken in Kyiv on Tuesday.' || char(10)),
    'Dmytro Kuleba met Antony Blinken in Kyiv on Tuesday.' || char(10), 200000);
-- 2: one paragraph of 450,000 sentences (10.4 MB, no line break: windows cut at sentence ends)
insert into big values (2, replace(hex(zeroblob(450000)), '00', 'Kuleba thanked Google. '),
    'Kuleba thanked Google. ', 450000);
-- 3: 5,000,000 two-byte characters without a space or a break (10 MB)
insert into big values (3, replace(hex(zeroblob(5000000)), '00', 'é'), 'é', 5000000);
-- 4: 10 MB of stray continuation bytes, as a BLOB
insert into big values (4, zeroblob(0), NULL, 0);
update big set body = cast(replace(hex(zeroblob(10000000)), '00', '8') as blob) where id = 4;
-- 5: 10 MB of quotation marks that never pair up, in long paragraphs
insert into big values (5, replace(hex(zeroblob(700000)), '00', '"Kuleba said ' || char(10) || '“ '), NULL, 700000);

select 'big_01', length((select body from big where id = 1)) = 53 * 200000;
select 'big_02', (select count(*) from news_sentences((select body from big where id = 1))) = 200000;
select 'big_03', (select count(*) from news_entities((select body from big where id = 1)))
               = 200000 * (select count(*) from news_entities((select unit from big where id = 1)));
-- the last sentence sits where the arithmetic says, and its spans hold
select 'big_04', (select start || '+' || length from news_sentences((select body from big where id = 1)) where sentence = 200000)
               = (53 * 199999 + 1) || '+52';
select 'big_05', (select count(*) from news_entities((select body from big where id = 1)) e
                   where e.start > 53 * 199990
                     and substr((select body from big where id = 1), e.start, e.length) is not e.mention) = 0;
select 'big_06', (select count(*) from news_entities((select body from big where id = 1)) e
                   where e.mention not in (select mention from news_entities((select unit from big where id = 1)))) = 0;
-- one long paragraph: every sentence whole, none cut by the window boundaries
select 'big_07', (select count(*) from news_sentences((select body from big where id = 2))) = 450000;
select 'big_08', (select count(*) from news_sentences((select body from big where id = 2)) where content <> 'Kuleba thanked Google.') = 0;
select 'big_09', (select max(start + length - 1) from news_sentences((select body from big where id = 2))) = 23 * 450000 - 1;
-- no space, no break: rows (if any) are whole characters and tile the text without overlap
select 'big_10', (select ifnull(sum(length), 5000000) from news_sentences((select body from big where id = 3))) = 5000000;
select 'big_11', (select count(*) from (select start, length, lag(start + length) over (order by start) prev_end
                                           from news_sentences((select body from big where id = 3)))
                   where prev_end > start) = 0;
select 'big_12', (select count(*) from news_entities((select body from big where id = 3))) >= 0;
-- invalid bytes only
select 'big_13', (select count(*) from news_entities((select body from big where id = 4))) = 0
             and (select count(*) from news_quotes((select body from big where id = 4))) = 0;
-- unpaired marks: no hang, no row crosses a paragraph
select 'big_14', (select count(*) from news_quotes((select body from big where id = 5)) where instr(quote, char(10))) = 0;
-- the JSON twin of a 10 MB article (SQLite's default length limit is 1e9 bytes)
select 'big_15', json_array_length(news_entities_json((select body from big where id = 1)))
               = (select count(*) from news_entities((select body from big where id = 1)));
-- one cursor over articles of very different sizes (the workspace is reused and regrown)
select 'big_16', (select group_concat(c, ',') from (select b.id, count(e.start) c from big b
                   left join news_entities(b.body) e where b.id in (1, 2) or b.unit is not null group by b.id))
               is not null;
-- news_key of a 15 MB name: linear, and only the leading title goes
select 'big_17', length(news_key(replace(hex(zeroblob(1000000)), '00', 'Dr. José Ｋｕｌｅｂａ '))) = 15 * 1000000 - 1 - 3;
