"""A competence marked *skal dækkes i hvert team / på hver vagt*: `kompetence check` passes on
the demo, and fails naming the team when one team has nobody at the expected level; the plan's
part on organising the work and its matrix say the same."""
from __future__ import annotations

from kompetence_desktop import cli
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file

from tests.reports.pdfutil import pdf_text
from kompetence_desktop.operations import UpdateRecord


def test_demo_check_passes_with_a_per_team_competence(tmp_path, capsys):
    x = tmp_path / "demo.kompetence"
    assert cli.main(["demo", str(x)]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(x)]) == 0
    out = capsys.readouterr().out
    assert "OK      Kompetencer, der skal dækkes i hvert team, er dækket i alle teams" in out


def test_a_team_without_cover_fails_check_naming_the_team(tmp_path, capsys):
    from kompetence_desktop.reports.plan import render_plan

    x = tmp_path / "demo.kompetence"
    assert cli.main(["demo", str(x)]) == 0
    f = open_file(x)
    repo = Repo(f)
    s = repo.snapshot()
    med = next(c for c in s.competences if c.name == "Medicinhåndtering")
    UpdateRecord("competence", med.id, {"per_team": True}).do(repo)  # the night team is all at 2
    data = render_plan(repo.snapshot())
    f.close()
    capsys.readouterr()
    assert cli.main(["check", str(x)]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("MANGLER") and "hvert team" in ln)
    assert "Nat og weekend mangler Medicinhåndtering (niveau 3)" in line
    assert "Team Øst mangler Medicinhåndtering" in line and "Team Vest" not in line
    text = pdf_text(data)
    assert "Dækning i hvert team" in text and "Mangler" in text
    assert "Medicinhåndtering – skal dækkes i hvert team; mangler i Team Øst, Nat og weekend" in text


def test_xlsx_marks_the_team_without_cover(demo_repo):
    import io

    from openpyxl import load_workbook

    from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx

    med = next(c for c in demo_repo.matrix.competences() if c.name == "Medicinhåndtering")
    UpdateRecord("competence", med.id, {"per_team": True}).do(demo_repo)
    for edition in (False, True):
        wb = load_workbook(io.BytesIO(render_matrix_xlsx(demo_repo.snapshot(), med=edition)))
        col_a = [c.value for c in wb["Matrix"]["A"]]
        assert "Medicinhåndtering – skal dækkes i hvert team; mangler i Team Øst, Nat og weekend" in col_a
