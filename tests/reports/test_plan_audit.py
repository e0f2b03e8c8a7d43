"""The plan PDF after the audit: the front page's contents list has page numbers that
match the pages the headings are on; long words in narrow columns break at a hyphen
or between syllables (with a hyphen), never at a random letter; a new, empty tilbud
gets sentences instead of empty tables, charts and landscape pages."""
from __future__ import annotations

import io
import re

import pytest

from kompetence_desktop import texts
from kompetence_desktop.reports.hyphenate import break_points, danish_hyphenator
from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_pages


def _contents(data: bytes, titles) -> dict[str, int]:
    """title → the page number the front page's contents list gives it, read as a user sees
    the line (pypdf's layout mode keeps the title and its number on one line)."""
    from pypdf import PdfReader

    front = PdfReader(io.BytesIO(data)).pages[0].extract_text(extraction_mode="layout")
    lines = [" ".join(ln.split()) for ln in front[front.find("Indhold"):].splitlines()]
    out = {}
    for t in titles:
        m = next((re.fullmatch(re.escape(t) + r" (\d+)", ln) for ln in lines if ln.startswith(t + " ")), None)
        assert m, f"{t!r} has no page number in the contents list"
        out[t] = int(m.group(1))
    return out


@pytest.mark.parametrize("med", [False, True])
def test_contents_page_numbers_match_the_headings(demo_repo, med):
    data = render_plan(demo_repo.snapshot(), med=med)
    pages = pdf_pages(data)
    titles = [f"{n}. {t}" for n, t in enumerate(texts.PLAN_SECTIONS[1:], 2)]
    if not med:
        titles.append(texts.PLAN_STAFF_LIST_NUMBERED)
    toc = _contents(data, titles)
    assert list(toc.values()) == sorted(toc.values())
    for title, n in toc.items():
        assert 2 <= n <= len(pages)
        assert title in pages[n - 1], f"{title!r} is not on page {n}"
        assert not any(title in p for p in pages[1:n - 1]), f"{title!r} appears before page {n}"
    # the PDF's bookmarks agree
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    marks = {o.title: r.get_destination_page_number(o) + 1 for o in r.outline if not isinstance(o, list)}
    for title, n in toc.items():
        assert marks.get(title) == n


def test_contents_page_numbers_in_a_new_tilbud(empty_repo):
    data = render_plan(empty_repo.snapshot())
    pages = pdf_pages(data)
    titles = [f"{n}. {t}" for n, t in enumerate(texts.PLAN_SECTIONS[1:], 2)]
    for title, n in _contents(data, titles).items():
        assert title in pages[n - 1]


def test_long_words_never_break_at_a_random_letter(demo_repo, monkeypatch):
    """Audit: "ik|ke-sundhedsuddannede" in the training plan; reportlab's last resort
    (_splitWord / _splitFragWord: any letter, no hyphen) is never needed in the demo."""
    from reportlab.platypus import paragraph

    cut = []
    real_word, real_frag = paragraph._splitWord, paragraph._splitFragWord
    monkeypatch.setattr(paragraph, "_splitWord", lambda w, *a, **k: cut.append(str(w)) or real_word(w, *a, **k))
    monkeypatch.setattr(paragraph, "_splitFragWord",
                        lambda w, *a, **k: cut.append(str(w)) or real_frag(w, *a, **k))
    s = demo_repo.snapshot()
    text = " ".join(pdf_pages(render_plan(s)) + pdf_pages(render_plan(s, med=True)))
    assert cut == []
    assert "ikkesundhedsuddannede" not in text and "ik ke-" not in text
    assert "ikke-sundhedsuddannede" in text or "ikke- sundhedsuddannede" in text


def test_a_title_in_bold_breaks_at_its_hyphen_also_when_wrapped_twice():
    from kompetence_desktop.reports.base import CellParagraph, make_styles

    p = CellParagraph("<b>Medicinhåndtering for ikke-sundhedsuddannede</b><br/>Kursus", make_styles()["cell"])
    for _ in range(3):  # a table wraps its cells more than once
        p.wrap(116, 1000)
        lines = ["".join(w.text for w in ln.words) for ln in p.blPara.lines]
        assert lines[:3] == ["Medicinhåndtering for", "ikke-", "sundhedsuddannede"]


@pytest.mark.parametrize("word,allowed", [
    # "sam-arbejdet" and "kompetence-udvikling": where the compound's parts meet
    ("pårørendesamarbejdet", {"pårø", "pårøren", "pårørende", "pårørendesam", "pårørendesamar",
                              "pårørendesamarbej"}),
    ("kompetenceudviklingsplan", {"kom", "kompe", "kompeten", "kompetence", "kompetenceud",
                                  "kompetenceudvik", "kompetenceudviklings"}),
])
def test_danish_breaks_follow_the_syllable_rule(word, allowed):
    assert {h for h, _t in danish_hyphenator(word)} == allowed
    assert all(h + t == word for h, t in danish_hyphenator(word))


def test_short_words_and_initials_are_never_split():
    assert break_points("dokument") == [] and break_points("AMSHFLØKH") == []
    assert break_points("ikke-sundhedsuddannede") == []  # its own hyphen is used instead


def test_a_new_tilbud_gets_sentences_not_empty_tables(empty_repo):
    from pypdf import PdfReader

    data = render_plan(empty_repo.snapshot())
    r = PdfReader(io.BytesIO(data))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]
    assert all(w < h for w, h in sizes), "no landscape page without a matrix or activities"
    text = " ".join(pdf_pages(data))
    for sentence in (texts.PLAN_EMPTY["no_competences"], texts.PLAN_EMPTY["no_summaries"],
                     texts.PLAN_EMPTY["no_competences_needs"], texts.PLAN_EMPTY["no_staff_list"]):
        assert " ".join(sentence.split()) in text
    assert "Alle vurderede medarbejdere er på det forventede niveau" not in text
    assert "Kompetencespind pr. kategori" not in text
    assert len(r.pages) <= 8


def test_competences_without_staff_say_so(empty_repo):
    empty_repo.add_competence("faglige", "Neuropædagogik", 3)
    text = " ".join(pdf_pages(render_plan(empty_repo.snapshot())))
    assert " ".join(texts.PLAN_EMPTY["no_staff"].split()) in text
    assert "Alle vurderede medarbejdere er på det forventede niveau" not in text
