"""The use cases: every change to a tilbud file goes through one of these.

The window and the ``kompetence`` command call these and nothing else to
change a file. Each editing operation is a plain object with ``do``/``undo``/
``redo`` that returns ``Changes`` (see ``base``); whole-file use cases (a new
tilbud, a copy, the demo copy, backups) are functions in ``files``.
"""
from .base import Changes, Clock, History, Operation
from .matrix import SetCells, SetExpectedLevels, SwapCompetences
from .plan import (
    AddDefaultCourses,
    ArchivePlan,
    DeleteCompletions,
    RecordCompletions,
    SetProfile,
    med_evaluation,
    version_label,
)
from .records import KINDS, AddRecord, DeleteRecord, UpdateRecord
from .staff import ImportStaff

__all__ = [
    "Changes", "Clock", "History", "Operation",
    "SetCells", "SetExpectedLevels", "SwapCompetences",
    "AddDefaultCourses", "ArchivePlan", "DeleteCompletions", "RecordCompletions", "SetProfile",
    "med_evaluation", "version_label",
    "KINDS", "AddRecord", "DeleteRecord", "UpdateRecord",
    "ImportStaff",
]
