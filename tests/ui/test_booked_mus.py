"""A MUS given a date ahead is *aftalt* (booked): stored without a traceback or
a refusal, shown in the Årshjul on its day and in the Overblik instead of an
alarm; it counts as held only once its day has come."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.domain import aarshjul, dates, overview
from kompetence_desktop.operations.base import History
from kompetence_desktop.operations.records import AddRecord
from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage

from .helpers import catch_messages, drive, page_for


def _overdue_employee(repo):
    s = repo.snapshot()
    item = next(i for i in overview.mus_items(s) if i.code == "forfalden")
    return next(e for e in repo.staff.employees() if e.id == item.payload)


def test_a_future_date_books_the_mus(ctx, qtbot, monkeypatch):
    p = page_for(MedarbejderPage, ctx, qtbot)
    catch_messages(monkeypatch)
    e = p.employee
    n0 = len(ctx.repo.records.mus_records(e.id))
    day = dates.today() + dt.timedelta(days=10)
    asked = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", staticmethod(lambda *a, **k: asked.append(a)))
    drive(monkeypatch, MusDialog, lambda d: d.held_on.setText(dates.format_date(day)))
    p.add_mus()
    assert [m.held_on for m in ctx.repo.records.mus_records(e.id)].count(day) == 1
    assert len(ctx.repo.records.mus_records(e.id)) == n0 + 1
    assert asked == []  # no self-assessment before the conversation
    assert "aftalt" in p.info.text().lower()


def test_a_booked_mus_in_the_aarshjul_and_the_overblik(demo_repo):
    e = _overdue_employee(demo_repo)
    today = demo_repo.snapshot().today
    day = today + dt.timedelta(days=20)
    History(demo_repo).run(AddRecord("mus", {"employee_id": e.id, "held_on": day}))
    s = demo_repo.snapshot()
    evs = [ev for ev in aarshjul.year_events(s, day.year) if ev.kind == aarshjul.KIND_MUS and e.initials in ev.who]
    booked = [ev for ev in evs if ev.booked]
    assert [ev.day for ev in booked] == [day]
    assert not any(ev.planned and not ev.booked and ev.day < day for ev in evs)  # not also "due" before it
    from kompetence_desktop import texts

    assert texts.aarshjul_event_text(booked[0]).startswith("MUS aftalt")
    item = next(i for i in overview.mus_items(s) if i.payload == e.id)
    assert item.code == "aftalt" and item.day == day and item.severity == overview.NOTE
    assert texts.overview_item_text(item) == f"{e.name}: MUS aftalt {dates.format_date(day)}"
