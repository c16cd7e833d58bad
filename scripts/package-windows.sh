#!/usr/bin/env bash
# The Windows installer from nothing, on Debian 12 (docs/packaging.md). Long: the Qt SDK alone
# takes hours on two cores, so CI does not run it. Every step can be resumed by running this
# again.
#   1. tools (as root): mingw-w64 (posix threads), wine64, NSIS, Xvfb, and a deb-src entry
#      so `apt-get source` can fetch Debian's sources;
#   2. the SDK: packaging/windows/build-sdk.sh (~/.cache/tansiq-win-sdk);
#   3. the application, its DLLs and the installer: packaging/windows/build.sh;
#   4. the tests, the command line and the screenshots under Wine: packaging/windows/wine-suite.sh.
# Environment: JOBS (default 2), TANSIQ_WIN_SDK, TANSIQ_WIN_BUILD; SKIP_TOOLS=1 skips step 1.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"

if [ "${SKIP_TOOLS:-0}" != 1 ]; then
  if [ "$(id -u)" = 0 ]; then
    src_list=/etc/apt/sources.list.d/debian-src.sources
    if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
      # The same archive as the existing Debian entry, for source packages.
      uri="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
      cat > "$src_list" <<SRC
Types: deb-src
URIs: ${uri:-http://deb.debian.org/debian}
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      g++-mingw-w64-x86-64-posix wine64 nsis libz-mingw-w64-dev dpkg-dev autoconf automake libtool tcl xvfb xauth \
      cmake ninja-build librsvg2-bin python3 poppler-utils qt6-base-dev qt6-base-dev-tools \
      qt6-tools-dev qt6-l10n-tools fonts-noto-core
  else
    echo "not root: assuming the tools of docs/packaging.md are installed"
  fi
fi

t0=$(date +%s)
nice -n 19 packaging/windows/build-sdk.sh -j "$jobs"
t1=$(date +%s)
JOBS="$jobs" packaging/windows/build.sh
t2=$(date +%s)
packaging/windows/wine-suite.sh --no-build
t3=$(date +%s)
echo "SDK $((t1 - t0))s, application and installer $((t2 - t1))s, Wine suite $((t3 - t2))s"
