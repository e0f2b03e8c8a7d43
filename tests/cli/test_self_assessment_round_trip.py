"""The self-assessment round trip from the command line: forms out for the staff,
filled in only where an employee can type, read back as dated self-assessments;
refused forms leave the tilbud file byte for byte as it was."""
from __future__ import annotations

import shutil

import pytest

from kompetence_desktop import cli
from kompetence_desktop.domain.model import SOURCE_SELF
from kompetence_desktop.domain.rules import NOT_RELEVANT
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file
from kompetence_desktop.operations import AddRecord, UpdateRecord

from ..reports.pdfutil import pdf_text
from ..selfassess_helpers import change_locked_cell, competence_rows, fill_form
from ..storage.safety_helpers import sha


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _forms_out(capsys, demo_path, folder):
    code, out, err = _run(capsys, "selvvurdering-ud", demo_path, "--alle", "-o", folder)
    assert code == 0, err
    return sorted(folder.glob("*.xlsx"))


def _one_form(capsys, demo_path, tmp_path, initials="AMS"):
    out = tmp_path / f"form-{initials}.xlsx"
    code, _o, err = _run(capsys, "selvvurdering-ud", demo_path, "--employee", initials, "-o", out)
    assert code == 0, err
    return out


def _rows(path):
    import openpyxl

    return competence_rows(openpyxl.load_workbook(path)["Selvvurdering"])


def test_forms_for_all_active_staff_filled_in_and_read_back_show_in_the_mus_pdf(demo_path, tmp_path, capsys):
    with open_file(demo_path, readonly=True) as f:
        repo = Repo(f)
        today = repo.clock()
        active = [e for e in repo.staff.employees() if e.is_active(today)]
        n_comp = len(repo.matrix.competences())
    forms = _forms_out(capsys, demo_path, tmp_path / "formularer")
    assert len(forms) == len(active)
    cycle = [1, 2, 3, 4, 5, "-"]
    for p in forms:
        rows = _rows(p)
        assert len(rows) == n_comp
        fill_form(p, levels=[cycle[i % 6] for i in range(len(rows))],
                  comments={rows[0]: "Jeg har taget kurset i foråret."},
                  wishes="Kursus i Low Arousal.\nSidemandsoplæring i medicin.")
    code, out, err = _run(capsys, "selvvurdering-ind", demo_path, *forms)
    assert code == 0, err
    assert f"fra {len(forms)} formularer" in out
    with open_file(demo_path, readonly=True) as f:
        repo = Repo(f)
        comps = repo.matrix.competences()
        selfs = repo.matrix.self_cells()
        ams = next(e for e in repo.staff.employees() if e.initials == "AMS")
        for i, c in enumerate(comps):
            want = cycle[i % 6]
            assert selfs[(ams.id, c.id)] == (NOT_RELEVANT if want == "-" else want)
        stored = [a for a in repo.matrix.assessments(ams.id) if a.source == SOURCE_SELF and a.assessed_on == today]
        assert len(stored) == n_comp
        assert any(a.note == "Jeg har taget kurset i foråret." for a in stored)
        current = repo.matrix.current_cells()
    code, _o, err = _run(capsys, "export-mus", demo_path, "--employee", "AMS", "-o", tmp_path / "mus.pdf")
    assert code == 0, err
    text = pdf_text((tmp_path / "mus.pdf").read_bytes())
    assert "Kompetence Forventet Leder Selv Forskel" in text
    assert "Medarbejderens ønsker til kompetenceudvikling" in text
    assert "Kursus i Low Arousal." in text and "Sidemandsoplæring i medicin." in text
    first = comps[0]
    lead = current[(ams.id, first.id)]
    assert f"1. {first.name} {first.expected_level} {lead} 1" in text  # self 1 beside the leader's


def test_preview_shows_self_beside_leader_and_stores_nothing(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    rows = _rows(form)
    fill_form(form, levels={rows[0]: 1, rows[1]: 5})
    before = sha(demo_path)
    code, out, err = _run(capsys, "selvvurdering-ind", demo_path, form, "--preview")
    assert code == 0, err
    assert "Anne-Mette Sørensen (AMS)" in out and "selv 1, leder" in out and "forhåndsvisning" in out
    assert sha(demo_path) == before


def test_a_form_read_twice_is_refused_the_second_time(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    fill_form(form, levels=3)
    assert _run(capsys, "selvvurdering-ind", demo_path, form)[0] == 0
    before = sha(demo_path)
    code, out, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2
    assert f"{form.name}: formularen er allerede læst ind den 23.11.2026" in err
    assert sha(demo_path) == before


def test_the_same_form_twice_in_one_go_stores_nothing(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    fill_form(form, levels=3)
    copy = tmp_path / "kopi.xlsx"
    shutil.copy(form, copy)
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form, copy)
    assert code == 2 and "kopi.xlsx: den samme formular er valgt to gange" in err
    assert sha(demo_path) == before


def test_a_form_for_another_tilbud_is_refused(demo_path, tmp_path, capsys):
    other = tmp_path / "andet" / "andet.kompetence"
    other.parent.mkdir()
    shutil.copy(demo_path, other)
    with open_file(other) as f:  # a copy made with the demo is still another tilbud file: its own id
        f.conn.execute("UPDATE profile SET value = 'Bostedet Anden' WHERE key = 'navn'")
        f.conn.execute("INSERT OR REPLACE INTO profile(key, value) VALUES ('fil_id', 'et-andet-id')")
        f.conn.commit()
    form = _one_form(capsys, other, tmp_path)
    fill_form(form, levels=4)
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2
    assert f"{form.name}: formularen er lavet til et andet tilbud (Bostedet Anden)" in err
    assert sha(demo_path) == before


def test_a_changed_locked_cell_is_refused_naming_the_row(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    rows = _rows(form)
    fill_form(form, levels=3)
    change_locked_cell(form, f"C{rows[2]}", "1")  # the expected level lowered by hand
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2
    assert f"{form.name}, række {rows[2]}: et låst felt er ændret (kompetencen »" in err
    assert sha(demo_path) == before


def test_text_typed_into_a_locked_empty_cell_is_refused(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    fill_form(form, levels=3)
    change_locked_cell(form, "H5", "4")
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2 and f"{form.name}, række 5: et låst felt er ændret" in err


def test_a_forged_identity_is_refused(demo_path, tmp_path, capsys):
    import openpyxl

    form = _one_form(capsys, demo_path, tmp_path)
    fill_form(form, levels=3)
    wb = openpyxl.load_workbook(form)
    ids = wb["kompetence-id"]
    ids["A2"] = ids["A2"].value.replace('"initials":"AMS"', '"initials":"JK"')
    wb.save(form)
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2 and "formularens skjulte kendetegn passer ikke" in err
    assert sha(demo_path) == before


@pytest.mark.parametrize("value", [7, "7", 0, 2.5, "fire", "x"])
def test_a_level_outside_the_scale_is_refused_naming_file_and_row(demo_path, tmp_path, capsys, value):
    form = _one_form(capsys, demo_path, tmp_path)
    rows = _rows(form)
    fill_form(form, levels={rows[0]: 3, rows[3]: value})
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2
    assert f"{form.name}, række {rows[3]} (" in err and f"»{value}« er ikke et niveau" in err
    assert "Traceback" not in err
    assert sha(demo_path) == before


def test_an_empty_form_has_nothing_to_store(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    before = sha(demo_path)
    code, out, _e = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 1 and "formularen er ikke udfyldt" in out
    assert sha(demo_path) == before


@pytest.mark.parametrize("content", [b"", b"Navn;Initialer\r\nA;B\r\n", b"PK\x03\x04 not really a zip",
                                     "GIF89a".encode()])
def test_a_file_that_is_no_form_is_one_danish_line(demo_path, tmp_path, capsys, content):
    bad = tmp_path / "svar.xlsx"
    bad.write_bytes(content)
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, bad)
    assert code == 2 and "Traceback" not in err
    assert err.splitlines()[0].startswith("svar.xlsx: ")
    assert sha(demo_path) == before


def test_an_ordinary_workbook_is_not_a_form(demo_path, tmp_path, capsys):
    code, _o, _e = _run(capsys, "export-matrix", demo_path, "-o", tmp_path / "matrix.xlsx")
    assert code == 0
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, tmp_path / "matrix.xlsx")
    assert code == 2 and "matrix.xlsx: er ikke en selvvurderingsformular fra Kompetence Desktop." in err


def test_competences_removed_since_are_skipped_and_added_ones_not_assessed(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    rows = _rows(form)
    fill_form(form, levels=4)
    with open_file(demo_path) as f:
        repo = Repo(f)
        comps = repo.matrix.competences()
        gone = comps[1]
        repo.rows.delete("competences", gone.id)
        new = AddRecord("competence", {"category": "faglige",
                                       "name": "Sansestimulering",
                                       "expected_level": 3}).do(repo).created
    code, out, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 0, err
    assert f"række {rows[1]}: kompetencen »{gone.name}« er fjernet fra profilen" in out
    assert "1 kompetence er kommet til profilen" in out
    with open_file(demo_path, readonly=True) as f:
        repo = Repo(f)
        ams = next(e for e in repo.staff.employees() if e.initials == "AMS")
        selfs = repo.matrix.self_cells()
        assert (ams.id, new) not in selfs
        assert selfs[(ams.id, comps[0].id)] == 4


def test_a_form_saved_again_by_openpyxl_in_another_name_still_reads(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    again = fill_form(form, levels=2, out=tmp_path / "Mit svar (endelig).xlsx")
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, again)
    assert code == 0, err


def test_the_tilbud_without_the_form_key_writes_it_once(demo_path, tmp_path, capsys):
    _one_form(capsys, demo_path, tmp_path, "AMS")
    with open_file(demo_path, readonly=True) as f:
        key = Repo(f).profile.texts().get("selvvurdering_noegle")
    assert key
    _one_form(capsys, demo_path, tmp_path, "JK")
    with open_file(demo_path, readonly=True) as f:
        assert Repo(f).profile.texts().get("selvvurdering_noegle") == key


def test_output_rules(demo_path, tmp_path, capsys):
    code, _o, err = _run(capsys, "selvvurdering-ud", demo_path, "--employee", "XYZ", "-o", tmp_path / "a.xlsx")
    assert code == 2 and "ingen medarbejder med initialerne XYZ" in err
    folder = tmp_path / "f"
    _forms_out(capsys, demo_path, folder)
    code, _o, err = _run(capsys, "selvvurdering-ud", demo_path, "--alle", "-o", folder)
    assert code == 2 and "findes allerede" in err
    with pytest.raises(SystemExit) as exc:
        cli.main(["selvvurdering-ud", str(demo_path), "--alle", "--employee", "AMS", "-o", str(folder)])
    assert exc.value.code == 2 and "kan ikke bruges sammen med --alle" in capsys.readouterr().err


def test_a_form_for_an_employee_no_longer_in_the_file_is_refused(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path, "JK")
    fill_form(form, levels=3)
    with open_file(demo_path) as f:
        repo = Repo(f)
        jk = next(e for e in repo.staff.employees() if e.initials == "JK")
        repo.rows.delete("employees", jk.id)
    before = sha(demo_path)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2 and f"{form.name}: medarbejderen Jens Kræmer (JK) findes ikke længere i tilbuddet." in err
    assert sha(demo_path) == before


def test_a_form_whose_employee_row_now_is_someone_else_is_refused(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path, "JK")
    fill_form(form, levels=3)
    with open_file(demo_path) as f:
        repo = Repo(f)
        jk = next(e for e in repo.staff.employees() if e.initials == "JK")
        UpdateRecord("employee", jk.id, {"name": "Ny Person", "initials": "NP"}).do(repo)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 2 and "formularen er lavet til Jens Kræmer (JK), men den medarbejder findes ikke" in err


def test_a_renamed_employee_still_gets_her_form(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path, "JK")
    fill_form(form, levels=3)
    with open_file(demo_path) as f:
        repo = Repo(f)
        jk = next(e for e in repo.staff.employees() if e.initials == "JK")
        UpdateRecord("employee", jk.id, {"name": "Jens Kræmer Holm"}).do(repo)
    code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, form)
    assert code == 0, err


def test_preview_with_a_refused_form_exits_2_and_names_it(demo_path, tmp_path, capsys):
    form = _one_form(capsys, demo_path, tmp_path)
    rows = _rows(form)
    fill_form(form, levels={rows[0]: 9})
    code, out, err = _run(capsys, "selvvurdering-ind", demo_path, form, "--preview")
    assert code == 2 and f"række {rows[0]}" in err and "»9« er ikke et niveau" in err


def test_a_damaged_form_is_never_a_traceback(demo_path, tmp_path, capsys):
    import random

    form = _one_form(capsys, demo_path, tmp_path)
    fill_form(form, levels=3)
    data = bytearray(form.read_bytes())
    rnd = random.Random(7)
    before = sha(demo_path)
    for i in range(12):
        bad = bytearray(data)
        for _ in range(4):
            bad[rnd.randrange(len(bad))] = rnd.randrange(256)
        p = tmp_path / f"skadet-{i}.xlsx"
        p.write_bytes(bytes(bad))
        code, _o, err = _run(capsys, "selvvurdering-ind", demo_path, p, "--preview")
        assert code in (0, 2) and "Traceback" not in err and "Uventet" not in err
        if code == 2:
            assert err.startswith(f"skadet-{i}.xlsx")
    assert sha(demo_path) == before
