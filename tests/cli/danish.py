"""What every failing ``kompetence`` command must print: exit 2 and one Danish line on
stderr — no traceback, no English system text, no temporary file's name."""
from __future__ import annotations

from kompetence_desktop import cli

ENGLISH = ("No such file", "Permission denied", "No space", "Input/output", "directory", "Errno")


def one_danish_line(capsys, *args) -> str:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert not any(w in lines[0] for w in ENGLISH), lines[0]
    assert ".ny-" not in lines[0], lines[0]
    return lines[0]
