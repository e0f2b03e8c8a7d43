"""The dialogs' one DateField (and MoneyField): Danish input, bounds, no future
where asked, the Danish message under the field, shading while typing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kompetence_desktop import texts
from kompetence_desktop.domain import dates
from kompetence_desktop.ui.dialogs.fields import INVALID_STYLE, CheckList, DateField, FieldError, MoneyField


def field(qtbot, **kw) -> DateField:
    f = DateField(**kw)
    qtbot.addWidget(f)
    return f


@pytest.mark.parametrize("typed", ["12.02.2025", "12-02-2025", "12/2/2025", " 12.2.2025 ", "2025-02-12"])
def test_danish_forms_are_read_and_written_back_as_dd_mm_yyyy(qtbot, typed):
    f = field(qtbot)
    f.setText(typed)
    assert f.is_valid() and f.value() == dt.date(2025, 2, 12)
    assert f.text() == "12.02.2025" and f.error.isHidden()


@pytest.mark.parametrize("typed, code", [
    ("12.2", "format"), ("i går", "format"), ("31.02.2026", "invalid"),
    ("01.01.1949", "range"), ("01.01.2101", "range"),
])
def test_a_bad_date_is_refused_in_danish_at_the_field(qtbot, typed, code):
    f = field(qtbot)
    f.setText(typed)
    assert not f.is_valid()
    with pytest.raises(FieldError) as exc:
        f.value()
    assert str(exc.value) == texts.DATE_ERRORS[code]
    assert f.error.text() == texts.DATE_ERRORS[code] and not f.error.isHidden()
    assert f.text() == typed  # the typed text is kept to correct


def test_empty_is_none_unless_required(qtbot):
    assert field(qtbot).value() is None
    f = field(qtbot, required=True)
    with pytest.raises(FieldError, match=texts.DATE_ERRORS["required"]):
        f.value()
    assert f.error.text() == texts.DATE_ERRORS["required"]


def test_not_future_refuses_a_day_after_today_with_its_own_message(qtbot, frozen_today):
    f = field(qtbot, day=frozen_today, not_future=True)
    assert f.text() == dates.format_date(frozen_today) and f.value() == frozen_today
    f.set_value(frozen_today + dt.timedelta(days=1))
    with pytest.raises(FieldError):
        f.value()
    assert f.error.text() == texts.DATE_ERRORS["future"]
    g = field(qtbot, not_future=True, future_message="Mødet kan ikke være holdt i fremtiden.")
    g.set_value(frozen_today + dt.timedelta(days=1))
    with pytest.raises(FieldError, match="Mødet kan ikke"):
        g.value()
    # without not_future a future day is fine
    h = field(qtbot, day=frozen_today + dt.timedelta(days=400))
    assert h.value() == frozen_today + dt.timedelta(days=400)


def test_typing_shades_a_non_date_clears_the_message_and_leaving_normalises(qtbot):
    f = field(qtbot)
    f.show()
    f.setText("31.02.2026")
    with pytest.raises(FieldError):
        f.value()
    assert "#b00020" in f.edit.styleSheet()  # the refused field is outlined
    f.edit.setFocus()
    f.edit.selectAll()
    qtbot.keyClicks(f.edit, "1-3")
    assert f.error.isHidden() and f.edit.styleSheet() == INVALID_STYLE  # half a date: shaded
    qtbot.keyClicks(f.edit, "-2026")
    assert f.edit.styleSheet() == ""
    qtbot.keyClick(f.edit, Qt.Key_Return)  # editingFinished, as on leaving the field
    assert f.text() == "01.03.2026"


def test_read_only_and_focus_go_to_the_line_edit(qtbot):
    f = field(qtbot)
    f.setReadOnly(True)
    assert f.edit.isReadOnly() and f.focusProxy() is f.edit


def test_money_field(qtbot):
    m = MoneyField(123450)
    qtbot.addWidget(m)
    assert m.value() == 123450
    m.setText("1.234,5x")
    with pytest.raises(FieldError):
        m.value()
    assert m.error.text() == texts.MONEY_ERROR


def test_check_list_ticks_and_reads_ids(qtbot):
    cl = CheckList([(1, "Anne (AMS)"), (2, "Bo (BO)"), (3, "Carl (CJ)")], checked=[2])
    qtbot.addWidget(cl)
    assert cl.count() == 3 and cl.item(0).text() == "Anne (AMS)"
    assert cl.checked_ids() == [2]
    cl.set_checked([1], keep=True)
    assert cl.checked_ids() == [1, 2]
    cl.set_checked([3])
    assert cl.checked_ids() == [3]
    cl.item(0).setCheckState(Qt.Checked)
    assert cl.checked_ids() == [1, 3]


def test_check_list_refilled_keeps_the_ticks_asked_for_without_signals(qtbot):
    cl = CheckList([(1, "Anne (AMS)"), (2, "Bo (BO)")], checked=[1])
    qtbot.addWidget(cl)
    changed = []
    cl.itemChanged.connect(lambda it: changed.append(it.text()))
    cl.set_items([(2, "Bo (BO)"), (3, "Carl (CJ)")], checked=[2])
    assert [cl.item(i).text() for i in range(cl.count())] == ["Bo (BO)", "Carl (CJ)"]
    assert cl.checked_ids() == [2] and changed == []
    cl.item(1).setCheckState(Qt.Checked)  # the leader's tick still signals
    assert changed == ["Carl (CJ)"]


def test_a_date_field_in_a_tall_form_stays_level_with_its_label(qtbot):
    """Spare height in a form goes to its text boxes, never to a date field (which
    put the activity's Opfølgningsdato box well below its label)."""
    from PySide6.QtWidgets import QDialog, QLabel, QTextEdit

    from kompetence_desktop.ui.dialogs.plan_fields import form_layout

    dlg = QDialog()
    qtbot.addWidget(dlg)
    form = form_layout(dlg)
    for name in ("Videndeling", "Forventninger"):
        box = QTextEdit()
        box.setMaximumHeight(120)
        form.addRow(name, box)
    day = DateField()
    label = QLabel("Opfølgningsdato")
    form.addRow(label, day)
    box = QTextEdit()
    box.setMaximumHeight(160)
    form.addRow("Evaluering", box)
    dlg.resize(760, 640)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert day.height() <= day.edit.sizeHint().height() + 4
    assert abs(day.geometry().center().y() - label.geometry().center().y()) <= 4
