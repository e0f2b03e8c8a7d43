"""Uddannelsesplan page: create, edit, delete activities through the dialog's
widgets; filters; budget; reassessment offered when gennemført; undo."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog
from kompetence_desktop.ui.models.activities import ActivitiesModel
from kompetence_desktop.ui.pages.uddannelsesplan import BudgetModel, UddannelsesplanPage

from .helpers import answer_yes, drive, no_warnings, page_for


def test_models_pass_modeltester(ctx, qtmodeltester, qtbot):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    qtmodeltester.check(p.model)
    qtmodeltester.check(p.proxy)
    qtmodeltester.check(p.budget_model)
    qtmodeltester.check(p.goals_model)
    heads = [p.model.headerData(c, Qt.Horizontal) for c in range(9)]
    assert heads == ["Medarbejdere", "Formål", "Uddannelsesaktivitet", "Læringsunderstøttende aktiviteter",
                     "Læringsmål og succeskriterier", "Tidsplan", "Ansvar", "Ressourceforbrug", "Status"]


def test_create_edit_delete_activity(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    n0 = len(ctx.repo.plan.activities())
    emps = [e for e in ctx.repo.staff.employees() if e.is_active(dt.date(2026, 11, 23))][:2]
    comp = ctx.repo.matrix.competences()[4]

    def fill(d: ActivityDialog):
        d.title.setText("Førstehjælp – kursus")
        d.purpose.setPlainText("Sikkerhed på nattevagt")
        d.start_date.setText("12-02-2027")
        d.end_date.setText("13/2/2027")
        d.price.setText("1.234,50")
        d.funded.setChecked(False)
        d.category.setCurrentIndex(d.category.findData("prioriterede"))
        d.knowledge_sharing.setPlainText("Oplæg på personalemøde")
        d.followup_date.setText("01.05.2027")
        d.set_participants([e.id for e in emps])
        d.set_competences([comp.id])

    drive(monkeypatch, ActivityDialog, fill)
    aid = p.add_activity()
    acts = ctx.repo.plan.activities()
    assert len(acts) == n0 + 1
    a = next(x for x in acts if x.id == aid)
    assert a.title == "Førstehjælp – kursus" and a.price_ore == 123450 and not a.funded
    assert a.start_date == dt.date(2027, 2, 12) and a.end_date == dt.date(2027, 2, 13)
    assert a.followup_date == dt.date(2027, 5, 1) and a.category == "prioriterede"
    assert a.participant_ids == sorted(e.id for e in emps) and a.competence_ids == [comp.id]
    # shown, Danish money, and in the budget as not funded
    row = p.model.row_of_id(aid)
    assert p.model.index(row, ActivitiesModel.COL_PRICE).data() == "1.234,50 kr."
    b2027 = [r for r in p.budget_model.rows if r.year == 2027 and r.category == "prioriterede"][0]
    assert b2027.unfunded_ore >= 123450

    # edit: select it, change title and status
    assert p.select_id(p.view, p.model.IdRole, aid)
    drive(monkeypatch, ActivityDialog, lambda d: d.title.setText("Førstehjælp, praktisk"))
    p.edit_selected()
    assert next(x for x in ctx.repo.plan.activities() if x.id == aid).title == "Førstehjælp, praktisk"
    ctx.undo_stack.undo()
    assert next(x for x in ctx.repo.plan.activities() if x.id == aid).title == "Førstehjælp – kursus"
    ctx.undo_stack.redo()

    # delete, and undo brings it back with its links
    answer_yes(monkeypatch)
    p.select_id(p.view, p.model.IdRole, aid)
    p.delete_selected()
    assert all(x.id != aid for x in ctx.repo.plan.activities())
    ctx.undo_stack.undo()
    back = next(x for x in ctx.repo.plan.activities() if x.id == aid)
    assert back.participant_ids == sorted(e.id for e in emps) and back.competence_ids == [comp.id]


def test_invalid_input_is_refused_at_the_field(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    no_warnings(monkeypatch)
    dlg = ActivityDialog(p.employees, p.competences, parent=p)
    qtbot.addWidget(dlg)
    dlg.title.setText("Kursus")
    dlg.start_date.setText("31.02.2027")
    dlg.accept()
    assert dlg.result_fields is None
    assert dlg.start_date.error.text() == "Datoen findes ikke."
    dlg.start_date.setText("01.03.2027")
    dlg.price.setText("mange penge")
    dlg.accept()
    assert dlg.result_fields is None and "1.234,50" in dlg.price.error.text()
    dlg.price.setText("2.000")
    dlg.accept()
    assert dlg.result_fields["price_ore"] == 200000


def test_filters(ctx, qtbot):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    total = p.proxy.rowCount()
    p.f_status.setCurrentIndex(p.f_status.findData("gennemfoert"))
    assert 0 < p.proxy.rowCount() < total
    assert all(p.proxy.index(r, 0).data(p.model.RowRole).status == "gennemfoert" for r in range(p.proxy.rowCount()))
    p.f_status.setCurrentIndex(0)
    p.f_year.setCurrentIndex(p.f_year.findData(2027))
    assert all(p.proxy.index(r, 0).data(p.model.RowRole).start_date.year == 2027 for r in range(p.proxy.rowCount()))
    p.f_year.setCurrentIndex(0)
    ole = next(e for e in ctx.repo.staff.employees() if e.initials == "PM")
    p.f_employee.setCurrentIndex(p.f_employee.findData(ole.id))
    assert p.proxy.rowCount() >= 1
    assert all(ole.id in p.proxy.index(r, 0).data(p.model.RowRole).participant_ids for r in range(p.proxy.rowCount()))


def test_marking_gennemfoert_offers_reassessment(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    krap = next(a for a in ctx.repo.plan.activities() if a.title.startswith("KRAP"))
    answer_yes(monkeypatch)
    drive(monkeypatch, ActivityDialog, lambda d: d.status.setCurrentIndex(d.status.findData("gennemfoert")))
    e, c = krap.participant_ids[0], krap.competence_ids[0]
    drive(monkeypatch, LevelGridDialog, lambda d: d.set_value((e, c), 5))
    p.select_id(p.view, p.model.IdRole, krap.id)
    p.edit_selected()
    assert next(a for a in ctx.repo.plan.activities() if a.id == krap.id).status == "gennemfoert"
    assert ctx.repo.matrix.current_cells()[(e, c)] == 5
    row = ctx.repo.matrix.cell_row(e, c, "leder", dt.date(2026, 11, 23))
    assert row is not None and row[1] == 5
    ctx.undo_stack.undo()  # the reassessment
    assert ctx.repo.matrix.cell_row(e, c, "leder", dt.date(2026, 11, 23)) is None


def test_organisational_goal(ctx, qtbot, monkeypatch):
    from kompetence_desktop.ui.dialogs.goal_dialog import GoalDialog

    p = page_for(UddannelsesplanPage, ctx, qtbot)
    n0 = p.goals_model.rowCount()

    def fill(d):
        d.fields["knowledge"].setPlainText("Fælles sprog om recovery")
        d.fields["support"].setPlainText("Tid på personalemøder")

    drive(monkeypatch, GoalDialog, fill)
    p.add_goal()
    goals = [g for g in ctx.repo.records.learning_goals() if g.employee_id is None]
    assert any(g.knowledge == "Fælles sprog om recovery" for g in goals)
    assert p.goals_model.rowCount() == n0 + 1
    answer_yes(monkeypatch)
    p.goals_view.selectRow(p.goals_model.rowCount() - 1)
    gid = p._goal().id
    p.delete_goal()
    assert all(g.id != gid for g in ctx.repo.records.learning_goals())


def test_readonly_disables_editing(demo_path, qtbot):
    from .helpers import make_ctx

    c = make_ctx(demo_path, readonly=True)
    p = UddannelsesplanPage(c)
    qtbot.addWidget(p)
    assert all(not b.isEnabled() for b in p._edit_buttons)
    c.file.close()


def test_budget_model_rows(ctx, qtbot, qtmodeltester):
    m = BudgetModel()
    from kompetence_desktop.domain.overview import budget

    m.set_rows(budget(ctx.repo.plan.activities()))
    qtmodeltester.check(m)
    total = [r for r in range(m.rowCount()) if m.index(r, BudgetModel.COL_CATEGORY).data() == "I alt"]
    assert total and m.index(total[0], BudgetModel.COL_FUNDED).data().endswith(" kr.")
