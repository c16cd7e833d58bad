#!/usr/bin/env bash
# Configures and builds Tansiq into ./build (or $TANSIQ_BUILD_DIR). Warnings are errors when
# CI=true or TANSIQ_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${TANSIQ_BUILD_DIR:-build}"
werror="${TANSIQ_WERROR:-OFF}"
if [ "${CI:-}" = "true" ]; then werror=ON; fi
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTANSIQ_WERROR="$werror"
else
  cmake "$build_dir" -DTANSIQ_WERROR="$werror" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
