"""User text is shown as typed, never read as markup: Overblik, the matrix's
tooltips, the lists, the delete question and the undo menu."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kompetence_desktop.ui.models.matrix_model import MatrixModel
from kompetence_desktop.operations import AddRecord

from .helpers import shown


# --- user text is shown as typed, never read as markup ----------------------------------

NASTY_TILBUD = 'Bo & <Nord> "x"'
NASTY_EMPLOYEE = "<b>Åse</b>"
NASTY_COMPETENCE = "<i>Samtale</i> & <Nord>"


@pytest.fixture
def nasty(qtbot, demo_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    f = open_file(demo_path)
    repo = Repo(f)
    repo.profile.set("navn", NASTY_TILBUD)
    eid = AddRecord("employee", {"name": NASTY_EMPLOYEE, "initials": "ÅSE"}).do(repo).created
    cid = AddRecord("competence", {"category": "faglige",
                                   "name": NASTY_COMPETENCE,
                                   "expected_level": 3}).do(repo).created
    f.close()
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.resize(1366, 768)
    w.show()
    yield w, eid, cid
    w.close_file()


def test_overblik_header_shows_the_tilbud_name_as_typed(nasty):
    w, _eid, _cid = nasty
    page = w.show_page("overblik")
    assert NASTY_TILBUD in shown(page.head.text())
    assert shown(page.head.text()).startswith("Overblik – ")
    assert NASTY_TILBUD in w.windowTitle()


def test_matrix_tooltips_show_names_as_typed(nasty):
    from kompetence_desktop.ui.models.matrix_model import MatrixModel

    w, eid, cid = nasty
    page = w.show_page("matrix")
    m = page.model
    col, row = m.column_of_employee(eid), m.row_of_competence(cid)
    head_tip = m.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert shown(head_tip).splitlines()[0] == NASTY_EMPLOYEE
    row_tip = m.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert shown(row_tip).splitlines()[0] == NASTY_COMPETENCE
    cell_tip = m.data(m.index(row, col), Qt.ItemDataRole.ToolTipRole)
    assert shown(cell_tip).splitlines()[:2] == [f"{NASTY_EMPLOYEE} (ÅSE)", NASTY_COMPETENCE]


def test_employee_and_competence_lists_show_names_as_typed(nasty):
    w, _eid, cid = nasty
    emp_page = w.show_page("medarbejdere")
    model = emp_page.model
    r = next(i for i in range(model.rowCount()) if model.data(model.index(i, model.COL_NAME)) == NASTY_EMPLOYEE)
    assert shown(model.data(model.index(r, model.COL_NAME), Qt.ItemDataRole.ToolTipRole)) == NASTY_EMPLOYEE
    comp_page = w.show_page("kompetencer")
    cm = comp_page.model
    hits = [cm.data(cm.index(i, cm.COL_NAME), Qt.ItemDataRole.ToolTipRole) for i in range(cm.rowCount())
            if cm.data(cm.index(i, cm.COL_NAME)) == NASTY_COMPETENCE]
    assert hits and shown(hits[0]) == NASTY_COMPETENCE


def test_delete_question_and_undo_menu_show_names_as_typed(nasty, monkeypatch, qtbot):
    w, _eid, cid = nasty
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    page = w.show_page("kompetencer")
    assert page.delete_competence(cid)
    assert f"»{NASTY_COMPETENCE}«" in shown(asked[0])
    # the undo action: a "&" in the name is not turned into a keyboard shortcut
    assert w.undo_action.text() == "Fortryd: " + f"Slet {NASTY_COMPETENCE}".replace("&", "&&")  # names as typed
