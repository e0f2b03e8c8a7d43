"""Backups of a tilbud file as the front ends use them: taken now or daily, listed,
restored into a new file (never over one), deleted after an erasure. The copying,
checking and pruning is the storage layer's (``storage.backup``)."""
from __future__ import annotations

from ..storage.backup import (
    BackupError,
    BackupInfo,
    auto_backup,
    backup_now,
    delete_backups,
    folder_for,
    list_backups,
    newest_for,
    newest_good_for,
    next_good_before,
    older_than,
    restore,
    taken_at,
)

__all__ = ["BackupError", "BackupInfo", "auto_backup", "backup_now", "delete_backups", "folder_for",
           "list_backups", "newest_for", "newest_good_for", "next_good_before", "older_than", "restore",
           "taken_at"]
