"""What the cold start builds only when needed is still there when it is."""
from __future__ import annotations

import gc

from kompetence_desktop import app


def test_welcome_page_built_only_without_a_file(qtbot, demo_path, tmp_path):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings(), start_page="matrix")
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.show()
    qtbot.waitExposed(w)
    assert w._welcome is None and w.stack.currentWidget() is w.page("matrix")
    w.close_file()
    assert w.stack.currentWidget() is w.welcome  # closing shows it

    empty = MainWindow(settings=Settings())
    qtbot.addWidget(empty)
    assert not empty.open_path(tmp_path / "findes-ikke.kompetence", quiet=True)
    empty.show()
    qtbot.waitExposed(empty)
    assert empty.stack.currentWidget() is empty.welcome  # no file: the welcome page, as before
    assert "Ingen kompetencefil er åben" in empty.welcome.findChildren(type(empty.banner))[0].text()


def test_gc_paused_until_painted_and_resumed():
    assert gc.isenabled()
    resume = app._pause_gc_until_painted()
    try:
        assert not gc.isenabled()
        assert app._pause_gc_until_painted()() is None  # already paused: a no-op
        assert not gc.isenabled()
    finally:
        resume()
    assert gc.isenabled()
