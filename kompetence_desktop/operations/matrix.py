"""Edits of the competence matrix: cells, the expected level, the order of competences."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from ..domain.model import SOURCE_LEADER
from ..domain.rules import DomainError, validate_assessment_date, validate_level
from .base import Changes, Operation


class SetCells(Operation):
    """Cells of the matrix stored as ``source``'s assessment of ``day`` (default: today) —
    one key press, a block fill, a paste, or a self-assessment taken in a MUS.
    ``changes``: (employee id, competence id, value) with value 1–5, NOT_RELEVANT or None."""

    topics = ("assessments",)

    def __init__(self, changes: Iterable[tuple[int, int, object]], source: str = SOURCE_LEADER,
                 day: dt.date | None = None, clock=None):
        super().__init__(clock)
        self.cells = list(changes)
        self.source = source
        self.day = day
        self._tokens = None

    def _apply(self, repo) -> Changes:
        today = self.clock()
        day = self.day or today
        validate_assessment_date(day, today)
        self._tokens = repo.matrix.set_cells(self.cells, source=self.source, day=day)
        return self.changes(cells=[(e, c) for e, c, _v in self.cells])

    def _revert(self, repo) -> Changes:
        repo.matrix.restore_cells(self._tokens)
        return self.changes(cells=[(e, c) for e, c, _v in self.cells])


class SetExpectedLevels(Operation):
    """*Forventet niveau* of one or more competences: (competence id, level)."""

    topics = ("competences",)

    def __init__(self, levels: Iterable[tuple[int, int]], clock=None):
        super().__init__(clock)
        self.levels = [(cid, validate_level(level)) for cid, level in levels]
        self._old: list[tuple[int, int]] = []

    def _put(self, repo, pairs) -> None:
        with repo.file.atomic():
            for cid, level in pairs:
                repo.rows.update("competences", cid, {"expected_level": level})

    def _apply(self, repo) -> Changes:
        old = []
        for cid, _level in self.levels:
            row = repo.rows.row("competences", cid)
            if row is None:
                raise DomainError("not_found", table="competences")
            old.append((cid, row["expected_level"]))
        self._old = old
        self._put(repo, self.levels)
        return self.changes()

    def _revert(self, repo) -> Changes:
        self._put(repo, self._old)
        return self.changes()


class SwapCompetences(Operation):
    """Two competences change places in their category; doing it again undoes it."""

    topics = ("competences",)

    def __init__(self, first: int, second: int, clock=None):
        super().__init__(clock)
        self.first, self.second = first, second

    def _apply(self, repo) -> Changes:
        repo.matrix.swap_competence_order(self.first, self.second)
        return self.changes()

    _revert = _apply
