"""Obligatoriske kurser: course types with repeat rules (Midtjylland's Basis 1
by default), the grid of employees × courses (last completion, next due,
*forfalden / snart / ok / aldrig taget*), and a completion recorded for
several employees at once."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...domain.model import BASIS_1
from ...operations import AddDefaultCourses, AddRecord, DeleteCompletions, DeleteRecord, RecordCompletions, UpdateRecord
from ..flow import FlowLayout
from ..dialogs.completion_dialog import CompletionDialog
from ..dialogs.course_type_dialog import CourseTypeDialog
from ..models.courses import DUE_COLOURS, HEADER_MAX_LINES, NOT_DUE_YET, CourseGridModel, CourseTypesModel
from ..models.records import ROW_ROLE, plain_tooltip
from ._plan_common import PlanPage, count_text, fit_combo

ALL = "__all__"
LEGEND = (("forfalden", "Forfalden"), ("snart", "Snart (inden for 60 dage)"), ("ok", "OK"),
          ("aldrig_taget", "Aldrig taget"), (NOT_DUE_YET, "Ikke taget, ikke forfalden"))


class KurserPage(PlanPage):
    KEY = "kurser"
    TITLE = "Obligatoriske kurser"
    TOPICS = ("courses", "employees", "teams")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading("Obligatoriske kurser"))
        lay.addWidget(self.readonly_banner())
        bar = FlowLayout()  # wraps in a narrow window instead of widening it
        bar.addWidget(self.edit_button("Registrér gennemført kursus…", self.record_completion,
                                       "Registrér et kursus for de valgte medarbejdere (eller et helt team) på én gang"))
        bar.addWidget(self.edit_button("Slet seneste registrering", self.delete_latest_completion,
                                       "Slet den seneste registrering i de valgte celler"))
        bar.addSpacing(16)
        bar.addWidget(QLabel("Team"))
        self.f_team = QComboBox()
        self.f_team.addItem("Alle", ALL)
        fit_combo(self.f_team, 10, 200)
        self.f_team.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.f_team)
        bar.addStretch(1)
        # the legend wraps (one label) so the page fits a 1366 px screen next to the buttons
        self.legend = QLabel(" ".join(
            f"<span style='background:{DUE_COLOURS.get(status, '#f0f0f0')}'>&nbsp;{word}&nbsp;</span>"
            for status, word in LEGEND))
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        self.legend.setMinimumWidth(200)
        bar.addWidget(self.legend, 1)
        lay.addLayout(bar)

        split = QSplitter(Qt.Vertical)
        self.grid = CourseGridModel(self)
        self.grid_view = self.table(self.grid, stretch_last=False)
        self.grid_view.setSelectionBehavior(self.grid_view.SelectionBehavior.SelectItems)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        fm = self.grid_view.horizontalHeader().fontMetrics()
        self.grid_view.horizontalHeader().setMinimumHeight(fm.lineSpacing() * HEADER_MAX_LINES + 10)
        # cells hold two lines: status and due date, then the last completion
        self.grid_view.verticalHeader().setDefaultSectionSize(self.grid_view.fontMetrics().lineSpacing() * 2 + 8)
        split.addWidget(self.grid_view)

        types = QWidget()
        tl = QVBoxLayout(types)
        tl.setContentsMargins(0, 0, 0, 0)
        tbar = FlowLayout()
        tbar.addWidget(self.heading("Kurser og gentagelse"))
        tbar.addStretch(1)
        tbar.addWidget(self.edit_button("Nyt kursus…", self.add_course))
        tbar.addWidget(self.edit_button("Rediger…", self.edit_course))
        tbar.addWidget(self.edit_button("Slet", self.delete_course))
        self.defaults_btn = self.edit_button("Indsæt standardkurser (Basis 1)", self.insert_defaults,
                                             "Region Midtjyllands Basis 1: brand og genoplivning med gentagelse, sikkerhedskursus")
        tbar.addWidget(self.defaults_btn)
        tl.addLayout(tbar)
        self.types = CourseTypesModel(self)
        self.types_view = self.table(self.types)
        self.types_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.types_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.types_view.doubleClicked.connect(lambda _i: self.edit_course())
        tl.addWidget(self.types_view)
        split.addWidget(types)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.refresh()

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        repo = self.ctx.repo
        self.teams = repo.staff.teams()
        self.employees = repo.staff.employees()
        self.course_types = repo.plan.course_types()
        cur = self.f_team.currentData()
        self.f_team.blockSignals(True)
        self.f_team.clear()
        self.f_team.addItem("Alle", ALL)
        for t in self.teams:
            self.f_team.addItem(t.name, t.id)
        i = self.f_team.findData(cur)
        self.f_team.setCurrentIndex(i if i >= 0 else 0)
        self.f_team.blockSignals(False)
        team = self.f_team.currentData()
        emps = [e for e in self.employees if team == ALL or e.team_id == team]
        self.grid.set_data(emps, self.course_types, repo.plan.completions(), dates.today(),
                           {t.id: t.name for t in self.teams})
        self.types.set_rows(self.course_types)
        self.defaults_btn.setVisible(not self.course_types or len(self.course_types) < 5)

    def open_item(self, payload) -> None:
        """payload: (employee_id, course_type_id) or an employee id: select that cell/row."""
        if payload is None:
            return
        eid, cid = payload if isinstance(payload, tuple) else (payload, None)
        r = self.grid.row_of_employee(eid)
        if r < 0 and self.f_team.currentIndex() != 0:
            self.f_team.setCurrentIndex(0)
            r = self.grid.row_of_employee(eid)
        if r < 0:
            return
        c = self.grid.column_of_course(cid) if cid is not None else 0
        idx = self.grid.index(r, max(c, 0))
        self.grid_view.setCurrentIndex(idx)
        self.grid_view.scrollTo(idx)

    def _selection(self):
        """(employee ids, course id of the current column or None)."""
        sel = self.grid_view.selectionModel().selectedIndexes()
        eids = sorted({i.data(CourseGridModel.EmployeeIdRole) for i in sel}, key=lambda e: self.grid.row_of_employee(e))
        cur = self.grid_view.currentIndex()
        course = self.grid.course_at(cur.column()) if cur.isValid() else None
        return eids, course.id if course else None

    # --- completions -----------------------------------------------------------------------
    def record_completion(self) -> None:
        active = [c for c in self.course_types if c.active]
        if not active:
            QMessageBox.information(self, "Registrér kursus", "Der er ingen obligatoriske kurser endnu.")
            return
        eids, cid = self._selection()
        staff = [e for e in self.employees if e.is_active(dates.today())]
        dlg = CompletionDialog(active, staff, self.teams, cid, eids, self)
        skipped: list = []

        def make(f):
            # the same course on the same day for the same person is one completion, not two
            have = {(x.employee_id, x.course_type_id, x.completed_on) for x in self.ctx.repo.plan.completions()}
            new = [e for e in f["employee_ids"] if (e, f["course_type_id"], f["completed_on"]) not in have]
            skipped[:] = [e for e in f["employee_ids"] if e not in new]
            if not new:
                return None
            name = next(c.name for c in active if c.id == f["course_type_id"])
            return (RecordCompletions(f["course_type_id"], new, f["completed_on"]),
                    f"{name} gennemført ({count_text(len(new), 'medarbejder', 'medarbejdere')})")

        cmd = self.exec_saving(dlg, make)
        if dlg.result_fields is None or not skipped:
            return
        names = {e.id: e.name for e in self.employees}
        who = ", ".join(names.get(e, "?") for e in skipped[:5]) + (" …" if len(skipped) > 5 else "")
        day = dates.format_date(dlg.result_fields["completed_on"])
        msg = (f"{count_text(len(skipped), 'medarbejder', 'medarbejdere')} havde allerede kurset registreret "
               f"den {day} og er sprunget over: {who}.")
        if cmd is None:
            msg = f"Intet nyt at registrere. {msg}"
        QMessageBox.information(self, "Registrér kursus", msg)

    def delete_latest_completion(self) -> None:
        sel = self.grid_view.selectionModel().selectedIndexes()
        pairs = {(i.data(CourseGridModel.EmployeeIdRole), i.data(CourseGridModel.CourseIdRole))
                 for i in sel if i.column() > 0}
        comps = self.ctx.repo.plan.completions()
        ids = []
        for e, c in pairs:
            mine = [x for x in comps if x.employee_id == e and x.course_type_id == c]
            if mine:
                ids.append(max(mine, key=lambda x: (x.completed_on, x.id)).id)
        if not ids:
            QMessageBox.information(self, "Slet registrering", "Vælg celler med en registreret gennemførelse.")
            return
        if QMessageBox.question(self, "Slet registrering",
                                f"Slet den seneste registrering i {count_text(len(ids), 'celle', 'celler')}?") != QMessageBox.Yes:
            return
        self.run(DeleteCompletions(ids), "Slet kursusregistrering")

    # --- course types ----------------------------------------------------------------------
    def _course(self):
        ids = self.selected_ids(self.types_view, ROW_ROLE)
        if ids:
            return ids[0]
        cur = self.grid_view.currentIndex()
        return self.grid.course_at(cur.column()) if cur.isValid() else None

    def add_course(self) -> None:
        dlg = CourseTypeDialog(None, self)

        self.exec_saving(dlg, lambda f: (AddRecord("course_type", dict(f, sort_order=len(self.course_types))),
                                         f"Nyt kursus: {f['name']}"))

    def edit_course(self) -> None:
        c = self._course()
        if c is None:
            return
        dlg = CourseTypeDialog(c, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("course_type", c.id, f), f"Rediger kursus: {c.name}"))

    def delete_course(self) -> None:
        c = self._course()
        if c is None:
            return
        n = sum(1 for x in self.ctx.repo.plan.completions() if x.course_type_id == c.id)
        if QMessageBox.question(self, "Slet kursus",
                                plain_tooltip(f"Slet kurset »{c.name}« og dets "
                                              f"{count_text(n, 'registrering', 'registreringer')}?\n"
                                              "(Vil du blot ikke følge det mere, så fjern krydset »Aktivt« "
                                              "i stedet.)")) != QMessageBox.Yes:
            return
        self.run(DeleteRecord("course_type", c.id), f"Slet kursus: {c.name}")

    def insert_defaults(self) -> None:
        have = {c.name.casefold() for c in self.ctx.repo.plan.course_types()}
        if all(name.casefold() in have for name, _rule, _months in BASIS_1):
            QMessageBox.information(self, "Indsæt standardkurser",
                                    "Standardkurserne (Basis 1) findes allerede. Der er intet at indsætte.")
            return
        self.run(AddDefaultCourses(BASIS_1), "Indsæt standardkurser (Basis 1)")
