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

MATRIX_HINT = "Tast 1–5 · 0/Delete rydder · - ikke relevant · Ctrl+C/Ctrl+V kopiér/indsæt (Excel) · Ctrl+Z fortryd"
MATRIX_HINT_TIP = ("Ctrl+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen. "
                   "Højreklik på en celle for flere muligheder.")
MATRIX_HINT_READONLY = "Skrivebeskyttet: matrixen kan ses og kopieres (Ctrl+C), men ikke ændres"
MATRIX_HINT_READONLY_TIP = ("Filen er åbnet skrivebeskyttet, så vurderinger kan ikke ændres her. "
                            "Ctrl+Enter eller dobbeltklik på initialerne øverst åbner medarbejderen.")
MATRIX_OPEN_EMPLOYEE = "Åbn medarbejderen ({initials})"
MATRIX_OPEN_EMPLOYEE_KEY = "Ctrl+Enter"
MATRIX_OPEN_EMPLOYEE_NONE = "Stil markøren i en medarbejders kolonne for at åbne medarbejderen."
