"""The MED plan and the MED matrix name no staff member in any spelling — decomposed
Unicode, a soft hyphen or zero-width space inside, lower case, lower-case or dotted
initials, the genitive — and say it in natural Danish, never with a bracketed placeholder.
Only a responsibility the leader has chosen to show is named."""
from __future__ import annotations

import io
import unicodedata

import pytest

from kompetence_desktop.domain.names import NameMatcher
from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx
from kompetence_desktop.reports.med_names import MedNames, preview
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord, UpdateRecord

from .pdfutil import pdf_text

STAFF = [("Åse Ærø-Ødegård", "ÅÆØ"), ("Søren Kjær Iversen", "SKI"), ("Bjørn Ågesen", "BJÅ")]

SPELLINGS = {
    "nfd": unicodedata.normalize("NFD", "Åse Ærø-Ødegård") + " har ansvaret for nattevagten.",
    "soft_hyphen": "Sidemandsoplæring med Sø\u00adren Kjær Iversen hver tirsdag.",
    "zwsp": "Vagtplanen lægges af Bjørn\u200b Ågesen.",
    "lower": "spørg åse ærø-ødegård om dokumentationen.",
    "lower_initials": "ski tager sig af brandøvelsen.",
    "dotted_initials": "Brandøvelsen holdes af S.K.I. i marts.",
    "genitive": "Åses erfaring med KRAP deles på personalemødet.",
    "genitive_surname": "Ågesens plan for introduktionen følges.",
}


def _staff(repo):
    ids = [AddRecord("employee", {"name": name, "initials": ini, "job_title": "Pædagog"}).do(repo).created for name, ini in STAFF]
    comps = repo.matrix.competences()
    for k, eid in enumerate(ids):
        repo.matrix.set_cells([(eid, c.id, 1 + (k + j) % 5) for j, c in enumerate(comps)])
    return ids


def _finder() -> NameMatcher:
    words = {w for name, _ini in STAFF for w in name.replace("-", " ").split()}
    return NameMatcher(loose=words | {n for n, _i in STAFF}, initials=[ini for _n, ini in STAFF])


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_each_spelling_is_replaced_in_natural_danish(demo_repo, spelling):
    _staff(demo_repo)
    red = MedNames(demo_repo.staff.employees())
    out = red(SPELLINGS[spelling])
    assert not _finder().search(out), out
    assert "[" not in out and ("medarbejder" in out.lower() or "kollega" in out.lower()), out


def test_wording_first_and_later_mentions_genitive_and_sentence_start(demo_repo):
    _staff(demo_repo)
    red = MedNames(demo_repo.staff.employees())
    assert red("Åse og SKI planlægger. Åses forslag går til Iversen.") == \
        "En medarbejder og en kollega planlægger. Medarbejderens forslag går til kollegaen."
    # a name inside another word is no name: "Åsebakken", "skibet"
    assert red("Turen går til Åsebakken med skibet.") == "Turen går til Åsebakken med skibet."


def test_med_plan_and_xlsx_name_nobody_in_any_spelling(demo_repo):
    from openpyxl import load_workbook

    ids = _staff(demo_repo)
    keys = ["malgruppe", "malsaetning", "faglige_tilgange", "fremtidige_opgaver", "kontaktpersonordning",
            "vikarer", "studerende", "ansvar_dokumentation"]
    for key, text in zip(keys, SPELLINGS.values()):
        demo_repo.profile.set(key, text)
    act = demo_repo.plan.activities()[0]
    demo_repo.rows.update("activities", act.id, {"responsible": SPELLINGS["dotted_initials"]})
    comp = demo_repo.matrix.competences()[0]
    UpdateRecord("competence", comp.id, {"name": comp.name + " (oplæring ved ski)"}).do(demo_repo)
    demo_repo.plan.set_activity_links(act.id, participant_ids=ids)
    s = demo_repo.snapshot()

    data = render_plan(s, med=True)
    text = pdf_text(data)
    hit = _finder().spans(text)
    assert not hit, [text[a - 30:b + 30] for a, b, _g in hit]
    assert "[medarbejder]" not in text and "[" not in text
    assert "ansvaret for nattevagten" in text  # the sentence is kept, only the name replaced
    assert "En medarbejder har ansvaret for nattevagten." in text

    wb = load_workbook(io.BytesIO(render_matrix_xlsx(s, med=True)))
    cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if c.value is not None)
    assert not _finder().search(cells)
    head = [c.value for c in wb["Matrix"][4]]
    assert not any(h in head for _n, h in STAFF) and len(head) == 7  # no per-person columns
    assert "[" not in cells

    # the leader's version keeps every name as written
    lead = pdf_text(render_plan(s))
    assert "Åse Ærø-Ødegård" in lead


def test_a_shown_responsibility_is_named_others_are_not(demo_repo):
    ids = _staff(demo_repo)
    UpdateRecord("employee", ids[1], {"med_role": "Kursuskoordinator"}).do(demo_repo)
    demo_repo.profile.set("retningslinje_ansvar", "Søren Kjær Iversen koordinerer kurser; Åse hjælper.")
    text = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    assert "Søren Kjær Iversen koordinerer kurser; en medarbejder hjælper." in text


def test_preview_lists_each_replacement_before_and_after(demo_repo):
    _staff(demo_repo)
    demo_repo.profile.set("vikarer", "Vikarer introduceres af Bjørn Ågesen.")
    reps = preview(demo_repo.snapshot())
    pair = next(r for r in reps if "Vikarer introduceres" in r.original)
    assert pair.original == "Vikarer introduceres af Bjørn Ågesen."
    assert pair.replaced == "Vikarer introduceres af en medarbejder."
