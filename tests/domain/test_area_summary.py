"""The area overview's numbers: turnover over the month-end headcount, course
standings, competences matched by name across tilbud, counts under 3 hidden."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.domain import area
from kompetence_desktop.domain.model import Competence, CourseCompletion, CourseType, Employee, MedDiscussion, MusRecord
from kompetence_desktop.domain.snapshot import Snapshot

TODAY = dt.date(2026, 11, 23)


def _emp(i, start=dt.date(2020, 1, 1), end=None, edu="paedagog", name=None):
    return Employee(i, name or f"Person Nummer{i}", f"P{i}", education=edu, start_date=start, end_date=end)


def _snap(employees, competences=(), current=None, **kw) -> Snapshot:
    return Snapshot(today=TODAY, profile={"navn": "Bostedet Solsikken"}, teams=[], employees=list(employees),
                    competences=list(competences), current=current or {}, selfs={}, **kw)


def test_month_ends_are_the_twelve_in_the_last_year():
    ends = area.month_ends(TODAY)
    assert ends[0] == dt.date(2025, 11, 30) and ends[-1] == dt.date(2026, 10, 31) and len(ends) == 12


def test_turnover_is_leavers_over_the_average_month_end_headcount():
    staff = [_emp(i) for i in range(1, 11)]  # 10 all year
    staff.append(_emp(11, end=dt.date(2026, 5, 31)))  # left: counted at 6 month-ends (Nov–Apr)
    staff.append(_emp(12, end=dt.date(2026, 8, 31)))  # left: counted at 9 month-ends (Nov–Jul)
    staff.append(_emp(13, end=dt.date(2024, 12, 31)))  # left long ago: not a leaver now
    staff.append(_emp(14, start=dt.date(2026, 7, 1)))  # hired: counted at 4 month-ends (Jul–Oct)
    leavers, avg = area.turnover_parts(staff, TODAY)
    assert leavers == 2
    assert avg == (10 * 12 + 6 + 9 + 4) / 12
    s = area.summarise(_snap(staff), "solsikken.kompetence")
    assert s.active == 11 and s.leavers == 2
    assert round(s.turnover, 4) == round(2 / ((120 + 19) / 12), 4)


def test_course_standing_is_each_persons_worst_course():
    staff = [_emp(1), _emp(2), _emp(3), _emp(4, start=dt.date(2026, 10, 1))]
    courses = [CourseType(1, "Førstehjælp", "interval", 24), CourseType(2, "Brand", "once", None),
               CourseType(3, "Introduktion", "within_employment", 6)]
    done = [
        CourseCompletion(1, 1, 1, dt.date(2026, 1, 1)), CourseCompletion(2, 2, 1, dt.date(2021, 1, 1)),
        CourseCompletion(3, 3, 1, dt.date(2020, 3, 1)),  # person 1: all current
        CourseCompletion(4, 1, 2, dt.date(2023, 1, 1)), CourseCompletion(5, 2, 2, dt.date(2021, 1, 1)),
        CourseCompletion(6, 3, 2, dt.date(2020, 3, 1)),  # person 2: first aid overdue
        CourseCompletion(7, 1, 3, dt.date(2026, 1, 1)), CourseCompletion(8, 3, 3, dt.date(2020, 3, 1)),
        # person 3: never had the fire course
        CourseCompletion(9, 1, 4, dt.date(2026, 10, 2)), CourseCompletion(10, 2, 4, dt.date(2026, 10, 2)),
        # person 4: new, the introduction is not due yet
    ]
    s = _snap(staff, course_types=courses, completions=done)
    assert area.course_standings(s) == {"current": 2, "overdue": 1, "never": 1}
    assert area.course_standings(_snap(staff)) == {}


def test_summary_keeps_no_personal_text_and_withholds_a_competence_named_after_someone():
    staff = [_emp(1, name="Sofie Ørnbøl"), _emp(2), _emp(3)]
    comps = [Competence(1, "faglige", "Neuropædagogik", 3), Competence(2, "sociale", "Sofies metode", 3),
             Competence(3, "personlige", "  Konflikt-håndtering ", 2)]
    current = {(1, 1): 4, (2, 1): 2, (1, 3): 2}
    s = area.summarise(_snap(staff, comps, current,
                             mus=[MusRecord(1, 1, dt.date(2026, 3, 1), notes="Sofie vil på kursus")],
                             med=[MedDiscussion(1, dt.date(2025, 10, 1), "Godt møde")]),
                       "solsikken.kompetence")
    assert [c.name for c in s.competences] == ["Neuropædagogik", "Konflikt-håndtering"]
    assert s.withheld_names == 1
    assert s.vulnerable("hoej") == ["Neuropædagogik", "Konflikt-håndtering"]
    assert s.category_cells["faglige"] == (1, 2)
    assert s.mus_held == 1
    assert s.med_last == dt.date(2025, 10, 1) and not s.med_within
    blob = repr(s)
    for private in ("Sofie", "Ørnbøl", "P1", "kursus", "Godt møde", "Nummer2"):
        assert private not in blob


def test_tilbud_named_after_a_person_is_shown_by_its_file_name():
    staff = [_emp(1, name="Hanne Lund"), _emp(2), _emp(3)]
    s = _snap(staff)
    s.profile["navn"] = "Hannes hus"
    assert area.summarise(s, "bosted-nord.kompetence").label == "bosted-nord"


def _summary(label, comps, **kw):
    base = dict(file=f"{label}.kompetence", label=label, active=10, leavers=0, avg_headcount=10.0,
                education={}, category_cells={}, courses={}, mus_held=5, med_last=None, med_within=False,
                checklist_met=10, checklist_total=22, budget={})
    base.update(kw)
    return area.TilbudSummary(competences=tuple(
        area.CompetenceLine(area.competence_key(n), n, "faglige", v) for n, v in comps), **base)


def test_competences_are_matched_by_name_and_the_partial_ones_listed():
    a = area.AreaOverview(TODAY, [
        _summary("A", [("Neuropædagogik", "kritisk"), ("Medicinhåndtering", "lav")]),
        _summary("B", [("neuropædagogik ", "hoej"), ("MEDICIN\u00adHÅNDTERING", "lav"), ("Magtanvendelse", "lav")]),
        _summary("C", [("Neuro\u0070ædagogik", "lav"), ("Medicinhåndtering", "kritisk")]),
    ])
    by_key = {c.key: c for c in a.competences()}
    neuro = by_key[area.competence_key("NEUROPÆDAGOGIK")]
    assert (neuro.name, neuro.tilbud, neuro.critical, neuro.high) == ("Neuropædagogik", 3, 1, 1)
    assert by_key[area.competence_key("medicinhåndtering")].tilbud == 3
    assert [(c.name, c.tilbud) for c in a.partial_competences()] == [("Magtanvendelse", 1)]


def test_area_totals_add_up_the_tilbud():
    a = area.AreaOverview(TODAY, [
        _summary("A", [], active=20, leavers=4, avg_headcount=21.0, education={"paedagog": 15, "ufaglaert": 5},
                 budget={2026: (100_00, 50_00)}, courses={"current": 10, "overdue": 8, "never": 2}),
        _summary("B", [], active=2, leavers=1, avg_headcount=3.0, education={"": 1, "sygeplejerske": 1},
                 budget={2026: (10_00, 0), None: (0, 5_00)}),
    ])
    assert a.active == 22 and a.leavers == 5 and a.turnover == 5 / 24
    assert list(a.education) == ["ufaglaert", "paedagog", "sygeplejerske", ""]  # the program's order
    assert a.budget() == {2026: (110_00, 50_00), None: (0, 5_00)}
    assert a.course_staff == 20 and a.courses == {"current": 10, "overdue": 8, "never": 2}


def test_counts_under_3_are_not_shown():
    assert [area.people(n) for n in (0, 1, 2, 3, 40)] == [None, None, None, 3, 40]
    assert area.share(2, 40) is None and area.share(5, 2) is None and area.share(10, 40) == 0.25


def test_a_share_whose_rest_is_one_or_two_people_is_not_shown_exactly():
    assert area.share(38, 40) == area.ALL_BUT_FEW  # would show that 2 had no MUS
    assert area.share(40, 40) == 1.0 and area.share(37, 40) == 37 / 40


def test_a_count_the_others_would_give_away_is_hidden_too():
    # 2 never took the course: shown as under 3, and 4 overdue hidden, else 24 − 18 − 4 = 2
    assert area.partition({"current": 18, "overdue": 4, "never": 2}) == {
        "current": 18, "overdue": area.HIDDEN, "never": area.UNDER_3}
    # two groups under 3 that together are 3 or more give nothing away
    assert area.partition({"paedagog": 10, "sygeplejerske": 2, "ufaglaert": 1}) == {
        "paedagog": 10, "sygeplejerske": area.UNDER_3, "ufaglaert": area.UNDER_3}
    # the only one left to show is "all but under 3"
    assert area.partition({"held": 38, "not": 2}) == {"held": area.ALL_BUT_FEW, "not": area.UNDER_3}
    assert area.partition({"held": 40, "not": 0}) == {"held": 40, "not": area.UNDER_3}
