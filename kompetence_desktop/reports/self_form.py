"""The self-assessment form (*selvvurdering*) an employee fills in offline: an
.xlsx workbook with the tilbud, the employee, the date, Socialstyrelsen's level
scale and one row per competence of the profile, grouped by the four
categories with the expected level shown.

Only the cells *Mit niveau* (a list: 1–5 or ``-``), *Kommentar* and *Ønsker til
kompetenceudvikling* are unlocked; the sheet is protected. A hidden sheet
holds the signed identity (``domain.self_form``). Printed, each category group
is one A4 page (portrait, fitted to the width, a page break before each group,
the heading rows repeated).

    render_self_form(FormSpec) -> bytes
"""
from __future__ import annotations

import io
from .. import texts
from ..domain import self_form as sf
from ..domain.dates import format_date
from ..domain.model import CATEGORIES, Employee

TITLE = "Selvvurdering af kompetencer"
INSTRUCTION = (
    "Vælg dit eget niveau i kolonnen »Mit niveau« for hver kompetence: 1–5 efter skalaen herunder, "
    "eller - hvis kompetencen ikke er relevant for dit arbejde. Skriv gerne en kommentar, og skriv dine "
    "ønsker til kompetenceudvikling nederst. De øvrige felter er låst. Gem filen (behold navnet) og "
    "send den tilbage til din leder."
)
SCALE_HEADING = "Niveauskala (Socialstyrelsen)"
HEADINGS = ("Nr.", "Kompetence", "Forventet niveau", "Mit niveau", "Kommentar")
WISHES_HEADING = "Ønsker til kompetenceudvikling"
WISHES_HINT = "Hvad vil du gerne blive bedre til, og hvordan? (kurser, sidemandsoplæring, supervision …)"
LEVEL_PROMPT = "Vælg 1–5, eller - hvis kompetencen ikke er relevant for dit arbejde."
LEVEL_ERROR_TITLE = "Ugyldigt niveau"
LEVEL_ERROR = "Skriv et niveau fra 1 til 5, eller - for ikke relevant."

LEVEL_COL, COMMENT_COL = 4, 5
WIDTHS = {"A": 5, "B": 50, "C": 10, "D": 10, "E": 42}
HEAD_FILL, CATEGORY_FILL, INPUT_FILL = "DCE6F0", "E8EEF4", "FFF8DC"

FormSpec = sf.FormSpec


def _text(ws, ref: str, value, **style):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws[ref]
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
    cell.value = text
    cell.data_type = "s"
    if text.startswith(("=", "+", "-", "@")) and len(text) > 1:
        cell.quotePrefix = True  # a name is never read as a formula
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def build_workbook(spec: FormSpec):
    """The workbook (openpyxl) of one form, signed."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.pagebreak import Break

    e = spec.employee
    wb = Workbook()
    ws = wb.active
    ws.title = sf.FORM_SHEET
    for col, w in WIDTHS.items():
        ws.column_dimensions[col].width = w
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="top")
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    open_cell = Protection(locked=False)

    _text(ws, "A1", TITLE, font=Font(bold=True, size=14))
    ws.merge_cells("A1:E1")
    made = sf.made_date(spec.made_at)
    for r, (label, value) in enumerate((("Tilbud", spec.tilbud), ("Medarbejder", f"{e.name} ({e.initials})"),
                                        ("Dato", format_date(made) if made else "")), start=2):
        _text(ws, f"A{r}", f"{label}: {value}", font=bold if r == 3 else Font())
        ws.merge_cells(f"A{r}:E{r}")
    _text(ws, "A6", INSTRUCTION, alignment=wrap)
    ws.merge_cells("A6:E6")
    ws.row_dimensions[6].height = 48
    _text(ws, "A7", SCALE_HEADING, font=bold)
    r = 8
    for level in range(1, 6):
        _text(ws, f"A{r}", str(level), alignment=center, font=bold)
        _text(ws, f"B{r}", f"{texts.LEVEL_LABELS[level]} – {texts.LEVEL_MEANINGS[level]}")
        ws.merge_cells(f"B{r}:E{r}")
        r += 1
    _text(ws, f"A{r}", "-", alignment=center, font=bold)
    _text(ws, f"B{r}", f"{texts.NOT_RELEVANT_LABEL} – kompetencen indgår ikke i dit arbejde")
    ws.merge_cells(f"B{r}:E{r}")
    r += 2

    dv = DataValidation(type="list", formula1='"' + ",".join(sf.LEVEL_CHOICES) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle=LEVEL_ERROR_TITLE, error=LEVEL_ERROR,
                        showInputMessage=True, promptTitle=HEADINGS[3], prompt=LEVEL_PROMPT)
    ws.add_data_validation(dv)
    rows: list[tuple[int, int, str, int]] = []
    number = 0
    first_group = True
    for cat in CATEGORIES:
        cs = [c for c in spec.competences if c.category == cat]
        if not cs:
            continue
        if not first_group:
            ws.row_breaks.append(Break(id=r - 1))
        first_group = False
        _text(ws, f"A{r}", texts.CATEGORY_LABELS[cat], font=Font(bold=True, size=12),
              fill=PatternFill("solid", fgColor=CATEGORY_FILL))
        ws.merge_cells(f"A{r}:E{r}")
        r += 1
        for col, head in zip("ABCDE", HEADINGS):
            _text(ws, f"{col}{r}", head, font=bold, border=box, fill=PatternFill("solid", fgColor=HEAD_FILL),
                  alignment=Alignment(wrap_text=True, vertical="center", horizontal="center" if col != "B" else None))
        ws.row_dimensions[r].height = 30
        r += 1
        for c in cs:
            number += 1
            _text(ws, f"A{r}", str(number), alignment=center, border=box)
            _text(ws, f"B{r}", c.name, alignment=wrap, border=box)
            _text(ws, f"C{r}", str(c.expected_level), alignment=center, border=box)
            lvl = ws.cell(r, LEVEL_COL)
            lvl.protection, lvl.alignment, lvl.border = open_cell, center, box
            lvl.fill = PatternFill("solid", fgColor=INPUT_FILL)
            dv.add(lvl.coordinate)
            com = ws.cell(r, COMMENT_COL)
            com.protection, com.alignment, com.border = open_cell, wrap, box
            com.fill = PatternFill("solid", fgColor=INPUT_FILL)
            ws.row_dimensions[r].height = max(30, 15 * (len(c.name) // 55 + 1))
            rows.append((r, c.id, c.name, c.expected_level))
            r += 1
        r += 1
    _text(ws, f"A{r}", WISHES_HEADING, font=Font(bold=True, size=12),
          fill=PatternFill("solid", fgColor=CATEGORY_FILL))
    ws.merge_cells(f"A{r}:E{r}")
    r += 1
    _text(ws, f"A{r}", WISHES_HINT, alignment=wrap, font=Font(italic=True, size=9))
    ws.merge_cells(f"A{r}:E{r}")
    r += 1
    wishes = ws.cell(r, 1)
    wishes.protection, wishes.alignment = open_cell, wrap
    wishes.fill = PatternFill("solid", fgColor=INPUT_FILL)
    wishes.border = box
    ws.merge_cells(f"A{r}:E{r}")
    ws.row_dimensions[r].height = 150
    wishes_ref = wishes.coordinate

    _protect_and_print(ws, e.initials)
    _sign(wb, ws, spec, rows, wishes_ref)
    return wb


def render_self_form(spec: FormSpec) -> bytes:
    buf = io.BytesIO()
    build_workbook(spec).save(buf)
    return buf.getvalue()


def form_filename(employee: Employee, made_on) -> str:
    """A file name the employee can recognise: ``selvvurdering-INITIALER-2026-12-03.xlsx``
    (initials reduced to letters and digits, so it is a valid name on every system)."""
    safe = "".join(ch for ch in employee.initials if ch.isalnum()) or f"medarbejder{employee.id}"
    return f"selvvurdering-{safe}-{made_on.isoformat()}.xlsx"


def _protect_and_print(ws, initials: str) -> None:
    """Only the input cells take typing; A4 print settings."""
    # protection: only the input cells take typing; no password (the signature, not the
    # password, is what tells the leader a locked cell was changed)
    ws.protection.sheet = True
    ws.protection.formatCells = False  # allowed: widen a column, make a row taller
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    # print: A4 portrait, fitted to the width, one category group per page, the
    # heading rows on every page
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:4"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Side &P af &N"
    ws.oddFooter.right.text = f"Selvvurdering · {initials}"
    ws.freeze_panes = None


def _sign(wb, ws, spec, rows, wishes_ref: str) -> None:
    """The hidden, signed identity of the form: which file, which employee, which rows,
    and a digest of every locked cell's text."""
    from openpyxl.workbook.protection import WorkbookProtection

    e = spec.employee
    payload = sf.FormPayload(
        form_id=spec.form_id, file_id=spec.file_id, tilbud=spec.tilbud, employee_id=e.id,
        employee_name=e.name, employee_initials=e.initials, made_at=spec.made_at, rows=rows,
        level_col=LEVEL_COL, comment_col=COMMENT_COL, wishes_cell=wishes_ref,
    )
    cells = {(cell.row, cell.column): cell.value for row in ws.iter_rows() for cell in row
             if cell.value is not None}
    payload.locked = sf.locked_digests(cells, sf.unlocked_cells(payload))
    text = payload.to_json()

    ids = wb.create_sheet(sf.ID_SHEET)
    ids["A1"] = sf.FORM_MARK
    ids["B1"] = sf.sign(spec.secret, text)
    for i, part in enumerate(sf.chunks(text), start=2):
        ids.cell(i, 1).value = part
        ids.cell(i, 1).data_type = "s"
    ids.sheet_state = "hidden"
    ids.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
