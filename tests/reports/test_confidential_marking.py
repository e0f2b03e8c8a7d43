"""Every page of the leader's plan and of every per-person paper (MUS, udviklingsaftale,
indsigt) says *Fortroligt – indeholder personoplysninger* in its footer; the MED version,
which holds no person, does not need to."""
from __future__ import annotations

from kompetence_desktop.reports.indsigt import render_indsigt
from kompetence_desktop.reports.mus import render_aftale, render_mus
from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_pages

MARK = "Fortroligt – indeholder personoplysninger"


def test_every_page_of_the_leader_plan_is_marked_confidential(demo_repo):
    pages = pdf_pages(render_plan(demo_repo.snapshot()))
    assert len(pages) > 5
    assert all(MARK in p for p in pages), [i for i, p in enumerate(pages, 1) if MARK not in p]


def test_every_page_of_each_per_person_paper_is_marked_confidential(demo_repo):
    s = demo_repo.snapshot()
    # the longest name of the demo: the marking is never the part cut off
    e = max(s.active_employees, key=lambda x: len(x.name))
    for data in (render_mus(s, e.id), render_aftale(s, e.id),
                 render_indsigt(s, e.id, demo_repo.matrix.assessments(e.id))):
        pages = pdf_pages(data)
        assert pages and all(MARK in p for p in pages)


def test_med_version_is_not_marked_as_holding_personal_data(demo_repo):
    assert not any(MARK in p for p in pdf_pages(render_plan(demo_repo.snapshot(), med=True)))
