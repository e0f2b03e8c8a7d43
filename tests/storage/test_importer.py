"""Staff import from Danish Excel CSV, UTF-8 CSV and .xlsx, all or nothing."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from kompetence_desktop.storage import importer
from kompetence_desktop.storage.importer import ImportRejected
from kompetence_desktop.operations import AddRecord, UpdateRecord

from .safety_helpers import dump

DANISH = (
    "Navn;Initialer;Stilling;Uddannelse;Team;Ansat\r\n"
    "Åse Ørnbøl-Ægidius;ÅØÆ;Pædagog;pædagog;Team Øst;01-08-2024\r\n"
    "Søren Kierkegaard-Müller;;Social- og sundhedsassistent;Social- og sundhedsassistent;Nat;1/2/2023\r\n"
    "Zoë D'Ávila;ZDA;;Ufaglært;Team Øst;2022-03-15\r\n"
    "Bjørn Ærø;BÆ;Vikar;;;15.06.2021\r\n"
)


def test_semicolon_windows_1252_csv_stores_danish_names_exactly(empty_repo, tmp_path):
    f = tmp_path / "personale.csv"
    f.write_bytes(DANISH.encode("cp1252"))
    prev = importer.preview(f, empty_repo)
    assert prev.ok, prev.problems
    assert "semikolon" in prev.kind and "Windows-1252" in prev.kind
    importer.apply(empty_repo, prev)
    staff = {e.name: e for e in empty_repo.staff.employees()}
    assert set(staff) == {"Åse Ørnbøl-Ægidius", "Søren Kierkegaard-Müller", "Zoë D'Ávila", "Bjørn Ærø"}
    åse = staff["Åse Ørnbøl-Ægidius"]
    assert (åse.initials, åse.job_title, åse.education, åse.start_date) == ("ÅØÆ", "Pædagog", "paedagog", dt.date(2024, 8, 1))
    søren = staff["Søren Kierkegaard-Müller"]
    assert søren.education == "sosu_assistent" and søren.start_date == dt.date(2023, 2, 1)
    assert søren.initials == "SKM"  # suggested from the name
    assert staff["Bjørn Ærø"].start_date == dt.date(2021, 6, 15)
    teams = {t.id: t.name for t in empty_repo.staff.teams()}
    assert teams[åse.team_id] == "Team Øst" and teams[søren.team_id] == "Nat"
    assert staff["Zoë D'Ávila"].team_id == åse.team_id


@pytest.mark.parametrize("encoding,bom,delim", [("utf-8", b"", ","), ("utf-8", b"\xef\xbb\xbf", ","),
                                                 ("utf-8", b"\xef\xbb\xbf", ";"), ("utf-16", b"", "\t")])
def test_other_csv_dialects_are_detected(empty_repo, encoding, bom, delim):
    text = DANISH.replace(";", delim)
    if delim == ",":
        text = text.replace("Zoë D'Ávila", '"Zoë D\'Ávila"')
    data = bom + text.encode(encoding)
    prev = importer.preview(data, empty_repo, "x.csv")
    assert prev.ok, prev.problems
    assert [r.name for r in prev.rows][0] == "Åse Ørnbøl-Ægidius"
    assert prev.rows[2].name == "Zoë D'Ávila"


def test_headers_case_insensitive_any_order_unknown_ignored(empty_repo):
    data = "ansat,LØN,NAVN,team\n2024-01-01,30000,Anne Hansen,Dag\n".encode("utf-8")
    prev = importer.preview(data, empty_repo, "x.csv")
    assert prev.ok
    assert any("LØN" in n and "springes over" in n for n in prev.notes)
    assert prev.rows[0].name == "Anne Hansen" and prev.rows[0].start_date == dt.date(2024, 1, 1)


def test_unknown_education_becomes_andet_with_a_note(empty_repo):
    prev = importer.preview("Navn;Uddannelse\nAnne;Tømrer\n".encode("cp1252"), empty_repo, "x.csv")
    assert prev.rows[0].education == "andet"
    assert any("Linje 2" in n and "Tømrer" in n for n in prev.notes)


def test_bad_rows_reject_everything_and_name_the_lines(demo_repo, demo_path, tmp_path):
    taken = demo_repo.staff.employees()[0].initials
    csv = (
        "Navn;Initialer;Ansat\n"
        "Anne Hansen;AH;01-08-2024\n"  # line 2 fine
        ";XY;01-08-2024\n"  # line 3 no name
        "Bo Berg;BB;31-02-2024\n"  # line 4 impossible date
        "Carl Ceder;AH;\n"  # line 5 duplicate within the file
        f"Dorte Dahl;{taken.lower()};\n"  # line 6 taken in the file already
        "Eva Eg;EE;i går\n"  # line 7 not a date
    )
    f = tmp_path / "x.csv"
    f.write_bytes(csv.encode("cp1252"))
    before = dump(demo_path)
    prev = importer.preview(f, demo_repo)
    assert not prev.ok
    lines = prev.problems
    assert len(lines) == 5, lines
    assert lines[0].startswith("Linje 3:") and "Navn mangler" in lines[0]
    assert lines[1].startswith("Linje 4:") and "31-02-2024" in lines[1] and "findes ikke" in lines[1]
    assert lines[2].startswith("Linje 5:") and "linje 2" in lines[2]
    assert lines[3].startswith("Linje 6:") and "bruges allerede" in lines[3]
    assert lines[4].startswith("Linje 7:") and "ikke en dato" in lines[4]
    with pytest.raises(ImportRejected):
        importer.apply(demo_repo, prev)
    with pytest.raises(ImportRejected) as e:
        importer.import_staff(f, demo_repo)
    assert e.value.problems == lines
    assert dump(demo_path) == before


def test_apply_is_one_transaction_even_if_the_file_changed_meanwhile(empty_repo, empty_path):
    prev = importer.preview("Navn;Initialer\nAnne;AA\nBo;BB\nCarl;CC\n".encode(), empty_repo, "x.csv")
    assert prev.ok
    AddRecord("employee", {"name": "Conny", "initials": "CC"}).do(empty_repo)  # someone took CC after the preview
    before = dump(empty_path)
    with pytest.raises(ImportRejected) as e:
        importer.apply(empty_repo, prev)
    assert e.value.problems[0].startswith("Linje 4:")
    assert dump(empty_path) == before


def _xlsx(rows) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_xlsx_with_real_dates_and_text_dates(empty_repo):
    data = _xlsx([
        ["Team", "Navn", "Ansat", "Initialer"],
        ["Øst", "Åse Ørnbøl-Ægidius", dt.datetime(2024, 8, 1), "ÅØ"],
        ["Vest", "Bo Berg", "01.02.2023", None],
        [None, None, None, None],
    ])
    prev = importer.preview(data, empty_repo, "staff.xlsx")
    assert prev.ok, prev.problems
    assert prev.kind.startswith("Excel")
    assert [(r.name, r.start_date) for r in prev.rows] == [
        ("Åse Ørnbøl-Ægidius", dt.date(2024, 8, 1)), ("Bo Berg", dt.date(2023, 2, 1))]
    importer.apply(empty_repo, prev)
    assert len(empty_repo.staff.employees()) == 2 and len(empty_repo.staff.teams()) == 2


def test_xlsx_bad_row_names_the_row(empty_repo):
    data = _xlsx([["Navn", "Ansat"], ["Anne", "2024-13-01"]])
    prev = importer.preview(data, empty_repo, "staff.xlsx")
    assert prev.problems == ["Række 2: Datoen »2024-13-01« i Ansat findes ikke."]


@pytest.mark.parametrize("data,word", [
    (b"", "tom"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, ".xls"),
    (b"PK\x03\x04garbage", "Excel-filen"),
    ("Stilling;Team\nPædagog;Øst\n".encode("cp1252"), "mangler kolonnen Navn"),
    (b"Navn;Team\n", "ingen medarbejdere"),
])
def test_unusable_files_give_one_danish_problem(empty_repo, data, word):
    prev = importer.preview(data, empty_repo, "x.csv")
    assert len(prev.problems) == 1 and word in prev.problems[0]


# --- stray quotes, line breaks, extra fields, uncached formulas ------------------------
def test_an_unclosed_quote_is_refused_naming_the_line(empty_repo):
    prev = importer.preview(b'Navn;Initialer\n"Unclosed quote;QQ\nB;BB\n', empty_repo, "x.csv")
    assert len(prev.problems) == 1 and "Linje 2" in prev.problems[0] and "citationstegn" in prev.problems[0]
    assert not prev.rows and not empty_repo.staff.employees()


def test_a_quote_closed_lines_later_does_not_merge_rows_into_one_name(empty_repo):
    data = b'Navn;Initialer\n"Anne\nBo";AB\nCarl;CC\n'
    prev = importer.preview(data, empty_repo, "x.csv")
    assert prev.problems and "Linje 2" in prev.problems[0] and "linjeskift" in prev.problems[0]
    with pytest.raises(ImportRejected):
        importer.apply(empty_repo, prev)
    assert empty_repo.staff.employees() == []


def test_names_and_initials_with_tabs_or_blanks_are_refused(empty_repo):
    prev = importer.preview("Navn;Initialer\nAnne\tHansen;AH\nBo Berg;B B\n".encode(), empty_repo, "x.csv")
    assert any(p.startswith("Linje 2:") and "styretegn" in p for p in prev.problems)
    assert any(p.startswith("Linje 3:") and "mellemrum" in p for p in prev.problems)


def test_more_fields_than_headers_gives_a_note(empty_repo):
    prev = importer.preview("Navn;Initialer\nAnne Hansen;AH;ekstra;mere\n".encode(), empty_repo, "x.csv")
    assert prev.ok
    assert any(n.startswith("Linje 2:") and "2 felter mere" in n for n in prev.notes)


def test_xlsx_formulas_without_saved_values_say_so(empty_repo):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Navn", "Ansat"])
    ws.append(["=CONCAT(\"A\",\"B\")", "=DATE(2020,1,1)"])
    buf = io.BytesIO()
    wb.save(buf)
    prev = importer.preview(buf.getvalue(), empty_repo, "x.xlsx")
    assert prev.problems[0] == ("Cellen A2 i række 2 indeholder en formel uden gemt værdi – gem filen i Excel, "
                                "og prøv igen.")
    assert not any("ingen medarbejdere" in p for p in prev.problems)


def test_suggested_initials_note_counts_in_the_singular(empty_repo):
    prev = importer.preview("Navn\nAnne Hansen\n".encode(), empty_repo, "x.csv")
    assert "for 1 medarbejder." in " ".join(prev.notes) and "(e)" not in " ".join(prev.notes)


def test_repo_refuses_control_characters_blank_initials_and_end_before_start(empty_repo):
    from kompetence_desktop import texts
    from kompetence_desktop.domain.rules import DomainError

    for name, ini, kw, code in (
        ("Anne\tHansen", "AH", {}, "name_control"),
        ("Anne\nHansen", "AH", {}, "name_control"),
        ("Anne Hansen", "A H", {}, "initials_whitespace"),
        ("Anne Hansen", "A\x01", {}, "initials_whitespace"),
        ("Anne Hansen", "AH", {"start_date": dt.date(2025, 5, 1), "end_date": dt.date(2025, 4, 30)},
         "end_before_start"),
    ):
        with pytest.raises(DomainError) as e:
            AddRecord("employee", {"name": name, "initials": ini, **kw}).do(empty_repo)
        assert e.value.code == code
        assert texts.domain_error(e.value) != "Ugyldig værdi."
    eid = AddRecord("employee", {"name": "Anne Hansen",
                                 "initials": "AH",
                                 "start_date": dt.date(2025, 5, 1)}).do(empty_repo).created
    with pytest.raises(DomainError) as e:
        UpdateRecord("employee", eid, {"end_date": dt.date(2025, 1, 1)}).do(empty_repo)
    assert texts.domain_error(e.value) == "Fratrædelsesdatoen ligger før ansættelsesdatoen."
    with pytest.raises(DomainError):
        UpdateRecord("employee", eid, {"name": "Anne\r\nHansen"}).do(empty_repo)
    UpdateRecord("employee", eid, {"end_date": dt.date(2025, 5, 1)}).do(empty_repo)  # the same day is fine
    assert empty_repo.staff.employee(eid).end_date == dt.date(2025, 5, 1)
    assert empty_repo.staff.employee(eid).name == "Anne Hansen"
