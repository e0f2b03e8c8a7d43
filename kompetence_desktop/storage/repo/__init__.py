"""Rows ↔ domain objects for one tilbud file, arranged by aggregate.

``Repo`` is what the rest of the program holds (``ctx.repo``): the open file,
the clock, a ``snapshot`` of everything, and one object per aggregate —

* ``repo.staff``: teams and employees,
* ``repo.matrix``: competences, tags, assessments (the cells) and their order,
* ``repo.plan``: activities and their links, course types and completions, plan versions,
* ``repo.records``: learning goals, logbook, MUS, MED discussions, supervision,
* ``repo.profile``: the profile texts and the file's id,
* ``repo.rows``: the generic row writes and undo's capture/restore (``rows.RowStore``).

Reads use the stdlib connection (fast, nothing to import); writes go through
``TilbudFile.atomic()`` — one committed transaction per user edit. The rules of
each kind of record are the domain's (``domain.validate``), applied by the
operations; the writes here refuse what the file cannot hold (an unknown column,
an unreadable date, text over the limits) and, for the cells, a level or a day
that is not one.
"""
from __future__ import annotations

import datetime as dt

from ...domain import dates
from ..tilbudfile import TilbudFile
from .matrix import MatrixRepo
from .plan import PlanRepo
from .profile import ProfileRepo
from .records import RecordsRepo
from .rows import RowStore, from_row
from .staff import StaffRepo

__all__ = ["Repo", "RowStore", "StaffRepo", "MatrixRepo", "PlanRepo", "RecordsRepo", "ProfileRepo", "from_row"]


class Repo:
    """Everything the program reads from and writes to one tilbud file."""

    def __init__(self, file: TilbudFile, clock=None):
        self.file = file
        self.conn = file.conn
        #: today's date; passed in, so the demo can build last year's file and tests can freeze it
        self.clock = clock or dates.today

        def today() -> dt.date:
            return self.clock()

        self.rows = RowStore(file)
        self.staff = StaffRepo(file.conn)
        self.matrix = MatrixRepo(file, self.rows, today)
        self.plan = PlanRepo(file, self.rows, today)
        self.records = RecordsRepo(file.conn)
        self.profile = ProfileRepo(file)

    def snapshot(self, today: dt.date | None = None):
        """Everything at once, for the plan, the check and the Overblik."""
        from ...domain.rules import add_months
        from ...domain.snapshot import Snapshot

        today = today or self.clock()
        return Snapshot(
            today=today,
            profile=self.profile.texts(),
            teams=self.staff.teams(),
            employees=self.staff.employees(),
            competences=self.matrix.competences(),
            current=self.matrix.current_cells(today),
            selfs=self.matrix.self_cells(today),
            year_ago=self.matrix.current_cells(add_months(today, -12)),
            course_types=self.plan.course_types(),
            completions=self.plan.completions(),
            activities=self.plan.activities(),
            mus=self.records.mus_records(),
            med=self.records.med_discussions(),
            supervision=self.records.supervision(),
            learning_goals=self.records.learning_goals(),
            logbook=self.records.logbook(),
        )
