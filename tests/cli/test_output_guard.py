"""An export never lands on the tilbud file, another tilbud or lock file, or a
file of another kind: exit 2, one Danish line, and every file left as it was."""
from __future__ import annotations

import hashlib

import pytest

from kompetence_desktop import cli

EXPORTS = [
    (["export-plan"], "pdf"),
    (["export-plan", "--med"], "pdf"),
    (["export-mus", "--employee", "HF"], "pdf"),
    (["export-aftale", "--employee", "HF"], "pdf"),
    (["export-indsigt", "--employee", "HF"], "pdf"),
    (["export-matrix"], "xlsx"),
]


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _refused(capsys, args, *files):
    before = {f: _sha(f) for f in files}
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    for f, h in before.items():
        assert _sha(f) == h, f"{f} was changed"
    return lines[0]


@pytest.mark.parametrize("command,ext", EXPORTS)
def test_output_onto_the_input_file_is_refused(demo_path, capsys, command, ext):
    line = _refused(capsys, [command[0], demo_path, *command[1:], "-o", demo_path], demo_path)
    assert "selve tilbudsfilen" in line
    # also when spelled differently (./name)
    import os

    os.chdir(demo_path.parent)
    line = _refused(capsys, [command[0], demo_path, *command[1:], "-o", "./" + demo_path.name], demo_path)
    assert "selve tilbudsfilen" in line


@pytest.mark.parametrize("command,ext", EXPORTS)
def test_output_onto_another_tilbud_or_lock_file_is_refused(demo_path, tmp_path, capsys, command, ext):
    other = tmp_path / "andet.kompetence"
    assert cli.main(["new", str(other), "--navn", "Andet"]) == 0
    lock = tmp_path / "andet.kompetence.lock"
    lock.write_text("pid 1")
    capsys.readouterr()
    for target in (other, lock):
        line = _refused(capsys, [command[0], demo_path, *command[1:], "-o", target], demo_path, other, lock)
        assert "programmets egne filer" in line and f".{ext}" in line
    # a new name ending in .kompetence is refused too (and not created)
    new = tmp_path / "ny.kompetence"
    _refused(capsys, [command[0], demo_path, *command[1:], "-o", new], demo_path)
    assert not new.exists()


@pytest.mark.parametrize("command,ext", EXPORTS)
def test_output_with_the_wrong_extension_is_refused_and_nothing_written(demo_path, tmp_path, capsys, command, ext):
    wrong = "xlsx" if ext == "pdf" else "pdf"
    existing = tmp_path / f"noget.{wrong}"
    existing.write_bytes(b"keep me")
    line = _refused(capsys, [command[0], demo_path, *command[1:], "-o", existing], demo_path, existing)
    assert f"skal ende på .{ext}" in line
    for name in ("plan.txt", "plan"):
        _refused(capsys, [command[0], demo_path, *command[1:], "-o", tmp_path / name], demo_path)
        assert not (tmp_path / name).exists()
        assert not list(tmp_path.glob(f"{name}.*"))  # nothing appended either


@pytest.mark.parametrize("command,ext", EXPORTS)
def test_right_extension_is_written(demo_path, tmp_path, capsys, command, ext):
    out = tmp_path / f"ud.{ext.upper()}"
    assert cli.main([command[0], str(demo_path), *command[1:], "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_a_tilbud_file_under_a_document_name_is_not_overwritten(demo_path, tmp_path, capsys):
    disguised = tmp_path / "gammel.pdf"
    disguised.write_bytes(demo_path.read_bytes())
    line = _refused(capsys, ["export-plan", demo_path, "-o", disguised], demo_path, disguised)
    assert "programmets egne filer" in line


def test_versions_export_is_guarded(demo_path, capsys):
    line = _refused(capsys, ["versions", demo_path, "--export", "1", "-o", demo_path], demo_path)
    assert "selve tilbudsfilen" in line
