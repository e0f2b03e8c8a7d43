"""One matrix edit as a user makes it, timed: key press on the table →
stored in the file (one committed transaction) → the changed cells repainted.

    QT_QPA_PLATFORM=offscreen python tests/perf/edit_bench.py FILE [--edits N]

Opens FILE (e.g. 200 staff × 150 competences) in the real main window on the
Matrix page, waits until everything has loaded, then for N different cells:
puts the cursor there, presses a digit (QTest.keyClick on the table: the
edit is stored and committed inside the key press) and runs the event loop
until the table's viewport has been painted (Qt repaints only what changed,
as it would for the user). Each edit is checked in the file with a separate
connection. Prints the first edit, the p90, the time inside the stored
transaction (Repo.set_cells, mostly the fsync'd commit) and, as the LAST
line, the median in ms (what tests/perf/bench.py reads).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time


def open_matrix_window(path):
    """The real main window on ``path`` at 1366×768 on the Matrix page, every cell
    loaded and the deferred integrity check done: (window, matrix page), or None."""
    from PySide6.QtWidgets import QApplication

    from kompetence_desktop.ui.main_window import MainWindow

    win = MainWindow(start_page="matrix")
    if not win.open_path(str(path), quiet=True):
        return None
    win.resize(1366, 768)
    win.show()
    page = win.show_page("matrix")
    model = page.model
    deadline = time.perf_counter() + 10
    while (model.partial or not win.ctx.file.integrity_checked) and time.perf_counter() < deadline:
        QApplication.processEvents()
    model.complete()
    for _ in range(20):
        QApplication.processEvents()
    return win, page


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--edits", type=int, default=30)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kompetence_desktop.app import make_app
    from kompetence_desktop.domain.rules import NOT_RELEVANT
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.ui.models.matrix_model import MatrixModel

    app = make_app()
    opened = open_matrix_window(args.file)
    if opened is None:
        return 2
    win, page = opened
    view, model = page.view, page.model
    view.setFocus()

    # cells spread over the visible part of the matrix, each a different (row, column)
    rows = model.competence_rows()
    first_col, last_col = MatrixModel.FIRST_EMPLOYEE_COL, model.col_vulnerability - 1
    visible_rows = [r for r in rows if view.rowViewportPosition(r) + 24 < view.viewport().height()] or rows
    visible_cols = [c for c in range(first_col, last_col + 1)
                    if view.columnViewportPosition(c) + 40 < view.viewport().width()] or [first_col]
    cells = [(visible_rows[i % len(visible_rows)], visible_cols[(i * 7) % len(visible_cols)])
             for i in range(args.edits)]

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                Painted.seen = True
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)

    def settle():
        for _ in range(50):
            QApplication.processEvents()

    stored = []
    orig_set_cells = Repo.set_cells

    def timed_set_cells(self, *a, **k):
        t = time.perf_counter()
        try:
            return orig_set_cells(self, *a, **k)
        finally:
            stored.append((time.perf_counter() - t) * 1000)

    Repo.set_cells = timed_set_cells

    check = sqlite3.connect(f"file:{os.path.abspath(args.file)}?mode=ro", uri=True)
    times = []
    for r, c in cells:
        idx = model.index(r, c)
        view.setCurrentIndex(idx)
        settle()  # the cursor move is painted before the clock starts
        old = model.data(idx, MatrixModel.CellValueRole)
        new = 1 if old is None or old is NOT_RELEVANT else old % 5 + 1
        Painted.seen = False
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key(Qt.Key.Key_0 + new), Qt.KeyboardModifier.NoModifier)
        while not Painted.seen and time.perf_counter() - t0 < 1.0:
            QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        # stored: the latest leader assessment of that cell in the file is the new level
        emp, comp = model.employee_at(c), model.competence_at(r)
        row = check.execute(
            "SELECT level FROM assessments WHERE employee_id = ? AND competence_id = ? AND source = 'leder' "
            "ORDER BY assessed_on DESC, id DESC LIMIT 1", (emp.id, comp.id)).fetchone()
        if (row is None or row[0] != new or model.data(idx, MatrixModel.CellValueRole) != new
                or not Painted.seen):
            sys.stderr.write(f"edit of ({r}, {c}) not stored/shown: file {row}, model "
                             f"{model.data(idx, MatrixModel.CellValueRole)}, wanted {new}\n")
            return 1
    check.close()
    # leave the file as it was: undo every edit (also exercises undo)
    while win.ctx.undo_stack.canUndo():
        win.ctx.undo_stack.undo()
    win.close_file()
    print(f"first edit ms: {times[0]:.2f}")
    print(f"p90 ms: {sorted(times)[int(len(times) * 0.9) - 1]:.2f}")
    print(f"stored (Repo.set_cells incl. commit) median ms: {statistics.median(stored):.2f}")
    print(f"{statistics.median(times):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
