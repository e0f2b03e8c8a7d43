"""The Medarbejder page on a tilbud without employees disables adding."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage
from kompetence_desktop.operations import AddRecord

from .helpers import make_ctx, page_for


# --- no employees ----------------------------------------------------------------------------------------

def test_medarbejder_page_without_employees_disables_adding(empty_path, qtbot):
    c = make_ctx(empty_path)
    try:
        p = page_for(MedarbejderPage, c, qtbot)
        assert p.info.text() == "Der er ingen medarbejdere endnu."
        for b in (p.add_goal_btn, p.add_log_btn, p.add_mus_btn, p.self_btn):
            assert not b.isEnabled()
        AddRecord("employee", {"name": "Første",
                               "initials": "FØ",
                               "start_date": dt.date(2026, 1, 1)}).do(c.repo)
        c.notify("employees")
        assert p.add_mus_btn.isEnabled()
    finally:
        c.file.close()
