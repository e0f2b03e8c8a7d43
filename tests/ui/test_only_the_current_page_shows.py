"""Only the page the leader chose is on screen, however a file was opened: from the
welcome page, from Seneste filer after Luk, or a new file opened while on the matrix."""
from __future__ import annotations

import shutil

from .helpers import open_window


def _visible_pages(w) -> list[str]:
    return [k for k, p in w._pages.items() if p.isVisible()]


def test_opening_from_the_welcome_page_shows_only_the_chosen_page(qtbot, demo_path, tmp_path):
    w = open_window(qtbot, demo_path)
    w.show_page("matrix")
    w.close_file()
    assert w.stack.currentWidget() is w.welcome
    assert w.open_path(demo_path)
    w.show_page("matrix")
    qtbot.wait(10)
    assert w.current_page_key() == "matrix" and _visible_pages(w) == ["matrix"]
    other = tmp_path / "anden.kompetence"
    shutil.copy(demo_path, other)
    w.welcome.setFocus()
    assert w.open_path(other)  # another file opened while on the matrix
    w.show_page("matrix")
    qtbot.wait(10)
    assert w.current_page_key() == "matrix" and _visible_pages(w) == ["matrix"]
    assert w.nav.currentRow() == w._keys.index("matrix")
    w.close_file()


def test_every_page_in_turn_is_the_only_one_shown(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    for key in w._keys:
        w.show_page(key)
        qtbot.wait(1)
        assert _visible_pages(w) == [key]
    w.close_file()


def test_opening_from_a_welcome_button_after_luk_on_another_page(qtbot, demo_path):
    """Luk on the matrix, then open again from the welcome page's button (it has the
    focus): hiding the welcome page must not let the page list pick Overblik."""
    from PySide6.QtWidgets import QPushButton

    w = open_window(qtbot, demo_path)
    w.show_page("matrix")
    w.close_file()
    w.activateWindow()
    qtbot.waitActive(w)
    button = w.welcome.findChildren(QPushButton)[0]
    button.setFocus()
    qtbot.waitUntil(lambda: button.hasFocus(), timeout=1000)
    assert w.open_path(demo_path)
    qtbot.wait(20)
    assert w.current_page_key() == "matrix"
    assert _visible_pages(w) == ["matrix"]
    assert w.nav.currentRow() == w._keys.index("matrix")
    w.close_file()
