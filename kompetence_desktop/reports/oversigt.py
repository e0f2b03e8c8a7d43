"""The *områdeoverblik*: many tilbud on paper (PDF) and in Excel (.xlsx).

    render_oversigt_pdf(area) -> bytes
    render_oversigt_xlsx(area) -> bytes

Both are built from a ``domain.area.AreaOverview`` alone, which holds no
employee's name, initials, note or free text; every count of people goes
through ``people_text``/``share_text`` (``domain.area.people``/``share``), so
a count under 3 reads *under 3*. The workbook has no per-person rows.

The PDF: one page of totals with charts (education mix, sårbarhed, mandatory
courses, MUS), then one row per tilbud (landscape), then the tables behind
the totals and the files that could not be read.
"""
from __future__ import annotations

import io

from .. import texts
from ..domain.area import (
    ALL_BUT_FEW,
    COURSE_STANDINGS,
    HIDDEN,
    UNDER_3 as UNDER_3_CODE,
    COURSES_CURRENT,
    COURSES_NEVER,
    COURSES_OVERDUE,
    AreaOverview,
    TilbudSummary,
    partition,
    people,
    share,
)
from ..domain.dates import format_date
from ..domain.model import CATEGORIES

# --- the Danish words -----------------------------------------------------------------------
TITLE = "Områdeoverblik"
UNDER_3 = "under 3"
ALL_BUT_FEW_TEXT = "alle på nær under 3"
HIDDEN_TEXT = "skjult"
NONE_DASH = "–"
SUBTITLE = "{n_tilbud} · opgjort {date}"
ANON_NOTE = ("Overblikket er anonymt: det viser ingen navne, initialer, noter eller fritekst fra filerne. "
             "Et antal personer under 3 står som »under 3«, og en andel af under 3 personer vises ikke; "
             "»alle på nær under 3« og »skjult« står, hvor et tal ellers ville afsløre et antal under 3.")
COURSE_LABELS = {
    COURSES_CURRENT: "Ajour",
    COURSES_OVERDUE: "Forfalden",
    COURSES_NEVER: "Aldrig taget",
}
UNREADABLE_TITLE = "Filer, der ikke kunne læses"
UNREADABLE_REASONS = {
    "missing": "findes ikke",
    "empty": "filen er tom – ikke en kompetencefil",
    "not_sqlite": "ikke en kompetencefil",
    "damaged": "filen er beskadiget",
    "foreign": "en database fra et andet program, ikke en kompetencefil",
    "newer": "lavet med en nyere udgave af Kompetence Desktop – opdatér programmet",
    "unreadable": "filen kan ikke læses (ingen adgang, eller den er ikke hentet fra skyen)",
    "busy": "filen blev gemt hele tiden, mens den blev læst – prøv igen om lidt",
    "interrupted": "en gemning i filen blev afbrudt; åbn den én gang i Kompetence Desktop, så gøres den færdig",
    "older_readonly": "lavet med en ældre udgave og kunne ikke læses",
}
COULD_NOT_READ = "kunne ikke læses"


def unreadable_reason(code: str) -> str:
    return UNREADABLE_REASONS.get(code, UNREADABLE_REASONS["unreadable"])


def people_text(n: int) -> str:
    v = people(n)
    return UNDER_3 if v is None else str(v)


def _code_text(v) -> str | None:
    if v is None or v == UNDER_3_CODE:
        return UNDER_3
    if v == ALL_BUT_FEW:
        return ALL_BUT_FEW_TEXT
    if v == HIDDEN:
        return HIDDEN_TEXT
    return None


def share_text(n: int, of: int) -> str:
    if of <= 0:
        return NONE_DASH
    v = share(n, of)
    return _code_text(v) or f"{round(100 * v)} %"


def part_text(v) -> str:
    """One count of a ``partition``: the number, *under 3*, *alle på nær under 3* or *skjult*."""
    return _code_text(v) or str(v)


def part_share_text(v, of: int) -> str:
    """The share one count of a ``partition`` is of ``of``."""
    if of <= 0:
        return NONE_DASH
    return _code_text(v) or share_text(v, of)


def kr(ore: int) -> str:
    """Whole kroner, the Danish way (budgets are planned in whole kroner): 12.500 kr."""
    k = round(ore / 100)
    return ("-" if k < 0 else "") + f"{abs(k):,}".replace(",", ".") + " kr."


def tilbud_count(n: int) -> str:
    return texts.count_noun(n, "tilbud", "tilbud")


def turnover_text(t) -> str:
    """Leavers / average headcount, or *under 3 fratrådte* (a rate of 1 or 2 people
    would show how many)."""
    if not t.avg_headcount:
        return NONE_DASH
    if people(t.leavers) is None:
        return f"{UNDER_3} fratrådte"
    return f"{round(100 * t.leavers / t.avg_headcount)} %"


def med_text(t: TilbudSummary) -> str:
    if t.med_last is None:
        return "aldrig"
    return format_date(t.med_last) + ("" if t.med_within else " (over 12 mdr.)")


def short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def fit(text: str, width: float, font: str, size: float = 7.5) -> str:
    """``text`` cut (with …) to fit ``width`` points in a table cell of one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def education_label(code: str) -> str:
    return texts.EDUCATION_LABELS.get(code, code or texts.EDUCATION_LABELS[""])


def _year(y) -> str:
    return "Uden år" if y is None else str(y)


# --- the PDF ---------------------------------------------------------------------------------


def render_oversigt_pdf(area: AreaOverview) -> bytes:
    return _OversigtPdf(area).render()


class _OversigtPdf:
    def __init__(self, area: AreaOverview):
        from . import base

        self.area = area
        doc = base.Document(title=TITLE, subject="Anonymt overblik over flere tilbud",
                            footer=f"{TITLE} · {format_date(area.today)} · anonymt")
        doc.story = self.story
        self.doc = doc
        self.base = base

    def render(self) -> bytes:
        return self.doc.render()

    # ---------------------------------------------------------------- charts
    def _bars(self, title: str, rows: list, width: float, colors_: list, legend: list[str] = ()) -> object:
        """A small horizontal bar chart; ``rows`` are (label, values for the bar's
        segments, text). A masked count is passed as 0, so its bar shows nothing either."""
        from reportlab.graphics.shapes import Drawing, Rect, String

        base = self.base
        bar_h, gap, label_w, top = 12, 5, 122, 18 + (12 if legend else 0)
        height = top + len(rows) * (bar_h + gap) + 4
        d = Drawing(width, height)
        d.add(String(0, height - 11, title, fontName=base.FONT_BOLD, fontSize=9, fillColor=base.INK))
        for i, name in enumerate(legend):
            x = label_w + i * 70
            d.add(Rect(x, height - 26, 8, 8, fillColor=colors_[i], strokeColor=None))
            d.add(String(x + 11, height - 25, name, fontName=base.FONT, fontSize=7, fillColor=base.INK))
        vmax = max([sum(v) for _l, v, _t in rows] + [1])
        avail = width - label_w - 58
        for i, (label, values, text) in enumerate(rows):
            y = height - top - (i + 1) * (bar_h + gap) + gap
            d.add(String(label_w - 5, y + 3, short(label, 30), fontName=base.FONT, fontSize=7, textAnchor="end",
                         fillColor=base.INK))
            x = label_w
            for k, v in enumerate(values):
                w = avail * v / vmax if vmax else 0
                if w > 0:
                    d.add(Rect(x, y, w, bar_h, fillColor=colors_[k], strokeColor=None))
                x += w
            d.add(String(max(x, label_w) + 4, y + 3, text, fontName=base.FONT, fontSize=7, fillColor=base.INK))
        return d

    def _stack(self, title: str, parts: list[tuple[str, int, object]], total: int, width: float) -> object:
        """One 100 % bar split into parts (label, count, colour) with a legend. The counts
        go through ``partition``: a part that may not be shown is not drawn either."""
        from reportlab.graphics.shapes import Drawing, Rect, String

        base = self.base
        height = 18 + 22 + 13 * len(parts)
        d = Drawing(width, height)
        d.add(String(0, height - 11, title, fontName=base.FONT_BOLD, fontSize=9, fillColor=base.INK))
        y = height - 38
        x = 0.0
        shown = partition({i: n for i, (_l, n, _c) in enumerate(parts)})
        if total:
            for i, (label, n, color) in enumerate(parts):
                if not isinstance(shown[i], int):
                    continue
                w = width * n / total
                d.add(Rect(x, y, w, 18, fillColor=color, strokeColor=None))
                x += w
        d.add(Rect(0, y, width, 18, fillColor=None, strokeColor=base.RULE, strokeWidth=0.5))
        for i, (label, n, color) in enumerate(parts):
            ly = y - 6 - 13 * (i + 1)
            d.add(Rect(0, ly, 8, 8, fillColor=color, strokeColor=None))
            d.add(String(12, ly + 1, f"{label}: {part_text(shown[i])} ({part_share_text(shown[i], total)})",
                         fontName=base.FONT, fontSize=7.5, fillColor=base.INK))
        return d

    def _head(self, labels: list[str], left=(0,)) -> list:
        """A header row: the first cell left, the rest right-aligned over their numbers."""
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        st = self.doc.styles
        if "headr" not in st:
            st["headr"] = ParagraphStyle("headr", parent=st["head"], fontSize=7, leading=8.5, alignment=TA_RIGHT)
            st["headl"] = ParagraphStyle("headl", parent=st["head"], fontSize=7, leading=8.5)
        return [Paragraph(self.base.esc(h), st["headl" if i in left else "headr"]) for i, h in enumerate(labels)]

    # ---------------------------------------------------------------- pages
    def story(self) -> list:
        base, doc, a = self.base, self.doc, self.area
        story: list = []
        story.append(doc.markup(base.esc(TITLE), "title"))
        story.append(doc.markup(base.esc(SUBTITLE.format(n_tilbud=tilbud_count(len(a.tilbud)),
                                                         date=format_date(a.today))), "subtitle"))
        if a.unreadable:
            story.append(doc.markup(f"<b>{len(a.unreadable)} {'fil' if len(a.unreadable) == 1 else 'filer'} "
                                    f"{COULD_NOT_READ}</b> – se sidst i overblikket.", "draft"))
        story.append(doc.p(ANON_NOTE, "note"))
        story += self._key_figures()
        story += self._charts()
        story += self._per_tilbud()
        story += self._totals_tables()
        story += self._competences_across()
        story += self._money()
        story += self._unreadable()
        return story

    def _key_figures(self) -> list:
        """Key figures."""
        from reportlab.lib.units import mm

        doc, a = self.doc, self.area
        n = len(a.tilbud)
        story: list = []
        budget = a.budget()
        funded = sum(f for f, _u in budget.values())
        unfunded = sum(u for _f, u in budget.values())
        checklist = (sum(t.checklist_met for t in a.tilbud), sum(t.checklist_total for t in a.tilbud))
        leavers_t = type("T", (), {"leavers": a.leavers, "avg_headcount": a.avg_headcount})
        figures = [
            ("Tilbud i overblikket", str(n)),
            ("Medarbejdere (aktive)", people_text(a.active)),
            ("Fratrådt de seneste 12 måneder", people_text(a.leavers)),
            ("Personalegennemstrømning (fratrådte / gns. antal ansatte)", turnover_text(leavers_t)),
            ("MUS holdt inden for 12 måneder", share_text(a.mus_held, a.active)),
            ("Planen behandlet i MED inden for 12 måneder", f"{a.med_within} af {tilbud_count(n)}"),
            ("Tjeklisten for planen opfyldt (krav i alt)",
             f"{round(100 * checklist[0] / checklist[1])} %" if checklist[1] else NONE_DASH),
            ("Uddannelsesbudget i alt (finansieret / ikke finansieret)", f"{kr(funded)} / {kr(unfunded)}"),
        ]
        rows = [[doc.p(k, "cell"), doc.p(v, "cellr")] for k, v in figures]
        story.append(doc.table(rows, [120 * mm, 54 * mm], header_rows=0))
        return story

    def _charts(self) -> list:
        """The four charts, two by two."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        base, doc, a = self.base, self.doc, self.area
        story: list = []
        half = (doc.frame_width - 8 * mm) / 2
        edu = a.education
        edu_rows = []
        edu_shown = partition(edu)
        for code, v in edu_shown.items():
            edu_rows.append((education_label(code), [v if isinstance(v, int) else 0],
                             f"{part_text(v)} ({part_share_text(v, a.active)})"))
        edu_chart = self._bars("Uddannelsesmix (aktive medarbejdere)", edu_rows, half, [base.ACCENT])
        comps = a.competences()
        vul = sorted((c for c in comps if c.critical or c.high), key=lambda c: (-c.critical, -c.high, c.key))
        vul_rows = [(c.name, [c.critical, c.high], f"{c.critical} / {c.high}") for c in vul[:10]]
        if not vul_rows:
            vul_rows = [("Ingen kompetencer", [0], "")]
        vul_chart = self._bars("Sårbarhed: antal tilbud med Kritisk / Høj", vul_rows, half,
                               [base.VULN_FILL["kritisk"], base.VULN_FILL["hoej"]], legend=["Kritisk", "Høj"])
        courses = a.courses
        course_colors = {COURSES_CURRENT: colors.HexColor("#3c8d40"), COURSES_OVERDUE: base.VULN_FILL["kritisk"],
                         COURSES_NEVER: colors.HexColor("#e0a526")}
        course_chart = self._stack("Obligatoriske kurser (aktive medarbejdere)",
                                   [(COURSE_LABELS[k], courses[k], course_colors[k]) for k in COURSE_STANDINGS],
                                   a.course_staff, half)
        mus_chart = self._stack("MUS inden for 12 måneder",
                                [("Holdt", a.mus_held, colors.HexColor("#3c8d40")),
                                 ("Ikke holdt", a.active - a.mus_held, colors.HexColor("#e0a526"))],
                                a.active, half)
        grid = Table([[edu_chart, vul_chart], [course_chart, mus_chart]], colWidths=[half + 8 * mm, half],
                     hAlign="LEFT")
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story.append(doc.spacer(3 * mm))
        story.append(grid)
        if a.unreadable:
            story.append(doc.h2(UNREADABLE_TITLE))
            rows = [[doc.p(u.file, "cell"), f"{COULD_NOT_READ}: {short(unreadable_reason(u.code), 70)}"]
                    for u in a.unreadable[:8]]
            if len(a.unreadable) > 8:
                rows.append(["", f"… og {len(a.unreadable) - 8} mere (se sidst i overblikket)"])
            story.append(doc.table(rows, [55 * mm, doc.frame_width - 55 * mm], header_rows=0, font_size=7.5))
        return story

    def _per_tilbud(self) -> list:
        """One row per tilbud."""
        from reportlab.lib.units import mm

        base, doc, a = self.base, self.doc, self.area
        story: list = []
        story += doc.to_landscape()
        story.append(doc.h1("Tilbud for tilbud"))
        story.append(doc.p("Aktive medarbejdere i dag; fratrådte og personalegennemstrømning de seneste "
                           "12 måneder; sårbarhed blandt de aktive; kurser som andel af de aktive. "
                           f"Budget for {a.today.year}.", "small"))
        head = ["Tilbud", "Aktive", "Fra-\ntrådt", "Gennem-\nstrømning", "Kritisk / Høj sårbarhed",
                "Under for-\nventet", "Kurser\najour", "Kurser for-\nfaldne", "Kurser\naldrig", "MUS\n12 mdr.",
                "Behandlet\ni MED", "Tjek-\nliste", "Budget\nfinansieret", "Budget ikke\nfinansieret"]
        rows = [self._head(head, left=(0, 4, 10))]
        mm_w = [56, 14, 14, 19, 50, 15, 14, 15, 14, 13, 19, 11, 20, 21]
        scale = doc.landscape_width / (sum(mm_w) * mm)
        col0 = mm_w[0] * mm * scale - 7
        for t in a.tilbud:
            crit, high = t.vulnerable("kritisk"), t.vulnerable("hoej")
            vtext = []
            if crit:
                vtext.append("<b>Kritisk:</b> " + base.esc(", ".join(crit)))
            if high:
                vtext.append("<b>Høj:</b> " + base.esc(", ".join(high)))
            below = sum(b for b, _x in t.category_cells.values())
            assessed = sum(x for _b, x in t.category_cells.values())
            shown = partition(t.courses)
            courses = ([part_share_text(shown[k], t.active) for k in COURSE_STANDINGS] if t.courses
                       else [NONE_DASH] * 3)
            f, u = t.budget.get(a.today.year, (0, 0))
            rows.append([
                f"{fit(t.label, col0, base.FONT_BOLD)}\n{fit(t.file, col0, base.FONT_BOLD)}",
                people_text(t.active), people_text(t.leavers), turnover_text(t).replace(" fratrådte", "\nfratrådte"),
                doc.markup("<br/>".join(vtext), "cell") if vtext else "ingen",
                share_text(below, assessed) if t.active >= 3 else UNDER_3,
                *courses,
                share_text(t.mus_held, t.active), med_text(t),
                f"{t.checklist_met}/{t.checklist_total}", kr(f), kr(u),
            ])
        story.append(doc.table(rows, [w * mm * scale for w in mm_w], font_size=7.5, align_right_from=1,
                               extra=[("ALIGN", (4, 1), (4, -1), "LEFT"), ("ALIGN", (10, 1), (10, -1), "LEFT"),
                                      ("FONT", (0, 0), (-1, 0), base.FONT_BOLD, 7),
                                      ("FONT", (0, 1), (0, -1), base.FONT_BOLD, 7.5)]))
        return story

    def _totals_tables(self) -> list:
        """The tables behind the totals."""
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak

        base, doc, a = self.base, self.doc, self.area
        story: list = []
        edu = a.education
        edu_shown = partition(edu)
        story.append(PageBreak())
        story.append(doc.h1("Uddannelsesmix pr. tilbud"))
        story.append(doc.p("Aktive medarbejdere efter uddannelse.", "small"))
        codes = list(edu)
        head = ["Tilbud"] + [education_label(c).replace("Social- og sundheds", "SOSU-").replace("-/", "-/\n")
                             for c in codes] + ["I alt"]
        rows = [self._head(head)]
        for t in a.tilbud:
            shown = partition({c: t.education.get(c, 0) for c in codes})
            rows.append([short(t.label, 44)] + [part_text(shown[c]) for c in codes] + [people_text(t.active)])
        rows.append(["Området"] + [part_text(edu_shown[c]) for c in codes] + [people_text(a.active)])
        first = 62
        rest = (doc.landscape_width / mm - first) / (len(codes) + 1)
        story.append(doc.table(rows, [first * mm] + [rest * mm] * (len(codes) + 1), font_size=7.5,
                               align_right_from=1,
                               extra=[("FONT", (0, -1), (-1, -1), base.FONT_BOLD, 7.5),
                                      ("FONT", (0, 0), (-1, 0), base.FONT_BOLD, 6.5)]))

        story.append(doc.h1("Vurderinger under forventet niveau pr. kategori"))
        story.append(doc.p("Andelen af de aktive medarbejderes vurderede kompetencer, der ligger under det "
                           "forventede niveau.", "small"))
        head = ["Tilbud"] + [texts.CATEGORY_SHORT[c] for c in CATEGORIES]
        rows = [self._head(head)]
        cat_total = a.category_cells()
        for t in a.tilbud:
            rows.append([short(t.label, 60)] + [
                share_text(*t.category_cells.get(c, (0, 0))) if t.active >= 3 else UNDER_3 for c in CATEGORIES])
        rows.append(["Området"] + [share_text(*cat_total[c]) for c in CATEGORIES])
        story.append(doc.table(rows, [90 * mm] + [35 * mm] * len(CATEGORIES), font_size=7.5, align_right_from=1,
                               extra=[("FONT", (0, -1), (-1, -1), base.FONT_BOLD, 7.5)]))
        return story

    def _competences_across(self) -> list:
        """Competences across the files."""
        from reportlab.lib.units import mm
        from reportlab.platypus import PageBreak

        doc, a = self.doc, self.area
        n = len(a.tilbud)
        story: list = []
        comps = a.competences()
        story.append(PageBreak())
        story.append(doc.h1("Kompetencer på tværs af tilbuddene"))
        story.append(doc.p("Kompetencer er sammenholdt efter navn (store og små bogstaver og mellemrum tæller "
                           "ikke).", "small"))
        partial = a.partial_competences()
        story.append(doc.h2(f"Kompetencer, som kun nogle tilbud har ({len(partial)})"))
        if partial:
            rows = [self._head(["Kompetence", "Kategori", "Findes i", "Kritisk i", "Høj i"], left=(0, 1))]
            for c in partial:
                rows.append([doc.p(c.name, "cell"), texts.CATEGORY_SHORT.get(c.category, c.category),
                             f"{c.tilbud} af {n}", str(c.critical), str(c.high)])
            story.append(doc.table(rows, [110 * mm, 40 * mm, 30 * mm, 25 * mm, 25 * mm], align_right_from=2))
        else:
            story.append(doc.p("Alle tilbud har de samme kompetencer.", "note"))
        common = [c for c in comps if c.tilbud == n and (c.critical or c.high)]
        if common:
            story.append(doc.h2("Fælles kompetencer med Kritisk eller Høj sårbarhed"))
            rows = [self._head(["Kompetence", "Kategori", "Kritisk i", "Høj i"], left=(0, 1))]
            for c in common:
                rows.append([doc.p(c.name, "cell"), texts.CATEGORY_SHORT.get(c.category, c.category),
                             str(c.critical), str(c.high)])
            story.append(doc.table(rows, [110 * mm, 40 * mm, 25 * mm, 25 * mm], align_right_from=2))
        return story

    def _money(self) -> list:
        """Money."""
        from reportlab.lib.units import mm

        base, doc, a = self.base, self.doc, self.area
        story: list = []
        budget = a.budget()
        funded = sum(f for f, _u in budget.values())
        unfunded = sum(u for _f, u in budget.values())
        story.append(doc.h1("Uddannelsesbudget pr. år"))
        if budget:
            rows = [self._head(["År", "Finansieret", "Ikke finansieret", "I alt"])]
            for y, (f, u) in budget.items():
                rows.append([_year(y), kr(f), kr(u), kr(f + u)])
            rows.append(["Området i alt", kr(funded), kr(unfunded), kr(funded + unfunded)])
            story.append(doc.table(rows, [40 * mm, 50 * mm, 50 * mm, 50 * mm], align_right_from=1,
                                   extra=[("FONT", (0, -1), (-1, -1), base.FONT_BOLD, 8)]))
        else:
            story.append(doc.p("Ingen af tilbuddene har planlagt aktiviteter med pris.", "note"))
        return story

    def _unreadable(self) -> list:
        """Files that could not be read."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether

        doc, a = self.doc, self.area
        story: list = []
        story.append(doc.h1(UNREADABLE_TITLE))
        if a.unreadable:
            rows = [self._head(["Fil", "Hvorfor"], left=(0, 1))]
            for u in a.unreadable:
                rows.append([doc.p(u.file, "cell"), f"{COULD_NOT_READ}: {unreadable_reason(u.code)}"])
            story.append(KeepTogether(doc.table(rows, [90 * mm, doc.landscape_width - 90 * mm])))
        else:
            story.append(doc.p("Alle filer kunne læses.", "note"))
        return story


# --- the workbook ----------------------------------------------------------------------------


# --- the workbook's cells: counts of people as numbers, or their words ---------------------------
def _xlsx_put(ws, r, c, v):
    from .matrix_xlsx import _text

    if isinstance(v, str):
        return _text(ws, r, c, v)
    return ws.cell(r, c, v)


def _xlsx_count(v):
    p = people(v)
    return UNDER_3 if p is None else p


def _xlsx_part(v):
    return v if isinstance(v, int) else part_text(v)


def _xlsx_pct(v, of):
    if of <= 0:
        return NONE_DASH
    s = share(v, of)
    return _code_text(s) or round(s, 3)


def _xlsx_part_pct(v, of):
    if of <= 0:
        return NONE_DASH
    if not isinstance(v, int):
        return part_text(v)
    return _xlsx_pct(v, of)


def _xlsx_sheet(wb, title, header, rows, widths=None, pct_cols=()):
    """A sheet of ``wb`` (its first, unnamed one if still free): a bold header row, the rows,
    share columns as percentages, the first column and row frozen."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title) if wb.worksheets[0].title != "Sheet" else wb.worksheets[0]
    ws.title = title
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DFE6EE")
    for c, h in enumerate(header, 1):
        cell = _xlsx_put(ws, 1, c, h)
        cell.font = bold
        cell.fill = head_fill
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row, 1):
            cell = _xlsx_put(ws, r, c, v)
            if c in pct_cols and isinstance(v, float):
                cell.number_format = "0%"
    for c in range(1, len(header) + 1):
        ws.column_dimensions[get_column_letter(c)].width = (widths or {}).get(c, 16)
    ws.freeze_panes = "B2"
    return ws


def render_oversigt_xlsx(area: AreaOverview) -> bytes:
    """Sheets: Overblik (totals), Tilbud (one row per tilbud), Uddannelse, Kompetencer,
    Budget, Ikke læst. Counts of people as numbers, or the text *under 3*."""
    from openpyxl import Workbook

    a = area
    n = len(a.tilbud)
    wb = Workbook()

    def sheet(title, header, rows, widths=None, pct_cols=()):
        return _xlsx_sheet(wb, title, header, rows, widths, pct_cols)
    count, part, part_pct, pct = _xlsx_count, _xlsx_part, _xlsx_part_pct, _xlsx_pct

    budget = a.budget()
    funded = sum(f for f, _u in budget.values())
    unfunded = sum(u for _f, u in budget.values())
    leavers_pct = (UNDER_3 if people(a.leavers) is None else round(a.leavers / a.avg_headcount, 3)) \
        if a.avg_headcount else NONE_DASH
    sheet("Overblik", ["Nøgletal", "Værdi"], [
        ["Opgjort", format_date(a.today)],
        ["Tilbud i overblikket", n],
        ["Filer, der ikke kunne læses", len(a.unreadable)],
        ["Medarbejdere (aktive)", count(a.active)],
        ["Fratrådt de seneste 12 måneder", count(a.leavers)],
        ["Personalegennemstrømning", leavers_pct],
        ["MUS holdt inden for 12 måneder (andel)", pct(a.mus_held, a.active)],
        ["Planen behandlet i MED inden for 12 måneder (tilbud)", a.med_within],
        ["Uddannelsesbudget, finansieret (kr.)", funded / 100],
        ["Uddannelsesbudget, ikke finansieret (kr.)", unfunded / 100],
        ["Anonymt", ANON_NOTE],
    ], widths={1: 52, 2: 40}, pct_cols=(2,))

    header = ["Tilbud", "Fil", "Aktive", "Fratrådt 12 mdr.", "Personalegennemstrømning",
              "Kompetencer med Kritisk", "Kompetencer med Høj", "Under forventet (andel)",
              "Kurser ajour", "Kurser forfalden", "Kurser aldrig taget", "MUS 12 mdr. (andel)",
              "Behandlet i MED", "MED inden for 12 mdr.", "Tjekliste opfyldt", "Tjekliste krav"]
    rows = []
    for t in a.tilbud:
        below = sum(b for b, _x in t.category_cells.values())
        assessed = sum(x for _b, x in t.category_cells.values())
        turnover = NONE_DASH if not t.avg_headcount else (
            UNDER_3 if people(t.leavers) is None else round(t.leavers / t.avg_headcount, 3))
        rows.append([
            t.label, t.file, count(t.active), count(t.leavers), turnover,
            ", ".join(t.vulnerable("kritisk")), ", ".join(t.vulnerable("hoej")),
            pct(below, assessed) if t.active >= 3 else UNDER_3,
            *([part_pct(partition(t.courses)[k], t.active) for k in COURSE_STANDINGS] if t.courses
              else [NONE_DASH] * 3),
            pct(t.mus_held, t.active),
            format_date(t.med_last) if t.med_last else "aldrig", "ja" if t.med_within else "nej",
            t.checklist_met, t.checklist_total,
        ])
    sheet("Tilbud", header, rows, widths={1: 34, 2: 28, 6: 40, 7: 40}, pct_cols=(5, 8, 9, 10, 11, 12))

    edu = a.education
    codes = list(edu)
    rows = []
    for t in a.tilbud:
        shown = partition({c: t.education.get(c, 0) for c in codes})
        rows.append([t.label] + [part(shown[c]) for c in codes] + [count(t.active)])
    shown = partition(edu)
    rows.append(["Området"] + [part(shown[c]) for c in codes] + [count(a.active)])
    sheet("Uddannelse", ["Tilbud"] + [education_label(c) for c in codes] + ["I alt"], rows, widths={1: 34})

    rows = [[c.name, texts.CATEGORY_SHORT.get(c.category, c.category), c.tilbud, n, c.critical, c.high,
             "ja" if c.tilbud == n else "nej"] for c in a.competences()]
    sheet("Kompetencer", ["Kompetence", "Kategori", "Findes i (tilbud)", "Tilbud i alt", "Kritisk i",
                          "Høj i", "Alle tilbud har den"], rows, widths={1: 44})

    cat_total = a.category_cells()
    rows = [[t.label] + [pct(*t.category_cells.get(c, (0, 0))) if t.active >= 3 else UNDER_3 for c in CATEGORIES]
            for t in a.tilbud]
    rows.append(["Området"] + [pct(*cat_total[c]) for c in CATEGORIES])
    sheet("Under forventet", ["Tilbud"] + [texts.CATEGORY_SHORT[c] for c in CATEGORIES], rows, widths={1: 34},
          pct_cols=tuple(range(2, 2 + len(CATEGORIES))))

    rows = []
    for t in a.tilbud:
        for y, (f, u) in sorted(t.budget.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
            rows.append([t.label, _year(y) if y is None else y, f / 100, u / 100, (f + u) / 100])
    for y, (f, u) in budget.items():
        rows.append(["Området", _year(y) if y is None else y, f / 100, u / 100, (f + u) / 100])
    sheet("Budget", ["Tilbud", "År", "Finansieret (kr.)", "Ikke finansieret (kr.)", "I alt (kr.)"], rows,
          widths={1: 34})

    rows = [[u.file, f"{COULD_NOT_READ}: {unreadable_reason(u.code)}"] for u in a.unreadable]
    sheet("Ikke læst", ["Fil", "Hvorfor"], rows, widths={1: 40, 2: 90})

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
