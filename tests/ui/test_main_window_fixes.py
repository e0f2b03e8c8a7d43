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


# --- user text is shown as typed, never read as markup ----------------------------------

NASTY_TILBUD = 'Bo & <Nord> "x"'
NASTY_EMPLOYEE = "<b>Åse</b>"
NASTY_COMPETENCE = "<i>Samtale</i> & <Nord>"


def shown(text) -> str:
    """What Qt shows for a label / tooltip / message text (it guesses rich text)."""
    from PySide6.QtGui import Qt as GuiQt, QTextDocument

    text = text or ""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


@pytest.fixture
def nasty(qtbot, demo_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    f = open_file(demo_path)
    repo = Repo(f)
    repo.set_profile("navn", NASTY_TILBUD)
    eid = repo.add_employee(NASTY_EMPLOYEE, "ÅSE")
    cid = repo.add_competence("faglige", NASTY_COMPETENCE, 3)
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
    assert w.undo_action.text() == "Fortryd " + f"slet {NASTY_COMPETENCE}".lower().replace("&", "&&")


# --- Overblik on an empty tilbud says something true ----------------------------------------

def test_overblik_on_an_empty_tilbud_does_not_claim_all_is_well(qtbot, empty_path):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(empty_path, quiet=True)
    try:
        page = w.show_page("overblik")
        page.refresh()
        shown_texts = [lw.item(i).text() for lw in page.lists for i in range(lw.count())]
        joined = "\n".join(shown_texts)
        assert "mindst to" not in joined
        assert "har haft MUS" not in joined
        assert "Alle medarbejdere er på forventet niveau" not in joined
        assert "Alle obligatoriske kurser er i orden" not in joined
        assert "Alle aktiviteter er evalueret" not in joined
        assert "Der er endnu ingen medarbejdere." in shown_texts
        assert "Der er endnu ingen kompetencer." in shown_texts
    finally:
        w.close_file()


# --- Kompetencespind: a very long competence name stays inside the chart -------------------

def test_spind_cuts_a_200_character_name_and_shows_it_whole_in_the_tooltip(qtbot, demo_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    long_name = "Kommunikation " + "K" * 186
    f = open_file(demo_path)
    Repo(f).add_competence("faglige", long_name, 3)
    f.close()
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.resize(1366, 768)
    w.show()
    try:
        page = w.show_page("spind")
        page.by_comp.setChecked(True)
        page.redraw()
        fig = page.chart.figure
        ax = fig.axes[0]
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        assert all(len(line) <= 26 for t in ticks for line in t.splitlines())
        cut = [t for t in ticks if t.startswith("Kommunikation")]
        assert len(cut) == 1 and cut[0].endswith("…") and len(cut[0].splitlines()) <= 2
        assert long_name in shown(page.chart.toolTip())
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        W, H = fig.bbox.width, fig.bbox.height
        for t in ax.get_xticklabels():
            bb = t.get_window_extent(r)
            assert bb.x0 >= 0 and bb.x1 <= W and bb.y0 >= 0 and bb.y1 <= H, t.get_text()
    finally:
        w.close_file()
