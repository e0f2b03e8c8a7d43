"""Adding, editing and deleting one record of any kind: an employee, a team, a
competence, an activity, a course, a course completion, a læringsmål, a
logbook note, a MUS, a MED discussion, a supervision session.

Every kind's rules are in ``domain.validate``; the rules that need the rest
of the file (initials or a team name already taken) are checked here. Undo of
an add deletes the row; redo puts the very same row back (same id), so the
operations after it on the undo stack still find what they refer to. Undo of a
delete restores the row and everything that hung on it (a competence's
assessments, an activity's links).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..domain import validate
from ..domain.names import fold
from ..domain.rules import DomainError
from .base import Changes, Operation


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table and the topic views refresh on."""

    name: str
    table: str
    topic: str


KINDS = {k.name: k for k in (
    Kind("employee", "employees", "employees"),
    Kind("team", "teams", "teams"),
    Kind("competence", "competences", "competences"),
    Kind("activity", "activities", "activities"),
    Kind("course_type", "course_types", "courses"),
    Kind("completion", "course_completions", "courses"),
    Kind("learning_goal", "learning_goals", "goals"),
    Kind("logbook", "logbook", "logbook"),
    Kind("mus", "mus", "mus"),
    Kind("med_discussion", "med_discussions", "med"),
    Kind("supervision", "supervision", "supervision"),
)}

def _kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown record kind {name!r}") from None


def _strip_names(kind: str, fields: dict) -> dict:
    out = dict(fields)
    for key in ("name", "initials", "title"):
        if isinstance(out.get(key), str):
            out[key] = out[key].strip()
    return out


def check_unique(repo, kind: str, fields: dict, row_id: int | None) -> None:
    """The rules of a kind that need the rest of the file."""
    if kind == "employee" and isinstance(fields.get("initials"), str):
        want = fold(fields["initials"])
        for e in repo.staff.employees():
            if e.id != row_id and fold(e.initials) == want:
                raise DomainError("initials_taken", initials=fields["initials"], field="initials")
    elif kind == "team" and isinstance(fields.get("name"), str):
        want = fold(fields["name"])
        if any(t.id != row_id and fold(t.name) == want for t in repo.staff.teams()):
            raise DomainError("team_exists", name=fields["name"], field="name")


class AddRecord(Operation):
    """A new record of ``kind``. ``links`` (activities only): participant and competence
    ids; ``tags`` (competences only): topic tags. ``created`` in the result is its id."""

    def __init__(self, kind: str, fields: dict, *, participants: Iterable[int] | None = None,
                 competences: Iterable[int] | None = None, tags: Iterable[str] | None = None, clock=None):
        super().__init__(clock)
        self.kind = _kind(kind)
        self.topics = (self.kind.topic,)
        self.fields = _strip_names(kind, fields)
        self.participants = None if participants is None else list(participants)
        self.competences = None if competences is None else list(competences)
        self.tags = None if tags is None else list(tags)
        self.row_id: int | None = None
        self._captured = None

    def _apply(self, repo) -> Changes:
        validate.check(self.kind.name, self.fields)
        check_unique(repo, self.kind.name, self.fields, None)
        self.row_id = repo.rows.add_record(self.kind.table, self.fields, participants=self.participants,
                                           competences=self.competences, tags=self.tags)
        return self.changes(created=self.row_id)

    def _revert(self, repo) -> Changes:
        with repo.file.atomic():
            self._captured = repo.rows.capture_rows(self.kind.table, self.row_id)
            repo.rows.delete(self.kind.table, self.row_id)
        return self.changes()

    def _reapply(self, repo) -> Changes:
        repo.rows.restore_rows(self._captured)
        return self.changes(created=self.row_id)


class UpdateRecord(Operation):
    """Changed fields of one record (and, for an activity, its links; for a competence,
    its tags). Undo puts the old values back."""

    def __init__(self, kind: str, row_id: int, fields: dict, *, participants: Iterable[int] | None = None,
                 competences: Iterable[int] | None = None, tags: Iterable[str] | None = None, clock=None):
        super().__init__(clock)
        self.kind = _kind(kind)
        self.topics = (self.kind.topic,)
        self.row_id = row_id
        self.fields = _strip_names(kind, fields)
        self.participants = None if participants is None else list(participants)
        self.competences = None if competences is None else list(competences)
        self.tags = None if tags is None else list(tags)
        self._before = None

    def _apply(self, repo) -> Changes:
        old = repo.rows.row(self.kind.table, self.row_id)
        if old is None:
            raise DomainError("not_found", table=self.kind.table)
        validate.check(self.kind.name, self.fields, old)
        check_unique(repo, self.kind.name, self.fields, self.row_id)
        self._before = repo.rows.record_state(self.kind.table, self.row_id, list(self.fields))
        repo.rows.update_record(self.kind.table, self.row_id, self.fields, participants=self.participants,
                                competences=self.competences, tags=self.tags)
        return self.changes()

    def _revert(self, repo) -> Changes:
        repo.rows.put_record_state(self._before)
        return self.changes()


class DeleteRecord(Operation):
    """Delete one record and what hangs on it; undo restores all of it."""

    def __init__(self, kind: str, row_id: int, clock=None):
        super().__init__(clock)
        self.kind = _kind(kind)
        self.topics = (self.kind.topic,)
        self.row_id = row_id
        self._captured = None

    def _apply(self, repo) -> Changes:
        with repo.file.atomic():
            self._captured = repo.rows.capture_rows(self.kind.table, self.row_id)
            repo.rows.delete(self.kind.table, self.row_id)
        return self.changes()

    def _revert(self, repo) -> Changes:
        repo.rows.restore_rows(self._captured)
        return self.changes()
