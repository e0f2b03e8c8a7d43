"""Scrolling the 200 × 150 matrix, timed per step, beside a bare-Qt floor
measured in the same process ("scrolling the matrix stays smooth").

    QT_QPA_PLATFORM=offscreen python tests/perf/scroll_bench.py [FILE] [--steps N] [--json OUT]
                                                                 [--profile N]

Without FILE it makes one with ``kompetence demo --staff 200 --competences
150 --seed 1`` in a temporary folder. Opens it in the real main window on the
Matrix page at 1366×768 (offscreen), waits until every cell is loaded, and
then times scroll steps: one step moves the scroll bar by a fixed amount
(down: 5 rows = 120 px; right: 3 employee columns = 126 px; both: the two
at once, as a diagonal drag), then repaints synchronously what the user sees
move: the table's viewport and both headers (``repaint()``: painted before
it returns; every visible cell is painted, the worst case). At the end of
the range the direction turns, so every step really scrolls. The rows
marked * time the same steps as the event loop runs them: the scroll, then
``processEvents()``, where Qt moves the already painted pixels and paints
only the strip that came into view (what a user scrolling sees).

The floor is a plain QTableView over a C++ QStandardItemModel with the same
rows, columns, texts, backgrounds, centring, header titles, section sizes
and viewport size as the matrix (no Python runs per cell). Floor and matrix
steps alternate, so a busy machine slows both alike.

Prints median and p90 wall-clock ms per step for each direction, the
ratio to the floor, the same for the thread's CPU time (less disturbed by
other processes on a busy machine), and the load average. ``--profile N`` runs N more matrix steps under
cProfile and prints the top functions by own time.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROW_STEP = 5  # rows per vertical step
COL_STEP = 3  # employee columns per horizontal step


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p * (len(s) - 1))))]


def make_file(folder: Path) -> Path:
    path = folder / "scroll.kompetence"
    subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", "demo", str(path),
                    "--staff", "200", "--competences", "150", "--seed", "1"],
                   check=True, capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return path


class Stepper:
    """Moves a view's scroll bars by fixed steps, turning at the ends, and repaints synchronously."""

    def __init__(self, view, dy: int, dx: int, sync: bool = True):
        self.view = view
        self.dy, self.dx = dy, dx
        self.sy = self.sx = 1
        self.sync = sync
        self.painted = 0
        if not sync:
            _PAINTS.watch(view.viewport())

    @staticmethod
    def _move(bar, step: int, sign: int) -> int:
        if step == 0:
            return sign
        v = bar.value() + sign * step
        if v > bar.maximum() or v < bar.minimum():
            sign = -sign
            v = bar.value() + sign * step
        bar.setValue(max(bar.minimum(), min(bar.maximum(), v)))
        return sign

    def step(self) -> None:
        v = self.view
        self.sy = self._move(v.verticalScrollBar(), self.dy, self.sy)
        self.sx = self._move(v.horizontalScrollBar(), self.dx, self.sx)
        if self.sync:
            v.viewport().repaint()
            v.verticalHeader().viewport().repaint()
            v.horizontalHeader().viewport().repaint()
        else:
            from PySide6.QtWidgets import QApplication

            before = _PAINTS.count.get(id(v.viewport()), 0)
            QApplication.processEvents()  # Qt scrolls what it can and paints only what came into view
            self.painted += _PAINTS.count.get(id(v.viewport()), 0) > before


class _PaintCounter:
    """Counts Paint events per widget (made a QObject event filter on first use)."""

    def __init__(self):
        self.count: dict[int, int] = {}
        self._filter = None

    def watch(self, widget) -> None:
        if self._filter is None:
            from PySide6.QtCore import QEvent, QObject

            counts = self.count

            class F(QObject):
                def eventFilter(self, obj, ev):
                    if ev.type() == QEvent.Type.Paint:
                        counts[id(obj)] = counts.get(id(obj), 0) + 1
                    return False

            self._filter = F()
        widget.installEventFilter(self._filter)


_PAINTS = _PaintCounter()


def build_floor(model, view, row_h: int, col_w: int):
    """A QTableView over a QStandardItemModel holding what the matrix shows."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    rows, cols = model.rowCount(), model.columnCount()
    sm = QStandardItemModel(rows, cols)
    disp, bg, al = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole
    for r in range(rows):
        for c in range(cols):
            idx = model.index(r, c)
            it = QStandardItem(model.data(idx, disp) or "")
            b = model.data(idx, bg)
            if b is not None:
                it.setBackground(b)
            if model.data(idx, al) is not None:
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            sm.setItem(r, c, it)
    sm.setHorizontalHeaderLabels([model.headerData(c, Qt.Orientation.Horizontal, disp) or "" for c in range(cols)])
    sm.setVerticalHeaderLabels([model.headerData(r, Qt.Orientation.Vertical, disp) or "" for r in range(rows)])
    fv = QTableView()
    fv.setModel(sm)
    fv.setWordWrap(False)
    fv.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    fv.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    for h, size in ((fv.verticalHeader(), row_h), (fv.horizontalHeader(), col_w)):
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        h.setDefaultSectionSize(size)
    hh = view.horizontalHeader()
    for c in range(cols):
        if hh.sectionSize(c) != col_w:
            fv.horizontalHeader().resizeSection(c, hh.sectionSize(c))
    fv.verticalHeader().setFixedWidth(view.verticalHeader().width())
    fv.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
    fv.setFixedSize(view.size())
    cur = view.currentIndex()  # the matrix has a current (selected) cell: so has the floor
    if cur.isValid():
        fv.setCurrentIndex(sm.index(cur.row(), cur.column()))
    return fv, sm


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", help="a .kompetence file (default: make the 200 × 150 demo)")
    ap.add_argument("--steps", type=int, default=60, help="timed steps per direction (each for matrix and floor)")
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="then profile N more matrix steps (both directions) and print the top functions")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    tmp = tempfile.TemporaryDirectory(prefix="kompetence-scroll-")
    # settings and recent files go to a throwaway folder, never the user's own
    os.environ.setdefault("KOMPETENCE_DATA_DIR", str(Path(tmp.name) / "data"))
    path = Path(args.file) if args.file else make_file(Path(tmp.name))

    from PySide6.QtWidgets import QApplication

    from kompetence_desktop.app import make_app
    from kompetence_desktop.ui.pages.matrix import EMPLOYEE_COL_WIDTH, ROW_HEIGHT

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from edit_bench import open_matrix_window

    app = make_app()
    opened = open_matrix_window(path)
    if opened is None:
        return 2
    win, page = opened
    view, model = page.view, page.model

    floor, _floor_model = build_floor(model, view, ROW_HEIGHT, EMPLOYEE_COL_WIDTH)
    floor.show()
    for _ in range(20):
        QApplication.processEvents()

    dirs = {"down": (ROW_STEP * ROW_HEIGHT, 0, True), "right": (0, COL_STEP * EMPLOYEE_COL_WIDTH, True),
            "both": (ROW_STEP * ROW_HEIGHT, COL_STEP * EMPLOYEE_COL_WIDTH, True),
            # as the event loop does it: scroll the backing store, paint only the newly shown strip
            "down*": (ROW_STEP * ROW_HEIGHT, 0, False), "right*": (0, COL_STEP * EMPLOYEE_COL_WIDTH, False)}
    res: dict[str, dict[str, list[float]]] = {}
    for name, (dy, dx, sync) in dirs.items():
        steppers = {"matrix": Stepper(view, dy, dx, sync), "floor": Stepper(floor, dy, dx, sync)}
        for st in steppers.values():  # start each direction from the top left, warmed up
            st.view.verticalScrollBar().setValue(0)
            st.view.horizontalScrollBar().setValue(0)
            for _ in range(3):
                st.step()
        times = {k: [] for k in steppers}
        cpu = {k: [] for k in steppers}
        for _ in range(args.steps):
            for k, st in steppers.items():  # alternate matrix and floor
                t, c = time.perf_counter(), time.thread_time()
                st.step()
                cpu[k].append((time.thread_time() - c) * 1000)
                times[k].append((time.perf_counter() - t) * 1000)
            QApplication.processEvents()  # what queued up between steps is not part of a step
        res[name] = {"wall": times, "cpu": cpu}
        if not sync and steppers["matrix"].painted < args.steps // 2:
            sys.stderr.write(f"{name}: the matrix was painted in only {steppers['matrix'].painted} steps\n")

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    out = {"file": str(path), "steps": args.steps, "window": "1366x768",
           "viewport": f"{view.viewport().width()}x{view.viewport().height()}",
           "rows": model.rowCount(), "columns": model.columnCount(),
           "loadavg": [round(x, 2) for x in load], "cores": os.cpu_count(), "directions": {}}
    print(f"matrix {model.rowCount()} rows × {model.columnCount()} columns, viewport {out['viewport']}, "
          f"{args.steps} steps per direction; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} cores")
    print(f"{'step':<7}{'matrix med':>11}{'p90':>7}{'floor med':>11}{'p90':>7}{'× floor':>9}"
          f"   |  CPU ms: {'matrix':>7}{'floor':>7}{'× floor':>9}")
    for name, r in res.items():
        times, cpu = r["wall"], r["cpu"]
        m_med, m_p90 = statistics.median(times["matrix"]), pct(times["matrix"], 0.9)
        f_med, f_p90 = statistics.median(times["floor"]), pct(times["floor"], 0.9)
        mc, fc = statistics.median(cpu["matrix"]), statistics.median(cpu["floor"])
        ratio = m_med / f_med if f_med else float("nan")
        cratio = mc / fc if fc else float("nan")
        out["directions"][name] = {"matrix_median_ms": round(m_med, 3), "matrix_p90_ms": round(m_p90, 3),
                                   "floor_median_ms": round(f_med, 3), "floor_p90_ms": round(f_p90, 3),
                                   "ratio": round(ratio, 3), "matrix_cpu_median_ms": round(mc, 3),
                                   "floor_cpu_median_ms": round(fc, 3), "cpu_ratio": round(cratio, 3)}
        print(f"{name:<7}{m_med:>11.2f}{m_p90:>7.2f}{f_med:>11.2f}{f_p90:>7.2f}{ratio:>9.2f}"
              f"   |          {mc:>7.2f}{fc:>7.2f}{cratio:>9.2f}")

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        st = Stepper(view, *dirs["both"][:2])
        prof.enable()
        for _ in range(args.profile):
            st.step()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)

    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    floor.close()
    win.close_file()
    win.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
