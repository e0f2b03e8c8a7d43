"""Record one course as completed by several employees at once (a team did
the fire drill today): course, date, and who."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain import dates
from ..models.records import plain_tooltip
from .fields import CheckList, FieldError
from .plan_fields import FormDialog


class CompletionDialog(FormDialog):
    def __init__(self, courses, employees, teams, course_id=None, selected=(), parent=None):
        super().__init__("Registrér gennemført kursus", parent)
        self.course = self.add_combo("course_type_id", "Kursus", [(c.id, c.name) for c in courses], course_id)
        self.day = self.add_date("completed_on", "Gennemført den", dates.today(), required=True, not_future=True)
        quick = QWidget()
        ql = QHBoxLayout(quick)
        ql.setContentsMargins(0, 0, 0, 0)
        all_btn = QPushButton("Alle")
        all_btn.clicked.connect(lambda: self._check(lambda e: True))
        ql.addWidget(all_btn)
        none_btn = QPushButton("Ingen")
        none_btn.clicked.connect(lambda: self._check(lambda e: False))
        ql.addWidget(none_btn)
        for t in teams:
            b = QPushButton(t.name if len(t.name) <= 24 else t.name[:23] + "…")
            b.setToolTip(plain_tooltip(f"Vælg alle i {t.name}"))
            b.clicked.connect(lambda _=False, tid=t.id: self._check(lambda e: e.team_id == tid, keep=True))
            ql.addWidget(b)
        ql.addStretch(1)
        self.form.addRow("Vælg", quick)
        self._emps = list(employees)
        self.people = CheckList(((e.id, f"{e.name} ({e.initials})") for e in self._emps), selected)
        self.people.setMinimumHeight(240)
        self.form.addRow("Medarbejdere", self.people)
        self.resize(620, 560)

    def _check(self, pred, keep: bool = False):
        self.people.set_checked((e.id for e in self._emps if pred(e)), keep=keep)

    def checked_ids(self) -> list[int]:
        return self.people.checked_ids()

    def collect(self) -> dict:
        day = self.day.value()
        ids = self.checked_ids()
        if not ids:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, "Registrér kursus", "Vælg mindst én medarbejder.")
            raise FieldError("none")
        if self.course.currentData() is None:
            raise FieldError("course")
        return {"course_type_id": self.course.currentData(), "completed_on": day, "employee_ids": ids}
