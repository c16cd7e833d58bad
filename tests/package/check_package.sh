#!/usr/bin/env bash
# ctest -L package: builds tansiq_<version>_amd64.deb from BUILD_DIR with CPack into OUT_DIR and
# checks it. Prints every failed check and exits 1 when any failed.
# Usage: check_package.sh BUILD_DIR OUT_DIR VERSION
set -uo pipefail
build_dir=$1 out_dir=$2 version=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

rm -rf "$out_dir" && mkdir -p "$out_dir"
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$out_dir/cpack.log" 2>&1; then
  cat "$out_dir/cpack.log"
  echo "FAIL: cpack could not build the package"
  exit 1
fi
deb="$out_dir/tansiq_${version}_amd64.deb"
[ -f "$deb" ] || { ls "$out_dir"; echo "FAIL: $deb was not made"; exit 1; }

# --- control fields
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = tansiq ] || fail "Package is '$(field Package)', not tansiq"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)', not amd64"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@]+@[^\>]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
description=$(field Description)
[[ "$(head -n1 <<<"$description")" == "humanitarian 4W coordination registry, offline first" ]] ||
  fail "Description's synopsis is '$(head -n1 <<<"$description")'"
[ "$(wc -l <<<"$description")" -ge 5 ] || fail "Description has no extended text"
depends=$(field Depends)
# From dpkg-shlibdeps (the linked libraries) and from our list (what Qt loads at run time).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
               libqt6pdf6 libqt6pdfwidgets6 libsodium23 libsqlite3-0 libzip4 libxlsxwriter4 \
               libqt6sql6-sqlite qt6-translations-l10n fonts-noto-core; do
  sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends" | grep -qxF "$package" || fail "Depends lacks $package: $depends"
done
grep -q "libqt6core6 (>= 6" <<<"$depends" || fail "Depends has no version from shlibdeps: $depends"

# --- file list
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out_dir/files"
expect() { grep -qxF "$1" "$out_dir/files" || fail "the package lacks $1"; }
expect /usr/bin/tansiq
expect /usr/bin/tansiq-cli
expect /usr/share/applications/tansiq.desktop
expect /usr/share/icons/hicolor/scalable/apps/tansiq.svg
sizes="16 22 24 32 48 64 128 256 512"
for size in $sizes; do expect "/usr/share/icons/hicolor/${size}x${size}/apps/tansiq.png"; done
metainfo=$(grep -E '^/usr/share/metainfo/[^/]+\.metainfo\.xml$' "$out_dir/files")
[ -n "$metainfo" ] || fail "the package has no /usr/share/metainfo/*.metainfo.xml"
expect /usr/share/man/man1/tansiq.1.gz
expect /usr/share/man/man1/tansiq-cli.1.gz
expect /usr/share/doc/tansiq/copyright
expect /usr/share/doc/tansiq/changelog.gz
stray=$(grep -v -e '^/$' -e '^/usr/' "$out_dir/files")
[ -z "$stray" ] || fail "files outside /usr: $stray"

# --- the files themselves
root="$out_dir/root"
dpkg-deb --extract "$deb" "$root"
for exe in tansiq tansiq-cli; do
  readelf -S "$root/usr/bin/$exe" | grep -q '\.debug_info' && fail "$exe is not stripped"
  readelf -d "$root/usr/bin/$exe" | grep -Eq 'RPATH|RUNPATH' && fail "$exe has an RPATH"
done
[ "$("$root/usr/bin/tansiq-cli" --version)" = "tansiq-cli $version" ] ||
  fail "the packaged tansiq-cli does not report version $version"
for size in $sizes; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/tansiq.png"
  [ -f "$png" ] || continue
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" |
    awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w $h" = "$size $size" ] || fail "the ${size}x${size} icon is ${w}x${h}"
done
desktop-file-validate "$root/usr/share/applications/tansiq.desktop" || fail "desktop-file-validate"
grep -qx 'Icon=tansiq' "$root/usr/share/applications/tansiq.desktop" || fail "the desktop entry does not name the icon"
if [ -n "$metainfo" ]; then
  appstreamcli validate --no-net "$root$metainfo" >"$out_dir/appstream.log" 2>&1 ||
    { cat "$out_dir/appstream.log"; fail "appstreamcli validate"; }
  grep -q '<caption>' "$root$metainfo" || fail "the metainfo has no screenshot captions"
fi

# Man pages: format without warnings, and document every command and option of tansiq-cli.
for page in tansiq tansiq-cli; do
  warnings=$(gzip -dc "$root/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
  [ -z "$warnings" ] || fail "$page.1 has formatting warnings: $warnings"
done
cli_page=$(gzip -dc "$root/usr/share/man/man1/tansiq-cli.1.gz")
commands=$("$root/usr/bin/tansiq-cli" --help | awk '/^Commands:/{on=1; next} /^$/{on=0} on {print $1}')
[ "$(wc -w <<<"$commands")" -ge 10 ] || fail "could not read the commands from tansiq-cli --help"
for command in $commands; do
  heading=".SS ${command//-/\\-}"
  section=$(awk -v h="$heading" '$0 == h {on=1; next} /^\.S[SH] /{on=0} on' <<<"$cli_page")
  if [ -z "$section" ]; then
    fail "tansiq-cli.1 has no section (.SS $command) for the command '$command'"
    continue
  fi
  help=$(TANSIQ_DB=/nonexistent/tansiq.db "$root/usr/bin/tansiq-cli" "$command" --help 2>&1)
  for option in $(grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[ ,]*//' | sort -u); do
    case $option in --help | --help-all) continue ;; esac
    grep -qF -- "${option//-/\\-}" <<<"$section" ||
      fail "tansiq-cli.1 does not document '$command $option'"
  done
done
gui_page=$(gzip -dc "$root/usr/share/man/man1/tansiq.1.gz")
for option in $(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tansiq" --help 2>&1 | grep -oE '^ +(-[a-z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+'); do
  grep -qF -- "${option//-/\\-}" <<<"$gui_page" || fail "tansiq.1 does not document '$option'"
done

# --- lintian: errors fail; warnings are listed in docs/packaging.md.
if ! lintian --fail-on error "$deb" >"$out_dir/lintian.log" 2>&1; then
  cat "$out_dir/lintian.log"
  fail "lintian reports errors"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed for $deb"
  exit 1
fi
echo "$deb: $(wc -l <"$out_dir/files") paths, Depends: $depends"
