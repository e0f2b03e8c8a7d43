"""A small grid of levels to fill in: the reassessment after an activity is
*gennemført* (participants × its competences) and the self-assessment taken
with the employee in MUS (competences × one employee). Cells start at
*Uændret* (keeps the stored value); ``changes()`` lists only what changed."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
)

from ... import texts
from ...domain.rules import NOT_RELEVANT
from ..models.records import plain_tooltip

UNCHANGED = "unchanged"


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
        self.table = QTableWidget(len(rows), len(columns))
        self.table.setHorizontalHeaderLabels([c.label for c in columns])
        self.table.setVerticalHeaderLabels([r.label for r in rows])
        for j, c in enumerate(columns):
            self.table.horizontalHeaderItem(j).setToolTip(plain_tooltip(c.tooltip))
        for i, r in enumerate(rows):
            self.table.verticalHeaderItem(i).setToolTip(plain_tooltip(r.tooltip))
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.combos: dict[tuple, QComboBox] = {}
        for i, r in enumerate(rows):
            for j, c in enumerate(columns):
                k = key(r.id, c.id)
                cur = current.get(k)
                cb = QComboBox()
                cb.addItem(f"Uændret ({self._short(cur)})", UNCHANGED)
                for lvl, name in texts.LEVEL_LABELS.items():
                    cb.addItem(f"{lvl} – {name}", lvl)
                cb.addItem(texts.NOT_RELEVANT_LABEL, "nr")
                cb.addItem(texts.NOT_ASSESSED_LABEL + " (ryd)", "clear")
                self.table.setCellWidget(i, j, cb)
                self.combos[k] = cb
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch if len(columns) < 4 else QHeaderView.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        lay.addWidget(self.table)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText("Gem vurderinger")
        bb.button(QDialogButtonBox.Cancel).setText("Spring over")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.resize(min(1100, 320 + 200 * len(columns)), min(700, 160 + 36 * len(rows)))

    @staticmethod
    def _short(v) -> str:
        if v is NOT_RELEVANT:
            return "ikke relevant"
        if v is None:
            return "ikke vurderet"
        return str(v)

    def set_value(self, key, value) -> None:
        """For tests and keyboard users: choose ``value`` (1–5, NOT_RELEVANT, None) in a cell."""
        cb = self.combos[key]
        cb.setCurrentIndex(cb.findData("nr" if value is NOT_RELEVANT else ("clear" if value is None else value)))

    def changes(self) -> list[tuple[int, int, object]]:
        out = []
        for (e, c), cb in self.combos.items():
            d = cb.currentData()
            if d == UNCHANGED:
                continue
            out.append((e, c, NOT_RELEVANT if d == "nr" else (None if d == "clear" else d)))
        return out
