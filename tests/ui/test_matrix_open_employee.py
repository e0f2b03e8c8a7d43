"""From the matrix to the Medarbejder page (the per-employee view is "reached
from Medarbejdere and from the matrix"), and the keys line of a read-only file."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from kompetence_desktop import texts
from kompetence_desktop.ui.models.matrix_model import MatrixModel



def _ctrl_shift_enter(view):
    """Ctrl+Shift+Enter on the view, then both keys let go: the application keeps the modifiers
    of the last key event it saw (left held, later tests would inherit Ctrl+Shift)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QApplication.sendEvent(view, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, mods))
    QApplication.sendEvent(view, QKeyEvent(QKeyEvent.Type.KeyRelease, Qt.Key.Key_Return, mods))
    QTest.keyClick(view, Qt.Key.Key_Shift)  # through the window system: the modifiers are let go

def _cell(page, emp_index=0, comp_index=0):
    m = page.model
    idx = m.index(m.competence_rows()[comp_index], MatrixModel.FIRST_EMPLOYEE_COL + emp_index)
    page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return idx, m.employee_at(idx.column())


def _shows(window, emp) -> bool:
    page = window.page("medarbejder")
    return (window.current_page_key() == "medarbejder" and page.employee_id == emp.id
            and page.picker.currentData() == emp.id and emp.initials in page.picker.currentText())


def test_cell_context_menu_opens_the_employee(window, matrix):
    idx, emp = _cell(matrix, 2, 1)
    menu = matrix._cell_menu(idx)
    act = menu.actions()[0]
    from kompetence_desktop.ui.keys import native_keys

    assert act.text() == f"Åbn medarbejderen ({emp.initials})\t" + native_keys("Ctrl+Shift+Enter")
    # the other entries are still there
    assert [a.text() for a in menu.actions() if a.text()][1:] == [
        "Opret uddannelsesaktivitet…", "Ikke relevant", "Ryd vurdering"]
    act.trigger()
    assert _shows(window, emp)


def test_ctrl_shift_enter_opens_the_current_columns_employee(window, matrix, qtbot):
    _idx, emp = _cell(matrix, 3, 0)
    _ctrl_shift_enter(matrix.view)
    assert _shows(window, emp)


def test_plain_enter_still_moves_down(window, matrix, qtbot):
    idx, _emp = _cell(matrix, 0, 0)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)
    assert window.current_page_key() == "matrix"
    assert matrix.view.currentIndex().row() > idx.row()


def test_header_double_click_and_menu_open_the_employee(window, matrix, qtbot):
    hh = matrix.view.horizontalHeader()
    col = MatrixModel.FIRST_EMPLOYEE_COL + 1
    emp = matrix.model.employee_at(col)
    x = hh.sectionViewportPosition(col) + hh.sectionSize(col) // 2
    qtbot.mouseDClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _shows(window, emp)

    window.show_page("matrix")
    other = matrix.model.employee_at(col + 1)
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    act = matrix._open_employee_action(menu, col + 1, key_hint=False)
    assert act.text() == f"Åbn medarbejderen ({other.initials})"
    act.trigger()
    assert _shows(window, other)
    # the "Forventet niveau" and "Sårbarhed" headers have no employee: no menu entry
    assert matrix._open_employee_action(QMenu(), MatrixModel.COL_EXPECTED) is None
    assert matrix._open_employee_action(QMenu(), matrix.model.col_vulnerability) is None


def test_ctrl_shift_enter_outside_an_employee_column_says_so(window, matrix, qtbot):
    m = matrix.model
    idx = m.index(m.competence_rows()[0], MatrixModel.COL_EXPECTED)
    matrix.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    said = []
    matrix.ctx.status.connect(said.append)
    _ctrl_shift_enter(matrix.view)
    assert window.current_page_key() == "matrix"
    assert said == [texts.MATRIX_OPEN_EMPLOYEE_NONE]


def test_readonly_file_shows_a_readonly_keys_line(qtbot, demo_path):
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    holder = open_file(demo_path)  # another instance has the file
    try:
        w = MainWindow(settings=Settings())
        qtbot.addWidget(w)
        assert w.open_path(demo_path, quiet=True) and w.ctx.readonly
        page = w.show_page("matrix")
        assert page.hint.text() == texts.MATRIX_HINT_READONLY
        assert "Tast" not in page.hint.text() and "fortryd" not in page.hint.text()
        w.close_file()
    finally:
        holder.close()


def test_keys_line_turns_readonly_when_the_lock_is_lost(window, matrix):
    assert matrix.hint.text() == texts.MATRIX_HINT
    window.ctx.file.readonly = True
    window.ctx.file.readonly_reason = "lock_lost"
    window.ctx.changed.emit("readonly")  # what commands.storage_refused says
    assert matrix.hint.text() == texts.MATRIX_HINT_READONLY
