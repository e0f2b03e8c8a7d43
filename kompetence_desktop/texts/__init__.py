"""The Danish words the user sees, shared by the window, the PDFs and the CLI, one module
per topic. The domain and the storage return codes; these modules word them.

The words are Socialstyrelsen's and the regional guidelines' (see docs/domain.md); keep them
exactly. Each dict is written once, complete, in its topic's module; this package re-exports
every name so callers write ``texts.NAME``.

Imported before the window's first paint: only the standard library here, nothing heavy.
"""
from __future__ import annotations

from .levels import (
    LEVEL_LABELS,
    LEVEL_MEANINGS,
    NOT_RELEVANT_LABEL,
    NOT_ASSESSED_LABEL,
    level_label,
    CATEGORY_LABELS,
    CATEGORY_SHORT,
    VULNERABILITY_LABELS,
    SOURCE_LABELS,
    GAP_LEGEND,
    VULNERABILITY_EXPLAINED,
)
from .matrix import (
    MATRIX_HEAD_COMPETENCE,
    MATRIX_HEAD_EXPECTED,
    MATRIX_HEAD_VULNERABILITY,
    MATRIX_HEAD_MEETING,
    MATRIX_HEAD_BELOW,
    MATRIX_HEAD_NOT_ASSESSED,
    MATRIX_HEAD_NOT_RELEVANT,
    MATRIX_HEAD_AVERAGE,
    MATRIX_XLSX_TITLE,
    MATRIX_HINT,
    MATRIX_HINT_TIP,
    MATRIX_HINT_READONLY,
    MATRIX_HINT_READONLY_TIP,
    MATRIX_OPEN_EMPLOYEE,
    MATRIX_OPEN_EMPLOYEE_KEY,
    MATRIX_OPEN_EMPLOYEE_NONE,
)
from .plan import (
    ACTIVITY_STATUS_LABELS,
    ACTIVITY_CATEGORY_LABELS,
    ACTIVITY_FORM_LABELS,
    PLAN_COLUMNS,
    LEARNING_GOAL_QUESTIONS,
    LOGBOOK_QUESTIONS,
    REQUIREMENTS,
    PAGE_LABELS,
    requirement_text,
    plan_change_text,
    MED_PLAN_EVALUATION,
    PLAN_VERSION_LABEL,
)
from .followup import (
    COURSE_RULE_LABELS,
    DUE_LABELS,
    SUPERVISION_AUDIENCE_LABELS,
    BASIC_FIVE,
    AARSHJUL_KIND_LABELS,
    aarshjul_event_text,
)
from .overview import (
    OVERVIEW_SECTION_TITLES,
    OVERVIEW_EMPTY,
    overview_item_text,
    OVERVIEW_NO_STAFF,
    OVERVIEW_NO_COMPETENCES,
    OVERVIEW_NO_ACTIVITIES,
)
from .staff import (
    EDUCATION_LABELS,
    ERASE_MODES,
    ERASE_PSEUDONYM,
    ERASE_PSEUDONYM_INITIALS,
    ERASE_MENTION_REPLACEMENT,
    ERASE_PROBLEMS,
    ERASE_ITEMS,
    ERASE_KEPT,
    ERASE_DONE,
    ERASE_DONE_KEPT,
    ERASE_ARCHIVED_HEADING,
    ERASE_ARCHIVED,
    erase_archived_choice,
    ERASE_OLD_BACKUPS,
    ERASE_FROM_STAFF,
    ERASE_FROM_STAFF_TIP,
)
from .import_ import (
    IMPORT_PROBLEMS,
    IMPORT_NOTES,
    IMPORT_UNITS,
    IMPORT_COLUMN_LABELS,
    IMPORT_DELIMITERS,
    IMPORT_KINDS,
    import_kind,
    import_problem,
    import_note,
    import_problems,
    import_notes,
    import_summary,
)
from .tilbud import (
    PROFILE_LABELS,
    NEW_FILE_TITLE,
    NEW_FILE_START,
    NEW_FILE_COURSES,
    NEW_FILE_NAME_MISSING,
)
from .files import (
    FILE_PROBLEMS,
    file_problem,
    LAST_FILE_GONE,
    DEMO_BANNER,
    DEMO_TITLE,
    DAMAGED_OFFER_BACKUP,
    DAMAGED_NO_BACKUP,
    BACKUP_PROBLEMS,
    BACKUP_DONE,
    RESTORE_DONE,
    backup_problem,
    BACKUP_COPY_DONE,
    COPY_TARGET_IN_USE,
    COPY_TARGET_OPEN_HERE,
)
from .errors import (
    DOMAIN_ERRORS,
    domain_error,
    EDIT_NOT_SAVED,
)
from .formats import (
    kroner,
    DATE_ERRORS,
    MONEY_ERROR,
    MONTH_NAMES,
    QUARTER_LABELS,
    parse_kroner,
    QUARTERS,
    count_noun,
)
from .documents import (
    REPORT_PAGE_OF,
    REPORT_DRAFT,
    REPORT_DRAFT_BANNER,
    REPORT_NOT_DESCRIBED,
    REPORT_REDACTED,
    PLAN_TITLE,
    PLAN_LEADER_EDITION,
    PLAN_MED_EDITION,
    PLAN_SECTIONS,
    PLAN_STAFF_LIST,
    MUS_TITLE,
    MUS_NEVER_HELD,
    MUS_FIRST_DUE,
    mus_new_hires,
    AFTALE_TITLE,
    INDSIGT_TITLE,
    SIGNATURE_LEADER,
    SIGNATURE_EMPLOYEE,
    DOC_CHOICES,
    OUTPUT_KINDS,
    OUTPUT_PROBLEMS,
    OUTPUT_REPLACE_QUESTION,
    MED_SMALL_COUNT,
    MED_PRIVACY_NOTE,
    PLAN_DEVELOPS,
    PLAN_DEVELOPS_KEY,
    OUTPUT_WRITE_PROBLEMS,
    PLAN_MORE_MISSING,
    PLAN_EMPTY,
)
from .window import (
    KEYBOARD_HELP,
)
