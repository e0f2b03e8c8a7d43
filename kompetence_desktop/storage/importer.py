"""Staff import from CSV and Excel (.xlsx), validated all or nothing.

Two steps, so the GUI can show a preview and the CLI a ``--preview``:

* ``preview(source, repo)`` reads and checks everything and writes nothing.
  It returns an ``ImportPreview``: the rows as they would be stored, notes
  (unknown columns, unknown education, suggested initials, new teams) and
  problems — one Danish line per problem, naming the line.
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

Names are stored exactly as written (only spaces around them go).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from .. import texts
from ..domain import dates
from ..domain.rules import DomainError, suggest_initials
from .repo import MAX_NAME

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
HEADER_LABELS = {
    "name": "Navn", "initials": "Initialer", "job_title": "Stilling",
    "education": "Uddannelse", "team": "Team", "start_date": "Ansat",
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


class ImportRejected(Exception):
    """The import can't be done; ``problems`` holds one Danish line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = list(problems)


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
    kind: str  # "csv-semikolon-cp1252", "csv-komma-utf8", "xlsx", ...
    rows: list[ImportRow]
    notes: list[str]
    problems: list[str]
    new_teams: list[str]
    where: str = "Linje"  # "Række" for Excel
    problem_lines: set = dataclasses.field(default_factory=set)  # lines with a problem (for highlighting)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def summary(self) -> str:
        """One Danish sentence for the dialog and the CLI."""
        if self.problems:
            n = len(self.problems)
            return f"Importen kan ikke gennemføres: {n} {'problem' if n == 1 else 'problemer'}. Intet er ændret."
        teams = f" og {len(self.new_teams)} nye teams" if len(self.new_teams) > 1 else (
            " og 1 nyt team" if self.new_teams else "")
        n = len(self.rows)
        return f"{n} {'medarbejder' if n == 1 else 'medarbejdere'}{teams} kan importeres."


# ------------------------------------------------------------------ reading
@dataclasses.dataclass
class _Table:
    header: list
    rows: list[tuple[int, list]]  # (line number, cells)
    kind: str
    where: str  # "Linje" or "Række"


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
        raise ImportRejected([texts.IMPORT_PROBLEMS["not_text"]]) from None
    delim = _delimiter(text)
    # strict: a quote that is never closed is an error, not "the rest of the file is one name"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    rows: list[tuple[int, list]] = []
    header: list | None = None
    header_line = 0
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
                header, header_line = cells, start
                continue
            rows.append((start, cells))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        if "end of data" in str(exc) or "EOF" in str(exc):
            raise ImportRejected([texts.IMPORT_PROBLEMS["csv_unclosed_quote"].format(line=start)]) from None
        raise ImportRejected([texts.IMPORT_PROBLEMS["csv_broken"].format(line=start)]) from None
    names = {";": "semikolonsepareret", ",": "kommasepareret", "\t": "tabulatorsepareret"}
    return _Table(header or [], rows, f"{names[delim]} CSV, {enc}", "Linje")


def _read_xlsx(data: bytes) -> _Table:
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on garbage (zip, xml, key errors)
        raise ImportRejected([texts.IMPORT_PROBLEMS["xlsx_broken"]]) from None
    try:
        ws = wb.active
        if ws is None:
            ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return _Table([], [], "Excel (.xlsx)", "Række")
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
        raise ImportRejected([texts.IMPORT_PROBLEMS["xlsx_broken"]]) from None
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
        raise ImportRejected([texts.IMPORT_PROBLEMS["xlsx_formula"].format(cell=cell, line=line)
                              for line, cell in blank[:10]])
    return _Table(header or [], rows, "Excel (.xlsx)", "Række")


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
        raise ImportRejected([texts.IMPORT_PROBLEMS["too_big"].format(mb=MAX_BYTES // (1024 * 1024))])
    if not data.strip():
        raise ImportRejected([texts.IMPORT_PROBLEMS["empty"]])
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRejected([texts.IMPORT_PROBLEMS["xls_old"]])
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise ImportRejected([texts.IMPORT_PROBLEMS["xlsx_broken"]])
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected([texts.IMPORT_PROBLEMS["not_text"]])
    return _read_csv(data)


# ------------------------------------------------------------------ checking
def _norm_header(h) -> str:
    s = _cell_text(h).replace("\ufeff", "").strip().rstrip(":").strip()
    return re.sub(r"\s+", " ", s).casefold()


def _map_header(header: list, notes: list[str]) -> dict[str, int]:
    lookup = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        norm = _norm_header(h)
        if not norm:
            continue
        key = lookup.get(norm)
        shown = _cell_text(h)[:60]
        if key is None:
            notes.append(texts.IMPORT_NOTES["unknown_column"].format(column=shown))
        elif key in cols:
            notes.append(texts.IMPORT_NOTES["duplicate_column"].format(column=shown))
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
            return ImportPreview(name, "", [], [], [texts.IMPORT_PROBLEMS["missing"].format(path=p)], [])
        except OSError:
            return ImportPreview(name, "", [], [], [texts.IMPORT_PROBLEMS["unreadable"].format(path=p)], [])
    try:
        table = read_table(data, name)
    except ImportRejected as exc:
        return ImportPreview(name, "", [], [], exc.problems, [])
    return _check(table, repo, name)


def _check(table: _Table, repo, name: str) -> ImportPreview:
    P, N = texts.IMPORT_PROBLEMS, texts.IMPORT_NOTES
    notes: list[str] = []
    problems: list[str] = []
    cols = _map_header(table.header, notes)
    result = ImportPreview(name, table.kind, [], notes, problems, [], table.where)
    if "name" not in cols:
        problems.append(P["no_name_column"])
        return result
    data_rows = [(n, cells) for n, cells in table.rows if any(_cell_text(c) for c in cells)]
    if not data_rows:
        problems.append(P["no_rows"])
        return result
    if len(data_rows) > MAX_ROWS:
        problems.append(P["too_many_rows"].format(n=MAX_ROWS))
        return result

    existing = {e.initials.casefold(): e for e in repo.staff.employees()}
    teams = {t.name.casefold(): t.name for t in repo.staff.teams()}
    where = table.where
    seen_initials: dict[str, int] = {}
    rows: list[ImportRow] = []

    def get(cells, key):
        i = cols.get(key)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    for line, cells in data_rows:
        def bad(code, **kw):
            problems.append(f"{where} {line}: " + P[code].format(**kw))
            result.problem_lines.add(line)

        extra = [c for c in cells[len(table.header):] if _cell_text(c)]
        if extra:
            notes.append(f"{where} {line}: " + N["extra_fields"].format(n=len(extra)))

        raw_name = get(cells, "name")
        name_ = raw_name.strip() if isinstance(raw_name, str) else _cell_text(raw_name)
        row = ImportRow(line=line, name=name_, initials="")
        if not name_:
            bad("name_missing")
        elif "\n" in name_ or "\r" in name_:
            bad("field_newline", field=HEADER_LABELS["name"])
        elif len(name_) > MAX_NAME:
            bad("name_too_long", limit=MAX_NAME)
        elif _CONTROL.search(name_) or "\t" in name_:
            bad("name_control")

        ini = _cell_text(get(cells, "initials"))
        if ini:
            if "\n" in ini or "\r" in ini:
                bad("field_newline", field=HEADER_LABELS["initials"])
            elif len(ini) > MAX_INITIALS:
                bad("initials_too_long", limit=MAX_INITIALS)
            elif _CONTROL.search(ini) or "\t" in ini:
                bad("initials_control")
            elif any(ch.isspace() for ch in ini):
                bad("initials_space", initials=ini)
            else:
                key = ini.casefold()
                if key in seen_initials:
                    bad("initials_dup_file", initials=ini, other=seen_initials[key], where=where.lower())
                elif key in existing:
                    bad("initials_taken", initials=ini, who=existing[key].name)
                else:
                    seen_initials[key] = line
            row.initials = ini

        for field in ("job_title", "team"):
            v = _cell_text(get(cells, field))
            if "\n" in v or "\r" in v:
                bad("field_newline", field=HEADER_LABELS[field])
            elif len(v) > MAX_NAME:
                bad("field_too_long", field=HEADER_LABELS[field], limit=MAX_NAME)
            elif _CONTROL.search(v):
                bad("field_control", field=HEADER_LABELS[field])
            setattr(row, field, v)

        edu = _cell_text(get(cells, "education"))
        code = education_code(edu)
        if code is None:
            code = "andet"
            notes.append(f"{where} {line}: " + N["unknown_education"].format(text=edu[:60]))
        row.education = code

        raw_date = get(cells, "start_date")
        if _cell_text(raw_date):
            try:
                row.start_date = _date(raw_date)
            except dates.DateError as exc:
                kind = exc.code if exc.code in ("format", "invalid", "range") else "format"
                bad("date_" + kind, text=_cell_text(raw_date)[:40])
        rows.append(row)

    # suggested initials, unique against the file and every row
    taken = set(existing) | set(seen_initials)
    suggested = 0
    for row in rows:
        if not row.initials and row.name:
            row.initials = suggest_initials(row.name, taken)
            row.initials_suggested = True
            taken.add(row.initials.casefold())
            suggested += 1
    if suggested:
        notes.append(N["initials_suggested"].format(
            n=suggested, who=texts.count_noun(suggested, "medarbejder", "medarbejdere")))

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
        notes.append(N["new_team"].format(team=t))
    result.new_teams = new_teams
    result.rows = rows
    return result


# ------------------------------------------------------------------ writing
def apply(repo, prev: ImportPreview) -> list[int]:
    """Write the previewed rows in one transaction; returns the new employee ids.

    Raises ImportRejected (nothing written) if the preview has problems or
    the file changed since (initials taken meanwhile).
    """
    if prev.problems:
        raise ImportRejected(prev.problems)
    if not prev.rows:
        raise ImportRejected([texts.IMPORT_PROBLEMS["no_rows"]])
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
                        team_ids[k] = repo.add_team(row.team)
                    team_id = team_ids[k]
                ids.append(
                    repo.add_employee(
                        row.name, row.initials, job_title=row.job_title, education=row.education,
                        team_id=team_id, start_date=row.start_date,
                    )
                )
    except DomainError as exc:
        raise ImportRejected([f"{prev.where} {line}: {texts.domain_error(exc)} " + texts.IMPORT_PROBLEMS["nothing_changed"]]) from None
    return ids


def import_staff(source, repo, filename: str | None = None) -> tuple[ImportPreview, list[int]]:
    """Preview and, if there are no problems, apply (the CLI's one-shot)."""
    prev = preview(source, repo, filename)
    if prev.problems:
        raise ImportRejected(prev.problems)
    return prev, apply(repo, prev)
