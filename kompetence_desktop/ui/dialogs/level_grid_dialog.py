"""A grid of levels typed like the matrix: the reassessment after an activity
is *gennemført* (participants × its competences) and the self-assessment taken
with the employee in MUS (competences × one employee).

Each cell shows the stored value in grey until a level is typed: 1–5 set the
current cell, 0 / Delete clear it, ``-`` is *ikke relevant*, Backspace puts
the stored value back, Ctrl+Enter fills the selection with the current cell's
value. Arrows, Tab and Enter move. A key that does nothing says so under the
grid. ``changes()`` lists only what changed; ``set_value`` sets one cell."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import texts
from ...domain.rules import NOT_RELEVANT
from ..models.records import plain_tooltip
from .fit import fit_to_screen

UNCHANGED = "unchanged"
_CLEAR = "clear"
_GREY = QBrush(QColor("#777777"))


class _LevelTable(QTableWidget):
    """The grid; turns keys into values (``typed``) and says when a key does nothing."""

    #: (rows and columns to set, value: 1–5, NOT_RELEVANT, _CLEAR or UNCHANGED)
    typed = Signal(list, object)
    fill = Signal()
    refused = Signal(str)

    def keyPressEvent(self, ev):
        key, text = ev.key(), ev.text()
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if mods == Qt.KeyboardModifier.ControlModifier and enter:
            self.fill.emit()
            return
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            value = ...
            if text in ("1", "2", "3", "4", "5"):
                value = int(text)
            elif text == "0" or key == Qt.Key.Key_Delete:
                value = _CLEAR
            elif text == "-" or key == Qt.Key.Key_Minus:
                value = NOT_RELEVANT
            elif key == Qt.Key.Key_Backspace:
                value = UNCHANGED
            if value is not ...:
                if self.currentRow() >= 0 and self.currentColumn() >= 0:
                    self.typed.emit([(self.currentRow(), self.currentColumn())], value)
                return
            if enter:
                step = -1 if mods == Qt.KeyboardModifier.ShiftModifier else 1
                r = self.currentRow() + step
                if 0 <= r < self.rowCount():
                    self.setCurrentCell(r, self.currentColumn())
                return
            if text and text.isprintable():
                self.refused.emit(text)
                return
        super().keyPressEvent(ev)


class Heading(NamedTuple):
    """A row or a column of the grid: the employee's or competence's id, its label, its tooltip."""

    id: int
    label: str
    tooltip: str


class LevelGridDialog(QDialog):
    def __init__(self, title: str, intro: str, rows, columns, key, current: dict, parent=None):
        """rows/columns: Headings; key(row_id, col_id) → (employee_id, competence_id)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        lab = QLabel(intro)
        lab.setTextFormat(Qt.PlainText)  # the intro quotes user text (an activity title)
        lab.setWordWrap(True)
        lay.addWidget(lab)
        keys_line = QLabel(texts.LEVEL_GRID_KEYS)
        keys_line.setWordWrap(True)
        keys_line.setStyleSheet("color:#555;")
        lay.addWidget(keys_line)
        self.table = _LevelTable(len(rows), len(columns))
        rows = [Heading(*r) for r in rows]
        columns = [Heading(*c) for c in columns]
        self.table.setHorizontalHeaderLabels([c.label for c in columns])
        self.table.setVerticalHeaderLabels([r.label for r in rows])
        for j, c in enumerate(columns):
            self.table.horizontalHeaderItem(j).setToolTip(plain_tooltip(c.tooltip))
        for i, r in enumerate(rows):
            self.table.verticalHeaderItem(i).setToolTip(plain_tooltip(r.tooltip))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(True)
        self._stored: dict[tuple, object] = {}
        self._value: dict[tuple, object] = {}
        self._cell_key: dict[tuple[int, int], tuple] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        for i, r in enumerate(rows):
            for j, c in enumerate(columns):
                k = key(r[0], c[0])
                self._cell_key[(i, j)] = k
                self._stored[k] = current.get(k)
                self._value[k] = UNCHANGED
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, item)
                self._show(i, j)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if len(columns) < 4 else QHeaderView.ResizeMode.Interactive)
        hh.setDefaultSectionSize(150)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long competence is cut at its end (whole in the tooltip)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(26)
        vh.setMaximumWidth(380)  # a long competence name is cut (whole in the tooltip)
        vh.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.typed.connect(self._typed)
        self.table.fill.connect(self._fill)
        self.table.refused.connect(lambda t: self.message.setText(texts.LEVEL_GRID_NOT_A_LEVEL.format(text=t)))
        lay.addWidget(self.table, 1)
        self.message = QLabel(" ")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText("Gem vurderinger")
        bb.button(QDialogButtonBox.Cancel).setText("Spring over")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        if rows and columns:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()
        fit_to_screen(self, 420 + 150 * len(columns), 200 + 26 * len(rows))

    @staticmethod
    def _short(v) -> str:
        if v is NOT_RELEVANT:
            return "–"
        if v is None:
            return ""
        return str(v)

    def _show(self, i: int, j: int) -> None:
        k = self._cell_key[(i, j)]
        item = self.table.item(i, j)
        v, stored = self._value[k], self._stored[k]
        if v == UNCHANGED:
            item.setText(self._short(stored))
            item.setForeground(_GREY)
            item.setFont(QFont())
            item.setToolTip(f"Uændret: {texts.level_label(stored)}")
        else:
            item.setText("ryd" if v == _CLEAR else f"{self._short(v)}")
            item.setForeground(QBrush())
            item.setFont(self._bold)
            now = None if v == _CLEAR else v
            item.setToolTip(f"Nyt: {texts.level_label(now)} (før: {texts.level_label(stored)})")

    def _typed(self, cells, value) -> None:
        for i, j in cells:
            self._value[self._cell_key[(i, j)]] = value
            self._show(i, j)
        self.message.setText(" ")

    def _fill(self) -> None:
        i, j = self.table.currentRow(), self.table.currentColumn()
        if i < 0 or j < 0:
            return
        value = self._value[self._cell_key[(i, j)]]
        cells = [(x.row(), x.column()) for x in self.table.selectedIndexes()]
        if value == UNCHANGED or len(cells) < 2:
            self.message.setText(texts.LEVEL_GRID_FILL_FIRST)
            return
        self._typed(cells, value)

    def set_value(self, key, value) -> None:
        """For tests and keyboard users: ``value`` (1–5, NOT_RELEVANT, None) in a cell."""
        ij = next(c for c, k in self._cell_key.items() if k == key)
        self._typed([ij], _CLEAR if value is None else value)

    def changes(self) -> list[tuple[int, int, object]]:
        out = []
        for (e, c), v in self._value.items():
            if v == UNCHANGED:
                continue
            out.append((e, c, None if v == _CLEAR else v))
        return out
