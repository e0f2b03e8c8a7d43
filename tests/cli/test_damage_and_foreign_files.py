"""Damage that SQLite's quick check does not see, and files that are not ours:
every command answers with the one Danish line and exit 2 (never exit 3,
never English), backups and restores refuse to copy them as good, a file left
by a crash is backed up after its journal is rolled back, and a file with our
application id but not our tables is *ikke en kompetencefil* and never written
— not even by ``kompetence-desktop --smoke`` or ``--screenshots``."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage import backup
from kompetence_desktop.storage.tilbudfile import journal_path

from ..storage.safety_helpers import sha


def _edit_raw(path, *sql):
    c = sqlite3.connect(path)
    for s in sql:
        c.execute(s)
    c.commit()
    c.close()


def _not_utf8(p):
    _edit_raw(p, "UPDATE mus SET bf_kan = CAST(x'4d69ff64656c' AS TEXT) WHERE id = (SELECT min(id) FROM mus)")


def _bad_date(p):
    _edit_raw(p, "UPDATE assessments SET assessed_on = '2026-11-0=' WHERE id = (SELECT min(id) FROM assessments)")


def _index_damage(p):
    # the index's definition no longer matches its entries: "row N missing from index"
    _edit_raw(p, "PRAGMA writable_schema = ON",
              "UPDATE sqlite_master SET sql = replace(sql, 'source, assessed_on', 'assessed_on, source') "
              "WHERE name = 'assessments_cell'")


def _bad_level(p):
    _edit_raw(p, "PRAGMA ignore_check_constraints = ON",
              "UPDATE assessments SET level = 9 WHERE id = (SELECT min(id) FROM assessments WHERE level IS NOT NULL)")


def _dangling(p):
    _edit_raw(p, "PRAGMA foreign_keys = OFF",
              "UPDATE assessments SET employee_id = 99999 WHERE id = (SELECT min(id) FROM assessments)")


DAMAGE = {"not_utf8": _not_utf8, "bad_date": _bad_date, "index": _index_damage, "bad_level": _bad_level,
          "dangling_reference": _dangling}


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request, demo_path):
    check = sqlite3.connect(demo_path.absolute().as_uri() + "?mode=ro", uri=True)
    DAMAGE[request.param](demo_path)
    check.close()
    c = sqlite3.connect(demo_path.absolute().as_uri() + "?mode=ro", uri=True)
    assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # SQLite's quick check sees nothing
    c.close()
    return demo_path


@pytest.mark.parametrize("command", [["check"], ["export-plan", "-o", "{out}"], ["export-matrix", "-o", "{xlsx}"],
                                     ["versions"], ["export-mus", "--employee", "{ini}", "-o", "{out}"]])
def test_damage_quick_check_misses_is_told_in_danish_with_exit_2(damaged, command, tmp_path, capsys):
    ini = sqlite3.connect(damaged).execute("SELECT initials FROM employees WHERE id = "
                                           "(SELECT employee_id FROM mus ORDER BY id LIMIT 1)").fetchone()[0]
    before = sha(damaged)
    args = [command[0], str(damaged)] + [a.format(out=tmp_path / "x.pdf", xlsx=tmp_path / "x.xlsx", ini=ini)
                                         for a in command[1:]]
    code = cli.main(args)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert "beskadiget" in err[0] and str(damaged) in err[0]
    assert "Uventet" not in err[0] and "Error" not in err[0]
    assert sha(damaged) == before
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()


def test_a_damaged_file_is_never_backed_up(damaged, tmp_path, capsys):
    before = sha(damaged)
    for args in (["backup", str(damaged)], ["backup", str(damaged), "-o", str(tmp_path / "kopi.kompetence")]):
        assert cli.main(args) == 2
        assert "beskadiget" in capsys.readouterr().err
    assert not (tmp_path / "kopi.kompetence").exists()
    assert backup.list_backups(damaged) == []
    assert sha(damaged) == before


def test_a_damaged_backup_is_not_restored_and_the_next_one_is_named(demo_path, tmp_path, capsys):
    good = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 20, 9, 0))
    bad = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 22, 9, 0))
    _index_damage(bad)
    new = tmp_path / "gendannet.kompetence"
    code = cli.main(["restore", str(bad), "-o", str(new)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "beskadiget" in err[0] and "20.11.2026" in err[0] and str(good) in err[0]
    assert not new.exists()
    assert cli.main(["restore", str(good), "-o", str(new)]) == 0
    assert cli.main(["check", str(new)]) in (0, 1)


_KILLED_MID_EDIT = r"""
import sqlite3, sys, os, signal
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode = DELETE")
c.execute("PRAGMA cache_size = 1")  # pages spill to the file before COMMIT
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE assessments SET note = hex(randomblob(200))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_backup_of_a_file_left_by_a_crash_rolls_its_journal_back_first(demo_path, capsys):
    good = sha(demo_path)
    subprocess.run([sys.executable, "-c", _KILLED_MID_EDIT, str(demo_path)], timeout=60)
    assert journal_path(demo_path).exists() and journal_path(demo_path).stat().st_size > 0
    assert sha(demo_path) != good  # the half-made edit is in the file until the journal rolls it back
    code = cli.main(["backup", str(demo_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not journal_path(demo_path).exists()
    assert sha(demo_path) == good  # rolled back: exactly the last committed state
    (b,) = backup.list_backups(demo_path)
    assert cli.main(["check", str(b.path)]) in (0, 1)


def _ours_but_not_our_tables(p):
    _edit_raw(p, "PRAGMA application_id = 1263488336", "CREATE TABLE x(a)")  # 0x4B4F4D50


def test_our_application_id_without_our_tables_is_not_a_kompetencefil(tmp_path, capsys):
    p = tmp_path / "fremmed.kompetence"
    _ours_but_not_our_tables(p)
    before = sha(p)
    for args in (["check", str(p)], ["import-staff", str(p), str(tmp_path / "none.csv")], ["backup", str(p)]):
        assert cli.main(args) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "ikke en kompetencefil" in err[0] and "ældre udgave" not in err[0]
    assert sha(p) == before
    assert sorted(os.listdir(tmp_path)) == ["fremmed.kompetence"]


@pytest.mark.parametrize("trial", [["--smoke"], ["--screenshots", "{shots}"]])
def test_smoke_and_screenshots_never_write_a_foreign_or_older_file(tmp_path, trial):
    from kompetence_desktop.storage.tilbudfile import create_file

    foreign = tmp_path / "fremmed.kompetence"
    _ours_but_not_our_tables(foreign)
    older = tmp_path / "gammel.kompetence"
    create_file(older, "Bostedet Gammel", stop_before="0002_plan_archive")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    for p in (foreign, older):
        before = sha(p)
        args = [a.format(shots=tmp_path / "billeder") for a in trial]
        r = subprocess.run([sys.executable, "-m", "kompetence_desktop", *args, str(p)],
                           capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr
        assert sha(p) == before
    assert sorted(x.name for x in tmp_path.iterdir() if x.suffix == ".kompetence") == [
        "fremmed.kompetence", "gammel.kompetence"]  # no upgrade copy either


def test_smoke_on_a_sound_file_changes_no_byte_of_it(tmp_path, demo_path):
    shutil.copy(demo_path, tmp_path / "x.kompetence")
    p = tmp_path / "x.kompetence"
    before = sha(p)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOMPETENCE_DATA_DIR=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop", "--smoke", str(p)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert sha(p) == before
    assert not (tmp_path / "data" / "sikkerhedskopier").exists()


def test_a_damaged_file_is_offered_its_newest_backup_that_is_whole(demo_path, capsys):
    good = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 20, 9, 0))
    bad = backup.backup_now(demo_path, now=dt.datetime(2026, 11, 22, 9, 0))
    _index_damage(bad)
    _not_utf8(demo_path)
    assert cli.main(["check", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert str(good) in err and str(bad) not in err and "20.11.2026" in err


def test_a_row_that_cannot_be_read_is_damage_even_when_the_check_passes(demo_path, monkeypatch, capsys):
    from kompetence_desktop.storage import soundness

    _not_utf8(demo_path)
    monkeypatch.setattr(soundness, "full_check", lambda conn: "ok")  # a kind of damage no check knows yet
    before = sha(demo_path)
    mus_ini = sqlite3.connect(demo_path).execute(
        "SELECT initials FROM employees WHERE id = (SELECT employee_id FROM mus ORDER BY id LIMIT 1)").fetchone()[0]
    code = cli.main(["export-indsigt", str(demo_path), "--employee", mus_ini, "-o", str(demo_path.with_suffix(".pdf"))])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "beskadiget" in err[0], err
    assert sha(demo_path) == before
