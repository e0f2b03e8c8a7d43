"""A municipal laptop: 1366 × 768 at 125–150 % is about 1024 × 600 logical
pixels. With the demo open and every page visited the window can still be made
that small (toolbars wrap, tables scroll), and every dialog fits it or scrolls.
Screenshots of every page and dialog: tests/ui/screenshots.py."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from kompetence_desktop.ui.pages import PAGES

from .screenshots import DIALOG_NAMES, dialog_factories

MAX_W, MAX_H = 1024, 600


def test_window_minimum_fits_1024_by_600_after_every_page(window):
    for key, _title, _spec in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        for hint in (window.minimumSizeHint(), window.minimumSize()):
            assert hint.width() <= MAX_W and hint.height() <= MAX_H, (key, hint)
    window.resize(MAX_W, MAX_H)
    QApplication.processEvents()
    assert window.width() <= MAX_W and window.height() <= MAX_H


DIALOGS = list(DIALOG_NAMES)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_1024_by_600_or_scrolls(window, name):
    dlg = dialog_factories(window)[name]()
    try:
        dlg.show()
        QApplication.processEvents()
        hint = dlg.sizeHint()
        scrolls = bool(dlg.findChildren(QScrollArea))
        assert (hint.width() <= MAX_W and hint.height() <= MAX_H) or scrolls, (name, hint)
        assert dlg.width() <= MAX_W and dlg.height() <= MAX_H, (name, dlg.size())
        mini = dlg.minimumSizeHint()
        assert mini.width() <= MAX_W and mini.height() <= MAX_H, (name, mini)
    finally:
        dlg.close()
        dlg.deleteLater()
