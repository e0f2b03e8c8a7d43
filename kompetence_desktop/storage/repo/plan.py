"""The training plan: activities and their links, mandatory course types and their
completions, and the archive of plan versions approved in MED."""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

from ...domain import dates
from ...domain.model import Activity, CourseCompletion, CourseType
from ...domain.rules import DomainError
from .rows import dicts, from_row, objects


class PlanRepo:
    def __init__(self, file, rows, clock):
        self.file = file
        self.conn = file.conn
        self.rows = rows
        self._clock = clock

    # --- activities -------------------------------------------------------------------------------
    def activities(self) -> list[Activity]:
        parts: dict[int, list[int]] = {}
        for a, e in self.conn.execute("SELECT activity_id, employee_id FROM activity_participants"):
            parts.setdefault(a, []).append(e)
        comps: dict[int, list[int]] = {}
        for a, c in self.conn.execute("SELECT activity_id, competence_id FROM activity_competences"):
            comps.setdefault(a, []).append(c)
        rows = dicts(self.conn.execute("SELECT * FROM activities ORDER BY COALESCE(start_date, '9999'), id"))
        return [from_row(Activity, r, participant_ids=sorted(parts.get(r["id"], [])),
                         competence_ids=sorted(comps.get(r["id"], []))) for r in rows]

    def set_activity_links(self, activity_id: int, participant_ids: Iterable[int] | None = None,
                           competence_ids: Iterable[int] | None = None) -> None:
        with self.file.atomic():
            if participant_ids is not None:
                self.rows.set_links("activities", activity_id, "participants", participant_ids)
            if competence_ids is not None:
                self.rows.set_links("activities", activity_id, "competences", competence_ids)

    # --- mandatory courses ------------------------------------------------------------------------
    def course_types(self) -> list[CourseType]:
        return objects(self.conn, CourseType, "SELECT * FROM course_types ORDER BY sort_order, id")

    def completions(self) -> list[CourseCompletion]:
        return objects(self.conn, CourseCompletion, "SELECT * FROM course_completions ORDER BY completed_on, id")

    def record_completions(self, course_type_id: int, employee_ids: Iterable[int], day: dt.date,
                           note: str = "") -> list[int]:
        """One completion per employee (a whole team did the fire drill), one transaction."""
        if day > self._clock():
            raise DomainError("assessment_in_future", day=day)
        self.rows.prepare("course_completions", {"completed_on": day, "note": note})
        with self.file.atomic() as c:
            return [
                c.execute(
                    "INSERT INTO course_completions(course_type_id, employee_id, completed_on, note) VALUES (?, ?, ?, ?)",
                    (course_type_id, e, day.isoformat(), note),
                ).lastrowid
                for e in employee_ids
            ]

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

    # --- the archive of approved plans ----------------------------------------------------------
    def plan_versions(self) -> list[dict]:
        """Archived plans, newest first, without the PDF bytes:
        dicts with id, version, med_date (date), variant, created_at, summary (dict)."""
        out = []
        for r in dicts(self.conn.execute(
            "SELECT id, version, med_date, variant, created_at, summary FROM plan_versions ORDER BY version DESC"
        )):
            try:
                r["summary"] = json.loads(r["summary"] or "{}")
            except ValueError:
                r["summary"] = {}
            r["med_date"] = dt.date.fromisoformat(r["med_date"])
            out.append(r)
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
        if med_date > (today or self._clock()):
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
            rows = dicts(c.execute("SELECT * FROM plan_versions WHERE version = ?", (version,)))
            med = dicts(c.execute("SELECT * FROM med_discussions WHERE held_on = ? AND evaluation = ?",
                                  (med_date.isoformat(), evaluation)))
            c.execute("DELETE FROM plan_versions WHERE version = ?", (version,))
            c.executemany("DELETE FROM med_discussions WHERE id = ?", [(r["id"],) for r in med])
        return {"table": "plan_versions", "id": None,
                "rows": [("plan_versions", rows), ("med_discussions", med)], "unlinked": []}

    def restore_plan_version(self, captured: dict) -> None:
        self.rows.restore_rows(captured)
