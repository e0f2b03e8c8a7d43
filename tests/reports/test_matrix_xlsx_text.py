"""The Excel matrix stores user text as text, never as a formula."""
from __future__ import annotations

import io
from kompetence_desktop.operations import AddRecord, UpdateRecord


def test_matrix_xlsx_stores_user_text_as_text_never_as_formula(demo_repo):
    from openpyxl import load_workbook

    from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx

    c = demo_repo.matrix.competences()[0]
    UpdateRecord("competence", c.id, {"name": "=1+1"}).do(demo_repo)
    e = AddRecord("employee", {"name": '=HYPERLINK("http://x.invalid","klik")',
                               "initials": "+AB",
                               "job_title": "@SUM(A1)"}).do(demo_repo).created
    nasty = {"=1+1", '=HYPERLINK("http://x.invalid","klik")', "+AB", "@SUM(A1)"}
    for med in (False, True):
        wb = load_workbook(io.BytesIO(render_matrix_xlsx(demo_repo.snapshot(), med=med)))
        seen = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    if cell.value in nasty:
                        assert cell.data_type == "s" and cell.quotePrefix
                        seen.add(cell.value)
        assert "=1+1" in seen
        if not med:
            assert seen == nasty
    assert e
