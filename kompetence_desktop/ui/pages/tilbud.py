"""The *Tilbud* page: the profile, the local guideline's four questions,
supervision and the organisation of the work (docs/domain.md §8), as labelled text
fields that save as you type (debounced), on leaving a field and on close.
Fields the plan still needs are marked."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain.rules import DomainError
from ...domain.model import PROFILE_KEYS
from ..page_base import PageBase
from ..plaintext import plain

SAVE_DELAY_MS = 600

#: (group title, keys) in the order the plan uses them
GROUPS = (
    ("Tilbuddet", ("navn", "adresse", "leder", "paragraf", "periode")),
    ("Tilbuddets opgaver nu og fremover", ("malgruppe", "malsaetning", "faglige_tilgange", "fremtidige_opgaver",
                                           "fremtidig_malsaetning", "fremtidige_metoder")),
    ("Den lokale retningslinje", ("retningslinje_formaal", "retningslinje_hvordan", "retningslinje_ansvar",
                                  "retningslinje_hvor_hvornaar")),
    ("Ekstern faglig supervision og sparring", ("supervision_ledelse", "supervision_medarbejdere")),
    ("Tilrettelæggelse af arbejdet", ("tilrettelaeggelse_teams", "kontaktpersonordning", "vikarer", "studerende")),
    ("Samarbejde, ansvar og dokumentation", ("videndeling", "mus_indkalder", "med_ramme_mus", "med_evaluering_mus",
                                             "med_evaluering_mus_dato", "med_evaluering_sammenhaeng",
                                             "med_evaluering_sammenhaeng_dato", "ansvar_dokumentation")),
    ("Til socialtilsynet (valgfrit, som årsrapporten)", ("sygefravaer_aar", "sygefravaer_dagsvaerk")),
)
SINGLE_LINE = {"navn", "adresse", "leder", "paragraf", "periode", "mus_indkalder", "med_evaluering_mus_dato",
               "med_evaluering_sammenhaeng_dato", "sygefravaer_aar", "sygefravaer_dagsvaerk"}
#: profile keys the plan check (domain.requirements) needs filled
NEEDED_BY_PLAN = {
    "leder", "periode", "malgruppe", "malsaetning", "faglige_tilgange", "fremtidige_opgaver",
    "supervision_ledelse", "supervision_medarbejdere", "tilrettelaeggelse_teams", "kontaktpersonordning",
    "vikarer", "studerende", "ansvar_dokumentation", "videndeling", "fremtidig_malsaetning", "fremtidige_metoder",
    "med_evaluering_mus", "med_evaluering_mus_dato", "med_evaluering_sammenhaeng", "med_evaluering_sammenhaeng_dato",
}
NEEDED_MARK = "Mangler i planen"


class _PlainText(QPlainTextEdit):
    def __init__(self, on_focus_out, parent=None):
        super().__init__(parent)
        self._on_focus_out = on_focus_out
        self.setTabChangesFocus(True)

    def focusOutEvent(self, ev):
        self._on_focus_out()
        super().focusOutEvent(ev)


class TilbudPage(PageBase):
    TOPICS = frozenset({"profile"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.fields: dict[str, QWidget] = {}
        self.marks: dict[str, QLabel] = {}
        self._timers: dict[str, QTimer] = {}
        self._saved: dict[str, str] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        head = QLabel("<b>Tilbud</b> – beskrivelsen der indgår i kompetenceudviklingsplanen. "
                      "Alt gemmes mens du skriver.")
        outer.addWidget(head)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_lay = QVBoxLayout(body)
        for title, keys in GROUPS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                assert key in PROFILE_KEYS, key
                label_box = QWidget()
                ll = QVBoxLayout(label_box)
                ll.setContentsMargins(0, 0, 0, 0)
                ll.setSpacing(0)
                lab = QLabel(texts.PROFILE_LABELS[key] + ":")
                lab.setWordWrap(True)
                lab.setMinimumWidth(250)
                lab.setMaximumWidth(300)
                ll.addWidget(lab)
                mark = QLabel(NEEDED_MARK)
                mark.setStyleSheet("color:#9a5b00; font-size:11px; font-weight:bold;")
                mark.setVisible(False)
                ll.addWidget(mark)
                self.marks[key] = mark
                if key in SINGLE_LINE:
                    w = QLineEdit()
                    w.setMaxLength(200 if key == "navn" else 2000)
                    w.textEdited.connect(lambda _t, k=key: self._edited(k))
                    w.editingFinished.connect(lambda k=key: self.save(k))
                else:
                    w = _PlainText(lambda k=key: self.save(k))
                    w.setFixedHeight(64)
                    w.textChanged.connect(lambda k=key: self._edited(k))
                w.setEnabled(not ctx.readonly)
                self.fields[key] = w
                form.addRow(label_box, w)
            body_lay.addWidget(box)
        body_lay.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._scroll = scroll

    # ------------------------------------------------------------------ values
    def text_of(self, key: str) -> str:
        w = self.fields[key]
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def refresh(self) -> None:
        self.flush()
        prof = self.ctx.repo.profile.texts()
        self._loading = True
        try:
            for key, w in self.fields.items():
                v = prof.get(key, "")
                self._saved[key] = v
                if self.text_of(key) != v:
                    if isinstance(w, QLineEdit):
                        w.setText(v)
                    else:
                        w.setPlainText(v)
        finally:
            self._loading = False
        self._update_marks()

    def _edited(self, key: str) -> None:
        if self._loading or self.ctx.readonly:
            return
        t = self._timers.get(key)
        if t is None:
            t = QTimer(self)
            t.setSingleShot(True)
            t.setInterval(SAVE_DELAY_MS)
            t.timeout.connect(lambda k=key: self.save(k))
            self._timers[key] = t
        t.start()
        self._update_mark(key)

    def save(self, key: str) -> bool:
        """Store one field now if it changed."""
        t = self._timers.get(key)
        if t is not None:
            t.stop()
        if self.ctx.readonly:
            return False
        v = self.text_of(key)
        if v == self._saved.get(key, ""):
            return False
        from ...operations import SetProfile
        from .. import commands

        self._dirty_own = True  # the page shows the text already: no reload for its own save
        try:
            commands.push(self.ctx, SetProfile(key, v), f"Ret {texts.PROFILE_LABELS[key]}")
        except commands.StorageRefused as exc:  # read-only, lock lost, disk/SQLite trouble
            self._dirty_own = False
            self._refused(exc)
            return False
        except DomainError as exc:
            self._dirty_own = False
            self.ctx.status.emit(f"{texts.PROFILE_LABELS[key]}: {texts.domain_error(exc)}")
            return False
        self._saved[key] = v
        return True

    def flush(self) -> None:
        """Store every field with pending typing (called on close and file switch)."""
        for key in list(self._timers):
            if self._timers[key].isActive():
                self.save(key)
        for key in self.fields:
            if self.text_of(key) != self._saved.get(key, self.text_of(key)):
                self.save(key)

    def _on_changed(self, topic: str) -> None:
        if topic == "readonly":  # the file stopped taking writes: what is typed stays visible, not editable
            self._set_editable(not self.ctx.readonly)
            return
        if topic == "profile" and getattr(self, "_dirty_own", False):
            self._dirty_own = False
            return
        super()._on_changed(topic)

    def _set_editable(self, on: bool) -> None:
        for t in self._timers.values():
            t.stop()
        for w in self.fields.values():
            w.setReadOnly(not on)

    def _refused(self, exc) -> None:
        """One Danish message for a write the file refused (not one per field or key press)."""
        msg = texts.domain_error(exc)
        self.ctx.status.emit(msg)
        if self.ctx.readonly:
            self._set_editable(False)
        if getattr(self, "_told_refused", False):
            return
        self._told_refused = True
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, texts.EDIT_NOT_SAVED, plain(msg))

    def open_item(self, payload) -> None:
        """Payload: a profile key (from the plan's missing requirements): focus that field."""
        w = self.fields.get(payload) if isinstance(payload, str) else None
        if w is None:
            return
        self._land_on(w)
        # a page shown just now is laid out only when the event loop runs: land again then,
        # or the scroll area scrolls by the geometry of before the layout
        QTimer.singleShot(0, lambda: self._land_on(w))

    def _land_on(self, w) -> None:
        if not self.isVisible():
            return
        self._scroll.widget().layout().activate()
        self._scroll.ensureWidgetVisible(w, 50, 80)
        w.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------- the marks
    def _update_mark(self, key: str) -> None:
        m = self.marks[key]
        needed = key in NEEDED_BY_PLAN and not self.text_of(key).strip()
        if key == "videndeling" and needed and getattr(self, "_videndeling_by_activities", False):
            needed = False
        m.setVisible(needed)

    def _update_marks(self) -> None:
        # the plan accepts knowledge sharing described on every activity instead
        acts = [a for a in self.ctx.repo.plan.activities() if a.status != "aflyst"]
        self._videndeling_by_activities = bool(acts) and all(a.knowledge_sharing.strip() for a in acts)
        for key in self.fields:
            self._update_mark(key)

    def missing_keys(self) -> list[str]:
        return [k for k, m in self.marks.items() if not m.isHidden()]

    def closeEvent(self, ev):
        self.flush()
        super().closeEvent(ev)

    def hideEvent(self, ev):
        # switching page (or minimising/closing the window) stores pending typing at once
        self.flush()
        super().hideEvent(ev)
