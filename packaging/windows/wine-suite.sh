#!/usr/bin/env bash
# Tests the Windows build under wine64 (docs/packaging.md):
#  1. cross-builds it (build.sh, incremental) unless --no-build;
#  2. runs every GoogleTest executable of build-windows/tests once under Wine (the GUI ones
#     under Xvfb), from their build folders, and sums the counts;
#  3. drives tansiq-cli.exe as a user would, with the database in a folder with a space under
#     the Arabic-named user's profile: --version, init, demo --activities 1000, matrix, bulletin;
#  4. with tansiq.exe: `tansiq.exe --screenshots DIR --lang ar` under Xvfb.
# Results (logs, XML, PDFs, screenshots) go to build-windows/wine-results.
#
# --skip-without-sdk: exit 77 (CTest's "skipped") when the SDK is not complete, as in CI.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
sdk="${TANSIQ_WIN_SDK:-$HOME/.cache/tansiq-win-sdk}"
build="${TANSIQ_WIN_BUILD:-$src/build-windows}"
skip_without_sdk=0
do_build=1
for a in "$@"; do
  case "$a" in
    --skip-without-sdk) skip_without_sdk=1 ;;
    --no-build) do_build=0 ;;
  esac
done

if [ ! -f "$sdk/share/tansiq-sdk/stamps/qtbase.done" ]; then
  echo "No complete Windows SDK in $sdk (packaging/windows/build-sdk.sh): the Wine suite is skipped."
  [ $skip_without_sdk = 1 ] && exit 77
  exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)"; exit 1; }

if [ $do_build = 1 ]; then
  "$here/build.sh" || exit 1
fi
. "$here/wine-env.sh"
wine_prefix_ready || { echo "the Wine prefix $WINEPREFIX could not be made"; exit 1; }

results="$build/wine-results"
rm -rf "$results"
mkdir -p "$results"
failed=0
total_tests=0 total_failures=0 total_skipped=0

# The DLLs and plugins of the deployed folder serve the test executables too.
export WINEPATH="$(wine_path "$build/deploy")"
export QT_PLUGIN_PATH="$(wine_path "$build/deploy")"

run_gtest() { # exe
  local exe="$1" name xml dir
  name="$(basename "$exe" .exe)"
  xml="$results/$name.xml"
  dir="$(dirname "$exe")"
  local runner=()
  case "$name" in test_ui|test_shell) runner=(xvfb-run -a -s '-screen 0 1366x768x24') ;; esac
  echo "== $name"
  (cd "$dir" && timeout 3600 "${runner[@]}" "$WINE" "$exe" --gtest_brief=1 \
      "--gtest_output=xml:$(wine_path "$xml")") > "$results/$name.log" 2>&1
  local rc=$?
  if [ -f "$xml" ]; then
    local counts
    counts="$(sed -n 's/^<testsuites tests="\([0-9]*\)" failures="\([0-9]*\)" disabled="\([0-9]*\)" errors="\([0-9]*\)".*/\1 \2 \3 \4/p' "$xml")"
    read -r t f d e <<<"$counts"
    local s
    s="$(grep -c '<skipped' "$xml" || true)"
    total_tests=$((total_tests + t)); total_failures=$((total_failures + f + e)); total_skipped=$((total_skipped + s))
    printf '   %s tests, %s failed, %s skipped (exit %s)\n' "$t" "$((f + e))" "$s" "$rc"
    grep -E '^\[  FAILED  \]' "$results/$name.log" | sort -u | head -40 | sed 's/^/   /'
  else
    echo "   no result (exit $rc): see $results/$name.log"; tail -5 "$results/$name.log" | sed 's/^/   /'
  fi
  [ $rc = 0 ] || failed=1
}

while IFS= read -r exe; do run_gtest "$exe"; done < <(find "$build/tests" -name 'test_*.exe' | sort)
echo "Wine suite: $total_tests tests, $total_failures failed, $total_skipped skipped"

# --- the command line, as a user with an Arabic name and a folder with a space ------------
cli="$build/deploy/tansiq-cli.exe"
profile="$WINEPREFIX/drive_c/users/$TANSIQ_WINE_USER"
data_dir="$profile/Documents/Tansiq data"
rm -rf "$data_dir"; mkdir -p "$data_dir"
db="C:\\users\\$TANSIQ_WINE_USER\\Documents\\Tansiq data\\office.db"
pdf="C:\\users\\$TANSIQ_WINE_USER\\Documents\\Tansiq data\\bulletin ar.pdf"
step() { # name args...
  local name="$1"; shift
  local t0=$(date +%s)
  "$WINE" "$cli" "$@" > "$results/cli-$name.out" 2>&1
  local rc=$?
  printf '== tansiq-cli %s: exit %s in %ss\n' "$name" "$rc" "$(( $(date +%s) - t0 ))"
  head -12 "$results/cli-$name.out" | sed 's/^/   /'
  [ $rc = 0 ] || failed=1
}
step version --version
step init init --db "$db"
step demo demo --db "$db" --activities 1000
step matrix matrix --db "$db" --rows sector
step bulletin bulletin --db "$db" --out "$pdf"
if [ -f "$data_dir/bulletin ar.pdf" ]; then
  cp "$data_dir/bulletin ar.pdf" "$results/bulletin.pdf"
  command -v pdfinfo >/dev/null && pdfinfo "$results/bulletin.pdf" | grep -E 'Pages|Title' | sed 's/^/   /'
else
  echo "   no bulletin PDF in $data_dir"; failed=1
fi
ls "$profile/AppData/Roaming" > "$results/appdata.txt" 2>&1

# --- the desktop application -------------------------------------------------------------
if [ -f "$build/deploy/tansiq.exe" ]; then
  shots="$results/screenshots-ar"
  mkdir -p "$shots"
  echo "== tansiq.exe --screenshots (Arabic)"
  timeout 1800 xvfb-run -a -s '-screen 0 1366x768x24' "$WINE" "$build/deploy/tansiq.exe" \
    --screenshots "$(wine_path "$shots")" --lang ar > "$results/screenshots.log" 2>&1
  rc=$?
  echo "   exit $rc, $(find "$shots" -name '*.png' | wc -l) screenshots in $shots"
  [ $rc = 0 ] || failed=1
else
  echo "== tansiq.exe was not built (no Qt Charts in the SDK): no screenshots"
fi

"$WINESERVER" -k 2>/dev/null || true
exit $failed
