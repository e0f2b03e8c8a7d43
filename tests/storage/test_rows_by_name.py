"""Rows are read by column name and the writable columns come from the file's schema:
every field of a record is stored and read back as written, whatever the column order."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kompetence_desktop.domain.model import Activity, Employee, MusRecord
from kompetence_desktop.domain.rules import DomainError
from kompetence_desktop.operations import AddRecord, History
from kompetence_desktop.storage.repo.rows import RECORD_TABLES, from_row


def test_the_writable_columns_are_the_files_own(empty_repo):
    for table in RECORD_TABLES:
        schema = {r[1] for r in empty_repo.conn.execute(f"PRAGMA table_info({table})")}
        assert empty_repo.rows.columns(table) == schema - {"id", "created_at"}
    with pytest.raises(KeyError):
        empty_repo.rows.insert("employees", {"name": "Anne", "initials": "AH", "shoe_size": 42})
    with pytest.raises(KeyError):
        empty_repo.rows.columns("plan_versions")


def test_every_field_of_an_activity_is_stored_and_read_back(empty_repo):
    h = History(empty_repo)
    e = h.run(AddRecord("employee", {"name": "Anne Hansen", "initials": "AH"})).created
    fields = {
        "title": "NADA-kursus", "status": "bevilget", "purpose": "Ro i kroppen", "learning_support": "Sidemand",
        "learning_goals": "Kende NADA", "schedule": "Forår", "start_date": dt.date(2026, 3, 2),
        "end_date": dt.date(2026, 3, 4), "responsible": "Lederen", "resources": "3 dage", "category": "prioriterede",
        "form": "temadag", "provider": "VIA", "extent": "3 dage", "price_ore": 1_250_000, "funded": False,
        "funding_source": "Puljen", "knowledge_sharing": "Personalemøde", "expectations_before": "Lære at give NADA",
        "followup_date": dt.date(2026, 4, 1), "evaluation": "God", "year": 2026,
    }
    aid = h.run(AddRecord("activity", fields, participants=[e])).created
    (got,) = empty_repo.plan.activities()
    assert got == Activity(id=aid, **fields, participant_ids=[e], competence_ids=[])
    assert set(fields) | {"id", "participant_ids", "competence_ids"} == {f.name for f in dataclasses.fields(Activity)}


def test_an_employee_reads_the_same_after_a_column_is_added_to_the_file(empty_repo):
    """A later schema step may add a column: the reads take the fields by name and ignore it."""
    h = History(empty_repo)
    e = h.run(AddRecord("employee", {"name": "Anne Hansen", "initials": "AH",
                                     "start_date": dt.date(2024, 2, 1)})).created
    empty_repo.conn.execute("ALTER TABLE employees ADD COLUMN phone TEXT NOT NULL DEFAULT ''")
    assert empty_repo.staff.employees() == [Employee(e, "Anne Hansen", "AH", start_date=dt.date(2024, 2, 1))]


def test_from_row_converts_dates_and_flags_by_the_fields_types():
    row = {"id": 3, "employee_id": 7, "held_on": "2026-05-04", "notes": "Godt", "not_a_field": 1}
    assert from_row(MusRecord, row) == MusRecord(3, 7, dt.date(2026, 5, 4), notes="Godt")
    emp = from_row(Employee, {"id": 1, "name": "A", "initials": "A", "end_date": None, "anonymised": 1})
    assert emp.anonymised is True and emp.end_date is None


def test_a_date_column_refuses_what_is_not_a_date(empty_repo):
    e = History(empty_repo).run(AddRecord("employee", {"name": "Anne Hansen", "initials": "AH"})).created
    with pytest.raises(DomainError) as exc:
        empty_repo.rows.insert("mus", {"employee_id": e, "held_on": "31.02.2026"})
    assert exc.value.code == "bad_date"
    assert empty_repo.records.mus_records() == []
