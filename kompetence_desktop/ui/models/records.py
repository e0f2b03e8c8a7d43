"""A table model over a list of domain objects, its columns declared once.

Used for the plan pages' simple lists (MUS, læringsmål, logbog, MED,
supervision, budget). Subclasses name their columns (``COL_*``) and pass
``Column`` specs; the row object is under ``RowRole``, its id under ``IdRole``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..plaintext import plain

log = logging.getLogger(__name__)

ROW_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2
SORT_ROLE = Qt.UserRole + 3


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


def _first_line(text: str, limit: int = 90) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


#: user text for a tooltip, shown as typed (Qt would render ``<b>…`` as rich text)
plain_tooltip = plain


def safe_less(lv, rv) -> bool:
    """``lv < rv`` for sort keys of mixed or odd types, never raising."""
    try:
        return bool(lv < rv)
    except Exception:
        return str(lv) < str(rv)


class RecordTableModel(QAbstractTableModel):
    RowRole = ROW_ROLE
    IdRole = ID_ROLE
    SortRole = SORT_ROLE

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    # --- data in -------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of_id(self, row_id) -> int:
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id", None) == row_id), -1)

    # --- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole) and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        obj = self.rows[index.row()]
        col = self.columns[index.column()]
        try:
            return self._role_data(obj, col, role)
        except Exception:  # a view must never die on one odd row (e.g. 29 February)
            log.exception("table data failed for role %s", role)
            return "" if role in (Qt.DisplayRole, SORT_ROLE) else None

    def _role_data(self, obj, col: Column, role):
        if role == Qt.DisplayRole:
            return col.display(obj)
        if role == Qt.ToolTipRole:
            return plain_tooltip(col.tooltip(obj)) if col.tooltip else None
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if col.align_right else Qt.AlignLeft) | Qt.AlignVCenter)
        if role == ROW_ROLE:
            return obj
        if role == ID_ROLE:
            return getattr(obj, "id", None)
        if role == SORT_ROLE:
            v = col.sort(obj) if col.sort else col.display(obj)
            return v
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable
