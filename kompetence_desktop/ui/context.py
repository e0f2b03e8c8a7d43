"""What every page shares: the open file, its repository, the undo stack and
the signals that keep the pages in step.

Every change to data goes through one path: a page calls the Repo (one
committed transaction per edit), usually inside a QUndoCommand pushed on
``undo_stack``, then calls ``ctx.notify(topic)`` so the other pages refresh.
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

    def notify(self, topic: str, saved: bool = True) -> None:
        self.changed.emit(topic)
        if saved:
            from PySide6.QtCore import QTime

            self.status.emit(f"Gemt {QTime.currentTime().toString('HH:mm:ss')}")
