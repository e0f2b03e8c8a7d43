"""The file and the repository: what is stored, and that each edit is committed."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompetence_desktop.domain import rules
from kompetence_desktop.domain.rules import NOT_RELEVANT, DomainError
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from kompetence_desktop.storage.tilbudfile import open_file
from kompetence_desktop.operations import AddRecord


def _other_connection(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_new_file_is_marked_as_ours(empty_path):
    c = _other_connection(empty_path)
    assert c.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("SELECT value FROM profile WHERE key='navn'").fetchone()[0] == "Nyt tilbud"


def test_foreign_keys_are_on(empty_repo):
    assert empty_repo.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        with empty_repo.file.atomic() as c:
            c.execute("INSERT INTO course_completions(course_type_id, employee_id, completed_on) VALUES (99, 99, '2026-01-01')")


def test_rollback_journal_for_network_folders(empty_repo):
    assert empty_repo.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_each_edit_is_committed_at_once(empty_repo, empty_path):
    eid = AddRecord("employee", {"name": "Åse Ørnbøl-Ægidius",
                                 "initials": "ÅØÆ",
                                 "job_title": "Pædagog"}).do(empty_repo).created
    c = _other_connection(empty_path)
    assert c.execute("SELECT name FROM employees WHERE id=?", (eid,)).fetchone()[0] == "Åse Ørnbøl-Ægidius"


def test_initials_are_unique_case_insensitively(empty_repo):
    AddRecord("employee", {"name": "Anne Sørensen", "initials": "AS"}).do(empty_repo)
    with pytest.raises(DomainError) as exc:
        AddRecord("employee", {"name": "Arne Skov", "initials": "as"}).do(empty_repo)
    assert exc.value.code == "initials_taken"


def test_a_5000_character_name_is_refused_and_nothing_is_stored(empty_repo):
    with pytest.raises(DomainError) as exc:
        AddRecord("employee", {"name": "x" * 5000, "initials": "X"}).do(empty_repo)
    assert exc.value.code == "too_long"
    assert empty_repo.staff.employees() == []


def test_set_cell_replaces_the_same_days_value_and_undo_restores(empty_repo, frozen_today):
    e = AddRecord("employee", {"name": "Jens Kræmer", "initials": "JK"}).do(empty_repo).created
    c = AddRecord("competence", {"category": "faglige",
                                 "name": "Medicinhåndtering",
                                 "expected_level": 3}).do(empty_repo).created
    t1 = empty_repo.matrix.set_cell(e, c, 2)
    t2 = empty_repo.matrix.set_cell(e, c, 4)
    rows = empty_repo.matrix.assessments()
    assert len(rows) == 1 and rows[0].level == 4 and rows[0].assessed_on == frozen_today
    empty_repo.matrix.restore_cell(t2)
    assert empty_repo.matrix.current_cells()[(e, c)] == 2
    empty_repo.matrix.restore_cell(t1)
    assert empty_repo.matrix.assessments() == []


def test_set_cell_keeps_history_of_earlier_days(empty_repo, frozen_today):
    e = AddRecord("employee", {"name": "Jens Kræmer", "initials": "JK"}).do(empty_repo).created
    c = AddRecord("competence", {"category": "faglige",
                                 "name": "Medicinhåndtering",
                                 "expected_level": 3}).do(empty_repo).created
    empty_repo.matrix.set_cell(e, c, 2, day=dt.date(2025, 5, 1))
    empty_repo.matrix.set_cell(e, c, NOT_RELEVANT)
    assert len(empty_repo.matrix.assessments()) == 2
    assert empty_repo.matrix.current_cells()[(e, c)] is NOT_RELEVANT
    assert empty_repo.matrix.current_cells(on=dt.date(2025, 12, 31))[(e, c)] == 2


def test_future_assessment_is_refused(empty_repo, frozen_today):
    e = AddRecord("employee", {"name": "Jens Kræmer", "initials": "JK"}).do(empty_repo).created
    c = AddRecord("competence", {"category": "faglige",
                                 "name": "Medicinhåndtering",
                                 "expected_level": 3}).do(empty_repo).created
    with pytest.raises(DomainError):
        empty_repo.matrix.set_cell(e, c, 3, day=frozen_today + dt.timedelta(days=1))
    assert empty_repo.matrix.assessments() == []


def test_block_edit_is_one_transaction(empty_repo):
    e = AddRecord("employee", {"name": "Jens Kræmer", "initials": "JK"}).do(empty_repo).created
    c = AddRecord("competence", {"category": "faglige",
                                 "name": "Medicinhåndtering",
                                 "expected_level": 3}).do(empty_repo).created
    with pytest.raises(DomainError):
        empty_repo.matrix.set_cells([(e, c, 3), (e, c, 9)])
    assert empty_repo.matrix.assessments() == []


def test_deleting_a_competence_takes_its_assessments(empty_repo):
    e = AddRecord("employee", {"name": "Jens Kræmer", "initials": "JK"}).do(empty_repo).created
    c = AddRecord("competence", {"category": "faglige",
                                 "name": "Medicinhåndtering",
                                 "expected_level": 3}, tags=["dokumentation"]).do(empty_repo).created
    empty_repo.matrix.set_cell(e, c, 3)
    assert empty_repo.matrix.assessment_count(c) == 1
    empty_repo.rows.delete("competences", c)
    assert empty_repo.matrix.assessments() == []
    assert empty_repo.conn.execute("SELECT COUNT(*) FROM competence_tags").fetchone()[0] == 0


def test_competences_come_in_template_order(empty_repo):
    AddRecord("competence", {"category": "personlige",
                             "name": "Refleksion",
                             "expected_level": 3}).do(empty_repo)
    AddRecord("competence", {"category": "faglige",
                             "name": "Dokumentation",
                             "expected_level": 3}).do(empty_repo)
    AddRecord("competence", {"category": "sociale",
                             "name": "Pårørende",
                             "expected_level": 3}).do(empty_repo)
    assert [c.category for c in empty_repo.matrix.competences()] == ["faglige", "sociale", "personlige"]


def test_readonly_file_refuses_writes(demo_path):
    from kompetence_desktop.storage.tilbudfile import ReadOnlyError

    with open_file(demo_path, readonly=True) as f:
        with pytest.raises(ReadOnlyError):
            Repo(f).profile.set("malgruppe", "x")


def test_sql_current_levels_match_the_domain_rule(demo_repo, frozen_today):
    rows = demo_repo.matrix.assessments()
    for on in (None, frozen_today, dt.date(2025, 12, 1)):
        assert demo_repo.matrix.current_cells(on) == rules.current_levels(rows, on)
        assert demo_repo.matrix.self_cells(on) == rules.self_levels(rows, on)


cell = st.one_of(st.none(), st.just(NOT_RELEVANT), st.integers(1, 5))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1), cell, st.integers(0, 400),
                          st.sampled_from(["leder", "mus", "selvvurdering"])), max_size=25))
def test_sql_and_rule_agree_on_random_histories(empty_path, edits):
    from kompetence_desktop.storage.tilbudfile import open_file

    with open_file(empty_path) as f:
        repo = Repo(f)
        with f.atomic() as c:
            c.execute("DELETE FROM assessments")
            c.execute("DELETE FROM employees")
            c.execute("DELETE FROM competences")
        es = [AddRecord("employee", {"name": f"E{i}", "initials": f"E{i}"}).do(repo).created for i in range(3)]
        cs = [AddRecord("competence", {"category": "faglige",
                                       "name": f"K{i}",
                                       "expected_level": 3}).do(repo).created for i in range(2)]
        for e, c, v, back, src in edits:
            repo.matrix.set_cell(es[e], cs[c], v, source=src, day=dt.date(2026, 11, 23) - dt.timedelta(days=back))
        rows = repo.matrix.assessments()
        assert repo.matrix.current_cells() == rules.current_levels(rows)
        assert repo.matrix.self_cells() == rules.self_levels(rows)
