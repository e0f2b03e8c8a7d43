"""*Slet eller anonymisér fratrådt medarbejder* (GDPR): choose a former
employee and a mode, read exactly what goes (and what stays), confirm, and
afterwards delete the older backups that still hold the old data.

Archived leader's editions of the plan that show the employee can't be
edited: the dialog asks whether they go too (the default, so the name really
leaves the file) or stay as documents of record (``erase.ARCHIVED``)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import dates
from ...operations import backups as backup
from ...operations import erasure as erase
from ..plaintext import plain
from .fit import scrolling


def former_staff(repo):
    """Former employees that can be erased (end date passed), names first."""
    today = dates.today()
    return [e for e in repo.staff.employees() if e.end_date is not None and e.end_date <= today]


class EraseDialog(QDialog):
    def __init__(self, ctx, parent=None, employee_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_: erase.ErasureResult | None = None
        self.setWindowTitle("Slet eller anonymisér fratrådt medarbejder")
        self.setMinimumSize(560, 480)
        outer = QVBoxLayout(self)
        body = QWidget()  # scrolls on a small screen; the buttons stay in view
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            "Oplysninger om en fratrådt medarbejder skal slettes, når der ikke længere er brug for dem. "
            "Ved <b>anonymisering</b> bevares vurderinger og kursushistorik under et pseudonym, så "
            "tilbuddets statistik stadig passer. Handlingen kan <b>ikke fortrydes</b>."
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.employee = QComboBox()
        self.staff = former_staff(ctx.repo)
        for e in self.staff:
            label = f"{e.name} ({e.initials}) – fratrådt {dates.format_date(e.end_date)}"
            self.employee.addItem(label, e.id)
        if employee_id is not None:
            i = self.employee.findData(employee_id)
            if i >= 0:
                self.employee.setCurrentIndex(i)
        form.addRow("Medarbejder:", self.employee)
        self.mode_group = QButtonGroup(self)
        self.modes = {}
        box = QVBoxLayout()
        for i, mode in enumerate(("anonymise", "delete")):
            rb = QRadioButton(texts.ERASE_MODES[mode])
            self.mode_group.addButton(rb, i)
            self.modes[i] = mode
            box.addWidget(rb)
            if mode == "anonymise":
                rb.setChecked(True)
        form.addRow("Hvordan:", box)
        lay.addLayout(form)
        lay.addWidget(self._archived_choice())
        lay.addWidget(QLabel("<b>Det her sker:</b>"))
        self.what = QListWidget()
        self.what.setWordWrap(True)
        lay.addWidget(self.what, 1)
        self.confirm = QCheckBox("Jeg har læst listen og forstår, at det ikke kan fortrydes.")
        lay.addWidget(self.confirm)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a00000;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton("Anonymisér", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.clicked.connect(self.do_erase)
        buttons.addButton("Annuller", QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(buttons)
        self.employee.currentIndexChanged.connect(self._employee_changed)
        self.archived_group.idToggled.connect(lambda _id, on: on and self.refresh())
        self.mode_group.idToggled.connect(lambda *_: self.refresh())
        self.confirm.toggled.connect(lambda *_: self._enable())
        self.plan: erase.ErasurePlan | None = None
        self.refresh()

    def _archived_choice(self) -> QWidget:
        """Delete or keep the archived leader's editions that show the employee; shown only
        when there are any. Each choice says what it means; delete is the default."""
        self.archived_box = QWidget()
        v = QVBoxLayout(self.archived_box)
        v.setContentsMargins(0, 4, 0, 4)
        self.archived_heading = QLabel()
        self.archived_heading.setWordWrap(True)
        v.addWidget(self.archived_heading)
        self.archived_group = QButtonGroup(self)
        self.archived_buttons = {}
        self.archived_notes = {}
        for i, choice in enumerate(erase.ARCHIVED):
            label, explanation = texts.erase_archived_choice(choice, 2)  # worded for the count in refresh()
            rb = QRadioButton(label)
            rb.setChecked(choice == "delete")
            self.archived_group.addButton(rb, i)
            self.archived_buttons[choice] = rb
            note = QLabel(explanation)
            self.archived_notes[choice] = note
            note.setWordWrap(True)
            note.setStyleSheet("color:#555; margin-left:22px;")
            v.addWidget(rb)
            v.addWidget(note)
        self.archived_box.setVisible(False)
        return self.archived_box

    def mode(self) -> str:
        return self.modes.get(self.mode_group.checkedId(), "anonymise")

    def archived(self) -> str:
        """"delete" (the default) or "keep" the archived leader's editions showing the employee."""
        return next((k for k, rb in self.archived_buttons.items() if rb.isChecked()), "delete")

    def _employee_changed(self) -> None:
        self.archived_buttons["delete"].setChecked(True)  # each employee starts from the safe choice
        self.refresh()

    def refresh(self) -> None:
        self.what.clear()
        self.error.setText("")
        self.plan = None
        self.confirm.setChecked(False)
        mode = self.mode()
        self.go.setText("Anonymisér" if mode == "anonymise" else "Slet")
        if not self.staff:
            self.error.setText("Der er ingen fratrådte medarbejdere. Angiv først en fratrædelsesdato på "
                               "siden Medarbejdere.")
            self._enable()
            return
        eid = self.employee.currentData()
        try:
            self.plan = erase.describe(self.ctx.repo, eid, mode, self.archived())
        except erase.EraseError as exc:
            self.archived_box.setVisible(False)
            self.error.setText(texts.ERASE_PROBLEMS.get(exc.code, "Det kan ikke lade sig gøre."))
            self._enable()
            return
        n = self.plan.archived_plans
        if n:
            self.archived_heading.setText(texts.ERASE_ARCHIVED_HEADING.format(
                what=texts.count_noun(n, "arkiveret plan", "arkiverede planer")))
            for choice, rb in self.archived_buttons.items():
                label, explanation = texts.erase_archived_choice(choice, n)
                rb.setText(label)
                self.archived_notes[choice].setText(explanation)
        self.archived_box.setVisible(bool(n))
        verb = "fjernes" if mode == "anonymise" else "slettes"
        self.what.addItem(f"Dette {verb}:")
        for line in self.plan.lines():
            self.what.addItem("  • " + line)
        kept = self.plan.kept_lines()
        if kept:
            self.what.addItem("Dette beholdes:")
            for line in kept:
                self.what.addItem("  • " + line)
        older = backup.list_backups(self.ctx.file.path)
        if older:
            what = texts.count_noun(len(older), "ældre sikkerhedskopi", "ældre sikkerhedskopier")
            self.what.addItem("Bemærk:")
            self.what.addItem(f"  • Der findes {what} med de gamle oplysninger; "
                              "du får bagefter mulighed for at slette dem.")
        self._enable()

    def _enable(self) -> None:
        self.go.setEnabled(self.plan is not None and self.confirm.isChecked() and not self.ctx.readonly)

    def do_erase(self) -> None:
        if self.plan is None or not self.confirm.isChecked():
            return
        try:
            self.result_ = erase.erase(self.ctx.repo, self.plan.employee_id, self.plan.mode,
                                       archived=self.plan.archived)
        except erase.EraseError as exc:
            QMessageBox.warning(self, self.windowTitle(), texts.ERASE_PROBLEMS.get(exc.code, "Det kan ikke lade sig gøre."))
            return
        except Exception as exc:  # never a traceback; nothing was changed (one transaction)
            QMessageBox.warning(self, self.windowTitle(), f"Intet er ændret ({exc.__class__.__name__}).")
            return
        # the undo stack may hold the old values: it must not bring them back
        self.ctx.undo_stack.clear()
        self.ctx.notify("*")
        self.accept()


def ask_delete_old_backups(parent, result: erase.ErasureResult) -> int:
    olds = result.older_backups
    if not olds:
        return 0
    shown = "\n".join(b.label for b in olds[:12]) + ("\n…" if len(olds) > 12 else "")
    answer = QMessageBox.question(
        parent, "Ældre sikkerhedskopier",
        texts.ERASE_OLD_BACKUPS.format(
            backups=texts.count_noun(len(olds), "ældre sikkerhedskopi", "ældre sikkerhedskopier"),
            dem="den" if len(olds) == 1 else "dem") + "\n\n" + shown,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    return backup.delete_backups(olds)


def done_message(res: erase.ErasureResult) -> str:
    """After the erasure; it only says the name has left the file when it has."""
    what = "anonymiseret" if res.plan.mode == "anonymise" else "slettet"
    if res.plan.archived == "keep" and res.plan.archived_plans:
        n = res.plan.archived_plans
        plans = "den arkiverede plan" if n == 1 else f"de {n} arkiverede planer"
        return texts.ERASE_DONE_KEPT.format(name=res.plan.name, what=what, plans=plans)
    return texts.ERASE_DONE.format(name=res.plan.name, what=what)


def run_erase(window, employee_id: int | None = None) -> None:
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        QMessageBox.information(window, "Slet eller anonymisér", "Åbn først en kompetencefil.")
        return
    if ctx.readonly:
        QMessageBox.information(window, "Slet eller anonymisér",
                                "Filen er åbnet skrivebeskyttet – der kan ikke slettes.")
        return
    if hasattr(window, "flush_pages"):
        window.flush_pages()
    dlg = EraseDialog(ctx, window, employee_id)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_ is None:
        return
    res = dlg.result_
    QMessageBox.information(window, "Slet eller anonymisér", plain(done_message(res)))
    n = ask_delete_old_backups(window, res)
    if n:
        window.statusBar().showMessage(
            f"{texts.count_noun(n, 'ældre sikkerhedskopi', 'ældre sikkerhedskopier')} er slettet.", 6000)
