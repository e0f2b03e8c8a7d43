"""The plan's front page lists its contents with page numbers that match the pages
the headings are on."""
from __future__ import annotations

import io
import re

import pytest

from kompetence_desktop import texts
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
