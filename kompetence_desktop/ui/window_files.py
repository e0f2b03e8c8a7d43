"""The main window's file commands around opening a file: Ny/Åbn dialogs, the
demo copy, Gem kopi som, closing, a file or forms dropped on the window, and the
quiet work after opening (daily backup, warm-up). A mixin of ``MainWindow``:
opening itself (``open_path``) and a damaged file stay in ``main_window``, the
one window module that holds the storage layer.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import texts
from . import settings as S
from .plaintext import plain

FILE_FILTER = "Kompetencefiler (*.kompetence)"


def dropped_forms(mime) -> list[str]:
    """The local .xlsx files dropped on the window: filled-in self-assessment forms."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".xlsx")]


def dropped_path(mime) -> Path | None:
    """The one local file dropped on the window, or None (several files, a web link)."""
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    return Path(urls[0].toLocalFile())


class FileActions:
    """File commands of ``MainWindow`` (see the module's doc)."""

    def close_file(self, keep_demo: bool = False) -> None:
        """Save pending text, close the file, show the welcome page. A demo copy
        is deleted (unless ``keep_demo``: it is about to be opened again)."""
        if self.ctx is None:
            return
        if self._check_poll is not None:
            self._check_poll.stop()
            self._check_poll = None
        self.flush_pages()
        self.settings.set(S.LAST_PAGE, self.current_page_key() or "")
        for page in self._pages.values():  # a document being made is finished first (Udskrifter)
            fn = getattr(page, "before_close", None)
            if fn is not None:
                fn()
        for key, page in list(self._pages.items()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        ctx, self.ctx = self.ctx, None
        demo, self._demo_copy = self._demo_copy, None
        try:
            ctx.undo_stack.clear()
            ctx.file.close()
        finally:
            ctx.deleteLater()
            if demo is not None and not keep_demo:
                from ..operations.files import discard_demo_copy

                discard_demo_copy(demo)
        self.stack.setCurrentWidget(self.welcome)
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.nav.setEnabled(False)
        self.banner.setVisible(False)
        self.readonly_label.setVisible(False)
        self._update_title()
        self._update_undo_actions()
        self._update_file_actions()

    def flush_pages(self) -> None:
        """Ask every page with unsaved typing to store it now."""
        for page in self._pages.values():
            fn = getattr(page, "flush", None)
            if fn is not None:
                try:
                    fn()
                except Exception as exc:
                    self._status(f"Kunne ikke gemme: {exc}")

    def open_dialog(self) -> None:
        start = str(Path(self.settings.last_file()).parent) if self.settings.last_file() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Åbn kompetencefil", start, FILE_FILTER + ";;Alle filer (*)")
        if path:
            self.open_path(path)

    def open_demo(self) -> None:
        from ..operations.files import make_demo_copy
        from ..reports.plan import render_plan

        try:
            p = make_demo_copy(render_plan)
        except Exception as exc:
            self._problem(f"Demotilbuddet kunne ikke laves: {exc}", False)
            return
        self.open_path(p, demo=True)

    def save_copy_as(self) -> bool:
        """Write a complete copy of the open file (SQLite's backup API); the original stays open."""
        if self.ctx is None:
            return False
        self.flush_pages()
        src = self.ctx.file.path
        # a demo copy's folder is deleted on closing: offer the home folder for its copy
        folder = Path.home() if self._demo_copy is not None else src.parent
        path, _ = QFileDialog.getSaveFileName(
            self, "Gem kopi som", str(folder / (src.stem + " (kopi).kompetence")), FILE_FILTER)
        if not path:
            return False
        from ..operations.files import CopyRefused, save_copy

        try:
            dest = save_copy(self.ctx.file, path)
        except CopyRefused as exc:
            self._copy_problem(texts.domain_error(exc))
            return False
        self._status(f"Kopi gemt som {dest}")
        return True

    def _copy_problem(self, message: str) -> None:
        QMessageBox.warning(self, "Kopien kan ikke gemmes", plain(message))

    def _auto_backup(self, f) -> None:
        """The daily backup, 1.5 s after opening: restore_dialog loads only now."""
        if self.ctx is None or self.ctx.file is not f:
            return
        from .dialogs.restore_dialog import schedule_auto_backup

        schedule_auto_backup(self, f, delay_ms=0)

    def _warm_up(self) -> None:
        """After the first paint: load sqlite_utils (first write) so the first edit is instant."""
        if self.ctx is not None and not self.ctx.readonly:
            try:
                self.ctx.file.db  # imports sqlite_utils
            except Exception:
                pass

    # drag and drop: filled-in self-assessment forms (.xlsx) go to Importér selvvurderinger
    # when a file is open; any other one file opens through open_path like any other
    def dragEnterEvent(self, ev):
        mime = ev.mimeData()
        if (self.ctx is not None and dropped_forms(mime)) or dropped_path(mime) is not None:
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dropEvent(self, ev):
        mime = ev.mimeData()
        forms = dropped_forms(mime) if self.ctx is not None else []
        p = None if forms else dropped_path(mime)
        if not forms and p is None:
            ev.ignore()
            return
        ev.acceptProposedAction()
        # after the drop has finished, so the source program is not held while a dialog is open
        if forms:
            QTimer.singleShot(0, lambda: self.import_dropped_forms(forms))
        else:
            QTimer.singleShot(0, lambda: self.open_path(p))

    def import_dropped_forms(self, paths: list[str]) -> None:
        importlib.import_module(f"{__package__}.dialogs.self_assessment_dialog").run_import(self, paths)
