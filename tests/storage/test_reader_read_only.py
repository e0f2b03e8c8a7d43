"""Reading tilbud files for the area overview leaves them exactly as they were:
an older file is upgraded in memory only, a save in progress is waited out, a
file that stays busy or is newer is reported, and parallel reading gives the
same answer as reading one by one."""
from __future__ import annotations

import shutil
import sqlite3
import threading
import time

from kompetence_desktop.domain.area import TilbudSummary, Unreadable
from kompetence_desktop.storage import reader
from kompetence_desktop.storage.schema import SCHEMA_VERSION, STEP_NAMES
from kompetence_desktop.storage.tilbudfile import FileProblem, create_file

from ..conftest import FROZEN_TODAY
from .safety_helpers import sha


def test_an_older_file_is_read_through_an_upgrade_in_memory(tmp_path):
    p = tmp_path / "gammel.kompetence"
    create_file(p, "Gammelt tilbud", stop_before=STEP_NAMES[-1])
    before = sha(p)
    got = reader.read_summary(p, FROZEN_TODAY)
    assert isinstance(got, TilbudSummary) and got.label == "Gammelt tilbud"
    assert sha(p) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["gammel.kompetence"]  # no copy before upgrade


def test_a_newer_file_is_reported_and_untouched(demo_path):
    c = sqlite3.connect(demo_path)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    before = sha(demo_path)
    got = reader.read_summary(demo_path, FROZEN_TODAY)
    assert isinstance(got, Unreadable) and got.code == "newer" and got.file == demo_path.name
    assert sha(demo_path) == before


def test_a_save_in_progress_is_waited_out(demo_path):
    """Another program holds the file's exclusive lock (a commit being written) for
    a moment: the reader waits and then reads the committed state."""
    writer = sqlite3.connect(demo_path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE profile SET value = 'Bostedet Efter' WHERE key = 'navn'")
    released = threading.Event()

    def commit_soon():
        time.sleep(0.6)
        writer.execute("COMMIT")
        released.set()

    t = threading.Thread(target=commit_soon)
    t.start()
    got = reader.read_summary(demo_path, FROZEN_TODAY)
    t.join()
    writer.close()
    assert released.is_set()
    assert isinstance(got, TilbudSummary) and got.label == "Bostedet Efter"


def test_a_file_that_stays_busy_is_reported_after_a_retry(demo_path, monkeypatch):
    calls = []

    def always_locked(path, today):
        calls.append(path)
        raise FileProblem("damaged", path, "database is locked")

    monkeypatch.setattr(reader, "_read_once", always_locked)
    monkeypatch.setattr(reader, "BUSY_PAUSE", 0.01)
    got = reader.read_summary(demo_path, FROZEN_TODAY)
    assert isinstance(got, Unreadable) and got.code == "busy"
    assert len(calls) == reader.BUSY_TRIES == 2


def test_folders_give_their_tilbud_files_without_the_programs_side_copies(tmp_path, demo_template):
    for name in ("a.kompetence", "B.KOMPETENCE", "a.før-opgradering-v1-20260101-120000.kompetence",
                 ".ny-abc.kompetence", "noter.txt"):
        shutil.copy(demo_template, tmp_path / name)
    (tmp_path / "undermappe.kompetence").mkdir()
    got = reader.collect([tmp_path, tmp_path / "a.kompetence"])
    assert [p.name for p in got] == ["a.kompetence", "B.KOMPETENCE"]


def test_reading_in_processes_threads_or_one_by_one_gives_the_same_overview(tmp_path, demo_template):
    from kompetence_desktop.storage.demo import write_demo

    for i in range(6):
        write_demo(tmp_path / f"t{i}.kompetence", seed=i, staff=5 + i, competences=5, today=FROZEN_TODAY)
    shutil.copy(demo_template, tmp_path / "demo.kompetence")
    (tmp_path / "tom.kompetence").write_bytes(b"")
    serial = reader.read_all([tmp_path], FROZEN_TODAY, workers=1)
    procs = reader.read_all([tmp_path], FROZEN_TODAY, workers=2, use_processes=True)
    threads = reader.read_all([tmp_path], FROZEN_TODAY, workers=3, use_processes=False)
    assert len(serial.tilbud) == 7 and [u.code for u in serial.unreadable] == ["empty"]
    for other in (procs, threads):
        assert other.tilbud == serial.tilbud and other.unreadable == serial.unreadable


_CRASH_MID_SAVE = """
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size = 1")
c.execute("BEGIN")
c.execute("UPDATE assessments SET note = 'halvt gemt' || id")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_save_cut_off_by_a_crash_is_reported_and_left_for_the_program(demo_path):
    """The hot journal may only be rolled back by a writer: the reader neither
    rolls it back nor reads the half-written pages."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", _CRASH_MID_SAVE, str(demo_path)], timeout=30)
    journal = demo_path.with_name(demo_path.name + "-journal")
    assert journal.exists()
    before, before_j = sha(demo_path), sha(journal)
    got = reader.read_summary(demo_path, FROZEN_TODAY)
    assert isinstance(got, Unreadable) and got.code == "interrupted"
    assert sha(demo_path) == before and sha(journal) == before_j


def test_a_worker_process_that_dies_does_not_lose_its_files(tmp_path, demo_template, monkeypatch):
    import multiprocessing
    import os

    for i in range(8):
        shutil.copy(demo_template, tmp_path / f"t{i}.kompetence")
    original = reader._read_chunk
    read_here = []

    def dies_in_a_worker(args):
        if multiprocessing.current_process().name != "MainProcess":
            os._exit(1)  # killed, out of memory: the process is just gone
        read_here.extend(args[0])
        return original(args)

    monkeypatch.setattr(reader, "_read_chunk", dies_in_a_worker)
    got = reader.read_all([tmp_path], FROZEN_TODAY, workers=2, use_processes=True)
    assert len(got.tilbud) == 8 and not got.unreadable
    assert len(read_here) == 8  # every file was read again here, after the workers died
