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
from kompetence_desktop.ui.models.matrix_model import MatrixModel


H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical


def test_matrix_model(qtmodeltester, demo_repo):
    m = MatrixModel()
    m.load(demo_repo)
    qtmodeltester.check(m)
    m.set_show_self(True)
    m.set_filters(team_id=demo_repo.teams()[0].id, category="faglige", show_former=True)
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


def test_matrix_model_big_file_is_quick(tmp_path):
    """200 staff × 150 competences: load and answer every visible cell quickly."""
    import time

    from kompetence_desktop.domain import dates
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "big.kompetence"
    write_demo(p, staff=200, competences=150, today=dates.today())
    f = open_file(p, readonly=True)
    try:
        m = MatrixModel()
        t = time.perf_counter()
        m.load(Repo(f))
        load = time.perf_counter() - t
        assert m.columnCount() >= 150
        t = time.perf_counter()
        for r in range(40):
            for c in range(40):
                i = m.index(r, c)
                for role in (0, 8, 7, 6, 9):
                    m.data(i, role)
        per_screen = time.perf_counter() - t
    finally:
        f.close()
    assert load < 2.0
    assert per_screen < 0.5


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
    assert demo_repo.latest_cells() == demo_repo.current_cells()
    assert demo_repo.latest_cells(("selvvurdering",)) == demo_repo.self_cells()
