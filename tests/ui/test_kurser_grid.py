"""Obligatoriske kurser: the legend's wording and headers that fit, one completion
stored once, inserting defaults with nothing new pushes no undo step."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kompetence_desktop.ui.dialogs.completion_dialog import CompletionDialog
from kompetence_desktop.ui.pages.kurser import KurserPage

from .helpers import catch_messages, drive, page_for, rendered


# --- Kurser ----------------------------------------------------------------------------------------------

def test_kurser_legend_wording_and_headers_fit(ctx, qtbot):
    p = page_for(KurserPage, ctx, qtbot)
    assert "Snart (inden for 60 dage)" in rendered(p.legend.text())
    for c in range(1, p.grid.columnCount()):
        head = p.grid.headerData(c, Qt.Horizontal)
        assert all(len(line) <= 22 for line in head.split("\n")), head
    assert p.grid.headerData(p.grid.columnCount() - 1, Qt.Horizontal, Qt.ToolTipRole).startswith(
        p.grid.course_at(p.grid.columnCount() - 1).name)


def test_same_completion_twice_is_not_duplicated(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)
    shown = catch_messages(monkeypatch)
    ct = p.grid.course_at(1)
    e1, e2 = p.grid.employees[0], p.grid.employees[1]

    def fill(ids):
        def f(d):
            d.course.setCurrentIndex(d.course.findData(ct.id))
            d.day.setText("20.11.2026")
            d._check(lambda e: e.id in ids)
        return f

    drive(monkeypatch, CompletionDialog, fill({e1.id}))
    p.record_completion()
    n = len(ctx.repo.plan.completions())
    drive(monkeypatch, CompletionDialog, fill({e1.id, e2.id}))
    p.record_completion()
    rows = [c for c in ctx.repo.plan.completions()
            if c.course_type_id == ct.id and c.completed_on == dt.date(2026, 11, 20)]
    assert sorted(c.employee_id for c in rows) == sorted([e1.id, e2.id])
    assert len(ctx.repo.plan.completions()) == n + 1
    assert e1.name in shown[-1][2] and "sprunget over" in shown[-1][2]
    drive(monkeypatch, CompletionDialog, fill({e1.id}))
    steps = ctx.undo_stack.count()
    p.record_completion()
    assert ctx.undo_stack.count() == steps  # nothing new: no undo step
    assert shown[-1][2].startswith("Intet nyt at registrere.")


def test_insert_defaults_without_anything_new_pushes_no_undo_step(ctx, qtbot, monkeypatch):
    p = page_for(KurserPage, ctx, qtbot)
    shown = catch_messages(monkeypatch)
    from kompetence_desktop.domain.model import BASIS_1

    ctx.repo.plan.add_default_course_types(BASIS_1)
    p.insert_defaults()
    assert ctx.undo_stack.count() == 0
    assert "intet at indsætte" in shown[0][2]
