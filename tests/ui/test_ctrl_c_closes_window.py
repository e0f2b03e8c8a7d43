"""Ctrl+C in the terminal that started the program closes it as Afslut would:
the file is closed (its lock removed), the window's geometry is written, no
traceback. A real process gets a real SIGINT; the dialog case is driven in-process."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix",
                                reason="sends SIGINT to a child process (POSIX)")


def _wait_for(cond, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


def test_ctrl_c_closes_the_window_and_the_file(demo_path, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    ini = data / "indstillinger.ini"
    lock = demo_path.with_name(demo_path.name + ".lock")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, "-m", "kompetence_desktop", str(demo_path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # the last file is written to the settings right after the first paint: the window is up
        assert _wait_for(lambda: ini.is_file() and "sidste" in ini.read_text(encoding="utf-8", errors="replace"), 60), \
            "the window did not come up"
        assert lock.exists()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not lock.exists(), "the file was not closed"
    assert "geometri" in ini.read_text(encoding="utf-8", errors="replace"), "the window was not closed as Afslut"


def test_ctrl_c_closes_an_open_dialog_and_then_the_window(qtbot, demo_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings
    from kompetence_desktop.ui.sigint import request_close

    w = MainWindow(settings=Settings(read_only=True), auto_backup=False)
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.show()
    lock = demo_path.with_name(demo_path.name + ".lock")
    assert lock.exists()
    QTimer.singleShot(200, lambda: request_close(w))
    box = QMessageBox(QMessageBox.Icon.Question, "Spørgsmål", "Vil du?", parent=w)
    QTimer.singleShot(10_000, box.reject)  # never hang the suite if Ctrl+C did not close it
    t0 = time.monotonic()
    box.exec()  # returns only when Ctrl+C has closed it
    assert time.monotonic() - t0 < 5, "the dialog was not closed by Ctrl+C"
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert not box.isVisible()
    assert w.ctx is None, "the file is still open"
    assert not lock.exists()


def test_the_handler_keeps_python_awake_while_qt_waits(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from kompetence_desktop.ui.sigint import WAKE_MS, close_on_ctrl_c

    w = QMainWindow()
    qtbot.addWidget(w)
    previous = signal.getsignal(signal.SIGINT)
    try:
        timer = close_on_ctrl_c(w)
        assert isinstance(timer, QTimer) and timer.isActive() and timer.interval() == WAKE_MS
        assert signal.getsignal(signal.SIGINT) is not previous
    finally:
        signal.signal(signal.SIGINT, previous)
