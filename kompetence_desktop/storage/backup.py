"""Backups of a tilbud file through SQLite's online backup API.

Where: ``paths.backups_dir() / "<file stem>-<hash of the file's path>/"``,
one folder per tilbud file (the hash keeps two ``lærkely.kompetence`` files
in different folders apart), each backup named
``<stem>-YYYYMMDD-HHMMSS.kompetence`` after the local time it was taken.

When: ``auto_backup`` runs when the program opens a file, at most once per
calendar day per file. ``backup_now`` takes one at any time (the CLI's
``kompetence backup``).

Keeping: the newest ``KEEP_LAST`` (10) plus the newest backup of each of the
last ``KEEP_MONTHS`` (12) calendar months; older ones are deleted after each
automatic backup. A backup written to an explicit destination is the user's
and never pruned.

Restoring never writes over the open file: ``restore`` copies a backup into a
*new* file (which must not exist) and the program then opens that.

Backups are written to a temporary name beside the final one, checked with
``soundness.full_check`` and moved into place, so a crash never leaves half a
backup that looks complete. The temporary name (``.kopi-<process id>-….kompetence``)
says which process writes it: one whose process is gone (killed mid-copy) is
deleted by ``sweep_temporaries`` — at the next backup, the next erasure and
after the window's first paint — so no hidden full copy outlives it.

Only a sound file is copied: the source passes the whole check first (a file
left by a crash has its hot journal rolled back before), and a backup that
turns out damaged is never restored (the next older one is named instead).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from .. import paths
from . import soundness
from .tilbudfile import FileProblem, TilbudFile, _recover_hot_journal, inspect, journal_path

KEEP_LAST = 10
KEEP_MONTHS = 12
SUFFIX = ".kompetence"
_STAMP = re.compile(r"-(\d{8})-(\d{6})(?:-\d+)?\.kompetence$")


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time
    size: int

    @property
    def label(self) -> str:
        """12.02.2025 kl. 14:03 — how the restore dialog lists it."""
        t = self.taken_at
        return f"{t.day:02d}.{t.month:02d}.{t.year} kl. {t.hour:02d}:{t.minute:02d}"


class BackupError(Exception):
    """A backup could not be written or restored. ``code``: write_failed, check_failed,
    not_a_backup, exists, same_file."""

    def __init__(self, code: str, path=None, detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path) if path is not None else None
        self.detail = detail


# ----------------------------------------------------------------- where
def folder_for(path) -> Path:
    """The backups folder of the tilbud file at ``path``."""
    p = Path(path)
    try:
        key = str(p.resolve())
    except OSError:
        key = str(p.absolute())
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", p.stem)[:60] or "tilbud"
    return paths.backups_dir() / f"{stem}-{digest}"


def _parse_stamp(name: str) -> dt.datetime | None:
    m = _STAMP.search(name)
    if not m:
        return None
    try:
        return dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def taken_at(path) -> dt.datetime | None:
    """When the backup at ``path`` was taken, read from its name (None if not one of ours)."""
    return _parse_stamp(Path(path).name)


def list_backups(path) -> list[BackupInfo]:
    """The backups of ``path``, newest first."""
    folder = folder_for(path)
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for e in entries:
        if e.name.startswith(".") or not e.name.endswith(SUFFIX):
            continue
        when = _parse_stamp(e.name)
        if when is None:
            continue
        try:
            size = e.stat().st_size
        except OSError:
            continue
        out.append(BackupInfo(e, when, size))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def newest_for(path) -> BackupInfo | None:
    """The newest backup of ``path`` (offered when the file turns out damaged)."""
    backups = list_backups(path)
    return backups[0] if backups else None


def newest_good_for(path) -> BackupInfo | None:
    """The newest backup of ``path`` that passes the whole check (offered when the
    file turns out damaged: a damaged backup is never offered as good)."""
    return _first_whole(list_backups(path))


def _first_whole(backups) -> BackupInfo | None:
    """The first of ``backups`` that passes the whole check."""
    for b in backups:
        try:
            inspect(b.path)
        except FileProblem:
            continue
        return b
    return None


def upgrade_copies(path) -> list[BackupInfo]:
    """The copies an upgrade left beside ``path`` (``NAME.før-opgradering-vN-….kompetence``,
    ``tilbudfile._backup_before_upgrade``), newest first: backups the program made too."""
    p = Path(path)
    out = []
    try:
        entries = list(p.parent.iterdir())
    except OSError:
        return []
    for e in entries:
        if not (e.name.startswith(f"{p.stem}.før-opgradering-v") and e.name.endswith(p.suffix or SUFFIX)):
            continue
        when = _parse_stamp(e.name)
        if when is None:
            continue
        with contextlib.suppress(OSError):
            out.append(BackupInfo(e, when, e.stat().st_size))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def older_than(path, when: dt.datetime) -> list[BackupInfo]:
    """Backups of ``path`` taken before ``when`` — in the backups folder and the copies
    an upgrade left beside the file — newest first (after an erasure they still hold
    the old data)."""
    olds = [b for b in list_backups(path) + upgrade_copies(path) if b.taken_at < when]
    return sorted(olds, key=lambda b: (b.taken_at, b.path.name), reverse=True)


# ----------------------------------------------------------------- copying
def copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """SQLite backup API from ``source`` into a new file ``dest`` (temp + check + rename)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=SUFFIX, dir=dest.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        target = sqlite3.connect(str(tmp_path))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            check = soundness.full_check(target)
        finally:
            target.close()
        if check != "ok":
            raise BackupError("check_failed", dest, check)
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, dest)
    except sqlite3.DatabaseError as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise BackupError("write_failed", dest, str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    finally:
        with contextlib.suppress(OSError):
            journal_path(tmp_path).unlink()


#: the temporary name of a copy being written: ``.kopi-<pid>-<random>.kompetence``
TEMP_PREFIX = ".kopi-"
_TEMP = re.compile(r"^\.kopi-(?:(\d+)-)?[^/]*\.kompetence(?:-journal)?$")
#: a temporary copy with no process id in its name is left alone this long (seconds)
TEMP_STALE_AFTER = 3600.0


def _pid_alive(pid: int) -> bool:
    from .locking import _pid_alive as alive

    return alive(pid)


def sweep_temporaries(folder) -> list[Path]:
    """Delete the temporary copies (and their journals) that a killed backup left in
    ``folder``: those whose writing process is gone, or, without a process id in the
    name, an hour old. Returns what went; never raises."""
    import time

    gone: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return gone
    for e in entries:
        m = _TEMP.match(e.name)
        if m is None:
            continue
        try:
            if m.group(1) is not None:
                if int(m.group(1)) == os.getpid() or _pid_alive(int(m.group(1))):
                    continue
            elif time.time() - e.stat().st_mtime < TEMP_STALE_AFTER:
                continue
            e.unlink()
            gone.append(e)
        except (OSError, ValueError):
            continue
    return gone


def sweep_all_temporaries() -> list[Path]:
    """``sweep_temporaries`` in every backups folder (after the window's first paint)."""
    gone: list[Path] = []
    try:
        folders = [d for d in paths.backups_dir().iterdir() if d.is_dir()]
    except OSError:
        return gone
    for d in folders:
        gone += sweep_temporaries(d)
    return gone


@contextlib.contextmanager
def _source(file):
    """A connection to read ``file`` from: an open TilbudFile's own, or a fresh read-only one.
    Either way the file has passed the whole check (FileProblem "damaged" if not)."""
    if isinstance(file, TilbudFile):
        file.check_integrity()  # a damaged file is never backed up as good
        yield file.conn, file.path
        return
    path = Path(file)
    _recover_hot_journal(path)  # a file left by a crash: rolled back first, as any open does
    inspect(path)  # a damaged or foreign file is not backed up (FileProblem)
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        yield conn, path
    finally:
        conn.close()


def _unique(dest: Path) -> Path:
    if not dest.exists():
        return dest
    n = 2
    while True:
        cand = dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        if not cand.exists():
            return cand
        n += 1


def _require_folder(folder: Path) -> None:
    """A copy the user places never creates folders: a mistyped path is refused, not guessed."""
    if not folder.is_dir():
        raise BackupError("no_folder", folder)


def backup_now(file, dest=None, now: dt.datetime | None = None) -> Path:
    """Back up ``file`` (a TilbudFile or a path) now; returns the backup's path.

    ``dest`` None: into the file's backups folder (then pruned). ``dest`` a
    folder: a dated file in it. ``dest`` a file name: exactly there (must not
    exist).
    """
    now = now or dt.datetime.now()
    with _source(file) as (conn, src_path):
        name = f"{src_path.stem}-{now:%Y%m%d-%H%M%S}{SUFFIX}"
        if dest is None:
            sweep_temporaries(folder_for(src_path))
            target = _unique(folder_for(src_path) / name)
        else:
            trailing_sep = str(dest).endswith(("/", os.sep))
            dest = Path(dest)
            if dest.is_dir():
                target = _unique(dest / name)
            else:
                _require_folder(dest.parent if not trailing_sep else dest)
                if dest.resolve() == src_path.resolve() or (
                        dest.exists() and os.path.samefile(dest, src_path)):
                    raise BackupError("same_file", dest)
                if dest.exists():
                    raise BackupError("dest_exists", dest)  # a backup never writes over a file
                target = dest
        if target.resolve() == src_path.resolve():
            raise BackupError("same_file", target)
        copy_database(conn, target)
    if dest is None:
        prune(src_path, now)
    return target


def auto_backup(file, now: dt.datetime | None = None) -> Path | None:
    """The backup on opening: at most one per calendar day. Never raises;
    returns the new backup's path or None (none due, or it failed)."""
    now = now or dt.datetime.now()
    path = file.path if isinstance(file, TilbudFile) else Path(file)
    try:
        newest = newest_for(path)
        if newest is not None and newest.taken_at.date() == now.date():
            return None
        return backup_now(file, now=now)
    except (OSError, sqlite3.Error, BackupError, FileProblem):
        return None


def to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """Retention: the newest KEEP_LAST, plus the newest of each of the last KEEP_MONTHS months."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    months = set()
    y, m = now.year, now.month
    for _ in range(KEEP_MONTHS):
        months.add((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    seen: set[tuple[int, int]] = set()
    for b in newest_first:
        ym = (b.taken_at.year, b.taken_at.month)
        if ym in months and ym not in seen:
            seen.add(ym)
            keep.add(b.path)
    return keep


def prune(path, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups of ``path`` that retention does not keep; returns what went."""
    now = now or dt.datetime.now()
    backups = list_backups(path)
    keep = to_keep(backups, now)
    gone = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                gone.append(b.path)
    return gone


def restore(backup_path, new_path) -> Path:
    """Copy the backup at ``backup_path`` into the new file ``new_path``.

    ``new_path`` must not exist (never over an open or existing file). The
    backup is checked first like any file we open.
    """
    src = Path(backup_path)
    new_path = Path(new_path)
    if new_path.exists():
        raise BackupError("exists", new_path)
    _require_folder(new_path.parent)
    try:
        inspect(src)
    except FileProblem as exc:
        if exc.code == "damaged":
            raise BackupError("damaged_backup", src, exc.detail) from None
        raise BackupError("not_a_backup", src, exc.code) from None
    if new_path.suffix.lower() != SUFFIX:
        new_path = new_path.with_name(new_path.name + SUFFIX)
        if new_path.exists():
            raise BackupError("exists", new_path)
    conn = sqlite3.connect(src.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        copy_database(conn, new_path)
    finally:
        conn.close()
    return new_path


def next_good_before(backup_path) -> BackupInfo | None:
    """The newest backup in the same folder taken before ``backup_path`` that passes
    the whole check (offered when ``backup_path`` turns out damaged), or None."""
    src = Path(backup_path)
    when = _parse_stamp(src.name)
    if when is None:
        return None
    try:
        entries = list(src.parent.iterdir())
    except OSError:
        return None
    older = []
    for e in entries:
        t = _parse_stamp(e.name)
        if e.name.startswith(".") or t is None or e == src or (t, e.name) >= (when, src.name):
            continue
        with contextlib.suppress(OSError):
            older.append(BackupInfo(e, t, e.stat().st_size))
    return _first_whole(sorted(older, key=lambda b: (b.taken_at, b.path.name), reverse=True))


def delete_backups(items) -> int:
    """Delete the given backups (after an erasure); returns how many went."""
    n = 0
    for b in items:
        p = b.path if isinstance(b, BackupInfo) else Path(b)
        with contextlib.suppress(OSError):
            p.unlink()
            n += 1
    return n
