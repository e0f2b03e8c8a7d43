"""Use cases on whole files: a new tilbud, a copy, the demo copy, backups.

These are not undoable (they make or remove files, never edit the open one);
they raise ``DomainError`` codes, ``FileProblem`` or ``BackupError`` with codes,
which the window and the CLI word in Danish.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from ..domain import dates
from ..domain.model import BASIS_1
from ..domain.rules import DomainError
from ..storage import locking
from ..storage import tilbudfile
from ..storage.tilbudfile import TilbudFile

# --- a new tilbud ----------------------------------------------------------------------------
def starting_profiles() -> dict:
    """key → (Danish title, competences) of the typical profiles a new tilbud may start from."""
    from ..storage.catalogue import PROFILES

    return PROFILES


def create_tilbud(path, name: str, leader: str = "", profile: str | None = None,
                  with_courses: bool = False) -> Path:
    """A new tilbud file at ``path`` (which must not exist): its name, leader, a typical
    competence profile (``profile``: a key of ``storage.catalogue.PROFILES``) and the
    Basis 1 courses. Built under a temporary name and moved into place when complete."""
    from ..storage.repo import Repo

    name = (name or "").strip()
    if not name:
        raise DomainError("name_required", field="navn")

    def fill(file: TilbudFile) -> None:
        repo = Repo(file)
        if leader.strip():
            repo.profile.set("leder", leader.strip())
        if profile:
            from ..storage.catalogue import fill_profile

            fill_profile(file.conn, profile, with_courses=False)
        if with_courses:
            repo.plan.add_default_course_types(BASIS_1)

    return tilbudfile.create_file(Path(path), name, fill=fill)


# --- a copy of the open file ------------------------------------------------------------------
class CopyRefused(DomainError):
    """``save_copy`` could not write the copy. ``code``: "copy_onto_open_file",
    "copy_target_open_here", "copy_target_in_use" (``owner``) or "copy_failed" (``why``)."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def save_copy(file: TilbudFile, dest) -> Path:
    """A complete, checked copy of the open file at ``dest`` (``.kompetence`` added when
    missing), through SQLite's backup API into a temporary file that is moved into
    place. Never onto the open file, and never over a file open in a program: the
    destination's lock is held while the copy is put there."""
    from ..storage.backup import BackupError, copy_database

    dest = Path(dest)
    if dest.suffix.lower() != ".kompetence":
        dest = dest.with_name(dest.name + ".kompetence")
    if _same_file(dest, file.path) or dest.absolute() == file.path.absolute():
        raise CopyRefused("copy_onto_open_file", path=str(dest))
    held = locking.acquire(dest)
    if held is None:
        owner = locking.read_owner(dest)
        if owner is not None:
            here = owner.get("pid") == os.getpid() and owner.get("host") == locking.hostname()
            if here:
                raise CopyRefused("copy_target_open_here", path=str(dest))
            raise CopyRefused("copy_target_in_use", path=str(dest), owner=locking.describe_owner(dest))
    try:
        copy_database(file.conn, dest)
    except BackupError as exc:
        raise CopyRefused("copy_failed", path=str(dest), why=exc.detail or exc.code) from None
    except OSError as exc:
        raise CopyRefused("copy_failed", path=str(dest),
                          why=exc.strerror or exc.__class__.__name__) from None
    finally:
        if held is not None:
            held.release()
    return dest


# --- the demo copy ------------------------------------------------------------------------------
DEMO_DIR_PREFIX = "kompetence-demo-"
#: the demo copy's file in its temporary folder
DEMO_FILE_NAME = "Bostedet Lærkely (demo).kompetence"
#: what the program leaves beside the demo file: SQLite's files and the lock's
DEMO_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".lock.takeover")
#: a demo folder left behind (the program was killed) is swept once untouched this long
DEMO_SWEEP_AFTER = 24 * 3600.0


def write_demo(path, render_plan: Callable | None = None, seed: int = 1, staff: int | None = None,
               competences: int | None = None, today=None) -> Path:
    """The demo tilbud at ``path`` (or, with ``staff``/``competences``, a large synthetic
    one). With ``render_plan`` (``reports.plan.render_plan``) the demo holds last year's
    plan as version 1, archived as *behandlet i MED* the way the leader archives one."""
    from ..storage import demo
    from ..storage.repo import Repo
    from .plan import ArchivePlan

    def archive_plan(file, med_date) -> int:
        def then():
            return med_date
        op = ArchivePlan(med_date, render=render_plan, clock=then)
        op.do(Repo(file, clock=then))
        return op.version

    return demo.write_demo(path, seed=seed, staff=staff, competences=competences, today=today or dates.today(),
                           archive_plan=archive_plan if render_plan is not None else None)


def make_demo_copy(render_plan: Callable | None = None, today=None) -> Path:
    """A fresh demo tilbud in a new temporary folder. ``render_plan`` makes the PDF of
    the demo's archived plan version (``reports.plan.render_plan``)."""
    folder = Path(tempfile.mkdtemp(prefix=DEMO_DIR_PREFIX))
    path = folder / DEMO_FILE_NAME
    try:
        write_demo(path, today=today or dates.today(), render_plan=render_plan)
    except BaseException:
        discard_demo_copy(path)
        raise
    return path


def is_demo_copy(path) -> bool:
    path = Path(path)
    return path.name == DEMO_FILE_NAME and path.parent.name.startswith(DEMO_DIR_PREFIX)


def discard_demo_copy(path) -> None:
    """Delete a demo copy made by ``make_demo_copy``: the file, what SQLite and the
    lock leave beside it, and its temporary folder if nothing else is in it
    (a copy the leader saved there is left alone). Never raises."""
    path = Path(path)
    folder = path.parent
    if not folder.name.startswith(DEMO_DIR_PREFIX):
        return  # not a folder make_demo_copy made: delete nothing
    try:
        for p in folder.iterdir():
            if p.name.startswith(path.name):  # the file, -wal, -shm, -journal, .lock, .lock.takeover
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink()
        folder.rmdir()
    except OSError:
        pass


def _sweepable_demo_folder(folder: Path, cutoff: float) -> list[Path] | None:
    """The files of ``folder`` if it is a demo folder left behind: a real folder of this
    user, holding nothing but the demo file and what SQLite and the lock write beside it,
    none of it touched since ``cutoff`` (a live holder touches its lock every minute).
    None if anything else is there — a file the leader saved in it is never deleted."""
    st = folder.lstat()
    if not stat.S_ISDIR(st.st_mode):
        return None  # a symlink or a file under the demo prefix: not ours
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return None
    allowed = {DEMO_FILE_NAME, *(DEMO_FILE_NAME + s for s in DEMO_SIDE_SUFFIXES)}
    files = []
    newest = st.st_mtime
    for p in folder.iterdir():
        pst = p.lstat()
        if p.name not in allowed or not stat.S_ISREG(pst.st_mode):
            return None
        newest = max(newest, pst.st_mtime)
        files.append(p)
    return files if newest < cutoff else None


def sweep_demo_copies(root=None, older_than: float = DEMO_SWEEP_AFTER) -> list[Path]:
    """Delete the demo folders that programs which were killed left in the temporary
    folder ``root`` (default: the system's): untouched for ``older_than`` seconds,
    holding only what the demo wrote, and not open anywhere — the demo file's lock
    is taken first, so a live instance keeps its copy (storage.locking judges a lock
    left by a dead program stale). Only known names are deleted, and the folder only
    if it is empty then. Returns the folders deleted; never raises."""
    gone: list[Path] = []
    try:
        root = Path(root) if root is not None else Path(tempfile.gettempdir())
        candidates = sorted(p for p in root.iterdir() if p.name.startswith(DEMO_DIR_PREFIX))
    except OSError:
        return gone
    cutoff = time.time() - older_than
    for folder in candidates:
        try:
            files = _sweepable_demo_folder(folder, cutoff)
            if files is None:
                continue
            handle = locking.acquire(folder / DEMO_FILE_NAME)
            if handle is None:
                continue  # open in a running program (or the lock can't be judged): leave it
            try:
                for p in files:
                    if p != handle.path:
                        p.unlink(missing_ok=True)
            finally:
                handle.release()
            handle.path.unlink(missing_ok=True)
            folder.rmdir()  # fails, keeping the folder, if anything new came into it
            gone.append(folder)
        except OSError:
            continue
    return gone


def sweep_demo_copies_in_background() -> None:
    """``sweep_demo_copies`` on a daemon thread: the window never waits for it."""
    threading.Thread(target=sweep_demo_copies, name="kompetence-demo-sweep", daemon=True).start()


def open_tilbud(path, readonly: bool = False) -> TilbudFile:
    """Open a tilbud file (validated, migrated if older; read-only if locked elsewhere)."""
    return tilbudfile.open_file(path, readonly=readonly)
