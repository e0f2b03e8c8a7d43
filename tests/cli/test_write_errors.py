"""A document that can't be written: one Danish line about the user's own path and
folder — never the temporary file's name or the system's English words — and nothing
left behind. Shared by the CLI and the Udskrifter page (reports/output.py)."""
from __future__ import annotations

import errno
import os

import pytest

from kompetence_desktop.reports import output

from ..writefail import failing_fdopen
from .danish import one_danish_line
from .test_output_guard import EXPORTS

@pytest.mark.parametrize("command,ext", EXPORTS)
def test_missing_folder_is_named_in_danish(demo_path, tmp_path, capsys, command, ext):
    target = tmp_path / "findes-ikke" / "dir" / f"x.{ext}"
    line = one_danish_line(capsys, command[0], demo_path, *command[1:], "-o", target)
    assert line.startswith(f"Mappen {target.parent} findes ikke.")
    assert "/." not in line.replace(str(tmp_path), "")  # no ".tmpXYZ.pdf"
    assert not target.parent.exists()


def test_a_path_in_a_missing_folder_gives_one_danish_line(demo_path, capsys):
    line = one_danish_line(capsys, "export-plan", demo_path, "-o", "/nonexistent/dir/x.pdf")
    assert line == "Mappen /nonexistent/dir findes ikke. Intet er skrevet – vælg en mappe, der findes."


@pytest.mark.parametrize("err,words", [
    (PermissionError(errno.EACCES, "Permission denied"), "Der er ikke adgang til at skrive i mappen"),
    (OSError(errno.ENOSPC, "No space left on device"), "Der er ikke plads på drevet"),
    (OSError(errno.EROFS, "Read-only file system"), "er skrivebeskyttet"),
    (OSError(errno.EIO, "Input/output error"), f"fejlkode {errno.EIO}"),
])
def test_a_failing_write_names_the_users_path(demo_path, tmp_path, capsys, monkeypatch, err, words):
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(output.os, "fdopen", failing_fdopen(err))
    line = one_danish_line(capsys, "export-plan", demo_path, "-o", target)
    assert words in line and (str(target) in line or str(tmp_path) in line), line
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]  # neither the file nor a temporary one


def test_a_file_that_cannot_be_replaced_is_probably_open(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def refuse(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output.os, "replace", refuse)
    with pytest.raises(output.WriteFailed) as e:
        output.write_atomic(target, b"new")
    assert str(e.value).startswith(f"Filen {target} kan ikke erstattes")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # the temporary file is gone


def test_a_written_document_is_readable_by_others_like_any_new_file(tmp_path):
    """A plan for the MED committee on a shared folder: the PDF gets the permissions any
    new file gets (the umask), not owner-only; a replaced file keeps its own."""
    import os
    import stat

    from kompetence_desktop.reports import output

    old = os.umask(0o022)
    try:
        new = tmp_path / "plan.pdf"
        output.write_atomic(new, b"%PDF-1.4 new")
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
        kept = tmp_path / "gammel.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        output.write_atomic(kept, b"%PDF-1.4 replaced")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_bytes() == b"%PDF-1.4 replaced"
    finally:
        os.umask(old)


def test_replacing_a_read_only_document_leaves_the_new_one_writable_by_its_owner(tmp_path):
    import os
    import stat

    from kompetence_desktop.reports import output

    old = tmp_path / "plan.pdf"
    old.write_bytes(b"old")
    old.chmod(0o444)
    output.write_atomic(old, b"%PDF-1.4 new")
    assert stat.S_IMODE(old.stat().st_mode) == 0o644 and old.read_bytes() == b"%PDF-1.4 new"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left
    assert os.access(old, os.W_OK)
