"""The Overblik lists against fixed dates (today frozen at 2026-11-23)."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop import texts
from kompetence_desktop.domain import overview
from kompetence_desktop.domain.model import (
    Activity, Competence, CourseCompletion, CourseType, Employee, MedDiscussion, MusRecord,
)
from kompetence_desktop.domain.snapshot import Snapshot

from ..conftest import FROZEN_TODAY as TODAY


def snap(**kw) -> Snapshot:
    base = dict(today=TODAY, profile={}, teams=[], employees=[], competences=[], current={}, selfs={})
    base.update(kw)
    return Snapshot(**base)


def emp(i, start=dt.date(2020, 1, 1), end=None):
    return Employee(i, f"Medarbejder {i}", f"M{i}", start_date=start, end_date=end)


def test_course_items_overdue_soon_never_and_not_yet_due():
    e1, e2, e3 = emp(1), emp(2), emp(3, start=dt.date(2026, 10, 1))
    gone = emp(4, end=dt.date(2026, 1, 1))
    brand = CourseType(1, "Brand – e-læring", "interval", 12)
    intro = CourseType(2, "Sikkerhedskursus", "within_employment", 6)
    old = CourseType(3, "Nedlagt kursus", "interval", 12, active=False)
    comps = [
        CourseCompletion(1, 1, 1, dt.date(2025, 11, 22)),  # due 22.11.2026: overdue yesterday
        CourseCompletion(2, 1, 2, dt.date(2025, 12, 31)),  # due 31.12.2026: 38 days → snart
        CourseCompletion(3, 2, 1, dt.date(2020, 3, 1)),
        CourseCompletion(4, 2, 2, dt.date(2020, 3, 1)),
    ]
    s = snap(employees=[e1, e2, e3, gone], course_types=[brand, intro, old], completions=comps)
    items = overview.course_items(s)
    got = {(i.payload, i.code) for i in items}
    assert ((1, 1), "forfalden") in got
    assert ((2, 1), "snart") in got
    assert ((3, 1), "aldrig_taget") in got  # never took the yearly course
    # the new hire's intro course is due 01.04.2027, not listed yet
    assert not any(i.payload == (3, 2) for i in items)
    assert not any(i.payload[0] == 4 for i in items)  # former staff
    assert not any(i.payload[1] == 3 for i in items)  # inactive course type
    overdue = next(i for i in items if i.code == "forfalden")
    assert overdue.page == "kurser" and overdue.day == dt.date(2026, 11, 22)
    assert texts.overview_item_text(overdue) == "Medarbejder 1: Brand – e-læring – forfalden 22.11.2026"


def test_intro_course_due_within_sixty_days_is_listed():
    e = emp(1, start=dt.date(2026, 6, 1))
    intro = CourseType(2, "Sikkerhedskursus", "within_employment", 6)  # due 01.12.2026
    items = overview.course_items(snap(employees=[e], course_types=[intro]))
    assert [(i.code, i.day) for i in items] == [("snart", dt.date(2026, 12, 1))]


def test_mus_items_overdue_and_never():
    e1, e2, e3 = emp(1), emp(2), emp(3)
    mus = [MusRecord(1, 1, dt.date(2025, 11, 22)), MusRecord(2, 2, dt.date(2025, 11, 23))]
    items = overview.mus_items(snap(employees=[e1, e2, e3], mus=mus))
    assert [(i.payload, i.code) for i in items] == [(1, "forfalden"), (3, "aldrig")]
    assert all(i.page == "medarbejder" for i in items)
    assert "over 12 måneder" in texts.overview_item_text(items[0])


def test_mus_items_skip_new_hires_in_their_first_year():
    new = emp(1, start=dt.date(2026, 11, 16))  # hired last week
    year_ago = emp(2, start=dt.date(2025, 11, 1))  # first year passed, never had MUS
    unknown = emp(3, start=None)
    items = overview.mus_items(snap(employees=[new, year_ago, unknown]))
    assert sorted((i.payload, i.code) for i in items) == [(2, "aldrig"), (3, "aldrig")]


def test_aarshjul_plans_a_new_hires_first_mus():
    from kompetence_desktop.domain import aarshjul

    new = emp(1, start=dt.date(2026, 11, 16))
    events = aarshjul.year_events(snap(employees=[new]), 2027)
    assert [(e.kind, e.day, e.who) for e in events if e.kind == "mus"] == [("mus", dt.date(2027, 11, 16), ("M1",))]


def test_med_items():
    assert [i.code for i in overview.med_items(snap())] == ["aldrig"]
    held = [MedDiscussion(1, dt.date(2025, 11, 1))]
    (item,) = overview.med_items(snap(med=held))
    assert item.code == "forfalden" and item.day == dt.date(2026, 11, 1) and item.page == "med"
    soon = [MedDiscussion(1, dt.date(2026, 1, 10))]
    assert [i.code for i in overview.med_items(snap(med=soon))] == ["snart"]
    assert overview.med_items(snap(med=[MedDiscussion(1, dt.date(2026, 6, 1))])) == []


def test_vulnerable_items():
    comps = [Competence(1, "faglige", "Medicin", 3), Competence(2, "faglige", "Dokumentation", 3),
             Competence(3, "sociale", "Samarbejde", 2)]
    staff = [emp(1), emp(2), emp(3)]
    cur = {(1, 1): 4, (2, 1): 2, (1, 3): 2, (2, 3): 3, (3, 3): 5, (1, 2): 1}
    items = overview.vulnerable_items(snap(employees=staff, competences=comps, current=cur))
    assert [(i.payload, i.code) for i in items] == [(2, "kritisk"), (1, "hoej")]
    assert texts.overview_item_text(items[1]) == "Medicin: Høj – én medarbejder på forventet niveau"
    # absent: the one who carries Medicin is away → Kritisk
    away = overview.vulnerable_items(snap(employees=staff, competences=comps, current=cur), absent=[1])
    assert (1, "kritisk") in [(i.payload, i.code) for i in away]


def test_followup_items():
    acts = [
        Activity(1, "Uden evaluering", status="gennemfoert", followup_date=dt.date(2026, 9, 1)),
        Activity(2, "Evalueret", status="gennemfoert", followup_date=dt.date(2026, 9, 1), evaluation="Godt"),
        Activity(3, "Ikke endnu", followup_date=dt.date(2026, 11, 23)),
        Activity(4, "Aflyst", status="aflyst", followup_date=dt.date(2026, 1, 1)),
    ]
    items = overview.followup_items(snap(activities=acts))
    assert [(i.payload, i.page) for i in items] == [(1, "uddannelsesplan")]


def test_requirement_items_name_the_page():
    items = overview.requirement_items(snap())
    codes = {i.code: i.page for i in items}
    assert codes["leder"] == "tilbud" and codes["med_behandlet"] == "med"
    assert texts.overview_item_text(next(i for i in items if i.code == "med_behandlet")).startswith("Planen er ikke drøftet")


def test_budget_per_year_and_category():
    acts = [
        Activity(1, "A", category="generelle", price_ore=100_000, funded=True, year=2026),
        Activity(2, "B", category="generelle", price_ore=50_050, funded=False, start_date=dt.date(2026, 3, 1)),
        Activity(3, "C", category="prioriterede", price_ore=200_000, funded=True, year=2027),
        Activity(4, "D", category="prioriterede", price_ore=999_999, status="aflyst", year=2026),
    ]
    rows = overview.budget(acts)
    assert [(r.year, r.category, r.funded_ore, r.unfunded_ore) for r in rows] == [
        (2026, "generelle", 100_000, 50_050),
        (2026, "", 100_000, 50_050),
        (2027, "prioriterede", 200_000, 0),
        (2027, "", 200_000, 0),
    ]
    assert texts.kroner(rows[0].total_ore) == "1.500,50 kr."


def test_demo_shows_something_in_every_attention_list(demo_repo):
    s = demo_repo.snapshot()
    secs = {sec.key: sec.items for sec in overview.sections(s)}
    assert any(i.code == "forfalden" for i in secs["kurser"])
    assert any(i.code == "forfalden" for i in secs["mus"])
    assert secs["opfoelgning"] and secs["saarbarhed"]
