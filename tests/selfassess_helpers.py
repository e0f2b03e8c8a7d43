"""Filling in a self-assessment form as an employee would: only the unlocked cells,
saved again by openpyxl (the way Excel writes a workbook back)."""
from __future__ import annotations

from pathlib import Path

LEVEL_COL, COMMENT_COL = 4, 5


def input_cells(ws):
    """The cells an employee can type in: unlocked and not a merged cell's hidden part."""
    from openpyxl.cell.cell import MergedCell

    return [c for row in ws.iter_rows() for c in row
            if not isinstance(c, MergedCell) and c.protection.locked is False]


def competence_rows(ws) -> list[int]:
    return [c.row for c in input_cells(ws) if c.column == LEVEL_COL]


def fill_form(path, levels=None, comments=None, wishes=None, out=None) -> Path:
    """Fill *Mit niveau* row by row (``levels``: a list used in turn, or a dict row → value,
    or one value for all), comments by row, and the *Ønsker* cell; only unlocked cells
    are touched (an assertion checks it), then the workbook is saved."""
    import openpyxl

    path = Path(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Selvvurdering"]
    assert ws.protection.sheet, "the form's sheet is protected"
    cells = {(c.row, c.column): c for c in input_cells(ws)}
    rows = competence_rows(ws)
    if levels is not None:
        if isinstance(levels, dict):
            pairs = levels.items()
        elif isinstance(levels, (list, tuple)):
            pairs = zip(rows, levels)
        else:
            pairs = ((r, levels) for r in rows)
        for r, v in pairs:
            cells[(r, LEVEL_COL)].value = v  # KeyError if that cell is locked
    for r, text in (comments or {}).items():
        cells[(r, COMMENT_COL)].value = text
    if wishes is not None:
        wish = [c for (r, col), c in cells.items() if col == 1]
        assert len(wish) == 1
        wish[0].value = wishes
    out = Path(out or path)
    wb.save(out)
    return out


def change_locked_cell(path, ref: str, value) -> None:
    """What someone who lifts the sheet protection could do: change a locked cell."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["Selvvurdering"]
    assert ws[ref].protection.locked is not False
    ws[ref].value = value
    wb.save(path)
