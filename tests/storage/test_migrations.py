"""Schema upgrades: a file made at an earlier step is
upgraded on opening after a copy is written beside it; a newer file is refused."""
from __future__ import annotations

import sqlite3

import pytest

from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.schema import SCHEMA_VERSION, STEP_NAMES
from kompetence_desktop.storage.tilbudfile import FileProblem, create_file, inspect, open_file

from .safety_helpers import sha


@pytest.fixture
def old_file(tmp_path):
    p = tmp_path / "gammel.kompetence"
    create_file(p, "Bostedet Gammel", stop_before="0002_plan_archive")
    c = sqlite3.connect(p)
    c.execute("INSERT INTO teams(name) VALUES ('Team Øst')")
    c.execute("INSERT INTO employees(name, initials, team_id) VALUES ('Åse Ørnbøl-Ægidius', 'ÅØÆ', 1)")
    c.execute("INSERT INTO competences(category, name, expected_level) VALUES ('faglige', 'NADA', 3)")
    c.execute("INSERT INTO assessments(employee_id, competence_id, level, source, assessed_on) "
              "VALUES (1, 1, 4, 'leder', '2025-03-01')")
    c.commit()
    c.close()
    return p


def test_file_made_at_an_earlier_step_is_upgraded_with_a_copy_beside_it(old_file):
    version, applied = inspect(old_file)
    assert version == 1 and applied == ["0001_initial"]
    before = sha(old_file)
    with open_file(old_file) as f:
        assert not f.readonly
        assert f.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in f.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"plan_versions", "erasures"} <= tables
        repo = Repo(f)
        assert [e.name for e in repo.staff.employees()] == ["Åse Ørnbøl-Ægidius"]
        assert repo.matrix.current_cells()[(1, 1)] == 4
        assert repo.staff.teams()[0].name == "Team Øst"
    assert inspect(old_file)[1] == STEP_NAMES
    copies = [p for p in old_file.parent.iterdir() if "før-opgradering-v1" in p.name]
    assert len(copies) == 1 and sha(copies[0]) == before  # the untouched old file


def test_old_file_opened_read_only_is_not_upgraded(old_file):
    before = sha(old_file)
    with pytest.raises(FileProblem) as e:
        open_file(old_file, readonly=True)
    assert e.value.code == "older_readonly"
    assert sha(old_file) == before


def test_newer_file_is_refused_untouched(tmp_path, demo_template):
    p = tmp_path / "ny.kompetence"
    p.write_bytes(demo_template.read_bytes())
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    before = sha(p)
    with pytest.raises(FileProblem) as e:
        open_file(p)
    assert e.value.code == "newer"
    assert sha(p) == before
