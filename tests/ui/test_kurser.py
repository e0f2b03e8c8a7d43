"""Obligatoriske kurser: grid status against the frozen today, a completion
recorded for several employees in one go, course types created/edited/deleted."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from kompetence_desktop.ui.dialogs.completion_dialog import CompletionDialog
from kompetence_desktop.ui.dialogs.course_type_dialog import CourseTypeDialog
from kompetence_desktop.ui.models.courses import CourseGridModel
from kompetence_desktop.ui.pages.kurser import KurserPage

from ..conftest import FROZEN_TODAY as TODAY
from .helpers import answer_yes, drive, no_warnings, page_for


def test_grid_models(ctx, qtbot, qtmodeltester):
    p = page_for(KurserPage, ctx, qtbot)
    qtmodeltester.check(p.grid)
    qtmodeltester.check(p.types)
    statuses = {p.grid.index(r, c).data(CourseGridModel.StatusRole)
                for r in range(p.grid.rowCount()) for c in range(1, p.grid.columnCount())}
    assert {"forfalden", "snart", "ok", "aldrig_taget"} <= statuses
    # the word is in the cell, not only the colour
    pm = p.grid.row_of_employee(next(e.id for e in ctx.repo.staff.employees() if e.initials == "PM"))
    assert p.grid.index(pm, 1).data() == "Aldrig taget"
    overdue = [p.grid.index(r, c).data() for r in range(p.grid.rowCount()) for c in range(1, p.grid.columnCount())
               if p.grid.index(r, c).data(CourseGridModel.StatusRole) == "forfalden"]
    assert overdue and all(t.startswith("Forfalden ") for t in overdue)


def test_record_completion_for_a_selection(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)
    brand = next(c for c in ctx.repo.plan.course_types() if c.name == "Brand – e-læring")
    col = p.grid.column_of_course(brand.id)
    sel = p.grid_view.selectionModel()
    rows = [r for r in range(p.grid.rowCount())
            if p.grid.index(r, col).data(CourseGridModel.StatusRole) in ("forfalden", "aldrig_taget")]
    assert len(rows) >= 3
    sel.setCurrentIndex(p.grid.index(rows[0], col), QItemSelectionModel.NoUpdate)
    for r in rows:
        sel.select(p.grid.index(r, col), QItemSelectionModel.Select)
    chosen = [p.grid.index(r, 0).data(CourseGridModel.EmployeeIdRole) for r in rows]
    n0 = len(ctx.repo.plan.completions())

    def fill(d: CompletionDialog):
        assert d.course.currentData() == brand.id
        assert sorted(d.checked_ids()) == sorted(chosen)
        d.day.setText("23.11.2026")

    drive(monkeypatch, CompletionDialog, fill)
    p.record_completion()
    comps = ctx.repo.plan.completions()
    assert len(comps) == n0 + len(chosen)
    new = [c for c in comps if c.completed_on == TODAY and c.course_type_id == brand.id]
    assert sorted(c.employee_id for c in new) == sorted(chosen)
    for r in rows:
        assert p.grid.index(r, col).data(CourseGridModel.StatusRole) == "ok"
        assert p.grid.index(r, col).data() == "OK til 23.11.2027\ntaget 23.11.2026"
    ctx.undo_stack.undo()
    assert len(ctx.repo.plan.completions()) == n0
    ctx.undo_stack.redo()
    assert len(ctx.repo.plan.completions()) == n0 + len(chosen)


def test_team_button_and_future_date_refused(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)
    no_warnings(monkeypatch)
    staff = [e for e in ctx.repo.staff.employees() if e.is_active(TODAY)]
    teams = ctx.repo.staff.teams()
    d = CompletionDialog([c for c in ctx.repo.plan.course_types()], staff, teams, None, (), p)
    qtbot.addWidget(d)
    d._check(lambda e: e.team_id == teams[0].id, keep=True)
    assert sorted(d.checked_ids()) == sorted(e.id for e in staff if e.team_id == teams[0].id)
    d.day.setText("24.11.2026")
    d.accept()
    assert d.result_fields is None and d.day.error.text() == "Datoen kan ikke ligge ud i fremtiden."


def test_course_types_create_edit_delete(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)

    def fill(d):
        d.name.setText("Hygiejne – e-læring")
        d.rule.setCurrentIndex(d.rule.findData("interval"))
        d.months.setValue(36)

    drive(monkeypatch, CourseTypeDialog, fill)
    p.add_course()
    ct = next(c for c in ctx.repo.plan.course_types() if c.name == "Hygiejne – e-læring")
    assert ct.rule == "interval" and ct.months == 36
    assert p.grid.column_of_course(ct.id) > 0
    p.types_view.selectRow(p.types.row_of_id(ct.id))
    drive(monkeypatch, CourseTypeDialog, lambda d: d.rule.setCurrentIndex(d.rule.findData("once")))
    p.edit_course()
    ct = next(c for c in ctx.repo.plan.course_types() if c.id == ct.id)
    assert ct.rule == "once" and ct.months is None
    answer_yes(monkeypatch)
    p.types_view.selectRow(p.types.row_of_id(ct.id))
    p.delete_course()
    assert all(c.id != ct.id for c in ctx.repo.plan.course_types())


def test_insert_basis_1_on_a_new_tilbud(empty_path, qtbot, monkeypatch):
    from .helpers import make_ctx, no_warnings

    c = make_ctx(empty_path)
    p = page_for(KurserPage, c, qtbot)
    assert p.defaults_btn.isVisible()
    p.insert_defaults()
    names = [x.name for x in c.repo.plan.course_types()]
    assert "Brand – e-læring" in names and len(names) == 5
    shown = no_warnings(monkeypatch)
    p.insert_defaults()  # nothing twice, and no empty undo step
    assert len(c.repo.plan.course_types()) == 5
    assert "findes allerede" in shown[0][2]
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert c.repo.plan.course_types() == []
    c.file.close()


def test_delete_latest_completion(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)
    answer_yes(monkeypatch)
    idx = p.grid.index(0, 1)
    p.grid_view.selectionModel().select(idx, QItemSelectionModel.ClearAndSelect)
    n0 = len(ctx.repo.plan.completions())
    p.delete_latest_completion()
    assert len(ctx.repo.plan.completions()) == n0 - 1
    ctx.undo_stack.undo()
    assert len(ctx.repo.plan.completions()) == n0
