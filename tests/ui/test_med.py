"""MED og supervision: MED discussions and supervision sessions through the widgets."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.ui.dialogs.med_dialog import MedDialog, SupervisionDialog
from kompetence_desktop.ui.pages.med import MedPage

from .helpers import answer_yes, drive


def test_med_and_supervision(ctx, qtbot, monkeypatch, qtmodeltester):
    p = MedPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtmodeltester.check(p.med)
    qtmodeltester.check(p.sup)
    assert "næste gang senest 23.01.2027" in p.status.text()

    def fill(d):
        d.day.setText("20.11.2026")
        d.fields["evaluation"].setPlainText("Planen godkendt; fokus på medicin, søvn og sårbarhed")

    drive(monkeypatch, MedDialog, fill)
    p.add_med()
    med = ctx.repo.records.med_discussions()
    new = next(m for m in med if m.held_on == dt.date(2026, 11, 20))
    assert new.evaluation.endswith("sårbarhed")
    assert "20.11.2027" in p.status.text()
    p.med_view.selectRow(0)
    drive(monkeypatch, MedDialog, lambda d: d.fields["evaluation"].setPlainText("Ændret"))
    p.edit_med()
    assert next(m for m in ctx.repo.records.med_discussions() if m.id == new.id).evaluation == "Ændret"
    answer_yes(monkeypatch)
    p.med_view.selectRow(0)
    p.delete_med()
    assert all(m.id != new.id for m in ctx.repo.records.med_discussions())

    def fill_sup(d):
        d.audience.setCurrentIndex(d.audience.findData("ledelse"))
        d.fields["provider"].setText("Sparring ApS (fiktiv)")
        d.day.setText("2/11/2026")

    drive(monkeypatch, SupervisionDialog, fill_sup)
    p.add_sup()
    s = next(x for x in ctx.repo.records.supervision() if x.provider == "Sparring ApS (fiktiv)")
    assert s.audience == "ledelse" and s.held_on == dt.date(2026, 11, 2)
    p.sup_view.selectRow(p.sup.row_of_id(s.id))
    drive(monkeypatch, SupervisionDialog, lambda d: d.fields["note"].setPlainText("Efter episode"))
    p.edit_sup()
    assert next(x for x in ctx.repo.records.supervision() if x.id == s.id).note == "Efter episode"
    p.sup_view.selectRow(p.sup.row_of_id(s.id))
    p.delete_sup()
    assert all(x.id != s.id for x in ctx.repo.records.supervision())
    ctx.undo_stack.undo()
    assert any(x.id == s.id for x in ctx.repo.records.supervision())
