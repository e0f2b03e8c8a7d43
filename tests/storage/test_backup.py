"""Backups: SQLite backup API, at most daily, retention, restore into a new file."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kompetence_desktop.storage import backup
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import FileProblem, open_file

NOW = dt.datetime(2026, 11, 23, 9, 30)


def test_backup_lands_in_the_users_backup_folder_and_is_a_valid_copy(demo_file, isolated_user_dirs):
    b = backup.backup_now(demo_file, now=NOW)
    assert isolated_user_dirs in b.parents
    assert b.name == "lærkely-20261123-093000.kompetence"
    with open_file(b, readonly=True) as copy:
        assert Repo(copy).profile.texts()["navn"] == Repo(demo_file).profile.texts()["navn"]
        assert len(Repo(copy).staff.employees()) == len(Repo(demo_file).staff.employees())
    assert [i.path for i in backup.list_backups(demo_file.path)] == [b]
    assert backup.newest_for(demo_file.path).label == "23.11.2026 kl. 09:30"


def test_two_files_with_the_same_name_get_separate_folders(tmp_path, demo_template):
    import shutil

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = shutil.copy(demo_template, tmp_path / "a" / "x.kompetence")
    b = shutil.copy(demo_template, tmp_path / "b" / "x.kompetence")
    assert backup.folder_for(a) != backup.folder_for(b)


def test_auto_backup_at_most_daily(demo_file):
    first = backup.auto_backup(demo_file, now=NOW)
    assert first is not None
    assert backup.auto_backup(demo_file, now=NOW + dt.timedelta(hours=5)) is None
    nxt = backup.auto_backup(demo_file, now=NOW + dt.timedelta(days=1))
    assert nxt is not None and nxt != first
    assert len(backup.list_backups(demo_file.path)) == 2


def test_retention_keeps_last_ten_and_one_per_month_for_a_year(empty_path):
    # one backup a week for two years
    start = NOW - dt.timedelta(weeks=104)
    for i in range(105):
        backup.backup_now(empty_path, now=start + dt.timedelta(weeks=i))
    kept = backup.list_backups(empty_path)
    newest = [b.taken_at for b in kept[:10]]
    assert newest == [NOW - dt.timedelta(weeks=i) for i in range(10)]
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    expected_months = set()
    y, m = 2026, 11
    for _ in range(12):
        expected_months.add((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    assert months == expected_months  # nothing older than a year survives
    # ten newest cover ~2.5 months; the others are one per month
    assert len(kept) == 10 + sum(1 for ym in expected_months if ym not in {(d.year, d.month) for d in newest})


def test_backup_to_explicit_destination_is_not_pruned(empty_path, tmp_path):
    out = tmp_path / "ud.kompetence"
    b = backup.backup_now(empty_path, dest=out, now=NOW)
    assert b == out and out.exists()
    with pytest.raises(backup.BackupError):
        backup.backup_now(empty_path, dest=out, now=NOW)


def test_restore_goes_into_a_new_file_never_over_an_existing_one(demo_file, tmp_path):
    b = backup.backup_now(demo_file, now=NOW)
    Repo(demo_file).profile.set("adresse", "Ny adresse efter backup")
    with pytest.raises(backup.BackupError) as e:
        backup.restore(b, demo_file.path)
    assert e.value.code == "exists"
    new = backup.restore(b, tmp_path / "gendannet")
    assert new.name == "gendannet.kompetence"
    with open_file(new) as f:
        assert Repo(f).profile.texts().get("adresse") != "Ny adresse efter backup"
    assert Repo(demo_file).profile.texts()["adresse"] == "Ny adresse efter backup"


def test_damaged_file_is_not_backed_up_and_not_written(tmp_path):
    bad = tmp_path / "x.kompetence"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = bad.read_bytes()
    with pytest.raises(FileProblem):
        backup.backup_now(bad, now=NOW)
    assert backup.auto_backup(bad, now=NOW) is None
    assert bad.read_bytes() == before


def test_restore_refuses_something_that_is_not_a_backup(tmp_path):
    foreign = tmp_path / "f.kompetence"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(backup.BackupError) as e:
        backup.restore(foreign, tmp_path / "ny.kompetence")
    assert e.value.code == "not_a_backup"
    assert not (tmp_path / "ny.kompetence").exists()


def test_older_than_lists_backups_before_a_moment(empty_path):
    a = backup.backup_now(empty_path, now=NOW - dt.timedelta(days=3))
    backup.backup_now(empty_path, now=NOW)
    assert [b.path for b in backup.older_than(empty_path, NOW - dt.timedelta(days=1))] == [a]
