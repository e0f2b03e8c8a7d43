"""Staff import from CSV and Excel (.xlsx), validated all or nothing.

Two steps, so the GUI can show a preview and the CLI a ``--preview``:

* ``preview(source, repo)`` reads and checks everything and writes nothing.
  It returns an ``ImportPreview``: the rows as they would be stored, notes
  (unknown columns, unknown education, suggested initials, new teams) and
  problems, each a ``Problem``: a code with the line it is about and its
  parameters. The words are the front ends' (``texts.import_problems``).
* ``apply(repo, preview)`` writes every row in ONE transaction, or nothing:
  it refuses a preview with problems, and re-checks the initials against
  the file at that moment.

The columns: *Navn* (required), *Initialer*, *Stilling*, *Uddannelse*,
*Team*, *Ansat* — case-insensitive, in any order; other columns are ignored
with a note. CSV is read as Danish Excel writes it (semicolon, Windows-1252)
and as other programs do (comma, UTF-8 with or without BOM; Excel's "Unicode
text", UTF-16 with tabs): the encoding is found by trying UTF-8 first (a BOM,
or bytes that decode) and then Windows-1252; the delimiter by counting
``;``, ``,`` and tabs on the header line. Nobody is asked.

Names are stored as written, in the one normalised form (``names.clean``:
NFC, single spaces), which the preview shows. The import never guesses a
name: a row with more fields than the header, a header and rows split by
different delimiters, and a name or initials with invisible or bidi-control
characters (a byte-order mark, a right-to-left override) are problems naming
the line. Initials are compared folded (``names.fold``), so "AB" and "A\u200bB"
can't become two people.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from .. import texts  # the education labels, read back from the file
from ..domain import dates
from ..domain.names import clean, fold, has_invisible
from ..domain import validate
from ..domain.model import MAX_NAME
from ..domain.rules import DomainError, suggest_initials

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
MAX_INITIALS = 10
MAX_COLUMNS = 200

#: our column keys and the (case-folded) headers that name them
COLUMNS = {
    "name": ("navn", "fulde navn", "medarbejder"),
    "initials": ("initialer", "init", "initial"),
    "job_title": ("stilling", "jobtitel", "titel"),
    "education": ("uddannelse",),
    "team": ("team", "gruppe"),
    "start_date": ("ansat", "ansat den", "ansættelsesdato", "startdato"),
}
_EDU_ALIASES = {
    "sosu-hjælper": "sosu_hjaelper",
    "sosu hjælper": "sosu_hjaelper",
    "social- og sundhedshjælper": "sosu_hjaelper",
    "sosu-assistent": "sosu_assistent",
    "sosu assistent": "sosu_assistent",
    "pædagogmedhjælper": "ufaglaert",
    "pæd. assistent": "paedagogisk_assistent",
    "pau": "paedagogisk_assistent",
    "ergoterapeut": "ergo_fysioterapeut",
    "fysioterapeut": "ergo_fysioterapeut",
    "ergo/fys": "ergo_fysioterapeut",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

@dataclasses.dataclass(frozen=True, init=False)
class Problem:
    """Something the import found: a code (a key of ``texts.IMPORT_PROBLEMS``, or of
    ``texts.IMPORT_NOTES`` for a note) and its parameters. ``line`` is the line (CSV)
    or row (Excel) it is about, None if it is about the file as a whole."""

    code: str
    line: int | None
    params: dict

    def __init__(self, code: str, line: int | None = None, **params):
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "params", params)


class ImportRejected(Exception):
    """The import can't be done; ``problems`` holds the ``Problem``s, ``unit`` says
    whether their lines are lines of a CSV file ("line") or rows of a sheet ("row")."""

    def __init__(self, problems: list[Problem], unit: str = "line"):
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)
        self.unit = unit


@dataclasses.dataclass
class ImportRow:
    line: int
    name: str
    initials: str
    initials_suggested: bool = False
    job_title: str = ""
    education: str = ""  # a code of texts.EDUCATION_LABELS
    team: str = ""  # team name, "" for none
    start_date: dt.date | None = None
    new_team: bool = False


@dataclasses.dataclass
class ImportPreview:
    source: str
    kind: str  # "csv", "xlsx", or "" when the file could not be read
    rows: list[ImportRow]
    notes: list[Problem]
    problems: list[Problem]
    new_teams: list[str]
    unit: str = "line"  # what the line numbers count: "line" (CSV) or "row" (Excel)
    problem_lines: set = dataclasses.field(default_factory=set)  # lines with a problem (for highlighting)
    delimiter: str = ""  # a CSV file's: ";", "," or "\t"
    encoding: str = ""  # a CSV file's: "UTF-8", "UTF-16" or "Windows-1252"

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


# ------------------------------------------------------------------ reading
@dataclasses.dataclass
class _Table:
    header: list
    rows: list[tuple[int, list]]  # (line number, cells)
    kind: str  # "csv" or "xlsx"
    unit: str  # "line" or "row"
    delimiter: str = ""
    encoding: str = ""


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252"), "Windows-1252"  # UnicodeDecodeError is handled by the caller


def _delimiter(text: str) -> str:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    # count outside double quotes
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: (counts[k], k == ";"))
    return best if counts[best] else ";"


def _read_csv(data: bytes) -> _Table:
    try:
        text, enc = _decode(data)
    except UnicodeDecodeError:
        raise ImportRejected([Problem("not_text")]) from None
    delim = _delimiter(text)
    # strict: a quote that is never closed is an error, not "the rest of the file is one name"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    rows: list[tuple[int, list]] = []
    header: list | None = None
    start = 1
    try:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if header is None:
                if not any(c.strip() for c in cells):
                    continue
                header = cells
                continue
            rows.append((start, cells))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        if "end of data" in str(exc) or "EOF" in str(exc):
            raise ImportRejected([Problem("csv_unclosed_quote", start)]) from None
        raise ImportRejected([Problem("csv_broken", near=start)]) from None
    return _Table(header or [], rows, "csv", "line", delim, enc)


def _read_xlsx(data: bytes) -> _Table:
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on garbage (zip, xml, key errors)
        raise ImportRejected([Problem("xlsx_broken")], "row") from None
    try:
        ws = wb.active
        if ws is None:
            ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return _Table([], [], "xlsx", "row")
        header: list | None = None
        rows: list[tuple[int, list]] = []
        for n, values in enumerate(
            ws.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_ROWS + 200, values_only=True), start=1
        ):
            cells = list(values)
            if header is None:
                if not any(_cell_text(c) for c in cells):
                    continue
                header = cells
                continue
            rows.append((n, cells))
            if len(rows) > MAX_ROWS + 100:
                break
    except ImportRejected:
        raise
    except Exception:
        raise ImportRejected([Problem("xlsx_broken")], "row") from None
    finally:
        try:
            wb.close()
        except Exception:
            pass
    # Excel keeps formatted but empty rows at the end: drop them
    while rows and not any(_cell_text(c) for c in rows[-1][1]):
        rows.pop()
    blank = _uncached_formulas(data)
    if blank:
        raise ImportRejected([Problem("xlsx_formula", cell=cell, row=line) for line, cell in blank[:10]], "row")
    return _Table(header or [], rows, "xlsx", "row")


def _uncached_formulas(data: bytes) -> list[tuple[int, str]]:
    """(row, cell) of formulas whose value was never saved (a file written by a
    program, not by Excel): read with data_only they would look empty."""
    try:  # quick look first: formulas are stored as <f> elements in the sheets' XML
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if not any(re.search(rb"<(?:\w+:)?f[ >]", z.read(n))
                       for n in z.namelist() if n.startswith("xl/worksheets/")):
                return []
    except Exception:
        return []
    try:
        import openpyxl

        values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:
        return []
    out = []
    try:
        wv, wf = values.active or values.worksheets[0], formulas.active or formulas.worksheets[0]
        rng = dict(max_col=MAX_COLUMNS, max_row=MAX_ROWS + 200)
        for n, (rv, rf) in enumerate(zip(wv.iter_rows(**rng), wf.iter_rows(**rng)), start=1):
            for cv, cf in zip(rv, rf):
                if cv.value is None and isinstance(cf.value, str) and cf.value.startswith("="):
                    out.append((n, getattr(cf, "coordinate", "")))
    except Exception:
        return out
    finally:
        for wb in (values, formulas):
            try:
                wb.close()
            except Exception:
                pass
    return out


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return dates.format_date(v.date())
    if isinstance(v, dt.date):
        return dates.format_date(v)
    return str(v).strip()


def read_table(data: bytes, filename: str = "") -> _Table:
    if len(data) > MAX_BYTES:
        raise ImportRejected([Problem("too_big", mb=MAX_BYTES // (1024 * 1024))])
    if not data.strip():
        raise ImportRejected([Problem("empty")])
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRejected([Problem("xls_old")])
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise ImportRejected([Problem("xlsx_broken")])
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected([Problem("not_text")])
    return _read_csv(data)


# ------------------------------------------------------------------ checking
def _norm_header(h) -> str:
    s = _cell_text(h).replace("\ufeff", "").strip().rstrip(":").strip()
    return re.sub(r"\s+", " ", s).casefold()


def _map_header(header: list, notes: list[Problem]) -> dict[str, int]:
    lookup = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        norm = _norm_header(h)
        if not norm:
            continue
        key = lookup.get(norm)
        shown = _cell_text(h)[:60]
        if key is None:
            notes.append(Problem("unknown_column", column=shown))
        elif key in cols:
            notes.append(Problem("duplicate_column", column=shown))
        else:
            cols[key] = i
    return cols


def education_code(text: str) -> str | None:
    """The code for a Danish education label (case-insensitive); None if unknown."""
    t = re.sub(r"\s+", " ", text.strip()).casefold()
    if not t:
        return ""
    for code, label in texts.EDUCATION_LABELS.items():
        if code and (t == label.casefold() or t == code):
            return code
    return _EDU_ALIASES.get(t)


def _date(v) -> dt.date:
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        if not dates.MIN_YEAR <= v.year <= dates.MAX_YEAR:
            raise dates.DateError("range", dates.format_date(v))
        return v
    return dates.parse_date(_cell_text(v))


def preview(source, repo, filename: str | None = None) -> ImportPreview:
    """Read and check ``source`` (a path, or bytes with ``filename``) against
    the staff already in ``repo``. Writes nothing."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        name = filename or ""
    else:
        p = Path(source)
        name = filename or p.name
        try:
            with open(p, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return ImportPreview(name, "", [], [], [Problem("missing", path=p)], [])
        except OSError:
            return ImportPreview(name, "", [], [], [Problem("unreadable", path=p)], [])
    try:
        table = read_table(data, name)
    except ImportRejected as exc:
        return ImportPreview(name, "", [], [], exc.problems, [], exc.unit)
    return _check(table, repo, name)


def _check(table: _Table, repo, name: str) -> ImportPreview:
    notes: list[Problem] = []
    problems: list[Problem] = []
    cols = _map_header(table.header, notes)
    result = ImportPreview(name, table.kind, [], notes, problems, [], table.unit,
                           delimiter=table.delimiter, encoding=table.encoding)
    if "name" not in cols:
        problems.append(Problem("no_name_column"))
        return result
    data_rows = [(n, cells) for n, cells in table.rows if any(_cell_text(c) for c in cells)]
    if not data_rows:
        problems.append(Problem("no_rows"))
        return result
    if len(data_rows) > MAX_ROWS:
        problems.append(Problem("too_many_rows", n=MAX_ROWS))
        return result

    # initials compare as names do (names.fold): "AB", "ab" and "A\u200bB" are the same person's
    existing = {fold(e.initials): e for e in repo.staff.employees()}
    teams = {t.name.casefold(): t.name for t in repo.staff.teams()}
    seen_initials: dict[str, int] = {}
    rows: list[ImportRow] = []

    def get(cells, key):
        i = cols.get(key)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    for line, cells in data_rows:
        def bad(code, **kw):
            problems.append(Problem(code, line, **kw))
            result.problem_lines.add(line)

        _check_split(table, cells, bad)
        raw_name = get(cells, "name")
        name_ = raw_name.strip() if isinstance(raw_name, str) else _cell_text(raw_name)
        row = ImportRow(line=line, name=name_, initials="")
        if _name_ok(name_, bad):
            row.name = clean(name_)  # NFC, single spaces: the preview shows it as stored
        ini = _cell_text(get(cells, "initials"))
        if ini:
            row.initials = _checked_initials(ini, line, bad, seen_initials, existing)

        for field in ("job_title", "team"):
            v = _cell_text(get(cells, field))
            if "\n" in v or "\r" in v:
                bad("field_newline", field=field)
            elif len(v) > MAX_NAME:
                bad("field_too_long", field=field, limit=MAX_NAME)
            elif _CONTROL.search(v):
                bad("field_control", field=field)
            setattr(row, field, v)

        edu = _cell_text(get(cells, "education"))
        code = education_code(edu)
        if code is None:
            code = "andet"
            notes.append(Problem("unknown_education", line, text=edu[:60]))
        row.education = code

        raw_date = get(cells, "start_date")
        if _cell_text(raw_date):
            try:
                row.start_date = _date(raw_date)
            except dates.DateError as exc:
                kind = exc.code if exc.code in ("format", "invalid", "range") else "format"
                bad("date_" + kind, text=_cell_text(raw_date)[:40])
        rows.append(row)

    _suggest_initials(rows, set(existing) | set(seen_initials), notes)
    result.new_teams = _new_teams(rows, teams, notes)
    result.rows = rows
    return result


def _check_split(table: _Table, cells, bad) -> None:
    """Never a guess at where a name ends: a row that does not split like its header is refused."""
    extra = [c for c in cells[len(table.header):] if _cell_text(c)]
    if extra:
        bad("extra_fields", n=len(extra))
    elif table.delimiter and len(table.header) > 1 and sum(bool(_cell_text(c)) for c in cells) == 1:
        other = next((d for d in ";,\t" if d != table.delimiter and d in _cell_text(cells[0] if cells else "")),
                     None)
        if other is not None:
            bad("mixed_delimiters", row=other, header=table.delimiter)


def _name_ok(name: str, bad) -> bool:
    if not name:
        bad("name_missing")
    elif "\n" in name or "\r" in name:
        bad("field_newline", field="name")
    elif len(name) > MAX_NAME:
        bad("name_too_long", limit=MAX_NAME)
    elif _CONTROL.search(name) or "\t" in name:
        bad("name_control")
    elif has_invisible(name):
        bad("name_invisible")
    else:
        return True
    return False


def _checked_initials(ini: str, line: int, bad, seen_initials: dict, existing: dict) -> str:
    """The initials as stored (cleaned), refused with a code when they can't be; compared
    as names are (``names.fold``) with the file's and the earlier rows'."""
    if "\n" in ini or "\r" in ini:
        bad("field_newline", field="initials")
    elif len(ini) > MAX_INITIALS:
        bad("initials_too_long", limit=MAX_INITIALS)
    elif _CONTROL.search(ini) or "\t" in ini:
        bad("initials_control")
    elif has_invisible(ini):
        bad("initials_invisible")
    elif any(ch.isspace() for ch in ini):
        bad("initials_space", initials=ini)
    else:
        ini = clean(ini)
        key = fold(ini)
        if key in seen_initials:
            bad("initials_dup_file", initials=ini, other=seen_initials[key])
        elif key in existing:
            bad("initials_taken", initials=ini, who=existing[key].name)
        else:
            seen_initials[key] = line
    return ini


def _suggest_initials(rows: list, taken: set, notes: list) -> None:
    """Initials for the rows without, unique against the file and every row."""
    suggested = 0
    for row in rows:
        if not row.initials and row.name:
            row.initials = suggest_initials(row.name, taken)
            row.initials_suggested = True
            taken.add(fold(row.initials))
            suggested += 1
    if suggested:
        notes.append(Problem("initials_suggested", n=suggested))


def _new_teams(rows: list, teams: dict, notes: list) -> list[str]:
    """The teams the rows name that the file does not have (written as the file spells a known one)."""
    new_teams: list[str] = []
    for row in rows:
        if row.team:
            k = row.team.casefold()
            if k in teams:
                row.team = teams[k]
            else:
                teams[k] = row.team
                new_teams.append(row.team)
                row.new_team = True
    for t in new_teams:
        notes.append(Problem("new_team", team=t))
    return new_teams


# ------------------------------------------------------------------ writing
def _check_initials_free(repo, initials: str) -> None:
    """The file changed since the preview: initials taken meanwhile (or twice in this import),
    compared as names are (``names.fold``)."""
    want = fold(initials)
    if any(fold(e.initials) == want for e in repo.staff.employees()):
        raise DomainError("initials_taken", initials=initials, field="initials")


def apply(repo, prev: ImportPreview) -> list[int]:
    """Write the previewed rows in one transaction; returns the new employee ids.

    Raises ImportRejected (nothing written) if the preview has problems or
    the file changed since (initials taken meanwhile).
    """
    if prev.problems:
        raise ImportRejected(prev.problems, prev.unit)
    if not prev.rows:
        raise ImportRejected([Problem("no_rows")], prev.unit)
    ids: list[int] = []
    line = 0
    try:
        with repo.file.atomic():
            team_ids = {t.name.casefold(): t.id for t in repo.staff.teams()}
            for row in prev.rows:
                line = row.line
                team_id = None
                if row.team:
                    k = row.team.casefold()
                    if k not in team_ids:
                        team = {"name": row.team.strip()}
                        validate.check("team", team)
                        team_ids[k] = repo.rows.add_record("teams", team)
                    team_id = team_ids[k]
                fields = {"name": row.name.strip(), "initials": row.initials.strip(), "job_title": row.job_title,
                          "education": row.education, "team_id": team_id, "start_date": row.start_date}
                validate.check("employee", fields)
                _check_initials_free(repo, fields["initials"])
                ids.append(repo.rows.add_record("employees", fields))
    except DomainError as exc:
        raise ImportRejected([Problem("refused", line, error=exc)], prev.unit) from None
    return ids


def import_staff(source, repo, filename: str | None = None) -> tuple[ImportPreview, list[int]]:
    """Preview and, if there are no problems, apply (the CLI's one-shot)."""
    prev = preview(source, repo, filename)
    if prev.problems:
        raise ImportRejected(prev.problems, prev.unit)
    return prev, apply(repo, prev)
