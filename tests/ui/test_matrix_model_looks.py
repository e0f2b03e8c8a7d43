"""The matrix model keeps each cell's looks (text, background, alignment, font,
text colour) between paints (smooth scrolling). What it answers must
always be what a freshly loaded model answers: after an edit, an undo, a
filter, the self-assessment toggle, and a first-screen load."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPixmap

from kompetence_desktop.domain.rules import NOT_RELEVANT
from kompetence_desktop.ui.models.matrix_model import MatrixModel

#: the roles a view paints with, the tooltip, and the model's own roles
ROLES = list(range(0, 11)) + [int(Qt.ItemDataRole.UserRole) + i for i in range(1, 8)]


def _plain(v):
    if isinstance(v, QBrush):
        return ("brush", v.color().name(), v.style())
    if isinstance(v, QFont):
        return ("font", v.bold(), v.italic())
    if isinstance(v, QPixmap):  # the mark of a planned activity
        return ("pixmap", v.width(), v.height())
    return v


def _answers(m: MatrixModel) -> dict:
    return {(r, c, role): _plain(m.data(m.index(r, c), role))
            for r in range(m.rowCount()) for c in range(m.columnCount()) for role in ROLES}


def _fresh(repo, like: MatrixModel) -> MatrixModel:
    m = MatrixModel()
    m.team_id, m.category, m.show_former = like.team_id, like.category, like.show_former
    m.load(repo)
    m.set_show_self(like.show_self)
    return m


def _same_as_fresh(m: MatrixModel, repo) -> None:
    assert _answers(m) == _answers(_fresh(repo, m))


def test_kept_looks_follow_edits_filters_and_toggle(demo_repo):
    m = MatrixModel()
    m.load(demo_repo)
    _answers(m)  # every look made and kept
    # an edit: the cell, its row's Sårbarhed and colours change
    r = next(r for r in m.competence_rows() if m.data(m.index(r, m.col_vulnerability)) != "Lav")
    comp = m.competence_at(r)
    emps = [m.employee_at(c) for c in range(MatrixModel.FIRST_EMPLOYEE_COL, m.col_vulnerability)]
    before = m.data(m.index(r, m.col_vulnerability))
    changes = [(e.id, comp.id, comp.expected_level) for e in emps]  # everyone meets it
    demo_repo.matrix.set_cells(changes)
    m.refresh_cells(demo_repo, [(e, c) for e, c, _v in changes])
    assert m.data(m.index(r, m.col_vulnerability)) == "Lav" != before
    _same_as_fresh(m, demo_repo)
    # below expected: bold, and the gap colour
    e0 = emps[0]
    demo_repo.matrix.set_cells([(e0.id, comp.id, NOT_RELEVANT)])
    m.refresh_cells(demo_repo, [(e0.id, comp.id)])
    assert m.data(m.index(r, MatrixModel.FIRST_EMPLOYEE_COL)) == "–"
    _same_as_fresh(m, demo_repo)
    m.set_show_self(True)
    _same_as_fresh(m, demo_repo)
    m.set_filters(team_id=demo_repo.staff.teams()[0].id, category=None, show_former=True)
    _same_as_fresh(m, demo_repo)
    m.set_filters(team_id=None, category="faglige", show_former=False)
    m.set_show_self(False)
    _same_as_fresh(m, demo_repo)
    m.load(demo_repo)
    _same_as_fresh(m, demo_repo)


def test_invalid_index_and_header_rows(demo_repo):
    m = MatrixModel()
    m.load(demo_repo)
    for role in ROLES:
        assert m.data(QModelIndex(), role) is None
    assert m.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert m.row_kind(0) == MatrixModel.ROW_HEADER
    assert m.flags(m.index(0, 1)) == Qt.ItemFlag.ItemNeverHasChildren
    assert m.data(m.index(0, 1)) is None
    assert m.data(m.index(0, 1), Qt.ItemDataRole.BackgroundRole) is not None
    r = m.competence_rows()[0]
    assert m.flags(m.index(r, 1)) & Qt.ItemFlag.ItemIsSelectable


def test_first_screen_load_completes_when_a_look_outside_is_asked(demo_repo):
    m = MatrixModel()
    m.PARTIAL_MIN_CELLS = 0  # the demo is small: load only a first screen anyway
    m.load(demo_repo, first_screen=(4, 2))
    assert m.partial
    m.data(m.index(1, 1))  # inside the first screen: no more is read
    assert m.partial
    m.data(m.index(m.rowCount() - 1, m.col_vulnerability))
    assert not m.partial
    _same_as_fresh(m, demo_repo)
