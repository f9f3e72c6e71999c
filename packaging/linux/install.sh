#!/bin/sh
# Install the one-folder build for the current user, under ~/.local (no root needed):
#   ~/.local/lib/briefing-app/            the built folder (a copy)
#   ~/.local/bin/briefing-app             a symlink to its executable
#   ~/.local/share/applications/          briefing-app.desktop (the menu entry)
#   ~/.local/share/icons/hicolor/*/apps/  the icon, 16 px to 512 px and SVG
#   ~/.local/share/mime/packages/         briefing-app.xml (*.briefing opens in the app)
#
# Usage: packaging/linux/install.sh [BUILT_FOLDER]      (default: dist/briefing-app)
#        packaging/linux/install.sh --uninstall
# PREFIX (default ~/.local) and XDG_DATA_HOME (default PREFIX/share) are honoured.
set -eu

name=briefing-app
prefix=${PREFIX:-$HOME/.local}
data=${XDG_DATA_HOME:-$prefix/share}
target=$prefix/lib/$name

refresh() {
    # Optional on a desktop; absent on a bare system, so only run what exists.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$prefix/bin/$name" "$data/applications/$name.desktop" \
          "$data/mime/packages/$name.xml" "$data"/icons/hicolor/*/apps/"$name".png \
          "$data/icons/hicolor/scalable/apps/$name.svg"
    refresh
    echo "removed $name from $prefix"
    exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../dist/$name}
app=$(cd "$app" && pwd)
if [ ! -x "$app/$name" ]; then
    echo "no built app at $app (build it first: pyinstaller --noconfirm build.spec)" >&2
    exit 1
fi
# PyInstaller 6 puts data files in _internal/; older layouts keep them beside the executable.
share=$app/_internal/share
[ -d "$share" ] || share=$app/share
if [ ! -f "$share/applications/$name.desktop" ]; then
    echo "the build at $app has no share/applications/$name.desktop" >&2
    exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications" "$data/mime/packages"
rm -rf "$target.new"
cp -R "$app" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/$name" "$prefix/bin/$name"

# The menu entry runs the installed executable by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed -e "s|^Exec=$name |Exec=$target/$name |" -e "s|^TryExec=$name\$|TryExec=$target/$name|" \
    "$share/applications/$name.desktop" > "$data/applications/$name.desktop"
cp "$share/mime/packages/$name.xml" "$data/mime/packages/$name.xml"
for icon in "$share"/icons/hicolor/*/apps/"$name".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/"
done
refresh

echo "installed $name in $target"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on PATH; the menu entry works, 'briefing-app' in a shell does not" ;;
esac
