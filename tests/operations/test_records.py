"""Adding, editing and deleting each kind of record as a Qt-free operation, with undo and redo."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop import texts
from kompetence_desktop.domain.rules import DomainError
from kompetence_desktop.operations import AddRecord, DeleteRecord, History, UpdateRecord

D = dt.date


def _count(repo, table: str) -> int:
    return repo.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _new(repo, kind, fields, **links):
    h = History(repo)
    changes = h.run(AddRecord(kind, fields, **links))
    return h, changes.created


#: one valid record of every kind, given the ids in the demo (employee 1, activity 1, course type 1)
RECORDS = {
    "employee": {"name": "Zoë Ågård", "initials": "ZÅ", "job_title": "Pædagog", "start_date": D(2025, 3, 1)},
    "team": {"name": "Team Syd"},
    "competence": {"category": "faglige", "name": "Autisme", "expected_level": 3, "description": ""},
    "activity": {"title": "Kursus i autisme", "status": "planlagt", "start_date": D(2027, 3, 1),
                 "end_date": D(2027, 3, 3)},
    "course_type": {"name": "Førstehjælp", "rule": "interval", "months": 24},
    "learning_goal": {"employee_id": None, "created_on": D(2026, 10, 1), "knowledge": "Viden om autisme"},
    "logbook": {"entry_date": D(2026, 11, 1), "what_happened": "Vi talte om skærme"},
    "mus": {"held_on": D(2026, 11, 2), "notes": "God samtale"},
    "med_discussion": {"held_on": D(2026, 11, 3), "evaluation": "Drøftet"},
    "supervision": {"audience": "medarbejdere", "held_on": D(2026, 11, 4), "provider": "Psykolog"},
}
TABLES = {"employee": "employees", "team": "teams", "competence": "competences", "activity": "activities",
          "course_type": "course_types", "learning_goal": "learning_goals", "logbook": "logbook",
          "mus": "mus", "med_discussion": "med_discussions", "supervision": "supervision"}


def _fields(repo, kind):
    f = dict(RECORDS[kind])
    if kind in ("logbook", "mus"):
        f["employee_id"] = repo.staff.employees()[0].id
    return f


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_add_undo_redo_keeps_the_same_row(demo_repo, kind):
    table = TABLES[kind]
    before = _count(demo_repo, table)
    h, rid = _new(demo_repo, kind, _fields(demo_repo, kind))
    assert _count(demo_repo, table) == before + 1
    row = demo_repo.rows.row(table, rid)
    h.undo()
    assert _count(demo_repo, table) == before and demo_repo.rows.row(table, rid) is None
    h.redo()
    assert demo_repo.rows.row(table, rid) == row


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_delete_and_undo_restores_the_row(demo_repo, kind):
    h, rid = _new(demo_repo, kind, _fields(demo_repo, kind))
    row = demo_repo.rows.row(TABLES[kind], rid)
    h.run(DeleteRecord(kind, rid))
    assert demo_repo.rows.row(TABLES[kind], rid) is None
    h.undo()
    assert demo_repo.rows.row(TABLES[kind], rid) == row


def test_deleting_a_competence_takes_its_assessments_and_undo_brings_them_back(demo_repo):
    comp = demo_repo.matrix.competences()[0]
    cells = {k: v for k, v in demo_repo.matrix.current_cells().items() if k[1] == comp.id}
    assert cells
    h = History(demo_repo)
    h.run(DeleteRecord("competence", comp.id))
    assert not any(k[1] == comp.id for k in demo_repo.matrix.current_cells())
    h.undo()
    assert {k: v for k, v in demo_repo.matrix.current_cells().items() if k[1] == comp.id} == cells
    assert comp in demo_repo.matrix.competences()


def test_update_and_undo_of_an_activity_with_its_links(demo_repo):
    a = next(x for x in demo_repo.plan.activities() if x.participant_ids and x.competence_ids)
    h = History(demo_repo)
    others = [e.id for e in demo_repo.staff.employees() if e.id not in a.participant_ids][:1]
    h.run(UpdateRecord("activity", a.id, {"title": "Nyt navn"}, participants=others, competences=[]))
    b = next(x for x in demo_repo.plan.activities() if x.id == a.id)
    assert (b.title, b.participant_ids, b.competence_ids) == ("Nyt navn", sorted(others), [])
    h.undo()
    assert next(x for x in demo_repo.plan.activities() if x.id == a.id) == a


def test_update_and_undo_of_a_competence_with_its_tags(demo_repo):
    c = next(x for x in demo_repo.matrix.competences() if x.tags)
    h = History(demo_repo)
    h.run(UpdateRecord("competence", c.id, {"name": "Omdøbt", "expected_level": 5}, tags=["arbejdsmiljø"]))
    d = next(x for x in demo_repo.matrix.competences() if x.id == c.id)
    assert (d.name, d.expected_level, d.tags) == ("Omdøbt", 5, ("arbejdsmiljø",))
    h.undo()
    assert next(x for x in demo_repo.matrix.competences() if x.id == c.id) == c


def test_an_activity_ending_before_it_starts_is_refused_with_a_code_and_nothing_is_stored(demo_repo):
    before = demo_repo.plan.activities()
    with pytest.raises(DomainError) as e:
        History(demo_repo).run(AddRecord("activity", {"title": "Kursus", "start_date": D(2026, 5, 1),
                                                      "end_date": D(2026, 4, 1)}))
    assert e.value.code == "activity_end_before_start" and e.value.details["field"] == "end_date"
    assert texts.domain_error(e.value) == "Slutdatoen ligger før startdatoen."
    assert demo_repo.plan.activities() == before
    h, aid = _new(demo_repo, "activity", {"title": "Temadag", "start_date": D(2026, 5, 1)})
    with pytest.raises(DomainError) as e:
        h.run(UpdateRecord("activity", aid, {"followup_date": D(2026, 4, 1)}))
    assert e.value.code == "followup_before_start"
    with pytest.raises(DomainError) as e:  # the stored start is taken into account
        h.run(UpdateRecord("activity", aid, {"end_date": D(2026, 4, 1)}))
    assert e.value.code == "activity_end_before_start"
    a = next(x for x in demo_repo.plan.activities() if x.id == aid)
    assert (a.end_date, a.followup_date) == (None, None)


def test_employee_rules_hold_for_every_front_end(demo_repo):
    e = demo_repo.staff.employees()[0]
    h = History(demo_repo)
    for fields, code in (
        ({"name": " ", "initials": "XY"}, "name_required"),
        ({"name": "Ny", "initials": ""}, "initials_required"),
        ({"name": "Ny\tNavn", "initials": "NN"}, "name_control"),
        ({"name": "Ny", "initials": "N N"}, "initials_whitespace"),
        ({"name": "Ny", "initials": e.initials.lower()}, "initials_taken"),
        ({"name": "Ny", "initials": "NY", "start_date": D(2026, 5, 1), "end_date": D(2026, 4, 1)},
         "end_before_start"),
    ):
        with pytest.raises(DomainError) as exc:
            h.run(AddRecord("employee", fields))
        assert exc.value.code == code, fields
    with pytest.raises(DomainError) as exc:  # the end date against the stored start date
        h.run(UpdateRecord("employee", e.id, {"end_date": e.start_date - dt.timedelta(days=1)}))
    assert exc.value.code == "end_before_start"
    assert h.done == []


def test_initials_compare_in_any_unicode_spelling(demo_repo):
    h = History(demo_repo)
    h.run(AddRecord("employee", {"name": "Åse Ågård", "initials": "ÅÅ"}))
    with pytest.raises(DomainError) as exc:
        h.run(AddRecord("employee", {"name": "Anden", "initials": "A\u030aa\u030a"}))
    assert exc.value.code == "initials_taken"


def test_a_team_name_is_used_once(demo_repo):
    name = demo_repo.staff.teams()[0].name
    with pytest.raises(DomainError) as exc:
        History(demo_repo).run(AddRecord("team", {"name": f" {name.upper()} "}))
    assert exc.value.code == "team_exists"
