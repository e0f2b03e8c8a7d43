"""A damaged file, however it is opened — at the start, *Åbn…*, *Seneste filer*
or dropped on the window — meets the one Danish message and the offer of its
newest backup, never a crash: whether the first page trips over a row it can't
read, or the whole check after the first paint finds index damage. The file
is never written to."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kompetence_desktop.storage import backup
from kompetence_desktop.ui.main_window import MainWindow
from kompetence_desktop.ui.settings import Settings

from ..storage.safety_helpers import sha


def _unreadable_name(p):
    """A name that is not UTF-8: every page that lists the staff fails to read it."""
    c = sqlite3.connect(p)
    c.execute("UPDATE employees SET name = CAST(x'416e6e65ff48616e73656e' AS TEXT) "
              "WHERE id = (SELECT min(id) FROM employees WHERE end_date IS NULL)")
    c.commit()
    c.close()


def _index_damage(p):
    c = sqlite3.connect(p)
    c.execute("PRAGMA writable_schema = ON")
    c.execute("UPDATE sqlite_master SET sql = replace(sql, 'source, assessed_on', 'assessed_on, source') "
              "WHERE name = 'assessments_cell'")
    c.commit()
    c.close()


def _start(w, p):
    return w.open_path(p)  # what kompetence-desktop FILE (and the last file) does


def _open_dialog(w, p, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(p), "")))
    w.open_dialog()


def _recent(w, p, monkeypatch):
    w.settings.remember_file(p)
    w._fill_recent()
    action = next(a for a in w.recent_menu.actions() if a.text() == str(p))
    action.trigger()


def _drop(w, p, monkeypatch):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p))])
    ev = QDropEvent(QPoint(300, 300).toPointF(), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.dropEvent(ev)


WAYS = {"start": lambda w, p, mp: _start(w, p), "open_dialog": _open_dialog, "recent": _recent, "drop": _drop}


@pytest.mark.parametrize("damage", [_unreadable_name, _index_damage], ids=["row_not_utf8", "index"])
@pytest.mark.parametrize("way", sorted(WAYS))
def test_damage_is_told_with_the_offer_of_the_newest_backup(qtbot, demo_path, monkeypatch, way, damage):
    b = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 22, 8, 30))
    damage(demo_path)
    before = sha(demo_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.windowTitle(), box.text(), box.informativeText())) or 0)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: shown.append(
        (title, text, "")) or QMessageBox.StandardButton.Ok))
    w = MainWindow(settings=Settings(), auto_backup=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    WAYS[way](w, demo_path, monkeypatch)
    qtbot.waitUntil(lambda: w.ctx is None and bool(shown), timeout=10_000)
    title, text, offer = shown[0]
    assert "beskadiget" in text and str(demo_path) in text
    assert "22.11.2026" in offer and "gendanne" in offer  # the newest backup, offered as a new file
    assert len(shown) == 1
    assert sha(demo_path) == before
    assert backup.list_backups(demo_path)[0].path == b


def test_the_offer_skips_a_damaged_backup_and_the_restore_dialog_names_the_next(qtbot, demo_path, monkeypatch):
    from kompetence_desktop.ui.dialogs import restore_dialog

    good = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 20, 9, 0))
    bad = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 22, 9, 0))
    _index_damage(bad)
    _index_damage(demo_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    w = MainWindow(settings=Settings(), auto_backup=False)
    qtbot.addWidget(w)
    assert restore_dialog.offer_newest_backup(w, demo_path) is False
    assert shown and "20.11.2026" in shown[0]  # the whole one, not the damaged newer one
    # chosen in the restore dialog anyway, the damaged one is refused and the next one named
    new = demo_path.with_name("ny.kompetence")
    monkeypatch.setattr(restore_dialog, "ask_new_path", lambda *a, **k: new)
    item = next(b for b in backup.list_backups(demo_path) if b.path == bad)
    assert restore_dialog.restore_to_new_file(w, item, demo_path) is None
    assert warned and "beskadiget" in warned[0] and "20.11.2026" in warned[0]
    assert not new.exists()
    assert good.exists()


@pytest.mark.parametrize("damage", [_unreadable_name, _index_damage], ids=["row_not_utf8", "index"])
def test_the_program_started_on_a_damaged_file_exits_2_in_danish(tmp_path, demo_path, damage):
    import os
    import subprocess
    import sys

    damage(demo_path)
    before = sha(demo_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--smoke", str(demo_path)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 2
    assert "beskadiget" in r.stderr and "Traceback" not in r.stderr and "Error" not in r.stderr
    assert sha(demo_path) == before
