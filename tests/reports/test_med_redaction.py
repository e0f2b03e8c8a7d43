"""The MED version names no one: names in any case and form, small counts and a
job title only one person holds are hidden."""
from __future__ import annotations

from kompetence_desktop import texts
from kompetence_desktop.reports.plan import render_plan
from kompetence_desktop.operations import AddRecord

from .pdfutil import pdf_pages, pdf_text


LEAKY = ("Østergaard og Mettes team. METTE ringede. Line O'Connor-Ravns idé, O’Connors forslag. "
         "HF's vagtplan og FJELDSØ (fratrådt). anne-mette hjalp. Bjørn-Hansens kursus.")


def test_med_plan_redacts_names_in_any_case_and_genitive_including_former_staff(demo_repo):
    import re

    demo_repo.profile.set("malgruppe", LEAKY)
    a = demo_repo.plan.activities()[0]
    demo_repo.rows.update("activities", a.id, {"responsible": "METTE BØGH og Henriks afløser"})
    text = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    low = text.casefold()
    for word in ("mette", "østergaard", "o'connor", "o’connor", "connor", "ravn", "fjeldsø", "henrik",
                 "bjørn-hansen", "bøgh"):
        assert word not in low, word
    assert not re.search(r"(?<!\w)HF(?!\w)", text)
    assert texts.REPORT_REDACTED in text
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


def test_med_version_hides_small_counts_and_states_its_limits(demo_repo):
    med = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    assert texts.MED_SMALL_COUNT in med and "Om anonymiteten i MED-udgaven" in med
    leader = pdf_text(render_plan(demo_repo.snapshot()))
    assert texts.MED_SMALL_COUNT not in leader and "Om anonymiteten" not in leader
    # a team of one shows as "under 3" in the MED version only
    tid = AddRecord("team", {"name": "Solo"}).do(demo_repo).created
    AddRecord("employee", {"name": "Enlig Person", "initials": "EPX", "team_id": tid}).do(demo_repo)
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
    """The demo's only nurse and its souschef are named in activities' Ansvar column."""
    med = pdf_text(render_plan(demo_repo.snapshot(), med=True))
    leader = pdf_text(render_plan(demo_repo.snapshot()))
    assert "Souschef" in leader and "Souschef" not in med
    assert "sygeplejersken" in leader.casefold() and "sygeplejersken" not in med.casefold()


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
