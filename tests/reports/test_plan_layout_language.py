"""The plan's numbering starts at 1 with numbered appendices, every initial printed has a key,
the category spind has at most three series per chart, and the words are the plain ones."""
from __future__ import annotations

import re

from kompetence_desktop import texts
from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_pages, pdf_text


def test_contents_start_at_1_and_the_appendices_are_numbered(demo_repo):
    pages = pdf_pages(render_plan(demo_repo.snapshot()))
    cover = pages[0]
    contents = cover[cover.index("Indhold"):]
    assert contents.split()[1:3] == ["1.", "Forside"]
    assert "10. Bilag: Årshjul" in contents and "11. Bilag: Medarbejderliste" in contents
    assert "11. Bilag: Medarbejderliste" in pages[-1] or any("11. Bilag: Medarbejderliste" in p for p in pages[1:])


def test_former_participant_is_in_the_staff_key(demo_repo):
    s = demo_repo.snapshot()
    active = {e.id for e in s.active_employees}
    former = {e.id: e for e in s.employees if e.id not in active}
    named = [former[i] for a in s.activities for i in a.participant_ids if i in former]
    assert named, "the demo names a former employee as a participant"
    text = pdf_text(render_plan(s))
    key = text[text.rindex("11. Bilag: Medarbejderliste"):]
    for e in named:
        assert e.name in key and "Fratrådt" in key


def test_category_spind_has_at_most_three_series_per_chart(demo_repo):
    from kompetence_desktop.reports import vector_charts as vc

    seen = []
    real = vc.radar

    def spy(labels, series, *a, **k):
        seen.append((len(labels), len(series)))
        return real(labels, series, *a, **k)
    import kompetence_desktop.reports.plan as plan_mod

    old = plan_mod.vc.radar
    plan_mod.vc.radar = spy
    try:
        render_plan(demo_repo.snapshot())
    finally:
        plan_mod.vc.radar = old
    category = [n for labels, n in seen if labels == 4]
    assert len(category) >= 2 and max(category) <= 3


def test_plain_words(demo_repo):
    s = demo_repo.snapshot()
    for med in (False, True):
        text = pdf_text(render_plan(s, med=med))
        for word in ("Videndeling", "hands-on", "MUS holdt", "Forventet supervision"):
            assert word not in text, word
        assert not re.search(r"\bgab\b", text, re.IGNORECASE)
        # no sentence starts with a numeral ("1 nyansat …", "11 af 12 …")
        assert not re.search(r"(?:^|[.!?]\s)\d+ (?:nyansat|af \d+|aktive)", text)
    assert texts.PROFILE_LABELS["videndeling"] == "Vidensdeling efter kurser"
