"""Staff: importing a staff list — read and checked first (``preview``, nothing
written), then stored in one undoable step (``ImportStaff``)."""
from __future__ import annotations

from ..storage.importer import ImportPreview, ImportRejected, preview
from .base import Changes, Operation

__all__ = ["ImportPreview", "ImportRejected", "ImportStaff", "preview"]


class ImportStaff(Operation):
    """The rows of a previewed staff import (``storage.importer.preview``) written in one
    transaction, with the teams the import names that the file does not have yet. Undo
    removes the imported employees and those teams; redo puts the very same rows back.
    Refused as a whole (``ImportRejected``) if the preview has problems or the file
    changed since (initials taken meanwhile)."""

    topics = ("employees", "teams")

    def __init__(self, preview, clock=None):
        super().__init__(clock)
        self.preview = preview
        self.ids: list[int] = []
        self.team_ids: list[int] = []
        self._captured: list[dict] = []

    def _apply(self, repo) -> Changes:
        from ..storage import importer

        teams_before = {t.id for t in repo.staff.teams()}
        self.ids = importer.apply(repo, self.preview)
        self.team_ids = [t.id for t in repo.staff.teams() if t.id not in teams_before]
        return self.changes()

    def _revert(self, repo) -> Changes:
        with repo.file.atomic():
            captured = [repo.rows.capture_rows("teams", t) for t in self.team_ids]
            captured += [repo.rows.capture_rows("employees", e) for e in self.ids]
            for e in self.ids:
                repo.rows.delete("employees", e)
            for t in self.team_ids:
                repo.rows.delete("teams", t)
        self._captured = captured
        return self.changes()

    def _reapply(self, repo) -> Changes:
        with repo.file.atomic():
            for captured in self._captured:
                repo.rows.restore_rows(captured)
        return self.changes()
