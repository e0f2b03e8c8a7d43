"""A new, empty tilbud's plan gets sentences instead of empty tables, charts and
landscape pages."""
from __future__ import annotations

import io

from kompetence_desktop import texts
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import pdf_pages


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
    AddRecord("competence", {"category": "faglige",
                             "name": "Neuropædagogik",
                             "expected_level": 3}).do(empty_repo)
    text = " ".join(pdf_pages(render_plan(empty_repo.snapshot())))
    assert " ".join(texts.PLAN_EMPTY["no_staff"].split()) in text
    assert "Alle vurderede medarbejdere er på det forventede niveau" not in text
