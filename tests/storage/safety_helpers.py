"""Helpers shared by the data-safety tests."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def dump(path) -> str:
    """The whole database as SQL text (read-only), to compare before/after."""
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
