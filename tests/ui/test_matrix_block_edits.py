"""Matrix edits over a selection: Ctrl+Enter over a selection never touches
"Forventet niveau", and one key press / paste / block fill is ONE undo step."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt

from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _expected(page, cid):
    return next(c for c in page.ctx.repo.matrix.competences() if c.id == cid).expected_level


def _row_cells(page, row):
    m = page.model
    cid = m.competence_at(row).id
    cells = page.ctx.repo.matrix.current_cells()
    return {m.employee_at(c).id: cells.get((m.employee_at(c).id, cid))
            for c in range(MatrixModel.FIRST_EMPLOYEE_COL, m.col_vulnerability)}


def _click_row_header(qtbot, page, row):
    vh = page.view.verticalHeader()
    page.view.scrollTo(page.model.index(row, MatrixModel.FIRST_EMPLOYEE_COL))
    qtbot.mouseClick(vh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(10, vh.sectionViewportPosition(row) + 5))


def test_typing_on_a_row_header_selection_leaves_expected_level_alone(window, matrix, qtbot):
    m = matrix.model
    row = m.competence_rows()[0]
    comp = m.competence_at(row)
    exp_before = _expected(matrix, comp.id)
    cells_before = _row_cells(matrix, row)
    _click_row_header(qtbot, matrix, row)
    cols = {i.column() for i in matrix.view.selectionModel().selectedIndexes()}
    assert MatrixModel.COL_EXPECTED in cols  # the whole row is selected, expected level included
    new = 3 if exp_before != 3 else 2
    matrix.view.setFocus()
    # the click put the cursor on the row's first cell; a level typed there, then Ctrl+Enter
    first = m.index(row, MatrixModel.FIRST_EMPLOYEE_COL)
    matrix.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(matrix.view, Qt.Key.Key_0 + new)
    n = matrix.ctx.undo_stack.count()
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _expected(matrix, comp.id) == exp_before
    assert m.data(m.index(row, MatrixModel.COL_EXPECTED)) == str(exp_before)
    assert set(_row_cells(matrix, row).values()) == {new}
    assert matrix.ctx.undo_stack.count() == n + 1
    qtbot.keyClick(matrix.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the fill
    qtbot.keyClick(matrix.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the key
    assert _row_cells(matrix, row) == cells_before
    assert _expected(matrix, comp.id) == exp_before


def test_block_fill_over_four_rows_is_one_undo_step(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()
    top, bottom = rows[0], rows[3]
    exp_before = {c.id: c.expected_level for c in matrix.ctx.repo.matrix.competences()}
    cells_before = dict(matrix.ctx.repo.matrix.current_cells())
    matrix.view.selectionModel().select(
        QItemSelection(m.index(top, 0), m.index(bottom, m.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    matrix.view.selectionModel().setCurrentIndex(m.index(top, MatrixModel.FIRST_EMPLOYEE_COL),
                                                 QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(matrix.view, Qt.Key.Key_2)
    n = matrix.ctx.undo_stack.count()
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert matrix.ctx.undo_stack.count() == n + 1
    assert {c.id: c.expected_level for c in matrix.ctx.repo.matrix.competences()} == exp_before
    for r in rows[:4]:
        assert set(_row_cells(matrix, r).values()) == {2}
    matrix.window().undo()
    matrix.window().undo()
    assert matrix.ctx.repo.matrix.current_cells() == cells_before


def test_keys_and_ctrl_enter_over_the_expected_column_change_nothing(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()[:3]
    cids = [m.competence_at(r).id for r in rows]
    before = {cid: _expected(matrix, cid) for cid in cids}
    cells_before = dict(matrix.ctx.repo.matrix.current_cells())
    sel = QItemSelection()
    for r in rows:
        sel.select(m.index(r, MatrixModel.COL_EXPECTED), m.index(r, MatrixModel.COL_EXPECTED))
    matrix.view.selectionModel().setCurrentIndex(m.index(rows[0], MatrixModel.COL_EXPECTED),
                                                 QItemSelectionModel.SelectionFlag.NoUpdate)
    matrix.view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    n = matrix.ctx.undo_stack.count()
    qtbot.keyClick(matrix.view, Qt.Key.Key_5)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert {cid: _expected(matrix, cid) for cid in cids} == before
    assert matrix.ctx.repo.matrix.current_cells() == cells_before
    assert matrix.ctx.undo_stack.count() == n


def test_pasting_one_value_over_a_row_is_one_step_and_skips_expected(window, matrix, qtbot):
    m = matrix.model
    row = m.competence_rows()[1]
    comp = m.competence_at(row)
    exp_before = _expected(matrix, comp.id)
    _click_row_header(qtbot, matrix, row)
    n = matrix.ctx.undo_stack.count()
    matrix.paste("1")
    assert _expected(matrix, comp.id) == exp_before
    assert set(_row_cells(matrix, row).values()) == {1}
    assert matrix.ctx.undo_stack.count() == n + 1


def test_status_counts_say_one_in_the_singular(matrix, qtbot):
    status = []
    matrix.ctx.status.connect(status.append)
    m = matrix.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
    matrix.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    matrix.copy_selection()
    assert status[-1] == "Kopieret 1 celle"
    matrix.paste("2\tx")
    assert status[-1] == "Indsat 1 vurdering; 1 celle sprunget over (ikke et niveau: »x«)"


def test_paste_status_one_assessment_singular_two_plural(matrix, qtbot):
    status = []
    matrix.ctx.status.connect(status.append)
    m = matrix.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
    matrix.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    matrix.paste("3")
    assert status[-1] == "Indsat 1 vurdering"
    matrix.paste("2\t1")
    assert status[-1] == "Indsat 2 vurderinger"
