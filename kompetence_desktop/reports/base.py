"""The renderer base class every PDF shares (the pretix idiom): A4, margins,
one stylesheet, portrait and landscape page templates, a two-pass canvas for
"Side X af Y", an optional *UDKAST* watermark on every page, PDF metadata and
bookmarks, rendered into bytes.

reportlab is imported here, so import this module lazily (at first export),
never at program start.
"""
from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import _processed_frags

from . import fonts
from .. import texts
from .hyphenate import cut_points

FONT = fonts.REGULAR
FONT_BOLD = fonts.BOLD
FONT_ITALIC = fonts.ITALIC

# colours (chosen to stay apart in greyscale too; the number is always printed)
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#9aa5b1")
HEADER_BG = colors.HexColor("#dfe6ee")
CATEGORY_BG = colors.HexColor("#c3cfdb")
ZEBRA = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#1d4e89")

GAP_FILL = {
    "meets": colors.HexColor("#e3f2dc"),
    "one_below": colors.HexColor("#fbd58a"),
    "two_below": colors.HexColor("#e58b80"),
    "not_assessed": colors.white,
    "not_relevant": colors.HexColor("#e8e8e8"),
}
VULN_FILL = {
    "kritisk": colors.HexColor("#b03a2e"),
    "hoej": colors.HexColor("#e58b80"),
    "middel": colors.HexColor("#fbd58a"),
    "lav": colors.HexColor("#e3f2dc"),
}
VULN_INK = {"kritisk": colors.white, "hoej": INK, "middel": INK, "lav": INK}


def esc(text) -> str:
    """User text → safe Paragraph markup (``<``, ``&``, quotes print as written;
    line breaks kept)."""
    if text is None:
        return ""
    s = escape(str(text), {'"': "&quot;"})
    return s.replace("\r\n", "\n").replace("\n", "<br/>")


def make_styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4)
    s = {"body": base}
    s["title"] = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32,
                                textColor=ACCENT, spaceAfter=10)
    s["subtitle"] = ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=6)
    s["h1"] = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=8, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1)
    s["h3"] = ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1)
    s["small"] = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED)
    s["note"] = ParagraphStyle("note", parent=base, fontName=FONT_ITALIC, fontSize=8.5, leading=11,
                               textColor=MUTED)
    s["cell"] = ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=FONT_BOLD)
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellc"] = ParagraphStyle("cellc", parent=s["cell"], alignment=TA_CENTER)
    s["head"] = ParagraphStyle("head", parent=s["cell"], fontName=FONT_BOLD)
    s["headc"] = ParagraphStyle("headc", parent=s["cell"], fontName=FONT_BOLD, fontSize=7, leading=8.5,
                                alignment=TA_CENTER)
    s["cover"] = ParagraphStyle("cover", parent=base, fontSize=10, leading=13, spaceAfter=0)
    s["center"] = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    s["left"] = ParagraphStyle("left", parent=base, alignment=TA_LEFT)
    s["draft"] = ParagraphStyle("draft", parent=base, fontName=FONT_BOLD, textColor=colors.HexColor("#b03a2e"))
    return s


#: a word in a fragment's text (reportlab splits at whitespace, but not at a no-break space)
_WORD = re.compile(r"(?:[^\s]|\xa0)+")


def _frag_words(frags) -> list[list[tuple[int, int, int]]]:
    """The words of a paragraph as reportlab sees them: each a list of (fragment index,
    start, end) pieces; a word may run over several fragments ("<b>ikke</b>-sundhed")."""
    words, cur = [], []
    for fi, f in enumerate(frags):
        text = getattr(f, "text", "")
        if not text:
            if hasattr(f, "lineBreak") or getattr(getattr(f, "cbDefn", None), "width", 0):
                if cur:
                    words.append(cur)
                cur = []
            continue
        if text[0].isspace() and text[0] != "\xa0" and cur:
            words.append(cur)
            cur = []
        for k, m in enumerate(_WORD.finditer(text)):
            if k and cur:
                words.append(cur)
                cur = []
            cur.append((fi, m.start(), m.end()))
        if text[-1].isspace() and text[-1] != "\xa0" and cur:
            words.append(cur)
            cur = []
    if cur:
        words.append(cur)
    return words


def _word_width(frags, word) -> float:
    """A word's width, each piece in its own fragment's font (bold is wider than regular)."""
    return sum(stringWidth(frags[fi].text[a:b], frags[fi].fontName, frags[fi].fontSize) for fi, a, b in word)


def widest_word(frags) -> float:
    return max((_word_width(frags, w) for w in _frag_words(frags)), default=0.0)


def fit_words(frags, width: float):
    """Copies of ``frags`` in which every word wider than ``width`` is cut into lines that
    fit (hyphenate.cut_points: its own hyphen, a syllable with "-", a letter as the last
    resort), each cut a forced line break; None when every word fits. Each letter is
    measured in its own fragment's font (a bold title is wider than the same word in the text)."""
    out = None
    for word in _frag_words(frags):
        if _word_width(frags, word) <= width:
            continue
        chars = [(fi, k) for fi, a, b in word for k in range(a, b)]
        text = "".join(frags[fi].text[k] for fi, k in chars)
        font = [(frags[fi].fontName, frags[fi].fontSize) for fi, _k in chars]
        left = [0.0]
        for ch, (name, size) in zip(text, font):
            left.append(left[-1] + stringWidth(ch, name, size))

        def fits(i, j, hyphen, left=left, font=font):
            w = left[j] - left[i] + (stringWidth("-", *font[j - 1]) if hyphen else 0)
            return w <= width - 1e-6

        if out is None:
            out = {}
        for i, hyphen in cut_points(text, fits):
            fi, k = chars[i - 1]  # the cut is after this letter, in its fragment
            out.setdefault(fi, []).append((k + 1, hyphen))
    if out is None:
        return None
    new = []
    for fi, f in enumerate(frags):
        if fi not in out:
            new.append(f.clone())
            continue
        prev = 0
        for k, hyphen in out[fi]:
            new.append(f.clone(text=f.text[prev:k] + ("-" if hyphen else "")))
            new.append(f.clone(text="", lineBreak=True))
            prev = k
        if prev < len(f.text):
            new.append(f.clone(text=f.text[prev:]))
    return new


class CellParagraph(Paragraph):
    """A table cell's paragraph: text always stays inside its column. A word wider than the
    column is cut into lines (see hyphenate: at its own hyphen "ikke-|sundhedsuddannede",
    else between syllables with a hyphen "pårørende-|samarbejdet", and only a word with no
    such place that fits — an abbreviation, a string without vowels — at a letter). A word
    that fits the column moves down whole, as reportlab does it."""

    def breakLines(self, width):
        frags = self.frags
        if not frags or _processed_frags(frags):  # a piece of a split paragraph: as reportlab
            return super().breakLines(width)
        # every wrap starts from the fragments as parsed (tables wrap a cell more than once)
        pristine = self.__dict__.get("_pristine_frags")
        if pristine is None:
            pristine = self._pristine_frags = [f.clone() for f in frags]
            self._widest = widest_word(pristine)  # measured once: most cells' words all fit
        narrowest = min(width) if isinstance(width, (list, tuple)) else width
        cut = fit_words(pristine, narrowest) if self._widest > narrowest else None
        if cut is not None:
            self.frags = cut
        elif self.__dict__.get("_cut"):
            self.frags = [f.clone() for f in pristine]
        self._cut = cut is not None
        return super().breakLines(width)


class Heading(Paragraph):
    """A Paragraph that also becomes a PDF bookmark (outline entry)."""

    def __init__(self, text: str, style, level: int = 0, key: str | None = None):
        super().__init__(esc(text), style)
        self.outline_title = text
        self.outline_level = level
        self.outline_key = key


class NumberedCanvas(Canvas):
    """Two passes over the pages: remember each page, then draw "Side X af Y"
    once the total is known (the usual reportlab idiom)."""

    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._page_bookmarks: list[tuple] = []
        #: heading key → the page it landed on (Document._after_flowable), for the contents list
        self._heading_pages: dict[str, int] = {}
        #: this page's places for a contents list page number: (key, x, y, font, size)
        self._toc_slots: list[tuple] = []

    def bookmarkPage(self, key, **kw):
        # The real pages are emitted only in save(); a bookmark made now would bind to
        # the PDF's first page. Remember it with its page and bind it when that page is emitted.
        self._page_bookmarks.append((key, kw))
        return key

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._page_bookmarks = []  # a fresh list: the saved state keeps this page's
        self._toc_slots = []
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            for key, kw in state.get("_page_bookmarks", ()):
                Canvas.bookmarkPage(self, key, **kw)
            self._draw_toc_numbers(state.get("_toc_slots", ()))
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_toc_numbers(self, slots) -> None:
        """The contents list's page numbers: known only now, when every page is laid out."""
        for key, x, y, font, size in slots:
            page = self._heading_pages.get(key)
            if page is None:
                continue
            self.saveState()
            self.setFont(font, size)
            self.setFillColor(INK)
            self.drawRightString(x, y, str(page))
            self.restoreState()

    def _draw_footer(self, total: int) -> None:
        w, _h = self._pagesize
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        y = 10 * mm
        self.drawRightString(w - 16 * mm, y, texts.REPORT_PAGE_OF.format(page=self._pageNumber, total=total))
        if self.footer_left:
            self.drawString(16 * mm, y, self.footer_left[:140])
        self.restoreState()


class ContentsList(Flowable):
    """The front page's *Indhold*: one line per heading, dotted to its page number.
    The numbers are drawn when the document is saved (NumberedCanvas keeps every page
    until then), so the plan is laid out once — no second build."""

    def __init__(self, entries: list[tuple[str, str]], style, width: float):
        super().__init__()
        self.entries = entries  # (text, heading key)
        self.style = style
        self.width = width

    def wrap(self, aw, ah):
        self.width = min(self.width, aw)
        return self.width, self.style.leading * len(self.entries)

    def draw(self) -> None:
        c = self.canv
        font, size, lead = self.style.fontName, self.style.fontSize, self.style.leading
        num_w = stringWidth("000", font, size)
        slots = getattr(c, "_toc_slots", None)
        for i, (text, key) in enumerate(self.entries):
            y = lead * (len(self.entries) - i - 1) + (lead - size) / 2
            c.setFont(font, size)
            c.setFillColor(self.style.textColor)
            c.drawString(0, y, text)
            x0 = stringWidth(text, font, size) + 4
            x1 = self.width - num_w - 4
            if x1 > x0:
                c.saveState()
                c.setStrokeColor(RULE)
                c.setLineWidth(0.5)
                c.setDash(0.6, 2.2)
                c.line(x0, y + 1, x1, y + 1)
                c.restoreState()
            if slots is not None:
                ax, ay = c.absolutePosition(self.width, y)
                slots.append((key, ax, ay, font, size))


class Document:
    """Subclasses set the metadata in ``__init__`` and build ``story()``."""

    pagesize = A4
    left_margin = 18 * mm
    right_margin = 18 * mm
    top_margin = 18 * mm
    bottom_margin = 18 * mm

    def __init__(self, *, title: str, subject: str = "", author: str = "", draft: bool = False,
                 footer: str = "", keywords: str = ""):
        self.title = title
        self.subject = subject
        self.author = author
        self.draft = draft
        self.footer = footer
        self.keywords = keywords
        self.styles = make_styles()

    # ------------------------------------------------------------- helpers
    def p(self, text, style: str = "body") -> Paragraph:
        """A paragraph of *user* text (escaped)."""
        return Paragraph(esc(text), self.styles[style])

    def markup(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of trusted markup (our own strings; escape user parts first)."""
        return Paragraph(markup, self.styles[style])

    def h1(self, text: str, key: str | None = None) -> Heading:
        return Heading(text, self.styles["h1"], 0, key)

    def h2(self, text: str) -> Heading:
        return Heading(text, self.styles["h2"], 1)

    def h3(self, text: str) -> Paragraph:
        return self.p(text, "h3")

    def field(self, label: str, value: str, empty: str | None = None) -> list:
        """A labelled block of user text; an empty value says so in italics."""
        out = [self.h3(label)]
        if value and value.strip():
            out.append(self.p(value))
        else:
            out.append(self.p(empty or texts.REPORT_NOT_DESCRIBED, "note"))
        return out

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    @property
    def landscape_width(self) -> float:
        return landscape(self.pagesize)[0] - self.left_margin - self.right_margin

    def table(self, rows, col_widths, header_rows: int = 1, zebra: bool = True, extra=(),
              font_size: float = 8, align_right_from: int | None = None) -> Table:
        """A data table: header shaded and repeated on every page, thin rules."""
        t = Table(rows, colWidths=col_widths, repeatRows=header_rows, hAlign="LEFT")
        cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, font_size),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            cmds += [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
                ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, font_size),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
            ]
        if zebra:
            for r in range(header_rows + 1, len(rows), 2):
                cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        if align_right_from is not None:
            cmds.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
        t.setStyle(TableStyle(cmds + list(extra)))
        t.spaceAfter = 5
        return t

    def to_landscape(self) -> list:
        return [NextPageTemplate("landscape"), PageBreak()]

    def to_portrait(self) -> list:
        return [NextPageTemplate("portrait"), PageBreak()]

    def spacer(self, h: float = 4 * mm) -> Spacer:
        return Spacer(1, h)

    # ------------------------------------------------------------- building
    def story(self) -> list:  # pragma: no cover - abstract
        raise NotImplementedError

    def _on_page(self, canv, doc) -> None:
        w, h = canv._pagesize
        canv.saveState()
        if self.draft:
            canv.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
            canv.setFont(FONT_BOLD, 110 if w < h else 130)
            canv.translate(w / 2, h / 2)
            canv.rotate(40 if w < h else 28)
            canv.drawCentredString(0, -35, texts.REPORT_DRAFT)
            canv.rotate(-(40 if w < h else 28))
            canv.translate(-w / 2, -h / 2)
            canv.setFillColor(colors.HexColor("#b03a2e"))
            canv.setFont(FONT_BOLD, 8)
            canv.drawString(self.left_margin, h - 10 * mm, texts.REPORT_DRAFT_BANNER)
        canv.restoreState()

    def _after_flowable(self, doc, flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        canv = doc.canv
        key = f"h{id(flowable)}"
        # an outline can't skip a level (a document without level-0 headings)
        level = min(flowable.outline_level, getattr(self, "_outline_level", -1) + 1)
        self._outline_level = level
        if flowable.outline_key and hasattr(canv, "_heading_pages"):
            canv._heading_pages.setdefault(flowable.outline_key, canv.getPageNumber())
        canv.bookmarkPage(key)
        canv.addOutlineEntry(title, key, level=level, closed=False)

    def render(self) -> bytes:
        buf = io.BytesIO()
        self._outline_level = -1
        doc = BaseDocTemplate(
            buf,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author=self.author,
            subject=self.subject,
            keywords=self.keywords,
            creator="Kompetence Desktop",
            producer="Kompetence Desktop",
            lang="da-DK",
            initialFontName=FONT,
            initialFontSize=9.5,
            displayDocTitle=True,
        )
        pw, ph = self.pagesize
        lw, lh = landscape(self.pagesize)
        pframe = Frame(self.left_margin, self.bottom_margin, pw - self.left_margin - self.right_margin,
                       ph - self.top_margin - self.bottom_margin, id="p", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        lframe = Frame(self.left_margin, self.bottom_margin, lw - self.left_margin - self.right_margin,
                       lh - self.top_margin - self.bottom_margin, id="l", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate(id="portrait", frames=[pframe], onPage=self._on_page, pagesize=self.pagesize),
            PageTemplate(id="landscape", frames=[lframe], onPage=self._on_page, pagesize=(lw, lh)),
        ])
        doc.afterFlowable = lambda fl: self._after_flowable(doc, fl)
        footer = self.footer

        class _Canvas(NumberedCanvas):
            footer_left = footer

        doc.build(self.story(), canvasmaker=_Canvas)
        return buf.getvalue()
