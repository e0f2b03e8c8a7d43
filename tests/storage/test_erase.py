"""Erasing a former employee (issue 6 §6): delete or anonymise; the name leaves the file's bytes."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.storage import backup, erase
from kompetence_desktop.storage.erase import EraseError

from .safety_helpers import dump

NAME = "Åse Ørnbøl-Ægidius"


def _former(repo):
    """A former employee with a bit of everything, named so that no demo text contains it."""
    eid = repo.add_employee(NAME, "ÅØÆ", job_title="Pædagog", education="paedagog",
                            start_date=dt.date(2019, 3, 1), end_date=dt.date(2026, 6, 30))
    comps = repo.competences()
    repo.add_assessment(eid, comps[0].id, 3, "leder", dt.date(2025, 5, 1), note="God til ÅØÆ-ting")
    repo.add_assessment(eid, comps[1].id, 4, "selvvurdering", dt.date(2025, 5, 1))
    ct = repo.course_types()[0].id
    repo.insert("course_completions", {"course_type_id": ct, "employee_id": eid,
                                       "completed_on": dt.date(2025, 2, 1), "note": "Bestået"})
    repo.insert("mus", {"employee_id": eid, "held_on": dt.date(2025, 9, 1),
                        "notes": "Hemmelig MUS-tekst om helbred", "agreement": "Kursus i NADA"})
    repo.insert("logbook", {"employee_id": eid, "entry_date": dt.date(2025, 10, 1),
                            "what_happened": "Privat logbogstekst"})
    repo.insert("learning_goals", {"employee_id": eid, "created_on": dt.date(2025, 9, 1),
                                   "knowledge": "Særligt læringsmål"})
    act = repo.add_activity("Kursus i NADA", participant_ids=[eid],
                            responsible=f"{NAME} og lederen")
    other = next(e for e in repo.employees() if e.id != eid)
    repo.insert("logbook", {"employee_id": other.id, "entry_date": dt.date(2025, 10, 2),
                            "what_happened": f"Overlevering fra {NAME}"})
    return eid, act


def _bytes(repo) -> bytes:
    return repo.file.path.read_bytes()


def test_only_former_staff_can_be_erased(demo_repo):
    active = next(e for e in demo_repo.employees() if e.end_date is None)
    with pytest.raises(EraseError) as e:
        erase.describe(demo_repo, active.id, "delete")
    assert e.value.code == "not_former"
    future = demo_repo.add_employee("Snart Væk", "SV", end_date=dt.date(2027, 1, 31))
    with pytest.raises(EraseError):
        erase.describe(demo_repo, future, "anonymise")


def test_delete_removes_everything_and_the_name_leaves_the_file(demo_repo):
    eid, act = _former(demo_repo)
    assert NAME.encode() in _bytes(demo_repo)
    plan = erase.describe(demo_repo, eid, "delete")
    got = dict(plan.items)
    assert got["assessments"] == 2 and got["completions"] == 1 and got["mus"] == 1
    assert got["logbook"] == 1 and got["learning_goals"] == 1 and got["participations"] == 1
    assert got["mentions"] == 2  # the activity's "Ansvar" and a colleague's logbook
    assert any("MUS" in line for line in plan.lines())
    res = erase.erase(demo_repo, eid, "delete")
    assert demo_repo.employee(eid) is None
    assert not demo_repo.assessments(eid) and not demo_repo.mus_records(eid)
    data = _bytes(demo_repo)
    for secret in (NAME, "Hemmelig MUS-tekst", "Privat logbogstekst", "Særligt læringsmål", "God til"):
        assert secret.encode() not in data, secret
    assert demo_repo.row("activities", act)["responsible"] == "(tidligere medarbejder) og lederen"
    assert erase.erasures(demo_repo)[-1][1] == "delete"
    assert demo_repo.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert res.older_backups == []


def test_anonymise_keeps_statistics_under_a_pseudonym(demo_repo):
    eid, act = _former(demo_repo)
    plan = erase.describe(demo_repo, eid, "anonymise")
    assert plan.pseudonym == "Tidligere medarbejder 1" and plan.pseudonym_initials == "TM1"
    erase.erase(demo_repo, eid, "anonymise")
    e = demo_repo.employee(eid)
    assert (e.name, e.initials, e.job_title, e.team_id, e.start_date, e.anonymised) == (
        "Tidligere medarbejder 1", "TM1", "", None, None, True)
    assert e.education == "paedagog" and e.end_date == dt.date(2026, 6, 30)
    levels = sorted((a.level, a.source, a.note) for a in demo_repo.assessments(eid))
    assert levels == [(3, "leder", ""), (4, "selvvurdering", "")]
    assert [c.note for c in demo_repo.completions() if c.employee_id == eid] == [""]
    assert eid in next(a for a in demo_repo.activities() if a.id == act).participant_ids
    assert not demo_repo.mus_records(eid) and not demo_repo.logbook(eid) and not demo_repo.learning_goals(eid)
    data = _bytes(demo_repo)
    for secret in (NAME, "ÅØÆ", "Hemmelig MUS-tekst", "Privat logbogstekst", "Bestået", "God til"):
        assert secret.encode() not in data, secret
    assert demo_repo.row("activities", act)["responsible"] == "Tidligere medarbejder 1 og lederen"
    # a second anonymised employee gets the next number
    eid2 = demo_repo.add_employee("Bo Berg", "BOB", end_date=dt.date(2025, 1, 1))
    assert erase.describe(demo_repo, eid2, "anonymise").pseudonym_initials == "TM2"
    with pytest.raises(EraseError):
        erase.describe(demo_repo, eid, "anonymise")


def test_backups_older_than_the_erasure_are_listed(demo_repo):
    eid, _ = _former(demo_repo)
    old = backup.backup_now(demo_repo.file, now=dt.datetime(2026, 11, 20, 8, 0))
    res = erase.erase(demo_repo, eid, "delete", now=dt.datetime(2026, 11, 23, 10, 0))
    assert [b.path for b in res.older_backups] == [old]
    assert NAME.encode() in old.read_bytes()  # which is why they are listed
    assert backup.delete_backups(res.older_backups) == 1


def test_describe_writes_nothing(demo_repo, demo_path):
    eid, _ = _former(demo_repo)
    before = dump(demo_path)
    erase.describe(demo_repo, eid, "delete")
    erase.describe(demo_repo, eid, "anonymise")
    assert dump(demo_path) == before
