"""The matrix driven through real key presses, as a leader uses it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from kompetence_desktop.domain.rules import NOT_RELEVANT
from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _goto(page, emp_index: int, comp_index: int):
    """Put the cursor on the emp_index-th employee column and comp_index-th competence row."""
    m = page.model
    row = m.competence_rows()[comp_index]
    col = MatrixModel.FIRST_EMPLOYEE_COL + emp_index
    idx = m.index(row, col)
    _set_current(page, idx)
    return m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole), idx


def _set_current(page, idx):
    """Move the cursor to one cell, selecting only it (as a plain click does)."""
    page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _value(page, e, c):
    m = page.model
    return m.data(m.index(m.row_of_competence(c), m.column_of_employee(e)), MatrixModel.CellValueRole)


def _select_block(page, top_left, bottom_right):
    sel = QItemSelection(top_left, bottom_right)
    page.view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_type_a_level_stores_todays_leader_assessment(matrix, qtbot):
    e, c, idx = _goto(matrix, 0, 0)
    qtbot.keyClick(matrix.view, Qt.Key.Key_2)
    assert _value(matrix, e, c) == 2
    assert matrix.model.data(idx) == "2"
    repo = matrix.ctx.repo
    assert repo.matrix.current_cells()[(e, c)] == 2
    n = len(repo.matrix.assessments())
    qtbot.keyClick(matrix.view, Qt.Key.Key_5)  # same cell, same day: replaces, no new row
    assert repo.matrix.current_cells()[(e, c)] == 5
    assert len(repo.matrix.assessments()) == n


def test_colour_follows_the_gap(matrix, qtbot):
    from kompetence_desktop.domain import rules

    e, c, idx = _goto(matrix, 1, 0)
    expected = matrix.model.competence_at(idx.row()).expected_level
    qtbot.keyClick(matrix.view, Qt.Key.Key_5)
    assert matrix.model.data(idx, MatrixModel.GapClassRole) == rules.GAP_MEETS
    qtbot.keyClick(matrix.view, Qt.Key.Key_1)
    assert matrix.model.data(idx, MatrixModel.GapClassRole) == (rules.GAP_TWO_PLUS if expected >= 3 else rules.GAP_ONE)


def test_gap_reads_without_colour_vision(matrix, qtbot):
    """Meets / one below / two below differ in lightness (greyscale print, colour-blind
    leaders), and every below-expected number is bold, not only the red ones."""
    from kompetence_desktop.domain import rules

    e, c, idx = _goto(matrix, 1, 0)
    expected = matrix.model.competence_at(idx.row()).expected_level
    assert expected >= 3  # the demo's first competence expects 4
    fonts, greys = {}, {}
    for level, cls in ((expected, rules.GAP_MEETS), (expected - 1, rules.GAP_ONE),
                       (expected - 2, rules.GAP_TWO_PLUS)):
        qtbot.keyClick(matrix.view, getattr(Qt.Key, f"Key_{level}"))
        assert matrix.model.data(idx, MatrixModel.GapClassRole) == cls
        font = matrix.model.data(idx, Qt.ItemDataRole.FontRole)
        fonts[cls] = bool(font and font.bold())
        colour = matrix.model.data(idx, Qt.ItemDataRole.BackgroundRole).color()
        greys[cls] = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    assert fonts == {rules.GAP_MEETS: False, rules.GAP_ONE: True, rules.GAP_TWO_PLUS: True}
    assert greys[rules.GAP_MEETS] - greys[rules.GAP_ONE] >= 20
    assert greys[rules.GAP_ONE] - greys[rules.GAP_TWO_PLUS] >= 20


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0])
def test_delete_backspace_and_zero_clear(matrix, qtbot, key):
    e, c, idx = _goto(matrix, 2, 1)
    qtbot.keyClick(matrix.view, Qt.Key.Key_4)
    qtbot.keyClick(matrix.view, key)
    assert _value(matrix, e, c) is None
    assert matrix.model.data(idx) == ""
    assert matrix.ctx.repo.matrix.current_cells().get((e, c)) is None


def test_minus_marks_not_relevant(matrix, qtbot):
    e, c, idx = _goto(matrix, 3, 2)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Minus)
    assert _value(matrix, e, c) is NOT_RELEVANT
    assert matrix.model.data(idx) == "–"
    assert matrix.ctx.repo.matrix.current_cells()[(e, c)] is NOT_RELEVANT


def test_block_fill(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()[:3]
    tl = m.index(rows[0], MatrixModel.FIRST_EMPLOYEE_COL)
    br = m.index(rows[2], MatrixModel.FIRST_EMPLOYEE_COL + 3)
    _set_current(matrix, tl)
    _select_block(matrix, tl, br)
    qtbot.keyClick(matrix.view, Qt.Key.Key_4)  # the current cell
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the block
    cur = matrix.ctx.repo.matrix.current_cells()
    for r in rows:
        for col in range(MatrixModel.FIRST_EMPLOYEE_COL, MatrixModel.FIRST_EMPLOYEE_COL + 4):
            i = m.index(r, col)
            key = (m.data(i, MatrixModel.EmployeeIdRole), m.data(i, MatrixModel.CompetenceIdRole))
            assert m.data(i, MatrixModel.CellValueRole) == 4
            assert cur[key] == 4
    # the key, then the whole block as one undo step
    assert matrix.ctx.undo_stack.count() == 2


def test_paste_a_block_from_excel(matrix, qtbot):
    m = matrix.model
    e0, c0, idx = _goto(matrix, 0, 0)
    QApplication.clipboard().setText("1\t2\t-\r\n3\t\t5\r\n")
    qtbot.keyClick(matrix.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = m.competence_rows()[:2]
    vals = [[m.data(m.index(r, MatrixModel.FIRST_EMPLOYEE_COL + j), MatrixModel.CellValueRole) for j in range(3)]
            for r in rows]
    assert vals[0] == [1, 2, NOT_RELEVANT]
    assert vals[1][0] == 3 and vals[1][2] == 5
    assert matrix.ctx.undo_stack.count() == 1


def test_paste_skips_category_header_rows(matrix, qtbot):
    m = matrix.model
    # the last competence of the first category, then three rows pasted: they land on competence rows only
    rows = m.competence_rows()
    first_cat = m.competence_at(rows[0]).category
    last_in_cat = max(r for r in rows if m.competence_at(r).category == first_cat)
    m_idx = m.index(last_in_cat, MatrixModel.FIRST_EMPLOYEE_COL)
    _set_current(matrix, m_idx)
    QApplication.clipboard().setText("5\n5\n5")
    qtbot.keyClick(matrix.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    following = [r for r in rows if r >= last_in_cat][:3]
    assert m.row_kind(last_in_cat + 1) == MatrixModel.ROW_HEADER
    for r in following:
        assert m.data(m.index(r, MatrixModel.FIRST_EMPLOYEE_COL), MatrixModel.CellValueRole) == 5


def test_single_value_paste_fills_the_selection(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()[:2]
    tl = m.index(rows[0], 2)
    br = m.index(rows[1], 3)
    _set_current(matrix, tl)
    _select_block(matrix, tl, br)
    QApplication.clipboard().setText("3")
    qtbot.keyClick(matrix.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    for r in rows:
        for col in (2, 3):
            assert m.data(m.index(r, col), MatrixModel.CellValueRole) == 3


def test_copy_a_block_as_tab_separated_text(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()[:2]
    tl = m.index(rows[0], 1)
    br = m.index(rows[1], 2)
    _set_current(matrix, tl)
    _select_block(matrix, tl, br)
    qtbot.keyClick(matrix.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    lines = text.split("\n")
    assert len(lines) == 2 and all(len(ln.split("\t")) == 2 for ln in lines)
    assert lines[0].split("\t")[0] == m.data(m.index(rows[0], 1))


def test_undo_and_redo_with_the_keyboard(window, matrix, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    e, c, idx = _goto(matrix, 0, 3)
    before = _value(matrix, e, c)
    new = 1 if before != 1 else 2
    qtbot.keyClick(matrix.view, Qt.Key.Key_0 + new)
    assert _value(matrix, e, c) == new
    qtbot.keyClick(matrix.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _value(matrix, e, c) == before
    assert matrix.ctx.repo.matrix.current_cells().get((e, c)) == before
    qtbot.keyClick(matrix.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _value(matrix, e, c) == new
    assert matrix.ctx.repo.matrix.current_cells().get((e, c)) == new


def test_undo_a_block_fill_restores_every_cell(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()[:2]
    tl, br = m.index(rows[0], 1), m.index(rows[1], 4)
    before = {(r, c): m.data(m.index(r, c), MatrixModel.CellValueRole) for r in rows for c in range(1, 5)}
    _set_current(matrix, tl)
    _select_block(matrix, tl, br)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Minus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    matrix.window().undo()  # the fill
    matrix.window().undo()  # the key on the current cell
    after = {(r, c): m.data(m.index(r, c), MatrixModel.CellValueRole) for r in rows for c in range(1, 5)}
    assert after == before


def test_values_survive_closing_and_reopening(window, matrix, qtbot, demo_path):
    e1, c1, _ = _goto(matrix, 0, 0)
    qtbot.keyClick(matrix.view, Qt.Key.Key_1)
    e2, c2, _ = _goto(matrix, 1, 1)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Minus)
    e3, c3, _ = _goto(matrix, 2, 2)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Delete)
    window.close_file()
    assert window.open_path(demo_path, quiet=True)
    page = window.show_page("matrix")
    assert _value(page, e1, c1) == 1
    assert _value(page, e2, c2) is NOT_RELEVANT
    assert _value(page, e3, c3) is None


def test_arrows_and_enter_move_and_skip_header_rows(matrix, qtbot):
    m = matrix.model
    rows = m.competence_rows()
    first_cat = m.competence_at(rows[0]).category
    last_in_cat = max(r for r in rows if m.competence_at(r).category == first_cat)
    _set_current(matrix, m.index(last_in_cat, 1))
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)
    assert matrix.view.currentIndex().row() == last_in_cat + 2  # the category header is skipped
    qtbot.keyClick(matrix.view, Qt.Key.Key_Up)
    assert matrix.view.currentIndex().row() == last_in_cat
    qtbot.keyClick(matrix.view, Qt.Key.Key_Tab)
    assert matrix.view.currentIndex().column() == 2


def test_filters_team_category_and_former_staff(matrix):
    m = matrix.model
    all_cols = m.columnCount()
    team_i = 1  # the first team
    matrix.team_box.setCurrentIndex(team_i)
    tid = matrix.team_box.currentData()
    assert m.columnCount() < all_cols
    assert all(m.employee_at(c).team_id == tid for c in range(1, m.col_vulnerability))
    matrix.team_box.setCurrentIndex(0)
    matrix.cat_box.setCurrentIndex(2)  # Sociale
    assert {m.competence_at(r).category for r in m.competence_rows()} == {"sociale"}
    matrix.cat_box.setCurrentIndex(0)
    n_active = m.columnCount()
    matrix.former_box.setChecked(True)
    assert m.columnCount() > n_active  # the demo has a former employee


def test_self_assessment_toggle_shows_differences(matrix):
    m = matrix.model
    matrix.self_box.setChecked(True)
    shown = [m.data(m.index(r, c)) for r in m.competence_rows() for c in range(1, m.col_vulnerability)]
    assert any("(s" in (t or "") for t in shown)
    matrix.self_box.setChecked(False)
    shown = [m.data(m.index(r, c)) for r in m.competence_rows() for c in range(1, m.col_vulnerability)]
    assert not any("(s" in (t or "") for t in shown)


def test_red_cell_offers_a_training_activity(matrix, qtbot, monkeypatch):
    from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog

    e, c, idx = _goto(matrix, 0, 0)
    qtbot.keyClick(matrix.view, Qt.Key.Key_1)  # expected ≥ 3 in the demo's first competence: red
    assert matrix.activity_button.isVisibleTo(matrix)
    seen = {}

    def fill_in(dlg):  # the Uddannelsesplan's dialog, pre-filled for this cell
        seen.update(people=dlg.people.checked_ids(), comps=dlg.comps.checked_ids(), title=dlg.title.text())
        dlg.title.setText("Kursus i målgruppen")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(ActivityDialog, "exec", fill_in)
    n = len(matrix.ctx.repo.plan.activities())
    qtbot.mouseClick(matrix.activity_button, Qt.MouseButton.LeftButton)
    assert seen["people"] == [e] and seen["comps"] == [c] and seen["title"].startswith("Kompetenceløft: ")
    acts = matrix.ctx.repo.plan.activities()
    assert len(acts) == n + 1
    new = next(a for a in acts if a.title == "Kursus i målgruppen")
    assert new.participant_ids == [e] and new.competence_ids == [c]


def test_f2_on_expected_level_changes_the_profile(matrix, qtbot):
    m = matrix.model
    row = m.competence_rows()[0]
    cid = m.competence_at(row).id
    _set_current(matrix, m.index(row, MatrixModel.COL_EXPECTED))
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.keyClicks(matrix._editor, "5")
    qtbot.keyClick(matrix._editor, Qt.Key.Key_Return)
    assert next(c for c in matrix.ctx.repo.matrix.competences() if c.id == cid).expected_level == 5


def test_readonly_matrix_refuses_edits(qtbot, demo_path):
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    holder = open_file(demo_path)  # another "instance" has the file
    try:
        w = MainWindow(settings=Settings())
        qtbot.addWidget(w)
        assert w.open_path(demo_path, quiet=True)
        assert w.ctx.readonly and w.ctx.file.readonly_reason == "locked"
        assert w.banner.isVisibleTo(w) and "skrivebeskyttet" in w.banner.text()
        page = w.show_page("matrix")
        e, c, idx = _goto(page, 0, 0)
        before = _value(page, e, c)
        qtbot.keyClick(page.view, Qt.Key.Key_1 if before != 1 else Qt.Key.Key_2)
        assert _value(page, e, c) == before
        w.close_file()
    finally:
        holder.close()


def test_a_red_cell_does_not_resize_the_matrix(matrix, qtbot):
    """The 'Opret uddannelsesaktivitet…' button appears on a red cell in room kept for it:
    the matrix keeps its size (a resize would repaint every visible cell on each edit)."""
    from kompetence_desktop.domain import rules

    m = matrix.model
    red = green = None
    for row in m.competence_rows():
        for col in range(MatrixModel.FIRST_EMPLOYEE_COL, m.col_vulnerability):
            cls = m.data(m.index(row, col), MatrixModel.GapClassRole)
            if cls == rules.GAP_TWO_PLUS and red is None:
                red = m.index(row, col)
            if cls == rules.GAP_MEETS and green is None:
                green = m.index(row, col)
    assert red is not None and green is not None
    _set_current(matrix, green)
    QApplication.processEvents()
    size = matrix.view.size()
    assert not matrix.activity_button.isVisible()
    _set_current(matrix, red)
    QApplication.processEvents()
    assert matrix.activity_button.isVisible()
    assert matrix.view.size() == size
