"""The floor: a bare QApplication + QMainWindow with an empty QTableView,
shown and painted once. Quits from the table's first Paint event (on the
offscreen platform a singleShot(0) would quit before anything is painted).

Prints the milliseconds from this script's start to that first paint (and,
with KOMPETENCE_BENCH_CLOCK=1, the system-wide perf_counter() and the
process's CPU time at that paint on stderr, so tests/perf/bench.py can time
process start → first paint).
"""
import time

T0 = time.perf_counter()

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _QuitOnPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - T0) * 1000:.0f}")
            if os.environ.get("KOMPETENCE_BENCH_CLOCK"):  # the system-wide clock, for tests/perf/bench.py
                sys.stderr.write(f"first-paint-clock {time.perf_counter():.6f} {time.process_time():.6f}\n")
            QApplication.instance().quit()
        return False


def main() -> int:
    app = QApplication(sys.argv)
    win = QMainWindow()
    view = QTableView()
    win.setCentralWidget(view)
    win.resize(1366, 768)
    f = _QuitOnPaint()
    view.viewport().installEventFilter(f)
    win.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
