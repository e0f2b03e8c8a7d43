"""The matrix behaves like Excel: typing edits the current cell only, Ctrl+Enter
fills the selection, F2 and a double-click open an editor, *Forventet niveau*
changes only on purpose, paste aligns a block copied with the template's blank
category rows and takes the Danish level names, every ignored key is told,
and a gap already covered by a planned activity shows it."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kompetence_desktop.domain import rules
from kompetence_desktop.domain.rules import NOT_RELEVANT
from kompetence_desktop.operations.records import AddRecord
from kompetence_desktop.ui import commands
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

def _at(page, comp_index, emp_index):
    m = page.model
    return m.index(m.competence_rows()[comp_index], MatrixModel.FIRST_EMPLOYEE_COL + emp_index)


def _current(page, idx):
    page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _block(page, tl, br):
    page.view.selectionModel().setCurrentIndex(tl, QItemSelectionModel.SelectionFlag.NoUpdate)
    page.view.selectionModel().select(QItemSelection(tl, br), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _stored(page, idx):
    m = page.model
    key = (m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole))
    return page.ctx.repo.matrix.current_cells().get(key)


def _said(page):
    said = []
    page.ctx.status.connect(said.append)
    return said


def _expected(page, row):
    cid = page.model.competence_at(row).id
    return next(c.expected_level for c in page.ctx.repo.matrix.competences() if c.id == cid)


def test_typing_with_a_block_selected_sets_only_the_current_cell(matrix, qtbot):
    tl, br = _at(matrix, 0, 0), _at(matrix, 3, 3)
    before = dict(matrix.ctx.repo.matrix.current_cells())
    _block(matrix, tl, br)
    new = 2 if _stored(matrix, tl) != 2 else 3
    qtbot.keyClick(matrix.view, Qt.Key.Key_0 + new)
    after = matrix.ctx.repo.matrix.current_cells()
    key = (matrix.model.data(tl, MatrixModel.EmployeeIdRole), matrix.model.data(tl, MatrixModel.CompetenceIdRole))
    assert after[key] == new
    assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in before.items() if k != key}
    # the block stays selected, ready for Ctrl+Enter
    assert len(matrix.view.selectionModel().selectedIndexes()) == 16


def test_ctrl_enter_fills_the_selection_as_one_undo_step(window, matrix, qtbot):
    tl, br = _at(matrix, 0, 0), _at(matrix, 3, 3)
    _block(matrix, tl, br)
    qtbot.keyClick(matrix.view, Qt.Key.Key_4)
    n = matrix.ctx.undo_stack.count()
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    m = matrix.model
    for r in range(tl.row(), br.row() + 1):
        for c in range(tl.column(), br.column() + 1):
            if m.row_kind(r) == MatrixModel.ROW_COMPETENCE:
                assert _stored(matrix, m.index(r, c)) == 4
    assert matrix.ctx.undo_stack.count() == n + 1
    assert window.current_page_key() == "matrix"  # Ctrl+Enter no longer leaves the page
    cells = sum(1 for r in range(tl.row(), br.row() + 1) if m.row_kind(r) == MatrixModel.ROW_COMPETENCE) * 4
    assert window.undo_action.text() == f"Fortryd: Ændr {cells} vurderinger"


def test_ctrl_shift_enter_opens_the_employee(window, matrix, qtbot):
    idx = _at(matrix, 0, 2)
    _current(matrix, idx)
    emp = matrix.model.employee_at(idx.column())
    _ctrl_shift_enter(matrix.view)
    assert window.current_page_key() == "medarbejder"
    assert window.page("medarbejder").employee_id == emp.id


def _editor(page):
    eds = [w for w in page.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    return eds[0] if eds else None


def test_f2_opens_an_editor_that_takes_a_level_name(matrix, qtbot):
    idx = _at(matrix, 1, 1)
    _current(matrix, idx)
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    ed = _editor(matrix)
    assert ed is not None
    ed.setText("ekspert")
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    assert _stored(matrix, idx) == 5
    assert _editor(matrix) is None


def test_double_click_opens_the_editor_and_escape_changes_nothing(matrix, qtbot):
    idx = _at(matrix, 2, 1)
    before = _stored(matrix, idx)
    matrix.view.scrollTo(idx)
    pos = matrix.view.visualRect(idx).center()
    qtbot.mouseClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(matrix.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    ed = _editor(matrix)
    assert ed is not None
    ed.setText("1")
    qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert _stored(matrix, idx) == before


def test_ignored_keys_say_why(matrix, qtbot):
    idx = _at(matrix, 0, 0)
    _current(matrix, idx)
    before = dict(matrix.ctx.repo.matrix.current_cells())
    said = _said(matrix)
    qtbot.keyClick(matrix.view, Qt.Key.Key_6)
    qtbot.keyClick(matrix.view, Qt.Key.Key_A)
    assert matrix.ctx.repo.matrix.current_cells() == before
    assert len(said) == 2
    assert "6" in said[0] and "1–5" in said[0]
    assert "a" in said[1] and "1–5" in said[1]


def test_keys_leave_the_expected_level_alone_f2_changes_it(window, matrix, qtbot):
    m = matrix.model
    row = m.competence_rows()[0]
    exp = _expected(matrix, row)
    idx = m.index(row, MatrixModel.COL_EXPECTED)
    _current(matrix, idx)
    said = _said(matrix)
    new = 2 if exp != 2 else 3
    qtbot.keyClick(matrix.view, Qt.Key.Key_0 + new)
    assert _expected(matrix, row) == exp
    assert said and "Forventet niveau" in said[-1] and "F2" in said[-1]
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    ed = _editor(matrix)
    assert ed is not None
    ed.setText(str(new))
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    assert _expected(matrix, row) == new
    name = m.competence_at(row).name
    assert window.undo_action.text().replace("&&", "&") == f"Fortryd: Forventet niveau for {name}"


def test_ctrl_home_lands_on_the_first_employee_cell(matrix, qtbot):
    _current(matrix, _at(matrix, 4, 3))
    qtbot.keyClick(matrix.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    cur = matrix.view.currentIndex()
    assert cur.column() == MatrixModel.FIRST_EMPLOYEE_COL
    assert cur.row() == matrix.model.competence_rows()[0]


def _template_column(page, first_row, last_row, value_of):
    """One employee's column as copied from the template: a blank line for each category row."""
    m = page.model
    return "\n".join("" if m.row_kind(r) == MatrixModel.ROW_HEADER else str(value_of(r))
                     for r in range(first_row, last_row + 1))


def test_paste_of_a_template_column_with_blank_category_rows_lands_on_the_right_rows(matrix, qtbot):
    m = matrix.model
    value_of = lambda r: (r % 5) + 1  # each row its own value, so a shift shows
    last = m.rowCount() - 1
    text = _template_column(matrix, 0, last, value_of)  # starts with the first category's blank row
    col = MatrixModel.FIRST_EMPLOYEE_COL + 2
    _current(matrix, m.index(m.competence_rows()[0], col))
    said = _said(matrix)
    assert matrix.paste(text) == len(m.competence_rows())
    for r in m.competence_rows():
        assert _stored(matrix, m.index(r, col)) == value_of(r)
    assert said and said[-1].startswith(f"Indsat {len(m.competence_rows())} vurderinger")


def test_paste_with_blank_rows_that_fit_no_category_is_refused_with_a_reason(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()
    first_cat = m.competence_at(rows[0]).category
    in_first = [r for r in rows if m.competence_at(r).category == first_cat]
    # one value per competence of the first two categories, a blank line in the middle of the first
    n = len(in_first) + 3
    lines = ["3"] * n
    lines.insert(1, "")
    col = MatrixModel.FIRST_EMPLOYEE_COL
    _current(matrix, m.index(rows[0], col))
    before = dict(matrix.ctx.repo.matrix.current_cells())
    said = _said(matrix)
    assert matrix.paste("\n".join(lines)) == 0
    assert matrix.ctx.repo.matrix.current_cells() == before
    assert said and "Intet er indsat" in said[-1] and "tomme rækker" in said[-1]


def test_paste_takes_danish_level_names_and_tells_what_it_skipped(matrix, qtbot):
    m = matrix.model
    col = MatrixModel.FIRST_EMPLOYEE_COL + 1
    _current(matrix, m.index(m.competence_rows()[0], col))
    said = _said(matrix)
    QApplication.clipboard().setText("Øvet udøver\nEKSPERT\nnybegynder\n-\nKompetent udøver\nmåske\n7")
    qtbot.keyClick(matrix.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    got = [_stored(matrix, m.index(r, col)) for r in m.competence_rows()[:5]]
    assert got == [3, 5, 1, NOT_RELEVANT, 4]
    msg = said[-1]
    assert msg.startswith("Indsat 5 vurderinger")
    assert "2 celler sprunget over" in msg and "»måske«" in msg and "»7«" in msg


def test_activity_button_on_an_orange_gap(matrix, qtbot):
    m = matrix.model
    row = next(r for r in m.competence_rows() if m.competence_at(r).expected_level >= 2)
    idx = m.index(row, MatrixModel.FIRST_EMPLOYEE_COL)
    _current(matrix, idx)
    qtbot.keyClick(matrix.view, Qt.Key.Key_0 + m.competence_at(row).expected_level - 1)
    assert m.data(idx, MatrixModel.GapClassRole) == rules.GAP_ONE
    assert not matrix.activity_button.isHidden()


def test_a_gap_with_a_planned_activity_shows_a_mark_and_names_it(matrix, qtbot):
    m = matrix.model
    row = next(r for r in m.competence_rows() if m.competence_at(r).expected_level >= 3)
    idx = m.index(row, MatrixModel.FIRST_EMPLOYEE_COL + 1)
    _current(matrix, idx)
    qtbot.keyClick(matrix.view, Qt.Key.Key_1)
    emp, comp = m.employee_at(idx.column()), m.competence_at(row)
    assert m.data(idx, MatrixModel.PlannedRole) is None
    commands.push(matrix.ctx, AddRecord("activity", {"title": "Kursus i KRAP", "status": "planlagt"},
                                        participants=[emp.id], competences=[comp.id]), "Ny aktivitet")
    QApplication.processEvents()
    assert m.data(idx, MatrixModel.PlannedRole) == ["Kursus i KRAP"]
    assert m.data(idx, Qt.ItemDataRole.DecorationRole) is not None
    assert "Kursus i KRAP" in m.data(idx, Qt.ItemDataRole.ToolTipRole)
    # a cancelled activity is no plan
    aid = next(a.id for a in matrix.ctx.repo.plan.activities() if a.title == "Kursus i KRAP")
    from kompetence_desktop.operations.records import UpdateRecord

    commands.push(matrix.ctx, UpdateRecord("activity", aid, {"status": "aflyst"}), "Aflys")
    QApplication.processEvents()
    assert m.data(idx, MatrixModel.PlannedRole) is None


def test_the_expected_levels_menu_offers_its_editor(matrix):
    m = matrix.model
    idx = m.index(m.competence_rows()[0], MatrixModel.COL_EXPECTED)
    menu = matrix._cell_menu(idx)
    (act,) = menu.actions()
    assert act.text().startswith("Ændr forventet niveau…")
    act.trigger()
    assert _editor(matrix) is not None
