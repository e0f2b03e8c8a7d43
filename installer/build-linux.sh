#!/usr/bin/env bash
# The Linux bundle: dist/KompetenceDesktop-<version>-linux-x86_64.tar.gz
#
#   bash installer/build-linux.sh
#
# Runs no tests (CI runs them first, .ci/run). Makes its own build venv
# (build/venv-linux: the package installed as a leader's copy would be, plus
# PyInstaller), builds the one-folder bundle from installer/kompetence.spec
# (two programs sharing one folder: KompetenceDesktop and kompetence), and packs
# it with a .desktop file, the icon and LÆS-MIG.txt.
# PYTHON=python3.11 picks the interpreter (3.11 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
py=${PYTHON:-python3}
venv=build/venv-linux

start=$(date +%s)
if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
# PyInstaller 6.x: the spec relies on hooksconfig for matplotlib and a.scripts as 3-tuples.
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7"
# The package itself, not editable: the bundle gets its metadata (the version) from here.
"$venv/bin/python" -m pip install -q .
"$venv/bin/python" -m pip install -q --no-deps --force-reinstall .

version=$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("kompetence-desktop"))')
name="KompetenceDesktop-$version-linux-x86_64"

rm -rf build/pyinstaller dist/KompetenceDesktop "dist/$name" "dist/$name.tar.gz"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/kompetence.spec

# The system Python's library and some wheels' extensions carry debug information
# (libpython alone 22 MB of it); the program never needs it.
find dist/KompetenceDesktop -type f -name '*.so*' | while read -r f; do
  sections=$(readelf -S "$f" 2>/dev/null || true)
  if [[ "$sections" == *.debug_info* ]]; then
    strip --strip-debug "$f"
  fi
done

# The folder as the leader unpacks it: the programs, the icon, a menu entry, a short note.
stage="dist/$name"
mv dist/KompetenceDesktop "$stage"
cp resources/icons/kompetence-256.png "$stage/kompetence.png"
cp installer/linux/KompetenceDesktop.desktop "$stage/"
cp installer/linux/tilfoej-til-menuen.sh "$stage/"
chmod +x "$stage/tilfoej-til-menuen.sh"
sed "s/@VERSION@/$version/g" installer/linux/LÆS-MIG.txt > "$stage/LÆS-MIG.txt"
tar -C dist -czf "dist/$name.tar.gz" "$name"

unpacked=$(du -sm "$stage" | cut -f1)
packed=$(( $(stat -c %s "dist/$name.tar.gz") / 1024 / 1024 ))
echo "dist/$name.tar.gz: ${packed} MB (unpacked ${unpacked} MB), built in $(( $(date +%s) - start )) s"
if [ "$packed" -gt 90 ]; then
  echo "The tarball is larger than 90 MB." >&2
  exit 1
fi
