"""Every item model passes qtmodeltester and answers what the views ask."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kompetence_desktop.domain import rules
from kompetence_desktop.ui.models.competence_model import CompetenceListModel
from kompetence_desktop.ui.models.employee_model import (
    STATUS_ALL,
    STATUS_FORMER,
    EmployeeFilterProxy,
    EmployeeTableModel,
)
from kompetence_desktop.ui.models.matrix_model import MatrixModel, cell_text


H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


def test_matrix_model(qtmodeltester, demo_repo):
    m = MatrixModel()
    m.load(demo_repo)
    qtmodeltester.check(m)
    m.set_show_self(True)
    m.set_filters(team_id=demo_repo.staff.teams()[0].id, category="faglige", show_former=True)
    qtmodeltester.check(m)


def test_matrix_model_layout_and_roles(demo_repo):
    m = MatrixModel()
    m.load(demo_repo)
    assert m.headerData(MatrixModel.COL_EXPECTED, H) == "Forventet\nniveau"
    assert m.headerData(m.col_vulnerability, H) == "Sårbarhed"
    emp = m.employee_at(MatrixModel.FIRST_EMPLOYEE_COL)
    assert m.headerData(MatrixModel.FIRST_EMPLOYEE_COL, H) == emp.initials
    tip = m.headerData(MatrixModel.FIRST_EMPLOYEE_COL, H, Qt.ItemDataRole.ToolTipRole)  # ToolTipRole
    assert emp.name in tip and (emp.job_title in tip)
    assert m.row_kind(0) == MatrixModel.ROW_HEADER
    assert m.headerData(0, V) == "Faglige kompetencer"  # vertical header of the first row
    # every competence row's Sårbarhed is one of the four labels
    for r in m.competence_rows():
        assert m.data(m.index(r, m.col_vulnerability)) in ("Kritisk", "Høj", "Middel", "Lav")
    # the demo has a Kritisk competence
    assert any(m.data(m.index(r, m.col_vulnerability), MatrixModel.VulnerabilityRole) == rules.VULN_CRITICAL
               for r in m.competence_rows())


def test_matrix_model_big_file_is_complete(tmp_path):
    """200 staff × 150 competences: the model holds every cell and answers every
    role a view asks (speed is measured by tests/perf/bench.py, not here)."""
    from kompetence_desktop.domain import dates
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "big.kompetence"
    write_demo(p, staff=200, competences=150, today=dates.today())
    f = open_file(p, readonly=True)
    try:
        repo = Repo(f)
        m = MatrixModel()
        m.load(repo)
        active = [e for e in repo.staff.employees() if e.is_active(dates.today())]
        assert m.columnCount() == len(active) + 2
        assert len(m.competence_rows()) == 150
        assert m.cells == repo.matrix.current_cells()  # every cell, as the plain query has it
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
                 Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)
        for r in m.competence_rows()[:40]:
            for c in range(MatrixModel.FIRST_EMPLOYEE_COL, 40):
                i = m.index(r, c)
                answers = {role: m.data(i, role) for role in roles}
                assert answers[Qt.ItemDataRole.DisplayRole] == cell_text(m.data(i, MatrixModel.CellValueRole))
                assert answers[Qt.ItemDataRole.BackgroundRole] is not None
                assert answers[Qt.ItemDataRole.ToolTipRole]
        last = m.competence_rows()[-1]
        assert m.data(m.index(last, m.col_vulnerability)) in ("Kritisk", "Høj", "Middel", "Lav")
    finally:
        f.close()


def test_employee_model_and_proxy(qtmodeltester, demo_repo):
    m = EmployeeTableModel()
    m.load(demo_repo)
    qtmodeltester.check(m)
    p = EmployeeFilterProxy()
    p.setSourceModel(m)
    qtmodeltester.check(p)
    active = p.rowCount()
    p.set_status(STATUS_ALL)
    assert p.rowCount() == m.rowCount() > active
    p.set_status(STATUS_FORMER)
    assert p.rowCount() == m.rowCount() - active
    p.set_status(STATUS_ALL)
    first = m.employee(0)
    p.set_search(first.initials.lower())
    assert p.rowCount() >= 1
    assert any(p.data(p.index(r, EmployeeTableModel.COL_INITIALS)) == first.initials for r in range(p.rowCount()))


def test_competence_model(qtmodeltester, demo_repo):
    m = CompetenceListModel()
    m.load(demo_repo)
    qtmodeltester.check(m)
    assert m.data(m.index(0, 0)) == "Faglige kompetencer"
    row = next(r for r in range(m.rowCount()) if m.competence_at(r))
    assert m.data(m.index(row, CompetenceListModel.COL_EXPECTED)).split(" – ")[1] in (
        "Nybegynder", "Avanceret begynder", "Øvet udøver", "Kompetent udøver", "Ekspert")


def test_latest_cells_equals_current_cells(demo_repo):
    assert demo_repo.matrix.latest_cells() == demo_repo.matrix.current_cells()
    assert demo_repo.matrix.latest_cells(("selvvurdering",)) == demo_repo.matrix.self_cells()
