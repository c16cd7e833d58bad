#!/usr/bin/env bash
# Cross-builds the Windows SDK Tansiq links against, from Debian 12's own source packages,
# with Debian's mingw-w64 (posix threads):
#   sqlite (3.40, session extension), libsodium, zlib (Debian's libz-mingw-w64-dev),
#   libzip, libxlsxwriter, googletest, then Qt 6.4.2: qtbase (Core Gui Widgets Sql+SQLite
#   PrintSupport Test, Windows platform plugin), qtsvg, qtcharts.
# Host tools (moc, rcc, uic, lrelease) are Debian's qt6-base-dev-tools / qt6-tools-dev-tools of
# the same Qt version (QT_HOST_PATH=/usr).
#
# Resumable: each component builds in its own kept directory under $WORK and leaves a stamp
# in $PREFIX/share/tansiq-sdk/stamps when finished; a later run skips stamped components and
# continues an interrupted one where ninja/make left it. BUILDINFO.txt in the same folder
# records each component's Debian source version, tarball checksum and build time.
#
# Usage: build-sdk.sh [-j N] [component...]     (default: all, in order)
# Environment: TANSIQ_WIN_SDK      prefix      (default ~/.cache/tansiq-win-sdk)
#              TANSIQ_WIN_SDK_SRC  sources     (default ~/.cache/tansiq-win-sdk-src)
#              TANSIQ_WIN_SDK_WORK build dirs  (default ~/.cache/tansiq-win-sdk-build)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${TANSIQ_WIN_SDK:-$HOME/.cache/tansiq-win-sdk}"
SRC="${TANSIQ_WIN_SDK_SRC:-$HOME/.cache/tansiq-win-sdk-src}"
WORK="${TANSIQ_WIN_SDK_WORK:-$HOME/.cache/tansiq-win-sdk-build}"
JOBS=2
ALL=(sqlite libsodium zlib libzip libxlsxwriter googletest qtbase qtsvg qtcharts)

while [ $# -gt 0 ]; do
  case "$1" in
    -j) JOBS="$2"; shift 2 ;;
    -j*) JOBS="${1#-j}"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
components=("$@")
[ ${#components[@]} -gt 0 ] || components=("${ALL[@]}")

TRIPLET=x86_64-w64-mingw32
CC=$TRIPLET-gcc-posix
CXX=$TRIPLET-g++-posix
TOOLCHAIN="$here/mingw-w64-x86_64.cmake"
INFO="$PREFIX/share/tansiq-sdk"
STAMPS="$INFO/stamps"
export TANSIQ_WIN_SDK="$PREFIX"
export PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig"
unset PKG_CONFIG_PATH
mkdir -p "$PREFIX" "$SRC" "$WORK" "$STAMPS"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 1; }

for tool in $CC $CXX cmake ninja dpkg-source tclsh make flock autoreconf; do
  command -v "$tool" >/dev/null || die "missing $tool (see docs/packaging.md: apt-get install ...)"
done

# source_dir PKG: unpacks Debian source package PKG (with Debian's patches, which carry the
# security fixes) under $SRC, fetching it with apt-get source first when absent. Prints the
# directory; records the version in $SRC/PKG.version.
source_dir() {
  local pkg="$1" dsc dir
  dsc="$(ls "$SRC/${pkg}"_*.dsc 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$dsc" ]; then
    (cd "$SRC" && apt-get source --download-only "$pkg" >&2) ||
      die "apt-get source $pkg failed (needs a deb-src entry, see docs/packaging.md)"
    dsc="$(ls "$SRC/${pkg}"_*.dsc | sort -V | tail -1)"
  fi
  local version
  version="$(sed -n 's/^Version: //p' "$dsc")"
  local upstream="${version%-*}"; upstream="${upstream#*:}"; upstream="${upstream%+dfsg*}"
  dir="$(sed -n 's/^Source: //p' "$dsc")"
  dir="$SRC/$dir-$upstream"
  if [ ! -f "$dir/.tansiq-unpacked" ]; then
    rm -rf "$dir"
    (cd "$SRC" && dpkg-source --no-check -x "$dsc" "$dir" >&2) || die "dpkg-source -x $dsc failed"
    touch "$dir/.tansiq-unpacked"
  fi
  echo "$version" > "$SRC/$pkg.version"
  echo "$dir"
}

orig_sum() { sha256sum "$(ls "$SRC/$1"_*.orig*.tar.* | head -1)" | cut -c1-16; }

done_already() { [ -f "$STAMPS/$1.done" ]; }

# Build time of a component over all runs (a long one, qtbase, may span several sessions):
# $STAMPS/<c>.seconds sums the runs that were interrupted; runs.txt lists every run.
earlier_seconds() { cat "$STAMPS/$1.seconds" 2>/dev/null || echo 0; }
interrupted() {
  local secs=$(( $(date +%s) - start ))
  echo $(( $(earlier_seconds "$current") + secs )) > "$STAMPS/$current.seconds"
  printf '%s %-14s interrupted after %ss\n' "$(date -u +%FT%TZ)" "$current" "$secs" >> "$INFO/runs.txt"
  exit 143
}

finish() { # component version seconds-of-this-run
  local total=$(( $(earlier_seconds "$1") + $3 ))
  printf '%s\t%s\t%ss\t%s\n' "$1" "$2" "$total" "$(date -u +%FT%TZ)" > "$STAMPS/$1.done"
  printf '%-14s %-28s build %6ss  finished %s\n' "$1" "$2" "$total" "$(date -u +%FT%TZ)" >> "$INFO/BUILDINFO.txt"
  printf '%s %-14s finished after %ss (%ss over all runs)\n' "$(date -u +%FT%TZ)" "$1" "$3" "$total" >> "$INFO/runs.txt"
}

cmake_cross() { # build-dir source-dir extra-args...
  local b="$1" s="$2"; shift 2
  if [ ! -f "$b/build.ninja" ]; then
    cmake -G Ninja -S "$s" -B "$b" -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DTANSIQ_WIN_SDK="$PREFIX" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" "$@"
  fi
  cmake --build "$b" --parallel "$JOBS"
  cmake --install "$b"
}

# --- the components -------------------------------------------------------------------------

build_sqlite() {
  local s; s="$(source_dir sqlite3)"
  local h="$WORK/sqlite-host" b="$WORK/sqlite"
  mkdir -p "$h" "$b"
  # The amalgamation is generated on the host (tclsh + lemon); only sqlite3.c is cross-built.
  if [ ! -f "$h/sqlite3.c" ]; then
    (cd "$h" && { [ -f Makefile ] || "$s/configure" --disable-tcl >/dev/null; } && make sqlite3.c >/dev/null)
  fi
  # Debian's flags (debian/rules) plus what Tansiq needs: the session extension and the
  # pre-update hook, FTS5, math functions.
  local flags=(-O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA
    -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5
    -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY
    -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_LOAD_EXTENSION
    -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1
    -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK
    -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_STMTVTAB -DSQLITE_ENABLE_MATH_FUNCTIONS
    -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_OS_WIN=1 -DSQLITE_WIN32_MALLOC)
  $CC "${flags[@]}" -c "$h/sqlite3.c" -I"$h" -o "$b/sqlite3.o"
  $CC -shared -o "$b/sqlite3.dll" "$b/sqlite3.o" -Wl,--out-implib,"$b/libsqlite3.dll.a" \
    -static-libgcc
  mkdir -p "$PREFIX/bin" "$PREFIX/lib/pkgconfig" "$PREFIX/include"
  cp "$b/sqlite3.dll" "$PREFIX/bin/"
  cp "$b/libsqlite3.dll.a" "$PREFIX/lib/"
  cp "$h/sqlite3.h" "$s/src/sqlite3ext.h" "$PREFIX/include/" 2>/dev/null ||
    cp "$h/sqlite3.h" "$h/sqlite3ext.h" "$PREFIX/include/"
  local v; v="$(cat "$s/VERSION")"
  cat > "$PREFIX/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine (session extension, pre-update hook)
Version: $v
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
}

build_libsodium() {
  local s; s="$(source_dir libsodium)"
  local b="$WORK/libsodium"; mkdir -p "$b"
  # Debian's tarball is the git tree: configure is generated, as Debian does (dh-autoreconf).
  [ -x "$s/configure" ] || (cd "$s" && autoreconf -fi >/dev/null 2>&1) || die "autoreconf failed in $s"
  (cd "$b" &&
    { [ -f Makefile ] || CC=$CC "$s/configure" --host=$TRIPLET --prefix="$PREFIX" \
        --disable-static --enable-shared >/dev/null; } &&
    make -j"$JOBS" >/dev/null && make install >/dev/null)
}

build_zlib() {
  # Debian ships zlib for mingw-w64 as a binary package built from its zlib source.
  local d=/usr/$TRIPLET
  [ -f "$d/lib/libz.dll.a" ] || die "install libz-mingw-w64-dev"
  mkdir -p "$PREFIX/bin"
  cp "$d/lib/zlib1.dll" "$PREFIX/bin/"
  dpkg-query -W -f='${Version}\n' libz-mingw-w64-dev > "$SRC/zlib.version"
}

build_libzip() {
  local s; s="$(source_dir libzip)"
  cmake_cross "$WORK/libzip" "$s" -DBUILD_SHARED_LIBS=ON -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF \
    -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=OFF -DENABLE_COMMONCRYPTO=OFF \
    -DENABLE_WINDOWS_CRYPTO=ON -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF \
    -DBUILD_DOC=OFF
}

build_libxlsxwriter() {
  local s; s="$(source_dir libxlsxwriter)"
  cmake_cross "$WORK/libxlsxwriter" "$s" -DBUILD_SHARED_LIBS=ON -DUSE_SYSTEM_MINIZIP=OFF \
    -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
  if [ ! -f "$PREFIX/lib/pkgconfig/xlsxwriter.pc" ]; then
    local v; v="$(sed -n 's/.*LXW_VERSION "\(.*\)"/\1/p' "$s/include/xlsxwriter.h")"
    cat > "$PREFIX/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: xlsxwriter
Description: A C library for creating Excel XLSX files
Version: $v
Requires.private: zlib
Libs: -L\${libdir} -lxlsxwriter
Cflags: -I\${includedir}
EOF
  fi
}

build_googletest() {
  local s; s="$(source_dir googletest)"
  cmake_cross "$WORK/googletest" "$s" -DBUILD_SHARED_LIBS=OFF -DBUILD_GMOCK=ON -DINSTALL_GTEST=ON
}

# Qt: only what Tansiq uses. Everything else is switched off, which also shortens the build.
# FreeType (bundled) gives the offscreen platform plugin tansiq-cli paints PDFs on; the font
# engine of the Windows plugin stays DirectWrite/GDI. pkg-config is off so that nothing of the
# host leaks in.
qt_common=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
  -DQT_BUILD_MANUAL_TESTS=OFF -DQT_GENERATE_SBOM=OFF)

build_qtbase() {
  local s; s="$(source_dir qt6-base)"
  cmake_cross "$WORK/qtbase" "$s" "${qt_common[@]}" -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
    -DBUILD_SHARED_LIBS=ON -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF \
    -DFEATURE_gui=ON -DFEATURE_widgets=ON -DFEATURE_sql=ON -DFEATURE_printsupport=ON \
    -DFEATURE_testlib=ON -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_concurrent=OFF \
    -DFEATURE_xml=OFF -DFEATURE_opengl=OFF -DFEATURE_opengles2=OFF -DFEATURE_vulkan=OFF \
    -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON -DFEATURE_sql_odbc=OFF \
    -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF \
    -DFEATURE_sql_db2=OFF -DFEATURE_icu=OFF -DFEATURE_zstd=OFF -DFEATURE_openssl=OFF \
    -DFEATURE_jpeg=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF \
    -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF \
    -DFEATURE_androiddeployqt=OFF -DFEATURE_qmake=OFF -DFEATURE_pkg_config=OFF \
    -DFEATURE_freetype=ON -DFEATURE_direct2d=OFF \
    -DSQLite3_INCLUDE_DIR="$PREFIX/include" -DSQLite3_LIBRARY="$PREFIX/lib/libsqlite3.dll.a"
}

qt_module() { # component debian-source-package
  local s; s="$(source_dir "$2")"
  cmake_cross "$WORK/$1" "$s" "${qt_common[@]}" -DCMAKE_PREFIX_PATH="$PREFIX" \
    -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake"
}
build_qtsvg() { qt_module qtsvg qt6-svg; }
build_qtcharts() { qt_module qtcharts qt6-charts; }

# --- driver ---------------------------------------------------------------------------------

log "SDK prefix $PREFIX, sources $SRC, build dirs $WORK, -j$JOBS"
total_start=$(date +%s)
for c in "${components[@]}"; do
  declare -F "build_$c" >/dev/null || die "unknown component $c (known: ${ALL[*]})"
  # Two runs (e.g. the small components and qtbase side by side) never build one component
  # at once: the second waits for the first, then finds its stamp.
  exec {lock}>"$WORK/$c.lock"
  if ! flock -n "$lock"; then
    log "$c: another run is building it; waiting"
    flock "$lock"
  fi
  if done_already "$c"; then
    log "$c: already built ($(cut -f2,3 "$STAMPS/$c.done"))"
    exec {lock}>&-
    continue
  fi
  log "$c: building"
  start=$(date +%s)
  current=$c
  printf '%s %-14s run started (-j%s)\n' "$(date -u +%FT%TZ)" "$c" "$JOBS" >> "$INFO/runs.txt"
  trap interrupted TERM INT HUP
  "build_$c"
  trap - TERM INT HUP
  secs=$(( $(date +%s) - start ))
  pkg=$c
  case $c in
    sqlite) pkg=sqlite3 ;; qtbase) pkg=qt6-base ;; qtsvg) pkg=qt6-svg ;; qtcharts) pkg=qt6-charts ;;
  esac
  version="$(cat "$SRC/$pkg.version" 2>/dev/null || echo '?')"
  [ "$c" = zlib ] && version="libz-mingw-w64-dev $version" || version="$pkg $version $(orig_sum "$pkg")"
  finish "$c" "$version" "$secs"
  log "$c: done in ${secs}s"
  exec {lock}>&-
done
log "all requested components built in $(( $(date +%s) - total_start ))s; see $INFO/BUILDINFO.txt"
