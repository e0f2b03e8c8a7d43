"""The matrix, course, profile and plan-archive operations, done and undone without Qt."""
from __future__ import annotations

import datetime as dt

import pytest

from kompetence_desktop.domain.model import BASIS_1, SOURCE_SELF
from kompetence_desktop.domain.rules import NOT_RELEVANT, DomainError
from kompetence_desktop.operations import (
    AddDefaultCourses,
    ArchivePlan,
    DeleteCompletions,
    History,
    RecordCompletions,
    SetCells,
    SetExpectedLevels,
    SetProfile,
    SwapCompetences,
    med_evaluation,
)


def test_set_cells_reports_the_cells_and_undo_restores_them(demo_repo):
    e, c = demo_repo.staff.employees()[0], demo_repo.matrix.competences()[0]
    d = demo_repo.matrix.competences()[1]
    before = demo_repo.matrix.current_cells()
    h = History(demo_repo)
    changes = h.run(SetCells([(e.id, c.id, 5), (e.id, d.id, NOT_RELEVANT)]))
    assert changes.topics == {"assessments"} and set(changes.cells) == {(e.id, c.id), (e.id, d.id)}
    now = demo_repo.matrix.current_cells()
    assert now[(e.id, c.id)] == 5 and now[(e.id, d.id)] is NOT_RELEVANT
    h.undo()
    assert demo_repo.matrix.current_cells() == before
    h.redo()
    assert demo_repo.matrix.current_cells() == now


def test_a_self_assessment_is_kept_beside_the_leaders(demo_repo):
    e, c = demo_repo.staff.employees()[0], demo_repo.matrix.competences()[0]
    leader = demo_repo.matrix.current_cells().get((e.id, c.id))
    History(demo_repo).run(SetCells([(e.id, c.id, 1)], source=SOURCE_SELF, day=dt.date(2026, 11, 1)))
    assert demo_repo.matrix.self_cells()[(e.id, c.id)] == 1
    assert demo_repo.matrix.current_cells().get((e.id, c.id)) == leader


def test_cells_are_never_dated_after_the_clock(demo_repo):
    e, c = demo_repo.staff.employees()[0], demo_repo.matrix.competences()[0]
    op = SetCells([(e.id, c.id, 3)], day=dt.date(2026, 12, 1), clock=lambda: dt.date(2026, 11, 23))
    with pytest.raises(DomainError) as exc:
        op.do(demo_repo)
    assert exc.value.code == "assessment_in_future"


def test_expected_levels_and_order(demo_repo):
    a, b = demo_repo.matrix.competences()[:2]
    h = History(demo_repo)
    h.run(SetExpectedLevels([(a.id, 5), (b.id, 1)]))
    levels = {c.id: c.expected_level for c in demo_repo.matrix.competences()}
    assert (levels[a.id], levels[b.id]) == (5, 1)
    h.undo()
    levels = {c.id: c.expected_level for c in demo_repo.matrix.competences()}
    assert (levels[a.id], levels[b.id]) == (a.expected_level, b.expected_level)
    with pytest.raises(DomainError):
        SetExpectedLevels([(a.id, 6)])
    order = [c.id for c in demo_repo.matrix.competences()]
    h.run(SwapCompetences(a.id, b.id))
    assert [c.id for c in demo_repo.matrix.competences()][:2] == [b.id, a.id]
    h.undo()
    assert [c.id for c in demo_repo.matrix.competences()] == order


def test_completions_skip_what_is_there_and_undo(demo_repo):
    ct = demo_repo.plan.course_types()[0]
    ids = [e.id for e in demo_repo.staff.employees()[:3]]
    day = dt.date(2026, 11, 20)
    h = History(demo_repo)
    n = len(demo_repo.plan.completions())
    h.run(RecordCompletions(ct.id, ids[:1], day))
    op = RecordCompletions(ct.id, ids, day)
    h.run(op)
    assert op.skipped == ids[:1] and len(demo_repo.plan.completions()) == n + 3
    with pytest.raises(DomainError) as exc:
        h.run(RecordCompletions(ct.id, ids, day))
    assert exc.value.code == "nothing_new"
    h.undo()
    assert len(demo_repo.plan.completions()) == n + 1
    h.redo()
    latest = [x.id for x in demo_repo.plan.completions() if x.completed_on == day]
    h.run(DeleteCompletions(latest))
    assert len(demo_repo.plan.completions()) == n
    h.undo()
    assert len(demo_repo.plan.completions()) == n + 3
    with pytest.raises(DomainError):
        h.run(RecordCompletions(ct.id, ids, dt.date(2027, 1, 1)))


def test_default_courses_only_what_is_missing(empty_repo):
    h = History(empty_repo)
    h.run(AddDefaultCourses(BASIS_1))
    assert [c.name for c in empty_repo.plan.course_types()] == [n for n, _r, _m in BASIS_1]
    with pytest.raises(DomainError):
        h.run(AddDefaultCourses(BASIS_1))
    h.undo()
    assert empty_repo.plan.course_types() == []
    h.redo()
    assert len(empty_repo.plan.course_types()) == len(BASIS_1)


def test_profile_text_and_undo(empty_repo):
    h = History(empty_repo)
    h.run(SetProfile("malgruppe", "Voksne med autisme"))
    h.run(SetProfile("malgruppe", "Voksne med erhvervet hjerneskade"))
    assert empty_repo.profile.texts()["malgruppe"] == "Voksne med erhvervet hjerneskade"
    h.undo()
    assert empty_repo.profile.texts()["malgruppe"] == "Voksne med autisme"
    h.undo()
    assert "malgruppe" not in empty_repo.profile.texts()


def test_archiving_a_plan_records_the_meeting_and_undo_removes_both(demo_repo):
    before_versions = demo_repo.plan.plan_versions()
    before_med = demo_repo.records.med_discussions()
    day = dt.date(2026, 11, 20)
    rendered = {}

    def render(snapshot, version_label):
        rendered["label"] = version_label
        rendered["med"] = [m.held_on for m in snapshot.med]
        return b"%PDF-1.4 fake"

    h = History(demo_repo)
    changes = h.run(ArchivePlan(day, render=render))
    n = len(before_versions) + 1
    assert changes.created == n and {"plan_versions", "med"} <= changes.topics
    assert rendered["label"] == f"Version {n} – behandlet i MED 20.11.2026" and day in rendered["med"]
    assert demo_repo.plan.plan_versions()[0]["version"] == n
    assert demo_repo.plan.plan_version_pdf(demo_repo.plan.plan_versions()[0]["id"]) == b"%PDF-1.4 fake"
    assert any(m.held_on == day and m.evaluation == med_evaluation(n) for m in demo_repo.records.med_discussions())
    h.undo()
    assert demo_repo.plan.plan_versions() == before_versions and demo_repo.records.med_discussions() == before_med
    h.redo()
    assert demo_repo.plan.plan_versions()[0]["version"] == n
    with pytest.raises(DomainError):
        ArchivePlan(dt.date(2027, 1, 1), render=render).do(demo_repo)
