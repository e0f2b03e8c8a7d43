"""The guideline's points the first checklist missed: the future's goals and methods beside
its target group, who calls MUS (the nearest leader), MED's dated evaluations of the MUS
concept and of the chain target group → goals → methods → need → effort. The cover states
the program's checklist as such and what only the leader can vouch for."""
from __future__ import annotations

from kompetence_desktop import texts
from kompetence_desktop.domain import requirements, rules
from kompetence_desktop.reports.plan import render_plan

from tests.reports.pdfutil import pdf_pages


def _met(repo) -> dict[str, bool]:
    return {r.code: r.met for r in requirements.check(repo.snapshot())}


def test_demo_meets_the_new_points(demo_repo):
    met = _met(demo_repo)
    for code in ("fremtid_malsaetning_metoder", "mus_indkalder", "med_evaluering_mus", "med_evaluering_sammenhaeng"):
        assert met[code], code


def test_each_point_fails_without_its_data(demo_repo):
    today = demo_repo.snapshot().today
    demo_repo.profile.set("fremtidige_metoder", "")
    demo_repo.profile.set("mus_indkalder", "Medarbejderen selv")
    demo_repo.profile.set("med_evaluering_mus_dato", "")  # text without a date
    demo_repo.profile.set("med_evaluering_sammenhaeng_dato", rules.add_months(today, -13).strftime("%d.%m.%Y"))
    met = _met(demo_repo)
    assert not met["fremtid_malsaetning_metoder"]
    assert not met["mus_indkalder"]
    assert not met["med_evaluering_mus"]
    assert not met["med_evaluering_sammenhaeng"]  # older than 12 months
    # nothing written: the guideline's own rule, the nearest leader
    demo_repo.profile.set("mus_indkalder", "")
    assert _met(demo_repo)["mus_indkalder"]


def test_cover_states_the_programs_checklist_and_the_leaders_points(demo_repo):
    s = demo_repo.snapshot()
    n = len(requirements.check(s))
    cover = pdf_pages(render_plan(s))[0]
    assert f"Programmets tjekliste: {n} af {n} punkter opfyldt." in cover
    assert "krav i retningslinjen" not in cover
    for point in texts.PLAN_LEADER_POINTS:
        assert point in cover
    text = " ".join(pdf_pages(render_plan(s)))
    assert "Indkalder til MUS: Nærmeste leder (tilbudslederen)." in text
    assert texts.PROFILE_LABELS["fremtidige_metoder"] in text
    assert texts.PROFILE_LABELS["med_evaluering_sammenhaeng"] in text
