"""The MED version never points at one or two people: every count of 1 or 2 people is
"under 3" (zero stays zero), a lone count in a table that adds up to a stated total cannot
be worked out by subtraction, and small job titles/educations are grouped as "Andre"."""
from __future__ import annotations

import io
import re

from kompetence_desktop.reports import med_edition as medx
from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import pdf_text


def _med(repo) -> str:
    return pdf_text(render_plan(repo.snapshot(), med=True))


def test_counts_of_one_or_two_people_read_under_3_and_zero_stays_zero():
    assert [medx.count(k) for k in (0, 1, 2, 3, 12)] == ["0", "under 3", "under 3", "3", "12"]
    assert medx.count_noun(1, "medarbejder", "medarbejdere") == "under 3 medarbejdere"
    assert medx.count_noun(0, "medarbejder", "medarbejdere") == "0 medarbejdere"
    assert medx.share_of(11, 12) == "alle på nær under 3"
    assert medx.share_of(2, 12) == "under 3"
    assert medx.share_of(12, 12) == "alle" and medx.share_of(0, 12) == "ingen"


def test_a_lone_small_count_cannot_be_subtracted_from_the_total():
    # 11 OK + 1 overdue of 12: "11" would give the 1 away; the largest says only what every
    # small count being 2 would leave
    assert medx.partition([11, 0, 1, 0]) == ["mindst 10", "0", "under 3", "0"]
    assert medx.partition([10, 0, 2, 0]) == ["mindst 10", "0", "under 3", "0"]
    assert medx.partition([8, 4, 0]) == ["8", "4", "0"]


def test_demo_med_plan_names_no_small_group(demo_repo):
    text = _med(demo_repo)
    # årshjul, participants, new hires: never "1 medarbejder" / "2 medarbejdere" / "1 nyansat"
    assert not re.search(r"(?<![\d,.])[12] (medarbejder|nyansat|tidligere)", text), \
        re.search(r".{40}(?<![\d,.])[12] (medarbejder|nyansat).{20}", text)
    assert "under 3 medarbejdere" in text
    # the only nurse: no row of her education, no title in any text
    assert "Sygeplejerske" not in text and "sygeplejerske" not in text
    assert "Andre" in text
    # MUS: 11 of 12 would point at the one who is overdue
    assert "Af de 12 aktive medarbejdere har alle på nær under 3 haft MUS" in text
    assert "mindst 10" in text
    # the unskilled share (2 of 12 = 17 %) is a count of two people
    assert "17 %" not in text and "Ufaglærte: under 3 medarbejdere." in text


def test_course_row_with_one_never_taken_reads_under_3(demo_repo):
    ct = next(c for c in demo_repo.snapshot().course_types if c.active)
    s = demo_repo.snapshot()
    others = [e for e in s.active_employees][1:]
    # everyone but one has the course today: "Aldrig taget" is one person
    demo_repo.plan.record_completions(ct.id, [e.id for e in others], s.today)
    text = _med(demo_repo)
    row = re.search(re.escape(ct.name) + r".{0,120}", text).group(0)
    assert "under 3" in row and not re.search(r"\s1\s", row + " "), row


def test_team_of_two_reads_under_3(demo_repo):
    s = demo_repo.snapshot()
    tid = AddRecord("team", {"name": "Weekendholdet"}).do(demo_repo).created
    for e in s.active_employees[:2]:
        demo_repo.rows.update("employees", e.id, {"team_id": tid})
    text = _med(demo_repo)
    assert re.search(r"Weekendholdet under 3", text)
    # the leader's version keeps the real numbers
    assert re.search(r"Weekendholdet 2\b", pdf_text(render_plan(demo_repo.snapshot())))


def test_med_xlsx_has_counts_per_competence_and_under_3(demo_repo):
    from openpyxl import load_workbook

    s = demo_repo.snapshot()
    wb = load_workbook(io.BytesIO(render_matrix_xlsx(s, med=True)))
    ws = wb["Matrix"]
    values = [c.value for row in ws.iter_rows(min_row=5) for c in row[2:6] if c.value is not None]
    assert "under 3" in values
    assert not any(v in (1, 2) for v in values)
    assert wb.sheetnames == ["Matrix", "Forklaring"]
