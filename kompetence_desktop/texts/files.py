"""The file itself: why it can't be opened, the demo copy, backups and restores, copies.
"""
from __future__ import annotations

FILE_PROBLEMS = {
    "missing": "Filen {path} findes ikke.",
    "empty": "Filen {path} er tom og er ikke en kompetencefil.",
    "not_sqlite": "Filen {path} er ikke en kompetencefil.",
    "damaged": "Filen {path} er beskadiget og kan ikke åbnes. Der er ikke skrevet noget i den.",
    "foreign": "Filen {path} er ikke en kompetencefil (den er lavet af et andet program eller er tom).",
    "newer": "Filen {path} er lavet med en nyere udgave af Kompetence Desktop. Opdatér programmet for at åbne den.",
    "older_readonly": "Filen {path} er lavet med en ældre udgave og skal opgraderes, men den kan kun åbnes skrivebeskyttet.",
    "unreadable": "Filen {path} kan ikke læses.",
    "exists": "Filen {path} findes allerede. Vælg et andet navn.",
    "locked": "Filen {path} er åbnet et andet sted og kan kun læses.",
    "lock_lost": "Filen {path} er overtaget af en anden computer. Dine seneste ændringer er gemt; åbn filen igen for at fortsætte.",
    "needs_recovery": "Filen {path} blev ikke lukket korrekt sidst og skal åbnes med skriveadgang én gang for at blive gjort klar.",
    "readonly_file": ("Filen {path} er skrivebeskyttet (du har ikke skriveadgang til den) og kan ikke ændres. "
                      "Den kan læses, men intet er skrevet i den."),
    "immutable": ("Filen {path} er låst mod ændringer (markeret som uforanderlig) og kan ikke ændres. "
                  "Den kan læses, men intet er skrevet i den."),
    "readonly_mount": ("Filen {path} ligger på et drev, der kun kan læses, og kan ikke ændres. "
                       "Den kan læses, men intet er skrevet i den."),
    "readonly_folder": ("Mappen med filen {path} er skrivebeskyttet, så ændringer kan ikke gemmes sikkert. "
                        "Filen kan læses, men intet er skrevet i den."),
    "lock_not_file": ("Filen {path} kan ikke låses til skrivning, fordi der ligger en mappe med navnet "
                      "{path}.lock ved siden af den. Flyt eller slet mappen, så kan filen ændres igen."),
}


def file_problem(code: str, path) -> str:
    return FILE_PROBLEMS.get(code, "Filen {path} kan ikke bruges.").format(path=path)


#: the start: the file opened last time is gone (moved, deleted, a USB stick or network drive not there)
LAST_FILE_GONE = ("Filen fra sidst findes ikke længere: {path}. Er den flyttet, så åbn den med Filer › Åbn… "
                  "Ligger den på et USB-stik eller et netværksdrev, så sæt det til og vælg den under Filer › Seneste filer.")
#: a demo copy (Åbn demotilbud, --demo): a throwaway file in a temporary folder
DEMO_BANNER = ("Dette er en demokopi til at prøve programmet. Den gemmes ikke: den slettes, når du lukker den "
               "eller programmet. Vil du beholde den, så vælg Gem kopi som… i menuen Filer.")
DEMO_TITLE = "demokopi, gemmes ikke"

DAMAGED_OFFER_BACKUP = "Den nyeste sikkerhedskopi er fra {when}. Vil du gendanne den som en ny fil?"
DAMAGED_NO_BACKUP = "Der findes ingen sikkerhedskopi af filen på denne computer."

BACKUP_PROBLEMS = {
    "write_failed": "Sikkerhedskopien kunne ikke skrives: {path}.",
    "check_failed": "Sikkerhedskopien blev ikke fuldstændig og er ikke gemt.",
    "not_a_backup": "{path} er ikke en brugbar sikkerhedskopi.",
    "exists": "Filen {path} findes allerede. Vælg et nyt navn – en gendannelse skriver aldrig over en fil.",
    "same_file": "Sikkerhedskopien kan ikke skrives oven i selve filen.",
    "no_folder": "Mappen {path} findes ikke. Intet er skrevet – vælg en mappe, der findes.",
    "dest_exists": "Filen {path} findes allerede. Vælg et nyt navn – en sikkerhedskopi skriver aldrig oven i en fil.",
    "damaged_backup": "Sikkerhedskopien {path} er beskadiget og kan ikke gendannes.",
}
#: after a damaged backup: the next older one that is whole
RESTORE_NEXT_BACKUP = (" Den næstnyeste hele sikkerhedskopi er fra {when}; gendan den med: "
                       "kompetence restore \"{path}\" -o {out}")
RESTORE_NO_OTHER_BACKUP = " Der er ingen ældre hel sikkerhedskopi af filen."
#: the restore dialog, after a damaged backup: the next older whole one is in the list
RESTORE_NEXT_IN_LIST = "Den næstnyeste hele sikkerhedskopi er fra {when}; vælg den i listen."
BACKUP_DONE = "Sikkerhedskopi gemt: {path}"
RESTORE_DONE = "Sikkerhedskopien fra {when} er gendannet som {path}."


def backup_problem(exc) -> str:
    msg = BACKUP_PROBLEMS.get(getattr(exc, "code", ""), "Sikkerhedskopien kunne ikke laves.")
    return msg.format(path=getattr(exc, "path", "") or "")


BACKUP_COPY_DONE = "Sikkerhedskopien er gemt som {path}."

COPY_TARGET_IN_USE = ("Kopien er ikke gemt: {path} er åbnet et andet sted, og den skrives ikke oven i. "
                      "{owner} Vælg et andet filnavn, eller luk filen dér først.")
COPY_TARGET_OPEN_HERE = "Kopien er ikke gemt: {path} er åben her i programmet. Vælg et andet filnavn."
