"""Fixtures for the main-window tests: a window with the demo open."""
from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    yield w
    w.close_file()


def open_window(qtbot, path):
    """The main window on ``path`` at 1366×768, shown (close_file() it when done)."""
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(path, quiet=True)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def matrix(window):
    page = window.show_page("matrix")
    page.view.setFocus()
    return page
