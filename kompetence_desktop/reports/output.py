"""Where an exported document may be written.

A document (PDF, Excel) must never land on top of the tilbud file it was made
from, another tilbud file, a lock file, or any file of a different kind: the
CLI and the Udskrifter page both ask ``output_problem`` first and refuse with
its Danish sentence. Nothing is appended or renamed — a wrong extension is
refused, so what the user typed is exactly what gets written (or nothing).

No reportlab here: this is imported by the CLI and the GUI before rendering.
"""
from __future__ import annotations

import errno
import os
import tempfile
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
    folder = _folder(out)
    if not folder.exists():
        return texts.OUTPUT_WRITE_PROBLEMS["missing_dir"].format(dir=folder, path=out)
    if not folder.is_dir():
        return texts.OUTPUT_WRITE_PROBLEMS["not_dir"].format(dir=folder, path=out)
    if not os.access(folder, os.W_OK | os.X_OK):
        return texts.OUTPUT_WRITE_PROBLEMS["no_access"].format(dir=folder, path=out)
    if out.suffix.lower() != f".{ext}":
        return texts.OUTPUT_PROBLEMS["wrong_ext"].format(path=out, ext=ext, kind=texts.OUTPUT_KINDS.get(ext, ext))
    if out.exists() and _is_sqlite(out):  # a tilbud file under an odd name
        return texts.OUTPUT_PROBLEMS["protected"].format(path=out, ext=ext)
    return None


def _folder(out: Path) -> Path:
    """The folder ``out`` goes into, as the user would recognise it (never ".")."""
    parent = Path(out).parent
    return Path.cwd() if str(parent) in ("", ".") else parent


class WriteFailed(Exception):
    """Writing a document failed; ``str(exc)`` is one Danish sentence naming the user's path."""


def write_problem(out, exc: OSError, replacing: bool = False) -> str:
    """One Danish sentence for an OSError met while writing ``out`` — about the user's
    path and folder, never the temporary file's name or the system's English text.
    ``replacing``: the error came when the finished file was put in place of ``out``."""
    out = Path(out)
    folder = _folder(out)
    code = exc.errno
    w = texts.OUTPUT_WRITE_PROBLEMS
    if code == errno.ENOENT and not folder.exists():
        key = "missing_dir"
    elif code == errno.ENOTDIR:
        key = "not_dir"
    elif code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        key = "in_use" if replacing and out.exists() else "no_access"
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        key = "disk_full"
    elif code == errno.EROFS:
        key = "read_only_drive"
    elif code == errno.ENAMETOOLONG:
        key = "name_too_long"
    else:
        key = "other"
    return w[key].format(path=out, dir=folder, code=code if code is not None else "?")


def _umask() -> int:
    """The process's umask, read without changing it where the system says it
    (``os.umask`` can only be read by setting it, which races other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _document_mode(out: Path) -> int:
    """The permission bits ``out`` should end with: an existing file keeps its own,
    a new one gets what the user's umask gives any new file (typically rw-r--r--).
    Always writable by its owner: a read-only temporary file could not be removed
    again on Windows if the rename fails."""
    try:
        mode = out.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    return mode | 0o200


def write_atomic(out, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file in the same folder: never half a
    file, and ``out`` is untouched on failure. Raises WriteFailed with a Danish sentence."""
    out = Path(out)
    stage = "create"
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=out.suffix, dir=str(_folder(out)))
        stage = "write"
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file readable by its owner only; a document is for others too
        # (MED members on a shared folder): the permissions a new file gets here, or the
        # replaced file's own
        os.chmod(tmp, _document_mode(out))
        stage = "replace"
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise WriteFailed(write_problem(out, exc, replacing=stage == "replace")) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
