"""The training plan and its follow-up: course completions, the standard courses,
the tilbud's profile texts, and the plan versions archived as *behandlet i MED*."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable

from .. import texts
from ..domain import dates
from ..domain.rules import DomainError
from .base import Changes, Operation


class RecordCompletions(Operation):
    """One course completed on ``day`` by several employees (a whole team's fire drill).
    Employees who already have that course on that day are skipped (``skipped``)."""

    topics = ("courses",)

    def __init__(self, course_type_id: int, employee_ids: Iterable[int], day: dt.date, note: str = "",
                 clock=None):
        super().__init__(clock)
        self.course_type_id = course_type_id
        self.employee_ids = list(dict.fromkeys(employee_ids))
        self.day, self.note = day, note
        self.skipped: list[int] = []
        self.ids: list[int] = []
        self._captured = None

    def _apply(self, repo) -> Changes:
        if self.day > self.clock():
            raise DomainError("assessment_in_future", day=self.day, field="completed_on")
        have = {(c.employee_id, c.course_type_id, c.completed_on) for c in repo.plan.completions()}
        new = [e for e in self.employee_ids if (e, self.course_type_id, self.day) not in have]
        self.skipped = [e for e in self.employee_ids if e not in new]
        if not new:
            raise DomainError("nothing_new")
        self.ids = repo.plan.record_completions(self.course_type_id, new, self.day, self.note)
        return self.changes()

    def _revert(self, repo) -> Changes:
        self._captured = repo.rows.delete_rows("course_completions", self.ids)
        return self.changes()

    def _reapply(self, repo) -> Changes:
        repo.rows.restore_rows(self._captured)
        return self.changes()


class DeleteCompletions(Operation):
    """Delete course completions by id (the latest registration of selected cells)."""

    topics = ("courses",)

    def __init__(self, ids: Iterable[int], clock=None):
        super().__init__(clock)
        self.ids = list(ids)
        self._captured = None

    def _apply(self, repo) -> Changes:
        self._captured = repo.rows.delete_rows("course_completions", self.ids)
        return self.changes()

    def _revert(self, repo) -> Changes:
        repo.rows.restore_rows(self._captured)
        return self.changes()


class AddDefaultCourses(Operation):
    """The standard mandatory courses (Basis 1) that the file does not have yet."""

    topics = ("courses",)

    def __init__(self, courses: Iterable[tuple[str, str, int | None]], clock=None):
        super().__init__(clock)
        self.courses = list(courses)
        self.ids: list[int] = []
        self._captured: list = []

    def _apply(self, repo) -> Changes:
        self.ids = repo.plan.add_default_course_types(self.courses)
        if not self.ids:
            raise DomainError("nothing_new")
        return self.changes()

    def _revert(self, repo) -> Changes:
        with repo.file.atomic():
            self._captured = [repo.rows.capture_rows("course_types", i) for i in self.ids]
            for i in self.ids:
                repo.rows.delete("course_types", i)
        return self.changes()

    def _reapply(self, repo) -> Changes:
        with repo.file.atomic():
            for captured in self._captured:
                repo.rows.restore_rows(captured)
        return self.changes()


class SetProfile(Operation):
    """One text of the tilbud's profile (name, målgruppe, supervision, …)."""

    topics = ("profile",)

    def __init__(self, key: str, value: str, clock=None):
        super().__init__(clock)
        self.key, self.value = key, value
        self._old: str | None = None

    def _apply(self, repo) -> Changes:
        from ..domain.tilsyn import sickness_problem

        code = sickness_problem(self.key, self.value)
        if code:
            raise DomainError(code, field=self.key)
        self._old = repo.profile.texts().get(self.key)
        repo.profile.set(self.key, self.value)
        return self.changes()

    def _revert(self, repo) -> Changes:
        if self._old is None:
            repo.profile.clear(self.key)
        else:
            repo.profile.set(self.key, self._old)
        return self.changes()


def med_evaluation(version: int) -> str:
    """What the MED discussion that approved plan version ``version`` records."""
    return texts.MED_PLAN_EVALUATION.format(version=version)


def version_label(version: int, med_date: dt.date) -> str:
    return texts.PLAN_VERSION_LABEL.format(version=version, date=dates.format_date(med_date))


class ArchivePlan(Operation):
    """The plan as it stands kept as the next version, *behandlet i MED* on ``med_date``,
    and the MED discussion of that day recorded (once).

    ``render(snapshot, version_label)`` makes the PDF of the chosen edition from a
    snapshot that already holds this MED discussion, so the archived plan documents
    the very meeting that approved it. ``prepare(repo)`` may be called first (on the
    GUI thread) and the rendering done elsewhere; ``do`` then only stores.
    """

    topics = ("plan_versions", "med")

    def __init__(self, med_date: dt.date, variant: str = "leder",
                 render: Callable[..., bytes] | None = None, clock=None):
        super().__init__(clock)
        if variant not in ("leder", "med"):
            raise ValueError(variant)
        self.med_date, self.variant, self.render = med_date, variant, render
        self.version: int | None = None
        self.snapshot = None
        self.pdf: bytes | None = None
        self.version_id: int | None = None
        self._captured = None

    def prepare(self, repo):
        """The snapshot to render (with this meeting's MED discussion) and its version label."""
        from ..domain.plan_summary import with_med_discussion

        if not dates.MIN_YEAR <= self.med_date.year <= dates.MAX_YEAR:
            raise DomainError("date_out_of_range", field="med_date")
        if self.med_date > self.clock():
            raise DomainError("assessment_in_future", field="med_date")
        self.version = repo.plan.next_plan_version()
        self.snapshot = with_med_discussion(repo.snapshot(self.clock()), self.med_date,
                                            med_evaluation(self.version))
        return self.snapshot, version_label(self.version, self.med_date)

    def _apply(self, repo) -> Changes:
        from ..domain.plan_summary import summarise

        if self.snapshot is None:
            self.prepare(repo)
        if self.pdf is None:
            if self.render is None:
                raise ValueError("ArchivePlan needs a PDF or a renderer")
            self.pdf = self.render(self.snapshot, version_label=version_label(self.version, self.med_date))
        self.version_id = repo.plan.add_plan_version(
            self.med_date, self.pdf, summarise(self.snapshot), variant=self.variant, version=self.version,
            evaluation=med_evaluation(self.version), today=self.clock())
        return self.changes(created=self.version)

    def _revert(self, repo) -> Changes:
        self._captured = repo.plan.remove_plan_version(self.version, self.med_date, med_evaluation(self.version))
        return self.changes()

    def _reapply(self, repo) -> Changes:
        repo.plan.restore_plan_version(self._captured)
        return self.changes(created=self.version)
