"""*Importér medarbejdere*: choose a CSV or Excel file, see exactly what would
be stored (a preview table with notes and problems), then import everything
in one transaction — or nothing, if any row is wrong."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import texts
from ...domain import dates
from ...operations import staff as importer
from ..plaintext import plain

IMPORT_FILTER = "Medarbejderlister (*.csv *.xlsx *.txt);;Alle filer (*)"


class ImportDialog(QDialog):
    COLUMNS = ("Linje", "Navn", "Initialer", "Stilling", "Uddannelse", "Team", "Ansat")
    COL_LINE, COL_NAME, COL_INITIALS, COL_JOB, COL_EDU, COL_TEAM, COL_START = range(7)

    def __init__(self, ctx, parent=None, source: str | Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview: importer.ImportPreview | None = None
        self.imported: list[int] = []
        self.setWindowTitle("Importér medarbejdere")
        self.resize(860, 560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            "Vælg en CSV-fil eller et Excel-ark (.xlsx). Første række skal være overskrifter: "
            "<b>Navn</b> (skal udfyldes), Initialer, Stilling, Uddannelse, Team, Ansat – i vilkårlig rækkefølge. "
            "Datoer som 01-08-2024, 01.08.2024, 1/8/2024 eller 2024-08-01.<br>"
            "Er der fejl i bare én række, importeres intet."
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(540)  # wrapped in a narrow column it would make the dialog taller than a laptop screen
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.choose = QPushButton("Vælg fil…")
        self.choose.clicked.connect(self.choose_file)
        self.source_label = QLabel("Ingen fil valgt.")
        self.source_label.setStyleSheet("color:#555;")
        row.addWidget(self.choose)
        row.addWidget(self.source_label, 1)
        lay.addLayout(row)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 3)

        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        lay.addWidget(self.messages, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight:bold;")
        lay.addWidget(self.summary)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton("Importér", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        buttons.addButton("Annuller", QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        lay.addWidget(buttons)
        if ctx.readonly:
            self.choose.setEnabled(False)
            self.summary.setText("Filen er åbnet skrivebeskyttet – der kan ikke importeres.")
        if source is not None:
            self.load(source)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Vælg medarbejderliste", str(Path.home()), IMPORT_FILTER)
        if path:
            self.load(path)

    def load(self, source) -> None:
        self.preview = prev = importer.preview(Path(source), self.ctx.repo)
        kind = texts.import_kind(prev)
        self.source_label.setText(plain(f"{Path(source).name}" + (f" – læst som {kind}" if kind else "")))
        self.table.setRowCount(len(prev.rows))
        italic = QFont()
        italic.setItalic(True)
        for r, row in enumerate(prev.rows):
            values = [
                str(row.line), row.name,
                row.initials + (" (foreslået)" if row.initials_suggested else ""),
                row.job_title, texts.EDUCATION_LABELS.get(row.education, row.education),
                row.team + (" (nyt)" if row.new_team else ""), dates.format_date(row.start_date),
            ]
            for c, v in enumerate(values):
                it = QTableWidgetItem(v)
                if c == self.COL_INITIALS and row.initials_suggested or c == self.COL_TEAM and row.new_team:
                    it.setFont(italic)
                if c == self.COL_LINE:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.line in prev.problem_lines:
                    it.setBackground(QColor("#fbdada"))
                self.table.setItem(r, c, it)
        self.messages.clear()
        for p in texts.import_problems(prev):
            it = QListWidgetItem("Fejl: " + p)
            it.setForeground(QColor("#a00000"))
            self.messages.addItem(it)
        for n in texts.import_notes(prev):
            self.messages.addItem(QListWidgetItem("Bemærk: " + n))
        self.summary.setText(plain(texts.import_summary(prev)))
        self.summary.setStyleSheet("font-weight:bold;" + ("color:#a00000;" if prev.problems else ""))
        self.import_button.setEnabled(prev.ok and not self.ctx.readonly)

    def do_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        from ...domain.rules import DomainError
        from ...operations.staff import ImportStaff
        from ..commands import push

        n = len(self.preview.rows)
        try:
            cmd = push(self.ctx, ImportStaff(self.preview),
                       f"Importér {texts.count_noun(n, 'medarbejder', 'medarbejdere')}")
            self.imported = cmd.op.ids
        except DomainError as exc:  # the file refused the write (read-only, lock lost)
            QMessageBox.warning(self, "Importen blev ikke gennemført",
                                plain(texts.domain_error(exc) + " " + texts.IMPORT_PROBLEMS["nothing_changed"]))
            return
        except importer.ImportRejected as exc:
            QMessageBox.warning(self, "Importen blev ikke gennemført", plain("\n".join(texts.import_problems(exc))))
            return
        except Exception as exc:  # never a traceback at the user
            QMessageBox.warning(self, "Importen blev ikke gennemført",
                                f"Intet er importeret ({exc.__class__.__name__}).")
            return
        self.accept()


def run_import(window) -> None:
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        QMessageBox.information(window, "Importér medarbejdere", "Åbn først en kompetencefil.")
        return
    if ctx.readonly:
        QMessageBox.information(window, "Importér medarbejdere",
                                "Filen er åbnet skrivebeskyttet – der kan ikke importeres.")
        return
    dlg = ImportDialog(ctx, window)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.imported:
        window.statusBar().showMessage(
            f"Importerede {texts.count_noun(len(dlg.imported), 'medarbejder', 'medarbejdere')}.", 6000)
        if hasattr(window, "show_page") and window.has_page("medarbejdere"):
            window.show_page("medarbejdere")
