"""Udskrifter: choose a document (the plan in the leader's or the MED version,
MUS-forberedelse, udviklingsaftale, indsigt, the matrix to Excel), see the
plan's requirement check first (a missing item jumps to where it is fixed),
export in a worker thread with a busy indicator, open the result in the
system's viewer — and keep a printed plan as version N *behandlet i MED*, with
reprint and a "what changed" comparison between two versions.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain import dates, requirements
from ...reports.output import WriteFailed, write_atomic
from ._plan_common import fit_combo

ROLE_REQ = Qt.UserRole + 1


def document_folder(ctx) -> Path:
    """Where a document (PDF, Excel, calendar) is offered to be saved: beside the tilbud
    file — but never in a demo copy's temporary folder, which is deleted when the demo closes."""
    from ...operations.files import DEMO_DIR_PREFIX

    path = getattr(ctx.file, "path", None)
    if path is None or Path(path).parent.name.startswith(DEMO_DIR_PREFIX):
        return Path.home()
    return Path(path).parent


class _Signals(QObject):
    done = Signal(object, object)  # (bytes, tag)
    failed = Signal(str, object)


class RenderJob(QRunnable):
    """Render a document off the GUI thread. ``fn`` gets only plain data (a
    Snapshot, lists) — never the sqlite connection, which belongs to the GUI thread."""

    def __init__(self, fn, tag=None, out: Path | None = None):
        super().__init__()
        self.fn = fn
        self.tag = tag
        self.out = out
        self.signals = _Signals()
        #: set when run() is over (the page waits for it when the file closes)
        self.finished = threading.Event()
        self.setAutoDelete(True)

    def run(self):
        try:
            data = self.fn()
            if self.out is not None:
                _write_atomic(self.out, data)
            self._report(self.signals.done, data, self.tag)
        except WriteFailed as exc:  # one Danish sentence about the chosen path
            self._report(self.signals.failed, str(exc), self.tag)
        except Exception as exc:  # never a traceback at the user
            self._report(self.signals.failed, f"Dokumentet kunne ikke laves ({exc.__class__.__name__}: {exc}).",
                         self.tag)
        finally:
            self.finished.set()

    @staticmethod
    def _report(signal, *args) -> None:
        """Tell the page — unless the page (and the signal's source) went with a closed
        file or program: then nobody is left to tell, and that is not an error."""
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


def _write_atomic(out: Path, data: bytes) -> None:
    write_atomic(out, data)


class UdskrifterPage(QWidget):
    KEY = "udskrifter"
    TITLE = "Udskrifter"

    #: set False in tests: don't start the system's PDF viewer
    open_after = True

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool.globalInstance()
        self._jobs: list[RenderJob] = []
        self.last_output: Path | None = None
        self.busy_count = 0

        lay = QVBoxLayout(self)
        title = QLabel(f"<h2>{self.TITLE}</h2>")
        lay.addWidget(title)

        top = QHBoxLayout()
        lay.addLayout(top, 2)

        self._build_document_box(top)
        self._build_requirements_box(top)
        self._build_archive_box(lay)

        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _build_document_box(self, top) -> None:
        # --- choose and export ---------------------------------------------------------------
        box = QGroupBox("Dokument")
        form = QFormLayout(box)
        self.doc = QComboBox()
        for key, label in texts.DOC_CHOICES.items():
            self.doc.addItem(label, key)
        self.doc.currentIndexChanged.connect(self._doc_changed)
        form.addRow("Udskriv", self.doc)
        self.employee = QComboBox()
        # a long name must not widen the page (and the window): elided in the box, whole in the
        # open list and in the tooltip
        fit_combo(self.employee, 24, 360)
        self.employee.currentIndexChanged.connect(self._employee_tip)
        form.addRow("Medarbejder", self.employee)
        self.med_preview_btn = QPushButton(texts.MED_PREVIEW_BUTTON)
        self.med_preview_btn.clicked.connect(self.show_med_preview)
        form.addRow("", self.med_preview_btn)
        self.export_btn = QPushButton("Gem og åbn…")
        self.export_btn.clicked.connect(self.export)
        form.addRow("", self.export_btn)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        form.addRow("", self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        form.addRow("", self.status)
        top.addWidget(box, 1)

    def _build_requirements_box(self, top) -> None:
        # --- requirement check ----------------------------------------------------------------
        box = QGroupBox("Planens krav")
        v = QVBoxLayout(box)
        self.req_summary = QLabel("")
        self.req_summary.setWordWrap(True)
        v.addWidget(self.req_summary)
        self.req_list = QListWidget()
        self.req_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.req_list.setWordWrap(True)
        self.req_list.itemActivated.connect(self._req_clicked)
        self.req_list.itemClicked.connect(self._req_clicked)
        v.addWidget(self.req_list)
        hint = QLabel("Klik på et manglende krav for at gå til det sted, hvor det rettes.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        v.addWidget(hint)
        top.addWidget(box, 1)

    def _build_archive_box(self, lay) -> None:
        # --- archive -----------------------------------------------------------------------------
        box = QGroupBox("Behandlet i MED – arkiv")
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel("Dato for MED-mødet"))
        self.med_date = QDateEdit()
        self.med_date.setCalendarPopup(True)
        self.med_date.setDisplayFormat("dd.MM.yyyy")
        row.addWidget(self.med_date)
        self.mark_btn = QPushButton("Markér som behandlet i MED")
        self.mark_btn.setToolTip("Gemmer den udskrevne plan i filen som næste version, så den kan udskrives igen.")
        self.mark_btn.clicked.connect(lambda: self.mark_med())
        row.addWidget(self.mark_btn)
        row.addStretch(1)
        v.addLayout(row)
        self.versions = QTableWidget(0, 6)
        self.versions.setHorizontalHeaderLabels(
            ["Version", "Behandlet i MED", "Udgave", "Medarbejdere", "Samlet gab", "Aktiviteter"])
        self.versions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.versions)
        row = QHBoxLayout()
        self.reprint_btn = QPushButton("Udskriv igen…")
        self.reprint_btn.clicked.connect(self.reprint)
        row.addWidget(self.reprint_btn)
        self.compare_btn = QPushButton("Sammenlign")
        self.compare_btn.setToolTip("Markér to versioner (eller én: sammenlignes med planen, som den er nu).")
        self.compare_btn.clicked.connect(self.compare)
        row.addWidget(self.compare_btn)
        row.addStretch(1)
        v.addLayout(row)
        self.compare_view = QPlainTextEdit()
        self.compare_view.setReadOnly(True)
        self.compare_view.setPlaceholderText("Hvad er ændret mellem to versioner: medarbejdere, gab og aktiviteter.")
        self.compare_view.setMaximumHeight(160)
        v.addWidget(self.compare_view)
        lay.addWidget(box, 3)

    # ------------------------------------------------------------------ state
    def _on_changed(self, topic: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        repo = self.ctx.repo
        self._snapshot = repo.snapshot()
        cur = self.employee.currentData()
        self.employee.blockSignals(True)
        self.employee.clear()
        for e in self._snapshot.employees:
            label = f"{e.name} ({e.initials})"
            if not e.is_active(self._snapshot.today):
                label += " – fratrådt"
            self.employee.addItem(label, e.id)
            self.employee.setItemData(self.employee.count() - 1, label, Qt.ToolTipRole)
        if cur is not None:
            i = self.employee.findData(cur)
            if i >= 0:
                self.employee.setCurrentIndex(i)
        self.employee.blockSignals(False)
        self._employee_tip()
        today = dates.today()
        self.med_date.setMaximumDate(QDate(today.year, today.month, today.day))
        if not getattr(self, "_date_set", False):
            self.med_date.setDate(QDate(today.year, today.month, today.day))
            self._date_set = True
        self._fill_requirements()
        self._fill_versions()
        self._doc_changed()

    def _employee_tip(self, *_a) -> None:
        self.employee.setToolTip(self.employee.currentText())

    def _fill_requirements(self) -> None:
        reqs = requirements.check(self._snapshot)
        self.reqs = reqs
        self.req_list.clear()
        missing = [r for r in reqs if not r.met]
        for r in sorted(reqs, key=lambda r: (r.met, r.section)):
            where = "" if r.met else f"  → {texts.PAGE_LABELS.get(r.page, r.page)}"
            item = QListWidgetItem(("✔ " if r.met else "✘ ") + texts.requirement_text(r) + where)
            item.setData(ROLE_REQ, r)
            item.setForeground(QColor("#1e7b34") if r.met else QColor("#b03a2e"))
            if not r.met:
                item.setToolTip(f"Ret under {texts.PAGE_LABELS.get(r.page, r.page)}")
            self.req_list.addItem(item)
        if missing:
            self.req_summary.setText(
                f"<b>Planen opfylder {len(reqs) - len(missing)} af {len(reqs)} krav.</b> "
                "Den kan udskrives, men bliver mærket UDKAST på hver side.")
        else:
            self.req_summary.setText(f"<b>Planen opfylder alle {len(reqs)} krav.</b>")

    def _req_clicked(self, item: QListWidgetItem) -> None:
        r = item.data(ROLE_REQ)
        if r is not None and not r.met:
            self.ctx.navigate.emit(r.page, r.payload)

    def _doc_changed(self, *_a) -> None:
        key = self.doc.currentData()
        self.employee.setEnabled(key in ("mus", "aftale", "indsigt"))
        self.med_preview_btn.setVisible(key in ("plan_med", "matrix_med"))
        ro = self.ctx.readonly
        self.mark_btn.setEnabled(not ro and key in ("plan", "plan_med"))
        self.mark_btn.setToolTip("Filen er skrivebeskyttet." if ro else
                                 "Gemmer den udskrevne plan i filen som næste version.")

    def show_med_preview(self) -> None:
        """The texts in which the MED version replaces a name, before and after (see reports.med_names)."""
        from ...reports.med_names import preview
        from ..dialogs.med_preview import MedPreviewDialog

        MedPreviewDialog(preview(self.ctx.repo.snapshot()), self).exec()

    def _fill_versions(self) -> None:
        self._versions = self.ctx.repo.plan.plan_versions()
        self.versions.setRowCount(len(self._versions))
        for r, v in enumerate(self._versions):
            sm = v["summary"] or {}
            gap = sum(g.get("gap", 0) for g in sm.get("gaps", {}).values())
            cells = [str(v["version"]), dates.format_date(v["med_date"]),
                     "MED-udgave" if v["variant"] == "med" else "Lederens udgave",
                     str(len(sm.get("staff", {}))), str(gap), str(len(sm.get("activities", {})))]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.UserRole, v["id"])
                self.versions.setItem(r, c, it)
        self.versions.resizeColumnsToContents()
        self.reprint_btn.setEnabled(bool(self._versions))
        self.compare_btn.setEnabled(bool(self._versions))

    # ------------------------------------------------------------------ export
    def _render_fn(self, key: str, version_label: str | None = None, snapshot=None):
        """A function that renders the chosen document from data gathered now (GUI thread)."""
        s = snapshot if snapshot is not None else self.ctx.repo.snapshot()
        eid = self.employee.currentData()
        if key in ("plan", "plan_med"):
            med = key == "plan_med"

            def fn():
                from ...reports.plan import render_plan

                return render_plan(s, med=med, version_label=version_label)
            return fn, "pdf"
        if key in ("matrix", "matrix_med"):
            med = key == "matrix_med"  # counts per competence, no staff sheet (as export-matrix --med)

            def fn():
                from ...reports.matrix_xlsx import render_matrix_xlsx

                return render_matrix_xlsx(s, med=med)
            return fn, "xlsx"
        if key in ("tilsyn", "tilsyn_initialer"):
            versions = self.ctx.repo.plan.plan_versions()
            initials = key == "tilsyn_initialer"

            def fn():
                from ...reports.tilsyn import render_tilsyn

                return render_tilsyn(s, versions, initials=initials)
            return fn, "pdf"
        if eid is None:
            raise LookupError
        if key == "indsigt":
            assessments = self.ctx.repo.matrix.assessments(eid)
            versions = self.ctx.repo.plan.plan_versions()

            def fn():
                from ...reports.indsigt import render_indsigt

                return render_indsigt(s, eid, assessments, versions)
            return fn, "pdf"
        from ...operations.self_assessment import latest_wishes

        wishes = latest_wishes(self.ctx.repo, eid) if key == "mus" else None

        def fn():
            from ...reports import mus

            return mus.render_mus(s, eid, wishes) if key == "mus" else mus.render_aftale(s, eid)
        return fn, "pdf"

    def default_name(self, key: str) -> str:
        navn = (self._snapshot.profile.get("navn", "") or "tilbud").replace("/", "-")
        e = next((x for x in self._snapshot.employees if x.id == self.employee.currentData()), None)
        ini = e.initials if e else ""
        return {
            "plan": f"Kompetenceudviklingsplan {navn}.pdf",
            "plan_med": f"Kompetenceudviklingsplan {navn} (MED).pdf",
            "mus": f"MUS-forberedelse {ini}.pdf",
            "aftale": f"Udviklingsaftale {ini}.pdf",
            "indsigt": f"Indsigt {ini}.pdf",
            "matrix": f"Kompetencematrix {navn}.xlsx",
            "matrix_med": f"Kompetencematrix {navn} (MED).xlsx",
            "tilsyn": f"{texts.TILSYN_FILE_STEM} {navn}.pdf",
            "tilsyn_initialer": f"{texts.TILSYN_FILE_STEM} {navn} (initialer).pdf",
        }[key]

    def export(self) -> None:
        key = self.doc.currentData()
        try:
            fn, ext = self._render_fn(key)
        except LookupError:
            QMessageBox.information(self, self.TITLE, "Vælg en medarbejder først.")
            return
        filt = "PDF (*.pdf)" if ext == "pdf" else "Excel-projektmappe (*.xlsx)"
        start = str(self._save_folder() / self.default_name(key))
        path, _ = QFileDialog.getSaveFileName(self, "Gem som", start, filt)
        if not path:
            return
        out = self._checked_output(path, ext)
        if out is None:
            return
        self._start(fn, ("export", out), out)

    #: the last refusal shown by _checked_output (tests read it)
    last_problem: str | None = None

    def _checked_output(self, path: str, ext: str) -> Path | None:
        """The chosen path if a ``.ext`` document may go there; else a message and None.
        Never onto the open tilbud file, another tilbud or lock file, or a file of another kind.
        A name typed without any extension gets ``.ext`` (asking before replacing a file)."""
        from ...reports.output import output_problem

        out = Path(path)
        if not out.suffix:
            out = out.with_name(out.name + f".{ext}")
            if out.exists() and output_problem(out, ext, [getattr(self.ctx.file, "path", None)]) is None:
                answer = QMessageBox.question(self, self.TITLE, texts.OUTPUT_REPLACE_QUESTION.format(path=out))
                if answer != QMessageBox.Yes:
                    return None
        problem = output_problem(out, ext, [getattr(self.ctx.file, "path", None)])
        self.last_problem = problem
        if problem:
            self.status.setText(problem)
            QMessageBox.warning(self, self.TITLE, problem)
            return None
        return out

    #: the longest closing the file waits for a document being made (seconds)
    CLOSE_WAIT = 60.0

    def before_close(self) -> None:
        """The file is closing: let a document being made finish (it is written where
        the leader asked) before the page goes; its report then reaches nobody, quietly."""
        deadline = time.monotonic() + self.CLOSE_WAIT
        for job in list(self._jobs):
            job.finished.wait(max(0.0, deadline - time.monotonic()))

    def _start(self, fn, tag, out=None) -> None:
        job = RenderJob(fn, tag, out)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        self._jobs.append(job)  # keep the signals object alive until it reports
        self._busy(+1)
        self.pool.start(job)

    def _busy(self, delta: int) -> None:
        self.busy_count += delta
        busy = self.busy_count > 0
        self.progress.setVisible(busy)
        self.export_btn.setEnabled(not busy)
        self.mark_btn.setEnabled(not busy and not self.ctx.readonly and self.doc.currentData() in ("plan", "plan_med"))
        if busy:
            self.status.setText("Laver dokumentet …")

    def _forget(self, tag) -> None:
        self._jobs = [j for j in self._jobs if j.tag is not tag]

    def _job_done(self, data, tag) -> None:
        self._busy(-1)
        self._forget(tag)
        kind = tag[0]
        if kind == "export":
            out = tag[1]
            self.last_output = out
            self.status.setText(f"Gemt: {out}")
            self.ctx.status.emit(f"Gemt {out.name}")
            if self.open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        elif kind == "mark":
            op = tag[1]
            op.pdf = data
            from ..commands import push

            try:
                push(self.ctx, op, f"Version {op.version} behandlet i MED")
            except Exception as exc:  # read-only, lock lost, …
                from ...domain.rules import DomainError

                msg = texts.domain_error(exc) if isinstance(exc, DomainError) else "Versionen kunne ikke gemmes."
                QMessageBox.warning(self, self.TITLE, msg)
                self.status.setText("")
                return
            self.status.setText(f"Planen er gemt som version {op.version}, behandlet i MED "
                                f"{dates.format_date(op.med_date)}.")
        elif kind == "reprint":
            pass

    def _job_failed(self, message: str, tag) -> None:
        self._busy(-1)
        self._forget(tag)
        self.status.setText("")
        QMessageBox.warning(self, self.TITLE, message)

    # ------------------------------------------------------------------ archive
    def mark_med(self, med_date: dt.date | None = None) -> None:
        """Render the chosen plan edition as version N and keep it, behandlet i MED on ``med_date``."""
        from ...domain.rules import DomainError
        from ...operations import ArchivePlan

        if self.ctx.readonly:
            return
        if med_date is None:
            q = self.med_date.date()
            med_date = dt.date(q.year(), q.month(), q.day())
        key = self.doc.currentData()
        if key not in ("plan", "plan_med"):
            self.doc.setCurrentIndex(self.doc.findData("plan"))
            key = "plan"
        op = ArchivePlan(med_date, "med" if key == "plan_med" else "leder")
        try:
            # the archived plan documents this very MED meeting: rendered from a snapshot
            # that holds the discussion the operation will record
            snap, label = op.prepare(self.ctx.repo)
        except DomainError as exc:
            QMessageBox.warning(self, self.TITLE, texts.domain_error(exc))
            return
        fn, _ext = self._render_fn(key, version_label=label, snapshot=snap)
        self._start(fn, ("mark", op))

    def _selected_versions(self) -> list[dict]:
        rows = sorted({i.row() for i in self.versions.selectedIndexes()})
        return [self._versions[r] for r in rows if r < len(self._versions)]

    def _save_folder(self) -> Path:
        return document_folder(self.ctx)

    def reprint(self) -> None:
        sel = self._selected_versions() or self._versions[:1]
        if not sel:
            return
        v = sel[0]
        data = self.ctx.repo.plan.plan_version_pdf(v["id"])
        path, _ = QFileDialog.getSaveFileName(
            self, "Gem som", str(self._save_folder() / f"Kompetenceudviklingsplan version {v['version']}.pdf"),
            "PDF (*.pdf)")
        if not path:
            return
        out = self._checked_output(path, "pdf")
        if out is None:
            return
        self._start(lambda: data, ("export", out), out)

    def compare(self) -> list[str]:
        """What changed: between two selected versions, or the selected one and the plan as it is now."""
        from ...domain.plan_summary import compare, summarise

        sel = self._selected_versions() or self._versions[:1]
        if not sel:
            return []
        if len(sel) >= 2:
            old, new = sorted(sel[:2], key=lambda v: v["version"])
            head = f"Fra version {old['version']} til version {new['version']}:"
            changes = compare(old["summary"], new["summary"])
        else:
            old = sel[0]
            head = f"Fra version {old['version']} til planen, som den er nu:"
            changes = compare(old["summary"], summarise(self.ctx.repo.snapshot()))
        lines = [texts.plan_change_text(c) for c in changes] or ["Ingen ændringer."]
        self.compare_view.setPlainText("\n".join([head, *("• " + x for x in lines)]))
        return lines
