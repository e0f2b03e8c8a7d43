"""Rows ↔ domain objects. Reads use the stdlib connection (fast, nothing to
import); writes go through ``TilbudFile.atomic()`` — one committed
transaction per user edit — and sqlite-utils where it helps.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from typing import Any, Iterable

from ..domain import dates
from ..domain.model import (
    CATEGORIES,
    OFFICIAL_SOURCES,
    SOURCE_LEADER,
    SOURCES,
    Activity,
    Assessment,
    Competence,
    CourseCompletion,
    CourseType,
    Employee,
    LearningGoal,
    LogbookEntry,
    MedDiscussion,
    MusRecord,
    SupervisionSession,
    Team,
)
from ..domain.model import MAX_NAME, MAX_TEXT, PROFILE_KEYS
from ..domain.rules import NOT_RELEVANT, DomainError, validate_assessment_date, validate_level
from .tilbudfile import TilbudFile

_d = dates.from_iso
_iso = dates.to_iso

#: tables that the generic insert/update/delete may touch, with their columns
_COLUMNS = {
    "activities": {
        "title", "status", "purpose", "learning_support", "learning_goals", "schedule",
        "start_date", "end_date", "responsible", "resources", "category", "form",
        "provider", "extent", "price_ore", "funded", "funding_source",
        "knowledge_sharing", "expectations_before", "followup_date", "evaluation", "year",
    },
    "course_types": {"name", "rule", "months", "sort_order", "active"},
    "course_completions": {"course_type_id", "employee_id", "completed_on", "note"},
    "learning_goals": {
        "employee_id", "activity_id", "created_on", "knowledge", "practice",
        "results", "org_goals", "support", "status",
    },
    "logbook": {"employee_id", "entry_date", "activity_id", "what_happened", "wondered", "want_more", "other"},
    "mus": {
        "employee_id", "held_on", "notes", "agreement", "agreement_status", "wishes",
        "bf_vil", "bf_kan", "bf_ydre", "bf_moedt", "bf_goer",
    },
    "med_discussions": {"held_on", "evaluation"},
    "supervision": {"audience", "provider", "held_on", "note"},
    "teams": {"name", "sort_order"},
    "employees": {"name", "initials", "job_title", "education", "team_id", "start_date", "end_date", "anonymised",
                  "med_role", "target_group_years_before"},
    "competences": {"category", "name", "description", "expected_level", "sort_order", "per_team"},
}
_NAME_FIELDS = {"name", "initials", "title", "job_title", "provider"}


def _check_text(field: str, value: Any) -> Any:
    if isinstance(value, str):
        limit = MAX_NAME if field in _NAME_FIELDS else MAX_TEXT
        if len(value) > limit:
            raise DomainError("too_long", field=field, limit=limit)
    return value


# --- input limits for the generic writes ------------------------------------
#: columns that hold a date (ISO text in the file)
_DATE_FIELDS = {"start_date", "end_date", "followup_date", "completed_on", "created_on", "entry_date", "held_on"}
_INT_LIMIT = 2**53  # what every caller (and JSON, and Qt's double) can hold exactly


def _check_date(field: str, v):
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, str):
        try:
            v = dt.date.fromisoformat(v)
        except ValueError:
            raise DomainError("bad_date", field=field) from None
    if not isinstance(v, dt.date):
        raise DomainError("bad_date", field=field)
    if not dates.MIN_YEAR <= v.year <= dates.MAX_YEAR:
        raise DomainError("date_out_of_range", field=field)
    return v.isoformat()


def _prep(table: str, fields: dict) -> dict:
    allowed = _COLUMNS[table]
    out = {}
    for k, v in fields.items():
        if k not in allowed:
            raise KeyError(f"{table}.{k}")
        if k in _DATE_FIELDS or isinstance(v, dt.date):
            v = _check_date(k, v)
        elif isinstance(v, bool):
            v = int(v)
        elif isinstance(v, int):
            if not -_INT_LIMIT <= v <= _INT_LIMIT:
                raise DomainError("invalid_value", field=k)
        elif isinstance(v, str):
            if "\x00" in v:
                raise DomainError("invalid_value", field=k)
        elif v is not None:
            raise DomainError("invalid_value", field=k)
        out[k] = _check_text(k, v)
    return out


def _integrity(exc, table: str):
    """A schema CHECK / NOT NULL / UNIQUE / FOREIGN KEY refusal as a DomainError (Danish at the field)."""
    msg = str(exc)
    if "FOREIGN KEY" in msg:
        return DomainError("not_found", table=table)
    return DomainError("invalid_value", table=table)


class Repo:
    """Everything the program reads from and writes to one tilbud file."""

    def __init__(self, file: TilbudFile, clock=None):
        self.file = file
        self.conn = file.conn
        #: today's date; passed in, so the demo can build last year's file and tests can freeze it
        self.clock = clock or dates.today

    # ------------------------------------------------------------------ reads
    def profile(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM profile"))

    def teams(self) -> list[Team]:
        return [Team(*r) for r in self.conn.execute("SELECT id, name, sort_order FROM teams ORDER BY sort_order, name")]

    def employees(self) -> list[Employee]:
        """All staff, former included, ordered by team and name (the matrix order)."""
        rows = self.conn.execute(
            """SELECT e.id, e.name, e.initials, e.job_title, e.education, e.team_id,
                      e.start_date, e.end_date, e.anonymised, e.med_role,
                      e.target_group_years_before
               FROM employees e LEFT JOIN teams t ON t.id = e.team_id
               ORDER BY t.sort_order IS NULL, t.sort_order, t.name, e.name COLLATE NOCASE, e.id"""
        )
        return [
            Employee(r[0], r[1], r[2], r[3], r[4], r[5], _d(r[6]), _d(r[7]), bool(r[8]), r[9] or "", r[10])
            for r in rows
        ]

    def employee(self, employee_id: int) -> Employee | None:
        return next((e for e in self.employees() if e.id == employee_id), None)

    def competences(self) -> list[Competence]:
        tags: dict[int, list[str]] = {}
        for cid, tag in self.conn.execute("SELECT competence_id, tag FROM competence_tags ORDER BY tag"):
            tags.setdefault(cid, []).append(tag)
        order = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(CATEGORIES))
        rows = self.conn.execute(
            f"""SELECT id, category, name, expected_level, description, sort_order, per_team
                FROM competences ORDER BY CASE category {order} END, sort_order, id"""
        )
        return [Competence(r[0], r[1], r[2], r[3], r[4], tuple(tags.get(r[0], ())), r[5], bool(r[6])) for r in rows]

    def _rows_of_employee(self, sql: str, employee_id: int | None, order: str):
        """The rows of ``sql`` (a SELECT … FROM table) for one employee, or for all when None."""
        args: tuple = ()
        if employee_id is not None:
            sql += " WHERE employee_id = ?"
            args = (employee_id,)
        return self.conn.execute(f"{sql} ORDER BY {order}", args)

    def assessments(self, employee_id: int | None = None) -> list[Assessment]:
        sql = """SELECT id, employee_id, competence_id, level, not_relevant, source, assessed_on, note
                 FROM assessments"""
        return [
            Assessment(r[0], r[1], r[2], r[3], bool(r[4]), r[5], dt.date.fromisoformat(r[6]), r[7])
            for r in self._rows_of_employee(sql, employee_id, "assessed_on, id")
        ]

    def _latest_cells(self, sources: Iterable[str], on: dt.date | None) -> dict:
        srcs = tuple(sources)
        marks = ",".join("?" * len(srcs))
        cond = f"source IN ({marks})"
        args: list = list(srcs)
        if on is not None:
            cond += " AND assessed_on <= ?"
            args.append(on.isoformat())
        rows = self.conn.execute(
            f"""SELECT employee_id, competence_id, level, not_relevant FROM (
                    SELECT employee_id, competence_id, level, not_relevant,
                           ROW_NUMBER() OVER (PARTITION BY employee_id, competence_id
                                              ORDER BY assessed_on DESC, id DESC) AS rn
                    FROM assessments WHERE {cond}) WHERE rn = 1""",
            args,
        )
        return {(e, c): (NOT_RELEVANT if nr else lvl) for e, c, lvl, nr in rows}

    def current_cells(self, on: dt.date | None = None) -> dict:
        """(employee_id, competence_id) → current level (leader/MUS), as rules.current_levels."""
        return self._latest_cells(OFFICIAL_SOURCES, on)

    def self_cells(self, on: dt.date | None = None) -> dict:
        return self._latest_cells(("selvvurdering",), on)

    def course_types(self) -> list[CourseType]:
        return [
            CourseType(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
            for r in self.conn.execute("SELECT id, name, rule, months, sort_order, active FROM course_types ORDER BY sort_order, id")
        ]

    def completions(self) -> list[CourseCompletion]:
        return [
            CourseCompletion(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4])
            for r in self.conn.execute(
                "SELECT id, course_type_id, employee_id, completed_on, note FROM course_completions ORDER BY completed_on, id"
            )
        ]

    def activities(self) -> list[Activity]:
        parts: dict[int, list[int]] = {}
        for a, e in self.conn.execute("SELECT activity_id, employee_id FROM activity_participants"):
            parts.setdefault(a, []).append(e)
        comps: dict[int, list[int]] = {}
        for a, c in self.conn.execute("SELECT activity_id, competence_id FROM activity_competences"):
            comps.setdefault(a, []).append(c)
        cur = self.conn.execute(
            """SELECT id, title, status, purpose, learning_support, learning_goals, schedule,
                      start_date, end_date, responsible, resources, category, form, provider,
                      extent, price_ore, funded, funding_source, knowledge_sharing,
                      expectations_before, followup_date, evaluation, year
               FROM activities ORDER BY COALESCE(start_date, '9999'), id"""
        )
        out = []
        for r in cur:
            out.append(
                Activity(
                    id=r[0], title=r[1], status=r[2], purpose=r[3], learning_support=r[4],
                    learning_goals=r[5], schedule=r[6], start_date=_d(r[7]), end_date=_d(r[8]),
                    responsible=r[9], resources=r[10], category=r[11], form=r[12], provider=r[13],
                    extent=r[14], price_ore=r[15], funded=bool(r[16]), funding_source=r[17],
                    knowledge_sharing=r[18], expectations_before=r[19], followup_date=_d(r[20]),
                    evaluation=r[21], year=r[22],
                    participant_ids=sorted(parts.get(r[0], [])),
                    competence_ids=sorted(comps.get(r[0], [])),
                )
            )
        return out

    def mus_records(self, employee_id: int | None = None) -> list[MusRecord]:
        sql = """SELECT id, employee_id, held_on, notes, agreement, agreement_status, wishes,
                        bf_vil, bf_kan, bf_ydre, bf_moedt, bf_goer FROM mus"""
        return [
            MusRecord(r[0], r[1], dt.date.fromisoformat(r[2]), *r[3:])
            for r in self._rows_of_employee(sql, employee_id, "held_on, id")
        ]

    def med_discussions(self) -> list[MedDiscussion]:
        return [
            MedDiscussion(r[0], dt.date.fromisoformat(r[1]), r[2])
            for r in self.conn.execute("SELECT id, held_on, evaluation FROM med_discussions ORDER BY held_on, id")
        ]

    def supervision(self) -> list[SupervisionSession]:
        return [
            SupervisionSession(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4])
            for r in self.conn.execute("SELECT id, audience, provider, held_on, note FROM supervision ORDER BY held_on, id")
        ]

    def learning_goals(self, employee_id: int | None = None) -> list[LearningGoal]:
        sql = """SELECT id, employee_id, activity_id, created_on, knowledge, practice, results,
                        org_goals, support, status FROM learning_goals"""
        return [
            LearningGoal(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), *r[4:])
            for r in self._rows_of_employee(sql, employee_id, "created_on, id")
        ]

    def logbook(self, employee_id: int | None = None) -> list[LogbookEntry]:
        sql = """SELECT id, employee_id, entry_date, activity_id, what_happened, wondered,
                        want_more, other FROM logbook"""
        return [
            LogbookEntry(r[0], r[1], dt.date.fromisoformat(r[2]), *r[3:])
            for r in self._rows_of_employee(sql, employee_id, "entry_date, id")
        ]

    def row(self, table: str, row_id: int) -> dict | None:
        """One row of a generic table as a dict (for undo and editing forms)."""
        if table not in _COLUMNS:
            raise KeyError(table)
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        r = cur.fetchone()
        if r is None:
            return None
        return dict(zip([c[0] for c in cur.description], r))

    # ----------------------------------------------------------------- writes
    def set_profile(self, key: str, value: str) -> None:
        if key not in PROFILE_KEYS:
            raise KeyError(key)
        if not isinstance(value, str) or "\x00" in value:
            raise DomainError("invalid_value", field=key)
        _check_text(key if key == "navn" else "text", value)
        if key == "navn" and len(value) > MAX_NAME:
            raise DomainError("too_long", field=key, limit=MAX_NAME)
        with self.file.atomic() as c:
            c.execute("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)", (key, value))

    def insert(self, table: str, fields: dict) -> int:
        row = _prep(table, fields)
        try:
            with self.file.atomic():
                return self.file.db[table].insert(row).last_pk
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, table) from None

    def update(self, table: str, row_id: int, fields: dict) -> None:
        row = _prep(table, fields)
        if not row:
            return
        try:
            with self.file.atomic():
                self.file.db[table].update(row_id, row)
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, table) from None

    def delete(self, table: str, row_id: int) -> None:
        if table not in _COLUMNS:
            raise KeyError(table)
        with self.file.atomic() as c:
            c.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    # employees ---------------------------------------------------------------
    def add_employee(self, name: str, initials: str, **fields) -> int:
        name = name.strip()
        initials = initials.strip()
        if not name:
            raise DomainError("name_required")
        if not initials:
            raise DomainError("initials_required")
        self._check_employee_input(name, initials, fields, None)
        self._check_initials_free(initials, None)
        return self.insert("employees", {"name": name, "initials": initials, **fields})

    def update_employee(self, employee_id: int, **fields) -> None:
        if "name" in fields and not (isinstance(fields["name"], str) and fields["name"].strip()):
            raise DomainError("name_required")  # None/odd types refused, not a crash
        if "initials" in fields:
            if not (isinstance(fields["initials"], str) and fields["initials"].strip()):
                raise DomainError("initials_required")
            self._check_initials_free(fields["initials"], employee_id)
        self._check_employee_input(fields.get("name"), fields.get("initials"), fields, employee_id)
        self.update("employees", employee_id, fields)

    def _check_employee_input(self, name, initials, fields: dict, employee_id: int | None) -> None:
        """No tab/line break/control characters in a name, no blank or control
        characters inside initials, and no end date before the start date."""
        if isinstance(name, str) and any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
            raise DomainError("name_control")  # tab, line break, other control characters
        if isinstance(initials, str) and any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127
                                             for ch in initials.strip()):
            raise DomainError("initials_whitespace")
        if "start_date" not in fields and "end_date" not in fields:
            return

        def as_date(v):
            if isinstance(v, dt.date):
                return v
            if isinstance(v, str) and v.strip():
                try:
                    return dt.date.fromisoformat(v.strip())
                except ValueError:
                    try:
                        return dates.parse_date(v)
                    except Exception:
                        return None  # the generic write reports an unreadable date
            return None
        old = self.employee(employee_id) if employee_id is not None else None
        start = as_date(fields["start_date"]) if "start_date" in fields else (old.start_date if old else None)
        end = as_date(fields["end_date"]) if "end_date" in fields else (old.end_date if old else None)
        if start and end and end < start:
            raise DomainError("end_before_start")

    def _check_initials_free(self, initials: str, except_id: int | None) -> None:
        r = self.conn.execute(
            "SELECT id FROM employees WHERE initials = ? COLLATE NOCASE AND id IS NOT ?",
            (initials.strip(), except_id),
        ).fetchone()
        if r:
            raise DomainError("initials_taken", initials=initials)

    # teams -------------------------------------------------------------------
    def add_team(self, name: str) -> int:
        name = name.strip()
        if not name:
            raise DomainError("name_required")
        if self.conn.execute("SELECT 1 FROM teams WHERE name = ?", (name,)).fetchone():
            raise DomainError("team_exists", name=name)
        n = self.conn.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM teams").fetchone()[0]
        return self.insert("teams", {"name": name, "sort_order": n})

    # competences -----------------------------------------------------------------
    def add_competence(self, category: str, name: str, expected_level: int, description: str = "", tags: Iterable[str] = ()) -> int:
        if category not in CATEGORIES:
            raise DomainError("unknown_category", category=category)
        if not name.strip():
            raise DomainError("name_required")
        validate_level(expected_level)
        with self.file.atomic() as c:
            n = c.execute(
                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM competences WHERE category = ?", (category,)
            ).fetchone()[0]
            cid = self.insert(
                "competences",
                {"category": category, "name": name.strip(), "expected_level": expected_level,
                 "description": description, "sort_order": n},
            )
            self.set_tags(cid, tags)
        return cid

    def update_competence(self, competence_id: int, tags: Iterable[str] | None = None, **fields) -> None:
        if "expected_level" in fields:
            validate_level(fields["expected_level"])
        if "category" in fields and fields["category"] not in CATEGORIES:
            raise DomainError("unknown_category", category=fields["category"])
        if "name" in fields and not str(fields["name"]).strip():
            raise DomainError("name_required")
        with self.file.atomic():
            self.update("competences", competence_id, fields)
            if tags is not None:
                self.set_tags(competence_id, tags)

    def set_tags(self, competence_id: int, tags: Iterable[str]) -> None:
        clean = sorted({t.strip() for t in tags if t and t.strip()})
        for t in clean:
            _check_text("name", t)
        with self.file.atomic() as c:
            c.execute("DELETE FROM competence_tags WHERE competence_id = ?", (competence_id,))
            c.executemany(
                "INSERT INTO competence_tags(competence_id, tag) VALUES (?, ?)",
                [(competence_id, t) for t in clean],
            )

    def assessment_count(self, competence_id: int) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM assessments WHERE competence_id = ?", (competence_id,)
        ).fetchone()[0]

    # assessments -------------------------------------------------------------------
    def cell_row(self, employee_id: int, competence_id: int, source: str, day: dt.date):
        """The assessment row of one cell on one day, as (id, level, not_relevant) or None."""
        return self.conn.execute(
            """SELECT id, level, not_relevant FROM assessments
               WHERE employee_id = ? AND competence_id = ? AND source = ? AND assessed_on = ?
               ORDER BY id DESC LIMIT 1""",
            (employee_id, competence_id, source, day.isoformat()),
        ).fetchone()

    def set_cell(self, employee_id: int, competence_id: int, value, source: str = SOURCE_LEADER,
                 day: dt.date | None = None, note: str = ""):
        """Record ``value`` (1–5, NOT_RELEVANT or None for cleared) as the
        ``source`` assessment of ``day`` (default today). Re-editing the same
        cell on the same day replaces that day's value. Returns what the cell's
        row for that day was before — pass it to ``restore_cell`` to undo.
        """
        if source not in SOURCES:
            raise DomainError("unknown_source", source=source)
        day = day or self.clock()
        validate_assessment_date(day, self.clock())
        if value is NOT_RELEVANT:
            level, nr = None, 1
        elif value is None:
            level, nr = None, 0
        else:
            level, nr = validate_level(value), 0
        _check_text("text", note)
        with self.file.atomic() as c:
            prev = self.cell_row(employee_id, competence_id, source, day)
            if prev is None:
                c.execute(
                    """INSERT INTO assessments(employee_id, competence_id, level, not_relevant, source, assessed_on, note)
                       VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    (employee_id, competence_id, level, nr, source, day.isoformat(), note),
                )
            else:
                c.execute("UPDATE assessments SET level = ?, not_relevant = ? WHERE id = ?", (level, nr, prev[0]))
        return (employee_id, competence_id, source, day, prev)

    def set_cells(self, changes: Iterable[tuple[int, int, Any]], source: str = SOURCE_LEADER,
                  day: dt.date | None = None) -> list:
        """Several cells in one transaction (a block fill or a paste)."""
        with self.file.atomic():
            return [self.set_cell(e, c, v, source, day) for e, c, v in changes]

    def restore_cell(self, token) -> None:
        """Undo ``set_cell``: put that day's row back as it was."""
        employee_id, competence_id, source, day, prev = token
        with self.file.atomic() as c:
            cur = self.cell_row(employee_id, competence_id, source, day)
            if prev is None:
                if cur is not None:
                    c.execute("DELETE FROM assessments WHERE id = ?", (cur[0],))
            else:
                pid, level, nr = prev
                if cur is not None and cur[0] == pid:
                    c.execute("UPDATE assessments SET level = ?, not_relevant = ? WHERE id = ?", (level, nr, pid))
                else:
                    c.execute(
                        """INSERT INTO assessments(id, employee_id, competence_id, level, not_relevant, source, assessed_on)
                           VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        (pid, employee_id, competence_id, level, nr, source, day.isoformat()),
                    )

    def restore_cells(self, tokens) -> None:
        with self.file.atomic():
            for t in reversed(list(tokens)):
                self.restore_cell(t)

    def add_assessment(self, employee_id: int, competence_id: int, level, source: str, day: dt.date, note: str = "") -> int:
        """An extra dated assessment (history, MUS); unlike set_cell it always adds a row."""
        validate_assessment_date(day, self.clock())
        if source not in SOURCES:
            raise DomainError("unknown_source", source=source)
        nr = 1 if level is NOT_RELEVANT else 0
        lvl = None if level is NOT_RELEVANT or level is None else validate_level(level)
        with self.file.atomic() as c:
            cur = c.execute(
                """INSERT INTO assessments(employee_id, competence_id, level, not_relevant, source, assessed_on, note)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (employee_id, competence_id, lvl, nr, source, day.isoformat(), note),
            )
            return cur.lastrowid

    # activities -------------------------------------------------------------------
    def set_activity_links(self, activity_id: int, participant_ids: Iterable[int] | None = None,
                           competence_ids: Iterable[int] | None = None) -> None:
        with self.file.atomic() as c:
            if participant_ids is not None:
                c.execute("DELETE FROM activity_participants WHERE activity_id = ?", (activity_id,))
                c.executemany(
                    "INSERT INTO activity_participants(activity_id, employee_id) VALUES (?, ?)",
                    [(activity_id, e) for e in sorted(set(participant_ids))],
                )
            if competence_ids is not None:
                c.execute("DELETE FROM activity_competences WHERE activity_id = ?", (activity_id,))
                c.executemany(
                    "INSERT INTO activity_competences(activity_id, competence_id) VALUES (?, ?)",
                    [(activity_id, x) for x in sorted(set(competence_ids))],
                )

    def add_activity(self, title: str, participant_ids=(), competence_ids=(), **fields) -> int:
        if not title.strip():
            raise DomainError("name_required")
        with self.file.atomic():
            aid = self.insert("activities", {"title": title.strip(), **fields})
            self.set_activity_links(aid, participant_ids, competence_ids)
        return aid

    # -------------------------------------------------------------- snapshot
    def snapshot(self, today: dt.date | None = None):
        """Everything at once, for the plan, the check and the Overblik."""
        from ..domain.rules import add_months
        from ..domain.snapshot import Snapshot

        today = today or self.clock()
        return Snapshot(
            today=today,
            profile=self.profile(),
            teams=self.teams(),
            employees=self.employees(),
            competences=self.competences(),
            current=self.current_cells(today),
            selfs=self.self_cells(today),
            year_ago=self.current_cells(add_months(today, -12)),
            course_types=self.course_types(),
            completions=self.completions(),
            activities=self.activities(),
            mus=self.mus_records(),
            med=self.med_discussions(),
            supervision=self.supervision(),
            learning_goals=self.learning_goals(),
            logbook=self.logbook(),
        )

    # ================================================================================
    # --- main window / matrix: undo support and targeted cell reads ---------
    def cells_for(self, pairs: Iterable[tuple[int, int]], sources: Iterable[str] = OFFICIAL_SOURCES,
                  on: dt.date | None = None) -> dict:
        """The latest value of a few cells (after an edit or an undo), like ``current_cells``.

        Cells without any assessment are absent from the result.
        """
        srcs = tuple(sources)
        marks = ",".join("?" * len(srcs))
        cond = "" if on is None else " AND assessed_on <= ?"
        sql = f"""SELECT level, not_relevant FROM assessments
                  WHERE employee_id = ? AND competence_id = ? AND source IN ({marks}){cond}
                  ORDER BY assessed_on DESC, id DESC LIMIT 1"""
        out = {}
        for e, c in set(pairs):
            args = [e, c, *srcs] + ([on.isoformat()] if on is not None else [])
            r = self.conn.execute(sql, args).fetchone()
            if r is not None:
                out[(e, c)] = NOT_RELEVANT if r[1] else r[0]
        return out

    def latest_cells(self, sources: Iterable[str] = OFFICIAL_SOURCES,
                     employee_ids: Iterable[int] | None = None,
                     competence_ids: Iterable[int] | None = None) -> dict:
        """Like ``current_cells()`` (or ``self_cells()`` with sources=("selvvurdering",))
        for today, about twice as fast on a big file: SQLite's MAX() picks the bare
        columns from the latest row of each group (the matrix's cold start).
        ``employee_ids`` / ``competence_ids`` limit it to a block (the first screen)."""
        srcs = tuple(sources)
        marks = ",".join("?" * len(srcs))
        where, args = "", [*srcs, self.clock().isoformat()]
        for col, ids in (("employee_id", employee_ids), ("competence_id", competence_ids)):
            if ids is not None:
                ids = [int(i) for i in ids]
                where += f" AND {col} IN ({','.join('?' * len(ids))})"
                args.extend(ids)
        rows = self.conn.execute(
            f"""SELECT employee_id, competence_id, level, not_relevant,
                       MAX(assessed_on || '#' || printf('%012d', id))
                FROM assessments WHERE source IN ({marks}) AND assessed_on <= ?{where}
                GROUP BY employee_id, competence_id""",
            args,
        )
        return {(e, c): (NOT_RELEVANT if nr else lvl) for e, c, lvl, nr, _k in rows}

    def _dependants(self, table: str):
        """(child table, column, on_delete) for every foreign key pointing at ``table``."""
        out = []
        tables = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for t in tables:
            for fk in self.conn.execute(f"PRAGMA foreign_key_list({t})"):
                # (id, seq, table, from, to, on_update, on_delete, match)
                if fk[2] == table:
                    out.append((t, fk[3], fk[6].upper()))
        return out

    def _fetch(self, table: str, where: str, args) -> list[dict]:
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE {where}", args)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur]

    def capture_rows(self, table: str, row_id: int) -> dict:
        """Everything a delete of ``table`` row ``row_id`` would remove or unlink, so
        ``restore_rows`` can put it back exactly (for undo)."""
        if table not in _COLUMNS:
            raise KeyError(table)
        rows = [(table, self._fetch(table, "id = ?", (row_id,)))]
        unlinked = []
        for child, col, on_delete in self._dependants(table):
            if on_delete == "CASCADE":
                rows.append((child, self._fetch(child, f"{col} = ?", (row_id,))))
            elif on_delete == "SET NULL":
                ids = [r[0] for r in self.conn.execute(f"SELECT rowid FROM {child} WHERE {col} = ?", (row_id,))]
                unlinked.append((child, col, ids))
        return {"table": table, "id": row_id, "rows": rows, "unlinked": unlinked}

    def restore_rows(self, captured: dict) -> None:
        with self.file.atomic() as c:
            for table, rows in captured["rows"]:
                for r in rows:
                    cols = list(r)
                    c.execute(
                        f"INSERT OR REPLACE INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [r[k] for k in cols],
                    )
            for child, col, ids in captured["unlinked"]:
                c.executemany(f"UPDATE {child} SET {col} = ? WHERE rowid = ?", [(captured["id"], i) for i in ids])

    def swap_competence_order(self, a_id: int, b_id: int) -> None:
        """Swap two competences' places (reorder within a category); doing it twice undoes it."""
        with self.file.atomic() as c:
            ra = c.execute("SELECT sort_order FROM competences WHERE id = ?", (a_id,)).fetchone()
            rb = c.execute("SELECT sort_order FROM competences WHERE id = ?", (b_id,)).fetchone()
            if ra is None or rb is None:
                return
            oa, ob = ra[0], rb[0]
            if oa == ob:  # equal orders: make them distinct first
                ob = oa + 1
            c.execute("UPDATE competences SET sort_order = ? WHERE id = ?", (ob, a_id))
            c.execute("UPDATE competences SET sort_order = ? WHERE id = ?", (oa, b_id))
    # --- plan and follow-up (plan, courses, MUS, MED) --------------------
    # (undo of deletes uses the main-window block's capture_rows / restore_rows)
    def rows_where(self, table: str, column: str, values: Iterable) -> list[dict]:
        if table not in _COLUMNS or (column != "id" and column not in _COLUMNS[table]):
            raise KeyError(f"{table}.{column}")
        vals = list(values)
        if not vals:
            return []
        cur = self.conn.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(vals))}) ORDER BY id", vals
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]

    def record_completions(self, course_type_id: int, employee_ids: Iterable[int], day: dt.date,
                           note: str = "") -> list[int]:
        """One completion per employee (a whole team did the fire drill), one transaction."""
        if day > self.clock():
            raise DomainError("assessment_in_future", day=day)
        _prep("course_completions", {"completed_on": day, "note": note})
        with self.file.atomic() as c:
            return [
                c.execute(
                    "INSERT INTO course_completions(course_type_id, employee_id, completed_on, note) VALUES (?, ?, ?, ?)",
                    (course_type_id, e, day.isoformat(), note),
                ).lastrowid
                for e in employee_ids
            ]

    def delete_rows(self, table: str, ids: Iterable[int]) -> dict:
        """Delete rows (no dependants) by id in one transaction; returns them in
        ``capture_rows`` form so ``restore_rows`` puts them back."""
        rows = self.rows_where(table, "id", ids)
        with self.file.atomic() as c:
            c.executemany(f"DELETE FROM {table} WHERE id = ?", [(r["id"],) for r in rows])
        return {"table": table, "id": None, "rows": [(table, rows)], "unlinked": []}

    def add_default_course_types(self, courses: Iterable[tuple[str, str, int | None]]) -> list[int]:
        """Insert (name, rule, months) course types whose names are not there yet."""
        have = {r[0].casefold() for r in self.conn.execute("SELECT name FROM course_types")}
        with self.file.atomic() as c:
            n = c.execute("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM course_types").fetchone()[0]
            ids = []
            for name, rule, months in courses:
                if name.casefold() in have:
                    continue
                ids.append(c.execute(
                    "INSERT INTO course_types(name, rule, months, sort_order) VALUES (?, ?, ?, ?)",
                    (name, rule, months, n),
                ).lastrowid)
                n += 1
        return ids

    def save_activity(self, activity_id: int | None, fields: dict, participant_ids=None, competence_ids=None) -> int:
        """Create (``activity_id`` None) or update an activity and its links in one transaction."""
        if "title" in fields and not str(fields["title"]).strip():
            raise DomainError("name_required")
        with self.file.atomic():
            if activity_id is None:
                activity_id = self.insert("activities", fields)
            else:
                self.update("activities", activity_id, fields)
            self.set_activity_links(activity_id, participant_ids, competence_ids)
        return activity_id

    def restore_activity(self, captured: dict) -> None:
        """Put an activity back exactly as ``capture_rows('activities', id)`` saw it (undo of an edit)."""
        with self.file.atomic() as c:
            c.execute("DELETE FROM activities WHERE id = ?", (captured["id"],))
            self.restore_rows(captured)
    # --- plan archive -------------------------------------------------
    def plan_versions(self) -> list[dict]:
        """Archived plans, newest first, without the PDF bytes:
        dicts with id, version, med_date (date), variant, created_at, summary (dict)."""
        out = []
        for r in self.conn.execute(
            "SELECT id, version, med_date, variant, created_at, summary FROM plan_versions ORDER BY version DESC"
        ):
            try:
                summary = json.loads(r[5] or "{}")
            except ValueError:
                summary = {}
            out.append({"id": r[0], "version": r[1], "med_date": dt.date.fromisoformat(r[2]), "variant": r[3],
                        "created_at": r[4], "summary": summary})
        return out

    def plan_version_pdf(self, version_id: int) -> bytes | None:
        r = self.conn.execute("SELECT pdf FROM plan_versions WHERE id = ?", (version_id,)).fetchone()
        return bytes(r[0]) if r else None

    def next_plan_version(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions").fetchone()[0]

    def add_plan_version(self, med_date: dt.date, pdf: bytes, summary: dict, variant: str = "leder",
                         record_med: bool = True, version: int | None = None, evaluation: str = "",
                         today: dt.date | None = None) -> int:
        """Keep a printed plan as *behandlet i MED* on ``med_date`` (version N, returned).
        With ``record_med`` the MED discussion of that date is recorded too (once), with
        ``evaluation`` as its text."""

        if variant not in ("leder", "med"):
            raise ValueError(variant)
        if not dates.MIN_YEAR <= med_date.year <= dates.MAX_YEAR:
            raise DomainError("date_out_of_range")
        if med_date > (today or self.clock()):
            raise DomainError("assessment_in_future")
        with self.file.atomic() as c:
            n = version or self.next_plan_version()
            c.execute(
                "INSERT INTO plan_versions(version, med_date, variant, summary, pdf) VALUES (?, ?, ?, ?, ?)",
                (n, med_date.isoformat(), variant, json.dumps(summary, ensure_ascii=False), pdf),
            )
            if record_med and not c.execute(
                "SELECT 1 FROM med_discussions WHERE held_on = ?", (med_date.isoformat(),)
            ).fetchone():
                c.execute("INSERT INTO med_discussions(held_on, evaluation) VALUES (?, ?)",
                          (med_date.isoformat(), evaluation))
        return n

    def remove_plan_version(self, version: int, med_date: dt.date, evaluation: str) -> dict:
        """Undo ``add_plan_version``: the version goes, and the MED discussion it recorded
        (same day, same text). Returns what went, for ``restore_plan_version``."""
        with self.file.atomic() as c:
            rows = self._fetch("plan_versions", "version = ?", (version,))
            med = self._fetch("med_discussions", "held_on = ? AND evaluation = ?",
                              (med_date.isoformat(), evaluation))
            c.execute("DELETE FROM plan_versions WHERE version = ?", (version,))
            c.executemany("DELETE FROM med_discussions WHERE id = ?", [(r["id"],) for r in med])
        return {"table": "plan_versions", "id": None,
                "rows": [("plan_versions", rows), ("med_discussions", med)], "unlinked": []}

    def restore_plan_version(self, captured: dict) -> None:
        self.restore_rows(captured)
    # --- end of plan archive block ------------------------------------------------------------

    # --- the operations' record writes --------------------------------------------------
    def add_record(self, table: str, fields: dict, participants=None, competences=None, tags=None) -> int:
        """A new row of ``table`` (with an activity's links, a competence's tags) in one
        transaction. Teams and competences get the next place in their order."""
        fields = dict(fields)
        with self.file.atomic() as c:
            if table == "teams" and "sort_order" not in fields:
                fields["sort_order"] = c.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM teams").fetchone()[0]
            elif table == "competences" and "sort_order" not in fields:
                fields["sort_order"] = c.execute(
                    "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM competences WHERE category = ?",
                    (fields.get("category"),)).fetchone()[0]
            elif table == "course_types" and "sort_order" not in fields:
                fields["sort_order"] = c.execute(
                    "SELECT COALESCE(MAX(sort_order), -1) + 1 FROM course_types").fetchone()[0]
            row_id = self.insert(table, fields)
            if table == "activities":
                self.set_activity_links(row_id, participants or (), competences or ())
            if table == "competences" and tags is not None:
                self.set_tags(row_id, tags)
        return row_id

    def update_record(self, table: str, row_id: int, fields: dict, participants=None, competences=None,
                      tags=None) -> None:
        with self.file.atomic():
            self.update(table, row_id, fields)
            if table == "activities":
                self.set_activity_links(row_id, participants, competences)
            if table == "competences" and tags is not None:
                self.set_tags(row_id, tags)

    def record_state(self, table: str, row_id: int, keys) -> dict:
        """What ``update_record`` of ``keys`` would change, for ``put_record_state`` (undo)."""
        row = self.row(table, row_id) or {}
        state = {"table": table, "id": row_id, "fields": {k: row.get(k) for k in keys}}
        if table == "activities":
            state["participants"] = [r[0] for r in self.conn.execute(
                "SELECT employee_id FROM activity_participants WHERE activity_id = ?", (row_id,))]
            state["competences"] = [r[0] for r in self.conn.execute(
                "SELECT competence_id FROM activity_competences WHERE activity_id = ?", (row_id,))]
        if table == "competences":
            state["tags"] = [r[0] for r in self.conn.execute(
                "SELECT tag FROM competence_tags WHERE competence_id = ?", (row_id,))]
        return state

    def put_record_state(self, state: dict) -> None:
        self.update_record(state["table"], state["id"], state["fields"], participants=state.get("participants"),
                           competences=state.get("competences"), tags=state.get("tags"))

    def clear_profile(self, key: str) -> None:
        if key not in PROFILE_KEYS:
            raise KeyError(key)
        with self.file.atomic() as c:
            c.execute("DELETE FROM profile WHERE key = ?", (key,))

    # --- calendar export: a per-file id for .ics UIDs ---------------------------
    FILE_UID_KEY = "fil_id"

    def file_uid(self) -> str:
        """A stable id of this tilbud file, so calendar UIDs from two files never
        collide. Created on first use (a uuid under the profile key ``fil_id``);
        a read-only file that has none gets one derived from the tilbud's name
        and the file's path (stable for that file, never written)."""
        key = self.FILE_UID_KEY
        row = self.conn.execute("SELECT value FROM profile WHERE key = ?", (key,)).fetchone()
        if row and row[0]:
            return str(row[0])
        if not self.file.readonly:
            from .tilbudfile import ReadOnlyError

            try:
                with self.file.atomic() as c:
                    c.execute("INSERT OR IGNORE INTO profile(key, value) VALUES (?, ?)", (key, uuid.uuid4().hex))
                    return str(c.execute("SELECT value FROM profile WHERE key = ?", (key,)).fetchone()[0])
            except (ReadOnlyError, sqlite3.Error, OSError):
                pass  # the file refuses writes now: fall back to the derived id
        name = self.profile().get("navn", "")
        path = str(self.file.path.resolve())
        return hashlib.sha256(f"{name}\x00{path}".encode("utf-8")).hexdigest()[:32]
