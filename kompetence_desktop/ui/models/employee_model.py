"""Staff as a table model, with a filter proxy (search + aktive/fratrådte/alle)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ... import texts
from ...domain import dates
from ...domain.model import Employee
from ..plaintext import plain

_DIM = QBrush(QColor("#777777"))

STATUS_ACTIVE = "aktive"
STATUS_FORMER = "fratraadte"
STATUS_ALL = "alle"


class EmployeeTableModel(QAbstractTableModel):
    COL_NAME, COL_INITIALS, COL_JOB, COL_EDUCATION, COL_TEAM, COL_START, COL_END = range(7)
    HEADERS = ("Navn", "Initialer", "Stilling", "Uddannelse", "Team", "Ansat", "Fratrådt")
    EmployeeIdRole = Qt.ItemDataRole.UserRole + 1
    ActiveRole = Qt.ItemDataRole.UserRole + 2
    SortRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.employees: list[Employee] = []
        self.teams: dict[int, str] = {}
        self.today = dates.today()

    def load(self, repo) -> None:
        self.beginResetModel()
        self.today = dates.today()
        self.employees = repo.staff.employees()
        self.teams = {t.id: t.name for t in repo.staff.teams()}
        self.endResetModel()

    def employee(self, row: int) -> Employee:
        return self.employees[row]

    def row_of(self, employee_id: int) -> int | None:
        return next((i for i, e in enumerate(self.employees) if e.id == employee_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.employees)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.employees[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # user text shown as typed, never as markup
            return plain(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.COL_NAME:
                return e.name
            if c == self.COL_INITIALS:
                return e.initials
            if c == self.COL_JOB:
                return e.job_title
            if c == self.COL_EDUCATION:
                return texts.EDUCATION_LABELS.get(e.education or "", e.education)
            if c == self.COL_TEAM:
                return self.teams.get(e.team_id, "")
            if c == self.COL_START:
                return dates.format_date(e.start_date)
            if c == self.COL_END:
                return dates.format_date(e.end_date)
        if role == self.SortRole:
            if c == self.COL_START:
                return e.start_date.isoformat() if e.start_date else ""
            if c == self.COL_END:
                return e.end_date.isoformat() if e.end_date else ""
            return str(self.data(index)).lower()
        if role == Qt.ItemDataRole.ForegroundRole and not e.is_active(self.today):
            return _DIM
        if role == self.EmployeeIdRole:
            return e.id
        if role == self.ActiveRole:
            return e.is_active(self.today)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class EmployeeFilterProxy(QSortFilterProxyModel):
    """Search in name, initials, job title and team; show active, former or all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = STATUS_ACTIVE
        self.search = ""
        self.setSortRole(EmployeeTableModel.SortRole)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):
        m = self.sourceModel()
        e = m.employee(row)
        active = e.end_date is None or e.end_date > m.today  # includes staff about to start
        if self.status == STATUS_ACTIVE and not active:
            return False
        if self.status == STATUS_FORMER and (active or e.end_date is None):
            return False
        if self.search:
            hay = " ".join((e.name, e.initials, e.job_title, m.teams.get(e.team_id, ""))).lower()
            return self.search in hay
        return True
