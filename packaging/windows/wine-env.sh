# Sourced by the Windows scripts: a Wine prefix of its own for Tansiq's tests, with a user
# named "منسق" (Arabic in every user path: C:\users\منسق\AppData\Roaming\Tansiq), its profile
# folders real folders rather than links to $HOME, and no menu entries or file associations
# written to the Linux desktop. 64-bit only (Debian's wine64; the installer is amd64 too).
: "${TANSIQ_WINE_PREFIX:=$HOME/.cache/tansiq-wine}"
: "${TANSIQ_WINE_USER:=منسق}"
export WINEPREFIX="$TANSIQ_WINE_PREFIX"
export WINEARCH=win64
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
export USER="$TANSIQ_WINE_USER" LOGNAME="$TANSIQ_WINE_USER"
WINE="${WINE:-$(command -v wine64 || echo /usr/lib/wine/wine64)}"
WINESERVER="${WINESERVER:-$(command -v wineserver || echo /usr/lib/wine/wineserver)}"

wine_prefix_ready() {
  local profile="$WINEPREFIX/drive_c/users/$TANSIQ_WINE_USER"
  if [ ! -d "$profile" ]; then
    "$WINE" wineboot -i >/dev/null 2>&1 || true
    "$WINESERVER" -w || true
  fi
  local link
  for link in "$profile"/*; do
    if [ -L "$link" ]; then rm "$link" && mkdir -p "$link"; fi
  done
  [ -d "$profile/AppData" ]
}

# A Linux path as Wine's Z: drive sees it.
wine_path() { printf 'Z:%s' "$(printf '%s' "$1" | tr / '\\')"; }
