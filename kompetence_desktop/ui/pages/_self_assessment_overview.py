"""The Overblik's self-assessment forms: *Selvvurderinger modtaget: 9 af 12* as a
card and the active staff whose form has not come back (each opens the
employee). Shown only once forms are in use (made or read in), and never in any
MED document: it names people."""
from __future__ import annotations

from ... import texts
from ...domain.dates import format_date
from .overblik import Card, Item, Section, register_cards, register_section


def _counts(s):
    rnd = s.self_forms
    if rnd is None:
        return None
    staff = [e for e in s.active_employees if not e.anonymised]
    got = [e for e in staff if e.id in rnd.received]
    missing = [e for e in staff if e.id not in rnd.received]
    return rnd, staff, got, missing


@register_cards
def self_assessment_cards(s) -> list:
    c = _counts(s)
    if c is None:
        return []
    _rnd, staff, got, missing = c
    return [Card(texts.SELF_FORM_OVERVIEW_CARD, f"{len(got)} af {len(staff)}", "medium" if missing else "ok")]


@register_section
def self_assessment_section(s) -> Section | None:
    c = _counts(s)
    if c is None:
        return None
    rnd, staff, got, missing = c
    since = f" (formularer lavet {format_date(rnd.started)})" if rnd.started else ""
    items = [Item(texts.SELF_FORM_OVERVIEW_MISSING.format(name=e.name, initials=e.initials), "medarbejder", e.id,
                  "low") for e in missing]
    return Section(texts.SELF_FORM_OVERVIEW_TITLE.format(got=len(got), total=len(staff)) + since, items,
                   texts.SELF_FORM_OVERVIEW_ALL, order=52)
