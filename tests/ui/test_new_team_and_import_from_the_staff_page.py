"""A new file: the first employee can be placed in a team made from the
employee dialog itself (*Nyt team…*), and the staff import is a button on the
Medarbejdere page, not only in the File menu."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kompetence_desktop.ui.dialogs.employee_dialog import EmployeeDialog
from kompetence_desktop.ui.pages.medarbejdere import MedarbejderePage

from .helpers import drive, page_for


def test_a_team_made_in_the_employee_dialog_is_the_new_employees_team(ctx, qtbot, monkeypatch):
    p = page_for(MedarbejderePage, ctx, qtbot)
    teams_before = {t.id for t in ctx.repo.staff.teams()}

    def fill(d: EmployeeDialog):
        assert d.team_new_button.text() == "Nyt team…"
        assert d.new_team("Nattevagten") is not None
        assert d.team.currentText() == "Nattevagten"
        d.name.setText("Sofie Holm")
        d.initials.setText("SHO")

    drive(monkeypatch, EmployeeDialog, fill)
    eid = p.add_employee()
    new_teams = [t for t in ctx.repo.staff.teams() if t.id not in teams_before]
    assert [t.name for t in new_teams] == ["Nattevagten"]
    assert ctx.repo.staff.employee(eid).team_id == new_teams[0].id


def test_a_team_name_taken_is_refused_in_the_dialog(ctx, qtbot, monkeypatch):
    p = page_for(MedarbejderePage, ctx, qtbot)
    taken = ctx.repo.staff.teams()[0].name
    n = len(ctx.repo.staff.teams())
    seen = {}

    def fill(d: EmployeeDialog):
        seen["id"] = d.new_team(taken.upper())
        seen["error"] = d.error.text()
        d.name.setText("Sofie Holm")
        d.initials.setText("SHO")

    drive(monkeypatch, EmployeeDialog, fill)
    p.add_employee()
    assert seen["id"] is None and taken.upper() in seen["error"]
    assert len(ctx.repo.staff.teams()) == n


def test_import_button_on_the_staff_page_opens_the_import(window, qtbot, monkeypatch):
    from kompetence_desktop.ui.dialogs import import_dialog

    opened = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec",
                        lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    page = window.show_page("medarbejdere")
    assert page.import_button.text() == "Importér medarbejdere…"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
