"""The Danish words of the self-assessment forms (*selvvurdering*): why a form is
refused, what is noted while reading it, the menu entries, the Overblik lines.
Only the standard library: imported before the window's first paint."""
from __future__ import annotations

SELF_FORM_PROBLEMS = {
    "missing": "{file}: filen findes ikke.",
    "unreadable": "{file}: filen kan ikke læses.",
    "too_big": "{file}: filen er for stor til at være en selvvurderingsformular.",
    "not_xlsx": "{file}: er ikke en Excel-fil (.xlsx). Selvvurderinger læses fra de formularer, programmet har lavet.",
    "broken": "{file}: filen er beskadiget og kan ikke læses som Excel-fil.",
    "not_form": "{file}: er ikke en selvvurderingsformular fra Kompetence Desktop.",
    "newer": "{file}: formularen er lavet med en nyere udgave af Kompetence Desktop.",
    "other_tilbud": "{file}: formularen er lavet til et andet tilbud ({tilbud}) og kan ikke læses ind i denne fil.",
    "bad_signature": ("{file}: formularens skjulte kendetegn passer ikke. Den er ændret uden for de felter, "
                      "der skal udfyldes, eller lavet til en anden fil. Lav en ny formular til medarbejderen."),
    "tampered": ("{file}, række {row}: et låst felt er ændret{what}. Kun »Mit niveau«, »Kommentar« og ønskerne "
                 "må udfyldes. Lav en ny formular til medarbejderen."),
    "unknown_employee": "{file}: medarbejderen {name} ({initials}) findes ikke længere i tilbuddet.",
    "other_person": ("{file}: formularen er lavet til {name} ({initials}), men den medarbejder findes ikke "
                     "længere i tilbuddet (nu: {now})."),
    "already": "{file}: formularen er allerede læst ind den {date}. Den samme formular læses kun ind én gang.",
    "twice": "{file}: den samme formular er valgt to gange ({other}); den læses kun ind én gang.",
    "older_in_batch": ("{file}: der er også valgt en nyere formular for {name} ({other}); "
                       "kun den nyeste læses ind."),
    "bad_level": ("{file}, række {row} ({competence}): »{value}« er ikke et niveau. "
                  "Vælg 1–5, eller - hvis kompetencen ikke er relevant."),
}
SELF_FORM_NOTES = {
    "removed": ("{file}, række {row}: kompetencen »{name}« er fjernet fra profilen, siden formularen blev lavet; "
                "den springes over."),
    "renamed": "{file}, række {row}: kompetencen hed »{old}«, da formularen blev lavet; nu hedder den »{new}«.",
    "added": "{file}: {what} kommet til profilen, siden formularen blev lavet; de er ikke vurderet.",
    "comment_without_level": "{file}, række {row}: kommentaren er gemt under ønskerne, fordi der ikke er valgt et niveau.",
    "empty": "{file}: formularen er ikke udfyldt; der er intet at gemme fra den.",
}
SELF_FORM_UNDO = "Importér selvvurderinger"
SELF_FORM_MENU = "Importér selvvurderinger…"
SELF_FORM_MENU_OUT = "Lav selvvurderingsformularer…"


def self_form_problem(code: str, file, **kw) -> str:
    return SELF_FORM_PROBLEMS[code].format(file=file, **kw)


def self_form_note(code: str, file, **kw) -> str:
    return SELF_FORM_NOTES[code].format(file=file, **kw)
SELF_FORM_OVERVIEW_CARD = "Selvvurderinger modtaget"
SELF_FORM_OVERVIEW_TITLE = "Selvvurderinger modtaget: {got} af {total}"
SELF_FORM_OVERVIEW_MISSING = "Ikke modtaget: {name} ({initials})"
SELF_FORM_OVERVIEW_ALL = "Alle aktive medarbejdere har afleveret deres selvvurdering."


def self_form_wishes_line(receipt) -> str:
    """The employee page's line under her self-assessment: when the form came back, her Ønsker."""
    from ..domain.dates import format_date

    wishes = receipt.wishes.strip() or "ingen skrevet"
    return f"Selvvurderingsformular modtaget {format_date(receipt.received_on)}. Ønsker til kompetenceudvikling: {wishes}"
