"""The plan's Overblik sections: mandatory courses overdue or soon
due, MUS overdue or never held, the MED discussion, activities past their
follow-up date without an evaluation, and two summary cards. Registered with the
Overblik page's ``register_section``; each item opens where it is fixed.
The lists themselves come from ``domain.overview`` (tested without Qt)."""
from __future__ import annotations

from ... import texts
from ...domain import overview
from .overblik import Card, Item, Section, register_cards, register_section

_SEVERITY = {overview.SEVERE: "high", overview.SOON: "medium", overview.NOTE: "low"}


def _items(items, limit: int | None = None) -> list[Item]:
    out = [Item(texts.overview_item_text(i), i.page, i.payload, _SEVERITY[i.severity]) for i in items]
    if limit is not None and len(out) > limit:
        rest = len(out) - limit
        first = items[0]
        out = out[:limit] + [Item(f"… og {rest} mere", first.page, None, "low")]
    return out


def _section(key: str, items, order: int, limit: int | None = None) -> Section:
    return Section(texts.OVERVIEW_SECTION_TITLES[key], _items(items, limit), texts.OVERVIEW_EMPTY[key], order=order,
                   count=len(items))


@register_section
def courses_section(s) -> Section:
    sec = _section(overview.SECTION_COURSES, overview.course_items(s), 40, limit=12)
    if not s.active_employees:  # an empty staff is not "all courses in order"
        sec.empty_text = texts.OVERVIEW_NO_STAFF
    return sec


@register_section
def mus_section(s) -> Section:
    sec = _section(overview.SECTION_MUS, overview.mus_items(s), 50)
    if not s.active_employees:  # nobody on staff is not "everyone has had MUS"
        sec.empty_text = texts.OVERVIEW_NO_STAFF
    return sec


@register_section
def med_section(s) -> Section:
    return _section(overview.SECTION_MED, overview.med_items(s), 55)


@register_section
def followup_section(s) -> Section:
    sec = _section(overview.SECTION_FOLLOWUP, overview.followup_items(s), 60)
    if not s.activities:
        sec.empty_text = texts.OVERVIEW_NO_ACTIVITIES
    return sec


@register_section
def tilsyn_section(s) -> Section:
    """Staff turnover and supervision in the last 12 months, as Dokumentation til socialtilsynet
    reports them; supervision missing for either audience is marked."""
    from ...domain import tilsyn

    to = tilsyn.turnover(s)
    if to.rate is None:
        turnover = Item(texts.OVERVIEW_TURNOVER_NONE, "medarbejdere")
    else:
        turnover = Item(texts.OVERVIEW_TURNOVER.format(rate=texts.fmt_percent(to.rate), leavers=to.leavers,
                                                       avg=texts.fmt_decimal(to.avg_headcount)),
                        "medarbejdere", tooltip=texts.TILSYN_TURNOVER_FORMULA)
    sup = tilsyn.supervision_year(s)
    missing = [a for a, y in sup.items() if not y.count]
    supervision = Item(texts.OVERVIEW_SUPERVISION.format(lead=sup["ledelse"].count, staff=sup["medarbejdere"].count),
                       "med", severity="high" if missing else "ok",
                       tooltip="\n".join(texts.NO_SUPERVISION.format(audience=texts.SUPERVISION_AUDIENCE_LABELS[a].lower())
                                         for a in missing))
    return Section(texts.OVERVIEW_TILSYN_TITLE, [turnover, supervision], order=58)


@register_cards
def plan_cards(s) -> list:
    courses = overview.course_items(s)
    overdue = sum(1 for i in courses if i.severity == overview.SEVERE)
    mus = len(overview.mus_items(s))
    return [
        Card(texts.OVERVIEW_CARDS["courses_overdue"], str(overdue), "high" if overdue else "ok"),
        Card(texts.OVERVIEW_CARDS["mus_missing"], str(mus), "high" if mus else "ok"),
    ]


def overview_sections(s) -> list[Section]:
    """All of this module's sections for a snapshot (for callers other than the page)."""
    return [courses_section(s), mus_section(s), med_section(s), followup_section(s)]
