-- scalars.sql: news_version, news_key, news_entities_json, news_quotes_json. Each line
-- prints id|1. All text is written for these tests.
create table docs(id integer primary key, body);
insert into docs values
 (1, 'KYIV, Ukraine - Foreign Minister Dmytro Kuleba met Secretary of State Antony Blinken in Kyiv.' || char(10) ||
     'Kuleba said the "talks" with the United States were useful; Blinken agreed.'),
 (2, 'Angela Merkel met Airbus executives in Toulouse.'),
 (3, 'Владимир Зеленский встретился с Джо Байденом в Вашингтоне.'),
 (4, cast('Dmytro Kuleba' as blob) || x'80' || cast(' met Antony Blinken.' as blob)),
 (5, 'Nothing here.');

select 'sca_01', news_version() = '0.1.0' and typeof(news_version()) = 'text';
-- news_key: the spec's examples
select 'key_01', news_key('Dr. Dmytro  KULEBA') = news_key('dmytro kuleba');
select 'key_02', news_key('Dr. Dmytro  KULEBA') = 'dmytro kuleba';
select 'key_03', news_key('José Martínez') = 'jose martinez';
select 'key_04', news_key('Ｋｕｌｅｂａ') = 'kuleba';
select 'key_05', news_key('Kuleba') <> news_key('Blinken');
-- titles, one and several words, with and without periods, repeated
select 'key_06', news_key('Secretary of State Antony Blinken') = 'antony blinken';
select 'key_07', news_key('Prime Minister Rishi Sunak') = 'rishi sunak';
select 'key_08', news_key('Lt. Gen. Ben Hodges') = 'ben hodges';
select 'key_09', news_key('Sen. Bernie Sanders') = news_key('Senator Bernie Sanders');
select 'key_10', news_key('Mrs. May') = 'may' and news_key('Ms May') = 'may' and news_key('MR. BIDEN') = 'biden';
select 'key_11', news_key('Foreign Minister Dmytro Kuleba') = 'dmytro kuleba';
select 'key_12', news_key('Pope Francis') = 'francis' and news_key('King Charles III') = 'charles iii';
select 'key_13', news_key('Crown Prince Mohammed bin Salman') = 'mohammed bin salman';
select 'key_14', news_key('Secretary-General Antonio Guterres') = 'antonio guterres';
-- a title alone stays; only leading words are titles
select 'key_15', news_key('President') = 'president' and news_key('Secretary of State') = 'secretary of state';
select 'key_16', news_key('Martin Luther King') = 'martin luther king';
select 'key_17', news_key('General Motors') = 'general motors' and news_key('John Major') = 'john major';
-- punctuation and white space runs: one space, trimmed
select 'key_18', news_key('  O’Brien-Smith!! ') = 'o brien smith';
select 'key_19', news_key('U.S.') = 'u s' and news_key('NATO') = 'nato';
select 'key_20', news_key('Kuleba' || char(9, 10) || ' Dmytro') = 'kuleba dmytro';
-- diacritics, undecomposable Latin letters, case folding
select 'key_21', news_key('Łukasz Ørsted') = 'lukasz orsted' and news_key('Straße') = 'strasse';
select 'key_22', news_key('ZELENSKYY') = news_key('Zelenskyy') and news_key('Zelenskyy') = 'zelenskyy';
select 'key_23', news_key('e' || char(769) || 'cole') = 'ecole' and news_key('école') = 'ecole';
-- other scripts: folded, kept
select 'key_24', news_key('Владимир ПУТИН') = 'владимир путин';
select 'key_25', news_key('习近平') = '习近平';
select 'key_26', news_key('محمد بن سلمان') = 'محمد بن سلمان';
-- numbers, empty, punctuation only, invalid UTF-8
select 'key_27', news_key(42) = '42' and news_key('') = '' and news_key('...') = '' and news_key('Mr.') = 'mr';
select 'key_28', news_key(x'61808062') = 'a b' and news_key(cast(x'ff' as text)) = '';
select 'key_29', news_key('Kuleba' || char(0) || ' Blinken') = 'kuleba';
-- an "elect" after a title goes with it; the leaders of the US houses are titles
select 'key_32', news_key('President-elect Donald Trump') = 'donald trump'
              and news_key('President-elect') = 'president elect'
              and news_key('Senate Majority Leader Chuck Schumer') = 'chuck schumer'
              and news_key('House Speaker Mike Johnson') = 'mike johnson';
-- deterministic flag: usable in a generated column and an expression index
create table people(name text, k text as (news_key(name)));
create index people_key on people(news_key(name));
insert into people(name) values ('Dr. Dmytro Kuleba'), ('DMYTRO KULEBA'), ('Antony Blinken');
select 'key_30', (select count(*) from people where k = 'dmytro kuleba') = 2;
select 'key_31', (select count(*) from people where news_key(name) = 'antony blinken') = 1;

-- news_entities_json: one object per row, keys in column order, values as the table gives them
select 'json_01', json_valid(news_entities_json((select body from docs where id = 1)));
select 'json_02', (select count(*) from docs where json_array_length(news_entities_json(body))
                    <> (select count(*) from news_entities(docs.body))) = 0;
select 'json_03', (select count(*) from docs, news_entities(docs.body) e
                    join json_each(news_entities_json(docs.body)) j on j.key = e.rowid - 1
                   where json_extract(j.value, '$.entity') is not e.entity
                      or json_extract(j.value, '$.type') is not e.type
                      or json_extract(j.value, '$.mention') is not e.mention
                      or json_extract(j.value, '$.start') is not e.start
                      or json_extract(j.value, '$.length') is not e.length
                      or json_extract(j.value, '$.sentence') is not e.sentence
                      or json_extract(j.value, '$.score') is not e.score) = 0;
select 'json_04', (select group_concat(key, ',') from json_each(json_extract(news_entities_json('Angela Merkel met Airbus.'), '$[0]')))
  = 'entity,type,mention,start,length,sentence,score';
select 'json_05', news_entities_json('nothing to find in lower case.') = '[]' and news_entities_json(NULL) is null;
select 'json_06', json_type(news_entities_json('Angela Merkel met Airbus.'), '$[0].score') = 'real'
             and json_type(news_entities_json('Angela Merkel met Airbus.'), '$[0].start') = 'integer';
-- quotes JSON: same shape (rows pinned once quotes.c finds them)
select 'json_07', news_quotes_json('Nothing here.') = '[]' and news_quotes_json(NULL) is null;
select 'json_08', (select count(*) from docs where json_array_length(news_quotes_json(body))
                    <> (select count(*) from news_quotes(docs.body))) = 0;
select 'json_09', (select count(*) from docs, news_quotes(docs.body) q
                    join json_each(news_quotes_json(docs.body)) j on j.key = q.rowid - 1
                   where json_extract(j.value, '$.quote') is not q.quote
                      or json_extract(j.value, '$.kind') is not q.kind
                      or json_extract(j.value, '$.speaker') is not q.speaker
                      or json_extract(j.value, '$.speaker_mention') is not q.speaker_mention
                      or json_extract(j.value, '$.speaker_start') is not q.speaker_start
                      or json_extract(j.value, '$.speaker_length') is not q.speaker_length
                      or json_extract(j.value, '$.cue') is not q.cue
                      or json_extract(j.value, '$.start') is not q.start
                      or json_extract(j.value, '$.length') is not q.length
                      or json_extract(j.value, '$.sentence') is not q.sentence
                      or json_extract(j.value, '$.score') is not q.score) = 0;
-- the result carries the JSON subtype: json() keeps it as an array inside another object
select 'json_10', json_object('e', news_entities_json('Angela Merkel met Airbus.')) like '{"e":[{%';
-- other scripts and escapes survive the round trip
select 'json_11', json_extract(news_entities_json((select body from docs where id = 3)), '$[0].mention') = 'Владимир Зеленский';  -- model-dependent
select 'json_12', (select count(*) from (select char(34) || 'Kuleba' || char(92) || 'Blinken' || char(9) || 'NATO' || char(1) || 'Kyiv' t)
                    where json_valid(news_entities_json(t)) and json_array_length(news_entities_json(t)) = (select count(*) from news_entities(t))) = 1;
