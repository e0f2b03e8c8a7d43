"""The schema steps of ``schema.py`` as a sqlite-utils ``Migrations`` set.

Imported only when a file is created or needs an upgrade.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .schema import MIGRATION_SET, STEPS

migrations = Migrations(MIGRATION_SET)


def _register(name: str, statements: list[str], number: int) -> None:
    def step(db: Database) -> None:
        for sql in statements:
            db.execute(sql)
        db.execute(f"PRAGMA user_version = {number}")

    migrations(name=name)(step)


for _n, (_name, _statements) in enumerate(STEPS, start=1):
    _register(_name, _statements, _n)


def apply(db: Database, stop_before: str | None = None) -> None:
    """Apply every pending step (each in its own transaction)."""
    migrations.apply(db, stop_before=stop_before)
