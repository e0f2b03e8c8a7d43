"""A small base for pages of the left-hand list (optional; the contract is in
``ui.pages``): refresh when a relevant topic changes — at once when the page
is visible, else the next time it is shown."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


class PageBase(QWidget):
    #: ctx.changed topics that make this page reload ("*" always does)
    TOPICS: frozenset[str] = frozenset()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        # "readonly": the file stopped taking writes while open — buttons follow at once
        if topic not in ("*", "readonly") and topic not in self.TOPICS:
            return
        if self.isVisible():
            self._guarded_refresh()
            self._dirty = False
        else:
            self._dirty = True

    def showEvent(self, ev):
        if self._dirty:
            self._dirty = False
            self._guarded_refresh()
        super().showEvent(ev)

    def _guarded_refresh(self) -> None:
        """``refresh`` from inside Qt (a show event, a signal): rows of a damaged file
        that can't be read are handed to the window (``page_data_error``), which closes
        the file once Qt is done with this page — never an exception through Qt."""
        from .main_window import DATA_ERRORS

        try:
            self.refresh()
        except DATA_ERRORS as exc:
            report = getattr(self.window(), "page_data_error", None)
            if report is None:
                raise
            report(exc)

    def ensure_loaded(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass
