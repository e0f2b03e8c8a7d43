"""Shared fixtures: offscreen Qt, a fresh temporary file per test, a frozen today."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from kompetence_desktop.domain import dates

#: every test runs on this day unless it says otherwise
FROZEN_TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def frozen_today():
    dates.set_today(FROZEN_TODAY)
    yield FROZEN_TODAY
    dates.set_today(None)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Backups, settings and caches go to a temporary folder, never the real home."""
    d = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("KOMPETENCE_DATA_DIR", str(d))
    yield d


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo file per session (dated FROZEN_TODAY); copy it with ``demo_path``."""
    from kompetence_desktop.operations.files import write_demo

    p = tmp_path_factory.mktemp("demo") / "lærkely.kompetence"
    dates.set_today(FROZEN_TODAY)
    from kompetence_desktop.reports.plan import render_plan

    write_demo(p, today=FROZEN_TODAY, render_plan=render_plan)
    dates.set_today(None)
    return p


@pytest.fixture
def demo_path(demo_template, tmp_path):
    """A fresh copy of the demo tilbud for this test."""
    import shutil

    p = tmp_path / "lærkely.kompetence"
    shutil.copy(demo_template, p)
    return p


@pytest.fixture
def demo_file(demo_path):
    """The demo, opened for writing."""
    from kompetence_desktop.storage.tilbudfile import open_file

    f = open_file(demo_path)
    yield f
    f.close()


@pytest.fixture
def demo_repo(demo_file):
    from kompetence_desktop.storage.repo import Repo

    return Repo(demo_file)


@pytest.fixture
def empty_path(tmp_path):
    from kompetence_desktop.storage.tilbudfile import create_file

    p = tmp_path / "nyt.kompetence"
    create_file(p, "Nyt tilbud")
    return p


@pytest.fixture
def empty_repo(empty_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    f = open_file(empty_path)
    yield Repo(f)
    f.close()
