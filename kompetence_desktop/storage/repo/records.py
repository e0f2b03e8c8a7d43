"""The records kept about people and meetings: learning goals, the logbook, MUS,
MED discussions and supervision sessions."""
from __future__ import annotations

from ...domain.model import LearningGoal, LogbookEntry, MedDiscussion, MusRecord, SupervisionSession
from .rows import objects


class RecordsRepo:
    def __init__(self, conn):
        self.conn = conn

    def _of_employee(self, cls: type, table: str, employee_id: int | None, order: str) -> list:
        """The rows of ``table`` for one employee, or for all when None."""
        if employee_id is None:
            return objects(self.conn, cls, f"SELECT * FROM {table} ORDER BY {order}")
        return objects(self.conn, cls, f"SELECT * FROM {table} WHERE employee_id = ? ORDER BY {order}",
                       (employee_id,))

    def learning_goals(self, employee_id: int | None = None) -> list[LearningGoal]:
        return self._of_employee(LearningGoal, "learning_goals", employee_id, "created_on, id")

    def logbook(self, employee_id: int | None = None) -> list[LogbookEntry]:
        return self._of_employee(LogbookEntry, "logbook", employee_id, "entry_date, id")

    def mus_records(self, employee_id: int | None = None) -> list[MusRecord]:
        return self._of_employee(MusRecord, "mus", employee_id, "held_on, id")

    def med_discussions(self) -> list[MedDiscussion]:
        return objects(self.conn, MedDiscussion, "SELECT * FROM med_discussions ORDER BY held_on, id")

    def supervision(self) -> list[SupervisionSession]:
        return objects(self.conn, SupervisionSession, "SELECT * FROM supervision ORDER BY held_on, id")
