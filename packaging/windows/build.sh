#!/usr/bin/env bash
# Cross-builds Tansiq for 64-bit Windows against the SDK of build-sdk.sh: tansiq.exe (when the
# SDK has Qt Charts), tansiq-cli.exe and the test executables, with the fonts and translations
# embedded as on Linux; then deploys them with their DLLs (deploy.sh) and makes the installer
# Tansiq-Setup-<version>-x64.exe (tansiq.nsi).
#
# Usage: build.sh [--no-installer]
# Environment: TANSIQ_WIN_SDK   the SDK prefix (default ~/.cache/tansiq-win-sdk)
#              TANSIQ_WIN_BUILD the build folder (default build-windows in the source tree)
#              JOBS             parallel jobs (default 2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
sdk="${TANSIQ_WIN_SDK:-$HOME/.cache/tansiq-win-sdk}"
build="${TANSIQ_WIN_BUILD:-$src/build-windows}"
jobs="${JOBS:-2}"
installer=1
[ "${1:-}" = "--no-installer" ] && installer=0

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
stamps="$sdk/share/tansiq-sdk/stamps"
for c in sqlite libsodium zlib libzip libxlsxwriter googletest qtbase; do
  [ -f "$stamps/$c.done" ] || { log "the SDK lacks $c: run packaging/windows/build-sdk.sh first"; exit 1; }
done

export TANSIQ_WIN_SDK="$sdk"
export PKG_CONFIG_LIBDIR="$sdk/lib/pkgconfig"
unset PKG_CONFIG_PATH
start=$(date +%s)

# The application icon (.ico with 16-256 px PNGs, drawn from the Linux icon's SVG).
icon="$build/tansiq.ico"
mkdir -p "$build"
if [ ! -f "$icon" ] && command -v rsvg-convert >/dev/null && command -v python3 >/dev/null; then
  for s in 16 24 32 48 64 128 256; do
    svg="$src/packaging/linux/tansiq.svg"; [ $s -lt 32 ] && svg="$src/packaging/linux/tansiq-small.svg"
    rsvg-convert --width $s --height $s --format png --output "$build/icon-$s.png" "$svg"
  done
  python3 "$here/make-ico.py" "$icon" "$build"/icon-{16,24,32,48,64,128,256}.png
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -G Ninja -S "$src" -B "$build" \
    -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64-x86_64.cmake" -DTANSIQ_WIN_SDK="$sdk" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_BUILD_TYPE=Release -DTANSIQ_WERROR="${TANSIQ_WERROR:-ON}" \
    -DCMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE=PRE_TEST \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$here/wine-run.sh" \
    -DTANSIQ_WINDOWS_ICON="$([ -f "$icon" ] && echo "$icon")"
fi
cmake --build "$build" --parallel "$jobs"
built=$(date +%s)
log "built in $((built - start))s"

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
"$here/deploy.sh" "$build" "$build/deploy"

if [ $installer = 1 ]; then
  out="$build/Tansiq-Setup-$version-x64.exe"
  makensis -V2 -DVERSION="$version" -DDEPLOY="$build/deploy" -DOUTFILE="$out" \
    $([ -f "$icon" ] && echo "-DICON=$icon") "$here/tansiq.nsi"
  log "installer: $out ($(du -h "$out" | cut -f1))"
fi
log "done in $(( $(date +%s) - start ))s"
