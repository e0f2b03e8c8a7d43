"""Medarbejdere: *Slet eller anonymisér…* only for former staff, opening the
erase dialog for the selected employee."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kompetence_desktop.domain import dates
from kompetence_desktop.ui.models.employee_model import STATUS_ALL, EmployeeTableModel


def _staff(window):
    page = window.show_page("medarbejdere")
    page.set_status_filter(STATUS_ALL)
    return page


def _former_and_active(window):
    emps = window.ctx.repo.staff.employees()
    today = dates.today()
    former = next(e for e in emps if e.end_date is not None and e.end_date <= today)
    active = next(e for e in emps if e.is_active(today))
    return former, active


def _row_rect(page, eid):
    for r in range(page.proxy.rowCount()):
        idx = page.proxy.index(r, 0)
        if page.proxy.data(idx, EmployeeTableModel.EmployeeIdRole) == eid:
            page.view.scrollTo(idx)
            return page.view.visualRect(idx)
    raise AssertionError(eid)


def test_erase_disabled_for_active_staff_enabled_for_former(window, qtbot, monkeypatch):
    page = _staff(window)
    former, active = _former_and_active(window)
    assert not page.erase_button.isEnabled()  # nothing selected
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(page, active.id).center())
    assert page.selected_id() == active.id
    assert page.edit_button.isEnabled() and not page.erase_button.isEnabled()
    assert page.erase_employee() is False
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(page, former.id).center())
    assert page.selected_id() == former.id
    assert page.erase_button.isEnabled()
    assert page.erase_button.text() == "Slet eller anonymisér…"

    calls = []
    from kompetence_desktop.ui.dialogs import erase_dialog

    monkeypatch.setattr(erase_dialog, "run_erase", lambda win, eid=None: calls.append((win, eid)))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert calls == [(window, former.id)]


def test_context_menu_offers_erase_only_for_former(window, qtbot):
    page = _staff(window)
    former, active = _former_and_active(window)
    for emp, enabled in ((active, False), (former, True)):
        page._context_menu(_row_rect(page, emp.id).center())
        menu = page._last_menu
        act = next(a for a in menu.actions() if a.text() == "Slet eller anonymisér…")
        assert act.isEnabled() is enabled
        menu.close()


def test_erase_dialog_opens_on_the_chosen_employee(window, qtbot):
    from kompetence_desktop.ui.dialogs.erase_dialog import EraseDialog

    former, _active = _former_and_active(window)
    dlg = EraseDialog(window.ctx, window, former.id)
    qtbot.addWidget(dlg)
    assert dlg.employee.currentData() == former.id


def test_readonly_file_never_enables_erase(window, qtbot):
    window.ctx.file.readonly, window.ctx.file.readonly_reason = True, "locked"
    page = _staff(window)
    former, _active = _former_and_active(window)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(page, former.id).center())
    assert not page.erase_button.isEnabled()
