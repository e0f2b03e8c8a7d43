"""The file's side of the self-assessment forms: the secret that signs them, and
the forms read back in (``self_assessment_forms``: which form, whose, when it
was made and received, and the employee's *Ønsker til kompetenceudvikling*).

Functions over a ``Repo`` (its connection and ``file.atomic()``), so the
repository class itself stays as it is.
"""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from ..domain.model import MAX_TEXT
from ..domain.rules import DomainError

#: the profile key holding the secret that signs this file's forms (never shown, never printed)
SECRET_KEY = "selvvurdering_noegle"
#: the profile key holding the day forms for all staff were last made (ISO)
ROUND_KEY = "selvvurdering_runde"


@dataclass(frozen=True)
class Receipt:
    """One form read back in."""

    id: int
    form_id: str
    employee_id: int
    made_at: str
    received_on: dt.date
    wishes: str = ""


def form_secret(repo) -> str | None:
    row = repo.conn.execute("SELECT value FROM profile WHERE key = ?", (SECRET_KEY,)).fetchone()
    return str(row[0]) if row and row[0] else None


def create_form_secret(repo) -> str:
    """Store a new random secret (once; an existing one is kept). Returns the secret."""
    with repo.file.atomic() as c:
        c.execute("INSERT OR IGNORE INTO profile(key, value) VALUES (?, ?)", (SECRET_KEY, secrets.token_hex(32)))
        return str(c.execute("SELECT value FROM profile WHERE key = ?", (SECRET_KEY,)).fetchone()[0])


def delete_form_secret(repo) -> None:
    with repo.file.atomic() as c:
        c.execute("DELETE FROM profile WHERE key = ?", (SECRET_KEY,))


def form_round(repo) -> str | None:
    row = repo.conn.execute("SELECT value FROM profile WHERE key = ?", (ROUND_KEY,)).fetchone()
    return str(row[0]) if row and row[0] else None


def set_form_round(repo, day: str | None) -> None:
    with repo.file.atomic() as c:
        if day is None:
            c.execute("DELETE FROM profile WHERE key = ?", (ROUND_KEY,))
        else:
            c.execute("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)", (ROUND_KEY, day))


def receipts(repo, employee_id: int | None = None) -> list[Receipt]:
    """The forms read back in, oldest first (for one employee, or all)."""
    sql = "SELECT id, form_id, employee_id, made_at, received_on, wishes FROM self_assessment_forms"
    args: tuple = ()
    if employee_id is not None:
        sql += " WHERE employee_id = ?"
        args = (employee_id,)
    return [Receipt(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), r[5])
            for r in repo.conn.execute(sql + " ORDER BY received_on, id", args)]


def receipt_of_form(repo, form_id: str) -> Receipt | None:
    r = repo.conn.execute(
        "SELECT id, form_id, employee_id, made_at, received_on, wishes FROM self_assessment_forms WHERE form_id = ?",
        (form_id,)).fetchone()
    return Receipt(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), r[5]) if r else None


def add_receipts(repo, rows: list[tuple[int | None, str, int, str, dt.date, str]]) -> list[int]:
    """Insert (id or None, form id, employee id, made at, received on, wishes); returns the ids."""
    for *_rest, wishes in rows:
        if len(wishes) > MAX_TEXT:
            raise DomainError("too_long", field="wishes", limit=MAX_TEXT)
    with repo.file.atomic() as c:
        return [c.execute(
            """INSERT INTO self_assessment_forms(id, form_id, employee_id, made_at, received_on, wishes)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (rid, form_id, emp, made, day.isoformat(), wishes)).lastrowid
            for rid, form_id, emp, made, day, wishes in rows]


def delete_receipts(repo, ids: list[int]) -> None:
    with repo.file.atomic() as c:
        c.executemany("DELETE FROM self_assessment_forms WHERE id = ?", [(i,) for i in ids])


def assessment_notes(repo, keys: list[tuple[int, int, str, dt.date]]) -> dict:
    """(employee, competence, source, day) → (assessment id, note) of that day's row, where there is one."""
    out = {}
    for e, c, source, day in keys:
        r = repo.conn.execute(
            """SELECT id, note FROM assessments WHERE employee_id = ? AND competence_id = ? AND source = ?
               AND assessed_on = ? ORDER BY id DESC LIMIT 1""", (e, c, source, day.isoformat())).fetchone()
        if r:
            out[(e, c, source, day)] = (r[0], r[1])
    return out


def set_assessment_notes(repo, notes: list[tuple[int, str]]) -> None:
    """Write (assessment id, note) pairs."""
    for _id, note in notes:
        if len(note) > MAX_TEXT:
            raise DomainError("too_long", field="note", limit=MAX_TEXT)
    with repo.file.atomic() as c:
        c.executemany("UPDATE assessments SET note = ? WHERE id = ?", [(n, i) for i, n in notes])
