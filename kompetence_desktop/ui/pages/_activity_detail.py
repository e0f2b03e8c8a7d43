"""The chosen activity in full, beside the Uddannelsesplan table: on a laptop
screen the table's ten columns are cut ("Læringsmål og succesl…"), so the
pane shows every field wrapped, under the template's own headings."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from ... import texts
from ...domain import dates
from ...domain.overview import activity_year


def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def activity_html(a, employees: dict, competences: dict) -> str:
    """``a`` as HTML: title, then the template's fields and what the plan adds, empty ones left out."""
    cols = texts.PLAN_COLUMNS
    people = ", ".join(f"{employees[e].name} ({employees[e].initials})" for e in a.participant_ids if e in employees)
    comps = ", ".join(competences[c].name for c in a.competence_ids if c in competences)
    when = a.schedule
    if a.start_date:
        span = dates.format_date(a.start_date) + (f" – {dates.format_date(a.end_date)}" if a.end_date else "")
        when = f"{when} ({span})" if when else span
    money = texts.kroner(a.price_ore) + ("" if a.funded else " – ikke finansieret")
    if a.funding_source:
        money += f" ({a.funding_source})"
    year = activity_year(a)
    fields = [
        (cols["status"], texts.ACTIVITY_STATUS_LABELS.get(a.status, a.status)),
        (cols["schedule"], when),
        (cols["participants"], people),
        ("Kompetencer", comps),
        (cols["purpose"], a.purpose),
        (cols["learning_support"], a.learning_support),
        (cols["learning_goals"], a.learning_goals),
        (cols["responsible"], a.responsible),
        (cols["resources"], a.resources),
        ("Kategori og form", f"{texts.ACTIVITY_CATEGORY_LABELS.get(a.category, a.category)}, "
                             f"{texts.ACTIVITY_FORM_LABELS.get(a.form, a.form)}"),
        ("Leverandør", a.provider),
        ("Omfang", a.extent),
        ("Pris ex moms", money),
        ("Budgetår", str(year) if year else ""),
        ("Videndeling", a.knowledge_sharing),
        ("Forventninger før", a.expectations_before),
        ("Opfølgning", dates.format_date(a.followup_date) if a.followup_date else ""),
        ("Evaluering", a.evaluation),
    ]
    out = [f"<h3>{escape(a.title)}</h3>"]
    for label, value in fields:
        if value:
            out.append(f"<p><b>{escape(label)}</b><br>{_para(value)}</p>")
    return "".join(out)


class ActivityDetail(QTextBrowser):
    """Read-only; a double-click on the table (or *Rediger…*) edits the activity."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(220)
        self.show_none()

    def show_none(self) -> None:
        self.setHtml(f"<p style='color:#666'>{escape(texts.PLAN_DETAIL_NONE)}</p>")

    def show_activity(self, a, employees: dict, competences: dict) -> None:
        self.setHtml(activity_html(a, employees, competences))
