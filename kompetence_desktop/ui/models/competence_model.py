"""The competence profile as a table model: a header row per category, then
its competences in their order."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ... import texts
from ...domain.model import CATEGORIES, Competence
from ..plaintext import plain

_HEADER_BRUSH = QBrush(QColor("#dfe6ee"))


class CompetenceListModel(QAbstractTableModel):
    COL_NAME, COL_EXPECTED, COL_TAGS, COL_DESCRIPTION = range(4)
    HEADERS = ("Kompetence", "Forventet niveau", "Emner", "Beskrivelse")
    ROW_HEADER = "header"
    ROW_COMPETENCE = "competence"
    CompetenceIdRole = Qt.ItemDataRole.UserRole + 1
    RowKindRole = Qt.ItemDataRole.UserRole + 2
    CategoryRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, object]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, repo) -> None:
        self.beginResetModel()
        comps = repo.matrix.competences()
        rows: list[tuple[str, object]] = []
        for cat in CATEGORIES:
            rows.append((self.ROW_HEADER, cat))
            rows.extend((self.ROW_COMPETENCE, c) for c in comps if c.category == cat)
        self._rows = rows
        self.endResetModel()

    def competence_at(self, row: int) -> Competence | None:
        if 0 <= row < len(self._rows) and self._rows[row][0] == self.ROW_COMPETENCE:
            return self._rows[row][1]
        return None

    def category_at(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows):
            return None
        kind, item = self._rows[row]
        return item if kind == self.ROW_HEADER else item.category

    def row_of(self, competence_id: int) -> int | None:
        return next((i for i, (k, it) in enumerate(self._rows) if k == self.ROW_COMPETENCE and it.id == competence_id), None)

    def neighbour(self, competence_id: int, step: int) -> Competence | None:
        """The competence above (step -1) or below (+1) in the same category."""
        r = self.row_of(competence_id)
        if r is None:
            return None
        other = self.competence_at(r + step)
        if other is None or other.category != self._rows[r][1].category:
            return None
        return other

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if self._rows[index.row()][0] == self.ROW_COMPETENCE:
            base |= Qt.ItemFlag.ItemIsSelectable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, item = self._rows[index.row()]
        c = index.column()
        if role == self.RowKindRole:
            return kind
        if kind == self.ROW_HEADER:
            if role == Qt.ItemDataRole.DisplayRole and c == self.COL_NAME:
                return texts.CATEGORY_LABELS[item]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return _HEADER_BRUSH
            if role == self.CategoryRole:
                return item
            return None
        comp: Competence = item
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.COL_NAME:
                return comp.name
            if c == self.COL_EXPECTED:
                return texts.level_label(comp.expected_level)
            if c == self.COL_TAGS:
                return ", ".join(comp.tags)
            if c == self.COL_DESCRIPTION:
                return comp.description.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.COL_DESCRIPTION and comp.description:
                return plain(comp.description)
            if c == self.COL_NAME:
                return plain(comp.name)
        if role == self.CompetenceIdRole:
            return comp.id
        if role == self.CategoryRole:
            return comp.category
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None
