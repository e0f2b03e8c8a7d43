"""The signed identity of a self-assessment form (*selvvurdering*), without files.

A form carries, in a hidden sheet, a payload saying which tilbud file it was
made for (the file's id), for which employee, with which competences in which
rows, and when — plus a digest of the text of every row's locked cells. The
payload is signed with an HMAC-SHA256 keyed by a secret that only the tilbud
file holds, so an employee can neither forge a form for someone else nor
change a locked cell (a competence's name, the expected level) without the
leader's program noticing — and, with the per-row digests, it can say which
row was changed.

Pure standard library: the writer (reports) and the reader (storage) both
build the same canonical text through ``canonical_cell`` and ``row_digest``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass, field

from .model import Competence, Employee

#: the format of the payload; a reader refuses a newer one
FORM_VERSION = 1
#: what the hidden sheet's first cell says, so a form is told from any spreadsheet
FORM_MARK = "Kompetence Desktop selvvurdering"
#: the hidden sheet's title
ID_SHEET = "kompetence-id"
#: the visible sheet's title
FORM_SHEET = "Selvvurdering"
#: what a level cell may hold; "-" is *ikke relevant*
LEVEL_CHOICES = ("1", "2", "3", "4", "5", "-")


def canonical_cell(value) -> str:
    """A cell's value as text the same way whichever program saved the form last:
    whole floats as ints (LibreOffice and Excel store 3 as 3.0), dates as ISO,
    line breaks as \\n, outer blanks stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def row_digest(texts: list[str]) -> str:
    """A short digest of one row's locked cells (their canonical texts, in column order)."""
    h = hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()
    return h[:16]


@dataclass
class FormPayload:
    """What a form says about itself. ``rows``: (sheet row, competence id, competence
    name, expected level) per competence; ``locked``: sheet row → ``row_digest`` of
    every row holding locked text; ``level_col``/``comment_col`` (1-based) the
    unlocked columns; ``wishes_cell`` the unlocked *Ønsker* cell (e.g. "B40")."""

    form_id: str
    file_id: str
    tilbud: str
    employee_id: int
    employee_name: str
    employee_initials: str
    made_at: str  # ISO date and time, local
    rows: list[tuple[int, int, str, int]]
    locked: dict[int, str] = field(default_factory=dict)
    level_col: int = 4
    comment_col: int = 5
    wishes_cell: str = ""
    version: int = FORM_VERSION

    def to_json(self) -> str:
        data = {
            "v": self.version, "form": self.form_id, "file": self.file_id, "tilbud": self.tilbud,
            "employee": self.employee_id, "name": self.employee_name, "initials": self.employee_initials,
            "made": self.made_at, "rows": [list(r) for r in self.rows],
            "locked": {str(k): v for k, v in sorted(self.locked.items())},
            "level_col": self.level_col, "comment_col": self.comment_col, "wishes": self.wishes_cell,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> FormPayload:
        """Raises ValueError (or KeyError/TypeError, all caught by the reader) on anything odd."""
        d = json.loads(text)
        if not isinstance(d, dict):
            raise ValueError("payload")
        rows = []
        for r in d["rows"]:
            row, cid, name, exp = r
            rows.append((int(row), int(cid), str(name), int(exp)))
        return cls(
            form_id=str(d["form"]), file_id=str(d["file"]), tilbud=str(d["tilbud"]),
            employee_id=int(d["employee"]), employee_name=str(d["name"]),
            employee_initials=str(d["initials"]), made_at=str(d["made"]), rows=rows,
            locked={int(k): str(v) for k, v in dict(d["locked"]).items()},
            level_col=int(d["level_col"]), comment_col=int(d["comment_col"]),
            wishes_cell=str(d["wishes"]), version=int(d["v"]),
        )

    @property
    def made_date(self) -> dt.date | None:
        return made_date(self.made_at)


def made_date(made_at: str) -> dt.date | None:
    """The day of an ISO date-and-time, or None."""
    try:
        return dt.datetime.fromisoformat(made_at).date()
    except (TypeError, ValueError):
        return None


@dataclass
class FormSpec:
    """Everything one form needs; ``secret`` signs it and is never written into it."""

    tilbud: str
    file_id: str
    secret: str
    employee: Employee
    competences: list[Competence]
    form_id: str
    made_at: str  # ISO date and time


@dataclass
class FormRound:
    """The Overblik's view of the forms: the day forms for all staff were last made
    (None if never), and employee id → the day her form came back."""

    started: dt.date | None
    received: dict[int, dt.date] = field(default_factory=dict)


def sign(secret: str, payload_json: str) -> str:
    """The HMAC-SHA256 (hex) of the payload under the tilbud file's secret."""
    return hmac.new(secret.encode("utf-8"), payload_json.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(secret: str, payload_json: str, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, payload_json), (signature or "").strip().lower())


def chunks(text: str, size: int = 30000) -> list[str]:
    """The payload split for spreadsheet cells (a cell holds at most 32 767 characters)."""
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def locked_digests(cells: dict[tuple[int, int], object], unlocked: set[tuple[int, int]]) -> dict[int, str]:
    """Row → ``row_digest`` of its locked cells, for every row that has locked text.
    ``cells``: (row, column) → value of every cell of the form's sheet (1-based)."""
    by_row: dict[int, dict[int, str]] = {}
    for (r, c), v in cells.items():
        if (r, c) in unlocked:
            continue
        text = canonical_cell(v)
        if text:
            by_row.setdefault(r, {})[c] = text
    return {r: row_digest([f"{c}={t}" for c, t in sorted(cols.items())]) for r, cols in by_row.items()}


def changed_rows(signed: dict[int, str], found: dict[int, str]) -> list[int]:
    """The rows whose locked text differs from what was signed, in order."""
    return sorted(r for r in set(signed) | set(found) if signed.get(r) != found.get(r))


def unlocked_cells(payload: FormPayload) -> set[tuple[int, int]]:
    """The cells an employee may fill in: *Mit niveau* and the comment of every row, and *Ønsker*."""
    out = {(r, payload.level_col) for r, *_ in payload.rows} | {(r, payload.comment_col) for r, *_ in payload.rows}
    wc = cell_ref(payload.wishes_cell)
    if wc:
        out.add(wc)
    return out


def cell_ref(ref: str) -> tuple[int, int] | None:
    """"B40" → (40, 2); None for anything else."""
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = ref[len(letters):]
    if not letters or not digits.isdigit() or not letters.isascii() or len(letters) > 3:
        return None
    col = 0
    for ch in letters.upper():
        col = col * 26 + (ord(ch) - 64)
    return int(digits), col
