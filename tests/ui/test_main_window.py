"""The main window: page list, menus, files, read-only banner, navigation."""
from __future__ import annotations

import os

from kompetence_desktop.ui.pages import PAGES

from .helpers import record_warnings, save_as


def test_page_list_comes_from_pages(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [t for _k, t, _s in PAGES]
    assert titles[:6] == ["Overblik", "Tilbud", "Medarbejdere", "Kompetencer", "Matrix", "Kompetencespind"]
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Filer", "Rediger", "Vis", "Hjælp"]


def test_page_list_shows_every_name_whole(window):
    """No page name is cut off or needs a sideways scroll bar in the left-hand list."""
    nav = window.nav
    assert nav.horizontalScrollBar().maximum() == 0
    for i in range(nav.count()):
        rect = nav.visualItemRect(nav.item(i))
        assert rect.right() <= nav.viewport().width(), nav.item(i).text()
        need = nav.fontMetrics().horizontalAdvance(nav.item(i).text())
        assert need + 2 * 12 <= nav.viewport().width(), nav.item(i).text()


def test_every_page_builds(window):
    from PySide6.QtWidgets import QLabel

    for key, title, _spec in PAGES:
        w = window.show_page(key)
        assert w is not None
        assert not (isinstance(w, QLabel) and "kunne ikke vises" in w.text()), title


def test_title_shows_tilbud_and_file(window, demo_path):
    assert "Bostedet Lærkely" in window.windowTitle()
    assert demo_path.name in window.windowTitle()


def test_status_bar_confirms_each_autosave(window, qtbot):
    page = window.show_page("tilbud")
    page.fields["adresse"].setText("Lærkevej 14")
    page.fields["adresse"].textEdited.emit("Lærkevej 14")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Gemt"), timeout=3000)


def test_navigate_shows_page_and_item(window):
    comp = window.ctx.repo.matrix.competences()[5]
    window.ctx.navigate.emit("matrix", comp.id)
    assert window.current_page_key() == "matrix"
    page = window.page("matrix")
    assert page.model.competence_at(page.view.currentIndex().row()).id == comp.id
    window.ctx.navigate.emit("findes-ikke", None)  # an unknown page: a status note, no crash
    assert window.current_page_key() == "matrix"


def test_recent_files_and_last_file_remembered(window, demo_path):
    assert window.settings.last_file() == str(demo_path.absolute())
    assert str(demo_path.absolute()) in window.settings.recent_files()


def test_bad_file_gives_danish_message_not_traceback(window, tmp_path, monkeypatch):
    bad = tmp_path / "skrald.kompetence"
    bad.write_bytes(os.urandom(4096))
    shown = []
    record_warnings(monkeypatch, shown)
    assert window.open_path(bad) is False
    assert shown and "ikke en kompetencefil" in shown[0]
    # the file that was open stays open (tests/ui/test_open_keeps_current_file.py)
    assert window.ctx is not None and window.stack.currentWidget() is not window.welcome


def test_missing_file_message(window, tmp_path, monkeypatch):
    shown = []
    record_warnings(monkeypatch, shown)
    assert window.open_path(tmp_path / "væk.kompetence") is False
    assert "findes ikke" in shown[0]


def test_new_file(window, tmp_path, monkeypatch):
    target = tmp_path / "Nyt bosted"
    save_as(monkeypatch, target)
    from kompetence_desktop.ui.dialogs.new_file_dialog import NewFileDialog

    def fill_in(dlg):
        dlg.name.setText("Bostedet Solsikken")
        return NewFileDialog.DialogCode.Accepted

    monkeypatch.setattr(NewFileDialog, "exec", fill_in)
    assert window.new_file()
    assert window.ctx.file.path.name == "Nyt bosted.kompetence"
    assert "Bostedet Solsikken" in window.windowTitle()
    assert window.current_page_key() == "tilbud"


def test_save_copy_as(window, tmp_path, monkeypatch):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    dest = tmp_path / "kopi.kompetence"
    save_as(monkeypatch, dest)
    assert window.save_copy_as()
    f = open_file(dest, readonly=True)
    try:
        assert len(Repo(f).staff.employees()) == len(window.ctx.repo.staff.employees())
    finally:
        f.close()
    assert window.ctx.file.path != dest  # the original stays open


def test_close_file_and_welcome(window):
    window.close_file()
    assert window.ctx is None
    assert window.stack.currentWidget() is window.welcome
    assert not window.close_action.isEnabled()


def test_add_file_menu_action_for_other_work(window):
    from PySide6.QtGui import QAction

    a = QAction("Importér medarbejdere…", window)
    window.add_file_menu_action(a, "data")
    texts = [x.text() for x in window.file_menu.actions()]
    assert texts.index("Importér medarbejdere…") < texts.index("Luk")
    assert texts.index("Gem kopi som…") < texts.index("Importér medarbejdere…")


def test_undo_menu_text_follows_the_stack(window, qtbot):
    from PySide6.QtCore import Qt

    page = window.show_page("matrix")
    page.view.setFocus()
    idx = page.model.index(page.model.competence_rows()[0], 1)
    page.view.setCurrentIndex(idx)
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("Fortryd")
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()


def test_danish_translation_and_locale(qapp):
    from PySide6.QtCore import QDate, QLocale

    from kompetence_desktop.app import make_app

    make_app()
    assert QLocale().name() == "da_DK"
    assert QLocale().toString(QDate(2025, 2, 12), QLocale.FormatType.ShortFormat) == "12.02.2025"
    from PySide6.QtWidgets import QApplication

    assert QApplication.translate("QPlatformTheme", "Cancel") in ("Annuller", "Annullér")



def test_navigating_to_the_mus_tab(window):
    """ctx.navigate("medarbejder", "mus") — a missing MUS in Overblik or Udskrifter —
    shows the MUS tab of 'Den enkelte medarbejder'."""
    window.show_page("udskrifter")
    window.ctx.navigate.emit("medarbejder", "mus")
    assert window.current_page_key() == "medarbejder"
    emp = window.show_page("medarbejder")
    assert emp.tabs.currentIndex() == emp.TAB_MUS and emp.employee is not None
