"""The documents: the plan PDF (leader's and MED editions), MUS and udviklingsaftale, the
indsigt report, the Excel matrix, and where a document may be written.
"""
from __future__ import annotations

REPORT_PAGE_OF = "Side {page} af {total}"
REPORT_DRAFT = "UDKAST"
REPORT_DRAFT_BANNER = "UDKAST – planen opfylder endnu ikke alle krav"
REPORT_NOT_DESCRIBED = "Ikke beskrevet."
REPORT_REDACTED = "[medarbejder]"

PLAN_TITLE = "Kompetenceudviklingsplan"
PLAN_LEADER_EDITION = "Lederens udgave (med navne)"
PLAN_MED_EDITION = "MED-udgave (uden navne)"
#: the ten parts of the plan (docs/domain.md §9), in order
PLAN_SECTIONS = (
    "Forside",
    "Tilbuddets opgaver nu og fremover",
    "Kompetencer til stede og udviklingsbehov",
    "Samlet kompetencebehov",
    "Hvordan kompetencerne stilles til rådighed",
    "Ekstern faglig supervision og sparring",
    "Samarbejde om den enkelte medarbejders kompetenceudvikling",
    "Tilrettelæggelse af arbejdet",
    "Ansvar og dokumentation",
    "Bilag: Årshjul",
)
PLAN_STAFF_LIST = "Bilag: Medarbejderliste"

MUS_TITLE = "MUS-forberedelse"
MUS_NEVER_HELD = "Aldrig holdt"
MUS_FIRST_DUE = "Ikke holdt endnu – første MUS senest {date}"


def mus_new_hires(n: int) -> str:
    """The plan's part 7: new hires without a MUS whose first one is not yet due."""
    if n == 1:
        return "Én nyansat har endnu ikke haft sin første MUS, som skal holdes senest 12 måneder efter ansættelsen."
    return (f"Der er {n} nyansatte, som endnu ikke har haft deres første MUS; den skal holdes senest 12 måneder "
            "efter ansættelsen.")


AFTALE_TITLE = "Udviklingsaftale"
INDSIGT_TITLE = "Indsigt i oplysninger om medarbejder"

SIGNATURE_LEADER = "Dato og underskrift, leder"
SIGNATURE_EMPLOYEE = "Dato og underskrift, medarbejder"

#: the Udskrifter page
DOC_CHOICES = {
    "plan": "Kompetenceudviklingsplan – lederens udgave",
    "plan_med": "Kompetenceudviklingsplan – MED-udgave (uden navne)",
    "mus": "MUS-forberedelse for en medarbejder",
    "aftale": "Udviklingsaftale for en medarbejder",
    "indsigt": "Indsigt: alt om en medarbejder (GDPR)",
    "matrix": "Kompetencematrix til Excel",
    "matrix_med": "Kompetencematrix til Excel – MED-udgave (uden navne)",
    "tilsyn": "Dokumentation til socialtilsynet (uden navne)",
    "tilsyn_initialer": "Dokumentation til socialtilsynet – med initialer",
}

OUTPUT_KINDS = {"pdf": "en PDF", "xlsx": "en Excel-fil"}
OUTPUT_PROBLEMS = {
    "same_as_input": "{path} er selve tilbudsfilen – dokumentet skrives ikke oven i den. Vælg et andet filnavn.",
    "protected": "{path} er en af programmets egne filer (tilbudsfil eller låsefil) – dokumentet skrives ikke "
                 "oven i den. Vælg et filnavn, der ender på .{ext}.",
    "wrong_ext": "Filnavnet {path} skal ende på .{ext}, for dokumentet er {kind}. Intet er skrevet.",
    "is_dir": "{path} er en mappe. Angiv et filnavn.",
}
OUTPUT_REPLACE_QUESTION = "Filen {path} findes allerede. Vil du erstatte den?"

#: the MED version of the plan: small numbers and what the redaction can't promise
MED_SMALL_COUNT = "under 3"
PLAN_DEVELOPS = "Udvikler kompetence"
PLAN_DEVELOPS_KEY = "Kompetencer, som aktiviteterne udvikler (numrene fra matrixen)"

#: writing a document failed (reports/output.py): about the user's path, never a temporary name
OUTPUT_WRITE_PROBLEMS = {
    "missing_dir": "Mappen {dir} findes ikke. Intet er skrevet – vælg en mappe, der findes.",
    "not_dir": "{dir} er ikke en mappe. Intet er skrevet.",
    "no_access": "Der er ikke adgang til at skrive i mappen {dir}. Intet er skrevet – vælg en anden mappe.",
    "in_use": "Filen {path} kan ikke erstattes – måske er den åben i et andet program. Luk den, og prøv igen.",
    "disk_full": "Der er ikke plads på drevet til {path}. Intet er skrevet.",
    "read_only_drive": "Drevet med mappen {dir} er skrivebeskyttet. Intet er skrevet.",
    "name_too_long": "Filnavnet {path} er for langt. Intet er skrevet.",
    "other": "Filen {path} kunne ikke skrives (fejlkode {code}). Intet er skrevet.",
}

#: the plan PDF of a tilbud that has little or nothing yet (reports/plan.py)
PLAN_MORE_MISSING = "… og {n} mere – alle krav står i »Tjek af planens krav« i afsnit 9."
PLAN_EMPTY = {
    "no_competences": ("Kompetenceprofilen har endnu ingen kompetencer, så der er ingen matrix at vise. "
                       "Opret tilbuddets kompetencer under Kompetencer, og vurdér medarbejderne under Matrix."),
    "no_staff": ("Der er endnu ingen aktive medarbejdere, så matrixen har ingen kolonner. "
                 "Opret medarbejderne under Medarbejdere, og vurdér dem under Matrix."),
    "no_summaries": ("Sårbarhed, kompetencebehov pr. kategori og kompetencespind beregnes ud fra "
                     "kompetenceprofilen og vurderingerne. De vises, når der er oprettet kompetencer."),
    "no_competences_needs": "Kompetencebehovet kan ikke opgøres endnu, for kompetenceprofilen har ingen kompetencer.",
    "no_staff_needs": "Kompetencebehovet kan ikke opgøres endnu, for der er ingen aktive medarbejdere at vurdere.",
    "no_staff_list": "Der er endnu ingen aktive medarbejdere.",
}
