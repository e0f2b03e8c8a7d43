"""Årshjul page: four quarter columns, year selector, navigation, .ics export."""
from __future__ import annotations

import icalendar

from kompetence_desktop.ui.pages.aarshjul import EVENT_ROLE, AarshjulPage

from .plan_helpers import ctx  # noqa: F401


def test_quarters_year_and_export(ctx, qtbot, tmp_path):
    p = AarshjulPage(ctx)
    qtbot.addWidget(p)
    p.show()
    assert p.year.currentData() == 2026
    assert all(p.quarters[q].count() > 0 for q in (1, 2, 3, 4))
    texts_q4 = [p.quarters[4].item(i).text() for i in range(p.quarters[4].count())]
    assert any("MUS skal holdes (OD)" in t for t in texts_q4)
    assert any("skal fornys" in t for t in texts_q4)
    p.set_year(2027)
    assert p.title.text() == "Årshjul 2027"
    q1 = [p.quarters[1].item(i).data(EVENT_ROLE).kind for i in range(p.quarters[1].count())]
    assert "aktivitet" in q1 and "med" in q1
    # double-click opens where it is edited
    got = []
    ctx.navigate.connect(lambda page, payload: got.append((page, payload)))
    item = next(p.quarters[1].item(i) for i in range(p.quarters[1].count())
                if p.quarters[1].item(i).data(EVENT_ROLE).kind == "aktivitet")
    p._open(item)
    assert got and got[0][0] == "uddannelsesplan"
    out = tmp_path / "årshjul.ics"
    assert p.export_ics(str(out))
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(v["SUMMARY"]) for v in cal.walk("VEVENT")]
    assert len(summaries) == len(p.events)
    assert any("Medicinhåndtering for ikke-sundhedsuddannede" == s for s in summaries)
