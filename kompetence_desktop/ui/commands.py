"""Every edit the user can undo is one QUndoCommand on ``ctx.undo_stack``.

A command is applied once *before* it is pushed (``push``), so a refused
edit (a DomainError) never reaches the stack; the stack's first ``redo()``
is then skipped. Undo/redo themselves never raise: a problem is reported in
the status bar, and a command whose undo/redo failed leaves the stack.

When the file itself refuses a write (opened read-only, the lock taken over by
another machine, disk or SQLite trouble), ``push`` raises ``StorageRefused`` —
a DomainError, so every page's existing handler words it in Danish — and
emits ``ctx.changed("readonly")`` when the file became read-only, so the main
window shows its banner.
"""
from __future__ import annotations

import sqlite3
from typing import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from .. import texts
from ..domain.rules import DomainError
from ..storage.tilbudfile import ReadOnlyError


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
            self._failed(exc, "Kunne ikke annullere fortryd")
            return
        self._announce()

    def undo(self):
        try:
            self._undo()
        except Exception as exc:
            self._failed(exc, "Kunne ikke fortryde")
            return
        self._announce()

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


# --- the file refuses a write (read-only, lost lock) ------------------------------

#: what the storage layer raises when a write cannot happen
STORAGE_ERRORS = (ReadOnlyError, sqlite3.Error, OSError)


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


def push(ctx, cmd: _Command) -> _Command:
    """Apply ``cmd`` and put it on the undo stack. Raises what the edit raises;
    a refusal by the file itself as ``StorageRefused`` (never put on the stack)."""
    if ctx.readonly:
        raise storage_refused(ctx)
    try:
        cmd.apply_first()
    except STORAGE_ERRORS as exc:
        raise storage_refused(ctx, exc) from exc
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


# --- staff import: one undoable edit for the whole import ----------------------


class ImportStaffCommand(_Command):
    """The previewed rows of a staff import written in one transaction; undo removes the
    imported employees and the teams the import created, redo puts the very same rows back."""

    topic = "employees"

    def __init__(self, ctx, preview):
        from .. import texts as _texts

        n = len(preview.rows)
        super().__init__(ctx, f"Importér {_texts.count_noun(n, 'medarbejder', 'medarbejdere')}")
        self.preview = preview
        self.ids: list[int] = []
        self.team_ids: list[int] = []
        self.captured: list[dict] | None = None

    def _do(self):
        repo = self.ctx.repo
        if self.captured is None:
            from ..storage import importer

            teams_before = {t.id for t in repo.teams()}
            self.ids = importer.apply(repo, self.preview)
            self.team_ids = [t.id for t in repo.teams() if t.id not in teams_before]
        else:
            with self.ctx.file.atomic():
                for captured in self.captured:
                    repo.restore_rows(captured)

    def _undo(self):
        repo = self.ctx.repo
        with self.ctx.file.atomic():
            captured = [repo.capture_rows("teams", t) for t in self.team_ids]
            captured += [repo.capture_rows("employees", e) for e in self.ids]
            for e in self.ids:
                repo.delete("employees", e)
            for t in self.team_ids:
                repo.delete("teams", t)
        self.captured = captured

    def _announce(self):
        self.ctx.notify("teams")
        super()._announce()
