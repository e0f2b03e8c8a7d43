"""A mandatory course type and its repeat rule."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox

from ... import texts
from .plan_fields import FieldError, FormDialog

RULE_CHOICES = [
    ("interval", "Gentages med fast interval"),
    ("once", "Én gang"),
    ("within_employment", "Én gang, inden for et antal måneder efter ansættelse"),
]


class CourseTypeDialog(FormDialog):
    def __init__(self, course=None, parent=None, readonly: bool = False):
        super().__init__("Obligatorisk kursus", parent, readonly)
        c = course
        self.name = self.add_line("name", "Kursus", c.name if c else "")
        self.rule = self.add_combo("rule", "Regel", RULE_CHOICES, c.rule if c else "interval")
        self.months = QSpinBox()
        self.months.setRange(1, 240)
        self.months.setSuffix(" måneder")
        self.months.setValue(c.months or 12 if c else 12)
        self.form.addRow("Måneder", self.months)
        self.active = QCheckBox("Aktivt (vises i oversigten)")
        self.active.setChecked(c.active if c else True)
        self.form.addRow("", self.active)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()
        self.resize(520, 300)

    def _rule_changed(self):
        self.months.setEnabled(self.rule.currentData() != "once" and not self.readonly)

    def collect(self) -> dict:
        name = self.name.text().strip()
        if not name:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "Kursus", texts.DOMAIN_ERRORS["name_required"])
            self.name.setFocus()
            raise FieldError("name")
        rule = self.rule.currentData()
        return {"name": name, "rule": rule, "months": None if rule == "once" else self.months.value(),
                "active": self.active.isChecked()}
