"""The *årshjul*: one year's dates by quarter, computed from a Snapshot.

Planned activities and their follow-ups, mandatory-course renewals falling
due, the MUS season (held or due per month), the MED review and the
supervision sessions (held, and the expected ones continued from their
rhythm). Pure functions: the UI and the .ics export word the kinds.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, replace

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
    booked: bool = False  # a MUS given a date ahead: agreed with the employee, not just due
    #: a month's group of dates (MUS or course renewals of several staff): its last day, when
    #: it differs from ``day`` – the group is not one event that lasts (``end``), so no calendar span
    last_day: dt.date | None = None

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
        if _in_year(a.followup_date, year) and not a.evaluation.strip():
            out.append(Event(a.followup_date, KIND_FOLLOWUP, a.title, "uddannelsesplan", a.id,
                             key=f"opfoelgning-{a.id}"))
    return out


def _group_by_month(rows, make):
    """rows: (day, group key, initials) → one event per (group, month) at its earliest day."""
    groups: dict[tuple, list] = {}
    for day, gkey, who in rows:
        groups.setdefault((gkey, day.year, day.month), []).append((day, who))
    out = []
    for (gkey, y, m), items in groups.items():
        items.sort()
        ev = make(gkey, items[0][0], tuple(w for _d, w in items))
        if items[-1][0] != items[0][0]:
            ev = replace(ev, last_day=items[-1][0])
        out.append(ev)
    return out


def _courses(s: Snapshot, year: int) -> list[Event]:
    types = {c.id: c for c in s.course_types if c.active}
    rows = []
    for e in s.active_employees:
        for ct in types.values():
            st = course_status(ct, e, s.completions, s.today)
            if _in_year(st.next_due, year):
                rows.append((st.next_due, ct.id, e.initials))
    return _group_by_month(
        rows,
        lambda cid, day, who: Event(day, KIND_COURSE, types[cid].name, "kurser", cid, who=who,
                                    key=f"kursus-{cid}-{day:%Y%m}"),
    )


def _mus(s: Snapshot, year: int) -> list[Event]:
    """Held MUS, booked ones (a date ahead) and, for staff without a booking, when the next is due."""
    by_emp = s.mus_dates()
    rows = []
    for e in s.active_employees:
        held = by_emp.get(e.id, [])
        for d in held:
            if _in_year(d, year) and d <= s.today:
                rows.append((d, "holdt", e.initials))
        booked = sorted(d for d in held if d > s.today)
        for d in booked:
            if _in_year(d, year):
                rows.append((d, "aftalt", e.initials))
        st = mus_status(held, s.today, e.start_date)
        if not booked and _in_year(st.next_due, year):
            rows.append((st.next_due, "plan", e.initials))
    return _group_by_month(
        rows,
        lambda what, day, who: Event(day, KIND_MUS, "", "medarbejdere", None, who=who, planned=what != "holdt",
                                     key=f"mus-{what}-{day:%Y%m}", booked=what == "aftalt"),
    )


def _med(s: Snapshot, year: int) -> list[Event]:
    out = [
        Event(m.held_on, KIND_MED, "", "med", (KIND_MED, m.id), planned=False, key=f"med-{m.id}")
        for m in s.med
        if _in_year(m.held_on, year)
    ]
    st = med_status([m.held_on for m in s.med], s.today)
    if _in_year(st.next_due, year):
        out.append(Event(st.next_due, KIND_MED, "", "med", None, key=f"med-plan-{st.next_due:%Y%m%d}"))
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
    events = _activities(s, year) + _courses(s, year) + _mus(s, year) + _med(s, year) + _supervision(s, year)
    order = {k: i for i, k in enumerate(KINDS)}
    events.sort(key=lambda e: (e.day, order[e.kind], e.title, e.key))
    return events


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


__all__ = ["Event", "KINDS", "year_events", "by_quarter", "years_with_events"]
