"""The data-safety commands: backup, backups, restore, import-staff."""
from __future__ import annotations

import subprocess
import sys

from kompetence_desktop import cli
from kompetence_desktop.storage import backup
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file

from ..storage.safety_helpers import dump, sha


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_and_list_and_restore(demo_path, tmp_path, capsys):
    code, out, err = _run(capsys, "backup", demo_path)
    assert code == 0 and "Sikkerhedskopi gemt" in out and not err
    code, out, _ = _run(capsys, "backups", demo_path)
    assert code == 0 and len(out.strip().splitlines()) == 1 and " kl. " in out
    b = backup.newest_for(demo_path).path
    code, out, _ = _run(capsys, "restore", b, "-o", tmp_path / "gendannet.kompetence")
    assert code == 0 and "gendannet" in out
    assert sha(demo_path)  # original untouched and readable
    code, _, err = _run(capsys, "restore", b, "-o", demo_path)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "findes allerede" in err


def test_backup_to_a_chosen_file(demo_path, tmp_path, capsys):
    out_file = tmp_path / "kopi.kompetence"
    code, _, _ = _run(capsys, "backup", demo_path, "-o", out_file)
    assert code == 0
    with open_file(out_file, readonly=True) as f:
        assert Repo(f).staff.employees()


def test_import_staff_danish_excel_csv(empty_path, tmp_path, capsys):
    csv = tmp_path / "personale.csv"
    csv.write_bytes("Navn;Ansat;Team\r\nÅse Ørnbøl-Ægidius;01-08-2024;Øst\r\n".encode("cp1252"))
    code, out, err = _run(capsys, "import-staff", empty_path, csv, "--preview")
    assert code == 0 and "Åse Ørnbøl-Ægidius" in out and "intet er gemt" in out
    with open_file(empty_path, readonly=True) as f:
        assert Repo(f).staff.employees() == []
    code, out, err = _run(capsys, "import-staff", empty_path, csv)
    assert code == 0 and "Importerede 1 medarbejder og 1 nyt team til" in out
    with open_file(empty_path, readonly=True) as f:
        assert [e.name for e in Repo(f).staff.employees()] == ["Åse Ørnbøl-Ægidius"]


def test_import_staff_bad_row_changes_nothing_and_names_the_line(demo_path, tmp_path, capsys):
    csv = tmp_path / "personale.csv"
    csv.write_bytes("Navn;Ansat\r\nAnne Ny;01-08-2024\r\nBo Ny;30-02-2024\r\n".encode("cp1252"))
    before = dump(demo_path)
    code, out, err = _run(capsys, "import-staff", demo_path, csv)
    assert code == 2
    assert err.strip().splitlines() == ["Linje 3: Datoen »30-02-2024« i Ansat findes ikke."]
    assert dump(demo_path) == before


def test_commands_in_a_real_subprocess_speak_danish(tmp_path):
    bad = tmp_path / "x.kompetence"
    bad.write_bytes(b"not a database at all" * 50)
    r = subprocess.run([sys.executable, "-m", "kompetence_desktop.cli", "backup", str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "ikke en kompetencefil" in r.stderr and "Traceback" not in r.stderr


def test_backup_onto_an_existing_file_has_its_own_message(demo_path, tmp_path, capsys):
    taken = tmp_path / "kopi.kompetence"
    taken.write_bytes(b"keep")
    code, out, err = _run(capsys, "backup", demo_path, "-o", taken)
    assert code == 2 and taken.read_bytes() == b"keep"
    assert "sikkerhedskopi skriver aldrig oven i en fil" in err and "gendannelse" not in err
    code, out, err = _run(capsys, "backup", demo_path, "-o", demo_path)
    assert code == 2 and "selve filen" in err
    code, out, _ = _run(capsys, "backup", demo_path, "-o", tmp_path / "ny.kompetence")
    assert code == 0 and out.strip() == f"Sikkerhedskopien er gemt som {tmp_path / 'ny.kompetence'}."


def test_backup_and_restore_never_make_folders_from_a_mistyped_path(demo_path, tmp_path, capsys):
    """`-o /ikke/her/` or `-o /ikke/her/kopi.kompetence`: one Danish line, nothing created."""
    gone = tmp_path / "ikke-her"
    for out in (f"{gone}/", str(gone / "kopi.kompetence")):
        code, _out, err = _run(capsys, "backup", str(demo_path), "-o", out)
        assert code == 2 and err.strip() == f"Mappen {gone} findes ikke. Intet er skrevet – vælg en mappe, der findes."
        assert not gone.exists()
    copy = backup.backup_now(demo_path, dest=tmp_path)
    code, _out, err = _run(capsys, "restore", str(copy), "-o", str(gone / "ny.kompetence"))
    assert code == 2 and "findes ikke" in err and not gone.exists()
