"""The competence matrix: its column heads (window, PDF and Excel) and the hints above it.
"""
from __future__ import annotations

MATRIX_HEAD_COMPETENCE = "Kompetencer/færdigheder"
MATRIX_HEAD_EXPECTED = "Forventet niveau"
MATRIX_HEAD_VULNERABILITY = "Sårbarhed"
MATRIX_HEAD_MEETING = "På eller over niveau"
MATRIX_HEAD_BELOW = "Under niveau"
MATRIX_HEAD_NOT_ASSESSED = "Ikke vurderet"
MATRIX_HEAD_NOT_RELEVANT = "Ikke relevant"
MATRIX_HEAD_AVERAGE = "Gns. niveau"

MATRIX_XLSX_TITLE = "Kompetencematrix"

MATRIX_HINT = "Tast 1–5 · 0/Delete rydder · - ikke relevant · Ctrl+Enter udfylder markering · F2 redigerer · Ctrl+Z fortryd"
MATRIX_HINT_TIP = ("Ctrl+Shift+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen. "
                   "Højreklik på en celle for flere muligheder.")
MATRIX_HINT_READONLY = "Skrivebeskyttet: matrixen kan ses og kopieres (Ctrl+C), men ikke ændres"
MATRIX_HINT_READONLY_TIP = ("Filen er åbnet skrivebeskyttet, så vurderinger kan ikke ændres her. "
                            "Ctrl+Shift+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen.")
MATRIX_OPEN_EMPLOYEE = "Åbn medarbejderen ({initials})"
MATRIX_OPEN_EMPLOYEE_KEY = "Ctrl+Shift+Enter"
MATRIX_OPEN_EMPLOYEE_NONE = "Stil markøren i en medarbejders kolonne for at åbne medarbejderen."

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
MATRIX_EDIT_EXPECTED_ACTION = "Ændr forventet niveau…"
