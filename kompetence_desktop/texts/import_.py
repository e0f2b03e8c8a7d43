"""The staff import (CSV and Excel): the problems that stop it and the notes about what it
will do. The importer reports each as a code with its parameters (``storage.importer.Problem``);
the functions here word them for the import dialog and the CLI alike.
"""
from __future__ import annotations

from .errors import domain_error
from .formats import count_noun

IMPORT_PROBLEMS = {
    "missing": "Filen {path} findes ikke.",
    "unreadable": "Filen {path} kan ikke læses.",
    "too_big": "Filen er for stor til en medarbejderliste (højst {mb} MB).",
    "empty": "Filen er tom.",
    "not_text": "Filen kan hverken læses som CSV (UTF-8 eller Windows-1252) eller som Excel (.xlsx).",
    "csv_broken": "CSV-filen er ødelagt omkring linje {near} (fx et citationstegn uden slutning).",
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
    #: the file refused a row while writing (the preview was fine): the domain's words, then this
    "refused": "{error} Intet er importeret.",
    "csv_unclosed_quote": ("et citationstegn (\") bliver ikke afsluttet, så resten af filen ville blive læst som "
                           "ét felt. Ret linjen, og prøv igen."),
    "field_newline": "{field} indeholder et linjeskift (måske et citationstegn uden slutning i linjen).",
    "initials_space": "Initialerne »{initials}« må ikke indeholde mellemrum.",
    "xlsx_formula": "Cellen {cell} i række {row} indeholder en formel uden gemt værdi – gem filen i Excel, og prøv igen.",
    "extra_fields": ("Der er {n} mere end overskrifter, så det er uklart, hvor navnet slutter. "
                     "Sæt et navn med semikolon eller komma i anførselstegn, eller tilføj overskriften."),
    "mixed_delimiters": ("Felterne er delt med {row}, men overskrifterne med {header}. "
                         "Gem filen igen, så alle linjer bruger samme skilletegn."),
    "name_invisible": ("Navnet indeholder usynlige tegn (fx et byte-order-mærke eller en retningsmarkør). "
                       "Skriv navnet igen uden dem."),
    "initials_invisible": "Initialerne indeholder usynlige tegn (fx et mellemrum uden bredde). Skriv dem igen.",
}
IMPORT_NOTES = {
    "unknown_column": "Kolonnen »{column}« kendes ikke og springes over.",
    "duplicate_column": "Kolonnen »{column}« står der to gange; kun den første bruges.",
    "unknown_education": "Uddannelsen »{text}« kendes ikke og registreres som Andet.",
    "initials_suggested": "Initialer er foreslået ud fra navnet for {who}.",
    "new_team": "Teamet »{team}« findes ikke og oprettes.",
    "read_as": "Læst som {kind}.",
}

#: what the line numbers of a problem count, as the prefix "Linje 3: " / "Række 3: "
IMPORT_UNITS = {"line": "Linje", "row": "Række"}
#: the columns of a staff list, as its first row names them
IMPORT_COLUMN_LABELS = {
    "name": "Navn", "initials": "Initialer", "job_title": "Stilling",
    "education": "Uddannelse", "team": "Team", "start_date": "Ansat",
}
IMPORT_DELIMITERS = {";": "semikolonsepareret", ",": "kommasepareret", "\t": "tabulatorsepareret"}
#: a delimiter by its own name ("delt med semikolon")
IMPORT_DELIMITER_NAMES = {";": "semikolon", ",": "komma", "\t": "tabulator"}
IMPORT_KINDS = {"csv": "{delimiter} CSV, {encoding}", "xlsx": "Excel (.xlsx)"}


def import_kind(prev) -> str:
    """How the file was read, e.g. "semikolonsepareret CSV, Windows-1252"; "" if it wasn't."""
    if not prev.kind:
        return ""
    return IMPORT_KINDS[prev.kind].format(delimiter=IMPORT_DELIMITERS.get(prev.delimiter, ""),
                                          encoding=prev.encoding)


def _worded(templates: dict, p, unit: str) -> str:
    params = dict(p.params)
    if "field" in params:
        params["field"] = IMPORT_COLUMN_LABELS.get(params["field"], params["field"])
    if p.code == "initials_suggested":
        params["who"] = count_noun(params["n"], "medarbejder", "medarbejdere")
    if p.code == "refused":
        params["error"] = domain_error(params["error"])
    if p.code == "extra_fields":
        params["n"] = count_noun(params["n"], "felt", "felter")
    if p.code == "mixed_delimiters":
        params["row"] = IMPORT_DELIMITER_NAMES[params["row"]]
        params["header"] = IMPORT_DELIMITER_NAMES[params["header"]]
    params.setdefault("where", IMPORT_UNITS[unit].lower())
    text = templates[p.code].format(**params)
    return text if p.line is None else f"{IMPORT_UNITS[unit]} {p.line}: {text}"


def import_problem(p, unit: str = "line") -> str:
    """One problem (``storage.importer.Problem``) in Danish, naming its line: "Linje 3: Navn mangler."."""
    return _worded(IMPORT_PROBLEMS, p, unit)


def import_note(p, unit: str = "line") -> str:
    """One note of the preview in Danish."""
    return _worded(IMPORT_NOTES, p, unit)


def import_problems(result) -> list[str]:
    """The problems of a preview or an ``ImportRejected``, one Danish line each."""
    return [import_problem(p, result.unit) for p in result.problems]


def import_notes(prev) -> list[str]:
    return [import_note(n, prev.unit) for n in prev.notes]


def import_summary(prev) -> str:
    """One sentence under the preview, in the dialog and the CLI."""
    if prev.problems:
        n = len(prev.problems)
        return f"Importen kan ikke gennemføres: {count_noun(n, 'problem', 'problemer')}. Intet er ændret."
    teams = (" og " + count_noun(len(prev.new_teams), "nyt team", "nye teams")) if prev.new_teams else ""
    return f"{count_noun(len(prev.rows), 'medarbejder', 'medarbejdere')}{teams} kan importeres."
