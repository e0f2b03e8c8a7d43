"""Where an exported document may be written.

A document (PDF, Excel) must never land on top of the tilbud file it was made
from, another tilbud file, a lock file, or any file of a different kind: the
CLI and the Udskrifter page both ask ``output_problem`` first and refuse with
its Danish sentence. Nothing is appended or renamed — a wrong extension is
refused, so what the user typed is exactly what gets written (or nothing).

No reportlab here: this is imported by the CLI and the GUI before rendering.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .. import texts

#: names that always belong to the program's own files, never to a document
PROTECTED_SUFFIXES = (".kompetence", ".lock", ".kompetence-wal", ".kompetence-shm", ".kompetence-journal")

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _is_sqlite(p: Path) -> bool:
    try:
        with open(p, "rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def output_problem(out, ext: str, inputs: Iterable = ()) -> str | None:
    """A Danish sentence why ``out`` must not receive a ``.ext`` document, or None.

    ``ext`` is the document's extension without the dot ("pdf", "xlsx");
    ``inputs`` are files the document was made from (the tilbud file)."""
    out = Path(out)
    ext = ext.lower().lstrip(".")
    name = out.name.lower()
    for inp in inputs:
        if inp and _same(out, Path(inp)):
            return texts.OUTPUT_PROBLEMS["same_as_input"].format(path=out)
    if any(name.endswith(s) for s in PROTECTED_SUFFIXES):
        return texts.OUTPUT_PROBLEMS["protected"].format(path=out, ext=ext)
    if out.is_dir():
        return texts.OUTPUT_PROBLEMS["is_dir"].format(path=out)
    if out.suffix.lower() != f".{ext}":
        return texts.OUTPUT_PROBLEMS["wrong_ext"].format(path=out, ext=ext, kind=texts.OUTPUT_KINDS.get(ext, ext))
    if out.exists() and _is_sqlite(out):  # a tilbud file under an odd name
        return texts.OUTPUT_PROBLEMS["protected"].format(path=out, ext=ext)
    return None
