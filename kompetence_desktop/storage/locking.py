"""One writer per file: a lock file beside the .kompetence file.

``<name>.kompetence.lock`` is created with ``O_EXCL`` and says who has the
file (host, process id, user, time, a random token). A second instance — in
this process, another process, or on another machine looking at the same
shared folder — finds it and opens the file read-only.

When is a lock stale (left by a crashed program) and taken over?

* Same machine, POSIX: the holder keeps an ``flock`` on the lock file for as
  long as it holds it. The kernel drops that lock when the process dies, even
  on SIGKILL, so "can I flock it?" answers "is the holder alive?" without the
  process-id reuse problem. Where ``flock`` is unavailable (Windows, some
  network file systems) the process id is checked instead.
* Another machine: we can't ask its kernel. The holder touches the lock file
  every ``HEARTBEAT`` seconds; a lock from another host whose file has not
  been touched for ``FOREIGN_STALE_AFTER`` seconds is stale (that machine
  crashed or lost the share).
* A lock file that is empty or garbled (a crash between create and write) is
  stale once it is a minute old.

Taking over a stale lock goes through a short-lived ``.lock.takeover`` guard
file (also ``O_EXCL``), so two instances that both find the same stale lock
can't both end up writing. A holder that finds its lock file replaced (a
laptop that slept for longer than ``FOREIGN_STALE_AFTER`` while another
machine took over) has *lost* the lock: ``LockHandle.still_ours()`` turns
False and ``TilbudFile.atomic()`` refuses further writes.

Pure Python (no Qt) so the CLI's writing commands obey the same lock.

A lock is taken before the first paint, so the host name comes from
``os.uname()``, the user name from the environment and the token from
``os.urandom`` (``socket``, ``getpass`` and ``uuid`` would add ≈ 5 ms to the
cold start for the same three strings).
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

#: seconds between touches of a held lock file (keeps it fresh for other machines)
HEARTBEAT = 60.0
#: a lock from another machine not touched for this long is stale
FOREIGN_STALE_AFTER = 10 * 60.0
#: an unreadable (empty, half-written) lock file is stale after this long
GARBLED_STALE_AFTER = 60.0
#: seconds a takeover waits for another instance's guard before judging it left behind
GUARD_WAIT = 2.0

try:  # POSIX advisory locks; absent on Windows
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

_held: dict[str, "LockHandle"] = {}
_held_mutex = threading.Lock()


def lock_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".lock")


def _guard_path(lp: Path) -> Path:
    return lp.with_name(lp.name + ".takeover")


def _key(path) -> str:
    return str(Path(path).resolve())


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


def hostname() -> str:
    """This machine's name, as ``socket.gethostname()`` gives it (the same
    string on POSIX, where it is the kernel's node name)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()


def _user() -> str:
    """The user name, as ``getpass.getuser()`` finds it: the environment first
    (LOGNAME, USER, LNAME, USERNAME), then the password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd  # what getpass.getuser() asks next (POSIX); getpass itself would load termios
    except ImportError:  # pragma: no cover - Windows: the environment has USERNAME
        return ""
    try:
        return pwd.getpwuid(os.getuid())[0]
    except Exception:  # no user name in some sandboxes
        return ""


def _payload(token: str) -> bytes:
    """The lock file's content: who holds it (read back with ``json.loads``)."""
    info = {"host": hostname(), "pid": os.getpid(), "user": _user(), "since": time.time(), "token": token}
    return json.dumps(info).encode("utf-8")


def _flock_free(lp: Path) -> bool | None:
    """True if nobody holds an flock on ``lp``, False if someone does,
    None if we can't tell (no flock here, or the file vanished)."""
    if fcntl is None:
        return None
    try:
        fd = os.open(lp, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


class LockHandle:
    """The write lock on one file, held by this process until ``release()``."""

    def __init__(self, path: Path, key: str, token: str, fd: int | None):
        self.path = path  # the .lock file
        self.key = key
        self.token = token
        self._fd = fd
        self._fd_mutex = threading.Lock()  # the heartbeat's fsync vs release()'s close
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="kompetence-lock", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        # the payload's fsync, off the opening's path (an fsync is
        # 0.5–10 ms, more on a busy or network disk); the content is already
        # visible to every reader, this only makes it survive a power cut
        with self._fd_mutex:
            if self._fd is not None:
                try:
                    os.fsync(self._fd)
                except OSError:
                    pass
        while not self._stop.wait(HEARTBEAT):
            if not self.still_ours():
                return
            try:
                os.utime(self.path)
            except OSError:
                pass

    def still_ours(self) -> bool:
        """Is the lock file still the one we wrote? (False once another machine took it over.)"""
        if self._stop.is_set():
            return False
        try:
            info = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(info, dict) and info.get("token") == self.token

    def release(self) -> None:
        if self._stop.is_set():
            return
        mine = self.still_ours()
        self._stop.set()
        with _held_mutex:
            if _held.get(self.key) is self:
                del _held[self.key]
        if mine:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass
        with self._fd_mutex:
            if self._fd is not None:
                try:
                    os.close(self._fd)  # drops the flock
                except OSError:
                    pass
                self._fd = None


def read_owner(path) -> dict | None:
    """Who holds the lock on ``path`` (a dict), None if nobody, {} if unreadable."""
    lp = lock_path(path)
    try:
        info = json.loads(lp.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


def _age(lp: Path) -> float:
    try:
        return time.time() - lp.stat().st_mtime
    except OSError:
        return float("inf")


def _is_stale(info: dict | None, lp: Path) -> bool:
    if info is None:
        return True
    if not info or "pid" not in info:
        return _age(lp) > GARBLED_STALE_AFTER
    if info.get("host") == hostname():
        try:
            pid = int(info.get("pid", 0))
        except (TypeError, ValueError):
            pid = 0
        if pid == os.getpid():
            # our own process: held only while we still hold it
            with _held_mutex:
                h = next((h for h in _held.values() if h.path == lp), None)
            return h is None or h.token != info.get("token")
        free = _flock_free(lp)
        if free is not None:
            return free
        return not _pid_alive(pid)
    return _age(lp) > FOREIGN_STALE_AFTER


def _create(lp: Path, key: str) -> LockHandle | None:
    """O_EXCL-create the lock file; None if it exists. Raises OSError otherwise."""
    try:
        fd = os.open(lp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return None
    token = os.urandom(16).hex()
    keep_fd: int | None = None
    try:
        if fcntl is not None:
            try:
                # before the payload: whoever reads a complete payload can rely on the flock
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                keep_fd = fd
            except OSError:
                keep_fd = None
        os.write(fd, _payload(token))
        if keep_fd is None:  # a held fd is fsynced by the handle's heartbeat thread
            try:
                os.fsync(fd)
            except OSError:
                pass
    except BaseException:
        os.close(fd)
        try:
            lp.unlink()
        except OSError:
            pass
        raise
    if keep_fd is None:
        os.close(fd)
    return LockHandle(lp, key, token, keep_fd)


def _take_guard(guard: Path) -> int | None:
    """O_EXCL-create the takeover guard; None if it can't be had.

    A guard is held for the milliseconds a takeover takes. One that stays
    longer than GUARD_WAIT was left by a program killed in the middle of a
    takeover: it is removed and taken (it guards a lock that its dead maker
    never finished taking, so nobody else relies on it), so a leftover guard
    never turns the first open into "opened elsewhere"."""
    deadline = time.monotonic() + GUARD_WAIT
    while True:
        try:
            return os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            if _age(guard) > GUARD_WAIT or time.monotonic() > deadline:
                try:
                    guard.unlink()
                except FileNotFoundError:
                    pass
                except OSError:
                    return None
                if time.monotonic() > deadline + GUARD_WAIT:
                    return None
                continue
            time.sleep(0.02)
        except OSError:
            return None


def _take_over_stale(lp: Path, seen: dict | None) -> bool:
    """Remove a stale lock under the takeover guard; True if it is gone."""
    guard = _guard_path(lp)
    gfd = _take_guard(guard)
    if gfd is None:
        return False
    try:
        os.close(gfd)
        now = read_owner(lp.with_name(lp.name[: -len(".lock")]))
        if now is None:
            return True
        # the lock must still be the very one we judged stale, and still stale
        if (now or {}).get("token") != (seen or {}).get("token") or not _is_stale(now, lp):
            return False
        try:
            lp.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return True
    finally:
        try:
            guard.unlink()
        except OSError:
            pass


def lock_is_not_a_file(path) -> bool:
    """Is the lock path of ``path`` taken by something that is not a lock file
    (a folder of that name, say)? Then no lock can be had until it is removed."""
    lp = lock_path(path)
    try:
        import stat

        return not stat.S_ISREG(os.lstat(lp).st_mode)
    except OSError:
        return False


def acquire(path) -> LockHandle | None:
    """Take the write lock on ``path``; None if someone else has it (or the
    folder takes no lock file, or a folder sits where the lock file goes —
    then the file opens read-only; ``lock_is_not_a_file`` tells which)."""
    path = Path(path)
    lp = lock_path(path)
    key = _key(path)
    with _held_mutex:
        if key in _held:
            return None
    if lock_is_not_a_file(path):
        return None
    for _attempt in range(3):
        try:
            handle = _create(lp, key)
        except OSError:
            return None  # a folder we can't write a lock file into: treat as locked
        if handle is not None:
            with _held_mutex:
                _held[key] = handle
            return handle
        info = read_owner(path)
        if not _is_stale(info, lp):
            return None
        if not _take_over_stale(lp, info):
            return None
    return None


def describe_owner(path) -> str:
    """A Danish sentence on who has the file open, for the read-only banner."""
    info = read_owner(path)
    if not info:
        return "Filen er åbnet et andet sted."
    who = info.get("user") or "en anden bruger"
    host = info.get("host") or "en anden computer"
    since = info.get("since")
    when = ""
    if isinstance(since, (int, float)):
        when = " siden " + time.strftime("%d.%m.%Y kl. %H:%M", time.localtime(since))
    if host == hostname():
        return f"Filen er allerede åbnet i et andet vindue af Kompetence Desktop på denne computer{when}."
    return f"Filen er åbnet af {who} på {host}{when}."
