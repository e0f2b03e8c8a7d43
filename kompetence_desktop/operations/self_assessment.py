"""Self-assessment forms: made for the staff, read back in as self-assessments.

* ``EnsureFormSecret`` — the per-file secret that signs the forms (made once,
  the first time forms are made);
* ``form_specs`` — what each employee's form holds (rendered by
  ``reports.self_form``, which the caller hands in — operations know no reports);
* ``check_forms`` — read filled-in forms (``storage.self_form_reader``) and judge
  them against the file: the tilbud, the signature, the locked cells, the
  employee, the levels, a form read before; each refusal is a Danish sentence
  naming the file (and the row);
* ``ImportSelfAssessments`` — stores every accepted form's cells as dated
  self-assessments, their comments as the assessments' notes and the
  *Ønsker* with the form's receipt, in one transaction: one undo step.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .. import texts
from ..domain import self_form as sf
from ..domain.model import SOURCE_SELF, Competence, Employee
from ..domain.names import fold
from ..domain.rules import NOT_RELEVANT, DomainError, validate_assessment_date
from ..storage import self_forms as store
from ..storage.self_form_reader import ReadForm, read_form
from .base import Changes, Operation

#: the profile key of the file's id (``Repo.file_uid``)
FILE_ID_KEY = "fil_id"
#: a difference this large between the self-assessment and the leader's is marked
MARKED_DIFFERENCE = 2


class EnsureFormSecret(Operation):
    """Create the file's id and its form secret if they are not there yet. Making
    forms needs both. ``round_started``: forms for all the staff were made that
    day — the Overblik counts the forms received since. Undo removes the secret
    only if this made it, and puts the previous round back."""

    topics = ()

    def __init__(self, round_started: dt.date | None = None, clock=None):
        super().__init__(clock)
        self.round_started = round_started
        self.created = False
        self._old_round: str | None = None

    def _apply(self, repo) -> Changes:
        repo.profile.file_uid()  # created on first use, like the calendar export's
        with repo.file.atomic():
            if store.form_secret(repo) is None:
                store.create_form_secret(repo)
                self.created = True
            if self.round_started is not None:
                self._old_round = store.form_round(repo)
                store.set_form_round(repo, self.round_started.isoformat())
        return self.changes()

    def _revert(self, repo) -> Changes:
        with repo.file.atomic():
            if self.created:
                store.delete_form_secret(repo)
            if self.round_started is not None:
                store.set_form_round(repo, self._old_round)
        return self.changes()


def form_specs(repo, employee_ids: Iterable[int], now: dt.datetime | None = None) -> list[sf.FormSpec]:
    """One form per employee, all made at ``now``. The secret must exist (``EnsureFormSecret``)."""
    secret = store.form_secret(repo)
    if secret is None:
        raise DomainError("no_form_secret")
    file_id = repo.profile.texts().get(FILE_ID_KEY) or repo.profile.file_uid()
    now = (now or dt.datetime.combine(repo.clock(), dt.datetime.now().time())).replace(microsecond=0)
    comps = repo.matrix.competences()
    emps = {e.id: e for e in repo.staff.employees()}
    tilbud = repo.profile.texts().get("navn", "")
    return [sf.FormSpec(tilbud=tilbud, file_id=file_id, secret=secret, employee=emps[i], competences=comps,
                        form_id=uuid.uuid4().hex, made_at=now.isoformat()) for i in employee_ids]


# ------------------------------------------------------------------ reading back
@dataclass
class Line:
    """One competence of a form, as the preview shows it."""

    row: int
    competence: Competence
    self_value: object  # 1–5 or NOT_RELEVANT
    leader_value: object  # the leader's latest: 1–5, NOT_RELEVANT or None
    comment: str = ""

    @property
    def difference(self) -> int | None:
        if isinstance(self.self_value, int) and isinstance(self.leader_value, int):
            return self.self_value - self.leader_value
        return None

    @property
    def marked(self) -> bool:
        d = self.difference
        return d is not None and abs(d) >= MARKED_DIFFERENCE


@dataclass
class FormResult:
    """One file judged: refused (``problems``) or accepted with its ``lines``."""

    path: Path
    employee: Employee | None = None
    payload: sf.FormPayload | None = None
    lines: list[Line] = field(default_factory=list)
    wishes: str = ""
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.problems

    @property
    def has_content(self) -> bool:
        return bool(self.lines or self.wishes)


@dataclass
class CheckedForms:
    results: list[FormResult]

    @property
    def accepted(self) -> list[FormResult]:
        return [r for r in self.results if r.accepted and r.has_content]

    @property
    def refused(self) -> list[FormResult]:
        return [r for r in self.results if not r.accepted]

    @property
    def problems(self) -> list[str]:
        return [p for r in self.results for p in r.problems]

    @property
    def notes(self) -> list[str]:
        return [n for r in self.results for n in r.notes]


def parse_level(value) -> object:
    """What a *Mit niveau* cell holds as a level (1–5) or NOT_RELEVANT; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 1 <= value <= 5:
            return int(value)
        raise ValueError(value)
    text = sf.canonical_cell(value)
    if text in ("-", "–", "—"):
        return NOT_RELEVANT
    if text in ("1", "2", "3", "4", "5"):
        return int(text)
    raise ValueError(value)


def _same_person(payload: sf.FormPayload, e: Employee) -> bool:
    """The employee row is still the person the form was made for (SQLite may give a
    deleted employee's id to a new one): the same name or the same initials."""
    return fold(payload.employee_name) == fold(e.name) or fold(payload.employee_initials) == fold(e.initials)


def check_form(repo, read: ReadForm, *, secret: str | None, file_id: str | None,
               employees: dict[int, Employee], competences: dict[int, Competence], leader: dict) -> FormResult:
    name = read.path.name
    res = FormResult(read.path)
    if read.problem:
        res.problems.append(texts.self_form_problem(read.problem, name))
        return res
    p = read.payload
    res.payload = p
    if not file_id or p.file_id != file_id:
        res.problems.append(texts.self_form_problem("other_tilbud", name, tilbud=p.tilbud or "uden navn"))
        return res
    if secret is None or not sf.verify(secret, read.payload_json, read.signature):
        res.problems.append(texts.self_form_problem("bad_signature", name))
        return res
    rows = {r: (cid, cname) for r, cid, cname, _exp in p.rows}
    changed = sf.changed_rows(p.locked, read.found_locked)
    if changed:
        row = changed[0]
        what = f" (kompetencen »{rows[row][1]}«)" if row in rows else ""
        res.problems.append(texts.self_form_problem("tampered", name, row=row, what=what))
        return res
    before = store.receipt_of_form(repo, p.form_id)
    if before is not None:
        from ..domain.dates import format_date

        res.problems.append(texts.self_form_problem("already", name, date=format_date(before.received_on)))
        return res
    e = employees.get(p.employee_id)
    if e is None or e.anonymised:
        res.problems.append(texts.self_form_problem("unknown_employee", name, name=p.employee_name,
                                                    initials=p.employee_initials))
        return res
    if not _same_person(p, e):
        res.problems.append(texts.self_form_problem("other_person", name, name=p.employee_name,
                                                    initials=p.employee_initials, now=f"{e.name} ({e.initials})"))
        return res
    res.employee = e
    wishes_extra = []
    for r, cid, cname, _exp in p.rows:
        raw = read.levels.get(r)
        comment = read.comments.get(r, "")
        if raw is not None:
            try:
                value = parse_level(raw)
            except ValueError:
                res.problems.append(texts.self_form_problem("bad_level", name, row=r, competence=cname,
                                                            value=sf.canonical_cell(raw)))
                continue
        else:
            value = None
        c = competences.get(cid)
        if c is None:
            if value is not None or comment:
                res.notes.append(texts.self_form_note("removed", name, row=r, name=cname))
            continue
        if fold(c.name) != fold(cname):
            res.notes.append(texts.self_form_note("renamed", name, row=r, old=cname, new=c.name))
        if value is None:
            if comment:
                wishes_extra.append(f"{c.name}: {comment}")
                res.notes.append(texts.self_form_note("comment_without_level", name, row=r))
            continue
        res.lines.append(Line(r, c, value, leader.get((e.id, cid)), comment))
    if res.problems:
        res.lines.clear()
        return res
    res.wishes = "\n".join(([read.wishes] if read.wishes else []) + wishes_extra)
    added = [c for cid, c in competences.items() if cid not in {x[1] for x in p.rows}]
    if added:
        what = texts.count_noun(len(added), "kompetence er", "kompetencer er")
        res.notes.append(texts.self_form_note("added", name, what=what))
    if not res.has_content:
        res.notes.append(texts.self_form_note("empty", name))
    return res


def check_forms(repo, paths: Iterable) -> CheckedForms:
    """Read and judge every file. Two files that are the same form: the second is
    refused; two forms for the same employee: the older (made earlier) is refused."""
    profile = repo.profile.texts()
    secret = store.form_secret(repo)
    file_id = profile.get(FILE_ID_KEY)
    employees = {e.id: e for e in repo.staff.employees()}
    competences = {c.id: c for c in repo.matrix.competences()}
    leader = repo.matrix.current_cells()
    results = []
    for p in paths:
        try:
            results.append(check_form(repo, read_form(p), secret=secret, file_id=file_id, employees=employees,
                                      competences=competences, leader=leader))
        except Exception:  # an untrusted file: whatever it holds, one Danish sentence
            results.append(FormResult(Path(p), problems=[texts.self_form_problem("not_form", Path(p).name)]))
    seen: dict[str, FormResult] = {}
    newest: dict[int, FormResult] = {}
    for r in results:
        if not r.accepted:
            continue
        first = seen.get(r.payload.form_id)
        if first is not None:
            r.problems.append(texts.self_form_problem("twice", r.path.name, other=first.path.name))
            continue
        seen[r.payload.form_id] = r
        other = newest.get(r.employee.id)
        if other is None:
            newest[r.employee.id] = r
            continue
        older, newer = (other, r) if other.payload.made_at <= r.payload.made_at else (r, other)
        older.problems.append(texts.self_form_problem("older_in_batch", older.path.name, name=r.employee.name,
                                                      other=newer.path.name))
        newest[r.employee.id] = newer
    for r in results:
        if r.problems:
            r.lines.clear()
    return CheckedForms(results)


class ImportSelfAssessments(Operation):
    """The accepted forms' levels as self-assessments of ``day`` (default today), their
    comments as the assessments' notes, and a receipt per form with its *Ønsker* —
    one transaction, one undo step. ``cell_count``: the number of cells it stores."""

    topics = ("assessments", "employees")

    def __init__(self, forms: Iterable[FormResult], day: dt.date | None = None, clock=None):
        super().__init__(clock)
        self.forms = [f for f in forms if f.accepted and f.has_content]
        self.day = day
        self._tokens = None
        self._old_notes: dict = {}
        self._receipt_ids: list[int | None] = [None] * len(self.forms)

    def _cells(self):
        return [(f.employee.id, ln.competence.id, ln.self_value) for f in self.forms for ln in f.lines]

    def _apply(self, repo) -> Changes:
        today = self.clock()
        day = self.day or today
        validate_assessment_date(day, today)
        for f in self.forms:  # a form read in since it was checked (another window, the CLI)
            before = store.receipt_of_form(repo, f.payload.form_id)
            if before is not None and before.id not in self._receipt_ids:
                raise DomainError("self_form_already", file=f.path.name)
        cells = self._cells()
        keys = [(e, c, SOURCE_SELF, day) for e, c, _v in cells]
        with repo.file.atomic():
            self._old_notes = store.assessment_notes(repo, keys)
            self._tokens = repo.matrix.set_cells(cells, source=SOURCE_SELF, day=day)
            rows = store.assessment_notes(repo, keys)
            notes = [(rows[(f.employee.id, ln.competence.id, SOURCE_SELF, day)][0], ln.comment)
                     for f in self.forms for ln in f.lines
                     if ln.comment or (f.employee.id, ln.competence.id, SOURCE_SELF, day) in self._old_notes]
            store.set_assessment_notes(repo, notes)
            self._receipt_ids = store.add_receipts(repo, [
                (rid, f.payload.form_id, f.employee.id, f.payload.made_at, day, f.wishes)
                for rid, f in zip(self._receipt_ids, self.forms)])
        return self.changes(cells=[(e, c) for e, c, _v in cells])

    def _revert(self, repo) -> Changes:
        with repo.file.atomic():
            store.delete_receipts(repo, [i for i in self._receipt_ids if i is not None])
            store.set_assessment_notes(repo, list(self._old_notes.values()))
            repo.matrix.restore_cells(self._tokens)
        return self.changes(cells=[(e, c) for e, c, _v in self._cells()])

    @property
    def cell_count(self) -> int:
        return sum(len(f.lines) for f in self.forms)


def form_round(repo) -> sf.FormRound | None:
    """The latest round of forms (the day forms for all staff were made) and, per
    employee, when a form made for it came back; None if forms are not in use.
    Without a recorded round, the forms received in the last 12 months count."""
    from ..domain.rules import add_months

    started = store.form_round(repo)
    day = dt.date.fromisoformat(started) if started else None
    rs = store.receipts(repo)
    if day is None and not rs:
        return None
    since = day or add_months(repo.clock(), -12)
    got = {}
    for r in rs:
        made = sf.made_date(r.made_at)
        if (made or r.received_on) >= since:
            got[r.employee_id] = r.received_on
    return sf.FormRound(day, got)


def received(repo, since: dt.date) -> dict[int, store.Receipt]:
    """Employee id → the newest form read in on or after ``since`` (the Overblik's count)."""
    out: dict[int, store.Receipt] = {}
    for r in store.receipts(repo):
        if r.received_on >= since:
            out[r.employee_id] = r
    return out


def latest_wishes(repo, employee_id: int) -> store.Receipt | None:
    """The newest form read in for one employee (its *Ønsker* for the MUS-forberedelse)."""
    rs = store.receipts(repo, employee_id)
    return rs[-1] if rs else None
