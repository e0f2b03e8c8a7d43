"""The area overview's use of many tilbud files: found in folders and read strictly
read-only — no lock taken, no journal written, no backup taken — into anonymous
summaries (``storage.reader``, ``domain.area``)."""
from __future__ import annotations

from ..storage.reader import collect, read_all

__all__ = ["collect", "read_all"]
