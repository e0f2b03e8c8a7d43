"""MUS-forberedelse, udviklingsaftale, indsigt and the Excel matrix, read back."""
from __future__ import annotations

import io

from kompetence_desktop import texts
from kompetence_desktop.domain import plan_summary, rules
from kompetence_desktop.reports.indsigt import render_indsigt
from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx
from kompetence_desktop.reports.mus import render_aftale, render_mus
from kompetence_desktop.operations import AddRecord

from .pdfutil import font_names, has_token, pdf_meta, pdf_text


def _emp(s, initials):
    return next(e for e in s.employees if e.initials == initials)


def test_mus_preparation_shows_profile_talking_points_and_names_no_colleague(demo_repo):
    s = demo_repo.snapshot()
    e = _emp(s, "LOR")
    text = pdf_text(render_mus(s, e.id))
    assert "MUS-forberedelse" in text and "Line O'Connor-Ravn (LOR)" in text
    for h in ("Kompetenceprofil", "Kompetencespind", "Samtalepunkter", "Seneste udviklingsaftale",
              "Obligatoriske kurser", "Basic Five", "Noter fra samtalen", *texts.BASIC_FIVE.values()):
        assert h in text, h
    # every disagreement between self and leader is a talking point
    for c in s.competences:
        cur, own = s.current.get((e.id, c.id)), s.selfs.get((e.id, c.id))
        if isinstance(cur, int) and isinstance(own, int) and cur != own:
            assert f"selvvurdering {own} ({texts.LEVEL_LABELS[own]}), lederens vurdering {cur}" in text
    for other in s.employees:
        if other.id != e.id:
            assert other.name not in text, other.name
            assert not has_token(text, other.initials), other.initials


def test_aftale_has_the_five_questions_and_signature_lines(demo_repo):
    s = demo_repo.snapshot()
    e = _emp(s, "LØ")
    text = pdf_text(render_aftale(s, e.id))
    assert "Udviklingsaftale" in text and "Lærke Østergaard" in text
    for q in texts.LEARNING_GOAL_QUESTIONS.values():
        assert q in text
    assert texts.SIGNATURE_LEADER in text and texts.SIGNATURE_EMPLOYEE in text
    assert "Anne-Mette Sørensen" not in text  # an activity's "Ansvar" names a colleague: redacted


def test_indsigt_holds_everything_about_the_employee(demo_repo):
    s = demo_repo.snapshot()
    e = _emp(s, "JK")
    assessments = demo_repo.matrix.assessments(e.id)
    data = render_indsigt(s, e.id, assessments, demo_repo.plan.plan_versions())
    text = pdf_text(data)
    assert f"Kompetencevurderinger ({len(assessments)})" in text
    n_mus = sum(1 for m in s.mus if m.employee_id == e.id)
    assert f"MUS ({n_mus})" in text
    n_c = sum(1 for c in s.completions if c.employee_id == e.id)
    assert f"gennemførelser ({n_c})" in text
    assert "Jens Kræmer" in pdf_meta(data)["/Title"]
    assert all("DejaVuSans" in f for f in font_names(data))


def test_matrix_xlsx_layout_colours_and_med_pseudonyms(demo_repo):
    from openpyxl import load_workbook

    s = demo_repo.snapshot()
    wb = load_workbook(io.BytesIO(render_matrix_xlsx(s)))
    ws = wb["Matrix"]
    head = [c.value for c in ws[4]]
    active = s.active_employees
    assert head == ["Kompetencer/færdigheder", "Forventet niveau", *[e.initials for e in active], "Sårbarhed"]
    col_a = [c.value for c in ws["A"]]
    for label in texts.CATEGORY_LABELS.values():
        assert label in col_a
    # the cell colours follow the gap classes
    first = s.competences[0]
    r = col_a.index(first.name) + 1
    for j, e in enumerate(active, 3):
        cls = rules.gap_class(first.expected_level, s.current.get((e.id, first.id)))
        fill = ws.cell(r, j).fill.fgColor.rgb
        if cls == "meets":
            assert fill.endswith("E3F2DC")
        elif cls == "two_below":
            assert fill.endswith("E58B80")
    assert "Forklaring" in wb.sheetnames and "Medarbejdere" in wb.sheetnames

    wb = load_workbook(io.BytesIO(render_matrix_xlsx(s, med=True, pseudonym_seed=2)))
    assert "Medarbejdere" not in wb.sheetnames
    cells = " ".join(str(c.value) for row in wb["Matrix"].iter_rows() for c in row if c.value is not None)
    assert "M1" in cells
    for e in s.employees:
        assert e.name not in cells and not has_token(cells, e.initials)


def test_plan_summary_comparison(demo_repo):
    s = demo_repo.snapshot()
    old = plan_summary.summarise(s)
    AddRecord("employee", {"name": "Åse Ærø-Ødegård", "initials": "ÅÆØ"}).do(demo_repo)
    act = s.activities[0]
    demo_repo.rows.update("activities", act.id, {"status": "aflyst"})
    new = plan_summary.summarise(demo_repo.snapshot())
    lines = [texts.plan_change_text(c) for c in plan_summary.compare(old, new)]
    assert "Ny medarbejder: Åse Ærø-Ødegård" in lines
    assert any(line.startswith(f"{act.title}: ") and "Aflyst" in line for line in lines)
    assert any(line.startswith("Budget: ") for line in lines)
    assert plan_summary.compare(old, old) == []
