"""The rules for each kind of record, in one place, for every front end.

Each ``problems_*`` function takes the fields about to be stored (and, for an
edit, the record's current fields, so a rule about two fields sees both) and
returns the broken rules as ``DomainError``s with a code and the field they
concern — never words: the window and the CLI word the codes through
``texts``. ``check(kind, fields, old)`` raises the first.

Rules that need the rest of the file (initials already taken, a team name
already used) live with the operations, which can ask the file.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Mapping

from .model import (
    ACTIVITY_CATEGORIES,
    ACTIVITY_FORMS,
    ACTIVITY_STATUSES,
    CATEGORIES,
    COURSE_RULES,
    RULE_INTERVAL,
    RULE_WITHIN_EMPLOYMENT,
    SUPERVISION_AUDIENCES,
)
from .rules import DomainError, validate_level

Fields = Mapping[str, object]
#: the most years before employment that can be recorded with the target group (the file's CHECK)
MAX_TARGET_GROUP_YEARS = 60


def _merged(fields: Fields, old: Fields | None) -> dict:
    out = dict(old or {})
    out.update(fields)
    return out


def _as_date(v) -> dt.date | None:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and v.strip():
        try:
            return dt.date.fromisoformat(v.strip())
        except ValueError:
            return None  # the storage layer refuses an unreadable date with its own code
    return None


def _blank(v) -> bool:
    return not (isinstance(v, str) and v.strip())


def _required(fields: Fields, old: Fields | None, key: str, code: str) -> list[DomainError]:
    """A required text: refused when given blank, or missing from a new record."""
    if key in fields:
        return [DomainError(code, field=key)] if _blank(fields[key]) else []
    return [DomainError(code, field=key)] if old is None else []


def _control_chars(text) -> bool:
    return isinstance(text, str) and any(ord(ch) < 32 or ord(ch) == 127 for ch in text)


def _order(fields: Fields, old: Fields | None, first: str, then: str, code: str) -> list[DomainError]:
    """``then`` may not lie before ``first`` (checked when either changes)."""
    if first not in fields and then not in fields:
        return []
    both = _merged(fields, old)
    a, b = _as_date(both.get(first)), _as_date(both.get(then))
    return [DomainError(code, field=then)] if a and b and b < a else []


def problems_employee(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    out = _required(fields, old, "name", "name_required")
    out += _required(fields, old, "initials", "initials_required")
    if _control_chars(fields.get("name")):
        out.append(DomainError("name_control", field="name"))
    ini = fields.get("initials")
    if isinstance(ini, str) and any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in ini.strip()):
        out.append(DomainError("initials_whitespace", field="initials"))
    out += _order(fields, old, "start_date", "end_date", "end_before_start")
    years = fields.get("target_group_years_before")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int)
                              or not 0 <= years <= MAX_TARGET_GROUP_YEARS):
        out.append(DomainError("target_group_years", field="target_group_years_before"))
    return out


def problems_team(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    return _required(fields, old, "name", "name_required")


def problems_competence(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    out = _required(fields, old, "name", "name_required")
    if "category" in fields and fields["category"] not in CATEGORIES:
        out.append(DomainError("unknown_category", category=fields["category"], field="category"))
    if "expected_level" in fields:
        try:
            validate_level(fields["expected_level"])
        except DomainError as exc:
            exc.details["field"] = "expected_level"
            out.append(exc)
    return out


def problems_activity(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    out = _required(fields, old, "title", "name_required")
    for key, allowed in (("status", ACTIVITY_STATUSES), ("category", ACTIVITY_CATEGORIES),
                         ("form", ACTIVITY_FORMS)):
        v = fields.get(key)
        if v not in (None, "") and v not in allowed:
            out.append(DomainError("invalid_value", field=key))
    price = fields.get("price_ore")
    if isinstance(price, int) and not isinstance(price, bool) and price < 0:
        out.append(DomainError("negative_price", field="price_ore"))
    out += _order(fields, old, "start_date", "end_date", "activity_end_before_start")
    out += _order(fields, old, "start_date", "followup_date", "followup_before_start")
    return out


def problems_course_type(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    out = _required(fields, old, "name", "name_required")
    both = _merged(fields, old)
    rule = both.get("rule")
    if "rule" in fields and rule not in COURSE_RULES:
        out.append(DomainError("invalid_value", field="rule"))
    if rule in (RULE_INTERVAL, RULE_WITHIN_EMPLOYMENT) and ("rule" in fields or "months" in fields):
        months = both.get("months")
        if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 600:
            out.append(DomainError("months_required", field="months"))
    return out


def problems_supervision(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    out = []
    if "audience" in fields and fields["audience"] not in SUPERVISION_AUDIENCES:
        out.append(DomainError("invalid_value", field="audience"))
    if old is None and not fields.get("held_on"):
        out.append(DomainError("date_required", field="held_on"))
    return out


def _dated(key: str) -> Callable[[Fields, Fields | None], list[DomainError]]:
    def problems(fields: Fields, old: Fields | None = None) -> list[DomainError]:
        if (old is None or key in fields) and not fields.get(key, (old or {}).get(key)):
            return [DomainError("date_required", field=key)]
        return []
    return problems


def _no_rules(fields: Fields, old: Fields | None = None) -> list[DomainError]:
    return []


#: kind → its rules (the kinds are the operations' record kinds)
RULES: dict[str, Callable[[Fields, Fields | None], list[DomainError]]] = {
    "employee": problems_employee,
    "team": problems_team,
    "competence": problems_competence,
    "activity": problems_activity,
    "course_type": problems_course_type,
    "completion": _dated("completed_on"),
    "learning_goal": _dated("created_on"),
    "logbook": _dated("entry_date"),
    "mus": _dated("held_on"),
    "med_discussion": _dated("held_on"),
    "supervision": problems_supervision,
}


def problems(kind: str, fields: Fields, old: Fields | None = None) -> list[DomainError]:
    return RULES.get(kind, _no_rules)(fields, old)


def check(kind: str, fields: Fields, old: Fields | None = None) -> None:
    """Raise the first broken rule of ``kind`` for ``fields`` (``old``: the record as stored)."""
    found = problems(kind, fields, old)
    if found:
        raise found[0]
