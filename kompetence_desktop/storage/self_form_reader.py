"""Reading a filled-in self-assessment form (.xlsx) back: untrusted input.

The file may come from anyone and any program (Excel, LibreOffice, a broken
download, something else renamed to .xlsx): it is read with openpyxl in
read-only, values-only mode, within size limits, and every failure becomes a
problem code — never an exception. What the form *means* (its signature, the
employee, the levels) is judged by ``operations.self_assessment``.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import self_form as sf

#: a form is a few tens of kB; anything much larger is not one
MAX_BYTES = 10 * 1024 * 1024
#: how far the visible sheet is read: a form has far fewer rows, and no columns past E
MAX_COLUMNS = 40
EXTRA_ROWS = 200


@dataclass
class ReadForm:
    """One file as read. ``problem``: None, or a code — ``missing``, ``unreadable``,
    ``too_big``, ``not_xlsx``, ``broken``, ``not_form``, ``newer``."""

    path: Path
    problem: str | None = None
    payload: sf.FormPayload | None = None
    payload_json: str = ""
    signature: str = ""
    #: row → digest of the locked text found in the visible sheet
    found_locked: dict[int, str] = field(default_factory=dict)
    #: row → what the *Mit niveau* cell holds (raw value) and the comment's text
    levels: dict[int, object] = field(default_factory=dict)
    comments: dict[int, str] = field(default_factory=dict)
    wishes: str = ""


def read_form(path) -> ReadForm:
    path = Path(path)
    out = ReadForm(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        out.problem = "missing"
        return out
    except OSError:
        out.problem = "unreadable"
        return out
    if len(data) > MAX_BYTES:
        out.problem = "too_big"
        return out
    if not data.startswith(b"PK\x03\x04"):
        out.problem = "not_xlsx"
        return out
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            # a zip bomb: refuse before anything is inflated
            if sum(i.file_size for i in z.infolist()) > 20 * MAX_BYTES:
                out.problem = "too_big"
                return out
    except Exception:
        out.problem = "broken"
        return out
    try:
        _read(data, out)
    except Exception:  # openpyxl raises many kinds on odd files (zip, xml, key, value errors)
        out.problem = out.problem or "broken"
    return out


def _read(data: bytes, out: ReadForm) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        names = wb.sheetnames
        if sf.ID_SHEET not in names or sf.FORM_SHEET not in names:
            out.problem = "not_form"
            return
        ids = wb[sf.ID_SHEET]
        col_a: list[str] = []
        signature = ""
        for n, row in enumerate(ids.iter_rows(min_row=1, max_row=500, max_col=2, values_only=True), start=1):
            a = row[0] if row else None
            if n == 1:
                if a != sf.FORM_MARK:
                    out.problem = "not_form"
                    return
                signature = str(row[1] or "") if len(row) > 1 else ""
                continue
            if a is None:
                break
            col_a.append(str(a))
        text = "".join(col_a)
        try:
            payload = sf.FormPayload.from_json(text)
        except Exception:
            out.problem = "not_form"
            return
        if payload.version > sf.FORM_VERSION:
            out.problem = "newer"
            return
        out.payload, out.payload_json, out.signature = payload, text, signature

        ws = wb[sf.FORM_SHEET]
        last = max([r for r, *_ in payload.rows] + list(payload.locked) + [(sf.cell_ref(payload.wishes_cell)
                                                                            or (0, 0))[0]])
        cells: dict[tuple[int, int], object] = {}
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=last + EXTRA_ROWS, max_col=MAX_COLUMNS,
                                             values_only=True), start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    cells[(r, c)] = v
    finally:
        try:
            wb.close()
        except Exception:
            pass
    unlocked = sf.unlocked_cells(payload)
    out.found_locked = sf.locked_digests(cells, unlocked)
    for r, *_ in payload.rows:
        v = cells.get((r, payload.level_col))
        if v is not None and sf.canonical_cell(v) != "":
            out.levels[r] = v
        comment = sf.canonical_cell(cells.get((r, payload.comment_col)))
        if comment:
            out.comments[r] = comment
    wc = sf.cell_ref(payload.wishes_cell)
    if wc:
        out.wishes = sf.canonical_cell(cells.get(wc))
