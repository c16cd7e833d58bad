#!/usr/bin/env bash
# Builds the Debian package build-package/tansiq_<version>_amd64.deb (docs/packaging.md): builds
# what the package holds in ./scripts/build.sh's tree (RelWithDebInfo in ./build, or
# $TANSIQ_BUILD_DIR; configured as build.sh does when it does not exist yet), packs it with
# CPack's DEB generator (binaries stripped, Depends from dpkg-shlibdeps plus the run-time
# plugins and fonts), then checks it: the metainfo with appstreamcli, the desktop entry, and the
# whole package with lintian, which must report no errors.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${TANSIQ_BUILD_DIR:-build}"
out_dir="${TANSIQ_PACKAGE_DIR:-build-package}"

werror="${TANSIQ_WERROR:-OFF}"
if [ "${CI:-}" = "true" ]; then werror=ON; fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  generator=()
  if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
  cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTANSIQ_WERROR="$werror"
fi
# Only the packaged targets: the tests are not needed for the package.
cmake --build "$build_dir" --parallel "$(nproc)" --target tansiq tansiq-cli tansiq_desktop_files
mkdir -p "$out_dir"
rm -f "$out_dir"/tansiq_*.deb
cpack --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$out_dir/cpack.log" 2>&1 || {
  cat "$out_dir/cpack.log" >&2
  exit 1
}
deb=$(ls "$out_dir"/tansiq_*_amd64.deb)

echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$build_dir"/app/desktop/*.metainfo.xml || exit 1
echo "== desktop-file-validate"
desktop-file-validate packaging/linux/tansiq.desktop

echo "== lintian"
# --fail-on error: warnings are listed (docs/packaging.md says why each remains), errors fail.
lintian --fail-on error --display-info --tag-display-limit 0 "$deb"
echo "Package: $deb"
