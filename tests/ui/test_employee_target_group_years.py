"""The employee dialog records the years with the target group before employment: empty is
*not recorded*, a whole number 0–60 is stored, anything else is refused in Danish."""
from __future__ import annotations

import pytest


def test_dialog_years_with_the_target_group(demo_repo, qtbot):
    from kompetence_desktop import texts
    from kompetence_desktop.ui.dialogs.employee_dialog import EmployeeDialog

    e = next(x for x in demo_repo.staff.employees() if x.target_group_years_before is None)
    dlg = EmployeeDialog(demo_repo, e)
    qtbot.addWidget(dlg)
    assert dlg.target_group.text() == "" and dlg.values()["target_group_years_before"] is None
    dlg.target_group.setText("7")
    assert dlg.values()["target_group_years_before"] == 7
    demo_repo.rows.update("employees", e.id, {"target_group_years_before": 7})
    again = EmployeeDialog(demo_repo, demo_repo.staff.employee(e.id))
    qtbot.addWidget(again)
    assert again.target_group.text() == "7"
    for bad in ("61", "x", "-1", "2,5"):
        dlg.target_group.setText(bad)
        with pytest.raises(ValueError) as info:
            dlg.values()
        assert str(info.value) == texts.DOMAIN_ERRORS["target_group_years"]
