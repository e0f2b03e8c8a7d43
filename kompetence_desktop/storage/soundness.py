"""Is a tilbud file ours, and is it whole? Checks that only read.

Two questions, asked before anything trusts a file:

``schema_problem(conn, applied)``
    A file is ours only if it carries the application id (``inspect`` reads
    that from the header) *and* every table the schema steps it records have
    created. An SQLite file that merely has our application id — an empty one,
    or another program's tables — is not a kompetencefil: it is never upgraded
    and never written to.

``full_check(conn)``
    What SQLite's ``PRAGMA quick_check`` does not see, and what would
    otherwise surface as a crash while a page loads its rows:

    * ``PRAGMA integrity_check`` — index entries that point to missing rows
      (or rows missing from an index), CHECK constraints;
    * ``PRAGMA foreign_key_check`` — a row that points to a person or
      competence that is not there;
    * every value has the kind its column declares (an INTEGER column holds
      whole numbers, a TEXT column text), every date column a real date
      (``YYYY-MM-DD``), and every text is valid UTF-8.

    A single flipped bit in a row's bytes passes SQLite's own checks but
    breaks one of these, so the program calls it damaged instead of failing
    on the row later.

Cost: at 200 staff × 150 competences (``kompetence demo X --staff 200
--competences 150``: ≈ 69,000 assessments, 5.5 MB) ``integrity_check`` alone
takes ≈ 70 ms and the whole check 0.1–0.3 s (the demo file: a few ms). The
CLI runs it on every file it opens; the window, where that would hold up the
first paint, runs it on a thread of its own after the first paint
(``TilbudFile.start_full_check``) and waits for it before the first write.
"""
from __future__ import annotations

import re
import sqlite3

from .schema import STEPS

#: date columns the program reads as ``datetime.date`` (datetimes such as created_at are not)
DATE_COLUMNS = {
    "employees": ("start_date", "end_date"),
    "assessments": ("assessed_on",),
    "course_completions": ("completed_on",),
    "activities": ("start_date", "end_date", "followup_date"),
    "learning_goals": ("created_on",),
    "logbook": ("entry_date",),
    "mus": ("held_on",),
    "med_discussions": ("held_on",),
    "supervision": ("held_on",),
    "plan_versions": ("med_date",),
}

_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(\w+)", re.IGNORECASE)



def _checks_of(sql: str) -> list[str]:
    """The expressions of the CHECK constraints in a CREATE TABLE statement."""
    out = []
    for m in re.finditer(r"\bCHECK\s*\(", sql, re.IGNORECASE):
        depth, i = 1, m.end()
        while i < len(sql) and depth:
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            i += 1
        out.append(sql[m.end():i - 1])
    return out


#: table → the step that creates it
TABLE_STEP: dict[str, str] = {}
#: table → its CHECK constraints, from the program's own schema (SQLite's integrity_check
#: skips them on a read-only connection, which is how the CLI reads)
TABLE_CHECKS: dict[str, list[str]] = {}
for _name, _statements in STEPS:
    for _sql in _statements:
        _m = _CREATE_TABLE.match(_sql)
        if _m:
            TABLE_STEP[_m.group(1)] = _name
            TABLE_CHECKS[_m.group(1)] = _checks_of(_sql)


def expected_tables(applied: list[str]) -> set[str]:
    """The tables a file that recorded the schema steps ``applied`` must have."""
    done = set(applied)
    return {t for t, step in TABLE_STEP.items() if step in done}


def schema_problem(conn: sqlite3.Connection, applied: list[str]) -> str:
    """"" if the file's tables are the ones its recorded steps made, else why not.

    ``applied`` comes from ``_sqlite_migrations``: a file with our application id
    that records no step at all is an empty database, not a kompetencefil."""
    if not applied:
        return "no schema steps recorded"
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = expected_tables(applied) - have
    if missing:
        return "missing tables: " + ", ".join(sorted(missing))
    return ""


def _columns(conn, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, not null) of ``table``'s columns."""
    return [(r[1], (r[2] or "").upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")]


def _kind_conditions(table: str, cols) -> list[str]:
    """SQL conditions that are true for a row with a value of the wrong kind."""
    conds = []
    for name, decl, _notnull in cols:
        q = f'"{name}"'
        if "INT" in decl:
            conds.append(f"typeof({q}) NOT IN ('integer', 'null')")
        elif "TEXT" in decl or "CHAR" in decl:
            conds.append(f"typeof({q}) NOT IN ('text', 'null')")
        elif "BLOB" in decl:
            conds.append(f"typeof({q}) NOT IN ('blob', 'null')")
    for expr in TABLE_CHECKS.get(table, ()):
        conds.append(f"NOT coalesce(({expr}), 1)")  # a CHECK fails only when false, not when NULL
    for name in DATE_COLUMNS.get(table, ()):
        q = f'"{name}"'
        conds.append(f"({q} IS NOT NULL AND date({q}) IS NOT {q})")
    return conds


def content_problem(conn: sqlite3.Connection) -> str:
    """"" if every row's values have their column's kind, dates are dates and
    texts are UTF-8; else the first problem found (table and column)."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table not in TABLE_STEP:
            continue  # only the program's own tables are read
        cols = _columns(conn, table)
        conds = _kind_conditions(table, cols)
        if conds:
            bad = conn.execute(f"SELECT rowid FROM {table} WHERE {' OR '.join(conds)} LIMIT 1").fetchone()
            if bad is not None:
                return f"{table}: a value of the wrong kind in row {bad[0]}"
        for name, decl, _nn in cols:
            if "INT" in decl or "BLOB" in decl:
                continue
            # the column's texts as raw bytes, a newline between them (no multi-byte
            # sequence spans two values); Python then decodes them in one go
            cur = conn.execute(f'SELECT CAST(group_concat(CAST("{name}" AS BLOB), x\'0a\') AS BLOB) FROM {table}')
            raw = cur.fetchone()[0]
            if raw is None:
                continue
            try:
                bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                return f"{table}.{name}: text that is not UTF-8"
    return ""


def full_check(conn: sqlite3.Connection) -> str:
    """"ok", or what is wrong with the open file (see the module doc). Reads only."""
    try:
        rows = conn.execute("PRAGMA integrity_check(1)").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return str(rows[0][0]) if rows else "integrity_check gave no answer"
        fk = conn.execute("PRAGMA foreign_key_check").fetchone()
        if fk is not None:
            return f"{fk[0]}: row {fk[1]} points to a missing row in {fk[2]}"
        problem = content_problem(conn)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return problem or "ok"
