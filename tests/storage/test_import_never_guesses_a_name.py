"""The staff import never guesses where a name ends and never stores invisible
characters in a name: such rows are refused, naming the line, and nothing is
imported (exit 2 from ``kompetence import-staff``, the file unchanged)."""
from __future__ import annotations

import unicodedata

import pytest

from kompetence_desktop import cli, texts
from kompetence_desktop.storage import importer
from kompetence_desktop.operations import AddRecord

from .safety_helpers import sha


def _import(capsys, path, csv_path):
    code = cli.main(["import-staff", str(path), str(csv_path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("text, line", [
    # a ';' inside an unquoted name of a one-column file
    ("Navn\nBo Berg\nAnne; Hansen\n", 3),
    # header split by ';', rows by ','
    ("Navn;Initialer;Stilling\nAnne Hansen,AH,Pædagog\n", 2),
    ("Navn,Initialer,Stilling\nAnne Hansen;AH;Pædagog\n", 2),
])
def test_a_row_that_does_not_split_like_its_header_is_refused(empty_path, tmp_path, capsys, text, line):
    src = tmp_path / "personale.csv"
    src.write_text(text, encoding="utf-8")
    before = sha(empty_path)
    code, out, err = _import(capsys, empty_path, src)
    assert code == 2, (out, err)
    assert f"Linje {line}:" in err and "Traceback" not in err
    assert sha(empty_path) == before


@pytest.mark.parametrize("name", ["\ufeffAnne Hansen", "Anne \u202eHansen", "Anne\u200b Hansen", "An\u00adne Hansen"])
def test_a_name_with_invisible_or_direction_characters_is_refused_naming_the_line(empty_path, tmp_path, capsys,
                                                                                 name):
    src = tmp_path / "personale.csv"
    src.write_text(f"Navn;Initialer\nBo Berg;BB\n{name};AH\n", encoding="utf-8")
    before = sha(empty_path)
    code, _out, err = _import(capsys, empty_path, src)
    assert code == 2
    assert "Linje 3:" in err and "usynlige tegn" in err
    assert sha(empty_path) == before


def test_initials_with_a_zero_width_space_are_not_a_second_person(empty_path, tmp_path, capsys):
    src = tmp_path / "personale.csv"
    src.write_text("Navn;Initialer\nAnne Berg;AB\nAndreas Bech;A\u200bB\n", encoding="utf-8")
    before = sha(empty_path)
    code, _out, err = _import(capsys, empty_path, src)
    assert code == 2
    assert "Linje 3:" in err and "Initialerne" in err
    assert sha(empty_path) == before


def test_initials_compare_after_normalisation(empty_repo):
    AddRecord("employee", {"name": "Åse Berg", "initials": "ÅB"}).do(empty_repo)
    decomposed = unicodedata.normalize("NFD", "ÅB")
    prev = importer.preview(f"Navn;Initialer\nÅge Bruun;{decomposed}\n".encode(), empty_repo, "x.csv")
    assert not prev.ok
    assert any(p.startswith("Linje 2:") and "Åse Berg" in p for p in texts.import_problems(prev))


def test_a_decomposed_name_is_stored_composed_and_the_preview_shows_it(empty_repo):
    nfd = unicodedata.normalize("NFD", "Zoë Ågård")
    prev = importer.preview(f"Navn;Initialer\n{nfd};ZÅ\n".encode(), empty_repo, "x.csv")
    assert prev.ok, prev.problems
    assert prev.rows[0].name == "Zoë Ågård"  # NFC, as the preview shows and the file stores
    importer.apply(empty_repo, prev)
    assert [e.name for e in empty_repo.staff.employees()] == ["Zoë Ågård"]
