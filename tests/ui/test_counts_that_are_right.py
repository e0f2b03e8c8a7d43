"""Counts that neither alarm nor mislead: a tilbud with staff and competences
but nothing assessed yet says *ikke vurderet endnu*, not "20 Kritisk
sårbarhed" in red; a section heading counts its items, not the lines shown;
the Årshjul marks what is overdue."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from kompetence_desktop.operations.base import History
from kompetence_desktop.operations.records import AddRecord
from kompetence_desktop.ui.pages import _plan_overview
from kompetence_desktop.ui.pages.overblik import basic_cards, vulnerable_section

from .helpers import page_for


def _staff_and_competences_not_assessed(repo):
    h = History(repo)
    for name, ini in (("Anna Berg", "AB"), ("Bo Carlsen", "BC"), ("Cille Dam", "CD")):
        h.run(AddRecord("employee", {"name": name, "initials": ini, "start_date": dt.date(2024, 1, 1)}))
    for i in range(5):
        h.run(AddRecord("competence", {"name": f"Kompetence {i}", "category": "faglige", "expected_level": 3}))


def test_nothing_assessed_yet_is_said_not_alarmed(empty_repo):
    _staff_and_competences_not_assessed(empty_repo)
    s = empty_repo.snapshot()
    cards = {c.label: c for c in basic_cards(s)}
    crit = cards["Kritisk sårbarhed"]
    assert crit.value == "ikke vurderet endnu" and crit.severity != "high"
    assert cards["Høj sårbarhed"].value == "ikke vurderet endnu"
    sec = vulnerable_section(s)
    assert sec.items == [] and "ikke vurderet endnu" in sec.empty_text


def test_a_heading_counts_every_item_not_the_lines_shown(demo_repo):
    s = demo_repo.snapshot()
    from kompetence_desktop.domain import overview

    real = len(overview.course_items(s))
    sec = _plan_overview.courses_section(s)
    shown = len(sec.items)
    assert sec.count == real
    if real > 12:  # the demo has more than fit: 12 lines and "… og N mere"
        assert shown == 13 and sec.items[-1].text == f"… og {real - 12} mere"


def test_overblik_heading_shows_the_real_count(window):
    from kompetence_desktop.domain import overview

    page = window.show_page("overblik")
    page.refresh()
    real = len(overview.course_items(window.ctx.repo.snapshot()))
    titles = [b.title() for b in page.findChildren(type(page.lists[0].parent())) if hasattr(b, "title")]
    assert any(t.endswith(f"skal fornys ({real})") for t in titles), titles


def test_aarshjul_marks_overdue_dates(ctx, qtbot):
    from kompetence_desktop.domain import dates
    from kompetence_desktop.ui.pages.aarshjul import EVENT_ROLE, AarshjulPage

    p = page_for(AarshjulPage, ctx, qtbot)
    p.set_year(dates.today().year)
    today = dates.today()
    seen_overdue = seen_future = False
    for lst in p.quarters.values():
        for i in range(lst.count()):
            it = lst.item(i)
            ev = it.data(EVENT_ROLE)
            overdue = ev.planned and ev.day < today and ev.kind in ("mus", "kursus", "med", "opfoelgning")
            assert ("forfalden" in it.text().lower()) == overdue, it.text()
            if overdue:
                seen_overdue = True
                assert it.foreground().color() == QColor("#a00000")
            elif ev.day > today:
                seen_future = True
    assert seen_overdue and seen_future
