"""The level scale, the four competence categories, sårbarhed and who assessed: the
words of Socialstyrelsen's competence matrix (see docs/domain.md); keep them exactly.
"""
from __future__ import annotations

LEVEL_LABELS = {
    1: "Nybegynder",
    2: "Avanceret begynder",
    3: "Øvet udøver",
    4: "Kompetent udøver",
    5: "Ekspert",
}
LEVEL_MEANINGS = {
    1: "Har brug for instruktion og sidemandsoplæring",
    2: "Er stadig usikker, begynder at mestre konkrete opgaver",
    3: "Tager ansvar og mestrer opgaven tilfredsstillende",
    4: "Bruger indsigt, erfaring og dømmekraft",
    5: "Gør det rigtige og kan lære andre",
}
NOT_RELEVANT_LABEL = "Ikke relevant"
NOT_ASSESSED_LABEL = "Ikke vurderet"


def level_label(level) -> str:
    from ..domain.rules import NOT_RELEVANT

    if level is NOT_RELEVANT:
        return NOT_RELEVANT_LABEL
    if level is None:
        return NOT_ASSESSED_LABEL
    return f"{level} – {LEVEL_LABELS[level]}"


CATEGORY_LABELS = {
    "faglige": "Faglige kompetencer",
    "sociale": "Sociale kompetencer",
    "organisatoriske": "Organisatoriske kompetencer",
    "personlige": "Personlige kompetencer",
}
CATEGORY_SHORT = {
    "faglige": "Faglige",
    "sociale": "Sociale",
    "organisatoriske": "Organisatoriske",
    "personlige": "Personlige",
}

VULNERABILITY_LABELS = {"kritisk": "Kritisk", "hoej": "Høj", "middel": "Middel", "lav": "Lav"}

SOURCE_LABELS = {"leder": "Leder", "selvvurdering": "Selvvurdering", "mus": "MUS"}

GAP_LEGEND = {
    "meets": "På eller over forventet niveau",
    "one_below": "Ét niveau under forventet",
    "two_below": "To eller flere niveauer under",
    "not_relevant": "Ikke relevant (–)",
    "not_assessed": "Ikke vurderet (tom)",
}
VULNERABILITY_EXPLAINED = (
    "Sårbarhed angiver, hvor mange aktive medarbejdere der er på eller over det forventede niveau: "
    "ingen = Kritisk (tilbuddet mangler kompetencen), én = Høj (én person bærer kompetencen – "
    "fravær, orlov eller opsigelse efterlader borgerne uden den), to = Middel, tre eller flere = Lav."
)
