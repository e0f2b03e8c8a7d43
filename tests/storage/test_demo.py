"""The demo tilbud is complete and realistic, and synthetic files are deterministic."""
import datetime as dt
import hashlib

from kompetence_desktop.domain import rules
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations.files import write_demo
from kompetence_desktop.storage.repo import Repo
from kompetence_desktop.storage.tilbudfile import open_file


def test_demo_has_what_a_leader_recognises(demo_repo, frozen_today):
    s = demo_repo.snapshot()
    assert s.profile["navn"] == "Bostedet Lærkely"
    assert 10 <= len(s.active_employees) <= 14 and len(s.teams) == 3
    assert any(e.end_date for e in s.employees), "a former employee"
    assert {c.category for c in s.competences} == {"faglige", "sociale", "organisatoriske", "personlige"}
    assert len(s.competences) == 20
    assert any("Line O'Connor-Ravn" == e.name for e in s.employees)
    # two years of history, self-assessments beside leader ones
    days = {a.assessed_on for a in demo_repo.matrix.assessments()}
    assert min(days) <= frozen_today - dt.timedelta(days=700)
    assert s.selfs
    cov = rules.coverage(s.competences, s.employees, s.current, frozen_today)
    assert {v.vulnerability for v in cov.values()} >= {"kritisk", "hoej"}
    statuses = {rules.course_status(ct, e, s.completions, frozen_today).status
                for ct in s.course_types for e in s.active_employees}
    assert "forfalden" in statuses and "ok" in statuses
    mus = s.mus_dates()
    assert any(rules.mus_status(mus.get(e.id, []), frozen_today).status in ("forfalden", "aldrig")
               for e in s.active_employees)
    assert any(a.status == "gennemfoert" and not a.evaluation for a in s.activities)
    assert s.learning_goals and s.logbook and s.med and s.supervision


def test_synthetic_file_is_deterministic_for_a_seed(tmp_path):
    day = dt.date(2026, 11, 23)
    paths = []
    for n in (1, 2):
        p = tmp_path / f"s{n}.kompetence"
        write_demo(p, seed=7, staff=30, competences=25, today=day)
        paths.append(p)
    dumps = []
    for p in paths:
        with open_file(p, readonly=True) as f:
            r = Repo(f)
            dumps.append(hashlib.sha256(repr((r.staff.employees(), r.matrix.competences(), r.matrix.assessments())).encode()).hexdigest())
            assert len(r.staff.employees()) == 30 and len(r.matrix.competences()) == 25
    assert dumps[0] == dumps[1]


# --- the demo shows every feature: per-employee records and last year's archived plan -----------------

def _initials(s):
    return {e.id: e.initials for e in s.employees}


def test_demo_archives_last_years_plan_as_version_1(demo_repo, frozen_today):
    from kompetence_desktop import texts
    from kompetence_desktop.domain.plan_summary import compare, summarise
    from ..reports.pdfutil import pdf_text

    s = demo_repo.snapshot()
    (v,) = demo_repo.plan.plan_versions()
    med_then = rules.add_months(frozen_today, -10)
    assert (v["version"], v["variant"], v["med_date"]) == (1, "leder", med_then)
    assert v["summary"]["date"] == med_then.isoformat()
    # the MED meeting is recorded once, with the demo's own evaluation
    assert [m.evaluation for m in s.med if m.held_on == med_then] and \
        sum(m.held_on == med_then for m in s.med) == 1
    changes = compare(v["summary"], summarise(s))
    codes = {c[0] for c in changes}
    assert {"staff_joined", "staff_left", "competence_added", "gap", "activity_added", "activity_status"} <= codes
    assert ("staff_joined", "Peter Mølgaard") in changes and ("staff_left", "Henrik Fjeldsø") in changes
    assert ("activity_status", "KRAP – modul 1 og 2", "planlagt", "i_gang") in changes
    assert all(texts.plan_change_text(c) for c in changes)
    # the archived PDF is the plan as it stood then, not today's plan relabelled
    old = pdf_text(demo_repo.plan.plan_version_pdf(v["id"]))
    assert "Version 1 – behandlet i MED 23.01.2026" in old
    assert f"{frozen_today.year - 1}–{frozen_today.year}" in old
    assert "Henrik Fjeldsø" in old and "Peter Mølgaard" not in old
    assert "Medicinhåndtering for ikke-sundhedsuddannede" not in old and "KRAP – modul 1 og 2" in old
    assert "UDKAST" not in old
    assert s.profile["periode"] == f"{frozen_today.year}–{frozen_today.year + 1}"


def test_most_active_employees_have_goals_logbook_and_a_written_agreement(demo_repo, frozen_today):
    s = demo_repo.snapshot()
    active = s.active_employees
    last_mus = {e.id: max((m for m in s.mus if m.employee_id == e.id), key=lambda m: m.held_on, default=None)
                for e in active}
    with_goals = {g.employee_id for g in s.learning_goals}
    since = {e.id: [lg for lg in s.logbook if lg.employee_id == e.id and last_mus[e.id]
                    and lg.entry_date >= last_mus[e.id].held_on] for e in active}
    assert sum(e.id in with_goals for e in active) >= len(active) - 2
    assert sum(len(since[e.id]) >= 2 for e in active) >= len(active) - 3
    for e in active:
        m = last_mus[e.id]
        if m is not None:
            assert m.agreement and m.wishes and m.notes, e.initials
    # the goals answer Socialstyrelsen's five questions; the logbook the template's first three at least
    for g in s.learning_goals:
        assert all((g.knowledge, g.practice, g.results, g.org_goals, g.support)) and g.status
    assert any(g.employee_id is None for g in s.learning_goals), "an organisational goal"
    assert all(lg.what_happened and lg.entry_date <= frozen_today for lg in s.logbook)
    assert len({lg.entry_date for lg in s.logbook}) >= 20, "varied dates"
    assert len({m.agreement for m in s.mus}) >= 15 and {m.agreement_status for m in s.mus} >= {"i gang", "opfyldt"}
    # on purpose sparse: the new hire has no MUS and no goals yet
    pm = next(e for e in active if e.initials == "PM")
    assert last_mus[pm.id] is None and pm.id not in with_goals


def test_mus_preparation_and_agreement_of_a_typical_employee_show_their_records(demo_repo):
    from kompetence_desktop.reports.mus import render_aftale, render_mus
    from ..reports.pdfutil import pdf_text

    s = demo_repo.snapshot()
    san = next(e for e in s.employees if e.initials == "SÅN")
    mus = pdf_text(render_mus(s, san.id))
    assert "Logbog siden seneste MUS" in mus and "Ingen logbogsnotater i perioden" not in mus
    assert "Ledte selv en pårørendesamtale" in mus and "Hvad undrede mig?" in mus
    assert "Deltager i KRAP-uddannelsen" in mus  # the latest udviklingsaftale
    aftale = pdf_text(render_aftale(s, san.id))
    assert "Der er endnu ikke registreret læringsmål" not in aftale
    assert "Læringsmål 1" in aftale and "Læringsmål 2" in aftale


def test_demo_is_deterministic_and_leaves_today_alone(tmp_path):
    from kompetence_desktop.domain import dates

    day = dt.date(2026, 3, 4)  # early in the year, the today a leader may well open it on
    dumps = []
    for n in (1, 2):
        p = tmp_path / f"d{n}.kompetence"
        if n == 2:
            dates.set_today(None)  # as in the GUI: no frozen today to put back
        before = dates.today()
        write_demo(p, seed=3, today=day, render_plan=render_plan)
        assert dates.today() == before, "the archive's temporary today is put back"
        with open_file(p, readonly=True) as f:
            r = Repo(f)
            s = r.snapshot(day)
            dumps.append(repr((r.matrix.assessments(), s.mus, s.learning_goals, s.logbook, s.activities,
                               [(v["version"], v["med_date"], v["summary"]) for v in r.plan.plan_versions()])))
            assert all(a.start_date for a in s.activities)
            assert all(a.start_date <= day for a in s.activities if a.status in ("i_gang", "gennemfoert"))
            assert all(a.start_date > day for a in s.activities if a.status in ("planlagt", "bevilget"))
    assert dumps[0] == dumps[1]


def test_synthetic_files_stay_cheap_without_an_archive(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "big.kompetence"
    code = ("import sys, datetime as dt; from kompetence_desktop.storage.demo import write_demo; "
            f"write_demo({str(p)!r}, staff=40, competences=30, today=dt.date(2026, 11, 23)); "
            "print(sorted(m for m in ('reportlab', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    with open_file(p, readonly=True) as f:
        assert Repo(f).plan.plan_versions() == []
