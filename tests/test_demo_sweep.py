"""Demo folders a killed program left in the temporary folder are swept by a later
start: only when a day old, not open in a running program, and holding nothing
but what the demo wrote (operations.files.sweep_demo_copies)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompetence_desktop.operations import files as app
from kompetence_desktop.storage import locking

DAY = 24 * 3600
ROOT = Path(__file__).resolve().parents[1]


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _age(folder: Path, seconds: float) -> None:
    """Make ``folder`` and everything in it look untouched for ``seconds``."""
    t = time.time() - seconds
    for p in folder.iterdir():
        os.utime(p, (t, t))
    os.utime(folder, (t, t))


def _left_behind(root: Path, name: str, *, lock: dict | None = None, extra=(), age: float = 2 * DAY) -> Path:
    """A demo folder as a killed program leaves it: the file, SQLite's -wal and -shm,
    maybe a lock file; ``extra``: further file names in it."""
    d = root / (app.DEMO_DIR_PREFIX + name)
    d.mkdir()
    f = d / app.DEMO_FILE_NAME
    f.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(f) + suffix).write_bytes(b"x")
    if lock is not None:
        locking.lock_path(f).write_text(json.dumps(lock), "utf-8")
    for n in extra:
        (d / n).write_bytes(b"the leader's own")
    _age(d, age)
    return d


def _dead_lock() -> dict:
    return {"host": locking.hostname(), "pid": _dead_pid(), "user": "x", "since": time.time() - 2 * DAY,
            "token": "feedface"}


def test_old_folders_left_by_killed_programs_are_swept(tmp_path):
    plain = _left_behind(tmp_path, "plain")
    locked = _left_behind(tmp_path, "deadlock", lock=_dead_lock())
    gone = app.sweep_demo_copies(tmp_path)
    assert sorted(gone) == sorted([plain, locked])
    assert not plain.exists() and not locked.exists()


def test_a_recent_folder_is_kept(tmp_path):
    d = _left_behind(tmp_path, "recent", age=3600)
    assert app.sweep_demo_copies(tmp_path) == []
    assert (d / app.DEMO_FILE_NAME).exists()


def test_a_file_the_leader_saved_there_keeps_the_whole_folder(tmp_path):
    d = _left_behind(tmp_path, "saved", lock=_dead_lock(), extra=["Min kopi.kompetence"])
    before = sorted(p.name for p in d.iterdir())
    assert app.sweep_demo_copies(tmp_path) == []
    assert sorted(p.name for p in d.iterdir()) == before
    assert (d / "Min kopi.kompetence").read_bytes() == b"the leader's own"


def test_a_folder_open_in_a_running_program_is_kept(tmp_path):
    d = _left_behind(tmp_path, "live")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from kompetence_desktop.storage import locking; "
         "h = locking.acquire(sys.argv[1]); print('held' if h else 'no', flush=True); sys.stdin.read()",
         str(d / app.DEMO_FILE_NAME)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        _age(d, 2 * DAY)  # as if its heartbeat had not touched the lock for a day: the flock still says alive
        assert app._sweepable_demo_folder(d, time.time() - DAY) is not None  # only the lock keeps it
        assert app.sweep_demo_copies(tmp_path) == []
        assert (d / app.DEMO_FILE_NAME).exists() and locking.lock_path(d / app.DEMO_FILE_NAME).exists()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_our_own_open_demo_copy_is_kept(tmp_path):
    d = _left_behind(tmp_path, "ours", age=0)
    h = locking.acquire(d / app.DEMO_FILE_NAME)
    try:
        _age(d, 2 * DAY)
        assert app._sweepable_demo_folder(d, time.time() - DAY) is not None  # only the lock keeps it
        assert app.sweep_demo_copies(tmp_path) == []
        assert (d / app.DEMO_FILE_NAME).exists()
    finally:
        h.release()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symlinks")
def test_only_real_folders_with_the_prefix_are_touched(tmp_path):
    other = tmp_path / "kompetence-andet"
    other.mkdir()
    (other / app.DEMO_FILE_NAME).write_bytes(b"x")
    _age(other, 2 * DAY)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = _left_behind(elsewhere, "t")
    link = tmp_path / (app.DEMO_DIR_PREFIX + "link")
    link.symlink_to(target, target_is_directory=True)
    t = time.time() - 2 * DAY
    os.utime(link, (t, t), follow_symlinks=False)
    assert app.sweep_demo_copies(tmp_path) == []
    assert (other / app.DEMO_FILE_NAME).exists() and (target / app.DEMO_FILE_NAME).exists()


def test_a_missing_temp_folder_is_no_error(tmp_path):
    assert app.sweep_demo_copies(tmp_path / "findes-ikke") == []
