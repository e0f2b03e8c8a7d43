"""A long employee name never widens the window past 1366 px."""
from __future__ import annotations


# --- a long name never widens the window past 1366 px ------------------------------------------

def test_long_employee_name_keeps_window_within_1366(demo_path, qtbot):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    f = open_file(demo_path)
    r = Repo(f)
    eid = r.staff.employees()[0].id
    r.rows.update("employees", eid, {"name": "Anne-Mette Østergaard " + "Æ" * 178})
    f.close()
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    assert w.open_path(demo_path, quiet=True)
    try:
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        for key in ("uddannelsesplan", "kurser", "medarbejder", "med", "aarshjul", "fravaer"):
            pg = w.show_page(key)
            if key in ("medarbejder", "fravaer"):
                pg.open_item(eid)  # the long name in the header / the scenario
            qtbot.wait(10)
            w.resize(1366, 768)
            qtbot.wait(10)
            assert w.width() <= 1366, key
            assert w.minimumSizeHint().width() <= 1366, key
    finally:
        w.close_file()
