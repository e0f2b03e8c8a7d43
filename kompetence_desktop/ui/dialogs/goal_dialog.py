"""A *læringsmål* (Socialstyrelsen's five questions), for one employee or the organisation."""
from __future__ import annotations

from ... import texts
from ...domain import dates
from .plan_fields import FormDialog

GOAL_STATUSES = ["", "i gang", "nået", "delvist nået", "ikke nået"]
ORGANISATION = "Organisatorisk mål (hele tilbuddet)"


class GoalDialog(FormDialog):
    def __init__(self, employees, activities, goal=None, employee_id=None, parent=None, readonly: bool = False):
        super().__init__("Læringsmål", parent, readonly)
        g = goal
        emp = g.employee_id if g else employee_id
        self.employee = self.add_combo("employee_id", "Medarbejder",
                                       [(None, ORGANISATION)] + [(e.id, f"{e.name} ({e.initials})") for e in employees], emp)
        self.activity = self.add_combo("activity_id", "Aktivitet i uddannelsesplanen",
                                       [(None, "Ingen")] + [(a.id, a.title) for a in activities],
                                       g.activity_id if g else None)
        self.created = self.add_date("created_on", "Oprettet", g.created_on if g else dates.today(), required=True)
        for key, q in texts.LEARNING_GOAL_QUESTIONS.items():
            self.add_text(key, q, getattr(g, key) if g else "", 56)
        self.add_combo("status", "Status", [(s, s) for s in GOAL_STATUSES], g.status if g else "", editable=True)

    def collect(self) -> dict:
        day = self.created.value()
        out = self.text_values(list(texts.LEARNING_GOAL_QUESTIONS))
        out["employee_id"] = self.employee.currentData()
        out["activity_id"] = self.activity.currentData()
        out["created_on"] = day
        out["status"] = self.fields["status"].currentText().strip()
        return out
