"""Coverage per team / shift: a competence marked *skal dækkes i hvert team / på hver vagt*
must have, in every team with active staff, at least one active member at or above its
expected level. The guideline's part on organising the work asks exactly this — that the
citizens have enough contact with staff with the relevant competences — and a plan saying
"på hver vagt er der mindst én med medicinhåndtering" must not be contradicted by its own
matrix.

Staff without a team are no team's cover; a team without active staff has no shift to cover.
"""
from __future__ import annotations

from dataclasses import dataclass

from .rules import NOT_RELEVANT


@dataclass(frozen=True)
class TeamGap:
    competence_id: int
    competence: str
    expected: int
    team_id: int
    team: str


def cover_counts(s, competence) -> dict[int, int]:
    """Team id → active members at or above the competence's expected level (teams with active staff)."""
    out: dict[int, int] = {}
    for e in s.active_employees:
        if e.team_id is None:
            continue
        v = s.current.get((e.id, competence.id))
        ok = v is not None and v is not NOT_RELEVANT and v >= competence.expected_level
        out[e.team_id] = out.get(e.team_id, 0) + (1 if ok else 0)
    return out


def team_gaps(s) -> list[TeamGap]:
    """Every (competence marked per team, team) without anyone at the expected level, in profile
    and team order."""
    gaps = []
    for c in s.competences:
        if not getattr(c, "per_team", False):
            continue
        counts = cover_counts(s, c)
        for t in s.teams:
            if t.id in counts and counts[t.id] == 0:
                gaps.append(TeamGap(c.id, c.name, c.expected_level, t.id, t.name))
    return gaps


def gaps_text(gaps: list[TeamGap]) -> str:
    """"Nat og weekend mangler Medicinhåndtering (niveau 3); Team Øst mangler …"."""
    return "; ".join(f"{g.team} mangler {g.competence} (niveau {g.expected})" for g in gaps)
