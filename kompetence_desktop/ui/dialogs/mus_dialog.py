"""One MUS: date, notes, the written *udviklingsaftale*, *ønsker*, and the optional Basic Five."""
from __future__ import annotations

from ... import texts
from ...domain import dates
from ...domain.model import MAX_TEXT
from .plan_fields import FormDialog

#: a date ahead books the MUS: the årshjul and the Overblik show it; it counts as held from that day
MUS_BOOKED_TIP = ("En dato frem i tiden er en aftalt MUS: den vises i årshjulet og i Overblik, "
                  "og noterne skrives, når samtalen er holdt.")

AGREEMENT_STATUSES = ["", "i gang", "opfyldt", "delvist opfyldt", "ikke opfyldt"]


class MusDialog(FormDialog):
    def __init__(self, employee_name: str, record=None, parent=None, readonly: bool = False):
        super().__init__(f"MUS – {employee_name}", parent, readonly)
        r = record
        self.held_on = self.add_date("held_on", "Dato", r.held_on if r else dates.today(), required=True)
        self.held_on.setToolTip(MUS_BOOKED_TIP)
        self.add_text("notes", "Noter", r.notes if r else "", 80)
        self.add_text("agreement", "Udviklingsaftale", r.agreement if r else "", 80)
        self.add_combo("agreement_status", "Status på aftalen", [(s, s) for s in AGREEMENT_STATUSES],
                       r.agreement_status if r else "", editable=True)
        self.add_text("wishes", "Ønsker (samles og prioriteres ved årets slutning)", r.wishes if r else "", 60)
        for key, label in texts.BASIC_FIVE.items():
            self.add_line(key, f"Basic Five – {label}", getattr(r, key) if r else "", max_len=MAX_TEXT)

    def collect(self) -> dict:
        day = self.held_on.value()
        out = self.text_values(["notes", "agreement", "wishes", *texts.BASIC_FIVE])
        out["agreement_status"] = self.fields["agreement_status"].currentText().strip()
        out["held_on"] = day
        return out
