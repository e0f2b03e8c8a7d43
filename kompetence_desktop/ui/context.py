"""What every page shares: the open file, its repository, the undo stack and
the signals that keep the pages in step.

Every change to data goes through one path: a page makes an operation
(``kompetence_desktop.operations``) and pushes it on ``undo_stack``
(``ui.commands.push``); the operation's ``Changes`` are announced here so the
pages showing that data refresh.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..storage.repo import Repo
from ..storage.tilbudfile import TilbudFile

#: topics for ``changed``; pages refresh on the ones they show
TOPICS = (
    "profile", "teams", "employees", "competences", "assessments", "courses",
    "activities", "goals", "logbook", "mus", "med", "supervision", "plan_versions", "*",
)


class AppContext(QObject):
    #: something was stored; the argument is one of TOPICS
    changed = Signal(str)
    #: a short note for the status bar ("Gemt 14:32")
    status = Signal(str)
    #: ask the main window to show a page: (page key, payload such as an employee id or None)
    navigate = Signal(str, object)
    # --- main-window work ---
    #: matrix cells were stored or restored (edit, undo, redo): a list of (employee_id, competence_id)
    cells_changed = Signal(object)

    def __init__(self, file: TilbudFile, parent: QObject | None = None):
        super().__init__(parent)
        self.file = file
        self.repo = Repo(file)
        self.undo_stack = QUndoStack(self)

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def announce(self, changes) -> None:
        """Tell the pages what an operation (or its undo) changed."""
        if changes.cells:
            self.cells_changed.emit(list(changes.cells))
        for topic in sorted(changes.topics):
            self.changed.emit(topic)
        self._saved_now()

    def _saved_now(self) -> None:
        from PySide6.QtCore import QTime

        self.status.emit(f"Gemt {QTime.currentTime().toString('HH:mm:ss')}")

    def notify(self, topic: str, saved: bool = True) -> None:
        self.changed.emit(topic)
        if saved:
            self._saved_now()
