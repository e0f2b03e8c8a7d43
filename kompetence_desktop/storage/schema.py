"""The file format: the schema as numbered migration steps.

This module imports only the standard library so that opening a file that is
already up to date never pays for importing sqlite_utils (which pulls numpy).
``migrations.py`` turns these steps into a sqlite-utils ``Migrations`` set.

Every step is a list of SQL statements run in one transaction. Never edit a
step that has shipped: add a new one.
"""
from __future__ import annotations

#: PRAGMA application_id of a .kompetence file: ASCII "KOMP"
APPLICATION_ID = 0x4B4F4D50
MIGRATION_SET = "kompetence"
FILE_SUFFIX = ".kompetence"

STEP_1_INITIAL = [
    # key/value profile: tilbud profile, the local guideline's four questions,
    # supervision, work organisation, responsibility (docs/domain.md §8) — one row per field
    """CREATE TABLE profile (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        sort_order INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        initials TEXT NOT NULL,
        job_title TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        start_date TEXT,
        end_date TEXT,
        anonymised INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT (datetime('now'))
    )""",
    "CREATE UNIQUE INDEX employees_initials ON employees(initials COLLATE NOCASE)",
    """CREATE TABLE competences (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN
            ('faglige','sociale','organisatoriske','personlige')),
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        expected_level INTEGER NOT NULL CHECK (expected_level BETWEEN 1 AND 5),
        sort_order INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE competence_tags (
        competence_id INTEGER NOT NULL REFERENCES competences(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (competence_id, tag)
    )""",
    """CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        competence_id INTEGER NOT NULL REFERENCES competences(id) ON DELETE CASCADE,
        level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),
        not_relevant INTEGER NOT NULL DEFAULT 0 CHECK (not_relevant IN (0, 1)),
        source TEXT NOT NULL CHECK (source IN ('leder','selvvurdering','mus')),
        assessed_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        CHECK (NOT (not_relevant = 1 AND level IS NOT NULL))
    )""",
    "CREATE INDEX assessments_cell ON assessments(employee_id, competence_id, source, assessed_on)",
    "CREATE INDEX assessments_competence ON assessments(competence_id)",
    """CREATE TABLE course_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        rule TEXT NOT NULL CHECK (rule IN ('interval','once','within_employment')),
        months INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 240),
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE course_completions (
        id INTEGER PRIMARY KEY,
        course_type_id INTEGER NOT NULL REFERENCES course_types(id) ON DELETE CASCADE,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        completed_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX course_completions_employee ON course_completions(employee_id)",
    """CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planlagt' CHECK (status IN
            ('planlagt','bevilget','i_gang','gennemfoert','aflyst')),
        purpose TEXT NOT NULL DEFAULT '',
        learning_support TEXT NOT NULL DEFAULT '',
        learning_goals TEXT NOT NULL DEFAULT '',
        schedule TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        responsible TEXT NOT NULL DEFAULT '',
        resources TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'generelle' CHECK (category IN
            ('generelle','tvaergaaende','prioriterede')),
        form TEXT NOT NULL DEFAULT 'kursus',
        provider TEXT NOT NULL DEFAULT '',
        extent TEXT NOT NULL DEFAULT '',
        price_ore INTEGER NOT NULL DEFAULT 0 CHECK (price_ore >= 0),
        funded INTEGER NOT NULL DEFAULT 1,
        funding_source TEXT NOT NULL DEFAULT '',
        knowledge_sharing TEXT NOT NULL DEFAULT '',
        expectations_before TEXT NOT NULL DEFAULT '',
        followup_date TEXT,
        evaluation TEXT NOT NULL DEFAULT '',
        year INTEGER,
        created_at TEXT NOT NULL DEFAULT (datetime('now'))
    )""",
    """CREATE TABLE activity_participants (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, employee_id)
    )""",
    """CREATE TABLE activity_competences (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        competence_id INTEGER NOT NULL REFERENCES competences(id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, competence_id)
    )""",
    """CREATE TABLE learning_goals (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER REFERENCES employees(id) ON DELETE CASCADE,
        activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,
        created_on TEXT NOT NULL,
        knowledge TEXT NOT NULL DEFAULT '',
        practice TEXT NOT NULL DEFAULT '',
        results TEXT NOT NULL DEFAULT '',
        org_goals TEXT NOT NULL DEFAULT '',
        support TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE logbook (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        entry_date TEXT NOT NULL,
        activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,
        what_happened TEXT NOT NULL DEFAULT '',
        wondered TEXT NOT NULL DEFAULT '',
        want_more TEXT NOT NULL DEFAULT '',
        other TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE mus (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        agreement TEXT NOT NULL DEFAULT '',
        agreement_status TEXT NOT NULL DEFAULT '',
        wishes TEXT NOT NULL DEFAULT '',
        bf_vil TEXT NOT NULL DEFAULT '',
        bf_kan TEXT NOT NULL DEFAULT '',
        bf_ydre TEXT NOT NULL DEFAULT '',
        bf_moedt TEXT NOT NULL DEFAULT '',
        bf_goer TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE med_discussions (
        id INTEGER PRIMARY KEY,
        held_on TEXT NOT NULL,
        evaluation TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE supervision (
        id INTEGER PRIMARY KEY,
        audience TEXT NOT NULL CHECK (audience IN ('ledelse','medarbejdere')),
        provider TEXT NOT NULL DEFAULT '',
        held_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
]

STEP_2_PLAN_ARCHIVE = [
    # approved plan versions (*behandlet i MED*), kept so last year's plan
    # can be reprinted exactly and compared
    """CREATE TABLE plan_versions (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL UNIQUE,
        med_date TEXT NOT NULL,
        variant TEXT NOT NULL DEFAULT 'leder' CHECK (variant IN ('leder','med')),
        created_at TEXT NOT NULL DEFAULT (datetime('now')),
        summary TEXT NOT NULL DEFAULT '{}',
        pdf BLOB NOT NULL
    )""",
    # erasures (GDPR): when, so backups older than that can be listed
    """CREATE TABLE erasures (
        id INTEGER PRIMARY KEY,
        erased_at TEXT NOT NULL DEFAULT (datetime('now')),
        mode TEXT NOT NULL CHECK (mode IN ('delete','anonymise'))
    )""",
    "CREATE INDEX mus_employee ON mus(employee_id, held_on)",
    "CREATE INDEX logbook_employee ON logbook(employee_id, entry_date)",
]

STEP_3_MED_EDITION = [
    # an organisational responsibility (souschef, kursuskoordinator) the leader has chosen to
    # show in the MED version: only these staff are named there; '' = named nowhere in it
    "ALTER TABLE employees ADD COLUMN med_role TEXT NOT NULL DEFAULT ''",
    # a competence that must be covered in every team / on every shift (medicine handling on
    # the night shift): check, Overblik, matrix and plan report a team without it
    "ALTER TABLE competences ADD COLUMN per_team INTEGER NOT NULL DEFAULT 0 CHECK (per_team IN (0, 1))",
]

STEP_4_SELF_ASSESSMENT_FORMS = [
    # self-assessment forms read back in: the form's id refuses a second reading,
    # and the employee's *Ønsker til kompetenceudvikling* are kept for the MUS
    """CREATE TABLE self_assessment_forms (
        id INTEGER PRIMARY KEY,
        form_id TEXT NOT NULL UNIQUE,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        made_at TEXT NOT NULL,
        received_on TEXT NOT NULL,
        wishes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX self_assessment_forms_employee ON self_assessment_forms(employee_id, received_on)",
]

STEP_5_TARGET_GROUP = [
    # the years an employee had worked with the tilbud's target group before employment here
    # (NULL = not recorded): Dokumentation til socialtilsynet adds the years in the tilbud
    """ALTER TABLE employees ADD COLUMN target_group_years_before INTEGER
        CHECK (target_group_years_before IS NULL OR target_group_years_before BETWEEN 0 AND 60)""",
]

#: (name, statements) in order; the name is what _sqlite_migrations records
STEPS: list[tuple[str, list[str]]] = [
    ("0001_initial", STEP_1_INITIAL),
    ("0002_plan_archive", STEP_2_PLAN_ARCHIVE),
    ("0003_med_edition", STEP_3_MED_EDITION),
    ("0004_self_assessment_forms", STEP_4_SELF_ASSESSMENT_FORMS),
    ("0005_target_group_years", STEP_5_TARGET_GROUP),
]
STEP_NAMES = [name for name, _ in STEPS]
#: PRAGMA user_version after all steps: a quick "how new is this file"
SCHEMA_VERSION = len(STEPS)

# --- what the columns hold ---------------------------------------------------------------------
#: TEXT columns that hold codes, dates or timestamps the program writes itself: not free text
CODE_COLUMNS = frozenset({
    ("profile", "key"),
    ("employees", "education"), ("employees", "start_date"), ("employees", "end_date"),
    ("employees", "created_at"),
    ("competences", "category"),
    ("assessments", "source"), ("assessments", "assessed_on"),
    ("course_types", "rule"),
    ("course_completions", "completed_on"),
    ("activities", "status"), ("activities", "start_date"), ("activities", "end_date"),
    ("activities", "category"), ("activities", "form"), ("activities", "followup_date"),
    ("activities", "created_at"),
    ("learning_goals", "created_on"),
    ("logbook", "entry_date"),
    ("mus", "held_on"),
    ("med_discussions", "held_on"),
    ("supervision", "audience"), ("supervision", "held_on"),
    ("plan_versions", "med_date"), ("plan_versions", "variant"), ("plan_versions", "created_at"),
    ("erasures", "erased_at"), ("erasures", "mode"),
    ("self_assessment_forms", "form_id"), ("self_assessment_forms", "made_at"),
    ("self_assessment_forms", "received_on"),
})

# what erasing a former employee does with a free-text column
SCRUB = "scrub"  # the employee's name and initials are replaced wherever they occur in it
OWN = "own"  # the employee's own identity: the erasure deletes the row or gives it the pseudonym
# what the MED edition of the plan does with a free-text column
REDACTED = "redacted"  # printed through the Redactor: every staff member's name replaced
OMITTED = "omitted"  # never printed in the MED edition
AS_WRITTEN = "as_written"  # printed as written: it names a course, not a person

_ACTIVITY_TEXTS = ("title", "purpose", "learning_support", "learning_goals", "schedule", "responsible",
                   "resources", "provider", "extent", "funding_source", "knowledge_sharing",
                   "expectations_before", "evaluation")
#: every column that holds text a person typed (or, for plan summaries, names copied from
#: such text): (table, column) → (what erasing does with it, what the MED edition does with it).
#: A new TEXT column must be added here or to CODE_COLUMNS (a test holds this against the file).
FREE_TEXT_COLUMNS: dict[tuple[str, str], tuple[str, str]] = {
    ("profile", "value"): (SCRUB, REDACTED),  # but see PROFILE_AS_WRITTEN
    ("teams", "name"): (SCRUB, REDACTED),
    ("employees", "name"): (OWN, OMITTED),
    ("employees", "initials"): (OWN, OMITTED),
    ("employees", "job_title"): (OWN, OMITTED),
    # the responsibility the leader chose to show in the MED edition (souschef, kursuskoordinator)
    ("employees", "med_role"): (OWN, AS_WRITTEN),
    ("competences", "name"): (SCRUB, REDACTED),
    ("competences", "description"): (SCRUB, OMITTED),
    ("competence_tags", "tag"): (SCRUB, OMITTED),
    ("assessments", "note"): (SCRUB, OMITTED),
    ("course_types", "name"): (SCRUB, AS_WRITTEN),
    ("course_completions", "note"): (SCRUB, OMITTED),
    **{("activities", c): (SCRUB, REDACTED) for c in _ACTIVITY_TEXTS},
    **{("learning_goals", c): (SCRUB, OMITTED)
       for c in ("knowledge", "practice", "results", "org_goals", "support", "status")},
    **{("logbook", c): (SCRUB, OMITTED) for c in ("what_happened", "wondered", "want_more", "other")},
    **{("mus", c): (SCRUB, OMITTED)
       for c in ("notes", "agreement", "wishes", "bf_vil", "bf_kan", "bf_ydre", "bf_moedt", "bf_goer")},
    ("mus", "agreement_status"): (SCRUB, REDACTED),
    ("med_discussions", "evaluation"): (SCRUB, REDACTED),
    ("supervision", "provider"): (SCRUB, REDACTED),
    ("supervision", "note"): (SCRUB, OMITTED),
    ("plan_versions", "summary"): (SCRUB, OMITTED),
    ("self_assessment_forms", "wishes"): (SCRUB, OMITTED),
}
#: profile texts the MED edition prints as written on its cover: the tilbud's name, address,
#: legal basis and plan period, and its leader, who signs the plan
PROFILE_AS_WRITTEN = ("navn", "adresse", "leder", "paragraf", "periode")
#: how a row of a table is found again for an update, where it is not by ``id``
_ROW_KEYS = {"profile": "key", "competence_tags": "rowid"}


def scrubbed_columns() -> list[tuple[str, str, str]]:
    """(table, key column, text column) of every column an erasure scrubs of the employee's name."""
    return [(table, _ROW_KEYS.get(table, "id"), column)
            for (table, column), (erase, _med) in FREE_TEXT_COLUMNS.items() if erase == SCRUB]
