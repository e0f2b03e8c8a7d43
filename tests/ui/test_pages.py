"""Tilbud, Medarbejdere, Kompetencer, Overblik and Kompetencespind pages."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from kompetence_desktop.ui.models.employee_model import EmployeeTableModel

from .helpers import save_as


# --- Tilbud ------------------------------------------------------------------------------

def test_tilbud_saves_as_you_type_debounced(window, qtbot):
    page = window.show_page("tilbud")
    w = page.fields["malgruppe"]
    w.setFocus()
    w.moveCursor(w.textCursor().MoveOperation.End)
    qtbot.keyClicks(w, " Også unge.")
    assert "Også unge." not in window.ctx.repo.profile.texts()["malgruppe"]  # not yet: debounced
    qtbot.waitUntil(lambda: window.ctx.repo.profile.texts()["malgruppe"].endswith("Også unge."), timeout=3000)


def test_tilbud_saves_pending_text_on_close(window, qtbot, demo_path):
    page = window.show_page("tilbud")
    w = page.fields["vikarer"]
    w.setPlainText("Vikarer får en introduktionsmappe.")
    window.close_file()  # before the debounce fires
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    f = open_file(demo_path, readonly=True)
    try:
        assert Repo(f).profile.texts()["vikarer"] == "Vikarer får en introduktionsmappe."
    finally:
        f.close()


def test_tilbud_marks_what_the_plan_still_needs(window, qtbot):
    page = window.show_page("tilbud")
    assert "supervision_ledelse" not in page.missing_keys()
    page.fields["supervision_ledelse"].setPlainText("")
    assert "supervision_ledelse" in page.missing_keys()
    assert "adresse" not in page.missing_keys()  # not required by the plan
    page.flush()
    assert window.ctx.repo.profile.texts()["supervision_ledelse"] == ""


# --- Medarbejdere -----------------------------------------------------------------------

def _fill_dialog(monkeypatch, fill):
    from kompetence_desktop.ui.dialogs.employee_dialog import EmployeeDialog

    def fake_exec(self):
        fill(self)
        self.accept()
        return QDialog.DialogCode.Accepted if self.result() == QDialog.DialogCode.Accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EmployeeDialog, "exec", fake_exec)


def test_add_employee_suggests_unique_initials(window, monkeypatch, qtbot):
    page = window.show_page("medarbejdere")
    seen = {}

    def fill(dlg):
        qtbot.keyClicks(dlg.name, "Anne Marie Sørensen")  # AMS is taken in the demo
        seen["initials"] = dlg.initials.text()
        dlg.job.setText("Pædagog")
        dlg.education.setCurrentIndex(dlg.education.findData("paedagog"))
        dlg.start.setText("1-3-2026")

    _fill_dialog(monkeypatch, fill)
    eid = page.add_employee()
    assert eid is not None
    assert seen["initials"] != "AMS" and seen["initials"].startswith("AMS")
    emp = window.ctx.repo.staff.employee(eid)
    assert emp.name == "Anne Marie Sørensen" and emp.start_date == dt.date(2026, 3, 1)
    assert emp.education == "paedagog"
    window.undo()
    assert window.ctx.repo.staff.employee(eid) is None
    window.redo()
    assert window.ctx.repo.staff.employee(eid).initials == seen["initials"]


def test_employee_dialog_refuses_taken_initials_and_bad_dates(window):
    from kompetence_desktop.ui.dialogs.employee_dialog import EmployeeDialog

    dlg = EmployeeDialog(window.ctx.repo, None, window)
    dlg.name.setText("Test Person")
    dlg.initials.setText("ams")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and "bruges allerede" in dlg.error.text()
    dlg.initials.setText("TP")
    dlg.start.setText("31.02.2026")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.start.error.text() == "Datoen findes ikke." and dlg.error.text() == ""
    dlg.start.setText("1/3/2026")
    dlg.end.setText("28-02-2026")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.start.error.isHidden() and "før ansættelsen" in dlg.end.error.text()
    dlg.end.setText("")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.values()["start_date"] == dt.date(2026, 3, 1) and dlg.start.text() == "01.03.2026"


def test_search_and_status_filter(window, qtbot):
    page = window.show_page("medarbejdere")
    n_active = page.proxy.rowCount()
    page.set_status_filter("alle")
    assert page.proxy.rowCount() > n_active
    page.set_status_filter("fratraadte")
    assert page.proxy.rowCount() >= 1
    page.set_status_filter("aktive")
    qtbot.keyClicks(page.search, "Pædagog")
    assert 0 < page.proxy.rowCount() < n_active
    assert "af" in page.count_label.text()


def _leave_dialog(monkeypatch, *typed):
    """Answer the *Markér som fratrådt* dialog: type each text in turn and press OK
    (the dialog stays open while the date is refused); ``seen`` keeps what it showed."""
    from kompetence_desktop.ui.pages.medarbejdere import LeaveDialog

    seen = {}

    def fake_exec(self):
        seen["start"] = self.day.text()
        seen["errors"] = []
        for text in typed:
            self.day.setText(text)
            self.accept()
            if self.result() == QDialog.DialogCode.Accepted:
                return QDialog.DialogCode.Accepted
            seen["errors"].append(self.day.error.text() if not self.day.error.isHidden() else "")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LeaveDialog, "exec", fake_exec)
    return seen


def test_mark_employee_as_former(window, monkeypatch):
    page = window.show_page("medarbejdere")
    eid = page.proxy.data(page.proxy.index(0, 0), EmployeeTableModel.EmployeeIdRole)
    page.select(eid)
    from kompetence_desktop.domain import dates

    emp = window.ctx.repo.staff.employee(eid)
    seen = _leave_dialog(monkeypatch, "20-11-2026")
    assert page.mark_left()
    assert seen["start"] == dates.format_date(emp.end_date or dates.today())  # written the Danish way
    assert window.ctx.repo.staff.employee(eid).end_date == dt.date(2026, 11, 20)
    # gone from the active list and the matrix, still in "alle"
    page.set_status_filter("aktive")
    assert all(page.proxy.data(page.proxy.index(r, 0), EmployeeTableModel.EmployeeIdRole) != eid
               for r in range(page.proxy.rowCount()))
    matrix = window.show_page("matrix")
    assert matrix.model.column_of_employee(eid) is None


def test_mark_left_takes_the_danish_date_forms_and_says_what_is_wrong_at_the_field(window, monkeypatch):
    from kompetence_desktop import texts
    from kompetence_desktop.ui.dialogs.employee_dialog import END_BEFORE_START

    page = window.show_page("medarbejdere")
    repo = window.ctx.repo
    emp = next(e for e in repo.staff.employees() if e.start_date and e.end_date is None)
    before = emp.start_date - dt.timedelta(days=1)
    seen = _leave_dialog(monkeypatch, "31.02.2026", "i morgen", before.strftime("%d.%m.%Y"), "", "1/3/2027")
    assert page.mark_left(emp.id)
    assert seen["errors"] == [texts.DATE_ERRORS["invalid"], texts.DATE_ERRORS["format"], END_BEFORE_START,
                              texts.DATE_ERRORS["required"]]
    assert repo.staff.employee(emp.id).end_date == dt.date(2027, 3, 1)
    window.undo()
    assert repo.staff.employee(emp.id).end_date is None


def test_mark_left_cancelled_or_refused_changes_nothing(window, monkeypatch):
    page = window.show_page("medarbejdere")
    repo = window.ctx.repo
    emp = next(e for e in repo.staff.employees() if e.end_date is None)
    depth = window.ctx.undo_stack.count()
    _leave_dialog(monkeypatch, "32.13.2026")  # refused, then Annuller
    assert not page.mark_left(emp.id)
    assert repo.staff.employee(emp.id).end_date is None
    assert window.ctx.undo_stack.count() == depth


def test_double_click_opens_edit_dialog_without_detail_page(window, monkeypatch):
    page = window.show_page("medarbejdere")
    opened = []
    monkeypatch.setattr(page, "edit_employee", lambda eid=None: opened.append(eid))
    monkeypatch.setattr(window, "has_page", lambda key: False)
    idx = page.proxy.index(0, 0)
    page._double_clicked(idx)
    assert opened == [page.proxy.data(idx, EmployeeTableModel.EmployeeIdRole)]


def test_double_click_navigates_to_detail_page_when_registered(window, monkeypatch):
    page = window.show_page("medarbejdere")
    got = []
    monkeypatch.setattr(window, "has_page", lambda key: key == "medarbejder")
    window.ctx.navigate.disconnect(window.navigate)
    window.ctx.navigate.connect(lambda k, p: got.append((k, p)))
    idx = page.proxy.index(0, 0)
    page._double_clicked(idx)
    assert got == [("medarbejder", page.proxy.data(idx, EmployeeTableModel.EmployeeIdRole))]


def test_add_team(window, monkeypatch):
    page = window.show_page("medarbejdere")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Team Nord", True)))
    assert page.add_team()
    assert "Team Nord" in [t.name for t in window.ctx.repo.staff.teams()]


# --- Kompetencer -------------------------------------------------------------------------

def test_add_edit_delete_competence(window, monkeypatch):
    from kompetence_desktop.ui.dialogs.competence_dialog import CompetenceDialog

    page = window.show_page("kompetencer")

    def fake_exec(self):
        if not self.name.text():
            self.category.setCurrentIndex(self.category.findData("personlige"))
            self.name.setText("Selvledelse")
            self.expected.setCurrentIndex(self.expected.findData(4))
            self.topic_boxes["arbejdsmiljø"].setChecked(True)
            self.other_tags.setText("trivsel")
        else:
            self.description.setPlainText("Planlægger selv sin dag.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompetenceDialog, "exec", fake_exec)
    cid = page.add_competence()
    comp = next(c for c in window.ctx.repo.matrix.competences() if c.id == cid)
    assert (comp.category, comp.expected_level, set(comp.tags)) == ("personlige", 4, {"arbejdsmiljø", "trivsel"})
    assert page.edit_competence(cid)
    comp = next(c for c in window.ctx.repo.matrix.competences() if c.id == cid)
    assert comp.description == "Planlægger selv sin dag." and set(comp.tags) == {"arbejdsmiljø", "trivsel"}

    # delete one with assessments: the question says how many go with it; undo brings them back
    victim = window.ctx.repo.matrix.competences()[0]
    n = window.ctx.repo.matrix.assessment_count(victim.id)
    assert n > 0
    asked = []

    def fake_question(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    page.select(victim.id)
    assert page.delete_competence()
    assert f"{n} vurderinger" in asked[0]
    assert victim.id not in [c.id for c in window.ctx.repo.matrix.competences()]
    window.undo()
    assert victim.id in [c.id for c in window.ctx.repo.matrix.competences()]
    assert window.ctx.repo.matrix.assessment_count(victim.id) == n


def test_reorder_within_category(window):
    page = window.show_page("kompetencer")
    faglige = [c for c in window.ctx.repo.matrix.competences() if c.category == "faglige"]
    page.select(faglige[1].id)
    assert page.move(-1)
    now = [c.id for c in window.ctx.repo.matrix.competences() if c.category == "faglige"]
    assert now[:2] == [faglige[1].id, faglige[0].id]
    assert not page.move(-1)  # already first in its category
    window.undo()
    assert [c.id for c in window.ctx.repo.matrix.competences() if c.category == "faglige"][:2] == [faglige[0].id, faglige[1].id]


# --- Overblik ------------------------------------------------------------------------------

def test_overblik_lists_vulnerable_competences_and_navigates(window, qtbot):
    page = window.show_page("overblik")
    titles = [s.title for s in page.sections]
    assert "Sårbare kompetencer (Kritisk og Høj)" in titles
    assert "Største kompetencebehov" in titles
    vuln = page.sections[titles.index("Sårbare kompetencer (Kritisk og Høj)")]
    assert any(i.text.startswith("Kritisk:") for i in vuln.items)
    lw = page.lists[titles.index("Sårbare kompetencer (Kritisk og Høj)")]
    rect = lw.visualItemRect(lw.item(0))
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "matrix"
    matrix = window.page("matrix")
    assert matrix.model.competence_at(matrix.view.currentIndex().row()).id == vuln.items[0].payload


def test_overblik_takes_new_sections(window):
    from kompetence_desktop.ui.pages import overblik

    def extra(s):
        return overblik.Section("Obligatoriske kurser", [overblik.Item("2 forfaldne kurser", "kurser")], order=50)

    overblik.register_section(extra)
    try:
        page = window.show_page("overblik")
        page.refresh()
        assert "Obligatoriske kurser" in [s.title for s in page.sections]
    finally:
        overblik.SECTIONS.remove(extra)


# --- Kompetencespind -----------------------------------------------------------------------

def test_spind_for_employee_team_and_categories(window, tmp_path, monkeypatch):
    page = window.show_page("spind")
    labels, series, title = page.chart_data()
    assert len(labels) == len(window.ctx.repo.matrix.competences())
    assert [s.kind for s in series] == ["expected", "current"]
    page.by_cat.setChecked(True)
    page.show_self.setChecked(True)
    page.show_past.setChecked(True)
    emp = window.ctx.repo.staff.employees()[0]
    page.open_item(emp.id)
    labels, series, title = page.chart_data()
    assert labels == ["Faglige", "Sociale", "Organisatoriske", "Personlige"]
    assert [s.kind for s in series] == ["expected", "current", "self", "past"]
    assert title == emp.name
    out = tmp_path / "spind"
    save_as(monkeypatch, out)
    assert page.export_png()
    assert (tmp_path / "spind.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_radar_figure_builder_is_pure():
    from matplotlib.figure import Figure

    from kompetence_desktop.reports.charts import RadarSeries, build_radar_figure

    fig = build_radar_figure(["A", "B", "C"], [RadarSeries("Forventet niveau", [3, 4, 2], "expected"),
                                              RadarSeries("Nu", [2, None, 5])], title="Test")
    assert isinstance(fig, Figure)
    assert len(fig.axes[0].lines) == 2
