#!/bin/sh
# Puts Kompetence Desktop in this user's program menu and lets .kompetence files
# open in it. Run it from the unpacked folder; nothing outside your home folder is touched.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/mime/packages"
cp "$here/kompetence.png" "$data/icons/hicolor/256x256/apps/kompetence-desktop.png"
sed "s|^Exec=.*|Exec=\"$here/KompetenceDesktop\" %f|" "$here/KompetenceDesktop.desktop" \
  > "$data/applications/kompetence-desktop.desktop"
cat > "$data/mime/packages/kompetence-desktop.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-kompetence">
    <comment>Kompetencefil</comment>
    <icon name="kompetence-desktop"/>
    <glob pattern="*.kompetence"/>
  </mime-type>
</mime-info>
XML
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Kompetence Desktop er nu i programmenuen."
