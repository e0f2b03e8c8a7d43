"""Udskrifter: before the MED version is printed, the leader sees every text in which a
staff name is replaced, as written and as MED will read it."""
from __future__ import annotations


def test_udskrifter_shows_the_replacements_before_printing(qtbot, demo_file, monkeypatch):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.dialogs import med_preview
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    Repo(demo_file).profile.set("vikarer", "Vikarer introduceres af Mette Bøgh (MB) og mb.")
    shown = []
    monkeypatch.setattr(med_preview.MedPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    page = UdskrifterPage(AppContext(demo_file))
    qtbot.addWidget(page)
    page.doc.setCurrentIndex(page.doc.findData("plan_med"))
    assert not page.med_preview_btn.isHidden()
    page.med_preview_btn.click()
    t = shown[0].table
    rows = [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]
    assert ("Vikarer introduceres af Mette Bøgh (MB) og mb.",
            "Vikarer introduceres af en medarbejder (medarbejderen) og mb.") in rows
    page.doc.setCurrentIndex(page.doc.findData("plan"))
    assert page.med_preview_btn.isHidden()
