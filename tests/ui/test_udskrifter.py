"""The Udskrifter page: the requirement panel, export off the GUI thread, and
the MED archive (mark, reprint, compare)."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.domain import requirements
from kompetence_desktop.operations import AddRecord, UpdateRecord

from .helpers import record_warnings, save_as


@pytest.fixture
def make_page(qtbot):
    from kompetence_desktop.ui.context import AppContext
    from kompetence_desktop.ui.pages.udskrifter import UdskrifterPage

    def make(file):
        ctx = AppContext(file)
        page = UdskrifterPage(ctx)
        page.open_after = False
        qtbot.addWidget(page)
        return ctx, page
    return make


def _items(page):
    return [page.req_list.item(i) for i in range(page.req_list.count())]


def test_requirement_panel_lists_each_requirement(demo_file, make_page):
    ctx, page = make_page(demo_file)
    reqs = requirements.check(ctx.repo.snapshot())
    assert len(_items(page)) == len(reqs)
    assert all(i.text().startswith("✔") for i in _items(page))
    assert "alle" in page.req_summary.text()


def test_missing_requirement_navigates_to_its_page(empty_path, make_page, qtbot):
    from kompetence_desktop.storage.tilbudfile import open_file

    with open_file(empty_path) as f:
        ctx, page = make_page(f)
        missing = [i for i in _items(page) if i.text().startswith("✘")]
        assert missing and "UDKAST" in page.req_summary.text()
        got = []
        ctx.navigate.connect(lambda key, payload: got.append((key, payload)))
        page._req_clicked(missing[0])
        from kompetence_desktop.ui.pages.udskrifter import ROLE_REQ

        assert got == [("tilbud", "leder")]  # the page, and the field on it
        mus = next(i for i in missing if i.data(ROLE_REQ).code == "mus_afholdt")
        assert "Den enkelte medarbejder, fanen MUS" in mus.text()
        page._req_clicked(mus)
        assert got[-1] == ("medarbejder", "mus")  # the MUS tab, where a MUS is recorded


def test_export_runs_in_a_worker_and_writes_the_file(demo_file, make_page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ..reports.pdfutil import pdf_text

    ctx, page = make_page(demo_file)
    out = tmp_path / "plan MED.pdf"
    save_as(monkeypatch, out, "PDF (*.pdf)")
    page.doc.setCurrentIndex(page.doc.findData("plan_med"))
    page.export()
    assert (page.busy_count == 1 and not page.progress.isHidden()) or out.exists()
    qtbot.waitUntil(lambda: page.busy_count == 0 and out.exists(), timeout=15000)
    assert page.progress.isHidden() and page.export_btn.isEnabled()
    text = pdf_text(out.read_bytes())
    assert "MED-udgave" in text and "Line O'Connor-Ravn" not in text

    # an employee document
    out2 = tmp_path / "mus.pdf"
    save_as(monkeypatch, out2)
    page.doc.setCurrentIndex(page.doc.findData("mus"))
    page.employee.setCurrentIndex(page.employee.findText("Line O'Connor-Ravn (LOR)"))
    page.export()
    qtbot.waitUntil(lambda: page.busy_count == 0 and out2.exists(), timeout=15000)
    assert "Line O'Connor-Ravn" in pdf_text(out2.read_bytes())


def test_mark_as_behandlet_i_med_keeps_version_and_compares(demo_file, make_page, qtbot, tmp_path, monkeypatch):
    ctx, page = make_page(demo_file)
    page.mark_med(dt.date(2026, 11, 20))
    # the demo already holds last year's plan as version 1
    qtbot.waitUntil(lambda: page.busy_count == 0 and page.versions.rowCount() == 2, timeout=15000)
    v = ctx.repo.plan.plan_versions()[0]
    assert v["version"] == 2 and v["med_date"] == dt.date(2026, 11, 20)
    pdf = ctx.repo.plan.plan_version_pdf(v["id"])
    assert pdf.startswith(b"%PDF")
    assert any(m.held_on == dt.date(2026, 11, 20) for m in ctx.repo.records.med_discussions())
    # something changes: a new employee joins; compare the version with the plan now
    AddRecord("employee", {"name": "Åse Ærø-Ødegård",
                           "initials": "ÅÆØ",
                           "job_title": "Pædagog"}).do(ctx.repo)
    ctx.notify("employees")
    page.versions.selectRow(0)
    lines = page.compare()
    assert "Ny medarbejder: Åse Ærø-Ødegård" in lines
    # reprint writes exactly the kept bytes
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "v1.pdf"
    save_as(monkeypatch, out)
    page.reprint()
    qtbot.waitUntil(lambda: page.busy_count == 0 and out.exists(), timeout=15000)
    assert out.read_bytes() == pdf


# --- the save dialog's path is guarded like the CLI's -o -------------------------
def test_save_dialog_refuses_the_open_file_lock_files_and_wrong_extensions(demo_file, make_page, qtbot, tmp_path,
                                                                            monkeypatch):
    import hashlib

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    ctx, page = make_page(demo_file)
    shown = []
    record_warnings(monkeypatch, shown)
    own = demo_file.path
    lock = tmp_path / "andet.kompetence.lock"
    lock.write_text("x")
    other_pdf = tmp_path / "behold.xlsx"
    other_pdf.write_bytes(b"keep")
    before = hashlib.sha256(own.read_bytes()).hexdigest()
    for key, target, words in (("plan", own, "selve tilbudsfilen"), ("plan_med", lock, "programmets egne filer"),
                               ("plan", other_pdf, "skal ende på .pdf"), ("matrix", tmp_path / "m.pdf",
                                                                          "skal ende på .xlsx")):
        save_as(monkeypatch, target)
        page.doc.setCurrentIndex(page.doc.findData(key))
        page.export()
        assert page.busy_count == 0, "nothing may be rendered or written"
        assert shown and words in shown[-1] and words in page.status.text()
    assert hashlib.sha256(own.read_bytes()).hexdigest() == before
    assert lock.read_text() == "x" and other_pdf.read_bytes() == b"keep"
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "m.xlsx").exists()

    # a name without extension gets .pdf and is written
    save_as(monkeypatch, tmp_path / "plan")
    page.doc.setCurrentIndex(page.doc.findData("plan"))
    page.export()
    qtbot.waitUntil(lambda: page.busy_count == 0 and (tmp_path / "plan.pdf").exists(), timeout=15000)
    assert (tmp_path / "plan.pdf").read_bytes()[:4] == b"%PDF"


def test_archived_plan_shows_the_med_meeting_it_documents(demo_file, make_page, qtbot):
    """Marking as behandlet i MED with no earlier discussion: the kept PDF is the plan *after*
    that meeting — the date on the front page and in section 9, no "Endnu ikke drøftet", no UDKAST."""
    from ..reports.pdfutil import pdf_text

    with demo_file.atomic() as c:
        c.execute("DELETE FROM med_discussions")
        c.execute("DELETE FROM plan_versions")  # the demo's version 1 documents a discussion
    ctx, page = make_page(demo_file)
    assert "UDKAST" in page.req_summary.text()  # only the MED discussion is missing
    for key in ("plan", "plan_med"):
        page.doc.setCurrentIndex(page.doc.findData(key))
        page.mark_med(dt.date(2026, 11, 20))
        qtbot.waitUntil(lambda: page.busy_count == 0, timeout=15000)
    versions = sorted(ctx.repo.plan.plan_versions(), key=lambda v: v["version"])
    assert [v["variant"] for v in versions] == ["leder", "med"]
    for v in versions:
        text = pdf_text(ctx.repo.plan.plan_version_pdf(v["id"]))
        assert "20.11.2026" in text
        assert "Endnu ikke drøftet" not in text and "endnu ikke registreret som drøftet" not in text
        assert "UDKAST" not in text
        assert f"Version {v['version']} – behandlet i MED 20.11.2026" in text
    assert [m.held_on for m in ctx.repo.records.med_discussions()] == [dt.date(2026, 11, 20)]


# --- the MED edition of the Excel matrix from the GUI (as `export-matrix --med`) ----------
def test_med_excel_matrix_from_the_gui_names_nobody(demo_file, make_page, qtbot, tmp_path, monkeypatch):
    import io
    import re

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from kompetence_desktop import texts

    ctx, page = make_page(demo_file)
    for e in ctx.repo.staff.employees():  # nobody with a responsibility shown in the MED version
        UpdateRecord("employee", e.id, {"med_role": ""}).do(ctx.repo)
    # a competence whose name mentions a colleague: the MED sheet must not carry it
    emp = ctx.repo.staff.employees()[0]
    comp = ctx.repo.matrix.competences()[0]
    UpdateRecord("competence", comp.id, {"name": f"Medicinhåndtering (spørg {emp.name})"}).do(ctx.repo)
    ctx.notify("competences")
    keys = [page.doc.itemData(i) for i in range(page.doc.count())]
    assert "matrix_med" in keys and page.doc.itemText(keys.index("matrix_med")) == texts.DOC_CHOICES["matrix_med"]
    page.doc.setCurrentIndex(keys.index("matrix_med"))
    assert page.default_name("matrix_med").endswith("(MED).xlsx")
    out = tmp_path / "matrix MED.xlsx"
    save_as(monkeypatch, out)
    page.export()
    qtbot.waitUntil(lambda: page.busy_count == 0 and out.exists(), timeout=15000)
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    values = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    values += [str(wb.properties.creator or ""), str(wb.properties.title or "")]
    assert "Medarbejdere" not in wb.sheetnames
    staff = ctx.repo.staff.employees()
    assert staff
    for e in staff:
        for part in [e.name] + [w for w in e.name.replace("-", " ").split() if len(w) >= 3]:
            word = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.IGNORECASE)
            assert not any(word.search(v) for v in values), part
        assert e.initials not in values  # no column header, no cell is someone's initials
    head = [c.value for c in wb["Matrix"][4]]
    # no per-person columns in any form: counts per competence
    assert head[2:] == ["På eller over niveau", "Ét niveau under", "To eller flere under", "Ikke vurderet", "Sårbarhed"]

    # the leader's edition still has the initials and the staff sheet
    out2 = tmp_path / "matrix.xlsx"
    save_as(monkeypatch, out2)
    page.doc.setCurrentIndex(keys.index("matrix"))
    page.export()
    qtbot.waitUntil(lambda: page.busy_count == 0 and out2.exists(), timeout=15000)
    wb2 = load_workbook(io.BytesIO(out2.read_bytes()))
    assert "Medarbejdere" in wb2.sheetnames
    assert emp.initials in [c.value for c in wb2["Matrix"][4]] or not emp.is_active(ctx.repo.snapshot().today)


def test_documents_are_never_offered_into_a_demo_copys_temporary_folder(demo_template, make_page, tmp_path,
                                                                         monkeypatch):
    """A demo copy's folder is deleted when the demo closes: 'Gem som' starts in the home
    folder there, and beside the tilbud file otherwise."""
    import shutil
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from kompetence_desktop.operations.files import DEMO_DIR_PREFIX
    from kompetence_desktop.storage.tilbudfile import open_file

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filt: offered.append(Path(start)) or ("", "")))
    for folder in (tmp_path / f"{DEMO_DIR_PREFIX}abc", tmp_path / "Mine dokumenter"):
        folder.mkdir()
        p = folder / "lærkely.kompetence"
        shutil.copy(demo_template, p)
        with open_file(p) as f:
            ctx, page = make_page(f)
            page.export()
            page.reprint()
            from kompetence_desktop.ui.pages.aarshjul import AarshjulPage

            wheel = AarshjulPage(ctx)
            wheel.refresh()
            wheel.export_ics()  # the .ics calendar export
            wheel.deleteLater()
            from kompetence_desktop.ui.pages.spind import SpindPage

            spind = SpindPage(ctx)
            spind.refresh()
            spind.export_png()  # the kompetencespind as PNG
            spind.deleteLater()
    home, mine = Path.home(), tmp_path / "Mine dokumenter"
    assert [o.parent for o in offered] == [home, home, home, home, mine, mine, mine, mine]
    assert offered[2].suffix == ".ics" and offered[3].suffix == ".png"
