"""Table cells: text always stays inside its column. A word wider than the column breaks at
its own hyphen, else between syllables with a hyphen (a compound's joining -s- stays with the
first part), and only as the last resort at a letter; words in « », brackets or capitals are
split like other words; every letter is measured in its own fragment's font."""
from __future__ import annotations

import io
import re

import pytest

from kompetence_desktop.reports.hyphenate import break_points
from kompetence_desktop.operations import AddRecord

AWKWARD = [
    "ikke-sundhedsfaglige-medarbejdere",
    "e-lærings-platformen",
    "Social-og-sundhedsassistentuddannelsen",
    "e-platformen",
    "platformen",
    "Sygeplejerske",
    "Pædagog-Ergoterapeuter",
    "Low-Arousal-tilgangen",
    "KRAP-modul-1-certificeringsuddannelsen",
    "ikke-sundhedsuddannedemedarbejderes-medicinhåndteringskompetencer",
    "«Medicinhåndteringsuddannelsesforløbet»",
    "(Kommunikationsværktøjsundervisningsforløb)",
    "MEDICINHÅNDTERINGSUDDANNELSESFORLØB",
    "AMSHFLØKH-BPSDKRTV",
    "Dokumentation2024medicinhåndteringsuddannelse",
    "Social- og sundhedsassistent-elevforløbet",
    "https://www.example.dk/kurser/medicinhaandtering",
    "a--b--c---d-e-f-g-hhhhhhhhhhhhhhhhhhhhhh",
    "<b>Medicinhåndteringsuddannelsesforløbet</b> og Medicinhåndteringsuddannelsesforløbet",
    "<b>ikke</b>-sundhedsuddannede-<i>medarbejdere</i>",
    "Kursus i <b>ikke-sundhedsfaglige-medarbejderes</b> faglighedsudvikling, «e-læringsplatformen»",
]
WIDTHS = [20, 28, 34, 40, 45, 50, 57, 60, 70, 90, 116]


def _styles():
    from kompetence_desktop.reports.base import make_styles

    return make_styles()


def _lines(markup: str, width: float, style="cell", wraps: int = 2):
    """(text, width) of each laid-out line, measured in each fragment's own font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kompetence_desktop.reports.base import CellParagraph

    st = _styles()[style]
    p = CellParagraph(markup, st)
    for _ in range(wraps):  # a table wraps its cells more than once
        p.wrap(width, 10_000)
    out = []
    bl = p.blPara
    for ln in bl.lines:
        if bl.kind == 0:
            text = " ".join(ln[1])
            out.append((text, stringWidth(text, st.fontName, st.fontSize), text.count(" ")))
        else:
            parts = [(w.text, w.fontName, w.fontSize) for w in ln.words if getattr(w, "text", "")]
            if parts:
                t, f, s = parts[-1]
                parts[-1] = (t.rstrip(), f, s)
            text = "".join(t for t, _f, _s in parts)
            out.append((text, sum(stringWidth(t, f, s) for t, f, s in parts), text.count(" ")))
    return out


def _plain(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup)


@pytest.mark.parametrize("style", ["cell", "cellb", "head"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_line_stays_inside_its_cell(style, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st = _styles()[style]
    shrink = 0.05 * stringWidth(" ", st.fontName, st.fontSize)  # reportlab's spaceShrinkage
    for word in AWKWARD:
        lines = _lines(word, width, style)
        for text, w, spaces in lines:
            assert w <= width + spaces * shrink + 1e-6, f"{word!r} at {width} pt: {text!r} is {w:.1f} pt"
        # nothing lost: the lines are the text, plus a "-" at each syllable break
        joined = " ".join(t for t, _w, _s in lines)
        assert re.sub(r"[\s-]", "", joined) == re.sub(r"[\s-]", "", _plain(word)), (word, width, lines)


@pytest.mark.parametrize("word,width,expected", [
    ("ikke-sundhedsfaglige-medarbejdere", 60, ["ikke-sund-", "hedsfaglige-", "medarbejdere"]),
    ("ikke-sundhedsfaglige-medarbejdere", 90, ["ikke-sundhedsfaglige-", "medarbejdere"]),
    ("e-lærings-platformen", 40, ["e-", "lærings-", "platfor-", "men"]),
    ("e-lærings-platformen", 50, ["e-lærings-", "platformen"]),
    ("e-platformen", 40, ["e-platfor-", "men"]),
    ("Social-og-sundhedsassistentuddannelsen", 50, ["Social-og-", "sundheds-", "assistent-", "uddannel-", "sen"]),
    ("Social-og-sundhedsassistentuddannelsen", 57, ["Social-og-", "sundheds-", "assistent-", "uddannelsen"]),
    ("«Medicinhåndteringsuddannelsesforløbet»", 90, ["«Medicinhåndterings-", "uddannelsesforløbet»"]),
    ("(Medicinhåndteringsuddannelsesforløbet)", 90, ["(Medicinhåndterings-", "uddannelsesforløbet)"]),
    ("MEDICINHÅNDTERINGSUDDANNELSESFORLØB", 90, ["MEDICINHÅNDTE-", "RINGSUDDANNELSES-", "FORLØB"]),
    ("Kommunikationsværktøjsundervisningsforløb", 110,
     ["Kommunikationsværktøjs-", "undervisningsforløb"]),
])
def test_where_awkward_words_break(word, width, expected):
    assert [t for t, _w, _s in _lines(word, width)] == expected


def test_a_joining_s_stays_with_the_first_part():
    def cuts(word):
        return {word[:i] for i in break_points(word, 0)}

    assert "faglighed" not in cuts("faglighedsudvikling") and "fagligheds" in cuts("faglighedsudvikling")
    assert "sundhed" not in cuts("sundhedsassistent") and "sundheds" in cuts("sundhedsassistent")
    assert "Kommunikationsværktøj" not in cuts("Kommunikationsværktøjsundervisningsforløb")
    assert "Kommunikation" not in cuts("Kommunikationsværktøj")
    assert "sundhedsassisten" not in cuts("sundhedsassistentuddannelsen")
    assert "sundhedsassistent" in cuts("sundhedsassistentuddannelsen")
    assert "arbejds" in cuts("arbejdsmiljø") and "afdelings" in cuts("afdelingsleder")
    # ordinary syllables are still there: "for-ståelse", "an-svar", "hel-se-søster"
    assert "for" in cuts("forståelse") and "helse" in cuts("helsesøster") and "hels" not in cuts("helsesøster")
    for w in ("Social-og-sundhedsassistentuddannelsen", "Kommunikationsværktøjsundervisningsforløb",
              "faglighedsudviklingen"):
        for width in WIDTHS[2:]:
            heads = [t for t, _w, _s in _lines(w, width)]
            assert not any(h.endswith(("sundhed-", "faglighed-", "værktøj-", "assisten-")) for h in heads), heads


def test_words_in_quotes_brackets_and_capitals_split_at_syllables_not_letters():
    for word in ("«Medicinhåndteringsuddannelsesforløbet»", "(Medicinhåndteringsuddannelsesforløbet)",
                 "“Medicinhåndteringsuddannelsesforløbet”", "MEDICINHÅNDTERINGSUDDANNELSESFORLØB",
                 "Medicinhåndtering-KRAP-uddannelsesforløbet"):
        for width in (60, 90, 116):
            lines = [t for t, _w, _s in _lines(word, width)]
            assert len(lines) > 1
            # every line but the last ends with a hyphen: the word's own or a syllable break's
            assert all(t.endswith("-") for t in lines[:-1]), (word, width, lines)
    # an abbreviation in capitals has no syllables: it is cut where the column is full
    assert break_points("AMSHFLØKH", 0) == []
    lines = [t for t, _w, _s in _lines("AMSHFLØKH", 28)]
    assert len(lines) > 1 and "".join(lines) == "AMSHFLØKH"


def test_cut_points_prefers_own_hyphen_then_syllable_then_letter():
    from kompetence_desktop.reports.hyphenate import cut_points, split_word

    def by_len(n):
        return lambda text: len(text) <= n

    assert split_word("ikke-sundhedsuddannede", by_len(18)) == ["ikke-", "sundhedsuddannede"]
    assert split_word("ikke-sundhedsuddannedemedarbejderes", by_len(16)) == [
        "ikke-sundheds-", "uddannedemed-", "arbejderes"]
    assert split_word("xkcdqwrtzplmnbvc", by_len(5)) == ["xkcdq", "wrtzp", "lmnbv", "c"]
    # a piece is never empty and never wider than the line, even one letter wide
    assert split_word("abc", by_len(1)) == ["a", "b", "c"]
    assert cut_points("abc", lambda i, j, hy: True) == []


def test_width_is_measured_in_each_fragments_own_font():
    """A word both bold and regular in one cell: the bold one (wider) breaks, the regular one
    fits and moves down whole; neither is cut at a letter."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kompetence_desktop.reports import base

    st = _styles()["cell"]
    word = "Medicinhåndteringsuddannelsen"
    regular = stringWidth(word, base.FONT, st.fontSize)
    bold = stringWidth(word, base.FONT_BOLD, st.fontSize)
    width = (regular + bold) / 2
    lines = [t for t, _w, _s in _lines(f"{word} <b>{word}</b>", width)]
    assert lines == [word, "Medicinhåndterings-", "uddannelsen"]
    lines = [t for t, _w, _s in _lines(f"<b>{word}</b> {word}", width)]
    assert lines == ["Medicinhåndterings-", "uddannelsen", word]


def test_the_bold_title_still_breaks_at_its_hyphen_when_wrapped_again():
    for wraps in (1, 2, 3):
        lines = [t for t, _w, _s in _lines("<b>Medicinhåndtering for ikke-sundhedsuddannede</b><br/>Kursus", 116,
                                           wraps=wraps)]
        assert lines == ["Medicinhåndtering for", "ikke-", "sundhedsuddannede", "Kursus"]
    # wider again: back to one line, the cut undone
    lines = [t for t, _w, _s in _lines("<b>ikke-sundhedsuddannede</b>", 200)]
    assert lines == ["ikke-sundhedsuddannede"]


# --------------------------------------------------------------- in a rendered PDF
def _runs(data: bytes):
    """(page, text, x0, x1, y) of every text run pypdf finds, x1 measured with the run's font."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kompetence_desktop.reports import base

    out = []
    for pno, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        def visit(text, cm, tm, font, size, pno=pno):
            if not text.strip():
                return
            name = str((font or {}).get("/BaseFont", ""))
            rl = base.FONT_BOLD if "Bold" in name else base.FONT_ITALIC if "Oblique" in name or "Italic" in name \
                else base.FONT
            x0 = tm[4] * cm[0] + cm[4]
            out.append((pno, text.strip(), x0, x0 + stringWidth(text.rstrip(), rl, size * cm[0]),
                        tm[5] * cm[3] + cm[5]))
        page.extract_text(visitor_text=visit)
    return out


def test_a_table_of_awkward_words_stays_inside_its_columns_in_the_pdf():
    from reportlab.lib.units import mm

    from kompetence_desktop.reports.base import CellParagraph, Document

    cols = [14 * mm, 18 * mm, 21 * mm, 25 * mm, 32 * mm, 40 * mm]
    words = [w for w in AWKWARD if "<" not in w]

    class Doc(Document):
        def story(self):
            st = self.styles["cell"]
            rows = [[CellParagraph(w, st) for _ in cols] for w in words]
            return [self.table(rows, cols, header_rows=0)]

    data = Doc(title="t").render()
    left = Doc(title="t").left_margin
    edges = [left]
    for c in cols:
        edges.append(edges[-1] + c)
    runs = [r for r in _runs(data) if r[4] > 18 * mm]  # not the footer
    assert runs
    for pno, text, x0, x1, _y in runs:
        col = max(i for i, e in enumerate(edges[:-1]) if x0 >= e - 0.01)
        # inside the column less its 3 pt padding each side
        assert x1 <= edges[col + 1] - 3 + 0.01, f"{text!r} runs over column {col}: {x1:.1f} > {edges[col + 1] - 3:.1f}"
    text = " ".join(t for _p, t, _a, _b, _y in runs)
    assert "«Medicinhåndterings-" in text and "uddannelsesforløbet»" in text
    assert "sundhed- " not in text and "sundheds-" in text


def test_a_plan_with_long_names_keeps_every_cell_line_inside_its_column(demo_repo, monkeypatch):
    """The plan (leader and MED) with long names: every cell's laid-out line
    fits the width it was given, and no word is cut at a random letter."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph

    from kompetence_desktop.reports import base
    from kompetence_desktop.reports.plan import render_plan

    from .pdfutil import pdf_text

    people = [e.id for e in demo_repo.snapshot().employees][:3]
    comp = AddRecord("competence", {"category": "faglige",
                                    "name": "Medicinhåndtering for ikke-sundhedsfaglige-medarbejdere",
                                    "expected_level": 3}).do(demo_repo).created
    AddRecord("competence", {"category": "faglige",
                             "name": "«Social-og-sundhedsassistentuddannelsen» (e-lærings-platformen)",
                             "expected_level": 2}).do(demo_repo)
    AddRecord("activity", {"title": "Kommunikationsværktøjsundervisningsforløb for KRAP-modul-1-certificeringsuddannelsen",
                           "purpose": "Faglighedsudvikling: e-platformen og «MEDICINHÅNDTERINGSUDDANNELSESFORLØB»"}, participants=people, competences=[comp]).do(demo_repo)
    cut, checked = [], []
    real_word = paragraph._splitWord
    monkeypatch.setattr(paragraph, "_splitWord", lambda w, *a, **k: cut.append(str(w)) or real_word(w, *a, **k))
    real_break = base.CellParagraph.breakLines

    def breaking(self, width):
        bl = real_break(self, width)
        w = min(width) if isinstance(width, (list, tuple)) else width
        for ln in bl.lines:
            if bl.kind == 0:
                text, size = " ".join(ln[1]), stringWidth(" ".join(ln[1]), bl.fontName, bl.fontSize)
            else:
                ws = [x for x in ln.words if getattr(x, "text", "")]
                text = "".join(x.text for x in ws).rstrip()
                size = sum(stringWidth(x.text, x.fontName, x.fontSize) for x in ws[:-1])
                size += stringWidth(ws[-1].text.rstrip(), ws[-1].fontName, ws[-1].fontSize) if ws else 0
            checked.append((text, size, w))
        return bl

    monkeypatch.setattr(base.CellParagraph, "breakLines", breaking)
    s = demo_repo.snapshot()
    text = pdf_text(render_plan(s)) + " " + pdf_text(render_plan(s, med=True))
    assert checked
    over = [(t, round(x, 1), w) for t, x, w in checked if x > w + 0.05 * 8 * t.count(" ") + 1e-6]
    assert over == []
    assert cut == []
    assert "Kommunikationsværktøjs-" in text or "Kommunikationsværktøjsundervisningsforløb" in text
    assert "sundhed- sassistent" not in text and "værktøj- sundervisning" not in text
