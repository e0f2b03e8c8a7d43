"""The Årshjul page: MED and supervision rows open on double click, counts in
Danish, an activity over new year, shapes per kind."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.ui.models.records import ROW_ROLE
from kompetence_desktop.ui.pages.aarshjul import EVENT_ROLE, AarshjulPage
from kompetence_desktop.ui.pages.med import MedPage
from kompetence_desktop.operations import AddRecord

from .helpers import page_for


# --- the årshjul opens MED and supervision rows ---------------------------------------------------

def _aarshjul_item(p, kind):
    for year in range(2024, 2028):
        p.set_year(year)
        for lst in p.quarters.values():
            for i in range(lst.count()):
                ev = lst.item(i).data(EVENT_ROLE)
                if ev.kind == kind and ev.payload is not None:
                    return lst.item(i)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind,view", [("med", "med_view"), ("supervision", "sup_view")])
def test_aarshjul_double_click_selects_med_and_supervision(ctx, qtbot, kind, view):
    hjul = page_for(AarshjulPage, ctx, qtbot)
    med = page_for(MedPage, ctx, qtbot)
    got = []
    ctx.navigate.connect(lambda key, payload: got.append((key, payload)))
    item = _aarshjul_item(hjul, kind)
    hjul._open(item)
    key, payload = got[-1]
    assert key == "med"
    med.open_item(payload)
    sel = med.selected_ids(getattr(med, view), ROW_ROLE)
    ev = item.data(EVENT_ROLE)
    assert sel and sel[0].held_on == ev.day and sel[0].id == payload[1]


# --- counts in Danish -------------------------------------------------------------------------------

def test_aarshjul_counts_singular(ctx, qtbot):
    p = page_for(AarshjulPage, ctx, qtbot)
    for y in range(2024, 2029):
        p.set_year(y)
        for q, lab in p.counts.items():
            n = p.quarters[q].count()
            assert lab.text() == ("Ingen datoer" if n == 0 else f"{n} {'dato' if n == 1 else 'datoer'}")


# --- Årshjul over new year, and shapes per kind ---------------------------------------------------------

def test_aarshjul_activity_over_new_year_shows_end_year(ctx, qtbot):
    from kompetence_desktop.ui.pages.aarshjul import KIND_MARKS

    AddRecord("activity", {"title": "Over nytår", "start_date": dt.date(2026, 12, 15),
                                  "end_date": dt.date(2027, 2, 20)}).do(ctx.repo)
    p = page_for(AarshjulPage, ctx, qtbot)
    p.set_year(2026)
    q4 = [p.quarters[4].item(i).text() for i in range(p.quarters[4].count())]
    assert any("15.12–20.02.2027" in t and "Over nytår" in t for t in q4)
    assert len(set(KIND_MARKS.values())) == len(KIND_MARKS)
