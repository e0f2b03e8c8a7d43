"""Hjælp › Kom i gang: a short Danish guide in the program, step by step from a
new file to the printed plan, naming the page of each step."""
from __future__ import annotations

from kompetence_desktop.ui.dialogs.getting_started import GettingStartedDialog


def test_help_menu_opens_the_guide(window, monkeypatch):
    shown = []
    monkeypatch.setattr(GettingStartedDialog, "exec", lambda self: shown.append(self.text.toPlainText()) or 0)
    titles = [a.text() for a in window.help_menu.actions()]
    assert titles[0] == "Kom i gang"
    window.getting_started_action.trigger()
    text = shown[0]
    for page in ("Tilbud", "Medarbejdere", "Kompetencer", "Matrix", "Uddannelsesplan", "Udskrifter"):
        assert page in text
    assert "Ctrl+Enter" in text and "Importér medarbejdere" in text
    assert text.index("Medarbejdere") < text.index("Matrix") < text.index("Udskrifter")


def test_the_guide_fits_a_small_screen(window):
    dlg = GettingStartedDialog(window)
    assert dlg.width() <= 1024 and dlg.height() <= 600
