"""The MED version without persons, the confidential marking of the leader's papers,
coverage per team, and the plan's words for the guideline points the leader vouches for.
"""
from __future__ import annotations

MED_HEAD_ONE_BELOW = "Ét niveau under"
MED_HEAD_TWO_BELOW = "To eller flere under"
MED_MATRIX_INTRO = (
    "MED-udgaven viser ingen personer. For hver kompetence vises, hvor mange aktive medarbejdere der er på "
    "eller over det forventede niveau, ét niveau under, to eller flere niveauer under og ikke vurderet. "
    "Antal på 1 eller 2 vises som »under 3«, og rækkens største antal da som »mindst …«, så det lille antal "
    "ikke kan regnes ud fra de andre."
)
MED_NEW_HIRES_SMALL = (
    "Under 3 nyansatte har endnu ikke haft deres første MUS, som skal holdes senest 12 måneder efter ansættelsen."
)
MED_PRIVACY_NOTE = (
    "Om anonymiteten i MED-udgaven: Udgaven viser ingen personer – hverken navne, initialer eller kolonner pr. "
    "medarbejder. Tal pr. kompetence, team, uddannelse, kursus og MUS-status på 1 eller 2 vises som »under 3«, "
    "og stillinger og uddannelser, som færre end 3 har, står under »Andre«. I fritekst er medarbejdernes navne "
    "og initialer (også i bøjet form, med små bogstaver og med punktummer) skiftet ud med »en medarbejder« "
    "eller »en kollega«; kun personer med et ansvar, som lederen har valgt at vise, nævnes ved navn. "
    "Rensningen kan ikke fange kælenavne, stavefejl eller beskrivelser uden navn (fx »vores nye kollega fra "
    "Aalborg«): læs derfor fritekst igennem, før planen sendes videre."
)
CONFIDENTIAL_FOOTER = "Fortroligt – indeholder personoplysninger"


def topic_status(number: int, meeting: str, vulnerability: str) -> str:
    """The plan's table of guideline topics: one competence's status in words."""
    return f"Kompetence {number}: {meeting} på forventet niveau (sårbarhed: {vulnerability.lower()})"


EMPLOYEE_MED_ROLE_LABEL = "Ansvar der må vises i MED-udgaven:"
EMPLOYEE_MED_ROLE_PLACEHOLDER = "fx souschef, kursuskoordinator – tomt: nævnes ikke ved navn"
EMPLOYEE_MED_ROLE_TIP = (
    "MED-udgaven af planen nævner kun tilbudslederen og medarbejdere med et ansvar, du skriver her, ved navn. "
    "Alle andre navne og initialer i fritekst skiftes ud med »en medarbejder« eller »en kollega«."
)
MED_PREVIEW_BUTTON = "Se navne, der erstattes i MED-udgaven…"
MED_PREVIEW_TITLE = "Navne i MED-udgaven"
MED_PREVIEW_INTRO = (
    "I disse tekster er en medarbejders navn eller initialer skiftet ud, før planen går til MED. Læs dem "
    "igennem: giver en sætning stadig mening, og peger den ikke på en bestemt medarbejder? Ret teksten, hvor "
    "den står, hvis ikke. Medarbejdere med et ansvar, der må vises i MED-udgaven, nævnes ved navn."
)
MED_PREVIEW_NONE = "Ingen tekster i planen nævner en medarbejder ved navn eller initialer – der er intet at erstatte."
MED_PREVIEW_BEFORE = "Som du har skrevet det"
MED_PREVIEW_AFTER = "Som MED læser det"
#: the cover: the program's own checklist, said as such, and what only the leader can vouch for
PLAN_CHECKLIST_MET = "Programmets tjekliste: {met} af {total} punkter opfyldt."
PLAN_LEADER_VOUCHES = "Punkter i retningslinjen, som kun lederen kan stå inde for (programmet kan ikke tjekke dem):"
PLAN_LEADER_POINTS = (
    "at beskrivelserne i planen svarer til praksis på tilbuddet",
    "at ledelsen sætter fokus på den strategiske kompetenceudvikling i samspil med MED-udvalget",
    "at det ved hvert kursus er aftalt med medarbejderen, hvordan ny viden deles med kollegerne",
    "at vikarer og studerende introduceres, så borgerne har kontakt til personale med relevante kompetencer",
    "at ansvarsfordelingen er aftalt med den øvrige ledelse og medarbejderne",
)
MUS_CALLER_LINE = "Indkalder til MUS: {who}."
PLAN_FUTURE_HEADING = "Sådan ser fremtidens opgaver ud til at tegne sig"
COMPETENCE_PER_TEAM = "Skal dækkes i hvert team / på hver vagt"
COMPETENCE_PER_TEAM_TIP = (
    "Mindst én aktiv medarbejder i hvert team skal være på det forventede niveau. Tjekket, Overblikket, "
    "matrixen og planens afsnit om tilrettelæggelse af arbejdet viser et team, der mangler."
)
PLAN_TEAM_COVER_HEADING = "Dækning i hvert team"
PLAN_TEAM_COVER_INTRO = (
    "Kompetencer, der skal dækkes i hvert team / på hver vagt: mindst én aktiv medarbejder i teamet skal være "
    "på det forventede niveau."
)
PLAN_TEAM_COVERED = "Dækket"
PLAN_TEAM_MISSING = "Mangler"
MATRIX_PER_TEAM_MARK = "Skal dækkes i hvert team"
AARSHJUL_OVERDUE_BEFORE = "Forfaldent fra før perioden (skal stadig gøres)"
AFTALE_ACTIVITIES = "Aktiviteter i uddannelsesplanen (til orientering)"
PLAN_SPIND_INTRO = (
    "Kompetencespind pr. kategori (skala 0–5): først hele tilbuddet mod det forventede niveau, derefter "
    "hvert team mod begge – højst tre linjer i hvert spind."
)
PLAN_SPIND_WHOLE = "Hele tilbuddet"
PLAN_SPIND_PER_COMPETENCE = "Kompetencespind pr. kompetence: akserne er kompetencernes numre; navnene står ved siden af."
#: the appendices are numbered on from the plan's ten parts
PLAN_STAFF_LIST_NUMBERED = "11. Bilag: Medarbejderliste"
PLAN_STAFF_KEY_INTRO = ("Nøgle til initialerne i planen: de aktive medarbejdere i matrixens rækkefølge og derefter "
                        "tidligere medarbejdere, der står som deltagere i uddannelsesplanen.")
PLAN_STAFF_LEFT = "Fratrådt {date}"
