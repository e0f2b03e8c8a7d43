"""Property-based tests: random CSV/XLSX content and random field
values thrown at the import and the storage layer. Never a crash other than
the documented errors (ImportRejected / problems in the preview, DomainError),
never a partial write: the database dump is either unchanged or changed by
exactly the whole edit."""
from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kompetence_desktop.domain.rules import NOT_RELEVANT, DomainError
from kompetence_desktop.storage import importer
from kompetence_desktop.storage.importer import ImportRejected
from kompetence_desktop.operations import AddRecord, UpdateRecord

from .safety_helpers import dump

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
cp1252_text = st.text(alphabet=st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZæøåÆØÅéüöÄ'-. ;,\"\t0123456789/€")),
    max_size=30)
date_text = st.one_of(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)).map(
        lambda d: d.strftime("%d-%m-%Y")),
    st.dates().map(lambda d: d.isoformat()),
    st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(0, 3000)).map(
        lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    any_text,
    st.just(""),
)


def _check_all_or_nothing(repo, path, prev):
    before = dump(path)
    n_before = len(repo.staff.employees())
    try:
        ids = importer.apply(repo, prev)
    except ImportRejected as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        assert dump(path) == before
        return None
    assert len(repo.staff.employees()) == n_before + len(prev.rows) == n_before + len(ids)
    return ids


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.csv", "x.xlsx", "x.txt", ""]))
def test_random_bytes_never_crash_the_import(empty_repo, empty_path, data, name):
    before = dump(empty_path)
    prev = importer.preview(data, empty_repo, name)
    assert isinstance(prev.problems, list) and isinstance(prev.notes, list)
    assert dump(empty_path) == before  # preview never writes
    if prev.ok:
        _check_all_or_nothing(empty_repo, empty_path, prev)


@FUZZ
@given(rows=st.lists(st.tuples(any_text, any_text, any_text, date_text), min_size=1, max_size=8),
       delim=st.sampled_from([";", ",", "\t"]), bom=st.booleans())
def test_random_utf8_csv_all_or_nothing_and_names_exact(empty_repo, empty_path, rows, delim, bom):
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=delim, lineterminator="\r\n")
    w.writerow(["Navn", "Initialer", "Team", "Ansat"])
    for r in rows:
        w.writerow(r)
    data = (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")
    prev = importer.preview(data, empty_repo, "x.csv")
    before = dump(empty_path)
    if not prev.ok:
        assert prev.problems or not prev.rows
        return
    ids = _check_all_or_nothing(empty_repo, empty_path, prev)
    if ids is not None:
        stored = {e.id: e.name for e in empty_repo.staff.employees()}
        assert [stored[i] for i in ids] == [r.name for r in prev.rows]
        expected = [r[0].strip() for r in rows if any(c.strip() for c in r)]
        assert [r.name for r in prev.rows] == expected
    else:
        assert dump(empty_path) == before


@FUZZ
@given(names=st.lists(cp1252_text, min_size=1, max_size=6), dates=st.lists(date_text, min_size=6, max_size=6))
def test_random_cp1252_csv(empty_repo, empty_path, names, dates):
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Navn", "Ansat"])
    for n, d in zip(names, dates):
        w.writerow([n, d])
    try:
        data = out.getvalue().encode("cp1252")
    except UnicodeEncodeError:
        assume(False)
    prev = importer.preview(data, empty_repo, "x.csv")
    if prev.ok:
        ids = _check_all_or_nothing(empty_repo, empty_path, prev)
        if ids:
            got = [e.name for e in empty_repo.staff.employees() if e.id in set(ids)]
            assert sorted(got) == sorted(r.name for r in prev.rows)


cell = st.one_of(st.none(), any_text, st.integers(-10**12, 10**12),
                 st.floats(allow_nan=False, allow_infinity=False, width=32),
                 st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1)),
                 st.booleans())


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(header=st.permutations(["Navn", "Initialer", "Stilling", "Uddannelse", "Team", "Ansat", "Løn"]),
       rows=st.lists(st.lists(cell, min_size=7, max_size=7), min_size=1, max_size=5))
def test_random_xlsx(empty_repo, empty_path, header, rows):
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    wb = openpyxl.Workbook()
    ws = wb.active
    try:
        ws.append(header)
        for r in rows:
            ws.append(r)
    except (IllegalCharacterError, ValueError):
        assume(False)
    buf = io.BytesIO()
    wb.save(buf)
    prev = importer.preview(buf.getvalue(), empty_repo, "x.xlsx")
    if prev.ok:
        _check_all_or_nothing(empty_repo, empty_path, prev)


# ----------------------------------------------------------------- Repo writes
field_value = st.one_of(st.none(), any_text, st.text(min_size=190, max_size=260),
                        st.integers(-10**20, 10**20), st.booleans(),
                        st.dates(min_value=dt.date(1, 1, 1)), st.floats(allow_nan=True),
                        st.just("2025-02-30"), st.just("\x00"), st.lists(st.integers(), max_size=2))
MUS_FIELDS = ["held_on", "notes", "agreement", "wishes", "bf_vil"]
ACT_FIELDS = ["title", "status", "price_ore", "start_date", "category", "year", "funded"]
EMP_FIELDS = ["name", "initials", "job_title", "education", "team_id", "start_date", "end_date"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(op=st.sampled_from(["mus", "activities", "employees", "update_employee", "cell", "assessment", "profile"]),
       values=st.lists(field_value, min_size=7, max_size=7),
       level=st.one_of(st.integers(-3, 8), st.none(), st.just(NOT_RELEVANT), any_text),
       day=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2300, 1, 1)))
def test_random_field_values_are_stored_whole_or_refused(empty_repo, empty_path, op, values, level, day):
    repo = empty_repo
    if not repo.staff.employees():
        AddRecord("employee", {"name": "Anne Hansen", "initials": "AH"}).do(repo)
        AddRecord("competence", {"category": "faglige", "name": "NADA", "expected_level": 3}).do(repo)
    eid = repo.staff.employees()[0].id
    cid = repo.matrix.competences()[0].id
    before = dump(empty_path)
    try:
        if op == "mus":
            repo.rows.insert("mus", {"employee_id": eid, **dict(zip(MUS_FIELDS, values))})
        elif op == "activities":
            repo.rows.insert("activities", dict(zip(ACT_FIELDS, values)))
        elif op == "employees":
            f = dict(zip(EMP_FIELDS, values))
            AddRecord("employee", {"name": str(f.pop("name")),
                                   "initials": str(f.pop("initials")),
                                   **f}).do(repo)
        elif op == "update_employee":
            UpdateRecord("employee", eid, {**dict(zip(EMP_FIELDS, values))}).do(repo)
        elif op == "cell":
            repo.matrix.set_cell(eid, cid, level, day=day)
        elif op == "assessment":
            repo.matrix.add_assessment(eid, cid, level, "leder", day, note=str(values[0]))
        else:
            repo.profile.set("adresse", values[0])
    except DomainError:
        assert dump(empty_path) == before
        return
    except (ZeroDivisionError,):
        # a non-text where text is required (programmer error, not user input)
        assert dump(empty_path) == before
        return
    # stored: everything must read back without error
    snap = repo.snapshot()
    assert snap.employees
