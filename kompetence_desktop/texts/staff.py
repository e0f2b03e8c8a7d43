"""The staff: education levels, and leaving employees - erasing or anonymising a former
employee (GDPR).
"""
from __future__ import annotations

EDUCATION_LABELS = {
    "ufaglaert": "Ufaglært",
    "paedagogisk_assistent": "Pædagogisk assistent",
    "sosu_hjaelper": "Social- og sundhedshjælper",
    "sosu_assistent": "Social- og sundhedsassistent",
    "paedagog": "Pædagog",
    "socialraadgiver": "Socialrådgiver",
    "sygeplejerske": "Sygeplejerske",
    "ergo_fysioterapeut": "Ergo-/fysioterapeut",
    "psykolog": "Psykolog",
    "andet": "Andet",
    "": "Ikke oplyst",
}

#: erasing a former employee (GDPR)
ERASE_MODES = {
    "anonymise": "Anonymisér (behold vurderinger og kursushistorik under et pseudonym)",
    "delete": "Slet alt om medarbejderen",
}
ERASE_PSEUDONYM = "Tidligere medarbejder {n}"
ERASE_PSEUDONYM_INITIALS = "TM{n}"
ERASE_MENTION_REPLACEMENT = "(tidligere medarbejder)"
ERASE_PROBLEMS = {
    "not_found": "Medarbejderen findes ikke.",
    "not_former": "Kun fratrådte medarbejdere kan slettes eller anonymiseres. Angiv først en fratrædelsesdato, der er passeret.",
    "already_anonymised": "Medarbejderen er allerede anonymiseret.",
    "unknown_mode": "Ukendt måde at slette på.",
}
#: what goes, for the confirmation (label, count) — keys match erase.ErasurePlan.items
ERASE_ITEMS = {
    "name": "Navn og initialer",
    "job_title": "Stilling og team",
    "start_date": "Ansættelsesdato",
    "assessments": "Kompetencevurderinger",
    "assessment_notes": "Bemærkninger til vurderinger",
    "completions": "Gennemførte kurser",
    "completion_notes": "Bemærkninger til kurser",
    "participations": "Deltagelse i uddannelsesaktiviteter",
    "learning_goals": "Læringsmål",
    "logbook": "Logbogsnotater",
    "mus": "MUS-samtaler (noter, udviklingsaftaler, ønsker)",
    "mentions": "Andre tekstfelter, hvor navnet står (navnet erstattes)",
    "the_employee": "Selve medarbejderen",
    "self_forms": "Selvvurderingsformularer (ønsker til kompetenceudvikling)",
}
ERASE_KEPT = {
    "assessments": "Kompetencevurderinger (niveau, kilde og dato) beholdes under pseudonymet",
    "completions": "Gennemførte kurser (kursus og dato) beholdes under pseudonymet",
    "participations": "Deltagelse i uddannelsesaktiviteter beholdes under pseudonymet",
    "education": "Uddannelsesniveau og fratrædelsesdato beholdes (statistik)",
}
ERASE_DONE = "{name} er {what}. Navnet findes ikke længere i filen."
ERASE_DONE_KEPT = ("{name} er {what}. Navnet står dog stadig i {plans} i lederens udgave, "
                   "som du valgte at beholde.")
#: archived leader's editions of the plan that show the employee (storage.erase.ARCHIVED)
ERASE_ARCHIVED_HEADING = ("<b>Arkiverede planer:</b> {what} i lederens udgave viser medarbejderens navn og "
                          "initialer (i kompetencematricen og personalelisten). Arkiverede planer er "
                          "færdige PDF-dokumenter og kan ikke rettes – de kan kun slettes eller beholdes.")
ERASE_ARCHIVED = {
    "delete": ("Slet {dem} (anbefalet)",
               "Sletningen bliver fuldstændig: navnet findes derefter ingen steder i filen. "
               "Arkiverede MED-udgaver viser ingen navne og bevares."),
    "keep": ("Behold {dem} som dokumentation",
             "Navn og initialer står fortsat i {de_arkiverede_planer} i filen. Vælg kun dette, hvis der er "
             "et sagligt behov for at kunne dokumentere de tidligere planer, fx over for tilsynet."),
}


def erase_archived_choice(choice: str, n: int) -> tuple[str, str]:
    """The erase dialog's choice for ``n`` archived plans: (label, explanation), in the
    singular for one plan ("Slet den", "den arkiverede plan")."""
    one = n == 1
    words = {"dem": "den" if one else "dem",
             "de_arkiverede_planer": "den arkiverede plan" if one else "de arkiverede planer"}
    label, explanation = ERASE_ARCHIVED[choice]
    return label.format(**words), explanation.format(**words)


ERASE_OLD_BACKUPS = "{backups} indeholder stadig de gamle oplysninger. Vil du slette {dem}?"

ERASE_FROM_STAFF = "Slet eller anonymisér…"
ERASE_FROM_STAFF_TIP = "Kun for fratrådte medarbejdere: slet eller anonymisér alt om dem (GDPR)."
