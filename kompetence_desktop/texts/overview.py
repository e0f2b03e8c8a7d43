"""The Overblik page: its cards and sections, what an empty section says, and one line per item.
"""
from __future__ import annotations

from .formats import count_noun
from .levels import CATEGORY_LABELS, VULNERABILITY_LABELS
from .plan import REQUIREMENTS

OVERVIEW_SECTION_TITLES = {
    "saarbarhed": "Kompetencer med kritisk eller høj sårbarhed",
    "kurser": "Obligatoriske kurser, der er forfaldne eller snart skal fornys",
    "mus": "MUS over 12 måneder gammel eller aldrig holdt",
    "med": "Planens drøftelse i MED",
    "opfoelgning": "Aktiviteter, der mangler evaluering",
    "krav": "Det mangler planen endnu",
    # the page's own sections (ui/pages/overblik.py)
    "saarbare": "Sårbare kompetencer (Kritisk og Høj)",
    "stoerste_behov": "Største kompetencebehov",
    "medarbejdere_behov": "Medarbejdere med størst kompetencebehov",
    "plan_mangler": "Kompetenceudviklingsplanen mangler",
}
OVERVIEW_EMPTY = {
    "saarbarhed": "Ingen kompetencer med kritisk eller høj sårbarhed.",
    "kurser": "Alle obligatoriske kurser er i orden.",
    "mus": "Alle aktive medarbejdere har haft MUS inden for 12 måneder.",
    "med": "Planen er drøftet i MED inden for 12 måneder.",
    "opfoelgning": "Alle aktiviteter er evalueret til tiden.",
    "krav": "Planen opfylder alle krav.",
    "saarbare": "Alle kompetencer dækkes af mindst to medarbejdere.",
    "stoerste_behov": "Ingen vurderinger ligger under det forventede niveau.",
    "medarbejdere_behov": "Alle medarbejdere er på forventet niveau.",
    "plan_mangler": "Planen opfylder alle krav.",
}


def overview_item_text(item) -> str:
    """One Overblik line in Danish (domain.overview.Item)."""
    from ..domain.dates import format_date as f

    s = item.section
    if s == "kurser":
        if item.code == "forfalden":
            return f"{item.subject}: {item.detail} – forfalden {f(item.day)}"
        if item.code == "snart":
            return f"{item.subject}: {item.detail} – skal fornys senest {f(item.day)}"
        return f"{item.subject}: {item.detail} – aldrig taget"
    if s == "mus":
        if item.code == "aftalt":
            return f"{item.subject}: MUS aftalt {f(item.day)}"
        if item.code == "forfalden":
            return f"{item.subject}: sidste MUS {f(item.day)} (over 12 måneder siden)"
        return f"{item.subject}: har aldrig haft MUS"
    if s == "med":
        if item.code == "aldrig":
            return "Planen er aldrig registreret som drøftet i MED"
        if item.code == "forfalden":
            return f"Planen skulle have været drøftet i MED senest {f(item.day)}"
        return f"Planen skal drøftes i MED senest {f(item.day)}"
    if s == "saarbarhed":
        label = VULNERABILITY_LABELS.get(item.code, item.code)
        n = int(item.detail or 0)
        who = "ingen medarbejdere" if n == 0 else ("én medarbejder" if n == 1 else f"{n} medarbejdere")
        return f"{item.subject}: {label} – {who} på forventet niveau"
    if s == "opfoelgning":
        return f"{item.subject}: opfølgning {f(item.day)} uden evaluering"
    if s == "krav":
        return REQUIREMENTS.get(item.code, ("", item.code))[1]
    return item.subject


#: Overblik on a tilbud with nobody / nothing yet (an empty list is not "all is well")
OVERVIEW_NO_STAFF = "Der er endnu ingen medarbejdere."
OVERVIEW_NO_COMPETENCES = "Der er endnu ingen kompetencer."

OVERVIEW_NO_ACTIVITIES = "Der er endnu ingen aktiviteter i uddannelsesplanen."
OVERVIEW_NOTHING = "Intet at bemærke."
OVERVIEW_TITLE = "Overblik"
#: the fallback for the heading "Overblik – <tilbud> · <date>" while the profile has no name
OVERVIEW_UNNAMED = "tilbuddet"
#: a section or card that failed to build: the page shows the rest
OVERVIEW_BROKEN_SECTION = "Afsnittet kunne ikke vises ({name})"
OVERVIEW_BROKEN_CARD = "Fejl"
#: the summary cards at the top of the page
OVERVIEW_CARDS = {
    "staff": "Aktive medarbejdere",
    "competences": "Kompetencer",
    "critical": "Kritisk sårbarhed",
    "high": "Høj sårbarhed",
    "below": "Vurderinger under forventet",
    "not_assessed": "Ikke vurderet",
    "courses_overdue": "Kurser forfaldne",
    "mus_missing": "MUS mangler",
}


def overview_vulnerable_text(vulnerability: str, competence: str, meeting: int, expected: int) -> str:
    """A vulnerable competence on the Overblik: "Kritisk: Medicin – ingen på det forventede niveau 3"."""
    who = "ingen" if meeting == 0 else "kun 1 medarbejder"
    return f"{VULNERABILITY_LABELS[vulnerability]}: {competence} – {who} på det forventede niveau {expected}"


def overview_vulnerable_tooltip(category: str, below: int, not_assessed: int) -> str:
    return f"{CATEGORY_LABELS[category]}\n{below} under forventet, {not_assessed} ikke vurderet"


def overview_gap_text(competence: str, total: int, staff: int) -> str:
    """A competence among the largest needs: its total gap and how many are below."""
    return (f"{competence} – samlet kompetencebehov {total} "
            f"({count_noun(staff, 'medarbejder', 'medarbejdere')} under forventet)")


def overview_employee_gap_text(name: str, initials: str, below: int, not_assessed: int) -> str:
    """An employee among the largest needs: competences below, and those not yet assessed."""
    text = f"{name} ({initials}) – {count_noun(below, 'kompetence', 'kompetencer')} under forventet"
    return text + (f", {not_assessed} ikke vurderet" if not_assessed else "")

#: Overblik on a tilbud with staff and competences but no level given yet
OVERVIEW_NOT_ASSESSED_YET_VALUE = "ikke vurderet endnu"
OVERVIEW_NOT_ASSESSED_YET = ("Sårbarheden er ikke vurderet endnu – vurdér medarbejderne under Matrix, "
                             "så vises de kompetencer, der dækkes af for få.")
