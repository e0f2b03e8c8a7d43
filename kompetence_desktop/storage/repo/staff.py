"""Staff: teams and employees."""
from __future__ import annotations

from ...domain.model import Employee, Team
from .rows import objects


class StaffRepo:
    def __init__(self, conn):
        self.conn = conn

    def teams(self) -> list[Team]:
        return objects(self.conn, Team, "SELECT * FROM teams ORDER BY sort_order, name")

    def employees(self) -> list[Employee]:
        """All staff, former included, ordered by team and name (the matrix order)."""
        return objects(self.conn, Employee,
                       """SELECT e.* FROM employees e LEFT JOIN teams t ON t.id = e.team_id
                          ORDER BY t.sort_order IS NULL, t.sort_order, t.name, e.name COLLATE NOCASE, e.id""")

    def employee(self, employee_id: int) -> Employee | None:
        found = objects(self.conn, Employee, "SELECT * FROM employees WHERE id = ?", (employee_id,))
        return found[0] if found else None
