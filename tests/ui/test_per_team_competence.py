"""The competence dialog's *skal dækkes i hvert team* checkbox is stored, and the matrix marks
the competence with the teams that lack it."""
from __future__ import annotations
from kompetence_desktop.operations import UpdateRecord


def test_checkbox_is_stored_and_matrix_names_the_team_without_cover(qtbot, demo_file, monkeypatch):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.ui.dialogs.competence_dialog import CompetenceDialog
    from kompetence_desktop.ui.models.matrix_model import MatrixModel

    repo = Repo(demo_file)
    med = next(c for c in repo.matrix.competences() if c.name == "Medicinhåndtering")
    dlg = CompetenceDialog(med)
    qtbot.addWidget(dlg)
    assert not dlg.per_team.isChecked()
    dlg.per_team.setChecked(True)
    v = dlg.values()
    tags = v.pop("tags")
    UpdateRecord("competence", med.id, {**v}, tags=tags).do(repo)
    med = next(c for c in repo.matrix.competences() if c.id == med.id)
    assert med.per_team
    assert CompetenceDialog(med).per_team.isChecked()

    model = MatrixModel()
    model.load(repo)
    row = model.row_of_competence(med.id)
    from PySide6.QtCore import Qt

    label = model.headerData(row, Qt.Orientation.Vertical)
    assert label == "Medicinhåndtering · mangler i Team Øst, Nat og weekend"
    tip = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Ingen på forventet niveau i: Team Øst, Nat og weekend" in tip


def test_overblik_names_the_team_without_cover(demo_repo):
    from kompetence_desktop.ui.pages.overblik import plan_requirements_section

    med = next(c for c in demo_repo.matrix.competences() if c.name == "Medicinhåndtering")
    UpdateRecord("competence", med.id, {"per_team": True}).do(demo_repo)
    section = plan_requirements_section(demo_repo.snapshot())
    texts_ = [i.text for i in section.items]
    assert any("Nat og weekend mangler Medicinhåndtering (niveau 3)" in t for t in texts_), texts_
