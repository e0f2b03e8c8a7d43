"""A new hire without a MUS is not overdue in the PDFs either: the plan's part 7 and
the MUS documents treat them as the Overblik and the Medarbejder page do (the first
MUS is due twelve months after the start date)."""
from __future__ import annotations

import datetime as dt

from kompetence_desktop import texts
from kompetence_desktop.domain import overview, rules
from kompetence_desktop.domain.dates import format_date
from kompetence_desktop.reports.mus import render_aftale, render_mus
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import has_token, pdf_text


def _status_counts(s):
    by_emp = s.mus_dates()
    counts = {k: 0 for k in ("ok", "snart", "forfalden", "aldrig")}
    for e in s.active_employees:
        counts[rules.mus_status(by_emp.get(e.id, []), s.today, e.start_date).status] += 1
    return counts


def _add_new_hire(repo, today):
    start = rules.add_months(today, -2)
    eid = AddRecord("employee", {"name": "Nora Nyansat",
                                 "initials": "NNY",
                                 "start_date": start,
                                 "education": "paedagog"}).do(repo).created
    return eid, start


def test_plan_part7_counts_a_new_hire_as_not_yet_due_like_the_overblik(demo_repo, frozen_today):
    eid, start = _add_new_hire(demo_repo, frozen_today)
    s = demo_repo.snapshot()
    # the screen: the Overblik's MUS card does not list her
    assert eid not in {i.payload for i in overview.mus_items(s)}
    text = pdf_text(render_plan(s))
    part7 = text[text.find("Medarbejderudviklingssamtaler (MUS)"):text.find("Skriftlige udviklingsaftaler")]
    n, m = rules.mus_held_within(s.employees, s.mus_dates(), s.today)
    assert f"{n} af {m} aktive medarbejdere har haft MUS" in part7
    by_emp = s.mus_dates()
    new = [e for e in s.active_employees
           if rules.mus_status(by_emp.get(e.id, []), s.today, e.start_date).status in ("ok", "snart")
           and not by_emp.get(e.id)]
    assert eid in {e.id for e in new}
    assert texts.mus_new_hires(len(new)) in part7  # why n < m: they are new, not behind
    c = _status_counts(s)
    assert (f"{texts.DUE_LABELS['ok']} {c['ok']} {texts.DUE_LABELS['snart']} {c['snart']} "
            f"{texts.DUE_LABELS['forfalden']} {c['forfalden']} {texts.DUE_LABELS['aldrig']} {c['aldrig']}") in part7
    late = part7[part7.find("MUS mangler eller er forfalden"):]
    assert not has_token(late, "NNY")


def test_mus_documents_show_the_first_mus_date_not_never_held(demo_repo, frozen_today):
    eid, start = _add_new_hire(demo_repo, frozen_today)
    s = demo_repo.snapshot()
    due = format_date(rules.add_months(start, 12))
    text = pdf_text(render_mus(s, eid))
    assert texts.MUS_FIRST_DUE.format(date=due) in text
    assert texts.MUS_NEVER_HELD not in text
    text = pdf_text(render_aftale(s, eid))
    assert f"Aftalen følges op senest ved næste MUS ({due})" in text


def test_an_old_hand_without_any_mus_is_still_never_held(demo_repo, frozen_today):
    eid = AddRecord("employee", {"name": "Gammel Kending",
                                 "initials": "GKE",
                                 "start_date": dt.date(2020, 1, 1)}).do(demo_repo).created
    s = demo_repo.snapshot()
    assert texts.MUS_NEVER_HELD in pdf_text(render_mus(s, eid))
    text = pdf_text(render_plan(s))
    late = text[text.find("MUS mangler eller er forfalden"):text.find("Skriftlige udviklingsaftaler")]
    assert has_token(late, "GKE")
