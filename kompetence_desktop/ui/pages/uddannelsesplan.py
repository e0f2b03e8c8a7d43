"""Uddannelsesplan: the training plan's activities with all of Socialstyrelsen's
columns and what the other documents add; filters; the budget per year and
category (funded vs not); the organisation's own learning goals.

When an activity is marked *gennemført*, the page offers to record new
assessments for its participants in its target competences (gap → activity
→ reassessment)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import dates
from ...domain.model import ACTIVITY_CATEGORIES, ACTIVITY_STATUSES
from ...domain.overview import activity_year, budget
from ...operations import AddRecord, DeleteRecord, SetCells, UpdateRecord
from ..flow import FlowLayout
from ..dialogs.activity_dialog import ActivityDialog
from ..dialogs.goal_dialog import GoalDialog
from ..dialogs.level_grid_dialog import Heading, LevelGridDialog
from ..models.activities import ActivitiesModel, ActivityFilterProxy
from ..models.records import ID_ROLE, ROW_ROLE, Column, RecordTableModel, _first_line, plain_tooltip
from ._activity_detail import ActivityDetail
from ._plan_common import PlanPage, fit_combo

ALL = "__all__"


class BudgetModel(RecordTableModel):
    COL_YEAR, COL_CATEGORY, COL_FUNDED, COL_UNFUNDED, COL_TOTAL, COL_COUNT = range(6)

    def __init__(self, parent=None):
        super().__init__([
            Column("År", lambda r: str(r.year) if r.year else "Uden år"),
            Column("Kategori", lambda r: texts.ACTIVITY_CATEGORY_LABELS.get(r.category, "I alt")),
            Column("Finansieret", lambda r: texts.kroner(r.funded_ore), align_right=True),
            Column("Ikke finansieret", lambda r: texts.kroner(r.unfunded_ore), align_right=True),
            Column("I alt", lambda r: texts.kroner(r.total_ore), align_right=True),
            Column("Aktiviteter", lambda r: str(r.activities), align_right=True),
        ], parent)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.FontRole and index.isValid() and self.rows[index.row()].category == "":
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        return super().data(index, role)


class GoalsModel(RecordTableModel):
    COL_CREATED, COL_KNOWLEDGE, COL_RESULTS, COL_ACTIVITY, COL_STATUS = range(5)

    def __init__(self, parent=None):
        self.activity_titles: dict[int, str] = {}
        q = texts.LEARNING_GOAL_QUESTIONS
        super().__init__([
            Column("Oprettet", lambda g: dates.format_date(g.created_on), sort=lambda g: g.created_on.isoformat()),
            Column("Viden, færdigheder og kompetencer", lambda g: _first_line(g.knowledge, 60),
                   tooltip=lambda g: "\n\n".join(f"{q[k]}\n{getattr(g, k)}" for k in q)),
            Column("Resultater", lambda g: _first_line(g.results, 50), tooltip=lambda g: g.results),
            Column("Aktivitet", lambda g: self.activity_titles.get(g.activity_id, "")),
            Column("Status", lambda g: g.status),
        ], parent)


class UddannelsesplanPage(PlanPage):
    KEY = "uddannelsesplan"
    TITLE = "Uddannelsesplan"
    TOPICS = ("activities", "employees", "competences", "goals")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading("Uddannelsesplan"))
        lay.addWidget(self.readonly_banner())

        bar = FlowLayout()  # wraps in a narrow window instead of widening it
        bar.addWidget(self.edit_button("Ny aktivitet…", self.add_activity))
        self.edit_btn = self.edit_button("Rediger…", self.edit_selected)
        bar.addWidget(self.edit_btn)
        bar.addWidget(self.edit_button("Slet", self.delete_selected))
        bar.addSpacing(16)
        self.f_year = self._filter_combo(bar, "År")
        self.f_status = self._filter_combo(bar, "Status")
        self.f_category = self._filter_combo(bar, "Kategori")
        self.f_employee = self._filter_combo(bar, "Medarbejder")
        bar.addStretch(1)
        lay.addLayout(bar)
        for s in ACTIVITY_STATUSES:
            self.f_status.addItem(texts.ACTIVITY_STATUS_LABELS[s], s)
        for c in ACTIVITY_CATEGORIES:
            self.f_category.addItem(texts.ACTIVITY_CATEGORY_LABELS[c], c)

        self.model = ActivitiesModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self.table(self.proxy, stretch_last=False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ActivitiesModel.COL_SCHEDULE, Qt.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        widths = {ActivitiesModel.COL_TITLE: 240, ActivitiesModel.COL_PURPOSE: 180,
                  ActivitiesModel.COL_PARTICIPANTS: 130, ActivitiesModel.COL_STATUS: 90,
                  ActivitiesModel.COL_SCHEDULE: 150, ActivitiesModel.COL_PRICE: 110}
        for c in range(self.model.columnCount()):
            self.view.setColumnWidth(c, widths.get(c, 140))
        # the most used columns first on a laptop screen; the template's order is kept in the model/PDF
        for to, col in enumerate([ActivitiesModel.COL_TITLE, ActivitiesModel.COL_STATUS,
                                  ActivitiesModel.COL_PARTICIPANTS, ActivitiesModel.COL_SCHEDULE]):
            hh.moveSection(hh.visualIndex(col), to)

        # the table beside the chosen activity in full: on a laptop the columns are cut
        top = QSplitter(Qt.Horizontal)
        top.addWidget(self.view)
        self.detail = ActivityDetail()
        top.addWidget(self.detail)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        bottom = QWidget()
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.heading("Budget pr. år og kategori"))
        self.budget_model = BudgetModel(self)
        self.budget_view = self.table(self.budget_model, stretch_last=False)
        self.budget_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.budget_view.horizontalHeader().setSectionResizeMode(BudgetModel.COL_CATEGORY, QHeaderView.Stretch)
        left.addWidget(self.budget_view)
        bl.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.heading("Organisatoriske læringsmål"))
        gbar = QHBoxLayout()
        gbar.addWidget(self.edit_button("Nyt mål…", self.add_goal))
        gbar.addWidget(self.edit_button("Rediger…", self.edit_goal))
        gbar.addWidget(self.edit_button("Slet", self.delete_goal))
        gbar.addStretch(1)
        right.addLayout(gbar)
        self.goals_model = GoalsModel(self)
        self.goals_view = self.table(self.goals_model)
        self.goals_view.doubleClicked.connect(lambda _i: self.edit_goal())
        self.goals_view.setColumnWidth(GoalsModel.COL_KNOWLEDGE, 240)
        right.addWidget(self.goals_view)
        bl.addLayout(right, 2)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        for cb, attr in ((self.f_year, "year"), (self.f_status, "status"),
                         (self.f_category, "category"), (self.f_employee, "employee_id")):
            cb.currentIndexChanged.connect(lambda _i, cb=cb, attr=attr: self._filter_changed(cb, attr))
        self.refresh()

    def _filter_combo(self, bar, label: str) -> QComboBox:
        bar.addWidget(QLabel(label))
        cb = QComboBox()
        cb.addItem("Alle", ALL)
        fit_combo(cb, 10, 220)  # employee names can be long: the window must still fit 1366 px
        bar.addWidget(cb)
        return cb

    def _filter_changed(self, cb: QComboBox, attr: str) -> None:
        d = cb.currentData()
        self.proxy.set_filter(**{attr: None if d == ALL else d})

    # --- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        repo = self.ctx.repo
        self.employees = repo.staff.employees()
        self.competences = repo.matrix.competences()
        self.activities = repo.plan.activities()
        selected = self.selected_ids(self.view, ROW_ROLE)
        self.model.set_data(self.activities, self.employees, self.competences)
        self.budget_model.set_rows(budget(self.activities))
        self.goals_model.activity_titles = {a.id: a.title for a in self.activities}
        self.goals_model.set_rows([g for g in repo.records.learning_goals() if g.employee_id is None])
        self._refill(self.f_year, [(y, str(y)) for y in sorted({activity_year(a) for a in self.activities} - {None})])
        self._refill(self.f_employee, [(e.id, f"{e.name} ({e.initials})") for e in self.employees
                                       if e.is_active(dates.today()) or any(e.id in a.participant_ids for a in self.activities)])
        # the combos may have fallen back to »Alle« (their value is gone): filter as they show
        self.proxy.set_filter(**{attr: (None if cb.currentData() == ALL else cb.currentData())
                                 for cb, attr in self._filters()})
        if selected:
            self.select_id(self.view, ID_ROLE, selected[0].id)
        self._show_detail()

    def _show_detail(self) -> None:
        chosen = self.selected_ids(self.view, ROW_ROLE)
        a = chosen[0] if chosen else None
        if a is None:
            self.detail.show_none()
            return
        self.detail.show_activity(a, {e.id: e for e in self.employees}, {c.id: c for c in self.competences})

    def _filters(self):
        return ((self.f_year, "year"), (self.f_status, "status"),
                (self.f_category, "category"), (self.f_employee, "employee_id"))

    def _show_all_if_hidden(self, activity_id) -> None:
        """A just-saved activity the filters hide: clear the filters so it shows."""
        m = self.proxy
        if not any(m.index(r, 0).data(ID_ROLE) == activity_id for r in range(m.rowCount())):
            for cb, _attr in self._filters():
                cb.setCurrentIndex(0)

    @staticmethod
    def _refill(cb: QComboBox, items) -> None:
        cur = cb.currentData()
        cb.blockSignals(True)
        cb.clear()
        cb.addItem("Alle", ALL)
        for data, text in items:
            cb.addItem(text, data)
        i = cb.findData(cur)
        cb.setCurrentIndex(i if i >= 0 else 0)
        cb.blockSignals(False)

    def current_activity(self):
        ids = self.selected_ids(self.view, ROW_ROLE)
        return ids[0] if ids else None

    def open_item(self, payload) -> None:
        """Show one activity (payload: its id), clearing filters that hide it."""
        if payload is None:
            return
        if not self.select_id(self.view, ID_ROLE, payload):
            for cb in (self.f_year, self.f_status, self.f_category, self.f_employee):
                cb.setCurrentIndex(0)
            self.select_id(self.view, ID_ROLE, payload)

    # --- activities --------------------------------------------------------------------------
    def _dialog(self, activity=None, preset=None) -> ActivityDialog:
        return ActivityDialog(self.employees, self.competences, activity, preset, self, self.ctx.readonly)

    def add_activity(self, preset: dict | None = None) -> int | None:
        dlg = self._dialog(preset=preset)

        def make(fields):
            op = AddRecord("activity", fields, participants=dlg.participant_ids, competences=dlg.competence_ids)
            return op, f"Ny aktivitet: {fields['title']}"

        cmd = self.exec_saving(dlg, make)
        if cmd is None:
            return None
        fields = dlg.result_fields
        new_id = cmd.changes.created
        self._show_all_if_hidden(new_id)
        self.select_id(self.view, ID_ROLE, new_id)
        if fields["status"] == "gennemfoert":
            self.offer_reassessment(new_id)
        return new_id

    def edit_selected(self) -> None:
        a = self.current_activity()
        if a is None:
            return
        dlg = self._dialog(a)
        cmd = self.exec_saving(dlg, lambda fields: (
            UpdateRecord("activity", a.id, fields, participants=dlg.participant_ids, competences=dlg.competence_ids),
            f"Rediger aktivitet: {fields['title']}"))
        if cmd is not None:
            fields = dlg.result_fields
            self.select_id(self.view, ID_ROLE, a.id)
            if fields["status"] == "gennemfoert" and a.status != "gennemfoert":
                self.offer_reassessment(a.id)

    def delete_selected(self) -> None:
        a = self.current_activity()
        if a is None:
            return
        if QMessageBox.question(self, "Slet aktivitet",
                                plain_tooltip(f"Slet aktiviteten »{a.title}« fra uddannelsesplanen?")) != QMessageBox.Yes:
            return
        self.run(DeleteRecord("activity", a.id), f"Slet aktivitet: {a.title}")

    # --- gap → activity → reassessment ---------------------------------------------------------
    def offer_reassessment(self, activity_id: int) -> bool:
        a = next((x for x in self.ctx.repo.plan.activities() if x.id == activity_id), None)
        if a is None or not a.participant_ids or not a.competence_ids:
            return False
        if QMessageBox.question(
            self, "Aktiviteten er gennemført",
            plain_tooltip(f"»{a.title}« er gennemført. Vil du vurdere deltagerne igen i de kompetencer, "
                          "aktiviteten skulle udvikle?")) != QMessageBox.Yes:
            return False
        emps = {e.id: e for e in self.ctx.repo.staff.employees()}
        comps = {c.id: c for c in self.ctx.repo.matrix.competences()}
        rows = [Heading(e, f"{emps[e].name} ({emps[e].initials})", emps[e].job_title)
                for e in a.participant_ids if e in emps]
        cols = [Heading(c, _first_line(comps[c].name, 38) + f"\n(forventet {comps[c].expected_level})", comps[c].name)
                for c in a.competence_ids if c in comps]
        dlg = LevelGridDialog(
            "Ny vurdering efter aktiviteten",
            f"Vælg det niveau, deltagerne nu har efter »{a.title}«. Vurderingen gemmes som dagens "
            "ledervurdering; »Uændret« beholder den nuværende.",
            rows, cols, lambda e, c: (e, c), self.ctx.repo.matrix.current_cells(), self)
        if dlg.exec() != QDialog.Accepted:
            return False
        changes = dlg.changes()
        if not changes:
            return False
        return self.run(SetCells(changes), f"Vurdering efter {a.title}")

    # --- organisational learning goals -----------------------------------------------------------
    def _goal(self):
        ids = self.selected_ids(self.goals_view, ROW_ROLE)
        return ids[0] if ids else None

    def add_goal(self) -> None:
        dlg = GoalDialog(self.employees, self.activities, None, None, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (AddRecord("learning_goal", f), "Nyt læringsmål"))

    def edit_goal(self) -> None:
        g = self._goal()
        if g is None:
            return
        dlg = GoalDialog(self.employees, self.activities, g, None, self, self.ctx.readonly)
        self.exec_saving(dlg, lambda f: (UpdateRecord("learning_goal", g.id, f), "Rediger læringsmål"))

    def delete_goal(self) -> None:
        g = self._goal()
        if g is None:
            return
        if QMessageBox.question(self, "Slet læringsmål", "Slet det valgte læringsmål?") != QMessageBox.Yes:
            return
        self.run(DeleteRecord("learning_goal", g.id), "Slet læringsmål")
