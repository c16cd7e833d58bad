#!/usr/bin/env bash
# Puts tansiq.exe and tansiq-cli.exe in a folder with everything they load, as windeployqt
# would (it cannot run in a cross build): the Qt plugins Tansiq needs, then every DLL any of
# those files imports, found by reading their import tables (objdump -p) recursively in the
# SDK and in Debian's mingw-w64 runtime. DLLs found in none of those are Windows' own.
#
# Usage: deploy.sh BUILD_DIR OUT_DIR        (TANSIQ_WIN_SDK: the SDK prefix)
set -euo pipefail
build="$1"
out="$2"
sdk="${TANSIQ_WIN_SDK:-$HOME/.cache/tansiq-win-sdk}"
triplet=x86_64-w64-mingw32
objdump=$triplet-objdump
gcc_dir="$(dirname "$($triplet-g++-posix -print-libgcc-file-name)")"
search=("$sdk/bin" "$gcc_dir" "/usr/$triplet/lib" "/usr/$triplet/bin")

rm -rf "$out"
mkdir -p "$out"
for exe in tansiq.exe tansiq-cli.exe; do
  found="$(find "$build/app" -name "$exe" -print -quit)"
  if [ -z "$found" ]; then
    [ "$exe" = tansiq.exe ] && { echo "deploy: no $exe (GUI not built), deploying the rest" >&2; continue; }
    echo "deploy: $exe not found under $build/app" >&2; exit 1
  fi
  cp "$found" "$out/"
done

# Plugins: the Windows platform (and offscreen, for tansiq-cli's painting commands), the
# SQLite driver, the native style, SVG and ICO images, SVG icons. Missing optional ones are
# reported, not fatal.
plugins="$sdk/plugins"
for p in platforms/qwindows.dll sqldrivers/qsqlite.dll; do
  [ -f "$plugins/$p" ] || { echo "deploy: missing required plugin $p in $plugins" >&2; exit 1; }
done
for p in platforms/qwindows.dll platforms/qoffscreen.dll sqldrivers/qsqlite.dll \
         styles/qwindowsvistastyle.dll imageformats/qsvg.dll imageformats/qico.dll \
         iconengines/qsvgicon.dll; do
  if [ -f "$plugins/$p" ]; then
    mkdir -p "$out/$(dirname "$p")"
    cp "$plugins/$p" "$out/$p"
  else
    echo "deploy: optional plugin $p not in the SDK" >&2
  fi
done

locate_dll() {
  local name="$1" dir f
  for dir in "${search[@]}"; do
    f="$(find "$dir/" -maxdepth 1 -iname "$name" -print -quit 2>/dev/null)"
    if [ -n "$f" ]; then echo "$f"; return 0; fi
  done
  return 1
}

# Breadth-first over the import tables.
declare -A seen=()
queue=()
while IFS= read -r -d '' f; do queue+=("$f"); done < <(find "$out" -type f \( -name '*.exe' -o -name '*.dll' \) -print0)
while [ ${#queue[@]} -gt 0 ]; do
  file="${queue[0]}"; queue=("${queue[@]:1}")
  while read -r dll; do
    key="${dll,,}"
    [ -n "${seen[$key]:-}" ] && continue
    seen[$key]=1
    if path="$(locate_dll "$dll")"; then
      cp "$path" "$out/"
      queue+=("$out/$(basename "$path")")
    fi
  done < <($objdump -p "$file" | sed -n 's/^\s*DLL Name: //p')
done

# Debian's mingw runtime DLLs carry symbols (libstdc++-6.dll is ~20 MB): strip what was copied.
find "$out" -type f \( -name '*.dll' -o -name '*.exe' \) -exec $triplet-strip --strip-unneeded {} +

# Qt finds the plugin folders beside the executable; say so explicitly.
printf '[Paths]\nPrefix = .\nPlugins = .\n' > "$out/qt.conf"
# Licences and what was built from which source.
[ -f "$sdk/share/tansiq-sdk/BUILDINFO.txt" ] && cp "$sdk/share/tansiq-sdk/BUILDINFO.txt" "$out/SDK-BUILDINFO.txt"
echo "deploy: $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1) in $out"
