"""``kompetence oversigt FOLDER -o OUT.pdf|OUT.xlsx`` over 50 tilbud files plus a
damaged and a foreign one: exit 0, 50 tilbud and 2 unreadable files with their
reasons, no employee's name or free text anywhere, and every file byte-for-byte
as it was — including one a leader has open in the program right now."""
from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from kompetence_desktop import cli
from kompetence_desktop.storage.demo import write_demo

from ..reports.pdfutil import has_token, pdf_pages, pdf_text
from ..storage.safety_helpers import sha

N_SYNTHETIC = 49  # plus the demo tilbud: 50 readable files


@pytest.fixture(scope="module")
def area_folder(tmp_path_factory, demo_template):
    """50 tilbud (the demo and small synthetic ones, several seeds), one damaged file
    and one foreign SQLite database, all ending in .kompetence."""
    from kompetence_desktop.domain import dates

    from ..conftest import FROZEN_TODAY

    dates.set_today(FROZEN_TODAY)
    src = tmp_path_factory.mktemp("templates")
    templates = []
    for seed in range(1, 6):
        p = src / f"s{seed}.kompetence"
        write_demo(p, seed=seed, staff=6 + seed, competences=6, today=FROZEN_TODAY)
        templates.append(p)
    folder = tmp_path_factory.mktemp("område")
    shutil.copy(demo_template, folder / "lærkely.kompetence")
    for i in range(N_SYNTHETIC):
        shutil.copy(templates[i % len(templates)], folder / f"tilbud-{i + 1:02d}.kompetence")
    data = demo_template.read_bytes()
    (folder / "beskadiget.kompetence").write_bytes(data[: len(data) // 3])
    c = sqlite3.connect(folder / "fremmed.kompetence")
    c.execute("CREATE TABLE employees(id INTEGER PRIMARY KEY, name TEXT)")
    c.execute("INSERT INTO employees(name) VALUES ('Fremmed Person')")
    c.commit()
    c.close()
    return folder


def _hashes(folder) -> dict:
    return {p.name: sha(p) for p in sorted(folder.iterdir())}


def _private_texts(folder) -> tuple[set, set]:
    """(names and free texts, initials) of every readable file: none may be shown."""
    texts_, initials, competences = set(), set(), set()
    for p in folder.glob("*.kompetence"):
        try:
            c = sqlite3.connect(p.absolute().as_uri() + "?mode=ro", uri=True)
            rows = c.execute("SELECT name, initials FROM employees").fetchall()
        except sqlite3.DatabaseError:
            continue
        competences.update(n for (n,) in c.execute("SELECT name FROM competences"))
        for name, ini in rows:
            texts_.add(name)
            texts_.update(w for w in name.split() if len(w) >= 4)
            initials.add(ini)
        for sql in ("SELECT notes FROM mus", "SELECT agreement FROM mus", "SELECT wishes FROM mus",
                    "SELECT note FROM assessments", "SELECT evaluation FROM med_discussions",
                    "SELECT title FROM activities",
                    # the profile's free text (its dates, such as MED's evaluation, are no one's)
                    "SELECT value FROM profile WHERE key NOT IN ('navn', 'periode', 'paragraf') "
                    "AND key NOT LIKE '%\\_dato' ESCAPE '\\'"):
            try:
                texts_.update(v[:24].strip() for (v,) in c.execute(sql) if v and len(v.strip()) >= 6)
            except sqlite3.DatabaseError:
                pass
        c.close()
    # a free text that is also a competence's name (an activity named after it) may be shown as that
    return {t for t in texts_ if not any(t in comp for comp in competences)}, initials


def _assert_anonymous(text: str, folder) -> None:
    private, initials = _private_texts(folder)
    assert private and initials
    shown = [t for t in private if has_token(text, t)]
    assert not shown, shown[:5]
    shown = [i for i in initials if has_token(text, i)]
    assert not shown, shown[:5]


def test_pdf_lists_50_tilbud_and_2_unreadable_files_and_changes_nothing(area_folder, tmp_path, capsys):
    before = _hashes(area_folder)
    out = tmp_path / "o.pdf"
    assert cli.main(["oversigt", str(area_folder), "-o", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "over 50 tilbud" in stdout
    assert "beskadiget.kompetence: kunne ikke læses: filen er beskadiget" in stdout
    assert "fremmed.kompetence: kunne ikke læses: en database fra et andet program" in stdout

    pages = pdf_pages(out.read_bytes())
    text = " ".join(pages)
    assert "Områdeoverblik" in pages[0] and "50 tilbud" in pages[0]
    for chart in ("Uddannelsesmix", "Sårbarhed", "Obligatoriske kurser", "MUS inden for 12 måneder"):
        assert chart in pages[0]
    assert "Tilbud for tilbud" in text
    # one row per tilbud: every file's name is in the table
    for name in before:
        if name not in ("beskadiget.kompetence", "fremmed.kompetence"):
            assert name in text, name
    assert "beskadiget.kompetence kunne ikke læses: filen er beskadiget" in text
    assert "fremmed.kompetence kunne ikke læses: en database fra et andet program" in text
    _assert_anonymous(text, area_folder)
    assert _hashes(area_folder) == before
    assert sorted(p.name for p in area_folder.iterdir()) == sorted(before)  # no journal, lock or copy


def test_xlsx_lists_50_tilbud_without_per_person_rows(area_folder, tmp_path, capsys):
    from openpyxl import load_workbook

    before = _hashes(area_folder)
    out = tmp_path / "o.xlsx"
    assert cli.main(["oversigt", str(area_folder), "-o", str(out)]) == 0
    wb = load_workbook(io.BytesIO(out.read_bytes()))
    tilbud = wb["Tilbud"]
    files = [tilbud.cell(r, 2).value for r in range(2, tilbud.max_row + 1)]
    assert len(files) == 50 and "lærkely.kompetence" in files
    unread = wb["Ikke læst"]
    reasons = {unread.cell(r, 1).value: unread.cell(r, 2).value for r in range(2, unread.max_row + 1)}
    assert set(reasons) == {"beskadiget.kompetence", "fremmed.kompetence"}
    assert all(v.startswith("kunne ikke læses: ") for v in reasons.values())
    # no sheet has a row per person: the longest is the one row per tilbud (plus the area's)
    assert max(ws.max_row for ws in wb.worksheets) <= 2 + 50 * 3
    everything = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                          if c.value is not None)
    _assert_anonymous(everything, area_folder)
    assert _hashes(area_folder) == before


_HOLDER = textwrap.dedent("""
    import sys, time
    from kompetence_desktop.storage.tilbudfile import open_file
    from kompetence_desktop.storage.repo import Repo
    f = open_file(sys.argv[1])
    assert not f.readonly and f.lock is not None
    Repo(f).profile.texts()
    print("open", flush=True)
    sys.stdin.readline()
    f.close()
""")


def test_a_file_open_in_a_running_program_is_read_as_it_stands(area_folder, tmp_path, capsys):
    """One file held open read-write, with its lock, by another process (the leader's
    program); another opened read-write in this very process. Both are read; no file
    changes, and the lock files stay the holders'."""
    from kompetence_desktop.storage.tilbudfile import open_file

    held = area_folder / "tilbud-03.kompetence"
    here = area_folder / "tilbud-04.kompetence"
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(held)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert proc.stdout.readline().strip() == "open"
        mine = open_file(here)
        try:
            assert not mine.readonly
            before = _hashes(area_folder)
            out = tmp_path / "o.pdf"
            assert cli.main(["oversigt", str(area_folder), "-o", str(out)]) == 0
            text = pdf_text(out.read_bytes())
            assert "tilbud-03.kompetence" in text and "tilbud-04.kompetence" in text
            assert "over 50 tilbud" in capsys.readouterr().out
            assert _hashes(area_folder) == before  # the lock files too: untouched
        finally:
            mine.close()
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=20)
    assert not (area_folder / "tilbud-03.kompetence.lock").exists()


@pytest.mark.parametrize("ext", ["pdf", "xlsx"])
def test_the_command_runs_as_its_own_process(area_folder, tmp_path, ext):
    """The command end to end (what the områdeleder types), in parallel workers, in a
    fresh process (where the Excel route imports openpyxl without numpy)."""
    out = tmp_path / f"o.{ext}"
    before = _hashes(area_folder)
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", "oversigt", str(area_folder),
                        "-o", str(out), "--workers", "2"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "over 50 tilbud" in r.stdout and r.stderr == ""
    assert r.stdout.count("kunne ikke læses") == 2
    assert out.read_bytes()[:4] == (b"%PDF" if ext == "pdf" else b"PK\x03\x04")
    if ext == "xlsx":
        from openpyxl import load_workbook

        assert load_workbook(out)["Tilbud"].max_row == 51
    assert _hashes(area_folder) == before
