"""Kompetencespind: a very long competence name stays inside the chart."""
from __future__ import annotations
from PySide6.QtCore import Qt
from kompetence_desktop.operations import AddRecord


def shown(text) -> str:
    """What Qt shows for a label / tooltip / message text (it guesses rich text)."""
    from PySide6.QtGui import Qt as GuiQt, QTextDocument

    text = text or ""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


# --- Kompetencespind: a very long competence name stays inside the chart -------------------

def test_spind_cuts_a_200_character_name_and_shows_it_whole_in_the_tooltip(qtbot, demo_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    long_name = "Kommunikation " + "K" * 186
    f = open_file(demo_path)
    AddRecord("competence", {"category": "faglige", "name": long_name, "expected_level": 3}).do(Repo(f))
    f.close()
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.resize(1366, 768)
    w.show()
    try:
        page = w.show_page("spind")
        page.by_comp.setChecked(True)
        page.redraw()
        fig = page.chart.figure
        ax = fig.axes[0]
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        assert all(len(line) <= 26 for t in ticks for line in t.splitlines())
        cut = [t for t in ticks if t.startswith("Kommunikation")]
        assert len(cut) == 1 and cut[0].endswith("…") and len(cut[0].splitlines()) <= 2
        assert long_name in shown(page.chart.toolTip())
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        W, H = fig.bbox.width, fig.bbox.height
        for t in ax.get_xticklabels():
            bb = t.get_window_extent(r)
            assert bb.x0 >= 0 and bb.x1 <= W and bb.y0 >= 0 and bb.y1 <= H, t.get_text()
    finally:
        w.close_file()
