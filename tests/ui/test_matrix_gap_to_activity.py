"""Matrix red cell → the Uddannelsesplan's activity dialog, pre-filled for that
employee and competence; stored only on OK, as one undoable edit."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _red_cell(page, qtbot):
    m = page.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL + 1)
    page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    return m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole)


def _when_dialog(qtbot, steps):
    def go():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ActivityDialog):
            QTimer.singleShot(20, go)
            return
        qtbot.waitExposed(dlg)
        try:
            steps(dlg)
        finally:
            if dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, go)


def test_activity_dialog_prefilled_and_stored_on_ok(matrix, qtbot):
    e, c = _red_cell(matrix, qtbot)
    comp = next(x for x in matrix.ctx.repo.matrix.competences() if x.id == c)
    emp = matrix.ctx.repo.staff.employee(e)
    repo = matrix.ctx.repo
    before = {a.id for a in repo.plan.activities()}
    seen = {}

    def steps(dlg):
        seen["title"] = dlg.title.text()
        seen["people"] = dlg.people.checked_ids()
        seen["comps"] = dlg.comps.checked_ids()
        seen["purpose"] = dlg.purpose.toPlainText()
        seen["stored_while_open"] = {a.id for a in repo.plan.activities()} - before
        dlg.schedule.setText("Forår 2027")  # the leader completes the rest
        qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, steps)
    qtbot.mouseClick(matrix.activity_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == f"Kompetenceløft: {comp.name}"
    assert seen["people"] == [e] and seen["comps"] == [c]
    assert emp.initials in seen["purpose"]
    assert seen["stored_while_open"] == set()  # nothing stored before OK
    new = [a for a in repo.plan.activities() if a.id not in before]
    assert len(new) == 1
    a = new[0]
    assert a.participant_ids == [e] and a.competence_ids == [c] and a.schedule == "Forår 2027"
    assert a.status == "planlagt"
    assert "uddannelsesplanen" in matrix.window().statusBar().currentMessage()
    assert matrix.window().current_page_key() == "matrix"  # the leader stays in the matrix
    matrix.window().undo()  # one undoable edit
    assert {x.id for x in repo.plan.activities()} == before


def test_cancel_stores_nothing(matrix, qtbot):
    _red_cell(matrix, qtbot)
    n = len(matrix.ctx.repo.plan.activities())
    _when_dialog(qtbot, lambda dlg: dlg.reject())
    assert matrix.offer_activity() is None
    assert len(matrix.ctx.repo.plan.activities()) == n
