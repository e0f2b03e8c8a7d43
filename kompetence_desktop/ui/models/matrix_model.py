"""The competence matrix as a table model (Socialstyrelsen's *Skema til
vurdering af kompetenceniveau*).

Rows: a header row per category, then its competences. Columns: *Forventet
niveau*, one per employee, *Sårbarhed*. The competence names are the
vertical header (so they stay put while the staff columns scroll).

Fast at 200 staff × 150 competences: everything is loaded once into dicts
and a change re-reads only the cells it touched. Painting asks ``data()`` for
seven roles of every visible cell on every scroll step (~3500 Python calls),
so what a cell looks like (text, background, alignment, font, text colour)
is made once into a tuple indexed by role (``_make_look``) and kept until
something it shows changes (``_forget_looks``); ``data()`` answers those
roles with two list lookups (smooth scrolling, measured by
tests/perf/scroll_bench.py).
On a big file the first load may read only the first screen's block of cells
(``load(repo, first_screen=(rows, cols))``); ``complete()`` reads the rest
right after the first paint, or at once when anything outside that block is
asked for (cold start).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPixmap, QPolygon

from ... import texts
from ...domain import dates, rules
from ...domain.model import CATEGORIES, Competence, Employee
from ...domain.rules import NOT_RELEVANT
from ..plaintext import plain

# colours: light enough for black text, distinct in hue *and* lightness, so they
# read in greyscale and for red-green colour blindness (luma ≈ 230 / 204 / 165 —
# the same steps as the PDF's palette); below-expected numbers are also bold,
# and the number is always shown, so colour is never the only signal.
GAP_COLORS = {
    rules.GAP_MEETS: QColor("#d9f0d3"),
    rules.GAP_ONE: QColor("#f9c86a"),
    rules.GAP_TWO_PLUS: QColor("#e58b80"),
    rules.GAP_NONE: QColor("#f4f4f4"),
    rules.GAP_NOT_RELEVANT: QColor("#d0d0d0"),
}
GAP_LABELS = {
    rules.GAP_MEETS: "Opfylder forventet niveau",
    rules.GAP_ONE: "Ét niveau under forventet",
    rules.GAP_TWO_PLUS: "To eller flere niveauer under forventet",
    rules.GAP_NONE: "Ikke vurderet",
    rules.GAP_NOT_RELEVANT: "Ikke relevant",
}
VULN_COLORS = {
    rules.VULN_CRITICAL: QColor("#e58b80"),
    rules.VULN_HIGH: QColor("#f9c86a"),
    rules.VULN_MEDIUM: QColor("#fff3c4"),
    rules.VULN_LOW: QColor("#d9f0d3"),
}
_BRUSH = {k: QBrush(v) for k, v in GAP_COLORS.items()}
_BRUSH[rules.GAP_NOT_RELEVANT] = QBrush(QColor("#a8a8a8"), Qt.BrushStyle.BDiagPattern)
_VBRUSH = {k: QBrush(v) for k, v in VULN_COLORS.items()}
_HEADER_BRUSH = QBrush(QColor("#dfe6ee"))
_EXPECTED_BRUSH = QBrush(QColor("#eef2f7"))
_DIM = QBrush(QColor("#6b6b6b"))
_GAP_INK = QBrush(QColor("#b03a2e"))  # a competence some team lacks (skal dækkes i hvert team)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
NOT_RELEVANT_TEXT = "–"
_GAPS = (rules.GAP_ONE, rules.GAP_TWO_PLUS)

# roles as plain ints: PySide6 hands data() an int, and comparing with an int is ~10×
# cheaper than with the enum member (data() runs for every visible cell and role)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
# item flags made once (a Flag "|" in Python costs microseconds, and flags() runs per cell)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_HEADER_FLAGS = Qt.ItemFlag.ItemNeverHasChildren
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
#: roles the view asks of every cell that the matrix never answers
_UNUSED = frozenset({int(Qt.ItemDataRole.CheckStateRole), int(Qt.ItemDataRole.SizeHintRole)})
_USER = int(Qt.ItemDataRole.UserRole)
#: a cell's looks: the answers for roles 0 .. _N_LOOK - 1 (Display, Decoration, Edit, ToolTip,
#: StatusTip, WhatsThis, Font, TextAlignment, Background, Foreground); the tooltip is made
#: when asked, never kept
_N_LOOK = int(Qt.ItemDataRole.ForegroundRole) + 1
_NO_LOOK = (None,) * _N_LOOK


def _look(text=None, font=None, align=None, background=None, foreground=None, decoration=None) -> tuple:
    t = [None] * _N_LOOK
    t[_DISPLAY], t[_FONT], t[_ALIGN], t[_BACKGROUND], t[_FOREGROUND] = text, font, align, background, foreground
    t[_DECORATION] = decoration
    return tuple(t)


#: activity statuses that no longer plan anything
_NOT_PLANNED = frozenset({"gennemfoert", "aflyst"})


def planned_activities(activities) -> dict:
    """(employee id, competence id) → titles of the activities still planned for that cell
    (not gennemført or aflyst) whose participants and competences both include it."""
    out: dict = {}
    for a in activities:
        if a.status in _NOT_PLANNED:
            continue
        for e in a.participant_ids:
            for c in a.competence_ids:
                out.setdefault((e, c), []).append(a.title)
    return out


def _planned_mark() -> QPixmap:
    """The mark on a gap that a planned activity covers: a small dark triangle (reads in
    greyscale on every gap colour; the tooltip names the activity)."""
    pm = QPixmap(8, 8)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f3a5f"))
    p.drawPolygon(QPolygon([QPoint(0, 0), QPoint(8, 0), QPoint(0, 8)]))
    p.end()
    return pm


_HEADER_LOOK = _look(background=_HEADER_BRUSH)


def cell_text(v) -> str:
    if v is NOT_RELEVANT:
        return NOT_RELEVANT_TEXT
    if v is None:
        return ""
    return str(v)


class MatrixModel(QAbstractTableModel):
    COL_EXPECTED = 0
    FIRST_EMPLOYEE_COL = 1

    ROW_HEADER = "header"
    ROW_COMPETENCE = "competence"

    CellValueRole = Qt.ItemDataRole.UserRole + 1  # level int, NOT_RELEVANT or None
    GapClassRole = Qt.ItemDataRole.UserRole + 2  # rules.GAP_* for employee cells
    EmployeeIdRole = Qt.ItemDataRole.UserRole + 3
    CompetenceIdRole = Qt.ItemDataRole.UserRole + 4
    RowKindRole = Qt.ItemDataRole.UserRole + 5
    SelfValueRole = Qt.ItemDataRole.UserRole + 6
    VulnerabilityRole = Qt.ItemDataRole.UserRole + 7
    #: titles of the planned activities that cover an employee cell, or None
    PlannedRole = Qt.ItemDataRole.UserRole + 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today: dt.date = dates.today()
        self.all_employees: list[Employee] = []
        self.all_competences: list[Competence] = []
        self.teams: dict[int, str] = {}
        self.cells: dict = {}
        self.selfs: dict = {}
        self.planned: dict = {}
        self._mark = None
        # filters
        self.team_id: int | None = None
        self.category: str | None = None
        self.show_former = False
        self.show_self = False
        # derived
        self._rows: list[tuple[str, object]] = []
        self._cols: list[Employee] = []
        self._row_of_comp: dict[int, int] = {}
        self._col_of_emp: dict[int, int] = {}
        self._coverage: dict = {}
        # a first load of only the first screen: the repo to read the rest from, and the block's size
        self._partial_repo = None
        self._first_rows = self._first_cols = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        # per row a list of per-column looks (None: not made yet); one extra row and column of
        # _NO_LOOK, so an invalid index (row and column -1) finds _NO_LOOK without a test
        self._looks: list[list] = [[_NO_LOOK]]
        # each row's item flags, and the invalid index's (row -1) last
        self._row_flags: list = [_NO_FLAGS]

    # ----------------------------------------------------------------- loading
    #: a first-screen load pays off above this many cells
    PARTIAL_MIN_CELLS = 6000

    def load(self, repo, first_screen: tuple[int, int] | None = None) -> None:
        """Read everything from ``repo``. With ``first_screen=(rows, columns)`` and
        a big matrix, read only the cells of that top-left block now (what the
        first paint shows) and the rest in ``complete()``."""
        self.beginResetModel()
        self._partial_repo = None
        self.today = dates.today()
        self.all_employees = repo.staff.employees()
        self.all_competences = repo.matrix.competences()
        self.teams = {t.id: t.name for t in repo.staff.teams()}
        self.planned = planned_activities(repo.plan.activities())
        self._derive_layout()
        rows, cols = first_screen or (0, 0)
        if (first_screen is not None and len(self._cols) > cols
                and len(self._cols) * len(self._row_of_comp) > self.PARTIAL_MIN_CELLS):
            # the Sårbarhed column is off screen, so its counts can wait for complete()
            emp_ids = [e.id for e in self._cols[:cols]]
            comp_ids = [item.id for kind, item in self._rows[:rows] if kind == self.ROW_COMPETENCE]
            self.cells = repo.matrix.latest_cells(employee_ids=emp_ids, competence_ids=comp_ids)
            self.selfs = repo.matrix.latest_cells(("selvvurdering",), employee_ids=emp_ids, competence_ids=comp_ids)
            self._coverage = {}
            self._partial_repo = repo
            self._first_rows, self._first_cols = rows, self.FIRST_EMPLOYEE_COL + cols
        else:
            self.cells = repo.matrix.latest_cells()
            self.selfs = repo.matrix.latest_cells(("selvvurdering",))
            self._derive_coverage()
        self._forget_looks()
        self.endResetModel()

    def need(self, row: int, column: int) -> None:
        """Make sure cell (row, column) is loaded (reads the rest after a first-screen load)."""
        if self._partial_repo is not None and (row >= self._first_rows or column >= self._first_cols):
            self.complete()

    @property
    def partial(self) -> bool:
        """Only the first screen's cells are loaded so far."""
        return self._partial_repo is not None

    def complete(self) -> None:
        """Read the cells a first-screen load left out, and the Sårbarhed counts."""
        repo, self._partial_repo = self._partial_repo, None
        if repo is None:
            return
        try:
            cells, selfs = repo.matrix.latest_cells(), repo.matrix.latest_cells(("selvvurdering",))
        except Exception:  # the file was closed (found damaged): keep the first screen
            return
        self.cells, self.selfs = cells, selfs
        self._derive_coverage()
        self._forget_looks()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def reload_planned(self, repo) -> None:
        """Re-read which cells planned activities cover (after an activity changed)."""
        planned = planned_activities(repo.plan.activities())
        if planned == self.planned:
            return
        self.planned = planned
        self._forget_looks()
        if self._rows and self._cols:
            self.dataChanged.emit(self.index(0, self.FIRST_EMPLOYEE_COL),
                                  self.index(len(self._rows) - 1, self.col_vulnerability - 1))

    def set_filters(self, team_id=None, category=None, show_former=None) -> None:
        self.complete()
        self.beginResetModel()
        self.team_id = team_id
        self.category = category
        if show_former is not None:
            self.show_former = show_former
        self._derive()
        self._forget_looks()
        self.endResetModel()

    def set_show_self(self, on: bool) -> None:
        self.complete()
        self.show_self = bool(on)
        self._forget_looks()
        if self._rows and self._cols:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _derive(self) -> None:
        self._derive_layout()
        self._derive_coverage()

    def _derive_layout(self) -> None:
        emps = [
            e for e in self.all_employees
            if (self.team_id is None or e.team_id == self.team_id)
            and (self.show_former or e.is_active(self.today))
        ]
        self._cols = emps
        self._col_of_emp = {e.id: i + self.FIRST_EMPLOYEE_COL for i, e in enumerate(emps)}
        rows: list[tuple[str, object]] = []
        for cat in CATEGORIES:
            if self.category is not None and cat != self.category:
                continue
            comps = [c for c in self.all_competences if c.category == cat]
            rows.append((self.ROW_HEADER, cat))
            rows.extend((self.ROW_COMPETENCE, c) for c in comps)
        self._rows = rows
        self._row_of_comp = {item.id: r for r, (k, item) in enumerate(rows) if k == self.ROW_COMPETENCE}

    def _derive_coverage(self) -> None:
        self._coverage = rules.coverage(self.all_competences, self._coverage_staff(), self.cells, self.today)

    def teams_without_cover(self, competence) -> list[str]:
        """The teams (with active staff) in which nobody active is at the competence's expected level."""
        covered: dict[int, bool] = {}
        for e in self.all_employees:
            if e.team_id is None or not e.is_active(self.today):
                continue
            v = self.cells.get((e.id, competence.id))
            ok = v is not None and v is not rules.NOT_RELEVANT and v >= competence.expected_level
            covered[e.team_id] = covered.get(e.team_id, False) or ok
        return [name for tid, name in self.teams.items() if tid in covered and not covered[tid]]

    def _coverage_staff(self) -> list[Employee]:
        """Sårbarhed counts the active staff of the shown team (the whole tilbud when no team filter)."""
        return [e for e in self.all_employees if self.team_id is None or e.team_id == self.team_id]

    # ------------------------------------------------------------ after an edit
    def refresh_cells(self, repo, pairs) -> None:
        """Re-read a few cells (after an edit, undo or redo) and repaint them."""
        pairs = list(pairs)
        if not pairs:
            return
        self.complete()
        fresh = repo.matrix.cells_for(pairs)
        fresh_self = repo.matrix.cells_for(pairs, sources=("selvvurdering",))
        comps = set()
        for p in pairs:
            if p in fresh:
                self.cells[p] = fresh[p]
            else:
                self.cells.pop(p, None)
            if p in fresh_self:
                self.selfs[p] = fresh_self[p]
            comps.add(p[1])
        self._recount(comps)
        rows = [self._row_of_comp[c] for c in comps if c in self._row_of_comp]
        cols = [self._col_of_emp[e] for e, _c in pairs if e in self._col_of_emp]
        self._forget_looks(rows)  # the edited cells and those rows' Sårbarhed
        if rows:
            top, bottom = min(rows), max(rows)
            left = min(cols) if cols else self.col_vulnerability
            self.dataChanged.emit(self.index(top, left), self.index(bottom, self.col_vulnerability))

    def _recount(self, competence_ids) -> None:
        comps = [c for c in self.all_competences if c.id in competence_ids]
        self._coverage.update(rules.coverage(comps, self._coverage_staff(), self.cells, self.today))

    # --------------------------------------------------------------- structure
    @property
    def col_vulnerability(self) -> int:
        return self.FIRST_EMPLOYEE_COL + len(self._cols)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cols) + 2

    def row_kind(self, row: int) -> str:
        return self._rows[row][0]

    def competence_at(self, row: int) -> Competence | None:
        kind, item = self._rows[row]
        return item if kind == self.ROW_COMPETENCE else None

    def employee_at(self, col: int) -> Employee | None:
        i = col - self.FIRST_EMPLOYEE_COL
        return self._cols[i] if 0 <= i < len(self._cols) else None

    def row_of_competence(self, competence_id: int) -> int | None:
        return self._row_of_comp.get(competence_id)

    def column_of_employee(self, employee_id: int) -> int | None:
        return self._col_of_emp.get(employee_id)

    def competence_rows(self) -> list[int]:
        return list(self._row_of_comp.values())

    def coverage_of(self, competence_id: int):
        self.complete()
        return self._coverage.get(competence_id)

    def _forget_looks(self, rows=None) -> None:
        """Forget the looks made of ``rows`` (default: all; the layout may have changed)."""
        if rows is None:
            n = self.columnCount()
            self._looks = [[None] * n + [_NO_LOOK] for _ in self._rows] + [[_NO_LOOK] * (n + 1)]
            self._row_flags = [_HEADER_FLAGS if kind == self.ROW_HEADER else _CELL_FLAGS
                               for kind, _item in self._rows] + [_NO_FLAGS]
            return
        n = self.columnCount()
        for r in rows:
            self._looks[r] = [None] * n + [_NO_LOOK]

    def flags(self, index):
        # a view asks for every painted cell, often twice: one list lookup (row -1: invalid)
        return self._row_flags[index.row()]

    # -------------------------------------------------------------------- data
    def data(self, index, role=_DISPLAY):
        if role < _N_LOOK:
            if role != _TOOLTIP:  # what painting asks: the cell's kept looks
                r = index.row()
                c = index.column()
                look = self._looks[r][c]
                if look is None:
                    look = self._make_look(r, c)
                return look[role]
        elif role < _USER:
            return None
        if not index.isValid():
            return None
        return self._data(index.row(), index.column(), role)

    def _make_look(self, r: int, c: int) -> tuple:
        """What cell (r, c) shows, made from the roles' answers, and kept."""
        if self._partial_repo is not None and (r >= self._first_rows or c >= self._first_cols):
            self.complete()  # asked for more than the first screen (a scroll, a copy)
        kind = self._rows[r][0]
        if kind == self.ROW_HEADER:
            look = _HEADER_LOOK
        else:
            d = self._data
            look = _look(d(r, c, _DISPLAY), d(r, c, _FONT), d(r, c, _ALIGN), d(r, c, _BACKGROUND),
                         d(r, c, _FOREGROUND), d(r, c, _DECORATION))
        self._looks[r][c] = look
        return look

    def _data(self, r: int, c: int, role: int):
        """Every role's answer, worked out (``data()`` keeps the looks made from it)."""
        if role in _UNUSED:
            return None
        kind, item = self._rows[r]
        if kind == self.ROW_HEADER:
            if role == _BACKGROUND:
                return _HEADER_BRUSH
            if role == self.RowKindRole:
                return kind
            return None
        comp: Competence = item
        if c == self.COL_EXPECTED:
            if role == _DISPLAY:
                return str(comp.expected_level)
            if role == _ALIGN:
                return _CENTER
            if role == _BACKGROUND:
                return _EXPECTED_BRUSH
            if role == _FONT:
                return self._bold
            if role == _TOOLTIP:
                return f"Forventet niveau: {texts.level_label(comp.expected_level)}"
            if role == self.CellValueRole:
                return comp.expected_level
            if role == self.CompetenceIdRole:
                return comp.id
            if role == self.RowKindRole:
                return kind
            return None
        if self._partial_repo is not None and (r >= self._first_rows or c >= self._first_cols):
            self.complete()  # asked for more than the first screen (a scroll, a copy)
        emp_i = c - self.FIRST_EMPLOYEE_COL
        if emp_i >= len(self._cols):  # Sårbarhed
            return self._vulnerability_data(comp, role, kind)
        return self._cell_data(self._cols[emp_i], comp, role, kind)

    def _vulnerability_data(self, comp: Competence, role: int, kind):
        """The Sårbarhed column of a competence row."""
        cov = self._coverage.get(comp.id)
        if cov is None:
            return None
        if role == _DISPLAY:
            return texts.VULNERABILITY_LABELS[cov.vulnerability]
        if role == _BACKGROUND:
            return _VBRUSH[cov.vulnerability]
        if role == _ALIGN:
            return _CENTER
        if role == _TOOLTIP:
            return (f"{texts.count_noun(cov.meeting, 'aktiv medarbejder', 'aktive medarbejdere')} "
                    "på eller over forventet niveau; "
                    f"{cov.below} under; {cov.not_assessed} ikke vurderet; {cov.not_relevant} ikke relevant")
        if role == self.VulnerabilityRole:
            return cov.vulnerability
        if role == self.CompetenceIdRole:
            return comp.id
        if role == self.RowKindRole:
            return kind
        return None

    def _cell_data(self, emp: Employee, comp: Competence, role: int, kind):
        """An employee's cell of a competence row."""
        key = (emp.id, comp.id)
        if role == _DISPLAY:
            v = self.cells.get(key)
            txt = cell_text(v)
            if self.show_self:
                s = self.selfs.get(key)
                if s is not None and s != v:
                    return f"{txt or '·'} (s{cell_text(s)})"
            return txt
        if role == _BACKGROUND:
            return _BRUSH[rules.gap_class(comp.expected_level, self.cells.get(key))]
        if role == _ALIGN:
            return _CENTER
        if role == _FONT:
            v = self.cells.get(key)
            if v is not None and v is not NOT_RELEVANT and v < comp.expected_level:
                return self._bold
            return None
        if role == _FOREGROUND:
            if not emp.is_active(self.today):
                return _DIM
            return None
        if role == _DECORATION:
            if key in self.planned and rules.gap_class(comp.expected_level, self.cells.get(key)) in _GAPS:
                if self._mark is None and QGuiApplication.instance() is not None:  # a pixmap needs the GUI
                    self._mark = _planned_mark()
                return self._mark
            return None
        if role == self.PlannedRole:
            return self.planned.get(key)
        if role == self.CellValueRole:
            return self.cells.get(key)
        if role == self.GapClassRole:
            return rules.gap_class(comp.expected_level, self.cells.get(key))
        if role == self.SelfValueRole:
            return self.selfs.get(key)
        if role == self.EmployeeIdRole:
            return emp.id
        if role == self.CompetenceIdRole:
            return comp.id
        if role == self.RowKindRole:
            return kind
        if role == _TOOLTIP:
            return self.cell_tooltip(emp, comp)
        return None

    def cell_tooltip(self, emp: Employee, comp: Competence) -> str:
        key = (emp.id, comp.id)
        v = self.cells.get(key)
        lines = [
            f"{emp.name} ({emp.initials})",
            comp.name,
            f"Nuværende niveau: {texts.level_label(v)}",
            f"Forventet niveau: {texts.level_label(comp.expected_level)}",
        ]
        s = self.selfs.get(key)
        if s is not None:
            lines.append(f"Selvvurdering: {texts.level_label(s)}")
        lines.append(GAP_LABELS[rules.gap_class(comp.expected_level, v)])
        for title in self.planned.get(key, ()):
            lines.append(f"Planlagt aktivitet: {title}")
        return plain("\n".join(lines))

    def employee_tooltip(self, emp: Employee) -> str:
        lines = [emp.name]
        if emp.job_title:
            lines.append(emp.job_title)
        team = self.teams.get(emp.team_id)
        if team:
            lines.append(f"Team: {team}")
        if emp.end_date is not None:
            lines.append(f"Fratrådt {dates.format_date(emp.end_date)}")
        return plain("\n".join(lines))

    def headerData(self, section, orientation, role=_DISPLAY):
        if role in _UNUSED:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < 0 or section >= self.columnCount():
                return None
            if section == self.COL_EXPECTED:
                if role == _DISPLAY:
                    return "Forventet\nniveau"
                if role == _TOOLTIP:
                    return "Det niveau tilbuddet forventer i kompetencen (1–5)"
                return None
            if section == self.col_vulnerability:
                if role == _DISPLAY:
                    return "Sårbarhed"
                if role == _TOOLTIP:
                    return ("Antal aktive medarbejdere på forventet niveau: 0 Kritisk, 1 Høj, 2 Middel, 3 eller flere Lav")
                return None
            emp = self._cols[section - self.FIRST_EMPLOYEE_COL]
            if role == _DISPLAY:
                return emp.initials
            if role == _TOOLTIP:
                return self.employee_tooltip(emp)
            if role == _FONT and not emp.is_active(self.today):
                return self._italic
            if role == _FOREGROUND and not emp.is_active(self.today):
                return _DIM
            if role == self.EmployeeIdRole:
                return emp.id
            return None
        if section < 0 or section >= len(self._rows):
            return None
        kind, item = self._rows[section]
        if kind == self.ROW_HEADER:
            if role == _DISPLAY:
                return texts.CATEGORY_LABELS[item]
            if role == _FONT:
                return self._bold
            if role == _BACKGROUND:
                return _HEADER_BRUSH
            return None
        if role == _DISPLAY:
            if getattr(item, "per_team", False):
                missing = self.teams_without_cover(item)
                # a mark per team: the teams that lack it, or that all are covered
                return f"{item.name} · " + ("mangler i " + ", ".join(missing) if missing
                                             else texts.MATRIX_PER_TEAM_MARK.lower() + ": dækket")
            return item.name
        if role == _FOREGROUND and getattr(item, "per_team", False) and self.teams_without_cover(item):
            return _GAP_INK
        if role == _TOOLTIP:
            parts = [item.name]
            if getattr(item, "per_team", False):
                missing = self.teams_without_cover(item)
                parts.append(texts.COMPETENCE_PER_TEAM + ". " + (
                    "Ingen på forventet niveau i: " + ", ".join(missing) if missing
                    else "Alle teams har mindst én på forventet niveau."))
            if item.description:
                parts.append(item.description)
            if item.tags:
                parts.append("Emner: " + ", ".join(item.tags))
            return plain("\n".join(parts))
        if role == self.CompetenceIdRole:
            return item.id
        return None
