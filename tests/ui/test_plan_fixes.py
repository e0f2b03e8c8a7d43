"""Regressions from the QA review of the plan pages: what the user
sees, or what is stored, after each fix."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from kompetence_desktop.domain import dates
from kompetence_desktop.domain.rules import DomainError
from kompetence_desktop.storage.repo import MAX_NAME, MAX_TEXT
from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
from kompetence_desktop.ui.dialogs.course_type_dialog import CourseTypeDialog
from kompetence_desktop.ui.dialogs.completion_dialog import CompletionDialog
from kompetence_desktop.ui.dialogs.goal_dialog import GoalDialog
from kompetence_desktop.ui.dialogs.level_grid_dialog import LevelGridDialog
from kompetence_desktop.ui.dialogs.logbook_dialog import LogbookDialog
from kompetence_desktop.ui.dialogs.med_dialog import MedDialog, SupervisionDialog
from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
from kompetence_desktop.ui.models.activities import ActivitiesModel
from kompetence_desktop.ui.models.records import ID_ROLE, ROW_ROLE
from kompetence_desktop.ui.pages.aarshjul import EVENT_ROLE, AarshjulPage
from kompetence_desktop.ui.pages.fravaer import FravaerPage
from kompetence_desktop.ui.pages.kurser import KurserPage
from kompetence_desktop.ui.pages.med import MedPage
from kompetence_desktop.ui.pages.medarbejder import MedarbejderPage
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .plan_helpers import ctx, drive, make_ctx  # noqa: F401 - fixtures

EVIL = "<b>Pæd</b> & <i>x"


def rendered(rich: str) -> str:
    """What a rich-text label shows."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def catch(monkeypatch):
    shown = []
    for n in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, n, staticmethod(
            lambda *a, n=n, **k: shown.append((n, a[1], a[2])) or QMessageBox.Ok))
    return shown


def page(cls, c, qtbot):
    p = cls(c)
    qtbot.addWidget(p)
    p.show()
    return p


# --- 1. 29 February with an activity without a start date ---------------------------------------

def test_leap_day_with_undated_activity_does_not_crash(ctx, qtbot):
    ctx.repo.add_activity("Uden startdato")
    dates.set_today(dt.date(2028, 2, 29))
    p = page(UddannelsesplanPage, ctx, qtbot)
    titles = [p.proxy.index(r, ActivitiesModel.COL_TITLE).data() for r in range(p.proxy.rowCount())]
    assert titles[-1] == "Uden startdato"  # no date sorts last
    p.view.sortByColumn(ActivitiesModel.COL_FOLLOWUP, Qt.AscendingOrder)
    p.view.sortByColumn(ActivitiesModel.COL_STATUS, Qt.DescendingOrder)
    assert p.proxy.rowCount() == len(titles)


def test_models_never_raise_on_odd_rows(ctx, qtbot):
    p = page(UddannelsesplanPage, ctx, qtbot)
    a = p.model.rows[0]
    odd = a.__class__(**{**a.__dict__, "status": "ukendt"})  # a status the program doesn't know
    p.model.set_data([odd] + p.model.rows[1:], ctx.repo.employees(), ctx.repo.competences())
    for c in range(p.model.columnCount()):
        for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.BackgroundRole, p.model.SortRole):
            p.model.index(0, c).data(role)  # no exception
    p.view.sortByColumn(ActivitiesModel.COL_STATUS, Qt.AscendingOrder)


# --- 2. a long name never widens the window past 1366 px ------------------------------------------

def test_long_employee_name_keeps_window_within_1366(demo_path, qtbot):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.ui.main_window import MainWindow
    from kompetence_desktop.ui.settings import Settings

    f = open_file(demo_path)
    r = Repo(f)
    eid = r.employees()[0].id
    r.update("employees", eid, {"name": "Anne-Mette Østergaard " + "Æ" * 178})
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


# --- 3. filters say what they do ---------------------------------------------------------------------

def test_year_filter_falls_back_to_alle_and_stops_filtering(ctx, qtbot, monkeypatch):
    p = page(UddannelsesplanPage, ctx, qtbot)
    drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Alene i 2031"), d.start_date.setText("01.03.2031")))
    aid = p.add_activity()
    p.f_year.setCurrentIndex(p.f_year.findData(2031))
    assert p.proxy.rowCount() == 1
    p.select_id(p.view, ID_ROLE, aid)
    drive(monkeypatch, ActivityDialog, lambda d: d.start_date.setText("01.03.2032"))
    p.edit_selected()
    assert p.f_year.currentText() == "Alle"
    assert p.proxy.rowCount() == p.model.rowCount()


# --- 4. user text shows as typed ----------------------------------------------------------------------

def test_medarbejder_header_escapes_user_text(ctx, qtbot):
    e = ctx.repo.employees()[0]
    ctx.repo.update("employees", e.id, {"job_title": EVIL, "name": "<i>Ny</i> Navn"})
    ct = ctx.repo.course_types()[0]
    ctx.repo.update("course_types", ct.id, {"name": "<u>Brand</u> & co"})
    ctx.repo.delete_rows("course_completions", [c.id for c in ctx.repo.completions() if c.employee_id == e.id])
    p = page(MedarbejderPage, ctx, qtbot)
    p.open_item(e.id)
    shown = rendered(p.info.text())
    assert EVIL in shown
    assert "<u>Brand</u> & co" in shown
    assert p.title.text() == "<i>Ny</i> Navn" and p.title.textFormat() == Qt.PlainText


def test_fravaer_summary_escapes_names_and_counts_in_danish(ctx, qtbot):
    comps = ctx.repo.competences()
    ctx.repo.update("competences", comps[0].id, {"name": "<i>Skæv</i> & <b"})
    p = page(FravaerPage, ctx, qtbot)
    p.set_absent([e.id for e in ctx.repo.employees()])
    shown = rendered(p.summary.text())
    assert "<i>Skæv</i> & <b" in shown
    assert " 1 kompetencer" not in shown and " 1 medarbejdere" not in shown
    # one employee away: singular
    p.set_absent([ctx.repo.employees()[0].id])
    assert "Med 1 medarbejder væk" in rendered(p.summary.text())


def test_tooltips_with_markup_show_the_text(ctx, qtbot):
    a = ctx.repo.activities()[0]
    ctx.repo.update("activities", a.id, {"title": EVIL})
    p = page(UddannelsesplanPage, ctx, qtbot)
    r = p.model.row_of_id(a.id)
    tip = p.model.index(r, ActivitiesModel.COL_TITLE).data(Qt.ToolTipRole)
    assert rendered(tip).strip().startswith(EVIL)
    assert p.model.index(r, ActivitiesModel.COL_TITLE).data(Qt.DisplayRole) == EVIL


# --- 5. a refused save keeps the dialog and the typed text ------------------------------------------

def test_title_longer_than_the_file_takes_cannot_be_typed(ctx, qtbot):
    d = ActivityDialog(ctx.repo.employees(), ctx.repo.competences())
    qtbot.addWidget(d)
    d.title.setText("Æ" * (MAX_NAME + 1))
    assert len(d.title.text()) == MAX_NAME  # the field stops at the file's limit
    assert d.provider.maxLength() == MAX_NAME


def test_too_long_text_keeps_dialog_open_naming_the_field(ctx, qtbot, monkeypatch):
    p = page(UddannelsesplanPage, ctx, qtbot)
    shown = catch(monkeypatch)
    n0 = len(ctx.repo.activities())
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Lang"),
                                                         d.purpose.setPlainText("x" * (MAX_TEXT + 1))))
    assert p.add_activity() is None
    d = seen[0]
    assert d.result() == 0 and not d.isHidden() or d.result() == 0  # not accepted: still open
    assert d.purpose.toPlainText() == "x" * (MAX_TEXT + 1)  # nothing typed is lost
    assert shown and "Formål" in shown[0][2] and "for lang" in shown[0][2]
    assert len(ctx.repo.activities()) == n0


def test_refused_save_keeps_dialog_open_with_the_text(ctx, qtbot, monkeypatch):
    p = page(UddannelsesplanPage, ctx, qtbot)
    shown = catch(monkeypatch)

    def refuse(*_a, **_k):
        raise DomainError("too_long", field="title", limit=MAX_NAME)

    monkeypatch.setattr(ctx.repo, "save_activity", refuse)
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Min titel"),
                                                         d.purpose.setPlainText("lang tekst jeg har skrevet")))
    assert p.add_activity() is None
    d = seen[0]
    assert d.result() == 0 and d.result_fields is None
    assert d.title.text() == "Min titel" and d.purpose.toPlainText() == "lang tekst jeg har skrevet"
    assert shown[0][2] == "»Uddannelsesaktivitet«: Teksten er for lang (højst 200 tegn)."
    assert ctx.undo_stack.count() == 0


def test_huge_price_refused_at_the_field(ctx, qtbot, monkeypatch):
    p = page(UddannelsesplanPage, ctx, qtbot)
    catch(monkeypatch)
    n0 = len(ctx.repo.activities())
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Dyr"), d.price.setText("99999999999999999")))
    assert p.add_activity() is None
    d = seen[0]
    assert d.tabs.currentIndex() == ActivityDialog.TAB_ECONOMY
    assert "for stort" in d.price.error.text()
    assert len(ctx.repo.activities()) == n0


def test_followup_before_start_refused(ctx, qtbot):
    d = ActivityDialog(ctx.repo.employees(), ctx.repo.competences())
    qtbot.addWidget(d)
    d.title.setText("x")
    d.start_date.setText("01.03.2027")
    d.followup_date.setText("01.01.2027")
    d.accept()
    assert d.result_fields is None
    assert d.followup_date.error.text() == "Opfølgningsdatoen ligger før aktivitetens startdato."


@pytest.mark.parametrize("cls,args,key", [
    (MusDialog, ("Ole",), "notes"),
    (GoalDialog, ([], []), "knowledge"),
    (LogbookDialog, ("Ole", []), "what_happened"),
    (MedDialog, (), "evaluation"),
    (SupervisionDialog, (), "note"),
])
def test_form_dialogs_refuse_overlong_text_and_stay_open(qtbot, monkeypatch, cls, args, key):
    shown = catch(monkeypatch)
    saved = []
    d = cls(*args)
    qtbot.addWidget(d)
    d.on_save = saved.append
    d.fields[key].setPlainText("y" * (MAX_TEXT + 1))
    d.accept()
    assert d.result() == 0 and not saved
    assert "for lang" in shown[0][2] and "»" in shown[0][2]
    assert d.fields[key].toPlainText() == "y" * (MAX_TEXT + 1)


@pytest.mark.parametrize("cls,args,key,label", [
    (SupervisionDialog, (), "provider", "Supervisor / leverandør"),
    (CourseTypeDialog, (), "name", "Kursus"),
])
def test_form_dialog_refused_by_the_file_names_the_field(qtbot, monkeypatch, cls, args, key, label):
    shown = catch(monkeypatch)
    d = cls(*args)
    qtbot.addWidget(d)
    assert d.fields[key].maxLength() == MAX_NAME
    d.fields[key].setText("Noget")

    def refuse(_fields):
        raise DomainError("too_long", field=key, limit=MAX_NAME)

    d.on_save = refuse
    d.accept()
    assert d.result() == 0 and d.fields[key].text() == "Noget"
    assert shown[0][2].startswith(f"»{label}«")


def test_supervision_with_long_provider_stays_open(ctx, qtbot, monkeypatch):
    p = page(MedPage, ctx, qtbot)
    catch(monkeypatch)
    n0 = len(ctx.repo.supervision())
    seen = drive(monkeypatch, SupervisionDialog, lambda d: d.fields["provider"].setText("P" * 5000))
    p.add_sup()
    # the field took what the file takes; the save went through with that
    assert len(seen[0].fields["provider"].text()) == MAX_NAME
    assert len(ctx.repo.supervision()) == n0 + 1


# --- 6. the årshjul opens MED and supervision rows ---------------------------------------------------

def _aarshjul_item(p, kind):
    for year in range(2024, 2028):
        p.set_year(year)
        for lst in p.quarters.values():
            for i in range(lst.count()):
                ev = lst.item(i).data(EVENT_ROLE)
                if ev.kind == kind and ev.payload is not None:
                    return lst.item(i)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind,view", [("med", "med_view"), ("supervision", "sup_view")])
def test_aarshjul_double_click_selects_med_and_supervision(ctx, qtbot, kind, view):
    hjul = page(AarshjulPage, ctx, qtbot)
    med = page(MedPage, ctx, qtbot)
    got = []
    ctx.navigate.connect(lambda key, payload: got.append((key, payload)))
    item = _aarshjul_item(hjul, kind)
    hjul._open(item)
    key, payload = got[-1]
    assert key == "med"
    med.open_item(payload)
    sel = med.selected_ids(getattr(med, view), ROW_ROLE)
    ev = item.data(EVENT_ROLE)
    assert sel and sel[0].held_on == ev.day and sel[0].id == payload[1]


# --- 7/8. calendar export ----------------------------------------------------------------------------

def test_export_refused_when_the_year_has_no_dates(empty_path, qtbot, monkeypatch, tmp_path):
    c = make_ctx(empty_path)
    try:
        p = page(AarshjulPage, c, qtbot)
        shown = catch(monkeypatch)
        p.set_year(2026)
        assert p.events == []
        out = tmp_path / "tom.ics"
        assert p.export_ics(str(out)) is False
        assert shown[0][2] == "Der er ingen datoer i 2026 at eksportere."
        assert not out.exists()
    finally:
        c.file.close()


def test_export_uids_belong_to_the_file(ctx, qtbot, tmp_path, empty_path):
    import icalendar

    p = page(AarshjulPage, ctx, qtbot)
    p.set_year(2026)
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert p.export_ics(str(a)) and p.export_ics(str(b))

    def uids(path):
        return [str(v["UID"]) for v in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]

    assert uids(a) == uids(b)  # the same file: the same UIDs (re-import updates, never duplicates)
    fid = ctx.repo.file_uid()
    assert all(fid in u for u in uids(a))
    assert ctx.repo.profile()["fil_id"] == fid


# --- 9. counts in Danish -------------------------------------------------------------------------------

def test_aarshjul_counts_singular(ctx, qtbot):
    p = page(AarshjulPage, ctx, qtbot)
    for y in range(2024, 2029):
        p.set_year(y)
        for q, lab in p.counts.items():
            n = p.quarters[q].count()
            assert lab.text() == ("Ingen datoer" if n == 0 else f"{n} {'dato' if n == 1 else 'datoer'}")


# --- 10. MUS --------------------------------------------------------------------------------------------

def test_mus_in_the_future_refused(ctx, qtbot, monkeypatch):
    p = page(MedarbejderPage, ctx, qtbot)
    catch(monkeypatch)
    e = p.employee
    n0 = len(ctx.repo.mus_records(e.id))
    seen = drive(monkeypatch, MusDialog, lambda d: d.held_on.setText("12.11.2062"))
    p.add_mus()
    assert len(ctx.repo.mus_records(e.id)) == n0
    assert "fremtiden" in seen[0].held_on.error.text()


def test_self_assessment_after_new_mus_is_dated_as_the_mus(ctx, qtbot, monkeypatch):
    p = page(MedarbejderPage, ctx, qtbot)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    e = p.employee
    comp = ctx.repo.competences()[0]
    drive(monkeypatch, MusDialog, lambda d: d.held_on.setText("02.11.2026"))
    drive(monkeypatch, LevelGridDialog, lambda d: d.set_value((e.id, comp.id), 3))
    p.add_mus()
    assert ctx.repo.cell_row(e.id, comp.id, "selvvurdering", dt.date(2026, 11, 2)) is not None
    assert ctx.repo.cell_row(e.id, comp.id, "selvvurdering", dates.today()) is None


# --- 11. a new hire is not "never had MUS" ------------------------------------------------------------

def test_new_hire_header_shows_first_mus_due(ctx, qtbot):
    eid = ctx.repo.add_employee("Ny Kollega", "NK", start_date=dt.date(2026, 11, 16))
    p = page(MedarbejderPage, ctx, qtbot)
    p.open_item(eid)
    shown = rendered(p.info.text())
    assert "Første MUS senest 16.11.2027" in shown
    assert "aldrig" not in shown.lower()


# --- 12. Kurser ----------------------------------------------------------------------------------------------

def test_kurser_legend_wording_and_headers_fit(ctx, qtbot):
    p = page(KurserPage, ctx, qtbot)
    assert "Snart (inden for 60 dage)" in rendered(p.legend.text())
    for c in range(1, p.grid.columnCount()):
        head = p.grid.headerData(c, Qt.Horizontal)
        assert all(len(line) <= 22 for line in head.split("\n")), head
    assert p.grid.headerData(p.grid.columnCount() - 1, Qt.Horizontal, Qt.ToolTipRole).startswith(
        p.grid.course_at(p.grid.columnCount() - 1).name)


def test_same_completion_twice_is_not_duplicated(ctx, qtbot, monkeypatch):
    p = page(KurserPage, ctx, qtbot)
    shown = catch(monkeypatch)
    ct = p.grid.course_at(1)
    e1, e2 = p.grid.employees[0], p.grid.employees[1]

    def fill(ids):
        def f(d):
            d.course.setCurrentIndex(d.course.findData(ct.id))
            d.day.setText("20.11.2026")
            d._check(lambda e: e.id in ids)
        return f

    drive(monkeypatch, CompletionDialog, fill({e1.id}))
    p.record_completion()
    n = len(ctx.repo.completions())
    drive(monkeypatch, CompletionDialog, fill({e1.id, e2.id}))
    p.record_completion()
    rows = [c for c in ctx.repo.completions()
            if c.course_type_id == ct.id and c.completed_on == dt.date(2026, 11, 20)]
    assert sorted(c.employee_id for c in rows) == sorted([e1.id, e2.id])
    assert len(ctx.repo.completions()) == n + 1
    assert e1.name in shown[-1][2] and "sprunget over" in shown[-1][2]
    drive(monkeypatch, CompletionDialog, fill({e1.id}))
    steps = ctx.undo_stack.count()
    p.record_completion()
    assert ctx.undo_stack.count() == steps  # nothing new: no undo step
    assert shown[-1][2].startswith("Intet nyt at registrere.")


def test_insert_defaults_without_anything_new_pushes_no_undo_step(ctx, qtbot, monkeypatch):
    p = page(KurserPage, ctx, qtbot)
    shown = catch(monkeypatch)
    from kompetence_desktop.storage.demo import BASIS_1

    ctx.repo.add_default_course_types(BASIS_1)
    p.insert_defaults()
    assert ctx.undo_stack.count() == 0
    assert "intet at indsætte" in shown[0][2]


# --- 13. Finansieret ---------------------------------------------------------------------------------------

def test_funded_column_says_ja_or_nej(ctx, qtbot):
    p = page(UddannelsesplanPage, ctx, qtbot)
    words = {p.model.index(r, ActivitiesModel.COL_FUNDED).data() for r in range(p.model.rowCount())}
    assert words <= {"Ja", "Nej"} and words


# --- 14. no employees ----------------------------------------------------------------------------------------

def test_medarbejder_page_without_employees_disables_adding(empty_path, qtbot):
    c = make_ctx(empty_path)
    try:
        p = page(MedarbejderPage, c, qtbot)
        assert p.info.text() == "Der er ingen medarbejdere endnu."
        for b in (p.add_goal_btn, p.add_log_btn, p.add_mus_btn, p.self_btn):
            assert not b.isEnabled()
        c.repo.add_employee("Første", "FØ", start_date=dt.date(2026, 1, 1))
        c.notify("employees")
        assert p.add_mus_btn.isEnabled()
    finally:
        c.file.close()


# --- 15. Årshjul over new year, and shapes per kind ---------------------------------------------------------

def test_aarshjul_activity_over_new_year_shows_end_year(ctx, qtbot):
    from kompetence_desktop.ui.pages.aarshjul import KIND_MARKS

    ctx.repo.save_activity(None, {"title": "Over nytår", "start_date": dt.date(2026, 12, 15),
                                  "end_date": dt.date(2027, 2, 20)})
    p = page(AarshjulPage, ctx, qtbot)
    p.set_year(2026)
    q4 = [p.quarters[4].item(i).text() for i in range(p.quarters[4].count())]
    assert any("15.12–20.02.2027" in t and "Over nytår" in t for t in q4)
    assert len(set(KIND_MARKS.values())) == len(KIND_MARKS)
