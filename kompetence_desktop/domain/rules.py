"""The domain's rules: current levels, gaps, sårbarhed, due dates, mixes.

Pure functions over the dataclasses in ``model``. They return codes, never
Danish sentences (the UI and the reports word them).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from .model import (
    CATEGORIES,
    MAX_LEVEL,
    MIN_LEVEL,
    OFFICIAL_SOURCES,
    RULE_INTERVAL,
    RULE_ONCE,
    RULE_WITHIN_EMPLOYMENT,
    SOURCE_SELF,
    Assessment,
    Competence,
    CourseCompletion,
    CourseType,
    Employee,
)


class DomainError(ValueError):
    """A rule was broken. ``code`` names which; the UI words it."""

    def __init__(self, code: str, **details):
        super().__init__(code)
        self.code = code
        self.details = details


# --- cell values ------------------------------------------------------------------


class _NotRelevant:
    """The *ikke relevant* marker of a matrix cell (a singleton)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_RELEVANT"

    def __reduce__(self):
        return (_NotRelevant, ())


NOT_RELEVANT = _NotRelevant()
#: a cell: a level 1–5, NOT_RELEVANT, or None (not assessed)
CellValue = "int | _NotRelevant | None"


def cell_of(a: Assessment | None):
    if a is None:
        return None
    if a.not_relevant:
        return NOT_RELEVANT
    return a.level


def validate_level(level) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not MIN_LEVEL <= level <= MAX_LEVEL:
        raise DomainError("level_out_of_range", level=level)
    return level


def validate_assessment_date(day: dt.date, today: dt.date) -> dt.date:
    """Assessments can't be dated in the future, nor before 1950."""
    if day > today:
        raise DomainError("assessment_in_future", day=day)
    if day.year < 1950:
        raise DomainError("date_out_of_range", day=day)
    return day


# --- current level, self-assessment, gap --------------------------------------------


def _latest(assessments: Iterable[Assessment], sources, on: dt.date | None):
    """Latest assessment per (employee, competence) among ``sources``.

    Ties on the same date go to the later id (the later edit).
    """
    best: dict[tuple[int, int], Assessment] = {}
    for a in assessments:
        if a.source not in sources:
            continue
        if on is not None and a.assessed_on > on:
            continue
        key = (a.employee_id, a.competence_id)
        cur = best.get(key)
        if cur is None or (a.assessed_on, a.id) > (cur.assessed_on, cur.id):
            best[key] = a
    return best


def current_levels(assessments: Iterable[Assessment], on: dt.date | None = None) -> dict:
    """(employee_id, competence_id) → cell value from the latest leader/MUS
    assessment (on or before ``on`` when given). Self-assessments are ignored."""
    return {k: cell_of(a) for k, a in _latest(assessments, OFFICIAL_SOURCES, on).items()}


def self_levels(assessments: Iterable[Assessment], on: dt.date | None = None) -> dict:
    """(employee_id, competence_id) → the latest self-assessment's cell value."""
    return {k: cell_of(a) for k, a in _latest(assessments, (SOURCE_SELF,), on).items()}


def gap(expected: int, current) -> int | None:
    """*Kompetencebehov*: expected − current when positive, else 0.

    None when the cell is not assessed or *ikke relevant* (no gap can be said).
    """
    if current is None or current is NOT_RELEVANT:
        return None
    return max(0, expected - current)


GAP_MEETS = "meets"
GAP_ONE = "one_below"
GAP_TWO_PLUS = "two_below"
GAP_NONE = "not_assessed"
GAP_NOT_RELEVANT = "not_relevant"


def gap_class(expected: int, current) -> str:
    """How a matrix cell is coloured."""
    if current is NOT_RELEVANT:
        return GAP_NOT_RELEVANT
    if current is None:
        return GAP_NONE
    g = expected - current
    if g <= 0:
        return GAP_MEETS
    if g == 1:
        return GAP_ONE
    return GAP_TWO_PLUS


# --- sårbarhed ------------------------------------------------------------------------

VULN_CRITICAL = "kritisk"
VULN_HIGH = "hoej"
VULN_MEDIUM = "middel"
VULN_LOW = "lav"
VULNERABILITIES = (VULN_CRITICAL, VULN_HIGH, VULN_MEDIUM, VULN_LOW)


def vulnerability_of_count(n: int) -> str:
    if n <= 0:
        return VULN_CRITICAL
    if n == 1:
        return VULN_HIGH
    if n == 2:
        return VULN_MEDIUM
    return VULN_LOW


@dataclass(frozen=True)
class CompetenceCoverage:
    competence_id: int
    meeting: int  # active staff at or above the expected level
    below: int  # active staff assessed below it
    not_assessed: int  # active staff with no current level
    not_relevant: int  # active staff for whom it is *ikke relevant*

    @property
    def vulnerability(self) -> str:
        return vulnerability_of_count(self.meeting)

    @property
    def relevant(self) -> int:
        return self.meeting + self.below + self.not_assessed


def coverage(
    competences: Iterable[Competence],
    employees: Iterable[Employee],
    levels: Mapping,
    on: dt.date,
    absent: Iterable[int] = (),
) -> dict[int, CompetenceCoverage]:
    """Per competence: who meets it among the active staff on ``on``.

    ``absent`` lists employee ids taken out for a what-if scenario.
    """
    away = set(absent)
    staff = [e for e in employees if e.is_active(on) and e.id not in away]
    out = {}
    for c in competences:
        meeting = below = none = nr = 0
        for e in staff:
            v = levels.get((e.id, c.id))
            if v is NOT_RELEVANT:
                nr += 1
            elif v is None:
                none += 1
            elif v >= c.expected_level:
                meeting += 1
            else:
                below += 1
        out[c.id] = CompetenceCoverage(c.id, meeting, below, none, nr)
    return out


def vulnerability(competence: Competence, employees, levels, on: dt.date) -> str:
    return coverage([competence], employees, levels, on)[competence.id].vulnerability


# --- summaries per category -------------------------------------------------------------


@dataclass(frozen=True)
class CategorySummary:
    category: str
    competences: int
    expected_avg: float | None
    current_avg: float | None  # over assessed, relevant cells
    cells_meeting: int
    cells_below: int
    cells_not_assessed: int
    total_gap: int


def _avg(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def category_summaries(
    competences: Iterable[Competence],
    employees: Iterable[Employee],
    levels: Mapping,
    on: dt.date,
) -> list[CategorySummary]:
    """A team's (or the tilbud's) summary per category, in template order.

    Averages are taken per competence first (the team's mean in each
    competence), then over the category's competences, so a category is not
    weighted by how many people happen to be assessed.
    """
    staff = [e for e in employees if e.is_active(on)]
    comps = list(competences)
    out = []
    for cat in CATEGORIES:
        cs = [c for c in comps if c.category == cat]
        per_comp_means = []
        meet = below = none = total_gap = 0
        for c in cs:
            vals = []
            for e in staff:
                v = levels.get((e.id, c.id))
                if v is NOT_RELEVANT:
                    continue
                if v is None:
                    none += 1
                    continue
                vals.append(v)
                if v >= c.expected_level:
                    meet += 1
                else:
                    below += 1
                    total_gap += c.expected_level - v
            m = _avg(vals)
            if m is not None:
                per_comp_means.append(m)
        out.append(
            CategorySummary(
                cat,
                len(cs),
                _avg(c.expected_level for c in cs),
                _avg(per_comp_means),
                meet,
                below,
                none,
                total_gap,
            )
        )
    return out


def employee_category_averages(competences, employee_id: int, levels: Mapping) -> dict[str, float | None]:
    """Category → the employee's mean current level over assessed, relevant cells."""
    out = {}
    for cat in CATEGORIES:
        vals = [
            levels.get((employee_id, c.id))
            for c in competences
            if c.category == cat
        ]
        out[cat] = _avg(v for v in vals if v is not None and v is not NOT_RELEVANT)
    return out


# --- dates -----------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the month's end."""
    m = day.month - 1 + months
    year = day.year + m // 12
    month = m % 12 + 1
    return dt.date(year, month, min(day.day, _month_length(year, month)))


def _month_length(year: int, month: int) -> int:
    """Days in ``month`` of ``year`` (``calendar.monthrange``, without importing
    ``calendar`` and ``locale`` before the first paint)."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


SOON_DAYS = 60

DUE_OVERDUE = "forfalden"
DUE_SOON = "snart"
DUE_OK = "ok"
DUE_NEVER = "aldrig_taget"
DUE_STATUSES = (DUE_OVERDUE, DUE_SOON, DUE_OK, DUE_NEVER)


@dataclass(frozen=True)
class CourseStatus:
    status: str
    last: dt.date | None
    next_due: dt.date | None


def _status_for_due(due: dt.date, today: dt.date) -> str:
    if today > due:
        return DUE_OVERDUE
    if (due - today).days <= SOON_DAYS:
        return DUE_SOON
    return DUE_OK


def course_status(
    course: CourseType,
    employee: Employee,
    completions: Iterable[CourseCompletion],
    today: dt.date,
) -> CourseStatus:
    """Where one employee stands with one mandatory course on ``today``."""
    dates = [
        c.completed_on
        for c in completions
        if c.course_type_id == course.id and c.employee_id == employee.id
    ]
    last = max(dates) if dates else None
    if course.rule == RULE_INTERVAL:
        if last is None:
            return CourseStatus(DUE_NEVER, None, None)
        due = add_months(last, course.months or 0)
        return CourseStatus(_status_for_due(due, today), last, due)
    if course.rule == RULE_ONCE:
        return CourseStatus(DUE_OK if last else DUE_NEVER, last, None)
    if course.rule == RULE_WITHIN_EMPLOYMENT:
        if last is not None:
            return CourseStatus(DUE_OK, last, None)
        if employee.start_date is None:
            return CourseStatus(DUE_NEVER, None, None)
        due = add_months(employee.start_date, course.months or 0)
        st = _status_for_due(due, today)
        return CourseStatus(DUE_NEVER if st == DUE_OK else st, None, due)
    raise DomainError("unknown_course_rule", rule=course.rule)


MUS_INTERVAL_MONTHS = 12
MED_INTERVAL_MONTHS = 12

DUE_NEVER_HELD = "aldrig"


@dataclass(frozen=True)
class MeetingStatus:
    status: str  # forfalden / snart / ok / aldrig
    last: dt.date | None
    next_due: dt.date | None


def meeting_status(dates: Iterable[dt.date], today: dt.date, months: int) -> MeetingStatus:
    """MUS per employee, MED per tilbud: due ``months`` after the last one."""
    held = [d for d in dates if d <= today]
    if not held:
        return MeetingStatus(DUE_NEVER_HELD, None, None)
    last = max(held)
    due = add_months(last, months)
    return MeetingStatus(_status_for_due(due, today), last, due)


def mus_status(mus_dates, today, start_date: dt.date | None = None):
    """An employee's MUS. Someone who never had one is due ``MUS_INTERVAL_MONTHS``
    after their start date: within that first year the status is ok/snart with
    ``next_due`` = start + 12 months (``last`` None); once it has passed — or
    when the start date is unknown — it is *aldrig* (never held)."""
    st = meeting_status(mus_dates, today, MUS_INTERVAL_MONTHS)
    if st.status != DUE_NEVER_HELD or start_date is None:
        return st
    due = add_months(start_date, MUS_INTERVAL_MONTHS)
    if today > due:
        return st
    return MeetingStatus(_status_for_due(due, today), None, due)


def med_status(med_dates, today):
    return meeting_status(med_dates, today, MED_INTERVAL_MONTHS)


def mus_held_within(employees, mus_by_employee: Mapping[int, list], today: dt.date) -> tuple[int, int]:
    """(n, m): active employees with a MUS in the last 12 months, of all active."""
    staff = [e for e in employees if e.is_active(today)]
    start = add_months(today, -MUS_INTERVAL_MONTHS)
    n = sum(
        1
        for e in staff
        if any(start <= d <= today for d in mus_by_employee.get(e.id, ()))
    )
    return n, len(staff)


# --- staff turnover (*personalegennemstrømning*) -----------------------------------------------


def month_ends(today: dt.date, months: int = 12) -> list[dt.date]:
    """Every month-end in the ``months`` months that end on ``today`` (oldest first)."""
    start = add_months(today, -months)
    first_this = today.replace(day=1)
    ends = [add_months(first_this, -k + 1) - dt.timedelta(days=1) for k in range(months, -1, -1)]
    return [d for d in ends if start < d <= today]


def turnover_parts(employees, today: dt.date) -> tuple[int, float]:
    """(leavers in the last 12 months, average headcount at the month-ends): turnover is
    leavers ÷ average headcount, the headcount taken at each month's end."""
    start = add_months(today, -12)
    leavers = sum(1 for e in employees if e.end_date is not None and start < e.end_date <= today)
    ends = month_ends(today)
    heads = [sum(1 for e in employees if e.is_active(d)) for d in ends]
    return leavers, (sum(heads) / len(heads) if heads else 0.0)


# --- education mix -------------------------------------------------------------------------


def education_mix(employees: Iterable[Employee], on: dt.date) -> dict[str, int]:
    """Education code → number of active staff ('' when not recorded)."""
    return dict(Counter(e.education or "" for e in employees if e.is_active(on)))


def unskilled_share(employees: Iterable[Employee], on: dt.date) -> float | None:
    mix = education_mix(employees, on)
    total = sum(mix.values())
    return mix.get("ufaglaert", 0) / total if total else None


# --- initials --------------------------------------------------------------------------------


def suggest_initials(name: str, taken: Iterable[str]) -> str:
    """Initials from a name, unique among ``taken`` (case-insensitive).

    'Anne-Mette Sørensen' → 'AMS'; on a clash a letter of the surname, then a
    number, is added.
    """
    taken_up = {t.upper() for t in taken}
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w and w[0].isalpha()]
    if not words:
        base = "X"
    else:
        base = "".join(w[0] for w in words).upper()[:4]
    if base not in taken_up:
        return base
    last = words[-1] if words else "X"
    for ch in last[1:]:
        cand = (base + ch).upper()
        if cand not in taken_up:
            return cand
    n = 2
    while f"{base}{n}" in taken_up:
        n += 1
    return f"{base}{n}"
