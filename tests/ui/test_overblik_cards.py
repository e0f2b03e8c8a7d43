"""Overblik: the summary cards (never clipped, replaced cleanly on refresh) and
every item opening where it is fixed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from kompetence_desktop.ui.models.matrix_model import MatrixModel


def _cards(page):
    return [w for w in page.findChildren(QFrame, "overblik_kort")]


def _assert_not_clipped(card):
    for lab in card.findChildren(QLabel):
        if lab.wordWrap():
            assert lab.heightForWidth(lab.width()) <= lab.height(), lab.text()
        else:
            assert lab.sizeHint().width() <= lab.width() + 1, lab.text()


def test_refresh_twice_leaves_exactly_one_set_of_cards(window, qtbot):
    page = window.show_page("overblik")
    qtbot.wait(10)
    n = len(page.cards.cards)
    assert n >= 8
    assert len(_cards(page)) == n
    page.refresh()
    page.refresh()
    visible = [c for c in _cards(page) if c.isVisible()]
    assert len(visible) == n  # no leftover card drawn over the page, even before deletion
    assert set(visible) == set(page.cards.cards)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
    assert len(_cards(page)) == n  # and the old ones are gone


def test_cards_fit_at_1366_and_wrap_when_narrow(window, qtbot):
    page = window.show_page("overblik")
    qtbot.waitUntil(lambda: page.cards.width() > 900)
    qtbot.wait(20)
    assert page.cards.rows() == 1
    for c in page.cards.cards:
        _assert_not_clipped(c)
    texts = [lab.text() for c in page.cards.cards for lab in c.findChildren(QLabel)]
    assert "Vurderinger under forventet" in texts
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: page.cards.rows() == 2)
    qtbot.wait(20)
    for c in page.cards.cards:
        assert c.width() >= 130
        _assert_not_clipped(c)


def _click(qtbot, page, section_prefix, match=lambda li: True):
    """Click the first item of the section whose title starts with ``section_prefix``."""
    for sec, lw in zip(page.sections, page.lists):
        if sec.title.startswith(section_prefix):
            for i in range(lw.count()):
                li = lw.item(i)
                data = li.data(Qt.ItemDataRole.UserRole)
                if data and data[1] is not None and match(li):
                    lw.scrollToItem(li)
                    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=lw.visualItemRect(li).center())
                    return data
    raise AssertionError(f"no clickable item in {section_prefix!r}: {[s.title for s in page.sections]}")


def _overblik(window):
    page = window.show_page("overblik")
    page.refresh()
    return page


def test_course_item_opens_the_course_grid_at_that_cell(window, qtbot):
    data = _click(qtbot, _overblik(window), "Obligatoriske kurser")
    assert data[0] == "kurser"
    eid, cid = data[1]
    kurser = window.page("kurser")
    assert window.current_page_key() == "kurser"
    idx = kurser.grid_view.currentIndex()
    assert idx.data(kurser.grid.EmployeeIdRole) == eid
    assert kurser.grid.course_at(idx.column()).id == cid


def test_mus_item_opens_the_employee(window, qtbot):
    data = _click(qtbot, _overblik(window), "MUS")
    assert window.current_page_key() == "medarbejder"
    assert window.page("medarbejder").employee_id == data[1]


def test_vulnerable_item_opens_the_matrix_at_the_competence(window, qtbot):
    data = _click(qtbot, _overblik(window), "Sårbare kompetencer")
    assert window.current_page_key() == "matrix"
    m = window.page("matrix")
    assert m.model.data(m.view.currentIndex(), MatrixModel.CompetenceIdRole) == data[1]


def test_employee_gap_item_opens_the_matrix_at_the_employee(window, qtbot):
    data = _click(qtbot, _overblik(window), "Medarbejdere med størst")
    m = window.page("matrix")
    assert window.current_page_key() == "matrix"
    assert m.model.data(m.view.currentIndex(), MatrixModel.EmployeeIdRole) == data[1][1]


def test_unevaluated_activity_opens_the_plan_with_it_selected(window, qtbot):
    data = _click(qtbot, _overblik(window), "Aktiviteter")
    assert window.current_page_key() == "uddannelsesplan"
    plan = window.page("uddannelsesplan")
    assert plan.current_activity().id == data[1]


def test_med_item_opens_the_med_page(window, qtbot):
    with window.ctx.file.atomic() as con:
        con.execute("DELETE FROM med_discussions")
    page = _overblik(window)
    sec, lw = next((s, lw) for s, lw in zip(page.sections, page.lists) if "MED" in s.title)
    assert sec.items and sec.items[0].page == "med"
    li = lw.item(0)
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=lw.visualItemRect(li).center())
    assert window.current_page_key() == "med"


def test_requirement_item_opens_the_field_to_fill(window, qtbot):
    window.ctx.repo.profile.set("leder", "")
    window.ctx.repo.profile.set("vikarer", "")
    page = _overblik(window)
    data = _click(qtbot, page, "Kompetenceudviklingsplanen mangler", lambda li: "leder" in li.text().lower())
    assert data == ("tilbud", "leder")
    tilbud = window.page("tilbud")
    assert window.current_page_key() == "tilbud"
    assert tilbud.fields["leder"].hasFocus() or window.focusWidget() is tilbud.fields["leder"]
    page = _overblik(window)
    data = _click(qtbot, page, "Kompetenceudviklingsplanen mangler", lambda li: li.data(Qt.ItemDataRole.UserRole)[1] == "vikarer")
    assert window.focusWidget() is tilbud.fields["vikarer"]


def test_every_item_names_a_page_that_exists(window):
    page = _overblik(window)
    for sec, lw in zip(page.sections, page.lists):
        for i in range(lw.count()):
            data = lw.item(i).data(Qt.ItemDataRole.UserRole)
            if data:
                assert window.has_page(data[0]), (sec.title, data)


def test_vulnerable_item_says_what_the_level_is(window):
    page = _overblik(window)
    lw = next(lw for sec, lw in zip(page.sections, page.lists) if sec.title.startswith("Sårbare kompetencer"))
    texts_ = [lw.item(i).text() for i in range(lw.count())]
    assert "Kritisk: Viden om psykiatri og misbrug (dobbeltdiagnoser) – ingen på det forventede niveau 2" in texts_
