"""The Danish words the user sees, in one place, shared by the window, the
PDFs and the CLI. The domain layer returns codes; this module words them.

The words are Socialstyrelsen's and the regional guidelines' (see
docs/domain.md); keep them exactly.
"""
from __future__ import annotations

import re

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
    from .domain.rules import NOT_RELEVANT

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

ACTIVITY_STATUS_LABELS = {
    "planlagt": "Planlagt",
    "bevilget": "Bevilget",
    "i_gang": "I gang",
    "gennemfoert": "Gennemført",
    "aflyst": "Aflyst",
}
ACTIVITY_CATEGORY_LABELS = {
    "generelle": "Generelle tværfaglige kompetencer",
    "tvaergaaende": "Tværgående og lokale faglige indsatser",
    "prioriterede": "Prioriterede indsatser",
}
ACTIVITY_FORM_LABELS = {
    "kursus": "Kursus",
    "e_laering": "E-læring",
    "uddannelse": "Uddannelse",
    "temadag": "Temadag",
    "sidemandsoplaering": "Sidemandsoplæring",
    "aktionslaering": "Aktionslæring",
    "supervision": "Supervision",
    "vidensdeling": "Vidensdeling på møde",
}
COURSE_RULE_LABELS = {
    "interval": "Hver {months}. måned",
    "once": "Én gang",
    "within_employment": "Inden for {months} måneder efter ansættelse",
}
DUE_LABELS = {
    "forfalden": "Forfalden",
    "snart": "Snart",
    "ok": "OK",
    "aldrig_taget": "Aldrig taget",
    "aldrig": "Aldrig holdt",
}
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
SUPERVISION_AUDIENCE_LABELS = {"ledelse": "Ledelse", "medarbejdere": "Medarbejdere"}

#: the template's column names (Socialstyrelsen, *uddannelsesplan*)
PLAN_COLUMNS = (
    "Medarbejdere",
    "Formål",
    "Uddannelsesaktivitet",
    "Læringsunderstøttende aktiviteter",
    "Læringsmål og succeskriterier",
    "Tidsplan",
    "Ansvar",
    "Ressourceforbrug",
    "Status",
)

#: Socialstyrelsen's five questions of the *læringsmål* form
LEARNING_GOAL_QUESTIONS = {
    "knowledge": "Hvilken viden, færdigheder og kompetencer skal tilegnes?",
    "practice": "Hvordan skal den nye læring bruges i praksis?",
    "results": "Hvilke resultater opnås?",
    "org_goals": "Hvilke mål i organisationen understøtter resultaterne?",
    "support": "Aftalt støtte fra nærmeste leder og/eller andre nøglepersoner",
}
#: the *logbog* form
LOGBOOK_QUESTIONS = {
    "what_happened": "Hvad skete der?",
    "wondered": "Hvad undrede mig?",
    "want_more": "Hvad vil jeg gerne vide mere om/kunne mere af?",
    "other": "Andet",
}
#: motivation check "Basic Five"
BASIC_FIVE = {
    "bf_vil": "Vil",
    "bf_kan": "Kan",
    "bf_ydre": "Ydre mulighedsbetingelser",
    "bf_moedt": "Bliver mødt",
    "bf_goer": "Gør",
}

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
    "videndeling": "Videndeling efter kurser",
    "med_ramme_mus": "MED's rammer for MUS",
}

FILE_PROBLEMS = {
    "missing": "Filen {path} findes ikke.",
    "empty": "Filen {path} er tom og er ikke en kompetencefil.",
    "not_sqlite": "Filen {path} er ikke en kompetencefil.",
    "damaged": "Filen {path} er beskadiget og kan ikke åbnes. Der er ikke skrevet noget i den.",
    "foreign": "Filen {path} er en database fra et andet program, ikke en kompetencefil.",
    "newer": "Filen {path} er lavet med en nyere udgave af Kompetence Desktop. Opdatér programmet for at åbne den.",
    "older_readonly": "Filen {path} er lavet med en ældre udgave og skal opgraderes, men den kan kun åbnes skrivebeskyttet.",
    "unreadable": "Filen {path} kan ikke læses.",
    "exists": "Filen {path} findes allerede. Vælg et andet navn.",
    "locked": "Filen {path} er åbnet et andet sted og kan kun læses.",
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


DOMAIN_ERRORS = {
    "level_out_of_range": "Niveau skal være et tal fra 1 til 5.",
    "assessment_in_future": "En vurdering kan ikke dateres ud i fremtiden.",
    "date_out_of_range": "Datoen ligger uden for det mulige (1950–2100).",
    "name_required": "Navn skal udfyldes.",
    "initials_required": "Initialer skal udfyldes.",
    "initials_taken": "Initialerne {initials} bruges allerede af en anden medarbejder.",
    "team_exists": "Teamet {name} findes allerede.",
    "too_long": "Teksten er for lang (højst {limit} tegn).",
    "unknown_category": "Ukendt kategori.",
    "unknown_source": "Ukendt vurderingskilde.",
}


def domain_error(exc) -> str:
    msg = DOMAIN_ERRORS.get(getattr(exc, "code", ""), "Ugyldig værdi.")
    try:
        return msg.format(**getattr(exc, "details", {}))
    except (KeyError, IndexError):
        return msg


def kroner(ore: int) -> str:
    """Money the Danish way: 1.234,50 kr."""
    sign = "-" if ore < 0 else ""
    ore = abs(int(ore))
    kr, rest = divmod(ore, 100)
    whole = f"{kr:,}".replace(",", ".")
    return f"{sign}{whole},{rest:02d} kr."

#: requirement code → (met, missing) sentences for the check (docs/domain.md §9)
REQUIREMENTS = {
    "leder": ("Tilbudsleder er angivet", "Planen mangler navnet på tilbudslederen"),
    "periode": ("Planperioden er angivet", "Planen mangler en planperiode"),
    "malgruppe": ("Målgruppen er beskrevet", "Planen mangler en beskrivelse af målgruppen"),
    "malsaetning": ("Målsætningen er beskrevet", "Planen mangler tilbuddets målsætning"),
    "faglige_tilgange": ("Faglige tilgange og metoder er beskrevet", "Planen mangler en beskrivelse af faglige tilgange og metoder"),
    "fremtidige_opgaver": ("Fremtidige opgaver er beskrevet", "Planen mangler en beskrivelse af, hvordan fremtidige opgaver ser ud"),
    "medarbejdere": ("Der er aktive medarbejdere", "Planen mangler medarbejdere"),
    "kompetencer_alle_kategorier": ("Kompetenceprofilen dækker alle fire kategorier", "Kompetenceprofilen mangler kompetencer i en eller flere af de fire kategorier"),
    "alle_vurderet": ("Alle aktive medarbejdere er vurderet", "Planen mangler vurderinger af en eller flere medarbejdere"),
    "temaer": ("Temaerne nye målgrupper, faglige tilgange og metoder, dokumentation, arbejdsmiljø og konflikthåndtering er dækket", "Planen dækker ikke alle temaer (nye målgrupper, faglige tilgange og metoder, dokumentation, arbejdsmiljø, konflikthåndtering)"),
    "uddannelsesplan": ("Der er en uddannelsesplan", "Planen mangler en uddannelsesplan med aktiviteter"),
    "aktiviteter_maal_kompetencer": ("Alle aktiviteter er knyttet til kompetencer", "En eller flere aktiviteter er ikke knyttet til de kompetencer, de skal udvikle"),
    "obligatoriske_kurser": ("Obligatoriske kurser er registreret", "Planen mangler obligatoriske kurser"),
    "supervision_ledelse": ("Ekstern supervision for ledelsen er beskrevet", "Planen mangler en beskrivelse af ekstern supervision for ledelsen"),
    "supervision_medarbejdere": ("Ekstern supervision for medarbejdere er beskrevet", "Planen mangler en beskrivelse af ekstern supervision for medarbejdere"),
    "mus_afholdt": ("Der er afholdt MUS inden for 12 måneder", "Der er ikke registreret MUS inden for de seneste 12 måneder"),
    "videndeling": ("Videndeling efter kurser er beskrevet", "Planen mangler en beskrivelse af videndeling efter kurser"),
    "tilrettelaeggelse_teams": ("Teams og organisering er beskrevet", "Planen mangler en beskrivelse af teams og organisering af arbejdet"),
    "kontaktpersonordning": ("Kontaktpersonordningen er beskrevet", "Planen mangler en beskrivelse af kontaktpersonordningen"),
    "vikarer_studerende": ("Procedure for vikarer og studerende er beskrevet", "Planen mangler en procedure for vikarer og studerende"),
    "ansvar_dokumentation": ("Ansvar og dokumentation er beskrevet", "Planen mangler en beskrivelse af ansvar og dokumentation"),
    "med_behandlet": ("Planen er drøftet i MED inden for 12 måneder", "Planen er ikke drøftet i MED inden for de seneste 12 måneder"),
}
PAGE_LABELS = {
    "tilbud": "Tilbud",
    "medarbejdere": "Medarbejdere",
    "medarbejder": "Den enkelte medarbejder, fanen MUS",
    "kompetencer": "Kompetencer",
    "matrix": "Matrix",
    "uddannelsesplan": "Uddannelsesplan",
    "kurser": "Obligatoriske kurser",
    "med": "MED og supervision",
}


def requirement_text(req) -> str:
    met, missing = REQUIREMENTS[req.code]
    return met if req.met else missing


# --- the plan and its follow-up (Uddannelsesplan, kurser, MUS, MED, årshjul, Overblik) ---

DATE_ERRORS = {
    "format": "Skriv datoen som dd.mm.åååå, fx 12.02.2025.",
    "invalid": "Datoen findes ikke.",
    "range": "Datoen ligger uden for det mulige (1950–2100).",
    "required": "Datoen skal udfyldes.",
    "future": "Datoen kan ikke ligge ud i fremtiden.",
}
MONEY_ERROR = "Skriv beløbet i kroner, fx 1.234,50."
MONTH_NAMES = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
               "september", "oktober", "november", "december")
QUARTER_LABELS = {1: "1. kvartal (jan–mar)", 2: "2. kvartal (apr–jun)",
                  3: "3. kvartal (jul–sep)", 4: "4. kvartal (okt–dec)"}


def parse_kroner(text: str) -> int:
    """'1.234,50', '1234,5', '1 234 kr.' → øre. Raises ValueError with MONEY_ERROR."""
    s = str(text).strip().lower().replace("kr.", "").replace("kr", "").replace("\u00a0", "").replace(" ", "")
    if not s:
        return 0
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d{1,2})?|\d+(,\d{1,2})?", s):
        raise ValueError(MONEY_ERROR)
    whole, _, dec = s.replace(".", "").partition(",")
    return int(whole) * 100 + (int(dec.ljust(2, "0")) if dec else 0)


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
    from .domain.dates import format_date as f

    s = item.section
    if s == "kurser":
        if item.code == "forfalden":
            return f"{item.subject}: {item.detail} – forfalden {f(item.day)}"
        if item.code == "snart":
            return f"{item.subject}: {item.detail} – skal fornys senest {f(item.day)}"
        return f"{item.subject}: {item.detail} – aldrig taget"
    if s == "mus":
        if item.code == "aftalt":
            return f"{item.subject}: MUS aftalt {f(item.day)}"
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


AARSHJUL_KIND_LABELS = {
    "aktivitet": "Aktivitet",
    "opfoelgning": "Opfølgning",
    "kursus": "Obligatorisk kursus",
    "mus": "MUS",
    "med": "MED",
    "supervision": "Supervision",
}


def aarshjul_event_text(ev) -> str:
    """A short Danish title for an årshjul event (domain.aarshjul.Event)."""
    who = ", ".join(ev.who)
    if ev.kind == "aktivitet":
        return ev.title
    if ev.kind == "opfoelgning":
        return f"Opfølgning og evaluering: {ev.title}"
    if ev.kind == "kursus":
        return f"{ev.title} skal fornys ({who})"
    if ev.kind == "mus":
        if getattr(ev, "booked", False):
            return f"MUS aftalt ({who})"
        return f"MUS holdt ({who})" if not ev.planned else f"MUS skal holdes ({who})"
    if ev.kind == "med":
        return "Planen drøftet i MED" if not ev.planned else "Planen skal drøftes i MED"
    if ev.kind == "supervision":
        aud = SUPERVISION_AUDIENCE_LABELS.get(ev.audience, ev.audience).lower()
        pre = "Supervision" if not ev.planned else "Forventet supervision"
        return f"{pre} for {aud}" + (f" – {ev.title}" if ev.title else "")
    return ev.title


# ---------------------------------------------------------------------------------
# Documents (reports/, ui/pages/udskrifter.py)
# ---------------------------------------------------------------------------------
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
MATRIX_HEAD_COMPETENCE = "Kompetencer/færdigheder"
MATRIX_HEAD_EXPECTED = "Forventet niveau"
MATRIX_HEAD_VULNERABILITY = "Sårbarhed"
MATRIX_HEAD_MEETING = "På eller over niveau"
MATRIX_HEAD_BELOW = "Under niveau"
MATRIX_HEAD_NOT_ASSESSED = "Ikke vurderet"
MATRIX_HEAD_NOT_RELEVANT = "Ikke relevant"
MATRIX_HEAD_AVERAGE = "Gns. niveau"
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
MUS_TITLE = "MUS-forberedelse"
MUS_NEVER_HELD = "Aldrig holdt"
MUS_FIRST_DUE = "Ikke holdt endnu – første MUS senest {date}"


def mus_new_hires(n: int) -> str:
    """The plan's part 7: new hires without a MUS whose first one is not yet due."""
    if n == 1:
        return "1 nyansat har endnu ikke haft sin første MUS, som skal holdes senest 12 måneder efter ansættelsen."
    return f"{n} nyansatte har endnu ikke haft deres første MUS, som skal holdes senest 12 måneder efter ansættelsen."


AFTALE_TITLE = "Udviklingsaftale"
INDSIGT_TITLE = "Indsigt i oplysninger om medarbejder"
MATRIX_XLSX_TITLE = "Kompetencematrix"
SIGNATURE_LEADER = "Dato og underskrift, leder"
SIGNATURE_EMPLOYEE = "Dato og underskrift, medarbejder"
QUARTERS = ("1. kvartal (jan.–mar.)", "2. kvartal (apr.–jun.)", "3. kvartal (jul.–sep.)", "4. kvartal (okt.–dec.)")

#: the Udskrifter page
DOC_CHOICES = {
    "plan": "Kompetenceudviklingsplan – lederens udgave",
    "plan_med": "Kompetenceudviklingsplan – MED-udgave (uden navne)",
    "mus": "MUS-forberedelse for en medarbejder",
    "aftale": "Udviklingsaftale for en medarbejder",
    "indsigt": "Indsigt: alt om en medarbejder (GDPR)",
    "matrix": "Kompetencematrix til Excel",
    "matrix_med": "Kompetencematrix til Excel – MED-udgave (uden navne)",
}


# ---------------------------------------------------------------------------------
# Data safety (storage/locking, backup, importer, erase; ui/dialogs)
# ---------------------------------------------------------------------------------
FILE_PROBLEMS.setdefault(
    "lock_lost",
    "Filen {path} er overtaget af en anden computer. Dine seneste ændringer er gemt; åbn filen igen for at fortsætte.",
)
FILE_PROBLEMS.setdefault(
    "needs_recovery",
    "Filen {path} blev ikke lukket korrekt sidst og skal åbnes med skriveadgang én gang for at blive gjort klar.",
)
DAMAGED_OFFER_BACKUP = "Den nyeste sikkerhedskopi er fra {when}. Vil du gendanne den som en ny fil?"
DAMAGED_NO_BACKUP = "Der findes ingen sikkerhedskopi af filen på denne computer."

BACKUP_PROBLEMS = {
    "write_failed": "Sikkerhedskopien kunne ikke skrives: {path}.",
    "check_failed": "Sikkerhedskopien blev ikke fuldstændig og er ikke gemt.",
    "not_a_backup": "{path} er ikke en brugbar sikkerhedskopi.",
    "exists": "Filen {path} findes allerede. Vælg et nyt navn – en gendannelse skriver aldrig over en fil.",
    "same_file": "Sikkerhedskopien kan ikke skrives oven i selve filen.",
    "no_folder": "Mappen {path} findes ikke. Intet er skrevet – vælg en mappe, der findes.",
}
BACKUP_DONE = "Sikkerhedskopi gemt: {path}"
RESTORE_DONE = "Sikkerhedskopien fra {when} er gendannet som {path}."


def backup_problem(exc) -> str:
    msg = BACKUP_PROBLEMS.get(getattr(exc, "code", ""), "Sikkerhedskopien kunne ikke laves.")
    return msg.format(path=getattr(exc, "path", "") or "")


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
}
IMPORT_NOTES = {
    "unknown_column": "Kolonnen »{column}« kendes ikke og springes over.",
    "duplicate_column": "Kolonnen »{column}« står der to gange; kun den første bruges.",
    "unknown_education": "Uddannelsen »{text}« kendes ikke og registreres som Andet.",
    "initials_suggested": "Initialer er foreslået ud fra navnet for {who}.",
    "new_team": "Teamet »{team}« findes ikke og oprettes.",
    "read_as": "Læst som {kind}.",
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


def plan_change_text(change: tuple) -> str:
    """One line of "what changed" between two archived plans (domain.plan_summary.compare)."""
    code, *d = change
    v = VULNERABILITY_LABELS
    st = ACTIVITY_STATUS_LABELS
    if code == "staff_joined":
        return f"Ny medarbejder: {d[0]}"
    if code == "staff_left":
        return f"Medarbejder fratrådt: {d[0]}"
    if code == "competence_added":
        return f"Ny kompetence i profilen: {d[0]}"
    if code == "competence_removed":
        return f"Kompetence fjernet fra profilen: {d[0]}"
    if code == "vulnerability":
        return f"{d[0]}: sårbarhed {v.get(d[1], d[1])} → {v.get(d[2], d[2])}"
    if code == "gap":
        return f"{d[0]}: samlet gab {d[1]} → {d[2]} niveauer"
    if code == "activity_added":
        return f"Ny aktivitet: {d[0]}"
    if code == "activity_removed":
        return f"Aktivitet fjernet: {d[0]}"
    if code == "activity_status":
        return f"{d[0]}: {st.get(d[1], d[1])} → {st.get(d[2], d[2])}"
    if code == "mus":
        return f"MUS inden for 12 måneder: {d[0]} af {d[1]} → {d[2]} af {d[3]}"
    if code == "budget":
        return f"Budget: {kroner(d[0])} → {kroner(d[1])}"
    return code

# input limits of the generic writes (storage/repo.py _prep)
DOMAIN_ERRORS.setdefault("bad_date", "Datoen kan ikke læses. Skriv den som fx 12.02.2025.")
DOMAIN_ERRORS.setdefault("invalid_value", "Værdien kan ikke gemmes (ugyldigt indhold).")
DOMAIN_ERRORS.setdefault("not_found", "Det, der henvises til, findes ikke længere.")

# ---------------------------------------------------------------------------------
# Refused writes, new-file dialog, staff erase, help texts
# ---------------------------------------------------------------------------------
DOMAIN_ERRORS.setdefault(
    "lock_lost",
    "Filen er overtaget af en anden computer og er nu skrivebeskyttet her. Ændringen er ikke gemt. "
    "Det, du gemte før, er i filen – åbn filen igen for at fortsætte.",
)
DOMAIN_ERRORS.setdefault("readonly", "Filen er åbnet skrivebeskyttet. Ændringen er ikke gemt.")
DOMAIN_ERRORS.setdefault(
    "storage_failed",
    "Ændringen kunne ikke gemmes i filen, og intet er ændret. Prøv igen – og gem en kopi af filen "
    "(Filer › Gem kopi som), hvis det bliver ved.",
)
#: the window title of the message shown when an edit is refused by the file
EDIT_NOT_SAVED = "Ændringen er ikke gemt"

NEW_FILE_TITLE = "Ny kompetencefil"
NEW_FILE_START = {
    "": "Tom profil",
    "bosted": "Bosted for voksne (§§ 107–108)",
    "myndighed": "Myndighed, voksne",
}
NEW_FILE_COURSES = "Indsæt obligatoriske kurser (Basis 1)"
NEW_FILE_NAME_MISSING = "Skriv tilbuddets navn."

ERASE_FROM_STAFF = "Slet eller anonymisér…"
ERASE_FROM_STAFF_TIP = "Kun for fratrådte medarbejdere: slet eller anonymisér alt om dem (GDPR)."

# ---------------------------------------------------------------------------------
# Documents and data safety: where an export may be written (reports/output.py),
# counts with the right number, erase/import/repo input checks
# ---------------------------------------------------------------------------------
OUTPUT_KINDS = {"pdf": "en PDF", "xlsx": "en Excel-fil"}
OUTPUT_PROBLEMS = {
    "same_as_input": "{path} er selve tilbudsfilen – dokumentet skrives ikke oven i den. Vælg et andet filnavn.",
    "protected": "{path} er en af programmets egne filer (tilbudsfil eller låsefil) – dokumentet skrives ikke "
                 "oven i den. Vælg et filnavn, der ender på .{ext}.",
    "wrong_ext": "Filnavnet {path} skal ende på .{ext}, for dokumentet er {kind}. Intet er skrevet.",
    "is_dir": "{path} er en mappe. Angiv et filnavn.",
}
OUTPUT_REPLACE_QUESTION = "Filen {path} findes allerede. Vil du erstatte den?"


def count_noun(n: int, singular: str, plural: str) -> str:
    """"1 medarbejder", "2 medarbejdere", "0 medarbejdere"."""
    return f"{n} {singular if n == 1 else plural}"


BACKUP_COPY_DONE = "Sikkerhedskopien er gemt som {path}."
BACKUP_PROBLEMS.setdefault(
    "dest_exists",
    "Filen {path} findes allerede. Vælg et nyt navn – en sikkerhedskopi skriver aldrig oven i en fil.",
)
DOMAIN_ERRORS.setdefault("end_before_start", "Fratrædelsesdatoen ligger før ansættelsesdatoen.")
DOMAIN_ERRORS.setdefault("initials_whitespace", "Initialerne må ikke indeholde mellemrum eller usynlige tegn.")
DOMAIN_ERRORS.setdefault("name_control", "Navnet må ikke indeholde linjeskift, tabulatorer eller usynlige tegn.")

# ---------------------------------------------------------------------------------
# Matrix and main window: Gem kopi som never writes over a file in use
# ---------------------------------------------------------------------------------
COPY_TARGET_IN_USE = ("Kopien er ikke gemt: {path} er åbnet et andet sted, og den skrives ikke oven i. "
                      "{owner} Vælg et andet filnavn, eller luk filen dér først.")
COPY_TARGET_OPEN_HERE = "Kopien er ikke gemt: {path} er åben her i programmet. Vælg et andet filnavn."
#: Overblik on a tilbud with nobody / nothing yet (an empty list is not "all is well")
OVERVIEW_NO_STAFF = "Der er endnu ingen medarbejdere."
OVERVIEW_NO_COMPETENCES = "Der er endnu ingen kompetencer."
IMPORT_PROBLEMS.setdefault(
    "csv_unclosed_quote",
    "Linje {line}: et citationstegn (\") bliver ikke afsluttet, så resten af filen ville blive læst som ét felt. "
    "Ret linjen, og prøv igen.",
)
IMPORT_PROBLEMS.setdefault("field_newline",
                           "{field} indeholder et linjeskift (måske et citationstegn uden slutning i linjen).")
IMPORT_PROBLEMS.setdefault("initials_space", "Initialerne »{initials}« må ikke indeholde mellemrum.")
IMPORT_PROBLEMS.setdefault(
    "xlsx_formula",
    "Cellen {cell} i række {line} indeholder en formel uden gemt værdi – gem filen i Excel, og prøv igen.",
)
IMPORT_NOTES.setdefault("extra_fields", "Linjen har {n} felter mere end overskrifterne; de springes over.")
#: the MED version of the plan: small numbers and what the redaction can't promise
MED_SMALL_COUNT = "under 3"
MED_PRIVACY_NOTE = (
    "Om anonymiteten i MED-udgaven: Navne og initialer er udeladt, og fritekst er renset for "
    "medarbejdernes navne, navnedele og initialer (også i bøjet form) og for stillingsbetegnelser, som kun én "
    "medarbejder har. Antal på 1 eller 2 i tabellerne over "
    "uddannelsesniveau og teams vises som »under 3«. Rensningen kan ikke fange kælenavne, stavefejl eller "
    "andre beskrivelser uden navn (fx »vores nye kollega fra Aalborg«), og i et lille tilbud kan tal pr. kompetence, "
    "kursus eller MUS-status stadig pege på enkelte. Læs derfor fritekst og små tal igennem, før planen "
    "sendes videre."
)
PLAN_DEVELOPS = "Udvikler kompetence"
PLAN_DEVELOPS_KEY = "Kompetencer, som aktiviteterne udvikler (numrene fra matrixen)"

KEYBOARD_HELP = (
    "Sider\n"
    "Ctrl+1 … Ctrl+9: de første ni sider i sidelisten\n"
    "Ctrl+PgDown / Ctrl+PgUp: næste / forrige side\n"
    "F6: gå til sidelisten · piletaster vælger side · Enter går ind på siden\n"
    "Tab / Shift+Tab: næste / forrige felt\n\n"
    "Filer og redigering\n"
    "Ctrl+N: ny fil · Ctrl+O: åbn · Ctrl+Shift+S: gem kopi som · Ctrl+W: luk\n"
    "Ctrl+Z: fortryd · Ctrl+Y: annuller fortryd\n\n"
    "Matrixen\n"
    "1–5: sæt niveau i den aktuelle celle · 0, Delete eller Backspace: ryd · -: ikke relevant\n"
    "Ctrl+Enter: udfyld alle markerede celler med den aktuelle celles niveau\n"
    "F2 eller dobbeltklik: skriv niveauet (også fx »Øvet udøver«) · Forventet niveau ændres kun sådan\n"
    "Ctrl+C / Ctrl+V: kopiér / indsæt (Excel)\n"
    "Ctrl+Shift+Enter: åbn medarbejderen i markørens kolonne\n\n"
    "Alt gemmes, mens du arbejder – der er ingen Gem-knap."
)
OVERVIEW_NO_ACTIVITIES = "Der er endnu ingen aktiviteter i uddannelsesplanen."

# ---------------------------------------------------------------------------------
# Matrix → Medarbejder, read-only hint, MED Excel, write errors, empty plan)
# ---------------------------------------------------------------------------------
MATRIX_HINT = "Tast 1–5 · 0/Delete rydder · - ikke relevant · Ctrl+Enter udfylder markering · F2 redigerer · Ctrl+Z fortryd"
MATRIX_HINT_TIP = ("Ctrl+Shift+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen. "
                   "Højreklik på en celle for flere muligheder.")
MATRIX_HINT_READONLY = "Skrivebeskyttet: matrixen kan ses og kopieres (Ctrl+C), men ikke ændres"
MATRIX_HINT_READONLY_TIP = ("Filen er åbnet skrivebeskyttet, så vurderinger kan ikke ændres her. "
                            "Ctrl+Shift+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen.")
MATRIX_OPEN_EMPLOYEE = "Åbn medarbejderen ({initials})"
MATRIX_OPEN_EMPLOYEE_KEY = "Ctrl+Shift+Enter"
MATRIX_OPEN_EMPLOYEE_NONE = "Stil markøren i en medarbejders kolonne for at åbne medarbejderen."
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
#: requirements.check on a plan without activities: nothing to link yet (never a vacuous "OK")
REQUIREMENTS.setdefault("aktiviteter_maal_kompetencer_ingen", (
    "Alle aktiviteter er knyttet til kompetencer",
    "Ingen aktiviteter endnu – der er ingen aktiviteter at knytte til de kompetencer, de skal udvikle",
))
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

# --- the operations' refusals and stored words -------------------------------------------------
DOMAIN_ERRORS.update({
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
})
#: the MED discussion recorded when a plan version is archived as approved in MED
MED_PLAN_EVALUATION = "Kompetenceudviklingsplanen version {version} behandlet i MED."
PLAN_VERSION_LABEL = "Version {version} – behandlet i MED {date}"

# --- the matrix as a spreadsheet: keys, the cell editor, paste, fill ---------------------------
MATRIX_KEY_NOT_A_LEVEL = "»{text}« er ikke et niveau – tast 1–5, 0 eller Delete for at rydde, - for ikke relevant."
MATRIX_KEY_EXPECTED = ("Forventet niveau ændres ikke ved at taste – tryk F2 eller dobbeltklik på cellen "
                       "for at ændre det.")
MATRIX_KEY_VULNERABILITY = "Sårbarhed beregnes af vurderingerne og kan ikke ændres her."
MATRIX_EDIT_CELL = "Tast niveauet (1–5, fx »Øvet udøver«), 0 rydder, - er ikke relevant. Enter gemmer, Esc fortryder."
MATRIX_EDIT_EXPECTED = "Forventet niveau for kompetencen (1–5). Enter gemmer, Esc fortryder."
MATRIX_EXPECTED_NOT_A_LEVEL = "»{text}« er ikke et forventet niveau – tast 1–5 eller fx »Kompetent udøver«."
MATRIX_FILL_NO_CELL = "Stil markøren i en medarbejders celle for at udfylde markeringen med dens niveau."
MATRIX_FILL_EMPTY = "Den aktuelle celle er tom – tast et niveau først, og tryk så Ctrl+Enter."
MATRIX_FILL_ONE = "Markér flere celler først; Ctrl+Enter udfylder dem med den aktuelle celles niveau."
MATRIX_FILLED = "Udfyldt {n} med {value}."
MATRIX_PASTE_EMPTY = "Udklipsholderen er tom."
MATRIX_PASTE_NOT_A_LEVEL = "Udklipsholderen indeholder ikke et niveau (1–5, 0, - eller fx »Øvet udøver«): »{text}«."
MATRIX_PASTE_MISALIGNED = (
    "Intet er indsat: blokken har tomme rækker, der ikke passer med matrixens kategorirækker, så værdierne "
    "ville lande ud for forkerte kompetencer. Stil markøren ud for blokkens første kompetence "
    "(eller kopiér uden tomme rækker), og prøv igen."
)
MATRIX_PASTE_NOTHING = "Intet er indsat"
MATRIX_PASTE_SKIPPED_NOT_LEVELS = "{n} sprunget over (ikke et niveau: {shown})"
MATRIX_PASTE_SKIPPED_OUTSIDE = "{n} uden for medarbejdernes kolonner sprunget over"
MATRIX_PASTE_SKIPPED_BELOW = "{n} under matrixens sidste kompetence sprunget over"

# --- level grids (selvvurdering, vurdering efter en aktivitet) typed like the matrix ---------
LEVEL_GRID_KEYS = ("Tast 1–5 i cellen · 0 eller Delete rydder · - ikke relevant · Backspace: uændret · "
                   "Ctrl+Enter udfylder de markerede celler · grå tal er den nuværende vurdering")
LEVEL_GRID_NOT_A_LEVEL = "»{text}« er ikke et niveau – tast 1–5, 0 eller Delete for at rydde, - for ikke relevant."
LEVEL_GRID_FILL_FIRST = "Tast et niveau i den aktuelle celle, markér flere celler, og tryk så Ctrl+Enter."
#: the Uddannelsesplan page's detail pane with no activity chosen
PLAN_DETAIL_NONE = "Vælg en aktivitet i tabellen for at se den hele her."
#: Overblik on a tilbud with staff and competences but no level given yet
OVERVIEW_NOT_ASSESSED_YET_VALUE = "ikke vurderet endnu"
OVERVIEW_NOT_ASSESSED_YET = ("Sårbarheden er ikke vurderet endnu – vurdér medarbejderne under Matrix, "
                             "så vises de kompetencer, der dækkes af for få.")
#: the Årshjul's mark on a date that has passed without being done
AARSHJUL_OVERDUE = "Forfalden"

# --- Hjælp › Kom i gang: a short guide in the program --------------------------------------------
GETTING_STARTED_TITLE = "Kom i gang"
GETTING_STARTED_INTRO = ("Sådan laver du tilbuddets kompetenceudviklingsplan. Alt gemmes, mens du arbejder, "
                         "og Ctrl+Z fortryder det seneste. Prøv gerne først med Filer › Åbn demotilbud.")
GETTING_STARTED_STEPS = (
    ("Filer › Ny…", "Opret en fil til tilbuddet. Vælg Socialstyrelsens standardkompetencer som udgangspunkt."),
    ("Tilbud", "Skriv målgruppe, målsætning, faglige tilgange og tilrettelæggelsen af arbejdet. "
               "Felter, som planen kræver, er mærket."),
    ("Medarbejdere", "Opret medarbejderne – eller brug »Importér medarbejdere…« fra et regneark. "
                     "Et team kan oprettes direkte fra medarbejderdialogen."),
    ("Kompetencer", "Tilpas kompetenceprofilen og det forventede niveau for hver kompetence."),
    ("Matrix", "Vurdér hver medarbejder: tast 1–5 i cellen, - for ikke relevant. Markér flere celler, tast et "
               "niveau og tryk Ctrl+Enter for at udfylde dem alle. Du kan også indsætte fra Excel (Ctrl+V)."),
    ("Overblik og Kompetencespind", "Se sårbare kompetencer og de største kompetencebehov."),
    ("Uddannelsesplan", "Planlæg aktiviteter for behovene – højreklik på en celle i matrixen, "
                        "eller brug »Opret uddannelsesaktivitet…«."),
    ("Den enkelte medarbejder", "Hold MUS, skriv læringsmål og logbog, og tag selvvurderingen."),
    ("Udskrifter", "Tjek planens krav, og udskriv planen som PDF – i en lederudgave og en udgave til MED."),
)
GETTING_STARTED_END = "Tastaturgenvejene står under Hjælp › Tastaturgenveje."
#: Hjælp › Tastatur i matrixen
MATRIX_KEYS_HELP = (
    "1–5: sæt niveau i den aktuelle celle\n0, Delete eller Backspace: ryd vurderingen\n-: ikke relevant\n"
    "Ctrl+Enter: udfyld alle markerede celler med den aktuelle celles niveau\n"
    "F2 eller dobbeltklik: skriv niveauet, også som navn (fx »Øvet udøver«)\n"
    "Forventet niveau ændres kun med F2 eller dobbeltklik i dens kolonne\n"
    "Ctrl+C: kopiér markeringen · Ctrl+V: indsæt fra Excel (også en kolonne fra skabelonen med "
    "tomme kategorirækker)\n"
    "Piletaster, Tab og Enter: flyt · Ctrl+Home: første medarbejders første celle\n"
    "Ctrl+Shift+Enter: åbn medarbejderen\nCtrl+Z: fortryd · Ctrl+Y: annuller fortryd\n\n"
    "Hver ændring gemmes straks som dagens ledervurdering."
)
MATRIX_EDIT_EXPECTED_ACTION = "Ændr forventet niveau…"
