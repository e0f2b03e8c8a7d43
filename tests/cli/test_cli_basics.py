"""The `kompetence` command: new, demo, check and bad arguments, in Danish."""
from __future__ import annotations

import subprocess
import sys

from kompetence_desktop import cli


def test_new_creates_an_empty_tilbud(tmp_path, capsys):
    out = tmp_path / "Solsikken.kompetence"
    assert cli.main(["new", str(out), "--navn", "Bofællesskabet Solsikken"]) == 0
    assert "Oprettede" in capsys.readouterr().out
    assert cli.main(["check", str(out)]) == 1
    text = capsys.readouterr().out
    assert "MANGLER" in text and "UDKAST" in text


def test_new_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "a.kompetence"
    out.write_bytes(b"keep me")
    assert cli.main(["new", str(out), "--navn", "X"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "findes allerede" in err[0]
    assert out.read_bytes() == b"keep me"


def test_demo_then_check_passes(tmp_path, capsys):
    out = tmp_path / "demo.kompetence"
    assert cli.main(["demo", str(out)]) == 0
    assert cli.main(["check", str(out)]) == 0
    assert "Alle" in capsys.readouterr().out


def test_synthetic_sizes_are_bounded(tmp_path, capsys):
    assert cli.main(["demo", str(tmp_path / "x.kompetence"), "--staff", "0"]) == 2
    assert "mellem 1 og 2000" in capsys.readouterr().err


def test_missing_file_one_danish_line_exit_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", "check", str(tmp_path / "nej.kompetence")],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip() == f"Filen {tmp_path / 'nej.kompetence'} findes ikke."
    assert "Traceback" not in r.stderr


def test_unknown_command_is_refused_in_danish(capsys):
    try:
        cli.main(["flyt"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "fejl i kommandoen" in capsys.readouterr().err


def test_new_from_a_typical_profile(tmp_path):
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    out = tmp_path / "bosted.kompetence"
    assert cli.main(["new", str(out), "--navn", "Bostedet Æblehaven", "--profil", "bosted"]) == 0
    with open_file(out, readonly=True) as f:
        r = Repo(f)
        assert len(r.matrix.competences()) == 20
        assert {c.category for c in r.matrix.competences()} == {"faglige", "sociale", "organisatoriske", "personlige"}
        assert [c.name for c in r.plan.course_types()][0] == "Brand – e-læring"
