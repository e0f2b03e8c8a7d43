"""QSettings wrapper: each setting declared once with its type and default.

Preferences (what the user chose) are kept apart from window state (where
the window was). The INI file lives in the program's user folder, so tests
(KOMPETENCE_DATA_DIR) never touch the real one.

Writes can be *held*: kept in memory (reads see them) and given to the file
later or never.
- ``hold()`` … ``release()``: the start holds them until the first paint, so
  opening the last file does not write and fdatasync the INI file before the
  window is painted (QSettings would write it in the first turn of
  the event loop, before the paint).
- ``read_only=True``: never released. ``--smoke`` and ``--screenshots`` read
  the leader's settings but never change them (no recent file, last file or
  window geometry from a test run).
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

MAX_RECENT = 8


class _Key:
    def __init__(self, name: str, type_, default):
        self.name, self.type, self.default = name, type_, default


#: preferences
LAST_FILE = _Key("filer/sidste", str, "")
RECENT_FILES = _Key("filer/seneste", list, [])
MATRIX_SHOW_SELF = _Key("matrix/vis_selvvurdering", bool, False)
MATRIX_SHOW_FORMER = _Key("matrix/vis_fratraadte", bool, False)
SPIND_BY_CATEGORY = _Key("spind/kategorier", bool, False)
#: window state
GEOMETRY = _Key("vindue/geometri", QByteArray, QByteArray())
LAST_PAGE = _Key("vindue/side", str, "overblik")


class Settings:
    def __init__(self, path=None, *, read_only: bool = False):
        path = path or (paths.user_data_dir() / "indstillinger.ini")
        self.q = QSettings(str(path), QSettings.Format.IniFormat)
        self.read_only = read_only
        #: writes not yet given to QSettings (None: writes go straight through)
        self._held: dict | None = {} if read_only else None

    def get(self, key: _Key):
        if self._held is not None and key.name in self._held:
            v = self._held[key.name]
        else:
            v = self.q.value(key.name, key.default)
        if v is None:
            return key.default
        if key.type is bool:
            if isinstance(v, str):
                return v.lower() in ("true", "1", "yes")
            return bool(v)
        if key.type is list:
            if isinstance(v, str):
                return [v] if v else []
            return list(v or [])
        if key.type is str:
            return str(v)
        return v

    def set(self, key: _Key, value) -> None:
        if self._held is not None:
            self._held[key.name] = value
        else:
            self.q.setValue(key.name, value)

    # holding writes ------------------------------------------------------------
    def hold(self) -> None:
        """Keep writes in memory until ``release()`` (reads see them)."""
        if self._held is None:
            self._held = {}

    def release(self) -> None:
        """Give the held writes to the file and sync it (never for a read-only Settings)."""
        if self.read_only or self._held is None:
            return
        held, self._held = self._held, None
        for name, value in held.items():
            self.q.setValue(name, value)
        if held:
            self.q.sync()

    def sync(self) -> None:
        """Write everything to disk now: held writes too (not for a read-only Settings)."""
        if self.read_only:
            return
        if self._held is not None:
            self.release()
        else:
            self.q.sync()

    # files -------------------------------------------------------------------
    def last_file(self) -> str:
        return self.get(LAST_FILE)

    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p]

    def remember_file(self, path) -> None:
        p = str(path)
        recent = [r for r in self.recent_files() if r != p]
        recent.insert(0, p)
        self.set(RECENT_FILES, recent[:MAX_RECENT])
        self.set(LAST_FILE, p)
        if self._held is None:
            self.q.sync()  # held (at start): synced by release(), after the first paint

    def forget_file(self, path) -> None:
        p = str(path)
        self.set(RECENT_FILES, [r for r in self.recent_files() if r != p])
        if self.last_file() == p:
            self.set(LAST_FILE, "")

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, [])
