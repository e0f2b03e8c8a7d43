"""The demo tilbud is complete and realistic, and synthetic files are deterministic."""
import datetime as dt
import hashlib

from kompetence_desktop.domain import rules
from kompetence_desktop.storage.demo import write_demo
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
    days = {a.assessed_on for a in demo_repo.assessments()}
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
            dumps.append(hashlib.sha256(repr((r.employees(), r.competences(), r.assessments())).encode()).hexdigest())
            assert len(r.employees()) == 30 and len(r.competences()) == 25
    assert dumps[0] == dumps[1]
