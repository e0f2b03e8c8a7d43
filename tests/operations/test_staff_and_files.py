"""Importing staff, a new tilbud, a copy and the demo copy as operations."""
from __future__ import annotations

import sqlite3

import pytest

from kompetence_desktop.domain.model import BASIS_1
from kompetence_desktop.operations import History, files
from kompetence_desktop.operations.staff import ImportStaff
from kompetence_desktop.storage import importer, locking
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file


def test_import_is_one_step_that_undo_takes_back_with_its_new_team(empty_repo, tmp_path):
    csv = tmp_path / "staff.csv"
    csv.write_text("Navn;Initialer;Stilling;Uddannelse;Team;Ansat\n"
                   "Anne Hansen;AH;Pædagog;Pædagog;Team Nord;01.02.2024\n"
                   "Bo Ørum;BØ;SOSU-assistent;;Team Nord;\n", encoding="utf-8")
    prev = importer.preview(csv, empty_repo)
    assert prev.ok
    h = History(empty_repo)
    op = ImportStaff(prev)
    h.run(op)
    assert sorted(e.initials for e in empty_repo.staff.employees()) == ["AH", "BØ"]
    assert [t.name for t in empty_repo.staff.teams()] == ["Team Nord"]
    h.undo()
    assert empty_repo.staff.employees() == [] and empty_repo.staff.teams() == []
    h.redo()
    assert sorted(e.id for e in empty_repo.staff.employees()) == sorted(op.ids)


def test_a_new_tilbud_from_a_profile_with_its_courses(tmp_path):
    p = files.create_tilbud(tmp_path / "ny.kompetence", " Bostedet Birken ", leader="Kim Lund",
                            profile="bosted", with_courses=True)
    with open_file(p, readonly=True) as f:
        r = Repo(f)
        assert r.profile.texts()["navn"] == "Bostedet Birken" and r.profile.texts()["leder"] == "Kim Lund"
        assert len(r.matrix.competences()) == len(files.starting_profiles()["bosted"][1])
        assert [c.name for c in r.plan.course_types()] == [n for n, _r, _m in BASIS_1]


def test_a_new_tilbud_needs_a_name(tmp_path):
    from kompetence_desktop.domain.rules import DomainError

    with pytest.raises(DomainError):
        files.create_tilbud(tmp_path / "ny.kompetence", "  ")
    assert list(tmp_path.iterdir()) == []


def test_a_copy_is_complete_and_never_over_the_open_file_or_one_in_use(demo_file, tmp_path):
    dest = files.save_copy(demo_file, tmp_path / "kopi")
    assert dest.name == "kopi.kompetence"
    with open_file(dest, readonly=True) as f:
        assert len(Repo(f).staff.employees()) == len(Repo(demo_file).staff.employees())
    with pytest.raises(files.CopyRefused) as exc:
        files.save_copy(demo_file, demo_file.path)
    assert exc.value.code == "copy_onto_open_file"
    other = tmp_path / "andet.kompetence"
    sqlite3.connect(other).close()
    held = locking.acquire(other)
    try:
        with pytest.raises(files.CopyRefused) as exc:
            files.save_copy(demo_file, other)
        assert exc.value.code == "copy_target_open_here"
    finally:
        held.release()


def test_a_demo_copy_lives_in_its_own_folder_and_is_discarded_whole(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    p = files.make_demo_copy()
    assert files.is_demo_copy(p) and p.parent.parent == tmp_path
    with open_file(p, readonly=True) as f:
        assert Repo(f).staff.employees()
    files.discard_demo_copy(p)
    assert not p.parent.exists()
