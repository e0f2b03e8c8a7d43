"""The årshjul: the year's dates by quarter (today frozen at 2026-11-23)."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop import texts
from kompetence_desktop.domain import aarshjul
from kompetence_desktop.domain.model import (
    Activity, CourseCompletion, CourseType, Employee, MedDiscussion, MusRecord, SupervisionSession,
)
from kompetence_desktop.domain.snapshot import Snapshot

from ..conftest import FROZEN_TODAY as TODAY


def snap(**kw):
    base = dict(today=TODAY, profile={}, teams=[], employees=[], competences=[], current={}, selfs={})
    base.update(kw)
    return Snapshot(**base)


def test_events_by_quarter():
    staff = [Employee(1, "Anne", "AN", start_date=dt.date(2020, 1, 1)),
             Employee(2, "Bo", "BO", start_date=dt.date(2020, 1, 1))]
    s = snap(
        employees=staff,
        activities=[
            Activity(1, "KRAP", start_date=dt.date(2027, 2, 1), end_date=dt.date(2027, 2, 3),
                     followup_date=dt.date(2027, 5, 1)),
            Activity(2, "Aflyst kursus", status="aflyst", start_date=dt.date(2027, 3, 1)),
        ],
        course_types=[CourseType(1, "Brand – e-læring", "interval", 12)],
        completions=[CourseCompletion(1, 1, 1, dt.date(2026, 7, 10)), CourseCompletion(2, 1, 2, dt.date(2026, 7, 20))],
        mus=[MusRecord(1, 1, dt.date(2026, 9, 1)), MusRecord(2, 2, dt.date(2026, 9, 15))],
        med=[MedDiscussion(1, dt.date(2026, 1, 20))],
        supervision=[SupervisionSession(i, "medarbejdere", "Lise", d) for i, d in
                     enumerate([dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 9, 1)], 1)],
    )
    ev = aarshjul.year_events(s, 2027)
    q = aarshjul.by_quarter(ev)
    kinds = {k: [e.kind for e in q[k]] for k in q}
    assert "aktivitet" in kinds[1] and "med" in kinds[1]
    act = next(e for e in ev if e.kind == "aktivitet")
    assert act.title == "KRAP" and act.end == dt.date(2027, 2, 3)
    assert not any(e.title == "Aflyst kursus" for e in ev)
    assert [e.day for e in ev if e.kind == "opfoelgning"] == [dt.date(2027, 5, 1)]
    # both Brand renewals fall in July 2027: one event naming both
    (brand,) = [e for e in ev if e.kind == "kursus"]
    assert brand.day == dt.date(2027, 7, 10) and brand.who == ("AN", "BO") and brand.quarter == 3
    assert texts.aarshjul_event_text(brand) == "Brand – e-læring skal fornys (AN, BO)"
    (mus,) = [e for e in ev if e.kind == "mus"]
    assert mus.day == dt.date(2027, 9, 1) and mus.planned and mus.who == ("AN", "BO")
    # quarterly supervision continues: 01.12.2026 (2026), then Mar/Jun/Sep/Dec 2027
    sup = [e.day for e in ev if e.kind == "supervision"]
    assert sup == [dt.date(2027, 3, 1), dt.date(2027, 6, 1), dt.date(2027, 9, 1), dt.date(2027, 12, 1)]
    assert ev == sorted(ev, key=lambda e: e.day)


def test_past_year_shows_held_meetings(demo_repo):
    s = demo_repo.snapshot()
    ev = aarshjul.year_events(s, 2026)
    assert any(e.kind == "mus" and not e.planned for e in ev)
    assert any(e.kind == "med" and not e.planned for e in ev)
    assert all(1 <= e.quarter <= 4 for e in ev)
    assert len({e.key for e in ev}) == len(ev)  # stable, unique identities


def test_a_group_of_due_dates_says_its_last_day_too():
    """Two MUS due 01.09 and 15.09 are one line, but it must not say 01.09 for both."""
    staff = [Employee(1, "Anne", "AN", start_date=dt.date(2020, 1, 1)),
             Employee(2, "Bo", "BO", start_date=dt.date(2020, 1, 1))]
    s = snap(employees=staff, mus=[MusRecord(1, 1, dt.date(2026, 9, 1)), MusRecord(2, 2, dt.date(2026, 9, 15))])
    (mus,) = [e for e in aarshjul.year_events(s, 2027) if e.kind == "mus"]
    assert (mus.day, mus.last_day, mus.end) == (dt.date(2027, 9, 1), dt.date(2027, 9, 15), None)
    alone = snap(employees=staff[:1], mus=[MusRecord(1, 1, dt.date(2026, 6, 3))])
    (one,) = [e for e in aarshjul.year_events(alone, 2027) if e.kind == "mus"]
    assert one.last_day is None
