"""One activity of the *uddannelsesplan*: the template's columns, form and
economy, participants and target competences, and the transfer follow-up
(30-30-40: expectations before; follow-up date and evaluation after)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import dates, validate
from ...domain.model import ACTIVITY_CATEGORIES, ACTIVITY_FORMS, ACTIVITY_STATUSES, MAX_NAME, MAX_TEXT
from .fields import CheckList, DateField, FieldError, MoneyField
from .fit import fit_to_screen, scrolling
from .plan_fields import check_lengths, form_layout, save_error, text_box, wrapped_label

NO_YEAR = 1999  # the spin box's "not set" value


def _form(parent_tabs: QTabWidget, title: str) -> QFormLayout:
    page = QWidget()
    parent_tabs.addTab(scrolling(page), title)  # a tab taller than a small screen scrolls
    return form_layout(page)


class ActivityDialog(QDialog):
    TAB_PLAN, TAB_ECONOMY, TAB_PEOPLE, TAB_FOLLOWUP = range(4)

    def __init__(self, employees, competences, activity=None, preset: dict | None = None,
                 parent=None, readonly: bool = False):
        super().__init__(parent)
        a = activity
        p = preset or {}
        self.setWindowTitle("Aktivitet i uddannelsesplanen" if a is None else f"Aktivitet – {a.title}")
        self.result_fields: dict | None = None
        #: called with the collected fields when OK is pressed; raising keeps the dialog open
        self.on_save = None
        self.participant_ids: list[int] = []
        self.competence_ids: list[int] = []
        self.old_status = a.status if a else None
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs)
        cols = texts.PLAN_COLUMNS

        self._build_plan_tab(a, p, cols)
        self._build_economy_tab(a, p)
        self._build_people_tab(a, p, employees, competences)
        self._build_followup_tab(a)

        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText("OK")
        bb.button(QDialogButtonBox.Cancel).setText("Annuller")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        if readonly:
            bb.button(QDialogButtonBox.Ok).setEnabled(False)
        lay.addWidget(bb)
        fit_to_screen(self, 760, 640)
        for w in (self.title, self.provider):
            w.setMaxLength(MAX_NAME)
        for w in (self.schedule, self.responsible, self.extent):
            w.setMaxLength(MAX_TEXT)
        self.funding_source.lineEdit().setMaxLength(MAX_NAME)
        self._map_fields(cols)

    def _build_plan_tab(self, a, p: dict, cols) -> None:
        f = _form(self.tabs, "Plan")
        self.title = QLineEdit(a.title if a else p.get("title", ""))
        f.addRow(wrapped_label(cols["title"]), self.title)
        self.status = QComboBox()
        for s in ACTIVITY_STATUSES:
            self.status.addItem(texts.ACTIVITY_STATUS_LABELS[s], s)
        self.status.setCurrentIndex(self.status.findData(a.status if a else "planlagt"))
        f.addRow(wrapped_label(cols["status"]), self.status)
        self.purpose = text_box(a.purpose if a else p.get("purpose", ""), 58)
        f.addRow(wrapped_label(cols["purpose"]), self.purpose)
        self.learning_support = text_box(a.learning_support if a else "", 58)
        f.addRow(wrapped_label(cols["learning_support"]), self.learning_support)
        self.learning_goals = text_box(a.learning_goals if a else "", 58)
        f.addRow(wrapped_label(cols["learning_goals"]), self.learning_goals)
        self.schedule = QLineEdit(a.schedule if a else "")
        self.schedule.setPlaceholderText("fx Forår 2027 eller 3 × 1 dag i marts")
        f.addRow(wrapped_label(cols["schedule"]), self.schedule)
        self.start_date = DateField(a.start_date if a else None)
        f.addRow("Startdato", self.start_date)
        self.end_date = DateField(a.end_date if a else None)
        f.addRow("Slutdato", self.end_date)
        self.responsible = QLineEdit(a.responsible if a else "")
        f.addRow(wrapped_label(cols["responsible"]), self.responsible)
        self.resources = text_box(a.resources if a else "", 40)
        f.addRow(wrapped_label(cols["resources"]), self.resources)

    def _build_economy_tab(self, a, p: dict) -> None:
        f = _form(self.tabs, "Form og økonomi")
        self.category = QComboBox()
        for c in ACTIVITY_CATEGORIES:
            self.category.addItem(texts.ACTIVITY_CATEGORY_LABELS[c], c)
        self.category.setCurrentIndex(self.category.findData(a.category if a else "generelle"))
        f.addRow("Kategori", self.category)
        self.form_ = QComboBox()
        for c in ACTIVITY_FORMS:
            self.form_.addItem(texts.ACTIVITY_FORM_LABELS[c], c)
        self.form_.setCurrentIndex(self.form_.findData(a.form if a else "kursus"))
        f.addRow("Form", self.form_)
        self.provider = QLineEdit(a.provider if a else "")
        f.addRow("Leverandør", self.provider)
        self.extent = QLineEdit(a.extent if a else "")
        self.extent.setPlaceholderText("fx 3 dage eller 6 timer")
        f.addRow("Omfang", self.extent)
        self.price = MoneyField(a.price_ore if a else 0)
        f.addRow("Pris ex moms (kr.)", self.price)
        self.funded = QCheckBox("Finansieret (fjern krydset, hvis aktiviteten ikke er finansieret)")
        self.funded.setChecked(a.funded if a else True)
        f.addRow("Finansiering", self.funded)
        self.funding_source = QComboBox()
        self.funding_source.setEditable(True)
        self.funding_source.addItems(["", "Drift", "Kompetencefond", "Puljemidler", "Andet"])
        self.funding_source.setEditText(a.funding_source if a else "")
        f.addRow("Finansieringskilde", self.funding_source)
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText("Ikke angivet (startdatoens år)")
        self.year.setValue((a.year or NO_YEAR) if a else p.get("year", NO_YEAR))
        f.addRow("Budgetår", self.year)

    def _build_people_tab(self, a, p: dict, employees, competences) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.addWidget(QLabel("Deltagere"))
        chosen = set(a.participant_ids if a else p.get("participant_ids", ()))
        self.people = CheckList(((e.id, f"{e.name} ({e.initials})") for e in employees
                                 if e.is_active(dates.today()) or e.id in chosen), chosen)
        pl.addWidget(self.people, 1)
        pl.addWidget(QLabel("Kompetencer, aktiviteten udvikler"))
        self.comps = CheckList(((c.id, f"{texts.CATEGORY_SHORT[c.category]}: {c.name}") for c in competences),
                               a.competence_ids if a else p.get("competence_ids", ()))
        pl.addWidget(self.comps, 1)
        self.tabs.addTab(page, "Deltagere og kompetencer")

    def _build_followup_tab(self, a) -> None:
        f = _form(self.tabs, "Vidensdeling og opfølgning")
        self.knowledge_sharing = text_box(a.knowledge_sharing if a else "", 58)
        f.addRow(wrapped_label("Vidensdeling – hvordan deles den nye viden med kolleger?"), self.knowledge_sharing)
        self.expectations_before = text_box(a.expectations_before if a else "", 58)
        f.addRow(wrapped_label("Forventninger aftalt før aktiviteten"), self.expectations_before)
        self.followup_date = DateField(a.followup_date if a else None)
        f.addRow("Opfølgningsdato", self.followup_date)
        self.evaluation = text_box(a.evaluation if a else "", 80)
        f.addRow(wrapped_label("Evaluering efter aktiviteten"), self.evaluation)

    def _map_fields(self, cols) -> None:
        # stored field → (widget, its label, its tab): for messages that name the field
        self.widgets = {
            "title": (self.title, cols["title"], self.TAB_PLAN),
            "purpose": (self.purpose, cols["purpose"], self.TAB_PLAN),
            "learning_support": (self.learning_support, cols["learning_support"], self.TAB_PLAN),
            "learning_goals": (self.learning_goals, cols["learning_goals"], self.TAB_PLAN),
            "schedule": (self.schedule, cols["schedule"], self.TAB_PLAN),
            "start_date": (self.start_date, "Startdato", self.TAB_PLAN),
            "end_date": (self.end_date, "Slutdato", self.TAB_PLAN),
            "responsible": (self.responsible, cols["responsible"], self.TAB_PLAN),
            "resources": (self.resources, cols["resources"], self.TAB_PLAN),
            "provider": (self.provider, "Leverandør", self.TAB_ECONOMY),
            "extent": (self.extent, "Omfang", self.TAB_ECONOMY),
            "price_ore": (self.price, "Pris ex moms (kr.)", self.TAB_ECONOMY),
            "funding_source": (self.funding_source, "Finansieringskilde", self.TAB_ECONOMY),
            "year": (self.year, "Budgetår", self.TAB_ECONOMY),
            "knowledge_sharing": (self.knowledge_sharing, "Vidensdeling", self.TAB_FOLLOWUP),
            "expectations_before": (self.expectations_before, "Forventninger aftalt før aktiviteten", self.TAB_FOLLOWUP),
            "followup_date": (self.followup_date, "Opfølgningsdato", self.TAB_FOLLOWUP),
            "evaluation": (self.evaluation, "Evaluering efter aktiviteten", self.TAB_FOLLOWUP),
        }

    # --- helpers for callers and tests --------------------------------------------------
    def set_participants(self, ids) -> None:
        self.people.set_checked(ids)

    def set_competences(self, ids) -> None:
        self.comps.set_checked(ids)

    def _show_field(self, key: str) -> None:
        if key in self.widgets:
            _widget, _label, tab = self.widgets[key]
            self.tabs.setCurrentIndex(tab)

    def collect(self) -> dict:
        check_lengths(self, {k: w for k, (w, _l, _t) in self.widgets.items()},
                      {k: lab for k, (_w, lab, _t) in self.widgets.items()}, self._show_field)
        title = self.title.text().strip()
        if not title:
            self.tabs.setCurrentIndex(self.TAB_PLAN)
            QMessageBox.warning(self, "Aktivitet", "Skriv aktivitetens navn (Uddannelsesaktivitet).")
            self.title.setFocus()
            raise FieldError("title")
        for field, tab in ((self.start_date, self.TAB_PLAN), (self.end_date, self.TAB_PLAN),
                           (self.price, self.TAB_ECONOMY), (self.followup_date, self.TAB_FOLLOWUP)):
            try:
                field.value()
            except FieldError:
                self.tabs.setCurrentIndex(tab)
                field.show_error(field.error.text())
                raise
        start, end = self.start_date.value(), self.end_date.value()
        followup = self.followup_date.value()
        # the activity's own rules (domain.validate), shown at the field they concern
        for problem in validate.problems("activity", {"title": title, "start_date": start, "end_date": end,
                                                      "followup_date": followup}):
            where = {"end_date": (self.end_date, self.TAB_PLAN),
                     "followup_date": (self.followup_date, self.TAB_FOLLOWUP)}.get(problem.details.get("field"))
            if where is not None:
                widget, tab = where
                self.tabs.setCurrentIndex(tab)
                widget.show_error(texts.domain_error(problem))
                raise FieldError(problem.code)
        year = self.year.value()
        return {
            "title": title,
            "status": self.status.currentData(),
            "purpose": self.purpose.toPlainText().strip(),
            "learning_support": self.learning_support.toPlainText().strip(),
            "learning_goals": self.learning_goals.toPlainText().strip(),
            "schedule": self.schedule.text().strip(),
            "start_date": start,
            "end_date": end,
            "responsible": self.responsible.text().strip(),
            "resources": self.resources.toPlainText().strip(),
            "category": self.category.currentData(),
            "form": self.form_.currentData(),
            "provider": self.provider.text().strip(),
            "extent": self.extent.text().strip(),
            "price_ore": self.price.value(),
            "funded": self.funded.isChecked(),
            "funding_source": self.funding_source.currentText().strip(),
            "knowledge_sharing": self.knowledge_sharing.toPlainText().strip(),
            "expectations_before": self.expectations_before.toPlainText().strip(),
            "followup_date": followup,
            "evaluation": self.evaluation.toPlainText().strip(),
            "year": None if year == NO_YEAR else year,
        }

    def accept(self) -> None:
        try:
            fields = self.collect()
        except FieldError:
            return
        self.result_fields = fields
        self.participant_ids = self.people.checked_ids()
        self.competence_ids = self.comps.checked_ids()
        if self.on_save is not None:
            try:
                self.on_save(fields)
            except Exception as exc:  # the file refused: stay open, keep the text
                field = (getattr(exc, "details", None) or {}).get("field")
                self._show_field(field)
                save_error(self, exc, {k: lab for k, (_w, lab, _t) in self.widgets.items()},
                           {k: w for k, (w, _l, _t) in self.widgets.items()})
                self.result_fields = None
                return
        super().accept()
