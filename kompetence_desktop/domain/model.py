"""Domain objects of a tilbud: plain dataclasses, no Qt and no SQL.

Dates are ``datetime.date``; levels are ints 1–5. The codes used for
categories, sources, statuses and so on are the lower-case ASCII strings
stored in the file; the Danish words for them live in ``kompetence_desktop.texts``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- the level scale (Socialstyrelsen, five points) -------------------------
MIN_LEVEL = 1
MAX_LEVEL = 5
LEVELS = (1, 2, 3, 4, 5)

# --- competence categories, in the template's order -------------------------
CATEGORIES = ("faglige", "sociale", "organisatoriske", "personlige")

# --- topic tags the regional guideline names --------------------------------
TOPICS = (
    "nye målgrupper",
    "faglige tilgange og metoder",
    "dokumentation",
    "arbejdsmiljø",
    "konflikthåndtering",
)

# --- assessment sources -------------------------------------------------------
SOURCE_LEADER = "leder"
SOURCE_SELF = "selvvurdering"
SOURCE_MUS = "mus"
SOURCES = (SOURCE_LEADER, SOURCE_SELF, SOURCE_MUS)
#: sources that make the *current* level; a self-assessment never does
OFFICIAL_SOURCES = (SOURCE_LEADER, SOURCE_MUS)

# --- training activities --------------------------------------------------------
ACTIVITY_STATUSES = ("planlagt", "bevilget", "i_gang", "gennemfoert", "aflyst")
ACTIVITY_CATEGORIES = ("generelle", "tvaergaaende", "prioriterede")
ACTIVITY_FORMS = (
    "kursus",
    "e_laering",
    "uddannelse",
    "temadag",
    "sidemandsoplaering",
    "aktionslaering",
    "supervision",
    "vidensdeling",
)

# --- mandatory courses ------------------------------------------------------------
RULE_INTERVAL = "interval"  # every N months
RULE_ONCE = "once"  # once, ever
RULE_WITHIN_EMPLOYMENT = "within_employment"  # once, within N months of employment
COURSE_RULES = (RULE_INTERVAL, RULE_ONCE, RULE_WITHIN_EMPLOYMENT)
#: the mandatory recurring courses a tilbud starts with (Region Midtjylland's *Basis 1*):
#: (name, rule, months)
BASIS_1 = (
    ("Brand – e-læring", RULE_INTERVAL, 12),
    ("Brand – praktisk øvelse", RULE_INTERVAL, 48),
    ("Basal genoplivning – e-læring", RULE_INTERVAL, 18),
    ("Basal genoplivning – praktisk", RULE_INTERVAL, 24),
    ("Sikkerhedskursus / grundkursus i konflikthåndtering", RULE_WITHIN_EMPLOYMENT, 6),
)

# --- education mix ------------------------------------------------------------------
EDUCATIONS = (
    "ufaglaert",
    "paedagogisk_assistent",
    "sosu_hjaelper",
    "sosu_assistent",
    "paedagog",
    "socialraadgiver",
    "sygeplejerske",
    "ergo_fysioterapeut",
    "psykolog",
    "andet",
)

# --- input limits: longer text is refused at the field ----------------------------
MAX_NAME = 200
MAX_TEXT = 20_000

#: the texts of the tilbud's profile; the UI and the plan know their Danish labels
PROFILE_KEYS = (
    "navn",
    "adresse",
    "leder",
    "paragraf",
    "malgruppe",
    "malsaetning",
    "faglige_tilgange",
    "fremtidige_opgaver",
    "periode",
    "retningslinje_formaal",
    "retningslinje_hvordan",
    "retningslinje_ansvar",
    "retningslinje_hvor_hvornaar",
    "supervision_ledelse",
    "supervision_medarbejdere",
    "tilrettelaeggelse_teams",
    "kontaktpersonordning",
    "vikarer",
    "studerende",
    "ansvar_dokumentation",
    "videndeling",
    "med_ramme_mus",
    # the guideline's points beyond the program's first checklist: the future's goals and
    # methods, who calls MUS, MED's evaluations (text and date, dd.mm.åååå)
    "fremtidig_malsaetning",
    "fremtidige_metoder",
    "mus_indkalder",
    "med_evaluering_mus",
    "med_evaluering_mus_dato",
    "med_evaluering_sammenhaeng",
    "med_evaluering_sammenhaeng_dato",
    # the årsrapport's sickness figure, optional, for Dokumentation til socialtilsynet: the year and
    # the *dagsværk pr. fuldtidsansat* (a Danish decimal)
    "sygefravaer_aar",
    "sygefravaer_dagsvaerk",
)

# --- supervision audiences -------------------------------------------------------
SUPERVISION_AUDIENCES = ("ledelse", "medarbejdere")


@dataclass(frozen=True)
class Team:
    id: int
    name: str
    sort_order: int = 0


@dataclass(frozen=True)
class Employee:
    id: int
    name: str
    initials: str
    job_title: str = ""
    education: str = ""
    team_id: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    anonymised: bool = False
    #: a responsibility the leader shows in the MED version ("souschef"); '' = never named there
    med_role: str = ""
    #: years with the tilbud's target group before employment here; None = not recorded
    target_group_years_before: int | None = None

    def is_active(self, on: dt.date) -> bool:
        """Employed on ``on``: started (or no start date) and not yet left."""
        if self.start_date is not None and self.start_date > on:
            return False
        return self.end_date is None or self.end_date > on


@dataclass(frozen=True)
class Competence:
    id: int
    category: str
    name: str
    expected_level: int
    description: str = ""
    tags: tuple[str, ...] = ()
    sort_order: int = 0
    #: must be covered at the expected level in every team / on every shift
    per_team: bool = False


@dataclass(frozen=True)
class Assessment:
    """One dated judgement of one employee in one competence.

    ``level`` None with ``not_relevant`` False means the cell was cleared
    (explicitly *not assessed*).
    """

    id: int
    employee_id: int
    competence_id: int
    level: int | None
    not_relevant: bool
    source: str
    assessed_on: dt.date
    note: str = ""


@dataclass(frozen=True)
class CourseType:
    id: int
    name: str
    rule: str
    months: int | None
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True)
class CourseCompletion:
    id: int
    course_type_id: int
    employee_id: int
    completed_on: dt.date
    note: str = ""


@dataclass
class Activity:
    id: int
    title: str
    status: str = "planlagt"
    purpose: str = ""
    learning_support: str = ""
    learning_goals: str = ""
    schedule: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    responsible: str = ""
    resources: str = ""
    category: str = "generelle"
    form: str = "kursus"
    provider: str = ""
    extent: str = ""
    price_ore: int = 0
    funded: bool = True
    funding_source: str = ""
    knowledge_sharing: str = ""
    expectations_before: str = ""
    followup_date: dt.date | None = None
    evaluation: str = ""
    year: int | None = None
    participant_ids: list[int] = field(default_factory=list)
    competence_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class MusRecord:
    id: int
    employee_id: int
    held_on: dt.date
    notes: str = ""
    agreement: str = ""
    agreement_status: str = ""
    wishes: str = ""
    bf_vil: str = ""
    bf_kan: str = ""
    bf_ydre: str = ""
    bf_moedt: str = ""
    bf_goer: str = ""


@dataclass(frozen=True)
class MedDiscussion:
    id: int
    held_on: dt.date
    evaluation: str = ""


@dataclass(frozen=True)
class SupervisionSession:
    id: int
    audience: str
    provider: str
    held_on: dt.date
    note: str = ""


@dataclass(frozen=True)
class LearningGoal:
    id: int
    employee_id: int | None
    activity_id: int | None
    created_on: dt.date
    knowledge: str = ""
    practice: str = ""
    results: str = ""
    org_goals: str = ""
    support: str = ""
    status: str = ""


@dataclass(frozen=True)
class LogbookEntry:
    id: int
    employee_id: int
    entry_date: dt.date
    activity_id: int | None = None
    what_happened: str = ""
    wondered: str = ""
    want_more: str = ""
    other: str = ""
