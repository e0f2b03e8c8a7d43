"""The figures Socialtilsynet reads under the kvalitetsmodel's themes *Kompetencer* and
*Organisation og ledelse*, and the tilbud's competence development, computed from a Snapshot.

Counts are exact here; the document decides how a count of people is shown (the MED
version's rule: 1 or 2 people read *under 3*). Pure functions, no Qt, no SQL, no Danish.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import ACTIVITY_CATEGORIES, SUPERVISION_AUDIENCES
from .overview import activity_year
from .rules import (
    NOT_RELEVANT,
    add_months,
    coverage,
    education_mix,
    month_ends,
    turnover_parts,
    vulnerability_of_count,
)
from .snapshot import Snapshot

#: how far back "recent further education" reaches
RECENT_MONTHS = 24
#: how far back supervision and turnover reach
YEAR_MONTHS = 12
#: the competence tags that tie a competence to the tilbud's methods and target groups
METHOD_TAGS = ("faglige tilgange og metoder", "nye målgrupper")
#: experience bands in whole years: (code, from, below); None = no upper bound
EXPERIENCE_BANDS = (("under_1", 0, 1), ("1_2", 1, 2), ("2_5", 2, 5), ("5_10", 5, 10), ("10_plus", 10, None))
NOT_RECORDED = "not_recorded"

#: profile keys of the optional sickness figure, as the årsrapport reports it
SICKNESS_YEAR = "sygefravaer_aar"
SICKNESS_DAYS = "sygefravaer_dagsvaerk"


def years_between(a: dt.date, b: dt.date) -> float:
    return max(0.0, (b - a).days / 365.25)


def band_of(years: float) -> str:
    for code, lo, hi in EXPERIENCE_BANDS:
        if years >= lo and (hi is None or years < hi):
            return code
    return EXPERIENCE_BANDS[-1][0]


# --- Kompetencer ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Experience:
    """Active staff per band (``NOT_RECORDED`` without the date or figure), and the mean years
    of those recorded (None without any)."""

    bands: dict
    mean_years: float | None
    recorded: int


def _experience(values: list[float | None]) -> Experience:
    bands = {code: 0 for code, _lo, _hi in EXPERIENCE_BANDS}
    bands[NOT_RECORDED] = 0
    known = [v for v in values if v is not None]
    for v in values:
        bands[NOT_RECORDED if v is None else band_of(v)] += 1
    return Experience(bands, sum(known) / len(known) if known else None, len(known))


def tenure_years(e, today: dt.date) -> float | None:
    """Years in the tilbud (None without a start date)."""
    return years_between(e.start_date, today) if e.start_date else None


def target_group_years(e, today: dt.date) -> float | None:
    """Years with the target group: the years before employment the leader recorded plus the
    years in the tilbud (None when the years before are not recorded)."""
    before = e.target_group_years_before
    if before is None:
        return None
    return before + (tenure_years(e, today) or 0.0)


def activity_day(a) -> dt.date | None:
    """The day an activity was completed: its end date, else its start date, else the end of its year."""
    if a.end_date:
        return a.end_date
    if a.start_date:
        return a.start_date
    y = activity_year(a)
    return dt.date(y, 12, 31) if y else None


@dataclass(frozen=True)
class RecentActivity:
    id: int
    title: str
    category: str
    form: str
    day: dt.date | None
    participant_ids: tuple
    competence_ids: tuple


@dataclass(frozen=True)
class CompetenceLearning:
    competence_id: int
    activities: int  # completed activities in the period that develop it
    people: int  # distinct participants in them


@dataclass(frozen=True)
class CourseDone:
    course_type_id: int
    completions: int
    people: int  # distinct staff who completed it


@dataclass(frozen=True)
class MethodCompetence:
    competence_id: int
    tag: str
    expected: int
    meeting: int
    below: int
    not_assessed: int
    vulnerability: str
    per_team: bool
    team_cover: dict  # team id -> active members at the expected level (teams with active staff)
    meeting_ids: tuple  # the active staff at the expected level (shown as initials only on request)


# --- Organisation og ledelse ------------------------------------------------------------------


@dataclass(frozen=True)
class SupervisionYear:
    audience: str
    sessions: tuple  # SupervisionSession held in the last 12 months, oldest first

    @property
    def count(self) -> int:
        return len(self.sessions)

    @property
    def last(self) -> dt.date | None:
        return self.sessions[-1].held_on if self.sessions else None


@dataclass(frozen=True)
class Turnover:
    leavers: int
    ends: tuple  # the month-ends of the period
    heads: tuple  # active staff at each of them
    avg_headcount: float

    @property
    def rate(self) -> float | None:
        """Leavers ÷ average headcount (None without staff in the period)."""
        return self.leavers / self.avg_headcount if self.avg_headcount else None


@dataclass(frozen=True)
class Sickness:
    year: int
    days_per_fte: float  # *dagsværk pr. fuldtidsansat*


def sickness(profile: dict) -> Sickness | None:
    """The leader's optional yearly sickness figure, or None when not entered (or unreadable)."""
    raw = (profile.get(SICKNESS_DAYS) or "").strip().replace(" ", "")
    year = (profile.get(SICKNESS_YEAR) or "").strip()
    if not raw or not year:
        return None
    try:
        value = float(raw.replace(".", "").replace(",", ".") if "," in raw else raw)
        y = int(year)
    except ValueError:
        return None
    if value < 0 or not 1900 <= y <= 2200:
        return None
    return Sickness(y, value)


def sickness_problem(key: str, value: str) -> str | None:
    """A code for an unusable sickness entry (empty is fine): *sickness_year* for a year that is
    not four digits, *sickness_days* for a figure that is not a non-negative number."""
    value = (value or "").strip()
    if key not in (SICKNESS_YEAR, SICKNESS_DAYS) or not value:
        return None
    if key == SICKNESS_YEAR:
        return None if value.isdigit() and 1900 <= int(value) <= 2200 else "sickness_year"
    return None if sickness({SICKNESS_YEAR: "2000", SICKNESS_DAYS: value}) is not None else "sickness_days"


# --- the whole -----------------------------------------------------------------------------------


@dataclass
class TilsynFigures:
    today: dt.date
    active_ids: tuple
    education: dict  # education code ('' = not recorded) -> active staff
    tenure: Experience
    target_group: Experience
    recent_since: dt.date
    recent: list  # RecentActivity, completed in the last 24 months, oldest first
    recent_by_category: dict  # activity category -> (activities, distinct participants)
    recent_by_competence: list  # CompetenceLearning, in the profile's order (only those developed)
    courses_done: list  # CourseDone, in the course list's order (only those taken)
    methods: list  # MethodCompetence
    year_since: dt.date
    supervision: dict  # audience -> SupervisionYear
    turnover: Turnover
    sickness: Sickness | None
    activities_by_category: dict  # category -> {status: count} (cancelled included, as planned)
    med_dates: list = field(default_factory=list)

    @property
    def active(self) -> int:
        return len(self.active_ids)

    def missing_supervision(self) -> list[str]:
        """The audiences without a supervision session in the last 12 months."""
        return [a for a in SUPERVISION_AUDIENCES if not self.supervision[a].count]


def supervision_year(s: Snapshot) -> dict:
    """Audience -> the sessions held in the 12 months that end today."""
    since = add_months(s.today, -YEAR_MONTHS)
    out = {}
    for aud in SUPERVISION_AUDIENCES:
        xs = sorted((x for x in s.supervision if x.audience == aud and since <= x.held_on <= s.today),
                    key=lambda x: (x.held_on, x.id))
        out[aud] = SupervisionYear(aud, tuple(xs))
    return out


def turnover(s: Snapshot) -> Turnover:
    leavers, avg = turnover_parts(s.employees, s.today)
    ends = month_ends(s.today)
    heads = tuple(sum(1 for e in s.employees if e.is_active(d)) for d in ends)
    return Turnover(leavers, tuple(ends), heads, avg)


def figures(s: Snapshot) -> TilsynFigures:
    today = s.today
    active = s.active_employees
    active_ids = {e.id for e in active}
    recent_since = add_months(today, -RECENT_MONTHS)

    recent = []
    for a in s.activities:
        day = activity_day(a)
        if a.status == "gennemfoert" and day is not None and recent_since < day <= today:
            recent.append(RecentActivity(a.id, a.title, a.category, a.form, day,
                                         tuple(a.participant_ids), tuple(a.competence_ids)))
    recent.sort(key=lambda r: (r.day, r.id))
    by_cat = {}
    for cat in ACTIVITY_CATEGORIES:
        xs = [r for r in recent if r.category == cat]
        if xs:
            by_cat[cat] = (len(xs), len({p for r in xs for p in r.participant_ids}))
    by_comp = []
    for c in s.competences:
        xs = [r for r in recent if c.id in r.competence_ids]
        if xs:
            by_comp.append(CompetenceLearning(c.id, len(xs), len({p for r in xs for p in r.participant_ids})))
    done = []
    for ct in s.course_types:
        xs = [x for x in s.completions if x.course_type_id == ct.id and recent_since < x.completed_on <= today]
        if xs:
            done.append(CourseDone(ct.id, len(xs), len({x.employee_id for x in xs})))

    cov = coverage(s.competences, s.employees, s.current, today)
    methods = []
    for tag in METHOD_TAGS:
        for c in s.competences:
            if tag not in c.tags:
                continue
            cv = cov[c.id]
            teams: dict[int, int] = {}
            meeting_ids = []
            for e in active:
                v = s.current.get((e.id, c.id))
                ok = v is not None and v is not NOT_RELEVANT and v >= c.expected_level
                if ok:
                    meeting_ids.append(e.id)
                if e.team_id is not None:
                    teams[e.team_id] = teams.get(e.team_id, 0) + ok
            methods.append(MethodCompetence(c.id, tag, c.expected_level, cv.meeting, cv.below, cv.not_assessed,
                                            vulnerability_of_count(cv.meeting), c.per_team, teams,
                                            tuple(meeting_ids)))

    acts: dict[str, dict[str, int]] = {}
    for a in s.activities:
        cell = acts.setdefault(a.category, {})
        cell[a.status] = cell.get(a.status, 0) + 1

    return TilsynFigures(
        today=today,
        active_ids=tuple(e.id for e in active),
        education=education_mix(s.employees, today),
        tenure=_experience([tenure_years(e, today) for e in active]),
        target_group=_experience([target_group_years(e, today) for e in active]),
        recent_since=recent_since,
        recent=recent,
        recent_by_category=by_cat,
        recent_by_competence=by_comp,
        courses_done=done,
        methods=methods,
        year_since=add_months(today, -YEAR_MONTHS),
        supervision=supervision_year(s),
        turnover=turnover(s),
        sickness=sickness(s.profile),
        activities_by_category={c: acts[c] for c in ACTIVITY_CATEGORIES if c in acts},
        med_dates=sorted(m.held_on for m in s.med if m.held_on <= today),
    )
