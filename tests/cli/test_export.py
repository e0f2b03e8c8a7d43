"""`kompetence export-*` end to end: the PDF's words, and bad files refused in
one Danish line with the file left byte-for-byte unchanged."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from kompetence_desktop import cli, texts

from ..reports.pdfutil import pdf_text


def _run(*args):
    return subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", *map(str, args)],
                          capture_output=True, text=True)


def test_demo_then_export_plan_end_to_end(tmp_path):
    x = tmp_path / "x.kompetence"
    assert _run("demo", x).returncode == 0
    r = _run("export-plan", x, "-o", tmp_path / "x.pdf")
    assert r.returncode == 0, r.stderr
    text = pdf_text((tmp_path / "x.pdf").read_bytes())
    for word in ("Kompetenceudviklingsplan", "Forventet niveau", "Sårbarhed", *texts.CATEGORY_LABELS.values(),
                 "Line O'Connor-Ravn", "Birgitte Ærenlund", "Søren Ågård Nielsen"):
        assert word in text, word
    r = _run("export-plan", x, "-o", tmp_path / "med.pdf", "--med", "--pseudonymer")
    assert r.returncode == 0, r.stderr
    med = pdf_text((tmp_path / "med.pdf").read_bytes())
    assert "Line O'Connor-Ravn" not in med and "M1" in med


def test_check_exit_codes(tmp_path, capsys):
    new = tmp_path / "ny.kompetence"
    demo = tmp_path / "demo.kompetence"
    assert cli.main(["new", str(new), "--navn", "Nyt"]) == 0
    assert cli.main(["demo", str(demo)]) == 0
    assert cli.main(["check", str(new)]) == 1
    assert cli.main(["check", str(demo)]) == 0


def _foreign(p):
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT)")
    con.execute("INSERT INTO kunder(navn) VALUES ('x')")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind", ["random", "empty", "truncated", "foreign"])
@pytest.mark.parametrize("command", [["export-plan"], ["export-mus", "--employee", "JK"], ["export-matrix"]])
def test_bad_files_exit_2_one_line_unchanged(tmp_path, demo_template, kind, command):
    import os

    p = tmp_path / f"{kind}.kompetence"
    if kind == "random":
        p.write_bytes(os.urandom(5000))
    elif kind == "empty":
        p.write_bytes(b"")
    elif kind == "truncated":
        p.write_bytes(demo_template.read_bytes()[:3000])
    else:
        _foreign(p)
    before = p.read_bytes()
    out = tmp_path / ("out.xlsx" if command[0] == "export-matrix" else "out.pdf")
    r = _run(command[0], p, *command[1:], "-o", out)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Filen"), r.stderr
    assert "Traceback" not in r.stderr
    assert p.read_bytes() == before
    assert not out.exists()


def test_employee_documents_and_matrix(demo_path, tmp_path, capsys):
    for cmd in ("export-mus", "export-aftale", "export-indsigt"):
        out = tmp_path / f"{cmd}.pdf"
        assert cli.main([cmd, str(demo_path), "--employee", "lor", "-o", str(out)]) == 0
        assert "Line O'Connor-Ravn" in pdf_text(out.read_bytes())
    assert cli.main(["export-mus", str(demo_path), "--employee", "ZZ", "-o", str(tmp_path / "z.pdf")]) == 2
    assert "ingen medarbejder med initialerne ZZ" in capsys.readouterr().err
    out = tmp_path / "m.xlsx"
    assert cli.main(["export-matrix", str(demo_path), "-o", str(out)]) == 0
    from openpyxl import load_workbook

    wb = load_workbook(out)
    assert wb.sheetnames == ["Matrix", "Forklaring", "Medarbejdere"]


def test_versions_lists_and_reprints(demo_path, tmp_path, capsys):
    import datetime as dt

    from kompetence_desktop.domain.plan_summary import summarise
    from kompetence_desktop.reports.plan import render_plan
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    with open_file(demo_path) as f:
        repo = Repo(f)
        s = repo.snapshot()
        pdf = render_plan(s, version_label="Version 1")
        # the demo already holds last year's plan as version 1
        assert repo.plan.add_plan_version(dt.date(2026, 11, 20), pdf, summarise(s)) == 2
    assert cli.main(["versions", str(demo_path)]) == 0
    listed = capsys.readouterr().out
    assert "Version 2: behandlet i MED 20.11.2026" in listed
    assert "Version 1: behandlet i MED 23.01.2026" in listed
    out = tmp_path / "v2.pdf"
    assert cli.main(["versions", str(demo_path), "--export", "2", "-o", str(out)]) == 0
    assert out.read_bytes() == pdf
