"""What every operation shares: the result it returns, and the undo history.

An *operation* is one use case that changes a tilbud file — set cells, add a
logbook note, archive a plan version. It is a plain Python object (no Qt):

* ``do(repo)`` applies it, in one committed transaction, and returns a
  ``Changes`` saying what changed, so a window refreshes only that;
* ``undo(repo)`` puts the file back as it was and returns the ``Changes`` too;
* ``redo(repo)`` applies it again after an undo, restoring the very same rows
  (same ids, same links), so later operations on the stack stay valid.

A refused operation raises ``DomainError`` with a code (worded at the edge,
by the window or the CLI) and leaves the file unchanged. The window puts
operations on its ``QUndoStack`` through a thin adapter; the CLI and tests use
``History``, which does the same without Qt.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..domain import dates

#: the kinds of data an operation can change; views refresh on the ones they show
TOPICS = (
    "profile", "teams", "employees", "competences", "assessments", "courses",
    "activities", "goals", "logbook", "mus", "med", "supervision", "plan_versions",
)


@dataclass(frozen=True)
class Changes:
    """What an operation changed: the topics, the matrix cells (employee id, competence id),
    and the id of the row it created, if it created one."""

    topics: frozenset[str] = frozenset()
    cells: tuple[tuple[int, int], ...] = ()
    created: int | None = None

    @classmethod
    def of(cls, *topics: str, cells: Iterable[tuple[int, int]] = (), created: int | None = None) -> Changes:
        return cls(frozenset(topics), tuple(cells), created)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics, self.cells + other.cells,
                       self.created if self.created is not None else other.created)


#: a clock: the operations never ask the system for today's date themselves
Clock = Callable[[], dt.date]


class Operation:
    """One use case that changes the file. Subclasses implement ``_apply`` and
    ``_revert`` and say which ``topics`` they touch; ``_reapply`` defaults to
    ``_apply``."""

    topics: tuple[str, ...] = ()

    def __init__(self, clock: Clock | None = None):
        self.clock: Clock = clock or dates.today
        self.applied = False

    # --- what callers use ---------------------------------------------------------
    def do(self, repo) -> Changes:
        changes = self._apply(repo)
        self.applied = True
        return changes

    def undo(self, repo) -> Changes:
        changes = self._revert(repo)
        self.applied = False
        return changes

    def redo(self, repo) -> Changes:
        changes = self._reapply(repo)
        self.applied = True
        return changes

    # --- what subclasses implement --------------------------------------------------
    def _apply(self, repo) -> Changes:
        raise NotImplementedError

    def _revert(self, repo) -> Changes:
        raise NotImplementedError

    def _reapply(self, repo) -> Changes:
        return self._apply(repo)

    def changes(self, **kw) -> Changes:
        return Changes.of(*self.topics, **kw)


@dataclass
class History:
    """An undo/redo history of operations on one file, without Qt (the CLI, tests, scripts)."""

    repo: object
    done: list[Operation] = field(default_factory=list)
    undone: list[Operation] = field(default_factory=list)

    def run(self, op: Operation) -> Changes:
        changes = op.do(self.repo)
        self.done.append(op)
        self.undone.clear()
        return changes

    def undo(self) -> Changes | None:
        if not self.done:
            return None
        op = self.done.pop()
        changes = op.undo(self.repo)
        self.undone.append(op)
        return changes

    def redo(self) -> Changes | None:
        if not self.undone:
            return None
        op = self.undone.pop()
        changes = op.redo(self.repo)
        self.done.append(op)
        return changes
