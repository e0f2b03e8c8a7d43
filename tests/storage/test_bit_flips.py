"""Single flipped bits anywhere in the demo file (beyond SQLite's 100-byte
header), at 120 seeded places: ``kompetence check``, ``kompetence export-plan``
and the window's open path each either work or say in Danish that the file is
damaged — never a traceback, never an exit other than 0, 1 or 2, never a
changed file — and the window agrees with ``check``: a file ``check`` calls
damaged is never written to by the window, and one ``check`` reads is opened."""
from __future__ import annotations

import random

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage.tilbudfile import ReadOnlyError

from .safety_helpers import sha

FLIPS = 120
SEED = 14


def _places(size: int) -> list[tuple[int, int]]:
    rnd = random.Random(SEED)
    return [(rnd.randrange(100, size), rnd.randrange(8)) for _ in range(FLIPS)]


@pytest.fixture(scope="module")
def flip_window(qapp):
    """One main window for every flip, as a leader would open file after file."""
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings(read_only=True), start_page="matrix", auto_backup=False)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_file()
    w.deleteLater()


def _run_cli(capsys, *args) -> tuple[int, str]:
    code = cli.main(list(args))
    _out, err = capsys.readouterr()
    return code, err


def _open_in_window(w, qtbot, path) -> str:
    """The window's open path: open (start page = the matrix), then the whole check
    that runs after the first paint. Returns "writable", "read-only" or "refused"."""
    if not w.open_path(path, quiet=True):
        return "refused"
    f = w.ctx.file
    w.show_page("overblik")
    w.repaint()  # the paint after which the window checks the whole file
    qtbot.waitUntil(lambda: w.ctx is None or f.integrity_checked, timeout=10_000)
    if w.ctx is None:
        return "refused"
    try:
        with f.atomic():
            pass  # an empty transaction: no byte changes, but only a sound file allows it
    except ReadOnlyError:
        return "read-only"
    return "writable"


@pytest.mark.slow
def test_single_bit_flips_are_read_or_refused_in_danish_and_never_written(
        demo_template, tmp_path, capsys, qtbot, flip_window, monkeypatch):
    monkeypatch.setattr("kompetence_desktop.ui.main_window.QMessageBox.warning",
                        lambda *a, **k: pytest.fail(f"a dialog in a quiet open: {a[2] if len(a) > 2 else a}"))
    original = demo_template.read_bytes()
    problems = []
    damaged = 0
    for i, (pos, bit) in enumerate(_places(len(original))):
        data = bytearray(original)
        data[pos] ^= 1 << bit
        p = tmp_path / f"flip-{i}.kompetence"
        p.write_bytes(bytes(data))
        before = sha(p)
        pdf = tmp_path / f"flip-{i}.pdf"

        check, check_err = _run_cli(capsys, "check", str(p))
        export, export_err = _run_cli(capsys, "export-plan", str(p), "-o", str(pdf))
        window = _open_in_window(flip_window, qtbot, p)
        flip_window.close_file()
        window_err = capsys.readouterr().err

        where = f"byte {pos} bit {bit}"
        damaged += check == 2
        for what, code, err in (("check", check, check_err), ("export-plan", export, export_err)):
            if code not in (0, 1, 2):
                problems.append(f"{where}: {what} exit {code}: {err}")
            if "Traceback" in err or "Uventet fejl" in err:
                problems.append(f"{where}: {what}: {err}")
            if code == 2 and "beskadiget" not in err and "kompetencefil" not in err:
                problems.append(f"{where}: {what} exit 2 without the damaged message: {err}")
        if "Traceback" in window_err:
            problems.append(f"{where}: window: {window_err}")
        if check == 2 and window == "writable":
            problems.append(f"{where}: check says damaged, the window would write")
        if check in (0, 1) and window == "refused":
            problems.append(f"{where}: check reads it, the window refuses it: {window_err}")
        if window == "refused" and window_err.strip() and "beskadiget" not in window_err \
                and "kompetencefil" not in window_err:
            problems.append(f"{where}: window refused without the damaged message: {window_err}")
        if (export == 0) != pdf.exists():
            problems.append(f"{where}: export-plan exit {export} but PDF written: {pdf.exists()}")
        if sha(p) != before:
            problems.append(f"{where}: the file changed")
        p.unlink()
        pdf.unlink(missing_ok=True)
    assert problems == []
    assert damaged >= 10  # the seeded places do hit rows, indexes and page structure
