"""After erasing a former employee, no spelling of the name is left anywhere the
program keeps data: the file's bytes, its journal, and the backups folder —
including the hidden temporary copy a backup killed mid-copy leaves behind."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import unicodedata

from kompetence_desktop.storage import backup, erase
from kompetence_desktop.storage.tilbudfile import journal_path
from kompetence_desktop.operations import AddRecord

NAME = "Zoë Ågård"
SPELLINGS = {unicodedata.normalize(form, NAME).encode("utf-8") for form in ("NFC", "NFD")}


def _former(repo) -> int:
    eid = AddRecord("employee", {"name": NAME,
                                 "initials": "ZÅ",
                                 "start_date": dt.date(2019, 3, 1),
                                 "end_date": dt.date(2026, 6, 30)}).do(repo).created
    nfd = unicodedata.normalize("NFD", NAME)
    repo.profile.set("malgruppe", f"Nattevagten dækkes af {nfd} og en vikar.")
    repo.profile.set("fremtidige_opgaver", f"Supervision ved Zo\u00ad{unicodedata.normalize('NFD', 'ë')} Ågårds team.")
    return eid


def _holders(path) -> list[str]:
    """Every file the program keeps for ``path`` that still holds a spelling of the name."""
    files = [path, journal_path(path), *sorted(path.parent.iterdir())]  # upgrade copies beside it too
    folder = backup.folder_for(path)
    if folder.is_dir():
        files += sorted(folder.iterdir())
    out = []
    for f in files:
        if f.is_file():
            data = f.read_bytes()
            if any(s in data for s in SPELLINGS):
                out.append(f.name)
    return out


def test_every_spelling_of_the_name_leaves_the_texts_and_the_bytes(demo_repo):
    eid = _former(demo_repo)
    assert _holders(demo_repo.file.path)
    erase.erase(demo_repo, eid, "delete")
    profile = demo_repo.profile.texts()
    for text in (profile["malgruppe"], profile["fremtidige_opgaver"]):
        assert "Zo" not in text and "gård" not in unicodedata.normalize("NFC", text), text
    assert _holders(demo_repo.file.path) == []


_KILLED_BACKUP = """
import os, sys, time
from kompetence_desktop.storage import backup
def stall(src, dst):
    print("copied", flush=True)  # the whole copy is written: killed before it is renamed
    time.sleep(60)
os.replace = stall
backup.backup_now(sys.argv[1])
"""


def test_a_backup_killed_mid_copy_leaves_no_copy_of_an_erased_name(demo_repo, isolated_user_dirs):
    path = demo_repo.file.path
    eid = _former(demo_repo)
    env = dict(os.environ, KOMPETENCE_DATA_DIR=str(isolated_user_dirs))
    demo_repo.file.conn.commit()
    # a second program backs the file up and is killed before the copy is checked and renamed
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_BACKUP, str(path)], env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "copied"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    folder = backup.folder_for(path)
    hidden = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert hidden and _holders(path)  # the killed copy holds the name
    assert backup.list_backups(path) == []  # ... and is never listed

    taken_before = backup.backup_now(path, now=dt.datetime.now() - dt.timedelta(hours=1))
    result = erase.erase(demo_repo, eid, "delete")
    assert [b.path for b in result.older_backups] == [taken_before]
    backup.delete_backups(result.older_backups)  # the leader deletes the offered backups
    assert _holders(path) == []
    assert [p for p in folder.iterdir() if p.name.startswith(".")] == []


def test_the_next_start_removes_a_killed_backups_copy(demo_path, isolated_user_dirs):
    env = dict(os.environ, KOMPETENCE_DATA_DIR=str(isolated_user_dirs))
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_BACKUP, str(demo_path)], env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "copied"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    folder = backup.folder_for(demo_path)
    assert [p for p in folder.iterdir() if p.name.startswith(".kopi-")]
    t0 = time.monotonic()
    gone = backup.sweep_all_temporaries()
    assert gone and time.monotonic() - t0 < 5
    assert list(folder.iterdir()) == []


def test_an_upgrade_copy_beside_the_file_is_offered_for_deletion_too(demo_repo):
    import shutil

    path = demo_repo.file.path
    eid = _former(demo_repo)
    demo_repo.file.conn.commit()
    copy = path.with_name(f"{path.stem}.før-opgradering-v1-20261101-120000{path.suffix}")
    shutil.copy(path, copy)  # what an upgrade leaves beside the file
    result = erase.erase(demo_repo, eid, "delete")
    assert copy in [b.path for b in result.older_backups]
    assert _holders(path) == [copy.name]
    backup.delete_backups(result.older_backups)
    assert _holders(path) == []
