"""The documents' typeface: DejaVu Sans, the font matplotlib ships (so screen
and paper share one face that covers every Danish letter, with no system font).

The TrueType files are found without importing matplotlib (which costs ~0.7 s):
``importlib.util.find_spec`` gives the package folder, and ``mpl-data/fonts/ttf``
sits inside it. A frozen build may instead ship them in ``resources/fonts``.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_registered = False


class FontMissing(RuntimeError):
    """DejaVu Sans could not be found (a broken installation)."""


def font_dir() -> Path:
    """The folder that holds DejaVuSans*.ttf."""
    candidates: list[Path] = []
    try:
        from ..paths import resources_dir

        candidates.append(resources_dir() / "fonts")
    except Exception:  # pragma: no cover - paths is always importable in practice
        pass
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            candidates.append(Path(loc) / "mpl-data" / "fonts" / "ttf")
    for d in candidates:
        if (d / _FILES[REGULAR]).is_file():
            return d
    # last resort: ask matplotlib itself (slow import, but correct)
    try:
        import matplotlib

        d = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        if (d / _FILES[REGULAR]).is_file():
            return d
    except ImportError:
        pass
    raise FontMissing("DejaVu Sans (matplotlib/mpl-data/fonts/ttf) was not found")


def register() -> str:
    """Register the four faces and the family once; return the family name."""
    global _registered
    if _registered:
        return FAMILY
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    d = font_dir()
    for name, fname in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(d / fname)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # <b>/<i> inside Paragraphs whose fontName is the regular face
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    _registered = True
    return FAMILY
