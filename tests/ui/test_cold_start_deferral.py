"""What the cold start leaves until after the first paint still
holds: a damaged file is never written to and is refused in Danish, and a big
matrix read screen-first shows exactly what a full read shows."""
from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import FileProblem, ReadOnlyError, open_file
from kompetence_desktop.ui.models.matrix_model import MatrixModel

from .helpers import record_warnings


def _damage_inside(path) -> bytes:
    """Scribble over one b-tree page in the middle: the header and the schema stay
    readable, so only PRAGMA quick_check finds it."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    off = (len(data) // page - 2) * page
    data[off + 8:off + 200] = random.Random(3).randbytes(192)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_deferred_check_refuses_every_write_of_a_damaged_file(demo_path):
    damaged = _damage_inside(demo_path)
    with pytest.raises(FileProblem) as e:
        open_file(demo_path)  # the normal open still checks everything at once
    assert e.value.code == "damaged"
    f = open_file(demo_path, defer_integrity=True)
    try:
        assert not f.integrity_checked
        with pytest.raises(ReadOnlyError):  # the first write runs the check and is refused
            Repo(f).profile.set("navn", "Skrevet")
        assert f.readonly and f.readonly_reason == "damaged"
        with pytest.raises(FileProblem):
            f.check_integrity()
    finally:
        f.close()
    assert demo_path.read_bytes() == damaged


def test_deferred_check_passes_a_sound_file(demo_path):
    f = open_file(demo_path, defer_integrity=True)
    try:
        Repo(f).profile.set("navn", "Nyt navn")  # the write runs the check first
        assert f.integrity_checked and not f.readonly
    finally:
        f.close()


def test_window_closes_a_damaged_file_after_the_first_paint_and_says_so(qtbot, demo_path, monkeypatch):
    from kompetence_desktop.ui import main_window as mw
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    damaged = _damage_inside(demo_path)
    told = []
    record_warnings(monkeypatch, told, on=mw.QMessageBox)
    w = MainWindow(settings=Settings(), start_page="matrix")
    qtbot.addWidget(w)
    assert w.open_path(demo_path) is True  # opens at once: the matrix is painted first
    w.show()
    qtbot.waitUntil(lambda: w.ctx is None, timeout=3000)  # then the check closes it
    assert told and "beskadiget" in told[0]
    assert demo_path.read_bytes() == damaged


def test_smoke_refuses_a_file_found_damaged_after_the_paint(tmp_path, demo_path):
    import os
    import subprocess
    import sys

    damaged = _damage_inside(demo_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--smoke", str(demo_path)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 2
    assert "beskadiget" in out.stderr and "Traceback" not in out.stderr
    assert demo_path.read_bytes() == damaged


@pytest.fixture
def big_repo(tmp_path):
    from kompetence_desktop.domain import dates
    from kompetence_desktop.storage.demo import write_demo

    p = tmp_path / "stor.kompetence"
    write_demo(p, staff=120, competences=80, today=dates.today())
    f = open_file(p, readonly=True)
    yield Repo(f)
    f.close()


ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
         MatrixModel.CellValueRole, MatrixModel.SelfValueRole, MatrixModel.GapClassRole)


def _answers(m, rows, cols):
    return {(r, c, int(role)): m.data(m.index(r, c), role) for r in rows for c in cols for role in ROLES}


def test_screen_first_load_shows_what_a_full_load_shows(big_repo):
    full = MatrixModel()
    full.load(big_repo)
    m = MatrixModel()
    m.load(big_repo, first_screen=(30, 20))
    assert m.partial
    # the first screen answers exactly as the full model, without reading the rest
    first = _answers(m, range(30), range(21))
    assert m.partial
    assert first == _answers(full, range(30), range(21))
    changed = []
    m.dataChanged.connect(lambda *a: changed.append(a))
    m.complete()
    assert not m.partial and changed
    every = (range(m.rowCount()), range(m.columnCount()))
    assert _answers(m, *every) == _answers(full, *every)
    assert m.cells == full.cells and m.selfs == full.selfs


def test_screen_first_load_reads_the_rest_when_asked_beyond_the_screen(big_repo):
    m = MatrixModel()
    m.load(big_repo, first_screen=(30, 20))
    far = m.index(m.rowCount() - 1, m.columnCount() - 2)
    full = MatrixModel()
    full.load(big_repo)
    assert m.data(far, MatrixModel.CellValueRole) == full.data(far, MatrixModel.CellValueRole)
    assert not m.partial
    assert m.data(m.index(1, m.col_vulnerability)) in ("Kritisk", "Høj", "Middel", "Lav")


def test_small_matrix_is_read_whole(demo_repo):
    m = MatrixModel()
    m.load(demo_repo, first_screen=(30, 20))
    assert not m.partial  # the demo's staff fit on one screen: nothing to gain
