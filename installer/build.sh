#!/usr/bin/env bash
# Test, then package: a one-folder build in dist/KompetenceDesktop.
# On Windows, wrap dist/KompetenceDesktop with installer/kompetence.iss (Inno Setup).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q -e '.[test]' pyinstaller
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q
.venv/bin/pyinstaller --noconfirm installer/kompetence.spec
