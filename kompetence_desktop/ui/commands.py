"""Every edit the user can undo is one QUndoCommand on ``ctx.undo_stack``.

A command is applied once *before* it is pushed (``push``), so a refused
edit (a DomainError) never reaches the stack; the stack's first ``redo()``
is then skipped. Undo/redo themselves never raise: a problem is reported in
the status bar.
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from .. import texts


class _Command(QUndoCommand):
    topic = "*"

    def __init__(self, ctx, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._skip_next_redo = False

    # subclasses: _do() applies (may raise on the first application), _undo() reverts
    def _do(self):
        raise NotImplementedError

    def _undo(self):
        raise NotImplementedError

    def _announce(self):
        self.ctx.notify(self.topic)

    def apply_first(self):
        self._do()
        self._skip_next_redo = True
        self._announce()

    def redo(self):
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        try:
            self._do()
        except Exception as exc:  # never a traceback; the edit stays as it was
            self.ctx.status.emit(f"Kunne ikke annullere fortryd: {_why(exc)}")
            return
        self._announce()

    def undo(self):
        try:
            self._undo()
        except Exception as exc:
            self.ctx.status.emit(f"Kunne ikke fortryde: {_why(exc)}")
            return
        self._announce()


def _why(exc) -> str:
    if getattr(exc, "code", None):
        return texts.domain_error(exc)
    return str(exc) or exc.__class__.__name__


def push(ctx, cmd: _Command) -> _Command:
    """Apply ``cmd`` and put it on the undo stack. Raises what the edit raises."""
    cmd.apply_first()
    ctx.undo_stack.push(cmd)
    return cmd


# --- the matrix -----------------------------------------------------------------------


class SetCellsCommand(_Command):
    """Cells of the matrix set as today's leader assessment (one key press, a block fill, a paste)."""

    topic = "assessments"

    def __init__(self, ctx, changes: Iterable[tuple[int, int, object]], text: str = ""):
        self.changes = list(changes)
        n = len(self.changes)
        super().__init__(ctx, text or ("Ændr vurdering" if n == 1 else f"Ændr {n} vurderinger"))
        self.tokens = None

    def _do(self):
        self.tokens = self.ctx.repo.set_cells(self.changes)

    def _undo(self):
        self.ctx.repo.restore_cells(self.tokens)

    def _announce(self):
        self.ctx.cells_changed.emit([(e, c) for e, c, _v in self.changes])
        super()._announce()


# --- rows of the generic tables -----------------------------------------------------------


class UpdateRowCommand(_Command):
    """Change fields of one row (employee, competence, activity ...); undo puts the old values back."""

    def __init__(self, ctx, table: str, row_id: int, fields: dict, topic: str, text: str,
                 apply: Callable[[dict], None] | None = None, tags=None):
        super().__init__(ctx, text)
        self.topic = topic
        self.table, self.row_id, self.fields = table, row_id, dict(fields)
        old = ctx.repo.row(table, row_id) or {}
        self.old = {k: old.get(k) for k in self.fields}
        self._apply = apply
        self.tags = None if tags is None else list(tags)
        self.old_tags = None
        if self.tags is not None:
            self.old_tags = list(next((c.tags for c in ctx.repo.competences() if c.id == row_id), ()))

    def _do(self):
        if self._apply is not None:
            self._apply(self.fields)
        else:
            self.ctx.repo.update(self.table, self.row_id, self.fields)
        if self.tags is not None:
            self.ctx.repo.set_tags(self.row_id, self.tags)

    def _undo(self):
        with self.ctx.file.atomic():
            self.ctx.repo.update(self.table, self.row_id, self.old)
            if self.old_tags is not None:
                self.ctx.repo.set_tags(self.row_id, self.old_tags)


class AddRowCommand(_Command):
    """A new row made by ``create()`` (returns its id); undo deletes it, redo puts
    the very same row (same id, same links) back."""

    def __init__(self, ctx, table: str, create: Callable[[], int], topic: str, text: str):
        super().__init__(ctx, text)
        self.topic = topic
        self.table = table
        self._create = create
        self.row_id: int | None = None
        self.captured = None

    def _do(self):
        if self.captured is None:
            self.row_id = self._create()
        else:
            self.ctx.repo.restore_rows(self.captured)

    def _undo(self):
        self.captured = self.ctx.repo.capture_rows(self.table, self.row_id)
        self.ctx.repo.delete(self.table, self.row_id)


class DeleteRowCommand(_Command):
    """Delete a row and what hangs on it (a competence's assessments and tags); undo restores all of it."""

    def __init__(self, ctx, table: str, row_id: int, topic: str, text: str):
        super().__init__(ctx, text)
        self.topic = topic
        self.table, self.row_id = table, row_id
        self.captured = None

    def _do(self):
        self.captured = self.ctx.repo.capture_rows(self.table, self.row_id)
        self.ctx.repo.delete(self.table, self.row_id)

    def _undo(self):
        self.ctx.repo.restore_rows(self.captured)


class FuncCommand(_Command):
    """Any edit given as two functions (e.g. swapping two competences' order)."""

    def __init__(self, ctx, do: Callable[[], None], undo: Callable[[], None], topic: str, text: str):
        super().__init__(ctx, text)
        self.topic = topic
        self._fdo, self._fundo = do, undo

    def _do(self):
        self._fdo()

    def _undo(self):
        self._fundo()
