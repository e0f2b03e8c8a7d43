"""Reading many tilbud files for the area overview, strictly read-only.

Someone else's file is read as it stands: no write lock is taken (a leader
may have it open in the program right now), no journal is rolled back, no
backup is taken, nothing is upgraded in place. The file is validated by
``tilbudfile.inspect`` (header, size, application id, version), then read through a ``mode=ro`` connection inside one read transaction, so
every table is seen at the same commit even if the leader saves meanwhile.
SQLite takes only a shared lock for that, which another program's next save
waits out (its busy timeout) for the few milliseconds the reading takes.

* A file being written: SQLite's busy timeout waits; if it is still busy,
  one more try after a pause, then it is reported (*busy*).
* A save that crashed half-way leaves a hot ``-journal`` that only a writer
  may roll back: reported (*interrupted*); opening it once in the program
  repairs it.
* A file from an older version is upgraded in a copy in memory; the file
  itself stays as it is.
* Damaged, foreign, newer and unreadable files are reported with their
  ``FileProblem`` code; the overview is made of the rest. ``PRAGMA
  quick_check`` is left out: it reads every page of the file (a fifth of the
  time it takes to read one), while the overview reads only the tables it
  summarises, and SQLite refuses a damaged page of those as it reads them
  ("database disk image is malformed" -> *damaged*). A file damaged only where
  the overview does not look (a logbook page) is summarised; the program
  itself still refuses it when the leader opens it.

Files are read in parallel processes when there are enough of them to pay
for starting the processes (see ``read_all``); the summary each returns is
small, anonymous and picklable (``domain.area.TilbudSummary``).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable

from ..domain.area import AreaOverview, TilbudSummary, Unreadable, summarise
from ..domain.rules import NOT_RELEVANT
from ..domain.snapshot import Snapshot
from .repo import Repo
from .schema import STEP_NAMES
from .tilbudfile import FileProblem, TilbudFile, inspect, journal_path

SUFFIX = ".kompetence"
#: how long one connection waits for another program's save before giving up (ms)
BUSY_TIMEOUT_MS = 2000
#: tries in all when a file stays busy, and the pause between them (s)
BUSY_TRIES = 2
BUSY_PAUSE = 0.5
#: below this many files, starting worker processes costs more than it saves
PARALLEL_FROM = 8


def is_side_copy(p: Path) -> bool:
    """The program's own copies beside a file: the copy taken before an upgrade
    (``NAME.før-opgradering-v3-….kompetence``) and a half-built new file
    (``.ny-….kompetence``). They would count a tilbud twice."""
    n = p.name
    return n.startswith(".") or ".før-opgradering-" in n or ".foer-opgradering-" in n


def collect(paths: Iterable) -> list[Path]:
    """The files to read: each FILE as given, and every ``*.kompetence`` file
    directly inside each FOLDER (the program's side copies left out).
    The same file given twice is read once."""
    out: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted((c for c in p.iterdir() if c.suffix.lower() == SUFFIX and not is_side_copy(c)
                            and not c.is_dir()), key=lambda c: c.name.casefold())
        else:
            found = [p]
        for f in found:
            key = os.path.normcase(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _in_memory_upgrade(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older file's content, upgraded in memory (the file is not touched)."""
    mem = sqlite3.connect(":memory:", check_same_thread=False)
    conn.backup(mem)
    from sqlite_utils import Database

    from . import migrations

    migrations.apply(Database(mem))
    return mem


def _current_levels(conn: sqlite3.Connection, today: dt.date) -> dict:
    """(employee, competence) -> the current level (the latest leader or MUS
    assessment on or before ``today``), as ``Repo.current_cells``: the rows in
    date order, the later overwriting the earlier (faster than a window query)."""
    rows = conn.execute(
        """SELECT employee_id, competence_id, CASE WHEN not_relevant THEN -1 ELSE level END
           FROM assessments
           WHERE source IN ('leder', 'mus') AND assessed_on <= ? ORDER BY assessed_on, id""",
        (today.isoformat(),),
    )
    out = {(e, c): v for e, c, v in rows}
    for k, v in out.items():
        if v == -1:
            out[k] = NOT_RELEVANT
    return out


def _snapshot(conn: sqlite3.Connection, path: Path, today: dt.date):
    """What the summary needs, in one read transaction: staff, competences,
    current levels, courses, activities, MUS and MED dates, the profile (for the
    checklist). Self-assessments, logbooks and learning goals are not read."""
    repo = Repo(TilbudFile(path, conn, readonly=True))
    conn.execute("BEGIN")
    try:
        return Snapshot(
            today=today,
            profile=repo.profile.texts(),
            teams=[],
            employees=repo.staff.employees(),
            competences=repo.matrix.competences(),
            current=_current_levels(conn, today),
            selfs={},
            course_types=repo.plan.course_types(),
            completions=repo.plan.completions(),
            activities=repo.plan.activities(),
            mus=repo.records.mus_records(),
            med=repo.records.med_discussions(),
        )
    finally:
        conn.rollback()


def _problem_code(exc: FileProblem, path: Path) -> str:
    detail = (exc.detail or "").lower()
    if exc.code == "damaged" and "locked" in detail:
        return "busy"
    if exc.code == "damaged" and "readonly" in detail and journal_path(path).exists():
        return "interrupted"
    return exc.code


def _read_once(path: Path, today: dt.date) -> TilbudSummary:
    _version, applied = inspect(path, integrity=False)
    pending = [n for n in STEP_NAMES if n not in applied]
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        raise FileProblem("unreadable", path, str(exc)) from None
    try:
        try:
            if pending:
                upgraded = _in_memory_upgrade(conn)
                conn.close()
                conn = upgraded
            snap = _snapshot(conn, path, today)
        except sqlite3.DatabaseError as exc:  # malformed, or still locked ("busy") after the timeout
            raise FileProblem("damaged", path, str(exc)) from None
    finally:
        conn.close()
    return summarise(snap, path.name)


def read_summary(path, today: dt.date) -> TilbudSummary | Unreadable:
    """One file's anonymous summary, or why it could not be read. Never raises
    for a bad file and never writes to it."""
    path = Path(path)
    for attempt in range(BUSY_TRIES):
        try:
            return _read_once(path, today)
        except FileProblem as exc:
            code = _problem_code(exc, path)
            if code == "busy" and attempt + 1 < BUSY_TRIES:
                time.sleep(BUSY_PAUSE)
                continue
            return Unreadable(path.name, str(path), code, exc.detail)
        except OSError as exc:
            return Unreadable(path.name, str(path), "unreadable", str(exc))
        except Exception as exc:  # a file we can't make sense of must not stop the others
            return Unreadable(path.name, str(path), "unreadable", f"{exc.__class__.__name__}: {exc}")
    return Unreadable(path.name, str(path), "busy")  # pragma: no cover - the loop returns


def _read_chunk(args: tuple[list[str], dt.date]) -> list:
    paths, today = args
    return [read_summary(p, today) for p in paths]


def default_workers(n_files: int) -> int:
    if n_files < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4, n_files // 4))


def read_all(paths: Iterable, today: dt.date, workers: int | None = None,
             progress: Callable[[int, int], None] | None = None, use_processes: bool = True,
             meanwhile: Callable[[], None] | None = None) -> AreaOverview:
    """Read every file (see ``collect``) into an AreaOverview.

    ``workers`` (default: by the number of files and CPUs) > 1 reads in that
    many processes (``use_processes``) or threads. ``progress(done, total)`` is
    called as files finish. ``meanwhile()`` runs in this process while the
    workers read (the command imports the PDF or Excel library then: that
    takes as long as reading 20 files, and costs nothing extra this way).
    """
    files = [str(p) for p in collect(paths)]
    total = len(files)
    n = default_workers(total) if workers is None else max(1, workers)
    results: list = []
    if n <= 1 or total <= 1:
        if meanwhile:
            meanwhile()
        for i, p in enumerate(files):
            results.append(read_summary(p, today))
            if progress:
                progress(i + 1, total)
    else:
        # a few chunks per worker: each carries little pickling, and the last ones balance the load
        size = max(1, -(-total // (n * 2)))
        chunks = [files[i:i + size] for i in range(0, total, size)]
        if use_processes:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "fork" on Linux starts in milliseconds with everything imported; elsewhere
            # (and in a program with threads running) a fresh interpreter is the safe kind
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" \
                and multiprocessing.current_process().name == "MainProcess" and _single_threaded() else "spawn"
            pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method))
        else:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=n)
        with pool:
            futures = [pool.submit(_read_chunk, (c, today)) for c in chunks]
            if meanwhile:
                meanwhile()
            done = 0
            for chunk, fut in zip(chunks, futures):
                try:
                    part = fut.result()
                except Exception:  # a worker that died (out of memory, killed): read its files here
                    part = _read_chunk((chunk, today))
                results.extend(part)
                done += len(part)
                if progress:
                    progress(done, total)
    return AreaOverview(
        today=today,
        tilbud=[r for r in results if isinstance(r, TilbudSummary)],
        unreadable=[r for r in results if isinstance(r, Unreadable)],
    )


def _single_threaded() -> bool:
    import threading

    return threading.active_count() == 1
