"""Udskrifter offers Dokumentation til socialtilsynet, anonymous or with initials, and writes it."""
from __future__ import annotations

from .helpers import save_as


def test_tilsyn_document_from_udskrifter(demo_file, qtbot, tmp_path, monkeypatch):
    from kompetence_desktop.reports.tilsyn import TilsynDocument  # noqa: F401 - the renderer exists
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    from ..reports.pdfutil import has_token, pdf_text

    ctx = AppContext(demo_file)
    page = UdskrifterPage(ctx)
    page.open_after = False
    qtbot.addWidget(page)
    staff = [(e.name, e.initials) for e in ctx.repo.employees() if not e.anonymised]
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
