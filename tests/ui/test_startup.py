"""Cold start: what app.py imports, and --smoke / --screenshots in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("matplotlib", "reportlab", "numpy", "sqlite_utils")


def _env(tmp_path):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KOMPETENCE_DATA_DIR"] = str(tmp_path / "data")
    return env


def test_import_app_pulls_in_nothing_heavy(tmp_path):
    code = ("import sys, kompetence_desktop.app, kompetence_desktop.ui.main_window, "
            "kompetence_desktop.ui.pages.matrix; "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_smoke_opens_the_matrix_and_prints_milliseconds(tmp_path, demo_path):
    code = ("import sys, kompetence_desktop.app as a; rc = a.main(); "
            f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules]); sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code, "--smoke", str(demo_path)],
                         capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split()
    ms = float(lines[0])
    assert 0 < ms < 30_000
    # nothing heavy was needed for the first painted matrix
    assert "HEAVY []" in out.stdout


def test_smoke_via_module(tmp_path, demo_path):
    out = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--smoke", str(demo_path)],
                         capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    assert float(out.stdout.strip()) > 0


def test_smoke_on_a_bad_file_says_so_in_danish(tmp_path):
    bad = tmp_path / "skrald.kompetence"
    bad.write_bytes(os.urandom(3000))
    out = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--smoke", str(bad)],
                         capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=60)
    assert out.returncode == 2
    assert "kompetencefil" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow
def test_screenshots_of_every_page(tmp_path):
    from kompetence_desktop.ui.pages import PAGES

    shots = tmp_path / "shots"
    out = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--screenshots", str(shots)],
                         capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    pngs = sorted(shots.glob("*.png"))
    assert len(pngs) == len(PAGES) >= 6
    from PySide6.QtGui import QImage

    img = QImage(str(pngs[0]))
    assert (img.width(), img.height()) == (1366, 768)
