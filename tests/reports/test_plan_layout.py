"""The layout of the plan: whole headers, competences by number with a key, an
appendix that does not spill a few rows, matrix parts that follow on the same page."""
from __future__ import annotations

import io

from kompetence_desktop import texts
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


# --- layout of the plan ----------------------------------------------------------------------
def _page_of(data, title):
    return next(p for t, p in _outline(data) if _norm(t) == title)


def test_uddannelsesplan_headers_whole_and_competences_by_number_with_a_key(demo_repo):
    data = render_plan(demo_repo.snapshot())
    pages = pdf_pages(data)
    page = pages[_page_of(data, "Uddannelsesplan")]
    assert "Medarbejdere Formål" in page and "Medarbejder e" not in page
    text = " ".join(pages)
    assert "Udvikler kompetence 1, 2" in text and "…" not in text.split("Uddannelsesplan", 2)[-1].split("Budget")[0]
    assert texts.PLAN_DEVELOPS_KEY in text
    # the key names each developed competence in full, once
    comps = {c.id: c for c in demo_repo.matrix.competences()}
    first = comps[demo_repo.plan.activities()[0].competence_ids[0]]
    assert first.name in text


def test_aarshjul_appendix_does_not_spill_a_few_rows_onto_their_own_page(demo_repo):
    data = render_plan(demo_repo.snapshot())
    assert _page_of(data, "Bilag: Medarbejderliste") == _page_of(data, "10. Bilag: Årshjul") + 1
    pages = pdf_pages(data)
    assert "23.09.2027" in pages[_page_of(data, "10. Bilag: Årshjul")]  # the last event on the same page


def test_matrix_parts_follow_on_the_same_page_when_there_is_room(tmp_path):
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "stor.kompetence"
    write_demo(p, staff=45, competences=40)
    with open_file(p, readonly=True) as f:
        data = render_plan(Repo(f).snapshot())
    pages = pdf_pages(data)
    heads = [(i, t.index("Medarbejdere 21–40 af 45")) for i, t in enumerate(pages) if "Medarbejdere 21–40 af 45" in t]
    assert heads
    i, pos = heads[0]
    assert pos > 300, "part 2 starts below the end of part 1, not on a page of its own"
