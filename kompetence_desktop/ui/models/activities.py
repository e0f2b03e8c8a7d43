"""The training plan (*uddannelsesplan*) as a table: Socialstyrelsen's
template columns first, then what the other documents add (docs/domain.md §5)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ... import texts
from ...domain import dates
from ...domain.overview import activity_year
from .records import ROW_ROLE, SORT_ROLE, Column, RecordTableModel, _first_line, log, plain_tooltip, safe_less

STATUS_COLOURS = {
    "planlagt": "#eef2f7",
    "bevilget": "#e3eefc",
    "i_gang": "#fff4d6",
    "gennemfoert": "#dff3e3",
    "aflyst": "#eeeeee",
}


#: sort key of a missing date: after every real one (a fixed date, never derived from today)
NO_DATE = dt.date.max
STATUS_ORDER = {s: i for i, s in enumerate(("planlagt", "bevilget", "i_gang", "gennemfoert", "aflyst"))}


class ActivitiesModel(RecordTableModel):
    (COL_PARTICIPANTS, COL_PURPOSE, COL_TITLE, COL_SUPPORT, COL_GOALS, COL_SCHEDULE, COL_RESPONSIBLE,
     COL_RESOURCES, COL_STATUS, COL_CATEGORY, COL_FORM, COL_PROVIDER, COL_EXTENT, COL_PRICE, COL_FUNDED,
     COL_SOURCE, COL_COMPETENCES, COL_SHARING, COL_EXPECTATIONS, COL_FOLLOWUP, COL_EVALUATION, COL_YEAR) = range(22)

    def __init__(self, parent=None):
        self.employees: dict[int, object] = {}
        self.competences: dict[int, object] = {}
        cols = texts.PLAN_COLUMNS  # the template's names, kept exactly
        spec = [
            Column(cols["participants"], self._participants, tooltip=self._participant_names),
            Column(cols["purpose"], lambda a: _first_line(a.purpose), tooltip=lambda a: a.purpose),
            Column(cols["title"], lambda a: a.title, tooltip=lambda a: a.title),
            Column(cols["learning_support"], lambda a: _first_line(a.learning_support), tooltip=lambda a: a.learning_support),
            Column(cols["learning_goals"], lambda a: _first_line(a.learning_goals), tooltip=lambda a: a.learning_goals),
            Column(cols["schedule"], self._schedule, sort=lambda a: (a.start_date or NO_DATE).isoformat()),
            Column(cols["responsible"], lambda a: a.responsible),
            Column(cols["resources"], lambda a: _first_line(a.resources), tooltip=lambda a: a.resources),
            Column(cols["status"], lambda a: texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status),
                   sort=lambda a: STATUS_ORDER.get(a.status, len(STATUS_ORDER))),
            Column("Kategori", lambda a: texts.ACTIVITY_CATEGORY_LABELS.get(a.category, a.category)),
            Column("Form", lambda a: texts.ACTIVITY_FORM_LABELS.get(a.form, a.form)),
            Column("Leverandør", lambda a: a.provider),
            Column("Omfang", lambda a: a.extent),
            Column("Pris ex moms", lambda a: texts.kroner(a.price_ore), sort=lambda a: a.price_ore, align_right=True),
            Column("Finansieret", lambda a: "Ja" if a.funded else "Nej"),
            Column("Finansieringskilde", lambda a: a.funding_source),
            Column("Kompetencer", self._competences, tooltip=self._competence_names),
            Column("Vidensdeling", lambda a: _first_line(a.knowledge_sharing), tooltip=lambda a: a.knowledge_sharing),
            Column("Forventninger før", lambda a: _first_line(a.expectations_before), tooltip=lambda a: a.expectations_before),
            Column("Opfølgning", lambda a: dates.format_date(a.followup_date),
                   sort=lambda a: (a.followup_date or NO_DATE).isoformat()),
            Column("Evaluering", lambda a: _first_line(a.evaluation), tooltip=lambda a: a.evaluation),
            Column("År", lambda a: str(activity_year(a) or ""), sort=lambda a: activity_year(a) or 9999),
        ]
        super().__init__(spec, parent)

    def set_data(self, activities, employees, competences) -> None:
        self.employees = {e.id: e for e in employees}
        self.competences = {c.id: c for c in competences}
        self.set_rows(activities)

    def _participants(self, a) -> str:
        ini = [self.employees[e].initials for e in a.participant_ids if e in self.employees]
        if len(ini) > 6:
            return ", ".join(ini[:5]) + f" … ({len(ini)})"
        return ", ".join(ini)

    def _participant_names(self, a) -> str:
        return "\n".join(self.employees[e].name for e in a.participant_ids if e in self.employees)

    def _competences(self, a) -> str:
        names = [self.competences[c].name for c in a.competence_ids if c in self.competences]
        return "; ".join(_first_line(n, 40) for n in names)

    def _competence_names(self, a) -> str:
        return "\n".join(self.competences[c].name for c in a.competence_ids if c in self.competences)

    @staticmethod
    def _schedule(a) -> str:
        if a.schedule:
            return a.schedule
        if a.start_date and a.end_date and a.end_date != a.start_date:
            return f"{dates.format_date(a.start_date)}–{dates.format_date(a.end_date)}"
        return dates.format_date(a.start_date)

    @staticmethod
    def needs_evaluation(a) -> bool:
        """Past its follow-up date without an evaluation (the Overblik lists it)."""
        return (a.status != "aflyst" and a.followup_date is not None
                and a.followup_date < dates.today() and not a.evaluation.strip())

    def data(self, index, role=Qt.DisplayRole):
        try:
            return self._activity_data(index, role)
        except Exception:  # never let one row break the view
            log.exception("activity data failed for role %s", role)
            return None

    def _activity_data(self, index, role):
        if index.isValid() and index.column() in (self.COL_FOLLOWUP, self.COL_EVALUATION, self.COL_TITLE) \
                and 0 <= index.row() < len(self.rows) and self.needs_evaluation(self.rows[index.row()]):
            if role == Qt.BackgroundRole:
                return QBrush(QColor("#fde3a7"))
            if role == Qt.DisplayRole and index.column() == self.COL_EVALUATION:
                return "Mangler evaluering"
            if role == Qt.ToolTipRole and index.column() == self.COL_TITLE:
                return plain_tooltip(f"{self.rows[index.row()].title}\n"
                                     "Opfølgningsdatoen er passeret, og evalueringen mangler.")
        if role == Qt.BackgroundRole and index.isValid() and index.column() == self.COL_STATUS \
                and 0 <= index.row() < len(self.rows):
            a = self.rows[index.row()]
            return QBrush(QColor(STATUS_COLOURS.get(a.status, "#ffffff")))
        if role == Qt.FontRole and index.isValid() and 0 <= index.row() < len(self.rows):
            a = self.rows[index.row()]
            if a.status == "aflyst":
                from PySide6.QtGui import QFont

                f = QFont()
                f.setStrikeOut(True)
                return f
        return super().data(index, role)


class ActivityFilterProxy(QSortFilterProxyModel):
    """Filter by year, status, category and employee (None = all); sorts by SortRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.year = None
        self.status = None
        self.category = None
        self.employee_id = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, **kw) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        try:
            return self._accepts(source_row, source_parent)
        except Exception:  # show the row rather than break the view
            log.exception("activity filter failed")
            return True

    def _accepts(self, source_row, source_parent):
        a = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if a is None:
            return False
        if self.year is not None and activity_year(a) != self.year:
            return False
        if self.status is not None and a.status != self.status:
            return False
        if self.category is not None and a.category != self.category:
            return False
        if self.employee_id is not None and self.employee_id not in a.participant_ids:
            return False
        return True

    def lessThan(self, left, right):
        return safe_less(left.data(SORT_ROLE), right.data(SORT_ROLE))
