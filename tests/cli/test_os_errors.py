"""An OSError that reaches the ``kompetence`` command's top (reading an input file,
creating a new one) is one Danish line naming the user's own path — never the
system's English text nor a temporary file's name (cli.os_problem)."""
from __future__ import annotations

import errno

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage import tilbudfile

from .danish import one_danish_line as _line

@pytest.mark.parametrize("argv", [["demo"], ["new", "--navn", "Bostedet"]])
def test_a_new_file_in_a_missing_folder_names_the_folder(capsys, tmp_path, argv):
    target = tmp_path / "findes-ikke" / "ny.kompetence"
    line = _line(capsys, *argv, target)
    assert line == f"Mappen {target.parent} findes ikke. Intet er skrevet – vælg en mappe, der findes."
    assert not target.parent.exists()


def test_an_input_file_that_cannot_be_read(capsys, demo_path, monkeypatch):
    def refuse(path, readonly=True):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(cli, "_open", refuse)
    assert _line(capsys, "check", demo_path) == f"Filen {demo_path} kan ikke læses."


def test_an_input_file_that_went_missing(capsys, tmp_path, monkeypatch):
    gone = tmp_path / "væk.kompetence"

    def vanish(path, readonly=True):
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))

    monkeypatch.setattr(cli, "_open", vanish)
    assert _line(capsys, "check", gone) == f"Filen {gone} findes ikke."


@pytest.mark.parametrize("err,expected", [
    (errno.ENOSPC, "Der er ikke plads på drevet til {path}. Intet er skrevet."),
    (errno.EIO, "Filen {path} kunne ikke skrives (fejlkode %d). Intet er skrevet." % errno.EIO),
    (errno.EACCES, "Der er ikke adgang til at skrive i mappen {dir}. Intet er skrevet – vælg en anden mappe."),
])
def test_a_failing_temporary_file_is_told_as_the_users_path(capsys, tmp_path, monkeypatch, err, expected):
    target = tmp_path / "ny.kompetence"

    def fails(path, name, fill=None):
        raise OSError(err, "English words", str(tmp_path / ".ny-abc123.kompetence"))

    monkeypatch.setattr(tilbudfile, "create_file", fails)
    line = _line(capsys, "new", "--navn", "Bostedet", target)
    assert line == expected.format(path=target, dir=tmp_path)


def test_an_error_naming_no_path(capsys, demo_path, monkeypatch):
    def fails(path, readonly=True):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(cli, "_open", fails)
    # one path on the command line: that is the one
    assert _line(capsys, "check", demo_path) == f"Filen {demo_path} kan ikke læses."


def test_an_error_naming_no_path_with_several_on_the_command_line(capsys, demo_path, tmp_path, monkeypatch):
    def fails(path, readonly=True):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(cli, "_open", fails)
    line = _line(capsys, "export-plan", demo_path, "-o", tmp_path / "plan.pdf")
    assert line == f"En fil kunne ikke læses eller skrives (fejlkode {errno.EIO})."
    assert not (tmp_path / "plan.pdf").exists()
