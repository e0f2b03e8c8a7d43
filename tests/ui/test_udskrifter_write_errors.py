"""The Udskrifter page says why a document can't be written, in Danish, about the
chosen path (the same sentences as the CLI: reports/output.py)."""
from __future__ import annotations

import errno

import pytest

from kompetence_desktop.reports import output

from .helpers import record_warnings, save_as


@pytest.fixture
def page(qtbot, demo_file, monkeypatch):
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    p = UdskrifterPage(AppContext(demo_file))
    p.open_after = False
    qtbot.addWidget(p)
    p.shown = []
    record_warnings(monkeypatch, p.shown)
    return p


def test_a_missing_folder_is_refused_before_rendering(page, tmp_path, monkeypatch):
    target = tmp_path / "væk" / "plan.pdf"
    save_as(monkeypatch, target)
    page.doc.setCurrentIndex(page.doc.findData("plan"))
    page.export()
    assert page.busy_count == 0
    assert page.shown == [f"Mappen {target.parent} findes ikke. Intet er skrevet – vælg en mappe, der findes."]


def test_a_failing_write_is_one_danish_sentence(page, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "matrix.xlsx"

    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "replace", no_space)
    save_as(monkeypatch, target)
    page.doc.setCurrentIndex(page.doc.findData("matrix"))
    page.export()
    qtbot.waitUntil(lambda: page.busy_count == 0, timeout=15000)
    assert page.shown == [f"Der er ikke plads på drevet til {target}. Intet er skrevet."]
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".xlsx" for p in tmp_path.iterdir())
