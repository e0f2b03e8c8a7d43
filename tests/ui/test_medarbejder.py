"""Per-employee page: læringsmål, logbog, MUS and the self-assessment created,
edited and deleted through the widgets; the timeline."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.ui.dialogs.goal_dialog import GoalDialog
from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog
from kompetence_desktop.ui.dialogs.logbook_dialog import LogbookDialog
from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage

from ..conftest import FROZEN_TODAY as TODAY
from .helpers import answer_yes, drive, no_warnings, page_for


def open_employee(ctx, qtbot, initials="OD"):
    """The Medarbejder page on the employee with ``initials``."""
    p = page_for(MedarbejderPage, ctx, qtbot)
    e = next(x for x in ctx.repo.staff.employees() if x.initials == initials)
    p.open_item(e.id)
    return p, e


def test_open_item_shows_status_and_models(ctx, qtbot, qtmodeltester):
    p, e = open_employee(ctx, qtbot)
    assert p.title.text() == e.name
    assert "MUS forfalden" in p.info.text()
    for m in (p.goals, p.logbook, p.mus, p.selfs, p.timeline):
        qtmodeltester.check(m)
    kinds = {p.timeline.rows[i].kind for i in range(p.timeline.rowCount())}
    assert {"MUS", "Obligatorisk kursus", "Ledervurdering"} <= kinds


def test_mus_create_edit_delete_with_self_assessment(ctx, qtbot, monkeypatch):
    p, e = open_employee(ctx, qtbot)
    answer_yes(monkeypatch)
    comp = ctx.repo.matrix.competences()[0]

    def fill(d: MusDialog):
        d.held_on.setText("20/11/2026")
        d.fields["agreement"].setPlainText("Kursus i medicinhåndtering; sidemandsoplæring med BÆ")
        d.fields["wishes"].setPlainText("Vil gerne på KRAP")
        d.fields["bf_vil"].setText("Høj motivation")

    drive(monkeypatch, MusDialog, fill)
    drive(monkeypatch, LevelGridDialog, lambda d: d.set_value((e.id, comp.id), 4))
    p.add_mus()
    mus = ctx.repo.records.mus_records(e.id)
    new = next(m for m in mus if m.held_on == dt.date(2026, 11, 20))
    assert new.agreement.startswith("Kursus i medicinhåndtering") and new.bf_vil == "Høj motivation"
    assert "MUS forfalden" not in p.info.text()
    # the self-assessment sits beside the leader's, it does not replace it
    assert ctx.repo.matrix.self_cells()[(e.id, comp.id)] == 4
    # dated as the MUS it was taken in, not as the day it was typed
    assert ctx.repo.matrix.cell_row(e.id, comp.id, "selvvurdering", dt.date(2026, 11, 20)) is not None
    assert ctx.repo.matrix.cell_row(e.id, comp.id, "selvvurdering", TODAY) is None
    assert ctx.repo.matrix.cell_row(e.id, comp.id, "leder", TODAY) is None
    row = next(r for r in p.selfs.rows if r[0].id == comp.id)
    assert row[2] == 4
    # edit
    p.mus_view.selectRow(0)
    drive(monkeypatch, MusDialog, lambda d: d.fields["notes"].setPlainText("Godt møde"))
    p.edit_mus()
    assert next(m for m in ctx.repo.records.mus_records(e.id) if m.id == new.id).notes == "Godt møde"
    # delete
    p.mus_view.selectRow(0)
    p.delete_mus()
    assert all(m.id != new.id for m in ctx.repo.records.mus_records(e.id))
    ctx.undo_stack.undo()
    assert any(m.id == new.id for m in ctx.repo.records.mus_records(e.id))


def test_bad_date_is_refused_at_the_field(ctx, qtbot, monkeypatch):
    p, e = open_employee(ctx, qtbot)
    no_warnings(monkeypatch)
    d = MusDialog(e.name, None, p)
    qtbot.addWidget(d)
    d.held_on.setText("12.13.2026")
    d.accept()
    assert d.result_fields is None and d.held_on.error.text() == "Datoen findes ikke."
    d.held_on.setText("i går")
    d.accept()
    assert d.result_fields is None and "dd.mm.åååå" in d.held_on.error.text()


def test_goal_and_logbook(ctx, qtbot, monkeypatch):
    p, e = open_employee(ctx, qtbot, "LØ")
    n_goals = p.goals.rowCount()
    act = ctx.repo.plan.activities()[0]

    def fill_goal(d: GoalDialog):
        assert d.employee.currentData() == e.id
        d.fields["knowledge"].setPlainText("Medicinhåndtering")
        d.fields["practice"].setPlainText("Aftenvagter")
        d.activity.setCurrentIndex(d.activity.findData(act.id))

    drive(monkeypatch, GoalDialog, fill_goal)
    p.add_goal()
    assert p.goals.rowCount() == n_goals + 1
    g = next(x for x in ctx.repo.records.learning_goals(e.id) if x.knowledge == "Medicinhåndtering")
    assert g.activity_id == act.id and g.practice == "Aftenvagter"
    p.goals_view.selectRow(p.goals.row_of_id(g.id))
    drive(monkeypatch, GoalDialog, lambda d: d.fields["status"].setEditText("nået"))
    p.edit_goal()
    assert next(x for x in ctx.repo.records.learning_goals(e.id) if x.id == g.id).status == "nået"

    def fill_log(d: LogbookDialog):
        d.day.setText("01.11.2026")
        d.fields["what_happened"].setPlainText("Første aftenvagt med medicinansvar")
        d.fields["wondered"].setPlainText("Hvor meget der skal dokumenteres")

    drive(monkeypatch, LogbookDialog, fill_log)
    p.add_log()
    entry = next(x for x in ctx.repo.records.logbook(e.id) if x.entry_date == dt.date(2026, 11, 1))
    assert entry.wondered == "Hvor meget der skal dokumenteres"
    answer_yes(monkeypatch)
    p.logbook_view.selectRow(p.logbook.row_of_id(entry.id))
    p.delete_log()
    assert all(x.id != entry.id for x in ctx.repo.records.logbook(e.id))
    p.goals_view.selectRow(p.goals.row_of_id(g.id))
    p.delete_goal()
    assert all(x.id != g.id for x in ctx.repo.records.learning_goals(e.id))
