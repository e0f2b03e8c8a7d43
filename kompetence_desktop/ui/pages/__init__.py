"""The pages of the left-hand list, in order, imported lazily by key.

Each entry: (key, Danish title, "module:Class"). A page class takes
``(ctx: AppContext, parent=None)``, has ``refresh()`` (reload from ctx.repo)
and optionally ``open_item(payload)`` (show one employee, competence, ...).
"""
from __future__ import annotations

import importlib

PAGES: list[tuple[str, str, str]] = [
    # order = the left-hand list
    # --- main window ---
    ("overblik", "Overblik", ".overblik:OverblikPage"),
    ("tilbud", "Tilbud", ".tilbud:TilbudPage"),
    ("medarbejdere", "Medarbejdere", ".medarbejdere:MedarbejderePage"),
    ("kompetencer", "Kompetencer", ".kompetencer:KompetencerPage"),
    ("matrix", "Matrix", ".matrix:MatrixPage"),
    ("spind", "Kompetencespind", ".spind:SpindPage"),
    # --- plan and follow-up ---
    ("uddannelsesplan", "Uddannelsesplan", ".uddannelsesplan:UddannelsesplanPage"),
    ("kurser", "Obligatoriske kurser", ".kurser:KurserPage"),
    ("medarbejder", "Den enkelte medarbejder", ".medarbejder:MedarbejderPage"),
    ("med", "MED og supervision", ".med:MedPage"),
    ("aarshjul", "Årshjul", ".aarshjul:AarshjulPage"),
    ("fravaer", "Fravær og sårbarhed", ".fravaer:FravaerPage"),
    # --- documents ---
    ("udskrifter", "Udskrifter", ".udskrifter:UdskrifterPage"),
]


def load_page_class(spec: str):
    module, _, cls = spec.partition(":")
    return getattr(importlib.import_module(module, __name__), cls)
