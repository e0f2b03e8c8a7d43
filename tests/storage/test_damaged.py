"""Damaged and foreign files: refused with the right
code, never written to (byte-for-byte unchanged), and the CLI says so in one
Danish line with exit 2."""
from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage import backup, locking
from kompetence_desktop.storage.schema import SCHEMA_VERSION
from kompetence_desktop.storage.tilbudfile import FileProblem, inspect, journal_path, open_file

from .safety_helpers import sha


def _random_bytes(p, _demo):
    p.write_bytes(random.Random(1).randbytes(40_000))


def _empty(p, _demo):
    p.write_bytes(b"")


def _truncated(p, demo):
    data = demo.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _short_header(p, demo):
    p.write_bytes(demo.read_bytes()[:60])


def _corrupt_page(p, demo):
    data = bytearray(demo.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    rnd = random.Random(2)
    for pg in range(2, len(data) // page):  # scribble over every b-tree page header
        off = pg * page
        data[off:off + 16] = rnd.randbytes(16)
    p.write_bytes(bytes(data))


def _foreign(p, _demo):
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE employees(id INTEGER PRIMARY KEY, name TEXT)")
    c.execute("INSERT INTO employees(name) VALUES ('Anne')")
    c.commit()
    c.close()


def _newer_version(p, demo):
    p.write_bytes(demo.read_bytes())
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()


def _unknown_step(p, demo):
    p.write_bytes(demo.read_bytes())
    c = sqlite3.connect(p)
    c.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
              "VALUES ('kompetence', '0099_from_the_future', '2030-01-01')")
    c.commit()
    c.close()


KINDS = {
    "random_bytes": (_random_bytes, "not_sqlite"),
    "empty": (_empty, "empty"),
    "truncated": (_truncated, "damaged"),
    "short_header": (_short_header, "damaged"),
    "corrupt_page": (_corrupt_page, "damaged"),
    "foreign_sqlite": (_foreign, "foreign"),
    "newer_version": (_newer_version, "newer"),
    "unknown_step": (_unknown_step, "newer"),
}


@pytest.fixture(params=sorted(KINDS))
def bad_file(request, tmp_path, demo_template):
    make, code = KINDS[request.param]
    p = tmp_path / "skadet.kompetence"
    make(p, demo_template)
    return p, code


def _leftovers(p):
    return [x for x in (journal_path(p), locking.lock_path(p)) if x.exists()]


def test_inspect_and_open_refuse_and_leave_the_file_unchanged(bad_file):
    p, code = bad_file
    before = sha(p)
    for attempt in (lambda: inspect(p), lambda: open_file(p), lambda: open_file(p, readonly=True)):
        with pytest.raises(FileProblem) as e:
            attempt()
        assert e.value.code == code
    assert sha(p) == before
    assert _leftovers(p) == []
    assert os.listdir(p.parent) == [p.name]  # no upgrade copy, no temp file


@pytest.mark.parametrize("command", [["check"], ["export-plan", "-o", "{out}"], ["backup"],
                                     ["import-staff", "{file}", "{csv}"]])
def test_cli_commands_exit_2_with_one_danish_line(bad_file, command, capsys, tmp_path):
    p, _code = bad_file
    csv = tmp_path / "staff.csv"
    csv.write_text("Navn\nAnne\n", encoding="utf-8")
    before = sha(p)
    args = [command[0], str(p)] + [a.format(out=tmp_path / "x.pdf", file=p, csv=csv) for a in command[1:]]
    if command[0] == "import-staff":
        args = ["import-staff", str(p), str(csv)]
    code = cli.main(args)
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert str(p) in lines[0] and "Traceback" not in err
    assert sha(p) == before
    assert not (tmp_path / "x.pdf").exists()


def test_cli_in_a_subprocess(tmp_path, demo_template):
    p = tmp_path / "skadet.kompetence"
    _truncated(p, demo_template)
    before = sha(p)
    for args in (["check", str(p)], ["export-plan", str(p), "-o", str(tmp_path / "x.pdf")]):
        r = subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", *args],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2
        assert len(r.stderr.strip().splitlines()) == 1 and "beskadiget" in r.stderr
        assert "Traceback" not in r.stderr
    assert sha(p) == before


def test_damaged_message_offers_the_newest_backup(demo_path, capsys):
    b = backup.backup_now(demo_path)
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 3])
    assert backup.newest_for(demo_path).path == b
    code = cli.main(["check", str(demo_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "beskadiget" in err[0] and "sikkerhedskopi" in err[0] and str(b) in err[0]


def test_read_only_open_after_a_crash_recovers_the_hot_journal(demo_path):
    """A crash mid-commit leaves a hot journal; even a reading command opens the file."""
    script = r"""
import sqlite3, sys, os, signal
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode=DELETE"); c.execute("PRAGMA cache_size=5")
c.execute("BEGIN IMMEDIATE")
for i in range(3000):
    c.execute("INSERT INTO med_discussions(held_on, evaluation) VALUES ('2025-01-01', ?)", ("z" * 400,))
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script, str(demo_path)], timeout=60)
    assert journal_path(demo_path).exists()
    with open_file(demo_path, readonly=True) as f:
        assert f.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert f.conn.execute("SELECT count(*) FROM med_discussions WHERE evaluation LIKE 'zzz%'").fetchone()[0] == 0


def test_truncated_file_with_a_leftover_journal_is_still_refused_unchanged(tmp_path, demo_template):
    p = tmp_path / "skadet.kompetence"
    _truncated(p, demo_template)
    journal_path(p).write_bytes(b"")
    before = sha(p)
    for attempt in (lambda: open_file(p), lambda: open_file(p, readonly=True)):
        with pytest.raises(FileProblem) as e:
            attempt()
        assert e.value.code == "damaged"
    assert sha(p) == before
