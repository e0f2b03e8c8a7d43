"""``kompetence-desktop --selftest``: does this installation work?

Run from a source checkout or inside the bundle (PyInstaller), it uses
everything a leader's day uses and nothing of the leader's own:

1. writes the demo tilbud into a temporary folder (with last year's plan in
   its MED archive: reportlab and matplotlib);
2. opens it in the main window on Qt's offscreen platform (nothing appears on
   screen) and waits for the matrix's first paint;
3. shows every page of the left-hand list (pages are imported by name, so a
   bundle that lacks one shows it here);
4. imports every module of the program (the dialogs are imported by name too);
5. writes the kompetenceudviklingsplan as PDF and reads it back;
6. writes the matrix as an Excel file and reads it back (openpyxl).

Prints one line per step and exits 0 when all passed; at the first failure it
prints what failed and exits 1. The leader's settings are neither read nor
written, no backup is taken, and the temporary folder is deleted.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

#: how long the window may take to paint before the step fails
PAINT_TIMEOUT_MS = 30_000


class SelftestFailed(Exception):
    """A step found something wrong (its message is Danish)."""


def _say(line: str) -> None:
    print(line)
    sys.stdout.flush()


def _version() -> str:
    from .ui.dialogs.about_dialog import app_version

    return app_version()


def _pdf_pages(data: bytes) -> int:
    """Check that ``data`` is a whole PDF file and count its pages (reportlab
    writes one ``/Type /Page`` object per page)."""
    if not data.startswith(b"%PDF-"):
        raise SelftestFailed("filen begynder ikke som en PDF-fil")
    if b"%%EOF" not in data[-64:]:
        raise SelftestFailed("PDF-filen er ikke skrevet færdig")
    if b"/Type /Catalog" not in data:
        raise SelftestFailed("PDF-filen mangler sit katalog")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages == 0:
        raise SelftestFailed("PDF-filen har ingen sider")
    return pages


def _wait_for_first_paint(app, widget, timeout_ms: int) -> float:
    """Show nothing new; wait until ``widget`` has been painted. Returns the milliseconds waited."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    state = {"painted": False}

    class Filter(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and not state["painted"]:
                state["painted"] = True
                QTimer.singleShot(0, loop.quit)
            return False

    f = Filter(widget)
    widget.installEventFilter(f)
    t0 = time.perf_counter()
    QTimer.singleShot(timeout_ms, loop.quit)
    widget.update()
    if not state["painted"]:
        loop.exec()
    widget.removeEventFilter(f)
    if not state["painted"]:
        raise SelftestFailed(f"matrixen blev ikke tegnet inden for {timeout_ms // 1000} sekunder")
    return (time.perf_counter() - t0) * 1000.0


def _distinct_colours(image, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 8:
                return len(seen)
    return len(seen)


def _settle(app) -> None:
    """Let what a step started (a chart's deferred drawing, ...) run."""
    if app is None:
        return
    for _ in range(5):
        app.processEvents()


def _all_modules() -> list[str]:
    import pkgutil

    import kompetence_desktop

    names = []
    for info in pkgutil.walk_packages(kompetence_desktop.__path__, "kompetence_desktop."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running it would start the program
        names.append(info.name)
    return names


def _steps(folder: Path):
    """The steps, as (what is being checked, function returning the OK line's detail)."""
    from PySide6.QtWidgets import QApplication

    from .app import make_app
    from .domain import dates
    from .operations.files import DEMO_FILE_NAME, write_demo

    state: dict = {}

    def demo():
        from .reports.plan import render_plan

        p = folder / DEMO_FILE_NAME
        write_demo(p, render_plan, today=dates.today())
        state["path"] = p
        return f"demotilbuddet blev skrevet ({p.stat().st_size // 1024} kB)"

    def window():
        from .ui.main_window import MainWindow
        from .ui.settings import Settings

        app = make_app()
        settings = Settings(folder / "indstillinger.ini", read_only=True)
        w = MainWindow(settings=settings, start_page="matrix", auto_backup=False)
        state["window"] = w
        if not w.open_path(state["path"], quiet=True):
            raise SelftestFailed("demotilbuddet kunne ikke åbnes")
        page = w.show_page("matrix")
        view = getattr(page, "view", None)
        if view is None:
            raise SelftestFailed(f"matrixsiden kunne ikke vises ({type(page).__name__})")
        w.resize(1366, 768)
        w.show()
        ms = _wait_for_first_paint(app, view.viewport(), PAINT_TIMEOUT_MS)
        shot = w.grab().toImage()
        if shot.isNull() or _distinct_colours(shot) < 3:
            raise SelftestFailed("vinduet blev tegnet tomt")
        return f"vinduet åbnede demotilbuddet og tegnede matrixen ({ms:.0f} ms)"

    def pages():
        from .ui.pages import PAGES, load_page_class

        w = state["window"]
        for key, title, spec in PAGES:
            shown = w.show_page(key)
            for _ in range(3):
                QApplication.processEvents()
            if not isinstance(shown, load_page_class(spec)):
                raise SelftestFailed(f"siden »{title}« kunne ikke vises")
        w.show_page("matrix")
        return f"alle {len(PAGES)} sider kunne vises"

    def modules():
        import importlib

        names = _all_modules()
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as exc:
                raise SelftestFailed(f"modulet {name} kunne ikke indlæses: {exc}") from exc
        if len(names) < 20:
            raise SelftestFailed(f"kun {len(names)} af programmets moduler blev fundet")
        return f"alle {len(names)} af programmets moduler kunne indlæses"

    def plan_pdf():
        from .reports.plan import render_plan

        out = folder / "plan.pdf"
        out.write_bytes(render_plan(state["window"].ctx.repo.snapshot()))
        data = out.read_bytes()
        n = _pdf_pages(data)
        if n < 2:
            raise SelftestFailed(f"planen har kun {n} side")
        return f"kompetenceudviklingsplanen blev skrevet som PDF og læst igen ({n} sider, {len(data) // 1024} kB)"

    def matrix_xlsx():
        from openpyxl import load_workbook

        from .reports.matrix_xlsx import render_matrix_xlsx

        snap = state["window"].ctx.repo.snapshot()
        out = folder / "matrix.xlsx"
        out.write_bytes(render_matrix_xlsx(snap))
        wb = load_workbook(out, read_only=True)
        rows = sum(1 for _ in wb.worksheets[0].iter_rows())
        wb.close()
        if rows < 3:
            raise SelftestFailed("Excel-filen med matrixen er tom")
        return f"matrixen blev skrevet som Excel-fil og læst igen ({rows} rækker)"

    return [
        ("demotilbuddet", demo),
        ("vinduet", window),
        ("siderne", pages),
        ("programmets moduler", modules),
        ("kompetenceudviklingsplanen (PDF)", plan_pdf),
        ("matrixen (Excel)", matrix_xlsx),
    ], state


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about every window it cannot give size hints
    to; that says nothing about the installation, so it is left out of the report."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def run() -> int:
    """The self-test; returns the exit code (0 passed, 1 failed)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window on the leader's screen
    _quiet_offscreen_warnings()
    _say(f"Selvtest af Kompetence Desktop {_version()}")
    t0 = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="kompetence-selvtest-"))
    state: dict = {}
    # Qt reports an exception raised in a Python slot or event handler through
    # sys.excepthook and carries on; here it must fail the step.
    escaped: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: escaped.append(exc)
    try:
        steps, state = _steps(folder)
        for what, step in steps:
            try:
                detail = step()
                _settle(QApplication.instance())
                if escaped:  # an exception inside a Qt callback (drawing a chart, ...) is a failure too
                    raise escaped[0]
                _say(f"OK    {detail}")
            except Exception as exc:  # every failure is reported, none escapes
                detail = str(exc) if isinstance(exc, SelftestFailed) else f"{type(exc).__name__}: {exc}"
                where = ""
                tb = traceback.extract_tb(exc.__traceback__)
                if tb and not isinstance(exc, SelftestFailed):
                    last = tb[-1]
                    where = f" ({Path(last.filename).name}, linje {last.lineno})"
                sys.stderr.write(f"FEJL  {what}: {detail}{where}\n")
                sys.stderr.write("Selvtesten fejlede.\n")
                sys.stderr.flush()
                return 1
    finally:
        sys.excepthook = previous_hook
        w = state.get("window")
        if w is not None:
            w.close_file()
            w.hide()
            w.deleteLater()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    _say(f"Selvtesten er bestået ({time.perf_counter() - t0:.1f} s).")
    return 0
