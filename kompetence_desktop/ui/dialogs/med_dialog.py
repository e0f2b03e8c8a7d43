"""A MED discussion of the plan (date, evaluation) and a supervision session."""
from __future__ import annotations

from ... import texts
from ...domain import dates
from .plan_fields import FormDialog


class MedDialog(FormDialog):
    def __init__(self, record=None, parent=None, readonly: bool = False):
        super().__init__("Drøftelse i MED", parent, readonly)
        self.day = self.add_date("held_on", "Dato for MED-mødet", record.held_on if record else dates.today(), required=True)
        self.add_text("evaluation", "Evaluering og beslutninger", record.evaluation if record else "", 120)
        self.resize(560, 380)

    def collect(self) -> dict:
        day = self.day.value()
        return {"held_on": day, **self.text_values(["evaluation"])}


class SupervisionDialog(FormDialog):
    def __init__(self, record=None, parent=None, readonly: bool = False):
        super().__init__("Supervision", parent, readonly)
        r = record
        self.audience = self.add_combo("audience", "For", list(texts.SUPERVISION_AUDIENCE_LABELS.items()),
                                       r.audience if r else "medarbejdere")
        self.add_line("provider", "Supervisor / leverandør", r.provider if r else "")
        self.day = self.add_date("held_on", "Dato", r.held_on if r else dates.today(), required=True)
        self.add_text("note", "Note", r.note if r else "", 64)
        self.resize(560, 380)

    def collect(self) -> dict:
        day = self.day.value()
        return {"audience": self.audience.currentData(), "held_on": day, **self.text_values(["provider", "note"])}
