"""What the area overview says: totals and charts first, a row per tilbud, counts
of 1 or 2 people as *under 3*, the competences only some tilbud have, the
budget; and the command's refusals in one Danish line."""
from __future__ import annotations

import datetime as dt
import io

from kompetence_desktop.domain import area
from kompetence_desktop.reports.oversigt import render_oversigt_pdf, render_oversigt_xlsx

from ..cli.danish import one_danish_line
from .pdfutil import pdf_pages

TODAY = dt.date(2026, 11, 23)


def _t(label, *, active, leavers=0, comps=(), education=None, mus=0, courses=None, budget=None, **kw):
    return area.TilbudSummary(
        file=f"{label.lower().replace(' ', '-')}.kompetence", label=label, active=active, leavers=leavers,
        avg_headcount=float(active + leavers), education=education or {"paedagog": active},
        competences=tuple(area.CompetenceLine(area.competence_key(n), n, "faglige", v) for n, v in comps),
        category_cells={"faglige": (kw.pop("below", 0), kw.pop("assessed", 0))}, courses=courses or {},
        mus_held=mus, med_last=kw.pop("med_last", None), med_within=kw.pop("med_within", False),
        checklist_met=20, checklist_total=22, budget=budget or {}, **kw)


def _area():
    return area.AreaOverview(TODAY, [
        _t("Bostedet Solsikken", active=24, leavers=5, mus=20,
           comps=[("Neuropædagogik", "kritisk"), ("Medicinhåndtering", "lav"), ("Magtanvendelse", "hoej")],
           education={"paedagog": 12, "sosu_assistent": 10, "sygeplejerske": 2},
           courses={"current": 18, "overdue": 4, "never": 2}, below=30, assessed=100,
           budget={2026: (120_000_00, 30_000_00)}, med_last=dt.date(2026, 3, 2), med_within=True),
        _t("Botilbuddet Lille", active=2, leavers=1, mus=1,
           comps=[("neuropædagogik", "hoej"), ("MEDICINHÅNDTERING", "kritisk")],
           education={"ufaglaert": 1, "paedagog": 1}, budget={2026: (10_000_00, 0)}),
    ], [area.Unreadable("kaputt.kompetence", "/x/kaputt.kompetence", "damaged")])


def test_the_pdf_starts_with_totals_then_a_row_per_tilbud():
    pages = pdf_pages(render_oversigt_pdf(_area()))
    first = pages[0]
    assert "Områdeoverblik" in first and "2 tilbud · opgjort 23.11.2026" in first
    assert "Medarbejdere (aktive) 26" in first
    assert "1 fil kunne ikke læses" in first and "kaputt.kompetence kunne ikke læses: filen er beskadiget" in first
    rows = next(p for p in pages if "Tilbud for tilbud" in p)
    assert "Bostedet Solsikken" in rows and "Botilbuddet Lille" in rows
    assert "Kritisk: Neuropædagogik Høj: Magtanvendelse" in rows
    # courses 18 / 4 / 2 of 24: the 2 are under 3, and the 4 hidden (24 − 18 would give the 2 away)
    assert "75 % skjult under 3" in rows
    assert "03.2026" in rows or "02.03.2026" in rows
    text = " ".join(pages)
    assert "Kompetencer, som kun nogle tilbud har (1)" in text and "Magtanvendelse Faglige 1 af 2" in text
    assert "2026 130.000 kr. 30.000 kr. 160.000 kr." in text


def test_counts_of_one_or_two_people_read_under_3():
    text = " ".join(pdf_pages(render_oversigt_pdf(_area())))
    lille = text[text.index("Botilbuddet Lille"):]
    assert lille.split()[3:7] == ["under", "3", "under", "3"]  # active and leavers
    # the area's 2 nurses and 1 unskilled: neither the count nor its share is shown
    assert "Sygeplejerske" in text and "Ufaglært" in text
    assert " 1 (" not in text and " 2 (" not in text and "under 3 (under 3)" in text
    assert "Fratrådt de seneste 12 måneder 6" in text  # the area's total is 6: shown


def test_the_workbook_has_a_row_per_tilbud_and_no_small_counts():
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(render_oversigt_xlsx(_area())))
    ws = wb["Tilbud"]
    rows = {ws.cell(r, 1).value: [c.value for c in ws[r]] for r in range(2, ws.max_row + 1)}
    assert set(rows) == {"Bostedet Solsikken", "Botilbuddet Lille"}
    assert rows["Botilbuddet Lille"][2:4] == ["under 3", "under 3"]
    assert rows["Bostedet Solsikken"][2:4] == [24, 5]
    edu = wb["Uddannelse"]
    values = [c.value for row in edu.iter_rows(min_row=2) for c in row[1:]]
    assert 1 not in values and 2 not in values and "under 3" in values
    comp = wb["Kompetencer"]
    names = {comp.cell(r, 1).value: comp.cell(r, 7).value for r in range(2, comp.max_row + 1)}
    assert names == {"Neuropædagogik": "ja", "Medicinhåndtering": "ja", "Magtanvendelse": "nej"}
    assert wb["Ikke læst"].cell(2, 1).value == "kaputt.kompetence"


def test_the_command_refuses_in_one_danish_line(tmp_path, capsys, demo_path):
    assert "PDF (.pdf) eller Excel (.xlsx)" in one_danish_line(capsys, "oversigt", demo_path, "-o", tmp_path / "o.docx")
    assert "findes ikke" in one_danish_line(capsys, "oversigt", tmp_path / "nej", "-o", tmp_path / "o.pdf")
    empty = tmp_path / "tom"
    empty.mkdir()
    assert "ingen kompetencefiler" in one_danish_line(capsys, "oversigt", empty, "-o", tmp_path / "o.pdf")
    bad = empty / "x.kompetence"
    bad.write_bytes(b"nonsense")
    assert "Ingen af filerne kunne læses" in one_danish_line(capsys, "oversigt", empty, "-o", tmp_path / "o.pdf")
    # never onto a tilbud file
    assert one_danish_line(capsys, "oversigt", demo_path, "-o", demo_path.with_suffix(".pdf").with_name(
        demo_path.name)) != ""
    assert not (tmp_path / "o.pdf").exists()
