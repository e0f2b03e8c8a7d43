"""A *logbog* entry (Socialstyrelsen's form): date, four questions, optional activity."""
from __future__ import annotations

from ... import texts
from ...domain import dates
from .plan_fields import FormDialog


class LogbookDialog(FormDialog):
    def __init__(self, employee_name: str, activities, entry=None, parent=None, readonly: bool = False):
        super().__init__(f"Logbog – {employee_name}", parent, readonly)
        e = entry
        self.day = self.add_date("entry_date", "Dato", e.entry_date if e else dates.today(), required=True)
        self.activity = self.add_combo("activity_id", "Aktivitet (valgfri)",
                                       [(None, "Ingen")] + [(a.id, a.title) for a in activities],
                                       e.activity_id if e else None)
        for key, q in texts.LOGBOOK_QUESTIONS.items():
            self.add_text(key, q, getattr(e, key) if e else "", 64)

    def collect(self) -> dict:
        day = self.day.value()
        out = self.text_values(list(texts.LOGBOOK_QUESTIONS))
        out["entry_date"] = day
        out["activity_id"] = self.activity.currentData()
        return out
