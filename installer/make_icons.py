"""Render the application icon from its SVG source into the files the platforms need.

    .venv/bin/python installer/make_icons.py

writes resources/icons/kompetence-<N>.png (the window icon, the Linux .desktop
icon) and resources/icons/kompetence.ico (the Windows executables, the
installer and the .kompetence file type). The generated files are committed;
run this again only when kompetence.svg changes.
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "kompetence.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows uses 16-48 in lists and menus, 256 for large icons (stored as PNG inside the .ico)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int):
    """The SVG drawn at ``size`` × ``size`` pixels, as a PIL image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} could not be read")
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES)):
        images[size] = render(size)
    for size in PNG_SIZES:
        out = ICONS / f"kompetence-{size}.png"
        images[size].save(out, optimize=True)
        print(out)
    ico = ICONS / "kompetence.ico"
    # Pillow writes one entry per size, each from the largest image resized; give it
    # the crisp renderings instead through append_images.
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    print(ico)
    return 0


if __name__ == "__main__":
    sys.exit(main())
