"""The Overblik page: its sections, what an empty section says, and one line per item.
"""
from __future__ import annotations

from .levels import VULNERABILITY_LABELS
from .plan import REQUIREMENTS

OVERVIEW_SECTION_TITLES = {
    "saarbarhed": "Kompetencer med kritisk eller høj sårbarhed",
    "kurser": "Obligatoriske kurser, der er forfaldne eller snart skal fornys",
    "mus": "MUS over 12 måneder gammel eller aldrig holdt",
    "med": "Planens drøftelse i MED",
    "opfoelgning": "Aktiviteter, der mangler evaluering",
    "krav": "Det mangler planen endnu",
}
OVERVIEW_EMPTY = {
    "saarbarhed": "Ingen kompetencer med kritisk eller høj sårbarhed.",
    "kurser": "Alle obligatoriske kurser er i orden.",
    "mus": "Alle aktive medarbejdere har haft MUS inden for 12 måneder.",
    "med": "Planen er drøftet i MED inden for 12 måneder.",
    "opfoelgning": "Alle aktiviteter er evalueret til tiden.",
    "krav": "Planen opfylder alle krav.",
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
