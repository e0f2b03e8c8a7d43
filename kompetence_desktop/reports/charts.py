"""Charts as matplotlib Figures — data in, Figure out, no pyplot and no Qt —
used by the window (wrapped in FigureCanvasQTAgg) and by documents alike.

matplotlib is imported inside the builders, so importing this module costs
nothing at program start.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..domain.model import CATEGORIES
from ..domain.rules import NOT_RELEVANT

#: line styles per series kind: (colour, line style, line width, fill alpha, marker)
STYLES = {
    "expected": ("#444444", "--", 2.0, 0.0, None),
    "current": ("#1f5fa8", "-", 2.2, 0.18, "o"),
    "self": ("#d9822b", ":", 2.0, 0.0, "s"),
    "past": ("#7a9a3a", "-.", 1.6, 0.0, "^"),
    "other": ("#8e44ad", "-", 1.6, 0.0, "o"),
}


@dataclass
class RadarSeries:
    label: str
    values: Sequence[float | None]  # one per axis, 0–5; None where nothing is known
    kind: str = "current"  # expected / current / self / past / other


def _value(v):
    if v is None or v is NOT_RELEVANT:
        return None
    return float(v)


def radar_values(
    competences: Sequence,
    employee_ids: Iterable[int],
    levels: Mapping,
    by_category: bool = False,
    how: str = "mean",
) -> list[float | None]:
    """One value per axis for one employee or a group: per competence the
    employee's level (the group's mean or minimum over assessed, relevant
    cells); per category the mean of those competence values."""
    ids = list(employee_ids)
    per_comp = []
    for c in competences:
        vals = [x for x in (_value(levels.get((e, c.id))) for e in ids) if x is not None]
        if not vals:
            per_comp.append(None)
        elif how == "min":
            per_comp.append(min(vals))
        else:
            per_comp.append(sum(vals) / len(vals))
    if not by_category:
        return per_comp
    out = []
    for cat in CATEGORIES:
        vals = [v for c, v in zip(competences, per_comp) if c.category == cat and v is not None]
        if any(c.category == cat for c in competences):
            out.append(sum(vals) / len(vals) if vals else None)
    return out


def radar_expected(competences: Sequence, by_category: bool = False) -> list[float]:
    if not by_category:
        return [float(c.expected_level) for c in competences]
    out = []
    for cat in CATEGORIES:
        vals = [c.expected_level for c in competences if c.category == cat]
        if vals:
            out.append(sum(vals) / len(vals))
    return out


def radar_labels(competences: Sequence, by_category: bool = False, category_labels: Mapping | None = None) -> list[str]:
    if not by_category:
        return [c.name for c in competences]
    labels = category_labels or {}
    return [labels.get(cat, cat) for cat in CATEGORIES if any(c.category == cat for c in competences)]


def _wrap_label(label: str, width: int, lines: int = 3) -> str:
    """At most ``lines`` lines of about ``width`` characters; "…" where cut.
    A word may run a little over the width; a longer one is cut, so no label
    runs across the chart."""
    text = " ".join(str(label).split())
    hard = width + 4
    parts = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    for i, part in enumerate(parts):
        if len(part) > hard:  # one very long word: cut it here, the rest is in the tooltip
            parts = parts[:i] + [part]
            break
    if len(parts) > lines or len(parts[-1]) > hard:
        parts = parts[:lines]
        last = parts[-1][: min(width, hard - 1)].rstrip(" ,(-")
        parts[-1] = last + "…"
    # a "$" would start matplotlib's math mode: show it as typed
    return "\n".join(parts).replace("$", r"\$")


def radar_axis_labels(labels: Sequence[str], wrap: int = 22) -> list[str]:
    """The axis labels as the kompetencespind draws them (wrapped, long ones cut with "…")."""
    n = len(labels)
    w = wrap if n <= 14 else max(14, wrap - 4)
    lines = 3 if n <= 8 else 2
    return [_wrap_label(lb, w, lines) for lb in labels]


def shortened_labels(labels: Sequence[str], wrap: int = 22) -> list[str]:
    """The labels the chart could not show in full (for a tooltip or list beside it)."""
    return [lb for lb, shown in zip(labels, radar_axis_labels(labels, wrap)) if shown.endswith("…")]


def build_radar_figure(
    labels: Sequence[str],
    series: Sequence[RadarSeries],
    title: str = "",
    max_level: int = 5,
    size: tuple[float, float] = (7.0, 6.0),
    dpi: int = 100,
    wrap: int = 22,
):
    """A *kompetencespind*: one axis per label, 0–``max_level``, a polygon per series.

    Returns a ``matplotlib.figure.Figure`` (no pyplot state). With fewer than
    three axes the chart still draws (a line or a point).
    """
    from matplotlib.figure import Figure

    n = len(labels)
    fig = Figure(figsize=size, dpi=dpi)
    fig.patch.set_facecolor("white")
    ax = fig.add_subplot(111, projection="polar")
    if n == 0:
        ax.set_axis_off()
        fig.text(0.5, 0.5, "Ingen kompetencer at vise", ha="center", va="center")
        return fig
    angles = [2 * math.pi * i / n for i in range(n)]
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(0, max_level)
    ax.set_yticks(range(1, max_level + 1))
    ax.set_yticklabels([str(i) for i in range(1, max_level + 1)], fontsize=7, color="#666666")
    ax.set_rlabel_position(180.0 / n)  # between the first two axes, clear of the lines
    ax.set_xticks(angles)
    fs = 9 if n <= 8 else 8 if n <= 14 else 7 if n <= 24 else 6
    ax.set_xticklabels(radar_axis_labels(labels, wrap), fontsize=fs)
    for a, t in zip(angles, ax.get_xticklabels()):  # labels lean away from the chart, not over each other
        x = math.sin(a)
        t.set_horizontalalignment("center" if abs(x) < 0.15 else "left" if x > 0 else "right")
    ax.tick_params(axis="x", pad=12 if n > 8 else 8)
    ax.grid(color="#cccccc", linewidth=0.6)
    closed = angles + angles[:1]
    for s in series:
        color, ls, lw, alpha, marker = STYLES.get(s.kind, STYLES["other"])
        vals = [math.nan if v is None else float(v) for v in s.values]
        if len(vals) != n:
            raise ValueError(f"series {s.label!r} has {len(vals)} values for {n} axes")
        ys = vals + vals[:1]
        ax.plot(closed, ys, color=color, linestyle=ls, linewidth=lw, marker=marker, markersize=4, label=s.label)
        if alpha and not any(math.isnan(v) for v in vals):
            ax.fill(closed, ys, color=color, alpha=alpha)
    if title:
        title = _wrap_label(title, 70, 1)  # a very long tilbud or employee name stays on one line
        ax.set_title(title, fontsize=11, fontweight="bold", pad=34 if n > 8 else 22)
    if series:
        fig.legend(loc="lower center", ncol=min(4, len(series)), fontsize=8, frameon=False)
    fig.subplots_adjust(left=0.14, right=0.86, top=0.82 if title else 0.88, bottom=0.16)
    return fig
