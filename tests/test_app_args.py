"""The desktop program reads its usual command lines without argparse (for the
cold start); the result must be argparse's, and everything else still goes to it."""
from __future__ import annotations

import pytest

from kompetence_desktop import app


@pytest.mark.parametrize("argv", [
    [], ["a.kompetence"], ["--demo"], ["--smoke", "a.kompetence"], ["a.kompetence", "--smoke"],
    ["--smoke", "--demo"], ["--smoke", "--smoke", "x"], [""], ["mappe med mellemrum/Æble.kompetence"],
])
def test_simple_command_lines_read_as_argparse_reads_them(argv):
    assert vars(app.parse_args(argv)) == vars(app.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["--screenshots", "ud"], ["--screenshots", "ud", "f.kompetence"], ["-"],
    ["--sm", "f"], ["--", "-f.kompetence"],
])
def test_other_command_lines_go_to_argparse(argv):
    assert vars(app.parse_args(argv)) == vars(app.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["a", "b"], ["--ukendt"], ["--screenshots"], ["--smoke=1"]])
def test_mistakes_are_refused_by_argparse_in_danish(argv, capsys):
    with pytest.raises(SystemExit) as e:
        app.parse_args(argv)
    assert e.value.code == 2
    assert "ugyldige argumenter" in capsys.readouterr().err
