-- input_rules.sql: SPEC.md "Input rules (all functions)" over hostile inputs. Each line
-- prints id|1. The `nasty` table holds every kind of input the spec names; the invariants
-- below run over all of it for all three table-valued functions and the JSON twins.
create table nasty(id integer primary key, x);
insert into nasty(x) values
 (NULL), (''), (42), (-7.25), (1e300), (x''), (x'ff'), (cast(x'ff' as text)),
 (x'61808062'), (cast(x'61808062' as text)), (x'E28241'), (x'c0'), (x'f09f98'),
 (x'4b756c656261e282'),                                             -- "Kuleba" + truncated
 (cast('Dmytro Kuleba' as blob) || x'80ff' || cast(' met Antony Blinken in Kyiv.' as blob)),
 (x'22808071756f74656480222073616964204b756c656261'),               -- "\x80\x80quoted\x80" said Kuleba
 (x'efbbbf' || cast('NATO met in Brussels.' as blob)),              -- byte-order mark
 (x'eda080' || cast(' Kuleba' as blob)),                            -- surrogate encoded in UTF-8
 (x'c0af' || cast(' Kuleba' as blob)),                              -- overlong slash
 ('Antony Blinken' || char(0) || ' Dmytro Kuleba said "yes."'),     -- NUL inside TEXT
 (cast('Antony Blinken' as blob) || x'00' || cast(' Dmytro Kuleba' as blob)),
 ('Kuleba' || char(1, 2, 27) || 'Blinken met ' || char(127) || 'Biden in' || char(11, 12) || 'Paris.'),
 ('"He said this and never closed the quote' || char(10) || 'New paragraph, Kuleba said. “Another one' || char(10) || '‘and one more'),
 ('"' || char(10) || '“' || char(10) || '”' || char(10) || '«' || char(10) || '»„‚'),
 ('" " " " “ ” ‘ ’ '' '' « »'),
 ('Владимир Зеленский встретился с Джо Байденом в Вашингтоне.'),
 ('习近平在北京会见了普京。中国外交部表示，会谈富有成果。'),
 ('التقى الرئيس محمد بن سلمان في الرياض مع وزير الخارجية.'),
 ('नरेंद्र मोदी ने दिल्ली में बैठक की।'),
 ('Ｄｍｙｔｒｏ　Ｋｕｌｅｂａ met ＮＡＴＯ.'),                           -- fullwidth, ideographic space
 ('e' || char(769) || 'cole Montre' || char(769) || 'al and Ze' || char(769) || 'lensky'),  -- combining marks
 ('🇺🇦 Kyiv 👍🏽 Zelensky said 😀 "ok" 👨‍👩‍👧'),
 (char(10, 10, 13, 13, 10, 9, 32, 160, 8232, 8233)),
 (replace(hex(zeroblob(3000)), '00', 'A. ')),                        -- many one-letter sentences
 (replace(hex(zeroblob(2000)), '00', 'Kuleba')),                      -- one very long word
 (replace(hex(zeroblob(2000)), '00', '"')),
 (replace(hex(zeroblob(2000)), '00', '. ')),
 (replace(hex(zeroblob(500)), '00', 'U.S. ')),
 (replace(hex(zeroblob(1000)), '00', x'80'));

-- every row of every function: span = substr() of the TEXT form, length >= 1
select 'in_01', (select count(*) from nasty, news_entities(nasty.x) e
                  where substr(cast(nasty.x as text), e.start, e.length) is not e.mention or e.length < 1) = 0;
select 'in_02', (select count(*) from nasty, news_sentences(nasty.x) s
                  where substr(cast(nasty.x as text), s.start, s.length) is not s.content or s.length < 1) = 0;
select 'in_03', (select count(*) from nasty, news_quotes(nasty.x) q
                  where substr(cast(nasty.x as text), q.start, q.length) is not q.quote or q.length < 1) = 0;
select 'in_04', (select count(*) from nasty, news_quotes(nasty.x) q
                  where q.speaker_mention is not null
                    and substr(cast(nasty.x as text), q.speaker_start, q.speaker_length) is not q.speaker_mention) = 0;
-- byte-exact too (a comparison of TEXT could hide a difference after a NUL)
select 'in_05', (select count(*) from nasty, news_entities(nasty.x) e
                  where cast(substr(cast(nasty.x as text), e.start, e.length) as blob) <> cast(e.mention as blob)) = 0;
-- nothing past the end of the text as length() counts it
select 'in_06', (select count(*) from nasty, news_sentences(nasty.x) s
                  where s.start + s.length - 1 > length(cast(nasty.x as text))) = 0;
select 'in_07', (select count(*) from nasty, news_entities(nasty.x) e
                  where e.start + e.length - 1 > length(cast(nasty.x as text))) = 0;
-- NULL: no rows, NULL scalars
select 'in_08', (select count(*) from news_entities(NULL)) + (select count(*) from news_quotes(NULL))
              + (select count(*) from news_sentences(NULL)) = 0;
select 'in_09', news_entities_json(NULL) is null and news_quotes_json(NULL) is null and news_key(NULL) is null;
-- empty text (and an empty BLOB): no rows, empty JSON arrays
select 'in_10', (select count(*) from news_entities('')) + (select count(*) from news_quotes(''))
              + (select count(*) from news_sentences('')) + (select count(*) from news_sentences(x'')) = 0;
select 'in_11', news_entities_json('') = '[]' and news_quotes_json('') = '[]' and news_entities_json(x'') = '[]';
-- numbers are read as their text
select 'in_12', (select content from news_sentences(42)) = '42' and (select content from news_sentences(-7.25)) = '-7.25'
            and (select content from news_sentences(1e300)) = cast(1e300 as text);
-- positions count characters as length() does: x'61808062' is 4 characters
select 'in_13', (select start || '+' || length from news_sentences(x'61808062')) = '1+' || length(cast(x'61808062' as text));
select 'in_14', (select start || '+' || length from news_sentences(cast(x'61808062' as text))) = '1+4';
-- a lone x'ff' is one character that is no word: no rows, no error
select 'in_15', (select count(*) from news_entities(cast(x'ff' as text))) = 0
            and (select count(*) from news_entities(x'ff')) = 0;
-- the text ends at its first NUL, in TEXT and in BLOB
select 'in_16', (select count(*) from news_entities('Antony Blinken' || char(0) || ' Dmytro Kuleba said "yes."')
                  where mention like '%Kuleba%') = 0;
select 'in_17', (select count(*) from news_entities(cast('Antony Blinken' as blob) || x'00' || cast(' Dmytro Kuleba' as blob))
                  where mention like '%Kuleba%') = 0;
select 'in_18', (select count(*) from news_sentences('A.' || char(0) || 'B.')) = 1;
-- a BLOB gives the rows of its TEXT form, for every input
select 'in_19', (select count(*) from nasty where typeof(x) = 'blob'
                   and (select group_concat(start || mention, '|') from news_entities(nasty.x))
                   is not (select group_concat(start || mention, '|') from news_entities(cast(nasty.x as text)))) = 0;
select 'in_20', (select count(*) from nasty where typeof(x) = 'blob'
                   and (select group_concat(start || '+' || length, '|') from news_sentences(nasty.x))
                   is not (select group_concat(start || '+' || length, '|') from news_sentences(cast(nasty.x as text)))) = 0;
-- unbalanced marks never swallow the rest of the article
select 'in_21', (select count(*) from nasty, news_quotes(nasty.x) q where instr(q.quote, char(10))) = 0;
select 'in_22', (select count(*) from news_sentences('"He said this and never closed the quote' || char(10)
                   || 'New paragraph, Kuleba said. “Another one' || char(10) || '‘and one more')) = 4;
-- JSON twins are valid JSON with one object per row on every input that is valid UTF-8
-- (json_valid checks syntax, not encoding, so it holds on the rest too)
select 'in_23', (select count(*) from nasty where x is not null and not json_valid(news_entities_json(x))) = 0;
select 'in_24', (select count(*) from nasty where x is not null and not json_valid(news_quotes_json(x))) = 0;
select 'in_25', (select count(*) from nasty where x is not null
                   and json_array_length(news_entities_json(x)) <> (select count(*) from news_entities(nasty.x))) = 0;
-- the same input gives the same rows, every time
select 'in_26', (select group_concat(r, '|') from (select e.mention || e.start r from nasty, news_entities(nasty.x) e))
              = (select group_concat(r, '|') from (select e.mention || e.start r from nasty, news_entities(nasty.x) e));
-- (that TEXT columns are valid UTF-8 where the input is: tests/test_app.py decodes them strictly)
-- news_key on every input: text or NULL, never an error
select 'in_28', (select count(*) from nasty where (x is null) <> (news_key(x) is null) or typeof(news_key(x)) not in ('text', 'null')) = 0;
-- other scripts: the mentions found are whole characters
select 'in_29', (select count(*) from nasty, news_entities(nasty.x) e where nasty.id between 26 and 32
                   and (length(e.mention) <> e.length or e.mention <> substr(nasty.x, e.start, e.length))) = 0;
