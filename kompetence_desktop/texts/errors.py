"""Refused changes: the domain's and the storage's error codes in words.
"""
from __future__ import annotations

from .files import COPY_TARGET_IN_USE, COPY_TARGET_OPEN_HERE

DOMAIN_ERRORS = {
    "level_out_of_range": "Niveau skal være et tal fra 1 til 5.",
    "assessment_in_future": "En vurdering kan ikke dateres ud i fremtiden.",
    "date_out_of_range": "Datoen ligger uden for det mulige (1950–2100).",
    "name_required": "Navn skal udfyldes.",
    "initials_required": "Initialer skal udfyldes.",
    "target_group_years": "Erfaring med målgruppen skal være et helt antal år fra 0 til 60.",
    "sickness_year": "Skriv året for sygefraværet som fire cifre, fx 2025.",
    "sickness_days": "Skriv sygefraværet som et tal, fx 12,4 (dagsværk pr. fuldtidsansat).",
    "initials_taken": "Initialerne {initials} bruges allerede af en anden medarbejder.",
    "team_exists": "Teamet {name} findes allerede.",
    "too_long": "Teksten er for lang (højst {limit} tegn).",
    "unknown_category": "Ukendt kategori.",
    "unknown_source": "Ukendt vurderingskilde.",
    "end_before_start": "Fratrædelsesdatoen ligger før ansættelsesdatoen.",
    "initials_whitespace": "Initialerne må ikke indeholde mellemrum eller usynlige tegn.",
    "name_control": "Navnet må ikke indeholde linjeskift, tabulatorer eller usynlige tegn.",
    # the generic writes' input checks (storage/repo.py)
    "bad_date": "Datoen kan ikke læses. Skriv den som fx 12.02.2025.",
    "invalid_value": "Værdien kan ikke gemmes (ugyldigt indhold).",
    "not_found": "Det, der henvises til, findes ikke længere.",
    # the file refused the write
    "lock_lost": ("Filen er overtaget af en anden computer og er nu skrivebeskyttet her. Ændringen er ikke gemt. "
                  "Det, du gemte før, er i filen – åbn filen igen for at fortsætte."),
    "readonly": "Filen er åbnet skrivebeskyttet. Ændringen er ikke gemt.",
    "storage_failed": ("Ændringen kunne ikke gemmes i filen, og intet er ændret. Prøv igen – og gem en kopi af "
                       "filen (Filer › Gem kopi som), hvis det bliver ved."),
    # the operations' refusals
    "activity_end_before_start": "Slutdatoen ligger før startdatoen.",
    "followup_before_start": "Opfølgningsdatoen ligger før aktivitetens startdato.",
    "negative_price": "Prisen kan ikke være negativ.",
    "months_required": "Angiv antal måneder (1–600).",
    "date_required": "Datoen skal udfyldes.",
    "nothing_new": "Der er intet nyt at gemme.",
    "copy_onto_open_file": "En kopi kan ikke gemmes oven i den åbne fil.",
    "copy_target_open_here": COPY_TARGET_OPEN_HERE,
    "copy_target_in_use": COPY_TARGET_IN_USE,
    "copy_failed": "Kopien kunne ikke gemmes som {path} ({why}).",
    "no_form_secret": "Filen har endnu ingen nøgle til selvvurderingsformularer.",
    "self_form_already": "{file}: formularen er allerede læst ind.",
}


def domain_error(exc) -> str:
    msg = DOMAIN_ERRORS.get(getattr(exc, "code", ""), "Ugyldig værdi.")
    try:
        return msg.format(**getattr(exc, "details", {}))
    except (KeyError, IndexError):
        return msg


#: the window title of the message shown when an edit is refused by the file
EDIT_NOT_SAVED = "Ændringen er ikke gemt"
