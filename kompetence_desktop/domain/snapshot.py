"""Everything about a tilbud at one moment, loaded once: what the plan, the
requirement check and the Overblik read. No Qt, no SQL."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import (
    Activity,
    Competence,
    CourseCompletion,
    CourseType,
    Employee,
    LearningGoal,
    LogbookEntry,
    MedDiscussion,
    MusRecord,
    SupervisionSession,
    Team,
)


@dataclass
class Snapshot:
    today: dt.date
    profile: dict[str, str]
    teams: list[Team]
    employees: list[Employee]
    competences: list[Competence]
    current: dict  # (employee_id, competence_id) -> level | NOT_RELEVANT | None
    selfs: dict  # the same for self-assessments
    year_ago: dict = field(default_factory=dict)  # current levels one year ago
    course_types: list[CourseType] = field(default_factory=list)
    completions: list[CourseCompletion] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    mus: list[MusRecord] = field(default_factory=list)
    med: list[MedDiscussion] = field(default_factory=list)
    supervision: list[SupervisionSession] = field(default_factory=list)
    learning_goals: list[LearningGoal] = field(default_factory=list)
    logbook: list[LogbookEntry] = field(default_factory=list)
    #: the self-assessment forms' round (domain.self_form.FormRound), where a page loads it
    self_forms: object = None

    @property
    def active_employees(self) -> list[Employee]:
        return [e for e in self.employees if e.is_active(self.today)]

    def team_name(self, team_id: int | None) -> str:
        return next((t.name for t in self.teams if t.id == team_id), "")

    def mus_dates(self) -> dict[int, list[dt.date]]:
        out: dict[int, list[dt.date]] = {}
        for m in self.mus:
            out.setdefault(m.employee_id, []).append(m.held_on)
        return out
