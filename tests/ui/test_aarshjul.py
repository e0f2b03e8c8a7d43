"""Årshjul page: four quarter columns, year selector, navigation, .ics export."""
from __future__ import annotations

import icalendar

from kompetence_desktop.ui.pages.aarshjul import EVENT_ROLE, AarshjulPage

from .helpers import record_warnings


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


def _page(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    p = AarshjulPage(ctx)
    qtbot.addWidget(p)
    shown = []
    record_warnings(monkeypatch, shown)
    return p, shown


def test_export_into_a_missing_folder_says_so_in_danish_and_writes_nothing(ctx, qtbot, tmp_path, monkeypatch):
    p, shown = _page(ctx, qtbot, monkeypatch)
    target = tmp_path / "findes-ikke" / "årshjul.ics"
    assert not p.export_ics(str(target))
    assert shown == [f"Mappen {target.parent} findes ikke. Intet er skrevet – vælg en mappe, der findes."]
    assert not target.parent.exists()


def test_a_failed_write_leaves_no_half_file_and_the_old_one_untouched(ctx, qtbot, tmp_path, monkeypatch):
    import errno
    import os

    p, shown = _page(ctx, qtbot, monkeypatch)
    (tmp_path / "ud").mkdir()
    target = tmp_path / "ud" / "årshjul.ics"
    target.write_bytes(b"last year's")
    from ..writefail import failing_fdopen

    monkeypatch.setattr(os, "fdopen", failing_fdopen(OSError(errno.ENOSPC, "No space left on device"), written=10))
    assert not p.export_ics(str(target))
    assert shown == [f"Der er ikke plads på drevet til {target}. Intet er skrevet."]
    assert target.read_bytes() == b"last year's"
    assert [x.name for x in target.parent.iterdir()] == ["årshjul.ics"]  # no temporary file left


def test_export_never_lands_on_the_tilbud_file(ctx, qtbot, monkeypatch):
    p, shown = _page(ctx, qtbot, monkeypatch)
    tilbud = ctx.file.path
    before = tilbud.read_bytes()
    assert not p.export_ics(str(tilbud))
    assert shown and str(tilbud) in shown[0]
    assert tilbud.read_bytes() == before


def test_overdue_items_are_listed_and_marked(ctx, qtbot):
    p = AarshjulPage(ctx)
    qtbot.addWidget(p)
    p.show()
    items = [p.quarters[q].item(i) for q in (1, 2, 3, 4) for i in range(p.quarters[q].count())]
    late = [it for it in items if it.data(EVENT_ROLE).overdue]
    assert late, "the demo has renewals and a MUS past their date"
    for it in late:
        assert it.text().endswith("– forfalden") and it.foreground().color().name() == "#a00000"
    assert not any(it.text().endswith("– forfalden") for it in items if not it.data(EVENT_ROLE).overdue)
