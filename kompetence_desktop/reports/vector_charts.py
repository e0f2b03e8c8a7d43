"""Charts for paper, drawn as reportlab vector graphics: sharp at any print
resolution, and ~100× faster than rasterising a matplotlib figure.

The screen uses ``reports/charts.py`` (matplotlib); these take the same kind
of plain data (labels and 0–5 values), so both show the same picture.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics import shapes as _shapes
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors

from . import fonts

fonts.register()
FONT = fonts.REGULAR
# a Drawing starts in STATE_DEFAULTS' font (Helvetica, never embedded): use ours
_shapes.STATE_DEFAULTS["fontName"] = FONT
FONT_BOLD = fonts.BOLD


@dataclass
class Series:
    label: str
    values: list  # float | None per axis
    color: object = colors.black
    dash: tuple | None = None
    width: float = 1.2
    fill: object | None = None  # a translucent colour for the area, or None
    marker: str = "circle"  # circle | square | none


#: greyscale-safe styles: they differ by dash and weight, not colour alone
REQUIRED_STYLE = dict(color=colors.HexColor("#222222"), dash=(4, 2), width=1.4, marker="square")
SERIES_STYLES = [
    dict(color=colors.HexColor("#1d4e89"), width=1.8, fill=colors.Color(0.11, 0.31, 0.54, alpha=0.15)),
    dict(color=colors.HexColor("#c0562b"), width=1.2, dash=(1, 1.5)),
    dict(color=colors.HexColor("#3c8d40"), width=1.2, dash=(6, 2, 1, 2)),
    dict(color=colors.HexColor("#7a4a9c"), width=1.0, dash=(3, 3)),
    dict(color=colors.HexColor("#8a6d1f"), width=1.0, dash=(8, 3)),
]


def radar(axis_labels: list[str], series: list[Series], width: float = 440, height: float = 330,
          max_level: int = 5, label_size: float = 7.5, legend: bool = True, label_room: float = 95) -> Drawing:
    """A *kompetencespind*: one axis per label, rings 1..max_level, one polygon per series.
    ``label_room``: the width kept on each side for the axis labels."""
    n = len(axis_labels)
    # a narrow chart (small multiples) stacks its legend: three labels side by side would overlap
    per_row = 3 if width >= 400 else 1
    legend_h = 14 * ((len(series) + per_row - 1) // per_row) if legend else 0
    d = Drawing(width, height)
    cx, cy = width / 2, (height + legend_h) / 2
    r = min(width / 2 - label_room, (height - legend_h) / 2 - 22)
    r = max(r, 40)
    if n < 3:
        d.add(String(cx, cy, "For få akser til et kompetencespind", fontName=FONT, fontSize=8, textAnchor="middle"))
        return d

    def pt(i: int, v: float) -> tuple[float, float]:
        ang = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * v / max_level * math.cos(ang), cy + r * v / max_level * math.sin(ang)

    grid = colors.HexColor("#b8c2cc")
    for lvl in range(1, max_level + 1):
        pts = []
        for i in range(n):
            pts.extend(pt(i, lvl))
        d.add(Polygon(pts, strokeColor=grid, strokeWidth=0.4, fillColor=None))
        # the ring's number halfway between the first two axes: never on the first axis's label
        ang = math.pi / 2 - math.pi / n
        x, y = cx + r * lvl / max_level * math.cos(ang), cy + r * lvl / max_level * math.sin(ang)
        d.add(String(x + 1, y + 1, str(lvl), fontName=FONT, fontSize=6, fillColor=colors.HexColor("#6b7785")))
    for i, label in enumerate(axis_labels):
        x, y = pt(i, max_level)
        d.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.4))
        lx, ly = pt(i, max_level + 0.45)
        anchor = "middle"
        if lx > cx + 4:
            anchor = "start"
        elif lx < cx - 4:
            anchor = "end"
        lines = _wrap(label, 24)
        for k, line in enumerate(lines):
            d.add(String(lx, ly - 3 - k * (label_size + 1) + (len(lines) - 1) * (label_size + 1) / 2,
                         line, fontName=FONT, fontSize=label_size, textAnchor=anchor,
                         fillColor=colors.HexColor("#1f2933")))
    for s in series:
        pts = []
        for i, v in enumerate(s.values):
            pts.extend(pt(i, 0 if v is None else max(0.0, min(float(v), max_level))))
        if s.fill is not None:
            d.add(Polygon(pts, fillColor=s.fill, strokeColor=None, strokeWidth=0))
        d.add(PolyLine(pts + pts[:2], strokeColor=s.color, strokeWidth=s.width,
                       strokeDashArray=s.dash, strokeLineJoin=1))
        for i, v in enumerate(s.values):
            if v is None or s.marker == "none":
                continue
            x, y = pt(i, max(0.0, min(float(v), max_level)))
            if s.marker == "square":
                d.add(Rect(x - 1.8, y - 1.8, 3.6, 3.6, fillColor=colors.white, strokeColor=s.color, strokeWidth=0.8))
            else:
                d.add(Circle(x, y, 1.8, fillColor=s.color, strokeColor=s.color, strokeWidth=0.5))
    if legend:
        col_w = width / per_row
        for k, s in enumerate(series):
            lx = 10 + (k % per_row) * col_w
            ly = 4 + legend_h - 14 * (k // per_row + 1) + 4
            d.add(Line(lx, ly + 3, lx + 22, ly + 3, strokeColor=s.color, strokeWidth=s.width,
                       strokeDashArray=s.dash))
            d.add(String(lx + 27, ly, s.label[:38], fontName=FONT, fontSize=7.5,
                         fillColor=colors.HexColor("#1f2933")))
    return d


def _wrap(text: str, width: int) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: width - 1] + "…"
    return lines or [""]


def hbar(labels: list[str], values: list[float], width: float = 440, bar_h: float = 12,
         max_value: float | None = None, fmt=str, color=colors.HexColor("#1d4e89")) -> Drawing:
    """A simple horizontal bar chart (education mix, budget): label, bar, value."""
    n = len(labels)
    height = n * (bar_h + 5) + 6
    d = Drawing(width, height)
    label_w = 150
    vmax = max_value or max([v for v in values] + [1])
    avail = width - label_w - 60
    for i, (lab, v) in enumerate(zip(labels, values)):
        y = height - (i + 1) * (bar_h + 5)
        d.add(String(label_w - 6, y + 3, lab[:32], fontName=FONT, fontSize=7.5, textAnchor="end"))
        w = avail * (v / vmax) if vmax else 0
        d.add(Rect(label_w, y, max(w, 0.5), bar_h, fillColor=color, strokeColor=None))
        d.add(String(label_w + w + 4, y + 3, fmt(v), fontName=FONT, fontSize=7.5))
    return d
