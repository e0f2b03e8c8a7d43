"""*Åbn*: the open file stays open when the new one can't be opened; opening
another file closes the first and releases its lock."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt

from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _type_in_matrix(window, qtbot, key=Qt.Key.Key_4):
    page = window.show_page("matrix")
    m = page.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
    page.view.setCurrentIndex(idx)
    page.view.setFocus()
    qtbot.keyClick(page.view, key)
    e, c = m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole)
    return window.ctx.repo.matrix.current_cells().get((e, c))


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


def shown(text) -> str:
    """What Qt shows for a label / tooltip / message text (it guesses rich text)."""
    from PySide6.QtGui import Qt as GuiQt, QTextDocument

    text = text or ""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")
