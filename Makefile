# sqlite-news: one flat Makefile. `make` builds dist/news.so; see README.md for the rest.
PKGS    := sqlite3 libutf8proc
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra $(if $(CI),-Werror)
NEWS_CFLAGS = -std=c11 -fPIC -fvisibility=hidden $(WARN) $(shell pkg-config --cflags $(PKGS))
LIBS    := $(shell pkg-config --libs libutf8proc)
# Debian's own Python: its sqlite3 module can load extensions
PYTHON  ?= /usr/bin/python3
SQLITE3 ?= sqlite3
# where the annotated data lives (read at model-build and evaluation time only)
SHARED  ?= ../shared
DATA    ?= $(SHARED)/data

CORE_SRC := $(addprefix ext/,utf8.c workspace.c tokenize.c sentences.c lexicon.c features.c \
              tagger.c entities.c resolve.c quotes.c cues.c speakers.c pipeline.c model.c key.c)
SQL_SRC  := $(addprefix ext/,sqlite_news.c sqlite_entities.c sqlite_quotes.c \
              sqlite_sentences.c sqlite_scalars.c)
HDRS     := $(wildcard ext/*.h)

CORE_OBJ  := $(CORE_SRC:ext/%.c=build/%.o)
MODEL_OBJ := build/model_data.o
SQL_OBJ   := $(SQL_SRC:ext/%.c=build/%.o)
# the static library's binding is built with -DSQLITE_CORE (no sqlite3_api indirection)
SQL_STATIC_OBJ := $(SQL_SRC:ext/%.c=build/static/%.o)

.PHONY: all clean core
all: dist/news.so dist/libnews.a dist/news.h

core: $(CORE_OBJ) $(MODEL_OBJ)

build/%.o: ext/%.c $(HDRS) | build
	$(CC) $(CFLAGS) $(NEWS_CFLAGS) -c $< -o $@

# The model: ext/model_data.c as ner_train writes it (tables by slot), packed by
# build/model_pack into build/model_packed.c, the layout the library reads (model.h: 3.4 MB
# of tables, not 7.3). The objects are large and the same in every variant: built once.
build/model_slots.o: ext/model_data.c ext/model.h ext/news.h | build
	$(CC) -O1 $(NEWS_CFLAGS) -c $< -o $@
build/model_pack: ext/tools/model_pack.c ext/tools/tool_util.h build/model_slots.o
	$(CC) $(TOOL_CFLAGS) -o $@ $< build/model_slots.o
build/model_packed.c: build/model_pack
	build/model_pack > $@.tmp && mv $@.tmp $@
$(MODEL_OBJ): build/model_packed.c ext/model.h ext/news.h
	$(CC) -O1 $(NEWS_CFLAGS) -Iext -c $< -o $@

build/static/%.o: ext/%.c $(HDRS) | build
	@mkdir -p build/static
	$(CC) $(CFLAGS) $(NEWS_CFLAGS) -DSQLITE_CORE -c $< -o $@

dist/news.so: $(CORE_OBJ) $(MODEL_OBJ) $(SQL_OBJ) | dist
	$(CC) -shared $(CFLAGS) -o $@ $^ $(LIBS)

dist/libnews.a: $(CORE_OBJ) $(MODEL_OBJ) $(SQL_STATIC_OBJ) | dist
	rm -f $@ && ar rcs $@ $^

dist/news.h: ext/sqlite_news.h | dist
	cp $< $@

build dist:
	mkdir -p $@

clean:
	rm -rf build dist

# ------------------------------------------------------------------ developer tools
build/news_cli: ext/tools/news_cli.c $(CORE_OBJ) $(MODEL_OBJ)
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $^ $(LIBS)

# ------------------------------------------------------------------ quotes
# `make cues` regenerates the cue-verb table from its lemma list (committed, like a model).
QUOTES_DEV ?= $(DATA)/quotes/polnear/dev.jsonl
SCORE_QUOTES ?= $(SHARED)/tools/score_quotes.py
.PHONY: cues eval-quotes
cues: ext/tools/cue_lemmas.txt ext/tools/make_cues.py
	$(PYTHON) ext/tools/make_cues.py ext/tools/cue_lemmas.txt ext/cues_data.h

# `make genders` regenerates the first-name genders of speakers.c from the SSA lists.
.PHONY: genders
genders: ext/tools/make_genders.py
	$(PYTHON) ext/tools/make_genders.py $(DATA)/lexicons/first_names_ssa_female.txt \
	  $(DATA)/lexicons/first_names_ssa_male.txt ext/genders_data.h

build/quotes_driver: ext/tools/quotes_driver.c $(CORE_OBJ) $(MODEL_OBJ)
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $^ $(LIBS)

# measured on PolNeAR dev (never tuned on), through SQL (ext/tools/predict.py); skipped when
# the data is absent. The second pair of reports applies PolNeAR's own kind convention
# (ext/tools/polnear_kinds.py: quotations in single marks count as indirect there).
QUOTES_PRED := build/quotes_dev.pred.jsonl
eval-quotes: dist/news.so
	@if [ -f $(QUOTES_DEV) ]; then \
	  $(PYTHON) ext/tools/predict.py dist/news.so quotes $(QUOTES_DEV) $(QUOTES_PRED) && \
	  $(PYTHON) ext/tools/polnear_kinds.py $(QUOTES_DEV) $(QUOTES_PRED) build/quotes_dev.pnk.jsonl && \
	  echo "== quotes: PolNeAR dev, direct, named speakers" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_DEV) $(QUOTES_PRED) --kinds direct --named-speakers && \
	  echo "== quotes: PolNeAR dev, indirect" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_DEV) $(QUOTES_PRED) --kinds indirect && \
	  echo "== quotes: PolNeAR dev, all kinds" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_DEV) $(QUOTES_PRED) && \
	  echo "== quotes: PolNeAR dev, direct, named speakers, PolNeAR kind convention" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_DEV) build/quotes_dev.pnk.jsonl --kinds direct --named-speakers && \
	  echo "== quotes: PolNeAR dev, indirect, PolNeAR kind convention" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_DEV) build/quotes_dev.pnk.jsonl --kinds indirect; \
	else echo "eval-quotes: skipped ($(QUOTES_DEV) absent)"; fi

# ------------------------------------------------------------------ quotes: reported speech
# `make eval-quotes-train` scores PolNeAR's train sample, the split the quote rules are
# written from, as eval-quotes scores dev; ext/tools/indirect_misses.py then lists the
# reports of speech it misses, with their context:
#     ext/tools/indirect_misses.py $(QUOTES_TRAIN) build/quotes_train.pred.jsonl --speech
QUOTES_TRAIN ?= $(DATA)/quotes/polnear/train_sample.jsonl
.PHONY: eval-quotes-train
eval-quotes-train: dist/news.so
	@if [ -f $(QUOTES_TRAIN) ]; then \
	  $(PYTHON) ext/tools/predict.py dist/news.so quotes $(QUOTES_TRAIN) build/quotes_train.pred.jsonl && \
	  echo "== quotes: PolNeAR train sample, direct, named speakers" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_TRAIN) build/quotes_train.pred.jsonl --kinds direct --named-speakers && \
	  echo "== quotes: PolNeAR train sample, indirect" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_TRAIN) build/quotes_train.pred.jsonl --kinds indirect && \
	  echo "== quotes: PolNeAR train sample, all kinds" && \
	  $(PYTHON) $(SCORE_QUOTES) $(QUOTES_TRAIN) build/quotes_train.pred.jsonl; \
	else echo "eval-quotes-train: skipped ($(QUOTES_TRAIN) absent)"; fi

# ----- quotes on news of today (our own held-out set)
# `make eval-quotes-own`: news_quotes() through SQL on our own sets under tests/quotes/,
# short articles in house styles of today annotated by SPEC (conventions and builder in
# make_news_2020s.py; each builder's docstring says who wrote the set, apart from which
# rules, and its figures): news_2020s.jsonl (the first),
# news_2020s_holdout{,2,3,6,8,9,10,12,14,16,17,19,20,22,23,25,26,27,28}.jsonl (written apart
# from the rules of quotes5, quotes6, quotes7, quotes8, quotes9, speakers9, quotes10, quotes11,
# quotes12, quotes13, speakers10, quotes14, speakers11, quotes15, speakers12, quotes16,
# speakers13, quotes18, speakers15)
# and the lead's news_2020s_holdout{4,5,7,11,13,15,18,21,24,29,30,31,32}.jsonl (29-32 by separate
# writers, kept from every branch of 2026-11-28 and of 2026-11-29; 34, 36, 39, 44 and 45 too, 44
# by writer30 and 45 by writer31, measured blind in s26 and then read for its rules; 47, by
# writer33, measured blind at s27's start (76.23 all kinds end-to-end) and read for its rules;
# 50, by writer36, written during s27 and measured blind at its end (89.17), then read; 52, by
# writer38, sealed at the end of s27, and 54, 56, 58 and 60 by writers 40, 42, 44 and 46,
# written during s28, each measured blind (86.58, 90.91, 83.95, 85.34, 88.89) before it was
# read for s28's rules; 62, by writer48, measured blind at s28's end (77.59), not read;
# 64, by writer50, written during s29, measured blind at its start (91.56), then read;
# 66, by writer52, written during s29, measured blind with main at its start and after its
# rules (93.51 both), not read);
# scored by the shared score_quotes.py: direct quotations with named speakers, indirect, and
# all kinds.
# Measured only.
QUOTES_OWN := tests/quotes/news_2020s.jsonl tests/quotes/news_2020s_holdout.jsonl \
              tests/quotes/news_2020s_holdout2.jsonl tests/quotes/news_2020s_holdout3.jsonl \
              tests/quotes/news_2020s_holdout4.jsonl tests/quotes/news_2020s_holdout5.jsonl \
              tests/quotes/news_2020s_holdout6.jsonl tests/quotes/news_2020s_holdout7.jsonl \
              tests/quotes/news_2020s_holdout8.jsonl tests/quotes/news_2020s_holdout9.jsonl \
              tests/quotes/news_2020s_holdout10.jsonl tests/quotes/news_2020s_holdout11.jsonl \
              tests/quotes/news_2020s_holdout12.jsonl tests/quotes/news_2020s_holdout13.jsonl \
              tests/quotes/news_2020s_holdout14.jsonl tests/quotes/news_2020s_holdout15.jsonl \
              tests/quotes/news_2020s_holdout16.jsonl tests/quotes/news_2020s_holdout17.jsonl \
              tests/quotes/news_2020s_holdout18.jsonl tests/quotes/news_2020s_holdout19.jsonl \
              tests/quotes/news_2020s_holdout20.jsonl tests/quotes/news_2020s_holdout21.jsonl \
              tests/quotes/news_2020s_holdout22.jsonl tests/quotes/news_2020s_holdout23.jsonl \
              tests/quotes/news_2020s_holdout24.jsonl tests/quotes/news_2020s_holdout25.jsonl \
              tests/quotes/news_2020s_holdout26.jsonl tests/quotes/news_2020s_holdout27.jsonl \
              tests/quotes/news_2020s_holdout28.jsonl tests/quotes/news_2020s_holdout29.jsonl \
              tests/quotes/news_2020s_holdout30.jsonl tests/quotes/news_2020s_holdout31.jsonl \
              tests/quotes/news_2020s_holdout32.jsonl tests/quotes/news_2020s_holdout34.jsonl \
              tests/quotes/news_2020s_holdout36.jsonl tests/quotes/news_2020s_holdout39.jsonl \
              tests/quotes/news_2020s_holdout44.jsonl tests/quotes/news_2020s_holdout45.jsonl \
              tests/quotes/news_2020s_holdout47.jsonl tests/quotes/news_2020s_holdout50.jsonl \
              tests/quotes/news_2020s_holdout52.jsonl tests/quotes/news_2020s_holdout54.jsonl \
              tests/quotes/news_2020s_holdout56.jsonl tests/quotes/news_2020s_holdout58.jsonl \
              tests/quotes/news_2020s_holdout60.jsonl tests/quotes/news_2020s_holdout62.jsonl \
              tests/quotes/news_2020s_holdout64.jsonl tests/quotes/news_2020s_holdout66.jsonl
.PHONY: eval-quotes-own
eval-quotes-own: dist/news.so
	@for f in $(QUOTES_OWN); do \
	  p=build/$$(basename $$f .jsonl).pred.jsonl; \
	  $(PYTHON) ext/tools/predict.py dist/news.so quotes $$f $$p && \
	  echo "== quotes: $$f, direct, named speakers" && \
	  $(PYTHON) $(SCORE_QUOTES) $$f $$p --kinds direct --named-speakers && \
	  echo "== quotes: $$f, indirect" && \
	  $(PYTHON) $(SCORE_QUOTES) $$f $$p --kinds indirect && \
	  echo "== quotes: $$f, all kinds" && \
	  $(PYTHON) $(SCORE_QUOTES) $$f $$p || exit 1; \
	done

# ------------------------------------------------------------------ tests (issue 2)
# `make test` runs every suite named in TEST_SUITES, one after another, and prints the total
# `N passed, N failed` as its last line (non-zero exit on any failure). A suite NAME is a
# target test-NAME that prints `NAME: N passed, N failed` (`, N skipped` may follow) and
# exits non-zero when something failed; tests/sum_suites.sh counts a suite that dies before
# its line as a failure.
# To add a suite: write its test-NAME target in your own section and add ONE line there:
#     TEST_SUITES += NAME
# (`make ci-extra` works the same way with CI_EXTRA_SUITES, for the heavy passes.)
TEST_SUITES += sql harness asan python spec
CI_EXTRA_SUITES += valgrind

SQL_TESTS := $(wildcard tests/sql/*.sql)
# the valgrind pass skips the 10 MB articles (tests/sql/large*.sql): too slow under memcheck
SQL_SMALL_TESTS := $(filter-out tests/sql/large%,$(SQL_TESTS))
HARNESS_LIBS := $(shell pkg-config --libs $(PKGS)) -lpthread -lm
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# the core and binding once more with sanitizers (and -DSQLITE_CORE, as in libnews.a); the
# big generated model object is shared with the other builds
ASAN_OBJ := $(CORE_SRC:ext/%.c=build/asan/%.o) $(SQL_SRC:ext/%.c=build/asan/%.o)
VALGRIND ?= valgrind --error-exitcode=1 --leak-check=full \
            --errors-for-leak-kinds=definite,possible -q

.PHONY: test ci-extra asan valgrind test-sql test-harness test-asan test-python test-spec \
        test-valgrind

test: all build/harness
	@MAKE="$(MAKE)" tests/sum_suites.sh $(TEST_SUITES)

ci-extra: all
	@MAKE="$(MAKE)" tests/sum_suites.sh $(CI_EXTRA_SUITES)

build/harness: tests/harness.c dist/libnews.a dist/news.h ext/news.h | build
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $< \
	    dist/libnews.a $(HARNESS_LIBS)

build/asan/%.o: ext/%.c $(HDRS) | build
	@mkdir -p build/asan
	$(CC) -O1 -g $(ASAN_FLAGS) $(NEWS_CFLAGS) -DSQLITE_CORE -c $< -o $@

build/asan/harness: tests/harness.c $(ASAN_OBJ) $(MODEL_OBJ) dist/news.h ext/news.h
	$(CC) -O1 -g $(ASAN_FLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ \
	    $< $(ASAN_OBJ) $(MODEL_OBJ) $(HARNESS_LIBS)

test-sql: dist/news.so
	@SQLITE3="$(SQLITE3)" DATA="$(DATA)" tests/run_sql.sh -n sql $(SQL_TESTS)

test-harness: build/harness
	@build/harness harness

# the harness and the core under AddressSanitizer + UBSan, statically linked (an ASan .so
# in the stock shell would need its runtime preloaded)
asan test-asan: build/asan/harness
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	    build/asan/harness asan

test-python: dist/news.so
	@$(PYTHON) tests/test_app.py dist/news.so

test-spec: dist/news.so
	@CHECK_SPEC="$(SHARED)/tools/check_spec.py" PYTHON="$(PYTHON)" tests/spec_suite.sh dist/news.so

# the word lists of ext/*.c in the byte-length order word_in reads them in (one check a list)
TEST_SUITES += wordlists
test-wordlists:
	@$(PYTHON) tests/check_wordlists.py $(wildcard ext/*.c)

# the SQL suite (small inputs) in the stock shell under valgrind memcheck
valgrind test-valgrind: dist/news.so
	@SQLITE3="$(VALGRIND) $(SQLITE3)" DATA="$(DATA)" tests/run_sql.sh -n valgrind $(SQL_SMALL_TESTS)

# ------------------------------------------------------------------ hardening (issue 5)
# Fuzzing, out-of-memory injection, threads, valgrind and the scale test. `make fuzz` runs
# the libFuzzer targets for FUZZ_SECONDS in total; `make ci-extra` runs the heavy passes.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
# a 256-byte, 48-token window: fuzz inputs of a few kilobytes cross window cuts (pipeline.c)
FUZZ_DEFS    := -DNEWS_WINDOW_BYTES=256 -DNEWS_WINDOW_TOKENS=48
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS   = -g -O1 -std=c11 $(WARN) $(FUZZ_DEFS) $(shell pkg-config --cflags $(PKGS))
FUZZ_TARGETS := fuzz_core fuzz_key fuzz_sql
FUZZ_CORE_OBJ = $(CORE_SRC:ext/%.c=build/fuzz/%.o)
# the binding as the static library builds it (-DSQLITE_CORE), instrumented
FUZZ_SQL_OBJ  = $(SQL_SRC:ext/%.c=build/fuzz/sql-%.o)
SQLITE_LIBS  := $(shell pkg-config --libs sqlite3)

.PHONY: fuzz fuzz-build
fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/%)
.SECONDARY: $(FUZZ_CORE_OBJ) $(FUZZ_SQL_OBJ) build/fuzz/model_data.o

build/fuzz/%.o: ext/%.c $(HDRS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) -c $< -o $@

build/fuzz/sql-%.o: ext/%.c $(HDRS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DSQLITE_CORE -fsanitize=fuzzer-no-link $(FUZZ_SAN) -c $< -o $@

# the model is data: no instrumentation needed
build/fuzz/model_data.o: build/model_packed.c ext/model.h ext/news.h
	@mkdir -p build/fuzz
	$(FUZZ_CC) -O1 -std=c11 $(shell pkg-config --cflags $(PKGS)) -Iext -c $< -o $@

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/check.h tests/fuzz/same.h $(FUZZ_CORE_OBJ) \
                   build/fuzz/model_data.o
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(FUZZ_CORE_OBJ) \
	    build/fuzz/model_data.o $(LIBS)
build/fuzz/fuzz_sql: tests/fuzz/fuzz_sql.c tests/fuzz/check.h $(FUZZ_CORE_OBJ) $(FUZZ_SQL_OBJ) \
                     build/fuzz/model_data.o
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(FUZZ_SQL_OBJ) \
	    $(FUZZ_CORE_OBJ) build/fuzz/model_data.o $(SQLITE_LIBS) $(LIBS)

fuzz: fuzz-build
	@tests/fuzz/run.sh $(FUZZ_SECONDS) build/fuzz $(FUZZ_TARGETS)

# Out-of-memory injection (ASan, so a leak fails too), threads (TSan), scale (plain -O2
# objects, the ones dist/news.so is made of). Variants of the core compile in their own dirs.
HARD_CFLAGS   = -g -O1 -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS))
HARD_ASAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
HARD_ASAN_OBJ = $(CORE_SRC:ext/%.c=build/hard-asan/%.o)
HARD_TSAN_OBJ = $(CORE_SRC:ext/%.c=build/hard-tsan/%.o)
HARD_ASAN_SQL = $(SQL_SRC:ext/%.c=build/hard-asan/sql-%.o)
HARD_TSAN_SQL = $(SQL_SRC:ext/%.c=build/hard-tsan/sql-%.o)
HARD_HDRS     = $(HDRS) $(wildcard tests/hard/*.h tests/fuzz/*.h)
.SECONDARY: $(HARD_ASAN_OBJ) $(HARD_TSAN_OBJ) $(HARD_ASAN_SQL) $(HARD_TSAN_SQL)

build/hard-asan/%.o: ext/%.c $(HDRS)
	@mkdir -p build/hard-asan
	$(FUZZ_CC) $(HARD_CFLAGS) $(HARD_ASAN) -c $< -o $@
build/hard-tsan/%.o: ext/%.c $(HDRS)
	@mkdir -p build/hard-tsan
	$(FUZZ_CC) $(HARD_CFLAGS) -fsanitize=thread -c $< -o $@
build/hard-asan/sql-%.o: ext/%.c $(HDRS)
	@mkdir -p build/hard-asan
	$(FUZZ_CC) $(HARD_CFLAGS) -DSQLITE_CORE $(HARD_ASAN) -c $< -o $@
build/hard-tsan/sql-%.o: ext/%.c $(HDRS)
	@mkdir -p build/hard-tsan
	$(FUZZ_CC) $(HARD_CFLAGS) -DSQLITE_CORE -fsanitize=thread -c $< -o $@
build/hard/oom_sql: tests/hard/oom_sql.c $(HARD_HDRS) $(HARD_ASAN_SQL) $(HARD_ASAN_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(FUZZ_CC) $(HARD_CFLAGS) $(HARD_ASAN) -o $@ $< $(HARD_ASAN_SQL) $(HARD_ASAN_OBJ) \
	    $(MODEL_OBJ) $(SQLITE_LIBS) $(LIBS)

build/hard/oom_core: tests/hard/oom_core.c $(HARD_HDRS) $(HARD_ASAN_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(FUZZ_CC) $(HARD_CFLAGS) $(HARD_ASAN) -o $@ $< $(HARD_ASAN_OBJ) $(MODEL_OBJ) $(LIBS)
build/hard/threads_tsan: tests/hard/threads.c $(HARD_HDRS) $(HARD_TSAN_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(FUZZ_CC) $(HARD_CFLAGS) -fsanitize=thread -o $@ $< $(HARD_TSAN_OBJ) $(MODEL_OBJ) \
	    $(LIBS) -lpthread
build/hard/threads_sql_tsan: tests/hard/threads_sql.c $(HARD_HDRS) $(HARD_TSAN_SQL) \
                             $(HARD_TSAN_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(FUZZ_CC) $(HARD_CFLAGS) -fsanitize=thread -o $@ $< $(HARD_TSAN_SQL) $(HARD_TSAN_OBJ) \
	    $(MODEL_OBJ) $(SQLITE_LIBS) $(LIBS) -lpthread
# plain builds for valgrind (it wants no sanitizer): the static library as users link it
build/hard/threads_sql: tests/hard/threads_sql.c $(HARD_HDRS) dist/libnews.a
	@mkdir -p build/hard
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $< \
	    dist/libnews.a $(SQLITE_LIBS) $(LIBS) -lpthread
build/hard/threads: tests/hard/threads.c $(HARD_HDRS) $(CORE_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $< \
	    $(CORE_OBJ) $(MODEL_OBJ) $(LIBS) -lpthread
build/hard/scale: tests/hard/scale.c $(HARD_HDRS) $(CORE_OBJ) $(MODEL_OBJ)
	@mkdir -p build/hard
	$(CC) $(CFLAGS) -std=c11 $(WARN) $(shell pkg-config --cflags $(PKGS)) -o $@ $< \
	    $(CORE_OBJ) $(MODEL_OBJ) $(LIBS)

# Suites. make test: fuzz (FUZZ_SECONDS in all, 60 by default), oom, isolation, recursion.
# make ci-extra: valgrind-c (the harness and the threaded programs under memcheck; the SQL
# suite's pass is `valgrind` above), tsan, fuzz-replay (every seed and saved crash through
# every target, deterministic), scale.
TEST_SUITES     += fuzz oom isolation recursion
CI_EXTRA_SUITES += valgrind-c tsan fuzz-replay scale

.PHONY: oom tsan scale test-fuzz test-oom test-isolation test-valgrind-c test-tsan \
        test-fuzz-replay test-scale test-recursion
test-fuzz: fuzz-build
	@tests/hard/suite.sh fuzz 'tests/fuzz/run.sh $(FUZZ_SECONDS) build/fuzz $(FUZZ_TARGETS)'
oom test-oom: build/hard/oom_core build/hard/oom_sql
	@tests/hard/suite.sh oom build/hard/oom_core build/hard/oom_sql
test-isolation: dist/news.so
	@tests/hard/isolation.sh dist/news.so
test-recursion:
	@$(PYTHON) tests/hard/no_recursion.py build/hard/ir $(CORE_SRC) $(SQL_SRC)
test-valgrind-c: build/harness build/hard/threads_sql build/hard/threads
	@tests/hard/suite.sh valgrind-c '$(VALGRIND) build/harness harness' \
	    '$(VALGRIND) build/hard/threads_sql' '$(VALGRIND) build/hard/threads'
tsan test-tsan: build/hard/threads_tsan build/hard/threads_sql_tsan
	@tests/hard/suite.sh tsan build/hard/threads_tsan build/hard/threads_sql_tsan
test-fuzz-replay: fuzz-build
	@tests/hard/suite.sh fuzz-replay \
	    'tests/fuzz/replay.sh build/fuzz $(FUZZ_TARGETS)'
scale test-scale: build/hard/scale dist/news.so
	@tests/hard/suite.sh scale 'tests/hard/scale.sh build/hard/scale'

# ------------------------------------------------------------------ bench (issue 2)
# MB/s through SQL on text built at run time from $(DATA) (read, never copied into the tree)
BENCH_RUNS ?= 5
BENCH_MB   ?= 20
.PHONY: bench
bench: dist/news.so
	$(PYTHON) ext/tools/bench.py dist/news.so $(DATA) --runs $(BENCH_RUNS) --mb $(BENCH_MB)

# ------------------------------------------------------------------ speed (issue 4)
# The core is built at -O3 unless CFLAGS comes from the command line or the environment:
# GCC then inlines more and vectorises the tagger's nine-label loops, and news_quotes runs
# 7.7% fewer instructions (callgrind). Results are the same bit for bit: no -ffast-math,
# so every float operation is the one the source says.
ifeq ($(origin CFLAGS),file)
$(CORE_OBJ): CFLAGS += -O3
endif

# ------------------------------------------------------------------ users: demo, reports, install
# The demo database, the Graphviz picture, install/uninstall and the suites that check what
# a user touches: every sql/ script, the example programs and the README and docs/ examples.
PREFIX       ?= /usr/local
LIBDIR       ?= $(PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
INSTALL      ?= install
DOT          ?= dot
NEWS_VERSION_STR = $(shell sed -n 's/^\#define NEWS_VERSION "\(.*\)"/\1/p' ext/news.h)

.PHONY: demo graph install uninstall test-examples test-install
# `make test` runs test-examples (`examples: N passed, N failed`) and test-install
TEST_SUITES += examples install

# the demo articles, materialised by sql/materialize.sql so that the sql/ reports run on it
build/demo.db: sql/demo_articles.sql sql/materialize.sql dist/news.so | build
	rm -f $@.tmp
	$(SQLITE3) -bail $@.tmp < sql/demo_articles.sql
	$(SQLITE3) -bail -cmd '.load dist/news' $@.tmp < sql/materialize.sql
	mv $@.tmp $@

demo: build/demo.db
	$(SQLITE3) -bail -cmd '.load dist/news' build/demo.db < sql/demo.sql

# the co-mention network of the demo's people and organisations, committed as
# docs/demo-graph.svg (README shows it)
graph: build/demo.db
	$(SQLITE3) -bail -cmd ".param set @types 'PER,ORG'" build/demo.db \
	    < sql/graph_co_mentions.sql > build/demo-graph.dot
	$(DOT) -Tsvg build/demo-graph.dot -o docs/demo-graph.svg

# `.load news` by name works when news.so is in a directory dlopen() searches by itself: with
# PREFIX=/usr that is /usr/lib; /usr/local/lib is searched only through ld.so.cache, which
# lists lib*.so files alone (see docs/install.md)
install: dist/news.so dist/libnews.a dist/news.h news.pc.in
	$(INSTALL) -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR)
	$(INSTALL) -m 0755 dist/news.so $(DESTDIR)$(LIBDIR)/news.so
	$(INSTALL) -m 0644 dist/libnews.a $(DESTDIR)$(LIBDIR)/libnews.a
	$(INSTALL) -m 0644 dist/news.h $(DESTDIR)$(INCLUDEDIR)/news.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(NEWS_VERSION_STR)|' \
	    news.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/news.pc
	chmod 0644 $(DESTDIR)$(PKGCONFIGDIR)/news.pc
	@echo "installed; in the sqlite3 shell: .load $(LIBDIR)/news"

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/news.so $(DESTDIR)$(LIBDIR)/libnews.a \
	      $(DESTDIR)$(INCLUDEDIR)/news.h $(DESTDIR)$(PKGCONFIGDIR)/news.pc

test-examples: all build/demo.db
	@SQLITE3="$(SQLITE3)" PYTHON="$(PYTHON)" CC="$(CC)" tests/run_examples.sh

test-install: all
	@SQLITE3="$(SQLITE3)" CC="$(CC)" MAKE="$(MAKE)" tests/test_install.sh

# ------------------------------------------------------------------ model
# `make model` rebuilds ext/model_data.c from $(DATA): gazetteer, word classes, training.
ISO_CODES ?= /usr/share/iso-codes/json
TOOL_CFLAGS = $(CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(shell pkg-config --cflags $(PKGS))
MODEL_DIR := build/model

build/gazetteer build/clusters build/ner_train: build/%: ext/tools/%.c \
		ext/tools/tool_util.h $(CORE_OBJ) | build
	$(CC) $(TOOL_CFLAGS) -o $@ $< $(CORE_OBJ) $(LIBS) -lm

MODEL_EPOCHS ?= 30
MODEL_MIN_WEIGHT ?= 1.4
MODEL_BAGS ?= 5
# Training data: CoNLL-2003 train (Reuters, 1996) and the project's own annotated 2020s
# articles (tests/ner: news_2020s.txt, held-out sets 1-43 but 24 and the quote sets, and the
# training sets train23-27 written for it; 24 stays held out), given twice so that 3,300
# modern paragraphs count beside 14,000 Reuters sentences
# (docs/model.md). CoNLL-2003 dev stays the tuning set. Weights below MODEL_MIN_WEIGHT are
# dropped so that the rows fit the packed table's 65,536 (model.h).
MODEL_OWN := tests/ner/news_2020s.txt tests/ner/news_2020s_holdout.txt \
             $(foreach i,2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \
               21 22 23 25 26 27 28 29 33 35 37 38 40 41 42 43,\
               tests/ner/news_2020s_holdout$(i).txt) \
             $(foreach i,23 24 25 26 27,tests/ner/news_2020s_train$(i).txt)
comma := ,
MODEL_TRAIN := $(subst $(eval) ,$(comma),$(strip $(DATA)/ner/conll2003/train.jsonl \
               $(MODEL_OWN) $(MODEL_OWN)))
$(MODEL_DIR)/gaz.tsv: build/gazetteer
	@mkdir -p $(MODEL_DIR)
	build/gazetteer $(DATA)/lexicons $(ISO_CODES) > $@
$(MODEL_DIR)/clusters.tsv: build/clusters
	@mkdir -p $(MODEL_DIR)
	build/clusters $@ $(DATA)/unlabeled/reuters21578/docs.jsonl \
		$(DATA)/unlabeled/bbc_news/docs.jsonl
.PHONY: model
model: build/ner_train $(MODEL_DIR)/gaz.tsv $(MODEL_DIR)/clusters.tsv
	build/ner_train $(MODEL_DIR)/gaz.tsv $(MODEL_DIR)/clusters.tsv \
		$(MODEL_TRAIN) $(DATA)/ner/conll2003/dev.jsonl \
		ext/model_data.c $(MODEL_EPOCHS) $(MODEL_MIN_WEIGHT) $(MODEL_BAGS) \
		$(DATA)/unlabeled/reuters21578/docs.jsonl $(DATA)/unlabeled/bbc_news/docs.jsonl

# `make model-origin`: the recipe of the shipped ext/model_data.c. It was generated at
# MODEL_COMMIT, and `make model` at a later commit gives another model, since the word
# classes and the auto lexicon are drawn from text cut by the tokenizer of the day
# (docs/model.md): this rebuilds it from that commit's sources (git archive, so the checkout
# needs its history) in build/model-origin and compares the bytes.
MODEL_COMMIT := 02be146
.PHONY: model-origin
model-origin:
	rm -rf build/model-origin && mkdir -p build/model-origin
	git archive $(MODEL_COMMIT) | tar -x -C build/model-origin
	$(MAKE) -C build/model-origin model DATA=$(abspath $(DATA)) ISO_CODES=$(ISO_CODES)
	cmp build/model-origin/ext/model_data.c ext/model_data.c
	@echo "model-origin: ext/model_data.c is what $(MODEL_COMMIT) generates, byte for byte"

# the evaluation tool links the compiled-in model (the other tools build it)
build/ner_eval: ext/tools/ner_eval.c ext/tools/tool_util.h $(CORE_OBJ) $(MODEL_OBJ) | build
	$(CC) $(TOOL_CFLAGS) -o $@ $< $(CORE_OBJ) $(MODEL_OBJ) $(LIBS) -lm

# ------------------------------------------------------------------ eval (entities)
# `make eval-ner`: entities through SQL (ext/tools/predict.py on dist/news.so) on CoNLL-2003
# dev (tuned on) and UNER English-PUD news dev (never tuned on; PER, ORG, LOC only), scored
# by the shared score_ner.py. `make eval` runs it with eval-quotes.
SCORE_NER := $(SHARED)/tools/score_ner.py
.PHONY: eval eval-ner bench-ner
eval: eval-ner eval-quotes
eval-ner: dist/news.so
	@mkdir -p build/eval
	$(PYTHON) ext/tools/predict.py dist/news.so entities $(DATA)/ner/conll2003/dev.jsonl \
	    build/eval/conll_dev.jsonl
	$(PYTHON) $(SCORE_NER) $(DATA)/ner/conll2003/dev.jsonl build/eval/conll_dev.jsonl \
	    --label "CoNLL-2003 dev (exact spans)"
	$(PYTHON) ext/tools/predict.py dist/news.so entities $(DATA)/ner/uner_pud_news/dev.jsonl \
	    build/eval/uner_dev.jsonl
	$(PYTHON) $(SCORE_NER) $(DATA)/ner/uner_pud_news/dev.jsonl build/eval/uner_dev.jsonl \
	    --types PER,ORG,LOC --label "UNER English-PUD news dev (PER, ORG, LOC)"

# MB/s of news_entities() through SQL, one core: every unlabelled BBC article in one table,
# read by one statement (one cursor), median of 5 runs
bench-ner: dist/news.so
	@$(PYTHON) ext/tools/bench_ner.py dist/news.so $(DATA)/unlabeled/bbc_news/docs.jsonl

# ------------------------------------------------------------------ model tests
# tests/test_model.c: feature extraction, decoding, tagger caches, entity rules, and the
# embedded model's CoNLL-2003 dev F1 against the figure docs/model.md gives (skipped
# without $(DATA)). Update MODEL_DEV_F1 with each retrained model and when rules move it.
MODEL_DEV_F1 ?= 0.9435
TEST_SUITES += model
.PHONY: test-model
build/test_model: tests/test_model.c ext/tools/tool_util.h $(CORE_OBJ) $(MODEL_OBJ) | build
	$(CC) $(TOOL_CFLAGS) -o $@ $< $(CORE_OBJ) $(MODEL_OBJ) $(LIBS) -lm
test-model: build/test_model
	@build/test_model $(DATA) $(MODEL_DEV_F1)

# ----- entities on news of today (our own paragraphs)
# `make eval-ner-own`: news_entities() through SQL on our own sets under tests/ner/, written
# for this project and annotated as SPEC and CoNLL say (P/R/F1; -v lists the errors). Each
# file's header says who wrote it, before which rules, and its figure then:
#   news_2020s.txt                 the first set; rules were written from it (-v)
#   news_2020s_holdout{,2,3,4}.txt later sets, their errors read after measuring (-v)
#   news_2020s_holdout{5,6,7,8,9,11,12}.txt held out from the rules of ner7 to ner13 (no -v)
#   news_2020s_holdout13.txt       the lead's, kept from ner14, ner15 and quotes11, then read (-v)
#   news_2020s_holdout14.txt       held out from the rules of ner15 (no -v)
#   news_2020s_holdout15.txt       the lead's, kept from ner16, quotes12, mem1, then read (-v)
#   news_2020s_holdout16.txt       held out from the rules of ner16 (no -v)
#   news_2020s_holdout17.txt       the lead's, by a separate writer, kept from ner17, quotes13,
#                                  speakers10 and lead9, then read (-v)
#   news_2020s_holdout18.txt       held out from the rules of ner17 (no -v)
#   news_2020s_holdout19.txt       the lead's, by a separate writer, kept from ner18, quotes14,
#                                  speakers11 and lead13, then read (-v)
#   news_2020s_holdout20.txt       held out from the rules of ner18 (no -v)
#   news_2020s_holdout21.txt       the lead's, by a separate writer, kept from ner19, quotes15,
#                                  speakers12 and lead18, then read (-v)
#   news_2020s_holdout22.txt       held out from the rules of ner19 (no -v)
#   news_2020s_holdout23.txt       the lead's, by a separate writer, kept from ner20, quotes16,
#                                  speakers13, lead21 and lead22, then read (-v)
#   news_2020s_holdout24.txt       held out from the rules of ner20 (no -v)
#   news_2020s_holdout25.txt       the lead's, by a separate writer, kept from every branch of
#                                  2026-11-28, then read (-v)
#   news_2020s_holdout26.txt       the lead's, by a separate writer (writer6), measured blind
#                                  on 2026-11-28 evening, then read for lead35 (-v)
#   news_2020s_holdout27.txt       the lead's, by a separate writer (writer8), measured blind
#                                  on 2026-11-29 (84.13), then read for lead36 (-v)
#   news_2020s_holdout28.txt       the lead's, by a separate writer (writer10), measured blind
#                                  on 2026-11-29 after lead36's first rules (86.71), then read (-v)
#   news_2020s_holdout29.txt       the lead's, by a separate writer (writer12), measured blind
#                                  at the end of 2026-11-29 (88.95), not read (no -v)
#   news_2020s_holdout33.txt       the lead's, by a separate writer (writer14), measured blind
#                                  on 2026-11-29 morning (81.29), then read for lead37 (-v)
#   news_2020s_holdout35.txt       the lead's, by a separate writer (writer16), measured blind
#                                  after lead37's first rules (84.70), then read (-v)
#   news_2020s_holdout37.txt       the lead's, by a separate writer (writer18), measured blind
#                                  at the start (80.65) and end (81.44) of lead37, then read
#                                  for lead38 (-v)
#   news_2020s_holdout38.txt       the lead's, by a separate writer (writer19), measured blind
#                                  at the start of lead38 (74.11), then read for it (-v)
#   news_2020s_holdout40.txt       the lead's, by a separate writer (writer21), measured blind
#                                  at lead38's start (80.18) and end (80.63), read for s26 (-v)
#   news_2020s_holdout41.txt       the lead's, by a separate writer (writer22), measured blind
#                                  at model41's start (76.11), read for s26 (-v)
#   news_2020s_holdout42.txt       the lead's, by a separate writer (writer28), written after
#                                  model42 and measured blind once at its end (84.85), read
#                                  for s26 (-v)
#   news_2020s_holdout43.txt       the lead's, by a separate writer (writer29), written during
#                                  s26 and measured blind (85.91 at its start and after its
#                                  first rules), then read for its last rules (-v)
#   news_2020s_holdout46.txt       the lead's, by a separate writer (writer32), written at the
#   news_2020s_holdout48.txt       end of s26 (48 by writer34), measured blind at s27's start
#                                  (84.62, 85.38; model43 85.08, 86.21), then read (-v)
#   news_2020s_holdout49.txt       the lead's, by a separate writer (writer35), written during
#                                  s27 and measured blind at its end (87.58; 86.77 at its
#                                  start), then read (-v)
#   news_2020s_holdout51.txt       the lead's, by writer37 (sealed at the end of s27), and
#   news_2020s_holdout53.txt       53, 55, 57 and 59 by writers 39, 41, 43 and 45, written
#   news_2020s_holdout55.txt       during s28, each measured blind (88.45, 87.96, 87.15,
#   news_2020s_holdout57.txt       89.92, 86.50) before it was read for s28's rules (-v)
#   news_2020s_holdout59.txt
#   news_2020s_holdout61.txt       the lead's, by writer47, measured blind at s28's end, not
#                                  read (no -v)
#   news_2020s_holdout63.txt       by writer49, written during s29 and measured blind at its
#                                  start (85.59), then read for s29's rules (-v)
#   news_2020s_holdout65.txt       by writer51, written during s29, measured blind with main
#                                  at s29's start and after its first rules (80.63), then read
#                                  for its last rules (-v)
#   news_2020s_holdout67.txt       by writer53, written during s29, measured blind at its end
#                                  (88.60 with main at its start, 88.89), not read (no -v)
#   sentences_intl{,2,3}.txt       single sentences and short items of international news by
#                                  UNER's guidelines, PER/ORG/LOC only (ner8, ner9; no -v)
# news_2020s.txt and holdouts 1-20 are training data of the model since lead26, and
# holdouts 21-38 but 24 (NER sets; 30-32, 34, 36 and 39 are quote sets) since model41, and
# 40-43 since model43 (MODEL_OWN): their figures no longer measure.
# The `ner_own` suite fails when F1 on holdout24, which no model was trained on, falls below
# NER_OWN_MIN_F1 (a floor a little under today's 92.75).
NER_OWN_MIN_F1 ?= 0.89
TEST_SUITES += ner_own
.PHONY: eval-ner-own test-ner_own
eval-ner-own: dist/news.so
	$(PYTHON) tests/ner/eval_news.py dist/news.so -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout2.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout3.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout4.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout5.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout6.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout7.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout8.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout9.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout10.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout11.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout12.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout13.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout14.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout15.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout16.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout17.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout18.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout19.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout20.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout21.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout22.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout23.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout24.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout25.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout26.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout27.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout28.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout29.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout33.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout35.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout37.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout38.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout40.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout41.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout42.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout43.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout46.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout48.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout49.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout51.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout53.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout55.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout57.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout59.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout61.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout63.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout65.txt -v
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout67.txt
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/sentences_intl.txt --types PER,ORG,LOC
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/sentences_intl2.txt --types PER,ORG,LOC
	$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/sentences_intl3.txt --types PER,ORG,LOC
test-ner_own: dist/news.so
	@$(PYTHON) tests/ner/eval_news.py dist/news.so tests/ner/news_2020s_holdout24.txt \
	    --min $(NER_OWN_MIN_F1)
