"""Keyboard only: the page list, every page reachable, help texts; and the
Tilbud page never loses typing when the user switches page or closes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file
from kompetence_desktop.ui.pages import PAGES
from kompetence_desktop.ui.pages.tilbud import SAVE_DELAY_MS


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_every_page_reachable_from_the_keyboard(window, qtbot):
    _active(window, qtbot)
    window.show_page(PAGES[0][0])
    seen = [window.current_page_key()]
    for _ in range(len(PAGES) - 1):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.append(window.current_page_key())
    assert seen == [k for k, _t, _s in PAGES]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == PAGES[0][0]  # wraps around
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == PAGES[-1][0]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == PAGES[2][0]


def test_page_list_arrows_and_enter(window, qtbot):
    _active(window, qtbot)
    window.show_page("overblik")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)
    assert window.nav.hasFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == PAGES[2][0]
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    page = window.page(PAGES[2][0])
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)


def test_f1_and_about(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda p, t, x, *a, **k: shown.append((t, x))))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda p, t, x: shown.append((t, x))))
    _active(window, qtbot)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert shown and shown[-1][0] == "Tastaturgenveje"
    assert "Ctrl+PgDown" in shown[-1][1] and "1–5" in shown[-1][1]
    titles = [a.text() for a in window.help_menu.actions()]
    assert "Tastatur i matrixen" in titles and "Om Kompetence Desktop" in titles
    next(a for a in window.help_menu.actions() if a.text() == "Tastatur i matrixen").trigger()
    assert shown[-1][0] == "Tastatur i matrixen"
    next(a for a in window.help_menu.actions() if a.text().startswith("Om ")).trigger()
    assert "Kompetence Desktop" in shown[-1][0]


def test_tilbud_typing_kept_when_switching_page_before_the_debounce(window, qtbot):
    page = window.show_page("tilbud")
    w = page.fields["malgruppe"]
    w.setFocus()
    qtbot.keyClicks(w, " Nyt afsnit")
    window.show_page("matrix")  # at once, well before SAVE_DELAY_MS
    assert " Nyt afsnit" in window.ctx.repo.profile.texts()["malgruppe"]
    assert not any(t.isActive() for t in page._timers.values())


def test_tilbud_typing_kept_when_the_window_closes(qtbot, demo_path):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.show()
    page = w.show_page("tilbud")
    field = page.fields["adresse"]
    field.setFocus()
    qtbot.keyClicks(field, " 2. sal")
    assert page._timers["adresse"].isActive()  # the debounce has not fired
    w.close()
    f = open_file(demo_path)
    try:
        assert Repo(f).profile.texts()["adresse"].endswith(" 2. sal")
    finally:
        f.close()
    assert SAVE_DELAY_MS >= 300
