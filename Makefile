# sqlite-news: one flat Makefile. `make` builds dist/news.so; see README.md for the rest.
PKGS    := sqlite3 libutf8proc
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra $(if $(CI),-Werror)
NEWS_CFLAGS = -std=c11 -fPIC -fvisibility=hidden $(WARN) $(shell pkg-config --cflags $(PKGS))
LIBS    := $(shell pkg-config --libs libutf8proc) -lm
# Debian's own Python: its sqlite3 module can load extensions
PYTHON  ?= /usr/bin/python3
SQLITE3 ?= sqlite3
# where the annotated data lives (read at model-build and evaluation time only)
SHARED  ?= ../shared
DATA    ?= $(SHARED)/data

CORE_SRC := $(addprefix ext/,utf8.c workspace.c tokenize.c sentences.c lexicon.c features.c \
              tagger.c entities.c resolve.c quotes.c pipeline.c model.c key.c)
MODEL_SRC := ext/model_data.c
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

# the model object is large and the same in every variant: built once
$(MODEL_OBJ): ext/model_data.c ext/model.h ext/news.h | build
	$(CC) -O1 $(NEWS_CFLAGS) -c $< -o $@

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

# ------------------------------------------------------------------ model
# `make model` rebuilds ext/model_data.c from $(DATA): gazetteer, word classes, training.
ISO_CODES ?= /usr/share/iso-codes/json
TOOL_CFLAGS = $(CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(shell pkg-config --cflags $(PKGS))
MODEL_DIR := build/model

build/gazetteer build/clusters build/ner_train: build/%: ext/tools/%.c \
		ext/tools/tool_util.h $(CORE_OBJ) | build
	$(CC) $(TOOL_CFLAGS) -o $@ $< $(CORE_OBJ) $(LIBS)

MODEL_EPOCHS ?= 30
MODEL_MIN_WEIGHT ?= 0.05
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
		$(DATA)/ner/conll2003/train.jsonl $(DATA)/ner/conll2003/dev.jsonl \
		ext/model_data.c $(MODEL_EPOCHS) $(MODEL_MIN_WEIGHT)

# the evaluation tool links the compiled-in model (the other tools build it)
build/ner_eval: ext/tools/ner_eval.c ext/tools/tool_util.h $(CORE_OBJ) $(MODEL_OBJ) | build
	$(CC) $(TOOL_CFLAGS) -o $@ $< $(CORE_OBJ) $(MODEL_OBJ) $(LIBS)
