"""Add or edit an employee: name, initials (suggested, unique), job title,
education, team, start date, *fratrådt* date, a responsibility that may be
shown (with the name) in the MED version, and the years with the target group before
employment (for Dokumentation til socialtilsynet)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ... import texts
from ..plaintext import plain
from ...domain import dates, rules
from ...domain.model import EDUCATIONS, Employee
from ...domain.rules import DomainError
from ...domain.validate import MAX_TARGET_GROUP_YEARS
from .fields import DateField, FieldError

END_BEFORE_START = "Fratrådt-datoen ligger før ansættelsen."


class EmployeeDialog(QDialog):
    def __init__(self, repo, employee: Employee | None = None, parent=None, create_team=None):
        """``create_team(name) -> team id``: makes a team (one undoable edit) for *Nyt team…*;
        raises DomainError when the name is refused. Without it the button is not shown."""
        super().__init__(parent)
        self._create_team = create_team
        self.repo = repo
        self.employee = employee
        self.setWindowTitle("Rediger medarbejder" if employee else "Ny medarbejder")
        self.setMinimumWidth(460)
        self._taken = [e.initials for e in repo.staff.employees() if employee is None or e.id != employee.id]
        self._initials_touched = employee is not None

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.initials = QLineEdit()
        self.initials.setMaxLength(8)
        self.initials.setMaximumWidth(100)
        self.job = QLineEdit()
        self.job.setPlaceholderText("fx Pædagog, Social- og sundhedsassistent")
        self.education = QComboBox()
        for code in ("", *EDUCATIONS):
            self.education.addItem(texts.EDUCATION_LABELS[code], code)
        self.team = QComboBox()
        self.team.addItem("(intet team)", None)
        for t in repo.staff.teams():
            self.team.addItem(t.name, t.id)
        self.start = DateField()
        self.end = DateField()
        self.med_role = QLineEdit()
        self.med_role.setMaxLength(120)
        self.med_role.setPlaceholderText(texts.EMPLOYEE_MED_ROLE_PLACEHOLDER)
        self.med_role.setToolTip(texts.EMPLOYEE_MED_ROLE_TIP)
        form.addRow("Navn:", self.name)
        form.addRow("Initialer:", self.initials)
        form.addRow("Stilling:", self.job)
        form.addRow("Uddannelse:", self.education)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team, 1)
        # a new file has no teams: the first employee's team is made here, not on another page
        self.team_new_button = QPushButton("Nyt team…")
        self.team_new_button.setToolTip("Opret et nyt team og placér medarbejderen i det")
        self.team_new_button.clicked.connect(lambda: self.new_team())
        self.team_new_button.setVisible(create_team is not None)
        team_row.addWidget(self.team_new_button)
        form.addRow("Team:", team_row)
        form.addRow("Ansat fra:", self.start)
        form.addRow("Fratrådt:", self.end)
        form.addRow(texts.EMPLOYEE_MED_ROLE_LABEL, self.med_role)
        self.target_group = QLineEdit()
        self.target_group.setMaxLength(3)
        self.target_group.setMaximumWidth(60)
        self.target_group.setToolTip(texts.EMPLOYEE_TARGET_GROUP_TIP)
        form.addRow(texts.EMPLOYEE_TARGET_GROUP_LABEL, self.target_group)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#a00000;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        note = QLabel("Fratrådte medarbejdere bevares i historikken, men tæller ikke med i sårbarheden.")
        note.setWordWrap(True)  # never wider than the fields
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        if employee:
            self.name.setText(employee.name)
            self.initials.setText(employee.initials)
            self.job.setText(employee.job_title)
            self.education.setCurrentIndex(max(0, self.education.findData(employee.education or "")))
            self.team.setCurrentIndex(max(0, self.team.findData(employee.team_id)))
            self.start.set_value(employee.start_date)
            self.end.set_value(employee.end_date)
            self.med_role.setText(getattr(employee, "med_role", "") or "")
            years = getattr(employee, "target_group_years_before", None)
            self.target_group.setText("" if years is None else str(years))
        else:
            self.start.set_value(dates.today())
        self.name.textEdited.connect(self._suggest)
        self.initials.textEdited.connect(lambda _t: setattr(self, "_initials_touched", True))

    def new_team(self, name: str | None = None) -> int | None:
        """*Nyt team…*: the team is made at once (it stays if the dialog is cancelled) and
        chosen for this employee; a refused name is said under the fields."""
        if self._create_team is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, "Nyt team", "Teamets navn:")
            if not ok:
                return None
        if not name.strip():
            return None
        try:
            tid = self._create_team(name.strip())
        except DomainError as exc:
            self.error.setText(plain(texts.domain_error(exc)))
            return None
        self.team.addItem(name.strip(), tid)
        self.team.setCurrentIndex(self.team.count() - 1)
        self.error.setText("")
        return tid

    def _suggest(self, name: str) -> None:
        if not self._initials_touched:
            self.initials.setText(rules.suggest_initials(name, self._taken) if name.strip() else "")

    def values(self) -> dict:
        """The fields as the employee operations (AddRecord/UpdateRecord) take them; raises ValueError with a Danish
        message (a FieldError for a date: its message is shown at the date field)."""
        name = self.name.text().strip()
        ini = self.initials.text().strip().upper()
        if not name:
            raise ValueError(texts.DOMAIN_ERRORS["name_required"])
        if not ini:
            raise ValueError(texts.DOMAIN_ERRORS["initials_required"])
        if ini.upper() in {t.upper() for t in self._taken}:
            raise ValueError(texts.DOMAIN_ERRORS["initials_taken"].format(initials=ini))
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            raise self.end.refuse(END_BEFORE_START)
        raw = self.target_group.text().strip()
        if raw and not (raw.isdigit() and 0 <= int(raw) <= MAX_TARGET_GROUP_YEARS):
            raise ValueError(texts.DOMAIN_ERRORS["target_group_years"])
        return {
            "target_group_years_before": int(raw) if raw else None,
            "name": name, "initials": ini, "job_title": self.job.text().strip(),
            "education": self.education.currentData(), "team_id": self.team.currentData(),
            "start_date": start, "end_date": end, "med_role": " ".join(self.med_role.text().split()),
        }

    def accept(self) -> None:
        try:
            self.values()
        except FieldError:
            self.error.setText("")  # the message stands at the field
            return
        except ValueError as exc:
            self.error.setText(plain(str(exc)))
            return
        super().accept()
