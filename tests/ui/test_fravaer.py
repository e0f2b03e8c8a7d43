"""Fravær og sårbarhed: a what-if scenario that stores nothing."""
from __future__ import annotations

from kompetence_desktop.ui.models.coverage import CoverageModel
from kompetence_desktop.ui.pages.fravaer import FravaerPage


def test_scenario_shows_what_drops_and_stores_nothing(ctx, qtbot, qtmodeltester):
    before = ctx.file.conn.execute("SELECT total_changes()").fetchone()[0]
    p = FravaerPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtmodeltester.check(p.model)
    nurse = next(e for e in ctx.repo.staff.employees() if e.initials == "BÆ")
    p.open_item(nurse.id)
    assert p.absent_ids() == [nurse.id]
    med = next(r for r in p.model.rows if r.competence.name == "Medicinhåndtering")
    assert med.now.vulnerability == "hoej" and med.scenario.vulnerability == "kritisk" and med.worse
    assert "Medicinhåndtering" in p.summary.text()
    p.only_changed.setChecked(True)
    assert p.proxy.rowCount() == 1
    assert p.proxy.index(0, CoverageModel.COL_VULN_SCENARIO).data() == "Kritisk ↓"
    p.set_absent([])
    assert p.proxy.rowCount() == 0
    assert ctx.file.conn.execute("SELECT total_changes()").fetchone()[0] == before


def test_ticking_a_name_recomputes_and_a_refresh_keeps_the_scenario(ctx, qtbot):
    from PySide6.QtCore import Qt

    from kompetence_desktop.ui.dialogs.fields import CheckList

    before = ctx.file.conn.execute("SELECT total_changes()").fetchone()[0]
    p = FravaerPage(ctx)
    qtbot.addWidget(p)
    assert isinstance(p.people, CheckList)
    nurse = next(e for e in ctx.repo.staff.employees() if e.initials == "BÆ")
    row = next(i for i in range(p.people.count()) if p.people.item(i).data(Qt.UserRole) == nurse.id)
    it = p.people.item(row)
    assert it.text() == f"{nurse.name} ({nurse.initials})"
    assert it.toolTip()  # the job title
    p.people.item(row).setCheckState(Qt.Checked)  # as the leader ticks it
    assert p.absent_ids() == [nurse.id] and "Medicinhåndtering" in p.summary.text()
    p.refresh()
    assert p.absent_ids() == [nurse.id] and "Medicinhåndtering" in p.summary.text()
    p.people.item(row).setCheckState(Qt.Unchecked)
    assert p.absent_ids() == [] and "Markér medarbejdere" in p.summary.text()
    assert ctx.file.conn.execute("SELECT total_changes()").fetchone()[0] == before
