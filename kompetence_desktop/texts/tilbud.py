"""The tilbud: its profile's fields and the new-file dialog.
"""
from __future__ import annotations

#: the tilbud profile's fields (docs/domain.md §8), in the order the Tilbud page shows them
PROFILE_LABELS = {
    "navn": "Tilbuddets navn",
    "adresse": "Adresse",
    "leder": "Tilbudsleder",
    "paragraf": "Lovgrundlag (fx § 107)",
    "periode": "Planperiode (fx 2026–2027)",
    "malgruppe": "Målgruppe",
    "malsaetning": "Målsætning",
    "faglige_tilgange": "Faglige tilgange og metoder",
    "fremtidige_opgaver": "Forventede fremtidige opgaver",
    "retningslinje_formaal": "Formål",
    "retningslinje_hvordan": "Hvordan arbejdet udføres",
    "retningslinje_ansvar": "Hvem der er ansvarlig hvornår",
    "retningslinje_hvor_hvornaar": "Hvor og hvornår",
    "supervision_ledelse": "Ekstern faglig supervision og sparring for ledelsen",
    "supervision_medarbejdere": "Ekstern faglig supervision og sparring for medarbejdere",
    "tilrettelaeggelse_teams": "Teams og organisering",
    "kontaktpersonordning": "Kontaktpersonordning",
    "vikarer": "Procedure for vikarer",
    "studerende": "Procedure for studerende",
    "ansvar_dokumentation": "Ansvar og dokumentation",
    "videndeling": "Vidensdeling efter kurser",
    "med_ramme_mus": "MED's rammer for MUS",
    "fremtidig_malsaetning": "Forventet fremtidig målsætning",
    "fremtidige_metoder": "Forventede fremtidige faglige tilgange og metoder",
    "mus_indkalder": "Hvem indkalder til MUS",
    "med_evaluering_mus": "MED's evaluering af MUS-konceptet",
    "med_evaluering_mus_dato": "Dato for MED's evaluering af MUS-konceptet",
    "med_evaluering_sammenhaeng": ("MED's evaluering af sammenhængen mellem målgruppe, målsætning, faglige metoder, "
                                   "kompetencebehov og indsats"),
    "med_evaluering_sammenhaeng_dato": "Dato for MED's evaluering af sammenhængen",
    "sygefravaer_aar": "Sygefravær – år (fx 2025)",
    "sygefravaer_dagsvaerk": "Sygefravær – dagsværk pr. fuldtidsansat",
}

NEW_FILE_TITLE = "Ny kompetencefil"
NEW_FILE_START = {
    "": "Tom profil",
    "bosted": "Bosted for voksne (§§ 107–108)",
    "myndighed": "Myndighed, voksne",
}
NEW_FILE_COURSES = "Indsæt obligatoriske kurser (Basis 1)"
NEW_FILE_NAME_MISSING = "Skriv tilbuddets navn."
