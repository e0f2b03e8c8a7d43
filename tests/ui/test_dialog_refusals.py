"""A refused save keeps the dialog open with the typed text and names the field."""
from __future__ import annotations

import pytest

from kompetence_desktop.domain.rules import DomainError
from kompetence_desktop.domain.model import MAX_NAME, MAX_TEXT
from kompetence_desktop.ui.dialogs.activity_dialog import ActivityDialog
from kompetence_desktop.ui.dialogs.course_type_dialog import CourseTypeDialog
from kompetence_desktop.ui.dialogs.goal_dialog import GoalDialog
from kompetence_desktop.ui.dialogs.logbook_dialog import LogbookDialog
from kompetence_desktop.ui.dialogs.med_dialog import MedDialog, SupervisionDialog
from kompetence_desktop.ui.dialogs.mus_dialog import MusDialog
from kompetence_desktop.ui.pages.med import MedPage
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .helpers import catch_messages, drive, page_for


# --- a refused save keeps the dialog and the typed text ------------------------------------------

def test_title_longer_than_the_file_takes_cannot_be_typed(ctx, qtbot):
    d = ActivityDialog(ctx.repo.staff.employees(), ctx.repo.matrix.competences())
    qtbot.addWidget(d)
    d.title.setText("Æ" * (MAX_NAME + 1))
    assert len(d.title.text()) == MAX_NAME  # the field stops at the file's limit
    assert d.provider.maxLength() == MAX_NAME


def test_too_long_text_keeps_dialog_open_naming_the_field(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    shown = catch_messages(monkeypatch)
    n0 = len(ctx.repo.plan.activities())
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Lang"),
                                                         d.purpose.setPlainText("x" * (MAX_TEXT + 1))))
    assert p.add_activity() is None
    d = seen[0]
    assert d.result() == 0 and not d.isHidden() or d.result() == 0  # not accepted: still open
    assert d.purpose.toPlainText() == "x" * (MAX_TEXT + 1)  # nothing typed is lost
    assert shown and "Formål" in shown[0][2] and "for lang" in shown[0][2]
    assert len(ctx.repo.plan.activities()) == n0


def test_refused_save_keeps_dialog_open_with_the_text(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    shown = catch_messages(monkeypatch)

    def refuse(*_a, **_k):
        raise DomainError("too_long", field="title", limit=MAX_NAME)

    monkeypatch.setattr(ctx.repo.rows, "add_record", refuse)
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Min titel"),
                                                         d.purpose.setPlainText("lang tekst jeg har skrevet")))
    assert p.add_activity() is None
    d = seen[0]
    assert d.result() == 0 and d.result_fields is None
    assert d.title.text() == "Min titel" and d.purpose.toPlainText() == "lang tekst jeg har skrevet"
    assert shown[0][2] == "»Uddannelsesaktivitet«: Teksten er for lang (højst 200 tegn)."
    assert ctx.undo_stack.count() == 0


def test_huge_price_refused_at_the_field(ctx, qtbot, monkeypatch):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    catch_messages(monkeypatch)
    n0 = len(ctx.repo.plan.activities())
    seen = drive(monkeypatch, ActivityDialog, lambda d: (d.title.setText("Dyr"), d.price.setText("99999999999999999")))
    assert p.add_activity() is None
    d = seen[0]
    assert d.tabs.currentIndex() == ActivityDialog.TAB_ECONOMY
    assert "for stort" in d.price.error.text()
    assert len(ctx.repo.plan.activities()) == n0


def test_followup_before_start_refused(ctx, qtbot):
    d = ActivityDialog(ctx.repo.staff.employees(), ctx.repo.matrix.competences())
    qtbot.addWidget(d)
    d.title.setText("x")
    d.start_date.setText("01.03.2027")
    d.followup_date.setText("01.01.2027")
    d.accept()
    assert d.result_fields is None
    assert d.followup_date.error.text() == "Opfølgningsdatoen ligger før aktivitetens startdato."


def test_an_activity_ending_before_it_starts_is_refused_in_the_dialog_with_the_operations_words(ctx, qtbot):
    from kompetence_desktop import texts

    d = ActivityDialog(ctx.repo.staff.employees(), ctx.repo.matrix.competences())
    qtbot.addWidget(d)
    d.title.setText("Kursus")
    d.start_date.setText("01.05.2026")
    d.end_date.setText("01.04.2026")
    d.accept()
    assert d.result_fields is None and d.tabs.currentIndex() == ActivityDialog.TAB_PLAN
    assert d.end_date.error.text() == texts.domain_error(DomainError("activity_end_before_start"))


@pytest.mark.parametrize("cls,args,key", [
    (MusDialog, ("Ole",), "notes"),
    (GoalDialog, ([], []), "knowledge"),
    (LogbookDialog, ("Ole", []), "what_happened"),
    (MedDialog, (), "evaluation"),
    (SupervisionDialog, (), "note"),
])
def test_form_dialogs_refuse_overlong_text_and_stay_open(qtbot, monkeypatch, cls, args, key):
    shown = catch_messages(monkeypatch)
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
    shown = catch_messages(monkeypatch)
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
    p = page_for(MedPage, ctx, qtbot)
    catch_messages(monkeypatch)
    n0 = len(ctx.repo.records.supervision())
    seen = drive(monkeypatch, SupervisionDialog, lambda d: d.fields["provider"].setText("P" * 5000))
    p.add_sup()
    # the field took what the file takes; the save went through with that
    assert len(seen[0].fields["provider"].text()) == MAX_NAME
    assert len(ctx.repo.records.supervision()) == n0 + 1
