"""Opening, validating and creating a .kompetence file.

A file is checked before anything reads or writes it: SQLite header,
application id, schema version and integrity. A file that fails is never
written to. Reading commands open it read-only (``mode=ro``), so it stays
byte-for-byte untouched.

Journal mode: the files live on laptops, often inside OneDrive or on a
network share. WAL needs shared memory (``-shm``) that network file systems
and sync clients do not provide reliably, and a WAL file's ``-wal`` companion
is easily separated from the main file by a sync client. A rollback journal
(``journal_mode=DELETE``) with ``synchronous=FULL`` keeps the file complete on
its own after every commit, which is what a leader copying the file expects.
Writes here are single edits, so WAL's concurrency buys nothing.

Measured (200 single-field edits on the demo file, ext4 on a VM
disk): DELETE + FULL commits in 0.6–0.8 ms median (p95 0.9 ms); WAL + NORMAL
in 0.04 ms, WAL + FULL in 0.3 ms. Even on a slow laptop disk with fsync at
5–10 ms an edit stays far below what a person notices (~100 ms), so the
safer mode costs nothing the user can feel. The SIGKILL test
(tests/storage/test_crash.py) proves confirmed edits survive; after such a
crash the hot ``-journal`` is rolled back on the next open
(``_recover_hot_journal``), before the read-only validation.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from . import soundness
from .schema import APPLICATION_ID, MIGRATION_SET, SCHEMA_VERSION, STEP_NAMES

SQLITE_HEADER = b"SQLite format 3\x00"


class FileProblem(Exception):
    """A file can't be used. ``code`` says why; ``texts.file_problem`` words it.

    Codes: missing, empty, not_sqlite, damaged, foreign, newer, unreadable,
    exists, locked.
    """

    def __init__(self, code: str, path, detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path)
        self.detail = detail


class ReadOnlyError(Exception):
    """A write was attempted on a file opened read-only."""


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = path.absolute().as_uri() + "?mode=ro"
    else:
        uri = path.absolute().as_uri() + "?mode=rw"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _applied_steps(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [r[0] for r in rows]


def inspect(path, integrity: bool = True) -> tuple[int, list[str]]:
    """Validate ``path`` read-only; return (user_version, applied steps).

    Raises FileProblem for a missing, empty, foreign, damaged or newer file.
    Never writes. A file is ours only if its tables are (``soundness.schema_problem``).
    ``integrity=False`` leaves out ``soundness.full_check`` (it reads the whole
    file: ~0.1 s at 200 × 150), for ``TilbudFile.check_integrity`` to do after
    the first paint.
    """
    path = Path(path)
    if not path.exists():
        raise FileProblem("missing", path)
    if path.is_dir():
        raise FileProblem("not_sqlite", path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise FileProblem("unreadable", path, str(exc)) from None
    if size == 0:
        raise FileProblem("empty", path)
    if not header.startswith(SQLITE_HEADER):
        raise FileProblem("not_sqlite", path)
    if len(header) < 100:
        raise FileProblem("damaged", path, "short header")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise FileProblem("foreign", path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    n_pages = int.from_bytes(header[28:32], "big")
    # (a raw read races with another instance's commit; with a journal beside
    # the file, SQLite's own locked reading below decides instead)
    if page_size and n_pages and size < page_size * n_pages and not journal_path(path).exists():
        raise FileProblem("damaged", path, "truncated")
    try:
        conn = _connect(path, readonly=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            applied = _applied_steps(conn)
            if version > SCHEMA_VERSION or any(n not in STEP_NAMES for n in applied):
                raise FileProblem("newer", path)
            not_ours = soundness.schema_problem(conn, applied)
            if not_ours:
                raise FileProblem("foreign", path, not_ours)
            check = soundness.full_check(conn) if integrity else "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise FileProblem("damaged", path, str(exc)) from None
    if check != "ok":
        raise FileProblem("damaged", path, check)
    return version, applied


class TilbudFile:
    """One open .kompetence file.

    ``conn`` is a stdlib connection (reads need nothing more); ``db`` wraps it
    in sqlite-utils on first use, for writes. Every user edit goes through
    ``atomic()`` and is committed when the block ends.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, readonly_reason: str = ""):
        self.path = Path(path)
        self.conn = conn
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        #: with readonly_reason "permissions": why the file can't be written (see write_block)
        self.readonly_detail = ""
        self._db = None
        self.lock = None  # set by storage.locking when this instance holds the write lock
        #: False after open_file(defer_integrity=True) until check_integrity() has passed
        self.integrity_checked = True
        self._check_thread = None
        self._check_result = "ok"

    def start_full_check(self) -> None:
        """Run ``soundness.full_check`` on a thread of its own (a read-only connection
        of its own), so a big file's check never holds up the window;
        ``check_integrity`` waits for it. Does nothing once the file has passed."""
        if self.integrity_checked or self._check_thread is not None:
            return
        import threading

        def run():
            try:
                conn = _connect(self.path, readonly=True)
                try:
                    self._check_result = soundness.full_check(conn)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                self._check_result = str(exc)
            except BaseException as exc:  # reported by check_integrity
                self._check_result = f"{exc.__class__.__name__}: {exc}"

        self._check_thread = threading.Thread(target=run, name="kompetence-integrity", daemon=True)
        self._check_thread.start()

    @property
    def full_check_running(self) -> bool:
        return self._check_thread is not None and self._check_thread.is_alive()

    def check_integrity(self) -> None:
        """The whole check (``soundness.full_check``) that ``open_file(defer_integrity=True)``
        left for later: waits for the thread ``start_full_check`` started, or runs
        it now. A damaged file turns read-only for good (reason "damaged") and
        FileProblem("damaged") is raised. The first write runs it if nothing has."""
        if self.integrity_checked:
            return
        if self.readonly_reason == "damaged":
            raise FileProblem("damaged", self.path, "")
        if self._check_thread is not None:
            self._check_thread.join()
            result = self._check_result
        else:
            try:
                result = soundness.full_check(self.conn)
            except sqlite3.DatabaseError as exc:
                result = str(exc)
        if result != "ok":
            self.mark_damaged()
            raise FileProblem("damaged", self.path, result)
        self.integrity_checked = True

    def mark_damaged(self) -> None:
        """The file turned out damaged: read-only for good, never written to."""
        self.readonly, self.readonly_reason = True, "damaged"
        self.integrity_checked = False

    @property
    def db(self):
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    @contextlib.contextmanager
    def atomic(self):
        """One user edit: a transaction, committed at the end or rolled back."""
        if not self.integrity_checked:  # never write to a file that has not passed the whole check
            try:
                self.check_integrity()
            except FileProblem:
                raise ReadOnlyError(str(self.path)) from None
        if self.readonly:
            raise ReadOnlyError(str(self.path))
        conn = self.conn
        # never two writers — a lock another machine took over (this
        # laptop slept past the stale limit) stops our writes
        if self.lock is not None and not conn.in_transaction and not self.lock.still_ours():
            self.readonly, self.readonly_reason = True, "lock_lost"
            raise ReadOnlyError(str(self.path))
        if conn.in_transaction:
            # nested: a savepoint inside the outer edit
            conn.execute("SAVEPOINT edit")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK TO SAVEPOINT edit")
                conn.execute("RELEASE SAVEPOINT edit")
                raise
            conn.execute("RELEASE SAVEPOINT edit")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        conn.commit()

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _backup_before_upgrade(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.før-opgradering-v{version}-{stamp}{path.suffix}")
    shutil.copy2(path, dest)
    return dest


# --- crash recovery --------------------------------------------------------
def journal_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + "-journal")


def _recover_hot_journal(path: Path, use_lock: bool = True) -> None:
    """After a crash mid-commit the file has a hot ``-journal`` beside it.

    SQLite rolls it back on the next read-write open, but a read-only
    connection can't ("attempt to write a readonly database"), and the file
    on its own may look truncated until the rollback is done. So when a
    journal is present, our own file is opened read-write once, under the
    write lock, which lets SQLite finish its recovery. Foreign or damaged files
    are left alone (``inspect`` refuses them next), and if another live
    instance holds the lock the journal is its open transaction, not hot.
    """
    jp = journal_path(path)
    try:
        if not jp.is_file() or jp.stat().st_size == 0 or not path.is_file():
            return
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return
    holder = None
    if use_lock:
        from . import locking

        holder = locking.acquire(path)
        if holder is None:
            return
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=rw", uri=True)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # inspect() words the problem
    finally:
        if holder is not None:
            holder.release()


def write_block(path) -> str:
    """Why the program could not write ``path``, "" if it can. The answers, each
    worded in ``texts.FILE_PROBLEMS``:

    * "readonly_mount" — the drive is mounted read-only (a write-protected USB
      stick, a read-only share);
    * "immutable" — the file is marked unchangeable (``chattr +i``; the system
      refuses even its owner);
    * "readonly_file" — the file is write-protected (its permissions);
    * "readonly_folder" — the file could be written, but not its folder, where
      SQLite keeps the journal that makes each save safe.

    Asked by opening the file for writing without changing it (``O_RDWR``, no
    truncation): the system's answer names the reason, where permissions alone
    can't tell an immutable file or a read-only drive from a protected file."""
    import errno

    path = Path(path)
    try:
        if os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1):
            return "readonly_mount"
    except (OSError, AttributeError):
        pass
    if not os.access(path, os.W_OK):
        return "readonly_file"
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return "readonly_mount"
        if exc.errno == errno.EPERM:
            return "immutable"
        return "readonly_file"
    else:
        os.close(fd)
    if not os.access(path.parent, os.W_OK):
        return "readonly_folder"
    return ""


def open_file(path, readonly: bool = False, readonly_reason: str = "", lock: bool = True,
              defer_integrity: bool = False) -> TilbudFile:
    """Validate and open ``path``.

    A writable open upgrades an older file after copying it aside. If another
    instance holds the write lock (see ``storage.locking``), the file opens
    read-only with ``readonly_reason = "locked"``.

    ``defer_integrity=True`` (the desktop program's cold start) does every
    check but the whole one (``soundness.full_check``) now; the caller runs
    ``start_full_check()``/``check_integrity()`` after the first paint, and the
    first write runs it if nothing has, so a damaged file is still never
    written to.
    """
    path = Path(path)
    _recover_hot_journal(path, lock)
    version, applied = inspect(path, integrity=not defer_integrity)
    holder = None
    detail = ""
    if not readonly:
        detail = write_block(path)
        if detail:
            readonly, readonly_reason = True, "permissions"
        elif lock:
            from . import locking

            holder = locking.acquire(path)
            if holder is None:
                readonly = True
                readonly_reason = "lock_not_file" if locking.lock_is_not_a_file(path) else "locked"
    pending = [n for n in STEP_NAMES if n not in applied]
    if pending and readonly:
        raise FileProblem("older_readonly", path)
    try:
        if pending and defer_integrity:
            inspect(path)  # an upgrade writes: the whole check first
        if pending:
            _backup_before_upgrade(path, version)
            conn = _connect(path, readonly=False)
            from sqlite_utils import Database

            from . import migrations

            migrations.apply(Database(conn))
            conn.close()
        conn = _connect(path, readonly=readonly)
    except sqlite3.DatabaseError as exc:
        if holder is not None:
            holder.release()
        raise FileProblem("damaged", path, str(exc)) from None
    except BaseException:
        if holder is not None:
            holder.release()
        raise
    f = TilbudFile(path, conn, readonly, readonly_reason)
    f.readonly_detail = detail
    f.lock = holder
    f.integrity_checked = not defer_integrity or bool(pending)
    return f


def create_file(path, name: str, stop_before: str | None = None, fill=None) -> Path:
    """Write a new, empty tilbud file at ``path`` (which must not exist).

    The file is built under a temporary name in the same folder and moved
    into place when complete, so a crash never leaves half a file.
    ``fill(file)`` may add content inside the same build (a ``TilbudFile`` on the
    new file: a new tilbud's profile, the demo).
    """
    path = Path(path)
    if path.exists():
        raise FileProblem("exists", path)
    from sqlite_utils import Database

    from . import migrations

    fd, tmp = tempfile.mkstemp(prefix=".ny-", suffix=".kompetence", dir=path.parent or ".")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        conn = sqlite3.connect(str(tmp_path))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        migrations.apply(db, stop_before=stop_before)
        with conn:
            conn.execute("INSERT OR REPLACE INTO profile(key, value) VALUES ('navn', ?)", (name,))
        if fill is not None:
            fill(TilbudFile(path, conn, readonly=False))
            conn.commit()
        conn.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
        os.replace(tmp_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    return path
