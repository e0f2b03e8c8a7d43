"""Small input widgets shared by the dialogs."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from ...domain import dates


class DateField(QLineEdit):
    """A Danish date: 12.02.2025 (12-02-2025, 12/2/2025 and 2025-02-12 also accepted)."""

    def __init__(self, parent=None, optional: bool = True):
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText("dd.mm.åååå")
        self.setMaximumWidth(130)
        self.textChanged.connect(self._mark)

    def set_date(self, day: dt.date | None) -> None:
        self.setText(dates.format_date(day))

    def date(self) -> dt.date | None:
        """The date typed, None when empty; raises dates.DateError when it is not a date."""
        t = self.text().strip()
        if not t:
            if self.optional:
                return None
            raise dates.DateError("format", t)
        return dates.parse_date(t)

    def is_valid(self) -> bool:
        try:
            self.date()
            return True
        except dates.DateError:
            return False

    def _mark(self) -> None:
        self.setStyleSheet("" if self.is_valid() else "background:#ffe0e0;")

    def focusOutEvent(self, ev):  # noqa: N802
        if self.is_valid() and self.text().strip():
            self.set_date(self.date())  # normalise to 12.02.2025
        super().focusOutEvent(ev)


DATE_ERRORS = {
    "format": "Skriv datoen som dd.mm.åååå, fx 12.02.2025.",
    "invalid": "Datoen findes ikke.",
    "range": "Datoen ligger uden for det mulige (1950–2100).",
}
