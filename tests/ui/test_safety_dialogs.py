"""The data-safety dialogs: import preview, erase confirmation, restore list."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.storage import backup
from kompetence_desktop.operations import AddRecord

from .helpers import record_warnings, save_as


def test_import_dialog_previews_and_imports(qtbot, ctx, tmp_path):
    from kompetence_desktop.ui.dialogs.import_dialog import ImportDialog

    src = tmp_path / "personale.csv"
    src.write_bytes("Navn;Team;Ansat;Løn\r\nÅse Ørnbøl-Ægidius;Nyt team;01-08-2024;1\r\n".encode("cp1252"))
    topics = []
    ctx.changed.connect(topics.append)
    dlg = ImportDialog(ctx, None, src)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, dlg.COL_NAME).text() == "Åse Ørnbøl-Ægidius"
    assert "(foreslået)" in dlg.table.item(0, dlg.COL_INITIALS).text()
    assert dlg.table.item(0, dlg.COL_TEAM).text() == "Nyt team (nyt)"
    assert any("Løn" in dlg.messages.item(i).text() for i in range(dlg.messages.count()))
    assert dlg.import_button.isEnabled()
    dlg.resize(860, 420)
    dlg.grab().save("/tmp/import_dialog.png")
    dlg.import_button.click()
    assert "Åse Ørnbøl-Ægidius" in [e.name for e in ctx.repo.staff.employees()]
    assert "employees" in topics


def test_an_import_is_one_edit_on_the_undo_stack(qtbot, ctx, tmp_path):
    """Ctrl+Z after an import takes the imported staff and the teams it made away
    again; Ctrl+Y brings the very same rows back."""
    from kompetence_desktop.ui.dialogs.import_dialog import ImportDialog

    src = tmp_path / "personale.csv"
    src.write_bytes("Navn;Initialer;Team\r\nÅse Ørnbøl-Ægidius;ÅØÆ;Nattevagten\r\nBo D'Angelo;BDA;\r\n"
                    .encode("cp1252"))
    names_before = sorted(e.name for e in ctx.repo.staff.employees())
    teams_before = sorted(t.name for t in ctx.repo.staff.teams())
    dlg = ImportDialog(ctx, None, src)
    qtbot.addWidget(dlg)
    dlg.import_button.click()
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Importér 2 medarbejdere"
    after = {e.name: e for e in ctx.repo.staff.employees()}
    assert {"Åse Ørnbøl-Ægidius", "Bo D'Angelo"} <= set(after)
    ctx.undo_stack.undo()
    assert sorted(e.name for e in ctx.repo.staff.employees()) == names_before
    assert sorted(t.name for t in ctx.repo.staff.teams()) == teams_before
    ctx.undo_stack.redo()
    again = {e.name: e for e in ctx.repo.staff.employees()}
    assert again["Åse Ørnbøl-Ægidius"] == after["Åse Ørnbøl-Ægidius"]  # same id, team and fields
    assert "Nattevagten" in [t.name for t in ctx.repo.staff.teams()]


def test_import_dialog_with_a_bad_row_imports_nothing(qtbot, ctx, tmp_path):
    from kompetence_desktop.ui.dialogs.import_dialog import ImportDialog

    src = tmp_path / "personale.csv"
    src.write_bytes("Navn;Ansat\r\nAnne Ny;01-08-2024\r\n;01-08-2024\r\n".encode("cp1252"))
    n = len(ctx.repo.staff.employees())
    dlg = ImportDialog(ctx, None, src)
    qtbot.addWidget(dlg)
    assert not dlg.import_button.isEnabled()
    assert dlg.messages.item(0).text() == "Fejl: Linje 3: Navn mangler."
    assert "Intet er ændret" in dlg.summary.text()
    dlg.grab().save("/tmp/import_dialog_bad.png")
    assert len(ctx.repo.staff.employees()) == n


def test_erase_dialog_lists_what_goes_and_erases_after_confirmation(qtbot, ctx):
    from kompetence_desktop.ui.dialogs.erase_dialog import EraseDialog

    eid = AddRecord("employee", {"name": "Åse Ørnbøl-Ægidius",
                                 "initials": "ÅØÆ",
                                 "end_date": dt.date(2026, 5, 31)}).do(ctx.repo).created
    ctx.repo.rows.insert("mus", {"employee_id": eid, "held_on": dt.date(2025, 9, 1), "notes": "Fortroligt"})
    dlg = EraseDialog(ctx, None, eid)
    qtbot.addWidget(dlg)
    lines = [dlg.what.item(i).text() for i in range(dlg.what.count())]
    assert any("MUS" in ln and "1" in ln for ln in lines)
    assert any("Tidligere medarbejder" in ln for ln in lines)
    assert not dlg.go.isEnabled()  # not before the confirmation
    dlg.confirm.setChecked(True)
    assert dlg.go.isEnabled()
    dlg.resize(620, 520)
    dlg.grab().save("/tmp/erase_dialog.png")
    dlg.go.click()
    assert dlg.result_ is not None
    assert "Åse Ørnbøl-Ægidius".encode() not in ctx.file.path.read_bytes()


def test_restore_dialog_lists_by_date_and_restores_into_a_new_file(qtbot, ctx, tmp_path, monkeypatch):
    from kompetence_desktop.ui.dialogs import restore_dialog

    backup.backup_now(ctx.file, now=dt.datetime(2026, 11, 1, 8, 15))
    backup.backup_now(ctx.file, now=dt.datetime(2026, 11, 20, 9, 30))
    dlg = restore_dialog.RestoreDialog(ctx.file.path, None, ctx.file)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 2
    assert dlg.table.item(0, 0).text() == "20.11.2026 kl. 09:30"
    dlg.grab().save("/tmp/restore_dialog.png")
    target = tmp_path / "gendannet"
    save_as(monkeypatch, target, on=restore_dialog.QFileDialog)
    dlg.table.selectRow(1)
    dlg.restore_button.click()
    assert dlg.restored == tmp_path / "gendannet.kompetence" and dlg.restored.exists()
    # over the open file: refused with a message, nothing written
    warnings = []
    record_warnings(monkeypatch, warnings, on=restore_dialog.QMessageBox)
    save_as(monkeypatch, ctx.file.path, on=restore_dialog.QFileDialog)
    before = ctx.file.path.read_bytes()
    assert restore_dialog.restore_to_new_file(None, backup.newest_for(ctx.file.path), ctx.file.path) is None
    assert warnings and "findes allerede" in warnings[0]
    assert ctx.file.path.read_bytes() == before


# ------------------------------------------------------------------ main window wiring
@pytest.fixture
def empty_window(qtbot):
    """The main window with no file open."""
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    yield w
    w.close_file()


def test_file_menu_has_the_safety_entries(empty_window):
    texts_ = [a.text() for a in empty_window.file_menu.actions()]
    for t in ("Gendan fra sikkerhedskopi…", "Importér medarbejdere…", "Slet eller anonymisér fratrådt medarbejder…"):
        assert t in texts_
    assert texts_.index("Gendan fra sikkerhedskopi…") < texts_.index("Luk")


def test_opening_a_file_takes_the_daily_backup(qtbot, empty_window, demo_path):
    assert empty_window.open_path(demo_path, quiet=True)
    qtbot.waitUntil(lambda: backup.newest_for(demo_path) is not None, timeout=5000)
    n = len(backup.list_backups(demo_path))
    empty_window.close_file()
    assert empty_window.open_path(demo_path, quiet=True)
    qtbot.wait(1800)
    assert len(backup.list_backups(demo_path)) == n  # at most daily


def test_damaged_file_on_open_offers_the_newest_backup(qtbot, empty_window, demo_path, tmp_path, monkeypatch):
    from kompetence_desktop.ui.dialogs import restore_dialog

    backup.backup_now(demo_path)
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    damaged = demo_path.read_bytes()
    offered = []

    def fake_exec(box):
        offered.append((box.text(), box.informativeText()))
        box._chosen = box.buttons()[0]
        return 0

    monkeypatch.setattr(restore_dialog.QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(restore_dialog.QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text().startswith("Gendan")))
    target = tmp_path / "reddet.kompetence"
    save_as(monkeypatch, target, on=restore_dialog.QFileDialog)
    assert empty_window.open_path(demo_path) is True
    assert offered and "beskadiget" in offered[0][0] and "sikkerhedskopi" in offered[0][1]
    assert empty_window.ctx.file.path == target
    assert demo_path.read_bytes() == damaged  # the damaged file is never written to
