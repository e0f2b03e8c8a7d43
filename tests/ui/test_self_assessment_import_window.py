"""Self-assessment forms in the window: the preview beside the leader's levels,
one undo step, forms dropped on the window, the menu entries, the Overblik's
*Selvvurderinger modtaget: N af M*."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ..selfassess_helpers import competence_rows, fill_form


def _forms(ctx, tmp_path, initials=("AMS", "JK")):
    from kompetence_desktop.ui.dialogs.self_assessment_dialog import make_forms

    folder = tmp_path / "formularer"
    folder.mkdir(exist_ok=True)
    written = make_forms(ctx, folder)
    return [p for p in written if any(f"-{i}-" in p.name for i in initials)]


def test_the_preview_marks_differences_of_two_and_stores_in_one_undo_step(qtbot, ctx, tmp_path):
    import openpyxl

    from kompetence_desktop.ui.dialogs.self_assessment_dialog import SelfAssessmentImportDialog

    forms = _forms(ctx, tmp_path)
    ams = next(e for e in ctx.repo.staff.employees() if e.initials == "AMS")
    comps = ctx.repo.matrix.competences()
    cur = ctx.repo.matrix.current_cells()
    rows = competence_rows(openpyxl.load_workbook(forms[0])["Selvvurdering"])
    lead0 = cur[(ams.id, comps[0].id)]
    far = 1 if lead0 >= 3 else 5
    for p in forms:
        fill_form(p, levels={rows[0]: far, rows[1]: "-"}, comments={rows[0]: "Usikker"}, wishes="Kursus i NADA")
    bad = tmp_path / "svar.xlsx"
    bad.write_bytes(b"not a workbook")
    before_selfs = ctx.repo.matrix.self_cells()
    dlg = SelfAssessmentImportDialog(ctx, [*forms, bad])
    qtbot.addWidget(dlg)
    assert dlg.tree.topLevelItemCount() == 2
    top = next(dlg.tree.topLevelItem(i) for i in range(2) if "(AMS)" in dlg.tree.topLevelItem(i).text(0))
    first = top.child(0)
    assert first.text(dlg.COL_NAME) == comps[0].name
    assert first.text(dlg.COL_SELF) == str(far) and first.text(dlg.COL_LEADER) == str(lead0)
    assert first.text(dlg.COL_DIFF) == f"{far - lead0:+d}" and first.font(dlg.COL_DIFF).bold()
    assert first.text(dlg.COL_COMMENT) == "Usikker"
    assert top.child(1).text(dlg.COL_SELF) == "–"
    assert any("Kursus i NADA" in top.child(i).text(0) for i in range(top.childCount()))
    msgs = [dlg.messages.item(i).text() for i in range(dlg.messages.count())]
    assert any(m.startswith("Afvist: svar.xlsx: ") for m in msgs)
    assert "1 formular er afvist" in dlg.summary.text()
    dlg.resize(980, 560)
    dlg.grab().save(str(tmp_path / "selvvurdering_dialog.png"))
    dlg.store_button.click()
    assert ctx.repo.matrix.self_cells()[(ams.id, comps[0].id)] == far
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Importér selvvurderinger"
    ctx.undo_stack.undo()
    assert ctx.repo.matrix.self_cells() == before_selfs
    ctx.undo_stack.redo()
    assert ctx.repo.matrix.self_cells()[(ams.id, comps[0].id)] == far


def test_the_file_menu_has_both_entries(window):
    labels = [a.text() for a in window.file_menu.actions()]
    assert "Importér selvvurderinger…" in labels and "Lav selvvurderingsformularer…" in labels


def test_forms_dropped_on_the_window_open_the_import(qtbot, window, tmp_path, monkeypatch):
    from kompetence_desktop.ui.dialogs import self_assessment_dialog as mod

    forms = _forms(window.ctx, tmp_path, ("AMS",))
    fill_form(forms[0], levels=3)
    seen = []
    monkeypatch.setattr(mod, "run_import", lambda w, paths=None: seen.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(forms[0])), QUrl.fromLocalFile(str(tmp_path / "noter.txt"))])
    ev = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    window.dropEvent(ev)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [[str(forms[0])]]


def test_the_overblik_counts_forms_received(qtbot, window, tmp_path):
    from kompetence_desktop.operations.self_assessment import ImportSelfAssessments, check_forms

    ctx = window.ctx
    forms = _forms(ctx, tmp_path, ("AMS", "JK", "KH"))
    for p in forms:
        fill_form(p, levels=3)
    ImportSelfAssessments(check_forms(ctx.repo, forms).accepted).do(ctx.repo)
    page = window.show_page("overblik")
    page.refresh()
    active = [e for e in ctx.repo.staff.employees() if e.is_active(ctx.repo.clock())]
    sec = next(s for s in page.sections if s.title.startswith("Selvvurderinger modtaget"))
    assert sec.title.startswith(f"Selvvurderinger modtaget: 3 af {len(active)}")
    missing = [i.text for i in sec.items]
    assert len(missing) == len(active) - 3 and all(t.startswith("Ikke modtaget: ") for t in missing)
    assert not any("(AMS)" in t for t in missing)
    window.grab().save(str(tmp_path / "overblik.png"))


def test_the_overblik_says_nothing_of_forms_before_they_are_used(qtbot, window):
    page = window.show_page("overblik")
    page.refresh()
    assert not any(s.title.startswith("Selvvurderinger") for s in page.sections)


def test_the_employee_page_shows_her_wishes_under_the_self_assessment(qtbot, window, tmp_path):
    from kompetence_desktop.operations.self_assessment import ImportSelfAssessments, check_forms

    ctx = window.ctx
    forms = _forms(ctx, tmp_path, ("AMS",))
    fill_form(forms[0], levels=2, wishes="Supervision i KRAP")
    ImportSelfAssessments(check_forms(ctx.repo, forms).accepted).do(ctx.repo)
    ams = next(e for e in ctx.repo.staff.employees() if e.initials == "AMS")
    page = window.show_page("medarbejder")
    page.open_item(ams.id)
    assert page.self_wishes.text() == ("Selvvurderingsformular modtaget 23.11.2026. "
                                       "Ønsker til kompetenceudvikling: Supervision i KRAP")
    assert all(page.selfs.rows[i][2] == 2 for i in range(len(page.selfs.rows)))
    page.tabs.setCurrentIndex([page.tabs.tabText(i) for i in range(page.tabs.count())].index("Selvvurdering"))
    window.grab().save(str(tmp_path / "medarbejder.png"))


def test_the_matrix_shows_the_imported_self_assessment_at_once(qtbot, window, matrix, tmp_path):
    from kompetence_desktop.ui.dialogs.self_assessment_dialog import SelfAssessmentImportDialog

    ctx = window.ctx
    forms = _forms(ctx, tmp_path, ("AMS",))
    ams = next(e for e in ctx.repo.staff.employees() if e.initials == "AMS")
    comp = ctx.repo.matrix.competences()[0]
    lead = ctx.repo.matrix.current_cells()[(ams.id, comp.id)]
    own = 1 if lead >= 3 else 5
    fill_form(forms[0], levels=own)
    dlg = SelfAssessmentImportDialog(ctx, forms)
    qtbot.addWidget(dlg)
    dlg.store_button.click()
    assert matrix.model.selfs[(ams.id, comp.id)] == own
    assert matrix.model.cells[(ams.id, comp.id)] == lead  # the current level stays the leader's
    ctx.undo_stack.undo()
    assert matrix.model.selfs.get((ams.id, comp.id)) != own


def test_the_mus_pdf_from_udskrifter_has_her_wishes(qtbot, ctx, tmp_path):
    from kompetence_desktop.operations.self_assessment import ImportSelfAssessments, check_forms
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    from ..reports.pdfutil import pdf_text

    forms = _forms(ctx, tmp_path, ("AMS",))
    fill_form(forms[0], levels=2, wishes="Supervision i KRAP")
    ImportSelfAssessments(check_forms(ctx.repo, forms).accepted).do(ctx.repo)
    page = UdskrifterPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.employee.setCurrentIndex(page.employee.findText("Anne-Mette Sørensen (AMS)"))
    fn, kind = page._render_fn("mus")
    text = pdf_text(fn())
    assert kind == "pdf" and "Medarbejderens ønsker til kompetenceudvikling" in text and "Supervision i KRAP" in text


def test_one_form_from_the_employee_page_reads_back(qtbot, window, tmp_path, monkeypatch):
    from kompetence_desktop.operations.self_assessment import check_forms

    from .helpers import save_as

    ctx = window.ctx
    ams = next(e for e in ctx.repo.staff.employees() if e.initials == "AMS")
    page = window.show_page("medarbejder")
    page.open_item(ams.id)
    out = tmp_path / "til Anne-Mette.xlsx"
    save_as(monkeypatch, out)
    page.self_form_btn.click()
    assert out.exists()
    fill_form(out, levels=4)
    (res,) = check_forms(ctx.repo, [out]).accepted
    assert res.employee.id == ams.id and {ln.self_value for ln in res.lines} == {4}
