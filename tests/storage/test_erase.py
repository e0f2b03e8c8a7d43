"""Erasing a former employee: delete or anonymise; the name leaves the file's bytes."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.storage import backup, erase
from kompetence_desktop.storage.erase import EraseError
from kompetence_desktop.operations import AddRecord

from .safety_helpers import dump

NAME = "Åse Ørnbøl-Ægidius"


def _former(repo):
    """A former employee with a bit of everything, named so that no demo text contains it."""
    eid = AddRecord("employee", {"name": NAME,
                                 "initials": "ÅØÆ",
                                 "job_title": "Pædagog",
                                 "education": "paedagog",
                                 "start_date": dt.date(2019, 3, 1),
                                 "end_date": dt.date(2026, 6, 30)}).do(repo).created
    comps = repo.matrix.competences()
    repo.matrix.add_assessment(eid, comps[0].id, 3, "leder", dt.date(2025, 5, 1), note="God til ÅØÆ-ting")
    repo.matrix.add_assessment(eid, comps[1].id, 4, "selvvurdering", dt.date(2025, 5, 1))
    ct = repo.plan.course_types()[0].id
    repo.rows.insert("course_completions", {"course_type_id": ct, "employee_id": eid,
                                            "completed_on": dt.date(2025, 2, 1), "note": "Bestået"})
    repo.rows.insert("mus", {"employee_id": eid, "held_on": dt.date(2025, 9, 1),
                             "notes": "Hemmelig MUS-tekst om helbred", "agreement": "Kursus i NADA"})
    repo.rows.insert("logbook", {"employee_id": eid, "entry_date": dt.date(2025, 10, 1),
                                 "what_happened": "Privat logbogstekst"})
    repo.rows.insert("learning_goals", {"employee_id": eid, "created_on": dt.date(2025, 9, 1),
                                        "knowledge": "Særligt læringsmål"})
    act = AddRecord("activity", {"title": "Kursus i NADA",
                                 "responsible": f"{NAME} og lederen"}, participants=[eid]).do(repo).created
    other = next(e for e in repo.staff.employees() if e.id != eid)
    repo.rows.insert("logbook", {"employee_id": other.id, "entry_date": dt.date(2025, 10, 2),
                                 "what_happened": f"Overlevering fra {NAME}"})
    return eid, act


def _bytes(repo) -> bytes:
    return repo.file.path.read_bytes()


def test_only_former_staff_can_be_erased(demo_repo):
    active = next(e for e in demo_repo.staff.employees() if e.end_date is None)
    with pytest.raises(EraseError) as e:
        erase.describe(demo_repo, active.id, "delete")
    assert e.value.code == "not_former"
    future = AddRecord("employee", {"name": "Snart Væk",
                                    "initials": "SV",
                                    "end_date": dt.date(2027, 1, 31)}).do(demo_repo).created
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
    assert demo_repo.staff.employee(eid) is None
    assert not demo_repo.matrix.assessments(eid) and not demo_repo.records.mus_records(eid)
    data = _bytes(demo_repo)
    for secret in (NAME, "Hemmelig MUS-tekst", "Privat logbogstekst", "Særligt læringsmål", "God til"):
        assert secret.encode() not in data, secret
    assert demo_repo.rows.row("activities", act)["responsible"] == "(tidligere medarbejder) og lederen"
    assert erase.erasures(demo_repo)[-1][1] == "delete"
    assert demo_repo.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert res.older_backups == []


def test_anonymise_keeps_statistics_under_a_pseudonym(demo_repo):
    eid, act = _former(demo_repo)
    plan = erase.describe(demo_repo, eid, "anonymise")
    assert plan.pseudonym == "Tidligere medarbejder 1" and plan.pseudonym_initials == "TM1"
    erase.erase(demo_repo, eid, "anonymise")
    e = demo_repo.staff.employee(eid)
    assert (e.name, e.initials, e.job_title, e.team_id, e.start_date, e.anonymised) == (
        "Tidligere medarbejder 1", "TM1", "", None, None, True)
    assert e.education == "paedagog" and e.end_date == dt.date(2026, 6, 30)
    levels = sorted((a.level, a.source, a.note) for a in demo_repo.matrix.assessments(eid))
    assert levels == [(3, "leder", ""), (4, "selvvurdering", "")]
    assert [c.note for c in demo_repo.plan.completions() if c.employee_id == eid] == [""]
    assert eid in next(a for a in demo_repo.plan.activities() if a.id == act).participant_ids
    assert not demo_repo.records.mus_records(eid) and not demo_repo.records.logbook(eid) and not demo_repo.records.learning_goals(eid)
    data = _bytes(demo_repo)
    for secret in (NAME, "ÅØÆ", "Hemmelig MUS-tekst", "Privat logbogstekst", "Bestået", "God til"):
        assert secret.encode() not in data, secret
    assert demo_repo.rows.row("activities", act)["responsible"] == "Tidligere medarbejder 1 og lederen"
    # a second anonymised employee gets the next number
    eid2 = AddRecord("employee", {"name": "Bo Berg",
                                  "initials": "BOB",
                                  "end_date": dt.date(2025, 1, 1)}).do(demo_repo).created
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


# --- name parts, other cases, initials, archived plans -------------------------------
HF_FORMS = ("Henrik Fjeldsø", "Henrik", "HENRIK", "henrik", "Fjeldsø", "FJELDSØ", "fjeldsø")


def _mention_hf_everywhere(repo):
    """Henrik Fjeldsø (HF, former in the demo) typed into free text all over the file."""
    from kompetence_desktop.domain.plan_summary import summarise

    hf = next(e for e in repo.staff.employees() if e.initials == "HF")
    other = next(e for e in repo.staff.employees() if e.end_date is None)
    act = repo.plan.activities()[0]
    repo.rows.update("activities", act.id, {
        "evaluation": "Henrik sagde det var godt; HF deltog. Henrik Fjeldsø's idé. HENRIK FJELDSØ",
        "responsible": "fjeldsø og Henriks afløser"})
    repo.profile.set("vikarer", "Vikarer introduceres af HENRIK (HF).")
    repo.rows.insert("mus", {"employee_id": other.id, "held_on": dt.date(2026, 1, 5),
                             "notes": "Savner samarbejdet med Henrik", "agreement": "Overtager HF's opgaver"})
    repo.rows.insert("logbook", {"employee_id": other.id, "entry_date": dt.date(2026, 1, 6),
                                 "what_happened": "Læste Fjeldsøs notater"})
    repo.rows.insert("learning_goals", {"employee_id": other.id, "created_on": dt.date(2026, 1, 6),
                                        "knowledge": "Lære det Henrik kunne"})
    repo.rows.insert("med_discussions", {"held_on": dt.date(2026, 1, 7), "evaluation": "HF var tovholder"})
    repo.rows.insert("supervision", {"audience": "medarbejdere", "provider": "Henrik Fjeldsø (ekstern)",
                                     "held_on": dt.date(2026, 1, 8), "note": "henrik deltog"})
    summary = summarise(repo.snapshot())
    summary["staff"][str(hf.id)] = {"name": hf.name, "initials": hf.initials}
    # a leader's edition from while he was employed, and the MED edition of the same meeting
    leader_v = repo.plan.add_plan_version(dt.date(2025, 12, 1), b"%PDF-leder Henrik Fjeldsoe", summary, variant="leder")
    med_v = repo.plan.add_plan_version(dt.date(2025, 12, 1), b"%PDF-med", summary, variant="med")
    return hf, act, leader_v, med_v


def _text_columns(path) -> str:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        out = []
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in con.execute(f"SELECT * FROM {table}"):
                out += [v for v in row if isinstance(v, str)]
        return "\n".join(out)
    finally:
        con.close()


@pytest.mark.parametrize("mode", ["anonymise", "delete"])
def test_erase_scrubs_name_parts_any_case_and_initials_from_every_text(demo_repo, mode):
    import re

    hf, act, leader_v, med_v = _mention_hf_everywhere(demo_repo)
    plan = erase.describe(demo_repo, hf.id, mode)
    # the fixture's edition and the demo's own version 1 (last year's plan, from while he was employed)
    assert plan.archived_plans == 2 and any("slettes" in line and "2 arkiverede planer" in line
                                            for line in plan.lines())
    assert dict(plan.items)["mentions"] >= 8
    erase.erase(demo_repo, hf.id, mode)
    path = demo_repo.file.path
    raw = path.read_bytes()
    for form in HF_FORMS:
        for enc in {form, form.upper()}:
            assert enc.encode("utf-8") not in raw, enc
    text = _text_columns(path)
    assert not re.search(r"(?<!\w)HF(?!\w)", text)
    # ordinary words around the name survive; the replacement reads sensibly
    ev = demo_repo.rows.row("activities", act.id)["evaluation"]
    who = "Tidligere medarbejder 1" if mode == "anonymise" else "(tidligere medarbejder)"
    assert ev.startswith(f"{who} sagde det var godt; ") and "deltog" in ev
    # the leader's edition is gone, the MED edition (no names) kept — its summary scrubbed
    versions = {(v["version"], v["variant"]) for v in demo_repo.plan.plan_versions()}
    assert (leader_v, "leder") not in versions and (med_v, "med") in versions


def test_erase_can_keep_archived_leader_editions(demo_repo):
    hf, _act, leader_v, _med_v = _mention_hf_everywhere(demo_repo)
    plan = erase.describe(demo_repo, hf.id, "anonymise", archived="keep")
    assert any("bevares som dokumentation" in line for line in plan.kept_lines())
    assert not any("arkiveret plan" in line for line in plan.lines())
    erase.erase(demo_repo, hf.id, "anonymise", archived="keep")
    assert any(v["variant"] == "leder" and v["version"] == leader_v for v in demo_repo.plan.plan_versions())


def test_a_name_part_a_current_colleague_shares_is_left_alone(demo_repo):
    eid = AddRecord("employee", {"name": "Jens Vestbirk",
                                 "initials": "JVB",
                                 "end_date": dt.date(2026, 1, 31)}).do(demo_repo).created
    a = demo_repo.plan.activities()[0]
    demo_repo.rows.update("activities", a.id, {"evaluation": "Jens Kræmer og Jens Vestbirk; VESTBIRK og jvb"})
    erase.erase(demo_repo, eid, "delete")
    ev = demo_repo.rows.row("activities", a.id)["evaluation"]
    assert ev == "Jens Kræmer og (tidligere medarbejder); (tidligere medarbejder) og (tidligere medarbejder)"
