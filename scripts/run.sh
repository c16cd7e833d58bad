#!/usr/bin/env bash
# Builds Tansiq and launches the desktop application on the default database (created with the
# gazetteer and demo data on first launch). Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
exec "${TANSIQ_BUILD_DIR:-build}/app/gui/tansiq" "$@"
