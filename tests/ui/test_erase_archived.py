"""The erase dialog asks what happens to archived leader's editions of the plan that show
the employee: delete them (the default — the name then leaves the file) or keep them as
documents of record (they still show the name, and the dialog says so)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from kompetence_desktop import texts
from kompetence_desktop.ui.dialogs.erase_dialog import EraseDialog, done_message
from kompetence_desktop.operations import AddRecord


NAME = "Åse Ørnbøl-Ægidius"


def _former_with_archived_plan(repo):
    from kompetence_desktop.domain.plan_summary import summarise

    with repo.file.atomic() as c:  # not the demo's own version 1 (it is from while she worked there too)
        c.execute("DELETE FROM plan_versions")
    eid = AddRecord("employee", {"name": NAME,
                                 "initials": "ÅØÆ",
                                 "start_date": dt.date(2020, 3, 1),
                                 "end_date": dt.date(2026, 5, 31)}).do(repo).created
    summary = summarise(repo.snapshot())
    summary["staff"][str(eid)] = {"name": NAME, "initials": "ÅØÆ"}  # a plan from while she worked there
    leader = repo.plan.add_plan_version(dt.date(2025, 12, 1), f"%PDF-leder {NAME}".encode(), summary, variant="leder")
    return eid, leader


def _lines(dlg):
    return [dlg.what.item(i).text() for i in range(dlg.what.count())]


def _leader_versions(repo):
    return {v["version"] for v in repo.plan.plan_versions() if v["variant"] == "leder"}


def test_archived_plans_are_deleted_by_default_and_the_name_leaves_the_file(qtbot, ctx):
    eid, leader = _former_with_archived_plan(ctx.repo)
    dlg = EraseDialog(ctx, None, eid)
    qtbot.addWidget(dlg)
    assert dlg.archived_box.isVisibleTo(dlg)
    assert "Arkiverede planer" in dlg.archived_heading.text()
    assert dlg.archived_buttons["delete"].isChecked() and not dlg.archived_buttons["keep"].isChecked()
    assert dlg.archived_buttons["delete"].text() == "Slet den (anbefalet)"  # one plan: "den", not "dem"
    assert dlg.archived_buttons["keep"].text() == "Behold den som dokumentation"
    assert any("slettes" in ln and "arkiveret plan" in ln for ln in _lines(dlg))
    dlg.resize(640, 640)
    dlg.grab().save("/tmp/erase_dialog_archived.png")
    dlg.confirm.setChecked(True)
    qtbot.mouseClick(dlg.go, Qt.MouseButton.LeftButton)
    assert dlg.result_ is not None and dlg.result_.plan.archived == "delete"
    assert leader not in _leader_versions(ctx.repo)
    assert NAME.encode() not in ctx.file.path.read_bytes()
    assert done_message(dlg.result_).endswith("Navnet findes ikke længere i filen.")


def test_keeping_archived_plans_is_a_clear_choice_and_is_what_gets_stored(qtbot, ctx):
    eid, leader = _former_with_archived_plan(ctx.repo)
    dlg = EraseDialog(ctx, None, eid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.confirm.setChecked(True)
    keep = dlg.archived_buttons["keep"]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton, pos=QPoint(10, keep.height() // 2))  # on the label
    assert dlg.archived() == "keep"
    assert not dlg.confirm.isChecked()  # a changed choice must be confirmed again
    lines = _lines(dlg)
    assert any("bevares som dokumentation" in ln for ln in lines)
    # what stays is listed under its own heading, never under "Dette fjernes"
    kept_at = lines.index("Dette beholdes:")
    assert all(i > kept_at for i, ln in enumerate(lines) if "bevares" in ln or "hedder herefter" in ln)
    assert all(i < kept_at for i, ln in enumerate(lines) if ln.endswith(("fjernes:", "slettes:")))
    dlg.confirm.setChecked(True)
    qtbot.mouseClick(dlg.go, Qt.MouseButton.LeftButton)
    assert dlg.result_.plan.archived == "keep"
    assert leader in _leader_versions(ctx.repo)
    assert NAME not in [e.name for e in ctx.repo.staff.employees()]
    msg = done_message(dlg.result_)
    assert "stadig i den arkiverede plan" in msg and "findes ikke længere" not in msg


def test_no_archived_choice_when_no_archived_plan_shows_the_employee(qtbot, ctx):
    eid = AddRecord("employee", {"name": NAME,
                                 "initials": "ÅØÆ",
                                 "start_date": dt.date(2026, 6, 1),
                                 "end_date": dt.date(2026, 6, 30)}).do(ctx.repo).created
    dlg = EraseDialog(ctx, None, eid)
    qtbot.addWidget(dlg)
    assert dlg.plan is not None and dlg.plan.archived_plans == 0
    assert not dlg.archived_box.isVisibleTo(dlg)


def test_archived_choice_and_old_backups_are_worded_for_their_count():
    assert texts.erase_archived_choice("delete", 1) == (
        "Slet den (anbefalet)",
        "Sletningen bliver fuldstændig: navnet findes derefter ingen steder i filen. "
        "Arkiverede MED-udgaver viser ingen navne og bevares.")
    label, explanation = texts.erase_archived_choice("keep", 2)
    assert label == "Behold dem som dokumentation" and "i de arkiverede planer i filen" in explanation
    one = texts.ERASE_OLD_BACKUPS.format(backups="1 ældre sikkerhedskopi", dem="den")
    assert one == "1 ældre sikkerhedskopi indeholder stadig de gamle oplysninger. Vil du slette den?"
