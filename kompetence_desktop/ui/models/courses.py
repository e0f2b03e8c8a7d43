"""Mandatory courses: the course types, and the grid of employees × courses
(last completion, next due, coloured *forfalden / snart / ok / aldrig taget*
— with the word in the cell, so it reads in greyscale too)."""
from __future__ import annotations

import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ... import texts
from ...domain import dates
from ...domain.rules import DUE_NEVER, DUE_OK, DUE_OVERDUE, DUE_SOON, course_status
from .records import Column, RecordTableModel, log, plain_tooltip

DUE_COLOURS = {
    DUE_OVERDUE: "#f4b6b0",
    DUE_SOON: "#fde3a7",
    DUE_OK: "#cfe9d3",
    DUE_NEVER: "#dcdcdc",
}
NOT_DUE_YET = "ikke_forfalden"  # a within-employment course not taken and not due yet


def rule_text(ct) -> str:
    return texts.COURSE_RULE_LABELS.get(ct.rule, ct.rule).format(months=ct.months or "")


class CourseTypesModel(RecordTableModel):
    COL_NAME, COL_RULE, COL_ACTIVE = range(3)

    def __init__(self, parent=None):
        super().__init__([
            Column("Kursus", lambda c: c.name),
            Column("Gentages", rule_text),
            Column("Aktivt", lambda c: "Ja" if c.active else "Nej"),
        ], parent)


HEADER_LINE_CHARS = 22
HEADER_MAX_LINES = 3


def _two_lines(name: str, width: int = HEADER_LINE_CHARS, max_lines: int = HEADER_MAX_LINES) -> str:
    """A course name as a column header of short lines (at most ``max_lines``;
    the last one elided), so the grid's columns stay narrow enough for a
    1366 px screen. The whole name is in the header's tooltip."""
    parts = name.split(" – ", 1) if " – " in name else [name]
    lines: list[str] = []
    for part in parts:
        lines.extend(textwrap.wrap(part, width, break_long_words=True, break_on_hyphens=False) or [""])
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[: max_lines - 1] + [rest[: width - 1] + "…"]
    return "\n".join(lines)


def cell_text(st) -> str:
    """The grid cell: the status word and the date that matters, and under it
    the last completion (the leader sees both without hovering)."""
    f = dates.format_date
    if st.status == DUE_OVERDUE:
        first = f"Forfalden {f(st.next_due)}"
    elif st.status == DUE_SOON:
        first = f"Snart {f(st.next_due)}"
    elif st.status == DUE_OK:
        first = f"OK til {f(st.next_due)}" if st.next_due else f"Taget {f(st.last)}"
        if not st.next_due:
            return first
    elif st.next_due:  # not taken, not due yet
        return f"Senest {f(st.next_due)}"
    else:
        return "Aldrig taget"
    return f"{first}\ntaget {f(st.last)}" if st.last else first


class CourseGridModel(QAbstractTableModel):
    """Rows: active employees. Column 0: the employee; then one column per active course type."""

    COL_EMPLOYEE = 0
    StatusRole = Qt.UserRole + 1
    EmployeeIdRole = Qt.UserRole + 2
    CourseIdRole = Qt.UserRole + 3
    LastRole = Qt.UserRole + 4
    NextDueRole = Qt.UserRole + 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.employees: list = []
        self.courses: list = []
        self.team_names: dict = {}
        self.status: dict = {}

    def set_data(self, employees, courses, completions, today, team_names=None) -> None:
        self.beginResetModel()
        self.employees = [e for e in employees if e.is_active(today)]
        self.courses = [c for c in courses if c.active]
        self.team_names = team_names or {}
        self.status = {
            (e.id, c.id): course_status(c, e, completions, today) for e in self.employees for c in self.courses
        }
        self.endResetModel()

    def course_at(self, column: int):
        return self.courses[column - 1] if 1 <= column <= len(self.courses) else None

    def column_of_course(self, course_id: int) -> int:
        return next((i + 1 for i, c in enumerate(self.courses) if c.id == course_id), -1)

    def row_of_employee(self, employee_id: int) -> int:
        return next((i for i, e in enumerate(self.employees) if e.id == employee_id), -1)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.employees)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 1 + len(self.courses)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal:
            if section == 0:
                return "Medarbejder" if role == Qt.DisplayRole else None
            c = self.course_at(section)
            if c is None:
                return None
            if role == Qt.DisplayRole:
                return _two_lines(c.name)
            if role == Qt.ToolTipRole:
                return plain_tooltip(f"{c.name}\n{rule_text(c)}")
        return None

    def data(self, index, role=Qt.DisplayRole):
        try:
            return self._grid_data(index, role)
        except Exception:  # never let one cell break the view
            log.exception("course grid data failed for role %s", role)
            return None

    def _grid_data(self, index, role):
        if not index.isValid() or not (0 <= index.row() < len(self.employees)):
            return None
        e = self.employees[index.row()]
        if role == self.EmployeeIdRole:
            return e.id
        if index.column() == 0:
            if role == Qt.DisplayRole:
                return f"{e.name} ({e.initials})"
            if role == Qt.ToolTipRole:
                return plain_tooltip("\n".join(x for x in (e.name, e.job_title, self.team_names.get(e.team_id, "")) if x))
            return None
        c = self.course_at(index.column())
        if c is None:
            return None
        st = self.status.get((e.id, c.id))
        if st is None:
            return None
        status = st.status if not (st.status == DUE_NEVER and st.next_due) else NOT_DUE_YET
        if role == Qt.DisplayRole:
            return cell_text(st)
        if role == Qt.BackgroundRole:
            return QBrush(QColor(DUE_COLOURS.get(status, "#f0f0f0")))
        if role == Qt.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ToolTipRole:
            lines = [f"{e.name} – {c.name}",
                     f"Senest gennemført: {dates.format_date(st.last) or 'aldrig'}"]
            if st.next_due:
                lines.append(f"Næste frist: {dates.format_date(st.next_due)}")
            lines.append(f"Status: {texts.DUE_LABELS.get(st.status, st.status)}")
            return plain_tooltip("\n".join(lines))
        if role == self.StatusRole:
            return status
        if role == self.CourseIdRole:
            return c.id
        if role == self.LastRole:
            return st.last
        if role == self.NextDueRole:
            return st.next_due
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable
