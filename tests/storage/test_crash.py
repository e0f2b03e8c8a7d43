"""Crash safety: SIGKILL the writer in the middle of a burst of
edits, many times over; every edit confirmed before the kill is in the file
and the file passes PRAGMA integrity_check.

The child prints an edit only after its commit returned, so anything printed
must survive. A kill during a commit leaves a hot rollback journal; the next
open (``open_file``) lets SQLite roll it back, and the crashed child's stale
lock is taken over.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import journal_path, open_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = r"""
import datetime as dt, sys
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file

path, eid, cid, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
f = open_file(path)
assert not f.readonly, f.readonly_reason
repo = Repo(f)
day = dt.date(2025, 1, 1)
print("ready", flush=True)
i = 0
while True:
    i += 1
    k = i % 3
    if k == 0:
        v = f"{seed}-{i}"
        repo.profile.set("adresse", v)
        print("P", v, flush=True)
    elif k == 1:
        lvl = 1 + (i % 5)
        aid = repo.matrix.add_assessment(eid, cid, lvl, "leder", day, note="x" * (i % 700))
        print("A", aid, lvl, flush=True)
    else:
        ids = []
        with f.atomic():  # a burst of 40 rows in one edit (a big commit to be killed in)
            for j in range(40):
                ids.append(repo.matrix.add_assessment(eid, cid, 1 + (j % 5), "selvvurdering", day, note="y" * 300))
        print("B", " ".join(map(str, ids)), flush=True)
"""

KILLS = 22
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _hot(path) -> bool:
    """A rollback journal SQLite would roll back (its header is complete)."""
    try:
        with open(journal_path(path), "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except FileNotFoundError:
        return False


def test_sigkill_during_edits_loses_nothing_confirmed(demo_path):
    with open_file(demo_path) as f:
        repo = Repo(f)
        eid = repo.staff.employees()[0].id
        cid = repo.matrix.competences()[0].id
    rnd = random.Random(20261123)
    confirmed_levels: dict[int, int] = {}
    confirmed_bursts: list[int] = []
    hot_journals = 0
    started = time.monotonic()
    for k in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(demo_path), str(eid), str(cid), str(k)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read()
        time.sleep(rnd.uniform(0.0, 0.12))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        out = child.stdout.read()
        child.stdout.close()
        child.stderr.close()
        lines = out.splitlines()
        if lines and not lines[-1].strip():
            lines = lines[:-1]
        last_profile = None
        for ln in lines:
            parts = ln.split()
            if len(parts) < 2:
                continue  # the kill can cut the last line short: not confirmed
            if parts[0] == "A" and len(parts) == 3:
                confirmed_levels[int(parts[1])] = int(parts[2])
            elif parts[0] == "B" and len(parts) == 41:
                confirmed_bursts += [int(x) for x in parts[1:]]
            elif parts[0] == "P":
                last_profile = parts[1]
        if _hot(demo_path):
            hot_journals += 1

        with open_file(demo_path) as f:  # recovers a hot journal, takes over the stale lock
            assert not f.readonly
            assert f.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            have = dict(f.conn.execute("SELECT id, level FROM assessments"))
            missing = [i for i, lvl in confirmed_levels.items() if have.get(i) != lvl]
            assert not missing, f"kill {k}: confirmed edits lost: {missing[:5]}"
            assert all(i in have for i in confirmed_bursts), f"kill {k}: a confirmed burst was lost"
            if last_profile is not None:
                seed, n = last_profile.split("-")
                now = Repo(f).profile.texts()["adresse"]
                # the confirmed value, or the next one if it committed before the kill
                assert now in (last_profile, f"{seed}-{int(n) + 3}"), (now, last_profile)
        # a journal whose header never got written is not hot and harmless; a hot one is gone
        assert not _hot(demo_path)
    elapsed = time.monotonic() - started
    assert len(confirmed_levels) + len(confirmed_bursts) > KILLS  # the children did real work
    print(f"{KILLS} kills in {elapsed:.1f} s, {len(confirmed_levels)} single + "
          f"{len(confirmed_bursts)} burst edits confirmed, {hot_journals} hot journals recovered")
