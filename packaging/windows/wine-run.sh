#!/usr/bin/env bash
# Runs a Windows program of the cross build under wine64 in Tansiq's Wine prefix
# (wine-env.sh). CMake's CMAKE_CROSSCOMPILING_EMULATOR, so `ctest` in build-windows works.
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/wine-env.sh"
wine_prefix_ready >/dev/null 2>&1
exec "$WINE" "$@"
