"""A missing requirement, clicked on Udskrifter or Overblik, opens the Tilbud
page scrolled to its field with the cursor in it — *kontaktpersonordningen*
two screens down, and *videndeling*, which is a Tilbud field (not the
Uddannelsesplan)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from kompetence_desktop.domain import requirements
from kompetence_desktop.operations.plan import SetProfile
from kompetence_desktop.operations.records import UpdateRecord
from kompetence_desktop.ui import commands
from kompetence_desktop.ui.pages.udskrifter import ROLE_REQ


def _blank(window, key):
    commands.push(window.ctx, SetProfile(key, ""), "Ryd")
    QApplication.processEvents()


def _focused_and_visible(window, key) -> bool:
    page = window.page("tilbud")
    field = page.fields[key]
    fw = QApplication.focusWidget()
    if fw is None or not (fw is field or field.isAncestorOf(fw)):
        return False
    vp = page._scroll.viewport()
    top = field.mapTo(vp, QPoint(0, 0))
    return 0 <= top.y() and top.y() + 20 <= vp.height()


@pytest.mark.parametrize("key", ["kontaktpersonordning", "videndeling", "ansvar_dokumentation"])
def test_udskrifter_requirement_opens_the_field(window, qtbot, key):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.resize(1024, 600)
    _blank(window, key)
    if key == "videndeling":  # not described on every activity either
        a = next(x for x in window.ctx.repo.plan.activities() if x.status != "aflyst")
        commands.push(window.ctx, UpdateRecord("activity", a.id, {"knowledge_sharing": ""}), "Ryd")
    page = window.show_page("udskrifter")
    page.refresh()
    code = key
    item = next(page.req_list.item(i) for i in range(page.req_list.count())
                if getattr(page.req_list.item(i).data(ROLE_REQ), "code", None) == code)
    page._req_clicked(item)
    qtbot.waitUntil(lambda: window.current_page_key() == "tilbud", timeout=2000)
    qtbot.waitUntil(lambda: _focused_and_visible(window, key), timeout=2000)


def test_tilbud_requirements_name_their_field(demo_repo):
    reqs = {r.code: r for r in requirements.check(demo_repo.snapshot())}
    assert reqs["videndeling"].page == "tilbud" and reqs["videndeling"].payload == "videndeling"
    assert reqs["kontaktpersonordning"].payload == "kontaktpersonordning"
    assert reqs["vikarer_studerende"].payload in ("vikarer", "studerende")
