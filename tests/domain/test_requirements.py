"""The plan's requirements (DOMAIN §9) as met or missing."""
from kompetence_desktop.domain import requirements
from kompetence_desktop import texts


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


def test_activities_linked_to_competences_is_met_vacuously_without_activities(empty_repo):
    """An empty plan is reported once (\"uddannelsesplan\"), not also as unlinked activities."""
    reqs = {r.code: r for r in requirements.check(empty_repo.snapshot())}
    assert not reqs["uddannelsesplan"].met
    assert reqs["aktiviteter_maal_kompetencer"].met


def test_an_activity_without_competences_is_reported(demo_repo):
    a = next(x for x in demo_repo.activities() if x.status != "aflyst")
    demo_repo.set_activity_links(a.id, competence_ids=[])
    s = demo_repo.snapshot()
    reqs = {r.code: r for r in requirements.check(s)}
    assert not reqs["aktiviteter_maal_kompetencer"].met
