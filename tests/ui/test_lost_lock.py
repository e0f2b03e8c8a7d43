"""A file that stops taking writes while open (the lock taken over by another
machine): the window says so in its banner, every edit path shows one
Danish message instead of a traceback, nothing is stored and the undo stack
stays true to the file."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt

from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _first_cell(page):
    m = page.model
    idx = m.index(m.competence_rows()[0], MatrixModel.FIRST_EMPLOYEE_COL)
    page.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.view.setFocus()
    return m.data(idx, MatrixModel.EmployeeIdRole), m.data(idx, MatrixModel.CompetenceIdRole)


def _stored(path, e, c):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM assessments WHERE employee_id=? AND competence_id=?", (e, c)).fetchone()[0]
    finally:
        con.close()


def test_lost_lock_flags_then_matrix_key_press(window, qtbot, warnings):
    page = window.show_page("matrix")
    e, c = _first_cell(page)
    before = page.ctx.repo.matrix.current_cells().get((e, c))
    n_rows = _stored(window.ctx.file.path, e, c)
    assert not window.banner.isVisible()
    window.ctx.file.readonly = True
    window.ctx.file.readonly_reason = "lock_lost"
    qtbot.keyClick(page.view, Qt.Key.Key_1 if before != 1 else Qt.Key.Key_2)
    assert window.banner.isVisible()
    assert "overtaget af en anden computer" in window.banner.text()
    assert len(warnings) == 1 and "ikke gemt" in warnings[0]
    assert page.ctx.repo.matrix.current_cells().get((e, c)) == before
    assert _stored(window.ctx.file.path, e, c) == n_rows
    assert window.ctx.undo_stack.count() == 0
    assert "skrivebeskyttet" in window.windowTitle()
    # a second key press: the status bar says it again, no second box
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert len(warnings) == 1
    assert "ikke gemt" in window.statusBar().currentMessage()


def test_lock_taken_over_during_session(window, qtbot, warnings, monkeypatch):
    """The real thing: the lock handle says it is no longer ours at the next edit."""
    page = window.show_page("matrix")
    e, c = _first_cell(page)
    qtbot.keyClick(page.view, Qt.Key.Key_4)  # a first edit works and is undoable
    assert page.ctx.repo.matrix.current_cells()[(e, c)] == 4
    assert window.ctx.undo_stack.count() == 1
    lock = window.ctx.file.lock
    assert lock is not None
    monkeypatch.setattr(lock, "still_ours", lambda: False)
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert window.ctx.file.readonly_reason == "lock_lost"
    assert page.ctx.repo.matrix.current_cells()[(e, c)] == 4  # what was saved before stays
    assert window.ctx.undo_stack.count() == 1  # the refused edit never reached the stack
    assert window.banner.isVisible() and len(warnings) == 1
    assert not window.undo_action.isEnabled()  # undo would need a write too
    # undo anyway (a stale shortcut): no traceback, the stack drops the command it could not undo
    window.ctx.undo_stack.undo()
    assert page.ctx.repo.matrix.current_cells()[(e, c)] == 4
    assert window.ctx.undo_stack.count() == 0


def test_tilbud_debounced_save_after_lost_lock(window, qtbot, warnings, monkeypatch):
    page = window.show_page("tilbud")
    monkeypatch.setattr(window.ctx.file.lock, "still_ours", lambda: False)
    w = page.fields["adresse"]
    old = window.ctx.repo.profile.texts().get("adresse", "")
    w.setFocus()
    qtbot.keyClicks(w, " ny")
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)  # the debounce fires, the file refuses
    assert len(warnings) == 1 and "overtaget" in warnings[0]
    assert window.banner.isVisible()
    assert w.isReadOnly() and w.text().endswith(" ny")  # what was typed stays on screen
    assert window.ctx.repo.profile.texts().get("adresse", "") == old
    page.fields["leder"].setFocus()
    window.show_page("matrix")  # flushing on hide does not ask again
    assert len(warnings) == 1


def test_staff_and_plan_pages_say_it_in_danish(window, qtbot, warnings, monkeypatch):
    window.ctx.file.readonly, window.ctx.file.readonly_reason = True, "lock_lost"
    staff = window.show_page("medarbejdere")
    eid = window.ctx.repo.staff.employees()[0].id
    assert staff._update(eid, {"job_title": "Ny titel"}, "Rediger") is False
    assert warnings and "overtaget" in warnings[-1]
    from kompetence_desktop.operations import DeleteRecord

    plan = window.show_page("uddannelsesplan")
    act = window.ctx.repo.plan.activities()[0]
    n = len(warnings)
    assert plan.run(DeleteRecord("activity", act.id), "Slet") is False
    assert len(warnings) == n + 1 and "ikke gemt" in warnings[-1]
    assert any(a.id == act.id for a in window.ctx.repo.plan.activities())
    assert window.ctx.undo_stack.count() == 0


def test_sqlite_trouble_is_one_message_and_no_stack_entry(window, qtbot, warnings, monkeypatch):
    page = window.show_page("matrix")
    e, c = _first_cell(page)
    before = page.ctx.repo.matrix.current_cells().get((e, c))

    def boom(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(window.ctx.repo.matrix, "set_cells", boom)
    qtbot.keyClick(page.view, Qt.Key.Key_5 if before != 5 else Qt.Key.Key_4)
    assert len(warnings) == 1 and "kunne ikke gemmes" in warnings[0]
    assert window.ctx.undo_stack.count() == 0
    assert not window.ctx.readonly and not window.banner.isVisible()


def test_lost_lock_greys_out_edit_buttons_on_pages_already_built(window):
    """Pages built while the file was writable stop offering edits once it turns
    read-only (the lock taken over), visible or not."""
    pages = {k: window.show_page(k) for k in ("medarbejdere", "kompetencer", "kurser", "med", "uddannelsesplan",
                                             "medarbejder", "udskrifter")}
    window.show_page("overblik")
    assert pages["medarbejdere"].add_button.isEnabled() and pages["kurser"]._edit_buttons[0].isEnabled()
    window.ctx.file.readonly = True
    window.ctx.file.readonly_reason = "lock_lost"
    window.ctx.changed.emit("readonly")
    for key in pages:
        window.show_page(key)
    assert not pages["medarbejdere"].add_button.isEnabled()
    assert not pages["medarbejdere"].team_button.isEnabled()
    assert not pages["kompetencer"].add_button.isEnabled()
    for key in ("kurser", "med", "uddannelsesplan"):
        assert pages[key]._edit_buttons and not any(b.isEnabled() for b in pages[key]._edit_buttons), key
        assert all(lab.isVisibleTo(pages[key]) for lab in pages[key]._readonly_banners), key
    assert not pages["medarbejder"].add_goal_btn.isEnabled()
    assert not pages["udskrifter"].mark_btn.isEnabled()
