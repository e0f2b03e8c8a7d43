"""*Filer › Importér selvvurderinger…* (also forms dropped on the window) and
*Filer › Lav selvvurderingsformularer…*.

The import shows, per employee and competence by competence, her own level
beside the leader's latest and the expected level, a difference of two or more
marked; refused forms are listed with the reason (file and row) and nothing is
stored from them. *Gem selvvurderinger* stores every accepted form in one
step that Ctrl+Z undoes.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ... import texts
from ..plaintext import plain

FORM_FILTER = "Selvvurderinger (*.xlsx);;Alle filer (*)"
TITLE = "Importér selvvurderinger"
MARK_COLOR = "#8a3b00"
REFUSED_COLOR = "#a00000"


def _level(v) -> str:
    from ...domain.rules import NOT_RELEVANT

    if v is NOT_RELEVANT:
        return "–"
    return "" if v is None else str(v)


class SelfAssessmentImportDialog(QDialog):
    COLUMNS = ("Medarbejder / kompetence", "Selv", "Leder", "Forventet", "Forskel", "Kommentar")
    COL_NAME, COL_SELF, COL_LEADER, COL_EXPECTED, COL_DIFF, COL_COMMENT = range(6)

    def __init__(self, ctx, paths, parent=None):
        super().__init__(parent)
        from ...operations.self_assessment import check_forms

        self.ctx = ctx
        self.stored = 0
        self.setWindowTitle(TITLE)
        self.resize(980, 620)
        lay = QVBoxLayout(self)
        intro = QLabel("Medarbejdernes egne vurderinger står ved siden af din seneste vurdering og det forventede "
                       "niveau. En forskel på to eller mere er markeret – et godt samtalepunkt til MUS. "
                       "Selvvurderingen gemmes ved siden af din vurdering; den ændrer ikke det aktuelle niveau.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        try:
            self.checked = check_forms(ctx.repo, [Path(p) for p in paths])
        except Exception as exc:  # never a traceback: the file itself could not be read
            self.checked = None
            lay.addWidget(QLabel(plain(f"Formularerne kunne ikke læses ({exc.__class__.__name__}).")))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels(self.COLUMNS)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        hh = self.tree.header()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.tree, 3)
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        lay.addWidget(self.messages, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight:bold;")
        lay.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.store_button = buttons.addButton("Gem selvvurderinger", QDialogButtonBox.ButtonRole.AcceptRole)
        self.store_button.clicked.connect(self.store)
        buttons.addButton("Annuller", QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        lay.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        c = self.checked
        if c is None:
            self.store_button.setEnabled(False)
            return
        bold = QFont()
        bold.setBold(True)
        for r in c.accepted:
            e = r.employee
            top = QTreeWidgetItem([plain(f"{e.name} ({e.initials}) – {r.path.name}")])
            top.setFont(self.COL_NAME, bold)
            self.tree.addTopLevelItem(top)
            for ln in r.lines:
                d = ln.difference
                it = QTreeWidgetItem([plain(ln.competence.name), _level(ln.self_value), _level(ln.leader_value),
                                      str(ln.competence.expected_level), f"{d:+d}" if d else "",
                                      plain(ln.comment)])
                for col in (self.COL_SELF, self.COL_LEADER, self.COL_EXPECTED, self.COL_DIFF):
                    it.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
                if ln.marked:
                    for col in range(len(self.COLUMNS)):
                        it.setForeground(col, QBrush(QColor(MARK_COLOR)))
                    it.setFont(self.COL_DIFF, bold)
                    it.setToolTip(self.COL_DIFF, "Forskel på to eller mere mellem selvvurderingen og din vurdering")
                top.addChild(it)
            if r.wishes:
                w = QTreeWidgetItem([plain("Ønsker: " + r.wishes.replace("\n", " / "))])
                top.addChild(w)
                w.setFirstColumnSpanned(True)
            top.setExpanded(True)
        for r in c.refused:
            for p in r.problems:
                it = QListWidgetItem(plain("Afvist: " + p))
                it.setForeground(QColor(REFUSED_COLOR))
                self.messages.addItem(it)
        for n in c.notes:
            self.messages.addItem(QListWidgetItem(plain("Bemærk: " + n)))
        n_cells = sum(len(r.lines) for r in c.accepted)
        parts = []
        if c.accepted:
            parts.append(f"{texts.count_noun(n_cells, 'selvvurdering', 'selvvurderinger')} fra "
                         f"{texts.count_noun(len(c.accepted), 'formular', 'formularer')} kan gemmes.")
        else:
            parts.append("Der er ingen selvvurderinger at gemme.")
        if c.refused:
            parts.append(f"{texts.count_noun(len(c.refused), 'formular', 'formularer')} er afvist; "
                         "intet gemmes fra dem.")
        self.summary.setText(plain(" ".join(parts)))
        self.summary.setStyleSheet("font-weight:bold;" + (f"color:{REFUSED_COLOR};" if c.refused else ""))
        self.store_button.setEnabled(bool(c.accepted) and not self.ctx.readonly)

    def store(self) -> None:
        from ...domain.rules import DomainError
        from ...operations.self_assessment import ImportSelfAssessments
        from ..commands import push

        if self.checked is None or not self.checked.accepted:
            return
        op = ImportSelfAssessments(self.checked.accepted)
        try:
            push(self.ctx, op, texts.SELF_FORM_UNDO)
        except DomainError as exc:  # the file refused the write, or a form was read in meanwhile
            QMessageBox.warning(self, TITLE, plain(texts.domain_error(exc) + " Intet er gemt."))
            return
        except Exception as exc:  # never a traceback at the user
            QMessageBox.warning(self, TITLE, f"Intet er gemt ({exc.__class__.__name__}).")
            return
        self.stored = op.cell_count
        self.accept()


def _usable_ctx(window, title: str):
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        QMessageBox.information(window, title, "Åbn først en kompetencefil.")
        return None
    return ctx


def run_import(window, paths=None) -> None:
    """Choose filled-in forms (or take the dropped ones), preview them, store them."""
    ctx = _usable_ctx(window, TITLE)
    if ctx is None:
        return
    if ctx.readonly:
        QMessageBox.information(window, TITLE, "Filen er åbnet skrivebeskyttet – der kan ikke importeres.")
        return
    if not paths:
        paths, _ = QFileDialog.getOpenFileNames(window, "Vælg udfyldte selvvurderinger", str(Path.home()),
                                                FORM_FILTER)
        if not paths:
            return
    dlg = SelfAssessmentImportDialog(ctx, paths, window)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.stored:
        window.statusBar().showMessage(
            f"Gemte {texts.count_noun(dlg.stored, 'selvvurdering', 'selvvurderinger')}.", 6000)


def make_forms(ctx, folder: Path) -> list[Path]:
    """One form per active employee in ``folder``; returns the files written. Raises
    DomainError/OSError (worded by the caller); a file already there is never overwritten."""
    from ...operations.self_assessment import EnsureFormSecret, form_specs
    from ...reports.output import write_atomic
    from ...reports.self_form import form_filename, render_self_form

    repo = ctx.repo
    today = repo.clock()
    people = [e for e in repo.staff.employees() if e.is_active(today) and not e.anonymised]
    EnsureFormSecret(round_started=today).do(repo)
    written = []
    for spec in form_specs(repo, [e.id for e in people]):
        p = folder / form_filename(spec.employee, today)
        n = 2
        while p.exists():
            p = folder / f"{form_filename(spec.employee, today)[:-5]} ({n}).xlsx"
            n += 1
        write_atomic(p, render_self_form(spec))
        written.append(p)
    return written


def save_form_for(parent, ctx, employee_id: int) -> Path | None:
    """*Lav selvvurderingsformular…* on the employee's page: one form, saved where the leader chooses."""
    from ...domain.rules import DomainError
    from ...operations.self_assessment import EnsureFormSecret, form_specs
    from ...reports.output import WriteFailed, output_problem, write_atomic
    from ...reports.self_form import form_filename, render_self_form

    title = "Lav selvvurderingsformular"
    repo = ctx.repo
    if ctx.readonly or not repo.matrix.competences():
        QMessageBox.information(parent, title, "Filen er skrivebeskyttet, eller profilen har ingen kompetencer.")
        return None
    e = repo.staff.employee(employee_id)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / form_filename(e, repo.clock())),
                                          "Excel (*.xlsx)")
    if not path:
        return None
    out = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    problem = output_problem(out, "xlsx", inputs=[ctx.file.path])
    if problem:
        QMessageBox.warning(parent, title, plain(problem))
        return None
    try:
        EnsureFormSecret().do(repo)
        write_atomic(out, render_self_form(form_specs(repo, [employee_id])[0]))
    except (DomainError, WriteFailed, OSError) as exc:
        why = texts.domain_error(exc) if isinstance(exc, DomainError) else (
            str(exc) if isinstance(exc, WriteFailed) else "filen kan ikke skrives.")
        QMessageBox.warning(parent, title, plain(f"Formularen blev ikke lavet: {why}"))
        return None
    ctx.status.emit(plain(f"Selvvurderingsformularen for {e.name} er gemt som {out}."))
    return out


def run_make_forms(window) -> None:
    title = "Lav selvvurderingsformularer"
    ctx = _usable_ctx(window, title)
    if ctx is None:
        return
    if ctx.readonly:
        QMessageBox.information(window, title, "Filen er åbnet skrivebeskyttet – der kan ikke laves formularer.")
        return
    repo = ctx.repo
    if not repo.matrix.competences() or not any(e.is_active(repo.clock()) for e in repo.staff.employees()):
        QMessageBox.information(window, title, "Der skal være aktive medarbejdere og kompetencer i profilen først.")
        return
    folder = QFileDialog.getExistingDirectory(window, "Vælg en mappe til formularerne", str(Path.home()))
    if not folder:
        return
    try:
        written = make_forms(ctx, Path(folder))
    except Exception as exc:  # a full disk, a closed folder, a file that refuses the write
        from ...domain.rules import DomainError
        from ...reports.output import WriteFailed

        if isinstance(exc, DomainError):
            why = texts.domain_error(exc)
        elif isinstance(exc, WriteFailed):
            why = str(exc)
        else:
            why = f"mappen eller filen kan ikke skrives ({exc.__class__.__name__})."
        QMessageBox.warning(window, title, plain(f"Formularerne blev ikke lavet: {why}"))
        return
    QMessageBox.information(window, title, plain(
        f"{texts.count_noun(len(written), 'formular', 'formularer')} er gemt i {folder}. Send hver medarbejder "
        "sin fil; når de kommer tilbage, vælger du Filer › Importér selvvurderinger… (eller trækker filerne "
        "ind i vinduet)."))
