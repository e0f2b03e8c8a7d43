"""The Overblik: what needs the leader's attention, computed from a Snapshot.

Pure functions, no Qt, no Danish sentences. Every item says which page fixes
it (``page``, a key of ``ui.pages.PAGES``) and what to open there
(``payload``); the UI words it with ``texts.overview_item_text``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import requirements as _requirements
from .model import ACTIVITY_CATEGORIES, Activity
from .rules import (
    DUE_NEVER,
    DUE_NEVER_HELD,
    DUE_OVERDUE,
    DUE_SOON,
    VULN_CRITICAL,
    VULN_HIGH,
    course_status,
    coverage,
    med_status,
    mus_status,
)
from .snapshot import Snapshot

# section keys, in the order the Overblik shows them
SECTION_COURSES = "kurser"
SECTION_MUS = "mus"
SECTION_MED = "med"
SECTION_VULNERABLE = "saarbarhed"
SECTION_FOLLOWUP = "opfoelgning"
SECTION_REQUIREMENTS = "krav"
SECTIONS = (
    SECTION_VULNERABLE,
    SECTION_COURSES,
    SECTION_MUS,
    SECTION_MED,
    SECTION_FOLLOWUP,
    SECTION_REQUIREMENTS,
)

#: severity: 0 = act now, 1 = soon, 2 = to note
SEVERE, SOON, NOTE = 0, 1, 2


@dataclass(frozen=True)
class Item:
    section: str
    code: str  # forfalden / snart / aldrig_taget / aldrig / kritisk / hoej / mangler_evaluering / a requirement code
    page: str  # where it is fixed
    payload: object  # what to open there (employee id, (employee id, course id), activity id, ...)
    subject: str = ""  # the employee, competence or activity it is about
    detail: str = ""  # the course name, the number of staff meeting the level, ...
    day: dt.date | None = None  # due date, follow-up date, last held
    severity: int = NOTE


@dataclass
class Section:
    key: str
    items: list[Item] = field(default_factory=list)


# --- mandatory courses --------------------------------------------------------------


def course_items(s: Snapshot) -> list[Item]:
    """Overdue, soon-due and never-taken mandatory courses of active staff.

    A course to take within N months of employment that is not due yet is
    not listed (rules.course_status says *aldrig taget* with a due date).
    """
    out = []
    types = [c for c in s.course_types if c.active]
    for e in s.active_employees:
        for ct in types:
            st = course_status(ct, e, s.completions, s.today)
            if st.status == DUE_OVERDUE:
                sev = SEVERE
            elif st.status == DUE_SOON:
                sev = SOON
            elif st.status == DUE_NEVER and st.next_due is None:
                sev = SEVERE
            else:
                continue
            out.append(Item(SECTION_COURSES, st.status, "kurser", (e.id, ct.id),
                            e.name, ct.name, st.next_due, sev))
    out.sort(key=lambda i: (i.severity, i.day or dt.date.min, i.subject, i.detail))
    return out


# --- MUS and MED --------------------------------------------------------------------


def mus_items(s: Snapshot) -> list[Item]:
    """Active staff whose MUS is over 12 months old, or who never had one and
    started more than 12 months ago (a new hire's first MUS is due a year in)."""
    by_emp = s.mus_dates()
    out = []
    for e in s.active_employees:
        st = mus_status(by_emp.get(e.id, []), s.today, e.start_date)
        booked = min((d for d in by_emp.get(e.id, []) if d > s.today), default=None)
        if booked is not None and st.status in (DUE_OVERDUE, DUE_NEVER_HELD):
            # late, but a date is agreed: said as a note, not an alarm
            out.append(Item(SECTION_MUS, "aftalt", "medarbejder", e.id, e.name, "", booked, NOTE))
        elif st.status == DUE_OVERDUE:
            out.append(Item(SECTION_MUS, st.status, "medarbejder", e.id, e.name, "", st.last, SEVERE))
        elif st.status == DUE_NEVER_HELD:
            out.append(Item(SECTION_MUS, st.status, "medarbejder", e.id, e.name, "", e.start_date, SOON))
    out.sort(key=lambda i: (i.severity, i.day or dt.date.min, i.subject))
    return out


def med_items(s: Snapshot) -> list[Item]:
    """The plan's MED discussion: overdue, due within 60 days, or never held."""
    st = med_status([m.held_on for m in s.med], s.today)
    if st.status in (DUE_OVERDUE, DUE_NEVER_HELD):
        return [Item(SECTION_MED, st.status, "med", None, "", "", st.next_due or st.last, SEVERE)]
    if st.status == DUE_SOON:
        return [Item(SECTION_MED, st.status, "med", None, "", "", st.next_due, SOON)]
    return []


# --- sårbarhed ---------------------------------------------------------------------------


def vulnerable_items(s: Snapshot, absent=()) -> list[Item]:
    """Competences with *Kritisk* or *Høj sårbarhed* among the active staff."""
    cov = coverage(s.competences, s.employees, s.current, s.today, absent=absent)
    out = []
    for c in s.competences:
        v = cov[c.id].vulnerability
        if v in (VULN_CRITICAL, VULN_HIGH):
            out.append(Item(SECTION_VULNERABLE, v, "matrix", c.id, c.name, str(cov[c.id].meeting), None,
                            SEVERE if v == VULN_CRITICAL else SOON))
    out.sort(key=lambda i: i.severity)
    return out


# --- transfer follow-up -----------------------------------------------------------------


def followup_items(s: Snapshot) -> list[Item]:
    """Activities past their follow-up date without an evaluation."""
    out = []
    for a in s.activities:
        if a.status == "aflyst" or a.followup_date is None:
            continue
        if a.followup_date < s.today and not a.evaluation.strip():
            out.append(Item(SECTION_FOLLOWUP, "mangler_evaluering", "uddannelsesplan", a.id,
                            a.title, "", a.followup_date, SOON))
    out.sort(key=lambda i: i.day)
    return out


# --- plan requirements ---------------------------------------------------------------------


def requirement_items(s: Snapshot) -> list[Item]:
    return [
        Item(SECTION_REQUIREMENTS, r.code, r.page, r.payload, "", str(r.section), None, NOTE)
        for r in _requirements.check(s)
        if not r.met
    ]


def sections(s: Snapshot) -> list[Section]:
    """All Overblik sections, in display order (empty ones included)."""
    fns = {
        SECTION_VULNERABLE: vulnerable_items,
        SECTION_COURSES: course_items,
        SECTION_MUS: mus_items,
        SECTION_MED: med_items,
        SECTION_FOLLOWUP: followup_items,
        SECTION_REQUIREMENTS: requirement_items,
    }
    return [Section(k, fns[k](s)) for k in SECTIONS]


# --- budget --------------------------------------------------------------------------------


def activity_year(a: Activity) -> int | None:
    """The budget year: the one the leader set, else the year the activity starts (its
    start date, or the first year its *tidsplan* names: »Forår 2027« is 2027)."""
    if a.year:
        return a.year
    if a.start_date:
        return a.start_date.year
    m = _SCHEDULE_YEAR.search(a.schedule or "")
    return int(m.group(1)) if m else None


_SCHEDULE_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


@dataclass(frozen=True)
class BudgetRow:
    year: int | None
    category: str  # an ACTIVITY_CATEGORIES code, or "" for the year's total
    funded_ore: int
    unfunded_ore: int
    activities: int

    @property
    def total_ore(self) -> int:
        return self.funded_ore + self.unfunded_ore


def budget(activities, years=None) -> list[BudgetRow]:
    """Planned cost per year and category, funded vs not (cancelled excluded).

    One row per (year, category) that has activities, then the year's total
    (category ""). Years ascending; activities without a year last.
    """
    sums: dict[tuple, list[int]] = {}
    for a in activities:
        if a.status == "aflyst":
            continue
        y = activity_year(a)
        if years is not None and y not in years:
            continue
        for key in ((y, a.category), (y, "")):
            cell = sums.setdefault(key, [0, 0, 0])
            cell[0 if a.funded else 1] += a.price_ore
            cell[2] += 1
    order = {c: i for i, c in enumerate(ACTIVITY_CATEGORIES)}
    order[""] = len(order)
    keys = sorted(sums, key=lambda k: (k[0] is None, k[0] or 0, order.get(k[1], 99)))
    return [BudgetRow(y, c, *sums[(y, c)]) for y, c in keys]
