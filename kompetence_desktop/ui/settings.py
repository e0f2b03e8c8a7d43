"""QSettings wrapper: each setting declared once with its type and default.

Preferences (what the user chose) are kept apart from window state (where
the window was). The INI file lives in the program's user folder, so tests
(KOMPETENCE_DATA_DIR) never touch the real one.
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
    def __init__(self, path=None):
        path = path or (paths.user_data_dir() / "indstillinger.ini")
        self.q = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: _Key):
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
        self.q.setValue(key.name, value)

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
        self.q.sync()

    def forget_file(self, path) -> None:
        p = str(path)
        self.set(RECENT_FILES, [r for r in self.recent_files() if r != p])
        if self.last_file() == p:
            self.set(LAST_FILE, "")

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, [])
