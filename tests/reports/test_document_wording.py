"""The documents' wording: footer, PDF subject, singular counts."""
from __future__ import annotations

from kompetence_desktop import texts
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import pdf_meta, pdf_text


def test_wording_footer_subject_and_singular_counts(demo_repo, empty_repo):
    from kompetence_desktop.reports.mus import render_mus

    e = next(x for x in demo_repo.staff.employees() if x.initials == "LOR")
    mus = pdf_text(render_mus(demo_repo.snapshot(), e.id))
    assert "Fortrolige personaleoplysninger" in mus and "Fortroligt personaleoplysning" not in mus
    # an empty tilbud: no dangling "planperiode "
    meta = pdf_meta(render_plan(empty_repo.snapshot()))
    assert not meta["/Subject"].rstrip().endswith("planperiode")
    assert meta["/Subject"] == f"{texts.PLAN_TITLE} for Tilbud" or "planperiode" not in meta["/Subject"]
    demo_meta = pdf_meta(render_plan(demo_repo.snapshot()))
    assert "planperiode 20" in demo_meta["/Subject"]
    # one employee: the singular
    AddRecord("employee", {"name": "Anne Hansen", "initials": "AH"}).do(empty_repo)
    text = pdf_text(render_plan(empty_repo.snapshot()))
    assert "Tilbuddet har 1 aktiv medarbejder og en kompetenceprofil med" in text
    assert "har 1 aktive medarbejdere" not in text and "Status for de 1 " not in text
