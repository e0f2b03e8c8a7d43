"""Run work right after a widget's first paint (cold start).

What the first screen does not need — the rest of a big matrix, the file's
integrity check — waits until the window has been painted once, so the
leader sees the program at once. (A ``QTimer.singleShot(0)`` set before
``show()`` would run *before* the first paint.)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class _AfterFirstPaint(QObject):
    def __init__(self, widget, done, fallback_ms: int | None):
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)
        if fallback_ms is not None:  # a widget that is never shown (tests, a hidden page)
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and self._done is not None:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        done, self._done = self._done, None
        self.deleteLater()  # one use: no filter, timer or reference left behind
        if done is not None:
            done()


def after_first_paint(widget, done, fallback_ms: int | None = 500) -> QObject:
    """Call ``done()`` once: in the event-loop turn after ``widget``'s first Paint
    event, or after ``fallback_ms`` if it is not painted by then. The returned
    object is parented to ``widget`` (it goes with the widget)."""
    return _AfterFirstPaint(widget, done, fallback_ms)
