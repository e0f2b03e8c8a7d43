"""The *årshjul*: one year's dates by quarter, computed from a Snapshot.

Planned activities and their follow-ups, mandatory courses falling due (a
renewal, or a course never taken that *skal tages*), MUS (held or due), the
MED review and the supervision sessions (held, and the planned ones
continued from their rhythm). Staff due on the same day are one event on
that day — never gathered under the month's first date, so the årshjul says
the date the MUS agreement and the course rules say. A date that has passed
without the thing being done is *overdue*: still listed, and marked; and
``overdue_before`` finds what is overdue from before a period, so a plan
for the coming quarters does not drop it. Pure functions: the UI and the
.ics export word the kinds.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from .rules import add_months, course_status, med_status, mus_status
from .snapshot import Snapshot

KIND_ACTIVITY = "aktivitet"
KIND_FOLLOWUP = "opfoelgning"
KIND_COURSE = "kursus"
KIND_MUS = "mus"
KIND_MED = "med"
KIND_SUPERVISION = "supervision"
KINDS = (KIND_ACTIVITY, KIND_FOLLOWUP, KIND_COURSE, KIND_MUS, KIND_MED, KIND_SUPERVISION)


@dataclass(frozen=True)
class Event:
    day: dt.date
    kind: str
    title: str  # the activity or course name, the supervision provider ('' for MUS/MED)
    page: str  # the page that shows it
    #: what to open there: an activity id, a course id, or for the MED page
    #: ("med", discussion id) / ("supervision", session id); None for a planned date
    payload: object = None
    end: dt.date | None = None  # last day (inclusive) for a multi-day activity
    who: tuple[str, ...] = ()  # initials of the staff concerned
    planned: bool = True  # False: already held (MUS/MED/supervision in the past)
    audience: str = ""  # supervision: ledelse / medarbejdere
    key: str = ""  # stable identity (the .ics UID)
    overdue: bool = False  # due before today and not done
    first: bool = False  # a mandatory course never taken: it *skal tages*, not *fornys*
    booked: bool = False  # a MUS given a date ahead: agreed with the employee, not just due

    @property
    def quarter(self) -> int:
        return (self.day.month - 1) // 3 + 1


def _in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year


def _activities(s: Snapshot, year: int) -> list[Event]:
    out = []
    for a in s.activities:
        if a.status == "aflyst":
            continue
        if _in_year(a.start_date, year):
            end = a.end_date if a.end_date and a.end_date > a.start_date else None
            out.append(Event(a.start_date, KIND_ACTIVITY, a.title, "uddannelsesplan", a.id, end,
                             planned=a.status != "gennemfoert", key=f"aktivitet-{a.id}"))
    return out + _followups(s, lambda d: d.year == year)


def _followups(s: Snapshot, wanted) -> list[Event]:
    out = []
    for a in s.activities:
        if a.status == "aflyst" or a.followup_date is None or a.evaluation.strip():
            continue
        if wanted(a.followup_date):
            out.append(Event(a.followup_date, KIND_FOLLOWUP, a.title, "uddannelsesplan", a.id,
                             overdue=a.followup_date < s.today, key=f"opfoelgning-{a.id}"))
    return out


def _group_by_day(rows, make):
    """rows: (day, group key, initials) → one event per (group, day)."""
    groups: dict[tuple, list] = {}
    for day, gkey, who in rows:
        groups.setdefault((gkey, day), []).append(who)
    return [make(gkey, day, tuple(who)) for (gkey, day), who in groups.items()]


def _courses(s: Snapshot, wanted) -> list[Event]:
    """Courses due on a day ``wanted`` accepts. A course with a renewal interval or a one-off
    course never taken is due now (the course rule has no other date); one to be taken within
    the first months of employment is due that many months after the start."""
    types = {c.id: c for c in s.course_types if c.active}
    rows = []
    for e in s.active_employees:
        for ct in types.values():
            st = course_status(ct, e, s.completions, s.today)
            first = st.last is None
            due = st.next_due if st.next_due is not None else (s.today if first else None)
            if due is not None and wanted(due):
                rows.append((due, (ct.id, first), e.initials))
    return _group_by_day(
        rows,
        lambda g, day, who: Event(day, KIND_COURSE, types[g[0]].name, "kurser", g[0], who=who,
                                  overdue=day < s.today, first=g[1],
                                  key=f"kursus-{g[0]}-{'ny' if g[1] else 'forny'}-{day:%Y%m%d}"),
    )


def _mus(s: Snapshot, wanted, held_too: bool = True) -> list[Event]:
    """Held MUS, booked ones (a date ahead) and, for staff without a booking, when the next is due."""
    by_emp = s.mus_dates()
    rows = []
    for e in s.active_employees:
        held = by_emp.get(e.id, [])
        if held_too:
            for d in held:
                if wanted(d) and d <= s.today:
                    rows.append((d, "holdt", e.initials))
        booked = sorted(d for d in held if d > s.today)
        for d in booked:
            if wanted(d):
                rows.append((d, "aftalt", e.initials))
        st = mus_status(held, s.today, e.start_date)
        if not booked and st.next_due is not None and wanted(st.next_due):
            rows.append((st.next_due, "plan", e.initials))
    return _group_by_day(
        rows,
        lambda what, day, who: Event(day, KIND_MUS, "", "medarbejdere", None, who=who, planned=what != "holdt",
                                     overdue=what == "plan" and day < s.today, booked=what == "aftalt",
                                     key=f"mus-{what}-{day:%Y%m%d}"),
    )


def _med(s: Snapshot, year: int) -> list[Event]:
    out = [
        Event(m.held_on, KIND_MED, "", "med", (KIND_MED, m.id), planned=False, key=f"med-{m.id}")
        for m in s.med
        if _in_year(m.held_on, year)
    ]
    st = med_status([m.held_on for m in s.med], s.today)
    if _in_year(st.next_due, year):
        out.append(Event(st.next_due, KIND_MED, "", "med", None, overdue=st.next_due < s.today,
                         key=f"med-plan-{st.next_due:%Y%m%d}"))
    return out


def _supervision(s: Snapshot, year: int) -> list[Event]:
    out = []
    for audience in ("ledelse", "medarbejdere"):
        sessions = sorted((x for x in s.supervision if x.audience == audience), key=lambda x: x.held_on)
        for x in sessions:
            if _in_year(x.held_on, year):
                out.append(Event(x.held_on, KIND_SUPERVISION, x.provider, "med", (KIND_SUPERVISION, x.id),
                                 planned=x.held_on > s.today,
                                 audience=audience, key=f"supervision-{x.id}"))
        # continue the rhythm: the median gap of the last sessions, from the last one
        if len(sessions) >= 2:
            days = [x.held_on for x in sessions[-5:]]
            gaps = [(b - a).days for a, b in zip(days, days[1:])]
            gap = int(statistics.median(gaps))
            months = max(1, round(gap / 30.44))
            if 20 <= gap <= 400:
                last = sessions[-1]
                nxt = add_months(last.held_on, months)
                while nxt.year <= year:
                    if nxt.year == year and nxt > s.today:
                        out.append(Event(nxt, KIND_SUPERVISION, last.provider, "med", None, audience=audience,
                                         key=f"supervision-plan-{audience}-{nxt:%Y%m%d}"))
                    nxt = add_months(nxt, months)
    return out


def year_events(s: Snapshot, year: int) -> list[Event]:
    """All the year's events, sorted by date then kind."""
    in_year = lambda d: d.year == year
    events = _activities(s, year) + _courses(s, in_year) + _mus(s, in_year) + _med(s, year) + _supervision(s, year)
    return _sorted(events)


def _sorted(events):
    order = {k: i for i, k in enumerate(KINDS)}
    events.sort(key=lambda e: (e.day, order[e.kind], e.title, e.key))
    return events


def overdue_before(s: Snapshot, day: dt.date) -> list[Event]:
    """What fell due before ``day`` (and before today) and is still not done: course renewals and
    courses never taken, MUS, follow-ups without an evaluation, the MED review."""
    before = lambda d: d < day and d < s.today
    events = _courses(s, before) + _mus(s, before, held_too=False) + _followups(s, before)
    st = med_status([m.held_on for m in s.med], s.today)
    if st.next_due is not None and before(st.next_due):
        events.append(Event(st.next_due, KIND_MED, "", "med", None, overdue=True,
                            key=f"med-plan-{st.next_due:%Y%m%d}"))
    return _sorted(events)


def by_quarter(events) -> dict[int, list[Event]]:
    """Quarter 1–4 → its events (in the given order)."""
    out: dict[int, list[Event]] = {1: [], 2: [], 3: [], 4: []}
    for e in events:
        out[e.quarter].append(e)
    return out


def years_with_events(s: Snapshot) -> list[int]:
    """The years worth offering in a year selector: around today and any activity's year."""
    ys = {s.today.year - 1, s.today.year, s.today.year + 1}
    for a in s.activities:
        if a.start_date:
            ys.add(a.start_date.year)
    return sorted(ys)


__all__ = ["Event", "KINDS", "year_events", "overdue_before", "by_quarter", "years_with_events"]
