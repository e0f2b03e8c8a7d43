"""Undoable edits of the plan pages that the shared ``commands``
module has no shape for: several course completions at once, and cells
stored under a source other than the leader's (the self-assessment)."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from .commands import AddRowCommand, DeleteRowCommand, FuncCommand, UpdateRowCommand, _Command, push

__all__ = ["AddRowCommand", "DeleteRowCommand", "FuncCommand", "UpdateRowCommand", "push",
           "RecordCompletionsCommand", "SetSourceCellsCommand", "SaveActivityCommand"]


class RecordCompletionsCommand(_Command):
    """A completion of one course for several employees, stored in one transaction."""

    topic = "courses"

    def __init__(self, ctx, course_type_id: int, employee_ids: Iterable[int], day: dt.date, text: str):
        super().__init__(ctx, text)
        self.course_type_id, self.employee_ids, self.day = course_type_id, list(employee_ids), day
        self.ids: list[int] = []
        self.captured = None

    def _do(self):
        if self.captured is None:
            self.ids = self.ctx.repo.record_completions(self.course_type_id, self.employee_ids, self.day)
        else:
            self.ctx.repo.restore_rows(self.captured)

    def _undo(self):
        self.captured = self.ctx.repo.delete_rows("course_completions", self.ids)


class SetSourceCellsCommand(_Command):
    """Cells stored as the assessment of ``day`` (default today) from ``source``
    (e.g. the self-assessment taken in a MUS, dated as the MUS)."""

    topic = "assessments"

    def __init__(self, ctx, changes, source: str, text: str, day: dt.date | None = None):
        super().__init__(ctx, text)
        self.changes, self.source, self.day = list(changes), source, day
        self.tokens = None

    def _do(self):
        self.tokens = self.ctx.repo.set_cells(self.changes, source=self.source, day=self.day)

    def _undo(self):
        self.ctx.repo.restore_cells(self.tokens)

    def _announce(self):
        sig = getattr(self.ctx, "cells_changed", None)
        if sig is not None:
            sig.emit([(e, c) for e, c, _v in self.changes])
        super()._announce()


class SaveActivityCommand(_Command):
    """An edit of an existing activity with its participants and competences."""

    topic = "activities"

    def __init__(self, ctx, activity_id: int, fields: dict, participants, competences, text: str):
        super().__init__(ctx, text)
        self.activity_id, self.fields = activity_id, dict(fields)
        self.participants, self.competences = list(participants), list(competences)
        self.before = ctx.repo.capture_rows("activities", activity_id)

    def _do(self):
        self.ctx.repo.save_activity(self.activity_id, self.fields, self.participants, self.competences)

    def _undo(self):
        self.ctx.repo.restore_activity(self.before)
