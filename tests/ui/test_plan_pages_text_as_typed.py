"""User text on the plan pages shows as typed, never read as markup."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kompetence_desktop.ui.models.activities import ActivitiesModel
from kompetence_desktop.ui.pages.fravaer import FravaerPage
from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .helpers import page_for, rendered


EVIL = "<b>Pæd</b> & <i>x"


# --- user text shows as typed ----------------------------------------------------------------------

def test_medarbejder_header_escapes_user_text(ctx, qtbot):
    e = ctx.repo.staff.employees()[0]
    ctx.repo.rows.update("employees", e.id, {"job_title": EVIL, "name": "<i>Ny</i> Navn"})
    ct = ctx.repo.plan.course_types()[0]
    ctx.repo.rows.update("course_types", ct.id, {"name": "<u>Brand</u> & co"})
    ctx.repo.rows.delete_rows("course_completions", [c.id for c in ctx.repo.plan.completions() if c.employee_id == e.id])
    p = page_for(MedarbejderPage, ctx, qtbot)
    p.open_item(e.id)
    shown = rendered(p.info.text())
    assert EVIL in shown
    assert "<u>Brand</u> & co" in shown
    assert p.title.text() == "<i>Ny</i> Navn" and p.title.textFormat() == Qt.PlainText


def test_fravaer_summary_escapes_names_and_counts_in_danish(ctx, qtbot):
    comps = ctx.repo.matrix.competences()
    ctx.repo.rows.update("competences", comps[0].id, {"name": "<i>Skæv</i> & <b"})
    p = page_for(FravaerPage, ctx, qtbot)
    p.set_absent([e.id for e in ctx.repo.staff.employees()])
    shown = rendered(p.summary.text())
    assert "<i>Skæv</i> & <b" in shown
    assert " 1 kompetencer" not in shown and " 1 medarbejdere" not in shown
    # one employee away: singular
    p.set_absent([ctx.repo.staff.employees()[0].id])
    assert "Med 1 medarbejder væk" in rendered(p.summary.text())


def test_tooltips_with_markup_show_the_text(ctx, qtbot):
    a = ctx.repo.plan.activities()[0]
    ctx.repo.rows.update("activities", a.id, {"title": EVIL})
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    r = p.model.row_of_id(a.id)
    tip = p.model.index(r, ActivitiesModel.COL_TITLE).data(Qt.ToolTipRole)
    assert rendered(tip).strip().startswith(EVIL)
    assert p.model.index(r, ActivitiesModel.COL_TITLE).data(Qt.DisplayRole) == EVIL
