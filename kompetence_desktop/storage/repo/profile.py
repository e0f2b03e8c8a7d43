"""The tilbud's profile: its name and the texts the plan prints, and the file's own id."""
from __future__ import annotations

import hashlib
import sqlite3
import uuid

from ...domain.model import MAX_NAME, PROFILE_KEYS
from ...domain.rules import DomainError
from ..tilbudfile import ReadOnlyError
from .rows import check_text

#: the profile key of the file's id (calendar UIDs)
FILE_UID_KEY = "fil_id"


class ProfileRepo:
    def __init__(self, file):
        self.file = file
        self.conn = file.conn

    def texts(self) -> dict[str, str]:
        """key → text of every profile field the file has."""
        return dict(self.conn.execute("SELECT key, value FROM profile"))

    def set(self, key: str, value: str) -> None:
        if key not in PROFILE_KEYS:
            raise KeyError(key)
        if not isinstance(value, str) or "\x00" in value:
            raise DomainError("invalid_value", field=key)
        check_text(key if key == "navn" else "text", value)
        if key == "navn" and len(value) > MAX_NAME:
            raise DomainError("too_long", field=key, limit=MAX_NAME)
        with self.file.atomic() as c:
            c.execute("INSERT OR REPLACE INTO profile(key, value) VALUES (?, ?)", (key, value))

    def clear(self, key: str) -> None:
        if key not in PROFILE_KEYS:
            raise KeyError(key)
        with self.file.atomic() as c:
            c.execute("DELETE FROM profile WHERE key = ?", (key,))

    def file_uid(self) -> str:
        """A stable id of this tilbud file, so calendar UIDs from two files never
        collide. Created on first use (a uuid under the profile key ``fil_id``);
        a read-only file that has none gets one derived from the tilbud's name
        and the file's path (stable for that file, never written)."""
        key = FILE_UID_KEY
        row = self.conn.execute("SELECT value FROM profile WHERE key = ?", (key,)).fetchone()
        if row and row[0]:
            return str(row[0])
        if not self.file.readonly:
            try:
                with self.file.atomic() as c:
                    c.execute("INSERT OR IGNORE INTO profile(key, value) VALUES (?, ?)", (key, uuid.uuid4().hex))
                    return str(c.execute("SELECT value FROM profile WHERE key = ?", (key,)).fetchone()[0])
            except (ReadOnlyError, sqlite3.Error, OSError):
                pass  # the file refuses writes now: fall back to the derived id
        name = self.texts().get("navn", "")
        path = str(self.file.path.resolve())
        return hashlib.sha256(f"{name}\x00{path}".encode("utf-8")).hexdigest()[:32]
