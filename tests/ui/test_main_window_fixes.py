"""QA fixes in the main window: a failed Åbn keeps the open file, Gem kopi som
never writes over a file in use, user text is never read as markup."""
from __future__ import annotations

import json
import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kompetence_desktop.ui.models.matrix_model import MatrixModel

from .mainwin_fixtures import window  # noqa: F401


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    return shown


def _type_in_matrix(window, qtbot, key=Qt.Key.Key_4):
    page = window.show_page("matrix")
    m = page.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
    page.view.setCurrentIndex(idx)
    page.view.setFocus()
    qtbot.keyClick(page.view, key)
    e, c = m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole)
    return window.ctx.repo.current_cells().get((e, c))


# --- Åbn: the open file stays open when the new one can't be opened --------------------

def test_failed_open_keeps_the_current_file_open_and_editable(window, demo_path, tmp_path, warnings, qtbot):
    bad = tmp_path / "ødelagt.kompetence"
    bad.write_bytes(os.urandom(4096))
    assert window.open_path(bad) is False
    assert len(warnings) == 1 and "ødelagt.kompetence" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert window.ctx is not None and window.ctx.file.path == demo_path
    assert not window.ctx.readonly
    assert window.nav.isEnabled() and window.stack.currentWidget() is not window.welcome
    assert _type_in_matrix(window, qtbot, Qt.Key.Key_4) == 4


def test_failed_open_of_a_missing_file_keeps_the_current_file(window, demo_path, tmp_path, warnings):
    assert window.open_path(tmp_path / "findes-ikke.kompetence") is False
    assert warnings and window.ctx is not None and window.ctx.file.path == demo_path


def test_opening_another_file_closes_the_first_and_releases_its_lock(window, demo_path, empty_path):
    from kompetence_desktop.storage import locking

    assert window.open_path(empty_path, quiet=True)
    assert window.ctx.file.path == empty_path and not window.ctx.readonly
    assert locking.read_owner(demo_path) is None  # the demo was closed (lock released)
    assert window.open_path(empty_path, quiet=True)  # opening the open file again: still writable
    assert not window.ctx.readonly


# --- Gem kopi som: never over a file in use ----------------------------------------------

def _save_copy_to(window, monkeypatch, dest):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    return window.save_copy_as()


def test_copy_refuses_a_file_another_computer_has_open(window, empty_path, monkeypatch, warnings):
    from kompetence_desktop.storage import locking

    lock = locking.lock_path(empty_path)
    lock.write_text(json.dumps({"host": "kontor-pc", "pid": 4242, "user": "bo",
                                "since": time.time(), "token": "abc"}), "utf-8")
    before = empty_path.read_bytes()
    assert _save_copy_to(window, monkeypatch, empty_path) is False
    assert len(warnings) == 1
    assert "Kopien er ikke gemt" in warnings[0] and "bo på kontor-pc" in warnings[0]
    assert empty_path.read_bytes() == before
    assert json.loads(lock.read_text("utf-8"))["token"] == "abc"  # their lock untouched


def test_copy_refuses_a_file_open_in_this_program(window, empty_path, monkeypatch, warnings):
    from kompetence_desktop.storage.tilbudfile import open_file

    other = open_file(empty_path)  # held by this process, like a second window
    try:
        before = empty_path.read_bytes()
        assert _save_copy_to(window, monkeypatch, empty_path) is False
        assert warnings and "åben her" in warnings[0]
        assert empty_path.read_bytes() == before
    finally:
        other.close()


def test_copy_to_a_free_name_writes_a_whole_copy_and_leaves_no_lock(window, tmp_path, monkeypatch, warnings):
    from kompetence_desktop.storage import locking
    from kompetence_desktop.storage.tilbudfile import open_file

    dest = tmp_path / "kopi.kompetence"
    assert _save_copy_to(window, monkeypatch, dest) is True
    assert not warnings
    assert locking.read_owner(dest) is None
    f = open_file(dest, readonly=True)
    try:
        assert f.conn.execute("SELECT COUNT(*) FROM employees").fetchone()[0] > 0
    finally:
        f.close()
