"""The documents' bookmarks lead to the pages with their headings."""
from __future__ import annotations

import io

import pytest

from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_pages


def _outline(data: bytes) -> list[tuple[str, int]]:
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    out = []

    def walk(items):
        for x in items:
            if isinstance(x, list):
                walk(x)
            else:
                out.append((x.title, r.get_destination_page_number(x)))
    walk(r.outline)
    return out


def _norm(t: str) -> str:
    return " ".join(t.split())


@pytest.mark.parametrize("med", [False, True])
def test_plan_bookmarks_lead_to_the_page_with_their_heading(demo_repo, med):
    data = render_plan(demo_repo.snapshot(), med=med)
    pages = pdf_pages(data)
    entries = _outline(data)
    assert len(entries) >= 20
    assert len({p for _t, p in entries}) >= 8, "bookmarks spread over the document"
    for title, page in entries:
        assert _norm(title) in pages[page], f"{title!r} is not on page {page + 1}"
    # in order through the document
    assert [p for _t, p in entries] == sorted(p for _t, p in entries)


def test_mus_and_indsigt_bookmarks_lead_to_their_pages(demo_repo):
    from kompetence_desktop.reports.indsigt import render_indsigt
    from kompetence_desktop.reports.mus import render_mus

    e = next(x for x in demo_repo.staff.employees() if x.initials == "HF")
    s = demo_repo.snapshot()
    for data in (render_mus(s, e.id), render_indsigt(s, e.id, demo_repo.matrix.assessments(e.id), demo_repo.plan.plan_versions())):
        pages = pdf_pages(data)
        for title, page in _outline(data):
            assert _norm(title) in pages[page], title
