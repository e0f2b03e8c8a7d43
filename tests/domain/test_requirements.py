"""The plan's requirements (docs/domain.md §9) as met or missing."""
from kompetence_desktop.domain import requirements
from kompetence_desktop import texts
from kompetence_desktop.operations import UpdateRecord


def test_demo_meets_every_requirement(demo_repo):
    reqs = requirements.check(demo_repo.snapshot())
    assert [r.code for r in reqs if not r.met] == []


def test_empty_tilbud_fails_and_says_what_is_missing(empty_repo):
    reqs = requirements.check(empty_repo.snapshot())
    missing = {r.code for r in reqs if not r.met}
    assert {"malgruppe", "supervision_medarbejdere", "uddannelsesplan", "medarbejdere"} <= missing
    sentences = [texts.requirement_text(r) for r in reqs if not r.met]
    assert "Planen mangler en beskrivelse af ekstern supervision for medarbejdere" in sentences


def test_every_requirement_has_danish_words_and_a_page():
    from kompetence_desktop.domain.snapshot import Snapshot
    import datetime as dt

    reqs = requirements.check(Snapshot(dt.date(2026, 1, 1), {}, [], [], [], {}, {}))
    for r in reqs:
        assert r.code in texts.REQUIREMENTS
        assert r.page in texts.PAGE_LABELS
        assert 1 <= r.section <= 10


def test_no_activities_is_never_reported_as_all_linked(empty_repo):
    """`check` on a new tilbud must not say "OK Alle aktiviteter er knyttet til kompetencer"."""
    reqs = requirements.check(empty_repo.snapshot())
    by = {r.code: r for r in reqs}
    assert not by["uddannelsesplan"].met
    assert "aktiviteter_maal_kompetencer" not in by
    r = by[requirements.NO_ACTIVITIES_TO_LINK]
    assert not r.met and r.section == 5 and r.page == "uddannelsesplan"
    assert texts.requirement_text(r).startswith("Ingen aktiviteter endnu")
    met = [texts.requirement_text(x) for x in reqs if x.met]
    assert not any("aktiviteter" in t.lower() for t in met)


def test_cancelled_activities_only_count_as_no_activities(demo_repo):
    for a in demo_repo.plan.activities():
        UpdateRecord("activity", a.id, {"status": "aflyst"}).do(demo_repo)
    by = {r.code: r for r in requirements.check(demo_repo.snapshot())}
    assert not by[requirements.NO_ACTIVITIES_TO_LINK].met


def test_an_activity_without_competences_is_reported(demo_repo):
    a = next(x for x in demo_repo.plan.activities() if x.status != "aflyst")
    demo_repo.plan.set_activity_links(a.id, competence_ids=[])
    s = demo_repo.snapshot()
    reqs = {r.code: r for r in requirements.check(s)}
    assert not reqs["aktiviteter_maal_kompetencer"].met


def test_missing_mus_points_to_where_mus_is_recorded(empty_repo):
    """MUS is written on the employee's own page (fanen MUS), not on the staff list."""
    r = next(r for r in requirements.check(empty_repo.snapshot()) if r.code == "mus_afholdt")
    assert not r.met and r.page == "medarbejder" and r.payload == "mus"
    assert texts.PAGE_LABELS[r.page] == "Den enkelte medarbejder, fanen MUS"
