"""*Filer › Områdeoverblik…*: pick a folder, save the overview; the files are read
off the GUI thread, the unreadable ones are listed with why, and nothing in the
folder changes — not even the file open in this very window."""
from __future__ import annotations

import shutil

from PySide6.QtWidgets import QFileDialog

from ..reports.pdfutil import pdf_text
from ..storage.safety_helpers import sha


def test_the_file_menu_opens_the_area_overview(window, monkeypatch):
    from kompetence_desktop.ui.dialogs import oversigt_dialog

    assert "Områdeoverblik…" in [a.text() for a in window.file_menu.actions()]
    shown = []
    monkeypatch.setattr(oversigt_dialog.OversigtDialog, "exec", lambda self: shown.append(self.start_folder))
    window.oversigt_action.trigger()
    assert shown == [window.ctx.file.path.parent]


def test_the_dialog_makes_the_overview_and_lists_unreadable_files(qtbot, window, tmp_path_factory,
                                                                   monkeypatch):
    from kompetence_desktop.ui.dialogs.oversigt_dialog import OversigtDialog

    open_here = window.ctx.file.path  # open read-write, with its lock, in this window
    folder = open_here.parent
    shutil.copy(open_here, folder / "andet.kompetence")
    (folder / "ødelagt.kompetence").write_bytes(b"SQLite format 3\x00" + b"\x01" * 50)
    before = {p.name: sha(p) for p in folder.iterdir()}
    out = tmp_path_factory.mktemp("ud") / "Områdeoverblik.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))

    dlg = OversigtDialog(window, folder)
    dlg.open_after = False
    qtbot.addWidget(dlg)
    dlg.add_sources([folder])
    dlg.make_btn.click()
    qtbot.waitUntil(lambda: dlg.last_area is not None, timeout=30_000)
    assert dlg.last_output == out
    text = pdf_text(out.read_bytes())
    assert "Områdeoverblik" in text and "2 tilbud" in text
    status = dlg.status.text()
    assert "Gemte overblikket over 2 tilbud" in status
    assert "ødelagt.kompetence: filen er beskadiget" in status
    assert {p.name: sha(p) for p in folder.iterdir()} == before
    assert dlg.make_btn.isEnabled()
    dlg.grab().save(str(out.with_name("oversigt_dialog.png")))


def test_nothing_chosen_is_said_in_danish(qtbot):
    from kompetence_desktop.ui.dialogs.oversigt_dialog import NOTHING_CHOSEN, OversigtDialog

    dlg = OversigtDialog()
    qtbot.addWidget(dlg)
    dlg.make_btn.click()
    assert dlg.status.text() == NOTHING_CHOSEN
