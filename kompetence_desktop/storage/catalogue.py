"""Typical competence profiles a new tilbud may start from (docs/catalogue.md),
and the default mandatory courses (Midtjylland "Basis 1")."""
from __future__ import annotations

import sqlite3

from ..domain.model import BASIS_1
from .demo import CATALOGUE_BOSTED

CATALOGUE_MYNDIGHED = [
    ("faglige", "Lovgivning, principmeddelelser og afgørelser i praksis", 4, []),
    ("faglige", "Den gode samlede faglige vurdering og den gode afgørelse", 4, ["dokumentation"]),
    ("faglige", "Voksenudredningsmetoden (VUM 2.0)", 4, ["faglige tilgange og metoder"]),
    ("faglige", "Opfølgning på mål og indsatser (SMART-mål)", 3, []),
    ("sociale", "Samtaleteknikker i forhold til målgruppe og kontekst", 4, ["faglige tilgange og metoder"]),
    ("sociale", "Borgerinddragelse og samarbejdsmodellen", 4, []),
    ("sociale", "Tværfagligt samarbejde og relationel koordinering", 3, []),
    ("organisatoriske", "IT-fagsystemet og aftalte funktioner", 3, ["dokumentation"]),
    ("organisatoriske", "Samarbejdsaftaler og arbejdsgange ved overgange", 3, []),
    ("personlige", "Myndighedsrollen og professionsetik", 4, []),
]

#: key → (Danish title, competences)
PROFILES = {
    "bosted": ("Bosted for voksne (§§ 107–108)", CATALOGUE_BOSTED),
    "myndighed": ("Myndighed, voksne", CATALOGUE_MYNDIGHED),
}


def fill_profile(conn: sqlite3.Connection, key: str, with_courses: bool = True) -> None:
    """Add profile ``key``'s competences (and Basis 1 courses) to a new file's connection."""
    _title, rows = PROFILES[key]
    for i, (cat, name, expected, tags) in enumerate(rows):
        cid = conn.execute(
            "INSERT INTO competences(category, name, expected_level, sort_order) VALUES (?, ?, ?, ?)",
            (cat, name, expected, i),
        ).lastrowid
        conn.executemany("INSERT INTO competence_tags(competence_id, tag) VALUES (?, ?)", [(cid, t) for t in tags])
    if with_courses:
        conn.executemany(
            "INSERT OR IGNORE INTO course_types(name, rule, months, sort_order) VALUES (?, ?, ?, ?)",
            [(n, r, m, i) for i, (n, r, m) in enumerate(BASIS_1)],
        )
