"""What a bundled program (PyInstaller) sets up before anything else runs.

The bundle's entry scripts (installer/entry_desktop.py, installer/entry_cli.py)
call ``prepare()`` first:

- A windowed build on Windows has ``sys.stdout`` and ``sys.stderr`` set to
  ``None``: ``print`` would vanish and ``sys.stdout.flush()`` would fail. They
  are pointed at a log file in the user's data folder instead, so ``--smoke``,
  ``--selftest`` and every Danish message on stderr still end up somewhere the
  leader (or support) can find them.
- A frozen matplotlib has no config folder of its own (PyInstaller's run-time
  hook would give it a fresh temporary one at every start, so it would rebuild
  its font cache, ≈ 1 s, the first time each run draws a chart; the bundle
  leaves that hook out, installer/pyi_hooks). A persistent folder in the
  user's cache folder keeps the cache between starts.

Everything here is cheap and imports neither Qt nor matplotlib.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

#: the log file's name in the user's data folder (only written when there is no console)
LOG_NAME = "kompetence-desktop.log"
#: a log file is started afresh when it has grown beyond this
LOG_MAX_BYTES = 1_000_000


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def log_path() -> Path:
    from .paths import user_data_dir

    return user_data_dir() / LOG_NAME


def redirect_missing_streams() -> Path | None:
    """Point a missing ``sys.stdout``/``sys.stderr`` (a windowed build) at the log file.
    Returns the log file's path, or None when both streams exist. Never raises:
    without a writable data folder the streams go to ``os.devnull``."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    path = None
    stream = None
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > LOG_MAX_BYTES else "a"
        stream = open(path, mode, encoding="utf-8", buffering=1, errors="replace")
    except OSError:
        path = None
        stream = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return path


def persistent_matplotlib_config() -> Path | None:
    """Give matplotlib a config folder that survives the process (the user's cache
    folder). Must run before matplotlib is imported. Returns the folder, or None
    if it could not be made (matplotlib then uses its own default)."""
    from .paths import cache_dir

    d = cache_dir() / "matplotlib"
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    os.environ["MPLCONFIGDIR"] = str(d)
    return d


def prepare() -> None:
    """Called first by the bundle's entry scripts."""
    redirect_missing_streams()
    if is_frozen():
        persistent_matplotlib_config()
