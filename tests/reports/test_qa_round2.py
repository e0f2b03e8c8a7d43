"""Documents, QA round 2: bookmarks lead to their pages, Excel cells hold text
(never formulas), the MED version redacts names in any case and form, wording."""
from __future__ import annotations

import io

import pytest

from kompetence_desktop import texts
from kompetence_desktop.reports.plan import render_plan

from .pdfutil import pdf_meta, pdf_pages, pdf_text


def _outline(data: bytes) -> list[tuple[str, int]]:
    from pypdf import PdfReader

    r = PdfReader(io.BytesIO(data))
    out = []

    def walk(items):
        for x in items:
            if isinstance(x, list):
                walk(x)
            else:
                out.append((x.title, r.get_destination_page_number(x)))
    walk(r.outline)
    return out


def _norm(t: str) -> str:
    return " ".join(t.split())


@pytest.mark.parametrize("med", [False, True])
def test_plan_bookmarks_lead_to_the_page_with_their_heading(demo_repo, med):
    data = render_plan(demo_repo.snapshot(), med=med)
    pages = pdf_pages(data)
    entries = _outline(data)
    assert len(entries) >= 20
    assert len({p for _t, p in entries}) >= 8, "bookmarks spread over the document"
    for title, page in entries:
        assert _norm(title) in pages[page], f"{title!r} is not on page {page + 1}"
    # in order through the document
    assert [p for _t, p in entries] == sorted(p for _t, p in entries)


def test_mus_and_indsigt_bookmarks_lead_to_their_pages(demo_repo):
    from kompetence_desktop.reports.indsigt import render_indsigt
    from kompetence_desktop.reports.mus import render_mus

    e = next(x for x in demo_repo.employees() if x.initials == "HF")
    s = demo_repo.snapshot()
    for data in (render_mus(s, e.id), render_indsigt(s, e.id, demo_repo.assessments(e.id), demo_repo.plan_versions())):
        pages = pdf_pages(data)
        for title, page in _outline(data):
            assert _norm(title) in pages[page], title


def test_matrix_xlsx_stores_user_text_as_text_never_as_formula(demo_repo):
    from openpyxl import load_workbook

    from kompetence_desktop.reports.matrix_xlsx import render_matrix_xlsx

    c = demo_repo.competences()[0]
    demo_repo.update_competence(c.id, name="=1+1")
    e = demo_repo.add_employee('=HYPERLINK("http://x.invalid","klik")', "+AB", job_title="@SUM(A1)")
    nasty = {"=1+1", '=HYPERLINK("http://x.invalid","klik")', "+AB", "@SUM(A1)"}
    for med in (False, True):
        wb = load_workbook(io.BytesIO(render_matrix_xlsx(demo_repo.snapshot(), med=med)))
        seen = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    if cell.value in nasty:
                        assert cell.data_type == "s" and cell.quotePrefix
                        seen.add(cell.value)
        assert "=1+1" in seen
        if not med:
            assert seen == nasty
    assert e


LEAKY = ("Østergaard og Mettes team. METTE ringede. Line O'Connor-Ravns idé, O’Connors forslag. "
         "HF's vagtplan og FJELDSØ (fratrådt). anne-mette hjalp. Bjørn-Hansens kursus.")


def test_med_plan_redacts_names_in_any_case_and_genitive_including_former_staff(demo_repo):
    import re

    for e in demo_repo.employees():  # nobody with a responsibility shown in the MED version
        demo_repo.update_employee(e.id, med_role="")
    demo_repo.set_profile("malgruppe", LEAKY)
    a = demo_repo.activities()[0]
    demo_repo.update("activities", a.id, {"responsible": "METTE BØGH og Henriks afløser"})
    text = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    low = text.casefold()
    for word in ("mette", "østergaard", "o'connor", "o’connor", "connor", "ravn", "fjeldsø", "henrik",
                 "bjørn-hansen", "bøgh"):
        assert word not in low, word
    assert not re.search(r"(?<!\w)HF(?!\w)", text)
    assert texts.REPORT_REDACTED not in text and "en medarbejder" in text
    # the ordinary words around them survive
    assert "team" in text and "ringede" in text and "vagtplan" in text and "kursus" in text
    # the leader's edition prints the text as written
    leader = pdf_text(render_plan(demo_repo.snapshot()))
    assert "Mettes team" in leader and "FJELDSØ" in leader


def test_redactor_rules():
    from kompetence_desktop.domain.model import Employee
    from kompetence_desktop.reports.privacy import Redactor

    staff = [Employee(1, "Mette Østergård", "MØ"), Employee(2, "Line O'Connor-Ravn", "LOR"),
             Employee(3, "Bo Ek", "OG"), Employee(4, "Tidligere medarbejder 1", "TM1", anonymised=True)]
    red = Redactor(staff)
    R = texts.REPORT_REDACTED
    assert red("Østergård og Mettes team") == f"{R} og {R} team"
    assert red("METTE") == R
    assert red("Line O'Connor-Ravns") == R
    # initials and 1–2 letter names only as written (so "og" and "bo" stay words)
    assert red("OG og Bo bor i bo-fællesskab") == f"{R} og {R} bor i bo-fællesskab"
    # an anonymised former employee's pseudonym is no name: ordinary words stay
    assert red("medarbejder og medarbejdere") == "medarbejder og medarbejdere"
    # the employee the document is about keeps their own name
    assert Redactor(staff, keep_ids=[1])("Mettes og Lines") == f"Mettes og {R}"


def test_wording_footer_subject_and_singular_counts(demo_repo, empty_repo):
    from kompetence_desktop.reports.mus import render_mus

    e = next(x for x in demo_repo.employees() if x.initials == "LOR")
    mus = pdf_text(render_mus(demo_repo.snapshot(), e.id))
    assert "Fortroligt – indeholder personoplysninger" in mus and "Fortroligt personaleoplysning" not in mus
    # an empty tilbud: no dangling "planperiode "
    meta = pdf_meta(render_plan(empty_repo.snapshot()))
    assert not meta["/Subject"].rstrip().endswith("planperiode")
    assert meta["/Subject"] == f"{texts.PLAN_TITLE} for Tilbud" or "planperiode" not in meta["/Subject"]
    demo_meta = pdf_meta(render_plan(demo_repo.snapshot()))
    assert "planperiode 20" in demo_meta["/Subject"]
    # one employee: the singular
    empty_repo.add_employee("Anne Hansen", "AH")
    text = pdf_text(render_plan(empty_repo.snapshot()))
    assert "Tilbuddet har 1 aktiv medarbejder og en kompetenceprofil med" in text
    assert "har 1 aktive medarbejdere" not in text and "Status for de 1 " not in text


# --- layout of the plan ----------------------------------------------------------------------
def _page_of(data, title):
    return next(p for t, p in _outline(data) if _norm(t) == title)


def test_uddannelsesplan_headers_whole_and_competences_by_number_with_a_key(demo_repo):
    data = render_plan(demo_repo.snapshot())
    pages = pdf_pages(data)
    page = pages[_page_of(data, "Uddannelsesplan")]
    assert "Medarbejdere Formål" in page and "Medarbejder e" not in page
    text = " ".join(pages)
    assert "Udvikler kompetence 1, 2" in text and "…" not in text.split("Uddannelsesplan", 2)[-1].split("Budget")[0]
    assert texts.PLAN_DEVELOPS_KEY in text
    # the key names each developed competence in full, once
    comps = {c.id: c for c in demo_repo.competences()}
    first = comps[demo_repo.activities()[0].competence_ids[0]]
    assert first.name in text


def test_aarshjul_appendix_does_not_spill_a_few_rows_onto_their_own_page(demo_repo):
    import re

    data = render_plan(demo_repo.snapshot())
    first, staff = _page_of(data, "10. Bilag: Årshjul"), _page_of(data, "11. Bilag: Medarbejderliste")  # 0-based
    pages = pdf_pages(data)
    # the årshjul lists each date on its own (no month groups): its last page carries a real share of it
    last = pages[staff - 1]
    assert staff > first and len(re.findall(r"\d\d\.\d\d\.\d{4}", last)) >= 10
    assert "3. kvartal (jul.–sep.) 2027" in " ".join(pages[first:staff])


def test_matrix_parts_follow_on_the_same_page_when_there_is_room(tmp_path):
    from kompetence_desktop.storage.demo import write_demo
    from kompetence_desktop.storage.repo import Repo
    from kompetence_desktop.storage.tilbudfile import open_file

    p = tmp_path / "stor.kompetence"
    write_demo(p, staff=45, competences=40)
    with open_file(p, readonly=True) as f:
        data = render_plan(Repo(f).snapshot())
    pages = pdf_pages(data)
    heads = [(i, t.index("Medarbejdere 21–40 af 45")) for i, t in enumerate(pages) if "Medarbejdere 21–40 af 45" in t]
    assert heads
    i, pos = heads[0]
    assert pos > 300, "part 2 starts below the end of part 1, not on a page of its own"


def test_med_version_hides_small_counts_and_states_its_limits(demo_repo):
    med = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    assert texts.MED_SMALL_COUNT in med and "Om anonymiteten i MED-udgaven" in med
    leader = pdf_text(render_plan(demo_repo.snapshot()))
    assert texts.MED_SMALL_COUNT not in leader and "Om anonymiteten" not in leader
    # a team of one shows as "under 3" in the MED version only
    tid = demo_repo.add_team("Solo")
    demo_repo.add_employee("Enlig Person", "EPX", team_id=tid)
    med = pdf_pages(render_plan(demo_repo.snapshot(), med=True))
    team_page = next(t for t in med if "Solo" in t and "Aktive medarbejdere" in t)
    assert "Solo under 3" in team_page


def test_med_redactor_hides_a_job_title_only_one_holds():
    """In a tilbud with one nurse, "Sygeplejersken" names her: the MED version replaces
    a title (or a title part) only one of the staff holds; shared titles and ordinary
    words stay, and "Social- og sundhedsassistent" is never cut at "og"."""
    from kompetence_desktop.domain.model import Employee
    from kompetence_desktop.reports.privacy import Redactor

    staff = [Employee(1, "Anne Sørensen", "AS", job_title="Souschef, pædagog"),
             Employee(2, "Bo Ek", "BE", job_title="Pædagog"),
             Employee(3, "Birgitte Ærenlund", "BÆ", job_title="Sygeplejerske"),
             Employee(4, "Jens Kræmer", "JK", job_title="Social- og sundhedsassistent"),
             Employee(5, "Karen Højgaard", "KH", job_title="Social- og sundhedshjælper")]
    R = texts.REPORT_REDACTED
    red = Redactor(staff, titles=True)
    assert red("Souschef") == R
    assert red("Sidemandsoplæring med sygeplejersken") == f"Sidemandsoplæring med {R}"
    assert red("Sygeplejerskens plan") == f"{R} plan"
    assert red("Pædagog og pædagoger") == "Pædagog og pædagoger"  # two hold it
    assert red("Alle sygeplejersker og souschefer") == "Alle sygeplejersker og souschefer"  # plural: a group
    assert red("pædagogiske metoder") == "pædagogiske metoder"
    assert red("Social- og sundhedsfaglig viden") == "Social- og sundhedsfaglig viden"
    assert red("en social- og sundhedshjælper") == f"en {R}"
    assert Redactor(staff)("Souschef") == "Souschef"  # the leader's edition's redactor leaves titles


def test_med_plan_names_no_unique_job_title(demo_repo):
    """The demo's only nurse is named in activities' Ansvar column; its souschef carries a
    responsibility the leader shows in the MED version, so "Souschef" stays."""
    med = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    leader = pdf_text(render_plan(demo_repo.snapshot()))
    assert "Souschef" in leader and "Souschef" in med
    assert "sygeplejersken" in leader.casefold() and "sygeplejersken" not in med.casefold()
    ams = next(e for e in demo_repo.employees() if e.initials == "AMS")
    demo_repo.update_employee(ams.id, med_role="")
    med = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    assert "Souschef" not in med and "souschef" not in med


def test_a_former_colleague_with_the_same_title_does_not_hide_the_current_one():
    from kompetence_desktop.domain.model import Employee
    from kompetence_desktop.reports.privacy import Redactor

    staff = [Employee(1, "Birgitte Ærenlund", "BÆ", job_title="Sygeplejerske"),
             Employee(2, "Gitte Fra", "GF", job_title="Sygeplejerske"),  # left in 2022
             Employee(3, "Bo Ek", "BE", job_title="Ergoterapeut (nattevagt)"),
             Employee(4, "Ida Nat", "IN", job_title="Afdelingsleder")]  # left, nobody holds it now
    R = texts.REPORT_REDACTED
    red = Redactor(staff, titles=True, active_ids=[1, 3])
    assert red("med sygeplejersken") == f"med {R}"
    assert red("vores ergoterapeut") == f"vores {R}"
    assert red("den tidligere afdelingsleder") == f"den tidligere {R}"
