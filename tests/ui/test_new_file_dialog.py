"""*Filer › Ny…*: the small Danish dialog (name, tilbudsleder, start from a
profile, Basis 1 courses) driven as a user drives it, and what ends up in the file."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from kompetence_desktop.storage.catalogue import PROFILES
from kompetence_desktop.domain.model import BASIS_1
from kompetence_desktop.ui.dialogs.new_file_dialog import NewFileDialog


def _drive(qtbot, steps, seen):
    """Run ``steps(dialog)`` on the dialog once it is shown modally."""

    def go():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, NewFileDialog):
            QTimer.singleShot(20, go)
            return
        seen.append(dlg)
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
        try:
            steps(dlg)
        finally:
            if dlg.isVisible():  # a failed step must not leave the modal dialog hanging the test
                dlg.reject()

    QTimer.singleShot(0, go)


def save_as(monkeypatch, target, asked=None):
    def fake(parent, caption, suggested, *a, **k):
        if asked is not None:
            asked.append(suggested)
        return (str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_new_file_from_the_bosted_profile(window, qtbot, tmp_path, monkeypatch):
    asked = []
    save_as(monkeypatch, tmp_path / "Solsikken", asked)
    seen = []

    def steps(dlg):
        assert dlg.windowTitle() == "Ny kompetencefil"
        assert not dlg.ok_button.isEnabled()  # the name is required
        assert dlg.courses.isChecked() and dlg.start_buttons[""].isChecked()
        qtbot.keyClicks(dlg.name, "Bostedet Solsikken")
        assert dlg.ok_button.isEnabled()
        qtbot.keyClick(dlg.name, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.leader
        qtbot.keyClicks(dlg.leader, "Bodil Hansen")
        qtbot.keyClick(dlg.leader, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is dlg.start_buttons[""]
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Down)  # arrows choose within "Start fra"
        assert dlg.start_buttons["bosted"].isChecked()
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    _drive(qtbot, steps, seen)
    assert window.new_file()
    assert seen, "the dialog was never shown"
    assert asked and asked[0].endswith("Bostedet Solsikken.kompetence")
    repo = window.ctx.repo
    assert window.ctx.file.path == tmp_path / "Solsikken.kompetence"
    assert repo.profile.texts()["navn"] == "Bostedet Solsikken"
    assert repo.profile.texts()["leder"] == "Bodil Hansen"
    assert [c.name for c in repo.matrix.competences()] == [r[1] for r in PROFILES["bosted"][1]]
    assert sorted(ct.name for ct in repo.plan.course_types()) == sorted(n for n, _r, _m in BASIS_1)
    assert window.current_page_key() == "tilbud"
    assert window.page("tilbud").text_of("leder") == "Bodil Hansen"
    assert "Bostedet Solsikken" in window.windowTitle()


def test_new_empty_file_without_courses(window, qtbot, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "tom.kompetence")
    seen = []

    def steps(dlg):
        dlg.name.setText("Myndighedsafdelingen")
        dlg.courses.setChecked(False)
        dlg.accept()

    _drive(qtbot, steps, seen)
    assert window.new_file()
    repo = window.ctx.repo
    assert repo.profile.texts()["navn"] == "Myndighedsafdelingen"
    assert repo.profile.texts().get("leder", "") == ""
    assert repo.matrix.competences() == [] and repo.plan.course_types() == []


def test_empty_profile_still_gets_basis_1(window, qtbot, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "a.kompetence")
    _drive(qtbot, lambda dlg: (dlg.name.setText("A"), dlg.accept()), [])
    assert window.new_file()
    assert len(window.ctx.repo.plan.course_types()) == len(BASIS_1)
    assert window.ctx.repo.matrix.competences() == []


def test_myndighed_profile(window, qtbot, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "m.kompetence")
    _drive(qtbot, lambda dlg: (dlg.name.setText("M"), dlg.set_profile_key("myndighed"), dlg.accept()), [])
    assert window.new_file()
    assert len(window.ctx.repo.matrix.competences()) == len(PROFILES["myndighed"][1])


def test_cancel_creates_nothing(window, qtbot, tmp_path, monkeypatch):
    before = window.ctx.file.path
    called = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: called.append(1) or ("", "")))
    _drive(qtbot, lambda dlg: (dlg.name.setText("X"), dlg.reject()), [])
    assert window.new_file() is False
    assert not called and window.ctx.file.path == before
    assert list(tmp_path.glob("*.kompetence")) == [before] or before.parent != tmp_path


def test_enter_with_no_name_does_not_accept(qtbot):
    dlg = NewFileDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.result() == 0
    assert dlg.error.isVisibleTo(dlg)
