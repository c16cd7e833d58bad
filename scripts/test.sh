#!/usr/bin/env bash
# Builds Tansiq and runs every test (core, GUI offscreen, translations, architecture checks,
# and the bundle fuzzer briefly when clang is installed). Prints CTest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd "${TANSIQ_BUILD_DIR:-build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
