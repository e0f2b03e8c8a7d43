"""The template's *Medarb./Team 1, 2*: the spind compares two teams, or an
employee with a team, on screen (and in the PNG)."""
from __future__ import annotations

from kompetence_desktop.reports.charts import radar_values
from kompetence_desktop.ui.pages.spind import SpindPage

from .helpers import page_for


def _choose(box, data):
    i = next(j for j in range(box.count()) if tuple(box.itemData(j) or ()) == tuple(data))
    box.setCurrentIndex(i)


def test_two_teams_side_by_side(ctx, qtbot):
    p = page_for(SpindPage, ctx, qtbot)
    t1, t2 = ctx.repo.staff.teams()[:2]
    assert p.compare.itemText(0) == "Ingen sammenligning"
    _choose(p.who, ("team", t1.id))
    _choose(p.compare, ("team", t2.id))
    labels, series, title = p.chart_data()
    assert [s.kind for s in series] == ["expected", "current", "other"]
    assert t2.name in series[2].label and t1.name in title and t2.name in title
    today = p._data["today"]
    ids = [e.id for e in ctx.repo.staff.employees() if e.team_id == t2.id and e.is_active(today)]
    assert list(series[2].values) == list(radar_values(ctx.repo.matrix.competences(), ids, p._data["current"], False, "mean"))


def test_an_employee_against_a_team(ctx, qtbot):
    p = page_for(SpindPage, ctx, qtbot)
    team = ctx.repo.staff.teams()[0]
    emp = next(e for e in ctx.repo.staff.employees() if e.team_id == team.id)
    _choose(p.who, ("employee", emp.id))
    _choose(p.compare, ("team", team.id))
    _labels, series, title = p.chart_data()
    assert series[-1].kind == "other" and team.name in series[-1].label
    assert emp.name in title
    # no comparison: as before
    p.compare.setCurrentIndex(0)
    assert [s.kind for s in p.chart_data()[1]] == ["expected", "current"]
