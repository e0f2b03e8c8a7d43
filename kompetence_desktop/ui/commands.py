"""The window's undo stack holds operations (``kompetence_desktop.operations``).

``OperationCommand`` is the thin adapter that puts one operation on
``ctx.undo_stack``: its redo/undo call the operation's, and the ``Changes``
it returns tell the pages what to refresh (``ctx.changed`` per topic,
``ctx.cells_changed`` for matrix cells).

An operation is applied once *before* it is pushed (``push``), so a refused
edit (a DomainError) never reaches the stack; the stack's first ``redo()`` is
then skipped. Undo/redo themselves never raise: a problem is reported in the
status bar, and a command whose undo/redo failed leaves the stack.

When the file itself refuses a write (opened read-only, the lock taken over by
another machine, disk or SQLite trouble), ``push`` raises ``StorageRefused`` —
a DomainError, so every page's handler words it in Danish — and emits
``ctx.changed("readonly")`` when the file became read-only, so the main window
shows its banner.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .. import texts
from ..domain.rules import DomainError
from ..operations.base import Changes, Operation
from ..operations.errors import STORAGE_ERRORS, ReadOnlyError


class OperationCommand(QUndoCommand):
    """One operation on the Qt undo stack, with the Danish text the Rediger menu shows."""

    def __init__(self, ctx, op: Operation, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.op = op
        self._skip_next_redo = False
        self.changes: Changes | None = None

    def apply_first(self) -> Changes:
        self.changes = self.op.do(self.ctx.repo)
        self._skip_next_redo = True
        self.ctx.announce(self.changes)
        return self.changes

    def redo(self):
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        try:
            changes = self.op.redo(self.ctx.repo)
        except Exception as exc:  # never a traceback; the edit stays as it was
            self._failed(exc, "Kunne ikke annullere fortryd")
            return
        self.ctx.announce(changes)

    def undo(self):
        try:
            changes = self.op.undo(self.ctx.repo)
        except Exception as exc:
            self._failed(exc, "Kunne ikke fortryde")
            return
        self.ctx.announce(changes)

    def _failed(self, exc, what: str) -> None:
        # the stored data did not change: the command leaves the stack (QUndoStack
        # deletes an obsolete command after undo()/redo()), so the stack never
        # claims a state the file does not have
        self.setObsolete(True)
        if isinstance(exc, STORAGE_ERRORS):
            exc = storage_refused(self.ctx, exc)
        self.ctx.status.emit(f"{what}: {_why(exc)}")


def _why(exc) -> str:
    if getattr(exc, "code", None):
        return texts.domain_error(exc)
    return str(exc) or exc.__class__.__name__


class StorageRefused(DomainError):
    """The file refused an edit. ``code``: "lock_lost", "readonly" or "storage_failed"
    (worded by ``texts.domain_error``). Nothing was stored."""


def storage_refused(ctx, exc: BaseException | None = None) -> StorageRefused:
    """Turn a storage exception (or a read-only file) into a ``StorageRefused``;
    tell the window (``ctx.changed("readonly")``) when the file is read-only now."""
    f = ctx.file
    if isinstance(exc, StorageRefused):
        return exc
    if f.readonly or isinstance(exc, ReadOnlyError):
        code = "lock_lost" if f.readonly_reason == "lock_lost" else "readonly"
        ctx.changed.emit("readonly")
    else:
        code = "storage_failed"
    return StorageRefused(code, path=str(f.path))


def push(ctx, op: Operation, text: str) -> OperationCommand:
    """Apply ``op`` and put it on the undo stack with ``text``. Raises what the operation
    raises; a refusal by the file itself as ``StorageRefused`` (never put on the stack)."""
    if ctx.readonly:
        raise storage_refused(ctx)
    cmd = OperationCommand(ctx, op, text)
    try:
        cmd.apply_first()
    except STORAGE_ERRORS as exc:
        raise storage_refused(ctx, exc) from exc
    ctx.undo_stack.push(cmd)
    return cmd
