#!/bin/sh
# Add reetool to the desktop menu of the current user (Linux, freedesktop.org).
#   sh packaging/install-desktop.sh [BUNDLE_DIR]     (default: dist/reetool)
# BUNDLE_DIR is the unpacked onedir folder holding the `reetool` executable.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "${1:-$here/../dist/reetool}" && pwd)
[ -x "$bundle/reetool" ] || { echo "no executable at $bundle/reetool" >&2; exit 1; }
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/icons/reetool.png" "$icons/reetool.png"
sed -e "s|/opt/reetool/reetool|$bundle/reetool|g" "$here/reetool.desktop" > "$apps/reetool.desktop"
echo "installed $apps/reetool.desktop -> $bundle/reetool"
