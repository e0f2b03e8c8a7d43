"""Input fields shared by the dialogs that take Danish dates and money and say,
at the field, what is wrong.

``DateField``: 12.02.2025, 12-02-2025, 12/2/2025 or 2025-02-12
(domain.dates.parse_date, years 1950–2100). ``MoneyField``: 1.234,50
(texts.parse_kroner). ``value()`` raises ``FieldError`` after showing the
Danish message under the field. ``CheckList``: rows to tick, read as their ids.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from ... import texts
from ...domain import dates

#: the highest price a plan field takes (99.999.999,99 kr.), far below what the file can hold
MAX_PRICE_ORE = 10_000_000_000 - 1
PRICE_TOO_HIGH = "Beløbet er for stort (højst {limit})."
ERROR_STYLE = "border: 2px solid #b00020;"
INVALID_STYLE = "background:#ffe0e0;"


class FieldError(ValueError):
    """Input refused at a field; the message is already shown there."""


class CheckedField(QWidget):
    """A line edit with a Danish error message under it."""

    def __init__(self, text: str = "", placeholder: str = "", parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(placeholder)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        self.edit.textEdited.connect(lambda _t: self.clear_error())
        self.setFocusProxy(self.edit)
        # never taller than the line (and its message): a form's spare height goes to
        # its text boxes, so the field stays level with its label
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setStyleSheet(ERROR_STYLE)
        self.edit.setFocus(Qt.OtherFocusReason)

    def refuse(self, message: str) -> FieldError:
        """Show ``message`` at the field; the FieldError to raise."""
        self.show_error(message)
        return FieldError(message)

    def clear_error(self) -> None:
        self.error.hide()
        self.edit.setStyleSheet("")

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def setReadOnly(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)


class DateField(CheckedField):
    """A date typed the Danish way; empty allowed unless ``required``, a day after
    today refused when ``not_future``. While typing, text that is not a date is
    shaded; leaving the field writes a good date as 12.02.2025."""

    def __init__(self, day: dt.date | None = None, required: bool = False, not_future: bool = False, parent=None,
                 future_message: str = ""):
        super().__init__(dates.format_date(day), "dd.mm.åååå", parent)
        self.required = required
        self.not_future = not_future
        self.future_message = future_message or texts.DATE_ERRORS["future"]
        self.edit.setMaxLength(40)
        self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(lambda _t: self._mark())
        self.edit.editingFinished.connect(self._normalise)

    def _check(self) -> dt.date | None:
        """The date typed (None when empty and allowed); raises FieldError (not yet shown)."""
        s = self.edit.text().strip()
        if not s:
            if self.required:
                raise FieldError(texts.DATE_ERRORS["required"])
            return None
        try:
            day = dates.parse_date(s)
        except dates.DateError as exc:
            raise FieldError(texts.DATE_ERRORS.get(exc.code, texts.DATE_ERRORS["format"])) from None
        if self.not_future and day > dates.today():
            raise FieldError(self.future_message)
        return day

    def value(self) -> dt.date | None:
        """The date (None when empty); shows the Danish message and raises FieldError when refused."""
        try:
            day = self._check()
        except FieldError as exc:
            raise self.refuse(str(exc)) from None
        self.clear_error()
        self.set_value(day)
        return day

    def set_value(self, day: dt.date | None) -> None:
        self.edit.setText(dates.format_date(day))

    def is_valid(self) -> bool:
        try:
            self._check()
        except FieldError:
            return False
        return True

    def clear_error(self) -> None:
        super().clear_error()
        self._mark()

    def _mark(self) -> None:
        if self.error.isHidden():  # a shown message keeps its red border until the text is edited
            self.edit.setStyleSheet("" if self.is_valid() else INVALID_STYLE)

    def _normalise(self) -> None:
        if self.edit.text().strip() and self.is_valid():
            self.set_value(self._check())


class MoneyField(CheckedField):
    """Kroner typed the Danish way (1.234,50); stored as øre."""

    def __init__(self, ore: int = 0, parent=None):
        super().__init__(texts.kroner(ore).replace(" kr.", "") if ore else "", "0,00", parent)
        self.edit.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.edit.setMaximumWidth(160)
        self.edit.setMaxLength(24)

    def value(self) -> int:
        try:
            ore = texts.parse_kroner(self.edit.text())
        except ValueError:
            raise self.refuse(texts.MONEY_ERROR) from None
        if ore > MAX_PRICE_ORE:
            raise self.refuse(PRICE_TOO_HIGH.format(limit=texts.kroner(MAX_PRICE_ORE)))
        self.clear_error()
        return ore


class CheckList(QListWidget):
    """Rows with a check box, each carrying an id (``Qt.UserRole``)."""

    def __init__(self, items, checked=(), parent=None):
        """``items``: (id, text) pairs; ``checked``: the ids ticked at first."""
        super().__init__(parent)
        self.set_items(items, checked)

    def set_items(self, items, checked=()) -> None:
        """Replace the rows: ``items`` as (id, text) pairs, ``checked`` the ids ticked
        (a list refilled after the data changed, no ``itemChanged`` meanwhile)."""
        checked = set(checked)
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for ident, text in items:
                it = QListWidgetItem(text)
                it.setData(Qt.UserRole, ident)
                it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
                it.setCheckState(Qt.Checked if ident in checked else Qt.Unchecked)
                self.addItem(it)
        finally:
            self.blockSignals(blocked)

    def checked_ids(self) -> list:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def set_checked(self, ids, keep: bool = False) -> None:
        """Tick the rows of ``ids``; untick the others unless ``keep``."""
        ids = set(ids)
        for i in range(self.count()):
            it = self.item(i)
            if it.data(Qt.UserRole) in ids:
                it.setCheckState(Qt.Checked)
            elif not keep:
                it.setCheckState(Qt.Unchecked)
