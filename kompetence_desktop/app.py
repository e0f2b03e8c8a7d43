"""Start-up of the desktop program: arguments, QApplication, Danish
translations, the main window.

Cold start matters: nothing here, and nothing the first painted
page needs, imports matplotlib, reportlab, numpy or sqlite_utils. Those load
on first use or in a QTimer after the first paint.

    kompetence-desktop [FIL]             open FIL (or the last file)
    kompetence-desktop --demo            open a fresh copy of the demo
    kompetence-desktop --smoke FIL       open, paint the matrix once, print ms, exit 0
    kompetence-desktop --screenshots DIR [FIL]   a PNG of every page at 1366×768
    kompetence-desktop --selftest        try the installation on the demo, offscreen (selftest.py)

--smoke and --screenshots are test runs: they read the leader's settings but
never write them (no recent or last file, no window geometry), take no
backups and open the leader's file read-only (never upgraded, never
written). A demo copy (--demo, or --screenshots without FIL) lives in a
temporary folder that is deleted when it is closed or the program ends; it is
never the last or a recent file and gets no backup. A demo folder that a killed
program left behind is deleted by a later start (after its first paint) once it
is a day old, not open, and holds nothing the leader saved there.
"""
from __future__ import annotations

import time

#: when this module started loading (the --smoke timer counts from here, like the floor script)
T0 = time.perf_counter()

import argparse
import gc
import os
import sys
from pathlib import Path


def _process_age_ms() -> float:
    """Milliseconds since this module started loading — the same clock the
    bare-Qt floor script (tests/perf/bare_qt.py) uses, so the two compare."""
    return (time.perf_counter() - T0) * 1000.0


class _ArgParser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write(f"kompetence-desktop: ugyldige argumenter ({message})\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _ArgParser(prog="kompetence-desktop", description="Kompetence Desktop – kompetenceudvikling for et socialt tilbud.")
    p.add_argument("file", nargs="?", metavar="FIL", help="kompetencefil der skal åbnes")
    p.add_argument("--demo", action="store_true", help="åbn en frisk kopi af demotilbuddet")
    p.add_argument("--smoke", action="store_true", help="åbn, tegn matrixen én gang, udskriv millisekunder og afslut")
    p.add_argument("--screenshots", metavar="MAPPE", help="gem et billede af hver side (1366×768) i MAPPE")
    p.add_argument("--selftest", action="store_true",
                   help="afprøv installationen på demotilbuddet (usynligt) og afslut med 0, hvis alt virker")
    return p


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line. The usual ones — nothing, a file, ``--demo``,
    ``--smoke FIL`` — are read directly: building the argparse parser costs
    ≈ 3 ms of a cold start (its gettext look-ups load ``locale``).
    Anything else (``--help``, ``--screenshots``, a mistake) goes to argparse,
    which gives the same result for the simple ones (tests/test_app_args.py)."""
    simple = {"file": None, "demo": False, "smoke": False, "screenshots": None, "selftest": False}
    for arg in argv:
        if arg in ("--demo", "--smoke"):
            simple[arg[2:]] = True
        elif arg.startswith("-") or simple["file"] is not None:
            return build_parser().parse_args(argv)
        else:
            simple["file"] = arg
    return argparse.Namespace(**simple)


def _demo_copy() -> Path:
    """A fresh demo tilbud in a temporary folder, with last year's plan archived."""
    from .operations.files import make_demo_copy
    from .reports.plan import render_plan

    return make_demo_copy(render_plan)


def _install_danish(app) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    tr = QTranslator(app)
    if tr.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(tr)
    app._kd_translator = tr  # keep it alive


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("KompetenceDesktop")
    app.setApplicationDisplayName(APP_NAME)
    from .ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    _install_danish(app)
    return app


class _FirstPaint:
    """Event filter: calls ``done`` at the first Paint event of a widget."""

    def __init__(self, widget, done):
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint and not outer.fired:
                    outer.fired = True
                    done()
                return False

        self.fired = False
        self.filter = Filter(widget)
        widget.installEventFilter(self.filter)


def take_screenshots(window, out_dir: Path) -> list[Path]:
    """A PNG of every page of the left-hand list, at 1366×768."""
    from PySide6.QtWidgets import QApplication

    from .ui.pages import PAGES

    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    window.show()
    written = []
    for i, (key, _title, _spec) in enumerate(PAGES):
        window.show_page(key)
        for _ in range(5):
            QApplication.processEvents()
        page = window.page(key)
        if hasattr(page, "before_screenshot"):
            page.before_screenshot()
            for _ in range(3):
                QApplication.processEvents()
        p = out_dir / f"{i + 1:02d}-{key}.png"
        window.grab().save(str(p))
        written.append(p)
    return written


def _preload_before_qt() -> None:
    """Import the Qt-free modules the first paint needs *before* PySide6.

    Once PySide6 is loaded, Shiboken hooks every later import: it reads each
    new module's whole source (``inspect.getsource``) to see whether it uses
    PySide6 and its ``__feature__`` switches; loading these first saves ~7 ms
    of a cold start (measured with tests/perf/bench.py).
    """
    import html

    from . import paths, texts
    from .domain import dates, model, rules
    from .storage import locking, repo, tilbudfile
    from .ui import dialogs, models, pages, plaintext  # the Qt-free parts of ui

    for name in ("pwd", "platformdirs"):  # the lock file's user name (POSIX); the settings file's folder
        try:
            __import__(name)
        except ImportError:
            pass


def _pause_gc_until_painted():
    """Python's cyclic garbage collector stays off from here to the first paint
    and returns the function that turns it back on (a no-op if it was off).

    Starting creates hundreds of thousands of long-lived objects (modules,
    classes, Qt's enums) and no garbage cycles worth collecting; the collector
    would walk them again and again (measured ≈ 5 ms of the demo's cold
    start). Reference counting still frees everything else at once, and
    the collector runs as usual from the first paint on."""
    if not gc.isenabled():
        return lambda: None
    gc.disable()
    return gc.enable


def main(argv: list[str] | None = None) -> int:
    resume_gc = _pause_gc_until_painted()
    try:
        return _main(argv, resume_gc)
    finally:
        resume_gc()


def _main(argv: list[str] | None, resume_gc) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from .selftest import run

        return run()
    if "PySide6" not in sys.modules:
        _preload_before_qt()
    if (args.smoke or args.screenshots) and sys.platform.startswith("linux"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless machine
    app = make_app()

    from .ui.settings import LAST_FILE, Settings

    settings = Settings(read_only=bool(args.smoke or args.screenshots))
    settings.hold()  # nothing is written before the first paint; released after it
    path: Path | None = None
    demo: Path | None = None
    gone: str | None = None
    if args.demo or (args.screenshots and not args.file):
        try:
            path = demo = _demo_copy()
        except Exception as exc:  # never a traceback for the user
            sys.stderr.write(f"Demotilbuddet kunne ikke laves: {exc}\n")
            return 2
    elif args.file:
        path = Path(args.file)
    elif not args.smoke:
        last = settings.last_file()
        if last and Path(last).exists():
            path = Path(last)
        elif last:
            # opens on the welcome page with a note; stays in Seneste filer (a USB stick, a network drive)
            gone = last
            settings.set(LAST_FILE, "")
    try:
        return _run(args, app, settings, path, demo, gone, resume_gc)
    finally:
        if demo is not None:
            from .operations.files import discard_demo_copy

            discard_demo_copy(demo)  # the window deletes it on closing; this is for every other way out


def _run(args, app, settings, path: Path | None, demo: Path | None, gone: str | None, resume_gc) -> int:
    """The window, once the file to open is known (``demo``: it is a demo copy;
    ``gone``: the last file, which no longer exists)."""
    from .ui.main_window import MainWindow

    window = MainWindow(settings=settings, start_page="matrix" if args.smoke else None,
                        auto_backup=not settings.read_only)
    # a test run never writes the leader's file (a demo copy of its own is no one's file)
    window.trial_run = bool(args.smoke or args.screenshots) and demo is None

    if args.screenshots:
        # the demo is only the screenshots' data here: opened as a plain file (no demo banner in them)
        if path is None or not window.open_path(path, quiet=True):
            sys.stderr.write("Filen kunne ikke åbnes.\n")
            return 2
        resume_gc()
        shots = take_screenshots(window, Path(args.screenshots))
        for s in shots:
            print(s)
        window.close_file()
        return 0

    if args.smoke:
        if path is None:
            sys.stderr.write("--smoke kræver en fil eller --demo.\n")
            return 2
        if not window.open_path(path, quiet=True):
            return 2  # open_path has said why on stderr, in Danish
        opened = window.ctx.file
        if window.show_page("matrix") is None:
            return 2  # the file turned out damaged while the matrix loaded: told on stderr
        result = {}

        def done():
            result["ms"] = _process_age_ms()
            if os.environ.get("KOMPETENCE_BENCH_CLOCK"):  # system-wide clock for tests/perf/bench.py
                sys.stderr.write(f"first-paint-clock {time.perf_counter():.6f} {time.process_time():.6f}\n")
            resume_gc()
            # the whole check open_path deferred until after the first paint, before quitting
            # (quitting closes the window, and the file with it)
            if window.ctx is not None and window.ctx.file is opened:
                window._verify_integrity(opened, quiet=True)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, app.quit)

        view = window.page("matrix").view.viewport()
        _hook = _FirstPaint(view, done)  # kept alive
        window.resize(1366, 768)
        window.show()
        app.exec()
        # the integrity check open_path deferred until after the first paint
        if window.ctx is not None and window.ctx.file is opened:
            window._verify_integrity(opened, quiet=True)
        if opened.readonly_reason == "damaged":
            return 2  # closed, never written to, and told on stderr
        window.close_file()
        print(f"{result.get('ms', _process_age_ms()):.0f}")
        sys.stdout.flush()
        return 0

    if path is not None:
        window.open_path(path, demo=demo is not None)
    elif gone is not None:
        from . import texts

        window.show_note(texts.LAST_FILE_GONE.format(path=gone))
    window.restore_geometry()
    from .ui.first_paint import after_first_paint

    def painted():
        resume_gc()
        settings.release()  # the last and recent files, written and synced after the first paint
        from .operations.files import sweep_leftovers_in_background

        sweep_leftovers_in_background()  # demo folders and backup copies that killed programs left behind

    after_first_paint(window, painted, fallback_ms=2000)
    from .ui.sigint import close_on_ctrl_c

    close_on_ctrl_c(window)  # Ctrl+C in the terminal: close as Afslut would
    window.show()
    rc = app.exec()
    window.close_file()  # closed already, unless the event loop ended without closing the window
    settings.sync()
    return rc
