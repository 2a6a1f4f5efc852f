#!/bin/sh
# test_install.sh: `make install` into a temporary DESTDIR, then checks the installed files,
# that the installed .so loads in the sqlite3 shell (by path, and by name `.load news` when
# its directory is on the loader path), that news.pc describes them, that a program builds
# against the installed static library through pkg-config, and that `make uninstall` removes
# every file again. Prints `install: N passed, N failed`.
#   tests/test_install.sh            (from the top of the tree; `make test-install` does)
MAKE=${MAKE:-make}
SQLITE3=${SQLITE3:-sqlite3}
CC=${CC:-cc}
PREFIX=/opt/news-test        # any prefix: nothing is written outside DESTDIR
passed=0
failed=0

check() { # check NAME STATUS [DETAIL]
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $1${3:+: $3}"
    fi
}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/root
lib=$dest$PREFIX/lib

$MAKE -s install DESTDIR="$dest" PREFIX="$PREFIX" >"$tmp/install.log" 2>&1
check "make install" $? "$(tail -5 "$tmp/install.log")"

for f in lib/news.so lib/libnews.a include/news.h lib/pkgconfig/news.pc; do
    test -f "$dest$PREFIX/$f"
    check "installed $PREFIX/$f" $?
done
test "$(find "$dest" -type f | wc -l)" -eq 4
check "installs four files and nothing else" $? "$(find "$dest" -type f)"
cmp -s dist/news.so "$lib/news.so"
check "news.so is dist/news.so" $?
test -x "$lib/news.so" && test ! -x "$lib/libnews.a"
check "modes: news.so executable, libnews.a not" $?

version=$(sed -n 's/^#define NEWS_VERSION "\(.*\)"/\1/p' ext/news.h)
out=$($SQLITE3 :memory: ".load $lib/news" "select news_version()" 2>&1)
test "$out" = "$version"
check "the installed .so loads by path" $? "$out"
out=$(LD_LIBRARY_PATH=$lib $SQLITE3 :memory: ".load news" \
      "select count(*) from news_entities('Helen Carter visited Leeds.')" 2>&1)
case $out in [0-9]*) status=0 ;; *) status=1 ;; esac
check ".load news by name with its directory on the loader path" $status "$out"

export PKG_CONFIG_PATH="$lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
test "$(pkg-config --modversion news 2>&1)" = "$version"
check "news.pc: version" $? "$(pkg-config --modversion news 2>&1)"
cflags=$(pkg-config --cflags news)
libs=$(pkg-config --libs news)
case " $cflags " in *" -I$dest$PREFIX/include "*) status=0 ;; *) status=1 ;; esac
check "news.pc: -I the include directory" $status "$cflags"
case " $libs " in *" -L$lib "*"-lnews "*"-lutf8proc"*) status=0 ;; *) status=1 ;; esac
case " $libs " in *" -lm "*) ;; *) status=1 ;; esac
check "news.pc: -L, -lnews and its dependencies" $status "$libs"

cat >"$tmp/app.c" <<'C'
#include <stdio.h>
#include <sqlite3.h>
#include <news.h>
int main(void) {
    sqlite3 *db;
    sqlite3_stmt *st;
    sqlite3_auto_extension((void (*)(void))sqlite3_news_init);
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    if (sqlite3_prepare_v2(db, "select news_version()", -1, &st, 0) != SQLITE_OK) return 1;
    if (sqlite3_step(st) != SQLITE_ROW) return 1;
    printf("%s %s\n", (const char *)sqlite3_column_text(st, 0), NEWS_VERSION);
    sqlite3_finalize(st);
    return sqlite3_close(db) != SQLITE_OK;
}
C
# shellcheck disable=SC2086 # the flags are words
$CC -std=c11 $cflags "$tmp/app.c" $libs -o "$tmp/app" >"$tmp/cc.log" 2>&1
check "an application builds with pkg-config --cflags --libs news" $? "$(head -5 "$tmp/cc.log")"
out=$("$tmp/app" 2>&1)
test "$out" = "$version $version"
check "the static application has news_* on every connection" $? "$out"
nm "$tmp/app" | grep -q ' T sqlite3_news_init$'
check "the application holds the extension (no .so needed)" $?

$MAKE -s uninstall DESTDIR="$dest" PREFIX="$PREFIX" >"$tmp/uninstall.log" 2>&1
check "make uninstall" $? "$(tail -5 "$tmp/uninstall.log")"
test "$(find "$dest" -type f | wc -l)" -eq 0
check "uninstall removes every installed file" $? "$(find "$dest" -type f)"

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
