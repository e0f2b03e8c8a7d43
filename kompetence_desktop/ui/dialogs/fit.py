"""Dialogs on a small screen: a municipal laptop at 125–150 % has about
1024 × 600 logical pixels, so a dialog opens at its preferred size only when
that fits the screen it opens on; its content scrolls (a QScrollArea or a
table) instead of running off the screen."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

#: never larger than this, whatever the screen: the smallest laptop the program is made for
MAX_WIDTH, MAX_HEIGHT = 1024, 600
#: room for the window frame and the task bar
_FRAME = 40


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, but no larger than its screen and 1024 × 600."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    w, h = min(width, MAX_WIDTH), min(height, MAX_HEIGHT)
    if screen is not None:
        g = screen.availableGeometry()
        w, h = min(w, max(320, g.width() - _FRAME)), min(h, max(240, g.height() - _FRAME))
    dialog.resize(w, h)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` inside a frameless scroll area that follows its width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
