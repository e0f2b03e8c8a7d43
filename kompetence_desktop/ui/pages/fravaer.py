"""Fravær og sårbarhed ("hvad nu hvis"): mark employees as away for a
scenario (leave, resignation) and see which competences drop to *Kritisk*
or *Høj sårbarhed*. Nothing is stored."""
from __future__ import annotations

import html

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...domain import dates
from ..dialogs.fields import CheckList
from ..models.records import plain_tooltip
from ..models.coverage import CoverageModel
from ..models.records import ROW_ROLE, SORT_ROLE
from ._plan_common import PlanPage


class _Proxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_changed = False
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, row, parent):
        if not self.only_changed:
            return True
        r = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        return r is not None and r.worse


class FravaerPage(PlanPage):
    KEY = "fravaer"
    TITLE = "Fravær og sårbarhed"
    TOPICS = ("employees", "competences", "assessments")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading("Fravær og sårbarhed – hvad nu hvis?"))
        lay.addWidget(self.hint("Markér de medarbejdere, der er væk (orlov, sygdom, opsigelse), og se hvilke "
                                "kompetencer der bliver sårbare. Scenariet gemmes ikke og ændrer intet i filen."))
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("Medarbejdere væk i scenariet"))
        self.people = CheckList(())
        self.people.itemChanged.connect(lambda _i: self.recompute())
        left.addWidget(self.people, 1)
        clear = QPushButton("Ryd scenariet")
        clear.clicked.connect(lambda _=False: self.set_absent([]))
        left.addWidget(clear)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        right.addWidget(self.summary)
        self.only_changed = QCheckBox("Vis kun kompetencer, der bliver mere sårbare")
        self.only_changed.toggled.connect(self._toggle_changed)
        right.addWidget(self.only_changed)
        self.model = CoverageModel(self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self.table(self.proxy, stretch_last=False)
        self.view.setSortingEnabled(True)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        for c, w in ((CoverageModel.COL_CATEGORY, 110), (CoverageModel.COL_EXPECTED, 80), (CoverageModel.COL_NOW, 80),
                     (CoverageModel.COL_VULN_NOW, 100), (CoverageModel.COL_SCENARIO, 100), (CoverageModel.COL_VULN_SCENARIO, 140)):
            self.view.setColumnWidth(c, w)
        hh.setSectionResizeMode(CoverageModel.COL_NAME, QHeaderView.Stretch)
        self.view.sortByColumn(CoverageModel.COL_VULN_SCENARIO, Qt.AscendingOrder)
        right.addWidget(self.view, 1)
        body.addLayout(right, 3)
        lay.addLayout(body, 1)
        self.refresh()

    def _toggle_changed(self, on: bool) -> None:
        self.proxy.beginFilterChange()
        self.proxy.only_changed = on
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        self._dirty = False
        repo = self.ctx.repo
        today = dates.today()
        keep = set(self.absent_ids())
        self.employees = repo.staff.employees()
        self.competences = repo.matrix.competences()
        self.levels = repo.matrix.current_cells(today)
        active = [e for e in self.employees if e.is_active(today)]
        self.people.set_items(((e.id, f"{e.name} ({e.initials})") for e in active), keep)
        for i, e in enumerate(active):
            self.people.item(i).setToolTip(plain_tooltip(e.job_title))
        self.recompute()

    def absent_ids(self) -> list[int]:
        return self.people.checked_ids()

    def set_absent(self, ids) -> None:
        blocked = self.people.blockSignals(True)  # one recompute, not one per row
        try:
            self.people.set_checked(ids)
        finally:
            self.people.blockSignals(blocked)
        self.recompute()

    def open_item(self, payload) -> None:
        """payload: an employee id (or a list of them) to mark as away."""
        if payload is not None:
            self.set_absent(payload if isinstance(payload, (list, tuple, set)) else [payload])

    def recompute(self) -> None:
        absent = self.absent_ids()
        self.model.compute(self.competences, self.employees, self.levels, dates.today(), absent)
        rows = self.model.rows
        crit_now = sum(r.now.vulnerability == "kritisk" for r in rows)
        high_now = sum(r.now.vulnerability == "hoej" for r in rows)
        crit = sum(r.scenario.vulnerability == "kritisk" for r in rows)
        high = sum(r.scenario.vulnerability == "hoej" for r in rows)
        worse = [r for r in rows if r.worse and r.scenario.vulnerability in ("kritisk", "hoej")]
        def n_comps(n):  # "<b>1</b> kompetence" / "<b>2</b> kompetencer"
            return f"<b>{n}</b> {'kompetence' if n == 1 else 'kompetencer'}"

        if not absent:
            self.summary.setText(f"I dag: {n_comps(crit_now)} med kritisk og {n_comps(high_now)} med høj sårbarhed. "
                                 "Markér medarbejdere til venstre for at se et scenarie.")
            return
        # competence names are the user's text: escaped, the summary is rich text
        names = ", ".join(html.escape(r.competence.name) for r in worse[:4]) + (" …" if len(worse) > 4 else "")
        n_away = len(absent)
        txt = (f"Med <b>{n_away}</b> {'medarbejder' if n_away == 1 else 'medarbejdere'} væk: "
               f"{n_comps(crit)} med kritisk sårbarhed (i dag {crit_now}) og "
               f"{n_comps(high)} med høj (i dag {high_now}).")
        if worse:
            txt += f"<br><span style='color:#9b1c1c'><b>Bliver kritisk eller høj:</b> {names}</span>"
        else:
            txt += "<br>Ingen kompetencer bliver kritiske eller høje."
        self.summary.setText(txt)
