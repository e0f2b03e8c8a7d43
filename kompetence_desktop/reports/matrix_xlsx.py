"""The competence matrix as an Excel workbook (openpyxl), for leaders who must
hand data on: Socialstyrelsen's layout (rows grouped by category, Forventet
niveau, one column per employee, Sårbarhed), the same colours as the PDF, a
legend sheet and — in the leader's edition — a staff key. The MED edition has
no per-person columns in any form: per competence the expected level, how
many are at or above it, one below, two or more below, not assessed (1 or 2
as "under 3") and the sårbarhed (see med_edition).

    render_matrix_xlsx(snapshot, med=False) -> bytes
"""
from __future__ import annotations

import io

from .. import texts
from ..domain import rules
from ..domain.dates import format_date
from ..domain.model import CATEGORIES
from ..domain.snapshot import Snapshot

GAP_HEX = {"meets": "E3F2DC", "one_below": "FBD58A", "two_below": "E58B80", "not_relevant": "E8E8E8"}
VULN_HEX = {"kritisk": "B03A2E", "hoej": "E58B80", "middel": "FBD58A", "lav": "E3F2DC"}


#: a value starting with one of these is read as a formula by spreadsheet programs (OWASP CSV/formula injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(ws, row: int, col: int, value):
    """A cell of *user* text: always stored as a string (never a formula), shown as typed.
    Text that a spreadsheet would read as a formula is also marked quote-prefixed,
    so it stays text when someone edits the cell in Excel."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row, col)
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    return cell


def _team_mark(s, comp, red) -> str:
    """A competence that must be covered in every team: which teams lack it, or that all have it."""
    if not comp.per_team:
        return ""
    from ..domain import team_coverage

    counts = team_coverage.cover_counts(s, comp)
    missing = [red(t.name) for t in s.teams if counts.get(t.id, 1) == 0]
    return (" – skal dækkes i hvert team; mangler i " + ", ".join(missing) if missing
            else " – skal dækkes i hvert team; dækket")


def render_matrix_xlsx(s: Snapshot, med: bool = False) -> bytes:
    """``med``: distributions per competence instead of staff columns, and no staff key."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    active = s.active_employees
    from . import med_edition as medx

    cols = [] if med else [(e, e.initials) for e in active]
    dist = {d.competence_id: d for d in medx.distributions(s)} if med else {}
    med_heads = [texts.MATRIX_HEAD_MEETING, texts.MED_HEAD_ONE_BELOW, texts.MED_HEAD_TWO_BELOW,
                 texts.MATRIX_HEAD_NOT_ASSESSED] if med else []
    cov = rules.coverage(s.competences, s.employees, s.current, s.today)
    if med:  # a competence name is free text: it may mention a colleague (as in the MED plan)
        from .med_names import med_names

        red = med_names(s)
    else:
        def red(text):
            return text

    wb = Workbook()
    ws = wb.active
    ws.title = "Matrix"
    bold = Font(bold=True)
    thin = Side(style="thin", color="9AA5B1")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DFE6EE")
    cat_fill = PatternFill("solid", fgColor="C3CFDB")
    fills = {k: PatternFill("solid", fgColor=v) for k, v in GAP_HEX.items()}
    vfills = {k: PatternFill("solid", fgColor=v) for k, v in VULN_HEX.items()}
    center = Alignment(horizontal="center", vertical="center")

    name = s.profile.get("navn", "")
    _text(ws, 1, 1, f"Kompetenceprofil på: {name}")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Udskrevet {format_date(s.today)}" + (
        " · MED-udgave: antal pr. kompetence, 1 eller 2 vises som »under 3«" if med
        else " · " + texts.CONFIDENTIAL_FOOTER)
    head = [texts.MATRIX_HEAD_COMPETENCE, texts.MATRIX_HEAD_EXPECTED] + [lab for _e, lab in cols] + med_heads + [
        texts.MATRIX_HEAD_VULNERABILITY]
    hr = 4
    for j, h in enumerate(head, 1):
        c = _text(ws, hr, j, h)
        c.font, c.fill, c.border = bold, head_fill, border
        c.alignment = Alignment(horizontal="center" if j > 1 else "left", vertical="center", wrap_text=True)
    last_col = len(head)
    r = hr + 1
    for cat in CATEGORIES:
        cs = [c for c in s.competences if c.category == cat]
        ws.cell(r, 1, texts.CATEGORY_LABELS[cat])
        for j in range(1, last_col + 1):
            cell = ws.cell(r, j)
            cell.fill, cell.font, cell.border = cat_fill, bold, border
        ws.row_dimensions[r].outlineLevel = 0
        r += 1
        for comp in cs:
            _text(ws, r, 1, red(comp.name) + _team_mark(s, comp, red)).border = border
            e_cell = ws.cell(r, 2, comp.expected_level)
            e_cell.alignment, e_cell.border = center, border
            for j, (e, _lab) in enumerate(cols, 3):
                v = s.current.get((e.id, comp.id))
                cell = ws.cell(r, j, "–" if v is rules.NOT_RELEVANT else v)
                cell.alignment, cell.border = center, border
                cls = rules.gap_class(comp.expected_level, v)
                if cls in fills:
                    cell.fill = fills[cls]
                if cls in ("one_below", "two_below"):
                    cell.font = bold
            if med:
                d = dist[comp.id]
                counts = (d.meeting, d.one_below, d.two_below, d.not_assessed)
                classes = ("meets", "one_below", "two_below", "not_assessed")
                for j, (k, cls, shown) in enumerate(zip(counts, classes, d.shown()), 3):
                    cell = ws.cell(r, j, k) if shown == str(k) else _text(ws, r, j, shown)
                    cell.alignment, cell.border = center, border
                    if k and cls in fills:
                        cell.fill = fills[cls]
            vul = cov[comp.id].vulnerability
            vc = ws.cell(r, last_col, texts.VULNERABILITY_LABELS[vul])
            vc.fill, vc.border, vc.alignment = vfills[vul], border, center
            if vul == "kritisk":
                vc.font = Font(bold=True, color="FFFFFF")
            ws.row_dimensions[r].outlineLevel = 1  # grouped under the category heading
            r += 1
    _matrix_layout(ws, hr, last_col, med)

    _legend_sheet(wb, fills, vfills, border, bold)
    if not med:
        _staff_sheet(wb, s, active, bold)
    wb.properties.title = f"{texts.MATRIX_XLSX_TITLE} – {name}"
    wb.properties.creator = name if med else (s.profile.get("leder", "") or name)
    wb.properties.language = "da-DK"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _legend_sheet(wb, fills, vfills, border, bold) -> None:
    """The sheet *Forklaring*: the level scale, the colours and the sårbarhed."""
    from openpyxl.styles import Alignment, Font

    lg = wb.create_sheet("Forklaring")
    lg["A1"] = "Forklaring"
    lg["A1"].font = Font(bold=True, size=13)
    row = 3
    lg.cell(row, 1, "Niveau").font = bold
    lg.cell(row, 2, "Betegnelse").font = bold
    lg.cell(row, 3, "Betydning").font = bold
    for k in range(1, 6):
        row += 1
        lg.cell(row, 1, k)
        lg.cell(row, 2, texts.LEVEL_LABELS[k])
        lg.cell(row, 3, texts.LEVEL_MEANINGS[k])
    row += 2
    lg.cell(row, 1, "Farver").font = bold
    for cls, label in texts.GAP_LEGEND.items():
        row += 1
        c = lg.cell(row, 1, "")
        if cls in fills:
            c.fill = fills[cls]
        c.border = border
        lg.cell(row, 2, label)
    row += 2
    lg.cell(row, 1, "Sårbarhed").font = bold
    for code, label in texts.VULNERABILITY_LABELS.items():
        row += 1
        c = lg.cell(row, 1, label)
        c.fill = vfills[code]
    row += 2
    lg.cell(row, 1, texts.VULNERABILITY_EXPLAINED).alignment = Alignment(wrap_text=True, vertical="top")
    lg.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    lg.row_dimensions[row].height = 60
    lg.column_dimensions["A"].width = 14
    lg.column_dimensions["B"].width = 34
    lg.column_dimensions["C"].width = 60


def _staff_sheet(wb, s, active, bold) -> None:
    """The leader's sheet *Medarbejdere*: the key to the initials."""
    st = wb.create_sheet("Medarbejdere")
    for j, h in enumerate(["Initialer", "Navn", "Stilling", "Team", "Uddannelse"], 1):
        st.cell(1, j, h).font = bold
    for i, e in enumerate(active, 2):
        _text(st, i, 1, e.initials)
        _text(st, i, 2, e.name)
        _text(st, i, 3, e.job_title)
        _text(st, i, 4, s.team_name(e.team_id))
        _text(st, i, 5, texts.EDUCATION_LABELS.get(e.education, e.education))
    for col, w in zip("ABCDE", (10, 30, 30, 20, 28)):
        st.column_dimensions[col].width = w


def _matrix_layout(ws, hr: int, last_col: int, med: bool) -> None:
    """Column widths, the frozen heading and names, and A4 landscape print fitted to the width."""
    from openpyxl.utils import get_column_letter

    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 11
    for j in range(3, last_col):
        ws.column_dimensions[get_column_letter(j)].width = 14 if med else 6
    ws.column_dimensions[get_column_letter(last_col)].width = 12
    ws.row_dimensions[hr].height = 32
    ws.freeze_panes = ws.cell(hr + 1, 3)
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

