"""The use cases: every change to a tilbud file goes through one of these.

The window and the ``kompetence`` command call these and nothing else to
change a file. Each editing operation is a plain object with ``do``/``undo``/
``redo`` that returns ``Changes`` (see ``base``):

* ``records`` — add, edit or delete one record of any kind (``AddRecord``, …);
* ``matrix`` — cells, expected levels, the order of competences;
* ``plan`` — course completions, standard courses, profile texts, the plan
  versions archived as *behandlet i MED*;
* ``staff`` — importing a staff list;
* ``self_assessment`` — the self-assessment forms: made, read back, stored.

Whole-file use cases (a new tilbud, a copy, the demo copy) are functions in
``files``; backups are ``backups`` and erasure ``erasure``.

The names are loaded on first use (``from kompetence_desktop.operations import
AddRecord`` loads ``records`` only): the window's first paint needs the matrix's
operations and nothing else.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "Changes": "base", "Clock": "base", "History": "base", "Operation": "base",
    "SetCells": "matrix", "SetExpectedLevels": "matrix", "SwapCompetences": "matrix",
    "AddDefaultCourses": "plan", "ArchivePlan": "plan", "DeleteCompletions": "plan",
    "RecordCompletions": "plan", "SetProfile": "plan", "med_evaluation": "plan", "version_label": "plan",
    "KINDS": "records", "AddRecord": "records", "DeleteRecord": "records", "UpdateRecord": "records",
    "ImportStaff": "staff",
    "EnsureFormSecret": "self_assessment", "ImportSelfAssessments": "self_assessment",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
