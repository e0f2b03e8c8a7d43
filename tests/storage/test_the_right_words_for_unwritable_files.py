"""A file that can be read but not written is told as such, with the reason:
write-protected, marked unchangeable (``chattr +i``), on a drive mounted
read-only, a folder where the lock file goes — never *kan ikke læses* nor
*åbnet et andet sted*. A takeover guard file that a killed program left
behind never makes an open fail.

Tests run as root here, where the system lets root write almost anything, so
the system's answer is faked at the one place the program asks it (as the
write-protection tests do)."""
from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage import locking, tilbudfile
from kompetence_desktop.storage.tilbudfile import open_file

from .safety_helpers import sha


def _read_only_file(monkeypatch, path):
    real = os.access
    monkeypatch.setattr(tilbudfile.os, "access", lambda p, mode, *a, **k: False if (
        mode & os.W_OK and os.fspath(p) == os.fspath(path)) else real(p, mode, *a, **k))


def _refused_open(code):
    def make(monkeypatch, path):
        real = os.open

        def fake(p, flags, *a, **k):
            if os.fspath(p) == os.fspath(path) and flags & (os.O_RDWR | os.O_WRONLY):
                raise OSError(code, os.strerror(code), os.fspath(p))
            return real(p, flags, *a, **k)

        monkeypatch.setattr(tilbudfile.os, "open", fake)
    return make


def _read_only_mount(monkeypatch, path):
    real = os.statvfs

    class Flags:
        def __init__(self, st):
            self._st = st
            self.f_flag = st.f_flag | os.ST_RDONLY

        def __getattr__(self, name):
            return getattr(self._st, name)

    monkeypatch.setattr(tilbudfile.os, "statvfs", lambda p: Flags(real(p)) if os.fspath(p) == os.fspath(path)
                        else real(p))


def _lock_is_a_folder(monkeypatch, path):
    locking.lock_path(path).mkdir()


CASES = {
    "read_only_file": (_read_only_file, "skrivebeskyttet", "skriveadgang"),
    "immutable": (_refused_open(errno.EPERM), "låst mod ændringer", "uforanderlig"),
    "read_only_mount": (_read_only_mount, "drev, der kun kan læses", "drev, der kun kan læses"),
    "mounted_read_only_answer": (_refused_open(errno.EROFS), "drev, der kun kan læses", "drev, der kun kan læses"),
    "lock_path_is_a_folder": (_lock_is_a_folder, "mappe", "mappe"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_import_into_a_file_that_cannot_be_written_says_why(case, demo_path, tmp_path, monkeypatch, capsys):
    make, words, _banner = CASES[case]
    src = tmp_path / "personale.csv"
    src.write_text("Navn;Initialer\nNy Person;NP\n", encoding="utf-8")
    before = sha(demo_path)
    make(monkeypatch, demo_path)
    code = cli.main(["import-staff", str(demo_path), str(src)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert words in err[0] and str(demo_path) in err[0]
    assert "kan ikke læses" not in err[0] and "åbnet et andet sted" not in err[0]
    assert sha(demo_path) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_window_shows_why_the_file_is_read_only(case, demo_path, monkeypatch, qtbot):
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    make, _words, banner = CASES[case]
    make(monkeypatch, demo_path)
    w = MainWindow(settings=Settings(), auto_backup=False)
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    try:
        assert w.ctx.readonly
        text = w.banner.text()
        assert banner in text, text
        assert "åbnet et andet sted" not in text
    finally:
        w.close_file()


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


@pytest.mark.parametrize("guard_age", [120.0, 0.0], ids=["old_guard", "fresh_guard"])
def test_a_guard_file_left_by_a_killed_takeover_never_fails_the_first_open(empty_path, guard_age):
    lp = locking.lock_path(empty_path)
    lp.write_text(json.dumps({"host": socket.gethostname(), "pid": _dead_pid(), "user": "x",
                              "since": time.time() - 3600, "token": "gammel"}))
    guard = lp.with_name(lp.name + ".takeover")
    guard.write_bytes(b"")
    os.utime(guard, (time.time() - guard_age,) * 2)
    with open_file(empty_path) as f:
        assert not f.readonly, f.readonly_reason
    assert not guard.exists()
