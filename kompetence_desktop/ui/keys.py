"""Key names in help texts written as the menus write them.

The menus show a shortcut in Qt's native text, translated with Qt's Danish
catalogue ("Ctrl+Skift+S"); help texts are written with the plain names
("Ctrl+Shift+S") and shown through ``native_keys``, so the two always agree."""
from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

_MODIFIER = re.compile(r"\b(Ctrl|Shift|Alt)\+")


def _native_prefix(name: str) -> str:
    return QKeySequence(f"{name}+A").toString(QKeySequence.SequenceFormat.NativeText)[:-1]


def native_keys(text: str) -> str:
    """``text`` with "Ctrl+", "Shift+" and "Alt+" as the menus show them."""
    names = {n: _native_prefix(n) for n in ("Ctrl", "Shift", "Alt")}
    return _MODIFIER.sub(lambda m: names[m.group(1)], text)
