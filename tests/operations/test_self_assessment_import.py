"""Importing self-assessment forms as one operation: all accepted forms in one
transaction, undone and redone as one step; what the form looks like printed;
that a form saved again by LibreOffice Calc still reads; that the MED version
shows nothing of it; that erasing an employee takes her wishes along."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from kompetence_desktop.domain.model import CATEGORIES, SOURCE_SELF
from kompetence_desktop.operations.base import History
from kompetence_desktop.operations.self_assessment import (
    EnsureFormSecret,
    ImportSelfAssessments,
    check_forms,
    form_specs,
    latest_wishes,
    received,
)
from kompetence_desktop.reports.self_form import render_self_form
from kompetence_desktop.storage import erase
from kompetence_desktop.operations import UpdateRecord

from ..reports.pdfutil import pdf_text
from ..selfassess_helpers import competence_rows, fill_form
from ..storage.safety_helpers import dump

WISH = "Jeg ønsker et kursus i traumebevidst pædagogik."


def _write_forms(repo, tmp_path, initials=("AMS", "JK")):
    EnsureFormSecret().do(repo)
    people = [e for e in repo.staff.employees() if e.initials in initials]
    paths = []
    for spec in form_specs(repo, [e.id for e in people]):
        p = tmp_path / f"{spec.employee.initials}.xlsx"
        p.write_bytes(render_self_form(spec))
        paths.append(p)
    return people, paths


def test_all_forms_are_one_undo_step_and_redo_puts_them_back(demo_repo, tmp_path):
    people, paths = _write_forms(demo_repo, tmp_path)
    for p in paths:
        rows = competence_rows(__import__("openpyxl").load_workbook(p)["Selvvurdering"])
        fill_form(p, levels=2, comments={rows[0]: "Usikker her"}, wishes=WISH)
    before = dump(demo_repo.file.path)
    checked = check_forms(demo_repo, paths)
    assert not checked.problems and len(checked.accepted) == 2
    h = History(demo_repo)
    op = ImportSelfAssessments(checked.accepted)
    changes = h.run(op)
    n = len(demo_repo.matrix.competences())
    assert op.cell_count == 2 * n and len(changes.cells) == 2 * n and "assessments" in changes.topics
    selfs = demo_repo.matrix.self_cells()
    assert all(selfs[(e.id, c.id)] == 2 for e in people for c in demo_repo.matrix.competences())
    assert {r.wishes for r in received(demo_repo, dt.date(2026, 1, 1)).values()} == {WISH}
    h.undo()
    assert dump(demo_repo.file.path) == before
    h.redo()
    assert all(demo_repo.matrix.self_cells()[(e.id, c.id)] == 2 for e in people for c in demo_repo.matrix.competences())
    assert latest_wishes(demo_repo, people[0].id).wishes == WISH
    # read again after the redo: refused as already read in
    again = check_forms(demo_repo, paths)
    assert len(again.refused) == 2 and "allerede læst ind" in again.problems[0]


def test_undo_keeps_a_self_assessment_typed_the_same_day(demo_repo, tmp_path):
    people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    e, c = people[0], demo_repo.matrix.competences()[0]
    demo_repo.matrix.set_cell(e.id, c.id, 5, source=SOURCE_SELF, note="taget i MUS")
    fill_form(paths[0], levels=1)
    h = History(demo_repo)
    h.run(ImportSelfAssessments(check_forms(demo_repo, paths).accepted))
    assert demo_repo.matrix.self_cells()[(e.id, c.id)] == 1
    h.undo()
    assert demo_repo.matrix.self_cells()[(e.id, c.id)] == 5
    a = [x for x in demo_repo.matrix.assessments(e.id) if x.source == SOURCE_SELF and x.competence_id == c.id][-1]
    assert a.note == "taget i MUS"


def test_of_two_forms_for_one_employee_the_older_is_refused(demo_repo, tmp_path):
    EnsureFormSecret().do(demo_repo)
    e = next(x for x in demo_repo.staff.employees() if x.initials == "AMS")
    old, new = (form_specs(demo_repo, [e.id], dt.datetime(2026, 11, d, 9, 0))[0] for d in (1, 20))
    (tmp_path / "gammel.xlsx").write_bytes(render_self_form(old))
    (tmp_path / "ny.xlsx").write_bytes(render_self_form(new))
    for name in ("gammel.xlsx", "ny.xlsx"):
        fill_form(tmp_path / name, levels=3)
    checked = check_forms(demo_repo, [tmp_path / "ny.xlsx", tmp_path / "gammel.xlsx"])
    assert [r.path.name for r in checked.refused] == ["gammel.xlsx"]
    assert "der er også valgt en nyere formular for Anne-Mette Sørensen (ny.xlsx)" in checked.problems[0]


def test_differences_of_two_or_more_are_marked(demo_repo, tmp_path):
    people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    e = people[0]
    comps = demo_repo.matrix.competences()
    cur = demo_repo.matrix.current_cells()
    rows = competence_rows(__import__("openpyxl").load_workbook(paths[0])["Selvvurdering"])
    values = {}
    for r, c in zip(rows, comps):
        lead = cur.get((e.id, c.id))
        if isinstance(lead, int):
            values[r] = 1 if lead >= 3 else 5
    fill_form(paths[0], levels=values)
    (res,) = check_forms(demo_repo, paths).accepted
    assert res.lines and all(ln.marked for ln in res.lines)
    assert all(abs(ln.difference) >= 2 for ln in res.lines)


def test_the_form_prints_one_a4_page_per_category_group(demo_repo, tmp_path):
    import openpyxl

    _people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    ws = openpyxl.load_workbook(paths[0])["Selvvurdering"]
    groups = [c for c in CATEGORIES if any(x.category == c for x in demo_repo.matrix.competences())]
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "portrait"  # 9: A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert len(ws.row_breaks.brk) == len(groups) - 1
    assert ws.print_title_rows == "$1:$4"
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    for must in ("Selvvurdering af kompetencer", "Tilbud: Bostedet Lærkely", "Medarbejder: Anne-Mette Sørensen (AMS)",
                 "Niveauskala (Socialstyrelsen)", "Nybegynder – Har brug for instruktion og sidemandsoplæring",
                 "Faglige kompetencer", "Forventet niveau", "Mit niveau", "Ønsker til kompetenceudvikling"):
        assert must in texts
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and dv[0].formula1 == '"1,2,3,4,5,-"'
    assert ws.protection.sheet
    assert openpyxl.load_workbook(paths[0])["kompetence-id"].sheet_state == "hidden"


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_saved_again_by_libreoffice_calc_reads_back(demo_repo, tmp_path):
    _people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    fill_form(paths[0], levels=4, wishes=WISH)
    out = tmp_path / "lo"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(paths[0])],
                   check=True, capture_output=True, timeout=180)
    again = out / paths[0].name
    assert again.exists() and again.read_bytes() != paths[0].read_bytes()
    checked = check_forms(demo_repo, [again])
    assert not checked.problems, checked.problems
    (res,) = checked.accepted
    assert {ln.self_value for ln in res.lines} == {4} and res.wishes == WISH
    assert len(res.lines) == len(demo_repo.matrix.competences())


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_form_on_one_a4_page_per_category_group(demo_repo, tmp_path):
    from pypdf import PdfReader

    from ..reports.pdfutil import pdf_pages

    _people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(paths[0])],
                   check=True, capture_output=True, timeout=180)
    data = (tmp_path / "AMS.pdf").read_bytes()
    pages = pdf_pages(data)
    groups = [c for c in CATEGORIES if any(x.category == c for x in demo_repo.matrix.competences())]
    assert len(pages) == len(groups)
    for page in PdfReader(__import__("io").BytesIO(data)).pages:  # A4: 595 × 842 points
        assert abs(float(page.mediabox.width) - 595) < 2 and abs(float(page.mediabox.height) - 842) < 2
    from kompetence_desktop import texts

    for page, cat in zip(pages, groups):
        assert "Selvvurdering af kompetencer" in page and "Anne-Mette Sørensen (AMS)" in page
        assert texts.CATEGORY_LABELS[cat] in page
    assert "Ønsker til kompetenceudvikling" in pages[-1]
    # every competence's name is printed (names may wrap: compare without spaces)
    flat = "".join("".join(pages).split())
    assert all("".join(c.name.split()) in flat for c in demo_repo.matrix.competences())


def test_the_med_plan_shows_no_self_assessment_or_wishes(demo_repo, tmp_path):
    from kompetence_desktop.reports.plan import render_plan

    _people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    fill_form(paths[0], levels=1, wishes="Ønsker et helt særligt kursus i Zebrafodring")
    ImportSelfAssessments(check_forms(demo_repo, paths).accepted).do(demo_repo)
    text = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    assert "Zebrafodring" not in text and "Selvvurdering" not in text


@pytest.mark.parametrize("mode", ["delete", "anonymise"])
def test_erasing_a_former_employee_takes_her_wishes_along(demo_repo, tmp_path, mode):
    people, paths = _write_forms(demo_repo, tmp_path, ("AMS",))
    fill_form(paths[0], levels=3, wishes="Særligt ønske om Zebrafodring")
    ImportSelfAssessments(check_forms(demo_repo, paths).accepted).do(demo_repo)
    e = people[0]
    UpdateRecord("employee", e.id, {"end_date": dt.date(2026, 10, 1)}).do(demo_repo)
    plan = erase.describe(demo_repo, e.id, mode)
    assert ("self_forms", 1) in plan.items
    erase.erase(demo_repo, e.id, mode)
    assert latest_wishes(demo_repo, e.id) is None
    assert b"Zebrafodring" not in demo_repo.file.path.read_bytes()
