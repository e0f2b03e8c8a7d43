"""The plan pages and their models on odd data: 29 February with an activity
without a start date, rows with missing or strange values."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kompetence_desktop.domain import dates
from kompetence_desktop.ui.models.activities import ActivitiesModel
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage
from kompetence_desktop.operations import AddRecord

from .helpers import page_for


# --- 29 February with an activity without a start date ---------------------------------------

def test_leap_day_with_undated_activity_does_not_crash(ctx, qtbot):
    AddRecord("activity", {"title": "Uden startdato"}).do(ctx.repo)
    dates.set_today(dt.date(2028, 2, 29))
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    titles = [p.proxy.index(r, ActivitiesModel.COL_TITLE).data() for r in range(p.proxy.rowCount())]
    assert titles[-1] == "Uden startdato"  # no date sorts last
    p.view.sortByColumn(ActivitiesModel.COL_FOLLOWUP, Qt.AscendingOrder)
    p.view.sortByColumn(ActivitiesModel.COL_STATUS, Qt.DescendingOrder)
    assert p.proxy.rowCount() == len(titles)


def test_models_never_raise_on_odd_rows(ctx, qtbot):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    a = p.model.rows[0]
    odd = a.__class__(**{**a.__dict__, "status": "ukendt"})  # a status the program doesn't know
    p.model.set_data([odd] + p.model.rows[1:], ctx.repo.staff.employees(), ctx.repo.matrix.competences())
    for c in range(p.model.columnCount()):
        for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.BackgroundRole, p.model.SortRole):
            p.model.index(0, c).data(role)  # no exception
    p.view.sortByColumn(ActivitiesModel.COL_STATUS, Qt.AscendingOrder)
