#!/usr/bin/env bash
# Installs everything Tansiq needs to build, run and test on Debian 12 (bookworm).
# Run as root (or through sudo). Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 (Widgets, Sql, Charts, PrintSupport, Svg, Pdf, LinguistTools)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libxkbcommon-dev
  # storage, crypto, spreadsheets
  libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libzip-dev zlib1g-dev
  # tests
  libgtest-dev libgmock-dev poppler-utils xvfb xauth
  # fuzzing (libFuzzer + AddressSanitizer runtime for clang)
  clang libclang-rt-14-dev
  # the format check (tests/checks/Formatted.cmake) and scripts/format.sh
  clang-format
  # fonts (OFL) for Arabic and Latin text in the UI and the bulletin
  fonts-noto-core fonts-hosny-amiri
  # the Debian package (scripts/package.sh, ctest -L package): icons drawn from the SVG,
  # dpkg-shlibdeps, checks of the metainfo, desktop entry, man pages and the .deb
  librsvg2-bin dpkg-dev appstream desktop-file-utils groff-base lintian
  # publication to PostgreSQL (tansiq-cli publish): Qt's QPSQL driver, and the PostgreSQL 15
  # server with PostGIS that the publication tests start in a temporary folder
  libqt6sql6-psql postgresql postgresql-15-postgis-3
)
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
