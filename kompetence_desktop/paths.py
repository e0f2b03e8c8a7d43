"""User folders (platformdirs) and resources, in source and frozen builds."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "KompetenceDesktop"
APP_AUTHOR = "KompetenceDesktop"


def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """Where the program keeps its own data (backups); KOMPETENCE_DATA_DIR overrides (tests)."""
    override = os.environ.get("KOMPETENCE_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_DIR_NAME, APP_AUTHOR))


def backups_dir() -> Path:
    return user_data_dir() / "sikkerhedskopier"


def cache_dir() -> Path:
    override = os.environ.get("KOMPETENCE_DATA_DIR")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_DIR_NAME, APP_AUTHOR))
