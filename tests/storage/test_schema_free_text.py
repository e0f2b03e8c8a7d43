"""Every free-text column of the file is declared once (``schema.FREE_TEXT_COLUMNS``), and
the declaration holds: an erasure scrubs the former employee's name out of every one of
them, and the MED edition of the plan prints each one as declared (through the Redactor,
or not at all)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from kompetence_desktop.domain.model import PROFILE_KEYS
from kompetence_desktop.operations import AddRecord
from kompetence_desktop.storage import erase, schema

from ..reports.pdfutil import pdf_text

#: a name no demo text contains; the test writes it into every free-text column
NAME = "Zorbatex Quillmore"


def _text_columns(conn) -> set[tuple[str, str]]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\'")]
    return {(t, r[1]) for t in tables for r in conn.execute(f"PRAGMA table_info({t})")
            if r[2].upper() == "TEXT"}


def test_every_text_column_of_the_file_is_declared_free_text_or_code(empty_repo):
    found = _text_columns(empty_repo.conn)
    declared = set(schema.FREE_TEXT_COLUMNS)
    assert not declared & schema.CODE_COLUMNS
    undeclared = found - declared - schema.CODE_COLUMNS
    assert not undeclared, f"TEXT columns neither free text nor code: {sorted(undeclared)}"
    stale = (declared | schema.CODE_COLUMNS) - found
    assert not stale, f"declared columns the file does not have: {sorted(stale)}"


def test_the_erasure_searches_every_free_text_column_but_the_employees_own():
    searched = {(t, c) for t, _key, c in erase._TEXT_COLUMNS}
    for column, (what, _med) in schema.FREE_TEXT_COLUMNS.items():
        if what == schema.SCRUB:
            assert column in searched, column
        else:
            assert what == schema.OWN and column[0] == "employees", column
    assert ("competence_tags", "tag") in searched


def _write_everywhere(repo, text_of) -> None:
    """Append ``text_of(table, column)`` to every row's value of every free-text column
    but the employees' own (appending keeps unique names and tags unique)."""
    c = repo.conn
    with repo.file.atomic():
        if not c.execute("SELECT COUNT(*) FROM self_assessment_forms").fetchone()[0]:
            # the demo has no filled-in forms back yet: one employee has handed hers in
            c.execute("""INSERT INTO self_assessment_forms(form_id, employee_id, made_at, received_on, wishes)
                         VALUES ('f1', (SELECT MIN(id) FROM employees), '2026-10-01', '2026-10-05',
                                 'Mere om autisme')""")
        for (table, column), (what, _med) in schema.FREE_TEXT_COLUMNS.items():
            if what == schema.OWN:
                continue
            assert c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0], f"the demo has no {table}"
            words = text_of(table, column)
            if (table, column) == ("plan_versions", "summary"):
                for vid, summary in c.execute("SELECT id, summary FROM plan_versions").fetchall():
                    data = json.loads(summary)
                    data["note"] = words
                    c.execute("UPDATE plan_versions SET summary = ? WHERE id = ?", (json.dumps(data), vid))
            elif table == "profile":
                for key in PROFILE_KEYS:
                    c.execute("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)",
                              (key, f"{key} {words}"))
            else:
                c.execute(f"UPDATE {table} SET {column} = {column} || ' ' || ?", (words,))


def _free_texts(repo) -> list[tuple[str, str, str]]:
    out = []
    for table, column in schema.FREE_TEXT_COLUMNS:
        for (value,) in repo.conn.execute(f"SELECT {column} FROM {table}"):
            out.append((table, column, value or ""))
    return out


@pytest.mark.parametrize("mode", ["delete", "anonymise"])
def test_an_erasure_leaves_the_name_in_no_free_text_column(demo_repo, mode):
    eid = AddRecord("employee", {"name": NAME, "initials": "ZQX", "start_date": dt.date(2020, 1, 1),
                                 "end_date": dt.date(2025, 6, 30)}).do(demo_repo).created
    _write_everywhere(demo_repo, lambda t, c: f"{t}.{c} ved {NAME} (ZQX)")
    erase.erase(demo_repo, eid, mode, archived="keep")
    texts = _free_texts(demo_repo)
    left = [(t, c) for t, c, v in texts if "zorbatex" in v.casefold() or "quillmore" in v.casefold()
            or "ZQX" in v]
    assert not left, left
    # the rest of each text stays (a competence tag too)
    kept = {(t, c) for t, c, v in texts if f"{t}.{c} ved" in v}
    scrubbed = {k for k, (what, _med) in schema.FREE_TEXT_COLUMNS.items() if what == schema.SCRUB}
    assert ("competence_tags", "tag") in kept
    assert scrubbed <= kept, sorted(scrubbed - kept)


def test_the_med_edition_prints_each_free_text_column_as_declared(demo_repo):
    """A colleague's name written into every free-text column: the MED edition shows the
    columns declared *redacted* with the name replaced, never shows those declared
    *omitted*, and the name appears nowhere but in columns printed *as written*."""
    from kompetence_desktop.reports.plan import render_plan

    AddRecord("employee", {"name": NAME, "initials": "ZQX", "start_date": dt.date(2020, 1, 1)}).do(demo_repo)
    columns = [k for k, (what, _med) in schema.FREE_TEXT_COLUMNS.items() if what != schema.OWN]
    marker = {col: f"xq{chr(97 + i // 26)}{chr(97 + i % 26)}" for i, col in enumerate(columns)}
    _write_everywhere(demo_repo, lambda t, c: f"{marker[(t, c)]} {NAME}")
    for key in schema.PROFILE_AS_WRITTEN:  # printed as written: kept free of the name here
        demo_repo.profile.set(key, f"{key} {marker[('profile', 'value')]}")
    text = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    words = set(text.replace(".", " ").replace(",", " ").split())
    as_written = []
    for col in columns:
        med = schema.FREE_TEXT_COLUMNS[col][1]
        if med == schema.OMITTED:
            assert marker[col] not in words, f"{col} is printed in the MED edition"
        else:
            assert marker[col] in words, f"{col} is not printed in the MED edition"
            if med == schema.AS_WRITTEN:
                as_written.append(col)
    assert as_written == [("course_types", "name")]
    # the name shows only where a course's name is printed as written
    scrubbed = text
    for ct in demo_repo.plan.course_types():
        scrubbed = scrubbed.replace(ct.name, "")
    assert "zorbatex" not in scrubbed.casefold() and "quillmore" not in scrubbed.casefold()
