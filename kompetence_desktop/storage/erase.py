"""Erasing a former employee (GDPR, DOMAIN §10).

Two modes:

``delete``
    Everything about the employee goes: the employee row and, through the
    schema's ``ON DELETE CASCADE``, their assessments, course completions,
    activity participation, learning goals, logbook and MUS records.

``anonymise``
    The tilbud's statistics stay true: the employee becomes "Tidligere
    medarbejder N" (initials "TMN") and keeps

    * assessments — level, source and date (notes are cleared),
    * course completions — course and date (notes are cleared),
    * participation in training activities (who took part is what the
      training plan's history counts; the participant is now a pseudonym),
    * education level and end date (the education mix over time, and the
      end date keeps them out of every "active staff" figure).

    Removed: name, initials, job title, team, start date (with education it
    could single a person out in a small tilbud), every note on
    assessments and completions, learning goals, the logbook and MUS records
    (notes, development agreement, wishes, Basic Five).

In both modes the full name is also replaced wherever it was typed into
another free-text field (profile texts, activities, other people's notes),
and the erasure is recorded (time and mode, nothing else) in ``erasures``.

Only former staff may be erased: an end date that has passed.

The old data must not survive in the file: the deletes run with
``PRAGMA secure_delete = ON`` (freed space is overwritten with zeros) and the
file is rebuilt with ``VACUUM`` afterwards, so the old name is absent from
the file's bytes. Backups taken before the erasure still hold it;
``ErasureResult.older_backups`` lists them so the leader can delete them.

Archived plan PDFs (``plan_versions``, leader's edition) may show the name;
they are documents of record and are not edited — ``describe`` counts them
so the confirmation can say so.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from .. import texts
from ..domain import dates
from .tilbudfile import TilbudFile

MODES = ("delete", "anonymise")

#: free-text columns searched for the employee's name (table, key column, text column)
_TEXT_COLUMNS = [("profile", "key", "value")]
for _c in ("title", "purpose", "learning_support", "learning_goals", "schedule", "responsible",
           "resources", "provider", "extent", "funding_source", "knowledge_sharing",
           "expectations_before", "evaluation"):
    _TEXT_COLUMNS.append(("activities", "id", _c))
for _c in ("knowledge", "practice", "results", "org_goals", "support", "status"):
    _TEXT_COLUMNS.append(("learning_goals", "id", _c))
for _c in ("what_happened", "wondered", "want_more", "other"):
    _TEXT_COLUMNS.append(("logbook", "id", _c))
for _c in ("notes", "agreement", "agreement_status", "wishes", "bf_vil", "bf_kan", "bf_ydre",
           "bf_moedt", "bf_goer"):
    _TEXT_COLUMNS.append(("mus", "id", _c))
_TEXT_COLUMNS += [
    ("med_discussions", "id", "evaluation"),
    ("supervision", "id", "provider"),
    ("supervision", "id", "note"),
    ("assessments", "id", "note"),
    ("course_completions", "id", "note"),
    ("competences", "id", "name"),
    ("competences", "id", "description"),
    ("course_types", "id", "name"),
    ("teams", "id", "name"),
    ("plan_versions", "id", "summary"),
]
#: rows of the employee's own that go anyway (not counted as "mentions")
_OWN = {"learning_goals", "logbook", "mus", "assessments", "course_completions"}


class EraseError(Exception):
    """``code``: not_found, not_former, already_anonymised, unknown_mode."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclasses.dataclass
class ErasurePlan:
    employee_id: int
    name: str
    mode: str
    pseudonym: str
    pseudonym_initials: str
    #: what goes: (key of texts.ERASE_ITEMS, count), only non-zero counts
    items: list[tuple[str, int]]
    #: what stays (anonymise): keys of texts.ERASE_KEPT with counts
    kept: list[tuple[str, int]]
    archived_plans: int = 0

    def lines(self) -> list[str]:
        """The confirmation's Danish lines: exactly what goes, then what stays."""
        out = [f"{texts.ERASE_ITEMS[k]}: {n}" if k not in ("name", "job_title", "start_date", "the_employee")
               else texts.ERASE_ITEMS[k] for k, n in self.items]
        if self.mode == "anonymise":
            out.append(f"Medarbejderen hedder herefter »{self.pseudonym}« ({self.pseudonym_initials}).")
            out += [f"{texts.ERASE_KEPT[k]}" + (f": {n}" if n else "") for k, n in self.kept]
        if self.archived_plans:
            out.append(f"{self.archived_plans} arkiverede planer (lederens udgave) kan vise navnet; "
                       "de er dokumentation og ændres ikke.")
        return out


@dataclasses.dataclass
class ErasureResult:
    plan: ErasurePlan
    erased_at: dt.datetime
    older_backups: list  # backup.BackupInfo, newest first


def _count(conn, sql, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


def _mentions(conn, name: str, employee_id: int) -> list[tuple[str, str, str, object]]:
    """(table, key column, text column, key) of other rows whose text contains ``name``."""
    out = []
    if not name.strip():
        return out
    for table, keycol, col in _TEXT_COLUMNS:
        sql = f"SELECT {keycol} FROM {table} WHERE instr({col}, ?) > 0"
        args: tuple = (name,)
        if table in _OWN:
            sql += " AND employee_id IS NOT ?"
            args += (employee_id,)
        try:
            rows = conn.execute(sql, args).fetchall()
        except Exception:  # a table this file does not have yet
            continue
        out += [(table, keycol, col, r[0]) for r in rows]
    return out


def _pseudonym(conn) -> tuple[str, str]:
    n = _count(conn, "SELECT COUNT(*) FROM employees WHERE anonymised = 1") + 1
    while True:
        name = texts.ERASE_PSEUDONYM.format(n=n)
        ini = texts.ERASE_PSEUDONYM_INITIALS.format(n=n)
        clash = conn.execute(
            "SELECT 1 FROM employees WHERE name = ? OR initials = ? COLLATE NOCASE", (name, ini)
        ).fetchone()
        if not clash:
            return name, ini
        n += 1


def describe(repo, employee_id: int, mode: str) -> ErasurePlan:
    """What ``erase`` would do, for the confirmation. Writes nothing."""
    if mode not in MODES:
        raise EraseError("unknown_mode")
    conn = repo.conn
    emp = repo.employee(employee_id)
    if emp is None:
        raise EraseError("not_found")
    if emp.end_date is None or emp.end_date > dates.today():
        raise EraseError("not_former")
    if emp.anonymised and mode == "anonymise":
        raise EraseError("already_anonymised")
    e = employee_id
    n_ass = _count(conn, "SELECT COUNT(*) FROM assessments WHERE employee_id = ?", e)
    n_ass_notes = _count(conn, "SELECT COUNT(*) FROM assessments WHERE employee_id = ? AND note != ''", e)
    n_comp = _count(conn, "SELECT COUNT(*) FROM course_completions WHERE employee_id = ?", e)
    n_comp_notes = _count(conn, "SELECT COUNT(*) FROM course_completions WHERE employee_id = ? AND note != ''", e)
    n_part = _count(conn, "SELECT COUNT(*) FROM activity_participants WHERE employee_id = ?", e)
    n_goals = _count(conn, "SELECT COUNT(*) FROM learning_goals WHERE employee_id = ?", e)
    n_log = _count(conn, "SELECT COUNT(*) FROM logbook WHERE employee_id = ?", e)
    n_mus = _count(conn, "SELECT COUNT(*) FROM mus WHERE employee_id = ?", e)
    n_mentions = len(_mentions(conn, emp.name, e))
    try:
        n_plans = _count(conn, "SELECT COUNT(*) FROM plan_versions WHERE variant = 'leder'")
    except Exception:
        n_plans = 0
    pseudonym, pini = _pseudonym(conn) if mode == "anonymise" else ("", "")
    if mode == "delete":
        items = [("the_employee", 1), ("name", 1), ("assessments", n_ass), ("completions", n_comp),
                 ("participations", n_part)]
        kept: list[tuple[str, int]] = []
    else:
        items = [("name", 1)]
        if emp.job_title or emp.team_id is not None:
            items.append(("job_title", 1))
        if emp.start_date is not None:
            items.append(("start_date", 1))
        items += [("assessment_notes", n_ass_notes), ("completion_notes", n_comp_notes)]
        kept = [("assessments", n_ass), ("completions", n_comp), ("participations", n_part), ("education", 0)]
        kept = [(k, n) for k, n in kept if n or k == "education"]
    items += [("learning_goals", n_goals), ("logbook", n_log), ("mus", n_mus), ("mentions", n_mentions)]
    items = [(k, n) for k, n in items if n]
    return ErasurePlan(e, emp.name, mode, pseudonym, pini, items, kept, n_plans)


def erase(repo, employee_id: int, mode: str, now: dt.datetime | None = None) -> ErasureResult:
    """Erase or anonymise a former employee, then scrub the file (secure_delete + VACUUM)."""
    from . import backup

    plan = describe(repo, employee_id, mode)
    file: TilbudFile = repo.file
    conn = file.conn
    now = (now or dt.datetime.now()).replace(microsecond=0)
    e = employee_id
    replacement = plan.pseudonym if mode == "anonymise" else texts.ERASE_MENTION_REPLACEMENT
    prev_secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with file.atomic() as c:
            for table, keycol, col, key in _mentions(c, plan.name, e):
                c.execute(f"UPDATE {table} SET {col} = replace({col}, ?, ?) WHERE {keycol} = ?",
                          (plan.name, replacement, key))
            if mode == "delete":
                c.execute("DELETE FROM employees WHERE id = ?", (e,))
            else:
                c.execute(
                    """UPDATE employees SET name = ?, initials = ?, job_title = '', team_id = NULL,
                              start_date = NULL, anonymised = 1 WHERE id = ?""",
                    (plan.pseudonym, plan.pseudonym_initials, e),
                )
                c.execute("UPDATE assessments SET note = '' WHERE employee_id = ? AND note != ''", (e,))
                c.execute("UPDATE course_completions SET note = '' WHERE employee_id = ? AND note != ''", (e,))
                c.execute("DELETE FROM learning_goals WHERE employee_id = ?", (e,))
                c.execute("DELETE FROM logbook WHERE employee_id = ?", (e,))
                c.execute("DELETE FROM mus WHERE employee_id = ?", (e,))
            c.execute("INSERT INTO erasures(erased_at, mode) VALUES (?, ?)",
                      (now.strftime("%Y-%m-%d %H:%M:%S"), mode))
        # rebuild the file so no freed page, index entry or overflow page keeps the old text
        conn.execute("VACUUM")
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(prev_secure)}")
    return ErasureResult(plan, now, backup.older_than(file.path, now))


def erasures(repo) -> list[tuple[dt.datetime, str]]:
    """When erasures were made (local time) and how."""
    out = []
    for at, mode in repo.conn.execute("SELECT erased_at, mode FROM erasures ORDER BY erased_at"):
        try:
            out.append((dt.datetime.fromisoformat(at), mode))
        except ValueError:
            continue
    return out
