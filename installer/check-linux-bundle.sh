#!/usr/bin/env bash
# Does the Linux tarball work on its own? (run by .ci/run after the build)
#
#   bash installer/check-linux-bundle.sh dist/KompetenceDesktop-<version>-linux-x86_64.tar.gz
#
# Refuses a bundle holding QtWebEngine, QML/Quick, PyQt or tkinter; unpacks it in a
# temporary folder and, with QT_QPA_PLATFORM=offscreen and a PATH without Python,
# runs `KompetenceDesktop --selftest`, `--smoke`, and the bundled `kompetence demo`
# + `export-plan`, whose plan must say what the source checkout's plan says.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=${1:?usage: check-linux-bundle.sh TARBALL}
fail() { echo "bundle check: $*" >&2; exit 1; }

forbidden=$(tar -tzf "$tarball" | grep -E -i 'QtWebEngine|Qt6?Qml|Qt6?Quick|PyQt[56]|tkinter|libtk[0-9]|libtcl[0-9]' || true)
[ -z "$forbidden" ] || fail "the bundle holds what it must not:
$(echo "$forbidden" | head -20)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
app=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
for f in KompetenceDesktop kompetence KompetenceDesktop.desktop kompetence.png LÆS-MIG.txt; do
  [ -e "$app/$f" ] || fail "$f is missing"
done

# Nothing but the bundle: an empty PATH (no python3 to fall back on), a fresh home.
mkdir -p "$work/bin" "$work/home"
run() {
  env -i HOME="$work/home" PATH="$work/bin" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    KOMPETENCE_DATA_DIR="$work/home/data" TMPDIR="$work" "$@"
}
run sh -c 'command -v python3 || command -v python' >/dev/null 2>&1 && fail "Python is on the PATH"

run "$app/KompetenceDesktop" --selftest || fail "KompetenceDesktop --selftest failed"
run "$app/kompetence" demo "$work/demo.kompetence" || fail "kompetence demo failed"
run "$app/kompetence" export-plan "$work/demo.kompetence" -o "$work/plan.pdf" || fail "kompetence export-plan failed"
ms=$(run "$app/KompetenceDesktop" --smoke "$work/demo.kompetence") || fail "KompetenceDesktop --smoke failed"
[[ "$ms" =~ ^[0-9]+$ ]] || fail "--smoke printed '$ms'"
echo "bundle: --smoke painted the matrix in $ms ms"

# The full plan: the same text as the source checkout's own command writes from the same file.
if [ -x .venv/bin/kompetence ] && command -v pdftotext >/dev/null; then
  QT_QPA_PLATFORM=offscreen .venv/bin/kompetence export-plan "$work/demo.kompetence" -o "$work/plan-source.pdf" >/dev/null
  pdftotext "$work/plan.pdf" "$work/plan.txt"
  pdftotext "$work/plan-source.pdf" "$work/plan-source.txt"
  grep -q "Kompetenceudviklingsplan" "$work/plan.txt" || fail "the bundled plan has no title"
  cmp -s "$work/plan.txt" "$work/plan-source.txt" || fail "the bundled plan differs from the source's:
$(diff "$work/plan-source.txt" "$work/plan.txt" | head -20)"
  echo "bundle: the plan has $(pdfinfo "$work/plan.pdf" | awk '/^Pages:/ {print $2}') pages, as from the source"
fi
echo "bundle: $(basename "$tarball") works"
