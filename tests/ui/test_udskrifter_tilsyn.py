"""Udskrifter offers Dokumentation til socialtilsynet, anonymous or with initials, and writes it."""
from __future__ import annotations

from .helpers import save_as


def test_tilsyn_document_from_udskrifter(demo_file, qtbot, tmp_path, monkeypatch):
    from kompetence_desktop.reports.tilsyn import TilsynDocument  # the renderer exists
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    from ..reports.pdfutil import has_token, pdf_text

    ctx = AppContext(demo_file)
    page = UdskrifterPage(ctx)
    page.open_after = False
    qtbot.addWidget(page)
    staff = [(e.name, e.initials) for e in ctx.repo.staff.employees() if not e.anonymised]
    for key, initials in (("tilsyn", False), ("tilsyn_initialer", True)):
        out = tmp_path / f"{key}.pdf"
        save_as(monkeypatch, out, "PDF (*.pdf)")
        page.doc.setCurrentIndex(page.doc.findData(key))
        assert page.default_name(key).startswith("Dokumentation til socialtilsynet Bostedet Lærkely")
        page.export()
        qtbot.waitUntil(lambda: page.busy_count == 0 and out.exists(), timeout=15000)
        text = pdf_text(out.read_bytes())
        assert "Dokumentation til socialtilsynet" in text and "Personalegennemstrømning" in text
        assert not any(name in text for name, _i in staff)
        assert any(has_token(text, ini) for _n, ini in staff) == initials


def test_overblik_shows_turnover_and_supervision(demo_file, qtbot):
    from kompetence_desktop import texts
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.pages.overblik import OverblikPage

    ctx = AppContext(demo_file)
    page = OverblikPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    sec = next(x for x in page.sections if x.title == texts.OVERVIEW_TILSYN_TITLE)
    turnover, supervision = sec.items
    assert turnover.text.startswith("Personalegennemstrømning (12 mdr.): ") and "fratrådte ÷" in turnover.text
    assert turnover.tooltip == texts.TILSYN_TURNOVER_FORMULA
    assert supervision.severity == "ok" and supervision.page == "med"
    demo_file.conn.execute("DELETE FROM supervision WHERE audience = 'medarbejdere'")
    demo_file.conn.commit()
    page.refresh()
    sec = next(x for x in page.sections if x.title == texts.OVERVIEW_TILSYN_TITLE)
    assert sec.items[1].severity == "high" and "medarbejdere 0" in sec.items[1].text
    assert "supervision for medarbejdere" in sec.items[1].tooltip
