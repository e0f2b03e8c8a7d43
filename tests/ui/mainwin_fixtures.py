"""Fixtures for the main-window tests: a window with the demo open."""
from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, demo_path):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_file()


@pytest.fixture
def matrix(window):
    page = window.show_page("matrix")
    page.view.setFocus()
    return page
