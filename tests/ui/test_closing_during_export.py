"""Closing the file (or the program) while a PDF is being made: the window
waits for the document quietly — it is written where the leader asked before
the program ends, and nothing (no RuntimeError about a deleted signal source)
reaches stderr. Run in a program of its own, as a leader would end it."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROGRAM = r"""
import sys, time, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
app = QApplication([])
from kompetence_desktop.reports import plan
real, started = plan.render_plan, threading.Event()
def slow(*a, **k):
    started.set()
    time.sleep(1.0)  # still rendering when the file is closed
    return real(*a, **k)
plan.render_plan = slow
out = Path(sys.argv[2])
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)"))
from kompetence_desktop.ui.main_window import MainWindow
from kompetence_desktop.ui.settings import Settings
w = MainWindow(settings=Settings(read_only=True), auto_backup=False)
assert w.open_path(sys.argv[1], quiet=True)
w.show()
page = w.show_page("udskrifter")
page.open_after = False
page.doc.setCurrentIndex(page.doc.findData("plan"))
page.export()
del page
assert started.wait(20)
if sys.argv[3] == "close_file":
    w.close_file()
else:
    QTimer.singleShot(50, w.close)
QTimer.singleShot(200, app.quit)
app.exec()
print("written before the end:", out.exists(), flush=True)
"""


@pytest.mark.parametrize("how", ["close_file", "close_window"])
def test_closing_while_a_pdf_is_made_waits_quietly(demo_path, tmp_path, how):
    out = tmp_path / "plan.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-c", _PROGRAM, str(demo_path), str(out), how],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "RuntimeError" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert "written before the end: True" in r.stdout
    assert out.read_bytes().startswith(b"%PDF")
