"""The domain rules: current level, gap, sårbarhed, due dates, mixes."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompetence_desktop.domain import rules
from kompetence_desktop.domain.model import Assessment, Competence, CourseCompletion, CourseType, Employee
from kompetence_desktop.domain.rules import NOT_RELEVANT, DomainError

from ..conftest import FROZEN_TODAY as TODAY


def emp(i, start=dt.date(2020, 1, 1), end=None, edu=""):
    return Employee(i, f"Medarbejder {i}", f"M{i}", start_date=start, end_date=end, education=edu)


def comp(i, expected=3, cat="faglige"):
    return Competence(i, cat, f"Kompetence {i}", expected)


def a(i, e, c, level, source="leder", day=dt.date(2026, 1, 1), nr=False):
    return Assessment(i, e, c, level, nr, source, day)


# --- current level ------------------------------------------------------------------


def test_current_level_is_latest_leader_or_mus_and_ignores_self_assessment():
    rows = [
        a(1, 1, 1, 2, "leder", dt.date(2025, 1, 1)),
        a(2, 1, 1, 3, "mus", dt.date(2025, 9, 1)),
        a(3, 1, 1, 5, "selvvurdering", dt.date(2026, 9, 1)),
    ]
    assert rules.current_levels(rows) == {(1, 1): 3}
    assert rules.self_levels(rows) == {(1, 1): 5}


def test_same_day_later_edit_wins():
    rows = [a(7, 1, 1, 4, day=dt.date(2026, 2, 1)), a(3, 1, 1, 2, day=dt.date(2026, 2, 1))]
    assert rules.current_levels(rows)[(1, 1)] == 4


def test_cleared_and_not_relevant_cells():
    rows = [a(1, 1, 1, 3, day=dt.date(2025, 1, 1)), a(2, 1, 1, None, day=dt.date(2026, 1, 1)),
            a(3, 2, 1, None, nr=True)]
    cur = rules.current_levels(rows)
    assert cur[(1, 1)] is None
    assert cur[(2, 1)] is NOT_RELEVANT


def test_current_levels_on_a_past_date():
    rows = [a(1, 1, 1, 2, day=dt.date(2025, 1, 1)), a(2, 1, 1, 4, day=dt.date(2026, 6, 1))]
    assert rules.current_levels(rows, on=dt.date(2025, 12, 31)) == {(1, 1): 2}


@given(st.integers(1, 5), st.one_of(st.none(), st.just(NOT_RELEVANT), st.integers(1, 5)))
def test_gap_is_never_negative_and_none_without_a_level(expected, current):
    g = rules.gap(expected, current)
    if current is None or current is NOT_RELEVANT:
        assert g is None
    else:
        assert g == max(0, expected - current)
        assert 0 <= g <= 4


@given(st.integers(1, 5), st.integers(1, 5))
def test_gap_class_matches_gap(expected, current):
    cls = rules.gap_class(expected, current)
    g = expected - current
    assert cls == (rules.GAP_MEETS if g <= 0 else rules.GAP_ONE if g == 1 else rules.GAP_TWO_PLUS)


def test_assessment_in_the_future_is_refused():
    with pytest.raises(DomainError) as exc:
        rules.validate_assessment_date(TODAY + dt.timedelta(days=1), TODAY)
    assert exc.value.code == "assessment_in_future"
    assert rules.validate_assessment_date(TODAY, TODAY) == TODAY


@pytest.mark.parametrize("bad", [0, 6, -1, True, "3", 2.5, None])
def test_levels_outside_one_to_five_are_refused(bad):
    with pytest.raises(DomainError):
        rules.validate_level(bad)


# --- sårbarhed --------------------------------------------------------------------------


@pytest.mark.parametrize("n,expected", [(0, "kritisk"), (1, "hoej"), (2, "middel"), (3, "lav"), (9, "lav")])
def test_vulnerability_thresholds(n, expected):
    assert rules.vulnerability_of_count(n) == expected


def test_nobody_assessed_is_critical():
    cov = rules.coverage([comp(1)], [emp(1), emp(2)], {}, TODAY)[1]
    assert cov.vulnerability == "kritisk"
    assert (cov.meeting, cov.not_assessed) == (0, 2)


def test_everyone_not_relevant_neither_counts_nor_lacks():
    levels = {(1, 1): NOT_RELEVANT, (2, 1): NOT_RELEVANT}
    cov = rules.coverage([comp(1)], [emp(1), emp(2)], levels, TODAY)[1]
    assert cov.not_relevant == 2
    assert cov.relevant == 0
    assert cov.meeting == 0 and cov.below == 0


def test_former_and_future_staff_do_not_count():
    staff = [emp(1), emp(2, end=dt.date(2026, 3, 1)), emp(3, start=dt.date(2027, 1, 1))]
    levels = {(1, 1): 4, (2, 1): 5, (3, 1): 5}
    cov = rules.coverage([comp(1, expected=3)], staff, levels, TODAY)[1]
    assert cov.meeting == 1
    assert cov.vulnerability == "hoej"


def test_absent_staff_scenario():
    staff = [emp(1), emp(2)]
    levels = {(1, 1): 4, (2, 1): 4}
    assert rules.coverage([comp(1)], staff, levels, TODAY)[1].vulnerability == "middel"
    assert rules.coverage([comp(1)], staff, levels, TODAY, absent=[2])[1].vulnerability == "hoej"


@given(st.lists(st.one_of(st.none(), st.just(NOT_RELEVANT), st.integers(1, 5)), max_size=12), st.integers(1, 5))
def test_coverage_counts_add_up(cells, expected):
    staff = [emp(i + 1) for i in range(len(cells))]
    levels = {(i + 1, 1): v for i, v in enumerate(cells)}
    cov = rules.coverage([comp(1, expected)], staff, levels, TODAY)[1]
    assert cov.meeting + cov.below + cov.not_assessed + cov.not_relevant == len(cells)
    assert cov.meeting == sum(1 for v in cells if isinstance(v, int) and v >= expected)


# --- summaries ---------------------------------------------------------------------------


def test_category_summaries_average_per_competence_first():
    comps = [comp(1, 3, "faglige"), comp(2, 5, "faglige"), comp(3, 2, "sociale")]
    staff = [emp(1), emp(2)]
    levels = {(1, 1): 2, (2, 1): 4, (1, 2): 5, (1, 3): NOT_RELEVANT}
    summ = {s.category: s for s in rules.category_summaries(comps, staff, levels, TODAY)}
    f = summ["faglige"]
    assert f.competences == 2
    assert f.expected_avg == 4
    assert f.current_avg == pytest.approx((3 + 5) / 2)
    assert (f.cells_meeting, f.cells_below, f.cells_not_assessed, f.total_gap) == (2, 1, 1, 1)
    assert summ["sociale"].current_avg is None
    assert summ["personlige"].competences == 0


@given(st.dictionaries(st.tuples(st.integers(1, 4), st.integers(1, 6)), st.integers(1, 5)))
def test_category_average_within_scale(levels):
    comps = [comp(c, 3, ("faglige", "sociale", "organisatoriske", "personlige")[c % 4]) for c in range(1, 7)]
    for s in rules.category_summaries(comps, [emp(i) for i in range(1, 5)], levels, TODAY):
        if s.current_avg is not None:
            assert 1 <= s.current_avg <= 5


# --- dates ---------------------------------------------------------------------------------


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(0, 240))
def test_add_months_lands_in_the_right_month(day, months):
    r = rules.add_months(day, months)
    assert (r.year * 12 + r.month) - (day.year * 12 + day.month) == months
    assert r.day <= day.day


def test_add_months_clamps_to_month_end():
    assert rules.add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert rules.add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)


def _course(rule, months):
    return CourseType(1, "Brand – e-læring", rule, months)


def test_course_never_taken():
    st_ = rules.course_status(_course("interval", 12), emp(1), [], TODAY)
    assert st_.status == "aldrig_taget" and st_.next_due is None


@pytest.mark.parametrize(
    "last,expected",
    [
        (dt.date(2025, 11, 22), "forfalden"),  # due 22.11.2026: yesterday
        (dt.date(2025, 11, 23), "snart"),  # due today
        (dt.date(2026, 1, 22), "snart"),  # due in 60 days
        (dt.date(2026, 1, 23), "ok"),  # due in 61 days
    ],
)
def test_interval_course_status(last, expected):
    done = [CourseCompletion(1, 1, 1, last)]
    assert rules.course_status(_course("interval", 12), emp(1), done, TODAY).status == expected


def test_once_course():
    c = _course("once", None)
    assert rules.course_status(c, emp(1), [], TODAY).status == "aldrig_taget"
    assert rules.course_status(c, emp(1), [CourseCompletion(1, 1, 1, dt.date(2010, 1, 1))], TODAY).status == "ok"


def test_within_employment_course():
    c = _course("within_employment", 6)
    new = emp(1, start=dt.date(2026, 10, 1))  # due 01.04.2027
    assert rules.course_status(c, new, [], TODAY).status == "aldrig_taget"
    assert rules.course_status(c, new, [], TODAY).next_due == dt.date(2027, 4, 1)
    soon = emp(2, start=dt.date(2026, 6, 1))  # due 01.12.2026
    assert rules.course_status(c, soon, [], TODAY).status == "snart"
    late = emp(3, start=dt.date(2025, 1, 1))
    assert rules.course_status(c, late, [], TODAY).status == "forfalden"
    assert rules.course_status(c, late, [CourseCompletion(1, 1, 3, dt.date(2025, 3, 1))], TODAY).status == "ok"


def test_mus_and_med_due():
    assert rules.mus_status([], TODAY).status == "aldrig"
    assert rules.mus_status([dt.date(2025, 11, 1)], TODAY).status == "forfalden"
    assert rules.mus_status([dt.date(2026, 1, 1)], TODAY).status == "snart"
    assert rules.mus_status([dt.date(2026, 9, 1)], TODAY).status == "ok"
    assert rules.med_status([dt.date(2025, 1, 1), dt.date(2026, 2, 1)], TODAY).next_due == dt.date(2027, 2, 1)


def test_first_mus_due_a_year_after_start():
    # hired last week: not "never held" but due 12 months after the start
    st = rules.mus_status([], TODAY, dt.date(2026, 11, 16))
    assert (st.status, st.last, st.next_due) == ("ok", None, dt.date(2027, 11, 16))
    # within 60 days of the first anniversary: snart
    st = rules.mus_status([], TODAY, dt.date(2025, 12, 20))
    assert (st.status, st.next_due) == ("snart", dt.date(2026, 12, 20))
    # the first year has passed without a MUS: never held
    assert rules.mus_status([], TODAY, dt.date(2025, 11, 1)).status == "aldrig"
    # start date unknown: never held, as before
    assert rules.mus_status([], TODAY, None).status == "aldrig"
    # once held, the start date does not matter
    assert rules.mus_status([dt.date(2025, 11, 1)], TODAY, dt.date(2025, 1, 1)).status == "forfalden"
    # a start on 29 February: due the last day of next February
    assert rules.mus_status([], dt.date(2028, 3, 1), dt.date(2028, 2, 29)).next_due == dt.date(2029, 2, 28)


def test_mus_held_within_twelve_months():
    staff = [emp(1), emp(2), emp(3, end=dt.date(2026, 1, 1))]
    mus = {1: [dt.date(2026, 9, 1)], 2: [dt.date(2025, 10, 1)], 3: [dt.date(2026, 9, 1)]}
    assert rules.mus_held_within(staff, mus, TODAY) == (1, 2)


def test_education_mix_counts_active_staff():
    staff = [emp(1, edu="ufaglaert"), emp(2, edu="paedagog"), emp(3, edu="ufaglaert", end=dt.date(2025, 1, 1))]
    assert rules.education_mix(staff, TODAY) == {"ufaglaert": 1, "paedagog": 1}
    assert rules.unskilled_share(staff, TODAY) == 0.5
    assert rules.unskilled_share([], TODAY) is None


@pytest.mark.parametrize(
    "name,taken,expected",
    [
        ("Anne-Mette Sørensen", [], "AMS"),
        ("Anne-Mette Sørensen", ["ams"], "AMSØ"),
        ("Åse Ørnbøl-Ægidius", [], "ÅØÆ"),
        ("Bo", ["B", "BO"], "B2"),
    ],
)
def test_suggest_initials(name, taken, expected):
    assert rules.suggest_initials(name, taken) == expected
