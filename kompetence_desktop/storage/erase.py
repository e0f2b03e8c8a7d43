"""Erasing a former employee (GDPR, docs/domain.md §10).

Two modes:

``delete``
    Everything about the employee goes: the employee row and, through the
    schema's ``ON DELETE CASCADE``, their assessments, course completions,
    activity participation, learning goals, logbook and MUS records.

``anonymise``
    The tilbud's statistics stay true: the employee becomes "Tidligere
    medarbejder N" (initials "TMN") and keeps

    * assessments — level, source and date (notes are cleared),
    * course completions — course and date (notes are cleared),
    * participation in training activities (who took part is what the
      training plan's history counts; the participant is now a pseudonym),
    * education level and end date (the education mix over time, and the
      end date keeps them out of every "active staff" figure).

    Removed: name, initials, job title, team, start date (with education it
    could single a person out in a small tilbud), every note on
    assessments and completions, learning goals, the logbook and MUS records
    (notes, development agreement, wishes, Basic Five).

In both modes the employee is also scrubbed from every free-text field of
every table (profile texts, activities, competences, teams, course types,
other people's MUS, logbook, learning goals and notes, MED evaluations,
supervision, the archived plans' JSON summaries): the full name, each name
part of 3 letters or more (split at spaces, hyphens and apostrophes) and the
initials, each as a whole word with an optional genitive ending ("Henriks",
"Fjeldsø's"), in any spelling (``names.NameMatcher``: decomposed Unicode,
invisible characters, dotted initials). Names and initials of 3 letters or more are matched
case-insensitively ("HENRIK", "fjeldsø"); initials of 1–2 letters only as
written and in capitals ("HF", not "hf"), so initials such as "EN" or "OG"
don't wipe ordinary Danish words. A name part that a *current* colleague's
name shares ("Henrik" when a Henrik Jensen still works there) is left alone —
it can't be told apart — while the full name and initials are still replaced.
The erasure is recorded (time and mode, nothing else) in ``erasures``.

Only former staff may be erased: an end date that has passed.

The old data must not survive in the file: the deletes run with
``PRAGMA secure_delete = ON`` (freed space is overwritten with zeros) and the
file is rebuilt with ``VACUUM`` afterwards, so the old name is absent from
the file's bytes. Backups taken before the erasure still hold it;
``ErasureResult.older_backups`` lists them so the leader can delete them.

Archived plan PDFs (``plan_versions``) are compressed documents that can't
be edited. The MED edition names nobody and is kept. A leader's edition made
while the employee was on the staff (the version's summary lists them, or the
MED date falls within their employment) shows the name and initials in the
matrix and the staff list: by default (``archived="delete"``) those versions
are deleted with the employee — the erasure would otherwise be incomplete —
and the confirmation says how many. ``archived="keep"`` keeps them as
documents of record (the confirmation then says they still show the name).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

from .. import texts
from ..domain import dates
from ..domain.names import NameMatcher, clean, fold
from .schema import scrubbed_columns
from .tilbudfile import TilbudFile

MODES = ("delete", "anonymise")
#: what happens to archived leader's editions that show the employee
ARCHIVED = ("delete", "keep")

#: free-text columns searched for the employee's name (table, key column, text column)
_TEXT_COLUMNS = scrubbed_columns()
#: rows of the employee's own that go anyway (not counted as "mentions")
_OWN = {"learning_goals", "logbook", "mus", "assessments", "course_completions", "self_assessment_forms"}


class EraseError(Exception):
    """``code``: not_found, not_former, already_anonymised, unknown_mode."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclasses.dataclass
class ErasurePlan:
    employee_id: int
    name: str
    mode: str
    pseudonym: str
    pseudonym_initials: str
    #: what goes: (key of texts.ERASE_ITEMS, count), only non-zero counts
    items: list[tuple[str, int]]
    #: what stays (anonymise): keys of texts.ERASE_KEPT with counts
    kept: list[tuple[str, int]]
    archived_plans: int = 0
    archived: str = "delete"
    #: ids of the archived leader's editions that show the employee
    archived_ids: list = dataclasses.field(default_factory=list)

    def lines(self) -> list[str]:
        """The confirmation's Danish lines for exactly what goes."""
        out = [f"{texts.ERASE_ITEMS[k]}: {n}" if k not in ("name", "job_title", "start_date", "the_employee")
               else texts.ERASE_ITEMS[k] for k, n in self.items]
        if self.archived_plans and self.archived == "delete":
            what = texts.count_noun(self.archived_plans, "arkiveret plan", "arkiverede planer")
            out.append(f"{what} i lederens udgave, der viser medarbejderen, slettes. "
                       "Arkiverede MED-udgaver viser ingen navne og bevares.")
        return out

    def kept_lines(self) -> list[str]:
        """The confirmation's Danish lines for what stays (anonymising, kept archives)."""
        out = []
        if self.mode == "anonymise":
            out.append(f"Medarbejderen hedder herefter »{self.pseudonym}« ({self.pseudonym_initials}).")
            out += [f"{texts.ERASE_KEPT[k]}" + (f": {n}" if n else "") for k, n in self.kept]
        if self.archived_plans and self.archived != "delete":
            n = self.archived_plans
            what = texts.count_noun(n, "arkiveret plan", "arkiverede planer")
            out.append(f"{what} i lederens udgave viser stadig medarbejderen; "
                       f"{'den' if n == 1 else 'de'} bevares som dokumentation.")
        return out


@dataclasses.dataclass
class ErasureResult:
    plan: ErasurePlan
    erased_at: dt.datetime
    older_backups: list  # backup.BackupInfo, newest first


def _count(conn, sql, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


_APOS = "['’]"


def _name_parts(name: str) -> set[str]:
    """The full name, each word, and each part of a hyphenated/apostrophed word (3+ letters),
    in the one stored form (``names.clean``)."""
    full = clean(name)
    out = {full} if full else set()
    for word in full.split(" "):
        for tok in [word, *re.split(r"-", word), *re.split(rf"[-{_APOS[1:-1]}]", word)]:
            tok = tok.strip(".,;:()\"")
            if sum(ch.isalpha() for ch in tok) >= 3:
                out.add(tok)
    return out


class _Scrubber:
    """Replaces one employee's name, name parts and initials in a text (see the module doc).

    Finding them is ``names.NameMatcher``'s: every spelling (decomposed Unicode,
    invisible characters inside, any case, dotted initials, the genitive) is the
    same name, as for the MED redaction and the import."""

    def __init__(self, emp, colleagues, name_repl: str, initials_repl: str):
        shared = set()
        for o in colleagues:
            shared |= {fold(p) for p in _name_parts(o.name or "")}
        full = clean(emp.name or "")
        names = {p for p in _name_parts(emp.name or "") if p == full or fold(p) not in shared}
        ini = clean(emp.initials or "")
        initials = [ini] if ini and " " not in ini else []
        self.name_repl, self.initials_repl = name_repl, initials_repl
        self._rules = [(m, repl) for m, repl in ((NameMatcher(loose=names), name_repl),
                                                  (NameMatcher(initials=initials), initials_repl))
                       if not m.empty]

    @property
    def active(self) -> bool:
        return bool(self._rules)

    def __call__(self, text):
        if not isinstance(text, str) or not text:
            return text
        out = text
        for matcher, repl in self._rules:
            def sub(_matched, ending, repl=repl):
                if not ending:
                    return repl
                return repl + ("s" if repl[-1:].isalpha() else "'s")
            out = matcher.sub(out, sub)
        for repl in {self.name_repl, self.initials_repl}:
            r = re.escape(repl)
            out = re.sub(rf"{r}(?:[\s\-]+{r})+", repl, out)  # first + last name → one
        return out

    def json(self, text):
        """A JSON text (plan summaries): scrub every string, keys too; plain text if it isn't JSON."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return self(text)

        def walk(x):
            if isinstance(x, str):
                return self(x)
            if isinstance(x, list):
                return [walk(v) for v in x]
            if isinstance(x, dict):
                return {self(k): walk(v) for k, v in x.items()}
            return x
        new = walk(data)
        return text if new == data else json.dumps(new, ensure_ascii=False)


def _mentions(conn, scrub: _Scrubber, employee_id: int) -> list[tuple[str, str, str, object, str]]:
    """(table, key column, text column, key, scrubbed text) of other rows that mention the employee."""
    out = []
    if not scrub.active:
        return out
    for table, keycol, col in _TEXT_COLUMNS:
        sql = f"SELECT {keycol}, {col} FROM {table} WHERE {col} IS NOT NULL AND {col} != ''"
        args: tuple = ()
        if table in _OWN:
            sql += " AND employee_id IS NOT ?"
            args += (employee_id,)
        try:
            rows = conn.execute(sql, args).fetchall()
        except Exception:  # a table this file does not have yet
            continue
        fn = scrub.json if (table, col) == ("plan_versions", "summary") else scrub
        for key, text in rows:
            new = fn(text)
            if new != text:
                out.append((table, keycol, col, key, new))
    return out


def _scrubber(conn, emp, mode: str, pseudonym: str, pseudonym_initials: str) -> _Scrubber:
    from ..domain.model import Employee

    colleagues = [Employee(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT id, name, initials FROM employees WHERE id != ? AND anonymised = 0", (emp.id,))]
    if mode == "anonymise":
        return _Scrubber(emp, colleagues, pseudonym, pseudonym_initials)
    return _Scrubber(emp, colleagues, texts.ERASE_MENTION_REPLACEMENT, texts.ERASE_MENTION_REPLACEMENT)


def _leader_versions_with(conn, emp) -> list[int]:
    """Ids of archived leader's editions that show the employee (see the module doc)."""
    try:
        rows = conn.execute("SELECT id, med_date, summary FROM plan_versions WHERE variant = 'leder'").fetchall()
    except Exception:
        return []
    out = []
    start = emp.start_date.isoformat() if emp.start_date else "0000-00-00"
    end = emp.end_date.isoformat() if emp.end_date else "9999-12-31"
    for vid, med_date, summary in rows:
        try:
            staff = (json.loads(summary or "{}") or {}).get("staff", {}) or {}
        except (TypeError, ValueError, AttributeError):
            staff = {}
        listed = str(emp.id) in staff or any(
            isinstance(v, dict) and v.get("name") == emp.name for v in staff.values())
        if listed or start <= (med_date or "") <= end:
            out.append(vid)
    return out


def _pseudonym(conn) -> tuple[str, str]:
    n = _count(conn, "SELECT COUNT(*) FROM employees WHERE anonymised = 1") + 1
    while True:
        name = texts.ERASE_PSEUDONYM.format(n=n)
        ini = texts.ERASE_PSEUDONYM_INITIALS.format(n=n)
        clash = conn.execute(
            "SELECT 1 FROM employees WHERE name = ? OR initials = ? COLLATE NOCASE", (name, ini)
        ).fetchone()
        if not clash:
            return name, ini
        n += 1


def describe(repo, employee_id: int, mode: str, archived: str = "delete") -> ErasurePlan:
    """What ``erase`` would do, for the confirmation. Writes nothing."""
    if mode not in MODES or archived not in ARCHIVED:
        raise EraseError("unknown_mode")
    conn = repo.conn
    emp = repo.staff.employee(employee_id)
    if emp is None:
        raise EraseError("not_found")
    if emp.end_date is None or emp.end_date > dates.today():
        raise EraseError("not_former")
    if emp.anonymised and mode == "anonymise":
        raise EraseError("already_anonymised")
    e = employee_id
    n_ass = _count(conn, "SELECT COUNT(*) FROM assessments WHERE employee_id = ?", e)
    n_ass_notes = _count(conn, "SELECT COUNT(*) FROM assessments WHERE employee_id = ? AND note != ''", e)
    n_comp = _count(conn, "SELECT COUNT(*) FROM course_completions WHERE employee_id = ?", e)
    n_comp_notes = _count(conn, "SELECT COUNT(*) FROM course_completions WHERE employee_id = ? AND note != ''", e)
    n_part = _count(conn, "SELECT COUNT(*) FROM activity_participants WHERE employee_id = ?", e)
    n_goals = _count(conn, "SELECT COUNT(*) FROM learning_goals WHERE employee_id = ?", e)
    n_log = _count(conn, "SELECT COUNT(*) FROM logbook WHERE employee_id = ?", e)
    n_mus = _count(conn, "SELECT COUNT(*) FROM mus WHERE employee_id = ?", e)
    n_forms = _count(conn, "SELECT COUNT(*) FROM self_assessment_forms WHERE employee_id = ?", e)
    pseudonym, pini = _pseudonym(conn) if mode == "anonymise" else ("", "")
    archived_ids = _leader_versions_with(conn, emp)
    skip = set(archived_ids) if archived == "delete" else set()
    n_mentions = sum(1 for m in _mentions(conn, _scrubber(conn, emp, mode, pseudonym, pini), e)
                     if not (m[0] == "plan_versions" and m[3] in skip))
    if mode == "delete":
        items = [("the_employee", 1), ("name", 1), ("assessments", n_ass), ("completions", n_comp),
                 ("participations", n_part)]
        kept: list[tuple[str, int]] = []
    else:
        items = [("name", 1)]
        if emp.job_title or emp.team_id is not None:
            items.append(("job_title", 1))
        if emp.start_date is not None:
            items.append(("start_date", 1))
        items += [("assessment_notes", n_ass_notes), ("completion_notes", n_comp_notes)]
        kept = [("assessments", n_ass), ("completions", n_comp), ("participations", n_part), ("education", 0)]
        kept = [(k, n) for k, n in kept if n or k == "education"]
    items += [("learning_goals", n_goals), ("logbook", n_log), ("mus", n_mus), ("self_forms", n_forms),
              ("mentions", n_mentions)]
    items = [(k, n) for k, n in items if n]
    return ErasurePlan(e, emp.name, mode, pseudonym, pini, items, kept, len(archived_ids), archived,
                       archived_ids)


def erase(repo, employee_id: int, mode: str, now: dt.datetime | None = None,
          archived: str = "delete") -> ErasureResult:
    """Erase or anonymise a former employee, then scrub the file (secure_delete + VACUUM).
    ``archived``: "delete" (default) or "keep" the archived leader's editions that show them."""
    from . import backup

    plan = describe(repo, employee_id, mode, archived)
    emp = repo.staff.employee(employee_id)
    file: TilbudFile = repo.file
    conn = file.conn
    now = (now or dt.datetime.now()).replace(microsecond=0)
    e = employee_id
    scrub = _scrubber(conn, emp, mode, plan.pseudonym, plan.pseudonym_initials)
    prev_secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with file.atomic() as c:
            if archived == "delete" and plan.archived_ids:
                c.executemany("DELETE FROM plan_versions WHERE id = ?", [(i,) for i in plan.archived_ids])
            for table, keycol, col, key, new in _mentions(c, scrub, e):
                # two tags of a competence scrubbed to the same word become one
                verb = "UPDATE OR REPLACE" if table == "competence_tags" else "UPDATE"
                c.execute(f"{verb} {table} SET {col} = ? WHERE {keycol} = ?", (new, key))
            if mode == "delete":
                c.execute("DELETE FROM employees WHERE id = ?", (e,))
            else:
                c.execute(
                    """UPDATE employees SET name = ?, initials = ?, job_title = '', med_role = '',
                              team_id = NULL, start_date = NULL, target_group_years_before = NULL,
                              anonymised = 1 WHERE id = ?""",
                    (plan.pseudonym, plan.pseudonym_initials, e),
                )
                c.execute("UPDATE assessments SET note = '' WHERE employee_id = ? AND note != ''", (e,))
                c.execute("UPDATE course_completions SET note = '' WHERE employee_id = ? AND note != ''", (e,))
                c.execute("DELETE FROM learning_goals WHERE employee_id = ?", (e,))
                c.execute("DELETE FROM logbook WHERE employee_id = ?", (e,))
                c.execute("DELETE FROM mus WHERE employee_id = ?", (e,))
                c.execute("DELETE FROM self_assessment_forms WHERE employee_id = ?", (e,))
            c.execute("INSERT INTO erasures(erased_at, mode) VALUES (?, ?)",
                      (now.strftime("%Y-%m-%d %H:%M:%S"), mode))
        # rebuild the file so no freed page, index entry or overflow page keeps the old text
        conn.execute("VACUUM")
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(prev_secure)}")
    # a backup killed mid-copy left a hidden full copy: it goes now, not at some later start
    backup.sweep_temporaries(backup.folder_for(file.path))
    return ErasureResult(plan, now, backup.older_than(file.path, now))


def erasures(repo) -> list[tuple[dt.datetime, str]]:
    """When erasures were made (local time) and how."""
    out = []
    for at, mode in repo.conn.execute("SELECT erased_at, mode FROM erasures ORDER BY erased_at"):
        try:
            out.append((dt.datetime.fromisoformat(at), mode))
        except ValueError:
            continue
    return out
