"""One writer per file: a lock file beside the .kompetence file.

``<name>.kompetence.lock`` is created with O_EXCL and holds who has the file
(host, process id, user, time). A second instance — in this process, another
process, or on another machine looking at the same shared folder — finds it
and opens the file read-only. A lock left by a crashed process on this machine
(its process id no longer runs) is stale and is taken over.

Pure Python (no Qt) so the CLI's writing commands obey the same lock.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

_held: dict[str, "LockHandle"] = {}


def lock_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes
        return ""


class LockHandle:
    def __init__(self, path: Path, key: str):
        self.path = path  # the lock file
        self.key = key  # the resolved path of the data file

    def release(self) -> None:
        _held.pop(self.key, None)
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


def read_owner(path) -> dict | None:
    """Who holds the lock on ``path`` (a dict), or None if nobody does."""
    lp = lock_path(path)
    try:
        return json.loads(lp.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}


def _is_stale(info: dict | None, lp: Path) -> bool:
    if info is None:
        return True
    if not info:  # unreadable lock file: stale once it is a minute old
        try:
            return time.time() - lp.stat().st_mtime > 60
        except OSError:
            return True
    if info.get("host") == socket.gethostname():
        pid = int(info.get("pid", 0))
        if pid == os.getpid():
            # our own process: held only if we still hold it
            return str(lp.with_name(lp.name[: -len(".lock")]).resolve()) not in _held
        return not _pid_alive(pid)
    return False


def acquire(path) -> LockHandle | None:
    """Take the write lock on ``path``; None if someone else has it."""
    path = Path(path)
    lp = lock_path(path)
    key = str(path.resolve())
    if key in _held:
        return None
    payload = json.dumps(
        {"host": socket.gethostname(), "pid": os.getpid(), "user": _user(), "since": time.time()}
    ).encode("utf-8")
    for _attempt in range(2):
        try:
            fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            if _is_stale(read_owner(path), lp):
                try:
                    lp.unlink()
                except FileNotFoundError:
                    pass
                except OSError:
                    return None
                continue
            return None
        except OSError:
            # a folder we can't write a lock file into: treat as locked
            return None
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        handle = LockHandle(lp, key)
        _held[key] = handle
        return handle
    return None
