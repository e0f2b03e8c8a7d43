"""What an archived plan version contained, in a small JSON-able summary, and
what changed between two versions (staff, gaps, activities). Pure functions;
the UI words the changes (texts.plan_change_text).
"""
from __future__ import annotations

from dataclasses import replace

from . import rules
from .snapshot import Snapshot

SUMMARY_FORMAT = 1


def summarise(s: Snapshot) -> dict:
    active = s.active_employees
    cov = rules.coverage(s.competences, s.employees, s.current, s.today)
    gaps = {}
    for c in s.competences:
        total = 0
        for e in active:
            total += rules.gap(c.expected_level, s.current.get((e.id, c.id))) or 0
        cv = cov[c.id]
        gaps[str(c.id)] = {"name": c.name, "category": c.category, "expected": c.expected_level,
                           "meeting": cv.meeting, "below": cv.below, "gap": total,
                           "vulnerability": cv.vulnerability}
    n, m = rules.mus_held_within(s.employees, s.mus_dates(), s.today)
    return {
        "format": SUMMARY_FORMAT,
        "date": s.today.isoformat(),
        "staff": {str(e.id): {"name": e.name, "initials": e.initials} for e in active},
        "gaps": gaps,
        "activities": {str(a.id): {"title": a.title, "status": a.status, "price_ore": a.price_ore}
                       for a in s.activities},
        "mus": [n, m],
        "budget_ore": sum(a.price_ore for a in s.activities if a.status != "aflyst"),
    }


def compare(old: dict, new: dict) -> list[tuple]:
    """Changes from ``old`` to ``new`` as (code, *details) tuples, in a stable order:

    staff_joined/staff_left (name), competence_added/competence_removed (name),
    vulnerability (name, old, new), gap (name, old, new), activity_added/activity_removed (title),
    activity_status (title, old, new), mus (old n, old m, new n, new m), budget (old, new).
    """
    out: list[tuple] = []
    os_, ns = old.get("staff", {}), new.get("staff", {})
    for k in ns.keys() - os_.keys():
        out.append(("staff_joined", ns[k]["name"]))
    for k in os_.keys() - ns.keys():
        out.append(("staff_left", os_[k]["name"]))
    og, ng = old.get("gaps", {}), new.get("gaps", {})
    for k in ng.keys() - og.keys():
        out.append(("competence_added", ng[k]["name"]))
    for k in og.keys() - ng.keys():
        out.append(("competence_removed", og[k]["name"]))
    for k in sorted(ng.keys() & og.keys(), key=lambda x: int(x) if x.isdigit() else 0):
        a, b = og[k], ng[k]
        if a.get("vulnerability") != b.get("vulnerability"):
            out.append(("vulnerability", b["name"], a.get("vulnerability"), b.get("vulnerability")))
        if a.get("gap") != b.get("gap"):
            out.append(("gap", b["name"], a.get("gap"), b.get("gap")))
    oa, na = old.get("activities", {}), new.get("activities", {})
    for k in na.keys() - oa.keys():
        out.append(("activity_added", na[k]["title"]))
    for k in oa.keys() - na.keys():
        out.append(("activity_removed", oa[k]["title"]))
    for k in sorted(na.keys() & oa.keys()):
        if oa[k].get("status") != na[k].get("status"):
            out.append(("activity_status", na[k]["title"], oa[k].get("status"), na[k].get("status")))
    if old.get("mus") != new.get("mus") and old.get("mus") and new.get("mus"):
        out.append(("mus", *old["mus"], *new["mus"]))
    if old.get("budget_ore") != new.get("budget_ore"):
        out.append(("budget", old.get("budget_ore", 0), new.get("budget_ore", 0)))
    order = ["staff_joined", "staff_left", "competence_added", "competence_removed", "vulnerability", "gap",
             "activity_added", "activity_removed", "activity_status", "mus", "budget"]
    out.sort(key=lambda t: (order.index(t[0]), str(t[1])))
    return out


def with_med_discussion(s: Snapshot, med_date, evaluation: str = "") -> Snapshot:
    """``s`` as it will be once the plan is recorded as *behandlet i MED* on
    ``med_date``: the archived rendering must show the discussion it documents
    (not "Endnu ikke drøftet"). Unchanged when that date is already recorded."""
    from .model import MedDiscussion

    if any(m.held_on == med_date for m in s.med):
        return s
    med = sorted([*s.med, MedDiscussion(id=0, held_on=med_date, evaluation=evaluation)], key=lambda m: m.held_on)
    return replace(s, med=med)
