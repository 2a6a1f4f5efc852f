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

CORE_SRC := $(addprefix ext/,utf8.c workspace.c tokenize.c sentences.c lexicon.c entities.c \
              resolve.c quotes.c pipeline.c model.c key.c)
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
