"""The staff import (CSV and Excel): the problems that stop it and the notes about what it
will do.
"""
from __future__ import annotations

IMPORT_PROBLEMS = {
    "missing": "Filen {path} findes ikke.",
    "unreadable": "Filen {path} kan ikke læses.",
    "too_big": "Filen er for stor til en medarbejderliste (højst {mb} MB).",
    "empty": "Filen er tom.",
    "not_text": "Filen kan hverken læses som CSV (UTF-8 eller Windows-1252) eller som Excel (.xlsx).",
    "csv_broken": "CSV-filen er ødelagt omkring linje {line} (fx et citationstegn uden slutning).",
    "xlsx_broken": "Excel-filen kan ikke læses. Gem den igen som .xlsx eller CSV.",
    "xls_old": "Gamle Excel-filer (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.",
    "no_name_column": "Filen mangler kolonnen Navn (første række skal være overskrifter: Navn, Initialer, Stilling, Uddannelse, Team, Ansat).",
    "no_rows": "Filen har ingen medarbejdere under overskrifterne.",
    "too_many_rows": "Filen har for mange rækker (højst {n}).",
    "name_missing": "Navn mangler.",
    "name_too_long": "Navnet er for langt (højst {limit} tegn).",
    "name_control": "Navnet indeholder usynlige styretegn.",
    "initials_too_long": "Initialerne er for lange (højst {limit} tegn).",
    "initials_control": "Initialerne indeholder usynlige styretegn.",
    "initials_dup_file": "Initialerne »{initials}« bruges også i {where} {other}.",
    "initials_taken": "Initialerne »{initials}« bruges allerede af {who}.",
    "field_too_long": "{field} er for lang (højst {limit} tegn).",
    "field_control": "{field} indeholder usynlige styretegn.",
    "date_format": "»{text}« i Ansat er ikke en dato (skriv fx 01-08-2024, 01.08.2024, 1/8/2024 eller 2024-08-01).",
    "date_invalid": "Datoen »{text}« i Ansat findes ikke.",
    "date_range": "Datoen »{text}« i Ansat ligger uden for 1950–2100.",
    "nothing_changed": "Intet er importeret.",
    "csv_unclosed_quote": "Linje {line}: et citationstegn (\") bliver ikke afsluttet, så resten af filen ville blive læst som ét felt. "
        "Ret linjen, og prøv igen.",
    "field_newline": "{field} indeholder et linjeskift (måske et citationstegn uden slutning i linjen).",
    "initials_space": "Initialerne »{initials}« må ikke indeholde mellemrum.",
    "xlsx_formula": "Cellen {cell} i række {line} indeholder en formel uden gemt værdi – gem filen i Excel, og prøv igen.",
}
IMPORT_NOTES = {
    "unknown_column": "Kolonnen »{column}« kendes ikke og springes over.",
    "duplicate_column": "Kolonnen »{column}« står der to gange; kun den første bruges.",
    "unknown_education": "Uddannelsen »{text}« kendes ikke og registreres som Andet.",
    "initials_suggested": "Initialer er foreslået ud fra navnet for {who}.",
    "new_team": "Teamet »{team}« findes ikke og oprettes.",
    "read_as": "Læst som {kind}.",
    "extra_fields": "Linjen har {n} felter mere end overskrifterne; de springes over.",
}
