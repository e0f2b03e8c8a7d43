"""Fravær og sårbarhed: each competence's coverage now and in a what-if
scenario with some employees away (rules.coverage(absent=...))."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ... import texts
from ...domain.rules import VULNERABILITIES, coverage
from .records import Column, RecordTableModel

VULN_COLOURS = {"kritisk": "#f4b6b0", "hoej": "#fde3a7", "middel": "#fff6d5", "lav": "#cfe9d3"}


class ScenarioRow:
    def __init__(self, competence, now, scenario):
        self.id = competence.id
        self.competence = competence
        self.now = now
        self.scenario = scenario

    @property
    def worse(self) -> bool:
        return VULNERABILITIES.index(self.scenario.vulnerability) < VULNERABILITIES.index(self.now.vulnerability)


class CoverageModel(RecordTableModel):
    COL_NAME, COL_CATEGORY, COL_EXPECTED, COL_NOW, COL_VULN_NOW, COL_SCENARIO, COL_VULN_SCENARIO = range(7)

    def __init__(self, parent=None):
        v = texts.VULNERABILITY_LABELS
        order = {k: i for i, k in enumerate(VULNERABILITIES)}
        super().__init__([
            Column("Kompetence", lambda r: r.competence.name, tooltip=lambda r: r.competence.name),
            Column("Kategori", lambda r: texts.CATEGORY_SHORT[r.competence.category]),
            Column("Forventet", lambda r: str(r.competence.expected_level), align_right=True),
            Column("På niveau nu", lambda r: str(r.now.meeting), sort=lambda r: r.now.meeting, align_right=True),
            Column("Sårbarhed nu", lambda r: v[r.now.vulnerability], sort=lambda r: order[r.now.vulnerability]),
            Column("På niveau da", lambda r: str(r.scenario.meeting), sort=lambda r: r.scenario.meeting,
                   align_right=True),
            Column("Sårbarhed da", lambda r: v[r.scenario.vulnerability] + (" ↓" if r.worse else ""),
                   sort=lambda r: order[r.scenario.vulnerability]),
        ], parent)

    def compute(self, competences, employees, levels, on, absent) -> None:
        now = coverage(competences, employees, levels, on)
        scn = coverage(competences, employees, levels, on, absent=absent)
        self.set_rows([ScenarioRow(c, now[c.id], scn[c.id]) for c in competences])

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.BackgroundRole and index.isValid() and index.column() in (self.COL_VULN_NOW, self.COL_VULN_SCENARIO):
            r = self.rows[index.row()]
            vul = r.now.vulnerability if index.column() == self.COL_VULN_NOW else r.scenario.vulnerability
            return QBrush(QColor(VULN_COLOURS.get(vul, "#ffffff")))
        if role == Qt.FontRole and index.isValid() and index.column() == self.COL_VULN_SCENARIO:
            if self.rows[index.row()].worse:
                from PySide6.QtGui import QFont

                f = QFont()
                f.setBold(True)
                return f
        return super().data(index, role)
