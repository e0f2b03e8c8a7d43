"""The competence matrix: competences and their tags, assessments (the cells) and
the competences' order."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from ...domain.model import CATEGORIES, OFFICIAL_SOURCES, SOURCE_LEADER, SOURCES, Assessment, Competence
from ...domain.rules import NOT_RELEVANT, DomainError, validate_assessment_date, validate_level
from .rows import check_text, dicts, from_row, objects


class MatrixRepo:
    def __init__(self, file, rows, clock):
        self.file = file
        self.conn = file.conn
        self.rows = rows
        self._clock = clock

    # --- competences --------------------------------------------------------------------------
    def competences(self) -> list[Competence]:
        tags: dict[int, list[str]] = {}
        for cid, tag in self.conn.execute("SELECT competence_id, tag FROM competence_tags ORDER BY tag"):
            tags.setdefault(cid, []).append(tag)
        order = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(CATEGORIES))
        rows = dicts(self.conn.execute(
            f"SELECT * FROM competences ORDER BY CASE category {order} END, sort_order, id"))
        return [from_row(Competence, r, tags=tuple(tags.get(r["id"], ()))) for r in rows]

    def set_tags(self, competence_id: int, tags: Iterable[str]) -> None:
        self.rows.set_links("competences", competence_id, "tags", tags)

    def assessment_count(self, competence_id: int) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM assessments WHERE competence_id = ?", (competence_id,)
        ).fetchone()[0]

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

    # --- reading the cells ------------------------------------------------------------------------
    def assessments(self, employee_id: int | None = None) -> list[Assessment]:
        if employee_id is None:
            return objects(self.conn, Assessment, "SELECT * FROM assessments ORDER BY assessed_on, id")
        return objects(self.conn, Assessment,
                       "SELECT * FROM assessments WHERE employee_id = ? ORDER BY assessed_on, id", (employee_id,))

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
        where, args = "", [*srcs, self._clock().isoformat()]
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

    # --- writing the cells ----------------------------------------------------------------------
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
        day = day or self._clock()
        validate_assessment_date(day, self._clock())
        if value is NOT_RELEVANT:
            level, nr = None, 1
        elif value is None:
            level, nr = None, 0
        else:
            level, nr = validate_level(value), 0
        check_text("text", note)
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

    def add_assessment(self, employee_id: int, competence_id: int, level, source: str, day: dt.date,
                       note: str = "") -> int:
        """An extra dated assessment (history, MUS); unlike set_cell it always adds a row."""
        validate_assessment_date(day, self._clock())
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
