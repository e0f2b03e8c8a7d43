"""MUS dates on the Medarbejder page (a date ahead books the MUS: test_booked_mus.py), a self-assessment made
with a new MUS is dated as the MUS, and a new hire is not "never had MUS"."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.domain import dates
from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog
from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage
from kompetence_desktop.operations import AddRecord

from .helpers import answer_yes, drive, page_for, rendered


# --- MUS --------------------------------------------------------------------------------------------

def test_self_assessment_after_new_mus_is_dated_as_the_mus(ctx, qtbot, monkeypatch):
    p = page_for(MedarbejderPage, ctx, qtbot)
    answer_yes(monkeypatch)
    e = p.employee
    comp = ctx.repo.matrix.competences()[0]
    drive(monkeypatch, MusDialog, lambda d: d.held_on.setText("02.11.2026"))
    drive(monkeypatch, LevelGridDialog, lambda d: d.set_value((e.id, comp.id), 3))
    p.add_mus()
    assert ctx.repo.matrix.cell_row(e.id, comp.id, "selvvurdering", dt.date(2026, 11, 2)) is not None
    assert ctx.repo.matrix.cell_row(e.id, comp.id, "selvvurdering", dates.today()) is None


# --- a new hire is not "never had MUS" ------------------------------------------------------------

def test_new_hire_header_shows_first_mus_due(ctx, qtbot):
    eid = AddRecord("employee", {"name": "Ny Kollega",
                                 "initials": "NK",
                                 "start_date": dt.date(2026, 11, 16)}).do(ctx.repo).created
    p = page_for(MedarbejderPage, ctx, qtbot)
    p.open_item(eid)
    shown = rendered(p.info.text())
    assert "Første MUS senest 16.11.2027" in shown
    assert "aldrig" not in shown.lower()
