"""Ctrl+C in the terminal that started the program closes the window as
*Filer › Afslut* would: open dialogs are closed, the file is closed (its lock
removed), the settings are written.

Python runs a signal handler only between its own bytecodes, and while Qt's
event loop waits for events no Python runs at all: Ctrl+C would stay
unhandled until the next mouse move. A timer that calls into Python a few
times a second lets the handler run; the handler itself only schedules the
close on the event loop (it must not close windows from inside another
callback)."""
from __future__ import annotations

import signal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

#: how often Python gets the chance to notice a Ctrl+C while Qt's loop waits (ms)
WAKE_MS = 200


def request_close(window) -> None:
    """Close what is open, top first, then the main window (as Afslut)."""
    app = QApplication.instance()
    for _ in range(20):  # modal dialogs may stack; each reject returns one level
        w = app.activePopupWidget() or app.activeModalWidget()
        if w is None or w is window:
            break
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()
        if w.isVisible():
            break  # it refused: leave the rest to the second Ctrl+C
    window.close()


def close_on_ctrl_c(window) -> QTimer | None:
    """Install the handler for the life of ``window``. A second Ctrl+C, if the
    first one did not end the program, ends the event loop outright. Returns the
    wake-up timer (None where SIGINT cannot be handled: not the main thread)."""
    state = {"count": 0}

    def later():
        state["count"] += 1
        if state["count"] == 1:
            request_close(window)
        else:
            QApplication.instance().quit()

    def handler(_signum, _frame):
        QTimer.singleShot(0, later)

    try:
        signal.signal(signal.SIGINT, handler)
    except (ValueError, OSError, AttributeError):
        return None
    timer = QTimer(window)
    timer.setObjectName("ctrl-c-wake")
    timer.timeout.connect(lambda: None)  # a Python call: pending signal handlers run here
    timer.start(WAKE_MS)
    return timer
