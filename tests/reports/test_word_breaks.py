"""Long words in narrow columns break at a hyphen or between syllables (with a
hyphen), never at a random letter."""
from __future__ import annotations

import pytest

from kompetence_desktop.reports.hyphenate import break_points, danish_hyphenator
from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_pages


def test_long_words_never_break_at_a_random_letter(demo_repo, monkeypatch):
    """No "ik|ke-sundhedsuddannede" in the training plan; reportlab's last resort
    (_splitWord / _splitFragWord: any letter, no hyphen) is never needed in the demo."""
    from reportlab.platypus import paragraph

    cut = []
    real_word, real_frag = paragraph._splitWord, paragraph._splitFragWord
    monkeypatch.setattr(paragraph, "_splitWord", lambda w, *a, **k: cut.append(str(w)) or real_word(w, *a, **k))
    monkeypatch.setattr(paragraph, "_splitFragWord",
                        lambda w, *a, **k: cut.append(str(w)) or real_frag(w, *a, **k))
    s = demo_repo.snapshot()
    text = " ".join(pdf_pages(render_plan(s)) + pdf_pages(render_plan(s, med=True)))
    assert cut == []
    assert "ikkesundhedsuddannede" not in text and "ik ke-" not in text
    assert "ikke-sundhedsuddannede" in text or "ikke- sundhedsuddannede" in text


def test_a_title_in_bold_breaks_at_its_hyphen_also_when_wrapped_twice():
    from kompetence_desktop.reports.base import CellParagraph, make_styles

    p = CellParagraph("<b>Medicinhåndtering for ikke-sundhedsuddannede</b><br/>Kursus", make_styles()["cell"])
    for _ in range(3):  # a table wraps its cells more than once
        p.wrap(116, 1000)
        lines = ["".join(w.text for w in ln.words) for ln in p.blPara.lines]
        assert lines[:3] == ["Medicinhåndtering for", "ikke-", "sundhedsuddannede"]


@pytest.mark.parametrize("word,allowed", [
    # "sam-arbejdet" and "kompetence-udvikling": where the compound's parts meet
    ("pårørendesamarbejdet", {"pårø", "pårøren", "pårørende", "pårørendesam", "pårørendesamar",
                              "pårørendesamarbej"}),
    ("kompetenceudviklingsplan", {"kom", "kompe", "kompeten", "kompetence", "kompetenceud",
                                  "kompetenceudvik", "kompetenceudviklings"}),
])
def test_danish_breaks_follow_the_syllable_rule(word, allowed):
    assert {h for h, _t in danish_hyphenator(word)} == allowed
    assert all(h + t == word for h, t in danish_hyphenator(word))


def test_short_words_and_initials_are_never_split():
    assert break_points("dokument") == [] and break_points("AMSHFLØKH") == []
    assert break_points("ikke-sundhedsuddannede") == []  # its own hyphen is used instead
