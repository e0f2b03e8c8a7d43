"""*Gendan fra sikkerhedskopi*: the backups of a file by date; restoring asks
for a NEW file name and never writes over the open file. Also: the offer of
the newest backup when a file turns out damaged, the automatic backup after
opening, and the File-menu wiring of the data-safety actions.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import texts
from ..plaintext import esc, plain


class _LazyBackup:
    """``storage.backup`` (hashlib, ...) loads on first use, not while the main
    window is built before the first paint."""

    def __getattr__(self, name):
        from ...operations import backups as module

        return getattr(module, name)


backup = _LazyBackup()

FILE_FILTER = "Kompetencefiler (*.kompetence)"


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} kB"
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def ask_new_path(parent, source: Path, when_label: str = "") -> Path | None:
    """Ask for the new file's name (never the open file, never an existing one)."""
    stem = source.stem
    suggestion = source.with_name(f"{stem} (gendannet).kompetence")
    n = 2
    while suggestion.exists():
        suggestion = source.with_name(f"{stem} (gendannet {n}).kompetence")
        n += 1
    path, _ = QFileDialog.getSaveFileName(parent, "Gendan som ny fil", str(suggestion), FILE_FILTER)
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() != ".kompetence":
        p = p.with_name(p.name + ".kompetence")
    return p


def restore_to_new_file(parent, item: backup.BackupInfo, original: Path) -> Path | None:
    """Ask for a name and restore ``item`` there; a Danish message on failure."""
    new = ask_new_path(parent, original, item.label)
    if new is None:
        return None
    try:
        if new.exists() or new.resolve() == Path(original).resolve():
            raise backup.BackupError("exists", new)
        return backup.restore(item.path, new)
    except backup.BackupError as exc:
        msg = texts.backup_problem(exc)
        if exc.code == "damaged_backup":  # name the next older backup that is whole
            nxt = backup.next_good_before(item.path)
            msg += (" " + texts.RESTORE_NEXT_IN_LIST.format(when=nxt.label) if nxt is not None
                    else texts.RESTORE_NO_OTHER_BACKUP)
        QMessageBox.warning(parent, "Gendan fra sikkerhedskopi", plain(msg))
    except OSError as exc:
        QMessageBox.warning(parent, "Gendan fra sikkerhedskopi",
                            f"Filen kunne ikke skrives: {exc.strerror or exc}")
    return None


class RestoreDialog(QDialog):
    """Lists the backups of ``path`` newest first. ``restored`` is the new file after OK."""

    COL_WHEN, COL_SIZE = 0, 1

    def __init__(self, path, parent=None, open_file=None):
        super().__init__(parent)
        self.path = Path(path)
        self.open_file = open_file  # an open TilbudFile, for "Tag en sikkerhedskopi nu"
        self.restored: Path | None = None
        self.setWindowTitle("Gendan fra sikkerhedskopi")
        self.setMinimumSize(520, 380)
        lay = QVBoxLayout(self)
        intro = QLabel(
            f"Sikkerhedskopier af <b>{esc(self.path.name)}</b>, nyeste først. Programmet tager én om dagen, "
            "når filen åbnes, og gemmer de 10 nyeste samt én pr. måned i et år.<br>"
            "En gendannelse laver en <b>ny fil</b> – den åbne fil bliver ikke ændret."
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Taget", "Størrelse"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(self.COL_WHEN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._restore)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(texts.DAMAGED_NO_BACKUP)
        self.empty.setStyleSheet("color:#555;")
        lay.addWidget(self.empty)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet("color:#555; font-size:11px;")
        lay.addWidget(self.folder)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton("Gendan som ny fil…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self._restore)
        self.now_button = QPushButton("Tag en sikkerhedskopi nu")
        self.now_button.clicked.connect(self._backup_now)
        self.now_button.setVisible(open_file is not None)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton("Luk", QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.items = backup.list_backups(self.path)
        self.table.setRowCount(len(self.items))
        for r, b in enumerate(self.items):
            self.table.setItem(r, self.COL_WHEN, QTableWidgetItem(b.label))
            s = QTableWidgetItem(_size(b.size))
            s.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, self.COL_SIZE, s)
        if self.items:
            self.table.selectRow(0)
        self.empty.setVisible(not self.items)
        self.restore_button.setEnabled(bool(self.items))
        self.folder.setText(plain(f"Mappe: {backup.folder_for(self.path)}"))

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.items[rows[0].row()]

    def _restore(self, *_args) -> None:
        item = self.selected()
        if item is None:
            return
        new = restore_to_new_file(self, item, self.path)
        if new is not None:
            self.restored = new
            self.accept()

    def _backup_now(self) -> None:
        try:
            out = backup.backup_now(self.open_file)
        except (backup.BackupError, OSError) as exc:
            msg = texts.backup_problem(exc) if isinstance(exc, backup.BackupError) else str(exc)
            QMessageBox.warning(self, "Sikkerhedskopi", plain(msg))
            return
        self.reload()
        QMessageBox.information(self, "Sikkerhedskopi", plain(texts.BACKUP_DONE.format(path=out)))


# ---------------------------------------------------------------------- window glue
def restore_from_backup(window) -> None:
    """File menu → *Gendan fra sikkerhedskopi…*: pick a backup of the open (or
    last) file, restore it as a new file and open that."""
    ctx = getattr(window, "ctx", None)
    if ctx is not None:
        path, open_file = ctx.file.path, ctx.file
    else:
        last = window.settings.last_file() if hasattr(window, "settings") else None
        if not last:
            path_s, _ = QFileDialog.getOpenFileName(window, "Hvilken fil skal gendannes?", "", FILE_FILTER)
            if not path_s:
                return
            last = path_s
        path, open_file = Path(last), None
    dlg = RestoreDialog(path, window, open_file)
    if dlg.exec() == QDialog.DialogCode.Accepted and dlg.restored is not None:
        _open_restored(window, dlg.restored)


def _open_restored(window, new: Path) -> None:
    if hasattr(window, "open_path") and window.open_path(new):
        window.statusBar().showMessage(f"Gendannet som {new}", 8000)


def offer_newest_backup(window, path) -> bool | None:
    """After a damaged file was refused: say so and offer its newest backup as
    a new file. None if there is no backup (the caller shows its usual
    message); otherwise True if a restored file was opened."""
    try:
        newest = backup.newest_good_for(path)  # never a damaged backup
    except OSError:
        newest = None
    if newest is None:
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Filen er beskadiget")
    box.setText(plain(texts.file_problem("damaged", path)))
    box.setInformativeText(texts.DAMAGED_OFFER_BACKUP.format(when=newest.label))
    yes = box.addButton("Gendan som ny fil…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Annuller", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not yes:
        return False
    new = restore_to_new_file(window, newest, Path(path))
    if new is None:
        return False
    _open_restored(window, new)
    return True


def schedule_auto_backup(window, file, delay_ms: int = 1500) -> None:
    """The daily backup on opening, after the first paint (never blocks the start)."""
    def run():
        ctx = getattr(window, "ctx", None)
        if ctx is None or ctx.file is not file:
            return  # the file was closed meanwhile
        try:
            file.check_integrity()  # deferred at opening: never back up a damaged file
        except Exception:  # the window tells the user
            return
        out = backup.auto_backup(file)
        if out is not None:
            window.statusBar().showMessage("Dagens sikkerhedskopi er gemt.", 4000)

    QTimer.singleShot(delay_ms, run)
