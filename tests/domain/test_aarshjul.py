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
    # the two Brand renewals fall in July 2027 on their own dates: never under the month's first date
    brand = [e for e in ev if e.kind == "kursus"]
    assert [(e.day, e.who) for e in brand] == [(dt.date(2027, 7, 10), ("AN",)), (dt.date(2027, 7, 20), ("BO",))]
    assert texts.aarshjul_event_text(brand[0]) == "Brand – e-læring skal fornys (AN)"
    mus = [e for e in ev if e.kind == "mus"]
    assert [(e.day, e.who) for e in mus] == [(dt.date(2027, 9, 1), ("AN",)), (dt.date(2027, 9, 15), ("BO",))]
    assert all(e.planned and not e.overdue for e in mus)
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


def test_overdue_is_marked_still_listed_and_found_from_before_the_period():
    staff = [Employee(1, "Anne", "AN", start_date=dt.date(2020, 1, 1)),
             Employee(2, "Bo", "BO", start_date=dt.date(2020, 1, 1)),
             Employee(3, "Cille", "CI", start_date=dt.date(2026, 9, 1))]
    s = snap(
        employees=staff,
        course_types=[CourseType(1, "Brand – e-læring", "interval", 12),
                      CourseType(2, "Grundkursus", "within_employment", 1)],
        completions=[CourseCompletion(1, 1, 1, dt.date(2025, 3, 10)), CourseCompletion(2, 1, 2, dt.date(2026, 2, 20)),
                     CourseCompletion(3, 2, 1, dt.date(2020, 2, 1)), CourseCompletion(4, 2, 2, dt.date(2020, 2, 1))],
        mus=[MusRecord(1, 1, dt.date(2025, 6, 1)), MusRecord(2, 2, dt.date(2026, 9, 15))],
        activities=[Activity(1, "KRAP", start_date=dt.date(2026, 5, 1), followup_date=dt.date(2026, 8, 1))],
    )
    ev = aarshjul.year_events(s, 2026)
    # AN's Brand renewal was due 10.03.2026: listed on its date, marked overdue
    brand = next(e for e in ev if e.kind == "kursus" and e.who == ("AN",))
    assert brand.day == dt.date(2026, 3, 10) and brand.overdue
    assert texts.aarshjul_event_text(brand) == "Brand – e-læring skal fornys (AN) – forfalden"
    # CI never took either course: "skal tages", never "skal fornys"
    first = [e for e in ev if e.kind == "kursus" and e.who == ("CI",)]
    assert first and all(e.first for e in first)
    assert all("skal tages" in texts.aarshjul_event_text(e) for e in first)
    # AN's MUS was due 01.06.2026 and not held
    (late_mus,) = [e for e in ev if e.kind == "mus" and e.planned and e.who == ("AN",)]
    assert late_mus.overdue and texts.aarshjul_event_text(late_mus) == "MUS skal holdes (AN) – forfalden"
    # a plan for the coming quarters (from 01.10.2026) still lists what is overdue from before it
    before = aarshjul.overdue_before(s, dt.date(2026, 10, 1))
    kinds = {(e.kind, e.who) for e in before}
    assert ("kursus", ("AN",)) in kinds and ("mus", ("AN",)) in kinds
    assert any(e.kind == "opfoelgning" and e.title == "KRAP" for e in before)
    assert all(e.overdue and e.day < dt.date(2026, 10, 1) for e in before)
    # BO's MUS (15.09.2026) was held: nothing overdue for BO
    assert not any(e.kind == "mus" and e.who == ("BO",) for e in before)


def test_aarshjul_agrees_with_the_mus_agreement_date(demo_repo):
    from kompetence_desktop.domain import rules

    s = demo_repo.snapshot()
    by_emp = s.mus_dates()
    for e in s.active_employees:
        st = rules.mus_status(by_emp.get(e.id, []), s.today, e.start_date)
        if st.next_due is None:
            continue
        ev = aarshjul.year_events(s, st.next_due.year)
        assert any(x.kind == "mus" and x.planned and x.day == st.next_due and e.initials in x.who for x in ev)


def test_plan_lists_what_is_overdue_from_before_its_period(demo_repo):
    from kompetence_desktop.reports.plan import render_plan
    from tests.reports.pdfutil import pdf_text

    s = demo_repo.snapshot()
    q0 = (s.today.month - 1) // 3
    start = dt.date(s.today.year, 3 * q0 + 1, 1)
    before = aarshjul.overdue_before(s, start)
    assert before  # the demo has renewals that fell due before the current quarter
    text = pdf_text(render_plan(s))
    part10 = text[text.rfind("Årshjulet viser"):]
    assert texts.AARSHJUL_OVERDUE_BEFORE in part10
    for ev in before:
        assert texts.aarshjul_event_text(ev) in part10
    assert "skal tages" in part10 and "Forventet supervision" not in part10 and "MUS holdt" not in part10
