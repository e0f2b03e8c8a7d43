"""Overblik on an empty tilbud says something true."""
from __future__ import annotations


# --- Overblik on an empty tilbud says something true ----------------------------------------

def test_overblik_on_an_empty_tilbud_does_not_claim_all_is_well(qtbot, empty_path):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(empty_path, quiet=True)
    try:
        page = w.show_page("overblik")
        page.refresh()
        shown_texts = [lw.item(i).text() for lw in page.lists for i in range(lw.count())]
        joined = "\n".join(shown_texts)
        assert "mindst to" not in joined
        assert "har haft MUS" not in joined
        assert "Alle medarbejdere er på forventet niveau" not in joined
        assert "Alle obligatoriske kurser er i orden" not in joined
        assert "Alle aktiviteter er evalueret" not in joined
        assert "Der er endnu ingen medarbejdere." in shown_texts
        assert "Der er endnu ingen kompetencer." in shown_texts
    finally:
        w.close_file()
