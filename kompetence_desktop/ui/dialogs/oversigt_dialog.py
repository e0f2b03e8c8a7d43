"""*Filer › Områdeoverblik…*: an anonymous overview of many tilbud files.

The områdeleder picks folders and/or files and where to save the overview
(PDF or Excel). The files are read strictly read-only (``storage.reader``:
no lock, no journal, no backup) on a worker thread, so the window stays
responsive; the dialog then lists the files that could not be read, with why.

Inside the program the files are read on one worker thread, not in worker
processes: starting processes from a program with Qt's threads running needs
a fresh interpreter per process (the "spawn" start), which costs more than
it saves for the tens of files an area has.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..plaintext import esc

TITLE = "Områdeoverblik"
INTRO = ("Lav et anonymt overblik over flere tilbud: vælg mapper med tilbudsfiler (.kompetence) eller "
         "enkelte filer. Filerne læses kun – de låses ikke og ændres ikke, heller ikke hvis en leder har "
         "dem åbne lige nu. Overblikket viser ingen navne, og antal under 3 personer står som »under 3«.")
FILE_FILTER = "Kompetencefiler (*.kompetence)"
NOTHING_CHOSEN = "Vælg mindst én mappe eller fil."
NO_FILES = "Der er ingen kompetencefiler (.kompetence) i det, du har valgt."
NONE_READ = "Ingen af filerne kunne læses, så der er intet overblik at gemme."
READING = "Læser {done} af {total} filer …"
DONE = "Gemte overblikket over {n} tilbud i {path}."


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # (AreaOverview, bytes | None, problem text | None)


class OversigtJob(QRunnable):
    """Read the files and render the overview off the GUI thread; only plain
    data (paths, the anonymous AreaOverview, bytes) crosses back."""

    def __init__(self, sources: list[Path], out: Path, today):
        super().__init__()
        self.sources = sources
        self.out = out
        self.today = today
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self):
        area, problem = None, None
        try:
            from ...reports import oversigt as report
            from ...reports.output import WriteFailed, write_atomic
            from ...operations import area as reader

            files = reader.collect(self.sources)
            if not files:
                problem = NO_FILES
            else:
                area = reader.read_all(files, self.today, workers=1,
                                       progress=lambda d, t: self.signals.progress.emit(d, t))
                if not area.tilbud:
                    problem = NONE_READ
                else:
                    render = report.render_oversigt_pdf if self.out.suffix.lower() == ".pdf" \
                        else report.render_oversigt_xlsx
                    try:
                        write_atomic(self.out, render(area))
                    except WriteFailed as exc:
                        problem = str(exc)
        except Exception as exc:  # never a traceback at the user
            problem = f"Overblikket kunne ikke laves ({exc.__class__.__name__}: {exc})."
        self.signals.done.emit((area, problem))


class OversigtDialog(QDialog):
    #: set False in tests: don't start the system's PDF viewer or Excel
    open_after = True

    def __init__(self, parent=None, start_folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.resize(620, 460)
        self.start_folder = start_folder or Path.home()
        self.sources: list[Path] = []
        self.job: OversigtJob | None = None
        self.last_output: Path | None = None
        self.last_area = None

        lay = QVBoxLayout(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_folder_btn = QPushButton("Tilføj mappe…")
        self.add_folder_btn.clicked.connect(self.add_folder)
        self.add_files_btn = QPushButton("Tilføj filer…")
        self.add_files_btn.clicked.connect(self.add_files)
        self.remove_btn = QPushButton("Fjern")
        self.remove_btn.clicked.connect(self.remove_selected)
        for b in (self.add_folder_btn, self.add_files_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(QLabel("Gem som:"))
        self.as_pdf = QRadioButton("PDF")
        self.as_pdf.setChecked(True)
        self.as_xlsx = QRadioButton("Excel")
        row.addWidget(self.as_pdf)
        row.addWidget(self.as_xlsx)
        lay.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        lay.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.make_btn = buttons.addButton("Lav overblik…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_btn.clicked.connect(self.make)
        close = buttons.addButton("Luk", QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)

    # ---------------------------------------------------------------- choosing
    def add_sources(self, paths) -> None:
        for p in paths:
            p = Path(p)
            if p not in self.sources:
                self.sources.append(p)
                self.list.addItem(f"{p}{' (mappe)' if p.is_dir() else ''}")

    def add_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, "Vælg en mappe med tilbudsfiler", str(self.start_folder))
        if d:
            self.add_sources([d])

    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Vælg tilbudsfiler", str(self.start_folder), FILE_FILTER)
        self.add_sources(files)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            i = self.list.row(item)
            self.list.takeItem(i)
            del self.sources[i]

    # ---------------------------------------------------------------- making
    def ask_output(self) -> Path | None:
        ext = "pdf" if self.as_pdf.isChecked() else "xlsx"
        kind = "PDF (*.pdf)" if ext == "pdf" else "Excel (*.xlsx)"
        folder = self.sources[0] if self.sources and self.sources[0].is_dir() else self.start_folder
        path, _ = QFileDialog.getSaveFileName(self, "Gem områdeoverblikket", str(Path(folder) / f"Områdeoverblik.{ext}"),
                                              kind)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == f".{ext}" else out.with_name(out.name + f".{ext}")

    def make(self) -> None:
        if not self.sources:
            self.status.setText(NOTHING_CHOSEN)
            return
        out = self.ask_output()
        if out is None:
            return
        from ...reports.output import output_problem
        from ...operations import area as reader

        problem = output_problem(out, out.suffix.lstrip("."), inputs=reader.collect(self.sources))
        if problem:
            self.status.setText(esc(problem))
            return
        from ...domain import dates

        self.last_output = None
        self._set_busy(True)
        self._out = out
        self.job = OversigtJob(list(self.sources), out, dates.today())
        # bound methods: a dialog closed while the files are read is simply not told
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(self._done)
        QThreadPool.globalInstance().start(self.job)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.make_btn, self.add_folder_btn, self.add_files_btn, self.remove_btn):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if busy:
            self.status.setText("Læser filerne …")

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(READING.format(done=done, total=total))

    def _done(self, result) -> None:
        from ...reports.oversigt import COULD_NOT_READ, unreadable_reason

        area, problem = result
        out = self._out
        self._set_busy(False)
        self.last_area = area
        lines = []
        if problem:
            lines.append(esc(problem))
        else:
            self.last_output = out
            lines.append(esc(DONE.format(n=len(area.tilbud), path=out)))
        if area is not None and area.unreadable:
            lines.append(f"<b>{len(area.unreadable)} {'fil' if len(area.unreadable) == 1 else 'filer'} "
                         f"{COULD_NOT_READ}:</b>")
            lines += [esc(f"{u.file}: {unreadable_reason(u.code)}") for u in area.unreadable]
        self.status.setText("<br/>".join(lines))
        if self.last_output is not None and self.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))


def run_oversigt(window) -> None:
    """The File-menu entry: the dialog, starting in the open file's folder."""
    ctx = getattr(window, "ctx", None)
    start = ctx.file.path.parent if ctx is not None else None
    OversigtDialog(window, start).exec()
