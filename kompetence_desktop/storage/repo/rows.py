"""Rows by name, and the generic row writes every record kind shares.

The columns a write may touch are read from the file's own schema
(``PRAGMA table_info``), and rows become domain objects by column name
(``from_row``), converting the fields the dataclass declares as dates or
booleans. So the schema is said once, in ``storage.schema``; a column added
there is written and read here without another list to update.

``RowStore`` holds the writes the operations build on: insert, update and
delete of one record, the links of an activity or a competence, and capturing
rows (with everything that hangs on them) so undo can put them back exactly.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import typing
from typing import Any, Iterable

from ...domain import dates
from ...domain.model import (
    MAX_NAME,
    MAX_TEXT,
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
from ...domain.rules import DomainError

#: the domain class of each table's rows
TABLE_CLASSES: dict[str, type] = {
    "teams": Team,
    "employees": Employee,
    "competences": Competence,
    "assessments": Assessment,
    "course_types": CourseType,
    "course_completions": CourseCompletion,
    "activities": Activity,
    "learning_goals": LearningGoal,
    "logbook": LogbookEntry,
    "mus": MusRecord,
    "med_discussions": MedDiscussion,
    "supervision": SupervisionSession,
}
#: the tables of the records the operations add, edit and delete one at a time
#: (assessments have their own cell writes, plan versions their archive)
RECORD_TABLES = frozenset(TABLE_CLASSES) - {"assessments"}
#: columns the file fills itself: never written by a record write
_FILE_COLUMNS = {"id", "created_at"}
#: the link tables of a record: (table, link) → (link table, the record's column, the linked column)
LINKS = {
    ("activities", "participants"): ("activity_participants", "activity_id", "employee_id"),
    ("activities", "competences"): ("activity_competences", "activity_id", "competence_id"),
    ("competences", "tags"): ("competence_tags", "competence_id", "tag"),
}

_NAME_FIELDS = {"name", "initials", "title", "job_title", "provider"}
_INT_LIMIT = 2**53  # what every caller (and JSON, and Qt's double) can hold exactly


# --- rows → domain objects -----------------------------------------------------------------
def _converters(cls: type) -> dict[str, Any]:
    """field → the conversion its declared type asks for (dates from ISO text, booleans from 0/1)."""
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if hint is dt.date or dt.date in typing.get_args(hint):
            out[f.name] = dates.from_iso
        elif hint is bool:
            out[f.name] = bool
    return out


_CONVERTERS: dict[type, tuple[frozenset[str], dict[str, Any]]] = {}


def _known(cls: type) -> tuple[frozenset[str], dict[str, Any]]:
    """(field names, converters) of a dataclass, worked out once."""
    known = _CONVERTERS.get(cls)
    if known is None:
        known = _CONVERTERS[cls] = (frozenset(f.name for f in dataclasses.fields(cls)), _converters(cls))
    return known


def from_row(cls: type, row: dict, **extra):
    """A ``cls`` dataclass from a row read by name: the columns that are its fields
    (others are ignored), with dates and booleans converted; ``extra`` adds fields
    not stored in the row itself (an activity's links, a competence's tags)."""
    names, conv = _known(cls)
    kw = {}
    for k, v in row.items():
        if k in names:
            fn = conv.get(k)
            kw[k] = fn(v) if fn is not None and v is not None else v
    kw.update(extra)
    return cls(**kw)


def dicts(cur: sqlite3.Cursor) -> list[dict]:
    """The rows of an executed query as dicts by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def objects(conn, cls: type, sql: str, args=()) -> list:
    """The rows of ``sql`` as ``cls`` objects (``from_row`` for every row, with the columns
    matched to the fields once per query: a file can hold tens of thousands of assessments)."""
    cur = conn.execute(sql, args)
    names, conv = _known(cls)
    picks = [(i, d[0], conv.get(d[0])) for i, d in enumerate(cur.description) if d[0] in names]
    plain = [(i, k) for i, k, fn in picks if fn is None]
    converted = [(i, k, fn) for i, k, fn in picks if fn is not None]
    out = []
    for r in cur:
        kw = {k: r[i] for i, k in plain}
        for i, k, fn in converted:
            v = r[i]
            kw[k] = None if v is None else fn(v)
        out.append(cls(**kw))
    return out


# --- input checks of the generic writes ------------------------------------------------------
def check_text(field: str, value: Any) -> Any:
    if isinstance(value, str):
        limit = MAX_NAME if field in _NAME_FIELDS else MAX_TEXT
        if len(value) > limit:
            raise DomainError("too_long", field=field, limit=limit)
    return value


def _date_fields(table: str) -> frozenset[str]:
    """The columns of ``table`` that hold a date (ISO text in the file): its class's date fields."""
    cls = TABLE_CLASSES.get(table)
    if cls is None:
        return frozenset()
    return frozenset(k for k, fn in _known(cls)[1].items() if fn is dates.from_iso)


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


def _integrity(exc, table: str):
    """A schema CHECK / NOT NULL / UNIQUE / FOREIGN KEY refusal as a DomainError."""
    if "FOREIGN KEY" in str(exc):
        return DomainError("not_found", table=table)
    return DomainError("invalid_value", table=table)


class RowStore:
    """Generic writes of one record's row (and its links), and undo's capture/restore."""

    def __init__(self, file):
        self.file = file
        self.conn = file.conn
        self._columns: dict[str, frozenset[str]] = {}

    # --- the schema, read from the file ---------------------------------------------------------
    def columns(self, table: str) -> frozenset[str]:
        """The columns of ``table`` a record write may set (all but the ones the file fills)."""
        cols = self._columns.get(table)
        if cols is None:
            if table not in RECORD_TABLES:
                raise KeyError(table)
            cols = frozenset(r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")) - _FILE_COLUMNS
            self._columns[table] = cols
        return cols

    def prepare(self, table: str, fields: dict) -> dict:
        """``fields`` as stored: known columns only, dates as ISO text, limits checked."""
        allowed = self.columns(table)
        date_fields = _date_fields(table)
        out = {}
        for k, v in fields.items():
            if k not in allowed:
                raise KeyError(f"{table}.{k}")
            if k in date_fields or isinstance(v, dt.date):
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
            out[k] = check_text(k, v)
        return out

    # --- reads -----------------------------------------------------------------------------------
    def row(self, table: str, row_id: int) -> dict | None:
        """One record's row as a dict (for undo and editing forms)."""
        self.columns(table)
        found = dicts(self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
        return found[0] if found else None

    def rows_where(self, table: str, column: str, values: Iterable) -> list[dict]:
        if column != "id" and column not in self.columns(table):
            raise KeyError(f"{table}.{column}")
        self.columns(table)  # an unknown table is refused even when filtering by id
        vals = list(values)
        if not vals:
            return []
        return dicts(self.conn.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(vals))}) ORDER BY id", vals))

    def _fetch(self, table: str, where: str, args) -> list[dict]:
        return dicts(self.conn.execute(f"SELECT * FROM {table} WHERE {where}", args))

    def links(self, table: str, row_id: int, link: str) -> list:
        link_table, own, other = LINKS[(table, link)]
        return [r[0] for r in self.conn.execute(
            f"SELECT {other} FROM {link_table} WHERE {own} = ? ORDER BY {other}", (row_id,))]

    # --- writes ----------------------------------------------------------------------------------
    def insert(self, table: str, fields: dict) -> int:
        row = self.prepare(table, fields)
        try:
            with self.file.atomic():
                return self.file.db[table].insert(row).last_pk
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, table) from None

    def update(self, table: str, row_id: int, fields: dict) -> None:
        row = self.prepare(table, fields)
        if not row:
            return
        try:
            with self.file.atomic():
                self.file.db[table].update(row_id, row)
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, table) from None

    def delete(self, table: str, row_id: int) -> None:
        self.columns(table)
        with self.file.atomic() as c:
            c.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def set_links(self, table: str, row_id: int, link: str, values: Iterable) -> None:
        """Replace the ``link`` rows of one record (an activity's participants, a competence's tags)."""
        link_table, own, other = LINKS[(table, link)]
        if link == "tags":
            values = [t.strip() for t in values if t and t.strip()]
            for t in values:
                check_text("name", t)
        with self.file.atomic() as c:
            c.execute(f"DELETE FROM {link_table} WHERE {own} = ?", (row_id,))
            c.executemany(f"INSERT INTO {link_table}({own}, {other}) VALUES (?, ?)",
                          [(row_id, v) for v in sorted(set(values))])

    def _set_all_links(self, table: str, row_id: int, given: dict) -> None:
        for (t, link) in LINKS:
            if t == table and given.get(link) is not None:
                self.set_links(table, row_id, link, given[link])

    def add_record(self, table: str, fields: dict, participants=None, competences=None, tags=None) -> int:
        """A new row of ``table`` (with an activity's links, a competence's tags) in one
        transaction. Teams, competences and course types get the next place in their order."""
        fields = dict(fields)
        with self.file.atomic() as c:
            if "sort_order" not in fields and "sort_order" in self.columns(table):
                if table == "competences":
                    fields["sort_order"] = c.execute(
                        "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM competences WHERE category = ?",
                        (fields.get("category"),)).fetchone()[0]
                else:
                    first = -1 if table == "course_types" else 0
                    fields["sort_order"] = c.execute(
                        f"SELECT COALESCE(MAX(sort_order), {first}) + 1 FROM {table}").fetchone()[0]
            row_id = self.insert(table, fields)
            if table == "activities":
                participants, competences = participants or (), competences or ()
            self._set_all_links(table, row_id, {"participants": participants, "competences": competences,
                                                "tags": tags})
        return row_id

    def update_record(self, table: str, row_id: int, fields: dict, participants=None, competences=None,
                      tags=None) -> None:
        with self.file.atomic():
            self.update(table, row_id, fields)
            self._set_all_links(table, row_id, {"participants": participants, "competences": competences,
                                                "tags": tags})

    def record_state(self, table: str, row_id: int, keys) -> dict:
        """What ``update_record`` of ``keys`` would change, for ``put_record_state`` (undo)."""
        row = self.row(table, row_id) or {}
        state = {"table": table, "id": row_id, "fields": {k: row.get(k) for k in keys}}
        for (t, link) in LINKS:
            if t == table:
                state[link] = self.links(table, row_id, link)
        return state

    def put_record_state(self, state: dict) -> None:
        self.update_record(state["table"], state["id"], state["fields"], participants=state.get("participants"),
                           competences=state.get("competences"), tags=state.get("tags"))

    # --- undo: capture rows with what hangs on them, and put them back ------------------------
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

    def capture_rows(self, table: str, row_id: int) -> dict:
        """Everything a delete of ``table`` row ``row_id`` would remove or unlink, so
        ``restore_rows`` can put it back exactly (for undo)."""
        self.columns(table)
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

    def delete_rows(self, table: str, ids: Iterable[int]) -> dict:
        """Delete rows (no dependants) by id in one transaction; returns them in
        ``capture_rows`` form so ``restore_rows`` puts them back."""
        rows = self.rows_where(table, "id", ids)
        with self.file.atomic() as c:
            c.executemany(f"DELETE FROM {table} WHERE id = ?", [(r["id"],) for r in rows])
        return {"table": table, "id": None, "rows": [(table, rows)], "unlinked": []}
