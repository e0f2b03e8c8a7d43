"""Fixtures for the window's tests: a context on the demo, the main window with
the demo open, its matrix page, and the warnings it shows."""
from __future__ import annotations

import pytest

from .helpers import open_window, record_warnings


@pytest.fixture
def ctx(qtbot, demo_file):
    """An AppContext on a fresh copy of the demo, open for writing."""
    from kompetence_desktop.ui.context import AppContext

    return AppContext(demo_file)


@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    yield w
    w.close_file()


@pytest.fixture
def matrix(window):
    page = window.show_page("matrix")
    page.view.setFocus()
    return page


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the warning boxes shown (each answered OK)."""
    return record_warnings(monkeypatch)
