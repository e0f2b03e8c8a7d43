"""The application's icon (resources/icons, rendered from kompetence.svg by
installer/make_icons.py) as a QIcon for the windows and dialogs."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ..paths import resources_dir

#: the PNG sizes the icon is drawn in (a window manager picks the nearest)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_file(size: int):
    return resources_dir() / "icons" / f"kompetence-{size}.png"


def app_icon() -> QIcon:
    """The icon in every size there is a file for; an empty icon (Qt's default) if none."""
    icon = QIcon()
    for size in ICON_SIZES:
        p = icon_file(size)
        if p.is_file():
            icon.addFile(str(p), QSize(size, size))
    return icon
