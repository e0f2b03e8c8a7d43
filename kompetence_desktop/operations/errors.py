"""What a front end catches from the operations besides ``DomainError``: the file's
own refusals (opened read-only, the lock lost, disk or SQLite trouble) and the
problems of opening a file."""
from __future__ import annotations

import sqlite3

from ..storage.tilbudfile import FileProblem, ReadOnlyError

#: what the storage layer raises when a write cannot happen
STORAGE_ERRORS = (ReadOnlyError, sqlite3.Error, OSError)

__all__ = ["STORAGE_ERRORS", "FileProblem", "ReadOnlyError"]
