"""A very long employee (or team, competence, course) name never forces the window wide:
combo boxes are capped and elide (the whole name is in the open list and the tooltip),
one-line labels elide, wrapped labels wrap. Names are capped at 200 characters on input,
but an older or hand-edited file can hold more: 5000 characters are tried."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox
from kompetence_desktop.operations import AddRecord

LONG = 5000
NAME = ("Langnavn " + "x" * LONG)[:LONG]
TEAM = ("Langteam " + "y" * LONG)[:LONG]
#: the window must fit a 1366 px laptop screen
SCREEN = 1366


@pytest.fixture
def long_window(qtbot, demo_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    with open_file(demo_path) as f:
        repo = Repo(f)
        eid = AddRecord("employee", {"name": "Kort",
                                     "initials": "LNG",
                                     "start_date": dt.date(2024, 1, 1)}).do(repo).created
        act = repo.plan.activities()[0]
        with f.atomic() as c:  # past the input limit, as an old or hand-edited file could be
            c.execute("UPDATE employees SET name = ? WHERE id = ?", (NAME, eid))
            c.execute("UPDATE teams SET name = ? WHERE id = (SELECT MIN(id) FROM teams)", (TEAM,))
            c.execute("UPDATE employees SET team_id = (SELECT MIN(id) FROM teams) WHERE id = ?", (eid,))
            c.execute("UPDATE competences SET name = ? WHERE id = (SELECT MIN(id) FROM competences)",
                      (("Langkompetence " + "z" * LONG)[:LONG],))
            c.execute("UPDATE course_types SET name = ? WHERE id = (SELECT MIN(id) FROM course_types)",
                      (("Langkursus " + "k" * LONG)[:LONG],))
            c.execute("INSERT INTO activity_participants (activity_id, employee_id) VALUES (?, ?)", (act.id, eid))
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    w.resize(SCREEN, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w, eid
    w.close_file()


def _select_long_items(page) -> int:
    """Choose the long entry in every combo box of the page; how many were chosen."""
    n = 0
    for cb in page.findChildren(QComboBox):
        i = next((i for i in range(cb.count()) if len(cb.itemText(i)) > 1000), -1)
        if i >= 0:
            cb.setCurrentIndex(i)
            n += 1
    return n


def test_udskrifter_stays_narrow_with_a_5000_character_name(long_window, qtbot):
    w, eid = long_window
    page = w.show_page("udskrifter")
    i = page.employee.findData(eid)
    page.employee.setCurrentIndex(i)
    qtbot.wait(10)
    assert page.minimumSizeHint().width() < 950
    assert w.minimumSizeHint().width() <= SCREEN
    # the whole name is still there to read: in the open list and the tooltip
    assert page.employee.itemText(i).startswith(NAME)
    assert page.employee.toolTip().startswith(NAME)
    assert page.employee.width() <= 400


@pytest.mark.parametrize("key", ["medarbejdere", "matrix", "spind", "uddannelsesplan", "kurser", "medarbejder"])
def test_other_pages_keep_the_window_within_a_laptop_screen(long_window, qtbot, key):
    w, eid = long_window
    page = w.show_page(key)
    if key == "medarbejder":
        page.open_item(eid)  # the header names her team; a course name may follow
    chosen = _select_long_items(page)
    if key in ("matrix", "spind", "uddannelsesplan", "kurser", "medarbejder"):
        assert chosen, "no long entry offered"
    if key == "matrix":  # the line under the matrix names the employee and competence in focus
        m = page.model
        col = next(c for c in range(m.columnCount()) if m.employee_at(c) is not None and m.employee_at(c).id == eid)
        page.view.setCurrentIndex(m.index(m.competence_rows()[0], col))
        assert page.info_label.toolTip().startswith(NAME)
        assert page.team_box.toolTip() == TEAM
    qtbot.wait(10)
    assert page.minimumSizeHint().width() < 1100, key
    assert w.minimumSizeHint().width() <= SCREEN, key
