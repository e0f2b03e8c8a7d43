"""A write-protected file (no write access to it or its folder, e.g. a colleague's
share): it opens read-only with a Danish banner, a keystroke in the matrix stores
nothing, and the file's bytes are unchanged.

Tests run as root here, where ``os.access`` always says yes, so the permission
answer is faked at the one place the program asks it."""
from __future__ import annotations

import hashlib
import os

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from kompetence_desktop.storage import tilbudfile
from kompetence_desktop.ui.models.matrix_model import MatrixModel

from .helpers import record_warnings


@pytest.fixture
def no_write_access(monkeypatch, demo_path):
    real = os.access

    def access(path, mode, *a, **k):
        if mode & os.W_OK and os.fspath(path) in (os.fspath(demo_path), os.fspath(demo_path.parent)):
            return False
        return real(path, mode, *a, **k)

    monkeypatch.setattr(tilbudfile.os, "access", access)
    return demo_path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_storage_opens_it_read_only_for_permissions(no_write_access):
    f = tilbudfile.open_file(no_write_access)
    try:
        assert f.readonly and f.readonly_reason == "permissions"
    finally:
        f.close()


def test_window_says_so_and_a_keystroke_stores_nothing(no_write_access, qtbot, monkeypatch):
    from .helpers import open_window

    warned = []
    record_warnings(monkeypatch, warned)
    before = _digest(no_write_access)
    w = open_window(qtbot, no_write_access)
    try:
        assert w.banner.isVisible()
        assert "skriveadgang" in w.banner.text()
        page = w.show_page("matrix")
        m = page.model
        idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
        page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        page.view.setFocus()
        value = m.data(idx, MatrixModel.CellValueRole)
        qtbot.keyClick(page.view, Qt.Key.Key_1 if value != 1 else Qt.Key.Key_2)
        assert m.data(idx, MatrixModel.CellValueRole) == value
        assert w.ctx.undo_stack.count() == 0
    finally:
        w.close_file()
    assert _digest(no_write_access) == before
