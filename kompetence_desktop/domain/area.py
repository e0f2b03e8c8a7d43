"""The area overview: one anonymous summary per tilbud, and the area's totals.

An områdeleder reads many tilbud files at once. Each file is boiled down to a
``TilbudSummary`` right after it is read: numbers and codes only, plus the
tilbud's own name and its competences' names (competences are not personal
data). No employee's name, initials, note or free text is kept in it, so
nothing built from these objects can show one.

Counts that describe people are kept exact here; every presentation goes
through ``people()``/``share()``/``partition()`` below, which turn a count
under ``SMALL_COUNT`` into *under 3*, and hide a count or share that would
give such a count away within the same row (the rest of a share, the last
part of a total). Not covered: differencing *across* tilbud — the area's
total of one education minus every tilbud's shown count of it gives the sum
of the hidden ones; when exactly one tilbud's count is hidden, that is it.

Pure functions, no Qt and no SQL.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from . import requirements as _requirements
from .model import CATEGORIES, EDUCATIONS
from .names import clean
from .names import fold as _fold_uncached
from .overview import budget as _budget
from .rules import (
    DUE_NEVER,
    DUE_OVERDUE,
    VULN_CRITICAL,
    VULN_HIGH,
    add_months,
    category_summaries,
    course_status,
    coverage,
    education_mix,
    med_status,
    month_ends,
    mus_held_within,
    turnover_parts,
)
from .snapshot import Snapshot

#: the same competence names come back in file after file: fold each spelling once
fold = functools.lru_cache(maxsize=8192)(_fold_uncached)

#: a count of people below this is shown as *under 3*
SMALL_COUNT = 3

# a staff member's standing with the mandatory courses (the worst of their courses)
COURSES_CURRENT = "current"  # every course taken and not overdue (or not due yet)
COURSES_OVERDUE = "overdue"  # some course overdue
COURSES_NEVER = "never"  # some course never taken although it is due now
COURSE_STANDINGS = (COURSES_CURRENT, COURSES_OVERDUE, COURSES_NEVER)


def competence_key(name: str) -> str:
    """Competences in different files are the same when their names are: case,
    Unicode form, invisible characters and whitespace don't count."""
    return fold(name)


@dataclass(frozen=True)
class CompetenceLine:
    key: str  # competence_key(name)
    name: str  # as this file writes it
    category: str
    vulnerability: str  # rules.VULN_* among the active staff


@dataclass(frozen=True)
class TilbudSummary:
    """One tilbud, anonymous. ``label`` is the tilbud's name (or the file's stem)."""

    file: str  # the file's name, without its folder
    label: str
    active: int
    leavers: int  # staff whose employment ended within the last 12 months
    avg_headcount: float  # active staff at each of the last 12 month-ends, averaged
    education: dict  # education code ('' = not recorded) -> active staff
    competences: tuple  # CompetenceLine, in the file's order
    category_cells: dict  # category -> (assessments below expected, assessed cells)
    courses: dict  # COURSE_STANDINGS -> active staff; empty without mandatory courses
    mus_held: int  # active staff with a MUS within 12 months
    med_last: dt.date | None
    med_within: bool
    checklist_met: int
    checklist_total: int
    budget: dict  # year (None = no year) -> (funded øre, not funded øre)
    withheld_names: int = 0  # competence names not shown because they contain a staff name

    @property
    def turnover(self) -> float | None:
        """*Personalegennemstrømning*: leavers / average headcount (None without staff)."""
        return self.leavers / self.avg_headcount if self.avg_headcount else None

    def vulnerable(self, code: str) -> list[str]:
        return [c.name for c in self.competences if c.vulnerability == code]


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be read: ``code`` is a tilbudfile.FileProblem code or
    *busy* (being written the whole time we tried) / *interrupted* (a crashed
    save waits to be rolled back by the program)."""

    file: str
    path: str
    code: str
    detail: str = ""


# --- one tilbud -----------------------------------------------------------------------


def course_standings(s: Snapshot) -> dict[str, int]:
    """Active staff by their worst standing with the active mandatory courses."""
    types = [c for c in s.course_types if c.active]
    if not types:
        return {}
    by_emp: dict[int, list] = {}
    for c in s.completions:
        by_emp.setdefault(c.employee_id, []).append(c)
    out = dict.fromkeys(COURSE_STANDINGS, 0)
    for e in s.active_employees:
        mine = by_emp.get(e.id, ())
        worst = COURSES_CURRENT
        for ct in types:
            st = course_status(ct, e, mine, s.today)
            if st.status == DUE_OVERDUE:
                worst = COURSES_OVERDUE
                break
            if st.status == DUE_NEVER and st.next_due is None:
                worst = COURSES_NEVER
        out[worst] += 1
    return out


def _staff_words(employees) -> set[str]:
    """Every staff member's full name and name words of 3 letters or more, folded."""
    out: set[str] = set()
    for e in employees:
        if e.anonymised:
            continue
        full = fold(e.name)
        if full:
            out.add(full)
        out.update(w for w in full.split() if len(w) >= 3)
    return out


def names_someone(text: str, staff_words: set[str]) -> bool:
    """``text`` (a competence's or the tilbud's name) holds a staff member's name
    or a word of it, also in the genitive ("Sofies metode")."""
    folded = fold(text)
    if folded in staff_words:
        return True
    for raw in folded.replace("-", " ").split():
        w = raw.strip(".,;:()[]\"")
        for cand in (w, w[:-1] if w.endswith(("s", "'", "’")) else None,
                     w[:-2] if w.endswith(("'s", "’s")) else None):
            if cand and cand in staff_words:
                return True
    return False


def summarise(s: Snapshot, file_name: str) -> TilbudSummary:
    """The anonymous summary of one tilbud on ``s.today``."""
    today = s.today
    staff = s.employees
    active = s.active_employees
    staff_words = _staff_words(staff)
    cov = coverage(s.competences, staff, s.current, today)
    comps = []
    withheld = 0
    for c in s.competences:
        name = clean(c.name)
        if not name:
            continue
        if names_someone(name, staff_words):  # a competence named after a person would name them
            withheld += 1
            continue
        comps.append(CompetenceLine(competence_key(name), name, c.category, cov[c.id].vulnerability))
    cells = {
        cs.category: (cs.cells_below, cs.cells_below + cs.cells_meeting)
        for cs in category_summaries(s.competences, staff, s.current, today)
    }
    leavers, avg = turnover_parts(staff, today)
    mus_n, _m = mus_held_within(staff, s.mus_dates(), today)
    med = med_status([m.held_on for m in s.med], today)
    reqs = _requirements.check(s)
    money = {
        r.year: (r.funded_ore, r.unfunded_ore)
        for r in _budget(s.activities)
        if r.category == ""
    }
    label = clean(s.profile.get("navn", ""))
    if not label or names_someone(label, staff_words):
        label = file_name.rsplit(".", 1)[0]
    return TilbudSummary(
        file=file_name,
        label=label,
        active=len(active),
        leavers=leavers,
        avg_headcount=avg,
        education=education_mix(staff, today),
        competences=tuple(comps),
        category_cells=cells,
        courses=course_standings(s),
        mus_held=mus_n,
        med_last=med.last,
        med_within=med.last is not None and med.last > add_months(today, -12),
        checklist_met=sum(r.met for r in reqs),
        checklist_total=len(reqs),
        budget=money,
        withheld_names=withheld,
    )


# --- the area ------------------------------------------------------------------------------


@dataclass
class CompetenceAcross:
    key: str
    name: str  # the spelling most tilbud use
    category: str
    tilbud: int  # how many tilbud have it
    critical: int  # in how many it is Kritisk
    high: int  # ... Høj


@dataclass
class AreaOverview:
    today: dt.date
    tilbud: list[TilbudSummary] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)

    def __post_init__(self):
        self.tilbud.sort(key=lambda t: (fold(t.label), t.file))
        self.unreadable.sort(key=lambda u: fold(u.file))

    # people
    @property
    def active(self) -> int:
        return sum(t.active for t in self.tilbud)

    @property
    def leavers(self) -> int:
        return sum(t.leavers for t in self.tilbud)

    @property
    def avg_headcount(self) -> float:
        return sum(t.avg_headcount for t in self.tilbud)

    @property
    def turnover(self) -> float | None:
        avg = self.avg_headcount
        return self.leavers / avg if avg else None

    @property
    def education(self) -> dict[str, int]:
        """Education code -> active staff in the area, in the program's order
        (then anything else a file holds, then *not recorded*)."""
        total: dict[str, int] = {}
        for t in self.tilbud:
            for k, v in t.education.items():
                total[k] = total.get(k, 0) + v
        order = {c: i for i, c in enumerate(EDUCATIONS)}
        return dict(sorted(total.items(), key=lambda kv: (kv[0] == "", order.get(kv[0], len(order)), kv[0])))

    @property
    def courses(self) -> dict[str, int]:
        out = dict.fromkeys(COURSE_STANDINGS, 0)
        for t in self.tilbud:
            for k, v in t.courses.items():
                out[k] += v
        return out

    @property
    def course_staff(self) -> int:
        """Active staff in the tilbud that have mandatory courses."""
        return sum(t.active for t in self.tilbud if t.courses)

    @property
    def mus_held(self) -> int:
        return sum(t.mus_held for t in self.tilbud)

    @property
    def med_within(self) -> int:
        return sum(t.med_within for t in self.tilbud)

    def category_cells(self) -> dict[str, tuple[int, int]]:
        out = {c: [0, 0] for c in CATEGORIES}
        for t in self.tilbud:
            for cat, (below, assessed) in t.category_cells.items():
                if cat in out:
                    out[cat][0] += below
                    out[cat][1] += assessed
        return {c: (b, a) for c, (b, a) in out.items()}

    # competences
    def competences(self) -> list[CompetenceAcross]:
        """Every competence of the area, matched by name across the files, in
        category order then by name."""
        by_key: dict[str, CompetenceAcross] = {}
        spellings: dict[str, dict[str, int]] = {}
        for t in self.tilbud:
            seen = set()
            for c in t.competences:
                if c.key in seen:
                    continue
                seen.add(c.key)
                a = by_key.get(c.key)
                if a is None:
                    a = by_key[c.key] = CompetenceAcross(c.key, c.name, c.category, 0, 0, 0)
                a.tilbud += 1
                a.critical += c.vulnerability == VULN_CRITICAL
                a.high += c.vulnerability == VULN_HIGH
                sp = spellings.setdefault(c.key, {})
                sp.setdefault(c.name, [0, -len(sp)])[0] += 1
        for k, a in by_key.items():
            # the spelling most tilbud use; on a tie one with a capital, then the first seen
            a.name = max(spellings[k].items(), key=lambda kv: (kv[1][0], kv[0][:1].isupper(), kv[1][1]))[0]
        order = {c: i for i, c in enumerate(CATEGORIES)}
        return sorted(by_key.values(), key=lambda a: (order.get(a.category, 9), a.key))

    def partial_competences(self) -> list[CompetenceAcross]:
        """The competences only some of the tilbud have."""
        n = len(self.tilbud)
        return [a for a in self.competences() if a.tilbud < n]

    # money
    def budget(self) -> dict:
        """year -> (funded øre, not funded øre) over the area (years ascending, None last)."""
        out: dict = {}
        for t in self.tilbud:
            for y, (f, u) in t.budget.items():
                cell = out.setdefault(y, [0, 0])
                cell[0] += f
                cell[1] += u
        return {y: tuple(out[y]) for y in sorted(out, key=lambda y: (y is None, y or 0))}


# --- the one rule for showing counts of people ------------------------------------------

#: codes a shown count or share can have instead of a number
UNDER_3 = "under_3"  # 0, 1 or 2 people
ALL_BUT_FEW = "all_but_few"  # a share whose complement is 1 or 2 people
HIDDEN = "hidden"  # a larger count hidden because the others' total would give away a small one


def people(n: int) -> int | None:
    """A count of people as it may be shown: None (*under 3*) when below SMALL_COUNT."""
    return None if n < SMALL_COUNT else n


def share(n: int, of: int) -> float | str | None:
    """``n`` of ``of`` people as a share, or None (*under 3*) when either count is
    below SMALL_COUNT: a share of a tiny group would show who it is. When the
    rest (``of - n``) is 1 or 2 people, the share would show that, so it is
    ALL_BUT_FEW (*alle på nær under 3*) instead."""
    if of < SMALL_COUNT or n < SMALL_COUNT:
        return None
    if 0 < of - n < SMALL_COUNT:
        return ALL_BUT_FEW
    return n / of


def partition(counts: dict) -> dict:
    """Counts of people that add up to a total that is shown (the education mix, the
    course standings): each below SMALL_COUNT is UNDER_3; and when the hidden ones
    together are 1 or 2 people — which the total minus the shown ones would give
    away — the smallest shown one is HIDDEN too."""
    out: dict = {k: (v if v >= SMALL_COUNT else UNDER_3) for k, v in counts.items()}
    masked = sum(v for k, v in counts.items() if out[k] == UNDER_3)
    if 0 < masked < SMALL_COUNT:
        shown = sorted((v, k) for k, v in counts.items() if out[k] != UNDER_3)
        if shown:
            # the only one shown is "all but under 3"; otherwise the smallest is hidden
            out[shown[0][1]] = ALL_BUT_FEW if len(shown) == 1 else HIDDEN
    return out
