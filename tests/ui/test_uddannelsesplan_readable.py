"""The Uddannelsesplan on one laptop screen: a detail pane beside the table
shows the whole chosen activity (no column to widen, no dialog to open); an
activity made from a matrix gap counts in the year it runs, not this year."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.domain.model import Activity
from kompetence_desktop.domain.overview import activity_year, budget
from kompetence_desktop.ui.models.records import ID_ROLE
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .helpers import page_for


def test_the_detail_pane_shows_the_whole_chosen_activity(ctx, qtbot):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    a = max(ctx.repo.plan.activities(), key=lambda x: len(x.learning_goals))
    assert len(a.learning_goals) > 40
    p.select_id(p.view, ID_ROLE, a.id)
    shown = p.detail.toPlainText()
    assert a.title in shown
    assert " ".join(a.learning_goals.split()) in " ".join(shown.split())
    assert " ".join(a.purpose.split()) in " ".join(shown.split())
    assert "Læringsmål og succeskriterier" in shown
    # a narrow window: the table and the pane still fit 1024 px (the page list takes ~220)
    assert p.minimumSizeHint().width() <= 800


def test_an_activity_counts_in_the_year_of_its_schedule():
    spring = Activity(id=1, title="KRAP", schedule="Forår 2027", price_ore=100_00)
    assert activity_year(spring) == 2027
    assert activity_year(Activity(id=2, title="x", schedule="Forår 2027", start_date=dt.date(2027, 3, 1),
                                  year=2028)) == 2028  # a budget year set by the leader wins
    assert [(r.year, r.total_ore) for r in budget([spring]) if r.category == ""] == [(2027, 100_00)]


def test_an_activity_from_a_matrix_gap_gets_no_budget_year_of_today(matrix, qtbot, monkeypatch):
    from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from kompetence_desktop.ui.models.matrix_model import MatrixModel

    from .helpers import drive

    m = matrix.model
    row = next(r for r in m.competence_rows() if m.competence_at(r).expected_level >= 3)
    idx = m.index(row, MatrixModel.FIRST_EMPLOYEE_COL)
    matrix.view.setCurrentIndex(idx)
    matrix.apply_edits([(row, idx.column(), 1)])

    def fill(d):
        d.schedule.setText("Forår 2027")
        d.price.setText("5.000")

    drive(monkeypatch, ActivityDialog, fill)
    new_id = matrix.offer_activity(index=idx)
    a = next(x for x in matrix.ctx.repo.plan.activities() if x.id == new_id)
    assert a.year is None
    assert activity_year(a) == 2027
