"""One writer per file: second instance read-only, stale locks taken over,
CLI writes obey the lock."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from kompetence_desktop.storage import locking
from kompetence_desktop.storage.tilbudfile import ReadOnlyError, open_file

HOLD = """
import sys, time
from kompetence_desktop.storage import locking
h = locking.acquire(sys.argv[1])
print("held" if h else "refused", flush=True)
time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 60)
"""


def _holder(path, seconds=60):
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)],
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


def test_second_open_in_same_process_is_read_only(empty_path):
    with open_file(empty_path) as first:
        assert not first.readonly
        with open_file(empty_path) as second:
            assert second.readonly and second.readonly_reason == "locked"
    # released on close: the next open writes again
    with open_file(empty_path) as again:
        assert not again.readonly
    assert not locking.lock_path(empty_path).exists()


def test_second_instance_in_another_process_gets_read_only(empty_path):
    child = _holder(empty_path)
    try:
        with open_file(empty_path) as f:
            assert f.readonly and f.readonly_reason == "locked"
            with pytest.raises(ReadOnlyError):
                with f.atomic():
                    pass
        assert "denne computer" in locking.describe_owner(empty_path)
    finally:
        child.kill()
        child.wait()


def test_stale_lock_of_a_sigkilled_process_is_taken_over(empty_path):
    child = _holder(empty_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert locking.lock_path(empty_path).exists()  # left behind by the crash
    with open_file(empty_path) as f:
        assert not f.readonly


def test_pid_reuse_does_not_lock_out(empty_path):
    """A lock naming a live but unrelated process (our parent shell, say) with no flock is stale."""
    lp = locking.lock_path(empty_path)
    lp.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "token": "x"}))
    with open_file(empty_path) as f:
        assert not f.readonly


def test_garbled_lock_file_is_stale_only_after_a_minute(empty_path):
    lp = locking.lock_path(empty_path)
    lp.write_text("")
    with open_file(empty_path) as f:
        assert f.readonly  # could be another instance writing its lock right now
    old = time.time() - 120
    os.utime(lp, (old, old))
    with open_file(empty_path) as f:
        assert not f.readonly


def test_lock_from_another_machine(empty_path):
    lp = locking.lock_path(empty_path)
    lp.write_text(json.dumps({"host": "kontor-pc-7", "pid": 4242, "user": "leder", "since": time.time(),
                              "token": "abc"}))
    with open_file(empty_path) as f:
        assert f.readonly
    assert "kontor-pc-7" in locking.describe_owner(empty_path)
    old = time.time() - locking.FOREIGN_STALE_AFTER - 5  # that machine stopped touching it
    os.utime(lp, (old, old))
    with open_file(empty_path) as f:
        assert not f.readonly


def test_lost_lock_stops_writes_and_release_leaves_the_new_owner_alone(empty_repo):
    f = empty_repo.file
    empty_repo.profile.set("adresse", "Vej 1")
    lp = locking.lock_path(f.path)
    taken = json.dumps({"host": "kontor-pc-7", "pid": 1, "token": "theirs"})
    lp.write_text(taken)
    with pytest.raises(ReadOnlyError):
        empty_repo.profile.set("adresse", "Vej 2")
    assert f.readonly and f.readonly_reason == "lock_lost"
    f.close()
    assert lp.read_text() == taken


RACE = """
import sys, time
from kompetence_desktop.storage import locking
go = float(sys.argv[2])
while time.time() < go:
    time.sleep(0.001)
h = locking.acquire(sys.argv[1])
print("held" if h else "refused", flush=True)
time.sleep(1.0)
"""


def test_many_instances_racing_for_a_stale_lock_only_one_wins(empty_path):
    lp = locking.lock_path(empty_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lp.write_text(json.dumps({"host": socket.gethostname(), "pid": dead.pid, "token": "dead"}))
    go = time.time() + 0.8
    procs = [subprocess.Popen([sys.executable, "-c", RACE, str(empty_path), str(go)],
                              stdout=subprocess.PIPE, text=True) for _ in range(6)]
    results = [p.communicate(timeout=30)[0].strip() for p in procs]
    assert results.count("held") == 1, results


def test_cli_write_obeys_the_lock(empty_path, tmp_path, capsys):
    from kompetence_desktop import cli

    csv = tmp_path / "staff.csv"
    csv.write_text("Navn\nAnne Hansen\n", encoding="utf-8")
    before = empty_path.read_bytes()
    child = _holder(empty_path)
    try:
        code = cli.main(["import-staff", str(empty_path), str(csv)])
    finally:
        child.kill()
        child.wait()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "kun læses" in err[0]
    assert empty_path.read_bytes() == before
