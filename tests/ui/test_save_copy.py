"""*Gem kopi som* never writes over a file in use."""
from __future__ import annotations


import json
import time

from PySide6.QtCore import Qt

from .helpers import save_as
from .helpers import shown


# --- Gem kopi som: never over a file in use ----------------------------------------------

def _save_copy_to(window, monkeypatch, dest):
    save_as(monkeypatch, dest)
    return window.save_copy_as()


def test_copy_refuses_a_file_another_computer_has_open(window, empty_path, monkeypatch, warnings):
    from kompetence_desktop.storage import locking

    lock = locking.lock_path(empty_path)
    lock.write_text(json.dumps({"host": "kontor-pc", "pid": 4242, "user": "bo",
                                "since": time.time(), "token": "abc"}), "utf-8")
    before = empty_path.read_bytes()
    assert _save_copy_to(window, monkeypatch, empty_path) is False
    assert len(warnings) == 1
    assert "Kopien er ikke gemt" in warnings[0] and "bo på kontor-pc" in warnings[0]
    assert empty_path.read_bytes() == before
    assert json.loads(lock.read_text("utf-8"))["token"] == "abc"  # their lock untouched


def test_copy_refuses_a_file_open_in_this_program(window, empty_path, monkeypatch, warnings):
    from kompetence_desktop.storage.tilbudfile import open_file

    other = open_file(empty_path)  # held by this process, like a second window
    try:
        before = empty_path.read_bytes()
        assert _save_copy_to(window, monkeypatch, empty_path) is False
        assert warnings and "åben her" in warnings[0]
        assert empty_path.read_bytes() == before
    finally:
        other.close()


def test_copy_to_a_free_name_writes_a_whole_copy_and_leaves_no_lock(window, tmp_path, monkeypatch, warnings):
    from kompetence_desktop.storage import locking
    from kompetence_desktop.storage.tilbudfile import open_file

    dest = tmp_path / "kopi.kompetence"
    assert _save_copy_to(window, monkeypatch, dest) is True
    assert not warnings
    assert locking.read_owner(dest) is None
    f = open_file(dest, readonly=True)
    try:
        assert f.conn.execute("SELECT COUNT(*) FROM employees").fetchone()[0] > 0
    finally:
        f.close()


