"""The Uddannelsesplan's year filter says what it does: a year with nothing falls
back to *Alle* and stops filtering."""
from __future__ import annotations

from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
from kompetence_desktop.ui.models.records import ID_ROLE
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .helpers import drive, page_for


# --- filters say what they do ---------------------------------------------------------------------

def test_year_filter_falls_back_to_alle_and_stops_filtering(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Alene i 2031"), d.start_date.setText("01.03.2031")))
    aid = p.add_activity()
    p.f_year.setCurrentIndex(p.f_year.findData(2031))
    assert p.proxy.rowCount() == 1
    p.select_id(p.view, ID_ROLE, aid)
    drive(monkeypatch, ActivityDialog, lambda d: d.start_date.setText("01.03.2032"))
    p.edit_selected()
    assert p.f_year.currentText() == "Alle"
    assert p.proxy.rowCount() == p.model.rowCount()
