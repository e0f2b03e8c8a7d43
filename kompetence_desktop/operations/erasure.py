"""Erasing or anonymising a former employee: what would go (``describe``) and doing it
(``erase``). Not undoable — that is the point; the older backups that still hold the
person are offered for deletion afterwards (``operations.backups``). The work is the
storage layer's (``storage.erase``), which finds every spelling of the name."""
from __future__ import annotations

from ..storage.erase import ARCHIVED, MODES, EraseError, ErasurePlan, ErasureResult, describe, erase, erasures

__all__ = ["ARCHIVED", "MODES", "EraseError", "ErasurePlan", "ErasureResult", "describe", "erase", "erasures"]
